#!/usr/bin/env python3
"""Blind evaluation-set generator "dt" for the keyhook pre-commit secret scanner.

EMPHASIS
    Community game servers, Minecraft networks and server-hosting panels. Positives cover:
    Minecraft RCON passwords (server.properties, itzg/minecraft-server compose + helm values,
    systemd units, mcrcon backup scripts, Java/Kotlin/Python RCON clients, runbooks), Velocity
    forwarding secrets (velocity.toml inline, forwarding.secret file, paper-global.yml),
    BungeeGuard tokens, LuckPerms / Dynmap / SourceMod database passwords, RedisBungee Redis
    passwords, Pterodactyl application (ptla_) and client (ptlc_) keys, Pelican application
    (peli_) and client (plcn_) keys, Wings node tokens, AMP logins, Tebex secret keys (Minecraft
    plugin and FiveM sv_tebexSecret), CraftingStore API tokens, Discord bot tokens (DiscordSRV,
    discord.py, discord.js, txAdmin, .env/config.json) and Discord webhook URLs (FiveM Lua configs,
    Oxide configs, Kotlin plugins, GitHub Actions), Steam Web API keys (FiveM, LinuxGSM wsapikey,
    srcds -authkey, API URLs) and Game Server Login Tokens (autoexec, LinuxGSM, CS2 start scripts,
    Pterodactyl egg defaults), Source/CS2/FiveM/Rust rcon passwords, ARK/Palworld admin passwords,
    Valheim server passwords, BattleMetrics and Nitrado API tokens, FiveM (cfx.re) license keys,
    Factorio and Satisfactory server tokens, TeamSpeak ServerQuery passwords, Mumble SuperUser
    passwords, plus the usual AWS (S3 backups), MySQL URL and GitHub PAT credentials found in
    such repos. 66 positive templates, about 24 file types; half the positives use an obvious
    name (rcon.password, token:, ServerAdminPassword=...), half a neutral one (positional
    argument, URL query, Authorization header, neutral constant name, bare secret file).

USAGE
    python3 gen_dt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<path> (500 files, one credential each), OUTDIR/neg/nNNNN/<path>
    (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per
    SEED (only random.Random(SEED) is used). Manifest lines carry file/label/provider/kind/filetype
    plus extra keys: template, naming (pos: obvious|neutral), slot_kind (re-used negatives).

NEEDLE CONVENTIONS
    needle = the secret exactly as written, line = 1-based line of its first occurrence.
    - passwords: the password only (for mysql://user:PASS@host URLs, just PASS);
    - id/secret pairs: the secret half only (AWS secret access key, Wings `token` not `token_id`);
    - Discord webhooks: the whole webhook URL (https://discord.com/api/webhooks/<id>/<token>),
      because the URL itself is the credential;
    - Steam Web API key inside an API URL: the 32-hex key only;
    - some files repeat the same secret (runbook, GitHub-token script); line is the first one.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by a look-alike: environment /
    convar lookups (os.environ, process.env, System.getenv, GetConvar, ${VAR}, %VAR%,
    ${{ secrets.X }}), empty values, placeholders (CHANGE_ME, YOUR_BOT_TOKEN_HERE, <gslt>,
    ptla_xxxx..., changeme), masked/redacted values (********, [REDACTED], ptla_****),
    template references (Pterodactyl egg {{server.build.env.RCON_PASS}}, Jinja {{ var }}).
    Half are domain look-alikes: whitelist/ops/banned-players/usercache JSON (player UUIDs),
    server.properties with empty rcon.password, world seeds and resource-pack SHA-1, velocity.toml
    with forwarding-secret-file, LuckPerms h2 config, DiscordSRV with empty BotToken and channel
    snowflakes, Discord message fixtures (snowflakes, avatar hashes), webhook docs with
    {webhook.id}/{webhook.token}, FiveM server.cfg with documented defaults (sv_licenseKey
    changeme, steam_webApiKey "none"), txAdmin recipe {{svLicense}}, fxmanifest, Lua/YAML i18n
    strings mentioning passwords/tokens, SourceMod admins (Steam2/Steam3 ids) and sqlite
    databases.cfg, GMod workshop ids, Oxide data keyed by SteamID64, ARK Game.ini, Palworld
    banlist, Valheim adminlist, Pterodactyl egg with empty RCON default and API fixtures (server
    identifiers/UUIDs), masked key inventory notes, Tebex webhook fixture (transaction ids),
    Modrinth index (sha1/sha512), CurseForge manifest (project/file ids), build.gradle.kts with
    property lookups, Factorio settings with empty token, ts3server.ini, murmur.ini with empty
    passwords, LinuxGSM _default.cfg (steamuser="username" steampass='password',
    discordwebhook="webhook"), systemd EnvironmentFile, Aikar-flags start.bat, compose with
    *_FILE docker secrets, Actions workflow with secrets refs, latest.log, .env.example,
    Geyser config, seasons table with seeds and sha256, C# env lookups, Java digest constants,
    Ansible Vault ciphertext, SOPS-encrypted YAML (ENC[...] plus age recipient public key) and a
    Mojang session profile with its texture signature.

DOUBTS
    Written from memory (not confirmed in provider docs during this session):
    - Tebex secret key: assumed 40 lowercase hex characters.
    - CraftingStore API token: assumed 32 alphanumeric characters; config key `api-key`.
    - FiveM license key: assumed cfxk_ + 20 alnum + _ + 6 alnum (older keys were plain alnum).
    - BattleMetrics token: modelled as an HS512 JWT (eyJ...); real tokens are JWT-like but the
      payload fields here are invented.
    - Nitrado long-life token: modelled as 86-100 base64url characters.
    - Factorio token: assumed 30 lowercase hex characters.
    - Satisfactory API token: prefix ewoJInBsIjogIkFQSVRva2VuIgp9. (base64 of {"pl": "APIToken"})
      then 128 upper hex; the signature part's length/alphabet is a guess.
    - Steam Web API key and GSLT: 32 upper-case hex (GSLT alphabet from memory).
    - Discord bot token: base64(user id) . base64url(4-byte timestamp) . 27 or 38 base64url chars.
      Discord webhook token length 68.
    - Velocity default forwarding secret 12 alnum chars; BungeeGuard token 64 alnum chars.
    - Wings token_id 16 / token 64 alnum chars; TeamSpeak ServerQuery password 8 chars [A-Za-z0-9+].
    - GitHub classic PAT checksum: CRC32 of the 30 random chars, base62, 6 chars (the exact
      checksum input is from memory); AWS AKIA + 16 base32 / 40-char secret.
    - Config keys for Tebex Minecraft plugin (server.secret-key), BungeeGuard token.yml, txAdmin
      config.json discordBot.token and the Palworld/ARK files follow memory of those projects.
    Labels a reviewer might dispute:
    - Valheim `-password` is a shared join password (labelled positive, kind server_password).
    - LinuxGSM _default.cfg `steampass='password'` and `discordwebhook="webhook"` are the
      documented defaults, labelled negative; FiveM `sv_licenseKey changeme` likewise.
    - Wings negatives keep a random 16-char token_id (an identifier) next to a placeholder token.
    - Key-inventory notes show the last 4 characters of keys (negative).
    - Positives that are bare one-line secret files (forwarding.secret) have no surrounding
      context by nature; a few negatives of that template are empty or hold ${VAR}.

SEARCHES
    docs: "Pterodactyl application API key ptla_ prefix format" (mintlify/netvpx API docs: ptla_/ptlc_);
    pages: "FiveM server license key cfxk sv_licenseKey keymaster" (hosting guides, docs.fivem.net);
    docs: "Velocity forwarding.secret ... paper-global.yml" (PaperMC docs commits, CloudNet PR);
    docs: "Pelican panel API key prefix" (nothing relevant), then read pelican-dev/panel and
    pterodactyl/panel app/Models/ApiKey.php: IDENTIFIER_LENGTH 16, KEY_LENGTH 32, Pelican
    prefixes plcn_ (account) / peli_ (application);
    docs: "Tebex plugin secret key" (docs.tebex.io: X-Tebex-Secret header, tebex.secret command);
    pages: "Steam game server login token GSLT sv_setsteamaccount" (LinuxGSM docs, AlliedModders);
    docs: "Discord bot token format three parts" (nostrum/serenity docs, gists).
    Scanner-related material shown: one search result was a GitHub gist "Discord token scraper"
    containing a Discord-token regex, and another an npm "token-discord-checker" format
    validator; both were ignored. No secret-scanner rule sets were consulted.
"""

import base64
import hashlib
import json
import os
import string
import struct
import sys
import zlib
import random

# ---------------------------------------------------------------------------
# alphabets and tiny helpers
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = string.ascii_uppercase + "234567"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


WORDS = [
    "creeper", "dragon", "diamond", "skyblock", "enderman", "redstone", "netherite", "blaze",
    "phantom", "wither", "pixel", "falcon", "thunder", "viking", "raven", "nova", "shadow",
    "frost", "ember", "tiger", "cobalt", "bunker", "outpost", "atlas", "summit", "harbor",
    "maple", "orbit", "vortex", "lantern", "copper", "violet", "granite", "badger", "otter",
    "quartz", "obsidian", "prism", "glacier", "canyon", "meadow", "comet", "saber", "nomad",
    "bastion", "citadel", "tundra", "ironclad", "wolfpack", "sprocket", "pumpkin", "cactus",
]
SYMS = "!@#%*-_+.?"
URLSAFE_SYMS = "-_."


def cap(w):
    return w[0].upper() + w[1:]


def human_pw(r, urlsafe=False):
    """A realistic, human-chosen password (never a placeholder word)."""
    syms = URLSAFE_SYMS if urlsafe else SYMS
    k = r.randrange(8)
    leet = str.maketrans({"e": "3", "o": "0", "a": "4", "i": "1", "s": "5"})
    w1, w2 = pick(r, WORDS), pick(r, WORDS)
    if k == 0:
        return cap(w1) + cap(w2) + str(r.randrange(10, 99)) + pick(r, syms)
    if k == 1:
        return cap(w1).translate(leet) + pick(r, syms) + str(r.randrange(1990, 2026))
    if k == 2:
        return "-".join([w1, w2, pick(r, WORDS), str(r.randrange(10, 999))])
    if k == 3:
        return rs(r, r.randrange(14, 25), ALNUM)
    if k == 4:
        s = rs(r, r.randrange(12, 20), ALNUM)
        i = r.randrange(2, len(s) - 2)
        return s[:i] + pick(r, syms) + s[i:] + pick(r, syms)
    if k == 5:
        return cap(w1) + pick(r, syms) + cap(w2) + pick(r, syms) + str(r.randrange(100, 9999))
    if k == 6:
        return w1 + str(r.randrange(100, 99999)) + cap(w2).translate(leet)
    return rs(r, 4, string.ascii_uppercase) + rs(r, 4, string.digits) + rs(r, 4, string.ascii_lowercase) + pick(r, syms)


def random_pw(r, n=None, urlsafe=False):
    n = n or r.randrange(16, 33)
    alpha = ALNUM + ("" if urlsafe else "!%*+-_.")
    s = rs(r, n, alpha)
    return s if s[0] in ALNUM else "k" + s[1:]


def any_pw(r, urlsafe=False):
    return human_pw(r, urlsafe) if r.random() < 0.6 else random_pw(r, urlsafe=urlsafe)


# ---------------------------------------------------------------------------
# identifiers (harmless) used in both labels
# ---------------------------------------------------------------------------
def snowflake(r):
    return str(r.randrange(150000000000000000, 1350000000000000000))


def steam64(r):
    return str(76561197960265728 + r.randrange(10000000, 1500000000))


def steam2(r):
    return "STEAM_%d:%d:%d" % (r.randrange(2), r.randrange(2), r.randrange(1000000, 600000000))


def uuid4(r, dashes=True):
    n = r.getrandbits(128)
    n &= ~(0xF << 76)
    n |= 0x4 << 76
    n &= ~(0xC000 << 48)
    n |= 0x8000 << 48
    h = "%032x" % n
    if not dashes:
        return h
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(r, n, upper=False):
    return rs(r, n, HEXU if upper else HEXL)


def sha1_of(r):
    return hashlib.sha1(rbytes(r, 24)).hexdigest()


def sha256_of(r):
    return hashlib.sha256(rbytes(r, 24)).hexdigest()


def sha512_of(r):
    return hashlib.sha512(rbytes(r, 24)).hexdigest()


def seed_int(r):
    return str(r.randrange(-(2 ** 63), 2 ** 63))


def workshop_id(r):
    return str(r.randrange(100000000, 3400000000))


def private_ip(r):
    return pick(r, ["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 250)),
                    "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 250)),
                    "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(2, 250))])


def domain(r):
    return pick(r, ["%scraft.net", "%s-mc.com", "%s.gg", "%snetwork.org", "%s.host",
                    "%smc.io", "%sgaming.eu", "%s-rp.com", "%sservers.net"]) % pick(r, WORDS)


def net_name(r):
    return pick(r, ["%s Survival", "%sMC", "%s Network", "%s SMP", "%s Realms", "%s RP",
                    "%s Gaming", "%s Community", "The %s Outpost"]) % cap(pick(r, WORDS))


def panel_url(r):
    return "https://" + pick(r, ["panel", "gp", "games", "control", "ptero", "dash"]) + "." + \
        pick(r, WORDS) + pick(r, ["host.com", "-hosting.net", "nodes.io", ".gg", "cloud.eu"])


def mc_version(r):
    return pick(r, ["1.20.4", "1.20.6", "1.21", "1.21.1", "1.21.4", "1.19.4", "1.18.2", "1.16.5", "1.12.2"])


def player_name(r):
    return pick(r, ["Steve", "Alex", "xX_", "The", "Mr", "Lil", "Captain", "", ""]) + \
        cap(pick(r, WORDS)) + pick(r, ["", "", str(r.randrange(1, 999)), "_", "YT", "TV"])


# ---------------------------------------------------------------------------
# credential generators (each returns the secret string, sometimes with a public companion)
# ---------------------------------------------------------------------------
def discord_bot_token(r):
    uid = snowflake(r)
    p1 = base64.b64encode(uid.encode()).decode().rstrip("=")
    ts = r.randrange(1600000000, 1760000000) - 1293840000
    p2 = b64url_nopad(struct.pack(">I", ts))
    p3 = rs(r, pick(r, [27, 38, 38]), B64URL)
    return "%s.%s.%s" % (p1, p2, p3)


def discord_webhook(r):
    host = pick(r, ["discord.com", "discord.com", "discordapp.com", "ptb.discord.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), rs(r, 68, B64URL))


def ptero_key(r, prefix):
    # identifier (16 incl. prefix) + 32-char token, both random alnum
    return prefix + rs(r, 16 - len(prefix)) + rs(r, 32)


def wings_token(r):
    return rs(r, 16), rs(r, 64)


def steam_webapi_key(r):
    return hexs(r, 32, upper=True)


def gslt(r):
    return hexs(r, 32, upper=True)


def tebex_secret(r):
    return hexs(r, 40)


def craftingstore_token(r):
    return rs(r, 32, LOWALNUM + string.ascii_uppercase)


def cfx_license(r):
    return "cfxk_" + rs(r, 20) + "_" + rs(r, 6)


def battlemetrics_token(r):
    hdr = b64url_nopad(b'{"alg":"HS512","typ":"JWT"}')
    payload = json.dumps({"token": hexs(r, 16), "nonce": hexs(r, 16),
                          "iat": r.randrange(1600000000, 1760000000)}, separators=(",", ":"))
    return hdr + "." + b64url_nopad(payload.encode()) + "." + b64url_nopad(rbytes(r, 64))


def nitrado_token(r):
    return rs(r, r.randrange(86, 101), B64URL)


def factorio_token(r):
    return hexs(r, 30)


def satisfactory_token(r):
    return "ewoJInBsIjogIkFQSVRva2VuIgp9." + hexs(r, 128, upper=True)


def ts3_query_pw(r):
    s = rs(r, 8, ALNUM + "+")
    return s if s[0] != "+" else "q" + s[1:]


def velocity_secret(r):
    return rs(r, pick(r, [12, 12, 12, 16, 24, 32]))


def bungeeguard_token(r):
    return rs(r, 64)


def aws_pair(r):
    return "AKIA" + rs(r, 16, B32), rs(r, 40, B64STD)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(width, "0")


def github_pat(r):
    body = rs(r, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ---------------------------------------------------------------------------
# value slot: a literal, or a reference to an environment variable
# ---------------------------------------------------------------------------
class V(object):
    def __init__(self, lit=None, env=False):
        self.lit = lit
        self.env = env


def ex(v, lang, name):
    """Render value v as an expression of language `lang`; name = env var used for references."""
    if v.env:
        return {
            "py": 'os.environ["%s"]' % name,
            "py2": 'os.getenv("%s", "")' % name,
            "js": "process.env.%s" % name,
            "java": 'System.getenv("%s")' % name,
            "kt": 'System.getenv("%s") ?: ""' % name,
            "lua": 'GetConvar("%s", "")' % name.lower(),
            "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
            "raw": "${%s}" % name,
            "dq": '"${%s}"' % name,
            "sq": '"${%s}"' % name,
            "bat": "%%%s%%" % name,
            "batq": '"%%%s%%"' % name,
            "cfgq": '"$%s"' % name,
        }[lang]
    s = v.lit
    if lang in ("py", "py2", "java", "kt", "cs", "dq", "lua", "batq", "cfgq"):
        return '"%s"' % s
    if lang in ("js", "sq"):
        return "'%s'" % s
    return s


# placeholders / look-alikes that fill a secret slot in negatives
PH_GENERIC = ["CHANGE_ME", "changeme", "<changeme>", "REPLACE_ME", "TODO", "xxxxxxxx",
              "your-secret-here", "<secret>", "********", "[REDACTED]", "<redacted>", "REDACTED",
              "{{ vault_secret }}", "__SECRET__", "set-me", "..."]
PH_BY_KIND = {
    "rcon_password": ["{{server.build.env.RCON_PASS}}", "<rcon password>", "your_rcon_password",
                      "CHANGE_THIS_RCON_PASSWORD", "{{ rcon_password }}", "%RCON_PASSWORD%"],
    "admin_password": ["{{server.build.env.ADMIN_PASSWORD}}", "YourAdminPassword", "<admin-password>",
                       "{{ admin_password }}"],
    "server_password": ["{{server.build.env.PASSWORD}}", "<server password>", "{{ server_password }}"],
    "db_password": ["{{ mysql_password }}", "<db-password>", "your_db_password", "{{server.build.env.DB_PASS}}"],
    "discord_bot_token": ["YOUR_BOT_TOKEN_HERE", "<discord-bot-token>", "BOT_TOKEN", "your-token-goes-here",
                          "MTAx...redacted"],
    "discord_webhook": ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>",
                        "https://discord.com/api/webhooks/{id}/{token}", "WEBHOOK_URL_HERE",
                        "https://discord.com/api/webhooks/REDACTED", "webhook"],
    "ptero_application_key": ["ptla_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ptla_YOUR_APPLICATION_KEY",
                              "ptla_****************"],
    "ptero_client_key": ["ptlc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ptlc_YOUR_CLIENT_KEY",
                         "ptlc_****************"],
    "pelican_application_key": ["peli_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "peli_<your key>"],
    "pelican_client_key": ["plcn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "plcn_<your key>"],
    "wings_token": ["<node token from the panel>", "{{ wings_token }}"],
    "steam_webapi_key": ["none", "YOUR_STEAM_WEB_API_KEY", "<steam web api key>", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "gslt": ["YOUR_GSLT_HERE", "<gslt>", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "{{server.build.env.STEAM_ACC}}"],
    "tebex_secret": ["YOUR_TEBEX_SECRET", "<tebex secret>", "{{server.build.env.TEBEX_SECRET}}"],
    "craftingstore_token": ["YOUR_API_TOKEN", "<craftingstore token>"],
    "fivem_license_key": ["changeme", "{{svLicense}}", "cfxk_xxxxxxxxxxxxxxxxxxxx_xxxxxx", "<license key>"],
    "battlemetrics_token": ["<battlemetrics token>", "YOUR_BM_TOKEN", "eyJ...<redacted>"],
    "nitrado_token": ["<nitrado long-life token>", "YOUR_NITRADO_TOKEN"],
    "factorio_token": ["", "<factorio.com token>"],
    "satisfactory_token": ["<api token from server.GenerateAPIToken>", "YOUR_API_TOKEN"],
    "teamspeak_query_password": ["<serverquery password>", "QUERY_PASSWORD"],
    "mumble_superuser_password": ["<superuser password>", "{{ murmur_supw }}"],
    "amp_password": ["<amp admin password>", "{{ amp_password }}"],
    "velocity_forwarding_secret": ["<forwarding secret>", "{{ velocity_secret }}", "REPLACE_WITH_SECRET"],
    "bungeeguard_token": ["<token from the proxy's token.yml>", "{{ bungeeguard_token }}"],
    "aws_secret_access_key": ["<aws secret key>", "{{ aws_secret_key }}", "YOUR_SECRET_ACCESS_KEY"],
    "github_pat": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github token>", "${{ secrets.GH_TOKEN }}"],
    "redis_password": ["", "<redis password>", "{{ redis_password }}"],
}


def neg_value(r, kind):
    """A look-alike filling for a secret slot. Returns (V, style)."""
    k = r.randrange(10)
    if k < 2:
        return V(env=True), "env_reference"
    if k < 3:
        return V(lit=""), "empty_value"
    if k < 7 and PH_BY_KIND.get(kind):
        s = pick(r, PH_BY_KIND[kind])
        if s == "":
            return V(lit=""), "empty_value"
        if "*" in s or "redact" in s.lower() or "REDACT" in s:
            return V(lit=s), "masked_value"
        if "{{" in s or "%" in s or "${" in s:
            return V(lit=s), "template_reference"
        return V(lit=s), "placeholder"
    s = pick(r, PH_GENERIC)
    if "*" in s or "REDACT" in s.upper():
        return V(lit=s), "masked_value"
    if "{{" in s:
        return V(lit=s), "template_reference"
    return V(lit=s), "placeholder"


# ---------------------------------------------------------------------------
# kinds -> secret generator; each returns (needle, ctx)
# ---------------------------------------------------------------------------
def _pw(r):
    return any_pw(r), {}


def _aws(r):
    akid, sk = aws_pair(r)
    return sk, {"akid": akid}


def _wings(r):
    tid, tok = wings_token(r)
    return tok, {"token_id": tid}


SECRET_GEN = {
    "rcon_password": _pw,
    "admin_password": _pw,
    "server_password": lambda r: (human_pw(r), {}),
    "db_password": _pw,
    "db_url_password": lambda r: (any_pw(r, urlsafe=True), {}),
    "redis_password": lambda r: (random_pw(r, r.randrange(20, 41), urlsafe=True), {}),
    "amp_password": _pw,
    "mumble_superuser_password": _pw,
    "teamspeak_query_password": lambda r: (ts3_query_pw(r), {}),
    "discord_bot_token": lambda r: (discord_bot_token(r), {}),
    "discord_webhook": lambda r: (discord_webhook(r), {}),
    "ptero_application_key": lambda r: (ptero_key(r, "ptla_"), {}),
    "ptero_client_key": lambda r: (ptero_key(r, "ptlc_"), {}),
    "pelican_application_key": lambda r: (ptero_key(r, "peli_"), {}),
    "pelican_client_key": lambda r: (ptero_key(r, "plcn_"), {}),
    "wings_token": _wings,
    "steam_webapi_key": lambda r: (steam_webapi_key(r), {}),
    "gslt": lambda r: (gslt(r), {}),
    "tebex_secret": lambda r: (tebex_secret(r), {}),
    "craftingstore_token": lambda r: (craftingstore_token(r), {}),
    "fivem_license_key": lambda r: (cfx_license(r), {}),
    "battlemetrics_token": lambda r: (battlemetrics_token(r), {}),
    "nitrado_token": lambda r: (nitrado_token(r), {}),
    "factorio_token": lambda r: (factorio_token(r), {}),
    "satisfactory_token": lambda r: (satisfactory_token(r), {}),
    "velocity_forwarding_secret": lambda r: (velocity_secret(r), {}),
    "bungeeguard_token": lambda r: (bungeeguard_token(r), {}),
    "aws_secret_access_key": _aws,
    "github_pat": lambda r: (github_pat(r), {}),
}

POS_T = []


def tpl(name, provider, kind, obvious):
    def deco(f):
        POS_T.append({"name": name, "provider": provider, "kind": kind, "obvious": obvious, "render": f})
        return f
    return deco


def opt(r, p, *lines):
    return list(lines) if r.random() < p else []


def J(lines):
    out = []
    for x in lines:
        if isinstance(x, (list, tuple)):
            out.extend(x)
        else:
            out.append(x)
    return "\n".join(out) + "\n"


# ----------------------------- Minecraft -----------------------------------
@tpl("mc_server_properties", "minecraft", "rcon_password", True)
def t_server_properties(r, v, c):
    path = pick(r, ["server.properties", "minecraft/server.properties", "servers/survival/server.properties",
                    "docker/mc-data/server.properties", "lobby/server.properties"])
    props = [
        ("allow-flight", pick(r, ["false", "true"])), ("allow-nether", "true"),
        ("difficulty", pick(r, ["easy", "normal", "hard"])), ("enable-command-block", pick(r, ["false", "true"])),
        ("enable-query", "false"), ("enforce-secure-profile", "true"), ("gamemode", "survival"),
        ("level-name", pick(r, ["world", "survival", "smp_s3"])), ("level-seed", seed_int(r)),
        ("max-players", str(r.choice([20, 40, 60, 100, 200]))), ("motd", "\\u00a7a%s \\u00a77| %s" % (net_name(r), mc_version(r))),
        ("online-mode", pick(r, ["true", "false"])), ("pvp", "true"), ("server-port", str(pick(r, [25565, 25566, 25570]))),
        ("simulation-distance", str(r.randrange(6, 13))), ("spawn-protection", "0"),
        ("view-distance", str(r.randrange(6, 17))), ("white-list", pick(r, ["true", "false"])),
    ]
    rcon = [("enable-rcon", "true"), ("rcon.password", ex(v, "raw", "RCON_PASSWORD")),
            ("rcon.port", str(pick(r, [25575, 25576, 27015]))), ("broadcast-rcon-to-ops", "true")]
    if r.random() < 0.5:
        props = props + rcon
        props.sort()
    else:
        i = r.randrange(len(props))
        props = props[:i] + rcon + props[i:]
    lines = ["#Minecraft server properties", "#%s %s %d %s UTC %d" % (
        pick(r, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]), pick(r, ["Jan", "Mar", "Jun", "Sep", "Nov"]),
        r.randrange(1, 28), "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60)), r.randrange(2021, 2026))]
    lines += ["%s=%s" % kv for kv in props]
    return path, "properties", J(lines)


@tpl("itzg_compose", "minecraft", "rcon_password", True)
def t_itzg_compose(r, v, c):
    name = pick(r, ["mc", "minecraft", "survival", "smp", "paper"])
    env = [("EULA", '"TRUE"'), ("TYPE", pick(r, ["PAPER", "FABRIC", "PURPUR", "FORGE", "VANILLA"])),
           ("VERSION", '"%s"' % mc_version(r)), ("MEMORY", pick(r, ["4G", "6G", "8G"])),
           ("MOTD", '"%s"' % net_name(r)), ("ENABLE_RCON", '"true"'),
           ("RCON_PASSWORD", ex(v, "dq", "RCON_PASSWORD") if r.random() < 0.5 else ex(v, "raw", "RCON_PASSWORD")),
           ("TZ", pick(r, ["Europe/Berlin", "America/New_York", "UTC", "Australia/Sydney"])),
           ("OPS", player_name(r)), ("DIFFICULTY", "normal")]
    listform = r.random() < 0.4
    lines = opt(r, 0.4, 'version: "3.8"', "") + ["services:", "  %s:" % name,
             "    image: itzg/minecraft-server%s" % pick(r, ["", ":java21", ":latest", ":java17"]),
             "    container_name: %s" % name, "    tty: true", "    stdin_open: true",
             "    ports:", '      - "25565:25565"', "    environment:"]
    for k, val in env:
        lines.append(('      - %s=%s' % (k, val.strip('"'))) if listform else ("      %s: %s" % (k, val)))
    lines += ["    volumes:", "      - ./data:/data", "    restart: unless-stopped"]
    lines += opt(r, 0.5, "", "  backups:", "    image: itzg/mc-backup", "    environment:",
                 "      BACKUP_INTERVAL: \"%dh\"" % r.randrange(1, 25), "      RCON_HOST: %s" % name,
                 "    volumes:", "      - ./data:/data:ro", "      - ./backups:/backups")
    return pick(r, ["docker-compose.yml", "compose.yaml", "minecraft/docker-compose.yml", "deploy/docker-compose.yml"]), "docker-compose", J(lines)


@tpl("velocity_toml_inline", "velocity", "velocity_forwarding_secret", True)
def t_velocity_toml(r, v, c):
    servers = [pick(r, ["lobby", "hub"]), "survival", pick(r, ["creative", "minigames", "skyblock"])]
    lines = ["# Config version. Do not change this", 'config-version = "1.0"', "",
             "# What port should the proxy be bound to? By default, we'll bind to all addresses on port 25577.",
             'bind = "0.0.0.0:%d"' % pick(r, [25565, 25577]), "",
             "# What should be the MOTD? This gets displayed when the player adds your server to",
             "# their server list. Legacy color codes and JSON text components are accepted.",
             'motd = "&3%s &7- &fA Velocity proxy"' % net_name(r), "",
             "show-max-players = %d" % pick(r, [100, 500, 1000]), "online-mode = true", "",
             "# Should we forward IP addresses and other data to backend servers?",
             'player-info-forwarding-mode = "modern"', "",
             "# If you are using modern or BungeeGuard IP forwarding, configure a unique secret here.",
             "forwarding-secret = %s" % ex(v, "dq", "VELOCITY_FORWARDING_SECRET"), "",
             "announce-forge = false", "kick-existing-players = false", "ping-passthrough = \"DISABLED\"", "",
             "[servers]"]
    for i, s in enumerate(servers):
        lines.append('%s = "127.0.0.1:%d"' % (s, 30066 + i))
    lines += ['try = ["%s"]' % servers[0], "", "[forced-hosts]",
              '"%s" = ["%s"]' % ("lobby." + domain(r), servers[0]), "", "[advanced]",
              "compression-threshold = 256", "compression-level = -1", "login-ratelimit = 3000",
              "connection-timeout = 5000", "read-timeout = 30000", "haproxy-protocol = false",
              "", "[query]", "enabled = false", "port = 25577", 'map = "Velocity"', "show-plugins = false"]
    return pick(r, ["velocity.toml", "proxy/velocity.toml", "velocity/velocity.toml"]), "toml", J(lines)


@tpl("velocity_forwarding_secret_file", "velocity", "velocity_forwarding_secret", False)
def t_forwarding_secret(r, v, c):
    val = "${VELOCITY_FORWARDING_SECRET}" if v.env else v.lit
    return pick(r, ["forwarding.secret", "proxy/forwarding.secret", "velocity/forwarding.secret"]), "secret-file", val + ("\n" if r.random() < 0.5 else "")


@tpl("paper_global_yml", "paper", "velocity_forwarding_secret", True)
def t_paper_global(r, v, c):
    q = pick(r, ["'%s'", '"%s"', "%s"])
    val = q % (v.lit if not v.env else "${VELOCITY_SECRET}")
    lines = ["# This is the global configuration file for Paper.",
             "# As you can see, there's a lot to configure. Some options may impact gameplay, so use",
             "# with caution, and make sure you know what each option does before configuring.",
             "", "_version: %d" % r.randrange(28, 31), "async-chunks:", "  threads: -1", "chunk-loading-basic:",
             "  player-max-chunk-generate-rate: -1.0", "  player-max-chunk-load-rate: 100.0",
             "chunk-system:", "  gen-parallelism: default", "  io-threads: -1", "  worker-threads: -1",
             "messages:", "  kick:", "    authentication-servers-down: <lang:multiplayer.disconnect.authservers_down>",
             "    connection-throttle: Connection throttled! Please wait before reconnecting.",
             "proxies:", "  bungee-cord:", "    online-mode: true", "  proxy-protocol: false", "  velocity:",
             "    enabled: true", "    online-mode: true", "    secret: " + val,
             "scoreboards:", "  save-empty-scoreboard-teams: false", "  track-plugin-scoreboards: false",
             "timings:", "  enabled: false", "watchdog:", "  early-warning-delay: 10000", "  early-warning-every: 5000"]
    return pick(r, ["config/paper-global.yml", "survival/config/paper-global.yml", "servers/lobby/config/paper-global.yml"]), "yaml", J(lines)


@tpl("bungeeguard_yml", "bungeeguard", "bungeeguard_token", True)
def t_bungeeguard(r, v, c):
    val = v.lit if not v.env else "${BUNGEEGUARD_TOKEN}"
    if r.random() < 0.5:
        lines = ["# BungeeGuard Configuration", "", "# Allowed authentication tokens.", "allowed-tokens:",
                 '  - "%s"' % val]
        path = pick(r, ["plugins/BungeeGuard/config.yml", "survival/plugins/BungeeGuard/config.yml"])
    else:
        lines = ["# BungeeGuard - proxy side", "#", "# The token below is sent to backend servers with every login.",
                 "# Copy it into plugins/BungeeGuard/config.yml (allowed-tokens) on each backend.", "#",
                 "token: %s" % val]
        path = "proxy/plugins/BungeeGuard/token.yml"
    return path, "yaml", J(lines)


@tpl("luckperms_yml", "luckperms", "db_password", True)
def t_luckperms(r, v, c):
    q = pick(r, ["'%s'", '"%s"'])
    val = q % (v.lit if not v.env else "${LP_DB_PASSWORD}")
    lines = ["####################################################################################################",
             "# +----------------------------------------------------------------------------------------------+ #",
             "# |                                       LuckPerms Configuration                                | #",
             "# +----------------------------------------------------------------------------------------------+ #",
             "####################################################################################################",
             "", "# The name of the server, used for server specific permissions.",
             "server: %s" % pick(r, ["global", "survival", "lobby", "skyblock"]), "",
             "# If users on this server should have their global permissions applied.",
             "include-global: true", "", "storage-method: %s" % pick(r, ["MySQL", "MariaDB", "PostgreSQL"]), "",
             "data:", "  # Define the address and port for the database.",
             "  address: %s" % pick(r, ["localhost", "127.0.0.1:3306", "db.internal:3306", private_ip(r)]),
             "  database: %s" % pick(r, ["luckperms", "minecraft", "lp_data"]),
             "  username: '%s'" % pick(r, ["luckperms", "minecraft", "lp_user"]),
             "  password: " + val, "", "  pool-settings:", "    maximum-pool-size: 10",
             "    minimum-idle: 10", "    maximum-lifetime: 1800000", "    keepalive-time: 0",
             "    connection-timeout: 5000", "    properties:", "      useUnicode: true",
             "      characterEncoding: utf8", "", "  table-prefix: 'luckperms_'",
             "", "messaging-service: %s" % pick(r, ["auto", "sql", "pluginmsg"]), "auto-push: true",
             "push-log-entries: true", "broadcast-received-log-entries: true"]
    return pick(r, ["plugins/LuckPerms/config.yml", "lobby/plugins/LuckPerms/config.yml", "proxy/plugins/luckperms/config.yml"]), "yaml", J(lines)


@tpl("discordsrv_yml", "discord", "discord_bot_token", True)
def t_discordsrv(r, v, c):
    val = v.lit if not v.env else "${DISCORD_BOT_TOKEN}"
    lines = ["# DiscordSRV configuration", "#", "# Bot token: the token of your bot, from https://discord.com/developers/applications",
             "BotToken: \"%s\"" % val, "", "# Channels: the in-game channel to Discord channel id links",
             "Channels: {\"global\": \"%s\", \"staff\": \"%s\"}" % (snowflake(r), snowflake(r)), "",
             "DiscordConsoleChannelId: \"%s\"" % snowflake(r), "DiscordConsoleChannelLevels: [info, warn, error]", "",
             "DiscordGameStatus: [\"Minecraft\", \"play.%s\"]" % domain(r),
             "DiscordChatChannelDiscordToMinecraft: true", "DiscordChatChannelMinecraftToDiscord: true",
             "DiscordChatChannelTruncateLength: 256", "Experiment_WebhookChatMessageDelivery: %s" % pick(r, ["true", "false"]),
             "ForcedLanguage: none", "DebugLevel: 0"]
    return pick(r, ["plugins/DiscordSRV/config.yml", "survival/plugins/DiscordSRV/config.yml"]), "yaml", J(lines)


@tpl("java_rcon_client", "minecraft", "rcon_password", False)
def t_java_rcon(r, v, c):
    pkg = "net.%s.%s" % (pick(r, WORDS), pick(r, ["tools", "bridge", "admin", "ops"]))
    cls = pick(r, ["RestartTask", "RconBridge", "BackupScheduler", "WhitelistSync"])
    host = pick(r, ["127.0.0.1", "mc.internal", private_ip(r)])
    lines = ["package %s;" % pkg, "", "import java.io.IOException;", "import java.util.List;",
             "import java.util.concurrent.TimeUnit;", "import nl.vv32.rcon.Rcon;", "", "/**",
             " * Sends scheduled commands to the game server through RCON.", " */",
             "public final class %s implements Runnable {" % cls, "",
             "    private static final List<String> WARN = List.of(\"say Restart in 5 minutes\", \"say Restart in 1 minute\");",
             "", "    @Override", "    public void run() {",
             "        try (Rcon rcon = Rcon.open(\"%s\", %d)) {" % (host, pick(r, [25575, 25576])),
             "            if (!rcon.authenticate(%s)) {" % ex(v, "java", "RCON_PASSWORD"),
             "                throw new IllegalStateException(\"rcon auth failed\");", "            }",
             "            for (String cmd : WARN) {", "                rcon.sendCommand(cmd);",
             "                TimeUnit.MINUTES.sleep(4);", "            }",
             "            rcon.sendCommand(\"save-all flush\");", "            rcon.sendCommand(\"stop\");",
             "        } catch (IOException | InterruptedException e) {",
             "            Thread.currentThread().interrupt();", "        }", "    }", "}"]
    return "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls), "java", J(lines)


@tpl("python_mcrcon", "minecraft", "rcon_password", False)
def t_py_mcrcon(r, v, c):
    host = pick(r, ["127.0.0.1", "localhost", "mc.%s" % domain(r)])
    lines = ["#!/usr/bin/env python3", '"""Nightly whitelist sync from the members sheet."""', "",
             "import csv", "import sys", "" if not v.env else "import os", "", "from mcrcon import MCRcon", "",
             "SHEET = %r" % pick(r, ["members.csv", "data/whitelist.csv", "/srv/mc/members.csv"]), "", "",
             "def main():", "    with open(SHEET, newline=\"\") as fh:",
             "        names = [row[\"ign\"].strip() for row in csv.DictReader(fh) if row.get(\"ign\")]",
             "    with MCRcon(%r, %s, port=%d) as mcr:" % (host, ex(v, "py", "RCON_PASSWORD"), pick(r, [25575, 25576])),
             "        for name in names:", "            print(mcr.command(\"whitelist add \" + name))",
             "        mcr.command(\"whitelist reload\")", "    return 0", "", "",
             'if __name__ == "__main__":', "    sys.exit(main())"]
    return pick(r, ["scripts/sync_whitelist.py", "tools/whitelist_sync.py", "bot/rcon_sync.py"]), "python", J(lines)


@tpl("helm_values", "minecraft", "rcon_password", True)
def t_helm_values(r, v, c):
    val = ex(v, "dq", "RCON_PASSWORD")
    lines = ["# values for the itzg/minecraft chart", "resources:", "  requests:", "    memory: %dGi" % r.randrange(2, 9),
             "    cpu: %dm" % pick(r, [500, 1000, 2000]), "", "minecraftServer:", "  eula: \"TRUE\"",
             "  version: \"%s\"" % mc_version(r), "  type: \"PAPER\"", "  difficulty: normal",
             "  motd: \"%s\"" % net_name(r), "  serviceType: LoadBalancer", "  rcon:", "    enabled: true",
             "    port: 25575", "    password: %s" % val, "    serviceType: ClusterIP", "",
             "persistence:", "  dataDir:", "    enabled: true", "    Size: %dGi" % pick(r, [10, 20, 50])]
    return pick(r, ["k8s/minecraft/values.yaml", "helm/values-prod.yaml", "charts/mc/values.yaml"]), "yaml", J(lines)


@tpl("redisbungee_yml", "redis", "redis_password", True)
def t_redisbungee(r, v, c):
    val = v.lit if not v.env else "${REDIS_PASSWORD}"
    lines = ["# RedisBungee configuration", "", "# The Redis server you use.",
             "redis-server: %s" % pick(r, ["127.0.0.1", "redis.internal", private_ip(r)]),
             "redis-port: 6379", "", "# OPTIONAL: If your Redis server uses AUTH, set the password required.",
             "redis-password: %s" % pick(r, ["\"%s\"", "'%s'", "%s"]) % val,
             "max-redis-connections: 10", "useSSL: false", "",
             "# An identifier for this BungeeCord / Velocity instance. Will randomly generate if leaving it blank.",
             "proxy-id: \"%s\"" % pick(r, ["proxy-1", "bungee-eu", "velocity-a"]), "",
             "register-legacy-commands: false", "restore-players-when-proxy-id-is-changed: true",
             "exempt-ip-addresses: []"]
    return pick(r, ["plugins/RedisBungee/config.yml", "proxy/plugins/RedisBungee/config.yml"]), "yaml", J(lines)


@tpl("craftingstore_yml", "craftingstore", "craftingstore_token", True)
def t_craftingstore(r, v, c):
    val = v.lit if not v.env else "${CRAFTINGSTORE_TOKEN}"
    lines = ["# CraftingStore - https://craftingstore.net", "",
             "api-key: \"%s\"" % val, "debug: false", "prefix: \"&8[&6Store&8] &7\"",
             "disable-buy-command: false", "buy-command: \"buy\"", "",
             "# How often (minutes) to check for pending donations", "check-interval: %d" % r.randrange(1, 6)]
    return pick(r, ["plugins/CraftingStore/config.yml", "survival/plugins/CraftingStore/config.yml"]), "yaml", J(lines)


@tpl("tebex_mc_yml", "tebex", "tebex_secret", True)
def t_tebex_yml(r, v, c):
    val = v.lit if not v.env else "${TEBEX_SECRET}"
    lines = ["# Tebex plugin configuration", "verbose: false", "check-for-updates: true", "", "server:",
             "  secret-key: \"%s\"" % val, "  proxy: false", "", "buy-command:", "  enabled: true",
             "  name: buy", "", "  # Use the GUI instead of the store link", "  gui: %s" % pick(r, ["true", "false"]),
             "", "auto-report-enabled: true"]
    return pick(r, ["plugins/Tebex/config.yml", "lobby/plugins/Tebex/config.yml"]), "yaml", J(lines)


@tpl("dynmap_mysql", "dynmap", "db_password", True)
def t_dynmap(r, v, c):
    val = v.lit if not v.env else "${DYNMAP_DB_PASSWORD}"
    lines = ["# All paths in this configuration file are relative to Dynmap's data-folder: minecraft_server/plugins/dynmap/",
             "", "# All map templates are defined in the templates directory",
             "deftemplatesuffix: %s" % pick(r, ["hires", "vlowres", "lowres"]), "",
             "# Map storage scheme: only uncomment one 'type' value", "storage:",
             "  #type: filetree", "  type: mysql", "  hostname: %s" % pick(r, ["localhost", "db", private_ip(r)]),
             "  port: 3306", "  database: dynmap", "  userid: dynmap", "  password: %s" % val, "  prefix: \"\"",
             "  flags: \"?allowReconnect=true&autoReconnect=true\"", "",
             "components:", "  - class: org.dynmap.ClientConfigurationComponent",
             "  - class: org.dynmap.InternalClientUpdateComponent", "    sendhealth: true", "    sendposition: true",
             "    allowwebchat: true", "    webchat-interval: 5", "    hidewebchatip: false"]
    return pick(r, ["plugins/dynmap/configuration.txt"]), "yaml", J(lines)


@tpl("kotlin_webhook_const", "discord", "discord_webhook", False)
def t_kotlin_webhook(r, v, c):
    pkg = "gg.%s.%s" % (pick(r, WORDS), pick(r, ["reports", "audit", "events"]))
    var = pick(r, ["ENDPOINT", "REPORT_TARGET", "AUDIT_SINK", "TARGET_URL"])
    lines = ["package %s" % pkg, "", "import java.net.URI", "import java.net.http.HttpClient",
             "import java.net.http.HttpRequest", "import java.net.http.HttpResponse", "",
             "object ReportForwarder {", "    private val http = HttpClient.newHttpClient()",
             "    private val %s = %s" % (var, ex(v, "kt", "REPORT_WEBHOOK_URL")), "",
             "    fun forward(reporter: String, target: String, reason: String) {",
             "        val body = \"\"\"{\"content\":\"**$reporter** reported **$target**: ${reason.take(180)}\"}\"\"\"",
             "        val req = HttpRequest.newBuilder(URI.create(%s))" % var,
             "            .header(\"Content-Type\", \"application/json\")",
             "            .POST(HttpRequest.BodyPublishers.ofString(body))", "            .build()",
             "        http.sendAsync(req, HttpResponse.BodyHandlers.discarding())", "    }", "}"]
    return "src/main/kotlin/%s/ReportForwarder.kt" % pkg.replace(".", "/"), "kotlin", J(lines)


@tpl("systemd_mc", "minecraft", "rcon_password", True)
def t_systemd(r, v, c):
    val = v.lit if not v.env else "${RCON_PASSWORD}"
    user = pick(r, ["minecraft", "mc", "gameserver"])
    lines = ["[Unit]", "Description=Minecraft server %i", "After=network-online.target", "Wants=network-online.target", "",
             "[Service]", "User=%s" % user, "WorkingDirectory=/opt/minecraft/%i",
             "Environment=\"MC_RCON_PASSWORD=%s\"" % val, "Environment=\"JAVA_OPTS=-Xms%dG -Xmx%dG\"" % ((4,) * 2),
             "ExecStart=/usr/bin/java $JAVA_OPTS -jar server.jar nogui",
             "ExecStop=/usr/local/bin/mcrcon -H 127.0.0.1 -P 25575 stop",
             "Restart=on-failure", "RestartSec=20", "Nice=%d" % r.randrange(0, 5), "", "[Install]", "WantedBy=multi-user.target"]
    return pick(r, ["deploy/minecraft@.service", "systemd/minecraft@.service", "etc/systemd/system/minecraft@.service"]), "systemd", J(lines)


@tpl("backup_sh_rcon", "minecraft", "rcon_password", False)
def t_backup_sh(r, v, c):
    val = ex(v, "sq", "RCON_PASSWORD") if not v.env else '"${RCON_PASSWORD}"'
    lines = ["#!/usr/bin/env bash", "# hourly world backup, called from cron", "set -euo pipefail", "",
             "WORLD_DIR=/srv/minecraft/%s" % pick(r, ["world", "survival", "data/world"]),
             "DEST=/mnt/backups/mc", "STAMP=$(date +%Y%m%d-%H%M)", "",
             "rc() { mcrcon -H %s -P %d -p %s \"$@\"; }" % (pick(r, ["127.0.0.1", "localhost"]), pick(r, [25575, 25576]), val), "",
             "rc \"say Backup starting...\" save-off \"save-all flush\"", "sleep 5",
             "tar -czf \"$DEST/world-$STAMP.tar.gz\" -C \"$(dirname \"$WORLD_DIR\")\" \"$(basename \"$WORLD_DIR\")\"",
             "rc save-on \"say Backup finished.\"", "",
             "find \"$DEST\" -name 'world-*.tar.gz' -mtime +%d -delete" % r.randrange(3, 15)]
    return pick(r, ["scripts/backup.sh", "bin/backup-world.sh", "cron/backup.sh"]), "shell", J(lines)


@tpl("rclone_conf", "aws", "aws_secret_access_key", True)
def t_rclone(r, v, c):
    akid = c.get("akid", "${AWS_ACCESS_KEY_ID}")
    val = v.lit if not v.env else "${AWS_SECRET_ACCESS_KEY}"
    lines = ["# rclone remote for off-site world backups", "[mc-backups]", "type = s3", "provider = AWS",
             "env_auth = false", "access_key_id = %s" % akid, "secret_access_key = %s" % val,
             "region = %s" % pick(r, ["eu-central-1", "us-east-1", "us-west-2", "eu-west-1"]),
             "location_constraint = ", "acl = private", "storage_class = STANDARD_IA", "",
             "[local-cache]", "type = alias", "remote = /mnt/backups/mc"]
    return pick(r, ["ops/rclone.conf", ".config/rclone/rclone.conf", "backup/rclone.conf"]), "ini", J(lines)


@tpl("runbook_md_rcon", "minecraft", "rcon_password", True)
def t_runbook(r, v, c):
    val = v.lit if not v.env else "$RCON_PASSWORD"
    lines = ["# %s - ops runbook" % net_name(r), "", "## Restarting the survival server", "",
             "1. Announce in #announcements at least 10 minutes ahead.",
             "2. SSH to `%s` as `mc`." % ("node%d.%s" % (r.randrange(1, 5), domain(r))),
             "3. Use RCON rather than killing the container:", "", "```sh",
             "mcrcon -H 127.0.0.1 -P 25575 -p '%s' \"save-all flush\" stop" % val, "```", "",
             "RCON password (survival): `%s`" % val if r.random() < 0.5 else "", "",
             "## Player reports", "", "Reports land in #staff-reports. Check CoreProtect with `/co i` before banning.", "",
             "## Contacts", "", "- Owner: %s" % player_name(r), "- Dev: %s" % player_name(r)]
    return pick(r, ["notes/runbook.md", "docs/ops.md", "RUNBOOK.md", "wiki/restarts.md"]), "markdown", J(lines)


# ------------------------- Pterodactyl / Pelican / AMP ----------------------
@tpl("ptero_env", "pterodactyl", "ptero_application_key", True)
def t_ptero_env(r, v, c):
    val = v.lit if not v.env else "${PTERO_APP_KEY}"
    var = pick(r, ["PTERODACTYL_API_KEY", "PTERO_APPLICATION_KEY", "PANEL_APP_KEY", "PTERODACTYL_APP_TOKEN"])
    lines = ["# billing bridge", "APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://billing.%s" % domain(r), "",
             "PTERODACTYL_URL=%s" % panel_url(r), "%s=%s" % (var, val),
             "PTERODACTYL_DEFAULT_NODE=%d" % r.randrange(1, 9), "PTERODACTYL_DEFAULT_EGG=%d" % r.randrange(1, 30), "",
             "DB_CONNECTION=sqlite", "DB_DATABASE=storage/billing.sqlite", "QUEUE_CONNECTION=database", "LOG_LEVEL=info"]
    return pick(r, [".env", "billing/.env", "services/provisioner/.env"]), "dotenv", J(lines)


@tpl("ptero_py_client", "pterodactyl", "ptero_client_key", False)
def t_ptero_py(r, v, c):
    srv = hexs(r, 8)
    lines = ["import time", "import requests", "" if not v.env else "import os", "",
             "PANEL = %r" % panel_url(r), "SERVER = %r  # short identifier from the panel URL" % srv, "",
             "session = requests.Session()", "session.headers.update({",
             "    \"Accept\": \"Application/vnd.pterodactyl.v1+json\",",
             ("    \"Authorization\": \"Bearer %s\"," % v.lit) if not v.env else "    \"Authorization\": \"Bearer \" + os.environ[\"PTERO_CLIENT_KEY\"],",
             "})", "", "", "def send(cmd):",
             "    r = session.post(f\"{PANEL}/api/client/servers/{SERVER}/command\", json={\"command\": cmd}, timeout=10)",
             "    r.raise_for_status()", "", "", "def restart(warn_minutes=%d):" % r.randrange(2, 11),
             "    send(f\"say Server restarting in {warn_minutes} minutes\")", "    time.sleep(warn_minutes * 60)",
             "    session.post(f\"{PANEL}/api/client/servers/{SERVER}/power\", json={\"signal\": \"restart\"}, timeout=10)",
             "", "", "if __name__ == \"__main__\":", "    restart()"]
    return pick(r, ["scripts/restart.py", "tools/ptero_restart.py", "bot/panel.py"]), "python", J(lines)


@tpl("ptero_node_client", "pterodactyl", "ptero_client_key", False)
def t_ptero_node(r, v, c):
    lines = ["'use strict';", "", "const axios = require('axios');", "",
             "const panel = axios.create({", "  baseURL: '%s/api/client'," % panel_url(r),
             "  headers: { Accept: 'application/json' },", "});", "",
             "// status poller for the #server-status channel",
             "async function status(id, key) {",
             "  const { data } = await panel.get(`/servers/${id}/resources`, {",
             "    headers: { Authorization: `Bearer ${key}` },", "  });",
             "  return data.attributes.current_state;", "}", "",
             "module.exports = () => status('%s', %s);" % (hexs(r, 8), ex(v, "js", "PTERO_CLIENT_KEY"))]
    return pick(r, ["src/panel.js", "lib/status.js", "bot/pterodactyl.js"]), "javascript", J(lines)


@tpl("pelican_ts_config", "pelican", "pelican_application_key", True)
def t_pelican_ts(r, v, c):
    lines = ["// provisioning settings", "export const config = {",
             "  panelUrl: '%s'," % panel_url(r), "  pelicanApiKey: %s," % ex(v, "js", "PELICAN_API_KEY"),
             "  nodeId: %d," % r.randrange(1, 6), "  defaultEgg: %d," % r.randrange(1, 20),
             "  defaultLimits: { memory: %d, swap: 0, disk: %d, io: 500, cpu: %d }," % (pick(r, [2048, 4096, 8192]), pick(r, [10240, 20480]), pick(r, [100, 200])),
             "  featureLimits: { databases: 1, backups: %d, allocations: 1 }," % r.randrange(1, 6), "} as const;", "",
             "export type Config = typeof config;"]
    return pick(r, ["src/config.ts", "provisioner/config.ts", "app/config/pelican.ts"]), "typescript", J(lines)


@tpl("pelican_client_py", "pelican", "pelican_client_key", False)
def t_pelican_py(r, v, c):
    lines = ["\"\"\"Upload the freshly built plugin jar to the staging server.\"\"\"", "import pathlib", "import sys", "",
             "import httpx", "import os" if v.env else "", "",
             "BASE = %r" % panel_url(r), "", "",
             "def client(key: str) -> httpx.Client:",
             "    return httpx.Client(base_url=BASE, headers={\"Authorization\": f\"Bearer {key}\"}, timeout=30)", "", "",
             "def upload(c: httpx.Client, server: str, jar: pathlib.Path) -> None:",
             "    url = c.get(f\"/api/client/servers/{server}/files/upload\").json()[\"attributes\"][\"url\"]",
             "    with jar.open(\"rb\") as fh:",
             "        httpx.post(url, params={\"directory\": \"/plugins\"}, files={\"files\": (jar.name, fh)})", "", "",
             "if __name__ == \"__main__\":",
             "    with client(%s) as c:" % ex(v, "py2", "PELICAN_CLIENT_KEY"),
             "        upload(c, %r, pathlib.Path(sys.argv[1]))" % hexs(r, 8)]
    return pick(r, ["scripts/deploy_jar.py", "ci/upload_plugin.py"]), "python", J(lines)


@tpl("wings_config", "pterodactyl", "wings_token", True)
def t_wings(r, v, c):
    tid = c.get("token_id") or rs(r, 16)
    val = v.lit if not v.env else "${WINGS_TOKEN}"
    lines = ["debug: false", "app_name: Pterodactyl", "uuid: %s" % uuid4(r), "token_id: %s" % tid, "token: %s" % val,
             "api:", "  host: 0.0.0.0", "  port: 8080", "  ssl:", "    enabled: true",
             "    cert: /etc/letsencrypt/live/node%d.%s/fullchain.pem" % (r.randrange(1, 9), domain(r)),
             "    key: /etc/letsencrypt/live/node1/privkey.pem", "  upload_limit: 100",
             "system:", "  data: /var/lib/pterodactyl/volumes", "  sftp:", "    bind_port: 2022",
             "allowed_mounts: []", "remote: '%s'" % panel_url(r)]
    return pick(r, ["etc/pterodactyl/config.yml", "wings/config.yml", "ansible/files/wings-config.yml"]), "yaml", J(lines)


@tpl("ptero_gha_workflow", "pterodactyl", "ptero_client_key", False)
def t_ptero_gha(r, v, c):
    val = v.lit if not v.env else "${{ secrets.PTERO_KEY }}"
    srv = hexs(r, 8)
    lines = ["name: deploy-plugin", "", "on:", "  push:", "    branches: [main]", "", "jobs:", "  build:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-java@v4", "        with:", "          distribution: temurin",
             "          java-version: '21'", "      - run: ./gradlew shadowJar", "      - name: restart staging",
             "        run: |", "          curl -fsS -X POST \\",
             "            -H \"Authorization: Bearer %s\" \\" % val,
             "            -H 'Content-Type: application/json' \\",
             "            -d '{\"signal\":\"restart\"}' \\", "            %s/api/client/servers/%s/power" % (panel_url(r), srv)]
    return ".github/workflows/%s" % pick(r, ["deploy.yml", "staging.yml", "release.yml"]), "github-actions", J(lines)


@tpl("ptero_egg_json", "steam", "gslt", False)
def t_egg(r, v, c):
    val = v.lit if not v.env else "${STEAM_ACC}"
    game = pick(r, [("Garry's Mod", "garrysmod", 4020), ("Counter-Strike 2", "cs2", 730), ("Team Fortress 2", "tf", 232250)])
    egg = {
        "_comment": "DO NOT EDIT: FILE GENERATED AUTOMATICALLY BY PTERODACTYL PANEL - PTERODACTYL.IO",
        "meta": {"version": "PTDL_v2", "update_url": None},
        "exported_at": "20%02d-%02d-%02dT%02d:%02d:%02d+00:00" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60)),
        "name": game[0] + " (community)", "author": "ops@" + domain(r),
        "description": "Custom egg for %s with our default workshop collection." % game[0],
        "features": ["gsl_token", "steam_disk_space"], "docker_images": {"ghcr.io/parkervcp/games:source": "ghcr.io/parkervcp/games:source"},
        "startup": "./srcds_run -game %s -console -port {{SERVER_PORT}} +map {{SRCDS_MAP}} +sv_setsteamaccount {{STEAM_ACC}} -strictportbind -norestart" % game[1],
        "config": {"files": "{}", "startup": "{\r\n    \"done\": \"gameserver Steam ID\"\r\n}", "logs": "{}", "stop": "quit"},
        "variables": [
            {"name": "Map", "description": "The default map for the server.", "env_variable": "SRCDS_MAP",
             "default_value": "gm_construct", "user_viewable": True, "user_editable": True, "rules": "required|string|alpha_dash", "field_type": "text"},
            {"name": "Steam Account Token", "description": "The Steam Account Token required for the server to be displayed publicly.",
             "env_variable": "STEAM_ACC", "default_value": val, "user_viewable": True, "user_editable": True,
             "rules": "required|string|alpha_num|size:32", "field_type": "text"},
            {"name": "Source AppID", "description": "Required for game to update on server restart.", "env_variable": "SRCDS_APPID",
             "default_value": str(game[2]), "user_viewable": False, "user_editable": False, "rules": "required|string|max:20", "field_type": "text"},
        ],
    }
    return pick(r, ["eggs/egg-%s.json" % game[1], "pterodactyl/eggs/%s.json" % game[1]]), "json", json.dumps(egg, indent=4) + "\n"


@tpl("amp_py_login", "amp", "amp_password", True)
def t_amp(r, v, c):
    user = pick(r, ["admin", "ops", "amp-bot", "serverbot"])
    lines = ["import requests", "import os" if v.env else "", "",
             "AMP = %r" % ("https://amp.%s" % domain(r)), "", "",
             "def login():", "    payload = {", "        \"username\": %r," % user,
             "        \"password\": %s," % ex(v, "py", "AMP_PASSWORD"), "        \"token\": \"\",",
             "        \"rememberMe\": False,", "    }",
             "    res = requests.post(AMP + \"/API/Core/Login\", json=payload, headers={\"Accept\": \"application/json\"})",
             "    res.raise_for_status()", "    return res.json()[\"sessionID\"]", "", "",
             "def start_instance(session, name):",
             "    return requests.post(AMP + \"/API/ADSModule/StartInstance\", json={\"SESSIONID\": session, \"InstanceName\": name})"]
    return pick(r, ["amp/amp_client.py", "tools/amp.py"]), "python", J(lines)


# --------------------------------- Discord ---------------------------------
@tpl("discord_py_bot_run", "discord", "discord_bot_token", False)
def t_dpy(r, v, c):
    gid = snowflake(r)
    lines = ["import discord", "from discord.ext import commands", "import os" if v.env else "", "",
             "intents = discord.Intents.default()", "intents.message_content = True",
             "bot = commands.Bot(command_prefix=%r, intents=intents)" % pick(r, ["!", "?", "mc!", "."]), "",
             "GUILD_ID = %s" % gid, "STATUS_CHANNEL = %s" % snowflake(r), "", "",
             "@bot.event", "async def on_ready():", "    print(f\"logged in as {bot.user} ({bot.user.id})\")", "", "",
             "@bot.command()", "async def ip(ctx):", "    await ctx.send(\"play.%s\")" % domain(r), "", "",
             "bot.run(%s)" % ex(v, "py", "DISCORD_TOKEN")]
    return pick(r, ["bot.py", "discord_bot/main.py", "bot/__main__.py"]), "python", J(lines)


@tpl("discord_js_login", "discord", "discord_bot_token", False)
def t_djs(r, v, c):
    lines = ["const { Client, GatewayIntentBits, Events } = require('discord.js');", "",
             "const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });", "",
             "const LINK_CHANNEL = '%s';" % snowflake(r), "",
             "client.once(Events.ClientReady, (c) => {", "  console.log(`Ready! Logged in as ${c.user.tag}`);", "});", "",
             "client.on(Events.MessageCreate, async (msg) => {", "  if (msg.channelId !== LINK_CHANNEL || msg.author.bot) return;",
             "  if (msg.content.startsWith('!link ')) {", "    await msg.reply('Check your in-game chat for the code.');", "  }", "});", "",
             "client.login(%s);" % ex(v, "js", "DISCORD_TOKEN")]
    return pick(r, ["index.js", "src/bot.js", "discord/index.js"]), "javascript", J(lines)


@tpl("discord_env", "discord", "discord_bot_token", True)
def t_denv(r, v, c):
    val = v.lit if not v.env else "${BOT_TOKEN}"
    var = pick(r, ["DISCORD_TOKEN", "BOT_TOKEN", "DISCORD_BOT_TOKEN"])
    lines = ["# discord bridge", "%s=%s" % (var, val), "GUILD_ID=%s" % snowflake(r), "CLIENT_ID=%s" % snowflake(r),
             "LOG_CHANNEL_ID=%s" % snowflake(r), "", "RCON_HOST=127.0.0.1", "RCON_PORT=25575", "RCON_PASSWORD=",
             "NODE_ENV=production"]
    return pick(r, [".env", "bot/.env", "discord-bridge/.env"]), "dotenv", J(lines)


@tpl("discord_config_json", "discord", "discord_bot_token", True)
def t_djson(r, v, c):
    val = v.lit if not v.env else "${DISCORD_TOKEN}"
    d = {"token": val, "clientId": snowflake(r), "guildId": snowflake(r), "prefix": pick(r, ["!", "-", "?"]),
         "channels": {"status": snowflake(r), "logs": snowflake(r)},
         "minecraft": {"host": "play." + domain(r), "port": 25565}, "embedColor": "#%06x" % r.randrange(0xFFFFFF)}
    if r.random() < 0.5:
        d = {k: d[k] for k in ["clientId", "guildId", "token", "prefix", "channels", "minecraft", "embedColor"]}
    return pick(r, ["config.json", "bot/config.json", "src/config.json"]), "json", json.dumps(d, indent=pick(r, [2, 4])) + "\n"


@tpl("fivem_lua_webhook", "discord", "discord_webhook", False)
def t_fivem_lua(r, v, c):
    lines = ["Config = {}", "", "Config.Locale = '%s'" % pick(r, ["en", "de", "fr", "nl"]),
             "Config.Framework = '%s'" % pick(r, ["qbcore", "esx", "qbox"]), "",
             "-- logging", "Config.Logs = {", "    enabled = true,",
             "    url = %s," % ex(v, "lua", "LOGS_WEBHOOK"), "    color = %d," % r.randrange(0xFFFFFF),
             "    name = '%s Logs'," % net_name(r), "}", "", "Config.Jobs = {",
             "    ['police'] = { label = 'LSPD', grades = 6 },", "    ['ambulance'] = { label = 'EMS', grades = 4 },",
             "}", "", "Config.PayInterval = %d -- minutes" % r.randrange(5, 31)]
    res = pick(r, ["qb-logs", "mx_admin", "rp-core", "drp_jobs"])
    return "resources/[%s]/%s/config.lua" % (pick(r, ["local", "standalone", "qb"]), res), "lua", J(lines)


@tpl("gha_discord_notify", "discord", "discord_webhook", False)
def t_gha_discord(r, v, c):
    val = v.lit if not v.env else "${{ secrets.DISCORD_WEBHOOK }}"
    lines = ["name: release", "on:", "  release:", "    types: [published]", "jobs:", "  announce:",
             "    runs-on: ubuntu-latest", "    steps:", "      - name: announce on discord", "        run: |",
             "          curl -sS -H 'Content-Type: application/json' \\",
             "            -d \"{\\\"content\\\": \\\"New release ${{ github.event.release.tag_name }} is out!\\\"}\" \\",
             "            \"%s\"" % val]
    return ".github/workflows/%s" % pick(r, ["announce.yml", "release.yml", "notify.yml"]), "github-actions", J(lines)


@tpl("oxide_discord_json", "discord", "discord_webhook", True)
def t_oxide_json(r, v, c):
    val = v.lit if not v.env else "${DISCORD_WEBHOOK}"
    d = {"Discord Webhook URL": val, "Log Kills": r.random() < 0.5, "Log Chat": True,
         "Embed Color": r.randrange(0xFFFFFF), "Server Name": net_name(r),
         "Ignored SteamIDs": [steam64(r)]}
    return "oxide/config/%s.json" % pick(r, ["DiscordLogger", "AdminLogs", "DiscordChat"]), "json", json.dumps(d, indent=2) + "\n"


# ----------------------------- Steam / Source ------------------------------
@tpl("source_server_cfg_rcon", "source", "rcon_password", True)
def t_src_cfg(r, v, c):
    lines = ["// server.cfg", "hostname \"%s | %s\"" % (net_name(r), pick(r, ["24/7 Dust2", "Casual", "Surf", "Jailbreak", "Retakes"])),
             "sv_password \"\"", "rcon_password %s" % ex(v, "cfgq", "RCON_PASSWORD"),
             "sv_lan 0", "sv_region %d" % pick(r, [0, 1, 3, 255]), "sv_cheats 0", "mp_autoteambalance 1",
             "mp_limitteams 1", "mp_maxrounds %d" % pick(r, [16, 24, 30]), "mp_roundtime %s" % pick(r, ["1.92", "2", "5"]),
             "sv_tags \"%s\"" % pick(r, ["casual,community", "surf,timer", "retakes,128tick"]),
             "sv_logfile 1", "log on", "// exec banned lists", "exec banned_user.cfg", "exec banned_ip.cfg", "writeid", "writeip"]
    return pick(r, ["cfg/server.cfg", "csgo/cfg/server.cfg", "game/csgo/cfg/server.cfg", "tf/cfg/server.cfg", "garrysmod/cfg/server.cfg"]), "source-cfg", J(lines)


@tpl("autoexec_gslt", "steam", "gslt", False)
def t_autoexec(r, v, c):
    val = v.lit if not v.env else "$STEAM_ACC"
    lines = ["// autoexec.cfg - runs before server.cfg", "log on", "sv_logbans 1",
             "sv_setsteamaccount %s" % val, "host_workshop_collection %s" % workshop_id(r),
             "sv_downloadurl \"https://fastdl.%s/tf/\"" % domain(r), "sv_allowdownload 1", "sv_allowupload 0", "net_maxfilesize 64"]
    return pick(r, ["tf/cfg/autoexec.cfg", "cfg/autoexec.cfg", "csgo/cfg/autoexec.cfg"]), "source-cfg", J(lines)


@tpl("lgsm_gslt", "linuxgsm", "gslt", True)
def t_lgsm_gslt(r, v, c):
    g = pick(r, ["csgoserver", "gmodserver", "tf2server", "cssserver", "insserver"])
    val = ex(v, "dq", "GSLT")
    lines = ["##################################", "######## Instance Settings ########", "##################################",
             "# PLACE INSTANCE SETTINGS HERE", "## These settings will apply to a specific instance.", "",
             "ip=\"0.0.0.0\"", "port=\"%d\"" % pick(r, [27015, 27016, 27025]), "clientport=\"27005\"",
             "defaultmap=\"%s\"" % pick(r, ["de_mirage", "gm_flatgrass", "ctf_2fort", "cs_office"]),
             "maxplayers=\"%d\"" % pick(r, [16, 24, 32]), "", "## Game Server Login Token (GSLT): Required",
             "# https://docs.linuxgsm.com/steamcmd/gslt", "gslt=%s" % val, "",
             "## Discord Alerts", "discordalert=\"off\"", "",
             "startparameters=\"-game %s -strictportbind -ip ${ip} -port ${port} +clientport ${clientport} +map ${defaultmap} +sv_setsteamaccount ${gslt} -maxplayers ${maxplayers}\"" % pick(r, ["csgo", "garrysmod", "tf"])]
    return "lgsm/config-lgsm/%s/%s.cfg" % (g, g), "linuxgsm-cfg", J(lines)


@tpl("lgsm_wsapikey", "steam", "steam_webapi_key", True)
def t_lgsm_ws(r, v, c):
    val = ex(v, "dq", "WSAPIKEY")
    lines = ["# gmodserver instance config", "", "## Workshop Parameters", "# https://wiki.facepunch.com/gmod/Workshop_for_Dedicated_Servers",
             "wscollectionid=\"%s\"" % workshop_id(r), "wsapikey=%s" % val, "",
             "## Custom Start Parameters", "defaultmap=\"gm_construct\"", "gamemode=\"%s\"" % pick(r, ["sandbox", "terrortown", "darkrp", "murder"]),
             "maxplayers=\"%d\"" % pick(r, [16, 32, 64]), "tickrate=\"66\"", "gslt=\"\"",
             "startparameters=\"-game garrysmod -strictportbind -ip ${ip} -port ${port} -tickrate ${tickrate} +host_workshop_collection ${wscollectionid} -authkey ${wsapikey} +gamemode ${gamemode} +map ${defaultmap} -maxplayers ${maxplayers}\""]
    return "lgsm/config-lgsm/gmodserver/gmodserver.cfg", "linuxgsm-cfg", J(lines)


@tpl("steam_api_py_url", "steam", "steam_webapi_key", False)
def t_steam_py(r, v, c):
    lines = ["import requests", "import os" if v.env else "", "",
             "def summaries(steamids):", "    ids = \",\".join(steamids)",
             ("    url = f\"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=%s&steamids={ids}\"" % v.lit) if not v.env else
             "    url = f\"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key={os.environ['STEAM_KEY']}&steamids={ids}\"",
             "    return requests.get(url, timeout=10).json()[\"response\"][\"players\"]", "", "",
             "def vac_banned(steamid):", "    # admins asked for this on every join",
             "    return any(p.get(\"communityvisibilitystate\") == 1 for p in summaries([steamid]))", "", "",
             "if __name__ == \"__main__\":", "    print(summaries([%r, %r]))" % (steam64(r), steam64(r))]
    return pick(r, ["tools/steam_lookup.py", "bot/steam.py", "scripts/check_players.py"]), "python", J(lines)


@tpl("cs2_start_sh", "steam", "gslt", False)
def t_cs2_sh(r, v, c):
    val = v.lit if not v.env else "\"$GSLT\""
    lines = ["#!/bin/sh", "cd \"$(dirname \"$0\")/game/bin/linuxsteamrt64\" || exit 1", "",
             "exec ./cs2 -dedicated -usercon -console \\", "  -port %d \\" % pick(r, [27015, 27016]),
             "  +game_type 0 +game_mode %d \\" % pick(r, [0, 1]), "  +mapgroup mg_active +map %s \\" % pick(r, ["de_ancient", "de_inferno", "de_nuke"]),
             "  +sv_setsteamaccount %s \\" % val, "  +host_workshop_collection %s \\" % workshop_id(r), "  -maxplayers %d" % pick(r, [10, 12, 20])]
    return pick(r, ["start.sh", "cs2/start.sh", "run-cs2.sh"]), "shell", J(lines)


@tpl("gmod_bat_authkey", "steam", "steam_webapi_key", False)
def t_gmod_bat(r, v, c):
    val = v.lit if not v.env else "%STEAM_KEY%"
    lines = ["@echo off", "title %s" % net_name(r), ":start", "echo (%%time%%) starting server",
             "start /wait srcds.exe -console -game garrysmod +maxplayers %d +gamemode %s +map %s +host_workshop_collection %s -authkey %s" %
             (pick(r, [24, 32, 64]), pick(r, ["darkrp", "terrortown", "sandbox"]), pick(r, ["rp_downtown_v4c_v2", "ttt_minecraft_b5", "gm_flatgrass"]), workshop_id(r), val),
             "echo (%time%) server crashed, restarting in 10s", "timeout /t 10", "goto start"]
    return pick(r, ["start.bat", "run_server.bat", "gmod/start.bat"]), "batch", J(lines)


@tpl("sourcemod_databases_cfg", "sourcemod", "db_password", True)
def t_sm_db(r, v, c):
    val = v.lit if not v.env else "${SM_DB_PASS}"
    lines = ["\"Databases\"", "{", "\t\"driver_default\"\t\t\"mysql\"", "", "\t// When specifying \"host\", you may use an IP address, a hostname, or a socket file path",
             "", "\t\"default\"", "\t{", "\t\t\"driver\"\t\t\t\"default\"", "\t\t\"host\"\t\t\t\t\"localhost\"",
             "\t\t\"database\"\t\t\t\"sourcemod\"", "\t\t\"user\"\t\t\t\t\"root\"", "\t\t\"pass\"\t\t\t\t\"\"", "\t}", "",
             "\t\"%s\"" % pick(r, ["sourcebans", "store", "rankme", "shavit"]), "\t{", "\t\t\"driver\"\t\t\t\"mysql\"",
             "\t\t\"host\"\t\t\t\t\"%s\"" % pick(r, ["db." + domain(r), private_ip(r)]), "\t\t\"database\"\t\t\t\"sb\"",
             "\t\t\"user\"\t\t\t\t\"sbuser\"", "\t\t\"pass\"\t\t\t\t\"%s\"" % val, "\t\t\"port\"\t\t\t\t\"3306\"", "\t}", "", "\t\"storage-local\"", "\t{",
             "\t\t\"driver\"\t\t\t\"sqlite\"", "\t\t\"database\"\t\t\t\"sourcemod-local\"", "\t}", "}"]
    return pick(r, ["addons/sourcemod/configs/databases.cfg", "csgo/addons/sourcemod/configs/databases.cfg"]), "keyvalues", J(lines)


# ----------------------- Rust / ARK / Valheim / Palworld -------------------
@tpl("rust_bat_rcon", "rust", "rcon_password", False)
def t_rust_bat(r, v, c):
    val = ex(v, "batq", "RCON_PASS")
    lines = ["echo off", ":start", "RustDedicated.exe -batchmode -nographics ^",
             "    +server.ip 0.0.0.0 +server.port %d ^" % pick(r, [28015, 28025]),
             "    +server.hostname \"%s\" ^" % net_name(r), "    +server.identity \"%s\" ^" % pick(r, ["main", "rust_server", "weekly"]),
             "    +server.seed %d +server.worldsize %d ^" % (r.randrange(1, 2147483647), pick(r, [3000, 3500, 4000, 4500])),
             "    +server.maxplayers %d ^" % pick(r, [50, 100, 200]), "    +rcon.port %d +rcon.web 1 ^" % pick(r, [28016, 28026]),
             "    +rcon.password %s" % val, "", "echo Restarting...", "goto start"]
    return pick(r, ["start_rust.bat", "RustServer/start.bat", "rust/run.bat"]), "batch", J(lines)


@tpl("ark_gus_ini", "ark", "admin_password", True)
def t_ark_ini(r, v, c):
    val = v.lit if not v.env else "${ARK_ADMIN_PASSWORD}"
    lines = ["[ServerSettings]", "AllowFlyerCarryPvE=True", "AllowThirdPersonPlayer=True", "AlwaysAllowStructurePickup=True",
             "DifficultyOffset=%s" % pick(r, ["1.0", "0.5", "0.2"]), "HarvestAmountMultiplier=%s" % pick(r, ["2.0", "3.0", "1.5"]),
             "ServerAdminPassword=%s" % val, "ServerPassword=", "RCONEnabled=True", "RCONPort=%d" % pick(r, [27020, 32330]),
             "ServerPVE=%s" % pick(r, ["True", "False"]), "TamingSpeedMultiplier=%s" % pick(r, ["3.0", "5.0"]),
             "XPMultiplier=%s" % pick(r, ["2.0", "1.5"]), "", "[SessionSettings]", "SessionName=%s" % net_name(r),
             "Port=7777", "QueryPort=27015", "", "[/Script/Engine.GameSession]", "MaxPlayers=%d" % pick(r, [10, 20, 70]),
             "", "[MessageOfTheDay]", "Message=Welcome! Read the rules on our Discord.", "Duration=20"]
    return pick(r, ["ShooterGame/Saved/Config/WindowsServer/GameUserSettings.ini", "ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini",
                    "ark/GameUserSettings.ini"]), "ini", J(lines)


@tpl("ark_bat_url", "ark", "admin_password", False)
def t_ark_bat(r, v, c):
    val = v.lit if not v.env else "%ARK_ADMIN%"
    m = pick(r, ["TheIsland", "Ragnarok", "ScorchedEarth_P", "Aberration_P", "Fjordur", "CrystalIsles"])
    lines = ["@echo off", "rem %s cluster - %s" % (net_name(r), m), "cd /d \"%~dp0ShooterGame\\Binaries\\Win64\"",
             "start ShooterGameServer.exe \"%s?listen?SessionName=%s?Port=%d?QueryPort=%d?RCONEnabled=True?RCONPort=%d?ServerAdminPassword=%s?MaxPlayers=%d\" -clusterid=%s -NoTransferFromFiltering -server -log" %
             (m, net_name(r).replace(" ", "_"), 7777 + 2 * r.randrange(5), 27015 + r.randrange(5), 27020 + r.randrange(5), val, pick(r, [20, 40, 70]), pick(r, WORDS) + "cluster")]
    return pick(r, ["start_%s.bat" % m.lower(), "servers/%s/start.bat" % m.lower()]), "batch", J(lines)


@tpl("palworld_ini", "palworld", "admin_password", True)
def t_palworld(r, v, c):
    val = v.lit if not v.env else "${ADMIN_PASSWORD}"
    opts = ["Difficulty=None", "DayTimeSpeedRate=1.000000", "NightTimeSpeedRate=1.000000", "ExpRate=%s" % pick(r, ["1.000000", "2.000000"]),
            "PalCaptureRate=1.500000", "PalSpawnNumRate=1.000000", "DeathPenalty=%s" % pick(r, ["All", "Item", "None"]),
            "bEnablePlayerToPlayerDamage=False", "bEnableFriendlyFire=False", "GuildPlayerMaxNum=20",
            "ServerName=\"%s\"" % net_name(r), "ServerDescription=\"\"", "AdminPassword=\"%s\"" % val,
            "ServerPassword=\"\"", "PublicPort=8211", "PublicIP=\"\"", "RCONEnabled=True", "RCONPort=25575",
            "Region=\"\"", "bUseAuth=True", "BanListURL=\"https://api.palworldgame.com/api/banlist.txt\""]
    lines = ["; This configuration file is a sample of the default server settings.",
             "; Changes to this file will NOT be reflected on the server.",
             "; To change the server settings, modify Pal/Saved/Config/LinuxServer/PalWorldSettings.ini.",
             "[/Script/Pal.PalGameWorldSettings]", "OptionSettings=(" + ",".join(opts) + ")"]
    return pick(r, ["Pal/Saved/Config/LinuxServer/PalWorldSettings.ini", "palworld/PalWorldSettings.ini"]), "ini", J(lines)


@tpl("valheim_start_sh", "valheim", "server_password", False)
def t_valheim(r, v, c):
    val = ex(v, "dq", "SERVER_PASS")
    lines = ["#!/bin/bash", "export templdpath=$LD_LIBRARY_PATH", "export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH",
             "export SteamAppId=892970", "", "echo \"Starting server PRESS CTRL-C to exit\"", "",
             "./valheim_server.x86_64 -name \"%s\" -port 2456 -world \"%s\" -password %s -crossplay -public %d" %
             (net_name(r), cap(pick(r, WORDS)), val, r.randrange(2)), "", "export LD_LIBRARY_PATH=$templdpath"]
    return pick(r, ["start_server.sh", "valheim/start_server.sh", "start_valheim.sh"]), "shell", J(lines)


@tpl("oxide_cs_battlemetrics", "battlemetrics", "battlemetrics_token", False)
def t_oxide_cs(r, v, c):
    lines = ["using System.Collections.Generic;", "using Newtonsoft.Json;", "using Oxide.Core.Libraries;", "",
             "namespace Oxide.Plugins", "{", "    [Info(\"BanSync\", \"%s\", \"1.%d.%d\")]" % (player_name(r), r.randrange(9), r.randrange(20)),
             "    [Description(\"Mirrors in-game bans to the org ban list\")]", "    public class BanSync : RustPlugin", "    {",
             "        private const string Org = \"%d\";" % r.randrange(10000, 99999),
             "        private const string ListId = \"%s\";" % uuid4(r),
             "        private readonly string _bearer = %s;" % ex(v, "cs", "BM_TOKEN"), "",
             "        private void OnUserBanned(string name, string id, string ipAddress, string reason)", "        {",
             "            var headers = new Dictionary<string, string> { [\"Authorization\"] = \"Bearer \" + _bearer, [\"Content-Type\"] = \"application/json\" };",
             "            var body = JsonConvert.SerializeObject(new { data = new { type = \"ban\", attributes = new { reason, note = \"in-game\" } } });",
             "            webrequest.Enqueue(\"https://api.battlemetrics.com/bans\", body, (code, res) => Puts($\"ban sync {code}\"), this, RequestMethod.POST, headers);",
             "        }", "    }", "}"]
    return pick(r, ["oxide/plugins/BanSync.cs", "carbon/plugins/BanSync.cs"]), "csharp", J(lines)


@tpl("battlemetrics_py", "battlemetrics", "battlemetrics_token", True)
def t_bm_py(r, v, c):
    lines = ["import requests", "import os" if v.env else "", "",
             "BATTLEMETRICS_TOKEN = %s" % ex(v, "py", "BATTLEMETRICS_TOKEN"),
             "SERVER_ID = %d" % r.randrange(1000000, 30000000), "", "",
             "def player_count():", "    res = requests.get(", "        f\"https://api.battlemetrics.com/servers/{SERVER_ID}\",",
             "        headers={\"Authorization\": f\"Bearer {BATTLEMETRICS_TOKEN}\"},", "        timeout=10,", "    )",
             "    return res.json()[\"data\"][\"attributes\"][\"players\"]"]
    return pick(r, ["bot/battlemetrics.py", "tools/bm_stats.py"]), "python", J(lines)


# ---------------------------------- FiveM ----------------------------------
def _fivem_cfg(r, slot_line, extra_ok=True):
    lines = ["# Only change the IP if you're using a server with multiple network interfaces, otherwise change the port only.",
             "endpoint_add_tcp \"0.0.0.0:30120\"", "endpoint_add_udp \"0.0.0.0:30120\"", "",
             "set mysql_connection_string \"mysql://root@localhost/%s?charset=utf8mb4\"" % pick(r, ["qbcore", "es_extended", "qbox"]),
             "", "ensure mapmanager", "ensure chat", "ensure spawnmanager", "ensure sessionmanager", "ensure oxmysql",
             "ensure %s" % pick(r, ["qb-core", "es_extended", "qbx_core"]), "ensure [standalone]", "ensure [voice]", "",
             "sv_scriptHookAllowed 0", "set onesync on", "sv_maxclients %d" % pick(r, [32, 48, 64, 128]), "",
             "sets tags \"%s\"" % pick(r, ["roleplay, economy, custom cars", "rp, serious, whitelist", "drift, racing"]),
             "sets locale \"%s\"" % pick(r, ["en-US", "de-DE", "nl-NL", "fr-FR"]),
             "sv_hostname \"^4%s ^7| ^2Serious RP\"" % net_name(r), "sets sv_projectName \"%s\"" % net_name(r),
             "load_server_icon logo.png", "", "add_ace group.admin command allow", "add_principal identifier.fivem:%d group.admin" % r.randrange(100000, 9999999), ""]
    i = len(lines) - r.randrange(0, 12)
    return lines[:i] + slot_line + lines[i:]


@tpl("fivem_cfg_license", "fivem", "fivem_license_key", True)
def t_fivem_lic(r, v, c):
    val = ex(v, "cfgq", "SV_LICENSEKEY") if r.random() < 0.5 else (v.lit if not v.env else "$SV_LICENSEKEY")
    return pick(r, ["server.cfg", "server-data/server.cfg", "txData/QBCore/server.cfg"]), "fivem-cfg", \
        J(_fivem_cfg(r, ["# License key for your server (https://keymaster.fivem.net)", "sv_licenseKey %s" % val, "set steam_webApiKey \"none\""]))


@tpl("fivem_cfg_steamkey", "steam", "steam_webapi_key", True)
def t_fivem_steam(r, v, c):
    return pick(r, ["server.cfg", "server-data/server.cfg"]), "fivem-cfg", \
        J(_fivem_cfg(r, ["# Steam Web API key, if you want to use Steam authentication", "set steam_webApiKey %s" % ex(v, "cfgq", "STEAM_KEY"),
                         "sv_licenseKey changeme"]))


@tpl("fivem_cfg_tebex", "tebex", "tebex_secret", True)
def t_fivem_tebex(r, v, c):
    return pick(r, ["server.cfg", "server-data/server.cfg"]), "fivem-cfg", \
        J(_fivem_cfg(r, ["sv_tebexSecret %s" % (v.lit if not v.env else "$TEBEX_SECRET"), "sv_licenseKey changeme"]))


@tpl("fivem_cfg_mysql_url", "mysql", "db_url_password", False)
def t_fivem_mysql(r, v, c):
    val = v.lit if not v.env else "${DB_PASS}"
    user = pick(r, ["fivem", "qbcore", "root", "esx"])
    lines = _fivem_cfg(r, ["sv_licenseKey changeme"])
    lines = [l for l in lines if not l.startswith("set mysql_connection_string")]
    lines.insert(4, "set mysql_connection_string \"mysql://%s:%s@%s/%s?charset=utf8mb4\"" % (user, val, pick(r, ["127.0.0.1", "localhost", "db.internal:3306"]), pick(r, ["qbcore", "es_extended"])))
    return pick(r, ["server.cfg", "server-data/server.cfg", "txData/ESXLegacy/server.cfg"]), "fivem-cfg", J(lines)


@tpl("fivem_cfg_rcon", "fivem", "rcon_password", True)
def t_fivem_rcon(r, v, c):
    return pick(r, ["server.cfg", "server-data/server.cfg"]), "fivem-cfg", \
        J(_fivem_cfg(r, ["rcon_password %s" % ex(v, "cfgq", "RCON_PASSWORD"), "sv_licenseKey changeme"]))


@tpl("txadmin_config_json", "discord", "discord_bot_token", True)
def t_txadmin(r, v, c):
    val = v.lit if not v.env else "${DISCORD_BOT_TOKEN}"
    d = {"global": {"serverName": net_name(r), "language": pick(r, ["en", "de", "pt"]), "menuEnabled": True},
         "logger": {}, "monitor": {"restarterSchedule": ["%02d:00" % r.randrange(24)], "cooldown": 60},
         "playerDatabase": {"onJoinCheckBan": True, "whitelistMode": "disabled", "banRejectionMessage": "You are banned."},
         "webServer": {"disableNuiSourceCheck": False},
         "discordBot": {"enabled": True, "token": val, "guild": snowflake(r), "announceChannel": snowflake(r),
                        "embedJson": "{}"},
         "fxRunner": {"serverDataPath": "C:/FXServer/server-data/", "cfgPath": "C:/FXServer/server-data/server.cfg",
                      "autostart": True, "quiet": False}}
    return "txData/default/config.json", "json", json.dumps(d, indent=2) + "\n"


# ---------------------------------- misc -----------------------------------
@tpl("factorio_settings_json", "factorio", "factorio_token", True)
def t_factorio(r, v, c):
    val = v.lit if not v.env else "${FACTORIO_TOKEN}"
    d = {"name": net_name(r), "description": "Vanilla+ with friends", "tags": ["game", "tags"], "max_players": 0,
         "visibility": {"public": True, "lan": True},
         "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
         "username": player_name(r).lower(), "password": "",
         "_comment_token": "Authentication token. May be used instead of 'password' above.", "token": val,
         "game_password": "", "require_user_verification": True, "max_upload_in_kilobytes_per_second": 0,
         "autosave_interval": 10, "autosave_slots": 5, "afk_autokick_interval": 0, "auto_pause": True,
         "only_admins_can_pause_the_game": True, "autosave_only_on_server": True}
    return pick(r, ["data/server-settings.json", "factorio/config/server-settings.json", "server-settings.json"]), "json", json.dumps(d, indent=2) + "\n"


@tpl("satisfactory_py", "satisfactory", "satisfactory_token", False)
def t_satisfactory(r, v, c):
    lines = ["import requests", "import urllib3", "import os" if v.env else "", "",
             "urllib3.disable_warnings()  # dedicated server uses a self-signed cert", "",
             "HOST = %r" % ("https://%s:7777/api/v1" % pick(r, ["127.0.0.1", private_ip(r)])),
             "AUTH = {\"Authorization\": \"Bearer \" + %s}" % ex(v, "py", "SF_API_TOKEN"), "", "",
             "def call(fn, **data):", "    body = {\"function\": fn}", "    if data:", "        body[\"data\"] = data",
             "    return requests.post(HOST, json=body, headers=AUTH, verify=False, timeout=10).json()", "", "",
             "if __name__ == \"__main__\":", "    print(call(\"QueryServerState\"))", "    call(\"SaveGame\", SaveName=\"autosave_nightly\")"]
    return pick(r, ["tools/satisfactory_api.py", "scripts/sf_save.py"]), "python", J(lines)


@tpl("ts3_query_py", "teamspeak", "teamspeak_query_password", True)
def t_ts3_py(r, v, c):
    lines = ["import ts3", "import os" if v.env else "", "",
             "with ts3.query.TS3ServerConnection(\"telnet://%s:10011\") as ts3conn:" % pick(r, ["127.0.0.1", "ts." + domain(r)]),
             "    ts3conn.exec_(\"login\", client_login_name=\"serveradmin\", client_login_password=%s)" % ex(v, "py", "TS3_QUERY_PASSWORD"),
             "    ts3conn.exec_(\"use\", sid=1)", "    ts3conn.exec_(\"clientupdate\", client_nickname=\"StatusBot\")",
             "    clients = ts3conn.query(\"clientlist\").all()", "    online = [c[\"client_nickname\"] for c in clients if c[\"client_type\"] == \"0\"]",
             "    print(\", \".join(online) or \"nobody online\")"]
    return pick(r, ["ts3/online.py", "bot/ts3_status.py"]), "python", J(lines)


@tpl("ts3_bot_ini", "teamspeak", "teamspeak_query_password", True)
def t_ts3_ini(r, v, c):
    val = v.lit if not v.env else "${TS3_QUERY_PASSWORD}"
    lines = ["; status bot settings", "[teamspeak]", "host = %s" % pick(r, ["127.0.0.1", "ts." + domain(r)]), "query_port = 10011",
             "virtual_server = 1", "login = serveradmin", "password = %s" % val, "nickname = %s" % pick(r, ["StatusBot", "AFK-Mover", "Sentinel"]), "",
             "[afk]", "channel_id = %d" % r.randrange(2, 90), "idle_minutes = %d" % r.randrange(10, 60), "ignore_groups = 6,%d" % r.randrange(7, 20)]
    return pick(r, ["config/ts3bot.ini", "ts3bot/settings.ini"]), "ini", J(lines)


@tpl("mumble_supw_sh", "mumble", "mumble_superuser_password", False)
def t_mumble(r, v, c):
    val = ex(v, "sq", "SUPW") if not v.env else '"$MUMBLE_SUPW"'
    lines = ["#!/bin/sh", "# provision the murmur container", "set -e", "",
             "apt-get install -y mumble-server", "cp ./mumble-server.ini /etc/mumble-server.ini",
             "murmurd -ini /etc/mumble-server.ini -supw %s" % val, "systemctl enable --now mumble-server",
             "echo 'murmur is up on port 64738'"]
    return pick(r, ["provision/mumble.sh", "scripts/setup-mumble.sh"]), "shell", J(lines)


@tpl("nitrado_js", "nitrado", "nitrado_token", False)
def t_nitrado(r, v, c):
    lines = ["import fetch from 'node-fetch';", "",
             "const SERVICE = %d;" % r.randrange(10000000, 19999999), "const auth = %s;" % ex(v, "js", "NITRADO_TOKEN"), "",
             "export async function restartGameserver(message = 'Scheduled restart') {",
             "  const res = await fetch(`https://api.nitrado.net/services/${SERVICE}/gameservers/restart`, {",
             "    method: 'POST',", "    headers: { Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json' },",
             "    body: JSON.stringify({ message, restart_message: message }),", "  });",
             "  if (!res.ok) throw new Error(`nitrado: ${res.status}`);", "}"]
    return pick(r, ["src/nitrado.mjs", "lib/nitrado.js"]), "javascript", J(lines)


@tpl("github_pat_sh", "github", "github_pat", False)
def t_gh_sh(r, v, c):
    val = v.lit if not v.env else "$GITHUB_TOKEN"
    repo = "%s/%s" % (pick(r, WORDS) + "-dev", pick(r, ["core-plugin", "custom-items", "anticheat", "economy"]))
    lines = ["#!/usr/bin/env bash", "# pulls the latest private plugin build into plugins/", "set -eu", "",
             "REPO=%s" % repo, "",
             "url=$(curl -fsSL -H \"Authorization: token %s\" \\" % val,
             "  \"https://api.github.com/repos/$REPO/releases/latest\" | jq -r '.assets[0].url')", "",
             "curl -fsSL -H \"Authorization: token %s\" -H 'Accept: application/octet-stream' \\" % val,
             "  -o plugins/%s.jar \"$url\"" % repo.split("/")[1]]
    return pick(r, ["scripts/update-plugins.sh", "update.sh"]), "shell", J(lines)


@tpl("aws_backup_env_sh", "aws", "aws_secret_access_key", True)
def t_aws_sh(r, v, c):
    akid = c.get("akid", "$AWS_KEY_ID_FROM_VAULT")
    val = v.lit if not v.env else "${S3_SECRET}"
    lines = ["#!/bin/bash", "# push the nightly world tarball to S3", "export AWS_ACCESS_KEY_ID=%s" % akid,
             "export AWS_SECRET_ACCESS_KEY=%s" % val, "export AWS_DEFAULT_REGION=%s" % pick(r, ["eu-west-2", "us-east-2"]), "",
             "BUCKET=s3://%s-world-backups" % pick(r, WORDS), "aws s3 cp /srv/backups/latest.tar.gz \"$BUCKET/$(date +%F).tar.gz\" --storage-class GLACIER_IR"]
    return pick(r, ["scripts/s3-backup.sh", "backup/upload.sh"]), "shell", J(lines)


@tpl("bungee_rcon_java_kt", "minecraft", "rcon_password", False)
def t_kt_rcon(r, v, c):
    pkg = "dev.%s.proxy" % pick(r, WORDS)
    lines = ["package %s" % pkg, "", "data class Backend(val name: String, val host: String, val rconPort: Int, val secret: String)", "",
             "val backends = listOf(",
             "    Backend(\"%s\", \"%s\", %d, %s)," % (pick(r, ["survival", "skyblock", "factions"]), private_ip(r), 25575, ex(v, "kt", "SURVIVAL_RCON")),
             ")"]
    return "src/main/kotlin/%s/Backends.kt" % pkg.replace(".", "/"), "kotlin", J(lines)


# ===========================================================================
# negative domain look-alikes (no credential at all)
# ===========================================================================
NEG_T = []


def ntpl(name, provider, kind):
    def deco(f):
        NEG_T.append({"name": name, "provider": provider, "kind": kind, "render": f})
        return f
    return deco


def _date(r):
    return "20%02d-%02d-%02d %02d:%02d:%02d +0000" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60))


@ntpl("mc_whitelist_json", "minecraft", "player_uuid")
def n_whitelist(r):
    d = [{"uuid": uuid4(r), "name": player_name(r)} for _ in range(r.randrange(3, 15))]
    return pick(r, ["whitelist.json", "survival/whitelist.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("mc_ops_json", "minecraft", "player_uuid")
def n_ops(r):
    d = [{"uuid": uuid4(r), "name": player_name(r), "level": pick(r, [2, 3, 4]), "bypassesPlayerLimit": r.random() < 0.3} for _ in range(r.randrange(2, 7))]
    return pick(r, ["ops.json", "lobby/ops.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("mc_banned_players", "minecraft", "player_uuid")
def n_banned(r):
    d = [{"uuid": uuid4(r), "name": player_name(r), "created": _date(r), "source": pick(r, ["Server", player_name(r)]),
          "expires": "forever", "reason": pick(r, ["X-ray", "Griefing spawn", "Spam", "Hacked client (killaura)"])} for _ in range(r.randrange(2, 9))]
    return "banned-players.json", "json", json.dumps(d, indent=2) + "\n"


@ntpl("mc_usercache", "minecraft", "player_uuid")
def n_usercache(r):
    d = [{"name": player_name(r), "uuid": uuid4(r), "expiresOn": _date(r)} for _ in range(r.randrange(4, 20))]
    return "usercache.json", "json", json.dumps(d) + "\n"


@ntpl("mc_server_properties_norcon", "minecraft", "world_seed_and_pack_hash")
def n_props(r):
    lines = ["#Minecraft server properties", "enable-rcon=false", "rcon.password=", "rcon.port=25575",
             "enable-query=%s" % pick(r, ["false", "true"]), "query.port=25565", "level-seed=%s" % seed_int(r),
             "level-name=world", "motd=%s" % net_name(r), "online-mode=true",
             "resource-pack=https://cdn.%s/packs/%s.zip" % (domain(r), pick(r, ["server-pack", "rp-v%d" % r.randrange(2, 9)])),
             "resource-pack-sha1=%s" % sha1_of(r), "resource-pack-id=%s" % uuid4(r), "require-resource-pack=%s" % pick(r, ["true", "false"]),
             "server-port=25565", "white-list=true", "enforce-whitelist=true", "max-players=%d" % pick(r, [20, 50]),
             "view-distance=10", "network-compression-threshold=256"]
    return pick(r, ["server.properties", "servers/creative/server.properties"]), "properties", J(lines)


@ntpl("velocity_toml_secretfile", "velocity", "file_reference")
def n_velocity(r):
    lines = ['config-version = "2.%d"' % r.randrange(5, 8), 'bind = "0.0.0.0:25565"', 'motd = "<#09add3>%s"' % net_name(r),
             "show-max-players = 500", "online-mode = true", "force-key-authentication = true",
             'player-info-forwarding-mode = "modern"', "# The secret lives in a separate file that is NOT committed.",
             'forwarding-secret-file = "forwarding.secret"', "announce-forge = false", "", "[servers]",
             'lobby = "lobby:25565"', 'survival = "survival:25565"', 'try = ["lobby"]', "", "[advanced]",
             "compression-threshold = 256", "tcp-fast-open = true", "", "[query]", "enabled = false"]
    return pick(r, ["velocity.toml", "proxy/velocity.toml"]), "toml", J(lines)


@ntpl("luckperms_h2", "luckperms", "empty_value")
def n_lp(r):
    lines = ["server: %s" % pick(r, ["global", "lobby"]), "storage-method: h2", "", "data:", "  address: localhost",
             "  database: minecraft", "  username: root", "  password: ''", "", "split-storage:", "  enabled: false",
             "", "sync-minutes: -1", "watch-files: true", "messaging-service: auto", "auto-install-translations: true"]
    return "plugins/LuckPerms/config.yml", "yaml", J(lines)


@ntpl("discordsrv_empty", "discord", "snowflake_ids")
def n_dsrv(r):
    lines = ["BotToken: \"\"", "", "Channels: {\"global\": \"%s\", \"trade\": \"%s\"}" % (snowflake(r), snowflake(r)),
             "DiscordConsoleChannelId: \"%s\"" % snowflake(r), "DiscordInviteLink: \"discord.gg/%s\"" % rs(r, 8, LOWALNUM[:26]),
             "", "# Roles to sync", "GroupRoleSynchronizationGroupsAndRolesToSync: {\"vip\": \"%s\", \"mod\": \"%s\"}" % (snowflake(r), snowflake(r))]
    return "plugins/DiscordSRV/config.yml", "yaml", J(lines)


@ntpl("discord_bot_envlookup", "discord", "env_reference")
def n_dbot(r):
    lines = ["import os", "", "import discord", "from dotenv import load_dotenv", "", "load_dotenv()",
             "TOKEN = os.getenv(\"DISCORD_TOKEN\")", "GUILD = discord.Object(id=%s)" % snowflake(r),
             "ADMIN_ROLE_ID = %s" % snowflake(r), "", "client = discord.Client(intents=discord.Intents.default())", "",
             "", "@client.event", "async def on_ready():", "    print(\"ready\", client.user)", "", "",
             "if not TOKEN:", "    raise SystemExit(\"DISCORD_TOKEN is not set (see .env.example)\")", "client.run(TOKEN)"]
    return pick(r, ["bot.py", "src/main.py"]), "python", J(lines)


@ntpl("discord_message_fixture", "discord", "snowflake_ids")
def n_dmsg(r):
    d = {"id": snowflake(r), "channel_id": snowflake(r), "guild_id": snowflake(r),
         "author": {"id": snowflake(r), "username": player_name(r).lower(), "avatar": pick(r, ["a_", ""]) + hexs(r, 32),
                    "discriminator": "0", "public_flags": 0},
         "content": "!link %d" % r.randrange(1000, 9999), "timestamp": "2024-%02d-%02dT12:00:00.000000+00:00" % (r.randrange(1, 13), r.randrange(1, 28)),
         "attachments": [], "embeds": [], "nonce": snowflake(r), "type": 0}
    return pick(r, ["tests/fixtures/message_create.json", "test/data/message.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("discord_webhook_readme", "discord", "documentation_example")
def n_dreadme(r):
    lines = ["# Discord logs", "", "Create a webhook in *Server Settings → Integrations → Webhooks* and paste its URL into",
             "`config.lua`. The URL has the shape:", "", "```",
             "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}", "```", "",
             "Never commit the real URL; keep it in `server.cfg` via a convar:", "", "```cfg",
             "set logs_webhook \"\"   # filled in by txAdmin on the host", "```", "",
             "The default channel id in the sample config (`%s`) is just our test guild." % snowflake(r)]
    return pick(r, ["README.md", "docs/discord-logs.md"]), "markdown", J(lines)


@ntpl("fivem_cfg_clean", "fivem", "documented_default")
def n_fivem(r):
    lines = _fivem_cfg(r, ["# License key for your server (https://keymaster.fivem.net)", "sv_licenseKey changeme",
                           "set steam_webApiKey \"none\"", "# rcon is disabled on purpose", "#rcon_password \"\""])
    return pick(r, ["server.cfg", "server-data/server.cfg"]), "fivem-cfg", J(lines)


@ntpl("fivem_txadmin_template", "fivem", "template_reference")
def n_fivem_tx(r):
    lines = ["## You CAN edit the following:", "{{serverEndpoints}}", "sv_maxclients {{maxClients}}",
             "set steam_webApiKey \"none\"", "sets tags \"default, deployer\"", "", "## You MAY edit the following:",
             "sv_licenseKey \"{{svLicense}}\"", "sv_hostname \"{{serverName}} built with {{recipeName}} by {{recipeAuthor}}!\"",
             "sets sv_projectName \"[{{recipeName}}] {{serverName}}\"", "set mysql_connection_string \"{{dbConnectionString}}\"", "",
             "## These resources will start by default.", "ensure mapmanager", "ensure chat", "ensure spawnmanager"]
    return "recipe/server.cfg", "fivem-cfg", J(lines)


@ntpl("fxmanifest", "fivem", "version_hash")
def n_fxm(r):
    lines = ["fx_version 'cerulean'", "game 'gta5'", "lua54 'yes'", "", "author '%s'" % player_name(r),
             "description 'Garage system'", "version '%d.%d.%d'" % (r.randrange(3), r.randrange(10), r.randrange(20)), "",
             "shared_scripts { '@ox_lib/init.lua', 'config.lua' }", "client_scripts { 'client/*.lua' }",
             "server_scripts { '@oxmysql/lib/MySQL.lua', 'server/*.lua' }", "", "dependencies { 'ox_lib', 'oxmysql' }",
             "-- build %s" % sha1_of(r)[:12]]
    return "resources/[local]/%s/fxmanifest.lua" % pick(r, ["garages", "mx_garage", "rp-garage"]), "lua", J(lines)


@ntpl("fivem_locale_lua", "fivem", "i18n_strings")
def n_locale(r):
    lines = ["Locales['%s'] = {" % pick(r, ["en", "de"]), "    ['invalid_password'] = 'Invalid password, try again.',",
             "    ['password_changed'] = 'Your password has been changed.',", "    ['enter_password'] = 'Enter the safe password',",
             "    ['token_expired'] = 'Your session token has expired, please reconnect.',", "    ['api_key_missing'] = 'Server owner: set the API key in config.lua',",
             "    ['secret_found'] = 'You found a secret stash!',", "}"]
    return "resources/[local]/%s/locales/en.lua" % pick(r, ["safes", "bank", "houses"]), "lua", J(lines)


@ntpl("mc_plugin_messages", "minecraft", "i18n_strings")
def n_msgs(r):
    lines = ["prefix: '&8[&b%s&8] '" % cap(pick(r, WORDS)), "login:", "  password-prompt: '&7Please enter your password with &e/login <password>'",
             "  wrong-password: '&cWrong password!'", "  too-many-attempts: '&cToo many attempts, try again in {minutes} minutes.'",
             "register:", "  password-too-short: '&cYour password must be at least {min} characters.'",
             "  password-unsafe: '&cThat password is too common.'", "token:", "  sent: '&aA verification token was sent to your Discord DMs.'",
             "  invalid: '&cInvalid or expired token.'"]
    return "plugins/%s/messages_en.yml" % pick(r, ["AuthMe", "nLogin", "LinkCord"]), "yaml", J(lines)


@ntpl("source_server_cfg_empty_rcon", "source", "empty_value")
def n_srccfg(r):
    lines = ["hostname \"%s\"" % net_name(r), "rcon_password \"\"", "sv_password \"\"", "sv_lan 0", "sv_region 3",
             "host_workshop_collection \"%s\"" % workshop_id(r), "host_workshop_map \"%s\"" % workshop_id(r),
             "sv_pure 1", "mp_friendlyfire 0", "sv_tags \"community,casual\"", "// rcon is only enabled via -usercon on the panel"]
    return pick(r, ["cfg/server.cfg", "game/csgo/cfg/server.cfg"]), "source-cfg", J(lines)


@ntpl("sourcemod_admins_simple", "sourcemod", "steam_ids")
def n_admins(r):
    lines = ["// Admin file; see https://wiki.alliedmods.net/Adding_Admins_(SourceMod)", "//", "// Format: \"identity\" \"flags\"", ""]
    for _ in range(r.randrange(3, 9)):
        lines.append("\"%s\"\t\"%s\"\t// %s" % (pick(r, [steam2(r), "[U:1:%d]" % r.randrange(10 ** 6, 10 ** 9)]), pick(r, ["99:z", "bcdefgjk", "50:abcdefgjklmnop"]), player_name(r)))
    return "addons/sourcemod/configs/admins_simple.ini", "ini", J(lines)


@ntpl("sourcemod_databases_sqlite", "sourcemod", "empty_value")
def n_smdb(r):
    lines = ["\"Databases\"", "{", "\t\"driver_default\"\t\t\"sqlite\"", "", "\t\"default\"", "\t{", "\t\t\"driver\"\t\t\"default\"",
             "\t\t\"host\"\t\t\"localhost\"", "\t\t\"database\"\t\t\"sourcemod\"", "\t\t\"user\"\t\t\"root\"", "\t\t\"pass\"\t\t\"\"", "\t}", "",
             "\t\"storage-local\"", "\t{", "\t\t\"driver\"\t\t\"sqlite\"", "\t\t\"database\"\t\t\"sourcemod-local\"", "\t}", "}"]
    return "addons/sourcemod/configs/databases.cfg", "keyvalues", J(lines)


@ntpl("gmod_workshop_lua", "garrysmod", "workshop_ids")
def n_ws(r):
    lines = ["-- lua/autorun/server/workshop.lua", "-- forces clients to download our content packs"]
    for _ in range(r.randrange(5, 20)):
        lines.append("resource.AddWorkshop(\"%s\") -- %s" % (workshop_id(r), pick(r, ["models", "maps", "sounds", "weapons", "playermodels"])))
    return "garrysmod/lua/autorun/server/workshop.lua", "lua", J(lines)


@ntpl("rust_oxide_data_steamids", "rust", "steam_ids")
def n_oxdata(r):
    d = {steam64(r): {"Name": player_name(r), "Kills": r.randrange(500), "Deaths": r.randrange(500), "LastSeen": _date(r)} for _ in range(r.randrange(3, 10))}
    return "oxide/data/%s.json" % pick(r, ["KillStats", "PlayerStats", "Leaderboard"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("ark_game_ini", "ark", "config_values")
def n_arkgame(r):
    lines = ["[/script/shootergame.shootergamemode]", "bUseSingleplayerSettings=False", "MatingIntervalMultiplier=%s" % pick(r, ["0.2", "0.5"]),
             "EggHatchSpeedMultiplier=%s" % pick(r, ["10.0", "20.0"]), "BabyMatureSpeedMultiplier=%s" % pick(r, ["15.0", "25.0"])]
    for i in range(r.randrange(4, 15)):
        lines.append("OverrideEngramEntries=(EngramIndex=%d,EngramHidden=False,EngramPointsCost=%d,EngramLevelRequirement=%d,RemoveEngramPreReq=False)" % (r.randrange(300), r.randrange(1, 40), r.randrange(1, 100)))
    return pick(r, ["ShooterGame/Saved/Config/WindowsServer/Game.ini", "ark/Game.ini"]), "ini", J(lines)


@ntpl("palworld_banlist", "palworld", "steam_ids")
def n_palban(r):
    lines = ["steam_%s" % steam64(r) for _ in range(r.randrange(3, 12))]
    return pick(r, ["Pal/Saved/SaveGames/banlist.txt", "palworld/banlist.txt"]), "text", J(lines)


@ntpl("valheim_adminlist", "valheim", "steam_ids")
def n_valadmin(r):
    lines = ["// List admin players ID  ONE per line"] + [steam64(r) for _ in range(r.randrange(2, 6))]
    return pick(r, [".config/unity3d/IronGate/Valheim/adminlist.txt", "valheim/adminlist.txt"]), "text", J(lines)


@ntpl("ptero_egg_clean", "pterodactyl", "egg_variables")
def n_egg(r):
    egg = {"_comment": "DO NOT EDIT: FILE GENERATED AUTOMATICALLY BY PTERODACTYL PANEL - PTERODACTYL.IO",
           "meta": {"version": "PTDL_v2", "update_url": None}, "name": "Paper", "author": "parker@pterodactyl.io",
           "description": "High performance Spigot fork that aims to fix gameplay and mechanics inconsistencies.",
           "features": ["eula", "java_version", "pid_limit"],
           "docker_images": {"Java 21": "ghcr.io/pterodactyl/yolks:java_21", "Java 17": "ghcr.io/pterodactyl/yolks:java_17"},
           "file_denylist": [], "startup": "java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -Dterminal.ansi=true -jar {{SERVER_JARFILE}}",
           "config": {"files": "{\r\n    \"server.properties\": {\r\n        \"parser\": \"properties\",\r\n        \"find\": {\r\n            \"server-ip\": \"0.0.0.0\",\r\n            \"server-port\": \"{{server.build.default.port}}\",\r\n            \"query.port\": \"{{server.build.default.port}}\"\r\n        }\r\n    }\r\n}",
                      "startup": "{\r\n    \"done\": \")! For help, type \"\r\n}", "logs": "{}", "stop": "stop"},
           "variables": [{"name": "Minecraft Version", "description": "The version of minecraft to download.", "env_variable": "MINECRAFT_VERSION",
                          "default_value": "latest", "user_viewable": True, "user_editable": True, "rules": "nullable|string|max:20", "field_type": "text"},
                         {"name": "Build Number", "description": "The build number for the paper release.", "env_variable": "BUILD_NUMBER",
                          "default_value": "latest", "user_viewable": True, "user_editable": True, "rules": "required|string|max:20", "field_type": "text"},
                         {"name": "RCON Password", "description": "Leave blank to disable RCON.", "env_variable": "RCON_PASS",
                          "default_value": "", "user_viewable": True, "user_editable": True, "rules": "nullable|string|max:64", "field_type": "text"}]}
    return pick(r, ["eggs/egg-paper.json", "pterodactyl/eggs/paper.json"]), "json", json.dumps(egg, indent=4) + "\n"


@ntpl("ptero_api_fixture", "pterodactyl", "server_ids")
def n_pfix(r):
    u = uuid4(r)
    d = {"object": "server", "attributes": {"server_owner": True, "identifier": u[:8], "internal_id": r.randrange(1, 500), "uuid": u,
                                            "name": net_name(r), "node": "node-%02d" % r.randrange(1, 20),
                                            "sftp_details": {"ip": "node%d.%s" % (r.randrange(1, 9), domain(r)), "port": 2022},
                                            "limits": {"memory": 4096, "swap": 0, "disk": 20480, "io": 500, "cpu": 200},
                                            "relationships": {"allocations": {"object": "list", "data": [{"object": "allocation", "attributes": {"id": r.randrange(1, 9999), "ip": "0.0.0.0", "port": 25565, "is_default": True}}]}}}}
    return pick(r, ["tests/fixtures/server.json", "__fixtures__/ptero-server.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("ptero_masked_notes", "pterodactyl", "masked_value")
def n_pnotes(r):
    lines = ["# Panel automation", "", "| key | scope | owner | last 4 |", "|---|---|---|---|",
             "| ptla_•••••••• | application (read servers) | billing | `%s` |" % rs(r, 4),
             "| ptlc_•••••••• | client | restart bot | `%s` |" % rs(r, 4), "",
             "Keys live in 1Password (`op://Ops/ptero-%s/credential`). Rotate every 90 days." % pick(r, ["billing", "bot"]),
             "Client keys start with `ptlc_`, application keys with `ptla_`; never paste them in Discord."]
    return pick(r, ["docs/keys.md", "notes/panel.md"]), "markdown", J(lines)


@ntpl("tebex_webhook_fixture", "tebex", "transaction_ids")
def n_tebexfix(r):
    d = {"id": uuid4(r), "type": "payment.completed", "date": "2024-%02d-%02dT10:00:00+00:00" % (r.randrange(1, 13), r.randrange(1, 28)),
         "subject": {"transaction_id": "tbx-%s-%s" % (hexs(r, 14), hexs(r, 6)), "status": {"id": 1, "description": "Complete"},
                     "price": {"amount": round(r.uniform(2, 60), 2), "currency": "USD"},
                     "customer": {"username": {"id": uuid4(r, dashes=False), "username": player_name(r)}},
                     "products": [{"id": r.randrange(1000000, 7000000), "name": pick(r, ["VIP", "MVP+", "Crate Key x5"]), "quantity": 1}]}}
    return pick(r, ["tests/fixtures/tebex_payment.json", "test/webhook-payment.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("modrinth_index", "minecraft", "file_hashes")
def n_mrpack(r):
    files = []
    for _ in range(r.randrange(2, 5)):
        slug = pick(r, ["sodium", "lithium", "ferrite-core", "modmenu", "fabric-api", "krypton", "c2me"])
        pid = rs(r, 8)
        files.append({"path": "mods/%s-%s.jar" % (slug, mc_version(r)), "hashes": {"sha1": sha1_of(r), "sha512": sha512_of(r)},
                      "env": {"client": "required", "server": "required"},
                      "downloads": ["https://cdn.modrinth.com/data/%s/versions/%s/%s.jar" % (pid, rs(r, 8), slug)], "fileSize": r.randrange(10 ** 4, 10 ** 7)})
    d = {"formatVersion": 1, "game": "minecraft", "versionId": "1.%d.0" % r.randrange(9), "name": net_name(r) + " Pack",
         "files": files, "dependencies": {"minecraft": mc_version(r), "fabric-loader": "0.16.%d" % r.randrange(10)}}
    return "modrinth.index.json", "json", json.dumps(d, indent=2) + "\n"


@ntpl("curseforge_manifest", "minecraft", "mod_ids")
def n_cf(r):
    d = {"minecraft": {"version": mc_version(r), "modLoaders": [{"id": "forge-47.%d.%d" % (r.randrange(4), r.randrange(20)), "primary": True}]},
         "manifestType": "minecraftModpack", "manifestVersion": 1, "name": net_name(r), "version": "1.%d" % r.randrange(20),
         "author": player_name(r), "files": [{"projectID": r.randrange(200000, 1000000), "fileID": r.randrange(3000000, 6000000), "required": True} for _ in range(r.randrange(4, 12))],
         "overrides": "overrides"}
    return "manifest.json", "json", json.dumps(d, indent=2) + "\n"


@ntpl("gradle_kts_props", "gradle", "env_reference")
def n_gradle(r):
    lines = ["plugins {", "    java", "    id(\"com.gradleup.shadow\") version \"8.3.%d\"" % r.randrange(6), "}", "",
             "group = \"net.%s\"" % pick(r, WORDS), "version = \"1.%d.%d\"" % (r.randrange(9), r.randrange(9)), "",
             "repositories {", "    mavenCentral()", "    maven(\"https://repo.papermc.io/repository/maven-public/\")",
             "    maven(\"https://repo.%s/releases\") {" % domain(r), "        credentials {",
             "            username = findProperty(\"repoUser\") as String? ?: System.getenv(\"REPO_USER\")",
             "            password = findProperty(\"repoPassword\") as String? ?: System.getenv(\"REPO_PASSWORD\")", "        }", "    }", "}", "",
             "dependencies {", "    compileOnly(\"io.papermc.paper:paper-api:%s-R0.1-SNAPSHOT\")" % mc_version(r), "}"]
    return "build.gradle.kts", "gradle-kts", J(lines)


@ntpl("factorio_settings_empty", "factorio", "empty_value")
def n_fact(r):
    d = {"name": net_name(r), "description": "", "tags": ["game", "tags"], "max_players": 0,
         "visibility": {"public": False, "lan": True}, "username": "", "password": "", "token": "", "game_password": "",
         "require_user_verification": True, "autosave_interval": 10, "autosave_slots": 5, "auto_pause": True}
    return pick(r, ["data/server-settings.json", "factorio/server-settings.json"]), "json", json.dumps(d, indent=2) + "\n"


@ntpl("factorio_mod_list", "factorio", "mod_ids")
def n_factmods(r):
    d = {"mods": [{"name": "base", "enabled": True}] + [{"name": pick(r, ["even-distribution", "rate-calculator", "squeak-through", "bottleneck", "Krastorio2", "helmod", "FNEI"]), "enabled": r.random() < 0.8} for _ in range(r.randrange(3, 9))]}
    return "mods/mod-list.json", "json", json.dumps(d, indent=2) + "\n"


@ntpl("ts3server_ini", "teamspeak", "config_values")
def n_ts3ini(r):
    lines = ["machine_id=", "default_voice_port=9987", "voice_ip=0.0.0.0", "licensepath=", "filetransfer_port=30033",
             "filetransfer_ip=0.0.0.0", "query_port=10011", "query_ip=0.0.0.0", "query_ip_allowlist=query_ip_allowlist.txt",
             "query_ip_denylist=query_ip_denylist.txt", "dbplugin=ts3db_sqlite3", "dbpluginparameter=", "dbsqlpath=sql/",
             "dbsqlcreatepath=create_sqlite/", "dbconnections=10", "logpath=logs", "logquerycommands=0", "dbclientkeepdays=30",
             "logappend=0", "query_skipbruteforcecheck=0"]
    return "ts3server.ini", "ini", J(lines)


@ntpl("murmur_ini", "mumble", "empty_value")
def n_murmur(r):
    lines = ["; Murmur configuration file.", "database=/var/lib/mumble-server/mumble-server.sqlite", "",
             "; If you wish to use something other than SQLite, you'll need to set the name", "dbDriver=QSQLITE", "dbUsername=", "dbPassword=", "",
             "ice=\"tcp -h 127.0.0.1 -p 6502\"", "icesecretread=", "icesecretwrite=", "",
             "welcometext=\"<br />Welcome to the <b>%s</b> Mumble server.<br />\"" % net_name(r), "port=64738", "serverpassword=",
             "bandwidth=72000", "users=%d" % pick(r, [50, 100]), "sslCert=/etc/letsencrypt/live/voice.%s/fullchain.pem" % domain(r),
             "sslKey=/etc/letsencrypt/live/voice/privkey.pem"]
    return pick(r, ["mumble-server.ini", "murmur/murmur.ini"]), "ini", J(lines)


@ntpl("lgsm_default_cfg", "linuxgsm", "documented_default")
def n_lgsm(r):
    lines = ["## SteamCMD Login | https://docs.linuxgsm.com/steamcmd#steamcmd-login", "steamuser=\"username\"", "steampass='password'", "",
             "## Discord Alerts | https://docs.linuxgsm.com/alerts/discord", "discordalert=\"off\"", "discordwebhook=\"webhook\"", "",
             "## Game Server Login Token (GSLT): Optional", "gslt=\"\"", "",
             "## Server Parameters", "ip=\"0.0.0.0\"", "port=\"27015\"", "defaultmap=\"de_dust2\"", "maxplayers=\"16\""]
    return "lgsm/config-lgsm/csgoserver/_default.cfg", "linuxgsm-cfg", J(lines)


@ntpl("systemd_envfile", "minecraft", "file_reference")
def n_systemd(r):
    lines = ["[Unit]", "Description=Minecraft %i", "After=network.target", "", "[Service]", "User=minecraft",
             "WorkingDirectory=/srv/minecraft/%i", "EnvironmentFile=/etc/minecraft/%i.env", "ExecStart=/usr/bin/java -Xmx%dG -jar paper.jar --nogui" % r.randrange(2, 12),
             "ExecStop=/usr/bin/mcrcon -H 127.0.0.1 -P ${RCON_PORT} -p ${RCON_PASSWORD} stop", "Restart=on-failure", "",
             "[Install]", "WantedBy=multi-user.target"]
    return "deploy/minecraft@.service", "systemd", J(lines)


@ntpl("start_bat_aikar", "minecraft", "jvm_flags")
def n_startbat(r):
    mem = pick(r, [4, 6, 8, 10])
    lines = ["@echo off", "title %s" % net_name(r),
             "java -Xms%dG -Xmx%dG -XX:+UseG1GC -XX:+ParallelRefProcEnabled -XX:MaxGCPauseMillis=200 -XX:+UnlockExperimentalVMOptions -XX:+DisableExplicitGC -XX:+AlwaysPreTouch -XX:G1NewSizePercent=30 -XX:G1MaxNewSizePercent=40 -XX:G1HeapRegionSize=8M -XX:G1ReservePercent=20 -Daikars.new.flags=true -jar paper-%s.jar --nogui" % (mem, mem, mc_version(r)),
             "pause"]
    return "start.bat", "batch", J(lines)


@ntpl("compose_secrets_file", "minecraft", "secret_manager_reference")
def n_compose(r):
    lines = ["services:", "  mc:", "    image: itzg/minecraft-server", "    environment:", "      EULA: \"TRUE\"", "      TYPE: PAPER",
             "      ENABLE_RCON: \"true\"", "      RCON_PASSWORD_FILE: /run/secrets/rcon_pass", "      CF_API_KEY_FILE: /run/secrets/cf_api_key",
             "    secrets:", "      - rcon_pass", "      - cf_api_key", "    ports:", "      - \"25565:25565\"", "    volumes:", "      - mc-data:/data", "",
             "secrets:", "  rcon_pass:", "    file: ./secrets/rcon_pass.txt", "  cf_api_key:", "    external: true", "", "volumes:", "  mc-data: {}"]
    return "docker-compose.yml", "docker-compose", J(lines)


@ntpl("gha_secrets_refs", "github", "secret_manager_reference")
def n_gha(r):
    lines = ["name: deploy", "on:", "  push:", "    tags: ['v*']", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - run: ./gradlew build", "      - name: upload & restart", "        env:",
             "          PTERO_KEY: ${{ secrets.PTERO_CLIENT_KEY }}", "          PTERO_URL: %s" % panel_url(r),
             "          DISCORD_WEBHOOK: ${{ secrets.DISCORD_WEBHOOK }}", "        run: |", "          ./scripts/deploy.sh \"$PTERO_URL\" %s" % hexs(r, 8),
             "          curl -sS -H 'Content-Type: application/json' -d '{\"content\":\"deployed\"}' \"$DISCORD_WEBHOOK\""]
    return ".github/workflows/deploy.yml", "github-actions", J(lines)


@ntpl("latest_log", "minecraft", "player_uuid")
def n_log(r):
    lines = []
    h = r.randrange(24)
    lines.append("[%02d:00:01] [Server thread/INFO]: Starting minecraft server version %s" % (h, mc_version(r)))
    lines.append("[%02d:00:09] [RCON Listener #1/INFO]: Thread RCON Listener started" % h)
    lines.append("[%02d:00:09] [Server thread/INFO]: RCON running on 0.0.0.0:25575" % h)
    for i in range(r.randrange(3, 9)):
        n = player_name(r)
        lines.append("[%02d:%02d:%02d] [User Authenticator #%d/INFO]: UUID of player %s is %s" % (h, i + 1, r.randrange(60), i + 1, n, uuid4(r)))
        lines.append("[%02d:%02d:%02d] [Server thread/INFO]: %s[/%s:%d] logged in with entity id %d at (%.1f, 64.0, %.1f)" % (h, i + 1, r.randrange(60), n, "203.0.113.%d" % r.randrange(1, 250), r.randrange(40000, 65000), r.randrange(100, 9999), r.uniform(-500, 500), r.uniform(-500, 500)))
    return pick(r, ["logs/latest.log", "support/latest.log"]), "log", J(lines)


@ntpl("env_example", "discord", "empty_value")
def n_envex(r):
    lines = ["# copy to .env and fill in", "DISCORD_TOKEN=", "GUILD_ID=", "PTERODACTYL_URL=https://panel.example.com", "PTERODACTYL_API_KEY=",
             "RCON_HOST=127.0.0.1", "RCON_PORT=25575", "RCON_PASSWORD=", "STEAM_API_KEY=", "TEBEX_SECRET="]
    return ".env.example", "dotenv", J(lines)


@ntpl("geyser_config_keys", "minecraft", "public_key_path")
def n_geyser(r):
    lines = ["bedrock:", "  address: 0.0.0.0", "  port: 19132", "  clone-remote-port: false", "  motd1: \"%s\"" % net_name(r),
             "remote:", "  address: auto", "  port: 25565", "  auth-type: floodgate", "",
             "# Floodgate uses encryption to ensure use from authorised sources.",
             "# This should point to the public key generated by Floodgate (BungeeCord, Spigot or Velocity)",
             "floodgate-key-file: key.pem", "", "saved-user-logins:", "  - %s" % player_name(r),
             "pending-authentication-timeout: 120", "command-suggestions: true", "xbox-achievements-enabled: false"]
    return "plugins/Geyser-Spigot/config.yml", "yaml", J(lines)


@ntpl("mc_world_seeds_md", "minecraft", "world_seed_and_pack_hash")
def n_seeds(r):
    lines = ["# Seasons", "", "| season | version | seed | map download sha256 |", "|---|---|---|---|"]
    for i in range(r.randrange(3, 7)):
        lines.append("| S%d | %s | `%s` | `%s` |" % (i + 1, mc_version(r), seed_int(r), sha256_of(r)))
    lines += ["", "World downloads are on the website; verify with `sha256sum`."]
    return pick(r, ["docs/seasons.md", "SEASONS.md"]), "markdown", J(lines)


@ntpl("steam_api_key_envlookup_cs", "steam", "env_reference")
def n_cs(r):
    lines = ["using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace Community.Tools", "{",
             "    public static class SteamProfiles", "    {", "        private static readonly HttpClient Http = new HttpClient();",
             "        private static string Key => Environment.GetEnvironmentVariable(\"STEAM_WEB_API_KEY\")",
             "            ?? throw new InvalidOperationException(\"STEAM_WEB_API_KEY not set\");", "",
             "        public static Task<string> Summary(ulong steamId) =>",
             "            Http.GetStringAsync($\"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key={Key}&steamids={steamId}\");", "",
             "        public const ulong TestAccount = %sUL;" % steam64(r), "    }", "}"]
    return "src/Community.Tools/SteamProfiles.cs", "csharp", J(lines)


@ntpl("java_hash_util", "minecraft", "digest_constant")
def n_java(r):
    pkg = "net.%s.util" % pick(r, WORDS)
    lines = ["package %s;" % pkg, "", "import java.security.MessageDigest;", "import java.util.HexFormat;", "",
             "public final class PackHash {", "    /** sha1 of the resource pack shipped with 2.%d, used to skip re-downloads */" % r.randrange(10),
             "    public static final String EXPECTED_SHA1 = \"%s\";" % sha1_of(r), "",
             "    /** offline-mode UUID namespace prefix as used by the vanilla server */",
             "    public static final String OFFLINE_PREFIX = \"OfflinePlayer:\";", "",
             "    public static String sha1(byte[] data) throws Exception {",
             "        return HexFormat.of().formatHex(MessageDigest.getInstance(\"SHA-1\").digest(data));", "    }", "}"]
    return "src/main/java/%s/PackHash.java" % pkg.replace(".", "/"), "java", J(lines)



@ntpl("ansible_vault_file", "ansible", "ciphertext")
def n_vault(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(r, 80) for _ in range(r.randrange(6, 14))] + [hexs(r, r.randrange(10, 70))]
    return pick(r, ["group_vars/gameservers/vault.yml", "inventory/group_vars/minecraft/vault.yml"]), "ansible-vault", J(lines)


@ntpl("sops_encrypted_yaml", "sops", "ciphertext")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    lines = ["rcon_password: " + enc(r.randrange(12, 24)), "discord_token: " + enc(r.randrange(60, 72)),
             "ptero_client_key: " + enc(48), "sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
             "        - recipient: age1" + rs(r, 58, bech), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(r, 180)).decode()
    lines += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT18:22:41Z\"" % (r.randrange(1, 13), r.randrange(1, 28)),
              "    mac: " + enc(32).replace("type:str", "type:str"), "    pgp: []", "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (r.randrange(7, 10), r.randrange(3))]
    return pick(r, ["secrets/minecraft.enc.yaml", "k8s/secrets.sops.yaml"]), "yaml", J(lines)


@ntpl("mojang_profile_fixture", "minecraft", "signature")
def n_profile(r):
    uid = uuid4(r, dashes=False)
    name = player_name(r)
    tex = {"timestamp": r.randrange(1600000000000, 1750000000000), "profileId": uid, "profileName": name, "signatureRequired": True,
           "textures": {"SKIN": {"url": "http://textures.minecraft.net/texture/" + hexs(r, 64)}}}
    d = {"id": uid, "name": name, "properties": [{"name": "textures", "value": base64.b64encode(json.dumps(tex).encode()).decode(),
                                                   "signature": base64.b64encode(rbytes(r, 512)).decode()}], "profileActions": []}
    return pick(r, ["src/test/resources/profile.json", "tests/fixtures/session_profile.json"]), "json", json.dumps(d, indent=2) + "\n"

# ===========================================================================
# driver
# ===========================================================================
N_POS = 500
N_NEG = 500


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        raise AssertionError("needle missing")
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    d = os.path.dirname(p)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def build(seed):
    r = random.Random(seed)
    obvious = [t for t in POS_T if t["obvious"]]
    neutral = [t for t in POS_T if not t["obvious"]]
    files, manifest, secrets = [], [], []
    seen = set()

    # positives: alternate obvious / neutral naming; cycle templates in shuffled order for coverage
    queues = {True: [], False: []}
    for i in range(N_POS):
        ob = (i % 2 == 0)
        q = queues[ob]
        if not q:
            q.extend(obvious if ob else neutral)
            r.shuffle(q)
        t = q.pop()
        for _ in range(20):
            needle, ctx = SECRET_GEN[t["kind"]](r)
            if needle not in seen:
                break
        seen.add(needle)
        path, ftype, text = t["render"](r, V(lit=needle), ctx)
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": ftype,
                         "template": t["name"], "naming": "obvious" if ob else "neutral"})
        secrets.append({"file": rel, "needle": needle, "line": line_of(text, needle)})

    # negatives: half re-use positive templates with a look-alike in the slot, half domain look-alikes
    reuse_q, dom_q = [], []
    for i in range(N_NEG):
        if i % 2 == 0:
            if not reuse_q:
                reuse_q.extend(POS_T)
                r.shuffle(reuse_q)
            t = reuse_q.pop()
            v, style = neg_value(r, t["kind"])
            path, ftype, text = t["render"](r, v, {})
            rel = "neg/n%04d/%s" % (i, path)
            manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": style, "filetype": ftype,
                             "template": t["name"], "slot_kind": t["kind"]})
        else:
            if not dom_q:
                dom_q.extend(NEG_T)
                r.shuffle(dom_q)
            t = dom_q.pop()
            path, ftype, text = t["render"](r)
            rel = "neg/n%04d/%s" % (i, path)
            manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": t["kind"], "filetype": ftype,
                             "template": t["name"]})
        files.append((rel, text))
    return files, manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dt.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    files, manifest, secrets = build(seed)
    for rel, text in files:
        write(outdir, rel, text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
