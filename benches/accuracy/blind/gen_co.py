#!/usr/bin/env python3
r"""Blind evaluation-set generator "co": game backends, live-ops and game distribution.

EMPHASIS
  Credentials that game studios commit by accident: PlayFab title (developer)
  secret keys, Epic Online Services client secrets (incl. BuildPatchTool store
  uploads and EasyAntiCheat server integration), Steamworks Web API keys and
  publisher keys, steamcmd build-account passwords, Unity Gaming Services
  service-account secrets, Nakama server keys / runtime http keys / console
  passwords, Photon custom-auth shared secrets, Colyseus JWT secrets, Hathora
  developer tokens, Roblox Open Cloud API keys, AWS (GameLift) secret access
  keys, Xsolla API keys and webhook secret keys, itch.io butler API keys, Discord
  client secrets and bot tokens, Google Play (Games / publishing) service-account
  private keys, App Store Connect / Game Center .p8 keys, dedicated-server RCON
  and admin passwords (Source, Minecraft, Rust, ARK, Palworld), BattlEye RCon
  passwords, GameAnalytics secret keys.
  File types: Unity C# MonoBehaviours, ScriptableObject / settings .asset YAML,
  .meta files, Unreal DefaultEngine.ini / DefaultGame.ini / GameUserSettings.ini,
  .Build.cs, C++ headers/sources, GDScript, project.godot, export_presets.cfg,
  Lua/Luau, TypeScript/JavaScript game servers, Go Nakama modules, Python
  tooling, JSON/YAML/TOML/INI configs, .env, Dockerfiles, docker-compose,
  GitHub Actions and GitLab CI store-upload pipelines, shell/PowerShell/batch
  scripts, Markdown runbooks, Kubernetes secrets, Terraform, server.cfg,
  server.properties, BEServer_x64.cfg, AWS credentials files, Steam VDF.

USAGE
  python3 gen_co.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED: all
  randomness comes from random.Random(SEED); no clock, no os.urandom, no set or
  hash-order iteration. Standard library only.
  manifest.jsonl has the required keys (file, label, provider, kind, filetype)
  plus "template"; positives add "naming" (obvious|neutral), re-used-template
  negatives add "lookalike_of" (the positive kind whose template was re-used).
  For negatives "kind" is the look-alike class (placeholder, env_reference,
  secret_manager_ref, masked, empty, doc_example, documented_defaults,
  photon_app_id, steam_app_id, steam_ids, eos_ids, project_ids, asset_guid,
  content_hashes, save_checksum, seeds, public_key, signature, ...).

NEEDLE CONVENTIONS
  * needle = the secret half exactly as it appears in the file; "line" is the
    1-based line where the needle starts (its first occurrence; every needle
    occurs exactly once in its file).
  * id/secret pairs (AWS key id + secret, EOS client id + secret, UGS key id +
    secret, Xsolla merchant id + API key, GameAnalytics game key + secret key,
    Discord application id + client secret, App Store key id + .p8) count as one
    credential; the needle is the secret half, the public half may sit nearby.
  * Google service-account keys: the needle is the JSON/string value of
    private_key as written, i.e. one line with literal "\n" escapes
    ("-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n").
  * Apple .p8 keys are multi-line: the needle is the whole PEM block from
    "-----BEGIN PRIVATE KEY-----" to "-----END PRIVATE KEY-----" as written
    (in YAML block scalars it includes the 4-space indentation of the
    continuation lines); "line" is the BEGIN line.
  * Passwords: the needle is the password only (not the key name, not quotes).
  * Half of the positives use an obvious name (STEAM_API_KEY, DeveloperSecretKey,
    rcon_password...), half a neutral one (backend_value, svc_b, gate_value...)
    or a placement without a telling name: positional arguments
    (new Client("<server key>", host, port), GameAnalytics.initialize(gameKey,
    secret), client.login(token), requests auth=(id, secret)), URLs
    (?key=, ?http_key=, rcon://:pw@host), HTTP headers (X-SecretKey, x-api-key,
    Authorization: Bearer/Bot), CLI flags (steamcmd +login user pw,
    hathora-cloud --token, BuildPatchTool -ClientSecret=).

NEGATIVES
  Half re-use positive templates with the secret slot filled by: placeholders
  (YOUR_..., <your-...>, REPLACE_ME, xxxx...), environment references (${X},
  $X, ${{ secrets.X }}, %X%), secret-manager references (vault:, AWS Secrets
  Manager ARN, GCP secret path, op://, azurekeyvault://), masked/redacted values,
  empty values, and provider documentation examples (AWS AKIAIOSFODNN7EXAMPLE /
  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Nakama defaultkey/defaulthttpkey).
  The other half are domain look-alikes: Unity .meta asset GUIDs,
  PhotonServerSettings.asset app ids, Unity ProjectSettings cloudProjectId /
  productGUID, AssetBundle manifests (CRC + hashes), Steam app-build VDF, Steam
  OnlineSubsystem ini (app ids), banned_user.cfg SteamIDs, EOS product/sandbox/
  deployment/client ids with the secret read from the environment, Godot
  export_presets.cfg with empty credentials, project.godot with public ids,
  save-game JSON with checksums and seeds, build manifests with sha256s, npm
  integrity hashes, GameLift Terraform with resource ids/ARNs, Discord public
  key (documented public), Google Play licensing public RSA key, Game Center
  identity-verification signature/salt (player-side public data), Xsolla webhook
  fixture with a Signature digest, GameAnalytics event samples (session UUIDs),
  Roblox universe/place ids, Hathora app/process/room ids in a test, world
  seeds, i18n strings mentioning passwords/keys, a key-rotation log with last-4
  masks, moto tests with the AWS documentation keys, RFC 4231 HMAC test vector,
  Nakama local config with documented defaults, entrypoints that generate RCON
  passwords at runtime, CI workflows that only reference secrets.

DOUBTS (formats written from memory, or labels a reviewer might dispute)
  * PlayFab title secret key: written as 52 chars [A-Z0-9]; the docs consulted
    describe the key and the X-SecretKey header but not its exact shape.
  * EOS client secret: 43-char unpadded standard base64 (may contain + and /);
    EOS client id as "xyza7891" + 24 alphanumerics; product/sandbox/deployment
    ids as 32 lowercase hex. From memory. The EasyAntiCheat kind is the same
    EOS client-credential secret used by the anti-cheat server integration (EAC
    itself has no separately documented key format I could confirm).
  * Steam Web API / publisher keys: 32 uppercase hex (from memory, fairly sure).
  * UGS service-account secret: 32 alphanumerics, key id a UUID. Unsure of the
    secret's exact alphabet/length.
  * Nakama keys are free-form strings chosen by the operator; the generated
    ones are random. Labelling Nakama's documented defaults (defaultkey,
    defaulthttpkey, defaultencryptionkey) as negatives is disputable: they are
    public defaults, but shipping them to production is a misconfiguration.
  * Photon custom-auth secret and Colyseus JWT secret are user-chosen shared
    secrets (random base64url/hex here); no provider format exists.
  * Hathora: two shapes, an RS256 JWT developer token (auth0-style claims) and
    an "hathora_org_st_" + 40 alphanumerics org token; the prefix and length
    are from memory and uncertain.
  * Roblox Open Cloud keys: either 48 alphanumerics (older style) or a long
    standard-base64 blob wrapping a JWT; both are guesses at the shape; the
    docs consulted only describe the x-api-key header.
  * Xsolla API key as 40 lowercase hex and project webhook secret key as 16/20/32
    alphanumerics: from memory, uncertain.
  * itch.io butler API key as 40 alphanumerics: from memory, uncertain.
  * Discord client secret 32 chars [A-Za-z0-9_-]; bot token = base64(user id).
    6 chars.27/38 chars (from memory).
  * Google service-account private key and Apple .p8 are well-formed PKCS#8 DER
    prefixes with random key material (not mathematically valid keys).
  * GameAnalytics: game key 32 hex (kept as a public id, also present in
    negatives that re-use GA templates) and secret key 40 hex; the SDKs embed
    both in clients, so a reviewer might argue the secret key is low-value, but
    it is labelled positive. A reviewer might also flag the GA game key alone.
  * steamcmd build-account passwords, RCON/admin/console/BattlEye passwords and
    their realistic human shapes are positives; a join-only server password is
    deliberately never used as a positive.
  * EOS client ids, AWS access-key ids (always the documentation example id in
    negatives), Google private_key_id and Apple key/issuer/team ids are treated
    as identifiers, not secrets.

SEARCHES
  search(docs)  "PlayFab title secret key X-SecretKey header" -> Microsoft Learn
                secret-key management and REST pages (header name only).
  search(docs)  "Hathora developer token HATHORA_TOKEN" -> nothing relevant.
  search(pages) "Roblox Open Cloud API key x-api-key header" -> create.roblox.com
                API-key docs (header only, no format).
  search(docs)  "Epic Online Services ClientId ClientSecret ProductId ..." ->
                Unreal EOSSettings API reference (artifact field names).
  search(docs)  "Unity Gaming Services service account key id secret key ..."
                -> docs.unity.com (ugs login --service-key-id/--secret-key-stdin,
                Basic auth with base64(keyId:secret)).
  search(pages) "butler itch.io BUTLER_API_KEY CI push" -> itch.io butler docs.
  Scanner rule code / regexes shown by any search: none.
"""

import base64
import hashlib
import json
import os
import random
import sys
import uuid

# ---------------------------------------------------------------------------
# alphabets / small helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"

MODE = {"neg": False}
SECRETS = []          # every secret generated (positive mode only)


class NegSecretError(Exception):
    pass


def _reg(v):
    if MODE["neg"]:
        raise NegSecretError("secret generator called while building a negative")
    SECRETS.append(v)
    return v


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def rs_mixed(r, n, alpha):
    """random string that contains at least one digit and one letter (and
    both cases when the alphabet has them) so it looks machine-generated."""
    while True:
        s = rs(r, n, alpha)
        has_d = any(c.isdigit() for c in s)
        has_u = any(c.isupper() for c in s)
        has_l = any(c.islower() for c in s)
        ok = has_d
        if any(c in alpha for c in UP):
            ok = ok and has_u
        if any(c in alpha for c in LO):
            ok = ok and has_l
        if ok:
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 24)).hexdigest()


def sha1hex(r):
    return hashlib.sha1(rbytes(r, 24)).hexdigest()


def md5hex(r):
    return hashlib.md5(rbytes(r, 24)).hexdigest()


def style(parts, s):
    parts = [p.lower() for p in parts]
    if s == "snake":
        return "_".join(parts)
    if s == "screaming":
        return "_".join(parts).upper()
    if s == "kebab":
        return "-".join(parts)
    if s == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if s == "pascal":
        return "".join(p.capitalize() for p in parts)
    if s == "dot":
        return ".".join(parts)
    raise ValueError(s)


# ---------------------------------------------------------------------------
# id / harmless value generators (safe in negatives)
# ---------------------------------------------------------------------------
def playfab_title_id(r):
    return rs(r, r.choice([4, 5, 5, 5]), HEXU)


def steam_app_id(r):
    return str(r.randint(1000, 2999) * 1000 + r.choice([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]))


def steam_id64(r):
    return str(76561197960265728 + r.randint(10_000_000, 1_300_000_000))


def eos_id32(r):
    return rs(r, 32, HEXL)


def eos_client_id(r):
    return "xyza7891" + rs_mixed(r, 24, ALNUM)


def discord_snowflake(r):
    return str(r.randint(700_000_000_000_000_000, 1_300_000_000_000_000_000))


def aws_account(r):
    return "".join(r.choice(DG) for _ in range(12))


def aws_region(r):
    return r.choice(["us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                     "ap-northeast-1", "ap-southeast-2", "sa-east-1"])


def game_name(r):
    a = r.choice(["star", "iron", "pixel", "moon", "storm", "frost", "ember",
                  "void", "tiny", "hollow", "rogue", "sky", "deep", "neon"])
    b = r.choice(["forge", "raiders", "drift", "keep", "arena", "tactics",
                  "rally", "garden", "legion", "harbor", "siege", "quest"])
    return a, b


WORDS = ["granite", "otter", "falcon", "mango", "harbor", "nebula", "tundra",
         "copper", "willow", "raven", "ember", "glacier", "cobalt", "pixel",
         "bison", "quartz", "saffron", "lumen", "onyx", "maple", "drift",
         "badger", "cedar", "vortex", "kestrel", "juniper", "orbit", "puffin",
         "basalt", "meadow", "walrus", "thistle", "sparrow", "canyon", "marble",
         "lantern", "pepper", "rocket", "summit", "velvet", "tangerine"]


# ---------------------------------------------------------------------------
# secret generators (positive only: they register what they produce)
# ---------------------------------------------------------------------------
def human_password(r):
    p = r.randrange(6)
    w1, w2, w3 = r.sample(WORDS, 3)
    sym = r.choice("!@%*_-.+")
    if p == 0:
        s = w1.capitalize() + sym + w2.capitalize() + str(r.randint(10, 99))
    elif p == 1:
        s = "-".join([w1, w2, w3]) + str(r.randint(1, 9))
    elif p == 2:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0")
        s = leet.capitalize() + str(r.randint(1970, 2024)) + sym
    elif p == 3:
        s = rs_mixed(r, r.choice([14, 16, 20]), ALNUM + "!@%*_-")
    elif p == 4:
        s = w1 + w2.capitalize() + sym + str(r.randint(100, 9999))
    else:
        s = w1[:3].upper() + sym + w2 + str(r.randint(1, 99)) + w3.capitalize()
    return _reg(s)


def g_playfab(r):
    return _reg(rs_mixed(r, 52, UP + DG))


def g_eos_secret(r):
    while True:
        s = base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
        if any(c.isdigit() for c in s):
            return _reg(s)


def g_steam(r):
    return _reg(rs_mixed(r, 32, HEXU))


def g_ugs(r):
    return _reg(rs_mixed(r, 32, ALNUM))


def g_nakama(r):
    c = r.randrange(3)
    if c == 0:
        return _reg(rs_mixed(r, r.choice([24, 32]), ALNUM))
    if c == 1:
        return _reg(b64u(rbytes(r, 24)))
    return _reg(rs_mixed(r, 40, HEXL))


def g_photon_secret(r):
    return _reg(b64u(rbytes(r, 32)) if r.random() < 0.5 else rs_mixed(r, 48, ALNUM))


def g_colyseus(r):
    return _reg(rs_mixed(r, 64, HEXL) if r.random() < 0.5 else b64u(rbytes(r, 48)))


def _jwt(r, header, payload, siglen):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, siglen))


def g_hathora(r):
    if r.random() < 0.5:
        return _reg("hathora_org_st_" + rs_mixed(r, 40, ALNUM))
    iat = 1700000000 + r.randint(0, 60_000_000)
    payload = {"iss": "https://auth.hathora.com/",
               "sub": "google-oauth2|" + "".join(r.choice(DG) for _ in range(21)),
               "aud": ["https://cloud.hathora.com", "https://dev-hathora.us.auth0.com/userinfo"],
               "iat": iat, "exp": iat + 86400 * 365, "azp": rs(r, 32, ALNUM),
               "scope": "openid profile email offline_access"}
    return _reg(_jwt(r, {"alg": "RS256", "typ": "JWT", "kid": rs(r, 22, B64URL)}, payload, 256))


def g_roblox(r):
    if r.random() < 0.45:
        return _reg(rs_mixed(r, 48, ALNUM))
    iat = 1700000000 + r.randint(0, 60_000_000)
    inner = _jwt(r, {"alg": "RS256", "kid": "sig-2021-07-13T18:51:49Z", "typ": "JWT"},
                 {"baseApiKey": rs(r, 48, ALNUM), "owner": str(r.randint(10_000_000, 4_000_000_000)),
                  "exp": iat + 3600, "iat": iat, "nbf": iat}, 256)
    raw = rs(r, 48, ALNUM) + inner
    return _reg(base64.b64encode(raw.encode()).decode())


def g_aws_secret(r):
    return _reg(rs_mixed(r, 40, ALNUM + "+/"))


def aws_key_id(r):
    return "AKIA" + rs(r, 16, B32)


def g_xsolla_api(r):
    return _reg(rs_mixed(r, 40, HEXL))


def g_xsolla_webhook(r):
    return _reg(rs_mixed(r, r.choice([16, 20, 32]), ALNUM))


def g_itch(r):
    return _reg(rs_mixed(r, 40, ALNUM))


def g_discord_secret(r):
    return _reg(rs_mixed(r, 32, ALNUM + "-_"))


def g_discord_bot(r):
    sf = discord_snowflake(r)
    a = base64.b64encode(sf.encode()).decode().rstrip("=")
    return _reg(a + "." + rs(r, 6, B64URL) + "." + rs_mixed(r, r.choice([27, 38]), B64URL))


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def _pem_lines(der, label):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label]


def rsa_pkcs8_der(r):
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    body = bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 1217 - len(head) - 1)
    return head + body


def g_google_sa_key(r):
    """returns the JSON-escaped private_key string as it appears in a
    service-account JSON file (single line with literal \\n)."""
    pem = "\n".join(_pem_lines(rsa_pkcs8_der(r), "PRIVATE KEY")) + "\n"
    return _reg(pem.replace("\n", "\\n"))


def ec_p8_pem(r):
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
           + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64))
    return "\n".join(_pem_lines(der, "PRIVATE KEY"))


def g_p8(r):
    return _reg(ec_p8_pem(r))


def g_ga_secret(r):
    return _reg(rs_mixed(r, 40, HEXL))


def g_ga_gamekey(r):
    return rs(r, 32, HEXL)


# ---------------------------------------------------------------------------
# kinds
# ---------------------------------------------------------------------------
class Kind:
    def __init__(self, provider, kind, gen, obvious, ctx=None, urlsafe=True,
                 header=None, env=None, doc_examples=None, human=False):
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.obvious = obvious          # list of name-part lists
        self.ctx = ctx or (lambda r: [])
        self.urlsafe = urlsafe
        self.header = header            # (header-name, value-format)
        self.env = env                  # canonical env var name
        self.doc_examples = doc_examples or []
        self.human = human


NEUTRAL = [["backend", "value"], ["live", "cfg"], ["remote", "param"], ["service", "blob"],
           ["svc", "b"], ["title", "opt"], ["hook", "value"], ["upload", "arg"], ["cfg", "data"],
           ["conn", "str2"], ["primary"], ["ops", "value"], ["bootstrap", "param"], ["k2"],
           ["runtime", "arg"], ["ext", "value"], ["integration", "value"], ["x", "value"],
           ["shared"], ["gate", "value"], ["deploy", "param"], ["blob"], ["srv", "opt"]]


def ctx_playfab(r):
    t = playfab_title_id(r)
    return [(["title", "id"], t), (["api", "url"], "https://%s.playfabapi.com" % t)]


def ctx_eos(r):
    return [(["client", "id"], eos_client_id(r)), (["product", "id"], eos_id32(r)),
            (["sandbox", "id"], eos_id32(r)), (["deployment", "id"], eos_id32(r))]


def ctx_steam(r):
    return [(["app", "id"], steam_app_id(r)), (["api", "base"], "https://api.steampowered.com")]


def ctx_steam_pub(r):
    return [(["app", "id"], steam_app_id(r)), (["partner", "api"], "https://partner.steam-api.com")]


def ctx_steam_build(r):
    g = game_name(r)
    return [(["steam", "user"], "%s_%s_builder" % g), (["app", "id"], steam_app_id(r)),
            (["depot", "id"], str(int(steam_app_id(r)) + 1))]


def ctx_ugs(r):
    return [(["key", "id"], ruuid(r)), (["project", "id"], ruuid(r)), (["environment", "id"], ruuid(r))]


def ctx_nakama(r):
    return [(["host"], r.choice(["nakama.internal", "127.0.0.1", "game-api.%s%s.gg" % game_name(r)])),
            (["port"], r.choice(["7350", "7351", "443"]))]


def ctx_photon(r):
    return [(["photon", "app", "id"], ruuid(r)), (["region"], r.choice(["eu", "us", "asia", "jp", "usw"]))]


def ctx_colyseus(r):
    return [(["port"], r.choice(["2567", "3000", "8080"])), (["redis", "url"], "redis://redis:6379/0")]


def ctx_hathora(r):
    return [(["app", "id"], "app-" + ruuid(r)), (["region"], r.choice(["Washington_DC", "Frankfurt", "Singapore", "Seattle"]))]


def ctx_roblox(r):
    return [(["universe", "id"], str(r.randint(1_000_000_000, 6_999_999_999))),
            (["place", "id"], str(r.randint(1_000_000_000, 19_999_999_999)))]


def ctx_aws(r):
    if MODE["neg"]:
        kid = "AKIAIOSFODNN7EXAMPLE"
    else:
        kid = aws_key_id(r)
    return [(["access", "key", "id"], kid), (["region"], aws_region(r)),
            (["fleet", "id"], "fleet-" + ruuid(r))]


def ctx_xsolla(r):
    return [(["merchant", "id"], str(r.randint(100000, 999999))), (["project", "id"], str(r.randint(100000, 299999)))]


def ctx_itch(r):
    g = game_name(r)
    return [(["itch", "user"], g[0] + "studio"), (["itch", "game"], "-".join(g))]


def ctx_discord(r):
    return [(["application", "id"], discord_snowflake(r)), (["guild", "id"], discord_snowflake(r))]


def ctx_google(r):
    g = game_name(r)
    proj = "%s-%s-%d" % (g[0], g[1], r.randint(100000, 999999))
    return [(["project", "id"], proj),
            (["client", "email"], "play-publisher@%s.iam.gserviceaccount.com" % proj)]


def ctx_apple(r):
    return [(["key", "id"], rs(r, 10, UP + DG)), (["issuer", "id"], ruuid(r)), (["team", "id"], rs(r, 10, UP + DG))]


def ctx_rcon(r):
    return [(["host"], r.choice(["10.0.4.%d" % r.randint(2, 250), "play.%s%s.net" % game_name(r), "127.0.0.1"])),
            (["port"], r.choice(["27015", "25575", "28016", "32330", "2306"]))]


def ctx_ga(r):
    return [(["game", "key"], g_ga_gamekey(r)), (["build"], "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 99)))]


K = [
    Kind("playfab", "playfab_title_secret_key", g_playfab,
         [["playfab", "secret", "key"], ["developer", "secret", "key"], ["playfab", "dev", "secret"], ["title", "secret", "key"]],
         ctx_playfab, header=("X-SecretKey", "{v}"), env="PLAYFAB_SECRET_KEY"),
    Kind("epic", "eos_client_secret", g_eos_secret,
         [["eos", "client", "secret"], ["epic", "client", "secret"], ["client", "secret"]],
         ctx_eos, urlsafe=False, env="EOS_CLIENT_SECRET"),
    Kind("easyanticheat", "eac_server_client_secret", g_eos_secret,
         [["eac", "client", "secret"], ["anticheat", "client", "secret"], ["eos", "anticheat", "secret"]],
         ctx_eos, urlsafe=False, env="EAC_CLIENT_SECRET"),
    Kind("steam", "steam_web_api_key", g_steam,
         [["steam", "api", "key"], ["steam", "web", "api", "key"], ["steam", "key"]],
         ctx_steam, env="STEAM_API_KEY"),
    Kind("steam", "steam_publisher_web_api_key", g_steam,
         [["steam", "publisher", "key"], ["steam", "partner", "key"], ["publisher", "api", "key"]],
         ctx_steam_pub, env="STEAM_PUBLISHER_KEY"),
    Kind("steam", "steam_build_account_password", human_password,
         [["steam", "password"], ["steam", "build", "password"], ["steamcmd", "password"]],
         ctx_steam_build, env="STEAM_PASSWORD", human=True),
    Kind("unity", "ugs_service_account_secret", g_ugs,
         [["ugs", "secret", "key"], ["service", "account", "secret"], ["unity", "service", "secret"]],
         ctx_ugs, env="UGS_CLI_SERVICE_SECRET_KEY"),
    Kind("nakama", "nakama_server_key", g_nakama,
         [["nakama", "server", "key"], ["server", "key"], ["socket", "server", "key"]],
         ctx_nakama, env="NAKAMA_SERVER_KEY", doc_examples=["defaultkey"]),
    Kind("nakama", "nakama_http_key", g_nakama,
         [["nakama", "http", "key"], ["runtime", "http", "key"], ["http", "key"]],
         ctx_nakama, env="NAKAMA_HTTP_KEY", doc_examples=["defaulthttpkey"]),
    Kind("nakama", "nakama_console_password", human_password,
         [["console", "password"], ["nakama", "console", "password"], ["admin", "password"]],
         ctx_nakama, env="NAKAMA_CONSOLE_PASSWORD", human=True),
    Kind("photon", "photon_custom_auth_secret", g_photon_secret,
         [["photon", "auth", "secret"], ["custom", "auth", "secret"], ["photon", "shared", "secret"]],
         ctx_photon, env="PHOTON_AUTH_SECRET"),
    Kind("colyseus", "colyseus_jwt_secret", g_colyseus,
         [["jwt", "secret"], ["colyseus", "jwt", "secret"], ["auth", "secret"]],
         ctx_colyseus, env="JWT_SECRET"),
    Kind("hathora", "hathora_token", g_hathora,
         [["hathora", "token"], ["hathora", "dev", "token"], ["hathora", "api", "token"]],
         ctx_hathora, header=("Authorization", "Bearer {v}"), env="HATHORA_TOKEN"),
    Kind("roblox", "roblox_open_cloud_api_key", g_roblox,
         [["roblox", "api", "key"], ["open", "cloud", "key"], ["roblox", "open", "cloud", "key"]],
         ctx_roblox, urlsafe=False, header=("x-api-key", "{v}"), env="ROBLOX_API_KEY"),
    Kind("aws", "aws_secret_access_key", g_aws_secret,
         [["aws", "secret", "access", "key"], ["secret", "access", "key"], ["gamelift", "secret", "key"]],
         ctx_aws, urlsafe=False, env="AWS_SECRET_ACCESS_KEY",
         doc_examples=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    Kind("xsolla", "xsolla_api_key", g_xsolla_api,
         [["xsolla", "api", "key"], ["merchant", "api", "key"], ["xsolla", "key"]],
         ctx_xsolla, env="XSOLLA_API_KEY"),
    Kind("xsolla", "xsolla_webhook_secret", g_xsolla_webhook,
         [["xsolla", "webhook", "secret"], ["webhook", "secret", "key"], ["xsolla", "project", "secret"]],
         ctx_xsolla, env="XSOLLA_WEBHOOK_SECRET"),
    Kind("itch", "itch_butler_api_key", g_itch,
         [["butler", "api", "key"], ["itch", "api", "key"], ["butler", "key"]],
         ctx_itch, header=("Authorization", "Bearer {v}"), env="BUTLER_API_KEY"),
    Kind("discord", "discord_client_secret", g_discord_secret,
         [["discord", "client", "secret"], ["client", "secret"], ["oauth", "client", "secret"]],
         ctx_discord, env="DISCORD_CLIENT_SECRET"),
    Kind("discord", "discord_bot_token", g_discord_bot,
         [["discord", "token"], ["bot", "token"], ["discord", "bot", "token"]],
         ctx_discord, header=("Authorization", "Bot {v}"), env="DISCORD_TOKEN"),
    Kind("google", "google_play_service_account_key", g_google_sa_key,
         [["google", "private", "key"], ["play", "service", "account", "key"], ["gcp", "private", "key"]],
         ctx_google, urlsafe=False, env="GOOGLE_PRIVATE_KEY"),
    Kind("apple", "game_center_p8_private_key", g_p8,
         [["apple", "private", "key"], ["asc", "private", "key"], ["gamekit", "key"]],
         ctx_apple, urlsafe=False, env="APPLE_PRIVATE_KEY"),
    Kind("gameserver", "rcon_password", human_password,
         [["rcon", "password"], ["rcon", "pass"], ["rcon", "pw"]],
         ctx_rcon, env="RCON_PASSWORD", human=True),
    Kind("gameserver", "server_admin_password", human_password,
         [["admin", "password"], ["server", "admin", "password"], ["admin", "pass"]],
         ctx_rcon, env="SERVER_ADMIN_PASSWORD", human=True),
    Kind("battleye", "battleye_rcon_password", human_password,
         [["be", "rcon", "password"], ["battleye", "rcon", "password"], ["rcon", "password"]],
         ctx_rcon, env="BE_RCON_PASSWORD", human=True),
    Kind("gameanalytics", "gameanalytics_secret_key", g_ga_secret,
         [["ga", "secret", "key"], ["gameanalytics", "secret", "key"], ["analytics", "secret"]],
         ctx_ga, env="GA_SECRET_KEY"),
]
KBY = {k.kind: k for k in K}

FILLERS = [
    (["log", "level"], "info"), (["max", "players"], "64"), (["tick", "rate"], "30"),
    (["matchmaking", "queue"], "ranked-2v2"), (["build", "channel"], "beta"),
    (["region"], "eu-west"), (["timeout", "ms"], "15000"), (["retry", "count"], "3"),
    (["season"], "S7"), (["feature", "crossplay"], "true"), (["cdn", "base"], "https://cdn.example-game.net/content"),
    (["motd"], "Welcome to the playtest!"), (["metrics", "port"], "9100"), (["enable", "telemetry"], "false"),
    (["environment"], "production"), (["min", "client", "version"], "1.14.2"),
]


# ---------------------------------------------------------------------------
# negative fills for re-used templates
# ---------------------------------------------------------------------------
def neg_fill(r, k, fam):
    """return (value, neg_kind). fam in code|conf|ci|shell|doc"""
    env = k.env
    opts = ["placeholder", "placeholder", "masked", "empty", "manager"]
    if fam in ("conf", "ci", "shell", "doc"):
        opts += ["env", "env", "env"]
    if k.doc_examples:
        opts += ["doc_example", "doc_example"]
    c = r.choice(opts)
    if c == "placeholder":
        v = r.choice(["YOUR_" + env, "<your-%s>" % env.lower().replace("_", "-"), "REPLACE_ME",
                      "TODO_SET_%s" % env, "<%s>" % env,
                      "your-%s-here" % k.kind.split("_")[0], "x" * r.choice([8, 32, 40]),
                      "INSERT_%s" % env, "{{ %s }}" % env.lower()])
        return v, "placeholder"
    if c == "masked":
        return r.choice(["********", "****************", "<redacted>", "[REDACTED]",
                         "\u2022" * 12, "REDACTED", "***masked***", "sha256:<redacted>"]), "masked"
    if c == "empty":
        return "", "empty"
    if c == "manager":
        return r.choice(["vault:secret/data/game/%s#value" % k.kind,
                         "arn:aws:secretsmanager:%s:%s:secret:prod/%s" % (aws_region(r), aws_account(r), k.kind.replace("_", "-")),
                         "projects/%s-%s/secrets/%s/versions/latest" % (game_name(r) + (k.kind.replace("_", "-"),)),
                         "op://LiveOps/%s/credential" % env.replace("_", " ").title(),
                         "azurekeyvault://kv-game-prod/%s" % env.lower().replace("_", "-")]), "secret_manager_ref"
    if c == "env":
        if fam == "ci":
            return "${{ secrets.%s }}" % env, "env_reference"
        if fam == "shell":
            return r.choice(["${%s}" % env, "$%s" % env, "${%s:?not set}" % env]), "env_reference"
        if fam == "doc":
            return "$%s" % env, "env_reference"
        return r.choice(["${%s}" % env, "${env:%s}" % env, "%%(%s)s" % env]), "env_reference"
    return r.choice(k.doc_examples), "doc_example"


# ---------------------------------------------------------------------------
# slot: everything a template needs
# ---------------------------------------------------------------------------
class Slot:
    def __init__(self, r, k, v, obvious, neg):
        self.r = r
        self.k = k
        self.v = v
        self.obvious = obvious
        self.neg = neg
        self.name = list(r.choice(k.obvious)) if obvious else list(r.choice(NEUTRAL))
        self.ctx = k.ctx(r)
        self.fill = r.sample(FILLERS, r.randint(2, 5))
        self.game = game_name(r)

    def items(self, nctx=None, nfill=None):
        """(parts, value, is_secret) in a shuffled but plausible order."""
        ctx = self.ctx if nctx is None else self.ctx[:nctx]
        fill = self.fill if nfill is None else self.fill[:nfill]
        out = [(p, v, False) for p, v in ctx]
        pos = self.r.randint(0, len(out))
        out.insert(pos, (self.name, self.v, True))
        out += [(p, v, False) for p, v in fill]
        return out

    def cval(self, label):
        for p, v in self.ctx:
            if p[-1] == label or "_".join(p) == label:
                return v
        return None

    @property
    def gname(self):
        return "".join(x.capitalize() for x in self.game)

    @property
    def gslug(self):
        return "-".join(self.game)


def q(v):
    return '"' + v + '"'


def jq(v):
    return json.dumps(v)


def pick(r, *a):
    return r.choice(a)


def comment_for(S, lead):
    k = S.k
    c = pick(S.r, "%s settings for the live environment" % k.provider,
             "keep in sync with the %s dashboard" % k.provider,
             "backend config - owner: live-ops",
             "values below are read at boot", "see docs/%s.md" % k.provider,
             "TODO(%s): move to remote config" % pick(S.r, "mika", "jo", "sam", "ola", "priya"))
    return lead + " " + c


# --------------------------- harmless padding -------------------------------
def extra(S, lang):
    """0-30 lines of harmless surrounding code/config so file sizes vary."""
    r = S.r
    if r.random() < 0.45:
        return []
    n = r.randint(1, 4)
    out = []
    for i in range(n):
        fn = r.choice(["matchmaking", "rewards", "heartbeat", "region_ping", "queue_stats", "season_reset"])
        if lang == "py":
            out += ["", "", "def %s_%d(payload):" % (fn, i), "    \"\"\"Handle %s messages.\"\"\"" % fn.replace("_", " "),
                    "    if not payload:", "        return None", "    return {\"ok\": True, \"n\": len(payload)}"]
        elif lang in ("ts", "js"):
            out += ["", "export function %s%d(payload%s) {" % (style(fn.split("_"), "camel"), i, ": unknown[]" if lang == "ts" else ""),
                    "  if (!payload.length) return null;", "  return { ok: true, n: payload.length };", "}"]
        elif lang == "yaml":
            out += ["%s_%d:" % (fn, i), "  enabled: %s" % r.choice(["true", "false"]), "  interval_sec: %d" % r.choice([5, 15, 60, 300]),
                    "  regions: [%s]" % ", ".join(r.sample(["eu", "us-east", "us-west", "asia", "sa"], 2))]
        elif lang == "md":
            out += ["", "### %s" % fn.replace("_", " ").capitalize(), "",
                    "- dashboards: https://grafana.internal/d/%s" % rs(r, 9, LO + DG),
                    "- owner: %s" % r.choice(["@backend", "@liveops", "@netcode"]), "- escalate after %d minutes" % r.choice([10, 15, 30])]
        elif lang == "cs":
            out += ["", "        public int %s%d(int players)" % (style(fn.split("_"), "pascal"), i), "        {",
                    "            return Mathf.Clamp(players, 0, %d);" % r.choice([16, 64, 128]), "        }"]
        elif lang == "gd":
            out += ["", "func _%s_%d(data: Dictionary) -> void:" % (fn, i), "\tif data.is_empty():", "\t\treturn",
                    "\temit_signal(\"%s\", data)" % fn]
        elif lang == "lua":
            out += ["", "function M.%s_%d(data)" % (fn, i), "  if not data then return nil end", "  return #data", "end"]
        elif lang == "go":
            out += ["", "func %s%d(n int) int {" % (style(fn.split("_"), "camel"), i), "\tif n < 0 {", "\t\treturn 0", "\t}",
                    "\treturn n * %d" % r.randint(2, 9), "}"]
        elif lang == "sh":
            out += ["", "%s_%d() {" % (fn, i), "  echo \"[%s] $(date -u +%%FT%%TZ)\"" % fn, "  sleep %d" % r.randint(1, 5), "}"]
        elif lang == "ini":
            out += ["", "[%s_%d]" % (fn, i), "enabled = %s" % r.choice(["true", "false"]), "interval = %d" % r.choice([5, 30, 120])]
    return out


# --------------------------- generic templates ------------------------------
def t_py_settings(S):
    r = S.r
    path = pick(r, "config/settings.py", "tools/%s/config.py" % S.game[1], "backend/settings.py",
                "server/app/config.py", "scripts/liveops/settings.py")
    lines = ['"""%s backend settings."""' % S.gname, "", "import os", "",
             comment_for(S, "#")]
    for p, v, sec in S.items():
        n = style(p, "screaming")
        if v.isdigit() and not sec:
            lines.append("%s = %s" % (n, v))
        else:
            lines.append("%s = %s" % (n, q(v) if r.random() < 0.6 else "'%s'" % v))
    lines += ["", "DEBUG = os.environ.get(\"DEBUG\", \"0\") == \"1\"",
              "ALLOWED_HOSTS = [\"%s.gg\", \"localhost\"]" % S.gslug] + extra(S, "py")
    return path, "python", "\n".join(lines)


def t_ts_config(S):
    r = S.r
    path = pick(r, "src/config.ts", "server/src/config.ts", "packages/game-server/src/config/index.ts",
                "apps/lobby/src/settings.ts")
    st = pick(r, "camel", "camel", "snake")
    lines = ["// %s" % comment_for(S, "").strip(), "export const config = {"]
    for p, v, sec in S.items():
        if v.isdigit() and not sec:
            lines.append("  %s: %s," % (style(p, st), v))
        else:
            lines.append("  %s: %s," % (style(p, st), pick(r, q(v), "'%s'" % v)))
    lines += ["} as const;", "", "export type Config = typeof config;", "",
              "export function isProd(): boolean {", "  return process.env.NODE_ENV === 'production';", "}"] + extra(S, "ts")
    return path, "typescript", "\n".join(lines)


def t_js_module(S):
    r = S.r
    path = pick(r, "server/config.js", "lib/config.js", "game-server/config/default.js", "functions/config.js")
    lines = ["'use strict';", "", "module.exports = {"]
    for p, v, sec in S.items():
        lines.append("  %s: %s," % (style(p, "camel"), v if (v.isdigit() and not sec) else "'%s'" % v))
    lines += ["  cors: { origin: ['https://%s.gg'] }," % S.gslug, "};"] + [l.replace("export function", "function") for l in extra(S, "js")]
    return path, "javascript", "\n".join(lines)


def t_dotenv(S):
    r = S.r
    path = pick(r, ".env", ".env.production", "server/.env", ".env.local", "deploy/.env.staging", "backend/.env")
    lines = [comment_for(S, "#")]
    for p, v, sec in S.items():
        lines.append("%s=%s" % (style(p, "screaming"), pick(r, v, q(v)) if sec else v))
    lines += ["NODE_ENV=production", "PORT=%d" % r.choice([3000, 8080, 7350, 2567])]
    return path, "dotenv", "\n".join(lines)


def t_yaml(S):
    r = S.r
    path = pick(r, "config/server.yaml", "config/liveops.yml", "deploy/config/production.yaml",
                "server/config.yml", "services/matchmaker/config.yaml")
    st = pick(r, "snake", "kebab", "camel")
    lines = ["# %s" % comment_for(S, "").strip(), "server:",
             "  name: %s" % S.gslug, "  listen: 0.0.0.0:%d" % r.choice([7777, 8080, 9000]),
             "%s:" % S.k.provider]
    for p, v, sec in S.items(nfill=0):
        lines.append("  %s: %s" % (style(p, st), q(v) if (sec or not v.isdigit()) else v))
    lines.append("runtime:")
    for p, v in S.fill:
        lines.append("  %s: %s" % (style(p, st), q(v) if " " in v or ":" in v else v))
    lines += extra(S, "yaml")
    return path, "yaml", "\n".join(lines)


def t_json(S):
    r = S.r
    path = pick(r, "config/appsettings.json", "server/config.json", "config/production.json",
                "Assets/StreamingAssets/backend.json", "deploy/settings.json")
    st = pick(r, "camel", "pascal", "snake")
    inner = {}
    for p, v, sec in S.items(nfill=0):
        # a PEM kept as JSON string: json.dumps re-creates the literal \n escapes
        inner[style(p, st)] = v.replace("\\n", "\n") if sec else v
    top = {style(["log", "level"], st): "Information", style([S.k.provider], st if st != "camel" else "pascal"): inner,
           style(["server"], st): {style(p, st): v for p, v in S.fill}}
    txt = json.dumps(top, indent=pick(r, 2, 4))
    return path, "json", txt


def t_compose(S):
    r = S.r
    svc = pick(r, "game-server", "backend", "lobby", "matchmaker", "liveops-api")
    lines = ["version: \"3.9\"", "", "services:", "  %s:" % svc,
             "    image: registry.%s.gg/%s:%s" % (S.gslug, svc, pick(r, "latest", "1.4.2", "main")),
             "    restart: unless-stopped", "    ports:", "      - \"%d:%d\"" % ((r.choice([7777, 8080, 2567]),) * 2),
             "    environment:"]
    dash = r.random() < 0.5
    for p, v, sec in S.items():
        n = style(p, "screaming")
        lines.append("      - %s=%s" % (n, v) if dash else "      %s: %s" % (n, q(v)))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return "docker-compose.yml" if r.random() < 0.7 else "deploy/docker-compose.prod.yml", "docker-compose", "\n".join(lines)


def t_dockerfile(S):
    r = S.r
    lines = ["FROM %s" % pick(r, "node:20-alpine", "python:3.12-slim", "mcr.microsoft.com/dotnet/runtime:8.0", "ubuntu:22.04"),
             "WORKDIR /srv/%s" % S.game[1], "COPY . .",
             "RUN %s" % pick(r, "npm ci --omit=dev", "pip install --no-cache-dir -r requirements.txt",
                             "chmod +x ./ServerBinary.x86_64", "apt-get update && apt-get install -y ca-certificates"),
             ""]
    for p, v, sec in S.items():
        lines.append("ENV %s=%s" % (style(p, "screaming"), q(v) if (sec or " " in v) else v))
    lines += ["", "EXPOSE %d" % r.choice([7777, 8080, 27015]),
              "CMD [%s]" % pick(r, '"node", "dist/index.js"', '"python", "-m", "server"', '"./ServerBinary.x86_64", "-batchmode", "-nographics"')]
    return pick(r, "Dockerfile", "server/Dockerfile", "docker/dedicated.Dockerfile"), "dockerfile", "\n".join(lines)


def t_gha(S):
    r = S.r
    lines = ["name: %s" % pick(r, "Deploy backend", "Release", "Publish build", "Live-ops sync"), "",
             "on:", "  push:", "    branches: [%s]" % pick(r, "main", "release"), "  workflow_dispatch:", "",
             "env:"]
    for p, v, sec in S.items():
        lines.append("  %s: %s" % (style(p, "screaming"), q(v) if (sec or not v.isdigit()) else v))
    lines += ["", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
              "      - uses: actions/checkout@v4",
              "      - name: Build", "        run: %s" % pick(r, "npm ci && npm run build", "make server", "./ci/build.sh"),
              "      - name: Deploy", "        run: ./ci/deploy.sh ${{ github.sha }}"]
    return pick(r, ".github/workflows/deploy.yml", ".github/workflows/release.yml", ".github/workflows/liveops.yml"), "github-actions", "\n".join(lines)


def t_gitlab(S):
    r = S.r
    lines = ["stages:", "  - build", "  - deploy", "", "variables:"]
    for p, v, sec in S.items():
        lines.append("  %s: %s" % (style(p, "screaming"), q(v)))
    lines += ["", "build:", "  stage: build", "  image: %s" % pick(r, "node:20", "unityci/editor:2022.3.20f1-linux-il2cpp-3", "golang:1.22"),
              "  script:", "    - %s" % pick(r, "npm ci", "./ci/build.sh", "go build ./..."),
              "", "deploy:", "  stage: deploy", "  script:", "    - ./ci/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", "gitlab-ci", "\n".join(lines)


def t_shell(S):
    r = S.r
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", comment_for(S, "#")]
    for p, v, sec in S.items():
        lines.append("export %s=%s" % (style(p, "screaming"), pick(r, q(v), "'%s'" % v) if sec else q(v)))
    lines += extra(S, "sh") + ["", "echo \"deploying %s to ${ENVIRONMENT:-staging}\"" % S.gslug,
              "./bin/server --config ./config/server.yaml \"$@\""]
    return pick(r, "scripts/deploy.sh", "scripts/start-server.sh", "tools/env.sh", "ci/deploy.sh"), "shell", "\n".join(lines)


def t_markdown(S):
    r = S.r
    lines = ["# %s runbook" % S.gname, "", "Steps for bringing the %s integration up on a fresh box." % S.k.provider, "",
             "## Configuration", ""]
    if r.random() < 0.5:
        lines += ["| setting | value |", "|---|---|"]
        for p, v, sec in S.items():
            lines.append("| `%s` | `%s` |" % (style(p, "screaming"), v))
    else:
        lines.append("```bash")
        for p, v, sec in S.items():
            lines.append("export %s=%s" % (style(p, "screaming"), q(v)))
        lines.append("```")
    lines += ["", "## Verify", "", "1. Start the server: `make run`", "2. Check `/healthz` returns 200.",
              "3. Ping #live-ops when done."] + extra(S, "md")
    return pick(r, "docs/runbook.md", "notes/runbook.md", "docs/ops/%s.md" % S.k.provider, "README.ops.md"), "markdown", "\n".join(lines)


def t_cs_mono(S):
    r = S.r
    cls = S.gname + pick(r, "Backend", "Services", "Bootstrap", "LiveOps")
    lines = ["using UnityEngine;", "", "namespace %s.Net" % S.gname, "{",
             "    // %s" % comment_for(S, "").strip(),
             "    public class %s : MonoBehaviour" % cls, "    {"]
    for p, v, sec in S.items():
        if sec or r.random() < 0.5:
            lines.append("        private const string %s = \"%s\";" % (style(p, "pascal"), v))
        else:
            lines.append("        [SerializeField] private string %s = \"%s\";" % (style(p, "camel"), v))
    lines += ["", "        private void Awake()", "        {", "            DontDestroyOnLoad(gameObject);",
              "            Debug.Log(\"[%s] init\");" % cls, "        }"] + extra(S, "cs") + ["    }", "}"]
    return "Assets/Scripts/Net/%s.cs" % cls, "csharp", "\n".join(lines)


def t_unity_asset(S):
    r = S.r
    name = S.gname + pick(r, "BackendSettings", "ServiceConfig", "LiveOpsConfig")
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
             "  m_ObjectHideFlags: 0", "  m_CorrespondingSourceObject: {fileID: 0}", "  m_PrefabInstance: {fileID: 0}",
             "  m_PrefabAsset: {fileID: 0}", "  m_GameObject: {fileID: 0}", "  m_Enabled: 1", "  m_EditorHideFlags: 0",
             "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rs(r, 32, HEXL), "  m_Name: %s" % name,
             "  m_EditorClassIdentifier: "]
    for p, v, sec in S.items():
        lines.append("  %s: %s" % (style(p, "camel"), v))
    return "Assets/Settings/%s.asset" % name, "unity-asset", "\n".join(lines)


def t_unreal_ini(S):
    r = S.r
    sec_name = pick(r, "[/Script/%s.%sBackendSettings]" % (S.gname, S.gname), "[/Script/%sOnline.OnlineSettings]" % S.gname,
                    "[%s.Backend]" % S.gname)
    lines = ["[/Script/EngineSettings.GeneralProjectSettings]", "ProjectID=%s" % rs(r, 32, HEXU),
             "ProjectName=%s" % S.gname, "", sec_name]
    for p, v, sec in S.items():
        lines.append("%s=%s" % (style(p, "pascal"), q(v) if (sec and r.random() < 0.5) else v))
    lines += ["", "[/Script/Engine.GameSession]", "MaxPlayers=%d" % r.choice([16, 32, 64])]
    return pick(r, "Config/DefaultGame.ini", "Config/DefaultEngine.ini"), "unreal-ini", "\n".join(lines)


def t_build_cs(S):
    r = S.r
    mod = S.gname
    lines = ["// Copyright %s Games. All Rights Reserved." % S.gname, "", "using UnrealBuildTool;", "",
             "public class %s : ModuleRules" % mod, "{", "\tpublic %s(ReadOnlyTargetRules Target) : base(Target)" % mod, "\t{",
             "\t\tPCHUsage = PCHUsageMode.UseExplicitOrSharedPCHs;", "",
             "\t\tPublicDependencyModuleNames.AddRange(new string[] { \"Core\", \"CoreUObject\", \"Engine\", \"HTTP\", \"Json\" });", ""]
    for p, v, sec in S.items():
        lines.append("\t\tPublicDefinitions.Add(\"%s=\\\"%s\\\"\");" % (style(p, "screaming"), v))
    lines += ["\t}", "}"]
    return "Source/%s/%s.Build.cs" % (mod, mod), "csharp-build", "\n".join(lines)


def t_gdscript(S):
    r = S.r
    lines = ["extends Node", "", "# %s" % comment_for(S, "").strip(), ""]
    for p, v, sec in S.items():
        lines.append("const %s := \"%s\"" % (style(p, "screaming"), v))
    lines += ["", "var _http: HTTPRequest", "", "func _ready() -> void:", "\t_http = HTTPRequest.new()",
              "\tadd_child(_http)", "\tprint(\"backend ready\")"] + extra(S, "gd")
    return pick(r, "scripts/backend.gd", "autoload/services.gd", "src/net/backend_config.gd"), "gdscript", "\n".join(lines)


def t_godot_project(S):
    r = S.r
    lines = ["; Engine configuration file.", "; It's best edited using the editor UI and not directly,",
             "; since the parameters that go here are not all obvious.", ";", "; Format:",
             ";   [section] ; section goes between []", ";   param=value ; assign values to parameters", "",
             "config_version=5", "", "[application]", "",
             "config/name=\"%s\"" % S.gname, "run/main_scene=\"res://scenes/main.tscn\"",
             "config/features=PackedStringArray(\"4.2\", \"Forward Plus\")", "", "[%s]" % S.k.provider, ""]
    for p, v, sec in S.items(nfill=0):
        lines.append("%s=\"%s\"" % (style(p, "snake"), v))
    lines += ["", "[display]", "", "window/size/viewport_width=1280", "window/size/viewport_height=720"]
    return "project.godot", "godot-project", "\n".join(lines)


def t_lua(S):
    r = S.r
    lines = ["-- %s" % comment_for(S, "").strip(), "local M = {}", ""]
    for p, v, sec in S.items():
        lines.append("M.%s = %s" % (style(p, "snake"), v if (v.isdigit() and not sec) else q(v)))
    lines += ["", "function M.url(path)", "  return (M.api_base or \"https://api.%s.gg\") .. path" % S.gslug, "end"]
    lines += extra(S, "lua") + ["", "return M"]
    return pick(r, "scripts/config.lua", "main/backend_config.lua", "src/shared/config.lua", "lua/server/settings.lua"), "lua", "\n".join(lines)


def t_go(S):
    r = S.r
    lines = ["package main", "", "import (", "\t\"context\"", "\t\"database/sql\"", "",
             "\t\"github.com/heroiclabs/nakama-common/runtime\"", ")", "", "const ("]
    for p, v, sec in S.items():
        lines.append("\t%s = \"%s\"" % (style(p, "camel"), v))
    lines += [")", "", "func InitModule(ctx context.Context, logger runtime.Logger, db *sql.DB, nk runtime.NakamaModule, initializer runtime.Initializer) error {",
              "\tlogger.Info(\"%s module loaded\")" % S.game[1], "\treturn nil", "}"] + extra(S, "go")
    return pick(r, "modules/main.go", "nakama/modules/config.go", "server/go/main.go"), "go", "\n".join(lines)


def t_toml(S):
    r = S.r
    lines = ["# %s" % comment_for(S, "").strip(), "[server]", "name = \"%s\"" % S.gslug, "port = %d" % r.choice([7777, 9000]), "",
             "[%s]" % S.k.provider]
    for p, v, sec in S.items(nfill=0):
        lines.append("%s = \"%s\"" % (style(p, "snake"), v))
    lines += ["", "[runtime]"] + ["%s = \"%s\"" % (style(p, "snake"), v) for p, v in S.fill]
    return pick(r, "config/server.toml", "config.toml", "deploy/fleet.toml"), "toml", "\n".join(lines)


def t_ps1(S):
    r = S.r
    lines = ["# %s" % comment_for(S, "").strip(), "$ErrorActionPreference = 'Stop'", ""]
    for p, v, sec in S.items():
        lines.append("$env:%s = '%s'" % (style(p, "screaming"), v))
    lines += ["", "Write-Host \"Uploading build $($args[0])\"", "& .\\Tools\\upload.exe --build $args[0]"]
    return pick(r, "scripts/deploy.ps1", "Tools/Upload-Build.ps1", "ci/release.ps1"), "powershell", "\n".join(lines)


def t_cpp_header(S):
    r = S.r
    lines = ["#pragma once", "", "// %s" % comment_for(S, "").strip(), "namespace %sConfig {" % S.gname]
    for p, v, sec in S.items():
        lines.append("    static constexpr const char* %s = \"%s\";" % (style(p, "pascal"), v))
    lines += ["}  // namespace %sConfig" % S.gname]
    return pick(r, "Source/%s/Private/BackendConfig.h" % S.gname, "src/net/backend_config.hpp", "Source/%s/Public/ServiceKeys.h" % S.gname), "cpp", "\n".join(lines)


def t_k8s(S):
    r = S.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (S.game[1], S.k.provider),
             "  namespace: %s" % pick(r, "game", "liveops", "prod"), "type: Opaque", "stringData:"]
    for p, v, sec in S.items(nfill=0):
        lines.append("  %s: %s" % (style(p, "screaming"), q(v)))
    return pick(r, "deploy/k8s/secret.yaml", "k8s/%s-secret.yaml" % S.k.provider, "helm/templates/secret.yaml"), "kubernetes-yaml", "\n".join(lines)


def t_tfvars(S):
    r = S.r
    lines = ["# %s" % comment_for(S, "").strip()]
    for p, v, sec in S.items():
        lines.append("%s = \"%s\"" % (style(p, "snake"), v))
    lines += ["tags = {", "  team    = \"backend\"", "  project = \"%s\"" % S.gslug, "}"]
    return pick(r, "infra/terraform.tfvars", "infra/prod.auto.tfvars", "terraform/env/prod.tfvars"), "terraform", "\n".join(lines)


def t_properties(S):
    r = S.r
    lines = ["# %s" % comment_for(S, "").strip(), "spring.application.name=%s" % S.gslug, "server.port=8080"]
    for p, v, sec in S.items():
        lines.append("game.%s.%s=%s" % (S.k.provider, style(p, "kebab"), v))
    return "src/main/resources/application.properties", "properties", "\n".join(lines)


def t_ini(S):
    r = S.r
    lines = ["; %s" % comment_for(S, "").strip(), "[general]", "name = %s" % S.gslug, "", "[%s]" % S.k.provider]
    for p, v, sec in S.items(nfill=0):
        lines.append("%s = %s" % (style(p, "snake"), v))
    lines += ["", "[runtime]"] + ["%s = %s" % (style(p, "snake"), v) for p, v in S.fill] + extra(S, "ini")
    return pick(r, "server/config.ini", "tools/settings.ini", "config/backend.cfg"), "ini", "\n".join(lines)


def t_py_argparse(S):
    r = S.r
    lines = ["#!/usr/bin/env python3", "\"\"\"%s helper.\"\"\"" % pick(r, "Push leaderboard resets", "Sync store catalog", "Rotate season data"),
             "import argparse", "", "", "def main():", "    ap = argparse.ArgumentParser()"]
    for p, v, sec in S.items():
        lines.append("    ap.add_argument(\"--%s\", default=%s)" % (style(p, "kebab"), q(v)))
    lines += ["    ap.add_argument(\"--dry-run\", action=\"store_true\")", "    args = ap.parse_args()",
              "    print(\"running with\", args.dry_run)", "", "", "if __name__ == \"__main__\":", "    main()"]
    return pick(r, "tools/liveops_cli.py", "scripts/sync_catalog.py", "tools/season_rotate.py"), "python", "\n".join(lines)


GENERIC = [
    ("py_settings", "code", t_py_settings), ("ts_config", "code", t_ts_config), ("js_module", "code", t_js_module),
    ("dotenv", "conf", t_dotenv), ("yaml_config", "conf", t_yaml), ("json_config", "conf", t_json),
    ("compose", "conf", t_compose), ("dockerfile", "conf", t_dockerfile), ("gha_env", "ci", t_gha),
    ("gitlab_vars", "ci", t_gitlab), ("shell_export", "shell", t_shell), ("md_runbook", "doc", t_markdown),
    ("cs_mono", "code", t_cs_mono), ("unity_asset", "conf", t_unity_asset), ("unreal_ini", "conf", t_unreal_ini),
    ("build_cs", "code", t_build_cs), ("gdscript", "code", t_gdscript), ("godot_project", "conf", t_godot_project),
    ("lua_table", "code", t_lua), ("go_const", "code", t_go), ("toml", "conf", t_toml), ("ps1", "shell", t_ps1),
    ("cpp_header", "code", t_cpp_header), ("k8s_secret", "conf", t_k8s), ("tfvars", "conf", t_tfvars),
    ("properties", "conf", t_properties), ("ini", "conf", t_ini), ("py_argparse", "code", t_py_argparse),
]


# --------------------------- specific templates -----------------------------
def s_playfab_asset(S):
    r = S.r
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
             "  m_ObjectHideFlags: 0", "  m_CorrespondingSourceObject: {fileID: 0}", "  m_PrefabInstance: {fileID: 0}",
             "  m_PrefabAsset: {fileID: 0}", "  m_GameObject: {fileID: 0}", "  m_Enabled: 1", "  m_EditorHideFlags: 0",
             "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rs(r, 32, HEXL), "  m_Name: PlayFabSharedSettings",
             "  m_EditorClassIdentifier: ", "  TitleId: %s" % S.cval("id"), "  VerticalName: ",
             "  ProductionEnvironmentUrl: ", "  RequestType: 0", "  RequestTimeout: 2000", "  RequestKeepAlive: 1",
             "  LogCapLimit: 30", "  DeveloperSecretKey: %s" % S.v, "  DisableDeviceInfo: 0", "  DisableFocusTimeCollection: 0"]
    return "Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset", "unity-asset", "\n".join(lines)


def s_playfab_ue_ini(S):
    r = S.r
    lines = ["[/Script/EngineSettings.GameMapsSettings]", "GameDefaultMap=/Game/Maps/MainMenu.MainMenu", "",
             "[/Script/PlayFab.PlayFabRuntimeSettings]", "bUseDevelopmentEnvironment=False",
             "ProductionEnvironmentURL=.playfabapi.com", "TitleId=%s" % S.cval("id"),
             "DeveloperSecretKey=%s" % S.v, "", "[/Script/Engine.GameSession]", "MaxPlayers=%d" % r.choice([8, 16, 100])]
    return "Config/DefaultGame.ini", "unreal-ini", "\n".join(lines)


def s_playfab_curl(S):
    r = S.r
    tid = S.cval("id")
    lines = ["#!/bin/sh", "# dump title data before the season rollover",
             "curl -sS -X POST \"https://%s.playfabapi.com/Server/GetTitleData\" \\" % tid,
             "  -H \"Content-Type: application/json\" \\", "  -H \"X-SecretKey: %s\" \\" % S.v,
             "  -d '{\"Keys\": [\"season_config\", \"store_rotation\"]}' | jq . > backup/title-data-$(date +%%F).json"]
    return pick(r, "scripts/backup_title_data.sh", "tools/playfab/dump.sh"), "shell", "\n".join(lines)


def s_eos_engine_ini(S):
    r = S.r
    lines = ["[OnlineSubsystem]", "DefaultPlatformService=EOS", "", "[OnlineSubsystemEOS]", "bEnabled=true", "",
             "[/Script/OnlineSubsystemEOS.EOSSettings]", "CacheDir=CacheDir", "DefaultArtifactName=%s" % S.gname,
             "TickBudgetInMilliseconds=0", "bEnableOverlay=True", "bEnableSocialOverlay=True",
             "+Artifacts=(ArtifactName=\"%s\",ClientId=\"%s\",ClientSecret=\"%s\",ProductId=\"%s\",SandboxId=\"%s\",DeploymentId=\"%s\",EncryptionKey=\"\")"
             % (S.gname, S.cval("client_id"), S.v, S.cval("product_id"), S.cval("sandbox_id"), S.cval("deployment_id")),
             "bUseEAS=True", "bUseEOSConnect=True", "", "[/Script/Engine.GameEngine]",
             "+NetDriverDefinitions=(DefName=\"GameNetDriver\",DriverClassName=\"/Script/SocketSubsystemEOS.NetDriverEOS\",DriverClassNameFallback=\"/Script/OnlineSubsystemUtils.IpNetDriver\")"]
    return "Config/DefaultEngine.ini", "unreal-ini", "\n".join(lines)


def s_eos_bpt(S):
    r = S.r
    org = "o-" + rs(r, 30, LO + DG)
    if r.random() < 0.5:
        if S.neg and S.v.startswith("$"):
            S.v = "%" + S.k.env + "%"
        lines = ["@echo off", "rem Upload a new binary to the Epic Games Store", "set BUILD_VERSION=%1",
                 "BuildPatchTool.exe -OrganizationId=\"%s\" -ProductId=\"%s\" -ArtifactId=\"%s\" ^" % (org, S.cval("product_id"), eos_id32(r)),
                 "  -ClientId=\"%s\" -ClientSecret=\"%s\" ^" % (S.cval("client_id"), S.v),
                 "  -mode=UploadBinary -BuildRoot=\"Builds\\WindowsNoEditor\" -CloudDir=\"C:\\bpt\\cloud\" ^",
                 "  -BuildVersion=\"%BUILD_VERSION%\" -AppLaunch=\"" + S.gname + ".exe\" -AppArgs=\"\""]
        return pick(r, "Tools/upload_egs.bat", "ci/egs_upload.bat"), "batch", "\n".join(lines)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "VERSION=\"$1\"", "",
             "./BuildPatchTool -OrganizationId=\"%s\" \\" % org, "  -ProductId=\"%s\" \\" % S.cval("product_id"),
             "  -ArtifactId=\"%s\" \\" % eos_id32(r), "  -ClientId=\"%s\" \\" % S.cval("client_id"),
             "  -ClientSecret=\"%s\" \\" % S.v, "  -mode=UploadBinary -BuildRoot=\"build/linux\" -CloudDir=\"/tmp/bpt\" \\",
             "  -BuildVersion=\"$VERSION\" -AppLaunch=\"%s.sh\" -AppArgs=\"\"" % S.game[1]]
    return pick(r, "ci/upload_egs.sh", "scripts/egs-upload.sh"), "shell", "\n".join(lines)


def s_eos_cpp(S):
    r = S.r
    lines = ["#include \"eos_sdk.h\"", "#include \"eos_anticheatserver.h\"", "", "static EOS_HPlatform CreatePlatform()", "{",
             "    EOS_Platform_Options Options = {};", "    Options.ApiVersion = EOS_PLATFORM_OPTIONS_API_LATEST;",
             "    Options.ProductId = \"%s\";" % S.cval("product_id"), "    Options.SandboxId = \"%s\";" % S.cval("sandbox_id"),
             "    Options.DeploymentId = \"%s\";" % S.cval("deployment_id"), "    Options.bIsServer = EOS_TRUE;",
             "    Options.ClientCredentials.ClientId = \"%s\";" % S.cval("client_id"),
             "    Options.ClientCredentials.ClientSecret = \"%s\";" % S.v, "    Options.Flags = EOS_PF_DISABLE_OVERLAY;",
             "    return EOS_Platform_Create(&Options);", "}"]
    return pick(r, "Source/DedicatedServer/AntiCheatServer.cpp", "server/src/eos_platform.cpp", "src/anticheat/eac_server.cpp"), "cpp", "\n".join(lines)


def s_steam_url(S):
    r = S.r
    sid = steam_id64(r)
    lang = r.randrange(4)
    if S.k.kind == "steam_publisher_web_api_key":
        url = "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=%s&steamid=%s&appid=%s" % (S.v, sid, S.cval("id"))
    else:
        url = "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=%s&steamids=%s" % (S.v, sid)
    if lang == 0:
        lines = ["import requests", "", "", "def fetch(steamid=%s):" % q(sid), "    url = %s" % q(url),
                 "    resp = requests.get(url, timeout=10)", "    resp.raise_for_status()", "    return resp.json()[\"response\"]", "",
                 "if __name__ == \"__main__\":", "    print(fetch())"]
        return pick(r, "tools/steam_lookup.py", "scripts/check_owner.py"), "python", "\n".join(lines)
    if lang == 1:
        lines = ["import fetch from 'node-fetch';", "", "export async function lookup(): Promise<unknown> {",
                 "  const res = await fetch(`%s`);" % url, "  if (!res.ok) throw new Error(`steam ${res.status}`);",
                 "  return res.json();", "}"]
        return pick(r, "server/src/steam/lookup.ts", "src/services/steam.ts"), "typescript", "\n".join(lines)
    if lang == 2:
        lines = ["#!/usr/bin/env bash", "# quick ownership check used by support", "curl -s \"%s\" | jq ." % url]
        lines += ["echo", "echo done"]
        return pick(r, "scripts/steam_check.sh", "support/owner.sh"), "shell", "\n".join(lines)
    lines = ["package steam", "", "import (", "\t\"encoding/json\"", "\t\"net/http\"", ")", "",
             "const summariesURL = \"%s\"" % url, "", "func Summaries() (map[string]any, error) {",
             "\tresp, err := http.Get(summariesURL)", "\tif err != nil {", "\t\treturn nil, err", "\t}", "\tdefer resp.Body.Close()",
             "\tvar out map[string]any", "\treturn out, json.NewDecoder(resp.Body).Decode(&out)", "}"]
    return "server/internal/steam/client.go", "go", "\n".join(lines)


def s_steamcmd(S):
    r = S.r
    user = S.cval("user")
    app = S.cval("id")
    if r.random() < 0.5:
        lines = ["name: Steam upload", "", "on:", "  push:", "    tags: ['v*']", "", "jobs:", "  upload:",
                 "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
                 "      - name: Install steamcmd", "        run: sudo apt-get install -y steamcmd",
                 "      - name: Upload build", "        run: |",
                 "          steamcmd +login %s %s +run_app_build $PWD/steam/app_build_%s.vdf +quit" % (user, S.v, app)]
        return ".github/workflows/steam-upload.yml", "github-actions", "\n".join(lines)
    lines = ["#!/usr/bin/env bash", "set -e", "# pushes the current build to the beta branch",
             "STEAM_USER=%s" % user, "STEAM_PASS='%s'" % S.v, "",
             "steamcmd +login \"$STEAM_USER\" \"$STEAM_PASS\" +run_app_build \"$(pwd)/steam/app_build_%s.vdf\" +quit" % app]
    return pick(r, "ci/steam_upload.sh", "tools/steam/upload.sh"), "shell", "\n".join(lines)


def s_ugs_basic(S):
    r = S.r
    kid = S.cval("key_id")
    pid = S.cval("project_id")
    if r.random() < 0.5:
        lines = ["import requests", "", "PROJECT = %s" % q(pid), "ENV = %s" % q(S.cval("environment_id")), "",
                 "", "def list_builds():", "    url = f\"https://services.api.unity.com/multiplay/builds/v1/projects/{PROJECT}/environments/{ENV}/builds\"",
                 "    r = requests.get(url, auth=(%s, %s), timeout=20)" % (q(kid), q(S.v)),
                 "    r.raise_for_status()", "    return r.json()", "", "", "if __name__ == \"__main__\":",
                 "    for b in list_builds():", "        print(b[\"buildName\"])"]
        return pick(r, "tools/multiplay/list_builds.py", "scripts/ugs_builds.py"), "python", "\n".join(lines)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "ugs config set project-id %s" % pid,
             "ugs config set environment-name production",
             "echo \"%s\" | ugs login --service-key-id %s --secret-key-stdin" % (S.v, kid),
             "ugs deploy ./remote-config ./cloud-code"]
    return pick(r, "ci/ugs_deploy.sh", "scripts/deploy_ugs.sh"), "shell", "\n".join(lines)


def s_nakama_yml(S):
    r = S.r
    field = {"nakama_server_key": ("socket", "server_key"), "nakama_http_key": ("runtime", "http_key"),
             "nakama_console_password": ("console", "password")}[S.k.kind]
    lines = ["name: %s-nakama1" % S.game[1], "data_dir: \"./data/\"", "", "logger:", "  stdout: true", "  level: \"%s\"" % pick(r, "info", "debug", "warn"),
             "", "session:", "  token_expiry_sec: 7200", ""]
    blocks = {"socket": ["socket:", "  port: 7350", "  max_message_size_bytes: 4096"],
              "runtime": ["runtime:", "  js_entrypoint: \"build/index.js\"", "  env:", "    - \"region=%s\"" % pick(r, "eu", "us")],
              "console": ["console:", "  port: 7351", "  username: \"%s\"" % pick(r, "admin", "ops", "liveops")]}
    blk = blocks[field[0]]
    blk.insert(1, "  %s: \"%s\"" % (field[1], S.v))
    for b in ("socket", "runtime", "console"):
        lines += (blk if b == field[0] else [l for l in blocks[b] if "username" not in l]) + [""]
    lines += ["match:", "  input_queue_size: 128"]
    return pick(r, "nakama/data/local.yml", "deploy/nakama/config.yml", "config/nakama.yml"), "yaml", "\n".join(lines)


def s_nakama_client(S):
    r = S.r
    host, port = S.cval("host"), S.cval("port")
    ssl = "true" if port == "443" else "false"
    c = r.randrange(3)
    if c == 0:
        lines = ["import { Client } from \"@heroiclabs/nakama-js\";", "",
                 "const client = new Client(\"%s\", \"%s\", \"%s\", %s);" % (S.v, host, port, ssl), "",
                 "export async function login(deviceId: string) {", "  return client.authenticateDevice(deviceId, true);", "}"]
        return pick(r, "client/src/net/nakama.ts", "web/src/lib/nakama.ts"), "typescript", "\n".join(lines)
    if c == 1:
        lines = ["using Nakama;", "using UnityEngine;", "", "public class NakamaConnection : MonoBehaviour", "{",
                 "    private IClient _client;", "", "    private void Awake()", "    {",
                 "        _client = new Client(\"%s\", \"%s\", %s, \"%s\");" % ("https" if ssl == "true" else "http", host, port, S.v),
                 "    }", "}"]
        return "Assets/Scripts/Net/NakamaConnection.cs", "csharp", "\n".join(lines)
    lines = ["extends Node", "", "var client : NakamaClient", "", "func _ready():",
             "\tclient = Nakama.create_client(\"%s\", \"%s\", %s, \"%s\")" % (S.v, host, port, "https" if ssl == "true" else "http"),
             "\tprint(\"nakama client ready\")"]
    return "autoload/online.gd", "gdscript", "\n".join(lines)


def s_nakama_httpkey_url(S):
    r = S.r
    base = "https://%s" % S.cval("host") if S.cval("port") == "443" else "http://%s:%s" % (S.cval("host"), S.cval("port"))
    url = "%s/v2/rpc/%s?http_key=%s&unwrap" % (base, pick(r, "grant_rewards", "reset_season", "ban_player"), S.v)
    lines = ["#!/usr/bin/env python3", "\"\"\"Called by the cron job at 00:00 UTC.\"\"\"", "import json", "import urllib.request", "",
             "ENDPOINT = \"%s\"" % url, "", "payload = json.dumps({\"season\": %d}).encode()" % r.randint(3, 19),
             "req = urllib.request.Request(ENDPOINT, data=payload, headers={\"Content-Type\": \"application/json\"})",
             "print(urllib.request.urlopen(req).read().decode())"]
    return pick(r, "ops/cron/season_reset.py", "tools/rpc_call.py"), "python", "\n".join(lines)


def s_photon_auth(S):
    r = S.r
    if r.random() < 0.5:
        lines = ["import express from 'express';", "", "const router = express.Router();",
                 "const %s = '%s';" % (style(S.name, "screaming"), S.v), "",
                 "// Photon custom authentication provider: dashboard URL is /photon/auth?secret=...",
                 "router.get('/photon/auth', async (req, res) => {",
                 "  if (req.query.secret !== %s) {" % style(S.name, "screaming"),
                 "    return res.json({ ResultCode: 3, Message: 'bad secret' });", "  }",
                 "  const user = await verifyTicket(String(req.query.token));",
                 "  return res.json({ ResultCode: 1, UserId: user.id });", "});", "", "export default router;"]
        return pick(r, "server/src/routes/photonAuth.ts", "auth/src/photon.ts"), "typescript", "\n".join(lines)
    lines = ["# Photon dashboard -> Authentication -> Custom Server", "photon:",
             "  app_id_realtime: \"%s\"" % S.cval("id"), "  fixed_region: \"%s\"" % S.cval("region"),
             "  custom_auth:", "    url: \"https://auth.%s.gg/photon/auth\"" % S.gslug,
             "    query_params:", "      %s: \"%s\"" % (pick(r, "secret", "key", "s"), S.v), "    reject_if_unavailable: true"]
    return pick(r, "config/photon.yml", "ops/photon/dashboard.yaml"), "yaml", "\n".join(lines)


def s_colyseus(S):
    r = S.r
    lines = ["import config from \"@colyseus/tools\";", "import { JWT, auth } from \"@colyseus/auth\";",
             "import { monitor } from \"@colyseus/monitor\";", "import { BattleRoom } from \"./rooms/BattleRoom\";", "",
             "JWT.settings.secret = \"%s\";" % S.v, "", "export default config({",
             "  initializeGameServer: (gameServer) => {", "    gameServer.define(\"battle\", BattleRoom);", "  },",
             "  initializeExpress: (app) => {", "    app.use(auth.prefix, auth.routes());", "    app.use(\"/colyseus\", monitor());",
             "  },", "});"]
    return pick(r, "src/app.config.ts", "server/src/app.config.ts"), "typescript", "\n".join(lines)


def s_hathora(S):
    r = S.r
    app = S.cval("id")
    c = r.randrange(3)
    if c == 0:
        lines = ["name: Deploy to Hathora", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:",
                 "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
                 "      - run: npm i -g @hathora/cli",
                 "      - run: hathora-cloud deploy --appId %s --roomsPerProcess 4 --planName tiny --transportType tls --containerPort 7777 --token %s" % (app, S.v)]
        return ".github/workflows/hathora.yml", "github-actions", "\n".join(lines)
    if c == 1:
        lines = ["import { HathoraCloud } from \"@hathora/cloud-sdk-typescript\";", "",
                 "const hathora = new HathoraCloud({", "  appId: \"%s\"," % app, "  hathoraDevToken: \"%s\"," % S.v, "});", "",
                 "export async function createRoom(region = \"%s\") {" % S.cval("region"),
                 "  return hathora.roomsV2.createRoom({ region });", "}"]
        return pick(r, "server/src/hathora.ts", "lobby/src/rooms.ts"), "typescript", "\n".join(lines)
    lines = ["#!/bin/sh", "curl -s https://api.hathora.dev/processes/v2/%s/list/latest \\" % app,
             "  -H \"Authorization: Bearer %s\" | jq '.[].processId'" % S.v]
    lines += ["# used by the on-call dashboard", "exit 0"]
    return "ops/hathora_processes.sh", "shell", "\n".join(lines)


def s_roblox(S):
    r = S.r
    uni, place = S.cval("universe_id"), S.cval("place_id")
    c = r.randrange(3)
    if c == 0:
        lines = ["import requests", "", "UNIVERSE = %s" % uni, "PLACE = %s" % place, "",
                 "def publish(path):", "    with open(path, \"rb\") as fh:",
                 "        r = requests.post(", "            f\"https://apis.roblox.com/universes/v1/{UNIVERSE}/places/{PLACE}/versions\",",
                 "            params={\"versionType\": \"Published\"},",
                 "            headers={\"x-api-key\": %s, \"Content-Type\": \"application/octet-stream\"}," % q(S.v),
                 "            data=fh.read(),", "        )", "    r.raise_for_status()", "    print(r.json()[\"versionNumber\"])", "",
                 "publish(\"build/game.rbxl\")"]
        return pick(r, "tools/publish_place.py", "scripts/publish.py"), "python", "\n".join(lines)
    if c == 1:
        lines = ["name: Publish place", "on:", "  push:", "    branches: [main]", "jobs:", "  publish:",
                 "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
                 "      - uses: CompeyDev/setup-rokit@v0.1.2", "      - run: rojo build -o game.rbxl",
                 "      - run: |", "          curl --fail -X POST \\",
                 "            -H 'x-api-key: %s' \\" % S.v, "            -H 'Content-Type: application/octet-stream' \\",
                 "            --data-binary @game.rbxl \\",
                 "            'https://apis.roblox.com/universes/v1/%s/places/%s/versions?versionType=Published'" % (uni, place)]
        return ".github/workflows/publish.yml", "github-actions", "\n".join(lines)
    lines = ["local HttpService = game:GetService(\"HttpService\")", "", "local PROXY = \"https://rbx-proxy.%s.gg\"" % S.gslug, "",
             "local function messageAll(topic, msg)", "  return HttpService:RequestAsync({",
             "    Url = PROXY .. \"/messaging-service/v1/universes/%s/topics/\" .. topic," % uni, "    Method = \"POST\",",
             "    Headers = { [\"x-api-key\"] = \"%s\", [\"Content-Type\"] = \"application/json\" }," % S.v,
             "    Body = HttpService:JSONEncode({ message = msg }),", "  })", "end", "", "return messageAll"]
    return "src/server/Broadcast.server.lua", "lua", "\n".join(lines)


def s_aws(S):
    r = S.r
    kid, reg, fleet = S.cval("access_key_id") or S.ctx[0][1], S.cval("region"), S.cval("fleet_id")
    c = r.randrange(3)
    if c == 0:
        lines = ["[default]", "region = %s" % reg, "output = json", "", "[%s-gamelift]" % S.game[1],
                 "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % S.v, "region = %s" % reg]
        return pick(r, "deploy/aws/credentials", "ops/.aws/credentials"), "aws-credentials", "\n".join(lines)
    if c == 1:
        lines = ["import boto3", "", "gl = boto3.client(", "    \"gamelift\",", "    region_name=%s," % q(reg),
                 "    aws_access_key_id=%s," % q(kid), "    aws_secret_access_key=%s," % q(S.v), ")", "",
                 "def scale(desired):", "    gl.update_fleet_capacity(FleetId=%s, DesiredInstances=desired)" % q(fleet), "",
                 "if __name__ == \"__main__\":", "    scale(4)"]
        return pick(r, "tools/gamelift/scale.py", "ops/scale_fleet.py"), "python", "\n".join(lines)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "export AWS_ACCESS_KEY_ID=%s" % kid,
             "export AWS_SECRET_ACCESS_KEY=%s" % S.v, "export AWS_DEFAULT_REGION=%s" % reg, "",
             "aws gamelift upload-build --name %s --build-version \"$1\" --build-root ./Build/LinuxServer --operating-system AMAZON_LINUX_2023" % S.gname]
    return pick(r, "ci/gamelift_upload.sh", "scripts/upload-build.sh"), "shell", "\n".join(lines)


def s_xsolla_webhook(S):
    r = S.r
    if r.random() < 0.5:
        lines = ["import crypto from \"node:crypto\";", "import type { Request, Response } from \"express\";", "",
                 "const %s = \"%s\";" % (style(S.name, "screaming"), S.v), "",
                 "export function xsollaWebhook(req: Request, res: Response) {", "  const raw = (req as any).rawBody as string;",
                 "  const expected = crypto.createHash(\"sha1\").update(raw + %s).digest(\"hex\");" % style(S.name, "screaming"),
                 "  if (req.header(\"authorization\") !== `Signature ${expected}`) {",
                 "    return res.status(400).json({ error: { code: \"INVALID_SIGNATURE\" } });", "  }",
                 "  return res.status(204).end();", "}"]
        return pick(r, "server/src/webhooks/xsolla.ts", "payments/src/xsolla.ts"), "typescript", "\n".join(lines)
    lines = ["import hashlib", "from flask import Flask, request, abort", "", "app = Flask(__name__)",
             "%s = %s" % (style(S.name, "screaming"), q(S.v)), "", "", "@app.post(\"/webhooks/xsolla\")", "def xsolla():",
             "    body = request.get_data(as_text=True)",
             "    sig = hashlib.sha1((body + %s).encode()).hexdigest()" % style(S.name, "screaming"),
             "    if request.headers.get(\"Authorization\") != f\"Signature {sig}\":", "        abort(400)",
             "    return \"\", 204"]
    return pick(r, "payments/webhooks.py", "backend/app/xsolla_hooks.py"), "python", "\n".join(lines)


def s_xsolla_api(S):
    r = S.r
    mid, pid = S.cval("merchant_id"), S.cval("project_id")
    if r.random() < 0.5:
        lines = ["import requests", "", "MERCHANT_ID = %s" % mid, "PROJECT_ID = %s" % pid, "",
                 "def token(user_id):", "    return requests.post(",
                 "        f\"https://api.xsolla.com/merchant/v2/merchants/{MERCHANT_ID}/token\",",
                 "        auth=(str(MERCHANT_ID), %s)," % q(S.v),
                 "        json={\"user\": {\"id\": {\"value\": user_id}}, \"settings\": {\"project_id\": PROJECT_ID}},",
                 "        timeout=15,", "    ).json()[\"token\"]"]
        return pick(r, "payments/xsolla_client.py", "backend/store/xsolla.py"), "python", "\n".join(lines)
    lines = ["#!/bin/sh", "# list recent transactions for reconciliation",
             "curl -s -u %s:%s \\" % (mid, S.v),
             "  \"https://api.xsolla.com/merchant/v2/merchants/%s/reports/transactions/registry.json?datetime_from=$(date -d yesterday +%%F)\"" % mid,
             "echo"]
    return "ops/xsolla_report.sh", "shell", "\n".join(lines)


def s_butler(S):
    r = S.r
    user, gm = S.cval("user"), S.cval("game")
    if r.random() < 0.5:
        lines = ["name: itch.io release", "on:", "  release:", "    types: [published]", "", "jobs:", "  push:",
                 "    runs-on: ubuntu-latest", "    env:", "      BUTLER_API_KEY: %s" % S.v, "    steps:",
                 "      - uses: actions/checkout@v4", "      - run: ./ci/export_web.sh",
                 "      - run: |", "          curl -L -o butler.zip https://broth.itch.zone/butler/linux-amd64/LATEST/archive/default",
                 "          unzip butler.zip && chmod +x butler",
                 "          ./butler push build/web %s/%s:html5 --userversion ${{ github.ref_name }}" % (user, gm)]
        return ".github/workflows/itch.yml", "github-actions", "\n".join(lines)
    lines = ["#!/usr/bin/env bash", "set -e", "VERSION=$(git describe --tags)", "",
             "BUTLER_API_KEY=%s butler push build/windows %s/%s:windows --userversion \"$VERSION\"" % (S.v, user, gm),
             "BUTLER_API_KEY=%s butler status %s/%s" % ("\"$BUTLER_API_KEY\"", user, gm)]
    return pick(r, "scripts/itch_push.sh", "release.sh"), "shell", "\n".join(lines)


def s_discord_bot(S):
    r = S.r
    if r.random() < 0.5:
        lines = ["const { Client, GatewayIntentBits } = require('discord.js');", "",
                 "const client = new Client({ intents: [GatewayIntentBits.Guilds] });", "",
                 "client.once('ready', () => console.log(`status bot online as ${client.user.tag}`));", "",
                 "client.login('%s');" % S.v]
        return pick(r, "tools/status-bot/index.js", "bot/index.js"), "javascript", "\n".join(lines)
    lines = ["import discord", "", "intents = discord.Intents.default()", "client = discord.Client(intents=intents)", "",
             "@client.event", "async def on_ready():", "    print(f\"server-status bot ready: {client.user}\")", "",
             "client.run(%s)" % q(S.v)]
    return pick(r, "bots/server_status.py", "tools/discord_bot.py"), "python", "\n".join(lines)


def s_discord_oauth(S):
    r = S.r
    cid = S.cval("application_id")
    lines = ["import requests", "", "API = \"https://discord.com/api/v10\"", "", "",
             "def exchange_code(code, redirect_uri):", "    data = {\"grant_type\": \"authorization_code\", \"code\": code, \"redirect_uri\": redirect_uri}",
             "    r = requests.post(f\"{API}/oauth2/token\", data=data, auth=(%s, %s))" % (q(cid), q(S.v)),
             "    r.raise_for_status()", "    return r.json()"]
    return pick(r, "backend/auth/discord.py", "web/api/discord_oauth.py"), "python", "\n".join(lines)


def s_google_json(S):
    r = S.r
    proj, email = S.cval("project_id"), S.cval("client_email")
    d = ["{", "  \"type\": \"service_account\",", "  \"project_id\": \"%s\"," % proj,
         "  \"private_key_id\": \"%s\"," % rs(r, 40, HEXL), "  \"private_key\": \"%s\"," % S.v,
         "  \"client_email\": \"%s\"," % email, "  \"client_id\": \"%s\"," % "".join(r.choice(DG) for _ in range(21)),
         "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",", "  \"token_uri\": \"https://oauth2.googleapis.com/token\",",
         "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",",
         "  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/%s\"," % email.replace("@", "%40"),
         "  \"universe_domain\": \"googleapis.com\"", "}"]
    return pick(r, "fastlane/play-store-credentials.json", "ci/google-play-key.json", "android/play-service-account.json",
                "secrets/gpgs-service-account.json"), "json", "\n".join(d)


def s_apple_p8(S):
    r = S.r
    kid = S.cval("key_id")
    return "keys/AuthKey_%s.p8" % kid, "pem", S.v


def s_apple_yaml(S):
    r = S.r
    lines = ["# App Store Connect API key used by fastlane / GameKit leaderboard sync", "app_store_connect:",
             "  key_id: \"%s\"" % S.cval("key_id"), "  issuer_id: \"%s\"" % S.cval("issuer_id"),
             "  team_id: \"%s\"" % S.cval("team_id"), "  %s: |" % style(S.name, "snake")]
    lines += ["    " + l for l in S.v.split("\n")]
    S.needle = "\n    ".join(S.v.split("\n"))
    lines += ["  in_house: false"]
    return pick(r, "ci/appstore.yml", "fastlane/api_key.yml"), "yaml", "\n".join(lines)


def s_apple_cs(S):
    r = S.r
    lines = ["namespace %s.Tools" % S.gname, "{", "    internal static class GameCenterJwt", "    {",
             "        internal const string KeyId = \"%s\";" % S.cval("key_id"),
             "        internal const string IssuerId = \"%s\";" % S.cval("issuer_id"), "",
             "        internal const string %s = @\"%s\";" % (style(S.name, "pascal"), S.v), "    }", "}"]
    return "Tools/LeaderboardSync/GameCenterJwt.cs", "csharp", "\n".join(lines)


def s_source_cfg(S):
    r = S.r
    lines = ["// server.cfg", "hostname \"%s | %s\"" % (S.gname, pick(r, "EU #1", "NA West", "Community 24/7")),
             "sv_lan 0", "sv_cheats 0", "sv_region %d" % r.randint(0, 7), "rcon_password \"%s\"" % S.v,
             "sv_maxrate 0", "sv_minrate 100000", "mp_timelimit %d" % r.choice([20, 30, 45]),
             "log on", "sv_logbans 1", "exec banned_user.cfg"]
    return pick(r, "server/cfg/server.cfg", "csgo/cfg/server.cfg", "tf/cfg/server.cfg", "game/csgo/cfg/server.cfg"), "source-cfg", "\n".join(lines)


def s_mc_props(S):
    r = S.r
    lines = ["#Minecraft server properties", "#Mon Mar 04 12:%02d:11 UTC 2024" % r.randint(0, 59),
             "enable-jmx-monitoring=false", "rcon.port=25575", "level-seed=%d" % r.randint(-2**62, 2**62),
             "gamemode=survival", "enable-command-block=false", "enable-query=false", "level-name=world",
             "motd=%s" % S.gname, "pvp=true", "difficulty=normal", "max-players=%d" % r.choice([20, 50, 100]),
             "online-mode=true", "enable-rcon=true", "rcon.password=%s" % S.v, "view-distance=10",
             "white-list=false", "spawn-protection=16"]
    return pick(r, "server/server.properties", "minecraft/server.properties", "server.properties"), "properties", "\n".join(lines)


def s_rust_start(S):
    r = S.r
    lines = ["#!/bin/bash", "# Rust dedicated server start script", "cd \"$(dirname \"$0\")\"", "",
             "./RustDedicated -batchmode \\", "  +server.port 28015 \\", "  +server.level \"Procedural Map\" \\",
             "  +server.seed %d \\" % r.randint(1, 2147483647), "  +server.worldsize %d \\" % r.choice([3000, 3500, 4250]),
             "  +server.maxplayers %d \\" % r.choice([50, 100, 200]), "  +server.hostname \"%s\" \\" % S.gname,
             "  +rcon.port 28016 \\", "  +rcon.password \"%s\" \\" % S.v, "  +rcon.web 1"]
    return pick(r, "start_rust.sh", "servers/rust/start.sh"), "shell", "\n".join(lines)


def s_compose_mc(S):
    r = S.r
    lines = ["services:", "  mc:", "    image: itzg/minecraft-server", "    tty: true", "    stdin_open: true",
             "    ports:", "      - \"25565:25565\"", "    environment:", "      EULA: \"TRUE\"", "      TYPE: \"PAPER\"",
             "      MEMORY: \"%dG\"" % r.choice([4, 6, 8]), "      ENABLE_RCON: \"true\"",
             "      %s: \"%s\"" % (pick(r, "RCON_PASSWORD", "RCON_PASSWORD") if S.obvious else "RCON_PASSWORD", S.v),
             "    volumes:", "      - ./data:/data"]
    return "docker-compose.yml", "docker-compose", "\n".join(lines)


def s_ark_ini(S):
    r = S.r
    lines = ["[ServerSettings]", "DifficultyOffset=%0.1f" % r.choice([0.2, 0.5, 1.0]), "ServerPVE=%s" % pick(r, "True", "False"),
             "ShowMapPlayerLocation=True", "AllowThirdPersonPlayer=True", "ServerAdminPassword=%s" % S.v,
             "MaxPlayers=%d" % r.choice([20, 40, 70]), "RCONEnabled=True", "RCONPort=27020",
             "XPMultiplier=%0.1f" % r.choice([1.0, 2.0, 3.0]), "", "[SessionSettings]", "SessionName=%s" % S.gname,
             "Port=7777", "QueryPort=27015", "", "[/Script/Engine.GameSession]", "MaxPlayers=70"]
    return "ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini", "unreal-ini", "\n".join(lines)


def s_palworld_ini(S):
    r = S.r
    opts = ("Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=%0.6f,PalCaptureRate=1.000000,"
            "DeathPenalty=All,bEnablePlayerToPlayerDamage=False,ServerPlayerMaxNum=%d,ServerName=\"%s\","
            "ServerDescription=\"\",AdminPassword=\"%s\",ServerPassword=\"\",PublicPort=8211,PublicIP=\"\","
            "RCONEnabled=True,RCONPort=25575,Region=\"\",bUseAuth=True,BanListURL=\"https://api.palworldgame.com/api/banlist.txt\"") % (
        r.choice([1.0, 1.5, 2.0]), r.choice([16, 32]), S.gname, S.v)
    lines = ["; This configuration file is a sample of the default server settings.", "; Changes to this file will NOT be reflected on the server.",
             "; To change the server settings, modify Pal/Saved/Config/LinuxServer/PalWorldSettings.ini.",
             "[/Script/Pal.PalGameWorldSettings]", "OptionSettings=(%s)" % opts]
    return "Pal/Saved/Config/LinuxServer/PalWorldSettings.ini", "unreal-ini", "\n".join(lines)


def s_rcon_py(S):
    r = S.r
    host, port = S.cval("host"), S.cval("port")
    lines = ["from mcrcon import MCRcon", "", "", "def broadcast(msg):",
             "    with MCRcon(%s, %s, port=%s) as mcr:" % (q(host), q(S.v), port),
             "        return mcr.command(f\"say {msg}\")", "", "", "if __name__ == \"__main__\":",
             "    print(broadcast(\"Server restarting in 5 minutes\"))"]
    return pick(r, "ops/restart_notice.py", "tools/rcon_broadcast.py"), "python", "\n".join(lines)


def s_rcon_url(S):
    r = S.r
    host, port = S.cval("host"), S.cval("port")
    lines = ["# monitoring targets for the rcon exporter", "targets:"]
    for i in range(r.randint(0, 2)):
        lines.append("  - name: %s-%d" % (S.game[1], i + 1))
        lines.append("    url: \"rcon://10.0.5.%d:%s\"" % (r.randint(2, 250), port))
        lines.append("    password_file: /run/secrets/rcon_%d" % (i + 1))
    lines += ["  - name: %s-main" % S.game[1], "    url: \"rcon://:%s@%s:%s\"" % (S.v, host, port), "scrape_interval: 30s"]
    return pick(r, "monitoring/rcon-exporter.yml", "ops/exporter/targets.yaml"), "yaml", "\n".join(lines)


def s_beserver(S):
    r = S.r
    lines = ["RConPassword %s" % S.v, "RConPort %d" % r.choice([2306, 2310, 2302]), "RConIP 0.0.0.0",
             "MaxPing %d" % r.choice([200, 250, 300]), "MaxKickBanReasonSize 200"]
    if r.random() < 0.5:
        lines.insert(0, "// BattlEye server config - DayZ/Arma")
    return pick(r, "battleye/BEServer_x64.cfg", "profiles/BattlEye/BEServer_x64.cfg", "server/battleye/beserver_x64.cfg"), "battleye-cfg", "\n".join(lines)


def s_ga_init(S):
    r = S.r
    gk = S.cval("game_key")
    c = r.randrange(4)
    if c == 0:
        lines = ["#include \"GameAnalytics.h\"", "", "void InitAnalytics()", "{",
                 "    gameanalytics::GameAnalytics::configureBuild(\"%s\");" % S.cval("build"),
                 "    gameanalytics::GameAnalytics::setEnabledInfoLog(false);",
                 "    gameanalytics::GameAnalytics::initialize(\"%s\", \"%s\");" % (gk, S.v), "}"]
        return pick(r, "src/analytics/analytics.cpp", "Source/Game/Private/Analytics.cpp"), "cpp", "\n".join(lines)
    if c == 1:
        lines = ["import { GameAnalytics } from \"gameanalytics\";", "",
                 "GameAnalytics.configureBuild(\"%s\");" % S.cval("build"),
                 "GameAnalytics.initialize(\"%s\", \"%s\");" % (gk, S.v), "",
                 "export const track = (ev: string) => GameAnalytics.addDesignEvent(ev);"]
        return pick(r, "web/src/analytics.ts", "src/telemetry/ga.ts"), "typescript", "\n".join(lines)
    if c == 2:
        lines = ["local gameanalytics = require \"gameanalytics.gameanalytics\"", "",
                 "gameanalytics.configureBuild(\"%s\")" % S.cval("build"),
                 "gameanalytics.initialize({", "  gameKey = \"%s\"," % gk, "  gameSecret = \"%s\"," % S.v, "})", "",
                 "return gameanalytics"]
        return pick(r, "main/analytics.lua", "modules/analytics.lua"), "lua", "\n".join(lines)
    lines = ["extends Node", "", "func _ready():", "\tvar ga = Engine.get_singleton(\"GameAnalytics\")",
             "\tga.configureBuild(\"%s\")" % S.cval("build"), "\tga.init(\"%s\", \"%s\")" % (gk, S.v)]
    return "autoload/analytics.gd", "gdscript", "\n".join(lines)


def s_header_curl_md(S):
    r = S.r
    hn, hv = S.k.header
    url = {"playfab_title_secret_key": "https://%s.playfabapi.com/Admin/GetTitleInternalData" % (S.cval("id") or "A1B2"),
           "hathora_token": "https://api.hathora.dev/apps/v1/list",
           "roblox_open_cloud_api_key": "https://apis.roblox.com/cloud/v2/universes/%s" % S.cval("universe_id"),
           "itch_butler_api_key": "https://api.itch.io/profile",
           "discord_bot_token": "https://discord.com/api/v10/users/@me"}[S.k.kind]
    lines = ["# Troubleshooting %s" % S.k.provider, "", "If the nightly job fails, check the credentials by hand:", "",
             "```sh", "curl -s \"%s\" \\" % url, "  -H \"%s: %s\"" % (hn, hv.format(v=S.v)), "```", "",
             "A `401` means the key was rotated; ask in #backend."]
    return pick(r, "docs/troubleshooting.md", "notes/%s-debug.md" % S.k.provider), "markdown", "\n".join(lines)


# name, family, fn, kinds, obviousness (True/False/None=depends on slot name), pos_only
SPECIFIC = [
    ("playfab_shared_asset", "conf", s_playfab_asset, ["playfab_title_secret_key"], True, False),
    ("playfab_ue_ini", "conf", s_playfab_ue_ini, ["playfab_title_secret_key"], True, False),
    ("playfab_curl", "shell", s_playfab_curl, ["playfab_title_secret_key"], False, False),
    ("eos_engine_ini", "conf", s_eos_engine_ini, ["eos_client_secret"], True, False),
    ("eos_bpt", "shell", s_eos_bpt, ["eos_client_secret"], True, False),
    ("eos_cpp", "code", s_eos_cpp, ["eac_server_client_secret", "eos_client_secret"], True, False),
    ("steam_url", "code", s_steam_url, ["steam_web_api_key", "steam_publisher_web_api_key"], False, False),
    ("steamcmd", "shell", s_steamcmd, ["steam_build_account_password"], False, False),
    ("ugs_basic", "code", s_ugs_basic, ["ugs_service_account_secret"], False, False),
    ("nakama_yml", "conf", s_nakama_yml, ["nakama_server_key", "nakama_http_key", "nakama_console_password"], True, False),
    ("nakama_client", "code", s_nakama_client, ["nakama_server_key"], False, False),
    ("nakama_httpkey_url", "code", s_nakama_httpkey_url, ["nakama_http_key"], False, False),
    ("photon_auth", "code", s_photon_auth, ["photon_custom_auth_secret"], None, False),
    ("colyseus_config", "code", s_colyseus, ["colyseus_jwt_secret"], True, False),
    ("hathora", "code", s_hathora, ["hathora_token"], True, False),
    ("roblox", "code", s_roblox, ["roblox_open_cloud_api_key"], False, False),
    ("aws_gamelift", "code", s_aws, ["aws_secret_access_key"], True, False),
    ("xsolla_webhook", "code", s_xsolla_webhook, ["xsolla_webhook_secret"], None, False),
    ("xsolla_api", "code", s_xsolla_api, ["xsolla_api_key"], False, False),
    ("butler", "ci", s_butler, ["itch_butler_api_key"], True, False),
    ("discord_bot", "code", s_discord_bot, ["discord_bot_token"], False, False),
    ("discord_oauth", "code", s_discord_oauth, ["discord_client_secret"], False, False),
    ("google_sa_json", "conf", s_google_json, ["google_play_service_account_key"], True, False),
    ("apple_p8", "conf", s_apple_p8, ["game_center_p8_private_key"], True, True),
    ("apple_yaml", "conf", s_apple_yaml, ["game_center_p8_private_key"], None, False),
    ("apple_cs", "code", s_apple_cs, ["game_center_p8_private_key"], None, False),
    ("source_cfg", "conf", s_source_cfg, ["rcon_password"], True, False),
    ("mc_properties", "conf", s_mc_props, ["rcon_password"], True, False),
    ("rust_start", "shell", s_rust_start, ["rcon_password"], True, False),
    ("compose_mc", "conf", s_compose_mc, ["rcon_password"], True, False),
    ("rcon_py", "code", s_rcon_py, ["rcon_password", "server_admin_password"], False, False),
    ("rcon_url", "conf", s_rcon_url, ["rcon_password"], False, False),
    ("ark_ini", "conf", s_ark_ini, ["server_admin_password"], True, False),
    ("palworld_ini", "conf", s_palworld_ini, ["server_admin_password"], True, False),
    ("beserver_cfg", "conf", s_beserver, ["battleye_rcon_password"], True, False),
    ("ga_init", "code", s_ga_init, ["gameanalytics_secret_key"], False, False),
    ("header_curl_md", "doc", s_header_curl_md,
     ["playfab_title_secret_key", "hathora_token", "roblox_open_cloud_api_key", "itch_butler_api_key", "discord_bot_token"], False, False),
]

# kinds whose secret cannot sit in arbitrary generic templates
GENERIC_ALLOWED = {
    "google_play_service_account_key": {"py_settings", "ts_config", "js_module", "dotenv", "yaml_config", "json_config",
                                        "compose", "gha_env", "gitlab_vars", "shell_export", "k8s_secret", "tfvars", "go_const"},
    "game_center_p8_private_key": set(),
}


# --------------------------- negative look-alike templates ------------------
def n_unity_meta(r):
    name = r.choice(["PlayFabLogin", "PhotonLauncher", "SteamBootstrap", "NakamaConnection", "AnalyticsInit", "EosManager"])
    lines = ["fileFormatVersion: 2", "guid: %s" % rs(r, 32, HEXL), "MonoImporter:", "  externalObjects: {}",
             "  serializedVersion: 2", "  defaultReferences: []", "  executionOrder: 0", "  icon: {instanceID: 0}",
             "  userData: ", "  assetBundleName: ", "  assetBundleVariant: "]
    return "Assets/Scripts/Net/%s.cs.meta" % name, "unity-meta", "\n".join(lines), "unity", "asset_guid"


def n_photon_settings(r):
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
             "  m_ObjectHideFlags: 0", "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rs(r, 32, HEXL),
             "  m_Name: PhotonServerSettings", "  m_EditorClassIdentifier: ", "  AppSettings:",
             "    AppIdRealtime: %s" % ruuid(r), "    AppIdFusion: ", "    AppIdChat: %s" % ruuid(r), "    AppIdVoice: ",
             "    AppVersion: %d.%d" % (r.randint(0, 2), r.randint(0, 9)), "    UseNameServer: 1",
             "    FixedRegion: %s" % r.choice(["eu", "us", "asia", ""]), "    BestRegionSummaryFromStorage: ",
             "    Server: ", "    Port: 0", "    Protocol: 0", "    EnableLobbyStatistics: 0", "    NetworkLogging: 1",
             "  PunLogging: 0", "  EnableSupportLogger: 0", "  RunInBackground: 1", "  StartInOfflineMode: 0"]
    return "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", "unity-asset", "\n".join(lines), "photon", "photon_app_id"


def n_steam_vdf(r):
    app = steam_app_id(r)
    lines = ["\"AppBuild\"", "{", "\t\"AppID\" \"%s\"" % app, "\t\"Desc\" \"nightly %d\"" % r.randint(100, 999),
             "\t\"ContentRoot\" \"../build/\"", "\t\"BuildOutput\" \"../output/\"", "\t\"SetLive\" \"beta\"", "\t\"Depots\"", "\t{",
             "\t\t\"%d\"" % (int(app) + 1), "\t\t{", "\t\t\t\"FileMapping\"", "\t\t\t{", "\t\t\t\t\"LocalPath\" \"windows/*\"",
             "\t\t\t\t\"DepotPath\" \".\"", "\t\t\t\t\"recursive\" \"1\"", "\t\t\t}", "\t\t\t\"FileExclusion\" \"*.pdb\"", "\t\t}", "\t}", "}"]
    return "steam/scripts/app_build_%s.vdf" % app, "vdf", "\n".join(lines), "steam", "steam_app_id"


def n_steam_engine_ini(r):
    app = steam_app_id(r)
    lines = ["[/Script/Engine.GameEngine]",
             "+NetDriverDefinitions=(DefName=\"GameNetDriver\",DriverClassName=\"OnlineSubsystemSteam.SteamNetDriver\",DriverClassNameFallback=\"OnlineSubsystemUtils.IpNetDriver\")",
             "", "[OnlineSubsystem]", "DefaultPlatformService=Steam", "", "[OnlineSubsystemSteam]", "bEnabled=true",
             "SteamDevAppId=%s" % app, "SteamAppId=%s" % app, "GameServerQueryPort=27015", "bRelaunchInSteam=false",
             "GameVersion=1.0.%d" % r.randint(0, 40), "bVACEnabled=1", "bAllowP2PPacketRelay=true", "P2PConnectionTimeout=90", "",
             "[/Script/OnlineSubsystemSteam.SteamNetDriver]", "NetConnectionClassName=\"OnlineSubsystemSteam.SteamNetConnection\""]
    return "Config/DefaultEngine.ini", "unreal-ini", "\n".join(lines), "steam", "steam_app_id"


def n_eos_ids_cs(r):
    lines = ["using System;", "using Epic.OnlineServices.Platform;", "", "public static class EosConfig", "{",
             "    // Product / sandbox / deployment ids are public identifiers (visible in the launcher).",
             "    public const string ProductId = \"%s\";" % eos_id32(r), "    public const string SandboxId = \"%s\";" % eos_id32(r),
             "    public const string DeploymentId = \"%s\";" % eos_id32(r), "    public const string ClientId = \"%s\";" % eos_client_id(r), "",
             "    // The client secret is injected by the build pipeline, never committed.",
             "    public static string ClientSecret => Environment.GetEnvironmentVariable(\"EOS_CLIENT_SECRET\") ?? string.Empty;", "}"]
    return "Assets/Scripts/Platform/EosConfig.cs", "csharp", "\n".join(lines), "epic", "eos_ids"


def n_godot_export(r):
    lines = ["[preset.0]", "", "name=\"Windows Desktop\"", "platform=\"Windows Desktop\"", "runnable=true",
             "dedicated_server=false", "custom_features=\"\"", "export_filter=\"all_resources\"", "include_filter=\"\"",
             "exclude_filter=\"\"", "export_path=\"build/windows/%s.exe\"" % "".join(x.capitalize() for x in game_name(r)),
             "encryption_include_filters=\"\"", "encryption_exclude_filters=\"\"", "encrypt_pck=false",
             "encrypt_directory=false", "", "[preset.0.options]", "", "custom_template/debug=\"\"", "custom_template/release=\"\"",
             "debug/export_console_wrapper=1", "binary_format/embed_pck=false", "codesign/enable=false",
             "codesign/identity_type=0", "codesign/identity=\"\"", "codesign/password=\"\"", "codesign/timestamp=true",
             "application/product_version=\"1.%d.0\"" % r.randint(0, 9), "application/company_name=\"%s Games\"" % game_name(r)[0].capitalize()]
    return "export_presets.cfg", "godot-export-presets", "\n".join(lines), "godot", "empty_credentials"


def n_godot_project(r):
    lines = ["config_version=5", "", "[application]", "", "config/name=\"%s\"" % " ".join(x.capitalize() for x in game_name(r)),
             "run/main_scene=\"res://scenes/boot.tscn\"", "config/features=PackedStringArray(\"4.2\", \"GL Compatibility\")", "",
             "[autoload]", "", "Online=\"*res://autoload/online.gd\"", "", "[steam]", "", "initialization/app_id=%s" % steam_app_id(r),
             "initialization/initialize_on_startup=true", "", "[playfab]", "", "title_id=\"%s\"" % playfab_title_id(r), "",
             "[rendering]", "", "renderer/rendering_method=\"gl_compatibility\""]
    return "project.godot", "godot-project", "\n".join(lines), "godot", "public_ids"


def n_save_json(r):
    d = {"version": r.randint(3, 12), "slot": r.randint(0, 3), "seed": r.randint(0, 2**63 - 1),
         "player": {"name": r.choice(["Ash", "Kiri", "Bo", "Nyx"]), "level": r.randint(1, 60), "gold": r.randint(0, 99999)},
         "playtimeSeconds": r.randint(100, 400000), "steamId": steam_id64(r),
         "checksum": {"algo": "crc32", "value": "%08x" % r.getrandbits(32)}, "contentHash": sha256hex(r)}
    return r.choice(["tests/fixtures/save_slot_1.json", "Assets/Tests/Data/savegame.json", "test/data/save.json"]), "json", json.dumps(d, indent=2), "game", "save_checksum"


def n_build_manifest(r):
    files = {}
    for f in r.sample(["data.pak", "game.exe", "UnityPlayer.dll", "GameAssembly.dll", "level0", "sharedassets0.assets",
                       "resources.assets", "globalgamemanagers"], 5):
        files[f] = {"sha256": sha256hex(r), "size": r.randint(10000, 900000000)}
    d = {"buildGuid": ruuid(r), "branch": r.choice(["main", "release/1.4", "beta"]), "commit": sha1hex(r),
         "unityVersion": "2022.3.%df1" % r.randint(10, 40), "files": files}
    return r.choice(["Builds/manifest.json", "build/output/build-manifest.json"]), "json", json.dumps(d, indent=2), "game", "content_hashes"


def n_gamelift_tf(r):
    reg = aws_region(r)
    acct = aws_account(r)
    lines = ["resource \"aws_gamelift_build\" \"server\" {", "  name             = \"%s-server\"" % "-".join(game_name(r)),
             "  operating_system = \"AMAZON_LINUX_2023\"", "  storage_location {", "    bucket   = \"gl-builds-%s\"" % acct,
             "    key      = \"server-%d.zip\"" % r.randint(100, 999), "    role_arn = \"arn:aws:iam::%s:role/gamelift-s3\"" % acct, "  }", "}", "",
             "resource \"aws_gamelift_fleet\" \"main\" {", "  build_id          = aws_gamelift_build.server.id",
             "  ec2_instance_type = \"c5.large\"", "  fleet_type        = \"ON_DEMAND\"", "  name              = \"main-%s\"" % reg, "",
             "  runtime_configuration {", "    server_process {", "      concurrent_executions = 4",
             "      launch_path           = \"/local/game/Server.x86_64\"", "    }", "  }", "}", "",
             "# existing alias: alias-%s" % ruuid(r), "# existing fleet: fleet-%s" % ruuid(r)]
    return r.choice(["infra/gamelift.tf", "terraform/modules/gamelift/main.tf"]), "terraform", "\n".join(lines), "aws", "resource_ids"


def n_i18n(r):
    if r.random() < 0.5:
        d = {"login.password": "Password", "login.password_hint": "At least 8 characters",
             "admin.rcon_password": "RCON password", "admin.rcon_password_missing": "Set an RCON password before enabling remote console",
             "settings.api_key": "API key", "settings.api_key_invalid": "This API key is invalid or has been revoked",
             "store.secret_offer": "Secret offer unlocked!", "errors.token_expired": "Your session token expired, please log in again"}
        return r.choice(["Assets/Localization/en.json", "locales/en/ui.json"]), "json", json.dumps(d, indent=2, ensure_ascii=False), "game", "i18n_strings"
    lines = ["keys,en,de,fr", "MENU_PASSWORD,Password,Passwort,Mot de passe", "MENU_SERVER_PASSWORD,Server password,Serverpasswort,Mot de passe du serveur",
             "ADMIN_KEY_PROMPT,Enter admin key,Admin-Schl\u00fcssel eingeben,Saisir la cl\u00e9 admin",
             "TOKEN_EXPIRED,Session expired,Sitzung abgelaufen,Session expir\u00e9e", "SECRET_LEVEL,Secret level found!,Geheimes Level gefunden!,Niveau secret trouv\u00e9 !"]
    return "localization/strings.csv", "csv", "\n".join(lines), "game", "i18n_strings"


def n_discord_public(r):
    lines = ["# Discord interactions endpoint (slash commands for the server-status bot)",
             "DISCORD_APPLICATION_ID=%s" % discord_snowflake(r),
             "# The public key is used to verify request signatures; Discord shows it openly on the app page.",
             "DISCORD_PUBLIC_KEY=%s" % rs(r, 64, HEXL), "DISCORD_GUILD_ID=%s" % discord_snowflake(r),
             "DISCORD_BOT_TOKEN=", "INTERACTIONS_PORT=8787"]
    return r.choice([".env.example", "bots/status/.env.example"]), "dotenv", "\n".join(lines), "discord", "public_key"


def n_nakama_local(r):
    lines = ["# local development only - these are Nakama's documented defaults", "name: nakama-dev", "logger:", "  level: debug",
             "socket:", "  server_key: \"defaultkey\"", "runtime:", "  http_key: \"defaulthttpkey\"", "session:",
             "  encryption_key: \"defaultencryptionkey\"", "  refresh_encryption_key: \"defaultrefreshencryptionkey\"",
             "console:", "  port: 7351"]
    return "nakama/local.yml", "yaml", "\n".join(lines), "nakama", "documented_defaults"


def n_xsolla_fixture(r):
    body = {"notification_type": "payment", "purchase": {"total": {"currency": "USD", "amount": r.choice([4.99, 9.99, 19.99])}},
            "user": {"id": str(r.randint(10000, 99999)), "email": "qa+%d@example.com" % r.randint(1, 99)},
            "transaction": {"id": r.randint(100000000, 999999999), "project_id": r.randint(100000, 299999)}}
    d = {"headers": {"Authorization": "Signature %s" % sha1hex(r), "Content-Type": "application/json"}, "body": body}
    return r.choice(["tests/fixtures/xsolla_payment.json", "payments/tests/data/webhook_payment.json"]), "json", json.dumps(d, indent=2), "xsolla", "signature_digest"


def n_ga_events(r):
    ev = []
    for _ in range(r.randint(2, 4)):
        ev.append({"category": r.choice(["design", "business", "progression"]), "session_id": ruuid(r),
                   "user_id": ruuid(r), "event_id": "%s:%s" % (r.choice(["Level", "Shop"]), r.choice(["Start", "Buy"])),
                   "client_ts": 1700000000 + r.randint(0, 9999999)})
    return r.choice(["tests/fixtures/ga_events.json", "analytics/samples/events.json"]), "json", json.dumps(ev, indent=2), "gameanalytics", "session_ids"


def n_play_license(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([0xB0 | r.getrandbits(4)]) + rbytes(r, 255) + bytes.fromhex("0203010001")
    pub = base64.b64encode(der).decode()
    lines = ["using UnityEngine;", "", "// Google Play licensing: this is the app's PUBLIC RSA key from Play Console", "// (Monetization setup > Licensing). It is meant to ship inside the APK.",
             "public static class PlayLicensing", "{", "    public const string Base64PublicKey =", "        \"%s\";" % pub, "}"]
    return "Assets/Scripts/Store/PlayLicensing.cs", "csharp", "\n".join(lines), "google", "public_key"


def n_roblox_ids(r):
    lines = ["local HttpService = game:GetService(\"HttpService\")", "local DataStoreService = game:GetService(\"DataStoreService\")", "",
             "local UNIVERSE_ID = %d" % r.randint(1_000_000_000, 6_999_999_999), "local PLACE_ID = %d" % r.randint(1_000_000_000, 19_999_999_999),
             "local store = DataStoreService:GetDataStore(\"PlayerData_v%d\")" % r.randint(1, 5), "",
             "local function newSessionId()", "  -- e.g. %s" % "{" + ruuid(r).upper() + "}", "  return HttpService:GenerateGUID(false)", "end", "",
             "return { universe = UNIVERSE_ID, place = PLACE_ID, newSessionId = newSessionId, store = store }"]
    return "src/server/Config.lua", "lua", "\n".join(lines), "roblox", "public_ids"


def n_banlist(r):
    lines = ["// banned_user.cfg - generated by sourcemod"]
    for _ in range(r.randint(5, 12)):
        lines.append("banid 0 STEAM_0:%d:%d" % (r.randint(0, 1), r.randint(1000, 300000000)))
    lines.append("// admins: " + ", ".join(steam_id64(r) for _ in range(3)))
    return "server/cfg/banned_user.cfg", "source-cfg", "\n".join(lines), "steam", "steam_ids"


def n_seeds(r):
    lines = ["# world generation seeds used for the weekly challenge", "weekly:"]
    for w in range(r.randint(4, 8)):
        lines.append("  - week: %d" % (w + 1))
        lines.append("    seed: %d" % r.getrandbits(63))
        lines.append("    seed_hex: \"%016x\"" % r.getrandbits(64))
    return r.choice(["config/challenge_seeds.yml", "data/seeds.yaml"]), "yaml", "\n".join(lines), "game", "seeds"


def n_dedicated_dockerfile(r):
    lines = ["FROM steamcmd/steamcmd:ubuntu-22", "ARG APP_ID=%s" % steam_app_id(r), "ARG RCON_PASSWORD",
             "ENV RCON_PASSWORD=${RCON_PASSWORD}", "RUN steamcmd +login anonymous +app_update ${APP_ID} validate +quit",
             "COPY entrypoint.sh /entrypoint.sh", "EXPOSE 27015/udp 27015/tcp",
             "# rcon password comes from the orchestrator secret store at runtime", "ENTRYPOINT [\"/entrypoint.sh\"]"]
    return "docker/dedicated/Dockerfile", "dockerfile", "\n".join(lines), "gameserver", "env_reference"


def n_ci_refs(r):
    g = game_name(r)
    lines = ["name: Store upload", "on:", "  workflow_dispatch:", "jobs:", "  upload:", "    runs-on: windows-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - name: Steam", "        uses: game-ci/steam-deploy@v3", "        with:",
             "          username: ${{ secrets.STEAM_USERNAME }}", "          configVdf: ${{ secrets.STEAM_CONFIG_VDF }}",
             "          appId: %s" % steam_app_id(r), "          buildDescription: v${{ github.run_number }}", "          rootPath: build",
             "          depot1Path: StandaloneWindows64", "          releaseBranch: prerelease", "      - name: itch",
             "        env:", "          BUTLER_API_KEY: ${{ secrets.BUTLER_API_KEY }}",
             "        run: butler push build/StandaloneWindows64 %sstudio/%s:windows" % (g[0], "-".join(g))]
    return ".github/workflows/store-upload.yml", "github-actions", "\n".join(lines), "steam", "secret_references"


def n_rotation_md(r):
    lines = ["# Key rotation log", "", "| date | key | old (last 4) | rotated by |", "|---|---|---|---|"]
    for _ in range(r.randint(3, 7)):
        lines.append("| 2024-%02d-%02d | %s | `****%s` | %s |" % (r.randint(1, 12), r.randint(1, 28),
                     r.choice(["PlayFab secret", "Steam publisher key", "EOS client secret", "butler key", "GA secret"]),
                     rs(r, 4, HEXU), r.choice(["@mika", "@sam", "@priya"])))
    lines += ["", "New values live in the team vault (`op://LiveOps/...`). Never paste them here."]
    return "docs/security/rotation-log.md", "markdown", "\n".join(lines), "game", "masked"


def n_defold_lua(r):
    lines = ["-- public identifiers only, safe to ship", "local M = {", "  playfab_title_id = \"%s\"," % playfab_title_id(r),
             "  photon_app_id = \"%s\"," % ruuid(r), "  steam_app_id = %s," % steam_app_id(r),
             "  ga_build = \"%d.%d\"," % (r.randint(0, 3), r.randint(0, 20)), "  unity_project_id = \"%s\"," % ruuid(r), "}", "", "return M"]
    return r.choice(["main/ids.lua", "shared/public_ids.lua"]), "lua", "\n".join(lines), "game", "public_ids"


def n_hathora_test(r):
    app = "app-" + ruuid(r)
    lines = ["import { describe, it, expect } from \"vitest\";", "import { parseConnection } from \"../src/hathora\";", "",
             "describe(\"parseConnection\", () => {", "  it(\"maps exposed port\", () => {", "    const c = parseConnection({",
             "      appId: \"%s\"," % app, "      processId: \"%s\"," % ruuid(r), "      roomId: \"%s\"," % rs(r, 13, LO + DG),
             "      exposedPort: { host: \"1.proxy.hathora.dev\", port: %d, transportType: \"tls\" }," % r.randint(20000, 60000), "    });",
             "    expect(c.url.startsWith(\"wss://\")).toBe(true);", "  });", "});"]
    return "server/test/hathora.test.ts", "typescript", "\n".join(lines), "hathora", "public_ids"


def n_aws_docs_test(r):
    lines = ["import os", "import boto3", "from moto import mock_aws", "", "", "# AWS documentation example credentials; moto never talks to AWS.",
             "os.environ.setdefault(\"AWS_ACCESS_KEY_ID\", \"AKIAIOSFODNN7EXAMPLE\")",
             "os.environ.setdefault(\"AWS_SECRET_ACCESS_KEY\", \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\")", "", "",
             "@mock_aws", "def test_describe_fleets():", "    gl = boto3.client(\"gamelift\", region_name=\"%s\")" % aws_region(r),
             "    assert gl.list_fleets()[\"FleetIds\"] == []"]
    return "tests/test_gamelift.py", "python", "\n".join(lines), "aws", "doc_example"


def n_unity_project(r):
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!129 &1", "PlayerSettings:", "  m_ObjectHideFlags: 0",
             "  serializedVersion: 26", "  productGUID: %s" % rs(r, 32, HEXL), "  AndroidProfiler: 0",
             "  companyName: %s Games" % game_name(r)[0].capitalize(), "  productName: %s" % " ".join(x.capitalize() for x in game_name(r)),
             "  defaultCursor: {fileID: 0}", "  bundleVersion: 1.%d.%d" % (r.randint(0, 9), r.randint(0, 99)),
             "  cloudProjectId: %s" % ruuid(r), "  organizationId: %s-games" % game_name(r)[0], "  cloudEnabled: 0",
             "  projectName: %s" % "-".join(game_name(r)), "  framebufferDepthMemorylessMode: 0"]
    return "ProjectSettings/ProjectSettings.asset", "unity-asset", "\n".join(lines), "unity", "project_ids"


def n_bundle_manifest(r):
    lines = ["ManifestFileVersion: 0", "CRC: %d" % r.getrandbits(32), "Hashes:", "  AssetFileHash:", "    serializedVersion: 2",
             "    Hash: %s" % rs(r, 32, HEXL), "  TypeTreeHash:", "    serializedVersion: 2", "    Hash: %s" % rs(r, 32, HEXL),
             "HashAppended: 0", "ClassTypes:", "- Class: 1", "  Script: {instanceID: 0}", "- Class: 114",
             "  Script: {fileID: 11500000, guid: %s, type: 3}" % rs(r, 32, HEXL), "Assets:", "- Assets/Content/Levels/level_%02d.prefab" % r.randint(1, 40),
             "Dependencies: []"]
    return "AssetBundles/StandaloneWindows64/levels.manifest", "unity-manifest", "\n".join(lines), "unity", "content_hashes"


def n_go_env(r):
    lines = ["package main", "", "import (", "\t\"context\"", "\t\"database/sql\"", "\t\"os\"", "",
             "\t\"github.com/heroiclabs/nakama-common/runtime\"", ")", "",
             "func InitModule(ctx context.Context, logger runtime.Logger, db *sql.DB, nk runtime.NakamaModule, initializer runtime.Initializer) error {",
             "\tenv := ctx.Value(runtime.RUNTIME_CTX_ENV).(map[string]string)", "\tsteamKey := env[\"steam_publisher_key\"]",
             "\tif steamKey == \"\" {", "\t\tsteamKey = os.Getenv(\"STEAM_PUBLISHER_KEY\")", "\t}",
             "\tlogger.Info(\"steam app %%s, match %%s\", \"%s\", \"%s.nakama1\")" % (steam_app_id(r), ruuid(r)), "\t_ = steamKey", "\treturn nil", "}"]
    return "nakama/modules/steam.go", "go", "\n".join(lines), "nakama", "env_reference"


def n_hmac_test(r):
    lines = ["import hashlib", "import hmac", "", "", "def test_rfc4231_case1():",
             "    # RFC 4231 test case 1 (public test vector)", "    key = bytes.fromhex(\"0b\" * 20)", "    msg = b\"Hi There\"",
             "    want = \"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\"",
             "    assert hmac.new(key, msg, hashlib.sha256).hexdigest() == want"]
    return "tests/test_signing.py", "python", "\n".join(lines), "game", "test_vector"


def n_rcon_gen(r):
    lines = ["#!/usr/bin/env bash", "# generates a fresh rcon password on every boot; never stored in git", "set -euo pipefail",
             "RCON_PASSWORD=\"$(openssl rand -base64 24)\"", "export RCON_PASSWORD",
             "echo \"$RCON_PASSWORD\" > /run/secrets/rcon", "chmod 600 /run/secrets/rcon",
             "exec ./srcds_run -game csgo +rcon_password \"$RCON_PASSWORD\" +map de_dust2"]
    return "docker/dedicated/entrypoint.sh", "shell", "\n".join(lines), "gameserver", "env_reference"


def n_package_lock(r):
    deps = {}
    for n in r.sample(["colyseus", "@colyseus/core", "express", "ws", "nakama-runtime", "@hathora/cloud-sdk-typescript", "discord.js"], 4):
        deps["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9)),
                                     "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                     "integrity": "sha512-" + base64.b64encode(hashlib.sha512(rbytes(r, 16)).digest()).decode()}
    d = {"name": "game-server", "version": "1.0.0", "lockfileVersion": 3, "packages": deps}
    return "server/package-lock.json", "json", json.dumps(d, indent=2), "game", "integrity_hashes"


def n_gamecenter_verify(r):
    sig = base64.b64encode(rbytes(r, 256)).decode()
    salt = base64.b64encode(rbytes(r, 4)).decode()
    lines = ["# Game Center identity verification test vector (player-side signature, public data)",
             "def test_verify_identity(verifier):", "    payload = {",
             "        \"publicKeyUrl\": \"https://static.gc.apple.com/public-key/gc-prod-%d.cer\"," % r.randint(4, 10),
             "        \"playerId\": \"T:_%s\"," % rs(r, 32, HEXL), "        \"bundleId\": \"com.%s.%s\"," % game_name(r),
             "        \"timestamp\": %d," % (1700000000000 + r.randint(0, 10**10)), "        \"salt\": \"%s\"," % salt,
             "        \"signature\": \"%s\"," % sig, "    }", "    assert verifier.verify(payload) in (True, False)"]
    return "tests/test_gamecenter.py", "python", "\n".join(lines), "apple", "signature"


def n_ugs_cfg(r):
    lines = ["{", "  \"$schema\": \"https://ugs-config-schemas.unity3d.com/v1/remote-config.schema.json\",", "  \"entries\": {",
             "    \"season_id\": \"S%d\"," % r.randint(1, 20), "    \"event_seed\": %d," % r.getrandbits(31),
             "    \"store_rotation_hash\": \"%s\"," % md5hex(r), "    \"project_id\": \"%s\"" % ruuid(r), "  },", "  \"types\": {}", "}"]
    return "remote-config/liveops.rc", "json", "\n".join(lines), "unity", "project_ids"


NEG_DOMAIN = [n_unity_meta, n_photon_settings, n_steam_vdf, n_steam_engine_ini, n_eos_ids_cs, n_godot_export,
              n_godot_project, n_save_json, n_build_manifest, n_gamelift_tf, n_i18n, n_discord_public, n_nakama_local,
              n_xsolla_fixture, n_ga_events, n_play_license, n_roblox_ids, n_banlist, n_seeds, n_dedicated_dockerfile,
              n_ci_refs, n_rotation_md, n_defold_lua, n_hathora_test, n_aws_docs_test, n_unity_project, n_bundle_manifest,
              n_go_env, n_hmac_test, n_rcon_gen, n_package_lock, n_gamecenter_verify, n_ugs_cfg]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def templates_for(k, obvious, neg):
    spec = [t for t in SPECIFIC if k.kind in t[3] and not (neg and t[5])]
    if not neg:
        spec = [t for t in spec if t[4] is None or t[4] == obvious]
    allowed = GENERIC_ALLOWED.get(k.kind)
    gen = [g for g in GENERIC if allowed is None or g[0] in allowed]
    return spec, gen


def choose_template(r, k, obvious, neg):
    spec, gen = templates_for(k, obvious, neg)
    if spec and (not gen or r.random() < 0.65):
        t = r.choice(spec)
        return t[0], t[1], t[2], t[4]
    g = r.choice(gen)
    return g[0], g[1], g[2], None


def finish(text):
    return text.rstrip("\n") + "\n"


def build(seed):
    r = random.Random(seed)
    pos, neg = [], []
    # ---- positives
    kinds = [K[i % len(K)] for i in range(N_POS)]
    r.shuffle(kinds)
    obv = [i % 2 == 0 for i in range(N_POS)]
    r.shuffle(obv)
    MODE["neg"] = False
    for i in range(N_POS):
        k = kinds[i]
        obvious = obv[i]
        v = k.gen(r)
        while True:
            tname, fam, fn, tob = choose_template(r, k, obvious, False)
            # a password embedded in a URL would be percent-encoded; keep those clean
            if not (tname == "rcon_url" and any(c in v for c in "@%:/+")):
                break
        S = Slot(r, k, v, obvious, False)
        path, ftype, text = fn(S)
        v = getattr(S, "needle", v)
        naming = {True: "obvious", False: "neutral"}[obvious if tob is None else tob]
        text = finish(text)
        idx = text.find(v)
        if idx < 0:
            raise RuntimeError("needle missing in %s/%s" % (tname, k.kind))
        line = text.count("\n", 0, idx) + 1
        pos.append({"dir": "pos/p%04d" % i, "path": path, "text": text, "needle": v, "line": line,
                    "meta": {"label": "pos", "provider": k.provider, "kind": k.kind, "filetype": ftype,
                             "template": tname, "naming": naming}})
    # ---- negatives
    MODE["neg"] = True
    plan = ["reuse"] * (N_NEG // 2) + ["domain"] * (N_NEG - N_NEG // 2)
    r.shuffle(plan)
    nkinds = [K[i % len(K)] for i in range(N_NEG // 2)]
    r.shuffle(nkinds)
    doms = [NEG_DOMAIN[i % len(NEG_DOMAIN)] for i in range(N_NEG - N_NEG // 2)]
    r.shuffle(doms)
    ki = di = 0
    for i in range(N_NEG):
        if plan[i] == "reuse":
            k = nkinds[ki]
            ki += 1
            obvious = r.random() < 0.5
            tname, fam, fn, tob = choose_template(r, k, obvious, True)
            v, nk = neg_fill(r, k, fam)
            S = Slot(r, k, v, obvious, True)
            path, ftype, text = fn(S)
            meta = {"label": "neg", "provider": k.provider, "kind": nk, "filetype": ftype,
                    "template": tname, "lookalike_of": k.kind}
        else:
            fn = doms[di]
            di += 1
            path, ftype, text, prov, nk = fn(r)
            meta = {"label": "neg", "provider": prov, "kind": nk, "filetype": ftype, "template": fn.__name__}
        neg.append({"dir": "neg/n%04d" % i, "path": path, "text": finish(text), "meta": meta})
    MODE["neg"] = False
    return pos, neg


def write(outdir, pos, neg):
    man = []
    sec = []
    for e in pos + neg:
        rel = e["dir"] + "/" + e["path"]
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(e["text"])
        m = {"file": rel}
        m.update(e["meta"])
        man.append(m)
        if "needle" in e:
            sec.append({"file": rel, "needle": e["needle"], "line": e["line"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in sec:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    pos, neg = build(seed)
    os.makedirs(outdir, exist_ok=True)
    write(outdir, pos, neg)
    print("wrote %d positives and %d negatives to %s" % (len(pos), len(neg), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
