#!/usr/bin/env python3
"""Blind evaluation-set generator "bm" for a git pre-commit secret scanner.

EMPHASIS
    Web hosting control panels, VPS automation and self-hosted PaaS:
    cPanel/WHM API tokens, Plesk secret keys, DirectAdmin login keys,
    ISPConfig remote users, Webmin/Virtualmin, CyberPanel, HestiaCP,
    Cloudways, RunCloud, Laravel Forge / Envoyer, Ploi, ServerPilot,
    SpinupWP, GridPane, Coolify, CapRover, Dokku, Dokploy, Portainer,
    Kamal, Deployer, Capistrano, Ansistrano, Envoy; hosting APIs (Hetzner
    Cloud/Robot/DNS, DigitalOcean, Linode, Vultr, OVH, Scaleway, UpCloud,
    Contabo, Kinsta, WP Engine, Pantheon, Platform.sh, Acquia) and FTP/SFTP
    deploy credentials (FTP-Deploy-Action, .ftpconfig, sftp-config.json,
    .vscode/sftp.json, WinSCP.ini, FileZilla sitemanager.xml).

USAGE
    python3 gen_bm.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 positives) and
    OUTDIR/neg/nNNNN/<relative path> (500 negatives), one file per directory,
    plus OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    and  OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only).
    Deterministic per SEED: all randomness comes from random.Random(SEED).
    Standard library only.  A self-check runs at the end.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, without
      surrounding quotes; line = 1-based line of its first occurrence.
    * Credential pairs (id + secret): the needle is the secret half only; the
      identifier half (OVH application key, Hestia access-key id, ServerPilot
      client id, Acquia key UUID, Scaleway SCW... access key, Spaces key id,
      Contabo client id, usernames) is present as context, not as a needle.
    * OVH: a file carries either the application secret (AK+AS literal, CK from
      the environment / requested at run time) or the consumer key (AK+CK
      literal, AS from the environment) - never both.
    * Private keys: the needle is the "-----BEGIN ... PRIVATE KEY-----" line.
    * Composite tokens (Coolify/Sanctum "id|secret", URLs with ?token=) - the
      needle is the whole token as a client would paste it ("12|abc...").
      For deploy-hook URLs the needle is the token path/query component only.
    * FileZilla <Pass encoding="base64">: needle is the base64 text.
      WinSCP Password=: needle is the obfuscated hex string.
      Basic-auth in URLs (https://user:PASS@host): needle is PASS.
    * Human passwords (FTP/SFTP/panel/db) look like real human choices.

DOUBTS (formats I am not sure of)
    * DirectAdmin login keys: user-chosen or generated; I use 64 alnum chars
      (the panel's "random" button output as I remember it).
    * HestiaCP access keys: I use a 20-char upper-alnum access key id and a
      40-char alnum secret; the legacy API "hash" as 32 alnum chars.
    * Cloudways API key (30 alnum), RunCloud key/secret (40/64 alnum),
      SpinupWP (40 alnum), Kinsta (64 hex), Dokploy (64 letters, better-auth
      default), UpCloud "ucat_" + 32 alnum body (prefix documented, body
      length/alphabet guessed), Pantheon machine tokens and Platform.sh API
      tokens (43 chars url-safe), Contabo client secret (32 alnum),
      ServerPilot API key (43 alnum): lengths/alphabets are from memory.
    * Ploi: the docs' sample token is alnum (truncated); I emit a long alnum
      token. Forge, Envoyer and GridPane are modelled as Laravel Passport
      RS256 JWTs (header/payload real JSON, signature random).
    * Coolify: Laravel Sanctum "id|40 chars + crc32b" (Sanctum 4 layout).
    * Portainer: "ptr_" + std base64 of 32 random bytes (44 chars, '=').
    * Plesk secret keys: random hex in UUID layout (8-4-4-4-12, not v4),
      as in the docs' example; older 32-hex keys also emitted.
    * Vultr: 36 uppercase alnum. Linode: 64 hex. Hetzner Cloud: 64 alnum.
      Hetzner DNS: 32 alnum. DigitalOcean: dop_v1_/doo_v1_ + 64 hex.
    * OVH application key is an identifier; negatives where only the AK is
      literal (AS/CK from env) are labelled negative - debatable.
    * bcrypt/apr1 hashes (Traefik basic auth, Portainer --admin-password) and
      Ansible-vault / SOPS ciphertext are labelled negative.
    * CapRover's documented default password "captain42" is a negative.
    * Key-id halves that resemble credentials on their own (Spaces "DO00...",
      Scaleway "SCW...", Hestia access-key id) never appear literally in
      negatives; ServerPilot "cid_..." client ids and OVH AKs do.
    * WinSCP obfuscation re-implemented from memory of the open-source
      algorithm (flag 0xFF, magic 0xA3, key = user+host); JetBrains files
      are negatives only (they keep passwords in the OS keychain).

LAYOUT
    ~55% of positives come from generic renderers (17 file types x ~50
    provider specs, ~45% of them under provider-neutral names such as
    TOKEN / AUTH / SECRET or a provider-named block holding `token:`),
    ~45% from tool-specific templates (FTP-Deploy-Action, .ftpconfig,
    sftp-config.json, .vscode/sftp.json, WinSCP.ini, sitemanager.xml,
    .kamal/secrets, wp-config.php, wp-cli.yml, ovh.conf, CLI configs,
    Dokku, deploy hooks, SSH keys in CI, SSH passwords).
    Negatives: env references in each file type's syntax, placeholders,
    masked values, tool files without stored passwords, ciphertext (SOPS,
    ansible-vault, Rails credentials), hashes/digests, public keys and
    fingerprints, resource ids, documented defaults, publishable keys.
"""
import base64
import hashlib
import json
import os
import random
import string
import struct
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = DI + UP + LO
UPNUM = UP + DI
HEX = "0123456789abcdef"
B62 = DI + UP + LO          # GitHub/npm checksum alphabet
URLSAFE = ALNUM + "-_"
B64 = UP + LO + DI + "+/"


def _bad(s):
    """Reject strings containing obvious sequences / repeats."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = low[i:i + 4]
        if a == b == c == d:
            return True
        if ord(b) - ord(a) == 1 and ord(c) - ord(b) == 1 and ord(d) - ord(c) == 1:
            return True
    for w in ("abcd", "1234", "xxxx", "test", "pass", "demo", "fake", "dummy", "secret", "token", "sample"):
        if w in low:
            return True
    return False


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---------- primitives
    def rs(self, n, alpha=ALNUM):
        while True:
            s = "".join(self.r.choice(alpha) for _ in range(n))
            if not _bad(s) and (alpha != ALNUM or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s))):
                return s

    def hex(self, n):
        return self.rs(n, HEX)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def randbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def uuid4(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def uuid_layout(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes):
        while True:
            s = base64.b64encode(self.randbytes(nbytes)).decode()
            if not _bad(s):
                return s

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.randbytes(nbytes)).decode().rstrip("=")

    # ---------- context values
    def ip(self):
        first = self.pick([5, 23, 37, 45, 46, 49, 51, 57, 65, 78, 88, 91, 94, 95, 116, 128, 135, 138, 139, 142, 146, 157, 159, 161, 164, 167, 168, 172, 176, 178, 185, 188, 195, 209, 213])
        return f"{first}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}"

    def word(self):
        return self.pick(WORDS)

    def domain(self):
        a = self.pick(BRANDS)
        return f"{a}{self.pick(['', '-' + self.word(), ''])}.{self.pick(TLDS)}"

    def host(self, dom=None):
        dom = dom or self.domain()
        return f"{self.pick(['www', 'staging', 'web1', 'app', 'prod', 'srv2', 'vps', 'node3', 'cp', 'panel'])}.{dom}"

    def user(self):
        return self.pick(["deploy", "forge", "ploi", "runcloud", "serverpilot", "ubuntu", "admin", "www-data", "webmaster", "sysadmin", "ops", self.pick(FIRST).lower()])

    def cpuser(self, dom=None):
        base = (dom or self.domain()).split(".")[0].replace("-", "")
        return base[:8] + (str(self.r.randint(1, 9)) if self.chance(0.3) else "")

    def email(self, dom=None):
        return f"{self.pick(FIRST).lower()}{self.pick(['', '.', '_'])}{self.pick(LAST).lower()}@{dom or self.domain()}"

    def date(self):
        return f"20{self.r.randint(21, 25)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def human_pw(self):
        r = self.r
        f = r.randint(0, 7)
        if f == 0:
            s = f"{self.pick(FIRST)}{self.pick('.-_!')}{r.randint(1968, 2004)}{self.pick(WORDS)}"
        elif f == 1:
            s = f"{self.pick(WORDS).capitalize()}{r.randint(10, 99)}{self.pick('!#$%&*?')}"
        elif f == 2:
            w = self.pick(WORDS).capitalize()
            leet = w.translate(str.maketrans({'o': '0', 'a': '4', 'e': '3', 'i': '1', 's': '5'}))
            s = f"{leet}{self.pick('&@#!')}{r.randint(2, 99)}"
        elif f == 3:
            s = f"{self.pick(WORDS)}{self.pick(WORDS).capitalize()}_{r.randint(1990, 2025)}"
        elif f == 4:
            s = f"{self.pick(CITIES)}{self.pick('#!.*')}{self.pick(WORDS)}{r.randint(1, 99)}"
        elif f == 5:
            s = f"{self.pick(FIRST).lower()}{self.pick(LAST)}{r.randint(1, 31):02d}{r.randint(1, 12):02d}"
        elif f == 6:
            s = f"{self.pick(WORDS).capitalize()}{self.pick(['.', '-', ''])}{self.pick(WORDS).capitalize()}{r.randint(100, 999)}{self.pick('!?')}"
        else:
            s = f"{self.pick(FIRST)}{self.pick('@#')}{self.pick(BRANDS).capitalize()}{r.randint(2015, 2025)}"
        if "password" in s.lower() or "123" in s:
            return self.human_pw()
        return s

    # ---------- token formats
    def gh_token(self, prefix="ghp_"):
        body = self.rs(30)
        c = zlib.crc32(body.encode()) & 0xffffffff
        enc = ""
        while c:
            c, m = divmod(c, 62)
            enc = B62[m] + enc
        return prefix + body + enc.rjust(6, "0")

    def dockerhub_pat(self):
        return "dckr_pat_" + self.rs(27, URLSAFE)

    def sanctum(self):
        body = self.rs(40)
        return f"{self.r.randint(2, 480)}|{body}{zlib.crc32(body.encode()) & 0xffffffff:08x}"

    def passport_jwt(self):
        hdr = {"typ": "JWT", "alg": "RS256"}
        iat = self.r.randint(1640000000, 1760000000)
        pl = {"aud": str(self.r.randint(1, 9)), "jti": self.hex(80), "iat": float(f"{iat}.{self.r.randint(100000, 999999)}"),
              "nbf": float(f"{iat}.{self.r.randint(100000, 999999)}"), "exp": float(f"{iat + 31536000 * self.r.randint(1, 5)}.{self.r.randint(100000, 999999)}"),
              "sub": str(self.r.randint(1000, 250000)), "scopes": []}
        e = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return e(hdr) + "." + e(pl) + "." + self.b64url(self.pick([256, 512]))

    def portainer(self):
        return "ptr_" + self.b64(32)

    def winscp(self, pw, user, host):
        MAGIC, FLAG = 0xA3, 0xFF

        def enc(ch):
            ch = (~ch ^ MAGIC) & 0xFF
            return "0123456789ABCDEF"[ch >> 4] + "0123456789ABCDEF"[ch & 15]
        data = (user + host + pw).encode()
        shift = self.r.randrange(50 - len(data)) if len(data) < 50 else 0
        out = enc(FLAG) + enc(0) + enc(len(data)) + enc(shift)
        out += "".join(enc(self.r.randrange(256)) for _ in range(shift))
        out += "".join(enc(b) for b in data)
        while len(out) < 100:
            out += enc(self.r.randrange(256))
        return out

    def rsa_pem(self):
        body = base64.b64encode(bytes.fromhex("308204a40201000282010100") + self.randbytes(1180)).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return ["-----BEGIN RSA PRIVATE KEY-----"] + lines[:25] + ["-----END RSA PRIVATE KEY-----"]

    def openssh_key(self, comment):
        def sstr(b):
            return struct.pack(">I", len(b)) + b
        pub = self.randbytes(32)
        pubblob = sstr(b"ssh-ed25519") + sstr(pub)
        chk = self.randbytes(4)
        priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pub) + sstr(self.randbytes(32) + pub) + sstr(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pubblob) + sstr(priv)
        body = base64.b64encode(blob).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [body[i:i + 70] for i in range(0, len(body), 70)] + ["-----END OPENSSH PRIVATE KEY-----"]

    def ssh_key(self, comment="deploy@ci"):
        return self.openssh_key(comment) if self.chance(0.7) else self.rsa_pem()

    def ed25519_pub(self, comment):
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.randbytes(32)
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(self.randbytes(32)).decode().rstrip("=")

    def bcrypt(self):
        return "$2y$" + self.pick(["05", "10", "12"]) + "$" + self.rs(53, ALNUM + "./")


WORDS = ["winter", "falcon", "harbor", "maple", "copper", "thunder", "river", "sunset", "pepper", "orchid", "garnet", "meadow",
         "tiger", "willow", "summer", "lantern", "biscuit", "panda", "cobalt", "violet", "rocket", "monkey", "dragon", "coffee",
         "mango", "forest", "silver", "shadow", "ocean", "lemon", "cherry", "guitar", "canyon", "saturn", "marble", "velvet",
         "bamboo", "spruce", "kestrel", "juniper", "tundra", "glacier", "pixel", "hazel", "nimbus", "pirate", "quartz", "raven"]
FIRST = ["Marek", "Anna", "Jonas", "Kasia", "Pieter", "Lucia", "Tomasz", "Emma", "Ravi", "Sofia", "Mateo", "Olga", "Lars",
         "Nadia", "Hugo", "Ines", "Bartek", "Chloe", "Diego", "Freya", "Jakub", "Leonie", "Milan", "Yuki", "Omar", "Greta"]
LAST = ["Nowak", "Jansen", "Schmidt", "Rossi", "Kowalski", "Dubois", "Silva", "Novak", "Berg", "Moreau", "Horvat", "Fischer",
        "Costa", "Lindqvist", "Petrov", "Garcia", "Meyer", "Varga"]
CITIES = ["Gdansk", "Lisbon", "Bergen", "Porto", "Krakow", "Utrecht", "Leipzig", "Bilbao", "Tartu", "Brno", "Malmo", "Ghent"]
BRANDS = ["acmebakery", "studionord", "kwiaciarnia", "blueharbor", "fjordtravel", "vinopiu", "hausmeister", "pixelforge",
          "greenleafdental", "atelierlumiere", "nordicbikes", "casabella", "tandemlabs", "oakridgelaw", "sunnysidecafe",
          "brightpath", "meridianhotel", "kitchenwerk", "alpinepro", "urbanyoga", "rivertonschool", "petcarevet",
          "lumenphoto", "copperkettle", "zielonyogrod", "maisondupain", "trailheadgear", "bayviewdental"]
TLDS = ["com", "de", "pl", "nl", "co.uk", "fr", "it", "es", "io", "eu", "se", "cz", "at", "ch", "net", "shop"]


# =====================================================================
# Provider specs for the generic renderers.
#   gen(g, c) -> secret value; ctx(g) -> dict of context (non-secret);
#   api(c, ref) -> shell lines using the credential reference `ref`;
#   ctxenv(c) -> [(NAME, value)] extra non-secret env assignments.
# =====================================================================
def _c_host(g, pfx=None):
    d = g.domain()
    return {"dom": d, "host": (pfx + "." + d) if pfx else g.host(d), "ip": g.ip()}


def c_cpanel(g):
    c = _c_host(g, g.pick(["cpanel", "server", "host", "cp"]))
    c["user"] = g.cpuser(c["dom"])
    return c


SPECS = []


def spec(**kw):
    kw.setdefault("ctxenv", lambda c: [])
    kw.setdefault("tf", None)
    if "api2" in kw:
        kw["api"] = kw.pop("api2")
    SPECS.append(kw)
    return kw


spec(provider="cpanel", kind="api_token", gen=lambda g, c: g.rs(32, UPNUM), ctx=c_cpanel,
     names=["CPANEL_API_TOKEN", "CPANEL_TOKEN", "CP_API_TOKEN"],
     ctxenv=lambda c: [("CPANEL_HOST", c["host"]), ("CPANEL_USER", c["user"])],
     api=lambda c, ref: [f'curl -s -H "Authorization: cpanel {c["user"]}:{ref}" \\',
                         f'  "https://{c["host"]}:2083/execute/Backup/fullbackup_to_homedir?email=ops@{c["dom"]}"'],
     hdr=lambda c, ref: ("Authorization", f"cpanel {c['user']}:{ref}"), url=lambda c: f"https://{c['host']}:2083/execute/DomainInfo/list_domains")
spec(provider="whm", kind="api_token", gen=lambda g, c: g.rs(32, UPNUM), ctx=lambda g: _c_host(g, g.pick(["whm", "server1", "host2"])),
     names=["WHM_API_TOKEN", "WHM_TOKEN", "WHM_ROOT_TOKEN"],
     ctxenv=lambda c: [("WHM_HOST", c["host"]), ("WHM_USER", "root")],
     api=lambda c, ref: [f'curl -s -H "Authorization: whm root:{ref}" \\',
                         f'  "https://{c["host"]}:2087/json-api/listaccts?api.version=1&search=&searchtype=domain"'],
     hdr=lambda c, ref: ("Authorization", f"whm root:{ref}"), url=lambda c: f"https://{c['host']}:2087/json-api/listaccts?api.version=1")
spec(provider="plesk", kind="secret_key", gen=lambda g, c: g.uuid_layout() if g.chance(0.75) else g.hex(32), ctx=lambda g: _c_host(g, g.pick(["plesk", "panel", "srv"])),
     names=["PLESK_API_KEY", "PLESK_SECRET_KEY", "PLESK_KEY"],
     ctxenv=lambda c: [("PLESK_HOST", c["host"]), ("PLESK_PORT", "8443")],
     api=lambda c, ref: [f'curl -sk -H "X-API-Key: {ref}" \\', f'  -H "Accept: application/json" https://{c["host"]}:8443/api/v2/domains'],
     hdr=lambda c, ref: ("X-API-Key", ref), url=lambda c: f"https://{c['host']}:8443/api/v2/domains")
spec(provider="directadmin", kind="login_key", gen=lambda g, c: g.rs(64), ctx=lambda g: dict(_c_host(g, g.pick(["da", "server", "panel"])), user=g.cpuser()),
     names=["DA_LOGIN_KEY", "DIRECTADMIN_KEY", "DIRECTADMIN_LOGIN_KEY"],
     ctxenv=lambda c: [("DA_HOST", c["host"]), ("DA_USER", c["user"])],
     api=lambda c, ref: [f'curl -s -u "{c["user"]}:{ref}" \\', f'  "https://{c["host"]}:2222/CMD_API_SHOW_DOMAINS"'],
     hdr=None, url=lambda c: f"https://{c['host']}:2222/CMD_API_POP?domain={c['dom']}")
spec(provider="hestiacp", kind="secret_key", gen=lambda g, c: g.rs(40), ctx=lambda g: dict(_c_host(g, g.pick(["hcp", "panel", "server"])), ak=g.rs(20, UPNUM)),
     names=["HESTIA_SECRET_KEY", "HESTIA_API_SECRET", "HCP_SECRET"],
     ctxenv=lambda c: [("HESTIA_HOST", c["host"]), ("HESTIA_ACCESS_KEY", c["ak"])],
     api=lambda c, ref: [f'curl -s -X POST https://{c["host"]}:8083/api/ \\', f'  -d "hash={c["ak"]}:{ref}" -d "returncode=no" \\', '  -d "cmd=v-list-web-domains" -d "arg1=admin" -d "arg2=json"'],
     hdr=None, url=lambda c: f"https://{c['host']}:8083/api/")
spec(provider="hestiacp", kind="api_hash", gen=lambda g, c: g.rs(32), ctx=lambda g: _c_host(g, g.pick(["hcp", "vesta", "panel"])),
     names=["HESTIA_API_HASH", "HESTIA_HASH", "VESTA_HASH"],
     ctxenv=lambda c: [("HESTIA_HOST", c["host"])],
     api=lambda c, ref: [f'curl -s -X POST https://{c["host"]}:8083/api/ \\', f'  -d "hash={ref}" -d "returncode=yes" -d "cmd=v-add-web-domain" -d "arg1=admin" -d "arg2={c["dom"]}"'],
     hdr=None, url=lambda c: f"https://{c['host']}:8083/api/")
spec(provider="cloudways", kind="api_key", gen=lambda g, c: g.rs(30), ctx=lambda g: dict(_c_host(g), email=g.email(), server=str(g.r.randint(100000, 1400000))),
     names=["CLOUDWAYS_API_KEY", "CW_API_KEY", "CLOUDWAYS_KEY"],
     ctxenv=lambda c: [("CLOUDWAYS_EMAIL", c["email"]), ("CLOUDWAYS_SERVER_ID", c["server"])],
     api=lambda c, ref: ['curl -s -X POST https://api.cloudways.com/api/v1/oauth/access_token \\', f'  -d "email={c["email"]}" -d "api_key={ref}"'],
     hdr=None, url=lambda c: "https://api.cloudways.com/api/v1/oauth/access_token")
spec(provider="runcloud", kind="api_token", gen=lambda g, c: g.rs(64), ctx=lambda g: dict(_c_host(g), server=str(g.r.randint(10000, 290000))),
     names=["RUNCLOUD_API_TOKEN", "RUNCLOUD_TOKEN", "RC_API_KEY"],
     ctxenv=lambda c: [("RUNCLOUD_SERVER_ID", c["server"])],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" \\', f'  -H "Accept: application/json" https://manage.runcloud.io/api/v3/servers/{c["server"]}/webapps'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: f"https://manage.runcloud.io/api/v3/servers/{c['server']}/webapps")
spec(provider="laravel_forge", kind="api_token", gen=lambda g, c: g.passport_jwt(), ctx=lambda g: dict(_c_host(g), server=str(g.r.randint(100000, 900000)), site=str(g.r.randint(1000000, 2900000))),
     names=["FORGE_API_TOKEN", "FORGE_TOKEN", "LARAVEL_FORGE_TOKEN"],
     ctxenv=lambda c: [("FORGE_SERVER_ID", c["server"]), ("FORGE_SITE_ID", c["site"])],
     api=lambda c, ref: [f'curl -s -X POST -H "Authorization: Bearer {ref}" \\', '  -H "Accept: application/json" -H "Content-Type: application/json" \\', f'  https://forge.laravel.com/api/v1/servers/{c["server"]}/sites/{c["site"]}/deployment/deploy'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: f"https://forge.laravel.com/api/v1/servers/{c['server']}/sites")
spec(provider="laravel_envoyer", kind="api_token", gen=lambda g, c: g.passport_jwt(), ctx=lambda g: dict(_c_host(g), project=str(g.r.randint(10000, 190000))),
     names=["ENVOYER_API_TOKEN", "ENVOYER_TOKEN"],
     ctxenv=lambda c: [("ENVOYER_PROJECT_ID", c["project"])],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" -H "Accept: application/json" \\', f'  https://envoyer.io/api/projects/{c["project"]}/deployments'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: f"https://envoyer.io/api/projects/{c['project']}")
spec(provider="ploi", kind="api_token", gen=lambda g, c: g.rs(g.pick([60, 64, 80])), ctx=lambda g: dict(_c_host(g), server=str(g.r.randint(10000, 99000)), site=str(g.r.randint(100000, 390000))),
     names=["PLOI_API_TOKEN", "PLOI_TOKEN", "PLOI_KEY"],
     ctxenv=lambda c: [("PLOI_SERVER_ID", c["server"]), ("PLOI_SITE_ID", c["site"])],
     api=lambda c, ref: [f'curl -s -X POST https://ploi.io/api/servers/{c["server"]}/sites/{c["site"]}/deploy \\', f'  -H "Authorization: Bearer {ref}" \\', '  -H "Accept: application/json" -H "Content-Type: application/json"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: f"https://ploi.io/api/servers/{c['server']}/sites")
spec(provider="serverpilot", kind="api_key", gen=lambda g, c: g.rs(43), ctx=lambda g: dict(_c_host(g), cid="cid_" + g.rs(16)),
     names=["SERVERPILOT_API_KEY", "SP_API_KEY", "SERVERPILOT_KEY"],
     ctxenv=lambda c: [("SERVERPILOT_CLIENT_ID", c["cid"])],
     api=lambda c, ref: [f'curl -s -u "{c["cid"]}:{ref}" https://api.serverpilot.io/v1/apps'],
     hdr=None, url=lambda c: "https://api.serverpilot.io/v1/servers")
spec(provider="spinupwp", kind="api_token", gen=lambda g, c: g.rs(40), ctx=lambda g: dict(_c_host(g), site=str(g.r.randint(1000, 99000))),
     names=["SPINUPWP_API_TOKEN", "SPINUPWP_TOKEN"],
     ctxenv=lambda c: [("SPINUPWP_SITE_ID", c["site"])],
     api=lambda c, ref: [f'curl -s -X POST https://api.spinupwp.app/v1/sites/{c["site"]}/purge \\', f'  -H "Authorization: Bearer {ref}" -H "Accept: application/json"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.spinupwp.app/v1/sites")
spec(provider="gridpane", kind="api_token", gen=lambda g, c: g.passport_jwt(), ctx=lambda g: dict(_c_host(g), site=str(g.r.randint(10000, 99000))),
     names=["GRIDPANE_API_TOKEN", "GRIDPANE_TOKEN", "GP_TOKEN"],
     ctxenv=lambda c: [("GRIDPANE_SITE_ID", c["site"])],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" \\', '  -H "Accept: application/json" https://my.gridpane.com/oauth/api/v1/site'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://my.gridpane.com/oauth/api/v1/server")
spec(provider="coolify", kind="api_token", gen=lambda g, c: g.sanctum(), ctx=lambda g: dict(_c_host(g, "coolify"), app=g.rs(24, LO + DI)),
     names=["COOLIFY_TOKEN", "COOLIFY_API_TOKEN", "COOLIFY_KEY"],
     ctxenv=lambda c: [("COOLIFY_URL", "https://" + c["host"]), ("COOLIFY_APP_UUID", c["app"])],
     api=lambda c, ref: [f'curl -s --fail-with-body -H "Authorization: Bearer {ref}" \\', f'  "https://{c["host"]}/api/v1/deploy?uuid={c["app"]}&force=false"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: f"https://{c['host']}/api/v1/applications")
spec(provider="dokploy", kind="api_key", gen=lambda g, c: g.rs(64, UP + LO), ctx=lambda g: dict(_c_host(g, "dokploy"), app=g.rs(21, ALNUM + "_-")),
     names=["DOKPLOY_API_KEY", "DOKPLOY_TOKEN", "DOKPLOY_KEY"],
     ctxenv=lambda c: [("DOKPLOY_URL", "https://" + c["host"]), ("DOKPLOY_APPLICATION_ID", c["app"])],
     api=lambda c, ref: [f'curl -s -X POST "https://{c["host"]}/api/application.deploy" \\', f'  -H "x-api-key: {ref}" -H "Content-Type: application/json" \\', f'  -d \'{{"applicationId": "{c["app"]}"}}\''],
     hdr=lambda c, ref: ("x-api-key", ref), url=lambda c: f"https://{c['host']}/api/project.all")
spec(provider="portainer", kind="access_token", gen=lambda g, c: g.portainer(), ctx=lambda g: dict(_c_host(g, g.pick(["portainer", "docker", "swarm"])), stack=str(g.r.randint(2, 60)), ep=str(g.r.randint(1, 5))),
     names=["PORTAINER_API_KEY", "PORTAINER_TOKEN", "PORTAINER_ACCESS_TOKEN"],
     ctxenv=lambda c: [("PORTAINER_URL", f"https://{c['host']}:9443"), ("PORTAINER_ENDPOINT_ID", c["ep"]), ("STACK_ID", c["stack"])],
     api=lambda c, ref: [f'curl -s -X PUT "https://{c["host"]}:9443/api/stacks/{c["stack"]}/git/redeploy?endpointId={c["ep"]}" \\', f'  -H "X-API-Key: {ref}" -H "Content-Type: application/json" \\', '  -d \'{"pullImage": true, "prune": false}\''],
     hdr=lambda c, ref: ("X-API-Key", ref), url=lambda c: f"https://{c['host']}:9443/api/endpoints")
spec(provider="hetzner_cloud", kind="api_token", gen=lambda g, c: g.rs(64), ctx=lambda g: dict(_c_host(g), server=str(g.r.randint(1000000, 59000000))),
     names=["HCLOUD_TOKEN", "HETZNER_TOKEN", "HETZNER_CLOUD_TOKEN"],
     ctxenv=lambda c: [("HCLOUD_SERVER_ID", c["server"]), ("HCLOUD_LOCATION", "fsn1")],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" \\', f'  "https://api.hetzner.cloud/v1/servers/{c["server"]}/actions/create_image" -X POST \\', '  -H "Content-Type: application/json" -d \'{"type": "snapshot"}\''],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.hetzner.cloud/v1/servers", tf=("hcloud", "hcloud_token"))
spec(provider="hetzner_dns", kind="api_token", gen=lambda g, c: g.rs(32), ctx=lambda g: dict(_c_host(g), zone=g.rs(22, ALNUM)),
     names=["HETZNER_DNS_TOKEN", "HETZNER_DNS_API_TOKEN", "HDNS_TOKEN"],
     ctxenv=lambda c: [("HETZNER_DNS_ZONE_ID", c["zone"])],
     api=lambda c, ref: [f'curl -s "https://dns.hetzner.com/api/v1/records?zone_id={c["zone"]}" \\', f'  -H "Auth-API-Token: {ref}"'],
     hdr=lambda c, ref: ("Auth-API-Token", ref), url=lambda c: "https://dns.hetzner.com/api/v1/zones")
spec(provider="digitalocean", kind="pat", gen=lambda g, c: "dop_v1_" + g.hex(64), ctx=lambda g: dict(_c_host(g), droplet=str(g.r.randint(180000000, 480000000))),
     names=["DIGITALOCEAN_TOKEN", "DO_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"],
     ctxenv=lambda c: [("DROPLET_ID", c["droplet"]), ("DO_REGION", "fra1")],
     api=lambda c, ref: [f'curl -s -X POST -H "Authorization: Bearer {ref}" \\', '  -H "Content-Type: application/json" -d \'{"type":"snapshot","name":"pre-deploy"}\' \\', f'  "https://api.digitalocean.com/v2/droplets/{c["droplet"]}/actions"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.digitalocean.com/v2/droplets", tf=("digitalocean", "do_token"))
spec(provider="digitalocean", kind="oauth_token", gen=lambda g, c: "doo_v1_" + g.hex(64), ctx=lambda g: dict(_c_host(g), droplet=str(g.r.randint(180000000, 480000000))),
     names=["DO_OAUTH_TOKEN", "DIGITALOCEAN_OAUTH_TOKEN"],
     ctxenv=lambda c: [("DROPLET_ID", c["droplet"])],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" "https://api.digitalocean.com/v2/droplets/{c["droplet"]}"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.digitalocean.com/v2/account")
spec(provider="digitalocean", kind="spaces_secret", gen=lambda g, c: g.b64(32).rstrip("="), ctx=lambda g: dict(_c_host(g), kid="DO00" + g.rs(16, UPNUM), bucket=g.pick(BRANDS) + "-" + g.pick(["media", "backups", "uploads", "assets"])),
     names=["SPACES_SECRET_KEY", "DO_SPACES_SECRET", "SPACES_SECRET_ACCESS_KEY"],
     ctxenv=lambda c: [("SPACES_ACCESS_KEY_ID", c["kid"]), ("SPACES_BUCKET", c["bucket"]), ("SPACES_ENDPOINT", "https://ams3.digitaloceanspaces.com")],
     api=lambda c, ref: [f'AWS_ACCESS_KEY_ID={c["kid"]} AWS_SECRET_ACCESS_KEY={ref} \\', f'  aws s3 sync ./backups s3://{c["bucket"]}/db/ --endpoint-url https://ams3.digitaloceanspaces.com'],
     hdr=None, url=lambda c: "https://ams3.digitaloceanspaces.com", tf=("digitalocean", "spaces_secret_key"))
spec(provider="linode", kind="pat", gen=lambda g, c: g.hex(64), ctx=lambda g: dict(_c_host(g), lid=str(g.r.randint(20000000, 69000000))),
     names=["LINODE_TOKEN", "LINODE_API_TOKEN", "LINODE_CLI_TOKEN"],
     ctxenv=lambda c: [("LINODE_ID", c["lid"]), ("LINODE_REGION", "eu-central")],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" \\', f'  -X POST https://api.linode.com/v4/linode/instances/{c["lid"]}/reboot'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.linode.com/v4/linode/instances", tf=("linode", "linode_token"))
spec(provider="vultr", kind="api_key", gen=lambda g, c: g.rs(36, UPNUM), ctx=lambda g: dict(_c_host(g), inst=g.uuid4()),
     names=["VULTR_API_KEY", "VULTR_KEY", "VULTR_TOKEN"],
     ctxenv=lambda c: [("VULTR_INSTANCE_ID", c["inst"])],
     api=lambda c, ref: [f'curl -s "https://api.vultr.com/v2/instances/{c["inst"]}/reboot" -X POST \\', f'  -H "Authorization: Bearer {ref}"'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.vultr.com/v2/instances", tf=("vultr", "vultr_api_key"))
spec(provider="scaleway", kind="secret_key", gen=lambda g, c: g.uuid4(), ctx=lambda g: dict(_c_host(g), ak="SCW" + g.rs(17, UPNUM), project=g.uuid4()),
     names=["SCW_SECRET_KEY", "SCALEWAY_SECRET_KEY"],
     ctxenv=lambda c: [("SCW_ACCESS_KEY", c["ak"]), ("SCW_DEFAULT_PROJECT_ID", c["project"]), ("SCW_DEFAULT_ZONE", "fr-par-1")],
     api=lambda c, ref: [f'curl -s -H "X-Auth-Token: {ref}" \\', f'  "https://api.scaleway.com/instance/v1/zones/fr-par-1/servers?project={c["project"]}"'],
     hdr=lambda c, ref: ("X-Auth-Token", ref), url=lambda c: "https://api.scaleway.com/instance/v1/zones/fr-par-1/servers", tf=("scaleway", "scw_secret_key"))
spec(provider="upcloud", kind="api_token", gen=lambda g, c: "ucat_" + g.rs(32), ctx=lambda g: dict(_c_host(g), srv=g.uuid4()),
     names=["UPCLOUD_TOKEN", "UPCLOUD_API_TOKEN"],
     ctxenv=lambda c: [("UPCLOUD_SERVER_UUID", c["srv"]), ("UPCLOUD_ZONE", "de-fra1")],
     api=lambda c, ref: [f'curl -s -H "Authorization: Bearer {ref}" \\', f'  https://api.upcloud.com/1.3/server/{c["srv"]}'],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.upcloud.com/1.3/server", tf=("upcloud", "upcloud_token"))
spec(provider="upcloud", kind="api_password", gen=lambda g, c: g.human_pw(), ctx=lambda g: dict(_c_host(g), u="api-" + g.pick(BRANDS)[:9]),
     names=["UPCLOUD_PASSWORD", "UPCLOUD_API_PASSWORD"],
     ctxenv=lambda c: [("UPCLOUD_USERNAME", c["u"])],
     api=lambda c, ref: [f'curl -s -u "{c["u"]}:{ref}" https://api.upcloud.com/1.3/account'],
     hdr=None, url=lambda c: "https://api.upcloud.com/1.3/account", tf=("upcloud", "upcloud_password"))
spec(provider="contabo", kind="client_secret", gen=lambda g, c: g.rs(32), ctx=lambda g: dict(_c_host(g), cid="INT-" + str(g.r.randint(10000000, 14999999)), email=g.email()),
     names=["CNTB_OAUTH2_CLIENT_SECRET", "CONTABO_CLIENT_SECRET"],
     ctxenv=lambda c: [("CNTB_OAUTH2_CLIENT_ID", c["cid"]), ("CNTB_OAUTH2_USER", c["email"])],
     api=lambda c, ref: ['curl -s -d "grant_type=password" \\', f'  -d "client_id={c["cid"]}" -d "client_secret={ref}" \\', f'  --data-urlencode "username={c["email"]}" --data-urlencode "password=$CNTB_OAUTH2_PASS" \\', '  https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token'],
     hdr=None, url=lambda c: "https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token")
spec(provider="kinsta", kind="api_key", gen=lambda g, c: g.hex(64), ctx=lambda g: dict(_c_host(g), company=g.uuid4(), env=g.uuid4()),
     names=["KINSTA_API_KEY", "KINSTA_KEY", "KINSTA_TOKEN"],
     ctxenv=lambda c: [("KINSTA_COMPANY_ID", c["company"]), ("KINSTA_ENV_ID", c["env"])],
     api=lambda c, ref: ['curl -s -X POST https://api.kinsta.com/v2/sites/tools/clear-cache \\', f'  -H "Authorization: Bearer {ref}" -H "Content-Type: application/json" \\', f'  -d \'{{"environment_id": "{c["env"]}"}}\''],
     hdr=lambda c, ref: ("Authorization", f"Bearer {ref}"), url=lambda c: "https://api.kinsta.com/v2/sites")
spec(provider="wpengine", kind="api_password", gen=lambda g, c: g.rs(32), ctx=lambda g: dict(_c_host(g), uid=g.uuid4(), install=g.pick(BRANDS)[:12]),
     names=["WPE_API_PASSWORD", "WPENGINE_API_PASSWORD", "WPE_PASSWORD"],
     ctxenv=lambda c: [("WPE_API_USER_ID", c["uid"]), ("WPE_INSTALL", c["install"])],
     api=lambda c, ref: [f'curl -s -u "{c["uid"]}:{ref}" \\', f'  "https://api.wpengineapi.com/v1/installs?limit=100"'],
     hdr=None, url=lambda c: "https://api.wpengineapi.com/v1/installs")
spec(provider="pantheon", kind="machine_token", gen=lambda g, c: g.rs(43, URLSAFE), ctx=lambda g: dict(_c_host(g), site=g.pick(BRANDS), suuid=g.uuid4()),
     names=["TERMINUS_TOKEN", "PANTHEON_MACHINE_TOKEN", "PANTHEON_TOKEN"],
     ctxenv=lambda c: [("PANTHEON_SITE", c["site"]), ("PANTHEON_SITE_UUID", c["suuid"])],
     api=lambda c, ref: [f'terminus auth:login --machine-token="{ref}"', f'terminus env:deploy {c["site"]}.test --note="CI deploy" --cc'],
     hdr=None, url=None)
spec(provider="platformsh", kind="api_token", gen=lambda g, c: g.rs(43, URLSAFE), ctx=lambda g: dict(_c_host(g), proj=g.rs(13, LO + DI)),
     names=["PLATFORMSH_CLI_TOKEN", "UPSUN_CLI_TOKEN", "PLATFORM_TOKEN"],
     ctxenv=lambda c: [("PLATFORM_PROJECT", c["proj"]), ("PLATFORM_BRANCH", "main")],
     api=lambda c, ref: [f'PLATFORMSH_CLI_TOKEN="{ref}" platform environment:redeploy -p {c["proj"]} -e main --yes'],
     hdr=None, url=None)
spec(provider="acquia", kind="api_secret", gen=lambda g, c: g.b64(32), ctx=lambda g: dict(_c_host(g), key=g.uuid4(), app=g.uuid4()),
     names=["ACQUIA_API_SECRET", "ACLI_SECRET", "ACQUIA_SECRET"],
     ctxenv=lambda c: [("ACQUIA_API_KEY", c["key"]), ("ACQUIA_APP_UUID", c["app"])],
     api=lambda c, ref: [f'acli auth:login --key="{c["key"]}" --secret="{ref}" -n', f'acli api:environments:code-switch {c["app"]} tags/$TAG'],
     hdr=None, url=None)
spec(provider="ovh", kind="application_secret", gen=lambda g, c: g.rs(32), ctx=lambda g: dict(_c_host(g), ak=g.rs(16), svc=f"ns{g.r.randint(3000000, 3999999)}.ip-{g.r.randint(51, 149)}-{g.r.randint(10, 250)}-{g.r.randint(1, 250)}.eu"),
     names=["OVH_APPLICATION_SECRET", "OVH_APP_SECRET"],
     api2=lambda c, ref: [f'OVH_APPLICATION_SECRET="{ref}" python3 scripts/ovh_dns.py refresh --zone {c["dom"]}'],
     ctxenv=lambda c: [("OVH_ENDPOINT", "ovh-eu"), ("OVH_APPLICATION_KEY", c["ak"]), ("OVH_SERVICE_NAME", c["svc"])],
     api=None, hdr=None, url=None, tf=("ovh", "ovh_application_secret"))
spec(provider="ovh", kind="consumer_key", gen=lambda g, c: g.rs(32), ctx=lambda g: dict(_c_host(g), ak=g.rs(16), svc=f"ns{g.r.randint(3000000, 3999999)}.ip-{g.r.randint(51, 149)}-{g.r.randint(10, 250)}-{g.r.randint(1, 250)}.eu"),
     names=["OVH_CONSUMER_KEY", "OVH_CK"],
     api2=lambda c, ref: [f'OVH_CONSUMER_KEY="{ref}" python3 scripts/ovh_dns.py refresh --zone {c["dom"]}'],
     ctxenv=lambda c: [("OVH_ENDPOINT", "ovh-eu"), ("OVH_APPLICATION_KEY", c["ak"]), ("OVH_SERVICE_NAME", c["svc"])],
     api=None, hdr=None, url=None, tf=("ovh", "ovh_consumer_key"))
spec(provider="dockerhub", kind="pat", gen=lambda g, c: g.dockerhub_pat(), ctx=lambda g: dict(_c_host(g), u=g.pick(BRANDS)),
     names=["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "REGISTRY_PASSWORD"],
     ctxenv=lambda c: [("DOCKERHUB_USERNAME", c["u"])],
     api=lambda c, ref: [f'echo "{ref}" | docker login -u {c["u"]} --password-stdin'],
     hdr=None, url=None)
spec(provider="caprover", kind="app_token", gen=lambda g, c: g.hex(64), ctx=lambda g: dict(_c_host(g, "captain"), app=g.pick(BRANDS)[:10] + "-" + g.pick(["web", "api", "app"])),
     names=["CAPROVER_APP_TOKEN", "CAPROVER_TOKEN", "APP_TOKEN"],
     ctxenv=lambda c: [("CAPROVER_URL", "https://" + c["host"]), ("CAPROVER_APP", c["app"])],
     api=lambda c, ref: [f'npx caprover deploy --caproverUrl https://{c["host"]} \\', f'  --appToken {ref} --appName {c["app"]} -b main'],
     hdr=lambda c, ref: ("x-captain-app-token", ref), url=lambda c: f"https://{c['host']}/api/v2/user/apps/webhooks/triggerbuild?namespace=captain")
# human-chosen passwords usable by the generic renderers
for _p, _k, _names, _env, _api in [
    ("plesk", "admin_password", ["PLESK_PASSWORD", "PLESK_ADMIN_PASSWORD"], lambda c: [("PLESK_HOST", c["host"]), ("PLESK_USER", "admin")],
     lambda c, ref: [f'curl -sk -u "admin:{ref}" -H "Accept: application/json" https://{c["host"]}:8443/api/v2/server']),
    ("ispconfig", "remote_password", ["ISPCONFIG_PASSWORD", "ISPC_REMOTE_PASSWORD", "ISPCONFIG_REMOTE_PASS"], lambda c: [("ISPCONFIG_URL", f"https://{c['host']}:8080/remote/json.php"), ("ISPCONFIG_USER", "remote_" + c["dom"].split(".")[0][:8])],
     lambda c, ref: [f'curl -sk -X POST "https://{c["host"]}:8080/remote/json.php?login" \\', f'  -d "{{\\"username\\": \\"remote_{c["dom"].split(".")[0][:8]}\\", \\"password\\": \\"{ref}\\"}}"']),
    ("webmin", "root_password", ["WEBMIN_PASSWORD", "VIRTUALMIN_PASSWORD", "VMIN_PASS"], lambda c: [("VIRTUALMIN_HOST", c["host"]), ("VIRTUALMIN_USER", "root")],
     lambda c, ref: [f'curl -sk -u "root:{ref}" \\', f'  "https://{c["host"]}:10000/virtual-server/remote.cgi?program=list-domains&json=1&multiline"']),
    ("cyberpanel", "admin_password", ["CYBERPANEL_PASSWORD", "CYBERPANEL_ADMIN_PASS", "CP_ADMIN_PASS"], lambda c: [("CYBERPANEL_URL", f"https://{c['host']}:8090")],
     lambda c, ref: [f'curl -sk -X POST https://{c["host"]}:8090/api/createWebsite \\', f'  -d "{{\\"adminUser\\": \\"admin\\", \\"adminPass\\": \\"{ref}\\", \\"domainName\\": \\"{c["dom"]}\\", \\"package\\": \\"Default\\", \\"phpSelection\\": \\"PHP 8.2\\"}}"']),
    ("hestiacp", "admin_password", ["HESTIA_PASSWORD", "HESTIA_ADMIN_PASSWORD"], lambda c: [("HESTIA_HOST", c["host"]), ("HESTIA_USER", "admin")],
     lambda c, ref: [f'curl -sk -X POST https://{c["host"]}:8083/api/ -d "user=admin" -d "password={ref}" \\', '  -d "returncode=yes" -d "cmd=v-list-users"']),
    ("caprover", "password", ["CAPROVER_PASSWORD", "CAPTAIN_PASSWORD", "CAPROVER_PASS"], lambda c: [("CAPROVER_URL", "https://captain." + c["dom"]), ("CAPROVER_APP", c["dom"].split(".")[0][:10])],
     lambda c, ref: [f'npx caprover deploy -h https://captain.{c["dom"]} -p "{ref}" \\', f'  -a {c["dom"].split(".")[0][:10]} -b main']),
    ("hetzner_robot", "webservice_password", ["ROBOT_PASSWORD", "HETZNER_ROBOT_PASSWORD", "ROBOT_WS_PASSWORD"], lambda c: [("ROBOT_USER", c["wsu"])],
     lambda c, ref: [f'curl -s -u "{c["wsu"]}:{ref}" https://robot-ws.your-server.de/server']),
    ("mysql", "db_password", ["DB_PASSWORD", "MYSQL_PASSWORD", "WORDPRESS_DB_PASSWORD"], lambda c: [("DB_HOST", "127.0.0.1"), ("DB_DATABASE", c["dom"].split(".")[0][:12] + "_wp"), ("DB_USERNAME", c["dom"].split(".")[0][:12])],
     lambda c, ref: [f'mysqldump -h 127.0.0.1 -u {c["dom"].split(".")[0][:12]} -p"{ref}" --single-transaction {c["dom"].split(".")[0][:12]}_wp | gzip > /tmp/db.sql.gz']),
    ("ftp", "password", ["FTP_PASSWORD", "FTP_PASS", "SFTP_PASSWORD"], lambda c: [("FTP_HOST", "ftp." + c["dom"]), ("FTP_USER", c["cpu"])],
     lambda c, ref: [f'lftp -u "{c["cpu"]},{ref}" ftp.{c["dom"]} -e "set ftp:ssl-force true; mirror -R --delete ./public_html /public_html; bye"']),
]:
    spec(provider=_p, kind=_k, gen=lambda g, c: g.human_pw(),
         ctx=lambda g: dict(_c_host(g, g.pick(["panel", "server", "host", "vps"])), wsu="#ws+" + g.rs(8), cpu=g.cpuser()),
         names=_names, ctxenv=_env, api=_api, hdr=None, url=None, human=True)

GENERIC_TOKEN_NAMES = ["API_TOKEN", "TOKEN", "API_KEY", "AUTH_TOKEN", "ACCESS_TOKEN", "AUTH", "SECRET", "KEY", "BEARER_TOKEN",
                       "PANEL_TOKEN", "HOSTING_API_KEY", "PROVIDER_TOKEN", "CLOUD_TOKEN", "SERVICE_KEY", "CREDENTIALS"]
GENERIC_PW_NAMES = ["PASSWORD", "PASS", "PWD", "AUTH", "SECRET", "LOGIN_PASSWORD", "REMOTE_PASS", "USER_PASSWORD"]


def choose_name(g, sp, generic_p=0.45):
    if g.chance(generic_p):
        return g.pick(GENERIC_PW_NAMES if sp.get("human") else GENERIC_TOKEN_NAMES), True
    return g.pick(sp["names"]), False


def lower(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pshort(sp):
    return sp["provider"].split("_")[0]


DOTENV_FILLER = [["APP_ENV=production", "APP_DEBUG=false"], ["LOG_LEVEL=info"], ["TZ=Europe/Berlin"], ["DEPLOY_BRANCH=main"],
                 ["KEEP_RELEASES=5"], ["BACKUP_RETENTION_DAYS=14"], ["NOTIFY_EMAIL=ops@{dom}"], ["SITE_URL=https://{dom}"],
                 ["PHP_VERSION=8.2"], ["HEALTHCHECK_URL=https://{dom}/up"], ["CACHE_DRIVER=redis", "QUEUE_CONNECTION=redis"]]


def filler_env(g, c, k=3):
    out = []
    for grp in g.r.sample(DOTENV_FILLER, k):
        out += [x.format(dom=c["dom"]) for x in grp]
    return out


# ---------------------------------------------------------------------
# Generic renderers: (g, sp, c, name, lit) -> (path, text, filetype)
# lit is the literal value (secret for positives, placeholder/masked for
# negatives) or None meaning "reference it from the environment in this
# file type's own syntax".
# ---------------------------------------------------------------------
def q(g, v):
    return g.pick(['"{}"', "{}", "'{}'"]).format(v) if v and " " not in v and "$" not in v and "#" not in v and "'" not in v else f'"{v}"'


def r_dotenv(g, sp, c, name, lit):
    path = g.pick([".env", ".env.production", ".env.deploy", "deploy/.env", "ops/.env.staging", "infra/.env"])
    L = [f"# {g.pick(['deploy settings', 'ops tooling', 'hosting automation', 'provisioning'])} - {pshort(sp)}"]
    L += filler_env(g, c, g.r.randint(1, 3))
    L.append("")
    L += [f"{k}={v}" for k, v in sp["ctxenv"](c)]
    if lit is None:
        L.append(g.pick([f"{name}=${{{name}_PROD}}", f"{name}=  # injected by CI, see docs/secrets.md", f"# {name} is read from the systemd credential store", f'{name}="${{{pshort(sp).upper()}_{name}:-}}"']))
    else:
        L.append(f"{name}={q(g, lit)}")
    L += filler_env(g, c, g.r.randint(0, 2))
    return path, "\n".join(L) + "\n", "dotenv"


def r_shell(g, sp, c, name, lit):
    path = g.pick(["scripts/deploy.sh", "bin/snapshot.sh", "ops/backup.sh", "tools/purge-cache.sh", "deploy/release.sh", f"scripts/{pshort(sp)}-sync.sh"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", f"# {g.pick(['nightly', 'pre-deploy', 'manual', 'cron'])} job for {c['dom']}", ""]
    L += [f'{k}="{v}"' for k, v in sp["ctxenv"](c)]
    api = sp.get("api")
    inline = lit is not None and api and g.chance(0.3)
    if lit is None:
        L.append(g.pick([f': "${{{name}:?{name} must be set (see 1Password: Ops/{pshort(sp)})}}"', f'{name}="$(pass show hosting/{pshort(sp)}/{name.lower()})"',
                         f'{name}="$(op read "op://Ops/{pshort(sp).capitalize()}/credential")"', f'source "$HOME/.config/{pshort(sp)}/env"  # provides {name}']))
    elif not inline:
        L.append(g.pick([f'{name}="{lit}"', f'export {name}="{lit}"', f': "${{{name}:={lit}}}"']))
    L.append("")
    L.append(f'echo "[$(date -Is)] starting {g.pick(["deploy", "snapshot", "sync", "cache purge"])}"')
    if api:
        L += api(c, lit if inline else f"${name}")
    else:
        L.append(f'python3 tools/{pshort(sp)}_client.py --token "${name}" {g.pick(["list", "renew", "status"])}')
    L += ['', 'echo "done"']
    return path, "\n".join(L) + "\n", "shell"


def r_makefile(g, sp, c, name, lit):
    L = [f"# Makefile for {c['dom']}", "SHELL := /bin/bash", ".PHONY: deploy snapshot status", ""]
    L += [f"{k} ?= {v}" for k, v in sp["ctxenv"](c)]
    if lit is None:
        L += [f"{name} ?= $(shell cat $(HOME)/.config/{pshort(sp)}/token 2>/dev/null)", "", f"ifndef {name}", f"$(error {name} is not set)", "endif"]
    else:
        L.append(f"{name} {g.pick(['?=', ':=', '='])} {lit}")
    L += ["", "status:", f"\t@echo deploying {c['dom']} from $(shell git rev-parse --short HEAD)", "", "deploy: status"]
    api = sp.get("api")
    if api:
        L += ["\t" + x.replace("$", "$$").replace(f"$${name}", f"$({name})") for x in api(c, f"${name}")]
    else:
        L.append(f"\t./bin/{pshort(sp)} --token $({name}) deploy")
    L += ["", "snapshot:", f"\t./scripts/snapshot.sh {c['dom']}"]
    return "Makefile", "\n".join(L) + "\n", "makefile"


def r_gha(g, sp, c, name, lit):
    path = g.pick([".github/workflows/deploy.yml", ".github/workflows/production.yml", ".github/workflows/cd.yml", f".github/workflows/{pshort(sp)}.yml"])
    L = [f"name: {g.pick(['Deploy', 'Production deploy', 'CD', 'Release'])}", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "env:"]
    L += [f"  {k}: {v}" if "#" not in v else f'  {k}: "{v}"' for k, v in sp["ctxenv"](c)] or ["  TZ: Europe/Amsterdam"]
    if lit is None:
        L.append(f"  {name}: ${{{{ secrets.{name if not name.islower() else name.upper()} }}}}")
    else:
        L.append(f"  {name}: {q(g, lit)}")
    L += ["", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    environment: production", "    steps:", "      - uses: actions/checkout@v4", "      - name: Build assets",
          "        run: npm ci && npm run build", f"      - name: Trigger {pshort(sp)}", "        run: |"]
    api = sp.get("api")
    L += ["          " + x for x in (api(c, f"${name}") if api else [f"./bin/deploy --token \"${name}\""])]
    return path, "\n".join(L) + "\n", "github-actions"


def r_gitlab(g, sp, c, name, lit):
    L = ["stages:", "  - build", "  - deploy", "", "variables:", "  GIT_DEPTH: \"10\""]
    L += [f'  {k}: "{v}"' for k, v in sp["ctxenv"](c)]
    if lit is not None:
        L.append(f'  {name}: "{lit}"')
    else:
        L.append(f"  # {name} is a protected + masked CI/CD variable (Settings > CI/CD > Variables)")
    L += ["", "build:", "  stage: build", "  image: node:20-alpine", "  script:", "    - npm ci", "    - npm run build", "  artifacts:", "    paths: [public/]", "",
          "deploy_production:", "  stage: deploy", "  image: alpine:3.20", "  before_script:", "    - apk add --no-cache curl bash", "  script:"]
    api = sp.get("api")
    for x in (api(c, f"${name}") if api else [f"./bin/deploy --token \"${name}\""]):
        L.append(f"    - {x}" if not x.startswith("  ") else f"      {x.strip()}")
    L += ["  rules:", '    - if: $CI_COMMIT_BRANCH == "main"', "  environment:", "    name: production", f"    url: https://{c['dom']}"]
    # join continuation lines into single yaml scalars
    txt = "\n".join(L).replace(" \\\n      ", " ")
    return ".gitlab-ci.yml", txt + "\n", "gitlab-ci"


def r_bitbucket(g, sp, c, name, lit):
    L = ["image: atlassian/default-image:4", "", "pipelines:", "  branches:", "    main:", "      - step:", "          name: Build", "          caches: [node]",
         "          script:", "            - npm ci && npm run build", "          artifacts: [public/**]", "      - step:", "          name: Deploy", "          deployment: production", "          script:"]
    for k, v in sp["ctxenv"](c):
        L.append(f'            - export {k}="{v}"')
    if lit is not None:
        L.append(f'            - export {name}="{lit}"')
    else:
        L.append(f"            # {name} comes from Repository settings > Deployments > production (secured)")
    api = sp.get("api")
    for x in (api(c, f"${name}") if api else [f"./bin/deploy --token \"${name}\""]):
        L.append(f"            - {x}" if not x.startswith("  ") else f"              {x.strip()}")
    txt = "\n".join(L).replace(" \\\n              ", " ")
    return "bitbucket-pipelines.yml", txt + "\n", "bitbucket-pipelines"


TF_EXTRA = {
    "hcloud": ['server_type = "cx22"', 'location    = "nbg1"', 'image       = "ubuntu-24.04"', 'ssh_keys    = ["ops-laptop", "ci-deploy"]'],
    "digitalocean": ['region      = "fra1"', 'droplet_size = "s-2vcpu-4gb"', 'image       = "ubuntu-24-04-x64"', 'ssh_key_fingerprints = ["{fp}"]'],
    "linode": ['region = "eu-central"', 'type   = "g6-standard-2"', 'image  = "linode/ubuntu24.04"', 'authorized_users = ["{u}"]'],
    "vultr": ['region = "ams"', 'plan   = "vc2-2c-4gb"', 'os_id  = 2284', 'enable_ipv6 = true'],
    "scaleway": ['zone = "fr-par-1"', 'instance_type = "DEV1-M"', 'project_id = "{proj}"'],
    "upcloud": ['zone = "de-fra1"', 'plan = "2xCPU-4GB"', 'hostname = "{host}"'],
    "ovh": ['ovh_endpoint = "ovh-eu"', 'ovh_application_key = "{ak}"', 'service_name = "{svc}"', 'region = "GRA11"'],
}


def r_tfvars(g, sp, c, name, lit):
    tfp, var = sp["tf"]
    L = [f"# {g.pick(['production', 'staging', 'shared'])} stack - {c['dom']}"]
    extra = [x.format(fp=":".join(g.hex(2) for _ in range(16)), u=g.user(), proj=c.get("project", g.uuid4()), host=c["host"], ak=c.get("ak", ""), svc=c.get("svc", "")) for x in TF_EXTRA[tfp]]
    if tfp == "ovh":
        extra.append(g.pick(['ovh_consumer_key = ""  # set TF_VAR_ovh_consumer_key', '# ovh_consumer_key comes from TF_VAR_ovh_consumer_key'])
                     if "application_secret" in var else '# ovh_application_secret: export TF_VAR_ovh_application_secret')
    k = g.r.randint(0, len(extra))
    L += extra[:k]
    if lit is None:
        L.append(g.pick([f"# {var} is provided via TF_VAR_{var} (see Makefile)", f"# {var} = \"\"  -> export TF_VAR_{var}=$(op read op://Infra/{tfp}/token)"]))
    else:
        L.append(f'{var} = "{lit}"')
    L += extra[k:]
    L += ["", f'project_name = "{c["dom"].split(".")[0]}"', f'domain       = "{c["dom"]}"', f'environment  = "{g.pick(["prod", "staging"])}"']
    return g.pick(["terraform.tfvars", "infra/terraform.tfvars", "terraform/prod.auto.tfvars", "env/production.tfvars"]), "\n".join(L) + "\n", "tfvars"


def r_readme(g, sp, c, name, lit):
    L = [f"# {c['dom']} - {g.pick(['deploy runbook', 'ops notes', 'hosting runbook', 'server handover'])}", "",
         f"Production runs on `{c['host']}` ({c['ip']}). Deploys happen from `main`.", "", "## Prerequisites", "",
         "- SSH access as `deploy` (ask in #ops for your key to be added)", f"- {pshort(sp)} credentials (see below)", "",
         "## Manual deploy / maintenance", "", "```bash"]
    for k, v in sp["ctxenv"](c):
        L.append(f'export {k}="{v}"')
    if lit is None:
        L.append(f'export {name}="$(op read "op://Ops/{pshort(sp)}/credential")"')
    elif g.chance(0.6):
        L.append(f'export {name}="{lit}"')
        lit = None
    api = sp.get("api")
    ref = lit if lit is not None else f"${name}"
    L += (api(c, ref) if api else [f"./bin/{pshort(sp)} --token {ref} status"])
    L += ["```", "", "## Rollback", "", "```bash", "ssh deploy@" + c["ip"] + " 'cd /var/www/current && php artisan down'", "```", "",
          f"_Last reviewed: {g.date()}_"]
    return g.pick(["README.md", "docs/runbook.md", "docs/DEPLOY.md", "ops/README.md"]), "\n".join(L) + "\n", "markdown"


def r_python(g, sp, c, name, lit):
    pn = pshort(sp)
    cls = "".join(x.capitalize() for x in sp["provider"].split("_")) + "Client"
    generic = name in GENERIC_TOKEN_NAMES or name in GENERIC_PW_NAMES
    L = [f'"""Thin wrapper around the {pn} API used by our ops scripts."""', "import json", "import os", "import sys", "", "import requests", ""]
    hdr, url = sp.get("hdr"), sp.get("url")
    for k, v in sp["ctxenv"](c):
        L.append(f'{k} = "{v}"')
    val = f'"{lit}"' if lit is not None else g.pick([f'os.environ["{name.upper()}"]', f'os.getenv("{name.upper()}", "")', f'os.environ.get("{name.upper()}") or sys.exit("{name.upper()} not set")'])
    if generic:
        L += ["", "", f"class {cls}:", f"    {name.lower()} = {val}", "", "    def __init__(self, session=None):", "        self.s = session or requests.Session()"]
        ref = f"self.{name.lower()}"
        ind = "        "
        L += ["", "    def call(self, method, path=None, **kw):"]
    else:
        L += [f"{name} = {val}", "", ""]
        ref = name
        ind = "    "
        L += ["def call(method, path=None, **kw):"]
    if hdr and url:
        h, v = hdr(c, "{}")
        L += [f'{ind}url = path or "{url(c)}"', (f'{ind}headers = {{"{h}": {ref}, "Accept": "application/json"}}' if v == "{}" else f'{ind}headers = {{"{h}": f"{v.replace("{}", "{" + ref + "}")}", "Accept": "application/json"}}'),
              f"{ind}r = {'self.s' if generic else 'requests'}.request(method, url, headers=headers, timeout=30, **kw)", f"{ind}r.raise_for_status()", f"{ind}return r.json()"]
    else:
        bu, bl = BASIC[(sp["provider"], sp["kind"])]
        L += [f'{ind}auth = ("{bu(c)}", {ref})', f'{ind}r = requests.request(method, path or "{bl(c)}", auth=auth, timeout=30, **kw)', f"{ind}r.raise_for_status()", f"{ind}return r.json()"]
    L += ["", "", 'if __name__ == "__main__":']
    L.append(f'    print(json.dumps({cls}().call("GET"), indent=2))' if generic else '    print(json.dumps(call("GET"), indent=2))')
    return g.pick([f"tools/{pn}_client.py", f"ops/{pn}.py", f"scripts/{pn}_api.py", "deploy/hosting.py"]), "\n".join(L) + "\n", "python"


def r_php(g, sp, c, name, lit):
    pn = pshort(sp)
    cls = "".join(x.capitalize() for x in sp["provider"].split("_")) + "Client"
    prop = camel(name)
    hdr, url = sp.get("hdr"), sp.get("url")
    L = ["<?php", "", "declare(strict_types=1);", "", "namespace App\\Services\\Hosting;", "", "use RuntimeException;", "", f"final class {cls}", "{"]
    base = url(c) if url else BASIC[(sp["provider"], sp["kind"])][1](c)
    L.append(f"    private const BASE_URL = '{base}';")
    if lit is not None:
        L += [f"    private string ${prop} = '{lit}';", "", "    public function __construct(private int $timeout = 30)", "    {", "    }"]
    else:
        L += [f"    private string ${prop};", "", "    public function __construct(private int $timeout = 30)", "    {",
              g.pick([f"        $this->{prop} = (string) getenv('{name.upper()}');", f"        $this->{prop} = config('services.{pn}.{name.lower()}');", f"        $this->{prop} = $_ENV['{name.upper()}'] ?? throw new RuntimeException('{name.upper()} missing');"]), "    }"]
    L += ["", "    public function get(string $path = ''): array", "    {", "        $ch = curl_init(self::BASE_URL . $path);"]
    if hdr:
        h, v = hdr(c, "{}")
        pre, post = v.split("{}")
        L.append(f"        curl_setopt($ch, CURLOPT_HTTPHEADER, ['{h}: {pre}' . $this->{prop}{(' . ' + repr(post)) if post else ''}, 'Accept: application/json']);")
    else:
        L.append(f"        curl_setopt($ch, CURLOPT_USERPWD, '{BASIC[(sp['provider'], sp['kind'])][0](c)}:' . $this->{prop});")
    L += ["        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "        curl_setopt($ch, CURLOPT_TIMEOUT, $this->timeout);", "        $body = curl_exec($ch);",
          "        if ($body === false) {", "            throw new RuntimeException(curl_error($ch));", "        }", "        curl_close($ch);", "", "        return json_decode((string) $body, true, 512, JSON_THROW_ON_ERROR);", "    }", "}"]
    return g.pick([f"app/Services/Hosting/{cls}.php", f"src/Hosting/{cls}.php", f"lib/{cls}.php"]), "\n".join(L) + "\n", "php"


def r_compose(g, sp, c, name, lit):
    brand = c["dom"].split(".")[0]
    svc = g.pick(["ops-cron", "backup", "deploy-hook", "certbot", "ddns", "worker"])
    L = ["services:", "  web:", f"    image: ghcr.io/{brand}/web:{g.r.randint(1, 4)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}", "    restart: unless-stopped", "    ports:", '      - "127.0.0.1:8080:80"',
         "    volumes:", "      - ./storage:/var/www/html/storage", "", f"  {svc}:", f"    image: {g.pick(['alpine:3.20', 'curlimages/curl:8.8.0', 'python:3.12-slim', 'mcuadros/ofelia:latest'])}", "    restart: unless-stopped", "    environment:"]
    for k, v in sp["ctxenv"](c):
        L.append(f'      {k}: "{v}"')
    if lit is None:
        L += g.pick([[f"      {name}: ${{{name}:?set {name} in .env}}"], [f"      {name}_FILE: /run/secrets/{name.lower()}"]])
    else:
        L.append(f"      {name}: {q(g, lit)}")
    L += ["    volumes:", "      - ./ops:/ops:ro", f"    command: [\"/bin/sh\", \"/ops/{g.pick(['run', 'cron', 'loop'])}.sh\"]"]
    if lit is None and any("_FILE" in x for x in L):
        L += ["    secrets:", f"      - {name.lower()}", "", "secrets:", f"  {name.lower()}:", f"    file: ./secrets/{name.lower()}.txt"]
    return g.pick(["docker-compose.yml", "compose.yaml", "docker-compose.prod.yml", "deploy/docker-compose.yml"]), "\n".join(L) + "\n", "docker-compose"


def r_ansible(g, sp, c, name, lit):
    pn = sp["provider"]
    generic = name in GENERIC_TOKEN_NAMES or name in GENERIC_PW_NAMES
    L = ["---", f"# {g.pick(['group vars for webservers', 'production inventory vars', 'ansistrano deploy vars'])}", f'ansistrano_deploy_to: "/var/www/{c["dom"]}"', 'ansistrano_keep_releases: 5',
         'ansistrano_deploy_via: git', f'ansistrano_git_repo: "git@github.com:{c["dom"].split(".")[0]}/site.git"', 'ansistrano_git_branch: main', ""]
    for k, v in sp["ctxenv"](c):
        L.append(f'{k.lower()}: "{v}"')
    if lit is None:
        val = g.pick([f'"{{{{ vault_{name.lower()} }}}}"', f"\"{{{{ lookup('env', '{name.upper()}') }}}}\"", f"\"{{{{ lookup('community.general.onepassword', '{pn}', field='credential') }}}}\""])
    else:
        val = f'"{lit}"'
    if generic:
        L += ["", f"{pn}:", f"  endpoint: \"{sp['url'](c) if sp.get('url') else 'https://' + c['host']}\"", f"  {name.lower()}: {val}", "  validate_certs: true"]
    else:
        L.append(f"{name.lower()}: {val}")
    L += ["", "php_version: \"8.2\"", "nginx_worker_processes: auto", f"letsencrypt_email: ops@{c['dom']}"]
    return g.pick(["group_vars/all.yml", "inventories/production/group_vars/webservers.yml", "ansible/group_vars/prod/vars.yml", "deploy/vars/main.yml"]), "\n".join(L) + "\n", "ansible-vars"


def r_cloudinit(g, sp, c, name, lit):
    pn = pshort(sp)
    L = ["#cloud-config", "package_update: true", "package_upgrade: true", "packages:", "  - curl", "  - jq", "  - fail2ban", "", "users:", "  - name: deploy", "    groups: [sudo]",
         "    shell: /bin/bash", "    sudo: ['ALL=(ALL) NOPASSWD:ALL']", "    ssh_authorized_keys:", f"      - {g.ed25519_pub(g.email())}", "", "write_files:", f"  - path: /etc/default/{pn}-agent",
         "    owner: root:root", "    permissions: '0600'", "    content: |"]
    for k, v in sp["ctxenv"](c):
        L.append(f"      {k}={v}")
    if lit is None:
        L.append(g.pick([f"      {name}=${{{name.lower()}}}", f"      {name}=__{name}__"]))
    else:
        L.append(f"      {name}={lit}")
    L += ["", "runcmd:", f"  - [ systemctl, enable, --now, {pn}-agent.timer ]", "  - sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config", "  - systemctl restart ssh"]
    return g.pick(["cloud-init.yaml", "cloud-init/user-data.yml", "infra/cloud-init.yml", "templates/user-data.yaml"]), "\n".join(L) + "\n", "cloud-init"


def r_kamal_yml(g, sp, c, name, lit):
    brand = c["dom"].split(".")[0]
    L = [f"service: {brand}", f"image: {brand}/web", "", "servers:", "  web:", f"    - {c['ip']}", "  job:", "    hosts:", f"      - {c['ip']}", "    cmd: bin/jobs", "", "proxy:", "  ssl: true",
         f"  host: {c['dom']}", "", "registry:", "  username: " + brand, "  password:", "    - KAMAL_REGISTRY_PASSWORD", "", "env:", "  clear:", "    RAILS_LOG_TO_STDOUT: true", "    SOLID_QUEUE_IN_PUMA: true"]
    for k, v in sp["ctxenv"](c):
        L.append(f'    {k}: "{v}"')
    if lit is not None:
        L.append(f"    {name}: {q(g, lit)}")
        L += ["  secret:", "    - RAILS_MASTER_KEY"]
    else:
        L += ["  secret:", "    - RAILS_MASTER_KEY", f"    - {name}"]
    L += ["", "aliases:", "  console: app exec --interactive --reuse \"bin/rails console\"", "", "builder:", "  arch: amd64", "", "volumes:", f"  - \"{brand}_storage:/rails/storage\""]
    return "config/deploy.yml", "\n".join(L) + "\n", "kamal-deploy-yml"


def r_envoy(g, sp, c, name, lit):
    brand = c["dom"].split(".")[0]
    var = camel(name)
    L = [f"@servers(['web' => ['deploy@{c['ip']}']])", "", "@setup", f"    $repository = 'git@github.com:{brand}/site.git';", f"    $app_dir = '/var/www/{c['dom']}';",
         "    $releases_dir = $app_dir . '/releases';", "    $release = date('YmdHis');", "    $new_release_dir = $releases_dir . '/' . $release;"]
    for k, v in sp["ctxenv"](c):
        L.append(f"    ${camel(k)} = '{v}';")
    if lit is None:
        L.append(g.pick([f"    ${var} = getenv('{name.upper()}');", f"    ${var} = $_SERVER['{name.upper()}'] ?? null;"]))
    else:
        L.append(f"    ${var} = '{lit}';")
    L += ["@endsetup", "", "@story('deploy')", "    clone_repository", "    run_composer", "    update_symlinks", "    notify_panel", "@endstory", "", "@task('clone_repository')",
          "    echo 'Cloning repository'", "    [ -d {{ $releases_dir }} ] || mkdir {{ $releases_dir }}", "    git clone --depth 1 {{ $repository }} {{ $new_release_dir }}", "@endtask", "",
          "@task('run_composer')", "    cd {{ $new_release_dir }}", "    composer install --prefer-dist --no-dev -q -o", "@endtask", "", "@task('update_symlinks')",
          "    ln -nfs {{ $new_release_dir }} {{ $app_dir }}/current", "@endtask", "", "@task('notify_panel', ['on' => 'web'])"]
    api = sp.get("api")
    L += ["    " + x for x in (api(c, "{{ $" + var + " }}") if api else ["echo 'skip'"])]
    L.append("@endtask")
    return "Envoy.blade.php", "\n".join(L) + "\n", "envoy-blade"


def r_deployer(g, sp, c, name, lit):
    brand = c["dom"].split(".")[0]
    var = name.lower()
    L = ["<?php", "namespace Deployer;", "", f"require 'recipe/{g.pick(['laravel', 'wordpress', 'symfony', 'common'])}.php';", "", f"set('application', '{brand}');",
         f"set('repository', 'git@github.com:{brand}/site.git');", "set('keep_releases', 5);", "add('shared_files', ['.env']);", "add('writable_dirs', []);", "",
         f"host('{c['dom']}')", f"    ->set('hostname', '{c['ip']}')", "    ->set('remote_user', 'deploy')", f"    ->set('deploy_path', '~/{c['dom']}');", ""]
    for k, v in sp["ctxenv"](c):
        L.append(f"set('{k.lower()}', '{v}');")
    if lit is None:
        L.append(g.pick([f"set('{var}', getenv('{name.upper()}'));", f"set('{var}', fn() => askHiddenResponse('{pshort(sp)} credential:'));", f"set('{var}', $_ENV['{name.upper()}'] ?? '');"]))
    else:
        L.append(f"set('{var}', '{lit}');")
    L += ["", f"task('{pshort(sp)}:notify', function () {{"]
    api = sp.get("api")
    cmds = api(c, "{{" + var + "}}") if api else [f"bin/notify --key {{{{{var}}}}}"]
    joined = join_cmds(cmds)
    L.append("    runLocally('" + joined.replace("\\", "\\\\").replace("'", "\\'") + "');")
    L += ["})->desc('Notify hosting after deploy');", "", f"after('deploy:success', '{pshort(sp)}:notify');", "after('deploy:failed', 'deploy:unlock');"]
    return "deploy.php", "\n".join(L) + "\n", "deployer-php"


def r_capistrano(g, sp, c, name, lit):
    brand = c["dom"].split(".")[0]
    var = name.lower()
    L = ['lock "~> 3.19.1"', "", f'set :application, "{brand}"', f'set :repo_url, "git@github.com:{brand}/site.git"', f'set :deploy_to, "/var/www/{c["dom"]}"',
         'append :linked_files, "config/master.key"', 'append :linked_dirs, "log", "tmp/pids", "tmp/cache", "public/system"', "set :keep_releases, 5", ""]
    for k, v in sp["ctxenv"](c):
        L.append(f'set :{k.lower()}, "{v}"')
    if lit is None:
        L.append(g.pick([f'set :{var}, ENV.fetch("{name.upper()}")', f'set :{var}, -> {{ ENV["{name.upper()}"] || ask(:{var}, nil, echo: false) }}']))
    else:
        L.append(f'set :{var}, "{lit}"')
    L += ["", "namespace :deploy do", f"  desc \"Notify {pshort(sp)} after publishing\"", "  task :notify_hosting do", "    run_locally do"]
    api = sp.get("api")
    cmds = api(c, "#{fetch(:" + var + ")}") if api else ["bin/notify --key #{fetch(:" + var + ")}"]
    joined = join_cmds(cmds)
    L.append("      execute %Q{" + joined.replace("}", "}").replace("{", "{") + "}")
    L += ["    end", "  end", "  after :published, :notify_hosting", "end"]
    return "config/deploy.rb", "\n".join(L) + "\n", "capistrano-rb"


def join_cmds(cmds):
    out = ""
    for x in cmds:
        x = x.strip()
        cont = x.endswith("\\")
        x = x.rstrip("\\").strip()
        out += x + (" " if cont else " && ")
    return out[:-4] if out.endswith(" && ") else out.strip()


BASIC = {
    ("directadmin", "login_key"): (lambda c: c["user"], lambda c: f"https://{c['host']}:2222/CMD_API_SHOW_DOMAINS"),
    ("serverpilot", "api_key"): (lambda c: c["cid"], lambda c: "https://api.serverpilot.io/v1/servers"),
    ("wpengine", "api_password"): (lambda c: c["uid"], lambda c: "https://api.wpengineapi.com/v1/installs"),
    ("upcloud", "api_password"): (lambda c: c["u"], lambda c: "https://api.upcloud.com/1.3/account"),
    ("hetzner_robot", "webservice_password"): (lambda c: c["wsu"], lambda c: "https://robot-ws.your-server.de/server"),
    ("webmin", "root_password"): (lambda c: "root", lambda c: f"https://{c['host']}:10000/virtual-server/remote.cgi?program=list-domains&json=1"),
    ("plesk", "admin_password"): (lambda c: "admin", lambda c: f"https://{c['host']}:8443/api/v2/server"),
}


RENDERERS = [r_dotenv, r_shell, r_makefile, r_gha, r_gitlab, r_bitbucket, r_tfvars, r_readme, r_python, r_php, r_compose, r_ansible, r_cloudinit, r_kamal_yml, r_envoy, r_deployer, r_capistrano]


def renderers_for(sp):
    out = []
    for r in RENDERERS:
        if r is r_tfvars and not sp.get("tf"):
            continue
        if sp["provider"] == "ovh" and r not in (r_dotenv, r_tfvars, r_gha, r_ansible, r_compose, r_gitlab):
            continue
        if r in (r_python, r_php) and not (sp.get("hdr") and sp.get("url")) and (sp["provider"], sp["kind"]) not in BASIC:
            continue
        out.append(r)
    return out


# =====================================================================
# Bespoke positive templates (tool-specific files).
# Each returns dict(path, text, needle, provider, kind, filetype).
# =====================================================================
def ctx_site(g):
    d = g.domain()
    return {"dom": d, "host": g.host(d), "ip": g.ip(), "cpu": g.cpuser(d), "brand": d.split(".")[0]}


def P(path, text, needle, provider, kind, filetype):
    return dict(path=path, text=text, needle=needle, provider=provider, kind=kind, filetype=filetype)


def b_ftp_deploy_action(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    proto = g.pick(["ftps", "ftp", "ftps-legacy"])
    L = [f"name: {g.pick(['Deploy website', 'FTP deploy', 'Publish to hosting', 'Deploy to cPanel'])}", "on:", "  push:", "    branches: [ main ]", "", "jobs:", "  web-deploy:",
         "    name: Deploy", "    runs-on: ubuntu-latest", "    steps:", "      - name: Get latest code", "        uses: actions/checkout@v4", ""]
    if g.chance(0.5):
        L += ["      - name: Use Node.js 20", "        uses: actions/setup-node@v4", "        with:", "          node-version: '20'", "      - run: npm ci && npm run build", ""]
    L += ["      - name: Sync files", "        uses: SamKirkland/FTP-Deploy-Action@v4.3.5", "        with:", f"          server: ftp.{c['dom']}", f"          username: {g.pick([c['cpu'], c['cpu'] + '@' + c['dom']])}"]
    if neg:
        L.append("          password: ${{ secrets." + g.pick(["FTP_PASSWORD", "ftp_password", "FTP_PASS", "CPANEL_FTP_PASSWORD"]) + " }}")
    else:
        L.append(f"          password: {q(g, pw)}")
    L += [f"          protocol: {proto}", f"          local-dir: {g.pick(['./dist/', './public/', './build/', './'])}", f"          server-dir: {g.pick(['/public_html/', '/htdocs/', '/www/', '/domains/' + c['dom'] + '/public_html/'])}"]
    if g.chance(0.5):
        L += ["          exclude: |", "            **/.git*", "            **/.git*/**", "            **/node_modules/**"]
    return P(".github/workflows/" + g.pick(["main.yml", "ftp-deploy.yml", "deploy.yml"]), "\n".join(L) + "\n", pw, "ftp", "password", "github-actions")


def b_ftpconfig(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    sftp = g.chance(0.4)
    d = {"protocol": "sftp" if sftp else "ftp", "host": g.pick([c["ip"], "ftp." + c["dom"], c["host"]]), "port": 22 if sftp else 21, "user": c["cpu"],
         "pass": pw, "promptForPass": False, "remote": g.pick(["/public_html", "/htdocs", f"/home/{c['cpu']}/public_html"]), "local": "",
         "secure": (not sftp) and g.chance(0.5), "secureOptions": None, "connTimeout": 10000, "pasvTimeout": 10000, "keepalive": 10000, "watch": [], "watchTimeout": 500}
    if neg:
        if sftp and g.chance(0.5):
            d["pass"] = ""
            d["privatekey"] = "~/.ssh/id_ed25519"
            d["passphrase"] = ""
        else:
            d["pass"] = ""
            d["promptForPass"] = True
    return P(".ftpconfig", json.dumps(d, indent=2) + "\n", pw, "ftp", "password", "atom-ftpconfig")


def b_sublime_sftp(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    typ = g.pick(["sftp", "ftp", "ftps"])
    L = ["{", "    // The tab key will cycle through the settings when first created", "    // Visit https://codexns.io/products/sftp_for_subime/settings for help", "",
         "    // sftp, ftp or ftps", f'    "type": "{typ}",', "", '    "save_before_upload": true,', f'    "upload_on_save": {g.pick(["true", "false"])},', '    "sync_down_on_open": false,',
         '    "sync_skip_deletes": false,', '    "sync_same_age": true,', '    "confirm_downloads": false,', '    "confirm_sync": true,', '    "confirm_overwrite_newer": false,', "",
         f'    "host": "{g.pick([c["ip"], "ftp." + c["dom"], c["host"]])}",', f'    "user": "{c["cpu"]}",']
    if neg:
        L += ['    //"password": "password",', '    //"port": "22",']
        if typ == "sftp":
            L.append('    "ssh_key_file": "~/.ssh/id_rsa",')
    else:
        L += [f'    "password": "{pw}",', f'    "port": "{22 if typ == "sftp" else 21}",']
    L += ["", f'    "remote_path": "/home/{c["cpu"]}/public_html/",', '    "ignore_regexes": [', '        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",',
          '        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/",', '        "\\\\.bzr", "_darcs", "CVS", "\\\\.DS_Store", "Thumbs\\\\.db", "desktop\\\\.ini"', "    ],",
          '    //"file_permissions": "664",', '    //"dir_permissions": "775",', "", '    //"extra_list_connections": 0,', "", '    "connect_timeout": 30,', '    //"keepalive": 120,',
          '    //"ftp_passive_mode": true,', '    //"ftp_obey_passive_host": false,', '    //"ssh_key_file": "~/.ssh/id_rsa",', '    //"sftp_flags": ["-F", "/path/to/ssh_config"],', "",
          '    //"preserve_modification_times": false,', '    //"remote_time_offset_in_hours": 0,', '    //"remote_encoding": "utf-8",', '    //"remote_locale": "C",', '    //"allow_config_upload": false,', "}"]
    return P(g.pick(["sftp-config.json", "public/sftp-config.json", "wp-content/themes/" + c["brand"][:10] + "/sftp-config.json"]), "\n".join(L) + "\n", pw, "sftp", "password", "sublime-sftp-json")


def b_vscode_sftp(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    sftp = g.chance(0.6)
    d = {"name": g.pick([c["dom"], "Production", "staging", c["brand"]]), "host": g.pick([c["ip"], c["host"]]), "protocol": "sftp" if sftp else "ftp", "port": 22 if sftp else 21,
         "username": g.pick([c["cpu"], "deploy", "www-data"]), "password": pw, "remotePath": g.pick([f"/var/www/{c['dom']}", "/public_html", f"/home/{c['cpu']}/public_html"]),
         "uploadOnSave": g.chance(0.7), "useTempFile": False, "openSsh": False, "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]}
    if neg:
        del d["password"]
        if sftp:
            d["privateKeyPath"] = g.pick(["~/.ssh/id_ed25519", "/Users/" + g.pick(FIRST).lower() + "/.ssh/deploy_key"])
        else:
            d["interactiveAuth"] = True
    return P(".vscode/sftp.json", json.dumps(d, indent=4) + "\n", pw, "sftp", "password", "vscode-sftp-json")


def b_winscp(g, neg=False):
    c = ctx_site(g)
    sessions = []
    needle = None
    n = g.r.randint(1, 3)
    tgt = g.r.randrange(n)
    L = ["[Configuration\\Interface]", "RandomSeedFile=%APPDATA%\\winscp.rnd", "", "[Configuration\\Interface\\Commander]", "LocalPanelWidth=0.5", ""]
    for i in range(n):
        h = c["host"] if i == tgt else g.host()
        u = c["cpu"] if i == tgt else g.user()
        L += [f"[Sessions\\{u}@{h}]", f"HostName={h}", f"UserName={u}"]
        if i == tgt and not neg:
            enc = g.winscp(g.human_pw(), u, h)
            L.append(f"Password={enc}")
            needle = enc
        elif g.chance(0.5):
            L.append(f"PublicKeyFile=C:%5CUsers%5C{g.pick(FIRST)}%5C.ssh%5Cid_ed25519.ppk")
        L += [f"FSProtocol={g.pick([0, 2, 5])}", f"PortNumber={g.pick([21, 22, 2222])}", f"RemoteDirectory=/home/{u}/public_html", "UpdateDirectories=1", ""]
    L += ["[SshHostKeys]", f"ssh-ed25519@22:{c['host']}=0x{g.hex(64)},0x{g.hex(64)}"]
    return P(g.pick(["WinSCP.ini", "tools/WinSCP.ini", "ops/winscp/WinSCP.ini"]), "\r\n".join(L) + "\r\n", needle, "winscp", "obfuscated_password", "winscp-ini")


def b_filezilla(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    enc = base64.b64encode(pw.encode()).decode()
    L = ['<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>', '<FileZilla3 version="3.67.0" platform="windows">', "    <Servers>", "        <Server>",
         f"            <Host>{g.pick(['ftp.' + c['dom'], c['ip']])}</Host>", f"            <Port>{g.pick([21, 22])}</Port>", f"            <Protocol>{g.pick([0, 1, 4])}</Protocol>", "            <Type>0</Type>",
         f"            <User>{c['cpu']}</User>"]
    if neg:
        L += ["            <Logontype>2</Logontype>"]
    else:
        L += [f'            <Pass encoding="base64">{enc}</Pass>', "            <Logontype>1</Logontype>"]
    L += ["            <PasvMode>MODE_DEFAULT</PasvMode>", "            <EncodingType>Auto</EncodingType>", "            <BypassProxy>0</BypassProxy>", f"            <Name>{c['dom']}</Name>",
          f"            <RemoteDir>1 0 11 public_html</RemoteDir>", "            <SyncBrowsing>0</SyncBrowsing>", "            <DirectoryComparison>0</DirectoryComparison>", "        </Server>", "    </Servers>", "</FileZilla3>"]
    return P(g.pick(["sitemanager.xml", "docs/filezilla/sitemanager.xml", "FileZilla.xml"]), "\n".join(L) + "\n", enc, "filezilla", "base64_password", "filezilla-xml")


def b_kamal_secrets(g, neg=False):
    c = ctx_site(g)
    choice = g.r.randint(0, 3)
    L = ["# Secrets defined here are available for reference under registry/password, env/secret, builder/secrets,", "# and accessories/*/env/secret in config/deploy.yml. All secrets should be pulled from either",
         "# password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE! This file needs to be safe for git.", ""]
    refs = {"KAMAL_REGISTRY_PASSWORD": "$KAMAL_REGISTRY_PASSWORD", "RAILS_MASTER_KEY": "$(cat config/master.key)"}
    if neg or (choice >= 2 and g.chance(0.4)):
        ad = g.pick(["1password", "bitwarden", "lastpass"])
        L += [f"SECRETS=$(kamal secrets fetch --adapter {ad} --account {c['brand']} --from Deploy/{c['brand'].capitalize()} KAMAL_REGISTRY_PASSWORD DB_PASSWORD)",
              "KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD ${SECRETS})", "DB_PASSWORD=$(kamal secrets extract DB_PASSWORD ${SECRETS})", ""]
        refs.pop("KAMAL_REGISTRY_PASSWORD")
    if neg:
        for k, v in refs.items():
            L.append(f"{k}={v}")
        L.append(g.pick(["HCLOUD_TOKEN=$HCLOUD_TOKEN", "SMTP_PASSWORD=$(op read op://Deploy/postmark/password)", "BACKUP_S3_SECRET=$(cat .kamal/backup.key 2>/dev/null)"]))
        return P(".kamal/secrets", "\n".join(L) + "\n", None, "kamal", "secrets_fetch", "kamal-secrets")
    if choice == 0:
        val, prov, kind, k = g.dockerhub_pat(), "dockerhub", "pat", "KAMAL_REGISTRY_PASSWORD"
    elif choice == 1:
        val, prov, kind, k = g.gh_token("ghp_"), "github", "pat_classic", "KAMAL_REGISTRY_PASSWORD"
    elif choice == 2:
        val, prov, kind, k = g.hex(32), "rails", "master_key", "RAILS_MASTER_KEY"
    else:
        sp = g.pick([s for s in SPECS if s["provider"] in ("hetzner_cloud", "digitalocean", "hetzner_dns", "scaleway", "linode") and s["kind"] != "oauth_token"])
        val, prov, kind, k = sp["gen"](g, sp["ctx"](g)), sp["provider"], sp["kind"], g.pick(sp["names"])
    refs[k] = val
    for kk, v in refs.items():
        L.append(f"{kk}={v}")
    return P(".kamal/secrets" + g.pick(["", "", ".production", "-common"]), "\n".join(L) + "\n", val, prov, kind, "kamal-secrets")


def b_wpconfig(g, neg=False):
    c = ctx_site(g)
    db = c["brand"][:10]
    salt_mode = g.chance(0.35)
    salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    pw = g.human_pw()
    salt_chars = ALNUM + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
    needle = None
    L = ["<?php", "/**", " * The base configuration for WordPress", " *", " * @package WordPress", " */", "", "// ** Database settings ** //", f"define( 'DB_NAME', '{db}_wp' );", f"define( 'DB_USER', '{db}_usr' );"]
    if neg or salt_mode:
        L.append(g.pick(["define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );", "define( 'DB_PASSWORD', $_SERVER['DB_PASSWORD'] ?? '' );", "define( 'DB_PASSWORD', 'password_here' );"]))
    else:
        L.append(f"define( 'DB_PASSWORD', '{pw}' );")
        needle = pw
    L += ["define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", "define( 'DB_COLLATE', '' );", "", "/**#@+", " * Authentication unique keys and salts.", " */"]
    tgt = g.r.randrange(8)
    for i, k in enumerate(salts):
        if neg or not salt_mode:
            v = "put your unique phrase here"
        else:
            v = g.rs(64, salt_chars).replace("'", "!").replace("\\", "/")
            if i != tgt:
                v = "put your unique phrase here"
            else:
                needle = v
        L.append(f"define( '{k}',{' ' * (17 - len(k))}'{v}' );")
    L += ["/**#@-*/", "", "$table_prefix = 'wp_';", "", "define( 'WP_DEBUG', false );", "define( 'DISALLOW_FILE_EDIT', true );", f"define( 'WP_HOME', 'https://{c['dom']}' );",
          f"define( 'WP_SITEURL', 'https://{c['dom']}' );", "", "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "", "require_once ABSPATH . 'wp-settings.php';"]
    kind = "auth_salt" if salt_mode else "db_password"
    return P(g.pick(["wp-config.php", "public_html/wp-config.php", "web/wp-config.php"]), "\n".join(L) + "\n", needle, "wordpress" if salt_mode else "mysql", kind, "wp-config-php")


def b_wpcli(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    L = ["path: web/wp", f"url: https://{c['dom']}", "", "@staging:", f"  ssh: deploy@{g.ip()}/var/www/staging.{c['dom']}/web/wp", "@production:", f"  ssh: deploy@{c['ip']}:22/var/www/{c['dom']}/web/wp", "",
         "core download:", "  locale: " + g.pick(["en_US", "de_DE", "pl_PL", "nl_NL"]), "", "config create:", f"  dbname: {c['brand'][:10]}_wp", f"  dbuser: {c['brand'][:10]}"]
    if neg:
        L += ["  dbhost: 127.0.0.1", "  # dbpass is passed with --prompt=dbpass, never stored here"]
    else:
        L += [f"  dbpass: {q(g, pw)}", "  dbhost: 127.0.0.1"]
    L += ["  extra-php: |", "    define( 'WP_DEBUG', false );", "    define( 'DISALLOW_FILE_EDIT', true );", "", "apache_modules:", "  - mod_rewrite"]
    return P("wp-cli.yml", "\n".join(L) + "\n", pw, "mysql", "db_password", "wp-cli-yml")


def b_ovh(g, neg=False):
    c = ctx_site(g)
    ak, as_, ck = g.rs(16), g.rs(32), g.rs(32)
    mode = g.pick(["application_secret", "consumer_key"])
    fmt = g.pick(["conf", "py"])
    if fmt == "conf":
        L = ["[default]", "; general configuration: default endpoint", "endpoint=ovh-eu", "", "[ovh-eu]", "; configuration specific to 'ovh-eu' endpoint", f"application_key={ak}"]
        if neg:
            L += ["; application_secret and consumer_key are read from OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY"]
        elif mode == "application_secret":
            L += [f"application_secret={as_}", "; consumer_key is requested on first run (see scripts/ovh_auth.py) and exported as OVH_CONSUMER_KEY"]
        else:
            L += ["; application_secret comes from OVH_APPLICATION_SECRET", f"consumer_key={ck}"]
        return P(g.pick(["ovh.conf", "config/ovh.conf", "ops/ovh.conf"]), "\n".join(L) + "\n", as_ if mode == "application_secret" else ck, "ovh", mode, "ini")
    L = ["#!/usr/bin/env python3", '"""Refresh the A records of our zones on OVH after a server move."""', "import os", "import sys", "", "import ovh", "", f'ZONE = "{c["dom"]}"', f'NEW_IP = sys.argv[1] if len(sys.argv) > 1 else "{c["ip"]}"', "",
         "client = ovh.Client(", '    endpoint="ovh-eu",', f'    application_key="{ak}",']
    if neg:
        L += ['    application_secret=os.environ["OVH_APPLICATION_SECRET"],', '    consumer_key=os.environ["OVH_CONSUMER_KEY"],']
    elif mode == "application_secret":
        L += [f'    application_secret="{as_}",', '    consumer_key=os.environ["OVH_CONSUMER_KEY"],']
    else:
        L += ['    application_secret=os.environ["OVH_APPLICATION_SECRET"],', f'    consumer_key="{ck}",']
    L += [")", "", 'for rid in client.get(f"/domain/zone/{ZONE}/record", fieldType="A"):', '    rec = client.get(f"/domain/zone/{ZONE}/record/{rid}")', '    if rec["target"] != NEW_IP:',
          '        client.put(f"/domain/zone/{ZONE}/record/{rid}", target=NEW_IP)', '        print("updated", rec["subDomain"] or "@")', 'client.post(f"/domain/zone/{ZONE}/refresh")']
    return P(g.pick(["scripts/ovh_dns.py", "tools/ovh_refresh.py"]), "\n".join(L) + "\n", as_ if mode == "application_secret" else ck, "ovh", mode, "python")


def b_cli_config(g, neg=False):
    c = ctx_site(g)
    which = g.pick(["doctl", "linode", "hcloud", "scw", "vultr", "terminus"])
    if which == "doctl":
        tok = "dop_v1_" + g.hex(64)
        v = tok if not neg else g.pick(["", "dop_v1_<paste-token-here>"])
        L = [f"access-token: {v}", f"context: {g.pick(['default', c['brand'][:10]])}", "output: text", "apps.create.upsert: false",
             "compute.ssh.ssh-key-path: ~/.ssh/id_ed25519", "compute.ssh.ssh-user: root", "kubernetes.kubeconfig.save.set-current-context: true"]
        return P(g.pick(["ops/doctl/config.yaml", ".config/doctl/config.yaml"]), "\n".join(L) + "\n", tok, "digitalocean", "pat", "yaml-config")
    if which == "linode":
        tok = g.hex(64)
        u = g.user()
        L = ["[DEFAULT]", f"default-user = {u}", "", f"[{u}]", f"token = {tok}" if not neg else "# token stored in keyring (linode-cli configure --token)", "region = eu-central", "type = g6-standard-2",
             "image = linode/ubuntu24.04", f"authorized_users = {u}"]
        return P(g.pick(["ops/linode-cli", ".config/linode-cli"]), "\n".join(L) + "\n", tok, "linode", "pat", "ini")
    if which == "hcloud":
        tok = g.rs(64)
        n = g.pick(["prod", "staging", c["brand"][:10]])
        L = [f'active_context = "{n}"', "", "[[contexts]]", f'  name = "{n}"', f'  token = "{tok}"' if not neg else '  # token = "" (uses HCLOUD_TOKEN from the environment)', "", "[preferences]", '  default_location = "fsn1"', '  default_server_type = "cx22"']
        return P(g.pick(["ops/hcloud/cli.toml", ".config/hcloud/cli.toml"]), "\n".join(L) + "\n", tok, "hetzner_cloud", "api_token", "toml")
    if which == "scw":
        sk = g.uuid4()
        L = [f"access_key: SCW{g.rs(17, UPNUM)}" if not neg else "# access_key / secret_key: from SCW_ACCESS_KEY / SCW_SECRET_KEY", f"secret_key: {sk}" if not neg else f"default_organization_id: {g.uuid4()}",
             f"default_project_id: {g.uuid4()}", "default_region: fr-par", "default_zone: fr-par-1", "send_telemetry: false"]
        if not neg:
            L.insert(2, f"default_organization_id: {g.uuid4()}")
        return P(g.pick(["ops/scw/config.yaml", ".config/scw/config.yaml"]), "\n".join(L) + "\n", sk, "scaleway", "secret_key", "yaml-config")
    if which == "vultr":
        k = g.rs(36, UPNUM)
        L = [f"api-key: {k}" if not neg else "# api-key: taken from VULTR_API_KEY", "output: text", "region: ams"]
        return P(g.pick([".vultr-cli.yaml", "ops/vultr-cli.yaml"]), "\n".join(L) + "\n", k, "vultr", "api_key", "yaml-config")
    tok = g.rs(43, URLSAFE)
    L = ["# Terminus configuration for CI", "TERMINUS_HIDE_GIT_MODE_WARNING: 1", f"TERMINUS_SITE: {c['brand']}", f"TERMINUS_ENV: {g.pick(['dev', 'test', 'live'])}",
         f"TERMINUS_MACHINE_TOKEN: {tok}" if not neg else "# TERMINUS_MACHINE_TOKEN is set as a CircleCI context variable", f"TERMINUS_USER: {g.email(c['dom'])}"]
    return P(g.pick(["config.yml", ".terminus/config.yml"]), "\n".join(L) + "\n", tok, "pantheon", "machine_token", "yaml-config")


def b_dokku(g, neg=False):
    c = ctx_site(g)
    app = c["brand"][:12]
    choice = g.pick(["app_json", "db_url"])
    if choice == "app_json":
        sp = g.pick([s for s in SPECS if not s.get("human") and s["provider"] in ("digitalocean", "hetzner_dns", "linode", "scaleway", "kinsta", "portainer", "coolify", "cloudways")])
        cc = sp["ctx"](g)
        val = sp["gen"](g, cc)
        name, _ = choose_name(g, sp)
        env = {"APP_ENV": {"value": "production"}, "WEB_CONCURRENCY": {"value": "2"}}
        for k, v in sp["ctxenv"](cc):
            env[k] = {"value": v}
        if neg:
            env[name] = {"description": f"{pshort(sp)} credential used by the backup job", "required": True}
            env["SECRET_KEY_BASE"] = {"generator": "secret"}
        else:
            env[name] = {"description": f"{pshort(sp)} credential used by the backup job", "value": val}
        d = {"name": app, "description": f"{c['dom']} web app", "scripts": {"dokku": {"predeploy": "bin/rails db:migrate", "postdeploy": "bin/notify-deploy"}},
             "healthchecks": {"web": [{"type": "startup", "name": "web check", "path": "/up", "attempts": 3}]}, "env": env, "formation": {"web": {"quantity": 1}, "worker": {"quantity": 1}}}
        return P("app.json", json.dumps(d, indent=2) + "\n", val, sp["provider"], sp["kind"], "dokku-app-json")
    pw = g.hex(32)
    L = [f"# {app} on dokku ({c['ip']})", "", "```sh", f"dokku apps:create {app}", f"dokku postgres:create {app}-db", f"dokku postgres:link {app}-db {app}", f"dokku domains:set {app} {c['dom']} www.{c['dom']}",
         f"dokku letsencrypt:set {app} email ops@{c['dom']}", f"dokku letsencrypt:enable {app}"]
    if neg:
        L += [f"dokku config:show {app} | grep DATABASE_URL   # set automatically by postgres:link", f"dokku config:set --no-restart {app} RAILS_MASTER_KEY=\"$(cat config/master.key)\""]
    else:
        L += [f"# postgres:link output, needed for the reporting box:", f"dokku config:set --no-restart {app} REPORTING_DATABASE_URL=postgres://postgres:{pw}@{c['ip']}:5432/{app.replace('-', '_')}_db"]
    L += ["```", "", "Deploy with `git push dokku main`."]
    return P(g.pick(["docs/dokku.md", "DOKKU.md", "ops/dokku-setup.md"]), "\n".join(L) + "\n", pw, "dokku", "postgres_password", "markdown")


def b_deploy_hook(g, neg=False):
    c = ctx_site(g)
    which = g.pick(["forge", "envoyer", "ploi"])
    tok = g.rs(40)
    if which == "forge":
        url = f"https://forge.laravel.com/servers/{g.r.randint(100000, 900000)}/sites/{g.r.randint(1000000, 2900000)}/deploy/http?token={tok}"
        prov = "laravel_forge"
    elif which == "envoyer":
        url = f"https://envoyer.io/deploy/{tok}"
        prov = "laravel_envoyer"
    else:
        url = f"https://ploi.io/webhooks/servers/{g.r.randint(10000, 99000)}/sites/{g.r.randint(100000, 390000)}/deploy?token={tok}"
        prov = "ploi"
    fmt = g.pick(["gha", "gitlab", "composer"])
    ref = url if not neg else "${{ secrets.DEPLOY_HOOK_URL }}"
    if fmt == "gha":
        L = ["name: Trigger deploy", "on:", "  workflow_run:", "    workflows: [Tests]", "    types: [completed]", "    branches: [main]", "jobs:", "  deploy:",
             "    if: ${{ github.event.workflow_run.conclusion == 'success' }}", "    runs-on: ubuntu-latest", "    steps:", f"      - name: Ping {which}", f"        run: curl -fsS -X POST \"{ref}\""]
        path, ft = ".github/workflows/trigger-deploy.yml", "github-actions"
    elif fmt == "gitlab":
        ref = url if not neg else "$DEPLOY_WEBHOOK"
        L = ["stages: [test, deploy]", "", "phpunit:", "  stage: test", "  image: php:8.3", "  script:", "    - composer install -q", "    - vendor/bin/phpunit", "", "deploy:", "  stage: deploy",
             "  image: curlimages/curl:8.8.0", "  script:", f"    - curl -fsS -X POST \"{ref}\"", "  only: [main]"]
        path, ft = ".gitlab-ci.yml", "gitlab-ci"
    else:
        ref = url if not neg else "$DEPLOY_HOOK"
        d = {"name": f"{c['brand']}/site", "type": "project", "require": {"php": "^8.2", "laravel/framework": "^11.0"},
             "scripts": {"test": "phpunit", "deploy": f"curl -fsS -X POST \"{ref}\"" if not neg else "curl -fsS -X POST \"$DEPLOY_HOOK\""}, "config": {"sort-packages": True}}
        L = json.dumps(d, indent=4).split("\n")
        path, ft = "composer.json", "composer-json"
    return P(path, "\n".join(L) + "\n", tok, prov, "deploy_hook_token", ft)


def b_ssh_key_ci(g, neg=False):
    c = ctx_site(g)
    key = g.ssh_key(f"deploy@{c['brand'][:10]}")
    fmt = g.pick(["gitlab", "gha", "ansible", "bitbucket"])
    if fmt == "gitlab":
        L = ["variables:", f"  DEPLOY_HOST: \"{c['ip']}\"", "  DEPLOY_USER: deploy"]
        if neg:
            L += ["  # SSH_PRIVATE_KEY is a file-type CI/CD variable (protected)"]
        else:
            L += ["  SSH_PRIVATE_KEY: |"] + ["    " + x for x in key]
        L += ["", "deploy:", "  image: alpine:3.20", "  before_script:", "    - apk add --no-cache openssh-client rsync", "    - eval $(ssh-agent -s)",
              "    - echo \"$SSH_PRIVATE_KEY\" | tr -d '\\r' | ssh-add -", "    - mkdir -p ~/.ssh && chmod 700 ~/.ssh", f"    - echo \"{c['ip']} {g.ed25519_pub('').strip()}\" >> ~/.ssh/known_hosts",
              "  script:", f"    - rsync -az --delete public/ deploy@{c['ip']}:/var/www/{c['dom']}/", "  only: [main]"]
        path, ft = ".gitlab-ci.yml", "gitlab-ci"
    elif fmt == "gha":
        L = ["name: Deploy over SSH", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: Run remote deploy", "        uses: appleboy/ssh-action@v1.0.3", "        with:", f"          host: {c['ip']}", "          username: deploy", "          port: 22"]
        if neg:
            L += ["          key: ${{ secrets.DEPLOY_SSH_KEY }}", f"          fingerprint: {g.fingerprint()}"]
        else:
            L += ["          key: |"] + ["            " + x for x in key]
        L += ["          script: |", f"            cd /var/www/{c['dom']}", "            git pull --ff-only", "            composer install --no-dev -o", "            php artisan migrate --force"]
        path, ft = ".github/workflows/ssh-deploy.yml", "github-actions"
    elif fmt == "ansible":
        L = ["---", "deploy_user: deploy", f"deploy_host: {c['ip']}", "ansistrano_deploy_via: rsync", f"ansistrano_deploy_to: /var/www/{c['dom']}"]
        if neg:
            L += ["deploy_ssh_private_key: \"{{ vault_deploy_ssh_private_key }}\"", f"deploy_ssh_public_key: \"{g.ed25519_pub('deploy@ci')}\""]
        else:
            L += ["deploy_ssh_private_key: |"] + ["  " + x for x in key]
        L += ["ansistrano_keep_releases: 4"]
        path, ft = g.pick(["group_vars/all.yml", "inventories/production/group_vars/all.yml"]), "ansible-vars"
    else:
        L = ["image: atlassian/default-image:4", "pipelines:", "  branches:", "    main:", "      - step:", "          name: Deploy", "          deployment: production", "          script:",
             "            - mkdir -p ~/.ssh"]
        if neg:
            L += ["            # key configured in Repository settings > SSH keys (not stored in the repo)"]
        else:
            L += ["            - |", "              cat > ~/.ssh/id_deploy <<'KEY'"] + ["              " + x for x in key] + ["              KEY", "            - chmod 600 ~/.ssh/id_deploy"]
        L += [f"            - rsync -az -e 'ssh -i ~/.ssh/id_deploy' dist/ deploy@{c['ip']}:/var/www/{c['dom']}/"]
        path, ft = "bitbucket-pipelines.yml", "bitbucket-pipelines"
    return P(path, "\n".join(L) + "\n", key[0], "ssh", "private_key", ft)


def b_ssh_password(g, neg=False):
    c = ctx_site(g)
    pw = g.human_pw()
    fmt = g.pick(["capistrano", "inventory", "deployer_yaml"])
    if fmt == "capistrano":
        L = [f"# config/deploy/production.rb", f"server \"{c['ip']}\", user: \"deploy\", roles: %w{{app db web}}", "", "set :ssh_options, {", "  forward_agent: false,"]
        L += (["  keys: %w(~/.ssh/id_ed25519),", "  auth_methods: %w(publickey)"] if neg else ["  auth_methods: %w(password),", f"  password: \"{pw}\""])
        L += ["}", "", f"set :branch, \"main\"", f"set :rails_env, \"production\""]
        path, ft = "config/deploy/production.rb", "capistrano-rb"
    elif fmt == "inventory":
        L = ["[webservers]", f"web1 ansible_host={c['ip']} ansible_user=deploy" + ("" if neg else f" ansible_ssh_pass='{pw}'"), f"web2 ansible_host={g.ip()} ansible_user=deploy", "",
             "[webservers:vars]", "ansible_python_interpreter=/usr/bin/python3", "ansible_ssh_private_key_file=~/.ssh/deploy_ed25519" if neg else "ansible_become=true"]
        path, ft = g.pick(["hosts.ini", "inventories/production/hosts", "inventory.ini"]), "ansible-inventory"
    else:
        L = ["import: recipe/laravel.php", "", "config:", f"  repository: 'git@github.com:{c['brand']}/site.git'", "  keep_releases: 5", "", "hosts:", f"  {c['dom']}:", f"    hostname: {c['ip']}",
             "    remote_user: deploy", f"    deploy_path: '~/{c['dom']}'"]
        L += (["    identity_file: ~/.ssh/id_ed25519", "    forward_agent: true"] if neg else [f"    become: deploy", f"    # sudo password for the deploy user", f"    sudo_password: '{pw}'"])
        L += ["", "after:", "  deploy:failed: deploy:unlock"]
        path, ft = "deploy.yaml", "deployer-yaml"
    return P(path, "\n".join(L) + "\n", pw, "ssh", "password", ft)


def b_portainer_stack(g, neg=False):
    """Portainer/Coolify-style compose where admin credential is set."""
    c = ctx_site(g)
    pw = g.human_pw()
    L = ["services:", "  portainer:", "    image: portainer/portainer-ce:2.21.4", "    restart: always"]
    if neg:
        L += ["    command: -H unix:///var/run/docker.sock --admin-password '" + g.bcrypt().replace("$", "$$") + "'"]
    else:
        L += ["    command: -H unix:///var/run/docker.sock --admin-password-file /run/secrets/portainer_admin"]
    L += ["    ports:", '      - "9443:9443"', "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock", "      - portainer_data:/data"]
    if not neg:
        L += ["    secrets:", "      - portainer_admin", "", "secrets:", "  portainer_admin:", "    environment: PORTAINER_ADMIN_PASSWORD"]
    L += ["", "  traefik:", "    image: traefik:v3.1", "    labels:", f"      - traefik.http.routers.dash.rule=Host(`traefik.{c['dom']}`)",
          "      - traefik.http.middlewares.auth.basicauth.users=admin:" + ("$$apr1$$" + g.rs(8, ALNUM) + "$$" + g.rs(22, ALNUM + "./"))]
    if not neg:
        L += ["    environment:", f"      PORTAINER_ADMIN_PASSWORD: \"{pw}\""]
    L += ["", "volumes:", "  portainer_data:"]
    return P(g.pick(["docker-compose.yml", "stacks/portainer/docker-compose.yml"]), "\n".join(L) + "\n", pw, "portainer", "admin_password", "docker-compose")


BESPOKE_POS = [(b_ftp_deploy_action, 5), (b_ftpconfig, 3), (b_sublime_sftp, 3), (b_vscode_sftp, 3), (b_winscp, 3), (b_filezilla, 3), (b_kamal_secrets, 4), (b_wpconfig, 3), (b_wpcli, 2),
               (b_ovh, 3), (b_cli_config, 4), (b_dokku, 3), (b_deploy_hook, 4), (b_ssh_key_ci, 4), (b_ssh_password, 3), (b_portainer_stack, 1)]


# =====================================================================
# Negatives
# =====================================================================
def N(path, text, provider, kind, filetype):
    return dict(path=path, text=text, needle=None, provider=provider, kind=kind, filetype=filetype)


def placeholder_for(g, sp, secret):
    pn = pshort(sp)
    if sp.get("human"):
        return g.pick(["changeme", "<ftp-password>", "********", "CHANGE_ME", "your_password", "<password>", "REPLACE_WITH_PASSWORD", f"<{pn}-password>"])
    pre = ""
    for p in ("dop_v1_", "doo_v1_", "ptr_", "ucat_", "dckr_pat_", "cid_"):
        if secret.startswith(p):
            pre = p
    opts = [f"<your-{pn}-token>", "YOUR_API_TOKEN", "changeme", "REPLACE_ME", f"your-{pn}-api-key-here", "<paste token here>", "TODO", f"{pn.upper()}_TOKEN_GOES_HERE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
    if pre:
        opts += [pre + "<token>", pre + "x" * (len(secret) - len(pre)), pre + "...", pre + "YOUR_TOKEN"]
    if "|" in secret:
        opts += ["1|<token>", "67|abcthisisa123dummytoken"]
    if secret.startswith("eyJ"):
        opts += ["eyJ0eXAiOiJKV1Qi...", "<forge-api-token>"]
    return g.pick(opts)


def masked_for(g, sp, secret):
    tail = secret[-4:]
    pre = ""
    for p in ("dop_v1_", "doo_v1_", "ptr_", "ucat_", "dckr_pat_", "eyJ"):
        if secret.startswith(p):
            pre = p
    return g.pick([f"{pre}{'*' * 12}{tail}", f"{pre}****{tail}", f"{pre}…{tail}", f"{secret[:4]}{'•' * 10}{tail}", "*" * len(secret), f"{pre}[REDACTED]", f"{pre}<redacted:{tail}>"])


def neg_generic(g, mode):
    sp = g.pick(SPECS)
    c = sp["ctx"](g)
    # key-id halves that look like credentials on their own are referenced, not written
    for k, var in (("kid", "SPACES_ACCESS_KEY_ID"), ("ak", None)):
        if k in c and not (sp["provider"] == "ovh"):
            c[k] = "${" + (var or {"hestiacp": "HESTIA_ACCESS_KEY", "scaleway": "SCW_ACCESS_KEY"}.get(sp["provider"], "ACCESS_KEY")) + "}"
    orig = sp["ctxenv"]
    sp = dict(sp, ctxenv=lambda cc: [(a, b) for a, b in orig(cc) if not b.startswith("${")])
    secret = sp["gen"](g, c)
    name, _ = choose_name(g, sp, 0.25)
    rend = g.pick(renderers_for(sp))
    if mode == "env_ref":
        lit = None
    elif mode == "placeholder":
        lit = placeholder_for(g, sp, secret)
    else:
        lit = masked_for(g, sp, secret)
    path, text, ft = rend(g, sp, c, name, lit)
    return N(path, text, sp["provider"], mode, ft)


def n_deployment_xml(g):
    c = ctx_site(g)
    nm = g.pick([c["dom"], "production", "staging (" + c["ip"] + ")", c["cpu"] + "@" + c["host"]])
    if g.chance(0.6):
        L = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', f'  <component name="PublishConfigData" serverName="{nm}" remoteFilesAllowedToDisappearOnAutoupload="false"{" autoUpload=" + chr(34) + "Always" + chr(34) if g.chance(0.5) else ""}>',
             "    <serverData>", f'      <paths name="{nm}">', "        <serverdata>", "          <mappings>", f'            <mapping deploy="/public_html" local="$PROJECT_DIR$" web="/" />', "          </mappings>",
             "          <excludedPaths>", '            <excludedPath local="true" path="$PROJECT_DIR$/node_modules" />', '            <excludedPath local="true" path="$PROJECT_DIR$/.env" />', "          </excludedPaths>",
             "        </serverdata>", "      </paths>", "    </serverData>", "    <option name=\"myAutoUpload\" value=\"ON_EXPLICIT_SAVE\" />", "  </component>", "</project>"]
        return N(".idea/deployment.xml", "\n".join(L) + "\n", "jetbrains", "deployment_config", "jetbrains-deployment-xml")
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="WebServers">', '    <option name="servers">', f'      <webServer id="{g.uuid4()}" name="{nm}" url="https://{c["dom"]}">',
         f'        <fileTransfer accessType="{g.pick(["SFTP", "FTPS", "FTP"])}" host="{c["ip"]}" port="{g.pick([21, 22])}" sshConfigId="{g.uuid4()}" sshConfig="{c["cpu"]}@{c["ip"]}:22 password">',
         "          <advancedOptions>", '            <advancedOptions dataProtectionLevel="Private" passiveMode="true" shareSSLContext="true" />', "          </advancedOptions>", "        </fileTransfer>", "      </webServer>",
         "    </option>", "  </component>", "</project>"]
    return N(".idea/webServers.xml", "\n".join(L) + "\n", "jetbrains", "webservers_config", "jetbrains-deployment-xml")


def n_captain_definition(g):
    c = ctx_site(g)
    if g.chance(0.5):
        d = {"schemaVersion": 2, "dockerfilePath": "./Dockerfile"}
    else:
        d = {"schemaVersion": 2, "dockerfileLines": ["FROM node:20-alpine", "WORKDIR /usr/src/app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .",
                                                     "ENV NODE_ENV=production", "ENV PORT=3000", "EXPOSE 3000", 'CMD ["node", "server.js"]']}
    return N("captain-definition", json.dumps(d, indent=2) + "\n", "caprover", "captain_definition", "captain-definition")


def n_known_hosts(g):
    c = ctx_site(g)
    pub = g.ed25519_pub("").strip()
    L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:", f"      DEPLOY_HOST: {c['ip']}",
         f"      # host key fingerprint: {g.fingerprint()} (ED25519)", "    steps:", "      - uses: actions/checkout@v4", "      - name: Pin host key", "        run: |",
         "          mkdir -p ~/.ssh", f"          echo '{c['ip']} {pub}' >> ~/.ssh/known_hosts", "      - uses: webfactory/ssh-agent@v0.9.0", "        with:",
         "          ssh-private-key: ${{ secrets.DEPLOY_KEY }}", "      - run: vendor/bin/dep deploy production -vv"]
    return N(".github/workflows/deploy.yml", "\n".join(L) + "\n", "ssh", "host_key_fingerprint", "github-actions")


def n_sops(g):
    sp = g.pick([s for s in SPECS if s.get("tf")])
    tfp, var = sp["tf"]

    def enc(n):
        return f"ENC[AES256_GCM,data:{g.b64(n)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]"
    L = [f"{var}: {enc(48)}", f"location: {g.pick(['fsn1', 'fra1', 'ams', 'fr-par-1'])}", f"ssh_key_name: ops-{g.word()}", "sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []",
         "    age:", f"        - recipient: age1{g.rs(58, '023456789acdefghjklmnpqrstuvwxyz')}", "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    body = g.b64(180)
    L += ["            " + body[i:i + 64] for i in range(0, len(body), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{g.date()}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}Z\"",
          f"    mac: ENC[AES256_GCM,data:{g.b64(64)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]", "    pgp: []", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return N(g.pick(["secrets.enc.yaml", "infra/secrets/prod.enc.yaml", "terraform/secrets.sops.yaml"]), "\n".join(L) + "\n", sp["provider"], "sops_ciphertext", "yaml-config")


def n_ansible_vault(g):
    body = g.hex(g.pick([320, 480, 640]))
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return N(g.pick(["group_vars/all/vault.yml", "inventories/production/group_vars/webservers/vault.yml"]), "\n".join(L) + "\n", "ansible", "vault_ciphertext", "ansible-vars")


def n_rails_credentials(g):
    s = base64.b64encode(g.randbytes(g.r.randint(300, 700))).decode() + "--" + base64.b64encode(g.randbytes(12)).decode() + "--" + base64.b64encode(g.randbytes(16)).decode()
    return N(g.pick(["config/credentials.yml.enc", "config/credentials/production.yml.enc"]), s, "rails", "encrypted_credentials", "rails-credentials-enc")


def n_default_creds(g):
    c = ctx_site(g)
    which = g.pick(["caprover", "ispconfig", "cyberpanel", "portainer", "webmin"])
    if which == "caprover":
        L = ["## CapRover bootstrap", "", "```bash", f"npx caprover serversetup -y -i {c['ip']} -r {c['dom']} \\", "  -e ops@" + c["dom"] + " -w captain42 -p \"$NEW_CAPTAIN_PASSWORD\" -n prod", "```", "",
             "`captain42` is the documented default password CapRover uses before `serversetup` changes it.", "After setup, log in at https://captain." + c["dom"] + " with the new password from 1Password."]
    elif which == "ispconfig":
        L = ["# ISPConfig test VM", "", f"Vagrant box for testing the remote API client. Panel: https://{c['ip']}:8080", "", "Default login after install is `admin` / `admin` - the provisioner", "forces a change on first login. The remote user for the tests is created",
             "by `vagrant/provision.sh` with a password generated at boot and printed to the console."]
    elif which == "cyberpanel":
        L = ["# Local CyberPanel sandbox", "", "Installed with the one-liner, which sets the admin password to the documented default", "`1234567` when you choose \"default password\". Change it immediately:", "",
             "```bash", "adminPass \"$(openssl rand -base64 18)\"", "```"]
    elif which == "portainer":
        L = ["# Portainer", "", "Admin user is created on first visit of https://" + c["host"] + ":9443 (5 minutes timeout).", "If the timeout passes, restart the container: `docker restart portainer`.",
             "", "API access uses per-user access tokens (`ptr_...`), created under *My account > Access tokens*.", "Store them in the `portainer` item in 1Password, never in this repo."]
    else:
        L = ["# Virtualmin on " + c["host"], "", "Remote API: `https://" + c["host"] + ":10000/virtual-server/remote.cgi`", "Auth: HTTP basic with the `root` account (password in Bitwarden: *Hosting / virtualmin root*).",
             "", "```bash", "curl -sk -u \"root:${VIRTUALMIN_PASSWORD}\" \\", f"  'https://{c['host']}:10000/virtual-server/remote.cgi?program=list-domains&json=1'", "```"]
    return N(g.pick(["README.md", "docs/setup.md", "docs/panel.md"]), "\n".join(L) + "\n", which, "documented_default", "markdown")


def n_hashes(g):
    c = ctx_site(g)
    which = g.pick(["htpasswd", "traefik", "composer_lock", "digest"])
    if which == "htpasswd":
        L = [f"{g.user()}:$apr1${g.rs(8)}${g.rs(22, ALNUM + './')}" for _ in range(g.r.randint(1, 3))] + [f"{g.pick(FIRST).lower()}:{g.bcrypt()}"]
        return N(g.pick([".htpasswd", "staging/.htpasswd"]), "\n".join(L) + "\n", "apache", "password_hash", "htpasswd")
    if which == "traefik":
        L = ["services:", "  traefik:", "    image: traefik:v3.1", "    command:", "      - --providers.docker=true", "      - --entrypoints.websecure.address=:443", "    labels:",
             f"      - traefik.http.routers.dashboard.rule=Host(`traefik.{c['dom']}`)", "      - traefik.http.routers.dashboard.middlewares=dash-auth",
             "      - traefik.http.middlewares.dash-auth.basicauth.users=admin:" + g.bcrypt().replace("$", "$$"), "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock:ro"]
        return N("docker-compose.yml", "\n".join(L) + "\n", "traefik", "password_hash", "docker-compose")
    if which == "composer_lock":
        L = ["{", '    "_readme": [', '        "This file locks the dependencies of your project to a known state",', '        "This file is @generated automatically"', "    ],",
             f'    "content-hash": "{g.hex(32)}",', '    "packages": [', "        {", '            "name": "deployer/deployer",', '            "version": "v7.4.0",', '            "dist": {', '                "type": "zip",',
             f'                "url": "https://api.github.com/repos/deployphp/deployer/zipball/{g.hex(40)}",', f'                "reference": "{g.hex(40)}",', f'                "shasum": ""', "            }", "        }", "    ]", "}"]
        return N("composer.lock", "\n".join(L) + "\n", "composer", "digest", "json")
    L = [f"service: {c['brand']}", f"image: {c['brand']}/web", "servers:", "  web:", f"    - {c['ip']}", "accessories:", "  db:", f"    image: mysql:8.4@sha256:{g.hex(64)}", f"    host: {c['ip']}", "    port: \"127.0.0.1:3306:3306\"",
         "    env:", "      secret:", "        - MYSQL_ROOT_PASSWORD", "  redis:", f"    image: redis:7.4@sha256:{g.hex(64)}", f"    host: {c['ip']}", "registry:", "  server: ghcr.io", f"  username: {c['brand']}", "  password:", "    - KAMAL_REGISTRY_PASSWORD"]
    return N("config/deploy.yml", "\n".join(L) + "\n", "kamal", "image_digest", "kamal-deploy-yml")


def n_inventory_ids(g):
    c = ctx_site(g)
    rows = [("Hetzner Cloud server", str(g.r.randint(1000000, 59000000))), ("DigitalOcean droplet", str(g.r.randint(180000000, 480000000))), ("Vultr instance", g.uuid4()),
            ("Linode", str(g.r.randint(20000000, 69000000))), ("Pantheon site UUID", g.uuid4()), ("Acquia application", g.uuid4()), ("Kinsta environment", g.uuid4()),
            ("Coolify app uuid", g.rs(24, LO + DI)), ("Forge server / site", f"{g.r.randint(100000, 900000)} / {g.r.randint(1000000, 2900000)}"), ("Scaleway project", g.uuid4()),
            ("Cloudways server", str(g.r.randint(100000, 1400000))), ("Portainer endpoint", str(g.r.randint(1, 9))), ("UpCloud server", g.uuid4()), ("OVH service", f"ns{g.r.randint(3000000, 3999999)}.ip-51-{g.r.randint(10, 250)}-{g.r.randint(1, 250)}.eu")]
    rows = g.r.sample(rows, g.r.randint(4, 8))
    L = [f"# Infrastructure inventory - {c['dom']}", "", "| Resource | Identifier |", "|---|---|"] + [f"| {a} | `{b}` |" for a, b in rows]
    L += ["", "## Hosts", "", f"- web: `{c['ip']}` ({c['host']})", f"- db: `{g.ip()}` (private network `10.0.{g.r.randint(0, 9)}.{g.r.randint(2, 254)}`)",
          f"- SSH host key: `{g.fingerprint()}` (ED25519)", "", "Credentials live in the *Hosting* vault in 1Password - never paste them here."]
    return N(g.pick(["docs/inventory.md", "INFRA.md", "ops/servers.md"]), "\n".join(L) + "\n", "inventory", "resource_ids", "markdown")


def n_rotation_log(g):
    c = ctx_site(g)
    L = ["# Credential rotation log", "", "| Date | Credential | Old (masked) | Action |", "|---|---|---|---|"]
    items = [("DigitalOcean PAT", lambda: "dop_v1_…" + g.hex(4)), ("Hetzner Cloud token (prod)", lambda: "****" + g.rs(4)), ("Portainer access token", lambda: "ptr_****" + g.rs(3) + "="),
             ("cPanel API token `deploy-ci`", lambda: g.rs(4, UPNUM) + "************************" + g.rs(4, UPNUM)), ("GHCR PAT (kamal)", lambda: "ghp_…" + g.rs(3, UP)),
             ("Forge API token", lambda: "eyJ0eXAi…(revoked)"), ("Coolify token #" + str(g.r.randint(2, 90)), lambda: str(g.r.randint(2, 90)) + "|****"), ("Vultr API key", lambda: g.rs(4, UPNUM) + "…" + g.rs(4, UPNUM)),
             ("FTP password " + c["cpu"], lambda: "********"), ("Linode PAT", lambda: g.hex(6) + "…")]
    for name, f in g.r.sample(items, g.r.randint(3, 7)):
        L.append(f"| {g.date()} | {name} | `{f()}` | {g.pick(['rotated', 'revoked', 'rotated after offboarding', 'expired, replaced'])} |")
    L += ["", "New values are stored only in the password manager and CI secret stores."]
    return N(g.pick(["SECURITY.md", "docs/rotation-log.md", "ops/ROTATION.md"]), "\n".join(L) + "\n", "various", "masked", "markdown")


def n_cloudinit_pub(g):
    c = ctx_site(g)
    L = ["#cloud-config", f"hostname: {c['host'].split('.')[0]}", f"fqdn: {c['host']}", "users:", "  - name: deploy", "    groups: [sudo, docker]", "    shell: /bin/bash", "    sudo: ['ALL=(ALL) NOPASSWD:ALL']",
         "    ssh_authorized_keys:"]
    for _ in range(g.r.randint(1, 3)):
        L.append(f"      - {g.ed25519_pub(g.email(c['dom']))}")
    L += ["ssh_pwauth: false", "disable_root: true", "ssh_keys:", f"  ed25519_public: {g.ed25519_pub('root@' + c['host'])}", "packages: [docker.io, ufw]", "runcmd:", "  - ufw allow OpenSSH", "  - ufw allow 80,443/tcp",
          "  - ufw --force enable"]
    return N(g.pick(["cloud-init.yaml", "infra/cloud-init/web.yaml", "user-data.yml"]), "\n".join(L) + "\n", "ssh", "public_key", "cloud-init")


def n_test_vectors(g):
    L = ['"""Format checks for credentials accepted by our deploy CLI."""', "import pytest", "", "from deploycli.validate import looks_like_token", "", "",
         "@pytest.mark.parametrize(\"provider,value,ok\", [", '    ("digitalocean", "dop_v1_" + "0" * 64, True),', '    ("digitalocean", "dop_v1_short", False),', '    ("hetzner", "A" * 64, True),',
         '    ("cpanel", "X" * 32, True),', '    ("vultr", "", False),', '    ("portainer", "ptr_" + "=" * 4, False),', '    ("coolify", "1|" + "a" * 40, True),', "])",
         "def test_looks_like_token(provider, value, ok):", "    assert looks_like_token(provider, value) is ok", "", "", "def test_redacts_in_repr():", '    t = looks_like_token.parse("digitalocean", "dop_v1_" + "f" * 64)', '    assert "ffff" not in repr(t)']
    return N(g.pick(["tests/test_validate.py", "tests/unit/test_tokens.py"]), "\n".join(L) + "\n", "various", "test_vector", "python")


def n_publishable(g):
    c = ctx_site(g)
    L = [f"APP_URL=https://{c['dom']}", "APP_ENV=production", "", "# public, embedded in the HTML", f"TURNSTILE_SITE_KEY=0x4AAAAAAA{g.rs(14, ALNUM + '-_')}",
         f"RECAPTCHA_SITE_KEY=6L{g.rs(38, ALNUM + '-_')}" if g.chance(0.5) else f"HCAPTCHA_SITEKEY={g.uuid4()}", f"PLAUSIBLE_DOMAIN={c['dom']}", f"GA_MEASUREMENT_ID=G-{g.rs(10, UPNUM)}", "",
         "# secrets come from the server environment (Forge > Environment)", "TURNSTILE_SECRET_KEY=", "MAIL_PASSWORD="]
    return N(g.pick([".env.example", ".env.production.example", ".env.dist"]), "\n".join(L) + "\n", "various", "publishable_key", "dotenv")


def n_cpanel_token_list(g):
    c = ctx_site(g)
    toks = {}
    for _ in range(g.r.randint(1, 3)):
        toks[g.pick(["deploy-ci", "backup", "monitoring", "wp-toolkit", "letsencrypt"]) + "-" + str(g.r.randint(1, 9))] = {"create_time": g.r.randint(1640000000, 1760000000),
                                                                                                                         "expires_at": None, "has_full_access": g.chance(0.3), "name": "x"}
    for k in toks:
        toks[k]["name"] = k
    d = {"apiversion": 1, "func": "api_token_list", "result": 1, "data": {"tokens": list(toks.values())}, "metadata": {"command": "api_token_list", "reason": "OK", "result": 1, "version": 1}}
    L = [f"# cPanel tokens on {c['host']} (output of `uapi Tokens list`, values are never shown again)", "", "```json"] + json.dumps(d, indent=2).split("\n") + ["```"]
    return N("docs/cpanel-tokens.md", "\n".join(L) + "\n", "cpanel", "token_metadata", "markdown")


EXTRA_NEG = [(n_deployment_xml, 4), (n_captain_definition, 2), (n_known_hosts, 2), (n_sops, 3), (n_ansible_vault, 2), (n_rails_credentials, 1), (n_default_creds, 3),
             (n_hashes, 4), (n_inventory_ids, 3), (n_rotation_log, 3), (n_cloudinit_pub, 2), (n_test_vectors, 1), (n_publishable, 2), (n_cpanel_token_list, 1)]


# =====================================================================
# Positive generic + driver
# =====================================================================
def pos_generic(g):
    sp = g.pick(SPECS)
    c = sp["ctx"](g)
    secret = sp["gen"](g, c)
    name, generic = choose_name(g, sp)
    rs = renderers_for(sp)
    rend = r_tfvars if (r_tfvars in rs and g.chance(0.3)) else g.pick(rs)
    path, text, ft = rend(g, sp, c, name, secret)
    return P(path, text, secret, sp["provider"], sp["kind"], ft)


def weighted(g, table):
    tot = sum(w for _, w in table)
    x = g.r.uniform(0, tot)
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


def make_pos(g):
    if g.chance(0.55):
        return pos_generic(g)
    return weighted(g, BESPOKE_POS)(g)


def make_neg(g):
    x = g.r.random()
    if x < 0.27:
        return neg_generic(g, "env_ref")
    if x < 0.40:
        return neg_generic(g, "placeholder")
    if x < 0.49:
        return neg_generic(g, "masked")
    if x < 0.75:
        f = weighted(g, BESPOKE_POS)
        d = f(g, neg=True)
        d["needle"] = None
        d["kind"] = "neg_" + d["kind"]
        return d
    return weighted(g, EXTRA_NEG)(g)


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else -1


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    man, sec = [], []
    pos_texts, neg_texts = {}, {}
    for i in range(500):
        for _ in range(50):
            d = make_pos(g)
            n = d["needle"]
            lines = [ln for ln in d["text"].split("\n")]
            if n and d["text"].count(n) == 1 and 5 <= len(lines) - (1 if d["text"].endswith("\n") else 0) <= 80:
                break
        rel = f"pos/p{i:04d}/{d['path']}"
        pos_texts[rel] = d
        man.append({"file": rel, "label": "positive", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        sec.append({"file": rel, "needle": d["needle"], "line": line_of(d["text"], d["needle"])})
    for i in range(500):
        for _ in range(50):
            d = make_neg(g)
            nl = len(d["text"].split("\n")) - (1 if d["text"].endswith("\n") else 0)
            if 1 <= nl <= 80:
                break
        rel = f"neg/n{i:04d}/{d['path']}"
        neg_texts[rel] = d
        man.append({"file": rel, "label": "negative", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
    for rel, d in list(pos_texts.items()) + list(neg_texts.items()):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(d["text"])
    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for m in man:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for s in sec:
            fh.write(json.dumps(s) + "\n")
    selfcheck(out, man, sec)


def selfcheck(out, man, sec):
    errs = 0
    needles = []
    for s in sec:
        with open(os.path.join(out, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["needle"] not in lines[s["line"] - 1]:
            print("BAD needle/line:", s["file"], s["line"])
            errs += 1
        needles.append(s["needle"])
    for m in man:
        if m["label"] != "negative":
            continue
        with open(os.path.join(out, m["file"]), encoding="utf-8", newline="") as fh:
            t = fh.read()
        for n in needles:
            if n in t:
                print("NEGATIVE CONTAINS NEEDLE:", m["file"], n[:40])
                errs += 1
    from collections import Counter
    for lab in ("positive", "negative"):
        rows = [m for m in man if m["label"] == lab]
        print(f"== {lab}: {len(rows)} files")
        for key in ("provider", "kind", "filetype"):
            cnt = Counter(m[key] for m in rows)
            print(f"  {key} ({len(cnt)}): " + ", ".join(f"{k}={v}" for k, v in cnt.most_common()))
    pk = Counter((m["provider"], m["kind"]) for m in man if m["label"] == "positive")
    print(f"positive provider/kind pairs: {len(pk)}")
    print("SELF-CHECK", "OK" if errs == 0 else f"FAILED ({errs} problems)")
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()
