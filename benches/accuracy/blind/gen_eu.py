#!/usr/bin/env python3
"""Blind evaluation-set generator "eu": sports data, betting, fantasy sports and iGaming.

EMPHASIS
    Domain: sports-data feeds, odds scraping, betting exchanges and bots, fantasy-sports
    tooling, casino/game-aggregator wallets, iGaming payments, KYC and geolocation compliance,
    plus the cloud/database credentials such projects carry.
    Providers: Sportradar, SportsDataIO, Stats Perform/Opta (SDAPI outlet key), Genius Sports,
    API-Football (api-sports direct key and RapidAPI key), The Odds API, Betfair Exchange
    (app key, session token, certificate-login private key), Pinnacle (HTTP Basic),
    Smarkets and Matchbook (account passwords), Yahoo Fantasy (OAuth client secret),
    ESPN fantasy (espn_s2 cookie), Sleeper (public, ids only), game aggregators / remote
    game servers (HMAC signing secrets, operator private keys), Paysafe, Skrill, Trustly,
    Nuvei, Sumsub, Onfido, Jumio, GeoComply, AWS, Azure Storage, GCP service accounts,
    PostgreSQL/MySQL/Redis/MongoDB/RabbitMQ URLs, Slack/Discord webhooks, Telegram bots.
    File types: Python, Jupyter notebooks, JavaScript, TypeScript, Go, C#, SQL, shell,
    YAML (configs, docker-compose, Kubernetes, Helm values, GitHub workflows), JSON
    (configs, Postman collections, appsettings, local.settings), TOML, INI/cfg, Java
    .properties, XML, Terraform, Markdown (cURL examples), CSV, logs, PEM, .env.

USAGE
    python3 gen_eu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  All randomness comes from one random.Random(SEED); the same
    seed gives byte-identical output.  Standard library only.

NEEDLE CONVENTIONS
    - The needle is the secret exactly as written, on one line; "line" is the 1-based line
      of its first occurrence (asserted after writing).
    - API keys, tokens, client secrets, passwords, signing secrets: the bare value, without
      quotes, without the variable/header name.
    - URLs with embedded credentials (postgres://u:PASS@h, redis://:PASS@h, amqp://...):
      only the password part.  Webhook URLs whose secret is the path (Slack, Discord):
      the whole URL.  API keys inside query strings or URL paths: only the key.
    - Headers: only the value after the scheme, e.g. for "Authorization: Basic XXX" the
      base64 XXX; for "Authorization: Token token=api_live.X.Y" the token api_live.X.Y.
    - Key pairs (AWS key id + secret, Sumsub app token + secret key, Pinnacle user +
      password, Yahoo client id + secret): every positive file holds exactly ONE secret
      half; the other half is either absent (env reference) or is an identifier.  For AWS
      the needle is the secret access key; the AKIA key id is context.
    - Multi-line private keys (PEM, and PEM inside JSON strings): the needle is the
      "-----BEGIN ... PRIVATE KEY-----" header text (the line where the key starts).
    - Cookies: the cookie value (espn_s2), not the cookie name.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot holding a
    non-secret: empty values, placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme,
    xxxx...), masked values (****, [REDACTED]), environment references (${VAR}, $VAR),
    secret-manager references (vault:..., op://..., AWS Secrets Manager ARNs), template
    expressions (Postman {{var}}), and documentation example values published by the
    providers (Paysafe MerchantXYZ key, Pinnacle Basic example, Betfair sample app key,
    Skrill MQI example hash, AWS EXAMPLE keys).  Private-key and .env templates are not
    re-used.  Counts: 74 positive templates, 68 slot variants + 64 look-alike templates.
    The other half are domain look-alikes: Betfair market/selection/event ids, Sportradar
    URNs, Opta 25-char ids, fixture/player ids, odds tables, bet and transaction references,
    game-round ids, provably-fair server-seed HASHES and public client seeds, callback and
    webhook signatures (HMAC digests, Skrill md5sig, Nuvei checksums, Sumsub payload
    digests), UUIDs, ESPN SWID alone, Sleeper ids, Yahoo league keys, public keys and
    certificates, JWKS, SSH public keys, package-lock/go.sum/terraform lock hashes, image
    digests, git SHAs, crypto deposit addresses and tx hashes, base64 images and protobuf
    fixtures, SOPS/sealed-secrets ciphertext, documented-public keys (Stripe publishable,
    reCAPTCHA site key, Firebase web apiKey, Mapbox pk token, Sentry DSN, Trustly accessId
    in trustly.js), and code that reads secrets from env/secret stores.
    No negative is written to a policy-blocked .env / .env.<stage> file name.

FORMATS CHECKED (search tool, providers' docs unless said otherwise)
    - Sportradar: "API keys are randomly generated 40 characters ... keys from our previous
      system are 24 characters"; sent in header x-api-key (developer.sportradar.com).
    - Sumsub: headers X-App-Token, X-App-Access-Ts, X-App-Access-Sig (lowercase hex
      HMAC-SHA256 made with the secret key) (docs.sumsub.com); sandbox tokens begin with
      "sbx:", production with "prd:" (an integrator's page).
    - Onfido/Entrust: sandbox tokens start "api_sandbox", live "api_live", may vary by
      region; header "Authorization: Token token=..." (developers.onfido.com, support).
    - API-Football: header x-apisports-key (direct) or x-rapidapi-key with host
      api-football-v1.p.rapidapi.com / v3.football.api-sports.io.
    - The Odds API: apiKey query parameter on /v4/sports/{sport}/odds, quota headers
      x-requests-remaining / x-requests-used.
    - Betfair: X-Application (app key) and X-Authentication (session token) headers;
      identitysso login/keepAlive; cert login at identitysso-cert.betfair.com/api/certlogin
      with a self-signed 1024/2048-bit RSA client certificate; doc sample app key
      "IhDSui3ODdsdwo" (used only as a negative).
    - Pinnacle: HTTP Basic base64("username:password"); password at most 10 characters;
      doc example "U03MyOT23YbzMDc6d3c3O1DQ1" (negative only).
    - Matchbook: login returns a "session-token" cookie/header (positives use the account
      password, format of the session token not documented).
    - Paysafe: API key = username + password sent as HTTP Basic; documented example
      username "MerchantXYZ", password "B-tst1-0-51ed39e4-..." and a QA example
      "B-qa2-0-579b6aec-0-606c0214..." (negatives only).
    - Skrill (Paysafe digital wallets): secret word lowercase, at most 10 characters, no
      special characters; md5sig is 32 UPPERCASE hex; MQI/API password is a separate
      password, sent as its MD5 hex in the example query URL.
    - Nuvei: checksum SHA-256 of merchantId|merchantSiteId|clientRequestId|timeStamp|
      merchantSecretKey; getSessionToken endpoint; env names NUVEI_MERCHANT_SECRET_KEY.
    - Trustly: EU JSON-RPC = username/password + RSA private key signing; NA = accessId
      (public, used by trustly.js) + accessKey (HTTP Basic).
    - ESPN fantasy: private leagues need cookies espn_s2 and SWID ("{UUID}" with braces),
      endpoint lm-api-reads.fantasy.espn.com (ffscrapr docs, espn_api usage in code).
    - Yahoo Fantasy: OAuth consumer key/secret from developer.yahoo.com; authorize
      api.login.yahoo.com/oauth2/request_auth, token /oauth2/get_token, scope fspt-r.
    - Provably fair: SHA-256 hash of server seed published before play, client seed and
      nonce public, HMAC-SHA256(server_seed, client_seed:nonce).
    - Jumio legacy: Basic base64(api_token:api_secret); current platform: OAuth2 client
      credentials.  Statscore (not used) / Opta: outlet key in the URL path.
    Code search was used only for how projects write config (headers, cookie dicts,
    notebooks).  Several search hits showed what look like real leaked credentials in
    public repositories (ESPN cookies, a Yahoo client secret, an api-sports key); none
    were copied.  No scanner rule code was opened.

DOUBTS (formats not confirmed in the documentation I could reach)
    - Sportradar alphabet (assumed [A-Za-z0-9]{40}; legacy [a-z0-9]{24}).
    - SportsDataIO, The Odds API and api-sports direct keys assumed 32 lowercase hex.
    - RapidAPI key layout assumed [0-9a-f]{10}msh[0-9a-f]{15}p1[0-9a-f]{6}jsn[0-9a-f]{12}.
    - Betfair app key assumed 16 alphanumerics; session token assumed 44-char base64
      (32 random bytes) ending in "=".
    - Sumsub token body lengths (24 + "." + 32) and 32-char secret key are assumptions.
    - Onfido token body (11 + "." + 32 url-safe chars) and regional prefixes assumed.
    - Paysafe password tail assumed to be a DER ECDSA/DSA signature "302c0214..0214..".
    - Nuvei merchantSecretKey assumed 64 alphanumerics; Jumio secret 32 alphanumerics;
      Trustly NA accessKey 32 alphanumerics; Genius Sports client secret 64 url-safe chars.
    - Opta/Stats Perform outlet key assumed 26 lowercase alphanumerics.
    - GeoComply integration docs are not public: the "api secret" and AES key/IV used by
      the geopacket decryption are plausible shapes only.
    - Yahoo client id assumed base64("v=2&i=...&d=...&s=consumersecret&sv=0&x=..") with
      "--" padding; client secret assumed 40 lowercase hex.
    - ESPN espn_s2 assumed URL-encoded base64 starting "AE", ~250-360 chars.
    - Aggregator wallet signing conventions (header names) are generic, not vendor docs.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import urllib.parse

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


# --------------------------------------------------------------------------- helpers
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, "0123456789", n - 1)


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("@" + k + "@", str(v))
    return tpl


def nm(r, conventional, neutral):
    """About half conventional, half neutral/unusual names."""
    if r.random() < 0.5:
        return conventional
    return r.choice(neutral)


def yq(v):
    """YAML scalar: plain when safe, else double-quoted."""
    if v == "" or v[0] in "-?:,[]{}#&*!|>'\"%@`<" or ": " in v or " #" in v or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"' + v + '"'
    return v


def pem_block(r, label, prefix_hex, total):
    prefix = bytes.fromhex(prefix_hex)
    body = prefix + rbytes(r, total - len(prefix))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_pkcs1(r):
    return pem_block(r, "RSA PRIVATE KEY", "308204a40201000282010100", 1192)


def rsa_pkcs8(r):
    return pem_block(r, "PRIVATE KEY", "308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100", 1218)


def ec_key(r):
    pre = "30770201010420"
    body = bytes.fromhex(pre) + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64)
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % "\n".join(lines)


def pub_key(r):
    body = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(r, 256) + bytes.fromhex("0203010001")
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(lines)


def cert(r):
    return pem_block(r, "CERTIFICATE", "308203", 880)


TEAMS_FB = ["Arsenal", "Chelsea", "Liverpool", "Everton", "Brentford", "Fulham", "Aston Villa",
            "Newcastle United", "Brighton", "Wolves", "Real Betis", "Sevilla", "Ajax", "PSV",
            "Celtic", "Rangers", "Benfica", "Porto", "Lazio", "Torino", "Mainz", "Freiburg"]
TEAMS_US = ["Chiefs", "Bills", "Eagles", "49ers", "Lions", "Ravens", "Packers", "Jets",
            "Celtics", "Nuggets", "Knicks", "Suns", "Bruins", "Oilers", "Rangers", "Dodgers"]
SPORT_KEYS = ["soccer_epl", "soccer_spain_la_liga", "basketball_nba", "americanfootball_nfl",
              "icehockey_nhl", "soccer_uefa_champs_league", "baseball_mlb", "mma_mixed_martial_arts"]
BOOKS = ["pinnacle", "betfair_ex_uk", "williamhill", "bet365", "unibet_eu", "draftkings",
         "fanduel", "betmgm", "matchbook", "smarkets", "marathonbet", "sport888"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "eu-west-2"]


def pair(r, pool=TEAMS_FB):
    a, b = r.sample(pool, 2)
    return a, b


def odds(r):
    return "%.2f" % r.uniform(1.05, 9.5)


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def logts(r):
    return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def nb(cells):
    out = []
    for kind, src in cells:
        lines = src.split("\n")
        srcl = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": srcl}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# --------------------------------------------------------------------------- secret generators
def g_sportradar(r):
    return rs(r, ALNUM, 40) if r.random() < 0.8 else rs(r, LOWER_ALNUM, 24)


def g_hex32(r):
    return rs(r, HEX, 32)


def g_rapidapi(r):
    return rs(r, HEX, 10) + "msh" + rs(r, HEX, 15) + "p1" + rs(r, HEX, 6) + "jsn" + rs(r, HEX, 12)


def g_bf_appkey(r):
    return rs(r, ALNUM, 16)


def g_bf_session(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_pinnacle_basic(r):
    user = r.choice(["PA", "JM", "TB", "SX"]) + digits(r, 7)
    pw = rs(r, ALNUM, r.randint(8, 10))
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def g_password(r):
    words = ["Tipster", "Accumulator", "Exacta", "Lay", "Backer", "Parlay", "Handicap", "Overround", "Sharp", "Steam"]
    style = r.random()
    if style < 0.4:
        return r.choice(words) + r.choice("!*._-") + digits(r, 4) + rs(r, ALNUM, 3)
    if style < 0.7:
        return rs(r, ALNUM, r.randint(14, 22))
    return rs(r, ALNUM, 6) + r.choice("-_.!") + rs(r, ALNUM, 6) + r.choice("-_.!") + rs(r, ALNUM, 6)


def g_pinnacle_pw(r):
    return rs(r, ALNUM, r.randint(8, 10))


def g_yahoo_secret(r):
    return rs(r, HEX, 40)


def yahoo_client_id(r):
    inner = "v=2&i=%s&d=%s&s=consumersecret&sv=0&x=%s" % (
        rs(r, ALNUM, 12), base64.b64encode(("a=%s&p=0" % rs(r, ALNUM, 8)).encode()).decode(), rs(r, HEX, 2))
    return base64.b64encode(inner.encode()).decode().replace("=", "-")


def g_espn_s2(r):
    raw = "AE" + rs(r, B64, r.randint(180, 250))
    raw = raw[: len(raw) - len(raw) % 4]
    raw = raw[:-2] + "=="
    return urllib.parse.quote(raw, safe="")


def g_hmac_hex(r):
    return rs(r, HEX, 64) if r.random() < 0.6 else rs(r, HEX, 32)


def g_hmac_b64(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_paysafe_pw(r):
    env = r.choice(["p1", "p1", "qa2", "tst1"])
    return "B-%s-0-%s-0-302c0214%s0214%s" % (env, rs(r, HEX, 8), rs(r, HEX, 40), rs(r, HEX, 40))


def g_paysafe_basic(r):
    user = "%s-%s" % (digits(r, 5), digits(r, 10)) if r.random() < 0.5 else "pmle-" + digits(r, 6)
    return base64.b64encode(("%s:%s" % (user, g_paysafe_pw(r))).encode()).decode()


def g_skrill_word(r):
    w = r.choice(["stake", "gold", "jackpot", "river", "turbo", "lucky", "royal"])
    return w + rs(r, LOWER_ALNUM, r.randint(8, 10) - len(w))


def g_md5(r):
    return rs(r, HEX, 32)


def g_alnum32(r):
    return rs(r, ALNUM, 32)


def g_alnum64(r):
    return rs(r, ALNUM, 64)


def g_sumsub_token(r):
    return "%s:%s.%s" % (r.choice(["prd", "prd", "sbx"]), rs(r, ALNUM, 24), rs(r, ALNUM, 32))


def g_onfido(r):
    env = r.choice(["live", "live", "sandbox", "live_us", "live_ca"])
    return "api_%s.%s.%s" % (env, rs(r, B64URL, 11), rs(r, B64URL, 32))


def g_genius(r):
    return rs(r, B64URL, 64)


def g_opta(r):
    return rs(r, LOWER_ALNUM, 26)


def g_aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def aws_key_id(r):
    return "AKIA" + rs(r, B32, 16)


def g_azure_key(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 8), rs(r, UPPER_ALNUM, 10), rs(r, ALNUM, 24))


def g_discord(r):
    return "https://discord.com/api/webhooks/%s/%s" % (digits(r, 19), rs(r, B64URL, 68))


def g_telegram(r):
    return "%s:AA%s" % (digits(r, 10), rs(r, B64URL, 33))


def g_geocomply(r):
    return rs(r, ALNUM, 40)


# --------------------------------------------------------------------------- positive templates
POS = []


def pos(provider, kind, ctx, env, gen, docex=(), slot=True):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "ctx": ctx, "env": env,
                    "gen": gen, "docex": list(docex), "slot": slot, "fn": fn})
        return fn
    return deco


# ---- Sportradar
@pos("sportradar", "api_key", "code", "SPORTRADAR_API_KEY", g_sportradar)
def p_sportradar_py(r, S):
    var = nm(r, "SPORTRADAR_API_KEY", ["FEED_TOKEN", "SR_KEY", "PARTNER_KEY", "DATA_KEY"])
    sport, ver, ep = r.choice([("nfl/official", "v7", "en/games/2024/REG/schedule.json"), ("soccer", "v4", "en/competitions.json"),
                               ("nba", "v8", "en/games/2024/REG/schedule.json"), ("tennis", "v3", "en/schedules/live/summaries.json")])
    path = r.choice(["feeds/sportradar_client.py", "ingest/sportradar.py", "src/providers/sportradar/client.py"])
    return path, fill('''"""Thin wrapper around the Sportradar feed used by the pricing service."""
import logging
import time

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.sportradar.com/@SPORT@/@ACCESS@/@VER@"
@VAR@ = "@S@"
TIMEOUT = @TO@


def fetch(endpoint: str) -> dict:
    headers = {"accept": "application/json", "x-api-key": @VAR@}
    for attempt in range(3):
        resp = requests.get(f"{BASE_URL}/{endpoint}", headers=headers, timeout=TIMEOUT)
        if resp.status_code == 429:
            log.warning("rate limited, backing off (attempt %d)", attempt)
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError("sportradar: too many retries")


if __name__ == "__main__":
    print(fetch("@EP@"))
''', SPORT=sport, ACCESS=r.choice(["trial", "production"]), VER=ver, VAR=var, S=S, TO=r.choice([5, 10, 15]), EP=ep)


@pos("sportradar", "api_key", "code", "SPORTRADAR_KEY", g_sportradar)
def p_sportradar_js(r, S):
    comp = "sr:competition:%d" % r.choice([17, 8, 23, 35, 34, 7])
    return r.choice(["src/feeds/sportradar.js", "server/providers/sr.js"]), fill('''const axios = require('axios');

// Soccer v4 standings, polled every @POLL@s by the widget backend
const SEASON = '@SEASON@';
const url = (path) =>
  `https://api.sportradar.com/soccer/trial/v4/en/${path}?api_key=@S@`;

async function standings() {
  const { data } = await axios.get(url(`seasons/${encodeURIComponent(SEASON)}/standings.json`));
  return data.standings.flatMap((s) => s.groups);
}

module.exports = { standings, competition: '@COMP@' };
''', POLL=r.choice([30, 60, 120]), SEASON="sr:season:%s" % digits(r, 6), S=S, COMP=comp)


@pos("sportradar", "api_key", "cfg", "SPORTRADAR_API_KEY", g_sportradar)
def p_sportradar_yml(r, S):
    k = nm(r, "api_key", ["key", "token", "credential"])
    return r.choice(["config/feeds.yml", "config/providers.yaml", "settings/datafeeds.yml"]), fill('''# Upstream data feeds
feeds:
  sportradar:
    base_url: https://api.sportradar.com
    access_level: @ACC@
    language: en
    @K@: @S@
    products:
      - soccer/v4
      - odds-comparison-prematch/v2
    push:
      enabled: false
  internal_cache:
    ttl_seconds: @TTL@
    redis_db: 3
''', ACC=r.choice(["trial", "production"]), K=k, S=yq(S), TTL=r.choice([30, 60, 300]))


@pos("sportradar", "api_key", "postman", "srApiKey", g_sportradar)
def p_sportradar_postman(r, S):
    doc = {"info": {"_postman_id": uuid4(r), "name": "Sportradar NBA v8", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Daily schedule", "request": {"method": "GET", "header": [{"key": "x-api-key", "value": "{{srApiKey}}"}],
                                                           "url": {"raw": "https://api.sportradar.com/nba/trial/v8/en/games/2024/11/02/schedule.json",
                                                                   "host": ["api", "sportradar", "com"]}}}],
           "variable": [{"key": "baseUrl", "value": "https://api.sportradar.com"}, {"key": "srApiKey", "value": S, "type": "string"}]}
    return r.choice(["postman/sportradar.postman_collection.json", "tools/postman/nba_v8.postman_collection.json"]), json.dumps(doc, indent=2) + "\n"


# ---- SportsDataIO
@pos("sportsdataio", "api_key", "code", "SPORTSDATA_API_KEY", g_hex32)
def p_sdio_cs(r, S):
    cname = nm(r, "SportsDataApiKey", ["FeedKey", "SubscriptionKey", "UpstreamKey"])
    return r.choice(["src/Odds.Ingest/Services/SportsDataClient.cs", "Services/SportsDataClient.cs"]), fill('''using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Odds.Ingest.Services
{
    public sealed class SportsDataClient
    {
        private const string BaseUrl = "https://api.sportsdata.io/v3/@LG@/scores/json/";
        private const string @C@ = "@S@";
        private readonly HttpClient _http;

        public SportsDataClient(HttpClient http)
        {
            _http = http;
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", @C@);
        }

        public Task<Game[]?> GamesByDateAsync(string date) =>
            _http.GetFromJsonAsync<Game[]>($"{BaseUrl}GamesByDate/{date}");
    }
}
''', LG=r.choice(["nfl", "nba", "mlb", "nhl"]), C=cname, S=S)


@pos("sportsdataio", "api_key", "doc", "SPORTSDATA_KEY", g_hex32)
def p_sdio_md(r, S):
    lg = r.choice(["nfl", "nba", "mlb"])
    return r.choice(["docs/data-sources.md", "docs/sportsdata.md", "README.md"]), fill('''# Data sources

We pull schedules and injuries from SportsDataIO (v3, JSON).

## Quick check

```bash
curl -s "https://api.sportsdata.io/v3/@LG@/scores/json/CurrentSeason?key=@S@" | jq .
```

Responses are cached for 10 minutes in `cache/sdio/`. Injury reports are refreshed by
the `injuries` cron at :05 past every hour.

| Feed          | Endpoint                        | Refresh |
|---------------|---------------------------------|---------|
| Schedules     | `/scores/json/Games/{season}`   | daily   |
| Injuries      | `/projections/json/InjuredPlayers` | hourly |
''', LG=lg, S=S)


@pos("sportsdataio", "api_key", "code", "SPORTSDATA_API_KEY", g_hex32)
def p_sdio_ts(r, S):
    return r.choice(["src/lib/sportsdata.ts", "apps/web/lib/sdio.ts"]), fill('''import fetch from 'node-fetch';

export interface Player { PlayerID: number; Name: string; Team: string; Position: string }

const client = new SportsDataClient({
  league: '@LG@',
  subscriptionKey: '@S@',
  format: 'json',
});

export async function activePlayers(): Promise<Player[]> {
  return client.get<Player[]>('scores/json/Players');
}

class SportsDataClient {
  constructor(private opts: { league: string; subscriptionKey: string; format: string }) {}
  async get<T>(path: string): Promise<T> {
    const res = await fetch(`https://api.sportsdata.io/v3/${this.opts.league}/${path}`, {
      headers: { 'Ocp-Apim-Subscription-Key': this.opts.subscriptionKey },
    });
    if (!res.ok) throw new Error(`sportsdata ${res.status}`);
    return (await res.json()) as T;
  }
}
''', LG=r.choice(["nfl", "nba", "nhl"]), S=S)


# ---- API-Football
@pos("api-football", "api_key", "code", "API_FOOTBALL_KEY", g_hex32)
def p_apifootball_nb(r, S):
    league = r.choice([39, 140, 135, 78, 61])
    var = nm(r, "API_FOOTBALL_KEY", ["KEY", "token", "apisports"])
    cells = [("markdown", "# Fixture scraper\nPulls fixtures + pre-match odds for league %d, season 2024." % league),
             ("code", fill('import requests\nimport pandas as pd\n\n@V@ = "@S@"\nHEADERS = {"x-apisports-key": @V@}\nBASE = "https://v3.football.api-sports.io"', V=var, S=S)),
             ("code", "resp = requests.get(f\"{BASE}/fixtures\", headers=HEADERS, params={\"league\": %d, \"season\": 2024})\nresp.raise_for_status()\nfixtures = pd.json_normalize(resp.json()[\"response\"])\nfixtures.shape" % league),
             ("code", "fixtures[[\"fixture.id\", \"teams.home.name\", \"teams.away.name\", \"fixture.date\"]].head(10)")]
    return r.choice(["notebooks/fixtures_scrape.ipynb", "analysis/api_football_fixtures.ipynb"]), nb(cells)


@pos("api-football", "api_key", "code", "RAPIDAPI_KEY", g_rapidapi)
def p_rapidapi_ts(r, S):
    return r.choice(["src/api/football.ts", "src/services/api/config.ts"]), fill('''// API-Football via RapidAPI
export const API_FOOTBALL_URL = 'https://api-football-v1.p.rapidapi.com/v3';

export const API_HEADERS: Record<string, string> = {
  'X-RapidAPI-Key': '@S@',
  'X-RapidAPI-Host': 'api-football-v1.p.rapidapi.com',
};

export async function liveFixtures() {
  const res = await fetch(`${API_FOOTBALL_URL}/fixtures?live=all`, { headers: API_HEADERS });
  const body = await res.json();
  return body.response as Array<{ fixture: { id: number }; goals: { home: number; away: number } }>;
}
''', S=S)


@pos("api-football", "api_key", "cfg", "API_FOOTBALL_KEY", g_hex32)
def p_apifootball_compose(r, S):
    var = nm(r, "API_FOOTBALL_KEY", ["APISPORTS_TOKEN", "FOOTBALL_FEED_KEY", "UPSTREAM_KEY"])
    return r.choice(["docker-compose.yml", "deploy/docker-compose.yml", "compose.yaml"]), fill('''services:
  scraper:
    build: ./scraper
    restart: unless-stopped
    environment:
      LEAGUES: "39,140,135"
      SEASON: "2024"
      @V@: @S@
      DATABASE_URL: postgresql://odds@db:5432/odds
    depends_on:
      - db
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: odds
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
''', V=var, S=yq(S))


# ---- The Odds API
@pos("the-odds-api", "api_key", "code", "ODDS_API_KEY", g_hex32)
def p_oddsapi_nb(r, S):
    sport = r.choice(SPORT_KEYS)
    cells = [("markdown", "## Closing line value study\nSnapshot of `%s` h2h prices across UK/EU books." % sport),
             ("code", fill('import requests\nimport pandas as pd\n\nAPI_KEY = "@S@"\nSPORT = "@SP@"', S=S, SP=sport)),
             ("code", "resp = requests.get(f\"https://api.the-odds-api.com/v4/sports/{SPORT}/odds\",\n                    params={\"apiKey\": API_KEY, \"regions\": \"uk,eu\", \"markets\": \"h2h\", \"oddsFormat\": \"decimal\"})\nprint(\"remaining:\", resp.headers.get(\"x-requests-remaining\"))\nevents = resp.json()"),
             ("code", "rows = [(e[\"id\"], b[\"key\"], o[\"name\"], o[\"price\"]) for e in events for b in e[\"bookmakers\"]\n        for m in b[\"markets\"] for o in m[\"outcomes\"]]\ndf = pd.DataFrame(rows, columns=[\"event\", \"book\", \"outcome\", \"price\"])\ndf.pivot_table(index=[\"event\", \"outcome\"], columns=\"book\", values=\"price\").head()")]
    return r.choice(["notebooks/clv_snapshot.ipynb", "research/odds_scrape.ipynb", "odds_eda.ipynb"]), nb(cells)


@pos("the-odds-api", "api_key", "code", "ODDS_API_KEY", g_hex32)
def p_oddsapi_go(r, S):
    return r.choice(["internal/odds/client.go", "pkg/oddsapi/client.go"]), fill('''package odds

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	key  string
	http *http.Client
}

func NewClient(key string) *Client {
	return &Client{key: key, http: &http.Client{Timeout: 10 * time.Second}}
}

// Default client used by the arb scanner.
var Default = NewClient("@S@")

func (c *Client) Odds(sport, regions string) ([]Event, error) {
	url := fmt.Sprintf("https://api.the-odds-api.com/v4/sports/%s/odds?apiKey=%s&regions=%s&markets=h2h", sport, c.key, regions)
	resp, err := c.http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Event
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
''', S=S)


@pos("the-odds-api", "api_key", "sh", "ODDS_API_KEY", g_hex32)
def p_oddsapi_sh(r, S):
    sport = r.choice(SPORT_KEYS)
    return r.choice(["scripts/fetch_odds.sh", "bin/pull-odds.sh"]), fill('''#!/usr/bin/env bash
# Pull current h2h odds and store a timestamped snapshot.
set -euo pipefail

SPORT="${1:-@SP@}"
OUT_DIR="data/snapshots/$(date -u +%Y%m%d)"
mkdir -p "$OUT_DIR"

curl -sf "https://api.the-odds-api.com/v4/sports/${SPORT}/odds?apiKey=@S@&regions=uk,eu&markets=h2h,totals&oddsFormat=decimal" \\
  -o "$OUT_DIR/${SPORT}-$(date -u +%H%M%S).json"

echo "saved to $OUT_DIR"
''', SP=sport, S=S)


@pos("the-odds-api", "api_key", "log", "ODDS_API_KEY", g_hex32)
def p_oddsapi_log(r, S):
    lines = []
    n = r.randint(3, 6)
    leak = r.randint(0, n - 1)
    for i in range(n):
        sp = r.choice(SPORT_KEYS)
        if i == leak:
            lines.append("%s DEBUG urllib3.connectionpool https://api.the-odds-api.com:443 \"GET /v4/sports/%s/odds?apiKey=%s&regions=uk&markets=h2h HTTP/1.1\" 200 %d" % (logts(r), sp, S, r.randint(2000, 90000)))
        lines.append("%s INFO poller fetched %d events for %s (remaining=%d used=%d)" % (logts(r), r.randint(3, 40), sp, r.randint(100, 19000), r.randint(10, 900)))
    lines.append("%s WARNING poller slow response: %.2fs" % (logts(r), r.uniform(2, 9)))
    return r.choice(["logs/odds-poller.log", "var/log/poller.log"]), "\n".join(lines) + "\n"


@pos("the-odds-api", "api_key", "cfg", "ODDS_API_KEY", g_hex32)
def p_oddsapi_gha(r, S):
    return r.choice([".github/workflows/odds-refresh.yml", ".github/workflows/snapshot.yml"]), fill('''name: odds-refresh
on:
  schedule:
    - cron: "*/30 * * * *"
  workflow_dispatch: {}

jobs:
  snapshot:
    runs-on: ubuntu-latest
    env:
      ODDS_API_KEY: @S@
      SPORTS: soccer_epl,basketball_nba
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m odds.snapshot --sports "$SPORTS"
''', S=yq(S))


# ---- Betfair
@pos("betfair", "app_key", "code", "BETFAIR_APP_KEY", g_bf_appkey, docex=["IhDSui3ODdsdwo", "APP_KEY"])
def p_betfair_py(r, S):
    user = r.choice(["tradingbot", "jmc_trader", "lay_the_draw", "ops-bot"])
    arg = r.random() < 0.5
    path = r.choice(["bot/betfair_session.py", "trading/client.py", "src/exchange/betfair.py"])
    if arg:
        call = fill('trading = betfairlightweight.APIClient(\n    "@U@",\n    os.environ["BF_PASSWORD"],\n    app_key="@S@",\n    certs=CERT_DIR,\n)', U=user, S=S)
    else:
        call = fill('APP_KEY = "@S@"\ntrading = betfairlightweight.APIClient("@U@", os.environ["BF_PASSWORD"], app_key=APP_KEY, certs=CERT_DIR)', U=user, S=S)
    return path, fill('''import logging
import os

import betfairlightweight
from betfairlightweight import filters

logging.basicConfig(level=logging.INFO)
CERT_DIR = os.path.expanduser("~/.betfair/certs")

@CALL@
trading.login()

market_filter = filters.market_filter(event_type_ids=["@ET@"], market_type_codes=["MATCH_ODDS"])
catalogue = trading.betting.list_market_catalogue(filter=market_filter, max_results=25,
                                                  market_projection=["RUNNER_DESCRIPTION"])
for m in catalogue:
    logging.info("%s %s", m.market_id, m.market_name)
''', CALL=call, ET=r.choice(["1", "2", "7", "4339"]))


@pos("betfair", "app_key", "json", "BETFAIR_APP_KEY", g_bf_appkey, docex=["IhDSui3ODdsdwo"])
def p_betfair_json(r, S):
    k = nm(r, "appKey", ["applicationKey", "xApplication", "product"])
    doc = {"exchange": "betfair", "endpoint": "https://api.betfair.com/exchange/betting/json-rpc/v1",
           "login": {"url": "https://identitysso-cert.betfair.com/api/certlogin", "username": r.choice(["greyhoundbot", "mm_trader"]),
                     "passwordEnv": "BF_PASSWORD", "certFile": "certs/client-2048.crt", "keyFile": "certs/client-2048.key"},
           k: S, "eventTypes": [r.choice(["1", "7", "4339"])], "stakeGBP": r.choice([2, 5, 10]), "keepAliveMinutes": 15}
    return r.choice(["config/betfair.json", "bot/config.json"]), json.dumps(doc, indent=2) + "\n"


@pos("betfair", "session_token", "sh", "BF_SESSION", g_bf_session, docex=["SESSION_TOKEN"])
def p_betfair_curl(r, S):
    return r.choice(["scripts/bf_keepalive.sh", "tools/list-markets.sh"]), fill('''#!/bin/sh
# Keep the session alive and list today's horse racing WIN markets.
APP_KEY="${BF_APP_KEY:?set BF_APP_KEY}"

curl -s -H "Accept: application/json" -H "X-Application: $APP_KEY" \\
     -H "X-Authentication: @S@" \\
     https://identitysso.betfair.com/api/keepAlive

curl -s -X POST https://api.betfair.com/exchange/betting/json-rpc/v1 \\
     -H "X-Application: $APP_KEY" -H "X-Authentication: @S@" \\
     -H "Content-Type: application/json" \\
     -d '[{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketCatalogue","params":{"filter":{"eventTypeIds":["7"],"marketTypeCodes":["WIN"]},"maxResults":"50"},"id":1}]'
''', S=S)


@pos("betfair", "private_key", "pem", "", rsa_pkcs1, slot=False)
def p_betfair_pem(r, S):
    return r.choice(["certs/client-2048.key", "bot/certs/betfair.key", "secrets/bf-client.key"]), S + "\n"


@pos("betfair", "session_token", "log", "BF_SESSION", g_bf_session)
def p_betfair_log(r, S):
    lines = ["%s INFO  bfbot.auth certlogin POST https://identitysso-cert.betfair.com/api/certlogin" % logts(r),
             "%s INFO  bfbot.auth loginStatus=SUCCESS sessionToken=%s" % (logts(r), S),
             "%s INFO  bfbot.stream connected to stream-api.betfair.com:443 (connectionId=%s-%s)" % (logts(r), digits(r, 3), digits(r, 6)),
             "%s INFO  bfbot.stream subscribed marketIds=[1.%s, 1.%s]" % (logts(r), digits(r, 9), digits(r, 9)),
             "%s WARN  bfbot.orders price moved, cancelling betId=%s" % (logts(r), digits(r, 12))]
    return r.choice(["logs/bfbot.log", "run/bot-2024-06-01.log"]), "\n".join(lines) + "\n"


@pos("betfair", "app_key", "props", "BETFAIR_APP_KEY", g_bf_appkey, docex=["IhDSui3ODdsdwo"])
def p_betfair_props(r, S):
    k = nm(r, "betfair.app-key", ["exchange.application", "bf.x-application", "exchange.product-key"])
    return "src/main/resources/application.properties", fill('''spring.application.name=exchange-gateway
server.port=8085
betfair.api.url=https://api.betfair.com/exchange/betting/rest/v1.0/
betfair.sso.url=https://identitysso-cert.betfair.com/api/certlogin
@K@=@S@
betfair.keystore=classpath:certs/client-2048.p12
betfair.username=${BF_USER}
management.endpoints.web.exposure.include=health,info
''', K=k, S=S)


# ---- Pinnacle
@pos("pinnacle", "password", "basic", "PINNACLE_BASIC", g_pinnacle_basic, docex=["U03MyOT23YbzMDc6d3c3O1DQ1"])
def p_pinnacle_py(r, S):
    return r.choice(["pinnacle/client.py", "books/pinnacle.py"]), fill('''import requests

SESSION = requests.Session()
SESSION.headers.update({
    "Accept": "application/json",
    "User-Agent": "line-tracker/1.4",
    "Authorization": "Basic @S@",
})


def fixtures(sport_id: int = @SP@, since: int | None = None):
    params = {"sportId": sport_id}
    if since:
        params["since"] = since
    return SESSION.get("https://api.pinnacle.com/v1/fixtures", params=params, timeout=10).json()


def straight_odds(sport_id: int = @SP@):
    return SESSION.get("https://api.pinnacle.com/v1/odds", params={"sportId": sport_id, "oddsFormat": "Decimal"}, timeout=10).json()
''', S=S, SP=r.choice([29, 33, 4, 15]))


@pos("pinnacle", "password", "ini", "PINNACLE_PASSWORD", g_pinnacle_pw)
def p_pinnacle_ini(r, S):
    return r.choice(["config/pinnacle.ini", "books.ini"]), fill('''[pinnacle]
base_url = https://api.pinnacle.com
username = @U@
password = @S@
odds_format = Decimal
poll_seconds = @P@

[limits]
max_stake = 250
min_edge = 0.015
''', U=r.choice(["PA", "JM"]) + digits(r, 7), S=S, P=r.choice([5, 10, 30]))


# ---- Smarkets / Matchbook
@pos("smarkets", "password", "toml", "SMARKETS_PASSWORD", g_password)
def p_smarkets_toml(r, S):
    k = nm(r, "password", ["secret", "login_secret", "pass"])
    return r.choice(["config/exchanges.toml", "exchanges.toml"]), fill('''[general]
base_currency = "GBP"
dry_run = false

[smarkets]
api = "https://api.smarkets.com/v3/"
username = "@U@"
@K@ = "@S@"
markets = ["football", "tennis"]

[matchbook]
enabled = false
''', U=r.choice(["arb.desk@", "ops+smk@"]) + "example.net", K=k, S=S)


@pos("matchbook", "password", "cfg", "MATCHBOOK_PASSWORD", g_password)
def p_matchbook_k8s(r, S):
    return r.choice(["k8s/matchbook-secret.yaml", "deploy/k8s/exchange-secrets.yaml"]), fill('''apiVersion: v1
kind: Secret
metadata:
  name: matchbook-credentials
  namespace: trading
  labels:
    app: exchange-gateway
type: Opaque
stringData:
  MATCHBOOK_USERNAME: @U@
  MATCHBOOK_PASSWORD: @S@
  MATCHBOOK_API: https://api.matchbook.com/edge/rest
''', U=r.choice(["mb_trader01", "desk-mb"]), S=yq(S))


# ---- Yahoo Fantasy
@pos("yahoo-fantasy", "oauth_client_secret", "json", "YAHOO_CLIENT_SECRET", g_yahoo_secret)
def p_yahoo_oauth_json(r, S):
    doc = {"consumer_key": yahoo_client_id(r), "consumer_secret": S}
    return r.choice(["oauth2.json", "config/oauth2.json", "yahoo/oauth2.json"]), json.dumps(doc, indent=4) + "\n"


@pos("yahoo-fantasy", "oauth_client_secret", "code", "YAHOO_CLIENT_SECRET", g_yahoo_secret)
def p_yahoo_flask(r, S):
    return r.choice(["app/auth.py", "fantasy/app.py"]), fill('''import os

from authlib.integrations.flask_client import OAuth
from flask import Flask, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
oauth = OAuth(app)

yahoo = oauth.register(
    name="yahoo",
    client_id=os.environ.get("YAHOO_CLIENT_ID"),
    client_secret="@S@",
    authorize_url="https://api.login.yahoo.com/oauth2/request_auth",
    access_token_url="https://api.login.yahoo.com/oauth2/get_token",
    api_base_url="https://fantasysports.yahooapis.com/",
    client_kwargs={"scope": "fspt-r"},
)


@app.route("/login")
def login():
    return yahoo.authorize_redirect(url_for("callback", _external=True))


@app.route("/callback")
def callback():
    session["token"] = yahoo.authorize_access_token()
    return redirect(url_for("leagues"))
''', S=S)


@pos("yahoo-fantasy", "oauth_client_secret", "env", "YAHOO_CLIENT_SECRET", g_yahoo_secret, slot=False)
def p_yahoo_env(r, S):
    return ".env", fill('''# local dev only
FLASK_ENV=development
YAHOO_CLIENT_ID=@CID@
YAHOO_CLIENT_SECRET=@S@
YAHOO_REDIRECT_URI=https://localhost:8000/callback
LEAGUE_KEY=@LK@
''', CID=yahoo_client_id(r), S=S, LK="nfl.l.%s" % digits(r, 6))


# ---- ESPN
@pos("espn-fantasy", "cookie", "code", "ESPN_S2", g_espn_s2)
def p_espn_py(r, S):
    return r.choice(["league.py", "scripts/weekly_recap.py", "bot/espn_league.py"]), fill('''from espn_api.football import League

LEAGUE_ID = @LID@
YEAR = @Y@

league = League(
    league_id=LEAGUE_ID,
    year=YEAR,
    espn_s2="@S@",
    swid="{@SW@}",
)

for team in sorted(league.teams, key=lambda t: -t.points_for):
    print(f"{team.team_name:<28} {team.wins}-{team.losses}  PF {team.points_for:.1f}")
''', LID=digits(r, r.choice([6, 8, 9])), Y=r.choice([2023, 2024]), S=S, SW=uuid4(r, upper=True))


@pos("espn-fantasy", "cookie", "code", "ESPN_S2", g_espn_s2)
def p_espn_js(r, S):
    return r.choice(["src/espn/league.js", "functions/espn.js"]), fill('''const LEAGUE_ID = @LID@;
const SEASON = @Y@;

export async function fetchLeague(view = 'mTeam') {
  const url = `https://lm-api-reads.fantasy.espn.com/apis/v3/games/ffl/seasons/${SEASON}/segments/0/leagues/${LEAGUE_ID}?view=${view}`;
  const res = await fetch(url, {
    headers: {
      Cookie: 'espn_s2=@S@; SWID={@SW@}',
      'x-fantasy-filter': JSON.stringify({ players: { limit: 50 } }),
    },
  });
  if (res.status !== 200) throw new Error(`espn ${res.status}`);
  return res.json();
}
''', LID=digits(r, 8), Y=r.choice([2023, 2024]), S=S, SW=uuid4(r, upper=True))


@pos("espn-fantasy", "cookie", "cfg", "ESPN_S2", g_espn_s2)
def p_espn_gha(r, S):
    return r.choice([".github/workflows/weekly-recap.yml", ".github/workflows/power-rankings.yml"]), fill('''name: weekly-recap
on:
  schedule:
    - cron: "0 14 * * 2"
jobs:
  recap:
    runs-on: ubuntu-latest
    env:
      LEAGUE_ID: "@LID@"
      ESPN_S2: @YS@
      SWID: "{@SW@}"
      DISCORD_WEBHOOK: ${{ secrets.DISCORD_WEBHOOK }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install espn_api requests
      - run: python recap.py
''', LID=digits(r, 8), YS=yq(S), SW=uuid4(r, upper=True))


# ---- Game aggregators / wallet callbacks
@pos("game-aggregator", "hmac_secret", "code", "WALLET_SIGNING_SECRET", g_hmac_hex)
def p_agg_go(r, S):
    var = nm(r, "walletSigningSecret", ["callbackKey", "sharedKey", "rgsSalt"])
    return r.choice(["internal/wallet/signature.go", "pkg/callback/verify.go"]), fill('''package wallet

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// HMAC key agreed with the game aggregator for /wallet/debit and /wallet/credit callbacks.
var @V@ = []byte("@S@")

func Verify(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, @V@)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Signature")))
}
''', V=var, S=S)


@pos("game-aggregator", "hmac_secret", "cfg", "AGGREGATOR_SECRET", g_hmac_hex)
def p_agg_values(r, S):
    k = nm(r, "operatorSecret", ["hashKey", "salt", "callbackSecret"])
    return r.choice(["deploy/values.yaml", "charts/casino-wallet/values-prod.yaml"]), fill('''replicaCount: 3
image:
  repository: registry.example.com/casino/wallet-api
  tag: "@TAG@"
aggregator:
  baseUrl: https://rgs.@VENDOR@.example/api/v2
  operatorId: "@OP@"
  currency: EUR
  @K@: @S@
resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', TAG="1.%d.%d" % (r.randint(0, 20), r.randint(0, 9)), VENDOR=r.choice(["slotsgw", "gamehub", "rgsnet"]), OP=digits(r, 5), K=k, S=yq(S))


@pos("game-aggregator", "hmac_secret", "json", "GameAggregator__SecretKey", g_hmac_hex)
def p_agg_appsettings(r, S):
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*",
           "GameAggregator": {"BaseUrl": "https://api.%s.example/v1" % r.choice(["gamehub", "rgsnet"]), "OperatorId": digits(r, 6),
                              "SecretKey": S, "TimeoutSeconds": 8},
           "ConnectionStrings": {"Wallet": "Server=wallet-db;Database=wallet;Integrated Security=true;TrustServerCertificate=true"}}
    return r.choice(["src/Casino.Wallet/appsettings.json", "appsettings.Production.json"]), json.dumps(doc, indent=2) + "\n"


@pos("game-aggregator", "hmac_secret", "code", "RGS_HMAC_SECRET", g_hmac_b64)
def p_agg_ts(r, S):
    return r.choice(["src/middleware/verifyRgs.ts", "src/casino/callbacks.ts"]), fill('''import { createHmac, timingSafeEqual } from 'crypto';
import type { Request, Response, NextFunction } from 'express';

export function verifyRgs(req: Request, res: Response, next: NextFunction) {
  const sig = req.header('x-rgs-signature') ?? '';
  const digest = createHmac('sha256', '@S@')
    .update(JSON.stringify(req.body))
    .digest('base64');
  if (sig.length !== digest.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(digest))) {
    return res.status(401).json({ status: 'RS_ERROR_INVALID_SIGNATURE' });
  }
  next();
}
''', S=S)


@pos("game-aggregator", "private_key", "pem", "", ec_key, slot=False)
def p_agg_pem(r, S):
    return r.choice(["keys/operator_private.pem", "config/keys/aggregator-signing.pem"]), S + "\n"


@pos("game-aggregator", "api_key", "sql", "provider_secret", g_alnum32)
def p_agg_sql(r, S):
    vendors = r.sample(["pragmatic", "evolution", "netent", "playngo", "hacksaw", "nolimit", "relax"], 3)
    return r.choice(["db/seed/002_providers.sql", "migrations/0007_seed_game_providers.sql"]), fill('''-- Game providers enabled for the EU brand
INSERT INTO game_providers (code, display_name, wallet_mode, enabled) VALUES
  ('@A@', '@A@', 'seamless', true),
  ('@B@', '@B@', 'seamless', true),
  ('@C@', '@C@', 'transfer', false);

INSERT INTO provider_credentials (provider_code, environment, operator_id, api_secret)
VALUES ('@A@', 'production', '@OP@', '@S@');
''', A=vendors[0], B=vendors[1], C=vendors[2], OP=digits(r, 6), S=S)


# ---- Paysafe
@pos("paysafe", "password", "props", "PAYSAFE_API_PASSWORD", g_paysafe_pw,
     docex=["B-tst1-0-51ed39e4-312d02345d3f123120881dff9bb4020a89e8ac44cdfdcecd702151182fdc952272661d290ab2e5849e31bb03deede7e",
            "B-qa2-0-579b6aec-0-606c02147caae097f4392898ca08ae736e51d3093af388d90214528ac70b69c0359d3173d12480d07275ca54a7c7"])
def p_paysafe_props(r, S):
    return r.choice(["src/main/resources/paysafe.properties", "config/paysafe.properties"]), fill('''# Paysafe Card Payments API
paysafe.environment=LIVE
paysafe.api.url=https://api.paysafe.com
paysafe.account.number=@ACC@
paysafe.api.key.username=@U@
paysafe.api.key.password=@S@
paysafe.currency=EUR
paysafe.timeout.ms=15000
''', ACC=digits(r, 10), U="pmle-" + digits(r, 6), S=S)


@pos("paysafe", "password", "code", "PAYSAFE_API_PASSWORD", g_paysafe_pw,
     docex=["B-tst1-0-51ed39e4-312d02345d3f123120881dff9bb4020a89e8ac44cdfdcecd702151182fdc952272661d290ab2e5849e31bb03deede7e"])
def p_paysafe_py(r, S):
    return r.choice(["payments/paysafe.py", "cashier/providers/paysafe.py"]), fill('''import uuid

import requests

API = "https://api.paysafe.com/paymenthub/v1"


def create_payment_handle(amount_minor: int, currency: str = "EUR") -> dict:
    body = {
        "merchantRefNum": str(uuid.uuid4()),
        "transactionType": "PAYMENT",
        "paymentType": "SKRILL",
        "amount": amount_minor,
        "currencyCode": currency,
    }
    resp = requests.post(f"{API}/paymenthandles", json=body,
                         auth=("@U@", "@S@"), timeout=20)
    resp.raise_for_status()
    return resp.json()
''', U="%s-%s" % (digits(r, 5), digits(r, 10)), S=S)


@pos("paysafe", "password", "doc", "PAYSAFE_BASIC",
     g_paysafe_basic,
     docex=["TWVyY2hhbnRYWVo6Qi10c3QxLTAtNTFlZDM5ZTQtMzEyZDAyMzQ1ZDNmMTIzMTIwODgxZGZmOWJiNDAyMGE4OWU4YWM0NGNkZmRjZWNkNzAyMTUxMTgyZmRjOTUyMjcyNjYxZDI5MGFiMmU1ODQ5ZTMxYmIwM2RlZWRlN2U="])
def p_paysafe_md(r, S):
    return r.choice(["docs/cashier/paysafe.md", "docs/payments.md"]), fill('''# Paysafe (cashier)

Health check against production:

```sh
curl -s -H "Authorization: Basic @S@" \\
     -H "Content-Type: application/json" \\
     https://api.paysafe.com/cardpayments/monitor
```

Expected: `{"status":"READY"}`. Payment handles are created by `cashier-api`, never from the
frontend. Refunds over 500 EUR need a second approver in the back office.
''', S=S)


# ---- Skrill
@pos("skrill", "webhook_secret", "code", "SKRILL_SECRET_WORD", g_skrill_word)
def p_skrill_py(r, S):
    var = nm(r, "SKRILL_SECRET_WORD", ["MB_WORD", "STATUS_SALT", "SKRILL_WORD"])
    return r.choice(["payments/skrill_status.py", "cashier/skrill.py"]), fill('''import hashlib

MERCHANT_ID = "@MID@"
@V@ = "@S@"


def md5sig_ok(form: dict) -> bool:
    """Validate the md5sig posted to our status_url."""
    word_hash = hashlib.md5(@V@.encode()).hexdigest().upper()
    raw = (form["merchant_id"] + form["transaction_id"] + word_hash +
           form["mb_amount"] + form["mb_currency"] + form["status"])
    return hashlib.md5(raw.encode()).hexdigest().upper() == form["md5sig"]
''', MID=digits(r, 8), V=var, S=S)


@pos("skrill", "password", "log", "SKRILL_MQI_PASSWORD", g_md5, docex=["53903d217504eb37f3fdb0ce77610558"])
def p_skrill_log(r, S):
    lines = ["%s INFO payouts batch %s started (%d items)" % (logts(r), digits(r, 6), r.randint(3, 40)),
             "%s DEBUG payouts GET https://www.skrill.com/app/query.pl?action=status_trn&email=payouts@example-casino.com&password=%s&trn_id=%s" % (logts(r), S, digits(r, 9)),
             "%s INFO payouts status_trn -> 200 OK status=2" % logts(r),
             "%s INFO payouts batch done ok=%d failed=%d" % (logts(r), r.randint(3, 40), r.randint(0, 2))]
    return r.choice(["logs/payouts.log", "var/log/cashier/payouts.log"]), "\n".join(lines) + "\n"


# ---- Trustly
@pos("trustly", "private_key", "pem", "", rsa_pkcs1, slot=False)
def p_trustly_pem(r, S):
    return r.choice(["certs/trustly/live.merchant.private.pem", "keys/trustly-merchant.pem"]), S + "\n"


@pos("trustly", "password", "cfg", "TRUSTLY_API_PASSWORD", g_password)
def p_trustly_yml(r, S):
    return r.choice(["config/trustly.yml", "config/payments/trustly.yaml"]), fill('''trustly:
  endpoint: https://trustly.com/api/1
  username: @U@
  password: @S@
  private_key_path: /run/secrets/trustly_private.pem
  public_key_path: config/trustly/live.trustly.public.pem
  notification_url: https://cashier.example-casino.com/trustly/notify
  locale: sv_SE
''', U=r.choice(["casino_eu", "sportsbook_se", "brand_fi"]), S=yq(S))


@pos("trustly", "api_key", "code", "TRUSTLY_ACCESS_KEY", g_alnum32)
def p_trustly_na_js(r, S):
    return r.choice(["server/trustly.js", "src/payments/trustlyClient.js"]), fill('''const axios = require('axios');

const ACCESS_ID = '@AID@';
const client = axios.create({
  baseURL: 'https://trustly.one/api/v1',
  auth: { username: ACCESS_ID, password: '@S@' },
  timeout: 15000,
});

async function getTransaction(id) {
  const { data } = await client.get(`/transactions/${id}`);
  return data;
}

module.exports = { getTransaction };
''', AID=rs(r, UPPER_ALNUM, 20), S=S)


# ---- Nuvei
@pos("nuvei", "api_key", "json", "NUVEI_MERCHANT_SECRET_KEY", g_alnum64)
def p_nuvei_json(r, S):
    doc = {"nuvei": {"environment": "prod", "merchantId": digits(r, 19), "merchantSiteId": digits(r, 6),
                     "merchantSecretKey": S, "hashAlgorithm": "sha256",
                     "notificationUrl": "https://cashier.example-casino.com/nuvei/dmn"}}
    return r.choice(["config/nuvei.json", "cashier/config/psp.json"]), json.dumps(doc, indent=2) + "\n"


@pos("nuvei", "api_key", "code", "NUVEI_MERCHANT_SECRET_KEY", g_alnum64)
def p_nuvei_cs(r, S):
    return r.choice(["src/Cashier/Psp/NuveiModule.cs", "Cashier/Startup.Nuvei.cs"]), fill('''using Microsoft.Extensions.DependencyInjection;

namespace Cashier.Psp
{
    public static class NuveiModule
    {
        public static IServiceCollection AddNuvei(this IServiceCollection services)
        {
            services.AddSingleton(new NuveiClient(
                "@MID@",
                "@SITE@",
                "@S@",
                NuveiEnvironment.Production));
            return services;
        }
    }
}
''', MID=digits(r, 19), SITE=digits(r, 6), S=S)


@pos("nuvei", "api_key", "tf", "nuvei_secret", g_alnum64)
def p_nuvei_tf(r, S):
    return r.choice(["infra/payments.tf", "terraform/cashier/ssm.tf"]), fill('''resource "aws_ssm_parameter" "nuvei_merchant_id" {
  name  = "/cashier/prod/nuvei/merchant_id"
  type  = "String"
  value = "@MID@"
}

resource "aws_ssm_parameter" "nuvei_secret" {
  name  = "/cashier/prod/nuvei/merchant_secret_key"
  type  = "SecureString"
  value = "@S@"
  tags = {
    team = "payments"
  }
}
''', MID=digits(r, 19), S=S)


# ---- Sumsub
@pos("sumsub", "hmac_secret", "code", "SUMSUB_SECRET_KEY", g_alnum32)
def p_sumsub_py(r, S):
    var = nm(r, "SUMSUB_SECRET_KEY", ["SIGNING_KEY", "KYC_SECRET", "SS_KEY"])
    return r.choice(["kyc/sumsub.py", "services/kyc/sumsub_client.py"]), fill('''import hashlib
import hmac
import os
import time

import requests

BASE = "https://api.sumsub.com"
APP_TOKEN = os.environ["SUMSUB_APP_TOKEN"]
@V@ = "@S@"


def _signed(method: str, path: str, body: bytes = b"") -> dict:
    ts = str(int(time.time()))
    sig = hmac.new(@V@.encode(), ts.encode() + method.encode() + path.encode() + body, hashlib.sha256)
    return {"X-App-Token": APP_TOKEN, "X-App-Access-Ts": ts, "X-App-Access-Sig": sig.hexdigest()}


def applicant_status(applicant_id: str) -> dict:
    path = f"/resources/applicants/{applicant_id}/requiredIdDocsStatus"
    return requests.get(BASE + path, headers=_signed("GET", path), timeout=15).json()
''', V=var, S=S)


@pos("sumsub", "app_token", "code", "SUMSUB_APP_TOKEN", g_sumsub_token)
def p_sumsub_ts(r, S):
    return r.choice(["src/kyc/sumsub.ts", "packages/kyc/src/client.ts"]), fill('''import crypto from 'crypto';

const BASE_URL = 'https://api.sumsub.com';
const APP_TOKEN = '@S@';
const SECRET = process.env.SUMSUB_SECRET_KEY!;

export async function createAccessToken(userId: string, levelName = '@LVL@') {
  const ts = Math.floor(Date.now() / 1000).toString();
  const path = `/resources/accessTokens/sdk`;
  const body = JSON.stringify({ userId, levelName, ttlInSecs: 600 });
  const sig = crypto.createHmac('sha256', SECRET).update(ts + 'POST' + path + body).digest('hex');
  const res = await fetch(BASE_URL + path, {
    method: 'POST',
    headers: { 'X-App-Token': APP_TOKEN, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sig, 'Content-Type': 'application/json' },
    body,
  });
  return res.json();
}
''', S=S, LVL=r.choice(["basic-kyc-level", "igaming-eu-kyc", "sportsbook-full"]))


@pos("sumsub", "app_token", "postman", "appToken", g_sumsub_token)
def p_sumsub_postman(r, S):
    doc = {"id": uuid4(r), "name": "Sumsub prod", "values": [
        {"key": "baseUrl", "value": "https://api.sumsub.com", "enabled": True},
        {"key": "appToken", "value": S, "enabled": True},
        {"key": "secretKey", "value": "", "enabled": True},
        {"key": "levelName", "value": "igaming-eu-kyc", "enabled": True}],
        "_postman_variable_scope": "environment"}
    return r.choice(["postman/sumsub.postman_environment.json", "tools/sumsub-prod.postman_environment.json"]), json.dumps(doc, indent=2) + "\n"


# ---- Onfido
@pos("onfido", "api_key", "code", "ONFIDO_API_TOKEN", g_onfido)
def p_onfido_js(r, S):
    return r.choice(["src/kyc/onfido.js", "server/onfido.js"]), fill('''const { DefaultApi, Configuration, Region } = require('@onfido/api');

const onfido = new DefaultApi(
  new Configuration({
    apiToken: '@S@',
    region: Region.@RG@,
    baseOptions: { timeout: 60000 },
  })
);

async function startCheck(applicantId) {
  return onfido.createCheck({ applicant_id: applicantId, report_names: ['document', 'facial_similarity_photo'] });
}

module.exports = { startCheck };
''', S=S, RG=r.choice(["EU", "US", "CA"]))


@pos("onfido", "api_key", "cfg", "ONFIDO_API_TOKEN", g_onfido)
def p_onfido_values(r, S):
    k = nm(r, "apiToken", ["token", "key", "credentials"])
    return r.choice(["charts/kyc-service/values.yaml", "deploy/kyc/values-prod.yaml"]), fill('''kyc:
  provider: onfido
  onfido:
    region: eu
    @K@: @S@
    webhookPath: /hooks/onfido
    reportNames:
      - document
      - facial_similarity_photo
service:
  type: ClusterIP
  port: 8080
''', K=k, S=yq(S))


@pos("onfido", "api_key", "doc", "ONFIDO_API_TOKEN", g_onfido)
def p_onfido_md(r, S):
    return r.choice(["docs/kyc/onfido.md", "docs/onfido-runbook.md"]), fill('''# Onfido runbook

List the last applicants (EU region):

```bash
curl -s https://api.eu.onfido.com/v3.6/applicants \\
  -H "Authorization: Token token=@S@" | jq '.applicants[].id'
```

If a check is stuck in `in_progress` for more than 24h, open a ticket with the check id.
''', S=S)


# ---- Jumio
@pos("jumio", "api_key", "ini", "JUMIO_API_SECRET", g_alnum32)
def p_jumio_cfg(r, S):
    return r.choice(["config/jumio.cfg", "kyc/jumio.ini"]), fill('''[jumio]
datacenter = @DC@
api_token = @TOK@
api_secret = @S@
user_agent = ExampleCasino KYC/2.3
callback_url = https://kyc.example-casino.com/jumio/callback
''', DC=r.choice(["EU", "US", "SGP"]), TOK=uuid4(r), S=S)


@pos("jumio", "oauth_client_secret", "code", "JUMIO_CLIENT_SECRET", g_alnum64)
def p_jumio_go(r, S):
    return r.choice(["internal/kyc/jumio.go", "kyc/jumio/auth.go"]), fill('''package jumio

import (
	"context"

	"golang.org/x/oauth2/clientcredentials"
)

func tokenSource(ctx context.Context) *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID:     "@CID@",
		ClientSecret: "@S@",
		TokenURL:     "https://auth.@RG@.jumio.ai/oauth2/token",
	}
}
''', CID=uuid4(r), S=S, RG=r.choice(["emea-1", "amer-1", "apac-1"]))


# ---- GeoComply
@pos("geocomply", "api_key", "xml", "GEOCOMPLY_API_SECRET", g_geocomply)
def p_geocomply_xml(r, S):
    return r.choice(["src/main/resources/geocomply-config.xml", "config/geocomply.xml"]), fill('''<?xml version="1.0" encoding="UTF-8"?>
<geocomply>
  <environment>production</environment>
  <operatorId>@OP@</operatorId>
  <endpoint>https://geo.example-operator.com/geocomply/v1</endpoint>
  <apiSecret>@S@</apiSecret>
  <jurisdictions>
    <state code="NJ" />
    <state code="PA" />
    <state code="MI" />
  </jurisdictions>
  <reverifyMinutes>@RV@</reverifyMinutes>
</geocomply>
''', OP=digits(r, 5), S=S, RV=r.choice([10, 20, 30]))


@pos("geocomply", "api_key", "code", "GEOCOMPLY_DECRYPTION_KEY", g_hex32)
def p_geocomply_py(r, S):
    return r.choice(["geo/decrypt.py", "compliance/geopacket.py"]), fill('''"""Decrypt GeoComply geo-packets posted by the client SDK."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

GEO_KEY = bytes.fromhex("@S@")
GEO_IV = bytes.fromhex("@IV@")


def decrypt_packet(blob: bytes) -> bytes:
    dec = Cipher(algorithms.AES(GEO_KEY), modes.CBC(GEO_IV)).decryptor()
    out = dec.update(blob) + dec.finalize()
    return out[: -out[-1]]
''', S=S, IV=rs(r, HEX, 32))


# ---- Genius Sports
@pos("genius-sports", "oauth_client_secret", "code", "GENIUS_CLIENT_SECRET", g_genius)
def p_genius_py(r, S):
    return r.choice(["feeds/genius/auth.py", "ingest/genius_sports.py"]), fill('''import requests

TOKEN_URL = "https://auth.api.geniussports.com/oauth2/token"
CLIENT_ID = "@CID@"


def access_token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
              "client_secret": "@S@", "audience": "https://api.geniussports.com"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', CID=rs(r, ALNUM, 32), S=S)


@pos("genius-sports", "oauth_client_secret", "tf", "genius_client_secret", g_genius)
def p_genius_tf(r, S):
    return r.choice(["infra/variables.tf", "terraform/feeds/variables.tf"]), fill('''variable "region" {
  type    = string
  default = "@RG@"
}

variable "genius_client_id" {
  type    = string
  default = "@CID@"
}

variable "genius_client_secret" {
  type      = string
  default   = "@S@"
  sensitive = true
}
''', RG=r.choice(REGIONS), CID=rs(r, ALNUM, 32), S=S)


# ---- Opta / Stats Perform
@pos("opta", "api_key", "code", "OPTA_OUTLET_KEY", g_opta)
def p_opta_py(r, S):
    return r.choice(["scrapers/opta_matches.py", "feeds/statsperform.py"]), fill('''import requests

FEED = "https://api.performfeeds.com/soccerdata/match/@S@"


def matches(tmcl: str, page: int = 1) -> list:
    params = {"_rt": "b", "_fmt": "json", "tmcl": tmcl, "_pgNm": page, "_pgSz": 100}
    resp = requests.get(FEED, params=params, timeout=20)
    resp.raise_for_status()
    return resp.json().get("match", [])


if __name__ == "__main__":
    for m in matches("@TMCL@"):
        print(m["matchInfo"]["id"], m["matchInfo"]["description"])
''', S=S, TMCL=rs(r, LOWER_ALNUM, 25))


@pos("opta", "api_key", "cfg", "OPTA_OUTLET_KEY", g_opta)
def p_opta_yml(r, S):
    k = nm(r, "outlet_key", ["outlet", "auth_key", "feed_key"])
    return r.choice(["config/opta.yml", "config/statsperform.yaml"]), fill('''statsperform:
  base: https://api.performfeeds.com/soccerdata
  @K@: @S@
  competitions:
    - name: Premier League
      tmcl: @T1@
    - name: LaLiga
      tmcl: @T2@
  page_size: 100
''', K=k, S=yq(S), T1=rs(r, LOWER_ALNUM, 25), T2=rs(r, LOWER_ALNUM, 25))


# ---- Cloud / databases / bots
@pos("aws", "api_key", "ini", "AWS_SECRET_ACCESS_KEY", g_aws_secret, docex=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
def p_aws_creds(r, S):
    real = len(S) == 40 and "EXAMPLE" not in S and S[0] not in "$<*[%"
    kid = aws_key_id(r) if real else ("AKIAIOSFODNN7EXAMPLE" if "EXAMPLE" in S else "${AWS_ACCESS_KEY_ID}")
    return r.choice(["deploy/aws/credentials", ".aws/credentials", "ci/aws-credentials"]), fill('''[default]
aws_access_key_id = @KID@
aws_secret_access_key = @S@
region = @RG@

[readonly]
role_arn = arn:aws:iam::@ACC@:role/odds-readonly
source_profile = default
''', KID=kid, S=S, RG=r.choice(REGIONS), ACC=digits(r, 12))


@pos("postgres", "connection_string", "url", "DB_PASSWORD", g_password)
def p_pg_alembic(r, S):
    return "alembic.ini", fill('''[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://@U@:@S@@@H@:5432/@DB@

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''', U=r.choice(["odds", "betting_app", "fantasy"]), S=S, H=r.choice(["db.internal", "pg-primary.trading.svc", "localhost"]), DB=r.choice(["odds", "betting", "fantasy"]))


@pos("redis", "connection_string", "url", "REDIS_PASSWORD", g_password)
def p_redis_settings(r, S):
    return r.choice(["config/settings.py", "odds/settings.py"]), fill('''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DEBUG", "0") == "1"
TIME_ZONE = "Europe/London"

CELERY_BROKER_URL = "redis://:@S@@@H@:6379/0"
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_BEAT_SCHEDULE = {
    "refresh-odds": {"task": "odds.tasks.refresh", "schedule": 30.0},
}
''', S=S, H=r.choice(["redis", "cache.internal", "redis-master.trading.svc"]))


@pos("mongodb", "connection_string", "url", "MONGO_PASSWORD", g_password)
def p_mongo_ts(r, S):
    return r.choice(["src/db.ts", "apps/api/src/db/client.ts"]), fill('''import { MongoClient } from 'mongodb';

const uri = 'mongodb+srv://@U@:@S@@cluster0.@CL@.mongodb.net/?retryWrites=true&w=majority';
export const client = new MongoClient(uri);

export async function picks() {
  await client.connect();
  return client.db('@DB@').collection('picks');
}
''', U=r.choice(["fantasy_app", "picks-rw"]), S=S, CL=rs(r, LOWER_ALNUM, 5), DB=r.choice(["fantasy", "pickem"]))


@pos("azure-storage", "connection_string", "json", "AZURE_STORAGE_KEY", g_azure_key)
def p_azure_local(r, S):
    acct = r.choice(["oddsarchive", "fantasydata", "betfeedsprod"]) + digits(r, 2)
    doc = {"IsEncrypted": False, "Values": {
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, S),
        "FUNCTIONS_WORKER_RUNTIME": "python", "ODDS_CONTAINER": "snapshots"}}
    return "local.settings.json", json.dumps(doc, indent=2) + "\n"


@pos("gcp", "private_key", "json", "", rsa_pkcs8, slot=False)
def p_gcp_sa(r, S):
    proj = r.choice(["fantasy-analytics", "odds-warehouse", "bet-models"]) + "-" + digits(r, 6)
    doc = {"type": "service_account", "project_id": proj, "private_key_id": rs(r, HEX, 40),
           "private_key": S + "\n", "client_email": "bq-loader@%s.iam.gserviceaccount.com" % proj,
           "client_id": digits(r, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token"}
    return r.choice(["secrets/bq-loader.json", "credentials/service-account.json"]), json.dumps(doc, indent=2) + "\n"


@pos("mysql", "password", "cfg", "SPRING_DATASOURCE_PASSWORD", g_password)
def p_spring_yml(r, S):
    return r.choice(["src/main/resources/application.yml", "settlement/src/main/resources/application-prod.yml"]), fill('''spring:
  application:
    name: bet-settlement
  datasource:
    url: jdbc:mysql://@H@:3306/settlement?useSSL=true
    username: settlement_rw
    password: @S@
  jpa:
    open-in-view: false
settlement:
  batch-size: 500
''', H=r.choice(["mysql-primary", "db.settlement.internal"]), S=yq(S))


@pos("telegram", "api_key", "code", "TELEGRAM_BOT_TOKEN", g_telegram)
def p_telegram_py(r, S):
    var = nm(r, "TELEGRAM_BOT_TOKEN", ["BOT", "TG", "tipster_bot"])
    return r.choice(["bot/config.py", "tipbot/settings.py"]), fill('''# Value-bet alert bot
@V@ = "@S@"
CHANNEL_ID = -100@CH@
MIN_EDGE = 0.03
SPORTS = ["soccer_epl", "tennis_atp"]
''', V=var, S=S, CH=digits(r, 10))


@pos("slack", "webhook_url", "sh", "SLACK_WEBHOOK_URL", g_slack)
def p_slack_sh(r, S):
    return r.choice(["alerts/notify.sh", "scripts/alert-settlement.sh"]), fill('''#!/usr/bin/env bash
set -eu
MSG="${1:-settlement job finished}"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\": \\"${MSG}\\"}" \\
  @S@
''', S=S)


@pos("discord", "webhook_url", "code", "DISCORD_WEBHOOK", g_discord)
def p_discord_js(r, S):
    return r.choice(["bots/arb_alert.js", "src/notify/discord.js"]), fill('''const WEBHOOK = '@S@';

async function postArb(arb) {
  const content = `Arb ${arb.edge.toFixed(2)}% | ${arb.event} | ${arb.legs.map((l) => `${l.book}@${l.price}`).join(' / ')}`;
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'arb-bot', content }),
  });
}

module.exports = { postArb };
''', S=S)


@pos("rabbitmq", "connection_string", "env", "AMQP_PASSWORD", g_password, slot=False)
def p_amqp_env(r, S):
    return r.choice([".env.production", ".env"]), fill('''NODE_ENV=production
PORT=8080
AMQP_URL=amqps://settlement:@S@@mq.internal:5671/prod
SETTLEMENT_QUEUE=bets.settle
LOG_LEVEL=info
''', S=S)


@pos("internal", "api_key", "csv", "api_key", g_alnum32)
def p_csv_integrations(r, S):
    rows = ["provider,environment,owner,api_key,notes"]
    provs = r.sample(["sportradar", "opta", "genius", "theoddsapi", "sumsub", "nuvei", "paysafe"], 4)
    k = r.randint(0, 3)
    for i, p in enumerate(provs):
        val = S if i == k else "(vault)"
        rows.append("%s,%s,%s,%s,%s" % (p, r.choice(["prod", "staging"]), r.choice(["data", "payments", "kyc"]), val, r.choice(["rotated Q1", "", "owner on leave", "migrated"])))
    return r.choice(["exports/integrations.csv", "ops/provider_inventory.csv"]), "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- slot placeholders (negatives re-using positive templates)
PH = {
    "code": [("empty", ""), ("placeholder", "YOUR_API_KEY_HERE"), ("placeholder", "<your-api-key>"), ("placeholder", "changeme"),
             ("placeholder", "x" * 32), ("masked", "****************"), ("masked", "[REDACTED]"), ("placeholder", "replace-me")],
    "cfg": [("env-ref", "${ENV}"), ("env-ref", "${ENV:?must be set}"), ("secret-ref", "vault:secret/data/sportsbook/prod#envl"),
            ("secret-ref", "op://Sportsbook/envl/credential"), ("secret-ref", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/envl"),
            ("placeholder", "<your-key>"), ("empty", ""), ("placeholder", "changeme"), ("masked", "********"), ("masked", "[REDACTED]")],
    "json": [("env-ref", "${ENV}"), ("placeholder", "<your-key>"), ("empty", ""), ("placeholder", "CHANGE_ME"),
             ("masked", "********"), ("secret-ref", "vault:secret/data/sportsbook/envl")],
    "sh": [("env-ref", "${ENV}"), ("env-ref", "$ENV"), ("secret-ref", "$(vault kv get -field=value secret/envl)"),
           ("secret-ref", "$(op read op://Sportsbook/envl/credential)"), ("placeholder", "<your-key>"), ("placeholder", "xxxxxxxxxxxxxxxx")],
    "doc": [("placeholder", "<YOUR_API_KEY>"), ("placeholder", "YOUR_API_KEY"), ("env-ref", "$ENV"), ("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxx"),
            ("masked", "****")],
    "xml": [("env-ref", "${ENV}"), ("placeholder", "YOUR_API_SECRET_HERE"), ("masked", "********"), ("empty", ""), ("placeholder", "changeme")],
    "url": [("env-ref", "${ENV}"), ("placeholder", "changeme"), ("masked", "****"), ("placeholder", "PASSWORD"), ("placeholder", "<password>")],
    "log": [("masked", "****"), ("masked", "[REDACTED]"), ("masked", "<redacted>"), ("masked", "***")],
    "postman": [("template", "{{ENV}}"), ("empty", ""), ("placeholder", "<your-token>")],
    "basic": [("placeholder", "<base64(username:password)>"), ("placeholder", "BASE64_ENCODED_CREDENTIALS"), ("masked", "********")],
    "ini": [("env-ref", "${ENV}"), ("env-ref", "%(ENV)s"), ("placeholder", "<set-me>"), ("empty", ""), ("placeholder", "changeme")],
    "props": [("env-ref", "${ENV}"), ("placeholder", "<your-key>"), ("empty", ""), ("placeholder", "changeme")],
    "toml": [("placeholder", "<your-password>"), ("empty", ""), ("placeholder", "changeme"), ("masked", "********")],
    "tf": [("env-ref", "${var.ENV}"), ("placeholder", "REPLACE_ME"), ("empty", "")],
    "csv": [("secret-ref", "(vault)"), ("masked", "****"), ("empty", "")],
    "sql": [("empty", ""), ("placeholder", "CHANGE_ME"), ("secret-ref", "vault:secret/data/rgs/envl"), ("masked", "********")],
}


def slot_value(r, t):
    if t["docex"] and r.random() < 0.3:
        return r.choice(t["docex"]), "doc-example"
    variant, v = r.choice(PH[t["ctx"]])
    env = t["env"] or "SECRET"
    v = v.replace("envl", env.lower().replace("_", "-")).replace("ENV", env)
    return v, variant


# --------------------------------------------------------------------------- look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


@neg("betfair", "market-ids")
def n_bf_catalogue(r):
    a, b = pair(r)
    doc = [{"marketId": "1.%s" % digits(r, 9), "marketName": "Match Odds", "totalMatched": round(r.uniform(1e4, 5e6), 2),
            "event": {"id": digits(r, 8), "name": "%s v %s" % (a, b), "countryCode": "GB", "openDate": ts(r)},
            "runners": [{"selectionId": int(digits(r, r.choice([5, 6, 7]))), "runnerName": n, "handicap": 0.0, "sortPriority": i + 1}
                        for i, n in enumerate([a, b, "The Draw"])]} for _ in range(r.randint(2, 4))]
    return r.choice(["tests/fixtures/list_market_catalogue.json", "data/catalogue_sample.json"]), json.dumps(doc, indent=2) + "\n"


@neg("the-odds-api", "odds-table")
def n_odds_csv(r):
    rows = ["event_id,commence_time,home,away,bookmaker,home_price,draw_price,away_price,last_update"]
    for _ in range(r.randint(6, 14)):
        a, b = pair(r)
        eid = rs(r, HEX, 32)
        for bk in r.sample(BOOKS, 2):
            rows.append("%s,%s,%s,%s,%s,%s,%s,%s,%s" % (eid, ts(r), a, b, bk, odds(r), odds(r), odds(r), ts(r)))
    return r.choice(["data/odds_epl.csv", "exports/h2h_snapshot.csv"]), "\n".join(rows) + "\n"


@neg("sportsbook", "bet-references")
def n_settlement_log(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s INFO settlement bet_ref=BT-%s-%s txn=%s market=%s selection=%s stake=%.2f price=%s result=%s" % (
            logts(r), digits(r, 8), rs(r, UPPER_ALNUM, 6), uuid4(r), "1.%s" % digits(r, 9), digits(r, 7),
            r.uniform(1, 200), odds(r), r.choice(["WON", "LOST", "VOID", "HALF_WON"])))
    return r.choice(["logs/settlement.log", "var/log/settlement-worker.log"]), "\n".join(lines) + "\n"


@neg("casino", "server-seed-hash")
def n_provably_fair_md(r):
    seed = rs(r, HEX, 64)
    h = hashlib.sha256(seed.encode()).hexdigest()
    cs = rs(r, ALNUM, r.choice([10, 16, 20]))
    return r.choice(["docs/provably-fair.md", "web/content/fairness.md"]), fill('''# Provably fair

Before your first bet you are shown the SHA-256 hash of the next server seed:

    next_server_seed_hash: @H@

Your client seed (change it any time in Settings > Fairness):

    client_seed: @CS@
    nonce: @N@

Each roll is `HMAC_SHA256(server_seed, client_seed + ":" + nonce)`. When you rotate seeds the
old server seed is revealed and you can check that `sha256(server_seed)` equals the hash above.
''', H=h, CS=cs, N=r.randint(0, 500))


@neg("casino", "server-seed-hash")
def n_provably_fair_json(r):
    rounds = []
    for _ in range(r.randint(3, 6)):
        rounds.append({"round_id": uuid4(r), "game": r.choice(["dice", "crash", "plinko", "mines"]),
                       "server_seed_hash": rs(r, HEX, 64), "client_seed": rs(r, ALNUM, 16), "nonce": r.randint(1, 999),
                       "result": round(r.uniform(0, 100), 2)})
    return r.choice(["tests/fixtures/fairness_rounds.json", "api/examples/rounds.json"]), json.dumps({"rounds": rounds}, indent=2) + "\n"


@neg("casino", "game-round-ids")
def n_round_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append('{"ts":"%s","level":"info","msg":"round settled","round_id":"%s","game_id":"%s","player_id":%s,"bet":"%.2f","win":"%.2f","currency":"EUR","txn_id":"%s"}' % (
            ts(r), rs(r, HEX, 24), r.choice(["vs20olympgate", "vs10bbbonanza", "evo_lightning_roulette", "hs_wanted"]), digits(r, 7), r.uniform(0.2, 20), r.uniform(0, 80), uuid4(r)))
    return r.choice(["logs/rgs-callbacks.jsonl", "var/log/wallet/rounds.log"]), "\n".join(lines) + "\n"


@neg("sportradar", "urns")
def n_sr_schedule(r):
    evs = []
    for _ in range(r.randint(3, 5)):
        a, b = pair(r)
        evs.append({"id": "sr:sport_event:%s" % digits(r, 8), "start_time": ts(r),
                    "competitors": [{"id": "sr:competitor:%s" % digits(r, r.choice([4, 5, 6])), "name": a, "qualifier": "home"},
                                    {"id": "sr:competitor:%s" % digits(r, r.choice([4, 5, 6])), "name": b, "qualifier": "away"}],
                    "venue": {"id": "sr:venue:%s" % digits(r, 4)}})
    doc = {"generated_at": ts(r), "schedules": [{"sport_event": e} for e in evs]}
    return r.choice(["tests/fixtures/sr_schedule.json", "samples/sportradar/schedule.json"]), json.dumps(doc, indent=2) + "\n"


@neg("opta", "player-ids")
def n_opta_players(r):
    rows = ["player_id,team_id,first_name,last_name,position,shirt"]
    first = ["Luca", "Mateo", "Jonas", "Amir", "Kai", "Diego", "Noah", "Ivan"]
    last = ["Silva", "Novak", "Jensen", "Moreau", "Kowalski", "Rossi", "Okafor", "Berg"]
    for _ in range(r.randint(8, 15)):
        rows.append("%s,%s,%s,%s,%s,%d" % (rs(r, LOWER_ALNUM, 25), rs(r, LOWER_ALNUM, 25), r.choice(first), r.choice(last),
                                         r.choice(["Goalkeeper", "Defender", "Midfielder", "Attacker"]), r.randint(1, 40)))
    return r.choice(["data/opta/squads.csv", "seeds/players.csv"]), "\n".join(rows) + "\n"


@neg("api-football", "fixture-ids")
def n_fixtures_sql(r):
    rows = []
    for _ in range(r.randint(5, 10)):
        a, b = pair(r)
        rows.append("  (%s, %d, 2024, '%s', '%s', '%s', '%s')" % (digits(r, 7), r.choice([39, 140, 135]), a.replace("'", "''"), b, ts(r), uuid4(r)))
    return r.choice(["db/seed/fixtures.sql", "migrations/0012_seed_fixtures.sql"]), "INSERT INTO fixtures (api_fixture_id, league_id, season, home, away, kickoff, internal_uuid) VALUES\n" + ",\n".join(rows) + ";\n"


@neg("npm", "integrity-hashes")
def n_package_lock(r):
    pk = {}
    for name, ver in r.sample([("axios", "1.6.8"), ("date-fns", "3.6.0"), ("zod", "3.23.8"), ("ws", "8.17.0"), ("pino", "9.1.0"), ("express", "4.19.2")], 4):
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "license": "MIT"}
    doc = {"name": "odds-widget", "version": "0.4.%d" % r.randint(0, 9), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg("go", "module-hashes")
def n_go_sum(r):
    mods = [("github.com/gorilla/websocket", "v1.5.1"), ("github.com/shopspring/decimal", "v1.4.0"), ("golang.org/x/oauth2", "v0.20.0"),
            ("github.com/redis/go-redis/v9", "v9.5.1"), ("go.uber.org/zap", "v1.27.0")]
    lines = []
    for m, v in r.sample(mods, 4):
        lines.append("%s %s h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
        lines.append("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
    return "go.sum", "\n".join(lines) + "\n"


@neg("kubernetes", "image-digests")
def n_k8s_digest(r):
    return r.choice(["k8s/odds-api-deployment.yaml", "deploy/k8s/settlement.yaml"]), fill('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: odds-api
  annotations:
    checksum/config: @CK@
spec:
  replicas: 2
  selector:
    matchLabels: {app: odds-api}
  template:
    metadata:
      labels: {app: odds-api}
    spec:
      containers:
        - name: api
          image: registry.example.com/odds/api@sha256:@DG@
          envFrom:
            - secretRef:
                name: odds-api-secrets
          env:
            - name: ODDS_API_KEY
              valueFrom:
                secretKeyRef: {name: odds-api-secrets, key: odds-api-key}
''', CK=rs(r, HEX, 64), DG=rs(r, HEX, 64))


@neg("git", "commit-shas")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        lines.append("## 2.%d.%d" % (9 - i, r.randint(0, 5)))
        for _ in range(r.randint(1, 3)):
            lines.append("- %s (%s)" % (r.choice(["fix settlement of void legs", "add Asian handicap markets", "bump betfairlightweight",
                                                  "cache Sportradar schedules", "retry Pinnacle 429", "rotate Onfido webhook"]), rs(r, HEX, 40)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@neg("sumsub", "webhook-digest")
def n_sumsub_webhook(r):
    doc = {"applicantId": rs(r, HEX, 24), "inspectionId": rs(r, HEX, 24), "correlationId": rs(r, HEX, 32),
           "levelName": "igaming-eu-kyc", "externalUserId": "u_%s" % digits(r, 8), "type": "applicantReviewed",
           "reviewStatus": "completed", "reviewResult": {"reviewAnswer": r.choice(["GREEN", "RED"])}, "createdAtMs": ts(r)}
    body = json.dumps(doc, indent=2)
    return r.choice(["tests/fixtures/sumsub_webhook.http", "docs/examples/sumsub-applicant-reviewed.http"]), fill('''POST /hooks/sumsub HTTP/1.1
Host: kyc.example-casino.com
Content-Type: application/json
X-Payload-Digest: @D@
X-Payload-Digest-Alg: HMAC_SHA256_HEX

@B@
''', D=rs(r, HEX, 64), B=body)


@neg("skrill", "md5sig")
def n_skrill_status(r):
    return r.choice(["tests/test_skrill_status.py", "cashier/tests/test_md5sig.py"]), fill('''from cashier.skrill import md5sig_ok

SAMPLE = {
    "merchant_id": "@MID@",
    "transaction_id": "DEP-@TX@",
    "mb_amount": "@AMT@",
    "mb_currency": "EUR",
    "status": "2",
    "md5sig": "@SIG@",
    "mb_transaction_id": "@MB@",
}


def test_rejects_tampered_amount(monkeypatch):
    monkeypatch.setenv("SKRILL_SECRET_WORD", "test")
    tampered = dict(SAMPLE, mb_amount="999.00")
    assert not md5sig_ok(tampered)
''', MID=digits(r, 8), TX=digits(r, 9), AMT="%.2f" % r.uniform(10, 500), SIG=rs(r, HEX, 32).upper(), MB=digits(r, 10))


@neg("nuvei", "dmn-checksum")
def n_nuvei_dmn(r):
    q = "ppp_status=OK&PPP_TransactionID=%s&TransactionID=%s&Status=APPROVED&totalAmount=%.2f&currency=EUR&merchant_id=%s&merchant_site_id=%s&clientUniqueId=%s&advanceResponseChecksum=%s" % (
        digits(r, 9), digits(r, 19), r.uniform(10, 500), digits(r, 19), digits(r, 6), uuid4(r), rs(r, HEX, 64))
    lines = ["%s INFO cashier.nuvei DMN received: %s" % (logts(r), q), "%s INFO cashier.nuvei checksum verified, deposit credited" % logts(r)]
    return r.choice(["logs/nuvei-dmn.log", "var/log/cashier/dmn.log"]), "\n".join(lines) + "\n"


@neg("trustly", "public-key")
def n_trustly_pub(r):
    return r.choice(["config/trustly/live.trustly.public.pem", "certs/trustly/test.trustly.public.pem"]), pub_key(r) + "\n"


@neg("trustly", "notification-signature")
def n_trustly_notif(r):
    doc = {"method": "credit", "params": {"signature": base64.b64encode(rbytes(r, 256)).decode(), "uuid": uuid4(r),
                                          "data": {"orderid": digits(r, 10), "enduserid": "u_%s" % digits(r, 7), "notificationid": digits(r, 10),
                                                   "messageid": "DEP-%s" % digits(r, 9), "timestamp": ts(r), "amount": "%.2f" % r.uniform(10, 900), "currency": "SEK"}},
           "version": "1.1"}
    return r.choice(["tests/fixtures/trustly_credit.json", "docs/examples/trustly-notification.json"]), json.dumps(doc, indent=2) + "\n"


@neg("betfair", "client-certificate")
def n_bf_cert(r):
    return r.choice(["certs/client-2048.crt", "bot/certs/betfair.crt"]), cert(r) + "\n"


@neg("crypto-casino", "wallet-addresses")
def n_crypto(r):
    rows = ["asset,network,deposit_address,last_tx_hash,confirmations"]
    for _ in range(r.randint(4, 8)):
        a = r.choice(["USDT", "ETH", "USDC"])
        rows.append("%s,%s,0x%s,0x%s,%d" % (a, r.choice(["ERC20", "Arbitrum"]), rs(r, HEX, 40), rs(r, HEX, 64), r.randint(1, 64)))
    rows.append("BTC,bitcoin,bc1q%s,%s,%d" % (rs(r, "023456789acdefghjklmnpqrstuvwxyz", 38), rs(r, HEX, 64), r.randint(1, 6)))
    return r.choice(["exports/deposits.csv", "ops/hot_wallet_addresses.csv"]), "\n".join(rows) + "\n"


@neg("sleeper", "league-ids")
def n_sleeper(r):
    return r.choice(["sleeper/config.py", "config/sleeper.py"]), fill('''# Sleeper's API is read-only and needs no token.
SLEEPER_BASE = "https://api.sleeper.app/v1"
LEAGUE_ID = "@L@"
USER_ID = "@U@"
DRAFT_ID = "@D@"
SEASON = "@Y@"


def league_url(path: str = "") -> str:
    return f"{SLEEPER_BASE}/league/{LEAGUE_ID}{path}"
''', L=digits(r, 18), U=digits(r, 18), D=digits(r, 18), Y=r.choice(["2023", "2024"]))


@neg("espn-fantasy", "swid-only")
def n_espn_public(r):
    return r.choice(["espn/public_league.py", "scripts/public_scores.py"]), fill('''from espn_api.football import League

# Public league: no espn_s2 cookie needed. SWID below is only used to find my team.
MY_SWID = "{@SW@}"
league = League(league_id=@L@, year=@Y@)
mine = next(t for t in league.teams if MY_SWID in (o["id"] for o in t.owners))
print(mine.team_name, mine.wins, mine.losses)
''', SW=uuid4(r, upper=True), L=digits(r, 8), Y=r.choice([2023, 2024]))


@neg("yahoo-fantasy", "league-keys")
def n_yahoo_keys(r):
    gk = r.choice(["423", "449", "431"])
    lid = digits(r, 6)
    doc = {"game_key": gk, "league_key": "%s.l.%s" % (gk, lid),
           "teams": [{"team_key": "%s.l.%s.t.%d" % (gk, lid, i), "name": n, "guid": rs(r, UPPER_ALNUM, 26)}
                     for i, n in enumerate(r.sample(["Gronk Spiel", "Kamara Sutra", "Lamb Chops", "Mixon It Up", "Hurts Donut"], 4), 1)]}
    return r.choice(["data/yahoo_league.json", "tests/fixtures/yahoo_teams.json"]), json.dumps(doc, indent=2) + "\n"


@neg("game-aggregator", "callback-signature")
def n_wallet_http(r):
    body = json.dumps({"user": "p_%s" % digits(r, 7), "transaction_uuid": uuid4(r), "round": rs(r, HEX, 24), "amount": r.randint(10, 5000),
                       "currency": "EUR", "game_code": r.choice(["vs20olympgate", "evo_crazytime"])})
    return r.choice(["tests/http/wallet_debit.http", "docs/examples/wallet-callback.http"]), fill('''### Debit callback as sent by the aggregator (signature header computed by them)
POST https://wallet.example-casino.com/rgs/debit
Content-Type: application/json
X-Request-Id: @RID@
X-Signature: @SIG@

@B@
''', RID=uuid4(r), SIG=rs(r, HEX, 64), B=body)


@neg("onfido", "webhook-signature")
def n_onfido_hook(r):
    doc = {"payload": {"resource_type": "check", "action": "check.completed",
                       "object": {"id": uuid4(r), "status": "complete", "completed_at_iso8601": ts(r),
                                  "href": "https://api.eu.onfido.com/v3.6/checks/%s" % uuid4(r)}}}
    return r.choice(["tests/fixtures/onfido_check_completed.json", "samples/onfido-webhook.json"]), json.dumps(
        {"headers": {"X-SHA2-Signature": rs(r, HEX, 64), "Content-Type": "application/json"}, "body": doc}, indent=2) + "\n"


@neg("payments", "public-keys")
def n_frontend_public(r):
    return r.choice(["web/src/config/public.ts", "apps/web/src/env.public.ts"]), fill('''// Values in this file are PUBLIC and shipped to the browser.
export const publicConfig = {
  stripePublishableKey: 'pk_live_@PK@',
  recaptchaSiteKey: '6L@RC@',
  trustlyAccessId: '@TA@',
  sentryDsn: 'https://@SD@@o@ORG@.ingest.sentry.io/@PRJ@',
  firebase: {
    apiKey: 'AIza@FB@',
    authDomain: '@APP@.firebaseapp.com',
    projectId: '@APP@',
    appId: '1:@SND@:web:@AID@',
  },
};
''', PK=rs(r, ALNUM, 99), RC=rs(r, B64URL, 38), TA=rs(r, UPPER_ALNUM, 20), SD=rs(r, HEX, 32), ORG=digits(r, 6), PRJ=digits(r, 7),
                 FB=rs(r, B64URL, 35), APP=r.choice(["pickem-league", "fantasy-draft-kit"]), SND=digits(r, 12), AID=rs(r, HEX, 22))


@neg("mapbox", "public-token")
def n_mapbox(r):
    payload = base64.b64encode(json.dumps({"u": "venue-maps", "a": rs(r, LOWER_ALNUM, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return r.choice(["web/src/map/venues.js", "src/components/VenueMap.jsx"]), fill('''import mapboxgl from 'mapbox-gl';

// Public (pk.) token restricted to our domains in the Mapbox dashboard.
mapboxgl.accessToken = 'pk.@P@.@S@';

export function venueMap(el, venues) {
  const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/light-v11', zoom: 4 });
  venues.forEach((v) => new mapboxgl.Marker().setLngLat([v.lng, v.lat]).addTo(map));
  return map;
}
''', P=payload, S=rs(r, B64URL, 22))


@neg("checksums", "sha256sums")
def n_sha256sums(r):
    files = ["odds-archive-2024-0%d.parquet" % i for i in range(1, r.randint(4, 9))]
    return r.choice(["releases/SHA256SUMS", "data/archive/SHA256SUMS.txt"]), "\n".join("%s  %s" % (rs(r, HEX, 64), f) for f in files) + "\n"


@neg("terraform", "provider-lock-hashes")
def n_tf_lock(r):
    return ".terraform.lock.hcl", fill('''# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.49.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:@H1@",
    "zh:@Z1@",
    "zh:@Z2@",
    "zh:@Z3@",
  ]
}
''', H1=base64.b64encode(rbytes(r, 32)).decode(), Z1=rs(r, HEX, 64), Z2=rs(r, HEX, 64), Z3=rs(r, HEX, 64))


@neg("web", "data-uri")
def n_css_datauri(r):
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(90, 180))).decode()
    return r.choice(["web/static/css/crests.css", "src/styles/badges.css"]), fill('''.crest--home { width: 24px; height: 24px; background-size: contain; }
.crest--placeholder {
  background-image: url("data:image/png;base64,@IMG@");
}
.odds-up { color: #1e9e57; }
.odds-down { color: #d23c3c; }
''', IMG=img)


@neg("odds-feed", "protobuf-fixture")
def n_proto_fixture(r):
    msgs = [base64.b64encode(rbytes(r, r.randint(40, 90))).decode() for _ in range(r.randint(3, 5))]
    return r.choice(["tests/fixtures/price_updates.b64", "tests/data/feed_frames.txt"]), "# base64-encoded PriceUpdate protobuf frames captured from staging\n" + "\n".join(msgs) + "\n"


@neg("auth", "jwks-public")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, B64URL, 22),
             "n": base64.urlsafe_b64encode(rbytes(r, 256)).decode().rstrip("="), "e": "AQAB"} for _ in range(2)]
    return r.choice(["public/.well-known/jwks.json", "tests/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("ssh", "public-keys")
def n_authorized_keys(r):
    lines = []
    for who in r.sample(["deploy@ci", "ana@laptop", "trader@desk-03", "ops@bastion"], 3):
        if r.random() < 0.5:
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (base64.b64encode(rbytes(r, 32)).decode()[:43], who))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s" % (base64.b64encode(rbytes(r, 256)).decode(), who))
    return r.choice(["infra/ansible/files/authorized_keys", "deploy/ssh/authorized_keys"]), "\n".join(lines) + "\n"


@neg("geocomply", "geo-log")
def n_geo_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s INFO geo check user=%s state=%s result=%s reason=%s device_fp=%s request_id=%s" % (
            logts(r), digits(r, 7), r.choice(["NJ", "PA", "MI", "NY"]), r.choice(["PASS", "PASS", "FAIL"]), r.choice(["-", "VPN_DETECTED", "OUT_OF_BOUNDARY"]),
            rs(r, HEX, 40), uuid4(r)))
    return r.choice(["logs/geocomply.log", "var/log/compliance/geo.log"]), "\n".join(lines) + "\n"


@neg("http", "request-ids")
def n_http_headers(r):
    return r.choice(["docs/debugging/sample-response.txt", "tests/fixtures/odds_response_headers.txt"]), fill('''HTTP/2 200
content-type: application/json; charset=utf-8
x-requests-remaining: @REM@
x-requests-used: @USED@
x-request-id: @RID@
etag: W/"@ETAG@"
cf-ray: @RAY@-LHR
x-amz-cf-id: @CF@
''', REM=r.randint(10, 19000), USED=r.randint(1, 900), RID=uuid4(r), ETAG=rs(r, HEX, 32), RAY=rs(r, HEX, 16), CF=rs(r, B64URL, 56) + "==")


@neg("webpack", "content-hashes")
def n_manifest(r):
    doc = {name: "/static/js/%s.%s.js" % (name.split(".")[0], rs(r, HEX, 20)) for name in ["main.js", "vendors.js", "betslip.js", "runtime.js"]}
    doc["main.css"] = "/static/css/main.%s.css" % rs(r, HEX, 8)
    return r.choice(["web/build/asset-manifest.json", "public/manifest.json"]), json.dumps(doc, indent=2) + "\n"


@neg("opta", "f24-events")
def n_opta_xml(r):
    evs = "\n".join('    <Event id="%s" event_id="%d" type_id="%d" period_id="%d" min="%d" sec="%d" team_id="%s" player_id="%s" x="%.1f" y="%.1f" timestamp="%s"/>' % (
        digits(r, 10), i, r.choice([1, 3, 4, 13, 16]), 1, r.randint(0, 45), r.randint(0, 59), rs(r, LOWER_ALNUM, 25), rs(r, LOWER_ALNUM, 25),
        r.uniform(0, 100), r.uniform(0, 100), ts(r)) for i in range(1, r.randint(5, 9)))
    return r.choice(["tests/fixtures/opta_f24.xml", "data/opta/events_sample.xml"]), '<?xml version="1.0" encoding="UTF-8"?>\n<Games>\n  <Game id="%s" competition_id="8" season_id="2024">\n%s\n  </Game>\n</Games>\n' % (digits(r, 7), evs)


@neg("sportsbook", "bet-receipt")
def n_receipt(r):
    a, b = pair(r, TEAMS_US)
    return r.choice(["templates/email/bet_receipt.txt", "web/templates/receipt_example.txt"]), fill('''Bet placed - receipt @REF@

Event:     @A@ @ @B@
Market:    Moneyline
Selection: @A@ (@O@)
Stake:     $@ST@
Placed:    @T@
Ticket:    @TK@

Questions? Quote reference @REF@ when contacting support.
''', REF="BR%s" % digits(r, 10), A=a, B=b, O=odds(r), ST="%.2f" % r.uniform(5, 100), T=ts(r), TK=uuid4(r).upper())


@neg("tls", "certificate-fingerprints")
def n_cert_pin(r):
    fp1 = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    fp2 = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20))
    return r.choice(["docs/ops/betfair-cert-rotation.md", "docs/cert-pinning.md"]), fill('''# Client certificate rotation

The exchange client certificate is regenerated every 12 months (`openssl req -new -x509 -days 365`).
After uploading the new `.crt` in My Account > Security, record the fingerprints here:

| Field             | Value |
|-------------------|-------|
| SHA-256           | `@F1@` |
| SHA-1             | `@F2@` |
| Serial            | `@SER@` |
| Not after         | 2025-0@M@-01 |

The private key never leaves the bot host (`/etc/bfbot/client-2048.key`, mode 0400).
''', F1=fp1, F2=fp2, SER=rs(r, HEX, 32), M=r.randint(1, 9))


# ---- negatives that reference secrets indirectly (env / secret stores / encrypted)
@neg("the-odds-api", "env-reference")
def n_env_py(r):
    return r.choice(["odds/config.py", "app/settings.py"]), fill('''import os

ODDS_API_KEY = os.environ["ODDS_API_KEY"]
SPORTRADAR_API_KEY = os.getenv("SPORTRADAR_API_KEY", "")
BETFAIR_APP_KEY = os.environ.get("BETFAIR_APP_KEY")
SUMSUB_SECRET_KEY = os.environ["SUMSUB_SECRET_KEY"]
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/odds")
REGIONS = os.getenv("ODDS_REGIONS", "uk,eu").split(",")
MIN_EDGE = float(os.getenv("MIN_EDGE", "@E@"))
''', E=r.choice(["0.02", "0.015", "0.03"]))


@neg("sportradar", "env-reference")
def n_env_js(r):
    return r.choice(["src/config.js", "server/config/index.js"]), '''require('dotenv').config();

module.exports = {
  sportradarKey: process.env.SPORTRADAR_API_KEY,
  onfidoToken: process.env.ONFIDO_API_TOKEN,
  sumsub: { appToken: process.env.SUMSUB_APP_TOKEN, secret: process.env.SUMSUB_SECRET_KEY },
  discordWebhook: process.env.DISCORD_WEBHOOK_URL,
  port: Number(process.env.PORT || 8080),
};
'''


@neg("nuvei", "env-reference")
def n_env_go(r):
    return r.choice(["internal/config/config.go", "cmd/cashier/config.go"]), '''package config

import "os"

type Nuvei struct {
	MerchantID     string
	MerchantSiteID string
	SecretKey      string
}

func Load() Nuvei {
	return Nuvei{
		MerchantID:     os.Getenv("NUVEI_MERCHANT_ID"),
		MerchantSiteID: os.Getenv("NUVEI_MERCHANT_SITE_ID"),
		SecretKey:      os.Getenv("NUVEI_MERCHANT_SECRET_KEY"),
	}
}
'''


@neg("sportsdataio", "secret-manager")
def n_cs_config(r):
    return r.choice(["src/Odds.Ingest/Program.cs", "Program.cs"]), '''using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(
    new Uri("https://odds-ingest-kv.vault.azure.net/"), new DefaultAzureCredential());

var sdioKey = builder.Configuration["SportsData:SubscriptionKey"]
    ?? throw new InvalidOperationException("SportsData:SubscriptionKey missing");
builder.Services.AddHttpClient<SportsDataClient>(c =>
    c.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", sdioKey));

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();
'''


@neg("kubernetes", "secret-ref")
def n_gha_secrets(r):
    return r.choice([".github/workflows/deploy.yml", ".github/workflows/release.yml"]), '''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-deploy
          aws-region: eu-west-1
      - run: helm upgrade --install odds charts/odds --set betfair.appKey="${{ secrets.BETFAIR_APP_KEY }}" --set oddsApi.key="${{ secrets.ODDS_API_KEY }}"
'''


@neg("helm", "template-expression")
def n_helm_tpl(r):
    return r.choice(["charts/odds/templates/secret.yaml", "charts/kyc/templates/secret.yaml"]), '''apiVersion: v1
kind: Secret
metadata:
  name: {{ include "odds.fullname" . }}
type: Opaque
data:
  ODDS_API_KEY: {{ .Values.oddsApi.key | b64enc | quote }}
  BETFAIR_APP_KEY: {{ .Values.betfair.appKey | b64enc | quote }}
  ONFIDO_API_TOKEN: {{ required "onfido token required" .Values.onfido.apiToken | b64enc | quote }}
'''


@neg("sops", "encrypted-values")
def n_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, r.randint(20, 48))).decode(),
                                                                  base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), fill('''pinnacle:
    username: @E1@
    password: @E2@
sumsub:
    secret_key: @E3@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/@K@
          created_at: "@T@"
          enc: @KE@
          aws_profile: ""
    lastmodified: "@T@"
    mac: @MAC@
    version: 3.8.1
''', E1=enc(), E2=enc(), E3=enc(), K=uuid4(r), T=ts(r), KE=base64.b64encode(rbytes(r, 150)).decode(), MAC=enc())


@neg("sealed-secrets", "encrypted-values")
def n_sealed(r):
    return r.choice(["k8s/sealed/matchbook.yaml", "deploy/sealed-secrets/exchange.yaml"]), fill('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: matchbook-credentials
  namespace: trading
spec:
  encryptedData:
    MATCHBOOK_PASSWORD: @A@
    MATCHBOOK_USERNAME: @B@
''', A="Ag" + base64.b64encode(rbytes(r, 300)).decode(), B="Ag" + base64.b64encode(rbytes(r, 280)).decode())


@neg("terraform", "variable-reference")
def n_tf_var(r):
    return r.choice(["infra/kyc.tf", "terraform/kyc/main.tf"]), '''variable "onfido_api_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "onfido" {
  name = "prod/kyc/onfido"
}

resource "aws_secretsmanager_secret_version" "onfido" {
  secret_id     = aws_secretsmanager_secret.onfido.id
  secret_string = var.onfido_api_token
}
'''


@neg("docker", "build-args")
def n_dockerfile(r):
    return r.choice(["Dockerfile", "scraper/Dockerfile"]), '''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Credentials are injected at runtime by the orchestrator, never baked into the image.
ENV ODDS_API_KEY="" \\
    API_FOOTBALL_KEY="" \\
    PYTHONUNBUFFERED=1
USER 10001
CMD ["python", "-m", "scraper"]
'''


@neg("env-example", "placeholder")
def n_env_example(r):
    return r.choice([".env.example", ".env.sample", "config/.env.template"]), '''# Copy to .env and fill in. Never commit the real file.
ODDS_API_KEY=<your-odds-api-key>
SPORTRADAR_API_KEY=
BETFAIR_APP_KEY=your-app-key
BETFAIR_USERNAME=
BETFAIR_PASSWORD=changeme
ESPN_S2=
SWID={00000000-0000-0000-0000-000000000000}
YAHOO_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgresql://odds:password@localhost:5432/odds
'''


# ---- documentation examples
@neg("paysafe", "doc-example")
def n_doc_paysafe(r):
    return r.choice(["docs/vendor/paysafe-auth.md", "docs/payments/paysafe-notes.md"]), '''# Paysafe authentication (notes from the vendor docs)

The API key is a username + password pair sent with HTTP Basic. The docs use:

- username: `MerchantXYZ`
- password: `B-tst1-0-51ed39e4-312d02345d3f123120881dff9bb4020a89e8ac44cdfdcecd702151182fdc952272661d290ab2e5849e31bb03deede7e`

which becomes

    Authorization: Basic TWVyY2hhbnRYWVo6Qi10c3QxLTAtNTFlZDM5ZTQtMzEyZDAyMzQ1ZDNmMTIzMTIwODgxZGZmOWJiNDAyMGE4OWU4YWM0NGNkZmRjZWNkNzAyMTUxMTgyZmRjOTUyMjcyNjYxZDI5MGFiMmU1ODQ5ZTMxYmIwM2RlZWRlN2U=

Our real keys live in Vault under `payments/paysafe/<env>`.
'''


@neg("pinnacle", "doc-example")
def n_doc_pinnacle(r):
    return r.choice(["docs/vendor/pinnacle.md", "books/pinnacle/README.md"]), '''# Pinnacle API

Auth is HTTP Basic (password max 10 chars). Example from the vendor README:

```
Authorization: Basic U03MyOT23YbzMDc6d3c3O1DQ1
Accept: application/json
```

Our client reads `PINNACLE_USER` / `PINNACLE_PASSWORD` from the environment.
'''


@neg("aws", "doc-example")
def n_doc_aws(r):
    return r.choice(["docs/local-setup.md", "CONTRIBUTING.md"]), '''# Local setup

Use LocalStack for S3 snapshots. The AWS CLI still wants credentials, so use the
documentation placeholders:

```ini
[localstack]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
```

Then `aws --profile localstack --endpoint-url http://localhost:4566 s3 ls`.
'''


@neg("betfair", "doc-example")
def n_doc_betfair(r):
    return r.choice(["docs/vendor/betfair-login.md", "docs/betfair.md"]), '''# Betfair login flow

Interactive login page parameters (from the Betfair developer docs):

| Name    | Sample                      |
|---------|-----------------------------|
| product | `IhDSui3ODdsdwo`            |
| url     | `https://www.betfair.com`   |

Keep-alive:

```
curl -H "Accept: application/json" -H "X-Application: <AppKey>" -H "X-Authentication: <token>" https://identitysso.betfair.com/api/keepAlive
```

Response: `{"token":"SESSION_TOKEN","product":"APP_KEY","status":"SUCCESS","error":""}`
'''


@neg("skrill", "doc-example")
def n_doc_skrill(r):
    return r.choice(["docs/vendor/skrill-mqi.md", "docs/cashier/skrill.md"]), '''# Skrill MQI

Requests are HTTPS GET or POST. The vendor example (their test account, not ours):

    https://www.skrill.com/app/query.pl?action=status_trn&email=mb654@abv.bg&password=53903d217504eb37f3fdb0ce77610558&mb_trn_id=104627261

`password` is the MD5 of the separate API/MQI password. Prefer POST so it does not end up in logs.
'''


@neg("sumsub", "placeholder")
def n_doc_sumsub(r):
    return r.choice(["docs/kyc/sumsub.md", "docs/vendor/sumsub-signing.md"]), '''# Signing Sumsub requests

```
X-App-Token: sbx:<app-token>
X-App-Access-Ts: 1717171717
X-App-Access-Sig: <hex(hmac_sha256(secret_key, ts + METHOD + path + body))>
```

Sandbox tokens start with `sbx:`, production with `prd:`. Tokens are created in the
dashboard (Dev space > App Tokens) and stored in Vault at `kyc/sumsub/<env>`.
'''


@neg("matchbook", "offer-ids")
def n_matchbook_offers(r):
    offers = [{"id": int(digits(r, 16)), "event-id": int(digits(r, 16)), "market-id": int(digits(r, 16)), "runner-id": int(digits(r, 16)),
               "side": r.choice(["back", "lay"]), "odds": float(odds(r)), "stake": round(r.uniform(2, 100), 2), "status": r.choice(["open", "matched"]),
               "created-at": ts(r)} for _ in range(r.randint(2, 4))]
    return r.choice(["tests/fixtures/matchbook_offers.json", "samples/matchbook/offers.json"]), json.dumps({"offers": offers, "currency": "EUR"}, indent=2) + "\n"


@neg("smarkets", "contract-ids")
def n_smarkets_quotes(r):
    rows = ["event_id,market_id,contract_id,contract_name,bid_bp,offer_bp"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s,%s,%s,%s,%d,%d" % (digits(r, 8), digits(r, 8), digits(r, 8), r.choice(TEAMS_FB), r.randint(500, 9000), r.randint(500, 9000)))
    return r.choice(["data/smarkets_quotes.csv", "exports/exchange_quotes.csv"]), "\n".join(rows) + "\n"


@neg("pinnacle", "line-ids")
def n_pinnacle_lines(r):
    evs = [{"id": int(digits(r, 10)), "periods": [{"lineId": int(digits(r, 10)), "number": 0, "cutoff": ts(r),
            "moneyline": {"home": float(odds(r)), "away": float(odds(r)), "draw": float(odds(r))},
            "spreads": [{"altLineId": int(digits(r, 10)), "hdp": r.choice([-0.25, -0.5, 0.25]), "home": float(odds(r)), "away": float(odds(r))}]}]}
           for _ in range(r.randint(2, 3))]
    return r.choice(["tests/fixtures/pinnacle_odds.json", "books/pinnacle/sample_odds.json"]), json.dumps({"sportId": 29, "last": int(digits(r, 10)), "leagues": [{"id": int(digits(r, 4)), "events": evs}]}, indent=2) + "\n"


@neg("paysafe", "payment-references")
def n_paysafe_response(r):
    doc = {"id": uuid4(r), "merchantRefNum": "DEP-%s" % digits(r, 10), "paymentType": "CARD", "status": "COMPLETED", "amount": r.randint(1000, 50000),
           "currencyCode": "EUR", "txnTime": ts(r), "gatewayReconciliationId": digits(r, 10), "availableToSettle": r.randint(1000, 50000),
           "card": {"cardType": "VI", "lastDigits": digits(r, 4), "cardExpiry": {"month": r.randint(1, 12), "year": 2027}},
           "links": [{"rel": "self", "href": "https://api.paysafe.com/paymenthub/v1/payments/%s" % uuid4(r)}]}
    return r.choice(["tests/fixtures/paysafe_payment.json", "docs/examples/paysafe-payment-response.json"]), json.dumps(doc, indent=2) + "\n"


@neg("jumio", "scan-references")
def n_jumio_callback(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO kyc.jumio callback scanReference=%s workflowExecutionId=%s accountId=%s status=%s" % (
            logts(r), uuid4(r), uuid4(r), uuid4(r), r.choice(["PASSED", "REJECTED", "WARNING"])))
    return r.choice(["logs/jumio-callbacks.log", "var/log/kyc/jumio.log"]), "\n".join(lines) + "\n"


@neg("genius-sports", "fixture-ids")
def n_genius_fixtures(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        a, b = pair(r, TEAMS_US)
        rows.append("  <Fixture Id=\"%s\" SourceId=\"%s\" StartTimeUtc=\"%s\" Home=\"%s\" Away=\"%s\" FeedUuid=\"%s\"/>" % (digits(r, 8), digits(r, 7), ts(r), a, b, uuid4(r)))
    return r.choice(["tests/fixtures/genius_fixtures.xml", "samples/genius/fixtures.xml"]), "<?xml version=\"1.0\"?>\n<Fixtures>\n" + "\n".join(rows) + "\n</Fixtures>\n"


@neg("the-odds-api", "notebook-odds")
def n_odds_notebook(r):
    sport = r.choice(SPORT_KEYS)
    ids = [rs(r, HEX, 32) for _ in range(3)]
    cells = [("markdown", "# Margin check for %s\nEvent ids below come from the cached snapshot, no API call." % sport),
             ("code", "import pandas as pd\n\nsnap = pd.read_parquet(\"data/snapshots/%s.parquet\")\nEVENTS = %r" % (sport, ids)),
             ("code", "sub = snap[snap.event_id.isin(EVENTS)]\nsub.groupby([\"event_id\", \"book\"]).price.apply(lambda p: (1 / p).sum() - 1)")]
    return r.choice(["notebooks/margin_check.ipynb", "research/overround.ipynb"]), nb(cells)


@neg("sportsbook", "uuid-seed")
def n_bookmakers_sql(r):
    rows = ",\n".join("  ('%s', '%s', '%s', %s)" % (uuid4(r), b, r.choice(["GB", "MT", "US-NJ", "SE"]), r.choice(["true", "false"])) for b in r.sample(BOOKS, 6))
    return r.choice(["db/seed/001_bookmakers.sql", "migrations/0003_bookmakers.sql"]), "INSERT INTO bookmakers (id, code, licence_region, active) VALUES\n" + rows + ";\n"


# --------------------------------------------------------------------------- driver
def blocked_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".", 2)[2] not in ("example", "sample", "template", "dist")
    return False


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base in ("credentials", "aws-credentials"):
        return "ini"
    if base in ("authorized_keys",):
        return "ssh"
    if base.startswith("SHA256SUMS"):
        return "txt"
    if "." in base:
        return base.rsplit(".", 1)[1]
    return "txt"


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_eu.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    assert len(POS) >= 60 and len(NEG) + sum(1 for t in POS if t["slot"]) >= 60, (len(POS), len(NEG))
    pos_order = list(POS)
    r.shuffle(pos_order)
    env_count = 0
    for k in range(500):
        t = pos_order[k % len(pos_order)]
        for _attempt in range(20):
            S = t["gen"](r)
            rel, text = t["fn"](r, S)
            if blocked_env_name(rel) and env_count >= 25:
                continue
            break
        if blocked_env_name(rel):
            env_count += 1
        needle = S.split("\n", 1)[0] if t["kind"] == "private_key" else S
        n = line_of(text, needle)
        assert n is not None, (t["name"], needle)
        lines = text.split("\n")
        assert needle in lines[n - 1], (t["name"], n)
        assert "\n" not in needle
        fid = "pos/p%04d/%s" % (k, rel)
        write(os.path.join(outdir, fid), text)
        manifest.append({"file": fid, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": n})
    assert env_count <= 25, env_count

    slot_t = [t for t in POS if t["slot"]]
    r.shuffle(slot_t)
    neg_t = list(NEG)
    r.shuffle(neg_t)
    plan = [("slot", i) for i in range(250)] + [("look", i) for i in range(250)]
    r.shuffle(plan)
    for k, (mode, i) in enumerate(plan):
        if mode == "slot":
            t = slot_t[i % len(slot_t)]
            v, variant = slot_value(r, t)
            rel, text = t["fn"](r, v)
            prov, kind = t["provider"], "%s:%s" % (variant, t["kind"])
        else:
            t = neg_t[i % len(neg_t)]
            rel, text = t["fn"](r)
            prov, kind = t["provider"], t["kind"]
        assert not blocked_env_name(rel), rel
        fid = "neg/n%04d/%s" % (k, rel)
        write(os.path.join(outdir, fid), text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # re-read and verify every needle against the files on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
