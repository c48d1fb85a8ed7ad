#!/usr/bin/env python3
"""Blind evaluation-set generator "cw": sports, fitness, wearables and consumer health-data APIs.

EMPHASIS
    Credentials of fitness / wearable / sports-data integrations as they show up in hobby sync
    scripts, webhook servers, mobile apps and home-automation configs:
      * Strava client secrets, refresh tokens, access tokens, webhook verify tokens
      * Fitbit client secrets, refresh tokens, JWT access tokens, subscriber verification codes
      * Google Fit / Google OAuth client secrets (GOCSPX-) and refresh tokens (1//0...)
      * Garmin Connect / Health API OAuth1 consumer secrets + account passwords
      * Oura personal access tokens, WHOOP client secrets, Polar AccessLink client secrets and
        access tokens, Withings client secrets and refresh tokens
      * Terra API keys (x-api-key) and signing secrets, Suunto APIM subscription keys,
        Wahoo client secrets, Zwift / TrainingPeaks / Peloton account passwords
      * Apple .p8 private keys (APNs / Sign in with Apple for a HealthKit companion backend),
        generated as real PKCS#8 P-256 keys with a matching public point
      * Sports-data APIs: Sportradar, API-Football (x-apisports-key), RapidAPI keys,
        SportsDataIO (Ocp-Apim-Subscription-Key), TheSportsDB premium keys
      * Gym management: Mindbody Api-Key, Glofox API key / token
    File types: Python sync scripts and settings, Node/TypeScript webhook servers, Swift,
    Kotlin, Info.plist, local.properties, build.gradle(.kts), React Native / Expo .env,
    Home Assistant YAML, Jupyter notebooks with outputs, JSON token caches, Go CLIs, GitHub
    Actions workflows, Markdown READMEs/runbooks, SQL seeds, docker-compose, Spring properties,
    TOML, INI, Android XML, PHP, Ruby, Java, Rust, shell, Dockerfile, xcconfig, tfvars, .p8.

USAGE
    python3 gen_cw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (only
    random.Random(SEED) is used; no clock, no os.urandom, no set iteration).

NEEDLE CONVENTIONS
    * needle = the secret value exactly as written in the file, without surrounding quotes.
    * id/secret pairs: the needle is the secret half; the public id (client id, consumer key,
      dev-id, username/email) may appear next to it and is not a needle.
    * passwords: the needle is the password only (not "user:pass").
    * Fitbit access tokens: the whole JWT (header.payload.signature).
    * Apple .p8 keys: the needle is the FIRST base64 body line after
      "-----BEGIN PRIVATE KEY-----" (64 chars). In .env/JSON the key is written with literal
      "\\n" escapes; the first body line is still verbatim in the file.
    * line = 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: placeholders
    (YOUR_CLIENT_SECRET, <strava-client-secret>, changeme, xxxx...), environment references
    (os.environ[...], process.env.X, System.getenv, ${X}), secret-manager references
    (${{ secrets.X }}, !secret x, vault:/op:// paths, AWS Secrets Manager ARNs, GCP secret
    names), masked / redacted values, empty values, provider documentation examples (Polar's
    example UUIDs, Fitbit's API Explorer client id 227G5L, Terra "API-KEY"/"DEV-ID",
    Mindbody sandbox site -99, TheSportsDB free test keys), and swaps of the secret for the
    public half (Strava numeric client ids, Fitbit 6-char client ids, Google
    *.apps.googleusercontent.com client ids, Terra dev-ids, WHOOP/Polar client-id UUIDs,
    Garmin consumer keys).
    The other half are domain look-alikes: Strava athlete/activity/segment/gear ids, encoded
    GPS polylines (generated from random tracks with Google's algorithm), FIT file SHA-1 /
    SHA-256 digests, workout/HealthKit UUIDs, Garmin unit serials, Fitbit user ids, heart-rate
    arrays, Home Assistant device ids (32 hex), GitHub Actions pinned to commit SHAs, image
    digests, npm integrity hashes, changelog commit SHAs, Apple JWKS public moduli, Apple key /
    team ids, webhook HMAC signatures of fixture payloads, HMAC test vectors with obviously fake
    keys, i18n strings that talk about secrets, .env.example files.

DOUBTS
    Written from memory (not confirmed in provider docs during this session):
      * Strava client secret / access / refresh token = 40 lowercase hex (a public wiki example
        seen in search agrees; Strava's docs only say "long hex string").
      * Fitbit client secret = 32 lowercase hex, refresh token = 64 hex, access token = HS256
        JWT with iss "Fitbit"; subscriber verification code = 64 hex.
      * Google OAuth client secret "GOCSPX-" + 28 chars; refresh token "1//0" + ~99 chars.
      * Garmin consumer key = UUID, consumer secret = 27 alphanumerics (uncertain).
      * Oura PAT = 32 uppercase alphanumerics (uncertain).
      * WHOOP client secret = 64 hex (uncertain); client id = UUID.
      * Polar AccessLink client id AND secret = UUIDs (Polar's own example shows this);
        access token = 32 hex (uncertain).
      * Withings client id / secret = 64 hex, access/refresh tokens = 40 hex (uncertain).
      * Terra api key = 32 chars [A-Za-z0-9_-] (seen in a third-party page); signing secret =
        hex (uncertain). Terra docs state the dev-id is not sensitive -> negatives.
      * Suunto subscription key = 32 hex (Azure API Management style).
      * Wahoo client secret = 43 chars base64url (Doorkeeper default; uncertain).
      * Sportradar key = 40 alphanumerics (newer console) or 24 lowercase alnum (legacy);
        API-Football key = 32 hex; RapidAPI key = 50 chars with "msh"/"jsn" markers;
        SportsDataIO = 32 hex; TheSportsDB premium key = 6-8 digits (uncertain, weak format);
        Mindbody Api-Key = 32 hex; Glofox key/token = 32/40 hex (uncertain).
      * Apple has no server-side HealthKit API; .p8 keys are framed as APNs / Sign in with
        Apple keys of a HealthKit companion backend.
    Labels a reviewer might dispute:
      * Garmin OAuth1 consumer keys, Terra dev-ids, Google client ids, Fitbit client ids,
        WHOOP/Polar client-id UUIDs, Withings 64-hex client ids and Wahoo 43-char client ids are
        treated as public (they may sit in negatives next to a placeholder secret). Webhook HMAC
        signatures of fixture payloads are negative.
      * "fake" negatives use sequential / repeated values (0123456789abcdef..., deadbeef...,
        "test-secret") in the secret slot; a strict reviewer could still ask for them to go.
      * Strava webhook verify_tokens and Oura verification tokens are app-chosen random strings;
        treated as credentials (positive) when random, negative when "STRAVA"-style words.
      * Polar client secrets are bare UUIDs; in neutral-name positives they are hard to tell
        from ids even for a human.
      * EXPO_PUBLIC_/REACT_APP_ variables holding a real secret are labelled positive
        (shipping them in the bundle does not make them public-by-design).

SEARCHES
    docs corpus: Strava OAuth token exchange; Oura PAT header; Terra dev-id / x-api-key (Terra
    "core concepts" says dev-id is not sensitive); Polar AccessLink client credentials (official
    example config.yml uses UUIDs); Withings signing / client secret; Fitbit client id and
    Web API Explorer id 227G5L; API-Football x-apisports-key / x-rapidapi-key; WHOOP webhook
    and partner auth; Mindbody Api-Key and sandbox site -99; Sportradar trial keys; Suunto
    Ocp-Apim-Subscription-Key. No secret-scanner rule code, regexes or detector pages were
    shown. (One third-party "skills" page in the Terra results printed what look like real Terra
    keys; nothing from it was copied - formats only.)
"""

import base64
import hashlib
import hmac
import json
import math
import os
import random
import sys

N_POS = 500
N_NEG = 500

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = UP + LOW + DIG
LOWNUM = LOW + DIG
UPNUM = UP + DIG
B64URL = ALNUM + "-_"


class G:
    """Holds the single RNG of a run."""
    rng = None


def R():
    return G.rng


def rs(alphabet, n):
    r = G.rng
    return "".join(r.choice(alphabet) for _ in range(n))


def ch(seq):
    return G.rng.choice(seq)


def ri(a, b):
    return G.rng.randint(a, b)


def coin(p=0.5):
    return G.rng.random() < p


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid1ish():
    h = rs(HEX, 32)
    return "%s-%s-1%s-%s-%s" % (h[:8], h[8:12], h[13:16], h[16:20], h[20:])


def mixed(alphabet, n, need=(UP, LOW, DIG)):
    """Random string that contains at least one char of each class in `need`."""
    while True:
        s = rs(alphabet, n)
        if all(any(c in cls for c in s) for cls in need):
            return s


def hexs(n):
    while True:
        s = rs(HEX, n)
        if any(c in "abcdef" for c in s) and any(c in DIG for c in s):
            return s


# ---------------------------------------------------------------------------
# P-256 key material for Apple .p8 keys (real curve arithmetic, stdlib only)
# ---------------------------------------------------------------------------
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_A = _P - 3
_GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
_GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    x1, y1 = p1
    x2, y2 = p2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return (x3, (lam * (x1 - x3) - y1) % _P)


def _ec_mul(k):
    res, add = None, (_GX, _GY)
    while k:
        if k & 1:
            res = _ec_add(res, add)
        add = _ec_add(add, add)
        k >>= 1
    return res


def p8_key():
    d = G.rng.randrange(1, _N)
    x, y = _ec_mul(d)
    der = bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
    der += d.to_bytes(32, "big")
    der += bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
    der += x.to_bytes(32, "big") + y.to_bytes(32, "big")
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    return pem, lines[0]


def ec_public_pem():
    d = G.rng.randrange(1, _N)
    x, y = _ec_mul(d)
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004")
    der += x.to_bytes(32, "big") + y.to_bytes(32, "big")
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"


# ---------------------------------------------------------------------------
# Secret / id generators
# ---------------------------------------------------------------------------
def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def fitbit_client_id():
    return "2" + rs("23456789" + "BCDFGHJKLMNPQRSTVWXYZ", 5)


def fitbit_user_id():
    return rs(DIG[1:], 1) + rs("BCDFGHJKLMNPQRSTVWXYZ" + "23456789", 5)


def fitbit_jwt():
    hdr = b64u(b'{"alg":"HS256"}')
    iat = ri(1690000000, 1730000000)
    payload = {"aud": fitbit_client_id(), "sub": fitbit_user_id(), "iss": "Fitbit",
               "typ": "access_token", "scopes": ch(["rwei rpro rhr rnut rsle ract rset rloc rweight",
                                                     "ract rhr rsle rpro", "rhr ract rsle rtem rspo2 rcf"]),
               "exp": iat + 28800, "iat": iat}
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = rs(B64URL, 43)
    return "%s.%s.%s" % (hdr, body, sig)


def google_client_id():
    return "%s-%s.apps.googleusercontent.com" % (rs(DIG, 12), rs(LOWNUM, 32))


def strava_client_id():
    return str(ri(1000, 189999))


def human_password():
    words = ["Kona", "tempo", "Brick", "sprint", "Zwift", "alpe", "cadence", "Peloton", "vo2max",
             "Marathon", "trail", "Ironman", "climb", "Ventoux", "swimbike", "Taper", "fartlek",
             "Chicago", "Boston", "Tahoe", "river", "Parkrun", "watts", "Threshold", "rowing"]
    tail = ["!", "#", "%", "?", "*", "@", "+", "."]
    w1, w2 = ch(words), ch(words)
    style = ri(0, 4)
    if style == 0:
        return w1.capitalize() + ch(tail) + w2.lower() + str(ri(10, 2024))
    if style == 1:
        return w1.lower() + str(ri(1, 99)) + ch(tail) + w2.capitalize()
    if style == 2:
        return "".join(ch([c.upper(), c]) for c in w1) + ch(["_", "-", ""]) + str(ri(100, 9999)) + ch(tail)
    if style == 3:
        return mixed(ALNUM + "!#%*", ri(14, 20), (UP, LOW, DIG))
    return w1.capitalize() + w2.capitalize() + str(ri(1, 31)).zfill(2) + ch(tail) + str(ri(0, 9))


def email():
    first = ch(["maria", "jonas", "kai", "lena", "tom", "ana", "rui", "sofia", "matt", "ines", "omar",
                "yuki", "pieter", "chloe", "dev", "coach", "team"])
    dom = ch(["gmail.com", "outlook.com", "proton.me", "fastmail.com", "icloud.com", "cyclingclub.org",
              "runcrew.io", "example-gym.com"])
    return "%s%s@%s" % (first, ch(["", ".", "_"]) + str(ri(1, 99)) if coin(0.5) else "", dom)


def garmin_secret():
    return mixed(ALNUM, 27)


def sportradar_key():
    if coin(0.6):
        return mixed(ALNUM, 40)
    return mixed(LOWNUM, 24, (LOW, DIG))


def rapidapi_key():
    return hexs(10) + "msh" + rs(HEX, 15) + "p1" + rs(HEX, 5) + "jsn" + rs(HEX, 12)


def oura_pat():
    return mixed(UPNUM, 32, (UP, DIG))


def verify_token():
    return ch([lambda: hexs(32), lambda: mixed(ALNUM, 24), lambda: b64u(bytes(G.rng.randrange(256) for _ in range(24)))])()


def terra_key():
    return mixed(B64URL, 32)


def wahoo_secret():
    return mixed(B64URL, 43)


def glofox_key():
    return hexs(32)


def sportsdb_key():
    return str(ri(100000, 99999999))


def terra_dev_id():
    comp = ch(["acmehealth", "pulsecoach", "fitsyncly", "ridelab", "sleepwell", "vitalo", "stridehq"])
    env = ch(["testing", "staging", "prod"])
    return "%s-%s-%s" % (comp, env, mixed(ALNUM, 10))


def K(prov, disp, kind, gen, tok, how, weight=1.0, **kw):
    d = dict(prov=prov, disp=disp, kind=kind, gen=gen, tok=tok, how=how, weight=weight)
    d.update(kw)
    return d


STRAVA = dict(base="https://www.strava.com/api/v3", token_url="https://www.strava.com/oauth/token")
FITBIT = dict(base="https://api.fitbit.com/1/user/-", token_url="https://api.fitbit.com/oauth2/token")
GOOGLE = dict(base="https://www.googleapis.com/fitness/v1/users/me", token_url="https://oauth2.googleapis.com/token")
WITHINGS = dict(base="https://wbsapi.withings.net/v2", token_url="https://wbsapi.withings.net/v2/oauth2")
POLAR = dict(base="https://www.polaraccesslink.com/v3", token_url="https://polarremote.com/v2/oauth2/token")
WHOOP = dict(base="https://api.prod.whoop.com/developer/v2", token_url="https://api.prod.whoop.com/oauth/oauth2/token")
GARMIN = dict(base="https://apis.garmin.com/wellness-api/rest", token_url="https://connectapi.garmin.com/oauth-service/oauth/access_token")
WAHOO = dict(base="https://api.wahooligan.com/v1", token_url="https://api.wahooligan.com/oauth/token")

KINDS = [
    K("strava", "Strava", "client_secret", lambda: hexs(40), ["strava", "client", "secret"], "form",
      1.3, idgen=strava_client_id, idtok=["strava", "client", "id"], qname="client_secret", **STRAVA),
    K("strava", "Strava", "refresh_token", lambda: hexs(40), ["strava", "refresh", "token"], "refresh",
      1.3, qname="refresh_token", **STRAVA),
    K("strava", "Strava", "access_token", lambda: hexs(40), ["strava", "access", "token"], "bearer",
      0.9, qname="access_token", **STRAVA),
    K("strava", "Strava", "webhook_verify_token", verify_token, ["strava", "verify", "token"], "compare",
      0.6, qname="hub.verify_token", **STRAVA),
    K("fitbit", "Fitbit", "client_secret", lambda: hexs(32), ["fitbit", "client", "secret"], "basic",
      1.2, idgen=fitbit_client_id, idtok=["fitbit", "client", "id"], qname="client_secret", **FITBIT),
    K("fitbit", "Fitbit", "refresh_token", lambda: hexs(64), ["fitbit", "refresh", "token"], "refresh",
      0.9, qname="refresh_token", **FITBIT),
    K("fitbit", "Fitbit", "access_token", fitbit_jwt, ["fitbit", "access", "token"], "bearer",
      0.8, qname="access_token", **FITBIT),
    K("fitbit", "Fitbit", "subscriber_verification_code", lambda: hexs(64), ["fitbit", "verification", "code"],
      "compare", 0.5, qname="verify", **FITBIT),
    K("google_fit", "Google Fit", "oauth_client_secret", lambda: "GOCSPX-" + mixed(B64URL, 28),
      ["google", "fit", "client", "secret"], "form", 1.1, idgen=google_client_id,
      idtok=["google", "fit", "client", "id"], qname="client_secret", **GOOGLE),
    K("google_fit", "Google Fit", "refresh_token", lambda: "1//0" + ch("3456ceg") + mixed(B64URL, 98),
      ["google", "fit", "refresh", "token"], "refresh", 0.8, qname="refresh_token", **GOOGLE),
    K("garmin", "Garmin Health API", "consumer_secret", garmin_secret, ["garmin", "consumer", "secret"], "form",
      1.1, idgen=uuid4, idtok=["garmin", "consumer", "key"], qname="oauth_consumer_secret", **GARMIN),
    K("garmin", "Garmin Connect", "account_password", human_password, ["garmin", "password"], "password",
      0.9, user=email, **GARMIN),
    K("oura", "Oura", "personal_access_token", oura_pat, ["oura", "personal", "access", "token"], "bearer",
      1.2, base="https://api.ouraring.com/v2/usercollection", token_url="https://api.ouraring.com/oauth/token"),
    K("whoop", "WHOOP", "client_secret", lambda: hexs(64), ["whoop", "client", "secret"], "form",
      1.0, idgen=uuid4, idtok=["whoop", "client", "id"], qname="client_secret", **WHOOP),
    K("polar", "Polar AccessLink", "client_secret", uuid4, ["polar", "client", "secret"], "basic",
      0.9, idgen=uuid4, idtok=["polar", "client", "id"], qname="client_secret", **POLAR),
    K("polar", "Polar AccessLink", "access_token", lambda: hexs(32), ["polar", "access", "token"], "bearer",
      0.7, qname="access_token", **POLAR),
    K("withings", "Withings", "client_secret", lambda: hexs(64), ["withings", "client", "secret"], "form",
      1.0, idgen=lambda: hexs(64), idtok=["withings", "client", "id"], qname="client_secret", **WITHINGS),
    K("withings", "Withings", "refresh_token", lambda: hexs(40), ["withings", "refresh", "token"], "refresh",
      0.7, qname="refresh_token", **WITHINGS),
    K("terra", "Terra", "api_key", terra_key, ["terra", "api", "key"], "header", 1.3,
      idgen=terra_dev_id, idtok=["terra", "dev", "id"], hname="x-api-key", hprefix="",
      base="https://api.tryterra.co/v2", token_url="https://api.tryterra.co/v2/auth/generateWidgetSession"),
    K("terra", "Terra", "webhook_signing_secret", lambda: hexs(ch([32, 40, 64])), ["terra", "signing", "secret"],
      "compare", 0.6, base="https://api.tryterra.co/v2", token_url=""),
    K("suunto", "Suunto", "subscription_key", lambda: hexs(32), ["suunto", "subscription", "key"], "header",
      0.9, hname="Ocp-Apim-Subscription-Key", hprefix="", base="https://cloudapi.suunto.com/v2",
      token_url="https://cloudapi-oauth.suunto.com/oauth/token"),
    K("wahoo", "Wahoo", "client_secret", wahoo_secret, ["wahoo", "client", "secret"], "form", 0.8,
      idgen=lambda: mixed(B64URL, 43), idtok=["wahoo", "client", "id"], qname="client_secret", **WAHOO),
    K("zwift", "Zwift", "account_password", human_password, ["zwift", "password"], "password", 0.9,
      user=email, base="https://us-or-rly101.zwift.com/api", token_url="https://secure.zwift.com/auth/realms/zwift/protocol/openid-connect/token"),
    K("trainingpeaks", "TrainingPeaks", "account_password", human_password, ["trainingpeaks", "password"],
      "password", 0.7, user=email, base="https://api.trainingpeaks.com/v1", token_url="https://oauth.trainingpeaks.com/oauth/token"),
    K("peloton", "Peloton", "account_password", human_password, ["peloton", "password"], "password", 0.8,
      user=email, base="https://api.onepeloton.com/api", token_url="https://api.onepeloton.com/auth/login"),
    K("apple", "Apple", "p8_private_key", p8_key, ["apns", "auth", "key"], "sign", 1.0,
      idgen=lambda: rs(UPNUM, 10), idtok=["apns", "key", "id"], base="https://api.push.apple.com/3/device",
      token_url="https://appleid.apple.com/auth/token"),
    K("sportradar", "Sportradar", "api_key", sportradar_key, ["sportradar", "api", "key"], "query", 1.0,
      qname="api_key", hname="x-api-key", hprefix="", base="https://api.sportradar.com/soccer/trial/v4/en", token_url=""),
    K("api_football", "API-Football", "api_key", lambda: hexs(32), ["api", "football", "key"], "header", 1.0,
      hname="x-apisports-key", hprefix="", base="https://v3.football.api-sports.io", token_url=""),
    K("rapidapi", "RapidAPI (API-Football)", "api_key", rapidapi_key, ["rapidapi", "key"], "header", 0.9,
      hname="X-RapidAPI-Key", hprefix="", base="https://api-football-v1.p.rapidapi.com/v3", token_url=""),
    K("sportsdataio", "SportsDataIO", "subscription_key", lambda: hexs(32), ["sportsdata", "api", "key"], "header",
      0.9, hname="Ocp-Apim-Subscription-Key", hprefix="", qname="key",
      base="https://api.sportsdata.io/v3/nfl/scores/json", token_url=""),
    K("thesportsdb", "TheSportsDB", "api_key", sportsdb_key, ["sportsdb", "api", "key"], "header", 0.5,
      hname="X-API-KEY", hprefix="", base="https://www.thesportsdb.com/api/v2/json", token_url=""),
    K("mindbody", "Mindbody", "api_key", lambda: hexs(32), ["mindbody", "api", "key"], "header", 1.0,
      hname="Api-Key", hprefix="", idgen=lambda: str(ri(10000, 999999)), idtok=["mindbody", "site", "id"],
      base="https://api.mindbodyonline.com/public/v6", token_url="https://api.mindbodyonline.com/public/v6/usertoken/issue"),
    K("glofox", "Glofox", "api_token", glofox_key, ["glofox", "api", "token"], "header", 0.5,
      hname="x-glofox-api-token", hprefix="", base="https://gf-api.aws.glofox.com/prod/2.0", token_url=""),
    K("oura", "Oura", "webhook_verification_token", verify_token, ["oura", "verification", "token"], "compare",
      0.5, base="https://api.ouraring.com/v2", token_url=""),
]

NEUTRAL = [["upstream", "value"], ["conn", "param"], ["app", "cfg", "b"], ["ext", "ref"], ["svc", "s2"],
           ["provider", "blob"], ["handshake"], ["seed", "material"], ["opt", "c"], ["bootstrap", "value"],
           ["remote", "string"], ["sync", "param"], ["p2"], ["value"], ["integration", "data"], ["magic"],
           ["link", "arg"], ["extra"], ["feed", "opts"], ["ident", "b"]]


def fmt(tokens, style):
    t = [x.lower() for x in tokens]
    if style == "snake":
        return "_".join(t)
    if style == "scream":
        return "_".join(t).upper()
    if style == "camel":
        return t[0] + "".join(x.capitalize() for x in t[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in t)
    if style == "kebab":
        return "-".join(t)
    if style == "dot":
        return ".".join(t)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# Credential context and slot rendering
# ---------------------------------------------------------------------------
DOC_SAMPLES = {
    ("polar", "client_secret"): ["62c54f4a-b7e8-11e7-abc4-cec278b6b50a"],
    ("terra", "api_key"): ["API-KEY", "<Your API Key>"],
    ("thesportsdb", "api_key"): ["3", "123"],
    ("mindbody", "api_key"): ["api-key", "YOUR_API_KEY"],
    ("strava", "webhook_verify_token"): ["STRAVA"],
    ("api_football", "api_key"): ["XxXxXxXxXxXxXxXxXxXxXxXx"],
    ("rapidapi", "api_key"): ["XxXxXxXxXxXxXxXxXxXxXxXx", "SIGN-UP-FOR-KEY"],
    ("oura", "personal_access_token"): ["YOUR_TOKEN_HERE", "MY_ACCESS_TOKEN", "PERSONAL_ACCESS_TOKEN"],
    ("fitbit", "access_token"): ["<access_token>", "ACCESS_TOKEN"],
    ("strava", "access_token"): ["ACCESS_TOKEN", "[[token]]"],
    ("oura", "webhook_verification_token"): ["verification-token", "my-verification-token"],
}
DOC_PUBLIC = {  # documented sample ids (public halves)
    "polar": "57a715f8-b7e8-11e7-abc4-cec278b6b50a",
    "fitbit": "227G5L",
    "terra": "DEV-ID",
    "mindbody": "-99",
}

NEG_MODES = ["placeholder", "env", "secretmgr", "masked", "empty", "doc", "public", "fake"]
NEG_WEIGHTS = [22, 20, 12, 11, 6, 9, 12, 8]


def placeholder_for(k, sample_len):
    scream = fmt(k["tok"], "scream")
    opts = ["your_%s" % fmt(k["tok"], "snake"), "YOUR_%s" % scream, "<%s>" % fmt(k["tok"], "kebab"),
            "<your %s %s>" % (k["disp"], k["kind"].replace("_", " ")), "changeme", "REPLACE_ME",
            "TODO", "x" * min(sample_len, 64), "X" * min(sample_len, 32), "...", "<insert-here>",
            "dummy-%s" % k["kind"].replace("_", "-"), "PLACEHOLDER", "%s_GOES_HERE" % scream,
            "{{%s}}" % fmt(k["tok"], "snake"), "<redacted>"]
    if k["how"] in ("password",):
        opts += ["your-password", "CHANGE_ME", "********", "<password>"]
    if all(c in HEX for c in "0" * sample_len) and k["kind"] not in ("account_password",):
        opts.append("0" * sample_len)
    return ch(opts)


def masked_for(k, sample):
    s = sample if "\n" not in sample else "MIGTAgEAMBMG"
    opts = [s[:4] + "*" * max(8, len(s) - 8) + s[-4:], s[:6] + "..." + s[-2:], "****************",
            "\u2022" * 12, "[REDACTED]", "REDACTED", "<hidden>", s[:3] + "\u2026" + "(masked)",
            "*" * len(s) if len(s) < 80 else "*" * 24]
    return ch(opts)


def fake_for(k, sample_len):
    opts = ["0123456789abcdef" * 8, "deadbeef" * 8, "a" * 64, "1234567890abcdef" * 4,
            "test", "test-secret", "sandbox", "not-a-real-secret", "example", "abc123"]
    v = ch(opts)
    return v[:sample_len] if len(v) > sample_len and sample_len >= 8 else v


def secretmgr_ref(k):
    kebab = fmt(k["tok"], "kebab")
    snake = fmt(k["tok"], "snake")
    return ch(["vault:secret/data/fitness/%s#value" % snake,
               "op://Integrations/%s/credential" % k["disp"].replace(" ", "-"),
               "arn:aws:secretsmanager:eu-west-1:%s:secret:prod/%s-%s" % (rs(DIG, 12), kebab, rs(ALNUM, 6)),
               "projects/%s/secrets/%s/versions/latest" % (ch(["stride-prod", "pulse-app-4411", "rideops"]), kebab),
               "sm://%s" % kebab, "ssm:/fitness/%s/%s" % (k["prov"], snake)])


def make_ctx(k, positive):
    c = dict(k=k, pos=positive, mode=None, multiline=False, needle=None)
    c["obvious"] = coin(0.5)
    c["tok"] = list(k["tok"]) if c["obvious"] else list(ch(NEUTRAL))
    c["idval"] = k["idgen"]() if k.get("idgen") else None
    c["idtok"] = k.get("idtok")
    c["user"] = k["user"]() if k.get("user") else None
    c["env"] = fmt(k["tok"], "scream")
    sample = k["gen"]()
    if isinstance(sample, tuple):
        pem, first = sample
        sample_s = pem
    else:
        sample_s = sample
    if positive:
        c["val"] = sample_s
        c["needle"] = first if isinstance(sample, tuple) else sample_s
        c["multiline"] = "\n" in sample_s
        return c
    modes = list(NEG_MODES)
    weights = list(NEG_WEIGHTS)
    mode = G.rng.choices(modes, weights)[0]
    key = (k["prov"], k["kind"])
    if mode == "doc" and key not in DOC_SAMPLES:
        mode = "placeholder"
    if mode == "public" and not c["idval"]:
        mode = "env"
    c["mode"] = mode
    slen = len(sample_s) if "\n" not in sample_s else 64
    if mode == "placeholder":
        c["val"] = placeholder_for(k, slen)
    elif mode == "env":
        c["val"] = None
    elif mode == "secretmgr":
        c["val"] = secretmgr_ref(k)
    elif mode == "masked":
        c["val"] = masked_for(k, sample_s)
    elif mode == "empty":
        c["val"] = ""
    elif mode == "doc":
        c["val"] = ch(DOC_SAMPLES[key])
        if k["prov"] in DOC_PUBLIC and c["idval"]:
            c["idval"] = DOC_PUBLIC[k["prov"]]
    elif mode == "public":
        c["val"] = c["idval"] if not (k["prov"] in DOC_PUBLIC and coin(0.3)) else DOC_PUBLIC[k["prov"]]
        c["tok"] = list(c["idtok"])  # ids always appear under an id-like name
        c["env"] = fmt(c["idtok"], "scream")
        c["idval"] = None
    elif mode == "fake":
        c["val"] = fake_for(k, slen)
    return c


SAFE = set(ALNUM + "-_./:+=")


def needs_quote(v):
    return v == "" or any(ch_ not in SAFE for ch_ in v) or v[0] in "-:" or v.lower() in ("yes", "no", "true", "false", "null", "on", "off") or v.isdigit()


ENV_EXPR = {
    "py": lambda n: ch(['os.environ["%s"]' % n, 'os.getenv("%s", "")' % n, "os.environ.get('%s')" % n]),
    "js": lambda n: ch(["process.env.%s" % n, "process.env['%s']" % n, "process.env.%s ?? ''" % n]),
    "ts": lambda n: ch(["process.env.%s!" % n, "process.env.%s ?? ''" % n, "requireEnv('%s')" % n]),
    "go": lambda n: 'os.Getenv("%s")' % n,
    "kt": lambda n: ch(['System.getenv("%s") ?: ""' % n, "BuildConfig.%s" % n]),
    "java": lambda n: 'System.getenv("%s")' % n,
    "swift": lambda n: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % n,
    "php": lambda n: "env('%s')" % n,
    "rb": lambda n: ch(['ENV.fetch("%s")' % n, "ENV['%s']" % n]),
    "rs": lambda n: 'std::env::var("%s").unwrap_or_default()' % n,
    "cs": lambda n: 'Environment.GetEnvironmentVariable("%s")' % n,
}
SM_EXPR = {
    "py": lambda r: 'get_secret("%s")' % r,
    "js": lambda r: "await secrets.get('%s')" % r,
    "ts": lambda r: "await secrets.get('%s')" % r,
    "go": lambda r: 'mustSecret(ctx, "%s")' % r,
    "kt": lambda r: 'SecretStore.get("%s")' % r,
    "java": lambda r: 'secretStore.get("%s")' % r,
    "swift": lambda r: 'Keychain.string(forKey: "%s") ?? ""' % r,
    "php": lambda r: "app('secrets')->get('%s')" % r,
    "rb": lambda r: 'Rails.application.credentials.dig(:%s)' % r.split("/")[-1].replace("-", "_").replace("#", "_").replace(":", "_"),
    "rs": lambda r: 'secrets.get("%s").await?' % r,
    "cs": lambda r: 'await secrets.GetAsync("%s")' % r,
}


def lit(v, lang, c=None):
    """String literal for a code language."""
    multi = "\n" in v
    if multi:
        if lang == "py":
            return '"""' + v + '\n"""'
        if lang in ("js", "ts"):
            return "`" + v + "\n`"
        if lang == "go":
            return "`" + v + "\n`"
        if lang in ("kt", "java", "swift"):
            return '"""\n' + v + '\n"""' if lang != "kt" else '"""' + v + '"""'
        return json.dumps(v)
    if lang in ("py", "js", "ts"):
        q = ch(['"', "'"])
        return q + v + q
    if lang in ("php",):
        return "'" + v + "'"
    if lang == "rb":
        return ('"' + v + '"') if coin() else ("'" + v + "'")
    return '"' + v + '"'


def E(c, lang):
    """Expression placed in a code slot."""
    if c["pos"] or c["mode"] not in ("env", "secretmgr"):
        return lit(c["val"], lang, c)
    if c["mode"] == "env":
        return ENV_EXPR[lang](c["env"])
    return SM_EXPR[lang](c["val"])


def S(c, f, q=None, indent=2):
    """Text placed in a config slot.  f: dotenv|yaml|gha|ha|props|toml|ini|json|xml|plist|md|sh|sql|hcl|docker|xcconfig."""
    v = c["val"]
    if not c["pos"] and c["mode"] == "env":
        n = c["env"]
        if f == "gha":
            return ch(["${{ secrets.%s }}" % n, "${{ env.%s }}" % n, "${{ vars.%s }}" % n if coin(0.2) else "${{ secrets.%s }}" % n])
        if f == "ha":
            return "!secret %s" % fmt(c["k"]["tok"] if c["mode"] != "public" else c["idtok"], "snake")
        if f in ("dotenv", "yaml", "props", "docker", "hcl"):
            return '"${%s}"' % n if f == "hcl" else "${%s}" % n
        if f == "sh":
            return '"$%s"' % n
        if f == "ini":
            return "%%(ENV_%s)s" % n
        if f == "toml":
            return '"${%s}"' % n
        if f == "sql":
            return "current_setting('app.%s')" % fmt(c["k"]["tok"], "snake")
        if f == "json":
            return json.dumps("${%s}" % n)
        if f == "xcconfig":
            return "$(%s)" % n
        if f == "plist":
            return "$(%s)" % n
        if f == "xml":
            return "${%s}" % n
        if f == "md":
            return "$%s" % n
        return "${%s}" % n
    if f == "json":
        return json.dumps(v)
    if f == "sql":
        return "'" + v.replace("'", "''") + "'"
    if f == "plist" or f == "xml":
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in v:
        if f == "yaml" or f == "gha" or f == "ha":
            pad = " " * indent
            return "|\n" + "\n".join(pad + ln for ln in v.split("\n"))
        if f == "toml":
            return '"""\n' + v + '\n"""'
        if f == "md":
            return v
        return '"' + v.replace("\n", "\\n") + '"'
    if q is None:
        if f in ("dotenv", "yaml", "gha", "ha", "docker", "props", "ini", "xcconfig"):
            if needs_quote(v) and f not in ("props", "xcconfig", "ini"):
                q = ch(['"', "'"]) if f != "docker" else '"'
                if f == "dotenv" and "'" in v:
                    q = '"'
                return q + v + q
            if f in ("dotenv", "yaml", "gha", "docker") and coin(0.35):
                q = ch(['"', "'"])
                return q + v + q
            return v
        if f in ("toml", "hcl"):
            return '"' + v + '"'
        if f == "sh":
            return "'" + v + "'"
        return v
    return q + v + q


def NM(c, style):
    return fmt(c["tok"], style)


def IDN(c, style):
    return fmt(c["idtok"], style)


def roles(c, lang, v, iv):
    """Return (secret_ref, id_ref) expressions for usage code."""
    k = c["k"]
    if not c["pos"] and c["mode"] == "public":
        return ENV_EXPR[lang](fmt(k["tok"], "scream")), v
    if iv is None and k.get("idtok"):
        iv = ENV_EXPR[lang](fmt(k["idtok"], "scream"))
    return v, iv


def use(c, lang, v, iv=None, ind=""):
    """A few lines of realistic code that use the slot variable `v`."""
    k = c["k"]
    how = k["how"]
    sv, iv = roles(c, lang, v, iv)
    hn = k.get("hname", "Authorization")
    tu = k.get("token_url") or k["base"]
    base = k["base"]
    out = []
    if lang == "py":
        if how == "form" and k["prov"] == "garmin":
            out = ["auth = OAuth1(%s, client_secret=%s," % (iv, sv),
                   "              resource_owner_key=user.garmin_token, resource_owner_secret=user.garmin_token_secret)",
                   'resp = requests.get(f"%s/dailies?uploadStartTimeInSeconds={start}&uploadEndTimeInSeconds={end}", auth=auth, timeout=30)' % base]
        elif how == "form":
            out = ["resp = requests.post(", '    "%s",' % tu, "    data={", '        "client_id": %s,' % iv,
                   '        "%s": %s,' % (k.get("qname", "client_secret"), sv),
                   '        "grant_type": "refresh_token",', '        "refresh_token": athlete.refresh_token,', "    },",
                   "    timeout=20,", ")", "resp.raise_for_status()"]
        elif how == "refresh":
            out = ["payload = {", '    "client_id": os.environ["%s_CLIENT_ID"],' % k["prov"].upper(),
                   '    "client_secret": os.environ["%s_CLIENT_SECRET"],' % k["prov"].upper(),
                   '    "grant_type": "refresh_token",', '    "refresh_token": %s,' % sv, "}",
                   'tokens = requests.post("%s", data=payload, timeout=20).json()' % tu]
        elif how == "bearer":
            out = ['headers = {"Authorization": f"Bearer {%s}"}' % sv if not sv.startswith(("'", '"')) else
                   'headers = {"Authorization": "Bearer " + %s}' % sv,
                   'r = requests.get("%s/%s", headers=headers, timeout=15)' % (base, ch(["daily_sleep", "athlete/activities", "activities/heart/date/today/1d.json", "exercise-transactions"])),
                   "r.raise_for_status()"]
        elif how == "basic":
            out = ["auth = HTTPBasicAuth(%s, %s)" % (iv, sv),
                   'resp = requests.post("%s", auth=auth, data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI})' % tu]
        elif how == "header":
            out = ['HEADERS = {"%s": %s, "Accept": "application/json"}' % (hn, sv),
                   'resp = requests.get(f"%s/{path}", headers=HEADERS, params=params, timeout=10)' % base]
        elif how == "query":
            out = ['resp = requests.get(f"%s/competitions/{comp_id}/seasons.json", params={"%s": %s}, timeout=10)' % (base, k.get("qname", "api_key"), sv)]
        elif how == "password":
            out = ["client = %s(%s, %s)" % (ch(["GarminConnect", "ZwiftClient", "PelotonSession", "TPClient"]), json.dumps(c["user"] or "me@example.com"), sv),
                   "client.login()"]
        elif how == "compare":
            out = ['token = request.args.get("%s", "")' % ("hub.verify_token" if k["prov"] == "strava" else "verify"),
                   "if not hmac.compare_digest(token, %s):" % sv, "    abort(403)"]
        elif how == "sign":
            out = ['headers = {"alg": "ES256", "kid": %s}' % iv,
                   'claims = {"iss": TEAM_ID, "iat": int(time.time())}',
                   "token = jwt.encode(claims, %s, algorithm=\"ES256\", headers=headers)" % sv]
    elif lang in ("js", "ts"):
        if how in ("form", "refresh"):
            body = ["    client_id: %s," % (iv if how == "form" else "process.env.%s_CLIENT_ID" % k["prov"].upper()),
                    "    client_secret: %s," % (sv if how == "form" else "process.env.%s_CLIENT_SECRET" % k["prov"].upper()),
                    "    grant_type: 'refresh_token',",
                    "    refresh_token: %s," % (sv if how == "refresh" else "athlete.refreshToken")]
            out = ["const resp = await fetch('%s', {" % tu, "  method: 'POST',",
                   "  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
                   "  body: new URLSearchParams({"] + body + ["  }),", "});"]
        elif how == "bearer":
            out = ["const resp = await fetch(`%s/${resource}`, {" % base,
                   "  headers: { Authorization: `Bearer ${%s}` }," % sv, "});"]
        elif how == "basic":
            out = ["const basic = Buffer.from(`${%s}:${%s}`).toString('base64');" % (iv, sv),
                   "const resp = await fetch('%s', {" % tu, "  method: 'POST',",
                   "  headers: { Authorization: `Basic ${basic}` },", "  body: new URLSearchParams({ grant_type: 'authorization_code', code }),", "});"]
        elif how == "header":
            out = ["const resp = await fetch(`%s/${path}`, {" % base,
                   "  headers: { '%s': %s, accept: 'application/json' }," % (hn, sv), "});"]
        elif how == "query":
            out = ["const url = new URL(`%s/schedules/${date}/summaries.json`);" % base,
                   "url.searchParams.set('%s', %s);" % (k.get("qname", "api_key"), sv),
                   "const resp = await fetch(url);"]
        elif how == "password":
            out = ["const session = await login({ username: '%s', password: %s });" % (c["user"] or "me@example.com", sv)]
        elif how == "compare":
            out = ["if (req.query['hub.verify_token'] !== %s) {" % sv, "  return res.sendStatus(403);", "}",
                   "res.json({ 'hub.challenge': req.query['hub.challenge'] });"]
        elif how == "sign":
            out = ["const token = jwt.sign({ iss: TEAM_ID }, %s, {" % sv, "  algorithm: 'ES256',",
                   "  keyid: %s," % iv, "  expiresIn: '50m',", "});"]
    elif lang == "go":
        if how in ("header", "bearer", "query", "compare", "sign", "password"):
            if how == "header":
                out = ['req.Header.Set("%s", %s)' % (hn, sv)]
            elif how == "bearer":
                out = ['req.Header.Set("Authorization", "Bearer "+%s)' % sv]
            elif how == "query":
                out = ["q := req.URL.Query()", 'q.Set("%s", %s)' % (k.get("qname", "api_key"), sv), "req.URL.RawQuery = q.Encode()"]
            elif how == "compare":
                out = ['if r.URL.Query().Get("hub.verify_token") != %s {' % sv, "\thttp.Error(w, \"forbidden\", http.StatusForbidden)", "\treturn", "}"]
            elif how == "sign":
                out = ["key, err := jwt.ParseECPrivateKeyFromPEM([]byte(%s))" % sv, "if err != nil {", "\treturn err", "}"]
            else:
                out = ['sess, err := client.Login(ctx, "%s", %s)' % (c["user"] or "me@example.com", sv)]
        else:
            out = ["form := url.Values{}", 'form.Set("client_id", %s)' % (iv if how != "refresh" else 'os.Getenv("%s_CLIENT_ID")' % k["prov"].upper()),
                   'form.Set("%s", %s)' % ("refresh_token" if how == "refresh" else "client_secret", sv),
                   'form.Set("grant_type", "refresh_token")',
                   'resp, err := http.PostForm("%s", form)' % tu]
    elif lang in ("kt", "java"):
        semi = ";" if lang == "java" else ""
        if how in ("header", "bearer", "basic", "query"):
            if how == "header":
                out = ['.addHeader("%s", %s)%s' % (hn, sv, "")]
            elif how == "bearer":
                out = ['.addHeader("Authorization", "Bearer " + %s)' % sv]
            elif how == "basic":
                out = ['.addHeader("Authorization", Credentials.basic(%s, %s))' % (iv, sv)]
            else:
                out = ['.url("%s/players.json?%s=" + %s)' % (base, k.get("qname", "api_key"), sv)]
            out = ["val request = Request.Builder()" if lang == "kt" else "Request request = new Request.Builder()",
                   '    .url("%s/")' % base] + ["    " + x for x in out] + ["    .build()" + semi]
        elif how in ("form", "refresh"):
            out = [("val body = FormBody.Builder()" if lang == "kt" else "RequestBody body = new FormBody.Builder()"),
                   '    .add("client_id", %s)' % (iv if how == "form" else "BuildConfig.%s_CLIENT_ID" % k["prov"].upper()),
                   '    .add("%s", %s)' % ("refresh_token" if how == "refresh" else "client_secret", sv),
                   '    .add("grant_type", "refresh_token")', "    .build()" + semi]
        elif how == "password":
            out = ['val session = api.login("%s", %s)' % (c["user"] or "me@example.com", sv) if lang == "kt" else
                   'Session session = api.login("%s", %s);' % (c["user"] or "me@example.com", sv)]
        elif how == "compare":
            out = ['if (verifyToken != %s) throw ForbiddenException()' % sv if lang == "kt" else
                   'if (!MessageDigest.isEqual(verifyToken.getBytes(), %s.getBytes())) throw new ForbiddenException();' % sv]
        else:
            out = ["val signer = ES256Signer(%s, keyId = %s)" % (sv, iv) if lang == "kt" else
                   "ES256Signer signer = new ES256Signer(%s, %s);" % (sv, iv)]
    elif lang == "swift":
        if how in ("header", "bearer", "basic", "query"):
            if how == "header":
                out = ['request.setValue(%s, forHTTPHeaderField: "%s")' % (sv, hn)]
            elif how == "bearer":
                out = ['request.setValue("Bearer \\(%s)", forHTTPHeaderField: "Authorization")' % sv]
            elif how == "basic":
                out = ['let basic = Data("\\(%s):\\(%s)".utf8).base64EncodedString()' % (iv, sv),
                       'request.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")']
            else:
                out = ['components.queryItems = [URLQueryItem(name: "%s", value: %s)]' % (k.get("qname", "api_key"), sv)]
        elif how in ("form", "refresh"):
            out = ['let body = "client_id=\\(%s)&%s=\\(%s)&grant_type=refresh_token"' % (
                iv if how == "form" else "Config.%sClientId" % k["prov"], "refresh_token" if how == "refresh" else "client_secret", sv),
                   "request.httpBody = body.data(using: .utf8)"]
        elif how == "password":
            out = ['try await session.login(email: "%s", password: %s)' % (c["user"] or "me@example.com", sv)]
        elif how == "compare":
            out = ["guard token == %s else { return .forbidden }" % sv]
        else:
            out = ["let signer = try JWTSigner.es256(key: .private(pem: %s))" % sv]
    else:
        out = ["# uses %s" % v]
    return [ind + x for x in out]


# ---------------------------------------------------------------------------
# Slot templates (used by positives and by half of the negatives)
# ---------------------------------------------------------------------------
SLOT_TEMPLATES = []


def tpl(hows=None, pem=False, nohow=()):
    def deco(fn):
        fn.hows = hows
        fn.pem = pem
        fn.nohow = nohow
        SLOT_TEMPLATES.append(fn)
        return fn
    return deco


def accepts(fn, c):
    k = c["k"]
    if k["how"] == "sign":
        return fn.pem
    if fn.hows is not None and k["how"] not in fn.hows:
        return False
    if k["how"] in fn.nohow:
        return False
    return True


def tz():
    return ch(["Europe/Berlin", "America/Denver", "Europe/Amsterdam", "Australia/Sydney", "America/New_York", "UTC", "Europe/Lisbon"])


def port():
    return ch([3000, 5000, 8000, 8080, 8787, 4000, 9000])


def app_name():
    return ch(["ridelog", "stridesync", "pulsebridge", "hr-dash", "peakform", "trainboard", "fitpipe", "sleepstats",
               "clubhub", "matchday", "gymdesk", "wattage", "runbook", "recoveryapp", "kinetic"])


def bundle_id():
    return "com.%s.%s" % (ch(["acme", "peakform", "stridelabs", "novafit", "bluewatt"]), ch(["ios", "app", "health", "companion"]))


def idline(c, style, sep=" = ", q='"', pre="", post=""):
    if not c["idval"]:
        return []
    return ["%s%s%s%s%s%s%s" % (pre, IDN(c, style), sep, q, c["idval"], q, post)]


def prov_comment(c):
    k = c["k"]
    opts = ["%s integration" % k["disp"], "credentials for the %s API" % k["disp"], "%s sync" % k["disp"],
            "from the %s developer dashboard" % k["disp"], "TODO: move to vault before launch",
            "rotate every 90 days", "used by the nightly import job", "set up by %s" % ch(["kai", "maria", "ops", "tom"])]
    return ch(opts)


@tpl(pem=True)
def t_dotenv(c):
    path = ch([".env", ".env.local", ".env.development", "backend/.env", "server/.env", "services/sync/.env", ".env.production"])
    L = ["# %s" % app_name(), "NODE_ENV=%s" % ch(["development", "production"]) if coin() else "APP_ENV=local",
         "PORT=%d" % port(), "TZ=%s" % tz(), "LOG_LEVEL=%s" % ch(["info", "debug", "warn"]), ""]
    L.append("# %s" % prov_comment(c))
    L += idline(c, "scream", "=", "")
    L.append("%s=%s" % (NM(c, "scream"), S(c, "dotenv")))
    if c["k"]["how"] in ("form", "basic"):
        L.append("%s_REDIRECT_URI=http://localhost:%d/callback" % (c["k"]["prov"].upper(), port()))
    L += ["", "DATABASE_URL=postgres://%s@localhost:5432/%s" % (ch(["app", "postgres"]), app_name().replace("-", "_")),
          "REDIS_URL=redis://localhost:6379/0"]
    return path, "dotenv", "\n".join(L) + "\n"


@tpl()
def t_rn_env(c):
    pre = ch(["EXPO_PUBLIC_", "REACT_APP_", "VITE_", ""])
    path = ch(["mobile/.env", "app/.env", ".env", "apps/mobile/.env.local"])
    L = ["%sAPI_BASE_URL=https://api.%s.app" % (pre, app_name()), "%sSENTRY_ENV=%s" % (pre, ch(["dev", "staging"])),
         "%sENABLE_HEALTHKIT=%s" % (pre, ch(["true", "false"])), "%sHEALTH_CONNECT_ENABLED=true" % pre]
    L += idline(c, "scream", "=", "", pre=pre)
    L.append("%s%s=%s" % (pre, NM(c, "scream"), S(c, "dotenv")))
    L.append("%sAPP_VARIANT=%s" % (pre, ch(["development", "preview", "production"])))
    return path, "dotenv", "\n".join(L) + "\n"


@tpl(pem=True)
def t_py_settings(c):
    path = ch(["config/settings.py", "app/settings.py", "%s/settings/base.py" % app_name().replace("-", "_"), "settings.py", "src/config.py"])
    L = ['"""Settings for %s."""' % app_name(), "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = %s" % ch(["True", "False"]),
         'TIME_ZONE = "%s"' % tz(), 'ALLOWED_HOSTS = ["localhost", "127.0.0.1"]', "",
         "# %s" % prov_comment(c)]
    style = ch(["scream", "scream", "snake"])
    if c["idval"]:
        L.append('%s = "%s"' % (IDN(c, style), c["idval"]))
    L.append("%s = %s" % (NM(c, style), E(c, "py")))
    L += ['%s_API_BASE = "%s"' % (c["k"]["prov"].upper(), c["k"]["base"]),
          "%s_TIMEOUT = %d" % (c["k"]["prov"].upper(), ch([10, 15, 30])), "",
          "CELERY_BEAT_SCHEDULE = {", '    "sync-activities": {"task": "sync.tasks.pull", "schedule": %d},' % ch([300, 900, 3600]), "}"]
    return path, "python", "\n".join(L) + "\n"


@tpl(pem=True)
def t_py_sync_script(c):
    k = c["k"]
    path = ch(["scripts/sync_%s.py" % k["prov"], "sync_%s.py" % k["prov"], "tools/%s_export.py" % k["prov"], "jobs/pull_%s.py" % k["prov"]])
    v = NM(c, ch(["scream", "snake"]))
    L = ["#!/usr/bin/env python3", '"""Pull recent data from %s and upsert into the local DB."""' % k["disp"],
         "import hmac", "import json", "import os", "import time", "", "import requests", ""]
    if k["how"] == "sign":
        L.insert(7, "import jwt")
    if k["prov"] == "garmin" and k["how"] == "form":
        L.insert(8, "from requests_oauthlib import OAuth1")
    if k["how"] == "basic":
        L.insert(8, "from requests.auth import HTTPBasicAuth")
    L += ['TEAM_ID = "%s"' % rs(UPNUM, 10)] if k["how"] == "sign" else []
    L += idline(c, "scream", " = ", '"')
    L.append("%s = %s" % (v, E(c, "py")))
    L += ["DB_PATH = os.path.expanduser(\"~/.%s/activities.db\")" % app_name(), "", "",
          "def sync(athlete, start, end):"]
    L += use(c, "py", v, IDN(c, "scream") if c["idval"] else None, "    ")
    L += ["    return True", "", "", 'if __name__ == "__main__":', "    sync(None, int(time.time()) - 86400, int(time.time()))"]
    return path, "python", "\n".join(L) + "\n"


@tpl(hows=("header", "bearer", "query"))
def t_py_inline_header(c):
    k = c["k"]
    path = ch(["app/clients/%s.py" % k["prov"], "%s_client.py" % k["prov"], "src/integrations/%s.py" % k["prov"]])
    L = ["import logging", "", "import requests", "", "log = logging.getLogger(__name__)", "",
         'BASE_URL = "%s"' % k["base"], "", "", "class %sClient:" % fmt(k["prov"].split("_"), "pascal"),
         "    def __init__(self, session=None):", "        self.session = session or requests.Session()"]
    if k["how"] == "bearer":
        val = E(c, "py")
        if val[0] in "\"'":
            L.append('        self.session.headers["Authorization"] = "Bearer %s"' % val[1:-1])
        else:
            L.append('        self.session.headers["Authorization"] = "Bearer " + %s' % val)
    elif k["how"] == "header":
        L.append('        self.session.headers.update({"%s": %s})' % (k["hname"], E(c, "py")))
    else:
        L.append('        self.session.params = {"%s": %s}' % (k.get("qname", "api_key"), E(c, "py")))
    L += ["", "    def get(self, path, **params):", '        log.debug("GET %s", path)',
          '        r = self.session.get(f"{BASE_URL}/{path}", params=params, timeout=10)',
          "        r.raise_for_status()", "        return r.json()"]
    return path, "python", "\n".join(L) + "\n"


@tpl(hows=("form", "basic", "password", "header", "bearer", "refresh"))
def t_py_positional(c):
    k = c["k"]
    path = ch(["main.py", "run_import.py", "notebooks/helpers.py", "bot/%s_bot.py" % k["prov"], "scripts/backfill.py"])
    cls = ch(["Client", "Api", "Session", "Connector"])
    pkg = {"strava": "stravalib", "fitbit": "fitbit", "garmin": "garminconnect", "zwift": "zwift", "peloton": "pylotoncycle",
           "polar": "accesslink", "withings": "withings_api", "oura": "oura", "whoop": "whoopy"}.get(k["prov"], "%s_sdk" % k["prov"])
    L = ["from datetime import date, timedelta", "", "from %s import %s" % (pkg, cls), "", "",
         "def main():", "    since = date.today() - timedelta(days=%d)" % ch([7, 14, 30, 90])]
    args = []
    if k["how"] == "password":
        args = ['"%s"' % c["user"], E(c, "py")]
    elif c["idval"]:
        args = ['"%s"' % c["idval"] if not c["idval"].isdigit() else c["idval"], E(c, "py")]
    else:
        args = [E(c, "py")]
    L.append("    api = %s(%s)" % (cls, ", ".join(args)))
    L += ["    for item in api.%s(since=since):" % ch(["activities", "get_activities", "sleep", "workouts"]),
          '        print(item["id"], item.get("name"), item.get("start_date"))', "", "",
          'if __name__ == "__main__":', "    main()"]
    return path, "python", "\n".join(L) + "\n"


@tpl(nohow=("compare",))
def t_py_argparse(c):
    k = c["k"]
    path = ch(["tools/backfill.py", "cli.py", "scripts/export_%s.py" % k["prov"], "%s/__main__.py" % app_name().replace("-", "_")])
    flag = NM(c, "kebab")
    L = ["import argparse", "import sys", "", "", "def parse_args(argv=None):",
         '    p = argparse.ArgumentParser(description="Export %s data to CSV")' % k["disp"],
         '    p.add_argument("--since", default="2024-01-01")', '    p.add_argument("--out", default="export.csv")']
    if c["idval"]:
        L.append('    p.add_argument("--%s", default="%s")' % (IDN(c, "kebab"), c["idval"]))
    if k["how"] == "password":
        L.append('    p.add_argument("--user", default="%s")' % c["user"])
    L.append('    p.add_argument("--%s", default=%s)' % (flag, E(c, "py")))
    L += ['    p.add_argument("-v", "--verbose", action="store_true")', "    return p.parse_args(argv)", "", "",
          'if __name__ == "__main__":', "    args = parse_args()", "    sys.exit(0)"]
    return path, "python", "\n".join(L) + "\n"


@tpl(pem=True)
def t_node_webhook(c):
    k = c["k"]
    path = ch(["server.js", "src/server.js", "webhooks/index.js", "api/%s-webhook.js" % k["prov"]])
    v = NM(c, ch(["scream", "camel"]))
    L = ["const express = require('express');"]
    if k["how"] == "sign":
        L.append("const jwt = require('jsonwebtoken');")
    L += ["", "const app = express();", "app.use(express.json());", ""]
    if k["how"] == "sign":
        L.append("const TEAM_ID = '%s';" % rs(UPNUM, 10))
    if c["idval"]:
        L.append("const %s = '%s';" % (IDN(c, "scream"), c["idval"]))
    L.append("const %s = %s;" % (v, E(c, "js")))
    L += ["", "app.get('/webhook', async (req, res) => {"]
    L += use(c, "js", v, IDN(c, "scream") if c["idval"] else None, "  ")
    if k["how"] != "compare":
        L += ["  res.sendStatus(200);"]
    L += ["});", "", "app.post('/webhook', (req, res) => {", "  console.log('event', req.body.object_type, req.body.aspect_type);",
          "  res.sendStatus(200);", "});", "", "app.listen(%d, () => console.log('listening'));" % port()]
    return path, "javascript", "\n".join(L) + "\n"


@tpl(pem=True)
def t_ts_config(c):
    k = c["k"]
    path = ch(["src/config.ts", "src/config/%s.ts" % k["prov"], "lib/env.ts", "packages/api/src/settings.ts"])
    L = ["// Central configuration for the %s service" % app_name(), "",
         "export const config = {", "  port: Number(process.env.PORT ?? %d)," % port(), "  timezone: '%s'," % tz(),
         "  %s: {" % fmt(k["prov"].split("_"), "camel"), "    baseUrl: '%s'," % k["base"]]
    if c["idval"]:
        L.append("    %s: '%s'," % (fmt(c["idtok"][1:] or c["idtok"], "camel"), c["idval"]))
    if k["how"] == "password":
        L.append("    username: '%s'," % c["user"])
    L.append("    %s: %s," % (fmt(c["tok"][1:] if c["obvious"] and len(c["tok"]) > 1 else c["tok"], "camel"), E(c, "ts").replace("await ", "")))
    L += ["    pollIntervalMs: %d," % ch([60000, 300000, 900000]), "  },", "} as const;", "",
          "export type AppConfig = typeof config;"]
    return path, "typescript", "\n".join(L) + "\n"


@tpl(hows=("header", "bearer", "query", "basic"))
def t_ts_client_inline(c):
    k = c["k"]
    path = ch(["src/lib/%sClient.ts" % fmt(k["prov"].split("_"), "camel"), "src/services/%s.ts" % k["prov"], "app/api/%s/route.ts" % k["prov"]])
    L = ["import axios from 'axios';", "", "export const %s = axios.create({" % fmt(k["prov"].split("_") + ["api"], "camel"),
         "  baseURL: '%s'," % k["base"], "  timeout: %d," % ch([5000, 10000, 15000])]
    if k["how"] == "header":
        L += ["  headers: {", "    '%s': %s," % (k["hname"], E(c, "ts")), "    Accept: 'application/json',", "  },"]
    elif k["how"] == "bearer":
        e = E(c, "ts")
        L += ["  headers: { Authorization: %s }," % ("'Bearer %s'" % e[1:-1] if e[0] in "'\"" else "`Bearer ${%s}`" % e)]
    elif k["how"] == "basic":
        L += ["  auth: {", "    username: %s," % (("'%s'" % c["idval"]) if c["idval"] else "process.env.%s!" % fmt(c["idtok"], "scream")),
              "    password: %s," % E(c, "ts"), "  },"]
    else:
        L += ["  params: { %s: %s }," % (k.get("qname", "api_key"), E(c, "ts"))]
    L += ["});", "", "export async function fetchPage<T>(path: string, page = 1): Promise<T> {",
          "  const { data } = await %s.get<T>(path, { params: { page } });" % fmt(k["prov"].split("_") + ["api"], "camel"),
          "  return data;", "}"]
    return path, "typescript", "\n".join(L) + "\n"


@tpl(pem=True)
def t_swift_secrets(c):
    k = c["k"]
    path = ch(["App/Config/Secrets.swift", "Sources/%s/Config.swift" % app_name().capitalize(), "Shared/APIKeys.swift", "%s/Constants.swift" % app_name().capitalize()])
    L = ["import Foundation", "", "enum %s {" % ch(["Secrets", "APIConfig", "Constants", "Env"]),
         '    static let baseURL = URL(string: "%s")!' % k["base"]]
    if c["idval"]:
        L.append('    static let %s = "%s"' % (IDN(c, "camel"), c["idval"]))
    if k["how"] == "password":
        L.append('    static let username = "%s"' % c["user"])
    L.append("    static let %s = %s" % (NM(c, "camel"), E(c, "swift")))
    L += ['    static let healthKitTypes = ["HKQuantityTypeIdentifierHeartRate", "HKWorkoutTypeIdentifier"]', "}"]
    if k["how"] in ("header", "bearer", "basic", "query") and coin(0.5):
        L += ["", "extension URLRequest {", "    mutating func authorize() {"]
        L += use(c, "swift", "%s.%s" % (L[2].split()[1], NM(c, "camel")), None, "        ")[:2]
        L += ["    }", "}"]
    return path, "swift", "\n".join(L) + "\n"


@tpl(nohow=("compare",))
def t_info_plist(c):
    path = ch(["App/Info.plist", "%s/Info.plist" % app_name().capitalize(), "ios/Runner/Info.plist", "ios/%s/Info.plist" % app_name().capitalize()])
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>",
         "\t<key>CFBundleShortVersionString</key>", "\t<string>%d.%d.%d</string>" % (ri(1, 4), ri(0, 12), ri(0, 9)),
         "\t<key>NSHealthShareUsageDescription</key>", "\t<string>We read workouts and heart rate to build your training load.</string>",
         "\t<key>NSHealthUpdateUsageDescription</key>", "\t<string>Workouts you record are saved to Apple Health.</string>"]
    if c["idval"]:
        L += ["\t<key>%s</key>" % IDN(c, "pascal"), "\t<string>%s</string>" % c["idval"]]
    L += ["\t<key>%s</key>" % NM(c, ch(["pascal", "scream"])), "\t<string>%s</string>" % S(c, "plist")]
    L += ["\t<key>UIBackgroundModes</key>", "\t<array>", "\t\t<string>processing</string>", "\t</array>", "</dict>", "</plist>"]
    return path, "plist", "\n".join(L) + "\n"


@tpl(nohow=("compare",))
def t_local_properties(c):
    path = ch(["local.properties", "android/local.properties", "secrets.properties", "apikeys.properties"])
    L = ["## This file must *NOT* be checked into Version Control Systems,", "# as it contains information specific to your local configuration.",
         "#", "# %s" % ch(["Mon Mar 04 09:12:44 CET 2024", "Tue Jan 16 18:03:10 PST 2024", "Fri Oct 11 07:41:02 BST 2024"]),
         "sdk.dir=/Users/%s/Library/Android/sdk" % ch(["kai", "maria", "dev", "tom"])]
    L += idline(c, ch(["snake", "dot", "scream"]) if False else "scream", "=", "")
    L.append("%s=%s" % (NM(c, ch(["scream", "dot", "camel"])), S(c, "props")))
    L.append("health.connect.minSdk=%d" % ch([26, 28]))
    return path, "properties", "\n".join(L) + "\n"


@tpl(nohow=("compare",))
def t_gradle_kts(c):
    path = ch(["app/build.gradle.kts", "android/app/build.gradle.kts", "wear/build.gradle.kts"])
    def bcf(name, e):
        return '        buildConfigField("String", "%s", "\\"%s\\"")' % (name, e)
    L = ["plugins {", '    id("com.android.application")', '    id("org.jetbrains.kotlin.android")', "}", "",
         "android {", '    namespace = "%s"' % bundle_id(), "    compileSdk = 34", "", "    defaultConfig {",
         '        applicationId = "%s"' % bundle_id(), "        minSdk = 28", "        targetSdk = 34",
         "        versionCode = %d" % ri(1, 300), '        versionName = "%d.%d.%d"' % (ri(1, 3), ri(0, 9), ri(0, 9))]
    if c["idval"]:
        L.append(bcf(IDN(c, "scream"), c["idval"]))
    if not c["pos"] and c["mode"] == "env":
        L.append('        buildConfigField("String", "%s", "\\"${System.getenv("%s") ?: ""}\\"")' % (NM(c, "scream"), c["env"]))
    else:
        L.append(bcf(NM(c, "scream"), c["val"]))
    L += ["    }", "    buildFeatures { buildConfig = true }", "}", "", "dependencies {",
          '    implementation("androidx.health.connect:connect-client:1.1.0-alpha07")',
          '    implementation("com.squareup.okhttp3:okhttp:4.12.0")', "}"]
    return path, "gradle", "\n".join(L) + "\n"


@tpl(pem=True)
def t_kotlin_object(c):
    k = c["k"]
    pkg = bundle_id()
    path = "app/src/main/java/%s/%s.kt" % (pkg.replace(".", "/"), ch(["ApiConfig", "WearableConfig", "SyncSettings"]))
    L = ["package %s" % pkg, "", "import okhttp3.Request", "", "object %s {" % path.split("/")[-1][:-3],
         '    const val BASE_URL = "%s"' % k["base"]]
    if c["idval"]:
        L.append('    const val %s = "%s"' % (IDN(c, "scream"), c["idval"]))
    e = E(c, "kt")
    L.append("    %s %s = %s" % ("const val" if e.startswith('"') and "\n" not in e else "val", NM(c, ch(["scream", "camel"])), e))
    L += ["    const val PAGE_SIZE = %d" % ch([30, 50, 100]), "}"]
    return path, "kotlin", "\n".join(L) + "\n"


@tpl(nohow=())
def t_ha_secrets(c):
    path = ch(["secrets.yaml", "homeassistant/secrets.yaml", "config/secrets.yaml"])
    if not c["pos"] and c["mode"] == "env":
        c = dict(c, mode="placeholder", val="REPLACE_ME")
    L = ["# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
         "latitude_home: %.4f" % (G.rng.uniform(-40, 60)), "longitude_home: %.4f" % (G.rng.uniform(-120, 150))]
    L += idline(c, "snake", ": ", "")
    if c["user"]:
        L.append("%s_username: %s" % (c["k"]["prov"], c["user"]))
    L.append("%s: %s" % (NM(c, "snake"), S(c, "ha")))
    L.append("%s_device_tracker: device_tracker.%s_phone" % (ch(["kai", "maria", "tom"]), ch(["pixel", "iphone"])))
    return path, "yaml", "\n".join(L) + "\n"


def bearer_cfg(c, f):
    """Header value 'Bearer <token>' for config files."""
    if c["k"]["how"] != "bearer":
        return S(c, f)
    if not c["pos"] and c["mode"] == "env":
        s = S(c, f)
        if s.startswith("!secret"):
            return s
        return '"Bearer %s"' % s.strip('"')
    return '"Bearer %s"' % c["val"]


@tpl(hows=("header", "bearer", "query"))
def t_ha_rest(c):
    k = c["k"]
    path = ch(["configuration.yaml", "packages/%s.yaml" % k["prov"], "homeassistant/packages/fitness.yaml", "sensors/%s.yaml" % k["prov"]])
    ent = ch(["readiness", "sleep_score", "resting_hr", "weekly_distance", "next_fixture", "steps_today"])
    L = ["rest:", "  - resource: %s/%s" % (k["base"], ch(["daily_readiness", "athlete/stats", "fixtures", "activities/steps"])),
         "    scan_interval: %d" % ch([900, 1800, 3600])]
    if k["how"] == "query":
        L[1] += "?%s=%s" % (k.get("qname", "api_key"), S(c, "yaml", q="").strip('"\''))
    else:
        L += ["    headers:", "      %s: %s" % ("Authorization" if k["how"] == "bearer" else k["hname"], bearer_cfg(c, "ha"))]
    L += ["    sensor:", "      - name: \"%s %s\"" % (k["disp"], ent.replace("_", " ")),
          "        value_template: \"{{ value_json.data[0].score | default(0) }}\"",
          "        unit_of_measurement: \"%s\"" % ch(["pts", "bpm", "km", "steps"]), "",
          "template:", "  - sensor:", "      - name: \"%s trend\"" % ent,
          "        state: \"{{ states('sensor.%s_%s') | float(0) | round(1) }}\"" % (k["prov"], ent)]
    return path, "yaml", "\n".join(L) + "\n"


@tpl(hows=("refresh", "bearer"))
def t_json_token_cache(c):
    k = c["k"]
    path = ch([".%s_token.json" % k["prov"], "tokens.json", ".cache/%s_token.json" % k["prov"], "data/%s-auth.json" % k["prov"], "token.json"])
    now = ri(1700000000, 1735000000)
    d = [("token_type", json.dumps("Bearer"))]
    if k["how"] == "refresh":
        d += [("access_token", json.dumps("<refreshed at runtime>")), ("expires_at", str(now)), ("expires_in", str(21600)),
              ("refresh_token", S(c, "json"))]
    else:
        d += [("access_token", S(c, "json")), ("expires_at", str(now)), ("expires_in", str(ch([21600, 28800, 86400])))]
    if k["prov"] == "strava":
        d.append(("athlete", json.dumps({"id": ri(100000, 99999999), "username": ch(["kai_rides", "mrun", "lenaswims"]), "city": ch(["Utrecht", "Boulder", "Girona"])})))
    if k["prov"] == "fitbit":
        d.append(("user_id", json.dumps(fitbit_user_id())))
        d.append(("scope", json.dumps(["heartrate", "activity", "sleep"])))
    if not c["obvious"]:
        d = [(ch(["value", "data", "t", "payload"]) if kk in ("refresh_token", "access_token") and v not in (json.dumps("<refreshed at runtime>"),) else kk, v) for kk, v in d]
    body = ",\n".join('  "%s": %s' % (kk, v) for kk, v in d)
    return path, "json", "{\n" + body + "\n}\n"


@tpl(pem=True)
def t_json_config(c):
    k = c["k"]
    path = ch(["config/config.json", "appsettings.json", "config/default.json", ".runtimeconfig.json", "settings.json"])
    inner = [("BaseUrl" if path == "appsettings.json" else "baseUrl", json.dumps(k["base"]))]
    style = "pascal" if path == "appsettings.json" else ch(["camel", "snake"])
    if c["idval"]:
        inner.append((IDN(c, style), json.dumps(c["idval"])))
    if c["user"]:
        inner.append(("Username" if style == "pascal" else "username", json.dumps(c["user"])))
    inner.append((NM(c, style), S(c, "json")))
    L = ["{", '  "%s": {' % ("Logging" if path == "appsettings.json" else "log"), '    "%s": "%s"' % ("LogLevel" if path == "appsettings.json" else "level", ch(["Information", "info", "Warning"])), "  },",
         '  "%s": {' % (fmt(k["prov"].split("_"), style if style != "snake" else "snake"))]
    L += [",\n".join('    "%s": %s' % (a, b) for a, b in inner)]
    L += ["  },", '  "syncIntervalMinutes": %d' % ch([15, 30, 60]), "}"]
    return path, "json", "\n".join(L) + "\n"


def nb_cell(kind, src, outputs=None, n=None):
    cell = {"cell_type": kind, "metadata": {}, "source": src}
    if kind == "code":
        cell["execution_count"] = n
        cell["outputs"] = outputs or []
    return cell


def nb_dump(cells):
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % ri(2, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def hr_series(n):
    base = ri(55, 75)
    out = []
    for i in range(n):
        base = max(45, min(190, base + ri(-4, 6)))
        out.append(base)
    return out


@tpl(nohow=("compare",))
def t_ipynb(c):
    k = c["k"]
    path = ch(["notebooks/explore_%s.ipynb" % k["prov"], "analysis/hr_zones.ipynb", "%s_sleep.ipynb" % k["prov"], "notebooks/training_load.ipynb"])
    v = NM(c, "snake")
    setup = ["import pandas as pd\n", "import requests\n", "\n"]
    if c["idval"]:
        setup.append('%s = "%s"\n' % (IDN(c, "snake"), c["idval"]))
    setup.append("%s = %s\n" % (v, E(c, "py").replace("await ", "")))
    body = [x + "\n" for x in use(c, "py", v, IDN(c, "snake") if c["idval"] else None)]
    body[-1] = body[-1].rstrip("\n")
    hr = hr_series(8)
    cells = [nb_cell("markdown", ["# %s export\n" % k["disp"], "Quick look at the last few weeks of data."]),
             nb_cell("code", setup + body, [], 1),
             nb_cell("code", ["df = pd.DataFrame(resp.json() if 'resp' in dir() else [])\n", "df.head()"],
                     [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                       "data": {"text/plain": ["   hr  cadence\n"] + ["%d  %3d  %3d\n" % (i, h, ri(75, 95)) for i, h in enumerate(hr[:3])]}}], 2)]
    if coin(0.4):
        cells.append(nb_cell("code", ["df['hr'].mean()"],
                     [{"output_type": "stream", "name": "stdout", "text": ["%.1f\n" % (sum(hr) / len(hr))]}], 3))
    text = nb_dump(cells)
    while text.count("\n") > 79 and len(cells) > 2:
        cells.pop(0 if cells[0]["cell_type"] == "markdown" else -1)
        text = nb_dump(cells)
    return path, "ipynb", text


@tpl(pem=True)
def t_go_cli(c):
    k = c["k"]
    tool = ch(["fitsync", "ridectl", "hrexport", "matchfeed", "gymcli"])
    path = ch(["cmd/%s/main.go" % tool, "main.go", "internal/%s/client.go" % k["prov"]])
    v = NM(c, ch(["camel", "pascal"]))
    L = ["package main", "", "import (", '\t"context"', '\t"fmt"', '\t"net/http"', '\t"net/url"', '\t"os"', '\t"time"', ")", "", "const ("]
    L.append('\tbaseURL = "%s"' % k["base"])
    if c["idval"]:
        L.append('\t%s = "%s"' % (IDN(c, "camel"), c["idval"]))
    e = E(c, "go")
    if e.startswith('"') or e.startswith("`"):
        L += ["\t%s = %s" % (v, e), ")"]
    else:
        L += [")", "", "var %s = %s" % (v, e)]
    L += ["", "func run(ctx context.Context) error {", '\treq, _ := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/", nil)', "\t_ = req", "\t_ = url.Values{}"]
    L += use(c, "go", v, IDN(c, "camel") if c["idval"] else None, "\t")
    L += ["\treturn nil", "}", "", "func main() {", "\tctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)", "\tdefer cancel()",
          "\tif err := run(ctx); err != nil {", '\t\tfmt.Fprintln(os.Stderr, err)', "\t\tos.Exit(1)", "\t}", "}"]
    return path, "go", "\n".join(L) + "\n"


@tpl(nohow=("compare",))
def t_go_config(c):
    k = c["k"]
    path = ch(["internal/config/defaults.go", "pkg/config/config.go", "config/%s.go" % k["prov"]])
    L = ["package config", "", "import \"time\"", "", "// %s holds %s settings." % (fmt(k["prov"].split("_"), "pascal") + "Config", k["disp"]),
         "type %sConfig struct {" % fmt(k["prov"].split("_"), "pascal"), "\tBaseURL  string", "\tClientID string", "\tSecret   string",
         "\tUser     string", "\tTimeout  time.Duration", "}", "", "// Default is used when no config file is found.",
         "var Default = %sConfig{" % fmt(k["prov"].split("_"), "pascal"), '\tBaseURL: "%s",' % k["base"]]
    if c["idval"]:
        L.append('\tClientID: "%s",' % c["idval"])
    if c["user"]:
        L.append('\tUser: "%s",' % c["user"])
    e = E(c, "go")
    if "mustSecret" in e:
        e = '"%s"' % c["val"]
    L.append("\tSecret: %s," % e)
    L += ["\tTimeout: %d * time.Second," % ch([10, 20, 30]), "}"]
    return path, "go", "\n".join(L) + "\n"


@tpl(pem=True)
def t_gha_env(c):
    k = c["k"]
    path = ".github/workflows/%s.yml" % ch(["sync", "nightly-import", "%s-sync" % k["prov"], "deploy", "refresh-data"])
    L = ["name: %s" % ch(["Nightly sync", "Import activities", "Deploy", "Refresh dashboard"]), "", "on:", "  schedule:",
         "    - cron: '%d %d * * *'" % (ri(0, 59), ri(0, 23)), "  workflow_dispatch:", "", "jobs:", "  sync:",
         "    runs-on: ubuntu-latest", "    env:", "      TZ: %s" % tz()]
    L += idline(c, "scream", ": ", "", pre="      ")
    L.append("      %s: %s" % (NM(c, "scream"), S(c, "gha", indent=8)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: '3.12'", "      - run: pip install -r requirements.txt",
          "      - run: python scripts/sync_%s.py --days %d" % (k["prov"], ch([1, 3, 7]))]
    return path, "github-actions", "\n".join(L) + "\n"


@tpl(hows=("header", "bearer", "query", "form", "refresh", "basic"))
def t_gha_curl(c):
    k = c["k"]
    path = ".github/workflows/%s.yml" % ch(["smoke-test", "cron-fetch", "%s-healthcheck" % k["prov"], "update-fixtures"])
    s = S(c, "gha").strip("'\"")
    if k["how"] == "header":
        cmd = 'curl -fsS -H "%s: %s" "%s/status" -o status.json' % (k["hname"], s, k["base"])
    elif k["how"] == "bearer":
        cmd = 'curl -fsS -H "Authorization: Bearer %s" "%s/%s" -o data.json' % (s, k["base"], ch(["athlete", "personal_info", "profile.json"]))
    elif k["how"] == "query":
        cmd = 'curl -fsS "%s/competitions.json?%s=%s" -o competitions.json' % (k["base"], k.get("qname", "api_key"), s)
    elif k["how"] == "basic":
        cmd = 'curl -fsS -u "%s:%s" -X POST "%s" -d grant_type=client_credentials' % (c["idval"] or "${{ vars.%s }}" % fmt(c["idtok"], "scream"), s, k["token_url"])
    else:
        key = "refresh_token" if k["how"] == "refresh" else "client_secret"
        cid = c["idval"] or "${{ vars.%s_CLIENT_ID }}" % k["prov"].upper()
        cmd = 'curl -fsS -X POST %s -d client_id=%s -d %s=%s -d grant_type=refresh_token' % (k["token_url"], cid, key, s)
        if key == "client_secret":
            cmd += " -d refresh_token=${{ secrets.REFRESH_TOKEN }}"
    L = ["name: %s" % ch(["Smoke test", "Fetch fixtures", "API health"]), "on:", "  push:", "    branches: [main]", "  schedule:",
         "    - cron: '*/%d * * * *'" % ch([15, 30]), "jobs:", "  check:", "    runs-on: ubuntu-latest", "    steps:",
         "      - name: Call %s" % k["disp"], "        run: |", "          " + cmd, "          jq '.' *.json | head -n 20"]
    return path, "github-actions", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_readme_md(c):
    k = c["k"]
    path = ch(["README.md", "docs/setup.md", "docs/%s.md" % k["prov"], "SETUP.md"])
    s = S(c, "md")
    L = ["# %s" % app_name(), "", "Small tool that pulls %s data into a SQLite database and renders weekly charts." % k["disp"], "",
         "## Setup", "", "1. `python -m venv .venv && . .venv/bin/activate`", "2. `pip install -r requirements.txt`",
         "3. Create a `.env` (values below are what I use locally):", "", "```env"]
    L += idline(c, "scream", "=", "")
    if c["user"]:
        L.append("%s_USERNAME=%s" % (k["prov"].upper(), c["user"]))
    L += ["%s=%s" % (NM(c, "scream"), s), "```", "", "## Quick check", "", "```bash"]
    if k["how"] in ("header", "bearer", "query"):
        if k["how"] == "header":
            L.append('curl -H "%s: %s" %s/%s' % (k["hname"], s, k["base"], ch(["status", "leagues?country=Portugal", "integrations"])))
        elif k["how"] == "bearer":
            L.append('curl -H "Authorization: Bearer %s" %s/%s' % (s, k["base"], ch(["athlete", "personal_info"])))
        else:
            L.append('curl "%s/standings.json?%s=%s"' % (k["base"], k.get("qname", "api_key"), s))
    else:
        L.append("python -m %s check" % app_name().replace("-", "_"))
    L += ["```", "", "## License", "", "MIT"]
    return path, "markdown", "\n".join(L) + "\n"


@tpl(pem=True)
def t_runbook_md(c):
    k = c["k"]
    path = ch(["notes/runbook.md", "docs/ops/runbook.md", "ops/%s-integration.md" % k["prov"], "wiki/Integrations.md", "notes/%s.md" % k["prov"]])
    L = ["# Runbook: %s integration" % k["disp"], "", "_Last updated %d-%02d-%02d by %s_" % (ri(2022, 2025), ri(1, 12), ri(1, 28), ch(["kai", "maria", "ops"])), "",
         "## Symptoms", "- Dashboard stops updating, sync job logs `401 Unauthorized`.", "- Webhook queue grows past %d." % ch([500, 1000]), "",
         "## Credentials", ""]
    if c["idval"]:
        L.append("- %s: `%s`" % (" ".join(c["idtok"]).title(), c["idval"]))
    if c["user"]:
        L.append("- Account: `%s`" % c["user"])
    if c["multiline"] or (not c["pos"] and "\n" in (c["val"] or "")):
        L += ["- %s:" % " ".join(c["tok"]), "", "```", S(c, "md"), "```"]
    else:
        L.append("- %s: `%s`" % (" ".join(c["tok"]), S(c, "md")))
    L += ["", "## Fix", "", "1. Check the provider status page.", "2. Re-run `make sync` and watch the logs.",
          "3. If it still fails, rotate the credential in the %s developer portal and update the deployment." % k["disp"]]
    return path, "markdown", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_sql_seed(c):
    k = c["k"]
    path = ch(["db/seeds/001_integrations.sql", "seed.sql", "migrations/%04d_seed_providers.sql" % ri(1, 60), "sql/dev_seed.sql"])
    L = ["-- dev seed data", "BEGIN;", "", "INSERT INTO providers (slug, display_name, api_base, enabled) VALUES",
         "  ('%s', '%s', '%s', true);" % (k["prov"], k["disp"], k["base"]), ""]
    cols = ["provider_slug", "label"]
    vals = ["'%s'" % k["prov"], "'%s'" % ch(["default", "club account", "coach app"])]
    if c["idval"]:
        cols.append(IDN(c, "snake") if c["obvious"] else "client_id")
        vals.append("'%s'" % c["idval"])
    if c["user"]:
        cols.append("username")
        vals.append("'%s'" % c["user"])
    cols.append(NM(c, "snake"))
    vals.append(S(c, "sql"))
    L += ["INSERT INTO provider_credentials (%s)" % ", ".join(cols), "VALUES (%s);" % ", ".join(vals), "",
          "INSERT INTO athletes (id, display_name, ftp_watts, max_hr) VALUES", "  (%d, '%s', %d, %d)," % (ri(1, 50), ch(["Kai", "Maria"]), ri(180, 330), ri(170, 200)),
          "  (%d, '%s', %d, %d);" % (ri(51, 99), ch(["Lena", "Tom"]), ri(150, 300), ri(165, 195)), "", "COMMIT;"]
    return path, "sql", "\n".join(L) + "\n"


@tpl()
def t_docker_compose(c):
    k = c["k"]
    path = ch(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml", "docker-compose.override.yml"])
    L = ["services:", "  %s:" % ch(["sync", "worker", "api", "webhook"]), "    build: .", "    restart: unless-stopped",
         "    ports:", '      - "%d:%d"' % (port(), port()), "    environment:", "      TZ: %s" % tz(), "      LOG_LEVEL: info"]
    L += idline(c, "scream", ": ", "", pre="      ")
    if c["user"]:
        L.append("      %s_USERNAME: %s" % (k["prov"].upper(), c["user"]))
    L.append("      %s: %s" % (NM(c, "scream"), S(c, "docker")))
    L += ["    depends_on:", "      - db", "  db:", "    image: postgres:16-alpine", "    environment:",
          "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "",
          "volumes:", "  pgdata:"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl(pem=True)
def t_k8s_secret(c):
    k = c["k"]
    path = ch(["deploy/k8s/secret.yaml", "k8s/%s-secret.yaml" % k["prov"], "helm/values-prod.yaml", "manifests/sync-secrets.yaml"])
    if path.startswith("helm"):
        L = ["replicaCount: %d" % ri(1, 3), "image:", "  repository: ghcr.io/%s/%s" % (ch(["peakform", "acme"]), app_name()), "  tag: v%d.%d.%d" % (ri(0, 3), ri(0, 20), ri(0, 9)), "",
             "%s:" % fmt(k["prov"].split("_"), "camel")]
        if c["idval"]:
            L.append("  %s: %s" % (IDN(c, "camel"), json.dumps(c["idval"])))
        L.append("  %s: %s" % (NM(c, "camel"), S(c, "yaml", indent=4)))
        L += ["resources:", "  limits:", "    memory: 256Mi"]
        return path, "yaml", "\n".join(L) + "\n"
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % k["prov"].replace("_", "-"),
         "  namespace: %s" % ch(["fitness", "default", "sync", "prod"]), "type: Opaque", "stringData:"]
    L += idline(c, "scream", ": ", "", pre="  ")
    L.append("  %s: %s" % (NM(c, "scream"), S(c, "yaml", indent=4)))
    return path, "yaml", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_shell(c):
    k = c["k"]
    path = ch(["scripts/refresh_token.sh", "bin/fetch.sh", "scripts/%s.sh" % k["prov"], "sync.sh"])
    s = S(c, "sh")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'OUT_DIR="${OUT_DIR:-./data}"', 'mkdir -p "$OUT_DIR"', ""]
    if c["idval"]:
        L.append('%s="%s"' % (IDN(c, "scream"), c["idval"]))
    v = NM(c, "scream")
    L.append("%s=%s" % (v, s))
    if k["how"] == "header":
        L.append('curl -fsS -H "%s: ${%s}" "%s/%s" > "$OUT_DIR/latest.json"' % (k["hname"], v, k["base"], ch(["fixtures?live=all", "status", "users"])))
    elif k["how"] == "bearer":
        L.append('curl -fsS -H "Authorization: Bearer ${%s}" "%s/%s" > "$OUT_DIR/latest.json"' % (v, k["base"], ch(["athlete/activities?per_page=50", "daily_sleep"])))
    elif k["how"] == "query":
        L.append('curl -fsS "%s/daily/schedule.json?%s=${%s}" > "$OUT_DIR/latest.json"' % (k["base"], k.get("qname", "api_key"), v))
    elif k["how"] == "password":
        L.append('curl -fsS -c cookies.txt -d "username=%s" -d "password=${%s}" "%s" > /dev/null' % (c["user"], v, k["token_url"]))
    elif k["how"] == "compare":
        L.append('curl -fsS "http://localhost:%d/webhook?hub.mode=subscribe&hub.verify_token=${%s}&hub.challenge=test"' % (port(), v))
    else:
        key = "refresh_token" if k["how"] == "refresh" else "client_secret"
        cid = "${%s}" % IDN(c, "scream") if c["idval"] else "${%s_CLIENT_ID}" % k["prov"].upper()
        L += ['curl -fsS -X POST "%s" \\' % k["token_url"], '  -d client_id="%s" \\' % cid, '  -d %s="${%s}" \\' % (key, v),
              '  -d grant_type=refresh_token > "$OUT_DIR/token.json"']
    L += ['echo "done: $(date -Iseconds)"']
    return path, "shell", "\n".join(L) + "\n"


@tpl(nohow=("sign", "compare"))
def t_spring_props(c):
    k = c["k"]
    path = ch(["src/main/resources/application.properties", "src/main/resources/application-dev.properties", "config/application.properties"])
    pre = "%s." % k["prov"].replace("_", "-")
    L = ["spring.application.name=%s" % app_name(), "server.port=%d" % ch([8080, 8081, 9090]),
         "spring.datasource.url=jdbc:postgresql://localhost:5432/%s" % app_name().replace("-", "_"), "spring.datasource.username=app",
         "spring.jpa.hibernate.ddl-auto=validate", "", "# %s" % prov_comment(c), "%sbase-url=%s" % (pre, k["base"])]
    if c["idval"]:
        L.append("%s%s=%s" % (pre, "-".join(c["idtok"][1:]), c["idval"]))
    if c["user"]:
        L.append("%susername=%s" % (pre, c["user"]))
    L.append("%s%s=%s" % (pre if c["obvious"] else "integration.", "-".join(c["tok"][1:] if c["obvious"] and len(c["tok"]) > 1 else c["tok"]), S(c, "props")))
    L += ["management.endpoints.web.exposure.include=health,info"]
    return path, "properties", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_spring_yml(c):
    k = c["k"]
    path = ch(["src/main/resources/application.yml", "src/main/resources/application-local.yml"])
    L = ["spring:", "  application:", "    name: %s" % app_name(), "  jackson:", "    time-zone: %s" % tz(), "",
         "%s:" % k["prov"].replace("_", "-"), "  base-url: %s" % k["base"]]
    if c["idval"]:
        L.append("  %s: %s" % ("-".join(c["idtok"][1:]), json.dumps(c["idval"])))
    if c["user"]:
        L.append("  username: %s" % c["user"])
    L.append("  %s: %s" % (NM(c, "kebab"), S(c, "yaml")))
    L += ["  poll-interval: PT%dM" % ch([5, 15, 30]), "", "logging:", "  level:", "    root: INFO"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl(pem=True)
def t_toml(c):
    k = c["k"]
    path = ch(["config.toml", ".streamlit/secrets.toml", "settings.toml", "fly.toml", "%s.toml" % app_name()])
    if path == "fly.toml":
        L = ['app = "%s"' % app_name(), 'primary_region = "%s"' % ch(["ams", "iad", "fra", "syd"]), "", "[build]", '  dockerfile = "Dockerfile"', "", "[env]",
             '  TZ = "%s"' % tz()]
        if c["idval"]:
            L.append('  %s = "%s"' % (IDN(c, "scream"), c["idval"]))
        L.append("  %s = %s" % (NM(c, "scream"), S(c, "toml")))
        L += ["", "[[services]]", "  internal_port = %d" % port(), '  protocol = "tcp"']
        return path, "toml", "\n".join(L) + "\n"
    L = ["[app]", 'name = "%s"' % app_name(), "debug = %s" % ch(["true", "false"]), "", "[%s]" % k["prov"], 'base_url = "%s"' % k["base"]]
    if c["idval"]:
        L.append('%s = "%s"' % ("_".join(c["idtok"][1:]), c["idval"]))
    if c["user"]:
        L.append('username = "%s"' % c["user"])
    L.append("%s = %s" % (NM(c, "snake"), S(c, "toml")))
    L += ["", "[charts]", 'theme = "%s"' % ch(["dark", "light"]), "weeks = %d" % ch([4, 8, 12])]
    return path, "toml", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_ini(c):
    k = c["k"]
    path = ch(["config.ini", "settings.ini", "conf/%s.ini" % k["prov"], "%s.cfg" % app_name()])
    L = ["[DEFAULT]", "timezone = %s" % tz(), "loglevel = INFO", "", "[%s]" % k["prov"], "base_url = %s" % k["base"]]
    if c["idval"]:
        L.append("%s = %s" % ("_".join(c["idtok"][1:]), c["idval"]))
    if c["user"]:
        L.append("username = %s" % c["user"])
    L.append("%s = %s" % (NM(c, "snake"), S(c, "ini")))
    L += ["", "[database]", "path = ~/.local/share/%s/db.sqlite" % app_name()]
    return path, "ini", "\n".join(L) + "\n"


@tpl(nohow=("sign", "compare"))
def t_android_xml(c):
    path = ch(["app/src/main/res/values/secrets.xml", "app/src/main/res/values/api_keys.xml", "app/src/main/res/values/config.xml"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % app_name().title(),
         '    <string name="health_permission_rationale">We use your heart rate to compute training zones.</string>']
    if c["idval"]:
        L.append('    <string name="%s" translatable="false">%s</string>' % (IDN(c, "snake"), c["idval"]))
    L.append('    <string name="%s" translatable="false">%s</string>' % (NM(c, "snake"), S(c, "xml")))
    L.append("</resources>")
    return path, "xml", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_php(c):
    k = c["k"]
    path = ch(["config/services.php", "config/%s.php" % k["prov"], "wp-content/plugins/club-feed/config.php"])
    L = ["<?php", "", "return ["]
    L += ["    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", ""]
    L.append("    '%s' => [" % k["prov"])
    if c["idval"]:
        L.append("        '%s' => '%s'," % ("_".join(c["idtok"][1:]), c["idval"]))
    if c["user"]:
        L.append("        'username' => '%s'," % c["user"])
    L.append("        '%s' => %s," % (NM(c, "snake"), E(c, "php")))
    L += ["        'base_url' => '%s'," % k["base"], "        'timeout' => %d," % ch([10, 20]), "    ],", "];"]
    return path, "php", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_ruby(c):
    k = c["k"]
    path = ch(["config/initializers/%s.rb" % k["prov"], "lib/%s_client.rb" % k["prov"], "config/initializers/fitness_apis.rb"])
    mod = fmt(k["prov"].split("_"), "pascal")
    L = ["# frozen_string_literal: true", "", "%s.configure do |config|" % mod, "  config.base_url = '%s'" % k["base"]]
    if c["idval"]:
        L.append("  config.%s = '%s'" % ("_".join(c["idtok"][1:]), c["idval"]))
    if c["user"]:
        L.append("  config.username = '%s'" % c["user"])
    L.append("  config.%s = %s" % (NM(c, "snake"), E(c, "rb")))
    L += ["  config.logger = Rails.logger", "  config.timeout = %d" % ch([10, 15]), "end"]
    return path, "ruby", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_java(c):
    k = c["k"]
    pkg = bundle_id()
    cls = ch(["WearableConfig", "ApiCredentials", "%sSettings" % fmt(k["prov"].split("_"), "pascal")])
    path = "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls)
    L = ["package %s;" % pkg, "", "public final class %s {" % cls, "", "    private %s() {}" % cls, "",
         '    public static final String BASE_URL = "%s";' % k["base"]]
    if c["idval"]:
        L.append('    public static final String %s = "%s";' % (IDN(c, "scream"), c["idval"]))
    if c["user"]:
        L.append('    public static final String USERNAME = "%s";' % c["user"])
    L.append("    public static final String %s = %s;" % (NM(c, "scream"), E(c, "java")))
    L += ["    public static final int PAGE_SIZE = %d;" % ch([50, 100, 200]), "}"]
    return path, "java", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_rust(c):
    k = c["k"]
    path = ch(["src/main.rs", "src/config.rs", "src/%s.rs" % k["prov"]])
    e = E(c, "rs")
    L = ["use std::time::Duration;", "", 'const BASE_URL: &str = "%s";' % k["base"]]
    if c["idval"]:
        L.append('const %s: &str = "%s";' % (IDN(c, "scream"), c["idval"]))
    if e.startswith('"'):
        L.append("const %s: &str = %s;" % (NM(c, "scream"), e))
        getter = NM(c, "scream")
    else:
        L += ["", "fn %s() -> String {" % NM(c, "snake"), "    %s" % e.replace("?", ""), "}"]
        getter = "&%s()" % NM(c, "snake")
    L += ["", "pub fn client() -> reqwest::blocking::Client {", "    reqwest::blocking::Client::builder()",
          "        .timeout(Duration::from_secs(%d))" % ch([10, 30]), "        .build()", '        .expect("http client")', "}", "",
          "pub fn url(path: &str) -> String {", '    format!("{}/{}", BASE_URL, path)', "}", "",
          "pub fn auth_value() -> &'static str {" if e.startswith('"') else "pub fn auth_value() -> String {",
          "    %s" % (getter if e.startswith('"') else getter.lstrip("&")), "}"]
    return path, "rust", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_dockerfile(c):
    path = ch(["Dockerfile", "docker/sync.Dockerfile", "worker/Dockerfile"])
    L = ["FROM python:3.12-slim", "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
         "COPY . .", "", "ENV PYTHONUNBUFFERED=1 \\", "    TZ=%s" % tz()]
    if c["idval"]:
        L.append("ENV %s=%s" % (IDN(c, "scream"), c["idval"]))
    L.append("ENV %s=%s" % (NM(c, "scream"), S(c, "docker")))
    L += ["", 'CMD ["python", "-m", "sync", "--loop"]']
    return path, "dockerfile", "\n".join(L) + "\n"


@tpl(nohow=("sign", "compare"))
def t_xcconfig(c):
    path = ch(["Config/Secrets.xcconfig", "Configs/Release.xcconfig", "%s/Debug.xcconfig" % app_name().capitalize()])
    L = ["// Configuration settings file format documentation can be found at:", "// https://help.apple.com/xcode/#/dev745c5c974", "",
         "PRODUCT_BUNDLE_IDENTIFIER = %s" % bundle_id(), "MARKETING_VERSION = %d.%d" % (ri(1, 5), ri(0, 9)),
         "API_HOST = api.%s.app" % app_name()]
    if c["idval"]:
        L.append("%s = %s" % (IDN(c, "scream"), c["idval"]))
    L.append("%s = %s" % (NM(c, "scream"), S(c, "xcconfig")))
    return path, "xcconfig", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_tfvars(c):
    k = c["k"]
    path = ch(["infra/terraform.tfvars", "terraform/prod.tfvars", "infra/envs/staging.auto.tfvars"])
    L = ['project_id  = "%s"' % ch(["stride-prod", "pulse-app-4411", "rideops"]), 'region      = "%s"' % ch(["europe-west1", "us-central1", "eu-central-1"]),
         'environment = "%s"' % ch(["prod", "staging"]), ""]
    if c["idval"]:
        L.append('%s = "%s"' % (IDN(c, "snake"), c["idval"]))
    L.append("%s = %s" % (NM(c, "snake"), S(c, "hcl")))
    L += ["", "scheduler_cron = \"%d */%d * * *\"" % (ri(0, 59), ch([1, 2, 6]))]
    return path, "hcl", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_vscode_launch(c):
    path = ".vscode/launch.json"
    env = []
    if c["idval"]:
        env.append((IDN(c, "scream"), json.dumps(c["idval"])))
    if c["user"]:
        env.append(("%s_USERNAME" % c["k"]["prov"].upper(), json.dumps(c["user"])))
    env.append((NM(c, "scream"), S(c, "json")))
    env.append(("LOG_LEVEL", '"debug"'))
    L = ["{", '  "version": "0.2.0",', '  "configurations": [', "    {", '      "name": "Sync (debug)",', '      "type": "%s",' % ch(["debugpy", "node"]),
         '      "request": "launch",', '      "program": "${workspaceFolder}/%s",' % ch(["scripts/sync.py", "src/server.js"]), '      "env": {']
    L.append(",\n".join('        "%s": %s' % (a, b) for a, b in env))
    L += ["      }", "    }", "  ]", "}"]
    return path, "json", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_jest_setup(c):
    path = ch(["test/setup.js", "jest.setup.js", "tests/setupEnv.js", "e2e/env.setup.js"])
    L = ["// Loaded by jest before every test file", "process.env.TZ = 'UTC';", "process.env.NODE_ENV = 'test';"]
    if c["idval"]:
        L.append("process.env.%s = '%s';" % (IDN(c, "scream"), c["idval"]))
    e = E(c, "js")
    if not c["pos"] and c["mode"] == "env":
        e = "process.env.CI_%s || ''" % c["env"]
    L.append("process.env.%s = %s;" % (NM(c, "scream"), e.replace("await ", "")))
    L += ["", "jest.setTimeout(%d);" % ch([10000, 20000, 30000])]
    return path, "javascript", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_postman_env(c):
    k = c["k"]
    path = ch(["postman/%s.postman_environment.json" % k["prov"], "docs/postman/dev.postman_environment.json"])
    vals = [{"key": "baseUrl", "value": k["base"], "type": "default", "enabled": True}]
    if c["idval"]:
        vals.append({"key": IDN(c, "camel"), "value": c["idval"], "type": "default", "enabled": True})
    if c["user"]:
        vals.append({"key": "username", "value": c["user"], "type": "default", "enabled": True})
    sv = c["val"] if (c["pos"] or c["mode"] != "env") else "{{%s}}" % c["env"]
    vals.append({"key": NM(c, "camel"), "value": sv, "type": "secret", "enabled": True})
    d = {"id": uuid4(), "name": "%s dev" % k["disp"], "values": vals, "_postman_variable_scope": "environment",
         "_postman_exported_at": "%d-%02d-%02dT10:%02d:11.000Z" % (ri(2022, 2025), ri(1, 12), ri(1, 28), ri(0, 59)),
         "_postman_exported_using": "Postman/10.%d.%d" % (ri(0, 24), ri(0, 9))}
    return path, "json", json.dumps(d, indent=2) + "\n"


@tpl(hows=("sign",), pem=True)
def t_p8_file(c):
    kid = c["idval"] or rs(UPNUM, 10)
    path = ch(["keys/AuthKey_%s.p8" % kid, "AuthKey_%s.p8" % kid, "server/certs/AuthKey_%s.p8" % kid, "secrets/apns.p8"])
    if c["pos"] or "\n" in (c["val"] or ""):
        return path, "p8", c["val"] + "\n"
    L = ["-----BEGIN PRIVATE KEY-----", (c["val"] if c["mode"] not in ("env", "empty") else "<paste the key downloaded from App Store Connect>") or "<paste key here>",
         "-----END PRIVATE KEY-----", "", "# Placeholder only. The real AuthKey_%s.p8 is injected by CI (%s)." % (kid, c["env"]),
         "# Never commit the downloaded key; Apple lets you download it once."]
    return path, "p8", "\n".join(L) + "\n"


@tpl(nohow=("sign",))
def t_dart(c):
    k = c["k"]
    path = ch(["lib/env.dart", "lib/config/api_keys.dart", "lib/services/%s_service.dart" % k["prov"]])
    L = ["// ignore_for_file: constant_identifier_names", "", "class %s {" % ch(["Env", "ApiKeys", "AppConfig"]),
         "  static const baseUrl = '%s';" % k["base"]]
    if c["idval"]:
        L.append("  static const %s = '%s';" % (IDN(c, "camel"), c["idval"]))
    if c["user"]:
        L.append("  static const username = '%s';" % c["user"])
    if not c["pos"] and c["mode"] == "env":
        L.append("  static const %s = String.fromEnvironment('%s');" % (NM(c, "camel"), c["env"]))
    else:
        L.append("  static const %s = '%s';" % (NM(c, "camel"), c["val"]))
    L += ["  static const syncDays = %d;" % ch([7, 14, 30]), "}"]
    return path, "dart", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Domain look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------
DOMAIN_TEMPLATES = []


def dtpl(prov, kind):
    def deco(fn):
        fn.prov = prov
        fn.kind = kind
        DOMAIN_TEMPLATES.append(fn)
        return fn
    return deco


CITIES = [(52.0907, 5.1214), (40.0150, -105.2705), (41.9794, 2.8214), (-33.8688, 151.2093), (47.3769, 8.5417),
          (37.7749, -122.4194), (51.5072, -0.1276), (35.6762, 139.6503), (38.7223, -9.1393), (45.5017, -73.5673)]


def gps_track(n=None):
    lat, lng = ch(CITIES)
    lat += G.rng.uniform(-0.05, 0.05)
    lng += G.rng.uniform(-0.05, 0.05)
    n = n or ri(20, 70)
    pts = []
    hd = G.rng.uniform(0, 6.28)
    for _ in range(n):
        hd += G.rng.uniform(-0.5, 0.5)
        step = G.rng.uniform(0.0004, 0.0016)
        lat += step * math.cos(hd)
        lng += step * math.sin(hd)
        pts.append((round(lat, 5), round(lng, 5)))
    return pts


def enc_polyline(pts):
    out = []
    plat = plng = 0
    for lat, lng in pts:
        ilat, ilng = int(round(lat * 1e5)), int(round(lng * 1e5))
        for d in (ilat - plat, ilng - plng):
            v = ~(d << 1) if d < 0 else (d << 1)
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1f)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plng = ilat, ilng
    return "".join(out)


def activity_id():
    return ri(9000000000, 13999999999)


def athlete_id():
    return ri(100000, 149999999)


def sha1h():
    return hashlib.sha1(bytes(G.rng.randrange(256) for _ in range(32))).hexdigest()


def sha256h():
    return hashlib.sha256(bytes(G.rng.randrange(256) for _ in range(32))).hexdigest()


def garmin_serial():
    return str(ri(3300000000, 3999999999))


@dtpl("strava", "activity_export_polyline")
def d_strava_activity(c=None):
    pts = gps_track()
    poly = enc_polyline(pts)
    aid = activity_id()
    d = {"id": aid, "resource_state": 2, "athlete": {"id": athlete_id(), "resource_state": 1},
         "name": ch(["Morning Ride", "Lunch Run", "Evening Ride", "Zwift - Watopia", "Long Run"]),
         "distance": round(G.rng.uniform(3000, 120000), 1), "moving_time": ri(900, 18000), "type": ch(["Ride", "Run", "VirtualRide"]),
         "start_date": "%d-%02d-%02dT%02d:%02d:00Z" % (ri(2022, 2025), ri(1, 12), ri(1, 28), ri(5, 20), ri(0, 59)),
         "gear_id": "b%d" % ri(1000000, 99999999), "external_id": "garmin_ping_%d" % ri(100000000, 999999999),
         "upload_id": ri(9000000000, 14000000000), "upload_id_str": None,
         "map": {"id": "a%d" % aid, "summary_polyline": poly, "resource_state": 2},
         "average_heartrate": round(G.rng.uniform(120, 165), 1), "max_heartrate": ri(160, 195), "device_name": ch(["Garmin Edge 530", "Garmin Forerunner 255", "Wahoo ELEMNT BOLT"])}
    d["upload_id_str"] = str(d["upload_id"])
    path = ch(["fixtures/strava/activity_%d.json" % aid, "tests/data/activity.json", "data/raw/%d.json" % aid])
    return path, "json", json.dumps(d, indent=2) + "\n"


@dtpl("strava", "polyline_test_vectors")
def d_polyline_test(c=None):
    path = ch(["tests/test_polyline.py", "tests/unit/test_geo.py", "map/test_decode.py"])
    L = ["import pytest", "", "from app.geo import decode_polyline, encode_polyline", "", "CASES = ["]
    for _ in range(ri(2, 4)):
        pts = gps_track(ri(3, 6))
        L.append("    (%s, %s)," % (json.dumps(enc_polyline(pts)), json.dumps([list(p) for p in pts])))
    L += ["]", "", "", '@pytest.mark.parametrize("encoded,expected", CASES)', "def test_roundtrip(encoded, expected):",
          "    assert decode_polyline(encoded) == [tuple(p) for p in expected]", "    assert encode_polyline(expected) == encoded"]
    return path, "python", "\n".join(L) + "\n"


@dtpl("garmin", "fit_file_hashes")
def d_fit_manifest(c=None):
    path = ch(["data/fit_manifest.csv", "exports/garmin/manifest.csv", "archive/index.csv"])
    L = ["filename,sha1,sha256,bytes,device_serial"]
    ser = garmin_serial()
    for _ in range(ri(5, 14)):
        L.append("%d_ACTIVITY.fit,%s,%s,%d,%s" % (activity_id(), sha1h(), sha256h(), ri(40000, 900000), ser))
    return path, "csv", "\n".join(L) + "\n"


@dtpl("fitbit", "heart_rate_arrays")
def d_hr_notebook(c=None):
    path = ch(["notebooks/hr_analysis.ipynb", "analysis/resting_hr.ipynb", "hrv_weekly.ipynb"])
    hr = hr_series(24)
    uid = fitbit_user_id()
    cells = [nb_cell("markdown", ["# Resting HR trend\n", "Data pulled with the sync job (token comes from the keyring)."]),
             nb_cell("code", ["import json, statistics\n", "hr = %s\n" % json.dumps(hr), 'USER_ID = "%s"\n' % uid, "statistics.mean(hr)"],
                     [{"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": ["%.3f" % (sum(hr) / len(hr))]}}], 1),
             nb_cell("code", ["zones = [sum(1 for h in hr if lo <= h < hi) for lo, hi in [(0,114),(114,133),(133,152),(152,171),(171,250)]]\n", "zones"],
                     [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": [json.dumps([ri(0, 9) for _ in range(5)])]}}], 2),
             nb_cell("code", ["hrv_ms = %s\n" % json.dumps([round(G.rng.uniform(25, 95), 1) for _ in range(14)]), "max(hrv_ms)"], [], 3)]
    return path, "ipynb", nb_dump(cells)


@dtpl("generic", "workout_uuids_seed")
def d_workouts_sql(c=None):
    path = ch(["db/seeds/002_workouts.sql", "seeds/workouts.sql", "test/fixtures/workouts.sql"])
    L = ["-- sample workouts for local development", "INSERT INTO workouts (id, athlete_id, source, external_id, started_at, polyline) VALUES"]
    rows = []
    for _ in range(ri(3, 7)):
        rows.append("  ('%s', %d, '%s', '%s', '%d-%02d-%02d 0%d:15:00+00', '%s')" % (
            uuid4(), athlete_id(), ch(["strava", "garmin", "apple_health", "polar"]), ch([str(activity_id()), uuid4().upper()]),
            ri(2023, 2025), ri(1, 12), ri(1, 28), ri(5, 9), enc_polyline(gps_track(ri(5, 12))).replace("'", "''")))
    L.append(",\n".join(rows) + ";")
    return path, "sql", "\n".join(L) + "\n"


@dtpl("fitbit", "user_ids_public_client_id")
def d_fitbit_users(c=None):
    path = ch(["config/fitbit_users.yaml", "team/roster.yml", "fitbit/athletes.yaml"])
    L = ["# Fitbit encoded user ids of the pilot group (not secret, appear in every API URL)", "fitbit:",
         "  client_id: %s   # public OAuth client id" % ch(["227G5L", fitbit_client_id()]),
         "  token_store: keyring", "  users:"]
    for _ in range(ri(3, 8)):
        L += ["    - name: %s" % ch(["kai", "maria", "lena", "tom", "ana", "rui", "yuki"]), "      user_id: %s" % fitbit_user_id(),
              "      tracker: %s" % ch(["Charge 6", "Sense 2", "Inspire 3", "Pixel Watch 2"])]
    return path, "yaml", "\n".join(L) + "\n"


@dtpl("garmin", "device_serials")
def d_garmin_devices(c=None):
    path = ch(["data/devices.json", "inventory/garmin_units.json", "fixtures/garmin/devices.json"])
    devs = []
    for _ in range(ri(2, 6)):
        devs.append({"unitId": int(garmin_serial()), "productDisplayName": ch(["Forerunner 965", "Edge 1040", "fenix 7", "Venu 3", "HRM-Pro Plus"]),
                     "serialNumber": rs(UPNUM, 3) + rs(DIG, 6), "softwareVersion": "%d.%02d" % (ri(10, 25), ri(0, 99)),
                     "deviceUUID": uuid4(), "primaryActivityTracker": coin()})
    return path, "json", json.dumps({"userProfileId": ri(10000000, 99999999), "devices": devs}, indent=2) + "\n"


@dtpl("terra", "public_dev_id")
def d_terra_config(c=None):
    path = ch(["src/terra.ts", "lib/terra/client.ts", "server/integrations/terra.ts"])
    L = ["import Terra from 'terra-api';", "", "// dev-id is a public identifier (Terra docs: not sensitive); the API key lives in the secret store.",
         "export const TERRA_DEV_ID = '%s';" % terra_dev_id(), "",
         "export const terra = new Terra(TERRA_DEV_ID, process.env.TERRA_API_KEY!, process.env.TERRA_SIGNING_SECRET!);", "",
         "export const REFERENCE_PREFIX = 'athlete-';", "export const PROVIDERS = ['GARMIN', 'FITBIT', 'OURA', 'WHOOP', 'POLAR'];"]
    return path, "typescript", "\n".join(L) + "\n"


@dtpl("generic", "i18n_strings")
def d_i18n(c=None):
    lang = ch(["de", "fr", "es", "nl", "pt", "en"])
    path = ch(["locales/%s.json" % lang, "src/i18n/%s/settings.json" % lang, "public/locales/%s/common.json" % lang])
    S_ = {"de": ["Client-Secret", "API-Schlüssel eingeben", "Token abgelaufen, bitte neu verbinden", "Passwort"],
          "fr": ["Secret client", "Saisissez votre clé API", "Jeton expiré, reconnectez-vous", "Mot de passe"],
          "es": ["Secreto del cliente", "Introduce tu clave de API", "El token ha caducado", "Contraseña"],
          "nl": ["Clientgeheim", "Voer je API-sleutel in", "Token verlopen, opnieuw koppelen", "Wachtwoord"],
          "pt": ["Segredo do cliente", "Insira sua chave de API", "Token expirado", "Senha"],
          "en": ["Client secret", "Paste your API key", "Token expired, please reconnect", "Password"]}[lang]
    d = {"settings": {"integrations": {"strava": {"clientSecret": S_[0], "apiKeyPlaceholder": S_[1], "tokenExpired": S_[2]},
                                       "zwift": {"password": S_[3], "passwordHint": "••••••••"}},
                      "units": {"km": "km", "bpm": "bpm"}}}
    return path, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@dtpl("generic", "npm_integrity_hashes")
def d_package_lock(c=None):
    path = "package-lock.json"
    pk = {"": {"name": app_name(), "version": "1.%d.0" % ri(0, 9)}}
    for name in ["node_modules/%s" % n for n in G.rng.sample(["fit-file-parser", "polyline", "express", "axios", "strava-v3", "date-fns", "zod"], 4)]:
        pk[name] = {"version": "%d.%d.%d" % (ri(0, 5), ri(0, 20), ri(0, 9)), "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name.split("/")[-1], name.split("/")[-1]),
                    "integrity": "sha512-" + base64.b64encode(bytes(G.rng.randrange(256) for _ in range(64))).decode()}
    return path, "json", json.dumps({"name": app_name(), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@dtpl("generic", "changelog_commit_shas")
def d_changelog(c=None):
    path = ch(["CHANGELOG.md", "docs/CHANGELOG.md"])
    L = ["# Changelog", ""]
    for i in range(ri(3, 6)):
        L += ["## %d.%d.%d" % (1, 9 - i, ri(0, 5)), ""]
        for _ in range(ri(1, 3)):
            L.append("- %s ([%s](https://github.com/%s/%s/commit/%s))" % (
                ch(["Fix Strava token refresh race", "Add Oura sleep stages", "Handle Garmin backfill 429s", "Parse FIT developer fields", "Polar exercise upsert"]),
                sha1h()[:7], ch(["peakform", "kai"]), app_name(), sha1h()))
        L.append("")
    return path, "markdown", "\n".join(L)


@dtpl("whoop", "webhook_fixture_signature")
def d_webhook_fixture(c=None):
    path = ch(["tests/fixtures/whoop_webhook.json", "test/fixtures/whoop_event.json", "fixtures/webhooks/recovery.updated.json"])
    body = {"user_id": ri(10000, 999999), "id": uuid4(), "type": ch(["recovery.updated", "workout.updated", "sleep.updated"]), "trace_id": uuid4()}
    raw = json.dumps(body, separators=(",", ":"))
    sig = base64.b64encode(hashlib.sha256(raw.encode() + bytes(G.rng.randrange(256) for _ in range(8))).digest()).decode()
    d = {"headers": {"X-WHOOP-Signature": sig, "X-WHOOP-Signature-Timestamp": str(ri(1700000000000, 1735000000000)), "Content-Type": "application/json"},
         "body": body, "_note": "signature computed with the test secret from tests/conftest.py (env WHOOP_TEST_SECRET)"}
    return path, "json", json.dumps(d, indent=2) + "\n"


@dtpl("apple", "jwks_public_keys")
def d_apple_jwks(c=None):
    path = ch(["tests/fixtures/apple_jwks.json", "cache/apple_auth_keys.json"])
    keys = []
    for _ in range(ri(2, 3)):
        keys.append({"kty": "RSA", "kid": rs(ALNUM, 10), "use": "sig", "alg": "RS256",
                     "n": b64u(bytes(G.rng.randrange(256) for _ in range(256))), "e": "AQAB"})
    return path, "json", json.dumps({"keys": keys}, indent=2) + "\n"


@dtpl("apple", "key_and_team_ids")
def d_fastlane(c=None):
    path = ch(["fastlane/Appfile", "fastlane/Fastfile"])
    L = ['app_identifier("%s")' % bundle_id(), 'apple_id("%s")' % email(), 'team_id("%s")' % rs(UPNUM, 10), "",
         "# App Store Connect API key: id + issuer are identifiers; the .p8 comes from CI secrets",
         "ENV[\"ASC_KEY_ID\"] ||= \"%s\"" % rs(UPNUM, 10), "ENV[\"ASC_ISSUER_ID\"] ||= \"%s\"" % uuid4(),
         "ENV[\"ASC_KEY_PATH\"] ||= \"#{ENV['RUNNER_TEMP']}/AuthKey.p8\""]
    return path, "ruby", "\n".join(L) + "\n"


@dtpl("generic", "image_digests")
def d_compose_digests(c=None):
    path = ch(["docker-compose.yml", "deploy/compose.prod.yaml"])
    L = ["services:", "  api:", "    image: ghcr.io/%s/%s@sha256:%s" % (ch(["peakform", "acme"]), app_name(), sha256h()),
         "    environment:", "      STRAVA_CLIENT_ID: ${STRAVA_CLIENT_ID}", "      STRAVA_CLIENT_SECRET: ${STRAVA_CLIENT_SECRET}",
         "      OURA_TOKEN_FILE: /run/secrets/oura_pat", "    secrets:", "      - oura_pat",
         "  db:", "    image: postgres@sha256:%s" % sha256h(), "secrets:", "  oura_pat:", "    external: true"]
    return path, "yaml", "\n".join(L) + "\n"


@dtpl("generic", "pinned_action_shas")
def d_gha_pinned(c=None):
    path = ".github/workflows/%s.yml" % ch(["ci", "sync", "release"])
    L = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.1.7" % sha1h(), "      - uses: actions/setup-node@%s # v4" % sha1h(),
         "      - run: npm ci", "      - run: npm test", "        env:", "          STRAVA_CLIENT_SECRET: ${{ secrets.STRAVA_CLIENT_SECRET }}",
         "          TERRA_API_KEY: ${{ secrets.TERRA_API_KEY }}", "          TERRA_DEV_ID: %s" % terra_dev_id()]
    return path, "github-actions", "\n".join(L) + "\n"


@dtpl("strava", "hmac_test_vectors")
def d_hmac_vectors(c=None):
    path = ch(["internal/webhook/verify_test.go", "webhook/signature_test.go"])
    key = ch(["test-secret", "not-a-real-secret", "fixture-key"])
    cases = []
    for _ in range(ri(2, 3)):
        body = json.dumps({"object_id": activity_id(), "aspect_type": ch(["create", "update"]), "owner_id": athlete_id()}, separators=(",", ":"))
        cases.append((body, hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()))
    L = ["package webhook", "", "import \"testing\"", "", "// Vectors computed with a throwaway key, see README.", 'const testKey = "%s"' % key, "",
         "func TestVerify(t *testing.T) {", "\tcases := []struct{ body, sig string }{"]
    for b, s in cases:
        L.append("\t\t{`%s`, \"%s\"}," % (b, s))
    L += ["\t}", "\tfor _, c := range cases {", "\t\tif !Verify([]byte(testKey), []byte(c.body), c.sig) {", '\t\t\tt.Fatalf("bad sig for %s", c.body)', "\t\t}", "\t}", "}"]
    return path, "go", "\n".join(L) + "\n"


@dtpl("strava", "segment_ids")
def d_segments_csv(c=None):
    path = ch(["data/segments.csv", "club/kom_board.csv"])
    L = ["segment_id,name,athlete_id,activity_id,elapsed_s,avg_watts"]
    for _ in range(ri(5, 12)):
        L.append("%d,%s,%d,%d,%d,%d" % (ri(600000, 39999999), ch(["Col de la Madone", "Box Hill", "Flagstaff", "Hawk Hill", "Els Angels"]),
                                        athlete_id(), activity_id(), ri(300, 3600), ri(180, 420)))
    return path, "csv", "\n".join(L) + "\n"


@dtpl("google_fit", "health_connect_record_ids")
def d_kotlin_hc(c=None):
    pkg = bundle_id()
    path = "app/src/test/java/%s/HealthConnectMapperTest.kt" % pkg.replace(".", "/")
    L = ["package %s" % pkg, "", "import org.junit.Assert.assertEquals", "import org.junit.Test", "", "class HealthConnectMapperTest {"]
    for i in range(ri(2, 3)):
        L += ["    @Test", "    fun maps_record_%d() {" % i, '        val rec = fakeRecord(id = "%s", origin = "%s")' % (uuid4(), ch(["com.fitbit.FitbitMobile", "com.google.android.apps.fitness", "com.garmin.android.apps.connectmobile"])),
              '        assertEquals("%s", mapper.map(rec).clientRecordId)' % sha1h()[:16], "    }", ""]
    L.append("}")
    return path, "kotlin", "\n".join(L) + "\n"


@dtpl("apple", "plist_no_secret")
def d_plist_clean(c=None):
    path = ch(["App/Info.plist", "WatchApp/Info.plist"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>CFBundleIdentifier</key>", "\t<string>%s</string>" % bundle_id(),
         "\t<key>WKCompanionAppBundleIdentifier</key>", "\t<string>%s</string>" % bundle_id(),
         "\t<key>NSHealthShareUsageDescription</key>", "\t<string>Reads heart rate and workouts.</string>",
         "\t<key>AppGroupIdentifier</key>", "\t<string>group.%s</string>" % bundle_id(),
         "\t<key>BuildUUID</key>", "\t<string>%s</string>" % uuid4().upper(), "</dict>", "</plist>"]
    return path, "plist", "\n".join(L) + "\n"


@dtpl("generic", "env_example_placeholders")
def d_env_example(c=None):
    path = ch([".env.example", ".env.sample", "env.template", "config/.env.dist"])
    L = ["# Copy to .env and fill in", "STRAVA_CLIENT_ID=", "STRAVA_CLIENT_SECRET=<from https://www.strava.com/settings/api>",
         "STRAVA_REFRESH_TOKEN=", "OURA_PERSONAL_ACCESS_TOKEN=your-oura-token", "TERRA_DEV_ID=%s" % terra_dev_id(),
         "TERRA_API_KEY=changeme", "GARMIN_EMAIL=you@example.com", "GARMIN_PASSWORD=", "API_FOOTBALL_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
         "WEBHOOK_VERIFY_TOKEN=STRAVA"]
    rest = L[1:]
    G.rng.shuffle(rest)
    L = L[:1] + rest
    return path, "dotenv", "\n".join(L) + "\n"


@dtpl("generic", "ha_device_ids")
def d_ha_automation(c=None):
    path = ch(["automations.yaml", "homeassistant/automations.yaml"])
    L = []
    for i in range(ri(2, 3)):
        L += ["- id: '%d'" % ri(1600000000000, 1730000000000), "  alias: %s" % ch(["Low readiness lights", "Workout done notify", "Sleep score morning"]),
              "  trigger:", "  - platform: numeric_state", "    entity_id: sensor.oura_readiness", "    below: %d" % ri(55, 75),
              "  action:", "  - device_id: %s" % hexs(32), "    domain: mobile_app", "    type: notify",
              "    message: Take it easy today", "  mode: single"]
    return path, "yaml", "\n".join(L) + "\n"


@dtpl("apple", "healthkit_export_uuids")
def d_hk_export(c=None):
    path = ch(["samples/export.xml", "fixtures/apple_health_export.xml"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<HealthData locale=\"en_US\">"]
    for _ in range(ri(3, 6)):
        L.append(' <Workout workoutActivityType="HKWorkoutActivityType%s" duration="%.2f" durationUnit="min" sourceName="Apple Watch" sourceVersion="10.%d" creationDate="2024-0%d-1%d 07:%02d:00 +0100">' % (
            ch(["Running", "Cycling", "Swimming"]), G.rng.uniform(20, 120), ri(0, 5), ri(1, 9), ri(0, 9), ri(0, 59)))
        L.append('  <MetadataEntry key="HKExternalUUID" value="%s"/>' % uuid4().upper())
        L.append('  <MetadataEntry key="HKMetadataKeySyncIdentifier" value="%s"/>' % sha1h())
        L.append(" </Workout>")
    L.append("</HealthData>")
    return path, "xml", "\n".join(L) + "\n"


@dtpl("mindbody", "sandbox_site_id")
def d_mindbody_sandbox(c=None):
    path = ch(["gym/mindbody.py", "integrations/mindbody/client.py"])
    L = ["import os", "", "import requests", "", "# -99 is the Mindbody sandbox site documented for developers", "SITE_ID = %s" % ch(['"-99"', "-99"]),
         'BASE = "https://api.mindbodyonline.com/public/v6"', "", "", "def classes(start, end):",
         '    headers = {"Api-Key": os.environ["MINDBODY_API_KEY"], "SiteId": str(SITE_ID)}',
         '    r = requests.get(f"{BASE}/class/classes", headers=headers, params={"StartDateTime": start, "EndDateTime": end}, timeout=15)',
         "    r.raise_for_status()", '    return r.json()["Classes"]']
    return path, "python", "\n".join(L) + "\n"


@dtpl("strava", "athlete_activity_ids_go")
def d_go_ids(c=None):
    path = ch(["internal/strava/fixtures_test.go", "pkg/strava/ids_test.go"])
    L = ["package strava", "", "var testAthletes = map[string]int64{"]
    for n in G.rng.sample(["kai", "maria", "lena", "tom", "ana", "rui"], 3):
        L.append('\t"%s": %d,' % (n, athlete_id()))
    L += ["}", "", "var testActivities = []int64{%s}" % ", ".join(str(activity_id()) for _ in range(4)), "",
          'const testGearID = "g%d"' % ri(1000000, 99999999), 'const testClientID = "%s" // public app id' % strava_client_id()]
    return path, "go", "\n".join(L) + "\n"


@dtpl("google_fit", "public_oauth_client_id")
def d_google_strings(c=None):
    path = ch(["app/src/main/res/values/strings.xml", "android/app/src/main/res/values/strings.xml"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % app_name().title(),
         "    <!-- OAuth client id is public; the web client secret stays on the server -->",
         '    <string name="default_web_client_id" translatable="false">%s</string>' % google_client_id(),
         '    <string name="fit_scope_activity">https://www.googleapis.com/auth/fitness.activity.read</string>', "</resources>"]
    return path, "xml", "\n".join(L) + "\n"


@dtpl("garmin", "gpx_track")
def d_gpx(c=None):
    path = ch(["routes/%s.gpx" % ch(["sunday_loop", "tempo_route", "commute"]), "data/tracks/activity_%d.gpx" % activity_id()])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1">',
         "  <metadata><name>%s</name><link href=\"connect.garmin.com\"/></metadata>" % ch(["Sunday Loop", "Tempo"]), "  <trk>", "    <trkseg>"]
    for lat, lng in gps_track(ri(8, 20)):
        L.append('      <trkpt lat="%.5f" lon="%.5f"><ele>%.1f</ele><extensions><hr>%d</hr></extensions></trkpt>' % (lat, lng, G.rng.uniform(0, 900), ri(90, 180)))
    L += ["    </trkseg>", "  </trk>", "</gpx>"]
    return path, "gpx", "\n".join(L) + "\n"


@dtpl("generic", "requirements_hashes")
def d_requirements(c=None):
    path = ch(["requirements.txt", "requirements/prod.txt"])
    L = ["# generated by pip-compile --generate-hashes"]
    for p in G.rng.sample(["stravalib==1.6", "garminconnect==0.2.19", "fitparse==1.2.0", "requests==2.32.3", "polyline==2.0.2", "pandas==2.2.2"], 4):
        L += ["%s \\" % p, "    --hash=sha256:%s \\" % sha256h(), "    --hash=sha256:%s" % sha256h()]
    return path, "requirements", "\n".join(L) + "\n"


@dtpl("garmin", "fit_upload_checksum_script")
def d_fit_shell(c=None):
    path = ch(["scripts/dedupe_fit.sh", "bin/checksum_uploads.sh"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "# Skip FIT files we already uploaded (by sha1)", "KNOWN=("]
    for _ in range(ri(3, 6)):
        L.append("  %s  # %d_ACTIVITY.fit" % (sha1h(), activity_id()))
    L += [")", 'for f in "$1"/*.fit; do', '  sum=$(sha1sum "$f" | cut -d" " -f1)', '  [[ " ${KNOWN[*]} " == *" $sum "* ]] && continue',
          '  echo "new: $f"', "done"]
    return path, "shell", "\n".join(L) + "\n"


@dtpl("polar", "documented_example_config")
def d_polar_doc(c=None):
    path = ch(["config.yml.example", "accesslink/config.example.yml"])
    L = ["# Fill in your client id and secret from https://admin.polaraccesslink.com (values below are the docs' examples)",
         "client_id: 57a715f8-b7e8-11e7-abc4-cec278b6b50a", "client_secret: 62c54f4a-b7e8-11e7-abc4-cec278b6b50a",
         "redirect_url: http://localhost:5000/oauth2_callback", "", "# filled in by the authorization flow", "user_id:", "access_token:"]
    return path, "yaml", "\n".join(L) + "\n"


@dtpl("sportradar", "swift_fixture_ids")
def d_swift_ids(c=None):
    path = ch(["Tests/%sTests/FixtureTests.swift" % app_name().capitalize(), "Tests/MatchFeedTests.swift"])
    L = ["import XCTest", "@testable import MatchFeed", "", "final class FixtureTests: XCTestCase {"]
    for i in range(ri(2, 3)):
        L += ["    func testDecode%d() throws {" % i, '        let id = "sr:sport_event:%d"' % ri(40000000, 59999999),
              '        let workout = UUID(uuidString: "%s")!' % uuid4().upper(), '        XCTAssertEqual(try decode(id).competitor, "sr:competitor:%d")' % ri(1000, 999999),
              "        XCTAssertNotNil(workout)", "    }"]
    L.append("}")
    return path, "swift", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def pick_kind():
    return G.rng.choices(KINDS, [k["weight"] for k in KINDS])[0]


def render_slot(positive):
    for _ in range(50):
        k = pick_kind()
        c = make_ctx(k, positive)
        cands = [t for t in SLOT_TEMPLATES if accepts(t, c)]
        if not cands:
            continue
        t = ch(cands)
        if k["how"] == "sign" and coin(0.3):
            t = t_p8_file
        path, ft, text = t(c)
        return c, t.__name__, path, ft, text
    raise RuntimeError("no template")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cw.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    G.rng = random.Random(seed)
    manifest, secrets = [], []
    pos_needles = []
    neg_texts = []
    files = []
    for i in range(N_POS):
        c, tname, path, ft, text = render_slot(True)
        needle = c["needle"]
        idx = text.find(needle)
        if idx < 0:
            raise RuntimeError("needle missing in %s (%s)" % (tname, c["k"]["kind"]))
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        line = text[:idx].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": c["k"]["prov"], "kind": c["k"]["kind"], "filetype": ft,
                         "template": tname, "naming": "obvious" if c["obvious"] else "neutral"})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_needles.append(needle)
    n_reuse = N_NEG // 2
    dom = list(DOMAIN_TEMPLATES)
    G.rng.shuffle(dom)
    for j in range(N_NEG):
        if j % 2 == 0 and n_reuse > 0:
            n_reuse -= 1
            c, tname, path, ft, text = render_slot(False)
            prov, kind = c["k"]["prov"], "%s-%s" % (c["mode"], c["k"]["kind"])
        else:
            t = dom[(j // 2) % len(dom)]
            if (j // 2) % len(dom) == len(dom) - 1:
                G.rng.shuffle(dom)
            path, ft, text = t()
            tname, prov, kind = t.__name__, t.prov, "lookalike-" + t.kind
        rel = "neg/n%04d/%s" % (j, path)
        files.append((rel, text))
        neg_texts.append(text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})
    # self-check: no positive secret leaks into any negative
    for t in neg_texts:
        for nd in pos_needles:
            if len(nd) >= 8 and nd in t:
                raise RuntimeError("positive secret leaked into a negative")
    for rel, text in files:
        write(outdir, rel, text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
