#!/usr/bin/env python3
"""Blind evaluation-set generator "eg" for keyhook: live chat widgets, in-app messaging and
customer-engagement embeds.

EMPHASIS
  Projects that embed a support/engagement widget next to server code that talks to the vendor.
  The public widget/app/site id usually sits right beside the secret server-side key, so a scanner
  has to tell them apart. Secret kinds (one per positive file):
    Intercom access token + identity-verification secret; Drift OAuth token; Crisp plugin token key
    (identifier UUID + 64-hex key); tawk.to REST key and secure-mode JS API key; LiveChat/Text
    PAT ("dal:"/"fra:" region prefix, sent with the account id in Basic auth); Sunshine Conversations /
    Zendesk messaging key secret (key id "app_..."); Freshchat API token (RS256 JWT); Tidio OpenAPI
    client secret; Chatwoot api_access_token and inbox hmac_token; Gorgias API key; Help Scout Beacon
    secure-mode secret; Front API token (HS256 JWT) and app/channel secret; Userlike, Smartsupp,
    Re:amaze, Gleap API tokens; Pendo integration key; Appcues API secret; Chameleon account secret;
    OneSignal REST/App/Org API keys (os_v2_app_/os_v2_org_ and the legacy base64 form); Braze REST
    key; Customer.io App API key and Tracking API key. Plus the usual extras in these repos:
    GitHub PAT (ghp_ with CRC32/base62 checksum), Stripe live secret/restricted key, SendGrid key,
    Slack incoming webhook URL, AWS secret access key (with AKIA id), Twilio auth token (with AC sid),
    Postgres/MySQL URL password, SMTP password, Rails secret_key_base.
  50 positive templates (29 config-style, 12 HTTP-client, 9 identity-hash signing) across about 25
  file types: .env, compose, YAML/JSON/TOML/INI/properties configs, Django settings, Rails
  initializers and helpers, WordPress wp-config/plugin/theme functions.php, Laravel config, Go, Java,
  Elixir, C# appsettings, Nuxt/Next config, Next API route, Express route, React/Vue/Svelte
  components, HTML with client-side HMAC, Shopify liquid (hmac_sha256 filter), shell curl scripts,
  Markdown runbooks/curl docs, .http files, Postman collections, Helm/K8s/Ansible/GitHub Actions/
  GitLab CI/Terraform/Netlify/Vercel/Dockerfile/Makefile.
  Half the positives use an obvious provider-specific name (INTERCOM_ACCESS_TOKEN, crispTokenKey,
  tawk-api-key ...); the other half use a neutral name (token, key, creds, signing_key, value ...),
  and about half of those put the literal inline: a positional argument, a header value, a curl -u
  argument, the key of a hmac() call, or the URL itself.

USAGE
  python3 gen_eg.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
  and OUTDIR/secrets.jsonl. Deterministic for a SEED: all randomness comes from random.Random(SEED),
  with no time, no os.urandom and no set iteration.

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file, and line = the 1-based line where it first occurs.
  - id/secret pairs (Crisp identifier+key, LiveChat account id+PAT, Sunshine key id+secret, Tidio
    client id+secret, Appcues key+secret, Customer.io site id+tracking key, Twilio SID+token,
    AWS key id+secret, Gorgias/Re:amaze email+key): the needle is only the secret half.
  - database URLs: the needle is the password only, not the whole URL.
  - Slack incoming webhooks: the needle is the whole https://hooks.slack.com/services/... URL.
  - JWT-shaped tokens (Freshchat, Front): the needle is the whole header.payload.signature string.
  - "Bearer <x>", "Key <x>" and "Basic <x>" prefixes are not part of the needle.
  manifest "kind" for positives is the secret kind; for negatives it is the look-alike type.

NEGATIVES
  Half of them reuse the positive templates with the secret slot filled by something that is not a
  secret: placeholders (<X>, YOUR_X, xxxx..., changeme, format-shaped placeholders like
  sk_live_xxxx, os_v2_app_<redacted>, AWS's documented example key wJalr...EXAMPLEKEY), environment
  look-ups in the language of the file (os.environ, process.env, ENV.fetch, getenv, ${X},
  ${{ secrets.X }}), secret-manager references (vault:, arn:aws:secretsmanager, op://, projects/...),
  masked values (first or last 4 characters kept), empty strings, dummy values (test-token,
  not-a-real-key). Public ids next to the slot (Intercom app_id, tawk property id, Crisp website id,
  Chatwoot website token, LiveChat license, AKIA key ids, Twilio SIDs, Sunshine app_ key ids, Tidio
  ci_ client ids) are left in place. The Crisp token identifier is removed from negatives because
  Crisp calls it secret as well.
  The other half are domain look-alikes (37 templates): Intercom boot snippet with app_id and a
  server-rendered user_hash; Crisp website id, tawk.to property/widget ids, Drift embed id, Olark
  site id, Zendesk widget key, Freshchat widget token, Tidio public key, Chatwoot websiteToken,
  Help Scout beacon id, Smartsupp widget key (40 hex), LiveChat license number, Userlike widget key
  (64 hex), Gleap SDK key, Pendo public API key, OneSignal appId/safari_web_id, Braze web SDK key,
  Customer.io site id in the tracking snippet, Appcues account id, Front chatId; server code that
  computes user hashes at runtime from credentials/config (no literal secret); HMAC outputs in
  fixtures; webhook payloads with conversation/session ids and signature headers; package-lock
  integrity hashes; SRI/CSP hashes; image digests with ${VAR} env refs; seed SQL with UUIDs and
  public widget tokens; logs with request/trace ids; i18n strings about keys; a changelog with
  masked token mentions; an OpenAPI spec with bearer placeholders; deploy manifests with commit
  SHAs and md5/sha1 digests; ciphertext (sops ENC[...], Rails credentials.yml.enc, Ansible vault);
  a Jest test with an obvious test-only HMAC key.

DOUBTS
  Formats written from memory that I could not confirm in vendor docs:
  - Intercom access token = base64("tok:<uuid with _>:1:0") (60 chars, ends in "="). Identity-verification
    secret as 40 base64url chars: I am not sure of the length or alphabet.
  - Drift OAuth token: 32 alphanumerics. Drift embed id: 12 lowercase alphanumerics.
  - Crisp: the identifier is a UUID and the key is 64 hex. Crisp's docs confirm the pair and Basic
    auth with X-Crisp-Tier, but not the character formats.
  - tawk.to REST API key and secure-mode JS API key: both guessed as 40 hex. REST auth as Basic with
    the key as username and a blank password is from memory. Property id = 24 hex, widget id ~9 chars.
  - LiveChat PAT = "dal:"/"fra:" + 27 base64url characters. Text's docs confirm Basic auth with
    account_id:PAT, but not the length.
  - Sunshine Conversations secret: 86 base64url characters. Key id "app_" + 24 hex.
  - Freshchat API token modelled as an RS256 JWT with a made-up claim set.
  - Tidio OpenAPI "ci_"/"cs_" prefixes, the 32-character bodies and the header names are from memory.
  - Chatwoot tokens are 24 characters in the Rails has_secure_token base58 alphabet.
  - Gorgias key as 64 hex; Help Scout Beacon secret as 44-character base64; Front app secret as 32 hex;
    Userlike token 40 alnum (sent raw in Authorization); Smartsupp token 48 lower-alnum; Re:amaze
    token 20 characters; Gleap API token 48 alnum; Chameleon account secret 40 alnum (sent in
    X-Account-Secret); Appcues secret as a UUID; Pendo integration key as UUID + ".us"/".eu".
    All of these are guesses.
  - OneSignal v2 keys: "os_v2_app_"/"os_v2_org_" + 113 base32 characters (length guessed). The legacy
    key is modelled as base64 of a UUID string (48 characters).
  - Braze REST key and Customer.io keys (32 hex App API key, 20 hex tracking key/site id) as remembered.
    Several API endpoint paths are approximate.
  Labels a reviewer might dispute:
  - Negatives keep public ids that look secret-ish: the Smartsupp 40-hex key, the Userlike 64-hex widget key,
    the Chatwoot websiteToken (same shape as the secret Chatwoot tokens), the Braze web SDK key (a UUID,
    like the REST key), and AKIA key ids or Twilio SIDs left alone after their secret half was blanked.
  - The Jest test's literal key 'test-identity-key' and dummy values such as 'test-token' are treated as
    non-secrets. The AWS documentation example key is treated as a placeholder.
  - Recorded webhook signature headers and HMAC outputs in fixtures are negatives: they are
    outputs, not keys.
  - Positives that hold an Appcues secret, Braze REST key or Pendo key are bare UUID-shaped
    values. Only the context marks them as secret.
  - Rails credentials.yml.enc negatives are a single line, which is how that file really looks.

SEARCHES
  docs corpus: OneSignal keys-and-ids pages (App ID is public UUID; App/Org API keys private;
  "Authorization: key ..."), Crisp REST API authentication (plugin/website token keypair,
  identifier + key, Basic auth, X-Crisp-Tier), Text/LiveChat authorization FAQ and agent
  authorization (PATs use Basic with account_id), Zendesk "Using the Conversations API keys"
  (app id / key id / secret; key id is the Basic username), Tidio (nothing useful on API key formats).
  pages corpus: Intercom identity-verification pages (HMAC-SHA256 of user_id or email, with the
  secret kept on the server). No scanner rule code or regexes were shown in any result. One result
  was a Chatwoot API page on a third-party docs host (mintlify) that showed the api_access_token
  header. It was not scanner-related.
"""
import base64
import hashlib
import hmac as _hmac
import json
import os
import sys
import random
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEXL = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B64 = UPPER + LOWER + DIG + "+/"
B64URL = UPPER + LOWER + DIG + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


# --------------------------------------------------------------------------- helpers
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEXL, n)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def words_style(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "SCREAM":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "Pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    return "_".join(w)


# --------------------------------------------------------------------------- secret formats
def g_intercom_token(r):
    # Intercom access tokens: base64 of "tok:<uuid with underscores>:1:0" (from memory)
    u = uuid4(r).replace("-", "_")
    return base64.b64encode(("tok:%s:1:0" % u).encode()).decode()


def g_intercom_ivs(r):
    return rs(r, B64URL, 40)


def g_drift(r):
    return rs(r, ALNUM, 32)


def g_crisp_key(r):
    return hexs(r, 64)


def g_tawk(r):
    return hexs(r, 40)


def g_livechat(r):
    return pick(r, ["dal:", "fra:"]) + rs(r, B64URL, 27)


def g_sunshine(r):
    return rs(r, B64URL, 86)


def g_jwt(r, header, payload, siglen):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, siglen)))


def g_freshchat(r):
    iat = 1650000000 + r.randrange(90000000)
    return g_jwt(r, {"kid": "custom-oauth-keyid", "typ": "JWT", "alg": "RS256"},
                 {"clientId": "fc-" + uuid4(r), "iss": "freshworks", "scope": "agent:read agent:create conversation:create conversation:read message:create",
                  "exp": iat + 3 * 365 * 86400, "iat": iat, "jti": uuid4(r)}, 256)


def g_front(r):
    iat = 1600000000 + r.randrange(140000000)
    return g_jwt(r, {"alg": "HS256", "typ": "JWT"},
                 {"scopes": pick(r, [["shared:*"], ["shared:*", "private:*"], ["provisioning"], ["shared:*", "tim:*"]]),
                  "iat": iat, "iss": "front", "sub": hexs(r, 20), "jti": hexs(r, 16)}, 32)


def g_tidio(r):
    return "cs_" + rs(r, LOWER + DIG, 32)


def g_chatwoot(r):
    return rs(r, B58, 24)


def g_gorgias(r):
    return hexs(r, 64)


def g_helpscout(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_front_secret(r):
    return hexs(r, 32)


def g_userlike(r):
    return rs(r, ALNUM, 40)


def g_smartsupp(r):
    return rs(r, LOWER + DIG, 48)


def g_reamaze(r):
    return rs(r, ALNUM + "-_", 20)


def g_gleap(r):
    return rs(r, ALNUM, 48)


def g_pendo(r):
    return uuid4(r) + pick(r, [".us", ".us", ".eu"])


def g_appcues(r):
    return uuid4(r)


def g_chameleon(r):
    return rs(r, ALNUM, 40)


def g_onesignal(r):
    if r.random() < 0.6:
        return pick(r, ["os_v2_app_", "os_v2_app_", "os_v2_org_"]) + rs(r, B32L, 113)
    # legacy REST API key: base64 of a UUID string
    return base64.b64encode(uuid4(r).encode()).decode()


def g_braze(r):
    return uuid4(r)


def g_cio_app(r):
    return hexs(r, 32)


def g_cio_track(r):
    return hexs(r, 20)


def base62(n):
    a = DIG + UPPER + LOWER
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = a[m] + s
    return s or "0"


def g_github(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, "0")


def g_stripe(r):
    return pick(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, pick(r, [24, 99]))


def g_sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIG, pick(r, [8, 10])), rs(r, UPPER + DIG, pick(r, [8, 10])), rs(r, ALNUM, 24))


def g_aws(r):
    return rs(r, B64, 40)


def g_twilio(r):
    return hexs(r, 32)


def g_rails_skb(r):
    return hexs(r, 128)


WORDS = ["marigold", "falcon", "harbor", "copper", "juniper", "sparrow", "granite", "velvet", "orchid",
         "tundra", "saffron", "lantern", "cobalt", "meadow", "pebble", "thunder", "willow", "ember",
         "quartz", "nimbus", "pepper", "otter", "cactus", "maple", "rocket", "biscuit", "zephyr"]


def g_password(r):
    k = r.randrange(5)
    if k == 0:
        return pick(r, WORDS).capitalize() + pick(r, WORDS).capitalize() + str(r.randrange(10, 99)) + pick(r, "!*.^~")
    if k == 1:
        return "-".join(pick(r, WORDS).capitalize() for _ in range(3)) + str(r.randrange(1, 99))
    if k == 2:
        return rs(r, ALNUM, 4) + pick(r, "!*^~") + rs(r, ALNUM, 5) + pick(r, "._-") + rs(r, ALNUM, 5)
    if k == 3:
        return pick(r, WORDS) + pick(r, ["#", "!", "*"]) + str(r.randrange(1990, 2026)) + pick(r, WORDS).capitalize() + rs(r, DIG, 2)
    return rs(r, ALNUM, r.randrange(16, 28))


# --------------------------------------------------------------------------- kinds
class K:
    def __init__(self, provider, kind, gen, words, auth, url, pub=None, idh=None, wrap=None, weight=1.0,
                 example=None):
        self.provider, self.kind, self.gen, self.words = provider, kind, gen, words
        # auth: bearer | basic_pass (id:secret) | basic_user (secret:'' or secret:X) | hdr:Name | key | hmac | config | dsn | url
        self.auth, self.url, self.pub, self.idh = auth, url, pub, idh
        self.wrap = wrap
        self.weight = weight
        self.example = example


def P_intercom_app(r):
    return (["intercom", "app", "id"], rs(r, LOWER + DIG, 8))


def P_crisp_site(r):
    return (["crisp", "website", "id"], uuid4(r))


def P_tawk(r):
    return (["tawk", "property", "id"], hexs(r, 24))


def P_drift(r):
    return (["drift", "embed", "id"], rs(r, LOWER + DIG, 12))


def P_chatwoot(r):
    return (["chatwoot", "website", "token"], rs(r, B58, 24))


def P_helpscout(r):
    return (["beacon", "id"], uuid4(r))


def P_onesignal(r):
    return (["onesignal", "app", "id"], uuid4(r))


def P_sunshine(r):
    return (["sunshine", "app", "id"], hexs(r, 24))


def P_freshchat(r):
    return (["freshchat", "widget", "token"], uuid4(r))


def P_tidio(r):
    return (["tidio", "public", "key"], rs(r, LOWER + DIG, 32))


def P_smartsupp(r):
    return (["smartsupp", "key"], hexs(r, 40))


def P_gleap(r):
    return (["gleap", "sdk", "key"], rs(r, ALNUM, 32))


def P_pendo(r):
    return (["pendo", "api", "key"], uuid4(r))


def P_braze(r):
    return (["braze", "sdk", "key"], uuid4(r))


def P_livechat_lic(r):
    return (["livechat", "license"], str(r.randrange(10000000, 19999999)))


def P_front_chat(r):
    return (["front", "chat", "id"], hexs(r, 32))


def I_crisp(r):
    return (["crisp", "identifier"], uuid4(r))


def I_livechat(r):
    return (["livechat", "account", "id"], uuid4(r))


def I_sunshine(r):
    return (["sunshine", "key", "id"], "app_" + hexs(r, 24))


def I_tidio(r):
    return (["tidio", "client", "id"], "ci_" + rs(r, LOWER + DIG, 32))


def I_email(r):
    return (["support", "email"], pick(r, ["ops", "support", "dev", "integrations", "helpdesk"]) + "@" + pick(r, DOMAINS))


def I_appcues(r):
    return (["appcues", "api", "key"], uuid4(r))


def I_cio_site(r):
    return (["customerio", "site", "id"], hexs(r, 20))


def I_aws(r):
    return (["aws", "access", "key", "id"], "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


def I_twilio(r):
    return (["twilio", "account", "sid"], "AC" + hexs(r, 32))


DOMAINS = ["acme-shop.com", "brightdesk.io", "northwind.dev", "lumenhq.com", "parcelpal.co", "tinyroast.coffee",
           "fjordsoft.no", "kitetrail.app", "mossandpine.com", "orbitcrm.io", "bakehouse.de", "helio-labs.com"]
DBHOSTS = ["db", "postgres", "db.internal", "pg-main.prod.svc.cluster.local", "10.0.3.17", "mysql",
           "chatdb.c9xk2lmq.eu-west-1.rds.amazonaws.com"]


def W_dsn(r):
    scheme = pick(r, ["postgres", "postgresql", "mysql"])
    user = pick(r, ["app", "chat", "widget_svc", "engage", "postgres", "deploy"])
    host = pick(r, DBHOSTS)
    port = "5432" if scheme.startswith("p") else "3306"
    db = pick(r, ["support", "engage_prod", "chat", "app_production", "helpdesk"])
    return lambda v: "%s://%s:%s@%s:%s/%s" % (scheme, user, v, host, port, db)


KINDS = [
    K("intercom", "access_token", g_intercom_token, ["intercom", "access", "token"], "bearer",
      "https://api.intercom.io/contacts", pub=P_intercom_app, weight=2.0),
    K("intercom", "identity_verification_secret", g_intercom_ivs, ["intercom", "identity", "secret"], "hmac",
      None, pub=P_intercom_app, weight=2.0),
    K("drift", "oauth_access_token", g_drift, ["drift", "access", "token"], "bearer",
      "https://driftapi.com/contacts", pub=P_drift),
    K("crisp", "plugin_token_key", g_crisp_key, ["crisp", "token", "key"], "basic_pass",
      "https://api.crisp.chat/v1/website/{pub}/conversations/1", pub=P_crisp_site, idh=I_crisp, weight=1.5),
    K("tawk", "rest_api_key", g_tawk, ["tawk", "api", "key"], "basic_user",
      "https://api.tawk.to/v1/chat.list", pub=P_tawk),
    K("tawk", "secure_mode_api_key", g_tawk, ["tawk", "js", "api", "key"], "hmac", None, pub=P_tawk),
    K("livechat", "personal_access_token", g_livechat, ["livechat", "pat"], "basic_pass",
      "https://api.livechatinc.com/v3.5/agent/action/list_chats", pub=P_livechat_lic, idh=I_livechat, weight=1.5),
    K("sunshine_conversations", "api_key_secret", g_sunshine, ["smooch", "key", "secret"], "basic_pass",
      "https://api.smooch.io/v2/apps/{pub}/conversations", pub=P_sunshine, idh=I_sunshine, weight=1.5),
    K("freshchat", "api_token", g_freshchat, ["freshchat", "api", "token"], "bearer",
      "https://acme.freshchat.com/v2/agents", pub=P_freshchat),
    K("tidio", "openapi_client_secret", g_tidio, ["tidio", "client", "secret"], "hdr:X-Tidio-Openapi-Client-Secret",
      "https://api.tidio.com/contacts", pub=P_tidio, idh=I_tidio),
    K("chatwoot", "api_access_token", g_chatwoot, ["chatwoot", "api", "access", "token"], "hdr:api_access_token",
      "https://app.chatwoot.com/api/v1/accounts/3/conversations", pub=P_chatwoot, weight=1.5),
    K("chatwoot", "hmac_token", g_chatwoot, ["chatwoot", "hmac", "token"], "hmac", None, pub=P_chatwoot),
    K("gorgias", "api_key", g_gorgias, ["gorgias", "api", "key"], "basic_pass",
      "https://acme.gorgias.com/api/tickets", idh=I_email),
    K("helpscout", "beacon_secret_key", g_helpscout, ["beacon", "secret", "key"], "hmac", None, pub=P_helpscout),
    K("front", "api_token", g_front, ["front", "api", "token"], "bearer",
      "https://api2.frontapp.com/conversations", pub=P_front_chat, weight=1.5),
    K("front", "app_channel_secret", g_front_secret, ["front", "app", "secret"], "hmac", None),
    K("userlike", "api_token", g_userlike, ["userlike", "api", "token"], "hdr:Authorization",
      "https://api.userlike.com/api/v2/conversations/"),
    K("smartsupp", "api_token", g_smartsupp, ["smartsupp", "api", "token"], "bearer",
      "https://api.smartsupp.com/v2/conversations/search", pub=P_smartsupp),
    K("reamaze", "api_token", g_reamaze, ["reamaze", "api", "token"], "basic_pass",
      "https://acme.reamaze.io/api/v1/conversations", idh=I_email),
    K("gleap", "api_token", g_gleap, ["gleap", "api", "token"], "bearer",
      "https://api.gleap.io/v3/tickets", pub=P_gleap),
    K("pendo", "integration_key", g_pendo, ["pendo", "integration", "key"], "hdr:x-pendo-integration-key",
      "https://app.pendo.io/api/v1/metadata/schema/visitor", pub=P_pendo),
    K("appcues", "api_secret", g_appcues, ["appcues", "api", "secret"], "basic_pass",
      "https://api.appcues.com/v2/accounts/81723/flows", idh=I_appcues),
    K("chameleon", "account_secret", g_chameleon, ["chameleon", "account", "secret"], "hmac", None),
    K("onesignal", "rest_api_key", g_onesignal, ["onesignal", "rest", "api", "key"], "key",
      "https://api.onesignal.com/notifications", pub=P_onesignal, weight=2.0),
    K("braze", "rest_api_key", g_braze, ["braze", "rest", "api", "key"], "bearer",
      "https://rest.iad-01.braze.com/users/track", weight=1.5),
    K("customerio", "app_api_key", g_cio_app, ["customerio", "app", "api", "key"], "bearer",
      "https://api.customer.io/v1/send/email"),
    K("customerio", "tracking_api_key", g_cio_track, ["customerio", "api", "key"], "basic_pass",
      "https://track.customer.io/api/v1/customers/42", idh=I_cio_site),
    # common credentials in these projects
    K("github", "personal_access_token", g_github, ["github", "token"], "bearer",
      "https://api.github.com/repos/acme/widget-theme/dispatches", weight=0.7),
    K("stripe", "secret_key", g_stripe, ["stripe", "secret", "key"], "bearer",
      "https://api.stripe.com/v1/customers", weight=0.7),
    K("sendgrid", "api_key", g_sendgrid, ["sendgrid", "api", "key"], "bearer",
      "https://api.sendgrid.com/v3/mail/send", weight=0.7),
    K("slack", "incoming_webhook_url", g_slack_hook, ["slack", "webhook", "url"], "url", None, weight=0.7),
    K("aws", "secret_access_key", g_aws, ["aws", "secret", "access", "key"], "config", None, idh=I_aws, weight=0.7),
    K("twilio", "auth_token", g_twilio, ["twilio", "auth", "token"], "basic_pass",
      "https://api.twilio.com/2010-04-01/Accounts/{id}/Messages.json", idh=I_twilio, weight=0.6),
    K("postgres", "database_password", g_password, ["database", "url"], "dsn", None, wrap=W_dsn, weight=1.0),
    K("generic", "smtp_password", g_password, ["smtp", "password"], "config", None, weight=0.6),
    K("rails", "secret_key_base", g_rails_skb, ["secret", "key", "base"], "config", None, weight=0.4),
]

NEUTRAL = [["token"], ["api", "key"], ["auth", "token"], ["key"], ["access", "key"], ["creds"], ["app", "secret"],
           ["svc", "token"], ["upstream", "key"], ["chat", "key"], ["support", "token"], ["messenger", "key"],
           ["remote", "token"], ["service", "key"], ["bearer"], ["value"], ["k"], ["conn", "key"]]
NEUTRAL_HMAC = [["signing", "key"], ["hash", "key"], ["verify", "key"], ["hmac", "key"], ["user", "hash", "salt"],
                ["widget", "secret"], ["sig", "key"], ["identity", "key"]]
NEUTRAL_PW = [["pass"], ["pw"], ["db", "pass"], ["passwd"], ["mail", "pass"], ["login", "secret"]]


# --------------------------------------------------------------------------- context / slot
ENV_EXPR = {
    "py": ['os.environ["{X}"]', 'os.getenv("{X}")', 'os.environ.get("{X}", "")', 'env("{X}")'],
    "js": ["process.env.{X}", "process.env.{X} ?? ''", "process.env['{X}']"],
    "ts": ["process.env.{X}!", "process.env.{X} ?? ''", "import.meta.env.{X}"],
    "rb": ['ENV["{X}"]', 'ENV.fetch("{X}")', "ENV.fetch('{X}', nil)"],
    "php": ["getenv('{X}')", "$_ENV['{X}'] ?? ''", "env('{X}')"],
    "go": ['os.Getenv("{X}")'],
    "java": ['System.getenv("{X}")'],
    "ex": ['System.fetch_env!("{X}")', 'System.get_env("{X}")'],
    "sh": ['"${X}"', '"${{X}:?missing {X}}"'],
    "cs": ['Environment.GetEnvironmentVariable("{X}")'],
    "kt": ['System.getenv("{X}")'],
    "rs": ['std::env::var("{X}")?'],
}
RAW_REF = {
    "dotenv": ["${{{X}}}"],
    "yaml": ["${{{X}}}"],
    "compose": ["${{{X}}}", "${{{X}:?set {X} in .env}}"],
    "gha": ["${{{{ secrets.{X} }}}}"],
    "gitlab": ["${X}", "$" + "{X}"],
    "properties": ["${{{X}}}", "${{{X}:}}"],
    "toml": ["${{{X}}}"],
    "ini": ["%(ENV_{X})s", "${{{X}}}"],
    "md": ["$" + "{X}"],
    "ansible": ["{{{{ vault_{x} }}}}", "{{{{ lookup('env', '{X}') }}}}"],
    "helm": ["{{{{ .Values.secrets.{c} }}}}"],
    "liquid": ["{{{{ settings.{x} }}}}"],
    "netlify": ["${X}"],
}

PLACEHOLDER_FMT = ["<{X}>", "YOUR_{X}", "your-{k}", "<your {s}>", "{x}_goes_here", "REPLACE_WITH_{X}", "<paste-{k}-here>",
                   "CHANGE_ME", "changeme", "TODO", "xxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXX", "...", "<redacted>",
                   "insert-{k}", "{{{{{x}}}}}", "%{X}%", "__{X}__", "dummy", "placeholder", "set-me-in-1password"]
SECRETREF_FMT = ["vault:secret/data/{p}/{k}#value", "arn:aws:secretsmanager:eu-west-1:{acct}:secret:{p}/{k}-{sfx}",
                 "projects/{p}-prod/secrets/{k}/versions/latest", "op://Engineering/{P}/{k}", "sm://{p}/{k}",
                 "ssm:/{p}/prod/{x}", "azurekeyvault://{p}-kv/secrets/{k}", "doppler://{p}/prd/{X}",
                 "gcp-secret://{p}/{k}", "k8s-secret:{p}-secrets/{k}"]
DUMMY_FMT = ["test-token", "dummy-{k}", "fake-{k}-for-tests", "not-a-real-key", "local-dev-only", "sandbox",
             "test", "foo", "abc123", "secret", "none", "disabled", "null"]


def fmt_name(fmtstr, words, r):
    return fmtstr.format(X=words_style(words, "SCREAM"), x=words_style(words, "snake"), k=words_style(words, "kebab"),
                         c=words_style(words, "camel"), s=" ".join(words), p=pick(r, ["chat", "support", "engage", "web"]),
                         P=" ".join(w.capitalize() for w in words), acct=str(r.randrange(10 ** 11, 10 ** 12)),
                         sfx=rs(r, ALNUM, 6))


def masked_value(r, k):
    v = k.gen(r)
    if k.auth == "url":
        return v.rsplit("/", 1)[0] + "/" + "*" * 24 if r.random() < 0.5 else "https://hooks.slack.com/services/T***/B***/***"
    ch = pick(r, ["*", "•", "x", "X", "#"])
    m = r.randrange(4)
    if m == 0:
        return v[:4] + ch * max(8, min(len(v) - 4, 24))
    if m == 1:
        return v[:4] + ch * 8 + v[-4:]
    if m == 2:
        return ch * 12 + v[-4:]
    return "[REDACTED]" if r.random() < 0.5 else "****"


FORMAT_PLACEHOLDER = {
    "intercom:access_token": ["dG9rOjxZT1VSX1RPS0VOPjoxOjA=", "<Your access token>", "dG9rOi4uLg=="],
    "stripe:secret_key": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "sk_test_REPLACE_ME"],
    "github:personal_access_token": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXX", "github_pat_..."],
    "sendgrid:api_key": ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "SG.<key-id>.<secret>"],
    "onesignal:rest_api_key": ["os_v2_app_<redacted>", "YOUR_REST_API_KEY", "os_v2_app_xxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "livechat:personal_access_token": ["dal:XXXXXXXXXXXXXXXXXXXXXXXXXXX", "<region>:<token>", "fra:your-pat-here"],
    "tidio:openapi_client_secret": ["cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "cs_<your-client-secret>"],
    "slack:incoming_webhook_url": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                                   "https://hooks.slack.com/services/XXX/YYY/ZZZ"],
    "aws:secret_access_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "pendo:integration_key": ["00000000-0000-0000-0000-000000000000.us", "<integration-key>.us"],
    "braze:rest_api_key": ["00000000-0000-0000-0000-000000000000", "YOUR-REST-API-KEY"],
    "front:api_token": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "<front-api-token>"],
}


def innocent_value(r, k, typ, words):
    if typ == "placeholder":
        key = k.provider + ":" + k.kind
        if key in FORMAT_PLACEHOLDER and r.random() < 0.5:
            return pick(r, FORMAT_PLACEHOLDER[key])
        return fmt_name(pick(r, PLACEHOLDER_FMT), words, r)
    if typ == "secret_manager_ref":
        return fmt_name(pick(r, SECRETREF_FMT), words, r)
    if typ == "masked":
        return masked_value(r, k)
    if typ == "empty":
        return ""
    if typ == "dummy":
        return fmt_name(pick(r, DUMMY_FMT), words, r)
    return "<%s>" % words_style(words, "SCREAM")


def q(s, lang, r=None, style=None):
    """quote a literal for a language"""
    if lang in ("json",):
        return json.dumps(s)
    if style is None:
        style = '"'
        if r is not None and lang in ("py", "js", "ts", "rb", "php", "sh", "yaml", "ex", "liquid") and r.random() < 0.4:
            style = "'"
        if r is not None and lang in ("js", "ts") and r.random() < 0.15:
            style = "`"
        if lang in ("go", "java", "cs", "kt", "rs", "tf", "toml"):
            style = '"'
    return style + s + style


class Ctx:
    def __init__(self, r, k, label, obvious, neg_type=None):
        self.r, self.k, self.label, self.obvious = r, k, label, obvious
        self.neg_type = neg_type
        self.secret = k.gen(r) if label == "pos" else None
        self.wrapfn = k.wrap(r) if k.wrap else (lambda v: v)
        self.pub = k.pub(r) if k.pub else None
        self.idh = k.idh(r) if k.idh else None
        if obvious:
            self.words = list(k.words)
        else:
            pool = NEUTRAL_HMAC if k.auth == "hmac" else (NEUTRAL_PW if k.kind.endswith("password") else NEUTRAL)
            self.words = list(pick(r, pool))
        self.envwords = list(k.words)
        if label == "pos":
            self.val = self.secret
            self.mode = "secret"
        else:
            t = neg_type
            self.mode = "env" if t == "env_reference" else "literal"
            phwords = ["db", "password"] if k.auth == "dsn" else self.envwords
            self.val = innocent_value(r, k, "placeholder" if t == "env_reference" else t, phwords)
            if k.provider == "crisp":
                self.idh = None  # Crisp documents the identifier as secret too; keep negatives clean
        self.inline = (not obvious) and r.random() < 0.5
        self.dom = pick(r, DOMAINS)
        self.slug = {"sunshine_conversations": "sunshine", "customerio": "customer-io", "generic": "smtp"}.get(k.provider, k.provider)
        self.sl = self.slug.replace("-", "_")

    # names
    def n(self, style):
        return words_style(self.words, style)

    def envname(self):
        return words_style(self.envwords, "SCREAM")

    def cfg(self):
        return self.wrapfn(self.val)

    def lit(self, lang, style=None):
        if self.mode == "env" and lang in ENV_EXPR:
            return pick(self.r, ENV_EXPR[lang]).replace("{X}", self.envname())
        return q(self.cfg(), lang, self.r, style)

    def raw(self, lang):
        if self.mode == "env" and self.k.auth == "dsn":
            return self.wrapfn("${DB_PASSWORD}")
        if self.mode == "env" and lang in RAW_REF:
            f = pick(self.r, RAW_REF[lang])
            return f.format(X=self.envname(), x=words_style(self.envwords, "snake"), c=words_style(self.envwords, "camel"))
        return self.cfg()

    def pubname(self, style):
        return words_style(self.pub[0], style)

    def idname(self, style):
        return words_style(self.idh[0], style)


def filler_env(r, dom, n):
    pool = [("NODE_ENV", "production"), ("PORT", str(pick(r, [3000, 8080, 4000, 5000]))), ("LOG_LEVEL", pick(r, ["info", "debug", "warn"])),
            ("APP_URL", "https://app." + dom), ("REDIS_URL", "redis://redis:6379/" + str(r.randrange(4))),
            ("CHAT_WIDGET_ENABLED", pick(r, ["true", "false"])), ("SUPPORT_EMAIL", "support@" + dom), ("TZ", "UTC"),
            ("DEFAULT_LOCALE", pick(r, ["en", "de", "fr", "en-GB"])), ("RATE_LIMIT_PER_MIN", str(pick(r, [60, 120, 600]))),
            ("FEATURE_NEW_INBOX", pick(r, ["true", "false"])), ("S3_BUCKET", pick(r, ["acme-chat-uploads", "support-attachments"])),
            ("AWS_REGION", pick(r, ["eu-west-1", "us-east-1", "eu-central-1"])), ("CDN_HOST", "https://cdn." + dom),
            ("SESSION_TTL", str(pick(r, [3600, 86400]))), ("WEB_CONCURRENCY", str(r.randrange(1, 5))),
            ("SENTRY_ENVIRONMENT", pick(r, ["production", "staging"])), ("MESSENGER_THEME_COLOR", "#" + hexs(r, 6)),
            ("OFFICE_HOURS", "09:00-17:30"), ("HELP_CENTER_URL", "https://help." + dom), ("QUEUE_NAME", "chat-events"),
            ("WORKER_COUNT", str(r.randrange(1, 9))), ("CORS_ORIGINS", "https://%s,https://www.%s" % (dom, dom))]
    r.shuffle(pool)
    return pool[:n]


def cfg_entries(c, style, lang, n_fill=None):
    """(name, rawvalue, is_secret) list for key/value style configs"""
    r = c.r
    out = []
    for k, v in filler_env(r, c.dom, n_fill if n_fill is not None else r.randrange(2, 7)):
        out.append((words_style(k.lower().split("_"), style), v, False))
    pos = r.randrange(len(out) + 1)
    block = []
    if c.pub:
        block.append((c.pubname(style), c.pub[1], False))
    if c.idh:
        block.append((c.idname(style), c.idh[1], False))
    block.append((c.n(style), c.raw(lang), True))
    return out[:pos] + block + out[pos:]


# --------------------------------------------------------------------------- templates
TEMPLATES = []  # (name, group, fn)  group: cfg | http | hmac


def T(group):
    def deco(fn):
        TEMPLATES.append((fn.__name__, group, fn))
        return fn
    return deco


def prov_title(c):
    return {"sunshine_conversations": "Sunshine Conversations", "customerio": "Customer.io", "onesignal": "OneSignal",
            "helpscout": "Help Scout", "livechat": "LiveChat", "reamaze": "Re:amaze", "tawk": "tawk.to",
            "github": "GitHub", "aws": "AWS", "postgres": "Postgres", "generic": "SMTP", "rails": "Rails",
            "sendgrid": "SendGrid"}.get(c.k.provider, c.k.provider.capitalize())


@T("cfg")
def t_dotenv(c):
    r = c.r
    path = pick(r, [".env", ".env.production", ".env.local", "server/.env", ".env.staging", "apps/web/.env.production.local"])
    lines = ["# %s" % pick(r, ["Environment for the support widget service", "Production env - do not edit by hand",
                               "copied from heroku config", "local overrides", "generated by scripts/bootstrap.sh"])]
    for name, v, s in cfg_entries(c, "SCREAM", "dotenv", r.randrange(3, 9)):
        if s and r.random() < 0.3:
            lines.append("# %s" % prov_title(c))
        qt = pick(r, ["", "", '"', "'"]) if (v and " " not in v) else '"'
        lines.append("%s=%s%s%s" % (name, qt, v, qt))
    return path, "dotenv", "\n".join(lines) + "\n"


@T("cfg")
def t_compose(c):
    r = c.r
    svc = pick(r, ["web", "api", "chat-bridge", "engage-worker", "app"])
    ents = cfg_entries(c, "SCREAM", "compose")
    lines = ["version: \"3.8\"" if r.random() < 0.5 else "# docker compose -f docker-compose.yml up", "services:",
             "  %s:" % svc, "    build: .", "    image: ghcr.io/acme/%s:%s" % (svc, pick(r, ["latest", "1.4.2", "main"])),
             "    ports:", "      - \"%d:%d\"" % ((8080, 8080) if r.random() < 0.5 else (3000, 3000)),
             "    depends_on:", "      - redis", "    environment:"]
    listy = r.random() < 0.5
    for name, v, s in ents:
        if listy:
            lines.append("      - %s=%s" % (name, v))
        else:
            lines.append("      %s: %s" % (name, q(v, "yaml", r) if (s or r.random() < 0.3) else v))
    lines += ["    restart: unless-stopped", "  redis:", "    image: redis:7-alpine", "    volumes:", "      - redis-data:/data",
              "volumes:", "  redis-data: {}"]
    return pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_yaml_config(c):
    r = c.r
    st = pick(r, ["snake", "camel", "kebab"])
    top = pick(r, ["chat", "support", "messaging", "integrations", "engagement"])
    lines = ["# %s settings" % top, "default: &default", "  %s:" % top,
             "    %s: %s" % (words_style(["enabled"], st), pick(r, ["true", "false"])),
             "    %s: %s" % (words_style(["provider"], st), c.sl)]
    if c.pub:
        lines.append("    %s: %s" % (c.pubname(st), q(c.pub[1], "yaml", r)))
    if c.idh:
        lines.append("    %s: %s" % (c.idname(st), c.idh[1]))
    lines.append("    %s: %s" % (c.n(st), q(c.raw("yaml"), "yaml", r) if r.random() < 0.6 else c.raw("yaml")))
    lines += ["    %s: %d" % (words_style(["timeout", "ms"], st), pick(r, [3000, 5000, 10000])),
              "    %s: %s" % (words_style(["launcher", "position"], st), pick(r, ["right", "left"])),
              "", "development:", "  <<: *default", "", "production:", "  <<: *default",
              "  %s:" % words_style(["log", "level"], st), "    %s" % pick(r, ["warn", "info"])]
    return pick(r, ["config/%s.yml" % top, "config/settings.yml", "config/application.yml", "app/config/%s.yaml" % top]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_json_config(c):
    r = c.r
    st = pick(r, ["camel", "snake"])
    d = {"env": pick(r, ["production", "staging"]), "port": pick(r, [3000, 8080]),
         pick(r, ["chat", "support", "messenger"]): {}}
    sect = list(d.keys())[2]
    if c.pub:
        d[sect][c.pubname(st)] = c.pub[1]
    if c.idh:
        d[sect][c.idname(st)] = c.idh[1]
    d[sect][c.n(st)] = c.raw("json")
    d[sect][words_style(["launcher", "color"], st)] = "#" + hexs(r, 6)
    d["logging"] = {"level": pick(r, ["info", "warn"]), "json": True}
    d["features"] = {words_style(["typing", "indicator"], st): True, words_style(["file", "upload"], st): r.random() < 0.5}
    txt = json.dumps(d, indent=pick(r, [2, 4]))
    return pick(r, ["config/default.json", "config/production.json", "appsettings.Production.json", "src/config.json",
                    ".runtimeconfig.json", "settings/local.json"]), "json", txt + "\n"


@T("cfg")
def t_django_settings(c):
    r = c.r
    lines = ['"""Django settings for %s project."""' % pick(r, ["helpdesk", "storefront", "portal"]),
             "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
             "DEBUG = %s" % pick(r, ["False", "os.environ.get('DEBUG') == '1'"]), "ALLOWED_HOSTS = ['.%s']" % c.dom, "",
             "INSTALLED_APPS = [", "    'django.contrib.auth',", "    'django.contrib.contenttypes',", "    'django.contrib.sessions',",
             "    'support',", "]", "", "# --- %s ---" % prov_title(c)]
    if c.pub:
        lines.append("%s = %s" % (c.pubname("SCREAM"), q(c.pub[1], "py", r)))
    if c.idh:
        lines.append("%s = %s" % (c.idname("SCREAM"), q(c.idh[1], "py", r)))
    lines.append("%s = %s" % (c.n("SCREAM"), c.lit("py")))
    lines += ["", "STATIC_URL = '/static/'", "LANGUAGE_CODE = 'en-us'", "TIME_ZONE = 'UTC'", "USE_TZ = True"]
    return pick(r, ["config/settings.py", "helpdesk/settings/production.py", "project/settings.py", "settings/base.py"]), "python", "\n".join(lines) + "\n"


@T("cfg")
def t_rails_initializer(c):
    r = c.r
    cls = prov_title(c).replace(" ", "").replace(".", "").replace(":", "")
    lines = ["# frozen_string_literal: true", "", "# Configures the %s integration" % prov_title(c),
             "Rails.application.config.x.%s = ActiveSupport::OrderedOptions.new" % c.sl, ""]
    pre = "Rails.application.config.x.%s" % c.sl
    if c.pub:
        lines.append("%s.%s = %s" % (pre, c.pubname("snake"), q(c.pub[1], "rb", r)))
    if c.idh:
        lines.append("%s.%s = %s" % (pre, c.idname("snake"), q(c.idh[1], "rb", r)))
    lines.append("%s.%s = %s" % (pre, c.n("snake"), c.lit("rb")))
    lines += ["%s.enabled = !Rails.env.test?" % pre, "%s.timeout = %d" % (pre, pick(r, [5, 10, 15])), ""]
    return "config/initializers/%s.rb" % pick(r, [c.slug.replace("-", "_"), "support_chat", cls.lower()]), "ruby", "\n".join(lines)


@T("cfg")
def t_wp_config(c):
    r = c.r
    lines = ["<?php", "/**", " * The base configuration for WordPress", " */", "",
             "define( 'DB_NAME', 'wp_%s' );" % pick(r, ["shop", "blog", "site"]), "define( 'DB_USER', 'wp' );",
             "define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", "",
             "/* %s live chat */" % prov_title(c)]
    if c.pub:
        lines.append("define( '%s', '%s' );" % (c.pubname("SCREAM"), c.pub[1]))
    if c.idh:
        lines.append("define( '%s', '%s' );" % (c.idname("SCREAM"), c.idh[1]))
    lines.append("define( '%s', %s );" % (c.n("SCREAM"), c.lit("php", "'")))
    lines += ["", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "",
              "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}",
              "require_once ABSPATH . 'wp-settings.php';"]
    return pick(r, ["wp-config.php", "public/wp-config.php"]), "php", "\n".join(lines) + "\n"


@T("cfg")
def t_wp_plugin_options(c):
    r = c.r
    slug = pick(r, ["acme-live-chat", "support-widget", "chat-bridge", "engage-connector"])
    fn = slug.replace("-", "_")
    lines = ["<?php", "/*", "Plugin Name: %s" % slug.replace("-", " ").title(), "Description: Loads the %s widget and syncs customers." % prov_title(c),
             "Version: %d.%d.%d" % (1, r.randrange(10), r.randrange(10)), "*/", "", "if ( ! defined( 'ABSPATH' ) ) exit;", "",
             "register_activation_hook( __FILE__, '%s_activate' );" % fn, "", "function %s_activate() {" % fn,
             "\tadd_option( '%s_settings', array(" % fn]
    if c.pub:
        lines.append("\t\t'%s' => '%s'," % (c.pubname("snake"), c.pub[1]))
    if c.idh:
        lines.append("\t\t'%s' => '%s'," % (c.idname("snake"), c.idh[1]))
    lines.append("\t\t'%s' => %s," % (c.n("snake"), c.lit("php", "'")))
    lines += ["\t\t'position' => '%s'," % pick(r, ["bottom-right", "bottom-left"]), "\t\t'show_on_mobile' => true,", "\t) );", "}", "",
              "function %s_options() {" % fn, "\treturn get_option( '%s_settings', array() );" % fn, "}"]
    return "wp-content/plugins/%s/%s.php" % (slug, slug), "php", "\n".join(lines) + "\n"


@T("cfg")
def t_properties(c):
    r = c.r
    pre = pick(r, ["chat", "support", "app.integrations", "engage"]) + "." + c.sl
    lines = ["# Spring Boot configuration", "spring.application.name=%s" % pick(r, ["support-gateway", "chat-service"]),
             "server.port=%d" % pick(r, [8080, 8081]), "spring.jackson.default-property-inclusion=non_null",
             "management.endpoints.web.exposure.include=health,info", ""]
    if c.pub:
        lines.append("%s.%s=%s" % (pre, c.pubname("kebab"), c.pub[1]))
    if c.idh:
        lines.append("%s.%s=%s" % (pre, c.idname("kebab"), c.idh[1]))
    lines.append("%s.%s=%s" % (pre, c.n("kebab"), c.raw("properties")))
    lines += ["%s.timeout=5s" % pre, "logging.level.com.acme=%s" % pick(r, ["INFO", "DEBUG"])]
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", "\n".join(lines) + "\n"


@T("cfg")
def t_toml(c):
    r = c.r
    sect = pick(r, ["chat", "support", "integrations.%s" % c.sl])
    lines = ["# app settings", "[server]", "host = \"0.0.0.0\"", "port = %d" % pick(r, [8000, 8080]), "", "[%s]" % sect]
    if c.pub:
        lines.append("%s = \"%s\"" % (c.pubname("snake"), c.pub[1]))
    if c.idh:
        lines.append("%s = \"%s\"" % (c.idname("snake"), c.idh[1]))
    lines.append("%s = %s" % (c.n("snake"), q(c.raw("toml"), "toml")))
    lines += ["retries = %d" % r.randrange(1, 5), "", "[log]", "level = \"%s\"" % pick(r, ["info", "debug"])]
    return pick(r, ["config/settings.toml", "config.toml", "Settings.toml", "instance/config.toml"]), "toml", "\n".join(lines) + "\n"


@T("cfg")
def t_ini(c):
    r = c.r
    lines = ["; service configuration", "[app]", "name = %s" % pick(r, ["support-bot", "chat-sync"]), "debug = false", "",
             "[%s]" % c.sl]
    if c.pub:
        lines.append("%s = %s" % (c.pubname("snake"), c.pub[1]))
    if c.idh:
        lines.append("%s = %s" % (c.idname("snake"), c.idh[1]))
    lines.append("%s = %s" % (c.n("snake"), c.raw("ini")))
    lines += ["base_url = https://%s" % pick(r, ["api.example.internal", "chat." + c.dom]), "", "[logging]", "level = INFO"]
    return pick(r, ["config/app.ini", "setup.cfg.local", "conf/chat.ini", "etc/chat-sync.ini"]), "ini", "\n".join(lines) + "\n"


@T("cfg")
def t_k8s_secret(c):
    r = c.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.slug,
             "  namespace: %s" % pick(r, ["support", "default", "engage"]), "  labels:", "    app.kubernetes.io/part-of: chat",
             "type: Opaque", "stringData:"]
    if c.idh:
        lines.append("  %s: %s" % (c.idname("SCREAM"), c.idh[1]))
    lines.append("  %s: %s" % (c.n("SCREAM"), q(c.cfg(), "yaml", r)))
    return pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-secret.yaml" % c.slug, "manifests/chat-secrets.yml"]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_helm_values(c):
    r = c.r
    lines = ["replicaCount: %d" % r.randrange(1, 4), "image:", "  repository: registry.%s/chat-gateway" % c.dom,
             "  tag: \"%d.%d.%d\"" % (r.randrange(3), r.randrange(20), r.randrange(10)), "", "env:"]
    for name, v, s in cfg_entries(c, "SCREAM", "helm", r.randrange(1, 4)):
        lines += ["  - name: %s" % name, "    value: %s" % q(v, "yaml", r)]
    lines += ["", "resources:", "  limits:", "    memory: 256Mi"]
    return pick(r, ["charts/chat-gateway/values.yaml", "helm/values-prod.yaml", "deploy/values.yaml"]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_gha(c):
    r = c.r
    lines = ["name: %s" % pick(r, ["Deploy", "Sync help center", "Release widget"]), "", "on:", "  push:", "    branches: [main]",
             "  workflow_dispatch:", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    if c.pub:
        lines.append("      %s: %s" % (c.pubname("SCREAM"), c.pub[1]))
    if c.idh:
        lines.append("      %s: %s" % (c.idname("SCREAM"), c.idh[1]))
    lines.append("      %s: %s" % (c.n("SCREAM"), c.raw("gha")))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
              "          node-version: 20", "      - run: npm ci", "      - run: npm run %s" % pick(r, ["deploy", "sync:contacts", "build"])]
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/sync.yml", ".github/workflows/release.yaml"]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_gitlab(c):
    r = c.r
    lines = ["stages:", "  - test", "  - deploy", "", "variables:", "  NODE_VERSION: \"20\""]
    if c.idh:
        lines.append("  %s: \"%s\"" % (c.idname("SCREAM"), c.idh[1]))
    lines.append("  %s: %s" % (c.n("SCREAM"), q(c.raw("gitlab"), "yaml", r)))
    lines += ["", "deploy:", "  stage: deploy", "  image: node:20", "  script:", "    - npm ci", "    - npm run deploy", "  only:", "    - main"]
    return ".gitlab-ci.yml", "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_tfvars(c):
    r = c.r
    lines = ["# %s" % pick(r, ["prod.tfvars", "managed by platform team", "terraform variables"]),
             "region      = \"%s\"" % pick(r, ["eu-west-1", "us-east-1"]), "environment = \"production\""]
    if c.pub:
        lines.append("%s = \"%s\"" % (c.pubname("snake"), c.pub[1]))
    if c.idh:
        lines.append("%s = \"%s\"" % (c.idname("snake"), c.idh[1]))
    lines.append("%s = %s" % (c.n("snake"), q(c.cfg(), "tf")))
    lines.append("chat_widget_enabled = %s" % pick(r, ["true", "false"]))
    return pick(r, ["infra/prod.tfvars", "terraform/environments/prod/terraform.tfvars", "infra/terraform.tfvars"]), "terraform", "\n".join(lines) + "\n"


@T("cfg")
def t_dockerfile(c):
    r = c.r
    lines = ["FROM node:%s-alpine" % pick(r, ["18", "20", "22"]), "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev",
             "COPY . .", "ENV NODE_ENV=production"]
    if c.pub:
        lines.append("ENV %s=%s" % (c.pubname("SCREAM"), c.pub[1]))
    lines.append("ENV %s=%s" % (c.n("SCREAM"), q(c.cfg(), "sh", None, '"') if r.random() < 0.5 else c.cfg()))
    lines += ["EXPOSE 3000", "USER node", "CMD [\"node\", \"server.js\"]"]
    return pick(r, ["Dockerfile", "docker/Dockerfile.prod", "services/chat/Dockerfile"]), "dockerfile", "\n".join(lines) + "\n"


@T("cfg")
def t_makefile(c):
    r = c.r
    lines = [".PHONY: dev deploy sync", "", "APP ?= chat-gateway", "REGION ?= %s" % pick(r, ["eu-west-1", "us-east-1"])]
    lines.append("%s ?= %s" % (c.n("SCREAM"), c.cfg() if c.mode != "env" else "$(shell cat .secrets/%s)" % c.n("snake")))
    lines += ["", "dev:", "\tnpm run dev", "", "sync:", "\t%s=$(%s) node scripts/sync.js" % (c.n("SCREAM"), c.n("SCREAM")), "",
              "deploy:", "\tfly deploy --app $(APP)"]
    return "Makefile", "makefile", "\n".join(lines) + "\n"


@T("cfg")
def t_elixir(c):
    r = c.r
    app = pick(r, ["helpdesk", "shopfront", "engage"])
    lines = ["import Config", "", "config :%s, %s.Repo," % (app, app.capitalize()), "  pool_size: 10", "",
             "config :%s, :%s," % (app, c.sl)]
    items = []
    if c.pub:
        items.append("  %s: %s" % (c.pubname("snake"), q(c.pub[1], "ex")))
    if c.idh:
        items.append("  %s: %s" % (c.idname("snake"), q(c.idh[1], "ex")))
    items.append("  %s: %s" % (c.n("snake"), c.lit("ex", '"')))
    lines.append(",\n".join(items))
    lines += ["", "config :logger, level: :info"]
    return pick(r, ["config/runtime.exs", "config/prod.exs"]), "elixir", "\n".join(lines) + "\n"


@T("cfg")
def t_laravel_services(c):
    r = c.r
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
             "    '%s' => [" % c.sl]
    if c.pub:
        lines.append("        '%s' => env('%s', '%s')," % (c.pubname("snake"), c.pubname("SCREAM"), c.pub[1]))
    if c.idh:
        lines.append("        '%s' => '%s'," % (c.idname("snake"), c.idh[1]))
    if c.mode == "env":
        lines.append("        '%s' => env('%s')," % (c.n("snake"), c.envname()))
    else:
        lines.append("        '%s' => env('%s', %s)," % (c.n("snake"), c.envname(), q(c.cfg(), "php", None, "'")))
    lines += ["    ],", "", "];"]
    return "config/services.php", "php", "\n".join(lines) + "\n"


@T("cfg")
def t_nuxt(c):
    r = c.r
    lines = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({",
             "  devtools: { enabled: false },", "  modules: ['@pinia/nuxt'],", "  runtimeConfig: {",
             "    // server-only keys"]
    lines.append("    %s: %s," % (c.n("camel"), c.lit("ts")))
    lines += ["    public: {"]
    if c.pub:
        lines.append("      %s: '%s'," % (c.pubname("camel"), c.pub[1]))
    lines += ["      supportUrl: 'https://help.%s'," % c.dom, "    },", "  },", "})"]
    return pick(r, ["nuxt.config.ts", "apps/storefront/nuxt.config.ts"]), "typescript", "\n".join(lines) + "\n"


@T("cfg")
def t_next_config(c):
    r = c.r
    lines = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
             "  images: { domains: ['cdn.%s'] }," % c.dom, "  env: {"]
    if c.pub:
        lines.append("    NEXT_PUBLIC_%s: '%s'," % (c.pubname("SCREAM"), c.pub[1]))
    lines.append("    %s: %s," % (c.n("SCREAM"), c.lit("js")))
    lines += ["  },", "}", "", "module.exports = nextConfig"]
    return pick(r, ["next.config.js", "apps/web/next.config.js"]), "javascript", "\n".join(lines) + "\n"


@T("cfg")
def t_go_const(c):
    r = c.r
    lines = ["package config", "", "import (", "\t\"os\"", "\t\"time\"", ")", "", "// Chat integration defaults."]
    if c.mode == "env":
        lines += ["var (", "\t%s = %s" % (c.n("Pascal"), c.lit("go")), ")"]
    else:
        lines += ["const ("]
        if c.pub:
            lines.append("\t%s = \"%s\"" % (c.pubname("Pascal"), c.pub[1]))
        if c.idh:
            lines.append("\t%s = \"%s\"" % (c.idname("Pascal"), c.idh[1]))
        lines += ["\t%s = %s" % (c.n("Pascal"), c.lit("go")), ")"]
    lines += ["", "var Timeout = 10 * time.Second", "", "func Env() string {", "\tif e := os.Getenv(\"APP_ENV\"); e != \"\" {",
              "\t\treturn e", "\t}", "\treturn \"development\"", "}"]
    return pick(r, ["internal/config/chat.go", "pkg/config/config.go", "config/defaults.go"]), "go", "\n".join(lines) + "\n"


@T("cfg")
def t_java_config(c):
    r = c.r
    lines = ["package com.acme.support.config;", "", "import org.springframework.context.annotation.Configuration;", "",
             "@Configuration", "public class %sConfig {" % prov_title(c).replace(" ", "").replace(".", "").replace(":", "")]
    if c.pub:
        lines.append("    public static final String %s = \"%s\";" % (c.pubname("SCREAM"), c.pub[1]))
    if c.idh:
        lines.append("    public static final String %s = \"%s\";" % (c.idname("SCREAM"), c.idh[1]))
    kw = "static final String" if c.mode != "env" else "final String"
    lines.append("    private %s %s = %s;" % (kw, c.n("SCREAM") if c.mode != "env" else c.n("camel"), c.lit("java")))
    lines += ["", "    public int timeoutMillis() {", "        return %d;" % pick(r, [3000, 5000]), "    }", "}"]
    return "src/main/java/com/acme/support/config/%sConfig.java" % prov_title(c).replace(" ", "").replace(".", "").replace(":", ""), "java", "\n".join(lines) + "\n"


@T("cfg")
def t_appsettings(c):
    r = c.r
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*"}
    sect = {}
    if c.pub:
        sect[c.pubname("Pascal")] = c.pub[1]
    if c.idh:
        sect[c.idname("Pascal")] = c.idh[1]
    sect[c.n("Pascal")] = c.cfg()
    sect["BaseUrl"] = "/".join(url_of(c).split("/")[:3]) if c.k.url else "https://support." + c.dom
    d[prov_title(c).replace(" ", "").replace(".", "").replace(":", "")] = sect
    return pick(r, ["appsettings.json", "src/Support.Api/appsettings.Production.json"]), "json", json.dumps(d, indent=2) + "\n"


@T("cfg")
def t_ansible(c):
    r = c.r
    lines = ["---", "# group_vars for %s hosts" % pick(r, ["web", "chat", "workers"]), "app_user: deploy",
             "app_dir: /srv/%s" % pick(r, ["support", "chat"]), "nginx_server_name: %s" % c.dom]
    if c.pub:
        lines.append("%s: \"%s\"" % (c.pubname("snake"), c.pub[1]))
    if c.idh:
        lines.append("%s: \"%s\"" % (c.idname("snake"), c.idh[1]))
    lines.append("%s: %s" % (c.n("snake"), q(c.raw("ansible"), "yaml", None, '"')))
    lines += ["app_env:", "  NODE_ENV: production", "  PORT: \"3000\""]
    return pick(r, ["ansible/group_vars/all.yml", "group_vars/web.yml", "inventories/prod/group_vars/chat.yml"]), "yaml", "\n".join(lines) + "\n"


@T("cfg")
def t_netlify(c):
    r = c.r
    lines = ["[build]", "  command = \"npm run build\"", "  publish = \"dist\"", "", "[build.environment]", "  NODE_VERSION = \"20\""]
    if c.pub:
        lines.append("  %s = \"%s\"" % (c.pubname("SCREAM"), c.pub[1]))
    lines.append("  %s = \"%s\"" % (c.n("SCREAM"), c.raw("netlify")))
    lines += ["", "[[redirects]]", "  from = \"/api/*\"", "  to = \"/.netlify/functions/:splat\"", "  status = 200"]
    return "netlify.toml", "toml", "\n".join(lines) + "\n"


@T("cfg")
def t_markdown_runbook(c):
    r = c.r
    lines = ["# %s integration runbook" % prov_title(c), "", "Owner: #team-%s" % pick(r, ["support-eng", "growth", "platform"]), "",
             "## Credentials", ""]
    if r.random() < 0.5:
        lines += ["| name | value |", "|---|---|"]
        if c.pub:
            lines.append("| %s | `%s` |" % (c.pubname("SCREAM"), c.pub[1]))
        if c.idh:
            lines.append("| %s | `%s` |" % (c.idname("SCREAM"), c.idh[1]))
        lines.append("| %s | `%s` |" % (c.n("SCREAM"), c.raw("md")))
    else:
        if c.pub:
            lines.append("- %s: `%s`" % (" ".join(c.pub[0]), c.pub[1]))
        if c.idh:
            lines.append("- %s: `%s`" % (" ".join(c.idh[0]), c.idh[1]))
        lines.append("- %s: `%s`" % (" ".join(c.words), c.raw("md")))
    lines += ["", "## Rotation", "", "1. Generate a new value in the %s dashboard." % prov_title(c),
              "2. Update the deployment secret and restart the `chat-gateway` pods.", "3. Verify the widget loads on https://%s." % c.dom, ""]
    return pick(r, ["docs/runbooks/%s.md" % c.slug, "notes/runbook.md", "docs/chat-setup.md", "ops/README.md"]), "markdown", "\n".join(lines)


@T("cfg")
def t_vercel_json(c):
    r = c.r
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": pick(r, ["nextjs", "sveltekit", "nuxtjs"]),
         "regions": [pick(r, ["fra1", "iad1", "cdg1"])], "env": {}}
    if c.pub:
        d["env"]["PUBLIC_" + c.pubname("SCREAM")] = c.pub[1]
    d["env"][c.n("SCREAM")] = c.cfg()
    return "vercel.json", "json", json.dumps(d, indent=2) + "\n"


# --------------------------------------------------------------------------- http helpers
CONCAT = {"py": " + ", "js": " + ", "ts": " + ", "rb": " + ", "php": " . ", "go": " + "}


def url_of(c):
    u = c.k.url or "https://api.%s/v1/ping" % c.dom
    if c.pub:
        u = u.replace("{pub}", c.pub[1])
    if c.idh:
        u = u.replace("{id}", c.idh[1])
    return u


def auth_parts(c, lang, V):
    """returns (headers [(name, expr)], basic (uexpr, pexpr) or None, urlexpr or None)"""
    a = c.k.auth
    cat = CONCAT.get(lang, " + ")
    idv = q(c.idh[1], lang, None, "'" if lang == "php" else '"') if c.idh else q("", lang, None, '"')
    qs = '"' if lang != "php" else "'"
    merge = c.inline and c.mode != "env" and lang != "go" and V[:1] in "'\"`"
    if a == "bearer":
        if merge:
            return [("Authorization", q("Bearer " + c.cfg(), lang, None, qs))], None, None
        return [("Authorization", q("Bearer ", lang, None, qs) + cat + V)], None, None
    if a == "key":
        scheme = "Basic " if (c.secret and not c.secret.startswith("os_v2")) else "Key "
        if merge:
            return [("Authorization", q(scheme + c.cfg(), lang, None, qs))], None, None
        return [("Authorization", q(scheme, lang, None, qs) + cat + V)], None, None
    if a.startswith("hdr:"):
        h = [(a[4:], V)]
        if c.idh and c.k.provider == "tidio":
            h.insert(0, ("X-Tidio-Openapi-Client-Id", idv))
        return h, None, None
    if a == "basic_pass":
        extra = [("X-Crisp-Tier", q("plugin", lang, None, '"' if lang != "php" else "'"))] if c.k.provider == "crisp" else []
        return extra, (idv, V), None
    if a == "basic_user":
        return [], (V, q("", lang, None, '"' if lang != "php" else "'")), None
    if a == "url":
        return [], None, V
    return [], None, None


def var_or_inline(c, lang, style, decl):
    """returns (decl_lines, V)"""
    e = c.lit(lang)
    if c.inline:
        return [], e
    name = c.n(style)
    return [decl.format(n=name, e=e)], name


HTTP_KINDS = ("bearer", "key", "basic_pass", "basic_user", "url") 


def is_http(k):
    return k.auth in HTTP_KINDS or k.auth.startswith("hdr:")


@T("http")
def t_py_client(c):
    r = c.r
    decl, V = var_or_inline(c, "py", pick(r, ["SCREAM", "snake"]), "{n} = {e}")
    hs, basic, u = auth_parts(c, "py", V)
    fn = pick(r, ["sync_contacts", "fetch_conversations", "push_event", "notify"])
    lines = ['"""Thin client for the %s API."""' % prov_title(c), "import logging", "import os", "", "import requests", "",
             "log = logging.getLogger(__name__)", ""] + decl
    lines += ["BASE_URL = %s" % q(url_of(c), "py", r) if u is None else "", "", "",
              "def %s(payload=None, timeout=10):" % fn]
    args = []
    if hs:
        lines.append("    headers = {")
        for h, e in hs:
            lines.append("        %s: %s," % (q(h, "py", None, '"'), e))
        lines += ['        "Accept": "application/json",', "    }"]
        args.append("headers=headers")
    if basic:
        args.append("auth=(%s, %s)" % basic)
    target = u if u else "BASE_URL"
    lines += ["    resp = requests.post(%s, json=payload or {}, %s, timeout=timeout)" % (target, ", ".join(args) if args else "headers={}"),
              "    if resp.status_code >= 400:", "        log.warning(\"%s call failed: %%s\", resp.text[:200])" % c.sl,
              "    resp.raise_for_status()", "    return resp.json() if resp.content else None", ""]
    return pick(r, ["app/services/%s_client.py" % c.slug.replace("-", "_"), "support/integrations/%s.py" % c.slug.replace("-", "_"), "scripts/%s.py" % fn]), "python", "\n".join(lines) + "\n"


@T("http")
def t_node_fetch(c):
    r = c.r
    lang = pick(r, ["js", "ts"])
    decl, V = var_or_inline(c, lang, pick(r, ["SCREAM", "camel"]), "const {n} = {e};")
    hs, basic, u = auth_parts(c, lang, V)
    lines = ["// %s helper" % prov_title(c), "import fetch from 'node-fetch';" if lang == "js" and r.random() < 0.5 else "// uses global fetch (node 18+)", ""] + decl
    lines += ["const ENDPOINT = %s;" % q(url_of(c), lang, r) if u is None else "", ""]
    sig = "export async function %s(body%s) {" % (pick(r, ["sendToChat", "syncUser", "postMessage", "trackEvent"]), ": Record<string, unknown>" if lang == "ts" else "")
    lines.append(sig)
    lines.append("  const headers%s = { 'Content-Type': 'application/json' };" % (": Record<string, string>" if lang == "ts" else ""))
    for h, e in hs:
        lines.append("  headers[%s] = %s;" % (q(h, lang, None, "'"), e))
    if basic:
        lines.append("  headers['Authorization'] = 'Basic ' + Buffer.from(%s + ':' + %s).toString('base64');" % basic)
    lines += ["  const res = await fetch(%s, {" % (u if u else "ENDPOINT"), "    method: 'POST',", "    headers,",
              "    body: JSON.stringify(body),", "  });", "  if (!res.ok) {", "    throw new Error(`%s responded ${res.status}`);" % c.sl,
              "  }", "  return res.json();", "}"]
    ext = "ts" if lang == "ts" else pick(r, ["js", "mjs"])
    return pick(r, ["server/lib/%s.%s" % (c.slug, ext), "src/services/chat.%s" % ext, "api/%s-sync.%s" % (c.slug, ext)]), \
        "typescript" if lang == "ts" else "javascript", "\n".join(lines) + "\n"


@T("http")
def t_ruby_client(c):
    r = c.r
    decl, V = var_or_inline(c, "rb", "SCREAM", "  {n} = {e}")
    hs, basic, u = auth_parts(c, "rb", V)
    cls = prov_title(c).replace(" ", "").replace(".", "").replace(":", "") + "Client"
    lines = ["require \"net/http\"", "require \"json\"", "", "class %s" % cls] + decl
    lines += ["  ENDPOINT = URI(%s)" % (q(url_of(c), "rb", r) if u is None else u), "", "  def self.post(payload)",
              "    req = Net::HTTP::Post.new(ENDPOINT)", "    req[\"Content-Type\"] = \"application/json\""]
    for h, e in hs:
        lines.append("    req[%s] = %s" % (q(h, "rb", None, '"'), e))
    if basic:
        lines.append("    req.basic_auth(%s, %s)" % basic)
    lines += ["    req.body = payload.to_json", "    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) do |http|",
              "      http.request(req)", "    end", "  end", "end"]
    return pick(r, ["app/services/%s.rb" % cls.lower(), "lib/%s_client.rb" % c.slug.replace("-", "_")]), "ruby", "\n".join(lines) + "\n"


@T("http")
def t_php_guzzle(c):
    r = c.r
    decl, V = var_or_inline(c, "php", "SCREAM", "    private const {n} = {e};")
    if c.mode == "env" and not c.inline:
        decl = []
        V = c.lit("php")
    else:
        V = ("self::" + V) if decl else V
    hs, basic, u = auth_parts(c, "php", V)
    cls = prov_title(c).replace(" ", "").replace(".", "").replace(":", "") + "Gateway"
    lines = ["<?php", "", "namespace App\\Support;", "", "use GuzzleHttp\\Client;", "", "final class %s" % cls, "{"] + decl
    lines += ["", "    public function send(array $payload): array", "    {", "        $client = new Client(['timeout' => 10]);",
              "        $res = $client->post(%s, [" % (q(url_of(c), "php", None, "'") if u is None else u), "            'json' => $payload,"]
    if hs:
        lines.append("            'headers' => [")
        for h, e in hs:
            lines.append("                '%s' => %s," % (h, e))
        lines.append("            ],")
    if basic:
        lines.append("            'auth' => [%s, %s]," % basic)
    lines += ["        ]);", "        return json_decode((string) $res->getBody(), true) ?? [];", "    }", "}"]
    return "app/Support/%s.php" % cls, "php", "\n".join(lines) + "\n"


@T("http")
def t_go_client(c):
    r = c.r
    decl, V = var_or_inline(c, "go", "camel", "const {n} = {e}")
    if c.mode == "env" and decl:
        decl = ["var %s = %s" % (c.n("camel"), c.lit("go"))]
    hs, basic, u = auth_parts(c, "go", V)
    lines = ["package chat", "", "import (", "\t\"bytes\"", "\t\"fmt\"", "\t\"net/http\"", "\t\"os\"", ")", ""] + decl
    lines += ["", "var client = &http.Client{}", "", "func Post(body []byte) error {",
              "\treq, err := http.NewRequest(\"POST\", %s, bytes.NewReader(body))" % (q(url_of(c), "go") if u is None else u),
              "\tif err != nil {", "\t\treturn err", "\t}", "\treq.Header.Set(\"Content-Type\", \"application/json\")"]
    for h, e in hs:
        lines.append("\treq.Header.Set(\"%s\", %s)" % (h, e))
    if basic:
        lines.append("\treq.SetBasicAuth(%s, %s)" % basic)
    lines += ["\tresp, err := client.Do(req)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
              "\tif resp.StatusCode >= 300 {", "\t\tfmt.Fprintln(os.Stderr, \"%s:\", resp.Status)" % c.sl,
              "\t\treturn fmt.Errorf(\"status %d\", resp.StatusCode)", "\t}", "\treturn nil", "}"]
    return pick(r, ["internal/chat/%s.go" % c.slug.replace("-", ""), "pkg/notify/client.go", "cmd/sync/main.go"]), "go", "\n".join(lines) + "\n"


def curl_lines(c, V):
    a = c.k.auth
    u = url_of(c)
    out = []
    if a in ("bearer",):
        out.append("-H \"Authorization: Bearer %s\"" % V)
    elif a == "key":
        out.append("-H \"Authorization: %s %s\"" % ("Key" if not (c.secret and not c.secret.startswith("os_v2")) else "Basic", V))
    elif a.startswith("hdr:"):
        if c.k.provider == "tidio" and c.idh:
            out.append("-H \"X-Tidio-Openapi-Client-Id: %s\"" % c.idh[1])
        out.append("-H \"%s: %s\"" % (a[4:], V))
    elif a == "basic_pass":
        out.append("-u \"%s:%s\"" % (c.idh[1] if c.idh else "", V))
        if c.k.provider == "crisp":
            out.append("-H \"X-Crisp-Tier: plugin\"")
    elif a == "basic_user":
        out.append("-u \"%s:\"" % V)
    elif a == "url":
        u = V
    return u, out


@T("http")
def t_shell_curl(c):
    r = c.r
    lines = ["#!/usr/bin/env bash", "# %s" % pick(r, ["nightly export of chat transcripts", "push a test message", "sync contacts from CRM export"]),
             "set -euo pipefail", ""]
    if c.mode == "env":
        V = "${%s}" % c.envname()
        lines.append(": \"${%s:?export %s first}\"" % (c.envname(), c.envname()))
    elif c.inline:
        V = c.cfg()
    else:
        lines.append("%s=%s" % (c.n("SCREAM"), q(c.cfg(), "sh", None, pick(r, ['"', "'"]))))
        V = "${%s}" % c.n("SCREAM")
    lines.append("OUT=${1:-/tmp/%s-$(date +%%F).json}" % c.sl)
    u, hl = curl_lines(c, V)
    lines += ["", "curl -sS --fail -X %s \"%s\" \\" % (pick(r, ["POST", "GET"]), u)]
    for h in hl:
        lines.append("  %s \\" % h)
    lines += ["  -H \"Content-Type: application/json\" \\", "  -o \"$OUT\"", "", "echo \"saved to $OUT\""]
    return pick(r, ["scripts/sync_contacts.sh", "bin/export-transcripts", "tools/%s-smoke.sh" % c.slug]), "shell", "\n".join(lines) + "\n"


@T("http")
def t_md_curl(c):
    r = c.r
    V = c.raw("md") if c.mode != "secret" else c.cfg()
    u, hl = curl_lines(c, V)
    lines = ["## Calling the %s API" % prov_title(c), "", "Quick check that the credentials on staging still work:", "", "```bash",
             "curl %s \\" % u] + ["  %s \\" % h for h in hl] + ["  -H 'Accept: application/json'", "```", "",
             "Expected: HTTP 200 and a JSON body. A 401 means the value was rotated; see the vault entry `%s/%s`." % (c.sl, c.k.kind), ""]
    return pick(r, ["docs/integrations/%s.md" % c.slug, "README.dev.md", "notes/api-smoke-test.md", "docs/support/HOWTO.md"]), "markdown", "\n".join(lines)


@T("http")
def t_http_file(c):
    r = c.r
    V = c.cfg() if c.mode != "env" else "{{%s}}" % c.n("camel")
    u, hl = curl_lines(c, V)
    lines = ["### %s - list recent items" % prov_title(c), "GET %s" % u, "Accept: application/json"]
    for h in hl:
        if h.startswith("-H "):
            lines.append(h[4:-1])
        elif h.startswith("-u "):
            raw = h[4:-1]
            lines.append("Authorization: Basic " + raw.replace(":", " ", 1))  # JetBrains HTTP client form
    lines += ["", "###", "GET https://status.%s/api/v2/status.json" % c.dom]
    return pick(r, ["requests/%s.http" % c.slug, "http/chat.http", "api.http"]), "http", "\n".join(lines) + "\n"


@T("http")
def t_postman(c):
    r = c.r
    V = c.cfg() if c.mode != "env" else "{{%s}}" % c.n("camel")
    u, hl = curl_lines(c, V)
    headers = []
    auth = None
    for h in hl:
        if h.startswith("-H "):
            k, v = h[4:-1].split(": ", 1)
            headers.append({"key": k, "value": v})
        elif h.startswith("-u "):
            us, pw = h[4:-1].split(":", 1)
            auth = {"type": "basic", "basic": [{"key": "password", "value": pw, "type": "string"},
                                               {"key": "username", "value": us, "type": "string"}]}
    d = {"info": {"_postman_id": uuid4(r), "name": "%s API" % prov_title(c),
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "List", "request": {"method": "GET", "header": headers, "url": {"raw": u}}}]}
    if auth:
        d["item"][0]["request"]["auth"] = auth
    return pick(r, ["postman/%s.postman_collection.json" % c.slug, "docs/api/collection.json"]), "json", json.dumps(d, indent=2) + "\n"


# --------------------------------------------------------------------------- hmac (identity verification) templates
HASH_FIELD = {"intercom": "user_hash", "chatwoot": "identifier_hash", "tawk": "hash", "helpscout": "signature",
              "chameleon": "uid_hash", "front": "userHash"}


@T("hmac")
def t_node_userhash(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    decl, V = var_or_inline(c, "js", pick(r, ["SCREAM", "camel"]), "const {n} = {e};")
    lines = ["const crypto = require('crypto');", "const express = require('express');", "", "const router = express.Router();"] + decl
    if c.pub:
        lines.append("const %s = '%s';" % (c.pubname("SCREAM"), c.pub[1]))
    lines += ["", "router.get('/api/chat/identity', requireLogin, (req, res) => {", "  const user = req.user;",
              "  const %s = crypto" % f if "_" not in f else "  const %s = crypto" % words_style(f.split("_"), "camel"),
              "    .createHmac('sha256', %s)" % V, "    .update(String(user.%s))" % pick(r, ["id", "email"]), "    .digest('hex');",
              "  res.json({ user_id: user.id, email: user.email, %s: %s });" % (f, words_style(f.split("_"), "camel") if "_" in f else f),
              "});", "", "function requireLogin(req, res, next) {", "  if (!req.user) return res.sendStatus(401);", "  next();", "}", "",
              "module.exports = router;"]
    return pick(r, ["server/routes/chat.js", "routes/identity.js", "src/api/chat-identity.js"]), "javascript", "\n".join(lines) + "\n"


@T("hmac")
def t_py_userhash(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    decl, V = var_or_inline(c, "py", "SCREAM", "{n} = {e}")
    if c.inline and c.mode != "env":
        V = V + ".encode()"
    elif c.mode == "env":
        V = V + ".encode()"
    else:
        V = V + ".encode()"
    lines = ["import hashlib", "import hmac", "import os", "", "from django.contrib.auth.decorators import login_required",
             "from django.http import JsonResponse", ""] + decl
    if c.pub:
        lines.append("%s = %s" % (c.pubname("SCREAM"), q(c.pub[1], "py", r)))
    lines += ["", "", "@login_required", "def chat_identity(request):", "    user = request.user",
              "    digest = hmac.new(%s, str(user.pk).encode(), hashlib.sha256).hexdigest()" % V,
              "    return JsonResponse({\"user_id\": user.pk, \"email\": user.email, \"%s\": digest})" % f, ""]
    return pick(r, ["support/views.py", "accounts/chat.py", "app/views/identity.py"]), "python", "\n".join(lines)


@T("hmac")
def t_ruby_userhash(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    decl, V = var_or_inline(c, "rb", "SCREAM", "  {n} = {e}")
    lines = ["module ChatHelper"] + decl + ["",
             "  def chat_settings(user)", "    return {} unless user", "    {"]
    if c.pub:
        lines.append("      %s: \"%s\"," % (c.pubname("snake"), c.pub[1]))
    lines += ["      email: user.email,", "      user_id: user.id.to_s,",
              "      %s: OpenSSL::HMAC.hexdigest(\"sha256\", %s, user.id.to_s)" % (f, V), "    }", "  end", "end"]
    return pick(r, ["app/helpers/chat_helper.rb", "app/helpers/support_widget_helper.rb"]), "ruby", "\n".join(lines) + "\n"


@T("hmac")
def t_php_userhash(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    if c.mode == "env" or c.inline:
        decl, V = [], c.lit("php")
    else:
        decl, V = ["define( '%s', %s );" % (c.n("SCREAM"), c.lit("php", "'"))], c.n("SCREAM")
    lines = ["<?php", "// theme functions: chat widget identity", ""] + decl + ["",
             "add_action( 'wp_footer', function () {", "\tif ( ! is_user_logged_in() ) {", "\t\treturn;", "\t}",
             "\t$user = wp_get_current_user();", "\t$hash = hash_hmac( 'sha256', $user->user_email, %s );" % V,
             "\tprintf(", "\t\t'<script>window.chatIdentity = { email: %%s, %s: %%s };</script>'," % f,
             "\t\twp_json_encode( $user->user_email ),", "\t\twp_json_encode( $hash )", "\t);", "} );"]
    return pick(r, ["wp-content/themes/storefront-child/functions.php", "wp-content/plugins/chat-identity/chat-identity.php"]), "php", "\n".join(lines) + "\n"


@T("hmac")
def t_go_userhash(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    if c.mode == "env":
        decl, V = ["var %s = []byte(%s)" % (c.n("camel"), c.lit("go"))], c.n("camel")
    elif c.inline:
        decl, V = [], "[]byte(%s)" % c.lit("go")
    else:
        decl, V = ["var %s = []byte(%s)" % (c.n("camel"), c.lit("go"))], c.n("camel")
    lines = ["package identity", "", "import (", "\t\"crypto/hmac\"", "\t\"crypto/sha256\"", "\t\"encoding/hex\"", "\t\"os\"", ")", ""] + decl
    lines += ["", "// UserHash signs the user id for the support widget.", "func UserHash(userID string) string {",
              "\tm := hmac.New(sha256.New, %s)" % V, "\tm.Write([]byte(userID))", "\treturn hex.EncodeToString(m.Sum(nil))", "}",
              "", "// Field name expected by the widget: %s" % f, "var _ = os.Getenv"]
    return pick(r, ["internal/identity/hash.go", "pkg/chat/identity.go"]), "go", "\n".join(lines) + "\n"


@T("hmac")
def t_liquid_hmac(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    sec = c.raw("liquid")
    lines = ["{% comment %} support chat identity - loaded from theme.liquid {% endcomment %}", "{% if customer %}", "<script>",
             "  window.supportChatUser = {", "    email: {{ customer.email | json }},", "    name: {{ customer.name | json }},",
             "    %s: \"{{ customer.email | hmac_sha256: '%s' }}\"" % (f, sec) if c.mode != "env" else
             "    %s: \"{{ customer.email | hmac_sha256: %s }}\"" % (f, sec.strip("{} ")), "  };", "</script>", "{% endif %}"]
    return pick(r, ["snippets/chat-identity.liquid", "snippets/support-widget.liquid", "layout/theme.liquid"]), "liquid", "\n".join(lines) + "\n"


@T("hmac")
def t_next_api_hmac(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    decl, V = var_or_inline(c, "ts", "SCREAM", "const {n} = {e};")
    lines = ["import { createHmac } from 'crypto';", "import type { NextApiRequest, NextApiResponse } from 'next';",
             "import { getSession } from '@/lib/session';", ""] + decl + ["",
             "export default async function handler(req: NextApiRequest, res: NextApiResponse) {",
             "  const session = await getSession(req);", "  if (!session?.user) return res.status(401).end();",
             "  const %s = createHmac('sha256', %s).update(session.user.email).digest('hex');" % (words_style(f.split("_"), "camel"), V),
             "  res.status(200).json({ email: session.user.email, %s: %s });" % (f, words_style(f.split("_"), "camel")), "}"]
    return pick(r, ["pages/api/chat-identity.ts", "src/pages/api/support/hash.ts"]), "typescript", "\n".join(lines) + "\n"


@T("hmac")
def t_webhook_verify(c):
    r = c.r
    decl, V = var_or_inline(c, "py", "SCREAM", "{n} = {e}")
    hdr = pick(r, ["X-Front-Signature", "X-Chatwoot-Signature", "X-Hub-Signature-256", "X-Signature"])
    lines = ["import base64", "import hashlib", "import hmac", "import os", "", "from flask import Flask, abort, request", "",
             "app = Flask(__name__)"] + decl + ["", "",
             "@app.post('/webhooks/%s')" % c.sl, "def receive():", "    body = request.get_data()",
             "    expected = base64.b64encode(hmac.new(%s.encode(), body, hashlib.sha256).digest()).decode()" % V,
             "    if not hmac.compare_digest(expected, request.headers.get('%s', '')):" % hdr, "        abort(401)",
             "    handle(request.get_json())", "    return '', 204", "", "", "def handle(event):", "    app.logger.info('event %s', event.get('type'))", ""]
    return pick(r, ["webhooks/app.py", "services/hooks/server.py"]), "python", "\n".join(lines)


# --------------------------------------------------------------------------- client-side components (any http kind / hmac)
@T("http")
def t_react_component(c):
    r = c.r
    decl, V = var_or_inline(c, "js", pick(r, ["SCREAM", "camel"]), "const {n} = {e};")
    hs, basic, u = auth_parts(c, "js", V)
    lines = ["import { useEffect, useState } from 'react';", ""] + decl
    if c.pub:
        lines.append("const %s = '%s';" % (c.pubname("SCREAM"), c.pub[1]))
    lines += ["", "export default function %s() {" % pick(r, ["SupportInbox", "ChatHistory", "AgentStatus"]),
              "  const [items, setItems] = useState([]);", "", "  useEffect(() => {", "    fetch(%s, {" % (q(url_of(c), "js", None, "'") if u is None else u),
              "      headers: {"]
    for h, e in hs:
        lines.append("        %s: %s," % (q(h, "js", None, "'"), e))
    if basic:
        lines.append("        Authorization: 'Basic ' + btoa(%s + ':' + %s)," % basic)
    lines += ["      },", "    })", "      .then((r) => r.json())", "      .then((data) => setItems(data.items || []));", "  }, []);", "",
              "  return (", "    <ul className=\"chat-history\">", "      {items.map((it) => (", "        <li key={it.id}>{it.title}</li>",
              "      ))}", "    </ul>", "  );", "}"]
    return pick(r, ["src/components/ChatHistory.jsx", "src/components/SupportInbox.jsx", "components/AgentStatus.jsx"]), "jsx", "\n".join(lines) + "\n"


@T("http")
def t_vue_component(c):
    r = c.r
    decl, V = var_or_inline(c, "js", "SCREAM", "const {n} = {e}")
    hs, basic, u = auth_parts(c, "js", V)
    lines = ["<template>", "  <div class=\"support-panel\">", "    <h3>{{ title }}</h3>", "    <p v-if=\"loading\">Loading…</p>",
             "    <ul v-else>", "      <li v-for=\"c in conversations\" :key=\"c.id\">{{ c.subject }}</li>", "    </ul>", "  </div>",
             "</template>", "", "<script setup>", "import { ref, onMounted } from 'vue'", ""] + decl + ["",
             "const title = 'Recent conversations'", "const loading = ref(true)", "const conversations = ref([])", "",
             "onMounted(async () => {", "  const res = await fetch(%s, {" % (q(url_of(c), "js", None, "'") if u is None else u), "    headers: {"]
    for h, e in hs:
        lines.append("      %s: %s," % (q(h, "js", None, "'"), e))
    if basic:
        lines.append("      Authorization: 'Basic ' + btoa(%s + ':' + %s)," % basic)
    lines += ["    },", "  })", "  conversations.value = (await res.json()).data ?? []", "  loading.value = false", "})", "</script>"]
    return pick(r, ["src/components/SupportPanel.vue", "components/ConversationList.vue"]), "vue", "\n".join(lines) + "\n"


@T("http")
def t_svelte(c):
    r = c.r
    decl, V = var_or_inline(c, "js", "SCREAM", "  const {n} = {e};")
    hs, basic, u = auth_parts(c, "js", V)
    lines = ["<script>", "  import { onMount } from 'svelte';"] + decl + ["  let unread = 0;", "",
             "  onMount(async () => {", "    const res = await fetch(%s, {" % (q(url_of(c), "js", None, "'") if u is None else u), "      headers: {"]
    for h, e in hs:
        lines.append("        %s: %s," % (q(h, "js", None, "'"), e))
    if basic:
        lines.append("        Authorization: 'Basic ' + btoa(%s + ':' + %s)," % basic)
    lines += ["      }", "    });", "    unread = (await res.json()).unread ?? 0;", "  });", "</script>", "",
              "<button class=\"chat-badge\" aria-label=\"Support\">", "  Support {#if unread}<span>{unread}</span>{/if}", "</button>"]
    return pick(r, ["src/lib/ChatBadge.svelte", "src/routes/+layout.svelte", "src/components/SupportButton.svelte"]), "svelte", "\n".join(lines) + "\n"


@T("hmac")
def t_html_clientside_hmac(c):
    r = c.r
    f = HASH_FIELD.get(c.k.provider, "hash")
    sec = c.lit("js", "'") if c.mode not in ("env",) and c.neg_type != "secret_manager_ref" else "'{{ chat_identity_secret }}'"
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s</title>" % pick(r, ["Account", "Dashboard", "Help"]),
             "  <script src=\"https://cdnjs.cloudflare.com/ajax/libs/crypto-js/4.2.0/crypto-js.min.js\"></script>", "</head>", "<body>",
             "  <div id=\"app\"></div>", "  <script>", "    var currentUser = window.__USER__ || {};"]
    if c.pub:
        lines.append("    var %s = '%s';" % (c.pubname("camel"), c.pub[1]))
    lines += ["    var %s = CryptoJS.HmacSHA256(String(currentUser.id), %s).toString();" % (words_style(f.split("_"), "camel"), sec),
              "    window.chatSettings = { user_id: currentUser.id, email: currentUser.email, %s: %s };" % (f, words_style(f.split("_"), "camel")),
              "  </script>", "</body>", "</html>"]
    return pick(r, ["public/index.html", "templates/base.html", "static/account.html"]), "html", "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- negative-only look-alikes
NEG_TEMPLATES = []  # fn(r) -> (relpath, filetype, text, provider, kind)


def N(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


def html_page(r, title, head_extra, body_extra):
    return "\n".join(["<!DOCTYPE html>", "<html lang=\"%s\">" % pick(r, ["en", "de", "fr"]), "<head>", "  <meta charset=\"utf-8\">",
                      "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "  <title>%s</title>" % title,
                      "  <link rel=\"stylesheet\" href=\"/assets/app.css\">"] + head_extra + ["</head>", "<body>",
                      "  <header class=\"site-header\"><a href=\"/\">Home</a> · <a href=\"/pricing\">Pricing</a></header>",
                      "  <main id=\"root\"></main>"] + body_extra + ["</body>", "</html>"]) + "\n"


HTML_PATHS = ["public/index.html", "templates/base.html", "src/index.html", "layouts/partials/footer.html", "static/landing.html",
              "resources/views/layouts/app.blade.php", "app/views/layouts/application.html.erb", "_includes/chat.html"]


@N
def n_intercom_boot(r):
    app = rs(r, LOWER + DIG, 8)
    body = ["  <script>", "    window.intercomSettings = {", "      api_base: \"https://api-iam.intercom.io\",",
            "      app_id: \"%s\"," % app, "      name: {{ user.name|tojson }},", "      email: {{ user.email|tojson }},",
            "      user_id: \"{{ user.id }}\",", "      user_hash: \"{{ intercom_user_hash }}\"  // computed server-side",
            "    };", "  </script>", "  <script>",
            "    (function(){var w=window;var ic=w.Intercom;if(typeof ic===\"function\"){ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/%s';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};l();}})();" % app,
            "  </script>"]
    return pick(r, HTML_PATHS[:5]), "html", html_page(r, "Dashboard", [], body), "intercom", "public_app_id"


@N
def n_crisp_snippet(r):
    wid = uuid4(r)
    body = ["  <script type=\"text/javascript\">", "    window.$crisp = [];", "    window.CRISP_WEBSITE_ID = \"%s\";" % wid,
            "    (function () {", "      var d = document, s = d.createElement(\"script\");", "      s.src = \"https://client.crisp.chat/l.js\";",
            "      s.async = 1;", "      d.getElementsByTagName(\"head\")[0].appendChild(s);", "    })();",
            "    $crisp.push([\"set\", \"session:segments\", [[\"%s\"]]]);" % pick(r, ["pro-plan", "trial", "vip"]), "  </script>"]
    return pick(r, HTML_PATHS), "html", html_page(r, "Support", [], body), "crisp", "public_website_id"


@N
def n_tawk_embed(r):
    pid, wid = hexs(r, 24), "1" + rs(r, LOWER + DIG, 8)
    lines = ["{% comment %} tawk.to live chat, property {{ settings.tawk_property }} {% endcomment %}", "<!--Start of Tawk.to Script-->",
             "<script type=\"text/javascript\">", "var Tawk_API = Tawk_API || {}, Tawk_LoadStart = new Date();",
             "{% if customer %}", "Tawk_API.visitor = { name: {{ customer.name | json }}, email: {{ customer.email | json }} };", "{% endif %}",
             "(function(){", "var s1=document.createElement(\"script\"),s0=document.getElementsByTagName(\"script\")[0];", "s1.async=true;",
             "s1.src='https://embed.tawk.to/%s/%s';" % (pid, wid), "s1.charset='UTF-8';", "s1.setAttribute('crossorigin','*');",
             "s0.parentNode.insertBefore(s1,s0);", "})();", "</script>", "<!--End of Tawk.to Script-->"]
    return pick(r, ["snippets/tawk.liquid", "sections/live-chat.liquid"]), "liquid", "\n".join(lines) + "\n", "tawk", "public_property_id"


@N
def n_drift_embed(r):
    eid = rs(r, LOWER + DIG, 12)
    lines = ["import { useEffect } from 'react';", "", "// Drift playbooks - embed id is public (visible in the page source)",
             "const DRIFT_EMBED_ID = '%s';" % eid, "", "export function DriftWidget({ user }) {", "  useEffect(() => {",
             "    if (window.drift) return;", "    const t = (window.driftt = window.drift = window.driftt || []);",
             "    t.methods = ['identify', 'config', 'track', 'reset', 'debug', 'show', 'ping', 'page', 'hide', 'off', 'on'];",
             "    t.factory = (e) => function () { const n = Array.prototype.slice.call(arguments); n.unshift(e); t.push(n); return t; };",
             "    t.methods.forEach((e) => { t[e] = t.factory(e); });",
             "    t.load = (id) => {", "      const s = document.createElement('script');", "      s.async = true;",
             "      s.src = `https://js.driftt.com/include/${Math.ceil(Date.now() / 3e5)}/${id}.js`;",
             "      document.head.appendChild(s);", "    };", "    t.SNIPPET_VERSION = '0.3.1';", "    t.load(DRIFT_EMBED_ID);",
             "    if (user) window.drift.identify(String(user.id), { email: user.email });", "  }, [user]);", "  return null;", "}"]
    return pick(r, ["src/components/DriftWidget.jsx", "components/marketing/Drift.jsx"]), "jsx", "\n".join(lines) + "\n", "drift", "public_embed_id"


@N
def n_olark(r):
    sid = "%04d-%03d-%02d-%04d" % (r.randrange(10000), r.randrange(1000), r.randrange(100), r.randrange(10000))
    body = ["  <!-- begin olark code -->", "  <script type=\"text/javascript\" async>",
            ";(function(o,l,a,r,k,y){if(o.olark)return; r=\"script\";y=l.createElement(r);r=l.getElementsByTagName(r)[0];",
            "y.async=1;y.src=\"//\"+a;r.parentNode.insertBefore(y,r); y=o.olark=function(){k.s.push(arguments);k.t.push(+new Date)};",
            "y.extend=function(i,j){y(\"extend\",i,j)}; y.identify=function(i){y(\"identify\",k.i=i)};",
            "y.configure=function(i,j){y(\"configure\",i,j);k.c[i]=j}; k=y._={s:[],t:[+new Date],c:{},l:a};",
            "})(window,document,\"static.olark.com/jsclient/loader.js\");", "  olark.identify('%s');" % sid,
            "  olark.configure('system.hb_position', '%s');" % pick(r, ["right", "left"]), "  </script>", "  <!-- end olark code -->"]
    return pick(r, HTML_PATHS), "html", html_page(r, "Contact us", [], body), "olark", "public_site_id"


@N
def n_zendesk_snippet(r):
    key = uuid4(r)
    lines = ["<%# Zendesk messaging web widget. The key below is the public widget key. %>",
             "<script id=\"ze-snippet\" src=\"https://static.zdassets.com/ekr/snippet.js?key=%s\"></script>" % key, "<script>",
             "  zE('messenger:set', 'locale', '<%= I18n.locale %>');", "  <% if current_user %>",
             "  zE('messenger', 'loginUser', function (callback) {", "    fetch('/zendesk/jwt', { credentials: 'same-origin' })",
             "      .then(function (r) { return r.text(); })", "      .then(callback);", "  });", "  <% end %>", "</script>"]
    return pick(r, ["app/views/shared/_zendesk.html.erb", "app/views/layouts/_support_widget.html.erb"]), "erb", "\n".join(lines) + "\n", "sunshine_conversations", "public_widget_key"


@N
def n_freshchat_widget(r):
    tok = uuid4(r)
    lines = ["<template>", "  <span />", "</template>", "", "<script>", "export default {", "  name: 'FreshchatLoader',",
             "  props: { user: { type: Object, default: null } },", "  mounted() {", "    const s = document.createElement('script')",
             "    s.src = 'https://wchat.freshchat.com/js/widget.js'", "    s.onload = () => {", "      window.fcWidget.init({",
             "        token: '%s'," % tok, "        host: 'https://wchat.freshchat.com',",
             "        externalId: this.user ? String(this.user.id) : undefined,", "        restoreId: this.user?.freshchatRestoreId,",
             "      })", "    }", "    document.body.appendChild(s)", "  },", "}", "</script>"]
    return pick(r, ["src/components/FreshchatLoader.vue", "components/support/Freshchat.vue"]), "vue", "\n".join(lines) + "\n", "freshchat", "public_widget_token"


@N
def n_tidio(r):
    pk = rs(r, LOWER + DIG, 32)
    lines = ["<script>", "  import { onMount } from 'svelte';", "  export let visitor = null;", "",
             "  // Tidio public key, the same value is in every page's HTML", "  const TIDIO_PUBLIC_KEY = '%s';" % pk, "",
             "  onMount(() => {", "    const s = document.createElement('script');", "    s.src = `//code.tidio.co/${TIDIO_PUBLIC_KEY}.js`;",
             "    s.async = true;", "    document.body.appendChild(s);", "    document.addEventListener('tidioChat-ready', () => {",
             "      if (visitor) window.tidioChatApi.setVisitorData({ distinct_id: visitor.id, email: visitor.email });", "    });",
             "  });", "</script>"]
    return pick(r, ["src/lib/Tidio.svelte", "src/components/TidioChat.svelte"]), "svelte", "\n".join(lines) + "\n", "tidio", "public_key"


@N
def n_chatwoot_sdk(r):
    tok = rs(r, B58, 24)
    base = pick(r, ["https://app.chatwoot.com", "https://chat.%s" % pick(r, DOMAINS)])
    lines = ["// Chatwoot website widget (websiteToken is public, it identifies the inbox)", "export function loadChatwoot(user) {",
             "  window.chatwootSettings = { position: '%s', type: 'standard', launcherTitle: 'Chat with us' };" % pick(r, ["right", "left"]),
             "  const BASE_URL = '%s';" % base, "  const g = document.createElement('script');", "  g.src = BASE_URL + '/packs/js/sdk.js';",
             "  g.defer = true;", "  g.async = true;", "  document.body.appendChild(g);", "  g.onload = () => {",
             "    window.chatwootSDK.run({ websiteToken: '%s', baseUrl: BASE_URL });" % tok, "  };",
             "  window.addEventListener('chatwoot:ready', () => {", "    if (!user) return;",
             "    // identifier_hash comes from /api/chat/identity (HMAC computed on the server)",
             "    window.$chatwoot.setUser(user.identifier, { email: user.email, name: user.name, identifier_hash: user.identifierHash });",
             "  });", "}"]
    return pick(r, ["src/chat/chatwoot.js", "assets/js/chatwoot-loader.js"]), "javascript", "\n".join(lines) + "\n", "chatwoot", "public_website_token"


@N
def n_helpscout_beacon(r):
    bid = uuid4(r)
    lines = ["{% if user.is_authenticated %}", "<script type=\"text/javascript\">",
             "!function(e,t,n){function a(){var e=t.getElementsByTagName(\"script\")[0],n=t.createElement(\"script\");n.type=\"text/javascript\",n.async=!0,n.src=\"https://beacon-v2.helpscout.net\",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){e.Beacon.readyQueue.push({method:t,options:n,data:a})},n.readyQueue=[],\"complete\"===t.readyState)return a();e.attachEvent?e.attachEvent(\"onload\",a):e.addEventListener(\"load\",a,!1)}(window,document,window.Beacon||function(){});",
             "</script>", "<script type=\"text/javascript\">", "  window.Beacon('init', '%s');" % bid,
             "  window.Beacon('identify', {", "    name: '{{ user.get_full_name|escapejs }}',", "    email: '{{ user.email|escapejs }}',",
             "    signature: '{{ beacon_signature }}'", "  });", "</script>", "{% endif %}"]
    return pick(r, ["templates/partials/beacon.html", "support/templates/support/beacon.html"]), "django-html", "\n".join(lines) + "\n", "helpscout", "public_beacon_id"


@N
def n_smartsupp(r):
    key = hexs(r, 40)
    body = ["  <!-- Smartsupp Live Chat script -->", "  <script type=\"text/javascript\">", "  var _smartsupp = _smartsupp || {};",
            "  _smartsupp.key = '%s';" % key, "  _smartsupp.color = '#%s';" % hexs(r, 6),
            "  window.smartsupp||(function(d) {", "    var s,c,o=smartsupp=function(){ o._.push(arguments)};o._=[];",
            "    s=d.getElementsByTagName('script')[0];c=d.createElement('script');", "    c.type='text/javascript';c.charset='utf-8';c.async=true;",
            "    c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);", "  })(document);", "  </script>"]
    return pick(r, HTML_PATHS), "html", html_page(r, "Shop", [], body), "smartsupp", "public_widget_key"


@N
def n_livechat_license(r):
    lic = r.randrange(10000000, 19999999)
    lines = ["import { LiveChatWidget } from '@livechat/widget-react';", "", "// license number is the public LiveChat account number",
             "const LICENSE = '%d';" % lic, "", "export default function Chat({ customer }) {", "  return (", "    <LiveChatWidget",
             "      license={LICENSE}", "      visibility=\"minimized\"", "      customerName={customer?.name}", "      customerEmail={customer?.email}",
             "      group=\"%d\"" % r.randrange(0, 5), "    />", "  );", "}"]
    return pick(r, ["src/components/Chat.tsx", "app/components/LiveChat.tsx"]), "tsx", "\n".join(lines) + "\n", "livechat", "public_license_number"


@N
def n_userlike(r):
    wk = hexs(r, 64)
    lines = ["{{/* Userlike messenger, widget key is public */}}", "{{ if .Site.Params.userlike }}",
             "<script async type=\"text/javascript\" src=\"https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/%s.js\"></script>" % wk,
             "{{ end }}", "<noscript>Enable JavaScript to chat with us.</noscript>"]
    return pick(r, ["layouts/partials/userlike.html", "themes/docs/layouts/partials/chat.html"]), "html", "\n".join(lines) + "\n", "userlike", "public_widget_key"


@N
def n_gleap(r):
    sdk = rs(r, ALNUM, 32)
    lines = ["import Gleap from 'gleap';", "import type { User } from './types';", "",
             "// The SDK key ships to every browser; server API tokens live in the backend only.",
             "const GLEAP_SDK_KEY = import.meta.env.VITE_GLEAP_SDK_KEY ?? '%s';" % sdk, "",
             "export function initFeedback(user?: User) {", "  Gleap.initialize(GLEAP_SDK_KEY);", "  if (user) {",
             "    Gleap.identify(String(user.id), { name: user.name, email: user.email });", "  }",
             "  Gleap.setLanguage(navigator.language.slice(0, 2));", "}"]
    return pick(r, ["src/feedback.ts", "src/plugins/gleap.ts"]), "typescript", "\n".join(lines) + "\n", "gleap", "public_sdk_key"


@N
def n_pendo(r):
    k = uuid4(r)
    lines = ["(function (apiKey) {", "  (function (p, e, n, d, o) {", "    var v, w, x, y, z;", "    o = p[d] = p[d] || {};", "    o._q = o._q || [];",
             "    v = ['initialize', 'identify', 'updateOptions', 'pageLoad', 'track'];",
             "    for (w = 0, x = v.length; w < x; ++w) (function (m) { o[m] = o[m] || function () { o._q[m === v[0] ? 'unshift' : 'push']([m].concat([].slice.call(arguments, 0))); }; })(v[w]);",
             "    y = e.createElement(n); y.async = !0; y.src = 'https://cdn.pendo.io/agent/static/' + apiKey + '/pendo.js';",
             "    z = e.getElementsByTagName(n)[0]; z.parentNode.insertBefore(y, z);", "  })(window, document, 'script', 'pendo');",
             "  pendo.initialize({", "    visitor: { id: window.APP_USER_ID },", "    account: { id: window.APP_ACCOUNT_ID },", "  });",
             "})('%s');" % k]
    return pick(r, ["public/js/pendo.js", "assets/javascripts/analytics/pendo.js"]), "javascript", "\n".join(lines) + "\n", "pendo", "public_api_key"


@N
def n_onesignal_init(r):
    app = uuid4(r)
    lines = ["<script src=\"https://cdn.onesignal.com/sdks/web/v16/OneSignalSDK.page.js\" defer></script>", "<script>",
             "  window.OneSignalDeferred = window.OneSignalDeferred || [];", "  OneSignalDeferred.push(async function (OneSignal) {",
             "    await OneSignal.init({", "      appId: \"%s\"," % app, "      safari_web_id: \"web.onesignal.auto.%s\"," % uuid4(r),
             "      notifyButton: { enable: %s }," % pick(r, ["true", "false"]), "      allowLocalhostAsSecureOrigin: true,", "    });",
             "    {% if user %}await OneSignal.login(\"{{ user.id }}\");{% endif %}", "  });", "</script>"]
    return pick(r, ["templates/includes/push.html", "layouts/partials/onesignal.html", "snippets/onesignal.liquid"]), "html", "\n".join(lines) + "\n", "onesignal", "public_app_id"


@N
def n_braze_web(r):
    key = uuid4(r)
    lines = ["import * as braze from '@braze/web-sdk';", "",
             "// Web SDK API key (identifier key) - safe in the client; the REST key stays on the server.",
             "export const BRAZE_SDK_API_KEY = '%s';" % key, "export const BRAZE_SDK_ENDPOINT = '%s';" % pick(r, ["sdk.iad-01.braze.com", "sdk.fra-01.braze.eu", "sdk.iad-05.braze.com"]), "",
             "export function startBraze(userId?: string) {", "  braze.initialize(BRAZE_SDK_API_KEY, {", "    baseUrl: BRAZE_SDK_ENDPOINT,",
             "    enableLogging: process.env.NODE_ENV !== 'production',", "  });", "  braze.automaticallyShowInAppMessages();",
             "  if (userId) braze.changeUser(userId);", "  braze.openSession();", "}"]
    return pick(r, ["src/lib/braze.ts", "src/analytics/braze.ts"]), "typescript", "\n".join(lines) + "\n", "braze", "public_sdk_key"


@N
def n_customerio_snippet(r):
    sid = hexs(r, 20)
    body = ["  <script type=\"text/javascript\">", "    var _cio = _cio || [];", "    (function() {",
            "      var a,b,c;a=function(f){return function(){_cio.push([f].concat(Array.prototype.slice.call(arguments,0)))}};",
            "      b=[\"load\",\"identify\",\"sidentify\",\"track\",\"page\",\"on\",\"off\"];for(c=0;c<b.length;c++){_cio[b[c]]=a(b[c])};",
            "      var t = document.createElement('script'), s = document.getElementsByTagName('script')[0];",
            "      t.async = true;", "      t.id    = 'cio-tracker';", "      t.setAttribute('data-site-id', '%s');" % sid,
            "      t.setAttribute('data-use-array-params', 'true');", "      t.src = 'https://assets.customer.io/assets/track.js';",
            "      s.parentNode.insertBefore(t, s);", "    })();", "  </script>"]
    return pick(r, HTML_PATHS), "html", html_page(r, "Welcome", [], body), "customerio", "public_site_id"


@N
def n_appcues(r):
    acct = r.randrange(10000, 199999)
    lines = ["{%- if customer -%}", "<script>", "  window.AppcuesSettings = { enableURLDetection: true };", "</script>",
             "<script src=\"//fast.appcues.com/%d.js\"></script>" % acct, "<script>",
             "  Appcues.identify(\"{{ customer.id }}\", { email: \"{{ customer.email }}\", plan: \"{{ customer.tags | first }}\" });",
             "</script>", "{%- endif -%}"]
    return pick(r, ["snippets/appcues.liquid", "layout/theme.liquid"]), "liquid", "\n".join(lines) + "\n", "appcues", "public_account_id"


@N
def n_front_chat(r):
    cid = hexs(r, 32)
    lines = ["<script src=\"https://chat-assets.frontapp.com/v1/chat.bundle.js\"></script>", "<script>",
             "  // chatId identifies the Front chat channel; it is embedded in every page", "  window.FrontChat('init', {",
             "    chatId: '%s'," % cid, "    useDefaultLauncher: true,", "    email: '<%= current_user&.email %>',",
             "    userHash: '<%= front_user_hash(current_user) %>'", "  });", "</script>"]
    return pick(r, ["app/views/layouts/_front_chat.html.erb", "app/views/shared/_chat.html.erb"]), "erb", "\n".join(lines) + "\n", "front", "public_chat_id"


@N
def n_hmac_fixtures(r):
    prov = pick(r, ["intercom", "chatwoot", "helpscout", "tawk"])
    rows = []
    for i in range(r.randrange(3, 7)):
        rows.append({"user_id": str(r.randrange(1000, 99999)), "email": "%s%d@example.com" % (pick(r, WORDS), i),
                     "expected_%s" % HASH_FIELD[prov]: hexs(r, 64)})
    d = {"description": "identity hashes computed with the CI-only test secret from spec/support/env.rb",
         "algorithm": "HMAC-SHA256", "cases": rows}
    return pick(r, ["spec/fixtures/%s_identity.json" % prov, "test/fixtures/user_hashes.json", "tests/data/identity_cases.json"]), "json", \
        json.dumps(d, indent=2) + "\n", prov, "hmac_output_fixture"


@N
def n_webhook_payload(r):
    prov = pick(r, ["intercom", "crisp", "chatwoot", "front"])
    if prov == "intercom":
        d = {"type": "notification_event", "app_id": rs(r, LOWER + DIG, 8), "topic": "conversation.user.replied",
             "id": "notif_" + uuid4(r), "created_at": 1700000000 + r.randrange(10 ** 7),
             "data": {"item": {"type": "conversation", "id": str(r.randrange(10 ** 11, 10 ** 12)), "state": "open",
                               "source": {"author": {"type": "user", "id": hexs(r, 24), "email": "jane@example.com"}}}}}
    elif prov == "crisp":
        d = {"website_id": uuid4(r), "event": "message:send",
             "data": {"session_id": "session_" + uuid4(r), "fingerprint": r.randrange(10 ** 14, 10 ** 15), "type": "text",
                      "content": "Hi, where is my order?", "from": "user", "origin": "chat"}, "timestamp": 1700000000000 + r.randrange(10 ** 9)}
    elif prov == "chatwoot":
        d = {"event": "message_created", "id": r.randrange(10 ** 5, 10 ** 7), "content": "Thanks!", "message_type": "incoming",
             "conversation": {"id": r.randrange(100, 9999), "inbox_id": r.randrange(1, 40), "uuid": uuid4(r)},
             "sender": {"id": r.randrange(1, 9999), "identifier": "user-%d" % r.randrange(10 ** 4)}}
    else:
        d = {"type": "inbound", "conversation": {"id": "cnv_" + rs(r, LOWER + DIG, 6), "status": "unassigned"},
             "target": {"data": {"id": "msg_" + rs(r, LOWER + DIG, 8), "blurb": "Order question"}}}
    sig = pick(r, ["sha1=" + hexs(r, 40), "sha256=" + hexs(r, 64), base64.b64encode(rbytes(r, 32)).decode()])
    lines = ["// recorded from staging on %d-%02d-%02d, signature header kept so the verifier test has a real-shaped value" %
             (r.randrange(2022, 2026), r.randrange(1, 13), r.randrange(1, 28)),
             "export const headers = {", "  'content-type': 'application/json',", "  'x-signature': '%s'," % sig,
             "  'x-request-id': '%s'," % uuid4(r), "};", "", "export const body = %s;" % json.dumps(d, indent=2)]
    return pick(r, ["test/fixtures/webhooks/%s.js" % prov, "__tests__/fixtures/%s-event.js" % prov]), "javascript", "\n".join(lines) + "\n", prov, "webhook_fixture_signature"


@N
def n_lockfile(r):
    pk = [("@intercom/messenger-js-sdk", "0.0.%d" % r.randrange(10, 15)), ("crisp-sdk-web", "1.0.%d" % r.randrange(20, 26)),
          ("@braze/web-sdk", "5.%d.0" % r.randrange(0, 6)), ("react-onesignal", "3.0.%d" % r.randrange(0, 3)),
          ("@livechat/widget-react", "1.3.%d" % r.randrange(0, 4)), ("gleap", "13.%d.%d" % (r.randrange(9), r.randrange(9)))]
    r.shuffle(pk)
    deps = {}
    for n, v in pk[:r.randrange(3, 6)]:
        deps["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                     "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    d = {"name": "storefront", "version": "2.%d.0" % r.randrange(20), "lockfileVersion": 3, "requires": True,
         "packages": dict([("", {"name": "storefront", "dependencies": {k.split("node_modules/")[1]: "^" + v["version"] for k, v in deps.items()}})] + list(deps.items()))}
    return pick(r, ["package-lock.json", "apps/web/package-lock.json"]), "json", json.dumps(d, indent=2) + "\n", "npm", "integrity_hash"


@N
def n_i18n(r):
    prov = pick(r, ["Intercom", "Crisp", "OneSignal", "Front", "Chatwoot"])
    d = {"settings": {"integrations": {
        "title": "Chat integrations", "apiKeyLabel": "API key", "secretKeyLabel": "Secret key",
        "accessTokenHelp": "Paste the access token from your %s developer hub. It is stored encrypted." % prov,
        "identitySecretHelp": "Used to sign user hashes on the server. Never paste it in the widget code.",
        "tokenPlaceholder": "e.g. %s" % pick(r, ["dG9rOi4uLg==", "os_v2_app_…", "••••••••••••", "your-token"]),
        "rotate": "Rotate secret", "revealed": "Secret revealed for 30 seconds", "copied": "Copied!",
        "errors": {"invalidToken": "That token was rejected (401).", "missingSecret": "Secret key is required."}}}}
    loc = pick(r, ["en", "en-US"])
    return pick(r, ["locales/%s.json" % loc, "src/i18n/%s/settings.json" % loc, "public/locales/%s/common.json" % loc]), "json", \
        json.dumps(d, indent=2, ensure_ascii=False) + "\n", prov.lower(), "i18n_strings"


@N
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(),
                                                                  base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    keys = pick(r, [["INTERCOM_ACCESS_TOKEN", "INTERCOM_IDENTITY_SECRET"], ["CRISP_TOKEN_IDENTIFIER", "CRISP_TOKEN_KEY"],
                    ["ONESIGNAL_REST_API_KEY", "BRAZE_REST_API_KEY"], ["CHATWOOT_API_ACCESS_TOKEN", "DATABASE_URL"]])
    lines = ["# encrypted with sops - edit with `sops secrets/prod.enc.yaml`"]
    for k in keys:
        lines.append("%s: %s" % (k, enc(r.randrange(20, 70))))
    lines += ["sops:", "    kms: []", "    age:", "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
              "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(r, 180)).decode()
    for i in range(0, len(blob), 64):
        lines.append("            " + blob[i:i + 64])
    lines += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"20%02d-%02d-%02dT10:%02d:11Z\"" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(1, 28), r.randrange(60)),
              "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode()),
              "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.enc.yml", "environments/production/secrets.sops.yaml"]), "yaml", "\n".join(lines) + "\n", "sops", "ciphertext"


@N
def n_rails_enc(r):
    txt = "%s--%s--%s" % (base64.b64encode(rbytes(r, r.randrange(300, 700))).decode(), base64.b64encode(rbytes(r, 12)).decode(),
                          base64.b64encode(rbytes(r, 16)).decode())
    return pick(r, ["config/credentials.yml.enc", "config/credentials/production.yml.enc"]), "encrypted", txt, "rails", "ciphertext"


@N
def n_ansible_vault(r):
    blob = hexs(r, r.randrange(500, 900))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return pick(r, ["group_vars/prod/vault.yml", "ansible/inventories/prod/group_vars/all/vault.yml"]), "yaml", "\n".join(lines) + "\n", "ansible", "ciphertext"


@N
def n_sri(r):
    head = []
    for src in r.sample(["https://cdn.jsdelivr.net/npm/crisp-sdk-web@1.0.25/dist/crisp.min.js",
                         "https://cdnjs.cloudflare.com/ajax/libs/crypto-js/4.2.0/crypto-js.min.js",
                         "https://unpkg.com/@braze/web-sdk@5.4.0/dist/braze.min.js",
                         "https://cdn.jsdelivr.net/npm/gleap@13.7.2/build/index.min.js"], 3):
        head.append("  <script src=\"%s\" integrity=\"sha384-%s\" crossorigin=\"anonymous\" defer></script>" % (src, base64.b64encode(rbytes(r, 48)).decode()))
    head.append("  <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'sha256-%s' https://cdn.jsdelivr.net\">" % base64.b64encode(rbytes(r, 32)).decode())
    return pick(r, HTML_PATHS[:5]), "html", html_page(r, "Help center", head, ["  <script src=\"/assets/help.js\"></script>"]), "generic", "sri_integrity_hash"


@N
def n_compose_digests(r):
    lines = ["services:", "  chatwoot:", "    image: chatwoot/chatwoot@sha256:%s" % hexs(r, 64), "    env_file: .env", "    depends_on: [postgres, redis]",
             "    environment:", "      - RAILS_ENV=production", "      - FRONTEND_URL=https://chat.%s" % pick(r, DOMAINS),
             "      - SECRET_KEY_BASE=${SECRET_KEY_BASE:?generate with rails secret}", "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}",
             "  postgres:", "    image: postgres@sha256:%s" % hexs(r, 64), "    environment:", "      - POSTGRES_USER=chatwoot",
             "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}", "  redis:", "    image: redis:7-alpine@sha256:%s" % hexs(r, 64),
             "    command: [\"sh\", \"-c\", \"redis-server --requirepass \\\"$$REDIS_PASSWORD\\\"\"]"]
    return pick(r, ["docker-compose.production.yaml", "deploy/chatwoot/docker-compose.yml"]), "yaml", "\n".join(lines) + "\n", "chatwoot", "image_digest_env_refs"


@N
def n_seed_sql(r):
    lines = ["-- seed data for local development", "INSERT INTO inboxes (id, name, channel_type, website_token, created_at) VALUES"]
    vals = []
    for i in range(r.randrange(3, 7)):
        vals.append("  ('%s', '%s', 'Channel::WebWidget', '%s', now())" % (uuid4(r), pick(r, ["Website", "Shop", "Docs", "App"]) + " %d" % i, rs(r, B58, 24)))
    lines.append(",\n".join(vals) + ";")
    lines += ["", "INSERT INTO conversations (id, inbox_id, display_id, status) VALUES"]
    vals = ["  ('%s', 1, %d, '%s')" % (uuid4(r), 100 + i, pick(r, ["open", "resolved", "pending"])) for i in range(r.randrange(3, 8))]
    lines.append(",\n".join(vals) + ";")
    return pick(r, ["db/seeds/dev_inboxes.sql", "db/seed.sql", "supabase/seed.sql"]), "sql", "\n".join(lines) + "\n", "chatwoot", "public_ids_uuids"


@N
def n_log_excerpt(r):
    lines = []
    t0 = r.randrange(0, 3000)
    for i in range(r.randrange(8, 18)):
        lines.append("2024-%02d-%02dT%02d:%02d:%02d.%03dZ %s request_id=%s conversation_id=%d trace=%s msg=\"%s\"" % (
            r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), (t0 + i) % 1000,
            pick(r, ["INFO", "INFO", "WARN"]), uuid4(r), r.randrange(10 ** 11, 10 ** 12), hexs(r, 32),
            pick(r, ["delivered reply", "webhook accepted", "retrying push (429)", "user_hash verified", "contact upserted"])))
    return pick(r, ["notes/incident-2024-chat-outage.log", "docs/debug/sample.log"]), "log", "\n".join(lines) + "\n", "intercom", "log_ids"


@N
def n_changelog(r):
    lines = ["# Changelog", "", "## [%d.%d.0] - 2024-%02d-%02d" % (r.randrange(1, 4), r.randrange(20), r.randrange(1, 13), r.randrange(1, 28)), "",
             "### Security", "- Rotated the Intercom access token (old one ended in `…%s`) after it appeared in CI logs." % rs(r, ALNUM, 4),
             "- Moved `CRISP_TOKEN_KEY` to Vault (`kv/support/crisp`).", "- OneSignal REST key is now read from `ONESIGNAL_REST_API_KEY`; value redacted in logs as `os_v2_app_****`.",
             "", "### Changed", "- Chat launcher respects `prefers-reduced-motion`.", "- Upgraded crisp-sdk-web to 1.0.%d." % r.randrange(20, 26), ""]
    return "CHANGELOG.md", "markdown", "\n".join(lines), "intercom", "masked_reference"


@N
def n_jest_test(r):
    lines = ["import crypto from 'crypto';", "import { userHash } from '../src/identity';", "",
             "// deterministic key used only by this test", "const TEST_KEY = 'test-identity-key';", "",
             "describe('userHash', () => {", "  it('matches node crypto', () => {",
             "    const expected = crypto.createHmac('sha256', TEST_KEY).update('42').digest('hex');",
             "    expect(userHash('42', TEST_KEY)).toBe(expected);", "  });", "", "  it('rejects empty keys', () => {",
             "    expect(() => userHash('42', '')).toThrow('missing secret');", "  });", "});"]
    return pick(r, ["__tests__/identity.test.js", "test/identity.spec.js"]), "javascript", "\n".join(lines) + "\n", "intercom", "test_dummy_key"


@N
def n_deploy_manifest(r):
    d = {"service": "chat-gateway", "commit": hexs(r, 40), "build": r.randrange(1000, 9999), "image_digest": "sha256:" + hexs(r, 64),
         "artifacts": [{"name": "widget.js", "md5": hexs(r, 32), "sha1": hexs(r, 40)}, {"name": "widget.css", "md5": hexs(r, 32), "sha1": hexs(r, 40)}],
         "released_by": "ci-bot", "previous_commit": hexs(r, 40)}
    return pick(r, ["release/manifest.json", "dist/build-info.json"]), "json", json.dumps(d, indent=2) + "\n", "generic", "commit_hashes_digests"


@N
def n_runtime_hash_rb(r):
    prov = pick(r, ["intercom", "chatwoot", "helpscout"])
    f = HASH_FIELD[prov]
    lines = ["class ChatIdentity", "  def initialize(user)", "    @user = user", "  end", "",
             "  def to_h", "    {", "      user_id: @user.id.to_s,", "      email: @user.email,",
             "      %s: OpenSSL::HMAC.hexdigest(\"SHA256\", secret, @user.id.to_s)" % f, "    }", "  end", "", "  private", "",
             "  def secret", "    Rails.application.credentials.dig(:%s, :identity_secret) ||" % prov,
             "      raise(KeyError, \"%s identity secret missing\")" % prov, "  end", "end"]
    return pick(r, ["app/models/chat_identity.rb", "app/services/chat_identity.rb"]), "ruby", "\n".join(lines) + "\n", prov, "runtime_hash_no_literal"


@N
def n_openapi(r):
    lines = ["openapi: 3.0.3", "info:", "  title: Support Gateway API", "  version: 1.%d.0" % r.randrange(10), "servers:",
             "  - url: https://api.%s/v1" % pick(r, DOMAINS), "components:", "  securitySchemes:", "    bearerAuth:", "      type: http",
             "      scheme: bearer", "      description: Send `Authorization: Bearer <token>` with a key from Settings > API.", "    crispBasic:",
             "      type: http", "      scheme: basic", "      description: token identifier as username, token key as password", "paths:",
             "  /conversations/{id}:", "    get:", "      security: [{ bearerAuth: [] }]", "      parameters:", "        - name: id", "          in: path",
             "          required: true", "          schema: { type: string, format: uuid, example: %s }" % uuid4(r), "      responses:",
             "        \"200\":", "          description: OK"]
    return pick(r, ["docs/openapi.yaml", "api/openapi.yml"]), "yaml", "\n".join(lines) + "\n", "generic", "api_doc_placeholders"


@N
def n_runtime_hash_php(r):
    prov = pick(r, ["intercom", "tawk", "chameleon"])
    lines = ["<?php", "", "namespace App\\Http\\View\\Composers;", "", "use Illuminate\\View\\View;", "",
             "class ChatComposer", "{", "    public function compose(View $view): void", "    {", "        $user = auth()->user();",
             "        $view->with('chat', [", "            'app_id' => config('services.%s.app_id'),", "            'user_hash' => $user",
             "                ? hash_hmac('sha256', (string) $user->id, config('services.%s.identity_secret'))" % prov,
             "                : null,", "        ]);", "    }", "}"]
    lines[12] = lines[12] % prov
    return "app/Http/View/Composers/ChatComposer.php", "php", "\n".join(lines) + "\n", prov, "runtime_hash_no_literal"


# --------------------------------------------------------------------------- driver
NEG_REUSE_TYPES = ["placeholder", "placeholder", "env_reference", "env_reference", "secret_manager_ref", "masked", "empty", "dummy"]


def compatible(k):
    out = []
    for name, group, fn in TEMPLATES:
        if group == "cfg" or (group == "http" and is_http(k)) or (group == "hmac" and k.auth == "hmac"):
            out.append((name, fn))
    return out


def pick_kind(r):
    tot = sum(k.weight for k in KINDS)
    x = r.random() * tot
    for k in KINDS:
        x -= k.weight
        if x <= 0:
            return k
    return KINDS[-1]


def pick_template(r, k, usage):
    comp = compatible(k)
    # prefer the templates used least so far, so every template shows up
    comp.sort(key=lambda t: (usage.get(t[0], 0), r.random()))
    best = [t for t in comp if usage.get(t[0], 0) == usage.get(comp[0][0], 0)]
    name, fn = best[r.randrange(len(best))] if r.random() < 0.7 else comp[r.randrange(len(comp))]
    usage[name] = usage.get(name, 0) + 1
    return name, fn


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def generate(outdir, seed):
    r = random.Random(seed)
    manifest, secrets = [], []
    all_secrets = []
    usage = {}
    obvious_flags = [i % 2 == 0 for i in range(500)]
    r.shuffle(obvious_flags)
    for i in range(500):
        for attempt in range(50):
            k = pick_kind(r)
            c = Ctx(r, k, "pos", obvious_flags[i])
            name, fn = pick_template(r, k, usage)
            rel, ft, text = fn(c)
            ln = line_of(text, c.secret)
            if ln is not None and text.count(c.secret) >= 1 and c.secret not in all_secrets:
                break
        else:
            raise RuntimeError("could not place secret for %s/%s" % (k.provider, k.kind))
        all_secrets.append(c.secret)
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": k.provider, "kind": k.kind, "filetype": ft})
        secrets.append({"file": fid, "needle": c.secret, "line": ln})
    nusage = {}
    neg_plan = ["reuse" if i % 2 == 0 else "domain" for i in range(500)]
    r.shuffle(neg_plan)
    dom_order = []
    for i in range(500):
        if neg_plan[i] == "reuse":
            k = pick_kind(r)
            t = pick(r, NEG_REUSE_TYPES)
            c = Ctx(r, k, "neg", r.random() < 0.5, neg_type=t)
            name, fn = pick_template(r, k, nusage)
            rel, ft, text = fn(c)
            prov, kind = k.provider, t
        else:
            if not dom_order:
                dom_order = list(range(len(NEG_TEMPLATES)))
                r.shuffle(dom_order)
            name, fn = NEG_TEMPLATES[dom_order.pop()]
            rel, ft, text, prov, kind = fn(r)
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    generate(argv[1], int(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
