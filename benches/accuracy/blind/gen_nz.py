#!/usr/bin/env python3
"""gen_nz -- blind evaluation-set generator: game backend & live-ops credentials.

EMPHASIS
    Game projects and their backend / live-ops services.  Products: PlayFab
    (title secret / developer secret keys vs public title ids), Epic Online
    Services (client secrets vs client/product/sandbox/deployment ids, also via
    Unreal DefaultEngine.ini EOS artifacts), Steamworks Web API / publisher keys
    (32 upper hex), SteamCMD / steampipe login scripts with passwords, Steam
    config.vdf ConnectCache, Xbox (Entra ID app client secret for S2S calls,
    MicrosoftGame.config ids), PlayStation (public ids only), Photon (public
    app ids vs custom-auth shared secrets), Nakama / Heroic Labs (runtime
    http_key, console password, session encryption keys, DB password),
    Colyseus monitor passwords, GameAnalytics game key (public) vs secret key,
    Unity Gaming Services service-account key id/secret (also as Basic auth
    base64), Unity Cloud Build API keys, Unity license passwords in CI, Godot
    export presets with keystore passwords, Unreal Android keystore passwords,
    Roblox Open Cloud API keys, mod.io OAuth tokens, Discord bot tokens and
    client secrets, Twitch extension secrets (base64) and client secrets,
    AccelByte / Beamable / LootLocker server keys, Sentry auth tokens,
    Backtrace symbol-upload tokens, BattlEye RCon passwords.
    File types: C#, C++, headers, GDScript, Lua, Unreal .ini, Godot .cfg,
    JSON, YAML (compose, k8s, GitHub/GitLab CI, Unity .asset), Python build
    scripts, shell, Jenkinsfile, .vdf/.acf, .properties, .toml, JS/TS, .meta,
    .uproject, .import, Dockerfile, Makefile, .txt steamcmd runscripts.

USAGE
    python3 -B gen_nz.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a SEED
    (only random.Random(SEED) is used; no time, no str hash()).

NEEDLE CONVENTIONS
    The needle is the secret value exactly as written in the file, without the
    surrounding quotes, key name or "Bearer "/"Basic " prefix.  For URLs with an
    embedded password only the password is the needle.  For the UGS Basic-auth
    variant the needle is the base64 string (the encoded keyId:secret pair).
    For the Steam config.vdf ConnectCache the needle is the hex blob.
    `line` is the 1-based line of the first occurrence of the needle.  Every
    positive file holds exactly one credential; other values in it are public
    ids, documented defaults (Nakama "defaultkey" etc.) or placeholders.

NEGATIVES
    ~half: the positive templates with the secret replaced by a non-secret in
    that context: <YOUR_...> placeholders, REPLACE_ME, empty, masked ****,
    ${ENV} / %ENV% / $(VAR) references, language-level env lookups
    (Environment.GetEnvironmentVariable, os.environ, process.env, OS.get_environment,
    os.getenv, std::getenv), CI secret references (${{ secrets.X }},
    credentials('x')), documented product defaults (Nakama defaultkey /
    defaulthttpkey / defaultencryptionkey, Godot debug keystore "android").
    ~half: domain look-alikes: Unity .meta asset GUIDs, Addressables/AssetBundle
    hashes and CRCs, steampipe app_build/depot_build .vdf (app/depot ids),
    appmanifest .acf (19-digit manifest ids, build ids), PlayFab title ids
    (PlayFabSharedSettings.asset with empty secret), Photon AppIdRealtime UUIDs,
    EOS product/sandbox/deployment/client ids, GameAnalytics game key only
    configs, Xbox MicrosoftGame.config (TitleId, MSAAppId, StoreId, SCID),
    PlayStation param.json (title/content ids), Discord application ids and
    interactions public keys, Twitch client ids, Sentry DSNs (documented as
    safe to expose), Unreal .uproject / DefaultGame.ini ProjectID GUIDs,
    Godot .import uid/md5, Git LFS pointers, SHA256SUMS of builds,
    packages-lock.json hashes, Roblox universe/place ids, Steam64 id lists,
    public key PEMs.

FORMATS CHECKED
    From the providers' own documentation (search tool, docs/pages corpora):
    PlayFab learn.microsoft.com pages (X-SecretKey header, titleId.playfabapi.com
    host, secret keys managed in Title settings); EOS developer portal docs
    (ClientId/ClientSecret OAuth credentials, Product/Sandbox/Deployment ids).
    Everything else is from my own knowledge of the products' public file
    formats: Steam Web API key = 32 upper hex; EOS ids = 32 lower hex, client
    id "xyza7891"+24 alnum, client secret 43 chars base64-like; GameAnalytics
    game key 32 hex / secret key 40 hex; Nakama config keys and defaults;
    Discord bot token = base64(snowflake).6.27+ base64url; Twitch client
    ids/secrets 30 lower alnum, extension secret = base64 of 32 bytes; Entra ID
    client secret = 3 chars + digit + "Q~" + 34 chars; Sentry org token
    sntrys_<base64 JSON>_<secret>, user token sntryu_ + 64 hex; Sentry DSN
    public key 32 hex; Unity .meta guid 32 hex; Godot export_presets.cfg keys.

DOUBTS
    Guessed / not verified against docs: PlayFab secret key shape (used 52 chars
    of [A-Z0-9]); UGS service-account secret (32 alnum); Roblox Open Cloud key
    (long base64, length varied); LootLocker server key ("dev_"/"prod_" + 32 hex);
    AccelByte client secret (32 mixed chars); Beamable realm secret (UUID form);
    Backtrace token (64 hex); Steam config.vdf ConnectCache blob length;
    Unity Cloud Build key (32 hex); mod.io OAuth tokens as RS256 JWTs.
    GameAnalytics secret keys are embedded in client SDK init calls; following
    the brief they are labelled positive.  Sentry DSNs are labelled negative
    (Sentry documents them as safe to be public).  No scanner rules or source
    were consulted; no search result showed scanner rule material.
"""
import base64
import json
import os
import random
import string
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"

WORDS = """falcon harbor maple crimson orbit velvet thunder copper lantern meadow
saffron glacier nimbus quartz raven summit tundra willow ember cobalt drift
fjord granite hollow indigo juniper kestrel lotus marble nova onyx pepper
quiver ridge sierra timber umber vortex wander zephyr anchor beacon canyon
dagger eclipse feather goblin hydra island jasper kraken lynx mantis nebula
oracle phoenix quasar rocket saber titan unicorn viper warden yonder zenith
pixel voxel sprite shader mango papaya walrus otter badger bison cactus
coral dune fennel gecko hazel iris koala lemon mocha nectar olive plum
rhubarb sable tango umbra violet wasabi yucca alpine bramble cinder
dynamo ferro gravel harpy ivory jolt karma lumen magma nomad opal prism
rune scarab talon valor wyvern""".split()

SYMS = "!@#%*-_+=.?"


def hx(r, n, up=False):
    a = UHEX if up else HEX
    return "".join(r.choice(a) for _ in range(n))


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(r, nbytes, pad=True, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def human_pw(r):
    st = r.randrange(5)
    if st == 0:
        w = r.choice(WORDS).capitalize()
        return w + r.choice(SYMS) + str(r.randrange(10, 9999)) + r.choice(["", r.choice(SYMS)])
    if st == 1:
        ws = [r.choice(WORDS) for _ in range(r.randint(3, 4))]
        sep = r.choice("-._")
        return sep.join(ws) + sep + str(r.randrange(1, 99))
    if st == 2:
        n = r.randint(16, 32)
        return rs(r, n, ALNUM + "!@#%*-_+=")
    if st == 3:
        w1, w2 = r.choice(WORDS), r.choice(WORDS)
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0")
        return leet.capitalize() + w2.capitalize() + r.choice(SYMS) + str(r.randrange(100, 999))
    return rs(r, r.randint(20, 28), ALNUM)


def gen_secret_str(r):
    """Generated opaque server secret (Nakama keys, Photon auth secret...)."""
    st = r.randrange(4)
    if st == 0:
        return hx(r, r.choice([32, 48, 64]))
    if st == 1:
        return rs(r, r.randint(24, 40))
    if st == 2:
        return b64(r, r.choice([24, 32]), pad=False, url=True)
    return human_pw(r)


# ---------------------------------------------------------------- providers' formats
def playfab_title(r):
    return hx(r, r.choice([4, 5, 5, 5]), up=True)


def playfab_secret(r):
    return rs(r, 52, UPALNUM)


def eos_client_id(r):
    return "xyza7891" + rs(r, 24)


def eos_client_secret(r):
    return rs(r, 43, ALNUM + "+/")


def steam_key(r):
    return hx(r, 32, up=True)


def ga_game_key(r):
    return hx(r, 32)


def ga_secret(r):
    return hx(r, 40)


def ugs_secret(r):
    return rs(r, 32)


def roblox_key(r):
    return b64(r, r.choice([48, 60, 72, 96]), pad=r.random() < 0.5)


def lootlocker_key(r):
    return r.choice(["dev_", "prod_"]) + hx(r, 32)


def accelbyte_secret(r):
    return rs(r, 32, ALNUM + "!#$%&*+-=?@^_")


def snowflake(r):
    return str(r.randrange(700000000000000000, 1299999999999999999))


def discord_bot(r):
    uid = base64.b64encode(snowflake(r).encode()).decode().rstrip("=")
    return uid + "." + rs(r, 6, B64URL) + "." + rs(r, r.choice([27, 38]), B64URL)


def discord_client_secret(r):
    return rs(r, 32, B64URL)


def twitch_ext_secret(r):
    return b64(r, 32)


def twitch_client_secret(r):
    return rs(r, 30, LOWALNUM)


def entra_secret(r):
    return rs(r, 3, ALNUM) + r.choice(string.digits) + "Q~" + rs(r, 34, ALNUM + "_.~-")


def sentry_org_token(r, org):
    iat = 1.7e9 + r.randrange(0, 60000000)
    payload = {"iat": round(iat + r.random(), 6), "url": "https://sentry.io",
               "region_url": r.choice(["https://us.sentry.io", "https://de.sentry.io"]), "org": org}
    p = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + p + "_" + rs(r, 43, ALNUM + "+/")


def sentry_user_token(r):
    return "sntryu_" + hx(r, 64)


def sentry_any(r, org):
    x = r.randrange(3)
    if x == 0:
        return sentry_org_token(r, org)
    if x == 1:
        return sentry_user_token(r)
    return hx(r, 64)


def jwt_rs256(r, iss, sub, aud, extra=None):
    h = {"typ": "JWT", "alg": "RS256", "jti": hx(r, 40)}
    iat = 1690000000 + r.randrange(0, 60000000)
    p = {"aud": aud, "jti": hx(r, 40), "iat": iat, "nbf": iat, "exp": iat + 31536000,
         "sub": sub, "iss": iss, "scopes": []}
    if extra:
        p.update(extra)
    return b64u_json(h) + "." + b64u_json(p) + "." + b64(r, 256, pad=False, url=True)


def connect_cache(r):
    return hx(r, r.choice([512, 576, 640, 704]))


# ---------------------------------------------------------------- filler
GAMES = ["starfall", "ironvale", "hollow-knightfall", "pixel-raiders", "deepcore", "moonbrook",
         "tinker-tactics", "skyforge", "ember-arena", "voidrunner", "cobalt-siege", "meadowlark",
         "grimhold", "neon-drift", "frostbite-legends", "kraken-cove", "quantum-kart", "duskwatch"]
STUDIOS = ["Bramblewood Games", "Northpaw Studio", "Lumen Forge", "Otterbit Interactive",
           "Saffron Pixel", "Granite Owl", "Tidecaller Games", "Copperleaf", "Nimbus Nine"]
REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2", "eu-central-1"]


def game(r):
    return r.choice(GAMES)


def camel(s):
    return "".join(p.capitalize() for p in s.replace("_", "-").split("-"))


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 24), r.randint(0, 40))


def ind(r):
    return r.choice(["  ", "    "])


def appid(r):
    return str(r.randrange(400000, 3200000))


def host(r, g):
    return r.choice(["%s-api.%s.net" % (g, r.choice(["internal", "prod", "live"])),
                     "backend.%s.gg" % g, "%s.%s.cloud" % (r.choice(["nakama", "game", "svc"]), g)])


# Quoting helpers.  lang: cs/cpp/js/py/gd/lua/json/yaml (code-ish) - raw templates quote themselves.
def q(r, lang, v):
    if lang in ("py", "js", "lua", "gd") and r.random() < 0.45:
        return "'" + v + "'"
    if lang == "yaml":
        c = r.random()
        if c < 0.3 and v and all(ch in ALNUM + "-_." for ch in v) and not v[0].isdigit():
            return v
        return ("'" + v + "'") if c < 0.55 else ('"' + v + '"')
    return '"' + v + '"'


def env_expr(lang, name):
    return {
        "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
        "cpp": 'std::getenv("%s")' % name,
        "js": "process.env.%s" % name,
        "py": 'os.environ["%s"]' % name,
        "gd": 'OS.get_environment("%s")' % name,
        "lua": 'os.getenv("%s")' % name,
    }.get(lang)


# ---------------------------------------------------------------- positive templates
# Each template: (name, filetype, provider, kind, lang, env_name, gen(r, ctx) -> secret,
#                 render(r, ctx, S) -> (relpath, text))  where S is the inserted text.
TEMPLATES = []


def tpl(name, ft, provider, kind, lang, env, gen, defaults=None):
    def deco(fn):
        TEMPLATES.append(dict(name=name, ft=ft, provider=provider, kind=kind, lang=lang, env=env,
                              gen=gen, render=fn, defaults=defaults or []))
        return fn
    return deco


# --- PlayFab -------------------------------------------------------------------
@tpl("playfab_unity_cs", "cs", "playfab", "developer_secret_key", "cs", "PLAYFAB_DEV_SECRET",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    g = camel(game(r)); tid = playfab_title(r); i = ind(r)
    var = r.choice(["DeveloperSecretKey", "devKey", "ServerKey", "titleAuth"])
    body = f"""using System.Collections.Generic;
using PlayFab;
using PlayFab.ServerModels;
using UnityEngine;

namespace {g}.Server
{{
{i}/// <summary>
{i}/// Headless server bootstrap: configures the PlayFab server API before the
{i}/// match starts. Runs only in dedicated server builds (UNITY_SERVER).
{i}/// </summary>
{i}public static class PlayFabServerBootstrap
{i}{{
{i}{i}private const string TitleId = "{tid}";
{i}{i}private static readonly string {var} = {S};

{i}{i}public static void Configure()
{i}{i}{{
#if UNITY_SERVER
{i}{i}{i}PlayFabSettings.staticSettings.TitleId = TitleId;
{i}{i}{i}PlayFabSettings.staticSettings.DeveloperSecretKey = {var};
{i}{i}{i}Debug.Log($"[PlayFab] server API configured for title {{TitleId}}");
#endif
{i}{i}}}

{i}{i}public static void GrantStarterItems(string playFabId)
{i}{i}{{
{i}{i}{i}var req = new GrantItemsToUserRequest
{i}{i}{i}{{
{i}{i}{i}{i}CatalogVersion = "{r.choice(['main', 'season' + str(r.randint(1, 9)), 'v2'])}",
{i}{i}{i}{i}PlayFabId = playFabId,
{i}{i}{i}{i}ItemIds = new List<string> {{ "starter_pack", "skin_default" }}
{i}{i}{i}}};
{i}{i}{i}PlayFabServerAPI.GrantItemsToUser(req,
{i}{i}{i}{i}res => Debug.Log($"granted {{res.ItemGrantResults.Count}} items"),
{i}{i}{i}{i}err => Debug.LogError(err.GenerateErrorReport()));
{i}{i}}}
{i}}}
}}
"""
    return f"Assets/Scripts/Server/PlayFab{r.choice(['ServerBootstrap', 'Setup', 'Admin'])}.cs", body


@tpl("playfab_func_localsettings", "json", "playfab", "developer_secret_key", "json", "PLAYFAB_DEV_SECRET",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    tid = playfab_title(r)
    k = r.choice(["PLAYFAB_DEV_SECRET_KEY", "PlayFabSecretKey", "PLAYFAB_TITLE_SECRET"])
    return (r.choice(["CloudScript/local.settings.json", "functions/local.settings.json"]),
            f"""{{
  "IsEncrypted": false,
  "Values": {{
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "{r.choice(['dotnet', 'node', 'dotnet-isolated'])}",
    "PLAYFAB_TITLE_ID": "{tid}",
    "{k}": {S},
    "PLAYFAB_API_ENDPOINT": "https://{tid}.playfabapi.com",
    "LeaderboardName": "{r.choice(['weekly_score', 'ranked_mmr', 'season_xp'])}"
  }},
  "Host": {{
    "LocalHttpPort": 7071,
    "CORS": "*"
  }}
}}
""")


@tpl("playfab_py_requests", "py", "playfab", "developer_secret_key", "py", "PLAYFAB_SECRET_KEY",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    tid = playfab_title(r)
    var = r.choice(["SECRET_KEY", "PF_SECRET", "TITLE_KEY", "ADMIN_TOKEN"])
    return (r.choice(["tools/upload_catalog.py", "scripts/playfab_title_data.py", "liveops/push_config.py"]),
            f'''#!/usr/bin/env python3
"""Push title data / catalog from the design spreadsheets export to PlayFab."""
import json
import os
import sys

import requests

TITLE_ID = "{tid}"
{var} = {S}
BASE = f"https://{{TITLE_ID}}.playfabapi.com"


def call(api, body):
    resp = requests.post(f"{{BASE}}/Admin/{{api}}", json=body,
                         headers={{"X-SecretKey": {var}, "Content-Type": "application/json"}},
                         timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]


def main(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    for key, value in data.items():
        call("SetTitleData", {{"Key": key, "Value": json.dumps(value)}})
        print("set", key)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "design/title_data.json")
''')


@tpl("playfab_curl_sh", "sh", "playfab", "developer_secret_key", "raw", "PLAYFAB_SECRET",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    tid = playfab_title(r)
    return ("scripts/bump_catalog_version.sh", f"""#!/usr/bin/env bash
# Bumps the active catalog version for the live title.
set -euo pipefail

TITLE={tid}
VERSION="${{1:-{r.choice(['main', 'v3', 'season4'])}}}"

curl -sS -X POST "https://${{TITLE}}.playfabapi.com/Admin/SetTitleData" \\
  -H "Content-Type: application/json" \\
  -H "X-SecretKey: {S}" \\
  -d "{{\\"Key\\":\\"ActiveCatalog\\",\\"Value\\":\\"${{VERSION}}\\"}}"
echo
echo "catalog -> ${{VERSION}}"
""")


@tpl("playfab_node", "js", "playfab", "developer_secret_key", "js", "PLAYFAB_SECRET_KEY",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    tid = playfab_title(r)
    return (r.choice(["server/src/playfab.js", "matchmaker/playfabClient.js"]), f"""'use strict';
const PlayFab = require('playfab-sdk/Scripts/PlayFab/PlayFab');
const PlayFabServer = require('playfab-sdk/Scripts/PlayFab/PlayFabServer');

PlayFab.settings.titleId = '{tid}';
PlayFab.settings.developerSecretKey = {S};

function reportMatch(playFabId, stats) {{
  return new Promise((resolve, reject) => {{
    PlayFabServer.UpdatePlayerStatistics({{
      PlayFabId: playFabId,
      Statistics: Object.entries(stats).map(([StatisticName, Value]) => ({{ StatisticName, Value }})),
    }}, (err, res) => (err ? reject(err) : resolve(res.data)));
  }});
}}

module.exports = {{ reportMatch }};
""")


@tpl("playfab_gd", "gd", "playfab", "developer_secret_key", "gd", "PLAYFAB_SECRET",
     lambda r, c: playfab_secret(r))
def _(r, c, S):
    tid = playfab_title(r)
    nm = r.choice(["SECRET", "SERVER_AUTH", "PF_KEY"])
    return ("addons/liveops_tools/playfab_admin.gd", f"""@tool
extends EditorPlugin
# Editor-only helper that uploads title data from res://data/title/*.json

const TITLE_ID := "{tid}"
var {nm} := {S}

var _http: HTTPRequest


func _enter_tree() -> void:
	_http = HTTPRequest.new()
	add_child(_http)
	add_tool_menu_item("Upload title data", _upload)


func _exit_tree() -> void:
	remove_tool_menu_item("Upload title data")
	_http.queue_free()


func _upload() -> void:
	var url := "https://%s.playfabapi.com/Admin/SetTitleData" % TITLE_ID
	var headers := ["Content-Type: application/json", "X-SecretKey: " + {nm}]
	var body := JSON.stringify({{"Key": "balance", "Value": FileAccess.get_file_as_string("res://data/title/balance.json")}})
	_http.request(url, headers, HTTPClient.METHOD_POST, body)
""")


# --- Epic Online Services -------------------------------------------------------
@tpl("eos_unreal_ini", "ini", "epic", "eos_client_secret", "raw", "EOS_CLIENT_SECRET",
     lambda r, c: eos_client_secret(r))
def _(r, c, S):
    g = camel(game(r))
    return (r.choice(["Config/DefaultEngine.ini", "Config/DedicatedServer/DedicatedServerEngine.ini"]), f"""[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu.MainMenu
ServerDefaultMap=/Game/Maps/Lobby.Lobby
GlobalDefaultGameMode=/Game/Blueprints/BP_{g}GameMode.BP_{g}GameMode_C

[/Script/Engine.GameEngine]
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="/Script/SocketSubsystemEOS.NetDriverEOSBase",DriverClassNameFallback="/Script/OnlineSubsystemUtils.IpNetDriver")

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.NetDriverEOS]
bIsUsingP2PSockets=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName={g}
TickBudgetInMilliseconds=0
bEnableOverlay=True
bEnableSocialOverlay=True
bShouldEnforceBeingLaunchedByEGS=False
+Artifacts=(ArtifactName="{g}",ClientId="{eos_client_id(r)}",ClientSecret="{S}",ProductId="{hx(r, 32)}",SandboxId="{hx(r, 32)}",DeploymentId="{hx(r, 32)}",EncryptionKey="")
bUseEAS=False
bUseEOSConnect=True
bMirrorStatsToEOS=True
bMirrorAchievementsToEOS=True

[/Script/Engine.Engine]
+ActiveGameNameRedirects=(OldGameName="TP_Blank",NewGameName="/Script/{g}")
""")


@tpl("eos_cpp_header", "cpp", "epic", "eos_client_secret", "cpp", "EOS_CLIENT_SECRET",
     lambda r, c: eos_client_secret(r))
def _(r, c, S):
    g = camel(game(r)).upper()
    pre = r.choice(["EOS_", g[:6] + "_", ""])
    if S.startswith('"'):
        line = f"#define {pre}CLIENT_SECRET {S}"
    else:
        line = f"#define {pre}CLIENT_SECRET {S}"
    return (r.choice(["src/online/EosConfig.h", "Source/Platform/EOSCredentials.h"]), f"""#pragma once
// EOS SDK credentials for the dedicated server build.
// Product: {g.title()}  (Developer Portal > Product Settings > Clients)

#define {pre}PRODUCT_NAME "{g.title()}"
#define {pre}PRODUCT_VERSION "{ver(r)}"

#define {pre}PRODUCT_ID "{hx(r, 32)}"
#define {pre}SANDBOX_ID "{hx(r, 32)}"
#define {pre}DEPLOYMENT_ID "{hx(r, 32)}"

// Client with role "DedicatedServer"
#define {pre}CLIENT_ID "{eos_client_id(r)}"
{line}

#define {pre}MAX_PLAYERS 64
""")


@tpl("eos_cs_settings", "cs", "epic", "eos_client_secret", "cs", "EOS_CLIENT_SECRET",
     lambda r, c: eos_client_secret(r))
def _(r, c, S):
    g = camel(game(r))
    return (r.choice(["Assets/Scripts/Online/EosSettings.cs", "src/Server/Eos/EosCredentials.cs"]), f"""using Epic.OnlineServices;
using Epic.OnlineServices.Platform;

namespace {g}.Online
{{
    internal static class EosSettings
    {{
        public const string ProductName = "{g}";
        public const string ProductVersion = "{ver(r)}";
        public const string ProductId = "{hx(r, 32)}";
        public const string SandboxId = "{hx(r, 32)}";
        public const string DeploymentId = "{hx(r, 32)}";
        public const string ClientId = "{eos_client_id(r)}";
        public static readonly string ClientSecret = {S};

        public static Options BuildOptions() => new Options
        {{
            ProductId = ProductId,
            SandboxId = SandboxId,
            DeploymentId = DeploymentId,
            ClientCredentials = new ClientCredentials {{ ClientId = ClientId, ClientSecret = ClientSecret }},
            IsServer = true,
            Flags = PlatformFlags.DisableOverlay,
            TickBudgetInMilliseconds = 0,
        }};
    }}
}}
""")


@tpl("eos_server_yaml", "yaml", "epic", "eos_client_secret", "yaml", "EOS_CLIENT_SECRET",
     lambda r, c: eos_client_secret(r))
def _(r, c, S):
    g = game(r)
    return (f"deploy/{g}-gameserver/values-prod.yaml", f"""# Helm values for the {g} dedicated server fleet
replicaCount: {r.randint(2, 12)}
image:
  repository: registry.{g}.gg/gameserver
  tag: "{ver(r)}"
  pullPolicy: IfNotPresent

agones:
  enabled: true
  ports:
    - name: game
      containerPort: 7777
      protocol: UDP

eos:
  productId: {hx(r, 32)}
  sandboxId: {hx(r, 32)}
  deploymentId: {hx(r, 32)}
  clientId: {eos_client_id(r)}
  clientSecret: {S}
  antiCheat: true

resources:
  requests:
    cpu: "{r.choice(['500m', '1', '2'])}"
    memory: {r.choice(['1Gi', '2Gi', '3Gi'])}
""")


# --- Steam ---------------------------------------------------------------------
@tpl("steam_webapi_py", "py", "steam", "steam_web_api_key", "py", "STEAM_WEB_API_KEY",
     lambda r, c: steam_key(r))
def _(r, c, S):
    aid = appid(r)
    var = r.choice(["STEAM_API_KEY", "PUBLISHER_KEY", "WEBAPI_KEY", "STEAM_PARTNER"])
    return (r.choice(["backend/auth/steam_ticket.py", "services/login/steam.py"]), f'''"""Validates Steam session tickets sent by the game client."""
import logging

import httpx

log = logging.getLogger(__name__)

APP_ID = {aid}
{var} = {S}
PARTNER_API = "https://partner.steam-api.com"


async def authenticate_ticket(ticket_hex: str) -> str:
    params = {{"key": {var}, "appid": APP_ID, "ticket": ticket_hex, "identity": "{game(r)}-backend"}}
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"{{PARTNER_API}}/ISteamUserAuth/AuthenticateUserTicket/v1/", params=params)
    r.raise_for_status()
    params = r.json()["response"]["params"]
    if params.get("vacbanned") or params.get("publisherbanned"):
        raise PermissionError("banned account")
    log.info("steam auth ok for %s", params["steamid"])
    return params["steamid"]
''')


@tpl("steam_appsettings_json", "json", "steam", "steam_web_api_key", "json", "Steam__WebApiKey",
     lambda r, c: steam_key(r))
def _(r, c, S):
    return ("src/Backend.Api/appsettings.Production.json", f"""{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }}
  }},
  "AllowedHosts": "*",
  "Steam": {{
    "AppId": {appid(r)},
    "WebApiKey": {S},
    "UseMicroTxnSandbox": false
  }},
  "Matchmaking": {{
    "Regions": [ {", ".join('"%s"' % x for x in r.sample(REGIONS, 3))} ],
    "TicketTtlSeconds": {r.choice([30, 60, 90])}
  }}
}}
""")


@tpl("srcds_authkey_sh", "sh", "steam", "steam_web_api_key", "raw", "STEAM_WEBAPI_KEY",
     lambda r, c: steam_key(r))
def _(r, c, S):
    coll = r.randrange(100000000, 3000000000)
    return (r.choice(["server/start.sh", "gmod/run_server.sh"]), f"""#!/bin/sh
# Garry's Mod dedicated server launcher
cd "$(dirname "$0")/garrysmod_ds" || exit 1

./srcds_run -game garrysmod -console -port 27015 \\
    +maxplayers {r.choice([16, 24, 32])} +map {r.choice(['gm_construct', 'gm_flatgrass', 'rp_downtown_v4c'])} \\
    +gamemode {r.choice(['sandbox', 'darkrp', 'terrortown'])} \\
    +host_workshop_collection {coll} \\
    -authkey {S} \\
    -tickrate 66 -disableluarefresh
""")


@tpl("gmod_lua_key", "lua", "steam", "steam_web_api_key", "lua", "STEAM_KEY",
     lambda r, c: steam_key(r))
def _(r, c, S):
    return ("addons/familyshare_guard/lua/autorun/server/sv_familyshare.lua", f"""-- Kicks family-shared accounts whose lender is banned.
local APIKey = {S}
local KickMessage = "Family shared account of a banned player"

local function HandleSharedPlayer(ply, lenderSteamID)
    if ULib and ULib.bans[lenderSteamID] then
        ply:Kick(KickMessage)
    end
end

local function CheckFamilySharing(ply)
    http.Fetch(string.format("https://api.steampowered.com/IPlayerService/IsPlayingSharedGame/v0001/?key=%s&format=json&steamid=%s&appid_playing=4000",
        APIKey, ply:SteamID64()),
        function(body)
            local data = util.JSONToTable(body)
            if not data or not data.response then return end
            local lender = data.response.lender_steamid
            if lender and lender ~= "0" then
                HandleSharedPlayer(ply, util.SteamIDFrom64(lender))
            end
        end,
        function(err) print("[familyshare] " .. err) end)
end

hook.Add("PlayerAuthed", "FamilyShareGuard", CheckFamilySharing)
""")


@tpl("steamcmd_login_sh", "sh", "steam", "steamcmd_password", "raw", "STEAM_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    aid = appid(r); user = r.choice(["buildbot", "ci_uploader", "steamworks_build", "bramble_builder"]) + str(r.randint(1, 99))
    qq = "'" + S + "'" if not S.startswith(("$", "%", "'", '"')) else S
    return (r.choice(["tools/steam/upload.sh", "build/deploy_steam.sh", "ci/steam_upload.sh"]), f"""#!/usr/bin/env bash
# Upload a build to Steam via steampipe.
# usage: ./upload.sh <branch> [description]
set -e

BRANCH="${{1:-beta}}"
DESC="${{2:-automated build}}"
SDK=~/steamworks_sdk/tools/ContentBuilder
VDF="$(pwd)/steam/app_build_{aid}.vdf"

sed -i "s/\\"SetLive\\".*/\\"SetLive\\" \\"$BRANCH\\"/" "$VDF"
sed -i "s/\\"Desc\\".*/\\"Desc\\" \\"$DESC\\"/" "$VDF"

"$SDK/builder_linux/steamcmd.sh" +login {user} {qq} +run_app_build "$VDF" +quit

echo "Uploaded to branch $BRANCH"
""")


@tpl("steamcmd_jenkinsfile", "groovy", "steam", "steamcmd_password", "raw", "STEAM_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    aid = appid(r)
    return ("Jenkinsfile", f"""pipeline {{
    agent {{ label 'windows-unity' }}
    environment {{
        UNITY_PATH = 'C:\\\\Program Files\\\\Unity\\\\Hub\\\\Editor\\\\{r.choice(['2022.3.21f1', '2021.3.35f1', '6000.0.12f1'])}\\\\Editor\\\\Unity.exe'
        STEAM_USER = '{r.choice(['studio_build', 'jenkins-steam', 'release_bot'])}'
        STEAM_PASS = '{S}'
    }}
    stages {{
        stage('Build') {{
            steps {{
                bat '"%UNITY_PATH%" -batchmode -quit -projectPath . -executeMethod BuildScript.BuildWindows -logFile build.log'
            }}
        }}
        stage('Upload') {{
            when {{ branch 'release/*' }}
            steps {{
                bat 'steamcmd\\\\steamcmd.exe +login %STEAM_USER% %STEAM_PASS% +run_app_build %WORKSPACE%\\\\steam\\\\app_build_{aid}.vdf +quit'
            }}
        }}
    }}
    post {{
        always {{ archiveArtifacts artifacts: 'build.log', allowEmptyArchive: true }}
    }}
}}
""")


@tpl("steamcmd_runscript", "txt", "steam", "steamcmd_password", "raw", "STEAM_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    aid = appid(r)
    return (r.choice(["steam/upload_script.txt", "tools/steamcmd/publish.txt"]), f"""@ShutdownOnFailedCommand 1
@NoPromptForPassword 1
force_install_dir ../output
login {r.choice(['buildsvc_', 'uploader_', 'ops_'])}{r.choice(WORDS)} {S}
run_app_build ..\\scripts\\app_build_{aid}.vdf
quit
""")


@tpl("steam_gha_yaml", "yaml", "steam", "steamcmd_password", "yaml", "STEAM_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    aid = appid(r)
    return (".github/workflows/steam-release.yml", f"""name: Steam release

on:
  push:
    tags: [ 'v*' ]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_LICENSE: ${{{{ secrets.UNITY_LICENSE }}}}
        with:
          targetPlatform: StandaloneWindows64
      - name: Upload to Steam
        env:
          STEAM_USERNAME: {r.choice(['release-uploader', 'ci_steam'])}
          STEAM_PASSWORD: {S}
        run: |
          steamcmd +login "$STEAM_USERNAME" "$STEAM_PASSWORD" \\
            +run_app_build "$GITHUB_WORKSPACE/steam/app_build_{aid}.vdf" +quit
""")


@tpl("steam_config_vdf", "vdf", "steam", "steam_login_cache", "raw", None,
     lambda r, c: connect_cache(r))
def _(r, c, S):
    acct = r.choice(['buildsvc', 'release_ops', 'uploader']) + str(r.randint(1, 99))
    return ("ci/steam/config/config.vdf", f'''"InstallConfigStore"
{{
\t"Software"
\t{{
\t\t"Valve"
\t\t{{
\t\t\t"Steam"
\t\t\t{{
\t\t\t\t"CellIDServerOverride"\t\t"{r.randint(1, 200)}"
\t\t\t\t"Accounts"
\t\t\t\t{{
\t\t\t\t\t"{acct}"
\t\t\t\t\t{{
\t\t\t\t\t\t"SteamID"\t\t"7656119{r.randrange(8000000000, 9999999999)}"
\t\t\t\t\t}}
\t\t\t\t}}
\t\t\t\t"ConnectCache"
\t\t\t\t{{
\t\t\t\t\t"{hx(r, 8)}1"\t\t"{S}"
\t\t\t\t}}
\t\t\t}}
\t\t}}
\t}}
\t"Music"
\t{{
\t\t"CrawlSteamInstallFolders"\t\t"1"
\t}}
}}
''')


# --- Xbox / Entra ------------------------------------------------------------------
@tpl("xbox_s2s_json", "json", "xbox", "entra_client_secret", "json", "XBL_CLIENT_SECRET",
     lambda r, c: entra_secret(r))
def _(r, c, S):
    return ("services/entitlements/appsettings.json", f"""{{
  "XboxServices": {{
    "TenantId": "{uuid4(r)}",
    "ClientId": "{uuid4(r)}",
    "ClientSecret": {S},
    "Scid": "{uuid4(r)}",
    "TitleId": "{hx(r, 8, up=True)}",
    "SandboxId": "{r.choice(['RETAIL', 'XDKS.1', 'ABCD.' + str(r.randint(1, 9))])}",
    "CollectionsScope": "https://onestore.microsoft.com"
  }},
  "Serilog": {{
    "MinimumLevel": "Information"
  }}
}}
""")


# --- Photon --------------------------------------------------------------------------
@tpl("photon_customauth_py", "py", "photon", "custom_auth_secret", "py", "PHOTON_AUTH_SECRET",
     lambda r, c: gen_secret_str(r))
def _(r, c, S):
    return ("auth-service/app.py", f'''"""Photon custom authentication provider.
Configured in the Photon dashboard as https://auth.{game(r)}.gg/photon/auth
with the shared secret passed as query parameter "secret".
"""
from flask import Flask, jsonify, request

from .accounts import lookup_session

app = Flask(__name__)

PHOTON_APP_ID = "{uuid4(r)}"  # public, also in PhotonServerSettings.asset
SHARED = {S}


@app.get("/photon/auth")
def photon_auth():
    if request.args.get("secret") != SHARED:
        return jsonify(ResultCode=3, Message="bad provider secret"), 403
    user = lookup_session(request.args.get("token", ""))
    if user is None:
        return jsonify(ResultCode=2, Message="unknown session")
    return jsonify(ResultCode=1, UserId=user.id, Nickname=user.display_name)
''')


# --- Nakama ----------------------------------------------------------------------------
NAKAMA_FIELDS = [("runtime", "http_key", "defaulthttpkey"), ("console", "password", "password"),
                 ("session", "encryption_key", "defaultencryptionkey"),
                 ("session", "refresh_encryption_key", "defaultrefreshencryptionkey"),
                 ("console", "signing_key", "defaultsigningkey")]


@tpl("nakama_config_yml", "yaml", "heroiclabs", "nakama_server_secret", "yaml", "NAKAMA_SECRET",
     lambda r, c: gen_secret_str(r))
def _(r, c, S):
    fi = c.setdefault("nk_field", r.randrange(len(NAKAMA_FIELDS)))
    vals = {}
    for j, (sec, key, dflt) in enumerate(NAKAMA_FIELDS):
        vals[(sec, key)] = S if j == fi else dflt
    return (r.choice(["nakama/local.yml", "deploy/nakama/config.yml"]), f"""name: {game(r)}-nakama1
data_dir: "./data/"

logger:
  stdout: true
  level: "{r.choice(['info', 'warn', 'debug'])}"

database:
  address:
    - "root@cockroachdb:26257"
  conn_max_lifetime_ms: 0

session:
  token_expiry_sec: {r.choice([7200, 86400, 3600])}
  encryption_key: {vals[('session', 'encryption_key')]}
  refresh_encryption_key: {vals[('session', 'refresh_encryption_key')]}

socket:
  server_key: "defaultkey"
  port: 7350
  max_message_size_bytes: 4096

runtime:
  http_key: {vals[('runtime', 'http_key')]}
  path: "/nakama/data/modules"
  env:
    - "region={r.choice(REGIONS)}"

console:
  port: 7351
  username: "admin"
  password: {vals[('console', 'password')]}
  signing_key: {vals[('console', 'signing_key')]}

matchmaker:
  max_tickets: 3
  interval_sec: 15
""")


@tpl("nakama_compose", "yaml", "heroiclabs", "nakama_server_secret", "raw", "NAKAMA_HTTP_KEY",
     lambda r, c: gen_secret_str(r))
def _(r, c, S):
    flag = r.choice(["--runtime.http_key", "--session.encryption_key", "--console.password"])
    return ("docker-compose.yml", f"""version: "3"
services:
  cockroachdb:
    image: cockroachdb/cockroach:latest-v23.1
    command: start-single-node --insecure --store=attrs=ssd,path=/var/lib/cockroach/
    restart: "no"
    volumes:
      - data:/var/lib/cockroach
    ports:
      - "26257:26257"
      - "8080:8080"
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:{r.choice(['3.21.1', '3.22.0', '3.19.0'])}
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address root@cockroachdb:26257 &&
        exec /nakama/nakama --name nakama1 --database.address root@cockroachdb:26257
        --logger.level DEBUG --session.token_expiry_sec 7200
        {flag} {S}
    restart: "no"
    depends_on:
      - cockroachdb
    volumes:
      - ./modules:/nakama/data/modules
    ports:
      - "7349:7349"
      - "7350:7350"
      - "7351:7351"
volumes:
  data:
""")


@tpl("nakama_db_url", "yaml", "heroiclabs", "database_password", "raw", "NAKAMA_DB_PASSWORD",
     lambda r, c: rs(r, r.randint(18, 30), ALNUM))
def _(r, c, S):
    return ("deploy/nakama/production.yml", f"""name: nakama-{r.choice(REGIONS)}
logger:
  level: "info"
  format: "json"
database:
  address:
    - "nakama:{S}@{game(r)}-pg.{hx(r, 12)}.{r.choice(REGIONS)}.rds.amazonaws.com:5432/nakama"
  conn_max_open: 100
  conn_max_idle: 20
socket:
  server_key: "defaultkey"
runtime:
  http_key: "defaulthttpkey"
metrics:
  prometheus_port: 9100
""")


@tpl("nakama_rpc_py", "py", "heroiclabs", "nakama_http_key", "py", "NAKAMA_HTTP_KEY",
     lambda r, c: gen_secret_str(r))
def _(r, c, S):
    h = host(r, game(r))
    return ("ops/grant_compensation.py", f'''#!/usr/bin/env python3
"""Server-to-server call of the grant_compensation RPC after an outage."""
import csv
import json
import sys
import urllib.parse
import urllib.request

NAKAMA = "https://{h}:7350"
HTTP_KEY = {S}


def rpc(name, payload):
    qs = urllib.parse.urlencode({{"http_key": HTTP_KEY, "unwrap": ""}})
    req = urllib.request.Request(f"{{NAKAMA}}/v2/rpc/{{name}}?{{qs}}",
                                 data=json.dumps(payload).encode(),
                                 headers={{"Content-Type": "application/json"}})
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.loads(resp.read() or b"{{}}")


with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        print(rpc("grant_compensation", {{"user_id": row["user_id"], "gems": int(row["gems"])}}))
''')


@tpl("nakama_lua_module", "lua", "heroiclabs", "webhook_secret", "lua", "STORE_WEBHOOK_SECRET",
     lambda r, c: gen_secret_str(r))
def _(r, c, S):
    return ("nakama/modules/store_webhook.lua", f"""local nk = require("nakama")

-- shared secret configured on the payment provider's webhook
local WEBHOOK_SECRET = {S}

local function verify(payload, signature)
  local expected = nk.hmac_sha256_hash(WEBHOOK_SECRET, payload)
  return nk.base16_encode(expected) == signature
end

local function store_webhook(context, payload)
  local headers = context.headers or {{}}
  local sig = headers["X-Signature"] and headers["X-Signature"][1] or ""
  if not verify(payload, sig) then
    error({{ "invalid signature", 16 }})
  end
  local body = nk.json_decode(payload)
  nk.wallet_update(body.user_id, {{ gems = body.amount }}, {{ source = "store" }}, true)
  return nk.json_encode({{ ok = true }})
end

nk.register_rpc(store_webhook, "store_webhook")
""")


# --- Colyseus ----------------------------------------------------------------------------
@tpl("colyseus_monitor_ts", "ts", "colyseus", "monitor_password", "js", "MONITOR_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    return ("server/src/app.config.ts", f"""import config from "@colyseus/tools";
import {{ monitor }} from "@colyseus/monitor";
import {{ playground }} from "@colyseus/playground";
import basicAuth from "express-basic-auth";

import {{ BattleRoom }} from "./rooms/BattleRoom";
import {{ LobbyRoom }} from "./rooms/LobbyRoom";

const adminAuth = basicAuth({{
  users: {{ {r.choice(['admin', 'ops', 'liveops'])}: {S} }},
  challenge: true,
}});

export default config({{
  initializeGameServer: (gameServer) => {{
    gameServer.define("lobby", LobbyRoom);
    gameServer.define("battle", BattleRoom).enableRealtimeListing();
  }},
  initializeExpress: (app) => {{
    if (process.env.NODE_ENV !== "production") {{
      app.use("/", playground);
    }}
    app.use("/colyseus", adminAuth, monitor());
  }},
  beforeListen: () => {{}},
}});
""")


# --- GameAnalytics --------------------------------------------------------------------------
@tpl("ga_cpp_init", "cpp", "gameanalytics", "ga_secret_key", "cpp", "GA_SECRET_KEY",
     lambda r, c: ga_secret(r))
def _(r, c, S):
    return ("src/analytics/Analytics.cpp", f"""#include "Analytics.h"
#include "GameAnalytics/GameAnalytics.h"

namespace analytics
{{
static const char* kGameKey = "{ga_game_key(r)}";
static const char* kSecret = {S};

void Init(const std::string& buildVersion)
{{
    gameanalytics::GameAnalytics::setEnabledInfoLog(false);
    gameanalytics::GameAnalytics::configureBuild(buildVersion);
    gameanalytics::GameAnalytics::configureAvailableResourceCurrencies({{"gems", "gold"}});
    gameanalytics::GameAnalytics::configureAvailableResourceItemTypes({{"boost", "lives"}});
    gameanalytics::GameAnalytics::initialize(kGameKey, kSecret);
}}

void LevelComplete(int level)
{{
    gameanalytics::GameAnalytics::addProgressionEvent(
        gameanalytics::EGAProgressionStatus::Complete, "world01", ("level_" + std::to_string(level)).c_str(), "");
}}
}} // namespace analytics
""")


@tpl("ga_defold_project", "ini", "gameanalytics", "ga_secret_key", "raw", None,
     lambda r, c: ga_secret(r))
def _(r, c, S):
    plat = r.choice(["ios", "android", "html5", "windows"])
    g = game(r)
    return ("game.project", f"""[project]
title = {camel(g)}
version = {ver(r)}
dependencies#0 = https://github.com/GameAnalytics/GA-SDK-DEFOLD/archive/master.zip

[bootstrap]
main_collection = /main/main.collectionc

[display]
width = 1280
height = 720
high_dpi = 1

[gameanalytics]
game_key_{plat} = {ga_game_key(r)}
secret_key_{plat} = {S}
build_{plat} = {ver(r)}
info_log = 0
verbose_log = 0

[android]
package = com.{r.choice(STUDIOS).split()[0].lower()}.{g.replace('-', '')}
""")


@tpl("ga_gdscript", "gd", "gameanalytics", "ga_secret_key", "gd", "GA_SECRET",
     lambda r, c: ga_secret(r))
def _(r, c, S):
    return ("autoload/analytics.gd", f"""extends Node

const GAME_KEY := "{ga_game_key(r)}"
var _k := {S}

func _ready() -> void:
	if not Engine.has_singleton("GameAnalytics"):
		push_warning("GameAnalytics plugin not available on this platform")
		return
	var ga = Engine.get_singleton("GameAnalytics")
	ga.setEnabledInfoLog(OS.is_debug_build())
	ga.configureBuild(ProjectSettings.get_setting("application/config/version"))
	ga.configureAvailableResourceCurrencies(["coins", "gems"])
	ga.init(GAME_KEY, _k)


func level_done(level: int, score: int) -> void:
	var ga = Engine.get_singleton("GameAnalytics")
	ga.addProgressionEvent({{"progressionStatus": "Complete", "progression01": "level_%02d" % level, "score": score}})
""")


# --- Unity Gaming Services / Cloud Build / license ------------------------------------------
@tpl("ugs_cli_sh", "sh", "unity", "ugs_service_account_secret", "raw", "UGS_CLI_SERVICE_SECRET_KEY",
     lambda r, c: ugs_secret(r))
def _(r, c, S):
    return ("ci/deploy_remote_config.sh", f"""#!/usr/bin/env bash
# Deploy Remote Config / Cloud Code from the repo with the UGS CLI.
set -euo pipefail

export UGS_CLI_PROJECT_ID="{uuid4(r)}"
export UGS_CLI_ENVIRONMENT_NAME="${{1:-production}}"
export UGS_CLI_SERVICE_KEY_ID="{uuid4(r)}"
export UGS_CLI_SERVICE_SECRET_KEY="{S}"

ugs config set project-id "$UGS_CLI_PROJECT_ID"
ugs config set environment-name "$UGS_CLI_ENVIRONMENT_NAME"

ugs deploy ./Assets/RemoteConfig ./CloudCode --reconcile
ugs cloud-code scripts list
""")


@tpl("ugs_basic_py", "py", "unity", "ugs_service_account_basic_auth", "py", "UGS_BASIC_AUTH",
     lambda r, c: base64.b64encode((uuid4(r) + ":" + ugs_secret(r)).encode()).decode())
def _(r, c, S):
    pid = uuid4(r)
    return ("tools/ugs/economy_sync.py", f'''"""Sync economy items from sheets to Unity Economy (admin API)."""
import json
import urllib.request

PROJECT_ID = "{pid}"
ENV_ID = "{uuid4(r)}"
AUTH = {S}  # base64(keyId:secretKey) of the "ci-economy" service account


def put_item(item):
    url = (f"https://services.api.unity.com/economy/v2/projects/{{PROJECT_ID}}"
           f"/environments/{{ENV_ID}}/configs/draft/resources/{{item['id']}}")
    req = urllib.request.Request(url, method="PUT", data=json.dumps(item).encode(),
                                 headers={{"Authorization": "Basic " + AUTH,
                                          "Content-Type": "application/json"}})
    return urllib.request.urlopen(req, timeout=20).status


if __name__ == "__main__":
    for it in json.load(open("economy/items.json")):
        print(it["id"], put_item(it))
''')


@tpl("ucb_api_jenkins", "groovy", "unity", "cloud_build_api_key", "raw", "UCB_API_KEY",
     lambda r, c: hx(r, 32))
def _(r, c, S):
    org = r.choice(["bramblewood", "northpaw-studio", "lumenforge", "otterbit"])
    return ("Jenkinsfile.cloudbuild", f"""// Triggers Unity Cloud Build targets after the nightly merge
def ucbKey = '{S}'
def org = '{org}'
def project = '{uuid4(r)}'

node('linux') {{
    stage('Trigger') {{
        for (target in ['ios-release', 'android-release', 'webgl']) {{
            sh \"\"\"
              curl -sf -X POST \\\\
                -H 'Content-Type: application/json' \\\\
                -H 'Authorization: Basic ${{ucbKey}}' \\\\
                -d '{{"clean": false, "delay": 0}}' \\\\
                https://build-api.cloud.unity3d.com/api/v1/orgs/${{org}}/projects/${{project}}/buildtargets/${{target}}/builds
            \"\"\"
        }}
    }}
}}
""")


@tpl("unity_license_gitlab", "yaml", "unity", "unity_account_password", "yaml", "UNITY_PASSWORD",
     lambda r, c: human_pw(r))
def _(r, c, S):
    v = r.choice(["2022.3.21f1", "2021.3.35f1", "6000.0.12f1"])
    return (".gitlab-ci.yml", f"""stages:
  - build
  - deploy

variables:
  UNITY_VERSION: "{v}"
  IMAGE: unityci/editor
  UNITY_USERNAME: {r.choice(['builds', 'ci', 'devops'])}@{r.choice(STUDIOS).split()[0].lower()}games.com
  UNITY_PASSWORD: {S}
  GIT_DEPTH: "1"

.unity_before_script: &unity_before_script
  before_script:
    - unity-editor -quit -batchmode -nographics -logFile -
      -username "$UNITY_USERNAME" -password "$UNITY_PASSWORD" -serial "$UNITY_SERIAL"

build-android:
  stage: build
  image: $IMAGE:ubuntu-$UNITY_VERSION-android-3
  <<: *unity_before_script
  script:
    - unity-editor -projectPath . -quit -batchmode -nographics -buildTarget Android
      -executeMethod BuildCommand.PerformBuild -logFile -
  artifacts:
    paths:
      - Builds/
""")


# --- Godot / Unreal keystores -------------------------------------------------------------------
@tpl("godot_export_presets", "cfg", "godot", "keystore_password", "raw", None,
     lambda r, c: human_pw(r))
def _(r, c, S):
    g = game(r)
    return ("export_presets.cfg", f"""[preset.0]

name="Android"
platform="Android"
runnable=true
dedicated_server=false
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter=""
export_path="build/android/{g}.aab"
encryption_include_filters=""
encryption_exclude_filters=""
encrypt_pck=false
encrypt_directory=false

[preset.0.options]

custom_template/debug=""
custom_template/release=""
gradle_build/use_gradle_build=true
gradle_build/export_format=1
architectures/armeabi-v7a=true
architectures/arm64-v8a=true
keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
keystore/release="keystores/{g}-release.keystore"
keystore/release_user="{r.choice(['upload', 'release', g.replace('-', '')])}"
keystore/release_password="{S}"
version/code={r.randint(1, 400)}
version/name="{ver(r)}"
package/unique_name="com.{r.choice(STUDIOS).split()[0].lower()}.{g.replace('-', '')}"
package/name="{camel(g)}"
package/signed=true
screen/immersive_mode=true
permissions/internet=true
""")


@tpl("unreal_android_keystore", "ini", "unreal", "keystore_password", "raw", None,
     lambda r, c: human_pw(r))
def _(r, c, S):
    g = game(r)
    return ("Config/Android/AndroidEngine.ini" if r.random() < 0.3 else "Config/DefaultEngine.ini", f"""[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]
PackageName=com.{r.choice(STUDIOS).split()[0].lower()}.{g.replace('-', '')}
StoreVersion={r.randint(1, 300)}
ApplicationDisplayName={camel(g)}
VersionDisplayName={ver(r)}
MinSDKVersion=26
TargetSDKVersion=34
bPackageDataInsideApk=False
bBuildForArm64=True
bBuildForX8664=False
KeyStore={g}-upload.keystore
KeyAlias=upload
KeyStorePassword={S}
KeyPassword=
bEnableGooglePlaySupport=True
GamesAppID={r.randrange(100000000000, 999999999999)}
bSupportAdMob=False

[/Script/AndroidPlatformEditor.AndroidSDKSettings]
SDKPath=(Path="")
NDKPath=(Path="")
""")


# --- Roblox -------------------------------------------------------------------------------------
@tpl("roblox_publish_py", "py", "roblox", "open_cloud_api_key", "py", "ROBLOX_API_KEY",
     lambda r, c: roblox_key(r))
def _(r, c, S):
    uni = r.randrange(1000000000, 6999999999); place = r.randrange(10000000000, 19999999999)
    return ("scripts/publish_place.py", f'''"""Publish the built place file to Roblox via Open Cloud."""
import sys

import requests

UNIVERSE_ID = {uni}
PLACE_ID = {place}
API_KEY = {S}


def publish(path, version_type="Published"):
    with open(path, "rb") as fh:
        r = requests.post(
            f"https://apis.roblox.com/universes/v1/{{UNIVERSE_ID}}/places/{{PLACE_ID}}/versions",
            params={{"versionType": version_type}},
            headers={{"x-api-key": API_KEY, "Content-Type": "application/octet-stream"}},
            data=fh.read(), timeout=120)
    r.raise_for_status()
    return r.json()["versionNumber"]


if __name__ == "__main__":
    print("published version", publish(sys.argv[1] if len(sys.argv) > 1 else "build/game.rbxl"))
''')


@tpl("roblox_rbxcloud_gha", "yaml", "roblox", "open_cloud_api_key", "raw", "RBX_API_KEY",
     lambda r, c: roblox_key(r))
def _(r, c, S):
    return (".github/workflows/deploy.yml", f"""name: Deploy
on:
  push:
    branches: [ main ]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ok-nick/setup-aftman@v0.4.2
      - run: rojo build default.project.json -o game.rbxl
      - name: Publish
        run: >
          rbxcloud experience publish --filename game.rbxl
          --place-id {r.randrange(10000000000, 19999999999)} --universe-id {r.randrange(1000000000, 6999999999)}
          --version-type published --api-key "{S}"
""")


# --- mod.io -------------------------------------------------------------------------------------
@tpl("modio_upload_sh", "sh", "modio", "oauth_token", "raw", "MODIO_TOKEN",
     lambda r, c: jwt_rs256(r, "https://api.mod.io", str(r.randrange(100000, 9999999)), str(r.randrange(1, 9999))))
def _(r, c, S):
    gid = r.randrange(100, 9000); mid = r.randrange(100000, 4000000)
    return ("tools/modio/upload_official_mod.sh", f"""#!/usr/bin/env bash
# Uploads the official content pack as a modfile to mod.io
set -euo pipefail
GAME_ID={gid}
MOD_ID={mid}
TOKEN="{S}"
ZIP="${{1:?zip path}}"

curl -sS -X POST "https://g-$GAME_ID.modapi.io/v1/games/$GAME_ID/mods/$MOD_ID/files" \\
  -H "Authorization: Bearer $TOKEN" \\
  -H "Accept: application/json" \\
  -F "filedata=@$ZIP" \\
  -F "version={ver(r)}" \\
  -F "changelog=Automated upload" \\
  -F "active=true"
""")


# --- Discord --------------------------------------------------------------------------------------
@tpl("discord_bot_py", "py", "discord", "bot_token", "py", "DISCORD_TOKEN",
     lambda r, c: discord_bot(r))
def _(r, c, S):
    return ("community/bot/main.py", f'''import discord
from discord.ext import commands

from .status import fetch_server_status

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command(name="status")
async def status(ctx):
    s = await fetch_server_status()
    await ctx.send(f"{{s.online}} players online, {{s.matches}} matches running")


@bot.event
async def on_ready():
    print(f"logged in as {{bot.user}}")


bot.run({S})
''')


@tpl("discord_oauth_js", "js", "discord", "client_secret", "js", "DISCORD_CLIENT_SECRET",
     lambda r, c: discord_client_secret(r))
def _(r, c, S):
    return ("activity/server/server.js", f"""import express from "express";
import fetch from "node-fetch";

const app = express();
app.use(express.json());

const CLIENT_ID = "{snowflake(r)}";
const CLIENT_SECRET = {S};

// Embedded App SDK: exchange the authorization code for an access token
app.post("/api/token", async (req, res) => {{
  const response = await fetch("https://discord.com/api/oauth2/token", {{
    method: "POST",
    headers: {{ "Content-Type": "application/x-www-form-urlencoded" }},
    body: new URLSearchParams({{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "authorization_code",
      code: req.body.code,
    }}),
  }});
  const {{ access_token }} = await response.json();
  res.send({{ access_token }});
}});

app.listen({r.choice([3001, 8080, 5000])});
""")


# --- Twitch -----------------------------------------------------------------------------------------
@tpl("twitch_ebs_js", "js", "twitch", "extension_secret", "js", "EXT_SECRET",
     lambda r, c: twitch_ext_secret(r))
def _(r, c, S):
    return ("extension/ebs/index.js", f"""const jwt = require('jsonwebtoken');
const express = require('express');

const clientId = '{rs(r, 30, LOWALNUM)}';
const ownerId = '{r.randrange(10000000, 999999999)}';
const secret = Buffer.from({S}, 'base64');

const app = express();

function verify(req) {{
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  return jwt.verify(token, secret, {{ algorithms: ['HS256'] }});
}}

function makeServerToken(channelId) {{
  return jwt.sign({{
    exp: Math.floor(Date.now() / 1000) + 30,
    channel_id: '' + channelId,
    user_id: ownerId,
    role: 'external',
    pubsub_perms: {{ send: ['broadcast'] }},
  }}, secret, {{ algorithm: 'HS256' }});
}}

app.post('/vote', (req, res) => {{
  const payload = verify(req);
  res.json({{ ok: true, channel: payload.channel_id, token: makeServerToken(payload.channel_id).length }});
}});

app.listen(8081);
""")


@tpl("twitch_drops_py", "py", "twitch", "client_secret", "py", "TWITCH_CLIENT_SECRET",
     lambda r, c: twitch_client_secret(r))
def _(r, c, S):
    return ("services/drops/twitch_drops.py", f'''"""Polls Twitch Drops entitlements and grants them in-game."""
import requests

TWITCH_CLIENT_ID = "{rs(r, 30, LOWALNUM)}"
TWITCH_CLIENT_SECRET = {S}
GAME_ID = "{r.randrange(10000, 2000000000)}"


def app_token():
    r = requests.post("https://id.twitch.tv/oauth2/token", data={{
        "client_id": TWITCH_CLIENT_ID,
        "client_secret": TWITCH_CLIENT_SECRET,
        "grant_type": "client_credentials"}}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def entitlements(token, after=None):
    params = {{"game_id": GAME_ID, "fulfillment_status": "CLAIMED"}}
    if after:
        params["after"] = after
    r = requests.get("https://api.twitch.tv/helix/entitlements/drops", params=params,
                     headers={{"Client-Id": TWITCH_CLIENT_ID, "Authorization": f"Bearer {{token}}"}})
    return r.json()
''')


# --- LootLocker / AccelByte / Beamable ---------------------------------------------------------------
@tpl("lootlocker_server_js", "js", "lootlocker", "server_api_key", "js", "LOOTLOCKER_SERVER_KEY",
     lambda r, c: lootlocker_key(r))
def _(r, c, S):
    return ("backend/lootlocker.js", f"""const axios = require('axios');

const api = axios.create({{
  baseURL: 'https://api.lootlocker.io/server',
  headers: {{ 'LL-Version': '2021-03-01', 'Content-Type': 'application/json' }},
}});

let sessionToken = null;

async function startSession() {{
  const {{ data }} = await api.post('/session', {{
    game_version: '{ver(r)}',
    is_development: false,
  }}, {{ headers: {{ 'x-server-key': {S} }} }});
  sessionToken = data.token;
  return sessionToken;
}}

async function submitScore(leaderboardKey, memberId, score) {{
  if (!sessionToken) await startSession();
  return api.post(`/leaderboards/${{leaderboardKey}}/submit`, {{ member_id: memberId, score }},
    {{ headers: {{ 'x-auth-token': sessionToken }} }});
}}

module.exports = {{ startSession, submitScore }};
""")


@tpl("accelbyte_extend_env", "yaml", "accelbyte", "iam_client_secret", "yaml", "AB_CLIENT_SECRET",
     lambda r, c: accelbyte_secret(r))
def _(r, c, S):
    ns = game(r).replace("-", "")
    return ("k8s/matchmaking-function/deployment.yaml", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: matchmaking-function
  namespace: {ns}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: matchmaking-function
  template:
    metadata:
      labels:
        app: matchmaking-function
    spec:
      containers:
        - name: app
          image: {ns}.azurecr.io/matchmaking-function:{ver(r)}
          ports:
            - containerPort: 6565
          env:
            - name: AB_BASE_URL
              value: https://{ns}.prod.gamingservices.accelbyte.io
            - name: AB_NAMESPACE
              value: {ns}
            - name: AB_CLIENT_ID
              value: {hx(r, 32)}
            - name: AB_CLIENT_SECRET
              value: {S}
            - name: PLUGIN_GRPC_SERVER_AUTH_ENABLED
              value: "true"
""")


@tpl("beamable_cs", "cs", "beamable", "realm_secret", "cs", "BEAM_REALM_SECRET",
     lambda r, c: uuid4(r))
def _(r, c, S):
    return ("tools/BeamAdmin/Program.cs", f"""using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

// Signs admin requests to Beamable with the realm secret (server-side only).
var cid = "{r.randrange(1000000000000, 1999999999999)}";
var pid = "DE_{r.randrange(1000000000000000, 1999999999999999)}";
var realmSecret = {S};

using var http = new HttpClient {{ BaseAddress = new System.Uri("https://api.beamable.com") }};

string Sign(string path, string body)
{{
    using var md5 = MD5.Create();
    var data = realmSecret + pid + "1.0" + path + body;
    return System.Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(data)));
}}

var uri = "/basic/realms/config";
var req = new HttpRequestMessage(HttpMethod.Get, uri);
req.Headers.Add("X-DE-SCOPE", $"{{cid}}.{{pid}}");
req.Headers.Add("X-DE-SIGNATURE", Sign(uri, ""));
var res = await http.SendAsync(req);
System.Console.WriteLine(await res.Content.ReadAsStringAsync());
""")


# --- Sentry / Backtrace -------------------------------------------------------------------------------
@tpl("sentry_properties", "properties", "sentry", "auth_token", "raw", "SENTRY_AUTH_TOKEN",
     lambda r, c: sentry_any(r, c.setdefault("org", r.choice(["bramblewood", "northpaw", "otterbit-interactive"]))))
def _(r, c, S):
    org = c.setdefault("org", r.choice(["bramblewood", "northpaw", "otterbit-interactive"]))
    return (r.choice(["sentry.properties", "android/sentry.properties"]), f"""defaults.url=https://sentry.io/
defaults.org={org}
defaults.project={game(r)}-{r.choice(['unity', 'unreal', 'android'])}
auth.token={S}
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""")


@tpl("sentry_unity_asset", "yaml", "sentry", "auth_token", "raw", None,
     lambda r, c: sentry_any(r, c.setdefault("org", r.choice(["lumenforge", "saffron-pixel", "tidecaller"]))))
def _(r, c, S):
    org = c.setdefault("org", "lumenforge")
    return ("Assets/Plugins/Sentry/SentryCliOptions.asset", f"""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {{fileID: 0}}
  m_PrefabInstance: {{fileID: 0}}
  m_PrefabAsset: {{fileID: 0}}
  m_GameObject: {{fileID: 0}}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {{fileID: 11500000, guid: {hx(r, 32)}, type: 3}}
  m_Name: SentryCliOptions
  m_EditorClassIdentifier:
  <UploadSymbols>k__BackingField: 1
  <UploadDevelopmentSymbols>k__BackingField: 0
  <UploadSources>k__BackingField: 0
  <UrlOverride>k__BackingField:
  <Auth>k__BackingField: {S}
  <Organization>k__BackingField: {org}
  <Project>k__BackingField: {game(r)}
  <IgnoreCliErrors>k__BackingField: 0
""")


@tpl("backtrace_symbols_sh", "sh", "backtrace", "symbol_upload_token", "raw", "BACKTRACE_SYMBOL_TOKEN",
     lambda r, c: hx(r, 64))
def _(r, c, S):
    uni = r.choice(["bramblewood", "northpaw", "lumenforge", "granite-owl"])
    return ("ci/upload_symbols.sh", f"""#!/usr/bin/env bash
# Upload PDBs / dSYMs of the release build to Backtrace so crashes symbolicate.
set -euo pipefail
BUILD_DIR="${{1:-Saved/StagedBuilds}}"
ARCHIVE=symbols-$(date +%Y%m%d%H%M).zip

find "$BUILD_DIR" -name '*.pdb' -o -name '*.sym' | zip -@ "$ARCHIVE"

curl --fail --data-binary @"$ARCHIVE" \\
  -H "Expect: gzip" \\
  "https://submit.backtrace.io/{uni}/{S}/symbols?upload_file=$ARCHIVE"
rm -f "$ARCHIVE"
""")


# --- BattlEye -----------------------------------------------------------------------------------------
@tpl("battleye_server_cfg", "cfg", "battleye", "rcon_password", "raw", None,
     lambda r, c: human_pw(r))
def _(r, c, S):
    return (r.choice(["server/battleye/BEServer_x64.cfg", "serverprofile/BattlEye/BEServer_x64.cfg"]), f"""RConPassword {S}
RConPort {r.choice([2306, 2310, 2305, 2402])}
RConIP 0.0.0.0
MaxPing {r.choice([250, 300, 400])}
""")


# Templates whose render does not embed a secret of code-quoting style.
RAW_SAFE_PLACEHOLDERS = ["<YOUR_SECRET>", "REPLACE_ME", "", "********", "CHANGE_ME_BEFORE_DEPLOY",
                         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]


def neg_placeholder(r, t, c):
    """Non-secret replacement for template t, returns (inserted text S, kind)."""
    lang = t["lang"]; env = t["env"] or "SECRET"
    prov = t["provider"].upper()
    opts = [
        "<YOUR_%s_%s>" % (prov, t["kind"].upper()),
        "YOUR_%s_HERE" % t["kind"].upper(),
        "",
        "*" * r.choice([8, 12, 32]),
        "REPLACE_ME",
        "changeme",
        "TODO-set-in-vault",
        "x" * r.choice([16, 32, 40]),
    ]
    sp = t.get("special_neg")
    if sp and r.random() < 0.5:
        return sp(r, c), "documented_default"
    if lang in ("cs", "cpp", "js", "py", "gd", "lua"):
        x = r.random()
        if x < 0.45:
            return env_expr(lang, env), "env_lookup"
        return q(r, lang, r.choice(opts)), "placeholder"
    if lang in ("json", "yaml"):
        x = r.random()
        if x < 0.4:
            return q(r, lang, "${%s}" % env), "env_reference"
        return q(r, lang, r.choice(opts)), "placeholder"
    # raw
    x = r.random()
    if t["ft"] in ("sh",) and x < 0.5:
        return "${%s}" % env, "env_reference"
    if t["ft"] == "groovy" and x < 0.5:
        return "${env.%s}" % env, "env_reference"
    if t["name"] in ("roblox_rbxcloud_gha",) and x < 0.6:
        return "${{ secrets.%s }}" % env, "ci_secret_reference"
    if t["ft"] == "yaml" and x < 0.4:
        return "${%s}" % env, "env_reference"
    if t["ft"] in ("ini", "cfg", "properties", "txt") and x < 0.3:
        return "%" + env + "%", "env_reference"
    return r.choice(opts + RAW_SAFE_PLACEHOLDERS), "placeholder"


def _special(tname, fn):
    for t in TEMPLATES:
        if t["name"] == tname:
            t["special_neg"] = fn


def _nk_default(r, c):
    c["nk_field"] = r.randrange(len(NAKAMA_FIELDS))
    return q(r, "yaml", NAKAMA_FIELDS[c["nk_field"]][2])


_special("nakama_config_yml", _nk_default)
_special("nakama_rpc_py", lambda r, c: q(r, "py", "defaulthttpkey"))
_special("godot_export_presets", lambda r, c: "")
_special("sentry_properties", lambda r, c: "")
_special("steamcmd_login_sh", lambda r, c: '"$STEAM_PASSWORD"')
_special("beamable_cs", lambda r, c: 'Environment.GetEnvironmentVariable("BEAM_REALM_SECRET")')


# ---------------------------------------------------------------- look-alike negatives
LOOKALIKES = []


def neg(name, ft, provider, kind):
    def deco(fn):
        LOOKALIKES.append(dict(name=name, ft=ft, provider=provider, kind=kind, render=fn))
        return fn
    return deco


@neg("unity_meta", "meta", "unity", "asset_guid")
def _(r):
    nm = r.choice(["PlayerController", "EnemySpawner", "HUD", "Inventory", "NetworkBootstrap", "AudioMixer"])
    if r.random() < 0.5:
        return f"Assets/Scripts/{nm}.cs.meta", f"""fileFormatVersion: 2
guid: {hx(r, 32)}
MonoImporter:
  externalObjects: {{}}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {{instanceID: 0}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
"""
    return f"Assets/Art/Textures/{nm.lower()}_albedo.png.meta", f"""fileFormatVersion: 2
guid: {hx(r, 32)}
TextureImporter:
  internalIDToNameTable: []
  externalObjects: {{}}
  serializedVersion: 12
  mipmaps:
    mipMapMode: 0
    enableMipMap: 1
    sRGBTexture: 1
  isReadable: 0
  streamingMipmaps: 0
  maxTextureSize: {r.choice([1024, 2048, 4096])}
  textureSettings:
    serializedVersion: 2
    filterMode: 1
    aniso: 1
  spriteMode: 0
  spritePixelsToUnits: 100
  spriteID: {hx(r, 32)}
  userData: 
  assetBundleName: {r.choice(['', 'characters', 'ui'])}
  assetBundleVariant: 
"""


@neg("steam_app_build_vdf", "vdf", "steam", "app_and_depot_ids")
def _(r):
    aid = int(appid(r))
    depots = "\n".join(f'\t\t"{aid + k}" "depot_build_{aid + k}.vdf"' for k in range(1, r.randint(2, 4)))
    return f"steam/scripts/app_build_{aid}.vdf", f'''"AppBuild"
{{
\t"AppID" "{aid}"
\t"Desc" "{r.choice(['nightly', 'release candidate', 'hotfix'])} {ver(r)}"
\t"BuildOutput" "..\\output\\"
\t"ContentRoot" "..\\content\\"
\t"SetLive" "{r.choice(['beta', 'internal', ''])}"
\t"Preview" "0"
\t"Depots"
\t{{
{depots}
\t}}
}}
'''


@neg("steam_appmanifest_acf", "acf", "steam", "manifest_ids")
def _(r):
    aid = appid(r)
    return f"server/steamapps/appmanifest_{aid}.acf", f'''"AppState"
{{
\t"appid"\t\t"{aid}"
\t"Universe"\t\t"1"
\t"name"\t\t"{camel(game(r))} Dedicated Server"
\t"StateFlags"\t\t"4"
\t"installdir"\t\t"{camel(game(r))}Server"
\t"LastUpdated"\t\t"{r.randrange(1650000000, 1730000000)}"
\t"SizeOnDisk"\t\t"{r.randrange(100000000, 9000000000)}"
\t"buildid"\t\t"{r.randrange(5000000, 16000000)}"
\t"LastOwner"\t\t"7656119{r.randrange(8000000000, 9999999999)}"
\t"BytesToDownload"\t\t"0"
\t"AutoUpdateBehavior"\t\t"0"
\t"InstalledDepots"
\t{{
\t\t"{int(aid) + 1}"
\t\t{{
\t\t\t"manifest"\t\t"{r.randrange(10**18, 9 * 10**18)}"
\t\t\t"size"\t\t"{r.randrange(100000000, 9000000000)}"
\t\t}}
\t}}
\t"UserConfig"
\t{{
\t\t"language"\t\t"english"
\t}}
}}
'''


@neg("playfab_shared_settings", "yaml", "playfab", "public_title_id")
def _(r):
    return "Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset", f"""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {{fileID: 0}}
  m_PrefabInstance: {{fileID: 0}}
  m_PrefabAsset: {{fileID: 0}}
  m_GameObject: {{fileID: 0}}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {{fileID: 11500000, guid: {hx(r, 32)}, type: 3}}
  m_Name: PlayFabSharedSettings
  m_EditorClassIdentifier: 
  TitleId: {playfab_title(r)}
  DeveloperSecretKey: 
  ProductionEnvironmentUrl: 
  RequestType: 0
  RequestTimeout: 2000
  RequestKeepAlive: 1
  LogLevel: 12
  LoggerHost: 
  LoggerPort: 0
  EnableRealTimeLogging: 0
  LogCapLimit: 30
"""


@neg("photon_server_settings", "yaml", "photon", "public_app_id")
def _(r):
    return "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", f"""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_PrefabParentObject: {{fileID: 0}}
  m_PrefabInternal: {{fileID: 0}}
  m_GameObject: {{fileID: 0}}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {{fileID: 11500000, guid: {hx(r, 32)}, type: 3}}
  m_Name: PhotonServerSettings
  m_EditorClassIdentifier: 
  AppSettings:
    AppIdRealtime: {uuid4(r)}
    AppIdFusion: 
    AppIdChat: {uuid4(r)}
    AppIdVoice: {r.choice(['', uuid4(r)])}
    AppVersion: {ver(r)}
    UseNameServer: 1
    FixedRegion: {r.choice(['eu', 'us', 'asia', ''])}
    BestRegionSummaryFromStorage: 
    Server: 
    Port: 0
    ProxyServer: 
    Protocol: 0
    EnableProtocolFallback: 1
    AuthMode: 0
    EnableLobbyStatistics: 0
    NetworkLogging: 1
  StartInOfflineMode: 0
  PunLogging: 0
  EnableSupportLogger: 0
  RunInBackground: 1
  RpcList:
  - RpcFire
  - RpcRespawn
"""


@neg("eos_ids_only_ini", "ini", "epic", "public_eos_ids")
def _(r):
    g = camel(game(r))
    return "Config/DefaultGame.ini", f"""[/Script/EngineSettings.GeneralProjectSettings]
ProjectID={hx(r, 32, up=True)}
ProjectName={g}
CompanyName={r.choice(STUDIOS)}
ProjectVersion={ver(r)}
CopyrightNotice=Copyright {r.choice(STUDIOS)}. All Rights Reserved.

[/Script/EOSShared.EOSSharedSettings]
ProductId={hx(r, 32)}
SandboxId={hx(r, 32)}
DeploymentId={hx(r, 32)}
ClientId={eos_client_id(r)}

[/Script/UnrealEd.ProjectPackagingSettings]
Build=IfProjectHasCode
BuildConfiguration=PPBC_Shipping
bShareMaterialShaderCode=True
bCompressed=True
"""


@neg("ga_game_key_only", "json", "gameanalytics", "public_game_key")
def _(r):
    return "config/analytics.json", f"""{{
  "provider": "gameanalytics",
  "gameKey": "{ga_game_key(r)}",
  "gameId": {r.randrange(100000, 299999)},
  "secretKeyEnv": "GA_SECRET_KEY",
  "build": "{ver(r)}",
  "resourceCurrencies": ["gems", "gold"],
  "customDimensions01": ["ios", "android"],
  "sampling": {{ "design": {r.choice([0.1, 0.25, 1.0])} }}
}}
"""


@neg("xbox_microsoftgame_config", "xml", "xbox", "public_title_ids")
def _(r):
    g = camel(game(r))
    return "MicrosoftGame.config", f"""<?xml version="1.0" encoding="utf-8"?>
<Game configVersion="1">
  <Identity Name="{r.randint(10000, 99999)}{r.choice(STUDIOS).split()[0]}.{g}" Publisher="CN={uuid4(r).upper()}" Version="{ver(r)}.0" />
  <MSAAppId>{hx(r, 16, up=True)}</MSAAppId>
  <TitleId>{hx(r, 8, up=True)}</TitleId>
  <StoreId>9{rs(r, 11, 'BCDFGHJKLMNPQRSTVWXZ0123456789')}</StoreId>
  <ShellVisuals DefaultDisplayName="{g}" PublisherDisplayName="{r.choice(STUDIOS)}"
      Square480x480Logo="GraphicsLogo.png" Square150x150Logo="StoreLogo.png"
      Square44x44Logo="SmallLogo.png" SplashScreenImage="SplashScreen.png"
      BackgroundColor="#000040" ForegroundText="light" />
  <ExecutableList>
    <Executable Name="{g}.exe" TargetDeviceFamily="PC" Id="Game" />
  </ExecutableList>
  <ExtendedAttributeList>
    <ExtendedAttribute Name="Scid" Value="{uuid4(r)}" />
  </ExtendedAttributeList>
</Game>
"""


@neg("ps_param_json", "json", "playstation", "public_title_ids")
def _(r):
    t = "PPSA%05d" % r.randrange(1, 99999)
    label = rs(r, 16, string.ascii_uppercase + string.digits)
    return "sce_sys/param.json", json.dumps({
        "ageLevel": {"default": r.choice([7, 12, 16, 18])},
        "applicationCategoryType": 0,
        "contentId": "UP%04d-%s_00-%s" % (r.randrange(1, 9999), t, label),
        "contentVersion": "01.%03d.000" % r.randrange(1, 200),
        "masterVersion": "01.00",
        "titleId": t,
        "npTitleId": "%s_00" % t,
        "localizedParameters": {"defaultLanguage": "en-US", "en-US": {"titleName": camel(game(r))}},
        "requiredSystemSoftwareVersion": "0x0%d00000000000000" % r.randint(2, 9),
    }, indent=2) + "\n"


@neg("discord_public_key", "js", "discord", "public_key_and_app_id")
def _(r):
    return "bot/config.js", f"""// Public values from the Discord Developer Portal (General Information).
// The interactions public key is used to VERIFY request signatures.
module.exports = {{
  applicationId: '{snowflake(r)}',
  publicKey: '{hx(r, 64)}',
  guildId: '{snowflake(r)}',
  announceChannelId: '{snowflake(r)}',
  token: process.env.DISCORD_TOKEN,
}};
"""


@neg("twitch_ext_manifest", "json", "twitch", "public_client_id")
def _(r):
    return "extension/frontend/config.json", f"""{{
  "clientId": "{rs(r, 30, LOWALNUM)}",
  "version": "{ver(r)}",
  "ebsUrl": "https://ebs.{game(r)}.gg",
  "panelHeight": {r.choice([300, 400, 500])},
  "views": ["panel", "video_overlay", "config"],
  "allowlist": ["https://cdn.{game(r)}.gg"]
}}
"""


@neg("sentry_dsn_cs", "cs", "sentry", "public_dsn")
def _(r):
    return "Assets/Scripts/Bootstrap/CrashReporting.cs", f"""using Sentry;
using UnityEngine;

public static class CrashReporting
{{
    // DSNs only allow event submission and are safe to ship in clients.
    private const string Dsn = "https://{hx(r, 32)}@o{r.randrange(100000, 4500000)}.ingest.{r.choice(['', 'us.', 'de.'])}sentry.io/{r.randrange(1000000, 4500000000)}";

    [RuntimeInitializeOnLoadMethod(RuntimeInitializeLoadType.BeforeSceneLoad)]
    private static void Init()
    {{
        SentrySdk.Init(o =>
        {{
            o.Dsn = Dsn;
            o.Release = Application.version;
            o.TracesSampleRate = {r.choice(['0.05', '0.1', '0.2'])};
            o.AttachScreenshot = true;
        }});
    }}
}}
"""


@neg("uproject", "json", "unreal", "engine_guid")
def _(r):
    g = camel(game(r))
    return f"{g}.uproject", json.dumps({
        "FileVersion": 3,
        "EngineAssociation": "{%s}" % uuid4(r).upper() if r.random() < 0.5 else r.choice(["5.3", "5.4", "5.2"]),
        "Category": "", "Description": "",
        "Modules": [{"Name": g, "Type": "Runtime", "LoadingPhase": "Default"}],
        "Plugins": [{"Name": p, "Enabled": True} for p in
                    r.sample(["OnlineSubsystemEOS", "OnlineSubsystemSteam", "EOSShared", "CommonUser", "ModelingToolsEditorMode", "Sentry"], 3)],
    }, indent="\t") + "\n"


@neg("godot_import", "import", "godot", "uid_and_md5")
def _(r):
    nm = r.choice(["player", "tileset", "icon", "enemy_bat", "ui_atlas"])
    h = hx(r, 32)
    return f"assets/sprites/{nm}.png.import", f"""[remap]

importer="texture"
type="CompressedTexture2D"
uid="uid://{rs(r, 13, string.ascii_lowercase + string.digits)}"
path="res://.godot/imported/{nm}.png-{h}.ctex"
metadata={{
"vram_texture": false
}}

[deps]

source_file="res://assets/sprites/{nm}.png"
dest_files=["res://.godot/imported/{nm}.png-{h}.ctex"]

[params]

compress/mode=0
compress/high_quality=false
compress/lossy_quality=0.7
mipmaps/generate=false
process/fix_alpha_border=true
detect_3d/compress_to=1
"""


@neg("git_lfs_pointer", "txt", "git", "lfs_oid")
def _(r):
    p = r.choice(["Content/Maps/Arena.umap", "Assets/Audio/music_main.ogg", "Content/Characters/Hero/SK_Hero.uasset"])
    return p, f"""version https://git-lfs.github.com/spec/v1
oid sha256:{hx(r, 64)}
size {r.randrange(100000, 900000000)}
"""


@neg("sha256sums", "txt", "build", "content_hashes")
def _(r):
    g = game(r); v = ver(r)
    lines = [f"{hx(r, 64)}  {g}-{v}-{plat}.zip" for plat in ["win64", "linux", "macos", "server-linux"]]
    return "dist/SHA256SUMS", "\n".join(lines) + "\n"


@neg("unity_packages_lock", "json", "unity", "package_hashes")
def _(r):
    deps = {}
    for pkg in r.sample(["com.unity.addressables", "com.unity.netcode.gameobjects", "com.unity.services.core",
                         "com.unity.inputsystem", "com.unity.cinemachine", "com.playfab.sdk"], 4):
        if r.random() < 0.5:
            deps[pkg] = {"version": ver(r), "depth": 0, "source": "registry",
                         "dependencies": {}, "url": "https://packages.unity.com"}
        else:
            deps[pkg] = {"version": "https://github.com/%s/%s.git" % (r.choice(["studio", "tools"]), pkg),
                         "depth": 0, "source": "git", "dependencies": {}, "hash": hx(r, 40)}
    return "Packages/packages-lock.json", json.dumps({"dependencies": deps}, indent=2) + "\n"


@neg("addressables_hash", "json", "unity", "catalog_hash")
def _(r):
    entries = []
    for nm in r.sample(["characters", "ui", "levels_world1", "audio", "vfx", "shaders"], 3):
        entries.append({"bundle": "%s_assets_all_%s.bundle" % (nm, hx(r, 32)), "crc": r.randrange(10**8, 4294967295),
                        "hash": hx(r, 32), "size": r.randrange(10000, 90000000)})
    return "ServerData/StandaloneWindows64/bundles_report.json", json.dumps(
        {"catalogHash": hx(r, 32), "buildTarget": "StandaloneWindows64", "bundles": entries}, indent=2) + "\n"


@neg("roblox_project_json", "json", "roblox", "universe_place_ids")
def _(r):
    return "default.project.json", json.dumps({
        "name": camel(game(r)),
        "servePlaceIds": [r.randrange(10000000000, 19999999999)],
        "gameId": r.randrange(1000000000, 6999999999),
        "tree": {"$className": "DataModel",
                 "ReplicatedStorage": {"Shared": {"$path": "src/shared"}},
                 "ServerScriptService": {"Server": {"$path": "src/server"}},
                 "StarterPlayer": {"StarterPlayerScripts": {"Client": {"$path": "src/client"}}}},
    }, indent=2) + "\n"


@neg("steam64_admins_lua", "lua", "steam", "steam_ids")
def _(r):
    ids = "\n".join('    ["7656119%d"] = "%s",' % (r.randrange(7960000000, 9999999999), r.choice(["superadmin", "admin", "moderator"]))
                    for _ in range(r.randint(3, 8)))
    return "lua/config/sh_admins.lua", f"""-- Staff list (SteamID64 -> rank)
Config = Config or {{}}
Config.Admins = {{
{ids}
}}
Config.SteamAppId = {appid(r)}
Config.WorkshopCollection = "{r.randrange(100000000, 3000000000)}"
"""


@neg("ci_secret_refs_jenkins", "groovy", "steam", "ci_secret_reference")
def _(r):
    aid = appid(r)
    return "Jenkinsfile", f"""pipeline {{
    agent {{ label 'build-linux' }}
    stages {{
        stage('Upload to Steam') {{
            steps {{
                withCredentials([usernamePassword(credentialsId: 'steam-builder',
                        usernameVariable: 'STEAM_USER', passwordVariable: 'STEAM_PASS')]) {{
                    sh 'steamcmd +login "$STEAM_USER" "$STEAM_PASS" +run_app_build "$WORKSPACE/steam/app_build_{aid}.vdf" +quit'
                }}
            }}
        }}
        stage('Notify') {{
            steps {{
                withCredentials([string(credentialsId: 'discord-webhook', variable: 'HOOK')]) {{
                    sh 'curl -s -H "Content-Type: application/json" -d "{{\\\\"content\\\\": \\\\"build {aid} uploaded\\\\"}}" "$HOOK"'
                }}
            }}
        }}
    }}
}}
"""


@neg("gameci_secrets_workflow", "yaml", "unity", "ci_secret_reference")
def _(r):
    return ".github/workflows/build.yml", f"""name: Build project
on: [push, pull_request]
jobs:
  buildForAllSupportedPlatforms:
    name: Build for ${{{{ matrix.targetPlatform }}}}
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        targetPlatform:
          - StandaloneWindows64
          - StandaloneLinux64
          - WebGL
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          lfs: true
      - uses: actions/cache@v3
        with:
          path: Library
          key: Library-${{{{ matrix.targetPlatform }}}}
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_LICENSE: ${{{{ secrets.UNITY_LICENSE }}}}
          UNITY_EMAIL: ${{{{ secrets.UNITY_EMAIL }}}}
          UNITY_PASSWORD: ${{{{ secrets.UNITY_PASSWORD }}}}
        with:
          targetPlatform: ${{{{ matrix.targetPlatform }}}}
          unityVersion: {r.choice(['2022.3.21f1', '2021.3.35f1', 'auto'])}
      - uses: game-ci/steam-deploy@v3
        if: matrix.targetPlatform == 'StandaloneWindows64'
        with:
          username: ${{{{ secrets.STEAM_USERNAME }}}}
          configVdf: ${{{{ secrets.STEAM_CONFIG_VDF }}}}
          appId: {appid(r)}
          buildDescription: v${{{{ github.run_number }}}}
          rootPath: build
          depot1Path: StandaloneWindows64
          releaseBranch: prerelease
"""


@neg("nakama_client_cs", "cs", "heroiclabs", "public_server_key")
def _(r):
    h = host(r, game(r))
    return "Assets/Scripts/Net/NakamaConnection.cs", f"""using System.Threading.Tasks;
using Nakama;
using UnityEngine;

public class NakamaConnection : MonoBehaviour
{{
    // socket.server_key is shipped with every client build (not a secret).
    [SerializeField] private string scheme = "https";
    [SerializeField] private string host = "{h}";
    [SerializeField] private int port = 7350;
    [SerializeField] private string serverKey = "defaultkey";

    public IClient Client {{ get; private set; }}
    public ISession Session {{ get; private set; }}

    public async Task Connect()
    {{
        Client = new Client(scheme, host, port, serverKey, UnityWebRequestAdapter.Instance);
        var deviceId = SystemInfo.deviceUniqueIdentifier;
        Session = await Client.AuthenticateDeviceAsync(deviceId);
        Debug.Log($"Authenticated as {{Session.UserId}}");
    }}
}}
"""


@neg("eac_public_cert", "pem", "epic", "public_key")
def _(r):
    body = base64.b64encode(bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00])
                            + bytes(r.getrandbits(8) for _ in range(256)) + bytes([0x02, 0x03, 0x01, 0x00, 0x01])).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return r.choice(["Config/Keys/patch_signing_public.pem", "server/keys/license_public.pem"]), \
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("build_info_json", "json", "build", "build_guids")
def _(r):
    return "Build/build_info.json", json.dumps({
        "buildGuid": uuid4(r), "commit": hx(r, 40), "branch": r.choice(["main", "release/1.4", "live"]),
        "buildNumber": r.randrange(1000, 40000), "unityVersion": "2022.3.%df1" % r.randint(1, 40),
        "contentHash": hx(r, 32), "steamBuildId": r.randrange(5000000, 16000000),
        "depotManifest": str(r.randrange(10**18, 9 * 10**18)),
    }, indent=2) + "\n"


@neg("env_example", "env", "mixed", "placeholders")
def _(r):
    return ".env.example", f"""# Copy to .env and fill in. Never commit real values.
PLAYFAB_TITLE_ID={playfab_title(r)}
PLAYFAB_DEV_SECRET_KEY=
EOS_CLIENT_ID=
EOS_CLIENT_SECRET=<from developer portal>
STEAM_WEB_API_KEY=<publisher key>
NAKAMA_HTTP_KEY=defaulthttpkey
DISCORD_TOKEN=your-bot-token
SENTRY_AUTH_TOKEN=
PORT={r.choice([3000, 8080, 7350])}
"""


# ---------------------------------------------------------------- driver
def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return -1
    return text.count("\n", 0, i) + 1


def make_pos(r, t):
    for _ in range(20):
        c = {}
        sec = t["gen"](r, c)
        if t["lang"] == "raw":
            S = sec
        else:
            S = q(r, t["lang"], sec)
        path, text = t["render"](r, c, S)
        if text.count(sec) == 1:
            return path, text, sec
    raise RuntimeError("needle not unique in " + t["name"])


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nz.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # positives: round-robin through a shuffled template list
    order = list(range(len(TEMPLATES)))
    for i in range(500):
        if i % len(order) == 0:
            r.shuffle(order)
        t = TEMPLATES[order[i % len(order)]]
        path, text, sec = make_pos(r, t)
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        needles.append(sec)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": rel, "needle": sec, "line": line_of(text, sec)})

    # negatives: 250 reused templates with placeholders, 250 look-alikes
    negs = []
    for i in range(250):
        t = TEMPLATES[r.randrange(len(TEMPLATES))]
        c = {}
        S, nk = neg_placeholder(r, t, c)
        path, text = t["render"](r, c, S)
        negs.append((path, text, t["provider"], nk, t["ft"], t["name"] + ":neg"))
    for i in range(250):
        L = LOOKALIKES[i % len(LOOKALIKES)] if i < len(LOOKALIKES) else LOOKALIKES[r.randrange(len(LOOKALIKES))]
        path, text = L["render"](r)
        negs.append((path, text, L["provider"], L["kind"], L["ft"], L["name"]))
    r.shuffle(negs)
    for i, (path, text, prov, kind, ft, tn) in enumerate(negs):
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": ft, "template": tn})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
