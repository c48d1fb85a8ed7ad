#!/usr/bin/env python3
"""gen_ka.py - blind evaluation set: secrets in reverse-engineered / decompiled artefacts.

EMPHASIS
    Credentials as they show up in security-research, bug-bounty and malware-analysis
    repositories: jadx / JD-GUI decompiled Java (BuildConfig.java, Constants.java), smali
    (const-string), apktool res/values/strings.xml and AndroidManifest.xml, iOS Info.plist and
    `strings` output of Mach-O binaries, Ghidra / IDA pseudo-C, ILSpy / dnSpy C#, Electron
    app.asar extracted JS, unpacked browser extensions, firmware `strings` dumps, Frida /
    objection hook scripts and logs, mitmproxy / Burp captures (.har, .http, .txt), bug-bounty
    write-ups (.md), uncompyle6 output of PyInstaller malware, il2cpp dumps.
    Providers: AWS, Google (API key, FCM legacy server key), Stripe, Twilio, SendGrid, Slack
    (bot/user tokens, incoming webhooks), Mapbox (sk.), Algolia (admin key), OpenAI, GitHub
    (ghp_ with CRC32 checksum), Telegram bot tokens, Discord webhooks, Azure Storage account
    keys, database passwords in connection strings, generic hard-coded passwords, AES keys
    (hex, ASCII, base64, Java/C byte arrays), JWT signing secrets, embedded PEM private keys.
    File types: java, smali, xml, plist, c, cs, js, json, har, txt, log, md, py, http, yml,
    properties, sh, yar, csv, h, kt, env.

USAGE
    python3 -B gen_ka.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    Everything is derived from random.Random(SEED); the output is byte-identical per seed.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Header values: only the credential ("Bearer " and the header name are not part of it).
    * URLs whose path or query carries the secret: Slack and Discord webhook URLs -> the whole
      URL (https://hooks.slack.com/services/T../B../xxx); Telegram bot API URL -> the bot token
      only; ?key= / ?access_token= query -> the key only; connection strings and
      user:password@host URLs -> the password only.
    * Key pairs (AWS access key id + secret access key; Twilio Account SID + auth token; Algolia
      app id + admin key): the secret half (secret access key / auth token / admin key).
    * Byte-array keys (Java signed decimals, C 0x.. lists): the comma-separated list of bytes
      as written on one line, without the braces.
    * PEM private keys: the first base64 line of the key body (64 characters). For keys stored
      as one-line escaped strings ("...\\nMIIE...\\n...") that line segment is on the same line
      as the BEGIN marker; for real multi-line PEM it is the line after the BEGIN marker.
    * line = 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx, TODO), empty values, masked values (****,
    [REDACTED], prefix + asterisks, truncated "sk_live_51Hq...") as written in write-ups,
    ${VAR} / {{ }} template references, op:// and vault paths, documented example keys
    (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Google's documented
    AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe, Slack's T00000000/B00000000/XXXX.. webhook,
    Stripe's sk_test_4eC39HqLyjWDarjtT1zdp7dc), and values documented as public (Stripe pk_live_,
    Mapbox pk., Algolia search-only key, Firebase web/Android apiKey, reCAPTCHA site key, Sentry
    DSN, Google OAuth client id). AES byte-array slots get all-zero arrays, PEM slots get a
    redacted body. The other 250 are domain look-alikes: R.java resource ids, smali registers and
    method signatures, proguard mapping, certificate SHA-256 pins, apksigner / keytool / codesign
    digests, DEX header checksums and signatures, malware IOC hashes (md5/sha1/sha256, imphash,
    ssdeep), YARA hex strings, AES S-box tables, GUIDs / CLSIDs, .NET PublicKeyToken and strong
    name public keys, extension manifest "key" (a public key), JWKS, PEM public keys and
    certificates, base64 images, integrity hashes, request / trace ids, il2cpp RVAs, firmware
    build ids and MAC addresses, obfuscated identifiers. No negative is written to a file named
    .env / .env.local / .env.production (slot negatives from the .env template go to .env.example).

FORMATS CHECKED (search tool, providers' docs and public pages)
    * Mapbox docs: tokens are JWT-like, three dot-separated parts, header literal pk / sk / tk,
      base64url JSON payload, signature; pk = public (client-side), sk = secret.
    * Firebase docs: "API keys for Firebase services are ok to include in code or checked-in
      config files" -> negatives.
    * Algolia docs: Admin API key must stay confidential; Search-only key is "safe to use in
      your production frontend code" -> negatives.
    * Stripe docs: pk_test_/pk_live_ publishable (safe to expose), sk_ secret, rk_ restricted.
    * AWS (devexpress page quoting AWS): access key id is 20 upper-case alphanumerics like
      AKIAIOSFODNN7EXAMPLE; secret is 40 characters.
    * Google Cloud docs: API key string example AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe (39 chars).
    * Twilio docs: Account SIDs are 34-character strings starting AC; API key SIDs start SK.
    * SendGrid docs: API keys are 69 characters long (SG.<22>.<43>).
    * Slack docs: bot tokens xoxb-, user tokens xoxp-, app tokens xapp-; webhook URL shape
      https://hooks.slack.com/services/T../B../<24>.
    * GitHub blog (via a public gist): ghp_ + 30 base62 + 6-char base62 CRC32 checksum, 40 chars.
    * OpenAI (third-party pages): sk-proj- project keys, ~160+ characters.

DOUBTS
    * FCM legacy server key shape (AAAA<7>:APA91b<134>) is from memory of real apps, not docs.
    * OpenAI key internals (the T3BlbkFJ marker, 74+74 body split) are not documented; lengths
      approximate.
    * Slack token numeric segment lengths and the 24/32-character tails are not documented.
    * Telegram bot token (<8-10 digits>:<35 chars>) and Discord webhook token length (68) are
      from observation, not checked against docs in this session.
    * GitHub base62 alphabet order (0-9A-Za-z) for the checksum is from a third-party gist.
    * Mapbox signature length (22) and payload keys ("u", "a") are from observation.
    * Google AIza keys used server-side (Gemini, YouTube Data) are treated as positives; the same
      format auto-created by Firebase in google-services.json / strings.xml is a negative, so
      the label depends on context only.
    * Twilio Account SIDs and AWS access key ids appear next to their secrets in positives; they
      are identifiers, the needle is the secret half.
"""
import json
import os
import random
import sys
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
B62 = DIG + UP + LO
PWSYM = "!@#$%^*-_+=.?"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b64url(data):
    import base64
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64std(data):
    import base64
    return base64.b64encode(data).decode()


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- secret generators
def g_aws(r):
    return rs(r, B64, 40)


def g_aws_id(r):
    return "AKIA" + rs(r, UP + "234567", 16)


def g_google(r):
    return "AIzaSy" + rs(r, B64U, 33)


def g_fcm(r):
    return "AAAA" + rs(r, B64U, 7) + ":APA91b" + rs(r, B64U, 134)


def g_stripe_sk(r):
    if r.random() < 0.6:
        return "sk_live_51" + rs(r, ALNUM, 97)
    return "sk_live_" + rs(r, ALNUM, 24)


def g_stripe_rk(r):
    return "rk_live_51" + rs(r, ALNUM, 97)


def g_whsec(r):
    return "whsec_" + rs(r, ALNUM, 32)


def g_twilio_token(r):
    return rs(r, HEX, 32)


def g_twilio_sid(r):
    return "AC" + rs(r, HEX, 32)


def g_sendgrid(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def g_slack_bot(r):
    return "xoxb-%s-%s-%s" % (rs(r, DIG, r.choice([10, 11, 12, 13])), rs(r, DIG, 13), rs(r, ALNUM, 24))


def g_slack_user(r):
    return "xoxp-%s-%s-%s-%s" % (rs(r, DIG, 12), rs(r, DIG, 12), rs(r, DIG, 13), rs(r, HEX, 32))


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DIG, r.choice([8, 10])), rs(r, UP + DIG, r.choice([8, 10])), rs(r, ALNUM, 24))


def g_discord_hook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (rs(r, "123456789", 1) + rs(r, DIG, 18), rs(r, B64U, 68))


def g_mapbox_sk(r):
    user = r.choice(["jlee", "mobileteam", "geo-ops", "acme-maps", "rideshare", "fieldapp"]) + rs(r, DIG, 2)
    pl = json.dumps({"u": user, "a": "cl" + rs(r, LO + DIG, 23)}, separators=(",", ":")).encode()
    return "sk." + b64url(pl) + "." + rs(r, B64U, 22)


def g_mapbox_pk(r):
    user = r.choice(["jlee", "mobileteam", "geo-ops", "acme-maps", "rideshare"]) + rs(r, DIG, 2)
    pl = json.dumps({"u": user, "a": "cl" + rs(r, LO + DIG, 23)}, separators=(",", ":")).encode()
    return "pk." + b64url(pl) + "." + rs(r, B64U, 22)


def g_algolia(r):
    return rs(r, HEX, 32)


def g_algolia_app(r):
    return rs(r, UP + DIG, 10)


def g_openai(r):
    if r.random() < 0.7:
        return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def g_github(r):
    body = rs(r, B62, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    s = ""
    while c:
        c, m = divmod(c, 62)
        s = B62[m] + s
    return "ghp_" + body + s.rjust(6, "0")


def g_telegram(r):
    return rs(r, "123456789", 1) + rs(r, DIG, r.choice([8, 9])) + ":AA" + rs(r, B64U, 33)


def g_jwt_secret(r):
    c = r.random()
    if c < 0.35:
        return rs(r, HEX, 64)
    if c < 0.7:
        return rs(r, ALNUM, r.choice([32, 40, 48]))
    return b64std(rbytes(r, 32))


WORDS = ["falcon", "orchid", "granite", "tundra", "maple", "cobalt", "harbor", "zephyr", "quartz", "saffron", "lynx", "ember"]


def g_password(r):
    if r.random() < 0.5:
        return r.choice(WORDS).capitalize() + r.choice(PWSYM) + rs(r, DIG, 4) + r.choice(WORDS) + rs(r, UP, 2)
    p = rs(r, ALNUM + PWSYM, r.randint(14, 22))
    return r.choice(UP) + p + r.choice(DIG) + r.choice(PWSYM)


def g_aes_hex(r):
    return rs(r, HEX, r.choice([32, 64]))


def g_aes_str(r):
    return rs(r, ALNUM, r.choice([16, 32]))


def g_aes_b64(r):
    return b64std(rbytes(r, r.choice([16, 32])))


def g_azure(r):
    return b64std(rbytes(r, 64))


def g_bytes_java(r):
    return ", ".join(str(b - 256 if b > 127 else b) for b in rbytes(r, r.choice([16, 32])))


def g_bytes_c(r):
    return ", ".join("0x%02x" % b for b in rbytes(r, r.choice([16, 32])))


def pem_body(r, kind):
    if kind == "pem_ec":
        raw = "MHcCAQEEI" + rs(r, B64, 155) + "=="
    else:
        raw = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + rs(r, B64, 1574) + "="
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


GEN = {
    "aws": g_aws, "google_key": g_google, "fcm_server": g_fcm, "stripe_sk": g_stripe_sk,
    "stripe_rk": g_stripe_rk, "stripe_whsec": g_whsec, "twilio_token": g_twilio_token,
    "sendgrid": g_sendgrid, "slack_bot": g_slack_bot, "slack_user": g_slack_user,
    "slack_webhook": g_slack_hook, "discord_webhook": g_discord_hook, "mapbox_sk": g_mapbox_sk,
    "algolia_admin": g_algolia, "openai": g_openai, "github_pat": g_github, "telegram_bot": g_telegram,
    "jwt_secret": g_jwt_secret, "password": g_password, "db_password": g_password, "aes_hex": g_aes_hex,
    "aes_str": g_aes_str, "aes_b64": g_aes_b64, "azure_storage": g_azure,
    "aes_bytes_java": g_bytes_java, "aes_bytes_c": g_bytes_c,
}

PROVIDER = {
    "aws": "aws", "google_key": "google", "fcm_server": "firebase", "stripe_sk": "stripe",
    "stripe_rk": "stripe", "stripe_whsec": "stripe", "twilio_token": "twilio", "sendgrid": "sendgrid",
    "slack_bot": "slack", "slack_user": "slack", "slack_webhook": "slack", "discord_webhook": "discord",
    "mapbox_sk": "mapbox", "algolia_admin": "algolia", "openai": "openai", "github_pat": "github",
    "telegram_bot": "telegram", "jwt_secret": "generic", "password": "generic", "db_password": "database",
    "aes_hex": "generic", "aes_str": "generic", "aes_b64": "generic", "azure_storage": "azure",
    "aes_bytes_java": "generic", "aes_bytes_c": "generic", "pem_rsa": "generic", "pem_ec": "generic",
    # public counterparts (negatives only)
    "stripe_pk": "stripe", "mapbox_pk": "mapbox", "algolia_search": "algolia", "firebase_web_key": "firebase",
    "recaptcha_site": "google", "sentry_dsn": "sentry", "google_client_id": "google", "twilio_sid": "twilio",
}

# conventional names, neutral names
NAMES = {
    "aws": (["AWS_SECRET_ACCESS_KEY", "awsSecretKey", "AWS_SECRET_KEY"], ["S3_SIGN", "uploadSecret", "bucketKey2", "c"]),
    "google_key": (["GOOGLE_API_KEY", "GEMINI_API_KEY", "YOUTUBE_API_KEY"], ["gKey", "PLACES_SRV", "apiK", "k2"]),
    "fcm_server": (["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY", "fcmServerKey"], ["PUSH_AUTH", "notifKey", "a9"]),
    "stripe_sk": (["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripeSecretKey"], ["PAYMENT_KEY", "billingToken", "PROD_KEY", "b"]),
    "stripe_rk": (["STRIPE_RESTRICTED_KEY", "STRIPE_SECRET_KEY"], ["payRk", "CHECKOUT_TOKEN", "d"]),
    "stripe_whsec": (["STRIPE_WEBHOOK_SECRET", "stripeWebhookSecret"], ["endpointSecret", "SIG_SECRET", "e"]),
    "twilio_token": (["TWILIO_AUTH_TOKEN", "twilioAuthToken"], ["SMS_PASS", "otpToken", "tw2"]),
    "sendgrid": (["SENDGRID_API_KEY", "sendgridApiKey"], ["MAIL_KEY", "smtpToken", "f"]),
    "slack_bot": (["SLACK_BOT_TOKEN", "slackBotToken"], ["CHAT_TOKEN", "notifyTok", "g"]),
    "slack_user": (["SLACK_USER_TOKEN", "SLACK_TOKEN"], ["ws_tok", "legacyToken", "h"]),
    "slack_webhook": (["SLACK_WEBHOOK_URL", "slackWebhookUrl"], ["ALERT_URL", "reportEndpoint", "u1"]),
    "discord_webhook": (["DISCORD_WEBHOOK", "discordWebhookUrl"], ["LOG_URL", "hookUrl", "u2"]),
    "mapbox_sk": (["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], ["tilesToken", "MAP_SRV_TOK", "m"]),
    "algolia_admin": (["ALGOLIA_ADMIN_KEY", "algoliaAdminApiKey"], ["INDEX_WRITE_KEY", "idxKey", "n"]),
    "openai": (["OPENAI_API_KEY", "openAiKey"], ["LLM_TOKEN", "assistantKey", "o"]),
    "github_pat": (["GITHUB_TOKEN", "GH_TOKEN", "githubToken"], ["UPDATE_FEED_TOKEN", "repoTok", "p"]),
    "telegram_bot": (["TELEGRAM_BOT_TOKEN", "BOT_TOKEN", "botToken"], ["TG", "tgt", "q"]),
    "jwt_secret": (["JWT_SECRET", "jwtSigningKey", "JWT_SIGNING_SECRET"], ["SIGN", "tokenSalt", "r"]),
    "password": (["PASSWORD", "adminPassword", "DB_PASS"], ["pwd2", "passphrase", "s", "cfgP"]),
    "db_password": (["DB_PASSWORD", "dbPassword"], ["pw", "dbp"]),
    "aes_hex": (["AES_KEY", "ENCRYPTION_KEY", "aesKey"], ["K", "mKeyHex", "t"]),
    "aes_str": (["AES_KEY", "SECRET_KEY", "encryptionKey"], ["KEY", "f4711a", "u"]),
    "aes_b64": (["AES_KEY", "CIPHER_KEY", "encKey"], ["kb", "seed64", "v"]),
    "azure_storage": (["AZURE_STORAGE_CONNECTION_STRING", "StorageConnectionString"], ["blobConn", "w"]),
    "stripe_pk": (["STRIPE_PUBLISHABLE_KEY", "stripePublishableKey"], ["PAY_PK", "pk"]),
    "mapbox_pk": (["MAPBOX_ACCESS_TOKEN", "mapboxPublicToken"], ["MAP_TOKEN", "mt"]),
    "algolia_search": (["ALGOLIA_SEARCH_KEY", "algoliaSearchOnlyKey"], ["SEARCH_KEY", "sk_search"]),
    "firebase_web_key": (["FIREBASE_API_KEY", "firebaseApiKey"], ["fbKey", "GOOGLE_APP_KEY"]),
    "recaptcha_site": (["RECAPTCHA_SITE_KEY", "recaptchaSiteKey"], ["captchaKey", "siteKey"]),
    "sentry_dsn": (["SENTRY_DSN", "sentryDsn"], ["crashUrl", "errDsn"]),
    "google_client_id": (["GOOGLE_CLIENT_ID", "googleClientId"], ["oauthClient", "webClientId"]),
    "twilio_sid": (["TWILIO_ACCOUNT_SID", "twilioAccountSid"], ["acct", "sid"]),
}
for _k in ("aes_bytes_java", "aes_bytes_c", "pem_rsa", "pem_ec"):
    NAMES[_k] = (["AES_KEY", "SECRET_KEY", "PRIVATE_KEY"], ["K", "b1", "data"])


class Ctx(object):
    def __init__(self, r, kind, neg, conv):
        self.r, self.kind, self.neg, self.conv = r, kind, neg, conv

    def name(self, style=None):
        conv, neu = NAMES.get(self.kind, (["SECRET"], ["s"]))
        n = self.r.choice(conv if self.conv else neu)
        if style == "snake":
            return snake(n)
        if style == "const":
            return self.name("snake").upper()
        if style == "camel":
            s = self.name("snake").split("_")
            return s[0] + "".join(x.capitalize() for x in s[1:])
        return n

    # companion identifiers (never secret)
    def aws_id(self):
        if self.neg:
            return self.r.choice(["AKIAIOSFODNN7EXAMPLE", "AKIA****************", "${AWS_ACCESS_KEY_ID}", "AKIAXXXXXXXXXXXXXXXX"])
        return g_aws_id(self.r)

    def twilio_sid(self):
        if self.neg and self.r.random() < 0.5:
            return "AC44CE4123947237834573457345347567"
        return g_twilio_sid(self.r)

    def algolia_app(self):
        return g_algolia_app(self.r)


def pem_lines(r, v, kind):
    """v is either a list of body lines (positive) or a placeholder string (negative)."""
    hdr = "EC PRIVATE KEY" if kind == "pem_ec" else "PRIVATE KEY"
    body = v if isinstance(v, list) else [v]
    return ["-----BEGIN %s-----" % hdr] + body + ["-----END %s-----" % hdr]


def snake(n):
    out, prev = "", ""
    for ch in n:
        if ch.isupper() and prev and (prev.islower() or prev.isdigit()):
            out += "_"
        out += ch.lower()
        prev = ch
    return out


_CUR = {}


def pkg(r):
    """One package name per generated file (reset by the driver before each file)."""
    if "pkg" not in _CUR:
        _CUR["pkg"] = _pkg(r)
    return _CUR["pkg"]


def _pkg(r):
    return r.choice(["com.fitpulse.android", "io.swiftcart.app", "com.medisync.patient", "net.parkeasy.mobile",
                     "com.loyaltyhub.rewards", "app.tinyvault.wallet", "com.quickride.driver", "com.smarthome.hubctl"])


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20))


# ---------------------------------------------------------------- kind groups / helpers
API = ["stripe_sk", "stripe_rk", "sendgrid", "slack_bot", "slack_user", "mapbox_sk", "algolia_admin", "openai",
       "github_pat", "google_key", "fcm_server", "telegram_bot", "twilio_token", "stripe_whsec"]
GS = API + ["jwt_secret", "password", "aes_str", "aes_hex", "aes_b64"]
HDRK = ["stripe_sk", "stripe_rk", "sendgrid", "slack_bot", "slack_user", "openai", "github_pat", "google_key",
        "algolia_admin", "fcm_server"]
MALW = ["telegram_bot", "discord_webhook", "slack_webhook", "password", "aes_str", "aes_hex", "github_pat"]


def hdr(c):
    k = c.kind
    if k == "google_key":
        return "x-goog-api-key", ""
    if k == "algolia_admin":
        return "X-Algolia-API-Key", ""
    if k == "fcm_server":
        return "Authorization", "key="
    return "Authorization", "Bearer "


def endpoint(c):
    return {
        "stripe_sk": "https://api.stripe.com/v1/charges", "stripe_rk": "https://api.stripe.com/v1/customers",
        "sendgrid": "https://api.sendgrid.com/v3/mail/send", "slack_bot": "https://slack.com/api/chat.postMessage",
        "slack_user": "https://slack.com/api/conversations.list", "openai": "https://api.openai.com/v1/chat/completions",
        "github_pat": "https://api.github.com/repos/%s/releases/latest" % c.r.choice(["acme-mobile/updater", "fitpulse/ota", "qr-tools/builds"]),
        "google_key": "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent",
        "algolia_admin": "https://%s-dsn.algolia.net/1/indexes/products/batch" % g_algolia_app(c.r),
        "fcm_server": "https://fcm.googleapis.com/fcm/send",
    }.get(c.kind, "https://api.example-backend.io/v2/sync")


def jpkg(r):
    return pkg(r).replace(".", "/")


POS = []


def tpl(kinds):
    def d(f):
        POS.append((f.__name__, list(kinds), f))
        return f
    return d


# ---------------------------------------------------------------- positive templates: Java (jadx / JD-GUI)
@tpl(GS)
def t_buildconfig(c, v):
    r = c.r
    p = pkg(r)
    n = c.name("const")
    lines = ["package %s;" % p, "", "/* loaded from: classes2.dex */", "public final class BuildConfig {",
             "    public static final String APPLICATION_ID = \"%s\";" % p,
             "    public static final String BUILD_TYPE = \"release\";",
             "    public static final boolean DEBUG = false;",
             "    public static final String FLAVOR = \"%s\";" % r.choice(["prod", "play", "global"]),
             "    public static final int VERSION_CODE = %d;" % r.randint(100, 9000),
             "    public static final String VERSION_NAME = \"%s\";" % ver(r)]
    extra = ["    public static final String API_BASE_URL = \"https://api.%s.com/\";" % p.split(".")[1],
             "    public static final String SENTRY_ENV = \"production\";",
             "    public static final long BUILD_TIME = %dL;" % r.randint(1600000000000, 1700000000000)]
    r.shuffle(extra)
    lines += extra[:2] + ["    public static final String %s = \"%s\";" % (n, v)] + extra[2:] + ["}", ""]
    return "sources/%s/BuildConfig.java" % p.replace(".", "/"), "\n".join(lines)


@tpl(GS)
def t_constants(c, v):
    r = c.r
    p = pkg(r)
    n = c.name("const")
    body = ["package %s.util;" % p, "", "import kotlin.Metadata;", "",
            "@Metadata(d1 = {\"\\u0000\\u0014\\n\\u0002\\u0018\\u0002\\n\\u0002\\u0010\\u0000\"}, d2 = {\"L%s/util/Constants;\", \"\", \"()V\"}, k = 1, mv = {1, 8, 0}, xi = 48)" % jpkg(r),
            "/* compiled from: Constants.kt */", "public final class Constants {",
            "    public static final Constants INSTANCE = new Constants();",
            "    public static final String PREFS_NAME = \"app_prefs\";",
            "    public static final int REQUEST_TIMEOUT = %d;" % r.choice([15, 30, 60]),
            "    public static final String %s = \"%s\";" % (n, v),
            "    public static final String SUPPORT_EMAIL = \"support@%s.com\";" % p.split(".")[1],
            "", "    private Constants() {", "    }", "}", ""]
    return "jadx-out/sources/%s/util/Constants.java" % p.replace(".", "/"), "\n".join(body)


@tpl(HDRK)
def t_okhttp_interceptor(c, v):
    r = c.r
    h, pre = hdr(c)
    cls = r.choice(["C2841a", "AuthInterceptor", "C0517b"])
    body = ["package %s.network;" % pkg(r), "", "import okhttp3.Interceptor;", "import okhttp3.Request;",
            "import okhttp3.Response;", "", "/* renamed from: %s */" % cls,
            "public final class %s implements Interceptor {" % cls, "    @Override // okhttp3.Interceptor",
            "    public Response intercept(Interceptor.Chain chain) {",
            "        Request.Builder newBuilder = chain.request().newBuilder();",
            "        newBuilder.addHeader(\"%s\", \"%s%s\");" % (h, pre, v),
            "        newBuilder.addHeader(\"Accept\", \"application/json\");",
            "        return chain.proceed(newBuilder.build());", "    }", "}", ""]
    return "decompiled/jadx/sources/%s/network/%s.java" % (jpkg(r), cls), "\n".join(body)


@tpl(["aes_str"])
def t_java_secretkeyspec(c, v):
    r = c.r
    body = ["package %s.crypto;" % pkg(r), "", "import android.util.Base64;", "import javax.crypto.Cipher;",
            "import javax.crypto.spec.IvParameterSpec;", "import javax.crypto.spec.SecretKeySpec;", "",
            "/* loaded from: classes.dex */", "public class CryptoUtil {",
            "    public static String encrypt(String str) throws Exception {",
            "        SecretKeySpec secretKeySpec = new SecretKeySpec(\"%s\".getBytes(\"UTF-8\"), \"AES\");" % v,
            "        Cipher cipher = Cipher.getInstance(\"AES/CBC/PKCS5Padding\");",
            "        cipher.init(1, secretKeySpec, new IvParameterSpec(new byte[16]));",
            "        return Base64.encodeToString(cipher.doFinal(str.getBytes()), 2);", "    }", "}", ""]
    return "re/%s/sources/%s/crypto/CryptoUtil.java" % (pkg(r), jpkg(r)), "\n".join(body)


@tpl(["aes_bytes_java"])
def t_java_bytearray(c, v):
    r = c.r
    n = c.name("const")
    body = ["package defpackage;", "", "import javax.crypto.Cipher;", "import javax.crypto.spec.SecretKeySpec;", "",
            "/* renamed from: e.a */", "/* loaded from: classes3.dex */", "public final class C1337a {",
            "    /* renamed from: a */", "    private static final byte[] %s = {%s};" % (n, v), "",
            "    /* renamed from: a */", "    public static byte[] m42a(byte[] bArr) throws Exception {",
            "        Cipher cipher = Cipher.getInstance(\"AES/ECB/PKCS5Padding\");",
            "        cipher.init(2, new SecretKeySpec(%s, \"AES\"));" % n, "        return cipher.doFinal(bArr);", "    }", "}", ""]
    return "jadx/%s/sources/defpackage/C1337a.java" % pkg(r), "\n".join(body)


@tpl(["aws"])
def t_jdgui_s3(c, v):
    r = c.r
    kid = c.aws_id()
    body = ["/*    */ package %s.upload;" % pkg(r), "/*    */ ",
            "/*    */ import com.amazonaws.auth.BasicAWSCredentials;",
            "/*    */ import com.amazonaws.services.s3.AmazonS3Client;", "/*    */ ",
            "/*    */ public class S3Uploader {", "/*    */   private AmazonS3Client client;", "/*    */ ",
            "/*    */   public S3Uploader() {",
            "/* 18 */     this.client = new AmazonS3Client(new BasicAWSCredentials(\"%s\", \"%s\"));" % (kid, v),
            "/* 19 */     this.client.setEndpoint(\"s3.%s.amazonaws.com\");" % r.choice(["us-east-1", "eu-west-1", "ap-south-1"]),
            "/*    */   }", "/*    */ }", "", "",
            "/* Location:              %s-dex2jar.jar!/%s/upload/S3Uploader.class" % (pkg(r), jpkg(r)),
            " * Java compiler version: 8 (52.0)", " * JD-Core Version:       1.1.3", " */", ""]
    return "jd-gui/%s/upload/S3Uploader.java" % jpkg(r), "\n".join(body)


@tpl(["twilio_token"])
def t_java_twilio(c, v):
    r = c.r
    sid = c.twilio_sid()
    body = ["package %s.otp;" % pkg(r), "", "import com.twilio.Twilio;", "import com.twilio.rest.api.v2010.account.Message;",
            "import com.twilio.type.PhoneNumber;", "", "/* loaded from: classes2.dex */", "public final class SmsSender {",
            "    public static void send(String to, String code) {",
            "        Twilio.init(\"%s\", \"%s\");" % (sid, v),
            "        Message.creator(new PhoneNumber(to), new PhoneNumber(\"+1%s\"), \"Your code is \" + code).create();" % rs(r, DIG, 10),
            "    }", "}", ""]
    return "apk-analysis/jadx/sources/%s/otp/SmsSender.java" % jpkg(r), "\n".join(body)


@tpl(["jwt_secret"])
def t_java_jwt(c, v):
    r = c.r
    body = ["package %s.auth;" % pkg(r), "", "import io.jsonwebtoken.Jwts;", "import io.jsonwebtoken.SignatureAlgorithm;",
            "import java.util.Date;", "", "public class TokenFactory {",
            "    public static String issue(String str) {",
            "        return Jwts.builder().setSubject(str).setIssuedAt(new Date())",
            "            .setExpiration(new Date(System.currentTimeMillis() + %dL))" % r.choice([3600000, 86400000]),
            "            .signWith(SignatureAlgorithm.HS256, \"%s\").compact();" % v, "    }", "}", ""]
    return "decompiled/%s/auth/TokenFactory.java" % jpkg(r), "\n".join(body)


@tpl(["db_password"])
def t_java_jdbc(c, v):
    r = c.r
    host = r.choice(["10.0.3.12", "db-prod.internal", "mysql.%s.lan" % r.choice(["corp", "ops"])])
    body = ["package %s.data;" % pkg(r), "", "import java.sql.Connection;", "import java.sql.DriverManager;", "",
            "/* compiled from: DbHelper.java */", "public class DbHelper {",
            "    public static Connection open() throws Exception {",
            "        Class.forName(\"com.mysql.jdbc.Driver\");",
            "        return DriverManager.getConnection(\"jdbc:mysql://%s:3306/%s\", \"%s\", \"%s\");" % (host, r.choice(["loyalty", "orders", "app"]), r.choice(["root", "app_rw", "svc_mobile"]), v),
            "    }", "}", ""]
    return "jadx/sources/%s/data/DbHelper.java" % jpkg(r), "\n".join(body)


@tpl(["google_key", "mapbox_sk"])
def t_java_retrofit_url(c, v):
    r = c.r
    if c.kind == "google_key":
        url = "https://www.googleapis.com/youtube/v3/search?part=snippet&maxResults=25&key=%s" % v
    else:
        url = "https://api.mapbox.com/uploads/v1/%s?access_token=%s" % (r.choice(["fieldapp", "geo-ops"]), v)
    body = ["package %s.api;" % pkg(r), "", "import p041b.C0963a;", "", "/* loaded from: classes.dex */",
            "public final class C0871c {", "    /* renamed from: a */",
            "    public static final String f2210a = \"%s\";" % url, "", "    /* renamed from: b */",
            "    public static final int f2211b = 20;", "}", ""]
    return "jadx-gui/sources/%s/api/C0871c.java" % jpkg(r), "\n".join(body)


@tpl(GS)
def t_kotlin_companion(c, v):
    r = c.r
    n = c.name("const")
    body = ["package %s.di;" % pkg(r), "", "import kotlin.jvm.internal.DefaultConstructorMarker;",
            "import kotlin.jvm.internal.Intrinsics;", "", "/* compiled from: NetworkModule.kt */",
            "public final class NetworkModule {", "    public static final Companion Companion = new Companion(null);",
            "    private static final String %s = \"%s\";" % (n, v),
            "    private static final String TAG = \"NetworkModule\";", "",
            "    public final String provideKey(String str) {", "        Intrinsics.checkNotNullParameter(str, \"env\");",
            "        return %s;" % n, "    }", "", "    public static final class Companion {",
            "        public /* synthetic */ Companion(DefaultConstructorMarker defaultConstructorMarker) {",
            "            this();", "        }", "", "        private Companion() {", "        }", "    }", "}", ""]
    return "out/jadx/%s/sources/%s/di/NetworkModule.java" % (pkg(r).split(".")[1], jpkg(r)), "\n".join(body)


# ---------------------------------------------------------------- smali
@tpl(GS)
def t_smali_sput(c, v):
    r = c.r
    cls = "L%s/a/b;" % jpkg(r)
    n = c.name("camel")
    body = [".class public final Lcom/a/b;".replace("Lcom/a/b;", cls), ".super Ljava/lang/Object;", ".source \"SourceFile\"", "",
            "# static fields", ".field public static %s:Ljava/lang/String;" % n, "", "",
            "# direct methods", ".method static constructor <clinit>()V", "    .locals 1", "",
            "    const-string v0, \"%s\"" % v, "", "    sput-object v0, %s->%s:Ljava/lang/String;" % (cls, n), "",
            "    return-void", ".end method", ""]
    return "apktool/%s/smali_classes2/%s/a/b.smali" % (pkg(r), jpkg(r)), "\n".join(body)


@tpl(HDRK)
def t_smali_header(c, v):
    r = c.r
    h, pre = hdr(c)
    body = [".method public intercept(Lokhttp3/Interceptor$Chain;)Lokhttp3/Response;", "    .locals 3", "",
            "    invoke-interface {p1}, Lokhttp3/Interceptor$Chain;->request()Lokhttp3/Request;", "",
            "    move-result-object v0", "",
            "    invoke-virtual {v0}, Lokhttp3/Request;->newBuilder()Lokhttp3/Request$Builder;", "",
            "    move-result-object v0", "", "    const-string v1, \"%s\"" % h, "",
            "    const-string v2, \"%s%s\"" % (pre, v), "",
            "    invoke-virtual {v0, v1, v2}, Lokhttp3/Request$Builder;->addHeader(Ljava/lang/String;Ljava/lang/String;)Lokhttp3/Request$Builder;",
            "", "    move-result-object v0", "", "    invoke-virtual {v0}, Lokhttp3/Request$Builder;->build()Lokhttp3/Request;", "",
            "    move-result-object v0", "",
            "    invoke-interface {p1, v0}, Lokhttp3/Interceptor$Chain;->proceed(Lokhttp3/Request;)Lokhttp3/Response;", "",
            "    move-result-object p1", "", "    return-object p1", ".end method", ""]
    head = [".class public final L%s/net/HeaderInterceptor;" % jpkg(r), ".super Ljava/lang/Object;",
            ".source \"HeaderInterceptor.kt\"", "", "# interfaces", ".implements Lokhttp3/Interceptor;", "", "",
            "# virtual methods"]
    return "apktool-out/smali/%s/net/HeaderInterceptor.smali" % jpkg(r), "\n".join(head + body)


@tpl(GS)
def t_smali_field(c, v):
    r = c.r
    n = c.name("const")
    body = [".class public final L%s/BuildConfig;" % jpkg(r), ".super Ljava/lang/Object;", ".source \"BuildConfig.java\"", "",
            "# static fields", ".field public static final APPLICATION_ID:Ljava/lang/String; = \"%s\"" % pkg(r), "",
            ".field public static final BUILD_TYPE:Ljava/lang/String; = \"release\"", "",
            ".field public static final DEBUG:Z = false", "",
            ".field public static final %s:Ljava/lang/String; = \"%s\"" % (n, v), "",
            ".field public static final VERSION_CODE:I = 0x%x" % r.randint(100, 4000), "",
            ".field public static final VERSION_NAME:Ljava/lang/String; = \"%s\"" % ver(r), ""]
    return "smali/%s/BuildConfig.smali" % jpkg(r), "\n".join(body)


@tpl(["aes_hex", "aes_str"])
def t_smali_cipher(c, v):
    r = c.r
    body = [".method public static decrypt(Ljava/lang/String;)Ljava/lang/String;", "    .locals 4", "",
            "    new-instance v0, Ljavax/crypto/spec/SecretKeySpec;", "",
            "    const-string v1, \"%s\"" % v, "",
            "    invoke-static {v1}, L%s/util/Hex;->decode(Ljava/lang/String;)[B" % jpkg(r), "", "    move-result-object v1", "",
            "    const-string v2, \"AES\"", "",
            "    invoke-direct {v0, v1, v2}, Ljavax/crypto/spec/SecretKeySpec;-><init>([BLjava/lang/String;)V", "",
            "    const-string v1, \"AES/GCM/NoPadding\"", "",
            "    invoke-static {v1}, Ljavax/crypto/Cipher;->getInstance(Ljava/lang/String;)Ljavax/crypto/Cipher;", "",
            "    move-result-object v1", "", "    const/4 v3, 0x2", "", "    return-object p0", ".end method", ""]
    return "baksmali/out/%s/c/C0342d.smali" % jpkg(r), "\n".join([".class public Lc/d;", ".super Ljava/lang/Object;", ""] + body)


# ---------------------------------------------------------------- apktool XML
@tpl(GS + ["slack_webhook", "discord_webhook"])
def t_strings_xml(c, v):
    r = c.r
    n = c.name("snake")
    items = ["    <string name=\"abc_action_bar_home_description\">Navigate home</string>",
             "    <string name=\"app_name\">%s</string>" % r.choice(["FitPulse", "SwiftCart", "ParkEasy", "TinyVault"]),
             "    <string name=\"default_web_client_id\">%s-%s.apps.googleusercontent.com</string>" % (rs(r, DIG, 12), rs(r, LO + DIG, 32)),
             "    <string name=\"gcm_defaultSenderId\">%s</string>" % rs(r, DIG, 12),
             "    <string name=\"hint_email\">Email address</string>",
             "    <string name=\"project_id\">%s-%s</string>" % (r.choice(["fitpulse", "swiftcart", "parkeasy"]), rs(r, DIG, 5))]
    items.insert(r.randint(2, len(items)), "    <string name=\"%s\">%s</string>" % (n, v))
    return "apktool/%s/res/values/strings.xml" % pkg(r), "\n".join(["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>"] + items + ["</resources>", ""])


@tpl(API)
def t_manifest_meta(c, v):
    r = c.r
    p = pkg(r)
    n = c.name("const")
    body = ["<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>",
            "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" android:compileSdkVersion=\"34\" package=\"%s\" platformBuildVersionCode=\"34\">" % p,
            "    <uses-permission android:name=\"android.permission.INTERNET\"/>",
            "    <uses-permission android:name=\"android.permission.ACCESS_NETWORK_STATE\"/>",
            "    <application android:allowBackup=\"false\" android:icon=\"@mipmap/ic_launcher\" android:label=\"@string/app_name\" android:name=\"%s.App\">" % p,
            "        <meta-data android:name=\"com.google.android.gms.version\" android:value=\"@integer/google_play_services_version\"/>",
            "        <meta-data android:name=\"%s.%s\" android:value=\"%s\"/>" % (p, n, v),
            "        <activity android:exported=\"true\" android:name=\"%s.ui.MainActivity\">" % p,
            "            <intent-filter>", "                <action android:name=\"android.intent.action.MAIN\"/>",
            "                <category android:name=\"android.intent.category.LAUNCHER\"/>", "            </intent-filter>",
            "        </activity>", "    </application>", "</manifest>", ""]
    return "apktool-decoded/%s/AndroidManifest.xml" % p, "\n".join(body)


@tpl(["azure_storage"])
def t_dotnet_appconfig(c, v):
    r = c.r
    acct = r.choice(["fitpulseprod", "invoicestore01", "telemetryblob", "mobilebackups"])
    body = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <startup>",
            "    <supportedRuntime version=\"v4.0\" sku=\".NETFramework,Version=v4.7.2\" />", "  </startup>", "  <appSettings>",
            "    <add key=\"UpdateChannel\" value=\"stable\" />",
            "    <add key=\"BlobConnection\" value=\"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\" />" % (acct, v),
            "    <add key=\"LogLevel\" value=\"Warning\" />", "  </appSettings>", "</configuration>", ""]
    return "dnspy-export/%s/%s.exe.config" % (acct, r.choice(["Updater", "SyncAgent", "Launcher"])), "\n".join(body)


@tpl(["password", "db_password"])
def t_assets_config_xml(c, v):
    r = c.r
    body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<config>",
            "  <server host=\"%s\" port=\"%d\" tls=\"true\"/>" % (r.choice(["mqtt.iot-hub.net", "broker.smarthome.io", "10.20.0.5"]), r.choice([8883, 1883, 443])),
            "  <auth user=\"%s\" password=\"%s\"/>" % (r.choice(["device", "hubctl", "admin"]), v),
            "  <retry count=\"5\" backoff=\"2000\"/>", "</config>", ""]
    return "apktool/%s/assets/config.xml" % pkg(r), "\n".join(body)


# ---------------------------------------------------------------- iOS
@tpl(GS)
def t_info_plist(c, v):
    r = c.r
    n = c.name()
    app = r.choice(["FitPulse", "SwiftCart", "ParkEasy", "TinyVault"])
    body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
            "<plist version=\"1.0\">", "<dict>", "\t<key>CFBundleDisplayName</key>", "\t<string>%s</string>" % app,
            "\t<key>CFBundleIdentifier</key>", "\t<string>com.%s.ios</string>" % app.lower(),
            "\t<key>CFBundleShortVersionString</key>", "\t<string>%s</string>" % ver(r),
            "\t<key>%s</key>" % n, "\t<string>%s</string>" % v,
            "\t<key>LSRequiresIPhoneOS</key>", "\t<true/>", "\t<key>UIRequiredDeviceCapabilities</key>", "\t<array>",
            "\t\t<string>arm64</string>", "\t</array>", "</dict>", "</plist>", ""]
    return "ipa/Payload/%s.app/Info.plist" % app, "\n".join(body)


@tpl(API + ["password", "jwt_secret"])
def t_config_plist(c, v):
    r = c.r
    n = c.name()
    body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<plist version=\"1.0\">", "<dict>", "\t<key>Environment</key>",
            "\t<string>production</string>", "\t<key>BaseURL</key>", "\t<string>https://api.%s.io/v3</string>" % r.choice(["parkeasy", "medisync", "loyaltyhub"]),
            "\t<key>Services</key>", "\t<dict>", "\t\t<key>%s</key>" % n, "\t\t<string>%s</string>" % v, "\t</dict>",
            "\t<key>EnableAnalytics</key>", "\t<true/>", "</dict>", "</plist>", ""]
    return "extracted/Payload/App.app/%s.plist" % r.choice(["Config", "Keys", "Environment"]), "\n".join(body)


@tpl(API + ["slack_webhook", "discord_webhook", "password"])
def t_macho_strings(c, v):
    r = c.r
    app = r.choice(["FitPulse", "SwiftCart", "ParkEasy"])
    pre = ["$ strings -a -n 8 Payload/%s.app/%s | grep -v '^_' | head -n 40" % (app, app),
           "@(#)PROGRAM:%s  PROJECT:%s-%d" % (app, app, r.randint(100, 900)), "NSURLSessionConfiguration",
           "application/json", "Content-Type", "T@\"NSString\",C,N,V_baseURL", "https://api.%s.io/v2/" % app.lower(),
           "com.apple.security.application-groups", "v16@0:8", "@\"NSDictionary\""]
    post = ["Authorization", "initWithBase64EncodedString:options:", "dataTaskWithRequest:completionHandler:", "_TtC%d%s14APIClient" % (len(app), app),
            "Could not decode response: %@", "SELECT * FROM cache WHERE key = ?", ""]
    lines = pre + [v] + post
    return "notes/%s-ios/strings_%s.txt" % (app.lower(), app.lower()), "\n".join(lines)


# ---------------------------------------------------------------- Ghidra / IDA pseudo-C
@tpl(HDRK)
def t_ghidra_curl(c, v):
    r = c.r
    h, pre = hdr(c)
    f = "FUN_%08x" % r.randrange(0x401000, 0x4fffff)
    body = ["", "/* WARNING: Globals starting with '_' overlap smaller symbols at the same address */", "",
            "undefined8 %s(undefined8 param_1,char *param_2)" % f, "", "{", "  long lVar1;", "  undefined8 uVar2;",
            "  long local_20;", "  ", "  lVar1 = curl_easy_init();", "  if (lVar1 == 0) {", "    return 0xffffffff;", "  }",
            "  local_20 = 0;", "  local_20 = curl_slist_append(0,\"Content-Type: application/json\");",
            "  local_20 = curl_slist_append(local_20,\"%s: %s%s\");" % (h, pre, v),
            "  curl_easy_setopt(lVar1,0x2712,\"%s\");" % endpoint(c), "  curl_easy_setopt(lVar1,0x2727,local_20);",
            "  curl_easy_setopt(lVar1,0x271f,param_2);", "  uVar2 = curl_easy_perform(lVar1);",
            "  curl_slist_free_all(local_20);", "  curl_easy_cleanup(lVar1);", "  return uVar2;", "}", ""]
    return "ghidra/exports/%s/%s.c" % (r.choice(["agentd", "telemetry_bin", "updater"]), f), "\n".join(body)


@tpl(["password"])
def t_ida_strcmp(c, v):
    r = c.r
    fn = "sub_%X" % r.randrange(0x140001000, 0x14002ffff)
    body = ["// IDA Pro 8.3 Hex-Rays decompiler output", "", "__int64 __fastcall %s(const char *a1)" % fn, "{", "  int v2; // eax",
            "  char Buffer[64]; // [rsp+20h] [rbp-48h] BYREF", "", "  if ( !a1 )", "    return 0i64;",
            "  if ( !strcmp(a1, \"%s\") )" % v, "  {", "    sub_140001A30(\"[+] maintenance mode unlocked\\n\");",
            "    v2 = sub_140002B10(1i64);", "    return v2 != 0;", "  }", "  sprintf_s(Buffer, 0x40ui64, \"bad pin %s\", a1);",
            "  sub_140001A30(Buffer);", "  return 0i64;", "}", ""]
    return "ida/%s/%s.c" % (r.choice(["router_fw", "kiosk_app", "svc_host"]), fn.lower()), "\n".join(body)


@tpl(["aes_bytes_c"])
def t_ida_aeskey(c, v):
    r = c.r
    body = ["/* Hex-Rays export: libnative-lib.so */", "#include <defs.h>", "",
            "// .rodata:%08X" % r.randrange(0x1000, 0xfffff),
            "unsigned char byte_%X[%d] = { %s };" % (r.randrange(0x30000, 0x3ffff), v.count(",") + 1, v), "",
            "//----- (%08X) ----------------------------------------------------" % r.randrange(0x10000, 0x2ffff),
            "__int64 __fastcall Java_%s_NativeLib_decrypt(JNIEnv *a1, __int64 a2, __int64 a3)" % pkg(r).replace(".", "_"),
            "{", "  AES_KEY v6; // [sp+10h] [bp-100h] BYREF", "", "  AES_set_decrypt_key(byte_%X, 256, &v6);" % r.randrange(0x30000, 0x3ffff),
            "  return sub_2A3C0(a1, a3, &v6);", "}", ""]
    return "ida/libnative-lib/%s.c" % r.choice(["decrypt", "jni_exports", "crypto"]), "\n".join(body)


@tpl(["db_password"])
def t_ghidra_connstr(c, v):
    r = c.r
    user = r.choice(["admin", "collector", "svc_ingest"])
    host = r.choice(["cluster0.%s.mongodb.net" % rs(r, LO + DIG, 5), "10.10.4.20:27017", "db.c2panel.top:27017"])
    body = ["", "void main_initStore(void)", "", "{", "  undefined8 uVar1;", "  undefined *local_18;", "  ",
            "  local_18 = &DAT_00a41c20;",
            "  uVar1 = mongo_Connect(\"mongodb://%s:%s@%s/%s?authSource=admin\",0x%x);" % (user, v, host, r.choice(["loot", "victims", "telemetry"]), r.randint(60, 120)),
            "  runtime_newobject(&DAT_009f2e40);", "  FUN_00412f60(uVar1);", "  return;", "}", ""]
    return "ghidra/%s/main_initStore.c" % r.choice(["stealer_go_sample", "bot_linux_amd64"]), "\n".join(body)


@tpl(MALW + ["openai", "sendgrid"])
def t_ghidra_listing(c, v):
    r = c.r
    base = r.randrange(0x4a0000, 0x4bffff) & ~0xf
    rows = ["                             //", "                             // .rdata ", "                             //", ""]
    strs = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "%APPDATA%\\\\Microsoft\\\\Windows", v, "Local State", "\\\\Login Data"]
    for i, s in enumerate(strs):
        a = base + i * 0x60
        rows.append("                             s_%s_%08x   XREF[1]:     FUN_%08x:%08x(*)  " % (rs(r, ALNUM, 6), a, base - 0x9000, base - 0x8f00 + i * 4))
        rows.append("        %08x %02x %02x %02x    ds       \"%s\"" % (a, r.randrange(256), r.randrange(256), r.randrange(256), s))
        rows.append("")
    return "ghidra/listing/%s_rdata.txt" % r.choice(["sample_7f3a", "dropper", "stealer"]), "\n".join(rows)


# ---------------------------------------------------------------- .NET (ILSpy / dnSpy)
@tpl(GS)
def t_ilspy_const(c, v):
    r = c.r
    n = c.name()
    ns = r.choice(["SyncAgent.Core", "Launcher.Services", "InvoiceTool.Api"])
    body = ["// %s, Version=%s.0, Culture=neutral, PublicKeyToken=null" % (ns.split(".")[0], ver(r)),
            "// %s.Settings" % ns, "using System;", "", "namespace %s" % ns, "{", "\tinternal static class Settings", "\t{",
            "\t\tpublic const string ProductName = \"%s\";" % ns.split(".")[0],
            "\t\tpublic const string %s = \"%s\";" % (n, v),
            "\t\tpublic static readonly TimeSpan Timeout = TimeSpan.FromSeconds(%d.0);" % r.choice([30, 45, 90]),
            "\t}", "}", ""]
    return "ilspy/%s/%s/Settings.cs" % (ns.split(".")[0], ns), "\n".join(body)


@tpl(["sendgrid", "password"])
def t_dnspy_smtp(c, v):
    r = c.r
    if c.kind == "sendgrid":
        host, user = "smtp.sendgrid.net", "apikey"
    else:
        host, user = r.choice(["smtp.office365.com", "smtp.gmail.com", "mail.%s.com" % r.choice(["contoso-logs", "acme"])]), "reports@%s.com" % r.choice(["acme", "contoso-logs"])
    body = ["using System.Net;", "using System.Net.Mail;", "", "namespace Stub", "{", "\tpublic static class Mailer", "\t{",
            "\t\tpublic static void Send(string subject, string body)", "\t\t{",
            "\t\t\tusing (SmtpClient smtpClient = new SmtpClient(\"%s\", 587))" % host, "\t\t\t{", "\t\t\t\tsmtpClient.EnableSsl = true;",
            "\t\t\t\tsmtpClient.Credentials = new NetworkCredential(\"%s\", \"%s\");" % (user, v),
            "\t\t\t\tsmtpClient.Send(new MailMessage(\"%s\", \"%s\", subject, body));" % (user if "@" in user else "noreply@acme.com", "ops@acme.com"),
            "\t\t\t}", "\t\t}", "\t}", "}", ""]
    return "dnspy/%s/Stub/Mailer.cs" % r.choice(["sample_4b1c", "keylogger_x", "Updater"]), "\n".join(body)


@tpl(["azure_storage"])
def t_cs_cloudstorage(c, v):
    r = c.r
    acct = r.choice(["backupsvc01", "crashdumps", "mediacache7"])
    body = ["using Microsoft.WindowsAzure.Storage;", "using Microsoft.WindowsAzure.Storage.Blob;", "", "internal class BlobSink", "{",
            "\tprivate readonly CloudBlobContainer _container;", "", "\tpublic BlobSink()", "\t{",
            "\t\tCloudStorageAccount account = CloudStorageAccount.Parse(\"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\");" % (acct, v),
            "\t\t_container = account.CreateCloudBlobClient().GetContainerReference(\"%s\");" % r.choice(["uploads", "dumps"]),
            "\t}", "}", ""]
    return "ilspy-out/%s/BlobSink.cs" % acct, "\n".join(body)


@tpl(["telegram_bot", "discord_webhook"])
def t_cs_stealer_config(c, v):
    r = c.r
    n = c.name()
    body = ["// Decompiled with ILSpy (sample sha256 prefix %s)" % rs(r, HEX, 12), "namespace Stealer", "{",
            "\tpublic static class Config", "\t{", "\t\tpublic static string %s = \"%s\";" % (n, v),
            "\t\tpublic static string ChatId = \"%s\";" % ("-100" + rs(r, DIG, 10)),
            "\t\tpublic static bool AntiVM = true;", "\t\tpublic static string Mutex = \"%s\";" % rs(r, ALNUM, 16),
            "\t\tpublic static string[] Grabber = new string[3] { \"*.txt\", \"*.kdbx\", \"wallet.dat\" };", "\t}", "}", ""]
    return "malware/%s/ilspy/Config.cs" % r.choice(["redline_like", "sample_09", "ta_stealer"]), "\n".join(body)


@tpl(["aes_b64"])
def t_cs_rijndael(c, v):
    r = c.r
    body = ["using System;", "using System.Security.Cryptography;", "", "internal static class Crypt", "{",
            "\tpublic static byte[] Decrypt(byte[] data)", "\t{", "\t\tusing (RijndaelManaged rijndaelManaged = new RijndaelManaged())",
            "\t\t{", "\t\t\trijndaelManaged.Key = Convert.FromBase64String(\"%s\");" % v,
            "\t\t\trijndaelManaged.IV = new byte[16];", "\t\t\trijndaelManaged.Mode = CipherMode.CBC;",
            "\t\t\treturn rijndaelManaged.CreateDecryptor().TransformFinalBlock(data, 0, data.Length);", "\t\t}", "\t}", "}", ""]
    return "dnspy-export/%s/Crypt.cs" % r.choice(["AsyncClient", "loader", "payload2"]), "\n".join(body)


# ---------------------------------------------------------------- Electron / extensions / RN JS
@tpl(["openai"])
def t_electron_openai(c, v):
    r = c.r
    body = ["'use strict';", "const { app, BrowserWindow, ipcMain } = require('electron');", "const path = require('path');",
            "const OpenAI = require('openai');", "", "const client = new OpenAI({ apiKey: '%s' });" % v, "",
            "ipcMain.handle('ask', async (_e, prompt) => {", "  const res = await client.chat.completions.create({",
            "    model: '%s'," % r.choice(["gpt-4o-mini", "gpt-4o", "gpt-3.5-turbo"]), "    messages: [{ role: 'user', content: prompt }],",
            "  });", "  return res.choices[0].message.content;", "});", "",
            "app.whenReady().then(() => {", "  const win = new BrowserWindow({ width: 1024, height: 720,",
            "    webPreferences: { preload: path.join(__dirname, 'preload.js') } });", "  win.loadFile('index.html');", "});", ""]
    return "asar-extracted/%s/main.js" % r.choice(["ai-notes", "desk-assistant", "promptpad"]), "\n".join(body)


@tpl(GS)
def t_webpack_bundle(c, v):
    r = c.r
    n = c.name("camel")
    line = ("(self.webpackChunkapp=self.webpackChunkapp||[]).push([[%d],{%d:(e,t,n)=>{\"use strict\";n.d(t,{Z:()=>o});"
            "const o={env:\"production\",apiBase:\"https://api.%s.com/v1\",%s:\"%s\",retry:3,timeoutMs:%d}}}]);"
            % (r.randint(100, 999), r.randint(1000, 99999), r.choice(["swiftcart", "medisync", "loyaltyhub"]), n, v, r.choice([8000, 15000])))
    body = ["/*! For license information please see %d.%s.js.LICENSE.txt */" % (r.randint(100, 999), rs(r, HEX, 8)), line,
            "//# sourceMappingURL=%s.js.map" % rs(r, HEX, 8), ""]
    return "unpacked/resources/app/dist/static/js/%d.%s.chunk.js" % (r.randint(100, 999), rs(r, HEX, 8)), "\n".join(body)


@tpl(["google_key", "mapbox_sk", "telegram_bot"])
def t_extension_fetch(c, v):
    r = c.r
    if c.kind == "google_key":
        url = "`https://translation.googleapis.com/language/translate/v2?key=%s&target=${lang}`" % v
    elif c.kind == "mapbox_sk":
        url = "`https://api.mapbox.com/datasets/v1/%s?access_token=%s`" % (r.choice(["geo-ops", "fieldapp"]), v)
    else:
        url = "`https://api.telegram.org/bot%s/sendMessage?chat_id=%s&text=${encodeURIComponent(msg)}`" % (v, rs(r, DIG, 9))
    body = ["// background.js (unpacked from %s.crx, manifest_version 3)" % rs(r, "abcdefghijklmnop", 32),
            "chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {", "  const lang = msg.lang || 'en';",
            "  fetch(%s)" % url, "    .then((r) => r.json())", "    .then((data) => sendResponse({ ok: true, data }))",
            "    .catch((err) => sendResponse({ ok: false, err: String(err) }));", "  return true;", "});", ""]
    return "extensions/%s/background.js" % r.choice(["quick-translate", "tab-sync", "price-tracker"]), "\n".join(body)


@tpl(["slack_webhook", "discord_webhook"])
def t_extension_config_js(c, v):
    r = c.r
    n = c.name("const")
    body = ["// content/config.js", "export const CONFIG = {", "  VERSION: '%s'," % ver(r), "  POLL_INTERVAL_MS: 60000,",
            "  %s: '%s'," % (n, v), "  SELECTORS: { price: '.a-price-whole', title: '#productTitle' },", "};", ""]
    return "unpacked-crx/%s/content/config.js" % r.choice(["deal-watch", "session-helper", "shop-assist"]), "\n".join(body)


@tpl(["stripe_sk", "stripe_rk"])
def t_node_stripe_positional(c, v):
    r = c.r
    body = ["\"use strict\";", "Object.defineProperty(exports, \"__esModule\", { value: true });",
            "const stripe_1 = require(\"stripe\");", "const stripe = new stripe_1.default(\"%s\", { apiVersion: \"2023-10-16\" });" % v,
            "async function createCheckout(items) {", "    return stripe.checkout.sessions.create({", "        mode: \"payment\",",
            "        line_items: items,", "        success_url: \"app://checkout/success\",", "    });", "}",
            "exports.createCheckout = createCheckout;", ""]
    return "asar/%s/dist/payments.js" % r.choice(["pos-desktop", "shopdesk"]), "\n".join(body)


@tpl(["db_password"])
def t_electron_mongo(c, v):
    r = c.r
    user = r.choice(["appuser", "desk", "sync"])
    body = ["const mongoose = require('mongoose');", "",
            "const URI = 'mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority';" % (user, v, rs(r, LO + DIG, 5), r.choice(["notes", "prod"])),
            "", "module.exports = async function connect() {", "  await mongoose.connect(URI, { serverSelectionTimeoutMS: 5000 });",
            "  return mongoose.connection;", "};", ""]
    return "app.asar.unpacked/src/db/connect.js" , "\n".join(body)


@tpl(GS)
def t_rn_bundle(c, v):
    r = c.r
    mod = r.randint(100, 999)
    body = ["__d(function(g,r,i,a,m,e,d){Object.defineProperty(e,\"__esModule\",{value:!0}),e.default=void 0;"
            "var t={API_URL:\"https://api.%s.com\",%s:\"%s\",SENTRY_ENABLED:!0};e.default=t},%d,[]);"
            % (r.choice(["quickride", "parkeasy"]), c.name("const"), v, mod),
            "__d(function(g,r,i,a,m,e,d){var n=r(d[0]);e.fetchJson=function(u){return fetch(n.default.API_URL+u)}},%d,[%d]);" % (mod + 1, mod), ""]
    return "apktool/%s/assets/index.android.bundle" % pkg(r), "\n".join(body)


# ---------------------------------------------------------------- strings dumps (firmware / PE)
@tpl(["password", "db_password", "aws", "jwt_secret"])
def t_firmware_strings(c, v):
    r = c.r
    if c.kind == "aws":
        kv = ["aws_access_key_id=%s" % c.aws_id(), "aws_secret_access_key=%s" % v]
    elif c.kind == "jwt_secret":
        kv = ["jwt_secret=%s" % v]
    else:
        kv = [r.choice(["mqtt_password=", "http_passwd=", "cloud_pass=", "wifi_ap_psk="]) + v]
    lines = ["$ strings -n 6 squashfs-root/usr/bin/%s | less" % r.choice(["cloudd", "ipcam_main", "hubagent"]),
             "/lib/ld-uClibc.so.0", "libcrypto.so.1.0.0", "BusyBox v1.%d.%d" % (r.randint(20, 36), r.randint(0, 4)),
             "GET /cgi-bin/status.cgi HTTP/1.1", "mqtt_host=iot.%s.com" % r.choice(["vendorcloud", "smarthub"]),
             "mqtt_user=dev_%s" % rs(r, HEX, 8)] + kv + ["/etc/config/network", "firmware_version=%s" % ver(r),
                                                         "Upgrade failed: %s", ""]
    return "firmware/%s/strings_%s.txt" % (r.choice(["ipcam_v2", "router_ax18", "hub_1.4"]), r.choice(["cloudd", "main"])), "\n".join(lines)


@tpl(["pem_rsa", "pem_ec"])
def t_firmware_pem(c, v):
    r = c.r
    lines = ["$ binwalk -e fw_%s.bin && cat _fw.extracted/squashfs-root/etc/ssl/private/device.key" % ver(r).replace(".", "_"), ""]
    lines += pem_lines(r, v, c.kind) + [""]
    return "firmware/%s/extracted/device.key.txt" % r.choice(["cam_x1", "nvr_4ch", "ax_router"]), "\n".join(lines)


@tpl(["pem_rsa"])
def t_java_embedded_pem(c, v):
    r = c.r
    if isinstance(v, list):
        s = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(v) + "\\n-----END PRIVATE KEY-----"
    else:
        s = "-----BEGIN PRIVATE KEY-----\\n" + v + "\\n-----END PRIVATE KEY-----"
    body = ["package %s.security;" % pkg(r), "", "import java.security.KeyFactory;", "import java.security.spec.PKCS8EncodedKeySpec;", "",
            "/* loaded from: classes.dex */", "public final class ClientCert {",
            "    private static final String KEY_PEM = \"%s\";" % s, "",
            "    public static byte[] der() {", "        return android.util.Base64.decode(KEY_PEM.replace(\"-----BEGIN PRIVATE KEY-----\", \"\").replace(\"-----END PRIVATE KEY-----\", \"\").replace(\"\\n\", \"\"), 0);",
            "    }", "}", ""]
    return "jadx/sources/%s/security/ClientCert.java" % jpkg(r), "\n".join(body)


@tpl(["pem_rsa", "pem_ec"])
def t_apk_asset_pem(c, v):
    r = c.r
    return "apktool/%s/assets/certs/%s" % (pkg(r), r.choice(["client.pem", "mtls_key.pem", "signing.key"])), "\n".join(pem_lines(r, v, c.kind) + [""])


@tpl(["telegram_bot", "discord_webhook", "slack_webhook"])
def t_pe_strings(c, v):
    r = c.r
    if c.kind == "telegram_bot":
        s = "https://api.telegram.org/bot%s/sendDocument" % v
    else:
        s = v
    lines = ["# FLOSS / strings output, sample %s" % rs(r, HEX, 64), "!This program cannot be run in DOS mode.", ".text", "`.rdata",
             "@.data", "GetProcAddress", "VirtualAlloc", "CreateMutexW", "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
             s, "multipart/form-data; boundary=----%s" % rs(r, ALNUM, 16), "\\Google\\Chrome\\User Data\\Default\\Login Data",
             "SELECT origin_url, username_value, password_value FROM logins", ""]
    return "samples/%s/strings.txt" % rs(r, HEX, 16), "\n".join(lines)


# ---------------------------------------------------------------- Frida / objection / logcat / mitm
@tpl(["aes_hex"])
def t_frida_log(c, v):
    r = c.r
    lines = ["$ frida -U -f %s -l hook_crypto.js" % pkg(r), "     ____", "    / _  |   Frida 16.%d.%d - A world-class dynamic instrumentation toolkit" % (r.randint(0, 5), r.randint(0, 9)),
             "   | (_| |", "", "Spawned `%s`. Resuming main thread!" % pkg(r), "[+] Cipher.getInstance(AES/CBC/PKCS5Padding)",
             "[+] SecretKeySpec(<key>, AES)", "    key (hex): %s" % v, "    iv  (hex): %s" % ("00" * 16),
             "[+] doFinal input len=%d" % r.randint(30, 900), "[+] doFinal output: {\"status\":\"ok\",\"items\":%d}" % r.randint(0, 40), ""]
    return "frida/%s/session.log" % pkg(r), "\n".join(lines)


@tpl(HDRK)
def t_objection_log(c, v):
    r = c.r
    h, pre = hdr(c)
    lines = ["%s on (google: 13) [usb] # android hooking watch class_method okhttp3.Request$Builder.addHeader --dump-args" % pkg(r),
             "(agent) Attempting to watch class okhttp3.Request$Builder and method addHeader.",
             "(agent) Hooking okhttp3.Request$Builder.addHeader(java.lang.String, java.lang.String)",
             "(agent) Registering job %d. Type: watch-method for: okhttp3.Request$Builder.addHeader" % r.randint(100000, 999999),
             "(agent) [%d] Called okhttp3.Request$Builder.addHeader(java.lang.String, java.lang.String)" % r.randint(100000, 999999),
             "(agent) [%d] Arguments okhttp3.Request$Builder.addHeader(User-Agent, okhttp/4.%d.0)" % (r.randint(100000, 999999), r.randint(9, 12)),
             "(agent) [%d] Arguments okhttp3.Request$Builder.addHeader(%s, %s%s)" % (r.randint(100000, 999999), h, pre, v), ""]
    return "objection/%s-addHeader.log" % pkg(r).split(".")[1], "\n".join(lines)


@tpl(API + ["jwt_secret"])
def t_logcat(c, v):
    r = c.r
    pid = r.randint(2000, 30000)
    n = c.name()
    lines = []
    for i in range(3):
        lines.append("%02d-%02d 1%d:%02d:%02d.%03d %5d %5d D %-16s: %s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), pid, pid + i, "OkHttp", r.choice(["--> GET https://api.%s.com/v1/me" % pkg(r).split(".")[1], "<-- 200 OK (%dms)" % r.randint(40, 900), "Content-Type: application/json"])))
    lines.insert(2, "%02d-%02d 10:%02d:%02d.%03d %5d %5d D %-16s: config loaded %s=%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), pid, pid, "RemoteConfig", n, v))
    return "logs/%s_logcat.log" % pkg(r).split(".")[1], "\n".join(lines + [""])


@tpl(HDRK)
def t_mitmdump(c, v):
    r = c.r
    h, pre = hdr(c)
    ip = "192.168.%d.%d" % (r.randint(0, 5), r.randint(2, 250))
    lines = ["%s:%d: POST %s" % (ip, r.randint(40000, 60000), endpoint(c)), "    Host: %s" % endpoint(c).split("/")[2],
             "    User-Agent: %s/%s (iPhone; iOS 17.%d; Scale/3.00)" % (r.choice(["FitPulse", "ParkEasy"]), ver(r), r.randint(0, 5)),
             "    %s: %s%s" % (h, pre, v), "    Content-Type: application/json", "    Content-Length: %d" % r.randint(40, 600), "",
             " << 200 OK %db" % r.randint(100, 5000), "    Content-Type: application/json; charset=utf-8",
             "    X-Request-Id: %s" % rs(r, HEX, 32), ""]
    return "captures/mitmproxy/%s_flow.txt" % r.choice(["login", "checkout", "sync"]), "\n".join(lines)


# ---------------------------------------------------------------- bug-bounty write-ups (.md)
@tpl(["twilio_token"])
def t_md_twilio(c, v):
    r = c.r
    sid = c.twilio_sid()
    lines = ["# Hard-coded Twilio credentials in %s %s" % (pkg(r), ver(r)), "", "**Severity:** High  ", "**Program:** private", "",
             "## Steps to reproduce", "", "1. Decompile the APK with `jadx -d out app.apk`.",
             "2. `grep -rn twilio out/sources` reveals the account SID and auth token in `SmsSender.java`.",
             "3. Verify:", "", "```bash",
             "curl -s -u '%s:%s' https://api.twilio.com/2010-04-01/Accounts/%s.json | jq .status" % (sid, v, sid),
             "```", "", "Response: `\"active\"`", "", "## Impact", "", "Anyone can send SMS at the company's expense.", ""]
    return "reports/%s-twilio.md" % r.choice(["2023-11", "h1-1843", "bugcrowd-77"]), "\n".join(lines)


@tpl(GS)
def t_md_jadx_snippet(c, v):
    r = c.r
    n = c.name("const")
    lines = ["## Finding 3: secret in BuildConfig", "", "Found while reviewing `%s` v%s (decompiled with jadx 1.4.7):" % (pkg(r), ver(r)), "",
             "```java", "public final class BuildConfig {", "    public static final String APPLICATION_ID = \"%s\";" % pkg(r),
             "    public static final String %s = \"%s\";" % (n, v), "}", "```", "",
             "The value was still valid at the time of testing; it has been reported and rotated.", ""]
    return "writeups/%s/README.md" % pkg(r).split(".")[1], "\n".join(lines)


@tpl(["stripe_sk", "stripe_rk"])
def t_md_stripe_curl(c, v):
    r = c.r
    lines = ["### PoC", "", "The key below was extracted from `assets/index.android.bundle`:", "", "```",
             "$ curl https://api.stripe.com/v1/balance -u %s:" % v, "{", "  \"object\": \"balance\",",
             "  \"available\": [{\"amount\": %d, \"currency\": \"usd\"}]," % r.randint(1000, 9999999), "  \"livemode\": true", "}", "```", ""]
    return "bugbounty/%s/poc.md" % r.choice(["stripe-leak", "payment-key", "h1-report"]), "\n".join(lines)


@tpl(["telegram_bot", "discord_webhook", "slack_webhook", "password"])
def t_md_malware_table(c, v):
    r = c.r
    lines = ["# %s stealer - extracted configuration" % r.choice(["Snake", "Lumma-like", "Unknown .NET"]), "",
             "| Field | Value |", "|---|---|", "| SHA-256 | `%s` |" % rs(r, HEX, 64), "| Mutex | `%s` |" % rs(r, ALNUM, 12),
             "| Exfil | `%s` |" % v, "| Build | %s |" % ver(r), "", "Config was decrypted with the routine at `0x%x`." % r.randrange(0x401000, 0x4fffff), ""]
    return "analysis/%s/config.md" % rs(r, HEX, 10), "\n".join(lines)


@tpl(["mapbox_sk", "algolia_admin", "google_key", "fcm_server", "sendgrid", "github_pat"])
def t_md_inline(c, v):
    r = c.r
    lines = ["# Notes: %s" % pkg(r), "", "- minSdk 24, targetSdk 34, no obfuscation on `network` package",
             "- found in `res/values/strings.xml`: `%s`" % v, "- certificate pinning: none", "- exported activities: 2", ""]
    return "notes/%s.md" % pkg(r).split(".")[1], "\n".join(lines)


# ---------------------------------------------------------------- python (Frida drivers, PoCs, uncompyle6)
@tpl(HDRK)
def t_py_replay(c, v):
    r = c.r
    h, pre = hdr(c)
    lines = ["#!/usr/bin/env python3", "\"\"\"Replay the request captured with frida-trace.\"\"\"", "import json", "import requests", "",
             "HEADERS = {", "    \"User-Agent\": \"okhttp/4.11.0\",", "    \"%s\": \"%s%s\"," % (h, pre, v), "}", "",
             "resp = requests.post(\"%s\", headers=HEADERS, json={\"ping\": 1}, timeout=10)" % endpoint(c),
             "print(resp.status_code, json.dumps(resp.json(), indent=2)[:500])", ""]
    return "poc/replay_%s.py" % r.choice(["api", "request", "auth"]), "\n".join(lines)


@tpl(["aws"])
def t_py_boto(c, v):
    r = c.r
    kid = c.aws_id()
    lines = ["import boto3", "", "# creds pulled from BuildConfig of %s" % pkg(r),
             "s3 = boto3.client(\"s3\", aws_access_key_id=\"%s\", aws_secret_access_key=\"%s\", region_name=\"%s\")" % (kid, v, r.choice(["us-east-1", "eu-central-1"])),
             "for b in s3.list_buckets()[\"Buckets\"]:", "    print(b[\"Name\"])", ""]
    return "poc/%s/list_buckets.py" % pkg(r).split(".")[1], "\n".join(lines)


@tpl(["aes_hex", "aes_str"])
def t_py_frida_driver(c, v):
    r = c.r
    lines = ["import frida", "import sys", "from Crypto.Cipher import AES", "", "KEY = bytes.fromhex(\"%s\")" % v if c.kind == "aes_hex" else "KEY = b\"%s\"" % v,
             "", "JS = \"\"\"", "Java.perform(function () {", "  var C = Java.use('javax.crypto.Cipher');",
             "  C.doFinal.overload('[B').implementation = function (b) { send(b); return this.doFinal(b); };", "});", "\"\"\"", "",
             "def on_message(msg, data):", "    if msg[\"type\"] == \"send\":", "        blob = bytes(x & 0xff for x in msg[\"payload\"])",
             "        print(AES.new(KEY, AES.MODE_ECB).decrypt(blob[:32]))", "",
             "session = frida.get_usb_device().attach(\"%s\")" % pkg(r), "script = session.create_script(JS)",
             "script.on(\"message\", on_message)", "script.load()", "sys.stdin.read()", ""]
    return "frida/decrypt_%s.py" % pkg(r).split(".")[1], "\n".join(lines)


@tpl(["telegram_bot", "discord_webhook", "github_pat", "password"])
def t_py_uncompyle(c, v):
    r = c.r
    n = c.name("const")
    lines = ["# uncompyle6 version 3.9.0", "# Python bytecode version base 3.8.0 (3413)",
             "# Decompiled from: Python 3.8.10 (default, Nov 22 2023, 10:22:35)", "# Embedded file name: main.py", "import os, json, requests",
             "from cryptography.fernet import Fernet", "%s = '%s'" % (n, v), "CHAT = '%s'" % rs(r, DIG, 10),
             "TEMP = os.getenv('TEMP')", "", "def grab():", "    out = {}", "    for p in ('Chrome', 'Edge', 'Brave'):",
             "        out[p] = os.path.exists(os.path.join(os.getenv('LOCALAPPDATA'), p))", "    return out", ""]
    return "pyinstxtractor/%s.exe_extracted/main.py" % r.choice(["update", "setup", "discord_nitro"]), "\n".join(lines)


@tpl(["slack_webhook", "discord_webhook"])
def t_py_webhook_post(c, v):
    r = c.r
    lines = ["import requests", "", "def notify(text):", "    requests.post(", "        \"%s\"," % v,
             "        json={\"text\" if \"slack\" in \"%s\" else \"content\": text}," % ("slack" if c.kind == "slack_webhook" else "discord"),
             "        timeout=5,", "    )", "", "if __name__ == \"__main__\":", "    notify(\"frida hook finished: %d calls\" % 42)", ""]
    return "tools/%s/notify.py" % r.choice(["apk-scan", "ipa-watch"]), "\n".join(lines)


# ---------------------------------------------------------------- captures: har / json / http
@tpl(HDRK)
def t_har_header(c, v):
    r = c.r
    h, pre = hdr(c)
    ent = {"startedDateTime": "2024-0%d-1%dT0%d:%02d:%02d.%03dZ" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
           "time": r.randint(40, 900),
           "request": {"method": "POST", "url": endpoint(c), "httpVersion": "HTTP/2",
                       "headers": [{"name": "accept", "value": "application/json"}, {"name": h, "value": pre + v},
                                   {"name": "user-agent", "value": "okhttp/4.12.0"}],
                       "queryString": [], "headersSize": -1, "bodySize": r.randint(20, 400)},
           "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "content-type", "value": "application/json"}],
                        "content": {"size": r.randint(50, 2000), "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": -1}}
    doc = {"log": {"version": "1.2", "creator": {"name": r.choice(["Charles Proxy", "mitmproxy", "Burp Suite"]), "version": "4.6"}, "entries": [ent]}}
    return "captures/%s.har" % r.choice(["session", "app_traffic", "login_flow"]), json.dumps(doc, indent=2) + "\n"


@tpl(["google_key", "mapbox_sk"])
def t_har_query(c, v):
    r = c.r
    if c.kind == "google_key":
        base, qn = "https://maps.googleapis.com/maps/api/directions/json", "key"
        qs = [{"name": "origin", "value": "52.52,13.40"}, {"name": "destination", "value": "52.50,13.45"}, {"name": qn, "value": v}]
    else:
        base, qn = "https://api.mapbox.com/styles/v1/%s" % r.choice(["geo-ops", "fieldapp"]), "access_token"
        qs = [{"name": qn, "value": v}]
    url = base + "?" + "&".join("%s=%s" % (q["name"], q["value"]) for q in qs)
    ent = {"request": {"method": "GET", "url": url, "queryString": qs, "headers": [{"name": "accept", "value": "*/*"}]},
           "response": {"status": 200, "content": {"mimeType": "application/json", "size": r.randint(100, 9000)}}}
    return "burp/%s-export.har" % r.choice(["maps", "routing"]), json.dumps({"log": {"version": "1.2", "entries": [ent]}}, indent=2) + "\n"


@tpl(HDRK)
def t_burp_http(c, v):
    r = c.r
    h, pre = hdr(c)
    url = endpoint(c)
    host = url.split("/")[2]
    path = "/" + "/".join(url.split("/")[3:])
    lines = ["POST %s HTTP/2" % path, "Host: %s" % host, "Accept-Encoding: gzip, deflate, br", "%s: %s%s" % (h, pre, v),
             "Content-Type: application/json", "Content-Length: %d" % r.randint(20, 300), "", "{\"limit\":%d}" % r.randint(1, 50), ""]
    return "burp/requests/%s.http" % r.choice(["req_017", "charge", "post_message"]), "\n".join(lines)


@tpl(["telegram_bot", "discord_webhook", "password", "aes_b64"])
def t_malware_config_json(c, v):
    r = c.r
    n = c.name("snake")
    d = {"version": ver(r), "mutex": rs(r, ALNUM, 14), "install_dir": "%APPDATA%\\\\" + r.choice(["WinUpd", "MsCache"]),
         n: v, "delay": r.randint(1, 30), "anti_vm": True}
    return "configs/%s.json" % rs(r, HEX, 12), json.dumps(d, indent=4) + "\n"


@tpl(GS)
def t_asar_default_json(c, v):
    r = c.r
    n = c.name("camel")
    d = {"appName": r.choice(["ShopDesk", "NotesPro", "ClipSync"]), "updateUrl": "https://updates.%s.app/latest" % r.choice(["shopdesk", "clipsync"]),
         "telemetry": {"enabled": False}, "services": {n: v, "region": r.choice(["us", "eu"])}}
    return "asar-extract/resources/app/config/default.json", json.dumps(d, indent=2) + "\n"


@tpl(GS)
def t_il2cpp_literals(c, v):
    r = c.r
    items = [{"value": s, "address": "0x%X" % r.randrange(0x1000000, 0x2ffffff)} for s in
             ["Player", "https://api.%s.gg/v2/" % r.choice(["tapquest", "idlefarm"]), v, "leaderboard", "Purchase failed: {0}"]]
    return "il2cppdumper/%s/stringliteral.json" % r.choice(["TapQuest", "IdleFarm"]), json.dumps(items, indent=2) + "\n"


@tpl(["stripe_sk", "sendgrid", "openai", "github_pat", "slack_bot", "telegram_bot"])
def t_dotenv_asar(c, v):
    r = c.r
    n = c.name("const")
    lines = ["NODE_ENV=production", "PORT=%d" % r.choice([3000, 8080]), "%s=%s" % (n, v), "LOG_LEVEL=info", ""]
    return "asar-extracted/%s/.env" % r.choice(["desk-assistant", "pos-desktop"]), "\n".join(lines)


@tpl(["aes_str", "password"])
def t_frida_js_hook(c, v):
    r = c.r
    lines = ["// frida -U -l bypass.js -f %s" % pkg(r), "Java.perform(function () {",
             "  var Vault = Java.use('%s.security.Vault');" % pkg(r),
             "  Vault.getPassphrase.implementation = function () {", "    var real = this.getPassphrase();",
             "    console.log('[*] passphrase -> ' + real);", "    return '%s';" % v, "  };", "});", ""]
    return "frida-scripts/%s_bypass.js" % pkg(r).split(".")[1], "\n".join(lines)


@tpl(["stripe_whsec", "jwt_secret"])
def t_cs_webhook_verify(c, v):
    r = c.r
    lines = ["// ILSpy: PosBridge.Web, Version=2.1.0.0", "using Stripe;", "", "public class WebhookController : Controller", "{",
             "\tpublic IActionResult Index(string json, string sig)", "\t{",
             "\t\tEvent evt = EventUtility.ConstructEvent(json, sig, \"%s\");" % v, "\t\treturn Ok(evt.Type);", "\t}", "}", ""]
    return "ilspy/PosBridge.Web/WebhookController.cs", "\n".join(lines)


# ---------------------------------------------------------------- negative slot values
def pub_value(r, k):
    if k == "stripe_pk":
        return "pk_live_51" + rs(r, ALNUM, 97)
    if k == "mapbox_pk":
        return g_mapbox_pk(r)
    if k == "algolia_search":
        return rs(r, HEX, 32)
    if k == "firebase_web_key":
        return "AIzaSy" + rs(r, B64U, 33)
    if k == "recaptcha_site":
        return "6L" + rs(r, B64U, 38)
    if k == "sentry_dsn":
        return "https://%s@o%s.ingest.sentry.io/%s" % (rs(r, HEX, 32), rs(r, DIG, 6), rs(r, DIG, 7))
    if k == "google_client_id":
        return "%s-%s.apps.googleusercontent.com" % (rs(r, DIG, 12), rs(r, LO + DIG, 32))
    if k == "twilio_sid":
        return g_twilio_sid(r)
    raise KeyError(k)


PUBLIC_OF = {"stripe_sk": "stripe_pk", "stripe_rk": "stripe_pk", "mapbox_sk": "mapbox_pk", "algolia_admin": "algolia_search",
             "google_key": "firebase_web_key", "fcm_server": "firebase_web_key", "twilio_token": "twilio_sid"}
PUBLIC_ANY = ["recaptcha_site", "sentry_dsn", "google_client_id", "firebase_web_key", "stripe_pk", "mapbox_pk", "algolia_search"]

MASK_PREFIX = {"stripe_sk": "sk_live_", "stripe_rk": "rk_live_", "stripe_whsec": "whsec_", "sendgrid": "SG.", "slack_bot": "xoxb-",
               "slack_user": "xoxp-", "mapbox_sk": "sk.eyJ", "openai": "sk-proj-", "github_pat": "ghp_", "google_key": "AIza",
               "fcm_server": "AAAA", "aws": "", "azure_storage": ""}
DOC_EXAMPLE = {"aws": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "google_key": "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
               "slack_webhook": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
               "stripe_sk": "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "twilio_token": "your_auth_token"}


def slot_value(r, k):
    """A non-secret for the slot of kind k. Returns (value, category)."""
    env = NAMES.get(k, (["SECRET"], []))[0][0]
    envc = snake(env).upper()
    if k == "aes_bytes_java":
        return ", ".join(["0"] * 16), "zero_key"
    if k == "aes_bytes_c":
        return ", ".join(["0x00"] * r.choice([16, 32])), "zero_key"
    if k in ("pem_rsa", "pem_ec"):
        return r.choice(["<redacted>", "...", "MIIE...(truncated for the report)...", "REPLACE_WITH_YOUR_KEY"]), "redacted_pem"
    if k in DOC_EXAMPLE and r.random() < 0.3:
        return DOC_EXAMPLE[k], "doc_example"
    if k == "slack_webhook":
        return r.choice(["https://hooks.slack.com/services/XXX/YYY/ZZZ", "${SLACK_WEBHOOK_URL}", "https://hooks.slack.com/services/<team>/<channel>/<token>", "[REDACTED]"]), "placeholder"
    if k == "discord_webhook":
        return r.choice(["https://discord.com/api/webhooks/<id>/<token>", "${DISCORD_WEBHOOK}", "https://discord.com/api/webhooks/**********/[redacted]", ""]), "placeholder"
    x = r.random()
    if x < 0.25 and k in MASK_PREFIX:
        p = MASK_PREFIX[k]
        if r.random() < 0.5:
            return p + "*" * r.choice([8, 12, 20]), "masked"
        return (p + "x" * 24) if p else "x" * 40, "placeholder_x"
    if x < 0.45:
        return r.choice(["${%s}" % envc, "{{ .Values.%s }}" % env, "%%(%s)s" % envc.lower(), "{{ secrets.%s }}" % envc,
                         "$(%s)" % envc]), "env_reference"
    if x < 0.55:
        return r.choice(["op://mobile-re/%s/credential" % envc.lower(), "vault:secret/data/research#%s" % envc.lower(),
                         "arn:aws:secretsmanager:us-east-1:123456789012:secret:%s" % envc.lower()]), "secret_manager_ref"
    if x < 0.65:
        return r.choice(["", "****", "********", "[REDACTED]", "<redacted>", "[MASKED]"]), "masked"
    return r.choice(["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO", "<insert key>", "xxxxxxxxxxxxxxxx",
                     "dummy", "test", "<%s>" % envc.lower()]), "placeholder"


# ---------------------------------------------------------------- look-alike negative templates
LA = []


def la(f):
    LA.append((f.__name__, f))
    return f


def fp_colon(r, n):
    return ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(n))


@la
def la_r_java(r):
    p = pkg(r)
    ids = ["        public static final int %s = 0x7f0%x%04x;" % (n, r.randint(8, 0xf), r.randrange(0x10000)) for n in
           ["action_settings", "btn_login", "et_password", "et_api_key", "tv_token_hint", "secret_container", "progress"]]
    return "jadx/sources/%s/R.java" % p.replace(".", "/"), "\n".join(["package %s;" % p, "", "public final class R {", "    public static final class id {"] + ids + ["    }", "}", ""])


@la
def la_smali_sig(r):
    lines = [".method private final a(Ljava/lang/String;)Ljava/lang/String;", "    .locals 4", "",
             "    const v0, 0x7f0a%04x" % r.randrange(0x10000), "", "    iget-object v1, p0, Lb/c/d;->e:Landroid/content/Context;", "",
             "    invoke-virtual {v1, v0}, Landroid/content/Context;->getString(I)Ljava/lang/String;", "", "    move-result-object v2", "",
             "    const-string v3, \"api_token\"", "",
             "    invoke-static {v2, v3}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V", "",
             "    return-object v2", ".end method", ""]
    return "apktool/%s/smali_classes3/b/c/d.smali" % pkg(r), "\n".join([".class public final Lb/c/d;", ".super Ljava/lang/Object;", ""] + lines)


@la
def la_cert_pinner(r):
    pins = ["            .add(\"%s\", \"sha256/%s\")" % (h, b64std(rbytes(r, 32))) for h in ["api.%s.com" % pkg(r).split(".")[1], "*.%s.com" % pkg(r).split(".")[1]]]
    return "jadx/sources/%s/net/Pinning.java" % jpkg(r), "\n".join(["package %s.net;" % pkg(r), "", "import okhttp3.CertificatePinner;", "",
                                                                   "public final class Pinning {", "    public static CertificatePinner build() {",
                                                                   "        return new CertificatePinner.Builder()"] + pins + ["            .build();", "    }", "}", ""])


@la
def la_nsc_xml(r):
    return "apktool/%s/res/xml/network_security_config.xml" % pkg(r), "\n".join([
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<network-security-config>", "    <domain-config cleartextTrafficPermitted=\"false\">",
        "        <domain includeSubdomains=\"true\">api.%s.com</domain>" % pkg(r).split(".")[1], "        <pin-set expiration=\"2026-01-01\">",
        "            <pin digest=\"SHA-256\">%s</pin>" % b64std(rbytes(r, 32)), "            <pin digest=\"SHA-256\">%s</pin>" % b64std(rbytes(r, 32)),
        "        </pin-set>", "    </domain-config>", "</network-security-config>", ""])


@la
def la_dexdump(r):
    return "notes/%s/dexdump_header.txt" % pkg(r), "\n".join([
        "Processing 'classes.dex'...", "Opened 'classes.dex', DEX version '039'", "DEX file header:", "magic               : 'dex\\n039\\0'",
        "checksum            : %s" % rs(r, HEX, 8), "signature           : %s...%s" % (rs(r, HEX, 4), rs(r, HEX, 4)),
        "file_size           : %d" % r.randint(2000000, 9000000), "header_size         : 112", "link_size           : 0",
        "string_ids_size     : %d" % r.randint(20000, 60000), "type_ids_size       : %d" % r.randint(4000, 9000), "",
        "full signature: %s" % rs(r, HEX, 40), ""])


@la
def la_apksigner(r):
    return "reports/%s/apksigner.txt" % pkg(r).split(".")[1], "\n".join([
        "$ apksigner verify --print-certs --verbose base.apk", "Verifies", "Verified using v1 scheme (JAR signing): false",
        "Verified using v2 scheme (APK Signature Scheme v2): true", "Number of signers: 1",
        "Signer #1 certificate DN: CN=%s, OU=Mobile, O=%s, L=Berlin, C=DE" % (r.choice(["Release", "Android"]), r.choice(["FitPulse GmbH", "ParkEasy AG"])),
        "Signer #1 certificate SHA-256 digest: %s" % rs(r, HEX, 64), "Signer #1 certificate SHA-1 digest: %s" % rs(r, HEX, 40),
        "Signer #1 certificate MD5 digest: %s" % rs(r, HEX, 32), "Signer #1 key algorithm: RSA", "Signer #1 key size (bits): 2048",
        "Signer #1 public key SHA-256 digest: %s" % rs(r, HEX, 64), ""])


@la
def la_keytool(r):
    return "notes/cert_%s.txt" % rs(r, HEX, 6), "\n".join([
        "$ keytool -printcert -jarfile app-release.apk", "Signer #1:", "", "Certificate #1:", "Owner: CN=Upload Key, O=%s" % r.choice(["Acme", "Initech"]),
        "Serial number: %s" % rs(r, HEX, 16), "Valid from: Tue Mar 05 10:12:44 CET 2019 until: Sat Feb 27 10:12:44 CET 2049",
        "Certificate fingerprints:", "\t SHA1: %s" % fp_colon(r, 20), "\t SHA256: %s" % fp_colon(r, 32),
        "Signature algorithm name: SHA256withRSA", "Subject Public Key Algorithm: 2048-bit RSA key", ""])


@la
def la_ioc_md(r):
    rows = ["| %s | `%s` |" % (t, v) for t, v in [("MD5", rs(r, HEX, 32)), ("SHA-1", rs(r, HEX, 40)), ("SHA-256", rs(r, HEX, 64)),
                                                 ("imphash", rs(r, HEX, 32)), ("ssdeep", "%d:%s:%s" % (r.choice([768, 1536, 3072]), rs(r, B64, 40), rs(r, B64, 20)))]]
    return "analysis/%s/IOCs.md" % rs(r, HEX, 8), "\n".join(["# Indicators of compromise", "", "| Type | Value |", "|---|---|"] + rows +
                                                           ["", "C2: `hxxps://update-cdn[.]%s[.]top/gate.php`" % rs(r, LO, 7), ""])


@la
def la_yara(r):
    hexs = " ".join(rs(r, "0123456789ABCDEF", 2) for _ in range(16))
    return "rules/%s.yar" % r.choice(["stealer_cfg", "loader_x", "rat_strings"]), "\n".join([
        "rule %s" % r.choice(["Stealer_Config_Decrypt", "Loader_XorStub"]), "{", "    meta:", "        author = \"re-team\"",
        "        hash = \"%s\"" % rs(r, HEX, 64), "        date = \"2024-0%d-1%d\"" % (r.randint(1, 9), r.randint(0, 9)), "    strings:",
        "        $k = { %s }" % hexs, "        $s1 = \"Login Data\" wide", "        $s2 = \"api.telegram.org/bot\" ascii", "    condition:",
        "        uint16(0) == 0x5A4D and $k and 1 of ($s*)", "}", ""])


AES_SBOX_HEAD = "0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76"
AES_SBOX_2 = "0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0"


@la
def la_aes_sbox(r):
    return "ghidra/%s/aes_tables.c" % r.choice(["libnative", "fw_main"]), "\n".join([
        "/* identified by FindCrypt: AES forward S-box */", "uchar DAT_%08x[256] = {" % r.randrange(0x10000, 0xfffff),
        "    %s," % AES_SBOX_HEAD, "    %s," % AES_SBOX_2, "    /* ... 224 more bytes ... */", "};", "",
        "/* CRC32 table (poly 0xEDB88320) */", "uint DAT_%08x[256] = { 0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, /* ... */ };" % r.randrange(0x10000, 0xfffff), ""])


@la
def la_cs_assembly(r):
    name = r.choice(["SyncAgent", "Launcher", "InvoiceTool"])
    return "ilspy/%s/Properties/AssemblyInfo.cs" % name, "\n".join([
        "using System.Reflection;", "using System.Runtime.InteropServices;", "",
        "[assembly: AssemblyTitle(\"%s\")]" % name, "[assembly: AssemblyVersion(\"%s.0\")]" % ver(r),
        "[assembly: Guid(\"%s-%s-%s-%s-%s\")]" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
        "[assembly: ComVisible(false)]", "// references: System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", ""])


@la
def la_cs_strongname(r):
    pk = "0024000004800000940000000602000000240000525341310004000001000100" + rs(r, HEX, 256)
    return "ilspy/%s/AssemblyInfo.cs" % r.choice(["Core", "Shared"]), "\n".join([
        "using System.Runtime.CompilerServices;", "",
        "[assembly: InternalsVisibleTo(\"%s.Tests, PublicKey=%s\")]" % (r.choice(["Core", "Shared"]), pk), ""])


@la
def la_ext_manifest(r):
    key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 348) + "IDAQAB"
    d = {"manifest_version": 3, "name": r.choice(["Quick Translate", "Tab Sync"]), "version": ver(r), "key": key,
         "oauth2": {"client_id": pub_value(r, "google_client_id"), "scopes": ["https://www.googleapis.com/auth/drive.file"]},
         "background": {"service_worker": "background.js"}, "permissions": ["storage", "identity"]}
    return "extensions/%s/manifest.json" % rs(r, "abcdefghijklmnop", 32), json.dumps(d, indent=2) + "\n"


@la
def la_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, HEX, 40), "n": b64url(rbytes(r, 256)), "e": "AQAB"} for _ in range(2)]
    return "captures/responses/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@la
def la_pem_public(r):
    raw = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 348) + "IDAQAB"
    body = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "apktool/%s/assets/server_pub.pem" % pkg(r), "\n".join(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----", ""])


@la
def la_cert_pem(r):
    raw = "MIIDdzCCAl+gAwIBAgIE" + rs(r, B64, 1200) + "=="
    body = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "ipa/Payload/App.app/%s.cer.pem" % r.choice(["pinned", "ca", "server"]), "\n".join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----", ""])


@la
def la_b64_image(r):
    png = "iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA" + rs(r, B64, 600) + "AAAAAElFTkSuQmCC"
    return "asar-extracted/resources/app/dist/icons.js", "\n".join([
        "// generated by svg-to-png-loader", "export const SPINNER = 'data:image/png;base64,%s';" % png,
        "export const LOGO_WIDTH = 24;", ""])


@la
def la_package_lock(r):
    deps = {}
    for n in ["electron-store", "axios", "conf", "dot-prop"]:
        deps["node_modules/" + n] = {"version": ver(r), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, ver(r)),
                                     "integrity": "sha512-" + b64std(rbytes(r, 64))}
    return "asar-extracted/resources/app/package-lock.json", json.dumps({"name": "desk", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n"


@la
def la_har_ids(r):
    hs = [{"name": "x-request-id", "value": "%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12))},
          {"name": "etag", "value": "W/\"%s\"" % rs(r, HEX, 32)}, {"name": "traceparent", "value": "00-%s-%s-01" % (rs(r, HEX, 32), rs(r, HEX, 16))},
          {"name": "cf-ray", "value": "%s-FRA" % rs(r, HEX, 16)}, {"name": "x-amz-cf-id", "value": rs(r, B64U, 56) + "=="}]
    ent = {"request": {"method": "GET", "url": "https://cdn.%s.com/config/v3/app.json" % pkg(r).split(".")[1], "headers": [{"name": "accept", "value": "*/*"}]},
           "response": {"status": 200, "headers": hs}}
    return "captures/%s_cdn.har" % pkg(r).split(".")[1], json.dumps({"log": {"version": "1.2", "entries": [ent]}}, indent=2) + "\n"


@la
def la_il2cpp_dump(r):
    lines = ["// Namespace: %s.Net" % r.choice(["TapQuest", "IdleFarm"]), "public class ApiClient : MonoBehaviour // TypeDefIndex: %d" % r.randint(1000, 9000), "{",
             "\t// Fields", "\tprivate string apiKey; // 0x18", "\tprivate string secretToken; // 0x20", "", "\t// Methods",
             "\t// RVA: 0x%X Offset: 0x%X VA: 0x%X" % (r.randrange(0x1000000, 0x2000000), r.randrange(0x1000000, 0x2000000), r.randrange(0x1000000, 0x2000000)),
             "\tpublic void .ctor() { }", "\t// RVA: 0x%X Offset: 0x%X VA: 0x%X Slot: 4" % (r.randrange(0x1000000, 0x2000000), r.randrange(0x1000000, 0x2000000), r.randrange(0x1000000, 0x2000000)),
             "\tprivate string BuildSignature(string payload) { }", "}", ""]
    return "il2cppdumper/out/dump_ApiClient.cs", "\n".join(lines)


@la
def la_fw_strings(r):
    lines = ["$ strings -n 8 fw.bin | head", "U-Boot 2016.11 (Jan %02d 2023 - 10:11:12 +0800)" % r.randint(1, 28),
             "build_id=%s" % rs(r, HEX, 40), "serial=%s%s" % (rs(r, UP, 3), rs(r, DIG, 9)),
             "ethaddr=%s" % ":".join(rs(r, HEX, 2) for _ in range(6)), "rootfs_sha256=%s" % rs(r, HEX, 64),
             "uuid=%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
             "password_policy=min8", "default_admin_user=admin", ""]
    return "firmware/%s/strings_head.txt" % r.choice(["cam_x1", "ax_router"]), "\n".join(lines)


@la
def la_codesign(r):
    team = rs(r, UP + DIG, 10)
    return "ipa/notes/codesign_%s.txt" % team.lower(), "\n".join([
        "$ codesign -dvvv Payload/App.app", "Executable=/tmp/Payload/App.app/App", "Identifier=com.%s.ios" % r.choice(["fitpulse", "parkeasy"]),
        "Format=app bundle with Mach-O thin (arm64)", "CodeDirectory v=20500 size=%d flags=0x0(none) hashes=%d+7 location=embedded" % (r.randint(10000, 90000), r.randint(300, 3000)),
        "Hash type=sha256 size=32", "CandidateCDHash sha256=%s" % rs(r, HEX, 40), "CDHash=%s" % rs(r, HEX, 40),
        "Authority=Apple iPhone OS Application Signing", "TeamIdentifier=%s" % team, ""])


@la
def la_proguard(r):
    p = pkg(r)
    lines = ["# compiler: R8", "# compiler_version: 8.%d.%d" % (r.randint(0, 3), r.randint(1, 40)), "# pg_map_id: %s" % rs(r, HEX, 7),
             "# pg_map_hash: SHA-256 %s" % rs(r, HEX, 64), "%s.auth.TokenStore -> %s:" % (p, "a.b.c"), "    java.lang.String apiKey -> a",
             "    java.lang.String refreshSecret -> b", "    1:5:void <init>():12:16 -> <init>", ""]
    return "mapping/%s/mapping.txt" % p, "\n".join(lines)


@la
def la_frida_hexdump(r):
    lines = ["[+] recv() buffer @ 0x7b%s len=64" % rs(r, HEX, 10), "           0  1  2  3  4  5  6  7  8  9  A  B  C  D  E  F  0123456789ABCDEF"]
    for i in range(4):
        bs = rbytes(r, 16)
        lines.append("%08x  %s  %s" % (i * 16, " ".join("%02x" % b for b in bs), "".join(chr(b) if 32 <= b < 127 else "." for b in bs)))
    return "frida/logs/recv_%s.log" % rs(r, HEX, 6), "\n".join(lines + [""])


@la
def la_sigv4(r):
    d = "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
    return "burp/requests/s3_put.http", "\n".join([
        "PUT /uploads/%s.jpg HTTP/1.1" % rs(r, HEX, 16), "Host: %s.s3.amazonaws.com" % r.choice(["media-prod", "avatars"]),
        "x-amz-date: %sT%02d%02d%02dZ" % (d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "x-amz-content-sha256: %s" % rs(r, HEX, 64),
        "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/%s/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=%s" % (d, rs(r, HEX, 64)),
        "Content-Type: image/jpeg", "", ""])


@la
def la_google_services(r):
    proj = r.choice(["fitpulse", "parkeasy", "swiftcart"]) + "-" + rs(r, DIG, 5)
    d = {"project_info": {"project_number": rs(r, DIG, 12), "project_id": proj, "storage_bucket": proj + ".appspot.com"},
         "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (rs(r, DIG, 12), rs(r, HEX, 16)), "android_client_info": {"package_name": pkg(r)}},
                     "oauth_client": [{"client_id": pub_value(r, "google_client_id"), "client_type": 3}],
                     "api_key": [{"current_key": pub_value(r, "firebase_web_key")}]}], "configuration_version": "1"}
    return "apktool/%s/res/raw/google-services.json" % pkg(r), json.dumps(d, indent=2) + "\n"


@la
def la_googleservice_plist(r):
    return "ipa/Payload/App.app/GoogleService-Info.plist", "\n".join([
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<plist version=\"1.0\">", "<dict>", "\t<key>API_KEY</key>", "\t<string>%s</string>" % pub_value(r, "firebase_web_key"),
        "\t<key>GCM_SENDER_ID</key>", "\t<string>%s</string>" % rs(r, DIG, 12), "\t<key>CLIENT_ID</key>", "\t<string>%s</string>" % pub_value(r, "google_client_id"),
        "\t<key>GOOGLE_APP_ID</key>", "\t<string>1:%s:ios:%s</string>" % (rs(r, DIG, 12), rs(r, HEX, 16)), "</dict>", "</plist>", ""])


@la
def la_pbxproj(r):
    lines = ["/* Begin PBXBuildFile section */"]
    for f in ["AppDelegate.swift", "APIClient.swift", "Secrets.xcconfig", "KeychainHelper.swift"]:
        lines.append("\t\t%s /* %s in Sources */ = {isa = PBXBuildFile; fileRef = %s /* %s */; };" % (rs(r, "0123456789ABCDEF", 24), f, rs(r, "0123456789ABCDEF", 24), f))
    return "ipa-src/App.xcodeproj/project.pbxproj", "\n".join(lines + ["/* End PBXBuildFile section */", ""])


@la
def la_writeup_masked(r):
    return "writeups/%s-fixed.md" % pkg(r).split(".")[1], "\n".join([
        "# Retest", "", "Fixed in commit `%s` (see also `%s`)." % (rs(r, HEX, 40), rs(r, HEX, 7)), "",
        "The key reported earlier (`AKIA%s`) was revoked; the app now fetches short-lived credentials from Cognito." % ("*" * 16), "",
        "```", "aws_secret_access_key = ****************************************", "```", ""])


@la
def la_obf_strings(r):
    enc = ["\"%s\"" % b64std(rbytes(r, r.choice([12, 24, 36]))) for _ in range(5)]
    return "jadx/sources/defpackage/C2203k.java", "\n".join(["package defpackage;", "", "/* compiled from: StringFog */", "public final class C2203k {",
                                                          "    private static final String[] f5119a = {%s};" % ", ".join(enc), "",
                                                          "    /* renamed from: a */", "    public static String m8a(int i) {",
                                                          "        return C2204l.m9a(f5119a[i], (byte) %d);" % r.randint(1, 127), "    }", "}", ""])


@la
def la_strings_csv(r):
    rows = ["offset,section,entropy,string"]
    for _ in range(6):
        rows.append("0x%06x,.rdata,%.2f,%s" % (r.randrange(0x1000, 0xfffff), r.uniform(3.0, 5.9), r.choice(
            [rs(r, HEX, 32), rs(r, HEX, 64), "{%s-%s-%s-%s-%s}" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)), "kernel32.dll", "CryptAcquireContextW"])))
    return "triage/%s/strings_ranked.csv" % rs(r, HEX, 8), "\n".join(rows + [""])


@la
def la_sqlite_dump(r):
    rows = ["INSERT INTO cache VALUES('%s-%s-%s-%s-%s','%s',%d);" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12), rs(r, HEX, 32), r.randint(1600000000, 1700000000)) for _ in range(4)]
    return "data/%s/databases/cache.sql" % pkg(r), "\n".join(["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
                                                           "CREATE TABLE cache (id TEXT PRIMARY KEY, etag TEXT, fetched_at INTEGER);"] + rows + ["COMMIT;", ""])


@la
def la_public_js(r):
    return "asar-extracted/resources/app/renderer/init.js", "\n".join([
        "import * as Sentry from '@sentry/electron/renderer';", "import { loadStripe } from '@stripe/stripe-js';", "",
        "Sentry.init({ dsn: '%s' });" % pub_value(r, "sentry_dsn"), "export const stripePromise = loadStripe('%s');" % pub_value(r, "stripe_pk"),
        "export const RECAPTCHA_SITE_KEY = '%s';" % pub_value(r, "recaptcha_site"), ""])


@la
def la_mapbox_algolia(r):
    app = g_algolia_app(r)
    return "unpacked-crx/%s/js/search.js" % r.choice(["store-locator", "map-search"]), "\n".join([
        "mapboxgl.accessToken = '%s';" % g_mapbox_pk(r), "const searchClient = algoliasearch('%s', '%s'); // search-only key" % (app, rs(r, HEX, 32)),
        "const index = searchClient.initIndex('stores');", ""])


@la
def la_kotlin_meta(r):
    d1 = "".join("\\u%04x" % r.randrange(0, 0x30) for _ in range(30))
    return "jadx/sources/%s/model/Session.java" % jpkg(r), "\n".join([
        "package %s.model;" % pkg(r), "", "@Metadata(d1 = {\"%s\"}, d2 = {\"Lcom/x/Session;\", \"\", \"token\", \"\", \"getToken\", \"()Ljava/lang/String;\"}, k = 1, mv = {1, 9, 0})" % d1,
        "public final class Session {", "    private final String token;", "", "    public final String getToken() {", "        return this.token;", "    }", "}", ""])


# ---------------------------------------------------------------- driver
def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if "." not in base:
        return base
    return base.rsplit(".", 1)[-1]


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        tail = base[5:]
        return tail not in ("example", "sample", "template", "dist", "defaults")
    return False


def write(root, rel, text):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(r, n, m):
    out = []
    while len(out) < n:
        l = list(range(m))
        r.shuffle(l)
        out += l
    return out[:n]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ka.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0

    conv_flags = [i % 2 == 0 for i in range(500)]
    r.shuffle(conv_flags)
    for i, ti in enumerate(schedule(r, 500, len(POS))):
        name, kinds, f = POS[ti]
        _CUR.clear()
        k = r.choice(kinds)
        c = Ctx(r, k, False, conv_flags[i])
        if k in ("pem_rsa", "pem_ec"):
            v = pem_body(r, k)
            needle = v[0]
        else:
            v = GEN[k](r)
            needle = v
        path, text = f(c, v)
        if is_blocked_env(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        assert "\n" not in needle and needle in text, (name, k)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (name, line)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": PROVIDER[k], "kind": k, "filetype": ftype(path), "template": name})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    api_set = set(API)
    neg_plan = ["slot"] * 250 + ["la"] * 250
    r.shuffle(neg_plan)
    slot_sched = schedule(r, 250, len(POS))
    la_sched = schedule(r, 250, len(LA))
    si = li = 0
    for i, what in enumerate(neg_plan):
        _CUR.clear()
        if what == "slot":
            name, kinds, f = POS[slot_sched[si]]
            si += 1
            k = r.choice(kinds)
            broad = set(kinds) >= api_set
            if broad and r.random() < 0.35:
                pk = PUBLIC_OF.get(k) if (k in PUBLIC_OF and r.random() < 0.6) else r.choice(PUBLIC_ANY)
                c = Ctx(r, pk, True, r.random() < 0.5)
                v, cat, kk = pub_value(r, pk), "public_value", pk
            else:
                c = Ctx(r, k, True, r.random() < 0.5)
                v, cat = slot_value(r, k)
                kk = k
            path, text = f(c, v)
            if is_blocked_env(path):
                path = path.rsplit("/", 1)[0] + "/" + r.choice([".env.example", ".env.sample", "env.template"])
            mkind, prov = "slot:%s:%s" % (cat, kk), PROVIDER.get(kk, "none")
            tname = name
        else:
            tname, f = LA[la_sched[li]]
            li += 1
            path, text = f(r)
            assert not is_blocked_env(path)
            mkind, prov = "lookalike:%s" % tname[3:], "none"
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": mkind, "filetype": ftype(path), "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
