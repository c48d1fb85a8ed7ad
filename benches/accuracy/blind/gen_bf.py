#!/usr/bin/env python3
"""Blind evaluation-set generator "bf" for a git pre-commit secret scanner.

EMPHASIS
    Scraping, crawling, proxies, browser automation, captcha solving and
    SEO/marketing-data tools: residential/datacenter proxy credentials (Bright
    Data, Oxylabs, Smartproxy/Decodo, IPRoyal, Webshare, SOAX, NetNut, Zyte
    Smart Proxy Manager, Apify Proxy), scraping APIs (ScraperAPI, ScrapingBee,
    ZenRows, Zyte API, Apify, Crawlbase, ScrapingAnt, Diffbot, Firecrawl,
    Browserless, Browserbase), SERP APIs (SerpApi, DataForSEO, Serper,
    ValueSERP), captcha solvers (2Captcha, Anti-Captcha, CapSolver,
    CapMonster), SEO / sales-intelligence data (Semrush, Ahrefs, Moz,
    SimilarWeb, BuiltWith, Hunter.io, Clearbit, Apollo, Snov.io,
    PhantomBuster), browser session cookies copied into scrapers, Selenium
    grid basic auth, scraped-data S3 buckets and platform webhook secrets.

USAGE
    python3 gen_bf.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * API keys / tokens: the whole key including its documented prefix
      (``fc-…``, ``apify_api_…``, ``CAP-…``, ``bb_live_…``, ``sk_…``).
    * Proxy URLs / proxies.txt / split PROXY_USER+PROXY_PASS: the needle is
      the PASSWORD only (the username of a proxy account is an account label,
      not a secret).  For IPRoyal, whose password carries ``_country-xx``
      targeting suffixes, the needle is the random part before the suffix.
      Exception: Zyte Smart Proxy Manager, where the API key IS the proxy
      username (empty password): the needle is that key.
    * Pairs (AWS access key id + secret, Moz access id + secret, Snov client
      id + secret, DataForSEO login + password, Selenium grid user + pass):
      the needle is the secret half; the identifier half may sit on a
      neighbouring line.  ``Authorization: Basic <b64>`` headers: the needle is
      the base64 blob.
    * Cookies: the needle is the cookie VALUE.  Decisions: ``li_at``
      (LinkedIn), ``auth_token`` (X/Twitter), Instagram ``sessionid``,
      Google ``__Secure-1PSID`` and a Django ``sessionid`` of the scraped
      site are credentials (each alone authenticates a session).  ``ct0``
      (X CSRF token) and LinkedIn ``JSESSIONID`` (``ajax:…`` CSRF token) are
      NOT credentials on their own; ct0 is left out of both sets, JSESSIONID
      appears only beside non-secret cookies in negatives.  ``_ga``, ``_gid``,
      ``_fbp``, ``CONSENT``/``SOCS``, ``OptanonConsent``, ``euconsent-v2``,
      ``bcookie``, ``lang`` are never credentials.
    * line = 1-based line of the first occurrence of the needle.  Every
      positive file contains its needle exactly once.

NEGATIVES (same file types, same variable names where natural)
    env-var references in each file type's own syntax, ``${PROXY_PASS}``
    interpolations, GitHub ``${{ secrets.X }}``, n8n ``{{ $env.X }}``,
    Postman ``{{var}}``, Apify ``@secret`` env refs, placeholders
    (``YOUR_API_KEY``, ``fc-YOUR_API_KEY``, ``<your-key>``, ``changeme``),
    masked / truncated keys, publishable keys (Clearbit ``pk_``),
    reCAPTCHA / hCaptcha / Turnstile SITE keys and the providers' documented
    always-pass TEST keys, captcha task ids, Apify actor/dataset/run ids,
    Browserbase project ids, Moz access ids alone, free ``ip:port`` proxy
    lists, Scrapy ``requests.seen`` fingerprints (sha1), ETags, image digests,
    GA ``G-…`` ids, CSRF tokens / ``__VIEWSTATE`` in saved HTML, analytics and
    consent cookies, user-agent strings, CSS/XPath selectors, SOPS / sealed-
    secrets / KMS ciphertext, UUID request ids.

DOUBTS (formats not confirmed by provider documentation)
    * Browserbase ``bb_live_`` keys: prefix documented in dashboards/blogs; the
      body length (here 27 chars of [A-Za-z0-9_-]) is a guess.
    * Browserless cloud tokens: older accounts got UUID-shaped tokens, newer
      ones a ~40-char alphanumeric string; both are emitted.
    * Crawlbase (ProxyCrawl) tokens: assumed 22 chars [A-Za-z0-9_-].
    * Apollo.io API keys: assumed 22 chars [A-Za-z0-9_-].
    * Ahrefs API v3 keys: assumed 40 chars alphanumeric.
    * PhantomBuster API keys: assumed 43 chars alphanumeric.
    * Bright Data account API token: emitted as 64 lowercase hex (unsure;
      some accounts show UUID-like tokens).
    * Apify Proxy password: assumed 25 chars alphanumeric.
    * DataForSEO API password: assumed 16 lowercase hex chars (auto-generated
      in the dashboard); login is the account e-mail.
    * Webshare API token: 40 lowercase alphanumerics; Webshare proxy passwords
      12 lowercase alphanumerics.
    * Smartproxy/Decodo auto-generated proxy passwords: 18 chars including
      ``~`` ``=`` ``+`` ``_``.
    * Instagram ``sessionid`` and Google ``__Secure-1PSID`` cookie shapes
      (``<uid>%3A<14>%3A<n>%3A<AY…>`` and ``g.a000…0076``) are from observed
      exports, not from documentation.
    * CapSolver ``CAP-`` + 32 uppercase hex: matches the example in the
      CapSolver docs (getBalance response).
    * Moz legacy Links API pair: ``mozscape-<10 hex>`` access id + 32-char
      alphanumeric secret.
    * Snov.io client secret assumed 32 lowercase hex.
    * Captcha task type names differ slightly per solver (``TurnstileTaskProxyless``
      vs CapSolver's ``AntiTurnstileTaskProxyLess``); a generic set is used.
    * S3 credentials: both halves often sit on separate lines; the needle (and
      its line) is the secret access key, the AKIA id may be one line above.
    * Random values in ``Apify webhook headersTemplate`` / n8n header-auth /
      self-hosted browserless ``TOKEN`` are user-chosen random strings; they
      have no provider format, only entropy and context.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib
from collections import Counter

N_POS = 500
N_NEG = 500

HEX = "0123456789abcdef"
HEXU = HEX.upper()
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = UP + LOW + DIG
LOWALNUM = LOW + DIG
UPALNUM = UP + DIG
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UP + "234567"

BANNED_SUBSTR = ("test", "pass", "demo", "fake", "dummy", "sample", "secret",
                 "admin", "key", "token", "abcd", "1234", "xxxx", "qwer")


def _bad(s):
    low = s.lower()
    for b in BANNED_SUBSTR:
        if b in low:
            return True
    run_eq = run_up = run_dn = 1
    for a, b in zip(s, s[1:]):
        run_eq = run_eq + 1 if a == b else 1
        run_up = run_up + 1 if ord(b) == ord(a) + 1 else 1
        run_dn = run_dn + 1 if ord(b) == ord(a) - 1 else 1
        if run_eq >= 4 or run_up >= 4 or run_dn >= 4:
            return True
    return False


def rs(r, alpha, n):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if not _bad(s):
            return s


def rhex(r, n, upper=False):
    return rs(r, HEXU if upper else HEX, n)


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62(n):
    alpha = DIG + UP + LOW
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = alpha[m] + out
    return out or "0"


def ip4(r, private=False):
    if private:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    first = r.choice([23, 31, 37, 45, 46, 51, 62, 77, 82, 89, 91, 95, 103, 104,
                      107, 138, 139, 144, 146, 149, 154, 156, 167, 178, 185,
                      188, 193, 195, 203, 212])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


NAMES = ["marek", "kasia", "jonas", "lena", "tomas", "sofia", "pedro", "ana",
         "ivan", "olga", "dmitri", "nina", "lucas", "emma", "hugo", "chloe",
         "ravi", "priya", "kenji", "yuki", "omar", "leila", "bruno", "clara",
         "felix", "mila", "arjun", "sara", "diego", "elif"]
WORDS = ["winter", "harbor", "falcon", "orchid", "granite", "velvet", "cobalt",
         "meadow", "saturn", "tundra", "lantern", "pepper", "rocket", "willow",
         "maple", "summit", "copper", "breeze", "thunder", "violet", "walrus",
         "cactus", "anchor", "comet", "badger", "sparrow", "nebula", "quartz",
         "mango", "ember", "glacier", "puffin", "raven", "sierra", "tango"]
CITIES = ["Gdansk", "Porto", "Lyon", "Krakow", "Bergen", "Dublin", "Valencia",
          "Leeds", "Austin", "Denver", "Osaka", "Tallinn", "Brno", "Ghent"]
LEET = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "5"})


def human_password(r):
    y = str(r.randint(1971, 2019))
    w = r.choice(WORDS)
    n = r.choice(NAMES)
    c = r.choice(CITIES)
    pats = [
        lambda: f"{n.capitalize()}{r.choice('.-_')}{y}{w}",
        lambda: f"{w.capitalize()}{r.choice(WORDS).capitalize()}{r.randint(10, 99)}{r.choice('!#$%&*?')}",
        lambda: f"{n}{y}{r.choice('#@!')}{c}",
        lambda: f"{w.translate(LEET).capitalize()}{r.choice('&%$')}{r.randint(2, 9)}",
        lambda: f"{c}{r.choice('_.')}{w}{r.randint(1, 31):02d}{r.choice('!?')}",
        lambda: "-".join(r.sample([x for x in WORDS if x != w], 2) + [w, str(r.randint(1, 99))]),
        lambda: f"{n.capitalize()}{y[2:]}{r.choice(WORDS).translate(LEET)}{r.choice('!.#')}",
    ]
    return r.choice(pats)()


def oxy_password(r):
    # Oxylabs proxy-user passwords are user chosen but must contain upper,
    # lower, digit and one of + _ (dashboard rule); mix human and random.
    if r.random() < 0.5:
        return human_password(r).replace("-", "_").replace(".", "_").replace("!", "+")
    while True:
        s = rs(r, ALNUM + "_+", 14)
        if any(c.isupper() for c in s) and any(c.isdigit() for c in s) and ("_" in s or "+" in s):
            return s


def aws_key_id(r):
    return "AKIA" + rs(r, B32, 16)


def aws_secret(r):
    return rs(r, B64, 40)


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def snake(name):
    return name.lower()


# ---------------------------------------------------------------------------
# Public, non-secret look-alikes used in both sets (site keys, ids, UAs)
# ---------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
]
SITES = ["books.toscrape.com", "quotes.toscrape.com", "www.zillow.com", "www.amazon.de",
         "www.ebay.co.uk", "www.bestbuy.com", "www.tripadvisor.com", "www.yelp.com",
         "www.idealista.com", "www.otto.de", "www.walmart.com", "www.booking.com",
         "www.rightmove.co.uk", "www.autotrader.com", "news.ycombinator.com",
         "www.indeed.com", "www.etsy.com", "www.homedepot.com", "www.allegro.pl"]
SITE_PATHS = {
    "books.toscrape.com": ["/catalogue/page-2.html", "/catalogue/category/books/travel_2/index.html", "/"],
    "quotes.toscrape.com": ["/page/3/", "/tag/love/", "/js/"],
    "www.zillow.com": ["/homes/for_sale/Austin,-TX_rb/", "/homes/for_rent/"],
    "www.amazon.de": ["/s?k=standing+desk", "/dp/B0C1H26C46", "/gp/bestsellers/computers/"],
    "www.ebay.co.uk": ["/sch/i.html?_nkw=thinkpad+x1", "/b/Laptops-Netbooks/175672/bn_1648276"],
    "www.bestbuy.com": ["/site/searchpage.jsp?st=oled+tv", "/site/promo/laptop-deals"],
    "www.tripadvisor.com": ["/Hotels-g187147-Paris_Ile_de_France-Hotels.html", "/Restaurants-g60763-New_York_City_New_York.html"],
    "www.yelp.com": ["/search?find_desc=plumber&find_loc=Denver", "/biz/blue-bottle-coffee-oakland"],
    "www.idealista.com": ["/en/venta-viviendas/madrid-madrid/", "/en/alquiler-viviendas/barcelona-barcelona/"],
    "www.otto.de": ["/technik/laptop/", "/moebel/schreibtische/"],
    "www.walmart.com": ["/search?q=air+fryer", "/browse/electronics/3944"],
    "www.booking.com": ["/searchresults.html?ss=Lisbon", "/hotel/pt/lisbon-city.html"],
    "www.rightmove.co.uk": ["/property-for-sale/London.html", "/property-to-rent/Manchester.html"],
    "www.autotrader.com": ["/cars-for-sale/all-cars/denver-co", "/cars-for-sale/used-cars/toyota/rav4"],
    "news.ycombinator.com": ["/news?p=2", "/newest", "/"],
    "www.indeed.com": ["/jobs?q=python&l=Remote", "/jobs?q=data+engineer&l=Berlin"],
    "www.etsy.com": ["/search?q=ceramic+mug", "/c/jewelry/earrings"],
    "www.homedepot.com": ["/b/Tools-Power-Tools-Drills/N-5yc1vZc27f", "/s/cordless%20drill"],
    "www.allegro.pl": ["/kategoria/laptopy-491", "/listing?string=rower"],
}
PROJECTS = ["pricewatch", "serp_tracker", "leadgen", "realty_crawler", "reviews_miner",
            "jobboard_scraper", "catalog_sync", "rankcheck", "competitor_intel",
            "shopmonitor", "dealfinder", "adverts_harvest", "mapsleads", "newsfeed_bot"]
KEYWORDS = ["best running shoes", "cheap flights lisbon", "crm software", "plumber near me",
            "standing desk", "wireless earbuds review", "vegan protein powder",
            "project management tool", "used cars berlin", "dog insurance"]
DOMAINS = ["example-shop.com", "acme-tools.io", "northwind.co", "brightleaf.de",
           "contoso-retail.com", "fabrikam.net", "globex.fr", "initech.co.uk"]
RECAPTCHA_TEST_SITE = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"      # Google documented test key
RECAPTCHA_TEST_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"    # Google documented test secret
TURNSTILE_TEST_SITE = "1x00000000000000000000AA"
TURNSTILE_TEST_SECRET = "1x0000000000000000000000000000000AA"
HCAPTCHA_TEST_SITE = "10000000-ffff-ffff-ffff-000000000001"
HCAPTCHA_TEST_SECRET = "0x0000000000000000000000000000000000000000"


def recaptcha_sitekey(r):
    return "6L" + r.choice("cdef") + rs(r, B64URL, 5) + "AAAAA" + rs(r, B64URL, 27)


def turnstile_sitekey(r):
    return "0x4AAAAAAA" + rs(r, B64URL, 12)


def captcha_site(r):
    k = r.random()
    if k < 0.5:
        return ("ReCaptchaV2TaskProxyless", "websiteKey", recaptcha_sitekey(r))
    if k < 0.75:
        return ("TurnstileTaskProxyless", "websiteKey", turnstile_sitekey(r))
    return ("HCaptchaTaskProxyless", "websiteKey", ruuid(r))


def apify_id(r):
    return rs(r, ALNUM, 17)


def ga_id(r):
    return "G-" + rs(r, UPALNUM, 10)


# ---------------------------------------------------------------------------
# Provider specs
# ---------------------------------------------------------------------------

GENERIC_NAMES = ["API_KEY", "TOKEN", "AUTH", "KEY", "API_TOKEN", "ACCESS_TOKEN",
                 "SERVICE_KEY", "CLIENT_KEY", "SCRAPE_KEY", "UPSTREAM_KEY", "SECRET",
                 "LLM_KEY", "CRED", "PRIMARY_KEY", "BACKEND_TOKEN", "FETCH_TOKEN"]

Q_SCRAPE, Q_SERP, Q_SEO, Q_LEAD = "scrape", "serp", "seo", "lead"


def KS(provider, kind, gen, names, styles, cat, prefix="", aux=None):
    return dict(provider=provider, kind=kind, mode="key", gen=gen, names=names,
                styles=styles, cat=cat, prefix=prefix, aux=aux)


def _aux_dfs(r):
    user = r.choice(NAMES)
    return [("login", "DATAFORSEO_LOGIN", f"{user}@{r.choice(DOMAINS)}")]


def _aux_moz(r):
    return [("login", "MOZ_ACCESS_ID", "mozscape-" + rhex(r, 10))]


def _aux_snov(r):
    return [("login", "SNOV_CLIENT_ID", rhex(r, 32))]


def _aux_bb(r):
    return [("project", "BROWSERBASE_PROJECT_ID", ruuid(r))]


def _browserless_tok(r):
    return ruuid(r) if r.random() < 0.4 else rs(r, ALNUM, 40)


KEY_SPECS = [
    KS("scraperapi", "api_key", lambda r: rhex(r, 32),
       ["SCRAPERAPI_KEY", "SCRAPER_API_KEY", "SCRAPERAPI_API_KEY"],
       [(("query", "api_key"), "https://api.scraperapi.com/")], Q_SCRAPE),
    KS("scrapingbee", "api_key", lambda r: rs(r, UPALNUM, 80),
       ["SCRAPINGBEE_API_KEY", "SCRAPINGBEE_KEY"],
       [(("query", "api_key"), "https://app.scrapingbee.com/api/v1/")], Q_SCRAPE),
    KS("zenrows", "api_key", lambda r: rhex(r, 40), ["ZENROWS_API_KEY", "ZENROWS_KEY"],
       [(("query", "apikey"), "https://api.zenrows.com/v1/")], Q_SCRAPE),
    KS("zyte", "zyte_api_key", lambda r: rhex(r, 32), ["ZYTE_API_KEY"],
       [(("basic_user",), "https://api.zyte.com/v1/extract")], Q_SCRAPE),
    KS("apify", "api_token", lambda r: "apify_api_" + rs(r, ALNUM, 36),
       ["APIFY_TOKEN", "APIFY_API_TOKEN"],
       [(("bearer",), "https://api.apify.com/v2/acts/apify~web-scraper/run-sync-get-dataset-items"),
        (("query", "token"), "https://api.apify.com/v2/acts/apify~google-search-scraper/runs")],
       Q_SCRAPE, "apify_api_"),
    KS("crawlbase", "token", lambda r: rs(r, B64URL, 22),
       ["CRAWLBASE_TOKEN", "CRAWLBASE_JS_TOKEN", "PROXYCRAWL_TOKEN"],
       [(("query", "token"), "https://api.crawlbase.com/")], Q_SCRAPE),
    KS("scrapingant", "api_key", lambda r: rhex(r, 32), ["SCRAPINGANT_API_KEY"],
       [(("header", "x-api-key", ""), "https://api.scrapingant.com/v2/general"),
        (("query", "x-api-key"), "https://api.scrapingant.com/v2/general")], Q_SCRAPE),
    KS("diffbot", "token", lambda r: rhex(r, 32), ["DIFFBOT_TOKEN", "DIFFBOT_API_TOKEN"],
       [(("query", "token"), "https://api.diffbot.com/v3/article")], Q_SCRAPE),
    KS("firecrawl", "api_key", lambda r: "fc-" + rhex(r, 32), ["FIRECRAWL_API_KEY"],
       [(("bearer",), "https://api.firecrawl.dev/v1/scrape")], Q_SCRAPE, "fc-"),
    KS("browserless", "api_token", _browserless_tok, ["BROWSERLESS_TOKEN", "BROWSERLESS_API_KEY"],
       [(("ws", "token"), "wss://production-sfo.browserless.io"),
        (("ws", "token"), "wss://chrome.browserless.io"),
        (("query", "token"), "https://production-sfo.browserless.io/content")], Q_SCRAPE),
    KS("browserbase", "api_key", lambda r: "bb_live_" + rs(r, B64URL, 27), ["BROWSERBASE_API_KEY"],
       [(("ws", "apiKey"), "wss://connect.browserbase.com"),
        (("header", "X-BB-API-Key", ""), "https://api.browserbase.com/v1/sessions")],
       Q_SCRAPE, "bb_live_", _aux_bb),
    KS("serpapi", "api_key", lambda r: rhex(r, 64), ["SERPAPI_API_KEY", "SERPAPI_KEY", "SERP_API_KEY"],
       [(("query", "api_key"), "https://serpapi.com/search.json")], Q_SERP),
    KS("dataforseo", "api_password", lambda r: rhex(r, 16), ["DATAFORSEO_PASSWORD", "DATAFORSEO_API_PASSWORD"],
       [(("basic_pair",), "https://api.dataforseo.com/v3/serp/google/organic/live/advanced")],
       Q_SERP, "", _aux_dfs),
    KS("serper", "api_key", lambda r: rhex(r, 40), ["SERPER_API_KEY"],
       [(("header", "X-API-KEY", ""), "https://google.serper.dev/search")], Q_SERP),
    KS("valueserp", "api_key", lambda r: rhex(r, 32, True), ["VALUESERP_API_KEY", "VALUE_SERP_KEY"],
       [(("query", "api_key"), "https://api.valueserp.com/search")], Q_SERP),
    KS("2captcha", "api_key", lambda r: rhex(r, 32), ["TWOCAPTCHA_API_KEY", "APIKEY_2CAPTCHA", "CAPTCHA_API_KEY"],
       [(("body", "clientKey"), "https://api.2captcha.com/createTask"),
        (("query", "key"), "https://2captcha.com/in.php")], "captcha"),
    KS("anticaptcha", "client_key", lambda r: rhex(r, 32), ["ANTICAPTCHA_KEY", "ANTI_CAPTCHA_API_KEY"],
       [(("body", "clientKey"), "https://api.anti-captcha.com/createTask")], "captcha"),
    KS("capsolver", "api_key", lambda r: "CAP-" + rhex(r, 32, True), ["CAPSOLVER_API_KEY"],
       [(("body", "clientKey"), "https://api.capsolver.com/createTask")], "captcha", "CAP-"),
    KS("capmonster", "client_key", lambda r: rhex(r, 32), ["CAPMONSTER_API_KEY", "CAPMONSTER_KEY"],
       [(("body", "clientKey"), "https://api.capmonster.cloud/createTask")], "captcha"),
    KS("semrush", "api_key", lambda r: rhex(r, 32), ["SEMRUSH_API_KEY"],
       [(("query", "key"), "https://api.semrush.com/")], Q_SEO),
    KS("ahrefs", "api_key", lambda r: rs(r, ALNUM, 40), ["AHREFS_API_KEY", "AHREFS_TOKEN"],
       [(("bearer",), "https://api.ahrefs.com/v3/site-explorer/domain-rating")], Q_SEO),
    KS("moz", "secret_key", lambda r: rs(r, ALNUM, 32), ["MOZ_SECRET_KEY", "MOZ_SECRET"],
       [(("basic_pair",), "https://lsapi.seomoz.com/v2/url_metrics")], Q_SEO, "", _aux_moz),
    KS("similarweb", "api_key", lambda r: rhex(r, 32), ["SIMILARWEB_API_KEY"],
       [(("header", "api-key", ""), "https://api.similarweb.com/v1/website/{domain}/total-traffic-and-engagement/visits"),
        (("query", "api_key"), "https://api.similarweb.com/v1/website/{domain}/total-traffic-and-engagement/visits")], Q_SEO),
    KS("builtwith", "api_key", ruuid, ["BUILTWITH_API_KEY", "BUILTWITH_KEY"],
       [(("query", "KEY"), "https://api.builtwith.com/v21/api.json")], Q_SEO),
    KS("hunter", "api_key", lambda r: rhex(r, 40), ["HUNTER_API_KEY", "HUNTER_IO_KEY"],
       [(("query", "api_key"), "https://api.hunter.io/v2/domain-search")], Q_LEAD),
    KS("clearbit", "secret_key", lambda r: "sk_" + rhex(r, 32), ["CLEARBIT_API_KEY", "CLEARBIT_SECRET_KEY"],
       [(("bearer",), "https://person.clearbit.com/v2/combined/find")], Q_LEAD, "sk_"),
    KS("apollo", "api_key", lambda r: rs(r, B64URL, 22), ["APOLLO_API_KEY"],
       [(("header", "X-Api-Key", ""), "https://api.apollo.io/api/v1/mixed_people/search")], Q_LEAD),
    KS("snov", "client_secret", lambda r: rhex(r, 32), ["SNOV_CLIENT_SECRET"],
       [(("form", "client_secret"), "https://api.snov.io/v1/oauth/access_token")], Q_LEAD, "", _aux_snov),
    KS("phantombuster", "api_key", lambda r: rs(r, ALNUM, 43), ["PHANTOMBUSTER_API_KEY", "PB_API_KEY"],
       [(("header", "X-Phantombuster-Key-1", ""), "https://api.phantombuster.com/api/v2/agents/launch")], Q_LEAD),
    KS("webshare", "api_token", lambda r: rs(r, LOWALNUM, 40), ["WEBSHARE_API_TOKEN", "WEBSHARE_TOKEN"],
       [(("header", "Authorization", "Token "), "https://proxy.webshare.io/api/v2/proxy/list/?mode=direct&page=1&page_size=25")], "proxyapi"),
    KS("brightdata", "api_token", lambda r: rhex(r, 64), ["BRIGHTDATA_API_TOKEN", "BRD_API_KEY"],
       [(("bearer",), "https://api.brightdata.com/request")], Q_SCRAPE),
]

KEY_SPECS += [
    KS("dataforseo", "basic_auth_header",
       lambda r: base64.b64encode(f"{r.choice(NAMES)}@{r.choice(DOMAINS)}:{rhex(r, 16)}".encode()).decode(),
       ["DATAFORSEO_AUTH", "DFS_BASIC_AUTH", "DATAFORSEO_BASIC"],
       [(("basic_header",), "https://api.dataforseo.com/v3/serp/google/organic/live/advanced")], Q_SERP),
    KS("browserless", "self_hosted_token", lambda r: rs(r, ALNUM, r.choice([24, 32, 40])),
       ["BROWSERLESS_TOKEN", "CHROME_TOKEN"],
       [(("ws", "token"), "ws://browserless:3000"), (("ws", "token"), "ws://localhost:3000")], Q_SCRAPE),
]

ZONES = ["residential_proxy1", "datacenter_proxy1", "isp_proxy1", "mobile_proxy1",
         "serp_api1", "unblocker", "residential_de", "scraping_browser1"]


def _u_brd(r):
    return (f"brd-customer-hl_{rhex(r, 8)}-zone-{r.choice(ZONES[:7])}"
            + r.choice(["", "", "-country-us", "-country-de", f"-session-{r.randint(10000, 999999)}"]))


def _u_oxy(r):
    return (f"customer-{r.choice(NAMES)}{r.choice(['', '_', ''])}{r.choice(WORDS)}{r.randint(1, 99)}"
            + r.choice(["", "-cc-US", "-cc-DE-city-berlin", f"-sessid-{rs(r, LOWALNUM, 10)}", "-cc-GB-sesstime-10"]))


def _u_sp(r):
    return r.choice([f"sp{rs(r, LOWALNUM, 8)}", f"user-sp{rs(r, LOWALNUM, 8)}-sessionduration-30",
                     f"user-sp{rs(r, LOWALNUM, 8)}-country-us"])


def _p_sp(r):
    while True:
        s = rs(r, ALNUM + "~=+_", 18)
        if sum(c in "~=+_" for c in s) >= 2:
            return s


PROXY_PROVIDERS = {
    "brightdata": dict(pfx="BRIGHTDATA", hosts=["brd.superproxy.io:33335", "brd.superproxy.io:22225",
                                               "zproxy.lum-superproxy.io:22225"],
                       user=_u_brd, pw=lambda r: rs(r, LOWALNUM, 12),
                       modes=["proxy_url", "proxy_user_pass", "proxy_list_line", "proxy_page_auth"]),
    "oxylabs": dict(pfx="OXYLABS", hosts=["pr.oxylabs.io:7777", "dc.oxylabs.io:8000", "us-pr.oxylabs.io:10000",
                                          "isp.oxylabs.io:8001"],
                    user=_u_oxy, pw=oxy_password,
                    modes=["proxy_url", "proxy_user_pass", "proxy_page_auth"]),
    "smartproxy": dict(pfx="SMARTPROXY", hosts=["gate.smartproxy.com:7000", "gate.decodo.com:7000",
                                                "gate.decodo.com:10001", "us.smartproxy.com:10000"],
                       user=_u_sp, pw=_p_sp, modes=["proxy_url", "proxy_user_pass", "proxy_list_line"]),
    "iproyal": dict(pfx="IPROYAL", hosts=["geo.iproyal.com:12321", "geo.iproyal.com:32325"],
                    user=lambda r: rs(r, LOWALNUM, 8), pw=lambda r: rs(r, ALNUM, 12),
                    suffix=lambda r: r.choice(["_country-us", "_country-de_session-" + rs(r, ALNUM, 8) + "_lifetime-30m",
                                               "_country-gb_city-london", ""]),
                    modes=["proxy_url", "proxy_list_line"]),
    "webshare": dict(pfx="WEBSHARE", hosts=["p.webshare.io:80", "p.webshare.io:9999"],
                     user=lambda r: rs(r, LOW, 8) + r.choice(["-rotate", "-1", "-us-rotate", "-12"]),
                     pw=lambda r: rs(r, LOWALNUM, 12), modes=["proxy_url", "proxy_list_line"]),
    "soax": dict(pfx="SOAX", hosts=["proxy.soax.com:5000", "proxy.soax.com:9000"],
                 user=lambda r: f"package-{r.randint(100000, 399999)}" + r.choice(
                     ["", "-country-us", f"-country-de-sessionid-{rs(r, LOWALNUM, 10)}-sessionlength-300"]),
                 pw=lambda r: rs(r, ALNUM, 16), modes=["proxy_url", "proxy_user_pass"]),
    "netnut": dict(pfx="NETNUT", hosts=["gw.netnut.net:5959", "gw-am.netnut.net:5959", "gw-eu.netnut.net:5959"],
                   user=lambda r: f"{r.choice(PROJECTS).split('_')[0]}{r.randint(1, 9)}-{r.choice(['res', 'dc', 'isp'])}-{r.choice(['us', 'any', 'de', 'gb'])}",
                   pw=lambda r: rs(r, ALNUM, 12), modes=["proxy_url", "proxy_user_pass"]),
    "zyte": dict(pfx="ZYTE", hosts=["proxy.zyte.com:8011", "proxy.crawlera.com:8011", "api.zyte.com:8011"],
                 user=lambda r: rhex(r, 32), pw=lambda r: "", key_is_user=True,
                 modes=["proxy_url"]),
    "apify": dict(pfx="APIFY_PROXY", hosts=["proxy.apify.com:8000"],
                  user=lambda r: r.choice(["auto", "groups-RESIDENTIAL,country-US", "groups-GOOGLE_SERP",
                                           f"groups-RESIDENTIAL,session-{rs(r, LOWALNUM, 8)}"]),
                  pw=lambda r: rs(r, ALNUM, 25), modes=["proxy_url", "proxy_user_pass"]),
}

COOKIE_SPECS = {
    "linkedin": dict(kind="li_at_session_cookie", name="li_at", domain=".www.linkedin.com",
                     site="https://www.linkedin.com/feed/",
                     gen=lambda r: "AQED" + rs(r, B64URL, r.randint(140, 170)),
                     comp=lambda r: [("JSESSIONID", f'"ajax:{r.randint(10**18, 10**19 - 1)}"'),
                                     ("lang", "v=2&lang=en-us"),
                                     ("bcookie", f'"v=2&{ruuid(r)}"'),
                                     ("timezone", "Europe/Berlin")]),
    "x": dict(kind="auth_token_cookie", name="auth_token", domain=".x.com", site="https://x.com/home",
              gen=lambda r: rhex(r, 40),
              comp=lambda r: [("guest_id", f"v1%3A{r.randint(10**17, 10**18 - 1)}"), ("lang", "en"),
                              ("night_mode", "2"), ("twtr_pixel_opt_in", "N")]),
    "instagram": dict(kind="sessionid_cookie", name="sessionid", domain=".instagram.com",
                      site="https://www.instagram.com/",
                      gen=lambda r: f"{r.randint(10**9, 10**11)}%3A{rs(r, ALNUM, 14)}%3A{r.randint(1, 29)}%3AAY{rs(r, B64URL, 46)}",
                      comp=lambda r: [("ds_user_id", str(r.randint(10**9, 10**11))), ("ig_nrcb", "1"),
                                      ("ig_did", ruuid(r).upper()), ("dpr", "2")]),
    "google": dict(kind="secure_1psid_cookie", name="__Secure-1PSID", domain=".google.com",
                   site="https://gemini.google.com/app",
                   gen=lambda r: "g.a000" + rs(r, B64URL, 140) + "0076",
                   comp=lambda r: [("CONSENT", "YES+cb.20230117-07-p0.en+FX+410"), ("SOCS", "CAISHAgBEhJnd3NfMjAyMzA4MTAtMF9SQzIaAmVuIAEaBgiA_LWmBg"),
                                   ("_ga", f"GA1.1.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}")]),
    "django_site": dict(kind="sessionid_cookie", name="sessionid", domain="portal.{dom}",
                        site="https://portal.{dom}/account/orders/",
                        gen=lambda r: rs(r, LOWALNUM, 32),
                        comp=lambda r: [("django_language", "en"), ("_gid", f"GA1.2.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"),
                                        ("cookie_consent", "accepted")]),
}


# ---------------------------------------------------------------------------
# Value model: ("lit", s) | ("env", NAME) | ("tmpl", pre, NAME, post)
# ---------------------------------------------------------------------------

def lit(s):
    return ("lit", s)


def env(n):
    return ("env", n)


def tmpl(pre, n, post):
    return ("tmpl", pre, n, post)


class TGT:
    """Marker for the loop variable holding the current target."""


class Ref:
    def __init__(self, name):
        self.name = name


def varname(lang, name):
    if lang == "go":
        return camel(name)
    if lang == "php":
        return "$" + camel(name)
    return name


def ser(lang, o):
    if isinstance(o, Ref):
        return varname(lang, o.name)
    if o is TGT:
        return {"php": "$target", "rb": "target"}.get(lang, "target")
    if isinstance(o, bool):
        return {"py": "True" if o else "False"}.get(lang, "true" if o else "false")
    if isinstance(o, (int, float)):
        return str(o)
    if isinstance(o, str):
        return ("'" + o.replace("'", "\\'") + "'") if lang == "php" else json.dumps(o)
    if isinstance(o, list):
        inner = ", ".join(ser(lang, x) for x in o)
        if lang == "go":
            return "[]any{" + inner + "}"
        return "[" + inner + "]"
    if isinstance(o, dict):
        if lang == "go":
            return "map[string]any{" + ", ".join(f"{json.dumps(k)}: {ser(lang, v)}" for k, v in o.items()) + "}"
        if lang == "php":
            return "[" + ", ".join(f"'{k}' => {ser(lang, v)}" for k, v in o.items()) + "]"
        if lang == "rb":
            return "{ " + ", ".join(f"{json.dumps(k)} => {ser(lang, v)}" for k, v in o.items()) + " }"
        if lang in ("js", "ts"):
            return "{ " + ", ".join(f"{k if k.isidentifier() else json.dumps(k)}: {ser(lang, v)}" for k, v in o.items()) + " }"
        return "{" + ", ".join(f"{json.dumps(k)}: {ser(lang, v)}" for k, v in o.items()) + "}"
    raise TypeError(o)


# ---------------------------------------------------------------------------
# Payloads: what a file says (variables + how they are used)
# ---------------------------------------------------------------------------

def mkvar(role, name, v, envname=None, secret=False):
    return dict(role=role, name=name, v=v, env=envname or name, secret=secret)


def targets_for(r, cat):
    if cat in (Q_SERP,):
        return r.sample(KEYWORDS, 3)
    if cat in (Q_SEO, Q_LEAD):
        return r.sample(DOMAINS, 3)
    if cat == "email":
        return [f"{n}@{d}" for n, d in zip(r.sample(NAMES, 2), r.sample(DOMAINS, 2))]
    out = []
    for s in r.sample(SITES, 3):
        out.append(f"https://{s}{r.choice(SITE_PATHS.get(s, ['/']))}")
    return out


def request_shape(r, p):
    """Return (method, params, body) with KEY marker already placed for query style."""
    prov, style = p["provider"], p["style"]
    K = Ref(p["keyname"]) if p.get("keyname") else None
    L = Ref(p["loginname"]) if p.get("loginname") else None
    params, body, method = {}, None, "GET"
    if prov == "scraperapi":
        params = {"url": TGT, "country_code": r.choice(["us", "de", "gb"])}
    elif prov == "scrapingbee":
        params = {"url": TGT, "render_js": r.choice(["true", "false"]), "premium_proxy": "true"}
    elif prov == "zenrows":
        params = {"url": TGT, "js_render": "true", "premium_proxy": r.choice(["true", "false"])}
    elif prov == "zyte":
        method, body = "POST", {"url": TGT, "browserHtml": True}
    elif prov == "apify":
        method = "POST"
        body = {"startUrls": [{"url": TGT}], "maxPagesPerCrawl": r.choice([20, 50, 100])}
    elif prov in ("crawlbase", "diffbot"):
        params = {"url": TGT}
    elif prov == "scrapingant":
        params = {"url": TGT, "browser": "false", "proxy_country": "US"}
    elif prov == "firecrawl":
        method, body = "POST", {"url": TGT, "formats": ["markdown"], "onlyMainContent": True}
    elif prov == "browserless":
        method, body = "POST", {"url": TGT, "gotoOptions": {"waitUntil": "networkidle2"}}
    elif prov == "browserbase":
        method, body = "POST", {"projectId": Ref(p["projectname"]), "browserSettings": {"solveCaptchas": True}}
    elif prov == "serpapi":
        params = {"engine": "google", "q": TGT, "location": "Austin, Texas, United States", "hl": "en", "gl": "us"}
    elif prov == "dataforseo":
        method, body = "POST", [{"keyword": TGT, "location_code": 2840, "language_code": "en", "depth": 20}]
    elif prov == "serper":
        method, body = "POST", {"q": TGT, "gl": "us", "num": 20}
    elif prov == "valueserp":
        params = {"q": TGT, "location": "United States", "num": 20, "output": "json"}
    elif prov == "2captcha":
        params = {"method": "userrecaptcha", "googlekey": recaptcha_sitekey(r), "pageurl": TGT, "json": 1}
    elif prov == "semrush":
        params = {"type": "domain_organic", "domain": TGT, "database": "us", "display_limit": 50,
                  "export_columns": "Ph,Po,Nq,Cp,Ur"}
    elif prov == "ahrefs":
        params = {"target": TGT, "date": "2024-05-01", "protocol": "both"}
    elif prov == "moz":
        method, body = "POST", {"targets": [TGT]}
    elif prov == "similarweb":
        params = {"start_date": "2024-01", "end_date": "2024-03", "country": "world", "granularity": "monthly"}
    elif prov == "builtwith":
        params = {"LOOKUP": TGT, "HIDETEXT": "yes"}
    elif prov == "hunter":
        params = {"domain": TGT, "limit": 25, "type": "personal"}
    elif prov == "clearbit":
        params = {"email": TGT}
    elif prov == "apollo":
        method, body = "POST", {"q_organization_domains": TGT, "page": 1, "per_page": 25}
    elif prov == "snov":
        method, body = "FORM", {"grant_type": "client_credentials", "client_id": L, "client_secret": K}
    elif prov == "phantombuster":
        method, body = "POST", {"id": str(r.randint(10**15, 10**16 - 1)), "argument": {"spreadsheetUrl": TGT}}
    elif prov == "brightdata":
        method, body = "POST", {"zone": r.choice(["web_unlocker1", "serp_api1"]), "url": TGT, "format": "raw"}
    if style[0] == "query" and K is not None:
        params = {style[1]: K, **params}
    return method, params, body


def pick_name(r, names, generic_prob=0.33):
    if r.random() < generic_prob:
        return r.choice(GENERIC_NAMES), True
    return r.choice(names), False


def build_key(r, spec):
    style, endpoint = r.choice(spec["styles"])
    key = spec["gen"](r)
    name, generic = pick_name(r, spec["names"])
    p = dict(provider=spec["provider"], kind=spec["kind"], mode="key", style=style, endpoint=endpoint,
             cat=spec["cat"], prefix=spec["prefix"], vars=[], needle=key, generic=generic)
    if spec["provider"] == "clearbit":
        p["cat"] = "email"
    for role, nm, val in (spec["aux"](r) if spec["aux"] else []):
        p["vars"].append(mkvar(role, nm, lit(val)))
        if role == "login":
            p["loginname"] = nm
        if role == "project":
            p["projectname"] = nm
    if style[0] == "body":
        p["family"] = "captcha"
    elif style[0] == "ws":
        p["family"] = "ws"
    else:
        p["family"] = "http"
    inline = style[0] in ("query", "ws") and r.random() < 0.3 and spec["provider"] != "similarweb"
    if inline:
        sep = "&" if "?" in endpoint else "?"
        if style[0] == "ws":
            url = f"{endpoint}{sep}{style[1]}={key}" + r.choice(["", "&stealth=true", "&blockAds=true", "&timeout=60000"])
            uname = r.choice(["BROWSER_WS", "WS_ENDPOINT", "BROWSERLESS_URL", "CDP_URL", "REMOTE_BROWSER"])
        else:
            url = f"{endpoint}{sep}{style[1]}={key}"
            uname = r.choice(["API_BASE", "ENDPOINT", "BASE_URL", "SCRAPE_URL", "API_URL"])
        p["vars"].append(mkvar("url", uname, lit(url), spec["names"][0], True))
        p["urlname"] = uname
        p["url_parts"] = (url[:url.index(key)], url[url.index(key) + len(key):])
    else:
        p["vars"].append(mkvar("key", name, lit(key), spec["names"][0], True))
        p["keyname"] = name
    return p


def build_proxy(r, prov, mode):
    d = PROXY_PROVIDERS[prov]
    host, port = r.choice(d["hosts"]).split(":")
    user, pw = d["user"](r), d["pw"](r)
    needle = user if d.get("key_is_user") else pw
    if "suffix" in d:
        pw = pw + d["suffix"](r)
    kind = {"proxy_url": "proxy_url_credentials", "proxy_user_pass": "proxy_user_pass",
            "proxy_list_line": "proxy_list_line", "proxy_page_auth": "proxy_browser_auth"}[mode]
    if d.get("key_is_user"):
        kind = "smart_proxy_manager_key"
    p = dict(provider=prov, kind=kind, mode=mode, family="proxy", vars=[], needle=needle, host=host,
             port=port, user=user, pw=pw, prefix="", cat=Q_SCRAPE, generic=False)
    pfx = d["pfx"]
    if mode == "proxy_url":
        scheme = "http"
        if prov in ("oxylabs", "iproyal", "webshare", "soax") and r.random() < 0.2:
            scheme = "socks5h"
        url = f"{scheme}://{user}:{pw}@{host}:{port}"
        name = r.choice(["PROXY_URL", "HTTP_PROXY", "HTTPS_PROXY", "RESIDENTIAL_PROXY", "PROXY",
                         f"{pfx}_PROXY_URL", f"{pfx}_PROXY", "UPSTREAM_PROXY", "ROTATING_PROXY"])
        p["generic"] = not name.startswith(pfx)
        p["vars"].append(mkvar("url", name, lit(url), "PROXY_URL", True))
        p["urlname"] = name
        p["scheme"] = scheme
        p["url_parts"] = (f"{scheme}://{user}:", f"@{host}:{port}") if not d.get("key_is_user") else (f"{scheme}://", f":@{host}:{port}")
    else:
        hn, pn, un, wn = r.choice([
            ("PROXY_HOST", "PROXY_PORT", "PROXY_USER", "PROXY_PASS"),
            ("PROXY_HOST", "PROXY_PORT", "PROXY_USERNAME", "PROXY_PASSWORD"),
            (f"{pfx}_HOST", f"{pfx}_PORT", f"{pfx}_USERNAME", f"{pfx}_PASSWORD"),
            (f"{pfx}_HOST", f"{pfx}_PORT", f"{pfx}_USER", f"{pfx}_PASS"),
            ("PX_HOST", "PX_PORT", "PX_USER", "PX_AUTH"),
        ])
        p["generic"] = not wn.startswith(pfx)
        p["vars"] += [mkvar("host", hn, lit(host)), mkvar("port", pn, lit(port)),
                      mkvar("user", un, lit(user)), mkvar("pass", wn, lit(pw), "PROXY_PASS", True)]
        p.update(hostname=hn, portname=pn, username=un, passname=wn)
    return p


def build_cookie(r, which):
    c = COOKIE_SPECS[which]
    dom = r.choice(DOMAINS)
    val = c["gen"](r)
    p = dict(provider=which, kind=c["kind"], mode="cookie", family="cookie", needle=val, vars=[],
             cname=c["name"], cdomain=c["domain"].format(dom=dom), site=c["site"].format(dom=dom),
             comp=c["comp"](r), prefix="", cat=Q_SCRAPE, generic=False)
    p["cookies"] = [(c["name"], lit(val), True)] + [(n, lit(v), False) for n, v in p["comp"]]
    r.shuffle(p["cookies"])
    return p


def build_s3(r):
    kid, sec = aws_key_id(r), aws_secret(r)
    bucket = f"{r.choice(PROJECTS).replace('_', '-')}-{r.choice(['raw', 'exports', 'scraped', 'feeds'])}-{r.choice(['prod', 'eu', 'data'])}"
    return dict(provider="aws", kind="s3_secret_access_key", mode="s3", family="s3", needle=sec, prefix="",
                cat=Q_SCRAPE, bucket=bucket, generic=False,
                vars=[mkvar("keyid", "AWS_ACCESS_KEY_ID", lit(kid)),
                      mkvar("secret", "AWS_SECRET_ACCESS_KEY", lit(sec), "AWS_SECRET_ACCESS_KEY", True)],
                keyid=kid)


def build_grid(r):
    user = r.choice(["admin", "grid", "qa", "selenium", "ci-runner", r.choice(NAMES)])
    pw = human_password(r)
    host = r.choice(["selenium-hub.internal", "grid.qa.local", "10.0.4.17", "selenium.ops-tools.net", "localhost"])
    p = dict(provider="selenium_grid", kind="grid_basic_auth_password", mode="grid", family="grid", needle=pw,
             prefix="", cat=Q_SCRAPE, user=user, pw=pw, host=host, vars=[], generic=False)
    if r.random() < 0.6:
        url = f"http://{user}:{pw}@{host}:4444/wd/hub"
        name = r.choice(["SELENIUM_REMOTE_URL", "GRID_URL", "REMOTE_WEBDRIVER", "HUB_URL", "WEBDRIVER_URL"])
        p["vars"].append(mkvar("url", name, lit(url), "SELENIUM_REMOTE_URL", True))
        p["urlname"] = name
        p["url_parts"] = (f"http://{user}:", f"@{host}:4444/wd/hub")
    else:
        p["vars"] += [mkvar("user", "SE_ROUTER_USERNAME", lit(user)),
                      mkvar("pass", "SE_ROUTER_PASSWORD", lit(pw), "SE_ROUTER_PASSWORD", True)]
        p.update(username="SE_ROUTER_USERNAME", passname="SE_ROUTER_PASSWORD")
    return p


def build_webhook(r):
    sec = rs(r, ALNUM, r.choice([32, 40])) if r.random() < 0.6 else rhex(r, 48)
    name, generic = pick_name(r, ["WEBHOOK_SECRET", "APIFY_WEBHOOK_SECRET", "HOOK_SECRET"], 0.3)
    return dict(provider="apify", kind="webhook_secret", mode="webhook", family="webhook", needle=sec,
                prefix="", cat=Q_SCRAPE, generic=generic,
                vars=[mkvar("key", name, lit(sec), "WEBHOOK_SECRET", True)], keyname=name)


# ---------------------------------------------------------------------------
# Value formatting per language
# ---------------------------------------------------------------------------

def fv(lang, v, es=0):
    """Format value v for language lang; es selects an env-access idiom."""
    t = v[0]
    if lang in ("py", "ipynb"):
        if t == "lit":
            return json.dumps(v[1])
        if t == "env":
            return [f'os.environ["{v[1]}"]', f'os.getenv("{v[1]}")', f'os.environ.get("{v[1]}", "")'][es % 3]
        return 'f"' + v[1].replace("{", "{{") + "{os.environ['" + v[2] + "']}" + v[3] + '"'
    if lang in ("js", "ts"):
        if t == "lit":
            return "'" + v[1] + "'"
        if t == "env":
            return [f"process.env.{v[1]}", f"process.env.{v[1]} ?? ''", f"process.env['{v[1]}']"][es % 3] + ("!" if lang == "ts" and es % 3 == 0 else "")
        return "`" + v[1] + "${process.env." + v[2] + "}" + v[3] + "`"
    if lang == "go":
        if t == "lit":
            return json.dumps(v[1])
        if t == "env":
            return f'os.Getenv("{v[1]}")'
        return f'"{v[1]}" + os.Getenv("{v[2]}") + "{v[3]}"'
    if lang == "rb":
        if t == "lit":
            return json.dumps(v[1]) if "#" not in v[1] else "'" + v[1] + "'"
        if t == "env":
            return [f'ENV.fetch("{v[1]}")', f'ENV["{v[1]}"]'][es % 2]
        return '"' + v[1] + "#{ENV.fetch('" + v[2] + "')}" + v[3] + '"'
    if lang == "php":
        if t == "lit":
            return "'" + v[1] + "'"
        if t == "env":
            return [f"getenv('{v[1]}')", f"$_ENV['{v[1]}']"][es % 2]
        return "'" + v[1] + "' . getenv('" + v[2] + "') . '" + v[3] + "'"
    if lang == "sh":
        if t == "lit":
            return '"' + v[1] + '"' if "$" not in v[1] else "'" + v[1] + "'"
        if t == "env":
            return ['"${' + v[1] + ':?set ' + v[1] + '}"', '"${' + v[1] + '}"', '"$' + v[1] + '"'][es % 3]
        return '"' + v[1] + "${" + v[2] + "}" + v[3] + '"'
    if lang in ("env", "yaml", "compose", "toml", "cfg", "txt"):
        if t == "lit":
            return v[1]
        if t == "env":
            return "${" + v[1] + "}"
        return v[1] + "${" + v[2] + "}" + v[3]
    if lang == "gha":
        if t == "lit":
            return v[1]
        if t == "env":
            return "${{ secrets." + v[1] + " }}"
        return v[1] + "${{ secrets." + v[2] + " }}" + v[3]
    if lang == "n8n":
        if t == "lit":
            return v[1]
        if t == "env":
            return "={{ $env." + v[1] + " }}"
        return "=" + v[1] + "{{ $env." + v[2] + " }}" + v[3]
    if lang == "postman":
        if t == "lit":
            return v[1]
        if t == "env":
            return "{{" + camel(v[1]) + "}}"
        return v[1] + "{{" + camel(v[2]) + "}}" + v[3]
    if lang == "apify":
        if t == "lit":
            return v[1]
        if t == "env":
            return "@" + camel(v[1])
        return v[1] + "@" + camel(v[2]) + v[3]
    raise ValueError(lang)


def var(p, role):
    for x in p["vars"]:
        if x["role"] == role:
            return x
    return None


def assign_lines(lang, p, es=0, skip=()):
    out = []
    for x in p["vars"]:
        if x["role"] in skip:
            continue
        n = varname(lang, x["name"])
        val = fv(lang, x["v"], es)
        if lang in ("py", "ipynb", "rb"):
            out.append(f"{n} = {val}")
        elif lang in ("js",):
            out.append(f"const {n} = {val};")
        elif lang == "ts":
            out.append(f"const {n}: string = {val};" if x["v"][0] == "lit" else f"const {n} = {val};")
        elif lang == "go":
            out.append(f"\t{n} = {val}")
        elif lang == "php":
            out.append(f"{n} = {val};")
        elif lang == "sh":
            out.append(f"{n}={val}")
    return out


def url_expr(lang, p):
    e = p["endpoint"]
    if "{domain}" in e:
        if lang == "py":
            return 'f"' + e.replace("{domain}", "{target}") + '"'
        if lang in ("js", "ts"):
            return "`" + e.replace("{domain}", "${target}") + "`"
        if lang == "go":
            return 'fmt.Sprintf("' + e.replace("{domain}", "%s") + '", target)'
        if lang == "rb":
            return '"' + e.replace("{domain}", "#{target}") + '"'
        if lang == "php":
            return '"' + e.replace("{domain}", "{$target}") + '"'
        if lang == "sh":
            return '"' + e.replace("{domain}", "${target}") + '"'
    return ser(lang, e) if lang != "sh" else '"' + e + '"'


def strip_key(params, p):
    if p.get("urlname") and p["style"][0] == "query":
        params = {k: v for k, v in params.items() if k != p["style"][1]}
    return params


# ---------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------

def py_http_call(r, p, ind="    "):
    method, params, body = request_shape(r, p)
    st = p["style"]
    K = p.get("keyname")
    L = p.get("loginname")
    url = p["urlname"] if p.get("urlname") else url_expr("py", p)
    kw = []
    if params:
        kw.append(f"params={ser('py', params)}")
    if st[0] == "header":
        hv = f'f"{st[2]}{{{K}}}"' if st[2] else K
        kw.append(f'headers={{"{st[1]}": {hv}}}')
    elif st[0] == "bearer":
        kw.append(f'headers={{"Authorization": f"Bearer {{{K}}}"}}')
    elif st[0] == "basic_header":
        kw.append(f'headers={{"Authorization": f"Basic {{{K}}}"}}')
    elif st[0] == "basic_user":
        kw.append(f'auth=({K}, "")')
    elif st[0] == "basic_pair":
        kw.append(f"auth=({L}, {K})")
    if method == "POST":
        kw.append(f"json={ser('py', body)}")
    elif method == "FORM":
        kw.append(f"data={ser('py', body)}")
    kw.append(f"timeout={r.choice([30, 60, 70, 90])}")
    fn = "get" if method == "GET" else "post"
    lines = [f"{ind}resp = session.{fn}(", f"{ind}    {url},"]
    lines += [f"{ind}    {k}," for k in kw]
    lines.append(f"{ind})")
    return lines


def py_vars_block(r, p, es):
    return assign_lines("py", p, es)


def py_script_http(r, p, es):
    tg = targets_for(r, p["cat"])
    imps = ["import csv", "import os", "import time"]
    lines = ["#!/usr/bin/env python3", f'"""{r.choice(["Nightly", "Ad-hoc", "Batch", "Quick"])} {p["provider"]} pull for the {r.choice(PROJECTS)} pipeline."""']
    lines += imps + ["", "import requests", ""]
    lines += py_vars_block(r, p, es)
    lines += [f'OUT_FILE = "data/{p["provider"]}_{r.randint(1, 12):02d}.csv"', "", "TARGETS = ["]
    lines += [f"    {json.dumps(t)}," for t in tg] + ["]", "", ""]
    lines += ["def fetch(session, target):"]
    lines += py_http_call(r, p)
    lines += ["    resp.raise_for_status()", "    return resp", "", ""]
    lines += ["def main():", "    session = requests.Session()",
              f'    session.headers["User-Agent"] = "{r.choice(UAS)}"', "    rows = []",
              "    for target in TARGETS:", "        try:", "            resp = fetch(session, target)",
              "        except requests.HTTPError as exc:", '            print(f"[warn] {target}: {exc}")',
              "            continue",
              '        rows.append({"target": target, "status": resp.status_code, "size": len(resp.content)})',
              f"        time.sleep({r.choice(['1.5', '2', '0.5', '3'])})",
              '    with open(OUT_FILE, "w", newline="") as fh:',
              '        writer = csv.DictWriter(fh, fieldnames=["target", "status", "size"])',
              "        writer.writeheader()", "        writer.writerows(rows)", "", "",
              'if __name__ == "__main__":', "    main()"]
    return lines


def py_script_captcha(r, p, es):
    typ, fld, sk = captcha_site(r)
    page = targets_for(r, Q_SCRAPE)[0]
    K = p["keyname"]
    base = p["endpoint"].rsplit("/", 1)[0]
    lines = ['"""Solve the login captcha before the crawler starts."""', "import os", "import time", "",
             "import requests", ""]
    lines += py_vars_block(r, p, es)
    lines += [f'API = "{base}"', f'PAGE_URL = "{page}"', f'SITE_KEY = "{sk}"  # public sitekey from the page source', "", "",
              "def solve(timeout=120):",
              "    task = {",
              f'        "clientKey": {K},',
              f'        "task": {{"type": "{typ}", "websiteURL": PAGE_URL, "{fld}": SITE_KEY}},',
              "    }",
              '    created = requests.post(f"{API}/createTask", json=task, timeout=30).json()',
              '    if created.get("errorId"):',
              '        raise RuntimeError(created.get("errorDescription"))',
              '    task_id = created["taskId"]',
              "    deadline = time.time() + timeout",
              "    while time.time() < deadline:",
              "        time.sleep(5)",
              "        res = requests.post(",
              f'            f"{{API}}/getTaskResult", json={{"clientKey": {K}, "taskId": task_id}}, timeout=30',
              "        ).json()",
              '        if res.get("status") == "ready":',
              '            return res["solution"].get("gRecaptchaResponse") or res["solution"].get("token")',
              '    raise TimeoutError(f"task {task_id} not ready")', "", "",
              'if __name__ == "__main__":', "    print(solve()[:40], \"...\")"]
    return lines


def py_ws(r, p, es):
    if p.get("urlname"):
        ws = p["urlname"]
    else:
        ws = f'f"{p["endpoint"]}?{p["style"][1]}={{{p["keyname"]}}}"'
    lines = ['"""Render JS-heavy listing pages on a remote Chrome."""', "import os", "",
             "from playwright.sync_api import sync_playwright", ""]
    lines += py_vars_block(r, p, es)
    lines += ["", "URLS = ["] + [f"    {json.dumps(u)}," for u in targets_for(r, Q_SCRAPE)] + ["]", "", ""]
    lines += ["def main():", "    with sync_playwright() as pw:",
              f"        browser = pw.chromium.connect_over_cdp({ws})",
              "        context = browser.contexts[0] if browser.contexts else browser.new_context()",
              "        page = context.new_page()", "        for url in URLS:",
              '            page.goto(url, wait_until="domcontentloaded", timeout=60_000)',
              f'            titles = page.locator("{r.choice(["h2 a", "article h3", ".product-title", "[data-testid=title]"])}").all_inner_texts()',
              '            print(url, len(titles))', "        browser.close()", "", "",
              'if __name__ == "__main__":', "    main()"]
    return lines


def py_proxy_expr(p):
    if p.get("urlname"):
        return p["urlname"]
    return f'f"http://{{{p["username"]}}}:{{{p["passname"]}}}@{{{p["hostname"]}}}:{{{p["portname"]}}}"'


def ipcheck(p):
    return {"oxylabs": "https://ip.oxylabs.io/location", "brightdata": "https://geo.brdtest.com/welcome.txt",
            "iproyal": "https://ipv4.icanhazip.com", "webshare": "https://ipv4.webshare.io/",
            "smartproxy": "https://ip.decodo.com/json"}.get(p["provider"], "https://api.ipify.org?format=json")


def py_proxy(r, p, es):
    lines = ["import os", "import random", "import time", "", "import requests", ""]
    lines += py_vars_block(r, p, es)
    if not p.get("urlname"):
        lines.append(f"PROXY_URL = {py_proxy_expr(p)}")
        px = "PROXY_URL"
    else:
        px = p["urlname"]
    lines += [f'PROXIES = {{"http": {px}, "https": {px}}}', "", "HEADERS = {",
              f'    "User-Agent": "{r.choice(UAS)}",', '    "Accept-Language": "en-US,en;q=0.9",', "}", "", "",
              "def get(url, retries=3):", "    for attempt in range(retries):", "        try:",
              "            r = requests.get(url, headers=HEADERS, proxies=PROXIES, timeout=30)",
              "            if r.status_code == 200:", "                return r.text",
              "        except requests.RequestException as exc:",
              '            print(f"retry {attempt}: {exc}")',
              "        time.sleep(random.uniform(1, 4))", "    return None", "", "",
              'if __name__ == "__main__":',
              f'    print(requests.get("{ipcheck(p)}", proxies=PROXIES, timeout=20).text)']
    for u in targets_for(r, Q_SCRAPE)[:2]:
        lines.append(f'    html = get("{u}")')
        lines.append('    print(len(html or ""))')
    return lines


def py_cookie(r, p, es):
    lines = [f'"""Re-use a logged-in browser session for {p["site"].split("/")[2]}.', "",
             "Cookies exported from Chrome (Cookie-Editor) on the analyst laptop.", '"""',
             "import json", "", "import requests", "", "COOKIES = {"]
    for n, v, _ in p["cookies"]:
        lines.append(f'    "{n}": {fv("py", v, es)},')
    lines += ["}", "", "session = requests.Session()", "session.cookies.update(COOKIES)",
              f'session.headers["User-Agent"] = "{r.choice(UAS)}"', "",
              f'resp = session.get("{p["site"]}", timeout=30)',
              'print(resp.status_code, resp.url)',
              'with open("page.html", "w", encoding="utf-8") as fh:', "    fh.write(resp.text)"]
    return lines


def py_s3(r, p, es):
    lines = ['"""Upload finished crawl exports to S3."""', "import glob", "import os", "", "import boto3", ""]
    lines += py_vars_block(r, p, es)
    lines += [f'BUCKET = "{p["bucket"]}"', f'PREFIX = "exports/{r.choice(PROJECTS)}/"', "", "",
              "def upload_all(folder=\"output\"):",
              '    s3 = boto3.client(', '        "s3",', '        aws_access_key_id=AWS_ACCESS_KEY_ID,',
              '        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,', f'        region_name="{r.choice(["eu-central-1", "us-east-1", "eu-west-1"])}",', "    )",
              '    for path in glob.glob(os.path.join(folder, "*.jsonl")):',
              "        key = PREFIX + os.path.basename(path)", "        s3.upload_file(path, BUCKET, key)",
              '        print("uploaded", key)', "", "", 'if __name__ == "__main__":', "    upload_all()"]
    return lines


def py_grid(r, p, es):
    lines = ["import os", "", "from selenium import webdriver", "from selenium.webdriver.common.by import By", ""]
    lines += py_vars_block(r, p, es)
    if p.get("urlname"):
        ex = p["urlname"]
    else:
        lines.append(f'GRID = f"http://{{{p["username"]}}}:{{{p["passname"]}}}@{p["host"]}:4444/wd/hub"')
        ex = "GRID"
    lines += ["", "opts = webdriver.ChromeOptions()", 'opts.add_argument("--headless=new")',
              f'opts.add_argument("--user-agent={r.choice(UAS)}")',
              f"driver = webdriver.Remote(command_executor={ex}, options=opts)", "try:",
              f'    driver.get("{targets_for(r, Q_SCRAPE)[0]}")',
              f'    rows = driver.find_elements(By.CSS_SELECTOR, "{r.choice(["table.results tr", "li.product", "div.card"])}")',
              '    print(len(rows), "rows")', "finally:", "    driver.quit()"]
    return lines


def py_webhook(r, p, es):
    lines = ['"""Register a run-finished webhook on our Apify actor."""', "import json", "import os", "",
             "from apify_client import ApifyClient", ""]
    lines += py_vars_block(r, p, es)
    lines += ['client = ApifyClient(os.environ["APIFY_TOKEN"])',
              f'ACTOR_ID = "{apify_id(r)}"', "",
              "client.webhooks().create(",
              '    event_types=["ACTOR.RUN.SUCCEEDED", "ACTOR.RUN.FAILED"],',
              '    condition={"actorId": ACTOR_ID},',
              f'    request_url="https://hooks.{r.choice(DOMAINS)}/apify/run-finished",',
              f'    headers_template=json.dumps({{"X-Webhook-Secret": {p["keyname"]}}}),',
              '    payload_template=\'{"runId": {{resource.id}}, "datasetId": {{resource.defaultDatasetId}}}\',',
              ")"]
    return lines


def py_lines(r, p, es):
    f = p["family"]
    return {"http": py_script_http, "captcha": py_script_captcha, "ws": py_ws, "proxy": py_proxy,
            "cookie": py_cookie, "s3": py_s3, "grid": py_grid, "webhook": py_webhook}[f](r, p, es)


def r_py_script(r, p, es):
    name = {"http": "fetch_{prov}.py", "captcha": "captcha_solver.py", "ws": "render_pages.py",
            "proxy": "proxy_check.py", "cookie": "session_scrape.py", "s3": "upload_exports.py",
            "grid": "grid_smoke.py", "webhook": "register_webhook.py"}[p["family"]].format(prov=p["provider"])
    d = r.choice(["scripts/", "tools/", "", "jobs/", f"{r.choice(PROJECTS)}/"])
    return d + name, "\n".join(py_lines(r, p, es)) + "\n"


SCRAPY_TAIL = [
    "ROBOTSTXT_OBEY = {robots}", "CONCURRENT_REQUESTS = {cr}", "DOWNLOAD_DELAY = {dd}",
    "COOKIES_ENABLED = False", "AUTOTHROTTLE_ENABLED = True", "AUTOTHROTTLE_START_DELAY = 5",
    "RETRY_TIMES = 4", "HTTPCACHE_ENABLED = {hc}", "HTTPCACHE_DIR = \"httpcache\"",
    'REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"',
    'TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"',
    'FEED_EXPORT_ENCODING = "utf-8"', 'LOG_LEVEL = "INFO"',
]


def r_scrapy_settings(r, p, es):
    bot = r.choice(PROJECTS)
    L = ["# Scrapy settings for %s project" % bot, "#", "# For simplicity, this file contains only settings considered important or",
         "# commonly used. You can find more settings consulting the documentation:",
         "#     https://docs.scrapy.org/en/latest/topics/settings.html", "import os", "",
         f'BOT_NAME = "{bot}"', f'SPIDER_MODULES = ["{bot}.spiders"]', f'NEWSPIDER_MODULE = "{bot}.spiders"', "",
         f'USER_AGENT = "{r.choice(UAS)}"', ""]
    fam = p["family"]
    if fam == "s3" and r.random() < 0.5 and p["vars"][1]["v"][0] == "lit" and p["vars"][0]["v"][0] == "lit":
        kid = p["vars"][0]["v"][1]
        sec = p["vars"][1]["v"][1]
        L += ["FEEDS = {", f'    "s3://{kid}:{sec}@{p["bucket"]}/%(name)s/%(time)s.jsonl": {{',
              '        "format": "jsonlines",', '        "encoding": "utf8",', "    },", "}"]
    elif fam == "s3":
        L += assign_lines("py", p, es)
        L += ["FEEDS = {", f'    "s3://{p["bucket"]}/%(name)s/%(time)s.jsonl": {{"format": "jsonlines"}},', "}"]
    elif fam == "proxy":
        L += assign_lines("py", p, es)
        if not p.get("urlname"):
            L.append(f"PROXY_URL = {py_proxy_expr(p)}")
        L += ["", "DOWNLOADER_MIDDLEWARES = {",
              f'    "{bot}.middlewares.ProxyMiddleware": 350,',
              '    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": 400,', "}"]
    elif p["provider"] == "zyte" and p.get("keyname") and p["family"] == "http":
        L += assign_lines("py", p, es, skip=("url",))
        L += ["ADDONS = {", '    "scrapy_zyte_api.Addon": 500,', "}", f"ZYTE_API_KEY = {p['keyname']}" if p["keyname"] != "ZYTE_API_KEY" else "ZYTE_API_TRANSPARENT_MODE = True"]
    else:
        L += assign_lines("py", p, es)
        mw = {"scraperapi": "scrapy_scraperapi.ScraperApiProxyMiddleware", "scrapingbee": "scrapy_scrapingbee.ScrapingBeeMiddleware",
              "zenrows": "scrapy_zenrows.ZenRowsMiddleware", "2captcha": f"{bot}.middlewares.CaptchaMiddleware",
              "capsolver": f"{bot}.middlewares.CaptchaMiddleware"}.get(p["provider"], f"{bot}.middlewares.ApiKeyMiddleware")
        L += ["", "DOWNLOADER_MIDDLEWARES = {", f'    "{mw}": 725,', "}"]
    L += [""]
    for t in r.sample(SCRAPY_TAIL, r.randint(5, 10)):
        L.append(t.format(robots=r.choice(["True", "False"]), cr=r.choice([4, 8, 16, 32]), dd=r.choice([0.5, 1, 2]),
                          hc=r.choice(["True", "False"])))
    return f"{bot}/{bot}/settings.py", "\n".join(L) + "\n"


def r_spider(r, p, es):
    bot = r.choice(PROJECTS)
    sp = r.choice(["products", "listings", "reviews", "serp", "jobs", "catalog", "prices"])
    cls = sp.capitalize() + "Spider"
    sel_item = r.choice(["article.product_pod", "div.s-result-item", "li.result", "div.listing-card", "tr.athing"])
    L = ["import os", "from urllib.parse import urlencode", "", "import scrapy", ""]
    L += assign_lines("py", p, es)
    L += ["", "", f"class {cls}(scrapy.Spider):", f'    name = "{sp}"',
          f'    custom_settings = {{"DOWNLOAD_DELAY": {r.choice([0.5, 1, 2])}, "CONCURRENT_REQUESTS_PER_DOMAIN": {r.choice([2, 4, 8])}}}',
          "    start_urls = ["] + [f'        "{u}",' for u in targets_for(r, Q_SCRAPE)] + ["    ]", ""]
    fam = p["family"]
    L += ["    def start_requests(self):", "        for url in self.start_urls:"]
    if fam == "proxy":
        px = p.get("urlname")
        if not px:
            L.insert(L.index("") + 1 + len(assign_lines("py", p, es)), f"PROXY = {py_proxy_expr(p)}")
            px = "PROXY"
        L += [f'            yield scrapy.Request(url, callback=self.parse, meta={{"proxy": {px}}})']
    elif fam == "cookie":
        ck = ", ".join(f'"{n}": {fv("py", v, es)}' for n, v, _ in p["cookies"])
        L[L.index("") + 1:L.index("") + 1] = [f"SESSION_COOKIES = {{{ck}}}"]
        L += ["            yield scrapy.Request(url, cookies=SESSION_COOKIES, callback=self.parse)"]
    else:
        st = p["style"]
        if p.get("urlname"):
            L += [f'            api_url = {p["urlname"]} + "&" + urlencode({{"url": url}})']
        elif st[0] == "query":
            L += [f'            params = {{"{st[1]}": {p["keyname"]}, "url": url}}',
                  f'            api_url = "{p["endpoint"]}?" + urlencode(params)']
        else:
            L += [f'            api_url = "{p["endpoint"]}?" + urlencode({{"url": url}})']
        if st[0] in ("header", "bearer"):
            hv = f'f"Bearer {{{p["keyname"]}}}"' if st[0] == "bearer" else (f'f"{st[2]}{{{p["keyname"]}}}"' if st[2] else p["keyname"])
            hn = "Authorization" if st[0] == "bearer" else st[1]
            L += [f'            yield scrapy.Request(api_url, headers={{"{hn}": {hv}}}, callback=self.parse, cb_kwargs={{"src": url}})']
        else:
            L += ['            yield scrapy.Request(api_url, callback=self.parse, cb_kwargs={"src": url})']
    L += ["", "    def parse(self, response, src=None):", f'        for card in response.css("{sel_item}"):',
          "            yield {",
          f'                "title": card.css("{r.choice(["h3 a::attr(title)", "h2::text", ".title::text"])}").get(),',
          '                "price": card.xpath("' + r.choice([".//p[@class='price_color']/text()", ".//span[contains(@class, 'price')]/text()"]) + '").get(),',
          '                "url": response.urljoin(card.css("a::attr(href)").get()),', "            }",
          f'        next_page = response.css("{r.choice(["li.next a::attr(href)", "a.s-pagination-next::attr(href)", "a[rel=next]::attr(href)"])}").get()',
          "        if next_page:", "            yield response.follow(next_page, callback=self.parse)"]
    return f"{bot}/{bot}/spiders/{sp}.py", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# JavaScript / TypeScript
# ---------------------------------------------------------------------------

def js_http_call(r, p, lang):
    method, params, body = request_shape(r, p)
    st = p["style"]
    K, Lg = p.get("keyname"), p.get("loginname")
    base = p["urlname"] if p.get("urlname") else url_expr(lang, p)
    hdr = []
    if st[0] == "header":
        hdr.append(f"'{st[1]}': " + (f"`{st[2]}${{{K}}}`" if st[2] else K))
    elif st[0] == "bearer":
        hdr.append(f"Authorization: `Bearer ${{{K}}}`")
    elif st[0] == "basic_header":
        hdr.append(f"Authorization: `Basic ${{{K}}}`")
    elif st[0] == "basic_user":
        hdr.append(f"Authorization: 'Basic ' + Buffer.from(`${{{K}}}:`).toString('base64')")
    elif st[0] == "basic_pair":
        hdr.append(f"Authorization: 'Basic ' + Buffer.from(`${{{Lg}}}:${{{K}}}`).toString('base64')")
    L = []
    if params:
        L.append(f"  const qs = new URLSearchParams({ser(lang, params)});")
        sep = "&" if p.get("urlname") else "?"
        u = f"`${{{base}}}{sep}${{qs}}`" if not base.startswith("`") else base[:-1] + f"{sep}${{qs}}`"
    else:
        u = base
    opts = []
    if method == "POST":
        hdr.append("'Content-Type': 'application/json'")
        opts.append("method: 'POST'")
        opts.append(f"body: JSON.stringify({ser(lang, body)})")
    elif method == "FORM":
        opts.append("method: 'POST'")
        opts.append(f"body: new URLSearchParams({ser(lang, body)})")
    if hdr:
        opts.insert(0, "headers: { " + ", ".join(hdr) + " }")
    if opts:
        L.append(f"  const res = await fetch({u}, {{")
        L += [f"    {o}," for o in opts]
        L.append("  });")
    else:
        L.append(f"  const res = await fetch({u});")
    L.append("  if (!res.ok) throw new Error(`HTTP ${res.status} for ${target}`);")
    return L


def r_js(r, p, es, lang="js"):
    fam = p["family"]
    tl = lang == "ts"
    L = []
    if fam in ("http",):
        L += ["// Pulls data for the dashboard; run with `node " + ("--loader ts-node/esm " if tl else "") + "fetch." + lang + "`",
              "import fs from 'node:fs/promises';", ""]
        L += assign_lines(lang, p, es)
        L += ["", "const targets" + (": string[]" if tl else "") + " = ["] + [f"  '{t}'," for t in targets_for(r, p["cat"])] + ["];", ""]
        L += [f"async function fetchOne(target{': string' if tl else ''}) {{"] + js_http_call(r, p, lang) + ["  return res.json();", "}", ""]
        L += ["const results = [];", "for (const target of targets) {", "  try {", "    results.push({ target, data: await fetchOne(target) });",
              "  } catch (err) {", "    console.error(err.message);", "  }",
              f"  await new Promise((r) => setTimeout(r, {r.choice([500, 1000, 2000])}));", "}",
              f"await fs.writeFile('out/{p['provider']}.json', JSON.stringify(results, null, 2));"]
        name = f"src/{p['provider']}Client.{lang}" if r.random() < 0.5 else f"scripts/fetch-{p['provider']}.{lang}"
        return name, "\n".join(L) + "\n"
    if fam == "captcha":
        typ, fld, sk = captcha_site(r)
        K = p["keyname"]
        base = p["endpoint"].rsplit("/", 1)[0]
        L += ["import puppeteer from 'puppeteer';", ""] + assign_lines(lang, p, es)
        L += [f"const SOLVER = '{base}';", f"const SITE_KEY = '{sk}';", "",
              f"async function solve(pageUrl{': string' if tl else ''}) {{",
              "  const create = await fetch(`${SOLVER}/createTask`, {", "    method: 'POST',",
              "    headers: { 'Content-Type': 'application/json' },",
              f"    body: JSON.stringify({{ clientKey: {K}, task: {{ type: '{typ}', websiteURL: pageUrl, {fld}: SITE_KEY }} }}),",
              "  }).then((r) => r.json());",
              "  for (let i = 0; i < 40; i++) {", "    await new Promise((r) => setTimeout(r, 3000));",
              "    const res = await fetch(`${SOLVER}/getTaskResult`, {", "      method: 'POST',",
              "      headers: { 'Content-Type': 'application/json' },",
              f"      body: JSON.stringify({{ clientKey: {K}, taskId: create.taskId }}),",
              "    }).then((r) => r.json());",
              "    if (res.status === 'ready') return res.solution.gRecaptchaResponse ?? res.solution.token;",
              "  }", "  throw new Error('captcha timeout');", "}", "",
              "const browser = await puppeteer.launch({ headless: 'new' });", "const page = await browser.newPage();",
              f"const url = '{targets_for(r, Q_SCRAPE)[0]}';", "await page.goto(url, { waitUntil: 'networkidle2' });",
              "const token = await solve(url);",
              "await page.evaluate((t) => { document.querySelector('#g-recaptcha-response').value = t; }, token);",
              "await page.click('button[type=submit]');", "await browser.close();"]
        return f"src/solveCaptcha.{lang}", "\n".join(L) + "\n"
    if fam == "ws":
        ws = p.get("urlname") or f"`{p['endpoint']}?{p['style'][1]}=${{{p['keyname']}}}`"
        if tl:
            L += ["import { chromium } from 'playwright';", ""] + assign_lines(lang, p, es)
            L += ["", "async function main(): Promise<void> {", f"  const browser = await chromium.connectOverCDP({ws});",
                  "  const context = browser.contexts()[0] ?? (await browser.newContext());", "  const page = await context.newPage();"]
        else:
            L += ["const puppeteer = require('puppeteer-core');", ""] + assign_lines(lang, p, es)
            L += ["", "async function main() {", f"  const browser = await puppeteer.connect({{ browserWSEndpoint: {ws} }});",
                  "  const page = await browser.newPage();"]
        L += [f"  await page.goto('{targets_for(r, Q_SCRAPE)[0]}', {{ waitUntil: 'domcontentloaded' }});",
              f"  const items = await page.$$eval('{r.choice(['.product-card h2', 'li.result a', 'h3.title'])}', (els) => els.map((e) => e.textContent.trim()));",
              "  console.log(items.length, 'items');", "  await browser.close();", "}", "", "main().catch((e) => {", "  console.error(e);", "  process.exit(1);", "});"]
        return f"scripts/remote-browser.{lang}", "\n".join(L) + "\n"
    if fam == "proxy":
        return js_proxy(r, p, es, lang)
    if fam == "cookie":
        L += ["import { chromium } from 'playwright';", "", "// exported from the logged-in profile with Cookie-Editor", "const cookies = ["]
        for n, v, _ in p["cookies"]:
            L.append(f"  {{ name: '{n}', value: {fv(lang, v, es)}, domain: '{p['cdomain']}', path: '/', secure: true, httpOnly: {'true' if n in ('li_at', 'auth_token', 'sessionid', '__Secure-1PSID') else 'false'} }},")
        L += ["];", "", "const browser = await chromium.launch();", "const context = await browser.newContext();",
              "await context.addCookies(cookies);", "const page = await context.newPage();",
              f"await page.goto('{p['site']}');", "console.log(await page.title());", "await browser.close();"]
        return f"scripts/with-session.{lang}", "\n".join(L) + "\n"
    if fam == "grid":
        L += ["const { Builder, By } = require('selenium-webdriver');", "const chrome = require('selenium-webdriver/chrome');", ""]
        L += assign_lines(lang, p, es)
        srv = p.get("urlname") or f"`http://${{{p['username']}}}:${{{p['passname']}}}@{p['host']}:4444/wd/hub`"
        L += ["", "(async () => {", "  const driver = await new Builder()", "    .forBrowser('chrome')",
              "    .setChromeOptions(new chrome.Options().addArguments('--headless=new'))", f"    .usingServer({srv})",
              "    .build();", "  try {", f"    await driver.get('{targets_for(r, Q_SCRAPE)[0]}');",
              "    const rows = await driver.findElements(By.css('table tr'));", "    console.log(rows.length);",
              "  } finally {", "    await driver.quit();", "  }", "})();"]
        return f"test/grid.{lang}", "\n".join(L) + "\n"
    if fam == "webhook":
        L += ["import { ApifyClient } from 'apify-client';", ""] + assign_lines(lang, p, es)
        L += ["const client = new ApifyClient({ token: process.env.APIFY_TOKEN });", "",
              "await client.webhooks().create({", "  eventTypes: ['ACTOR.RUN.SUCCEEDED'],",
              f"  condition: {{ actorId: '{apify_id(r)}' }},", f"  requestUrl: 'https://hooks.{r.choice(DOMAINS)}/apify',",
              f"  headersTemplate: JSON.stringify({{ 'X-Webhook-Secret': {p['keyname']} }}),", "});"]
        return f"scripts/register-webhook.{lang}", "\n".join(L) + "\n"
    raise ValueError(fam)


def js_proxy(r, p, es, lang):
    tl = lang == "ts"
    L = []
    url = p.get("urlname")
    if url and p["mode"] != "proxy_page_auth" and r.random() < 0.5:
        L += ["import axios from 'axios';", "import { HttpsProxyAgent } from 'https-proxy-agent';", ""]
        L += assign_lines(lang, p, es)
        L += [f"const agent = new HttpsProxyAgent({url});", "",
              f"const client = axios.create({{ httpsAgent: agent, proxy: false, timeout: 30000, headers: {{ 'User-Agent': '{r.choice(UAS)}' }} }});", ""]
        for t in targets_for(r, Q_SCRAPE)[:2]:
            L.append(f"const {{ data: page{len(L) % 7} }} = await client.get('{t}');")
        L += ["const { data: ip } = await client.get('https://api.ipify.org?format=json');", "console.log('exit ip', ip.ip);"]
        return f"src/proxyClient.{lang}", "\n".join(L) + "\n"
    if tl:
        L += ["import { chromium } from 'playwright';", ""] + assign_lines(lang, p, es) + [""]
        if url:
            L += [f"const proxyUrl = new URL({url});",
                  "const proxy = { server: `${proxyUrl.protocol}//${proxyUrl.host}`, username: decodeURIComponent(proxyUrl.username), password: decodeURIComponent(proxyUrl.password) };"]
        else:
            L += ["const proxy = {", f"  server: `http://${{{p['hostname']}}}:${{{p['portname']}}}`,",
                  f"  username: {p['username']},", f"  password: {p['passname']},", "};"]
        L += ["", "const browser = await chromium.launch({ headless: true, proxy });",
              f"const context = await browser.newContext({{ userAgent: '{r.choice(UAS)}', locale: 'en-US' }});",
              "const page = await context.newPage();", f"await page.goto('{targets_for(r, Q_SCRAPE)[0]}', {{ timeout: 60000 }});",
              f"const prices = await page.locator('{r.choice(['.price', '[itemprop=price]', 'span.a-price-whole'])}').allTextContents();",
              "console.log(prices);", "await browser.close();"]
        return f"src/crawl.{lang}", "\n".join(L) + "\n"
    # puppeteer: --proxy-server carries host:port only; credentials via page.authenticate
    L += ["const puppeteer = require('puppeteer');", ""]
    if url:
        L += assign_lines(lang, p, es)
        L += ["", f"const { '{' } hostname, port, username, password { '}' } = new URL({url});"]
        srv, user, pw = "`http://${hostname}:${port}`", "decodeURIComponent(username)", "decodeURIComponent(password)"
    else:
        L += assign_lines(lang, p, es)
        srv, user, pw = f"`http://${{{p['hostname']}}}:${{{p['portname']}}}`", p["username"], p["passname"]
    L += ["", "(async () => {", "  const browser = await puppeteer.launch({", "    headless: 'new',",
          "    args: [`--proxy-server=${proxyServer}`, '--no-sandbox'],",
          "  });", "  const page = await browser.newPage();",
          f"  await page.authenticate({{ username: {user}, password: {pw} }});",
          f"  await page.setUserAgent('{r.choice(UAS)}');",
          f"  await page.goto('{targets_for(r, Q_SCRAPE)[0]}', {{ waitUntil: 'networkidle2', timeout: 60000 }});",
          f"  const titles = await page.$$eval('{r.choice(['h2.title', '.result a', 'article h3'])}', (els) => els.map((el) => el.innerText));",
          "  console.log(titles);", "  await browser.close();", "})();"]
    L.insert(L.index("(async () => {"), f"const proxyServer = {srv};")
    return f"scraper/index.{lang}", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Go / Ruby / PHP / shell
# ---------------------------------------------------------------------------

def r_go(r, p, es):
    fam = p["family"]
    L = ["package main", "", "import ("]
    imps = ['"fmt"', '"log"', '"os"', '"strings"', "", '"github.com/gocolly/colly/v2"']
    if fam == "http":
        imps = ['"encoding/json"', '"fmt"', '"io"', '"log"', '"net/http"', '"os"', '"bytes"', '"net/url"']
    L += [f"\t{i}" if i else "" for i in imps] + [")", "", "var ("]
    L += assign_lines("go", p, es)
    L += [")", ""]
    if fam == "proxy":
        if p.get("urlname"):
            px = camel(p["urlname"])
        else:
            px = "proxyURL"
            L.insert(L.index(")", L.index("var (")), f'\tproxyURL = "http://" + {camel(p["username"])} + ":" + {camel(p["passname"])} + "@" + {camel(p["hostname"])} + ":" + {camel(p["portname"])}')
        L += ["func main() {", "\tc := colly.NewCollector(", f'\t\tcolly.UserAgent("{r.choice(UAS)}"),',
              "\t\tcolly.MaxDepth(2),", "\t)", f"\tif err := c.SetProxy({px}); err != nil {{", "\t\tlog.Fatal(err)", "\t}",
              f'\tc.OnHTML("{r.choice(["a.next", "li.next a", "a[rel=next]"])}", func(e *colly.HTMLElement) {{',
              '\t\t_ = e.Request.Visit(e.Attr("href"))', "\t})",
              f'\tc.OnHTML("{r.choice(["article.product_pod h3 a", "div.item h2", "td.title > a"])}", func(e *colly.HTMLElement) {{',
              '\t\tfmt.Println(strings.TrimSpace(e.Text))', "\t})",
              '\tc.OnError(func(r *colly.Response, err error) {', '\t\tfmt.Fprintln(os.Stderr, r.StatusCode, err)', "\t})",
              f'\tif err := c.Visit("{targets_for(r, Q_SCRAPE)[0]}"); err != nil {{', "\t\tlog.Fatal(err)", "\t}", "}"]
        return f"cmd/crawler/main.go", "\n".join(L) + "\n"
    method, params, body = request_shape(r, p)
    st = p["style"]
    K = camel(p["keyname"]) if p.get("keyname") else None
    base = camel(p["urlname"]) if p.get("urlname") else url_expr("go", p)
    L += ["func fetch(target string) (map[string]any, error) {"]
    if method in ("POST", "FORM"):
        L += [f"\tpayload, _ := json.Marshal({ser('go', body)})",
              f"\treq, err := http.NewRequest(http.MethodPost, {base}, bytes.NewReader(payload))"]
    else:
        L += [f"\treq, err := http.NewRequest(http.MethodGet, {base}, nil)"]
    L += ["\tif err != nil {", "\t\treturn nil, err", "\t}"]
    if params:
        L += ["\tq := req.URL.Query()"]
        for k, v in params.items():
            vv = ser("go", v) if not isinstance(v, (int, float)) or isinstance(v, bool) else f'"{v}"'
            if isinstance(v, bool):
                vv = f'"{str(v).lower()}"'
            L.append(f'\tq.Set("{k}", {vv})')
        L += ["\treq.URL.RawQuery = q.Encode()"]
    if st[0] == "header":
        L.append(f'\treq.Header.Set("{st[1]}", ' + (f'"{st[2]}" + {K})' if st[2] else f"{K})"))
    elif st[0] == "bearer":
        L.append(f'\treq.Header.Set("Authorization", "Bearer "+{K})')
    elif st[0] == "basic_header":
        L.append(f'\treq.Header.Set("Authorization", "Basic "+{K})')
    elif st[0] == "basic_user":
        L.append(f'\treq.SetBasicAuth({K}, "")')
    elif st[0] == "basic_pair":
        L.append(f'\treq.SetBasicAuth({camel(p["loginname"])}, {K})')
    if method == "POST":
        L.append('\treq.Header.Set("Content-Type", "application/json")')
    L += ["\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\treturn nil, err", "\t}",
          "\tdefer resp.Body.Close()", "\traw, _ := io.ReadAll(resp.Body)", "\tvar out map[string]any",
          "\tif err := json.Unmarshal(raw, &out); err != nil {", '\t\treturn nil, fmt.Errorf("decode: %w", err)', "\t}",
          "\treturn out, nil", "}", "", "func main() {", "\t_ = url.QueryEscape", "\t_ = os.Args",
          "\tfor _, target := range []string{" + ", ".join(json.dumps(t) for t in targets_for(r, p["cat"])) + "} {",
          "\t\tres, err := fetch(target)", "\t\tif err != nil {", "\t\t\tlog.Printf(\"%s: %v\", target, err)", "\t\t\tcontinue", "\t\t}",
          "\t\tfmt.Println(target, len(res))", "\t}", "}"]
    return f"internal/{p['provider']}/client.go", "\n".join(L) + "\n"


def r_rb(r, p, es):
    fam = p["family"]
    L = ["# frozen_string_literal: true", "", "require 'json'", "require 'net/http'", "require 'uri'", ""]
    L += assign_lines("rb", p, es) + [""]
    if fam == "proxy":
        if p.get("urlname"):
            L += [f"proxy = URI({p['urlname']})"]
            pa = "proxy.host, proxy.port, proxy.user, proxy.password"
        else:
            pa = f"{p['hostname']}, {p['portname']}.to_i, {p['username']}, {p['passname']}"
        L += [f"uri = URI('{targets_for(r, Q_SCRAPE)[0]}')", f"http = Net::HTTP.new(uri.host, uri.port, {pa})",
              "http.use_ssl = true", "http.read_timeout = 30", "req = Net::HTTP::Get.new(uri)",
              f"req['User-Agent'] = '{r.choice(UAS)}'", "res = http.request(req)", "puts res.code",
              "File.write('tmp/page.html', res.body)"]
        return "lib/tasks/fetch_with_proxy.rb", "\n".join(L) + "\n"
    if fam == "grid":
        L = ["require 'selenium-webdriver'", ""] + assign_lines("rb", p, es) + [""]
        u = p.get("urlname") or f'"http://#{{{p["username"]}}}:#{{{p["passname"]}}}@{p["host"]}:4444/wd/hub"'
        L += ["options = Selenium::WebDriver::Chrome::Options.new(args: ['--headless=new'])",
              f"driver = Selenium::WebDriver.for(:remote, url: {u}, options: options)",
              f"driver.navigate.to '{targets_for(r, Q_SCRAPE)[0]}'", "puts driver.title", "driver.quit"]
        return "spec/support/remote_driver.rb", "\n".join(L) + "\n"
    method, params, body = request_shape(r, p)
    st = p["style"]
    K = p.get("keyname")
    base = p["urlname"] if p.get("urlname") else url_expr("rb", p)
    L += ["def fetch(target)", f"  uri = URI({base})"]
    if params:
        L.append(f"  uri.query = [uri.query, URI.encode_www_form({ser('rb', params)})].compact.join('&')")
    L.append("  req = " + ("Net::HTTP::Post.new(uri)" if method != "GET" else "Net::HTTP::Get.new(uri)"))
    if st[0] == "header":
        L.append(f"  req['{st[1]}'] = " + (f'"{st[2]}#{{{K}}}"' if st[2] else K))
    elif st[0] in ("bearer", "basic_header"):
        L.append(f"  req['Authorization'] = \"{'Bearer' if st[0] == 'bearer' else 'Basic'} #{{{K}}}\"")
    elif st[0] == "basic_user":
        L.append(f"  req.basic_auth({K}, '')")
    elif st[0] == "basic_pair":
        L.append(f"  req.basic_auth({p['loginname']}, {K})")
    if method == "POST":
        L += ["  req['Content-Type'] = 'application/json'", f"  req.body = {ser('rb', body)}.to_json"]
    elif method == "FORM":
        L += [f"  req.set_form_data({ser('rb', body)})"]
    L += ["  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 60) { |h| h.request(req) }",
          "  raise \"#{res.code} for #{target}\" unless res.is_a?(Net::HTTPSuccess)", "  JSON.parse(res.body)", "end", "",
          "[" + ", ".join(json.dumps(t) for t in targets_for(r, p["cat"])) + "].each do |target|",
          "  data = fetch(target)", "  puts \"#{target}: #{data.size}\"", "  sleep 1", "end"]
    return f"lib/{p['provider']}_client.rb", "\n".join(L) + "\n"


def r_php(r, p, es):
    fam = p["family"]
    L = ["<?php", "", "declare(strict_types=1);", "", "require __DIR__ . '/../vendor/autoload.php';", "",
         "use GuzzleHttp\\Client;", "use GuzzleHttp\\Exception\\RequestException;", ""]
    L += assign_lines("php", p, es) + [""]
    if fam == "proxy":
        if p.get("urlname"):
            px = varname("php", p["urlname"])
        else:
            px = "$proxy"
            L.append(f'$proxy = "http://{{{varname("php", p["username"])}}}:{{{varname("php", p["passname"])}}}@{{{varname("php", p["hostname"])}}}:{{{varname("php", p["portname"])}}}";')
        L += ["$client = new Client([", f"    'proxy' => {px},", "    'timeout' => 30,",
              f"    'headers' => ['User-Agent' => '{r.choice(UAS)}'],", "]);", ""]
        L += ["foreach ([" + ", ".join(f"'{t}'" for t in targets_for(r, Q_SCRAPE)) + "] as $target) {",
              "    try {", "        $html = (string) $client->get($target)->getBody();",
              "        file_put_contents('storage/' . md5($target) . '.html', $html);",
              "    } catch (RequestException $e) {", "        error_log($e->getMessage());", "    }", "}"]
        return "src/Crawler/ProxyFetcher.php", "\n".join(L) + "\n"
    if fam == "captcha":
        typ, fld, sk = captcha_site(r)
        K = varname("php", p["keyname"])
        base = p["endpoint"].rsplit("/", 1)[0]
        L += [f"$client = new Client(['base_uri' => '{base}/', 'timeout' => 30]);",
              "$create = json_decode((string) $client->post('createTask', ['json' => [",
              f"    'clientKey' => {K},",
              f"    'task' => ['type' => '{typ}', 'websiteURL' => '{targets_for(r, Q_SCRAPE)[0]}', '{fld}' => '{sk}'],",
              "]])->getBody(), true);", "", "do {", "    sleep(5);",
              f"    $res = json_decode((string) $client->post('getTaskResult', ['json' => ['clientKey' => {K}, 'taskId' => $create['taskId']]])->getBody(), true);",
              "} while (($res['status'] ?? '') === 'processing');", "", "echo $res['solution']['gRecaptchaResponse'] ?? '', PHP_EOL;"]
        return "src/Captcha/Solver.php", "\n".join(L) + "\n"
    method, params, body = request_shape(r, p)
    st = p["style"]
    K = varname("php", p["keyname"]) if p.get("keyname") else None
    base = varname("php", p["urlname"]) if p.get("urlname") else url_expr("php", p)
    opts = []
    if params:
        opts.append(f"'query' => {ser('php', params)}")
    if st[0] == "header":
        opts.append(f"'headers' => ['{st[1]}' => " + (f"'{st[2]}' . {K}" if st[2] else K) + "]")
    elif st[0] in ("bearer", "basic_header"):
        opts.append(f"'headers' => ['Authorization' => '{'Bearer' if st[0] == 'bearer' else 'Basic'} ' . {K}]")
    elif st[0] == "basic_user":
        opts.append(f"'auth' => [{K}, '']")
    elif st[0] == "basic_pair":
        opts.append(f"'auth' => [{varname('php', p['loginname'])}, {K}]")
    if method == "POST":
        opts.append(f"'json' => {ser('php', body)}")
    elif method == "FORM":
        opts.append(f"'form_params' => {ser('php', body)}")
    L += ["$client = new Client(['timeout' => 60]);", "$results = [];", "",
          "foreach ([" + ", ".join(f"'{t}'" for t in targets_for(r, p["cat"])) + "] as $target) {",
          f"    $res = $client->request('{'GET' if method == 'GET' else 'POST'}', {base}, ["]
    L += [f"        {o}," for o in opts]
    L += ["    ]);", "    $results[$target] = json_decode((string) $res->getBody(), true);", "    usleep(500000);", "}", "",
          "file_put_contents(__DIR__ . '/../var/" + p["provider"] + ".json', json_encode($results, JSON_PRETTY_PRINT));"]
    return f"src/Service/{p['provider'].capitalize()}Client.php", "\n".join(L) + "\n"


def r_sh(r, p, es):
    fam = p["family"]
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    oneliner = r.random() < 0.4 and fam != "captcha" and not (fam == "proxy" and not p.get("urlname"))

    def ref(role):
        x = var(p, role)
        return fv("sh", x["v"], es)[1:-1] if oneliner else "${" + x["name"] + "}"
    if not oneliner:
        L += assign_lines("sh", p, es) + [""]
    out = r.choice(["out", "data/raw", "/tmp/crawl"])
    L += [f'mkdir -p {out}', ""]
    if fam == "proxy":
        if p.get("urlname"):
            L += [f'curl -sS -x "{ref("url")}" \\', f'  -A "{r.choice(UAS)}" \\', f'  "{targets_for(r, Q_SCRAPE)[0]}" -o {out}/page.html']
        else:
            L += [f'curl -sS -x "{ref("host")}:{ref("port")}" -U "{ref("user")}:{ref("pass")}" \\',
                  f"  {ipcheck(p)}", "", f'curl -sS -x "{ref("host")}:{ref("port")}" -U "{ref("user")}:{ref("pass")}" \\',
                  f'  "{targets_for(r, Q_SCRAPE)[0]}" -o {out}/page.html']
        return r.choice(["scripts/check_proxy.sh", "bin/proxy-smoke.sh", "fetch.sh"]), "\n".join(L) + "\n"
    if fam == "cookie":
        ck = "; ".join(f"{n}={fv('sh', v, es)[1:-1] if v[0] == 'lit' else fv('sh', v, es)[1:-1]}" for n, v, _ in p["cookies"])
        L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# cookie header copied from devtools (Network > Request Headers)",
             f'curl -sS "{p["site"]}" \\', f'  -H "User-Agent: {r.choice(UAS)}" \\', f"  -H 'cookie: {ck}' \\",
             f"  -o {out}/session.html"]
        return "scripts/fetch_logged_in.sh", "\n".join(L) + "\n"
    if fam == "s3":
        L += [f'AWS_ACCESS_KEY_ID={ref("keyid")} AWS_SECRET_ACCESS_KEY={ref("secret")} \\',
              f"  aws s3 sync {out}/ s3://{p['bucket']}/$(date +%F)/ --exclude '*.tmp'"]
        return "scripts/sync_to_s3.sh", "\n".join(L) + "\n"
    if fam == "captcha":
        K = ref("key")
        typ, fld, sk = captcha_site(r)
        base = p["endpoint"].rsplit("/", 1)[0]
        L += [f"TASK_ID=$(curl -sS -X POST {base}/createTask -H 'Content-Type: application/json' \\",
              f'  -d "{{\\"clientKey\\":\\"{K}\\",\\"task\\":{{\\"type\\":\\"{typ}\\",\\"websiteURL\\":\\"{targets_for(r, Q_SCRAPE)[0]}\\",\\"{fld}\\":\\"{sk}\\"}}}}" | jq -r .taskId)',
              'echo "task: $TASK_ID"', "sleep 20",
              f"curl -sS -X POST {base}/getTaskResult -H 'Content-Type: application/json' \\",
              f'  -d "{{\\"clientKey\\":\\"{K}\\",\\"taskId\\":\\"$TASK_ID\\"}}" | jq .']
        return "scripts/solve_captcha.sh", "\n".join(L) + "\n"
    method, params, body = request_shape(r, p)
    st = p["style"]
    K = ref("key") if p.get("keyname") else None
    args = []
    base = (ref("url") if p.get("urlname") else p["endpoint"]).replace("{domain}", "${target}")
    if params:
        for k, v in params.items():
            if isinstance(v, Ref):
                vv = K if v.name == p.get("keyname") else ref("login")
            elif v is TGT:
                vv = "${target}"
            else:
                vv = str(v).lower() if isinstance(v, bool) else str(v)
            args.append(f'--data-urlencode "{k}={vv}"')
    if st[0] == "header":
        args.append(f'-H "{st[1]}: {st[2]}{K}"')
    elif st[0] == "bearer":
        args.append(f'-H "Authorization: Bearer {K}"')
    elif st[0] == "basic_header":
        args.append(f'-H "Authorization: Basic {K}"')
    elif st[0] == "basic_user":
        args.append(f'-u "{K}:"')
    elif st[0] == "basic_pair":
        args.append(f'-u "{ref("login")}:{K}"')
    if method == "POST":
        js = json.dumps(json.loads(ser("js", body).replace("target", '"__T__"') if False else json.dumps(_plain(body))))
        args.append("-H 'Content-Type: application/json'")
        args.append("-d '" + js.replace('"__T__"', '"\'"${target}"\'"') + "'")
    elif method == "FORM":
        for k, v in body.items():
            vv = K if (isinstance(v, Ref) and v.name == p.get("keyname")) else (ref("login") if isinstance(v, Ref) else v)
            args.append(f'--data-urlencode "{k}={vv}"')
    g = "-G " if method == "GET" and params else ""
    L += ["for target in " + " ".join(f'"{t}"' for t in targets_for(r, p["cat"])) + "; do",
          f'  curl -sS --fail {g}"{base}" \\']
    L += [f"    {a} \\" for a in args]
    L += [f'    -o "{out}/$(echo "$target" | md5sum | cut -c1-12).json"', "  sleep 1", "done"]
    return r.choice([f"scripts/{p['provider']}_pull.sh", "bin/fetch.sh", "run.sh"]), "\n".join(L) + "\n"


def _plain(o):
    if o is TGT:
        return "__T__"
    if isinstance(o, Ref):
        return "__R__"
    if isinstance(o, dict):
        return {k: _plain(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_plain(v) for v in o]
    return o


# ---------------------------------------------------------------------------
# Config-ish file types
# ---------------------------------------------------------------------------

def cookie_env_name(p):
    return {"linkedin": "LI_AT_COOKIE", "x": "TWITTER_AUTH_TOKEN", "instagram": "IG_SESSIONID",
            "google": "SECURE_1PSID", "django_site": "PORTAL_SESSIONID"}[p["provider"]]


def flat_vars(p):
    """(NAME, value) pairs a config file would hold for payload p."""
    if p["family"] == "cookie":
        for n, v, sec in p["cookies"]:
            if sec:
                return [(cookie_env_name(p), v)]
    return [(x["name"], x["v"]) for x in p["vars"]]


def r_env(r, p, es):
    L = [f"# {r.choice(PROJECTS)} - local settings", f"# copied from .env.example on {r.randint(2022, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", ""]
    filler = [f"LOG_LEVEL={r.choice(['info', 'debug', 'warning'])}", f"CONCURRENCY={r.choice([2, 4, 8, 16])}",
              f"OUTPUT_DIR={r.choice(['./output', '/data/exports', './storage'])}", f"REQUEST_TIMEOUT={r.choice([30, 60, 90])}",
              "HEADLESS=true", f"MAX_PAGES={r.choice([50, 200, 1000])}", "NODE_ENV=development", "TZ=UTC",
              f"REDIS_URL=redis://localhost:6379/{r.randint(0, 5)}"]
    r.shuffle(filler)
    L += filler[:r.randint(2, 5)] + [""]
    if p["family"] == "proxy" and not p.get("urlname"):
        L.append("# proxy")
    q = r.random() < 0.25
    for n, v in flat_vars(p):
        s = fv("env", v)
        L.append(f'{n}="{s}"' if q else f"{n}={s}")
    L += [""] + filler[5:]
    return r.choice([".env", ".env.local", ".env.production", "config/.env"]), "\n".join(L) + "\n"


def yaml_scalar(s):
    if s == "" or any(c in s for c in ":#{}[],&*!|>'\"%@`") or s.lower() in ("true", "false", "yes", "no", "null"):
        return json.dumps(s)
    if s.isdigit():
        return json.dumps(s)
    return s


def r_yaml(r, p, es):
    L = [f"# {r.choice(PROJECTS)} crawler configuration", "crawler:", f"  name: {r.choice(PROJECTS)}",
         f"  concurrency: {r.choice([4, 8, 16])}", f"  download_delay: {r.choice([0.5, 1, 2])}",
         f"  user_agent: \"{r.choice(UAS)}\"", "  retry:", "    times: 3", "    http_codes: [429, 500, 502, 503]", ""]
    sect = {"proxy": "proxy", "cookie": "session", "s3": "storage", "grid": "selenium", "webhook": "webhooks"}.get(p["family"], p["provider"])
    L.append(f"{sect}:")
    if p["family"] in ("http", "captcha", "ws") and r.random() < 0.6:
        L.append(f"  endpoint: {p['endpoint']}")
    for n, v in flat_vars(p):
        key = n.lower()
        L.append(f"  {key}: {yaml_scalar(fv('yaml', v))}")
    if p["family"] == "s3":
        L.append(f"  bucket: {p['bucket']}")
    L += ["", "output:", f"  format: {r.choice(['jsonl', 'csv', 'parquet'])}", f"  path: {r.choice(['./data', 's3://exports/raw'])}"]
    return r.choice(["config.yaml", "config/config.yaml", "settings.yml", "conf/crawler.yaml"]), "\n".join(L) + "\n"


def r_compose(r, p, es):
    L = ['version: "3.8"', "", "services:"]
    fam = p["family"]
    envs = flat_vars(p)
    if fam == "grid" and not p.get("urlname"):
        L += ["  selenium-hub:", "    image: selenium/hub:4.21.0", "    ports:", '      - "4442:4442"', '      - "4443:4443"', '      - "4444:4444"',
              "    environment:"]
        L += [f"      - {n}={fv('compose', v)}" for n, v in envs]
        L += ["  chrome:", "    image: selenium/node-chrome:4.21.0", "    shm_size: 2gb", "    depends_on:", "      - selenium-hub",
              "    environment:", "      - SE_EVENT_BUS_HOST=selenium-hub", "      - SE_EVENT_BUS_PUBLISH_PORT=4442", "      - SE_EVENT_BUS_SUBSCRIBE_PORT=4443"]
        return "docker-compose.yml", "\n".join(L) + "\n"
    if p["provider"] == "browserless" and p["kind"] == "self_hosted_token" and var(p, "key"):
        L += ["  browserless:", f"    image: ghcr.io/browserless/chromium:{r.choice(['v2.12.0', 'latest', 'v2.18.1'])}", "    restart: unless-stopped",
              "    ports:", '      - "3000:3000"', "    environment:"]
        L += [f"      - TOKEN={fv('compose', var(p, 'key')['v'])}", "      - CONCURRENT=10", "      - TIMEOUT=120000"]
        envs = [("BROWSER_WS_ENDPOINT", None)]
    L += ["  crawler:", "    build: .", f"    command: {r.choice(['scrapy crawl products', 'node dist/index.js', 'python -m crawler'])}",
          "    restart: on-failure", "    environment:"]
    for n, v in envs:
        if v is None:
            L.append(f"      BROWSER_WS_ENDPOINT: ws://browserless:3000?token=${{TOKEN}}")
        else:
            L.append(f"      {n}: {yaml_scalar(fv('compose', v))}")
    L += [f"      LOG_LEVEL: {r.choice(['INFO', 'DEBUG'])}", "    volumes:", "      - ./data:/app/data"]
    if r.random() < 0.5:
        L += ["  redis:", "    image: redis:7-alpine", "    ports:", '      - "6379:6379"']
    return r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(L) + "\n"


def r_toml(r, p, es):
    L = [f"# {r.choice(PROJECTS)}", "[crawler]", f"concurrency = {r.choice([4, 8])}", f'user_agent = "{r.choice(UAS)}"', "",
         f"[{p['provider'] if p['family'] in ('http', 'captcha', 'ws') else p['family']}]"]
    for n, v in flat_vars(p):
        L.append(f'{n.lower()} = "{fv("toml", v)}"')
    L += ["", "[output]", 'dir = "data"', f'format = "{r.choice(["jsonl", "csv"])}"']
    return r.choice(["config.toml", "crawler.toml"]), "\n".join(L) + "\n"


def r_gha(r, p, es):
    cron = f"{r.randint(0, 59)} {r.randint(0, 23)} * * {r.choice(['*', '1-5', '0'])}"
    L = [f"name: {r.choice(['Nightly crawl', 'SERP snapshot', 'Price scrape', 'Lead enrichment'])}", "", "on:", "  schedule:",
         f'    - cron: "{cron}"', "  workflow_dispatch:", "", "jobs:", "  crawl:", "    runs-on: ubuntu-latest", "    timeout-minutes: 60", "    env:"]
    for n, v in flat_vars(p):
        L.append(f"      {n}: {yaml_scalar(fv('gha', v))}")
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          '          python-version: "3.11"', "      - run: pip install -r requirements.txt",
          f"      - run: {r.choice(['scrapy crawl products -O out.jsonl', 'python scripts/run.py', 'python -m crawler --all'])}",
          "      - uses: actions/upload-artifact@v4", "        with:", "          name: crawl-output", "          path: out*"]
    return f".github/workflows/{r.choice(['nightly-crawl', 'scrape', 'cron'])}.yml", "\n".join(L) + "\n"


def r_ipynb(r, p, es):
    code = py_lines(r, p, es)
    code = [c for c in code if not c.startswith("#!")]
    if "def main():" in code and p["family"] == "http":
        code = code[:code.index("def main():")] + ["session = requests.Session()", "for target in TARGETS:",
                                                   "    print(target, fetch(session, target).status_code)"]
    if 'if __name__ == "__main__":' in code:
        i = code.index('if __name__ == "__main__":')
        code = code[:i] + [c[4:] for c in code[i + 1:]]
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": [f"# {p['provider'].capitalize()} exploration\n", "\n", "Quick look before wiring it into the pipeline."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [c + "\n" for c in code[:-1]] + [code[-1]]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": [f"{r.randint(3, 60)} rows\n"]}],
         "source": ["import pandas as pd\n", f"df = pd.read_json('data/{p['provider']}.jsonl', lines=True)\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return f"notebooks/{r.choice(['explore', 'serp_analysis', 'proxy_test', 'scratch'])}_{p['provider']}.ipynb", cjson(nb, 100, 1) + "\n"


def r_readme(r, p, es):
    title = r.choice(PROJECTS).replace("_", " ").title()
    L = [f"# {title}", "", f"Small crawler that collects listings and stores them as JSONL.", "", "## Setup", "", "```bash",
         "python -m venv .venv && source .venv/bin/activate", "pip install -r requirements.txt", "```", "", "## Quick test", "",
         "Works with the team account for now:", "", "```python"]
    code = py_lines(r, p, es)
    L += code[:60]
    L += ["```", "", "## Notes", "", f"- Keep `DOWNLOAD_DELAY` >= {r.choice([1, 2])} or the target starts returning 429.", "- Output lands in `data/`."]
    return "README.md", "\n".join(L) + "\n"


def cjson(o, width=110, ind=2, _lvl=0):
    """Pretty JSON that keeps small objects/arrays on one line (prettier-like)."""
    flat = json.dumps(o, ensure_ascii=False)
    if not isinstance(o, (dict, list)) or len(flat) + _lvl * ind <= width:
        return flat
    pad, pad2 = " " * (ind * _lvl), " " * (ind * (_lvl + 1))
    if isinstance(o, dict):
        items = [f"{pad2}{json.dumps(k)}: {cjson(v, width, ind, _lvl + 1)}" for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"
    items = [f"{pad2}{cjson(v, width, ind, _lvl + 1)}" for v in o]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]" if items else "[]"


def n8n_node(r, name, typ, params, pos, ver=4.2):
    return {"parameters": params, "id": ruuid(r), "name": name, "type": typ, "typeVersion": ver, "position": pos}


def r_n8n(r, p, es):
    fam = p["family"]
    nodes = [n8n_node(r, "Schedule Trigger", "n8n-nodes-base.scheduleTrigger",
                      {"rule": {"interval": [{"field": "hours", "hoursInterval": r.choice([1, 6, 24])}]}}, [0, 0], 1.2)]
    if fam == "proxy":
        u = fv("n8n", var(p, "url")["v"]) if p.get("urlname") else None
        if u is None:
            u = f"http://{fv('n8n', var(p, 'user')['v'])}:{fv('n8n', var(p, 'pass')['v'])}@{p['host']}:{p['port']}"
            if u.count("={{") or "{{" in u:
                u = "=" + u.replace("={{", "{{")
        params = {"url": targets_for(r, Q_SCRAPE)[0], "options": {"proxy": u, "timeout": 30000}}
    elif fam == "captcha":
        typ, fld, sk = captcha_site(r)
        body = {"clientKey": "__K__", "task": {"type": typ, "websiteURL": targets_for(r, Q_SCRAPE)[0], fld: sk}}
        kv = fv("n8n", var(p, "key")["v"])
        params = {"method": "POST", "url": p["endpoint"], "sendBody": True, "specifyBody": "json",
                  "jsonBody": json.dumps(body, indent=2).replace("__K__", kv.replace('"', '\\"')), "options": {}}
    else:
        st = p.get("style", ("query", "api_key"))
        kx = var(p, "key") or var(p, "url")
        kv = fv("n8n", kx["v"])
        url = p.get("endpoint", "https://api.example.invalid/")
        if "{domain}" in url:
            url = "=" + url.replace("{domain}", "{{ $json.domain }}")
        params = {"url": url if kx["role"] == "key" else kv, "options": {}}
        if kx["role"] == "key":
            if st[0] == "query":
                params.update(sendQuery=True, queryParameters={"parameters": [{"name": st[1], "value": kv},
                                                                              {"name": "url", "value": "={{ $json.url }}"}]})
            elif st[0] in ("header", "bearer", "basic_header"):
                hn = st[1] if st[0] == "header" else "Authorization"
                pre = st[2] if st[0] == "header" else ("Bearer " if st[0] == "bearer" else "Basic ")
                hv = kv if kv.startswith("=") and not pre else (("=" + pre + kv[1:]) if kv.startswith("=") else pre + kv)
                params.update(sendHeaders=True, headerParameters={"parameters": [{"name": hn, "value": hv}]})
            else:
                params.update(sendBody=True, bodyParameters={"parameters": [{"name": "clientKey" if st[0] == "body" else "key", "value": kv}]})
    nodes.append(n8n_node(r, r.choice(["HTTP Request", f"Fetch {p['provider']}", "Call API"]), "n8n-nodes-base.httpRequest", params, [220, 0]))
    nodes.append(n8n_node(r, "Split Out", "n8n-nodes-base.splitOut", {"fieldToSplitOut": r.choice(["organic_results", "data", "items"]), "options": {}}, [440, 0], 1))
    nodes.append(n8n_node(r, "Append to Sheet", "n8n-nodes-base.googleSheets",
                          {"operation": "append", "documentId": {"__rl": True, "mode": "id", "value": rs(r, B64URL, 44)}, "sheetName": {"__rl": True, "mode": "list", "value": "gid=0"}},
                          [660, 0], 4.5))
    nodes[-1]["credentials"] = {"googleSheetsOAuth2Api": {"id": rs(r, ALNUM, 16), "name": "Google Sheets account"}}
    conns = {}
    for a, b in zip(nodes, nodes[1:]):
        conns[a["name"]] = {"main": [[{"node": b["name"], "type": "main", "index": 0}]]}
    wf = {"name": f"{p['provider'].capitalize()} -> Sheets", "nodes": nodes, "pinData": {}, "connections": conns, "active": r.random() < 0.5,
          "settings": {"executionOrder": "v1"}, "versionId": ruuid(r), "meta": {"instanceId": rhex(r, 64)}, "id": rs(r, ALNUM, 16), "tags": []}
    return f"n8n/{r.choice(['workflows/', ''])}{p['provider']}-{r.choice(['sync', 'daily', 'enrich'])}.json", cjson(wf) + "\n"


def r_postman(r, p, es):
    st = p.get("style", ("query", "api_key"))
    kx = var(p, "key") or var(p, "url")
    kv = fv("postman", kx["v"])
    method, params, body = request_shape(r, p)
    url = p["endpoint"].replace("{domain}", "{{domain}}")
    req = {"method": "GET" if method == "GET" else "POST", "header": []}
    q = []
    for k, v in (params or {}).items():
        if isinstance(v, Ref):
            vv = ("{{" + camel(kx["name"]) + "}}") if kx["role"] == "key" and v.name == kx["name"] else "{{login}}"
        elif v is TGT:
            vv = "{{target}}"
        else:
            vv = str(v)
        q.append({"key": k, "value": vv})
    auth = None
    if kx["role"] == "key":
        if st[0] == "header":
            req["header"].append({"key": st[1], "value": st[2] + kv, "type": "text"})
        elif st[0] == "bearer":
            auth = {"type": "bearer", "bearer": [{"key": "token", "value": kv, "type": "string"}]}
        elif st[0] == "basic_header":
            req["header"].append({"key": "Authorization", "value": "Basic " + kv, "type": "text"})
        elif st[0] in ("basic_user", "basic_pair"):
            lg = var(p, "login")
            auth = {"type": "basic", "basic": [{"key": "password", "value": "" if st[0] == "basic_user" else kv, "type": "string"},
                                               {"key": "username", "value": kv if st[0] == "basic_user" else fv("postman", lg["v"]), "type": "string"}]}
    if auth:
        req["auth"] = auth
    raw_url = (kv if kx["role"] == "url" else url)
    req["url"] = {"raw": raw_url + ("?" + "&".join(f"{d['key']}={d['value']}" for d in q) if q else ""),
                  "protocol": "https", "host": raw_url.split("/")[2].split(".") if "://" in raw_url else [raw_url],
                  "path": [x for x in raw_url.split("?")[0].split("/")[3:] if x]}
    if q:
        req["url"]["query"] = q
    if method in ("POST", "FORM") and body is not None:
        req["header"].append({"key": "Content-Type", "value": "application/json"})
        req["body"] = {"mode": "raw", "raw": json.dumps(_plain(body), indent=2).replace('"__T__"', '"{{target}}"').replace('"__R__"', '"{{login}}"'),
                       "options": {"raw": {"language": "json"}}}
    coll = {"info": {"_postman_id": ruuid(r), "name": f"{p['provider'].capitalize()} API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                     "_exporter_id": str(r.randint(10**7, 10**8))},
            "item": [{"name": r.choice(["Search", "Scrape page", "Lookup", "Fetch"]), "request": req, "response": []}],
            "variable": [{"key": "target", "value": targets_for(r, p["cat"])[0]}]}
    if kx["role"] == "key" and st[0] == "query":
        coll["variable"].append({"key": camel(kx["name"]), "value": kv if kx["v"][0] == "lit" else ""})
    return f"postman/{p['provider']}.postman_collection.json", cjson(coll) + "\n"


def r_actor_json(r, p, es):
    envs = {n: fv("apify", v) for n, v in flat_vars(p)}
    envs.update({"LOG_LEVEL": "INFO"})
    a = {"actorSpecification": 1, "name": f"{r.choice(PROJECTS).replace('_', '-')}-actor", "title": r.choice(PROJECTS).replace("_", " ").title(),
         "version": f"0.{r.randint(0, 9)}", "buildTag": "latest", "environmentVariables": envs,
         "dockerfile": "./Dockerfile", "input": "./input_schema.json",
         "storages": {"dataset": {"actorSpecification": 1, "views": {}}}}
    return ".actor/actor.json", json.dumps(a, indent=4) + "\n"


def r_input_json(r, p, es):
    inp = {"startUrls": [{"url": u} for u in targets_for(r, Q_SCRAPE)], "maxRequestsPerCrawl": r.choice([100, 500, 1000]),
           "maxConcurrency": r.choice([5, 10, 20])}
    if p["family"] == "proxy" and p.get("urlname"):
        inp["proxyConfiguration"] = {"useApifyProxy": False, "proxyUrls": [fv("apify", var(p, "url")["v"])]}
    else:
        for n, v in flat_vars(p):
            inp[camel(n)] = fv("apify", v)
        inp["proxyConfiguration"] = {"useApifyProxy": True, "apifyProxyGroups": ["RESIDENTIAL"]}
    return "storage/key_value_stores/default/INPUT.json", json.dumps(inp, indent=2) + "\n"


def r_playwright_config(r, p, es):
    L = ["import { defineConfig, devices } from '@playwright/test';", ""]
    if p.get("urlname"):
        L += assign_lines("ts", p, es) + ["", f"const proxyUrl = new URL({p['urlname']});", ""]
        prox = ["    proxy: {", "      server: `${proxyUrl.protocol}//${proxyUrl.host}`,", "      username: proxyUrl.username,",
                "      password: decodeURIComponent(proxyUrl.password),", "    },"]
    else:
        def v(role):
            return fv("ts", var(p, role)["v"], es)
        hv, pv = var(p, "host")["v"], var(p, "port")["v"]
        srv = (f"'http://{hv[1]}:{pv[1]}'" if hv[0] == "lit" and pv[0] == "lit"
               else "`http://${process.env.PROXY_HOST}:${process.env.PROXY_PORT}`")
        prox = ["    proxy: {", f"      server: {srv},", f"      username: {v('user')},", f"      password: {v('pass')},", "    },"]
    L += ["export default defineConfig({", "  testDir: './tests',", f"  timeout: {r.choice([30, 60, 90])}_000,", "  retries: 1,",
          f"  workers: {r.choice([2, 4])},", "  use: {", f"    baseURL: 'https://{r.choice(SITES)}',", "    headless: true,",
          f"    userAgent: '{r.choice(UAS)}',"] + prox + ["    trace: 'retain-on-failure',", "  },",
          "  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],", "});"]
    return "playwright.config.ts", "\n".join(L) + "\n"


def build_cfg(r):
    if r.random() < 0.6:
        key = rhex(r, 32)
        return dict(provider="zyte", kind="scrapy_cloud_api_key", mode="cfg", family="cfg", needle=key, prefix="",
                    cat=Q_SCRAPE, generic=False, vars=[mkvar("key", "SHUB_APIKEY", lit(key), "SHUB_APIKEY", True)],
                    keyname="SHUB_APIKEY", project=r.randint(100000, 799999))
    pw = human_password(r)
    return dict(provider="scrapyd", kind="deploy_basic_auth_password", mode="cfg", family="cfg", needle=pw, prefix="",
                cat=Q_SCRAPE, generic=False, vars=[mkvar("pass", "SCRAPYD_PASSWORD", lit(pw), "SCRAPYD_PASSWORD", True)],
                user=r.choice(["deploy", "scrapyd", "ci", r.choice(NAMES)]), project=r.choice(PROJECTS))


def r_scrapy_cfg(r, p, es):
    bot = p["project"] if isinstance(p["project"], str) else r.choice(PROJECTS)
    v = fv("cfg", p["vars"][0]["v"])
    L = ["# Automatically created by: scrapy startproject", "#", "# For more information about the [deploy] section see:",
         "# https://scrapyd.readthedocs.io/en/latest/deploy.html", "", "[settings]", f"default = {bot}.settings", ""]
    if p["provider"] == "zyte":
        L += ["[deploy]", "url = https://app.zyte.com/api/scrapyd/", f"username = {v}", "password =", f"project = {p['project']}"]
    else:
        L += ["[deploy:local]", "url = http://localhost:6800/", f"project = {bot}", "",
              "[deploy:prod]", f"url = http://{r.choice(['scrapyd.internal', '10.0.3.21', 'crawl-01.ops.lan'])}:6800/",
              f"project = {bot}", f"username = {p['user']}", f"password = {v}"]
    return "scrapy.cfg", "\n".join(L) + "\n"


def r_shub(r, p, es):
    if p["provider"] != "zyte":
        return r_scrapy_cfg(r, p, es)
    v = fv("yaml", p["vars"][0]["v"])
    L = ["projects:", f"  default: {p['project']}", f"  prod: {p['project'] + r.randint(1, 99)}", "stacks:", "  default: scrapy:2.11",
         "requirements:", "  file: requirements.txt", "apikeys:", f"  default: {v}"]
    return "scrapinghub.yml", "\n".join(L) + "\n"


def r_proxies_txt(r, p, es):
    L = [f"# {p['provider']} {r.choice(['residential', 'rotating', 'sticky'])} endpoint - exported {r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
         "# format: host:port:user:pass"]
    pw = fv("txt", var(p, "pass")["v"]) if var(p, "pass") else p["pw"]
    if r.random() < 0.7:
        L.append(f"{p['host']}:{p['port']}:{p['user']}:{pw}")
    else:
        L[-1] = "# format: user:pass@host:port"
        L.append(f"{p['user']}:{pw}@{p['host']}:{p['port']}")
    return r.choice(["proxies.txt", "config/proxies.txt", "data/proxylist.txt"]), "\n".join(L) + "\n"


def _exp(r):
    return r.randint(1735689600, 1798761600)


def r_cookies_txt(r, p, es):
    L = ["# Netscape HTTP Cookie File", "# https://curl.haxx.se/rfc/cookie_spec.html", "# This is a generated file! Do not edit.", ""]
    dom = p["cdomain"]
    for n, v, _ in p["cookies"]:
        sub = "TRUE" if dom.startswith(".") else "FALSE"
        L.append("\t".join([dom, sub, "/", "TRUE", str(_exp(r)), n, fv("txt", v)]))
    return r.choice(["cookies.txt", "auth/cookies.txt", "data/cookies.txt"]), "\n".join(L) + "\n"


def r_cookies_json(r, p, es):
    out = []
    for i, (n, v, sec) in enumerate(p["cookies"]):
        out.append({"domain": p["cdomain"], "expirationDate": _exp(r) + r.random(), "hostOnly": not p["cdomain"].startswith("."),
                    "httpOnly": n in ("li_at", "auth_token", "sessionid", "__Secure-1PSID"), "name": n, "path": "/",
                    "sameSite": r.choice(["no_restriction", "lax", "unspecified"]), "secure": True, "session": False,
                    "storeId": "0", "value": fv("txt", v), "id": i + 1})
    return r.choice(["cookies.json", "session/cookies.json", "auth/linkedin_cookies.json" if p["provider"] == "linkedin" else "state/cookies.json"]), cjson(out, 420) + "\n"


def r_har(r, p, es):
    started = f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z"
    hdrs = [{"name": "accept", "value": "application/json, text/plain, */*"}, {"name": "accept-language", "value": "en-US,en;q=0.9"},
            {"name": "user-agent", "value": r.choice(UAS)}]
    cookies = []
    if p["family"] == "cookie":
        url = p["site"]
        cookies = [{"name": n, "value": fv("txt", v), "path": "/", "domain": p["cdomain"], "expires": "2026-01-01T00:00:00.000Z",
                    "httpOnly": sec, "secure": True} for n, v, sec in p["cookies"]]
        method, body = "GET", None
    else:
        st = p["style"]
        kx = var(p, "key")
        kv = fv("txt", kx["v"])
        url = p["endpoint"].replace("{domain}", r.choice(DOMAINS))
        if st[0] == "header":
            hdrs.append({"name": st[1].lower(), "value": st[2] + kv})
        elif st[0] == "bearer":
            hdrs.append({"name": "authorization", "value": "Bearer " + kv})
        elif st[0] == "basic_header":
            hdrs.append({"name": "authorization", "value": "Basic " + kv})
        method, body = ("POST", json.dumps(_plain(request_shape(r, p)[2]))) if request_shape(r, p)[0] == "POST" else ("GET", None)
    r.shuffle(hdrs)
    req = {"method": method, "url": url, "httpVersion": "http/2.0", "headers": hdrs, "queryString": [], "cookies": cookies,
           "headersSize": -1, "bodySize": len(body or "")}
    if body:
        req["postData"] = {"mimeType": "application/json", "text": body.replace('"__T__"', json.dumps(targets_for(r, p["cat"])[0]))}
    resp = {"status": 200, "statusText": "", "httpVersion": "http/2.0",
            "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"},
                        {"name": "etag", "value": f'W/"{rhex(r, 4)}-{rs(r, B64URL, 27)}"'},
                        {"name": "x-request-id", "value": ruuid(r)}],
            "cookies": [], "content": {"size": r.randint(800, 90000), "mimeType": "application/json"}, "redirectURL": "",
            "headersSize": -1, "bodySize": -1, "_transferSize": r.randint(800, 40000)}
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": started, "id": "page_1", "title": url, "pageTimings": {"onContentLoad": r.randint(300, 2000), "onLoad": r.randint(900, 4000)}}],
                   "entries": [{"_initiator": {"type": "script"}, "_priority": "High", "_resourceType": "fetch", "cache": {},
                                "pageref": "page_1", "request": req, "response": resp, "serverIPAddress": ip4(r),
                                "startedDateTime": started, "time": round(r.uniform(80, 900), 3),
                                "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": round(r.uniform(50, 800), 2), "receive": 2.4}}]}}
    return r.choice(["captures/session.har", "debug/network.har", "har/login-flow.har"]), cjson(har, 230) + "\n"


# ---------------------------------------------------------------------------
# File-type table
# ---------------------------------------------------------------------------

ALL = {"http", "captcha", "ws", "proxy", "cookie", "s3", "grid", "webhook"}
FILETYPES = {
    "python": (r_py_script, ALL),
    "scrapy_settings": (r_scrapy_settings, {"http", "proxy", "s3"}),
    "scrapy_spider": (r_spider, {"http", "proxy", "cookie"}),
    "javascript": (lambda r, p, es: r_js(r, p, es, "js"), {"http", "captcha", "ws", "proxy", "grid", "webhook"}),
    "typescript": (lambda r, p, es: r_js(r, p, es, "ts"), {"http", "captcha", "ws", "proxy", "cookie"}),
    "playwright_config": (r_playwright_config, {"proxy"}),
    "go": (r_go, {"http", "proxy"}),
    "ruby": (r_rb, {"http", "proxy", "grid"}),
    "php": (r_php, {"http", "proxy", "captcha"}),
    "shell": (r_sh, {"http", "proxy", "cookie", "s3", "captcha"}),
    "dotenv": (r_env, ALL),
    "yaml": (r_yaml, ALL),
    "docker_compose": (r_compose, {"http", "ws", "proxy", "s3", "grid"}),
    "toml": (r_toml, {"http", "captcha", "proxy"}),
    "github_actions": (r_gha, {"http", "proxy", "s3"}),
    "jupyter": (r_ipynb, {"http", "captcha", "ws", "proxy", "cookie"}),
    "markdown": (r_readme, {"http", "captcha", "proxy"}),
    "n8n_json": (r_n8n, {"http", "captcha", "proxy"}),
    "postman_json": (r_postman, {"http"}),
    "apify_actor_json": (r_actor_json, {"http", "proxy", "captcha"}),
    "apify_input_json": (r_input_json, {"http", "proxy", "captcha"}),
    "proxies_txt": (r_proxies_txt, {"proxy_list"}),
    "cookies_txt": (r_cookies_txt, {"cookie"}),
    "cookies_json": (r_cookies_json, {"cookie"}),
    "har": (r_har, {"cookie", "http"}),
    "scrapy_cfg": (r_scrapy_cfg, {"cfg"}),
    "scrapinghub_yml": (r_shub, {"cfg"}),
}


def allowed_types(p):
    fam, mode = p["family"], p["mode"]
    if mode == "proxy_list_line":
        return ["proxies_txt"]
    if mode == "proxy_page_auth":
        return ["javascript", "typescript"]
    if fam == "cfg":
        return ["scrapy_cfg"] if p["provider"] == "scrapyd" else ["scrapy_cfg", "scrapinghub_yml"]
    out = [k for k, (_, fams) in FILETYPES.items() if fam in fams]
    if fam == "proxy" and p.get("urlname") is None:
        out = [t for t in out if t not in ("apify_input_json",)]
    if fam == "proxy" and p.get("urlname"):
        out = [t for t in out if t != "playwright_config"] + ["playwright_config"]
    if fam == "http":
        st = p["style"][0]
        if st in ("basic_user", "basic_pair", "form", "query") or p.get("urlname"):
            out = [t for t in out if t != "har"]
        if p.get("urlname"):
            out = [t for t in out if t not in ("postman_json", "n8n_json")]
        if p.get("loginname") or p.get("projectname"):
            out = [t for t in out if t not in ("n8n_json", "har", "apify_input_json", "postman_json")]
    if fam == "ws" and p.get("urlname") is None:
        pass
    return out


# ---------------------------------------------------------------------------
# Positive payload scheduling
# ---------------------------------------------------------------------------

def pair_list():
    pairs = []
    for s in KEY_SPECS:
        pairs.append(("key", s, 1.0))
    for prov, d in PROXY_PROVIDERS.items():
        for m in d["modes"]:
            pairs.append(("proxy", (prov, m), 1.0))
    for c in COOKIE_SPECS:
        pairs.append(("cookie", c, 1.0))
    pairs += [("s3", None, 2.0), ("grid", None, 1.5), ("webhook", None, 1.0), ("cfg", None, 2.0)]
    return pairs


def build_pair(r, pair):
    cat, arg, _ = pair
    if cat == "key":
        return build_key(r, arg)
    if cat == "proxy":
        p = build_proxy(r, *arg)
        if arg[1] == "proxy_list_line":
            p["family"] = "proxy_list"
        return p
    if cat == "cookie":
        return build_cookie(r, arg)
    return {"s3": build_s3, "grid": build_grid, "webhook": build_webhook, "cfg": build_cfg}[cat](r)


def choose_type(r, p, usage):
    opts = allowed_types(p)
    m = min(usage[t] for t in opts)
    cands = [t for t in opts if usage[t] <= m + 2]
    return r.choice(cands)


# ---------------------------------------------------------------------------
# Negatives, part 1: same payloads with the secret slot made innocent
# ---------------------------------------------------------------------------

def masked(r, pre, n=None):
    k = r.random()
    if k < 0.4:
        return pre + "*" * (n or r.choice([4, 8, 12, 28])) + rs(r, LOWALNUM, 4)
    if k < 0.7:
        return pre + rs(r, ALNUM, 4) + "\u2026" + rs(r, ALNUM, 4)
    return pre + "\u2022" * 6 + rs(r, ALNUM, 4)


def placeholder_key(r, p):
    pre = p.get("prefix", "")
    prov = p["provider"].upper().replace("2CAPTCHA", "TWOCAPTCHA")
    return r.choice([f"YOUR_{prov}_API_KEY", "YOUR_API_KEY", f"<your-{p['provider']}-api-key>",
                     (pre + "YOUR_API_KEY") if pre else "<api-key>", "changeme", "REPLACE_ME",
                     (pre + "x" * 32) if pre else "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", f"{pre}...", "<token>",
                     "TODO: put key here", "your-api-key-here", "${API_KEY}"])


def placeholder_pw(r):
    return r.choice(["changeme", "<password>", "PASSWORD", "your_password", "********", "<proxy-password>", "PASS", "secret-goes-here"])


def neg_swap(r, p, code_like):
    """Mutate p in place so that no credential remains; return variant name."""
    variant = None
    if p["family"] == "s3":
        if r.random() < 0.45:
            p["vars"][0]["v"], p["vars"][1]["v"] = lit("AKIAIOSFODNN7EXAMPLE"), lit("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            return "aws_documented_example_keys"
        p["vars"][0]["v"], p["vars"][1]["v"] = env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY")
        return "env_reference"
    if p["family"] == "cookie":
        keep = [(n, v, False) for n, v, s in p["cookies"] if not s]
        if p["provider"] == "django_site":
            keep.append(("csrftoken", lit(rs(r, ALNUM, 32)), False))
        if r.random() < 0.5:
            keep.append(("_ga", lit(f"GA1.1.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"), False))
            keep.append(("_gid", lit(f"GA1.2.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"), False))
        p["cookies"] = keep
        return "non_credential_cookies"
    if p["provider"] == "clearbit" and var(p, "key") and r.random() < 0.5:
        x = var(p, "key")
        x["v"] = lit("pk_" + rhex(r, 32))
        x["name"] = r.choice(["CLEARBIT_PUBLISHABLE_KEY", "NEXT_PUBLIC_CLEARBIT_KEY", "CLEARBIT_PK"])
        p["keyname"] = x["name"]
        return "publishable_key"
    for x in p["vars"]:
        if not x["secret"]:
            continue
        k = r.random()
        if x["role"] == "url":
            pre, post = p["url_parts"]
            if p["family"] == "proxy" and k < 0.2 and not p["provider"] == "zyte":
                x["v"] = lit(f"{p.get('scheme', 'http')}://{p['host']}:{p['port']}")
                variant = "ip_whitelisted_proxy_no_credentials"
            elif k < 0.6:
                x["v"] = tmpl(pre, x["env"] if p["family"] != "proxy" else r.choice(["PROXY_PASS", "PROXY_PASSWORD", f"{p['provider'].upper()}_PASSWORD"]), post)
                variant = "env_interpolation"
            elif k < 0.85:
                x["v"] = lit(pre + (placeholder_key(r, p) if p["family"] not in ("proxy", "grid") else placeholder_pw(r)) + post)
                variant = "placeholder"
            else:
                x["v"] = lit(pre + ("****" if p["family"] in ("proxy", "grid") else masked(r, p.get("prefix", ""))) + post)
                variant = "masked"
        else:
            pw = x["role"] == "pass"
            if k < (0.55 if code_like else 0.3):
                x["v"] = env(x["env"] if not p["generic"] else x["name"])
                variant = "env_reference"
            elif k < 0.8:
                x["v"] = lit(placeholder_pw(r) if pw else placeholder_key(r, p))
                variant = "placeholder"
            elif k < 0.93:
                x["v"] = lit(masked(r, "" if pw else p.get("prefix", "")))
                variant = "masked"
            else:
                x["v"] = lit("")
                variant = "empty"
    return variant or "env_reference"


CODE_TYPES = {"python", "scrapy_settings", "scrapy_spider", "javascript", "typescript", "playwright_config", "go", "ruby", "php",
              "shell", "jupyter", "markdown"}


def build_swap_negative(r, pair, usage):
    p = build_pair(r, pair)
    if p["family"] == "cookie":
        opts = ["cookies_txt", "cookies_json", "har", "python", "typescript", "scrapy_spider", "shell"]
    else:
        opts = allowed_types(p)
    m = min(usage[t] for t in opts)
    ft = r.choice([t for t in opts if usage[t] <= m + 2])
    variant = neg_swap(r, p, ft in CODE_TYPES)
    if ft in ("har", "proxies_txt", "cookies_txt", "cookies_json", "scrapy_cfg"):
        for x in p["vars"]:
            if x["secret"] and x["v"][0] in ("env", "tmpl"):
                red = r.choice(["[REDACTED]", "********", "<redacted>", "REDACTED"])
                x["v"] = lit(red) if x["v"][0] == "env" else lit(x["v"][1] + red + x["v"][3])
                variant = "redacted"
    return p, ft, variant


# ---------------------------------------------------------------------------
# Negatives, part 2: domain-specific innocent files
# ---------------------------------------------------------------------------

def sn_free_proxies(r):
    L = [f"# free proxies scraped from a public list {r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
         "# most die within hours - re-check with tools/check_proxies.py", ""]
    for _ in range(r.randint(8, 30)):
        ip = ip4(r)
        port = r.choice([80, 3128, 8080, 8888, 1080, 4145, 9999, 999, 8118, 3129])
        L.append(r.choice([f"{ip}:{port}", f"{ip}:{port}", f"http://{ip}:{port}", f"socks5://{ip}:{port}"]))
    return r.choice(["proxies.txt", "data/free_proxies.txt", "proxylist.txt"]), "\n".join(L) + "\n", "free_proxy_list", "free_public_proxy_list", "proxies_txt"


def sn_ua_list(r):
    L = ['"""Rotating user agents for the downloader middleware."""', "import random", "", "USER_AGENTS = ["]
    L += [f'    "{u}",' for u in r.sample(UAS, r.randint(3, len(UAS)))]
    L += ["]", "", "", "class RandomUserAgentMiddleware:", "    def process_request(self, request, spider):",
          '        request.headers["User-Agent"] = random.choice(USER_AGENTS)',
          f'        request.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"']
    return f"{r.choice(PROJECTS)}/middlewares/useragents.py", "\n".join(L) + "\n", "generic", "user_agent_strings", "python"


def sn_saved_html(r):
    vs = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(120, 300)))).decode()
    ev = base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode()
    sk = recaptcha_sitekey(r) if r.random() < 0.6 else turnstile_sitekey(r)
    cls = "g-recaptcha" if sk.startswith("6L") else "cf-turnstile"
    ga = ga_id(r)
    L = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">',
         f'  <meta name="csrf-token" content="{rs(r, ALNUM, 40)}">', f"  <title>Sign in | {r.choice(DOMAINS)}</title>",
         f'  <script async src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>',
         "  <script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}",
         f"  gtag('js', new Date());gtag('config', '{ga}');</script>", "</head>", "<body>",
         '  <form method="post" action="./Login.aspx" id="form1">',
         f'    <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />',
         f'    <input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rhex(r, 8, True)}" />',
         f'    <input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />',
         f'    <input type="hidden" name="csrfmiddlewaretoken" value="{rs(r, ALNUM, 64)}">',
         '    <input type="email" name="email" autocomplete="username">',
         '    <input type="password" name="password" autocomplete="current-password">',
         f'    <div class="{cls}" data-sitekey="{sk}"></div>', '    <button type="submit">Sign in</button>', "  </form>",
         "</body>", "</html>"]
    return f"fixtures/pages/login_{r.randint(1, 40)}.html", "\n".join(L) + "\n", "generic", "saved_html_csrf_viewstate_sitekey", "html"


def sn_analytics_cookies(r):
    dom = "." + r.choice(SITES).replace("www.", "")
    ck = [("_ga", f"GA1.1.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"),
          ("_gid", f"GA1.2.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"),
          ("_fbp", f"fb.1.{r.randint(10**12, 10**13)}.{r.randint(10**8, 10**9)}"),
          ("_gcl_au", f"1.1.{r.randint(10**8, 10**10)}.{r.randint(1690000000, 1720000000)}"),
          ("OptanonAlertBoxClosed", "2024-04-18T09:12:44.117Z"),
          ("OptanonConsent", f"isGpcEnabled=0&datestamp=Thu+Apr+18+2024&version=202403.1.0&consentId={ruuid(r)}&interactionCount=1&groups=C0001%3A1%2CC0002%3A0"),
          ("euconsent-v2", "CP" + rs(r, B64URL, 60) + ".YAAAAAAAAAAA"),
          ("cookie_consent", "accepted"), ("currency", r.choice(["EUR", "USD", "GBP"])), ("lang", "en")]
    ck = r.sample(ck, r.randint(4, len(ck)))
    if r.random() < 0.5:
        L = ["# Netscape HTTP Cookie File", "# This is a generated file! Do not edit.", ""]
        L += ["\t".join([dom, "TRUE", "/", "FALSE", str(_exp(r)), n, v]) for n, v in ck]
        return "cookies.txt", "\n".join(L) + "\n", "generic", "analytics_consent_cookies", "cookies_txt"
    out = [{"domain": dom, "expirationDate": _exp(r), "hostOnly": False, "httpOnly": False, "name": n, "path": "/",
            "sameSite": "lax", "secure": False, "session": False, "storeId": "0", "value": v} for n, v in ck]
    return "cookies.json", cjson(out, 300) + "\n", "generic", "analytics_consent_cookies", "cookies_json"


def sn_requests_seen(r):
    L = [hashlib.sha1(f"{r.random()}".encode()).hexdigest() for _ in range(r.randint(10, 60))]
    sp = r.choice(["products", "listings", "reviews"])
    return f"crawls/{sp}-1/requests.seen", "\n".join(L) + "\n", "scrapy", "request_fingerprints_sha1", "jobdir_txt"


class Clock:
    def __init__(self, r, fmt="%Y-%m-%d %H:%M:%S"):
        self.r = r
        self.t = r.randint(1704067200, 1735603200)
        self.fmt = fmt

    def tick(self, lo=1, hi=40, ms=True):
        import datetime
        self.t += self.r.randint(lo, hi)
        s = datetime.datetime.fromtimestamp(self.t, datetime.timezone.utc).strftime(self.fmt)
        return s + (f",{self.r.randint(0, 999):03d}" if ms else "")


def sn_captcha_log(r):
    L = []
    ck = Clock(r)
    prov = r.choice(["2captcha", "capsolver", "anticaptcha", "capmonster"])
    pre = "CAP-" if prov == "capsolver" else ""
    mk = pre + rs(r, HEXU if pre else HEX, 4) + "****" + rs(r, HEXU if pre else HEX, 4)
    L.append(f"{ck.tick()} INFO solver: provider={prov} key={mk} balance=${r.uniform(1, 90):.3f}")
    for _ in range(r.randint(6, 25)):
        tid = ruuid(r) if prov in ("capsolver",) else str(r.randint(10**9, 10**11))
        L.append(f"{ck.tick()} INFO solver: created taskId={tid} type=ReCaptchaV2TaskProxyless sitekey={recaptcha_sitekey(r)}")
        L.append(f"{ck.tick(5, 40)} INFO solver: taskId={tid} status=ready cost=0.00{r.randint(1, 3)} solve_time={r.uniform(5, 40):.1f}s")
    return f"logs/solver-{r.randint(1, 30):02d}.log", "\n".join(L) + "\n", prov, "captcha_task_ids_masked_key_log", "log"


def sn_apify_ids(r):
    actor, ds, run = apify_id(r), apify_id(r), apify_id(r)
    L = ['"""Pull the latest dataset of our scheduled actor."""', "import os", "", "from apify_client import ApifyClient", "",
         f'ACTOR_ID = "{actor}"  # {r.choice(["apify/web-scraper", "apify/google-search-scraper", "compass/crawler-google-places"])}',
         f'LAST_RUN_ID = "{run}"', f'DATASET_ID = "{ds}"', f'KV_STORE_ID = "{apify_id(r)}"', "",
         'client = ApifyClient(os.environ["APIFY_TOKEN"])', "items = client.dataset(DATASET_ID).list_items(clean=True).items",
         'print(len(items), "items")', "run = client.run(LAST_RUN_ID).get()", 'print(run["status"], run["stats"]["computeUnits"])']
    return "scripts/pull_dataset.py", "\n".join(L) + "\n", "apify", "actor_dataset_run_ids", "python"


def sn_sops(r):
    def enc(n):
        return f"ENC[AES256_GCM,data:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()},iv:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()},tag:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()},type:str]"
    keys = r.sample(["SCRAPERAPI_KEY", "ZYTE_API_KEY", "PROXY_PASS", "CAPSOLVER_API_KEY", "SERPAPI_API_KEY", "APIFY_TOKEN", "BRIGHTDATA_PASSWORD"], 3)
    L = ["crawler:"] + [f"    {k.lower()}: {enc(r.choice([24, 32, 40, 64]))}" for k in keys]
    L += ["sops:", "    kms:", f"        - arn: arn:aws:kms:eu-central-1:{r.randint(10**11, 10**12 - 1)}:key/{ruuid(r)}",
          "          created_at: \"2024-03-11T10:22:31Z\"", f"          enc: {base64.b64encode(bytes(r.getrandbits(8) for _ in range(180))).decode()}",
          "          aws_profile: \"\"", "    lastmodified: \"2024-03-11T10:22:32Z\"",
          f"    mac: ENC[AES256_GCM,data:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode()},iv:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()},tag:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()},type:str]",
          "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "secrets/crawler.enc.yaml", "\n".join(L) + "\n", "sops", "sops_ciphertext", "yaml"


def sn_sealed(r):
    keys = r.sample(["SCRAPINGBEE_API_KEY", "OXYLABS_PASSWORD", "FIRECRAWL_API_KEY", "TWOCAPTCHA_API_KEY", "HUNTER_API_KEY"], 2)
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: crawler-secrets", f"  namespace: {r.choice(['scraping', 'crawlers', 'data'])}",
         "spec:", "  encryptedData:"]
    for k in keys:
        L.append(f"    {k}: Ag" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(300, 420)))).decode())
    L += ["  template:", "    metadata:", "      name: crawler-secrets", "    type: Opaque"]
    return "k8s/sealed-secret.yaml", "\n".join(L) + "\n", "sealed_secrets", "sealed_secret_ciphertext", "yaml"


def sn_kms_env(r):
    L = ["# values are KMS-encrypted; decrypted at boot by entrypoint.sh (aws kms decrypt)", f"AWS_REGION={r.choice(['eu-central-1', 'us-east-1'])}",
         f"KMS_KEY_ALIAS=alias/{r.choice(PROJECTS)}"]
    for k in r.sample(["SCRAPERAPI_KEY_ENCRYPTED", "PROXY_PASS_CIPHERTEXT", "SERPER_API_KEY_KMS", "APOLLO_API_KEY_ENCRYPTED"], 2):
        L.append(f"{k}=AQICAHh" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(150, 190)))).decode())
    L += ["LOG_LEVEL=info", "CONCURRENCY=8"]
    return ".env.encrypted", "\n".join(L) + "\n", "aws_kms", "kms_ciphertext", "dotenv"


def sn_test_keys(r):
    L = ['"""Fixtures for the signup-flow tests (captcha always passes)."""', "import pytest", "", "",
         "# Google's documented reCAPTCHA v2 test keys - every verification passes.",
         f'RECAPTCHA_SITE_KEY = "{RECAPTCHA_TEST_SITE}"', f'RECAPTCHA_SECRET_KEY = "{RECAPTCHA_TEST_SECRET}"', "",
         "# Cloudflare Turnstile dummy keys (always pass)", f'TURNSTILE_SITE_KEY = "{TURNSTILE_TEST_SITE}"',
         f'TURNSTILE_SECRET_KEY = "{TURNSTILE_TEST_SECRET}"', "", "# hCaptcha test keys", f'HCAPTCHA_SITE_KEY = "{HCAPTCHA_TEST_SITE}"',
         f'HCAPTCHA_SECRET = "{HCAPTCHA_TEST_SECRET}"', "", "", "@pytest.fixture", "def captcha_settings(settings):",
         "    settings.RECAPTCHA_PUBLIC_KEY = RECAPTCHA_SITE_KEY", "    settings.RECAPTCHA_PRIVATE_KEY = RECAPTCHA_SECRET_KEY", "    return settings"]
    r.random()
    return "tests/conftest.py", "\n".join(L) + "\n", "captcha_widgets", "documented_test_keys", "python"


def sn_crawlee(r):
    c = {"persistStorage": r.choice([True, False]), "logLevel": r.choice(["INFO", "DEBUG"]), "headless": True,
         "defaultDatasetId": apify_id(r) if r.random() < 0.5 else "default", "defaultKeyValueStoreId": "default",
         "defaultRequestQueueId": "default", "purgeOnStart": r.choice([True, False]), "memoryMbytes": r.choice([2048, 4096]),
         "availableMemoryRatio": 0.5, "maxUsedCpuRatio": 0.95}
    return "crawlee.json", json.dumps(c, indent=2) + "\n", "crawlee", "crawlee_config_ids", "crawlee_json"


def sn_compose_digest(r):
    L = ['version: "3.8"', "services:", "  browserless:",
         f"    image: ghcr.io/browserless/chromium@sha256:{rhex(r, 64)}", "    environment:",
         "      - TOKEN=${BROWSERLESS_TOKEN:?set BROWSERLESS_TOKEN}", "      - CONCURRENT=10", "    ports:", '      - "3000:3000"',
         "  selenium:", f"    image: selenium/standalone-chrome@sha256:{rhex(r, 64)}", "    shm_size: 2gb", "    ports:",
         '      - "4444:4444"', "  crawler:", "    build: .", "    environment:",
         "      BROWSER_WS: ws://browserless:3000?token=${BROWSERLESS_TOKEN}", "      SELENIUM_REMOTE_URL: http://selenium:4444/wd/hub",
         "      HTTP_PROXY: http://${PROXY_USER}:${PROXY_PASS}@gate.decodo.com:7000"]
    return "docker-compose.yml", "\n".join(L) + "\n", "browserless", "env_interpolation_image_digests", "docker_compose"


def sn_serp_results(r):
    sid = rhex(r, 24)
    res = {"search_metadata": {"id": sid, "status": "Success", "json_endpoint": f"https://serpapi.com/searches/{rhex(r, 16)}/{sid}.json",
                               "created_at": "2024-05-02 08:11:52 UTC", "total_time_taken": round(r.uniform(0.8, 3.5), 2)},
           "search_parameters": {"engine": "google", "q": r.choice(KEYWORDS), "gl": "us", "hl": "en", "device": "desktop"},
           "organic_results": [{"position": i + 1, "title": f"{r.choice(WORDS).title()} {r.choice(WORDS)} guide", "link": f"https://{r.choice(DOMAINS)}/{r.choice(WORDS)}",
                                "redirect_link": f"https://www.google.com/url?sa=t&url=https://{r.choice(DOMAINS)}/&ved={rs(r, B64URL, 30)}",
                                "displayed_link": r.choice(DOMAINS)} for i in range(r.randint(2, 5))]}
    return f"data/serp/{sid}.json", json.dumps(res, indent=2) + "\n", "serpapi", "search_result_ids", "json"


def sn_masked_run_log(r):
    host = r.choice(["brd.superproxy.io:33335", "pr.oxylabs.io:7777", "gate.decodo.com:7000", "p.webshare.io:80"])
    ck = Clock(r)
    L = [f"{ck.tick(ms=False)} [scrapy.utils.log] INFO: Scrapy 2.11.2 started (bot: {r.choice(PROJECTS)})",
         f"{ck.tick(0, 1, False)} [middlewares] INFO: proxy http://{r.choice(['customer-ops', 'user-sp8h2k', 'brd-customer-hl_5c1d-zone-res'])}:****@{host}",
         f"{ck.tick(0, 1, False)} [middlewares] INFO: scraping api key=****{rs(r, HEX, 4)} (masked)",
         f"{ck.tick(0, 1, False)} [scrapy.core.engine] INFO: Spider opened"]
    for _ in range(r.randint(5, 20)):
        s = r.choice(SITES)
        L.append(f"{ck.tick(0, 3, False)} [scrapy.core.engine] DEBUG: Crawled (200) <GET https://{s}{r.choice(SITE_PATHS[s])}> (referer: None) ['cached'] fp={hashlib.sha1(str(r.random()).encode()).hexdigest()}")
    return "logs/crawl.log", "\n".join(L) + "\n", "generic", "masked_credentials_in_log", "log"


def sn_shub_noauth(r):
    L = ["# apikey is read from the SHUB_APIKEY environment variable in CI", "projects:", f"  default: {r.randint(100000, 799999)}",
         "stacks:", "  default: scrapy:2.11", "requirements:", "  file: requirements.txt", "image: false"]
    return "scrapinghub.yml", "\n".join(L) + "\n", "zyte", "project_id_no_apikey", "scrapinghub_yml"


def sn_clearbit_widget(r):
    pk = "pk_" + rhex(r, 32)
    L = ["<!-- Clearbit Reveal: publishable key, safe to ship to the browser -->",
         f'<script src="https://tag.clearbitscripts.com/v1/{pk}/tags.js" referrerpolicy="strict-origin-when-cross-origin" async></script>',
         "<script>", f"  window.CLEARBIT_PUBLISHABLE_KEY = '{pk}';", "</script>",
         f'<script async src="https://www.googletagmanager.com/gtag/js?id={ga_id(r)}"></script>',
         f'<div class="cf-turnstile" data-sitekey="{turnstile_sitekey(r)}" data-theme="light"></div>']
    return "templates/partials/tracking.html", "\n".join(L) + "\n", "clearbit", "publishable_key_sitekey", "html"


SPECIAL_NEGS = [sn_free_proxies, sn_ua_list, sn_saved_html, sn_analytics_cookies, sn_requests_seen, sn_captcha_log,
                sn_apify_ids, sn_sops, sn_sealed, sn_kms_env, sn_test_keys, sn_crawlee, sn_compose_digest,
                sn_serp_results, sn_masked_run_log, sn_shub_noauth, sn_clearbit_widget]


# ---------------------------------------------------------------------------
# Driver and self-check
# ---------------------------------------------------------------------------

def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def fit_lines(r, text, ft):
    """Keep files within 5..80 lines (pad short ones with a harmless comment header)."""
    n = text.count("\n")
    if n >= 5:
        return text
    pad = {"proxies_txt": "#", "dotenv": "#", "yaml": "#", "scrapinghub_yml": "#", "scrapy_cfg": "#", "shell": "#"}.get(ft)
    if pad is None:
        return text
    extra = [f"{pad} maintained by the data team", f"{pad} rotate via the provider dashboard, not here",
             f"{pad} last checked {r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{pad}"]
    lines = text.split("\n")
    head = 1 if lines and lines[0].startswith("#!") else 0
    lines[head:head] = extra[:max(0, 6 - n)]
    return "\n".join(lines)


def schedule(r, pairs, n):
    seq = []
    while len(seq) < n:
        block = []
        for pr in pairs:
            block += [pr] * (2 if pr[2] >= 2 else 1)
            if 1 < pr[2] < 2 and r.random() < pr[2] - 1:
                block.append(pr)
        r.shuffle(block)
        seq += block
    return seq[:n]


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    pairs = pair_list()
    usage = Counter({t: 0 for t in FILETYPES})
    pos_files = {}
    for i, pair in enumerate(schedule(r, pairs, N_POS)):
        for attempt in range(20):
            p = build_pair(r, pair)
            ft = choose_type(r, p, usage)
            es = r.randint(0, 5)
            rel, text = FILETYPES[ft][0](r, p, es)
            text = fit_lines(r, text, ft)
            if text.count(p["needle"]) == 1 and 5 <= text.count("\n") <= 80:
                break
        else:
            raise SystemExit(f"could not render {pair[0]} {p['provider']} {p['kind']} as {ft}")
        usage[ft] += 1
        rel_file = f"pos/p{i:04d}/{rel}"
        write(outdir, rel_file, text)
        line = text[:text.index(p["needle"])].count("\n") + 1
        manifest.append({"file": rel_file, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": ft})
        secrets.append({"file": rel_file, "needle": p["needle"], "line": line})
        pos_files[rel_file] = text

    nusage = Counter({t: 0 for t in FILETYPES})
    nsched = schedule(r, pairs, N_NEG)
    neg_rows = []
    for i in range(N_NEG):
        if i % 20 < 11:
            p, ft, variant = build_swap_negative(r, nsched[i], nusage)
            rel, text = FILETYPES[ft][0](r, p, r.randint(0, 5))
            prov, kind = p["provider"], f"{p['kind']}:{variant}"
        else:
            fn = SPECIAL_NEGS[(i * 7 + seed) % len(SPECIAL_NEGS)] if r.random() < 0.5 else r.choice(SPECIAL_NEGS)
            rel, text, prov, kind, ft = fn(r)
        text = fit_lines(r, text, ft)
        nusage[ft] += 1
        rel_file = f"neg/n{i:04d}/{rel}"
        write(outdir, rel_file, text)
        neg_rows.append((rel_file, text))
        manifest.append({"file": rel_file, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets, neg_rows)


def self_check(outdir, manifest, secrets, neg_rows):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            errors += 1
            print("needle not on stated line:", s["file"])
    needles = [s["needle"] for s in secrets]
    for rel, text in neg_rows:
        for nd in needles:
            if nd in text:
                errors += 1
                print("positive needle leaked into negative:", rel)
    sizes = Counter()
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            n = fh.read().count("\n")
        if not 5 <= n <= 80:
            sizes[m["filetype"]] += 1
    pos = [m for m in manifest if m["label"] == "pos"]
    neg = [m for m in manifest if m["label"] == "neg"]
    print(f"positives={len(pos)} negatives={len(neg)} errors={errors}")
    print(f"provider/kind pairs (pos): {len({(m['provider'], m['kind']) for m in pos})}")
    print("providers (pos):", dict(sorted(Counter(m["provider"] for m in pos).items())))
    print("kinds (pos):", dict(sorted(Counter(m["kind"] for m in pos).items())))
    print("filetypes (pos):", dict(sorted(Counter(m["filetype"] for m in pos).items())))
    print("filetypes (neg):", dict(sorted(Counter(m["filetype"] for m in neg).items())))
    print("neg kinds:", dict(sorted(Counter(m["kind"].split(":")[-1] for m in neg).items())))
    if sizes:
        print("files outside 5..80 lines by type:", dict(sizes))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
