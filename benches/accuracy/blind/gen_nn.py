#!/usr/bin/env python3
"""Blind evaluation-set generator "nn": saved / archived web content committed to repositories.

EMPHASIS
    Saved and archived web content committed as test fixtures, evidence, crawls and offline docs:
    WARC/1.1 files (warcinfo/request/response records, real Content-Length and sha1 base32
    digests), MHTML (Blink "Saved by" multipart/related with quoted-printable HTML parts and
    7bit/8bit JSON/JS parts), browser "Save page as" HTML with window.__INITIAL_STATE__ /
    __NEXT_DATA__ / window.APP_CONFIG, saved Chrome view-source pages, SingleFile pages, wget
    mirrors (*.orig), HTTrack mirrors (hts-cache/new.txt, hts-cache/doit.log, hts-log.txt),
    Wayback snapshots, pywb CDXJ indexes, WACZ pages.jsonl, Browsertrix crawl configs,
    Scrapy HTTP cache (request_headers, response_headers, request_body, response_body, meta),
    Playwright storageState / HAR, Puppeteer cookie + page dumps, Polly.js recordings, cURL
    --trace-ascii and -v output, Charles .chlsj session exports, Fiddler SAZ raw/NN_c.txt /
    NN_s.txt parts, Burp Suite XML exports, VCR / vcrpy / Betamax cassettes, nock recordings,
    WireMock mappings, raw .http request fixtures.
    Providers: GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Hugging Face, npm, SendGrid,
    Mailgun, Shopify, Datadog, DigitalOcean, Linear, Notion, Postman, Okta, Atlassian, Discord,
    Telegram, Twilio, AWS, Azure Storage (account key, SAS sig), Google OAuth (client secret,
    ya29 access token, refresh token), Facebook Graph, Square, Mapbox (sk.), Trello,
    OpenWeatherMap, Supabase (service_role JWT), generic JWT bearer / session cookies
    (Django, PHP, Express connect.sid, Rails, Laravel, JSESSIONID, ASP.NET Core, WordPress),
    login passwords in urlencoded bodies / MHTML input values / URL userinfo, PEM private keys
    served in responses.

USAGE
    python3 -B gen_nn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness from random.Random(SEED).

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, without quotes. Headers: only the token
    (no "Bearer ", "token ", "SSWS ", "Bot "); "Authorization: Basic" gives the base64 user:pass blob. URLs with userinfo: the password only. Query
    strings: the parameter value (Azure SAS: the sig value as written, percent-encoded; Telegram:
    the bot token in the path; Slack webhooks: the full hooks.slack.com URL). Cookies: the cookie
    value. PEM private keys: the first base64 line of the body. Passwords: the password.
    Quoted-printable MHTML parts only carry needles that stay literal (no '=' in the value,
    encoded line < 76 chars); the program verifies every needle is literal and on its line.

NEGATIVES
    Half re-use the same templates with the secret slot holding: placeholders (YOUR_API_KEY,
    <token>, xxxx, changeme, TU_TOKEN_AQUI, VOTRE_CLE_API, DEIN_TOKEN, ...), empty / null,
    masked ([REDACTED], ****, [FILTERED], wget's *password*), template / env references
    (${TOKEN}, {{token}}, process.env.X, %(token)s), provider documentation examples (AWS
    EXAMPLE keys, jwt.io sample, Stripe docs test key), and public values (Stripe pk_live_,
    Mapbox pk., Google Maps / Firebase browser keys, reCAPTCHA site keys, Algolia search-only
    keys, Sentry DSNs, Supabase anon JWT, OAuth client ids, expired Set-Cookie deletions).
    The other half are look-alikes in the same files: ETags, request ids, traceparent, CSRF
    tokens, CSP nonces, SRI integrity hashes, asset hashes, Next.js buildIds, analytics / consent /
    locale / load-balancer cookies, TCF consent strings, reCAPTCHA responses, X-Client-Data,
    digests, public keys and certificates.  No negative is written to a .env file.

FORMATS CHECKED
    Confirmed in the search corpus: GitHub changelog/blog (ghp_/gho_/ghu_/ghs_/ghr_ prefixes,
    30 base62 + 6-char CRC32 checksum, github_pat_ 22 "_" 59); Scrapy FilesystemCacheStorage
    directory layout (meta, pickled_meta, request_body, request_headers, response_body,
    response_headers).  From knowledge of the specs / tools (not re-checked): WARC 1.1 record
    fields, Blink MHTML headers, HAR 1.2, Burp XML export, curl --trace-ascii dump algorithm
    (64-byte rows, CRLF breaks), Charles .chlsj, Fiddler SAZ raw/ parts, VCR/vcrpy/Betamax,
    nock recorder, WireMock mappings, Playwright storageState, HTTrack hts-cache files.
    Provider formats used:
    GitHub ghp_/gho_/ghs_ 36 base62 chars incl. 6-char CRC32 checksum; github_pat_ 22_59;
    GitLab glpat- 20; Slack xoxb-/xoxp- and hooks.slack.com/services/T../B../24; Stripe
    sk_live_/rk_live_ (pk_live_ public); SendGrid SG.22.43; npm_ 36; Hugging Face hf_ 34;
    Shopify shpat_ 32 hex; DigitalOcean dop_v1_ 64 hex; Postman PMAK-24-34; Linear lin_api_ 40;
    Anthropic sk-ant-api03-..AA; Google GOCSPX- 28, ya29., 1//0 refresh; Square EAAA 60;
    Mapbox sk./pk. + base64url JSON; Twilio AC sid + 32 hex token; Mailgun key- 32 hex;
    Datadog 32 hex API key; Telegram <id>:AA+33; Discord base64(id).6.38; Azure AccountKey 88
    base64, SAS sig= base64 HMAC-SHA256; AWS AKIA + 40-char secret; PEM PKCS#1/PKCS#8/SEC1 DER
    prefixes (MIIEpAIBAAKCAQEA, MIIEvQIBADANBgkqhkiG9w0BAQEFAASC, MHcCAQEEI...).

DOUBTS
    OpenAI sk-proj- body length (~156) and T3BlbkFJ marker placement; Atlassian ATATT token
    tail (=<8 hex>); Trello ATTA token length; Okta SSWS token exact alphabet; Notion secret_
    length 43; Discord middle segment length; npm checksum alphabet (same CRC32/base62 scheme as
    GitHub assumed); base62 digit order for GitHub checksum assumed 0-9A-Za-z.  Scanner
    treatment of session cookies and login passwords in captured traffic is a judgement call:
    they are labelled positive, as the brief asks.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import urllib.parse
import zlib
from datetime import datetime, timedelta, timezone

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEXL = "0123456789abcdef"
LOWER_NUM = string.ascii_lowercase + string.digits


# ----------------------------------------------------------------------------- helpers
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEXL)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def base62(num, width):
    out = ""
    while num:
        num, d = divmod(num, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(r, prefix, n_random):
    body = rs(r, n_random, ALNUM)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def rdate(r):
    base = datetime(2019, 1, 1, tzinfo=timezone.utc)
    return base + timedelta(seconds=r.randint(0, 6 * 365 * 86400))


def http_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(d, r):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def ip(r):
    return "%d.%d.%d.%d" % (r.choice([13, 18, 34, 35, 52, 104, 142, 151, 172, 185]), r.randint(0, 255),
                            r.randint(0, 255), r.randint(1, 254))


COMPANIES = ["acme-retail", "northwind", "kestrel-health", "bluefin-logistics", "harbor-bank", "lumen-edu",
             "orchard-foods", "tessera", "vantage-hr", "quillpay", "meridian-travel", "sonder-labs",
             "birkenhof", "elbe-energie", "cafe-lumiere", "villa-sol", "nordlicht", "pampa-agro",
             "sakura-books", "tundra-outdoor", "copperleaf", "zephyr-air", "atlas-insure", "gridline"]
TLDS = [".com", ".io", ".de", ".fr", ".es", ".co.uk", ".net", ".app", ".com.br", ".nl"]
SUBS = ["www", "app", "portal", "shop", "api", "admin", "my", "intranet", "staging", "dashboard", "sso", "crm"]
USERS = ["jdoe", "m.schmidt", "alice", "ops-bot", "qa.tester", "lucia.garcia", "p.dubois", "k.tanaka", "svc_crawler",
         "admin", "dev", "n.ivanova", "ahmed.k", "testuser01", "ci-runner", "emma.w", "rahul.s", "julia"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "curl/8.4.0", "python-requests/2.31.0", "Scrapy/2.11.0 (+https://scrapy.org)", "okhttp/4.12.0",
       "Mozilla/5.0 (compatible; archive.org_bot +http://archive.org/details/archive.org_bot)",
       "Faraday v2.7.10", "axios/1.6.7", "Go-http-client/2.0"]


def company(r):
    return r.choice(COMPANIES)


def chost(r, sub=None):
    return "%s.%s%s" % (sub or r.choice(SUBS), company(r), r.choice(TLDS))


def api_path(r):
    return r.choice(["/api/v1/me", "/api/v2/orders?page=2", "/v1/projects", "/api/account/settings", "/graphql",
                     "/api/v1/reports/daily", "/rest/v3/customers/%d" % r.randint(100, 99999), "/api/session",
                     "/v2/inventory/items", "/api/notifications?unread=1", "/internal/api/users/%d" % r.randint(1, 9000)])


def page_path(r):
    return r.choice(["/", "/dashboard", "/account", "/login", "/checkout/cart", "/settings/profile", "/de/konto",
                     "/fr/mon-compte", "/es/panel", "/admin/index.php", "/reports/q3", "/app/home"])


def word(r):
    return r.choice(["orders", "login", "checkout", "profile", "dashboard", "search", "cart", "invoice", "export",
                     "settings", "billing", "session", "konto", "anmeldung", "panier", "pedido", "inicio", "users"])


# ----------------------------------------------------------------------------- secrets
PW_WORDS = ["Falcon", "Sommer", "Winter", "Tiger", "River", "Maple", "Orion", "Kiwi", "Panda", "Rocket", "Sunset",
            "Zebra", "Nordic", "Cobalt", "Quartz", "Mango", "Pixel", "Lobo", "Cielo", "Fuego", "Luna", "Katze",
            "Soleil", "Neige", "Hafen", "Brisa", "Otter", "Granite", "Juniper", "Velvet"]


def password(r, safe="form"):
    """safe: form (urlencode-neutral), url (userinfo), json (html/json/qp neutral)."""
    syms = {"form": "._-~", "url": "._-~!*$", "json": "!#$%*._-@^?+"}[safe]
    st = r.randint(0, 4)
    if st == 0:
        p = r.choice(PW_WORDS) + r.choice(syms) + str(r.randint(10, 9999)) + r.choice(PW_WORDS).lower() + r.choice(syms)
    elif st == 1:
        n = r.randint(14, 24)
        while True:
            p = rs(r, n, ALNUM + syms * 2)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in syms for c in p):
                break
    elif st == 2:
        p = "-".join(rs(r, 6, string.ascii_lowercase) for _ in range(3))
        i = r.randint(0, len(p) - 1)
        while p[i] == "-":
            i = r.randint(0, len(p) - 1)
        p = p[:i] + p[i].upper() + p[i + 1:]
        p += str(r.randint(0, 9))
    elif st == 3:
        p = rs(r, 1, string.ascii_uppercase) + rs(r, 5, string.ascii_lowercase) + str(r.randint(1970, 2025)) + r.choice(syms) + rs(r, 3, ALNUM)
    else:
        p = r.choice(PW_WORDS)[:3] + rs(r, 4, string.digits) + r.choice(syms) + rs(r, 6, ALNUM) + r.choice(syms)
    return p


def jwt(r, payload, alg="HS256"):
    head = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        head["kid"] = hx(r, 16)
    sig = rs(r, 43 if alg == "HS256" else 342, B64URL)
    return b64u(json.dumps(head, separators=(",", ":")).encode()) + "." + b64u(
        json.dumps(payload, separators=(",", ":")).encode()) + "." + sig


def jwt_session(r):
    now = r.randint(1600000000, 1760000000)
    p = {"sub": str(r.choice([uuid4(r), r.randint(1000, 9999999)])), "iat": now, "exp": now + r.choice([900, 3600, 86400]),
         "email": "%s@%s.com" % (r.choice(USERS).replace(".", ""), company(r))}
    if r.random() < 0.5:
        p["roles"] = r.choice([["user"], ["admin"], ["editor", "user"]])
    if r.random() < 0.4:
        p["jti"] = uuid4(r)
    return jwt(r, p, r.choice(["HS256", "HS256", "RS256"]))


def supabase_jwt(r, role):
    now = r.randint(1650000000, 1740000000)
    return jwt(r, {"iss": "supabase", "ref": rs(r, 20, string.ascii_lowercase), "role": role, "iat": now,
                   "exp": now + 315360000})


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int_rand(r, n, top=True):
    b = rbytes(r, n)
    if top:
        b = bytes([b[0] | 0x80]) + b[1:]
    if b[0] == 0:
        b = b"\x01" + b[1:]
    return der(0x02, (b"\x00" + b) if b[0] & 0x80 else b)


def rsa_pkcs1(r, bits=2048):
    h = bits // 8
    body = (der(0x02, b"\x00") + der_int_rand(r, h) + der(0x02, b"\x01\x00\x01") + der_int_rand(r, h, False)
            + der_int_rand(r, h // 2) + der_int_rand(r, h // 2) + der_int_rand(r, h // 2, False) + der_int_rand(r, h // 2, False)
            + der_int_rand(r, h // 2, False))
    return der(0x30, body)


OID_RSA = der(0x06, bytes.fromhex("2a864886f70d010101"))
OID_EC = der(0x06, bytes.fromhex("2a8648ce3d0201"))
OID_P256 = der(0x06, bytes.fromhex("2a8648ce3d030107"))


def ec_sec1(r, with_params=True):
    body = der(0x02, b"\x01") + der(0x04, rbytes(r, 32))
    if with_params:
        body += der(0xA0, OID_P256)
    body += der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return der(0x30, body)


def pem_wrap(label, data, width=64):
    s = b64s(data)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def private_key(r):
    k = r.randint(0, 3)
    if k == 0:
        return "rsa_private_key", pem_wrap("RSA PRIVATE KEY", rsa_pkcs1(r, r.choice([2048, 2048, 4096])))
    if k == 1:
        inner = rsa_pkcs1(r, 2048)
        d = der(0x30, der(0x02, b"\x00") + der(0x30, OID_RSA + b"\x05\x00") + der(0x04, inner))
        return "private_key", pem_wrap("PRIVATE KEY", d)
    if k == 2:
        return "ec_private_key", pem_wrap("EC PRIVATE KEY", ec_sec1(r))
    d = der(0x30, der(0x02, b"\x00") + der(0x30, OID_EC + OID_P256) + der(0x04, ec_sec1(r, False)))
    return "private_key", pem_wrap("PRIVATE KEY", d)


def public_pem(r):
    k = r.randint(0, 3)
    if k == 0:
        n = der_int_rand(r, 256)
        d = der(0x30, der(0x30, OID_RSA + b"\x05\x00") + der(0x03, b"\x00" + der(0x30, n + der(0x02, b"\x01\x00\x01"))))
        return pem_wrap("PUBLIC KEY", d)
    if k == 1:
        d = der(0x30, der(0x30, OID_EC + OID_P256) + der(0x03, b"\x00\x04" + rbytes(r, 64)))
        return pem_wrap("PUBLIC KEY", d)
    if k == 2:
        tbs = der(0x30, der(0xA0, der(0x02, b"\x02")) + der(0x02, b"\x03" + rbytes(r, 15)) + rbytes(r, r.randint(700, 1000)))
        return pem_wrap("CERTIFICATE", der(0x30, tbs + rbytes(r, 270)))
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 %s %s@%s" % (b64s(blob), r.choice(USERS), r.choice(["laptop", "build01", "ci"]))


def first_b64_line(pem):
    return pem.split("\n")[1]


# credential catalog ----------------------------------------------------------------------
# each entry: dict(provider, kind, gen, channels, hdr=(name, fmt), qp=name, host, path, jf=[fields])
def g_ghp(r):
    return crc_token(r, "ghp_", 30)


def g_gho(r):
    return crc_token(r, "gho_", 30)


def g_ghs(r):
    return crc_token(r, "ghs_", 30)


def g_ghpat(r):
    return "github_pat_" + rs(r, 22, ALNUM) + "_" + rs(r, 59, ALNUM)


def g_glpat(r):
    return "glpat-" + rs(r, 20, B64URL)


def g_xoxb(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, 24))


def g_xoxp(r):
    return "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12),
                                 r.randint(10 ** 11, 10 ** 13), hx(r, 32))


def g_sk_live(r):
    return r.choice(["sk_live_", "rk_live_"]) + rs(r, r.choice([24, 99]))


def g_openai(r):
    if r.random() < 0.3:
        return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    return "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"


def g_hf(r):
    return "hf_" + rs(r, 34, string.ascii_letters)


def g_npm(r):
    return crc_token(r, "npm_", 30)


def g_sendgrid(r):
    return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)


def g_shpat(r):
    return r.choice(["shpat_", "shpca_", "shppa_"]) + hx(r, 32)


def g_dd(r):
    return hx(r, 32)


def g_dop(r):
    return "dop_v1_" + hx(r, 64)


def g_linear(r):
    return "lin_api_" + rs(r, 40)


def g_notion(r):
    return "secret_" + rs(r, 43)


def g_pmak(r):
    return "PMAK-" + hx(r, 24) + "-" + hx(r, 34)


def g_okta(r):
    return "00" + rs(r, 40, B64URL)


def g_discord(r):
    uid = str(r.randint(10 ** 17, 10 ** 19 - 1))
    return b64u(uid.encode()) + "." + rs(r, 6, B64URL) + "." + rs(r, 38, B64URL)


def g_ya29(r):
    return "ya29." + rs(r, r.randint(150, 210), B64URL)


def g_fb(r):
    return "EAA" + r.choice(["B", "G", "J", "I"]) + rs(r, r.randint(160, 200))


def g_square(r):
    return "EAAA" + rs(r, 60, B64URL)


def g_mapbox_sk(r):
    user = r.choice(USERS).replace(".", "").replace("_", "")
    return "sk." + b64u(json.dumps({"u": user, "a": rs(r, 25, LOWER_NUM)}, separators=(",", ":")).encode()) + "." + rs(r, 22, B64URL)


def g_owm(r):
    return hx(r, 32)


def g_generic_hex(r):
    return hx(r, r.choice([32, 40, 64]))


def g_generic_key(r):
    return rs(r, r.choice([32, 40, 48]))


def g_jwt(r):
    return jwt_session(r)


def g_supa(r):
    return supabase_jwt(r, "service_role")


def g_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_refresh(r):
    return "1//0" + rs(r, 1, "3456789cdefg") + rs(r, 98, B64URL)


def g_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, 170, B64URL) + "=" + hx(r, 8).upper()


def g_aws_secret(r):
    return rs(r, 40, B64)


def g_azure_key(r):
    return b64s(rbytes(r, 64))


def g_trello(r):
    return "ATTA" + hx(r, 64) + hx(r, 8).upper()


def g_telegram(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10 - 1), rs(r, 33, B64URL))


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, r.choice([8, 10]), string.ascii_uppercase + string.digits),
                                                             rs(r, r.choice([9, 10, 11]), string.ascii_uppercase + string.digits), rs(r, 24))


def g_basic(r):
    return b64s(("%s:%s" % (r.choice(USERS), password(r, "json"))).encode())


def g_mailgun(r):
    return "key-" + hx(r, 32)


def g_twilio(r):
    return hx(r, 32)


HEADER_CREDS = [
    ("github", "github_pat", g_ghp, "Authorization", "token {}", "api.github.com", "/user/repos?per_page=100"),
    ("github", "github_pat", g_ghp, "Authorization", "Bearer {}", "api.github.com", "/repos/{org}/{repo}/actions/runs"),
    ("github", "github_oauth", g_gho, "Authorization", "Bearer {}", "api.github.com", "/user"),
    ("github", "github_fine_grained_pat", g_ghpat, "Authorization", "Bearer {}", "api.github.com", "/repos/{org}/{repo}/contents/README.md"),
    ("gitlab", "gitlab_pat", g_glpat, "PRIVATE-TOKEN", "{}", "gitlab.com", "/api/v4/projects?membership=true"),
    ("gitlab", "gitlab_pat", g_glpat, "Authorization", "Bearer {}", "gitlab.{co}.com", "/api/v4/user"),
    ("slack", "slack_bot_token", g_xoxb, "Authorization", "Bearer {}", "slack.com", "/api/conversations.list?limit=200"),
    ("slack", "slack_user_token", g_xoxp, "Authorization", "Bearer {}", "slack.com", "/api/users.profile.get"),
    ("stripe", "stripe_secret_key", g_sk_live, "Authorization", "Bearer {}", "api.stripe.com", "/v1/charges?limit=3"),
    ("openai", "openai_api_key", g_openai, "Authorization", "Bearer {}", "api.openai.com", "/v1/chat/completions"),
    ("anthropic", "anthropic_api_key", g_anthropic, "x-api-key", "{}", "api.anthropic.com", "/v1/messages"),
    ("huggingface", "hf_token", g_hf, "Authorization", "Bearer {}", "huggingface.co", "/api/whoami-v2"),
    ("npm", "npm_token", g_npm, "Authorization", "Bearer {}", "registry.npmjs.org", "/-/whoami"),
    ("sendgrid", "sendgrid_api_key", g_sendgrid, "Authorization", "Bearer {}", "api.sendgrid.com", "/v3/mail/send"),
    ("shopify", "shopify_access_token", g_shpat, "X-Shopify-Access-Token", "{}", "{co}.myshopify.com", "/admin/api/2024-01/orders.json?status=any"),
    ("datadog", "datadog_api_key", g_dd, "DD-API-KEY", "{}", "api.datadoghq.eu", "/api/v1/validate"),
    ("digitalocean", "digitalocean_token", g_dop, "Authorization", "Bearer {}", "api.digitalocean.com", "/v2/droplets"),
    ("linear", "linear_api_key", g_linear, "Authorization", "{}", "api.linear.app", "/graphql"),
    ("notion", "notion_token", g_notion, "Authorization", "Bearer {}", "api.notion.com", "/v1/databases/%s/query"),
    ("postman", "postman_api_key", g_pmak, "X-Api-Key", "{}", "api.getpostman.com", "/collections"),
    ("okta", "okta_api_token", g_okta, "Authorization", "SSWS {}", "{co}.okta.com", "/api/v1/users?limit=25"),
    ("discord", "discord_bot_token", g_discord, "Authorization", "Bot {}", "discord.com", "/api/v10/users/@me"),
    ("google", "google_oauth_access_token", g_ya29, "Authorization", "Bearer {}", "www.googleapis.com", "/drive/v3/files?pageSize=50"),
    ("square", "square_access_token", g_square, "Authorization", "Bearer {}", "connect.squareup.com", "/v2/locations"),
    ("generic", "jwt", g_jwt, "Authorization", "Bearer {}", None, None),
    ("generic", "jwt", g_jwt, "Authorization", "Bearer {}", None, None),
    ("generic", "api_key", g_generic_key, "X-API-Key", "{}", None, None),
    ("generic", "basic_auth", g_basic, "Authorization", "Basic {}", None, None),
    ("generic", "basic_auth", g_basic, "Authorization", "Basic {}", None, None),
    ("supabase", "supabase_service_role_key", g_supa, "Authorization", "Bearer {}", "{ref}.supabase.co", "/rest/v1/profiles?select=*"),
]

QUERY_CREDS = [
    ("google", "google_oauth_access_token", g_ya29, "access_token", "www.googleapis.com", "/oauth2/v3/userinfo"),
    ("facebook", "facebook_access_token", g_fb, "access_token", "graph.facebook.com", "/v18.0/me/accounts"),
    ("gitlab", "gitlab_pat", g_glpat, "private_token", "gitlab.com", "/api/v4/projects/%d/issues" % 4711),
    ("slack", "slack_bot_token", g_xoxb, "token", "slack.com", "/api/channels.history"),
    ("mapbox", "mapbox_secret_token", g_mapbox_sk, "access_token", "api.mapbox.com", "/uploads/v1/{user}"),
    ("datadog", "datadog_api_key", g_dd, "api_key", "api.datadoghq.com", "/api/v1/validate"),
    ("openweathermap", "openweathermap_api_key", g_owm, "appid", "api.openweathermap.org", "/data/2.5/weather"),
    ("trello", "trello_token", g_trello, "token", "api.trello.com", "/1/members/me/boards"),
    ("github", "github_oauth", g_gho, "access_token", "api.github.com", "/user/orgs"),
    ("generic", "api_key", g_generic_hex, "api_key", None, None),
    ("generic", "api_key", g_generic_key, "apikey", None, None),
    ("azure", "azure_sas_signature", None, "sig", None, None),
    ("telegram", "telegram_bot_token", g_telegram, None, "api.telegram.org", None),
]

JSON_CREDS = [
    ("github", "github_app_token", g_ghs, ["token"]),
    ("github", "github_pat", g_ghp, ["githubToken", "GITHUB_TOKEN", "token"]),
    ("slack", "slack_bot_token", g_xoxb, ["access_token", "botToken"]),
    ("slack", "slack_webhook", g_slack_hook, ["webhook_url", "slackWebhookUrl", "incoming_webhook"]),
    ("stripe", "stripe_secret_key", g_sk_live, ["stripeSecretKey", "secret_key", "STRIPE_SECRET_KEY"]),
    ("openai", "openai_api_key", g_openai, ["openaiApiKey", "OPENAI_API_KEY", "apiKey"]),
    ("sendgrid", "sendgrid_api_key", g_sendgrid, ["sendgridApiKey", "api_key"]),
    ("google", "google_oauth_access_token", g_ya29, ["access_token"]),
    ("google", "google_oauth_refresh_token", g_refresh, ["refresh_token"]),
    ("google", "google_oauth_client_secret", g_gocspx, ["client_secret", "clientSecret"]),
    ("atlassian", "atlassian_api_token", g_atlassian, ["jiraApiToken", "api_token"]),
    ("aws", "aws_secret_access_key", g_aws_secret, ["SecretAccessKey", "secretAccessKey", "aws_secret_access_key"]),
    ("azure", "azure_storage_key", g_azure_key, ["storageConnectionString", "AzureWebJobsStorage"]),
    ("generic", "jwt", g_jwt, ["access_token", "accessToken", "id_token", "authToken", "jwt"]),
    ("supabase", "supabase_service_role_key", g_supa, ["serviceRoleKey", "SUPABASE_SERVICE_ROLE_KEY"]),
    ("hugging face", "hf_token", g_hf, ["hfToken", "HF_TOKEN"]),
    ("npm", "npm_token", g_npm, ["npmToken", "token"]),
    ("shopify", "shopify_access_token", g_shpat, ["access_token", "adminApiAccessToken"]),
    ("twilio", "twilio_auth_token", g_twilio, ["authToken", "twilio_auth_token"]),
    ("mailgun", "mailgun_api_key", g_mailgun, ["mailgunApiKey", "MAILGUN_API_KEY"]),
    ("telegram", "telegram_bot_token", g_telegram, ["botToken", "telegram_token"]),
    ("anthropic", "anthropic_api_key", g_anthropic, ["anthropicApiKey", "ANTHROPIC_API_KEY"]),
    ("generic", "password", None, ["password", "dbPassword", "smtpPassword", "adminPassword", "contrasena", "passwort"]),
]


def session_cookie(r):
    k = r.randint(0, 9)
    if k == 0:
        return "django", "session_cookie", "sessionid", rs(r, 32, LOWER_NUM)
    if k == 1:
        return "php", "session_cookie", "PHPSESSID", rs(r, 26, "0123456789abcdefghijklmnopqrstuv")
    if k == 2:
        return "express", "session_cookie", "connect.sid", "s%3A" + rs(r, 32, B64URL) + "." + rs(r, 43, B64).replace("+", "%2B").replace("/", "%2F")
    if k == 3:
        name = "_%s_session" % company(r).replace("-", "_")
        return "rails", "session_cookie", name, rs(r, r.randint(180, 320), B64).replace("+", "%2B").replace("/", "%2F") + "--" + hx(r, 40)
    if k == 4:
        iv = b64s(rbytes(r, 16))
        val = b64s(json.dumps({"iv": iv, "value": b64s(rbytes(r, 48)), "mac": hx(r, 64), "tag": ""}, separators=(",", ":")).encode())
        return "laravel", "session_cookie", r.choice(["laravel_session", company(r).replace("-", "_") + "_session"]), val.replace("=", "%3D")
    if k == 5:
        return "java", "session_cookie", "JSESSIONID", hx(r, 32).upper() + r.choice(["", ".node1", ".worker2"])
    if k == 6:
        return "aspnet", "session_cookie", ".AspNetCore.Cookies", "CfDJ8" + rs(r, r.randint(300, 420), B64URL)
    if k == 7:
        name = "wordpress_logged_in_" + hx(r, 32)
        u = r.choice(USERS).replace(".", "")
        return "wordpress", "session_cookie", name, "%s%%7C%d%%7C%s%%7C%s" % (u, r.randint(1700000000, 1760000000), rs(r, 43), hx(r, 64))
    if k == 8:
        return "generic", "jwt", r.choice(["access_token", "auth_token", "token", "jwt"]), jwt_session(r)
    return "flask", "session_cookie", "session", "." + rs(r, r.randint(60, 120), B64URL) + "." + rs(r, 6, B64URL) + "." + rs(r, 27, B64URL)


def azure_sas(r):
    se = rdate(r)
    acct = company(r).replace("-", "")[:12] + rs(r, 4, LOWER_NUM)
    sig = urllib.parse.quote(b64s(rbytes(r, 32)), safe="")
    params = [("sv", "2022-11-02"), ("ss", "b"), ("srt", "co"), ("sp", r.choice(["r", "rl", "rwdlac"])),
              ("se", iso(se + timedelta(days=365)).replace(":", "%3A")), ("st", iso(se).replace(":", "%3A")),
              ("spr", "https"), ("sig", sig)]
    return acct, params, sig


# ----------------------------------------------------------------------------- slots
class Slot:
    def __init__(self, ch, label, provider, kind, needle=None, **kw):
        self.ch, self.label, self.provider, self.kind, self.needle = ch, label, provider, kind, needle
        self.host = None
        self.path = None
        self.__dict__.update(kw)


def fill_host(r, h):
    if h is None:
        return None
    return h.replace("{co}", company(r).replace("-", "")).replace("{ref}", rs(r, 20, string.ascii_lowercase))


def fill_path(r, p):
    if p is None:
        return None
    p = p.replace("{org}", company(r)).replace("{repo}", r.choice(["web", "infra", "api", "mobile-app", "crawler"]))
    p = p.replace("{user}", r.choice(USERS).replace(".", ""))
    if "%s" in p:
        p = p % uuid4(r)
    return p


def pos_slot(r, ch, maxlen=None):
    for _ in range(200):
        s = _pos_slot(r, ch)
        if maxlen is None or len(s.needle) <= maxlen:
            return s
    raise RuntimeError("no slot")


def _pos_slot(r, ch):
    if ch == "header":
        prov, kind, g, hn, fmt, host, path = r.choice(HEADER_CREDS)
        v = g(r)
        if r.random() < 0.3:
            hn = hn.lower()
        return Slot(ch, "pos", prov, kind, v, hname=hn, hval=fmt.format(v), host=fill_host(r, host), path=fill_path(r, path))
    if ch == "query":
        prov, kind, g, qk, host, path = r.choice(QUERY_CREDS)
        if prov == "azure":
            acct, params, sig = azure_sas(r)
            return Slot(ch, "pos", prov, kind, sig, params=params, host="%s.blob.core.windows.net" % acct,
                        path="/%s/%s" % (r.choice(["exports", "backups", "invoices", "media"]),
                                         r.choice(["report-2024-03.pdf", "db.bak", "img/hero.jpg", "orders.csv"])))
        v = g(r)
        if prov == "telegram":
            return Slot(ch, "pos", prov, kind, v, params=[("chat_id", str(-r.randint(10 ** 12, 10 ** 13)))],
                        host=host, path="/bot%s/%s" % (v, r.choice(["sendMessage", "getUpdates", "getMe"])))
        return Slot(ch, "pos", prov, kind, v, params=[(qk, v)], host=fill_host(r, host), path=fill_path(r, path))
    if ch == "json":
        prov, kind, g, fields = r.choice(JSON_CREDS)
        v = password(r, "json") if g is None else g(r)
        jk = r.choice(fields)
        jv = v
        if kind == "azure_storage_key":
            jv = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
                company(r).replace("-", "")[:14], v)
        return Slot(ch, "pos", prov, kind, v, jk=jk, jv=jv, companion=json_companion(r, prov))
    if ch == "cookie":
        prov, kind, ck, cv = session_cookie(r)
        return Slot(ch, "pos", prov, kind, cv, ck=ck, cv=cv)
    if ch == "form":
        k = r.randint(0, 5)
        if k <= 3:
            pw = password(r, "form")
            u = r.choice(USERS)
            uf = r.choice(["username", "email", "login", "user", "j_username", "log", "benutzername", "usuario"])
            pf = {"j_username": "j_password", "log": "pwd", "benutzername": "passwort", "usuario": "clave"}.get(uf, "password")
            if uf == "email":
                u = "%s@%s.com" % (u, company(r))
            fields = [(uf, u), (pf, pw)]
            if r.random() < 0.6:
                fields.insert(0, (r.choice(["csrfmiddlewaretoken", "_token", "authenticity_token", "__RequestVerificationToken"]), rs(r, 43, B64URL)))
            if r.random() < 0.4:
                fields.append(("remember", r.choice(["1", "on", "true"])))
            return Slot(ch, "pos", "generic", "password", pw, fields=fields, path=r.choice(["/login", "/users/sign_in", "/wp-login.php", "/j_security_check", "/account/login", "/auth/login"]))
        if k == 4:
            v = g_gocspx(r)
            fields = [("grant_type", "authorization_code"), ("code", "4/0" + rs(r, 70, B64URL)),
                      ("client_id", "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_NUM))),
                      ("client_secret", v), ("redirect_uri", "https%3A%2F%2F" + chost(r) + "%2Foauth%2Fcallback")]
            return Slot(ch, "pos", "google", "google_oauth_client_secret", v, fields=fields, host="oauth2.googleapis.com", path="/token")
        v = rs(r, r.choice([32, 40, 64]), B64URL)
        fields = [("grant_type", "client_credentials"), ("client_id", uuid4(r)), ("client_secret", v), ("scope", r.choice(["read", "api", "orders%3Aread"]))]
        return Slot(ch, "pos", "generic", "oauth_client_secret", v, fields=fields, path=r.choice(["/oauth/token", "/oauth2/v2.0/token", "/connect/token"]))
    if ch == "userpass":
        k = r.randint(0, 6)
        if k == 0:
            sid = "AC" + hx(r, 32)
            v = g_twilio(r)
            return Slot(ch, "pos", "twilio", "twilio_auth_token", v, user=sid, pw=v, host="api.twilio.com", path="/2010-04-01/Accounts/%s/Messages.json" % sid)
        if k == 1:
            v = g_mailgun(r)
            return Slot(ch, "pos", "mailgun", "mailgun_api_key", v, user="api", pw=v, host="api.mailgun.net", path="/v3/mg.%s.com/events" % company(r))
        v = password(r, "url")
        return Slot(ch, "pos", "generic", "password", v, user=r.choice(USERS), pw=v, host=chost(r, r.choice(["intranet", "wiki", "staging", "archive", "files"])), path=page_path(r))
    if ch == "pem":
        kind, text = private_key(r)
        return Slot(ch, "pos", "generic", kind, first_b64_line(text), text=text)
    raise ValueError(ch)


def json_companion(r, prov):
    if prov == "aws":
        return ("accessKeyId", "AKIA" + rs(r, 16, string.ascii_uppercase + "234567"))
    if prov == "twilio":
        return ("accountSid", "AC" + hx(r, 32))
    if prov == "google":
        return ("client_id", "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_NUM)))
    if prov == "atlassian":
        return ("jiraUser", "%s@%s.com" % (r.choice(USERS), company(r)))
    return None


# negatives -------------------------------------------------------------------------------
PH_TOKENS = ["YOUR_API_KEY", "<your-token>", "<TOKEN>", "${API_TOKEN}", "${GITHUB_TOKEN}", "{{token}}", "{{ api_key }}",
             "$TOKEN", "[REDACTED]", "REDACTED", "********", "****************", "xxxxxxxxxxxxxxxxxxxxxxxx",
             "<redacted>", "null", "undefined", "TU_TOKEN_AQUI", "VOTRE_CLE_API", "DEIN_TOKEN_HIER", "SEU_TOKEN",
             "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_****************************", "process.env.API_TOKEN",
             "%(token)s", "{token}", "<access_token>", "[FILTERED]", "xoxb-your-token", "your_auth_token",
             "<api-key-redacted>", "$(cat ~/.token)", "REPLACE_ME", "changeme", "{{.Token}}", "#{ENV['API_KEY']}"]
DOC_EXAMPLES = [
    ("jwt.io", "jwt_example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("aws", "doc_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe", "doc_example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
]
PH_PASSWORDS = ["", "********", "[FILTERED]", "changeme", "YOUR_PASSWORD", "<password>", "${LOGIN_PASSWORD}", "password",
                "VOTRE_MOT_DE_PASSE", "IHR_PASSWORT", "tu_contrasena", "xxxxxx", "[REDACTED]", "%PASSWORD%", "secret"]


def public_value(r):
    """(provider, kind, name_hint, value) of a value that is public by design."""
    k = r.randint(0, 9)
    if k == 0:
        return "stripe", "publishable_key", "publishableKey", "pk_live_" + rs(r, r.choice([24, 99]))
    if k == 1:
        user = r.choice(USERS).replace(".", "").replace("_", "")
        return "mapbox", "public_token", "mapboxAccessToken", "pk." + b64u(json.dumps({"u": user, "a": rs(r, 25, LOWER_NUM)}, separators=(",", ":")).encode()) + "." + rs(r, 22, B64URL)
    if k == 2:
        return "google", "maps_browser_key", "googleMapsApiKey", "AIza" + rs(r, 35, B64URL)
    if k == 3:
        return "google", "recaptcha_site_key", "recaptchaSiteKey", "6L" + rs(r, 1, "cdefe") + rs(r, 37, B64URL)
    if k == 4:
        return "algolia", "search_only_key", "algoliaSearchKey", hx(r, 32)
    if k == 5:
        return "sentry", "public_dsn", "sentryDsn", "https://%s@o%d.ingest.sentry.io/%d" % (hx(r, 32), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7))
    if k == 6:
        return "supabase", "anon_key", "supabaseAnonKey", supabase_jwt(r, "anon")
    if k == 7:
        return "google", "oauth_client_id", "googleClientId", "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_NUM))
    if k == 8:
        return "firebase", "firebase_web_api_key", "firebaseApiKey", "AIza" + rs(r, 35, B64URL)
    return "stripe", "publishable_key", "stripePublishableKey", "pk_test_" + rs(r, 99)


def placeholder_token(r):
    if r.random() < 0.15:
        p, k, v = r.choice(DOC_EXAMPLES)
        return p, k, v
    return "none", "placeholder", r.choice(PH_TOKENS)


def lookalike_header(r):
    k = r.randint(0, 10)
    if k == 0:
        return "X-Request-ID", uuid4(r)
    if k == 1:
        return "If-None-Match", 'W/"%s"' % hx(r, 32)
    if k == 2:
        return r.choice(["X-CSRF-Token", "X-XSRF-TOKEN", "X-CSRFToken"]), rs(r, r.choice([43, 64]), B64URL)
    if k == 3:
        return "Digest", "sha-256=" + b64s(rbytes(r, 32))
    if k == 4:
        return "X-Amz-Content-Sha256", hx(r, 64)
    if k == 5:
        return "X-Client-Data", "CI" + rs(r, r.randint(40, 90), B64) + "="
    if k == 6:
        return "traceparent", "00-%s-%s-01" % (hx(r, 32), hx(r, 16))
    if k == 7:
        return "Sec-WebSocket-Key", b64s(rbytes(r, 16))
    if k == 8:
        return "X-Correlation-Id", hx(r, 32)
    if k == 9:
        return "Idempotency-Key", uuid4(r)
    return "X-Device-Fingerprint", hashlib.sha256(rbytes(r, 8)).hexdigest()


def lookalike_query(r):
    k = r.randint(0, 8)
    return [[("v", hx(r, 8))], [("ver", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30)))],
            [("_", str(r.randint(1600000000000, 1760000000000)))], [("utm_source", "newsletter"), ("utm_campaign", "spring-%d" % r.randint(2019, 2025))],
            [("sha", hx(r, 40))], [("id", uuid4(r))], [("nonce", rs(r, 22, B64URL))], [("state", rs(r, 32, B64URL))],
            [("cursor", b64u(json.dumps({"id": r.randint(1, 10 ** 6), "ts": r.randint(1600000000, 1760000000)}).encode()))]][k]


def lookalike_json(r):
    k = r.randint(0, 10)
    return [("buildId", rs(r, 21, B64URL)), ("etag", '"%s"' % hx(r, 32)), ("nonce", b64s(rbytes(r, 16))),
            ("csrfToken", rs(r, 64, ALNUM)), ("commitSha", hx(r, 40)), ("requestId", uuid4(r)),
            ("integrity", "sha384-" + b64s(rbytes(r, 48))), ("gaMeasurementId", "G-" + rs(r, 10, string.ascii_uppercase + string.digits)),
            ("checksum", "sha256:" + hx(r, 64)), ("deviceId", uuid4(r)), ("contentHash", hx(r, 20))][k]


def lookalike_cookie(r):
    k = r.randint(0, 10)
    if k == 0:
        return "_ga", "GA1.2.%d.%d" % (r.randint(10 ** 8, 10 ** 10), r.randint(1600000000, 1760000000))
    if k == 1:
        return "OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Mar+05+2024&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0&consentId=" + uuid4(r)
    if k == 2:
        return "euconsent-v2", "CP" + rs(r, r.randint(60, 120), B64URL) + ".YAAAAAAAAAAA"
    if k == 3:
        return r.choice(["locale", "NEXT_LOCALE", "lang"]), r.choice(["de-DE", "fr", "es-ES", "en-GB", "pt-BR", "ja"])
    if k == 4:
        return r.choice(["csrftoken", "XSRF-TOKEN", "_csrf"]), rs(r, r.choice([32, 64]), ALNUM)
    if k == 5:
        return "__cf_bm", rs(r, 43, B64URL) + "-%d-1.0.1.1-" % r.randint(1700000000, 1760000000) + rs(r, 60, B64URL)
    if k == 6:
        return "AWSALB", rs(r, 128, B64)
    if k == 7:
        return "_hjSessionUser_%d" % r.randint(10 ** 6, 10 ** 7), b64u(json.dumps({"id": uuid4(r), "created": r.randint(1600000000000, 1760000000000), "existing": True}).encode())
    if k == 8:
        return "ajs_anonymous_id", uuid4(r)
    if k == 9:
        return "_fbp", "fb.1.%d.%d" % (r.randint(1600000000000, 1760000000000), r.randint(10 ** 8, 10 ** 10))
    return "CookieConsent", "{stamp:%27" + rs(r, 44, B64).replace("+", "%2B").replace("/", "%2F") + "%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true}"


def neg_slot(r, ch, mode):
    """mode 'ph' = placeholder/public/redacted in the secret slot, 'la' = look-alike."""
    if ch == "header":
        if mode == "la":
            hn, hv = lookalike_header(r)
            return Slot(ch, mode, "none", "lookalike_header", hname=hn, hval=hv)
        if r.random() < 0.25:
            prov, kind, hint, v = public_value(r)
            if prov == "algolia":
                return Slot(ch, mode, prov, kind, hname="X-Algolia-API-Key", hval=v, host="%s-dsn.algolia.net" % rs(r, 10, string.ascii_uppercase + string.digits), path="/1/indexes/products/query")
            if prov in ("google", "firebase") and v.startswith("AIza"):
                return Slot(ch, mode, prov, kind, hname="X-Goog-Api-Key", hval=v, host="maps.googleapis.com", path="/maps/api/place/autocomplete/json?input=Berl")
            if prov == "supabase":
                return Slot(ch, mode, prov, kind, hname="apikey", hval=v, host="%s.supabase.co" % rs(r, 20, string.ascii_lowercase), path="/rest/v1/products?select=*")
            if prov == "stripe":
                return Slot(ch, mode, prov, kind, hname="Authorization", hval="Bearer " + v, host="api.stripe.com", path="/v1/payment_methods")
            if prov == "sentry":
                key = v.split("//")[1].split("@")[0]
                return Slot(ch, mode, prov, kind, hname="X-Sentry-Auth", hval="Sentry sentry_key=%s, sentry_version=7, sentry_client=sentry.javascript.browser/7.%d.0" % (key, r.randint(50, 110)),
                            host=v.split("@")[1].split("/")[0], path="/api/%s/envelope/" % v.rsplit("/", 1)[1])
            return Slot(ch, mode, "imgur", "client_id", hname="Authorization", hval="Client-ID " + hx(r, 15), host="api.imgur.com", path="/3/gallery/hot/viral/0.json")
        prov, kind, v = placeholder_token(r)
        prov2, kind2, g, hn, fmt, host, path = r.choice(HEADER_CREDS)
        return Slot(ch, mode, prov, kind, hname=hn, hval=fmt.format(v), host=fill_host(r, host), path=fill_path(r, path))
    if ch == "query":
        if mode == "la":
            return Slot(ch, mode, "none", "lookalike_query", params=lookalike_query(r))
        k = r.random()
        if k < 0.3:
            prov, kind, hint, v = public_value(r)
            if v.startswith("AIza"):
                return Slot(ch, mode, prov, kind, params=[("key", v), ("libraries", "places"), ("callback", "initMap")], host="maps.googleapis.com", path="/maps/api/js")
            if v.startswith("pk."):
                return Slot(ch, mode, prov, kind, params=[("access_token", v)], host="api.mapbox.com", path="/styles/v1/mapbox/streets-v12/tiles/256/12/2200/1343@2x")
            if v.startswith("6L"):
                return Slot(ch, mode, prov, kind, params=[("render", v)], host="www.google.com", path="/recaptcha/api.js")
            if "googleusercontent" not in v:
                v = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_NUM))
            return Slot(ch, mode, "google", "oauth_client_id", params=[("client_id", v), ("response_type", "code"), ("scope", "openid+email"),
                                                                      ("redirect_uri", "https%3A%2F%2F" + chost(r) + "%2Fauth%2Fcallback")], host="accounts.google.com", path="/o/oauth2/v2/auth")
        prov, kind, v = placeholder_token(r)
        qk = r.choice(["api_key", "access_token", "token", "apikey", "key", "appid", "private_token"])
        return Slot(ch, mode, prov, kind, params=[(qk, urllib.parse.quote(v, safe="*-_.$~"))])
    if ch == "json":
        if mode == "la":
            jk, jv = lookalike_json(r)
            return Slot(ch, mode, "none", "lookalike_json", jk=jk, jv=jv, companion=None)
        if r.random() < 0.35:
            prov, kind, hint, v = public_value(r)
            comp = {"algolia": ("algoliaAppId", rs(r, 10, string.ascii_uppercase + string.digits)),
                    "firebase": ("authDomain", "%s.firebaseapp.com" % company(r)),
                    "supabase": ("supabaseUrl", "https://%s.supabase.co" % rs(r, 20, string.ascii_lowercase))}.get(prov)
            return Slot(ch, mode, prov, kind, jk=hint, jv=v, companion=comp)
        prov, kind, g, fields = r.choice(JSON_CREDS)
        jv = r.choice([None, "", "********", "[REDACTED]", "<redacted>"] + PH_TOKENS[:20]) if g else r.choice(PH_PASSWORDS)
        return Slot(ch, mode, "none", "placeholder", jk=r.choice(fields), jv=jv, companion=json_companion(r, prov))
    if ch == "cookie":
        if mode == "la":
            ck, cv = lookalike_cookie(r)
            return Slot(ch, mode, "none", "lookalike_cookie", ck=ck, cv=cv)
        prov, kind, ck, cv = session_cookie(r)
        cv = r.choice(["", "deleted", "[REDACTED]", "********", "<session-id>", "REDACTED", "${SESSION_COOKIE}", "xxxxxxxx"])
        return Slot(ch, mode, "none", "placeholder", ck=ck, cv=cv, expired=True)
    if ch == "form":
        if mode == "la":
            k = r.randint(0, 3)
            if k == 0:
                fields = [("q", r.choice(["winter+boots", "rechnung+2023", "horaires", "api+docs"])), ("page", "2"), ("_token", rs(r, 40, ALNUM))]
            elif k == 1:
                fields = [("email", "%s@%s.com" % (r.choice(USERS), company(r))), ("g-recaptcha-response", "03A" + rs(r, 400, B64URL)), ("newsletter", "1")]
            elif k == 2:
                fields = [("authenticity_token", b64s(rbytes(r, 64)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")), ("cart%5Bitem_id%5D", str(r.randint(1, 99999))), ("cart%5Bqty%5D", "1")]
            else:
                fields = [("state", rs(r, 32, B64URL)), ("nonce", rs(r, 32, B64URL)), ("code_challenge", rs(r, 43, B64URL)), ("code_challenge_method", "S256")]
            return Slot(ch, mode, "none", "lookalike_form", fields=fields, path=r.choice(["/search", "/newsletter", "/cart/add", "/authorize"]))
        pw = urllib.parse.quote_plus(r.choice(PH_PASSWORDS))
        if r.random() < 0.25:
            fields = [("grant_type", "client_credentials"), ("client_id", uuid4(r)), ("client_secret", urllib.parse.quote_plus(r.choice(["${CLIENT_SECRET}", "<client-secret>", "[FILTERED]", "YOUR_CLIENT_SECRET"])))]
            return Slot(ch, mode, "none", "placeholder", fields=fields, path="/oauth/token")
        fields = [(r.choice(["csrfmiddlewaretoken", "_token"]), rs(r, 43, B64URL)), ("username", r.choice(USERS)), ("password", pw)]
        return Slot(ch, mode, "none", "placeholder", fields=fields, path=r.choice(["/login", "/users/sign_in", "/account/login"]))
    if ch == "userpass":
        host = chost(r, r.choice(["intranet", "wiki", "staging", "archive", "files"]))
        if mode == "la":
            return Slot(ch, mode, "none", "lookalike_url", user=r.choice(USERS), pw=None, host=host, path=page_path(r) + "?sessionless=1&rev=" + hx(r, 12))
        return Slot(ch, mode, "none", "placeholder", user=r.choice(USERS), pw=r.choice(["*password*", "********", "${CRAWL_PASSWORD}", "<password>", "REDACTED", "xxxxx", "%s", "$PASS"]), host=host, path=page_path(r))
    if ch == "pem":
        if mode == "la":
            return Slot(ch, mode, "none", "public_key_or_cert", text=public_pem(r))
        lab = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        body = r.choice(["[REDACTED]", "...", "<your private key here>", "MIIE...snip...", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
        return Slot(ch, mode, "none", "redacted_private_key", text="-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, body, lab))
    raise ValueError(ch)


# ----------------------------------------------------------------------------- HTTP exchanges
class Ex:
    pass


def benign_resp_json(r):
    k = r.randint(0, 4)
    if k == 0:
        return {"id": r.randint(1000, 99999999), "login": r.choice(USERS), "plan": r.choice(["free", "pro", "team"]),
                "created_at": iso(rdate(r)), "two_factor_authentication": r.choice([True, False])}
    if k == 1:
        return {"data": [{"id": uuid4(r), "status": r.choice(["paid", "open", "void"]), "amount": r.randint(100, 90000),
                          "currency": r.choice(["eur", "usd", "gbp"])} for _ in range(r.randint(1, 3))], "has_more": r.random() < 0.5}
    if k == 2:
        return {"ok": True, "channels": [{"id": "C" + rs(r, 10, string.ascii_uppercase + string.digits), "name": r.choice(["general", "alerts", "deploys", "random"])}],
                "response_metadata": {"next_cursor": ""}}
    if k == 3:
        return {"items": [{"sku": "SKU-%05d" % r.randint(1, 99999), "qty": r.randint(0, 40), "warehouse": r.choice(["HAM1", "MAD2", "LYS", "DUB3"])}],
                "page": 1, "total": r.randint(1, 500)}
    return {"status": "ok", "version": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 9)), "region": r.choice(["eu-west-1", "us-east-1", "eu-central-1"])}


def add_query(path, params):
    if not params:
        return path
    q = "&".join("%s=%s" % (k, v) for k, v in params)
    return path + ("&" if "?" in path else "?") + q


def build_ex(r, slot, cookie_side=None):
    ex = Ex()
    ch = slot.ch
    ex.date = rdate(r)
    ex.scheme = "https"
    ex.host = slot.host or chost(r)
    ex.method = "GET"
    ex.path = slot.path or (api_path(r) if ch in ("header", "query", "json") else page_path(r))
    ex.ua = r.choice(UAS)
    ex.ip = ip(r)
    ex.req_headers = [("Host", ex.host), ("User-Agent", ex.ua),
                      ("Accept", "application/json" if ch in ("header", "query", "json") else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    if r.random() < 0.6:
        ex.req_headers.append(("Accept-Language", r.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9", "es-ES,es;q=0.9"])))
    ex.req_body = ""
    ex.status, ex.reason = 200, "OK"
    body_obj = benign_resp_json(r)
    ex.ctype = "application/json; charset=utf-8"
    ex.set_cookie = None
    if ch == "header":
        ex.req_headers.insert(r.randint(1, len(ex.req_headers)), (slot.hname, slot.hval))
        if "/chat/" in ex.path or "/messages" in ex.path or "/graphql" in ex.path or "/mail/send" in ex.path:
            ex.method = "POST"
            ex.req_body = json.dumps({"query": "{ viewer { id name } }"} if "graphql" in ex.path else {"model": "m", "max_tokens": 256, "messages": [{"role": "user", "content": "ping"}]})
            ex.req_headers.append(("Content-Type", "application/json"))
    elif ch == "query":
        ex.path = add_query(ex.path, slot.params)
    elif ch == "json":
        if r.random() < 0.5:
            ex.method = "POST"
            ex.path = r.choice(["/oauth/token", "/api/v1/auth/refresh", "/api/integrations", "/api/v1/settings/export"])
            ex.req_headers.append(("Content-Type", "application/json"))
            ex.req_body = json.dumps({"grant_type": "refresh_token"} if "oauth" in ex.path else {"include": ["integrations"]})
        else:
            ex.path = r.choice(["/api/v1/config", "/api/me/integrations", "/admin/api/settings.json", "/_next/data/%s/settings.json" % rs(r, 21, B64URL), "/api/bootstrap"])
        body_obj = {}
        if slot.companion:
            body_obj[slot.companion[0]] = slot.companion[1]
        body_obj[slot.jk] = slot.jv
        for k2, v2 in list(benign_resp_json(r).items())[:3]:
            body_obj.setdefault(k2, v2)
        if r.random() < 0.5:
            body_obj = {"data": body_obj, "meta": {"requestId": uuid4(r)}}
    elif ch == "cookie":
        side = cookie_side or r.choice(["req", "resp"])
        if side == "req":
            others = ["_ga=GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(1600000000, 1760000000)), "locale=" + r.choice(["en", "de", "fr", "es"]),
                      "cookie_consent=" + r.choice(["true", "all", "necessary"])]
            cs = r.sample(others, r.randint(0, 3))
            cs.insert(r.randint(0, len(cs)), "%s=%s" % (slot.ck, slot.cv))
            ex.req_headers.append(("Cookie", "; ".join(cs)))
            ex.ctype = "text/html; charset=utf-8"
            body_obj = None
        else:
            ex.method = "POST"
            ex.path = r.choice(["/login", "/api/auth/callback/credentials", "/session", "/users/sign_in"])
            ex.req_headers.append(("Content-Type", "application/x-www-form-urlencoded"))
            ex.req_body = "username=%s&password=%s" % (r.choice(USERS), urllib.parse.quote_plus(r.choice(["[FILTERED]", "********"])))
            ex.status, ex.reason = 302, "Found"
            if getattr(slot, "expired", False):
                ex.set_cookie = "%s=%s; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly" % (slot.ck, slot.cv)
            else:
                ex.set_cookie = "%s=%s; Path=/; %sHttpOnly; Secure; SameSite=Lax" % (slot.ck, slot.cv, r.choice(["", "Max-Age=1209600; ", "Expires=%s; " % http_date(ex.date + timedelta(days=14))]))
            body_obj = None
    elif ch == "form":
        ex.method = "POST"
        ex.path = slot.path
        ex.req_headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        ex.req_headers.append(("Origin", "https://" + ex.host))
        ex.req_body = "&".join("%s=%s" % kv for kv in slot.fields)
        if "token" in ex.path:
            body_obj = {"token_type": "Bearer", "expires_in": 3599, "scope": "read"}
            if slot.label != "pos":
                body_obj = {"error": "invalid_client", "error_description": "Client authentication failed"}
                ex.status, ex.reason = 401, "Unauthorized"
        else:
            ex.status, ex.reason = 302, "Found"
            body_obj = None
    elif ch == "pem":
        ex.path = r.choice(["/config/server.key", "/.git/../certs/private.pem", "/backup/ssl/site.key", "/api/v1/devices/%d/credentials" % r.randint(1, 9999), "/static/keys/signing.pem"])
        if "api" in ex.path:
            body_obj = {"deviceId": uuid4(r), "certificateId": hx(r, 64), "privateKey": slot.text}
        else:
            body_obj = None
            ex.ctype = "application/x-pem-file"
    if ch in ("header", "query", "json") and ex.method == "GET" and r.random() < 0.3:
        ex.req_headers.append(("If-None-Match", 'W/"%s"' % hx(r, 27)))
    if ch == "form":
        ex.req_headers.append(("Referer", "https://%s%s" % (ex.host, ex.path)))
    if body_obj is not None:
        ex.resp_body = json.dumps(body_obj, indent=r.choice([None, None, 2]))
    elif ch == "pem":
        ex.resp_body = slot.text + "\n"
    elif ex.status == 302:
        ex.resp_body = ""
    else:
        ex.resp_body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title><meta name=\"csrf-token\" content=\"%s\"></head>\n<body><div id=\"root\"></div><script src=\"/assets/index-%s.js\" integrity=\"sha384-%s\"></script></body></html>\n" % (
            word(r).title(), rs(r, 43, B64URL), hx(r, 8), b64s(rbytes(r, 48)))
        ex.ctype = "text/html; charset=utf-8"
    ex.resp_headers = [("Date", http_date(ex.date)), ("Content-Type", ex.ctype), ("Content-Length", str(len(ex.resp_body.encode())))]
    if ex.status == 302:
        ex.resp_headers.append(("Location", r.choice(["/dashboard", "/", "/account"])))
    if ex.set_cookie:
        ex.resp_headers.append(("Set-Cookie", ex.set_cookie))
    extra = [("Server", r.choice(["nginx", "cloudflare", "AmazonS3", "Apache", "gunicorn", "Kestrel"])),
             ("ETag", '"%s"' % hx(r, 32)), ("X-Request-Id", uuid4(r)), ("Cache-Control", r.choice(["no-store", "private, max-age=0", "no-cache"])),
             ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"), ("Vary", "Accept-Encoding"),
             ("CF-RAY", "%s-%s" % (hx(r, 16), r.choice(["FRA", "CDG", "MAD", "AMS", "LHR", "IAD"]))),
             ("Content-Security-Policy", "script-src 'self' 'nonce-%s'; object-src 'none'" % b64s(rbytes(r, 16)))]
    ex.resp_headers += r.sample(extra, r.randint(2, 5))
    ex.url = "%s://%s%s" % (ex.scheme, ex.host, ex.path)
    return ex


def req_text(ex, nl="\r\n", ver="HTTP/1.1"):
    s = "%s %s %s%s" % (ex.method, ex.path, ver, nl)
    s += "".join("%s: %s%s" % (k, v, nl) for k, v in ex.req_headers)
    if ex.req_body:
        s += "Content-Length: %d%s" % (len(ex.req_body.encode()), nl)
    s += nl + ex.req_body
    return s


def resp_text(ex, nl="\r\n", ver="HTTP/1.1"):
    s = "%s %d %s%s" % (ver, ex.status, ex.reason, nl)
    s += "".join("%s: %s%s" % (k, v, nl) for k, v in ex.resp_headers)
    s += nl + ex.resp_body
    return s


# ----------------------------------------------------------------------------- renderers (HTTP)
def slug(r):
    return r.choice(["login-flow", "checkout", "api-smoke", "session-refresh", "export-bug", "ticket-%d" % r.randint(100, 9999),
                     "onboarding", "incident-%d" % r.randint(10, 999), "regression", "payments", "crawl-%s" % company(r), "auth"])


def warc_record(r, wtype, uri, date, block, extra=()):
    b = block.encode()
    hdr = ["WARC/1.1", "WARC-Type: %s" % wtype]
    if uri:
        hdr.append("WARC-Target-URI: %s" % uri)
    hdr += ["WARC-Date: %s" % iso(date), "WARC-Record-ID: <urn:uuid:%s>" % uuid4(r)]
    hdr += list(extra)
    hdr.append("WARC-Block-Digest: %s" % sha1_b32(b))
    hdr.append("Content-Length: %d" % len(b))
    return "\r\n".join(hdr) + "\r\n\r\n" + block + "\r\n\r\n"


def t_warc(r, slot):
    ex = build_ex(r, slot)
    fname = "%s-%s.warc" % (r.choice(["rec", "crawl", "capture", slug(r)]), ex.date.strftime("%Y%m%d%H%M%S"))
    info = "software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\nisPartOf: %s\r\n" % (
        r.choice(["Webrecorder ArchiveWeb.page 0.11.3", "warcio 1.7.4", "Browsertrix-Crawler 1.0.4 (with warcio.js 2.2.1)", "Wget/1.21.4", "Heritrix/3.4.0"]), slug(r))
    out = warc_record(r, "warcinfo", None, ex.date, info, ["WARC-Filename: %s" % fname, "Content-Type: application/warc-fields"])
    rid = uuid4(r)
    req = req_text(ex)
    resp = resp_text(ex)
    payload = ex.resp_body.encode()
    out += warc_record(r, "request", ex.url, ex.date, req, ["WARC-Concurrent-To: <urn:uuid:%s>" % rid, "WARC-IP-Address: %s" % ex.ip,
                                                          "Content-Type: application/http;msgtype=request"])
    out += warc_record(r, "response", ex.url, ex.date, resp, ["WARC-IP-Address: %s" % ex.ip, "Content-Type: application/http;msgtype=response",
                                                            "WARC-Payload-Digest: %s" % sha1_b32(payload)])
    if r.random() < 0.4:
        out += warc_record(r, "metadata", ex.url, ex.date, "via: https://%s/\r\nhopsFromSeed: L\r\nfetchTimeMs: %d\r\n" % (ex.host, r.randint(20, 900)),
                           ["Content-Type: application/warc-fields"])
    d = r.choice(["tests/fixtures/warc", "testdata/warcs", "evidence/%s" % ex.date.strftime("%Y-%m-%d"), "crawls/%s" % company(r),
                  "spec/fixtures/files", "archive/captures", "src/test/resources/warc"])
    return "%s/%s" % (d, fname), out


def har_doc(r, ex, creator=None, polly=None):
    qs = []
    if "?" in ex.path:
        for kv in ex.path.split("?", 1)[1].split("&"):
            k, _, v = kv.partition("=")
            qs.append({"name": k, "value": urllib.parse.unquote(v) if "%" not in v or k != "sig" else v})
    cookies = []
    for k, v in ex.req_headers:
        if k == "Cookie":
            for c in v.split("; "):
                n, _, cv = c.partition("=")
                cookies.append({"name": n, "value": cv})
    req = {"method": ex.method, "url": ex.url, "httpVersion": r.choice(["HTTP/1.1", "http/2.0"]),
           "headers": [{"name": k, "value": v} for k, v in ex.req_headers], "queryString": qs, "cookies": cookies,
           "headersSize": -1, "bodySize": len(ex.req_body)}
    if ex.req_body:
        ct = dict(ex.req_headers).get("Content-Type", "text/plain")
        pd = {"mimeType": ct, "text": ex.req_body}
        if "urlencoded" in ct:
            pd["params"] = [{"name": a, "value": b} for a, _, b in (kv.partition("=") for kv in ex.req_body.split("&"))]
        req["postData"] = pd
    rcookies = []
    if ex.set_cookie:
        n, _, rest = ex.set_cookie.partition("=")
        rcookies.append({"name": n, "value": rest.split(";")[0], "path": "/", "httpOnly": True, "secure": "Secure" in rest})
    resp = {"status": ex.status, "statusText": ex.reason, "httpVersion": req["httpVersion"],
            "headers": [{"name": k, "value": v} for k, v in ex.resp_headers], "cookies": rcookies,
            "content": {"size": len(ex.resp_body), "mimeType": ex.ctype, "text": ex.resp_body}, "redirectURL": "",
            "headersSize": -1, "bodySize": len(ex.resp_body)}
    entry = {"startedDateTime": iso_ms(ex.date, r), "time": round(r.uniform(20, 900), 3), "request": req, "response": resp,
             "cache": {}, "timings": {"blocked": round(r.uniform(0, 5), 3), "dns": -1, "ssl": -1, "connect": -1, "send": 0.1,
                                      "wait": round(r.uniform(10, 600), 3), "receive": round(r.uniform(0, 20), 3)},
             "serverIPAddress": ex.ip}
    if polly:
        entry = {"_id": hx(r, 32), "_order": 0, **entry}
    if creator is None:
        creator = r.choice([{"name": "WebInspector", "version": "537.36"}, {"name": "Firefox", "version": "123.0"},
                            {"name": "Playwright", "version": "1.42.1"}])
    log = {"version": "1.2", "creator": creator, "pages": [], "entries": [entry]}
    if polly:
        log["_recordingName"] = polly
        del log["pages"]
    return json.dumps({"log": log}, indent=2)


def t_har(r, slot):
    ex = build_ex(r, slot)
    d = r.choice(["tests/fixtures/har", "e2e/hars", "docs/debug", "test/data", "playwright/.har", "support/network"])
    return "%s/%s%s.har" % (d, slug(r), r.choice(["", "-chrome", "-" + ex.date.strftime("%Y%m%d")])), har_doc(r, ex)


def t_polly(r, slot):
    ex = build_ex(r, slot)
    name = "%s/%s" % (r.choice(["api-client", "Integration", "UserService"]), r.choice(["fetches profile", "refreshes token", "lists orders"]))
    h = hx(r, 32)
    text = har_doc(r, ex, {"name": "Polly.JS", "version": "6.0.6", "comment": "persister:fs"}, polly=name)
    return "recordings/%s_%s/%s_%s/recording.har" % (name.split("/")[0], hx(r, 32), name.split("/")[1].replace(" ", "-"), h), text


def saz_base(r):
    return r.choice(["captures/%s" % slug(r), "tests/fiddler/%s" % slug(r), "support/tickets/%d" % r.randint(1000, 99999), "docs/traces/%s" % slug(r)])


def t_saz_c(r, slot):
    ex = build_ex(r, slot, cookie_side="req")
    n = r.randint(1, 120)
    return "%s/raw/%d_c.txt" % (saz_base(r), n), req_text(ex, ver="HTTP/1.1").replace(" %s HTTP" % ex.path, " %s HTTP" % ex.url, 1)


def t_saz_s(r, slot):
    ex = build_ex(r, slot, cookie_side="resp")
    n = r.randint(1, 120)
    return "%s/raw/%d_s.txt" % (saz_base(r), n), resp_text(ex)


def t_chlsj(r, slot):
    ex = build_ex(r, slot)
    path, _, query = ex.path.partition("?")
    d = {"status": "COMPLETE", "method": ex.method, "protocolVersion": "HTTP/1.1", "scheme": "https", "host": ex.host, "actualPort": 443,
         "path": path, "query": query or None, "tunnel": False, "keptAlive": True, "webSocket": False,
         "remoteAddress": "%s/%s" % (ex.host, ex.ip), "clientAddress": "/127.0.0.1", "clientPort": r.randint(49152, 65535),
         "times": {"start": iso_ms(ex.date, r), "requestBegin": iso_ms(ex.date, r), "end": iso_ms(ex.date, r)},
         "durations": {"total": r.randint(20, 900), "dns": None, "connect": None, "ssl": None, "request": 1, "response": r.randint(1, 30), "latency": r.randint(10, 500)},
         "totalSize": len(ex.resp_body) + 600,
         "ssl": {"protocol": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256"},
         "request": {"sizes": {"headers": 400, "body": len(ex.req_body)}, "mimeType": dict(ex.req_headers).get("Content-Type"), "charset": None,
                     "contentEncoding": None, "header": {"firstLine": "%s %s HTTP/1.1" % (ex.method, ex.path),
                                                          "headers": [{"name": k, "value": v} for k, v in ex.req_headers]}},
         "response": {"status": ex.status, "sizes": {"headers": 300, "body": len(ex.resp_body)}, "mimeType": ex.ctype.split(";")[0], "charset": "utf-8",
                      "contentEncoding": None, "header": {"firstLine": "HTTP/1.1 %d %s" % (ex.status, ex.reason),
                                                          "headers": [{"name": k, "value": v} for k, v in ex.resp_headers]}}}
    if ex.req_body:
        d["request"]["body"] = {"text": ex.req_body, "charset": None}
    if ex.resp_body:
        d["response"]["body"] = {"text": ex.resp_body, "charset": "utf-8"}
    return "%s/%s.chlsj" % (r.choice(["charles", "docs/sessions", "qa/charles-sessions", "mobile/debug"]), slug(r)), json.dumps([d], indent=2)


def t_burp(r, slot):
    ex = build_ex(r, slot)
    b64mode = slot.ch == "query" and r.random() < 0.6
    req, resp = req_text(ex), resp_text(ex)
    if b64mode:
        req, resp = b64s(req.encode()), b64s(resp.encode())
    path = ex.path
    ext = path.split("?")[0].rsplit(".", 1)[1] if "." in path.split("?")[0].rsplit("/", 1)[-1] else "null"
    t = ex.date.strftime("%a %b %d %H:%M:%S CET %Y")
    xml = '<?xml version="1.0"?>\n<!DOCTYPE items [\n<!ELEMENT items (item*)>\n<!ATTLIST items burpVersion CDATA "">\n<!ATTLIST items exportTime CDATA "">\n<!ELEMENT item (time, url, host, port, protocol, method, path, extension, request, status, responselength, mimetype, response, comment)>\n]>\n'
    xml += '<items burpVersion="%s" exportTime="%s">\n  <item>\n    <time>%s</time>\n    <url><![CDATA[%s]]></url>\n    <host ip="%s">%s</host>\n    <port>443</port>\n    <protocol>https</protocol>\n    <method><![CDATA[%s]]></method>\n    <path><![CDATA[%s]]></path>\n    <extension>%s</extension>\n    <request base64="%s"><![CDATA[%s]]></request>\n    <status>%d</status>\n    <responselength>%d</responselength>\n    <mimetype>%s</mimetype>\n    <response base64="%s"><![CDATA[%s]]></response>\n    <comment>%s</comment>\n  </item>\n</items>\n' % (
        r.choice(["2023.10.3.4", "2024.1.1.4", "2022.12.5"]), t, t, ex.url, ex.ip, ex.host, ex.method, path, ext,
        "true" if b64mode else "false", req, ex.status, len(resp), "JSON" if "json" in ex.ctype else "HTML", "true" if b64mode else "false", resp,
        r.choice(["", "", "session fixation?", "see ticket", "token in URL"]))
    return "%s/%s.xml" % (r.choice(["pentest/burp", "security/findings/%s" % ex.date.strftime("%Y-%m"), "reports/burp-export", "appsec/evidence"]), slug(r)), xml


def trace_dump(label, data):
    out = ["%s, %d bytes (0x%x)" % (label, len(data), len(data))]
    size, width, i = len(data), 0x40, 0
    while i < size:
        line = "%04x: " % i
        c = 0
        while c < width and i + c < size:
            if i + c + 1 < size and data[i + c] == 13 and data[i + c + 1] == 10:
                i += c + 2 - width
                break
            ch = data[i + c]
            line += chr(ch) if 0x20 <= ch < 0x80 else "."
            if i + c + 2 < size and data[i + c + 1] == 13 and data[i + c + 2] == 10:
                i += c + 3 - width
                break
            c += 1
        out.append(line)
        i += width
    return out


def t_curl_trace(r, slot):
    ex = build_ex(r, slot)
    lines = ["== Info:   Trying %s:443..." % ex.ip, "== Info: Connected to %s (%s) port 443" % (ex.host, ex.ip),
             "== Info: ALPN: curl offers h2,http/1.1", "== Info: TLSv1.3 (OUT), TLS handshake, Client hello (1):",
             "== Info: SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", "== Info: ALPN: server accepted http/1.1",
             "== Info: Server certificate:", "== Info:  subject: CN=%s" % ex.host, "== Info:  SSL certificate verify ok."]
    hdrs = [h for h in ex.req_headers if h[0] not in ("User-Agent", "Accept-Language")]
    req = "%s %s HTTP/1.1\r\n" % (ex.method, ex.path) + "".join("%s: %s\r\n" % h for h in [hdrs[0], ("User-Agent", "curl/8.%d.0" % r.randint(1, 7))] + hdrs[1:])
    if ex.req_body:
        req += "Content-Length: %d\r\n" % len(ex.req_body)
    req += "\r\n"
    lines += trace_dump("=> Send header", req.encode())
    if ex.req_body:
        lines += trace_dump("=> Send data", ex.req_body.encode())
        lines.append("== Info: upload completely sent off: %d bytes" % len(ex.req_body))
    lines += trace_dump("<= Recv header", ("HTTP/1.1 %d %s\r\n" % (ex.status, ex.reason)).encode())
    for k, v in ex.resp_headers:
        lines += trace_dump("<= Recv header", ("%s: %s\r\n" % (k, v)).encode())
    lines += trace_dump("<= Recv header", b"\r\n")
    if ex.resp_body:
        lines += trace_dump("<= Recv data", ex.resp_body.encode())
    lines.append("== Info: Connection #0 to host %s left intact" % ex.host)
    return "%s/%s%s" % (r.choice(["docs/debug", "support/curl-traces", "tests/fixtures/curl", "tmp/repro"]), slug(r), r.choice([".trace", "-trace.txt", ".log"])), "\n".join(lines) + "\n"


def t_curl_v(r, slot):
    ex = build_ex(r, slot)
    lines = ["*   Trying %s:443..." % ex.ip, "* Connected to %s (%s) port 443 (#0)" % (ex.host, ex.ip), "* ALPN: offers h2,http/1.1",
             "* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256", "* ALPN: server accepted h2", "* Server certificate:",
             "*  subject: CN=%s" % ex.host, "*  issuer: C=US; O=Let's Encrypt; CN=R3", "*  SSL certificate verify ok.",
             "* using HTTP/2", "> %s %s HTTP/2" % (ex.method, ex.path)]
    for k, v in ex.req_headers:
        if k == "User-Agent":
            v = "curl/8.4.0"
        lines.append("> %s: %s" % (k.lower() if k != "Host" else k, v))
    lines.append("> ")
    if ex.req_body:
        lines.append("} [%d bytes data]" % len(ex.req_body))
    lines.append("< HTTP/2 %d " % ex.status)
    for k, v in ex.resp_headers:
        lines.append("< %s: %s" % (k.lower(), v))
    lines.append("< ")
    lines.append("{ [%d bytes data]" % len(ex.resp_body))
    text = "$ curl -v %s%s\n" % ("-X POST " if ex.method == "POST" else "", ex.url.split("?")[0] if slot.ch != "query" else "'%s'" % ex.url) if False else ""
    text += "\n".join(lines) + "\n" + ex.resp_body + ("\n" if not ex.resp_body.endswith("\n") else "") + "* Connection #0 to host %s left intact\n" % ex.host
    return "%s/%s%s" % (r.choice(["docs/troubleshooting", "notes", "support/logs", "issues/%d" % r.randint(10, 3000)]), slug(r), r.choice([".txt", "-curl-v.log", ".out"])), text


def t_http_fixture(r, slot):
    ex = build_ex(r, slot, cookie_side="req")
    return "%s/%s%s" % (r.choice(["tests/fixtures/requests", "spec/fixtures/http", "testdata/raw", "fuzz/corpus/http"]), slug(r),
                        r.choice([".http", ".req", ".txt", ".raw"])), req_text(ex, nl=r.choice(["\r\n", "\n"]))


def yq(v):
    if v == "" or v is None:
        return "''"
    safe = all(c.isalnum() or c in "_./-+=;, " for c in v) and not v[0] in "-+ " and not v[-1] == " " and not v.lower() in ("true", "false", "null", "yes", "no")
    if safe and not v.replace(".", "").isdigit():
        return v
    return "'" + v.replace("'", "''") + "'"


def t_vcr(r, slot):
    ex = build_ex(r, slot)
    L = ["---", "http_interactions:", "- request:", "    method: %s" % ex.method.lower(), "    uri: %s" % ex.url, "    body:",
         "      encoding: %s" % r.choice(["US-ASCII", "UTF-8"]), "      string: %s" % yq(ex.req_body), "    headers:"]
    for k, v in ex.req_headers:
        if k == "Host":
            continue
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["  response:", "    status:", "      code: %d" % ex.status, "      message: %s" % ex.reason, "    headers:"]
    for k, v in ex.resp_headers:
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    body:", "      encoding: UTF-8", "      string: %s" % yq(ex.resp_body.replace("\n", " ")), "  recorded_at: %s" % http_date(ex.date),
          "recorded_with: VCR %s" % r.choice(["6.2.0", "6.1.0", "5.1.0"])]
    return "%s/%s.yml" % (r.choice(["spec/cassettes", "spec/fixtures/vcr_cassettes", "test/vcr_cassettes", "spec/vcr/%s" % r.choice(["github", "stripe", "api_client"])]),
                          slug(r).replace("-", "_")), "\n".join(L) + "\n"


def t_vcrpy(r, slot):
    ex = build_ex(r, slot)
    L = ["interactions:", "- request:", "    body: %s" % (yq(ex.req_body) if ex.req_body else "null"), "    headers:"]
    for k, v in sorted(ex.req_headers):
        if k == "Host":
            continue
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    method: %s" % ex.method, "    uri: %s" % ex.url, "  response:", "    body:", "      string: %s" % yq(ex.resp_body.replace("\n", " ")), "    headers:"]
    for k, v in ex.resp_headers:
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    status:", "      code: %d" % ex.status, "      message: %s" % ex.reason, "version: 1"]
    return "%s/test_%s.yaml" % (r.choice(["tests/cassettes", "tests/integration/cassettes", "tests/fixtures/cassettes/%s" % word(r)]),
                                slug(r).replace("-", "_")), "\n".join(L) + "\n"


def t_betamax(r, slot):
    ex = build_ex(r, slot)
    d = {"http_interactions": [{"request": {"body": {"encoding": "utf-8", "string": ex.req_body}, "headers": {k: [v] for k, v in ex.req_headers if k != "Host"},
                                            "method": ex.method, "uri": ex.url},
                                "response": {"body": {"encoding": "utf-8", "string": ex.resp_body}, "headers": {k: [v] for k, v in ex.resp_headers},
                                             "status": {"code": ex.status, "message": ex.reason}, "url": ex.url},
                                "recorded_at": iso(ex.date)}], "recorded_with": "betamax/0.8.1"}
    return "tests/cassettes/%s.json" % slug(r).replace("-", "_"), json.dumps(d, indent=r.choice([None, 2]))


def t_nock(r, slot):
    ex = build_ex(r, slot)
    path = ex.path
    opts = {"encodedQueryParams": True}
    auth = [(k, v) for k, v in ex.req_headers if k.lower() not in ("host", "user-agent", "accept", "accept-language", "content-type", "if-none-match", "origin", "referer")]
    if auth:
        opts["reqheaders"] = {k.lower(): v for k, v in auth}
    body = ex.resp_body.strip() or "''"
    rh = []
    for k, v in ex.resp_headers:
        rh += ["  %s" % json.dumps(k).replace('"', "'"), "  %s" % json.dumps(v).replace('"', "'")]
    meth = ex.method.lower()
    args = "'%s'" % path if not ex.req_body else "'%s', %s" % (path, json.dumps(ex.req_body))
    js = "const nock = require('nock');\n\n" if r.random() < 0.5 else ""
    js += "nock('https://%s:443', %s)\n  .%s(%s)\n  .reply(%d, %s, [\n%s\n]);\n" % (ex.host, json.dumps(opts), meth, args, ex.status, body, ",\n".join(rh))
    return "%s/%s.js" % (r.choice(["test/fixtures/nock", "__tests__/__recordings__", "test/recordings"]), slug(r)), js


def t_wiremock(r, slot):
    ex = build_ex(r, slot)
    req = {"url": ex.path, "method": ex.method}
    auth = {k: {"equalTo": v} for k, v in ex.req_headers if k.lower() not in ("host", "user-agent", "accept", "accept-language", "content-type", "if-none-match", "origin", "referer")}
    if auth:
        req["headers"] = auth
    if ex.req_body:
        req["bodyPatterns"] = [{"equalTo": ex.req_body}]
    u = uuid4(r)
    d = {"id": u, "name": ex.path.split("?")[0].strip("/").replace("/", "_"), "request": req,
         "response": {"status": ex.status, "body": ex.resp_body, "headers": {k: v for k, v in ex.resp_headers}},
         "uuid": u, "persistent": True, "insertionIndex": r.randint(1, 60)}
    return "src/test/resources/mappings/%s-%s.json" % (d["name"].replace(".", "_")[:40] or "root", u[:8]), json.dumps(d, indent=2, separators=(",", " : "))


def scrapy_dir(r, ex):
    h = hashlib.sha1(ex.url.encode()).hexdigest()
    return ".scrapy/httpcache/%s/%s/%s" % (r.choice(["products", "listings", company(r).replace("-", "_"), "jobs", "prices"]), h[:2], h)


def hdr_raw(headers):
    return "\r\n".join("%s: %s" % kv for kv in headers)


def t_scrapy_req_headers(r, slot):
    ex = build_ex(r, slot, cookie_side="req")
    hs = [(k.title() if k.islower() else k, v) for k, v in ex.req_headers if k != "Host"]
    return scrapy_dir(r, ex) + "/request_headers", hdr_raw(hs)


def t_scrapy_resp_headers(r, slot):
    ex = build_ex(r, slot, cookie_side="resp")
    return scrapy_dir(r, ex) + "/response_headers", hdr_raw(ex.resp_headers)


def t_scrapy_meta(r, slot):
    ex = build_ex(r, slot)
    import pprint
    meta = {"url": ex.url, "method": ex.method, "status": ex.status, "response_url": ex.url, "timestamp": round(ex.date.timestamp() + r.random(), 6)}
    return scrapy_dir(r, ex) + "/meta", pprint.pformat(meta, width=r.choice([80, 200]))


def t_scrapy_resp_body(r, slot):
    ex = build_ex(r, slot)
    return scrapy_dir(r, ex) + "/response_body", ex.resp_body


def t_scrapy_req_body(r, slot):
    ex = build_ex(r, slot)
    return scrapy_dir(r, ex) + "/request_body", ex.req_body


def t_curl_cmd(r, slot):
    ex = build_ex(r, slot, cookie_side="req")
    parts = ["curl '%s'" % ex.url]
    for k, v in ex.req_headers:
        if k in ("Host",):
            continue
        if k == "Cookie" and r.random() < 0.5:
            parts.append("-b '%s'" % v)
            continue
        parts.append("-H '%s: %s'" % (k.lower(), v))
    if ex.req_body:
        parts.append("--data-raw '%s'" % ex.req_body)
    parts.append("--compressed")
    sh = "#!/usr/bin/env bash\n# %s\n# copied from Chrome DevTools (Copy as cURL) on %s\n" % (
        r.choice(["repro for flaky export", "Reproduce 500 on checkout", "captured from prod session", "Fehler beim Login reproduzieren"]), ex.date.strftime("%Y-%m-%d"))
    sh += " \\\n  ".join(parts) + "\n"
    return "%s/%s.sh" % (r.choice(["scripts/repro", "docs/debug", "tools/captured", "bugs/%d" % r.randint(100, 9999)]), slug(r)), sh


# ----------------------------------------------------------------------------- renderers (saved pages, mirrors, crawls)
import html as htmlmod
import quopri


def state_obj(r, slot, host):
    cfg = {"apiBase": "https://%s/api" % host, "env": r.choice(["production", "prod", "staging"]), "release": hx(r, 7)}
    if slot.companion:
        cfg[slot.companion[0]] = slot.companion[1]
    cfg[slot.jk] = slot.jv
    return {"user": {"id": r.randint(1, 10 ** 6), "name": r.choice(USERS), "locale": r.choice(["de-DE", "en-US", "fr-FR", "es-ES"])},
            "config": cfg, "flags": {"newCheckout": r.random() < 0.5, "darkMode": r.random() < 0.5},
            "csrfToken": rs(r, 43, B64URL)}


def page_head(r, title, host, saved_from=True):
    url = "https://%s%s" % (host, page_path(r))
    h = "<!DOCTYPE html>\n"
    if saved_from:
        h += "<!-- saved from url=(%04d)%s -->\n" % (len(url), url)
    h += '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n' % r.choice(["en", "de", "fr", "es"])
    h += "<title>%s</title>\n" % title
    h += '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    h += '<link rel="stylesheet" href="./%s_files/main.%s.css">\n' % (title.replace(" ", "_"), hx(r, 8))
    h += '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>\n' % rs(r, 10, string.ascii_uppercase + string.digits)
    return h, url


def js_json(obj):
    return json.dumps(obj, separators=(",", ":"))


def t_saved_state(r, slot):
    host = chost(r)
    title = r.choice(["Dashboard", "Mein Konto", "Orders", "Tableau de bord", "Panel", "Admin"])
    h, url = page_head(r, title, host)
    var = r.choice(["window.__INITIAL_STATE__", "window.__PRELOADED_STATE__", "window.__APOLLO_STATE__", "window.__NUXT__"])
    h += "</head>\n<body>\n<div id=\"app\" data-server-rendered=\"true\"><header class=\"nav\">%s</header></div>\n" % title
    h += "<script>%s = %s;</script>\n" % (var, js_json(state_obj(r, slot, host)))
    h += '<script src="./%s_files/app.%s.js"></script>\n</body></html>\n' % (title.replace(" ", "_"), hx(r, 8))
    return "%s/%s.html" % (r.choice(["docs/offline", "tests/fixtures/pages", "saved_pages", "evidence/%s" % company(r), "spec/fixtures/html"]), slug(r)), h


def t_next_data(r, slot):
    host = chost(r)
    h, url = page_head(r, "Settings", host)
    nd = {"props": {"pageProps": state_obj(r, slot, host), "__N_SSP": True}, "page": "/settings/[tab]", "query": {"tab": "integrations"},
          "buildId": rs(r, 21, B64URL), "isFallback": False, "gssp": True, "scriptLoader": []}
    h += '<script src="/_next/static/chunks/main-%s.js" defer=""></script></head>\n<body><div id="__next"><main>Settings</main></div>\n' % hx(r, 16)
    h += '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>\n' % js_json(nd)
    return "%s/%s.html" % (r.choice(["tests/fixtures/pages", "scraper/testdata", "fixtures/snapshots", "e2e/snapshots"]), slug(r)), h


def t_app_config(r, slot):
    host = chost(r)
    h, url = page_head(r, "Portal", host)
    v = "null" if slot.jv is None else json.dumps(slot.jv)
    lines = ["  <script>", "    window.APP_CONFIG = {", '      apiBaseUrl: "https://%s/api/v2",' % host, '      environment: "%s",' % r.choice(["production", "prod-eu", "staging"]),
             '      sentryRelease: "%s",' % hx(r, 12)]
    if slot.companion:
        lines.append('      %s: "%s",' % slot.companion)
    lines.insert(r.randint(3, len(lines)), "      %s: %s," % (slot.jk if slot.jk.isidentifier() else json.dumps(slot.jk), v))
    lines += ["      features: { chat: %s, beta: false }" % r.choice(["true", "false"]), "    };", "  </script>"]
    h += "\n".join(lines) + "\n</head>\n<body class=\"portal\">\n  <div id=\"root\"></div>\n</body></html>\n"
    return "%s/%s" % (r.choice(["docs/offline/%s" % company(r), "mirror/%s" % host, "saved/%s" % slug(r)]), r.choice(["index.html", "portal.html", "dashboard.htm"])), h


def t_view_source(r, slot):
    host = chost(r)
    src_lines = ["<!DOCTYPE html>", "<html>", "<head>", "<title>%s</title>" % word(r), "<script>", "var CONFIG = {",
                 '  "apiHost": "%s",' % host]
    if slot.companion:
        src_lines.append('  "%s": "%s",' % slot.companion)
    src_lines.append('  "%s": %s,' % (slot.jk, "null" if slot.jv is None else json.dumps(slot.jv)))
    src_lines += ['  "build": "%s"' % hx(r, 10), "};", "</script>", "</head>", "<body>", "</body>", "</html>"]
    out = ['<html><head><meta name="color-scheme" content="light dark"><link rel="stylesheet" type="text/css" href="./view-source_%s_files/view-source.css"></head><body><div class="line-gutter-backdrop"></div><form autocomplete="off"><label class="line-wrap-control">Line wrap<input type="checkbox" aria-label="Line wrap"></label></form><table><tbody>' % host.replace(".", "_")]
    for i, l in enumerate(src_lines, 1):
        out.append('<tr><td class="line-number" value="%d"></td><td class="line-content">%s</td></tr>' % (i, htmlmod.escape(l, quote=True)))
    out.append("</tbody></table></body></html>")
    return "%s/view-source_%s.html" % (r.choice(["docs/research", "evidence", "notes/leaks", "saved"]), host.replace(".", "_")), "\n".join(out) + "\n"


def t_singlefile(r, slot):
    host = chost(r)
    url = "https://%s%s" % (host, page_path(r))
    d = rdate(r)
    h = "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n url: %s \n saved date: %s\n--><meta charset=utf-8>\n" % (url, d.strftime("%a %b %d %Y %H:%M:%S GMT+0100 (Central European Standard Time)"))
    h += "<title>%s</title><style>body{margin:0;font-family:system-ui}.hdr{display:flex}</style>\n" % word(r).title()
    h += "<meta name=referrer content=no-referrer><link rel=canonical href=%s>\n" % url
    h += "<script type=application/json id=bootstrap-data>%s</script>\n" % js_json(state_obj(r, slot, host))
    h += "<body><div class=hdr><img src=\"data:image/png;base64,%s\" alt=logo></div></body></html>\n" % b64s(rbytes(r, 60))
    return "%s/%s (%s).html" % (r.choice(["evidence", "archive/singlefile", "docs/saved"]), word(r).title(), d.strftime("%d_%m_%Y %H_%M_%S")), h


def qp(text):
    return quopri.encodestring(text.encode()).decode().replace("\n", "\r\n")


def mhtml_wrap(r, url, title, parts):
    bnd = "----MultipartBoundary--%s----" % rs(r, 42, ALNUM)
    d = rdate(r)
    out = "From: <Saved by Blink>\r\nSnapshot-Content-Location: %s\r\nSubject: %s\r\nDate: %s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n" % (
        url, title, d.strftime("%a, %d %b %Y %H:%M:%S -0000"), bnd)
    for hdrs, body in parts:
        out += "--%s\r\n%s\r\n\r\n%s\r\n" % (bnd, "\r\n".join(hdrs), body)
    out += "--%s--\r\n" % bnd
    return out


def mhtml_extra(r):
    return (["Content-Type: image/png", "Content-Transfer-Encoding: base64", "Content-Location: https://%s/static/img/logo-%s.png" % (chost(r, "cdn"), hx(r, 8))],
            "\r\n".join(b64s(rbytes(r, 57)) for _ in range(r.randint(2, 6))))


def mhtml_path(r):
    return "%s/%s.%s" % (r.choice(["evidence", "docs/saved-pages", "tests/fixtures/mhtml", "archive/%s" % company(r), "support/tickets/%d" % r.randint(100, 99999)]),
                         slug(r), r.choice(["mhtml", "mhtml", "mht"]))


def t_mhtml_script(r, slot):
    host = chost(r)
    url = "https://%s%s" % (host, page_path(r))
    v = "null" if slot.jv is None else json.dumps(slot.jv)
    title = word(r).title()
    html = '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<title>%s</title>\n<script>\nwindow.__CONFIG__ = {\n  "apiBase": "https://%s/api",\n' % (title, host)
    if slot.companion:
        html += '  "%s": "%s",\n' % slot.companion
    html += '  "%s": %s,\n  "release": "%s"\n};\n</script>\n<link rel="stylesheet" type="text/css" href="cid:css-%s@mhtml.blink" />\n</head><body><div id="root" class="layout layout--wide" data-theme="light"><h1>%s</h1></div></body></html>' % (
        slot.jk, v, hx(r, 12), uuid4(r), title)
    parts = [(["Content-Type: text/html", "Content-ID: <frame-%s@mhtml.blink>" % hx(r, 32).upper(), "Content-Transfer-Encoding: quoted-printable", "Content-Location: %s" % url], qp(html)),
             (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable", "Content-Location: cid:css-%s@mhtml.blink" % uuid4(r)],
              qp("@charset \"utf-8\";\n\n.layout--wide { max-width: 1280px; }\n"))]
    if r.random() < 0.6:
        parts.append(mhtml_extra(r))
    return mhtml_path(r), mhtml_wrap(r, url, title, parts)


def t_mhtml_8bit(r, slot):
    host = chost(r)
    url = "https://%s%s" % (host, page_path(r))
    title = word(r).title()
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><script src="%s/static/js/config.js"></script></head><body><div id="app"></div></body></html>' % (title, "https://" + host)
    cfg = state_obj(r, slot, host)["config"]
    js = "/* generated %s */\nwindow.RUNTIME_CONFIG = %s;\n" % (iso(rdate(r)), json.dumps(cfg, indent=2))
    parts = [(["Content-Type: text/html", "Content-ID: <frame-%s@mhtml.blink>" % hx(r, 32).upper(), "Content-Transfer-Encoding: quoted-printable", "Content-Location: %s" % url], qp(html)),
             (["Content-Type: application/javascript", "Content-Transfer-Encoding: %s" % r.choice(["8bit", "7bit"]), "Content-Location: https://%s/static/js/config.js" % host], js.replace("\n", "\r\n"))]
    if r.random() < 0.5:
        parts.append(mhtml_extra(r))
    return mhtml_path(r), mhtml_wrap(r, url, title, parts)


def t_mhtml_form(r, slot):
    host = chost(r, r.choice(["sso", "portal", "intranet", "admin"]))
    url = "https://%s%s" % (host, slot.path)
    inputs = []
    for k, v in slot.fields:
        k2 = urllib.parse.unquote_plus(k)
        v2 = urllib.parse.unquote_plus(v) if slot.label != "pos" else v
        typ = "password" if k2 in ("password", "passwort", "clave", "pwd", "j_password", "client_secret") else ("hidden" if "token" in k2.lower() or k2 in ("state", "nonce") else "text")
        inputs.append('<input type="%s"\n  name="%s"\n  value="%s"\n  autocomplete="%s">' % (typ, k2, htmlmod.escape(v2, quote=True), "current-password" if typ == "password" else "off"))
    html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Sign in</title></head><body>\n<form method="post" action="%s" class="login-form">\n%s\n<button type="submit">Sign in</button>\n</form></body></html>' % (slot.path, "\n".join(inputs))
    parts = [(["Content-Type: text/html", "Content-ID: <frame-%s@mhtml.blink>" % hx(r, 32).upper(), "Content-Transfer-Encoding: quoted-printable", "Content-Location: %s" % url], qp(html))]
    if r.random() < 0.6:
        parts.append(mhtml_extra(r))
    return mhtml_path(r), mhtml_wrap(r, url, "Sign in", parts)


def link_url(r, slot):
    if slot.ch == "userpass":
        if slot.pw is None:
            return "https://%s@%s%s" % (slot.user, slot.host, slot.path)
        return "https://%s:%s@%s%s" % (slot.user, slot.pw, slot.host, slot.path)
    host = slot.host or chost(r)
    path = slot.path or r.choice(["/api/v1/export", "/feeds/orders.json", "/reports/download", "/v2/items"])
    return "https://%s%s" % (host, add_query(path, slot.params))


def t_mhtml_link(r, slot):
    host = chost(r)
    url = "https://%s%s" % (host, page_path(r))
    lu = link_url(r, slot)
    html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Downloads</title></head><body>\n<ul class="downloads">\n<li><a\n href="%s">export</a></li>\n<li><a href="/help">Help</a></li>\n</ul></body></html>' % htmlmod.escape(lu, quote=True)
    parts = [(["Content-Type: text/html", "Content-ID: <frame-%s@mhtml.blink>" % hx(r, 32).upper(), "Content-Transfer-Encoding: quoted-printable", "Content-Location: %s" % url], qp(html))]
    if r.random() < 0.5:
        parts.append(mhtml_extra(r))
    return mhtml_path(r), mhtml_wrap(r, url, "Downloads", parts)


def t_wayback(r, slot):
    host = chost(r, "www")
    ts = rdate(r).strftime("%Y%m%d%H%M%S")
    url = "https://%s/" % host
    h = '<!DOCTYPE html>\n<html><head>\n<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=%s" charset="utf-8"></script>\n' % rs(r, 8, ALNUM)
    h += '<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n  __wm.wombat("%s","%s","https://web.archive.org/","web","https://web-static.archive.org/_static/",\n\t      "%d");\n</script>\n' % (url, ts, r.randint(1500000000, 1700000000))
    h += "<!-- End Wayback Rewrite JS Include -->\n<title>%s</title>\n</head>\n<body>\n<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id=\"wm-ipp-base\" lang=\"en\" style=\"display:none;direction:ltr;\"></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n" % company(r).title()
    if slot.ch == "json":
        v = "null" if slot.jv is None else json.dumps(slot.jv)
        h += "<script>\nvar siteConfig = {\n  \"%s\": %s,\n  \"theme\": \"%s\"\n};\n</script>\n" % (slot.jk, v, r.choice(["dark", "light"]))
    else:
        lu = link_url(r, slot)
        h += '<p><a href="https://web.archive.org/web/%s/%s">Download feed</a></p>\n' % (ts, htmlmod.escape(lu, quote=True))
    h += "</body></html>\n<!--\n     FILE ARCHIVED ON %s AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON %s.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->\n" % (ts, rdate(r).strftime("%H:%M:%S %b %d, %Y"))
    return "%s/web.archive.org/%s/%s/index.html" % (r.choice(["archive", "research/snapshots", "docs/history"]), ts, host), h


def t_httrack_html(r, slot):
    host = chost(r, "www")
    d = rdate(r)
    h = "<!DOCTYPE html>\n<html>\n<!-- Mirrored from %s/%s by HTTrack Website Copier/3.x [XR&CO'2014], %s -->\n<!-- Added by HTTrack --><meta http-equiv=\"content-type\" content=\"text/html;charset=utf-8\" /><!-- /Added by HTTrack -->\n<head><title>%s</title></head>\n<body>\n" % (
        host, r.choice(["", "index.html", "partners/"]), d.strftime("%a, %d %b %Y %H:%M:%S GMT"), company(r).title())
    if slot.ch == "json":
        v = "null" if slot.jv is None else json.dumps(slot.jv)
        h += "<script type=\"text/javascript\">\n  var %s = %s;\n</script>\n" % (slot.jk if slot.jk.isidentifier() else "cfg_" + slot.jk.lower(), v)
    else:
        h += '<a href="%s">Partner feed</a>\n' % htmlmod.escape(link_url(r, slot), quote=True)
    h += '<a href="contact.html">Contact</a>\n</body>\n</html>\n'
    return "mirror/%s/%s" % (host, r.choice(["index.html", "partners/index.html", "downloads.html"])), h


def t_wget_orig(r, slot):
    host = chost(r, "www")
    h = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n<link rel=\"stylesheet\" href=\"/css/site.css?v=%s\">\n</head><body>\n" % (word(r).title(), hx(r, 8))
    if slot.ch == "json":
        v = "null" if slot.jv is None else json.dumps(slot.jv)
        h += "<script>window.settings = { \"%s\": %s };</script>\n" % (slot.jk, v)
    else:
        h += '<iframe src="%s" width="600" height="400"></iframe>\n' % htmlmod.escape(link_url(r, slot), quote=True)
    h += "</body></html>\n"
    return "%s/%s/%s.orig" % (r.choice(["mirror", "wget", "site-backup"]), host, r.choice(["index.html", "map.html", "status/index.html"])), h


def t_hts_new(r, slot):
    lines = ["date\tsize'/'remotesize\tflags(request:Update,Range state:File response:Modified,Chunked,gZipped)\tstatuscode\tstatus ('servermsg')\tMIME\tEtag|Date\tURL\tlocalfile\t(from URL)"]
    host = chost(r, "www")
    d = rdate(r)
    co = company(r)
    rows = [("https://%s/" % host, "%s/index.html" % host), ("https://%s/css/site.css" % host, "%s/css/site.css" % host)]
    rows.insert(1, (link_url(r, slot), "%s/feed.json" % host))
    for u, lf in rows:
        lines.append("%s\t%d/%d\t---M--\t200\tadded ('OK')\t%s\tetag:\"%s\"\t%s\tC:/My Web Sites/%s/%s\t(from https://%s/)" % (
            d.strftime("%H:%M:%S"), r.randint(200, 90000), r.randint(200, 90000), r.choice(["text/html", "application/json", "text/css"]), hx(r, 16), u, co, lf, host))
    return "mirror/%s/hts-cache/new.txt" % co, "\n".join(lines) + "\n"


def t_hts_doit(r, slot):
    u = link_url(r, slot)
    text = "-qwC2%%Ps2u1%%s%%uN0%%I0p3DaK0H0%%kf2A25000%%f#f -F \"Mozilla/4.5 (compatible; HTTrack 3.0x; Windows 98)\" -%%F \"<!-- Mirrored from %%s%%s by HTTrack Website Copier/3.x [XR&CO'2014], %%s -->\" -%%l \"en, *\" %s -O1 \"C:\\My Web Sites\\%s\" +*.png +*.gif +*.jpg +*.css +*.js -ad.doubleclick.net/* -mime:application/foobar\nFile generated automatically on %s, do NOT edit\n\nTo update a mirror, just launch httrack without any parameters\nThe existing cache will be used (and modified)\nTo have other options, retype all parameters and launch HTTrack\nTo continue an interrupted mirror, just launch httrack without any parameters\n\n" % (
        u, company(r), rdate(r).strftime("%a, %d %b %Y %H:%M:%S"))
    return "mirror/%s/hts-cache/doit.log" % company(r), text


def t_cdxj(r, slot):
    lines = []
    host = slot.host or chost(r)
    lu = link_url(r, slot)
    urls = ["https://%s/" % host, lu, "https://%s/robots.txt" % host]
    r.shuffle(urls)
    off = 0
    fn = "rec-%s-%s.warc.gz" % (rdate(r).strftime("%Y%m%d%H%M%S%f")[:17], rs(r, 12, LOWER_NUM))
    for u in urls:
        p = urllib.parse.urlsplit(u)
        hostrev = ",".join(reversed(p.hostname.split(".")))
        key = "%s)%s%s" % (hostrev, p.path.lower(), ("?" + p.query) if p.query else "")
        ln = r.randint(400, 9000)
        lines.append('%s %s {"url": "%s", "mime": "%s", "status": "200", "digest": "sha1:%s", "length": "%d", "offset": "%d", "filename": "%s"}' % (
            key, rdate(r).strftime("%Y%m%d%H%M%S"), u, r.choice(["text/html", "application/json"]), base64.b32encode(rbytes(r, 20)).decode(), ln, off, fn))
        off += ln
    lines.sort()
    return "%s/indexes/index.cdxj" % r.choice(["collections/%s" % company(r), "archive", "wacz/%s" % slug(r)]), "\n".join(lines) + "\n"


def t_wacz_pages(r, slot):
    lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    host = slot.host or chost(r)
    for u in ["https://%s/" % host, link_url(r, slot)]:
        lines.append(json.dumps({"id": hx(r, 26), "url": u, "title": word(r).title(), "loadState": 4, "ts": iso_ms(rdate(r), r)}))
    return "archives/%s/pages/pages.jsonl" % slug(r), "\n".join(lines) + "\n"


def t_crawl_config(r, slot):
    u = link_url(r, slot)
    y = "# browsertrix-crawler config\ncollection: %s\nworkers: %d\nscopeType: prefix\nseeds:\n  - url: %s\n    depth: %d\n  - url: https://%s/\nbehaviors: autoscroll,autoplay,siteSpecific\ngenerateWACZ: true\ntext: to-pages\n" % (
        slug(r), r.randint(1, 8), yq(u), r.randint(1, 4), chost(r))
    return "%s/%s" % (r.choice(["crawls", "ops/crawler", "config"]), r.choice(["crawl-config.yaml", "seeds.yaml", "browsertrix.yml"])), y


def t_seeds(r, slot):
    lines = ["# seeds for nightly archive crawl", "https://%s/" % chost(r), link_url(r, slot), "https://%s/sitemap.xml" % chost(r)]
    return "%s/seeds.txt" % r.choice(["crawler", "heritrix/jobs/%s" % company(r), "ops/archive"]), "\n".join(lines) + "\n"


def t_pw_storage(r, slot):
    host = chost(r)
    cookies = [{"name": "_ga", "value": "GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(1600000000, 1760000000)), "domain": "." + host.split(".", 1)[1],
                "path": "/", "expires": r.randint(1700000000, 1800000000), "httpOnly": False, "secure": False, "sameSite": "Lax"}]
    origins = []
    if slot.ch == "cookie":
        cookies.insert(r.randint(0, 1), {"name": slot.ck, "value": slot.cv, "domain": host, "path": "/", "expires": -1 if r.random() < 0.5 else r.randint(1700000000, 1800000000),
                                          "httpOnly": True, "secure": True, "sameSite": r.choice(["Lax", "Strict", "None"])})
    else:
        ls = [{"name": "theme", "value": r.choice(["dark", "light"])}, {"name": slot.jk, "value": slot.jv if isinstance(slot.jv, str) else ""}]
        r.shuffle(ls)
        origins.append({"origin": "https://" + host, "localStorage": ls})
    return "%s/%s" % (r.choice(["playwright/.auth", "e2e/.auth", "tests/e2e/storage", "playwright"]), r.choice(["user.json", "admin.json", "storageState.json", "state.json"])), json.dumps({"cookies": cookies, "origins": origins}, indent=2)


def t_pptr_cookies(r, slot):
    host = chost(r)
    ck = [{"name": slot.ck, "value": slot.cv, "domain": host, "path": "/", "expires": r.choice([-1, r.randint(1700000000, 1800000000) + 0.5]),
           "size": len(slot.ck) + len(slot.cv), "httpOnly": True, "secure": True, "session": r.random() < 0.5, "sameSite": "Lax", "priority": "Medium",
           "sameParty": False, "sourceScheme": "Secure", "sourcePort": 443}]
    ck.append({"name": "lang", "value": r.choice(["de", "en", "fr"]), "domain": host, "path": "/", "expires": -1, "size": 6, "httpOnly": False, "secure": False,
               "session": True, "priority": "Medium", "sameParty": False, "sourceScheme": "Secure", "sourcePort": 443})
    return "%s/%s" % (r.choice(["scripts/puppeteer", "scraper/session", "bots/%s" % company(r)]), r.choice(["cookies.json", "session-cookies.json"])), json.dumps(ck, indent=r.choice([2, 4]))


def t_pptr_dump(r, slot):
    host = chost(r)
    d = {"url": "https://%s%s" % (host, page_path(r)), "title": word(r).title(), "timestamp": iso_ms(rdate(r), r), "viewport": {"width": 1366, "height": 768},
         "localStorage": {"i18nextLng": r.choice(["de", "en", "es"]), slot.jk: slot.jv}, "sessionStorage": {"tabId": uuid4(r)},
         "html": "<html><head><title>%s</title></head><body><div id=\"app\">...</div></body></html>" % word(r).title()}
    return "%s/%s.json" % (r.choice(["dumps", "scraper/output/pages", "tests/fixtures/page-dumps"]), slug(r)), json.dumps(d, indent=2)


def t_files_config(r, slot):
    host = chost(r)
    title = r.choice(["Dashboard", "Admin Console", "Panel de control", "Espace client"])
    v = "null" if slot.jv is None else json.dumps(slot.jv)
    js = "(function(w){\n  w.env = w.env || {};\n  w.env.API_URL = \"https://%s/api\";\n" % host
    if slot.companion:
        js += "  w.env.%s = \"%s\";\n" % (slot.companion[0].upper(), slot.companion[1])
    js += "  w.env[%s] = %s;\n  w.env.BUILD = \"%s\";\n})(window);\n" % (json.dumps(slot.jk), v, hx(r, 40))
    return "%s/%s_files/env.js" % (r.choice(["docs/saved", "offline", "evidence/%s" % company(r)]), title.replace(" ", " ")), js


# ----------------------------------------------------------------------------- registry and driver
ALL = ["header", "query", "json", "cookie", "form", "pem"]
TEMPLATES = [
    ("warc", t_warc, ALL),
    ("har", t_har, ALL),
    ("polly_har", t_polly, ["header", "query", "json"]),
    ("fiddler_saz_request", t_saz_c, ["header", "query", "cookie", "form"]),
    ("fiddler_saz_response", t_saz_s, ["json", "cookie", "pem"]),
    ("charles_chlsj", t_chlsj, ["header", "query", "json", "form", "cookie"]),
    ("burp_xml", t_burp, ALL),
    ("curl_trace_ascii", t_curl_trace, ["header", "query", "cookie", "form", "json"]),
    ("curl_verbose", t_curl_v, ["header", "query", "json", "pem", "cookie"]),
    ("raw_http_request", t_http_fixture, ["header", "query", "cookie", "form"]),
    ("vcr_cassette", t_vcr, ["header", "query", "json", "form", "cookie"]),
    ("vcrpy_cassette", t_vcrpy, ["header", "query", "json", "form"]),
    ("betamax_cassette", t_betamax, ["header", "json", "query"]),
    ("nock_recording", t_nock, ["header", "query", "json", "form"]),
    ("wiremock_mapping", t_wiremock, ["header", "query", "json"]),
    ("scrapy_request_headers", t_scrapy_req_headers, ["header", "cookie"]),
    ("scrapy_response_headers", t_scrapy_resp_headers, ["cookie"]),
    ("scrapy_meta", t_scrapy_meta, ["query"]),
    ("scrapy_response_body", t_scrapy_resp_body, ["json", "pem"]),
    ("scrapy_request_body", t_scrapy_req_body, ["form"]),
    ("devtools_copy_as_curl", t_curl_cmd, ["header", "cookie", "form", "query"]),
    ("saved_page_initial_state", t_saved_state, ["json"]),
    ("saved_page_next_data", t_next_data, ["json"]),
    ("saved_page_app_config", t_app_config, ["json"]),
    ("chrome_view_source", t_view_source, ["json"]),
    ("singlefile_page", t_singlefile, ["json"]),
    ("mhtml_qp_script", t_mhtml_script, ["json"]),
    ("mhtml_8bit_js_part", t_mhtml_8bit, ["json"]),
    ("mhtml_qp_form", t_mhtml_form, ["form"]),
    ("mhtml_qp_link", t_mhtml_link, ["query", "userpass"]),
    ("wayback_snapshot", t_wayback, ["json", "query", "userpass"]),
    ("httrack_mirror_html", t_httrack_html, ["json", "query", "userpass"]),
    ("wget_mirror_orig", t_wget_orig, ["json", "query"]),
    ("httrack_hts_new_txt", t_hts_new, ["query"]),
    ("httrack_doit_log", t_hts_doit, ["userpass", "query"]),
    ("pywb_cdxj", t_cdxj, ["query"]),
    ("wacz_pages_jsonl", t_wacz_pages, ["query"]),
    ("browsertrix_config", t_crawl_config, ["userpass", "query"]),
    ("crawl_seeds_txt", t_seeds, ["userpass", "query"]),
    ("playwright_storage_state", t_pw_storage, ["cookie", "json"]),
    ("puppeteer_cookies", t_pptr_cookies, ["cookie"]),
    ("puppeteer_page_dump", t_pptr_dump, ["json"]),
    ("saved_page_files_env_js", t_files_config, ["json"]),
]
MAXLEN = {"mhtml_qp_script": 58, "mhtml_qp_link": 60, "curl_trace_ascii": 60}
LINEBREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base in ("request_headers", "response_headers", "request_body", "response_body", "meta"):
        return "scrapy-httpcache"
    if base in ("doit.log", "new.txt") and "hts-cache" in rel:
        return "httrack-cache"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return base


def needle_line(text, needle):
    idx = text.find(needle)
    if idx < 0 or "\n" in needle or "\r" in needle:
        return None
    line = text[:idx].count("\n") + 1
    # the needle must sit whole on that line, whatever line splitting a reader uses
    if needle not in text.split("\n")[line - 1]:
        return None
    return line


def schedule(r, combos, n):
    out = []
    while len(out) < n:
        c = combos[:]
        r.shuffle(c)
        out += c
    return out[:n]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_nn.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    combos = [(name, fn, ch) for name, fn, chs in TEMPLATES for ch in chs]
    manifest, secrets, used = [], [], set()
    files = []
    for i, (name, fn, ch) in enumerate(schedule(r, combos, 500)):
        for attempt in range(300):
            slot = pos_slot(r, ch, MAXLEN.get(name))
            if slot.needle in used:
                continue
            rel, text = fn(r, slot)
            line = needle_line(text, slot.needle)
            if line is not None:
                break
        else:
            raise RuntimeError("cannot place needle for %s/%s" % (name, ch))
        used.add(slot.needle)
        f = "pos/p%04d/%s" % (i, rel)
        files.append((f, text))
        manifest.append({"file": f, "label": "pos", "provider": slot.provider, "kind": slot.kind, "filetype": filetype(rel), "template": "%s:%s" % (name, ch)})
        secrets.append({"file": f, "needle": slot.needle, "line": line})
    neg_sched = [(c, "ph") for c in schedule(r, combos, 250)] + [(c, "la") for c in schedule(r, combos, 250)]
    r.shuffle(neg_sched)
    for i, ((name, fn, ch), mode) in enumerate(neg_sched):
        slot = neg_slot(r, ch, mode)
        if getattr(slot, "companion", None) and slot.companion[1].startswith("AKIA"):
            slot.companion = ("accessKeyId", "AKIAIOSFODNN7EXAMPLE")
        rel, text = fn(r, slot)
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or base.startswith(".env.")), rel
        f = "neg/n%04d/%s" % (i, rel)
        files.append((f, text))
        manifest.append({"file": f, "label": "neg", "provider": slot.provider, "kind": slot.kind, "filetype": filetype(rel), "template": "%s:%s" % (name, ch)})
    # checks
    negtexts = [t for f, t in files if f.startswith("neg/")]
    for s in secrets:
        for t in negtexts:
            assert s["needle"] not in t, s
    for (f, text), s in zip(files, secrets):
        assert text.split("\n")[s["line"] - 1].find(s["needle"]) >= 0
    for f, text in files:
        p = os.path.join(outdir, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(text.encode("utf-8"))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
