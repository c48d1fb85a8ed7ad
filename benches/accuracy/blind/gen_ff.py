#!/usr/bin/env python3
"""gen_ff.py - blind evaluation-set generator for secret scanners (game backends / live services).

EMPHASIS
    Online game backends and live-service operations.  Providers: PlayFab (title / developer
    secret keys), Epic Online Services (client secret; client/product/sandbox/deployment ids are
    public), Steamworks Web API publisher keys and encrypted-app-ticket keys, Photon (AppIds are
    public; custom-auth shared secrets are not), Nakama (runtime http_key, socket server_key,
    session encryption_key, console password), Unity Gaming Services service accounts
    (key id public-ish / secret key), Microsoft Entra client secrets used for Xbox / Partner Center
    tooling, Discord (bot token, OAuth client secret, webhook URL), BattlEye RCon / DayZ admin
    passwords, EOS Anti-Cheat trusted-server client credentials, Edgegap API tokens, Hathora
    developer tokens, AWS keys used for GameLift fleets, GameAnalytics secret keys, and the
    cloud / database credentials such projects carry (Postgres, Redis, MongoDB, Azure Storage,
    JWT / HMAC signing secrets, TLS private keys).
    File types: C# (Unity, Azure Functions), C++ (Unreal, EOS SDK), Unreal .ini / .uproject,
    Godot GDScript / .cfg / project.godot, Lua, TypeScript (Nakama runtime, Node services), Go,
    Python, PowerShell, shell, YAML (GitHub Actions, Kubernetes, Helm, Nakama config),
    docker-compose, Dockerfile, JSON, TOML, INI, XML, VDF, Terraform, SQL, CSV, Markdown, logs.

USAGE
    python3 gen_ff.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line per
    file: file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (one line per positive:
    file, needle, line).  All randomness comes from one random.Random(SEED); output is
    byte-identical for equal SEEDs.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Headers ("X-SecretKey: K", "Authorization: token T", "Authorization: Bearer T",
      "x-webapi-key: K"): the needle is the token only, not the header name or the scheme word.
    * URLs with a key in the query (?key=K, ?http_key=K): the needle is K only.
    * Connection strings / URIs (postgres://u:P@h, redis://:P@h, Password=P;, AccountKey=P;):
      the needle is the password / key part P only.
    * Discord webhook URLs: the needle is the whole URL https://discord.com/api/webhooks/ID/TOKEN
      because the URL itself is the credential.
    * Key pairs (AWS access key id + secret access key, UGS key id + secret key, EOS client id +
      client secret, GameAnalytics game key + secret key): the needle is the secret half only; the
      id half is also in the file and is part of the same single credential.
    * Multi-line PEM private keys: the needle is the first base64 body line (the line right after
      "-----BEGIN PRIVATE KEY-----").
    * line = 1-based line of the first occurrence of the needle; the generator asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-secret-key>, YOUR_..._HERE, changeme, xxxx..., REPLACE_ME, TODO), empty
    values, masked values (********, [REDACTED], <redacted>), environment / secret-manager
    references (${VAR}, ${{ secrets.X }}, %VAR%, op://..., vault paths, {{ .Values.x }}) where the
    file type interpolates them, and providers' documented example / default values (Nakama
    defaultkey / defaulthttpkey / defaultencryptionkey, the GameAnalytics sandbox secret key, the
    Edgegap docs' example token, Hathora's <YOUR_BEARER_TOKEN_HERE>; in AWS files the access key id
    becomes AWS's documented AKIAIOSFODNN7EXAMPLE or a reference).  The other half (250) are
    domain look-alikes: PlayFab title ids and PlayFab ids, EOS product/sandbox/deployment/client
    ids, Steam app / depot / manifest ids and SteamIDs, Photon AppIds, Unity .meta GUIDs and
    cloud project ids, Unreal .uproject GUIDs, Godot uids and import md5s, Xbox title ids / SCIDs,
    Discord application ids, match / room / process / build / fleet ids, request and trace ids,
    content hashes (sha1/sha256/md5/Hash128/CRC), git LFS pointers, image digests, lockfile
    integrity hashes, public keys (PEM, JWKS, Google Play licence key, ssh), certificate pins,
    signatures of sample payloads, base64 replay / level data.  No negative is written to a file
    named .env, .env.local, .env.production etc. (.env.example is used instead).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * PlayFab: Server/Admin APIs take the title secret key in the X-SecretKey header
      (learn.microsoft.com PlayFab REST reference, "Secret key management").  Real projects show
      50-character keys of A-Z0-9 and 4-5 character hex title ids (E23B7, 7882E).
    * EOS: ClientId, ClientSecret, ProductId, SandboxId, DeploymentId, EncryptionKey fields of
      FArtifactSettings / +Artifacts=(...) in DefaultEngine.ini (dev.epicgames.com API pages).
      Real configs show client ids "xyza7891" + 24 alphanumerics, 43-char base64 (no padding)
      client secrets, 32 lowercase-hex product/sandbox/deployment ids, "o-" organisation ids.
    * Steamworks: publisher Web API keys passed as the key parameter or the x-webapi-key header
      (partner.steamgames.com/doc/webapi_overview/auth); real keys are 32 uppercase hex.
    * Nakama: socket.server_key (default defaultkey), runtime.http_key (defaulthttpkey),
      session.encryption_key (defaultencryptionkey), session.refresh_encryption_key; must be
      changed for production (heroiclabs.com configuration docs).
    * Unity Gaming Services: service-account key id + secret key, env vars UGS_CLI_SERVICE_KEY_ID /
      UGS_CLI_SERVICE_SECRET_KEY, Basic auth of base64(KEY_ID:SECRET_KEY) (docs.unity.com).
    * GameAnalytics: game key + secret key; secret key HMAC-SHA256-signs event bodies; documented
      sandbox keys 5c6bcb5402204249437fb5a7a80a4959 / 16813a12f718bc5c620f56944e1abc3ea13ccbac
      (docs.gameanalytics.com) - used only as negatives.
    * Edgegap: "Authorization: token <uuid-shaped token>" (docs.edgegap.com API reference; the docs'
      example super_secret_bearer_token_1234 is used as a negative).
    * Hathora: developer tokens sent as "Authorization: Bearer $TOKEN" (hathora.dev docs); app ids
      app-<uuid>.  Real projects show tokens hathora_org_st_ + 50 alphanumerics + _ + 32 hex.
    * Discord: bot tokens base64(user id).6 chars.27-38 chars; client secret and webhook tokens
      from common knowledge (see DOUBTS).

DOUBTS
    * Unity service-account secret-key length/alphabet not confirmed: generated as 32 mixed-case
      alphanumerics.  Key ids generated as UUIDs.
    * Hathora token shape taken from real project code, not from Hathora's docs.
    * Discord client-secret length (32, [A-Za-z0-9_-]) and webhook token length (68) not confirmed
      in Discord's own docs; bot-token third segment generated with 38 chars.
    * Entra (Azure AD) client secrets generated in the 40-char "xxx8Q~..." shape from memory.
    * Steam encrypted-app-ticket key generated as 64 lowercase hex (32-byte AES key) - unconfirmed.
    * Photon custom-authentication shared secrets and Nakama keys have no provider format; they
      are random strings of the kinds people generate (hex, base64, alphanumerics).
    * Nakama socket.server_key is also shipped in clients; it is a positive here only where a
      server-side config sets a custom value.
    * EOS anti-cheat / Easy Anti-Cheat and BattlEye have no separate key format documented here:
      positives are EOS trusted-server client secrets and RCon / admin passwords.
    * AWS key shapes (AKIA + 16 of A-Z2-7; 40-char secret of A-Za-z0-9+/), the 88-char base64
      Azure Storage account key and Postgres/Redis/MongoDB URI syntax are from general knowledge
      and were not re-checked with the search tool.
    * Kinds without a provider format (webhook/HMAC/JWT secrets, passwords) are random strings.
    * Scanner rule pages surfaced by searches (GitGuardian detector page, GitLab DAST check page)
      were not used.
"""

import base64
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


# ----------------------------------------------------------------------------- random helpers
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def hexs(r, n, upper=False):
    return rs(r, HEXU if upper else HEXL, n)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(r, nbytes, pad=True, urlsafe=False):
    raw = rbytes(r, nbytes)
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


def snowflake(r):
    return str(r.randrange(300000000000000000, 1300000000000000000))


def steamid(r):
    return str(76561197960265728 + r.randrange(10000000, 1400000000))


def ip(r):
    return "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 254))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


GAMES = ["StarfallArena", "IronTide", "NeonDrift", "HollowCrown", "SkyforgeRaiders", "PixelPirates",
         "DeepRoot", "ThunderKart", "LastLantern", "OrbitBrawl", "FrostHarbor", "RuneRunners",
         "EmberFall", "TinyTactics", "VoidSprint", "GravelGods"]
STUDIOS = ["Bluefern Games", "Kestrel Interactive", "Mossy Rock Studio", "Quartzlight", "Tidal Owl",
           "Lanternfish Labs", "Greyhound Games", "Copperleaf"]
REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-northeast-1", "ap-southeast-2"]
HREGIONS = ["Washington_DC", "Seattle", "Frankfurt", "London", "Tokyo", "Sydney", "Sao_Paulo", "Singapore"]
PEOPLE = ["mika", "jonas", "priya", "tomasz", "lea", "oscar", "noor", "kai", "ines", "ravi"]
WORDS = ["amber", "falcon", "granite", "harbor", "juniper", "lattice", "meadow", "nimbus", "orchid",
         "pepper", "quiver", "saffron", "timber", "velvet", "willow", "zephyr", "cobalt", "ember"]


def game(r):
    return pick(r, GAMES)


def slug(name):
    out = ""
    for i, c in enumerate(name):
        if c.isupper() and i:
            out += "-"
        out += c.lower()
    return out


def snake(name):
    return slug(name).replace("-", "_")


def ver(r):
    return "%d.%d.%d" % (r.randrange(0, 4), r.randrange(0, 20), r.randrange(0, 40))


def date(r):
    return "2024-%02d-%02dT%02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24),
                                               r.randrange(60), r.randrange(60))


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        out = out.replace("@@%s@@" % k, str(v))
    assert "@@" not in out, out[:200]
    return out.lstrip("\n")


# ----------------------------------------------------------------------------- secret generators
def g_playfab_secret(r):
    return rs(r, UP + DIG, 50)


def g_playfab_title(r):
    return hexs(r, r.choice([4, 5, 5]), upper=True)


def g_playfab_id(r):
    return hexs(r, 16, upper=True)


def g_eos_client_id(r):
    return "xyza7891" + rs(r, ALNUM, 24)


def g_eos_secret(r):
    return b64(r, 32, pad=False)


def g_eos_id(r):
    return hexs(r, 32)


def g_eos_org(r):
    return "o-" + rs(r, LO + DIG, 30)


def g_steam_key(r):
    return hexs(r, 32, upper=True)


def g_steam_ticket_key(r):
    return hexs(r, 64)


def g_nakama_key(r):
    k = r.randrange(3)
    if k == 0:
        return hexs(r, 32)
    if k == 1:
        return rs(r, ALNUM, r.randrange(24, 41))
    return b64(r, 24, pad=False, urlsafe=True)


def g_generic_secret(r):
    k = r.randrange(3)
    if k == 0:
        return rs(r, ALNUM, 40)
    if k == 1:
        return hexs(r, 48)
    return b64(r, 30, urlsafe=True)


def g_ugs_secret(r):
    return rs(r, ALNUM, 32)


def g_entra_secret(r):
    return rs(r, ALNUM, 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_.~-", 34)


def g_discord_secret(r):
    return rs(r, B64URL, 32)


def g_discord_bot(r):
    uid = base64.b64encode(snowflake(r).encode()).decode().rstrip("=")
    return uid + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def g_discord_webhook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (snowflake(r), rs(r, B64URL, 68))


def g_password(r):
    k = r.randrange(3)
    if k == 0:
        return pick(r, WORDS).capitalize() + r.choice("!#%*+-") + pick(r, WORDS) + str(r.randrange(10, 9999))
    if k == 1:
        return rs(r, ALNUM + "!#%*+-_", r.randrange(16, 25))
    return rs(r, ALNUM, r.randrange(18, 33))


def g_url_password(r):
    k = r.randrange(2)
    if k == 0:
        return pick(r, WORDS) + pick(r, WORDS).capitalize() + str(r.randrange(100, 99999)) + r.choice("-_.~")
    return rs(r, ALNUM + "-_", r.randrange(18, 33))


def g_edgegap(r):
    return uuid4(r)


def g_hathora(r):
    return "hathora_org_st_" + rs(r, ALNUM, 50) + "_" + hexs(r, 32)


def g_aws_id(r):
    return "AKIA" + rs(r, UP + "234567", 16)


MODE = {"neg": False}


def aws_key_id(r):
    """Access key id paired with the secret; in negative files it is a reference, not a real-looking id."""
    if MODE["neg"]:
        return pick(r, ["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", "<access-key-id>", "YOUR_ACCESS_KEY_ID"])
    return g_aws_id(r)


def g_aws_secret(r):
    return rs(r, B64STD, 40)


def g_ga_game_key(r):
    return hexs(r, 32)


def g_ga_secret(r):
    return hexs(r, 40)


def g_azure_storage_key(r):
    return b64(r, 64)


def g_hmac(r):
    return hexs(r, 64) if r.randrange(2) else b64(r, 32)


def g_jwt_secret(r):
    return b64(r, 48) if r.randrange(2) else rs(r, ALNUM, 48)


def g_pem(r):
    # PKCS#8 RSA-2048 DER is 1195 bytes -> 1596 base64 chars ending in "=="
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(r, B64STD, 1544) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- positive templates
# Each template is fn(r, v) -> (relpath, text); v is the value of the secret slot.  The same
# function builds negatives when v is a placeholder / reference / documented example.
POS = []


def pos(provider, kind, gen, ctx, examples=(), reuse=True, needle=None):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "ctx": ctx,
                    "examples": list(examples), "reuse": reuse, "needle": needle or (lambda v: v),
                    "name": fn.__name__})
        return fn
    return deco


# ---- PlayFab ---------------------------------------------------------------------------------
@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_unity_cs(r, v):
    g = game(r)
    return "Assets/Scripts/Server/%sServerBootstrap.cs" % g, fill('''
using System.Threading.Tasks;
using PlayFab;
using PlayFab.ServerModels;
using UnityEngine;

namespace @@NS@@.Server
{
    // Runs only inside the headless dedicated-server build (UNITY_SERVER).
    public static class @@G@@ServerBootstrap
    {
        public static async Task InitAsync()
        {
            PlayFabSettings.staticSettings.TitleId = "@@TID@@";
            PlayFabSettings.staticSettings.DeveloperSecretKey = "@@V@@";
            var time = await PlayFabServerAPI.GetTimeAsync(new GetTimeRequest());
            Debug.Log($"[PF] server clock {time.Result?.Time:o}, max players @@MP@@");
        }
    }
}
''', NS=g, G=g, TID=g_playfab_title(r), V=v, MP=r.choice([8, 16, 32, 64]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "conf")
def p_playfab_local_settings(r, v):
    return "backend/%sFunctions/local.settings.json" % game(r), fill('''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "PLAYFAB_TITLE_ID": "@@TID@@",
    "PLAYFAB_DEV_SECRET_KEY": "@@V@@",
    "PLAYFAB_CLOUD_NAME": "main",
    "MATCH_QUEUE_NAME": "@@Q@@"
  },
  "Host": {
    "LocalHttpPort": @@PORT@@,
    "CORS": "*"
  }
}
''', TID=g_playfab_title(r), V=v, Q=pick(r, ["ranked-2v2", "casual-4v4", "duos", "solo-queue"]),
        PORT=r.choice([7071, 7072, 7075]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_node(r, v):
    return "tools/grant-items/index.js", fill('''
'use strict';
const { PlayFab, PlayFabServer } = require('playfab-sdk');
const items = require('./catalog/@@CAT@@.json');

PlayFabServer.settings.titleId = '@@TID@@';
PlayFabServer.settings.developerSecretKey = '@@V@@';

async function grant(playFabId, itemIds) {
  return new Promise((resolve, reject) => {
    PlayFabServer.GrantItemsToUser({ PlayFabId: playFabId, ItemIds: itemIds, CatalogVersion: '@@CAT@@' },
      (err, res) => (err ? reject(err) : resolve(res.data)));
  });
}

module.exports = { grant, items };
''', CAT=pick(r, ["season-3", "launch", "winter-event", "main"]), TID=g_playfab_title(r), V=v)


@pos("playfab", "developer_secret_key", g_playfab_secret, "md")
def p_playfab_curl_md(r, v):
    tid = g_playfab_title(r)
    return "docs/ops/title-data.md", fill('''
# Updating title data by hand

Normally title data is pushed by the `deploy-config` pipeline. If the pipeline is down:

1. Edit `config/title-data/@@F@@.json`.
2. Push it with curl:

```bash
curl -sS -X POST https://@@TID@@.playfabapi.com/Admin/SetTitleData \\
  -H "Content-Type: application/json" \\
  -H "X-SecretKey: @@V@@" \\
  -d @config/title-data/@@F@@.json
```

3. Check the value in Game Manager (Content > Title Data) for title `@@TID@@`.

Ping #live-ops before changing `@@F@@` during peak hours.
''', F=pick(r, ["balance", "store-rotation", "motd", "feature-flags"]), TID=tid, V=v)


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_python(r, v):
    return "scripts/liveops/reset_leaderboard.py", fill('''
#!/usr/bin/env python3
"""Reset a PlayFab statistic at the end of a season."""
import argparse
import requests

TITLE = "@@TID@@"
ADMIN_TOKEN = "@@V@@"
BASE = f"https://{TITLE}.playfabapi.com"


def reset(stat: str) -> None:
    resp = requests.post(f"{BASE}/Admin/IncrementPlayerStatisticVersion",
                         json={"StatisticName": stat},
                         headers={"X-SecretKey": ADMIN_TOKEN}, timeout=15)
    resp.raise_for_status()
    print(resp.json()["data"]["StatisticVersion"])


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("stat", default="@@ST@@", nargs="?")
    reset(p.parse_args().stat)
''', TID=g_playfab_title(r), V=v, ST=pick(r, ["season_rating", "weekly_kills", "trophies"]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "ci")
def p_playfab_gh(r, v):
    return ".github/workflows/publish-catalog.yml", fill('''
name: publish-catalog
on:
  push:
    branches: [main]
    paths: ["config/catalog/**"]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      PF_TITLE: "@@TID@@"
      PF_KEY: "@@V@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: "20"
      - run: npm ci --prefix tools/catalog
      - run: node tools/catalog/publish.js --title "$PF_TITLE" --version @@CV@@
''', TID=g_playfab_title(r), V=v, CV=pick(r, ["main", "s4", "live"]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_go(r, v):
    return "services/economy/cmd/economyd/main.go", fill('''
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/@@ORG@@/economy/internal/playfab"
)

func main() {
	pf := playfab.NewServerClient("@@TID@@", "@@V@@")
	mux := http.NewServeMux()
	mux.HandleFunc("/grant", playfab.GrantHandler(pf))
	addr := os.Getenv("ECONOMY_ADDR")
	if addr == "" {
		addr = ":@@PORT@@"
	}
	log.Printf("economyd listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
''', ORG=snake(game(r)), TID=g_playfab_title(r), V=v, PORT=r.choice([8080, 8088, 9000]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_lua(r, v):
    return "server/playfab_config.lua", fill('''
-- Server-side PlayFab settings (never shipped in the client bundle)
local PlayFabSettings = require("PlayFab.PlayFabSettings")

PlayFabSettings.settings.titleId = "@@TID@@"
PlayFabSettings.settings.devSecretKey = "@@V@@"
PlayFabSettings.settings.productionUrl = ".playfabapi.com"

local M = {}
M.matchTimeout = @@TO@@
M.region = "@@REG@@"
return M
''', TID=g_playfab_title(r), V=v, TO=r.choice([30, 45, 60, 90]), REG=pick(r, HREGIONS))


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_gdscript(r, v):
    return "addons/backend/server_admin.gd", fill('''
extends Node
## Admin helpers used by the dedicated server only.

const TITLE_ID := "@@TID@@"
const SERVER_KEY := "@@V@@"

var _http := HTTPRequest.new()

func _ready() -> void:
	add_child(_http)

func set_title_data(key: String, value: String) -> void:
	var url := "https://%s.playfabapi.com/Admin/SetTitleData" % TITLE_ID
	var headers := ["Content-Type: application/json", "X-SecretKey: " + SERVER_KEY]
	_http.request(url, headers, HTTPClient.METHOD_POST, JSON.stringify({"Key": key, "Value": value}))
''', TID=g_playfab_title(r), V=v)


@pos("playfab", "developer_secret_key", g_playfab_secret, "conf")
def p_playfab_ue_ini(r, v):
    return "Config/DedicatedServer/DefaultGame.ini", fill('''
[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=@@PGUID@@
ProjectName=@@G@@
CompanyName=@@ST@@
ProjectVersion=@@VER@@

[/Script/PlayFab.PlayFabRuntimeSettings]
TitleId=@@TID@@
DeveloperSecretKey=@@V@@
bUseDevelopmentEnvironment=False

[/Script/@@G@@.MatchSettings]
MaxPlayers=@@MP@@
WarmupSeconds=15
''', PGUID=hexs(r, 32, upper=True), G=game(r), ST=pick(r, STUDIOS), VER=ver(r), TID=g_playfab_title(r),
        V=v, MP=r.choice([10, 20, 50, 100]))


@pos("playfab", "developer_secret_key", g_playfab_secret, "conf")
def p_playfab_dotenv(r, v):
    return ".env", fill('''
# local dev for the economy service
PLAYFAB_TITLE_ID=@@TID@@
PLAYFAB_SECRET_KEY=@@V@@
ECONOMY_ADDR=:8088
LOG_LEVEL=debug
''', TID=g_playfab_title(r), V=v)


# ---- Epic Online Services --------------------------------------------------------------------
@pos("epic_eos", "client_secret", g_eos_secret, "conf")
def p_eos_engine_ini(r, v):
    g = game(r)
    return "Config/DefaultEngine.ini", fill('''
[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=@@G@@
TickBudgetInMilliseconds=0
bEnableOverlay=True
bEnableSocialOverlay=True
bUseEAS=True
bUseEOSConnect=True
+Artifacts=(ArtifactName="@@G@@",ClientId="@@CID@@",ClientSecret="@@V@@",ProductId="@@PID@@",SandboxId="@@SID@@",DeploymentId="@@DID@@",EncryptionKey="")

[/Script/Engine.GameEngine]
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="/Script/SocketSubsystemEOS.NetDriverEOS",DriverClassNameFallback="/Script/OnlineSubsystemUtils.IpNetDriver")
''', G=g, CID=g_eos_client_id(r), V=v, PID=g_eos_id(r), SID=g_eos_id(r), DID=g_eos_id(r))


@pos("epic_eos", "client_secret", g_eos_secret, "ci")
def p_eos_bpt_jenkins(r, v):
    return "ci/Jenkinsfile", fill('''
pipeline {
  agent { label 'win-build' }
  parameters { string(name: 'BUILD_VERSION', defaultValue: '@@VER@@') }
  stages {
    stage('Upload to Epic') {
      steps {
        bat """
"D:/BuildPatchTool/Engine/Binaries/Win64/BuildPatchTool.exe" -OrganizationId="@@ORG@@" -ProductId="@@PID@@" -ArtifactId="@@AID@@" -ClientId="@@CID@@" -ClientSecret="@@V@@" -mode=UploadBinary -BuildRoot="%WORKSPACE%/Packaged/Windows" -CloudDir="D:/bpt-cloud" -BuildVersion="${params.BUILD_VERSION}" -AppLaunch="@@G@@.exe" -AppArgs=""
"""
      }
    }
  }
}
''', VER=ver(r), ORG=g_eos_org(r), PID=g_eos_id(r), AID=g_eos_id(r), CID=g_eos_client_id(r), V=v, G=game(r))


@pos("epic_eos", "client_secret", g_eos_secret, "code")
def p_eos_cpp(r, v):
    return "Source/GameServer/Private/EosPlatform.cpp", fill('''
#include "EosPlatform.h"
#include "eos_sdk.h"
#include "eos_init.h"

namespace
{
    constexpr const char* kProductId    = "@@PID@@";
    constexpr const char* kSandboxId    = "@@SID@@";
    constexpr const char* kDeploymentId = "@@DID@@";
    constexpr const char* kClientId     = "@@CID@@";
    constexpr const char* kClientSecret = "@@V@@";
}

EOS_HPlatform FEosPlatform::Create(bool bIsServer)
{
    EOS_Platform_Options Options = {};
    Options.ApiVersion = EOS_PLATFORM_OPTIONS_API_LATEST;
    Options.ProductId = kProductId;
    Options.SandboxId = kSandboxId;
    Options.DeploymentId = kDeploymentId;
    Options.ClientCredentials.ClientId = kClientId;
    Options.ClientCredentials.ClientSecret = kClientSecret;
    Options.bIsServer = bIsServer ? EOS_TRUE : EOS_FALSE;
    Options.TickBudgetInMilliseconds = @@TB@@;
    return EOS_Platform_Create(&Options);
}
''', PID=g_eos_id(r), SID=g_eos_id(r), DID=g_eos_id(r), CID=g_eos_client_id(r), V=v, TB=r.choice([0, 2, 5]))


@pos("epic_eos", "client_secret", g_eos_secret, "conf")
def p_eos_unity_json(r, v):
    return "Assets/StreamingAssets/EOS/EpicOnlineServicesConfig.json", fill('''
{
  "productName": "@@G@@",
  "productVersion": "@@VER@@",
  "productID": "@@PID@@",
  "sandboxID": "@@SID@@",
  "deploymentID": "@@DID@@",
  "clientSecret": "@@V@@",
  "clientID": "@@CID@@",
  "encryptionKey": "",
  "platformOptionsFlags": ["EOS_PF_DISABLE_OVERLAY"],
  "alwaysSendInputToOverlay": false,
  "isServer": true
}
''', G=game(r), VER=ver(r), PID=g_eos_id(r), SID=g_eos_id(r), DID=g_eos_id(r), V=v, CID=g_eos_client_id(r))


@pos("epic_eos", "client_secret", g_eos_secret, "conf")
def p_eos_dockerfile(r, v):
    return "server/Dockerfile", fill('''
FROM @@BASE@@
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libicu72 \\
    && rm -rf /var/lib/apt/lists/*

ENV SERVER_PORT=7777 \\
    DEPLOYMENT="@@DID@@" \\
    EOS_CLIENT="@@CID@@" \\
    EOS_CS="@@V@@" \\
    STEAMAPPID="@@APPID@@"

COPY --chown=1000:1000 LinuxServer/ /opt/@@GS@@/
USER 1000
EXPOSE 7777/udp
ENTRYPOINT ["/opt/@@GS@@/@@G@@Server.sh", "-log", "-port=7777"]
''', BASE=pick(r, ["debian:bookworm-slim", "ubuntu:22.04", "steamcmd/steamcmd:ubuntu-22"]), DID=g_eos_id(r),
        CID=g_eos_client_id(r), V=v, APPID=r.randrange(400000, 2900000), GS=slug(game(r)), G=game(r))


@pos("eos_anticheat", "client_secret", g_eos_secret, "conf")
def p_eos_k8s_secret(r, v):
    return "deploy/k8s/anticheat-credentials.yaml", fill('''
apiVersion: v1
kind: Secret
metadata:
  name: eos-anticheat-server
  namespace: @@NS@@
  labels:
    app.kubernetes.io/part-of: dedicated-servers
type: Opaque
stringData:
  # EOS client with the TrustedServer policy, used by the anti-cheat server interface
  EOS_CLIENT_ID: "@@CID@@"
  EOS_CLIENT_SECRET: "@@V@@"
  EOS_DEPLOYMENT_ID: "@@DID@@"
''', NS=slug(game(r)), CID=g_eos_client_id(r), V=v, DID=g_eos_id(r))


@pos("epic_eos", "client_secret", g_eos_secret, "code")
def p_eos_go_oauth(r, v):
    return "services/auth/internal/epic/token.go", fill('''
package epic

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Server-to-server token for the EOS Web APIs (sanctions, reports, ecom).
func newTokenSource(ctx context.Context) oauth2.TokenSource {
	cfg := clientcredentials.Config{
		ClientID:     "@@CID@@",
		ClientSecret: "@@V@@",
		TokenURL:     "https://api.epicgames.dev/auth/v1/oauth/token",
		EndpointParams: map[string][]string{"deployment_id": {"@@DID@@"}},
	}
	return cfg.TokenSource(ctx)
}
''', CID=g_eos_client_id(r), V=v, DID=g_eos_id(r))


@pos("eos_anticheat", "client_secret", g_eos_secret, "conf")
def p_eac_json(r, v):
    return "server/config/anticheat.json", fill('''
{
  "antiCheat": {
    "enabled": true,
    "provider": "eos",
    "mode": "ClientServer",
    "integrityCheckIntervalSec": @@IV@@,
    "kickOnViolation": true,
    "serverName": "@@G@@-@@REG@@-@@N@@"
  },
  "eos": {
    "productId": "@@PID@@",
    "sandboxId": "@@SID@@",
    "deploymentId": "@@DID@@",
    "clientId": "@@CID@@",
    "secret": "@@V@@"
  }
}
''', IV=r.choice([30, 60, 120]), G=slug(game(r)), REG=pick(r, REGIONS), N=r.randrange(1, 40), PID=g_eos_id(r),
        SID=g_eos_id(r), DID=g_eos_id(r), CID=g_eos_client_id(r), V=v)


# ---- Steamworks ------------------------------------------------------------------------------
@pos("steamworks", "web_api_publisher_key", g_steam_key, "conf")
def p_steam_appsettings(r, v):
    return "src/%s.Api/appsettings.Production.json" % game(r), fill('''
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "Steam": {
    "AppId": @@APPID@@,
    "WebApiKey": "@@V@@",
    "PartnerHost": "https://partner.steam-api.com",
    "OwnershipCacheMinutes": 30
  },
  "Matchmaking": { "Regions": ["@@R1@@", "@@R2@@"] }
}
''', APPID=r.randrange(400000, 2900000), V=v, R1=pick(r, REGIONS), R2=pick(r, REGIONS))


@pos("steamworks", "web_api_publisher_key", g_steam_key, "url")
def p_steam_url_log(r, v):
    lines = []
    for i in range(r.randrange(4, 9)):
        lines.append("%s INFO  [ownership] check steamid=%s appid=%d ok=true" % (date(r), steamid(r), 1 + i))
    lines.insert(r.randrange(1, len(lines)), "%s DEBUG [http] GET https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=%s&steamid=%s&appid=%d -> 200"
                 % (date(r), v, steamid(r), r.randrange(400000, 2900000)))
    return "logs/ownership-service-%d.log" % r.randrange(1, 30), "\n".join(lines) + "\n"


@pos("steamworks", "web_api_publisher_key", g_steam_key, "code")
def p_steam_nakama_ts(r, v):
    return "nakama/modules/src/steam_ownership.ts", fill('''
const PARTNER = "https://partner.steam-api.com";
const APP_ID = @@APPID@@;

function verifyOwnership(nk: nkruntime.Nakama, logger: nkruntime.Logger, steamId: string): boolean {
  const url = `${PARTNER}/ISteamUser/CheckAppOwnership/v2/?steamid=${steamId}&appid=${APP_ID}`;
  const res = nk.httpRequest(url, "get", { "x-webapi-key": "@@V@@", "Accept": "application/json" });
  if (res.code !== 200) {
    logger.warn("steam ownership check failed: %d", res.code);
    return false;
  }
  return JSON.parse(res.body).appownership.ownsapp === true;
}
''', APPID=r.randrange(400000, 2900000), V=v)


@pos("steamworks", "web_api_publisher_key", g_steam_key, "code")
def p_steam_go_positional(r, v):
    return "services/inventory/steam_client.go", fill('''
package inventory

import (
	"net/http"
	"time"

	"github.com/@@ORG@@/steamweb"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

func NewSteam() *steamweb.Client {
	return steamweb.New(httpClient, "@@V@@", @@APPID@@)
}
''', ORG=snake(game(r)), V=v, APPID=r.randrange(400000, 2900000))


@pos("steamworks", "encrypted_app_ticket_key", g_steam_ticket_key, "code")
def p_steam_ticket_cpp(r, v):
    return "Source/%sServer/Private/TicketValidator.cpp" % game(r), fill('''
#include "TicketValidator.h"
#include "steam/steamencryptedappticket.h"

// Symmetric key from Steamworks > Security > Encrypted App Ticket Key (server only)
static const char* kAppTicketKeyHex = "@@V@@";

bool FTicketValidator::Decrypt(const TArray<uint8>& Ticket, TArray<uint8>& OutPlain)
{
    uint8 Key[k_nSteamEncryptedAppTicketSymmetricKeyLen];
    HexToBytes(kAppTicketKeyHex, Key, sizeof(Key));
    uint32 Len = OutPlain.Num();
    return SteamEncryptedAppTicket_BDecryptTicket(Ticket.GetData(), Ticket.Num(), OutPlain.GetData(), &Len,
                                                  Key, sizeof(Key));
}
''', V=v)


@pos("steamworks", "web_api_publisher_key", g_steam_key, "conf")
def p_steam_toml(r, v):
    return "config/leaderboard-sync.toml", fill('''
[service]
name = "leaderboard-sync"
interval = "@@IV@@m"

[steam]
app_id = @@APPID@@
publisher_key = "@@V@@"
leaderboards = ["@@LB1@@", "@@LB2@@"]

[storage]
bucket = "@@G@@-leaderboards"
region = "@@REG@@"
''', IV=r.choice([5, 10, 15]), APPID=r.randrange(400000, 2900000), V=v, LB1=pick(r, ["fastest_lap", "high_score", "weekly"]),
        LB2=pick(r, ["season_rank", "total_wins", "daily"]), G=slug(game(r)), REG=pick(r, REGIONS))


# ---- Photon ----------------------------------------------------------------------------------
@pos("photon", "custom_auth_shared_secret", g_generic_secret, "conf")
def p_photon_auth_json(r, v):
    return "services/photon-auth/config.json", fill('''
{
  "listen": ":@@PORT@@",
  "photon": {
    "appIdRealtime": "@@APPID@@",
    "region": "@@REG@@"
  },
  "customAuth": {
    "path": "/photon/auth",
    "sharedSecret": "@@V@@",
    "tokenTtlSeconds": 600
  }
}
''', PORT=r.choice([8080, 3000, 5055]), APPID=uuid4(r), REG=pick(r, ["eu", "us", "asia", "jp", "usw"]), V=v)


@pos("photon", "webhook_secret", g_generic_secret, "code")
def p_photon_webhook_cs(r, v):
    return "Backend/Webhooks/PhotonWebhookController.cs", fill('''
using Microsoft.AspNetCore.Mvc;

namespace @@G@@.Backend.Webhooks
{
    [ApiController]
    [Route("photon/{appId}")]
    public class PhotonWebhookController : ControllerBase
    {
        // Must match the "secret" custom query parameter configured for the webhooks in the Photon dashboard.
        private const string ExpectedQuerySecret = "@@V@@";

        [HttpPost("GameClose")]
        public IActionResult GameClose(string appId, [FromQuery] string secret, [FromBody] GameCloseRequest body)
        {
            if (secret != ExpectedQuerySecret) return Unauthorized();
            return Ok(new { ResultCode = 0 });
        }
    }
}
''', G=game(r), V=v)


# ---- Nakama ----------------------------------------------------------------------------------
NAKAMA_DOC = ["defaulthttpkey", "defaultkey", "defaultencryptionkey", "defaultrefreshencryptionkey"]


@pos("nakama", "runtime_http_key", g_nakama_key, "conf", examples=["defaulthttpkey"])
def p_nakama_yml_http(r, v):
    return "nakama/data/%s.yml" % pick(r, ["prod", "live", "config", "eu-cluster"]), fill('''
name: nakama-@@N@@
data_dir: "/nakama/data/"
logger:
  stdout: true
  level: "info"
  format: "json"
metrics:
  prometheus_port: 9100
session:
  token_expiry_sec: @@EXP@@
runtime:
  path: "/nakama/data/modules"
  js_entrypoint: "build/index.js"
  http_key: "@@V@@"
  env:
    - "MATCH_REGION=@@REG@@"
match:
  input_queue_size: 128
  deferred_queue_size: 128
''', N=r.randrange(1, 9), EXP=r.choice([3600, 7200, 86400]), V=v, REG=pick(r, REGIONS))


@pos("nakama", "session_encryption_key", g_nakama_key, "conf", examples=["defaultencryptionkey"])
def p_nakama_yml_enc(r, v):
    return "deploy/nakama/config.yml", fill('''
name: @@G@@-nakama
console:
  port: 7351
  max_message_size_bytes: 409600
socket:
  max_message_size_bytes: 4096
  ping_period_ms: 15000
session:
  encryption_key: "@@V@@"
  token_expiry_sec: @@EXP@@
  single_socket: true
leaderboard:
  callback_queue_size: 65536
''', G=slug(game(r)), V=v, EXP=r.choice([3600, 7200, 86400]))


@pos("nakama", "runtime_http_key", g_nakama_key, "conf", examples=["defaulthttpkey"])
def p_nakama_compose_http(r, v):
    return "docker-compose.yml", fill('''
services:
  cockroachdb:
    image: cockroachdb/cockroach:@@CV@@
    command: start-single-node --insecure --store=attrs=ssd,path=/var/lib/cockroach/
    volumes:
      - data:/var/lib/cockroach
    ports:
      - "26257:26257"
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:@@NV@@
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address root@cockroachdb:26257 &&
        exec /nakama/nakama --name nakama1 --database.address root@cockroachdb:26257
        --logger.level INFO --runtime.http_key @@V@@ --session.token_expiry_sec 7200
    depends_on:
      - cockroachdb
    volumes:
      - ./nakama/modules:/nakama/data/modules
    ports:
      - "7349:7349"
      - "7350:7350"
      - "7351:7351"
volumes:
  data:
''', CV=pick(r, ["latest-v23.1", "v23.1.11", "latest-v24.1"]), NV=pick(r, ["3.21.1", "3.22.0", "3.24.2"]), V=v)


@pos("postgres", "database_password", g_url_password, "conf")
def p_nakama_compose_pg(r, v):
    return "infra/docker-compose.prod.yml", fill('''
services:
  postgres:
    image: postgres:@@PV@@-alpine
    environment:
      POSTGRES_DB: nakama
      POSTGRES_USER: nakama
    volumes:
      - pgdata:/var/lib/postgresql/data
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:@@NV@@
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address "nakama:@@V@@@postgres:5432/nakama" &&
        exec /nakama/nakama --config /nakama/data/prod.yml --database.address "nakama:@@V@@@postgres:5432/nakama"
    restart: unless-stopped
    depends_on: [postgres]
volumes:
  pgdata: {}
''', PV=pick(r, ["15", "16", "14"]), NV=pick(r, ["3.21.1", "3.22.0"]), V=v)


@pos("nakama", "server_to_server_secret", g_hmac, "code")
def p_nakama_ts_hmac(r, v):
    return "nakama/modules/src/purchase_callback.ts", fill('''
// Store server -> Nakama purchase notifications are signed with HMAC-SHA256.
const notifySigningSecret = "@@V@@";

function rpcPurchaseNotify(ctx: nkruntime.Context, logger: nkruntime.Logger, nk: nkruntime.Nakama, payload: string): string {
  const body = JSON.parse(payload);
  const expected = nk.hmacSha256Hash(notifySigningSecret, body.data);
  if (nk.base64Encode(expected) !== body.signature) {
    throw { message: "bad signature", code: nkruntime.Codes.PERMISSION_DENIED } as nkruntime.Error;
  }
  logger.info("purchase %s for user %s", body.orderId, body.userId);
  return JSON.stringify({ ok: true });
}
''', V=v)


@pos("nakama", "runtime_http_key", g_nakama_key, "url", examples=["defaulthttpkey"])
def p_nakama_rpc_url(r, v):
    return "tools/%s.sh" % pick(r, ["grant_season_pass", "reset_daily", "kick_all"]), fill('''
#!/usr/bin/env bash
# Calls a server-to-server RPC on the live cluster.
set -euo pipefail
HOST="${NAKAMA_HOST:-@@HOST@@}"
curl -fsS "https://${HOST}/v2/rpc/@@RPC@@?http_key=@@V@@&unwrap" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"season\\": \\"@@S@@\\"}"
echo
''', HOST="nakama.%s.example.net" % slug(game(r)), RPC=pick(r, ["admin_grant", "reset_daily", "broadcast"]), V=v,
        S=pick(r, ["s3", "s4", "winter"]))


@pos("nakama", "console_password", g_password, "conf")
def p_nakama_console_k8s(r, v):
    return "deploy/helm/nakama/values-prod.yaml", fill('''
replicaCount: @@RC@@
image:
  repository: registry.heroiclabs.com/heroiclabs/nakama
  tag: "@@NV@@"
service:
  type: LoadBalancer
nakama:
  logger:
    level: INFO
  console:
    username: "@@U@@"
    password: "@@V@@"
  runtime:
    path: /nakama/data/modules
resources:
  requests:
    cpu: 500m
    memory: 1Gi
''', RC=r.choice([2, 3, 4]), NV=pick(r, ["3.21.1", "3.22.0"]), U=pick(r, PEOPLE) + "-ops", V=v)


@pos("nakama", "server_key", g_nakama_key, "conf", examples=["defaultkey"])
def p_nakama_godot_cfg(r, v):
    return "server/override.cfg", fill('''
; Dedicated-server overrides, loaded by the headless export only
[network]
nakama_host="nakama.@@G@@.internal"
nakama_port=7350
nakama_scheme="http"
nakama_server_key="@@V@@"

[match]
tick_rate=@@TR@@
max_players=@@MP@@
''', G=slug(game(r)), V=v, TR=r.choice([10, 20, 30]), MP=r.choice([4, 8, 16]))


@pos("nakama", "runtime_http_key", g_nakama_key, "md", examples=["defaulthttpkey"])
def p_nakama_runbook(r, v):
    return "docs/runbooks/nakama-rpc.md", fill('''
# Server-to-server RPCs

The live cluster exposes a few RPCs that are only callable with the runtime HTTP key.

| RPC | Purpose |
| --- | --- |
| `admin_grant` | grant currency to a user |
| `reset_daily` | re-roll daily quests |

Current key for `@@ENV@@`: `@@V@@`

```
curl "https://nakama.@@G@@.example.net/v2/rpc/reset_daily?http_key=<key>&unwrap" -d '{}'
```

Owner: @@P@@ (live-ops). Rotate after every contractor offboarding.
''', ENV=pick(r, ["prod", "staging", "eu-live"]), V=v, G=slug(game(r)), P=pick(r, PEOPLE))


# ---- Unity Gaming Services --------------------------------------------------------------------
@pos("unity_ugs", "service_account_secret", g_ugs_secret, "ci")
def p_ugs_gh(r, v):
    return ".github/workflows/deploy-cloud-code.yml", fill('''
name: deploy-cloud-code
on:
  workflow_dispatch:
  push:
    tags: ["cc-v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      UGS_CLI_PROJECT_ID: "@@PROJ@@"
      UGS_CLI_ENVIRONMENT_NAME: "@@ENV@@"
      UGS_CLI_SERVICE_KEY_ID: "@@KID@@"
      UGS_CLI_SERVICE_SECRET_KEY: "@@V@@"
    steps:
      - uses: actions/checkout@v4
      - run: npm install -g ugs
      - run: ugs deploy ./CloudCode ./RemoteConfig --json
''', PROJ=uuid4(r), ENV=pick(r, ["production", "staging", "development"]), KID=uuid4(r), V=v)


@pos("unity_ugs", "service_account_secret", g_ugs_secret, "conf")
def p_ugs_shell(r, v):
    return "build/scripts/upload_server_build.sh", fill('''
#!/usr/bin/env bash
set -euo pipefail
PROJECT_ID='@@PROJ@@'
ENVIRONMENT='@@ENV@@'
FLEET_REGION_ID='@@REGID@@'
BUILD_NAME="@@G@@-linux-${1:-@@VER@@}"

export UGS_CLI_SERVICE_KEY_ID='@@KID@@'
export UGS_CLI_SERVICE_SECRET_KEY='@@V@@'
ugs config set project-id "${PROJECT_ID}"
ugs config set environment-name "${ENVIRONMENT}"

ugs game-server-hosting build create --name "${BUILD_NAME}" --os-family LINUX --type FILEUPLOAD
''', PROJ=uuid4(r), ENV=pick(r, ["production", "staging"]), REGID=uuid4(r), G=slug(game(r)), VER=ver(r), KID=uuid4(r), V=v)


@pos("unity_ugs", "service_account_secret", g_ugs_secret, "code")
def p_ugs_cs_basic(r, v):
    return "Tools/Editor/UgsAdminClient.cs", fill('''
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace @@G@@.Tools
{
    internal static class UgsAdminClient
    {
        private const string KeyId = "@@KID@@";
        private const string Secret = "@@V@@";
        private const string ProjectId = "@@PROJ@@";

        public static HttpClient Create()
        {
            var client = new HttpClient { BaseAddress = new Uri("https://services.api.unity.com/") };
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(KeyId + ":" + Secret));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return client;
        }
    }
}
''', G=game(r), KID=uuid4(r), V=v, PROJ=uuid4(r))


# ---- Microsoft Entra (Xbox / Partner Center tooling) -------------------------------------------
@pos("microsoft_entra", "client_secret", g_entra_secret, "conf")
def p_entra_appsettings(r, v):
    return "tools/StoreSubmission/appsettings.json", fill('''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@TEN@@",
    "ClientId": "@@CID@@",
    "ClientSecret": "@@V@@"
  },
  "PartnerCenter": {
    "ApplicationId": "@@STORE@@",
    "Flight": "@@FL@@"
  },
  "Xbox": {
    "TitleId": "@@XTID@@",
    "Scid": "@@SCID@@"
  }
}
''', TEN=uuid4(r), CID=uuid4(r), V=v, STORE="9" + rs(r, "BCDFGHJKLMNPQRSTVWXZ0123456789", 11),
        FL=pick(r, ["Insiders", "QA", "Retail"]), XTID=hexs(r, 8, upper=True), SCID=uuid4(r))


@pos("microsoft_entra", "client_secret", g_entra_secret, "code")
def p_entra_ps1(r, v):
    return "build/Submit-XboxPackage.ps1", fill('''
param(
    [Parameter(Mandatory = $true)][string]$PackagePath,
    [string]$Flight = "@@FL@@"
)
$ErrorActionPreference = 'Stop'

$tenantId     = '@@TEN@@'
$clientId     = '@@CID@@'
$clientSecret = '@@V@@'

$body = @{
    grant_type    = 'client_credentials'
    client_id     = $clientId
    client_secret = $clientSecret
    resource      = 'https://manage.devcenter.microsoft.com'
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/token" -Body $body).access_token
Write-Host "Uploading $PackagePath to flight $Flight"
''', FL=pick(r, ["Insiders", "QA", "Cert"]), TEN=uuid4(r), CID=uuid4(r), V=v)


# ---- Discord ---------------------------------------------------------------------------------
@pos("discord", "bot_token", g_discord_bot, "conf")
def p_discord_bot_json(r, v):
    return "community-bot/config.json", fill('''
{
  "token": "@@V@@",
  "applicationId": "@@APP@@",
  "guildId": "@@GUILD@@",
  "channels": {
    "patchNotes": "@@C1@@",
    "serverStatus": "@@C2@@"
  },
  "prefix": "!",
  "statusPollSeconds": 60
}
''', V=v, APP=snowflake(r), GUILD=snowflake(r), C1=snowflake(r), C2=snowflake(r))


@pos("discord", "client_secret", g_discord_secret, "code")
def p_discord_oauth_ts(r, v):
    return "web/account-linking/src/discord.ts", fill('''
import { URLSearchParams } from "node:url";

const DISCORD_CLIENT_ID = "@@APP@@";
const DISCORD_CLIENT_SECRET = "@@V@@";
const REDIRECT_URI = "https://account.@@G@@.gg/link/discord/callback";

export async function exchangeCode(code: string) {
  const body = new URLSearchParams({
    client_id: DISCORD_CLIENT_ID,
    client_secret: DISCORD_CLIENT_SECRET,
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT_URI,
  });
  const res = await fetch("https://discord.com/api/oauth2/token", { method: "POST", body });
  if (!res.ok) throw new Error(`discord token exchange failed: ${res.status}`);
  return res.json();
}
''', APP=snowflake(r), V=v, G=slug(game(r)))


@pos("discord", "webhook_url", g_discord_webhook, "ci")
def p_discord_webhook_gh(r, v):
    return ".github/workflows/nightly-build.yml", fill('''
name: nightly-build
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  build:
    runs-on: [self-hosted, windows, unreal]
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - name: BuildCookRun
        run: ./Build/BuildCookRun.bat -platform=Win64 -clientconfig=Development
      - name: Notify Discord
        if: always()
        shell: bash
        run: |
          curl -sS -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"Nightly @@G@@ build: ${{ job.status }}\\"}" \\
            "@@V@@"
''', G=game(r), V=v)


@pos("discord", "client_secret", g_discord_secret, "code")
def p_discord_lua(r, v):
    return "launcher/discord_link.lua", fill('''
local discord = {}

discord.client_id = "@@APP@@"
discord.oauth_secret = "@@V@@"
discord.scopes = { "identify", "guilds.join" }

function discord.authorize_url(state)
  return ("https://discord.com/oauth2/authorize?client_id=%s&response_type=code&scope=%s&state=%s")
    :format(discord.client_id, table.concat(discord.scopes, "%20"), state)
end

return discord
''', APP=snowflake(r), V=v)


@pos("discord", "webhook_url", g_discord_webhook, "code")
def p_discord_webhook_py(r, v):
    return "ops/monitoring/server_watch.py", fill('''
import time
import requests

ALERT_HOOK = "@@V@@"
SERVERS = ["@@H1@@", "@@H2@@"]


def alert(msg: str) -> None:
    requests.post(ALERT_HOOK, json={"content": msg, "username": "server-watch"}, timeout=5)


while True:
    for host in SERVERS:
        try:
            requests.get(f"http://{host}:8080/healthz", timeout=3).raise_for_status()
        except requests.RequestException as exc:
            alert(f":red_circle: {host} unhealthy: {exc}")
    time.sleep(@@SL@@)
''', V=v, H1=ip(r), H2=ip(r), SL=r.choice([30, 60, 120]))


# ---- BattlEye / DayZ / Arma -----------------------------------------------------------------
@pos("battleye", "rcon_password", g_password, "conf")
def p_battleye_cfg(r, v):
    return "serverfiles/battleye/BEServer_x64.cfg", fill('''
RConPassword @@V@@
RConPort @@PORT@@
RConIP 0.0.0.0
MaxPing @@MP@@
''', V=v, PORT=r.choice([2306, 2310, 2305]), MP=r.choice([200, 250, 300]))


@pos("battleye", "admin_password", g_password, "conf")
def p_dayz_cfg(r, v):
    return "serverfiles/serverDZ.cfg", fill('''
hostname = "@@HN@@";
password = "";
passwordAdmin = "@@V@@";
maxPlayers = @@MP@@;
verifySignatures = 2;
forceSameBuild = 1;
disableVoN = 0;
vonCodecQuality = 20;
disable3rdPerson = 0;
serverTime = "SystemTime";
serverTimeAcceleration = @@TA@@;
BattlEye = 1;
steamQueryPort = 27016;

class Missions
{
    class DayZ
    {
        template = "dayzOffline.chernarusplus";
    };
};
''', HN="[%s] %s | %s" % (pick(r, ["EU", "US", "AU"]), pick(r, ["Vanilla+", "PvE", "Hardcore"]), pick(r, STUDIOS)),
        V=v, MP=r.choice([40, 60, 80]), TA=r.choice([1, 4, 6]))


# ---- Edgegap ---------------------------------------------------------------------------------
@pos("edgegap", "api_token", g_edgegap, "code")
def p_edgegap_cs(r, v):
    return "Assets/Editor/Deploy/EdgegapDeployer.cs", fill('''
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using UnityEngine;

public static class EdgegapDeployer
{
    const string ApiBase = "https://api.edgegap.com/v1";
    const string AppName = "@@APP@@";

    public static async Task<string> DeployAsync(string version, string[] ips)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "token @@V@@");
        var json = JsonUtility.ToJson(new DeployRequest { app_name = AppName, version_name = version, ip_list = ips });
        var res = await http.PostAsync(ApiBase + "/deploy", new StringContent(json, Encoding.UTF8, "application/json"));
        return await res.Content.ReadAsStringAsync();
    }
}
''', APP=slug(game(r)), V=v)


@pos("edgegap", "api_token", g_edgegap, "ci")
def p_edgegap_gh(r, v):
    return ".github/workflows/server-image.yml", fill('''
name: server-image
on:
  push:
    tags: ["server-v*"]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t registry.edgegap.com/@@ORG@@/@@APP@@:${GITHUB_REF_NAME} server/
      - name: register version
        run: |
          curl -fsS -X POST "https://api.edgegap.com/v1/app/@@APP@@/version" \\
            -H "Authorization: token @@V@@" \\
            -H "Content-Type: application/json" \\
            -d '{"name":"'"${GITHUB_REF_NAME}"'","docker_repository":"registry.edgegap.com","docker_image":"@@ORG@@/@@APP@@","docker_tag":"'"${GITHUB_REF_NAME}"'","req_cpu":@@CPU@@,"req_memory":@@MEM@@}'
''', ORG=slug(pick(r, STUDIOS)).replace(" ", ""), APP=slug(game(r)), V=v, CPU=r.choice([256, 512, 1024]),
        MEM=r.choice([512, 1024, 2048]))


@pos("edgegap", "api_token", g_edgegap, "conf")
def p_edgegap_json(r, v):
    return "matchmaker/settings.json", fill('''
{
  "matchmaker": {
    "teamSize": @@TS@@,
    "teams": 2,
    "maxWaitSeconds": 90,
    "latencyBucketsMs": [50, 100, 150]
  },
  "edgegap": {
    "appName": "@@APP@@",
    "appVersion": "@@VER@@",
    "apiToken": "@@V@@",
    "webhookUrl": "https://mm.@@APP@@.gg/edgegap/ready"
  }
}
''', TS=r.choice([1, 2, 3, 5]), APP=slug(game(r)), VER=ver(r), V=v)


# ---- Hathora ---------------------------------------------------------------------------------
@pos("hathora", "developer_token", g_hathora, "code", examples=["<YOUR_BEARER_TOKEN_HERE>"])
def p_hathora_ts(r, v):
    return "server/src/lobby.ts", fill('''
import { HathoraCloud } from "@hathora/cloud-sdk-typescript";

const appId = "app-@@AID@@";

export const hathora = new HathoraCloud({
  hathoraDevToken: "@@V@@",
  appId,
});

export async function createRoom(region = "@@REG@@") {
  const { roomId } = await hathora.roomsV2.createRoom({ region }, appId);
  return roomId;
}
''', AID=uuid4(r), V=v, REG=pick(r, HREGIONS))


@pos("hathora", "developer_token", g_hathora, "ci", examples=["<YOUR_BEARER_TOKEN_HERE>"])
def p_hathora_gh(r, v):
    return ".github/workflows/hathora-deploy.yml", fill('''
name: hathora-deploy
on:
  push:
    branches: [release]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm install -g @hathora/cli
      - run: hathora deploy --app-id app-@@AID@@ --rooms-per-process @@RPP@@ --transport-type tls --container-port 4000 --requested-cpu 1 --requested-memory-mb 2048
        env:
          HATHORA_TOKEN: "@@V@@"
''', AID=uuid4(r), RPP=r.choice([1, 4, 8]), V=v)


@pos("hathora", "developer_token", g_hathora, "conf", examples=["<YOUR_BEARER_TOKEN_HERE>"])
def p_hathora_godot_cfg(r, v):
    return "export/server_settings.cfg", fill('''
[hathora]

app_id="app-@@AID@@"
dev_token="@@V@@"
default_region="@@REG@@"

[server]

port=4000
tick_rate=@@TR@@
''', AID=uuid4(r), V=v, REG=pick(r, HREGIONS), TR=r.choice([20, 30, 60]))


# ---- AWS (GameLift fleets) -------------------------------------------------------------------
@pos("aws_gamelift", "aws_secret_access_key", g_aws_secret, "conf")
def p_aws_credentials(r, v):
    return "ops/aws/credentials", fill('''
[default]
region = @@REG@@
output = json

[gamelift-deploy]
aws_access_key_id = @@AK@@
aws_secret_access_key = @@V@@
region = @@REG@@
''', REG=pick(r, REGIONS), AK=aws_key_id(r), V=v)


@pos("aws_gamelift", "aws_secret_access_key", g_aws_secret, "conf")
def p_aws_terraform(r, v):
    g = slug(game(r))
    return "infra/gamelift/main.tf", fill('''
provider "aws" {
  region     = "@@REG@@"
  access_key = "@@AK@@"
  secret_key = "@@V@@"
}

resource "aws_gamelift_build" "server" {
  name             = "@@G@@-server"
  operating_system = "AMAZON_LINUX_2023"
  version          = "@@VER@@"
  storage_location {
    bucket   = "@@G@@-builds"
    key      = "server/@@VER@@.zip"
    role_arn = aws_iam_role.gamelift_s3.arn
  }
}

resource "aws_gamelift_fleet" "main" {
  build_id          = aws_gamelift_build.server.id
  ec2_instance_type = "@@IT@@"
  fleet_type        = "ON_DEMAND"
  name              = "@@G@@-fleet"
  runtime_configuration {
    server_process {
      concurrent_executions = @@CE@@
      launch_path           = "/local/game/@@G@@Server.x86_64"
    }
  }
}
''', REG=pick(r, REGIONS), AK=aws_key_id(r), V=v, G=g, VER=ver(r), IT=pick(r, ["c5.large", "c6i.xlarge", "c5a.2xlarge"]),
        CE=r.choice([1, 2, 4]))


@pos("aws_gamelift", "aws_secret_access_key", g_aws_secret, "code")
def p_aws_boto(r, v):
    return "scripts/fleet/scale_fleet.py", fill('''
import sys
import boto3

FLEET_ID = "fleet-@@FID@@"

client = boto3.client(
    "gamelift",
    region_name="@@REG@@",
    aws_access_key_id="@@AK@@",
    aws_secret_access_key="@@V@@",
)


def scale(desired: int) -> None:
    client.update_fleet_capacity(FleetId=FLEET_ID, DesiredInstances=desired, MinSize=1, MaxSize=@@MX@@)


if __name__ == "__main__":
    scale(int(sys.argv[1]) if len(sys.argv) > 1 else @@D@@)
''', FID=uuid4(r), REG=pick(r, REGIONS), AK=aws_key_id(r), V=v, MX=r.choice([10, 20, 50]), D=r.choice([2, 3, 5]))


# ---- GameAnalytics ---------------------------------------------------------------------------
GA_DOC_SECRET = "16813a12f718bc5c620f56944e1abc3ea13ccbac"
GA_DOC_GAME = "5c6bcb5402204249437fb5a7a80a4959"


@pos("gameanalytics", "secret_key", g_ga_secret, "code", examples=[GA_DOC_SECRET])
def p_ga_cs(r, v):
    return "Assets/Scripts/Analytics/AnalyticsBootstrap.cs", fill('''
using GameAnalyticsSDK;
using UnityEngine;

public class AnalyticsBootstrap : MonoBehaviour
{
    [SerializeField] private string buildVersion = "@@VER@@";

    private void Awake()
    {
        GameAnalytics.SettingsGA.AddGameKey(RuntimePlatform.@@PLAT@@, "@@GK@@", "@@V@@");
        GameAnalytics.SettingsGA.Build[0] = buildVersion;
        GameAnalytics.Initialize();
    }
}
''', VER=ver(r), PLAT=pick(r, ["Android", "IPhonePlayer", "WindowsPlayer"]), GK=g_ga_game_key(r), V=v)


@pos("gameanalytics", "secret_key", g_ga_secret, "code", examples=[GA_DOC_SECRET])
def p_ga_lua(r, v):
    return "src/analytics/init.lua", fill('''
local gameanalytics = require("gameanalytics.gameanalytics")

local M = {}

function M.start(build)
  gameanalytics.configureBuild(build or "@@VER@@")
  gameanalytics.configureAvailableResourceCurrencies({ "gems", "coins" })
  gameanalytics.initialize({
    gameKey = "@@GK@@",
    gameSecret = "@@V@@",
  })
end

return M
''', VER=ver(r), GK=g_ga_game_key(r), V=v)


@pos("gameanalytics", "secret_key", g_ga_secret, "code", examples=[GA_DOC_SECRET])
def p_ga_gdscript(r, v):
    return "autoload/analytics_rest.gd", fill('''
extends Node
# Minimal GameAnalytics collector client (REST API v2) for the server build.

var game_key := "@@GK@@"
var hmac_key := "@@V@@"
var endpoint := "https://api.gameanalytics.com/v2/%s/events"

func _auth_header(body: PackedByteArray) -> String:
	var ctx := HMACContext.new()
	ctx.start(HashingContext.HASH_SHA256, hmac_key.to_utf8_buffer())
	ctx.update(body)
	return Marshalls.raw_to_base64(ctx.finish())
''', GK=g_ga_game_key(r), V=v)


# ---- databases / cloud -----------------------------------------------------------------------
@pos("postgres", "database_password", g_password, "conf")
def p_pg_appsettings(r, v):
    return "src/%s.Matchmaker/appsettings.json" % game(r), fill('''
{
  "ConnectionStrings": {
    "Matchmaking": "Host=@@H@@;Port=5432;Database=matchmaking;Username=mm_service;Password=@@V@@;Maximum Pool Size=50"
  },
  "Queues": {
    "Ranked": { "TeamSize": @@TS@@, "MmrWindow": 150 },
    "Casual": { "TeamSize": @@TS@@, "MmrWindow": 400 }
  }
}
''', H=pick(r, ["pg-main.internal", "10.20.0.15", "matchmaking-db.%s.rds.amazonaws.com" % pick(r, REGIONS)]), V=v,
        TS=r.choice([2, 3, 4, 5]))


@pos("redis", "database_password", g_url_password, "conf")
def p_redis_yaml(r, v):
    return "matchmaker/config/%s.yaml" % pick(r, ["production", "live", "prod-eu"]), fill('''
server:
  listen: ":@@PORT@@"
  read_timeout: 5s
queue:
  backend: redis
  url: "redis://:@@V@@@@@RH@@:6379/@@DB@@"
  ticket_ttl: 120s
tickets:
  max_party_size: @@PS@@
  regions: ["@@R1@@", "@@R2@@"]
''', PORT=r.choice([8080, 50504, 51504]), V=v, RH=pick(r, ["redis-mm", "10.1.4.20", "cache.internal"]),
        DB=r.randrange(0, 8), PS=r.choice([2, 3, 4]), R1=pick(r, REGIONS), R2=pick(r, REGIONS))


@pos("mongodb", "database_password", g_url_password, "code")
def p_mongo_node(r, v):
    return "services/leaderboards/src/db.js", fill('''
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://leaderboards:@@V@@@@@CL@@.mongodb.net/?retryWrites=true&w=majority';
const client = new MongoClient(uri, { maxPoolSize: 20 });

async function collection(season) {
  await client.connect();
  return client.db('@@G@@').collection(`scores_${season}`);
}

module.exports = { collection };
''', V=v, CL="cluster%d.%s" % (r.randrange(0, 4), rs(r, LO + DIG, 5)), G=snake(game(r)))


@pos("azure_storage", "storage_account_key", g_azure_storage_key, "conf")
def p_azure_storage(r, v):
    acct = snake(game(r)).replace("_", "")[:14] + "st"
    return "backend/CloudScript/local.settings.json", fill('''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=@@A@@;AccountKey=@@V@@;EndpointSuffix=core.windows.net",
    "ReplayContainer": "replays",
    "PLAYFAB_TITLE_ID": "@@TID@@"
  }
}
''', A=acct, V=v, TID=g_playfab_title(r))


@pos("postgres", "database_password", g_password, "conf")
def p_pg_sql(r, v):
    return "db/migrations/%04d_create_service_roles.sql" % r.randrange(1, 60), fill('''
-- Roles for the live-service backends
CREATE ROLE telemetry_reader NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA telemetry TO telemetry_reader;

CREATE USER matchmaker WITH PASSWORD '@@V@@';
GRANT CONNECT ON DATABASE @@DB@@ TO matchmaker;
GRANT USAGE ON SCHEMA matchmaking TO matchmaker;
GRANT SELECT, INSERT, UPDATE ON matchmaking.tickets, matchmaking.matches TO matchmaker;
''', V=v, DB=snake(game(r)))


@pos("postgres", "database_password", g_password, "conf")
def p_pg_helm(r, v):
    return "deploy/helm/backend/values.yaml", fill('''
global:
  region: @@REG@@
postgresql:
  enabled: true
  auth:
    username: backend
    database: @@DB@@
    password: "@@V@@"
  primary:
    persistence:
      size: @@SZ@@Gi
backend:
  image: ghcr.io/@@ORG@@/backend:@@VER@@
  replicas: @@RC@@
''', REG=pick(r, REGIONS), DB=snake(game(r)), V=v, SZ=r.choice([20, 50, 100]), ORG=slug(game(r)), VER=ver(r),
        RC=r.choice([2, 3]))


@pos("jwt", "signing_secret", g_jwt_secret, "conf")
def p_jwt_toml(r, v):
    return "services/gateway/config/gateway.toml", fill('''
[http]
bind = "0.0.0.0:@@PORT@@"
cors_origins = ["https://play.@@G@@.gg"]

[auth]
issuer = "https://auth.@@G@@.gg"
audience = "game-api"
jwt_hs256_secret = "@@V@@"
access_ttl = "15m"

[ratelimit]
per_player_rps = @@RPS@@
''', PORT=r.choice([8080, 8443, 9090]), G=slug(game(r)), V=v, RPS=r.choice([5, 10, 20]))


@pos("matchmaker", "hmac_secret", g_hmac, "code")
def p_hmac_go(r, v):
    return "services/matchmaker/internal/allocator/sign.go", fill('''
package allocator

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Dedicated servers verify join tickets with this key.
var ticketKey = []byte("@@V@@")

func SignTicket(matchID, playerID string, expires int64) string {
	m := hmac.New(sha256.New, ticketKey)
	m.Write([]byte(matchID + "|" + playerID + "|" + itoa(expires)))
	return hex.EncodeToString(m.Sum(nil))
}
''', V=v)


@pos("tls", "private_key", g_pem, "conf", reuse=False, needle=lambda v: v.split("\n")[0])
def p_pem_key(r, v):
    return "deploy/certs/%s.key" % pick(r, ["game-server", "relay", "lobby-tls", "wss"]), \
        "-----BEGIN PRIVATE KEY-----\n" + v + "\n-----END PRIVATE KEY-----\n"


@pos("steamworks", "web_api_publisher_key", g_steam_key, "conf")
def p_steam_log_dump(r, v):
    lines = ["%s [INFO] %s backend starting, build %s" % (date(r), game(r), ver(r)),
             "%s [INFO] loaded config from /etc/%s/backend.yaml" % (date(r), slug(game(r))),
             "%s [DEBUG] config: region=%s steam.app_id=%d steam.api_key=%s cache_ttl=300" % (
                 date(r), pick(r, REGIONS), r.randrange(400000, 2900000), v),
             "%s [INFO] listening on :8080" % date(r)]
    for _ in range(r.randrange(3, 8)):
        lines.append("%s [INFO] GET /v1/profile/%s 200 %dms" % (date(r), steamid(r), r.randrange(3, 90)))
    return "logs/backend-%s.log" % pick(r, ["2024-05-02", "startup", "crash-dump"]), "\n".join(lines) + "\n"


@pos("unity_ugs", "service_account_secret", g_ugs_secret, "conf")
def p_ugs_dockerfile(r, v):
    return "ci/ugs-deployer/Dockerfile", fill('''
FROM node:20-bookworm-slim
RUN npm install -g ugs@@@UV@@
WORKDIR /work
COPY . /work
ENV UGS_CLI_PROJECT_ID=@@PROJ@@ \\
    UGS_CLI_ENVIRONMENT_NAME=@@ENV@@ \\
    UGS_CLI_SERVICE_KEY_ID=@@KID@@ \\
    UGS_CLI_SERVICE_SECRET_KEY=@@V@@
ENTRYPOINT ["ugs", "deploy", "/work/CloudCode", "/work/Economy"]
''', UV=pick(r, ["1.6.0", "1.7.0", "1.9.0"]), PROJ=uuid4(r), ENV=pick(r, ["production", "staging"]), KID=uuid4(r), V=v)


@pos("discord", "bot_token", g_discord_bot, "code")
def p_discord_bot_go(r, v):
    return "tools/statusbot/main.go", fill('''
package main

import (
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
)

func main() {
	dg, err := discordgo.New("Bot " + "@@V@@")
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(onServerStatus)
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	defer dg.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
''', V=v)


@pos("playfab", "developer_secret_key", g_playfab_secret, "code")
def p_playfab_cpp(r, v):
    return "Source/%sServer/Private/PlayFabServerSubsystem.cpp" % game(r), fill('''
#include "PlayFabServerSubsystem.h"
#include "PlayFabRuntimeSettings.h"

void UPlayFabServerSubsystem::Initialize(FSubsystemCollectionBase& Collection)
{
    Super::Initialize(Collection);
#if UE_SERVER
    UPlayFabRuntimeSettings* Settings = GetMutableDefault<UPlayFabRuntimeSettings>();
    Settings->TitleId = TEXT("@@TID@@");
    Settings->DeveloperSecretKey = TEXT("@@V@@");
#endif
    UE_LOG(LogTemp, Log, TEXT("PlayFab server subsystem ready (build %s)"), TEXT("@@VER@@"));
}
''', TID=g_playfab_title(r), V=v, VER=ver(r))


# ----------------------------------------------------------------------------- look-alike negatives
# fn(r) -> (relpath, text); registered with provider and kind (what the file looks like).
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


@neg("unity", "asset_guid")
def n_unity_meta(r):
    return "Assets/%s/%s.prefab.meta" % (pick(r, ["Prefabs", "Characters", "UI", "Levels"]), pick(r, ["Player", "Lobby", "Crate", "Turret", "HUD"])), fill('''
fileFormatVersion: 2
guid: @@G@@
PrefabImporter:
  externalObjects: {}
  userData: 
  assetBundleName: @@AB@@
  assetBundleVariant: 
''', G=hexs(r, 32), AB=pick(r, ["", "characters", "ui-common"]))


@neg("unity", "cloud_project_id")
def n_unity_projectsettings(r):
    return "ProjectSettings/ProjectSettings.asset", fill('''
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: @@PG@@
  AndroidProfiler: 0
  companyName: @@ST@@
  productName: @@G@@
  bundleVersion: @@VER@@
  cloudProjectId: @@CP@@
  organizationId: @@ORG@@
  cloudEnabled: 0
  applicationIdentifier:
    Android: com.@@S@@.@@GS@@
    iPhone: com.@@S@@.@@GS@@
''', PG=hexs(r, 32), ST=pick(r, STUDIOS), G=game(r), VER=ver(r), CP=uuid4(r), ORG=slug(pick(r, STUDIOS)).replace(" ", ""),
        S=snake(pick(r, STUDIOS)).replace(" ", ""), GS=snake(game(r)))


@neg("unreal", "project_guid")
def n_uproject(r):
    g = game(r)
    return "%s.uproject" % g, fill('''
{
	"FileVersion": 3,
	"EngineAssociation": "{@@EA@@}",
	"Category": "",
	"Description": "",
	"Modules": [
		{
			"Name": "@@G@@",
			"Type": "Runtime",
			"LoadingPhase": "Default"
		}
	],
	"Plugins": [
		{ "Name": "OnlineSubsystemEOS", "Enabled": true },
		{ "Name": "OnlineSubsystemSteam", "Enabled": true },
		{ "Name": "EOSShared", "Enabled": true },
		{ "Name": "ModelingToolsEditorMode", "Enabled": true, "TargetAllowList": ["Editor"] }
	]
}
''', EA=uuid4(r).upper(), G=g)


@neg("epic_eos", "public_ids")
def n_eos_ids_ini(r):
    return "Config/DefaultEngine.ini", fill('''
[OnlineSubsystem]
DefaultPlatformService=EOS

[/Script/OnlineSubsystemEOS.EOSSettings]
DefaultArtifactName=@@G@@
bUseEAS=True
bUseEOSConnect=True
; Artifact credentials live in Config/NoRedist/DefaultEngine.ini (not in git)

[EOSSDK]
ProductName=@@G@@
ProductVersion=@@VER@@
ProductId="@@PID@@"
SandboxId="@@SID@@"
DeploymentId="@@DID@@"
''', G=game(r), VER=ver(r), PID=g_eos_id(r), SID=g_eos_id(r), DID=g_eos_id(r))


@neg("epic_eos", "product_user_ids")
def n_eos_log(r):
    out = []
    for _ in range(r.randrange(8, 16)):
        out.append("[%s][%3d]LogEOS: Verbose: [LogEOSConnect] Login complete ProductUserId=%s Result=EOS_Success"
                   % (date(r).replace("T", "-"), r.randrange(1000), hexs(r, 32)))
        if r.randrange(3) == 0:
            out.append("[%s][%3d]LogEOSSessions: Session %s joined by %s" % (date(r).replace("T", "-"), r.randrange(1000),
                                                                            hexs(r, 32), hexs(r, 32)))
    return "Saved/Logs/%sServer.log" % game(r), "\n".join(out) + "\n"


@neg("playfab", "title_and_player_ids")
def n_playfab_ids_json(r):
    players = ",\n".join('    { "PlayFabId": "%s", "DisplayName": "%s%d", "EntityId": "%s" }'
                         % (g_playfab_id(r), pick(r, WORDS), r.randrange(100), g_playfab_id(r)) for _ in range(r.randrange(3, 7)))
    return "tests/fixtures/playfab/get_friends_response.json", fill('''
{
  "TitleId": "@@TID@@",
  "Friends": [
@@P@@
  ],
  "RequestId": "@@RID@@"
}
''', TID=g_playfab_title(r), P=players, RID=uuid4(r))


@neg("playfab", "title_id")
def n_playfab_client_cs(r):
    return "Assets/Scripts/Net/Login.cs", fill('''
using PlayFab;
using PlayFab.ClientModels;
using UnityEngine;

public class Login : MonoBehaviour
{
    // Title id is public; client builds never carry a secret key.
    private const string TitleId = "@@TID@@";

    private void Start()
    {
        PlayFabSettings.staticSettings.TitleId = TitleId;
        var req = new LoginWithCustomIDRequest { CustomId = SystemInfo.deviceUniqueIdentifier, CreateAccount = true };
        PlayFabClientAPI.LoginWithCustomID(req, r => Debug.Log("PlayFabId " + r.PlayFabId), e => Debug.LogError(e.GenerateErrorReport()));
    }
}
''', TID=g_playfab_title(r))


@neg("photon", "app_id_public")
def n_photon_settings(r):
    return "Assets/Photon/Fusion/Resources/PhotonAppSettings.asset", fill('''
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Name: PhotonAppSettings
  m_EditorClassIdentifier: 
  AppSettings:
    AppIdFusion: @@A1@@
    AppIdChat: @@A2@@
    AppIdVoice: @@A3@@
    AppVersion: @@VER@@
    UseNameServer: 1
    FixedRegion: @@REG@@
    Server: 
    Port: 0
    Protocol: 0
    NetworkLogging: 1
''', A1=uuid4(r), A2=uuid4(r), A3=uuid4(r), VER=ver(r), REG=pick(r, ["eu", "us", "asia", "jp", ""]))


@neg("steamworks", "app_build_vdf")
def n_steam_vdf(r):
    app = r.randrange(400000, 2900000)
    return "steam/scripts/app_build_%d.vdf" % app, fill('''
"AppBuild"
{
	"AppID" "@@APP@@"
	"Desc" "@@G@@ @@VER@@ nightly"
	"BuildOutput" "..\\output\\"
	"ContentRoot" "..\\content\\"
	"SetLive" "beta"
	"Depots"
	{
		"@@D1@@" "depot_build_@@D1@@.vdf"
		"@@D2@@" "depot_build_@@D2@@.vdf"
	}
}
''', APP=app, G=game(r), VER=ver(r), D1=app + 1, D2=app + 2)


@neg("steamworks", "manifest_ids")
def n_steam_manifest_log(r):
    out = ["Steam Console Client (c) Valve Corporation - version %d" % r.randrange(1700000000, 1720000000),
           "Logging in user '%s-build' to Steam Public...OK" % pick(r, PEOPLE)]
    for _ in range(r.randrange(2, 5)):
        d = r.randrange(400000, 2900000)
        out.append("Building depot %d..." % d)
        out.append("Depot manifest %d -> %d (%d files, %.1f MB)" % (d, r.randrange(10 ** 18, 9 * 10 ** 18),
                                                                  r.randrange(50, 4000), r.random() * 3000))
        out.append("  content sha1 %s" % hexs(r, 40))
    out.append("App build successful, BuildID %d" % r.randrange(10000000, 16000000))
    return "ci/logs/steamcmd-upload.log", "\n".join(out) + "\n"


@neg("steamworks", "steam_ids")
def n_steam_csv(r):
    rows = ["steamid,persona,playtime_minutes,last_match_id,region"]
    for _ in range(r.randrange(6, 14)):
        rows.append("%s,%s%d,%d,%s,%s" % (steamid(r), pick(r, WORDS), r.randrange(100), r.randrange(10, 90000),
                                          uuid4(r), pick(r, REGIONS)))
    return "analytics/exports/playtime_%s.csv" % pick(r, ["week18", "may", "s3_end"]), "\n".join(rows) + "\n"


@neg("xbox", "title_ids_scid")
def n_xbox_gameconfig(r):
    return "GDK/MicrosoftGame.config", fill('''
<?xml version="1.0" encoding="utf-8"?>
<Game configVersion="1">
  <Identity Name="@@ST@@.@@G@@" Publisher="CN=@@PUB@@" Version="@@VER@@.0"/>
  <StoreId>9@@STORE@@</StoreId>
  <TitleId>@@TID@@</TitleId>
  <MSAAppId>@@MSA@@</MSAAppId>
  <ExecutableList>
    <Executable Name="@@G@@.exe" TargetDeviceFamily="PC" Id="Game"/>
  </ExecutableList>
  <ShellVisuals DefaultDisplayName="@@G@@" PublisherDisplayName="@@STN@@" StoreLogo="StoreLogo.png"
                Square150x150Logo="Logo150.png" Square44x44Logo="Logo44.png" BackgroundColor="#000000"/>
  <ExtendedAttributeList>
    <ExtendedAttribute Name="Scid" Value="@@SCID@@"/>
  </ExtendedAttributeList>
</Game>
''', ST=snake(pick(r, STUDIOS)).replace(" ", ""), G=game(r), PUB=hexs(r, 8, upper=True) + "-" + hexs(r, 4, upper=True) + "-" + hexs(r, 4, upper=True) + "-" + hexs(r, 4, upper=True) + "-" + hexs(r, 12, upper=True),
        VER=ver(r), STORE=rs(r, "BCDFGHJKLMNPQRSTVWXZ0123456789", 11), TID=hexs(r, 8, upper=True),
        MSA=rs(r, "0123456789ABCDEF", 16), STN=pick(r, STUDIOS), SCID=uuid4(r))


@neg("discord", "application_id_public")
def n_discord_rpc(r):
    return "Source/%s/Private/DiscordPresence.cpp" % game(r), fill('''
#include "DiscordPresence.h"
#include "discord.h"

// Application id is public; it identifies the Rich Presence assets.
static constexpr discord::ClientId kDiscordAppId = @@APP@@;

void FDiscordPresence::Start()
{
    discord::Core* Core{};
    discord::Core::Create(kDiscordAppId, DiscordCreateFlags_NoRequireDiscord, &Core);
    discord::Activity Activity{};
    Activity.SetState("In lobby");
    Activity.GetAssets().SetLargeImage("@@IMG@@");
    Activity.GetParty().SetId("@@PARTY@@");
    Core->ActivityManager().UpdateActivity(Activity, [](discord::Result) {});
}
''', APP=snowflake(r), IMG=pick(r, ["logo_large", "map_harbor", "season3"]), PARTY=uuid4(r))


@neg("nakama", "match_ids")
def n_nakama_match_list(r):
    matches = ",\n".join('    { "match_id": "%s.nakama%d", "authoritative": true, "size": %d, "label": "{\\"mode\\":\\"%s\\"}" }'
                         % (uuid4(r), r.randrange(1, 4), r.randrange(1, 9), pick(r, ["ranked", "casual", "duel"])) for _ in range(r.randrange(2, 6)))
    return "nakama/tests/testdata/list_matches.json", "{\n  \"matches\": [\n" + matches + "\n  ]\n}\n"


@neg("nakama", "user_ids_log")
def n_nakama_log(r):
    out = []
    for _ in range(r.randrange(6, 12)):
        out.append(json.dumps({"level": "info", "ts": date(r) + "Z", "caller": "server/session_ws.go:%d" % r.randrange(100, 600),
                               "msg": "New WebSocket session connected", "uid": uuid4(r), "sid": uuid4(r), "format": 0}))
    return "nakama/logs/nakama-%d.log" % r.randrange(1, 5), "\n".join(out) + "\n"


@neg("hathora", "app_and_process_ids")
def n_hathora_ids(r):
    return "server/hathora.json", fill('''
{
  "appId": "app-@@A@@",
  "orgId": "org-@@O@@",
  "lastDeployment": {
    "deploymentId": @@DEP@@,
    "buildId": @@BID@@,
    "buildTag": "@@VER@@",
    "roomsPerProcess": @@RPP@@
  },
  "sampleRoomId": "@@ROOM@@",
  "sampleProcessId": "@@PROC@@"
}
''', A=uuid4(r), O=uuid4(r), DEP=r.randrange(10, 900), BID=r.randrange(10, 900), VER=ver(r), RPP=r.choice([1, 4, 8]),
        ROOM=rs(r, LO + DIG, 13), PROC=uuid4(r))


@neg("aws_gamelift", "fleet_build_ids")
def n_gamelift_tf_outputs(r):
    return "infra/gamelift/outputs.json", fill('''
{
  "build_id": { "value": "build-@@B@@" },
  "fleet_id": { "value": "fleet-@@F@@" },
  "fleet_arn": { "value": "arn:aws:gamelift:@@REG@@:@@ACC@@:fleet/fleet-@@F@@" },
  "queue_arn": { "value": "arn:aws:gamelift:@@REG@@:@@ACC@@:gamesessionqueue/@@Q@@" },
  "alias_id": { "value": "alias-@@AL@@" }
}
''', B=uuid4(r), F=uuid4(r), REG=pick(r, REGIONS), ACC=str(r.randrange(10 ** 11, 10 ** 12)), Q=slug(game(r)) + "-queue", AL=uuid4(r))


@neg("edgegap", "deployment_ids")
def n_edgegap_status(r):
    return "matchmaker/testdata/deployment_status.json", fill('''
{
  "request_id": "@@RID@@",
  "fqdn": "@@RID@@.pr.edgegap.net",
  "app_name": "@@APP@@",
  "app_version": "@@VER@@",
  "current_status": "Status.READY",
  "public_ip": "@@IP@@",
  "ports": { "gameport": { "external": @@EP@@, "internal": 7777, "protocol": "UDP" } },
  "location": { "city": "@@CITY@@", "country": "@@CTRY@@" },
  "tags": ["match-@@MID@@"]
}
''', RID=hexs(r, 12), APP=slug(game(r)), VER=ver(r), IP="%d.%d.%d.%d" % (r.randrange(20, 200), r.randrange(256), r.randrange(256), r.randrange(1, 255)),
        EP=r.randrange(30000, 33000), CITY=pick(r, ["Frankfurt", "Montreal", "Tokyo", "Dallas"]), CTRY=pick(r, ["DE", "CA", "JP", "US"]), MID=uuid4(r))


@neg("gameanalytics", "game_key_public")
def n_ga_export_csv(r):
    rows = ["event_id,user_id,session_id,category,event,value"]
    for _ in range(r.randrange(6, 14)):
        rows.append("%s,%s,%s,%s,%s,%d" % (uuid4(r), uuid4(r), uuid4(r), pick(r, ["design", "business", "progression"]),
                                          pick(r, ["level:start", "shop:open", "iap:gems_100"]), r.randrange(0, 500)))
    return "analytics/raw/events_%d.csv" % r.randrange(1, 30), "\n".join(rows) + "\n"


@neg("godot", "uids_and_hashes")
def n_godot_import(r):
    name = pick(r, ["player", "enemy_bat", "tiles", "ui_atlas", "coin"])
    return "assets/sprites/%s.png.import" % name, fill('''
[remap]

importer="texture"
type="CompressedTexture2D"
uid="uid://@@UID@@"
path="res://.godot/imported/@@N@@.png-@@MD@@.ctex"
metadata={
"vram_texture": false
}

[deps]

source_file="res://assets/sprites/@@N@@.png"
dest_files=["res://.godot/imported/@@N@@.png-@@MD@@.ctex"]

[params]

compress/mode=0
mipmaps/generate=false
''', UID=rs(r, LO + DIG, 13), N=name, MD=hexs(r, 32))


@neg("godot", "project_settings")
def n_godot_project(r):
    g = game(r)
    return "project.godot", fill('''
; Engine configuration file.
config_version=5

[application]

config/name="@@G@@"
config/version="@@VER@@"
run/main_scene="uid://@@UID@@"
config/features=PackedStringArray("4.2", "Forward Plus")
config/icon="res://icon.svg"

[autoload]

Net="*res://autoload/net.gd"
Analytics="*res://autoload/analytics_rest.gd"

[network]

nakama_host="nakama.@@GS@@.example.net"
nakama_server_key=""
''', G=g, VER=ver(r), UID=rs(r, LO + DIG, 13), GS=slug(g))


@neg("npm", "lockfile_integrity")
def n_package_lock(r):
    deps = []
    for name in ["@heroiclabs/nakama-js", "@hathora/cloud-sdk-typescript", "ws", "zod", "pino"]:
        if r.randrange(3) == 0:
            continue
        deps.append('''    "node_modules/%s": {
      "version": "%s",
      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",
      "integrity": "sha512-%s"
    }''' % (name, ver(r), name, name.split("/")[-1], ver(r), b64(r, 64)))
    return "nakama/modules/package-lock.json", '{\n  "name": "modules",\n  "lockfileVersion": 3,\n  "packages": {\n' + ",\n".join(deps) + "\n  }\n}\n"


@neg("build", "artifact_hashes")
def n_build_manifest(r):
    files = ",\n".join('    { "path": "%s", "size": %d, "sha256": "%s" }' % (p, r.randrange(10 ** 4, 10 ** 9), hexs(r, 64))
                       for p in ["%sServer.x86_64" % game(r), "Content/Paks/pakchunk0-Linux.pak", "Content/Paks/pakchunk1-Linux.pak",
                                 "Engine/Binaries/Linux/libsteam_api.so"][:r.randrange(2, 5)])
    return "build/manifest-%s.json" % ver(r), '{\n  "build": "%s",\n  "commit": "%s",\n  "files": [\n%s\n  ]\n}\n' % (
        ver(r), hexs(r, 40), files)


@neg("git", "lfs_pointer")
def n_lfs_pointer(r):
    return "Content/Maps/%s.umap" % pick(r, ["Harbor", "Lobby", "Arena_01", "Frontend"]), \
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(r, 64), r.randrange(10 ** 5, 10 ** 9))


@neg("kubernetes", "image_digest")
def n_k8s_deploy(r):
    g = slug(game(r))
    return "deploy/k8s/matchmaker-deployment.yaml", fill('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: matchmaker
  namespace: @@G@@
  annotations:
    deployment.kubernetes.io/revision: "@@REV@@"
spec:
  replicas: @@RC@@
  selector:
    matchLabels: { app: matchmaker }
  template:
    metadata:
      labels: { app: matchmaker }
      annotations:
        checksum/config: @@CK@@
    spec:
      containers:
        - name: matchmaker
          image: ghcr.io/@@G@@/matchmaker@sha256:@@DG@@
          envFrom:
            - secretRef: { name: matchmaker-secrets }
          env:
            - name: PLAYFAB_TITLE_ID
              value: "@@TID@@"
''', G=g, REV=r.randrange(2, 90), RC=r.choice([2, 3]), CK=hexs(r, 64), DG=hexs(r, 64), TID=g_playfab_title(r))


@neg("tls", "public_key_pem")
def n_public_pem(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64STD, 342) + "IDAQAB"
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "server/keys/receipt_verify_%s.pub.pem" % pick(r, ["v1", "v2", "2024"]), \
        "-----BEGIN PUBLIC KEY-----\n" + lines + "\n-----END PUBLIC KEY-----\n"


@neg("google_play", "licence_public_key")
def n_play_license(r):
    key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64STD, 342) + "IDAQAB"
    return "Assets/Plugins/Android/billing_config.xml", fill('''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Play Console > Monetization setup > Licensing: public key, safe to ship -->
    <string name="billing_public_key">@@K@@</string>
    <string name="billing_products">gems_100,gems_550,season_pass_@@S@@</string>
</resources>
''', K=key, S=r.randrange(1, 9))


@neg("jwks", "public_jwk")
def n_jwks(r):
    return "services/gateway/testdata/jwks.json", fill('''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@KID@@",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
''', KID=hexs(r, 16), N=rs(r, B64URL, 342))


@neg("ssh", "authorized_keys")
def n_authorized_keys(r):
    out = []
    for p in r.sample(PEOPLE, r.randrange(2, 5)):
        out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@build-agent" % (rs(r, B64STD, 43), p))
    return "infra/ansible/files/build_agent_authorized_keys", "\n".join(out) + "\n"


@neg("tls", "certificate_pins")
def n_cert_pins(r):
    return "Assets/Resources/Config/network_security.json", fill('''
{
  "apiHost": "api.@@G@@.gg",
  "pinnedSpkiSha256": [
    "@@P1@@",
    "@@P2@@"
  ],
  "pinExpiry": "2025-06-30"
}
''', G=slug(game(r)), P1=b64(r, 32), P2=b64(r, 32))


@neg("breakpad", "module_ids")
def n_breakpad_sym(r):
    g = game(r)
    out = ["MODULE Linux x86_64 %s %sServer" % (hexs(r, 33, upper=True), g),
           "INFO CODE_ID %s" % hexs(r, 40, upper=True)]
    for _ in range(r.randrange(5, 10)):
        out.append("FUNC %x %x 0 %s::%s()" % (r.randrange(0x1000, 0xfffff), r.randrange(0x10, 0x400), pick(r, ["AGameMode", "UMatchState", "FNetDriver"]),
                                             pick(r, ["Tick", "BeginPlay", "HandleLogin", "Serialize"])))
    return "symbols/%sServer.sym" % g, "\n".join(out) + "\n"


@neg("matchmaker", "ticket_signature_fixture")
def n_sig_fixture(r):
    return "services/matchmaker/internal/allocator/testdata/tickets.json", fill('''
[
  {
    "match_id": "@@M@@",
    "player_id": "@@P@@",
    "expires": @@EXP@@,
    "signature": "@@SIG@@"
  },
  {
    "match_id": "@@M@@",
    "player_id": "@@P2@@",
    "expires": @@EXP@@,
    "signature": "@@SIG2@@"
  }
]
''', M=uuid4(r), P=uuid4(r), EXP=r.randrange(1700000000, 1760000000), SIG=hexs(r, 64), P2=uuid4(r), SIG2=hexs(r, 64))


@neg("replay", "base64_data")
def n_replay_meta(r):
    return "replays/%s.meta.json" % uuid4(r), fill('''
{
  "replayId": "@@RID@@",
  "matchId": "@@MID@@",
  "map": "@@MAP@@",
  "durationSec": @@DUR@@,
  "engineVersion": "5.3.2-@@CL@@",
  "checksumCrc32": "@@CRC@@",
  "header": "@@HDR@@"
}
''', RID=uuid4(r), MID=uuid4(r), MAP=pick(r, ["Harbor", "Arena_01", "Dunes"]), DUR=r.randrange(300, 2400),
        CL=r.randrange(28000000, 30000000), CRC=hexs(r, 8, upper=True), HDR=b64(r, r.randrange(90, 240)))


@neg("lua", "level_data")
def n_lua_level(r):
    return "data/levels/level_%02d.lua" % r.randrange(1, 60), fill('''
-- generated by the level editor, do not edit
return {
  id = "@@ID@@",
  seed = @@SEED@@,
  width = @@W@@, height = @@H@@,
  tiles = "@@T@@",
  checksum = "@@MD@@",
}
''', ID=uuid4(r), SEED=r.randrange(2 ** 31), W=r.choice([32, 48, 64]), H=r.choice([18, 24, 32]), T=b64(r, r.randrange(120, 300)),
        MD=hexs(r, 32))


@neg("addressables", "content_hashes")
def n_addressables(r):
    entries = "\n".join("  - key: %s\n    bundle: %s_%s.bundle\n    hash: %s\n    crc: %d" % (
        hexs(r, 32), pick(r, ["characters", "ui", "levels", "audio"]), hexs(r, 32), hexs(r, 32), r.randrange(10 ** 8, 4 * 10 ** 9))
        for _ in range(r.randrange(3, 7)))
    return "ServerData/%s/catalog_%s.hash.yml" % (pick(r, ["Android", "iOS", "StandaloneWindows64"]), ver(r)), "entries:\n" + entries + "\n"


@neg("sql", "seed_ids")
def n_sql_seed(r):
    rows = ",\n".join("  ('%s', '%s', '%s', %d)" % (uuid4(r), pick(r, ["sword", "shield", "skin", "emote"]) + "_" + pick(r, WORDS),
                                                    hexs(r, 64), r.randrange(50, 2000)) for _ in range(r.randrange(4, 9)))
    return "db/seed/%04d_store_items.sql" % r.randrange(1, 80), "INSERT INTO store_items (id, sku, content_sha256, price_gems) VALUES\n" + rows + ";\n"


@neg("web", "request_trace_ids")
def n_access_log(r):
    out = []
    for _ in range(r.randrange(8, 16)):
        out.append('%s - - [%s] "POST /v1/%s HTTP/1.1" 200 %d "-" "UnityPlayer/2022.3" req_id=%s trace=%s span=%s' % (
            ip(r), date(r), pick(r, ["matchmaking/ticket", "inventory/grant", "telemetry"]), r.randrange(40, 4000),
            uuid4(r), hexs(r, 32), hexs(r, 16)))
    return "logs/gateway-access.log", "\n".join(out) + "\n"


@neg("git", "changelog_shas")
def n_changelog(r):
    out = ["# Changelog", "", "## %s" % ver(r), ""]
    for _ in range(r.randrange(5, 10)):
        out.append("- %s %s (%s)" % (pick(r, ["Fix", "Add", "Tune", "Remove"]), pick(r, ["matchmaking backfill", "EOS login retry",
                                                                                       "Steam overlay crash", "leaderboard paging", "Nakama socket reconnect"]),
                                      hexs(r, 7)))
    out += ["", "Full diff: https://github.com/%s/%s/compare/%s...%s" % (slug(pick(r, STUDIOS)).replace(" ", ""), slug(game(r)), hexs(r, 40), hexs(r, 40))]
    return "CHANGELOG.md", "\n".join(out) + "\n"


@neg("unreal", "package_ids")
def n_ue_pak_log(r):
    out = []
    for _ in range(r.randrange(5, 10)):
        out.append("LogPakFile: Display: Mounted pak '../../../%s/Content/Paks/pakchunk%d-Windows.pak' (hash %s, guid %s)" % (
            game(r), r.randrange(0, 20), hexs(r, 40).upper(), "-".join(hexs(r, 8, upper=True) for _ in range(4))))
    return "Saved/Logs/PakMount.log", "\n".join(out) + "\n"


@neg("redis", "leaderboard_dump")
def n_redis_dump(r):
    out = ["# redis-cli --scan --pattern 'lb:*' | head"]
    for _ in range(r.randrange(5, 10)):
        out.append("lb:%s:season%d:%s" % (pick(r, ["ranked", "weekly", "daily"]), r.randrange(1, 9), uuid4(r)))
    out.append("# ZRANGE lb:ranked:season3 0 4 WITHSCORES")
    for i in range(5):
        out.append("%d) \"%s\"" % (2 * i + 1, g_playfab_id(r)))
        out.append("%d) \"%d\"" % (2 * i + 2, r.randrange(1000, 4000)))
    return "docs/debug/redis-leaderboards.txt", "\n".join(out) + "\n"


@neg("docker", "compose_no_secrets")
def n_compose_local(r):
    return "docker-compose.override.yml", fill('''
services:
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama@sha256:@@DG@@
    healthcheck:
      test: ["CMD", "/nakama/nakama", "healthcheck"]
      interval: 10s
      timeout: 5s
      retries: 5
    environment:
      - "TZ=UTC"
  prometheus:
    image: prom/prometheus:v2.@@PV@@.0
    ports:
      - "9090:9090"
''', DG=hexs(r, 64), PV=r.randrange(40, 54))


@neg("localization", "string_hashes")
def n_loc_csv(r):
    rows = ["Key,SourceString,Hash,Comment"]
    for _ in range(r.randrange(6, 12)):
        rows.append("%s,\"%s\",%s,%s" % (hexs(r, 32, upper=True), pick(r, ["Play", "Find Match", "Leave Party", "Store", "Season Pass", "Settings"]),
                                       r.randrange(10 ** 9, 4 * 10 ** 9), pick(r, ["main menu", "lobby", "hud", ""])))
    return "Content/Localization/Game/Game.csv", "\n".join(rows) + "\n"


@neg("discord", "snowflake_ids")
def n_discord_roles(r):
    return "community-bot/roles.yml", fill('''
guild_id: "@@G@@"
roles:
  beta_tester: "@@R1@@"
  moderator: "@@R2@@"
  season_pass: "@@R3@@"
channels:
  bug_reports: "@@C1@@"
  announcements: "@@C2@@"
''', G=snowflake(r), R1=snowflake(r), R2=snowflake(r), R3=snowflake(r), C1=snowflake(r), C2=snowflake(r))


@neg("unity_ugs", "project_environment_ids")
def n_ugs_ids(r):
    return "Assets/Settings/UgsEnvironments.json", fill('''
{
  "projectId": "@@P@@",
  "environments": [
    { "name": "production", "id": "@@E1@@" },
    { "name": "staging", "id": "@@E2@@" },
    { "name": "development", "id": "@@E3@@" }
  ],
  "remoteConfigId": "@@RC@@",
  "fleetId": "@@F@@"
}
''', P=uuid4(r), E1=uuid4(r), E2=uuid4(r), E3=uuid4(r), RC=hexs(r, 32), F=uuid4(r))


@neg("steamworks", "auth_ticket_fixture_hex")
def n_steam_inventory_md(r):
    return "docs/steam-inventory.md", fill('''
# Steam Inventory item definitions

Item definitions are uploaded from `steam/itemdefs/@@APP@@.json`. The digest of the last upload:

| file | sha1 |
| --- | --- |
| itemdefs.json | `@@S1@@` |
| itemdefs.prices.json | `@@S2@@` |

Workshop collection: `@@WS@@`  ·  App id: `@@APP@@`
''', APP=r.randrange(400000, 2900000), S1=hexs(r, 40), S2=hexs(r, 40), WS=r.randrange(10 ** 9, 3 * 10 ** 9))


# ----------------------------------------------------------------------------- negative slot values
PROVIDER_EXAMPLES = {
    "edgegap": ["super_secret_bearer_token_1234"],
    "gameanalytics": [GA_DOC_SECRET],
    "hathora": ["<YOUR_BEARER_TOKEN_HERE>"],
}

VARNAMES = {
    "playfab": "PLAYFAB_SECRET_KEY", "epic_eos": "EOS_CLIENT_SECRET", "eos_anticheat": "EOS_CLIENT_SECRET",
    "steamworks": "STEAM_WEB_API_KEY", "photon": "PHOTON_AUTH_SECRET", "nakama": "NAKAMA_HTTP_KEY",
    "unity_ugs": "UGS_CLI_SERVICE_SECRET_KEY", "microsoft_entra": "AZURE_CLIENT_SECRET", "discord": "DISCORD_TOKEN",
    "battleye": "RCON_PASSWORD", "edgegap": "EDGEGAP_API_TOKEN", "hathora": "HATHORA_TOKEN",
    "aws_gamelift": "AWS_SECRET_ACCESS_KEY", "gameanalytics": "GA_SECRET_KEY", "postgres": "DB_PASSWORD",
    "redis": "REDIS_PASSWORD", "mongodb": "MONGO_PASSWORD", "azure_storage": "STORAGE_ACCOUNT_KEY",
    "jwt": "JWT_SECRET", "matchmaker": "TICKET_SIGNING_KEY", "tls": "TLS_KEY",
}

PLACEHOLDERS = ["<your-secret-key>", "YOUR_SECRET_KEY_HERE", "changeme", "x" * 32, "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "TODO", "<secret>", "your-api-key", "CHANGE_ME_IN_PROD", "placeholder", "dummy-key",
                "0000000000000000", "<insert key>", "secret-goes-here"]
MASKED = ["********", "[REDACTED]", "<redacted>", "****************", "REDACTED", "***"]


def neg_value(r, t):
    """Pick a non-secret value for the slot of template t; returns (value, class)."""
    var = VARNAMES.get(t["provider"], "APP_SECRET")
    ctx = t["ctx"]
    choices = ["placeholder", "placeholder", "masked", "empty", "named_placeholder"]
    if ctx in ("conf", "ci"):
        choices += ["env_reference", "env_reference", "secret_manager", "template"]
    if ctx == "ci":
        choices += ["ci_secret", "ci_secret"]
    if ctx == "url":
        choices += ["env_reference"]
    examples = t["examples"] + PROVIDER_EXAMPLES.get(t["provider"], [])
    if examples:
        choices += ["documented_example"] * 3
    cls = pick(r, choices)
    if cls == "placeholder":
        v = pick(r, PLACEHOLDERS)
    elif cls == "named_placeholder":
        v = pick(r, ["YOUR_%s" % var, "<%s>" % var.lower().replace("_", "-"), "%s_HERE" % var, "insert-%s" % var.lower().replace("_", "-")])
    elif cls == "masked":
        v = pick(r, MASKED)
    elif cls == "empty":
        v = ""
    elif cls == "env_reference":
        v = pick(r, ["${%s}" % var, "$%s" % var, "%%%s%%" % var, "${%s:?missing}" % var])
    elif cls == "secret_manager":
        v = pick(r, ["op://LiveOps/%s/credential" % var.lower(), "vault:secret/data/%s#%s" % (slug(game(r)), var.lower()),
                     "arn:aws:secretsmanager:%s:%d:secret:%s" % (pick(r, REGIONS), r.randrange(10 ** 11, 10 ** 12), var.lower()),
                     "@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/%s/)" % (slug(game(r)), var.lower().replace("_", "-"))])
    elif cls == "template":
        v = pick(r, ["{{ .Values.secrets.%s }}" % var.lower(), "{{ %s }}" % var.lower(), "#{%s}#" % var])
    elif cls == "ci_secret":
        v = "${{ secrets.%s }}" % var
    else:
        v = pick(r, examples)
    return v, cls


# ----------------------------------------------------------------------------- driver
NOEXT = {"Dockerfile": "dockerfile", "Jenkinsfile": "groovy", "credentials": "ini", ".env": "env",
         "build_agent_authorized_keys": "authorized_keys"}
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(rel):
    base = os.path.basename(rel)
    if base in NOEXT:
        return NOEXT[base]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[1].lower()
    return "text"


def is_blocked_env(rel):
    base = os.path.basename(rel)
    return base == ".env" or (base.startswith(".env.") and base not in ENV_OK)


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def needle_line(text, needle):
    for i, line in enumerate(text.split("\n")):
        if needle in line:
            return i + 1
    raise AssertionError("needle not found")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ff.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    nonsecret = set(PLACEHOLDERS + MASKED + NAKAMA_DOC + [GA_DOC_SECRET, GA_DOC_GAME, ""])
    for vals in PROVIDER_EXAMPLES.values():
        nonsecret.update(vals)

    MODE["neg"] = False
    # positives: every template in turn (shuffled blocks), 500 files
    order = []
    while len(order) < 500:
        block = list(range(len(POS)))
        r.shuffle(block)
        order += block
    env_files = 0
    for i, ti in enumerate(order[:500]):
        t = POS[ti]
        v = t["gen"](r)
        rel, text = t["fn"](r, v)
        needle = t["needle"](v)
        assert needle and needle not in nonsecret, (t["name"], needle)
        if is_blocked_env(rel):
            env_files += 1
        file_rel = "pos/p%04d/%s" % (i, rel)
        line = needle_line(text, needle)
        write(outdir, file_rel, text)
        with open(os.path.join(outdir, file_rel), encoding="utf-8") as f:
            written = f.read().split("\n")
        assert needle in written[line - 1], (file_rel, line)
        assert all(needle not in l for l in written[:line - 1])
        manifest.append({"file": file_rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": file_rel, "needle": needle, "line": line})
    assert env_files <= 25, env_files

    # negatives: 250 re-used positive templates with a non-secret slot, 250 look-alikes
    reusable = [t for t in POS if t["reuse"]]
    jobs = []
    ro, lo = [], []
    while len(ro) < 250:
        block = list(range(len(reusable)))
        r.shuffle(block)
        ro += block
    while len(lo) < 250:
        block = list(range(len(NEG)))
        r.shuffle(block)
        lo += block
    jobs = [("reuse", x) for x in ro[:250]] + [("alike", x) for x in lo[:250]]
    r.shuffle(jobs)
    MODE["neg"] = True
    for i, (mode, idx) in enumerate(jobs):
        if mode == "reuse":
            t = reusable[idx]
            v, cls = neg_value(r, t)
            rel, text = t["fn"](r, v)
            provider, kind = t["provider"], "%s:%s" % (cls, t["kind"])
        else:
            t = NEG[idx]
            rel, text = t["fn"](r)
            provider, kind = t["provider"], "lookalike:%s" % t["kind"]
        if is_blocked_env(rel):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
        assert not is_blocked_env(rel)
        file_rel = "neg/n%04d/%s" % (i, rel)
        write(outdir, file_rel, text)
        manifest.append({"file": file_rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    # no positive needle may leak into a negative file
    neg_texts = []
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
                neg_texts.append(f.read())
    blob = "\n".join(neg_texts)
    for s in secrets:
        assert s["needle"] not in blob, s["file"]

    assert sum(1 for m in manifest if m["label"] == "pos") == 500
    assert sum(1 for m in manifest if m["label"] == "neg") == 500
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
