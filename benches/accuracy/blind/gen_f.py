#!/usr/bin/env python3
"""gen_f.py -- blind evaluation-set generator for git pre-commit secret scanners.

Emphasis: LONG-TAIL providers (about 440 of them, none on the other generator's list) and their
credential formats as the providers publish them, placed in the files developers really commit.

Usage:  python3 gen_f.py OUTDIR SEED        (standard library only, deterministic per seed)

What it writes
--------------
OUTDIR/pos/pNNNN/<path>   600 positives. Each is one small realistic file holding exactly one
                          freshly generated credential (random body in the documented alphabet and
                          length, real prefix, real checksum where the format has one: Laravel
                          Sanctum CRC32 for Coolify, base62 CRC32 tail for NetBird, WireGuard key
                          clamping). The table has 449 credential kinds from 444 providers; every
                          documented/published (D/P) kind appears at least once per seed, 60% of the
                          inferred (I) kinds are drawn per seed, and the remaining slots are weighted
                          toward documented and prefixed formats (about 380 providers per seed).
                          Containers: shell exports and curl scripts, dotenv, YAML, JSON, TOML,
                          Python (settings, requests/SDK clients), JS, TS, Go, Java, .properties,
                          Kotlin, C#, appsettings.json, Ruby, PHP (Laravel/wp-config), Terraform
                          (tfvars and resources), Dockerfile, GitHub Actions, docker-compose, Helm
                          values, Kubernetes Secret, XML (Android strings, App.config), INI,
                          Markdown runbooks, Jupyter notebooks, Makefile, Rust, Swift, PowerShell,
                          MCP client configs (.cursor/mcp.json, .vscode/mcp.json, .mcp.json) and
                          provider-native files (.zuliprc, clearml.conf, wg0.conf, HERE
                          credentials.properties, Develocity keys.properties, gradle.properties,
                          pip.conf with a Gemfury token, rclone.conf, ebay.yaml, docker login
                          scripts for Harbor/OCIR, ...). Where a format has no distinctive prefix
                          the value sits under the provider's documented env var / SDK parameter.
OUTDIR/neg/nNNNN/<path>   400 negatives, no credential at all:
                          public_identifier (110; publishable/client keys the provider documents as
                          safe to expose -- Radar prj_live_pk_, Paddle client-side live_ tokens,
                          Statsig client-, DevCycle dvc_client_, GrowthBook sdk-, RevenueCat appl_/
                          goog_, Adyen client keys, Midtrans Mid-client-, Xendit xnd_public_,
                          Mercado Pago public keys, PubNub sub-c-/pub-c-, Ghost Content API keys,
                          Stream API keys, hCaptcha sitekeys and its published all-zero test secret,
                          NASA DEMO_KEY, WorkOS client ids, OCI OCIDs/fingerprints, account/project
                          ids, regions, endpoints), placeholder (55), env_lookup (70, ten languages),
                          ci_secret_ref (40: ${{ secrets.X }}, ${X:?}, secretKeyRef, existingSecret,
                          sensitive TF vars, GitLab masked vars), masked_log (35), prefix_prose (25:
                          "keys start with `tvly-`"), fake_fixture (35: all-zero / xxxx /
                          sequential / "test" values, VCR cassettes with <REDACTED> headers),
                          secret_reference (15: SOPS ENC[...], SealedSecret, ansible-vault,
                          ExternalSecret, ARNs, op:// refs), hash_digest (10), public_key (5:
                          WireGuard peer keys, OCI public PEM, JWKS, ZeroTier identity.public).
                          No negative uses a .env* file name.
OUTDIR/manifest.jsonl     {"file","label","provider","kind","filetype"} per case
OUTDIR/secrets.jsonl      {"file","needle","line"} per positive (needle = exact secret string;
                          for DSN/URL/host=key wrappers the needle is the secret part only)

At the end the script checks itself (exits non-zero on failure): counts; every manifest file exists;
each needle occurs exactly once in its file and on the recorded line; no negative contains any
positive needle; no negative matches any prefixed pattern used for positives, or any env-var-anchored
pattern of the unprefixed kinds, unless the match is obviously fake (zeros, xxxx, sequential, ...).

Sources of the formats (last column "src" of TABLE in the code)
--------------------------------------------------------------
D = the provider's own documentation states the format.
    Checked against the provider docs while writing this generator: Tavily (tvly- keys),
    Firecrawl (fc- keys), E2B (e2b_ + 40 hex; the SDK's own validation message), Paddle Billing
    (pdl_live_apikey_<ULID>_<22>_<3> API keys; client-side tokens live_/test_ documented as safe to
    publish), Radar (prj_live_sk_/prj_test_sk_ secret vs prj_live_pk_ publishable), Cal.com (cal_live_),
    Tinybird (static tokens start with "p."), Inngest (signing keys start with signkey-), Statsig
    (client keys documented as non-secret; key types), DevCycle (client vs server SDK keys).
    From provider docs, known before this session: Modal (token id ak-/secret as-), DeepL (":fx"
    suffix for Free keys), Cypress Cloud record key (UUID), AppSignal push key (UUID), Zulip
    (zuliprc), Pushover (30-char tokens), ntfy (tk_ + 29), Klaviyo (private keys pk_), CoinMarketCap
    (UUID in X-CMC_PRO_API_KEY), FRED (32 lowercase alnum), Riot (RGAPI-<uuid>), WireGuard
    (wg genkey base64), WordPress application passwords (6x4 chars), Ghost Admin API key
    (24-hex id ":" 64-hex secret), Bluesky app passwords (xxxx-xxxx-xxxx-xxxx).
P = format as published by the provider (dashboard, SDK, examples), public knowledge not re-verified
    for this generator (about 250 kinds). Most prefixed kinds are here: Jina jina_, LlamaCloud llx-,
    Cerebras csk-, Anyscale esecret_, FriendliAI flp_, Mem0 m0-, Helicone sk-helicone-,
    Browserbase bb_live_, turbopuffer tpuf_, Chroma ck-, Daytona dtn_, CodeSandbox csb_v1_,
    Cartesia sk_car_, Voiceflow VF.DM., Botpress bp_pat_, Runway key_, Humanloop hl_sk_, Brave BSA,
    Retell key_, Xata xau_, CockroachDB CCDB1_, Appwrite standard_, Convex prod:<name>|..., InfluxDB
    "==" tokens, Metabase mb_, Census secret-token:, Dagster agent:, Deno ddp_, Coolify n|token+crc,
    Kong kpat_/spat_, Zuplo zpka_, Unkey unkey_, Chromatic chpt_, Appetize tok_, Coder id-secret,
    DeepSource DSN, Develocity host=key, JetBrains/YouTrack perm:, Rootly rootly_, FireHydrant fhb-,
    Pendo <uuid>.us, Statsig secret-/console-, DevCycle dvc_server_, GrowthBook secret_admin_,
    Unleash project:env.hash, Salesloft v2_ak_, Front/Kustomer/Calendly/Printify/Hygraph/
    CloudConvert/IONOS/Wrike/Productboard/Whereby/TMDB/Pinata/MotherDuck JWTs, LiveChat dal:/fra:,
    Webex <64>_<PF84>_<org uuid>, LINE, Viber, Pushbullet o., Gotify A..., Courier pk_prod_, Kit kit_,
    SMTP2GO api-, NeverBounce secret_, Kickbox live_, Xendit xnd_production_, Midtrans
    Mid-server-, Mercado Pago APP_USR-, Omise skey_, PayMongo/Culqi/Yoco/Magic/MoonPay sk_live_,
    Conekta key_, Adyen AQE...==-...=-..., Rapyd rsk_, Circle LIVE_API_KEY:x:y, BitGo v2x, exchange
    secrets (Kraken, Gemini, KuCoin, OKX, Bybit, Bitfinex, Bitstamp, Gate, HTX, Bitvavo, Upbit,
    BitMEX), CoinGecko CG-, Covalent ckey_, Blockfrost mainnet..., QuickNode URL token, Tatum t-,
    IEX sk_/pk_, Mercury secret-token:mercury_production_..._yrucrem, RevenueCat sk_/appl_, Adapty
    secret_live_, Branch secret_live_/key_live_, Roblox .ROBLOSECURITY, Lichess lip_, Pixabay
    n-hex, ImageKit private_/public_, Bunny, Gcore n$hex, Huawei/Baidu/Volcengine/Qiniu/NAVER SKs,
    Exoscale, Tigris tsec_, Storj access grants, OCI auth tokens, NetBird nbp_, WorkOS sk_live_
    (base64 "key_01..."), Ory ory_pat_, Permit permit_key_, hCaptcha 0x secret, Bitwarden SM
    0.<uuid>.<secret>:<key>, Keeper US:, Conjur, Lacework _..., Teamwork twp_, Plane plane_api_,
    Harvest n.pt., Miro, Wix IST., Builder bpk-, Adobe Sign 3AAABL, Adobe IMS p8e-, Foursquare fsq3,
    Infobip hex-uuid, Africa's Talking atsk_, SignalWire PT, Termii TL, PubNub sec-c-, Liveblocks
    sk_prod_, Coveo xx<uuid>, Constructor tok_, Doofinder eu1-, Dub dub_, Short.io sk_,
    Transifex 1/, Weblate wlu_, Tolgee tgpak_, Ecwid secret_/public_, eBay PRD- cert ids, AfterShip
    asat_, Nylas nyk_v0_, Cronofy CRN_, Pinterest pina_, TikTok act., plus unprefixed but documented
    lengths (Steam 32 HEX, Finnhub 20, Alpha Vantage 16, OpenCage 32 hex, ...).
I = inferred (about 175 kinds): the provider documents no distinctive format, so the value is a
    random string of plausible alphabet/length placed under the provider's documented env var,
    SDK parameter or header (e.g. CLEARML_API_SECRET_KEY, HASURA_GRAPHQL_ADMIN_SECRET,
    X-PW-AccessToken for Copper, hibp-api-key, ...). Their detectability is by context only.

Doubts (formats I am unsure of)
-------------------------------
* Body lengths/alphabets of many P prefixes are from memory: Jina (60 chars after jina_), LlamaCloud
  (48), Cerebras (48 lowercase), Chroma, Daytona, Cartesia, Botpress, Humanloop, Retell, Unkey,
  Zuplo (the 8-hex tail is treated as random, the real checksum is unknown), Chromatic (14 hex),
  Appetize, Tolgee (52), Teamwork twp_ (low confidence), GrowthBook secret_admin_ (may be
  secret_user_/secret_readonly_), DevCycle server key tail, Kit kit_, Courier pk_prod_ (a secret
  despite the pk_ name), Helicone sk-helicone-xxxxxxx-... grouping, Salesloft v2_ak_<n>_<hex>,
  Cronofy CRN_, Adobe Sign 3AAABL..., Census secret-token:, Rapyd rsk_, Tatum t-, Termii TL,
  Short.io sk_, Constructor tok_, Adapty secret_live_<8>.<32>, Mercury token layout (the "_yrucrem"
  suffix and rma/wma), Conekta/Culqi/Yoco lengths, Xendit body alphabet (real keys may contain + and
  =), Convex deploy-key tail, Bunny account keys (two UUIDs concatenated), Gcore "n$hex", Storj
  grant length, Volcengine SK (base64 of hex), Adyen third segment, Webex org-suffix ids, TikTok
  "!nnnn.va" tail, Pinterest body alphabet, Miro token tail, WorkOS key encoding, Wix JWT claims,
  MotherDuck/Pinata/IONOS JWT claim sets, Harvest token tail length (86).
* hCaptcha now also issues ES_-prefixed secrets; only the older 0x+40 hex form is generated.
* YouTrack newer tokens may use "perm-" instead of "perm:"; only "perm:" is generated.
* Neptune tokens are base64 of compact JSON; Tinybird tokens are generated as base64url of JSON with
  ", " separators (as observed in the wild) -- either could differ in detail.
* Inferred (I) kinds are realistic only by placement; a scanner without context rules will (rightly
  or not) miss them, so scores on them mostly measure generic/keyword detection.
* Some positives carry a non-secret companion identifier on another line (HERE access key id,
  ClearML access key, rclone access_key_id, eBay app/dev id, PubNub pub/sub keys, Stream API key);
  the needle is always the secret half.
* Negative public identifiers rely on the providers' statements that they are safe to expose;
  a scanner that treats, e.g., `pk_live_`/`live_`/`client-` values as secrets will be scored as a
  false positive. IEX Cloud has been shut down; its sk_/pk_ format is kept as a long-tail format.
* Statsig (now owned by OpenAI), Census (Fivetran) and Lightstep (ServiceNow) are kept as separate
  providers because their key formats are their own.
"""
import base64
import json
import os
import re
import string
import sys
import zlib
import random

# ---------------------------------------------------------------------------
# alphabets / primitive generators
# ---------------------------------------------------------------------------
ALPH = {
    "a62": string.ascii_letters + string.digits,
    "a36": string.ascii_lowercase + string.digits,
    "A36": string.ascii_uppercase + string.digits,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64": string.ascii_letters + string.digits + "+/",
    "b64u": string.ascii_letters + string.digits + "-_",
    "b58": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
    "dig": string.digits,
    "crock": "0123456789abcdefghjkmnpqrstvwxyz",
    "CROCK": "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
    "alpha": string.ascii_lowercase,
}
RXCLS = {
    "a62": "[A-Za-z0-9]", "a36": "[a-z0-9]", "A36": "[A-Z0-9]", "hex": "[0-9a-f]",
    "HEX": "[0-9A-F]", "b64": "[A-Za-z0-9+/]", "b64u": "[A-Za-z0-9_-]",
    "b58": "[1-9A-HJ-NP-Za-km-z]", "dig": "[0-9]", "crock": "[0-9a-hjkmnp-tv-z]",
    "CROCK": "[0-9A-HJKMNP-TV-Z]", "alpha": "[a-z]",
}
UUID_RX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
ADJ = ["happy", "brave", "quiet", "amber", "clever", "rapid", "gentle", "frosty", "silent", "lucky",
       "polished", "tidy", "wary", "keen", "fleet", "basic", "little", "giddy", "noble", "merry"]
NOUN = ["otter", "falcon", "badger", "heron", "lynx", "marmot", "gopher", "salmon", "panda", "beaver",
        "starling", "walrus", "bison", "ferret", "llama", "koala", "hedgehog", "mongoose", "jaguar", "orca"]


def rs(r, alph, n):
    a = ALPH[alph]
    return "".join(r.choice(a) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid(r):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def jwt(r, header, payload, siglen):
    enc = lambda o: b64u_nopad(json.dumps(o, separators=(",", ":")).encode())
    return enc(header) + "." + enc(payload) + "." + b64u_nopad(rbytes(r, siglen))


def ts(r):
    return r.randint(1690000000, 1745000000)


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


# --- special-format generators (each returns the full secret) --------------
def f_neptune(r):
    d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid(r)}
    return b64(json.dumps(d, separators=(",", ":")).encode())


def f_tinybird(r):
    d = {"u": uuid(r), "id": uuid(r), "host": r.choice(["gcp-europe-west3", "us-east-aws", "gcp-us-east4", "eu-central-1-aws"])}
    return "p." + b64u_nopad(json.dumps(d).encode()) + "." + b64u_nopad(rbytes(r, 32))


def f_sanctum(r):
    tok = rs(r, "a62", 40)
    return "%d|%s%08x" % (r.randint(2, 60), tok, zlib.crc32(tok.encode()) & 0xFFFFFFFF)


def f_netbird(r):
    sec = rs(r, "a62", 30)
    return "nbp_" + sec + base62(zlib.crc32(sec.encode()) & 0xFFFFFFFF, 6)


ADYEN_P3 = string.ascii_letters + string.digits + "!()*+,.:;=?@[]^_~-"


def f_adyen(r):
    return ("AQE" + rs(r, "b64", 97) + "==-" + rs(r, "b64", 43) + "=-" +
            "".join(r.choice(ADYEN_P3) for _ in range(16)))


def f_bws(r):
    return "0." + uuid(r) + "." + rs(r, "a62", 30) + ":" + b64(rbytes(r, 16))


def f_perm(r):
    login = r.choice(["ci-bot", "jdoe", "release.bot", "mkowalski", "svc-deploy", "asmith"])
    return ("perm:" + b64(login.encode()) + "." + b64(("%d-%d" % (r.randint(20, 99), r.randint(0, 9))).encode())
            + "." + rs(r, "a62", 30))


def f_wix(r):
    data = json.dumps({"id": uuid(r), "identity": {"type": "application", "id": uuid(r)},
                       "tenant": {"type": "account", "id": uuid(r)}}, separators=(",", ":"))
    return "IST." + jwt(r, {"kid": rs(r, "b64u", 8), "alg": "RS256"}, {"data": data, "iat": ts(r)}, 256)


ROBLOX_WARN = "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_"


def f_roblox(r):
    return ROBLOX_WARN + rs(r, "HEX", 584)


def f_pubnub_sec(r):
    return "sec-c-" + b64(uuid(r).encode())


def f_volc_sk(r):
    return b64(rs(r, "hex", 32).encode())


def f_wp_app(r):
    return " ".join(rs(r, "a62", 4) for _ in range(6))


def f_workos(r):
    raw = "key_01" + rs(r, "CROCK", 24) + "," + rs(r, "a62", 25)
    return "sk_live_" + b64(raw.encode()).rstrip("=")


def f_convex(r):
    return "prod:%s-%s-%03d|eyJ2MiI6I%s" % (r.choice(ADJ), r.choice(NOUN), r.randint(100, 999), rs(r, "b64u", 84))


OCI_CH = string.ascii_letters + string.digits + "+.:;_-()[]"


def f_oci_auth(r):
    while True:
        s = "".join(r.choice(OCI_CH) for _ in range(20))
        if sum(c in "+.:;_-()[]" for c in s) >= 2:
            return s


def f_wg(r):
    k = bytearray(rbytes(r, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return b64(bytes(k))


def f_fingerprint(r):
    return ":".join("%02x" % b for b in rbytes(r, 16))


def f_webex_room(r):
    return b64(("ciscospark://us/ROOM/" + uuid(r)).encode()).rstrip("=")


def f_jwt_motherduck(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"email": r.choice(["data-eng", "analytics", "etl-bot"]) + "@acme.io", "session": r.choice(["data-eng", "etl"]) + ".acme.io",
                "pat": rs(r, "b64u", 43), "userId": uuid(r), "iss": "md_pat", "readOnly": False, "tokenType": "read_write", "iat": ts(r)}, 32)


def f_jwt_front(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"scopes": ["shared:*", "private:*"], "iat": ts(r), "iss": "front", "sub": rs(r, "hex", 20), "jti": rs(r, "hex", 16)}, 32)


def f_jwt_kustomer(r):
    h = lambda: rs(r, "hex", 24)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"_id": h(), "user": h(), "org": h(), "orgName": r.choice(["acme", "hooli", "globex"]), "userType": "machine",
                "pod": "prod1", "roles": ["org.user.customer.read", "org.user.message.read"], "aud": "urn:consumer",
                "iss": "urn:authz", "sub": h()}, 32)


def f_jwt_tmdb(r):
    return jwt(r, {"alg": "HS256"},
               {"aud": rs(r, "hex", 32), "nbf": ts(r) + 0.123, "sub": rs(r, "hex", 24), "scopes": ["api_read"], "version": 1}, 32)


def f_jwt_pinata(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"userInformation": {"id": uuid(r), "email": "ops@" + r.choice(["acme.io", "hooli.dev", "globex.com"]),
                                    "email_verified": True, "pin_policy": {"regions": [{"desiredReplicationCount": 1, "id": "FRA1"}], "version": 1},
                                    "mfa_enabled": False, "status": "ACTIVE"},
                "authenticationType": "scopedKey", "scopedKeyKey": rs(r, "hex", 20), "scopedKeySecret": rs(r, "hex", 64),
                "exp": ts(r) + 31536000, "iat": ts(r)}, 32)


def f_jwt_calendly(r):
    return jwt(r, {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
               {"iss": "https://auth.calendly.com", "iat": ts(r), "jti": uuid(r), "user_uuid": uuid(r)}, 132)


def f_jwt_ionos(r):
    return jwt(r, {"typ": "JWT", "kid": uuid(r), "alg": "RS256"},
               {"iss": "ionoscloud", "iat": ts(r), "client": "USER",
                "identity": {"contractNumber": r.randint(30000000, 39999999), "role": "owner", "regDomain": "ionos.de",
                             "reseller": 1, "uuid": uuid(r), "privileges": ["DATA_CENTER_CREATE", "SNAPSHOT_CREATE"], "isParent": False},
                "exp": ts(r) + 31536000}, 256)


def f_jwt_printify(r):
    t = ts(r)
    return jwt(r, {"typ": "JWT", "alg": "RS256"},
               {"aud": rs(r, "hex", 32), "jti": rs(r, "hex", 80), "iat": t, "nbf": t,
                "exp": t + 31536000, "sub": str(r.randint(10000000, 19999999)), "scopes": ["shops.manage", "shops.read", "products.read"]}, 256)


def f_jwt_hygraph(r):
    return jwt(r, {"alg": "RS256", "typ": "JWT", "kid": "gcms-main-production"},
               {"version": 3, "iat": ts(r), "aud": ["https://api-eu-central-1.hygraph.com/v2/%s/master" % rs(r, "a36", 25),
                                                     "https://management.hygraph.com/"],
                "iss": "https://management.hygraph.com/", "sub": uuid(r), "jti": rs(r, "a36", 25)}, 256)


def f_jwt_cloudconvert(r):
    t = ts(r)
    return jwt(r, {"typ": "JWT", "alg": "RS256"},
               {"aud": "1", "jti": rs(r, "hex", 80), "iat": t, "nbf": t, "exp": t + 63072000, "sub": str(r.randint(10000000, 99999999)),
                "scopes": ["user.read", "task.read", "task.write"]}, 256)


def f_jwt_productboard(r):
    return jwt(r, {"typ": "JWT", "alg": "HS256"},
               {"iat": ts(r), "iss": uuid(r), "sub": str(r.randint(100000, 999999)), "role": "admin",
                "aud": "https://api.productboard.com", "user_id": r.randint(100000, 999999), "space_id": str(r.randint(10000, 99999))}, 32)


def f_jwt_whereby(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"iss": "https://accounts.srv.whereby.com", "iat": ts(r), "organizationId": str(r.randint(100000, 999999)),
                "jti": uuid(r)}, 32)


def f_jwt_wrike(r):
    d = json.dumps({"a": r.randint(1000000, 9999999), "i": r.randint(1000000, 9999999), "c": r.randint(1000000, 9999999),
                    "u": r.randint(10000000, 99999999), "r": "US", "s": ["W", "F", "I", "U", "K", "C", "D", "M", "A", "L", "P"],
                    "z": [], "t": 0}, separators=(",", ":"))
    return jwt(r, {"tt": "p", "alg": "HS256", "tv": "1"}, {"d": d, "iat": ts(r)}, 32)


FN = {k[2:]: v for k, v in globals().items() if k.startswith("f_")}
JWT_RX = r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}"
FN_RX = {
    "neptune": r"eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/=]{60,}",
    "tinybird": r"p\.eyJ[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{43}",
    "sanctum": r"\d{1,3}\|[A-Za-z0-9]{40}[0-9a-f]{8}",
    "netbird": r"nbp_[A-Za-z0-9]{36}",
    "adyen": r"AQE[A-Za-z0-9+/]{50,}==-[A-Za-z0-9+/]{43}=-\S{16}",
    "bws": r"0\.[0-9a-f-]{36}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==",
    "perm": r"perm:[A-Za-z0-9+/=]{4,}\.[A-Za-z0-9+/=]{4,}\.[A-Za-z0-9]{30}",
    "wix": r"IST\." + JWT_RX,
    "roblox": re.escape(ROBLOX_WARN) + r"[A-F0-9]{100,}",
    "pubnub_sec": r"sec-c-[A-Za-z0-9+/]{48}",
    "volc_sk": r"[A-Za-z0-9+/]{43}=",
    "wp_app": r"[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}",
    "workos": r"sk_live_a2V5XzAx[A-Za-z0-9+/]{60,}",
    "convex": r"prod:[a-z]+-[a-z]+-\d{3}\|eyJ2MiI6I[A-Za-z0-9_-]{84}",
    "oci_auth": r"[A-Za-z0-9+.:;_()\[\]-]{20}",
    "wg": r"[A-Za-z0-9+/]{43}=",
    "fingerprint": r"(?:[0-9a-f]{2}:){15}[0-9a-f]{2}",
    "webex_room": r"Y2lzY29zcGFyazovL3VzL1JPT00v[A-Za-z0-9+/]{40,}",
}
for _k in FN:
    if _k.startswith("jwt_"):
        FN_RX[_k] = JWT_RX
# special formats whose regex is distinctive enough to scan negatives with (no context needed)
FN_DISTINCT = {"neptune", "tinybird", "netbird", "adyen", "bws", "perm", "wix", "roblox", "pubnub_sec", "workos", "convex"} | \
    {k for k in FN if k.startswith("jwt_")}

TOK = re.compile(r"\{([^{}]+)\}")


def gen_tpl(r, tpl):
    """returns (secret, random_part) for a template"""
    out, rnd, pos = [], [], 0
    for m in TOK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        t = m.group(1)
        if t == "uuid":
            v = uuid(r)
        elif t == "UUID":
            v = uuid(r).upper()
        elif t.startswith("one:"):
            v = r.choice(t[4:].split("|"))
        elif t == "adj":
            v = r.choice(ADJ)
        elif t == "noun":
            v = r.choice(NOUN)
        elif t.startswith("@"):
            v = FN[t[1:]](r)
        else:
            a, n = t.split(":")
            v = rs(r, a, int(n))
        out.append(v)
        if t == "@roblox":
            rnd.append(v[len(ROBLOX_WARN):])
        elif not t.startswith("one:") and t not in ("adj", "noun"):
            rnd.append(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), "".join(rnd)


def rx_tpl(tpl):
    out, pos = [], 0
    for m in TOK.finditer(tpl):
        out.append(re.escape(tpl[pos:m.start()]))
        t = m.group(1)
        if t == "uuid":
            out.append(UUID_RX)
        elif t == "UUID":
            out.append(UUID_RX.replace("a-f", "A-F"))
        elif t.startswith("one:"):
            out.append("(?:" + "|".join(re.escape(x) for x in t[4:].split("|")) + ")")
        elif t in ("adj", "noun"):
            out.append("[a-z]+")
        elif t.startswith("@"):
            out.append(FN_RX[t[1:]])
        else:
            a, n = t.split(":")
            out.append("%s{%s}" % (RXCLS[a], n))
        pos = m.end()
    out.append(re.escape(tpl[pos:]))
    return "".join(out)


def literal_part(tpl):
    return TOK.sub("", tpl)


def lead_prefix(tpl):
    m = TOK.search(tpl)
    return tpl[:m.start()] if m else tpl


def is_distinct(tpl):
    fns = [m.group(1)[1:] for m in TOK.finditer(tpl) if m.group(1).startswith("@")]
    if fns:
        return any(f in FN_DISTINCT for f in fns)
    lit = re.sub(r"[-_.:|/ =]", "", literal_part(tpl))
    return len(lit) >= 2 and bool(re.search(r"[A-Za-z]", lit))


FAKE_WORDS = ("xxxx", "****", "0000", "1234", "abcd", "your", "example", "dummy", "test", "fake", "redact",
              "placeholder", "changeme", "replace", "sample", "demo", "<", ">", "...", "${", "{{", "todo", "secret_here")


def looks_fake(s):
    low = s.lower()
    if any(w in low for w in FAKE_WORDS):
        return True
    body = re.sub(r"[^A-Za-z0-9]", "", s)
    if len(set(body)) <= 6:
        return True
    if re.search(r"0123456789|abcdefghij|ghijklmnop", low):
        return True
    return False

# ---------------------------------------------------------------------------
# Provider / credential table.
# slug ;; display name ;; category ;; kind ;; env var ;; template ;; auth ;; url ;; src [;; wrap]
#   auth: H:<Header>:<value prefix>  |  Q:<query param>  |  U (basic, key as user)  |  N (no HTTP use)
#   src : D = format/prefix stated in the provider's own documentation (checked for this generator)
#         P = format/prefix as published by the provider (docs, dashboards, SDK examples); public
#             knowledge, not re-verified for this generator
#         I = inferred: no distinctive format documented; value placed under the documented env
#             var / SDK parameter, alphabet and length are a best guess
#   wrap: optional "{}"-format the secret is embedded in (DSN, URL, host=key)
# ---------------------------------------------------------------------------
TABLE = r"""
tavily ;; Tavily ;; ai_search ;; api_key ;; TAVILY_API_KEY ;; tvly-{a62:32} ;; H:Authorization:Bearer  ;; https://api.tavily.com/search ;; D
tavily ;; Tavily ;; ai_search ;; dev_api_key ;; TAVILY_API_KEY ;; tvly-dev-{a62:32} ;; H:Authorization:Bearer  ;; https://api.tavily.com/extract ;; P
firecrawl ;; Firecrawl ;; ai_search ;; api_key ;; FIRECRAWL_API_KEY ;; fc-{hex:32} ;; H:Authorization:Bearer  ;; https://api.firecrawl.dev/v1/scrape ;; D
jina ;; Jina AI ;; ai ;; api_key ;; JINA_API_KEY ;; jina_{hex:32}{a62:28} ;; H:Authorization:Bearer  ;; https://api.jina.ai/v1/embeddings ;; P
llamacloud ;; LlamaCloud ;; ai ;; api_key ;; LLAMA_CLOUD_API_KEY ;; llx-{a62:48} ;; H:Authorization:Bearer  ;; https://api.cloud.llamaindex.ai/api/v1/projects ;; P
cerebras ;; Cerebras ;; ai ;; api_key ;; CEREBRAS_API_KEY ;; csk-{a36:48} ;; H:Authorization:Bearer  ;; https://api.cerebras.ai/v1/models ;; P
e2b ;; E2B ;; ai ;; api_key ;; E2B_API_KEY ;; e2b_{hex:40} ;; H:X-API-Key: ;; https://api.e2b.dev/sandboxes ;; D
anyscale ;; Anyscale Endpoints ;; ai ;; api_key ;; ANYSCALE_API_KEY ;; esecret_{a36:26} ;; H:Authorization:Bearer  ;; https://api.endpoints.anyscale.com/v1/models ;; P
friendli ;; FriendliAI ;; ai ;; personal_access_token ;; FRIENDLI_TOKEN ;; flp_{a62:40} ;; H:Authorization:Bearer  ;; https://api.friendli.ai/serverless/v1/chat/completions ;; P
baseten ;; Baseten ;; ai ;; api_key ;; BASETEN_API_KEY ;; {a62:8}.{a62:32} ;; H:Authorization:Api-Key  ;; https://api.baseten.co/v1/models ;; P
modal ;; Modal ;; ai ;; token_secret ;; MODAL_TOKEN_SECRET ;; as-{a62:22} ;; N ;;  ;; D
scale_ai ;; Scale AI ;; ai ;; api_key ;; SCALE_API_KEY ;; live_{hex:32} ;; U ;; https://api.scale.com/v1/tasks ;; P
neptune ;; neptune.ai ;; ai ;; api_token ;; NEPTUNE_API_TOKEN ;; {@neptune} ;; N ;;  ;; P
clearml ;; ClearML ;; ai ;; secret_key ;; CLEARML_API_SECRET_KEY ;; {a62:50} ;; N ;;  ;; I
comet ;; Comet ML ;; ai ;; api_key ;; COMET_API_KEY ;; {a62:25} ;; H:Authorization: ;; https://www.comet.com/api/rest/v2/workspaces ;; I
dagshub ;; DagsHub ;; ai ;; user_token ;; DAGSHUB_USER_TOKEN ;; {hex:40} ;; H:Authorization:Bearer  ;; https://dagshub.com/api/v1/user ;; I
roboflow ;; Roboflow ;; ai ;; api_key ;; ROBOFLOW_API_KEY ;; {a62:20} ;; Q:api_key ;; https://api.roboflow.com/ ;; I
clarifai ;; Clarifai ;; ai ;; personal_access_token ;; CLARIFAI_PAT ;; {hex:32} ;; H:Authorization:Key  ;; https://api.clarifai.com/v2/users/me ;; I
ai21 ;; AI21 Labs ;; ai ;; api_key ;; AI21_API_KEY ;; {a62:32} ;; H:Authorization:Bearer  ;; https://api.ai21.com/studio/v1/chat/completions ;; I
deepinfra ;; DeepInfra ;; ai ;; api_token ;; DEEPINFRA_API_TOKEN ;; {a62:32} ;; H:Authorization:Bearer  ;; https://api.deepinfra.com/v1/openai/models ;; I
fal ;; fal.ai ;; ai ;; api_key ;; FAL_KEY ;; {uuid}:{hex:32} ;; H:Authorization:Key  ;; https://queue.fal.run/fal-ai/flux/dev ;; P
mem0 ;; Mem0 ;; ai ;; api_key ;; MEM0_API_KEY ;; m0-{a62:40} ;; H:Authorization:Token  ;; https://api.mem0.ai/v1/memories/ ;; P
helicone ;; Helicone ;; ai ;; api_key ;; HELICONE_API_KEY ;; sk-helicone-{a36:7}-{a36:7}-{a36:7}-{a36:7} ;; H:Helicone-Auth:Bearer  ;; https://oai.helicone.ai/v1/chat/completions ;; P
browserbase ;; Browserbase ;; ai ;; api_key ;; BROWSERBASE_API_KEY ;; bb_live_{b64u:27} ;; H:X-BB-API-Key: ;; https://api.browserbase.com/v1/sessions ;; P
turbopuffer ;; turbopuffer ;; ai ;; api_key ;; TURBOPUFFER_API_KEY ;; tpuf_{a62:32} ;; H:Authorization:Bearer  ;; https://api.turbopuffer.com/v1/namespaces ;; P
chroma ;; Chroma Cloud ;; ai ;; api_key ;; CHROMA_API_KEY ;; ck-{a62:44} ;; H:x-chroma-token: ;; https://api.trychroma.com/api/v2/auth/identity ;; P
daytona ;; Daytona ;; ai ;; api_key ;; DAYTONA_API_KEY ;; dtn_{hex:64} ;; H:Authorization:Bearer  ;; https://app.daytona.io/api/sandbox ;; P
codesandbox ;; CodeSandbox ;; dev ;; api_token ;; CSB_API_KEY ;; csb_v1_{b64u:43} ;; H:Authorization:Bearer  ;; https://api.codesandbox.io/sandbox ;; P
cartesia ;; Cartesia ;; ai ;; api_key ;; CARTESIA_API_KEY ;; sk_car_{a62:24} ;; H:X-API-Key: ;; https://api.cartesia.ai/voices ;; P
voiceflow ;; Voiceflow ;; ai ;; dialog_api_key ;; VOICEFLOW_API_KEY ;; VF.DM.{hex:24}.{a62:16} ;; H:Authorization: ;; https://general-runtime.voiceflow.com/state/user/web-42/interact ;; P
botpress ;; Botpress ;; ai ;; personal_access_token ;; BOTPRESS_TOKEN ;; bp_pat_{a62:40} ;; H:Authorization:Bearer  ;; https://api.botpress.cloud/v1/admin/bots ;; P
gladia ;; Gladia ;; ai ;; api_key ;; GLADIA_API_KEY ;; {uuid} ;; H:x-gladia-key: ;; https://api.gladia.io/v2/pre-recorded ;; I
speechmatics ;; Speechmatics ;; ai ;; api_key ;; SPEECHMATICS_API_KEY ;; {a62:32} ;; H:Authorization:Bearer  ;; https://asr.api.speechmatics.com/v2/jobs ;; I
picovoice ;; Picovoice ;; ai ;; access_key ;; PICOVOICE_ACCESS_KEY ;; {b64:54}== ;; N ;;  ;; I
runway ;; Runway ;; ai ;; api_secret ;; RUNWAYML_API_SECRET ;; key_{hex:128} ;; H:Authorization:Bearer  ;; https://api.dev.runwayml.com/v1/tasks ;; P
leonardo ;; Leonardo.Ai ;; ai ;; api_key ;; LEONARDO_API_KEY ;; {uuid} ;; H:Authorization:Bearer  ;; https://cloud.leonardo.ai/api/rest/v1/me ;; I
humanloop ;; Humanloop ;; ai ;; api_key ;; HUMANLOOP_API_KEY ;; hl_sk_{hex:48} ;; H:X-API-KEY: ;; https://api.humanloop.com/v5/prompts ;; P
agentops ;; AgentOps ;; ai ;; api_key ;; AGENTOPS_API_KEY ;; {uuid} ;; N ;;  ;; I
exa ;; Exa ;; ai_search ;; api_key ;; EXA_API_KEY ;; {uuid} ;; H:x-api-key: ;; https://api.exa.ai/search ;; I
serper ;; Serper ;; ai_search ;; api_key ;; SERPER_API_KEY ;; {hex:40} ;; H:X-API-KEY: ;; https://google.serper.dev/search ;; I
scrapingbee ;; ScrapingBee ;; data ;; api_key ;; SCRAPINGBEE_API_KEY ;; {A36:80} ;; Q:api_key ;; https://app.scrapingbee.com/api/v1/ ;; I
scraperapi ;; ScraperAPI ;; data ;; api_key ;; SCRAPERAPI_KEY ;; {hex:32} ;; Q:api_key ;; https://api.scraperapi.com/ ;; I
zyte ;; Zyte ;; data ;; api_key ;; ZYTE_API_KEY ;; {hex:32} ;; U ;; https://api.zyte.com/v1/extract ;; I
diffbot ;; Diffbot ;; data ;; token ;; DIFFBOT_TOKEN ;; {hex:32} ;; Q:token ;; https://api.diffbot.com/v3/article ;; I
brave_search ;; Brave Search API ;; ai_search ;; api_key ;; BRAVE_SEARCH_API_KEY ;; BSA{a62:28} ;; H:X-Subscription-Token: ;; https://api.search.brave.com/res/v1/web/search?q=status ;; P
deepl ;; DeepL ;; ai ;; auth_key ;; DEEPL_AUTH_KEY ;; {uuid}:fx ;; H:Authorization:DeepL-Auth-Key  ;; https://api-free.deepl.com/v2/usage ;; D
weaviate ;; Weaviate Cloud ;; ai ;; api_key ;; WEAVIATE_API_KEY ;; {a62:40} ;; H:Authorization:Bearer  ;; https://catalog-prod.c0.europe-west3.gcp.weaviate.cloud/v1/schema ;; I
qdrant ;; Qdrant Cloud ;; ai ;; api_key ;; QDRANT_API_KEY ;; {b64u:48} ;; H:api-key: ;; https://search-prod.eu-central.aws.cloud.qdrant.io:6333/collections ;; I
zilliz ;; Zilliz Cloud ;; ai ;; api_key ;; ZILLIZ_CLOUD_API_KEY ;; {hex:104} ;; H:Authorization:Bearer  ;; https://in03-vectors.api.gcp-us-west1.zillizcloud.com/v2/vectordb/collections/list ;; I
retell ;; Retell AI ;; ai ;; api_key ;; RETELL_API_KEY ;; key_{hex:28} ;; H:Authorization:Bearer  ;; https://api.retellai.com/list-agents ;; P
xata ;; Xata ;; db ;; api_key ;; XATA_API_KEY ;; xau_{a62:36} ;; H:Authorization:Bearer  ;; https://api.xata.tech/organizations ;; P
tinybird ;; Tinybird ;; db ;; workspace_token ;; TINYBIRD_TOKEN ;; {@tinybird} ;; H:Authorization:Bearer  ;; https://api.tinybird.co/v0/pipes ;; D
cockroachdb ;; CockroachDB Cloud ;; db ;; service_account_api_key ;; COCKROACH_API_KEY ;; CCDB1_{a62:22}_{a62:40} ;; H:Authorization:Bearer  ;; https://cockroachlabs.cloud/api/v1/clusters ;; P
appwrite ;; Appwrite ;; db ;; api_key ;; APPWRITE_API_KEY ;; standard_{hex:256} ;; H:X-Appwrite-Key: ;; https://cloud.appwrite.io/v1/databases ;; P
convex ;; Convex ;; db ;; deploy_key ;; CONVEX_DEPLOY_KEY ;; {@convex} ;; N ;;  ;; P
influxdb ;; InfluxDB Cloud ;; db ;; api_token ;; INFLUX_TOKEN ;; {b64u:86}== ;; H:Authorization:Token  ;; https://us-east-1-1.aws.cloud2.influxdata.com/api/v2/buckets ;; P
motherduck ;; MotherDuck ;; db ;; access_token ;; MOTHERDUCK_TOKEN ;; {@jwt_motherduck} ;; N ;;  ;; P
hasura ;; Hasura ;; db ;; admin_secret ;; HASURA_GRAPHQL_ADMIN_SECRET ;; {a62:48} ;; H:x-hasura-admin-secret: ;; https://acme-prod.hasura.app/v1/graphql ;; I
metabase ;; Metabase ;; analytics ;; api_key ;; METABASE_API_KEY ;; mb_{b64:44} ;; H:x-api-key: ;; https://metabase.internal.example.com/api/card ;; P
census ;; Census ;; data ;; workspace_api_token ;; CENSUS_API_TOKEN ;; secret-token:{a62:24} ;; H:Authorization:Bearer  ;; https://app.getcensus.com/api/v1/syncs ;; P
fivetran ;; Fivetran ;; data ;; api_secret ;; FIVETRAN_API_SECRET ;; {a62:32} ;; N ;;  ;; I
airbyte ;; Airbyte Cloud ;; data ;; client_secret ;; AIRBYTE_CLIENT_SECRET ;; {a62:32} ;; N ;;  ;; I
hightouch ;; Hightouch ;; data ;; api_key ;; HIGHTOUCH_API_KEY ;; {uuid} ;; H:Authorization:Bearer  ;; https://api.hightouch.com/api/v1/syncs ;; I
dagster ;; Dagster+ ;; data ;; agent_token ;; DAGSTER_CLOUD_AGENT_TOKEN ;; agent:{one:acme|hooli|globex|initech}:{hex:32} ;; N ;;  ;; P
aiven ;; Aiven ;; db ;; api_token ;; AIVEN_TOKEN ;; {b64:372} ;; H:Authorization:aivenv1  ;; https://api.aiven.io/v1/project ;; I
singlestore ;; SingleStore ;; db ;; api_key ;; SINGLESTORE_API_KEY ;; {hex:64} ;; H:Authorization:Bearer  ;; https://api.singlestore.com/v1/workspaceGroups ;; I
inngest ;; Inngest ;; dev ;; signing_key ;; INNGEST_SIGNING_KEY ;; signkey-prod-{hex:64} ;; H:Authorization:Bearer  ;; https://api.inngest.com/v1/events ;; D
deno_deploy ;; Deno Deploy ;; dev ;; access_token ;; DENO_DEPLOY_TOKEN ;; ddp_{a62:36} ;; H:Authorization:Bearer  ;; https://api.deno.com/v1/organizations ;; P
coolify ;; Coolify ;; dev ;; api_token ;; COOLIFY_TOKEN ;; {@sanctum} ;; H:Authorization:Bearer  ;; https://coolify.example.com/api/v1/applications ;; P
kong_konnect ;; Kong Konnect ;; dev ;; personal_access_token ;; KONNECT_TOKEN ;; kpat_{a62:49} ;; H:Authorization:Bearer  ;; https://global.api.konghq.com/v2/control-planes ;; P
kong_konnect ;; Kong Konnect ;; dev ;; system_account_token ;; KONNECT_SYSTEM_TOKEN ;; spat_{a62:49} ;; H:Authorization:Bearer  ;; https://us.api.konghq.com/v2/control-planes ;; P
zuplo ;; Zuplo ;; dev ;; api_key ;; ZUPLO_API_KEY ;; zpka_{hex:32}_{hex:8} ;; H:Authorization:Bearer  ;; https://dev.zuplo.com/v1/accounts ;; P
unkey ;; Unkey ;; dev ;; root_key ;; UNKEY_ROOT_KEY ;; unkey_{a62:24} ;; H:Authorization:Bearer  ;; https://api.unkey.dev/v1/apis.listKeys ;; P
chromatic ;; Chromatic ;; dev ;; project_token ;; CHROMATIC_PROJECT_TOKEN ;; chpt_{hex:14} ;; N ;;  ;; P
cypress_cloud ;; Cypress Cloud ;; dev ;; record_key ;; CYPRESS_RECORD_KEY ;; {uuid} ;; N ;;  ;; D
appetize ;; Appetize ;; dev ;; api_token ;; APPETIZE_API_TOKEN ;; tok_{a36:26} ;; H:X-API-KEY: ;; https://api.appetize.io/v1/apps ;; P
testingbot ;; TestingBot ;; dev ;; secret ;; TESTINGBOT_SECRET ;; {hex:32} ;; N ;;  ;; I
lambdatest ;; LambdaTest ;; dev ;; access_key ;; LT_ACCESS_KEY ;; {a62:50} ;; N ;;  ;; I
applitools ;; Applitools ;; dev ;; api_key ;; APPLITOOLS_API_KEY ;; {a62:40} ;; N ;;  ;; I
coder ;; Coder ;; dev ;; session_token ;; CODER_SESSION_TOKEN ;; {a62:10}-{a62:22} ;; H:Coder-Session-Token: ;; https://coder.example.com/api/v2/users/me ;; P
semgrep ;; Semgrep ;; security ;; app_token ;; SEMGREP_APP_TOKEN ;; {hex:64} ;; H:Authorization:Bearer  ;; https://semgrep.dev/api/v1/deployments ;; I
deepsource ;; DeepSource ;; security ;; dsn ;; DEEPSOURCE_DSN ;; {hex:32} ;; N ;;  ;; P ;; https://{}@app.deepsource.com
codacy ;; Codacy ;; dev ;; project_token ;; CODACY_PROJECT_TOKEN ;; {a62:32} ;; N ;;  ;; I
bitrise ;; Bitrise ;; dev ;; personal_access_token ;; BITRISE_TOKEN ;; {b64u:86} ;; H:Authorization: ;; https://api.bitrise.io/v0.1/me ;; I
codemagic ;; Codemagic ;; dev ;; api_token ;; CM_API_TOKEN ;; {a62:43} ;; H:x-auth-token: ;; https://api.codemagic.io/apps ;; I
semaphore ;; Semaphore CI ;; dev ;; api_token ;; SEMAPHORE_API_TOKEN ;; {a62:20} ;; H:Authorization:Token  ;; https://acme.semaphoreci.com/api/v1alpha/projects ;; I
spacelift ;; Spacelift ;; dev ;; api_key_secret ;; SPACELIFT_API_KEY_SECRET ;; {hex:64} ;; N ;;  ;; I
env0 ;; env0 ;; dev ;; api_secret ;; ENV0_API_SECRET ;; {a62:32} ;; N ;;  ;; I
develocity ;; Develocity ;; dev ;; access_key ;; DEVELOCITY_ACCESS_KEY ;; {a36:52} ;; N ;;  ;; P ;; ge.acme-corp.com={}
gradle_plugin_portal ;; Gradle Plugin Portal ;; registry ;; publish_secret ;; GRADLE_PUBLISH_SECRET ;; {a62:32} ;; N ;;  ;; P
hex_pm ;; Hex.pm ;; registry ;; api_key ;; HEX_API_KEY ;; {hex:32} ;; N ;;  ;; I
gemfury ;; Gemfury ;; registry ;; push_token ;; FURY_TOKEN ;; {a62:20} ;; N ;;  ;; I
harbor ;; Harbor ;; registry ;; robot_secret ;; HARBOR_ROBOT_SECRET ;; {a62:32} ;; N ;;  ;; I
buf ;; Buf Schema Registry ;; registry ;; token ;; BUF_TOKEN ;; {hex:64} ;; N ;;  ;; I
chocolatey ;; Chocolatey ;; registry ;; api_key ;; CHOCOLATEY_API_KEY ;; {uuid} ;; N ;;  ;; I
open_vsx ;; Open VSX ;; registry ;; personal_access_token ;; OVSX_PAT ;; {uuid} ;; N ;;  ;; I
jetbrains_marketplace ;; JetBrains Marketplace ;; registry ;; publish_token ;; INTELLIJ_PUBLISH_TOKEN ;; {@perm} ;; N ;;  ;; P
artifact_hub ;; Artifact Hub ;; registry ;; api_key_secret ;; AH_API_KEY_SECRET ;; {b64:44} ;; N ;;  ;; I
raygun ;; Raygun ;; observability ;; api_key ;; RAYGUN_APIKEY ;; {a62:22} ;; H:X-ApiKey: ;; https://api.raygun.com/entries ;; I
airbrake ;; Airbrake ;; observability ;; project_key ;; AIRBRAKE_PROJECT_KEY ;; {hex:32} ;; N ;;  ;; I
appsignal ;; AppSignal ;; observability ;; push_api_key ;; APPSIGNAL_PUSH_API_KEY ;; {uuid} ;; N ;;  ;; D
scout_apm ;; Scout APM ;; observability ;; agent_key ;; SCOUT_KEY ;; {a62:20} ;; N ;;  ;; I
instana ;; Instana ;; observability ;; agent_key ;; INSTANA_AGENT_KEY ;; {b64u:22} ;; N ;;  ;; I
lightstep ;; Lightstep ;; observability ;; access_token ;; LIGHTSTEP_ACCESS_TOKEN ;; {a62:84} ;; N ;;  ;; I
papertrail ;; Papertrail ;; observability ;; api_token ;; PAPERTRAIL_API_TOKEN ;; {a62:20} ;; H:X-Papertrail-Token: ;; https://papertrailapp.com/api/v1/events/search.json ;; I
pingdom ;; Pingdom ;; observability ;; api_token ;; PINGDOM_API_TOKEN ;; {b64u:64} ;; H:Authorization:Bearer  ;; https://api.pingdom.com/api/3.1/checks ;; I
statuscake ;; StatusCake ;; observability ;; api_token ;; STATUSCAKE_API_TOKEN ;; {a62:20} ;; H:Authorization:Bearer  ;; https://api.statuscake.com/v1/uptime ;; I
cronitor ;; Cronitor ;; observability ;; api_key ;; CRONITOR_API_KEY ;; {hex:32} ;; U ;; https://cronitor.io/api/monitors ;; I
healthchecks ;; Healthchecks.io ;; observability ;; api_key ;; HEALTHCHECKS_API_KEY ;; {a62:32} ;; H:X-Api-Key: ;; https://healthchecks.io/api/v3/checks/ ;; I
rootly ;; Rootly ;; observability ;; api_token ;; ROOTLY_API_TOKEN ;; rootly_{hex:64} ;; H:Authorization:Bearer  ;; https://api.rootly.com/v1/incidents ;; P
firehydrant ;; FireHydrant ;; observability ;; bot_token ;; FIREHYDRANT_API_KEY ;; fhb-{hex:32} ;; H:Authorization: ;; https://api.firehydrant.io/v1/incidents ;; P
squadcast ;; Squadcast ;; observability ;; refresh_token ;; SQUADCAST_REFRESH_TOKEN ;; {hex:32} ;; N ;;  ;; I
pendo ;; Pendo ;; analytics ;; integration_key ;; PENDO_INTEGRATION_KEY ;; {uuid}.us ;; H:x-pendo-integration-key: ;; https://app.pendo.io/api/v1/feature ;; P
keen ;; Keen ;; analytics ;; master_key ;; KEEN_MASTER_KEY ;; {HEX:64} ;; H:Authorization: ;; https://api.keen.io/3.0/projects ;; I
plausible ;; Plausible Analytics ;; analytics ;; api_key ;; PLAUSIBLE_API_KEY ;; {b64u:64} ;; H:Authorization:Bearer  ;; https://plausible.io/api/v2/query ;; I
matomo ;; Matomo ;; analytics ;; token_auth ;; MATOMO_TOKEN_AUTH ;; {hex:32} ;; Q:token_auth ;; https://analytics.example.com/index.php?module=API&method=API.getMatomoVersion&format=json ;; P
statsig ;; Statsig ;; feature_flags ;; server_secret_key ;; STATSIG_SERVER_SECRET_KEY ;; secret-{a62:43} ;; H:statsig-api-key: ;; https://api.statsig.com/v1/check_gate ;; P
statsig ;; Statsig ;; feature_flags ;; console_api_key ;; STATSIG_CONSOLE_API_KEY ;; console-{a62:43} ;; H:STATSIG-API-KEY: ;; https://statsigapi.net/console/v1/gates ;; P
devcycle ;; DevCycle ;; feature_flags ;; server_sdk_key ;; DEVCYCLE_SERVER_SDK_KEY ;; dvc_server_{uuid}_{hex:7} ;; H:Authorization: ;; https://bucketing-api.devcycle.com/v1/variables ;; P
growthbook ;; GrowthBook ;; feature_flags ;; secret_api_key ;; GROWTHBOOK_API_KEY ;; secret_admin_{a62:40} ;; H:Authorization:Bearer  ;; https://api.growthbook.io/api/v1/features ;; P
unleash ;; Unleash ;; feature_flags ;; backend_api_token ;; UNLEASH_API_TOKEN ;; {one:default|payments|checkout}:{one:production|development|staging}.{hex:64} ;; H:Authorization: ;; https://unleash.example.com/api/client/features ;; P
copper ;; Copper ;; crm ;; api_key ;; COPPER_API_KEY ;; {hex:32} ;; H:X-PW-AccessToken: ;; https://api.copper.com/developer_api/v1/account ;; I
insightly ;; Insightly ;; crm ;; api_key ;; INSIGHTLY_API_KEY ;; {uuid} ;; U ;; https://api.na1.insightly.com/v3.1/Contacts ;; I
capsule ;; Capsule CRM ;; crm ;; api_token ;; CAPSULE_API_TOKEN ;; {b64u:64} ;; H:Authorization:Bearer  ;; https://api.capsulecrm.com/api/v2/parties ;; I
attio ;; Attio ;; crm ;; api_key ;; ATTIO_API_KEY ;; {hex:64} ;; H:Authorization:Bearer  ;; https://api.attio.com/v2/objects ;; I
streak ;; Streak ;; crm ;; api_key ;; STREAK_API_KEY ;; {hex:32} ;; U ;; https://api.streak.com/api/v1/pipelines ;; I
apollo ;; Apollo.io ;; crm ;; api_key ;; APOLLO_API_KEY ;; {a62:22} ;; H:X-Api-Key: ;; https://api.apollo.io/api/v1/auth/health ;; I
salesloft ;; Salesloft ;; crm ;; api_key ;; SALESLOFT_API_KEY ;; v2_ak_{dig:5}_{hex:64} ;; H:Authorization:Bearer  ;; https://api.salesloft.com/v2/people ;; P
gong ;; Gong ;; crm ;; access_key_secret ;; GONG_ACCESS_KEY_SECRET ;; {b64u:86} ;; N ;;  ;; I
helpscout ;; Help Scout ;; support ;; app_secret ;; HELPSCOUT_APP_SECRET ;; {a62:32} ;; N ;;  ;; I
front ;; Front ;; support ;; api_token ;; FRONT_API_TOKEN ;; {@jwt_front} ;; H:Authorization:Bearer  ;; https://api2.frontapp.com/conversations ;; P
gorgias ;; Gorgias ;; support ;; api_key ;; GORGIAS_API_KEY ;; {hex:64} ;; N ;;  ;; I
crisp ;; Crisp ;; support ;; token_key ;; CRISP_TOKEN_KEY ;; {hex:64} ;; N ;;  ;; I
livechat ;; LiveChat ;; support ;; personal_access_token ;; LIVECHAT_PAT ;; {one:dal|fra}:{b64u:27} ;; N ;;  ;; P
kustomer ;; Kustomer ;; support ;; api_key ;; KUSTOMER_API_KEY ;; {@jwt_kustomer} ;; H:Authorization:Bearer  ;; https://api.kustomerapp.com/v1/customers ;; P
zammad ;; Zammad ;; support ;; access_token ;; ZAMMAD_TOKEN ;; {b64u:64} ;; H:Authorization:Token token= ;; https://support.example.com/api/v1/tickets ;; I
discourse ;; Discourse ;; community ;; api_key ;; DISCOURSE_API_KEY ;; {hex:64} ;; H:Api-Key: ;; https://forum.example.com/posts.json ;; P
disqus ;; Disqus ;; community ;; secret_key ;; DISQUS_SECRET_KEY ;; {a62:64} ;; N ;;  ;; I
zulip ;; Zulip ;; chat ;; api_key ;; ZULIP_API_KEY ;; {a62:32} ;; N ;;  ;; D
mattermost ;; Mattermost ;; chat ;; access_token ;; MATTERMOST_TOKEN ;; {a36:26} ;; H:Authorization:Bearer  ;; https://chat.example.com/api/v4/users/me ;; P
rocketchat ;; Rocket.Chat ;; chat ;; auth_token ;; ROCKETCHAT_AUTH_TOKEN ;; {b64u:43} ;; H:X-Auth-Token: ;; https://chat.example.com/api/v1/me ;; I
webex ;; Webex ;; chat ;; bot_access_token ;; WEBEX_BOT_TOKEN ;; {a62:64}_{one:PF84|P0A1|PE93}_{uuid} ;; H:Authorization:Bearer  ;; https://webexapis.com/v1/messages ;; P
line ;; LINE Messaging API ;; chat ;; channel_access_token ;; LINE_CHANNEL_ACCESS_TOKEN ;; {b64:171}= ;; H:Authorization:Bearer  ;; https://api.line.me/v2/bot/info ;; P
line ;; LINE Messaging API ;; chat ;; channel_secret ;; LINE_CHANNEL_SECRET ;; {hex:32} ;; N ;;  ;; P
viber ;; Viber ;; chat ;; auth_token ;; VIBER_AUTH_TOKEN ;; {hex:16}-{hex:16}-{hex:16} ;; H:X-Viber-Auth-Token: ;; https://chatapi.viber.com/pa/get_account_info ;; P
gitter ;; Gitter ;; chat ;; token ;; GITTER_TOKEN ;; {hex:40} ;; H:Authorization:Bearer  ;; https://api.gitter.im/v1/rooms ;; I
pushover ;; Pushover ;; notifications ;; app_token ;; PUSHOVER_APP_TOKEN ;; a{a62:29} ;; N ;;  ;; D
pushbullet ;; Pushbullet ;; notifications ;; access_token ;; PUSHBULLET_ACCESS_TOKEN ;; o.{a62:32} ;; H:Access-Token: ;; https://api.pushbullet.com/v2/users/me ;; P
ntfy ;; ntfy ;; notifications ;; access_token ;; NTFY_TOKEN ;; tk_{a36:29} ;; H:Authorization:Bearer  ;; https://ntfy.sh/ops-alerts ;; D
gotify ;; Gotify ;; notifications ;; app_token ;; GOTIFY_APP_TOKEN ;; A{a62:14} ;; H:X-Gotify-Key: ;; https://push.example.com/message ;; P
novu ;; Novu ;; notifications ;; api_key ;; NOVU_API_KEY ;; {hex:32} ;; H:Authorization:ApiKey  ;; https://api.novu.co/v1/events/trigger ;; I
courier ;; Courier ;; notifications ;; auth_token ;; COURIER_AUTH_TOKEN ;; pk_prod_{A36:28} ;; H:Authorization:Bearer  ;; https://api.courier.com/send ;; P
loops ;; Loops ;; email ;; api_key ;; LOOPS_API_KEY ;; {hex:32} ;; H:Authorization:Bearer  ;; https://app.loops.so/api/v1/api-key ;; I
customerio ;; Customer.io ;; email ;; app_api_key ;; CUSTOMERIO_APP_API_KEY ;; {hex:32} ;; H:Authorization:Bearer  ;; https://api.customer.io/v1/send/email ;; I
klaviyo ;; Klaviyo ;; email ;; private_api_key ;; KLAVIYO_PRIVATE_API_KEY ;; pk_{hex:34} ;; H:Authorization:Klaviyo-API-Key  ;; https://a.klaviyo.com/api/profiles/ ;; D
kit ;; Kit (ConvertKit) ;; email ;; api_key ;; KIT_API_KEY ;; kit_{hex:32} ;; H:X-Kit-Api-Key: ;; https://api.kit.com/v4/account ;; P
drip ;; Drip ;; email ;; api_token ;; DRIP_API_TOKEN ;; {hex:32} ;; U ;; https://api.getdrip.com/v2/accounts ;; I
activecampaign ;; ActiveCampaign ;; email ;; api_key ;; ACTIVECAMPAIGN_API_KEY ;; {hex:72} ;; H:Api-Token: ;; https://acme.api-us1.com/api/3/contacts ;; P
omnisend ;; Omnisend ;; email ;; api_key ;; OMNISEND_API_KEY ;; {hex:24}-{a62:50} ;; H:X-API-KEY: ;; https://api.omnisend.com/v3/contacts ;; P
smtp2go ;; SMTP2GO ;; email ;; api_key ;; SMTP2GO_API_KEY ;; api-{HEX:32} ;; H:X-Smtp2go-Api-Key: ;; https://api.smtp2go.com/v3/stats/email_summary ;; P
mailtrap ;; Mailtrap ;; email ;; api_token ;; MAILTRAP_API_TOKEN ;; {hex:32} ;; H:Authorization:Bearer  ;; https://send.api.mailtrap.io/api/send ;; I
beehiiv ;; beehiiv ;; email ;; api_key ;; BEEHIIV_API_KEY ;; {a62:64} ;; H:Authorization:Bearer  ;; https://api.beehiiv.com/v2/publications ;; I
neverbounce ;; NeverBounce ;; email ;; api_key ;; NEVERBOUNCE_API_KEY ;; secret_{hex:32} ;; Q:key ;; https://api.neverbounce.com/v4/account/info ;; P
kickbox ;; Kickbox ;; email ;; api_key ;; KICKBOX_API_KEY ;; live_{hex:64} ;; Q:apikey ;; https://api.kickbox.com/v2/verify?email=ops%40example.com ;; P
zerobounce ;; ZeroBounce ;; email ;; api_key ;; ZEROBOUNCE_API_KEY ;; {hex:32} ;; Q:api_key ;; https://api.zerobounce.net/v2/getcredits ;; I
paddle ;; Paddle ;; payments ;; api_key ;; PADDLE_API_KEY ;; pdl_live_apikey_{crock:26}_{a62:22}_{a62:3} ;; H:Authorization:Bearer  ;; https://api.paddle.com/products ;; D
xendit ;; Xendit ;; payments ;; secret_key ;; XENDIT_SECRET_KEY ;; xnd_production_{a62:56} ;; U ;; https://api.xendit.co/balance ;; P
midtrans ;; Midtrans ;; payments ;; server_key ;; MIDTRANS_SERVER_KEY ;; Mid-server-{b64u:24} ;; U ;; https://api.midtrans.com/v2/charge ;; P
mercadopago ;; Mercado Pago ;; payments ;; access_token ;; MERCADOPAGO_ACCESS_TOKEN ;; APP_USR-{dig:16}-{dig:6}-{hex:32}-{dig:9} ;; H:Authorization:Bearer  ;; https://api.mercadopago.com/v1/payments/search ;; P
omise ;; Omise ;; payments ;; secret_key ;; OMISE_SECRET_KEY ;; skey_5{a36:18} ;; U ;; https://api.omise.co/account ;; P
paymongo ;; PayMongo ;; payments ;; secret_key ;; PAYMONGO_SECRET_KEY ;; sk_live_{a62:24} ;; U ;; https://api.paymongo.com/v1/payment_intents ;; P
conekta ;; Conekta ;; payments ;; private_key ;; CONEKTA_PRIVATE_KEY ;; key_{a62:27} ;; H:Authorization:Bearer  ;; https://api.conekta.io/customers ;; P
culqi ;; Culqi ;; payments ;; secret_key ;; CULQI_SECRET_KEY ;; sk_live_{hex:16} ;; H:Authorization:Bearer  ;; https://api.culqi.com/v2/charges ;; P
yoco ;; Yoco ;; payments ;; secret_key ;; YOCO_SECRET_KEY ;; sk_live_{hex:20} ;; H:Authorization:Bearer  ;; https://payments.yoco.com/api/checkouts ;; P
adyen ;; Adyen ;; payments ;; api_key ;; ADYEN_API_KEY ;; {@adyen} ;; H:X-API-Key: ;; https://checkout-live.adyen.com/v71/paymentMethods ;; P
rapyd ;; Rapyd ;; payments ;; secret_key ;; RAPYD_SECRET_KEY ;; rsk_{hex:100} ;; N ;;  ;; P
authorizenet ;; Authorize.net ;; payments ;; transaction_key ;; AUTHORIZENET_TRANSACTION_KEY ;; {a62:16} ;; N ;;  ;; P
dwolla ;; Dwolla ;; payments ;; secret ;; DWOLLA_SECRET ;; {a62:50} ;; N ;;  ;; I
circle ;; Circle ;; crypto ;; api_key ;; CIRCLE_API_KEY ;; LIVE_API_KEY:{hex:32}:{hex:32} ;; H:Authorization:Bearer  ;; https://api.circle.com/v1/w3s/wallets ;; P
bitgo ;; BitGo ;; crypto ;; access_token ;; BITGO_ACCESS_TOKEN ;; v2x{hex:64} ;; H:Authorization:Bearer  ;; https://app.bitgo.com/api/v2/wallets ;; P
magic ;; Magic ;; auth ;; secret_key ;; MAGIC_SECRET_KEY ;; sk_live_{HEX:16} ;; H:X-Magic-Secret-Key: ;; https://api.magic.link/v1/admin/auth/user/get ;; P
moonpay ;; MoonPay ;; crypto ;; secret_key ;; MOONPAY_SECRET_KEY ;; sk_live_{a62:32} ;; N ;;  ;; P
kraken ;; Kraken ;; crypto_exchange ;; private_key ;; KRAKEN_API_SECRET ;; {b64:86}== ;; N ;;  ;; P
gemini_exchange ;; Gemini (exchange) ;; crypto_exchange ;; api_secret ;; GEMINI_API_SECRET ;; {b58:28} ;; N ;;  ;; P
kucoin ;; KuCoin ;; crypto_exchange ;; api_secret ;; KUCOIN_API_SECRET ;; {uuid} ;; N ;;  ;; P
okx ;; OKX ;; crypto_exchange ;; secret_key ;; OKX_SECRET_KEY ;; {HEX:32} ;; N ;;  ;; P
bybit ;; Bybit ;; crypto_exchange ;; api_secret ;; BYBIT_API_SECRET ;; {a62:36} ;; N ;;  ;; P
bitfinex ;; Bitfinex ;; crypto_exchange ;; api_secret ;; BITFINEX_API_SECRET ;; {a62:43} ;; N ;;  ;; P
bitstamp ;; Bitstamp ;; crypto_exchange ;; api_secret ;; BITSTAMP_API_SECRET ;; {a62:32} ;; N ;;  ;; P
gateio ;; Gate.io ;; crypto_exchange ;; api_secret ;; GATE_API_SECRET ;; {hex:64} ;; N ;;  ;; P
htx ;; HTX (Huobi) ;; crypto_exchange ;; secret_key ;; HTX_SECRET_KEY ;; {hex:8}-{hex:8}-{hex:8}-{hex:5} ;; N ;;  ;; P
bitvavo ;; Bitvavo ;; crypto_exchange ;; api_secret ;; BITVAVO_API_SECRET ;; {hex:128} ;; N ;;  ;; P
upbit ;; Upbit ;; crypto_exchange ;; secret_key ;; UPBIT_SECRET_KEY ;; {a62:40} ;; N ;;  ;; P
deribit ;; Deribit ;; crypto_exchange ;; client_secret ;; DERIBIT_CLIENT_SECRET ;; {b64u:43} ;; N ;;  ;; I
bitmex ;; BitMEX ;; crypto_exchange ;; api_secret ;; BITMEX_API_SECRET ;; {b64u:48} ;; N ;;  ;; P
coingecko ;; CoinGecko ;; crypto ;; pro_api_key ;; COINGECKO_PRO_API_KEY ;; CG-{a62:24} ;; H:x-cg-pro-api-key: ;; https://pro-api.coingecko.com/api/v3/ping ;; P
coinmarketcap ;; CoinMarketCap ;; crypto ;; api_key ;; CMC_PRO_API_KEY ;; {uuid} ;; H:X-CMC_PRO_API_KEY: ;; https://pro-api.coinmarketcap.com/v1/key/info ;; D
covalent ;; Covalent (GoldRush) ;; crypto ;; api_key ;; COVALENT_API_KEY ;; ckey_{a62:27} ;; H:Authorization:Bearer  ;; https://api.covalenthq.com/v1/chains/ ;; P
blockfrost ;; Blockfrost ;; crypto ;; project_id_key ;; BLOCKFROST_PROJECT_ID ;; {one:mainnet|preprod|preview}{a62:32} ;; H:project_id: ;; https://cardano-mainnet.blockfrost.io/api/v0/blocks/latest ;; P
helius ;; Helius ;; crypto ;; api_key ;; HELIUS_API_KEY ;; {uuid} ;; Q:api-key ;; https://mainnet.helius-rpc.com/ ;; I
quicknode ;; QuickNode ;; crypto ;; endpoint_token ;; QUICKNODE_RPC_URL ;; {hex:40} ;; N ;;  ;; P ;; https://frosty-silent-meadow.solana-mainnet.quiknode.pro/{}/
pinata ;; Pinata ;; crypto ;; jwt ;; PINATA_JWT ;; {@jwt_pinata} ;; H:Authorization:Bearer  ;; https://api.pinata.cloud/data/testAuthentication ;; P
tatum ;; Tatum ;; crypto ;; api_key ;; TATUM_API_KEY ;; t-{hex:24}-{hex:32} ;; H:x-api-key: ;; https://api.tatum.io/v3/tatum/usage ;; P
thirdweb ;; thirdweb ;; crypto ;; secret_key ;; THIRDWEB_SECRET_KEY ;; {b64u:86} ;; H:x-secret-key: ;; https://api.thirdweb.com/v1/wallets ;; I
polygon_io ;; Polygon.io ;; market_data ;; api_key ;; POLYGON_API_KEY ;; {a62:32} ;; Q:apiKey ;; https://api.polygon.io/v2/aggs/ticker/AAPL/prev ;; I
finnhub ;; Finnhub ;; market_data ;; api_key ;; FINNHUB_API_KEY ;; {a36:20} ;; H:X-Finnhub-Token: ;; https://finnhub.io/api/v1/quote?symbol=AAPL ;; P
alphavantage ;; Alpha Vantage ;; market_data ;; api_key ;; ALPHAVANTAGE_API_KEY ;; {A36:16} ;; Q:apikey ;; https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM ;; P
tiingo ;; Tiingo ;; market_data ;; api_token ;; TIINGO_API_KEY ;; {hex:40} ;; H:Authorization:Token  ;; https://api.tiingo.com/api/test ;; I
nasdaq_data_link ;; Nasdaq Data Link ;; market_data ;; api_key ;; NASDAQ_DATA_LINK_API_KEY ;; {a62:20} ;; Q:api_key ;; https://data.nasdaq.com/api/v3/datatables/ETFG/FUND.json ;; P
fred ;; FRED ;; market_data ;; api_key ;; FRED_API_KEY ;; {hex:32} ;; Q:api_key ;; https://api.stlouisfed.org/fred/series?series_id=GNPCA ;; D
tradier ;; Tradier ;; market_data ;; access_token ;; TRADIER_ACCESS_TOKEN ;; {a62:28} ;; H:Authorization:Bearer  ;; https://api.tradier.com/v1/user/profile ;; I
iex_cloud ;; IEX Cloud ;; market_data ;; secret_token ;; IEX_CLOUD_SECRET_TOKEN ;; sk_{hex:32} ;; Q:token ;; https://cloud.iexapis.com/stable/stock/aapl/quote ;; P
twelvedata ;; Twelve Data ;; market_data ;; api_key ;; TWELVE_DATA_API_KEY ;; {hex:32} ;; H:Authorization:apikey  ;; https://api.twelvedata.com/time_series?symbol=AAPL&interval=1day ;; I
wise ;; Wise ;; fintech ;; api_token ;; WISE_API_TOKEN ;; {uuid} ;; H:Authorization:Bearer  ;; https://api.transferwise.com/v1/profiles ;; I
lithic ;; Lithic ;; fintech ;; api_key ;; LITHIC_API_KEY ;; {uuid} ;; H:Authorization: ;; https://api.lithic.com/v1/cards ;; I
modern_treasury ;; Modern Treasury ;; fintech ;; api_key ;; MODERN_TREASURY_API_KEY ;; live-{a62:64} ;; U ;; https://app.moderntreasury.com/api/counterparties ;; P
mercury ;; Mercury ;; fintech ;; api_token ;; MERCURY_API_TOKEN ;; secret-token:mercury_production_{one:rma|wma}_{a62:44}_yrucrem ;; H:Authorization:Bearer  ;; https://api.mercury.com/api/v1/accounts ;; P
taxjar ;; TaxJar ;; fintech ;; api_key ;; TAXJAR_API_KEY ;; {hex:32} ;; H:Authorization:Bearer  ;; https://api.taxjar.com/v2/categories ;; P
avalara ;; Avalara AvaTax ;; fintech ;; license_key ;; AVALARA_LICENSE_KEY ;; {HEX:16} ;; N ;;  ;; P
xero ;; Xero ;; fintech ;; client_secret ;; XERO_CLIENT_SECRET ;; {b64u:48} ;; N ;;  ;; P
quickbooks ;; QuickBooks Online ;; fintech ;; client_secret ;; QBO_CLIENT_SECRET ;; {a62:40} ;; N ;;  ;; P
expensify ;; Expensify ;; fintech ;; partner_user_secret ;; EXPENSIFY_PARTNER_USER_SECRET ;; {hex:40} ;; N ;;  ;; P
invoiceninja ;; Invoice Ninja ;; fintech ;; api_token ;; INVOICENINJA_API_TOKEN ;; {a62:64} ;; H:X-API-TOKEN: ;; https://invoicing.co/api/v1/clients ;; I
revenuecat ;; RevenueCat ;; mobile ;; secret_api_key ;; REVENUECAT_SECRET_API_KEY ;; sk_{a62:32} ;; H:Authorization:Bearer  ;; https://api.revenuecat.com/v2/projects ;; P
adapty ;; Adapty ;; mobile ;; secret_key ;; ADAPTY_SECRET_KEY ;; secret_live_{a62:8}.{a62:32} ;; H:Authorization:Api-Key  ;; https://api.adapty.io/api/v2/server-side-api/profile/ ;; P
branch ;; Branch ;; mobile ;; branch_secret ;; BRANCH_SECRET ;; secret_live_{a62:32} ;; N ;;  ;; P
huawei_appgallery ;; Huawei AppGallery Connect ;; mobile ;; client_secret ;; AGC_CLIENT_SECRET ;; {HEX:64} ;; N ;;  ;; I
playfab ;; PlayFab ;; gaming ;; developer_secret_key ;; PLAYFAB_DEVELOPER_SECRET_KEY ;; {A36:52} ;; H:X-SecretKey: ;; https://9F3A1.playfabapi.com/Server/GetTitleData ;; I
steam ;; Steam Web API ;; gaming ;; web_api_key ;; STEAM_API_KEY ;; {HEX:32} ;; Q:key ;; https://api.steampowered.com/ISteamWebAPIUtil/GetServerInfo/v1/ ;; P
riot ;; Riot Games ;; gaming ;; api_key ;; RIOT_API_KEY ;; RGAPI-{uuid} ;; H:X-Riot-Token: ;; https://euw1.api.riotgames.com/lol/status/v4/platform-data ;; D
roblox ;; Roblox ;; gaming ;; roblosecurity_cookie ;; ROBLOSECURITY ;; {@roblox} ;; N ;;  ;; P
lichess ;; Lichess ;; gaming ;; personal_token ;; LICHESS_TOKEN ;; lip_{a62:20} ;; H:Authorization:Bearer  ;; https://lichess.org/api/account ;; P
battlenet ;; Battle.net ;; gaming ;; client_secret ;; BLIZZARD_CLIENT_SECRET ;; {a62:32} ;; N ;;  ;; I
itchio ;; itch.io ;; gaming ;; butler_api_key ;; BUTLER_API_KEY ;; {a62:40} ;; N ;;  ;; I
gameanalytics ;; GameAnalytics ;; gaming ;; secret_key ;; GAMEANALYTICS_SECRET_KEY ;; {hex:40} ;; N ;;  ;; P
modio ;; mod.io ;; gaming ;; api_key ;; MODIO_API_KEY ;; {hex:32} ;; Q:api_key ;; https://api.mod.io/v1/games ;; I
edgegap ;; Edgegap ;; gaming ;; api_token ;; EDGEGAP_API_TOKEN ;; {uuid} ;; H:Authorization:token  ;; https://api.edgegap.com/v1/apps ;; I
osu ;; osu! ;; gaming ;; client_secret ;; OSU_CLIENT_SECRET ;; {a62:40} ;; N ;;  ;; P
rawg ;; RAWG ;; gaming ;; api_key ;; RAWG_API_KEY ;; {hex:32} ;; Q:key ;; https://api.rawg.io/api/games ;; I
tmdb ;; TMDB ;; media ;; api_key_v3 ;; TMDB_API_KEY ;; {hex:32} ;; Q:api_key ;; https://api.themoviedb.org/3/configuration ;; P
tmdb ;; TMDB ;; media ;; read_access_token ;; TMDB_READ_ACCESS_TOKEN ;; {@jwt_tmdb} ;; H:Authorization:Bearer  ;; https://api.themoviedb.org/3/authentication ;; P
lastfm ;; Last.fm ;; media ;; shared_secret ;; LASTFM_API_SECRET ;; {hex:32} ;; N ;;  ;; I
discogs ;; Discogs ;; media ;; user_token ;; DISCOGS_TOKEN ;; {a62:40} ;; H:Authorization:Discogs token= ;; https://api.discogs.com/oauth/identity ;; I
genius ;; Genius ;; media ;; access_token ;; GENIUS_ACCESS_TOKEN ;; {b64u:64} ;; H:Authorization:Bearer  ;; https://api.genius.com/account ;; I
pexels ;; Pexels ;; media ;; api_key ;; PEXELS_API_KEY ;; {a62:56} ;; H:Authorization: ;; https://api.pexels.com/v1/curated?per_page=1 ;; P
pixabay ;; Pixabay ;; media ;; api_key ;; PIXABAY_API_KEY ;; {dig:8}-{hex:25} ;; Q:key ;; https://pixabay.com/api/?q=yellow+flowers ;; P
flickr ;; Flickr ;; media ;; api_secret ;; FLICKR_API_SECRET ;; {hex:16} ;; N ;;  ;; P
wistia ;; Wistia ;; media ;; api_token ;; WISTIA_API_TOKEN ;; {hex:64} ;; H:Authorization:Bearer  ;; https://api.wistia.com/v1/medias.json ;; I
api_video ;; api.video ;; media ;; api_key ;; APIVIDEO_API_KEY ;; {a62:43} ;; U ;; https://ws.api.video/videos ;; I
kaltura ;; Kaltura ;; media ;; admin_secret ;; KALTURA_ADMIN_SECRET ;; {hex:32} ;; N ;;  ;; I
imagekit ;; ImageKit ;; media ;; private_key ;; IMAGEKIT_PRIVATE_KEY ;; private_{b64:27}= ;; U ;; https://api.imagekit.io/v1/files ;; P
uploadcare ;; Uploadcare ;; media ;; secret_key ;; UPLOADCARE_SECRET_KEY ;; {hex:20} ;; N ;;  ;; P
filestack ;; Filestack ;; media ;; app_secret ;; FILESTACK_APP_SECRET ;; {A36:26} ;; N ;;  ;; I
transloadit ;; Transloadit ;; media ;; auth_secret ;; TRANSLOADIT_SECRET ;; {hex:40} ;; N ;;  ;; P
bunny ;; bunny.net ;; cdn ;; account_api_key ;; BUNNY_API_KEY ;; {uuid}{uuid} ;; H:AccessKey: ;; https://api.bunny.net/pullzone ;; P
keycdn ;; KeyCDN ;; cdn ;; api_key ;; KEYCDN_API_KEY ;; {a62:32} ;; U ;; https://api.keycdn.com/zones.json ;; I
gcore ;; Gcore ;; cdn ;; permanent_api_token ;; GCORE_API_TOKEN ;; {dig:5}${hex:128} ;; H:Authorization:APIKey  ;; https://api.gcore.com/cdn/resources ;; P
imperva ;; Imperva ;; cdn ;; api_key ;; IMPERVA_API_KEY ;; {uuid} ;; H:x-API-Key: ;; https://my.imperva.com/api/prov/v1/sites/list ;; I
stackpath ;; StackPath ;; cdn ;; client_secret ;; STACKPATH_CLIENT_SECRET ;; {hex:64} ;; N ;;  ;; I
sucuri ;; Sucuri ;; cdn ;; api_secret ;; SUCURI_API_SECRET ;; {hex:32} ;; N ;;  ;; I
cdn77 ;; CDN77 ;; cdn ;; api_token ;; CDN77_API_TOKEN ;; {a62:64} ;; H:Authorization:Bearer  ;; https://api.cdn77.com/v3/cdn ;; I
huaweicloud ;; Huawei Cloud ;; cloud ;; secret_key ;; HUAWEICLOUD_SDK_SK ;; {a62:40} ;; N ;;  ;; P
baiducloud ;; Baidu AI Cloud ;; cloud ;; secret_access_key ;; BCE_SECRET_ACCESS_KEY ;; {hex:32} ;; N ;;  ;; P
volcengine ;; Volcengine ;; cloud ;; secret_key ;; VOLCENGINE_SECRET_KEY ;; {@volc_sk} ;; N ;;  ;; P
jdcloud ;; JD Cloud ;; cloud ;; secret_key ;; JDC_SECRET_KEY ;; {HEX:32} ;; N ;;  ;; I
qiniu ;; Qiniu ;; cloud ;; secret_key ;; QINIU_SECRET_KEY ;; {b64u:40} ;; N ;;  ;; P
ucloud ;; UCloud ;; cloud ;; private_key ;; UCLOUD_PRIVATE_KEY ;; {hex:40} ;; N ;;  ;; I
ncloud ;; NAVER Cloud Platform ;; cloud ;; secret_key ;; NCLOUD_SECRET_KEY ;; {a62:40} ;; N ;;  ;; P
sakuracloud ;; Sakura Cloud ;; cloud ;; access_token_secret ;; SAKURACLOUD_ACCESS_TOKEN_SECRET ;; {a62:40} ;; N ;;  ;; I
exoscale ;; Exoscale ;; cloud ;; api_secret ;; EXOSCALE_API_SECRET ;; {b64u:43} ;; N ;;  ;; P
ionos ;; IONOS Cloud ;; cloud ;; token ;; IONOS_TOKEN ;; {@jwt_ionos} ;; H:Authorization:Bearer  ;; https://api.ionos.com/cloudapi/v6/datacenters ;; P
civo ;; Civo ;; cloud ;; api_key ;; CIVO_TOKEN ;; {a62:50} ;; H:Authorization:bearer  ;; https://api.civo.com/v2/instances ;; P
equinix_metal ;; Equinix Metal ;; cloud ;; auth_token ;; METAL_AUTH_TOKEN ;; {a62:32} ;; H:X-Auth-Token: ;; https://api.equinix.com/metal/v1/projects ;; P
rackspace ;; Rackspace ;; cloud ;; api_key ;; RACKSPACE_API_KEY ;; {hex:32} ;; N ;;  ;; P
wasabi ;; Wasabi ;; cloud ;; secret_key ;; WASABI_SECRET_KEY ;; {a62:40} ;; N ;;  ;; P
filebase ;; Filebase ;; cloud ;; secret_key ;; FILEBASE_SECRET_KEY ;; {a62:40} ;; N ;;  ;; I
storj ;; Storj ;; cloud ;; access_grant ;; STORJ_ACCESS_GRANT ;; 1{b58:320} ;; N ;;  ;; P
tigris ;; Tigris ;; cloud ;; secret_access_key ;; TIGRIS_STORAGE_SECRET_ACCESS_KEY ;; tsec_{b64u:43} ;; N ;;  ;; P
oracle_cloud ;; Oracle Cloud (OCI) ;; cloud ;; auth_token ;; OCI_AUTH_TOKEN ;; {@oci_auth} ;; N ;;  ;; P
contabo ;; Contabo ;; cloud ;; client_secret ;; CONTABO_CLIENT_SECRET ;; {a62:32} ;; N ;;  ;; I
koyeb ;; Koyeb ;; cloud ;; api_token ;; KOYEB_TOKEN ;; {a62:64} ;; H:Authorization:Bearer  ;; https://app.koyeb.com/v1/apps ;; I
platformsh ;; Upsun (Platform.sh) ;; cloud ;; api_token ;; PLATFORMSH_CLI_TOKEN ;; {a62:43} ;; N ;;  ;; I
pantheon ;; Pantheon ;; cloud ;; machine_token ;; TERMINUS_MACHINE_TOKEN ;; {b64u:43} ;; N ;;  ;; I
zerotier ;; ZeroTier ;; network ;; central_api_token ;; ZEROTIER_CENTRAL_TOKEN ;; {a62:32} ;; H:Authorization:token  ;; https://api.zerotier.com/api/v1/network ;; P
netbird ;; NetBird ;; network ;; personal_access_token ;; NETBIRD_API_TOKEN ;; {@netbird} ;; H:Authorization:Token  ;; https://api.netbird.io/api/peers ;; P
twingate ;; Twingate ;; network ;; api_token ;; TWINGATE_API_TOKEN ;; {b64u:80} ;; H:X-API-KEY: ;; https://acme.twingate.com/api/graphql/ ;; I
wireguard ;; WireGuard ;; network ;; private_key ;; WG_PRIVATE_KEY ;; {@wg} ;; N ;;  ;; D
workos ;; WorkOS ;; auth ;; secret_key ;; WORKOS_API_KEY ;; {@workos} ;; H:Authorization:Bearer  ;; https://api.workos.com/organizations ;; P
fusionauth ;; FusionAuth ;; auth ;; api_key ;; FUSIONAUTH_API_KEY ;; {b64u:64} ;; H:Authorization: ;; https://auth.example.com/api/user ;; I
kinde ;; Kinde ;; auth ;; client_secret ;; KINDE_CLIENT_SECRET ;; {a62:48} ;; N ;;  ;; I
frontegg ;; Frontegg ;; auth ;; api_key ;; FRONTEGG_API_KEY ;; {uuid} ;; N ;;  ;; I
propelauth ;; PropelAuth ;; auth ;; api_key ;; PROPELAUTH_API_KEY ;; {hex:96} ;; N ;;  ;; I
ory ;; Ory Network ;; auth ;; project_api_key ;; ORY_PROJECT_API_KEY ;; ory_pat_{a62:32} ;; H:Authorization:Bearer  ;; https://acme.projects.oryapis.com/admin/identities ;; P
permit ;; Permit.io ;; auth ;; api_key ;; PERMIT_API_KEY ;; permit_key_{a62:84} ;; H:Authorization:Bearer  ;; https://api.permit.io/v2/projects ;; P
logto ;; Logto ;; auth ;; app_secret ;; LOGTO_APP_SECRET ;; {a62:32} ;; N ;;  ;; I
supertokens ;; SuperTokens ;; auth ;; api_key ;; SUPERTOKENS_API_KEY ;; {a62:40} ;; N ;;  ;; I
veriff ;; Veriff ;; kyc ;; shared_secret ;; VERIFF_SHARED_SECRET ;; {uuid} ;; N ;;  ;; I
sumsub ;; Sumsub ;; kyc ;; app_token ;; SUMSUB_APP_TOKEN ;; prd:{a62:24}.{a62:32} ;; N ;;  ;; P
fingerprint ;; Fingerprint ;; security ;; secret_api_key ;; FINGERPRINT_SECRET_API_KEY ;; {a62:20} ;; H:Auth-API-Key: ;; https://api.fpjs.io/visitors/8nbmT18x79m54PQ0GvPq ;; P
hcaptcha ;; hCaptcha ;; security ;; secret_key ;; HCAPTCHA_SECRET ;; 0x{hex:40} ;; N ;;  ;; P
castle ;; Castle ;; security ;; api_secret ;; CASTLE_API_SECRET ;; {a62:32} ;; N ;;  ;; I
sift ;; Sift ;; security ;; rest_api_key ;; SIFT_API_KEY ;; {hex:16} ;; N ;;  ;; P
akeyless ;; Akeyless ;; secrets_mgmt ;; access_key ;; AKEYLESS_ACCESS_KEY ;; {b64:44} ;; N ;;  ;; I
bitwarden_sm ;; Bitwarden Secrets Manager ;; secrets_mgmt ;; machine_access_token ;; BWS_ACCESS_TOKEN ;; {@bws} ;; N ;;  ;; P
keeper ;; Keeper Secrets Manager ;; secrets_mgmt ;; one_time_access_token ;; KSM_TOKEN ;; {one:US|EU|AU}:{b64u:43} ;; N ;;  ;; P
conjur ;; CyberArk Conjur ;; secrets_mgmt ;; api_key ;; CONJUR_AUTHN_API_KEY ;; {a36:55} ;; N ;;  ;; P
tenable ;; Tenable ;; security ;; secret_key ;; TENABLE_SECRET_KEY ;; {hex:64} ;; N ;;  ;; P
crowdstrike ;; CrowdStrike Falcon ;; security ;; client_secret ;; FALCON_CLIENT_SECRET ;; {a62:40} ;; N ;;  ;; P
sentinelone ;; SentinelOne ;; security ;; api_token ;; S1_API_TOKEN ;; {a62:80} ;; H:Authorization:ApiToken  ;; https://usea1.sentinelone.net/web/api/v2.1/agents ;; I
censys ;; Censys ;; security ;; api_secret ;; CENSYS_API_SECRET ;; {a62:32} ;; N ;;  ;; P
greynoise ;; GreyNoise ;; security ;; api_key ;; GREYNOISE_API_KEY ;; {a62:64} ;; H:key: ;; https://api.greynoise.io/ping ;; I
securitytrails ;; SecurityTrails ;; security ;; api_key ;; SECURITYTRAILS_API_KEY ;; {a62:32} ;; H:APIKEY: ;; https://api.securitytrails.com/v1/ping ;; I
urlscan ;; urlscan.io ;; security ;; api_key ;; URLSCAN_API_KEY ;; {uuid} ;; H:API-Key: ;; https://urlscan.io/user/quotas/ ;; P
hibp ;; Have I Been Pwned ;; security ;; api_key ;; HIBP_API_KEY ;; {hex:32} ;; H:hibp-api-key: ;; https://haveibeenpwned.com/api/v3/subscription/status ;; P
otx ;; AlienVault OTX ;; security ;; api_key ;; OTX_API_KEY ;; {hex:64} ;; H:X-OTX-API-KEY: ;; https://otx.alienvault.com/api/v1/user/me ;; P
hybrid_analysis ;; Hybrid Analysis ;; security ;; api_key ;; HYBRID_ANALYSIS_API_KEY ;; {a62:64} ;; H:api-key: ;; https://www.hybrid-analysis.com/api/v2/key/current ;; I
ipqualityscore ;; IPQualityScore ;; security ;; api_key ;; IPQS_API_KEY ;; {a62:32} ;; N ;;  ;; I
veracode ;; Veracode ;; security ;; api_key_secret ;; VERACODE_API_KEY_SECRET ;; {hex:128} ;; N ;;  ;; P
wiz ;; Wiz ;; security ;; client_secret ;; WIZ_CLIENT_SECRET ;; {a62:64} ;; N ;;  ;; I
lacework ;; Lacework ;; security ;; api_secret ;; LW_API_SECRET ;; _{hex:32} ;; N ;;  ;; P
sysdig ;; Sysdig Secure ;; security ;; api_token ;; SYSDIG_SECURE_API_TOKEN ;; {uuid} ;; H:Authorization:Bearer  ;; https://secure.sysdig.com/api/scanning/v1/resultsDirect ;; I
detectify ;; Detectify ;; security ;; api_key ;; DETECTIFY_API_KEY ;; {hex:32} ;; H:X-Detectify-Key: ;; https://api.detectify.com/rest/v2/domains/ ;; I
hackerone ;; HackerOne ;; security ;; api_token ;; H1_API_TOKEN ;; {b64:44} ;; N ;;  ;; I
jamf ;; Jamf Pro ;; mdm ;; client_secret ;; JAMF_CLIENT_SECRET ;; {a62:64} ;; N ;;  ;; I
kandji ;; Kandji ;; mdm ;; api_token ;; KANDJI_API_TOKEN ;; {uuid} ;; H:Authorization:Bearer  ;; https://acme.api.kandji.io/api/v1/devices ;; I
youtrack ;; YouTrack ;; ticketing ;; permanent_token ;; YOUTRACK_TOKEN ;; {@perm} ;; H:Authorization:Bearer  ;; https://acme.youtrack.cloud/api/users/me ;; P
shortcut ;; Shortcut ;; ticketing ;; api_token ;; SHORTCUT_API_TOKEN ;; {uuid} ;; H:Shortcut-Token: ;; https://api.app.shortcut.com/api/v3/member ;; P
pivotal_tracker ;; Pivotal Tracker ;; ticketing ;; api_token ;; PIVOTAL_TRACKER_TOKEN ;; {hex:32} ;; H:X-TrackerToken: ;; https://www.pivotaltracker.com/services/v5/me ;; P
wrike ;; Wrike ;; ticketing ;; permanent_token ;; WRIKE_PERMANENT_TOKEN ;; {@jwt_wrike} ;; H:Authorization:bearer  ;; https://www.wrike.com/api/v4/contacts?me=true ;; P
teamwork ;; Teamwork.com ;; ticketing ;; api_key ;; TEAMWORK_API_KEY ;; twp_{a62:28} ;; U ;; https://acme.teamwork.com/projects/api/v3/projects.json ;; P
plane ;; Plane ;; ticketing ;; api_key ;; PLANE_API_KEY ;; plane_api_{hex:32} ;; H:X-API-Key: ;; https://api.plane.so/api/v1/workspaces/acme/projects/ ;; P
redmine ;; Redmine ;; ticketing ;; api_key ;; REDMINE_API_KEY ;; {hex:40} ;; H:X-Redmine-API-Key: ;; https://redmine.example.com/my/account.json ;; P
smartsheet ;; Smartsheet ;; productivity ;; access_token ;; SMARTSHEET_ACCESS_TOKEN ;; {a62:37} ;; H:Authorization:Bearer  ;; https://api.smartsheet.com/2.0/users/me ;; P
coda ;; Coda ;; productivity ;; api_token ;; CODA_API_TOKEN ;; {uuid} ;; H:Authorization:Bearer  ;; https://coda.io/apis/v1/whoami ;; P
productboard ;; Productboard ;; productivity ;; access_token ;; PRODUCTBOARD_TOKEN ;; {@jwt_productboard} ;; H:Authorization:Bearer  ;; https://api.productboard.com/features ;; P
aha ;; Aha! ;; productivity ;; api_key ;; AHA_API_KEY ;; {hex:64} ;; H:Authorization:Bearer  ;; https://acme.aha.io/api/v1/me ;; I
harvest ;; Harvest ;; productivity ;; personal_access_token ;; HARVEST_ACCESS_TOKEN ;; {dig:7}.pt.{b64u:86} ;; H:Authorization:Bearer  ;; https://api.harvestapp.com/v2/users/me ;; P
toggl ;; Toggl Track ;; productivity ;; api_token ;; TOGGL_API_TOKEN ;; {hex:32} ;; N ;;  ;; P
clockify ;; Clockify ;; productivity ;; api_key ;; CLOCKIFY_API_KEY ;; {b64:48} ;; H:X-Api-Key: ;; https://api.clockify.me/api/v1/user ;; I
miro ;; Miro ;; collaboration ;; access_token ;; MIRO_ACCESS_TOKEN ;; eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_{b64u:27} ;; H:Authorization:Bearer  ;; https://api.miro.com/v2/boards ;; P
webflow ;; Webflow ;; cms ;; api_token ;; WEBFLOW_API_TOKEN ;; {hex:64} ;; H:Authorization:Bearer  ;; https://api.webflow.com/v2/token/introspect ;; P
wix ;; Wix ;; cms ;; api_key ;; WIX_API_KEY ;; {@wix} ;; H:Authorization: ;; https://www.wixapis.com/site-list/v2/sites/query ;; P
wordpress ;; WordPress ;; cms ;; application_password ;; WP_APPLICATION_PASSWORD ;; {@wp_app} ;; N ;;  ;; D
ghost ;; Ghost ;; cms ;; admin_api_key ;; GHOST_ADMIN_API_KEY ;; {hex:24}:{hex:64} ;; N ;;  ;; D
strapi ;; Strapi ;; cms ;; api_token ;; STRAPI_API_TOKEN ;; {hex:256} ;; H:Authorization:Bearer  ;; https://cms.example.com/api/articles ;; P
datocms ;; DatoCMS ;; cms ;; full_access_token ;; DATOCMS_API_TOKEN ;; {hex:30} ;; H:Authorization:Bearer  ;; https://site-api.datocms.com/items ;; P
builder_io ;; Builder.io ;; cms ;; private_key ;; BUILDER_PRIVATE_KEY ;; bpk-{hex:32} ;; H:Authorization:Bearer  ;; https://builder.io/api/v1/write/page ;; P
directus ;; Directus ;; cms ;; static_token ;; DIRECTUS_STATIC_TOKEN ;; {b64u:32} ;; H:Authorization:Bearer  ;; https://directus.example.com/users/me ;; I
hygraph ;; Hygraph ;; cms ;; permanent_auth_token ;; HYGRAPH_TOKEN ;; {@jwt_hygraph} ;; H:Authorization:Bearer  ;; https://api-eu-central-1.hygraph.com/v2/cms/master ;; P
docusign ;; DocuSign ;; esignature ;; client_secret ;; DOCUSIGN_CLIENT_SECRET ;; {uuid} ;; N ;;  ;; P
pandadoc ;; PandaDoc ;; esignature ;; api_key ;; PANDADOC_API_KEY ;; {hex:40} ;; H:Authorization:API-Key  ;; https://api.pandadoc.com/public/v1/documents ;; P
adobe_sign ;; Adobe Acrobat Sign ;; esignature ;; integration_key ;; ADOBE_SIGN_INTEGRATION_KEY ;; 3AAABL{b64u:62} ;; H:Authorization:Bearer  ;; https://api.na1.adobesign.com/api/rest/v6/agreements ;; P
boldsign ;; BoldSign ;; esignature ;; api_key ;; BOLDSIGN_API_KEY ;; {b64:64} ;; H:X-API-KEY: ;; https://api.boldsign.com/v1/document/list ;; I
yousign ;; Yousign ;; esignature ;; api_key ;; YOUSIGN_API_KEY ;; {a62:32} ;; H:Authorization:Bearer  ;; https://api.yousign.app/v3/signature_requests ;; I
adobe_io ;; Adobe Developer Console ;; dev ;; client_secret ;; ADOBE_CLIENT_SECRET ;; p8e-{a62:32} ;; N ;;  ;; P
radar ;; Radar ;; maps ;; secret_key ;; RADAR_SECRET_KEY ;; prj_live_sk_{hex:40} ;; H:Authorization: ;; https://api.radar.io/v1/users ;; D
foursquare ;; Foursquare Places ;; maps ;; service_api_key ;; FOURSQUARE_API_KEY ;; fsq3{b64:44} ;; H:Authorization: ;; https://api.foursquare.com/v3/places/search?near=Chicago ;; P
smarty ;; Smarty ;; maps ;; auth_token ;; SMARTY_AUTH_TOKEN ;; {a62:20} ;; N ;;  ;; P
opencage ;; OpenCage ;; maps ;; api_key ;; OPENCAGE_API_KEY ;; {hex:32} ;; Q:key ;; https://api.opencagedata.com/geocode/v1/json?q=Berlin ;; P
geocodio ;; Geocodio ;; maps ;; api_key ;; GEOCODIO_API_KEY ;; {hex:39} ;; Q:api_key ;; https://api.geocod.io/v1.7/geocode?q=1109+N+Highland+St ;; I
here ;; HERE ;; maps ;; oauth_access_key_secret ;; HERE_ACCESS_KEY_SECRET ;; {b64u:86} ;; N ;;  ;; P
sinch ;; Sinch ;; sms_voice ;; api_token ;; SINCH_API_TOKEN ;; {hex:32} ;; H:Authorization:Bearer  ;; https://us.sms.api.sinch.com/xms/v1/acme-plan/batches ;; P
infobip ;; Infobip ;; sms_voice ;; api_key ;; INFOBIP_API_KEY ;; {hex:32}-{uuid} ;; H:Authorization:App  ;; https://api.infobip.com/sms/2/text/advanced ;; P
africastalking ;; Africa's Talking ;; sms_voice ;; api_key ;; AT_API_KEY ;; atsk_{hex:64} ;; H:apiKey: ;; https://api.africastalking.com/version1/user?username=acme ;; P
signalwire ;; SignalWire ;; sms_voice ;; api_token ;; SIGNALWIRE_TOKEN ;; PT{hex:48} ;; N ;;  ;; P
clicksend ;; ClickSend ;; sms_voice ;; api_key ;; CLICKSEND_API_KEY ;; {UUID} ;; N ;;  ;; I
textmagic ;; Textmagic ;; sms_voice ;; api_key ;; TEXTMAGIC_API_KEY ;; {a62:30} ;; H:X-TM-Key: ;; https://rest.textmagic.com/api/v2/user ;; I
msg91 ;; MSG91 ;; sms_voice ;; auth_key ;; MSG91_AUTH_KEY ;; {dig:6}A{a62:17} ;; H:authkey: ;; https://control.msg91.com/api/v5/flow/ ;; I
termii ;; Termii ;; sms_voice ;; api_key ;; TERMII_API_KEY ;; TL{a62:58} ;; N ;;  ;; P
telesign ;; Telesign ;; sms_voice ;; api_key ;; TELESIGN_API_KEY ;; {b64:86}== ;; N ;;  ;; P
elks46 ;; 46elks ;; sms_voice ;; api_password ;; ELKS_API_PASSWORD ;; {HEX:32} ;; N ;;  ;; I
ringcentral ;; RingCentral ;; sms_voice ;; client_secret ;; RINGCENTRAL_CLIENT_SECRET ;; {b64u:43} ;; N ;;  ;; I
aircall ;; Aircall ;; sms_voice ;; api_token ;; AIRCALL_API_TOKEN ;; {hex:32} ;; N ;;  ;; I
dialpad ;; Dialpad ;; sms_voice ;; api_key ;; DIALPAD_API_KEY ;; {a62:64} ;; H:Authorization:Bearer  ;; https://dialpad.com/api/v2/users ;; I
daily ;; Daily ;; video ;; api_key ;; DAILY_API_KEY ;; {hex:64} ;; H:Authorization:Bearer  ;; https://api.daily.co/v1/rooms ;; P
hms100 ;; 100ms ;; video ;; app_secret ;; HMS_APP_SECRET ;; {b64u:64} ;; N ;;  ;; I
livekit ;; LiveKit ;; video ;; api_secret ;; LIVEKIT_API_SECRET ;; {a62:44} ;; N ;;  ;; P
stream ;; Stream ;; chat ;; api_secret ;; STREAM_API_SECRET ;; {a36:64} ;; N ;;  ;; P
pubnub ;; PubNub ;; realtime ;; secret_key ;; PUBNUB_SECRET_KEY ;; {@pubnub_sec} ;; N ;;  ;; P
liveblocks ;; Liveblocks ;; realtime ;; secret_key ;; LIVEBLOCKS_SECRET_KEY ;; sk_prod_{b64u:64} ;; H:Authorization:Bearer  ;; https://api.liveblocks.io/v2/rooms ;; P
coveo ;; Coveo ;; search ;; api_key ;; COVEO_API_KEY ;; xx{uuid} ;; H:Authorization:Bearer  ;; https://platform.cloud.coveo.com/rest/search/v2 ;; P
constructor ;; Constructor ;; search ;; api_token ;; CONSTRUCTOR_API_TOKEN ;; tok_{a62:16} ;; N ;;  ;; P
doofinder ;; Doofinder ;; search ;; api_key ;; DOOFINDER_API_KEY ;; {one:eu1|us1}-{hex:40} ;; H:Authorization:Token  ;; https://eu1-api.doofinder.com/api/v2/search_engines ;; P
bitly ;; Bitly ;; misc_saas ;; access_token ;; BITLY_ACCESS_TOKEN ;; {hex:40} ;; H:Authorization:Bearer  ;; https://api-ssl.bitly.com/v4/user ;; P
rebrandly ;; Rebrandly ;; misc_saas ;; api_key ;; REBRANDLY_API_KEY ;; {hex:32} ;; H:apikey: ;; https://api.rebrandly.com/v1/account ;; P
dub ;; Dub ;; misc_saas ;; api_key ;; DUB_API_KEY ;; dub_{a62:24} ;; H:Authorization:Bearer  ;; https://api.dub.co/links ;; P
shortio ;; Short.io ;; misc_saas ;; secret_api_key ;; SHORTIO_API_KEY ;; sk_{a62:16} ;; H:Authorization: ;; https://api.short.io/api/domains ;; P
cloudconvert ;; CloudConvert ;; misc_saas ;; api_key ;; CLOUDCONVERT_API_KEY ;; {@jwt_cloudconvert} ;; H:Authorization:Bearer  ;; https://api.cloudconvert.com/v2/users/me ;; P
docraptor ;; DocRaptor ;; misc_saas ;; api_key ;; DOCRAPTOR_API_KEY ;; {a62:20} ;; N ;;  ;; I
abstractapi ;; Abstract API ;; misc_saas ;; api_key ;; ABSTRACT_API_KEY ;; {hex:32} ;; Q:api_key ;; https://emailvalidation.abstractapi.com/v1/?email=ops%40example.com ;; I
ipdata ;; ipdata ;; misc_saas ;; api_key ;; IPDATA_API_KEY ;; {hex:56} ;; Q:api-key ;; https://api.ipdata.co/8.8.8.8 ;; P
ipgeolocation ;; ipgeolocation.io ;; misc_saas ;; api_key ;; IPGEOLOCATION_API_KEY ;; {hex:32} ;; Q:apiKey ;; https://api.ipgeolocation.io/ipgeo ;; I
peopledatalabs ;; People Data Labs ;; data ;; api_key ;; PDL_API_KEY ;; {hex:64} ;; H:X-Api-Key: ;; https://api.peopledatalabs.com/v5/person/enrich?email=ops%40example.com ;; P
newsapi ;; NewsAPI ;; data ;; api_key ;; NEWSAPI_KEY ;; {hex:32} ;; H:X-Api-Key: ;; https://newsapi.org/v2/top-headlines?country=us ;; P
nytimes ;; New York Times API ;; data ;; api_key ;; NYT_API_KEY ;; {a62:32} ;; Q:api-key ;; https://api.nytimes.com/svc/topstories/v2/home.json ;; I
guardian ;; The Guardian Open Platform ;; data ;; api_key ;; GUARDIAN_API_KEY ;; {uuid} ;; Q:api-key ;; https://content.guardianapis.com/search ;; I
nasa ;; NASA Open APIs ;; data ;; api_key ;; NASA_API_KEY ;; {a62:40} ;; Q:api_key ;; https://api.nasa.gov/planetary/apod ;; P
weatherapi ;; WeatherAPI.com ;; weather ;; api_key ;; WEATHERAPI_KEY ;; {hex:31} ;; Q:key ;; https://api.weatherapi.com/v1/current.json?q=London ;; P
tomorrow_io ;; Tomorrow.io ;; weather ;; api_key ;; TOMORROW_API_KEY ;; {a62:32} ;; Q:apikey ;; https://api.tomorrow.io/v4/weather/realtime?location=toronto ;; P
visualcrossing ;; Visual Crossing ;; weather ;; api_key ;; VISUAL_CROSSING_API_KEY ;; {A36:25} ;; Q:key ;; https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/London ;; P
accuweather ;; AccuWeather ;; weather ;; api_key ;; ACCUWEATHER_API_KEY ;; {a62:32} ;; Q:apikey ;; https://dataservice.accuweather.com/currentconditions/v1/349727 ;; I
weatherbit ;; Weatherbit ;; weather ;; api_key ;; WEATHERBIT_API_KEY ;; {hex:32} ;; Q:key ;; https://api.weatherbit.io/v2.0/current?city=Raleigh,NC ;; P
exchangerate_api ;; ExchangeRate-API ;; market_data ;; api_key ;; EXCHANGERATE_API_KEY ;; {hex:24} ;; N ;;  ;; P
fixer ;; Fixer ;; market_data ;; access_key ;; FIXER_API_KEY ;; {hex:32} ;; Q:access_key ;; https://data.fixer.io/api/latest ;; P
lokalise ;; Lokalise ;; i18n ;; api_token ;; LOKALISE_API_TOKEN ;; {hex:40} ;; H:X-Api-Token: ;; https://api.lokalise.com/api2/projects ;; P
crowdin ;; Crowdin ;; i18n ;; personal_access_token ;; CROWDIN_PERSONAL_TOKEN ;; {hex:80} ;; H:Authorization:Bearer  ;; https://api.crowdin.com/api/v2/projects ;; P
phrase ;; Phrase Strings ;; i18n ;; access_token ;; PHRASE_ACCESS_TOKEN ;; {hex:64} ;; H:Authorization:token  ;; https://api.phrase.com/v2/projects ;; P
transifex ;; Transifex ;; i18n ;; api_token ;; TX_TOKEN ;; 1/{hex:40} ;; H:Authorization:Bearer  ;; https://rest.api.transifex.com/organizations ;; P
poeditor ;; POEditor ;; i18n ;; api_token ;; POEDITOR_API_TOKEN ;; {hex:32} ;; N ;;  ;; P
weblate ;; Weblate ;; i18n ;; api_key ;; WEBLATE_API_KEY ;; wlu_{a62:40} ;; H:Authorization:Token  ;; https://hosted.weblate.org/api/projects/ ;; P
tolgee ;; Tolgee ;; i18n ;; project_api_key ;; TOLGEE_API_KEY ;; tgpak_{a36:52} ;; H:X-API-Key: ;; https://app.tolgee.io/v2/projects/current ;; P
smartling ;; Smartling ;; i18n ;; user_secret ;; SMARTLING_USER_SECRET ;; {a62:56} ;; N ;;  ;; I
bamboohr ;; BambooHR ;; hr ;; api_key ;; BAMBOOHR_API_KEY ;; {hex:40} ;; N ;;  ;; P
greenhouse ;; Greenhouse ;; hr ;; harvest_api_key ;; GREENHOUSE_API_KEY ;; {hex:32} ;; N ;;  ;; I
lever ;; Lever ;; hr ;; api_key ;; LEVER_API_KEY ;; {b64:48} ;; N ;;  ;; I
ashby ;; Ashby ;; hr ;; api_key ;; ASHBY_API_KEY ;; {hex:64} ;; N ;;  ;; I
workable ;; Workable ;; hr ;; api_token ;; WORKABLE_API_TOKEN ;; {hex:64} ;; H:Authorization:Bearer  ;; https://acme.workable.com/spi/v3/jobs ;; I
merge ;; Merge ;; hr ;; api_key ;; MERGE_API_KEY ;; {b64u:64} ;; H:Authorization:Bearer  ;; https://api.merge.dev/api/hris/v1/employees ;; I
ecwid ;; Ecwid ;; ecommerce ;; secret_token ;; ECWID_SECRET_TOKEN ;; secret_{a62:32} ;; H:Authorization:Bearer  ;; https://app.ecwid.com/api/v3/1003/profile ;; P
ebay ;; eBay ;; ecommerce ;; cert_id ;; EBAY_CERT_ID ;; PRD-{hex:12}-{hex:4}-{hex:4}-{hex:4}-{hex:4} ;; N ;;  ;; P
magento ;; Adobe Commerce (Magento) ;; ecommerce ;; integration_access_token ;; MAGENTO_ACCESS_TOKEN ;; {a36:32} ;; H:Authorization:Bearer  ;; https://shop.example.com/rest/V1/store/storeConfigs ;; P
prestashop ;; PrestaShop ;; ecommerce ;; webservice_key ;; PRESTASHOP_WEBSERVICE_KEY ;; {A36:32} ;; U ;; https://shop.example.com/api/products ;; P
printful ;; Printful ;; ecommerce ;; api_token ;; PRINTFUL_API_TOKEN ;; {a62:40} ;; H:Authorization:Bearer  ;; https://api.printful.com/stores ;; I
printify ;; Printify ;; ecommerce ;; api_token ;; PRINTIFY_API_TOKEN ;; {@jwt_printify} ;; H:Authorization:Bearer  ;; https://api.printify.com/v1/shops.json ;; P
shipstation ;; ShipStation ;; ecommerce ;; api_secret ;; SHIPSTATION_API_SECRET ;; {hex:32} ;; N ;;  ;; I
shipengine ;; ShipEngine ;; ecommerce ;; api_key ;; SHIPENGINE_API_KEY ;; {b64:43} ;; H:API-Key: ;; https://api.shipengine.com/v1/carriers ;; I
aftership ;; AfterShip ;; ecommerce ;; api_key ;; AFTERSHIP_API_KEY ;; asat_{hex:32} ;; H:as-api-key: ;; https://api.aftership.com/tracking/2024-04/couriers ;; P
sendcloud ;; Sendcloud ;; ecommerce ;; secret_key ;; SENDCLOUD_SECRET_KEY ;; {hex:32} ;; N ;;  ;; I
gumroad ;; Gumroad ;; ecommerce ;; access_token ;; GUMROAD_ACCESS_TOKEN ;; {b64u:43} ;; Q:access_token ;; https://api.gumroad.com/v2/user ;; I
amadeus ;; Amadeus for Developers ;; travel ;; client_secret ;; AMADEUS_CLIENT_SECRET ;; {a62:16} ;; N ;;  ;; P
yelp ;; Yelp Fusion ;; data ;; api_key ;; YELP_API_KEY ;; {b64u:128} ;; H:Authorization:Bearer  ;; https://api.yelp.com/v3/businesses/search?location=NYC ;; P
calcom ;; Cal.com ;; scheduling ;; api_key ;; CAL_API_KEY ;; cal_live_{hex:32} ;; H:Authorization:Bearer  ;; https://api.cal.com/v2/me ;; D
calendly ;; Calendly ;; scheduling ;; personal_access_token ;; CALENDLY_PAT ;; {@jwt_calendly} ;; H:Authorization:Bearer  ;; https://api.calendly.com/users/me ;; P
nylas ;; Nylas ;; scheduling ;; api_key ;; NYLAS_API_KEY ;; nyk_v0_{a62:48} ;; H:Authorization:Bearer  ;; https://api.us.nylas.com/v3/grants ;; P
acuity ;; Acuity Scheduling ;; scheduling ;; api_key ;; ACUITY_API_KEY ;; {hex:32} ;; N ;;  ;; I
cronofy ;; Cronofy ;; scheduling ;; client_secret ;; CRONOFY_CLIENT_SECRET ;; CRN_{a62:40} ;; N ;;  ;; P
recallai ;; Recall.ai ;; scheduling ;; api_key ;; RECALLAI_API_KEY ;; {hex:40} ;; H:Authorization:Token  ;; https://us-west-2.recall.ai/api/v1/bot/ ;; I
whereby ;; Whereby ;; video ;; api_key ;; WHEREBY_API_KEY ;; {@jwt_whereby} ;; H:Authorization:Bearer  ;; https://api.whereby.dev/v1/meetings ;; P
jotform ;; Jotform ;; forms ;; api_key ;; JOTFORM_API_KEY ;; {hex:32} ;; H:APIKEY: ;; https://api.jotform.com/user ;; P
formspree ;; Formspree ;; forms ;; deploy_key ;; FORMSPREE_DEPLOY_KEY ;; {hex:32} ;; N ;;  ;; I
qualtrics ;; Qualtrics ;; forms ;; api_token ;; QUALTRICS_API_TOKEN ;; {a62:40} ;; H:X-API-TOKEN: ;; https://iad1.qualtrics.com/API/v3/whoami ;; P
surveymonkey ;; SurveyMonkey ;; forms ;; access_token ;; SURVEYMONKEY_ACCESS_TOKEN ;; {b64u:100} ;; H:Authorization:Bearer  ;; https://api.surveymonkey.com/v3/users/me ;; I
pinterest ;; Pinterest ;; social ;; access_token ;; PINTEREST_ACCESS_TOKEN ;; pina_{A36:96} ;; H:Authorization:Bearer  ;; https://api.pinterest.com/v5/user_account ;; P
tiktok ;; TikTok ;; social ;; access_token ;; TIKTOK_ACCESS_TOKEN ;; act.{hex:32}{a62:28}!{dig:4}.{one:va|e1|i1} ;; H:Authorization:Bearer  ;; https://open.tiktokapis.com/v2/user/info/?fields=open_id ;; P
reddit ;; Reddit ;; social ;; client_secret ;; REDDIT_CLIENT_SECRET ;; {b64u:27} ;; N ;;  ;; P
mastodon ;; Mastodon ;; social ;; access_token ;; MASTODON_ACCESS_TOKEN ;; {b64u:43} ;; H:Authorization:Bearer  ;; https://mastodon.social/api/v1/accounts/verify_credentials ;; P
bluesky ;; Bluesky ;; social ;; app_password ;; BLUESKY_APP_PASSWORD ;; {a36:4}-{a36:4}-{a36:4}-{a36:4} ;; N ;;  ;; D
patreon ;; Patreon ;; social ;; creator_access_token ;; PATREON_CREATOR_ACCESS_TOKEN ;; {b64u:43} ;; H:Authorization:Bearer  ;; https://www.patreon.com/api/oauth2/v2/identity ;; I
tumblr ;; Tumblr ;; social ;; consumer_secret ;; TUMBLR_CONSUMER_SECRET ;; {a62:50} ;; N ;;  ;; I
"""


class Kind:
    __slots__ = ("slug", "pretty", "cat", "kind", "env", "tpl", "auth", "url", "src", "wrap", "rx", "distinct", "prefix")


def load_table():
    kinds = []
    for line in TABLE.strip("\n").split("\n"):
        parts = [p.strip() for p in line.split(";;")]
        # auth values may end with a meaningful trailing space ("Bearer "), re-read it raw
        raw = line.split(";;")
        k = Kind()
        k.slug, k.pretty, k.cat, k.kind, k.env, k.tpl = parts[:6]
        a = raw[6].strip()
        if a.startswith("H:") and raw[6].endswith("  "):
            a = a + " "
        k.auth = a
        k.url = parts[7]
        k.src = parts[8]
        k.wrap = parts[9] if len(parts) > 9 and parts[9] else None
        k.rx = rx_tpl(k.tpl)
        k.distinct = is_distinct(k.tpl)
        k.prefix = lead_prefix(k.tpl)
        kinds.append(k)
    return kinds


# Public identifiers the providers document as non-secret (publishable / client-side keys, ids,
# regions, endpoints).  slug -> [(kind, template, variable name, note)]
PUBLIC = {
    "radar": [("publishable_key", "prj_live_pk_{hex:40}", "RADAR_PUBLISHABLE_KEY", "publishable key, meant for the browser/mobile SDK")],
    "paddle": [("client_side_token", "live_{hex:27}", "PADDLE_CLIENT_TOKEN", "client-side token for Paddle.js, safe to expose")],
    "statsig": [("client_sdk_key", "client-{a62:43}", "STATSIG_CLIENT_KEY", "client SDK key, intended for web/mobile clients")],
    "devcycle": [("client_sdk_key", "dvc_client_{uuid}_{hex:7}", "DEVCYCLE_CLIENT_SDK_KEY", "client-side SDK key")],
    "growthbook": [("sdk_client_key", "sdk-{a62:16}", "GROWTHBOOK_CLIENT_KEY", "SDK connection client key (public)")],
    "klaviyo": [("public_api_key", "{a62:6}", "KLAVIYO_PUBLIC_KEY", "public API key / site ID used by the onsite JS")],
    "revenuecat": [("apple_public_sdk_key", "appl_{a62:27}", "REVENUECAT_APPLE_API_KEY", "public app-specific SDK key"),
                   ("google_public_sdk_key", "goog_{a62:27}", "REVENUECAT_GOOGLE_API_KEY", "public app-specific SDK key")],
    "adapty": [("public_sdk_key", "public_live_{a62:8}.{a62:20}", "ADAPTY_PUBLIC_KEY", "public SDK key")],
    "branch": [("branch_key", "key_live_{a62:32}", "BRANCH_KEY", "Branch key embedded in the app")],
    "midtrans": [("client_key", "Mid-client-{b64u:16}", "MIDTRANS_CLIENT_KEY", "client key for Snap.js")],
    "xendit": [("public_key", "xnd_public_production_{a62:48}", "XENDIT_PUBLIC_KEY", "public key for card tokenization")],
    "mercadopago": [("public_key", "APP_USR-{uuid}", "MERCADOPAGO_PUBLIC_KEY", "public key for the checkout bricks")],
    "omise": [("public_key", "pkey_5{a36:18}", "OMISE_PUBLIC_KEY", "public key for Omise.js")],
    "paymongo": [("public_key", "pk_live_{a62:24}", "PAYMONGO_PUBLIC_KEY", "public key")],
    "culqi": [("public_key", "pk_live_{hex:16}", "CULQI_PUBLIC_KEY", "public key for Culqi Checkout")],
    "adyen": [("client_key", "live_{A36:32}", "ADYEN_CLIENT_KEY", "client key for Drop-in (client-side)")],
    "magic": [("publishable_key", "pk_live_{HEX:16}", "MAGIC_PUBLISHABLE_KEY", "publishable API key")],
    "moonpay": [("publishable_key", "pk_live_{a62:32}", "MOONPAY_PUBLISHABLE_KEY", "publishable key for the widget")],
    "iex_cloud": [("publishable_token", "pk_{hex:32}", "IEX_PUBLISHABLE_TOKEN", "publishable token")],
    "imagekit": [("public_key", "public_{b64:27}=", "IMAGEKIT_PUBLIC_KEY", "public key for client uploads"),
                 ("url_endpoint", "https://ik.imagekit.io/{a36:8}", "IMAGEKIT_URL_ENDPOINT", "URL endpoint")],
    "uploadcare": [("public_key", "{hex:20}", "UPLOADCARE_PUBLIC_KEY", "public key used by the upload widget")],
    "stream": [("api_key", "{a36:12}", "STREAM_API_KEY", "app API key (public; the secret stays server-side)")],
    "pubnub": [("subscribe_key", "sub-c-{uuid}", "PUBNUB_SUBSCRIBE_KEY", "subscribe key shipped in clients"),
               ("publish_key", "pub-c-{uuid}", "PUBNUB_PUBLISH_KEY", "publish key shipped in clients")],
    "liveblocks": [("public_key", "pk_prod_{b64u:64}", "LIVEBLOCKS_PUBLIC_KEY", "public key for the client")],
    "builder_io": [("public_api_key", "{hex:32}", "BUILDER_PUBLIC_API_KEY", "public API key")],
    "ghost": [("content_api_key", "{hex:26}", "GHOST_CONTENT_API_KEY", "Content API key, safe in the browser")],
    "ecwid": [("public_token", "public_{a62:32}", "ECWID_PUBLIC_TOKEN", "public token for storefront calls"),
              ("store_id", "{dig:8}", "ECWID_STORE_ID", "store id")],
    "ebay": [("app_id", "{one:Acme|Jdoe|Shopco}-{one:Storefro|Inventor|Listings}-PRD-{hex:9}-{hex:8}", "EBAY_APP_ID", "application (client) id")],
    "hcaptcha": [("sitekey", "{uuid}", "HCAPTCHA_SITEKEY", "site key rendered in the page"),
                 ("documented_test_secret", "0x0000000000000000000000000000000000000000", "HCAPTCHA_TEST_SECRET", "hCaptcha's published dummy secret for local testing")],
    "fingerprint": [("public_api_key", "{a62:20}", "FINGERPRINT_PUBLIC_API_KEY", "public API key for the JS agent")],
    "sift": [("beacon_key", "{hex:10}", "SIFT_BEACON_KEY", "JavaScript snippet beacon key")],
    "smarty": [("embedded_key", "{dig:18}", "SMARTY_EMBEDDED_KEY", "website (embedded) key, origin-restricted")],
    "crisp": [("website_id", "{uuid}", "CRISP_WEBSITE_ID", "chatbox website id")],
    "disqus": [("public_key", "{a62:64}", "DISQUS_PUBLIC_KEY", "public API key")],
    "workos": [("client_id", "client_01{CROCK:24}", "WORKOS_CLIENT_ID", "client id")],
    "thirdweb": [("client_id", "{hex:32}", "THIRDWEB_CLIENT_ID", "client id for frontend use")],
    "customerio": [("site_id", "{hex:20}", "CUSTOMERIO_SITE_ID", "site id used by the JS snippet")],
    "cypress_cloud": [("project_id", "{a36:6}", "CYPRESS_PROJECT_ID", "projectId from cypress.config")],
    "playfab": [("title_id", "{HEX:5}", "PLAYFAB_TITLE_ID", "title id")],
    "steam": [("app_id", "{dig:6}", "STEAM_APP_ID", "app id")],
    "zerotier": [("network_id", "{hex:16}", "ZEROTIER_NETWORK_ID", "network id")],
    "wireguard": [("peer_public_key", "{@wg}", "WG_PEER_PUBLIC_KEY", "peer public key")],
    "oracle_cloud": [("tenancy_ocid", "ocid1.tenancy.oc1..aaaaaaaa{a36:52}", "OCI_TENANCY_OCID", "tenancy OCID"),
                     ("user_ocid", "ocid1.user.oc1..aaaaaaaa{a36:52}", "OCI_USER_OCID", "user OCID"),
                     ("key_fingerprint", "{@fingerprint}", "OCI_FINGERPRINT", "API signing key fingerprint")],
    "keen": [("project_id", "{hex:24}", "KEEN_PROJECT_ID", "project id")],
    "harvest": [("account_id", "{dig:7}", "HARVEST_ACCOUNT_ID", "account id header value")],
    "webflow": [("site_id", "{hex:24}", "WEBFLOW_SITE_ID", "site id")],
    "lokalise": [("project_id", "{hex:22}.{dig:8}", "LOKALISE_PROJECT_ID", "project id")],
    "crowdin": [("project_id", "{dig:6}", "CROWDIN_PROJECT_ID", "project id")],
    "signalwire": [("project_id", "{uuid}", "SIGNALWIRE_PROJECT_ID", "project id"),
                   ("space_url", "{one:acme|hooli|globex}.signalwire.com", "SIGNALWIRE_SPACE_URL", "space URL")],
    "telesign": [("customer_id", "{UUID}", "TELESIGN_CUSTOMER_ID", "customer id")],
    "nylas": [("grant_id", "{uuid}", "NYLAS_GRANT_ID", "grant id")],
    "nasa": [("demo_key", "DEMO_KEY", "NASA_API_KEY", "the documented shared demo key")],
    "activecampaign": [("api_url", "https://{one:acme|hooli}{dig:5}.api-us1.com", "ACTIVECAMPAIGN_URL", "account API URL")],
    "bamboohr": [("company_domain", "{one:acme|initech|hooli}", "BAMBOOHR_COMPANY_DOMAIN", "company subdomain")],
    "qualtrics": [("datacenter", "{one:iad1|fra1|syd1|ca1}", "QUALTRICS_DATACENTER", "datacenter id"),
                  ("survey_id", "SV_{a62:15}", "QUALTRICS_SURVEY_ID", "survey id")],
    "formspree": [("form_id", "{a36:8}", "FORMSPREE_FORM_ID", "form id (appears in the form action URL)")],
    "greenhouse": [("board_token", "{one:acme|initech|hooli}", "GREENHOUSE_BOARD_TOKEN", "public job board slug")],
    "airbrake": [("project_id", "{dig:6}", "AIRBRAKE_PROJECT_ID", "project id")],
    "kaltura": [("partner_id", "{dig:7}", "KALTURA_PARTNER_ID", "partner id")],
    "drip": [("account_id", "{dig:7}", "DRIP_ACCOUNT_ID", "account id")],
    "avalara": [("account_id", "{dig:10}", "AVALARA_ACCOUNT_ID", "account id")],
    "infobip": [("base_url", "{a36:6}.api.infobip.com", "INFOBIP_BASE_URL", "account base URL")],
    "doofinder": [("search_zone", "{one:eu1|us1}", "DOOFINDER_SEARCH_ZONE", "search zone"),
                  ("hashid", "{hex:32}", "DOOFINDER_HASHID", "search engine hashid used by the JS layer")],
    "coveo": [("organization_id", "{one:acme|hooli}{a36:20}", "COVEO_ORGANIZATION_ID", "organization id")],
    "constructor": [("api_key", "key_{a62:16}", "CONSTRUCTOR_API_KEY", "public index key used by the browser client")],
    "shortio": [("public_key", "pk_{a62:16}", "SHORTIO_PUBLIC_KEY", "public API key")],
    "daily": [("domain", "{one:acme|hooli}.daily.co", "DAILY_DOMAIN", "Daily domain")],
    "livekit": [("url", "wss://{one:acme|hooli}-{a36:8}.livekit.cloud", "LIVEKIT_URL", "server URL")],
    "zulip": [("site", "https://{one:acme|hooli}.zulipchat.com", "ZULIP_SITE", "organization URL")],
    "discourse": [("api_username", "system", "DISCOURSE_API_USERNAME", "API username")],
    "pinterest": [("app_id", "{dig:7}", "PINTEREST_APP_ID", "app id")],
    "tiktok": [("client_key", "aw{a36:14}", "TIKTOK_CLIENT_KEY", "client key (public app identifier)")],
    "bluesky": [("handle", "{one:acme|hooli}.bsky.social", "BLUESKY_HANDLE", "account handle")],
    "calcom": [("event_type_id", "{dig:6}", "CAL_EVENT_TYPE_ID", "event type id")],
    "webex": [("room_id", "{@webex_room}", "WEBEX_ROOM_ID", "room id")],
    "ntfy": [("topic", "{one:acme|ops}-alerts", "NTFY_TOPIC", "topic name")],
    "neptune": [("project", "acme/{one:churn|ranker|fraud}-model", "NEPTUNE_PROJECT", "workspace/project")],
    "tinybird": [("host", "https://api.{one:us-east.aws|europe-west2.gcp}.tinybird.co", "TINYBIRD_HOST", "API host")],
    "convex": [("deployment", "prod:{adj}-{noun}-{dig:3}", "CONVEX_DEPLOYMENT", "deployment name"),
               ("url", "https://{adj}-{noun}-{dig:3}.convex.cloud", "CONVEX_URL", "deployment URL")],
    "cockroachdb": [("cluster_id", "{uuid}", "COCKROACH_CLUSTER_ID", "cluster id")],
    "appwrite": [("project_id", "{hex:20}", "APPWRITE_PROJECT_ID", "project id"),
                 ("endpoint", "https://cloud.appwrite.io/v1", "APPWRITE_ENDPOINT", "API endpoint")],
    "xata": [("database_url", "https://{one:acme|hooli}-{a36:6}.{one:us-east-1|eu-central-1}.xata.sh/db/app", "XATA_DATABASE_URL", "database URL")],
    "hasura": [("graphql_endpoint", "https://{one:acme|hooli}-prod.hasura.app/v1/graphql", "HASURA_GRAPHQL_ENDPOINT", "endpoint")],
    "metabase": [("site_url", "https://metabase.{one:acme|hooli}.io", "METABASE_SITE_URL", "site URL")],
    "dagster": [("organization", "{one:acme|hooli}", "DAGSTER_CLOUD_ORGANIZATION", "organization")],
    "unleash": [("frontend_api_url", "https://unleash.example.com/api/frontend", "UNLEASH_FRONTEND_URL", "frontend API URL")],
    "chromatic": [("app_id", "{hex:24}", "CHROMATIC_APP_ID", "app id from the Chromatic URL")],
    "coder": [("url", "https://coder.example.com", "CODER_URL", "deployment URL")],
    "develocity": [("server", "https://ge.{one:acme|hooli}-corp.com", "DEVELOCITY_URL", "server URL")],
    "youtrack": [("base_url", "https://{one:acme|hooli}.youtrack.cloud", "YOUTRACK_URL", "instance URL")],
    "shortcut": [("workspace_slug", "{one:acme|hooli}", "SHORTCUT_WORKSPACE", "workspace slug")],
    "toggl": [("workspace_id", "{dig:7}", "TOGGL_WORKSPACE_ID", "workspace id")],
    "smartsheet": [("sheet_id", "{dig:16}", "SMARTSHEET_SHEET_ID", "sheet id")],
    "miro": [("board_id", "uXjV{b64u:8}=", "MIRO_BOARD_ID", "board id")],
    "wordpress": [("username", "{one:deploy-bot|ci-publisher}", "WP_USERNAME", "user login")],
    "strapi": [("url", "https://cms.{one:acme|hooli}.com", "STRAPI_URL", "CMS URL")],
    "docusign": [("integration_key", "{uuid}", "DOCUSIGN_INTEGRATION_KEY", "integration key (OAuth client id)"),
                 ("account_id", "{uuid}", "DOCUSIGN_ACCOUNT_ID", "API account id")],
    "africastalking": [("username", "sandbox", "AT_USERNAME", "the documented sandbox username")],
    "clicksend": [("username", "{one:ops|noc}@{one:acme|hooli}.com", "CLICKSEND_USERNAME", "account username")],
    "bitly": [("group_guid", "B{a62:10}", "BITLY_GROUP_GUID", "group guid")],
    "transifex": [("organization", "o:{one:acme|hooli}", "TX_ORGANIZATION", "organization id")],
    "tolgee": [("project_id", "{dig:4}", "TOLGEE_PROJECT_ID", "project id")],
    "printful": [("store_id", "{dig:8}", "PRINTFUL_STORE_ID", "store id")],
    "jotform": [("form_id", "{dig:15}", "JOTFORM_FORM_ID", "form id")],
    "blockfrost": [("network", "cardano-mainnet", "BLOCKFROST_NETWORK", "network")],
    "helius": [("rpc_url", "https://mainnet.helius-rpc.com", "HELIUS_RPC_URL", "RPC URL without key")],
    "ory": [("project_slug", "{adj}-{noun}-{a36:8}", "ORY_PROJECT_SLUG", "project slug")],
    "permit": [("pdp_url", "http://localhost:7766", "PERMIT_PDP_URL", "PDP URL")],
    "sumsub": [("level_name", "basic-kyc-level", "SUMSUB_LEVEL_NAME", "verification level")],
    "bitwarden_sm": [("organization_id", "{uuid}", "BWS_ORGANIZATION_ID", "organization id"),
                     ("project_id", "{uuid}", "BWS_PROJECT_ID", "project id")],
    "tenable": [("url", "https://cloud.tenable.com", "TENABLE_URL", "API URL")],
    "crowdstrike": [("base_url", "https://api.{one:us-2|eu-1}.crowdstrike.com", "FALCON_BASE_URL", "cloud region URL")],
    "jamf": [("url", "https://{one:acme|hooli}.jamfcloud.com", "JAMF_URL", "instance URL")],
    "netbird": [("management_url", "https://api.netbird.io", "NETBIRD_MANAGEMENT_URL", "management URL")],
    "e2b": [("template_id", "{a36:20}", "E2B_TEMPLATE_ID", "sandbox template id")],
    "modal": [("workspace", "{one:acme|hooli}-ml", "MODAL_WORKSPACE", "workspace")],
    "clearml": [("api_host", "https://api.clear.ml", "CLEARML_API_HOST", "API host")],
    "comet": [("workspace", "{one:acme|hooli}-ml", "COMET_WORKSPACE", "workspace")],
    "roboflow": [("workspace", "{one:acme|hooli}-vision", "ROBOFLOW_WORKSPACE", "workspace")],
    "deepl": [("server_url", "https://api-free.deepl.com", "DEEPL_SERVER_URL", "API server URL")],
    "riot": [("region", "{one:euw1|na1|kr}", "RIOT_REGION", "platform routing value")],
    "lichess": [("username", "{one:acme_bot|hooli_bot}", "LICHESS_USERNAME", "bot account")],
    "tmdb": [("image_base_url", "https://image.tmdb.org/t/p/w500", "TMDB_IMAGE_BASE_URL", "image base URL")],
    "bunny": [("pull_zone_host", "{one:acme|hooli}-cdn.b-cdn.net", "BUNNY_PULL_ZONE_HOST", "pull zone hostname"),
              ("storage_zone", "{one:acme|hooli}-assets", "BUNNY_STORAGE_ZONE", "storage zone name")],
    "huaweicloud": [("region", "{one:cn-north-4|ap-southeast-1|eu-west-101}", "HUAWEICLOUD_SDK_REGION", "region"),
                    ("project_id", "{hex:32}", "HUAWEICLOUD_SDK_PROJECT_ID", "project id")],
    "baiducloud": [("region", "{one:bj|gz|su}", "BCE_REGION", "region")],
    "volcengine": [("region", "{one:cn-beijing|cn-shanghai|ap-southeast-1}", "VOLCENGINE_REGION", "region")],
    "qiniu": [("bucket", "{one:acme|hooli}-media", "QINIU_BUCKET", "bucket")],
    "ncloud": [("region", "{one:KR|JPN|SGN}", "NCLOUD_REGION", "region")],
    "exoscale": [("zone", "{one:ch-gva-2|de-fra-1|at-vie-1}", "EXOSCALE_ZONE", "zone")],
    "civo": [("region", "{one:LON1|NYC1|FRA1}", "CIVO_REGION", "region")],
    "wasabi": [("endpoint", "https://s3.{one:us-east-1|eu-central-1|ap-northeast-1}.wasabisys.com", "WASABI_ENDPOINT", "endpoint")],
    "tigris": [("endpoint", "https://fly.storage.tigris.dev", "TIGRIS_ENDPOINT", "endpoint")],
    "storj": [("satellite", "{one:us1|eu1|ap1}.storj.io:7777", "STORJ_SATELLITE", "satellite address")],
    "equinix_metal": [("project_id", "{uuid}", "METAL_PROJECT_ID", "project id")],
    "sakuracloud": [("zone", "{one:is1a|is1b|tk1a}", "SAKURACLOUD_ZONE", "zone")],
}

# ---------------------------------------------------------------------------
# context helpers
# ---------------------------------------------------------------------------
PROJ = ["ledger", "atlas", "orbit", "beacon", "harbor", "relay", "nimbus", "quartz", "pylon", "vertex",
        "cobalt", "juniper", "meridian", "sparrow", "tundra", "lumen"]
ORG = ["acme", "hooli", "globex", "initech", "umbrella", "vandelay", "wayne", "stark", "soylent", "cyberdyne"]
NS = ["default", "prod", "payments", "data", "platform", "integrations", "growth"]
PY_SDK = {
    "tavily": ("from tavily import TavilyClient", "TavilyClient(api_key={k})"),
    "firecrawl": ("from firecrawl import FirecrawlApp", "FirecrawlApp(api_key={k})"),
    "e2b": ("from e2b import Sandbox", "Sandbox.create(api_key={k})"),
    "cerebras": ("from cerebras.cloud.sdk import Cerebras", "Cerebras(api_key={k})"),
    "deepl": ("import deepl", "deepl.Translator({k})"),
    "klaviyo": ("from klaviyo_api import KlaviyoAPI", "KlaviyoAPI({k}, max_delay=60, max_retries=3)"),
    "paddle": ("from paddle_billing import Client", "Client({k})"),
    "statsig": ("from statsig import statsig", "statsig.initialize({k})"),
    "zulip": ("import zulip", 'zulip.Client(email="deploy-bot@acme.zulipchat.com", api_key={k}, site="https://acme.zulipchat.com")'),
    "neptune": ("import neptune", 'neptune.init_run(project="acme/churn-model", api_token={k})'),
    "comet": ("from comet_ml import Experiment", 'Experiment(api_key={k}, project_name="churn", workspace="acme-ml")'),
    "roboflow": ("from roboflow import Roboflow", "Roboflow(api_key={k})"),
    "mem0": ("from mem0 import MemoryClient", "MemoryClient(api_key={k})"),
    "llamacloud": ("from llama_parse import LlamaParse", 'LlamaParse(api_key={k}, result_type="markdown")'),
    "exa": ("from exa_py import Exa", "Exa(api_key={k})"),
    "browserbase": ("from browserbase import Browserbase", "Browserbase(api_key={k})"),
    "webex": ("from webexteamssdk import WebexTeamsAPI", "WebexTeamsAPI(access_token={k})"),
    "pushbullet": ("from pushbullet import Pushbullet", "Pushbullet({k})"),
    "lokalise": ("import lokalise", "lokalise.Client({k})"),
    "smartsheet": ("import smartsheet", "smartsheet.Smartsheet({k})"),
    "daily": ("from daily import Daily", "Daily({k})"),
    "coingecko": ("from pycoingecko import CoinGeckoAPI", "CoinGeckoAPI(api_key={k})"),
    "finnhub": ("import finnhub", "finnhub.Client(api_key={k})"),
    "polygon_io": ("from polygon import RESTClient", "RESTClient(api_key={k})"),
    "bitvavo": ("from python_bitvavo_api.bitvavo import Bitvavo", 'Bitvavo({{"APIKEY": os.environ["BITVAVO_API_KEY"], "APISECRET": {k}}})'),
    "kraken": ("import krakenex", 'krakenex.API(key=os.environ["KRAKEN_API_KEY"], secret={k})'),
    "bybit": ("from pybit.unified_trading import HTTP", 'HTTP(testnet=False, api_key=os.environ["BYBIT_API_KEY"], api_secret={k})'),
    "pinata": ("import requests", None),
    "crowdstrike": ("from falconpy import Hosts", 'Hosts(client_id=os.environ["FALCON_CLIENT_ID"], client_secret={k})'),
    "tenable": ("from tenable.io import TenableIO", 'TenableIO(access_key=os.environ["TIO_ACCESS_KEY"], secret_key={k})'),
    "censys": ("from censys.search import CensysHosts", 'CensysHosts(api_id=os.environ["CENSYS_API_ID"], api_secret={k})'),
    "stream": ("from stream_chat import StreamChat", 'StreamChat(api_key=os.environ["STREAM_API_KEY"], api_secret={k})'),
    "livekit": ("from livekit import api", 'api.LiveKitAPI("https://acme-rtc.livekit.cloud", os.environ["LIVEKIT_API_KEY"], {k})'),
    "ghost": ("import requests", None),
    "huaweicloud": ("from huaweicloudsdkcore.auth.credentials import BasicCredentials", 'BasicCredentials(os.environ["HUAWEICLOUD_SDK_AK"], {k})'),
    "xero": ("from xero_python.api_client import Configuration", None),
}


def camel(s):
    p = s.split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def pascal(s):
    return "".join(x[:1].upper() + x[1:] for x in re.split(r"[_\-.]", s) if x)


def http_parts(auth):
    if auth.startswith("H:"):
        _, name, pre = auth.split(":", 2)
        return ("header", name, pre)
    if auth.startswith("Q:"):
        return ("query", auth[2:], "")
    if auth == "U":
        return ("basic", None, None)
    return None


SHELL_SPECIAL = set('$`"\\!*')


def shq(v):
    if set(v) & SHELL_SPECIAL or " " in v:
        return "'" + v + "'"
    return '"' + v + '"'


class Case:
    pass


def api_name(pretty):
    return pretty if re.search(r"\bAPIs?\b|\bAPI\)", pretty) else pretty + " API"


def make_case(r, k, value, needle):
    c = Case()
    c.k = k
    c.slug, c.pretty, c.env, c.auth, c.url, c.kind, c.cat = k.slug, k.pretty, k.env, k.auth, k.url, k.kind, k.cat
    c.value, c.needle = value, needle
    c.field = k.kind
    c.fcamel = camel(k.kind)
    c.scamel = camel(k.slug)
    c.cls = pascal(k.slug)
    c.proj = r.choice(PROJ)
    c.org = r.choice(ORG)
    c.ns = r.choice(NS)
    c.http = http_parts(k.auth)
    c.url = k.url or "https://api.%s.example.com/v1" % k.slug.replace("_", "")
    return c


def url_with_query(c, expr):
    sep = "&" if "?" in c.url else "?"
    return c.url + sep + "%s=%s" % (c.http[1], expr)


# ---------------------------------------------------------------------------
# positive renderers: each returns (relative path, text, filetype) or None
# ---------------------------------------------------------------------------
def p_shell_export(r, c):
    path = r.choice(["scripts/%s_env.sh" % c.slug, "scripts/dev-setup.sh", "deploy/env.sh", "tools/%s/run.sh" % c.slug, "bin/bootstrap-local.sh"])
    t = ["#!/usr/bin/env bash", "set -euo pipefail", "",
         "# %s credentials for the %s worker (local runs only)" % (c.pretty, c.proj),
         "export %s=%s" % (c.env, shq(c.value)),
         "export %s_TIMEOUT_SECONDS=30" % c.slug.upper(),
         "export LOG_LEVEL=${LOG_LEVEL:-info}", "",
         'exec python -m %s.worker "$@"' % c.proj, ""]
    return path, "\n".join(t), "shell"


def p_shell_curl(r, c):
    if not c.http:
        return None
    kind, name, pre = c.http
    v = c.value
    if kind == "header":
        h = "%s: %s%s" % (name, pre, v)
        harg = ("'%s'" % h) if (set(h) & SHELL_SPECIAL) else ('"%s"' % h)
        cmd = 'curl -sS --fail "%s" \\\n  -H %s \\\n  -H "Accept: application/json"' % (c.url, harg)
    elif kind == "query":
        u = url_with_query(c, v)
        cmd = "curl -sS --fail '%s'" % u
    else:
        a = v + ":"
        cmd = 'curl -sS --fail -u %s "%s"' % (("'%s'" % a) if set(a) & SHELL_SPECIAL else ('"%s"' % a), c.url)
    path = r.choice(["scripts/check_%s.sh" % c.slug, "scripts/smoke/%s.sh" % c.slug, "ops/healthcheck-%s.sh" % c.slug.replace("_", "-")])
    t = ["#!/bin/sh", "# quick smoke test against the %s, run after each deploy" % api_name(c.pretty), "set -e", "", cmd + " | jq .", ""]
    return path, "\n".join(t), "shell"


def p_dotenv(r, c):
    path = r.choice([".env.production", ".env.local", "services/api/.env", "apps/web/.env.production.local", "docker/.env"])
    v = c.value
    if " " in v or "#" in v:
        v = '"%s"' % v
    t = ["NODE_ENV=production", "PORT=%d" % r.choice([3000, 8080, 8000, 5000]), "LOG_LEVEL=info",
         "DATABASE_URL=postgres://%s@db:5432/%s" % (c.proj, c.proj), "", "# %s" % c.pretty, "%s=%s" % (c.env, v), ""]
    return path, "\n".join(t), "dotenv"


def p_yaml(r, c):
    if set(c.value) & set('"\\'):
        return None
    path = r.choice(["config/settings.yml", "config/integrations.yaml", "config/production.yml", "app/config/%s.yaml" % c.slug, "deploy/config.yml"])
    t = ["# integration settings", "app:", "  name: %s" % c.proj, "  env: production", "",
         "%s:" % c.slug, "  enabled: true", '  %s: "%s"' % (c.field, c.value)]
    if c.k.url:
        t.append("  base_url: %s" % c.url)
    t += ["  timeout_seconds: %d" % r.choice([5, 10, 15, 30]), "  retries: 3", ""]
    return path, "\n".join(t), "yaml"


def p_json(r, c):
    path = r.choice(["config/default.json", "config/production.json", "settings.json", "src/config/services.json"])
    d = {"service": c.proj, "logLevel": "info", "integrations": {c.scamel: {c.fcamel: c.value, "enabled": True, "timeoutMs": 8000}}}
    if c.k.url:
        d["integrations"][c.scamel]["baseUrl"] = c.url
    return path, json.dumps(d, indent=2) + "\n", "json"


def p_toml(r, c):
    if set(c.value) & set('"\\'):
        return None
    path = r.choice([".streamlit/secrets.toml", "config/settings.toml", "instance/config.toml", "%s.toml" % c.proj])
    t = ["[app]", 'name = "%s"' % c.proj, "debug = false", "", "[%s]" % c.slug, '%s = "%s"' % (c.field, c.value)]
    if c.k.url:
        t.append('endpoint = "%s"' % c.url)
    t += ["timeout = 20", ""]
    return path, "\n".join(t), "toml"


def p_py_settings(r, c):
    path = r.choice(["%s/settings/production.py" % c.proj, "config/settings.py", "app/config.py", "src/%s/settings.py" % c.proj])
    t = ["import os", "", "from .base import *  # noqa: F401,F403", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s.%s.io"]' % (c.proj, c.org), "", "# %s" % c.pretty,
         '%s = "%s"' % (c.env, c.value), "%s_TIMEOUT = 10" % c.slug.upper(), "",
         'CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")', ""]
    return path, "\n".join(t), "python"


def p_py_client(r, c):
    path = r.choice(["%s/integrations/%s_client.py" % (c.proj, c.slug), "src/clients/%s.py" % c.slug, "scripts/sync_%s.py" % c.slug])
    sdk = PY_SDK.get(c.slug)
    const = c.env
    t = ['"""Thin wrapper around the %s used by the nightly sync."""' % api_name(c.pretty), "import os", ""]
    if sdk and sdk[1]:
        t += [sdk[0], "", '%s = "%s"' % (const, c.value), "", "", "def get_client():",
              "    return " + sdk[1].format(k=const), ""]
    elif c.http:
        kind, name, pre = c.http
        t += ["import requests", "", 'BASE_URL = "%s"' % c.url, '%s = "%s"' % (const, c.value), "", "",
              "def get(path=\"\", **params):"]
        if kind == "header":
            t += ['    headers = {"%s": %s%s, "Accept": "application/json"}' % (name, ('"%s" + ' % pre) if pre else "", const),
                  "    resp = requests.get(BASE_URL + path, headers=headers, params=params, timeout=15)"]
        elif kind == "query":
            t += ['    params["%s"] = %s' % (name, const), "    resp = requests.get(BASE_URL + path, params=params, timeout=15)"]
        else:
            t += ['    resp = requests.get(BASE_URL + path, auth=(%s, ""), params=params, timeout=15)' % const]
        t += ["    resp.raise_for_status()", "    return resp.json()", ""]
    else:
        t += ["from dataclasses import dataclass", "", "", "@dataclass", "class %sSettings:" % c.cls,
              '    %s: str = "%s"' % (c.field, c.value), '    region: str = "%s"' % r.choice(["eu", "us", "ap"]),
              "    timeout: float = 10.0", "", "", "SETTINGS = %sSettings()" % c.cls, ""]
    return path, "\n".join(t), "python"


def p_js(r, c):
    if "'" in c.value or "\\" in c.value:
        return None
    path = r.choice(["src/lib/%s.js" % c.scamel, "server/services/%s.js" % c.slug.replace("_", "-"), "lib/%s-client.js" % c.slug.replace("_", "-")])
    const = c.env
    t = ["'use strict';", "", "const %s = '%s';" % (const, c.value), ""]
    if c.http:
        kind, name, pre = c.http
        if kind == "header":
            t += ["async function request(path = '') {",
                  "  const res = await fetch('%s' + path, {" % c.url,
                  "    headers: { '%s': `%s${%s}`, Accept: 'application/json' }," % (name, pre, const), "  });"]
        elif kind == "query":
            t += ["async function request() {", "  const url = new URL('%s');" % c.url,
                  "  url.searchParams.set('%s', %s);" % (c.http[1], const), "  const res = await fetch(url);"]
        else:
            t += ["async function request(path = '') {",
                  "  const auth = Buffer.from(`${%s}:`).toString('base64');" % const,
                  "  const res = await fetch('%s' + path, { headers: { Authorization: `Basic ${auth}` } });" % c.url]
        t += ["  if (!res.ok) throw new Error(`%s ${res.status}`);" % c.pretty, "  return res.json();", "}", "",
              "module.exports = { request };", ""]
    else:
        t += ["module.exports = {", "  %s: %s," % (c.fcamel, const), "  region: '%s'," % r.choice(["eu", "us"]), "  timeoutMs: 10000,", "};", ""]
    return path, "\n".join(t), "javascript"


def p_ts(r, c):
    if '"' in c.value or "\\" in c.value:
        return None
    path = r.choice(["src/config/%s.ts" % c.scamel, "src/server/integrations/%s.ts" % c.scamel, "packages/api/src/%s.config.ts" % c.scamel])
    t = ["// %s configuration" % c.pretty, "export const %sConfig = {" % c.scamel, '  %s: "%s",' % (c.fcamel, c.value)]
    if c.k.url:
        t.append('  baseUrl: "%s",' % c.url)
    t += ["  timeoutMs: %d," % r.choice([5000, 10000, 15000]), "} as const;", "",
          "export type %sConfig = typeof %sConfig;" % (c.cls, c.scamel), ""]
    return path, "\n".join(t), "typescript"


def p_go(r, c):
    if '"' in c.value or "\\" in c.value:
        return None
    pkg = c.slug.replace("_", "")
    path = r.choice(["internal/%s/client.go" % pkg, "pkg/integrations/%s/config.go" % pkg])
    name = camel(c.kind)
    t = ["package %s" % pkg, "", "import (", '\t"net/http"', '\t"time"', ")", "",
         "const %s = \"%s\"" % (name, c.value), "", "var httpClient = &http.Client{Timeout: 15 * time.Second}", ""]
    if c.http:
        kind, n, pre = c.http
        t += ["func newRequest(path string) (*http.Request, error) {",
              '\treq, err := http.NewRequest(http.MethodGet, "%s"+path, nil)' % c.url, "\tif err != nil {", "\t\treturn nil, err", "\t}"]
        if kind == "header":
            t.append('\treq.Header.Set("%s", %s%s)' % (n, ('"%s"+' % pre) if pre else "", name))
        elif kind == "query":
            t += ["\tq := req.URL.Query()", '\tq.Set("%s", %s)' % (n, name), "\treq.URL.RawQuery = q.Encode()"]
        else:
            t.append('\treq.SetBasicAuth(%s, "")' % name)
        t += ["\treturn req, nil", "}", ""]
    else:
        t += ["func Credentials() (string, string) {", '\treturn "%s", %s' % (c.slug, name), "}", ""]
    return path, "\n".join(t), "go"


def p_java(r, c):
    if '"' in c.value or "\\" in c.value:
        return None
    path = "src/main/java/com/%s/%s/%sClient.java" % (c.org, c.proj, c.cls)
    t = ["package com.%s.%s;" % (c.org, c.proj), "", "import java.net.URI;", "import java.net.http.HttpClient;",
         "import java.net.http.HttpRequest;", "import java.time.Duration;", "", "public final class %sClient {" % c.cls, "",
         '    private static final String %s = "%s";' % (c.kind.upper(), c.value), "",
         "    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();", ""]
    if c.http and c.http[0] == "header":
        t += ["    HttpRequest buildRequest(String path) {", "        return HttpRequest.newBuilder(URI.create(\"%s\" + path))" % c.url,
              '                .header("%s", "%s" + %s)' % (c.http[1], c.http[2], c.kind.upper()), "                .GET().build();", "    }"]
    else:
        t += ["    String credential() {", "        return %s;" % c.kind.upper(), "    }"]
    t += ["}", ""]
    return path, "\n".join(t), "java"


def p_properties(r, c):
    if "\\" in c.value:
        return None
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties", "config/application.properties"])
    key = "%s.%s" % (c.slug.replace("_", "-"), c.kind.replace("_", "-"))
    t = ["spring.application.name=%s" % c.proj, "server.port=8080", "management.endpoints.web.exposure.include=health,info", "",
         "# %s" % c.pretty, "%s=%s" % (key, c.value)]
    if c.k.url:
        t.append("%s.base-url=%s" % (c.slug.replace("_", "-"), c.url))
    t += ["%s.timeout=10s" % c.slug.replace("_", "-"), ""]
    return path, "\n".join(t), "properties"


def p_kotlin(r, c):
    if set(c.value) & set('"\\$'):
        return None
    path = "app/src/main/java/com/%s/%s/%sConfig.kt" % (c.org, c.proj, c.cls)
    t = ["package com.%s.%s" % (c.org, c.proj), "", "object %sConfig {" % c.cls,
         '    const val %s = "%s"' % (c.kind.upper(), c.value)]
    if c.k.url:
        t.append('    const val BASE_URL = "%s"' % c.url)
    t += ["    const val TIMEOUT_SECONDS = 20L", "}", ""]
    return path, "\n".join(t), "kotlin"


def p_csharp(r, c):
    if '"' in c.value or "\\" in c.value:
        return None
    path = "src/%s.Api/Services/%sService.cs" % (pascal(c.proj), c.cls)
    t = ["using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace %s.Api.Services;" % pascal(c.proj), "",
         "public sealed class %sService" % c.cls, "{", '    private const string %s = "%s";' % (pascal(c.kind), c.value),
         "    private readonly HttpClient _http;", "", "    public %sService(HttpClient http)" % c.cls, "    {", "        _http = http;"]
    if c.http and c.http[0] == "header":
        t.append('        _http.DefaultRequestHeaders.TryAddWithoutValidation("%s", "%s" + %s);' % (c.http[1], c.http[2], pascal(c.kind)))
    t += ["    }", "", "    public Task<string> PingAsync() => _http.GetStringAsync(\"%s\");" % c.url, "}", ""]
    return path, "\n".join(t), "csharp"


def p_appsettings(r, c):
    path = r.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Web/appsettings.json" % pascal(c.proj)])
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
         c.cls: {pascal(c.kind): c.value, "TimeoutSeconds": 15}}
    if c.k.url:
        d[c.cls]["BaseUrl"] = c.url
    return path, json.dumps(d, indent=2) + "\n", "json"


def p_ruby(r, c):
    if set(c.value) & set('"\\#'):
        return None
    path = r.choice(["config/initializers/%s.rb" % c.slug, "lib/%s/client.rb" % c.proj])
    t = ["# frozen_string_literal: true", "", "%sClient.configure do |config|" % c.cls,
         '  config.%s = "%s"' % (c.field, c.value)]
    if c.k.url:
        t.append('  config.base_url = "%s"' % c.url)
    t += ["  config.timeout = 10", "  config.logger = Rails.logger", "end", ""]
    return path, "\n".join(t), "ruby"


def p_php(r, c):
    if set(c.value) & set("'\\"):
        return None
    if r.random() < 0.5:
        path = "config/services.php"
        t = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
             "    '%s' => [" % c.slug, "        '%s' => '%s'," % (c.field, c.value)]
        if c.k.url:
            t.append("        'endpoint' => '%s'," % c.url)
        t += ["    ],", "", "];", ""]
    else:
        path = r.choice(["wp-config.php", "public/wp-content/mu-plugins/%s.php" % c.slug.replace("_", "-")])
        t = ["<?php", "define( 'WP_DEBUG', false );", "define( 'DISALLOW_FILE_EDIT', true );", "",
             "/* %s */" % c.pretty, "define( '%s', '%s' );" % (c.env, c.value), "",
             "if ( ! defined( 'ABSPATH' ) ) {", "    define( 'ABSPATH', __DIR__ . '/' );", "}", ""]
    return path, "\n".join(t), "php"


def p_terraform(r, c):
    if set(c.value) & set('"\\') or "${" in c.value or "%{" in c.value:
        return None
    if r.random() < 0.5:
        path = r.choice(["terraform/terraform.tfvars", "infra/envs/prod/terraform.tfvars", "terraform/prod.auto.tfvars"])
        t = ['region      = "%s"' % r.choice(["eu-west-1", "us-east-1", "eu-central-1"]), 'environment = "prod"',
             'project     = "%s"' % c.proj, "", '%s_%s = "%s"' % (c.slug, c.kind, c.value), ""]
    else:
        path = r.choice(["infra/main.tf", "terraform/workers.tf"])
        t = ['resource "kubernetes_deployment" "%s" {' % c.proj, "  metadata {", '    name      = "%s"' % c.proj,
             '    namespace = "%s"' % c.ns, "  }", "  spec {", "    template {", "      metadata {}", "      spec {", "        container {",
             '          name  = "%s"' % c.proj, '          image = "ghcr.io/%s/%s:1.4.2"' % (c.org, c.proj), "          env {",
             '            name  = "%s"' % c.env, '            value = "%s"' % c.value, "          }", "        }", "      }", "    }", "  }", "}", ""]
    return path, "\n".join(t), "terraform"


def p_dockerfile(r, c):
    if set(c.value) & set('$\\"'):
        return None
    v = c.value if " " not in c.value else '"%s"' % c.value
    path = r.choice(["Dockerfile", "docker/worker.Dockerfile", "services/%s/Dockerfile" % c.proj])
    t = ["FROM python:3.12-slim", "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
         "COPY . .", "", "ENV PYTHONUNBUFFERED=1 \\", "    %s=%s" % (c.env, v), "", 'CMD ["python", "-m", "%s"]' % c.proj, ""]
    return path, "\n".join(t), "dockerfile"


def p_gha(r, c):
    if set(c.value) & set('"\\'):
        return None
    path = ".github/workflows/%s.yml" % r.choice(["nightly-sync", "deploy", "e2e", "release"])
    t = ["name: %s" % path.split("/")[-1][:-4], "", "on:", "  schedule:", '    - cron: "17 3 * * *"', "  workflow_dispatch:", "",
         "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:", '      %s: "%s"' % (c.env, c.value), "      NODE_ENV: production",
         "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
         "      - run: npm ci", "      - run: npm run sync", ""]
    return path, "\n".join(t), "github_actions"


def p_compose(r, c):
    if "$" in c.value:
        return None
    path = r.choice(["docker-compose.yml", "docker-compose.override.yml", "compose.yaml", "deploy/docker-compose.prod.yml"])
    t = ["services:", "  %s:" % c.proj, "    image: ghcr.io/%s/%s:2.3.0" % (c.org, c.proj), "    restart: unless-stopped",
         "    ports:", '      - "8080:8080"', "    environment:", "      - LOG_LEVEL=info", "      - %s=%s" % (c.env, c.value),
         "    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", ""]
    return path, "\n".join(t), "docker_compose"


def p_helm(r, c):
    if set(c.value) & set('"\\'):
        return None
    path = r.choice(["charts/%s/values.yaml" % c.proj, "helm/values-prod.yaml", "deploy/helm/%s/values.production.yaml" % c.proj])
    t = ["replicaCount: 2", "", "image:", "  repository: ghcr.io/%s/%s" % (c.org, c.proj), '  tag: "1.9.0"', "  pullPolicy: IfNotPresent", "",
         "%s:" % c.scamel, "  enabled: true", '  %s: "%s"' % (c.fcamel, c.value), "", "resources:", "  limits:", "    cpu: 500m",
         "    memory: 512Mi", ""]
    return path, "\n".join(t), "helm_values"


def p_k8s(r, c):
    if set(c.value) & set('"\\'):
        return None
    path = r.choice(["k8s/%s-secret.yaml" % c.slug.replace("_", "-"), "manifests/base/secrets.yaml", "deploy/k8s/%s/secret.yaml" % c.proj])
    t = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.slug.replace("_", "-"), "  namespace: %s" % c.ns,
         "type: Opaque", "stringData:", '  %s: "%s"' % (c.env, c.value), ""]
    return path, "\n".join(t), "k8s_manifest"


def p_xml(r, c):
    if set(c.value) & set("&<>\"'"):
        return None
    if r.random() < 0.5:
        path = "app/src/main/res/values/%s.xml" % r.choice(["keys", "secrets", "config"])
        t = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % pascal(c.proj),
             '    <string name="%s_%s" translatable="false">%s</string>' % (c.slug, c.kind, c.value), "</resources>", ""]
    else:
        path = r.choice(["App.config", "Web.config", "src/%s.Service/App.config" % pascal(c.proj)])
        t = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="Production" />',
             '    <add key="%s:%s" value="%s" />' % (c.cls, pascal(c.kind), c.value), "  </appSettings>", "</configuration>", ""]
    return path, "\n".join(t), "xml"


def p_ini(r, c):
    if set(c.value) & set("%;#"):
        return None
    path = r.choice(["config/%s.ini" % c.proj, "settings.ini", "conf/integrations.cfg"])
    t = ["[DEFAULT]", "environment = production", "", "[%s]" % c.slug, "%s = %s" % (c.field, c.value)]
    if c.k.url:
        t.append("endpoint = %s" % c.url)
    t += ["timeout = 15", ""]
    return path, "\n".join(t), "ini"


def p_markdown(r, c):
    if not c.http:
        return None
    kind, name, pre = c.http
    if kind == "header":
        cmd = 'curl "%s" \\\n  -H "%s: %s%s"' % (c.url, name, pre, c.value)
    elif kind == "query":
        cmd = "curl '%s'" % url_with_query(c, c.value)
    else:
        cmd = 'curl -u "%s:" "%s"' % (c.value, c.url)
    path = r.choice(["docs/%s.md" % c.slug.replace("_", "-"), "README.md", "docs/runbooks/%s.md" % c.slug.replace("_", "-"), "NOTES.md"])
    t = ["# %s integration" % c.pretty, "", "We call the %s from the `%s` service." % (api_name(c.pretty), c.proj), "",
         "## Checking the credentials", "", "```bash", cmd, "```", "", "Expect a `200` with JSON. A `401` means the key was rotated.", ""]
    return path, "\n".join(t), "markdown"


def p_ipynb(r, c):
    path = r.choice(["notebooks/%s_exploration.ipynb" % c.slug, "analysis/%s.ipynb" % c.proj])
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s exploration\n" % c.pretty]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "import pandas as pd\n", "\n", 'os.environ["%s"] = "%s"\n' % (c.env, c.value)]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": ["df = pd.DataFrame()\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return path, json.dumps(nb, indent=1) + "\n", "ipynb"


def p_makefile(r, c):
    if set(c.value) & set("$# \\"):
        return None
    t = ["SHELL := /bin/bash", "APP := %s" % c.proj, "export %s := %s" % (c.env, c.value), "", ".PHONY: run test", "",
         "run:", "\tpython -m $(APP)", "", "test:", "\tpytest -q", ""]
    return "Makefile", "\n".join(t), "makefile"


def p_rust(r, c):
    if set(c.value) & set('"\\'):
        return None
    t = ["// %s settings" % c.pretty, "pub const %s: &str = \"%s\";" % (c.kind.upper(), c.value)]
    if c.k.url:
        t.append("pub const %s_BASE_URL: &str = \"%s\";" % (c.slug.upper(), c.url))
    t += ["pub const TIMEOUT_SECS: u64 = 15;", ""]
    return r.choice(["src/config.rs", "crates/%s/src/secrets.rs" % c.proj]), "\n".join(t), "rust"


def p_swift(r, c):
    if set(c.value) & set('"\\'):
        return None
    t = ["import Foundation", "", "enum %sConfig {" % c.cls, '    static let %s = "%s"' % (c.fcamel, c.value)]
    if c.k.url:
        t.append('    static let baseURL = URL(string: "%s")!' % c.url)
    t += ["}", ""]
    return r.choice(["Sources/App/Config/%sConfig.swift" % c.cls, "%s/Supporting/Secrets.swift" % pascal(c.proj)]), "\n".join(t), "swift"


def p_powershell(r, c):
    if "'" in c.value:
        return None
    t = ["# Local developer setup for %s" % c.proj, "$ErrorActionPreference = 'Stop'", "",
         "$env:%s = '%s'" % (c.env, c.value), "$env:ASPNETCORE_ENVIRONMENT = 'Development'", "", "dotnet run --project src/%s.Api" % pascal(c.proj), ""]
    return r.choice(["scripts/setup-dev.ps1", "tools/run-local.ps1"]), "\n".join(t), "powershell"


def p_mcp(r, c):
    server = {"command": "npx", "args": ["-y", "@%s/mcp-server" % c.slug.replace("_", "-")], "env": {c.env: c.value}}
    which = r.random()
    if which < 0.4:
        return ".cursor/mcp.json", json.dumps({"mcpServers": {c.slug: server}}, indent=2) + "\n", "json"
    if which < 0.7:
        return ".vscode/mcp.json", json.dumps({"servers": {c.slug: dict(server, type="stdio")}}, indent=2) + "\n", "json"
    return ".mcp.json", json.dumps({"mcpServers": {c.slug: server}}, indent=2) + "\n", "json"


# --- provider-native files ---------------------------------------------------
def n_zulip(r, c):
    t = ["[api]", "email=deploy-bot@%s.zulipchat.com" % c.org, "key=%s" % c.value, "site=https://%s.zulipchat.com" % c.org, ""]
    return r.choice([".zuliprc", "bots/zuliprc", "deploy/zuliprc"]), "\n".join(t), "ini"


def n_clearml(r, c):
    t = ["api {", "    web_server: https://app.clear.ml", "    api_server: https://api.clear.ml", "    files_server: https://files.clear.ml",
         "    credentials {", '        "access_key" = "%s"' % rs(r, "A36", 30), '        "secret_key" = "%s"' % c.value, "    }", "}", "sdk {",
         "    development {", "        default_output_uri: \"s3://%s-ml-artifacts\"" % c.org, "    }", "}", ""]
    return r.choice(["clearml.conf", "ml/clearml.conf"]), "\n".join(t), "conf"


def n_wireguard(r, c):
    t = ["[Interface]", "Address = 10.%d.0.%d/24" % (r.randint(1, 250), r.randint(2, 250)), "ListenPort = 51820",
         "PrivateKey = %s" % c.value, "", "[Peer]", "# %s gateway" % c.org, "PublicKey = %s" % f_wg(r),
         "AllowedIPs = 10.0.0.0/8", "Endpoint = vpn.%s.io:51820" % c.org, "PersistentKeepalive = 25", ""]
    return r.choice(["wg0.conf", "infra/wireguard/wg0.conf", "ansible/files/wg0.conf"]), "\n".join(t), "conf"


def n_here(r, c):
    t = ["here.user.id = HERE-%s" % uuid(r), "here.client.id = %s" % rs(r, "a62", 20), "here.access.key.id = %s" % rs(r, "a62", 22),
         "here.access.key.secret = %s" % c.value, "here.token.endpoint.url = https://account.api.here.com/oauth2/token", ""]
    return r.choice(["credentials.properties", "config/here/credentials.properties"]), "\n".join(t), "properties"


def n_develocity(r, c):
    return r.choice([".gradle/develocity/keys.properties", "ci/develocity-keys.properties"]), c.value + "\n", "properties"


def n_gradle_publish(r, c):
    t = ["org.gradle.jvmargs=-Xmx2g", "org.gradle.parallel=true", "version=1.6.0", "gradle.publish.secret=%s" % c.value, ""]
    return "gradle.properties", "\n".join(t), "properties"


def n_gemfury(r, c):
    t = ["[global]", "index-url = https://pypi.org/simple", "extra-index-url = https://%s:@pypi.fury.io/%s/" % (c.value, c.org), ""]
    return r.choice(["pip.conf", "deploy/pip.conf"]), "\n".join(t), "ini"


def n_harbor(r, c):
    t = ["#!/usr/bin/env bash", "set -euo pipefail", "",
         "docker login harbor.%s.io -u 'robot$%s+ci' -p '%s'" % (c.org, c.proj, c.value),
         "docker push harbor.%s.io/%s/api:${GIT_SHA}" % (c.org, c.proj), ""]
    return "ci/push-image.sh", "\n".join(t), "shell"


def n_oci_auth(r, c):
    t = ["#!/usr/bin/env bash", "# push to OCI registry (Frankfurt)", "set -e",
         "echo '%s' | docker login fra.ocir.io -u '%s/oracleidentitycloudservice/ci@%s.com' --password-stdin" % (c.value, rs(r, "a36", 12), c.org),
         "docker push fra.ocir.io/%s/%s:latest" % (c.org, c.proj), ""]
    return "scripts/ocir-push.sh", "\n".join(t), "shell"


def n_wordpress(r, c):
    t = ["import requests", "", 'WP_URL = "https://blog.%s.com/wp-json/wp/v2/posts"' % c.org,
         'AUTH = ("deploy-bot", "%s")' % c.value, "", "", "def publish(title, html):",
         '    r = requests.post(WP_URL, auth=AUTH, json={"title": title, "content": html, "status": "draft"}, timeout=20)',
         "    r.raise_for_status()", '    return r.json()["id"]', ""]
    return "scripts/publish_release_notes.py", "\n".join(t), "python"


def n_ghost(r, c):
    t = ["const GhostAdminAPI = require('@tryghost/admin-api');", "", "const api = new GhostAdminAPI({",
         "  url: 'https://blog.%s.com'," % c.org, "  key: '%s'," % c.value, "  version: 'v5.0',", "});", "",
         "module.exports = api;", ""]
    return "scripts/ghost-admin.js", "\n".join(t), "javascript"


def n_pubnub(r, c):
    t = ["from pubnub.pnconfiguration import PNConfiguration", "from pubnub.pubnub import PubNub", "",
         "pnconfig = PNConfiguration()", 'pnconfig.subscribe_key = "sub-c-%s"' % uuid(r), 'pnconfig.publish_key = "pub-c-%s"' % uuid(r),
         'pnconfig.secret_key = "%s"' % c.value, 'pnconfig.user_id = "%s-server"' % c.proj, "pubnub = PubNub(pnconfig)", ""]
    return "server/realtime.py", "\n".join(t), "python"


def n_roblox(r, c):
    t = ["import requests", "", "session = requests.Session()", 'session.cookies[".ROBLOSECURITY"] = "%s"' % c.value, "",
         "def whoami():", '    return session.get("https://users.roblox.com/v1/users/authenticated", timeout=10).json()', ""]
    return "tools/roblox_session.py", "\n".join(t), "python"


def n_ebay(r, c):
    t = ["name: ebay_api_config", "", "api.ebay.com:", "    compatability: 719",
         "    appid: %s-%s-PRD-%s-%s" % (c.org.title(), c.proj.title()[:8], rs(r, "hex", 9), rs(r, "hex", 8)),
         "    certid: %s" % c.value, "    devid: %s" % uuid(r), "    siteid: 0", ""]
    return r.choice(["ebay.yaml", "config/ebay.yaml"]), "\n".join(t), "yaml"


def n_s3compat(r, c):
    ep = {"wasabi": "https://s3.eu-central-1.wasabisys.com", "filebase": "https://s3.filebase.com",
          "tigris": "https://fly.storage.tigris.dev"}[c.slug]
    kid = {"wasabi": rs(r, "A36", 20), "filebase": rs(r, "A36", 20), "tigris": "tid_" + rs(r, "a62", 30)}[c.slug]
    t = ["[%s]" % c.slug, "type = s3", "provider = %s" % {"wasabi": "Wasabi", "filebase": "Filebase", "tigris": "Other"}[c.slug],
         "access_key_id = %s" % kid, "secret_access_key = %s" % c.value, "endpoint = %s" % ep, "acl = private", ""]
    return r.choice(["rclone.conf", "backup/rclone.conf"]), "\n".join(t), "conf"


def n_storj(r, c):
    t = ["# uplink access for nightly backups", "[access]", "backups = %s" % c.value, ""]
    return "backup/uplink-access.ini", "\n".join(t), "ini"


def n_stream(r, c):
    t = ["import os", "from stream_chat import StreamChat", "",
         'client = StreamChat(api_key="%s", api_secret="%s")' % (rs(r, "a36", 12), c.value), "", "",
         "def user_token(user_id: str) -> str:", "    return client.create_token(user_id)", ""]
    return "backend/chat_tokens.py", "\n".join(t), "python"


def n_kaltura(r, c):
    t = ["from KalturaClient import KalturaClient, KalturaConfiguration", "from KalturaClient.Plugins.Core import KalturaSessionType", "",
         "PARTNER_ID = %d" % r.randint(1000000, 4999999), 'ADMIN_SECRET = "%s"' % c.value, "",
         "config = KalturaConfiguration(PARTNER_ID)", 'config.serviceUrl = "https://www.kaltura.com/"', "client = KalturaClient(config)",
         'ks = client.session.start(ADMIN_SECRET, "ops@%s.com", KalturaSessionType.ADMIN, PARTNER_ID)' % c.org, ""]
    return "media/kaltura_session.py", "\n".join(t), "python"


NATIVE = {"zulip": n_zulip, "clearml": n_clearml, "wireguard": n_wireguard, "here": n_here, "develocity": n_develocity,
          "gradle_plugin_portal": n_gradle_publish, "gemfury": n_gemfury, "harbor": n_harbor, "oracle_cloud": n_oci_auth,
          "wordpress": n_wordpress, "ghost": n_ghost, "pubnub": n_pubnub, "roblox": n_roblox, "ebay": n_ebay,
          "wasabi": n_s3compat, "filebase": n_s3compat, "tigris": n_s3compat, "storj": n_storj, "stream": n_stream,
          "kaltura": n_kaltura}

POS_RENDERERS = [
    (p_shell_export, 5), (p_shell_curl, 5), (p_dotenv, 3), (p_yaml, 6), (p_json, 5), (p_toml, 3), (p_py_settings, 5),
    (p_py_client, 7), (p_js, 5), (p_ts, 5), (p_go, 4), (p_java, 3), (p_properties, 4), (p_kotlin, 2), (p_csharp, 3),
    (p_appsettings, 3), (p_ruby, 3), (p_php, 3), (p_terraform, 4), (p_dockerfile, 3), (p_gha, 4), (p_compose, 4),
    (p_helm, 4), (p_k8s, 4), (p_xml, 3), (p_ini, 2), (p_markdown, 3), (p_ipynb, 2), (p_makefile, 2), (p_rust, 1),
    (p_swift, 1), (p_powershell, 2), (p_mcp, 3),
]

# ---------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------
def fake_value(r, k):
    """an obviously fake value in the kind's shape"""
    lit = k.prefix
    m = TOK.search(k.tpl)
    n = 32
    if m and ":" in m.group(1) and not m.group(1).startswith(("one:", "@")):
        n = int(m.group(1).split(":")[1])
    if m and m.group(1) == "uuid":
        return lit + "00000000-0000-0000-0000-000000000000"
    style = r.choice(["zero", "x", "seq", "test"])
    if not k.distinct or not lit or k.tpl.startswith("{@"):
        return r.choice(["test", "dummy-key", "fake-%s-key" % k.slug.replace("_", "-"), "0" * n, "not-a-real-key", "x" * n])
    if style == "zero":
        body = "0" * n
    elif style == "x":
        body = "x" * n
    elif style == "seq":
        base = "0123456789abcdefghijklmnopqrstuvwxyz"
        body = (base * (n // len(base) + 1))[:n]
    else:
        body = ("test" + "0" * n)[:n]
    return lit + body


def placeholder(r, k):
    opts = ["<YOUR_%s>" % k.env, "<your-%s-%s>" % (k.slug.replace("_", "-"), k.kind.replace("_", "-")), "${%s}" % k.env,
            "changeme", "REPLACE_ME", "TODO-fetch-from-vault"]
    if k.distinct and len(k.prefix) >= 2 and not k.tpl.startswith("{@"):
        opts += [k.prefix + "x" * 24, k.prefix + "XXXXXXXXXXXXXXXXXXXXXXXX", k.prefix + "...", k.prefix + "<redacted>"]
    return r.choice(opts)


def mask(r, k):
    s, _ = gen_tpl(r, k.tpl)
    last4 = s[-4:]
    style = r.choice(["stars", "redacted", "ellipsis", "len"])
    pre = k.prefix if (k.distinct and 2 <= len(k.prefix) <= 20 and not k.tpl.startswith("{@")) else ""
    if style == "stars":
        return pre + "*" * 12 + last4
    if style == "redacted":
        return "[REDACTED]"
    if style == "ellipsis":
        return (pre or "") + "****..." + last4
    return "<%d chars, sha256:%s>" % (len(s), rs(r, "hex", 8))


def neg_public_identifier(r, k, slug):
    items = PUBLIC[slug]
    chosen = r.sample(items, min(len(items), r.randint(1, 3)))
    vals = [(kd, gen_tpl(r, tpl)[0], var, note) for kd, tpl, var, note in chosen]
    pretty = k.pretty
    style = r.randrange(8)
    if style == 0:
        t = ["// %s: non-secret identifiers only (ids, publishable/client keys). Secrets are injected server-side." % pretty,
             "export const environment = {", "  production: true,", "  %s: {" % camel(slug)]
        t += ["    %s: '%s', // %s" % (camel(kd), v, note) for kd, v, var, note in vals]
        t += ["  },", "};", ""]
        return "src/environments/environment.prod.ts", "\n".join(t), "typescript"
    if style == 1:
        t = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,", "  env: {"]
        t += ["    NEXT_PUBLIC_%s: '%s', // %s" % (var, v, note) for kd, v, var, note in vals]
        t += ["  },", "};", "", "module.exports = nextConfig;", ""]
        return "next.config.js", "\n".join(t), "javascript"
    if style == 2:
        d = {"env": "production", slug: {camel(kd): v for kd, v, var, note in vals}}
        return r.choice(["public/config.json", "web/static/runtime-config.json"]), json.dumps(d, indent=2) + "\n", "json"
    if style == 3:
        t = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-public-config" % slug.replace("_", "-"),
             "  namespace: %s" % r.choice(NS), "data:"]
        t += ['  %s: "%s"  # %s' % (var, v, note) for kd, v, var, note in vals]
        t.append("")
        return "k8s/%s-configmap.yaml" % slug.replace("_", "-"), "\n".join(t), "k8s_manifest"
    if style == 4:
        t = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>", "    <!-- %s: public identifiers, not secrets -->" % pretty]
        t += ['    <string name="%s_%s" translatable="false">%s</string>' % (slug, kd, v) for kd, v, var, note in vals]
        t += ["</resources>", ""]
        return "app/src/main/res/values/%s_config.xml" % slug, "\n".join(t), "xml"
    if style == 5:
        t = ["# %s settings" % pretty, "", "| Setting | Value | Notes |", "|---|---|---|"]
        t += ["| `%s` | `%s` | %s |" % (var, v, note) for kd, v, var, note in vals]
        t += ["", "The secret credential is injected at runtime from the secret store and never committed.", ""]
        return "docs/integrations/%s.md" % slug.replace("_", "-"), "\n".join(t), "markdown"
    if style == 6:
        t = ["locals {"] + ['  %s = "%s" # %s' % (var.lower(), v, note) for kd, v, var, note in vals] + ["}", ""]
        return "terraform/%s_locals.tf" % slug, "\n".join(t), "terraform"
    t = ["<!doctype html>", "<html>", "<head>", '  <meta charset="utf-8">', "  <title>%s</title>" % r.choice(PROJ).title(),
         "  <script>", "    window.__PUBLIC_CONFIG__ = {"]
    t += ['      "%s": "%s",' % (var, v) for kd, v, var, note in vals]
    t += ["    };", "  </script>", "</head>", "<body><div id=\"root\"></div></body>", "</html>", ""]
    return "public/index.html", "\n".join(t), "html"


def neg_placeholder(r, k):
    ph = placeholder(r, k)
    style = r.randrange(5)
    if style == 0:
        t = ["# %s" % r.choice(PROJ).title(), "", "## Setup", "", "1. Create a key in the %s dashboard." % k.pretty,
             "2. Export it before running the worker:", "", "```bash", "export %s=%s" % (k.env, ph), "python -m worker", "```", ""]
        return "README.md", "\n".join(t), "markdown"
    if style == 1:
        t = ["# Copy to settings.yml and fill in real values (never commit the copy)", "%s:" % k.slug,
             '  %s: "%s"' % (k.kind, ph), "  timeout_seconds: 10", ""]
        return "config/settings.example.yml", "\n".join(t), "yaml"
    if style == 2:
        t = ["# Configuration", "", "| Variable | Required | Example |", "|---|---|---|",
             "| `%s` | yes | `%s` |" % (k.env, ph), "| `LOG_LEVEL` | no | `info` |", ""]
        return "docs/configuration.md", "\n".join(t), "markdown"
    if style == 3:
        t = ["services:", "  app:", "    image: ghcr.io/example/app:latest", "    environment:",
             "      %s: \"%s\"" % (k.env, ph), ""]
        return "docker-compose.example.yml", "\n".join(t), "docker_compose"
    d = {k.slug: {camel(k.kind): ph, "enabled": False}}
    return "config/config.sample.json", json.dumps(d, indent=2) + "\n", "json"


def neg_env_lookup(r, k):
    e = k.env
    style = r.randrange(10)
    if style == 0:
        t = ["import os", "", "", "def load_settings():", '    key = os.environ.get("%s")' % e, "    if not key:",
             '        raise RuntimeError("%s is not set")' % e, '    return {"%s": key}' % k.kind, ""]
        return "app/settings_loader.py", "\n".join(t), "python"
    if style == 1:
        t = ["from pydantic import Field", "from pydantic_settings import BaseSettings", "", "",
             "class %sSettings(BaseSettings):" % pascal(k.slug), '    %s: str = Field(..., alias="%s")' % (k.kind, e),
             '    base_url: str = "%s"' % (k.url or "https://api.example.com"), ""]
        return "app/config/%s.py" % k.slug, "\n".join(t), "python"
    if style == 2:
        t = ["const %s = process.env.%s;" % (camel(k.kind), e), "if (!%s) {" % camel(k.kind),
             "  throw new Error('Missing %s');" % e, "}", "", "module.exports = { %s };" % camel(k.kind), ""]
        return "src/config/%s.js" % camel(k.slug), "\n".join(t), "javascript"
    if style == 3:
        t = ["import { z } from 'zod';", "", "export const env = z", "  .object({ %s: z.string().min(1) })" % e,
             "  .parse(process.env);", ""]
        return "src/env.ts", "\n".join(t), "typescript"
    if style == 4:
        t = ["package config", "", 'import "os"', "", "func %sKey() string {" % pascal(k.slug), '\treturn os.Getenv("%s")' % e, "}", ""]
        return "internal/config/%s.go" % k.slug.replace("_", ""), "\n".join(t), "go"
    if style == 5:
        t = ["@Configuration", "public class %sProperties {" % pascal(k.slug),
             '    @Value("${%s.%s}")' % (k.slug.replace("_", "-"), k.kind.replace("_", "-")), "    private String %s;" % camel(k.kind), "}", ""]
        return "src/main/java/com/example/config/%sProperties.java" % pascal(k.slug), "\n".join(t), "java"
    if style == 6:
        t = ["var %s = Environment.GetEnvironmentVariable(\"%s\")" % (camel(k.kind), e),
             "    ?? throw new InvalidOperationException(\"%s not configured\");" % e, ""]
        return "src/Api/Startup.%s.cs" % pascal(k.slug), "\n".join(t), "csharp"
    if style == 7:
        t = ["# frozen_string_literal: true", "", "%sClient.configure do |c|" % pascal(k.slug), '  c.%s = ENV.fetch("%s")' % (k.kind, e), "end", ""]
        return "config/initializers/%s.rb" % k.slug, "\n".join(t), "ruby"
    if style == 8:
        t = ["<?php", "", "return [", "    '%s' => [" % k.slug, "        '%s' => env('%s')," % (k.kind, e), "    ],", "];", ""]
        return "config/services.php", "\n".join(t), "php"
    t = ["#!/usr/bin/env bash", "set -euo pipefail", ': "${%s:?%s must be set (see 1Password vault)}"' % (e, e)]
    if k.auth.startswith("H:"):
        _, name, pre = k.auth.split(":", 2)
        t.append('curl -sS "%s" -H "%s: %s${%s}"' % (k.url, name, pre, e))
    t.append("")
    return "scripts/%s_check.sh" % k.slug, "\n".join(t), "shell"


def neg_ci_ref(r, k):
    e = k.env
    style = r.randrange(6)
    if style == 0:
        t = ["name: sync", "on: [push]", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:",
             "      %s: ${{ secrets.%s }}" % (e, e), "    steps:", "      - uses: actions/checkout@v4", "      - run: make sync", ""]
        return ".github/workflows/sync.yml", "\n".join(t), "github_actions"
    if style == 1:
        t = ["services:", "  worker:", "    image: ghcr.io/example/worker:1.2.0", "    environment:",
             "      %s: ${%s:?set %s in your shell}" % (e, e, e), ""]
        return "docker-compose.yml", "\n".join(t), "docker_compose"
    if style == 2:
        t = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: worker", "spec:", "  template:", "    spec:",
             "      containers:", "        - name: worker", "          image: ghcr.io/example/worker:1.2.0", "          env:",
             "            - name: %s" % e, "              valueFrom:", "                secretKeyRef:",
             "                  name: %s-credentials" % k.slug.replace("_", "-"), "                  key: %s" % k.kind, ""]
        return "k8s/worker-deployment.yaml", "\n".join(t), "k8s_manifest"
    if style == 3:
        t = ["%s:" % camel(k.slug), "  enabled: true", "  # the key lives in a pre-created Secret", "  existingSecret: %s-credentials" % k.slug.replace("_", "-"),
             "  existingSecretKey: %s" % k.kind, ""]
        return "charts/worker/values.yaml", "\n".join(t), "helm_values"
    if style == 4:
        t = ['variable "%s_%s" {' % (k.slug, k.kind), '  type      = string', '  sensitive = true',
             '  description = "%s %s, supplied via TF_VAR_ in CI"' % (k.pretty, k.kind.replace("_", " ")), "}", "",
             'resource "kubernetes_secret" "%s" {' % k.slug, "  metadata {", '    name = "%s-credentials"' % k.slug.replace("_", "-"), "  }",
             "  data = {", "    %s = var.%s_%s" % (e, k.slug, k.kind), "  }", "}", ""]
        return "terraform/%s.tf" % k.slug, "\n".join(t), "terraform"
    t = ["stages: [test]", "", "integration:", "  stage: test", "  image: python:3.12", "  variables:",
         '    %s: "$%s"   # masked CI/CD variable' % (e, e), "  script:", "    - pytest -m integration", ""]
    return ".gitlab-ci.yml", "\n".join(t), "yaml"


def neg_masked_log(r, k):
    lines = []
    base = r.randint(0, 3000)
    for i in range(r.randint(4, 8)):
        tsx = "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        if i == 1:
            lines.append("%s INFO  config loaded %s=%s" % (tsx, k.env, mask(r, k)))
        elif i == 2:
            lines.append("%s DEBUG request_id=%s GET %s status=200 duration_ms=%d" % (tsx, uuid(r), k.url or "/health", base + i))
        else:
            lines.append("%s INFO  %s sync batch=%d processed=%d" % (tsx, k.slug, i, r.randint(10, 500)))
    return "logs/%s-sync.log" % k.slug.replace("_", "-"), "\n".join(lines) + "\n", "log"


def neg_prefix_prose(r, k):
    s, _ = gen_tpl(r, k.tpl)
    shown = k.prefix + s[len(k.prefix):len(k.prefix) + 4] + "…"
    t = ["# Rotating the %s credential" % k.pretty, "",
         "%s %s values start with `%s` (the full value is %d characters)." % (k.pretty, k.kind.replace("_", " "), k.prefix, len(s)),
         "The dashboard only shows the first few characters, e.g. `%s`, so identify keys by name." % shown, "",
         "1. Create the new key in the dashboard.", "2. Update `%s` in the secret store." % k.env, "3. Redeploy, then revoke the old key.", ""]
    return "docs/runbooks/rotate-%s.md" % k.slug.replace("_", "-"), "\n".join(t), "markdown"


def neg_fake_fixture(r, k):
    fv = fake_value(r, k)
    style = r.randrange(5)
    if style == 0:
        t = ["import pytest", "", "", "@pytest.fixture(autouse=True)", "def fake_credentials(monkeypatch):",
             '    monkeypatch.setenv("%s", "%s")' % (k.env, fv), "", "", "def test_client_builds_headers():",
             "    from app.integrations import %s_client" % k.slug, "    assert %s_client.headers()" % k.slug, ""]
        return "tests/test_%s_client.py" % k.slug, "\n".join(t), "python"
    if style == 1:
        t = ["describe('%s client', () => {" % k.pretty, "  beforeEach(() => {", "    process.env.%s = '%s';" % (k.env, fv), "  });", "",
             "  it('sends the key', () => {", "    expect(buildHeaders()).toBeDefined();", "  });", "});", ""]
        return "__tests__/%s.test.js" % camel(k.slug), "\n".join(t), "javascript"
    if style == 2:
        t = ["package %s" % k.slug.replace("_", ""), "", 'import "testing"', "", "func TestNewClient(t *testing.T) {",
             '\tt.Setenv("%s", "%s")' % (k.env, fv), "\tif _, err := NewClient(); err != nil {", "\t\tt.Fatal(err)", "\t}", "}", ""]
        return "internal/%s/client_test.go" % k.slug.replace("_", ""), "\n".join(t), "go"
    if style == 3:
        t = ["interactions:", "- request:", "    method: GET", "    uri: %s" % (k.url or "https://api.example.com/v1/ping"),
             "    headers:", "      Authorization:", "      - <%s>" % k.env, "  response:", "    status:", "      code: 200",
             "      message: OK", "    body:", '      string: \'{"id": "%s", "status": "ok"}\'' % uuid(r), "version: 1", ""]
        return "tests/cassettes/%s_ping.yaml" % k.slug, "\n".join(t), "yaml"
    d = {"%s" % k.env: fv, "note": "fixture values only; the client is stubbed in tests"}
    return "tests/fixtures/%s_config.json" % k.slug, json.dumps(d, indent=2) + "\n", "json"


def neg_secret_ref(r, k):
    e = k.env
    style = r.randrange(5)
    if style == 0:
        t = ["%s:" % k.slug, "    %s: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (k.kind, b64(rbytes(r, 36)), b64(rbytes(r, 32)), b64(rbytes(r, 16))[:22]),
             "sops:", "    gcp_kms:", "        - resource_id: projects/%s-prod/locations/global/keyRings/sops/cryptoKeys/sops-key" % r.choice(ORG),
             "          created_at: \"2024-05-02T10:11:12Z\"", "          enc: %s" % b64(rbytes(r, 120)),
             "    lastmodified: \"2024-05-02T10:11:14Z\"", "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (b64(rbytes(r, 48)), b64(rbytes(r, 32)), b64(rbytes(r, 16))[:22]),
             "    version: 3.8.1", ""]
        return "secrets/%s.enc.yaml" % k.slug, "\n".join(t), "yaml"
    if style == 1:
        t = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % k.slug.replace("_", "-"),
             "  namespace: %s" % r.choice(NS), "spec:", "  encryptedData:", "    %s: Ag%s" % (e, b64(rbytes(r, 300))), ""]
        return "k8s/sealed/%s.yaml" % k.slug.replace("_", "-"), "\n".join(t), "k8s_manifest"
    if style == 2:
        body = rbytes(r, 160).hex()
        t = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)] + [""]
        return "group_vars/prod/vault_%s.yml" % k.slug, "\n".join(t), "yaml"
    if style == 3:
        t = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s" % k.slug.replace("_", "-"), "spec:",
             "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore", "  target:",
             "    name: %s-credentials" % k.slug.replace("_", "-"), "  data:", "    - secretKey: %s" % e, "      remoteRef:",
             "        key: prod/%s/%s" % (k.slug, k.kind), ""]
        return "k8s/external-secrets/%s.yaml" % k.slug.replace("_", "-"), "\n".join(t), "k8s_manifest"
    t = ["# where each runtime secret comes from (resolved at deploy time)",
         "%s: arn:aws:secretsmanager:eu-west-1:%s:secret:prod/%s/%s-%s" % (e, rs(r, "dig", 12), k.slug, k.kind.replace("_", "-"), rs(r, "a62", 6)),
         "%s_GCP: projects/%s-prod/secrets/%s-%s/versions/latest" % (e, r.choice(ORG), k.slug.replace("_", "-"), k.kind.replace("_", "-")),
         "%s_OP: op://Platform/%s/credential" % (e, k.pretty), ""]
    return "deploy/secret-refs.yaml", "\n".join(t), "yaml"


def neg_hash(r, k):
    pkg = k.slug.replace("_", "-")
    style = r.randrange(3)
    if style == 0:
        t = ["FROM node:20-alpine@sha256:%s" % rs(r, "hex", 64), "ARG %s_CLI_VERSION=1.%d.%d" % (k.slug.upper(), r.randint(0, 9), r.randint(0, 9)),
             "ARG %s_CLI_SHA256=%s" % (k.slug.upper(), rs(r, "hex", 64)),
             "RUN wget -qO /tmp/cli.tgz https://github.com/%s/%s-cli/releases/download/v${%s_CLI_VERSION}/%s-cli_linux_amd64.tar.gz \\" % (pkg, pkg, k.slug.upper(), pkg),
             " && echo \"${%s_CLI_SHA256}  /tmp/cli.tgz\" | sha256sum -c - \\" % k.slug.upper(), " && tar -xzf /tmp/cli.tgz -C /usr/local/bin", ""]
        return "Dockerfile", "\n".join(t), "dockerfile"
    if style == 1:
        d = {"name": "web", "lockfileVersion": 3, "packages": {"node_modules/@%s/sdk" % pkg: {
            "version": "2.%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
            "resolved": "https://registry.npmjs.org/@%s/sdk/-/sdk-2.1.0.tgz" % pkg,
            "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}}}
        return "package-lock.json", json.dumps(d, indent=2) + "\n", "json"
    t = ["github.com/%s/%s-go v1.%d.0 h1:%s" % (pkg, pkg, r.randint(0, 9), b64(rbytes(r, 32))),
         "github.com/%s/%s-go v1.%d.0/go.mod h1:%s" % (pkg, pkg, r.randint(0, 9), b64(rbytes(r, 32))), ""]
    return "go.sum", "\n".join(t), "text"


def neg_pubkey(r, k):
    if k.slug == "wireguard":
        t = ["[Interface]", "Address = 10.8.0.1/24", "ListenPort = 51820",
             "PostUp = wg set %i private-key /etc/wireguard/private.key", ""]
        for i in range(r.randint(2, 4)):
            t += ["[Peer]", "# laptop-%d" % i, "PublicKey = %s" % f_wg(r), "AllowedIPs = 10.8.0.%d/32" % (i + 2), ""]
        return "infra/wireguard/wg0.conf.tmpl", "\n".join(t), "conf"
    if k.slug == "oracle_cloud":
        body = b64(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + rbytes(r, 270))
        t = ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----", ""]
        return "keys/oci_api_key_public.pem", "\n".join(t), "pem"
    if k.slug == "zerotier":
        t = ["%s:0:%s" % (rs(r, "hex", 10), rs(r, "hex", 128)), ""]
        return "ansible/files/zerotier/identity.public", "\n".join(t), "text"
    d = {"keys": [{"kty": "RSA", "kid": "sso_oidc_key_pair_01" + rs(r, "CROCK", 24) if k.slug == "workos" else uuid(r),
                   "use": "sig", "alg": "RS256", "n": b64u_nopad(rbytes(r, 256)), "e": "AQAB"}]}
    return "tests/fixtures/%s_jwks.json" % k.slug, json.dumps(d, indent=2) + "\n", "json"


NEG_PLAN = [("public_identifier", 110), ("placeholder", 55), ("env_lookup", 70), ("ci_secret_ref", 40), ("masked_log", 35),
            ("prefix_prose", 25), ("fake_fixture", 35), ("secret_reference", 15), ("hash_digest", 10), ("public_key", 5)]
N_POS = 600
N_NEG = sum(n for _, n in NEG_PLAN)


BOUND_R = r"(?![A-Za-z0-9+/=_-])"


def context_rx(k):
    return re.compile(r"(?<![A-Za-z0-9_])" + re.escape(k.env) + r"(?![A-Za-z0-9_])[\"']?\s*(?:=>|:=|=|:)\s*[\"']?(" + k.rx + ")" + BOUND_R)


def distinct_rx(k):
    return re.compile(r"(?<![A-Za-z0-9_])(?:" + k.rx + ")(?![A-Za-z0-9])")


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def gen_secret(r, k):
    for _ in range(50):
        s, rnd = gen_tpl(r, k.tpl)
        if not looks_fake(rnd):
            return s
    raise RuntimeError("could not generate a non-fake value for " + k.slug)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_f.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    kinds = load_table()
    by_slug = {}
    for k in kinds:
        by_slug.setdefault(k.slug, []).append(k)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # ---------------- positives
    # every documented/published (D/P) kind appears at least once; 60% of the inferred (I) kinds are
    # drawn per seed; the remainder is weighted toward documented and prefixed formats
    inferred = [k for k in kinds if k.src == "I"]
    plan = [k for k in kinds if k.src != "I"] + r.sample(inferred, int(0.6 * len(inferred)))
    r.shuffle(plan)
    weights = [3.0 if k.src == "D" else (2.0 if k.distinct else (1.5 if k.src == "P" else 0.5)) for k in kinds]
    plan += r.choices(kinds, weights=weights, k=N_POS - len(plan))
    r.shuffle(plan)
    rend_funcs = [f for f, w in POS_RENDERERS]
    rend_w = [w for f, w in POS_RENDERERS]
    pos_needles = []
    for i, k in enumerate(plan):
        secret = gen_secret(r, k)
        value = k.wrap.format(secret) if k.wrap else secret
        c = make_case(r, k, value, secret)
        out = None
        if k.slug in NATIVE and r.random() < 0.45:
            out = NATIVE[k.slug](r, c)
        tries = 0
        while out is None:
            tries += 1
            out = r.choices(rend_funcs, weights=rend_w)[0](r, c)
            assert tries < 200, k.slug
        rel, text, ftype = out
        assert text.count(secret) == 1, (k.slug, rel)
        line = next(n for n, ln in enumerate(text.split("\n"), 1) if secret in ln)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": k.slug, "kind": k.kind, "filetype": ftype})
        secrets.append({"file": frel, "needle": secret, "line": line})
        pos_needles.append(secret)

    # ---------------- negatives
    pub_slugs = sorted(PUBLIC)
    # public identifiers that *look* like keys (publishable keys, client tokens, ids with >=16 random chars)
    keylike = [s for s in pub_slugs if any(sum(int(m.group(1).split(":")[1]) for m in TOK.finditer(tpl)
                                               if ":" in m.group(1) and not m.group(1).startswith("one:")) >= 16
                                           or "{uuid}" in tpl or "{@" in tpl for _, tpl, _, _ in PUBLIC[s])]
    prose_kinds = [k for k in kinds if k.distinct and len(k.prefix) >= 3 and not k.tpl.startswith("{@")]
    pk_kinds = [by_slug[s][0] for s in ("wireguard", "oracle_cloud", "workos", "ory", "zerotier")]
    neg_types = []
    for t, n in NEG_PLAN:
        neg_types += [t] * n
    r.shuffle(neg_types)
    pools = {}

    def draw(name, pool):
        if not pools.get(name):
            pools[name] = pool[:]
            r.shuffle(pools[name])
        return pools[name].pop()

    for i, t in enumerate(neg_types):
        if t == "public_identifier":
            slug = draw("pub_keylike", keylike) if r.random() < 0.7 else draw(t, pub_slugs)
            k = by_slug[slug][0]
            rel, text, ftype = neg_public_identifier(r, k, slug)
        elif t == "prefix_prose":
            k = draw(t, prose_kinds)
            rel, text, ftype = neg_prefix_prose(r, k)
        elif t == "public_key":
            k = draw(t, pk_kinds)
            rel, text, ftype = neg_pubkey(r, k)
        else:
            k = draw(t, kinds)
            fn = {"placeholder": neg_placeholder, "env_lookup": neg_env_lookup, "ci_secret_ref": neg_ci_ref,
                  "masked_log": neg_masked_log, "fake_fixture": neg_fake_fixture, "secret_reference": neg_secret_ref,
                  "hash_digest": neg_hash}[t]
            rel, text, ftype = fn(r, k)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": k.slug, "kind": t, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    self_check(outdir, kinds, manifest, secrets, pos_needles)
    print("seed %d: %d positives, %d negatives, %d providers with positives, written to %s" %
          (seed, sum(m["label"] == "pos" for m in manifest), sum(m["label"] == "neg" for m in manifest),
           len({m["provider"] for m in manifest if m["label"] == "pos"}), outdir))


def self_check(outdir, kinds, manifest, secrets, pos_needles):
    assert sum(m["label"] == "pos" for m in manifest) == N_POS
    assert sum(m["label"] == "neg" for m in manifest) == N_NEG
    for m in manifest:
        assert os.path.isfile(os.path.join(outdir, m["file"])), m["file"]
    for s in secrets:
        text = open(os.path.join(outdir, s["file"]), encoding="utf-8").read()
        assert text.count(s["needle"]) == 1, s["file"]
        assert s["needle"] in text.split("\n")[s["line"] - 1], s["file"]
    drx = [(k, distinct_rx(k)) for k in kinds if k.distinct]
    ctx_rx = [(k, context_rx(k)) for k in kinds]
    needle_set = set(pos_needles)
    problems = []
    for m in manifest:
        if m["label"] != "neg":
            continue
        text = open(os.path.join(outdir, m["file"]), encoding="utf-8").read()
        for nd in needle_set:
            if nd in text:
                problems.append((m["file"], "contains a positive needle"))
        for k, rx in drx:
            for mm in rx.finditer(text):
                if not looks_fake(mm.group(0)):
                    problems.append((m["file"], k.slug, k.kind, mm.group(0)[:60]))
        for k, rx in ctx_rx:
            for mm in rx.finditer(text):
                if not looks_fake(mm.group(1)):
                    problems.append((m["file"], k.slug, k.kind, mm.group(1)[:60]))
    if problems:
        for p in problems[:40]:
            sys.stderr.write("NEGATIVE PROBLEM: %r\n" % (p,))
        raise SystemExit("self-check failed: %d problems" % len(problems))


if __name__ == "__main__":
    main()
