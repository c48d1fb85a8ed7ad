#!/usr/bin/env python3
"""gen_ed.py -- blind evaluation-set generator for keyhook (set "ed").

EMPHASIS
    Personal finance, budgeting and household-money tooling: YNAB personal
    access tokens, Lunch Money tokens, Actual Budget server / encryption
    passwords, Monarch and Copilot session tokens, Ghostfolio security tokens
    and server secrets, Firefly III personal access tokens (Passport JWTs) and
    APP_KEYs, SimpleFIN access URLs and setup tokens, Up Bank personal tokens,
    Monzo and Starling access tokens, Akahu user tokens / app secrets, Basiq
    API keys, bunq API keys, Wise personal tokens, Coinbase / Kraken read-only
    keys in portfolio trackers, Splitwise keys, Google API keys in Tiller /
    Apps Script sheets, bank logins kept in beancount / ledger importers,
    Plaid secrets and access tokens in hobby apps, Alpha Vantage and Finnhub
    keys in portfolio scripts, IMAP / app passwords in e-mail receipt parsers,
    plus the common credentials of such projects (Postgres passwords,
    Telegram bot tokens, Discord / Slack webhooks, Home Assistant long-lived
    tokens, OpenAI keys used for categorisation, SMTP passwords).
    File types: beancount, ledger/hledger journals, hledger CSV rules, Python
    importers, Google Apps Script, Jupyter notebooks, Home Assistant YAML,
    docker-compose, .env, JSON, YAML, TOML, INI, shell/cron scripts, crontab,
    Rust, Go, JavaScript/TypeScript, Markdown / Obsidian notes, CSV exports,
    GitHub Actions workflows, systemd units.

USAGE
    python3 gen_ed.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential
    each), OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without the
      surrounding quotes.
    * Tokens / keys: the whole token including its documented prefix
      ("up:yeah:...", "access-production-...", "user_token_...", "sk-proj-...").
    * id/secret pairs (Kraken key + private key, Coinbase key + secret, Plaid
      client_id + secret, Akahu app token + user token / app secret, Splitwise
      consumer key + secret): the needle is the secret half only.
    * URLs with embedded credentials (SimpleFIN access URLs, postgres://,
      imaps://): the needle is the password part of the userinfo only.
      Webhook URLs (Discord, Slack): the needle is the whole URL.
    * Passwords: the password string only.  Gmail-style app passwords are
      written either as 16 letters or in the four-groups-of-four display
      form; the needle is what is written.
    * PEM private keys (Coinbase CDP keys): the needle is the first 64-char
      base64 line of the key body.
    * "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot holding:
    placeholders (<YOUR_TOKEN>, your-token-here, xxxx, REPLACE_ME), empty
    values, environment lookups (os.environ, process.env, std::env::var,
    os.Getenv, ${VAR}, !secret, ${{ secrets.X }}), secret-manager references
    (op://, AWS SSM ARNs, `pass show`), masked / redacted values
    (********, up:yeah:****, last-4 displays), and provider-documented
    example values (Alpha Vantage "demo" key, SimpleFIN demo setup token,
    Firefly III's "SomeRandomStringOf32CharsExactly" sample APP_KEY).
    The other half are domain look-alikes: IBANs (valid mod-97), UK sort
    codes + account numbers, ABA routing numbers (valid checksum), masked
    card numbers and documented test card numbers, transaction ids, YNAB
    budget / account UUIDs, Actual Budget sync ids, Plaid item / account ids,
    ISINs and CUSIPs (valid check digits), SHA-256 ledger / file hashes, git
    commit hashes, import de-duplication fingerprints, Stripe publishable
    keys, Firebase web config apiKeys, i18n strings about tokens and
    passwords, lockfile integrity hashes.

DOUBTS
    Formats written from memory (not confirmed in provider docs during this
    session):
    * YNAB PAT: generated as 64 lowercase hex.  A third-party doc page
      confirms "64 character alphanumeric"; newer YNAB tokens may use another
      alphabet.
    * Lunch Money access token: 50 lowercase hex (from memory).
    * Monarch Money session token: 64 lowercase hex used as "Token <t>"
      (unofficial API; from memory).
    * Copilot Money: no public API; modelled as a Firebase ID token (RS256
      JWT, iss securetoken.google.com/<project>) -- invented shape.
    * Ghostfolio security token: 128 hex (HMAC-SHA512 hex digest; memory).
    * Firefly III PAT: Laravel Passport RS256 JWT (aud/jti/iat/nbf/exp/sub/
      scopes) with random signature; exact claim set from memory.
    * SimpleFIN access URL userinfo: 64 uppercase hex user and password --
      the URL shape is documented, the credential alphabet/length is not.
    * Up Bank token: "up:yeah:" prefix is confirmed by a third-party README;
      the 128 alphanumeric body is from memory.
    * Monzo access token: JWT-like "eyJ..." with ES256 header; Monzo OAuth
      client secrets "mnzconf." + base64 -- from memory.
    * Starling PAT: JWT with {"alg":"PS256","zip":"GZIP"} header and gzip
      ("H4sI") body -- from memory.
    * Akahu: "user_token_" / "app_token_" + 25 lower-alnum (cuid-like),
      app secret 32-40 alnum -- from memory.
    * Basiq API key: base64("<uuid>:<uuid>") -- from memory.
    * bunq API key: 64 lowercase hex; sandbox keys "sandbox_" + 48 hex --
      from memory.
    * Wise personal token: UUID v4 (from memory); a bare UUID is only a
      secret by context, so these positives rely on Authorization headers /
      names.
    * Kraken: 56-char base64 API key, 88-char base64 private key; Coinbase
      legacy 16/32 alnum key/secret; CDP key name + EC PEM -- memory.
    * Splitwise consumer key/secret 40 alnum, API key 40 alnum -- memory.
    * Finnhub key: 20 chars in xid alphabet [0-9a-v] starting with 'c' --
      memory.  Alpha Vantage: 16 uppercase alnum -- memory.
    * Plaid: secret 30 hex, client_id 24 hex, access-<env>-<uuid> -- memory.
    * Home Assistant long-lived token: HS256 JWT with 32-hex iss -- memory.
    * OpenAI project key "sk-proj-" + 48 + "T3BlbkFJ" + 48 (base64url) --
      memory; Telegram bot token "<bot id>:AA" + 33 base64url -- memory.
    * Google API key "AIza" + 35 base64url -- memory.
    * Gmail app passwords: 16 lowercase letters, shown as 4x4 groups.
    Realism notes: some pairings are synthetic (e.g. an OpenAI key kept in
    beancount account metadata, Splitwise consumer key:secret sent as basic
    auth in a curl comment); bank names / institutions are not always
    consistent with the account names.
    Labels a reviewer might dispute:
    * Firebase web "apiKey" values in firebaseConfig and Stripe "pk_live_"
      keys are labelled NEGATIVE (providers document them as public).
    * Actual Budget sync ids / YNAB budget ids (UUIDs) are NEGATIVE; a Wise
      token (also a UUID) next to "Authorization: Bearer" is POSITIVE.
    * Plaid client_id / Akahu app_token never appear alone in a negative.
    * Passwords in beancount account metadata are POSITIVE (bank logins).
    * Masked values that keep a real-looking prefix and the last 4
      characters (e.g. "up:yeah:****...a91f") are NEGATIVE.

SEARCHES
    docs/pages corpora: Up Bank developer docs (PAT via Authorization:
    Bearer; third-party README showing the "up:yeah:" prefix), YNAB PAT docs
    (third-party R package docs: "64 character alphanumeric"), Akahu auth docs
    (Authorization: Bearer user token + X-Akahu-ID app token; app endpoints
    use Basic auth app token/app secret), SimpleFIN developer guide (setup
    token = base64 of claim URL, demo setup token, access URL used with Basic
    auth), Lunch Money API docs (Bearer token, dev.lunchmoney.app), Ghostfolio
    compose / add-on docs (ACCESS_TOKEN_SALT, JWT_SECRET_KEY), bunq API key
    docs (sandbox users, installation/device-server).  No secret-scanner rule
    code or regexes were shown or used.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
XID = "0123456789abcdefghijklmnopqrstuv"

R = None          # random.Random, set in main()
SECRETS = []      # every secret string generated in this run (for self-checks)


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def jwt(header, payload, sig_bytes):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(sig_bytes))


def ts():
    return R.randrange(1672531200, 1767225600)


# ---------------------------------------------------------------- passwords
WORDS = ["maple", "harbor", "tulip", "copper", "falcon", "meadow", "orbit",
         "pepper", "willow", "saffron", "glacier", "lantern", "nutmeg",
         "cobalt", "biscuit", "thistle", "juniper", "quartz", "walrus",
         "pumpkin", "marble", "tango", "sparrow", "velvet", "cactus", "otter",
         "bergen", "kestrel", "mango", "summit", "lagoon", "hazel", "ember"]
PW_SYMS = "!@#%^*-_.+?~"
URL_SYMS = "!*-_.~"


def human_password(url_safe=False):
    syms = URL_SYMS if url_safe else PW_SYMS
    style = R.randrange(6)
    if style == 0:
        pw = ch(WORDS).capitalize() + ch(syms) + ch(WORDS).capitalize() + str(R.randrange(10, 2025))
    elif style == 1:
        pw = ch(WORDS) + ch(WORDS).capitalize() + ch(syms) + str(R.randrange(10, 99))
    elif style == 2:
        pw = rs(ALNUM, R.randrange(12, 20))
    elif style == 3:
        pw = "-".join(ch(WORDS) for _ in range(3)) + str(R.randrange(1, 99))
    elif style == 4:
        base = rs(ALNUM, R.randrange(10, 16))
        i = R.randrange(1, len(base))
        pw = base[:i] + ch(syms) + base[i:]
    else:
        pw = ch(WORDS).capitalize() + str(R.randrange(1960, 2024)) + ch(syms) + ch(WORDS)
    # make sure it has some digit and is not trivially a dictionary word
    if not any(c.isdigit() for c in pw):
        pw += str(R.randrange(2, 9))
    return pw


def app_password_google(grouped=None):
    g = [rs(string.ascii_lowercase, 4) for _ in range(4)]
    if grouped is None:
        grouped = R.random() < 0.5
    return " ".join(g) if grouped else "".join(g)


# ---------------------------------------------------------------- secret generators
# each returns dict(secret=..., pub=optional public half, extra=...)

def g_ynab():
    return {"secret": rs(HEX, 64)}


def g_lunchmoney():
    return {"secret": rs(HEX, 50)}


def g_actual_pw():
    return {"secret": human_password()}


def g_monarch():
    return {"secret": rs(HEX, 64)}


def g_copilot():
    now = ts()
    uid = rs(ALNUM, 28)
    payload = {"iss": "https://securetoken.google.com/copilot-production-22904",
               "aud": "copilot-production-22904", "auth_time": now - 50,
               "user_id": uid, "sub": uid, "iat": now, "exp": now + 3600,
               "email": ch(["sam", "jo", "alex", "priya", "mika"]) + "@" + ch(["gmail.com", "icloud.com", "fastmail.com"]),
               "email_verified": True,
               "firebase": {"identities": {}, "sign_in_provider": "password"}}
    return {"secret": jwt({"alg": "RS256", "kid": rs(HEX, 40), "typ": "JWT"}, payload, 256)}


def g_ghostfolio_token():
    return {"secret": rs(HEX, 128)}


def g_hex64():
    return {"secret": rs(HEX, 64)}


def g_firefly_pat():
    now = ts()
    payload = {"aud": str(R.randrange(1, 9)), "jti": rs(HEX, 80), "iat": now + R.random(),
               "nbf": now + R.random(), "exp": now + 31536000 + R.random(),
               "sub": str(R.randrange(1, 4)), "scopes": []}
    payload = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in payload.items()}
    return {"secret": jwt({"typ": "JWT", "alg": "RS256"}, payload, 512)}


def g_firefly_appkey():
    return {"secret": "base64:" + base64.b64encode(rbytes(32)).decode()}


def g_firefly_cron():
    return {"secret": rs(ALNUM, 32)}


def g_simplefin_url():
    user = rs(UHEX, 64)
    pw = rs(UHEX, 64)
    host = ch(["beta-bridge.simplefin.org", "bridge.simplefin.org"])
    return {"secret": pw, "url": "https://%s:%s@%s/simplefin" % (user, pw, host)}


def g_simplefin_setup():
    host = ch(["beta-bridge.simplefin.org", "bridge.simplefin.org"])
    claim = "https://%s/simplefin/claim/%s" % (host, rs(UHEX, 64))
    return {"secret": base64.b64encode(claim.encode()).decode()}


def g_up():
    return {"secret": "up:yeah:" + rs(ALNUM, 128)}


def g_monzo():
    now = ts()
    payload = {"e": 0, "iat": now, "jti": "tok_0000" + rs(ALNUM, 22), "ci": "oauth2client_0000" + rs(ALNUM, 22),
               "u": "user_0000" + rs(ALNUM, 22), "n": "monzo", "v": 6}
    return {"secret": jwt({"alg": "ES256", "typ": "JWT"}, payload, 64)}


def g_monzo_client_secret():
    return {"secret": "mnzconf." + rs(B64URL, 86), "pub": "oauth2client_0000" + rs(ALNUM, 22)}


def g_starling():
    hdr = b64url_nopad(b'{"alg":"PS256","zip":"GZIP"}')
    body = "H4sIAAAAAAAA_" + rs(B64URL, R.randrange(380, 460))
    return {"secret": hdr + "." + body + "." + b64url_nopad(rbytes(256))}


def g_akahu_user():
    return {"secret": "user_token_" + "c" + rs(LALNUM, 24), "pub": "app_token_" + "c" + rs(LALNUM, 24)}


def g_akahu_secret():
    return {"secret": rs(LALNUM, R.choice([32, 40])), "pub": "app_token_" + "c" + rs(LALNUM, 24)}


def g_basiq():
    raw = "%s:%s" % (uuid4(), uuid4())
    return {"secret": base64.b64encode(raw.encode()).decode()}


def g_bunq():
    if R.random() < 0.2:
        return {"secret": "sandbox_" + rs(HEX, 48)}
    return {"secret": rs(HEX, 64)}


def g_wise():
    return {"secret": uuid4()}


def g_coinbase_legacy():
    return {"secret": rs(ALNUM, 32), "pub": rs(ALNUM, 16)}


def g_coinbase_cdp():
    body = base64.b64encode(b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rbytes(64)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    name = "organizations/%s/apiKeys/%s" % (uuid4(), uuid4())
    return {"secret": lines[0], "pem_lines": lines, "pub": name}


def g_kraken():
    return {"secret": base64.b64encode(rbytes(64)).decode(), "pub": base64.b64encode(rbytes(42)).decode()}


def g_splitwise():
    return {"secret": rs(ALNUM, 40), "pub": rs(ALNUM, 40)}


def g_google_key():
    return {"secret": "AIza" + rs(B64URL, 35)}


def g_bank_pw():
    return {"secret": human_password(), "pub": ch(["jdoe", "s.morgan", "pwhite", "k.tanaka", "lmeyer", "nora.b"]) + str(R.randrange(10, 99))}


def g_plaid_secret():
    return {"secret": rs(HEX, 30), "pub": rs(HEX, 24)}


def g_plaid_access():
    env = ch(["production", "production", "development"])
    return {"secret": "access-%s-%s" % (env, uuid4())}


def g_alphavantage():
    return {"secret": rs(UALNUM, 16)}


def g_finnhub():
    return {"secret": "c" + rs(XID, 19)}


def g_imap_pw():
    if R.random() < 0.5:
        return {"secret": app_password_google()}
    return {"secret": human_password(url_safe=True)}


def g_db_pw():
    return {"secret": human_password(url_safe=True)}


def g_telegram():
    return {"secret": "%d:AA%s" % (R.randrange(1000000000, 7999999999), rs(B64URL, 33))}


def g_discord():
    return {"secret": "https://discord.com/api/webhooks/%d/%s" % (R.randrange(10**17, 10**18 * 2), rs(B64URL, 68))}


def g_slack():
    return {"secret": "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UALNUM, 8), rs(UALNUM, 10), rs(ALNUM, 24))}


def g_ha_token():
    now = ts()
    return {"secret": jwt({"alg": "HS256", "typ": "JWT"}, {"iss": rs(HEX, 32), "iat": now, "exp": now + 315360000}, 32)}


def g_openai():
    return {"secret": "sk-proj-" + rs(B64URL, 48) + "T3BlbkFJ" + rs(B64URL, 48)}


def g_smtp_pw():
    return {"secret": human_password()}


# ---------------------------------------------------------------- provider specs
# words: obvious name parts; env: env-var name; auth: how it is sent;
# url: API endpoint used by surrounding code; ex: provider-documented examples.
SPECS = [
    dict(key="ynab", provider="ynab", kind="personal_access_token", gen=g_ynab, weight=7,
         words=["ynab", "access", "token"], env="YNAB_ACCESS_TOKEN", auth="bearer",
         url="https://api.ynab.com/v1/budgets", label="YNAB"),
    dict(key="lunchmoney", provider="lunchmoney", kind="access_token", gen=g_lunchmoney, weight=5,
         words=["lunchmoney", "access", "token"], env="LUNCHMONEY_ACCESS_TOKEN", auth="bearer",
         url="https://dev.lunchmoney.app/v1/transactions", label="Lunch Money"),
    dict(key="actual_server", provider="actual-budget", kind="server_password", gen=g_actual_pw, weight=4,
         words=["actual", "password"], env="ACTUAL_PASSWORD", auth="password",
         url="http://actual.home.lan:5006", label="Actual Budget server"),
    dict(key="actual_e2e", provider="actual-budget", kind="encryption_password", gen=g_actual_pw, weight=2,
         words=["actual", "encryption", "password"], env="ACTUAL_ENCRYPTION_PASSWORD", auth="password",
         url="http://actual.home.lan:5006", label="Actual Budget file encryption"),
    dict(key="monarch", provider="monarch", kind="session_token", gen=g_monarch, weight=3,
         words=["monarch", "token"], env="MONARCH_TOKEN", auth="token",
         url="https://api.monarchmoney.com/graphql", label="Monarch Money"),
    dict(key="copilot", provider="copilot-money", kind="id_token", gen=g_copilot, weight=2,
         words=["copilot", "id", "token"], env="COPILOT_TOKEN", auth="bearer",
         url="https://app.copilot.money/api/graphql", label="Copilot Money"),
    dict(key="ghostfolio_token", provider="ghostfolio", kind="security_token", gen=g_ghostfolio_token, weight=3,
         words=["ghostfolio", "security", "token"], env="GHOSTFOLIO_SECURITY_TOKEN", auth="ghostfolio",
         url="https://ghostfol.io/api/v1/auth/anonymous", label="Ghostfolio"),
    dict(key="ghostfolio_jwt", provider="ghostfolio", kind="jwt_secret_key", gen=g_hex64, weight=2,
         words=["jwt", "secret", "key"], env="JWT_SECRET_KEY", auth="password",
         url="http://ghostfolio:3333", label="Ghostfolio JWT"),
    dict(key="firefly_pat", provider="firefly-iii", kind="personal_access_token", gen=g_firefly_pat, weight=5,
         words=["firefly", "token"], env="FIREFLY_III_ACCESS_TOKEN", auth="bearer",
         url="https://firefly.home.lan/api/v1/transactions", label="Firefly III"),
    dict(key="firefly_appkey", provider="firefly-iii", kind="app_key", gen=g_firefly_appkey, weight=2,
         words=["app", "key"], env="APP_KEY", auth="password",
         url="https://firefly.home.lan", label="Firefly III APP_KEY"),
    dict(key="firefly_cron", provider="firefly-iii", kind="static_cron_token", gen=g_firefly_cron, weight=1,
         words=["static", "cron", "token"], env="STATIC_CRON_TOKEN", auth="cronurl",
         url="https://firefly.home.lan/api/v1/cron/", label="Firefly III cron"),
    dict(key="simplefin_url", provider="simplefin", kind="access_url", gen=g_simplefin_url, weight=5,
         words=["simplefin", "access", "url"], env="SIMPLEFIN_ACCESS_URL", auth="accessurl",
         url="https://beta-bridge.simplefin.org/simplefin", label="SimpleFIN"),
    dict(key="simplefin_setup", provider="simplefin", kind="setup_token", gen=g_simplefin_setup, weight=1,
         words=["simplefin", "setup", "token"], env="SIMPLEFIN_SETUP_TOKEN", auth="setup",
         url="https://beta-bridge.simplefin.org/simplefin", label="SimpleFIN setup"),
    dict(key="up", provider="up-bank", kind="personal_access_token", gen=g_up, weight=6,
         words=["up", "token"], env="UP_TOKEN", auth="bearer",
         url="https://api.up.com.au/api/v1/accounts", label="Up Bank"),
    dict(key="monzo", provider="monzo", kind="access_token", gen=g_monzo, weight=4,
         words=["monzo", "access", "token"], env="MONZO_ACCESS_TOKEN", auth="bearer",
         url="https://api.monzo.com/transactions", label="Monzo"),
    dict(key="monzo_client", provider="monzo", kind="oauth_client_secret", gen=g_monzo_client_secret, weight=1,
         words=["monzo", "client", "secret"], env="MONZO_CLIENT_SECRET", auth="clientpair",
         url="https://api.monzo.com/oauth2/token", label="Monzo OAuth"),
    dict(key="starling", provider="starling", kind="personal_access_token", gen=g_starling, weight=4,
         words=["starling", "token"], env="STARLING_PERSONAL_TOKEN", auth="bearer",
         url="https://api.starlingbank.com/api/v2/accounts", label="Starling"),
    dict(key="akahu_user", provider="akahu", kind="user_token", gen=g_akahu_user, weight=3,
         words=["akahu", "user", "token"], env="AKAHU_USER_TOKEN", auth="akahu",
         url="https://api.akahu.io/v1/accounts", label="Akahu"),
    dict(key="akahu_secret", provider="akahu", kind="app_secret", gen=g_akahu_secret, weight=1,
         words=["akahu", "app", "secret"], env="AKAHU_APP_SECRET", auth="clientpair",
         url="https://api.akahu.io/v1/token", label="Akahu app"),
    dict(key="basiq", provider="basiq", kind="api_key", gen=g_basiq, weight=3,
         words=["basiq", "api", "key"], env="BASIQ_API_KEY", auth="basic",
         url="https://au-api.basiq.io/token", label="Basiq"),
    dict(key="bunq", provider="bunq", kind="api_key", gen=g_bunq, weight=4,
         words=["bunq", "api", "key"], env="BUNQ_API_KEY", auth="bunq",
         url="https://api.bunq.com/v1/installation", label="bunq"),
    dict(key="wise", provider="wise", kind="personal_token", gen=g_wise, weight=4,
         words=["wise", "api", "token"], env="WISE_API_TOKEN", auth="bearer",
         url="https://api.transferwise.com/v4/profiles", label="Wise"),
    dict(key="coinbase", provider="coinbase", kind="api_secret", gen=g_coinbase_legacy, weight=3,
         words=["coinbase", "api", "secret"], env="COINBASE_API_SECRET", auth="clientpair",
         url="https://api.coinbase.com/v2/accounts", label="Coinbase"),
    dict(key="coinbase_cdp", provider="coinbase", kind="cdp_private_key", gen=g_coinbase_cdp, weight=1,
         words=["coinbase", "private", "key"], env="COINBASE_PRIVATE_KEY", auth="pem",
         url="https://api.coinbase.com/api/v3/brokerage/accounts", label="Coinbase CDP"),
    dict(key="kraken", provider="kraken", kind="private_key", gen=g_kraken, weight=4,
         words=["kraken", "private", "key"], env="KRAKEN_PRIVATE_KEY", auth="clientpair",
         url="https://api.kraken.com/0/private/Balance", label="Kraken"),
    dict(key="splitwise", provider="splitwise", kind="consumer_secret", gen=g_splitwise, weight=3,
         words=["splitwise", "consumer", "secret"], env="SPLITWISE_CONSUMER_SECRET", auth="clientpair",
         url="https://secure.splitwise.com/api/v3.0/get_expenses", label="Splitwise"),
    dict(key="tiller_google", provider="google", kind="api_key", gen=g_google_key, weight=2,
         words=["sheets", "api", "key"], env="GOOGLE_SHEETS_API_KEY", auth="query:key",
         url="https://sheets.googleapis.com/v4/spreadsheets", label="Tiller sheet (Google API)"),
    dict(key="bank_login", provider="bank-login", kind="password", gen=g_bank_pw, weight=6,
         words=["bank", "password"], env="BANK_PASSWORD", auth="login",
         url="https://online.lloydsbank.co.uk/personal/logon/login.jsp", label="online banking"),
    dict(key="plaid_secret", provider="plaid", kind="secret", gen=g_plaid_secret, weight=4,
         words=["plaid", "secret"], env="PLAID_SECRET", auth="clientpair",
         url="https://production.plaid.com/transactions/sync", label="Plaid"),
    dict(key="plaid_access", provider="plaid", kind="access_token", gen=g_plaid_access, weight=3,
         words=["plaid", "access", "token"], env="PLAID_ACCESS_TOKEN", auth="body:access_token",
         url="https://production.plaid.com/accounts/balance/get", label="Plaid item"),
    dict(key="alphavantage", provider="alphavantage", kind="api_key", gen=g_alphavantage, weight=5,
         words=["alpha", "vantage", "key"], env="ALPHAVANTAGE_API_KEY", auth="query:apikey",
         url="https://www.alphavantage.co/query", label="Alpha Vantage"),
    dict(key="finnhub", provider="finnhub", kind="api_key", gen=g_finnhub, weight=4,
         words=["finnhub", "token"], env="FINNHUB_API_KEY", auth="query:token",
         url="https://finnhub.io/api/v1/quote", label="Finnhub"),
    dict(key="imap", provider="imap", kind="password", gen=g_imap_pw, weight=6,
         words=["imap", "password"], env="IMAP_PASSWORD", auth="login",
         url="imap.gmail.com", label="IMAP receipts mailbox"),
    dict(key="postgres", provider="postgres", kind="password", gen=g_db_pw, weight=5,
         words=["db", "password"], env="POSTGRES_PASSWORD", auth="dburl",
         url="postgres:5432", label="database"),
    dict(key="telegram", provider="telegram", kind="bot_token", gen=g_telegram, weight=3,
         words=["telegram", "bot", "token"], env="TELEGRAM_BOT_TOKEN", auth="telegram",
         url="https://api.telegram.org", label="Telegram bot"),
    dict(key="discord", provider="discord", kind="webhook_url", gen=g_discord, weight=2,
         words=["discord", "webhook", "url"], env="DISCORD_WEBHOOK_URL", auth="webhook",
         url="https://discord.com", label="Discord webhook"),
    dict(key="slack", provider="slack", kind="webhook_url", gen=g_slack, weight=1,
         words=["slack", "webhook", "url"], env="SLACK_WEBHOOK_URL", auth="webhook",
         url="https://hooks.slack.com", label="Slack webhook"),
    dict(key="hass", provider="home-assistant", kind="long_lived_token", gen=g_ha_token, weight=2,
         words=["hass", "token"], env="HASS_TOKEN", auth="bearer",
         url="http://homeassistant.local:8123/api/states", label="Home Assistant"),
    dict(key="openai", provider="openai", kind="api_key", gen=g_openai, weight=2,
         words=["openai", "api", "key"], env="OPENAI_API_KEY", auth="bearer",
         url="https://api.openai.com/v1/chat/completions", label="OpenAI"),
    dict(key="smtp", provider="smtp", kind="password", gen=g_smtp_pw, weight=2,
         words=["smtp", "password"], env="SMTP_PASSWORD", auth="login",
         url="smtp.fastmail.com", label="SMTP"),
]
SPEC_BY_KEY = {s["key"]: s for s in SPECS}

# provider-documented example values that are safe to commit (negatives)
DOC_EXAMPLES = {
    "alphavantage": ["demo"],
    "simplefin_setup": ["aHR0cHM6Ly9iZXRhLWJyaWRnZS5zaW1wbGVmaW4ub3JnL3NpbXBsZWZpbi9jbGFpbS9ERU1P"],
    "simplefin_url": [],
    "firefly_appkey": ["SomeRandomStringOf32CharsExactly"],
}

NEUTRAL_WORDS = [["auth"], ["credential"], ["conn", "value"], ["remote", "ref"], ["sync", "key"],
                 ["bearer"], ["k"], ["client", "cfg"], ["upstream", "auth"], ["x", "auth"],
                 ["login", "blob"], ["source", "param"], ["pw"], ["pin"], ["hdr"], ["val"],
                 ["api", "arg"], ["creds"], ["feed", "param"], ["bridge", "ref"]]


def style_name(words, st):
    words = [w.lower() for w in words]
    if st == "snake":
        return "_".join(words)
    if st == "screaming":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "kebab":
        return "-".join(words)
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    return "_".join(words)


class Slot:
    """The value placed in a template's secret slot."""

    def __init__(self, raw, spec, obvious=True, env=None, pub=None, extra=None):
        self.raw = raw
        self.spec = spec
        self.obvious = obvious
        self.env = env            # env var name if this is an environment reference
        self.pub = pub
        self.extra = extra or {}

    def name(self, st="snake"):
        if self.obvious:
            return style_name(self.spec["words"], st)
        return style_name(self.neutral, st)

    def lit(self, ctx="plain"):
        """Unquoted value for config-ish contexts."""
        if self.env:
            e = self.env
            return {"plain": "${%s}" % e, "compose": "${%s}" % e, "ha": "!secret %s" % e.lower(),
                    "gha": "${{ secrets.%s }}" % e, "md": "$%s" % e, "sh": "${%s}" % e,
                    "ini": "%%(ENV_%s)s" % e, "toml": "env:%s" % e, "gs": "PROPS." + e}.get(ctx, "${%s}" % e)
        return self.raw

    def code(self, lang, q='"'):
        """Expression in a programming language."""
        if self.env:
            e = self.env
            return {"py": 'os.environ["%s"]' % e, "js": "process.env.%s" % e, "ts": "process.env.%s!" % e,
                    "rs": 'std::env::var("%s")?' % e, "go": 'os.Getenv("%s")' % e, "sh": '"${%s}"' % e,
                    "gs": "PropertiesService.getScriptProperties().getProperty('%s')" % e,
                    "r": 'Sys.getenv("%s")' % e}.get(lang, '"${%s}"' % e)
        return q + self.raw + q


PUBWORDS = {"kraken": ["kraken", "api", "key"], "coinbase": ["coinbase", "api", "key"],
            "coinbase_cdp": ["coinbase", "key", "name"], "splitwise": ["splitwise", "consumer", "key"],
            "plaid_secret": ["plaid", "client", "id"], "akahu_user": ["akahu", "app", "token"],
            "akahu_secret": ["akahu", "app", "token"], "monzo_client": ["monzo", "client", "id"],
            "bank_login": ["bank", "username"]}


# ---------------------------------------------------------------- slots
def make_pos_slot(spec):
    g = spec["gen"]()
    secret = g["secret"]
    SECRETS.append(secret)
    raw = secret
    extra = dict(g)
    if spec["auth"] == "accessurl":
        raw = g["url"]
    obvious = R.random() < 0.5
    s = Slot(raw, spec, obvious=obvious, pub=g.get("pub"), extra=extra)
    s.needle = secret
    s.neutral = ch(NEUTRAL_WORDS)
    if spec["auth"] == "dburl" and R.random() < 0.5:
        s.raw = "postgresql://%s:%s@%s/%s" % (ch(["budget", "firefly", "ghostfolio", "ledger", "app"]), secret,
                                              ch(["db:5432", "postgres:5432", "localhost:5432", "10.0.0.12:5432"]),
                                              ch(["budget", "finance", "firefly", "ghostfolio"]))
        s.words_override = ["database", "url"]
    if spec["key"] == "coinbase_cdp":
        s.raw = "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(g["pem_lines"]) + "\\n-----END EC PRIVATE KEY-----\\n"
    return s


PLACEHOLDERS = ["<YOUR_{E}>", "your-{k}-here", "YOUR_{E}", "REPLACE_ME", "<{k}>", "{E}_GOES_HERE",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "<insert {k}>", "CHANGE_ME_{E}", "...",
                "<paste token from app>", "dummy", "<redacted>"]
MASKS = ["********", "****************", "[REDACTED]", "••••••••••••", "<hidden>", "***redacted***",
         "(set in 1Password)", "xxxx-xxxx-xxxx"]


def make_neg_slot(spec, mode=None):
    modes = ["placeholder", "placeholder", "env", "env", "env", "empty", "masked", "manager"]
    if DOC_EXAMPLES.get(spec["key"]):
        modes += ["doc_example", "doc_example", "doc_example"]
    if mode is None:
        mode = ch(modes)
    E = spec["env"]
    k = "-".join(spec["words"])
    env = None
    if mode == "placeholder":
        raw = ch(PLACEHOLDERS).replace("{E}", E).replace("{k}", k)
        kind = "placeholder"
    elif mode == "env":
        raw = "${%s}" % E
        env = E
        kind = "env_reference"
    elif mode == "empty":
        raw = ""
        kind = "empty_value"
    elif mode == "masked":
        kind = "masked_value"
        if spec["key"] == "up" and R.random() < 0.6:
            raw = "up:yeah:" + "*" * R.randrange(8, 24)
        elif spec["key"] == "plaid_access" and R.random() < 0.6:
            raw = "access-production-********-****-****-****-" + "*" * 8 + rs(HEX, 4)
        elif R.random() < 0.4:
            raw = "*" * R.randrange(8, 20) + rs(HEX, 4)
        else:
            raw = ch(MASKS)
    elif mode == "manager":
        kind = "secret_manager_reference"
        lab = spec["label"].replace(" ", "")
        raw = ch(["op://Personal/%s/credential" % lab, "op://Finance/%s/%s" % (lab, "password" if "password" in spec["kind"] else "token"),
                  "arn:aws:ssm:eu-west-1:%d:parameter/finance/%s" % (R.randrange(10**11, 10**12), spec["key"]),
                  "vault:secret/data/finance#%s" % spec["key"], "bw:%s" % uuid4(),
                  "projects/%s/secrets/%s/versions/latest" % (ch(["home-finance", "budget-sync-381912"]), spec["key"].replace("_", "-"))])
    else:
        kind = "documented_example"
        raw = ch(DOC_EXAMPLES[spec["key"]])
    s = Slot(raw, spec, obvious=R.random() < 0.6, env=env)
    s.needle = None
    s.neutral = ch(NEUTRAL_WORDS)
    s.negkind = kind
    if spec["auth"] == "accessurl" and mode in ("placeholder", "masked"):
        s.raw = "https://%s:%s@beta-bridge.simplefin.org/simplefin" % (ch(["USERNAME", "user", "xxxx"]), ch(["PASSWORD", "pass", "****"]))
    if spec["auth"] == "dburl" and R.random() < 0.4 and not env:
        s.raw = "postgresql://budget:%s@db:5432/budget" % (raw if raw else "")
        s.words_override = ["database", "url"]
    return s


def sname(s, st="snake"):
    w = getattr(s, "words_override", None)
    if s.obvious:
        return style_name(w or s.spec["words"], st)
    return style_name(s.neutral, st)


def pubname(s, st="snake"):
    return style_name(PUBWORDS.get(s.spec["key"], ["client", "id"]), st)


def pub_lines(s, fmt, st="snake"):
    """Return the public-half line(s) for id/secret pairs, formatted by fmt % (name, value)."""
    if s.pub and s.spec["key"] in PUBWORDS:
        return [fmt % (pubname(s, st), s.pub)]
    return []


def envname(s):
    if s.obvious:
        w = getattr(s, "words_override", None)
        return style_name(w, "screaming") if w else s.spec["env"]
    return style_name(s.neutral, "screaming")


# ---------------------------------------------------------------- noise helpers
def comment_lines(prefix, n=None):
    pool = ["synced nightly by cron", "see notes/runbook.md for rotation", "last reviewed " + ch(["2023-11", "2024-02", "2024-06", "2025-01"]),
            "do not change the budget id without migrating categories", "timezone matters for the import cut-off",
            "amounts are milliunits in YNAB", "keep this in sync with docker-compose.yml", "TODO: move to the NAS",
            "import runs after payday", "categories map lives in rules/", "currency is " + ch(["EUR", "GBP", "AUD", "NZD", "USD"]),
            "dedupe by date+amount+payee", "wife's joint account goes to Assets:Joint", "staging instance on the pi",
            "rate limit: 200 req/hour", "started this after leaving Mint", "works with python 3.11"]
    n = n if n is not None else R.randrange(1, 3)
    return [prefix + " " + x for x in R.sample(pool, n)]


def budget_id():
    return uuid4()


BANK_HOSTS = ["online.lloydsbank.co.uk", "secure.chase.com", "netbank.commbank.com.au", "mijn.ing.nl", "online.asb.co.nz",
              "banking.barclays.co.uk", "online.nationwide.co.uk", "ibank.westpac.com.au"]
CURRENCIES = ["EUR", "GBP", "AUD", "NZD", "USD", "CAD"]
PAYEES = ["Tesco", "Aldi", "Countdown", "Woolworths", "Lidl", "Shell", "Spotify", "Netflix", "Landlord", "Council Tax",
          "Octopus Energy", "Vodafone", "Amazon", "Uber", "Trader Joe's", "Costco", "Pak'nSave", "Coles", "Rewe", "Albert Heijn"]


# ---------------------------------------------------------------- quoting helpers
def yq(v):
    """YAML scalar, quoted when needed."""
    if v == "":
        return '""'
    if v.startswith("!secret ") or v.startswith("${"):
        return v if v.startswith("!secret") else '"%s"' % v
    if any(c in v for c in ":#{}[],&*!|>'\"%@`") or v[0] in "-?" or " " in v or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"%s"' % v if '"' not in v else "'%s'" % v
    if R.random() < 0.35:
        return ch(['"%s"', "'%s'"]) % v
    return v


def envq(v):
    if v == "":
        return ""
    if " " in v or "#" in v or R.random() < 0.3:
        return ch(['"%s"', "'%s'"]) % v if " " not in v else '"%s"' % v
    return v


def shq(v):
    if v.startswith("${") or v.startswith("$("):
        return '"%s"' % v
    return "'%s'" % v


def jstr(v):
    return json.dumps(v)


AUTH_HEADER = {"bearer": ("Authorization", "Bearer "), "token": ("Authorization", "Token "),
               "basic": ("Authorization", "Basic "), "akahu": ("Authorization", "Bearer ")}


def hdr(s):
    return AUTH_HEADER.get(s.spec["auth"], ("Authorization", "Bearer "))


def is_headerish(spec):
    return spec["auth"] in AUTH_HEADER


def generic(spec):
    return spec["key"] != "coinbase_cdp"


def rnd_dir(*opts):
    return ch(opts)


TEMPLATES = []   # (name, filetype, predicate, fn, neg_ok)


def template(name, filetype, pred=generic):
    def deco(fn):
        TEMPLATES.append((name, filetype, pred, fn))
        return fn
    return deco


# ---------------------------------------------------------------- templates (pos + neg re-use)
@template("dotenv", "env")
def t_dotenv(s):
    path = ch([".env", ".env.local", ".env.production", "deploy/.env", "docker/.env", "config/.env"])
    sp = s.spec
    lines = ["# %s sync -- environment" % sp["label"]]
    lines += ch([["TZ=%s" % ch(["Europe/London", "Australia/Sydney", "Pacific/Auckland", "America/Chicago", "Europe/Amsterdam"])], []])
    lines += ["LOG_LEVEL=%s" % ch(["info", "debug", "warning"]),
              "BUDGET_ID=%s" % budget_id(),
              "SYNC_INTERVAL_MINUTES=%d" % ch([15, 30, 60, 360]),
              "DEFAULT_CURRENCY=%s" % ch(CURRENCIES)]
    head, rest = lines[:1], lines[1:]
    R.shuffle(rest)
    lines = head + rest
    if R.random() < 0.5:
        lines += ["", "# --- credentials ---"]
    lines += pub_lines(s, "%s=%s", "screaming")
    val = s.lit("plain")
    lines.append("%s=%s" % (envname(s), envq(val)))
    if R.random() < 0.6:
        lines += ["", "# notifications", "NOTIFY_ON_LARGE_TXN=%d" % ch([100, 250, 500]), "DRY_RUN=%s" % ch(["false", "0", "true"])]
    return path, "\n".join(lines) + "\n"


@template("compose", "docker-compose")
def t_compose(s):
    sp = s.spec
    img = {"actual-budget": "actualbudget/actual-server:latest", "ghostfolio": "ghostfolio/ghostfolio:latest",
           "firefly-iii": "fireflyiii/core:latest"}.get(sp["provider"], ch(["python:3.12-slim", "ghcr.io/%s/budget-sync:main" % ch(["mkelly", "jb-home", "tpham"]), "node:20-alpine"]))
    svc = ch(["sync", "importer", "budget-sync", "app", sp["provider"].split("-")[0]])
    style = R.random() < 0.5
    v = s.lit("compose")
    lines = ["services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped"]
    if R.random() < 0.5:
        lines += ["    ports:", '      - "%d:%d"' % ((5006, 5006) if "actual" in sp["provider"] else (ch([8080, 3333, 8000]),) * 2)]
    lines += ["    volumes:", "      - ./data:/data"]
    lines.append("    environment:")
    env = [("TZ", ch(["Europe/Berlin", "Australia/Melbourne", "UTC"])), ("LOG_LEVEL", "info")]
    for pl in pub_lines(s, "%s=%s", "screaming"):
        a, b = pl.split("=", 1)
        env.append((a, b))
    env.append((envname(s), v))
    env.append(("BUDGET_SYNC_CRON", ch(["0 */6 * * *", "30 5 * * *"])))
    for a, b in env:
        if style:
            lines.append("      - %s=%s" % (a, b) if " " not in b else '      - "%s=%s"' % (a, b))
        else:
            lines.append("      %s: %s" % (a, yq(b)))
    if R.random() < 0.6:
        lines += ["    depends_on:", "      - db", "", "  db:", "    image: postgres:16", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
                  "", "volumes:", "  pgdata: {}"]
    return ch(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml", "docker-compose.override.yml"]), "\n".join(lines) + "\n"


@template("py_settings", "python")
def t_py_settings(s):
    sp = s.spec
    st = ch(["screaming", "screaming", "snake"])
    lines = ['"""Settings for the %s importer."""' % sp["label"], "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent",
             'LEDGER_FILE = BASE_DIR / "%s"' % ch(["main.beancount", "ledger/2024.journal", "books/household.beancount"]),
             'DEFAULT_CURRENCY = "%s"' % ch(CURRENCIES), ""]
    lines += comment_lines("#", 1)
    lines += pub_lines(s, '%s = "%s"', st)
    lines.append("%s = %s" % (sname(s, st), s.code("py", ch(['"', "'"]))))
    lines += ["", "IMPORT_DAYS_BACK = %d" % ch([7, 14, 30, 90]), "DRY_RUN = os.environ.get(\"DRY_RUN\", \"0\") == \"1\""]
    return ch(["config/settings.py", "settings.py", "importers/config.py", "budget_sync/settings.py", "src/config.py"]), "\n".join(lines) + "\n"


@template("json_cfg", "json")
def t_json(s):
    sp = s.spec
    st = ch(["camel", "snake"])
    d = {}
    d["budget" + ("Id" if st == "camel" else "_id")] = budget_id()
    d["currency"] = ch(CURRENCIES)
    if s.pub and sp["key"] in PUBWORDS:
        d[pubname(s, st)] = s.pub
    d[sname(s, st)] = s.lit("plain")
    d["categories" if R.random() < 0.5 else "accounts"] = {ch(["Groceries", "Checking", "Rent"]): ch(["Food", "Assets:Bank", "Housing"]),
                                                            ch(["Fuel", "Savings"]): ch(["Transport", "Assets:Savings"])}
    d["schedule"] = ch(["hourly", "daily", "0 6 * * *"])
    if R.random() < 0.5:
        d = {ch(["sync", sp["provider"].replace("-", "_"), "source"]): d, "version": ch([1, 2, 3])}
    path = ch(["config.json", "config/%s.json" % sp["provider"], ".budgetrc.json", "settings.json", "src/config/default.json"])
    return path, json.dumps(d, indent=ch([2, 4])) + "\n"


@template("yaml_cfg", "yaml")
def t_yaml(s):
    sp = s.spec
    st = ch(["snake", "kebab", "camel"])
    lines = ["# %s importer configuration" % sp["label"], "%s:" % ch(["source", "provider", sp["provider"].replace("-", "_")]),
             "  %s: %s" % (style_name(["base", "url"], st), sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"])]
    lines += pub_lines(s, "  %s: %s", st)
    lines.append("  %s: %s" % (sname(s, st), yq(s.lit("plain"))))
    lines += ["  %s: %d" % (style_name(["timeout"], st), ch([10, 30, 60])), "", "ledger:",
              "  %s: %s" % (style_name(["output", "file"], st), ch(["books/main.beancount", "ledger/import.journal"])),
              "  %s: %s" % (style_name(["default", "account"], st), ch(["Assets:Bank:Checking", "Liabilities:CreditCard", "Assets:Up:Spending"])),
              "  currency: %s" % ch(CURRENCIES), "", "rules:"]
    for p in R.sample(PAYEES, 3):
        lines += ["  - match: %s" % yq(p), "    account: Expenses:%s" % ch(["Groceries", "Transport", "Subscriptions", "Utilities", "Rent"])]
    return ch(["config.yaml", "importer.yaml", "config/%s.yml" % sp["provider"], "sync.yml"]), "\n".join(lines) + "\n"


@template("toml_cfg", "toml")
def t_toml(s):
    sp = s.spec
    v = s.lit("plain")
    lines = ["# config for %s" % ch(["budget-cli", "ledger-sync", "moneyctl", "txn-pull"]), "[general]",
             'currency = "%s"' % ch(CURRENCIES), 'ledger = "%s"' % ch(["~/finance/main.beancount", "~/books/all.journal"]), "",
             "[%s]" % sp["provider"].replace("-", "_")]
    lines += pub_lines(s, '%s = "%s"')
    if s.env:
        lines.append('%s_env = "%s"' % (sname(s), s.env))
    else:
        lines.append('%s = %s' % (sname(s), ch(['"%s"', "'%s'"]) % v))
    lines += ['endpoint = "%s"' % sp["url"], "page_size = %d" % ch([50, 100, 500]), "", "[output]", 'format = "%s"' % ch(["beancount", "ledger", "csv"])]
    return ch(["config.toml", ".config/moneyctl/config.toml", "budget-cli.toml", "settings.toml"]), "\n".join(lines) + "\n"


@template("ini_cfg", "ini")
def t_ini(s):
    sp = s.spec
    lines = ["; %s credentials for the nightly import" % sp["label"], "[DEFAULT]", "currency = %s" % ch(CURRENCIES),
             "ledger = %s" % ch(["/srv/finance/main.beancount", "~/ledger/main.journal"]), "", "[%s]" % sp["provider"]]
    lines += pub_lines(s, "%s = %s")
    lines.append("%s = %s" % (sname(s, ch(["snake", "snake", "kebab"])), s.lit("ini")))
    lines += ["enabled = %s" % ch(["yes", "true"]), "days_back = %d" % ch([3, 7, 30])]
    return ch(["config.ini", "bank2ynab.conf", "user_configuration.conf", "importer.cfg", "sync.conf"]), "\n".join(lines) + "\n"


def curl_auth_args(s, v):
    """curl arguments that send the credential v (already-literal text)."""
    a = s.spec["auth"]
    url = s.spec["url"] if s.spec["url"].startswith("http") else "https://" + s.spec["url"]
    if a in AUTH_HEADER:
        h, p = hdr(s)
        extra = ' -H "X-Akahu-ID: %s"' % s.pub if a == "akahu" and s.pub else ""
        return '-H "%s: %s%s"%s "%s"' % (h, p, v, extra, url)
    if a.startswith("query:"):
        return '"%s?%s=%s"' % (url + ("" if "?" in url else ""), a.split(":")[1], v)
    if a == "telegram":
        return '"https://api.telegram.org/bot%s/sendMessage" -d chat_id=%d -d text="$MSG"' % (v, R.randrange(10**8, 10**9))
    if a == "webhook":
        return '-H "Content-Type: application/json" -d "{\\"content\\": \\"$MSG\\"}" "%s"' % v
    if a == "accessurl":
        return '"%s/accounts?start-date=$(date -d \'7 days ago\' +%%s)"' % v
    if a == "cronurl":
        return '"%s%s"' % (url, v)
    if a == "ghostfolio":
        return '-X POST -H "Content-Type: application/json" -d \'{"accessToken": "%s"}\' %s' % (v, url)
    if a == "setup":
        return '-X POST "$(echo %s | base64 --decode)"' % v
    if a.startswith("body:"):
        return '-H "Content-Type: application/json" -d \'{"access_token": "%s"}\' %s' % (v, url)
    if a == "clientpair":
        pub = s.pub or "$API_KEY"
        return '-u "%s:%s" %s' % (pub, v, url)
    if a == "bunq":
        return '-X POST -H "X-Bunq-Client-Authentication: $INSTALLATION_TOKEN" -d \'{"description": "nas", "secret": "%s"}\' https://api.bunq.com/v1/device-server' % v
    if a == "dburl":
        if v.startswith("postgres"):
            return None
        return None
    if a == "login":
        return None
    if a == "basic":
        return None
    return None


def curlable(spec):
    return generic(spec) and spec["auth"] not in ("dburl", "login", "password", "pem")


@template("cron_sh", "shell", curlable)
def t_cron_sh(s):
    sp = s.spec
    lines = ["#!/usr/bin/env bash", "# pull %s data and append to the ledger -- run from cron" % sp["label"], "set -euo pipefail", "",
             'OUT="${HOME}/finance/imports/$(date +%%F)-%s.json"' % sp["provider"], 'MSG="budget sync finished"', ""]
    if R.random() < 0.5 and not s.env:
        name = envname(s)
        lines.append("%s=%s" % (name, shq(s.raw)))
        v = "${%s}" % name
    else:
        v = s.lit("sh")
    args = curl_auth_args(s, v)
    lines += ['curl -fsS %s \\' % args, '  -o "$OUT"', "",
              'python3 "$HOME/finance/bin/%s" "$OUT" >> "$HOME/finance/main.beancount"' % ch(["json2bean.py", "import_%s.py" % sp["key"]]),
              'echo "$(date) imported $(jq length "$OUT") records" >> "$HOME/finance/sync.log"']
    return ch(["bin/sync.sh", "scripts/pull-%s.sh" % sp["provider"], "cron/nightly-import.sh", "sync.sh"]), "\n".join(lines) + "\n"


@template("crontab", "crontab", curlable)
def t_crontab(s):
    sp = s.spec
    v = s.lit("sh")
    args = curl_auth_args(s, v)
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=\"\"", "",
             "# weekly beancount check", "15 7 * * 1 cd ~/finance && bean-check main.beancount",
             "# %s pull" % sp["label"], "%d %d * * * curl -fsS %s -o ~/finance/imports/%s.json" % (R.randrange(60), R.randrange(24), args, sp["provider"]),
             "# backup", "0 3 * * * restic backup ~/finance >/dev/null 2>&1"]
    return ch(["crontab", "deploy/crontab.txt", "cron/finance.crontab"]), "\n".join(lines) + "\n"


@template("md_note", "markdown", curlable)
def t_md_note(s):
    sp = s.spec
    v = s.lit("md")
    lines = ["# %s" % ch(["Finance runbook", "Budget automation notes", "Money stack", "Household finance setup"]), "",
             "tags: #finance #%s" % sp["provider"].replace("-", ""), "", "## %s" % sp["label"], "",
             "- Token created in the app on %s, expires %s." % (ch(["2024-03-02", "2024-09-14", "2025-01-20"]), ch(["never", "in 90 days", "2026-01-01"])),
             "- Used by the nightly sync on the NAS.", ""]
    if s.obvious:
        lines += ["%s: `%s`" % (sp["label"] + " " + sp["kind"].replace("_", " "), v), ""]
        lines += ["Test it:", "", "```bash", "curl -s %s | jq ." % curl_auth_args(s, "$TOKEN" if not s.env else v), "```"]
    else:
        lines += ["Test it:", "", "```bash", "curl -s %s | jq ." % curl_auth_args(s, v), "```"]
    lines += ["", "## Other", "", "- Budget id: `%s`" % budget_id(), "- Review categories monthly.", "- Joint account reconciles on the 1st."]
    return ch(["notes/runbook.md", "Finance/Budget automation.md", "docs/setup.md", "vault/Money/%s.md" % sp["label"], "README.md"]), "\n".join(lines) + "\n"


@template("http_file", "http", lambda sp: is_headerish(sp))
def t_http(s):
    sp = s.spec
    h, p = hdr(s)
    v = s.lit("plain") if not s.env else "{{%s}}" % s.env.lower()
    lines = ["### %s -- list" % sp["label"], "GET %s" % sp["url"], "%s: %s%s" % (h, p, v)]
    if sp["auth"] == "akahu" and s.pub:
        lines.append("X-Akahu-ID: %s" % s.pub)
    lines += ["Accept: application/json", "", "### ping", "GET %s" % sp["url"].rsplit("/", 1)[0], "Accept: application/json", ""]
    return ch(["requests.http", "api/%s.http" % sp["provider"], "scratch/test.http"]), "\n".join(lines) + "\n"


@template("py_requests", "python", lambda sp: is_headerish(sp) or sp["auth"].startswith("query:"))
def t_py_requests(s):
    sp = s.spec
    a = sp["auth"]
    lines = ["#!/usr/bin/env python3", '"""Fetch recent %s data and write a CSV for the ledger import."""' % sp["label"], "import csv", "import os",
             "import sys", "from datetime import date, timedelta", "", "import requests", "",
             'API = "%s"' % sp["url"], ""]
    inline = not s.obvious
    if not inline:
        lines.append("%s = %s" % (sname(s, "screaming"), s.code("py")))
        ref = sname(s, "screaming")
    else:
        ref = s.code("py")
    lines += ["", "", "def fetch(since):"]
    if a in AUTH_HEADER:
        h, p = hdr(s)
        if inline and not s.env:
            lines.append('    headers = {"%s": "%s%s"}' % (h, p, s.raw))
        else:
            lines.append('    headers = {"%s": f"%s{%s}"}' % (h, p, ref if not s.env or not inline else "os.environ['%s']" % s.env))
        if a == "akahu" and s.pub:
            lines.append('    headers["X-Akahu-ID"] = "%s"' % s.pub)
        lines.append('    r = requests.get(API, headers=headers, params={"since": since.isoformat()}, timeout=30)')
    else:
        q = a.split(":")[1]
        lines.append('    r = requests.get(API, params={"function": "TIME_SERIES_DAILY", "symbol": sys.argv[1] if len(sys.argv) > 1 else "VWRL.LON", "%s": %s}, timeout=30)' % (q, ref))
    lines += ["    r.raise_for_status()", "    return r.json()", "", "", "def main():",
              "    since = date.today() - timedelta(days=%d)" % ch([7, 14, 30]), "    data = fetch(since)",
              '    with open("imports/latest.csv", "w", newline="") as fh:', "        w = csv.writer(fh)",
              '        w.writerow(["date", "payee", "amount"])', '        for row in data.get("data", []):',
              '            w.writerow([row.get("date"), row.get("payee"), row.get("amount")])', "", "",
              'if __name__ == "__main__":', "    main()"]
    return ch(["fetch.py", "scripts/fetch_%s.py" % sp["key"], "tools/pull.py", "importers/%s_fetch.py" % sp["provider"].replace("-", "_")]), "\n".join(lines) + "\n"


@template("ipynb", "jupyter")
def t_ipynb(s):
    sp = s.spec
    st = ch(["snake", "screaming"])
    cell1 = ["import os\n", "import pandas as pd\n", "import requests\n"]
    cell2 = []
    if s.pub and sp["key"] in PUBWORDS:
        cell2.append('%s = "%s"\n' % (pubname(s, st), s.pub))
    cell2.append("%s = %s\n" % (sname(s, st), s.code("py", ch(['"', "'"]))))
    cell2.append('BASE = "%s"' % (sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]))
    cell3 = ["df = pd.read_csv('exports/%s.csv', parse_dates=['date'])\n" % ch(["transactions", "ynab_register", "up_export"]),
             "monthly = df.groupby(df['date'].dt.to_period('M'))['amount'].sum()\n", "monthly.tail(12)"]
    def code(src, n):
        return {"cell_type": "code", "execution_count": n, "id": rs(HEX, 8), "metadata": {}, "outputs": [], "source": src}
    nb = {"cells": [{"cell_type": "markdown", "id": rs(HEX, 8), "metadata": {}, "source": ["# %s spending analysis\n" % ch(["Monthly", "2024", "Household"]), "\n", "Pulls data and plots categories."]},
                    code(cell1, 1), code(cell2, 2), code(cell3, 3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return ch(["notebooks/spending.ipynb", "analysis.ipynb", "notebooks/%s-explore.ipynb" % sp["provider"], "Budget 2024.ipynb"]), json.dumps(nb, indent=1) + "\n"


@template("apps_script", "apps-script", lambda sp: generic(sp) and sp["auth"] not in ("dburl", "login"))
def t_apps_script(s):
    sp = s.spec
    name = sname(s, "screaming")
    lines = ["/**", " * %s -> Google Sheet sync (Tiller-style)." % sp["label"], " * Trigger: time-driven, every %s." % ch(["hour", "6 hours", "day"]), " */",
             "const SHEET_NAME = '%s';" % ch(["Transactions", "Balances", "Holdings"])]
    lines += pub_lines(s, "const %s = '%s';", "screaming")
    lines.append("const %s = %s;" % (name, s.code("gs", "'")))
    url = sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]
    lines += ["", "function syncTransactions() {", "  const sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);"]
    if is_headerish(sp):
        h, p = hdr(s)
        lines += ["  const res = UrlFetchApp.fetch('%s', {" % url, "    headers: { %s: '%s' + %s }," % (h, p, name), "    muteHttpExceptions: true,", "  });"]
    elif sp["auth"].startswith("query:"):
        lines += ["  const res = UrlFetchApp.fetch('%s?%s=' + %s + '&symbol=' + encodeURIComponent('VTI'));" % (url, sp["auth"].split(":")[1], name)]
    else:
        lines += ["  const res = UrlFetchApp.fetch('%s', { method: 'post', payload: JSON.stringify({ key: %s }) });" % (url, name)]
    lines += ["  const data = JSON.parse(res.getContentText());", "  const rows = (data.data || []).map(t => [t.date, t.payee, t.amount / 1000]);",
              "  if (rows.length) sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 3).setValues(rows);", "}"]
    return ch(["Code.gs", "apps-script/Code.gs", "src/sync.gs", "sheets/Sync.js"]), "\n".join(lines) + "\n"


@template("ha_rest", "home-assistant", lambda sp: is_headerish(sp))
def t_ha_rest(s):
    sp = s.spec
    h, p = hdr(s)
    v = s.lit("ha")
    if v.startswith("!secret"):
        hv = "!secret %s_auth_header" % sp["key"]
    else:
        hv = '"%s%s"' % (p, v)
    lines = ["# configuration.yaml (excerpt)", "homeassistant:", "  name: Home", "  currency: %s" % ch(CURRENCIES), "",
             "rest:", "  - resource: %s" % sp["url"], "    scan_interval: %d" % ch([900, 1800, 3600]), "    headers:", "      %s: %s" % (h, hv)]
    if sp["auth"] == "akahu" and s.pub:
        lines.append("      X-Akahu-ID: %s" % s.pub)
    lines += ["    sensor:", "      - name: \"%s balance\"" % sp["label"], "        value_template: \"{{ value_json.data[0].attributes.balance.value }}\"",
              "        unit_of_measurement: \"%s\"" % ch(CURRENCIES), "        device_class: monetary", "",
              "automation: !include automations.yaml"]
    return ch(["configuration.yaml", "homeassistant/configuration.yaml", "config/packages/finance.yaml"]), "\n".join(lines) + "\n"


@template("ha_secrets", "home-assistant")
def t_ha_secrets(s):
    sp = s.spec
    lines = ["# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
             "latitude_home: %.4f" % R.uniform(-45, 55), "longitude_home: %.4f" % R.uniform(-120, 175)]
    lines += pub_lines(s, "%s: %s")
    v = s.lit("plain")
    if s.env:
        v = ""
        s.negkind = "empty_value"
    lines.append("%s: %s" % (sname(s, "snake"), yq(v)))
    lines += ["budget_id: %s" % budget_id(), "mqtt_user: homeassistant"]
    return ch(["secrets.yaml", "homeassistant/secrets.yaml"]), "\n".join(lines) + "\n"


@template("rust_main", "rust", lambda sp: generic(sp) and sp["auth"] not in ("dburl",))
def t_rust(s):
    sp = s.spec
    lines = ["use anyhow::Result;", "use serde::Deserialize;", "", "#[derive(Debug, Deserialize)]", "struct Account {", "    id: String,",
             "    name: String,", "    balance: i64,", "}", ""]
    pub = pub_lines(s, 'const %s: &str = "%s";', "screaming")
    lines += pub
    if s.env:
        lines += ["fn credential() -> Result<String> {", "    Ok(%s)" % s.code("rs"), "}", ""]
        ref = "credential()?"
    elif s.obvious:
        lines += ['const %s: &str = "%s";' % (sname(s, "screaming"), s.raw), ""]
        ref = sname(s, "screaming")
    else:
        ref = None
    lines += ["#[tokio::main]", "async fn main() -> Result<()> {", "    let client = reqwest::Client::new();"]
    url = sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]
    if ref is None:
        val = '"%s"' % s.raw
    else:
        val = ref
    if is_headerish(sp):
        h, p = hdr(s)
        lines += ["    let resp = client", '        .get("%s")' % url, '        .header("%s", format!("%s{}", %s))' % (h, p, val)]
    elif sp["auth"] in ("clientpair", "login", "password"):
        lines += ["    let resp = client", '        .get("%s")' % url, "        .basic_auth(%s, Some(%s))" % ('"%s"' % s.pub if s.pub else '"budget"', val)]
    else:
        lines += ["    let resp = client", '        .post("%s")' % url, '        .json(&serde_json::json!({ "key": %s }))' % val]
    lines += ["        .send()", "        .await?", "        .error_for_status()?;", "    let accounts: Vec<Account> = resp.json().await?;",
              "    for a in &accounts {", '        println!("{:<30} {:>12.2}", a.name, a.balance as f64 / 100.0);', "    }", "    Ok(())", "}"]
    return ch(["src/main.rs", "src/bin/sync.rs", "crates/budget-cli/src/main.rs"]), "\n".join(lines) + "\n"


@template("go_main", "go", lambda sp: generic(sp) and sp["auth"] not in ("dburl",))
def t_go(s):
    sp = s.spec
    url = sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]
    lines = ["package main", "", "import (", '\t"encoding/json"', '\t"flag"', '\t"fmt"', '\t"net/http"', '\t"os"', '\t"time"', ")", ""]
    lines += pub_lines(s, 'const %s = "%s"', "camel")
    if s.env:
        lines += ["var %s = %s" % (sname(s, "camel"), s.code("go")), ""]
        ref = sname(s, "camel")
        flagline = None
    elif s.obvious:
        lines += ['const %s = "%s"' % (sname(s, "camel"), s.raw), ""]
        ref = sname(s, "camel")
        flagline = None
    else:
        flagline = '\ttok := flag.String("%s", "%s", "credential for the upstream API")' % (ch(["auth", "key", "t", "cred"]), s.raw)
        ref = "*tok"
    lines += ["func main() {"]
    if flagline:
        lines.append(flagline)
    lines += ['\tdays := flag.Int("days", %d, "how many days to fetch")' % ch([7, 30]), "\tflag.Parse()", "",
              '\treq, _ := http.NewRequest("GET", "%s", nil)' % url]
    if is_headerish(sp):
        h, p = hdr(s)
        lines.append('\treq.Header.Set("%s", "%s"+%s)' % (h, p, ref))
    elif sp["auth"].startswith("query:"):
        lines += ["\tq := req.URL.Query()", '\tq.Set("%s", %s)' % (sp["auth"].split(":")[1], ref), "\treq.URL.RawQuery = q.Encode()"]
    else:
        lines.append('\treq.SetBasicAuth("%s", %s)' % (s.pub or "budget", ref))
    lines += ["\tclient := &http.Client{Timeout: 30 * time.Second}", "\tresp, err := client.Do(req)", "\tif err != nil {",
              '\t\tfmt.Fprintln(os.Stderr, "fetch:", err)', "\t\tos.Exit(1)", "\t}", "\tdefer resp.Body.Close()",
              "\tvar out map[string]any", "\t_ = json.NewDecoder(resp.Body).Decode(&out)", '\tfmt.Printf("fetched %d days: %v\\n", *days, len(out))', "}"]
    return ch(["main.go", "cmd/budgetsync/main.go", "cmd/%s/main.go" % sp["provider"].replace("-", "")]), "\n".join(lines) + "\n"


@template("node_script", "javascript", lambda sp: generic(sp))
def t_node(s):
    sp = s.spec
    ts_ = R.random() < 0.4
    lang = "ts" if ts_ else "js"
    url = sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]
    lines = ["// %s -> %s" % (sp["label"], ch(["YNAB", "Actual", "Google Sheets", "Firefly III", "beancount"])),
             "import fs from 'node:fs/promises';" if ts_ else "const fs = require('fs/promises');", ""]
    st = ch(["camel", "screaming"])
    lines += pub_lines(s, "const %s = '%s';", st)
    lines.append("const %s = %s;" % (sname(s, st), s.code(lang, ch(["'", '"', "`"]))))
    ref = sname(s, st)
    lines += ["", "async function main()%s {" % (": Promise<void>" if ts_ else "")]
    if is_headerish(sp):
        h, p = hdr(s)
        lines += ["  const res = await fetch('%s', {" % url, "    headers: { %s: `%s${%s}` }," % (h, p, ref), "  });"]
    elif sp["auth"].startswith("query:"):
        lines += ["  const res = await fetch(`%s?%s=${%s}&symbol=MSFT`);" % (url, sp["auth"].split(":")[1], ref)]
    elif sp["auth"] == "password":
        lines += ["  const api = require('@actual-app/api');" if not ts_ else "  const api = await import('@actual-app/api');",
                  "  await api.init({ dataDir: './cache', serverURL: '%s', password: %s });" % (url, ref),
                  "  const res = { ok: true, json: async () => await api.getAccounts() };"]
    else:
        lines += ["  const res = await fetch('%s', { method: 'POST', body: JSON.stringify({ credential: %s }) });" % (url, ref)]
    lines += ["  if (!res.ok) throw new Error(`upstream ${res.status}`);", "  const body = await res.json();",
              "  await fs.writeFile('out/latest.json', JSON.stringify(body, null, 2));", "  console.log('saved', Object.keys(body).length, 'keys');", "}", "",
              "main().catch((e) => {", "  console.error(e);", "  process.exit(1);", "});"]
    return ch(["sync.%s" % lang, "src/index.%s" % lang, "scripts/import-%s.%s" % (sp["provider"], lang)]), "\n".join(lines) + "\n"


@template("gha", "github-actions")
def t_gha(s):
    sp = s.spec
    v = s.lit("gha")
    lines = ["name: nightly-budget-sync", "", "on:", "  schedule:", "    - cron: '%d %d * * *'" % (R.randrange(60), R.randrange(24)), "  workflow_dispatch:", "",
             "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:", "      BUDGET_ID: %s" % budget_id()]
    for pl in pub_lines(s, "%s: %s", "screaming"):
        lines.append("      " + pl)
    lines.append("      %s: %s" % (envname(s), yq(v) if not v.startswith("${{") else v))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
              "      - run: pip install -r requirements.txt", "      - run: python -m budget_sync --days %d" % ch([3, 7])]
    return ch([".github/workflows/sync.yml", ".github/workflows/nightly.yaml", ".github/workflows/import.yml"]), "\n".join(lines) + "\n"


@template("systemd", "systemd")
def t_systemd(s):
    sp = s.spec
    v = s.lit("plain")
    lines = ["[Unit]", "Description=%s import" % sp["label"], "After=network-online.target", "", "[Service]", "Type=oneshot", "User=finance",
             "WorkingDirectory=/opt/budget-sync"]
    for pl in pub_lines(s, "Environment=%s=%s", "screaming"):
        lines.append(pl)
    if s.env:
        lines.append("EnvironmentFile=/etc/budget-sync/%s.env" % sp["key"])
    else:
        lines.append('Environment="%s=%s"' % (envname(s), v) if R.random() < 0.5 else "Environment=%s=%s" % (envname(s), v.replace(" ", "\\x20")))
        if " " in v:
            lines[-1] = 'Environment="%s=%s"' % (envname(s), v)
    lines += ["ExecStart=/opt/budget-sync/venv/bin/python -m budget_sync", "", "[Install]", "WantedBy=multi-user.target"]
    return ch(["deploy/budget-sync.service", "systemd/%s-import.service" % sp["provider"]]), "\n".join(lines) + "\n"


@template("dockerfile", "dockerfile", lambda sp: generic(sp) and sp["auth"] != "dburl")
def t_dockerfile(s):
    sp = s.spec
    v = s.lit("plain")
    lines = ["FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
             "ENV TZ=%s \\" % ch(["Europe/London", "Australia/Sydney"]), "    PYTHONUNBUFFERED=1"]
    if s.env:
        lines.append("ARG %s" % envname(s))
        lines.append("ENV %s=${%s}" % (envname(s), envname(s)))
    else:
        lines.append('ENV %s="%s"' % (envname(s), v))
    lines += ['CMD ["python", "-m", "budget_sync", "--loop"]']
    return ch(["Dockerfile", "docker/Dockerfile", "sync/Dockerfile"]), "\n".join(lines) + "\n"


@template("k8s_secret", "kubernetes", lambda sp: generic(sp))
def t_k8s(s):
    sp = s.spec
    v = s.lit("plain")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % sp["provider"], "  namespace: finance", "type: Opaque", "stringData:"]
    for pl in pub_lines(s, "%s: %s", "kebab"):
        lines.append("  " + pl)
    lines.append("  %s: %s" % (sname(s, ch(["kebab", "snake", "screaming"])), yq(v)))
    lines += ["---", "apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: %s-sync" % sp["provider"], "  namespace: finance", "spec:",
              '  schedule: "%d */4 * * *"' % R.randrange(60), "  jobTemplate:", "    spec:", "      template:", "        spec:",
              "          restartPolicy: OnFailure", "          containers:", "            - name: sync", "              image: ghcr.io/home/budget-sync:1.4",
              "              envFrom:", "                - secretRef:", "                    name: %s-credentials" % sp["provider"]]
    return ch(["k8s/secret.yaml", "deploy/k8s/%s.yaml" % sp["provider"], "manifests/budget-sync.yaml"]), "\n".join(lines) + "\n"


@template("makefile", "makefile", curlable)
def t_makefile(s):
    sp = s.spec
    v = s.lit("sh").replace("${", "$${") if s.env else s.raw
    lines = ["LEDGER ?= main.beancount", "%s ?= %s" % (envname(s), v if v else ""), "", ".PHONY: check import fava", "",
             "check:", "\tbean-check $(LEDGER)", "", "import:", "\tcurl -fsS %s -o imports/latest.json" % curl_auth_args(s, "$(%s)" % envname(s)),
             "\tpython3 bin/json2bean.py imports/latest.json >> $(LEDGER)", "", "fava:", "\tfava $(LEDGER) -p 5000"]
    return "Makefile", "\n".join(lines) + "\n"


def is_login(sp):
    return sp["auth"] in ("login", "password") or sp["key"] in ("imap", "smtp", "bank_login")


@template("bean_importer_cfg", "python", generic)
def t_bean_importer(s):
    sp = s.spec
    cls = ch(["OfxImporter", "CsvImporter", "UpImporter", "MonzoImporter", "SimpleFinImporter", "BankLoginImporter", "ReceiptMailImporter"])
    lines = ["# beancount / bean-extract importer configuration", "import os", "import sys", "", "sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'importers'))", "",
             "from beancount.ingest.importers import csv as csvimp", "from importers.%s import %s" % (cls.lower().replace("importer", ""), cls), ""]
    args = ['        account="%s",' % ch(["Assets:Bank:Checking", "Assets:AU:Up:Spending", "Assets:UK:Monzo", "Liabilities:Amex", "Assets:NL:bunq"]),
            '        currency="%s",' % ch(CURRENCIES)]
    if s.pub and sp["key"] in PUBWORDS:
        args.append('        %s="%s",' % (pubname(s), s.pub))
    if s.obvious or s.env:
        args.append("        %s=%s," % (sname(s), s.code("py")))
    else:
        args.insert(0, "        %s," % s.code("py"))
    lines += ["CONFIG = [", "    %s(" % cls] + args + ["    ),",
              "    csvimp.Importer(", "        {csvimp.Col.DATE: 'Date', csvimp.Col.NARRATION: 'Description', csvimp.Col.AMOUNT: 'Amount'},",
              "        'Assets:Bank:Savings', '%s', ('Date,Description,Amount',)," % ch(CURRENCIES), "    ),", "]"]
    return ch(["import_config.py", "config.py", "importers/config.py", "ledger/importers.py", "beancount/import.py"]), "\n".join(lines) + "\n"


@template("beancount_meta", "beancount", lambda sp: is_login(sp) or sp["auth"] in ("bearer", "query:apikey", "query:token"))
def t_beancount(s):
    sp = s.spec
    cur = ch(CURRENCIES)
    lines = ['option "title" "%s"' % ch(["Household ledger", "Family books", "Personal finances"]), 'option "operating_currency" "%s"' % cur, "",
             'plugin "beancount.plugins.auto_accounts"', "", "2019-01-01 open Equity:Opening-Balances"]
    acct = ch(["Assets:Bank:Checking", "Assets:UK:Barclays:Current", "Assets:AU:CommBank:Everyday", "Assets:US:Chase:Checking", "Assets:NZ:ASB:Everyday"])
    v = s.lit("plain")
    lines += ["2019-01-01 open %s %s" % (acct, cur), '  institution: "%s"' % ch(["Barclays", "CommBank", "Chase", "ASB", "ING", "Nationwide"])]
    if sp["key"] == "bank_login":
        if s.pub:
            lines.append('  login: "%s"' % s.pub)
        lines.append('  %s: "%s"' % (ch(["password", "online-password", "pw"]) if s.obvious else ch(["note", "memo", "remark"]), v))
    else:
        lines.append('  %s: "%s"' % (style_name(sp["words"], "kebab") if s.obvious else ch(["importer-arg", "source-ref", "sync"]), v))
    lines += ["2019-01-01 open Expenses:Groceries", "2019-01-01 open Expenses:Rent", "2019-01-01 open Income:Salary", ""]
    for i in range(R.randrange(3, 8)):
        d = "2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29))
        p = ch(PAYEES)
        amt = R.randrange(300, 20000) / 100
        lines += ['%s * "%s" ""' % (d, p), "  Expenses:%s  %.2f %s" % (ch(["Groceries", "Rent"]), amt, cur), "  %s" % acct, ""]
    return ch(["main.beancount", "ledger/accounts.beancount", "books/%d.beancount" % ch([2023, 2024]), "finances.bean"]), "\n".join(lines)


@template("hledger_rules", "hledger-rules", curlable)
def t_hledger_rules(s):
    sp = s.spec
    v = s.lit("sh")
    lines = ["# hledger CSV rules for %s export" % sp["label"], "# fetched with:", "#   curl -s %s > %s.csv" % (curl_auth_args(s, v), sp["provider"]),
             "skip 1", "fields date, description, amount, balance", "date-format %Y-%m-%d", "currency %s" % ch(["$", "£", "€", "A$", "NZ$"]),
             "account1 %s" % ch(["assets:bank:checking", "assets:up:spending", "assets:monzo"]), ""]
    for p in R.sample(PAYEES, 4):
        lines += ["if %s" % p.upper(), "  account2 expenses:%s" % ch(["groceries", "fuel", "subscriptions", "utilities"]), ""]
    return ch(["%s.csv.rules" % sp["provider"], "import/bank.csv.rules", "rules/%s.rules" % sp["provider"]]), "\n".join(lines)


@template("ledger_journal", "ledger", lambda sp: is_login(sp) or curlable(sp))
def t_ledger(s):
    sp = s.spec
    v = s.lit("plain")
    lines = ["; -*- ledger -*-", "; %s" % ch(["household journal", "main ledger", "2024 books"])]
    if s.obvious:
        lines.append("; %s %s: %s" % (sp["label"], sp["kind"].replace("_", " "), v))
    else:
        lines.append("; sync: %s" % v)
    lines += ["", "account Assets:Checking", "account Expenses:Food", "account Liabilities:Visa", ""]
    for i in range(R.randrange(3, 7)):
        d = "2024/%02d/%02d" % (R.randrange(1, 13), R.randrange(1, 29))
        lines += ["%s %s" % (d, ch(PAYEES)), "    Expenses:Food    %s%.2f" % (ch(["$", "£", "€"]), R.randrange(200, 9000) / 100), "    Liabilities:Visa", ""]
    return ch(["main.ledger", "ledger/2024.journal", "household.journal"]), "\n".join(lines)


@template("sheet_csv", "csv")
def t_sheet_csv(s):
    sp = s.spec
    v = s.lit("plain")
    rows = [["Setting", "Value", "Notes"], ["Budget ID", budget_id(), "from URL"], ["Currency", ch(CURRENCIES), ""],
            ["Start date", "2024-01-01", ""]]
    if s.pub and sp["key"] in PUBWORDS:
        rows.append([" ".join(PUBWORDS[sp["key"]]).title(), s.pub, ""])
    rows.append([sp["label"] + " " + sp["kind"].replace("_", " ") if s.obvious else ch(["Connection", "Feed", "Source"]), v, ch(["", "rotate yearly", "from app settings"])])
    rows.append(["Last sync", "2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29)), ""])
    out = []
    for r in rows:
        out.append(",".join(('"%s"' % c if ("," in c or " " in c) else c) for c in r))
    return ch(["exports/Settings.csv", "Tiller Settings.csv", "sheets/config.csv", "budget-settings.csv"]), "\n".join(out) + "\n"


@template("netrc", "netrc", is_login)
def t_netrc(s):
    sp = s.spec
    host = sp["url"] if not sp["url"].startswith("http") else sp["url"].split("/")[2].split(":")[0]
    if sp["key"] == "bank_login":
        host = ch(BANK_HOSTS)
    v = s.lit("plain")
    if not v or " " in v:
        v = '"%s"' % v
    user = s.pub or ch(["me@example.net", "finance@home.lan", "jdoe"])
    lines = ["machine github.com login %s" % ch(["mkelly", "jb-home"]), "", "machine %s" % host, "  login %s" % user, "  password %s" % v]
    return ch([".netrc", "dotfiles/netrc"]), "\n".join(lines) + "\n"


@template("mbsync", "mbsyncrc", lambda sp: sp["key"] in ("imap", "smtp"))
def t_mbsync(s):
    v = s.lit("plain")
    user = ch(["receipts.household", "sam.finance", "jo.bills"]) + "@gmail.com"
    lines = ["# receipts mailbox -> local maildir, parsed by receipts2ledger", "IMAPAccount receipts", "Host imap.gmail.com", "User %s" % user]
    if s.env:
        lines.append('PassCmd "printenv %s"' % s.env)
    else:
        lines.append('Pass "%s"' % v if " " in v or not v else "Pass %s" % v)
    lines += ["SSLType IMAPS", "CertificateFile /etc/ssl/certs/ca-certificates.crt", "", "IMAPStore receipts-remote", "Account receipts", "",
              "MaildirStore receipts-local", "Path ~/Mail/receipts/", "Inbox ~/Mail/receipts/Inbox", "", "Channel receipts",
              "Far :receipts-remote:", "Near :receipts-local:", 'Patterns "INBOX" "Receipts"', "Create Near", "SyncState *"]
    return ch([".mbsyncrc", "dotfiles/mbsyncrc", "mail/mbsyncrc"]), "\n".join(lines) + "\n"


@template("receipts_py", "python", lambda sp: sp["key"] in ("imap", "smtp"))
def t_receipts(s):
    lines = ['"""Parse e-mailed receipts (Amazon, Uber, Apple) into ledger postings."""', "import email", "import imaplib", "import os", "import re", "",
             'HOST = "%s"' % ch(["imap.gmail.com", "imap.fastmail.com", "outlook.office365.com"]), 'USER = "%s"' % (ch(["bills", "receipts", "paperwork"]) + "@" + ch(["gmail.com", "fastmail.com", "outlook.com"])), ""]
    if s.obvious:
        lines.append("%s = %s" % (sname(s, "screaming"), s.code("py")))
        ref = sname(s, "screaming")
    else:
        ref = s.code("py")
    lines += ["AMOUNT = re.compile(r'(?:Total|Order total)[:\\s]+[$£€]?([0-9]+\\.[0-9]{2})')", "", "", "def fetch():",
              "    m = imaplib.IMAP4_SSL(HOST)", "    m.login(USER, %s)" % ref, "    m.select('Receipts')",
              "    _, ids = m.search(None, '(UNSEEN)')", "    for num in ids[0].split():", "        _, data = m.fetch(num, '(RFC822)')",
              "        msg = email.message_from_bytes(data[0][1])", "        body = msg.get_payload(decode=True) or b''", "        hit = AMOUNT.search(body.decode(errors='ignore'))",
              "        if hit:", "            yield msg['Date'], msg['From'], hit.group(1)", "    m.logout()", "", "",
              "if __name__ == '__main__':", "    for d, frm, amt in fetch():", "        print(d, frm, amt)"]
    return ch(["receipts/parse_receipts.py", "bin/receipts2ledger.py", "mail_import.py"]), "\n".join(lines) + "\n"


@template("pydantic_settings", "python", generic)
def t_pydantic(s):
    sp = s.spec
    lines = ["from pydantic_settings import BaseSettings, SettingsConfigDict", "", "", "class Settings(BaseSettings):",
             '    model_config = SettingsConfigDict(env_file=".env", env_prefix="%s_")' % ch(["BUDGET", "SYNC", "FIN"]), "",
             '    budget_id: str = "%s"' % budget_id(), '    currency: str = "%s"' % ch(CURRENCIES), "    days_back: int = %d" % ch([7, 30])]
    if s.pub and sp["key"] in PUBWORDS:
        lines.append('    %s: str = "%s"' % (pubname(s), s.pub))
    if s.env:
        lines.append("    %s: str  # read from %s" % (sname(s), s.env))
    else:
        lines.append("    %s: str = %s" % (sname(s), s.code("py")))
    lines += ["", "", "settings = Settings()"]
    return ch(["budget_sync/settings.py", "app/config.py", "src/settings.py"]), "\n".join(lines) + "\n"


@template("dburl_env", "env", lambda sp: sp["auth"] == "dburl" or sp["key"] in ("firefly_appkey", "ghostfolio_jwt", "firefly_cron"))
def t_firefly_env(s):
    sp = s.spec
    lines = ["APP_ENV=production", "APP_DEBUG=false", "SITE_OWNER=%s@%s" % (ch(["mail", "admin", "me"]), ch(["example.org", "home.lan"])),
             "DEFAULT_LANGUAGE=en_US", "TZ=%s" % ch(["Europe/Amsterdam", "Europe/London"]), "TRUSTED_PROXIES=**", "LOG_CHANNEL=stack",
             "DB_CONNECTION=pgsql", "DB_HOST=db", "DB_PORT=5432", "DB_DATABASE=firefly", "DB_USERNAME=firefly"]
    v = s.lit("plain")
    if sp["auth"] == "dburl":
        if v.startswith("postgres"):
            lines.append("DATABASE_URL=%s" % v)
        else:
            lines.append("DB_PASSWORD=%s" % envq(v))
    else:
        lines.append("%s=%s" % (sp["env"], envq(v)))
    lines += ["CACHE_DRIVER=file", "SESSION_DRIVER=file", "MAIL_MAILER=log", "APP_URL=https://firefly.home.lan"]
    return ch([".env", "firefly/.env", "stack/.firefly.env"]), "\n".join(lines) + "\n"


@template("simplefin_py", "python", lambda sp: sp["provider"] == "simplefin")
def t_simplefin(s):
    sp = s.spec
    lines = ['"""SimpleFIN Bridge -> Actual/beancount importer."""', "import base64", "import os", "from datetime import datetime, timedelta", "", "import requests", ""]
    if sp["key"] == "simplefin_setup":
        lines += ["# one-time setup token from the bridge (claims an access URL)", "%s = %s" % (sname(s, "screaming"), s.code("py")), "",
                  "def claim(token):", "    claim_url = base64.b64decode(token).decode()", "    return requests.post(claim_url, timeout=30).text", ""]
        ref = "claim(%s)" % sname(s, "screaming")
    else:
        if s.obvious:
            lines.append("%s = %s" % (sname(s, "screaming"), s.code("py")))
            ref = sname(s, "screaming")
        else:
            ref = s.code("py")
    lines += ["", "def accounts(access_url, days=%d):" % ch([7, 30, 60]), "    start = int((datetime.now() - timedelta(days=days)).timestamp())",
              "    scheme, rest = access_url.split('//', 1)", "    auth, rest = rest.split('@', 1)", "    user, pw = auth.split(':', 1)",
              "    r = requests.get(f'{scheme}//{rest}/accounts', params={'start-date': start}, auth=(user, pw), timeout=60)",
              "    r.raise_for_status()", "    return r.json()['accounts']", "", "",
              "if __name__ == '__main__':", "    for acct in accounts(%s):" % ref, "        print(acct['org']['name'], acct['name'], acct['balance'])"]
    return ch(["simplefin_sync.py", "importers/simplefin.py", "scripts/simplefin_pull.py"]), "\n".join(lines) + "\n"


@template("crypto_tracker", "python", lambda sp: sp["key"] in ("kraken", "coinbase"))
def t_crypto(s):
    sp = s.spec
    lines = ['"""Read-only balance snapshot for the net-worth sheet."""', "import base64", "import hashlib", "import hmac", "import time",
             "import urllib.parse", "", "import requests", ""]
    st = ch(["screaming", "snake"])
    lines += pub_lines(s, '%s = "%s"', st)
    if s.obvious or s.env:
        lines.append("%s = %s  # %s" % (sname(s, st), s.code("py"), ch(["query funds only", "read-only key", "no trade / no withdraw"])))
        ref = sname(s, st)
    else:
        ref = None
    if sp["key"] == "kraken":
        lines += ["", "", "def sign(path, data, secret):", "    post = urllib.parse.urlencode(data)", "    msg = path.encode() + hashlib.sha256((data['nonce'] + post).encode()).digest()",
                  "    mac = hmac.new(base64.b64decode(secret), msg, hashlib.sha512)", "    return base64.b64encode(mac.digest()).decode()", "", "",
                  "def balance():", "    path = '/0/private/Balance'", "    data = {'nonce': str(int(time.time() * 1000))}"]
        sec = ref if ref else s.code("py")
        pubref = pubname(s, st) if s.pub else '""'
        lines += ["    headers = {'API-Key': %s, 'API-Sign': sign(path, data, %s)}" % (pubref, sec),
                  "    return requests.post('https://api.kraken.com' + path, data=data, headers=headers, timeout=30).json()['result']"]
    else:
        sec = ref if ref else s.code("py")
        pubref = pubname(s, st) if s.pub else '""'
        lines += ["", "", "def balance():", "    ts = str(int(time.time()))", "    path = '/v2/accounts'",
                  "    sig = hmac.new(%s.encode(), (ts + 'GET' + path).encode(), hashlib.sha256).hexdigest()" % sec,
                  "    headers = {'CB-ACCESS-KEY': %s, 'CB-ACCESS-SIGN': sig, 'CB-ACCESS-TIMESTAMP': ts, 'CB-VERSION': '2024-01-01'}" % pubref,
                  "    return requests.get('https://api.coinbase.com' + path, headers=headers, timeout=30).json()['data']"]
    lines += ["", "", "if __name__ == '__main__':", "    for k, v in balance().items() if isinstance(balance(), dict) else []:", "        print(k, v)"]
    return ch(["trackers/%s_balance.py" % sp["key"], "networth/%s.py" % sp["key"], "crypto/snapshot.py"]), "\n".join(lines) + "\n"


@template("cdp_json", "json", lambda sp: sp["key"] == "coinbase_cdp")
def t_cdp(s):
    name = s.pub or "organizations/%s/apiKeys/%s" % (uuid4(), uuid4())
    if s.needle is None:
        pk = s.lit("plain")
    else:
        pk = s.raw
    text = '{\n   "name": "%s",\n   "privateKey": "%s"\n}\n' % (name, pk)
    return ch(["cdp_api_key.json", "secrets/coinbase_cloud_api_key.json", "config/cdp_api_key.json"]), text


@template("bunq_py", "python", lambda sp: sp["key"] == "bunq")
def t_bunq(s):
    lines = ['"""Create a bunq API context once and cache it (bunq_sdk)."""', "from bunq.sdk.context.api_context import ApiContext",
             "from bunq.sdk.context.api_environment_type import ApiEnvironmentType", "from bunq.sdk.context.bunq_context import BunqContext", "",
             'CONF = "bunq-%s.conf"' % ch(["production", "nas", "home"]), ""]
    if s.obvious:
        lines.append("%s = %s" % (sname(s, "screaming"), s.code("py")))
        ref = sname(s, "screaming")
    else:
        ref = s.code("py")
    env = "SANDBOX" if s.raw.startswith("sandbox_") else "PRODUCTION"
    lines += ["", "", "def context():", "    try:", "        ctx = ApiContext.restore(CONF)", "    except FileNotFoundError:",
              "        ctx = ApiContext.create(ApiEnvironmentType.%s, %s, 'budget-sync@nas')" % (env, ref), "        ctx.save(CONF)",
              "    BunqContext.load_api_context(ctx)", "    return ctx", "", "", "if __name__ == '__main__':", "    context()", "    print('bunq context ready')"]
    return ch(["bunq_setup.py", "scripts/bunq_context.py", "importers/bunq/setup.py"]), "\n".join(lines) + "\n"


@template("telegram_bot", "python", lambda sp: sp["key"] in ("telegram", "discord", "slack"))
def t_bot(s):
    sp = s.spec
    lines = ['"""Post a daily spending summary."""', "import json", "import urllib.request", "", "import pandas as pd", ""]
    if s.obvious:
        lines.append("%s = %s" % (sname(s, "screaming"), s.code("py")))
        ref = sname(s, "screaming")
    else:
        ref = s.code("py")
    lines += ["CHAT_ID = %d" % R.randrange(10**8, 10**9), "", "", "def send(text):"]
    if sp["key"] == "telegram":
        lines += ["    url = f'https://api.telegram.org/bot{%s}/sendMessage'" % ref.replace("'", '"') if not ref.startswith("os.environ") else "    url = 'https://api.telegram.org/bot' + %s + '/sendMessage'" % ref,
                  "    body = json.dumps({'chat_id': CHAT_ID, 'text': text}).encode()"]
    else:
        lines += ["    url = %s" % ref, "    body = json.dumps({'content' if 'discord' in url else 'text': text}).encode()"]
    lines += ["    req = urllib.request.Request(url, data=body, headers={'Content-Type': 'application/json'})", "    urllib.request.urlopen(req, timeout=20)", "", "",
              "df = pd.read_csv('exports/transactions.csv', parse_dates=['date'])", "today = df[df['date'] == df['date'].max()]",
              "send(f\"Spent {today['amount'].sum():.2f} across {len(today)} transactions\")"]
    return ch(["bots/daily_summary.py", "notify.py", "scripts/spend_alert.py"]), "\n".join(lines) + "\n"


@template("ghostfolio_compose", "docker-compose", lambda sp: sp["provider"] in ("ghostfolio", "postgres"))
def t_ghostfolio_compose(s):
    sp = s.spec
    v = s.lit("compose")
    env = [("NODE_ENV", "production"), ("HOST", "0.0.0.0"), ("PORT", "3333"), ("REDIS_HOST", "redis"), ("REDIS_PORT", "6379")]
    if sp["key"] == "ghostfolio_jwt":
        env += [("ACCESS_TOKEN_SALT", "${ACCESS_TOKEN_SALT}"), ("JWT_SECRET_KEY", v)]
        env += [("DATABASE_URL", "postgresql://user:${POSTGRES_PASSWORD}@postgres:5432/ghostfolio-db?connect_timeout=300&sslmode=prefer")]
    elif sp["key"] == "ghostfolio_token":
        env += [("ACCESS_TOKEN_SALT", "${ACCESS_TOKEN_SALT}"), ("JWT_SECRET_KEY", "${JWT_SECRET_KEY}")]
    else:
        if v.startswith("postgres"):
            env += [("DATABASE_URL", v)]
        else:
            env += [("DATABASE_URL", "postgresql://user:%s@postgres:5432/ghostfolio-db?connect_timeout=300&sslmode=prefer" % v)]
    lines = ["services:", "  ghostfolio:", "    image: docker.io/ghostfolio/ghostfolio:latest", "    init: true", "    restart: unless-stopped", "    environment:"]
    for a, b in env:
        lines.append("      %s: %s" % (a, yq(b) if not b.startswith("${") and not b.startswith("postgres") else '"%s"' % b if "${" in b else b))
    lines += ["    ports:", "      - 3333:3333", "    depends_on:", "      - postgres", "      - redis", "", "  redis:", "    image: docker.io/library/redis:alpine", "    restart: unless-stopped"]
    if sp["key"] == "ghostfolio_token":
        lines += ["", "# portfolio export job", "  exporter:", "    image: ghcr.io/home/gf-export:0.3", "    environment:",
                  "      GHOSTFOLIO_URL: http://ghostfolio:3333", "      %s: %s" % (envname(s), yq(v))]
    return ch(["docker-compose.yml", "ghostfolio/docker-compose.yml", "stacks/ghostfolio.yml"]), "\n".join(lines) + "\n"


@template("plaid_node_cfg", "javascript", lambda sp: sp["provider"] == "plaid")
def t_plaid(s):
    sp = s.spec
    lines = ["const { Configuration, PlaidApi, PlaidEnvironments } = require('plaid');", ""]
    env = "production" if "production" in s.raw or R.random() < 0.5 else "development"
    if sp["key"] == "plaid_secret":
        cid = s.pub if s.pub else "process.env.PLAID_CLIENT_ID"
        cid = "'%s'" % cid if s.pub else cid
        lines += ["const config = new Configuration({", "  basePath: PlaidEnvironments.%s," % env, "  baseOptions: {", "    headers: {",
                  "      'PLAID-CLIENT-ID': %s," % cid, "      'PLAID-SECRET': %s," % s.code("js", "'"), "    },", "  },", "});"]
        lines += ["", "const client = new PlaidApi(config);", "const ACCESS_TOKEN = process.env.PLAID_ACCESS_TOKEN;"]
    else:
        lines += ["const config = new Configuration({", "  basePath: PlaidEnvironments.%s," % env, "  baseOptions: { headers: {", "    'PLAID-CLIENT-ID': process.env.PLAID_CLIENT_ID,",
                  "    'PLAID-SECRET': process.env.PLAID_SECRET,", "  } },", "});", "", "const client = new PlaidApi(config);",
                  "// item for the joint checking account", "const %s = %s;" % (sname(s, "screaming"), s.code("js", "'"))]
        lines.append("const ACCESS_TOKEN = %s;" % sname(s, "screaming"))
    lines += ["", "async function sync(cursor) {", "  const res = await client.transactionsSync({ access_token: ACCESS_TOKEN, cursor });",
              "  return res.data;", "}", "", "module.exports = { client, sync };"]
    return ch(["server/plaid.js", "src/plaidClient.js", "lib/plaid.js"]), "\n".join(lines) + "\n"


@template("wise_sh", "shell", lambda sp: sp["key"] in ("wise", "up", "starling", "monzo", "akahu_user"))
def t_bank_sh(s):
    sp = s.spec
    v = s.lit("sh")
    h, p = hdr(s)
    lines = ["#!/bin/sh", "# balances -> ~/finance/balances.csv (runs hourly on the pi)", 'DATE=$(date +%F)']
    extra = ' -H "X-Akahu-ID: %s"' % s.pub if sp["auth"] == "akahu" and s.pub else ""
    lines += ['curl -s %s \\' % sp["url"], '  -H "%s: %s%s"%s \\' % (h, p, v, extra), "  | jq -r '.data[] | [\"'\"$DATE\"'\", .attributes.displayName, .attributes.balance.value] | @csv' \\",
              "  >> ~/finance/balances.csv"]
    return ch(["bin/balances.sh", "scripts/%s-balances.sh" % sp["provider"], "pi/balances.sh"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- domain look-alike generators
def iban(country=None):
    country = country or ch(["GB", "DE", "NL", "FR", "IE", "ES", "BE"])
    if country == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + rs(string.digits, 14)
    elif country == "IE":
        bban = ch(["AIBK", "BOFI"]) + rs(string.digits, 14)
    elif country == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "BUNQ", "KNAB"]) + rs(string.digits, 10)
    elif country == "DE":
        bban = rs(string.digits, 18)
    elif country == "FR":
        bban = rs(string.digits, 23)
    elif country == "ES":
        bban = rs(string.digits, 20)
    else:
        bban = rs(string.digits, 12)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_fmt(i):
    return " ".join(i[j:j + 4] for j in range(0, len(i), 4))


def aba():
    d = [R.randrange(10) for _ in range(8)]
    d[0] = R.choice([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    c = (-s) % 10
    return "".join(map(str, d)) + str(c)


def sort_code():
    return "%02d-%02d-%02d" % (R.randrange(10, 99), R.randrange(100), R.randrange(100))


def acct_no(n=8):
    return rs(string.digits, n)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def isin():
    cc = ch(["US", "IE", "GB", "LU", "DE", "AU", "NZ"])
    body = cc + rs(UALNUM if R.random() < 0.3 else string.digits, 9)
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def cusip():
    body = rs(string.digits, 6) + rs(UALNUM, 2)
    tot = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 55
        if i % 2 == 1:
            v *= 2
        tot += v // 10 + v % 10
    return body + str((10 - tot % 10) % 10)


TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4111111111111111", "6011111111111117"]


def masked_card():
    last = rs(string.digits, 4)
    return ch(["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "•••• %s", "************%s", "ending in %s"]) % last


def sha256_hex():
    return hashlib.sha256(rbytes(32)).hexdigest()


def git_sha():
    return rs(HEX, 40)


def monzo_id(pref):
    return pref + "_0000" + rs(ALNUM, 22)


def plaid_id():
    return rs(ALNUM, 37)


NEG_TEMPLATES = []  # (name, filetype, fn) fn -> (path, text, provider, kind)


def negtemplate(name, filetype):
    def deco(fn):
        NEG_TEMPLATES.append((name, filetype, fn))
        return fn
    return deco


@negtemplate("bank_export_csv", "csv")
def n_bank_csv(_):
    cur = ch(CURRENCIES)
    hdrs = ch([["Date", "Transaction ID", "Description", "Amount", "Balance", "Card"],
               ["date", "id", "payee", "amount", "currency", "counterparty_iban"]])
    rows = [",".join(hdrs)]
    bal = R.randrange(1000, 9000)
    for _ in range(R.randrange(8, 30)):
        amt = -R.randrange(100, 12000) / 100
        bal += amt
        d = "2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29))
        if hdrs[0] == "Date":
            rows.append("%s,%s,%s,%.2f,%.2f,%s" % (d, ch([uuid4(), "tx_" + rs(ALNUM, 20), rs(string.digits, 16)]), ch(PAYEES), amt, bal, masked_card()))
        else:
            rows.append("%s,%s,%s,%.2f,%s,%s" % (d, uuid4(), ch(PAYEES), amt, cur, iban()))
    return ch(["exports/transactions-2024.csv", "statements/%s.csv" % ch(["monzo", "starling", "up", "bunq", "wise"]), "data/raw/export.csv"]), "\n".join(rows) + "\n", "bank-export", "transaction_ids"


@negtemplate("beancount_ibans", "beancount")
def n_beancount(_):
    cur = ch(["EUR", "GBP"])
    lines = ['option "operating_currency" "%s"' % cur, "", "2020-01-01 open Assets:Bank:Checking %s" % cur,
             '  iban: "%s"' % iban_fmt(iban()), '  bic: "%s"' % ch(["INGBNL2A", "BUNQNL2A", "NWBKGB2L", "DEUTDEFF"]),
             '  import-hash-algo: "sha256"', "2020-01-01 open Assets:Bank:Savings %s" % cur, '  account-number: "%s"' % acct_no(), '  sort-code: "%s"' % sort_code(), ""]
    for _ in range(R.randrange(3, 8)):
        d = "2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29))
        lines += ['%s * "%s" "card %s"' % (d, ch(PAYEES), masked_card()), '  import-id: "%s"' % sha256_hex(),
                  "  Expenses:Groceries  %.2f %s" % (R.randrange(100, 9000) / 100, cur), "  Assets:Bank:Checking", ""]
    return ch(["main.beancount", "ledger/2024.beancount", "books/bank.bean"]), "\n".join(lines), "beancount", "iban_account_numbers"


@negtemplate("hledger_rules_iban", "hledger-rules")
def n_hledger(_):
    lines = ["# rules for the %s CSV export" % ch(["ING", "bunq", "Rabobank", "Barclays"]), "skip 1", "separator ;",
             "fields date, name, account, counterparty, code, sign, amount, mutation_type, notes", "date-format %Y%m%d", "currency EUR",
             "account1 assets:bank:checking", ""]
    for _ in range(R.randrange(3, 6)):
        lines += ["if %%counterparty %s" % iban(), "  account2 %s" % ch(["expenses:rent", "assets:savings", "expenses:insurance", "income:salary"]), ""]
    lines += ["if %%notes Pasvolgnr:%s" % rs(string.digits, 3), "  comment card %s" % masked_card()]
    return ch(["ing.csv.rules", "rules/bank.rules", "import/bunq.csv.rules"]), "\n".join(lines) + "\n", "hledger", "iban_account_numbers"


@negtemplate("ynab_ids_json", "json")
def n_ynab_json(_):
    d = {"budget_id": uuid4(), "token_env": "YNAB_ACCESS_TOKEN",
         "accounts": {ch(["Checking", "Joint"]): uuid4(), ch(["Savings", "ISA"]): uuid4(), "Credit Card": uuid4()},
         "category_map": {p: uuid4() for p in R.sample(PAYEES, 3)}, "server_knowledge": R.randrange(100, 99999),
         "last_import_hash": sha256_hex()}
    return ch(["ynab-config.json", "config/ynab.json", "state/ynab_state.json"]), json.dumps(d, indent=2) + "\n", "ynab", "budget_uuids"


@negtemplate("actual_sync_cfg", "javascript")
def n_actual(_):
    lines = ["// Actual Budget bank-sync bridge", "const api = require('@actual-app/api');", "", "const SYNC_ID = '%s'; // Settings -> Advanced -> Sync ID" % uuid4(),
             "const ACCOUNT_IDS = {", "  checking: '%s'," % uuid4(), "  savings: '%s'," % uuid4(), "};", "",
             "(async () => {", "  await api.init({", "    dataDir: './data',", "    serverURL: process.env.ACTUAL_SERVER_URL,", "    password: process.env.ACTUAL_PASSWORD,", "  });",
             "  await api.downloadBudget(SYNC_ID, { password: process.env.ACTUAL_ENCRYPTION_PASSWORD });", "  await api.runBankSync({ accountId: ACCOUNT_IDS.checking });",
             "  await api.shutdown();", "})();"]
    return ch(["actual-sync.js", "scripts/actual-bank-sync.js", "src/actual.js"]), "\n".join(lines) + "\n", "actual-budget", "sync_id_uuid"


@negtemplate("holdings_csv", "csv")
def n_holdings(_):
    rows = ["Symbol,Name,ISIN,CUSIP,Quantity,Cost basis,Currency"]
    for _ in range(R.randrange(5, 20)):
        rows.append("%s,%s,%s,%s,%d,%.2f,%s" % (rs(string.ascii_uppercase, R.randrange(3, 5)), ch(["Vanguard FTSE All-World", "iShares Core MSCI World", "Apple Inc", "Microsoft Corp", "SPDR S&P 500", "Xtrackers MSCI EM"]),
                                                isin(), cusip(), R.randrange(1, 400), R.randrange(1000, 90000) / 100, ch(CURRENCIES)))
    return ch(["portfolio/holdings.csv", "ghostfolio/import.csv", "investments.csv"]), "\n".join(rows) + "\n", "portfolio", "isin_cusip"


@negtemplate("test_cards_py", "python")
def n_testcards(_):
    cards = R.sample(TEST_CARDS, 3)
    lines = ['"""Tests for the card-masking helper used before rows are written to the ledger."""', "import pytest", "", "from budget_sync.mask import mask_pan, luhn_ok", "",
             "# documented processor test numbers -- not real cards", "TEST_PANS = ["] + ['    "%s",' % c for c in cards] + ["]", "", "",
             "@pytest.mark.parametrize('pan', TEST_PANS)", "def test_luhn(pan):", "    assert luhn_ok(pan)", "", "",
             "def test_mask():", '    assert mask_pan("%s") == "**** **** **** %s"' % (cards[0], cards[0][-4:]), "",
             "def test_iban_untouched():", '    assert mask_pan("%s") == "%s"' % ((lambda i: (i, i))(iban()))]
    return ch(["tests/test_mask.py", "tests/test_cards.py"]), "\n".join(lines) + "\n", "test-fixtures", "test_card_numbers"


@negtemplate("accounts_note_md", "markdown")
def n_accounts_md(_):
    lines = ["# Accounts overview", "", "| Account | Bank | Number | Notes |", "|---|---|---|---|",
             "| Joint current | %s | %s / %s | bills |" % (ch(["Barclays", "Nationwide", "Monzo"]), sort_code(), acct_no()),
             "| Savings | %s | %s | easy access |" % (ch(["ING", "bunq"]), iban_fmt(iban())),
             "| US checking | %s | routing %s, acct ****%s | from the US years |" % (ch(["Chase", "Ally"]), aba(), rs(string.digits, 4)),
             "| Amex | Amex | %s | autopay from joint |" % masked_card(), "", "Logins live in 1Password (vault *Finance*). Nothing secret in this repo.", "",
             "- YNAB budget id: `%s`" % uuid4(), "- Ghostfolio account id: `%s`" % uuid4(), "- Statement archive sha256: `%s`" % sha256_hex()]
    return ch(["notes/accounts.md", "Finance/Accounts.md", "docs/accounts.md"]), "\n".join(lines) + "\n", "notes", "account_numbers"


@negtemplate("dedupe_ipynb", "jupyter")
def n_ipynb(_):
    src = ["import hashlib\n", "import pandas as pd\n", "\n", "df = pd.read_csv('exports/transactions.csv')\n",
           "df['fingerprint'] = df.apply(lambda r: hashlib.sha256(f\"{r.date}|{r.amount}|{r.payee}\".encode()).hexdigest(), axis=1)\n",
           "df = df.drop_duplicates('fingerprint')"]
    out = {"output_type": "execute_result", "execution_count": 2, "metadata": {},
           "data": {"text/plain": ["                                fingerprint   amount\n"] + ["%d  %s  %8.2f\n" % (i, sha256_hex(), -R.randrange(100, 9000) / 100) for i in range(4)]}}
    nb = {"cells": [{"cell_type": "code", "execution_count": 2, "id": rs(HEX, 8), "metadata": {}, "outputs": [out], "source": src}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return ch(["notebooks/dedupe.ipynb", "analysis/duplicates.ipynb"]), json.dumps(nb, indent=1) + "\n", "notebook", "hash_digests"


@negtemplate("i18n_json", "json")
def n_i18n(_):
    d = {"settings": {"token_label": ch(["Personal access token", "API token", "Access token"]),
                      "token_help": "Create a token in %s under Settings \u2192 Developer and paste it here." % ch(["YNAB", "Up", "Lunch Money", "Starling"]),
                      "password_label": "Server password", "password_placeholder": "Enter your Actual server password",
                      "secret_hidden": "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "api_key_invalid": "That API key was rejected (401)."},
         "accounts": {"iban": "IBAN", "sort_code": "Sort code", "routing": "Routing number"}}
    lang = ch(["en", "de", "nl"])
    return "locales/%s.json" % lang, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "i18n_strings"


@negtemplate("firebase_web_cfg", "javascript")
def n_firebase(_):
    proj = ch(["family-budget", "spendwise-app", "pocket-ledger"]) + "-" + rs(string.digits, 4)
    lines = ["// Firebase web config -- these values are public identifiers, security is enforced by rules", "import { initializeApp } from 'firebase/app';", "",
             "const firebaseConfig = {", "  apiKey: 'AIza%s'," % rs(B64URL, 35), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
             "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%s'," % rs(string.digits, 12),
             "  appId: '1:%s:web:%s'," % (rs(string.digits, 12), rs(HEX, 22)), "};", "", "export const app = initializeApp(firebaseConfig);"]
    return ch(["src/firebase.js", "web/src/lib/firebase.ts"]), "\n".join(lines) + "\n", "firebase", "public_web_config"


@negtemplate("stripe_pk_js", "javascript")
def n_stripe(_):
    lines = ["// tip-jar on the budgeting blog; publishable key only (server holds the secret)", "import { loadStripe } from '@stripe/stripe-js';", "",
             "const stripePromise = loadStripe('pk_live_51%s');" % rs(ALNUM, 97), "", "export async function donate(amount) {",
             "  const stripe = await stripePromise;", "  const res = await fetch('/api/checkout', { method: 'POST', body: JSON.stringify({ amount }) });",
             "  const { id } = await res.json();", "  return stripe.redirectToCheckout({ sessionId: id });", "}"]
    return ch(["src/donate.js", "site/assets/js/tipjar.js"]), "\n".join(lines) + "\n", "stripe", "publishable_key"


@negtemplate("lockfile", "json")
def n_lock(_):
    pk = {}
    for name in R.sample(["ynab", "plaid", "@actual-app/api", "date-fns", "papaparse", "zod", "dotenv", "node-fetch"], 4):
        ver = "%d.%d.%d" % (R.randrange(1, 20), R.randrange(20), R.randrange(20))
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + base64.b64encode(rbytes(64)).decode(), "license": "MIT"}
    d = {"name": "budget-sync", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "npm", "integrity_hashes"


@negtemplate("plaid_webhook_fixture", "json")
def n_plaid_fixture(_):
    d = {"webhook_type": "TRANSACTIONS", "webhook_code": "SYNC_UPDATES_AVAILABLE", "item_id": plaid_id(), "initial_update_complete": True,
         "historical_update_complete": R.random() < 0.5, "environment": "production",
         "request_id": rs(ALNUM, 15), "added": [{"transaction_id": plaid_id(), "account_id": plaid_id(), "amount": R.randrange(100, 9000) / 100,
                                               "iso_currency_code": "USD", "merchant_name": ch(PAYEES)} for _ in range(2)]}
    return ch(["tests/fixtures/plaid_webhook.json", "fixtures/sync_updates.json"]), json.dumps(d, indent=2) + "\n", "plaid", "item_transaction_ids"


@negtemplate("monzo_webhook_fixture", "json")
def n_monzo_fixture(_):
    d = {"type": "transaction.created", "data": {"id": monzo_id("tx"), "account_id": monzo_id("acc"), "amount": -R.randrange(100, 9000),
                                                 "currency": "GBP", "created": "2024-%02d-%02dT10:%02d:00Z" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(60)),
                                                 "description": ch(PAYEES).upper(), "merchant": {"id": monzo_id("merch"), "group_id": "grp_0000" + rs(ALNUM, 22)},
                                                 "dedupe_id": rs(string.digits, 12) + "." + rs(string.digits, 8), "settled": ""}}
    return ch(["tests/fixtures/monzo_tx.json", "webhooks/samples/monzo.json"]), json.dumps(d, indent=2) + "\n", "monzo", "transaction_ids"


@negtemplate("ha_automation", "home-assistant")
def n_ha(_):
    lines = ["- id: '%s'" % rs(string.digits, 13), "  alias: Low balance warning", "  trigger:", "    - platform: numeric_state",
             "      entity_id: sensor.%s_balance" % ch(["up_spending", "monzo_current", "starling_main"]), "      below: %d" % ch([50, 100, 200]),
             "  action:", "    - service: notify.mobile_app_%s" % ch(["pixel_8", "iphone"]), "      data:", "        title: Balance low",
             "        message: \"Balance is {{ states('sensor.up_spending_balance') }}\"", "", "# token for the rest sensor comes from secrets.yaml:",
             "#   headers: { Authorization: !secret up_bearer }"]
    return ch(["automations.yaml", "homeassistant/automations/finance.yaml"]), "\n".join(lines) + "\n", "home-assistant", "secret_reference"


@negtemplate("go_checksum_test", "go")
def n_go(_):
    lines = ["package importer", "", "import \"testing\"", "", "func TestStatementChecksum(t *testing.T) {", "\tcases := []struct {", "\t\tfile string", "\t\twant string", "\t}{"]
    for _ in range(R.randrange(2, 5)):
        lines.append('\t\t{"testdata/%s-%d.csv", "%s"},' % (ch(["monzo", "up", "bunq", "chase"]), R.randrange(2019, 2025), sha256_hex()))
    lines += ["\t}", "\tfor _, c := range cases {", "\t\tif got := checksum(c.file); got != c.want {", '\t\t\tt.Errorf("%s: got %s want %s", c.file, got, c.want)', "\t\t}", "\t}", "}"]
    return ch(["importer/checksum_test.go", "internal/ingest/checksum_test.go"]), "\n".join(lines) + "\n", "go", "sha256_digests"


@negtemplate("rust_iban_test", "rust")
def n_rust(_):
    lines = ["#[cfg(test)]", "mod tests {", "    use super::*;", "", "    #[test]", "    fn valid_ibans() {"]
    for _ in range(R.randrange(2, 5)):
        lines.append('        assert!(is_valid_iban("%s"));' % iban())
    lines += ["    }", "", "    #[test]", "    fn routing_numbers() {"]
    for _ in range(2):
        lines.append('        assert!(aba_checksum_ok("%s"));' % aba())
    lines += ["    }", "}"]
    return ch(["src/validate.rs", "crates/ledger-core/src/iban.rs"]), "\n".join(lines) + "\n", "rust", "iban_routing_numbers"


@negtemplate("env_example", "env")
def n_env_example(_):
    specs = R.sample(SPECS, R.randrange(4, 8))
    lines = ["# Copy to .env and fill in. Never commit the real .env!"]
    for sp in specs:
        lines.append("%s=%s" % (sp["env"], ch(["", "", "<%s>" % sp["kind"]])))
    lines += ["BUDGET_ID=", "LOG_LEVEL=info"]
    return ch([".env.example", ".env.sample", "env.template"]), "\n".join(lines) + "\n", "multi", "placeholder"


@negtemplate("archive_sh", "shell")
def n_archive(_):
    lines = ["#!/usr/bin/env bash", "# archive statements and record their hashes for audit", "set -euo pipefail", "",
             'for f in statements/*.pdf; do', '  sha256sum "$f" >> statements/SHA256SUMS', "done", "",
             "# known-good hashes from last year's archive", "EXPECTED_2023=%s" % sha256_hex(), "LAST_LEDGER_COMMIT=%s" % git_sha(), "",
             'git -C ~/finance log -1 --format=%H', 'echo "archived $(ls statements | wc -l) files"']
    return ch(["bin/archive-statements.sh", "scripts/archive.sh"]), "\n".join(lines) + "\n", "shell", "sha256_digests"


@negtemplate("gs_properties", "apps-script")
def n_gs(_):
    lines = ["// Reads credentials from Script Properties (File > Project properties), never from code.", "const props = PropertiesService.getScriptProperties();",
             "const TOKEN = props.getProperty('LUNCHMONEY_TOKEN');", "const SHEET_ID = '%s';" % rs(B64URL, 44), "", "function refreshBalances() {",
             "  const sheet = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Balances');",
             "  const res = UrlFetchApp.fetch('https://dev.lunchmoney.app/v1/assets', { headers: { Authorization: 'Bearer ' + TOKEN } });",
             "  const assets = JSON.parse(res.getContentText()).assets;", "  sheet.getRange(2, 1, assets.length, 2).setValues(assets.map(a => [a.name, a.balance]));", "}"]
    return ch(["Code.gs", "apps-script/Balances.gs"]), "\n".join(lines) + "\n", "apps-script", "env_reference"


@negtemplate("price_db", "ledger")
def n_prices(_):
    lines = ["; price database -- updated by bean-price / pricehist"]
    for _ in range(R.randrange(6, 18)):
        i = isin()
        lines.append("P 2024/%02d/%02d %s %s%.2f  ; %s" % (R.randrange(1, 13), R.randrange(1, 29), ch(["VWRL", "VTI", "IWDA", "CSPX", "EIMI"]), ch(["$", "€", "£"]), R.uniform(20, 400), i))
    return ch(["prices.db", "ledger/prices.journal"]), "\n".join(lines) + "\n", "ledger", "isin_cusip"


@negtemplate("compose_docker_secrets", "docker-compose")
def n_compose_secrets(_):
    lines = ["services:", "  actual:", "    image: actualbudget/actual-server:latest", "    ports:", '      - "5006:5006"', "    volumes:", "      - ./actual-data:/data",
             "  firefly:", "    image: fireflyiii/core:latest", "    environment:", "      DB_PASSWORD_FILE: /run/secrets/db_password", "      APP_KEY_FILE: /run/secrets/app_key",
             "    secrets:", "      - db_password", "      - app_key", "", "secrets:", "  db_password:", "    file: ./secrets/db_password.txt", "  app_key:", "    file: ./secrets/app_key.txt"]
    return "docker-compose.yml", "\n".join(lines) + "\n", "docker", "secret_file_reference"


@negtemplate("checks_csv", "csv")
def n_checks(_):
    rows = ["payee,routing_number,account_last4,memo,amount"]
    for _ in range(R.randrange(4, 12)):
        rows.append("%s,%s,%s,%s,%.2f" % (ch(PAYEES), aba(), rs(string.digits, 4), ch(["rent", "daycare", "HOA", "tuition"]), R.randrange(5000, 300000) / 100))
    return ch(["payments/billpay.csv", "exports/checks.csv"]), "\n".join(rows) + "\n", "billpay", "routing_numbers"


@negtemplate("pgp_ledger", "pgp")
def n_pgp(_):
    body = base64.b64encode(rbytes(R.randrange(300, 900))).decode()
    lines = ["-----BEGIN PGP MESSAGE-----", ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["=" + rs(B64, 4), "-----END PGP MESSAGE-----"]
    return ch(["private/2024.beancount.asc", "ledger/secrets.journal.gpg.asc"]), "\n".join(lines) + "\n", "gpg", "ciphertext"


@negtemplate("sops_yaml", "yaml")
def n_sops(_):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(R.randrange(16, 60))).decode(), base64.b64encode(rbytes(32)).decode(), base64.b64encode(rbytes(16)).decode())
    lines = ["ynab_token: %s" % enc(), "up_token: %s" % enc(), "imap_password: %s" % enc(), "sops:", "    age:",
             "        - recipient: age1%s" % rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    b = base64.b64encode(rbytes(180)).decode()
    lines += ["            " + b[i:i + 64] for i in range(0, len(b), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT08:12:44Z\"" % (R.randrange(1, 13), R.randrange(1, 29)),
              "    mac: %s" % enc(), "    version: 3.8.1"]
    return ch(["secrets.enc.yaml", "secrets/finance.sops.yaml"]), "\n".join(lines) + "\n", "sops", "ciphertext"


@negtemplate("webhook_sig_test", "python")
def n_sig(_):
    lines = ['"""Verify Up Bank webhook signatures (X-Up-Authenticity-Signature)."""', "import hashlib", "import hmac", "import os", "",
             "SECRET = os.environ['UP_WEBHOOK_SECRET']", "", "", "def verify(body: bytes, signature: str) -> bool:",
             "    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()", "    return hmac.compare_digest(digest, signature)", "", "",
             "# captured request for debugging (signature only, secret not included)", "SAMPLE_SIGNATURE = '%s'" % sha256_hex(),
             "SAMPLE_EVENT_ID = '%s'" % uuid4()]
    return ch(["webhooks/up_verify.py", "app/webhooks.py"]), "\n".join(lines) + "\n", "up-bank", "signature"


@negtemplate("ghostfolio_activities", "json")
def n_gf(_):
    acts = [{"accountId": uuid4(), "comment": None, "fee": round(R.uniform(0, 5), 2), "quantity": R.randrange(1, 50), "type": ch(["BUY", "SELL", "DIVIDEND"]),
             "unitPrice": round(R.uniform(10, 400), 2), "currency": ch(CURRENCIES), "dataSource": "YAHOO", "date": "2024-%02d-%02dT00:00:00.000Z" % (R.randrange(1, 13), R.randrange(1, 29)),
             "symbol": ch(["VWRL.L", "AAPL", "MSFT", "IWDA.AS"]), "isin": isin()} for _ in range(R.randrange(2, 6))]
    return ch(["ghostfolio-export.json", "portfolio/activities.json"]), json.dumps({"meta": {"date": "2024-06-01T10:00:00.000Z", "version": "dev"}, "activities": acts}, indent=2) + "\n", "ghostfolio", "uuids_isins"


@negtemplate("firefly_rules_yaml", "yaml")
def n_firefly_rules(_):
    lines = ["# Firefly III data importer -- column mapping (no credentials here)", "version: 3", "source: csv", "default_account: %d" % R.randrange(1, 40),
             "date: Y-m-d", "delimiter: comma", "headers: true", "roles:", "  - date_transaction", "  - description", "  - amount", "  - account-iban", "  - opposing-iban",
             "mapping:", "  opposing-iban:"]
    for _ in range(3):
        lines.append("    %s: %d" % (iban(), R.randrange(1, 90)))
    lines += ["duplicate_detection_method: classic", "unique_column_type: external-id"]
    return ch(["importer/config.yaml", "firefly/import-config.yaml"]), "\n".join(lines) + "\n", "firefly-iii", "iban_account_numbers"


@negtemplate("splitwise_export_csv", "csv")
def n_splitwise(_):
    rows = ["Date,Description,Category,Cost,Currency,Alex,Sam"]
    for _ in range(R.randrange(5, 15)):
        c = R.randrange(500, 20000) / 100
        rows.append("2024-%02d-%02d,%s,%s,%.2f,%s,%.2f,%.2f" % (R.randrange(1, 13), R.randrange(1, 29), ch(PAYEES), ch(["Groceries", "Utilities", "Dining out"]), c, ch(CURRENCIES), c / 2, -c / 2))
    rows.append("")
    rows.append("Total balance,,,,,%.2f,%.2f" % (R.uniform(-100, 100), R.uniform(-100, 100)))
    return ch(["exports/splitwise.csv", "splitwise-flat.csv"]), "\n".join(rows) + "\n", "splitwise", "export_data"


# ---------------------------------------------------------------- more positive-capable templates
@template("vscode_launch", "json", generic)
def t_vscode(s):
    env = {"PYTHONPATH": "${workspaceFolder}", "BUDGET_ID": budget_id()}
    if s.pub and s.spec["key"] in PUBWORDS:
        env[pubname(s, "screaming")] = s.pub
    env[envname(s)] = s.lit("plain") if not s.env else "${env:%s}" % s.env
    d = {"version": "0.2.0", "configurations": [{"name": "Run importer", "type": "debugpy", "request": "launch", "module": "budget_sync",
                                                "args": ["--days", str(ch([3, 7, 30])), "--dry-run"], "env": env, "console": "integratedTerminal"}]}
    return ".vscode/launch.json", json.dumps(d, indent=4) + "\n"


@template("powershell", "powershell", lambda sp: is_headerish(sp) or sp["auth"].startswith("query:"))
def t_ps(s):
    sp = s.spec
    v = s.raw if not s.env else None
    lines = ["# Weekly balance export to OneDrive", "$ErrorActionPreference = 'Stop'"]
    if v is None:
        lines.append("$%s = $env:%s" % (sname(s, "pascal"), s.env))
    else:
        lines.append("$%s = '%s'" % (sname(s, "pascal"), v))
    ref = "$" + sname(s, "pascal")
    if is_headerish(sp):
        h, p = hdr(s)
        lines.append("$headers = @{ %s = \"%s%s\" }" % (h, p, ref))
        lines.append("$resp = Invoke-RestMethod -Uri '%s' -Headers $headers" % sp["url"])
    else:
        lines.append("$resp = Invoke-RestMethod -Uri \"%s?%s=%s&symbol=MSFT\"" % (sp["url"], sp["auth"].split(":")[1], ref))
    lines += ["$resp.data | Export-Csv -Path \"$env:OneDrive\\Finance\\balances-$(Get-Date -Format yyyy-MM-dd).csv\" -NoTypeInformation",
              "Write-Host \"Exported $($resp.data.Count) rows\""]
    return ch(["scripts/Export-Balances.ps1", "export.ps1"]), "\n".join(lines) + "\n"


@template("r_script", "r", lambda sp: sp["auth"].startswith("query:") or is_headerish(sp))
def t_r(s):
    sp = s.spec
    lines = ["# monthly spending report", "library(httr2)", "library(dplyr)", "library(ggplot2)", ""]
    lines.append("%s <- %s" % (sname(s, "snake"), s.code("r")))
    if is_headerish(sp):
        h, p = hdr(s)
        lines += ["resp <- request(\"%s\") |>" % sp["url"], "  req_headers(%s = paste0(\"%s\", %s)) |>" % (h, p, sname(s, "snake")), "  req_perform()"]
    else:
        lines += ["resp <- request(\"%s\") |>" % sp["url"], "  req_url_query(%s = %s, symbol = \"VTI\") |>" % (sp["auth"].split(":")[1], sname(s, "snake")), "  req_perform()"]
    lines += ["df <- resp_body_json(resp, simplifyVector = TRUE)$data", "df |> group_by(category) |> summarise(total = sum(amount)) |> arrange(desc(total))"]
    return ch(["report.R", "analysis/monthly.R"]), "\n".join(lines) + "\n"


@template("php_importer", "php", lambda sp: sp["provider"] in ("firefly-iii", "simplefin", "plaid", "bunq", "wise") and generic(sp))
def t_php(s):
    sp = s.spec
    v = s.raw
    lines = ["<?php", "", "// data-importer overrides for the home instance", "return ["]
    lines += pub_lines(s, "    '%s' => '%s',")
    if s.env:
        lines.append("    '%s' => env('%s', '')," % (sname(s), s.env))
    else:
        lines.append("    '%s' => '%s'," % (sname(s), v))
    lines += ["    'url' => '%s'," % (sp["url"] if sp["url"].startswith("http") else "https://" + sp["url"]), "    'timeout' => %d," % ch([30, 60]),
              "    'verify_tls' => true,", "];"]
    return ch(["config/importer.php", "config/services.php"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- driver
SPECIAL = {"simplefin_py", "crypto_tracker", "cdp_json", "bunq_py", "telegram_bot", "ghostfolio_compose", "plaid_node_cfg",
           "receipts_py", "mbsync", "dburl_env"}


def pick_spec():
    tot = sum(s["weight"] for s in SPECS)
    x = R.uniform(0, tot)
    for s in SPECS:
        x -= s["weight"]
        if x <= 0:
            return s
    return SPECS[-1]


def templates_for(spec):
    return [t for t in TEMPLATES if t[2](spec)]


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ed.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    used_pos = {}
    i = 0
    while i < N_POS:
        spec = pick_spec()
        cands = templates_for(spec)
        special = [t for t in cands if t[0] in SPECIAL]
        if special and R.random() < 0.3:
            cands = special
        # prefer templates that have been used less, for spread
        cands.sort(key=lambda t: used_pos.get(t[0], 0))
        name, ftype, _, fn = ch(cands[:max(3, len(cands) // 2)])
        s = make_pos_slot(spec)
        rel, text = fn(s)
        ln = line_of(text, s.needle)
        if ln is None or text.count(s.needle) > 2:
            continue
        used_pos[name] = used_pos.get(name, 0) + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": spec["provider"], "kind": spec["kind"], "filetype": ftype, "template": name})
        secrets.append({"file": f, "needle": s.needle, "line": ln})
        i += 1
    used_neg = {}
    for j in range(N_NEG):
        if R.random() < 0.5:
            spec = pick_spec()
            cands = templates_for(spec)
            cands.sort(key=lambda t: used_neg.get(t[0], 0))
            name, ftype, _, fn = ch(cands[:max(3, len(cands) // 2)])
            s = make_neg_slot(spec)
            rel, text = fn(s)
            prov, kind = spec["provider"], s.negkind
        else:
            cands = sorted(NEG_TEMPLATES, key=lambda t: used_neg.get(t[0], 0))
            name, ftype, fn = ch(cands[:max(3, len(cands) // 2)])
            rel, text, prov, kind = fn(None)
        used_neg[name] = used_neg.get(name, 0) + 1
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": name})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for m in secrets:
            fh.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
