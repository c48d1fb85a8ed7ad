#!/usr/bin/env python3
"""Blind evaluation-set generator "ds": device management, MDM and endpoint tooling.

EMPHASIS
    What IT teams commit while running Apple / Windows fleets: Jamf Pro scripts
    (zsh/bash with API clients, basic auth and bearer tokens), Jamf Connect and
    Jamf Protect configuration, Kandji, Mosyle, Addigy and SimpleMDM tooling,
    Microsoft Intune / Graph app secrets in PowerShell remediation and Autopilot
    scripts, Workspace ONE UEM tenant codes and OAuth clients, MobileIron/Ivanti,
    Hexnode, NinjaOne, Datto RMM, ConnectWise Manage/Automate, Kaseya VSA,
    N-able, Tanium, CrowdStrike Falcon, SentinelOne, Fleet/osquery enroll
    secrets, Munki repository basic auth (and S3 middleware keys), Chocolatey and
    PDQ, LAPS passwords, BitLocker recovery passwords, FileVault personal recovery
    keys, plus the usual cloud/db credentials in those repos (AWS keys for Munki
    on S3, GitHub tokens for AutoPkg, Slack webhooks for notifications, MySQL
    passwords for Fleet, SMTP passwords).
    File types: zsh/bash, PowerShell, .mobileconfig plists, Munki and AutoPkg
    preference plists, AutoPkg recipes (yaml/plist), Fleet YAML, osquery flags,
    Python tooling, Terraform, CSV device exports, .env, JSON, Markdown runbooks,
    INI/properties, TOML, XML, batch files, Dockerfile/compose, GitHub workflows.

USAGE
    python3 gen_ds.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl. Deterministic per SEED (random.Random(SEED) only).

NEEDLE CONVENTIONS
    The needle is the secret exactly as written in the file: for id/secret pairs
    the secret half (client secret, private key, secret key, API secret key); for
    user/password pairs the password; for tokens the whole token; for Slack
    webhooks the whole hooks.slack.com URL; for Munki/ConnectWise "Authorization:
    Basic ..." headers the base64 blob; for URLs with credentials the password
    part only; for BitLocker the 48-digit dashed recovery password; for FileVault
    the dashed 24-character personal recovery key; for SentinelOne site tokens the
    base64 blob. "line" is the 1-based line of the first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: Jamf
    script parameters ($4 $5 $6), environment lookups ($env:, os.environ,
    process.env, ${VAR}), secret-manager references (Key Vault, Get-Secret,
    1Password op://, macOS keychain `security find-generic-password`, Vault,
    Terraform var./data.), masked values, redacted values, empty values,
    placeholders, Jasypt-style ENC(...) ciphertext, and published documentation
    examples (AWS AKIAIOSFODNN7EXAMPLE pair, Datto RMM's documented public OAuth
    client "public-client"/"public", the NinjaOne PowerShell module's doc example).
    The other half are domain look-alikes: Jamf/Intune/Kandji inventory CSVs with
    serial numbers, UDIDs, asset tags, MAC addresses and IMEIs; configuration
    profiles with PayloadUUIDs, payload identifiers, team IDs and code
    requirements; MDM push topics and APNs certificate metadata; Munki pkginfo and
    AutoPkg recipes with SHA-256 digests and code-signature authorities; Chocolatey
    package checksums; Autopilot hardware-hash CSVs; BitLocker key-protector IDs
    (GUIDs) and masked recovery keys; FileVault status scripts; Graph scripts that
    authenticate with certificate thumbprints; Fleet GitOps YAML with $ENV
    enroll secrets; osquery packs and flags with file paths; Terraform variables
    marked sensitive; CrowdStrike sensor CIDs; Intune device JSON exports;
    enrollment URLs; Workspace ONE group ids; managed app config variables.

DOUBTS (formats written from memory or uncertain)
    - Jamf Pro API client secrets: written as 64 mixed-case alphanumerics; Jamf
      documents the flow, not the exact secret alphabet/length.
    - Jamf Pro bearer tokens: HS256-style JWTs with claims shaped after public
      write-ups; the signature is random.
    - Jamf Protect API client password, Mosyle access token, Hexnode API key,
      SimpleMDM API key (64 alnum), Addigy client id/secret (hex, 32/40),
      Workspace ONE aw-tenant-code (44-char base64) and OAuth client secret
      (32 alnum), Datto RMM API key/secret (uppercase alnum), Kaseya VSA
      personal access token (GUID), N-able N-sight key (32 hex), Tanium API
      token ("token-" + hex), SentinelOne API token (80 alnum) and site token
      (base64 JSON with url/site_key), Fleet enroll secret (32 base64 chars) and
      API token (64 base64 chars), Chocolatey API key (GUID): from memory.
    - Entra ID (Azure AD) client secrets: 40 chars, "Q~" at positions 4-5
      (3 chars + digit + "Q~" + 34 chars of [A-Za-z0-9_.~-]); from memory.
    - CrowdStrike client id (32 lowercase hex) / secret (40 alnum): from memory.
    - NinjaOne client id (27) / secret (54, [A-Za-z0-9_-]) lengths follow the
      shapes shown in the NinjaOne PowerShell module's documentation example.
    - ConnectWise Manage public/private keys as 16 alnum characters: from memory.
    - GitHub PAT: ghp_ + 30 base62 + 6-char base62 CRC32 checksum; the exact
      checksum encoding is from memory.
    - FileVault personal recovery key alphabet (uppercase + digits without
      0/O/1/I) is a guess; the 6x4 dashed shape is well known.
    - BitLocker recovery passwords follow Microsoft's published scheme (eight
      6-digit blocks, each 11*k with k < 2^16).
    - Labels a reviewer might dispute: CrowdStrike sensor CIDs are labelled
      negative (install identifier, not an API credential); Autopilot hardware
      hashes negative; certificate thumbprints negative; the NinjaOne module's
      documentation example values negative; the Datto RMM "public-client" /
      "public" OAuth pair negative (documented as public); BitLocker recovery
      passwords, FileVault PRKs and LAPS passwords positive (they unlock a
      device, a reviewer would block them).

SEARCHES
    Looked up (search tool, docs/pages): Jamf Pro client credentials docs and
    oauth/token flow; Kandji API token setup; BitLocker recovery password format
    (Microsoft SI team blog: 16-bit groups times 11); FileVault recovery keys
    (personal vs institutional); Workspace ONE UEM REST API (aw-tenant-code,
    regional uemauth.workspaceone.com token URLs); SimpleMDM API; CrowdStrike
    oauth2/token and cloud hostnames; Tanium API tokens; Fleet/osquery enroll
    secrets and --enroll_secret_path; ConnectWise Manage company/public/private
    keys and clientId; NinjaOne OAuth client app setup and regions; Datto RMM API
    (platform hosts, public-client/public); Munki preferences and basic auth;
    Mosyle Business API (access token + email/password -> JWT); Hexnode;
    SentinelOne API tokens; Addigy API client id/secret.
    Scanner-related material shown: one GitGuardian detector page ("Jamf OAuth
    Credentials", docs.gitguardian.com) appeared in a Jamf search result; only its
    prose summary was visible and it was not used. No other scanner rules seen.
"""

import base64
import binascii
import hashlib
import json
import os
import string
import sys
import random

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
BASE32 = string.ascii_uppercase + "234567"


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, n, alphabet=ALNUM):
    """Random string guaranteed to contain upper, lower and digit (when alnum)."""
    while True:
        s = rs(rng, alphabet, n)
        if alphabet is ALNUM:
            if (any(ch.isupper() for ch in s) and any(ch.islower() for ch in s)
                    and any(ch.isdigit() for ch in s)):
                return s
        else:
            return s


def uuid4(rng, upper=False):
    h = rs(rng, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


FIRST = ["alex", "sam", "jordan", "priya", "mateo", "olivia", "chen", "fatima",
         "lukas", "amara", "noah", "ines", "kofi", "hana", "ravi", "elena",
         "tomas", "yuki", "grace", "omar"]
LAST = ["nguyen", "schmidt", "okafor", "garcia", "patel", "kowalski", "silva",
        "tanaka", "murphy", "haddad", "larsen", "moreau", "cohen", "reyes",
        "fischer", "bianchi", "olsen", "dubois", "kim", "novak"]
ORGS = ["acme", "northwind", "contoso-it", "globex", "initech", "umbrella-labs",
        "brightpath", "bluefin", "harborview", "redwoodhealth", "pinecrest",
        "stellarfin", "oakmont", "cedarschools", "lumen-legal", "fjordtech",
        "kestrel", "tidewater", "summitco", "meridian"]
WORDS = ["orchard", "falcon", "granite", "harbor", "lantern", "meadow", "cobalt",
         "juniper", "summit", "willow", "quartz", "ember", "tundra", "saffron",
         "copper", "maple", "breeze", "canyon", "violet", "pebble", "thunder",
         "rocket", "island", "marble", "nectar", "otter", "piano", "raven"]
SITES = ["HQ", "Denver", "London", "Austin", "Remote", "Berlin", "Sydney",
         "Toronto", "Paris", "Chicago"]
MAC_MODELS = ["MacBook Pro (14-inch, 2023)", "MacBook Air (M2, 2022)",
              "MacBook Air (15-inch, M3, 2024)", "iMac (24-inch, M1, 2021)",
              "Mac mini (2023)", "MacBook Pro (16-inch, 2021)", "Mac Studio (2023)"]
WIN_MODELS = ["Latitude 7440", "ThinkPad T14 Gen 4", "EliteBook 840 G10",
              "Surface Laptop 5", "OptiPlex 7010", "ThinkPad X1 Carbon Gen 11",
              "Precision 3581"]
IOS_MODELS = ["iPad (10th generation)", "iPhone 15", "iPhone 14 Pro",
              "iPad Air (5th generation)", "iPhone SE (3rd generation)"]


def person(rng):
    return pick(rng, FIRST), pick(rng, LAST)


def org(rng):
    return pick(rng, ORGS)


def email(rng, o=None):
    f, l = person(rng)
    o = o or org(rng)
    return "%s.%s@%s.com" % (f, l, o.replace("-", ""))


def apple_serial(rng):
    # modern randomised serials are 10 chars, older ones 12
    if chance(rng, 0.6):
        return rs(rng, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 10)
    return "C02" + rs(rng, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 9)


def dell_tag(rng):
    return rs(rng, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 7)


def udid(rng):
    if chance(rng, 0.5):
        return "0000%s-%s" % (rs(rng, "0123456789", 4), rs(rng, HEXU, 16))
    return uuid4(rng, upper=True)


def mac_addr(rng):
    return ":".join(rs(rng, HEXL, 2) for _ in range(6))


def imei(rng):
    digits = [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def team_id(rng):
    return rs(rng, UPPER_ALNUM, 10)


def sha256hex(rng):
    return rs(rng, HEXL, 64)


def asset_tag(rng):
    return pick(rng, ["IT-", "AT", "ASSET-", "MAC-", "WKS"]) + str(rng.randrange(1000, 99999))


def ipv4(rng):
    return "10.%d.%d.%d" % (rng.randrange(0, 255), rng.randrange(0, 255), rng.randrange(2, 254))


def date(rng):
    return "20%02d-%02d-%02d" % (rng.randrange(22, 26), rng.randrange(1, 13), rng.randrange(1, 29))


def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randrange(24), rng.randrange(60), rng.randrange(60))


# ---------------------------------------------------------------------------
# secret generators (fresh per file)
# ---------------------------------------------------------------------------

def human_password(rng):
    style = rng.randrange(6)
    w1, w2 = pick(rng, WORDS), pick(rng, WORDS)
    sym = pick(rng, "!@#$%&*?-_+=")
    if style == 0:
        return "%s%s%s%d" % (w1.capitalize(), sym, w2.capitalize(), rng.randrange(10, 9999))
    if style == 1:
        leet = w1.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return "%s%s%s%d" % (leet.capitalize(), pick(rng, ["Adm1n", "Mdm", "Svc", "It"]), sym, rng.randrange(100, 999))
    if style == 2:
        return "-".join([w1, w2, pick(rng, WORDS)]) + str(rng.randrange(10, 99))
    if style == 3:
        return pick(rng, ["Spring", "Summer", "Autumn", "Winter"]) + str(rng.randrange(2019, 2026)) + sym + w1.capitalize()
    if style == 4:
        chars = ALNUM + "!#$%&*@^"
        while True:
            s = rs(rng, chars, rng.randrange(14, 21))
            if any(c in "!#$%&*@^" for c in s) and any(c.isdigit() for c in s):
                return s
    return "%s%d%s%s" % (w1.capitalize(), rng.randrange(1, 99), sym, rs(rng, ALNUM, 5))


def laps_password(rng):
    # Windows LAPS default: 14+ chars, complexity 4
    specials = "!#%+,-./:=?@[]^_{}~"
    while True:
        s = rs(rng, ALNUM + specials, rng.choice([14, 16, 20, 24]))
        if (any(c in specials for c in s) and any(c.isdigit() for c in s)
                and any(c.isupper() for c in s) and any(c.islower() for c in s)):
            return s


def laps_passphrase(rng):
    return "".join(w.capitalize() for w in rng.sample(WORDS, 4)) + str(rng.randrange(10, 99))


def bitlocker_key(rng):
    return "-".join("%06d" % (11 * rng.randrange(0, 65536)) for _ in range(8))


FV_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def filevault_prk(rng):
    return "-".join(rs(rng, FV_ALPHA, 4) for _ in range(6))


def azure_secret(rng):
    alpha = ALNUM + "_.~-"
    return rs(rng, ALNUM, 3) + rng.choice(string.digits) + "Q~" + rs(rng, ALNUM, 1) + rs(rng, alpha, 32) + rs(rng, ALNUM, 1)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def github_pat(rng, prefix="ghp_"):
    body = rs(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62(crc, 6)


def aws_pair(rng):
    return "AKIA" + rs(rng, BASE32, 16), rs(rng, ALNUM + "+/", 40)


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UPPER_ALNUM, rng.choice([8, 10])), rs(rng, UPPER_ALNUM, rng.choice([9, 10, 11])), rs(rng, ALNUM, 24))


def jwt(rng, claims, alg="HS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig_len = 43 if alg.startswith("HS") else 342
    return "%s.%s.%s" % (head, body, rs(rng, B64URL, sig_len))


def jamf_bearer(rng, host):
    now = 1700000000 + rng.randrange(0, 60000000)
    claims = {"authenticated-app": "GENERIC", "authentication-type": "JSS",
              "groups": [], "current-site-id": -1, "token-uuid": uuid4(rng),
              "user-id": rng.randrange(1, 90), "sub": str(rng.randrange(1, 90)),
              "iss": "https://%s" % host, "exp": now + 1800, "iat": now}
    return jwt(rng, claims, "HS256")


def nable_jwt(rng):
    now = 1700000000 + rng.randrange(0, 60000000)
    claims = {"iss": "n-able", "sub": str(rng.randrange(100000, 999999)),
              "userid": rng.randrange(100000000, 999999999), "iat": now}
    return jwt(rng, claims, "HS256")


def s1_site_token(rng, host):
    data = {"url": "https://%s" % host, "site_key": rs(rng, HEXL, 16)}
    return base64.b64encode(json.dumps(data, separators=(", ", ": ")).encode()).decode()


def basic_b64(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


# ---------------------------------------------------------------------------
# credentials: one factory per provider/kind
# ---------------------------------------------------------------------------

def _c(provider, kind, cat, secret, env, tokens, **kw):
    d = {"provider": provider, "kind": kind, "cat": cat, "secret": secret,
         "env": env, "tokens": tokens, "pub": None, "pub_tokens": None,
         "user": None, "host": None}
    d.update(kw)
    return d


def cred_jamf_client(rng):
    o = org(rng)
    return _c("jamf_pro", "api_client_secret", "oauth", mixed(rng, 64),
              "JAMF_CLIENT_SECRET", ["jamf", "client", "secret"],
              pub=uuid4(rng), pub_tokens=["jamf", "client", "id"],
              host="%s.jamfcloud.com" % o, token_path="/api/oauth/token")


def cred_jamf_basic(rng):
    o = org(rng)
    return _c("jamf_pro", "basic_auth_password", "password", human_password(rng),
              "JAMF_API_PASSWORD", ["jamf", "api", "pass"],
              user=pick(rng, ["svc-jamf-api", "apiuser", "jamf_api_ro", "api-scripts", "jss-automation"]),
              host=pick(rng, ["%s.jamfcloud.com" % o, "jss.%s.com:8443" % o.replace("-", ""), "jamf.%s.org" % o.replace("-", "")]))


def cred_jamf_bearer(rng):
    o = org(rng)
    host = "%s.jamfcloud.com" % o
    return _c("jamf_pro", "bearer_token", "token", jamf_bearer(rng, host),
              "JAMF_BEARER_TOKEN", ["jamf", "bearer", "token"], host=host)


def cred_jamf_connect(rng):
    return _c("jamf_connect", "oidc_client_secret", "oauth", azure_secret(rng),
              "JC_OIDC_CLIENT_SECRET", ["oidc", "client", "secret"],
              pub=uuid4(rng), pub_tokens=["oidc", "client", "id"],
              host="login.microsoftonline.com")


def cred_jamf_protect(rng):
    o = org(rng)
    return _c("jamf_protect", "api_client_password", "oauth", mixed(rng, 40, ALNUM + "-_"),
              "JAMF_PROTECT_PASSWORD", ["protect", "client", "password"],
              pub=rs(rng, UPPER_ALNUM, 32), pub_tokens=["protect", "client", "id"],
              host="%s.protect.jamfcloud.com" % o, token_path="/token")


def cred_kandji(rng):
    o = org(rng)
    return _c("kandji", "api_token", "token", uuid4(rng), "KANDJI_API_TOKEN",
              ["kandji", "api", "token"],
              host=pick(rng, ["%s.api.kandji.io" % o, "%s.api.eu.kandji.io" % o]))


def cred_mosyle_token(rng):
    return _c("mosyle", "access_token", "token", mixed(rng, 64), "MOSYLE_ACCESS_TOKEN",
              ["mosyle", "access", "token"], host="businessapi.mosyle.com")


def cred_mosyle_pw(rng):
    return _c("mosyle", "api_user_password", "password", human_password(rng),
              "MOSYLE_PASSWORD", ["mosyle", "password"], user=email(rng),
              host="businessapi.mosyle.com")


def cred_addigy_client(rng):
    return _c("addigy", "client_secret", "oauth", rs(rng, HEXL, 40), "ADDIGY_CLIENT_SECRET",
              ["addigy", "client", "secret"], pub=rs(rng, HEXL, 32),
              pub_tokens=["addigy", "client", "id"], host="prod.addigy.com")


def cred_addigy_key(rng):
    return _c("addigy", "api_key", "token", rs(rng, HEXL, 32), "ADDIGY_API_KEY",
              ["addigy", "api", "key"], host="api.addigy.com")


def cred_simplemdm(rng):
    return _c("simplemdm", "api_key", "token", mixed(rng, 64), "SIMPLEMDM_API_KEY",
              ["simplemdm", "api", "key"], host="a.simplemdm.com")


def cred_graph(rng):
    return _c("microsoft_graph", "client_secret", "oauth", azure_secret(rng),
              pick(rng, ["GRAPH_CLIENT_SECRET", "INTUNE_APP_SECRET", "AZURE_CLIENT_SECRET", "AAD_APP_SECRET"]),
              pick(rng, [["graph", "client", "secret"], ["intune", "app", "secret"], ["client", "secret"], ["app", "secret"]]),
              pub=uuid4(rng), pub_tokens=["client", "id"], tenant=uuid4(rng),
              host="login.microsoftonline.com")


def cred_ws1_tenant(rng):
    o = org(rng)
    return _c("workspace_one", "tenant_code", "token",
              base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode(),
              "AW_TENANT_CODE", ["aw", "tenant", "code"],
              host="as%d.awmdm.com" % rng.randrange(100, 2000), org_name=o)


def cred_ws1_oauth(rng):
    return _c("workspace_one", "oauth_client_secret", "oauth", mixed(rng, 32, UPPER_ALNUM),
              "WS1_CLIENT_SECRET", ["uem", "client", "secret"], pub=rs(rng, HEXL, 32),
              pub_tokens=["uem", "client", "id"],
              host=pick(rng, ["na.uemauth.workspaceone.com", "emea.uemauth.workspaceone.com", "apac.uemauth.workspaceone.com"]),
              token_path="/connect/token")


def cred_ws1_basic(rng):
    return _c("workspace_one", "admin_password", "password", human_password(rng),
              "WS1_API_PASSWORD", ["uem", "api", "password"],
              user=pick(rng, ["api_admin", "svc_ws1_rest", "ws1-automation"]),
              host="as%d.awmdm.com" % rng.randrange(100, 2000))


def cred_ivanti(rng):
    o = org(rng)
    return _c("ivanti_mobileiron", "api_password", "password", human_password(rng),
              "MI_API_PASSWORD", ["mi", "api", "password"],
              user=pick(rng, ["api_user", "mi-connector", "svc_core_api"]),
              host=pick(rng, ["core.%s.com" % o.replace("-", ""), "na1.mobileiron.com", "%s.mobileiron.net" % o]))


def cred_hexnode(rng):
    o = org(rng)
    return _c("hexnode", "api_key", "token", mixed(rng, 32, LOWER_ALNUM), "HEXNODE_API_KEY",
              ["hexnode", "api", "key"], host="%s.hexnodemdm.com" % o.replace("-", ""))


def cred_ninja(rng):
    return _c("ninjaone", "client_secret", "oauth", mixed(rng, 54, ALNUM + "-_"),
              "NINJA_CLIENT_SECRET", ["ninja", "client", "secret"],
              pub=mixed(rng, 27, ALNUM + "-"), pub_tokens=["ninja", "client", "id"],
              host=pick(rng, ["app.ninjarmm.com", "eu.ninjarmm.com", "ca.ninjarmm.com", "oc.ninjarmm.com", "us2.ninjarmm.com"]),
              token_path="/ws/oauth/token")


def cred_datto(rng):
    plat = pick(rng, ["merlot", "pinotage", "concord", "vidal", "zinfandel", "syrah"])
    return _c("datto_rmm", "api_secret_key", "oauth", rs(rng, UPPER_ALNUM, 32),
              "DATTO_API_SECRET", ["datto", "api", "secret"], pub=rs(rng, UPPER_ALNUM, 32),
              pub_tokens=["datto", "api", "key"], host="%s-api.centrastage.net" % plat,
              token_path="/auth/oauth/token")


def cred_cwm(rng):
    company = pick(rng, ["acmeit", "northwindmsp", "bluefin", "harborview", "kestrelit"])
    return _c("connectwise_manage", "private_key", "oauth", mixed(rng, 16), "CWM_PRIVATE_KEY",
              ["cw", "private", "key"], pub=mixed(rng, 16), pub_tokens=["cw", "public", "key"],
              host=pick(rng, ["api-na.myconnectwise.net", "api-eu.myconnectwise.net", "api-au.myconnectwise.net"]),
              company=company, client_id=uuid4(rng))


def cred_cwm_basic(rng):
    c = cred_cwm(rng)
    raw = "%s+%s:%s" % (c["company"], c["pub"], c["secret"])
    c.update(kind="basic_auth_header", cat="header", secret=base64.b64encode(raw.encode()).decode(),
             env="CWM_AUTH", tokens=["cw", "auth"])
    return c


def cred_cwa(rng):
    o = org(rng)
    return _c("connectwise_automate", "password", "password", human_password(rng),
              "CWA_PASSWORD", ["automate", "password"],
              user=pick(rng, ["svc_automate", "ltadmin", "api-integrator"]),
              host="%s.hostedrmm.com" % o.replace("-", ""))


def cred_kaseya(rng):
    o = org(rng)
    return _c("kaseya_vsa", "personal_access_token", "token", uuid4(rng), "VSA_PAT",
              ["vsa", "token"], user=pick(rng, ["vsa.api", "svc-vsa", "integration"]),
              host="vsa.%s.com" % o.replace("-", ""))


def cred_ncentral(rng):
    o = org(rng)
    return _c("n_able", "ncentral_api_jwt", "token", nable_jwt(rng), "NCENTRAL_JWT",
              ["ncentral", "jwt"], host="ncentral.%s.com" % o.replace("-", ""))


def cred_nsight(rng):
    return _c("n_able", "nsight_api_key", "token", rs(rng, HEXL, 32), "NSIGHT_API_KEY",
              ["nsight", "api", "key"], host=pick(rng, ["www.systemmonitor.us", "www.systemmonitor.eu.com", "www.system-monitor.com"]))


def cred_tanium(rng):
    o = org(rng)
    return _c("tanium", "api_token", "token", "token-" + rs(rng, HEXL, 58), "TANIUM_API_TOKEN",
              ["tanium", "token"], host=pick(rng, ["%s-api.cloud.tanium.com" % o, "tanium.%s.local" % o.replace("-", "")]))


def cred_falcon(rng):
    return _c("crowdstrike", "client_secret", "oauth", mixed(rng, 40), "FALCON_CLIENT_SECRET",
              ["falcon", "client", "secret"], pub=rs(rng, HEXL, 32), pub_tokens=["falcon", "client", "id"],
              host=pick(rng, ["api.crowdstrike.com", "api.us-2.crowdstrike.com", "api.eu-1.crowdstrike.com"]),
              token_path="/oauth2/token")


def cred_s1(rng):
    o = org(rng)
    return _c("sentinelone", "api_token", "token", mixed(rng, 80), "S1_API_TOKEN",
              ["s1", "api", "token"], host="%s.sentinelone.net" % pick(rng, ["usea1-" + o, "euce1-" + o, o]))


def cred_s1_site(rng):
    o = org(rng)
    host = "%s.sentinelone.net" % pick(rng, ["usea1-" + o, "euce1-" + o])
    return _c("sentinelone", "site_token", "enroll", s1_site_token(rng, host), "S1_SITE_TOKEN",
              ["site", "token"], host=host)


def cred_fleet_enroll(rng):
    o = org(rng)
    return _c("fleet", "enroll_secret", "enroll", rs(rng, ALNUM + "+/", 32), "FLEET_ENROLL_SECRET",
              ["enroll", "secret"], host="fleet.%s.com" % o.replace("-", ""))


def cred_fleet_api(rng):
    o = org(rng)
    return _c("fleet", "api_token", "token", rs(rng, ALNUM + "+/", 63) + "=", "FLEET_API_TOKEN",
              ["fleet", "api", "token"], host="fleet.%s.com" % o.replace("-", ""))


def cred_osquery(rng):
    o = org(rng)
    return _c("osquery", "enroll_secret", "enroll", mixed(rng, 48), "OSQUERY_ENROLL_SECRET",
              ["enroll", "secret"], host="osctrl.%s.io" % o.replace("-", ""))


def cred_munki_basic(rng):
    o = org(rng)
    user = pick(rng, ["munki", "munki-client", "repo", "macclient"])
    pw = human_password(rng)
    return _c("munki", "basic_auth_header", "header", basic_b64(user, pw), "MUNKI_AUTH",
              ["munki", "auth"], user=user, raw_pw=pw,
              host=pick(rng, ["munki.%s.com" % o.replace("-", ""), "repo.%s.io" % o, "mac-sw.%s.net" % o.replace("-", "")]))


def cred_munki_pw(rng):
    o = org(rng)
    return _c("munki", "repo_password", "password", human_password(rng), "MUNKI_REPO_PASSWORD",
              ["munki", "repo", "password"], user=pick(rng, ["munki", "munkiadmin", "repoadmin"]),
              host="munki.%s.com" % o.replace("-", ""))


def cred_choco_key(rng):
    return _c("chocolatey", "api_key", "token", uuid4(rng), "CHOCO_API_KEY",
              ["choco", "api", "key"], host=pick(rng, ["push.chocolatey.org", "nexus.%s.com/repository/choco-hosted" % org(rng).replace("-", "")]))


def cred_choco_src(rng):
    o = org(rng)
    return _c("chocolatey", "source_password", "password", human_password(rng), "CHOCO_SOURCE_PASSWORD",
              ["choco", "source", "password"], user=pick(rng, ["choco-ro", "svc_chocolatey", "pkgreader"]),
              host="proget.%s.com/nuget/choco-internal" % o.replace("-", ""))


def cred_pdq(rng):
    dom = pick(rng, ["CORP", "AD", "ACME", "NWIND", "HQ"])
    return _c("pdq", "deploy_credential_password", "password", human_password(rng), "PDQ_DEPLOY_PASSWORD",
              ["pdq", "password"], user="%s\\%s" % (dom, pick(rng, ["svc_pdq", "pdq.deploy", "adm-pdq"])),
              host="pdq01.%s.local" % dom.lower())


def cred_laps(rng):
    pw = laps_password(rng) if chance(rng, 0.75) else laps_passphrase(rng)
    return _c("windows_laps", "local_admin_password", "recovery", pw, "LAPS_PASSWORD",
              ["laps", "password"], user=pick(rng, ["Administrator", "LocalAdmin", "it-admin"]))


def cred_mac_laps(rng):
    return _c("macos_laps", "local_admin_password", "recovery", laps_password(rng), "MAC_ADMIN_PASSWORD",
              ["admin", "password"], user=pick(rng, ["ladmin", "itadmin", "jamfadmin", "mgmtadmin"]))


def cred_bitlocker(rng):
    return _c("bitlocker", "recovery_password", "recovery", bitlocker_key(rng), "BL_RECOVERY",
              ["recovery", "password"], key_id=uuid4(rng, upper=True))


def cred_filevault(rng):
    return _c("filevault", "personal_recovery_key", "recovery", filevault_prk(rng), "FV_PRK",
              ["recovery", "key"])


def cred_aws(rng):
    kid, sec = aws_pair(rng)
    return _c("aws", "secret_access_key", "aws", sec, "AWS_SECRET_ACCESS_KEY",
              ["aws", "secret", "access", "key"], pub=kid, pub_tokens=["aws", "access", "key", "id"],
              bucket=pick(rng, ["munki-repo", "%s-munki" % org(rng), "mac-packages", "it-software-dist"]))


def cred_github(rng):
    return _c("github", "personal_access_token", "token", github_pat(rng), "GITHUB_TOKEN",
              ["github", "token"], host="api.github.com")


def cred_slack(rng):
    return _c("slack", "webhook_url", "webhook", slack_webhook(rng), "SLACK_WEBHOOK_URL",
              ["slack", "webhook", "url"])


def cred_mysql(rng):
    return _c("mysql", "password", "password", human_password(rng), "FLEET_MYSQL_PASSWORD",
              ["mysql", "password"], user=pick(rng, ["fleet", "fleet_app", "osquery"]),
              host=pick(rng, ["mysql", "db.internal", "fleet-db.cluster-c1x2.us-east-1.rds.amazonaws.com"]))


def cred_smtp(rng):
    o = org(rng)
    return _c("smtp", "password", "password", human_password(rng), "SMTP_PASSWORD",
              ["smtp", "password"], user="mdm-alerts@%s.com" % o.replace("-", ""),
              host=pick(rng, ["smtp.office365.com", "smtp.gmail.com", "mail.%s.com" % o.replace("-", "")]))


# (factory, weight)
CRED_FACTORIES = [
    (cred_jamf_client, 6), (cred_jamf_basic, 4), (cred_jamf_bearer, 2), (cred_jamf_connect, 2),
    (cred_jamf_protect, 2), (cred_kandji, 3), (cred_mosyle_token, 2), (cred_mosyle_pw, 1),
    (cred_addigy_client, 2), (cred_addigy_key, 1), (cred_simplemdm, 2), (cred_graph, 6),
    (cred_ws1_tenant, 2), (cred_ws1_oauth, 2), (cred_ws1_basic, 1), (cred_ivanti, 2),
    (cred_hexnode, 2), (cred_ninja, 2), (cred_datto, 2), (cred_cwm, 2), (cred_cwm_basic, 1),
    (cred_cwa, 1), (cred_kaseya, 2), (cred_ncentral, 1), (cred_nsight, 1), (cred_tanium, 2),
    (cred_falcon, 3), (cred_s1, 2), (cred_s1_site, 1), (cred_fleet_enroll, 3), (cred_fleet_api, 1),
    (cred_osquery, 1), (cred_munki_basic, 3), (cred_munki_pw, 1), (cred_choco_key, 2),
    (cred_choco_src, 1), (cred_pdq, 1), (cred_laps, 3), (cred_mac_laps, 2), (cred_bitlocker, 3),
    (cred_filevault, 3), (cred_aws, 2), (cred_github, 2), (cred_slack, 2), (cred_mysql, 2),
    (cred_smtp, 1),
]


# ---------------------------------------------------------------------------
# naming
# ---------------------------------------------------------------------------

NEUTRAL = [["value"], ["auth", "blob"], ["p2"], ["conn", "opts"], ["k2"], ["payload", "b"],
           ["cfg", "b"], ["param", "two"], ["hint"], ["item", "b"], ["field", "x"],
           ["remote", "ref"], ["opaque"], ["seed", "b"], ["svc", "val"], ["extra"],
           ["creds"], ["magic"], ["arg", "b"], ["api", "value"], ["handshake"], ["cookie", "b"]]


def style(tokens, st):
    if st == "snake":
        return "_".join(tokens)
    if st == "screaming":
        return "_".join(tokens).upper()
    if st == "kebab":
        return "-".join(tokens)
    if st == "camel":
        return tokens[0] + "".join(t.capitalize() for t in tokens[1:])
    if st == "pascal":
        return "".join(t.capitalize() for t in tokens)
    return "_".join(tokens)


def nm(rng, c, st, obvious=None):
    """Name for the secret slot: obvious (provider-ish) or neutral."""
    if obvious is None:
        obvious = c.get("obvious", True)
    toks = c["tokens"] if obvious else c.setdefault("neutral", pick(rng, NEUTRAL))
    return style(toks, st)


def nm_pub(c, st):
    return style(c["pub_tokens"] or ["client", "id"], st)


# ---------------------------------------------------------------------------
# the secret slot: real secret (positive) or a look-alike filler (negative)
# ---------------------------------------------------------------------------

FORBID = {"xml": "&<>", "url": "@:/#?%&+= ", "bat": "%&^!|<>\"", "csv": ",\"",
          "ini": ";#", "env": "#'\"$ ", "sh": "'", "ps": "'", "raw": "\"'$`\\"}

NEG_Q = {
    "sh": [("script_parameter", '"$5"'), ("script_parameter", '"$4"'), ("script_parameter", '"${6}"'),
           ("env_reference", '"${ENV}"'), ("env_reference", '"${ENV:?ENV is not set}"'),
           ("keychain_reference", '"$(security find-generic-password -s "SVC" -a "$(whoami)" -w)"'),
           ("placeholder", '"<your-KEBAB>"'), ("empty", '""'), ("placeholder", "'CHANGE_ME'"),
           ("managed_pref_reference", '"$(/usr/bin/defaults read "/Library/Managed Preferences/com.ORG.automation" PASCAL 2>/dev/null)"'),
           ("masked", "'********'")],
    "ps": [("env_reference", "$env:ENV"), ("secret_manager_reference", "(Get-Secret -Name 'PASCAL' -AsPlainText)"),
           ("secret_manager_reference", "(Get-AzKeyVaultSecret -VaultName 'kv-endpoint-ops' -Name 'KEBAB' -AsPlainText)"),
           ("automation_variable", "(Get-AutomationVariable -Name 'PASCAL')"), ("placeholder", "'<KEBAB>'"),
           ("empty", "''"), ("masked", "'********'"), ("placeholder", "'REPLACE_WITH_KEBAB'")],
    "py": [("env_reference", 'os.environ["ENV"]'), ("env_reference", 'os.getenv("ENV")'),
           ("env_reference", "os.environ.get('ENV', '')"), ("placeholder", '"<your-KEBAB>"'), ("empty", '""'),
           ("placeholder", '"REPLACE_ME"'), ("masked", '"***"')],
    "js": [("env_reference", "process.env.ENV"), ("placeholder", "'<KEBAB>'"), ("empty", "''"),
           ("env_reference", "process.env['ENV'] ?? ''")],
    "json": [("env_reference", '"${ENV}"'), ("placeholder", '"<KEBAB>"'), ("empty", '""'), ("redacted", '"REDACTED"'),
             ("masked", '"********"'), ("null", "null"), ("placeholder", '"YOUR_SCREAM_HERE"')],
    "tf": [("variable_reference", "var.SNAKE"), ("secret_manager_reference", 'data.vault_generic_secret.mdm.data["SNAKE"]'),
           ("placeholder", '"<KEBAB>"'), ("variable_reference", "sensitive(var.SNAKE)"),
           ("secret_manager_reference", 'jsondecode(data.aws_secretsmanager_secret_version.mdm.secret_string)["SNAKE"]')],
    "toml": [("placeholder", '"<KEBAB>"'), ("empty", '""'), ("env_reference", '"${ENV}"'), ("masked", '"********"')],
    "yaml": [("env_reference", "${ENV}"), ("template_reference", '"{{ vault_SNAKE }}"'), ("placeholder", '"<KEBAB>"'),
             ("empty", '""'), ("masked", '"********"'), ("env_reference", '"$ENV"'), ("placeholder", "REPLACE_ME")],
}

NEG_R = {
    "sh": [("script_parameter", "$5"), ("script_parameter", "$4"), ("env_reference", "${ENV}"),
           ("env_reference", "$ENV"), ("placeholder", "<KEBAB>"), ("masked", "********")],
    "ps": [("env_reference", "$env:ENV"), ("env_reference", "$($env:ENV)"), ("placeholder", "<KEBAB>"),
           ("masked", "********"), ("parameter", "$PASCAL")],
    "raw": [("env_reference", "$ENV"), ("env_reference", "${ENV}"), ("placeholder", "<KEBAB>"), ("masked", "********"),
            ("placeholder", "YOUR_SCREAM")],
    "url": [("env_reference", "${ENV}"), ("placeholder", "<password>"), ("masked", "****")],
    "xml": [("env_reference", "$ENV"), ("placeholder", "REPLACE_ME"), ("empty", ""), ("masked", "********"),
            ("template_reference", "{{ SNAKE }}"), ("placeholder", "%SCREAM%")],
    "env": [("empty", ""), ("placeholder", "changeme"), ("placeholder", "<KEBAB>"),
            ("secret_manager_reference", "op://IT-Automation/SVC/credential"), ("masked", "********"),
            ("secret_manager_reference", "vault:secret/data/endpoint/SVC#SNAKE")],
    "ini": [("env_reference", "${ENV}"), ("empty", ""), ("placeholder", "<KEBAB>"), ("ciphertext", "ENC(CIPHER)"),
            ("masked", "********")],
    "csv": [("masked", "********"), ("redacted", "<redacted>"), ("escrowed_marker", "Escrowed"), ("empty", ""),
            ("not_available", "N/A")],
    "md": [("redacted", "<redacted>"), ("placeholder", "<KEBAB>"), ("masked", "********"), ("env_reference", "$ENV")],
    "bat": [("env_reference", "%ENV%"), ("placeholder", "<KEBAB>"), ("empty", "")],
    "yaml": [("env_reference", "${ENV}"), ("placeholder", "<KEBAB>"), ("masked", "********")],
    "plain": [("placeholder", "<KEBAB>"), ("masked", "********"), ("placeholder", "REPLACE_ME")],
}

# documentation examples published by the provider (or its module) -> negatives
DOC_EXAMPLES = {
    "aws": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE"),
    "datto_rmm": ("public", "public-client"),
    "ninjaone": ("00Z00zzZzzzZzZzZzZzZZZ0zZ0zzZ_0zzz0zZZzzZz0Z0ZZZzz0z0Z", "AAaaA1aaAaAA-aaAaaA11a1A-aA"),
}

MASKED_RECOVERY = {
    "bitlocker": ["XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX", "<stored in Entra ID>"],
    "filevault": ["XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "(escrowed to Jamf Pro)"],
}


def quote(rng, s, lang):
    if lang in ("sh",):
        if any(ch in s for ch in "$`\\!\""):
            return "'%s'" % s
        return pick(rng, ['"%s"', "'%s'"]) % s
    if lang == "ps":
        if any(ch in s for ch in "$`\""):
            return "'%s'" % s
        return pick(rng, ['"%s"', "'%s'"]) % s
    if lang in ("py", "js"):
        if "\\" in s:
            return "r'%s'" % s if lang == "py" else "'%s'" % s.replace("\\", "\\\\")
        return pick(rng, ['"%s"', "'%s'"]) % s
    if lang == "yaml":
        if s and s[0].isalnum() and all(ch.isalnum() or ch in "-_./+=~" for ch in s) and chance(rng, 0.5):
            return s
        return '"%s"' % s.replace("\\", "\\\\") if chance(rng, 0.7) else "'%s'" % s
    return '"%s"' % s.replace("\\", "\\\\")


class Slot:
    """Renders the secret slot for one file."""

    def __init__(self, rng, c, neg):
        self.rng = rng
        self.c = c
        self.neg = neg
        self.kind = None
        self.cache = {}

    def _subst(self, text):
        c = self.c
        cipher = base64.b64encode(bytes(self.rng.randrange(256) for _ in range(24))).decode()
        return (text.replace("ENV", c["env"]).replace("KEBAB", style(c["tokens"], "kebab"))
                .replace("SNAKE", style(c["tokens"], "snake")).replace("PASCAL", style(c["tokens"], "pascal"))
                .replace("SCREAM", style(c["tokens"], "screaming")).replace("SVC", c["provider"].replace("_", "-"))
                .replace("ORG", pick(self.rng, ORGS).replace("-", "")).replace("CIPHER", cipher))

    def _doc(self, lang, quoted):
        p = self.c["provider"]
        if p in DOC_EXAMPLES and chance(self.rng, 0.5):
            self.kind = "documentation_example"
            v = DOC_EXAMPLES[p][0]
            return quote(self.rng, v, lang) if quoted else v
        if p in MASKED_RECOVERY and chance(self.rng, 0.5):
            self.kind = "masked"
            v = pick(self.rng, MASKED_RECOVERY[p])
            return quote(self.rng, v, lang) if quoted else v
        return None

    def q(self, lang):
        """Complete expression (with quotes) for the slot in language lang."""
        c = self.c
        if not self.neg:
            self._sanitize(lang)
            return quote(self.rng, c["secret"], lang)
        key = ("q", lang)
        if key not in self.cache:
            d = self._doc(lang, True)
            if d is None:
                kind, text = pick(self.rng, NEG_Q.get(lang, NEG_Q["json"]))
                self.kind = kind
                d = self._subst(text)
            self.cache[key] = d
        return self.cache[key]

    def r(self, lang="raw"):
        """Raw text (no quotes) for the slot."""
        c = self.c
        if not self.neg:
            self._sanitize(lang)
            return c["secret"]
        key = ("r", lang)
        if key not in self.cache:
            d = self._doc(lang, False)
            if d is None:
                kind, text = pick(self.rng, NEG_R.get(lang, NEG_R["raw"]))
                self.kind = kind
                d = self._subst(text)
            self.cache[key] = d
        return self.cache[key]

    def _sanitize(self, lang):
        c = self.c
        if c["cat"] not in ("password", "recovery"):
            return
        bad = FORBID.get(lang, "")
        if lang in ("sh", "ps"):
            bad = "'"
        s = c["secret"]
        if any(ch in bad for ch in s):
            c["secret"] = "".join(pick(self.rng, "-_") if ch in bad else ch for ch in s)

    def pub(self):
        """Public id half (client id, access key id ...)."""
        c = self.c
        if self.neg and self.kind == "documentation_example" and c["provider"] in DOC_EXAMPLES:
            return DOC_EXAMPLES[c["provider"]][1]
        return c["pub"]


# how each provider wants its token presented
def auth_header(c, tok):
    p = c["provider"]
    if p == "kandji" or p == "n_able" or p == "fleet" or (p == "jamf_pro"):
        return "Authorization", "Bearer " + tok
    if p == "sentinelone":
        return "Authorization", "ApiToken " + tok
    if p == "hexnode":
        return "Authorization", tok
    if p == "tanium":
        return "session", tok
    if p == "workspace_one":
        return "aw-tenant-code", tok
    if p == "mosyle":
        return "accessToken", tok
    if p == "github":
        return "Authorization", "token " + tok
    if p == "addigy":
        return "x-api-key", tok
    if p == "kaseya_vsa":
        return "Authorization", "Bearer " + tok
    if p == "connectwise_manage":
        return "Authorization", "Basic " + tok
    if p == "munki":
        return "Authorization", "Basic " + tok
    return "Authorization", "Bearer " + tok


API_PATHS = {
    "jamf_pro": "/api/v1/computers-inventory?section=GENERAL&page-size=200",
    "kandji": "/api/v1/devices?limit=300",
    "simplemdm": "/api/v1/devices?limit=100",
    "hexnode": "/api/v1/devices/",
    "tanium": "/api/v2/system_status",
    "sentinelone": "/web/api/v2.1/agents?limit=200",
    "n_able": "/api/devices?pageSize=500",
    "fleet": "/api/v1/fleet/hosts?per_page=500",
    "workspace_one": "/API/mdm/devices/search?pagesize=500",
    "mosyle": "/v1/devices",
    "github": "/repos/autopkg/recipes/releases/latest",
    "addigy": "/api/v2/devices",
    "kaseya_vsa": "/api/v1.0/assetmgmt/agents",
    "connectwise_manage": "/v4_6_release/apis/3.0/company/configurations?pageSize=250",
    "munki": "/catalogs/all",
}


def api_url(c):
    path = API_PATHS.get(c["provider"], "/api/v1/devices")
    host = c.get("host") or "api.example.net"
    if c["provider"] == "simplemdm":
        host = "a.simplemdm.com"
    return "https://%s%s" % (host, path)


def token_url(c):
    p = c["provider"]
    if p in ("microsoft_graph", "jamf_connect"):
        return "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % c.get("tenant", "organizations")
    if p == "addigy":
        return "https://prod.addigy.com/api/oauth/token"
    if p == "connectwise_manage":
        return "https://%s/v4_6_release/apis/3.0/system/info" % c["host"]
    return "https://%s%s" % (c["host"], c.get("token_path", "/oauth/token"))


# ---------------------------------------------------------------------------
# positive templates (also re-used for negatives with a filler in the slot)
# each returns (relpath, text, filetype)
# ---------------------------------------------------------------------------

def hdr_comment(rng, prefix="#"):
    f, l = person(rng)
    return pick(rng, [
        "%s Author: %s %s (%s)\n" % (prefix, f.capitalize(), l.capitalize(), date(rng)),
        "%s Maintained by the Client Platform Engineering team\n" % prefix,
        "%s Last updated %s - see CHANGELOG for history\n" % (prefix, date(rng)),
        "%s Owner: endpoint-eng@%s.com\n" % (prefix, org(rng).replace("-", "")),
    ])


def t_jamf_oauth_zsh(rng, c, s):
    st = pick(rng, ["snake", "screaming"])
    idn, secn = nm_pub(c, st), nm(rng, c, st)
    url = "https://" + c["host"]
    shell = pick(rng, ["#!/bin/zsh", "#!/bin/zsh --no-rcs", "#!/bin/bash"])
    name = pick(rng, ["update_inventory", "flush_failed_mdm", "rename_computer", "sync_static_group", "clear_policy_logs"])
    text = """%s
%s
# %s - called from a Jamf policy (Files and Processes) on managed Macs.
# Uses an API client with the "Read Computers" and "Update Computers" privileges.

jamf_url="%s"
%s="%s"
%s=%s

serial=$(/usr/sbin/ioreg -rd1 -c IOPlatformExpertDevice | /usr/bin/awk -F'"' '/IOPlatformSerialNumber/{print $4}')

get_token() {
  response=$(/usr/bin/curl -s -X POST "${jamf_url}/api/oauth/token" \\
    --header "Content-Type: application/x-www-form-urlencoded" \\
    --data-urlencode "grant_type=client_credentials" \\
    --data-urlencode "client_id=${%s}" \\
    --data-urlencode "client_secret=${%s}")
  access_token=$(/usr/bin/plutil -extract access_token raw - <<< "$response")
}

invalidate_token() {
  /usr/bin/curl -s -o /dev/null -X POST "${jamf_url}/api/v1/auth/invalidate-token" \\
    --header "Authorization: Bearer ${access_token}"
}

get_token
computer_id=$(/usr/bin/curl -s "${jamf_url}/JSSResource/computers/serialnumber/${serial}" \\
  --header "Authorization: Bearer ${access_token}" --header "Accept: application/xml" \\
  | /usr/bin/xmllint --xpath '/computer/general/id/text()' -)
echo "Computer ID for ${serial}: ${computer_id}"
invalidate_token
exit 0
""" % (shell, hdr_comment(rng), name, url, idn, s.pub(), secn, s.q("sh"), idn, secn)
    return "scripts/jamf/%s.%s" % (name, pick(rng, ["zsh", "sh"])), text, "zsh"


def t_basic_auth_sh(rng, c, s):
    st = pick(rng, ["snake", "screaming"])
    pwn = nm(rng, c, st)
    host = c["host"]
    p = c["provider"]
    endpoint = {"jamf_pro": "/api/v1/auth/token", "workspace_one": "/API/system/info",
                "ivanti_mobileiron": "/api/v2/devices?limit=50&fields=common.serial_number",
                "connectwise_automate": "/cwa/api/v1/apitoken", "mosyle": "/v1/login",
                "munki": "/manifests/site_default", "chocolatey": "/"}.get(p, "/api/v1/status")
    text = """#!/bin/bash
%s
# quick health check against %s (%s) - run from the admin jump box
set -euo pipefail

API_HOST="https://%s"
api_user="%s"
%s=%s

status=$(curl -sk -o /tmp/mdm_check.json -w '%%{http_code}' \\
  -u "${api_user}:${%s}" \\
  -H "Accept: application/json" \\
  "${API_HOST}%s")

if [[ "$status" != "200" ]]; then
  echo "health check failed: HTTP $status" >&2
  exit 1
fi
echo "OK - $(wc -c < /tmp/mdm_check.json) bytes returned"
""" % (hdr_comment(rng), p.replace("_", " ").title(), host, host, c["user"], pwn, s.q("sh"), pwn, endpoint)
    return pick(rng, ["scripts/healthcheck.sh", "bin/check_api.sh", "tools/mdm-ping.sh"]), text, "bash"


def t_api_header_curl(rng, c, s):
    h, v = auth_header(c, s.r("sh"))
    url = api_url(c)
    text = """#!/bin/sh
%s
# Export device list to CSV for the weekly asset reconciliation.
OUT="${HOME}/Desktop/devices_$(date +%%Y%%m%%d).json"

curl --silent --fail \\
  -H "%s: %s" \\
  -H "Accept: application/json" \\
  "%s" \\
  -o "$OUT"

echo "saved $(jq length "$OUT" 2>/dev/null || echo '?') records to $OUT"
""" % (hdr_comment(rng), h, v, url)
    return pick(rng, ["scripts/export_devices.sh", "reports/pull_inventory.sh", "ops/device_export.sh"]), text, "bash"


def t_slack_notify_sh(rng, c, s):
    st = pick(rng, ["snake", "screaming"])
    n = nm(rng, c, st)
    text = """#!/bin/zsh
%s
# Post a message to #mac-ops when a policy fails. Called as the last script in a policy.
%s=%s
computer_name=$(/usr/sbin/scutil --get ComputerName)
policy_name="${4:-Unknown policy}"

payload=$(cat <<JSON
{"text": ":warning: *${policy_name}* failed on ${computer_name} ($(sw_vers -productVersion))"}
JSON
)

/usr/bin/curl -s -X POST -H 'Content-type: application/json' --data "$payload" "${%s}"
exit 0
""" % (hdr_comment(rng), n, s.q("sh"), n)
    return pick(rng, ["scripts/notify_slack.zsh", "scripts/jamf/policy_failed_notify.sh", "postinstall/slack_alert.sh"]), text, "zsh"


def t_mac_admin_pw_sh(rng, c, s):
    user = c.get("user") or "ladmin"
    text = """#!/bin/bash
%s
# Creates the hidden management account on freshly enrolled Macs (PreStage enrollment package).
ADMIN_SHORT="%s"
ADMIN_FULL="IT Support"

if /usr/bin/id "$ADMIN_SHORT" >/dev/null 2>&1; then
  echo "$ADMIN_SHORT already exists"
  exit 0
fi

/usr/sbin/sysadminctl -addUser "$ADMIN_SHORT" -fullName "$ADMIN_FULL" \\
  -password %s -UID 499 -home /var/$ADMIN_SHORT -admin
/usr/bin/dscl . create /Users/$ADMIN_SHORT IsHidden 1
/usr/bin/dscl . create /Users/$ADMIN_SHORT UserShell /bin/zsh
echo "created $ADMIN_SHORT"
""" % (hdr_comment(rng), user, s.q("sh"))
    return pick(rng, ["packages/create_admin/scripts/postinstall", "prestage/create_mgmt_account.sh", "scripts/provision/admin_account.sh"]), text, "bash"


def t_fleetctl_package_sh(rng, c, s):
    text = """#!/usr/bin/env bash
%s
# Build fleetd installers for all three platforms and drop them in ./dist
set -e
FLEET_URL="https://%s"
mkdir -p dist

for type in pkg msi deb; do
  fleetctl package \\
    --type="$type" \\
    --fleet-url="$FLEET_URL" \\
    --enroll-secret=%s \\
    --fleet-desktop \\
    --enable-scripts \\
    --outfile="dist/fleetd-base.$type"
done
ls -lh dist
""" % (hdr_comment(rng), c["host"], s.q("sh"))
    return pick(rng, ["build_installers.sh", "scripts/package-fleetd.sh", "fleet/make_packages.sh"]), text, "bash"


def t_munki_bootstrap_sh(rng, c, s):
    h, v = auth_header(c, s.r("sh"))
    text = """#!/bin/zsh
%s
# Munki client bootstrap - run once from the enrollment package.
REPO="https://%s/repo"
/usr/bin/defaults write /Library/Preferences/ManagedInstalls SoftwareRepoURL "$REPO"
/usr/bin/defaults write /Library/Preferences/ManagedInstalls ClientIdentifier "site_default"
/usr/bin/defaults write /Library/Preferences/ManagedInstalls InstallAppleSoftwareUpdates -bool false
/usr/bin/defaults write /Library/Preferences/ManagedInstalls AdditionalHttpHeaders -array "%s: %s"
/usr/bin/touch /Users/Shared/.com.googlecode.munki.checkandinstallatstartup
echo "munki bootstrap configured for $REPO"
""" % (hdr_comment(rng), c["host"], h, v)
    return pick(rng, ["bootstrap/munki_bootstrap.zsh", "scripts/munki-setup.sh", "enrollment/configure_munki.zsh"]), text, "zsh"


def t_autopkg_token_sh(rng, c, s):
    text = """#!/bin/bash
%s
# Nightly AutoPkg run on the packaging Mac mini (launched by com.%s.autopkgrun.plist)
export PATH=/usr/local/bin:$PATH
RECIPE_LIST="$HOME/autopkg/recipe_list.txt"

# avoid GitHub API rate limiting when searching/updating repos
echo %s > "$HOME/.autopkg_gh_token"
chmod 600 "$HOME/.autopkg_gh_token"

/usr/local/bin/autopkg repo-update all
/usr/local/bin/autopkg run --recipe-list "$RECIPE_LIST" -v \\
  --post io.github.hjuutilainen.VirusTotalAnalyzer/VirusTotalAnalyzer \\
  --report-plist "$HOME/autopkg/report_$(date +%%F).plist"
""" % (hdr_comment(rng), org(rng).replace("-", ""), s.q("sh"))
    return pick(rng, ["autopkg/run_autopkg.sh", "scripts/autopkg_nightly.sh"]), text, "bash"


def t_s1_mac_install_sh(rng, c, s):
    text = """#!/bin/bash
%s
# Jamf policy: install SentinelOne agent (package cached by a previous policy)
PKG="/Library/Application Support/JAMF/Waiting Room/SentinelOne-%s.pkg"
TOKEN_FILE="/Library/Application Support/JAMF/Waiting Room/com.sentinelone.registration-token"

echo %s > "$TOKEN_FILE"
/usr/sbin/installer -pkg "$PKG" -target /
rm -f "$TOKEN_FILE"
/usr/local/bin/sentinelctl version
""" % (hdr_comment(rng), "%d.%d.%d" % (rng.randrange(22, 25), rng.randrange(1, 5), rng.randrange(1, 9)), s.q("sh"))
    return pick(rng, ["scripts/jamf/install_sentinelone.sh", "policies/s1_install.sh"]), text, "bash"


def t_osquery_install_sh(rng, c, s):
    text = """#!/bin/bash
%s
# Linux servers: install osquery and point it at the TLS server
set -euo pipefail
apt-get install -y osquery
install -d -m 0700 /etc/osquery
printf '%%s' %s > /etc/osquery/enroll_secret
chmod 0600 /etc/osquery/enroll_secret

cat > /etc/osquery/osquery.flags <<'FLAGS'
--tls_hostname=%s
--enroll_secret_path=/etc/osquery/enroll_secret
--enroll_tls_endpoint=/api/v1/osquery/enroll
--config_plugin=tls
--logger_plugin=tls
--host_identifier=uuid
FLAGS
systemctl enable --now osqueryd
""" % (hdr_comment(rng), s.q("sh"), c["host"])
    return pick(rng, ["deploy/osquery/install.sh", "ansible/files/osquery_bootstrap.sh", "scripts/install-osquery.sh"]), text, "bash"


def t_graph_remediation_ps(rng, c, s):
    sec = s.q("ps")
    vn = nm(rng, c, pick(rng, ["pascal", "camel"]))
    what = pick(rng, ["stale Autopilot devices", "devices missing a primary user", "noncompliant Windows devices",
                      "BitLocker escrow status"])
    text = """<#
.SYNOPSIS
    Intune proactive remediation helper - reports %s to Graph.
.NOTES
%s#>
$TenantId = '%s'
$ClientId = '%s'
$%s = %s

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $ClientId
    client_secret = $%s
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
$headers = @{ Authorization = "Bearer $($token.access_token)" }

$uri = 'https://graph.microsoft.com/beta/deviceManagement/managedDevices?$filter=operatingSystem eq ''Windows'''
$devices = (Invoke-RestMethod -Uri $uri -Headers $headers -Method Get).value
Write-Output "Found $($devices.Count) managed Windows devices"
if ($devices.Count -gt 0) { exit 0 } else { exit 1 }
""" % (what, hdr_comment(rng, "   "), c.get("tenant", uuid4(rng)), s.pub(), vn, sec, vn)
    return pick(rng, ["Intune/Remediations/Detect-StaleDevices.ps1", "remediations/detection.ps1",
                      "scripts/Graph/Get-ManagedDevices.ps1"]), text, "powershell"


def t_autopilot_upload_ps(rng, c, s):
    sec = s.q("ps")
    group = pick(rng, ["Autopilot-Standard", "AP-Kiosk", "Autopilot-Shared-Devices", "AP-Engineering"])
    text = """# Run from OOBE (Shift+F10) to register this device with Windows Autopilot
%s
Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force
Install-Script -Name Get-WindowsAutopilotInfo -Force

Get-WindowsAutopilotInfo -Online `
    -TenantId '%s' `
    -AppId '%s' `
    -AppSecret %s `
    -GroupTag '%s' `
    -Assign
""" % (hdr_comment(rng), c.get("tenant", uuid4(rng)), s.pub(), sec, group)
    return pick(rng, ["Autopilot/Register-Device.ps1", "autopilot/upload_hash.ps1", "OOBE/AutopilotRegister.ps1"]), text, "powershell"


def t_ps_api_headers(rng, c, s):
    h, v = auth_header(c, s.r("ps"))
    url = api_url(c)
    text = """%s
$ErrorActionPreference = 'Stop'
$Headers = @{
    '%s' = "%s"
    'Accept' = 'application/json'
}
$Result = Invoke-RestMethod -Uri '%s' -Headers $Headers -Method Get
$Result | ConvertTo-Json -Depth 5 | Out-File -FilePath "$PSScriptRoot\\devices.json" -Encoding utf8
Write-Host "Exported $(@($Result).Count) records"
""" % (hdr_comment(rng), h, v, url)
    return pick(rng, ["scripts/Export-Devices.ps1", "Reports/Get-Inventory.ps1", "tools/Invoke-MdmQuery.ps1"]), text, "powershell"


def t_ps_oauth_generic(rng, c, s):
    sec = s.q("ps")
    p = c["provider"]
    pub = s.pub()
    vn = nm(rng, c, "pascal")
    if p == "ninjaone":
        inst = c["host"].split(".")[0]
        text = """#Requires -Modules NinjaOne
%s
# Pull device health into the NOC dashboard every 15 minutes
$%s = %s
Connect-NinjaOne -Instance '%s' -ClientId '%s' -ClientSecret $%s -UseClientAuth
$devices = Get-NinjaOneDevices -deviceFilter 'offline'
$devices | Select-Object systemName, lastContact, organizationId | Export-Csv -Path .\\offline.csv -NoTypeInformation
""" % (hdr_comment(rng), vn, sec, inst if inst != "app" else "us", pub, vn)
    elif p == "crowdstrike":
        cloud = {"api.crowdstrike.com": "us-1", "api.us-2.crowdstrike.com": "us-2", "api.eu-1.crowdstrike.com": "eu-1"}[c["host"]]
        text = """#Requires -Modules PSFalcon
%s
# Contain hosts flagged by the SOC (input: hostnames.txt)
$%s = %s
Request-FalconToken -ClientId '%s' -ClientSecret $%s -Cloud '%s'
$ids = Get-Content .\\hostnames.txt | ForEach-Object { Get-FalconHost -Filter "hostname:'$_'" }
if ($ids) { Invoke-FalconHostAction -Name contain -Id $ids }
Revoke-FalconToken
""" % (hdr_comment(rng), vn, sec, pub, vn, cloud)
    else:
        extra = ""
        body = "grant_type = 'client_credentials'; client_id = '%s'; client_secret = $%s" % (pub, vn)
        if p == "datto_rmm":
            body = "grant_type = 'password'; username = '%s'; password = $%s" % (pub, vn)
            extra = "$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('public-client:public'))\n"
        text = """%s
# %s API: get an access token, then list devices
$BaseUri = 'https://%s'
$%s = %s
%s$tokenParams = @{
    Uri         = '%s'
    Method      = 'Post'
    ContentType = 'application/x-www-form-urlencoded'
    Body        = @{ %s }
}
%s$token = Invoke-RestMethod @tokenParams
$auth = @{ Authorization = "Bearer $($token.access_token)" }
Invoke-RestMethod -Uri "$BaseUri/api/v2/account/devices" -Headers $auth | Select-Object -ExpandProperty devices
""" % (hdr_comment(rng), p.replace("_", " ").title(), c["host"], vn, sec, extra, token_url(c), body,
            "$tokenParams.Headers = @{ Authorization = \"Basic $basic\" }\n" if extra else "")
    return pick(rng, ["scripts/%s-sync.ps1" % p.replace("_", "-"), "Automation/Invoke-%sReport.ps1" % p.title().replace("_", ""),
                      "runbooks/%s.ps1" % p]), text, "powershell"


def t_ps_laps_set(rng, c, s):
    sec = s.q("ps")
    user = c.get("user") or "Administrator"
    text = """# Win32 app install script - resets the built-in admin on lab machines
%s
$AdminName = '%s'
$Secure = ConvertTo-SecureString %s -AsPlainText -Force
$account = Get-LocalUser -Name $AdminName -ErrorAction SilentlyContinue
if (-not $account) {
    New-LocalUser -Name $AdminName -Password $Secure -PasswordNeverExpires -Description 'Lab break-glass'
    Add-LocalGroupMember -Group 'Administrators' -Member $AdminName
} else {
    Set-LocalUser -Name $AdminName -Password $Secure
    Enable-LocalUser -Name $AdminName
}
New-Item -Path 'HKLM:\\SOFTWARE\\%s\\Lab' -Force | Out-Null
Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\%s\\Lab' -Name 'AdminReset' -Value (Get-Date -Format s)
""" % (hdr_comment(rng), user, sec, org(rng).title().replace("-", ""), org(rng).title().replace("-", ""))
    return pick(rng, ["Win32Apps/LabAdmin/install.ps1", "scripts/Set-LabAdmin.ps1", "Intune/Scripts/Reset-LocalAdmin.ps1"]), text, "powershell"


def t_ps_bitlocker_unlock(rng, c, s):
    sec = s.q("ps")
    text = """# Recovering data from %s (drive pulled from a failed laptop, ticket INC%07d)
%s
$Drive = 'E:'
Unlock-BitLocker -MountPoint $Drive -RecoveryPassword %s
Get-BitLockerVolume -MountPoint $Drive | Format-List VolumeStatus, LockStatus, EncryptionPercentage
robocopy "$Drive\\Users" "D:\\Recovered\\%s" /E /R:1 /W:1 /XJ
""" % (pick(rng, WIN_MODELS), rng.randrange(10 ** 6, 10 ** 7), hdr_comment(rng), sec, pick(rng, FIRST))
    return pick(rng, ["recovery/unlock_drive.ps1", "tickets/INC-recovery.ps1", "scripts/Recover-Data.ps1"]), text, "powershell"


def t_choco_ps(rng, c, s):
    sec = s.q("ps")
    if c["kind"] == "api_key":
        text = """# CI step: pack and push internal Chocolatey packages
%s
$Source = 'https://%s/'
Get-ChildItem -Path .\\packages -Filter *.nuspec -Recurse | ForEach-Object {
    choco pack $_.FullName --outputdirectory .\\out
}
Get-ChildItem .\\out\\*.nupkg | ForEach-Object {
    choco push $_.FullName --source $Source --api-key %s --timeout 600
}
""" % (hdr_comment(rng), c["host"], sec)
    else:
        text = """# Workstation baseline - register the internal feed and install core apps
%s
choco source remove -n=chocolatey
choco source add -n=internal -s='https://%s' -u='%s' -p=%s --priority=1
choco feature enable -n=allowGlobalConfirmation
foreach ($pkg in @('googlechrome', '7zip', 'notepadplusplus', 'vlc', 'adobereader')) {
    choco upgrade $pkg -y --no-progress
}
""" % (hdr_comment(rng), c["host"], c["user"], sec)
    return pick(rng, ["chocolatey/push-packages.ps1", "baseline/Install-Chocolatey.ps1", "build/choco.ps1"]), text, "powershell"


def t_ps_credential(rng, c, s):
    sec = s.q("ps")
    p = c["provider"]
    user = c.get("user") or "svc_account"
    target = c.get("host") or "server01"
    text = """%s
# Deploy step used by %s - copies the installer share and runs it remotely
$User = '%s'
$Pass = ConvertTo-SecureString %s -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)

$Computers = Get-Content -Path "$PSScriptRoot\\targets.txt"
foreach ($Computer in $Computers) {
    Invoke-Command -ComputerName $Computer -Credential $Cred -ScriptBlock {
        Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i \\\\%s\\Installers\\agent.msi /qn' -Wait
    }
}
""" % (hdr_comment(rng), p.replace("_", " ").title(), user, sec, target.split("/")[0])
    return pick(rng, ["deploy/Invoke-RemoteInstall.ps1", "PDQ/Scripts/Push-Agent.ps1", "scripts/remote_install.ps1"]), text, "powershell"


PLIST_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
'''


def mobileconfig(rng, display, payloads_xml, ident):
    return PLIST_HEAD + """<dict>
\t<key>PayloadContent</key>
\t<array>
%s\t</array>
\t<key>PayloadDisplayName</key>
\t<string>%s</string>
\t<key>PayloadIdentifier</key>
\t<string>%s</string>
\t<key>PayloadOrganization</key>
\t<string>%s IT</string>
\t<key>PayloadScope</key>
\t<string>System</string>
\t<key>PayloadType</key>
\t<string>Configuration</string>
\t<key>PayloadUUID</key>
\t<string>%s</string>
\t<key>PayloadVersion</key>
\t<integer>1</integer>
</dict>
</plist>
""" % (payloads_xml, display, ident, org(rng).title(), uuid4(rng, upper=True))


def t_jamf_connect_profile(rng, c, s):
    o = org(rng).replace("-", "")
    sec = s.r("xml")
    inner = """\t\t<dict>
\t\t\t<key>OIDCProvider</key>
\t\t\t<string>Azure</string>
\t\t\t<key>OIDCClientID</key>
\t\t\t<string>%s</string>
\t\t\t<key>OIDCClientSecret</key>
\t\t\t<string>%s</string>
\t\t\t<key>OIDCRedirectURI</key>
\t\t\t<string>https://127.0.0.1/jamfconnect</string>
\t\t\t<key>OIDCTenant</key>
\t\t\t<string>%s.onmicrosoft.com</string>
\t\t\t<key>OIDCNewPassword</key>
\t\t\t<false/>
\t\t\t<key>CreateAdminUser</key>
\t\t\t<false/>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.jamf.connect.login.%s</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.jamf.connect.login</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
""" % (s.pub(), sec, o, uuid4(rng, upper=True), uuid4(rng, upper=True))
    text = mobileconfig(rng, "Jamf Connect Login", inner, "com.%s.jamfconnect.login" % o)
    return pick(rng, ["profiles/JamfConnect-Login.mobileconfig", "config-profiles/jamf_connect_login.mobileconfig",
                      "Profiles/com.jamf.connect.login.mobileconfig"]), text, "mobileconfig"


def t_munki_prefs_plist(rng, c, s):
    h, v = auth_header(c, s.r("xml"))
    text = PLIST_HEAD + """<dict>
\t<key>SoftwareRepoURL</key>
\t<string>https://%s/repo</string>
\t<key>ClientIdentifier</key>
\t<string>%s</string>
\t<key>AdditionalHttpHeaders</key>
\t<array>
\t\t<string>%s: %s</string>
\t</array>
\t<key>InstallAppleSoftwareUpdates</key>
\t<false/>
\t<key>DaysBetweenNotifications</key>
\t<integer>1</integer>
\t<key>LoggingLevel</key>
\t<integer>1</integer>
\t<key>FollowHTTPRedirects</key>
\t<string>https</string>
</dict>
</plist>
""" % (c["host"], pick(rng, ["site_default", "staff", "lab_macs", "engineering"]), h, v)
    return pick(rng, ["munki/ManagedInstalls.plist", "payload/Library/Preferences/ManagedInstalls.plist",
                      "outset/ManagedInstalls.plist"]), text, "plist"


def t_munki_s3_plist(rng, c, s):
    sec = s.r("xml")
    pub = s.pub()
    region = pick(rng, ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"])
    text = PLIST_HEAD + """<dict>
\t<key>SoftwareRepoURL</key>
\t<string>https://%s.s3.amazonaws.com</string>
\t<key>ClientIdentifier</key>
\t<string>production</string>
\t<key>AccessKey</key>
\t<string>%s</string>
\t<key>SecretKey</key>
\t<string>%s</string>
\t<key>Region</key>
\t<string>%s</string>
\t<key>InstallAppleSoftwareUpdates</key>
\t<true/>
</dict>
</plist>
""" % (c["bucket"], pub, sec, region)
    return pick(rng, ["munki/s3auth/ManagedInstalls.plist", "middleware/s3_middleware_prefs.plist"]), text, "plist"


def t_autopkg_prefs_plist(rng, c, s):
    sec = s.r("xml")
    if c["cat"] == "oauth":
        creds = """\t<key>CLIENT_ID</key>
\t<string>%s</string>
\t<key>CLIENT_SECRET</key>
\t<string>%s</string>
""" % (s.pub(), sec)
    else:
        creds = """\t<key>API_USERNAME</key>
\t<string>%s</string>
\t<key>API_PASSWORD</key>
\t<string>%s</string>
""" % (c["user"], sec)
    text = PLIST_HEAD + """<dict>
\t<key>JSS_URL</key>
\t<string>https://%s</string>
%s\t<key>RECIPE_REPOS</key>
\t<dict>
\t\t<key>%s/Library/AutoPkg/RecipeRepos/com.github.autopkg.recipes</key>
\t\t<dict>
\t\t\t<key>URL</key>
\t\t\t<string>https://github.com/autopkg/recipes</string>
\t\t</dict>
\t</dict>
\t<key>RECIPE_SEARCH_DIRS</key>
\t<array>
\t\t<string>.</string>
\t\t<string>~/Library/AutoPkg/RecipeOverrides</string>
\t</array>
\t<key>FAIL_RECIPES_WITHOUT_TRUST_INFO</key>
\t<true/>
</dict>
</plist>
""" % (c["host"], creds, "/Users/" + pick(rng, ["autopkg", "packager", "admin"]))
    return pick(rng, ["autopkg/com.github.autopkg.plist", "packaging-mac/com.github.autopkg.plist"]), text, "plist"


def t_custom_settings_profile(rng, c, s):
    o = org(rng).replace("-", "")
    key = nm(rng, c, pick(rng, ["pascal", "camel"]))
    sec = s.r("xml")
    domain = "com.%s.%s" % (o, pick(rng, ["devicehelper", "assetsync", "selfservice-tools", "mdm-bridge"]))
    inner = """\t\t<dict>
\t\t\t<key>ServerURL</key>
\t\t\t<string>https://%s</string>
\t\t\t<key>%s</key>
\t\t\t<string>%s</string>
\t\t\t<key>CheckInterval</key>
\t\t\t<integer>%d</integer>
\t\t\t<key>PayloadDisplayName</key>
\t\t\t<string>%s settings</string>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>%s.%s</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
""" % (c.get("host") or "api.%s.com" % o, key, sec, pick(rng, [900, 3600, 14400]), domain, domain,
       uuid4(rng, upper=True), domain, uuid4(rng, upper=True))
    text = mobileconfig(rng, "%s configuration" % domain.split(".")[-1], inner, domain + ".profile")
    return pick(rng, ["profiles/%s.mobileconfig" % domain, "mdm/custom-settings/%s.mobileconfig" % domain.split(".")[-1]]), text, "mobileconfig"


def t_launchd_plist(rng, c, s):
    o = org(rng).replace("-", "")
    label = "com.%s.%s" % (o, pick(rng, ["inventorysync", "mdmreporter", "compliance-agent"]))
    envn = nm(rng, c, "screaming")
    text = PLIST_HEAD + """<dict>
\t<key>Label</key>
\t<string>%s</string>
\t<key>ProgramArguments</key>
\t<array>
\t\t<string>/usr/local/%s/bin/agent</string>
\t\t<string>--server</string>
\t\t<string>https://%s</string>
\t</array>
\t<key>EnvironmentVariables</key>
\t<dict>
\t\t<key>%s</key>
\t\t<string>%s</string>
\t</dict>
\t<key>StartInterval</key>
\t<integer>3600</integer>
\t<key>RunAtLoad</key>
\t<true/>
\t<key>StandardErrorPath</key>
\t<string>/var/log/%s.log</string>
</dict>
</plist>
""" % (label, o, c.get("host") or "api.%s.com" % o, envn, s.r("xml"), label)
    return "LaunchDaemons/%s.plist" % label, text, "plist"


def t_fleet_gitops_yaml(rng, c, s):
    sec = s.q("yaml")
    team = pick(rng, ["Workstations", "Servers", "Engineering Macs", "Kiosks"])
    text = """# Fleet GitOps - team configuration (applied by `fleetctl gitops -f`)
name: %s
team_settings:
  secrets:
    - secret: %s
  features:
    enable_host_users: true
    enable_software_inventory: true
  host_expiry_settings:
    host_expiry_enabled: false
agent_options:
  config:
    options:
      distributed_interval: 10
      distributed_plugin: tls
      logger_tls_period: 10
  update_channels:
    osqueryd: stable
    orbit: stable
policies:
  - name: %s - FileVault enabled
    query: SELECT 1 FROM disk_encryption WHERE user_uuid IS NOT "" AND filevault_status = 'on' LIMIT 1;
    platform: darwin
    critical: false
queries:
  - name: Installed browser extensions
    query: SELECT * FROM chrome_extensions;
    interval: 86400
    observer_can_run: true
""" % (team, sec, team)
    return pick(rng, ["teams/%s.yml" % team.lower().replace(" ", "-"), "fleet/gitops/teams/%s.yml" % team.lower().replace(" ", "_")]), text, "yaml"


def t_gh_workflow(rng, c, s):
    sec = s.q("yaml")
    envn = nm(rng, c, "screaming")
    p = c["provider"]
    text = """name: %s sync
on:
  schedule:
    - cron: '%d %d * * 1-5'
  workflow_dispatch:

jobs:
  sync:
    runs-on: %s
    env:
      API_BASE: https://%s
      %s: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r requirements.txt
      - name: Run sync
        run: python sync.py --since 24h --report out/report.csv
      - uses: actions/upload-artifact@v4
        with:
          name: report
          path: out/report.csv
""" % (p.replace("_", " ").title(), rng.randrange(60), rng.randrange(5, 20), pick(rng, ["ubuntu-latest", "macos-14", "self-hosted"]),
       c.get("host") or "api.github.com", envn, sec)
    return ".github/workflows/%s" % pick(rng, ["sync.yml", "nightly-export.yml", "%s-sync.yaml" % p.replace("_", "-")]), text, "yaml"


def t_config_yaml(rng, c, s):
    sec = s.q("yaml")
    st = pick(rng, ["snake", "kebab", "camel"])
    p = c["provider"]
    user_line = ""
    if c.get("user"):
        user_line = "  %s: %s\n" % (style(["username"], st), c["user"])
    pub_line = ""
    if c.get("pub") and c["cat"] == "oauth":
        pub_line = "  %s: %s\n" % (style(["client", "id"], st), s.pub())
    text = """# %s -> Snipe-IT asset sync
log_level: info
dry_run: false
%s:
  %s: https://%s
%s%s  %s: %s
  %s: 30
snipeit:
  %s: https://assets.%s.com
  %s: [%d, %d]
mapping:
  serial_number: serial
  asset_tag: asset_tag
  model: model_name
""" % (p.replace("_", " ").title(), style(p.split("_"), st), style(["base", "url"], st), c.get("host") or "api.example.io",
       user_line, pub_line, nm(rng, c, st), sec, style(["timeout", "seconds"], st), style(["base", "url"], st),
       org(rng).replace("-", ""), style(["status", "ids"], st), rng.randrange(1, 9), rng.randrange(1, 9))
    return pick(rng, ["config/config.yml", "config.yaml", "settings/%s.yml" % p, "asset-sync/config.yaml"]), text, "yaml"


def t_compose(rng, c, s):
    sec = s.q("yaml")
    p = c["provider"]
    if p == "mysql":
        text = """services:
  mysql:
    image: mysql:8.0
    command: ["--default-authentication-plugin=mysql_native_password"]
    environment:
      MYSQL_DATABASE: fleet
      MYSQL_USER: %s
      MYSQL_PASSWORD: %s
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - mysql:/var/lib/mysql
  redis:
    image: redis:7
  fleet:
    image: fleetdm/fleet:v4.%d.0
    depends_on: [mysql, redis]
    environment:
      FLEET_MYSQL_ADDRESS: mysql:3306
      FLEET_MYSQL_USERNAME: %s
      FLEET_MYSQL_PASSWORD_PATH: /run/secrets/mysql_password
      FLEET_REDIS_ADDRESS: redis:6379
      FLEET_SERVER_TLS: "false"
    ports:
      - "8080:8080"
volumes:
  mysql:
""" % (c["user"], sec, rng.randrange(40, 70), c["user"])
    else:
        envn = nm(rng, c, "screaming")
        text = """services:
  %s:
    image: ghcr.io/%s/%s:%s
    restart: unless-stopped
    environment:
      - TZ=%s
      - SERVER_URL=https://%s
      - %s=%s
      - LOG_LEVEL=info
    volumes:
      - ./data:/data
    ports:
      - "127.0.0.1:%d:8080"
""" % (pick(rng, ["webhook-relay", "inventory-sync", "mdm-bridge", "reporter"]), org(rng), pick(rng, ["mdm-bridge", "device-sync", "it-webhooks"]),
            pick(rng, ["latest", "1.%d.%d" % (rng.randrange(9), rng.randrange(20))]), pick(rng, ["Europe/London", "America/Chicago", "UTC"]),
            c.get("host") or "relay.local", envn, s.r("yaml") if not s.neg else s.r("yaml"), rng.randrange(3000, 9999))
    return pick(rng, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), text, "docker-compose"


def t_recipe_override_yaml(rng, c, s):
    sec = s.q("yaml")
    app = pick(rng, ["GoogleChrome", "Firefox", "Zoom", "Slack", "MicrosoftTeams", "1Password8", "VisualStudioCode"])
    cred = ("  API_USERNAME: %s\n  API_PASSWORD: %s\n" % (c["user"], sec)) if c["cat"] == "password" else \
           ("  CLIENT_ID: %s\n  CLIENT_SECRET: %s\n" % (s.pub(), sec))
    text = """Identifier: local.jamf.%s
ParentRecipe: com.github.autopkg.grahampugh-recipes.jamf.%s-pkg-upload
MinimumVersion: '2.3'
Input:
  NAME: %s
  CATEGORY: Productivity
  JSS_URL: https://%s
%s  replace_pkg: 'False'
ParentRecipeTrustInfo:
  non_core_processors: {}
  parent_recipes:
    com.github.autopkg.download.%s:
      git_hash: %s
      path: ~/Library/AutoPkg/RecipeRepos/com.github.autopkg.recipes/%s/%s.download.recipe
      sha256_hash: %s
""" % (app, app, app, c["host"], cred, app.lower(), rs(rng, HEXL, 40), app, app, sha256hex(rng))
    return "RecipeOverrides/%s.jamf.recipe.yaml" % app, text, "autopkg-recipe"


def t_osquery_secret_file(rng, c, s):
    text = s.r("plain") + "\n"
    return pick(rng, ["deploy/osquery/enroll_secret", "packaging/osquery/enroll.secret", "roles/osquery/files/enroll_secret"]), text, "secret-file"


def t_osquery_flagfile(rng, c, s):
    text = """# osquery flagfile for the lab fleet (copied to /etc/osquery/osquery.flags)
--tls_hostname=%s
--tls_server_certs=/etc/osquery/certs/ca.pem
--host_identifier=%s
--enroll_secret_env=OSQUERY_ENROLL_SECRET
--enroll_tls_endpoint=/api/v1/osquery/enroll
--config_plugin=tls
--config_tls_endpoint=/api/v1/osquery/config
--config_refresh=60
--logger_plugin=tls
--logger_tls_endpoint=/api/v1/osquery/log
--disable_distributed=false
--distributed_plugin=tls
--distributed_interval=10
""" % (c["host"], pick(rng, ["uuid", "hostname", "instance"]))
    text += "# systemd drop-in sets the environment for osqueryd:\n# Environment=OSQUERY_ENROLL_SECRET=%s\n" % s.r("raw")
    return pick(rng, ["osquery/osquery.flags", "deploy/osquery.flags"]), text, "osquery-flags"


def t_py_oauth(rng, c, s):
    sec = s.q("py")
    st = pick(rng, ["snake", "screaming"])
    secn, idn = nm(rng, c, st), nm_pub(c, st)
    p = c["provider"]
    text = '''#!/usr/bin/env python3
"""Pull the device list from %s and write a CSV for the asset team."""
import csv
import sys

import requests

BASE_URL = "https://%s"
TOKEN_URL = "%s"
%s = "%s"
%s = %s


def get_token():
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": %s, "client_secret": %s},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def main(out_path):
    headers = {"Authorization": f"Bearer {get_token()}", "Accept": "application/json"}
    devices = requests.get(f"{BASE_URL}/api/v1/devices", headers=headers, timeout=60).json()
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "serial", "os_version"])
        for d in devices.get("results", devices):
            writer.writerow([d.get("id"), d.get("name"), d.get("serial_number"), d.get("os_version")])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "devices.csv")
''' % (p.replace("_", " ").title(), c["host"], token_url(c), idn, s.pub(), secn, sec, idn, secn)
    return pick(rng, ["tools/export_devices.py", "%s_export.py" % p, "scripts/%s/pull_devices.py" % p]), text, "python"


def t_py_token_header(rng, c, s):
    sec = s.q("py")
    st = pick(rng, ["snake", "screaming"])
    n = nm(rng, c, st)
    h, v = auth_header(c, "{%s}" % n)
    text = '''import json
import urllib.request

%s = %s
URL = "%s"


def fetch(url=URL):
    req = urllib.request.Request(url, headers={"%s": f"%s", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


if __name__ == "__main__":
    data = fetch()
    print(json.dumps(data, indent=2)[:2000])
''' % (n, sec, api_url(c), h, v)
    return pick(rng, ["scripts/query_api.py", "reporting/fetch_devices.py", "%s_client.py" % c["provider"]]), text, "python"


def t_py_positional_client(rng, c, s):
    sec = s.q("py")
    p = c["provider"]
    if p == "crowdstrike":
        body = "from falconpy import Hosts\n\nhosts = Hosts(%s, %s)\nprint(hosts.query_devices_by_filter(filter=\"platform_name:'Mac'\", limit=500)[\"body\"][\"resources\"])\n" % (
            repr(s.pub()), sec) if chance(rng, 0.5) else \
            "from falconpy import Hosts\n\nhosts = Hosts(client_id=%s, client_secret=%s)\nstale = hosts.query_devices_by_filter(filter=\"last_seen:<='now-30d'\")\nprint(len(stale[\"body\"][\"resources\"]))\n" % (repr(s.pub()), sec)
    elif p == "jamf_pro":
        body = ("from jamf_pro_sdk import JamfProClient, ApiClientCredentialsProvider\n\n"
                "client = JamfProClient(\n    server=%s,\n    credentials=ApiClientCredentialsProvider(%s, %s),\n)\n"
                "computers = client.pro_api.get_computer_inventory_v1(sections=[\"GENERAL\", \"HARDWARE\"])\n"
                "print(len(computers))\n") % (repr(c["host"]), repr(s.pub()), sec)
    else:
        body = ("from internal_mdm import Client\n\n# Client(base_url, client_id, client_secret)\n"
                "api = Client(%s, %s, %s)\nfor d in api.devices(limit=200):\n    print(d.serial, d.last_checkin)\n") % (
            repr("https://" + c["host"]), repr(s.pub()), sec)
    text = "#!/usr/bin/env python3\n%s\n%s" % (hdr_comment(rng), body)
    return pick(rng, ["scripts/stale_hosts.py", "notebooks/quick_check.py", "tools/list_devices.py"]), text, "python"


def t_py_settings(rng, c, s):
    sec = s.q("py")
    p = c["provider"]
    n = nm(rng, c, "screaming")
    text = '''"""Settings for the device-lifecycle service."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["lifecycle.%s.internal"]

%s_URL = "https://%s"
%s_USER = "%s"
%s = %s

OFFBOARDING_GRACE_DAYS = %d
WIPE_REQUIRES_APPROVAL = True
LOGGING = {"version": 1, "root": {"level": "INFO"}}
''' % (org(rng).replace("-", ""), p.upper(), c.get("host") or "localhost", p.upper(), c.get("user") or "svc", n, sec, rng.randrange(3, 30))
    return pick(rng, ["lifecycle/settings.py", "config/settings.py", "app/config.py"]), text, "python"


def t_py_boto3(rng, c, s):
    sec = s.q("py")
    text = '''#!/usr/bin/env python3
"""Sync the local munki repo to S3 (run after makecatalogs)."""
import os
import boto3

REPO = os.path.expanduser("~/munki_repo")
BUCKET = "%s"

session = boto3.session.Session(
    aws_access_key_id="%s",
    aws_secret_access_key=%s,
    region_name="%s",
)
s3 = session.client("s3")

for root, _dirs, files in os.walk(REPO):
    for name in files:
        path = os.path.join(root, name)
        key = os.path.relpath(path, REPO)
        s3.upload_file(path, BUCKET, key)
        print("uploaded", key)
''' % (c["bucket"], s.pub(), sec, pick(rng, ["us-east-1", "eu-west-1", "us-west-2"]))
    return pick(rng, ["munki/sync_to_s3.py", "scripts/repo_sync.py"]), text, "python"


def t_tf_provider(rng, c, s):
    sec = s.q("tf")
    p = c["provider"]
    if p == "jamf_pro":
        block = '''provider "jamfpro" {
  jamfpro_instance_fqdn = "https://%s"
  auth_method           = "oauth2"
  client_id             = "%s"
  client_secret         = %s
  jamfpro_load_balancer_lock = true
}''' % (c["host"], s.pub(), sec)
        req = 'jamfpro = {\n      source  = "deploymenttheory/jamfpro"\n      version = "~> 0.%d"\n    }' % rng.randrange(1, 20)
    elif p == "crowdstrike":
        block = '''provider "crowdstrike" {
  client_id     = "%s"
  client_secret = %s
  cloud         = "%s"
}''' % (s.pub(), sec, pick(rng, ["us-1", "us-2", "eu-1", "autodiscover"]))
        req = 'crowdstrike = {\n      source = "CrowdStrike/crowdstrike"\n    }'
    else:
        block = '''provider "azuread" {
  tenant_id     = "%s"
  client_id     = "%s"
  client_secret = %s
}''' % (c.get("tenant", uuid4(rng)), s.pub(), sec)
        req = 'azuread = {\n      source  = "hashicorp/azuread"\n      version = "~> 2.47"\n    }'
    text = '''terraform {
  required_version = ">= 1.5"
  required_providers {
    %s
  }
  backend "s3" {
    bucket = "%s-tfstate"
    key    = "endpoint/terraform.tfstate"
    region = "us-east-1"
  }
}

%s
''' % (req, org(rng), block)
    return pick(rng, ["terraform/providers.tf", "infra/endpoint/main.tf", "providers.tf"]), text, "terraform"


def t_tfvars(rng, c, s):
    sec = s.q("tf") if s.neg else '"%s"' % c["secret"]
    if s.neg and not sec.startswith('"'):
        sec = '"%s"' % s.r("plain")
    n = nm(rng, c, "snake")
    text = '''# %s settings
environment      = "%s"
%-16s = "https://%s"
smart_group_ids  = [%d, %d, %d]
%s = %s
enable_reporting = true
''' % (c["provider"], pick(rng, ["prod", "production", "staging"]), c["provider"] + "_url", c.get("host") or "mdm.local",
       rng.randrange(1, 300), rng.randrange(1, 300), rng.randrange(1, 300), n, sec)
    return pick(rng, ["terraform/prod.tfvars", "terraform.tfvars", "envs/production/terraform.tfvars"]), text, "tfvars"


def t_recovery_csv(rng, c, s):
    p = c["provider"]
    val = s.r("csv")
    rows = []
    n = rng.randrange(4, 14)
    hit = rng.randrange(n)
    if p == "bitlocker":
        header = "Device name,Key ID,Recovery key,Drive type,Backed up (UTC),Primary user"
        for i in range(n):
            name = "%s-%s" % (pick(rng, ["LT", "WS", "DESK", "KIOSK"]), dell_tag(rng))
            kid = uuid4(rng, upper=True)
            key = val if i == hit else "(not shown)"
            rows.append("%s,%s,%s,OS drive,%s,%s@%s.com" % (name, kid, key, ts(rng), pick(rng, FIRST), org(rng).replace("-", "")))
        path = pick(rng, ["exports/bitlocker_keys_%s.csv" % date(rng), "reports/intune-recovery-keys.csv"])
    elif p == "filevault":
        header = "Computer Name,Serial Number,Username,FileVault 2 Status,Personal Recovery Key,Last Inventory Update"
        for i in range(n):
            key = val if i == hit else ""
            rows.append("%s's MacBook,%s,%s,Encrypted,%s,%s" % (pick(rng, FIRST).capitalize(), apple_serial(rng), pick(rng, LAST), key, ts(rng)))
        path = pick(rng, ["exports/filevault_export.csv", "audit/fv2_keys.csv", "reports/jamf_filevault_%s.csv" % date(rng)])
    else:
        header = "Hostname,Account,Password,Expiration,Source"
        for i in range(n):
            pw = val if i == hit else "(expired - rotate)"
            rows.append("%s-%s,%s,%s,%s,%s" % (pick(rng, ["LAB", "SRV", "WKS", "MAC"]), rs(rng, string.digits, 4),
                                                c.get("user") or "Administrator", pw, date(rng),
                                                pick(rng, ["Windows LAPS", "Entra ID", "Jamf LAPS"])))
        path = pick(rng, ["exports/laps_passwords.csv", "handover/local_admin.csv", "audit/laps_%s.csv" % date(rng)])
    text = header + "\n" + "\n".join(rows) + "\n"
    return path, text, "csv"


def t_dotenv(rng, c, s):
    envn = nm(rng, c, "screaming")
    p = c["provider"]
    lines = ["# %s integration" % p.replace("_", " ").title(), "APP_ENV=production",
             "LOG_LEVEL=%s" % pick(rng, ["info", "warn", "debug"]),
             "%s_URL=https://%s" % (p.upper(), c.get("host") or "localhost")]
    if c.get("pub") and c["cat"] in ("oauth", "aws"):
        val = s.r("env")
        lines.append("%s=%s" % (style(c["pub_tokens"], "screaming"), s.pub()))
    else:
        val = s.r("env")
    if c.get("user"):
        lines.append("%s_USERNAME=%s" % (p.upper(), c["user"]))
    q = pick(rng, ['%s', '"%s"']) if val else "%s"
    lines.append("%s=%s" % (envn, q % val))
    lines += ["SYNC_INTERVAL_MINUTES=%d" % pick(rng, [15, 30, 60]), "REPORT_RECIPIENTS=it-ops@%s.com" % org(rng).replace("-", "")]
    return pick(rng, [".env", ".env.production", "deploy/.env", "services/sync/.env"]), "\n".join(lines) + "\n", "dotenv"


def t_json_config(rng, c, s):
    sec = s.q("json")
    st = pick(rng, ["camel", "snake"])
    d_lines = ['  "%s": "https://%s",' % (style(["base", "url"], st), c.get("host") or "localhost")]
    if c.get("pub") and c["cat"] in ("oauth", "aws"):
        d_lines.append('  "%s": "%s",' % (style(["client", "id"], st), s.pub()))
    if c.get("user"):
        d_lines.append('  "%s": "%s",' % (style(["user", "name"], st), c["user"]))
    d_lines.append('  "%s": %s,' % (nm(rng, c, st), sec))
    d_lines.append('  "%s": %d,' % (style(["page", "size"], st), pick(rng, [100, 200, 500])))
    d_lines.append('  "%s": ["%s", "%s"]' % (style(["smart", "groups"], st), pick(rng, ["All Managed Macs", "Lab", "Staff"]), pick(rng, ["Pilot", "Execs", "Kiosk"])))
    text = "{\n" + "\n".join(d_lines) + "\n}\n"
    return pick(rng, ["config.json", "config/%s.json" % c["provider"], "settings/appsettings.json", "sync/config.json"]), text, "json"


def t_vscode_rest(rng, c, s):
    h, v = auth_header(c, s.r("raw"))
    text = """### %s - list devices
GET %s
%s: %s
Accept: application/json

### single device
GET %s/%d
%s: %s
""" % (c["provider"], api_url(c), h, v, api_url(c).split("?")[0], rng.randrange(1, 4000), h, "{{authHeader}}")
    return pick(rng, ["http/devices.http", "api-tests/%s.http" % c["provider"], "requests.http"]), text, "http"


def t_runbook_md(rng, c, s):
    p = c["provider"]
    cat = c["cat"]
    if cat == "recovery":
        what = {"bitlocker": "BitLocker recovery password", "filevault": "FileVault personal recovery key"}.get(p, "local admin password")
        body = """## Break-glass for %s (%s)

The device could not reach Entra ID / Jamf during the outage on %s, so the
%s was read out by phone. Keep until the device is re-imaged.

* Device: `%s`
* %s: `%s`
* Ticket: INC%07d
""" % (pick(rng, ["boardroom kiosk", "CFO laptop", "lab imaging station", "reception iPad cart Mac"]),
            pick(rng, SITES), date(rng), what, pick(rng, ["LT-", "MAC-", "WS-"]) + dell_tag(rng), what[0].upper() + what[1:], s.r("md"),
            rng.randrange(10 ** 6, 10 ** 7))
    else:
        h, v = auth_header(c, s.r("md"))
        body = """## Querying %s from the command line

```bash
curl -s "%s" \\
  -H "%s: %s" | jq '.[0]'
```

Token owner: %s. Rotate every 90 days (calendar reminder set).
""" % (p.replace("_", " ").title(), api_url(c), h, v, email(rng))
    text = "# Endpoint engineering runbook\n\n%s\n\n%s\n## Escalation\n\nPage the on-call via #endpoint-oncall.\n" % (
        pick(rng, ["Last reviewed: %s" % date(rng), "Owner: Client Platform team"]), body)
    return pick(rng, ["notes/runbook.md", "docs/runbooks/%s.md" % p, "wiki/break-glass.md", "README.md"]), text, "markdown"


def t_ini(rng, c, s):
    val = s.r("ini")
    p = c["provider"]
    st = pick(rng, ["snake", "camel", "pascal"])
    lines = ["; %s connector - read by connector.exe at startup" % p.replace("_", " ").title(), "[general]",
             "poll_interval = %d" % pick(rng, [300, 600, 900]), "log_file = C:\\ProgramData\\Connector\\connector.log", "",
             "[%s]" % p, "%s = https://%s" % (style(["server", "url"], st), c.get("host") or "localhost")]
    if c.get("pub") and c["cat"] == "oauth":
        lines.append("%s = %s" % (style(c["pub_tokens"], st), s.pub()))
    if c.get("user"):
        lines.append("%s = %s" % (style(["username"], st), c["user"]))
    if c["provider"] == "connectwise_manage":
        lines.append("%s = %s" % (style(["company", "id"], st), c["company"]))
        lines.append("%s = %s" % (style(["client", "id"], st), c["client_id"]))
    lines.append("%s = %s" % (nm(rng, c, st), val))
    lines += ["verify_ssl = true", ""]
    return pick(rng, ["connector.ini", "config/integration.ini", "Connector/settings.ini"]), "\n".join(lines), "ini"


def t_properties(rng, c, s):
    val = s.r("ini")
    p = c["provider"]
    key = nm(rng, c, "snake").replace("_", ".")
    lines = ["# %s" % p.replace("_", " "), "spring.application.name=device-compliance",
             "server.port=%d" % pick(rng, [8080, 8443, 9000]),
             "mdm.%s.base-url=https://%s" % (p.replace("_", "-"), c.get("host") or "localhost")]
    if c.get("pub") and c["cat"] == "oauth":
        lines.append("mdm.%s.client-id=%s" % (p.replace("_", "-"), s.pub()))
    if c.get("user"):
        lines.append("mdm.%s.username=%s" % (p.replace("_", "-"), c["user"]))
    lines.append("mdm.%s.%s=%s" % (p.replace("_", "-"), key, val))
    lines += ["management.endpoints.web.exposure.include=health,info", ""]
    return "src/main/resources/application.properties", "\n".join(lines), "properties"


def t_toml(rng, c, s):
    sec = s.q("toml")
    p = c["provider"]
    lines = ["# mdmctl configuration", "[defaults]", 'output = "%s"' % pick(rng, ["table", "json"]), "",
             "[profiles.%s]" % pick(rng, ["prod", "default", "corp"]), 'provider = "%s"' % p,
             'url = "https://%s"' % (c.get("host") or "localhost")]
    if c.get("pub") and c["cat"] == "oauth":
        lines.append('client_id = "%s"' % s.pub())
    if c.get("user"):
        lines.append('username = "%s"' % c["user"])
    lines.append("%s = %s" % (nm(rng, c, "snake"), sec))
    lines += ["timeout = 30", ""]
    return pick(rng, ["mdmctl.toml", ".config/mdmctl/config.toml", "config.toml"]), "\n".join(lines), "toml"


def t_pdq_xml(rng, c, s):
    val = s.r("xml")
    user = c.get("user") or "CORP\\svc_deploy"
    text = """<?xml version="1.0" encoding="utf-8"?>
<DeploymentSettings version="%d.%d">
  <Package name="%s" />
  <Targets source="ActiveDirectory" container="OU=Workstations,DC=corp,DC=local" />
  <RunAs>DeployUser</RunAs>
  <Credentials>
    <UserName>%s</UserName>
    <Password>%s</Password>
  </Credentials>
  <Schedule type="Weekly" day="Tuesday" time="19:00" />
  <Options copyMode="Push" timeoutMinutes="60" retryOffline="true" />
</DeploymentSettings>
""" % (rng.randrange(17, 20), rng.randrange(0, 5), pick(rng, ["Google Chrome Enterprise", "Zoom", "7-Zip", "Dell Command Update"]), user, val)
    return pick(rng, ["PDQ/Deployments/weekly.xml", "deploy/pdq_settings.xml"]), text, "xml"


def t_bat(rng, c, s):
    val = s.r("bat")
    p = c["provider"]
    if p == "sentinelone":
        text = """@echo off
REM %s
REM SentinelOne install - deployed through GPO startup script
set INSTALLER=\\\\fs01\\software$\\SentinelOne\\SentinelOneInstaller_windows_64bit.exe
if exist "C:\\Program Files\\SentinelOne" goto :eof
"%%INSTALLER%%" -t "%s" -q
echo Installed on %%COMPUTERNAME%% >> \\\\fs01\\logs$\\s1_install.log
""" % (hdr_comment(rng, "").strip(), val)
    elif p == "chocolatey":
        text = """@echo off
REM register internal feed for kiosk images
choco source add -n=internal -s="https://%s" -u="%s" -p="%s"
choco install -y kiosk-shell edge-kiosk-config
""" % (c["host"], c.get("user") or "choco", val)
    else:
        text = """@echo off
REM %s connector install (run as admin)
msiexec /i "%%~dp0connector.msi" /qn SERVERURL="https://%s" USERNAME="%s" PASSWORD="%s" /l*v "%%TEMP%%\\connector_install.log"
""" % (p.replace("_", " "), c.get("host") or "localhost", c.get("user") or "svc", val)
    return pick(rng, ["install.cmd", "deploy/install_agent.bat", "GPO/startup_install.cmd"]), text, "batch"


def t_dockerfile(rng, c, s):
    envn = nm(rng, c, "screaming")
    val = s.r("raw") if s.neg else c["secret"]
    if not s.neg and any(ch in val for ch in " \"'$\\"):
        s._sanitize("raw")
        val = c["secret"]
    text = """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV API_BASE=https://%s \\
    %s=%s \\
    PYTHONUNBUFFERED=1
USER 1000
CMD ["python", "-m", "sync", "--loop", "--interval", "900"]
""" % (c.get("host") or "localhost", envn, val)
    return pick(rng, ["Dockerfile", "sync/Dockerfile", "docker/Dockerfile"]), text, "dockerfile"


def t_cwm_python(rng, c, s):
    sec = s.q("py")
    text = '''"""ConnectWise Manage: open a ticket when a device falls out of compliance."""
import base64
import requests

CW_SITE = "https://%s/v4_6_release/apis/3.0"
COMPANY_ID = "%s"
PUBLIC_KEY = "%s"
%s = %s
CLIENT_ID = "%s"

auth = base64.b64encode(f"{COMPANY_ID}+{PUBLIC_KEY}:{%s}".encode()).decode()
HEADERS = {"Authorization": f"Basic {auth}", "clientId": CLIENT_ID, "Content-Type": "application/json"}


def open_ticket(summary, company_identifier, board="Endpoint"):
    body = {"summary": summary, "board": {"name": board}, "company": {"identifier": company_identifier}}
    r = requests.post(f"{CW_SITE}/service/tickets", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
''' % (c["host"], c["company"], s.pub(), nm(rng, c, "screaming"), sec, c["client_id"], nm(rng, c, "screaming"))
    return pick(rng, ["psa/cw_tickets.py", "integrations/connectwise.py"]), text, "python"


def t_slack_json(rng, c, s):
    sec = s.q("json")
    text = """{
  "notifications": {
    "%s": %s,
    "channel": "#%s",
    "notify_on": ["enrollment_failed", "compliance_changed", "wipe_issued"],
    "mention_group": "@endpoint-oncall"
  },
  "thresholds": {"stale_days": %d, "low_disk_gb": %d}
}
""" % (nm(rng, c, "camel"), sec, pick(rng, ["mac-ops", "endpoint-alerts", "it-notifications"]), rng.randrange(14, 60), rng.randrange(5, 30))
    return pick(rng, ["config/notifications.json", "alerts.json"]), text, "json"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes: (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------

def n_jamf_inventory_csv(rng):
    rows = ["Computer Name,Serial Number,UDID,Asset Tag,MAC Address,Model,macOS Version,Last Check-in,Managed"]
    for _ in range(rng.randrange(6, 25)):
        rows.append("%s-%s,%s,%s,%s,%s,\"%s\",%d.%d,%s,%s" % (
            pick(rng, FIRST).capitalize(), pick(rng, ["MBP", "MBA", "iMac"]), apple_serial(rng), udid(rng),
            asset_tag(rng), mac_addr(rng), pick(rng, MAC_MODELS), rng.randrange(13, 16), rng.randrange(0, 7),
            ts(rng), pick(rng, ["true", "true", "false"])))
    return pick(rng, ["exports/jamf_computers_%s.csv" % date(rng), "inventory/macs.csv"]), "\n".join(rows) + "\n", "csv", "jamf_pro", "device_inventory"


def n_intune_devices_json(rng):
    devs = []
    for _ in range(rng.randrange(2, 6)):
        devs.append({"id": uuid4(rng), "deviceName": "%s-%s" % (pick(rng, ["LT", "DESK"]), dell_tag(rng)),
                     "azureADDeviceId": uuid4(rng), "serialNumber": dell_tag(rng) if chance(rng, 0.5) else apple_serial(rng),
                     "imei": imei(rng) if chance(rng, 0.3) else "", "model": pick(rng, WIN_MODELS),
                     "complianceState": pick(rng, ["compliant", "noncompliant", "inGracePeriod"]),
                     "lastSyncDateTime": ts(rng), "userPrincipalName": email(rng),
                     "wiFiMacAddress": mac_addr(rng).replace(":", "").upper(), "isEncrypted": True})
    text = json.dumps({"@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/managedDevices",
                       "value": devs}, indent=2) + "\n"
    return pick(rng, ["exports/intune_devices.json", "fixtures/managedDevices.json"]), text, "json", "microsoft_graph", "device_ids"


def n_pppc_profile(rng):
    tid = team_id(rng)
    app = pick(rng, [("com.crowdstrike.falcon.Agent", "CrowdStrike Falcon"), ("com.sentinelone.sentineld", "SentinelOne"),
                     ("com.jamf.protect.daemon", "Jamf Protect"), ("com.tanium.taniumclient", "Tanium Client")])
    inner = """\t\t<dict>
\t\t\t<key>Services</key>
\t\t\t<dict>
\t\t\t\t<key>SystemPolicyAllFiles</key>
\t\t\t\t<array>
\t\t\t\t\t<dict>
\t\t\t\t\t\t<key>Identifier</key>
\t\t\t\t\t\t<string>%s</string>
\t\t\t\t\t\t<key>IdentifierType</key>
\t\t\t\t\t\t<string>bundleID</string>
\t\t\t\t\t\t<key>CodeRequirement</key>
\t\t\t\t\t\t<string>identifier "%s" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = %s</string>
\t\t\t\t\t\t<key>Allowed</key>
\t\t\t\t\t\t<true/>
\t\t\t\t\t</dict>
\t\t\t\t</array>
\t\t\t</dict>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.apple.TCC.configuration-profile-policy.%s</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.TCC.configuration-profile-policy</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
""" % (app[0], app[0], tid, uuid4(rng, upper=True), uuid4(rng, upper=True))
    text = mobileconfig(rng, "%s PPPC" % app[1], inner, "com.%s.pppc.%s" % (org(rng).replace("-", ""), app[0].split(".")[1]))
    return "profiles/%s-PPPC.mobileconfig" % app[1].replace(" ", ""), text, "mobileconfig", app[1].lower().replace(" ", "_"), "team_id_and_payload_uuids"


def n_mdm_enrollment_profile(rng):
    o = org(rng).replace("-", "")
    topic = "com.apple.mgmt.External.%s" % uuid4(rng)
    inner = """\t\t<dict>
\t\t\t<key>AccessRights</key>
\t\t\t<integer>8191</integer>
\t\t\t<key>CheckInURL</key>
\t\t\t<string>https://%s.jamfcloud.com/mdm/CheckInURL</string>
\t\t\t<key>CheckOutWhenRemoved</key>
\t\t\t<true/>
\t\t\t<key>IdentityCertificateUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>ServerURL</key>
\t\t\t<string>https://%s.jamfcloud.com/mdm/ServerURL</string>
\t\t\t<key>SignMessage</key>
\t\t\t<true/>
\t\t\t<key>Topic</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.apple.mdm.%s</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.mdm</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
""" % (o, uuid4(rng, upper=True), o, topic, uuid4(rng, upper=True), uuid4(rng, upper=True))
    text = mobileconfig(rng, "MDM Profile", inner, "com.%s.mdm" % o)
    return "reference/enrollment/MDM_Profile.mobileconfig", text, "mobileconfig", "jamf_pro", "mdm_push_topic"


def n_apns_notes(rng):
    topic = "com.apple.mgmt.External.%s" % uuid4(rng)
    text = """# APNs certificate renewal (%s)

| field | value |
|---|---|
| Apple ID | mdm-apns@%s.com |
| Topic | `%s` |
| Serial | `%s` |
| SHA-1 fingerprint | `%s` |
| Expires | %s |

1. Download the CSR from %s (Settings > Global > Push Certificates).
2. Upload to https://identity.apple.com/pushcert with the **same** Apple ID.
3. Upload the new `.pem` back; the topic must not change or every device must re-enroll.
""" % (date(rng), org(rng).replace("-", ""), topic, rs(rng, HEXU, 16), ":".join(rs(rng, HEXU, 2) for _ in range(20)),
       date(rng), pick(rng, ["Jamf Pro", "Kandji", "Mosyle", "SimpleMDM", "Workspace ONE"]))
    return pick(rng, ["notes/apns-renewal.md", "docs/apns.md"]), text, "markdown", "apple_mdm", "push_topic_and_fingerprint"


def n_munki_pkginfo(rng):
    app = pick(rng, ["GoogleChrome", "Firefox", "Zoom", "Slack", "Microsoft Teams"])
    ver = "%d.%d.%d" % (rng.randrange(1, 130), rng.randrange(0, 10), rng.randrange(0, 200))
    text = PLIST_HEAD + """<dict>
\t<key>name</key>
\t<string>%s</string>
\t<key>version</key>
\t<string>%s</string>
\t<key>catalogs</key>
\t<array>
\t\t<string>testing</string>
\t</array>
\t<key>installer_item_hash</key>
\t<string>%s</string>
\t<key>installer_item_location</key>
\t<string>apps/%s-%s.dmg</string>
\t<key>installer_item_size</key>
\t<integer>%d</integer>
\t<key>installs</key>
\t<array>
\t\t<dict>
\t\t\t<key>CFBundleIdentifier</key>
\t\t\t<string>com.vendor.%s</string>
\t\t\t<key>path</key>
\t\t\t<string>/Applications/%s.app</string>
\t\t\t<key>type</key>
\t\t\t<string>application</string>
\t\t\t<key>md5checksum</key>
\t\t\t<string>%s</string>
\t\t</dict>
\t</array>
\t<key>unattended_install</key>
\t<true/>
</dict>
</plist>
""" % (app.replace(" ", ""), ver, sha256hex(rng), app.replace(" ", ""), ver, rng.randrange(50000, 900000),
       app.lower().replace(" ", ""), app, rs(rng, HEXL, 32))
    return "munki_repo/pkgsinfo/apps/%s-%s.plist" % (app.replace(" ", ""), ver), text, "plist", "munki", "installer_hash"


def n_autopkg_recipe(rng):
    app = pick(rng, ["Zoom", "Slack", "Docker", "Figma", "Postman"])
    tid = team_id(rng)
    text = """Description: Downloads the latest %s and verifies its code signature.
Identifier: com.github.%s.download.%s
MinimumVersion: '2.3'
Input:
  NAME: %s
  DOWNLOAD_URL: https://downloads.%s.com/mac/latest
Process:
  - Processor: URLDownloader
    Arguments:
      filename: '%%NAME%%.pkg'
      url: '%%DOWNLOAD_URL%%'
  - Processor: EndOfCheckPhase
  - Processor: CodeSignatureVerifier
    Arguments:
      input_path: '%%pathname%%'
      expected_authority_names:
        - 'Developer ID Installer: %s, Inc. (%s)'
        - Developer ID Certification Authority
        - Apple Root CA
  - Processor: FileCreator
    Arguments:
      file_path: '%%RECIPE_CACHE_DIR%%/sha256.txt'
      file_content: %s
""" % (app, pick(rng, FIRST), app, app, app.lower(), app, tid, sha256hex(rng))
    return "recipes/%s/%s.download.recipe.yaml" % (app, app), text, "autopkg-recipe", "autopkg", "code_signature_team_id"


def n_choco_install(rng):
    pkg = pick(rng, ["dell-command-update", "zoom-client", "greenshot", "paint.net"])
    text = """$ErrorActionPreference = 'Stop'
$packageArgs = @{
  packageName    = '%s'
  fileType       = 'msi'
  url64bit       = 'https://downloads.vendor.example/%s/%d.%d/setup-x64.msi'
  checksum64     = '%s'
  checksumType64 = 'sha256'
  silentArgs     = '/qn /norestart'
  validExitCodes = @(0, 3010, 1641)
}
Install-ChocolateyPackage @packageArgs
""" % (pkg, pkg, rng.randrange(1, 9), rng.randrange(0, 20), rs(rng, HEXU, 64))
    return "chocolatey/%s/tools/chocolateyinstall.ps1" % pkg, text, "powershell", "chocolatey", "package_checksum"


def n_autopilot_hash_csv(rng):
    rows = ["Device Serial Number,Windows Product ID,Hardware Hash,Group Tag"]
    for _ in range(rng.randrange(1, 5)):
        blob = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(700, 1100)))).decode()
        rows.append("%s,,%s,%s" % (dell_tag(rng), blob, pick(rng, ["Standard", "Kiosk", "Shared", ""])))
    return pick(rng, ["autopilot/hwids/AutopilotHWID_%s.csv" % date(rng), "autopilot/hashes.csv"]), "\n".join(rows) + "\n", "csv", "windows_autopilot", "hardware_hash"


def n_bitlocker_status_ps(rng):
    text = """# Detection script: report BitLocker protectors without exposing recovery passwords
$vol = Get-BitLockerVolume -MountPoint $env:SystemDrive
$protectors = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'
if (-not $protectors) { Write-Output 'No recovery password protector'; exit 1 }
foreach ($p in $protectors) {
    # only the protector ID is logged; it is used to look the key up in Entra ID
    Write-Output "Protector $($p.KeyProtectorId)"
    BackupToAAD-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId $p.KeyProtectorId | Out-Null
}
# example output from a test VM:
# Protector {%s}
exit 0
""" % uuid4(rng, upper=True)
    return pick(rng, ["Intune/Remediations/BitLocker/detect.ps1", "remediations/bitlocker_escrow.ps1"]), text, "powershell", "bitlocker", "key_protector_id"


def n_filevault_ea(rng):
    text = """#!/bin/zsh
# Jamf extension attribute: FileVault status and whether the PRK is escrowed
status=$(/usr/bin/fdesetup status)
if [[ "$status" == *"FileVault is On."* ]]; then
  if [[ -f /var/db/FileVaultPRK.dat ]]; then
    echo "<result>On - PRK escrow pending</result>"
  else
    echo "<result>On</result>"
  fi
else
  echo "<result>Off</result>"
fi
# `fdesetup validaterecovery` prompts interactively; never pass a key on the command line
"""
    return pick(rng, ["extension-attributes/filevault_status.zsh", "EAs/FileVault_PRK_Escrow.sh"]), text, "zsh", "filevault", "status_script"


def n_graph_cert_ps(rng):
    thumb = rs(rng, HEXU, 40)
    text = """# Connects to Graph with a certificate from the machine store (no client secret in the script)
$TenantId = '%s'
$ClientId = '%s'
$Thumbprint = '%s'
Connect-MgGraph -TenantId $TenantId -ClientId $ClientId -CertificateThumbprint $Thumbprint -NoWelcome
Get-MgDeviceManagementManagedDevice -Filter "operatingSystem eq 'macOS'" -All |
    Select-Object DeviceName, SerialNumber, ComplianceState |
    Export-Csv -Path .\\macs.csv -NoTypeInformation
""" % (uuid4(rng), uuid4(rng), thumb)
    return pick(rng, ["scripts/Graph/Export-Macs.ps1", "Graph/Connect-Cert.ps1"]), text, "powershell", "microsoft_graph", "certificate_thumbprint"


def n_fleet_default_yaml(rng):
    text = """# fleet/default.yml - global settings (secrets come from the CI environment)
org_settings:
  server_settings:
    server_url: https://fleet.%s.com
  org_info:
    org_name: %s
  secrets:
    - secret: $FLEET_GLOBAL_ENROLL_SECRET
  mdm:
    apple_business_manager:
      - organization_name: %s
        macos_team: Workstations
agent_options:
  path: lib/agent-options.yml
controls:
  macos_settings:
    custom_settings:
      - path: lib/macos/filevault.mobileconfig
  enable_disk_encryption: true
policies:
  - path: lib/policies/macos-baseline.yml
""" % (org(rng).replace("-", ""), org(rng).title(), org(rng).title())
    return "fleet/default.yml", text, "yaml", "fleet", "env_reference"


def n_osquery_pack(rng):
    text = json.dumps({"platform": "darwin", "queries": {
        "launchd_hashes": {"query": "SELECT l.path, h.sha256 FROM launchd l JOIN hash h USING (path);", "interval": 3600,
                           "description": "Hashes of launchd plists"},
        "known_bad_hash": {"query": "SELECT * FROM hash WHERE directory='/Applications' AND sha256='%s';" % sha256hex(rng),
                           "interval": 86400, "description": "IOC sweep from TI feed"},
        "keychain_items": {"query": "SELECT label, created FROM keychain_items;", "interval": 86400}}}, indent=2) + "\n"
    return "osquery/packs/macos-hunting.conf", text, "json", "osquery", "ioc_hash"


def n_tf_variables(rng):
    text = """variable "jamfpro_client_id" {
  type        = string
  description = "Jamf Pro API client ID (public identifier)"
}

variable "jamfpro_client_secret" {
  type        = string
  sensitive   = true
  description = "Set via TF_VAR_jamfpro_client_secret in the pipeline"
}

variable "falcon_client_secret" {
  type      = string
  sensitive = true
}

variable "smart_group_ids" {
  type    = list(number)
  default = [%d, %d]
}
""" % (rng.randrange(1, 300), rng.randrange(1, 300))
    return "terraform/variables.tf", text, "terraform", "jamf_pro", "variable_declaration"


def n_falcon_cid_install(rng):
    cid = rs(rng, HEXU, 32) + "-" + rs(rng, HEXU, 2)
    text = """#!/bin/bash
# Falcon sensor install - license with the customer ID (CCID); API credentials are NOT needed here
PKG="/private/tmp/FalconSensorMacOS.MaverickGyr.pkg"
/usr/sbin/installer -verboseR -pkg "$PKG" -target /
/Applications/Falcon.app/Contents/Resources/falconctl license %s
/Applications/Falcon.app/Contents/Resources/falconctl stats agent_info | head -n 5
""" % cid
    return pick(rng, ["scripts/jamf/install_falcon.sh", "policies/falcon_sensor.sh"]), text, "bash", "crowdstrike", "customer_id"


def n_kandji_blueprint_notes(rng):
    o = org(rng)
    text = """# Kandji blueprints

| Blueprint | ID | Enrollment URL |
|---|---|---|
""" + "".join("| %s | `%s` | https://%s.kandji.io/app/v1/%s |\n" % (b, uuid4(rng), o, pick(rng, ["enroll", "blueprints"]))
              for b in rng.sample(["Staff Macs", "Engineering", "Kiosk iPads", "Loaners", "Executives", "Lab"], 4)) + """
API calls use the token stored in 1Password ("Kandji API - read only"); never paste it here.
Tenant API host: `%s.api.kandji.io`
""" % o
    return "notes/kandji-blueprints.md", text, "markdown", "kandji", "blueprint_ids"


def n_ws1_groups_json(rng):
    groups = [{"Id": {"Value": rng.randrange(500, 9000)}, "GroupId": pick(rng, ["corp", "emea-staff", "kiosk", "byod"]) + str(rng.randrange(10, 99)),
               "Uuid": uuid4(rng), "LocationGroupType": pick(rng, ["Container", "Customer"]), "Devices": rng.randrange(0, 4000)}
              for _ in range(rng.randrange(2, 6))]
    return "exports/ws1_organization_groups.json", json.dumps({"LocationGroups": groups, "Page": 0, "PageSize": 500}, indent=2) + "\n", "json", "workspace_one", "group_ids"


def n_app_config_plist(rng):
    text = PLIST_HEAD + """<dict>
\t<key>userEmail</key>
\t<string>$EMAIL</string>
\t<key>deviceSerial</key>
\t<string>$SERIALNUMBER</string>
\t<key>deviceUDID</key>
\t<string>$UDID</string>
\t<key>managedUsername</key>
\t<string>$USERNAME</string>
\t<key>tenantID</key>
\t<string>%s</string>
\t<key>IntuneMAMUPN</key>
\t<string>{{userprincipalname}}</string>
</dict>
</plist>
""" % uuid4(rng)
    return pick(rng, ["app-config/outlook_ios.plist", "managed-app-config/appconfig.plist"]), text, "plist", "jamf_pro", "mdm_variables"


def n_munki_manifest(rng):
    apps = rng.sample(["GoogleChrome", "Firefox", "Zoom", "Slack", "MicrosoftWord", "MicrosoftExcel", "1Password8", "VLC", "Rectangle"], 5)
    text = PLIST_HEAD + "<dict>\n\t<key>catalogs</key>\n\t<array>\n\t\t<string>production</string>\n\t</array>\n\t<key>included_manifests</key>\n\t<array>\n\t\t<string>site_default</string>\n\t</array>\n\t<key>managed_installs</key>\n\t<array>\n" + \
        "".join("\t\t<string>%s</string>\n" % a for a in apps) + "\t</array>\n\t<key>display_name</key>\n\t<string>%s</string>\n\t<key>serial_number</key>\n\t<string>%s</string>\n</dict>\n</plist>\n" % (
            pick(rng, FIRST).capitalize() + "'s MacBook", apple_serial(rng))
    return "munki_repo/manifests/%s" % apple_serial(rng), text, "plist", "munki", "serial_manifest"


def n_jamf_log(rng):
    lines = []
    for _ in range(rng.randrange(8, 20)):
        lines.append("%s %s jamf[%d]: %s" % (pick(rng, ["Mon", "Tue", "Wed", "Thu", "Fri"]), "%02d:%02d:%02d" % (rng.randrange(24), rng.randrange(60), rng.randrange(60)),
                                             rng.randrange(1000, 99999), pick(rng, [
                                                 "Checking for policies triggered by \"recurring check-in\" for user \"%s\"..." % pick(rng, FIRST),
                                                 "Executing Policy Install %s..." % pick(rng, ["Zoom", "Chrome", "Office"]),
                                                 "Verifying package integrity... SHA-512 %s" % rs(rng, HEXL, 32),
                                                 "Submitting log to https://%s.jamfcloud.com/" % org(rng),
                                                 "Running script %s.sh with parameters: $4=\"\" $5=\"\"" % pick(rng, ["rename", "dock", "wallpaper"]),
                                                 "Upgrading jamf binary... done",
                                                 "Inventory update - device UDID %s" % udid(rng)])))
    return pick(rng, ["logs/jamf.log", "troubleshooting/jamf_%s.log" % apple_serial(rng)]), "\n".join(lines) + "\n", "log", "jamf_pro", "log_with_ids"


def n_laps_policy_json(rng):
    text = json.dumps({"@odata.type": "#microsoft.graph.deviceManagementConfigurationPolicy",
                       "name": "Windows LAPS - %s" % pick(rng, SITES), "platforms": "windows10", "technologies": "mdm",
                       "settings": [{"settingDefinitionId": "device_vendor_msft_laps_policies_backupdirectory", "value": "1"},
                                    {"settingDefinitionId": "device_vendor_msft_laps_policies_passwordagedays", "value": str(pick(rng, [7, 14, 30]))},
                                    {"settingDefinitionId": "device_vendor_msft_laps_policies_passwordcomplexity", "value": "4"},
                                    {"settingDefinitionId": "device_vendor_msft_laps_policies_passwordlength", "value": str(pick(rng, [14, 16, 20]))},
                                    {"settingDefinitionId": "device_vendor_msft_laps_policies_administratoraccountname", "value": "LocalAdmin"}],
                       "id": uuid4(rng)}, indent=2) + "\n"
    return "intune/policies/windows-laps.json", text, "json", "windows_laps", "policy_settings"


def n_scep_profile(rng):
    o = org(rng).replace("-", "")
    inner = """\t\t<dict>
\t\t\t<key>PayloadContent</key>
\t\t\t<dict>
\t\t\t\t<key>URL</key>
\t\t\t\t<string>https://ndes.%s.com/certsrv/mscep/mscep.dll</string>
\t\t\t\t<key>Challenge</key>
\t\t\t\t<string>$PROFILE_IDENTIFIER</string>
\t\t\t\t<key>Subject</key>
\t\t\t\t<array><array><array><string>CN</string><string>$SERIALNUMBER</string></array></array></array>
\t\t\t\t<key>Keysize</key>
\t\t\t\t<integer>2048</integer>
\t\t\t</dict>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.apple.security.scep.%s</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.security.scep</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>%s</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
""" % (o, uuid4(rng, upper=True), uuid4(rng, upper=True))
    return "profiles/SCEP-Device-Identity.mobileconfig", mobileconfig(rng, "Device identity (SCEP)", inner, "com.%s.scep" % o), "mobileconfig", "jamf_pro", "mdm_variables"


def n_datto_doc_example(rng):
    plat = pick(rng, ["merlot", "pinotage", "concord"])
    text = """# Datto RMM API - authorisation code flow notes
# The OAuth client below is the public client Datto documents for the API; the user's
# API key/secret are exchanged separately and live in the vault.
DATTO_PLATFORM=%s
DATTO_OAUTH_URL=https://%s-api.centrastage.net/auth/oauth/token
DATTO_OAUTH_CLIENT_ID=public-client
DATTO_OAUTH_CLIENT_SECRET=public
""" % (plat, plat)
    return pick(rng, ["docs/datto-oauth.env.example", "notes/datto_rmm.env.sample"]), text, "dotenv", "datto_rmm", "documentation_example"


def n_zero_touch_yaml(rng):
    rows = "".join("  - serial: %s\n    asset_tag: %s\n    user: %s\n    site: %s\n" % (apple_serial(rng), asset_tag(rng), email(rng), pick(rng, SITES))
                   for _ in range(rng.randrange(3, 8)))
    text = "# Zero-touch assignments imported into the MDM before shipping\nassignments:\n" + rows
    return "zero-touch/assignments.yml", text, "yaml", "apple_business_manager", "serial_assignments"


NEG_DOMAIN = [n_jamf_inventory_csv, n_intune_devices_json, n_pppc_profile, n_mdm_enrollment_profile, n_apns_notes,
              n_munki_pkginfo, n_autopkg_recipe, n_choco_install, n_autopilot_hash_csv, n_bitlocker_status_ps,
              n_filevault_ea, n_graph_cert_ps, n_fleet_default_yaml, n_osquery_pack, n_tf_variables,
              n_falcon_cid_install, n_kandji_blueprint_notes, n_ws1_groups_json, n_app_config_plist,
              n_munki_manifest, n_jamf_log, n_laps_policy_json, n_scep_profile, n_datto_doc_example,
              n_zero_touch_yaml]


# ---------------------------------------------------------------------------
# template registry: (fn, categories, providers or None, needs_header)
# ---------------------------------------------------------------------------

HDR_PROVS = sorted(API_PATHS.keys())
GENERIC = ["oauth", "token", "password"]

POS_TEMPLATES = [
    (t_jamf_oauth_zsh, ["oauth"], ["jamf_pro"], False),
    (t_basic_auth_sh, ["password"], ["jamf_pro", "workspace_one", "ivanti_mobileiron", "connectwise_automate", "mosyle", "munki", "chocolatey"], False),
    (t_api_header_curl, ["token", "header"], HDR_PROVS, True),
    (t_slack_notify_sh, ["webhook"], None, False),
    (t_mac_admin_pw_sh, ["recovery"], ["macos_laps"], False),
    (t_fleetctl_package_sh, ["enroll"], ["fleet"], False),
    (t_munki_bootstrap_sh, ["header"], ["munki"], False),
    (t_autopkg_token_sh, ["token"], ["github"], False),
    (t_s1_mac_install_sh, ["enroll"], ["sentinelone"], False),
    (t_osquery_install_sh, ["enroll"], ["osquery", "fleet"], False),
    (t_graph_remediation_ps, ["oauth"], ["microsoft_graph"], False),
    (t_autopilot_upload_ps, ["oauth"], ["microsoft_graph"], False),
    (t_ps_api_headers, ["token", "header"], HDR_PROVS, True),
    (t_ps_oauth_generic, ["oauth"], ["ninjaone", "crowdstrike", "datto_rmm", "addigy", "jamf_protect", "workspace_one", "jamf_pro"], False),
    (t_ps_laps_set, ["recovery"], ["windows_laps"], False),
    (t_ps_bitlocker_unlock, ["recovery"], ["bitlocker"], False),
    (t_choco_ps, ["token", "password"], ["chocolatey"], False),
    (t_ps_credential, ["password"], ["pdq", "connectwise_automate", "ivanti_mobileiron", "workspace_one"], False),
    (t_jamf_connect_profile, ["oauth"], ["jamf_connect"], False),
    (t_munki_prefs_plist, ["header"], ["munki"], False),
    (t_munki_s3_plist, ["aws"], None, False),
    (t_autopkg_prefs_plist, ["oauth", "password"], ["jamf_pro"], False),
    (t_custom_settings_profile, ["token"], ["kandji", "simplemdm", "hexnode", "mosyle", "addigy", "tanium", "sentinelone", "fleet", "n_able", "kaseya_vsa", "workspace_one"], False),
    (t_launchd_plist, ["token", "webhook"], None, False),
    (t_fleet_gitops_yaml, ["enroll"], ["fleet"], False),
    (t_gh_workflow, ["oauth", "token", "password", "webhook"], None, False),
    (t_config_yaml, GENERIC, None, False),
    (t_compose, ["password", "token", "webhook"], None, False),
    (t_recipe_override_yaml, ["oauth", "password"], ["jamf_pro"], False),
    (t_osquery_secret_file, ["enroll"], ["osquery", "fleet"], False),
    (t_osquery_flagfile, ["enroll"], ["osquery", "fleet"], False),
    (t_py_oauth, ["oauth"], ["jamf_pro", "jamf_protect", "ninjaone", "crowdstrike", "addigy", "workspace_one", "microsoft_graph"], False),
    (t_py_token_header, ["token", "header"], HDR_PROVS, True),
    (t_py_positional_client, ["oauth"], ["crowdstrike", "jamf_pro", "ninjaone", "addigy", "workspace_one", "jamf_protect"], False),
    (t_py_settings, ["password", "token"], None, False),
    (t_py_boto3, ["aws"], None, False),
    (t_tf_provider, ["oauth"], ["jamf_pro", "crowdstrike", "microsoft_graph"], False),
    (t_tfvars, GENERIC, None, False),
    (t_recovery_csv, ["recovery"], None, False),
    (t_dotenv, GENERIC + ["aws", "webhook", "enroll"], None, False),
    (t_json_config, GENERIC + ["aws"], None, False),
    (t_vscode_rest, ["token", "header"], HDR_PROVS, True),
    (t_runbook_md, ["recovery", "token"], None, True),
    (t_ini, GENERIC, None, False),
    (t_properties, GENERIC, None, False),
    (t_toml, GENERIC, None, False),
    (t_pdq_xml, ["password"], ["pdq", "connectwise_automate"], False),
    (t_bat, ["enroll", "password"], ["sentinelone", "chocolatey", "ivanti_mobileiron", "connectwise_automate"], False),
    (t_dockerfile, ["token", "oauth", "webhook"], None, False),
    (t_cwm_python, ["oauth"], ["connectwise_manage"], False),
    (t_slack_json, ["webhook"], None, False),
]

NO_HEADER_KINDS = ("nsight_api_key",)
NO_HEADER_PROVS = ("kaseya_vsa",)


def compatible(tpl, c):
    fn, cats, provs, needs_header = tpl
    if c["cat"] not in cats:
        return False
    if provs is not None and c["provider"] not in provs:
        return False
    if needs_header and c["cat"] != "recovery":
        if (c["provider"] not in API_PATHS or c["kind"] in NO_HEADER_KINDS
                or c["provider"] in NO_HEADER_PROVS):
            return False
    if fn is t_runbook_md and c["cat"] == "token" and c["provider"] not in API_PATHS:
        return False
    if fn is t_autopkg_prefs_plist and c["kind"] == "bearer_token":
        return False
    return True


def weighted_cycle(rng, n):
    pool = []
    for f, w in CRED_FACTORIES:
        pool += [f] * w
    out = []
    while len(out) < n:
        batch = pool[:]
        rng.shuffle(batch)
        out += batch
    return out[:n]


def choose_template(rng, c, usage):
    cands = [t for t in POS_TEMPLATES if compatible(t, c)]
    if not cands:
        raise RuntimeError("no template for %s/%s" % (c["provider"], c["kind"]))
    low = min(usage.get(t[0].__name__, 0) for t in cands)
    best = [t for t in cands if usage.get(t[0].__name__, 0) <= low + 1]
    t = pick(rng, best)
    usage[t[0].__name__] = usage.get(t[0].__name__, 0) + 1
    return t


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return -1
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ds.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    usage = {}

    # positives
    factories = weighted_cycle(rng, 500)
    for i, fac in enumerate(factories):
        for _attempt in range(20):
            c = fac(rng)
            c["obvious"] = (i % 2 == 0)
            tpl = choose_template(rng, c, usage)
            s = Slot(rng, c, neg=False)
            rel, text, ft = tpl[0](rng, c, s)
            needle = c["secret"]
            ln = line_of(text, needle)
            if ln > 0:
                break
        else:
            raise RuntimeError("needle missing for %s" % c["kind"])
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": c["provider"], "kind": c["kind"], "filetype": ft})
        secrets.append({"file": fid, "needle": needle, "line": ln})

    # negatives: half re-used positive templates with a filler, half domain look-alikes
    nusage = {}
    factories = weighted_cycle(rng, 250)
    neg_items = []
    for fac in factories:
        c = fac(rng)
        c["obvious"] = chance(rng, 0.5)
        tpl = choose_template(rng, c, nusage)
        s = Slot(rng, c, neg=True)
        rel, text, ft = tpl[0](rng, c, s)
        neg_items.append((rel, text, ft, c["provider"], s.kind or "placeholder"))
    dom = []
    while len(dom) < 250:
        order = NEG_DOMAIN[:]
        rng.shuffle(order)
        dom += order
    for fn in dom[:250]:
        neg_items.append(fn(rng))
    rng.shuffle(neg_items)
    for i, (rel, text, ft, prov, kind) in enumerate(neg_items):
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for m in secrets:
            fh.write(json.dumps(m, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
