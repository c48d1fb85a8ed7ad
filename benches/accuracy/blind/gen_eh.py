#!/usr/bin/env python3
"""Blind evaluation-set generator EH: news, publishing, media monitoring and paywalls.

EMPHASIS
    Credentials as newsroom and publishing engineers commit them: news-data APIs (NewsAPI,
    GNews, Mediastack, NewsData.io, The Guardian Open Platform, New York Times, Associated
    Press, Reuters Connect, Bloomberg, Event Registry, Aylien), media monitoring (Meltwater,
    Cision, Muck Rack), audience analytics (Chartbeat, Parse.ly), paywalls and subscriptions
    (Piano, Pelcro, Zephr, Poool, Stripe), CMS and newsletter platforms (Arc XP, WordPress VIP
    application passwords, Ghost Admin keys, Substack, beehiiv, Buttondown), distribution
    (Apple News API, Google API keys), SEO (ContentKing), video (Brightcove), graphics
    (Datawrapper, Flourish), DocumentCloud, and the common cloud/database credentials such
    projects carry (AWS, PostgreSQL, MySQL for WordPress, Redis, Slack webhooks, GitHub,
    SendGrid, Mailchimp, Algolia, Cloudflare, Fastly).
    File types: Python scrapers and Jupyter notebooks, Node/TypeScript services, Ruby/Rails,
    PHP/WordPress (wp-config.php, plugins), GitHub Actions workflows, Datawrapper/Flourish
    scripts, Google Apps Script, .env files, docker-compose, YAML/JSON/TOML/INI configs,
    R scripts and .Renviron, shell scripts, Markdown runbooks, HTML embeds, XML feeds, CSV.

USAGE
    python3 gen_eh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl. Deterministic per SEED (random.Random(SEED) only).

NEEDLE CONVENTIONS
    The needle is the secret exactly as written in the file. For id/secret pairs (Aylien app
    id + key, Bloomberg client id + secret, Piano aid + API token, Parse.ly apikey + secret,
    Zephr access key + secret key, Brightcove client id + secret, Apple News key id + secret,
    AWS access key id + secret, Algolia app id + admin key, username + password) the needle is
    the secret half. For Ghost Admin API keys (`<24 hex id>:<64 hex secret>`) the needle is
    the 64-hex secret half. For connection URLs (postgres://, redis://, mysql://) the needle is
    the password inside the URL. For Slack incoming webhooks the needle is the whole URL. For
    Substack the needle is the `substack.sid` cookie value. `line` is the 1-based line of the
    needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot holding placeholders
    (YOUR_NEWSAPI_KEY, <api-key>, xxxx…), environment lookups in the file's own language
    (os.environ, process.env, ENV.fetch, getenv, Sys.getenv, PropertiesService, ${{ secrets.X }}),
    secret-manager references (op://, vault:, AWS/GCP secret names), masked or redacted values
    (••••3f9c, [REDACTED]), empty values, and provider documentation examples (the Guardian's
    `test` key, AWS's AKIAIOSFODNN7EXAMPLE pair, Stripe's published sk_test_ docs key, Ghost's
    demo Content API key). The other half are domain look-alikes: AP item ids and etags, Arc XP
    ANS ids, story UUIDs and slugs, NewsML/RSS guids, sitemap-news, JSON-LD with ISSNs,
    ISBN catalogues, Piano aid / term / offer ids, Parse.ly site ids, Chartbeat uids, Ghost
    Content API keys (documented as safe for browsers), Brightcove player policy keys,
    Stripe publishable keys, public Sentry DSNs, beehiiv publication ids, Apple News channel
    and article ids, GA4/GTM ids and tracking pixels, cache-busting asset hashes, lockfile
    integrity hashes, sha256 manifests, git SHAs, bcrypt hashes in fixtures, sops ciphertext,
    Rails encrypted credentials, webhook signature fixtures, i18n strings, Datawrapper chart ids,
    Flourish visualisation ids, Mailchimp audience ids.

DOUBTS (formats written from memory or not confirmed on the providers' pages)
    - NewsAPI, GNews, Mediastack, Chartbeat: 32 lowercase hex keys (from memory).
    - NewsData.io: `pub_` + digits + 32 hex; the page found only says the key is on the
      dashboard; the exact body layout is from memory.
    - NYT: 32-char alphanumeric key (and 16-char secret, not used); AP Media API key as 32
      alphanumerics; Meltwater `apikey` as 40 alphanumerics; Muck Rack token as 40 hex;
      Pelcro API key as 40 alphanumerics; Poool API secret as 64 alphanumerics; ContentKing
      token as 64 hex; beehiiv key as 64 alphanumerics; Flourish API key as 43 url-safe chars;
      Arc XP developer token as 64 upper-case alphanumerics; Parse.ly secret as 43
      alphanumerics; Piano API token as 40 alphanumerics and aid as 10 alphanumerics;
      Zephr access/secret keys as UUIDs; Brightcove client secret as 86 url-safe chars;
      Bloomberg EAP client id/secret as 32/64 hex; Substack `substack.sid` as a signed
      connect.sid cookie (`s%3A…`); Fastly token 32 url-safe chars; Cloudflare token 40.
      All of these are from memory and only the names/headers were confirmed.
    - Confirmed in documentation found by search: Ghost Admin `id:secret` (24/64 hex) and
      Content key (26 hex, "safe for use in browsers", demo key 22444f78447824223cefc48062);
      Apple News key id/secret with base64 secret used as HMAC key; Aylien
      X-AYLIEN-NewsAPI-Application-ID/-Key headers; Datawrapper Bearer tokens (64
      alphanumerics in its login-token example); Zephr HMAC key pairs; Brightcove policy keys
      for the Playback API set in players; Arc XP developer tokens are not to be committed.
    - GitHub `ghp_` checksum: last 6 chars = base62(crc32 of the 30 random chars), alphabet
      0-9A-Za-z assumed.
    - In re-used negatives the public half of a pair stays literal (Aylien app id, Bloomberg and
      Brightcove client ids, Piano aid, Zephr access key, Apple News key id, Algolia app id,
      usernames) while the secret half is a placeholder/reference; AWS negatives use AWS's
      documented AKIAIOSFODNN7EXAMPLE id so that no live-looking key id appears.
    - Labels a reviewer might dispute: Reuters/DocumentCloud/Cision passwords are positives
      even when the username looks like a shared newsroom account; Google `AIza` keys in
      server-side scrapers are positive; Piano aid, Parse.ly apikey (site domain), Chartbeat
      uid, Sentry DSNs, Ghost Content API keys, Brightcove policy keys and Stripe publishable
      keys are labelled negative; Stripe's published documentation test key is negative;
      bcrypt hashes in fixtures and sops/Rails ciphertext are negative.

SEARCHES
    docs corpus: NewsData.io API key page; Piano pianosdk (PyPI); Datawrapper developer docs;
    Ghost Admin/Content API (docs.ghost.org, a Rust crate's docs, n8n credential pages);
    Apple News security model / request signing; Parse.ly (wp-parsely, python-parsely);
    Brightcove authentication, OAuth and policy key pages; Aylien News API clients; Arc XP
    developer access tokens; beehiiv API clients; Zephr HMAC key pairs; Flourish SDK.
    Scanner-related material shown: a GitGuardian detector description page for "Brightcove
    OAuth Credentials" (no pattern shown); ignored.
"""
import base64
import re
import json
import os
import random
import sys
import zlib

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
URLSAFE = ALNUM + "-_"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


# ---------------------------------------------------------------- random helpers
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def mixed(r, alpha, n):
    """random string that contains at least one digit, one upper and one lower where possible"""
    while True:
        s = rs(r, alpha, n)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s) == any(c.isupper() for c in alpha)
                and any(c.islower() for c in s) == any(c.islower() for c in alpha)):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64bytes(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def uuid4(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


WORDS1 = ["Harbor", "Maple", "Gazette", "Copydesk", "Inkwell", "Sunrise", "Falcon", "Brisket", "Tangerine",
          "Lighthouse", "Granite", "Juniper", "Moonbeam", "Cobalt", "Riverside", "Pelican", "Thunder", "Saffron",
          "Bulldog", "Kestrel", "Marigold", "Vesper", "Quarry", "Lantern", "Biscuit", "Orchard", "Nimbus"]
WORDS2 = ["press", "desk", "tribune", "ledger", "herald", "metro", "wire", "sports", "night", "beacon",
          "otter", "garden", "pickle", "rocket", "window", "copper", "violet", "summit", "candle"]


def human_password(r, urlsafe=False):
    sym = "-_." if urlsafe else "!*-_.+?^"
    k = r.randint(0, 5)
    if k == 0:
        p = r.choice(WORDS1) + str(r.randint(10, 2026)) + r.choice(sym)
    elif k == 1:
        p = r.choice(WORDS2) + r.choice(sym) + r.choice(WORDS1) + str(r.randint(1, 99))
    elif k == 2:
        p = r.choice(WORDS1)[:4] + rs(r, ALNUM, 6) + r.choice(sym) + str(r.randint(0, 9))
    elif k == 3:
        p = mixed(r, ALNUM, r.randint(14, 22))
    elif k == 4:
        w = r.choice(WORDS1)
        p = w.replace("a", "4").replace("e", "3").replace("o", "0") + r.choice(sym) + r.choice(WORDS2).capitalize() + str(r.randint(1, 9))
    else:
        p = "-".join(r.choice(WORDS2) for _ in range(3)) + str(r.randint(1, 99))
    return p


# ---------------------------------------------------------------- secret generators
def g_hex32(r): return rhex(r, 32)
def g_hex40(r): return rhex(r, 40)
def g_hex64(r): return rhex(r, 64)
def g_uuid(r): return uuid4(r)
def g_alnum32(r): return mixed(r, ALNUM, 32)
def g_alnum40(r): return mixed(r, ALNUM, 40)
def g_alnum64(r): return mixed(r, ALNUM, 64)
def g_newsdata(r): return "pub_" + str(r.randint(1000, 99999)) + rhex(r, 32)
def g_parsely(r): return mixed(r, ALNUM, 43)
def g_arc(r): return mixed(r, UPALNUM, 64)
def g_flourish(r): return mixed(r, URLSAFE, 43)
def g_brightcove(r): return mixed(r, URLSAFE, 86)
def g_apple(r): return b64bytes(r, 32)
def g_google(r): return "AIza" + rs(r, URLSAFE, 35)
def g_cloudflare(r): return mixed(r, URLSAFE, 40)
def g_fastly(r): return mixed(r, URLSAFE, 32)
def g_sendgrid(r): return "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)
def g_mailchimp(r): return rhex(r, 32) + "-us" + str(r.randint(1, 21))
def g_stripe(r):
    return "sk_live_" + (mixed(r, ALNUM, 24) if r.random() < 0.4 else "51" + mixed(r, ALNUM, 97))
def g_whsec(r): return "whsec_" + mixed(r, ALNUM, 32)
def g_aws_secret(r): return rs(r, B64, 40)
def g_aws_id(r): return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
def g_github(r):
    body = rs(r, B62, 30)
    return "ghp_" + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)
def g_wpapp(r): return " ".join(rs(r, ALNUM, 4) for _ in range(6))
def g_ghost(r): return rhex(r, 64)
def g_substack(r): return "s%3A" + rs(r, URLSAFE, 32) + "." + rs(r, B64[:62], 43)
def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPALNUM, r.choice([8, 10])),
                                                            rs(r, UPALNUM, r.choice([8, 10, 11])), mixed(r, ALNUM, 24))
def g_password(r): return human_password(r)
def g_urlpass(r): return human_password(r, urlsafe=True) if r.random() < 0.5 else mixed(r, ALNUM, r.randint(16, 28))


def i_hex8(r): return rhex(r, 8)
def i_hex32(r): return rhex(r, 32)
def i_hex24(r): return rhex(r, 24)
def i_uuid(r): return uuid4(r)
def i_aid(r): return mixed(r, ALNUM, 10)
def i_algolia(r): return rs(r, UPALNUM, 10)
def i_site(r): return r.choice(SITES)
def i_user(r): return r.choice(USERS)
def i_aws(r): return g_aws_id(r)
def i_bc(r): return uuid4(r)


SITES = ["dailyledger.com", "www.valleytribune.org", "news.northgazette.co.uk", "thecoastalherald.com",
         "metrowire.net", "www.lakesidebeacon.com", "eveningpost.ie", "riverbendtimes.com"]
USERS = ["newsroom-bot", "data.desk", "graphics@valleytribune.org", "api_ingest", "wires", "jlee",
         "photo-desk", "m.okafor", "archive-sync", "nightdesk@dailyledger.com", "svc_scraper"]
ORGS = ["ledger", "tribune", "gazette", "herald", "beacon", "coastal", "metro"]


# ---------------------------------------------------------------- providers
# shape: Q query param, H header, A (user/id, secret) auth pair, S sdk/client constructor,
#        C connection URL, W webhook URL
def P(key, provider, kind, gen, shape, env, words, url, **kw):
    d = dict(key=key, provider=provider, kind=kind, gen=gen, shape=shape, env=env, words=words, url=url)
    d.update(kw)
    return d


PROVIDERS = [
    P("newsapi", "NewsAPI", "api_key", g_hex32, "Q", "NEWSAPI_KEY", ["newsapi", "key"],
      "https://newsapi.org/v2/everything", param="apiKey", hparam="X-Api-Key", cls="NewsApiClient", kw="api_key"),
    P("gnews", "GNews", "api_key", g_hex32, "Q", "GNEWS_API_KEY", ["gnews", "api", "key"],
      "https://gnews.io/api/v4/top-headlines", param="apikey"),
    P("mediastack", "Mediastack", "access_key", g_hex32, "Q", "MEDIASTACK_ACCESS_KEY", ["mediastack", "access", "key"],
      "http://api.mediastack.com/v1/news", param="access_key"),
    P("newsdata", "NewsData.io", "api_key", g_newsdata, "Q", "NEWSDATA_API_KEY", ["newsdata", "api", "key"],
      "https://newsdata.io/api/1/latest", param="apikey", hparam="X-ACCESS-KEY", cls="NewsDataApiClient", kw="apikey"),
    P("guardian", "The Guardian Open Platform", "api_key", g_uuid, "Q", "GUARDIAN_API_KEY", ["guardian", "api", "key"],
      "https://content.guardianapis.com/search", param="api-key", example="test"),
    P("nyt", "New York Times", "api_key", g_alnum32, "Q", "NYT_API_KEY", ["nyt", "api", "key"],
      "https://api.nytimes.com/svc/search/v2/articlesearch.json", param="api-key"),
    P("ap", "Associated Press", "api_key", g_alnum32, "H", "AP_API_KEY", ["ap", "media", "api", "key"],
      "https://api.ap.org/media/v/content/feed", hparam="x-api-key", prefix="", param="apikey"),
    P("reuters", "Reuters Connect", "password", g_password, "A", "REUTERS_PASSWORD", ["reuters", "password"],
      "https://api.reutersconnect.com/auth/login", idgen=i_user, idwords=["reuters", "username"]),
    P("bloomberg", "Bloomberg", "client_secret", g_hex64, "A", "BLOOMBERG_CLIENT_SECRET", ["bloomberg", "client", "secret"],
      "https://bsso.blpprofessional.com/ext/api/as/token.oauth2", idgen=i_hex32, idwords=["bloomberg", "client", "id"]),
    P("eventregistry", "Event Registry", "api_key", g_uuid, "S", "EVENT_REGISTRY_API_KEY", ["event", "registry", "api", "key"],
      "https://eventregistry.org/api/v1/article/getArticles", param="apiKey", cls="EventRegistry", kw="apiKey"),
    P("aylien", "Aylien News API", "api_key", g_hex32, "H", "AYLIEN_NEWSAPI_APP_KEY", ["aylien", "app", "key"],
      "https://api.aylien.com/news/stories", hparam="X-AYLIEN-NewsAPI-Application-Key", prefix="",
      idgen=i_hex8, idwords=["aylien", "app", "id"], idh="X-AYLIEN-NewsAPI-Application-ID"),
    P("meltwater", "Meltwater", "api_key", g_alnum40, "H", "MELTWATER_API_KEY", ["meltwater", "api", "key"],
      "https://api.meltwater.com/v3/searches", hparam="apikey", prefix=""),
    P("cision", "Cision", "password", g_password, "A", "CISION_PASSWORD", ["cision", "password"],
      "https://api.cision.com/v1/auth/login", idgen=i_user, idwords=["cision", "user"]),
    P("muckrack", "Muck Rack", "api_token", g_hex40, "H", "MUCKRACK_API_TOKEN", ["muckrack", "api", "token"],
      "https://api.muckrack.com/v1/journalists", hparam="Authorization", prefix="Token "),
    P("chartbeat", "Chartbeat", "api_key", g_hex32, "Q", "CHARTBEAT_API_KEY", ["chartbeat", "api", "key"],
      "https://api.chartbeat.com/live/toppages/v3/", param="apikey"),
    P("parsely", "Parse.ly", "api_secret", g_parsely, "Q", "PARSELY_API_SECRET", ["parsely", "secret"],
      "https://api.parsely.com/v2/analytics/posts", param="secret", idgen=i_site, idwords=["parsely", "apikey"], idq="apikey"),
    P("piano", "Piano", "api_token", g_alnum40, "Q", "PIANO_API_TOKEN", ["piano", "api", "token"],
      "https://api.piano.io/api/v3/publisher/user/list", param="api_token", idgen=i_aid, idwords=["piano", "aid"], idq="aid"),
    P("pelcro", "Pelcro", "api_key", g_alnum40, "H", "PELCRO_API_KEY", ["pelcro", "api", "key"],
      "https://www.pelcro.com/api/v1/core/customers", hparam="Authorization", prefix="Bearer "),
    P("zephr", "Zephr", "secret_key", g_uuid, "S", "ZEPHR_SECRET_KEY", ["zephr", "secret", "key"],
      "https://news.api.zephr.com/v3/users", cls="ZephrAdminClient", kw="secret_key",
      idgen=i_uuid, idwords=["zephr", "access", "key"], idkw="access_key"),
    P("poool", "Poool", "api_secret", g_alnum64, "S", "POOOL_API_SECRET", ["poool", "api", "secret"],
      "https://api.poool.fr/api/v3/subscriptions", cls="PooolClient", kw="api_secret",
      idgen=i_aid, idwords=["poool", "app", "id"], idkw="app_id"),
    P("arcxp", "Arc XP", "access_token", g_arc, "H", "ARC_ACCESS_TOKEN", ["arc", "access", "token"],
      "https://api.ledger.arcpublishing.com/content/v4/search/published", hparam="Authorization", prefix="Bearer "),
    P("wpvip", "WordPress VIP", "application_password", g_wpapp, "A", "WP_APPLICATION_PASSWORD",
      ["wp", "app", "password"], "https://dailyledger.go-vip.net/wp-json/wp/v2/posts",
      idgen=i_user, idwords=["wp", "username"]),
    P("ghost", "Ghost", "admin_api_key", g_ghost, "S", "GHOST_ADMIN_API_KEY", ["ghost", "admin", "api", "key"],
      "https://ledger.ghost.io", cls="GhostAdminAPI", kw="key", idgen=i_hex24, joined=True,
      example=None),
    P("buttondown", "Buttondown", "api_key", g_uuid, "H", "BUTTONDOWN_API_KEY", ["buttondown", "api", "key"],
      "https://api.buttondown.email/v1/subscribers", hparam="Authorization", prefix="Token "),
    P("beehiiv", "beehiiv", "api_key", g_alnum64, "H", "BEEHIIV_API_KEY", ["beehiiv", "api", "key"],
      "https://api.beehiiv.com/v2/publications", hparam="Authorization", prefix="Bearer "),
    P("substack", "Substack", "session_cookie", g_substack, "H", "SUBSTACK_SID", ["substack", "sid"],
      "https://ledger.substack.com/api/v1/drafts", hparam="Cookie", prefix="substack.sid="),
    P("applenews", "Apple News", "api_key_secret", g_apple, "S", "APPLE_NEWS_API_SECRET", ["apple", "news", "key", "secret"],
      "https://news-api.apple.com/channels", cls="AppleNewsClient", kw="key_secret",
      idgen=i_uuid, idwords=["apple", "news", "key", "id"], idkw="key_id"),
    P("google", "Google", "api_key", g_google, "Q", "GOOGLE_API_KEY", ["google", "api", "key"],
      "https://factchecktools.googleapis.com/v1alpha1/claims:search", param="key"),
    P("contentking", "ContentKing", "api_token", g_hex64, "H", "CONTENTKING_API_TOKEN", ["contentking", "token"],
      "https://api.contentkingapp.com/v2/websites", hparam="Authorization", prefix="token "),
    P("brightcove", "Brightcove", "client_secret", g_brightcove, "A", "BRIGHTCOVE_CLIENT_SECRET",
      ["brightcove", "client", "secret"], "https://oauth.brightcove.com/v4/access_token",
      idgen=i_bc, idwords=["brightcove", "client", "id"]),
    P("datawrapper", "Datawrapper", "api_token", g_alnum64, "H", "DATAWRAPPER_ACCESS_TOKEN", ["datawrapper", "token"],
      "https://api.datawrapper.de/v3/charts", hparam="Authorization", prefix="Bearer "),
    P("flourish", "Flourish", "api_key", g_flourish, "S", "FLOURISH_API_KEY", ["flourish", "api", "key"],
      "https://flourish-api.com/api/v1/live", cls="FlourishLive", kw="api_key"),
    P("documentcloud", "DocumentCloud", "password", g_password, "A", "DC_PASSWORD", ["documentcloud", "password"],
      "https://api.www.documentcloud.org/api/", idgen=i_user, idwords=["documentcloud", "username"]),
    P("aws", "AWS", "secret_access_key", g_aws_secret, "S", "AWS_SECRET_ACCESS_KEY", ["aws", "secret", "access", "key"],
      "https://s3.amazonaws.com", cls="boto3.client", kw="aws_secret_access_key",
      idgen=i_aws, idwords=["aws", "access", "key", "id"], idkw="aws_access_key_id",
      example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", idexample="AKIAIOSFODNN7EXAMPLE"),
    P("postgres", "PostgreSQL", "password", g_urlpass, "C", "DATABASE_URL", ["database", "url"],
      "postgresql://{u}:{p}@{h}:5432/{d}", cuser=["newsroom", "scraper", "archive", "app"],
      chost=["db", "localhost", "pg.internal", "newsroom-db.cluster-c9x2.us-east-1.rds.amazonaws.com"],
      cdb=["newsroom", "articles", "archive_prod", "elections"]),
    P("mysql", "MySQL", "password", g_urlpass, "C", "WORDPRESS_DB_URL", ["db", "url"],
      "mysql://{u}:{p}@{h}:3306/{d}", cuser=["wordpress", "wp_ledger", "wp"], chost=["mysql", "127.0.0.1", "db"],
      cdb=["wordpress", "wp_ledger"]),
    P("redis", "Redis", "password", g_urlpass, "C", "REDIS_URL", ["redis", "url"],
      "redis://{u}:{p}@{h}:6379/0", cuser=["default", ""], chost=["redis", "cache.internal", "localhost"], cdb=["0"]),
    P("slack", "Slack", "webhook_url", g_slack, "W", "SLACK_WEBHOOK_URL", ["slack", "webhook", "url"],
      "https://hooks.slack.com/services"),
    P("github", "GitHub", "personal_access_token", g_github, "H", "GH_TOKEN", ["github", "token"],
      "https://api.github.com/repos/ledger-data/scrapers/dispatches", hparam="Authorization", prefix="token "),
    P("sendgrid", "SendGrid", "api_key", g_sendgrid, "H", "SENDGRID_API_KEY", ["sendgrid", "api", "key"],
      "https://api.sendgrid.com/v3/mail/send", hparam="Authorization", prefix="Bearer "),
    P("mailchimp", "Mailchimp", "api_key", g_mailchimp, "S", "MAILCHIMP_API_KEY", ["mailchimp", "api", "key"],
      "https://us6.api.mailchimp.com/3.0/lists", cls="MailchimpMarketing.Client", kw="api_key"),
    P("stripe", "Stripe", "secret_key", g_stripe, "S", "STRIPE_SECRET_KEY", ["stripe", "secret", "key"],
      "https://api.stripe.com/v1/subscriptions", cls="StripeClient", kw="api_key",
      example="sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    P("stripe_wh", "Stripe", "webhook_secret", g_whsec, "S", "STRIPE_WEBHOOK_SECRET", ["stripe", "webhook", "secret"],
      "https://api.stripe.com/v1/webhook_endpoints", cls="WebhookVerifier", kw="secret"),
    P("algolia", "Algolia", "admin_api_key", g_hex32, "S", "ALGOLIA_ADMIN_API_KEY", ["algolia", "admin", "key"],
      "https://ABC.algolia.net", cls="SearchClient", kw="api_key", idgen=i_algolia,
      idwords=["algolia", "app", "id"], idkw="app_id"),
    P("cloudflare", "Cloudflare", "api_token", g_cloudflare, "H", "CLOUDFLARE_API_TOKEN", ["cloudflare", "api", "token"],
      "https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache",
      hparam="Authorization", prefix="Bearer "),
    P("fastly", "Fastly", "api_token", g_fastly, "H", "FASTLY_API_TOKEN", ["fastly", "api", "token"],
      "https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all", hparam="Fastly-Key", prefix=""),
]
PBY = {p["key"]: p for p in PROVIDERS}
for _p in PROVIDERS:
    if _p["shape"] == "Q" and "hparam" not in _p:
        pass
    _p.setdefault("prefix", "")
    _p.setdefault("example", None)

NEUTRAL = [["k"], ["val"], ["param", "value"], ["upstream", "ref"], ["source", "code"], ["partner", "ref"],
           ["feed", "sig"], ["wire", "cfg"], ["ingest", "param"], ["primary"], ["opaque"], ["handle"],
           ["seed"], ["ident"], ["x"], ["q", "extra"], ["config", "value"], ["s1"], ["feed", "access"],
           ["remote", "id"], ["p2"], ["blob"]]


def nm(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "screaming":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    return "_".join(w)


NEG_MODES = [("placeholder", 28), ("envref", 26), ("vault", 12), ("masked", 14), ("empty", 8), ("example", 12)]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Slot:
    """One credential slot: a real secret (mode 'secret') or a look-alike in the same place."""

    def __init__(self, r, p, mode, obvious=None):
        self.r, self.p, self.mode = r, p, mode
        if mode == "example" and not p.get("example"):
            self.mode = mode = r.choice(["placeholder", "envref", "masked"])
        self.obvious = (r.random() < 0.5) if obvious is None else obvious
        self.words = p["words"] if self.obvious else r.choice(NEUTRAL)
        self.env = p["env"]
        self.envwords = self.env.lower().split("_")
        self.idv = p["idgen"](r) if p.get("idgen") else None
        if mode != "secret" and p.get("idexample"):
            self.idv = p["idexample"]
        self.needle = None
        self.secret = None
        if mode == "secret":
            self.secret = p["gen"](r)
            raw = self.secret
        elif mode == "placeholder":
            raw = self._placeholder()
        elif mode == "masked":
            raw = self._masked()
        elif mode == "vault":
            raw = self._vault()
        elif mode == "example":
            raw = p["example"]
        elif mode == "empty":
            raw = ""
        else:
            raw = None  # envref
        self.raw = raw
        self.value = self._wrap(raw) if raw is not None else None
        if mode == "secret":
            self.needle = self.secret
        # connection URLs built from parts: user/host/db fixed per slot
        self.envchoice = r.random()
        self.q1 = r.choice(["'", '"'])

    # ---- value builders
    def _wrap(self, raw):
        p = self.p
        if p.get("joined") and raw != "" and self.mode in ("secret", "masked", "example"):
            return "%s:%s" % (self.idv, raw)
        if p["shape"] == "C" and self.mode in ("secret", "placeholder", "masked", "example", "empty"):
            if not hasattr(self, "_cparts"):
                self._cparts = (self.r.choice(p["cuser"]), self.r.choice(p["chost"]), self.r.choice(p["cdb"]))
            u, h, d = self._cparts
            return p["url"].format(u=u, p=raw, h=h, d=d)
        return raw

    def _placeholder(self):
        r, p = self.r, self.p
        if p["shape"] == "C":
            return r.choice(["CHANGEME", "password", "<password>", "YOUR_PASSWORD", "xxxxxxxx", "secret"])
        if p["shape"] == "W":
            return r.choice(["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                             "https://hooks.slack.com/services/YOUR/WEBHOOK/URL",
                             "<slack-incoming-webhook-url>"])
        if p["kind"] in ("password", "application_password"):
            return r.choice(["changeme", "<password>", "YOUR_PASSWORD_HERE", "********", "REPLACE_ME", "TODO"])
        k = r.randint(0, 7)
        if k == 0:
            return "YOUR_" + self.env
        if k == 1:
            return "your-%s-here" % nm(p["words"], "kebab")
        if k == 2:
            return "<%s>" % nm(p["words"], "kebab")
        if k == 3:
            return "x" * r.choice([32, 40, 24])
        if k == 4:
            return r.choice(["REPLACE_ME", "changeme", "TODO", "dummy", "insert-key-here"])
        if k == 5:
            return "{{ %s }}" % nm(p["words"], "snake")
        if k == 6:
            return "%s_goes_here" % nm(p["words"], "snake")
        return "0" * r.choice([32, 36, 40])

    def _masked(self):
        r = self.r
        tail = rhex(r, 4)
        k = r.randint(0, 5)
        if self.p["key"] == "stripe":
            return "sk_live_" + "*" * 20 + tail
        if self.p["shape"] == "W":
            return "https://hooks.slack.com/services/T" + "*" * 8 + "/B" + "*" * 8 + "/" + "*" * 24
        if k == 0:
            return "\u2022" * 12 + tail
        if k == 1:
            return "[REDACTED]"
        if k == 2:
            return "*" * r.choice([8, 16, 32])
        if k == 3:
            return "<redacted>"
        if k == 4:
            return "****-****-****-" + tail
        return "xxxx" + tail

    def _vault(self):
        r = self.r
        kb = nm(self.p["words"], "kebab")
        k = r.randint(0, 5)
        if k == 0:
            return "op://newsroom/%s/credential" % kb
        if k == 1:
            return "vault:secret/data/newsroom/%s#value" % kb
        if k == 2:
            return "arn:aws:secretsmanager:us-east-1:%d:secret:prod/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), kb, rs(r, ALNUM, 6))
        if k == 3:
            return "projects/%s-prod/secrets/%s/versions/latest" % (r.choice(ORGS), kb)
        if k == 4:
            return "sm://%s" % kb
        return "doppler://newsroom/prd/%s" % self.env

    @property
    def show_id(self):
        return bool(self.idv) and self.p["shape"] not in ("C", "W") and not self.p.get("joined")

    # ---- names
    def name(self, style):
        return nm(self.words, style)

    def idname(self, style):
        return nm(self.p.get("idwords") or ["client", "id"], style)

    # ---- language expressions for the slot
    def _env_pick(self, opts):
        return opts[int(self.envchoice * len(opts))]

    def lit(self, q='"'):
        return q + self.value + q

    def py(self, q=None):
        if self.mode == "envref":
            E = self.env
            return self._env_pick(['os.environ["%s"]' % E, 'os.getenv("%s")' % E, 'os.environ.get("%s", "")' % E,
                                   'config("%s")' % E])
        return self.lit(q or self.q1)

    def js(self, q=None):
        if self.mode == "envref":
            return self._env_pick(["process.env.%s" % self.env, 'process.env["%s"]' % self.env,
                                   "process.env.%s ?? ''" % self.env])
        return self.lit(q or self.q1)

    def rb(self, q=None):
        if self.mode == "envref":
            return self._env_pick(['ENV["%s"]' % self.env, 'ENV.fetch("%s")' % self.env,
                                   "Rails.application.credentials.dig(:%s)" % ", :".join(self.p["words"][:2])])
        return self.lit(q or self.q1)

    def php(self, q=None):
        if self.mode == "envref":
            return self._env_pick(["getenv('%s')" % self.env, "$_ENV['%s']" % self.env,
                                   "(defined('%s') ? %s : '')" % (self.env, self.env)])
        return self.lit(q or "'")

    def r_(self):
        if self.mode == "envref":
            return 'Sys.getenv("%s")' % self.env
        return self.lit('"')

    def gs(self):
        if self.mode == "envref":
            return "PropertiesService.getScriptProperties().getProperty('%s')" % self.env
        return self.lit("'")

    def sh(self):
        if self.mode == "envref":
            return self._env_pick(['"$%s"' % self.env, '"${%s}"' % self.env, '"${%s:?missing}"' % self.env])
        if self.value == "":
            return '""'
        if self.mode == "secret" and self.r.random() < 0.4 and "'" not in self.value and " " not in self.value:
            return self.value if all(c in ALNUM + "-_./:%+=" for c in self.value) else "'%s'" % self.value
        return "'%s'" % self.value

    def shv(self):
        """value inside an existing double-quoted shell string"""
        if self.mode == "envref":
            return "${%s}" % self.env
        return self.value

    def gha(self):
        """GitHub Actions YAML scalar"""
        if self.mode == "envref":
            return "${{ secrets.%s }}" % self.env
        return self.yaml()

    def yaml(self, allow_bare=True):
        if self.mode == "envref":
            return self._env_pick(['"${%s}"' % self.env, "${%s}" % self.env])
        v = self.value
        if v == "":
            return '""'
        if allow_bare and self.r.random() < 0.45 and v[0] not in "*&!%@`{[<'\"-?|>#" and ": " not in v and " #" not in v \
                and v[-1] != ":" and not v.startswith("0") and not v.isdigit():
            return v
        return self.lit(self.r.choice(["'", '"']))

    def compose(self):
        if self.mode == "envref":
            return "${%s}" % self.env
        return self.yaml()

    def dotenv(self):
        if self.mode == "envref":
            return "op://newsroom/%s/credential" % nm(self.p["words"], "kebab")
        v = self.value
        if v and (" " in v or self.r.random() < 0.3):
            return '"%s"' % v
        return v

    def json(self):
        if self.mode == "envref":
            return '"${%s}"' % self.env
        return '"%s"' % self.value

    def ini(self):
        if self.mode == "envref":
            return "${%s}" % self.env
        return self.value

    def toml(self):
        if self.mode == "envref":
            return '"${%s}"' % self.env
        return '"%s"' % self.value

    def md(self):
        if self.mode == "envref":
            return "$" + self.env
        return self.value

    def inurl(self):
        """raw value for embedding inside a URL string"""
        if self.mode == "envref":
            return "{%s}" % self.env
        return self.value


# ---------------------------------------------------------------- shared filler
TOPICS = ["elections", "city council", "wildfire", "transit", "school board", "housing", "climate",
          "county budget", "high school football", "opioid settlement", "port authority", "heat wave"]
SECTIONS = ["news", "politics", "business", "sports", "opinion", "arts", "weather", "local", "investigations"]
SLUGS = ["council-approves-budget", "storm-knocks-out-power", "schools-reopen-after-flood", "mayor-race-tightens",
         "new-bridge-opens", "lake-levels-drop", "transit-fare-hike", "hospital-merger-approved"]
TZS = ["America/New_York", "America/Chicago", "Europe/London", "America/Los_Angeles", "Europe/Dublin"]
AUTHORS = ["Dana Whitfield", "Priya Raman", "Marcus Oyelaran", "Elena Soto", "Tom Becker", "Aiko Mori"]


def pick(r, xs):
    return r.choice(xs)


def slug(r):
    return "%d/%02d/%02d/%s" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), r.choice(SLUGS))


def feedname(s):
    return s.p["key"]


def sample_lines(r, k, comment="#"):
    pool = ["%s refreshed every %d minutes by cron" % (comment, r.choice([5, 10, 15, 30])),
            "%s owner: %s desk" % (comment, r.choice(SECTIONS)),
            "%s see notes/runbook.md before changing" % comment,
            "%s TODO: move to the shared ingest library" % comment,
            "%s timezone: %s" % (comment, r.choice(TZS)),
            "%s last reviewed %d-%02d" % (comment, r.randint(2021, 2025), r.randint(1, 12))]
    r.shuffle(pool)
    return pool[:k]


def kx(s, lang, inline):
    """the expression that carries the secret: a variable name or the slot's own expression"""
    if inline:
        return {"py": s.py, "js": s.js, "rb": s.rb, "php": s.php, "r": s.r_, "gs": s.gs}[lang]()
    return None


def prefixed(prefix, expr, lang, s):
    """header value with a scheme prefix such as 'Bearer '"""
    if not prefix:
        return expr
    if expr.startswith(("'", '"')) and s.mode != "envref":
        q = expr[0]
        return q + prefix + expr[1:]
    if lang == "php":
        return "'%s' . %s" % (prefix, expr)
    if lang == "r":
        return 'paste0("%s", %s)' % (prefix, expr)
    return '"%s" + %s' % (prefix, expr)


def idlit(s, q='"'):
    return q + (s.idv or "") + q


# ---------------------------------------------------------------- per-language call shapes
def py_call(s, K, r, indent="    "):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        if p.get("hparam") and r.random() < 0.35:
            L.append('headers = {"%s": %s}' % (p["hparam"], K))
            L.append('resp = requests.get("%s", params={"q": query, "pageSize": 50}, headers=headers, timeout=30)' % p["url"])
        else:
            extra = ', "%s": %s' % (p["idq"], idlit(s)) if p.get("idq") else ""
            L.append('params = {"q": query, "%s": %s%s}' % (p["param"], K, extra))
            L.append('resp = requests.get("%s", params=params, timeout=30)' % p["url"])
    elif sh == "H":
        hd = '"%s": %s' % (p["hparam"], prefixed(p["prefix"], K, "py", s))
        if p.get("idh"):
            hd = '"%s": %s, ' % (p["idh"], idlit(s)) + hd
        L.append("headers = {%s, \"Accept\": \"application/json\"}" % hd)
        L.append('resp = requests.get("%s", headers=headers, timeout=30)' % p["url"])
    elif sh == "A":
        if p["kind"] == "password":
            L.append("session = requests.Session()")
            L.append('resp = session.post("%s", data={"username": %s, "password": %s})' % (p["url"], idlit(s), K))
        elif p["kind"] == "application_password":
            L.append('resp = requests.get("%s", auth=(%s, %s), params={"per_page": 20})' % (p["url"], idlit(s), K))
        else:
            L.append('resp = requests.post("%s", auth=(%s, %s), data={"grant_type": "client_credentials"})' % (p["url"], idlit(s), K))
    elif sh == "S":
        if p["key"] == "aws":
            L.append('s3 = boto3.client("s3", aws_access_key_id=%s, aws_secret_access_key=%s)' % (idlit(s), K))
            L.append('resp = s3.list_objects_v2(Bucket="%s-photo-archive", Prefix="%d/")' % (r.choice(ORGS), r.randint(2019, 2025)))
        elif p["key"] == "stripe":
            L.append("stripe.api_key = %s" % K)
            L.append('resp = stripe.Subscription.list(status="active", limit=100)')
        elif p["key"] == "stripe_wh":
            L.append("event = stripe.Webhook.construct_event(payload, sig_header, %s)" % K)
            L.append("resp = event")
        else:
            args = "%s=%s" % (p["kw"], K)
            if p.get("idkw"):
                args = "%s=%s, %s" % (p["idkw"], idlit(s), args)
            L.append("client = %s(%s)" % (p["cls"], args))
            L.append("resp = client.get(%s)" % repr("/" + r.choice(["articles", "stories", "users", "charts", "posts"])))
    elif sh == "C":
        if p["key"] == "redis":
            L.append("cache = redis.from_url(%s, decode_responses=True)" % K)
            L.append('resp = cache.get("homepage:%s")' % r.choice(SECTIONS))
        else:
            L.append("engine = create_engine(%s, pool_pre_ping=True)" % K)
            L.append('resp = engine.execute("SELECT id, slug FROM stories ORDER BY published_at DESC LIMIT 50")')
    else:
        L.append('resp = requests.post(%s, json={"text": message}, timeout=10)' % K)
    return [indent + x for x in L]


def js_call(s, K, r, indent="  "):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        extra = ", %s: '%s'" % (p["idq"], s.idv) if p.get("idq") else ""
        if p.get("hparam") and r.random() < 0.35:
            L.append("const res = await fetch(`%s?q=${encodeURIComponent(query)}`, {" % p["url"])
            L.append("  headers: { '%s': %s }," % (p["hparam"], K))
            L.append("});")
        else:
            L.append("const params = new URLSearchParams({ q: query, '%s': %s%s });" % (p["param"], K, extra))
            L.append("const res = await fetch(`%s?${params}`);" % p["url"])
    elif sh == "H":
        ident = "'%s': '%s', " % (p["idh"], s.idv) if p.get("idh") else ""
        L.append("const res = await fetch('%s', {" % p["url"])
        L.append("  headers: { %s'%s': %s, Accept: 'application/json' }," % (ident, p["hparam"], prefixed(p["prefix"], K, "js", s)))
        L.append("});")
    elif sh == "A":
        if p["kind"] == "password":
            L.append("const res = await fetch('%s', {" % p["url"])
            L.append("  method: 'POST',")
            L.append("  body: new URLSearchParams({ username: '%s', password: %s })," % (s.idv, K))
            L.append("});")
        else:
            L.append("const basic = Buffer.from('%s:' + %s).toString('base64');" % (s.idv, K))
            L.append("const res = await fetch('%s', {" % p["url"])
            L.append("  method: '%s'," % ("GET" if p["kind"] == "application_password" else "POST"))
            L.append("  headers: { Authorization: `Basic ${basic}` },")
            L.append("});")
    elif sh == "S":
        if p["key"] == "aws":
            L.append("const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: '%s', secretAccessKey: %s } });" % (s.idv, K))
            L.append("const res = await s3.send(new ListObjectsV2Command({ Bucket: '%s-photo-archive' }));" % r.choice(ORGS))
        elif p["key"] == "stripe":
            L.append("const stripe = new Stripe(%s, { apiVersion: '2024-06-20' });" % K)
            L.append("const res = await stripe.subscriptions.list({ status: 'active', limit: 100 });")
        elif p["key"] == "stripe_wh":
            L.append("const res = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], %s);" % K)
        elif p["key"] == "ghost":
            L.append("const api = new GhostAdminAPI({ url: '%s', key: %s, version: 'v5.0' });" % (p["url"], K))
            L.append("const res = await api.posts.browse({ limit: 15, filter: 'status:draft' });")
        else:
            opt = nm(p["kw"].split("_"), "camel")
            ids = ""
            if p.get("idkw"):
                ids = "%s: '%s', " % (nm(p["idkw"].split("_"), "camel"), s.idv)
            L.append("const client = new %s({ %s%s: %s });" % (p["cls"].split(".")[-1], ids, opt, K))
            L.append("const res = await client.get('/%s');" % r.choice(["articles", "stories", "users", "charts"]))
    elif sh == "C":
        if p["key"] == "redis":
            L.append("const redis = new Redis(%s);" % K)
            L.append("const res = await redis.get('homepage:%s');" % r.choice(SECTIONS))
        else:
            L.append("const pool = new Pool({ connectionString: %s, max: 5 });" % K)
            L.append("const res = await pool.query('SELECT id, slug FROM stories ORDER BY published_at DESC LIMIT 50');")
    else:
        L.append("const res = await fetch(%s, {" % K)
        L.append("  method: 'POST', headers: { 'Content-Type': 'application/json' },")
        L.append("  body: JSON.stringify({ text: message }),")
        L.append("});")
    return [indent + x for x in L]


def rb_call(s, K, r, indent="    "):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        extra = ", %s: \"%s\"" % (p["idq"], s.idv) if p.get("idq") else ""
        L.append("response = Faraday.get(\"%s\", { q: query, \"%s\" => %s%s })" % (p["url"], p["param"], K, extra))
    elif sh == "H":
        ident = "\"%s\" => \"%s\", " % (p["idh"], s.idv) if p.get("idh") else ""
        L.append("response = Faraday.get(\"%s\", nil, { %s\"%s\" => %s })" % (p["url"], ident, p["hparam"], prefixed(p["prefix"], K, "rb", s)))
    elif sh == "A":
        if p["kind"] == "password":
            L.append("response = Faraday.post(\"%s\", { username: \"%s\", password: %s })" % (p["url"], s.idv, K))
        else:
            L.append("conn = Faraday.new(url: \"%s\") { |f| f.request :authorization, :basic, \"%s\", %s }" % (p["url"], s.idv, K))
            L.append("response = conn.post(\"\", grant_type: \"client_credentials\")")
    elif sh == "S":
        if p["key"] == "aws":
            L.append("client = Aws::S3::Client.new(region: \"us-east-1\", access_key_id: \"%s\", secret_access_key: %s)" % (s.idv, K))
            L.append("response = client.list_objects_v2(bucket: \"%s-photo-archive\")" % r.choice(ORGS))
        elif p["key"] == "stripe":
            L.append("Stripe.api_key = %s" % K)
            L.append("response = Stripe::Subscription.list(status: \"active\", limit: 100)")
        elif p["key"] == "stripe_wh":
            L.append("response = Stripe::Webhook.construct_event(payload, sig_header, %s)" % K)
        else:
            ids = "%s: \"%s\", " % (p["idkw"], s.idv) if p.get("idkw") else ""
            L.append("client = %s.new(%s%s: %s)" % (p["cls"].split(".")[-1], ids, p["kw"], K))
            L.append("response = client.get(\"/%s\")" % r.choice(["articles", "stories", "users"]))
    elif sh == "C":
        if p["key"] == "redis":
            L.append("response = Redis.new(url: %s).get(\"homepage:%s\")" % (K, r.choice(SECTIONS)))
        else:
            L.append("ActiveRecord::Base.establish_connection(%s)" % K)
            L.append("response = Story.order(published_at: :desc).limit(50).pluck(:id, :slug)")
    else:
        L.append("response = Faraday.post(%s, { text: message }.to_json, \"Content-Type\" => \"application/json\")" % K)
    return [indent + x for x in L]


def php_call(s, K, r, indent="    "):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        extra = ", '%s' => '%s'" % (p["idq"], s.idv) if p.get("idq") else ""
        L.append("$url = add_query_arg( array( 'q' => $query, '%s' => %s%s ), '%s' );" % (p["param"], K, extra, p["url"]))
        L.append("$response = wp_remote_get( $url, array( 'timeout' => 20 ) );")
    elif sh == "H":
        ident = "'%s' => '%s', " % (p["idh"], s.idv) if p.get("idh") else ""
        L.append("$response = wp_remote_get( '%s', array(" % p["url"])
        L.append("    'headers' => array( %s'%s' => %s )," % (ident, p["hparam"], prefixed(p["prefix"], K, "php", s)))
        L.append(") );")
    elif sh == "A":
        if p["kind"] == "password":
            L.append("$response = wp_remote_post( '%s', array( 'body' => array( 'username' => '%s', 'password' => %s ) ) );" % (p["url"], s.idv, K))
        else:
            L.append("$auth = base64_encode( '%s:' . %s );" % (s.idv, K))
            L.append("$response = wp_remote_post( '%s', array( 'headers' => array( 'Authorization' => 'Basic ' . $auth ) ) );" % p["url"])
    elif sh == "S":
        if p["key"] == "aws":
            L.append("$s3 = new Aws\\S3\\S3Client( array( 'region' => 'us-east-1', 'version' => 'latest',")
            L.append("    'credentials' => array( 'key' => '%s', 'secret' => %s ) ) );" % (s.idv, K))
            L.append("$response = $s3->listObjectsV2( array( 'Bucket' => '%s-photo-archive' ) );" % r.choice(ORGS))
        elif p["key"] in ("stripe", "stripe_wh"):
            if p["key"] == "stripe":
                L.append("$stripe = new \\Stripe\\StripeClient( %s );" % K)
                L.append("$response = $stripe->subscriptions->all( array( 'status' => 'active' ) );")
            else:
                L.append("$response = \\Stripe\\Webhook::constructEvent( $payload, $sig_header, %s );" % K)
        else:
            ids = "'%s' => '%s', " % (p["idkw"], s.idv) if p.get("idkw") else ""
            L.append("$client = new %s( array( %s'%s' => %s ) );" % (p["cls"].split(".")[-1], ids, p["kw"], K))
            L.append("$response = $client->get( '/%s' );" % r.choice(["articles", "stories", "users"]))
    elif sh == "C":
        L.append("$response = parse_url( %s );" % K)
    else:
        L.append("$response = wp_remote_post( %s, array( 'body' => wp_json_encode( array( 'text' => $message ) ) ) );" % K)
    return [indent + x for x in L]


def r_call(s, K, r):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        extra = ', %s = "%s"' % (p["idq"] if "-" not in p["idq"] else "`%s`" % p["idq"], s.idv) if p.get("idq") else ""
        pn = p["param"] if "-" not in p["param"] else "`%s`" % p["param"]
        L.append('resp <- GET("%s", query = list(q = query, %s = %s%s))' % (p["url"], pn, K, extra))
    elif sh == "H":
        ids = '"%s" = "%s", ' % (p["idh"], s.idv) if p.get("idh") else ""
        L.append('resp <- GET("%s", add_headers(%s"%s" = %s))' % (p["url"], ids, p["hparam"], prefixed(p["prefix"], K, "r", s)))
    elif sh == "A":
        if p["kind"] == "password":
            L.append('resp <- POST("%s", body = list(username = "%s", password = %s), encode = "form")' % (p["url"], s.idv, K))
        else:
            L.append('resp <- POST("%s", authenticate("%s", %s), body = list(grant_type = "client_credentials"))' % (p["url"], s.idv, K))
    elif sh == "S":
        if p["key"] == "aws":
            L.append('Sys.setenv("AWS_ACCESS_KEY_ID" = "%s", "AWS_SECRET_ACCESS_KEY" = %s)' % (s.idv, K))
            L.append('resp <- aws.s3::get_bucket("%s-photo-archive")' % r.choice(ORGS))
        else:
            L.append('resp <- GET("%s", add_headers(Authorization = paste("Bearer", %s)))' % (p["url"], K))
    elif sh == "C":
        L.append("con <- dbConnect(RPostgres::Postgres(), %s)" % K)
        L.append('resp <- dbGetQuery(con, "SELECT id, slug FROM stories LIMIT 50")')
    else:
        L.append('resp <- POST(%s, body = list(text = msg), encode = "json")' % K)
    return L


def gs_call(s, K, r, indent="  "):
    p = s.p
    sh = p["shape"]
    L = []
    if sh == "Q":
        extra = " + '&%s=%s'" % (p["idq"], s.idv) if p.get("idq") else ""
        L.append("var url = '%s?q=' + encodeURIComponent(query) + '&%s=' + %s%s;" % (p["url"], p["param"], K, extra))
        L.append("var res = UrlFetchApp.fetch(url, { muteHttpExceptions: true });")
    elif sh == "H":
        ids = "'%s': '%s', " % (p["idh"], s.idv) if p.get("idh") else ""
        L.append("var res = UrlFetchApp.fetch('%s', {" % p["url"])
        L.append("  headers: { %s'%s': %s }," % (ids, p["hparam"], prefixed(p["prefix"], K, "js", s)))
        L.append("  muteHttpExceptions: true")
        L.append("});")
    elif sh == "A":
        L.append("var res = UrlFetchApp.fetch('%s', {" % p["url"])
        L.append("  method: 'post',")
        if p["kind"] == "password":
            L.append("  payload: { username: '%s', password: %s }" % (s.idv, K))
        else:
            L.append("  headers: { Authorization: 'Basic ' + Utilities.base64Encode('%s:' + %s) }," % (s.idv, K))
            L.append("  payload: { grant_type: 'client_credentials' }")
        L.append("});")
    elif sh == "W":
        L.append("var res = UrlFetchApp.fetch(%s, { method: 'post', contentType: 'application/json'," % K)
        L.append("  payload: JSON.stringify({ text: message }) });")
    else:
        L.append("var res = UrlFetchApp.fetch('%s', { headers: { Authorization: 'Bearer ' + %s } });" % (p["url"], K))
    return [indent + x for x in L]


def curl_lines(s, V, r):
    """shell curl; V is the text used inside double quotes (value or ${VAR})"""
    p = s.p
    sh = p["shape"]
    if sh == "Q":
        extra = "&%s=%s" % (p["idq"], s.idv) if p.get("idq") else ""
        return ['curl -sS "%s?q=%s&%s=%s%s" \\' % (p["url"], r.choice(["election", "wildfire", "transit"]), p["param"], V, extra),
                "  | jq '.' > data/latest.json"]
    if sh == "H":
        L = ['curl -sS "%s" \\' % p["url"]]
        if p.get("idh"):
            L.append('  -H "%s: %s" \\' % (p["idh"], s.idv))
        L.append('  -H "%s: %s%s" \\' % (p["hparam"], p["prefix"], V))
        L.append("  -o data/latest.json")
        return L
    if sh == "A":
        if p["kind"] == "password":
            return ['curl -sS -X POST "%s" \\' % p["url"], '  -d "username=%s" -d "password=%s" \\' % (s.idv, V),
                    "  -c .cookies"]
        return ['curl -sS -u "%s:%s" "%s" \\' % (s.idv, V, p["url"]), '  -d "grant_type=client_credentials"']
    if sh == "W":
        return ['curl -sS -X POST -H "Content-Type: application/json" \\',
                "  --data '{\"text\":\"Scraper finished\"}' \\", '  "%s"' % V]
    if sh == "C":
        return ['psql "%s" -c "SELECT count(*) FROM stories"' % V] if p["key"] != "redis" else \
            ['redis-cli -u "%s" DEL homepage:cache' % V]
    if p["key"] == "aws":
        return ['AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY="%s" \\' % (s.idv, V),
                "  aws s3 sync ./out s3://%s-graphics/ --delete" % r.choice(ORGS)]
    if p["key"] == "stripe":
        return ['curl -sS "https://api.stripe.com/v1/subscriptions?status=active&limit=100" \\', '  -u "%s:"' % V]
    if p["key"] == "stripe_wh":
        return ['export STRIPE_WEBHOOK_SECRET="%s"' % V, "node scripts/replay-webhook.js fixtures/checkout.session.completed.json"]
    if p["key"] == "ghost":
        return ['node scripts/ghost-publish.js --url %s \\' % p["url"], '  --admin-api-key "%s" --status draft' % V]
    if p["key"] == "mailchimp":
        return ['curl -sS "https://us6.api.mailchimp.com/3.0/lists?count=50" \\', '  -u "newsroom:%s"' % V]
    if p["key"] == "algolia":
        return ['curl -sS -X POST "https://%s-dsn.algolia.net/1/indexes/stories/batch" \\' % s.idv,
                '  -H "X-Algolia-Application-Id: %s" \\' % s.idv, '  -H "X-Algolia-API-Key: %s" \\' % V, "  -d @out/batch.json"]
    if p.get("idkw"):
        return ["python -m newsroom.sync_%s \\" % p["key"], '  --%s %s \\' % (p["idkw"].replace("_", "-"), s.idv),
                '  --%s "%s"' % (p["kw"].replace("_", "-"), V)]
    return ['curl -sS "%s" \\' % p["url"], '  -H "Authorization: Bearer %s"' % V]


# ---------------------------------------------------------------- templates
# Each template: f(r, s) -> (relpath, filetype, [lines]).  s.value / s.py() etc. fill the slot.
TEMPLATES = []


def template(ftype, shapes=None, providers=None):
    def deco(f):
        TEMPLATES.append(dict(f=f, ftype=ftype, shapes=shapes, providers=providers, name=f.__name__))
        return f
    return deco


def inline_mode(r, s):
    return (not s.obvious) and r.random() < 0.5


def py_imports(body):
    imps = ["import json", "import logging", "import os"]
    if "requests." in body or "session" in body:
        imps.append("import requests")
    if "boto3." in body:
        imps.append("import boto3")
    if "stripe." in body:
        imps.append("import stripe")
    if "redis." in body:
        imps.append("import redis")
    if "create_engine" in body:
        imps.append("from sqlalchemy import create_engine")
    if "config(" in body:
        imps.append("from decouple import config")
    cls = re.findall(r"client = ([A-Z][A-Za-z]+)\(", body)
    for c in cls:
        imps.append("from newsroom.clients import %s" % c)
    return imps


def py_sig(s):
    sh = s.p["shape"]
    if s.p["key"] == "stripe_wh":
        return "payload, sig_header"
    if sh == "W":
        return 'message="Ingest finished"'
    return "query=DEFAULT_QUERY"


@template("python")
def t_py_scraper(r, s):
    inline = inline_mode(r, s)
    style = r.choice(["screaming", "screaming", "snake"])
    var = s.name(style)
    K = s.py() if inline else var
    body = []
    body += ['"""%s ingest for the %s desk.' % (s.p["provider"], r.choice(SECTIONS)), "",
             "Run from cron; writes raw JSON into data/raw/ for the loader.", '"""']
    head_len = len(body)
    consts = []
    if not inline:
        consts.append("%s = %s" % (var, s.py()))
    consts += ['DEFAULT_QUERY = "%s"' % r.choice(TOPICS), 'OUT_DIR = "data/raw"',
               "PAGE_SIZE = %d" % r.choice([20, 50, 100])]
    r.shuffle(consts)
    fn = ["", "", "def fetch(%s):" % py_sig(s)]
    fn += py_call(s, K, r)
    fn += ["    log.debug(\"status=%s\", getattr(resp, \"status_code\", None))", "    return resp", "", "",
           "def main():", "    os.makedirs(OUT_DIR, exist_ok=True)", "    result = fetch()" if s.p["key"] != "stripe_wh" else "    result = None",
           '    with open(os.path.join(OUT_DIR, "%s.json"), "w") as fh:' % s.p["key"],
           "        json.dump(getattr(result, \"json\", lambda: {})(), fh, indent=2)" if s.p["shape"] in "QHAW" else "        fh.write(str(result))",
           "", "", 'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    main()"]
    text = "\n".join(consts + fn)
    imps = py_imports(text)
    lines = body + [""] + imps + ["", 'log = logging.getLogger("%s")' % s.p["key"], ""] + consts + fn
    path = r.choice(["scrapers/%s_fetch.py", "ingest/%s.py", "newsroom/feeds/%s_client.py", "jobs/pull_%s.py"]) % s.p["key"]
    return path, "python", lines


@template("python")
def t_py_settings(r, s):
    var = s.name("screaming")
    lines = ['"""Django settings for the newsroom CMS (%s environment)."""' % r.choice(["staging", "production", "local"]),
             "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
             "DEBUG = %s" % r.choice(["False", "os.environ.get(\"DEBUG\") == \"1\""]),
             'ALLOWED_HOSTS = ["%s", "localhost"]' % r.choice(SITES), "",
             "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
             '    "django.contrib.contenttypes",', '    "stories",', '    "wires",', '    "newsletters",', "]", "",
             'TIME_ZONE = "%s"' % r.choice(TZS), 'LANGUAGE_CODE = "en-us"', "USE_TZ = True", "",
             "# --- third-party services"]
    extra = ['PARSELY_SITE_ID = "%s"' % r.choice(SITES), 'CHARTBEAT_UID = %d' % r.randint(10000, 99999),
             'WIRES_POLL_SECONDS = %d' % r.choice([60, 120, 300]), 'PAYWALL_METER_LIMIT = %d' % r.choice([3, 5, 10])]
    r.shuffle(extra)
    block = extra[:2]
    if s.p["shape"] == "C":
        block.append("DATABASES = {\"default\": dj_database_url.parse(%s)}" % s.py())
        lines.insert(2, "import dj_database_url")
    elif s.show_id:
        block.append("%s = \"%s\"" % (s.idname("screaming"), s.idv))
        block.append("%s = %s" % (var, s.py()))
    else:
        block.append("%s = %s" % (var, s.py()))
    block += extra[2:]
    lines += block + ["", "STATIC_URL = \"/static/\"", 'STATIC_ROOT = BASE_DIR / "staticfiles"']
    if "config(" in "\n".join(lines):
        lines.insert(2, "from decouple import config")
    return r.choice(["config/settings.py", "newsroom/settings/production.py", "cms/settings/base.py"]), "python", lines


@template("python")
def t_py_class(r, s):
    cls = nm(s.p["words"][:2], "pascal") + "Client"
    argname = s.name("snake")
    L = ['"""Thin wrapper around the %s API used by the %s team."""' % (s.p["provider"], r.choice(SECTIONS)),
         "import logging", "import requests", "", "log = logging.getLogger(__name__)", "", "",
         "class %s:" % cls,
         '    """Fetches items and normalises them into our Story schema."""', ""]
    if s.show_id and s.p["shape"] in ("A", "S"):
        L.append("    def __init__(self, %s=%s, %s=%s, timeout=20):" % (s.idname("snake"), idlit(s), argname, s.py()))
        L.append("        self.%s = %s" % (s.idname("snake"), s.idname("snake")))
    else:
        L.append("    def __init__(self, %s=%s, timeout=20):" % (argname, s.py()))
    L += ["        self.%s = %s" % (argname, argname), "        self.timeout = timeout",
          "        self.session = requests.Session()", "",
          "    def latest(self, query=\"%s\", message=\"sync\"):" % r.choice(TOPICS)]
    call = py_call(s, "self.%s" % argname, r, indent="        ")
    call = [c.replace("requests.get(", "self.session.get(").replace("requests.post(", "self.session.post(") for c in call]
    L += call
    L += ["        return resp", "", "    def close(self):", "        self.session.close()"]
    if "os." in "\n".join(L):
        L.insert(1, "import os")
    if "config(" in "\n".join(L):
        L.insert(1, "from decouple import config")
    path = "newsroom/clients/%s.py" % s.p["key"]
    return path, "python", L


def nb_cell(kind, src_lines, outputs=None):
    c = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src_lines[:-1]] + src_lines[-1:]}
    if kind == "code":
        c["execution_count"] = None
        c["outputs"] = outputs or []
    return c


@template("notebook")
def t_notebook(r, s):
    inline = inline_mode(r, s)
    var = s.name(r.choice(["snake", "screaming"]))
    setup = ["import pandas as pd", "import requests"]
    if not inline:
        setup += ["", "%s = %s" % (var, s.py('"'))]
    K = s.py('"') if inline else var
    call = py_call(s, K, r, indent="")
    cells = [nb_cell("markdown", ["# %s coverage tracker" % r.choice(TOPICS).title(), "",
                                  "Pulls stories from %s and counts mentions per outlet." % s.p["provider"]]),
             nb_cell("code", setup),
             nb_cell("code", ['query = "%s"' % r.choice(TOPICS), 'message = "notebook run"'] + call),
             nb_cell("code", ["df = pd.json_normalize(resp.json().get(\"articles\", []))", "df.head()"]),
             nb_cell("markdown", ["Counts by source, last %d days." % r.choice([7, 14, 30])])]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % r.randint(1, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=1, ensure_ascii=False)
    path = r.choice(["notebooks/%s_coverage.ipynb", "analysis/%s-mentions.ipynb", "notebooks/explore_%s.ipynb"]) % s.p["key"]
    return path, "notebook", text.split("\n")


@template("python")
def t_py_scrapy(r, s):
    proj = r.choice(["wirescraper", "councilbot", "obits", "courtwatch"])
    var = s.name("screaming")
    L = ["# Scrapy settings for %s project" % proj, "#", "# For simplicity, this file contains only settings considered important or",
         "# commonly used.", "", 'BOT_NAME = "%s"' % proj, 'SPIDER_MODULES = ["%s.spiders"]' % proj,
         'NEWSPIDER_MODULE = "%s.spiders"' % proj, "", "ROBOTSTXT_OBEY = True",
         "CONCURRENT_REQUESTS = %d" % r.choice([4, 8, 16]), "DOWNLOAD_DELAY = %s" % r.choice(["0.5", "1", "2.5"]),
         'USER_AGENT = "%s-newsroom-bot (+https://%s/contact)"' % (proj, r.choice(SITES)), "",
         "ITEM_PIPELINES = {", '    "%s.pipelines.DedupePipeline": 200,' % proj,
         '    "%s.pipelines.ArchivePipeline": 300,' % proj, "}", ""]
    if s.p["shape"] == "C":
        L.append("ARCHIVE_DB_URI = %s" % s.py())
    elif s.p["shape"] == "W":
        L.append("ALERT_WEBHOOK = %s" % s.py())
    else:
        if s.show_id:
            L.append('%s = "%s"' % (s.idname("screaming"), s.idv))
        L.append("%s = %s" % (var, s.py()))
    L += ["", 'FEED_EXPORT_ENCODING = "utf-8"', 'REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"']
    if "os." in "\n".join(L):
        L.insert(5, "import os")
    if "config(" in "\n".join(L):
        L.insert(5, "from decouple import config")
    return "%s/settings.py" % proj, "python", L


@template("python")
def t_py_airflow(r, s):
    dag = "%s_ingest" % s.p["key"]
    inline = inline_mode(r, s)
    var = s.name("snake")
    L = ['"""Airflow DAG: pulls %s every %d minutes into the warehouse."""' % (s.p["provider"], r.choice([15, 30, 60])),
         "from datetime import datetime, timedelta", "", "import requests",
         "from airflow import DAG", "from airflow.operators.python import PythonOperator", ""]
    if not inline:
        L.append("%s = %s" % (var, s.py()))
    L += ["", "default_args = {", '    "owner": "data-desk",', '    "retries": 2,',
          '    "retry_delay": timedelta(minutes=5),', "}", "", "",
          "def _pull(%s, **context):" % py_sig(s).replace("query=DEFAULT_QUERY", 'query="%s"' % r.choice(TOPICS))]
    L += py_call(s, s.py() if inline else var, r)
    L += ['    context["ti"].xcom_push(key="status", value=getattr(resp, "status_code", 0))', "", "",
          'with DAG("%s", start_date=datetime(%d, 1, 1), schedule="*/%d * * * *",' % (dag, r.randint(2022, 2025), r.choice([15, 30])),
          "         catchup=False, default_args=default_args) as dag:",
          '    PythonOperator(task_id="pull", python_callable=_pull)']
    body = "\n".join(L)
    for mod, imp in (("os.", "import os"), ("boto3.", "import boto3"), ("stripe.", "import stripe"),
                     ("redis.", "import redis"), ("create_engine", "from sqlalchemy import create_engine"),
                     ("config(", "from decouple import config")):
        if mod in body:
            L.insert(3, imp)
    for c in re.findall(r"client = ([A-Z][A-Za-z]+)\(", body):
        L.insert(3, "from newsroom.clients import %s" % c)
    return "dags/%s.py" % dag, "python", L


def js_imports(body, esm=True):
    L = []
    pairs = [("new Stripe(", "Stripe", "stripe"), ("stripe.webhooks", "Stripe", "stripe"),
             ("new S3Client(", "{ S3Client, ListObjectsV2Command }", "@aws-sdk/client-s3"),
             ("new Redis(", "Redis", "ioredis"), ("new Pool(", "{ Pool }", "pg"),
             ("new GhostAdminAPI(", "GhostAdminAPI", "@tryghost/admin-api")]
    for tok, name, mod in pairs:
        if tok in body:
            L.append("import %s from '%s';" % (name, mod) if esm else "const %s = require('%s');" % (name, mod))
    for c in re.findall(r"new ([A-Z][A-Za-z]+)\(\{", body):
        if c not in ("URLSearchParams", "S3Client", "Pool", "GhostAdminAPI"):
            L.append("import { %s } from '../lib/clients.js';" % c if esm else "const { %s } = require('../lib/clients');" % c)
    if "stripe.webhooks" in body and "new Stripe(" not in body:
        L.append("import Stripe from 'stripe';" if esm else "const Stripe = require('stripe');")
        L.append("const stripe = new Stripe(process.env.STRIPE_API_KEY);")
    return sorted(set(L), key=L.index)


def js_sig(s):
    if s.p["key"] == "stripe_wh":
        return "req"
    if s.p["shape"] == "W":
        return "message = 'Ingest finished'"
    return "query = DEFAULT_QUERY"


@template("javascript")
def t_js_service(r, s):
    inline = inline_mode(r, s)
    var = s.name(r.choice(["camel", "screaming"]))
    K = s.js() if inline else var
    esm = r.random() < 0.6
    fn = ["", "export async function fetch%s(%s) {" % (nm(s.p["words"][:1], "pascal"), js_sig(s)) if esm else
          "async function fetch%s(%s) {" % (nm(s.p["words"][:1], "pascal"), js_sig(s))]
    fn += js_call(s, K, r)
    fn += ["  if (res && res.ok === false) {", "    throw new Error(`upstream ${res.status}`);", "  }",
           "  return res;", "}"]
    if not esm:
        fn += ["", "module.exports = { fetch%s };" % nm(s.p["words"][:1], "pascal")]
    consts = ["const DEFAULT_QUERY = '%s';" % r.choice(TOPICS), "const CACHE_TTL = %d; // seconds" % r.choice([60, 300, 900])]
    if not inline:
        consts.insert(r.randint(0, 2), "const %s = %s;" % (var, s.js()))
    body = "\n".join(consts + fn)
    L = ["// %s client for the %s desk" % (s.p["provider"], r.choice(SECTIONS))] + js_imports(body, esm) + [""] + consts + fn
    path = r.choice(["src/services/%s.js", "lib/%sClient.js", "server/feeds/%s.mjs"]) % s.p["key"]
    return path, "javascript", L


@template("typescript")
def t_ts_config(r, s):
    L = ["// Runtime configuration for the homepage curation service", "",
         "export interface FeedConfig {", "  name: string;", "  enabled: boolean;", "  pollSeconds: number;",
         "  [key: string]: unknown;", "}", "", "export const config = {",
         "  env: process.env.NODE_ENV ?? 'development',", "  port: Number(process.env.PORT ?? %d)," % r.choice([3000, 8080, 4000]),
         "  siteUrl: 'https://%s'," % r.choice(SITES), "  feeds: ["]
    key = s.name(r.choice(["camel", "snake"]))
    entry = ["    {", "      name: '%s'," % s.p["key"], "      enabled: true,", "      pollSeconds: %d," % r.choice([60, 120, 300])]
    if s.show_id:
        entry.append("      %s: '%s'," % (s.idname("camel"), s.idv))
    entry.append("      %s: %s," % (key, s.js()))
    entry.append("    },")
    other = ["    { name: 'rss-local', enabled: true, pollSeconds: 300, url: 'https://%s/feed/' }," % r.choice(SITES),
             "    { name: 'ap-sports', enabled: false, pollSeconds: 600 },"]
    L += other[:1] + entry + other[1:] + ["  ] as FeedConfig[],", "  cache: { ttl: %d, maxItems: %d }," % (r.choice([60, 300]), r.choice([500, 1000])),
                                          "};", "", "export default config;"]
    return r.choice(["src/config.ts", "config/index.ts", "apps/curation/src/config.ts"]), "typescript", L


@template("javascript")
def t_js_inline_script(r, s):
    L = ["#!/usr/bin/env node", "// one-off: backfill %s items for the %s archive" % (s.p["provider"], r.choice(SECTIONS)),
         "// usage: node scripts/backfill-%s.mjs [query]" % s.p["key"], ""]
    body_call = js_call(s, s.js(), r, indent="")
    pre = ["const query = process.argv[2] ?? '%s';" % r.choice(TOPICS), "const message = `backfill done: ${query}`;",
           "const req = { rawBody: '', headers: {} };"]
    body = "\n".join(body_call)
    L += js_imports(body, True) + [""] + pre + [""] + body_call + ["",
        "console.log(res && res.status ? `status ${res.status}` : 'ok');"]
    return "scripts/backfill-%s.mjs" % s.p["key"], "javascript", L


@template("typescript")
def t_next_api(r, s):
    inline = inline_mode(r, s)
    var = s.name("screaming")
    L = ["import type { NextApiRequest, NextApiResponse } from 'next';"]
    consts = [] if inline else ["const %s = %s;" % (var, s.js())]
    call = js_call(s, s.js() if inline else var, r)
    body = "\n".join(call)
    L += js_imports(body, True) + [""] + consts + ["",
          "export default async function handler(req: NextApiRequest, res_: NextApiResponse) {",
          "  const query = String(req.query.q ?? '%s');" % r.choice(TOPICS),
          "  const message = `search: ${query}`;"] + call + [
          "  res_.setHeader('Cache-Control', 's-maxage=%d, stale-while-revalidate');" % r.choice([60, 300]),
          "  res_.status(200).json({ ok: true });", "}"]
    return "pages/api/%s.ts" % r.choice(["headlines", "search", "newsletter", "paywall-status"]), "typescript", L


@template("json")
def t_package_json(r, s):
    if s.p["shape"] in ("W", "C"):
        arg = "node scripts/notify.js %s" % ("\\\"%s\\\"" % s.value if s.mode != "envref" else "$%s" % s.env)
    else:
        arg = "node scripts/pull.js --%s=%s" % (s.name("kebab"), s.value if s.mode != "envref" else "$%s" % s.env)
    pk = {"name": "%s-graphics" % r.choice(ORGS), "version": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
          "private": True, "type": "module",
          "scripts": {"dev": "vite", "build": "vite build", "pull-data": arg, "deploy": "npm run build && node scripts/upload.js"},
          "dependencies": {"d3": "^7.8.5", "topojson-client": "^3.1.0"}, "devDependencies": {"vite": "^5.2.0"}}
    return r.choice(["package.json", "graphics/%s/package.json" % r.choice(SLUGS)]), "json", json.dumps(pk, indent=2).split("\n")


@template("ruby")
def t_rb_initializer(r, s):
    L = ["# frozen_string_literal: true", "", "# %s integration (see app/services/%s_client.rb)" % (s.p["provider"], s.p["key"]), ""]
    mod = nm(s.p["words"][:1], "pascal")
    if s.p["shape"] == "C":
        L += ["Rails.application.config.x.%s_url = %s" % (s.p["key"], s.rb())]
    elif r.random() < 0.5:
        L += ["%s.configure do |config|" % mod]
        if s.idv:
            L.append("  config.%s = \"%s\"" % (s.idname("snake"), s.idv))
        L.append("  config.%s = %s" % (s.name("snake"), s.rb()))
        L += ["  config.timeout = %d" % r.choice([10, 20, 30]), "  config.logger = Rails.logger", "end"]
    else:
        if s.idv:
            L.append("Rails.application.config.x.%s.%s = \"%s\"" % (s.p["key"], s.idname("snake"), s.idv))
        L.append("Rails.application.config.x.%s.%s = %s" % (s.p["key"], s.name("snake"), s.rb()))
    return "config/initializers/%s.rb" % s.p["key"], "ruby", L


@template("ruby")
def t_rb_service(r, s):
    inline = inline_mode(r, s)
    klass = nm(s.p["words"][:1], "pascal") + "Client"
    L = ["# frozen_string_literal: true", "", "require \"faraday\"", "require \"json\"", "",
         "class %s" % klass]
    if not inline:
        L.append("  %s = %s" % (s.name("screaming"), s.rb()))
        L.append("")
    L += ["  def initialize(query: \"%s\", message: \"sync\")" % r.choice(TOPICS), "    @query = query", "    @message = message", "  end", "",
          "  def call", "    query = @query", "    message = @message", "    payload = sig_header = nil"]
    L += rb_call(s, s.rb() if inline else s.name("screaming"), r)
    L += ["    JSON.parse(response.body) rescue response", "  end", "end"]
    return "app/services/%s_client.rb" % s.p["key"], "ruby", L


@template("ruby")
def t_rake(r, s):
    L = ["namespace :%s do" % s.p["key"], "  desc \"Import the latest %s items into Story\"" % s.p["provider"],
         "  task import: :environment do", "    query = ENV.fetch(\"QUERY\", \"%s\")" % r.choice(TOPICS),
         "    message = \"import finished\"", "    payload = sig_header = nil"]
    L += rb_call(s, s.rb(), r)
    L += ["    Rails.logger.info(\"[%s] imported\")" % s.p["key"], "  end", "end"]
    return "lib/tasks/%s.rake" % s.p["key"], "ruby", L


@template("yaml")
def t_figaro(r, s):
    L = ["# Figaro application.yml -- loaded into ENV at boot", "", "SITE_NAME: \"%s\"" % r.choice(["The Daily Ledger", "Valley Tribune", "Coastal Herald"]),
         "DEFAULT_SECTION: %s" % r.choice(SECTIONS), ""]
    env = r.choice(["production", "staging"])
    L.append("%s:" % env)
    if s.show_id:
        L.append("  %s: \"%s\"" % (s.idname("screaming"), s.idv))
    L.append("  %s: %s" % (s.env if s.obvious else s.name("screaming"), s.yaml()))
    L += ["  PAYWALL_ENABLED: \"true\"", "  METER_LIMIT: \"%d\"" % r.choice([3, 5, 10]), "",
          "development:", "  PAYWALL_ENABLED: \"false\""]
    return "config/application.yml", "yaml", L


@template("php")
def t_wp_config(r, s):
    L = ["<?php", "/**", " * The base configuration for WordPress", " *", " * @package WordPress", " */", "",
         "// ** Database settings ** //", "define( 'DB_NAME', 'wp_%s' );" % r.choice(ORGS), "define( 'DB_USER', 'wp_%s' );" % r.choice(ORGS)]
    if s.p["key"] == "mysql":
        raw = s.php() if s.mode == "envref" else "'%s'" % (s.raw if s.raw is not None else "")
        L.append("define( 'DB_PASSWORD', %s );" % raw)
        L += ["define( 'DB_HOST', '%s' );" % r.choice(["localhost", "db:3306", "127.0.0.1"]), "define( 'DB_CHARSET', 'utf8mb4' );",
              "define( 'DB_COLLATE', '' );", ""]
    else:
        L += ["define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );", "define( 'DB_HOST', 'db:3306' );",
              "define( 'DB_CHARSET', 'utf8mb4' );", "", "// ** Newsroom integrations ** //"]
        if s.show_id:
            L.append("define( '%s', '%s' );" % (s.idname("screaming"), s.idv))
        L.append("define( '%s', %s );" % (s.name("screaming"), s.php()))
        L.append("")
    L += ["$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "define( 'DISALLOW_FILE_EDIT', true );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "",
          "require_once ABSPATH . 'wp-settings.php';"]
    return "wp-config.php", "php", L


@template("php")
def t_wp_plugin(r, s):
    plug = "%s-importer" % s.p["key"]
    inline = inline_mode(r, s)
    L = ["<?php", "/**", " * Plugin Name: %s Importer" % s.p["provider"], " * Description: Pulls items into drafts for the %s desk." % r.choice(SECTIONS),
         " * Version: %d.%d.%d" % (r.randint(0, 2), r.randint(0, 9), r.randint(0, 9)), " */", "",
         "defined( 'ABSPATH' ) || exit;", ""]
    if not inline:
        L.append("const %s = %s;" % (s.name("screaming"), s.php()))
        L.append("")
    fn = s.p["key"].replace("-", "_")
    L += ["function %s_import( $query = '%s', $message = 'import done' ) {" % (fn, r.choice(TOPICS)),
          "    $payload = $sig_header = null;"]
    L += php_call(s, s.php() if inline else s.name("screaming"), r)
    L += ["    if ( is_wp_error( $response ) ) {", "        error_log( $response->get_error_message() );", "        return;", "    }",
          "}", "add_action( '%s_cron', '%s_import' );" % (fn, fn)]
    return "wp-content/plugins/%s/%s.php" % (plug, plug), "php", L


@template("php")
def t_laravel_services(r, s):
    L = ["<?php", "", "return [", "", "    /*", "    | Third Party Services", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % s.p["key"]]
    if s.show_id:
        L.append("        '%s' => '%s'," % (s.idname("snake"), s.idv))
    L.append("        '%s' => %s," % (s.name("snake"), s.php()))
    L += ["        'timeout' => %d," % r.choice([10, 15, 30]), "    ],", "", "];"]
    return "config/services.php", "php", L


@template("github-actions")
def t_gha(r, s):
    wf = r.choice(["scrape", "nightly-ingest", "update-charts", "publish-newsletter"])
    cron = "%d */%d * * *" % (r.randint(0, 59), r.choice([1, 2, 4, 6]))
    L = ["name: %s" % wf, "", "on:", "  schedule:", "    - cron: \"%s\"" % cron, "  workflow_dispatch:", "",
         "permissions:", "  contents: write", "", "jobs:", "  run:", "    runs-on: ubuntu-latest"]
    envkey = s.env if s.obvious else s.name("screaming")
    envblock = ["    env:"]
    if s.show_id:
        envblock.append("      %s: %s" % (s.idname("screaming"), s.idv))
    envblock.append("      %s: %s" % (envkey, s.gha()))
    envblock.append("      TZ: %s" % r.choice(TZS))
    L += envblock + ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
                     "          python-version: \"3.%d\"" % r.choice([10, 11, 12]), "      - run: pip install -r requirements.txt",
                     "      - name: Fetch", "        run: |"]
    V = "${%s}" % envkey
    L += ["          " + x for x in curl_lines(s, V, r)]
    L += ["      - name: Commit data", "        run: |", "          git config user.name \"github-actions\"",
          "          git add data/ && git commit -m \"data: %s update\" || true" % wf, "          git push"]
    return ".github/workflows/%s.yml" % wf, "github-actions", L


@template("docker-compose")
def t_compose(r, s):
    svc = r.choice(["scraper", "ingest", "worker", "api"])
    L = ["services:", "  %s:" % svc, "    build: ./%s" % svc, "    restart: unless-stopped", "    depends_on:", "      - db", "      - redis",
         "    environment:"]
    env = ["      TZ: %s" % r.choice(TZS), "      LOG_LEVEL: info"]
    if s.show_id:
        env.append("      %s: %s" % (s.idname("screaming"), s.idv))
    envkey = s.env if s.obvious else s.name("screaming")
    env.insert(r.randint(1, len(env)), "      %s: %s" % (envkey, s.compose()))
    L += env + ["    volumes:", "      - ./data:/app/data", "", "  db:", "    image: postgres:%d" % r.choice([14, 15, 16]),
                "    environment:", "      POSTGRES_DB: newsroom", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
                "    secrets:", "      - pg_password", "", "  redis:", "    image: redis:7-alpine", "",
                "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), "docker-compose", L


@template("dotenv")
def t_dotenv(r, s):
    L = ["# %s" % r.choice(["local development settings -- do not use in prod", "scraper runtime config", "copied from 1Password on setup"]),
         "NODE_ENV=%s" % r.choice(["development", "production"]), "PORT=%d" % r.choice([3000, 8000, 8080]),
         "SITE_URL=https://%s" % r.choice(SITES), ""]
    other = ["LOG_LEVEL=debug", "CACHE_TTL=300", "DEFAULT_SECTION=%s" % r.choice(SECTIONS), "PARSELY_SITE=%s" % r.choice(SITES)]
    r.shuffle(other)
    L += other[:2]
    if s.show_id:
        L.append("%s=%s" % (s.idname("screaming"), s.idv))
    L.append("%s=%s" % (s.env if s.obvious else s.name("screaming"), s.dotenv()))
    L += other[2:]
    return r.choice([".env", ".env.production", "scraper/.env", ".env.local"]), "dotenv", L


@template("dockerfile")
def t_dockerfile(r, s):
    L = ["FROM python:3.%d-slim" % r.choice([10, 11, 12]), "", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "ENV PYTHONUNBUFFERED=1 \\", "    TZ=%s" % r.choice(TZS)]
    val = s.value if s.mode != "envref" else "${%s}" % s.env
    if s.mode == "envref":
        L += ["ARG %s" % s.env]
    if " " in (val or ""):
        val = '"%s"' % val
    if s.show_id:
        L.append("ENV %s=%s" % (s.idname("screaming"), s.idv))
    L.append("ENV %s=%s" % (s.env if s.obvious else s.name("screaming"), val if val else '""'))
    L += ["", "CMD [\"python\", \"-m\", \"scrapers.run\", \"--all\"]"]
    return r.choice(["Dockerfile", "scraper/Dockerfile", "docker/ingest.Dockerfile"]), "dockerfile", L


@template("shell")
def t_shell(r, s):
    var = s.env if s.obvious else s.name("screaming")
    L = ["#!/usr/bin/env bash", "# pull the latest %s data and refresh the homepage module" % s.p["provider"],
         "set -euo pipefail", "", "cd \"$(dirname \"$0\")/..\"", "mkdir -p data"]
    if s.mode == "envref":
        L.append(": \"${%s:?set %s first}\"" % (s.env, s.env))
        V = "${%s}" % s.env
    else:
        L.append("%s=%s" % (var, s.sh()))
        V = "${%s}" % var
    L.append("")
    L += curl_lines(s, V, r)
    L += ["", "echo \"[$(date -u +%FT%TZ)] done\""]
    return r.choice(["bin/pull-%s.sh", "scripts/%s.sh", "cron/%s_refresh.sh"]) % s.p["key"], "shell", L


@template("makefile")
def t_makefile(r, s):
    var = s.env if s.obvious else s.name("screaming")
    val = s.value if s.mode != "envref" else "$(shell cat .secrets/%s)" % s.p["key"]
    L = ["# Graphics build for the %s desk" % r.choice(SECTIONS), "", "PYTHON ?= python3",
         "%s ?= %s" % (var, val), "OUT := dist", "", ".PHONY: all data build clean", "", "all: data build", "", "data:"]
    L += ["\t" + x.replace("${%s}" % var, "$(%s)" % var) for x in curl_lines(s, "$(%s)" % var, r)]
    L += ["", "build:", "\tnpm run build", "", "clean:", "\trm -rf $(OUT) data/*.json"]
    return "Makefile", "makefile", L


@template("systemd")
def t_systemd(r, s):
    var = s.env if s.obvious else s.name("screaming")
    val = s.value if s.mode != "envref" else "%%d/%s" % s.p["key"]
    L = ["[Unit]", "Description=%s poller for the newsroom" % s.p["provider"], "After=network-online.target", "",
         "[Service]", "Type=simple", "User=newsroom", "WorkingDirectory=/srv/ingest"]
    if s.mode == "envref":
        L.append("LoadCredential=%s:/etc/newsroom/%s.cred" % (s.p["key"], s.p["key"]))
        L.append("Environment=%s_FILE=%s" % (var, val))
    else:
        if s.show_id:
            L.append("Environment=%s=%s" % (s.idname("screaming"), s.idv))
        L.append("Environment=\"%s=%s\"" % (var, val))
    L += ["ExecStart=/srv/ingest/.venv/bin/python -m ingest.%s" % s.p["key"], "Restart=on-failure", "RestartSec=30", "",
          "[Install]", "WantedBy=multi-user.target"]
    return "deploy/%s-poller.service" % s.p["key"], "systemd", L


@template("yaml")
def t_serverless(r, s):
    L = ["service: %s-%s" % (r.choice(ORGS), s.p["key"]), "frameworkVersion: \"3\"", "", "provider:", "  name: aws",
         "  runtime: nodejs%d.x" % r.choice([18, 20]), "  region: %s" % r.choice(["us-east-1", "eu-west-1", "us-west-2"]),
         "  environment:", "    STAGE: ${sls:stage}"]
    if s.show_id:
        L.append("    %s: %s" % (s.idname("screaming"), s.idv))
    key = s.env if s.obvious else s.name("screaming")
    L.append("    %s: %s" % (key, s.yaml() if s.mode != "envref" else "${ssm:/newsroom/%s}" % s.p["key"]))
    L += ["", "functions:", "  poll:", "    handler: src/poll.handler", "    timeout: 60", "    events:",
          "      - schedule: rate(%d minutes)" % r.choice([5, 10, 15])]
    return "serverless.yml", "yaml", L


@template("yaml")
def t_app_yaml(r, s):
    L = ["# %s" % r.choice(["wire ingest configuration", "newsroom sources", "media monitoring pipeline"]), "app:",
         "  name: %s-ingest" % r.choice(ORGS), "  timezone: %s" % r.choice(TZS), "  log_level: info", "", "sources:"]
    L += ["  - name: local-rss", "    type: rss", "    url: https://%s/feed/" % r.choice(SITES), "    interval: 300"]
    if s.p["shape"] in ("C", "W"):
        L += ["  - name: %s" % s.p["key"], "    type: sink"]
    else:
        L += ["  - name: %s" % s.p["key"], "    type: api", "    endpoint: %s" % s.p["url"]]
    style = r.choice(["snake", "kebab", "camel"])
    if s.show_id:
        L.append("    %s: %s" % (s.idname(style), s.idv if r.random() < 0.5 else '"%s"' % s.idv))
    L.append("    %s: %s" % (s.name(style), s.yaml()))
    L += ["    interval: %d" % r.choice([120, 600, 900]), "", "output:", "  bucket: %s-wires" % r.choice(ORGS), "  format: jsonl"]
    return r.choice(["config/sources.yml", "config/app.yml", "ingest/config.yaml", "monitoring/pipeline.yml"]), "yaml", L


@template("json")
def t_json_config(r, s):
    d = {"site": r.choice(SITES), "timezone": r.choice(TZS), "sections": r.sample(SECTIONS, 3)}
    entry = {"enabled": True, "pollSeconds": r.choice([60, 300])}
    if s.p["shape"] not in ("C", "W"):
        entry["endpoint"] = s.p["url"]
    if s.show_id:
        entry[s.idname("camel")] = s.idv
    keyname = s.name(r.choice(["camel", "snake"]))
    entry[keyname] = "@@SLOT@@"
    d["integrations"] = {s.p["key"]: entry, "rss": {"enabled": True, "url": "https://%s/rss" % r.choice(SITES)}}
    text = json.dumps(d, indent=r.choice([2, 4]), ensure_ascii=False)
    text = text.replace('"@@SLOT@@"', s.json())
    return r.choice(["config/integrations.json", "config.json", "src/data/settings.json", ".newsroomrc.json"]), "json", text.split("\n")


@template("toml")
def t_toml(r, s):
    L = ["# newsroom-tools configuration", "", "[app]", 'name = "%s-tools"' % r.choice(ORGS), 'timezone = "%s"' % r.choice(TZS), "",
         "[output]", 'dir = "out"', "gzip = true", "", "[%s]" % s.p["key"]]
    if s.p["shape"] not in ("C", "W"):
        L.append('base_url = "%s"' % s.p["url"])
    if s.show_id:
        L.append('%s = "%s"' % (s.idname("snake"), s.idv))
    L.append("%s = %s" % (s.name("snake"), s.toml()))
    L += ["timeout = %d" % r.choice([10, 30])]
    return r.choice(["config.toml", "newsroom.toml", "settings/%s.toml" % s.p["key"]]), "toml", L


@template("ini")
def t_ini(r, s):
    L = ["; credentials and endpoints for the nightly jobs", "[general]", "timezone = %s" % r.choice(TZS), "output = /var/lib/ingest", "",
         "[%s]" % s.p["key"]]
    if s.p["shape"] not in ("C", "W"):
        L.append("url = %s" % s.p["url"])
    if s.show_id:
        L.append("%s = %s" % (s.idname("snake"), s.idv))
    L.append("%s = %s" % (s.name("snake"), s.ini()))
    L += ["", "[logging]", "level = INFO", "file = /var/log/ingest/%s.log" % s.p["key"]]
    return r.choice(["config.ini", "etc/ingest.ini", "jobs/settings.cfg"]), "ini", L


@template("properties")
def t_properties(r, s):
    L = ["# Spring Boot config for the syndication service", "spring.application.name=syndication",
         "server.port=%d" % r.choice([8080, 8081]), "spring.jpa.hibernate.ddl-auto=validate", ""]
    pre = "newsroom.%s" % s.p["key"]
    if s.p["shape"] == "C":
        L.append("spring.datasource.url=jdbc:postgresql://db:5432/newsroom")
        L.append("spring.datasource.username=newsroom")
        val = s.ini() if s.mode == "envref" else (s.raw if s.raw is not None else "")
        L.append("spring.datasource.password=%s" % val)
    else:
        if s.p["shape"] != "W":
            L.append("%s.base-url=%s" % (pre, s.p["url"]))
        if s.show_id:
            L.append("%s.%s=%s" % (pre, s.idname("kebab"), s.idv))
        L.append("%s.%s=%s" % (pre, s.name("kebab"), s.ini()))
    L += ["%s.poll-interval=PT%dM" % (pre, r.choice([5, 10])), "logging.level.com.newsroom=INFO"]
    return "src/main/resources/application.properties", "properties", L


@template("xml")
def t_xml(r, s):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<ingest>", "  <timezone>%s</timezone>" % r.choice(TZS),
         '  <source name="%s" enabled="true">' % s.p["key"]]
    if s.p["shape"] not in ("C", "W"):
        L.append("    <endpoint>%s</endpoint>" % s.p["url"].replace("&", "&amp;"))
    if s.show_id:
        L.append("    <%s>%s</%s>" % (s.idname("camel"), s.idv, s.idname("camel")))
    tag = s.name("camel")
    val = s.ini().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    L.append("    <%s>%s</%s>" % (tag, val, tag))
    L += ["    <pollSeconds>%d</pollSeconds>" % r.choice([60, 300]), "  </source>", "</ingest>"]
    return r.choice(["config/ingest.xml", "conf/sources.xml"]), "xml", L


@template("terraform")
def t_terraform(r, s):
    var = s.name("snake")
    L = ["terraform {", "  required_providers {", "    aws = { source = \"hashicorp/aws\", version = \"~> 5.0\" }", "  }", "}", "",
         "variable \"%s\" {" % var, "  type      = string", "  sensitive = true"]
    if s.mode == "envref":
        L += ["}", ""]
        ref = "var.%s" % var
    else:
        L += ["  default   = \"%s\"" % s.value, "}", ""]
        ref = "var.%s" % var
    L += ["resource \"aws_lambda_function\" \"%s_poller\" {" % s.p["key"], "  function_name = \"%s-poller\"" % s.p["key"],
          "  runtime       = \"python3.12\"", "  handler       = \"poll.handler\"", "  role          = aws_iam_role.poller.arn",
          "  filename      = \"build/poller.zip\"", "", "  environment {", "    variables = {",
          "      %s = %s" % (s.env, ref), "      STAGE = \"prod\"", "    }", "  }", "}"]
    return "infra/%s.tf" % s.p["key"], "terraform", L


@template("json")
def t_postman_env(r, s):
    vals = [{"key": "baseUrl", "value": s.p["url"] if s.p["shape"] not in ("C", "W") else "https://%s" % r.choice(SITES), "enabled": True}]
    if s.show_id:
        vals.append({"key": s.idname("camel"), "value": s.idv, "enabled": True})
    vals.append({"key": s.name("camel"), "value": "@@SLOT@@", "type": "secret" if r.random() < 0.5 else "default", "enabled": True})
    d = {"id": uuid4(r), "name": "%s (%s)" % (s.p["provider"], r.choice(["prod", "staging"])), "values": vals,
         "_postman_variable_scope": "environment"}
    text = json.dumps(d, indent="\t")
    if s.mode == "envref":
        text = text.replace('"@@SLOT@@"', '"{{%s}}"' % s.env)
    else:
        text = text.replace('"@@SLOT@@"', '"%s"' % s.value)
    return "postman/%s.postman_environment.json" % s.p["key"], "json", text.split("\n")


@template("csv")
def t_csv(r, s):
    L = ["service,owner,account,credential,notes"]
    rows = ["rss-aggregator,%s,n/a,n/a,public feeds only" % r.choice(USERS)]
    cred = s.value if s.mode != "envref" else "see 1Password"
    acct = s.idv or r.choice(USERS)
    rows.append("%s,%s,%s,%s,%s" % (s.p["provider"].replace(",", ""), r.choice(AUTHORS), acct, cred, r.choice(["rotated Q%d" % r.randint(1, 4), "shared with graphics", "paid plan"])))
    rows.append("archive-s3,%s,%s,see vault,read only" % (r.choice(AUTHORS), r.choice(ORGS)))
    extra = ["chartbeat,%s,%s,SSO,dashboards only" % (r.choice(AUTHORS), r.choice(USERS)),
             "datawrapper,%s,team,SSO,graphics team" % r.choice(AUTHORS),
             "parse.ly,%s,%s,SSO,site id %s" % (r.choice(AUTHORS), r.choice(USERS), r.choice(SITES)),
             "apple-news,%s,channel,keychain,channel %s" % (r.choice(AUTHORS), uuid4(r)),
             "google-news,%s,publisher center,SSO,n/a" % r.choice(AUTHORS),
             "documentcloud,%s,%s,see 1Password,project %d" % (r.choice(AUTHORS), r.choice(USERS), r.randint(10000, 99999))]
    rows += r.sample(extra, r.randint(3, 5))
    r.shuffle(rows)
    return r.choice(["docs/accounts.csv", "ops/service_accounts.csv"]), "csv", L + rows


@template("r")
def t_r_script(r, s):
    inline = inline_mode(r, s)
    var = s.name(r.choice(["snake", "dot"])) if True else None
    L = ["# %s -- pull %s data for the %s story" % (r.choice(["pull.R", "fetch_data.R"]), s.p["provider"], r.choice(TOPICS)),
         "library(httr)", "library(jsonlite)", "library(dplyr)", ""]
    if s.p["shape"] == "C":
        L.insert(3, "library(DBI)")
    if not inline:
        L.append("%s <- %s" % (var, s.r_()))
    L += ['query <- "%s"' % r.choice(TOPICS), 'msg <- "R pull finished"', ""]
    L += r_call(s, s.r_() if inline else var, r)
    L += ["", "stop_for_status(resp)" if s.p["shape"] != "C" else "print(head(resp))",
          "out <- fromJSON(content(resp, \"text\"), flatten = TRUE)" if s.p["shape"] != "C" else "out <- resp",
          'write.csv(as.data.frame(out), "data/%s_%s.csv", row.names = FALSE)' % (s.p["key"], r.choice(["latest", "raw"]))]
    return r.choice(["analysis/%s.R", "R/pull_%s.R", "scripts/%s_fetch.R"]) % s.p["key"], "r", L


@template("renviron")
def t_renviron(r, s):
    L = ["# ~/.Renviron for the data desk laptop image", "R_LIBS_USER=~/R/library", "TZ=%s" % r.choice(TZS)]
    if s.show_id:
        L.append("%s=%s" % (s.idname("screaming"), s.idv))
    val = s.value if s.mode != "envref" else ""
    if val and " " in val:
        val = '"%s"' % val
    L.append("%s=%s" % (s.env if s.obvious else s.name("screaming"), val))
    L.append("DW_DEFAULT_FOLDER=%d" % r.randint(10000, 999999))
    return ".Renviron", "renviron", L


@template("rmarkdown")
def t_rmd(r, s):
    L = ["---", 'title: "%s explainer data"' % r.choice(TOPICS).title(), 'author: "%s"' % r.choice(AUTHORS),
         "output: html_document", "---", "", "```{r setup, include=FALSE}", "knitr::opts_chunk$set(echo = TRUE)",
         "library(httr)", "library(tidyverse)"]
    L.append("%s <- %s" % (s.name("snake"), s.r_()))
    L += ["```", "", "## Pull", "", "```{r pull}", 'query <- "%s"' % r.choice(TOPICS), 'msg <- "knit done"']
    L += r_call(s, s.name("snake"), r)
    L += ["```", "", "## Chart", "", "Numbers below feed the Datawrapper chart in the story."]
    return "reports/%s.Rmd" % r.choice(SLUGS), "rmarkdown", L


@template("apps-script")
def t_gs(r, s):
    inline = inline_mode(r, s)
    var = s.name(r.choice(["screaming", "camel"]))
    L = ["/**", " * Sheet menu: refresh the %s tab from %s." % (r.choice(TOPICS), s.p["provider"]), " */"]
    if not inline:
        L.append("var %s = %s;" % (var, s.gs()))
    L += ["var SHEET_NAME = '%s';" % r.choice(["Raw", "Feed", "Import"]), "",
          "function onOpen() {", "  SpreadsheetApp.getUi().createMenu('Newsroom').addItem('Refresh', 'refresh').addToUi();", "}", "",
          "function refresh() {", "  var query = SpreadsheetApp.getActive().getRangeByName('query').getValue();",
          "  var message = 'Sheet refreshed';"]
    L += gs_call(s, s.gs() if inline else var, r)
    L += ["  var sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);",
          "  sheet.getRange('A1').setValue(new Date());", "  Logger.log(res.getResponseCode());", "}"]
    return r.choice(["apps-script/Code.gs", "gas/%s.gs" % s.p["key"], "sheets-sync/Code.gs"]), "apps-script", L


@template("markdown")
def t_md_runbook(r, s):
    L = ["# %s runbook" % r.choice(["Election night", "Wire ingest", "Newsletter send", "Paywall incident"]), "",
         "_Owner: %s. Last updated %d-%02d-%02d._" % (r.choice(AUTHORS), r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)), "",
         "## When %s stops updating" % s.p["provider"], "",
         "1. Check the status page and #%s-alerts in Slack." % r.choice(SECTIONS),
         "2. Run the manual pull from the ingest box:", "", "```bash"]
    if s.mode == "envref":
        V = "$" + s.env
    else:
        V = s.value
    if s.show_id and r.random() < 0.5:
        L.append("export %s=%s" % (s.idname("screaming"), s.idv))
    L += curl_lines(s, V, r)
    L += ["```", "", "3. If it returns 401, the key was rotated; ask %s." % r.choice(AUTHORS),
          "4. Re-run the homepage module job: `make homepage`.", "", "## Contacts", "",
          "| Role | Who |", "|---|---|", "| Editor on call | %s |" % r.choice(AUTHORS), "| Data desk | %s |" % r.choice(AUTHORS)]
    return r.choice(["notes/runbook.md", "docs/%s-runbook.md" % s.p["key"], "runbooks/election-night.md"]), "markdown", L


@template("markdown")
def t_md_onboarding(r, s):
    L = ["# Data desk onboarding", "", "Welcome! A few things you need on day one.", "", "## Accounts", "",
         "| Service | Login | Credential |", "|---|---|---|",
         "| Datawrapper | team account | SSO |", "| Chartbeat | your email | SSO |"]
    cred = s.md() if s.mode != "empty" else "(blank)"
    if s.mode in ("secret", "masked", "example", "placeholder", "vault") and s.value is not None:
        cred = "`%s`" % s.value
    L.append("| %s | %s | %s |" % (s.p["provider"], s.idv or "shared", cred))
    L += ["", "## Laptop setup", "", "- Install Python 3.11 and R 4.3", "- Clone `%s-data/scrapers`" % r.choice(ORGS),
          "- Ask %s to add you to the 1Password vault" % r.choice(AUTHORS)]
    return r.choice(["docs/onboarding.md", "notes/onboarding.md", "wiki/data-desk.md"]), "markdown", L


@template("html")
def t_html(r, s):
    inline = inline_mode(r, s)
    var = s.name("camel")
    L = ["<!doctype html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">',
         "  <title>%s live updates</title>" % r.choice(TOPICS).title(), '  <link rel="stylesheet" href="/css/live.css">', "</head>",
         "<body>", '  <div id="live-feed" data-section="%s"></div>' % r.choice(SECTIONS), "  <script type=\"module\">"]
    if not inline:
        L.append("    const %s = %s;" % (var, s.js("'")))
    L += ["    const query = '%s';" % r.choice(TOPICS), "    const message = 'refresh';", "    const req = { rawBody: '', headers: {} };"]
    L += js_call(s, s.js("'") if inline else var, r, indent="    ")
    L += ["    document.getElementById('live-feed').dataset.updated = Date.now();", "  </script>", "</body>", "</html>"]
    return r.choice(["templates/live.html", "public/embed/%s.html" % s.p["key"], "graphics/live/index.html"]), "html", L


@template("yaml")
def t_k8s_configmap(r, s):
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-ingest" % s.p["key"], "  namespace: newsroom", "data:",
         "  TZ: %s" % r.choice(TZS), "  POLL_SECONDS: \"%d\"" % r.choice([60, 120])]
    if s.show_id:
        L.append("  %s: \"%s\"" % (s.idname("screaming"), s.idv))
    L.append("  %s: %s" % (s.env if s.obvious else s.name("screaming"), s.yaml(allow_bare=False) if s.mode != "envref" else '"$(%s)"' % s.env))
    return "k8s/%s-configmap.yaml" % s.p["key"], "yaml", L


@template("javascript")
def t_datawrapper_node(r, s):
    chart = rs(r, ALNUM, 5)
    inline = inline_mode(r, s)
    var = s.name("camel")
    L = ["// graphics/update-%s.js -- pushes fresh numbers to Datawrapper chart %s" % (r.choice(SLUGS), chart),
         "const fs = require('fs');", ""]
    if not inline:
        L.append("const %s = %s;" % (var, s.js()))
    L += ["const CHART_ID = '%s';" % chart, "", "async function main() {",
          "  const csv = fs.readFileSync('data/latest.csv', 'utf8');",
          "  const query = 'chart-%s';" % chart, "  const message = `chart ${CHART_ID} republished`;"]
    if s.p["key"] == "datawrapper":
        tok = s.js() if inline else var
        L += ["  const auth = { Authorization: %s };" % prefixed("Bearer ", tok, "js", s),
              "  await fetch(`https://api.datawrapper.de/v3/charts/${CHART_ID}/data`, { method: 'PUT', headers: auth, body: csv });",
              "  await fetch(`https://api.datawrapper.de/v3/charts/${CHART_ID}/publish`, { method: 'POST', headers: auth });"]
    else:
        L += ["  const req = { rawBody: csv, headers: {} };"]
        L += js_call(s, s.js() if inline else var, r)
    L += ["}", "", "main().catch((err) => { console.error(err); process.exit(1); });"]
    return "graphics/update-chart-%s.js" % chart.lower(), "javascript", L


# ---------------------------------------------------------------- domain look-alike negatives
DOMAIN = []


def domain(ftype):
    def deco(f):
        DOMAIN.append(dict(f=f, ftype=ftype, name=f.__name__))
        return f
    return deco


def ans_id(r):
    return rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 26)


def isbn13(r):
    d = [9, 7, 8] + [r.randint(0, 9) for _ in range(9)]
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def issn(r):
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return "%s-%s%s" % ("".join(map(str, d[:4])), "".join(map(str, d[4:])), "X" if c == 10 else str(c))


def iso(r):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2020, 2025), r.randint(1, 12), r.randint(1, 28),
                                             r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


@domain("json")
def d_ap_feed(r):
    items = []
    for _ in range(r.randint(2, 3)):
        items.append({"item": {"itemid": rhex(r, 32), "altids": {"itemid": rhex(r, 32), "etag": "%s_%s" % (rhex(r, 32), rhex(r, 4)),
                                                                  "friendlykey": str(r.randint(10 ** 17, 10 ** 18))},
                               "version": r.randint(0, 9), "type": "text", "headline": r.choice(SLUGS).replace("-", " ").capitalize(),
                               "firstcreated": iso(r), "pubstatus": "usable"}})
    d = {"api_version": "2", "id": rhex(r, 32), "params": {"q": "productid:%d" % r.randint(30000, 49999), "page_size": 10},
         "data": {"query": "productid:%d" % r.randint(30000, 49999), "current_item_count": len(items), "items": items,
                  "next_page": "https://api.ap.org/media/v/content/feed?qt=%s&seq=%d" % (rs(r, ALNUM, 11), r.randint(1000, 99999))}}
    return "fixtures/ap_feed_page.json", "json", json.dumps(d, indent=2).split("\n"), "Associated Press", "item_ids"


@domain("json")
def d_arc_ans(r):
    d = {"_id": ans_id(r), "type": "story", "version": "0.10.9", "canonical_url": "/%s/" % slug(r),
         "headlines": {"basic": r.choice(SLUGS).replace("-", " ").title()},
         "credits": {"by": [{"_id": ans_id(r), "type": "author", "name": r.choice(AUTHORS)}]},
         "taxonomy": {"primary_section": {"_id": "/%s" % r.choice(SECTIONS), "_website": r.choice(ORGS)}},
         "promo_items": {"basic": {"_id": ans_id(r), "type": "image", "url": "https://cloudfront-us-east-1.images.arcpublishing.com/%s/%s.jpg" % (r.choice(ORGS), ans_id(r))}},
         "revision": {"revision_id": ans_id(r), "branch": "default", "published": True},
         "first_publish_date": iso(r)}
    return r.choice(["fixtures/ans/story.json", "test/fixtures/arc-story.json"]), "json", json.dumps(d, indent=2).split("\n"), "Arc XP", "ans_ids"


@domain("javascript")
def d_piano_init(r):
    aid = mixed(r, ALNUM, 10)
    L = ["// Piano Composer bootstrap -- aid is the public application id", "(function (src) {",
         "  var a = document.createElement('script');", "  a.type = 'text/javascript';", "  a.async = true;", "  a.src = src;",
         "  var b = document.getElementsByTagName('script')[0];", "  b.parentNode.insertBefore(a, b);",
         "})('//experience.tinypass.com/xbuilder/experience/load?aid=%s');" % aid, "",
         "tp = window.tp || [];", "tp.push(['setAid', '%s']);" % aid, "tp.push(['setSandbox', false]);",
         "tp.push(['setCxenseSiteId', '%d']);" % r.randint(10 ** 18, 10 ** 19 - 1), "tp.push(['setTags', ['%s', '%s']]);" % tuple(r.sample(SECTIONS, 2)),
         "tp.push(['setZone', '%s']);" % r.choice(["Web", "AMP"]),
         "// offer and term ids for the metered wall", "var PAYWALL = { offerId: 'OF%s', termId: 'TM%s', templateId: 'OT%s' };" % (rs(r, UPALNUM, 10), rs(r, UPALNUM, 10), rs(r, UPALNUM, 10)),
         "tp.push(['init', function () { tp.experience.init(); }]);"]
    return r.choice(["src/js/paywall/piano.js", "public/js/piano-init.js"]), "javascript", L, "Piano", "public_app_id"


@domain("html")
def d_parsely_tracker(r):
    site = r.choice(SITES).replace("www.", "")
    L = ["<!-- Parse.ly tracker: the apikey is the site's public identifier -->",
         '<script id="parsely-cfg" src="//cdn.parsely.com/keys/%s/p.js" async defer></script>' % site,
         '<meta name="parsely-title" content="%s">' % r.choice(SLUGS).replace("-", " ").title(),
         '<meta name="parsely-link" content="https://%s/%s/">' % (site, slug(r)),
         '<meta name="parsely-type" content="post">', '<meta name="parsely-pub-date" content="%s">' % iso(r),
         '<meta name="parsely-section" content="%s">' % r.choice(SECTIONS), '<meta name="parsely-author" content="%s">' % r.choice(AUTHORS),
         '<meta name="parsely-tags" content="%s,%s">' % tuple(r.sample(TOPICS, 2)),
         '<amp-analytics type="parsely">', '  <script type="application/json">', '    { "vars": { "apikey": "%s" } }' % site,
         "  </script>", "</amp-analytics>"]
    return r.choice(["templates/partials/parsely.html", "wp-content/themes/ledger/parts/analytics.html"]), "html", L, "Parse.ly", "public_site_id"


@domain("javascript")
def d_ghost_content(r):
    key = rhex(r, 26) if r.random() < 0.7 else "22444f78447824223cefc48062"
    L = ["import GhostContentAPI from '@tryghost/content-api';", "",
         "// Content API keys only read public content and are safe in the browser (Ghost docs).",
         "const api = new GhostContentAPI({", "  url: 'https://%s.ghost.io'," % r.choice(ORGS + ["demo"]), "  key: '%s'," % key,
         "  version: 'v5.0',", "});", "", "export async function latestPosts(limit = %d) {" % r.choice([5, 10]),
         "  return api.posts.browse({ limit, include: 'tags,authors', filter: 'tag:%s' });" % r.choice(SECTIONS), "}"]
    return r.choice(["src/lib/ghost.js", "site/lib/posts.js"]), "javascript", L, "Ghost", "content_api_key"


@domain("html")
def d_brightcove_embed(r):
    acct = str(r.randint(10 ** 12, 10 ** 13 - 1))
    pk = "BCpk" + rs(r, URLSAFE, r.choice([100, 120, 140]))
    L = ["<!-- Brightcove player; policy key is part of the published player config -->",
         '<video-js id="story-video" data-account="%s" data-player="%s" data-embed="default"' % (acct, rs(r, ALNUM, 9)),
         '  data-video-id="%d" controls class="vjs-fluid"></video-js>' % r.randint(10 ** 12, 10 ** 13 - 1),
         '<script src="https://players.brightcove.net/%s/default_default/index.min.js"></script>' % acct, "<script>",
         "  // Playback API catalog lookups from the player use the policy key", "  var catalogConfig = {",
         "    accountId: '%s'," % acct, "    policyKey: '%s'" % pk, "  };", "</script>"]
    return r.choice(["templates/video/embed.html", "components/BrightcovePlayer.html"]), "html", L, "Brightcove", "policy_key"


@domain("javascript")
def d_chartbeat(r):
    L = ["/* Chartbeat loader -- uid and domain are public account identifiers */", "(function () {",
         "  var _sf_async_config = (window._sf_async_config = window._sf_async_config || {});",
         "  _sf_async_config.uid = %d;" % r.randint(10000, 99999), "  _sf_async_config.domain = '%s';" % r.choice(SITES),
         "  _sf_async_config.flickerControl = false;", "  _sf_async_config.useCanonical = true;",
         "  _sf_async_config.sections = '%s';" % r.choice(SECTIONS), "  _sf_async_config.authors = '%s';" % r.choice(AUTHORS),
         "  var e = document.createElement('script');", "  e.src = '//static.chartbeat.com/js/chartbeat.js';",
         "  document.head.appendChild(e);", "})();"]
    return "public/js/chartbeat.js", "javascript", L, "Chartbeat", "public_uid"


@domain("html")
def d_tracking_pixel(r):
    L = ["<!-- newsletter footer: open-tracking pixel and analytics ids -->", "<table role=\"presentation\" width=\"100%\">",
         "  <tr><td align=\"center\">", "    <a href=\"https://%s/%s/?utm_source=newsletter&utm_medium=email&utm_campaign=%s\">Read more</a>" % (r.choice(SITES), slug(r), r.choice(["am-briefing", "pm-update"])),
         "  </td></tr>", "</table>",
         '<img src="https://px.%s/o.gif?mid=%s&amp;cid=%s&amp;uid=%d" width="1" height="1" alt="">' % (r.choice(SITES).replace("www.", ""), rhex(r, 24), uuid4(r), r.randint(10 ** 6, 10 ** 8)),
         '<img src="https://www.google-analytics.com/collect?v=1&amp;tid=UA-%d-%d&amp;cid=%s&amp;t=event&amp;ec=email&amp;ea=open" width="1" height="1">' % (r.randint(1000000, 99999999), r.randint(1, 9), uuid4(r)),
         "<!-- GA4: G-%s -->" % rs(r, UPALNUM, 10)]
    return r.choice(["emails/templates/footer.html", "newsletter/partials/pixel.html"]), "html", L, "newsletter", "tracking_pixel"


@domain("javascript")
def d_stripe_pk(r):
    pk = "pk_live_" + mixed(r, ALNUM, r.choice([24, 99]))
    L = ["// Checkout for digital subscriptions. Publishable keys are meant for the browser.",
         "import { loadStripe } from '@stripe/stripe-js';", "",
         "const stripePromise = loadStripe('%s');" % pk, "",
         "export const PLANS = {", "  monthly: 'price_%s'," % mixed(r, ALNUM, 24), "  annual: 'price_%s'," % mixed(r, ALNUM, 24),
         "  student: 'price_%s'," % mixed(r, ALNUM, 24), "};", "",
         "export async function subscribe(plan) {", "  const stripe = await stripePromise;",
         "  const res = await fetch('/api/checkout', { method: 'POST', body: JSON.stringify({ price: PLANS[plan] }) });",
         "  const { sessionId } = await res.json();", "  return stripe.redirectToCheckout({ sessionId });", "}"]
    return r.choice(["src/paywall/checkout.js", "assets/js/subscribe.js"]), "javascript", L, "Stripe", "publishable_key"


@domain("javascript")
def d_sentry_dsn(r):
    L = ["import * as Sentry from '@sentry/browser';", "",
         "// The DSN is public: it only allows sending events for this project.", "Sentry.init({",
         "  dsn: 'https://%s@o%d.ingest.sentry.io/%d'," % (rhex(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999)),
         "  release: 'homepage@%d.%d.%d'," % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)),
         "  environment: '%s'," % r.choice(["production", "staging"]), "  tracesSampleRate: 0.%d," % r.randint(1, 5),
         "  ignoreErrors: ['ResizeObserver loop limit exceeded'],", "});"]
    return r.choice(["src/sentry.js", "app/javascript/sentry.js"]), "javascript", L, "Sentry", "public_dsn"


@domain("json")
def d_asset_manifest(r):
    d = {}
    for name in ["main", "vendor", "paywall", "live-blog", "charts"]:
        h = rhex(r, r.choice([8, 20]))
        d["%s.js" % name] = "/static/js/%s.%s.js" % (name, h)
        if r.random() < 0.5:
            d["%s.css" % name] = "/static/css/%s.%s.css" % (name, rhex(r, 8))
    d["entrypoints"] = ["static/js/vendor.%s.js" % rhex(r, 8)]
    return r.choice(["build/asset-manifest.json", "public/manifest.json"]), "json", json.dumps(d, indent=2).split("\n"), "webpack", "cache_busters"


@domain("php")
def d_wp_enqueue(r):
    L = ["<?php", "/**", " * Enqueue theme assets with cache-busting versions.", " */",
         "function ledger_enqueue_assets() {",
         "    wp_enqueue_style( 'ledger-main', get_stylesheet_directory_uri() . '/dist/main.css', array(), '%s' );" % rhex(r, 10),
         "    wp_enqueue_script( 'ledger-live', get_stylesheet_directory_uri() . '/dist/live.js', array(), '%s', true );" % rhex(r, 20),
         "    wp_localize_script( 'ledger-live', 'LedgerLive', array(", "        'ajaxUrl' => admin_url( 'admin-ajax.php' ),",
         "        'nonce'   => wp_create_nonce( 'ledger_live' ),", "        'postId'  => get_the_ID(),", "    ) );", "}",
         "add_action( 'wp_enqueue_scripts', 'ledger_enqueue_assets' );", "",
         "// GTM container id is public", "define( 'LEDGER_GTM_ID', 'GTM-%s' );" % rs(r, UPALNUM, 7)]
    return "wp-content/themes/ledger/inc/assets.php", "php", L, "WordPress", "cache_busters"


@domain("json")
def d_lockfile(r):
    pk = {"name": "%s-graphics" % r.choice(ORGS), "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in ["d3-array", "d3-scale", "topojson-client", "datawrapper-api-client", "flourish-live"][:r.randint(3, 5)]:
        raw = rbytes(r, 64)
        pk["packages"]["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9)),
                                                  "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                                  "integrity": "sha512-" + base64.b64encode(raw).decode()}
    return "package-lock.json", "json", json.dumps(pk, indent=2).split("\n"), "npm", "integrity_hashes"


@domain("csv")
def d_isbn(r):
    L = ["isbn13,title,author,publisher,issn_series,review_date"]
    for _ in range(r.randint(6, 12)):
        L.append("%s,%s,%s,%s,%s,%d-%02d-%02d" % (isbn13(r), r.choice(SLUGS).replace("-", " ").title(), r.choice(AUTHORS),
                                                  r.choice(["Penguin", "Knopf", "Graywolf", "FSG"]), issn(r), r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)))
    return r.choice(["data/books/reviews.csv", "books/bestsellers.csv"]), "csv", L, "books", "isbn_issn"


@domain("html")
def d_jsonld(r):
    L = ["<script type=\"application/ld+json\">"]
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "identifier": uuid4(r),
         "headline": r.choice(SLUGS).replace("-", " ").title(), "datePublished": iso(r), "dateModified": iso(r),
         "mainEntityOfPage": "https://%s/%s/" % (r.choice(SITES), slug(r)),
         "isPartOf": {"@type": ["CreativeWork", "Product"], "name": "The Daily Ledger", "productID": "%s:basic" % r.choice(SITES)},
         "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Ledger", "issn": issn(r)},
         "isAccessibleForFree": False,
         "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled-content"}}
    L += json.dumps(d, indent=2).split("\n") + ["</script>"]
    return r.choice(["templates/article/jsonld.html", "layouts/partials/structured-data.html"]), "html", L, "schema.org", "story_uuid_issn"


@domain("xml")
def d_sitemap_news(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
         '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">']
    site = r.choice(SITES)
    for _ in range(r.randint(2, 4)):
        L += ["  <url>", "    <loc>https://%s/%s/?id=%s</loc>" % (site, slug(r), rhex(r, 12)), "    <news:news>",
              "      <news:publication><news:name>Daily Ledger</news:name><news:language>en</news:language></news:publication>",
              "      <news:publication_date>%s</news:publication_date>" % iso(r),
              "      <news:title>%s</news:title>" % r.choice(SLUGS).replace("-", " ").title(), "    </news:news>", "  </url>"]
    L.append("</urlset>")
    return "public/sitemap-news.xml", "xml", L, "sitemap", "slugs_ids"


@domain("xml")
def d_rss(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
         "  <title>Daily Ledger - %s</title>" % r.choice(SECTIONS).title(), "  <link>https://%s/</link>" % r.choice(SITES)]
    for _ in range(r.randint(2, 3)):
        L += ["  <item>", "    <title>%s</title>" % r.choice(SLUGS).replace("-", " ").title(),
              '    <guid isPermaLink="false">%s</guid>' % uuid4(r), "    <pubDate>Mon, %02d Jun 2024 %02d:%02d:00 GMT</pubDate>" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
              '    <media:content url="https://cdn.%s/img/%s.jpg" medium="image"/>' % (r.choice(SITES).replace("www.", ""), rhex(r, 40)), "  </item>"]
    L += ["</channel>", "</rss>"]
    return r.choice(["fixtures/feed.rss", "test/data/section.xml"]), "xml", L, "rss", "guids"


@domain("xml")
def d_newsml(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:reuters.com,%d:newsml_L%dN%s:%d" version="%d">' % (r.randint(2020, 2025), r.randint(1, 8), rs(r, UPALNUM, 8), r.randint(1, 9), r.randint(1, 5)),
         "  <catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_%d.xml\"/>" % r.randint(30, 38),
         "  <itemMeta>", "    <itemClass qcode=\"ninat:text\"/>", "    <provider literal=\"Reuters\"/>",
         "    <versionCreated>%s</versionCreated>" % iso(r), "    <pubStatus qcode=\"stat:usable\"/>",
         "    <link rel=\"irel:seeAlso\" residref=\"urn:publicid:ap.org:%s\"/>" % rhex(r, 32),
         "  </itemMeta>", "  <contentMeta>", "    <headline>%s</headline>" % r.choice(SLUGS).replace("-", " ").title(),
         "    <subject qcode=\"medtop:%08d\"/>" % r.randint(10000000, 20000000), "  </contentMeta>",
         "  <contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html><body><p>...</p></body></html></inlineXML></contentSet>",
         "</newsItem>"]
    return "test/fixtures/newsml/%s.xml" % rhex(r, 8), "xml", L, "Reuters Connect", "newsml_guids"


@domain("dotenv")
def d_env_example(r):
    ps = r.sample(PROVIDERS, r.randint(4, 7))
    L = ["# Copy to .env and fill in. Never commit the real file.", "NODE_ENV=development", "SITE_URL=http://localhost:3000", ""]
    for p in ps:
        ph = r.choice(["", "changeme", "your-%s" % nm(p["words"], "kebab"), "<%s>" % p["env"].lower(), "xxxxxxxx", "REPLACE_ME"])
        L.append("%s=%s" % (p["env"], ph))
    L += ["", "# public ids are fine to share", "PARSELY_SITE_ID=%s" % r.choice(SITES), "PIANO_AID=%s" % mixed(r, ALNUM, 10)]
    return r.choice([".env.example", ".env.sample", "scraper/.env.template"]), "dotenv", L, "multiple", "placeholders"


@domain("github-actions")
def d_gha_refs(r):
    ps = r.sample([p for p in PROVIDERS if p["shape"] in "QH"], 3)
    L = ["name: morning-briefing", "on:", "  schedule:", "    - cron: \"30 10 * * 1-5\"", "jobs:", "  build:",
         "    runs-on: ubuntu-latest", "    env:"]
    for p in ps:
        L.append("      %s: ${{ secrets.%s }}" % (p["env"], p["env"]))
    L += ["      SITE: %s" % r.choice(SITES), "    steps:", "      - uses: actions/checkout@%s" % rhex(r, 40),
          "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "      - run: npm ci",
          "      - run: node scripts/briefing.js", "      - name: Notify", "        run: curl -X POST -d @out/summary.json \"$SLACK_WEBHOOK_URL\"",
          "        env:", "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}"]
    return ".github/workflows/morning-briefing.yml", "github-actions", L, "multiple", "secret_references"


@domain("docker-compose")
def d_compose_refs(r):
    L = ["services:", "  ghost:", "    image: ghost:5-alpine", "    environment:", "      url: https://%s" % r.choice(SITES),
         "      database__client: mysql", "      database__connection__host: db", "      database__connection__user: ghost",
         "      database__connection__password: ${GHOST_DB_PASSWORD:?set it in .env}", "      database__connection__database: ghost",
         "      mail__options__auth__pass: ${MAILGUN_SMTP_PASSWORD}", "  db:", "    image: mysql:8",
         "    environment:", "      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root", "    secrets:", "      - mysql_root",
         "secrets:", "  mysql_root:", "    file: ./secrets/mysql_root.txt"]
    return "docker-compose.yml", "docker-compose", L, "Ghost", "env_interpolation"


@domain("markdown")
def d_runbook_refs(r):
    p = r.choice(PROVIDERS)
    L = ["# Rotating the %s credential" % p["provider"], "", "1. Create a new key in the provider dashboard.",
         "2. Store it: `op item edit \"%s\" credential=<new value>`" % p["provider"],
         "3. Update the CI secret: `gh secret set %s --repo %s-data/scrapers`" % (p["env"], r.choice(ORGS)),
         "4. Redeploy: `kubectl -n newsroom rollout restart deploy/%s-ingest`" % p["key"],
         "5. Check the logs show `auth ok` and revoke the old key.", "",
         "The app reads `%s` from the environment; locally use `direnv` with `.envrc`:" % p["env"], "", "```bash",
         "export %s=\"$(op read op://newsroom/%s/credential)\"" % (p["env"], nm(p["words"], "kebab")), "```", "",
         "Masked value in the dashboard looks like `%s`." % ("\u2022" * 10 + rhex(r, 4))]
    return r.choice(["notes/rotate-%s.md" % p["key"], "docs/runbooks/key-rotation.md"]), "markdown", L, p["provider"], "secret_manager_refs"


@domain("yaml")
def d_datawrapper_ids(r):
    L = ["# Charts refreshed by the election-night job", "folder_id: %d" % r.randint(100000, 999999), "team: %s" % r.choice(ORGS), "charts:"]
    for _ in range(r.randint(3, 6)):
        L += ["  - id: %s" % rs(r, ALNUM, 5), "    title: \"%s\"" % r.choice(TOPICS).title(),
              "    source: data/%s.csv" % r.choice(["turnout", "results", "precincts", "fires"]), "    republish: true"]
    L += ["token_env: DATAWRAPPER_ACCESS_TOKEN"]
    return "graphics/charts.yml", "yaml", L, "Datawrapper", "chart_ids"


@domain("html")
def d_flourish_embed(r):
    vid = r.randint(10 ** 7, 10 ** 8 - 1)
    L = ["<figure class=\"graphic\">",
         '  <div class="flourish-embed flourish-chart" data-src="visualisation/%d"><script src="https://public.flourish.studio/resources/embed.js"></script></div>' % vid,
         '  <noscript><img src="https://public.flourish.studio/visualisation/%d/thumbnail" width="100%%" alt="chart visualization" /></noscript>' % vid,
         '  <figcaption>Source: %s analysis. Story <code>%s</code>.</figcaption>' % (r.choice(["Ledger", "Tribune"]), uuid4(r)),
         "</figure>", '<div class="flourish-embed" data-src="story/%d?%s"></div>' % (r.randint(10 ** 6, 10 ** 7), rhex(r, 8))]
    return "graphics/embeds/%s.html" % r.choice(SLUGS), "html", L, "Flourish", "visualisation_ids"


@domain("python")
def d_migration(r):
    L = ["from django.db import migrations", "", "", "SECTIONS = ["]
    for sec in r.sample(SECTIONS, 4):
        L.append('    {"id": "%s", "slug": "%s", "arc_id": "%s"},' % (uuid4(r), sec, ans_id(r)))
    L += ["]", "", "", "def seed(apps, schema_editor):", '    Section = apps.get_model("stories", "Section")', "    for row in SECTIONS:",
          "        Section.objects.update_or_create(id=row[\"id\"], defaults=row)", "", "",
          "class Migration(migrations.Migration):", '    dependencies = [("stories", "%04d_auto")]' % r.randint(10, 60),
          "    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]"]
    return "stories/migrations/%04d_seed_sections.py" % r.randint(61, 99), "python", L, "Django", "story_uuids"


@domain("text")
def d_sha256sums(r):
    L = []
    for _ in range(r.randint(6, 12)):
        L.append("%s  photos/%d/%s_%04d.jpg" % (rhex(r, 64), r.randint(2019, 2025), r.choice(SECTIONS), r.randint(1, 9999)))
    return r.choice(["archive/SHA256SUMS", "photos/manifest.sha256"]), "text", L, "archive", "content_hashes"


@domain("markdown")
def d_changelog(r):
    L = ["# Changelog", ""]
    for _ in range(r.randint(3, 5)):
        L += ["## %d.%d.%d (%d-%02d-%02d)" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)), "",
              "- %s ([%s](https://github.com/%s-data/cms/commit/%s))" % (r.choice(["Fix paywall meter reset", "Add Apple News sync", "Bump Parse.ly plugin", "Rotate wire poller schedule"]),
                                                                        rhex(r, 7), r.choice(ORGS), rhex(r, 40)), ""]
    return "CHANGELOG.md", "markdown", L, "git", "commit_shas"


@domain("python")
def d_webhook_test(r):
    L = ['"""Tests for the paywall webhook signature check."""', "import hashlib", "import hmac", "import os", "",
         "import pytest", "", "from paywall.webhooks import verify", "",
         "SECRET = os.environ.get(\"TEST_WEBHOOK_SECRET\", \"\").encode()", "", "",
         "@pytest.mark.parametrize(\"body,expected\", ["]
    for _ in range(3):
        L.append('    (b\'{"event":"%s","id":"%s"}\', "%s"),' % (r.choice(["subscription.created", "term.changed", "user.updated"]), uuid4(r), rhex(r, 64)))
    L += ["])", "def test_recorded_signatures(body, expected):", "    if not SECRET:", "        pytest.skip(\"no secret in env\")",
          "    assert hmac.new(SECRET, body, hashlib.sha256).hexdigest() == expected or not verify(body, expected)"]
    return "tests/test_webhooks.py", "python", L, "Piano", "signature_fixtures"


@domain("yaml")
def d_i18n(r):
    L = ["en:", "  settings:", "    integrations:", "      api_key_label: \"API key\"",
         "      api_key_hint: \"Paste the key from your %s dashboard\"" % r.choice(["NewsAPI", "Datawrapper", "Piano"]),
         "      secret_label: \"Secret\"", "      password_placeholder: \"Enter your password\"",
         "      token_saved: \"Token saved. It will be shown only once.\"",
         "      token_masked: \"Token ending in %{last4}\"", "  paywall:", "    meter_exhausted: \"You have read %{count} free articles\"",
         "    subscribe_cta: \"Subscribe for $1\""]
    return r.choice(["config/locales/en.yml", "locales/en.yml"]), "yaml", L, "i18n", "i18n_strings"


@domain("yaml")
def d_paywall_meter(r):
    L = ["# paywall metering rules (public configuration shipped to the edge)", "meter:", "  cookie: __%s_meter" % r.choice(ORGS),
         "  limit: %d" % r.choice([3, 5, 10]), "  window_days: 30", "offers:"]
    for _ in range(r.randint(2, 3)):
        L += ["  - offer_id: OF%s" % rs(r, UPALNUM, 10), "    term_id: TM%s" % rs(r, UPALNUM, 10), "    price: %d.99" % r.randint(1, 19)]
    L += ["piano:", "  aid: %s" % mixed(r, ALNUM, 10), "  sandbox: false", "  api_token: ${PIANO_API_TOKEN}"]
    return r.choice(["edge/paywall.yml", "config/metering.yml"]), "yaml", L, "Piano", "offer_term_ids"


@domain("json")
def d_apple_article(r):
    d = {"version": "1.%d" % r.randint(5, 15), "identifier": "%s-%s" % (r.choice(SLUGS), rhex(r, 6)), "language": "en",
         "title": r.choice(SLUGS).replace("-", " ").title(), "metadata": {"canonicalURL": "https://%s/%s/" % (r.choice(SITES), slug(r)),
                                                                              "datePublished": iso(r), "authors": [r.choice(AUTHORS)]},
         "layout": {"columns": 7, "width": 1024}, "components": [{"role": "title", "text": "..."}, {"role": "body", "text": "..."}],
         "x_channel_id": uuid4(r), "x_section_ids": [uuid4(r)], "x_article_id": uuid4(r)}
    return "apple-news/%s/article.json" % rhex(r, 8), "json", json.dumps(d, indent=2).split("\n"), "Apple News", "channel_article_ids"


@domain("r")
def d_r_keyring(r):
    L = ["library(httr)", "library(keyring)", "", "# keys live in the OS keychain, not in this repo",
         "newsapi_key <- key_get(\"newsapi\", username = \"data-desk\")", "dw_token <- Sys.getenv(\"DATAWRAPPER_ACCESS_TOKEN\")",
         "if (dw_token == \"\") stop(\"set DATAWRAPPER_ACCESS_TOKEN in .Renviron\")", "",
         "chart_id <- \"%s\"" % rs(r, ALNUM, 5), "folder <- %d" % r.randint(10000, 99999),
         "resp <- GET(\"https://newsapi.org/v2/everything\", query = list(q = \"%s\", apiKey = newsapi_key))" % r.choice(TOPICS),
         "stop_for_status(resp)"]
    return "analysis/pull_keyring.R", "r", L, "NewsAPI", "keyring_lookup"


@domain("notebook")
def d_nb_getpass(r):
    cells = [nb_cell("code", ["from getpass import getpass", "import requests", "", "key = getpass(\"Guardian API key: \")"],
                     [{"name": "stdin", "output_type": "stream", "text": ["Guardian API key: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}]),
             nb_cell("code", ["resp = requests.get(\"https://content.guardianapis.com/search\", params={\"q\": \"%s\", \"api-key\": key})" % r.choice(TOPICS),
                              "resp.status_code"], [{"data": {"text/plain": ["200"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
             nb_cell("code", ["[r[\"id\"] for r in resp.json()[\"response\"][\"results\"][:3]]"],
                     [{"data": {"text/plain": ["['%s/%d/%s', 'world/%d/%s']" % (r.choice(SECTIONS), r.randint(2020, 2025), r.choice(SLUGS), r.randint(2020, 2025), r.choice(SLUGS))]},
                       "execution_count": 3, "metadata": {}, "output_type": "execute_result"}])]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/guardian_search.ipynb", "notebook", json.dumps(nb, indent=1, ensure_ascii=False).split("\n"), "The Guardian Open Platform", "getpass"


@domain("php")
def d_wpconfig_env(r):
    L = ["<?php", "// 12-factor wp-config: everything comes from the environment", "define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );",
         "define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );", "define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );",
         "define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );", "define( 'WP_REDIS_PASSWORD', getenv( 'REDIS_PASSWORD' ) );",
         "define( 'PARSELY_API_SECRET', getenv( 'PARSELY_API_SECRET' ) );", "define( 'PARSELY_SITE_ID', '%s' );" % r.choice(SITES),
         "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}",
         "require_once ABSPATH . 'wp-settings.php';"]
    return "wp-config.php", "php", L, "WordPress", "env_lookups"


@domain("apps-script")
def d_gs_props(r):
    L = ["/** Sync the results sheet to Datawrapper. Token lives in Script Properties. */",
         "var CHART_ID = '%s';" % rs(r, ALNUM, 5), "", "function sync() {",
         "  var token = PropertiesService.getScriptProperties().getProperty('DATAWRAPPER_TOKEN');",
         "  if (!token) throw new Error('Set DATAWRAPPER_TOKEN under Project Settings > Script properties');",
         "  var csv = SpreadsheetApp.getActive().getSheetByName('Results').getDataRange().getDisplayValues()",
         "    .map(function (row) { return row.join(','); }).join('\\n');",
         "  UrlFetchApp.fetch('https://api.datawrapper.de/v3/charts/' + CHART_ID + '/data', {",
         "    method: 'put', contentType: 'text/csv', payload: csv,", "    headers: { Authorization: 'Bearer ' + token }", "  });", "}"]
    return "apps-script/sync.gs", "apps-script", L, "Datawrapper", "script_properties"


@domain("yaml")
def d_bcrypt_fixture(r):
    L = ["# test users for the subscriber portal (passwords are hashed)"]
    for u in r.sample(USERS, 3):
        salt = rs(r, "./" + ALNUM, 53)
        L += ["%s:" % u.split("@")[0].replace(".", "_").replace("-", "_"), "  email: %s" % (u if "@" in u else u + "@example.com"),
              "  encrypted_password: \"$2a$12$%s\"" % salt, "  confirmed_at: %s" % iso(r), "  plan: %s" % r.choice(["digital", "print+digital", "student"])]
    return "test/fixtures/subscribers.yml", "yaml", L, "Devise", "password_hashes"


@domain("yaml")
def d_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    L = ["newsapi_key: %s" % enc(32), "datawrapper_token: %s" % enc(48), "stripe_secret_key: %s" % enc(40), "sops:", "    kms:",
         "        - arn: arn:aws:kms:us-east-1:%d:key/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r)),
         "          created_at: \"%s\"" % iso(r), "          enc: %s" % base64.b64encode(rbytes(r, 120)).decode(),
         "          aws_profile: \"\"", "    lastmodified: \"%s\"" % iso(r), "    mac: %s" % enc(32), "    version: 3.8.1"]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yml"]), "yaml", L, "sops", "ciphertext"


@domain("json")
def d_newsletter_ids(r):
    d = {"beehiiv": {"publication_id": "pub_%s" % uuid4(r), "api_key_env": "BEEHIIV_API_KEY"},
         "mailchimp": {"audience_id": rhex(r, 10), "server_prefix": "us%d" % r.randint(1, 21), "template_id": r.randint(10000, 99999)},
         "buttondown": {"newsletter_id": uuid4(r), "tag": r.choice(SECTIONS)},
         "schedule": {"am": "06:30", "pm": "17:00", "tz": r.choice(TZS)}}
    return r.choice(["newsletters/config.json", "config/newsletters.json"]), "json", json.dumps(d, indent=2).split("\n"), "beehiiv", "publication_ids"


@domain("csv")
def d_monitoring_export(r):
    L = ["mention_id,url_hash,outlet,published_at,sentiment,reach"]
    for _ in range(r.randint(6, 10)):
        L.append("%s,%s,%s,%s,%s,%d" % (rhex(r, 24), rhex(r, 32), r.choice(["Daily Ledger", "Valley Tribune", "Coastal Herald", "Metro Wire"]),
                                        iso(r), r.choice(["positive", "neutral", "negative"]), r.randint(1000, 900000)))
    return r.choice(["exports/meltwater_mentions.csv", "monitoring/cision_export.csv"]), "csv", L, "Meltwater", "mention_ids_hashes"


@domain("terraform")
def d_tf_refs(r):
    L = ["data \"aws_secretsmanager_secret_version\" \"newsapi\" {", "  secret_id = \"prod/newsapi-key\"", "}", "",
         "resource \"aws_lambda_function\" \"poller\" {", "  function_name = \"wire-poller\"", "  role          = aws_iam_role.poller.arn",
         "  runtime       = \"python3.12\"", "  handler       = \"poll.handler\"", "  environment {", "    variables = {",
         "      NEWSAPI_KEY   = data.aws_secretsmanager_secret_version.newsapi.secret_string",
         "      BUCKET        = \"%s-wires\"" % r.choice(ORGS), "      ACCOUNT_ID    = \"%d\"" % r.randint(10 ** 11, 10 ** 12 - 1),
         "    }", "  }", "}"]
    return "infra/poller.tf", "terraform", L, "AWS", "secret_manager_refs"


@domain("python")
def d_ap_client(r):
    L = ['"""Download AP items by id; the key comes from the environment."""', "import os", "", "import requests", "",
         'API = "https://api.ap.org/media/v/content/{item_id}"', 'HEADERS = {"x-api-key": os.environ["AP_API_KEY"]}', "",
         "ITEMS = ["]
    for _ in range(r.randint(2, 4)):
        L.append('    "%s",  # %s' % (rhex(r, 32), r.choice(SLUGS)))
    L += ["]", "", "", "def download(item_id):", "    resp = requests.get(API.format(item_id=item_id), headers=HEADERS, timeout=30)",
          "    resp.raise_for_status()", "    return resp.json()"]
    return "wires/ap_download.py", "python", L, "Associated Press", "item_ids"


@domain("yaml")
def d_applenews_cfg(r):
    L = ["# Apple News publishing (the key id/secret are stored in Keychain on the build agent)", "apple_news:",
         "  channel_id: %s" % uuid4(r), "  sections:", "    main: %s" % uuid4(r), "    %s: %s" % (r.choice(SECTIONS), uuid4(r)),
         "  key_id_env: APPLE_NEWS_KEY_ID", "  key_secret_env: APPLE_NEWS_KEY_SECRET", "  preview_only: %s" % r.choice(["true", "false"]),
         "  theme: ledger-v%d" % r.randint(1, 4)]
    return "config/apple_news.yml", "yaml", L, "Apple News", "channel_ids"


@domain("python")
def d_test_placeholder(r):
    L = ['"""Unit tests use fake credentials; requests are mocked."""', "import responses", "",
         "from newsroom.clients.newsapi import NewsapiClient", "", "FAKE_KEY = \"test-key\"", "", "",
         "@responses.activate", "def test_latest_parses_articles():",
         "    responses.add(responses.GET, \"https://newsapi.org/v2/everything\", json={\"articles\": [{\"title\": \"x\"}]})",
         "    client = NewsapiClient(newsapi_key=FAKE_KEY)", "    resp = client.latest(query=\"%s\")" % r.choice(TOPICS),
         "    assert resp.json()[\"articles\"][0][\"title\"] == \"x\""]
    return "tests/test_newsapi_client.py", "python", L, "NewsAPI", "test_fake"


# ---------------------------------------------------------------- driver
NEWS_WEIGHT = {"aws": 0.6, "postgres": 0.8, "mysql": 0.7, "redis": 0.6, "slack": 0.8, "github": 0.6, "sendgrid": 0.5,
               "mailchimp": 0.6, "stripe": 1.0, "stripe_wh": 0.7, "algolia": 0.5, "cloudflare": 0.5, "fastly": 0.5}


def balanced(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out += block
    return out[:n]


def provider_cycle(r, n):
    """every provider appears, news/publishing providers about twice as often as generic cloud ones"""
    keys = []
    for p in PROVIDERS:
        keys += [p["key"]] * (2 if p["key"] not in NEWS_WEIGHT else 1)
    return balanced(r, keys, n)


def render(tpl, r, s):
    path, ftype, lines = tpl["f"](r, s)
    if isinstance(lines, str):
        lines = lines.split("\n")
    return path, ftype, "\n".join(lines) + "\n"


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    all_secrets = []

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    # positives
    plist = provider_cycle(r, 500)
    tcycle = balanced(r, TEMPLATES, 500)
    tcount = {}
    for i, key in enumerate(plist):
        p = PBY[key]
        for attempt in range(20):
            tpl = tcycle[i] if attempt == 0 else r.choice(TEMPLATES)
            if key == "mysql" and r.random() < 0.3:
                tpl = [t for t in TEMPLATES if t["name"] == "t_wp_config"][0]
            s = Slot(r, p, "secret", obvious=(i % 2 == 0))
            path, ftype, text = render(tpl, r, s)
            ln = line_of(text, s.needle)
            nlines = text.count("\n")
            if ln is not None and 5 <= nlines <= 80:
                break
        else:
            raise RuntimeError("could not place secret for %s" % key)
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        tcount[tpl["name"]] = tcount.get(tpl["name"], 0) + 1
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": ftype,
                         "template": tpl["name"], "obvious_name": s.obvious})
        secrets.append({"file": rel, "needle": s.needle, "line": ln})
        all_secrets.append(s.needle)

    # negatives: half re-used templates, half domain look-alikes
    nlist = provider_cycle(r, 250)
    ntcycle = balanced(r, TEMPLATES, 250)
    dcycle = balanced(r, DOMAIN, 250)
    order = ["reuse"] * 250 + ["domain"] * 250
    r.shuffle(order)
    ri = di = 0
    for j, how in enumerate(order):
        if how == "reuse":
            p = PBY[nlist[ri]]
            for attempt in range(20):
                tpl = ntcycle[ri] if attempt == 0 else r.choice(TEMPLATES)
                mode = wchoice(r, NEG_MODES)
                if mode == "example" and not p.get("example"):
                    p = PBY[r.choice([q["key"] for q in PROVIDERS if q.get("example")])]
                s = Slot(r, p, mode)
                path, ftype, text = render(tpl, r, s)
                if 5 <= text.count("\n") <= 80:
                    break
            ri += 1
            kind = "lookalike:" + s.mode
            prov = p["provider"]
            tname = tpl["name"]
        else:
            for attempt in range(20):
                d = dcycle[di] if attempt == 0 else r.choice(DOMAIN)
                path, ftype, text, prov, kind = d["f"](r)
                if isinstance(text, list):
                    text = "\n".join(text) + "\n"
                if 5 <= text.count("\n") <= 80:
                    break
            di += 1
            tname = d["name"]
        rel = "neg/n%04d/%s" % (j, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype,
                         "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for x in secrets:
            fh.write(json.dumps(x, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
