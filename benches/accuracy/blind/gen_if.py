#!/usr/bin/env python3
"""gen_if.py - blind evaluation set: game platforms, modding and player communities.

EMPHASIS
    Credentials that turn up in game-community code: Roblox (Open Cloud API keys sent as
    x-api-key, .ROBLOSECURITY cookies in group/rank bots, rbxcloud/Rojo CI, HttpService calls in
    Luau), FiveM/RedM server.cfg (sv_licenseKey cfxk_..., steam_webApiKey, sv_tebexSecret,
    set mysql_connection_string, rcon_password, Discord log webhooks in config.lua), Garry's Mod
    and Source servers (sv_setsteamaccount GSLT, rcon_password, MySQLOO/MySQLite passwords),
    Minecraft/Rust RCON, Steam Web API keys and Steamworks publisher keys (32 hex), Tebex
    game-server secret keys and webhook secrets, Nexus Mods API keys, CurseForge Core API keys
    ($2a$10$...) and upload tokens, Modrinth PATs (mrp_), itch.io butler keys, Overwolf CLI keys,
    Discord bot tokens and webhook URLs, Twitch extension secrets (base64) and client secrets,
    BattleMetrics tokens (JWT), Pterodactyl ptla_/ptlc_ keys in mod-deploy scripts, Unity Gaming
    Services service-account keys and Cloud Build keys, Epic Online Services client secrets,
    console dev-portal tokens in CI (Xbox Partner Center = Azure AD secret, PlayStation = generic),
    GitHub tokens in aftman/wally auth files.
    Kinds: api_key, cookie, bot_token, licence_key, server_token, rcon_password, db_password,
    webhook_url, webhook_secret, client_secret, access_token.
    File types: Lua, Luau, .cfg, JSON, TOML, YAML (GitHub Actions, docker-compose, Helm values),
    JavaScript, TypeScript, Python, C#, Java, Gradle (Groovy, Kotlin DSL, gradle.properties),
    Minecraft .properties, shell, .bat, PowerShell, INI, XML, Dockerfile, Terraform, SQL,
    Markdown, logs, CSV, VDF/ACF, .env (positives only, fewer than 1 in 20).

USAGE
    python3 -B gen_if.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    - The needle is the credential exactly as written, without surrounding quotes.
    - Headers (x-api-key, apikey, Authorization, X-Tebex-Secret): the value only, without the
      header name and without "Bearer "/"Basic " (Modrinth sends the bare mrp_ token).
    - Basic auth built from a Unity service account (base64 of keyId:secret): the base64 blob.
    - Key pairs (Unity key id + secret key, EOS client id + secret, Twitch client id + secret):
      only the secret half; the id is a public identifier and sits on another line.
    - Connection strings (mysql://user:PASS@host/db, server=..;password=PASS;..) and
      IDENTIFIED BY 'PASS': the password only.
    - Discord webhook URLs: the whole URL https://discord.com/api/webhooks/<id>/<token> (the URL
      is the credential).  Steam Web API URLs with ?key=: the key only.
    - .ROBLOSECURITY cookies: the whole cookie value including the _|WARNING:...|_ prefix.
    - Command-line arguments (+sv_setsteamaccount X, +set sv_licenseKey X, -a X): the value.
    - There are no multi-line keys in this set (no PEM/SSH private keys; they are not part of
      this domain's emphasis).  Every needle sits on one line; "line" is its 1-based first line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding something that is not
    a secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), environment / secret-manager references (${VAR},
    ${{ secrets.X }}, os.environ[...], process.env.X, GetConvar("..."), HttpService:GetSecret,
    System.getenv, vault:/op:// paths), template expressions ({{ .Values.x }}, #{X}#, @X@), and
    providers' documented example values (Modrinth's mrp_RNtL... example, Discord's API-reference
    bot token, Twitch's reference bearer/client id, Pterodactyl's ptlc_YOUR_API_KEY...).
    The other half (250) are look-alikes of the domain: Roblox universe/place/asset ids and
    RBX referents, Steam ids (64-bit, STEAM_0:x:y, [U:1:n]), app/depot/manifest/build ids,
    Workshop ids, FiveM license:/discord:/fivem: identifiers (40 hex), Discord snowflakes,
    application ids and Ed25519 interaction public keys (64 hex), CDN signature parameters,
    Twitch client ids, EOS product/sandbox/deployment ids, Unity .meta guids and project ids,
    mod ids/slugs, SHA1/SHA512/MD5 of mod jars, npm integrity strings, git-lfs oids, commit
    hashes, Minecraft player UUIDs, resource-pack SHA1, PGP/SSH public keys, base64 images,
    GetConvar(...) lookups, ${{ secrets.X }} references.  No negative uses a .env/.env.* name
    other than .env.example/.env.sample.

FORMATS CHECKED (search tool, providers' docs / public pages / public config files)
    - Modrinth docs (docs.modrinth.com): PATs go in the Authorization header, example
      mrp_ + 60 alphanumerics (that example is used only as a negative).
    - Pterodactyl docs (mintlify copy of the panel docs): ptla_ application / ptlc_ client keys,
      identifier 16 chars (prefix included) + 32-char token -> prefix + 43 alphanumerics.
    - CurseForge: Core API keys are bcrypt-shaped ($2a$10$ + 53 chars of ./A-Za-z0-9), sent as
      x-api-key (a published launcher key seen in a gist was NOT copied anywhere).
    - FiveM: sv_licenseKey is mandatory (keymaster); public server.cfg files show
      cfxk_ + 20-21 alphanumerics + _ + 5-6 alphanumerics.  sv_tebexSecret, steam_webApiKey
      and set mysql_connection_string are documented convars.
    - Tebex docs: Plugin/Game Server API authenticates with X-Tebex-Secret; client libraries
      show a 40-character secret; webhooks are signed (X-Signature, HMAC-SHA256 with the
      webhook secret).
    - Nexus Mods API: key is sent in the "apikey" header (created at settings/api-keys).
    - Roblox docs: Open Cloud keys go in x-api-key; rbxcloud takes --api-key / RBXCLOUD_API_KEY;
      devforum: .ROBLOSECURITY is the session cookie, its format changed in 2025-26.
    - itch.io butler: BUTLER_API_KEY env / butler login -i file with the itch API key.
    - Unity: UGS CLI service account = key-id + secret-key; Basic auth is
      base64(<KEY_ID>:<SECRET_KEY>).
    - Epic: EOS settings hold ClientId, ClientSecret, ProductId, SandboxId, DeploymentId.
    - Twitch docs: extension secrets are base64 (JWT signing); reference client id example
      uo6dggojyb8d6soh92zknwmi5ej1q2 (30 chars) and bearer example (both negatives only).
    - Overwolf ow-cli: "config" asks for e-mail + API key (format not documented).
    No secret scanner rule code or rule list was read.  Some search hits were redaction tests of
    txAdmin and other tools (a form of secret masking); they were not used for formats.

DOUBTS
    - Roblox Open Cloud key format is not documented: legacy keys are modelled as base64 of
      36 bytes (48 chars); the newer long keys as a long base64 blob wrapping a JWT.  The
      .ROBLOSECURITY value is modelled as the public warning prefix + uppercase hex (old) or
      + "CAEaAhA..." base64url (new); lengths approximate.
    - Steam Web API keys / Steamworks publisher keys / GSLTs: 32 uppercase hex (community
      knowledge, not re-confirmed in Valve docs here).
    - Nexus Mods key shape (base64--base64--base64, Rails-style) is from memory, not docs.
    - itch.io key (40 alphanumerics), Tebex webhook secret (32 hex), Unity secret key
      (32 chars), Unity Cloud Build key (32 hex), EOS client secret (43 base64 chars),
      Overwolf CLI key (32 alphanumerics), BattleMetrics token (ES512 JWT), Twitch client
      secret (30 lowercase alnum), CurseForge upload token (UUID) are plausible shapes only.
    - GitHub ghp_/gho_ checksum: CRC32 of the 30 random chars in base62 (0-9A-Za-z), 6 chars.
    - Xbox Partner Center secret modelled as an Azure AD client secret (xxxNQ~ + 34 chars).
    - PlayStation dev-portal token is treated as a generic opaque token.
"""
import base64
import json
import os
import string
import sys
import zlib
import random

N_POS = 500
N_NEG = 500

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B62 = DG + UP + LO
B64URL = UP + LO + DG + "-_"
BCRYPT = "./" + UP + LO + DG
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n, pad=True):
    s = base64.b64encode(rbytes(r, n)).decode()
    return s if pad else s.rstrip("=")


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def snowflake(r):
    return str(r.randint(180000000000000000, 1390000000000000000))


def steam64(r):
    return str(76561197960265728 + r.randint(10000000, 1400000000))


def T(text, **kw):
    """Fill «name» markers (keeps braces of JSON/Lua/C# free)."""
    for k, v in kw.items():
        text = text.replace("«" + k + "»", str(v))
    return text


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ip(r):
    return "%d.%d.%d.%d" % (r.choice([51, 89, 135, 144, 185, 193, 45, 104]), r.randint(1, 254),
                            r.randint(0, 254), r.randint(2, 254))


def lanip(r):
    return "10.%d.%d.%d" % (r.randint(0, 30), r.randint(0, 254), r.randint(2, 254))


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def clock(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 30))


SERVER_NAMES = ["Lost Coast RP", "Midnight Drift", "Valhalla Survival", "Blocky Bay",
                "Northside Roleplay", "Kraken PvP", "Copper Creek", "Ember Isles",
                "Frostline Gaming", "Harbor City", "Pixel Outpost", "Redwood County"]
GAMES = ["skyrimspecialedition", "fallout4", "stardewvalley", "cyberpunk2077", "baldursgate3",
         "valheim", "starfield", "witcher3", "mountandblade2bannerlord", "eldenring"]
MC_VERSIONS = ["1.20.1", "1.20.4", "1.21", "1.21.1", "1.19.2", "1.18.2"]
MOD_SLUGS = ["sodium", "lithium", "iris", "fabric-api", "modmenu", "cloth-config", "jei",
             "create", "ferrite-core", "entityculling", "appleskin", "jade"]


# ----------------------------------------------------------------------------------------------
# secret value generators (random; shapes from the providers' docs where available)
# ----------------------------------------------------------------------------------------------
def g_steam_key(r):
    return rs(r, HEXU, 32)


def g_gslt(r):
    return rs(r, HEXU, 32)


def g_cfxk(r):
    return "cfxk_" + rs(r, ALNUM, r.choice([20, 21])) + "_" + rs(r, ALNUM, r.choice([5, 6]))


def g_discord_token(r):
    uid = snowflake(r)
    p1 = base64.b64encode(uid.encode()).decode().rstrip("=")
    p2 = r.choice("GHX") + rs(r, B64URL, 5)
    p3 = rs(r, B64URL, r.choice([27, 38, 38]))
    return "%s.%s.%s" % (p1, p2, p3)


def g_discord_webhook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com", "ptb.discord.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), rs(r, B64URL, 68))


def g_tebex_secret(r):
    return rs(r, HEXL, 40)


def g_tebex_whsec(r):
    return rs(r, HEXL, 32)


def g_nexus(r):
    return "%s--%s--%s" % (b64(r, r.choice([42, 45, 48, 51])), b64(r, 12), b64(r, 16))


def g_cf_core(r):
    salt = rs(r, BCRYPT, 21) + BCRYPT[16 * r.randrange(4)]
    hsh = rs(r, BCRYPT, 30) + BCRYPT[4 * r.randrange(16)]
    return "$2a$10$" + salt + hsh


def g_cf_upload(r):
    return uuid4(r)


def g_modrinth(r):
    return "mrp_" + rs(r, ALNUM, 60)


def g_itch(r):
    return rs(r, ALNUM, 40)


def g_overwolf(r):
    return rs(r, ALNUM, 32)


def g_twitch_ext(r):
    return b64(r, 32)


def g_twitch_client_secret(r):
    return rs(r, LO + DG, 30)


def _b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_battlemetrics(r):
    head = _b64u_json({"alg": "ES512", "typ": "JWT"})
    body = _b64u_json({"token": rs(r, HEXL, 16), "nonce": rs(r, ALNUM, 20),
                       "iat": r.randint(1650000000, 1760000000),
                       "iss": "https://www.battlemetrics.com"})
    return "%s.%s.%s" % (head, body, b64u(r, 132))


def g_ptla(r):
    return "ptla_" + rs(r, ALNUM, 43)


def g_ptlc(r):
    return "ptlc_" + rs(r, ALNUM, 43)


def g_unity_secret(r):
    return rs(r, ALNUM + "-_", 32)


def g_unity_build(r):
    return rs(r, HEXL, 32)


def g_eos_secret(r):
    return b64(r, 32, pad=False)


def g_roblox_key(r):
    if r.random() < 0.55:
        return b64(r, 36)
    legacy = b64(r, 36)
    jwt = "%s.%s.%s" % (_b64u_json({"alg": "RS256", "kid": rs(r, ALNUM, 8), "typ": "JWT"}),
                        _b64u_json({"baseApiKey": legacy, "ownerId": str(r.randint(10 ** 6, 10 ** 10)),
                                    "exp": r.randint(1700000000, 1790000000),
                                    "iat": r.randint(1690000000, 1760000000),
                                    "nbf": r.randint(1690000000, 1760000000)}),
                        b64u(r, 256))
    return base64.b64encode(jwt.encode()).decode()


ROBLO_PREFIX = ("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-"
                "and-to-steal-your-ROBUX-and-items.|_")


def g_roblosecurity(r):
    if r.random() < 0.5:
        return ROBLO_PREFIX + rs(r, HEXU, r.choice([584, 616, 648, 712, 776]))
    return ROBLO_PREFIX + "CAEaAhA" + r.choice("BCD") + rs(r, B64URL, r.choice([520, 610, 700]))


def _gh(r, prefix):
    body = rs(r, B62, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, m = divmod(c, 62)
        out = B62[m] + out
    return prefix + body + out.rjust(6, "0")


def g_ghp(r):
    return _gh(r, "ghp_")


def g_gho(r):
    return _gh(r, "gho_")


def g_azure_secret(r):
    return rs(r, ALNUM, 3) + r.choice(DG) + "Q~" + rs(r, ALNUM + "_.~-", 34)


def g_opaque(r):
    return b64u(r, r.choice([30, 33, 36]))


WORDS = ["Tundra", "Falcon", "Marble", "Copper", "Raven", "Granite", "Willow", "Cobalt",
         "Ember", "Glacier", "Juniper", "Onyx", "Quartz", "Saffron", "Thistle", "Vortex"]


def g_password(r):
    if r.random() < 0.3:
        return "%s%s%s%d%s" % (pick(r, WORDS), r.choice("-_."), pick(r, WORDS), r.randint(10, 9999),
                               r.choice("!*+="))
    s = rs(r, ALNUM, r.randint(12, 20))
    out = list(s)
    for _ in range(r.randint(1, 3)):
        out[r.randrange(len(out))] = r.choice("!*-_=+.")
    out[r.randrange(len(out))] = r.choice(DG)
    return "".join(out)


def g_urlpw(r):
    s = list(rs(r, ALNUM, r.randint(14, 24)))
    for _ in range(r.randint(0, 2)):
        s[r.randrange(len(s))] = r.choice("-_.")
    s[r.randrange(len(s))] = r.choice(DG)
    return "".join(s)


# ----------------------------------------------------------------------------------------------
# template registry.  A positive template returns text with one slot: «Q» (a quoted literal,
# quote char q) or «S» (raw text).  The same templates serve the slot negatives.
# ----------------------------------------------------------------------------------------------
POS = []


def P(name, provider, kind, ft, paths, lang, gen, env, sk="tok", q='"'):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ft=ft, paths=paths, lang=lang,
                        gen=gen, env=env, sk=sk, q=q, fn=fn))
        return fn
    return deco


# ---------------------------------------- Roblox ----------------------------------------------
@P("rbx_gha_rbxcloud", "roblox", "api_key", "yml",
   [".github/workflows/publish.yml", ".github/workflows/deploy-place.yml"], "yml-gha",
   g_roblox_key, "RBXCLOUD_API_KEY")
def _(r):
    return T("""name: Publish place

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      UNIVERSE_ID: "«u»"
      PLACE_ID: "«p»"
      RBXCLOUD_API_KEY: «Q»
    steps:
      - uses: actions/checkout@v4
      - uses: CompeyDev/setup-rokit@v0.1.2
      - name: Build place
        run: rojo build default.project.json --output build.rbxl
      - name: Publish
        run: |
          rbxcloud experience publish \\
            --filename build.rbxl \\
            --place-id "$PLACE_ID" \\
            --universe-id "$UNIVERSE_ID" \\
            --version-type published
""", u=r.randint(10 ** 9, 9 * 10 ** 9), p=r.randint(10 ** 10, 9 * 10 ** 10))


@P("rbx_sh_publish", "roblox", "api_key", "sh", ["scripts/publish.sh", "tools/release.sh"], "sh",
   g_roblox_key, "ROBLOX_API_KEY", q="'")
def _(r):
    return T("""#!/usr/bin/env bash
# Build with Rojo and push the place to the «env» experience.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/build/game.rbxl"
mkdir -p "$ROOT/build"

rojo build "$ROOT/default.project.json" -o "$OUT"

rbxcloud experience publish \\
  -f "$OUT" \\
  -p «p» \\
  -u «u» \\
  -t saved \\
  -a «Q»

echo "published $(date -u +%FT%TZ)"
""", env=pick(r, ["staging", "test", "live"]), u=r.randint(10 ** 9, 9 * 10 ** 9),
             p=r.randint(10 ** 10, 9 * 10 ** 10))


@P("rbx_py_datastore", "roblox", "api_key", "py", ["tools/datastore_backup.py", "ops/export_data.py"],
   "py", g_roblox_key, "ROBLOX_OPEN_CLOUD_KEY")
def _(r):
    return T('''"""Nightly export of the PlayerData datastore to JSON lines."""
import json
import time

import requests

UNIVERSE_ID = «u»
BASE = f"https://apis.roblox.com/cloud/v2/universes/{UNIVERSE_ID}/data-stores/PlayerData/entries"
HEADERS = {
    "x-api-key": «Q»,
    "Accept": "application/json",
}


def dump(path="backup.jsonl"):
    token = None
    with open(path, "w", encoding="utf-8") as fh:
        while True:
            params = {"maxPageSize": 100}
            if token:
                params["pageToken"] = token
            res = requests.get(BASE, headers=HEADERS, params=params, timeout=30)
            res.raise_for_status()
            body = res.json()
            for entry in body.get("dataStoreEntries", []):
                fh.write(json.dumps(entry) + "\\n")
            token = body.get("nextPageToken")
            if not token:
                break
            time.sleep(0.2)


if __name__ == "__main__":
    dump()
''', u=r.randint(10 ** 9, 9 * 10 ** 9))


@P("rbx_luau_http", "roblox", "api_key", "luau",
   ["src/server/CloudMessaging.server.luau", "src/ServerScriptService/Announce.server.luau"], "luau",
   g_roblox_key, "cloud_key")
def _(r):
    return T("""--!strict
-- Cross-server announcements through the Open Cloud messaging endpoint.
local HttpService = game:GetService("HttpService")

local UNIVERSE_ID = «u»
local TOPIC = "announcements"
local cloudKey = «Q»

local function publish(message: string)
	local ok, result = pcall(function()
		return HttpService:RequestAsync({
			Url = `https://apis.roblox.com/messaging-service/v1/universes/{UNIVERSE_ID}/topics/{TOPIC}`,
			Method = "POST",
			Headers = {
				["Content-Type"] = "application/json",
				["x-api-key"] = cloudKey,
			},
			Body = HttpService:JSONEncode({ message = message }),
		})
	end)
	if not ok then
		warn("publish failed", result)
	end
end

return publish
""", u=r.randint(10 ** 9, 9 * 10 ** 9))


@P("rbx_ts_rozod", "roblox", "api_key", "ts", ["src/roblox.ts", "apps/bot/src/lib/roblox.ts"], "ts",
   g_roblox_key, "ROBLOX_OPENCLOUD_KEY", q="'")
def _(r):
    return T("""import { configureServer, fetchApi } from 'rozod';
import { v2 } from 'rozod/lib/opencloud';

configureServer({
  cloudKey: «Q»,
});

export const UNIVERSE_ID = '«u»';

export async function universeName(): Promise<string> {
  const info = await fetchApi(v2.getCloudV2UniversesUniverseId, {
    universe_id: UNIVERSE_ID,
  });
  return info.displayName;
}
""", u=r.randint(10 ** 9, 9 * 10 ** 9))


@P("rbx_js_noblox", "roblox", "cookie", "js", ["bot/index.js", "src/ranker.js"], "js",
   g_roblosecurity, "ROBLOX_COOKIE", q="'")
def _(r):
    return T("""const noblox = require('noblox.js');
const express = require('express');

const GROUP_ID = «g»;
const app = express();
app.use(express.json());

async function start() {
  const me = await noblox.setCookie(«Q»);
  console.log(`Logged in as ${me.name} [${me.id}]`);
}

app.post('/rank', async (req, res) => {
  const { userId, rank } = req.body;
  try {
    await noblox.setRank(GROUP_ID, Number(userId), Number(rank));
    res.json({ ok: true });
  } catch (err) {
    res.status(500).json({ ok: false, error: String(err) });
  }
});

start().then(() => app.listen(«port»));
""", g=r.randint(10 ** 6, 3 * 10 ** 7), port=pick(r, [3000, 8080, 4000]))


@P("rbx_py_cookie", "roblox", "cookie", "py", ["bot/roblox_session.py", "scripts/check_inventory.py"],
   "py", g_roblosecurity, "ROBLOSECURITY")
def _(r):
    return T('''import requests

ROBLOSECURITY = «Q»

session = requests.Session()
session.cookies[".ROBLOSECURITY"] = ROBLOSECURITY
session.headers["User-Agent"] = "group-tools/«v»"


def csrf():
    r = session.post("https://auth.roblox.com/v2/logout")
    return r.headers.get("x-csrf-token")


def whoami():
    r = session.get("https://users.roblox.com/v1/users/authenticated", timeout=15)
    r.raise_for_status()
    return r.json()["name"]
''', v=semver(r))


@P("rbx_compose_cookie", "roblox", "cookie", "yml", ["docker-compose.yml", "deploy/docker-compose.yml"],
   "yml", g_roblosecurity, "ROBLOSECURITY")
def _(r):
    return T("""services:
  rank-bot:
    build: .
    restart: unless-stopped
    environment:
      NODE_ENV: production
      GROUP_ID: "«g»"
      ROBLOSECURITY: «Q»
      LOG_LEVEL: info
    ports:
      - "«port»:«port»"
  redis:
    image: redis:7-alpine
    volumes:
      - redis-data:/data

volumes:
  redis-data:
""", g=r.randint(10 ** 6, 3 * 10 ** 7), port=pick(r, [3000, 8080]))


@P("rbx_json_botcfg", "roblox", "cookie", "json", ["config.json", "bot/config.json"], "json",
   g_roblosecurity, "ROBLOX_COOKIE")
def _(r):
    return T("""{
  "groupId": «g»,
  "prefix": "!",
  "cookie": «Q»,
  "rankLimit": 200,
  "logChannelId": "«ch»",
  "verification": {
    "enabled": true,
    "minAccountAgeDays": 30
  }
}
""", g=r.randint(10 ** 6, 3 * 10 ** 7), ch=snowflake(r))


@P("rbx_toml_deploy", "roblox", "api_key", "toml", ["deploy.toml", "tools/deploy.toml"], "toml",
   g_roblox_key, "ROBLOX_API_KEY")
def _(r):
    return T("""# Places pushed by `lune run deploy`
[experience]
universe_id = «u»
name = "«n»"

[[places]]
name = "Lobby"
id = «p1»
file = "build/lobby.rbxl"

[[places]]
name = "Match"
id = «p2»
file = "build/match.rbxl"

[auth]
open_cloud = «Q»
""", u=r.randint(10 ** 9, 9 * 10 ** 9), n=pick(r, SERVER_NAMES), p1=r.randint(10 ** 10, 9 * 10 ** 10),
             p2=r.randint(10 ** 10, 9 * 10 ** 10))


@P("rbx_md_curl", "roblox", "api_key", "md", ["docs/open-cloud.md", "docs/deploy.md"], "md",
   g_roblox_key, "ROBLOX_API_KEY", q="")
def _(r):
    return T("""# Publishing from CI

The place is built with Rojo and uploaded with the Place Publishing API.

```bash
rojo build -o build.rbxl
curl -X POST \\
  "https://apis.roblox.com/universes/v1/«u»/places/«p»/versions?versionType=Published" \\
  -H "x-api-key: «Q»" \\
  -H "Content-Type: application/octet-stream" \\
  --data-binary @build.rbxl
```

The key needs `universe-places:write` on the experience.
""", u=r.randint(10 ** 9, 9 * 10 ** 9), p=r.randint(10 ** 10, 9 * 10 ** 10))


# ---------------------------------------- FiveM / RedM ----------------------------------------
def _fivem_head(r):
    return T("""# Only change the IP if you're using a server with multiple network interfaces
endpoint_add_tcp "0.0.0.0:30120"
endpoint_add_udp "0.0.0.0:30120"

ensure mapmanager
ensure chat
ensure spawnmanager
ensure sessionmanager
ensure hardcap
ensure oxmysql
ensure ox_lib

sv_scriptHookAllowed 0
sets tags "roleplay, economy, «t»"
sets locale "en-US"
sv_hostname "^4«n» ^7| Serious RP"
sv_maxclients «m»
set onesync on
""", t=pick(r, ["qbcore", "esx", "qbox"]), n=pick(r, SERVER_NAMES), m=pick(r, [32, 48, 64, 128]))


@P("fivem_cfg_license", "fivem", "licence_key", "cfg", ["server.cfg", "server-data/server.cfg"], "cfg",
   g_cfxk, "sv_licenseKey", q="")
def _(r):
    return _fivem_head(r) + T("""
add_ace group.admin command allow
add_ace group.admin command.quit deny
add_principal identifier.fivem:«f» group.admin

# License key for your server (https://keymaster.fivem.net)
sv_licenseKey «Q»
""", f=r.randint(100000, 9999999))


@P("fivem_sh_run", "fivem", "licence_key", "sh", ["run.sh", "start-server.sh"], "sh", g_cfxk,
   "FIVEM_LICENSE", q="")
def _(r):
    return T("""#!/bin/sh
cd "$(dirname "$0")/server-data" || exit 1
exec ../alpine/opt/cfx-server/ld-musl-x86_64.so.1 \\
  --library-path "../alpine/usr/lib/v8/:../alpine/lib/:../alpine/usr/lib/" -- \\
  ../alpine/opt/cfx-server/FXServer \\
  +set citizen_dir ../alpine/opt/cfx-server/citizen/ \\
  +set sv_licenseKey «Q» \\
  +set gamename «g» \\
  +exec server.cfg "$@"
""", g=pick(r, ["gta5", "rdr3"]))


@P("fivem_compose_license", "fivem", "licence_key", "yml", ["docker-compose.yml", "fivem/docker-compose.yml"],
   "yml", g_cfxk, "LICENSE_KEY")
def _(r):
    return T("""services:
  fivem:
    image: spritsail/fivem:«v»
    container_name: fivem
    restart: always
    stdin_open: true
    tty: true
    environment:
      LICENSE_KEY: «Q»
      RCON_PASSWORD: ""
      NO_DEFAULT_CONFIG: "1"
    volumes:
      - ./config:/config
      - ./txData:/txData
    ports:
      - "30120:30120"
      - "30120:30120/udp"
      - "40120:40120"
""", v=pick(r, ["latest", "stable", "7290"]))


@P("fivem_cfg_steamkey", "steam", "api_key", "cfg", ["secrets.cfg", "configs/secretkeys.cfg", "server.cfg"],
   "cfg", g_steam_key, "steam_webApiKey")
def _(r):
    return T("""## Keys loaded by server.cfg through `exec secrets.cfg`
# Steam Web API key, needed for steam identifiers
set steam_webApiKey «Q»

# txAdmin settings
set txAdmin-menuEnabled true
set txAdmin-menuAlignRight false
setr voice_useNativeAudio true
setr voice_useSendingRangeOnly true
""")


@P("fivem_cfg_mysql_url", "fivem", "db_password", "cfg", ["server.cfg", "configs/database.cfg"], "cfg",
   g_urlpw, "MYSQL_PASSWORD", sk="urlpw")
def _(r):
    return _fivem_head(r) + T("""
## oxmysql
set mysql_connection_string "mysql://«u»:«S»@«h»:3306/«db»?charset=utf8mb4"
set mysql_ui true
set mysql_slow_query_warning 150
""", u=pick(r, ["fivem", "root", "qbcore", "gameserver"]), h=pick(r, ["127.0.0.1", "localhost", "db"]),
                              db=pick(r, ["es_legacy", "qbcoreframework", "redm_rsg", "fivem"]))


@P("fivem_cfg_mysql_kv", "fivem", "db_password", "cfg", ["server.cfg", "server-data/db.cfg"], "cfg",
   g_password, "MYSQL_PASSWORD", sk="pw")
def _(r):
    return T("""# database (ghmattimysql / oxmysql both read this convar)
set mysql_connection_string "server=«h»;uid=«u»;password=«S»;database=«db»;port=3306"
set mysql_debug false
set mysql_slow_query_warning 200

ensure oxmysql
ensure «fw»
""", h=pick(r, ["127.0.0.1", lanip(r)]), u=pick(r, ["fivem", "esx", "qb"]),
             db=pick(r, ["essentialmode", "qbcore", "esx_rp"]), fw=pick(r, ["es_extended", "qb-core"]))


@P("fivem_cfg_rcon", "fivem", "rcon_password", "cfg", ["server.cfg"], "cfg", g_password,
   "RCON_PASSWORD", sk="pw")
def _(r):
    return _fivem_head(r) + T("""
# remote console for the panel bot
rcon_password "«S»"
sv_endpointprivacy true
""")


@P("fivem_lua_webhook", "discord", "webhook_url", "lua",
   ["resources/[logs]/logs/config.lua", "resources/admin_logs/config.lua"], "lua", g_discord_webhook,
   "discord_webhook", sk="url")
def _(r):
    return T("""Config = {}

Config.ServerName = '«n»'
Config.Color = «c»
Config.LogDeaths = true
Config.LogChat = false

Config.Webhooks = {
    default = «Q»,
}

Config.Ignore = {
    'steam:110000100000000',
}
""", n=pick(r, SERVER_NAMES), c=r.randint(1000000, 16777215))


@P("fivem_cfg_tebex", "tebex", "api_key", "cfg", ["server.cfg", "configs/store.cfg"], "cfg",
   g_tebex_secret, "sv_tebexSecret", q="")
def _(r):
    return T("""# Store integration (Tebex game server secret)
sv_tebexSecret «Q»

ensure «s»
setr store_url "https://«slug».tebex.io"
""", s=pick(r, ["store_claim", "vip_perks"]), slug=pick(r, ["lostcoastrp", "harborcity", "kraken-pvp"]))


@P("fivem_lua_bottoken", "discord", "bot_token", "lua", ["resources/discord_perms/config.lua",
                                                         "resources/[auth]/discord_api/config.lua"],
   "lua", g_discord_token, "discord_bot_token")
def _(r):
    return T("""Config = {
    Guild_ID = '«g»',
    Bot_Token = «Q»,
    RoleList = {
        ['Staff'] = '«r1»',
        ['Whitelisted'] = '«r2»',
    },
    CacheDiscordRoles = true,
    CacheDiscordRolesTime = 60,
}
""", g=snowflake(r), r1=snowflake(r), r2=snowflake(r))


# ---------------------------------------- Source / GMod / Minecraft / Rust ---------------------
@P("src_cfg_gslt", "steam", "server_token", "cfg", ["garrysmod/cfg/server.cfg", "csgo/cfg/server.cfg",
                                                    "tf/cfg/server.cfg"], "cfg", g_gslt, "STEAM_GSLT", q="")
def _(r):
    return T("""hostname "«n»"
sv_password ""
sv_region 3
sv_lan 0
sv_allowupload 1
sv_allowdownload 1
net_maxfilesize 64

sv_loadingurl "https://«d»/loading/"
sv_setsteamaccount «Q»

exec banned_user.cfg
exec banned_ip.cfg
""", n=pick(r, SERVER_NAMES), d=pick(r, ["lostcoast.gg", "copper-creek.net", "kraken.gg"]))


@P("src_sh_srcds", "steam", "server_token", "sh", ["start.sh", "scripts/srcds.sh"], "sh", g_gslt,
   "GSLT", q="")
def _(r):
    return T("""#!/bin/bash
# launch the Garry's Mod dedicated server under tmux
cd /home/steam/gmod || exit 1
./srcds_run -game garrysmod -console -port 27015 \\
  +maxplayers «m» \\
  +map «map» \\
  +gamemode «gm» \\
  +host_workshop_collection «ws» \\
  +sv_setsteamaccount «Q» \\
  -tickrate 33
""", m=pick(r, [24, 32, 64]), map=pick(r, ["rp_downtown_tits_v2", "gm_construct", "rp_bangclaw"]),
             gm=pick(r, ["darkrp", "terrortown", "sandbox"]), ws=r.randint(10 ** 8, 3 * 10 ** 9))


@P("gmod_cfg_rcon", "source", "rcon_password", "cfg", ["garrysmod/cfg/server.cfg", "cstrike/cfg/server.cfg"],
   "cfg", g_password, "RCON_PASSWORD", sk="pw")
def _(r):
    return T("""// server identity
hostname "«n» | DarkRP"
sv_region 255
sv_contact "admin@«d»"

// remote administration
rcon_password "«S»"
sv_rcon_banpenalty 30
sv_rcon_maxfailures 5

sbox_maxprops 150
sbox_noclip 0
""", n=pick(r, SERVER_NAMES), d=pick(r, ["lostcoast.gg", "kraken.gg"]))


@P("gmod_lua_mysqlite", "source", "db_password", "lua",
   ["garrysmod/addons/darkrpmodification/lua/darkrp_config/mysql.lua"], "lua", g_password,
   "mysql_password", sk="pw")
def _(r):
    return T("""RP_MySQLConfig = RP_MySQLConfig or {}

RP_MySQLConfig.EnableMySQL = true
RP_MySQLConfig.Host = "«h»"
RP_MySQLConfig.Username = "darkrp"
RP_MySQLConfig.Password = "«S»"
RP_MySQLConfig.Database_name = "darkrp"
RP_MySQLConfig.Database_port = 3306
RP_MySQLConfig.Preferred_module = "mysqloo"
RP_MySQLConfig.MultiStatements = false
""", h=lanip(r))


@P("gmod_lua_steamkey", "steam", "api_key", "lua", ["garrysmod/addons/familyshare_check/lua/autorun/server/sv_config.lua"],
   "lua", g_steam_key, "steam_api_key")
def _(r):
    return T("""-- Blocks family-shared alts of banned accounts
FSC = FSC or {}
FSC.KickMessage = "Family shared accounts of banned players are not allowed."
FSC.APIKey = «Q»
FSC.CheckInterval = 300
FSC.LogToConsole = true
""")


@P("py_rcon_client", "source", "rcon_password", "py", ["tools/rcon_restart.py", "bot/cogs/rcon.py"], "py",
   g_password, "RCON_PASSWORD", sk="pw", q="'")
def _(r):
    return T('''from rcon.source import Client

HOST = "«ip»"
PORT = 27015


def announce_restart(minutes: int) -> str:
    with Client(HOST, PORT, passwd='«S»') as client:
        client.run("say", f"Server restart in {minutes} minutes")
        return client.run("status")


if __name__ == "__main__":
    print(announce_restart(5))
''', ip=ip(r))


@P("mc_props_rcon", "minecraft", "rcon_password", "properties", ["server.properties", "data/server.properties"],
   "properties", g_password, "RCON_PASSWORD", sk="pw")
def _(r):
    return T("""#Minecraft server properties
#«d»
enable-jmx-monitoring=false
rcon.port=25575
level-seed=«seed»
gamemode=survival
enable-command-block=false
enable-query=false
level-name=world
motd=«n»
query.port=25565
pvp=true
difficulty=normal
network-compression-threshold=256
max-players=«m»
online-mode=true
enable-rcon=true
rcon.password=«S»
view-distance=10
server-port=25565
white-list=false
""", d=date(r), seed=r.randint(-9 * 10 ** 18, 9 * 10 ** 18), n=pick(r, SERVER_NAMES), m=pick(r, [20, 50, 100]))


@P("rust_bat_rcon", "rust", "rcon_password", "bat", ["start.bat", "RustDedicated/start_server.bat"], "bat",
   g_password, "RCON_PASSWORD", sk="pw")
def _(r):
    return T("""@echo off
:start
RustDedicated.exe -batchmode -nographics ^
 +server.ip 0.0.0.0 ^
 +server.port 28015 ^
 +server.maxplayers «m» ^
 +server.hostname "«n»" ^
 +server.identity "main" ^
 +server.seed «seed» ^
 +server.worldsize 3500 ^
 +rcon.ip 0.0.0.0 ^
 +rcon.port 28016 ^
 +rcon.password "«S»" ^
 +rcon.web 1
goto start
""", m=pick(r, [100, 150, 200]), n=pick(r, SERVER_NAMES), seed=r.randint(1, 2147483647))


# ---------------------------------------- Steam ------------------------------------------------
@P("steam_py_summaries", "steam", "api_key", "py", ["bot/steam.py", "app/services/steam_profile.py"], "py",
   g_steam_key, "STEAM_API_KEY")
def _(r):
    return T('''import aiohttp

STEAM_API_KEY = «Q»
SUMMARY_URL = "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/"


async def player_summary(session: aiohttp.ClientSession, steamid64: str) -> dict:
    params = {"key": STEAM_API_KEY, "steamids": steamid64}
    async with session.get(SUMMARY_URL, params=params, timeout=10) as resp:
        resp.raise_for_status()
        data = await resp.json()
    players = data["response"]["players"]
    return players[0] if players else {}
''')


@P("steam_js_url", "steam", "api_key", "js", ["src/steam/bans.js", "lib/steamBans.js"], "js", g_steam_key,
   "STEAM_API_KEY", q="")
def _(r):
    return T("""const fetch = require('node-fetch');

// VAC / game ban lookup used by the !check command
async function getBans(steamId) {
  const url = `https://api.steampowered.com/ISteamUser/GetPlayerBans/v1/?key=«Q»&steamids=${steamId}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`steam ${res.status}`);
  const { players } = await res.json();
  return players[0];
}

module.exports = { getBans };
""")


@P("steam_cs_publisher", "steam", "api_key", "cs", ["Server/Steam/MicroTxnClient.cs", "Backend/Payments/SteamTxn.cs"],
   "cs", g_steam_key, "SteamPublisherKey")
def _(r):
    return T("""using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace «ns».Payments
{
    public sealed class MicroTxnClient
    {
        private const uint AppId = «app»;
        private static readonly string PublisherKey = «Q»;
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> InitTxnAsync(ulong steamId, ulong orderId, string itemId)
        {
            var form = new Dictionary<string, string>
            {
                ["key"] = PublisherKey,
                ["orderid"] = orderId.ToString(),
                ["steamid"] = steamId.ToString(),
                ["appid"] = AppId.ToString(),
                ["itemcount"] = "1",
                ["language"] = "en",
                ["currency"] = "USD",
                ["itemid[0]"] = itemId,
            };
            var res = await Http.PostAsync("https://partner.steam-api.com/ISteamMicroTxn/InitTxn/v3/",
                new FormUrlEncodedContent(form));
            return await res.Content.ReadAsStringAsync();
        }
    }
}
""", ns=pick(r, ["Skyforge", "Outpost", "Ironclad"]), app=r.randint(300000, 3200000))


@P("steam_json_botcfg", "steam", "api_key", "json", ["config/default.json", "settings.json"], "json",
   g_steam_key, "STEAM_KEY")
def _(r):
    return T("""{
  "server": {
    "name": "«n»",
    "ip": "«ip»",
    "queryPort": 27016
  },
  "steam": {
    "webApiKey": «Q»,
    "groupId": "«gid»"
  },
  "refreshSeconds": 60
}
""", n=pick(r, SERVER_NAMES), ip=ip(r), gid=str(103582791429521408 + r.randint(10 ** 5, 10 ** 8)))


# ---------------------------------------- Tebex ------------------------------------------------
@P("tebex_yml_plugin", "tebex", "api_key", "yml", ["plugins/Tebex/config.yml", "plugins/BuycraftX/config.yml"],
   "yml", g_tebex_secret, "TEBEX_SECRET")
def _(r):
    return T("""# Tebex plugin configuration
verbose: false
secret: «Q»
language: en
check-for-updates: true
buy-command:
  name: buy
  enabled: true
""")


@P("tebex_ts_webhook", "tebex", "webhook_secret", "ts", ["src/routes/tebex.ts", "server/webhooks/tebex.ts"], "ts",
   g_tebex_whsec, "TEBEX_WEBHOOK_SECRET", q="'")
def _(r):
    return T("""import crypto from 'node:crypto';
import type { Request, Response } from 'express';

const webhookSecret = «Q»;

export function tebexWebhook(req: Request & { rawBody: Buffer }, res: Response) {
  const bodyHash = crypto.createHash('sha256').update(req.rawBody).digest('hex');
  const expected = crypto.createHmac('sha256', webhookSecret).update(bodyHash).digest('hex');
  if (expected !== req.header('X-Signature')) {
    return res.status(403).send('bad signature');
  }
  const event = JSON.parse(req.rawBody.toString('utf8'));
  if (event.type === 'validation.webhook') {
    return res.json({ id: event.id });
  }
  // payment.completed etc. are queued for the game server
  return res.sendStatus(204);
}
""")


@P("tebex_py_header", "tebex", "api_key", "py", ["tools/tebex_queue.py", "bot/store.py"], "py",
   g_tebex_secret, "TEBEX_SECRET")
def _(r):
    return T('''import requests

API = "https://plugin.tebex.io"
session = requests.Session()
session.headers.update({
    "X-Tebex-Secret": «Q»,
    "User-Agent": "«n»-bot/«v»",
})


def due_players():
    res = session.get(f"{API}/queue", timeout=15)
    res.raise_for_status()
    return res.json().get("players", [])
''', n=pick(r, ["harbor", "kraken", "ember"]), v=semver(r))


# ---------------------------------------- Nexus Mods -------------------------------------------
@P("nexus_py_header", "nexusmods", "api_key", "py", ["scripts/check_updates.py", "tools/nexus.py"], "py",
   g_nexus, "NEXUS_API_KEY")
def _(r):
    return T('''"""Compare installed mod versions with Nexus Mods."""
import httpx

GAME = "«g»"
client = httpx.Client(
    base_url="https://api.nexusmods.com/v1",
    headers={"apikey": «Q», "Application-Name": "modlist-checker", "Application-Version": "«v»"},
    timeout=20,
)


def latest(mod_id: int) -> str:
    data = client.get(f"/games/{GAME}/mods/{mod_id}.json").json()
    return data["version"]
''', g=pick(r, GAMES), v=semver(r))


@P("nexus_cs_ctor", "nexusmods", "api_key", "cs", ["Tools/Uploader/Program.cs", "src/ModUploader/Program.cs"],
   "cs", g_nexus, "NEXUSMOD_API_KEY")
def _(r):
    return T("""using System;
using System.Threading.Tasks;

namespace ModUploader
{
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            var client = new NexusClient(«Q», "ModUploader", "«v»");
            var user = await client.ValidateAsync();
            Console.WriteLine($"Authenticated as {user.Name} (premium: {user.IsPremium})");
            return await client.UploadAsync(«mod», args[0]) ? 0 : 1;
        }
    }
}
""", v=semver(r), mod=r.randint(100, 140000))


@P("nexus_gha_env", "nexusmods", "api_key", "yml", [".github/workflows/release.yml"], "yml-gha", g_nexus,
   "NEXUSMOD_API_KEY")
def _(r):
    return T("""name: Release to Nexus

on:
  release:
    types: [published]

jobs:
  upload:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: 8.0.x
      - run: dotnet build -c Release
      - run: dotnet tool install -g Digitalroot.ModUploader
      - name: Upload
        env:
          NEXUSMOD_API_KEY: «Q»
        run: drmu nx upload «mod» bin/Release/«name».zip -v ${{ github.event.release.tag_name }}
""", mod=r.randint(100, 3000), name=pick(r, ["BetterStacks", "QuickCraft", "MapPins"]))


# ---------------------------------------- CurseForge -------------------------------------------
@P("cf_json_launcher", "curseforge", "api_key", "json", ["launcher/config.json", "src/main/resources/launcher.json"],
   "json", g_cf_core, "CF_API_KEY")
def _(r):
    return T("""{
  "instanceDir": "instances",
  "java": { "autoDetect": true, "maxMemoryMb": 4096 },
  "sources": {
    "modrinth": { "enabled": true },
    "curseforge": {
      "enabled": true,
      "apiKey": «Q»
    }
  },
  "telemetry": false
}
""")


@P("cf_helm_values", "curseforge", "api_key", "yml", ["deploy/values.yaml", "helm/minecraft/values.yaml"],
   "yml", g_cf_core, "CF_API_KEY", q="'")
def _(r):
    return T("""minecraftServer:
  eula: "TRUE"
  type: AUTO_CURSEFORGE
  difficulty: normal
  maxPlayers: «m»
  memory: 6G
  autoCurseForge:
    slug: «slug»
    apiKey:
      key: «Q»
persistence:
  dataDir:
    enabled: true
    Size: 20Gi
""", m=pick(r, [10, 20, 40]), slug=pick(r, ["all-the-mods-9", "better-mc-forge-bmc4", "vault-hunters-1-18-2"]))


@P("cf_props_upload", "curseforge", "api_key", "properties", ["gradle.properties"], "properties",
   g_cf_upload, "CURSEFORGE_TOKEN", q="")
def _(r):
    return T("""org.gradle.jvmargs=-Xmx3G
org.gradle.daemon=false

minecraft_version=«mc»
loader_version=0.15.11
mod_version=«v»
maven_group=«grp»
archives_base_name=«slug»

curseforge_id=«cf»
curseforge_token=«Q»
""", mc=pick(r, MC_VERSIONS), v=semver(r), grp=pick(r, ["dev.kraken", "net.emberisles", "io.github.pixeloutpost"]),
             slug=pick(r, ["tidy-inventory", "mob-radar", "quick-stack"]), cf=r.randint(200000, 1100000))


@P("cf_kts_upload", "curseforge", "api_key", "kts", ["build.gradle.kts"], "kts", g_cf_upload,
   "CURSEFORGE_TOKEN")
def _(r):
    return T("""plugins {
    id("fabric-loom") version "1.6-SNAPSHOT"
    id("io.github.themrmilchmann.curseforge-publish") version "0.6.1"
}

version = "«v»"
group = "«grp»"

curseforge {
    apiToken = «Q»
    publications {
        register("curseForge") {
            projectId = "«cf»"
            artifacts.register("main") {
                from(tasks.named("remapJar"))
            }
        }
    }
}
""", v=semver(r), grp=pick(r, ["dev.kraken", "net.emberisles"]), cf=r.randint(200000, 1100000))


@P("cf_java_header", "curseforge", "api_key", "java", ["src/main/java/dev/launcher/CurseForgeApi.java"], "java",
   g_cf_core, "CF_API_KEY")
def _(r):
    return T("""package dev.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class CurseForgeApi {
    private static final String BASE = "https://api.curseforge.com/v1";
    private final HttpClient http = HttpClient.newHttpClient();

    public String mod(int modId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/mods/" + modId))
                .header("Accept", "application/json")
                .header("x-api-key", «Q»)
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""")


# ---------------------------------------- Modrinth ---------------------------------------------
@P("mr_props_token", "modrinth", "access_token", "properties", ["gradle.properties"], "properties",
   g_modrinth, "MODRINTH_TOKEN", q="")
def _(r):
    return T("""# Done to increase the memory available to gradle.
org.gradle.jvmargs=-Xmx2G
org.gradle.parallel=true

minecraft_version=«mc»
yarn_mappings=«mc»+build.3
loader_version=0.16.5
fabric_version=0.92.2+«mc»

mod_version=«v»
modrinth_id=«mid»
modrinth_token=«Q»
""", mc=pick(r, MC_VERSIONS), v=semver(r), mid=rs(r, ALNUM, 8))


@P("mr_groovy_minotaur", "modrinth", "access_token", "gradle", ["build.gradle"], "groovy", g_modrinth,
   "MODRINTH_TOKEN", q="'")
def _(r):
    return T("""plugins {
    id 'fabric-loom' version '1.7-SNAPSHOT'
    id 'com.modrinth.minotaur' version '2.+'
}

version = project.mod_version
group = project.maven_group

modrinth {
    token = «Q»
    projectId = '«slug»'
    versionNumber = project.mod_version
    versionType = 'release'
    uploadFile = remapJar
    gameVersions = ['«mc»']
    loaders = ['fabric']
    dependencies {
        required.project 'fabric-api'
    }
}
""", slug=pick(r, ["tidy-inventory", "mob-radar", "quick-stack"]), mc=pick(r, MC_VERSIONS))


@P("mr_sh_curl", "modrinth", "access_token", "sh", ["scripts/publish-modrinth.sh"], "sh", g_modrinth,
   "MODRINTH_TOKEN", q="")
def _(r):
    return T("""#!/usr/bin/env bash
set -e
JAR=$(ls build/libs/*-«v».jar | head -n1)
curl -sS -X POST https://api.modrinth.com/v2/version \\
  -H "Authorization: «Q»" \\
  -H "User-Agent: «slug»-ci/«v»" \\
  -F 'data={"project_id":"«mid»","version_number":"«v»","game_versions":["«mc»"],"loaders":["fabric"],"version_type":"release","featured":true,"dependencies":[],"file_parts":["jar"]}' \\
  -F "jar=@${JAR}"
""", v=semver(r), slug=pick(r, ["tidy-inventory", "mob-radar"]), mid=rs(r, ALNUM, 8), mc=pick(r, MC_VERSIONS))


@P("mr_py_header", "modrinth", "access_token", "py", ["tools/modpack_publish.py"], "py", g_modrinth,
   "MODRINTH_TOKEN")
def _(r):
    return T('''import json
import pathlib

import requests

API = "https://api.modrinth.com/v2"
TOKEN = «Q»


def publish(mrpack: pathlib.Path, project_id: str, version: str):
    data = {
        "project_id": project_id,
        "version_number": version,
        "name": f"Pack {version}",
        "game_versions": ["«mc»"],
        "loaders": ["fabric"],
        "version_type": "beta",
        "featured": False,
        "dependencies": [],
        "file_parts": ["pack"],
    }
    with mrpack.open("rb") as fh:
        res = requests.post(f"{API}/version", headers={"Authorization": TOKEN},
                            data={"data": json.dumps(data)}, files={"pack": fh}, timeout=120)
    res.raise_for_status()
    return res.json()["id"]
''', mc=pick(r, MC_VERSIONS))


# ---------------------------------------- itch.io / Overwolf -----------------------------------
@P("itch_gha_butler", "itchio", "api_key", "yml", [".github/workflows/itch.yml", ".github/workflows/build.yml"],
   "yml-gha", g_itch, "BUTLER_API_KEY")
def _(r):
    return T("""name: Ship to itch.io

on:
  push:
    tags: ["v*"]

jobs:
  export:
    runs-on: ubuntu-latest
    container: barichello/godot-ci:4.2.2
    steps:
      - uses: actions/checkout@v4
      - run: mkdir -p build/web && godot --headless --export-release "Web" build/web/index.html
      - uses: remarkablegames/setup-butler@v1
      - run: butler push build/web «user»/«game»:html5 --userversion ${GITHUB_REF_NAME#v}
        env:
          BUTLER_API_KEY: «Q»
""", user=pick(r, ["pixeloutpost", "emberdev", "tinyfrog"]), game=pick(r, ["cave-runner", "moss-knight", "tiny-tactics"]))


@P("itch_sh_inline", "itchio", "api_key", "sh", ["deploy.sh", "tools/upload_itch.sh"], "sh", g_itch,
   "BUTLER_API_KEY", q="")
def _(r):
    return T("""#!/bin/sh
# usage: ./deploy.sh <version>
VERSION="${1:?version}"
for ch in windows linux osx; do
  BUTLER_API_KEY=«Q» butler push "export/$ch" «user»/«game»:"$ch" --userversion "$VERSION"
done
butler status «user»/«game»
""", user=pick(r, ["pixeloutpost", "emberdev"]), game=pick(r, ["cave-runner", "moss-knight"]))


@P("ow_js_cli", "overwolf", "api_key", "js", ["scripts/release.js", "tools/ow-release.mjs"], "js", g_overwolf,
   "OW_CLI_API_KEY", q="'")
def _(r):
    return T("""// Packs, signs and uploads the OPK to the Overwolf dev console
const { execSync } = require('node:child_process');

const OW_CLI_EMAIL = 'builds@«d»';
const OW_CLI_API_KEY = «Q»;
const env = { ...process.env, OW_CLI_EMAIL, OW_CLI_API_KEY };

execSync('ow opk pack dist -o build/app.opk', { stdio: 'inherit', env });
execSync('ow opk sign build/app.opk', { stdio: 'inherit', env });
execSync('ow opk upload build/app.signed.opk -c «chan» --wait', { stdio: 'inherit', env });
""", d=pick(r, ["kraken.gg", "emberisles.dev"]), chan=r.randint(100, 999))


# ---------------------------------------- Discord ----------------------------------------------
@P("dc_json_config", "discord", "bot_token", "json", ["config.json", "src/config.json"], "json",
   g_discord_token, "DISCORD_TOKEN")
def _(r):
    return T("""{
  "token": «Q»,
  "clientId": "«app»",
  "guildId": "«g»",
  "status": "Watching «n»",
  "channels": {
    "welcome": "«c1»",
    "modlog": "«c2»"
  }
}
""", app=snowflake(r), g=snowflake(r), n=pick(r, SERVER_NAMES), c1=snowflake(r), c2=snowflake(r))


@P("dc_js_login", "discord", "bot_token", "js", ["index.js", "src/bot.js"], "js", g_discord_token,
   "DISCORD_TOKEN", q="'")
def _(r):
    return T("""const { Client, GatewayIntentBits, Events } = require('discord.js');
const { status } = require('./lib/serverQuery');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.once(Events.ClientReady, (c) => {
  console.log(`Ready! Logged in as ${c.user.tag}`);
  setInterval(async () => {
    const s = await status('«ip»', 27015);
    c.user.setActivity(`${s.players}/${s.maxPlayers} on «n»`);
  }, 60_000);
});

client.login(«Q»);
""", ip=ip(r), n=pick(r, SERVER_NAMES))


@P("dc_py_run", "discord", "bot_token", "py", ["bot.py", "community_bot/main.py"], "py", g_discord_token,
   "DISCORD_TOKEN")
def _(r):
    return T('''import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command()
async def ip(ctx):
    await ctx.send("Join us at «ip»:«port»")


@bot.event
async def on_ready():
    print(f"logged in as {bot.user} ({bot.user.id})")


bot.run(«Q»)
''', ip=ip(r), port=pick(r, [25565, 27015, 30120]))


@P("dc_ts_rest", "discord", "bot_token", "ts", ["src/deploy-commands.ts", "scripts/register.ts"], "ts",
   g_discord_token, "DISCORD_TOKEN", q="'")
def _(r):
    return T("""import { REST, Routes, SlashCommandBuilder } from 'discord.js';

const commands = [
  new SlashCommandBuilder().setName('status').setDescription('Show server status'),
  new SlashCommandBuilder().setName('link').setDescription('Link your Steam account'),
].map((c) => c.toJSON());

const rest = new REST({ version: '10' }).setToken(«Q»);

(async () => {
  await rest.put(Routes.applicationGuildCommands('«app»', '«g»'), { body: commands });
  console.log(`registered ${commands.length} commands`);
})();
""", app=snowflake(r), g=snowflake(r))


@P("dc_py_webhook", "discord", "webhook_url", "py", ["tools/crash_notify.py", "watchdog/notify.py"], "py",
   g_discord_webhook, "DISCORD_WEBHOOK_URL", sk="url")
def _(r):
    return T('''import socket

import requests

HOOK = «Q»


def notify_crash(server: str, tail: str) -> None:
    payload = {
        "username": "watchdog@" + socket.gethostname(),
        "embeds": [{
            "title": f"{server} crashed",
            "description": "```" + tail[-1800:] + "```",
            "color": 0xE74C3C,
        }],
    }
    requests.post(HOOK, json=payload, timeout=10)
''')


@P("dc_json_modcfg", "discord", "webhook_url", "json", ["BepInEx/config/chat_relay.json", "config/discord_relay.json"],
   "json", g_discord_webhook, "webhookUrl", sk="url")
def _(r):
    return T("""{
  "enabled": true,
  "webhookUrl": «Q»,
  "relayJoins": true,
  "relayDeaths": false,
  "avatarUrl": "https://crafatar.com/avatars/{uuid}?overlay",
  "ignoredPrefixes": ["/", "!"]
}
""")


@P("dc_env_file", "discord", "bot_token", "env", [".env"], "env", g_discord_token, "DISCORD_TOKEN", q="")
def _(r):
    return T("""NODE_ENV=production
DISCORD_TOKEN=«Q»
DISCORD_CLIENT_ID=«app»
GUILD_ID=«g»
DATABASE_URL=file:./data/bot.sqlite
""", app=snowflake(r), g=snowflake(r))


@P("dc_java_webhook", "discord", "webhook_url", "java",
   ["src/main/java/net/emberisles/chatbridge/ChatBridge.java"], "java", g_discord_webhook,
   "WEBHOOK_URL", sk="url")
def _(r):
    return T("""package net.emberisles.chatbridge;

import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.player.AsyncPlayerChatEvent;
import org.bukkit.plugin.java.JavaPlugin;

public final class ChatBridge extends JavaPlugin implements Listener {
    private DiscordWebhook webhook;

    @Override
    public void onEnable() {
        webhook = new DiscordWebhook(«Q»);
        getServer().getPluginManager().registerEvents(this, this);
    }

    @EventHandler
    public void onChat(AsyncPlayerChatEvent event) {
        webhook.send(event.getPlayer().getName(), event.getMessage());
    }
}
""")


# ---------------------------------------- Twitch -----------------------------------------------
@P("tw_js_ebs", "twitch", "client_secret", "js", ["ebs/server.js", "backend/index.js"], "js", g_twitch_ext,
   "EXTENSION_SECRET", q="'")
def _(r):
    return T("""const jwt = require('jsonwebtoken');
const express = require('express');

const clientId = '«cid»';
const secret = Buffer.from(«Q», 'base64');
const app = express();

function verify(req) {
  const header = req.headers.authorization || '';
  const token = header.replace(/^Bearer /, '');
  return jwt.verify(token, secret, { algorithms: ['HS256'] });
}

app.post('/vote', express.json(), (req, res) => {
  const payload = verify(req);
  res.json({ channel: payload.channel_id, ok: true });
});

app.listen(8081);
""", cid=rs(r, LO + DG, 30))


@P("tw_yml_ext", "twitch", "client_secret", "yml", ["ebs/config.yml", "config/extension.yaml"], "yml",
   g_twitch_ext, "EXTENSION_SECRET")
def _(r):
    return T("""extension:
  client_id: «cid»
  owner_id: "«owner»"
  version: «v»
  secret: «Q»
pubsub:
  target: broadcast
  rate_limit_per_min: 60
""", cid=rs(r, LO + DG, 30), owner=r.randint(10 ** 7, 9 * 10 ** 8), v=semver(r))


@P("tw_py_client", "twitch", "client_secret", "py", ["bot/twitch_auth.py"], "py", g_twitch_client_secret,
   "TWITCH_CLIENT_SECRET")
def _(r):
    return T('''import requests

TWITCH_CLIENT_ID = "«cid»"
TWITCH_CLIENT_SECRET = «Q»


def app_token() -> str:
    res = requests.post("https://id.twitch.tv/oauth2/token", data={
        "client_id": TWITCH_CLIENT_ID,
        "client_secret": TWITCH_CLIENT_SECRET,
        "grant_type": "client_credentials",
    }, timeout=10)
    res.raise_for_status()
    return res.json()["access_token"]
''', cid=rs(r, LO + DG, 30))


# ---------------------------------------- BattleMetrics ----------------------------------------
@P("bm_py_header", "battlemetrics", "access_token", "py", ["tools/bm_bans.py", "bot/cogs/battlemetrics.py"], "py",
   g_battlemetrics, "BATTLEMETRICS_TOKEN", q="")
def _(r):
    return T('''import requests

SERVER_ID = «sid»
HEADERS = {"Authorization": "Bearer «Q»"}


def online_players():
    url = f"https://api.battlemetrics.com/servers/{SERVER_ID}"
    res = requests.get(url, headers=HEADERS, params={"include": "player"}, timeout=15)
    res.raise_for_status()
    return [p["attributes"]["name"] for p in res.json().get("included", [])]
''', sid=r.randint(10 ** 6, 3 * 10 ** 7))


@P("bm_yml_cfg", "battlemetrics", "access_token", "yml", ["config/bot.yml", "bm-sync/config.yaml"], "yml",
   g_battlemetrics, "BM_TOKEN")
def _(r):
    return T("""battlemetrics:
  token: «Q»
  organization: «org»
  banlist: «bl»
servers:
  - name: «n»
    id: «sid»
sync_interval: 5m
""", org=r.randint(1000, 90000), bl=uuid4(r), n=pick(r, SERVER_NAMES), sid=r.randint(10 ** 6, 3 * 10 ** 7))


# ---------------------------------------- Pterodactyl ------------------------------------------
@P("ptero_sh_upload", "pterodactyl", "api_key", "sh", ["scripts/deploy-mods.sh", "deploy/push_plugins.sh"], "sh",
   g_ptlc, "PTERO_CLIENT_KEY", q="")
def _(r):
    return T("""#!/usr/bin/env bash
# Upload built plugins to the server and restart it through the panel.
set -euo pipefail
PANEL="https://panel.«d»"
SERVER="«sid»"
AUTH="Authorization: Bearer «Q»"

URL=$(curl -fsS -H "$AUTH" -H "Accept: application/json" \\
  "$PANEL/api/client/servers/$SERVER/files/upload" | jq -r .attributes.url)
for jar in build/libs/*.jar; do
  curl -fsS -F "files=@$jar" "$URL&directory=/plugins"
done
curl -fsS -X POST -H "$AUTH" -H "Content-Type: application/json" \\
  -d '{"signal":"restart"}' "$PANEL/api/client/servers/$SERVER/power"
""", d=pick(r, ["kraken.gg", "emberisles.dev", "harborcity.net"]), sid=rs(r, HEXL, 8))


@P("ptero_py_pydactyl", "pterodactyl", "api_key", "py", ["ops/provision.py", "tools/ptero_admin.py"], "py",
   g_ptla, "PTERODACTYL_APP_KEY", q="'")
def _(r):
    return T('''from pydactyl import PterodactylClient

api = PterodactylClient('https://panel.«d»', «Q»)


def create_event_server(owner_id: int, name: str):
    return api.servers.create_server(
        name=name,
        user_id=owner_id,
        nest_id=1,
        egg_id=«egg»,
        memory_limit=4096,
        swap_limit=0,
        disk_limit=10240,
        location_ids=[1],
    )
''', d=pick(r, ["kraken.gg", "emberisles.dev"]), egg=r.randint(1, 30))


@P("ptero_gha_env", "pterodactyl", "api_key", "yml", [".github/workflows/deploy.yml"], "yml-gha", g_ptlc,
   "PTERODACTYL_API_KEY")
def _(r):
    return T("""name: Deploy plugin

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "21"
      - run: ./gradlew shadowJar
      - uses: rexlmanu/pterodactyl-upload-action@v2
        with:
          panel-host: https://panel.«d»
          api-key: «Q»
          server-id: «sid»
          source: build/libs/«jar».jar
          target: plugins/
          restart: true
""", d=pick(r, ["kraken.gg", "emberisles.dev"]), sid=rs(r, HEXL, 8), jar=pick(r, ["ChatBridge", "Economy"]))


@P("ptero_tf_provider", "pterodactyl", "api_key", "tf", ["infra/pterodactyl.tf", "terraform/main.tf"], "tf",
   g_ptla, "pterodactyl_api_key")
def _(r):
    return T("""terraform {
  required_providers {
    pterodactyl = {
      source  = "metacultist/pterodactyl"
      version = "~> 1.0"
    }
  }
}

provider "pterodactyl" {
  panel_url = "https://panel.«d»"
  api_key   = «Q»
}

resource "pterodactyl_server" "survival" {
  name        = "survival-«n»"
  user        = 1
  egg         = «egg»
  memory      = 6144
  disk        = 20480
  cpu         = 300
}
""", d=pick(r, ["kraken.gg", "emberisles.dev"]), n=r.randint(1, 9), egg=r.randint(1, 30))


# ---------------------------------------- Unity / Epic -----------------------------------------
@P("ugs_gha_login", "unity", "client_secret", "yml", [".github/workflows/ugs-deploy.yml"], "yml-gha",
   g_unity_secret, "UGS_CLI_SERVICE_SECRET_KEY")
def _(r):
    return T("""name: Deploy Cloud Code

on:
  push:
    paths: ["CloudCode/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      UGS_CLI_PROJECT_ID: «pid»
      UGS_CLI_ENVIRONMENT_NAME: production
      UGS_CLI_SERVICE_KEY_ID: «kid»
      UGS_CLI_SERVICE_SECRET_KEY: «Q»
    steps:
      - uses: actions/checkout@v4
      - run: npm install -g ugs
      - run: ugs deploy CloudCode/ --json
""", pid=uuid4(r), kid=uuid4(r))


@P("ugs_cs_basic", "unity", "client_secret", "cs", ["Tools/Editor/LeaderboardAdmin.cs", "Backend/UgsAdminClient.cs"],
   "cs", None, "UGS_BASIC_AUTH")
def _(r):
    return T("""using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

public static class LeaderboardAdmin
{
    const string ProjectId = "«pid»";
    static readonly string BasicAuth = «Q»;
    static readonly HttpClient Http = new HttpClient();

    public static async Task<string> ResetAsync(string leaderboardId)
    {
        var req = new HttpRequestMessage(HttpMethod.Post,
            $"https://services.api.unity.com/leaderboards/v1/projects/{ProjectId}/leaderboards/{leaderboardId}/scores/reset");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicAuth);
        var res = await Http.SendAsync(req);
        return await res.Content.ReadAsStringAsync();
    }
}
""", pid=uuid4(r))


def g_unity_basic(r):
    return base64.b64encode((uuid4(r) + ":" + g_unity_secret(r)).encode()).decode()


POS[-1]["gen"] = g_unity_basic


@P("ucb_sh_api", "unity", "api_key", "sh", ["ci/trigger_cloud_build.sh"], "sh", g_unity_build,
   "UNITY_CLOUD_BUILD_API_KEY", q="")
def _(r):
    return T("""#!/bin/bash
ORG="«org»"
PROJECT="«proj»"
TARGET="${1:-android-release}"
curl -sS -X POST \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Basic «Q»" \\
  -d '{"clean": false, "delay": 0}' \\
  "https://build-api.cloud.unity3d.com/api/v1/orgs/$ORG/projects/$PROJECT/buildtargets/$TARGET/builds"
""", org=pick(r, ["kraken-games", "ember-isles"]), proj=uuid4(r))


@P("eos_ini_artifact", "epic", "client_secret", "ini", ["Config/DefaultEngine.ini", "Config/Windows/WindowsEngine.ini"],
   "ini", g_eos_secret, "EOS_CLIENT_SECRET")
def _(r):
    return T("""[/Script/Engine.GameEngine]
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="/Script/SocketSubsystemEOS.NetDriverEOSBase",DriverClassNameFallback="/Script/OnlineSubsystemUtils.IpNetDriver")

[OnlineSubsystem]
DefaultPlatformService=EOS

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=«art»
TickBudgetInMilliseconds=0
bEnableOverlay=True
bUseEAS=True
bUseEOSConnect=True
+Artifacts=(ArtifactName="«art»",ClientId="xyza7891«cid»",ClientSecret=«Q»,ProductId="«prod»",SandboxId="«sb»",DeploymentId="«dep»")
""", art=pick(r, ["IronLanternDev", "SkyforgeLive"]), cid=rs(r, ALNUM, 24), prod=rs(r, HEXL, 32),
             sb=rs(r, HEXL, 32), dep=rs(r, HEXL, 32))


@P("eos_cs_platform", "epic", "client_secret", "cs", ["Assets/Scripts/Online/EosBootstrap.cs"], "cs",
   g_eos_secret, "EOS_CLIENT_SECRET")
def _(r):
    return T("""using Epic.OnlineServices;
using Epic.OnlineServices.Platform;
using UnityEngine;

public class EosBootstrap : MonoBehaviour
{
    PlatformInterface platform;

    void Awake()
    {
        var options = new Options
        {
            ProductId = "«prod»",
            SandboxId = "«sb»",
            DeploymentId = "«dep»",
            ClientCredentials = new ClientCredentials
            {
                ClientId = "xyza7891«cid»",
                ClientSecret = «Q»,
            },
            Flags = PlatformFlags.DisableOverlay,
        };
        platform = PlatformInterface.Create(ref options);
    }

    void Update() => platform?.Tick();
}
""", prod=rs(r, HEXL, 32), sb=rs(r, HEXL, 32), dep=rs(r, HEXL, 32), cid=rs(r, ALNUM, 24))


# ---------------------------------------- toolchains / consoles --------------------------------
@P("aftman_auth", "github", "access_token", "toml", ["tools/aftman-auth.toml", "ci/rokit/auth.toml"], "toml",
   g_ghp, "GITHUB_TOKEN")
def _(r):
    return T("""# copied to ~/.aftman/auth.toml on the CI runner so tool installs do not hit rate limits
github = «Q»
""")


@P("wally_auth", "github", "access_token", "toml", ["ci/wally-auth.toml", ".ci/auth.toml"], "toml", g_gho,
   "WALLY_AUTH_TOKEN")
def _(r):
    return T("""# wally publish credentials (written to ~/.wally/auth.toml by the release job)
[tokens]
"https://api.github.com" = «Q»
""")


@P("xbox_ps1_partner", "xbox", "client_secret", "ps1", ["build/Submit-XboxPackage.ps1"], "ps1", g_azure_secret,
   "PARTNER_CENTER_CLIENT_SECRET", q="'")
def _(r):
    return T("""param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $Flight = "internal"
)

$TenantId = '«tid»'
$ClientId = '«cid»'
$ClientSecret = «Q»

$body = @{
    grant_type    = 'client_credentials'
    client_id     = $ClientId
    client_secret = $ClientSecret
    resource      = 'https://manage.devcenter.microsoft.com'
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/token" -Body $body).access_token
Write-Host "Submitting $PackagePath to flight $Flight"
""", tid=uuid4(r), cid=uuid4(r))


@P("psn_gl_ci", "playstation", "access_token", "yml", [".gitlab-ci.yml"], "yml", g_opaque, "PS_DEVNET_TOKEN")
def _(r):
    return T("""stages: [build, submit]

variables:
  PS_TITLE_ID: «title»
  PS_DEVNET_TOKEN: «Q»

build:ps5:
  stage: build
  tags: [ps5-sdk]
  script:
    - ./tools/build.ps1 -Platform PS5 -Config Release
  artifacts:
    paths: [out/ps5/]

submit:ps5:
  stage: submit
  when: manual
  script:
    - ./tools/submit.ps1 -Package out/ps5/app.pkg
""", title="PPSA%05d" % r.randint(1, 30000))


# ---------------------------------------- logs / docs / sql / docker / xml ---------------------
@P("log_txadmin", "fivem", "licence_key", "log", ["logs/fxserver.log", "txData/default/logs/fxserver.log"], "log",
   g_cfxk, "sv_licenseKey", q="")
def _(r):
    t = clock(r)
    return T("""[«t»] [    txAdmin] Starting server...
[«t»] [    txAdmin] Spawning FXServer: ./FXServer +set serverProfile default +set txAdminPort 40120 +set sv_licenseKey «Q» +exec server.cfg
[«t»] [ citizen-server-impl] Server license key authentication succeeded. Welcome!
[«t»] [    resources] Found «n» resources.
[«t»] [ citizen-server-impl] Authenticated with cfx.re Nucleus: https://«nuc».users.cfx.re/
[«t»] [        svadhesive] Server is now visible in the server list.
""", t=t, n=r.randint(90, 400), nuc=rs(r, LO + DG, 6) + "-" + rs(r, LO + DG, 6))


@P("log_bot_debug", "discord", "bot_token", "log", ["logs/bot-debug.log", "logs/combined.log"], "log",
   g_discord_token, "DISCORD_TOKEN", q="")
def _(r):
    d, t = date(r), clock(r)
    return T("""«d» «t» info: Loading 14 command modules
«d» «t» debug: [WS => Manager] Fetched Gateway Information
«d» «t» debug: [WS => Manager] Session Limit Information: total 1000, remaining 997
«d» «t» debug: Provided token: «Q»
«d» «t» debug: Preparing to connect to the gateway...
«d» «t» info: Ready as «n»#0000 in «g» guilds
""", d=d, t=t, n=pick(r, ["HarborBot", "KrakenHelper", "EmberMod"]), g=r.randint(1, 40))


@P("md_setup_cfg", "fivem", "licence_key", "md", ["README.md", "docs/setup.md"], "md", g_cfxk, "sv_licenseKey",
   q="")
def _(r):
    return T("""# «n» server

## Setup

1. Import `sql/schema.sql` into MariaDB.
2. Copy the resources into `server-data/resources`.
3. Use this block at the end of `server.cfg`:

```cfg
set steam_webApiKey "none"
sv_licenseKey «Q»
exec permissions.cfg
```

Join with `connect «ip»:30120`.
""", n=pick(r, SERVER_NAMES), ip=ip(r))


@P("md_nexus_curl", "nexusmods", "api_key", "md", ["docs/nexus-api.md", "CONTRIBUTING.md"], "md", g_nexus,
   "NEXUS_API_KEY", q="")
def _(r):
    return T("""## Checking the latest file of a mod

```
curl -H "apikey: «Q»" \\
     -H "Application-Name: modlist-checker" \\
     https://api.nexusmods.com/v1/games/«g»/mods/«m»/files.json
```

Rate limits are 2,500 requests per day and 100 per hour after that.
""", g=pick(r, GAMES), m=r.randint(100, 140000))


@P("sql_create_user", "fivem", "db_password", "sql", ["sql/00_users.sql", "database/init.sql"], "sql",
   g_password, "DB_PASSWORD", sk="pw")
def _(r):
    return T("""-- run once as root before importing the framework schema
CREATE DATABASE IF NOT EXISTS `«db»` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'fivem'@'%' IDENTIFIED BY '«S»';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX ON `«db»`.* TO 'fivem'@'%';
FLUSH PRIVILEGES;
""", db=pick(r, ["es_legacy", "qbcore", "rsg"]))


@P("docker_env_key", "steam", "api_key", "Dockerfile", ["Dockerfile", "docker/bot.Dockerfile"], "docker",
   g_steam_key, "STEAM_API_KEY", q="")
def _(r):
    return T("""FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    STEAM_API_KEY=«Q» \\
    QUERY_HOST=«ip»
EXPOSE 3000
CMD ["node", "src/index.js"]
""", ip=ip(r))


@P("xml_appconfig", "nexusmods", "api_key", "xml", ["ModManager/App.config", "src/Launcher/App.config"], "xml",
   g_nexus, "NexusApiKey")
def _(r):
    return T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="GameDomain" value="«g»" />
    <add key="NexusApiKey" value=«Q» />
    <add key="DownloadFolder" value="%LOCALAPPDATA%\\ModManager\\downloads" />
  </appSettings>
</configuration>
""", g=pick(r, GAMES))


@P("compose_mariadb", "fivem", "db_password", "yml", ["docker-compose.yml", "stack/db.yml"], "yml", g_password,
   "MYSQL_ROOT_PASSWORD", sk="pw")
def _(r):
    return T("""services:
  mariadb:
    image: mariadb:11
    restart: unless-stopped
    environment:
      MARIADB_DATABASE: «db»
      MARIADB_USER: fivem
      MARIADB_PASSWORD: "«S»"
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - ./mysql:/var/lib/mysql
    ports:
      - "127.0.0.1:3306:3306"
""", db=pick(r, ["es_legacy", "qbcore"]))


# ----------------------------------------------------------------------------------------------
# look-alike negatives: no credential, but ids / hashes / public keys a naive scanner may flag
# ----------------------------------------------------------------------------------------------
NEG = []


def N(name, provider, kind, ft, paths):
    def deco(fn):
        NEG.append(dict(name=name, provider=provider, kind=kind, ft=ft, paths=paths, fn=fn))
        return fn
    return deco


@N("rojo_project", "roblox", "place_ids", "json", ["default.project.json", "place.project.json"])
def _(r):
    return T("""{
  "name": "«n»",
  "servePort": 34872,
  "servePlaceIds": [«p1», «p2»],
  "gameId": «u»,
  "tree": {
    "$className": "DataModel",
    "ReplicatedStorage": {
      "Shared": { "$path": "src/shared" },
      "Packages": { "$path": "Packages" }
    },
    "ServerScriptService": {
      "Server": { "$path": "src/server" }
    },
    "StarterPlayer": {
      "StarterPlayerScripts": {
        "Client": { "$path": "src/client" }
      }
    }
  }
}
""", n=pick(r, ["obby-rush", "tycoon-core", "sword-arena"]), p1=r.randint(10 ** 10, 9 * 10 ** 10),
             p2=r.randint(10 ** 10, 9 * 10 ** 10), u=r.randint(10 ** 9, 9 * 10 ** 9))


@N("wally_manifest", "roblox", "package_versions", "toml", ["wally.toml"])
def _(r):
    return T("""[package]
name = "«o»/«n»"
version = "«v»"
registry = "https://github.com/UpliftGames/wally-index"
realm = "shared"
license = "MIT"

[dependencies]
Knit = "sleitnick/knit@1.7.0"
Promise = "evaera/promise@4.0.0"
Signal = "sleitnick/signal@2.0.1"
ProfileStore = "lm-loleris/profilestore@1.0.3"
""", o=pick(r, ["krakengames", "emberdev"]), n=pick(r, ["combat-core", "inventory"]), v=semver(r))


@N("rokit_tools", "roblox", "toolchain", "toml", ["rokit.toml", "aftman.toml"])
def _(r):
    return """# This file lists tools managed by Rokit, a toolchain manager for Roblox projects.
[tools]
rojo = "rojo-rbx/rojo@7.4.4"
wally = "UpliftGames/wally@0.3.2"
selene = "Kampfkarren/selene@0.27.1"
stylua = "JohnnyMorganz/StyLua@0.20.0"
lune = "lune-org/lune@0.8.9"
rbxcloud = "Sleitnick/rbxcloud@0.13.0"
"""


@N("luau_asset_ids", "roblox", "asset_ids", "luau", ["src/shared/Assets.luau", "src/shared/GamePasses.luau"])
def _(r):
    rows = "\n".join('\t%s = "rbxassetid://%d",' % (k, r.randint(10 ** 9, 2 * 10 ** 11))
                     for k in ["Coin", "Jump", "Victory", "Click", "Background"])
    return T("""local Assets = {}

Assets.Sounds = {
«rows»
}

Assets.GamePasses = {
	VIP = «g1»,
	DoubleCoins = «g2»,
}

Assets.UniverseId = «u»
Assets.GroupId = «grp»

return Assets
""", rows=rows, g1=r.randint(10 ** 7, 9 * 10 ** 8), g2=r.randint(10 ** 7, 9 * 10 ** 8),
             u=r.randint(10 ** 9, 9 * 10 ** 9), grp=r.randint(10 ** 6, 3 * 10 ** 7))


@N("rbxmx_referents", "roblox", "referents", "xml", ["models/SpawnPad.rbxmx", "assets/Leaderboard.rbxmx"])
def _(r):
    return T("""<roblox xmlns:xmime="http://www.w3.org/2005/05/xmlmime" version="4">
	<Item class="Model" referent="RBX«r1»">
		<Properties>
			<string name="Name">«n»</string>
			<int64 name="SourceAssetId">«a»</int64>
			<UniqueId name="UniqueId">«u1»</UniqueId>
		</Properties>
		<Item class="Part" referent="RBX«r2»">
			<Properties>
				<string name="Name">Base</string>
				<bool name="Anchored">true</bool>
				<UniqueId name="UniqueId">«u2»</UniqueId>
				<Content name="TextureID"><url>rbxassetid://«tex»</url></Content>
			</Properties>
		</Item>
	</Item>
</roblox>
""", r1=rs(r, HEXU, 32), r2=rs(r, HEXU, 32), n=pick(r, ["SpawnPad", "Leaderboard"]), a=r.randint(10 ** 9, 2 * 10 ** 11),
             u1=rs(r, HEXL, 32), u2=rs(r, HEXL, 32), tex=r.randint(10 ** 9, 2 * 10 ** 11))


@N("luau_getsecret", "roblox", "secret_reference", "luau", ["src/server/Cloud.server.luau"])
def _(r):
    return T("""local HttpService = game:GetService("HttpService")

-- The key lives in the experience's Secrets store (Creator Dashboard), never in source.
local apiKey = HttpService:GetSecret("open_cloud_key")
local UNIVERSE_ID = «u»

local function headers()
	return {
		["x-api-key"] = apiKey,
		["Content-Type"] = "application/json",
	}
end

return { headers = headers, universe = UNIVERSE_ID }
""", u=r.randint(10 ** 9, 9 * 10 ** 9))


@N("fivem_admins_cfg", "fivem", "identifiers", "cfg", ["permissions.cfg", "configs/admins.cfg"])
def _(r):
    lines = []
    for _i in range(r.randint(3, 6)):
        lines.append("add_principal identifier.license:%s group.admin # %s" % (rs(r, HEXL, 40), pick(r, WORDS)))
    lines.append("add_principal identifier.steam:%s group.moderator" % ("11000010" + rs(r, HEXL, 7)))
    lines.append("add_principal identifier.discord:%s group.moderator" % snowflake(r))
    lines.append("add_principal identifier.fivem:%d group.admin" % r.randint(10 ** 5, 10 ** 7))
    return "add_ace group.admin command allow\nadd_ace group.admin command.quit deny\n\n" + "\n".join(lines) + "\n"


@N("fivem_getconvar", "fivem", "convar_lookup", "lua", ["resources/discord_logs/server/main.lua",
                                                         "resources/store/server.lua"])
def _(r):
    return """local webhook = GetConvar('discord_logs_webhook', '')
local tebexSecret = GetConvar('sv_tebexSecret', '')
local debug = GetConvarInt('logs_debug', 0) == 1

if webhook == '' then
    print('^1[logs]^0 discord_logs_webhook convar is not set; logging disabled')
end

AddEventHandler('playerDropped', function(reason)
    local src = source
    local name = GetPlayerName(src)
    if webhook ~= '' then
        PerformHttpRequest(webhook, function() end, 'POST',
            json.encode({ content = ('%s left (%s)'):format(name, reason) }),
            { ['Content-Type'] = 'application/json' })
    end
    if debug then print(name, reason, tebexSecret ~= '') end
end)
"""


@N("fxmanifest", "fivem", "manifest", "lua", ["resources/[standalone]/hud/fxmanifest.lua"])
def _(r):
    return T("""fx_version 'cerulean'
game 'gta5'
lua54 'yes'

author '«a»'
description 'Minimal HUD'
version '«v»'

shared_script '@ox_lib/init.lua'
client_scripts { 'client/*.lua' }
server_scripts { '@oxmysql/lib/MySQL.lua', 'server/*.lua' }
ui_page 'web/dist/index.html'
files { 'web/dist/index.html', 'web/dist/assets/*.js', 'web/dist/assets/*.css' }

escrow_ignore { 'config.lua' }
dependency '/assetpacks'
""", a=pick(r, ["kraken", "ember"]), v=semver(r))


@N("fivem_server_log", "fivem", "identifiers", "log", ["logs/server_console.log"])
def _(r):
    out = []
    for _i in range(6):
        out.append("[%s] [ script:playerlog] %s connecting: license:%s discord:%s fivem:%d ip:%s" % (
            clock(r), pick(r, WORDS), rs(r, HEXL, 40), snowflake(r), r.randint(10 ** 5, 10 ** 7), ip(r)))
    out.append("[%s] [ citizen-server-impl] Sync thread hitch warning: timer interval of %d milliseconds" % (
        clock(r), r.randint(150, 900)))
    return "\n".join(out) + "\n"


@N("esx_users_sql", "fivem", "identifiers", "sql", ["sql/seed_users.sql"])
def _(r):
    vals = ",\n".join("('license:%s', '%s', '%s', '{\"bank\":%d,\"money\":%d}', 'user')" % (
        rs(r, HEXL, 40), pick(r, WORDS), pick(r, WORDS), r.randint(0, 90000), r.randint(0, 5000)) for _i in range(5))
    return """CREATE TABLE IF NOT EXISTS `users` (
  `identifier` varchar(60) NOT NULL,
  `firstname` varchar(16) DEFAULT NULL,
  `lastname` varchar(16) DEFAULT NULL,
  `accounts` longtext DEFAULT NULL,
  `group` varchar(50) DEFAULT 'user',
  PRIMARY KEY (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `users` (`identifier`, `firstname`, `lastname`, `accounts`, `group`) VALUES
""" + vals + ";\n"


@N("gmod_users", "source", "steam_ids", "txt", ["garrysmod/settings/users.txt", "garrysmod/data/ulib/users.txt"])
def _(r):
    out = ['"Users"', "{"]
    for grp in ["superadmin", "admin"]:
        out.append('\t"%s"' % grp)
        out.append("\t{")
        for _i in range(r.randint(1, 3)):
            out.append('\t\t"%s"\t"STEAM_0:%d:%d"' % (pick(r, WORDS).lower(), r.randint(0, 1), r.randint(10 ** 6, 9 * 10 ** 8)))
        out.append("\t}")
    out.append("}")
    return "\n".join(out) + "\n"


@N("source_banned", "source", "steam_ids", "cfg", ["cfg/banned_user.cfg"])
def _(r):
    return "".join("banid 0 [U:1:%d]\n" % r.randint(10 ** 6, 1.4 * 10 ** 9) for _i in range(r.randint(4, 9))) + \
        "".join("banid 0 STEAM_1:%d:%d\n" % (r.randint(0, 1), r.randint(10 ** 6, 9 * 10 ** 8)) for _i in range(3))


@N("gmod_workshop_lua", "source", "workshop_ids", "lua", ["garrysmod/lua/autorun/server/workshop.lua"])
def _(r):
    return "-- force clients to download the content packs\n" + "".join(
        'resource.AddWorkshop("%d") -- %s\n' % (r.randint(10 ** 8, 3 * 10 ** 9), pick(r, ["models", "maps", "sounds", "hud"]))
        for _i in range(r.randint(5, 9)))


@N("steam_appmanifest", "steam", "build_ids", "acf", ["steamapps/appmanifest_4020.acf", "steamapps/appmanifest_730.acf"])
def _(r):
    return T('''"AppState"
{
	"appid"		"«app»"
	"Universe"		"1"
	"name"		"«n» Dedicated Server"
	"StateFlags"		"4"
	"installdir"		"«n»"
	"LastUpdated"		"«ts»"
	"SizeOnDisk"		"«size»"
	"buildid"		"«build»"
	"LastOwner"		"«owner»"
	"InstalledDepots"
	{
		"«depot»"
		{
			"manifest"		"«man»"
			"size"		"«size»"
		}
	}
}
''', app=r.randint(200000, 3000000), n=pick(r, ["GarrysMod", "Rust", "Valheim"]), ts=r.randint(1650000000, 1750000000),
             size=r.randint(10 ** 8, 10 ** 10), build=r.randint(10 ** 6, 2 * 10 ** 7), owner=steam64(r),
             depot=r.randint(200000, 3000000), man=r.randint(10 ** 17, 9 * 10 ** 18))


@N("steam_api_response", "steam", "avatar_hash", "json", ["tests/fixtures/player_summaries.json"])
def _(r):
    h = rs(r, HEXL, 40)
    return T("""{
  "response": {
    "players": [
      {
        "steamid": "«sid»",
        "communityvisibilitystate": 3,
        "profilestate": 1,
        "personaname": "«n»",
        "profileurl": "https://steamcommunity.com/profiles/«sid»/",
        "avatar": "https://avatars.steamstatic.com/«h».jpg",
        "avatarfull": "https://avatars.steamstatic.com/«h»_full.jpg",
        "avatarhash": "«h»",
        "lastlogoff": «ts»,
        "personastate": 1,
        "timecreated": «tc»
      }
    ]
  }
}
""", sid=steam64(r), n=pick(r, WORDS), h=h, ts=r.randint(1650000000, 1750000000), tc=r.randint(1100000000, 1600000000))


@N("steam_app_build_vdf", "steam", "depot_ids", "vdf", ["steam/app_build_%d.vdf"])
def _(r):
    app = r.randint(300000, 3000000)
    return T('''"AppBuild"
{
	"AppID" "«app»"
	"Desc" "CI build «b»"
	"ContentRoot" "../build/"
	"BuildOutput" "../output/"
	"SetLive" "beta"
	"Depots"
	{
		"«d1»"
		{
			"FileMapping"
			{
				"LocalPath" "windows/*"
				"DepotPath" "."
				"recursive" "1"
			}
		}
	}
}
''', app=app, b=r.randint(100, 9000), d1=app + 1)


@N("discord_public_cfg", "discord", "public_key", "toml", ["wrangler.toml"])
def _(r):
    return T("""name = "interactions-worker"
main = "src/index.ts"
compatibility_date = "«d»"

[vars]
DISCORD_APPLICATION_ID = "«app»"
DISCORD_PUBLIC_KEY = "«pk»"
GUILD_ID = "«g»"
# DISCORD_TOKEN is stored with `wrangler secret put DISCORD_TOKEN`
""", d=date(r), app=snowflake(r), pk=rs(r, HEXL, 64), g=snowflake(r))


@N("discord_verify_test", "discord", "signature", "ts", ["test/verify.test.ts"])
def _(r):
    return T("""import { describe, expect, it } from 'vitest';
import { verifyKey } from 'discord-interactions';

const PUBLIC_KEY = '«pk»';

describe('interaction signature', () => {
  it('rejects a tampered body', async () => {
    const signature = '«sig»';
    const timestamp = '«ts»';
    const ok = await verifyKey('{"type":1,"tampered":true}', signature, timestamp, PUBLIC_KEY);
    expect(ok).toBe(false);
  });
});
""", pk=rs(r, HEXL, 64), sig=rs(r, HEXL, 128), ts=r.randint(1650000000, 1750000000))


@N("discord_message_json", "discord", "cdn_signature", "json", ["tests/fixtures/message_create.json"])
def _(r):
    return T("""{
  "id": "«m»",
  "channel_id": "«c»",
  "guild_id": "«g»",
  "author": { "id": "«a»", "username": "«n»", "discriminator": "0", "avatar": "«av»" },
  "content": "crash log attached",
  "attachments": [
    {
      "id": "«att»",
      "filename": "crash-«d».txt",
      "size": «sz»,
      "url": "https://cdn.discordapp.com/attachments/«c»/«att»/crash.txt?ex=«ex»&is=«is»&hm=«hm»&",
      "content_type": "text/plain; charset=utf-8"
    }
  ],
  "timestamp": "«d»T«t».000000+00:00"
}
""", m=snowflake(r), c=snowflake(r), g=snowflake(r), a=snowflake(r), n=pick(r, WORDS).lower(),
             av=rs(r, HEXL, 32), att=snowflake(r), d=date(r), t=clock(r), sz=r.randint(1000, 90000),
             ex=rs(r, HEXL, 8), is_=0, hm=rs(r, HEXL, 64)).replace("«is»", rs(r, HEXL, 8))


@N("discord_bot_ids", "discord", "snowflakes", "json", ["config/ids.json", "src/data/channels.json"])
def _(r):
    keys = ["welcome", "rules", "announcements", "tickets", "staff", "logs", "suggestions"]
    body = ",\n".join('    "%s": "%s"' % (k, snowflake(r)) for k in keys)
    return T("""{
  "applicationId": "«app»",
  "guildId": "«g»",
  "channels": {
«body»
  },
  "roles": { "verified": "«r1»", "muted": "«r2»" }
}
""", app=snowflake(r), g=snowflake(r), body=body, r1=snowflake(r), r2=snowflake(r))


@N("twitch_ext_manifest", "twitch", "client_id", "json", ["extension/manifest.json"])
def _(r):
    return T("""{
  "id": "«cid»",
  "version": "«v»",
  "name": "Live Leaderboard",
  "author_name": "«a»",
  "views": {
    "panel": { "viewer_url": "panel.html", "height": 300 },
    "config": { "viewer_url": "config.html" }
  },
  "allowlisted_config_urls": [],
  "bits_enabled": false,
  "has_chat_support": false
}
""", cid=rs(r, LO + DG, 30), v=semver(r), a=pick(r, ["krakengames", "emberdev"]))


@N("twitch_doc_example", "twitch", "documented_example", "md", ["docs/twitch-api.md"])
def _(r):
    return """## Get extension secrets (from the Twitch reference)

```
curl -X GET 'https://api.twitch.tv/helix/extensions/jwt/secrets?extension_id=uo6dggojyb8d6soh92zknwmi5ej1q2' \\
-H 'Authorization: Bearer cfabdegwdoklmawdzdo98xt2fo512y' \\
-H 'Client-Id: uo6dggojyb8d6soh92zknwmi5ej1q2'
```

Our EBS reads its own secret from the `EXTENSION_SECRET` environment variable.
"""


@N("eos_public_ids", "epic", "public_ids", "json", ["Assets/StreamingAssets/EOS/EpicOnlineServicesConfig.json"])
def _(r):
    return T("""{
  "productName": "«n»",
  "productVersion": "«v»",
  "productID": "«p»",
  "sandboxID": "«s»",
  "deploymentID": "«d»",
  "clientSecret": "",
  "clientID": "xyza7891«c»",
  "encryptionKey": "",
  "platformOptionsFlags": ["EOS_PF_DISABLE_OVERLAY"],
  "tickBudgetInMilliseconds": 0
}
""", n=pick(r, ["Skyforge", "Iron Lantern"]), v=semver(r), p=rs(r, HEXL, 32), s=rs(r, HEXL, 32),
             d=rs(r, HEXL, 32), c=rs(r, ALNUM, 24))


@N("unity_meta", "unity", "guid", "meta", ["Assets/Scripts/PlayerController.cs.meta", "Assets/Prefabs/Enemy.prefab.meta"])
def _(r):
    return T("""fileFormatVersion: 2
guid: «g»
MonoImporter:
  externalObjects: {}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {instanceID: 0}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""", g=rs(r, HEXL, 32))


@N("unity_project_settings", "unity", "project_ids", "asset", ["ProjectSettings/ProjectSettings.asset"])
def _(r):
    return T("""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: «pg»
  AndroidProfiler: 0
  companyName: «c»
  productName: «n»
  defaultScreenWidth: 1920
  defaultScreenHeight: 1080
  bundleVersion: «v»
  cloudProjectId: «cp»
  projectName: «n»
  organizationId: «org»
  cloudEnabled: 0
""", pg=rs(r, HEXL, 32), c=pick(r, ["Kraken Games", "Ember Isles"]), n=pick(r, ["Skyforge", "MossKnight"]),
             v=semver(r), cp=uuid4(r), org=pick(r, ["kraken-games", "ember-isles"]))


@N("unity_scene_refs", "unity", "file_ids", "unity", ["Assets/Scenes/Main.unity"])
def _(r):
    return T("""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!1 &«a»
GameObject:
  m_ObjectHideFlags: 0
  m_Component:
  - component: {fileID: «b»}
  m_Layer: 0
  m_Name: Spawner
--- !u!114 &«b»
MonoBehaviour:
  m_GameObject: {fileID: «a»}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: «g», type: 3}
  enemyPrefab: {fileID: «c», guid: «g2», type: 3}
  spawnInterval: 2.5
""", a=r.randint(10 ** 8, 2 * 10 ** 9), b=r.randint(10 ** 8, 2 * 10 ** 9), c=r.randint(10 ** 17, 9 * 10 ** 18),
             g=rs(r, HEXL, 32), g2=rs(r, HEXL, 32))


@N("bepinex_plugin", "bepinex", "plugin_guid", "cs", ["src/Plugin.cs"])
def _(r):
    return T("""using BepInEx;
using BepInEx.Configuration;
using HarmonyLib;

namespace «ns»
{
    [BepInPlugin(PluginGuid, PluginName, PluginVersion)]
    public class Plugin : BaseUnityPlugin
    {
        public const string PluginGuid = "com.«a».«lo»";
        public const string PluginName = "«ns»";
        public const string PluginVersion = "«v»";
        private static readonly System.Guid SaveSlotNamespace = new System.Guid("«uuid»");

        private ConfigEntry<float> stackMultiplier;

        private void Awake()
        {
            stackMultiplier = Config.Bind("General", "StackMultiplier", 2f, "Multiplier for max stack size");
            new Harmony(PluginGuid).PatchAll();
            Logger.LogInfo($"{PluginName} {PluginVersion} loaded");
        }
    }
}
""", ns=pick(r, ["BetterStacks", "MapPins", "QuickCraft"]), a=pick(r, ["kraken", "emberdev"]),
             lo=pick(r, ["betterstacks", "mappins"]), v=semver(r), uuid=uuid4(r))


@N("thunderstore_manifest", "thunderstore", "dependency_strings", "json", ["manifest.json"])
def _(r):
    return T("""{
  "name": "«n»",
  "version_number": "«v»",
  "website_url": "https://github.com/«a»/«n»",
  "description": "Bigger stacks and quality of life tweaks.",
  "dependencies": [
    "BepInEx-BepInExPack_Valheim-5.4.2202",
    "ValheimModding-Jotunn-2.20.1",
    "denikson-BepInExPack_Valheim-5.4.2105"
  ]
}
""", n=pick(r, ["BetterStacks", "MapPins"]), v=semver(r), a=pick(r, ["kraken", "emberdev"]))


@N("mrpack_index", "modrinth", "file_hashes", "json", ["modrinth.index.json"])
def _(r):
    files = []
    for slug in r.sample(MOD_SLUGS, 3):
        pid, vid = rs(r, ALNUM, 8), rs(r, ALNUM, 8)
        files.append(T("""    {
      "path": "mods/«s»-«v».jar",
      "hashes": {
        "sha1": "«h1»",
        "sha512": "«h2»"
      },
      "env": { "client": "required", "server": "required" },
      "downloads": ["https://cdn.modrinth.com/data/«pid»/versions/«vid»/«s»-«v».jar"],
      "fileSize": «sz»
    }""", s=slug, v=semver(r), h1=rs(r, HEXL, 40), h2=rs(r, HEXL, 128), pid=pid, vid=vid, sz=r.randint(10 ** 4, 10 ** 7)))
    return T("""{
  "formatVersion": 1,
  "game": "minecraft",
  "versionId": "«v»",
  "name": "«n»",
  "files": [
«f»
  ],
  "dependencies": { "minecraft": "«mc»", "fabric-loader": "0.16.5" }
}
""", v=semver(r), n=pick(r, SERVER_NAMES), f=",\n".join(files), mc=pick(r, MC_VERSIONS))


@N("packwiz_mod", "modrinth", "file_hashes", "toml", ["mods/%s.pw.toml"])
def _(r):
    s = pick(r, MOD_SLUGS)
    return T("""name = "«s»"
filename = "«s»-«v».jar"
side = "both"

[download]
url = "https://cdn.modrinth.com/data/«pid»/versions/«vid»/«s»-«v».jar"
hash-format = "sha512"
hash = "«h»"

[update]
[update.modrinth]
mod-id = "«pid»"
version = "«vid»"
""", s=s, v=semver(r), pid=rs(r, ALNUM, 8), vid=rs(r, ALNUM, 8), h=rs(r, HEXL, 128))


@N("cf_manifest", "curseforge", "project_ids", "json", ["manifest.json", "pack/manifest.json"])
def _(r):
    files = ",\n".join('    { "projectID": %d, "fileID": %d, "required": true }' % (
        r.randint(200000, 1100000), r.randint(3000000, 6000000)) for _i in range(r.randint(4, 8)))
    return T("""{
  "minecraft": {
    "version": "«mc»",
    "modLoaders": [{ "id": "forge-«fv»", "primary": true }]
  },
  "manifestType": "minecraftModpack",
  "manifestVersion": 1,
  "name": "«n»",
  "version": "«v»",
  "author": "«a»",
  "files": [
«files»
  ],
  "overrides": "overrides"
}
""", mc=pick(r, MC_VERSIONS), fv="47.%d.%d" % (r.randint(0, 3), r.randint(0, 40)), n=pick(r, SERVER_NAMES),
             v=semver(r), a=pick(r, ["kraken", "emberdev"]), files=files)


@N("gradle_props_public", "modrinth", "project_ids", "properties", ["gradle.properties"])
def _(r):
    return T("""org.gradle.jvmargs=-Xmx2G
minecraft_version=«mc»
mod_version=«v»
maven_group=dev.kraken
archives_base_name=«s»

# publishing (tokens come from CI secrets MODRINTH_TOKEN / CURSEFORGE_TOKEN)
modrinth_id=«mid»
curseforge_id=«cf»
release_type=release
""", mc=pick(r, MC_VERSIONS), v=semver(r), s=pick(r, ["tidy-inventory", "mob-radar"]), mid=rs(r, ALNUM, 8),
             cf=r.randint(200000, 1100000))


@N("fabric_mod_json", "minecraft", "mod_metadata", "json", ["src/main/resources/fabric.mod.json"])
def _(r):
    return T("""{
  "schemaVersion": 1,
  "id": "«id»",
  "version": "${version}",
  "name": "«n»",
  "authors": ["«a»"],
  "contact": { "sources": "https://github.com/«a»/«id»" },
  "license": "MIT",
  "environment": "*",
  "entrypoints": { "main": ["dev.kraken.«id».«n»Mod"] },
  "depends": { "fabricloader": ">=0.15.0", "minecraft": "~«mc»", "fabric-api": "*" }
}
""", id=pick(r, ["tidyinv", "mobradar"]), n=pick(r, ["TidyInventory", "MobRadar"]), a=pick(r, ["kraken", "emberdev"]),
             mc=pick(r, MC_VERSIONS))


@N("mc_server_props_pack", "minecraft", "resource_pack_sha1", "properties", ["server.properties"])
def _(r):
    return T("""#Minecraft server properties
enable-rcon=false
rcon.password=
rcon.port=25575
resource-pack=https://cdn.«d»/packs/«n».zip
resource-pack-sha1=«h»
resource-pack-id=«u»
require-resource-pack=true
level-seed=«seed»
motd=«m»
online-mode=true
""", d=pick(r, ["kraken.gg", "emberisles.dev"]), n=pick(r, ["textures-v3", "ui-pack"]), h=rs(r, HEXL, 40),
             u=uuid4(r), seed=r.randint(-9 * 10 ** 18, 9 * 10 ** 18), m=pick(r, SERVER_NAMES))


@N("mc_whitelist", "minecraft", "player_uuids", "json", ["whitelist.json", "ops.json"])
def _(r):
    rows = ",\n".join('  { "uuid": "%s", "name": "%s" }' % (uuid4(r), pick(r, WORDS) + str(r.randint(1, 999)))
                      for _i in range(r.randint(3, 7)))
    return "[\n" + rows + "\n]\n"


@N("forge_uuid_attr", "minecraft", "attribute_uuids", "java",
   ["src/main/java/dev/kraken/gear/item/SwiftBootsItem.java"])
def _(r):
    return T("""package dev.kraken.gear.item;

import java.util.UUID;

import net.minecraft.world.entity.ai.attributes.AttributeModifier;

public class SwiftBootsItem extends GearItem {
    private static final UUID SPEED_UUID = UUID.fromString("«u1»");
    private static final UUID ARMOR_UUID = UUID.fromString("«u2»");

    public SwiftBootsItem(Properties props) {
        super(props);
        addModifier("generic.movement_speed", new AttributeModifier(SPEED_UUID, "Swift boots", 0.1,
                AttributeModifier.Operation.MULTIPLY_BASE));
        addModifier("generic.armor", new AttributeModifier(ARMOR_UUID, "Swift boots armor", 2.0,
                AttributeModifier.Operation.ADDITION));
    }
}
""", u1=uuid4(r), u2=uuid4(r))


@N("nexus_md5_list", "nexusmods", "md5_hashes", "csv", ["modlist.csv", "docs/modlist.csv"])
def _(r):
    rows = ["mod_id,file_id,name,version,md5"]
    for _i in range(r.randint(5, 9)):
        rows.append("%d,%d,%s,%s,%s" % (r.randint(100, 140000), r.randint(1000, 600000),
                                        pick(r, ["SkyUI", "Address Library", "SKSE Plugin Preloader", "Unofficial Patch",
                                                 "Better Dialogue", "Map Markers"]), semver(r), rs(r, HEXL, 32)))
    return "\n".join(rows) + "\n"


@N("npm_lock", "discord", "integrity", "json", ["package-lock.json"])
def _(r):
    def ent(name, ver):
        return T("""    "node_modules/«n»": {
      "version": "«v»",
      "resolved": "https://registry.npmjs.org/«n»/-/«b»-«v».tgz",
      "integrity": "sha512-«i»",
      "license": "Apache-2.0"
    }""", n=name, b=name.split("/")[-1], v=ver, i=b64(r, 64))
    return T("""{
  "name": "«p»",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
«e»
  }
}
""", p=pick(r, ["harbor-bot", "kraken-helper"]), e=",\n".join([ent("discord.js", "14.15.3"),
                                                               ent("@discordjs/rest", "2.3.0"),
                                                               ent("noblox.js", "6.0.2")]))


@N("git_lfs_pointer", "roblox", "lfs_oid", "rbxl", ["places/Lobby.rbxl", "Assets/Audio/Theme.wav"])
def _(r):
    return "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, HEXL, 64), r.randint(10 ** 5, 10 ** 8))


@N("changelog_commits", "generic", "commit_hashes", "md", ["CHANGELOG.md"])
def _(r):
    out = ["# Changelog", "", "## [%s] - %s" % (semver(r), date(r)), ""]
    for _i in range(r.randint(4, 8)):
        h = rs(r, HEXL, 40)
        out.append("- %s ([%s](https://github.com/%s/%s/commit/%s))" % (
            pick(r, ["fix spawn protection", "add /status", "update ox_lib", "cache player lookups",
                     "bump discord.js", "translate menus"]), h[:7], pick(r, ["kraken", "emberdev"]),
            pick(r, ["harbor-bot", "core"]), h))
    return "\n".join(out) + "\n"


@N("pgp_public_key", "generic", "public_key", "asc", ["keys/release-signing.asc", "KEYS.asc"])
def _(r):
    body = base64.b64encode(rbytes(r, r.choice([600, 900]))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + b64(r, 3) + \
        "\n-----END PGP PUBLIC KEY BLOCK-----\n"


@N("ssh_authorized", "pterodactyl", "public_key", "txt", ["deploy/authorized_keys", "ops/sftp_keys.pub"])
def _(r):
    out = []
    for _i in range(r.randint(2, 4)):
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)).decode()
        out.append("ssh-ed25519 %s %s@%s" % (blob, pick(r, WORDS).lower(), pick(r, ["laptop", "ci", "panel"])))
    return "\n".join(out) + "\n"


@N("ptero_egg", "pterodactyl", "egg_definition", "json", ["eggs/egg-fivem.json"])
def _(r):
    return T("""{
  "_comment": "DO NOT EDIT: FILE GENERATED AUTOMATICALLY BY PTERODACTYL PANEL",
  "meta": { "version": "PTDL_v2", "update_url": null },
  "exported_at": "«d»T«t»+00:00",
  "name": "FiveM",
  "uuid": "«u»",
  "startup": "$(pwd)/alpine/opt/cfx-server/ld-musl-x86_64.so.1 --library-path ... +set sv_licenseKey {{FIVEM_LICENSE}} +set steam_webApiKey {{STEAM_WEBAPIKEY}} +exec server.cfg",
  "variables": [
    { "name": "FiveM License", "env_variable": "FIVEM_LICENSE", "default_value": "", "user_viewable": true, "rules": "required|string" },
    { "name": "Steam Web Api Key", "env_variable": "STEAM_WEBAPIKEY", "default_value": "none", "user_viewable": true, "rules": "required|string" }
  ]
}
""", d=date(r), t=clock(r), u=uuid4(r))


@N("gha_secret_refs", "generic", "secret_references", "yml", [".github/workflows/release.yml"])
def _(r):
    return """name: Release

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "21" }
      - run: ./gradlew build
      - uses: Kir-Antipov/mc-publish@v3.3
        with:
          modrinth-id: AANobbMI
          modrinth-token: ${{ secrets.MODRINTH_TOKEN }}
          curseforge-id: 394468
          curseforge-token: ${{ secrets.CURSEFORGE_TOKEN }}
          github-token: ${{ secrets.GITHUB_TOKEN }}
          files: build/libs/!(*-@(dev|sources|javadoc)).jar
      - run: butler push build/web studio/game:html5
        env:
          BUTLER_API_KEY: ${{ secrets.BUTLER_API_KEY }}
"""


@N("env_example", "generic", "placeholders", "env", [".env.example", ".env.sample"])
def _(r):
    return """# copy to .env and fill in
DISCORD_TOKEN=
DISCORD_CLIENT_ID=
GUILD_ID=
ROBLOX_COOKIE=<your .ROBLOSECURITY cookie>
ROBLOX_OPEN_CLOUD_KEY=your_opencloud_api_key_here
STEAM_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
PTERODACTYL_API_KEY=ptlc_xxxxxxxxxxxxx
TEBEX_SECRET=changeme
"""


@N("overlay_data_uri", "overwolf", "base64_image", "css", ["src/overlay/styles.css", "app/windows/in_game.css"])
def _(r):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, r.choice([90, 140, 200]))).decode()
    return T(""".minimap-marker {
  width: 12px;
  height: 12px;
  background-image: url("data:image/png;base64,«p»");
  background-size: contain;
}

.killfeed {
  position: absolute;
  top: «t»px;
  right: 16px;
  font-family: "Rajdhani", sans-serif;
}
""", p=png, t=r.randint(40, 200))


@N("crash_report", "generic", "build_guids", "log", ["logs/crash-%s.log"])
def _(r):
    return T("""=== Crash report ===
Build: «b» (changelist «cl»)
BuildGUID: «bg»
Session: «s»
Exception: EXCEPTION_ACCESS_VIOLATION reading address 0x«addr»
  at UnityPlayer.dll+0x«o1»
  at GameAssembly.dll+0x«o2»
  at mono-2.0-bdwgc.dll+0x«o3»
GPU: NVIDIA GeForce RTX 3060 (driver «drv»)
Uploaded as report «rid»
""", b=semver(r), cl=r.randint(10 ** 5, 10 ** 7), bg=rs(r, HEXL, 32), s=uuid4(r), addr=rs(r, HEXU, 16),
             o1=rs(r, HEXU, 7), o2=rs(r, HEXU, 7), o3=rs(r, HEXU, 6), drv="5%d.%d" % (r.randint(30, 66), r.randint(10, 99)),
             rid=rs(r, HEXL, 24))


@N("rcon_disabled_props", "minecraft", "empty_secret", "properties", ["config/rcon.properties"])
def _(r):
    return """# RCON is disabled in production; the admin panel uses the Pterodactyl console instead.
enable-rcon=false
rcon.port=25575
rcon.password=
broadcast-rcon-to-ops=false
"""


@N("itch_toml", "itchio", "manifest", "toml", [".itch.toml"])
def _(r):
    return T("""[[actions]]
name = "play"
path = "«g».exe"

[[actions]]
name = "Open saves folder"
path = "{{userprofile}}/AppData/LocalLow/«s»/«g»"

[[prereqs]]
name = "vcredist-2015-x64"
""", g=pick(r, ["CaveRunner", "MossKnight"]), s=pick(r, ["Kraken Games", "Ember Isles"]))


@N("bm_activity_log", "battlemetrics", "ids", "json", ["tests/fixtures/bm_player.json"])
def _(r):
    return T("""{
  "data": {
    "type": "player",
    "id": "«pid»",
    "attributes": {
      "name": "«n»",
      "private": false,
      "createdAt": "«d»T«t».000Z"
    },
    "relationships": {
      "server": { "data": { "type": "server", "id": "«sid»" } },
      "organizations": { "data": [{ "type": "organization", "id": "«org»" }] }
    }
  },
  "included": [
    { "type": "identifier", "id": "«iid»", "attributes": { "type": "steamID", "identifier": "«s64»" } }
  ]
}
""", pid=r.randint(10 ** 7, 10 ** 9), n=pick(r, WORDS), d=date(r), t=clock(r), sid=r.randint(10 ** 6, 3 * 10 ** 7),
             org=r.randint(1000, 90000), iid=r.randint(10 ** 8, 10 ** 10), s64=steam64(r))


@N("tebex_webhook_payload", "tebex", "transaction_ids", "json", ["tests/fixtures/tebex_payment_completed.json"])
def _(r):
    return T("""{
  "id": "«u»",
  "type": "payment.completed",
  "date": "«d»T«t»+00:00",
  "subject": {
    "transaction_id": "tbx-«tx»",
    "status": { "id": 1, "description": "Complete" },
    "price": { "amount": «amt», "currency": "USD" },
    "customer": {
      "username": { "id": "«s64»", "username": "«n»" }
    },
    "products": [{ "id": «prod», "name": "VIP (30 days)", "quantity": 1 }]
  }
}
""", u=uuid4(r), d=date(r), t=clock(r), tx=rs(r, HEXL, 12) + "a" + str(r.randint(10, 99)), amt="%d.99" % r.randint(2, 49),
             s64=steam64(r), n=pick(r, WORDS), prod=r.randint(10 ** 6, 7 * 10 ** 6))


@N("workshop_csv", "steam", "workshop_ids", "csv", ["data/workshop_items.csv"])
def _(r):
    rows = ["publishedfileid,title,time_updated,file_sha1"]
    for _i in range(r.randint(5, 9)):
        rows.append("%d,%s,%d,%s" % (r.randint(10 ** 8, 3 * 10 ** 9), pick(r, ["Map Pack", "Vehicle Pack", "HUD", "Models"]),
                                     r.randint(1500000000, 1750000000), rs(r, HEXL, 40)))
    return "\n".join(rows) + "\n"


@N("rbx_datastore_csv", "roblox", "user_ids", "csv", ["exports/leaderstats.csv"])
def _(r):
    rows = ["key,userId,coins,wins,lastJoin"]
    for _i in range(r.randint(6, 10)):
        uid = r.randint(10 ** 6, 7 * 10 ** 9)
        rows.append("Player_%d,%d,%d,%d,%s" % (uid, uid, r.randint(0, 10 ** 6), r.randint(0, 900), date(r)))
    return "\n".join(rows) + "\n"


@N("masked_log", "discord", "masked_token", "log", ["logs/startup.log"])
def _(r):
    d, t = date(r), clock(r)
    return T("""«d» «t» INFO  config loaded from /app/config.json
«d» «t» INFO  discord token: ********************** (len 72)
«d» «t» INFO  tebex secret: [REDACTED]
«d» «t» INFO  pterodactyl key: ptlc_****
«d» «t» INFO  connecting to gateway (shard 0/1)
«d» «t» INFO  ready: «n» in «g» guilds
""", d=d, t=t, n=pick(r, ["HarborBot", "KrakenHelper"]), g=r.randint(1, 40))


# ----------------------------------------------------------------------------------------------
# slot negatives: positive templates whose secret slot holds a non-secret
# ----------------------------------------------------------------------------------------------
DOC_EXAMPLES = {
    "modrinth": ["mrp_RNtLRSPmGj2pd1v1ubi52nX7TJJM9sznrmwhAuj511oe4t1jAqAQ3D6Wc8Ic"],
    "discord": ["MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"],
    "twitch": ["cfabdegwdoklmawdzdo98xt2fo512y"],
    "pterodactyl": ["ptlc_YOUR_API_KEY", "ptla_yourapikeyhere", "ptlc_xxxxxxxxxxxxx"],
    "tebex": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "steam": ["XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "fivem": ["cfxk_xxx", "yourCfxKeyHere"],
    "roblox": ["your_opencloud_api_key_here", "MY_API_KEY"],
    "curseforge": ["YOUR_API_KEY"],
    "unity": ["<your-secret-key>"],
    "itchio": ["secret-API-token-goes-here"],
}
WEBHOOK_PLACEHOLDERS = ["https://discord.com/api/webhooks/XXXXXXXXXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXX",
                        "https://discord.com/api/webhooks/<id>/<token>", "PUT_WEBHOOK_HERE",
                        "https://discord.com/api/webhooks/CHANGE_ME", ""]
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<token>",
                "your-token-here", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "CHANGE_ME", "insert-key-here",
                "TODO", "<secret>", "none", "your_key"]
PW_PLACEHOLDERS = ["changeme", "<password>", "password", "CHANGE_ME", "yourpassword", "<rcon-password>",
                   "REPLACE_WITH_STRONG_PASSWORD"]
URLPW_PLACEHOLDERS = ["changeme", "PASSWORD", "password", "CHANGE_ME", "yourpassword"]
MASKED = ["****************", "[REDACTED]", "********", "<redacted>", "***", "••••••••", "[hidden]"]
TEMPLATES = ["{{ .Values.«e» }}", "{{ «e» }}", "#{«E»}#", "@«E»@", "%«E»%", "{{ env \"«E»\" }}"]
SECRET_REFS = ["vault:secret/data/gameservers#«e»", "op://Game Ops/«E»/credential",
               "sm://projects/gameops/secrets/«e»", "env:«E»", "${«E»}"]
CODE_REF = {
    "py": 'os.environ["«E»"]', "js": "process.env.«E»", "ts": "process.env.«E»",
    "lua": "GetConvar('«e»', '')", "luau": 'HttpService:GetSecret("«e»")',
    "cs": 'Environment.GetEnvironmentVariable("«E»")', "java": 'System.getenv("«E»")',
    "kts": 'System.getenv("«E»")', "groovy": "System.getenv('«E»')", "tf": "var.«e»",
    "ps1": "$env:«E»",
}
RAW_REF = {
    "yml-gha": "${{ secrets.«E» }}", "sh": "${«E»}", "bat": "%«E»%", "docker": "${«E»}",
    "env": "${«E»}", "cfg": "${«E»}", "md": "$«E»", "log": "********",
}


def env_names(tpl):
    e = tpl["env"]
    out = []
    for i, c in enumerate(e):
        if c.isupper() and i and e[i - 1].islower():
            out.append("_")
        out.append(c if c.isalnum() else "_")
    upper = "".join(out).upper()
    lower = upper.lower()
    return upper, lower


def slot_filler(r, tpl):
    """Return (category, quoted_replacement, raw_replacement)."""
    E, e = env_names(tpl)
    q, lang, sk, prov = tpl["q"], tpl["lang"], tpl["sk"], tpl["provider"]
    cats = ["placeholder", "ref", "masked", "empty", "template", "doc"]
    weights = [26, 28, 12, 9, 9, 16]
    cat = r.choices(cats, weights)[0]
    if cat == "doc" and (sk != "tok" or prov not in DOC_EXAMPLES):
        cat = "placeholder"
    if sk == "url":
        if cat in ("doc", "template", "masked"):
            cat = "placeholder"
    if cat == "placeholder":
        if sk == "url":
            v = pick(r, WEBHOOK_PLACEHOLDERS)
        elif sk == "pw":
            v = pick(r, PW_PLACEHOLDERS)
        elif sk == "urlpw":
            v = pick(r, URLPW_PLACEHOLDERS)
        else:
            v = pick(r, PLACEHOLDERS)
        return cat, q + v + q, v
    if cat == "masked":
        v = pick(r, MASKED) if sk != "urlpw" else "****"
        return cat, q + v + q, v
    if cat == "empty":
        if q:
            return cat, q + q, ""
        if lang in ("properties", "env", "sh", "docker", "bat", "log", "md"):
            return cat, "", ""
        return cat, '""', ""
    if cat == "template":
        v = T(pick(r, TEMPLATES), E=E, e=e)
        if sk == "urlpw":
            v = "%" + E + "%"
        return cat, q + v + q, v
    if cat == "doc":
        v = pick(r, DOC_EXAMPLES[prov])
        return cat, q + v + q, v
    # reference to an environment variable / secret manager
    if lang in CODE_REF and q:
        expr = T(CODE_REF[lang], E=E, e=e)
        raw = "${" + E + "}"
        return cat, expr, raw
    if lang in RAW_REF:
        v = T(RAW_REF[lang], E=E, e=e)
    elif sk in ("pw", "urlpw"):
        v = "${" + E + "}"
    else:
        v = T(pick(r, SECRET_REFS), E=E, e=e)
    return cat, q + v + q, v


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
ENV_BLOCKED_OK = (".env.example", ".env.sample")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return (base == ".env" or base.startswith(".env.")) and base not in ENV_BLOCKED_OK


def choose_path(r, paths):
    p = pick(r, paths)
    if "%d" in p:
        p = p % r.randint(100000, 3000000)
    elif "%s" in p:
        p = p % pick(r, MOD_SLUGS)
    return p


def render_pos(r, tpl):
    body = tpl["fn"](r)
    secret = tpl["gen"](r)
    q = tpl["q"]
    assert ("«Q»" in body) != ("«S»" in body), tpl["name"]
    text = body.replace("«Q»", q + secret + q).replace("«S»", secret)
    return text, secret


def render_neg_slot(r, tpl):
    body = tpl["fn"](r)
    cat, quoted, raw = slot_filler(r, tpl)
    text = body.replace("«Q»", quoted).replace("«S»", raw)
    if tpl["lang"] == "py" and "os.environ[" in text and "\nimport os\n" not in text:
        text = "import os\n" + text
    return text, cat


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_if.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60 and len(NEG) >= 50

    manifest, secrets = [], []

    # positives: every template at least once, the rest spread evenly, in a seeded order
    order = []
    while len(order) < N_POS:
        block = list(range(len(POS)))
        r.shuffle(block)
        order.extend(block)
    order = order[:N_POS]
    env_count = 0
    seen_needles = {}
    for i, ti in enumerate(order):
        tpl = POS[ti]
        for _attempt in range(20):
            text, secret = render_pos(r, tpl)
            if secret not in seen_needles:
                break
        seen_needles[secret] = True
        rel = "pos/p%04d/%s" % (i, choose_path(r, tpl["paths"]))
        if is_blocked_env(rel):
            env_count += 1
        idx = text.find(secret)
        assert idx >= 0, tpl["name"]
        line = text.count("\n", 0, idx) + 1
        assert secret in text.split("\n")[line - 1], tpl["name"]
        assert "«" not in text and "»" not in text, tpl["name"]
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            back = fh.read().split("\n")
        assert secret in back[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": tpl["ft"]})
        secrets.append({"file": rel, "needle": secret, "line": line})
    assert env_count <= N_POS // 20, env_count

    # negatives: half slot variants of the positive templates, half look-alikes
    n_slot = N_NEG // 2
    slot_order, look_order = [], []
    while len(slot_order) < n_slot:
        block = list(range(len(POS)))
        r.shuffle(block)
        slot_order.extend(block)
    while len(look_order) < N_NEG - n_slot:
        block = list(range(len(NEG)))
        r.shuffle(block)
        look_order.extend(block)
    jobs = [("slot", i) for i in slot_order[:n_slot]] + [("look", i) for i in look_order[:N_NEG - n_slot]]
    r.shuffle(jobs)
    for j, (what, ti) in enumerate(jobs):
        if what == "slot":
            tpl = POS[ti]
            text, cat = render_neg_slot(r, tpl)
            path = choose_path(r, tpl["paths"])
            if is_blocked_env(path):
                path = path[:-len(".env")] + ".env.example" if path.endswith(".env") else path + ".example"
            kind = "slot-" + cat
            prov, ft, name = tpl["provider"], tpl["ft"], tpl["name"]
        else:
            tpl = NEG[ti]
            text = tpl["fn"](r)
            path = choose_path(r, tpl["paths"])
            kind = "lookalike-" + tpl["kind"]
            prov, ft, name = tpl["provider"], tpl["ft"], tpl["name"]
        rel = "neg/n%04d/%s" % (j, path)
        assert not is_blocked_env(rel), rel
        assert "«" not in text and "»" not in text, name
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in manifest:
            fh.write(json.dumps(row, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in secrets:
            fh.write(json.dumps(row, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
