#!/usr/bin/env python3
"""Blind evaluation-set generator "hp": realtime / multiplayer / collaborative-editing backends.

EMPHASIS
    Domain: collaborative editing, multiplayer game backends and realtime-sync services.
    Providers: Liveblocks (sk_prod_/sk_dev_ secret keys, webhook secrets; pk_ public keys as
    negatives), Ably (appId.keyId:keySecret API keys), Pusher Channels (app secret, encryption
    master key; app key/app id public), Convex (deploy keys, self-hosted admin keys), Yjs /
    Hocuspocus (JWT HMAC secrets), Tiptap Cloud (app secret, ES256 signing key), Replicache
    (license keys), ElectricSQL (ELECTRIC_SECRET, legacy AUTH_JWT_KEY, Postgres passwords),
    PowerSync (HS256 JWK "k", Supabase JWT secret, replication connection password),
    InstantDB (admin tokens), Firebase Realtime Database (legacy database secrets), Colyseus
    (monitor password, auth JWT secret), Photon Engine (app ids: public, negatives only),
    Nakama (socket.server_key, runtime.http_key, session encryption keys, console password and
    signing key), PlayCanvas (REST API tokens), Socket.IO Admin UI (basic-auth password),
    Centrifugo (token HMAC secret, HTTP API key, admin password/secret), Mercure (publisher /
    subscriber JWT keys, signed publisher JWTs, ES256 private keys), PartyKit (project vars,
    shared room secrets, CLI token).
    File types: TypeScript/JavaScript (Node, Next.js route handlers, Deno), Python, Go, Rust,
    C#, PHP, Java properties, YAML (docker-compose, Kubernetes, Helm, GitHub Actions, Nakama
    config.yml, PowerSync config), JSON (Centrifugo config.json, pcconfig.json, partykit.json,
    app.json), TOML, INI, .env files, Dockerfile, Caddyfile, Terraform, shell, Markdown, SQL,
    CSV, logs, PEM, Unity .asset YAML, lock files.

USAGE
    python3 -B gen_hp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first occurrence).
    Deterministic per SEED: every random choice comes from one random.Random(SEED); no clock,
    no os.urandom, no set iteration, no hash() of strings.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written in the file, without surrounding quotes.
    * Ably API keys: the whole "appId.keyId:keySecret" string (the key name alone is public).
    * Convex deploy keys: the whole "prod:name-123|eyJ2..." string; self-hosted admin keys the
      whole "convex-self-hosted|hex" string.
    * URLs with credentials (Postgres URIs, PUSHER_URL, ?auth=, ?http_key=, ?secret=): only
      the secret component (password / query value), not the URL.
    * HTTP headers (Authorization: Bearer X, X-API-Key: X, curl -u X): only the token X.
    * Key pairs (Pusher key+secret, appId+adminToken): only the secret half; the public half
      (app key, app id, key name) is ordinary context.
    * Signed JWTs used as bearer credentials (Mercure publisher token): the whole JWT.
    * Multi-line PEM private keys: the first base64 body line after the BEGIN line.
    * Plaintext passwords hashed at start-up (Socket.IO admin UI bcrypt.hashSync("...")): the
      plaintext password.

NEGATIVES
    Half of the negatives (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx, prefix+xxxx), empty
    values, masked values (****, [REDACTED], prefix+****), environment references
    (process.env.X, os.environ[...], os.Getenv, Deno.env.get, ${VAR}, ${{ secrets.X }}),
    secret-manager references (op://, vault:, AWS/GCP/Azure secret ids, SOPS ENC[...] blobs),
    template expressions ({{ .Values.x }}, <%= ENV %>, #{X}#, __X__, @X@) and providers'
    documented example values (Ably I2E_JQ.OqUdfg:..., Pusher 278d425bdf160c739803 /
    7ad3773142a6692b25b8, PlayCanvas nesgdxhiqe7hylfilr6ss1rds0gq1uj8, Nakama defaultkey /
    defaulthttpkey / defaultencryptionkey / defaultsigningkey / password, Mercure
    !ChangeThisMercureHubJWTSecretKey! and !ChangeMe!, Socket.IO admin-ui "changeit" and its
    bcrypt hash, Replicache TEST_LICENSE_KEY, Liveblocks sk_prod_xxxx..., Convex
    prod:qualified-jaguar-123|eyJ2...0=, Centrifugo <YOUR-SECRET-STRING-HERE>, Tiptap
    your_secret). The other half are domain look-alikes: Liveblocks pk_ public keys, Pusher app
    keys and auth signatures, Ably key names and TokenRequest MACs, Convex deployment names and
    document ids, Photon / Tiptap / InstantDB app ids, Firebase web apiKey, room/document/
    session/socket ids, Yjs updates in base64, JWKS and PEM public keys, SSH host keys,
    websocket URLs without credentials, lock-file integrity hashes, image digests, commit SHAs,
    go.sum / Cargo.lock checksums, webhook signatures, SRI hashes, base64 JSON blobs.
    No negative is written to a .env / .env.local / .env.production style file name
    (.env.example, .env.sample and .env.template are used instead).

FORMATS CHECKED (search tool, providers' docs)
    * Ably docs: key "I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0" = public app id
      (6) . public key id (6) : key secret (43, base64url alphabet). CLI docs: APP_ID.KEY_ID.
    * Pusher auth-signature docs worked example: app_id 3, key 278d425bdf160c739803, secret
      7ad3773142a6692b25b8 (20 lowercase hex each); glossary: app_key is the client-side
      identifier, app_secret signs server requests; encryptionMasterKeyBase64 = base64 of 32
      random bytes.
    * Liveblocks @liveblocks/node docs: secret "sk_prod_xxxxxxxxxxxxxxxxxxxxxxxx" (older
      "sk_live_..."), public key "pk_..." for LiveblocksProvider publicApiKey; env names
      LIVEBLOCKS_SECRET_KEY and LIVEBLOCKS_WEBHOOK_SECRET seen in projects.
    * Convex docs: production deploy key "prod:qualified-jaguar-123|eyJ2...0=", management API
      "dev:happy-animal-123|ey..."; preview keys start "preview:"; CONVEX_DEPLOY_KEY variable.
    * Nakama configuration docs: socket.server_key default "defaultkey", runtime.http_key
      "defaulthttpkey", session.encryption_key "defaultencryptionkey",
      session.refresh_encryption_key "defaultrefreshencryptionkey"; console on port 7351.
    * Centrifugo docs: token_hmac_secret_key and api_key (v3-v5 flat config), admin_password /
      admin_secret, v6 nested "admin": {"password", "secret"}; env CENTRIFUGO_<OPTION>.
    * Mercure: "!ChangeThisMercureHubJWTSecretKey!" (hub/rust client docs), "!ChangeMe!"
      (Symfony docs), MERCURE_PUBLISHER_JWT_KEY / MERCURE_SUBSCRIBER_JWT_KEY variables.
    * PlayCanvas REST API docs: "Authorization: Bearer nesgdxhiqe7hylfilr6ss1rds0gq1uj8"
      (32 lowercase alphanumerics).
    * Socket.IO admin-ui README: auth {type: "basic", username, password: bcrypt hash of
      "changeit" = "$2b$10$heqvAkYMez.Va6Et2uXInOnkCT6/uQj1brkrbyG3LpopDklcq7ZOS"}.
    * Replicache API docs: TEST_LICENSE_KEY = "This key only good for automated testing".
    * InstantDB docs: init({ appId, adminToken: process.env.INSTANT_APP_ADMIN_TOKEN }); HTTP API
      headers "Authorization: Bearer $ADMIN_TOKEN" and "App-Id".
    * PowerSync docs: client_auth.jwks.keys with kty oct, alg HS256, kid, k (base64url of the
      shared secret, e.g. from openssl rand -base64 32); Supabase legacy HS256 JWT secret.
    * Tiptap docs: jsonwebtoken.sign(payload, 'your_secret'); App ID + secret per service; new
      access-control model signs ES256 JWTs with a private key from the dashboard.
    * Photon docs: an App ID is a GUID (example 12345678-abcd-1234-abcd-123456789abc) and is
      not kept secret; AppIdRealtime / AppIdChat / AppIdVoice fields.
    * PartyKit docs: secrets via "npx partykit env add", "deploy --var KEY=..."; "vars" in
      partykit.json; Firebase REST docs: ?auth= parameter for legacy database secrets.

DOUBTS
    * Liveblocks secret/public key body length and alphabet are not documented; generated as
      sk_prod_/sk_dev_ + 48 base62 (docs placeholders show 24 and 44 chars).
    * Liveblocks webhook secret assumed "whsec_" + base64 (Svix style), not confirmed.
    * Tiptap Cloud app secret format unknown (generated as 64 hex); Tiptap app ids assumed to
      be 8 lowercase alphanumerics (seen in public projects).
    * Replicache license key format unconfirmed (generated "l" + 32 hex). Replicache license
      keys ship in browser bundles, so they are arguably not secret.
    * Convex deploy-key token part: only its "eyJ2" start and "=" end are documented; generated
      as base64 of {"v2":"<hex>"}. Self-hosted admin key "convex-self-hosted|<hex>" unconfirmed.
    * InstantDB admin tokens assumed to be UUIDs. PartyKit CLI token (PARTYKIT_TOKEN) format
      unknown: generated as 48 base62.
    * Firebase legacy database secrets assumed 40 base62 characters.
    * Nakama socket.server_key is embedded in game clients; it is treated as a positive
      (server key) although some consider it semi-public.
    * Centrifugo genconfig is believed to emit UUID v4 values for secrets; UUID-shaped secrets
      are used for some Centrifugo and InstantDB positives, so context alone marks them.
    * Nakama console default password "password" and signing key "defaultsigningkey" are from
      memory of the config reference, not re-read in this session.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys

B62 = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"


# ---------------------------------------------------------------------------
# random primitives
# ---------------------------------------------------------------------------

def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r):
    h = list(rhex(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


WORDS = ["amber", "basalt", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo",
         "juniper", "kestrel", "lumen", "marble", "nectar", "onyx", "pepper", "quartz", "raven",
         "saffron", "tundra", "umber", "velvet", "willow", "xenon", "yarrow", "zephyr", "copper",
         "maple", "orbit", "prism", "sable", "tangent", "cinder", "lagoon", "meadow", "nimbus"]
ADJ = ["happy", "brave", "calm", "quiet", "quick", "shiny", "tidy", "bold", "gentle", "lucky",
       "proper", "fleet", "clever", "rugged", "wary", "merry", "silent", "striped", "woolly"]
ANIMALS = ["animal", "jaguar", "otter", "heron", "lynx", "marmot", "puffin", "gecko", "bison",
           "falcon", "walrus", "badger", "ferret", "corgi", "mongoose", "narwhal", "tapir"]
PROJECTS = ["inkwell", "sketchroom", "tandem", "driftboard", "cowrite", "plotline", "huddle",
            "loomnotes", "quillhub", "pairpad", "outline-lab", "canvasly", "boardwalk",
            "scribble-party", "relay-docs", "arena-io", "meeple", "kitehouse"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "stark",
        "wayne", "tyrell", "soylent", "cyberdyne"]
PEOPLE = ["ada", "grace", "linus", "margaret", "alan", "barbara", "ken", "radia", "dennis",
          "frances", "edsger", "hedy", "katherine", "tim"]
REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "ap-southeast-1", "eu-central-1"]
PUSHER_CLUSTERS = ["eu", "mt1", "us2", "us3", "ap1", "ap2", "ap3", "ap4", "sa1"]


def password(r):
    style = r.randrange(4)
    if style == 0:
        return "%s-%s-%d-%s" % (pick(r, WORDS).capitalize(), pick(r, WORDS), r.randrange(10, 99),
                                pick(r, WORDS))
    if style == 1:
        return rs(r, B62 + "!#%&*+-=?@^_", r.randrange(16, 26))
    if style == 2:
        return "%s%s%d%s" % (pick(r, WORDS).capitalize(), pick(r, ANIMALS).capitalize(),
                             r.randrange(1000, 9999), pick(r, "!#%&*?@"))
    return rs(r, B62, r.randrange(20, 32))


_CUR = {"proj": None}  # project name shared by all parts of the file being written


def proj(r):
    if _CUR["proj"]:
        return _CUR["proj"]
    return pick(r, PROJECTS)


def dname(r):
    return "%s-%s-%d" % (pick(r, ADJ), pick(r, ANIMALS), r.randrange(100, 999))


def pfx(r, opts=("", "", "", "apps/collab/", "services/realtime/", "server/", "backend/",
                  "packages/sync-server/")):
    return pick(r, list(opts))


def room_id(r):
    return "%s:%s:%s" % (pick(r, ORGS), pick(r, ["doc", "board", "sheet", "room", "canvas"]),
                         rs(r, LOWER_ALNUM, 10))


def email(r):
    return "%s@%s.dev" % (pick(r, PEOPLE), pick(r, ORGS))


def port(r):
    return pick(r, [3000, 4000, 8080, 1234, 8787, 5173, 9000])


def date(r):
    return "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randrange(24), r.randrange(60),
                                        r.randrange(60), r.randrange(1000))


def jwt_hs256(r, key, payload):
    header = {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


# ---------------------------------------------------------------------------
# key material (PEM)
# ---------------------------------------------------------------------------

def pem_ec_private_pkcs8(r):
    d = rbytes(r, 32)
    der = bytes.fromhex("304102010030130607" "2a8648ce3d0201" "0608" "2a8648ce3d030107"
                        "0427302502010104" "20") + d
    return "-----BEGIN PRIVATE KEY-----\n" + wrap64(b64(der)) + "\n-----END PRIVATE KEY-----"


def pem_ed25519_private(r):
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)
    return "-----BEGIN PRIVATE KEY-----\n" + wrap64(b64(der)) + "\n-----END PRIVATE KEY-----"


def pem_first_line(pem):
    return pem.split("\n")[1]


def pem_ec_public(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + \
        rbytes(r, 64)
    return "-----BEGIN PUBLIC KEY-----\n" + wrap64(b64(der)) + "\n-----END PUBLIC KEY-----"


def pem_ed25519_public(r):
    der = bytes.fromhex("302a300506032b6570032100") + rbytes(r, 32)
    return "-----BEGIN PUBLIC KEY-----\n" + wrap64(b64(der)) + "\n-----END PUBLIC KEY-----"


def pem_rsa_public(r):
    n = bytearray(rbytes(r, 256))
    n[0] |= 0x80
    n[-1] |= 1
    rsakey = b"\x30\x82\x01\x0a\x02\x82\x01\x01\x00" + bytes(n) + b"\x02\x03\x01\x00\x01"
    bitstr = b"\x03\x82\x01\x0f\x00" + rsakey
    algo = bytes.fromhex("300d06092a864886f70d0101010500")
    body = algo + bitstr
    der = b"\x30\x82" + len(body).to_bytes(2, "big") + body
    return "-----BEGIN PUBLIC KEY-----\n" + wrap64(b64(der)) + "\n-----END PUBLIC KEY-----"


def rsa_n_b64u(r):
    n = bytearray(rbytes(r, 256))
    n[0] |= 0x80
    n[-1] |= 1
    return b64u(bytes(n))


# ---------------------------------------------------------------------------
# secret generators (one per credential type)
# ---------------------------------------------------------------------------

def g_lb_secret(r):
    return pick(r, ["sk_prod_", "sk_dev_"]) + rs(r, B62, 48)


def g_lb_public(r):
    return pick(r, ["pk_prod_", "pk_dev_"]) + rs(r, B62, 48)


def g_lb_webhook(r):
    return "whsec_" + b64(rbytes(r, 24))


def g_ably_id(r):
    return rs(r, B62 + "_-", 6)


def g_ably_key(r):
    return "%s.%s:%s" % (g_ably_id(r), g_ably_id(r), rs(r, B64URL, 43))


def g_pusher_hex(r):
    return rhex(r, 20)


def g_pusher_master(r):
    return b64(rbytes(r, 32))


def g_convex_deploy(r):
    tok = b64(json.dumps({"v2": rhex(r, 64)}, separators=(",", ":")).encode())
    kind = r.randrange(5)
    if kind < 3:
        return "prod:%s|%s" % (dname(r), tok)
    if kind == 3:
        return "dev:%s|%s" % (dname(r), tok)
    return "preview:%s:%s|%s" % (pick(r, ORGS), proj(r), tok)


def g_convex_admin(r):
    return "convex-self-hosted|" + rhex(r, 96)


def g_hmac_b64(r):
    return b64(rbytes(r, pick(r, [32, 48, 64])))


def g_hmac_hex(r):
    return rhex(r, pick(r, [64, 64, 96, 128]))


def g_jwt_secret(r):
    return pick(r, [g_hmac_b64, g_hmac_hex, lambda rr: rs(rr, B62, 48)])(r)


def g_tiptap_secret(r):
    return rhex(r, 64)


def g_replicache(r):
    return "l" + rhex(r, 32)


def g_electric_secret(r):
    return pick(r, [lambda rr: rs(rr, B62, 40), lambda rr: rhex(rr, 48), g_hmac_b64])(r)


def g_pw(r):
    return password(r)


def g_k_b64u(r):
    return b64u(rbytes(r, 32))


def g_supabase_jwt(r):
    return b64(rbytes(r, 48))


def g_uuid(r):
    return uuid4(r)


def g_firebase(r):
    return rs(r, B62, 40)


def g_nakama_key(r):
    return pick(r, [lambda rr: rs(rr, B62, 32), lambda rr: rhex(rr, 32),
                    lambda rr: "%s-%s-%s" % (pick(rr, WORDS), rs(rr, B62, 12),
                                             pick(rr, ANIMALS))])(r)


def g_playcanvas(r):
    return rs(r, LOWER_ALNUM, 32)


def g_centrifugo(r):
    return pick(r, [uuid4, lambda rr: rs(rr, B62, 36), g_hmac_b64])(r)


def g_mercure_key(r):
    return pick(r, [lambda rr: rs(rr, B62, 48), g_hmac_b64, lambda rr: rhex(rr, 64)])(r)


def g_mercure_jwt(r):
    payload = {"mercure": {"publish": pick(r, [["*"], ["https://%s.example/rooms/{id}" %
                                                        proj(r)]])}}
    if r.random() < 0.5:
        payload["exp"] = 1735689600 + r.randrange(10 ** 8)
    return jwt_hs256(r, rs(r, B62, 40), payload)


def g_pem_ec(r):
    return pem_ec_private_pkcs8(r)


def g_partykit_tok(r):
    return rs(r, B62, 48)


def g_room_secret(r):
    return pick(r, [lambda rr: rhex(rr, 64), lambda rr: rs(rr, B62, 40)])(r)


# ---------------------------------------------------------------------------
# credential specs
# ---------------------------------------------------------------------------

def spec(provider, kind, var, gen, prefix="", docex=(), pem=False):
    return {"provider": provider, "kind": kind, "var": var, "gen": gen, "prefix": prefix,
            "docex": list(docex), "pem": pem}


SPECS = {
    "lb_secret": spec("Liveblocks", "secret_key", "LIVEBLOCKS_SECRET_KEY", g_lb_secret, "sk_prod_",
                      ["sk_prod_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                       "sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    "lb_webhook": spec("Liveblocks", "webhook_secret", "LIVEBLOCKS_WEBHOOK_SECRET", g_lb_webhook,
                       "whsec_"),
    "ably_key": spec("Ably", "api_key", "ABLY_API_KEY", g_ably_key, "",
                     ["I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0",
                      "aBcDeF.gHiJkL:keySecret", "APP_ID.KEY_ID:KEY_SECRET"]),
    "pusher_secret": spec("Pusher Channels", "app_secret", "PUSHER_APP_SECRET", g_pusher_hex, "",
                          ["7ad3773142a6692b25b8", "SECRET_KEY", "APP_SECRET", "PUSHER-SECRET"]),
    "pusher_master": spec("Pusher Channels", "encryption_master_key",
                          "PUSHER_ENCRYPTION_MASTER_KEY_BASE64", g_pusher_master),
    "convex_deploy": spec("Convex", "deploy_key", "CONVEX_DEPLOY_KEY", g_convex_deploy, "prod:",
                          ["prod:qualified-jaguar-123|eyJ2...0=", "dev:happy-animal-123|ey...",
                           "key goes here"]),
    "convex_admin": spec("Convex", "admin_key", "CONVEX_SELF_HOSTED_ADMIN_KEY", g_convex_admin,
                         "convex-self-hosted|"),
    "hocus_jwt": spec("Hocuspocus", "jwt_secret", "HOCUSPOCUS_JWT_SECRET", g_jwt_secret, "",
                      ["your-secret-key", "super-secret-token"]),
    "tiptap_secret": spec("Tiptap Cloud", "app_secret", "TIPTAP_COLLAB_SECRET", g_tiptap_secret,
                          "", ["your_secret"]),
    "tiptap_pem": spec("Tiptap Cloud", "private_key", "TIPTAP_PRIVATE_KEY", g_pem_ec, pem=True),
    "replicache_lic": spec("Replicache", "license_key", "REPLICACHE_LICENSE_KEY", g_replicache,
                           "l", ["This key only good for automated testing"]),
    "electric_secret": spec("ElectricSQL", "api_secret", "ELECTRIC_SECRET", g_electric_secret),
    "electric_jwt": spec("ElectricSQL", "jwt_secret", "AUTH_JWT_KEY", g_jwt_secret),
    "electric_pg": spec("ElectricSQL", "connection_password", "PG_PASSWORD", g_pw, "",
                        ["password", "postgres"]),
    "powersync_k": spec("PowerSync", "jwt_hmac_key", "POWERSYNC_JWT_SECRET", g_k_b64u, "",
                        ["[secret]"]),
    "powersync_pg": spec("PowerSync", "connection_password", "PS_PG_PASSWORD", g_pw),
    "powersync_supa": spec("PowerSync", "jwt_secret", "SUPABASE_JWT_SECRET", g_supabase_jwt, "",
                           ["super-secret-jwt-token-with-at-least-32-characters-long"]),
    "instant_admin": spec("InstantDB", "admin_token", "INSTANT_APP_ADMIN_TOKEN", g_uuid),
    "firebase_secret": spec("Firebase Realtime Database", "database_secret",
                            "FIREBASE_DATABASE_SECRET", g_firebase, "", ["<your-firebase-secret>"]),
    "colyseus_pw": spec("Colyseus", "monitor_password", "COLYSEUS_MONITOR_PASSWORD", g_pw),
    "colyseus_jwt": spec("Colyseus", "jwt_secret", "JWT_SECRET", g_jwt_secret),
    "nakama_server_key": spec("Nakama", "server_key", "NAKAMA_SERVER_KEY", g_nakama_key, "",
                              ["defaultkey"]),
    "nakama_http_key": spec("Nakama", "runtime_http_key", "NAKAMA_HTTP_KEY", g_nakama_key, "",
                            ["defaulthttpkey"]),
    "nakama_enc": spec("Nakama", "session_encryption_key", "NAKAMA_ENCRYPTION_KEY", g_nakama_key,
                       "", ["defaultencryptionkey", "defaultrefreshencryptionkey"]),
    "nakama_console_pw": spec("Nakama", "console_password", "NAKAMA_CONSOLE_PASSWORD", g_pw, "",
                              ["password"]),
    "nakama_signing": spec("Nakama", "console_signing_key", "NAKAMA_CONSOLE_SIGNING_KEY",
                           g_nakama_key, "", ["defaultsigningkey"]),
    "playcanvas": spec("PlayCanvas", "api_token", "PLAYCANVAS_API_TOKEN", g_playcanvas, "",
                       ["nesgdxhiqe7hylfilr6ss1rds0gq1uj8", "[access_token]"]),
    "sio_admin_pw": spec("Socket.IO Admin UI", "admin_password", "SOCKET_IO_ADMIN_PASSWORD", g_pw,
                         "", ["changeit"]),
    "centrifugo_hmac": spec("Centrifugo", "token_hmac_secret", "CENTRIFUGO_TOKEN_HMAC_SECRET_KEY",
                            g_centrifugo, "", ["<YOUR-SECRET-STRING-HERE>"]),
    "centrifugo_api": spec("Centrifugo", "api_key", "CENTRIFUGO_API_KEY", g_centrifugo, "",
                           ["<YOUR-API-KEY-HERE>"]),
    "centrifugo_admin_pw": spec("Centrifugo", "admin_password", "CENTRIFUGO_ADMIN_PASSWORD", g_pw,
                                "", ["<PASSWORD>"]),
    "centrifugo_admin_secret": spec("Centrifugo", "admin_secret", "CENTRIFUGO_ADMIN_SECRET",
                                    g_centrifugo, "", ["<SECRET>"]),
    "mercure_key": spec("Mercure", "jwt_key", "MERCURE_PUBLISHER_JWT_KEY", g_mercure_key, "",
                        ["!ChangeThisMercureHubJWTSecretKey!", "!ChangeMe!", "aVerySecretKey"]),
    "mercure_jwt": spec("Mercure", "publisher_jwt", "MERCURE_JWT_TOKEN", g_mercure_jwt, "eyJ",
                        ["eyJhbGciOiJIUzI1NiJ9..."]),
    "mercure_pem": spec("Mercure", "private_key", "MERCURE_PUBLISHER_JWT_KEY", g_pem_ec, pem=True),
    "partykit_secret": spec("PartyKit", "shared_secret", "ROOM_ADMIN_SECRET", g_room_secret),
    "partykit_token": spec("PartyKit", "cli_token", "PARTYKIT_TOKEN", g_partykit_tok),
}

SOCKETIO_DOC_HASH = "$2b$10$heqvAkYMez.Va6Et2uXInOnkCT6/uQj1brkrbyG3LpopDklcq7ZOS"

NEG_MODES = ["placeholder", "empty", "masked", "envref", "secretref", "template", "docex"]
CODE_LANGS = ("js", "ts", "deno", "py", "go", "rust", "cs", "php")


def camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


class Slot:
    """The credential position of a template.

    Positive: holds a freshly generated secret.  Negative: holds a non-secret of the
    chosen mode, rendered to fit the language / quoting context of the position.
    """

    def __init__(self, r, key, positive, mode=None):
        self.r = r
        self.key = key
        self.spec = SPECS[key]
        self.var = self.spec["var"]
        self.positive = positive
        self.mode = mode
        self.secret = self.spec["gen"](r) if positive else None
        self._cache = {}
        if not positive and self.mode == "docex" and not self.spec["docex"]:
            self.mode = "placeholder"

    @property
    def needle(self):
        if self.spec["pem"]:
            return pem_first_line(self.secret)
        return self.secret

    # -- negative rendering ------------------------------------------------
    def _candidates(self, lang, quoted):
        r, var, pre = self.r, self.var, self.spec["prefix"]
        m = self.mode
        kebab = var.lower().replace("_", "-")
        if m == "placeholder":
            c = ["<your-%s>" % kebab, "YOUR_%s_HERE" % var, "changeme", "x" * r.randrange(16, 40),
                 "replace-me", "<%s>" % var, "TODO", "your-%s" % kebab, "CHANGE_ME"]
            if pre:
                c.append(pre + "x" * 24)
                c.append(pre + "<redacted>")
            return [(v, False) for v in c]
        if m == "empty":
            return [("", False)]
        if m == "masked":
            c = ["*" * r.randrange(8, 24), "[REDACTED]", "<redacted>", "********", "[FILTERED]",
                 "\u2022" * 12]
            if pre:
                c.append(pre + "*" * 20)
            return [(v, False) for v in c]
        if m == "envref":
            if quoted and lang in ("js", "ts"):
                return [("process.env.%s" % var, True), ('process.env["%s"]' % var, True),
                        ("process.env.%s!" % var, True)]
            if quoted and lang == "deno":
                return [('Deno.env.get("%s")!' % var, True)]
            if quoted and lang == "py":
                return [('os.environ["%s"]' % var, True), ('os.getenv("%s", "")' % var, True)]
            if quoted and lang == "go":
                return [('os.Getenv("%s")' % var, True)]
            if quoted and lang == "rust":
                return [('&std::env::var("%s").expect("%s must be set")' % (var, var), True)]
            if quoted and lang == "cs":
                return [('Environment.GetEnvironmentVariable("%s")' % var, True)]
            if quoted and lang == "php":
                return [("env('%s')" % var, True)]
            if lang == "gha":
                return [("${{ secrets.%s }}" % var, False)]
            if lang == "caddy":
                return [("{env.%s}" % var, False), ("{$%s}" % var, False)]
            if lang == "shell":
                return [("$%s" % var, False), ("${%s}" % var, False), ("${%s:?missing}" % var,
                                                                       False)]
            return [("${%s}" % var, False), ("${%s:-}" % var, False)]
        if m == "secretref":
            return [("op://%s/%s/credential" % (pick(r, ["Realtime", "Infra", "Prod"]), kebab),
                     False),
                    ("vault:secret/data/%s/%s#%s" % (proj(r), pick(r, ["prod", "staging"]),
                                                     var.lower()), False),
                    ("arn:aws:secretsmanager:%s:%d:secret:%s/%s-%s" % (
                        pick(r, REGIONS), r.randrange(10 ** 11, 10 ** 12), proj(r), kebab,
                        rs(r, B62, 6)), False),
                    ("projects/%s/secrets/%s/versions/latest" % (proj(r), kebab), False),
                    ("azurekeyvault://kv-%s/secrets/%s" % (proj(r), kebab), False),
                    ("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
                        b64(rbytes(r, r.randrange(18, 40))), b64(rbytes(r, 32)),
                        b64(rbytes(r, 16))), False)]
        if m == "template":
            c = ["#{%s}#" % var, "__%s__" % var, "@%s@" % var, "{{ %s }}" % var.lower()]
            if lang in ("yaml", "helm"):
                c = ["{{ .Values.%s }}" % camel(var), "{{ %s }}" % var.lower()]
            elif lang == "gha":
                c = ["${{ secrets.%s }}" % var, "${{ vars.%s }}" % var]
            elif lang == "hcl":
                return [("var.%s" % var.lower(), True)] if quoted else \
                    [("${var.%s}" % var.lower(), False)]
            elif lang in ("env", "docker", "ini", "toml", "props", "shell"):
                c.append("<%%= ENV.fetch('%s') %%>" % var)
            return [(v, False) for v in c]
        # docex
        return [(v, False) for v in self.spec["docex"]]

    def _neg(self, lang, quoted, q='"'):
        ck = (lang, quoted, q)
        if ck not in self._cache:
            cands = [c for c in self._candidates(lang, quoted)
                     if "\n" not in c[0] and (not quoted or c[1] or q not in c[0])]
            if not cands:
                cands = [("<%s>" % self.var, False)]
            self._cache[ck] = pick(self.r, cands)
        return self._cache[ck]

    def lit(self, lang, q='"'):
        """A quoted literal in `lang` (or an expression replacing the literal)."""
        if self.positive:
            return q + self.secret + q
        text, expr = self._neg(lang, True, q)
        return text if expr else q + text + q

    def bare(self, lang):
        """The value at an unquoted position (env files, YAML, URLs, headers, logs)."""
        if self.positive:
            return self.secret
        return self._neg(lang, False)[0]

    def pem_block(self, indent=""):
        """A PEM key (positive) or a non-secret stand-in of the slot's mode, lines indented."""
        if self.positive:
            text = self.secret
        else:
            m, var = self.mode, self.var
            text = {
                "placeholder": "-----BEGIN PRIVATE KEY-----\n<paste the private key from the "
                               "dashboard>\n-----END PRIVATE KEY-----",
                "empty": "",
                "masked": "-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----",
                "envref": "${%s}" % var,
                "secretref": "# injected at deploy time from op://Infra/%s/private_key"
                             % var.lower().replace("_", "-"),
                "template": "{{ .Values.%s }}" % camel(var),
                "docex": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
            }[m]
        return "\n".join(indent + ln for ln in text.split("\n"))


# ---------------------------------------------------------------------------
# template registries
# ---------------------------------------------------------------------------

POS = []   # (name, [spec keys], conventional_name, fn(r, S) -> (path, text))
LOOK = []  # (name, provider, kind, fn(r) -> (path, text))


def pos(keys, conventional):
    if isinstance(keys, str):
        keys = [keys]

    def deco(fn):
        POS.append((fn.__name__, keys, conventional, fn))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# positive templates: Liveblocks
# ---------------------------------------------------------------------------

@pos("lb_secret", False)
def lb_next_route(r, S):
    p = pfx(r, ["", "apps/web/", "src/"])
    room_prefix = pick(r, ORGS)
    return p + "app/api/liveblocks-auth/route.ts", J(
        'import { Liveblocks } from "@liveblocks/node";',
        'import { NextRequest } from "next/server";',
        'import { getSession } from "@/lib/session";',
        "",
        "const liveblocks = new Liveblocks({",
        "  secret: %s," % S.lit("ts"),
        "});",
        "",
        "export async function POST(request: NextRequest) {",
        "  const user = await getSession(request);",
        "  if (!user) {",
        '    return new Response("Unauthorized", { status: 401 });',
        "  }",
        "",
        "  const session = liveblocks.prepareSession(user.id, {",
        "    userInfo: { name: user.name, color: user.color, avatar: user.avatarUrl },",
        "  });",
        '  session.allow(`%s:${user.teamId}:*`, session.FULL_ACCESS);' % room_prefix,
        "",
        "  const { status, body } = await session.authorize();",
        "  return new Response(body, { status });",
        "}")


@pos("lb_secret", True)
def lb_env_local(r, S):
    return pfx(r, ["", "apps/web/"]) + pick(r, [".env.local", ".env"]), J(
        "# Liveblocks (https://liveblocks.io/dashboard)",
        "NEXT_PUBLIC_APP_URL=http://localhost:%d" % port(r),
        "LIVEBLOCKS_SECRET_KEY=%s" % S.bare("env"),
        "",
        "# Auth",
        "NEXTAUTH_URL=http://localhost:3000",
        "GITHUB_ID=%s" % ("Iv1." + rhex(r, 16)),
        "DATABASE_URL=postgresql://localhost:5432/%s" % proj(r).replace("-", "_"))


@pos("lb_secret", True)
def lb_express_legacy(r, S):
    pr = port(r)
    return pfx(r) + pick(r, ["server/auth.js", "src/liveblocks-auth.js", "index.js"]), J(
        'const express = require("express");',
        'const { authorize } = require("@liveblocks/node");',
        "",
        "// TODO: move to the secrets manager before launch",
        "const LIVEBLOCKS_SECRET_KEY = %s;" % S.lit("js"),
        "",
        "const app = express();",
        "app.use(express.json());",
        "",
        'app.post("/api/auth", async (req, res) => {',
        "  const room = req.body.room;",
        "  const response = await authorize({",
        "    room,",
        "    secret: LIVEBLOCKS_SECRET_KEY,",
        "    userId: req.user ? req.user.id : `guest-${Date.now()}`,",
        "  });",
        "  return res.status(response.status).end(response.body);",
        "});",
        "",
        "app.listen(%d, () => console.log(\"auth server on :%d\"));" % (pr, pr))


@pos("lb_secret", False)
def lb_python_rest(r, S):
    return pick(r, ["scripts/sync_rooms.py", "tools/liveblocks_cleanup.py", "ops/rooms_gc.py"]), J(
        '"""Delete Liveblocks rooms that have been inactive for more than 90 days."""',
        "import datetime as dt",
        "import os",
        "",
        "import requests",
        "",
        'API = "https://api.liveblocks.io/v2"',
        "HEADERS = {",
        '    "Authorization": "Bearer %s",' % S.bare("py"),
        '    "Content-Type": "application/json",',
        "}",
        "",
        "",
        "def stale_rooms(days=90):",
        "    cutoff = dt.datetime.utcnow() - dt.timedelta(days=days)",
        "    cursor = None",
        "    while True:",
        '        params = {"limit": 100}',
        "        if cursor:",
        '            params["startingAfter"] = cursor',
        '        resp = requests.get(f"{API}/rooms", headers=HEADERS, params=params, timeout=10)',
        "        resp.raise_for_status()",
        "        page = resp.json()",
        '        for room in page["data"]:',
        '            if dt.datetime.fromisoformat(room["lastConnectionAt"][:19]) < cutoff:',
        '                yield room["id"]',
        '        cursor = page.get("nextCursor")',
        "        if not cursor:",
        "            return",
        "",
        "",
        'if __name__ == "__main__":',
        '    dry = os.getenv("DRY_RUN", "1") == "1"',
        "    for rid in stale_rooms():",
        '        print("stale", rid)',
        "        if not dry:",
        '            requests.delete(f"{API}/rooms/{rid}", headers=HEADERS, timeout=10)')


@pos("lb_secret", False)
def lb_runbook_md(r, S):
    rid = room_id(r)
    return pick(r, ["docs/runbooks/liveblocks.md", "docs/ops/collab-rooms.md", "RUNBOOK.md"]), J(
        "# Liveblocks room maintenance",
        "",
        "Rooms are created lazily by the editor. When a customer reports a stuck document,",
        "inspect the room storage directly:",
        "",
        "```bash",
        'curl -s -H "Authorization: Bearer %s" \\' % S.bare("md"),
        "  https://api.liveblocks.io/v2/rooms/%s/storage | jq ." % rid.replace(":", "%3A"),
        "```",
        "",
        "To reset presence for everyone in the room, delete active users via the dashboard",
        "(Rooms \u2192 %s \u2192 Active users)." % rid,
        "",
        "## Escalation",
        "",
        "- #collab-oncall in Slack",
        "- Liveblocks status page: https://liveblocks.statuspage.io")


@pos("lb_secret", True)
def lb_k8s_secret(r, S):
    ns = pick(r, ["collab", "editor", "realtime", "prod"])
    return pick(r, ["deploy/k8s/collab-secrets.yaml", "k8s/base/liveblocks-secret.yaml",
                    "infra/manifests/editor-secrets.yaml"]), J(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: editor-runtime",
        "  namespace: %s" % ns,
        "  labels:",
        "    app.kubernetes.io/name: editor",
        "    app.kubernetes.io/part-of: %s" % proj(r),
        "type: Opaque",
        "stringData:",
        "  LIVEBLOCKS_SECRET_KEY: %s" % S.bare("yaml"),
        "  NEXT_PUBLIC_APP_URL: https://%s.%s.app" % (pick(r, ["editor", "app", "docs"]),
                                                     pick(r, ORGS)),
        "  LOG_LEVEL: info")


@pos("lb_webhook", False)
def lb_webhook_route(r, S):
    return pfx(r, ["", "apps/web/", "src/"]) + "app/api/liveblocks-webhook/route.ts", J(
        'import { WebhookHandler } from "@liveblocks/node";',
        'import { revalidateTag } from "next/cache";',
        "",
        "const webhookHandler = new WebhookHandler(%s);" % S.lit("ts"),
        "",
        "export async function POST(request: Request) {",
        "  const body = await request.json();",
        "  const headers = request.headers;",
        "",
        "  let event;",
        "  try {",
        "    event = webhookHandler.verifyRequest({ headers, rawBody: JSON.stringify(body) });",
        "  } catch (err) {",
        '    console.error("invalid liveblocks webhook", err);',
        '    return new Response("Could not verify webhook call", { status: 400 });',
        "  }",
        "",
        '  if (event.type === "storageUpdated") {',
        "    revalidateTag(`room:${event.data.roomId}`);",
        "  }",
        "  return new Response(null, { status: 200 });",
        "}")


@pos("lb_webhook", True)
def lb_webhook_compose(r, S):
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), J(
        "services:",
        "  web:",
        "    build: .",
        "    ports:",
        '      - "3000:3000"',
        "    environment:",
        "      NODE_ENV: production",
        "      LIVEBLOCKS_WEBHOOK_SECRET: %s" % S.bare("yaml"),
        "      REDIS_URL: redis://cache:6379/0",
        "    depends_on:",
        "      - cache",
        "  cache:",
        "    image: redis:7-alpine",
        "    volumes:",
        "      - redis-data:/data",
        "volumes:",
        "  redis-data: {}")


# ---------------------------------------------------------------------------
# positive templates: Ably
# ---------------------------------------------------------------------------

@pos("ably_key", False)
def ably_node_rest(r, S):
    ch = pick(r, ["doc-updates", "presence:lobby", "cursors", "notifications", "game:state"])
    return pfx(r) + pick(r, ["src/realtime/publisher.ts", "src/lib/ably.ts", "lib/ably-server.ts"]), J(
        'import Ably from "ably";',
        'import { logger } from "./logger";',
        "",
        "const rest = new Ably.Rest({",
        "  key: %s," % S.lit("ts"),
        '  environment: "%s",' % pick(r, ["production", "eu", "us"]),
        "  idempotentRestPublishing: true,",
        "});",
        "",
        "export async function broadcast(docId: string, payload: unknown) {",
        '  const channel = rest.channels.get(`%s:${docId}`);' % ch,
        "  try {",
        '    await channel.publish("patch", payload);',
        "  } catch (err) {",
        '    logger.warn({ err, docId }, "ably publish failed");',
        "    throw err;",
        "  }",
        "}")


@pos("ably_key", True)
def ably_compose(r, S):
    return pick(r, ["docker-compose.yml", "deploy/compose.realtime.yml"]), J(
        'version: "3.9"',
        "services:",
        "  api:",
        "    image: ghcr.io/%s/%s-api:%s" % (pick(r, ORGS), proj(r), pick(r, ["latest", "1.4.2",
                                                                          "main"])),
        "    restart: unless-stopped",
        "    environment:",
        "      - PORT=8080",
        "      - ABLY_API_KEY=%s" % S.bare("yaml"),
        "      - ABLY_CHANNEL_NAMESPACE=%s" % proj(r),
        "    ports:",
        '      - "8080:8080"',
        "  worker:",
        "    image: ghcr.io/%s/%s-worker:latest" % (pick(r, ORGS), proj(r)),
        "    command: node dist/worker.js",
        "    depends_on: [api]")


@pos("ably_key", False)
def ably_go(r, S):
    return pfx(r, ["", "cmd/notifier/", "internal/realtime/"]) + "ably.go", J(
        "package realtime",
        "",
        "import (",
        '\t"context"',
        '\t"fmt"',
        "",
        '\t"github.com/ably/ably-go/ably"',
        ")",
        "",
        "// NewPublisher returns a REST client used by the match server to push",
        "// scoreboard updates to spectators.",
        "func NewPublisher() (*ably.REST, error) {",
        "\tclient, err := ably.NewREST(",
        "\t\tably.WithKey(%s)," % S.lit("go"),
        '\t\tably.WithClientID("match-server"),',
        "\t)",
        "\tif err != nil {",
        '\t\treturn nil, fmt.Errorf("ably: %w", err)',
        "\t}",
        "\treturn client, nil",
        "}",
        "",
        "func Publish(ctx context.Context, c *ably.REST, matchID string, data any) error {",
        '\treturn c.Channels.Get("match:"+matchID).Publish(ctx, "score", data)',
        "}")


@pos("ably_key", False)
def ably_python(r, S):
    return pick(r, ["worker/publisher.py", "app/realtime.py", "services/notify/ably_client.py"]), J(
        "import asyncio",
        "import json",
        "import logging",
        "",
        "from ably import AblyRest",
        "",
        "log = logging.getLogger(__name__)",
        "",
        "client = AblyRest(%s)" % S.lit("py", "'"),
        "",
        "",
        "async def push_comment(doc_id: str, comment: dict) -> None:",
        '    channel = client.channels.get(f"comments:{doc_id}")',
        '    await channel.publish("comment.created", json.dumps(comment))',
        '    log.info("published comment %s on %s", comment.get("id"), doc_id)',
        "",
        "",
        'if __name__ == "__main__":',
        '    asyncio.run(push_comment("demo", {"id": "c1", "body": "hello"}))')


@pos("ably_key", False)
def ably_curl_sh(r, S):
    ch = pick(r, ["deploys", "ops-alerts", "release-notes"])
    return pick(r, ["scripts/notify-deploy.sh", "bin/announce.sh", "ci/post-release.sh"]), J(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        'VERSION="${1:?usage: $0 <version>}"',
        'SHA="$(git rev-parse --short HEAD)"',
        "",
        "curl -sS -X POST https://rest.ably.io/channels/%s/messages \\" % ch,
        '  -u "%s" \\' % S.bare("shell"),
        '  -H "Content-Type: application/json" \\',
        '  --data "{\\"name\\":\\"deploy\\",\\"data\\":{\\"version\\":\\"${VERSION}\\",\\"sha\\":\\"${SHA}\\"}}"',
        "",
        'echo "announced ${VERSION} (${SHA})"')


@pos("ably_key", True)
def ably_set_x_log(r, S):
    lines = ["%s ##[group]Run ./scripts/deploy.sh" % ts(r),
             "%s + export NODE_ENV=production" % ts(r),
             "%s + NODE_ENV=production" % ts(r),
             "%s + export ABLY_API_KEY=%s" % (ts(r), S.bare("log")),
             "%s + npm run migrate" % ts(r),
             "%s > %s@%d.%d.%d migrate" % (ts(r), proj(r), r.randrange(3), r.randrange(20),
                                         r.randrange(20)),
             "%s Applied 0 migrations" % ts(r),
             "%s + npm run start:worker" % ts(r),
             "%s ##[endgroup]" % ts(r)]
    return pick(r, ["logs/ci/deploy-%d.log" % r.randrange(1000, 9999), "ci-output/build.log"]), \
        "\n".join(lines) + "\n"


@pos("ably_key", False)
def ably_sql_seed(r, S):
    return pick(r, ["db/seeds/002_integrations.sql", "migrations/0042_seed_integrations.sql"]), J(
        "-- integrations available to every workspace in the staging environment",
        "INSERT INTO integration_providers (slug, display_name, enabled) VALUES",
        "  ('ably', 'Ably Realtime', true),",
        "  ('slack', 'Slack', true);",
        "",
        "INSERT INTO workspace_integrations (workspace_id, provider_slug, credentials, created_at)",
        "VALUES (%d, 'ably', '{\"key\": \"%s\"}', now());" % (r.randrange(1, 500),
                                                             S.bare("sql")),
        "",
        "UPDATE workspaces SET realtime_provider = 'ably' WHERE id = %d;" % r.randrange(1, 500))


# ---------------------------------------------------------------------------
# positive templates: Pusher Channels
# ---------------------------------------------------------------------------

def pusher_ids(r):
    return str(r.randrange(1000000, 1999999)), rhex(r, 20), pick(r, PUSHER_CLUSTERS)


@pos("pusher_secret", False)
def pusher_node(r, S):
    app_id, key, cl = pusher_ids(r)
    return pfx(r) + pick(r, ["src/pusher.ts", "lib/pusher-server.ts", "server/realtime.js"]), J(
        'import Pusher from "pusher";',
        "",
        "export const pusher = new Pusher({",
        '  appId: "%s",' % app_id,
        '  key: "%s",' % key,
        "  secret: %s," % S.lit("ts"),
        '  cluster: "%s",' % cl,
        "  useTLS: true,",
        "});",
        "",
        "export function notifyBoard(boardId: string, event: string, data: object) {",
        "  return pusher.trigger(`private-board-${boardId}`, event, data);",
        "}")


@pos("pusher_secret", False)
def pusher_laravel(r, S):
    app_id, key, cl = pusher_ids(r)
    return "config/broadcasting.php", J(
        "<?php",
        "",
        "return [",
        "",
        "    'default' => env('BROADCAST_DRIVER', 'pusher'),",
        "",
        "    'connections' => [",
        "",
        "        'pusher' => [",
        "            'driver' => 'pusher',",
        "            'key' => '%s'," % key,
        "            'secret' => %s," % S.lit("php", "'"),
        "            'app_id' => '%s'," % app_id,
        "            'options' => [",
        "                'cluster' => '%s'," % cl,
        "                'useTLS' => true,",
        "            ],",
        "        ],",
        "",
        "        'log' => [",
        "            'driver' => 'log',",
        "        ],",
        "    ],",
        "];")


@pos("pusher_secret", False)
def pusher_python(r, S):
    app_id, key, cl = pusher_ids(r)
    return pick(r, ["app/pusher_client.py", "backend/realtime/pusher_conf.py"]), J(
        "import pusher",
        "",
        "pusher_client = pusher.Pusher(",
        "    app_id=%r," % app_id,
        "    key=%r," % key,
        "    secret=%s," % S.lit("py", "'"),
        "    cluster=%r," % cl,
        "    ssl=True,",
        ")",
        "",
        "",
        "def auth_private(channel_name, socket_id):",
        "    return pusher_client.authenticate(channel=channel_name, socket_id=socket_id)")


@pos("pusher_secret", False)
def pusher_url_appjson(r, S):
    app_id, key, cl = pusher_ids(r)
    return "app.json", json.dumps({
        "name": proj(r),
        "description": "Realtime whiteboard",
        "repository": "https://github.com/%s/%s" % (pick(r, ORGS), proj(r)),
        "env": {
            "NODE_ENV": {"value": "production"},
            "PUSHER_URL": {"value": "https://%s:%s@api-%s.pusher.com/apps/%s" % (
                key, S.bare("url"), cl, app_id)},
            "WEB_CONCURRENCY": {"value": "2"},
        },
        "formation": {"web": {"quantity": 1, "size": "basic"}},
        "buildpacks": [{"url": "heroku/nodejs"}],
    }, indent=2) + "\n"


@pos("pusher_secret", False)
def pusher_go(r, S):
    app_id, key, cl = pusher_ids(r)
    return pfx(r, ["", "internal/notify/"]) + "pusher.go", J(
        "package notify",
        "",
        'import "github.com/pusher/pusher-http-go/v5"',
        "",
        "var client = pusher.Client{",
        '\tAppID:   "%s",' % app_id,
        '\tKey:     "%s",' % key,
        "\tSecret:  %s," % S.lit("go"),
        '\tCluster: "%s",' % cl,
        "\tSecure:  true,",
        "}",
        "",
        "func Trigger(channel, event string, data map[string]string) error {",
        "\treturn client.Trigger(channel, event, data)",
        "}")


@pos("pusher_secret", True)
def pusher_properties(r, S):
    app_id, key, cl = pusher_ids(r)
    return pick(r, ["src/main/resources/application-prod.properties",
                    "src/main/resources/application.properties"]), J(
        "server.port=8080",
        "spring.application.name=%s-notifier" % proj(r),
        "spring.datasource.url=jdbc:postgresql://db:5432/notifier",
        "spring.datasource.username=notifier",
        "pusher.app-id=%s" % app_id,
        "pusher.key=%s" % key,
        "PUSHER_APP_SECRET=%s" % S.bare("props"),
        "pusher.cluster=%s" % cl,
        "management.endpoints.web.exposure.include=health,info")


@pos("pusher_master", False)
def pusher_e2e(r, S):
    app_id, key, cl = pusher_ids(r)
    return pfx(r) + pick(r, ["src/realtime/encrypted.ts", "lib/pusher-e2e.ts"]), J(
        'import Pusher from "pusher";',
        "",
        "// private-encrypted-* channels: payloads are end-to-end encrypted",
        "export const pusher = new Pusher({",
        '  appId: "%s",' % app_id,
        '  key: "%s",' % key,
        "  secret: process.env.PUSHER_APP_SECRET!,",
        '  cluster: "%s",' % cl,
        "  useTLS: true,",
        "  encryptionMasterKeyBase64: %s," % S.lit("ts"),
        "});")


# ---------------------------------------------------------------------------
# positive templates: Convex
# ---------------------------------------------------------------------------

@pos("convex_deploy", True)
def convex_gha(r, S):
    return ".github/workflows/deploy.yml", J(
        "name: Deploy",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      CONVEX_DEPLOY_KEY: '%s'" % S.bare("gha"),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        "          node-version: 20",
        "          cache: npm",
        "      - run: npm ci",
        "      - run: npx convex deploy --cmd 'npm run build'")


@pos("convex_deploy", True)
def convex_netlify(r, S):
    return "netlify.toml", J(
        "[build]",
        '  command = "npx convex deploy --cmd \'npm run build\'"',
        '  publish = "dist"',
        "",
        "[build.environment]",
        '  NODE_VERSION = "20"',
        '  CONVEX_DEPLOY_KEY = %s' % S.lit("toml"),
        "",
        "[[redirects]]",
        '  from = "/*"',
        '  to = "/index.html"',
        "  status = 200")


@pos("convex_deploy", True)
def convex_shell(r, S):
    return pick(r, ["scripts/deploy-preview.sh", "bin/deploy.sh"]), J(
        "#!/bin/sh",
        "# Deploy the Convex backend and build the frontend against it.",
        "set -e",
        "",
        'BRANCH="$(git rev-parse --abbrev-ref HEAD)"',
        'echo "deploying ${BRANCH}"',
        "",
        "CONVEX_DEPLOY_KEY='%s' npx convex deploy \\" % S.bare("shell"),
        "  --cmd 'npm run build' \\",
        "  --cmd-url-env-var-name VITE_CONVEX_URL",
        "",
        'echo "done"')


@pos("convex_deploy", True)
def convex_terraform(r, S):
    return pick(r, ["infra/vercel.tf", "terraform/frontend.tf"]), J(
        'resource "vercel_project" "web" {',
        '  name      = "%s"' % proj(r),
        '  framework = "nextjs"',
        "  git_repository = {",
        '    type = "github"',
        '    repo = "%s/%s"' % (pick(r, ORGS), proj(r)),
        "  }",
        '  build_command = "npx convex deploy --cmd \'npm run build\'"',
        "}",
        "",
        'resource "vercel_project_environment_variable" "convex_deploy" {',
        "  project_id = vercel_project.web.id",
        '  key        = "CONVEX_DEPLOY_KEY"',
        "  value      = %s" % S.lit("hcl"),
        '  target     = ["production"]',
        "  sensitive  = true",
        "}")


@pos("convex_admin", True)
def convex_selfhosted(r, S):
    return pick(r, ["docker-compose.override.yml", "selfhost/docker-compose.yml"]), J(
        "services:",
        "  backend:",
        "    image: ghcr.io/get-convex/convex-backend:latest",
        "    ports:",
        '      - "3210:3210"',
        '      - "3211:3211"',
        "    volumes:",
        "      - data:/convex/data",
        "    environment:",
        "      - INSTANCE_NAME=%s" % proj(r),
        "  dashboard:",
        "    image: ghcr.io/get-convex/convex-dashboard:latest",
        "    ports:",
        '      - "6791:6791"',
        "    environment:",
        "      - NEXT_PUBLIC_DEPLOYMENT_URL=http://127.0.0.1:3210",
        "  seed:",
        "    image: node:20",
        "    working_dir: /app",
        "    command: npx convex import --replace seed.zip",
        "    environment:",
        "      CONVEX_SELF_HOSTED_URL: http://backend:3210",
        '      CONVEX_SELF_HOSTED_ADMIN_KEY: "%s"' % S.bare("yaml"),
        "volumes:",
        "  data:")


# ---------------------------------------------------------------------------
# positive templates: Yjs / Hocuspocus, Tiptap, Replicache
# ---------------------------------------------------------------------------

@pos("hocus_jwt", False)
def hocus_server(r, S):
    pr = pick(r, [1234, 8080, 4444, 3001])
    return pfx(r, ["", "collab-server/", "apps/collab/"]) + pick(r, ["src/server.ts", "server.ts"]), J(
        'import { Server } from "@hocuspocus/server";',
        'import { Database } from "@hocuspocus/extension-database";',
        'import jwt from "jsonwebtoken";',
        'import { loadDoc, storeDoc } from "./storage";',
        "",
        "const server = new Server({",
        "  port: %d," % pr,
        "  debounce: 2000,",
        "  extensions: [new Database({ fetch: loadDoc, store: storeDoc })],",
        "  async onAuthenticate({ token, documentName }) {",
        "    const claims = jwt.verify(token, %s) as { sub: string; docs: string[] };" % S.lit("ts"),
        "    if (!claims.docs.includes(documentName)) {",
        '      throw new Error("forbidden");',
        "    }",
        "    return { user: { id: claims.sub } };",
        "  },",
        "});",
        "",
        "server.listen();")


@pos("hocus_jwt", False)
def hocus_toml(r, S):
    return pick(r, ["config/collab.toml", "crates/sync-server/config/production.toml"]), J(
        "[server]",
        'bind = "0.0.0.0:%d"' % pick(r, [8080, 9000, 7000]),
        "max_connections = %d" % pick(r, [2000, 5000, 10000]),
        "",
        "[storage]",
        'backend = "s3"',
        'bucket = "%s-yjs-docs"' % proj(r),
        'region = "%s"' % pick(r, REGIONS),
        "",
        "[auth]",
        'issuer = "https://auth.%s.dev"' % pick(r, ORGS),
        "jwt_secret = %s" % S.lit("toml"),
        "leeway_seconds = 30")


@pos("hocus_jwt", False)
def hocus_rust(r, S):
    if S.positive:
        decl = ["const JWT_SECRET: &[u8] = b%s;" % S.lit("rust"), ""]
        keyline = "    let key = DecodingKey::from_secret(JWT_SECRET);"
    else:
        decl = []
        keyline = "    let key = DecodingKey::from_secret(%s.as_bytes());" % S.lit("rust")
    return pfx(r, ["", "crates/collab/"]) + "src/auth.rs", J(*(
        ["use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};",
         "use serde::Deserialize;",
         "",
         "#[derive(Debug, Deserialize)]",
         "pub struct Claims {",
         "    pub sub: String,",
         "    pub doc: String,",
         "    pub exp: usize,",
         "}",
         ""] + decl +
        ["pub fn verify(token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {",
         keyline,
         "    decode::<Claims>(token, &key, &Validation::new(Algorithm::HS256)).map(|d| d.claims)",
         "}"]))


@pos("hocus_jwt", False)
def yjs_deno(r, S):
    return pick(r, ["deno/ws-server.ts", "edge/yjs-relay.ts", "main.ts"]), J(
        'import { jwtVerify } from "jsr:@panva/jose@6";',
        "",
        "const secret = new TextEncoder().encode(%s);" % S.lit("deno"),
        "const rooms = new Map<string, Set<WebSocket>>();",
        "",
        "Deno.serve({ port: %d }, async (req) => {" % pick(r, [8000, 8787, 1234]),
        "  const url = new URL(req.url);",
        '  const token = url.searchParams.get("token") ?? "";',
        "  try {",
        "    await jwtVerify(token, secret);",
        "  } catch {",
        '    return new Response("unauthorized", { status: 401 });',
        "  }",
        '  const room = url.pathname.slice(1) || "default";',
        "  const { socket, response } = Deno.upgradeWebSocket(req);",
        "  socket.onopen = () => rooms.set(room, (rooms.get(room) ?? new Set()).add(socket));",
        "  socket.onmessage = (e) => rooms.get(room)?.forEach((s) => s !== socket && s.send(e.data));",
        "  socket.onclose = () => rooms.get(room)?.delete(socket);",
        "  return response;",
        "});")


@pos("hocus_jwt", True)
def hocus_supervisor_ini(r, S):
    return pick(r, ["deploy/supervisord.conf", "ops/supervisor/collab.conf"]), J(
        "[program:collab]",
        "command=/usr/bin/node /srv/collab/dist/server.js",
        "directory=/srv/collab",
        "autostart=true",
        "autorestart=true",
        "stopsignal=TERM",
        'environment=NODE_ENV="production",PORT="1234",HOCUSPOCUS_JWT_SECRET="%s"' % S.bare("ini"),
        "stdout_logfile=/var/log/collab/out.log",
        "stderr_logfile=/var/log/collab/err.log")


@pos("tiptap_secret", False)
def tiptap_route(r, S):
    app = rs(r, LOWER_ALNUM, 8)
    return pfx(r, ["", "apps/editor/", "src/"]) + "app/api/collab-token/route.ts", J(
        'import jsonwebtoken from "jsonwebtoken";',
        'import { auth } from "@/auth";',
        "",
        'export const TIPTAP_APP_ID = "%s";' % app,
        "",
        "export async function GET() {",
        "  const session = await auth();",
        "  if (!session?.user) {",
        '    return Response.json({ error: "unauthorized" }, { status: 401 });',
        "  }",
        "  const token = jsonwebtoken.sign(",
        "    { sub: session.user.id, allowedDocumentNames: [`${session.user.orgId}/*`] },",
        "    %s," % S.lit("ts"),
        '    { expiresIn: "2h" },',
        "  );",
        "  return Response.json({ token, appId: TIPTAP_APP_ID });",
        "}")


@pos("tiptap_secret", True)
def tiptap_env(r, S):
    return pick(r, [".env.production", "apps/editor/.env.local", ".env"]), J(
        "NEXT_PUBLIC_TIPTAP_COLLAB_APP_ID=%s" % rs(r, LOWER_ALNUM, 8),
        "TIPTAP_COLLAB_SECRET=%s" % S.bare("env"),
        "NEXT_PUBLIC_SENTRY_DSN=",
        "NEXTAUTH_URL=https://docs.%s.com" % pick(r, ORGS))


@pos("tiptap_pem", False)
def tiptap_pem_ts(r, S):
    return pick(r, ["lib/tiptap/signing-key.ts", "src/server/tiptapKey.ts"]), J(
        'import { importPKCS8, SignJWT } from "jose";',
        "",
        "// ES256 key pair created in the Tiptap dashboard (Settings -> Authentication)",
        "const PRIVATE_KEY_PEM = `",
        S.pem_block(),
        "`;",
        "",
        'export async function signDocumentToken(userId: string, envId: string) {',
        '  const key = await importPKCS8(PRIVATE_KEY_PEM.trim(), "ES256");',
        "  return new SignJWT({ permissions: [\"Documents:Write\"] })",
        '    .setProtectedHeader({ alg: "ES256" })',
        "    .setSubject(userId)",
        "    .setIssuer(envId)",
        '    .setAudience("Documents")',
        '    .setExpirationTime("1h")',
        "    .sign(key);",
        "}")


@pos("replicache_lic", False)
def replicache_client(r, S):
    return pfx(r, ["", "apps/web/", "client/"]) + pick(r, ["src/replicache.ts", "src/rep.ts"]), J(
        'import { Replicache } from "replicache";',
        'import { mutators } from "./mutators";',
        "",
        "export function createReplicache(userID: string) {",
        "  return new Replicache({",
        "    name: `%s-${userID}`," % proj(r),
        "    licenseKey: %s," % S.lit("ts"),
        "    mutators,",
        '    pushURL: "/api/replicache/push",',
        '    pullURL: "/api/replicache/pull",',
        "    logLevel: \"error\",",
        "  });",
        "}")


@pos("replicache_lic", True)
def replicache_json(r, S):
    return pick(r, ["config/replicache.json", "app.config.json"]), json.dumps({
        "name": proj(r),
        "REPLICACHE_LICENSE_KEY": S.bare("json"),
        "pushURL": "/api/replicache/push",
        "pullURL": "/api/replicache/pull",
        "pullInterval": pick(r, [60000, 30000, None]),
        "schemaVersion": str(r.randrange(1, 9)),
    }, indent=2) + "\n"


# ---------------------------------------------------------------------------
# positive templates: ElectricSQL, PowerSync
# ---------------------------------------------------------------------------

@pos("electric_secret", True)
def electric_compose(r, S):
    return pick(r, ["docker-compose.yml", "deploy/electric/compose.yaml"]), J(
        "services:",
        "  postgres:",
        "    image: postgres:16-alpine",
        "    environment:",
        "      POSTGRES_DB: electric",
        "      POSTGRES_USER: postgres",
        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
        "    command: -c wal_level=logical",
        "    secrets: [pg_password]",
        "  electric:",
        "    image: electricsql/electric:%s" % pick(r, ["latest", "1.0.9", "canary"]),
        "    environment:",
        "      DATABASE_URL_FILE: /run/secrets/database_url",
        "      ELECTRIC_SECRET: %s" % S.bare("yaml"),
        "    ports:",
        '      - "3000:3000"',
        "    depends_on: [postgres]",
        "    secrets: [database_url]",
        "secrets:",
        "  pg_password:",
        "    file: ./secrets/pg_password.txt",
        "  database_url:",
        "    file: ./secrets/database_url.txt")


@pos("electric_secret", False)
def electric_proxy_route(r, S):
    return pfx(r, ["", "apps/web/", "src/"]) + "app/api/shape/route.ts", J(
        'const ELECTRIC_URL = process.env.ELECTRIC_URL ?? "http://localhost:3000";',
        "",
        "export async function GET(request: Request) {",
        "  const url = new URL(request.url);",
        "  const origin = new URL(`${ELECTRIC_URL}/v1/shape`);",
        "  url.searchParams.forEach((value, key) => {",
        '    if (["live", "handle", "offset", "cursor"].includes(key)) {',
        "      origin.searchParams.set(key, value);",
        "    }",
        "  });",
        '  origin.searchParams.set("table", "todos");',
        '  origin.searchParams.set("secret", %s);' % S.lit("ts"),
        "",
        "  const res = await fetch(origin);",
        "  const headers = new Headers(res.headers);",
        '  headers.delete("content-encoding");',
        "  return new Response(res.body, { status: res.status, headers });",
        "}")


@pos("electric_jwt", True)
def electric_legacy_sh(r, S):
    return pick(r, ["scripts/run-electric.sh", "dev/start-sync.sh"]), J(
        "#!/usr/bin/env bash",
        "# legacy Electric (0.x) sync service with secure auth mode",
        "docker run --rm -it \\",
        "  -e DATABASE_URL=\"postgresql://postgres@host.docker.internal:5432/%s\" \\" % proj(r).replace("-", "_"),
        "  -e LOGICAL_PUBLISHER_HOST=localhost \\",
        "  -e AUTH_MODE=secure \\",
        "  -e AUTH_JWT_ALG=HS512 \\",
        "  -e AUTH_JWT_KEY='%s' \\" % S.bare("shell"),
        "  -p 5133:5133 -p 5433:5433 \\",
        "  electricsql/electric:0.12")


@pos("electric_pg", False)
def electric_helm_values(r, S):
    return pick(r, ["deploy/helm/electric/values.yaml", "charts/sync/values-prod.yaml"]), J(
        "replicaCount: 1",
        "image:",
        "  repository: electricsql/electric",
        '  tag: "1.0.9"',
        "service:",
        "  type: ClusterIP",
        "  port: 3000",
        "env:",
        "  DATABASE_URL: postgresql://electric:%s@%s.%s.rds.amazonaws.com:5432/app?sslmode=require" % (
            S.bare("url"), proj(r), pick(r, REGIONS)),
        "  ELECTRIC_STORAGE_DIR: /var/lib/electric",
        "  ELECTRIC_SECRET: ${ELECTRIC_SECRET}",
        "persistence:",
        "  enabled: true",
        "  size: 20Gi",
        "resources:",
        "  limits:",
        "    memory: 2Gi")


@pos("powersync_k", False)
def powersync_yaml_jwks(r, S):
    return pick(r, ["powersync/config.yaml", "config/powersync.yaml", "powersync.yaml"]), J(
        "replication:",
        "  connections:",
        "    - type: postgresql",
        "      uri: !env PS_DATA_SOURCE_URI",
        "      sslmode: verify-full",
        "",
        "storage:",
        "  type: mongodb",
        "  uri: mongodb://mongo:27017/powersync",
        "",
        "port: 8080",
        "",
        "sync_rules:",
        "  path: sync_rules.yaml",
        "",
        "client_auth:",
        "  jwks:",
        "    keys:",
        "      - kty: oct",
        "        alg: HS256",
        "        kid: %s" % pick(r, ["powersync-dev", "backend-2024", "api-hs256"]),
        "        k: %s" % S.bare("yaml"),
        "  audience: ['powersync-dev', 'powersync']")


@pos("powersync_pg", False)
def powersync_yaml_uri(r, S):
    return pick(r, ["powersync/service.yaml", "config/powersync-prod.yaml"]), J(
        "replication:",
        "  connections:",
        "    - type: postgresql",
        "      uri: postgresql://powersync_role:%s@db.%s.internal:5432/%s" % (
            S.bare("url"), proj(r), proj(r).replace("-", "_")),
        "      sslmode: disable",
        "",
        "storage:",
        "  type: postgresql",
        "  uri: !env PS_STORAGE_URI",
        "",
        "client_auth:",
        "  jwks_uri: https://auth.%s.dev/.well-known/jwks.json" % pick(r, ORGS),
        "  audience: ['powersync']")


@pos("powersync_k", False)
def powersync_token_endpoint(r, S):
    return pfx(r) + pick(r, ["src/routes/powersync-token.ts", "api/powersync/token.ts"]), J(
        'import { SignJWT } from "jose";',
        'import type { Request, Response } from "express";',
        "",
        'const key = Buffer.from(%s, "base64url");' % S.lit("ts"),
        "",
        "export async function powersyncToken(req: Request, res: Response) {",
        "  const token = await new SignJWT({})",
        '    .setProtectedHeader({ alg: "HS256", kid: "backend" })',
        "    .setSubject(req.user.id)",
        "    .setIssuedAt()",
        '    .setAudience("powersync")',
        '    .setExpirationTime("5m")',
        "    .sign(key);",
        "  res.json({ token, endpoint: process.env.POWERSYNC_URL });",
        "}")


@pos("powersync_supa", True)
def powersync_supabase(r, S):
    return pick(r, ["powersync/config.yaml", "self-host/powersync.yaml"]), J(
        "replication:",
        "  connections:",
        "    - type: postgresql",
        "      uri: !env PS_DATA_SOURCE_URI",
        "",
        "client_auth:",
        "  supabase: true",
        "  supabase_jwt_secret: %s" % S.bare("yaml"),
        "",
        "api:",
        "  tokens:",
        "    - !env PS_ADMIN_TOKEN")


# ---------------------------------------------------------------------------
# positive templates: InstantDB, Firebase RTDB, Colyseus
# ---------------------------------------------------------------------------

@pos("instant_admin", False)
def instant_seed(r, S):
    return pick(r, ["scripts/seed.ts", "scripts/backfill-goals.ts"]), J(
        'import { init, id } from "@instantdb/admin";',
        "",
        "const db = init({",
        '  appId: "%s",' % uuid4(r),
        "  adminToken: %s," % S.lit("ts"),
        "});",
        "",
        "async function main() {",
        "  const goals = [\"Ship multiplayer cursors\", \"Offline mode\", \"Comments\"];",
        "  await db.transact(",
        "    goals.map((title) => db.tx.goals[id()].update({ title, createdAt: Date.now() })),",
        "  );",
        '  console.log("seeded", goals.length, "goals");',
        "}",
        "",
        "main();")


@pos("instant_admin", False)
def instant_curl_md(r, S):
    return pick(r, ["docs/admin-api.md", "docs/instant.md"]), J(
        "# Querying production data",
        "",
        "Use the admin HTTP API for one-off investigations (read only, please):",
        "",
        "```shell",
        'curl -X POST "https://api.instantdb.com/admin/query" \\',
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Bearer %s" \\' % S.bare("md"),
        '  -H "App-Id: %s" \\' % uuid4(r),
        "  -d '{\"query\":{\"goals\":{}}}'",
        "```",
        "",
        "Results are paginated by default; add `$: {limit: 100}` to the query for more.")


@pos("instant_admin", True)
def instant_env(r, S):
    return pick(r, [".env", ".env.local"]), J(
        "NEXT_PUBLIC_INSTANT_APP_ID=%s" % uuid4(r),
        "INSTANT_APP_ADMIN_TOKEN=%s" % S.bare("env"),
        "NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com")


@pos("firebase_secret", False)
def firebase_py_rest(r, S):
    db = "%s-%s-default-rtdb" % (proj(r), rs(r, LOWER_ALNUM, 5))
    return pick(r, ["tools/export_presence.py", "scripts/rtdb_backup.py"]), J(
        "import json",
        "import sys",
        "",
        "import requests",
        "",
        'DB_URL = "https://%s.firebaseio.com"' % db,
        "",
        "",
        "def export(path):",
        '    resp = requests.get(f"{DB_URL}/{path}.json", params={"auth": %s, "shallow": "false"})' % S.lit("py"),
        "    resp.raise_for_status()",
        "    return resp.json()",
        "",
        "",
        'if __name__ == "__main__":',
        '    json.dump(export(sys.argv[1] if len(sys.argv) > 1 else "presence"), sys.stdout, indent=2)')


@pos("firebase_secret", False)
def firebase_token_gen(r, S):
    return pfx(r) + pick(r, ["server/firebaseToken.js", "lib/rtdb-auth.js"]), J(
        'const FirebaseTokenGenerator = require("firebase-token-generator");',
        "",
        "const tokenGenerator = new FirebaseTokenGenerator(%s);" % S.lit("js"),
        "",
        "module.exports = function issueToken(user) {",
        "  return tokenGenerator.createToken(",
        "    { uid: user.id, room: user.roomId },",
        "    { expires: Math.floor(Date.now() / 1000) + 3600 }",
        "  );",
        "};")


@pos("firebase_secret", False)
def firebase_log(r, S):
    db = "%s-default-rtdb" % proj(r)
    lines = []
    for i in range(r.randrange(3, 6)):
        lines.append('%s INFO  sync-worker GET https://%s.firebaseio.com/rooms/%s.json 200 %dms' % (
            ts(r), db, rs(r, LOWER_ALNUM, 10), r.randrange(20, 300)))
    lines.append('%s DEBUG sync-worker GET https://%s.firebaseio.com/presence.json?auth=%s&shallow=true 200 %dms' % (
        ts(r), db, S.bare("log"), r.randrange(20, 300)))
    lines.append('%s INFO  sync-worker wrote %d presence rows' % (ts(r), r.randrange(10, 900)))
    return pick(r, ["logs/sync-worker.log", "var/log/rtdb-sync.log"]), "\n".join(lines) + "\n"


@pos("colyseus_pw", False)
def colyseus_monitor(r, S):
    return pfx(r, ["", "server/"]) + pick(r, ["src/app.config.ts", "app.config.ts"]), J(
        'import config from "@colyseus/tools";',
        'import { monitor } from "@colyseus/monitor";',
        'import basicAuth from "express-basic-auth";',
        'import { MyRoom } from "./rooms/MyRoom";',
        "",
        "const monitorAuth = basicAuth({",
        "  users: { admin: %s }," % S.lit("ts"),
        "  challenge: true,",
        "});",
        "",
        "export default config({",
        "  initializeGameServer: (gameServer) => {",
        '    gameServer.define("%s", MyRoom);' % pick(r, ["battle", "lobby", "race", "arena"]),
        "  },",
        "  initializeExpress: (app) => {",
        '    app.use("/colyseus", monitorAuth, monitor());',
        "  },",
        "});")


@pos("colyseus_jwt", True)
def colyseus_pm2(r, S):
    return "ecosystem.config.js", J(
        "module.exports = {",
        "  apps: [",
        "    {",
        '      name: "%s-game",' % proj(r),
        '      script: "build/index.js",',
        "      instances: %d," % pick(r, [1, 2, 4]),
        '      exec_mode: "fork",',
        "      env_production: {",
        '        NODE_ENV: "production",',
        "        PORT: 2567,",
        "        JWT_SECRET: %s," % S.lit("js"),
        "      },",
        "    },",
        "  ],",
        "};")


# ---------------------------------------------------------------------------
# positive templates: Nakama
# ---------------------------------------------------------------------------

NAKAMA_FIELD = {"nakama_server_key": ("socket", "server_key"),
                "nakama_http_key": ("runtime", "http_key"),
                "nakama_enc": ("session", "encryption_key"),
                "nakama_console_pw": ("console", "password"),
                "nakama_signing": ("console", "signing_key")}


@pos(["nakama_server_key", "nakama_http_key", "nakama_enc", "nakama_console_pw",
      "nakama_signing"], False)
def nakama_config_yml(r, S):
    section, field = NAKAMA_FIELD[S.key]
    sec = {"name": ["name: nakama1", "data_dir: \"./data/\""],
           "logger": ["logger:", "  stdout: false", "  level: \"%s\"" % pick(r, ["info", "warn",
                                                                                "debug"]),
                      "  file: \"/nakama/data/logfile.log\""],
           "socket": ["socket:", "  max_message_size_bytes: 4096", "  read_timeout_ms: 10000"],
           "session": ["session:", "  token_expiry_sec: %d" % pick(r, [7200, 3600, 86400])],
           "runtime": ["runtime:", "  js_entrypoint: \"build/index.js\""],
           "console": ["console:", "  port: 7351", "  username: \"%s\"" % pick(r, ["admin",
                                                                                   "ops"])]}
    sec[section].append('  %s: "%s"' % (field, S.bare("yaml")))
    out = []
    for k in ["name", "logger", "socket", "session", "runtime", "console"]:
        out.extend(sec[k])
        out.append("")
    return pick(r, ["nakama/config.yml", "data/nakama-config.yml", "local.yml"]), "\n".join(out)


@pos(["nakama_server_key", "nakama_console_pw", "nakama_enc"], False)
def nakama_compose_cmd(r, S):
    flag = {"nakama_server_key": "--socket.server_key", "nakama_console_pw": "--console.password",
            "nakama_enc": "--session.encryption_key"}[S.key]
    return pick(r, ["docker-compose.yml", "nakama/docker-compose.yml"]), J(
        "version: '3'",
        "services:",
        "  postgres:",
        "    image: postgres:12.2-alpine",
        "    environment:",
        "      - POSTGRES_DB=nakama",
        "      - POSTGRES_HOST_AUTH_METHOD=trust",
        "    volumes:",
        "      - data:/var/lib/postgresql/data",
        "  nakama:",
        "    image: registry.heroiclabs.com/heroiclabs/nakama:3.%d.0" % r.randrange(17, 25),
        "    entrypoint:",
        "      - \"/bin/sh\"",
        "      - \"-ecx\"",
        "      - >",
        "        /nakama/nakama migrate up --database.address postgres@postgres:5432/nakama &&",
        "        exec /nakama/nakama --name nakama1 --database.address postgres@postgres:5432/nakama",
        "        --logger.level DEBUG --session.token_expiry_sec 7200 %s %s" % (flag, S.bare("shell")),
        "    restart: always",
        "    depends_on:",
        "      - postgres",
        "    ports:",
        '      - "7350:7350"',
        '      - "7351:7351"',
        "volumes:",
        "  data:")


@pos("nakama_server_key", False)
def nakama_unity_cs(r, S):
    host = "%s.%s.io" % (pick(r, ["game", "api", "play"]), proj(r).replace("-", ""))
    return pick(r, ["Assets/Scripts/Net/NakamaConnection.cs", "Assets/Game/Networking/Backend.cs"]), J(
        "using System.Threading.Tasks;",
        "using Nakama;",
        "using UnityEngine;",
        "",
        "public class NakamaConnection : MonoBehaviour",
        "{",
        '    private const string Scheme = "https";',
        '    private const string Host = "%s";' % host,
        "    private const int Port = 443;",
        "",
        "    public IClient Client { get; private set; }",
        "    public ISession Session { get; private set; }",
        "",
        "    private void Awake()",
        "    {",
        "        Client = new Client(Scheme, Host, Port, %s, UnityWebRequestAdapter.Instance);" % S.lit("cs"),
        "    }",
        "",
        "    public async Task Login()",
        "    {",
        "        var deviceId = SystemInfo.deviceUniqueIdentifier;",
        "        Session = await Client.AuthenticateDeviceAsync(deviceId);",
        "    }",
        "}")


@pos("nakama_http_key", False)
def nakama_go_rpc(r, S):
    return pfx(r, ["", "internal/rewards/"]) + "grant.go", J(
        "package rewards",
        "",
        "import (",
        '\t"bytes"',
        '\t"encoding/json"',
        '\t"fmt"',
        '\t"net/http"',
        ")",
        "",
        "// Grant calls the server-to-server RPC registered by the Nakama runtime module.",
        "func Grant(userID string, coins int) error {",
        '\tbody, _ := json.Marshal(map[string]any{"user_id": userID, "coins": coins})',
        '\turl := "http://nakama:7350/v2/rpc/grant_reward?http_key=%s&unwrap"' % S.bare("go"),
        '\tresp, err := http.Post(url, "application/json", bytes.NewReader(body))',
        "\tif err != nil {",
        "\t\treturn err",
        "\t}",
        "\tdefer resp.Body.Close()",
        "\tif resp.StatusCode != http.StatusOK {",
        '\t\treturn fmt.Errorf("grant_reward: %s", resp.Status)',
        "\t}",
        "\treturn nil",
        "}")


# ---------------------------------------------------------------------------
# positive templates: PlayCanvas, Socket.IO admin UI
# ---------------------------------------------------------------------------

@pos("playcanvas", False)
def playcanvas_node(r, S):
    pid = r.randrange(100000, 1999999)
    return pick(r, ["scripts/download-build.mjs", "tools/pc-export.js"]), J(
        "// Kick off a PlayCanvas app download job and poll until it is ready.",
        "const pcToken = %s;" % S.lit("js"),
        "const projectId = %d;" % pid,
        "",
        "async function api(path, init = {}) {",
        "  const res = await fetch(`https://playcanvas.com/api${path}`, {",
        "    ...init,",
        "    headers: { Authorization: `Bearer ${pcToken}`, \"Content-Type\": \"application/json\" },",
        "  });",
        "  if (!res.ok) throw new Error(`${path}: ${res.status}`);",
        "  return res.json();",
        "}",
        "",
        "const job = await api(\"/apps/download\", {",
        '  method: "POST",',
        '  body: JSON.stringify({ project_id: projectId, name: "web-build", scenes: [%d] }),' % r.randrange(10 ** 6, 10 ** 7),
        "});",
        "console.log(\"job\", job.id);")


@pos("playcanvas", False)
def playcanvas_gha(r, S):
    return ".github/workflows/playcanvas-build.yml", J(
        "name: PlayCanvas export",
        "on:",
        "  workflow_dispatch:",
        "jobs:",
        "  export:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - name: Request build",
        "        run: |",
        "          curl -sf -X POST https://playcanvas.com/api/apps/download \\",
        '            -H "Authorization: Bearer %s" \\' % S.bare("gha"),
        '            -H "Content-Type: application/json" \\',
        "            -d '{\"project_id\": %d, \"name\": \"ci\", \"scenes\": []}'" % r.randrange(100000, 1999999))


@pos("playcanvas", True)
def playcanvas_pcconfig(r, S):
    return pick(r, ["pcconfig.json", ".pcconfig"]), json.dumps({
        "PLAYCANVAS_API_KEY": S.bare("json"),
        "PLAYCANVAS_USER_ID": r.randrange(10000, 999999),
        "PLAYCANVAS_PROJECT_ID": r.randrange(100000, 1999999),
        "PLAYCANVAS_BRANCH_ID": uuid4(r),
        "PLAYCANVAS_TARGET_DIR": "./src",
        "PLAYCANVAS_BAD_FILE_REG": "^\\.|~$",
        "PLAYCANVAS_BAD_FOLDER_REG": "\\.",
    }, indent=2) + "\n"


@pos("sio_admin_pw", False)
def sio_instrument(r, S):
    return pfx(r) + pick(r, ["src/io.ts", "server/socket.js", "src/sockets/index.ts"]), J(
        'import { Server } from "socket.io";',
        'import { instrument } from "@socket.io/admin-ui";',
        'import bcrypt from "bcryptjs";',
        'import { httpServer } from "./http";',
        "",
        "export const io = new Server(httpServer, {",
        '  cors: { origin: ["https://admin.socket.io"], credentials: true },',
        "});",
        "",
        "instrument(io, {",
        "  auth: {",
        '    type: "basic",',
        '    username: "%s",' % pick(r, ["admin", "ops", "monitor"]),
        ("    password: \"%s\", // \"changeit\" encrypted with bcrypt" % SOCKETIO_DOC_HASH
         if (not S.positive and S.mode == "docex" and r.random() < 0.5) else
         "    password: bcrypt.hashSync(%s, 10)," % S.lit("ts")),
        "  },",
        '  mode: "%s",' % pick(r, ["production", "development"]),
        "});")


@pos("sio_admin_pw", True)
def sio_compose(r, S):
    return pick(r, ["docker-compose.yml", "deploy/compose.chat.yml"]), J(
        "services:",
        "  chat:",
        "    build: ./chat",
        "    environment:",
        "      PORT: \"3001\"",
        "      REDIS_HOST: redis",
        "      SOCKET_IO_ADMIN_USER: admin",
        "      SOCKET_IO_ADMIN_PASSWORD: \"%s\"" % S.bare("yaml"),
        "    ports:",
        '      - "3001:3001"',
        "  redis:",
        "    image: redis:7")


# ---------------------------------------------------------------------------
# positive templates: Centrifugo
# ---------------------------------------------------------------------------

CENT_V5 = {"centrifugo_hmac": "token_hmac_secret_key", "centrifugo_api": "api_key",
           "centrifugo_admin_pw": "admin_password", "centrifugo_admin_secret": "admin_secret"}


@pos(["centrifugo_hmac", "centrifugo_api", "centrifugo_admin_pw", "centrifugo_admin_secret"], False)
def centrifugo_v5_json(r, S):
    origin = "https://%s.%s.com" % (pick(r, ["app", "chat", "play"]), pick(r, ORGS))
    lines = ["{", '  "log_level": "%s",' % pick(r, ["info", "debug"]),
             '  "allowed_origins": ["%s"],' % origin]
    if S.key.startswith("centrifugo_admin"):
        lines.append('  "admin": true,')
    lines.append('  "%s": %s,' % (CENT_V5[S.key], S.lit("json")))
    lines += ['  "presence": true,', '  "history_size": %d,' % pick(r, [10, 50, 100]),
              '  "history_ttl": "%ds",' % pick(r, [60, 300, 600]),
              '  "namespaces": [', '    { "name": "chat", "presence": true, "join_leave": true },',
              '    { "name": "cursor", "history_size": 0 }', "  ]", "}"]
    return pick(r, ["centrifugo/config.json", "config.json", "deploy/centrifugo.json"]), \
        "\n".join(lines) + "\n"


@pos(["centrifugo_hmac", "centrifugo_api", "centrifugo_admin_pw", "centrifugo_admin_secret"], False)
def centrifugo_v6_json(r, S):
    c = {"client": {"allowed_origins": ["https://%s.%s.dev" % (pick(r, ["app", "live"]),
                                                               pick(r, ORGS))]},
         "channel": {"namespaces": [{"name": "rooms", "presence": True,
                                     "history_size": 20, "history_ttl": "300s"}]},
         "log": {"level": "info"}}
    if S.key == "centrifugo_hmac":
        c["client"]["token"] = {"hmac_secret_key": "@@S@@"}
    elif S.key == "centrifugo_api":
        c["http_api"] = {"key": "@@S@@"}
    elif S.key == "centrifugo_admin_pw":
        c["admin"] = {"enabled": True, "password": "@@S@@", "secret": "${CENTRIFUGO_ADMIN_SECRET}"}
    else:
        c["admin"] = {"enabled": True, "password": "${CENTRIFUGO_ADMIN_PASSWORD}", "secret": "@@S@@"}
    text = json.dumps(c, indent=2) + "\n"
    return pick(r, ["centrifugo/config.json", "infra/centrifugo/config.json"]), \
        text.replace('"@@S@@"', S.lit("json"))


@pos("centrifugo_api", False)
def centrifugo_py_publish(r, S):
    return pick(r, ["app/realtime/centrifugo.py", "backend/notify.py"]), J(
        "import httpx",
        "",
        'CENTRIFUGO_URL = "http://centrifugo:8000/api"',
        "",
        "",
        "async def publish(channel: str, data: dict) -> None:",
        "    async with httpx.AsyncClient(timeout=5) as client:",
        "        resp = await client.post(",
        '            f"{CENTRIFUGO_URL}/publish",',
        '            json={"channel": channel, "data": data},',
        '            headers={"X-API-Key": %s},' % S.lit("py"),
        "        )",
        "        resp.raise_for_status()")


@pos(["centrifugo_hmac", "centrifugo_api"], True)
def centrifugo_k8s_env(r, S):
    return pick(r, ["k8s/centrifugo/deployment.yaml", "deploy/centrifugo.yaml"]), J(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: centrifugo",
        "spec:",
        "  replicas: %d" % pick(r, [2, 3]),
        "  selector:",
        "    matchLabels: { app: centrifugo }",
        "  template:",
        "    metadata:",
        "      labels: { app: centrifugo }",
        "    spec:",
        "      containers:",
        "        - name: centrifugo",
        "          image: centrifugo/centrifugo:v5",
        "          args: [\"centrifugo\", \"--health\", \"--prometheus\"]",
        "          env:",
        "            - name: CENTRIFUGO_ENGINE",
        "              value: redis",
        "            - name: CENTRIFUGO_REDIS_ADDRESS",
        "              value: redis://redis:6379",
        "            - name: %s" % S.var,
        "              value: \"%s\"" % S.bare("yaml"),
        "          ports:",
        "            - containerPort: 8000")


@pos("centrifugo_hmac", False)
def centrifugo_go_token(r, S):
    return pfx(r, ["", "internal/auth/"]) + "centrifugo_token.go", J(
        "package auth",
        "",
        "import (",
        '\t"time"',
        "",
        '\t"github.com/golang-jwt/jwt/v5"',
        ")",
        "",
        "// ConnectionToken returns a JWT that the browser passes to centrifuge-js.",
        "func ConnectionToken(userID string) (string, error) {",
        "\tclaims := jwt.MapClaims{",
        '\t\t"sub": userID,',
        '\t\t"exp": time.Now().Add(15 * time.Minute).Unix(),',
        "\t}",
        "\ttoken := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)",
        "\treturn token.SignedString([]byte(%s))" % S.lit("go"),
        "}")


@pos("centrifugo_api", True)
def centrifugo_dockerfile(r, S):
    return pick(r, ["Dockerfile", "centrifugo/Dockerfile", "docker/centrifugo.Dockerfile"]), J(
        "FROM centrifugo/centrifugo:v5.%d" % r.randrange(0, 5),
        "",
        "COPY config.json /centrifugo/config.json",
        "ENV CENTRIFUGO_LOG_LEVEL=info \\",
        "    CENTRIFUGO_PROMETHEUS=1",
        "ENV CENTRIFUGO_API_KEY=%s" % S.bare("docker"),
        "",
        "EXPOSE 8000",
        'CMD ["centrifugo", "-c", "/centrifugo/config.json"]')


# ---------------------------------------------------------------------------
# positive templates: Mercure
# ---------------------------------------------------------------------------

@pos("mercure_key", False)
def mercure_caddyfile(r, S):
    return pick(r, ["Caddyfile", "mercure/Caddyfile", "docker/mercure/Caddyfile"]), J(
        "{",
        "\t{$GLOBAL_OPTIONS}",
        "}",
        "",
        "{$SERVER_NAME:localhost}",
        "",
        "log",
        "",
        "route {",
        "\tencode zstd gzip",
        "",
        "\tmercure {",
        "\t\ttransport bolt {",
        "\t\t\tpath /data/mercure.db",
        "\t\t}",
        "\t\tpublisher_jwt %s HS256" % S.bare("caddy"),
        "\t\tsubscriber_jwt {env.MERCURE_SUBSCRIBER_JWT_KEY} HS256",
        "\t\tcors_origins https://%s.%s.com" % (pick(r, ["app", "shop"]), pick(r, ORGS)),
        "\t\tanonymous",
        "\t}",
        "",
        "\trespond /healthz 200",
        "}")


@pos("mercure_key", True)
def mercure_compose(r, S):
    return pick(r, ["compose.yaml", "docker-compose.yml"]), J(
        "services:",
        "  mercure:",
        "    image: dunglas/mercure",
        "    restart: unless-stopped",
        "    environment:",
        "      SERVER_NAME: ':80'",
        "      MERCURE_PUBLISHER_JWT_KEY: '%s'" % S.bare("yaml"),
        "      MERCURE_SUBSCRIBER_JWT_KEY: ${MERCURE_SUBSCRIBER_JWT_KEY}",
        "      MERCURE_EXTRA_DIRECTIVES: |",
        "        cors_origins http://localhost:8000",
        "    ports:",
        '      - "3000:80"',
        "    volumes:",
        "      - mercure_data:/data",
        "volumes:",
        "  mercure_data:")


@pos("mercure_key", False)
def mercure_symfony(r, S):
    return "config/packages/mercure.yaml", J(
        "mercure:",
        "    hubs:",
        "        default:",
        "            url: '%env(MERCURE_URL)%'",
        "            public_url: '%env(MERCURE_PUBLIC_URL)%'",
        "            jwt:",
        "                secret: %s" % S.lit("yaml", "'"),
        "                publish: '*'")


@pos("mercure_jwt", False)
def mercure_curl_jwt(r, S):
    topic = "https://%s.example/%s/%d" % (proj(r), pick(r, ["books", "orders", "rooms"]),
                                         r.randrange(1, 999))
    return pick(r, ["scripts/publish-update.sh", "bin/mercure-ping.sh"]), J(
        "#!/usr/bin/env bash",
        "# Manual publish to the hub, handy when debugging subscribers.",
        'HUB="${HUB:-http://localhost:3000/.well-known/mercure}"',
        "",
        'curl -sS "$HUB" \\',
        '  -H "Authorization: Bearer %s" \\' % S.bare("shell"),
        "  -d 'topic=%s' \\" % topic,
        "  -d 'data={\"status\":\"updated\"}'")


@pos("mercure_pem", True)
def mercure_pem_secret(r, S):
    return pick(r, ["k8s/mercure-keys.yaml", "deploy/mercure/secret.yaml"]), J(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: mercure-jwt",
        "type: Opaque",
        "stringData:",
        "  MERCURE_PUBLISHER_JWT_ALG: ES256",
        "  MERCURE_PUBLISHER_JWT_KEY: |",
        S.pem_block("    "))


# ---------------------------------------------------------------------------
# positive templates: PartyKit
# ---------------------------------------------------------------------------

@pos("partykit_secret", False)
def partykit_json(r, S):
    return "partykit.json", json.dumps({
        "$schema": "https://www.partykit.io/schema.json",
        "name": proj(r),
        "main": "party/server.ts",
        "compatibilityDate": "2024-%02d-01" % r.randrange(1, 12),
        "vars": {"ROOM_ADMIN_SECRET": S.bare("json"), "MAX_PLAYERS": pick(r, [4, 8, 16])},
        "serve": {"path": "public", "build": "app/client.tsx"},
    }, indent=2) + "\n"


@pos("partykit_secret", False)
def partykit_server(r, S):
    return pick(r, ["party/server.ts", "party/index.ts"]), J(
        'import type * as Party from "partykit/server";',
        "",
        "export default class Server implements Party.Server {",
        "  constructor(readonly room: Party.Room) {}",
        "",
        "  static async onBeforeRequest(req: Party.Request) {",
        '    if (req.headers.get("x-party-secret") !== %s) {' % S.lit("ts"),
        '      return new Response("Unauthorized", { status: 401 });',
        "    }",
        "    return req;",
        "  }",
        "",
        "  onMessage(message: string, sender: Party.Connection) {",
        "    this.room.broadcast(message, [sender.id]);",
        "  }",
        "}")


@pos("partykit_token", True)
def partykit_gha(r, S):
    return ".github/workflows/partykit.yml", J(
        "name: Deploy PartyKit",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with: { node-version: 20 }",
        "      - run: npm ci",
        "      - run: npx partykit deploy",
        "        env:",
        "          PARTYKIT_LOGIN: %s" % pick(r, PEOPLE),
        "          PARTYKIT_TOKEN: %s" % S.bare("gha"))


@pos("partykit_secret", False)
def partykit_deploy_vars(r, S):
    return pick(r, ["Makefile", "scripts/Makefile"]), J(
        ".PHONY: dev deploy",
        "",
        "dev:",
        "\tnpx partykit dev",
        "",
        "deploy:",
        "\tnpx partykit deploy --var ROOM_SECRET=%s --var HOST=$(HOST)" % S.bare("make"))


# ---------------------------------------------------------------------------
# positive templates: conventional variable names in deploy configs
# ---------------------------------------------------------------------------

@pos("ably_key", True)
def ably_gha_env(r, S):
    return ".github/workflows/e2e.yml", J(
        "name: e2e",
        "on: [pull_request]",
        "jobs:",
        "  playwright:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      CI: true",
        "      ABLY_API_KEY: %s" % S.bare("gha"),
        "      BASE_URL: http://localhost:3000",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with: { node-version: 20, cache: pnpm }",
        "      - run: pnpm install --frozen-lockfile",
        "      - run: pnpm exec playwright install --with-deps chromium",
        "      - run: pnpm test:e2e")


@pos("lb_secret", True)
def lb_vercel_json(r, S):
    return "vercel.json", json.dumps({
        "$schema": "https://openapi.vercel.sh/vercel.json",
        "framework": "nextjs",
        "regions": [pick(r, ["fra1", "iad1", "sfo1", "cdg1"])],
        "env": {"LIVEBLOCKS_SECRET_KEY": S.bare("json"),
                "NEXT_PUBLIC_APP_NAME": proj(r)},
        "headers": [{"source": "/(.*)", "headers": [{"key": "X-Frame-Options",
                                                     "value": "DENY"}]}],
    }, indent=2) + "\n"


@pos("pusher_secret", True)
def pusher_compose(r, S):
    app_id, key, cl = pusher_ids(r)
    return pick(r, ["docker-compose.yml", "docker/compose.app.yml"]), J(
        "services:",
        "  app:",
        "    build:",
        "      context: .",
        "      dockerfile: docker/php/Dockerfile",
        "    environment:",
        "      APP_ENV: production",
        "      BROADCAST_DRIVER: pusher",
        "      PUSHER_APP_ID: \"%s\"" % app_id,
        "      PUSHER_APP_KEY: %s" % key,
        "      PUSHER_APP_SECRET: %s" % S.bare("yaml"),
        "      PUSHER_APP_CLUSTER: %s" % cl,
        "    volumes:",
        "      - ./storage:/var/www/html/storage")


@pos("playcanvas", True)
def playcanvas_env_sh(r, S):
    return pick(r, ["scripts/env.sh", "tools/pc-env.sh"]), J(
        "#!/usr/bin/env bash",
        "# source this before running the playcanvas-sync tool",
        "export PLAYCANVAS_PROJECT_ID=%d" % r.randrange(100000, 1999999),
        "export PLAYCANVAS_BRANCH_ID=%s" % uuid4(r),
        "export PLAYCANVAS_API_TOKEN=%s" % S.bare("shell"),
        "export PLAYCANVAS_TARGET_DIR=\"$(pwd)/src\"")


@pos("instant_admin", True)
def instant_fly_toml(r, S):
    return "fly.toml", J(
        "app = \"%s-api\"" % proj(r),
        "primary_region = \"%s\"" % pick(r, ["ams", "iad", "sjc", "fra", "nrt"]),
        "",
        "[build]",
        "  dockerfile = \"Dockerfile\"",
        "",
        "[env]",
        "  PORT = \"8080\"",
        "  INSTANT_APP_ID = \"%s\"" % uuid4(r),
        "  INSTANT_APP_ADMIN_TOKEN = %s" % S.lit("toml"),
        "",
        "[http_service]",
        "  internal_port = 8080",
        "  force_https = true",
        "  auto_stop_machines = true")


@pos("firebase_secret", True)
def firebase_gha(r, S):
    return ".github/workflows/nightly-export.yml", J(
        "name: nightly RTDB export",
        "on:",
        "  schedule:",
        "    - cron: '0 3 * * *'",
        "jobs:",
        "  export:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      FIREBASE_DATABASE_URL: https://%s-default-rtdb.firebaseio.com" % proj(r),
        "      FIREBASE_DATABASE_SECRET: %s" % S.bare("gha"),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: pip install requests",
        "      - run: python tools/export_presence.py rooms > rooms.json",
        "      - uses: actions/upload-artifact@v4",
        "        with: { name: rooms, path: rooms.json }")


@pos("centrifugo_admin_pw", True)
def centrifugo_compose_admin(r, S):
    return pick(r, ["docker-compose.yml", "centrifugo/docker-compose.yml"]), J(
        "services:",
        "  centrifugo:",
        "    image: centrifugo/centrifugo:v5",
        "    command: centrifugo --admin",
        "    environment:",
        "      - CENTRIFUGO_ADMIN=true",
        "      - CENTRIFUGO_ADMIN_PASSWORD=%s" % S.bare("yaml"),
        "      - CENTRIFUGO_ADMIN_SECRET=${CENTRIFUGO_ADMIN_SECRET}",
        "      - CENTRIFUGO_ALLOWED_ORIGINS=http://localhost:5173",
        "    ports:",
        '      - "8000:8000"',
        "    ulimits:",
        "      nofile:",
        "        soft: 65535",
        "        hard: 65535")


@pos("hocus_jwt", True)
def hocus_render_yaml(r, S):
    return "render.yaml", J(
        "services:",
        "  - type: web",
        "    name: %s-collab" % proj(r),
        "    runtime: node",
        "    buildCommand: npm ci && npm run build",
        "    startCommand: node dist/server.js",
        "    envVars:",
        "      - key: NODE_VERSION",
        "        value: 20",
        "      - key: HOCUSPOCUS_JWT_SECRET",
        "        value: %s" % S.bare("yaml"),
        "      - key: DATABASE_URL",
        "        fromDatabase:",
        "          name: collab-db",
        "          property: connectionString")


@pos("tiptap_secret", True)
def tiptap_wrangler(r, S):
    return pick(r, ["wrangler.toml", "workers/collab-token/wrangler.toml"]), J(
        "name = \"%s-collab-token\"" % proj(r),
        "main = \"src/index.ts\"",
        "compatibility_date = \"2024-%02d-01\"" % r.randrange(1, 12),
        "",
        "[vars]",
        "TIPTAP_COLLAB_APP_ID = \"%s\"" % rs(r, LOWER_ALNUM, 8),
        "TIPTAP_COLLAB_SECRET = %s" % S.lit("toml"),
        "",
        "[[kv_namespaces]]",
        "binding = \"SESSIONS\"",
        "id = \"%s\"" % rhex(r, 32))


@pos("electric_secret", True)
def electric_k8s_secret(r, S):
    return pick(r, ["k8s/electric/secret.yaml", "deploy/k8s/electric-env.yaml"]), J(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: electric-env",
        "  namespace: sync",
        "type: Opaque",
        "stringData:",
        "  ELECTRIC_SECRET: \"%s\"" % S.bare("yaml"),
        "  ELECTRIC_PORT: \"3000\"",
        "  ELECTRIC_INSTANCE_ID: \"%s\"" % uuid4(r))


@pos("mercure_key", True)
def mercure_symfony_compose(r, S):
    return pick(r, ["compose.override.yaml", "docker-compose.override.yml"]), J(
        "services:",
        "  php:",
        "    environment:",
        "      MERCURE_URL: http://mercure/.well-known/mercure",
        "      MERCURE_PUBLIC_URL: https://localhost/.well-known/mercure",
        "      MERCURE_JWT_SECRET: \"%s\"" % S.bare("yaml"),
        "  mercure:",
        "    image: dunglas/mercure",
        "    environment:",
        "      MERCURE_PUBLISHER_JWT_KEY: ${MERCURE_PUBLISHER_JWT_KEY}",
        "      MERCURE_SUBSCRIBER_JWT_KEY: ${MERCURE_SUBSCRIBER_JWT_KEY}")


# ---------------------------------------------------------------------------
# negative look-alike templates (no credential at all)
# ---------------------------------------------------------------------------

@look("Liveblocks", "public_key")
def nl_lb_provider(r):
    pk = g_lb_public(r)
    return pfx(r, ["", "apps/web/", "src/"]) + pick(r, ["app/Room.tsx", "components/CollabRoom.tsx"]), J(
        '"use client";',
        "",
        'import { LiveblocksProvider, RoomProvider, ClientSideSuspense } from "@liveblocks/react/suspense";',
        'import { Editor } from "./Editor";',
        "",
        "export function Room({ roomId }: { roomId: string }) {",
        "  return (",
        '    <LiveblocksProvider publicApiKey="%s">' % pk,
        "      <RoomProvider id={roomId} initialPresence={{ cursor: null }}>",
        "        <ClientSideSuspense fallback={<div>Loading\u2026</div>}>",
        "          <Editor />",
        "        </ClientSideSuspense>",
        "      </RoomProvider>",
        "    </LiveblocksProvider>",
        "  );",
        "}")


@look("Liveblocks", "public_key")
def nl_lb_env_example(r):
    return pick(r, [".env.example", "apps/web/.env.example", ".env.sample"]), J(
        "# Copy to .env.local and fill in the values from https://liveblocks.io/dashboard",
        "NEXT_PUBLIC_LIVEBLOCKS_PUBLIC_KEY=%s" % g_lb_public(r),
        "LIVEBLOCKS_SECRET_KEY=",
        "LIVEBLOCKS_WEBHOOK_SECRET=",
        "NEXT_PUBLIC_APP_URL=http://localhost:3000")


@look("Liveblocks", "room_id")
def nl_lb_rooms_fixture(r):
    rooms = []
    for _ in range(r.randrange(3, 6)):
        rooms.append({"type": "room", "id": room_id(r), "createdAt": ts(r),
                      "lastConnectionAt": ts(r), "defaultAccesses": ["room:read"],
                      "usersAccesses": {email(r): ["room:write"]},
                      "metadata": {"title": "%s %s" % (pick(r, WORDS).capitalize(),
                                                       pick(r, ["notes", "plan", "board"]))}})
    return pick(r, ["test/fixtures/rooms.json", "__fixtures__/liveblocks-rooms.json"]), \
        json.dumps({"nextCursor": b64u(rbytes(r, 18)), "data": rooms}, indent=2) + "\n"


@look("Liveblocks", "webhook_signature")
def nl_lb_webhook_sample(r):
    return pick(r, ["test/fixtures/webhook-storageUpdated.json", "docs/webhooks/sample.json"]), \
        json.dumps({
            "headers": {"webhook-id": "msg_" + rs(r, B62, 27),
                        "webhook-timestamp": str(1700000000 + r.randrange(10 ** 7)),
                        "webhook-signature": "v1," + b64(rbytes(r, 32))},
            "body": {"type": "storageUpdated",
                     "data": {"roomId": room_id(r), "projectId": rhex(r, 24),
                              "updatedAt": ts(r)}}}, indent=2) + "\n"


@look("Pusher Channels", "app_key")
def nl_pusher_client(r):
    return pfx(r, ["", "web/", "frontend/"]) + pick(r, ["src/lib/pusher-client.ts", "resources/js/echo.js"]), J(
        'import Pusher from "pusher-js";',
        "",
        'export const pusherClient = new Pusher("%s", {' % rhex(r, 20),
        '  cluster: "%s",' % pick(r, PUSHER_CLUSTERS),
        "  forceTLS: true,",
        '  channelAuthorization: { endpoint: "/api/pusher/auth", transport: "ajax" },',
        "});",
        "",
        "export function subscribeBoard(boardId: string) {",
        "  return pusherClient.subscribe(`private-board-${boardId}`);",
        "}")


@look("Pusher Channels", "auth_signature")
def nl_pusher_auth_fixture(r):
    key = rhex(r, 20)
    sid = "%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 5, 10 ** 8))
    return pick(r, ["tests/fixtures/pusher_auth.json", "spec/fixtures/channel_auth.json"]), \
        json.dumps({"socket_id": sid, "channel_name": "private-board-%d" % r.randrange(1, 9999),
                    "response": {"auth": "%s:%s" % (key, rhex(r, 64))}}, indent=2) + "\n"


@look("Pusher Channels", "webhook_signature")
def nl_pusher_webhook_log(r):
    key = rhex(r, 20)
    lines = []
    for _ in range(r.randrange(2, 5)):
        lines.append("%s webhook POST /pusher/webhook X-Pusher-Key=%s X-Pusher-Signature=%s "
                     "events=channel_vacated status=200" % (ts(r), key, rhex(r, 64)))
    return pick(r, ["logs/webhooks.log", "var/log/pusher-webhooks.log"]), "\n".join(lines) + "\n"


@look("Pusher Channels", "app_id")
def nl_pusher_env_example(r):
    return pick(r, [".env.example", "backend/.env.example"]), J(
        "BROADCAST_DRIVER=pusher",
        "PUSHER_APP_ID=%d" % r.randrange(1000000, 1999999),
        "PUSHER_APP_KEY=%s" % rhex(r, 20),
        "PUSHER_APP_SECRET=",
        "PUSHER_APP_CLUSTER=%s" % pick(r, PUSHER_CLUSTERS),
        'VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"',
        'VITE_PUSHER_APP_CLUSTER="${PUSHER_APP_CLUSTER}"')


@look("Ably", "key_name")
def nl_ably_token_request(r):
    name = "%s.%s" % (g_ably_id(r), g_ably_id(r))
    return pick(r, ["test/fixtures/ably-token-request.json", "docs/examples/token-request.json"]), \
        json.dumps({"keyName": name, "ttl": 3600000, "timestamp": 1700000000000 + r.randrange(10 ** 9),
                    "capability": json.dumps({"doc:*": ["subscribe", "presence"]}),
                    "clientId": uuid4(r), "nonce": rhex(r, 16),
                    "mac": b64(rbytes(r, 32))}, indent=2) + "\n"


@look("Ably", "connection_id")
def nl_ably_log(r):
    lines = []
    for _ in range(r.randrange(4, 8)):
        cid = rs(r, B62 + "-_", 10) + "!" + rs(r, B62, 8)
        lines.append('{"level":"info","ts":"%s","msg":"ably connection state","state":"%s",'
                     '"connectionId":"%s","channel":"doc:%s","serial":%d}' % (
                         ts(r), pick(r, ["connected", "disconnected", "suspended"]),
                         cid, rs(r, LOWER_ALNUM, 8), r.randrange(1000)))
    return pick(r, ["logs/client-realtime.jsonl", "var/log/ably.jsonl"]), "\n".join(lines) + "\n"


@look("Convex", "deployment_name")
def nl_convex_env_example(r):
    dn = dname(r)
    return pick(r, [".env.example", ".env.local.example"]), J(
        "# Deployment used by `npx convex dev`",
        "CONVEX_DEPLOYMENT=dev:%s # team: %s, project: %s" % (dn, pick(r, ORGS), proj(r)),
        "NEXT_PUBLIC_CONVEX_URL=https://%s.convex.cloud" % dn,
        "NEXT_PUBLIC_CONVEX_SITE_URL=https://%s.convex.site" % dn)


@look("Convex", "document_id")
def nl_convex_ids(r):
    docs = []
    for _ in range(r.randrange(3, 7)):
        docs.append({"_id": rs(r, "abcdefghjkmnpqrstvwxyz0123456789", 32),
                     "_creationTime": 1.7e12 + r.randrange(10 ** 9) + 0.5,
                     "author": rs(r, "abcdefghjkmnpqrstvwxyz0123456789", 32),
                     "body": pick(r, ["first!", "lgtm", "ship it", "see thread"])})
    return pick(r, ["convex/seed/messages.json", "fixtures/convex-messages.json"]), \
        json.dumps(docs, indent=2) + "\n"


@look("Yjs", "encoded_update")
def nl_yjs_state_fixture(r):
    return pick(r, ["test/fixtures/doc-state.json", "fixtures/yjs/snapshot.json"]), json.dumps({
        "documentName": "%s/%s" % (uuid4(r), uuid4(r)),
        "stateVector": b64(rbytes(r, r.randrange(6, 20))),
        "update": b64(rbytes(r, r.randrange(120, 400))),
        "clientId": r.randrange(10 ** 8, 4 * 10 ** 9)}, indent=2) + "\n"


@look("Hocuspocus", "public_key")
def nl_hocus_public_key(r):
    return pfx(r, ["", "collab-server/"]) + "src/verify.ts", J(
        'import { importSPKI, jwtVerify } from "jose";',
        "",
        "// Public half of the auth service signing key; safe to commit.",
        "const PUBLIC_KEY = `%s`;" % pem_ec_public(r),
        "",
        "export async function verifyCollabToken(token: string) {",
        '  const key = await importSPKI(PUBLIC_KEY, "ES256");',
        '  const { payload } = await jwtVerify(token, key, { audience: "collab" });',
        "  return payload;",
        "}")


@look("Tiptap Cloud", "app_id")
def nl_tiptap_client(r):
    return pfx(r, ["", "apps/editor/"]) + pick(r, ["components/CollabEditor.tsx", "src/Editor.tsx"]), J(
        'import { TiptapCollabProvider } from "@hocuspocus/provider";',
        'import * as Y from "yjs";',
        "",
        'const APP_ID = "%s";' % rs(r, LOWER_ALNUM, 8),
        "",
        "export function connect(documentName: string, token: string) {",
        "  const doc = new Y.Doc();",
        "  const provider = new TiptapCollabProvider({",
        "    name: documentName, // e.g. %s/%s" % (uuid4(r), uuid4(r)),
        "    appId: APP_ID,",
        "    token, // fetched from /api/collab-token",
        "    document: doc,",
        "  });",
        "  return { doc, provider };",
        "}")


@look("Replicache", "test_license_key")
def nl_replicache_test(r):
    return pick(r, ["src/__tests__/replicache.test.ts", "test/rep.test.ts"]), J(
        'import { Replicache, TEST_LICENSE_KEY } from "replicache";',
        'import { expect, test } from "vitest";',
        'import { mutators } from "../mutators";',
        "",
        'test("creates a todo", async () => {',
        "  const rep = new Replicache({",
        '    name: "test-%s",' % uuid4(r),
        "    licenseKey: TEST_LICENSE_KEY,",
        "    mutators,",
        '    kvStore: "mem",',
        "  });",
        '  await rep.mutate.createTodo({ id: "%s", text: "write tests" });' % uuid4(r),
        "  const todos = await rep.query((tx) => tx.scan().values().toArray());",
        "  expect(todos).toHaveLength(1);",
        "  await rep.close();",
        "});")


@look("PowerSync", "jwks_public")
def nl_powersync_jwks(r):
    keys = []
    for _ in range(r.randrange(1, 3)):
        keys.append({"kty": "RSA", "alg": "RS256", "use": "sig",
                     "kid": "ps-%s" % rhex(r, 8), "n": rsa_n_b64u(r), "e": "AQAB"})
    return pick(r, ["public/.well-known/jwks.json", "auth/jwks.json"]), \
        json.dumps({"keys": keys}, indent=2) + "\n"


@look("PowerSync", "instance_url")
def nl_powersync_connector(r):
    return pfx(r, ["", "app/", "src/"]) + pick(r, ["lib/powersync/Connector.ts", "powersync/connector.ts"]), J(
        'import { AbstractPowerSyncDatabase, PowerSyncBackendConnector } from "@powersync/web";',
        'import { supabase } from "../supabase";',
        "",
        'const POWERSYNC_URL = "https://%s.powersync.journeyapps.com";' % rhex(r, 24),
        "",
        "export class Connector implements PowerSyncBackendConnector {",
        "  async fetchCredentials() {",
        "    const { data } = await supabase.auth.getSession();",
        "    if (!data.session) return null;",
        "    return { endpoint: POWERSYNC_URL, token: data.session.access_token };",
        "  }",
        "",
        "  async uploadData(database: AbstractPowerSyncDatabase) {",
        "    const tx = await database.getNextCrudTransaction();",
        "    if (!tx) return;",
        "    for (const op of tx.crud) {",
        "      await supabase.from(op.table).upsert({ ...op.opData, id: op.id });",
        "    }",
        "    await tx.complete();",
        "  }",
        "}")


@look("InstantDB", "app_id")
def nl_instant_client(r):
    return pfx(r, ["", "src/"]) + pick(r, ["lib/db.ts", "db/instant.ts"]), J(
        'import { init, i } from "@instantdb/react";',
        "",
        "const schema = i.schema({",
        "  entities: {",
        "    todos: i.entity({ text: i.string(), done: i.boolean(), createdAt: i.number() }),",
        "  },",
        "});",
        "",
        "// App ids are public; permissions are enforced by instant.perms.ts",
        'export const db = init({ appId: "%s", schema });' % uuid4(r))


@look("Firebase", "web_api_key")
def nl_firebase_web(r):
    pid = "%s-%s" % (proj(r), rs(r, LOWER_ALNUM, 5))
    return pfx(r, ["", "web/"]) + pick(r, ["src/firebase.ts", "lib/firebase.js"]), J(
        'import { initializeApp } from "firebase/app";',
        'import { getDatabase } from "firebase/database";',
        "",
        "// Web config: identifies the project, protected by Security Rules.",
        "const firebaseConfig = {",
        '  apiKey: "AIza%s",' % rs(r, B62 + "-_", 35),
        '  authDomain: "%s.firebaseapp.com",' % pid,
        '  databaseURL: "https://%s-default-rtdb.firebaseio.com",' % pid,
        '  projectId: "%s",' % pid,
        '  storageBucket: "%s.appspot.com",' % pid,
        '  messagingSenderId: "%d",' % r.randrange(10 ** 11, 10 ** 12),
        '  appId: "1:%d:web:%s",' % (r.randrange(10 ** 11, 10 ** 12), rhex(r, 22)),
        "};",
        "",
        "export const app = initializeApp(firebaseConfig);",
        "export const rtdb = getDatabase(app);")


@look("Photon Engine", "app_id")
def nl_photon_asset(r):
    return "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", J(
        "%YAML 1.1",
        "%TAG !u! tag:unity3d.com,2011:",
        "--- !u!114 &11400000",
        "MonoBehaviour:",
        "  m_ObjectHideFlags: 0",
        "  m_Enabled: 1",
        "  m_EditorHideFlags: 0",
        "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rhex(r, 32),
        "  m_Name: PhotonServerSettings",
        "  AppSettings:",
        "    AppIdRealtime: %s" % uuid4(r),
        "    AppIdFusion: ",
        "    AppIdChat: %s" % uuid4(r),
        "    AppIdVoice: %s" % uuid4(r),
        "    AppVersion: %d.%d" % (r.randrange(1, 3), r.randrange(10)),
        "    UseNameServer: 1",
        "    FixedRegion: %s" % pick(r, ["eu", "us", "asia", "jp"]),
        "    Protocol: 0",
        "  StartInOfflineMode: 0",
        "  PunLogging: 0",
        "  EnableSupportLogger: 0")


@look("Photon Engine", "app_id")
def nl_photon_cs(r):
    return pick(r, ["Assets/Scripts/Net/Launcher.cs", "Assets/Game/Lobby/Connect.cs"]), J(
        "using Photon.Pun;",
        "using Photon.Realtime;",
        "using UnityEngine;",
        "",
        "public class Launcher : MonoBehaviourPunCallbacks",
        "{",
        "    // Dev app id (Photon dashboard -> %s-dev); App IDs are not secret." % proj(r),
        '    private const string DevAppId = "%s";' % uuid4(r),
        "",
        "    private void Start()",
        "    {",
        "        var settings = PhotonNetwork.PhotonServerSettings.AppSettings;",
        "#if UNITY_EDITOR",
        "        settings.AppIdRealtime = DevAppId;",
        "#endif",
        '        PhotonNetwork.GameVersion = "%d.%d";' % (r.randrange(1, 4), r.randrange(10)),
        "        PhotonNetwork.ConnectUsingSettings();",
        "    }",
        "",
        "    public override void OnConnectedToMaster() => PhotonNetwork.JoinRandomOrCreateRoom();",
        "}")


@look("Nakama", "documented_defaults")
def nl_nakama_local(r):
    return pick(r, ["nakama/local.yml", "dev/nakama-local.yml"]), J(
        "# Local development only. Production values come from the deploy pipeline.",
        "name: nakama-local",
        "logger:",
        "  level: DEBUG",
        "socket:",
        '  server_key: "defaultkey"',
        "runtime:",
        '  http_key: "defaulthttpkey"',
        "session:",
        "  token_expiry_sec: 86400",
        "console:",
        "  port: 7351",
        '  username: "admin"')


@look("Nakama", "match_id")
def nl_nakama_log(r):
    lines = []
    for _ in range(r.randrange(4, 8)):
        lines.append('{"level":"info","ts":"%s","caller":"server/match_registry.go:%d","msg":"Match created",'
                     '"mid":"%s.nakama1","uid":"%s","label":"{\\"mode\\":\\"%s\\"}"}' % (
                         ts(r), r.randrange(100, 600), uuid4(r), uuid4(r),
                         pick(r, ["ranked", "casual", "coop"])))
    return pick(r, ["logs/nakama.log", "data/logfile.log"]), "\n".join(lines) + "\n"


@look("PlayCanvas", "project_ids")
def nl_playcanvas_ids(r):
    return pick(r, ["playcanvas.json", "tools/pc-project.json"]), json.dumps({
        "project_id": r.randrange(100000, 1999999),
        "branch_id": uuid4(r),
        "scenes": [r.randrange(10 ** 6, 2 * 10 ** 6) for _ in range(r.randrange(1, 4))],
        "assets_folder": r.randrange(10 ** 7, 2 * 10 ** 8),
        "api": "https://playcanvas.com/api",
        "token_env": "PLAYCANVAS_API_TOKEN"}, indent=2) + "\n"


@look("Socket.IO", "socket_id")
def nl_socketio_log(r):
    lines = []
    for _ in range(r.randrange(4, 8)):
        lines.append("%s [chat] %s sid=%s room=%s transport=%s" % (
            ts(r), pick(r, ["connect", "join", "leave", "disconnect"]), rs(r, B64URL, 16) + "AAA" +
            pick(r, "ABCDEFGH"), room_id(r), pick(r, ["websocket", "polling"])))
    return pick(r, ["logs/chat-server.log", "var/log/socketio.log"]), "\n".join(lines) + "\n"


@look("Centrifugo", "client_config")
def nl_centrifugo_client(r):
    return pfx(r, ["", "web/"]) + pick(r, ["src/realtime.ts", "lib/centrifuge.ts"]), J(
        'import { Centrifuge } from "centrifuge";',
        "",
        'const centrifuge = new Centrifuge("wss://%s.%s.com/connection/websocket", {' % (
            pick(r, ["rt", "ws", "live"]), pick(r, ORGS)),
        "  getToken: async () => {",
        '    const res = await fetch("/api/centrifugo/token");',
        "    return (await res.json()).token;",
        "  },",
        "});",
        "",
        'const sub = centrifuge.newSubscription("chat:%s");' % rs(r, LOWER_ALNUM, 8),
        'sub.on("publication", (ctx) => console.log(ctx.data));',
        "sub.subscribe();",
        "centrifuge.connect();")


@look("Centrifugo", "proxy_config")
def nl_centrifugo_proxy(r):
    return pick(r, ["centrifugo/config.json", "deploy/centrifugo/config.json"]), json.dumps({
        "log_level": "info",
        "allowed_origins": ["https://app.%s.com" % pick(r, ORGS)],
        "proxy_connect_endpoint": "http://backend:8080/centrifugo/connect",
        "proxy_connect_timeout": "1s",
        "proxy_rpc_endpoint": "http://backend:8080/centrifugo/rpc",
        "proxy_http_headers": ["Cookie", "X-Request-Id"],
        "namespaces": [{"name": "room", "presence": True, "history_size": 10,
                        "history_ttl": "120s"}]}, indent=2) + "\n"


@look("Mercure", "public_key")
def nl_mercure_rs256(r):
    return pick(r, ["k8s/mercure/configmap.yaml", "deploy/mercure-config.yaml"]), J(
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: mercure-config",
        "data:",
        "  MERCURE_PUBLISHER_JWT_ALG: RS256",
        "  # public key only: the hub verifies, the API signs with the private key",
        "  MERCURE_PUBLISHER_JWT_KEY: |",
        "\n".join("    " + ln for ln in pem_rsa_public(r).split("\n")))


@look("Mercure", "topic")
def nl_mercure_http_log(r):
    lines = []
    for _ in range(r.randrange(3, 6)):
        lines.append('%s "GET /books/%d HTTP/1.1" 200 link="<https://%s.example/.well-known/mercure>; '
                     'rel=\\"mercure\\"" req_id=%s' % (ts(r), r.randrange(1, 999), proj(r), uuid4(r)))
    return pick(r, ["logs/access.log", "var/log/api-access.log"]), "\n".join(lines) + "\n"


@look("generic", "websocket_url")
def nl_ws_urls_md(r):
    o = pick(r, ORGS)
    return pick(r, ["docs/architecture/realtime.md", "docs/endpoints.md"]), J(
        "# Realtime endpoints",
        "",
        "| Environment | URL | Notes |",
        "|---|---|---|",
        "| local | ws://localhost:1234 | Hocuspocus dev server |",
        "| staging | wss://collab.staging.%s.dev/ws?room={roomId} | token passed in first message |" % o,
        "| prod | wss://collab.%s.com/ws?room={roomId} | behind the edge proxy |" % o,
        "| game | wss://eu.%s.io:7350/ws?lang=en&status=true | Nakama socket (session token) |" % o,
        "",
        "Clients never embed credentials in these URLs; tokens come from `/api/collab-token`.")


@look("npm", "integrity_hash")
def nl_package_lock(r):
    pk = {"": {"name": proj(r), "version": "0.%d.0" % r.randrange(1, 20)}}
    for name, ver in [("node_modules/yjs", "13.6.%d" % r.randrange(10, 25)),
                      ("node_modules/@liveblocks/client", "2.%d.%d" % (r.randrange(20), r.randrange(5))),
                      ("node_modules/pusher-js", "8.4.%d" % r.randrange(3)),
                      ("node_modules/ably", "2.%d.%d" % (r.randrange(10), r.randrange(5)))]:
        pk[name] = {"version": ver,
                    "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (
                        name[13:], name.split("/")[-1], ver),
                    "integrity": "sha512-" + b64(rbytes(r, 64))}
    return pick(r, ["package-lock.json", "apps/web/package-lock.json"]), json.dumps(
        {"name": proj(r), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@look("docker", "image_digest")
def nl_image_digests(r):
    return pick(r, ["k8s/collab/deployment.yaml", "deploy/realtime-deployment.yaml"]), J(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: collab",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: collab",
        "          image: ghcr.io/%s/collab@sha256:%s" % (pick(r, ORGS), rhex(r, 64)),
        "          envFrom:",
        "            - secretRef:",
        "                name: collab-env",
        "        - name: centrifugo",
        "          image: centrifugo/centrifugo@sha256:%s" % rhex(r, 64))


@look("git", "commit_sha")
def nl_changelog(r):
    out = ["# Changelog", "", "## %d.%d.%d (%s)" % (r.randrange(1, 4), r.randrange(20),
                                                   r.randrange(10), date(r)), ""]
    for _ in range(r.randrange(4, 8)):
        out.append("- %s ([%s](https://github.com/%s/%s/commit/%s))" % (
            pick(r, ["fix cursor flicker on reconnect", "batch presence updates",
                     "drop stale awareness states", "persist Yjs snapshots every 30s",
                     "upgrade ably to v2", "retry Pusher auth on 5xx"]),
            rhex(r, 7), pick(r, ORGS), proj(r), rhex(r, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@look("go", "module_checksum")
def nl_go_sum(r):
    out = []
    for mod, ver in [("github.com/ably/ably-go", "v1.2.%d" % r.randrange(20)),
                     ("github.com/centrifugal/centrifuge-go", "v0.10.%d" % r.randrange(5)),
                     ("github.com/heroiclabs/nakama-common", "v1.3%d.0" % r.randrange(10)),
                     ("github.com/pusher/pusher-http-go/v5", "v5.1.%d" % r.randrange(3))]:
        out.append("%s %s h1:%s=" % (mod, ver, b64(rbytes(r, 32))[:43]))
        out.append("%s %s/go.mod h1:%s=" % (mod, ver, b64(rbytes(r, 32))[:43]))
    return "go.sum", "\n".join(out) + "\n"


@look("cargo", "checksum")
def nl_cargo_lock(r):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
           "version = 3", ""]
    for name, ver in [("yrs", "0.%d.%d" % (r.randrange(17, 22), r.randrange(5))),
                      ("tokio", "1.%d.0" % r.randrange(30, 42)),
                      ("axum", "0.7.%d" % r.randrange(9))]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver,
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % rhex(r, 64), ""]
    return "Cargo.lock", "\n".join(out)


@look("generic", "hashed_token")
def nl_sql_schema(r):
    return pick(r, ["db/migrations/0007_api_tokens.sql", "migrations/20240611_tokens.sql"]), J(
        "CREATE TABLE api_tokens (",
        "  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),",
        "  workspace_id uuid NOT NULL REFERENCES workspaces(id),",
        "  -- we only store sha256(token); the token itself is shown once at creation",
        "  token_sha256 char(64) NOT NULL UNIQUE,",
        "  last_four char(4) NOT NULL,",
        "  created_at timestamptz NOT NULL DEFAULT now()",
        ");",
        "",
        "INSERT INTO api_tokens (id, workspace_id, token_sha256, last_four) VALUES",
        "  ('%s', '%s', '%s', '%s');" % (uuid4(r), uuid4(r), rhex(r, 64), rs(r, LOWER_ALNUM, 4)))


@look("generic", "room_export")
def nl_rooms_csv(r):
    out = ["room_id,document_id,owner,created_at,bytes,connections"]
    for _ in range(r.randrange(5, 10)):
        out.append("%s,%s,%s,%s,%d,%d" % (room_id(r), uuid4(r), email(r), ts(r),
                                          r.randrange(1000, 10 ** 7), r.randrange(0, 40)))
    return pick(r, ["exports/rooms-%s.csv" % date(r), "data/room_usage.csv"]), "\n".join(out) + "\n"


@look("Yjs", "encoded_update")
def nl_debug_notes_md(r):
    return pick(r, ["docs/debugging/broken-doc.md", "notes/incident-%d.md" % r.randrange(100, 999)]), J(
        "# Corrupted document %s" % uuid4(r),
        "",
        "The client sent this update right before the crash (base64, from the browser console):",
        "",
        "```",
        wrap64(b64(rbytes(r, r.randrange(90, 200)))),
        "```",
        "",
        "Decoding it with `Y.decodeUpdate` shows a delete set for client %d." % r.randrange(10 ** 8, 4 * 10 ** 9),
        "Root cause: the awareness clock wrapped after the tab slept for 3 days.")


@look("generic", "decoded_jwt_claims")
def nl_jwt_claims_doc(r):
    return pick(r, ["docs/auth/collab-token.md", "docs/tokens.md"]), J(
        "# Collaboration token format",
        "",
        "Tokens are short-lived HS256 JWTs issued by `/api/collab-token`. Decoded header and claims:",
        "",
        "```json",
        json.dumps({"alg": "HS256", "typ": "JWT"}),
        json.dumps({"sub": uuid4(r), "allowedDocumentNames": ["%s/*" % uuid4(r)],
                    "iat": 1717000000 + r.randrange(10 ** 6), "exp": 1717007200 + r.randrange(10 ** 6)},
                   indent=2),
        "```",
        "",
        "The signing secret lives in the `TIPTAP_COLLAB_SECRET` environment variable and is",
        "never sent to the browser.")


@look("ssh", "host_public_key")
def nl_known_hosts(r):
    out = []
    for _ in range(r.randrange(2, 5)):
        host = "%s.%s.internal" % (pick(r, ["collab-1", "collab-2", "nakama-a", "centrifugo-0"]),
                                   pick(r, ORGS))
        out.append("%s ssh-ed25519 %s" % (host, b64(bytes.fromhex("0000000b7373682d65643235353139"
                                                                   "00000020") + rbytes(r, 32))))
    return pick(r, ["deploy/known_hosts", "ansible/files/known_hosts"]), "\n".join(out) + "\n"


@look("kubernetes", "secret_ref")
def nl_helm_refs(r):
    return pick(r, ["charts/collab/values.yaml", "deploy/helm/values-prod.yaml"]), J(
        "collab:",
        "  replicas: 3",
        "  env:",
        "    - name: LIVEBLOCKS_SECRET_KEY",
        "      valueFrom:",
        "        secretKeyRef:",
        "          name: collab-secrets",
        "          key: liveblocks-secret-key",
        "    - name: ABLY_API_KEY",
        "      valueFrom:",
        "        secretKeyRef:",
        "          name: collab-secrets",
        "          key: ably-api-key",
        "  externalSecret:",
        "    enabled: true",
        "    storeRef: aws-secrets-manager",
        "    remoteKey: %s/prod/collab" % proj(r))


@look("terraform", "generated_password")
def nl_tf_random(r):
    return pick(r, ["infra/centrifugo.tf", "terraform/realtime.tf"]), J(
        'resource "random_password" "centrifugo_api_key" {',
        "  length  = 40",
        "  special = false",
        "}",
        "",
        'resource "aws_secretsmanager_secret" "centrifugo" {',
        '  name = "%s/centrifugo"' % proj(r),
        "}",
        "",
        'resource "aws_secretsmanager_secret_version" "centrifugo" {',
        "  secret_id     = aws_secretsmanager_secret.centrifugo.id",
        "  secret_string = jsonencode({ api_key = random_password.centrifugo_api_key.result })",
        "}")


@look("Colyseus", "room_id")
def nl_colyseus_client(r):
    return pfx(r, ["", "client/"]) + pick(r, ["src/net.ts", "src/game/network.ts"]), J(
        'import { Client, Room } from "colyseus.js";',
        "",
        'const client = new Client("wss://%s.%s.io");' % (pick(r, ["eu", "us", "play"]), proj(r).replace("-", "")),
        "",
        "export async function quickJoin(): Promise<Room> {",
        '  const room = await client.joinOrCreate("%s", { map: "%s" });' % (
            pick(r, ["battle", "lobby", "race"]), pick(r, WORDS)),
        '  localStorage.setItem("reconnectionToken", room.reconnectionToken);',
        "  return room;",
        "}",
        "",
        "// sample ids seen in dev: room %s, session %s" % (rs(r, B64URL, 9), rs(r, B64URL, 9)))


@look("ElectricSQL", "shape_handle")
def nl_electric_har(r):
    entries = []
    for _ in range(r.randrange(2, 5)):
        entries.append({"request": {"method": "GET",
                                    "url": "https://api.%s.dev/v1/shape?table=items&offset=%d_%d&handle=%d-%d&live=true" % (
                                        pick(r, ORGS), r.randrange(10 ** 7), r.randrange(5),
                                        r.randrange(10 ** 7, 10 ** 8), 1700000000000 + r.randrange(10 ** 9))},
                        "response": {"status": 200, "headers": [
                            {"name": "electric-handle", "value": "%d-%d" % (r.randrange(10 ** 7, 10 ** 8), 1700000000000 + r.randrange(10 ** 9))},
                            {"name": "electric-offset", "value": "%d_%d" % (r.randrange(10 ** 7), r.randrange(5))},
                            {"name": "etag", "value": '"%s"' % rhex(r, 32)}]}})
    return pick(r, ["docs/debug/shape-requests.har.json", "test/fixtures/electric.har.json"]), \
        json.dumps({"log": {"version": "1.2", "entries": entries}}, indent=2) + "\n"


@look("Nakama", "device_id")
def nl_nakama_prefs(r):
    return pick(r, ["Assets/Resources/dev_accounts.json", "tools/test-devices.json"]), json.dumps(
        {"devices": [{"deviceId": uuid4(r), "username": "%s_%d" % (pick(r, PEOPLE), r.randrange(99)),
                      "userId": uuid4(r)} for _ in range(r.randrange(2, 5))]}, indent=2) + "\n"


@look("CDN", "sri_hash")
def nl_sri_html(r):
    return pick(r, ["public/embed.html", "static/widget.html"]), J(
        "<!doctype html>",
        "<html>",
        "<head>",
        '  <script src="https://js.pusher.com/8.4.0/pusher.min.js"',
        '          integrity="sha384-%s" crossorigin="anonymous"></script>' % b64(rbytes(r, 48)),
        '  <script src="https://cdn.ably.com/lib/ably.min-2.js"',
        '          integrity="sha384-%s" crossorigin="anonymous"></script>' % b64(rbytes(r, 48)),
        "</head>",
        '<body><div id="board" data-room="%s"></div></body>' % room_id(r),
        "</html>")


@look("generic", "base64_json")
def nl_b64_flags(r):
    flags = {"cursors": True, "comments": r.random() < 0.5, "maxRoomSize": pick(r, [20, 50, 100]),
             "rollout": r.randrange(100)}
    return pick(r, [".env.example", "config/public.env.example", ".env.sample"]), J(
        "# Public build-time flags (base64 JSON, not secret)",
        "NEXT_PUBLIC_FEATURE_FLAGS_B64=%s" % b64(json.dumps(flags).encode()),
        "NEXT_PUBLIC_REALTIME_URL=wss://rt.%s.com/ws" % pick(r, ORGS))


@look("Ed25519", "public_key")
def nl_ed25519_pub(r):
    return pick(r, ["keys/collab-signing.pub.pem", "config/keys/mercure-publisher.pub"]), \
        pem_ed25519_public(r) + "\n"


@look("generic", "etag_cache")
def nl_cache_manifest(r):
    files = {}
    for f in ["main.js", "collab-worker.js", "editor.css", "yjs.wasm"]:
        files[f] = {"etag": '"%s"' % rhex(r, 32), "sha256": rhex(r, 64), "size": r.randrange(1000, 900000)}
    return pick(r, ["dist/asset-manifest.json", "public/build/manifest.json"]), json.dumps(
        {"buildId": rs(r, B64URL, 21), "files": files}, indent=2) + "\n"


@look("Liveblocks", "user_ids")
def nl_lb_users_py(r):
    return pick(r, ["tests/test_permissions.py", "app/tests/test_rooms.py"]), J(
        "import pytest",
        "",
        "from app.permissions import room_accesses",
        "",
        "ROOM = %r" % room_id(r),
        "USER_ID = %r" % uuid4(r),
        "GROUP_IDS = [%r, %r]" % ("grp_" + rs(r, B62, 16), "grp_" + rs(r, B62, 16)),
        "",
        "",
        "def test_owner_gets_write():",
        "    acc = room_accesses(ROOM, USER_ID, GROUP_IDS, role='owner')",
        "    assert acc == ['room:write']",
        "",
        "",
        "@pytest.mark.parametrize('role', ['viewer', 'commenter'])",
        "def test_read_roles(role):",
        "    assert room_accesses(ROOM, USER_ID, GROUP_IDS, role=role) == ['room:read',",
        "                                                                 'room:presence:write']")


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

NEG_ENV_OK = (".env.example", ".env.sample", ".env.template")
N_POS = 500
N_NEG = 500
MAX_POS_ENV = N_POS // 20


def is_env_name(path):
    base = os.path.basename(path)
    return base == ".env" or base.startswith(".env.") or base == ".envrc"


def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env") or ".env." in base or base.endswith(".env"):
        return "env"
    special = {"Dockerfile": "dockerfile", "Caddyfile": "caddyfile", "Makefile": "makefile",
               "known_hosts": "known_hosts", ".pcconfig": "json", "go.sum": "gosum",
               "Cargo.lock": "lock"}
    if base in special:
        return special[base]
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    if "." not in base.strip("."):
        return "text"
    return base.rsplit(".", 1)[1].lower()


def safe_rel(path):
    assert not path.startswith("/") and ".." not in path.split("/"), path
    return path


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return full


def spread(r, n_items, total):
    """Indices 0..n_items-1 repeated in shuffled rounds, `total` long."""
    out = []
    idx = list(range(n_items))
    while len(out) < total:
        r.shuffle(idx)
        out.extend(idx)
    return out[:total]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            import shutil
            shutil.rmtree(p)

    manifest, secrets = [], []

    # ---- positives --------------------------------------------------------
    env_used = 0
    for i, ti in enumerate(spread(r, len(POS), N_POS)):
        name, keys, conventional, fn = POS[ti]
        key = pick(r, keys)
        _CUR["proj"] = pick(r, PROJECTS)
        S = Slot(r, key, True)
        path, text = fn(r, S)
        if is_env_name(path):
            if env_used >= MAX_POS_ENV:
                path = os.path.join(os.path.dirname(path), "config", "runtime.env")
            else:
                env_used += 1
        needle = S.needle
        assert needle and "\n" not in needle, (name, needle)
        idx = text.find(needle)
        assert idx >= 0, (name, needle)
        line = text.count("\n", 0, idx) + 1
        rel = "pos/p%04d/%s" % (i, safe_rel(path))
        full = write(outdir, rel, text)
        with open(full, encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert needle in lines[line - 1], (rel, needle, line)
        manifest.append({"file": rel, "label": "pos", "provider": S.spec["provider"],
                         "kind": S.spec["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives --------------------------------------------------------
    n_reuse = N_NEG // 2
    plan = [("reuse", ti) for ti in spread(r, len(POS), n_reuse)] + \
           [("look", li) for li in spread(r, len(LOOK), N_NEG - n_reuse)]
    r.shuffle(plan)
    modes = [NEG_MODES[k] for k in spread(r, len(NEG_MODES), n_reuse)]
    mi = 0
    for i, (what, ti) in enumerate(plan):
        _CUR["proj"] = pick(r, PROJECTS)
        if what == "reuse":
            name, keys, conventional, fn = POS[ti]
            key = pick(r, keys)
            S = Slot(r, key, False, modes[mi])
            mi += 1
            path, text = fn(r, S)
            provider = S.spec["provider"]
            kind = "%s:%s" % (S.mode, S.spec["kind"])
        else:
            name, provider, kind, fn = LOOK[ti]
            path, text = fn(r)
        if is_env_name(path) and os.path.basename(path) not in NEG_ENV_OK:
            path = os.path.join(os.path.dirname(path), ".env.example")
        assert not (is_env_name(path) and os.path.basename(path) not in NEG_ENV_OK), path
        rel = "neg/n%04d/%s" % (i, safe_rel(path))
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    assert len(secrets) == N_POS and len(manifest) == N_POS + N_NEG
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
