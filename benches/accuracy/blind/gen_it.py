#!/usr/bin/env python3
"""Blind evaluation-set generator: two-factor / one-time-password secrets.

EMPHASIS
    Domain: shared secrets of OATH one-time passwords and the material around
    them.  TOTP/HOTP seeds (RFC 4226 / RFC 6238, base32 per RFC 4648) written
    as otpauth:// URIs (Google "Key Uri Format"), handed to libraries
    (pyotp.TOTP/HOTP, speakeasy, otplib, ROTP::TOTP, pquerna/otp
    totp.GenerateCode, xlzd/gotp, Java GoogleAuthenticator (wstrange),
    aerogear Totp, Otp.NET, pragmarx/google2fa, spomky-labs/otphp), to tools
    (oathtool --totp -b, ykman oath accounts add), stored by bots and CI jobs
    (TOTP_SECRET, MFA_SEED, two_factor_secret, npm / PyPI automation seeds),
    Steam Guard .maFile JSON (shared_secret base64 of 20 bytes), node
    steam-totp bots, authenticator exports (Aegis plain vault, andOTP, 2FAS,
    Authy-export style lists, Bitwarden/KeePassXC CSV, KeePass XML "otp"
    attribute, 1Password-style "totp" fields), Google Authenticator migration
    URIs (otpauth-migration://offline?data=<base64 protobuf>), PAM files
    (~/.google_authenticator, pam_oath users.oath with hex keys), django-otp
    hex keys and static tokens, Laravel Fortify seeders, recovery/backup code
    sheets (GitHub, Google, Fortify, django-allauth, PyPI style).
    Kinds: base32 seeds of 16, 26, 32, 52 chars (uppercase, lowercase,
    '='-padded, space-grouped by four), HOTP seeds with counters, hex OATH
    keys (20/32 bytes), Steam shared secrets, migration payloads, recovery
    code lists.
    File types: py, js, ts, mjs, rb, go, java, kt, cs, php, sh, yml/yaml,
    json, .maFile, .env, ini, toml, properties, xml, tf, Dockerfile, md, txt,
    csv, sql, conf, log, html, plus PAM files without extension.

USAGE
    python3 -B gen_it.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (file, needle, line).  Everything is drawn from one
    random.Random(SEED); two runs with one SEED give identical bytes.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding
      quotes.  Padding ('=') and the spaces of four-character groups are part
      of the needle when the file writes them.
    * otpauth:// URIs (KeePass otp attribute, CSV/Bitwarden "totp" column,
      maFile "uri", Markdown): the needle is the value of the secret= query
      parameter only, not the whole URI.
    * otpauth-migration:// URIs: the needle is the data= value as written
      (base64 with %2B %2F %3D percent escapes).
    * Steam .maFile / bot configs: the needle is shared_secret (base64).  The
      identity_secret / secret_1 / uri fields of the same record belong to the
      same authenticator and are not separate needles.
    * Recovery / backup code sheets and ~/.google_authenticator scratch codes:
      one credential set; for code sheets the needle is the first code listed,
      for ~/.google_authenticator it is the seed on line 1.
    * HOTP: the needle is the seed; the counter next to it is not part of it.
    * Hex keys (django-otp, pam_oath, oathtool without -b): the hex string.
    * Headers / URLs: only the secret part (e.g. the path segment after
      https://2fa.live/tok/), never the header name or the host.
    * No needle spans lines; "line" is the 1-based line of its first
      occurrence and the program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-totp-secret>, YOUR_TOTP_SECRET_HERE,
    changeme, XXXX...), empty values, masks (****, [REDACTED]), environment
    references (os.environ[...], process.env.X, ENV[...], ${VAR}), CI/Helm/
    Ansible template expressions, secret-manager references (vault:, op://,
    AWS/GCP/Azure ids), calls that generate a fresh secret
    (pyotp.random_base32() ...), and documented example seeds (RFC 4226
    "12345678901234567890" / GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, Google's
    JBSWY3DPEHPK3PXP and HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ, pyotp/ROTP
    base32secret3232, ykman f5up4ub3dw, pam_oath "00", ...).  Negatives never
    land in .env / .env.local / .env.production style files (renamed
    .env.example).  The other half are look-alikes: Tor v3 onion addresses
    (with real SHA3 checksum), IPFS CIDv1 bafy/bafk, I2P b32 addresses,
    Syncthing device ids (Luhn-base32), magnet btih base32 hashes, NSEC3
    base32hex owner names, Nix store hashes, ULIDs, geohashes, bech32
    addresses, PGP fingerprints in groups of four, git/sha256/docker digests,
    SRI and go.sum hashes, UUIDs, SSH/WireGuard/WebAuthn public keys, QR-code
    PNG data URIs, 6-digit and Steam 5-char one-time codes in logs, used
    YubiKey OTPs, RFC test-vector tables, bcrypt-hashed recovery codes,
    Laravel-encrypted two_factor_secret cells, an encrypted Aegis vault,
    OTP policy settings (issuer=, algorithm=SHA1, digits=6, period=30)
    without any secret.

FORMATS CHECKED (search tool, providers' docs and real project files)
    * Google Key Uri Format wiki: otpauth://TYPE/LABEL?secret=&issuer=&
      algorithm=&digits=&period=&counter=, base32 secret, padding omitted;
      examples JBSWY3DPEHPK3PXP and HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ.
    * Migration export: alexbakker.me / qistoph otp_export: URL-encoded base64
      of protobuf MigrationPayload{otp_parameters=1, version=2, batch_size=3,
      batch_index=4, batch_id=5}; OtpParameters{secret bytes=1, name=2,
      issuer=3, algorithm=4, digits=5, type=6 (HOTP=1, TOTP=2), counter=7}.
    * Steam: SteamAuth / ArchiSteamFarm / steamguard-cli models: shared_secret,
      serial_number, revocation_code, uri, server_time, account_name,
      token_gid, identity_secret, secret_1, status, device_id, fully_enrolled,
      Session.  Steam code alphabet 23456789BCDFGHJKMNPQRTVWXY.
    * Aegis vault docs (aegisvault crate): version/header{slots,params}/db
      {version, entries[type, uuid, name, issuer, icon, info{secret, algo,
      digits, period|counter}]}.  2FAS backup (services[name, secret,
      updatedAt, otp{label, account, issuer, digits, period, algorithm,
      tokenType, source}, order, icon], schemaVersion 4).  andOTP (secret,
      issuer, label, digits, type, algorithm, thumbnail, last_used,
      used_frequency, period, tags).
    * ykman docs: "ykman oath accounts add [OPTIONS] NAME [SECRET]", -o/
      --oath-type, -d, -a, -c/--counter, -i/--issuer, -P/--period, -t/--touch;
      doc example secret f5up4ub3dw.
    * oathtool(1): KEY is hex unless -b/--base32; --totp[=SHA256|SHA512],
      -c COUNTER, -d DIGITS, -w WINDOW.  pam_oath: usersfile lines
      "HOTP/T30/6 user - <hex key>", doc example key 00.
    * google-authenticator-libpam FILEFORMAT: line 1 base32 secret, then
      '" OPTION' lines (RATE_LIMIT, WINDOW_SIZE, DISALLOW_REUSE, TOTP_AUTH,
      HOTP_COUNTER), then 8-digit scratch codes.
    * django-otp: TOTPDevice/HOTPDevice key = hex (max 80), step, t0, digits,
      tolerance, drift, last_t / counter.
    * Laravel Fortify style RecoveryCode::generate() = Str::random(10)-
      Str::random(10).  django-allauth recovery codes: 8 digits, 10 codes.
      GitHub docs: 16 recovery codes.
    * pyotp / ROTP READMEs: base32secret3232, random_base32(); otplib docs:
      JBSWY3DPEHPK3PXP; URI::otpauth doc: NFZS25DINFZV643VOAZXELLTGNRXEM3UH4;
      authlib otpauth: OB4XI2DPNY; aegis-vault crate doc:
      4SJHB4GSD43FZBAI7C2HLRJGPQ and ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.
    No secret-scanner rule code or rule list was opened.

DOUBTS
    * GitHub recovery code shape (xxxxx-xxxxx lowercase hex) and PyPI
      recovery codes (16 hex chars, 8 codes) are from memory, not confirmed.
    * django-otp static token shape (8 lowercase base32 chars) from memory.
    * Steam revocation_code shape (R + 5 digits), token_gid (16 hex) and
      serial_number width are from memory of real maFiles.
    * Syncthing Luhn-base32 check character algorithm and I2P/NSEC3 details
      are from memory of their specs; they only matter for realism of
      negatives.
    * Whether a scanner should flag 8-digit backup codes alone is debatable;
      they are labelled positive only in files that are plainly code sheets.
    * Encrypted blobs (Laravel two_factor_secret ciphertext, encrypted Aegis
      vault) are labelled negative: ciphertext without its key.
"""

import base64
import hashlib
import json
import os
import random
import struct
import sys
import zlib
from urllib.parse import quote

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NIX32 = "0123456789abcdfghijklmnpqrsvwxyz"
GEOHASH32 = "0123456789bcdefghjkmnpqrstuvwxyz"
MODHEX = "cbdefghijklnrtuv"
STEAM_CHARS = "23456789BCDFGHJKMNPQRTVWXY"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
         "ivan", "judy", "mateo", "priya", "kenji", "lena", "omar", "sofia",
         "tomas", "ines", "noah", "yusuf", "zoe", "rupert", "wendy", "victor"]
DOMAINS = ["acme-robotics.io", "northwind.dev", "brightlabs.co", "fjordsoft.no",
           "lumen-analytics.com", "quarry.systems", "tidewater.app",
           "kestrel-ops.net", "pinecone-hq.org", "vandal.studio"]
ISSUERS = ["GitHub", "GitLab", "npm", "PyPI", "AWS", "Cloudflare",
           "DigitalOcean", "Hetzner", "Docker Hub", "RubyGems.org", "Atlassian",
           "Okta", "Discord", "Namecheap", "Proton", "Coinbase", "Kraken",
           "Linode", "Heroku", "Vercel", "Netlify", "Sentry", "Grafana",
           "Twilio", "Fastly", "OVHcloud", "Gandi", "Synology", "Bitbucket",
           "Tailscale"]
BOTS = ["release-bot", "ci-publisher", "deploy-bot", "backup-runner",
        "nightly-sync", "ops-automation", "scraper01", "mirror-bot",
        "svc-monitor", "infra-robot"]
STEAM_USERS = ["tradebot_eu1", "cardfarm_07", "idlemaster42", "skinvault_bot",
               "keyshop_main", "drops_collector", "market_maker3", "giveaway_hq"]
PROJECTS = ["atlas", "beacon", "cobalt", "driftwood", "ember", "fathom",
            "granite", "harbor", "ion", "juniper", "kelvin", "lattice"]


class Gen:
    """All randomness goes through self.R (one random.Random(SEED))."""

    def __init__(self, seed):
        self.R = random.Random(seed)

    # ---- primitives -------------------------------------------------------
    def rb(self, n):
        return bytes(self.R.getrandbits(8) for _ in range(n))

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def ri(self, a, b):
        return self.R.randint(a, b)

    def chance(self, p):
        return self.R.random() < p

    def chars(self, alphabet, n):
        return "".join(alphabet[self.R.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n):
        return self.rb(n).hex()

    def digits(self, n):
        return "".join(str(self.R.randrange(10)) for _ in range(n))

    def uuid(self):
        b = bytearray(self.rb(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = bytes(b).hex()
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def user(self):
        return self.pick(FIRST)

    def email(self):
        return "%s@%s" % (self.pick(FIRST), self.pick(DOMAINS))

    def domain(self):
        return self.pick(DOMAINS)

    def issuer(self):
        return self.pick(ISSUERS)

    def bot(self):
        return self.pick(BOTS)

    def project(self):
        return self.pick(PROJECTS)

    def ts(self):
        return self.ri(1640995200, 1735603200)

    def iso(self):
        t = self.ts()
        y, rem = 2022 + (t - 1640995200) // 31536000, t % 86400
        mo, d = self.ri(1, 12), self.ri(1, 28)
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (min(y, 2024), mo, d,
                                                  rem // 3600, rem // 60 % 60, rem % 60)

    def date(self):
        return "%04d-%02d-%02d" % (self.ri(2022, 2024), self.ri(1, 12), self.ri(1, 28))

    def steamid(self):
        return str(76561197960265728 + self.ri(10000000, 1200000000))

    def ver(self):
        return "%d.%d.%d" % (self.ri(0, 5), self.ri(0, 20), self.ri(0, 12))

    # ---- OTP secrets ------------------------------------------------------
    def b32_of(self, nbytes, pad=False):
        s = base64.b32encode(self.rb(nbytes)).decode()
        return s if pad else s.rstrip("=")

    LEN2BYTES = {16: 10, 26: 16, 32: 20, 52: 32}

    def secret(self, gen, **kw):
        """Return (value, kind, raw_bytes) for a positive secret."""
        R = self.R
        if gen in ("b32", "b32u", "b32g", "b32lc"):
            lens = kw.get("lens", (16, 26, 32, 52))
            weights = {16: 3, 26: 2, 32: 5, 52: 2}
            pool = [n for n in lens for _ in range(weights.get(n, 1))]
            n = self.pick(pool)
            raw = self.rb(self.LEN2BYTES[n])
            full = base64.b32encode(raw).decode()
            val = full.rstrip("=")
            base = kw.get("kindp", "totp_seed")
            kind = "%s_b32_%d" % (base, n)
            if gen == "b32" and "=" in full and kw.get("pad_ok", True) and self.chance(0.3):
                val = full
                kind += "_padded"
            if gen == "b32lc" or (gen == "b32" and kw.get("lower_ok") and self.chance(0.3)):
                val = val.lower()
                kind += "_lower"
            if gen == "b32g":
                lower = self.chance(0.7)
                v = val.lower() if lower else val
                val = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
                kind += "_grouped"
            return val, kind, raw
        if gen == "hex":
            nb = kw.get("nbytes", 20)
            raw = self.rb(nb)
            return raw.hex(), "oath_key_hex%d" % (nb * 2), raw
        if gen == "steam":
            raw = self.rb(20)
            return base64.b64encode(raw).decode(), "steam_shared_secret_b64", raw
        if gen == "mig":
            return self.migration(kw.get("name", "user"), kw.get("issuer", "Example"),
                                  kw.get("hotp", False))
        raise ValueError(gen)

    def steam_aux(self):
        return base64.b64encode(self.rb(20)).decode()

    # ---- protobuf for otpauth-migration ----------------------------------
    @staticmethod
    def _varint(n):
        out = bytearray()
        while True:
            b = n & 0x7F
            n >>= 7
            if n:
                out.append(b | 0x80)
            else:
                out.append(b)
                return bytes(out)

    def _ld(self, field, data):
        return self._varint((field << 3) | 2) + self._varint(len(data)) + data

    def _vi(self, field, n):
        return self._varint(field << 3) + self._varint(n)

    def migration(self, name, issuer, hotp=False):
        raw = self.rb(self.pick([10, 20, 20, 16]))
        p = self._ld(1, raw) + self._ld(2, ("%s:%s" % (issuer, name)).encode())
        p += self._ld(3, issuer.encode()) + self._vi(4, 1) + self._vi(5, 1)
        p += self._vi(6, 1 if hotp else 2)
        if hotp:
            p += self._vi(7, self.ri(0, 300))
        payload = self._ld(1, p) + self._vi(2, 1) + self._vi(3, 1)
        payload += self._vi(5, self.ri(1, 2 ** 31 - 1))
        data = quote(base64.b64encode(payload).decode(), safe="")
        return data, "otpauth_migration_payload", raw

    # ---- recovery codes -------------------------------------------------
    def recovery(self, style, n=None):
        if style == "github":
            return ["%s-%s" % (self.hexs(3)[:5], self.hexs(3)[:5]) for _ in range(n or 16)]
        if style == "google":
            return ["%s %s" % (self.digits(4), self.digits(4)) for _ in range(n or 10)]
        if style == "fortify":
            return ["%s-%s" % (self.chars(ALNUM, 10), self.chars(ALNUM, 10)) for _ in range(n or 8)]
        if style == "djstatic":
            return [base64.b32encode(self.rb(5)).decode().lower() for _ in range(n or 10)]
        if style == "pypi":
            return [self.hexs(8) for _ in range(n or 8)]
        if style == "allauth":
            return [self.digits(8) for _ in range(n or 10)]
        if style == "scratch":
            return [str(self.ri(10000000, 99999999)) for _ in range(n or 5)]
        raise ValueError(style)

    # ---- look-alike material ---------------------------------------------
    def onion(self):
        pub = self.rb(32)
        chk = hashlib.sha3_256(b".onion checksum" + pub + b"\x03").digest()[:2]
        return base64.b32encode(pub + chk + b"\x03").decode().lower() + ".onion"

    def cid(self, raw=False):
        pre = b"\x01\x55\x12\x20" if raw else b"\x01\x70\x12\x20"
        d = hashlib.sha256(self.rb(64)).digest()
        return "b" + base64.b32encode(pre + d).decode().lower().rstrip("=")

    def i2p(self):
        d = hashlib.sha256(self.rb(391)).digest()
        return base64.b32encode(d).decode().lower().rstrip("=") + ".b32.i2p"

    def ulid(self):
        ms = self.ri(1640995200000, 1735603200000)
        n = (ms << 80) | self.R.getrandbits(80)
        out = []
        for _ in range(26):
            out.append(CROCKFORD[n & 31])
            n >>= 5
        return "".join(reversed(out))

    def geohash(self, lat=None, lon=None, prec=None):
        lat = self.R.uniform(-60, 70) if lat is None else lat
        lon = self.R.uniform(-170, 170) if lon is None else lon
        prec = prec or self.pick([7, 8, 9, 10, 11, 12])
        lat_r, lon_r = [-90.0, 90.0], [-180.0, 180.0]
        bits, even, ch, out = 0, True, 0, []
        while len(out) < prec:
            rng, v = (lon_r, lon) if even else (lat_r, lat)
            mid = (rng[0] + rng[1]) / 2
            if v >= mid:
                ch = (ch << 1) | 1
                rng[0] = mid
            else:
                ch <<= 1
                rng[1] = mid
            even = not even
            bits += 1
            if bits == 5:
                out.append(GEOHASH32[ch])
                bits, ch = 0, 0
        return "".join(out), lat, lon

    def nixhash(self):
        return self.chars(NIX32, 32)

    def btih32(self):
        return base64.b32encode(hashlib.sha1(self.rb(40)).digest()).decode()

    def nsec3(self):
        return base64.b32hexencode(hashlib.sha1(self.rb(24)).digest()).decode()

    def syncthing(self):
        s = base64.b32encode(hashlib.sha256(self.rb(300)).digest()).decode().rstrip("=")
        out = ""
        for i in range(4):
            chunk = s[i * 13:(i + 1) * 13]
            factor, total = 1, 0
            for ch in chunk:
                add = factor * B32.index(ch)
                factor = 1 if factor == 2 else 2
                total += add // 32 + add % 32
            out += chunk + B32[(32 - total % 32) % 32]
        return "-".join(out[i:i + 7] for i in range(0, 56, 7))

    def bech32_addr(self):
        def polymod(values):
            gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
            chk = 1
            for v in values:
                top = chk >> 25
                chk = (chk & 0x1ffffff) << 5 ^ v
                for i in range(5):
                    chk ^= gen[i] if ((top >> i) & 1) else 0
            return chk
        prog = self.rb(20)
        acc, bits, data = 0, 0, [0]
        for b in prog:
            acc = (acc << 8) | b
            bits += 8
            while bits >= 5:
                bits -= 5
                data.append((acc >> bits) & 31)
        if bits:
            data.append((acc << (5 - bits)) & 31)
        hrp = "bc"
        exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
        pm = polymod(exp + data + [0] * 6) ^ 1
        chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return hrp + "1" + "".join(BECH32[d] for d in data + chk)

    def pgp_fpr(self):
        h = self.hexs(20).upper()
        return " ".join(h[i:i + 4] for i in range(0, 40, 4))

    def yubiotp(self):
        return "cccc" + self.chars(MODHEX, 8) + self.chars(MODHEX, 32)

    def ssh_ed25519(self):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + self.rb(32)
        return "ssh-ed25519 " + base64.b64encode(blob).decode()

    def b64(self, n):
        return base64.b64encode(self.rb(n)).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(self.rb(n)).decode().rstrip("=")

    def cose_pub(self):
        raw = bytes([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]) + self.rb(32)
        raw += bytes([0x22, 0x58, 0x20]) + self.rb(32)
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def bcrypt(self):
        return "$2y$10$" + self.chars(BCRYPT64, 53)

    def laravel_cipher(self):
        payload = {"iv": self.b64(16), "value": self.b64(self.pick([48, 64])),
                   "mac": self.hexs(32), "tag": ""}
        return base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()

    def qr_png_datauri(self):
        mods = 25
        scale = 3
        grid = [[self.chance(0.5) for _ in range(mods)] for _ in range(mods)]
        for (oy, ox) in ((0, 0), (0, mods - 7), (mods - 7, 0)):
            for y in range(7):
                for x in range(7):
                    edge = y in (0, 6) or x in (0, 6)
                    core = 2 <= y <= 4 and 2 <= x <= 4
                    grid[oy + y][ox + x] = edge or core
        w = (mods + 8) * scale
        rows = []
        for py in range(w):
            row = bytearray([0])
            for px in range(w):
                my, mx = py // scale - 4, px // scale - 4
                dark = 0 <= my < mods and 0 <= mx < mods and grid[my][mx]
                row.append(0 if dark else 255)
            rows.append(bytes(row))

        def chunk(t, d):
            c = struct.pack(">I", len(d)) + t + d
            return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
        return "data:image/png;base64," + base64.b64encode(png).decode()

    def totp_code(self, digits=6):
        return self.digits(digits)


# ---------------------------------------------------------------------------
# Slot handling: one template, rendered either with a real secret (positive)
# or with a non-secret value of a chosen style (negative re-use).
# ---------------------------------------------------------------------------
CODE_LANGS = ("py", "js", "ts", "rb", "go", "java", "kt", "php", "cs", "sh")
TEMPLATE_LANGS = ("yaml", "json", "toml", "ini", "props", "xml", "env", "docker", "conf",
                  "uri", "md", "txt")

DOC_EXAMPLES_B32 = ["JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                    "base32secret3232", "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
                    "4SJHB4GSD43FZBAI7C2HLRJGPQ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                    "NFZS25DINFZV643VOAZXELLTGNRXEM3UH4", "OB4XI2DPNY", "f5up4ub3dw"]
DOC_EXAMPLES_B32G = ["jbsw y3dp ehpk 3pxp", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq",
                     "JBSW Y3DP EHPK 3PXP"]
DOC_EXAMPLES_HEX = ["3132333435363738393031323334353637383930", "00",
                    "3132333435363738393031323334353637383930313233343536373839303132"]
PH = {
    "b32": ["<your-totp-secret>", "YOUR_TOTP_SECRET_HERE", "changeme",
            "XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "REPLACE_WITH_BASE32_SEED", "your-base32-secret", "<BASE32_SECRET>",
            "TODO-set-me", "insert-seed-here", "<seed>", "your_2fa_secret"],
    "b32g": ["xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx", "XXXX XXXX XXXX XXXX",
             "<paste the setup key here>", "abcd efgh ijkl mnop"],
    "hex": ["<hex-encoded-key>", "YOUR_HEX_KEY", "CHANGEME", "<40 hex chars>"],
    "steam": ["<shared_secret>", "YOUR_SHARED_SECRET", "base64-shared-secret-here",
              "PUT_SHARED_SECRET_HERE"],
    "mig": ["<export-data>", "PASTE_DATA_PARAM_HERE", "...", "<base64-payload>"],
}
MASKS = ["****************", "[REDACTED]", "<redacted>", "********", "REDACTED",
         "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "(hidden)", "***"]
MODE_WEIGHTS = [("placeholder", 3), ("masked", 2), ("envref", 3), ("empty", 1),
                ("template", 2), ("vault", 2), ("docexample", 3), ("generated", 2)]


def gen_family(gen):
    if gen in ("b32", "b32u", "b32lc"):
        return "b32"
    return gen


class Ctx:
    def __init__(self, g, pos):
        self.g = g
        self.pos = pos
        self.mode = None
        self.needle = None
        self.kind = None
        self.raw = None
        self.nslots = 0

    # --- choose negative style lazily, once per file -----------------------
    def _mode_for(self, lang, gen):
        if self.mode:
            return self.mode
        fam = gen_family(gen)
        ok = []
        for m, w in MODE_WEIGHTS:
            if m == "generated" and (lang not in CODE_LANGS or fam not in ("b32",)):
                continue
            if m == "docexample" and fam not in ("b32", "b32g", "hex"):
                continue
            if m == "template" and lang not in TEMPLATE_LANGS:
                continue
            if m == "empty" and lang == "uri":
                continue
            ok += [m] * w
        self.mode = self.g.pick(ok)
        self.kind = {"placeholder": "placeholder", "masked": "masked_value",
                     "envref": "env_reference", "empty": "empty_value",
                     "template": "template_expression", "vault": "secret_manager_reference",
                     "docexample": "documented_example_secret",
                     "generated": "runtime_generated_secret"}[self.mode]
        return self.mode

    def _neg(self, lang, gen, var, q, aux=False):
        g = self.g
        mode = self._mode_for(lang, gen)
        fam = gen_family(gen)
        if aux and mode in ("docexample", "generated"):
            mode = "placeholder"
        if mode == "placeholder":
            return q + g.pick(PH.get(fam, PH["b32"])) + q
        if mode == "masked":
            return q + g.pick(MASKS) + q
        if mode == "empty":
            return q + q
        if mode == "docexample":
            pool = {"b32": DOC_EXAMPLES_B32, "b32g": DOC_EXAMPLES_B32G,
                    "hex": DOC_EXAMPLES_HEX}[fam]
            return q + g.pick(pool) + q
        if mode == "envref":
            return q + "${%s}" % var + q if lang not in CODE_LANGS else self._env_expr(lang, var, q)
        if mode == "generated":
            return {"py": "pyotp.random_base32()", "js": "authenticator.generateSecret()",
                    "ts": "authenticator.generateSecret()", "rb": "ROTP::Base32.random_base32",
                    "go": "gotp.RandomSecret(32)",
                    "java": "new GoogleAuthenticator().createCredentials().getKey()",
                    "kt": "GoogleAuthenticator().createCredentials().key",
                    "php": "$google2fa->generateSecretKey()",
                    "cs": "Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20))",
                    "sh": '"$(head -c 20 /dev/urandom | base32)"'}[lang]
        if mode == "template":
            t = g.pick(["{{ .Values.mfa.%s }}" % var.lower(), "{{ %s }}" % var.lower(),
                        "${{ secrets.%s }}" % var, '<%%= ENV["%s"] %%>' % var,
                        "{{ lookup('env', '%s') }}" % var, "%%(%s)s" % var.lower()])
            return q + t + q
        if mode == "vault":
            acct = g.ri(100000000000, 999999999999)
            path = g.pick(["vault:secret/data/automation/%s#value" % var.lower(),
                           "op://Automation/%s/one-time password?attribute=otp" % g.bot(),
                           "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (
                               acct, var.lower().replace("_", "-"), g.chars(ALNUM, 6)),
                           "projects/%s-prod/secrets/%s/versions/latest" % (
                               g.project(), var.lower().replace("_", "-")),
                           "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (
                               g.project(), var.lower().replace("_", "-"))])
            if lang in CODE_LANGS:
                fn = {"py": "get_secret", "js": "await getSecret", "ts": "await getSecret",
                      "rb": "SecretStore.fetch", "go": "mustSecret", "java": "secrets.get",
                      "kt": "secrets.get", "php": "secret", "cs": "await secrets.GetAsync",
                      "sh": None}[lang]
                if fn is None:
                    return '"$(vault kv get -field=value secret/automation/%s)"' % var.lower()
                return '%s("%s")' % (fn, path) if lang != "php" else "%s('%s')" % (fn, path)
            return q + path + q
        raise ValueError(mode)

    def _env_expr(self, lang, var, q):
        g = self.g
        if lang == "py":
            return g.pick(['os.environ["%s"]' % var, 'os.getenv("%s")' % var])
        if lang in ("js", "ts"):
            return g.pick(["process.env.%s" % var, "process.env['%s']" % var])
        if lang == "rb":
            return g.pick(['ENV["%s"]' % var, 'ENV.fetch("%s")' % var])
        if lang == "go":
            return 'os.Getenv("%s")' % var
        if lang in ("java", "kt"):
            return 'System.getenv("%s")' % var
        if lang == "php":
            return g.pick(["getenv('%s')" % var, "env('%s')" % var])
        if lang == "cs":
            return 'Environment.GetEnvironmentVariable("%s")' % var
        if lang == "sh":
            return g.pick(['"$%s"' % var, '"${%s}"' % var, '"${%s:?missing}"' % var])
        return q + "${%s}" % var + q

    # --- public API for templates -----------------------------------------
    def s(self, lang, gen="b32", var="TOTP_SECRET", q='"', **kw):
        """The one credential slot of a template."""
        self.nslots += 1
        assert self.nslots == 1, "template used more than one needle slot"
        if self.pos:
            val, kind, raw = self.g.secret(gen, **kw)
            self.needle, self.kind, self.raw = val, kind, raw
            return q + val + q
        return self._neg(lang, gen, var, q)

    def aux(self, lang, gen, var, q='"'):
        """Another field of the same credential (identity_secret, secret_1 ...)."""
        if self.pos:
            if gen == "steam":
                return q + self.g.steam_aux() + q
            return q + self.g.secret(gen)[0] + q
        return self._neg(lang, gen, var, q, aux=True)

    def derived_b32(self, lang="uri", var="TOTP_SECRET"):
        """Base32 of the raw secret bytes (maFile uri); mirrors the slot for negatives."""
        if self.pos:
            return base64.b32encode(self.raw).decode().rstrip("=")
        return self._neg(lang, "b32", var, "", aux=True)

    def codes(self, style, n=None):
        """A recovery-code sheet: the needle is the first code."""
        self.nslots += 1
        assert self.nslots == 1
        g = self.g
        if self.pos:
            cs = g.recovery(style, n)
            self.needle, self.kind = cs[0], "recovery_codes_" + style
            return cs
        self.mode = g.pick(["placeholder", "masked", "placeholder", "masked", "used"])
        proto = g.recovery(style, n)
        if self.mode == "masked":
            self.kind = "masked_value"
            return ["".join("*" if ch.isalnum() else ch for ch in c) for c in proto]
        if self.mode == "used":
            self.mode, self.kind = "placeholder", "placeholder"
            return ["<recovery-code-%d>" % (i + 1) for i in range(len(proto))]
        self.kind = "placeholder"
        return ["".join("x" if ch.isalnum() else ch for ch in c) for c in proto]


POS_T = []
NEG_T = []


def pos_t(provider, conv, env=False):
    def deco(fn):
        POS_T.append((fn.__name__, fn, provider, conv, env))
        return fn
    return deco


def neg_t(provider, kind):
    def deco(fn):
        NEG_T.append((fn.__name__, fn, provider, kind))
        return fn
    return deco


def issuer_slug(iss):
    return iss.lower().replace(" ", "-").replace(".", "")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def otpauth(label_issuer, account, secret_text, extra="", typ="totp"):
    lab = quote(label_issuer) + ":" + quote(account, safe="@")
    return "otpauth://%s/%s?secret=%s&issuer=%s%s" % (typ, lab, secret_text,
                                                      quote(label_issuer), extra)


# ---------------------------------------------------------------------------
# Positive templates (each also serves the negative re-use half)
# ---------------------------------------------------------------------------
@pos_t("pyotp", False)
def p_py_pyotp_login(c):
    g = c.g
    iss = g.issuer()
    path = g.pick(["scripts/login_bot.py", "tools/otp_login.py", "automation/%s_login.py" % issuer_slug(iss)])
    return path, '''"""Log the %s service account in headlessly (2FA enabled on the account)."""
import os
import sys
import time

import pyotp
import requests

BASE_URL = "https://%s"
USERNAME = "%s"

totp = pyotp.TOTP(%s)


def login(session: requests.Session) -> str:
    resp = session.post(f"{BASE_URL}/api/session", json={
        "username": USERNAME,
        "password": os.environ["SVC_PASSWORD"],
    }, timeout=15)
    resp.raise_for_status()
    challenge = resp.json()["challenge_id"]
    code = totp.now()
    # codes rotate every 30s; wait if we are at the edge of the window
    if totp.interval - (time.time() %% totp.interval) < 3:
        time.sleep(3)
        code = totp.now()
    r2 = session.post(f"{BASE_URL}/api/session/2fa", json={"challenge": challenge, "code": code}, timeout=15)
    r2.raise_for_status()
    return r2.json()["token"]


if __name__ == "__main__":
    with requests.Session() as s:
        print("logged in:", bool(login(s)), file=sys.stderr)
''' % (iss, "auth." + g.domain(), g.bot(), c.s("py", "b32", "SVC_TOTP_SECRET"))


@pos_t("pyotp", False)
def p_py_pyotp_hotp(c):
    g = c.g
    counter = g.ri(3, 900)
    return g.pick(["ops/hotp_token.py", "bin/vpn_hotp.py"]), '''#!/usr/bin/env python3
# Event-based token for the legacy VPN concentrator (HOTP, RFC 4226).
# The counter is persisted next to this script so the server and we stay in sync.
import json
import pathlib

import pyotp

STATE = pathlib.Path(__file__).with_suffix(".state.json")
hotp = pyotp.HOTP(%s, digits=%d)


def next_code() -> str:
    state = json.loads(STATE.read_text()) if STATE.exists() else {"counter": %d}
    code = hotp.at(state["counter"])
    state["counter"] += 1
    STATE.write_text(json.dumps(state))
    return code


if __name__ == "__main__":
    print(next_code())
''' % (c.s("py", "b32", "VPN_HOTP_SECRET", kindp="hotp_seed"), g.pick([6, 6, 8]), counter)


@pos_t("generic TOTP", True)
def p_py_settings(c):
    g = c.g
    proj = g.project()
    return g.pick(["config/settings.py", "%s/settings/production.py" % proj, "app/config.py"]), '''"""Runtime settings for %s."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["%s", "www.%s"]
TIME_ZONE = "UTC"

# Upstream partner portal requires 2FA for the integration user.
PARTNER_PORTAL_URL = "https://partners.%s/api/v2"
PARTNER_PORTAL_USER = "%s"
TOTP_SECRET = %s
TOTP_INTERVAL = 30

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
''' % (proj, g.domain(), g.domain(), g.domain(), g.bot(), c.s("py", "b32", "TOTP_SECRET"))


@pos_t("generic TOTP", True)
def p_py_selenium(c):
    g = c.g
    iss = g.issuer()
    return g.pick(["bots/portal_bot.py", "scraper/%s_session.py" % issuer_slug(iss)]), '''import os

import pyotp
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

LOGIN_URL = "https://%s/login"
MFA_SEED = %s

driver = webdriver.Chrome()
wait = WebDriverWait(driver, 20)
driver.get(LOGIN_URL)
driver.find_element(By.ID, "username").send_keys(os.environ["PORTAL_USER"])
driver.find_element(By.ID, "password").send_keys(os.environ["PORTAL_PASS"])
driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
otp_box = wait.until(EC.presence_of_element_located((By.NAME, "otp")))
otp_box.send_keys(pyotp.TOTP(MFA_SEED).now())
driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
wait.until(EC.url_contains("/dashboard"))
print("session cookie length", len(driver.get_cookie("session")["value"]))
driver.quit()
''' % ("portal." + g.domain(), c.s("py", "b32", "MFA_SEED"))


@pos_t("generic TOTP", False)
def p_py_accounts_list(c):
    g = c.g
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append('    {"name": "%s", "issuer": "%s", "digits": 6, "period": 30, "seed": None},' % (g.email(), g.issuer()))
    pos = g.ri(0, len(rows))
    rows.insert(pos, '    {"name": "%s", "issuer": "%s", "digits": 6, "period": 30, "seed": %s},' % (
        g.email(), g.issuer(), c.s("py", "b32", "OTP_SEED")))
    return g.pick(["tools/otp_accounts.py", "monitoring/synthetic_accounts.py"]), '''"""Synthetic-monitoring accounts. Entries without a seed use SMS and are skipped."""
from dataclasses import dataclass
from typing import Optional

ACCOUNTS = [
%s
]


@dataclass
class Account:
    name: str
    issuer: str
    digits: int
    period: int
    seed: Optional[str]


def load():
    return [Account(**a) for a in ACCOUNTS if a["seed"]]
''' % "\n".join(rows)


@pos_t("Steam Guard", False)
def p_py_steam_guard(c):
    g = c.g
    return g.pick(["steam/guard.py", "bot/steam_code.py"]), '''import base64
import hmac
import struct
import time
from hashlib import sha1

CHARS = "23456789BCDFGHJKMNPQRTVWXY"


def steam_code(shared_secret: str, ts: int | None = None) -> str:
    ts = int(ts or time.time()) // 30
    mac = hmac.new(base64.b64decode(shared_secret), struct.pack(">Q", ts), sha1).digest()
    start = mac[19] & 0x0F
    full = struct.unpack(">I", mac[start:start + 4])[0] & 0x7FFFFFFF
    out = []
    for _ in range(5):
        out.append(CHARS[full %% len(CHARS)])
        full //= len(CHARS)
    return "".join(out)


if __name__ == "__main__":
    # account: %s
    print(steam_code(%s))
''' % (g.pick(STEAM_USERS), c.s("py", "steam", "STEAM_SHARED_SECRET"))


@pos_t("django-otp", False)
def p_py_django_otp_create(c):
    g = c.g
    return g.pick(["accounts/management/commands/seed_staff_otp.py", "scripts/provision_otp.py"]), '''from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Attach the shared ops TOTP device to the on-call staff user"

    def handle(self, *args, **options):
        user = get_user_model().objects.get(username="%s")
        device, created = TOTPDevice.objects.get_or_create(
            user=user,
            name="%s",
            defaults={
                "key": %s,
                "step": 30,
                "digits": 6,
                "confirmed": True,
            },
        )
        self.stdout.write(f"device {device.pk} created={created}")
''' % (g.bot(), g.pick(["oncall", "ops-shared", "yubikey-import"]), c.s("py", "hex", "OTP_DEVICE_KEY"))


@pos_t("oath-toolkit", False)
def p_py_oathtool_subprocess(c):
    g = c.g
    return g.pick(["deploy/vpn_connect.py", "scripts/jump_login.py"]), '''import subprocess


def current_code() -> str:
    out = subprocess.run(
        ["oathtool", "--totp", "-b", %s],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


def connect(host: str = "%s") -> None:
    subprocess.run(["openconnect", "--user=%s", "--passwd-on-stdin", host],
                   input=current_code() + "\\n", text=True, check=True)


if __name__ == "__main__":
    connect()
''' % (c.s("py", "b32", "VPN_TOTP_SEED", pad_ok=False), "vpn." + g.domain(), g.user())


@pos_t("2fa.live", False)
def p_py_url_2falive(c):
    g = c.g
    q = c.s("py", "b32u", "TOTP_SECRET", q="")
    if c.pos or c.mode in ("placeholder", "masked", "empty", "docexample"):
        line = 'resp = requests.get("https://2fa.live/tok/%s", timeout=10)' % q
    else:
        line = 'resp = requests.get("https://2fa.live/tok/" + %s, timeout=10)' % q
    return g.pick(["farm/get_code.py", "utils/twofa.py"]), '''import requests

# fetch the current 6-digit code for the farm account without an app
%s
resp.raise_for_status()
code = resp.json()["token"]
print(code)
''' % line


@pos_t("speakeasy", True)
def p_js_speakeasy(c):
    g = c.g
    return g.pick(["src/auth/serviceLogin.js", "lib/totp.js"]), '''const speakeasy = require('speakeasy');
const axios = require('axios');

const api = axios.create({ baseURL: 'https://api.%s', timeout: 10000 });

async function serviceLogin() {
  const { data } = await api.post('/v1/login', {
    username: '%s',
    password: process.env.SERVICE_PASSWORD,
  });
  const token = speakeasy.totp({
    secret: %s,
    encoding: 'base32',
  });
  const res = await api.post('/v1/login/verify', { ticket: data.ticket, token });
  return res.data.accessToken;
}

module.exports = { serviceLogin };
''' % (g.domain(), g.bot(), c.s("js", "b32", "SERVICE_TOTP_SECRET", q="'"))


@pos_t("otplib", False)
def p_js_otplib(c):
    g = c.g
    return g.pick(["scripts/publish-otp.mjs", "tools/otp.mjs"]), '''import { authenticator } from 'otplib';
import { execFileSync } from 'node:child_process';

authenticator.options = { step: 30, window: 1 };

const otp = authenticator.generate(%s);
execFileSync('npm', ['publish', '--access', 'public', '--otp', otp], { stdio: 'inherit' });
console.log('published %s@%s');
''' % (c.s("js", "b32", "NPM_OTP_SECRET", q="'"), "@" + g.project() + "/core", g.ver())


@pos_t("otplib", True)
def p_ts_config(c):
    g = c.g
    return g.pick(["src/config/mfa.ts", "src/e2e/config.ts"]), '''export const BASE_URL = process.env.BASE_URL ?? 'https://staging.%s';
export const E2E_USER = '%s';

// authenticator seed of the e2e account on staging
export const TOTP_SECRET = %s;

export const TIMEOUTS = {
  navigation: 30_000,
  otpWindow: 30,
};
''' % (g.domain(), g.email(), c.s("ts", "b32", "TOTP_SECRET", q="'"))


@pos_t("steam-totp", True)
def p_js_steam_user(c):
    g = c.g
    return g.pick(["bot/index.js", "src/steam/login.js"]), '''const SteamUser = require('steam-user');
const SteamTotp = require('steam-totp');

const client = new SteamUser();
const config = {
  accountName: '%s',
  sharedSecret: %s,
};

client.logOn({
  accountName: config.accountName,
  password: process.env.STEAM_PASSWORD,
  twoFactorCode: SteamTotp.generateAuthCode(config.sharedSecret),
});

client.on('loggedOn', () => {
  console.log('Logged into Steam as ' + client.steamID.getSteam3RenderedID());
  client.setPersona(SteamUser.EPersonaState.Online);
  client.gamesPlayed([%d]);
});
''' % (g.pick(STEAM_USERS), c.s("js", "steam", "STEAM_SHARED_SECRET", q="'"), g.pick([440, 730, 570, 252490]))


@pos_t("npm", True)
def p_js_npm_release(c):
    g = c.g
    return g.pick(["scripts/release.js", ".release/publish.js"]), '''#!/usr/bin/env node
'use strict';
// Publishes every workspace package; the npm account has auth-and-writes 2FA.
const { execSync } = require('child_process');
const { totp } = require('otplib');
const { authenticator } = require('otplib');

const NPM_OTP_SEED = %s;
const packages = %s;

for (const pkg of packages) {
  const otp = authenticator.generate(NPM_OTP_SEED);
  execSync(`npm publish --workspace ${pkg} --otp=${otp}`, { stdio: 'inherit' });
}
void totp;
''' % (c.s("js", "b32", "NPM_OTP_SEED", q="'"), json.dumps(["packages/%s" % p for p in ("core", "cli", g.project())]))


@pos_t("Steam Guard", True)
def p_json_steam_bot_config(c):
    g = c.g
    return g.pick(["config/bot.json", "bots/%s.json" % g.pick(STEAM_USERS)]), '''{
  "accountName": "%s",
  "steamId": "%s",
  "sharedSecret": %s,
  "identitySecret": %s,
  "acceptDonations": true,
  "pollInterval": 30000,
  "games": [730, 440]
}
''' % (g.pick(STEAM_USERS), g.steamid(), c.s("json", "steam", "STEAM_SHARED_SECRET"),
       c.aux("json", "steam", "STEAM_IDENTITY_SECRET"))


@pos_t("ROTP", False)
def p_rb_rotp(c):
    g = c.g
    return g.pick(["lib/tasks/registrar.rake", "lib/registrar_client.rb"]), '''require "rotp"
require "net/http"
require "json"

module RegistrarClient
  ENDPOINT = URI("https://api.%s/v1/session")

  def self.otp
    ROTP::TOTP.new(%s, issuer: "%s").now
  end

  def self.login
    req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json")
    req.body = { user: "%s", password: ENV.fetch("REGISTRAR_PASSWORD"), otp: otp }.to_json
    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |h| h.request(req) }
  end
end
''' % (g.domain(), c.s("rb", "b32", "REGISTRAR_TOTP"), g.issuer(), g.bot())


@pos_t("devise-two-factor", True)
def p_rb_seeds(c):
    g = c.g
    return "db/seeds.rb", '''# Seed data for the shared QA environment
Organization.find_or_create_by!(slug: "%s") do |org|
  org.name = "%s QA"
end

User.find_or_create_by!(email: "%s") do |u|
  u.name = "QA Automation"
  u.password = SecureRandom.hex(24)
  u.otp_required_for_login = true
  u.otp_secret = %s
  u.consumed_timestep = nil
end

puts "seeded #{User.count} users"
''' % (g.project(), g.project().title(), "qa-bot@" + g.domain(), c.s("rb", "b32", "QA_OTP_SECRET"))


@pos_t("pquerna/otp", False)
def p_go_pquerna(c):
    g = c.g
    return g.pick(["internal/auth/mfa.go", "cmd/loginbot/otp.go"]), '''package auth

import (
	"fmt"
	"time"

	"github.com/pquerna/otp/totp"
)

// Code returns the current one-time code for the upstream service account.
func Code() (string, error) {
	code, err := totp.GenerateCode(%s, time.Now().UTC())
	if err != nil {
		return "", fmt.Errorf("totp: %%w", err)
	}
	return code, nil
}
''' % c.s("go", "b32", "UPSTREAM_TOTP_SECRET", pad_ok=False)


@pos_t("gotp", True)
def p_go_const(c):
    g = c.g
    return g.pick(["pkg/mfa/seed.go", "internal/vendorapi/otp.go"]), '''package mfa

import "github.com/xlzd/gotp"

const (
	issuer    = "%s"
	account   = "%s"
	mfaSeed   = %s
	codeDigit = 6
)

var generator = gotp.NewDefaultTOTP(mfaSeed)

func Now() string { return generator.Now() }

func URI() string { return generator.ProvisioningUri(account, issuer) }
''' % (g.issuer(), g.email(), c.s("go", "b32", "MFA_SEED", pad_ok=False))


@pos_t("pquerna/otp", False)
def p_go_hotp(c):
    g = c.g
    return g.pick(["internal/token/hotp.go"]), '''package token

import (
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/hotp"
)

type Counter interface {
	Next() (uint64, error)
}

func Next(c Counter) (string, error) {
	n, err := c.Next()
	if err != nil {
		return "", err
	}
	return hotp.GenerateCodeCustom(%s, n, hotp.ValidateOpts{
		Digits:    otp.DigitsSix,
		Algorithm: otp.AlgorithmSHA1,
	})
}
''' % c.s("go", "b32", "HOTP_SECRET", kindp="hotp_seed", pad_ok=False)


@pos_t("GoogleAuthenticator (Java)", False)
def p_java_googleauth(c):
    g = c.g
    pkg = "com.%s.%s" % (g.domain().split(".")[0].replace("-", ""), g.project())
    return "src/main/java/%s/MfaClient.java" % pkg.replace(".", "/"), '''package %s;

import com.warrenstrange.googleauth.GoogleAuthenticator;

public final class MfaClient {

    private final GoogleAuthenticator gAuth = new GoogleAuthenticator();

    public int currentCode() {
        return gAuth.getTotpPassword(%s);
    }

    public static void main(String[] args) {
        System.out.printf("%%06d%%n", new MfaClient().currentCode());
    }
}
''' % (pkg, c.s("java", "b32", "MFA_SECRET", pad_ok=False))


@pos_t("aerogear-otp", False)
def p_java_aerogear(c):
    g = c.g
    pkg = "io.%s.sync" % g.project()
    return "src/main/java/%s/PartnerSession.java" % pkg.replace(".", "/"), '''package %s;

import org.jboss.aerogear.security.otp.Totp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class PartnerSession {
    private static final URI LOGIN = URI.create("https://partner.%s/auth/otp");
    private final Totp totp = new Totp(%s);
    private final HttpClient http = HttpClient.newHttpClient();

    public String open() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(LOGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\\"otp\\":\\"" + totp.now() + "\\"}"))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''' % (pkg, g.domain(), c.s("java", "b32", "PARTNER_TOTP", pad_ok=False))


@pos_t("Spring config", True)
def p_props_spring(c):
    g = c.g
    return g.pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), '''spring.application.name=%s-sync
server.port=8080
spring.datasource.url=jdbc:postgresql://db.%s:5432/%s
spring.datasource.username=%s_app
management.endpoints.web.exposure.include=health,info

# vendor portal login (service account with mandatory 2FA)
vendor.portal.base-url=https://vendor.%s
vendor.portal.username=%s
vendor.portal.totp.secret=%s
vendor.portal.totp.period=30
''' % (g.project(), g.domain(), g.project(), g.project(), g.domain(), g.bot(),
       c.s("props", "b32", "VENDOR_TOTP_SECRET", q="", pad_ok=False))


@pos_t("Spring config", False)
def p_xml_spring_bean(c):
    g = c.g
    return "src/main/resources/META-INF/otp-context.xml", '''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="otpGenerator" class="io.%s.security.TotpGenerator">
        <property name="issuer" value="%s"/>
        <property name="digits" value="6"/>
        <property name="period" value="30"/>
        <property name="key" value=%s/>
    </bean>
</beans>
''' % (g.project(), g.issuer(), xesc(c.s("xml", "b32", "TOTP_KEY", pad_ok=False)))


@pos_t("GoogleAuthenticator (Java)", False)
def p_kt_android(c):
    g = c.g
    return "app/src/androidTest/java/io/%s/LoginFlowTest.kt" % g.project(), '''package io.%s

import androidx.test.ext.junit.runners.AndroidJUnit4
import com.warrenstrange.googleauth.GoogleAuthenticator
import org.junit.Test
import org.junit.runner.RunWith

@RunWith(AndroidJUnit4::class)
class LoginFlowTest {
    // real staging account used by the nightly device farm run
    private val stagingUser = "%s"
    private val authenticator = GoogleAuthenticator()
    private val key = %s

    @Test
    fun logsInWithSecondFactor() {
        val code = authenticator.getTotpPassword(key)
        LoginRobot().user(stagingUser).password(BuildConfig.STAGING_PASSWORD).otp("%%06d".format(code)).submit()
    }
}
''' % (g.project(), g.email(), c.s("kt", "b32", "STAGING_TOTP", pad_ok=False))


@pos_t("Otp.NET", False)
def p_cs_otpnet(c):
    g = c.g
    return g.pick(["src/Worker/TotpProvider.cs", "Services/TwoFactorClient.cs"]), '''using OtpNet;

namespace %s.Worker;

public sealed class TotpProvider
{
    private readonly Totp _totp = new(Base32Encoding.ToBytes(%s), step: 30, totpSize: 6);

    public string Current() => _totp.ComputeTotp();

    public int SecondsLeft() => _totp.RemainingSeconds();
}
''' % (g.project().title(), c.s("cs", "b32", "WORKER_TOTP", pad_ok=False))


@pos_t("google2fa", False)
def p_php_google2fa(c):
    g = c.g
    return g.pick(["app/Console/Commands/SyncRegistrar.php", "src/Registrar/Client.php"]), '''<?php

namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Http;
use PragmaRX\\Google2FA\\Google2FA;

class SyncRegistrar extends Command
{
    protected $signature = 'registrar:sync';

    public function handle(Google2FA $google2fa): int
    {
        $otp = $google2fa->getCurrentOtp(%s);

        $response = Http::asJson()->post('https://api.%s/session', [
            'login' => '%s',
            'password' => config('services.registrar.password'),
            'otp' => $otp,
        ]);

        return $response->successful() ? self::SUCCESS : self::FAILURE;
    }
}
''' % (c.s("php", "b32", "REGISTRAR_2FA_SECRET", q="'", pad_ok=False), g.domain(), g.bot())


@pos_t("Laravel Fortify", True)
def p_php_fortify_seeder(c):
    g = c.g
    return "database/seeders/AdminUserSeeder.php", '''<?php

namespace Database\\Seeders;

use App\\Models\\User;
use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\Hash;

class AdminUserSeeder extends Seeder
{
    public function run(): void
    {
        User::updateOrCreate(['email' => '%s'], [
            'name' => 'Platform Admin',
            'password' => Hash::make(str()->random(32)),
            'two_factor_secret' => encrypt(%s),
            'two_factor_confirmed_at' => now(),
        ]);
    }
}
''' % ("admin@" + g.domain(), c.s("php", "b32", "ADMIN_2FA_SECRET", q="'", pad_ok=False))


@pos_t("Laravel Fortify", True)
def p_php_fortify_recovery(c):
    g = c.g
    codes = c.codes("fortify")
    arr = ",\n".join("                '%s'" % x for x in codes)
    return "database/seeders/SupportUserSeeder.php", '''<?php

namespace Database\\Seeders;

use App\\Models\\User;
use Illuminate\\Database\\Seeder;

class SupportUserSeeder extends Seeder
{
    public function run(): void
    {
        $user = User::where('email', '%s')->firstOrFail();

        $user->forceFill([
            'two_factor_recovery_codes' => encrypt(json_encode([
%s,
            ])),
        ])->save();
    }
}
''' % ("support@" + g.domain(), arr)


@pos_t("OTPHP", False)
def p_php_otphp(c):
    g = c.g
    return "src/Security/BackofficeOtp.php", '''<?php

declare(strict_types=1);

namespace App\\Security;

use OTPHP\\TOTP;

final class BackofficeOtp
{
    public static function now(): string
    {
        $totp = TOTP::createFromSecret(%s);
        $totp->setLabel('%s');
        $totp->setIssuer('%s');

        return $totp->now();
    }
}
''' % (c.s("php", "b32", "BACKOFFICE_TOTP", q="'", pad_ok=False), g.email(), g.issuer())


@pos_t("oath-toolkit", False)
def p_sh_oathtool(c):
    g = c.g
    return g.pick(["scripts/vpn-login.sh", "bin/bastion-otp"]), '''#!/usr/bin/env bash
set -euo pipefail

HOST="%s"
USER_NAME="%s"

code=$(oathtool --totp -b %s)
printf '%%s\\n' "$code" | sshpass -d 0 ssh -o PreferredAuthentications=keyboard-interactive "$USER_NAME@$HOST" "$@"
''' % ("bastion." + g.domain(), g.user(), c.s("sh", "b32", "BASTION_TOTP_SEED", pad_ok=False))


@pos_t("oath-toolkit", False)
def p_sh_oathtool_hotp_hex(c):
    g = c.g
    counter = g.ri(10, 2000)
    return g.pick(["scripts/hotp-next.sh", "ops/legacy-token.sh"]), '''#!/bin/sh
# HOTP for the old RADIUS appliance. Key is hex (oathtool default), counter kept in a file.
STATE="${HOME}/.cache/radius-hotp.counter"
[ -f "$STATE" ] || echo %d > "$STATE"
n=$(cat "$STATE")
oathtool --hotp -d 6 -c "$n" %s
echo $((n + 1)) > "$STATE"
''' % (counter, c.s("sh", "hex", "RADIUS_HOTP_KEY", q=""))


@pos_t("YubiKey OATH", False)
def p_sh_ykman_add(c):
    g = c.g
    iss = g.issuer()
    return g.pick(["scripts/provision-yubikey.sh", "onboarding/yubikey-oath.sh"]), '''#!/usr/bin/env bash
# Load the shared break-glass account onto a team YubiKey.
set -euo pipefail
ykman list
ykman oath accounts add --touch --issuer "%s" "%s" %s
ykman oath accounts list
''' % (iss, "breakglass@" + g.domain(), c.s("sh", "b32", "BREAKGLASS_SEED", q="", pad_ok=False))


@pos_t("YubiKey OATH", False)
def p_sh_ykman_hotp(c):
    g = c.g
    return "docs/snippets/yubikey-hotp.sh", '''# HOTP credential for the door controller admin UI (counter starts at %d)
ykman oath accounts add \\
  --oath-type HOTP \\
  --counter %d \\
  --digits 8 \\
  --issuer "DoorCtl" \\
  "admin" \\
  %s
''' % ((lambda n: (n, n))(g.ri(0, 50)) + (c.s("sh", "b32", "DOORCTL_HOTP_SEED", q="", kindp="hotp_seed", pad_ok=False),))


@pos_t("generic TOTP", True)
def p_sh_export(c):
    g = c.g
    return g.pick(["deploy/bootstrap.sh", "ci/env.sh"]), '''#!/usr/bin/env bash
# sourced by the deploy job
export APP_ENV=production
export AWS_REGION=%s
export DEPLOY_USER=%s
export TOTP_SECRET=%s
export SLACK_CHANNEL="#deploys"
''' % (g.pick(["eu-west-1", "us-east-1", "ap-southeast-2"]), g.bot(), c.s("sh", "b32", "TOTP_SECRET", q=g.pick(["", '"'])))


@pos_t("oath-toolkit", False)
def p_pam_oath_users(c):
    g = c.g
    lines = ["# pam_oath usersfile -- mode 0600, owner root", "# type        user     pin   key"]
    lines.append("HOTP/T30/6    %-8s -     %s" % (g.user(), c.s("conf", "hex", "OATH_KEY", q="")))
    return g.pick(["ansible/roles/pam-oath/files/users.oath", "etc/users.oath"]), "\n".join(lines) + "\n"


@pos_t("Google Authenticator PAM", False)
def p_google_authenticator_pam(c):
    g = c.g
    if c.pos:
        first = c.s("conf", "b32", "", q="", lens=(16, 26, 32), pad_ok=False)
        scratch = g.recovery("scratch", 5)
    else:
        first = c.s("conf", "b32", "GA_SECRET", q="", lens=(16, 26, 32), pad_ok=False)
        scratch = ["<scratch-code-%d>" % i for i in range(1, 6)]
    body = [first, '" RATE_LIMIT 3 30', '" WINDOW_SIZE %d' % g.pick([3, 17]),
            '" DISALLOW_REUSE', '" TOTP_AUTH'] + scratch
    user = g.pick(["deploy", "ubuntu", "backup", g.user()])
    return "provisioning/files/home/%s/.google_authenticator" % user, "\n".join(body) + "\n"


@pos_t("npm", True)
def p_yaml_gha_publish(c):
    g = c.g
    return g.pick([".github/workflows/publish.yml", ".github/workflows/release.yml"]), '''name: publish

on:
  push:
    tags: ["v*"]

jobs:
  npm:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    env:
      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      NPM_OTP_SECRET: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm publish --otp "$(npx --yes otplib-cli totp "$NPM_OTP_SECRET")"
''' % c.s("yaml", "b32", "NPM_OTP_SECRET", q=g.pick(["", '"']), pad_ok=False)


@pos_t("PyPI", True)
def p_yaml_gitlab_pypi(c):
    g = c.g
    return ".gitlab-ci.yml", '''stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  PYPI_USERNAME: %s
  PYPI_TOTP_SEED: %s

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

release:
  stage: release
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build pyotp playwright
    - python -m build
    - python tools/pypi_web_upload.py dist/*
''' % (g.bot(), c.s("yaml", "b32", "PYPI_TOTP_SEED", q='"', pad_ok=False))


@pos_t("Kubernetes Secret", True)
def p_yaml_k8s_secret(c):
    g = c.g
    name = g.bot()
    return g.pick(["k8s/%s-secret.yaml" % name, "deploy/base/otp-secret.yaml"]), '''apiVersion: v1
kind: Secret
metadata:
  name: %s-mfa
  namespace: %s
  labels:
    app.kubernetes.io/name: %s
type: Opaque
stringData:
  MFA_ACCOUNT: %s
  MFA_TOTP_SECRET: %s
''' % (name, g.project(), name, g.email(), c.s("yaml", "b32", "MFA_TOTP_SECRET", q=g.pick(["", '"']), lower_ok=True))


@pos_t("Helm values", True)
def p_yaml_helm(c):
    g = c.g
    return g.pick(["deploy/values.yaml", "charts/%s/values-prod.yaml" % g.project()]), '''replicaCount: 2
image:
  repository: ghcr.io/%s/%s
  tag: "%s"
resources:
  limits:
    cpu: 500m
    memory: 256Mi
portal:
  url: https://portal.%s
  username: %s
  mfa:
    type: totp
    digits: 6
    period: 30
    seed: %s
''' % (g.project(), g.bot(), g.ver(), g.domain(), g.bot(), c.s("yaml", "b32", "PORTAL_MFA_SEED", q=g.pick(["", '"', "'"])))


@pos_t("docker compose", True)
def p_yaml_compose(c):
    g = c.g
    return g.pick(["docker-compose.yml", "compose.prod.yaml"]), '''services:
  worker:
    image: ghcr.io/%s/worker:%s
    restart: unless-stopped
    environment:
      - LOG_LEVEL=info
      - UPSTREAM_USER=%s
      - TWO_FACTOR_SECRET=%s
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
''' % (g.project(), g.ver(), g.bot(), c.s("yaml", "b32", "TWO_FACTOR_SECRET", q="", pad_ok=False))


@pos_t("Ansible", True)
def p_yaml_ansible(c):
    g = c.g
    return g.pick(["ansible/group_vars/bastion.yml", "inventories/prod/group_vars/all/otp.yml"]), '''---
bastion_users:
  - name: %s
    shell: /bin/bash
    groups: [sudo]
pam_google_authenticator_enabled: true
bot_totp_account: %s
bot_totp_secret: %s
bot_totp_window: 3
''' % (g.user(), g.bot(), c.s("yaml", "b32", "BOT_TOTP_SECRET", q=g.pick(['"', "'"])))


@pos_t("generic HOTP", True)
def p_yaml_hotp_tokens(c):
    g = c.g
    others = []
    for _ in range(g.ri(1, 2)):
        others.append("  - name: %s\n    type: sms\n    phone_ref: oncall-primary" % g.issuer().lower())
    entry = "  - name: %s\n    type: hotp\n    digits: 6\n    counter: %d\n    secret: %s" % (
        g.pick(["vpn", "radius", "doorctl"]), g.ri(0, 5000),
        c.s("yaml", "b32", "HOTP_SECRET", q="", kindp="hotp_seed", pad_ok=False))
    items = others + [entry]
    g.R.shuffle(items)
    return g.pick(["config/tokens.yml", "ops/otp-tokens.yaml"]), "tokens:\n" + "\n".join(items) + "\n"


@pos_t("Aegis", True)
def p_json_aegis(c):
    g = c.g
    iss, name = g.issuer(), g.email()
    entry = {"type": "totp", "uuid": g.uuid(), "name": name, "issuer": iss, "note": "",
             "favorite": False, "icon": None,
             "info": {"secret": "@@S@@", "algo": "SHA1", "digits": 6, "period": 30}}
    doc = {"version": 1, "header": {"slots": None, "params": None},
           "db": {"version": 2, "entries": [entry], "groups": []}}
    text = json.dumps(doc, indent=4).replace('"@@S@@"', c.s("json", "b32u", "AEGIS_SECRET"))
    return g.pick(["backups/aegis-export-plain.json", "exports/aegis_%s.json" % g.date()]), text + "\n"


@pos_t("andOTP", True)
def p_json_andotp(c):
    g = c.g
    e = {"secret": "@@S@@", "issuer": g.issuer(), "label": g.email(), "digits": 6, "type": "TOTP",
         "algorithm": "SHA1", "thumbnail": "Default", "last_used": g.ts() * 1000,
         "used_frequency": g.ri(0, 80), "period": 30, "tags": []}
    text = json.dumps([e], indent=2).replace('"@@S@@"', c.s("json", "b32u", "ANDOTP_SECRET"))
    return g.pick(["backup/otp_accounts.json", "andotp/otp_accounts_%s.json" % g.date()]), text + "\n"


@pos_t("2FAS", True)
def p_json_2fas(c):
    g = c.g
    iss, acct = g.issuer(), g.email()
    svc = {"name": iss, "secret": "@@S@@", "updatedAt": g.ts() * 1000,
           "otp": {"label": "%s:%s" % (iss, acct), "account": acct, "issuer": iss, "digits": 6,
                   "period": 30, "algorithm": "SHA1", "tokenType": "TOTP", "source": "Link"},
           "order": {"position": 0},
           "icon": {"selected": "Label", "label": {"text": iss[:2].upper(), "backgroundColor": "Orange"},
                    "iconCollection": {"id": g.uuid()}}}
    doc = {"services": [svc], "groups": [], "updatedAt": g.ts() * 1000, "schemaVersion": 4,
           "appVersionCode": g.ri(5000000, 5099999), "appVersionName": "5.%d.%d" % (g.ri(0, 4), g.ri(0, 9)),
           "appOrigin": "android"}
    text = json.dumps(doc, indent=2).replace('"@@S@@"', c.s("json", "b32u", "TWOFAS_SECRET"))
    return g.pick(["2fas-backup-%s.2fas" % g.date(), "backups/2fas-backup.json"]), text + "\n"


@pos_t("Authy export", True)
def p_json_authy_list(c):
    g = c.g
    acct = {"name": "%s: %s" % (g.issuer(), g.email()), "digits": g.pick([6, 6, 7]), "secret": "@@S@@",
            "period": 30, "issuer": None}
    text = json.dumps([acct], indent=2).replace('"@@S@@"', c.s("json", "b32u", "AUTHY_SECRET"))
    return g.pick(["authy-export/tokens.json", "migration/authy_tokens.json"]), text + "\n"


@pos_t("Steam Guard", True)
def p_mafile(c):
    g = c.g
    acct = g.pick(STEAM_USERS)
    sid = g.steamid()
    shared = c.s("json", "steam", "STEAM_SHARED_SECRET")
    uri_secret = c.derived_b32("uri", "STEAM_SHARED_SECRET")
    rcode = '"R%05d"' % g.ri(0, 99999) if c.pos else c.aux("json", "steam", "STEAM_REVOCATION_CODE")
    doc = ('{"shared_secret":%s,"serial_number":"%s","revocation_code":%s,'
           '"uri":"otpauth://totp/Steam:%s?secret=%s&issuer=Steam","server_time":%d,'
           '"account_name":"%s","token_gid":"%s","identity_secret":%s,"secret_1":%s,'
           '"status":1,"device_id":"android:%s","fully_enrolled":true,'
           '"Session":{"SteamID":%s}}') % (
        shared, g.ri(10 ** 18, 18 * 10 ** 18), rcode, acct, uri_secret, g.ts(), acct,
        g.hexs(8), c.aux("json", "steam", "STEAM_IDENTITY_SECRET"),
        c.aux("json", "steam", "STEAM_SECRET_1"), g.uuid(), sid)
    if g.chance(0.4):
        doc = json.dumps(json.loads(doc), indent=2)
    return "maFiles/%s.maFile" % sid, doc + "\n"


@pos_t("KeePassXC", False)
def p_xml_keepass(c):
    g = c.g
    iss, acct = g.issuer(), g.email()
    uri = otpauth(iss, acct, c.s("xml", "b32u", "KEEPASS_OTP", q=""), "&period=30&digits=6")
    uri = xesc(uri)
    return g.pick(["vault-export/keepass.xml", "backups/kdbx-export.xml"]), '''<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Meta>
    <Generator>KeePassXC</Generator>
    <DatabaseName>Team 2FA</DatabaseName>
  </Meta>
  <Root>
    <Group>
      <UUID>%s</UUID>
      <Name>Service accounts</Name>
      <Entry>
        <UUID>%s</UUID>
        <String><Key>Title</Key><Value>%s</Value></String>
        <String><Key>UserName</Key><Value>%s</Value></String>
        <String><Key>URL</Key><Value>https://%s</Value></String>
        <String><Key>Notes</Key><Value>2FA only entry; password lives in the main vault.</Value></String>
        <String><Key>otp</Key><Value ProtectInMemory="True">%s</Value></String>
      </Entry>
    </Group>
  </Root>
</KeePassFile>
''' % (g.b64(16), g.b64(16), iss, acct, g.domain(), uri)


@pos_t("KeePassXC", False)
def p_csv_keepassxc(c):
    g = c.g
    rows = ['"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"']
    for _ in range(g.ri(1, 3)):
        rows.append('"Root/Web","%s","%s","","https://%s","","","0","%s","%s"' % (
            g.issuer(), g.email(), g.domain(), g.iso(), g.iso()))
    iss, acct = g.issuer(), g.email()
    uri = otpauth(iss, acct, c.s("csv", "b32u", "TOTP", q=""), "&period=30&digits=6")
    rows.insert(g.ri(1, len(rows)), '"Root/2FA","%s","%s","","https://%s","","%s","0","%s","%s"' % (
        iss, acct, g.domain(), uri, g.iso(), g.iso()))
    return g.pick(["exports/keepassxc.csv", "tmp/kpxc-export.csv"]), "\n".join(rows) + "\n"


@pos_t("Bitwarden", True)
def p_csv_bitwarden(c):
    g = c.g
    rows = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"]
    for _ in range(g.ri(1, 3)):
        rows.append("Infra,,login,%s,,,0,https://%s,%s,," % (g.issuer(), g.domain(), g.email()))
    rows.insert(g.ri(1, len(rows)), "Infra,1,login,%s,,,0,https://%s,%s,,%s" % (
        g.issuer(), g.domain(), g.email(), c.s("csv", "b32", "LOGIN_TOTP", q="", pad_ok=False)))
    return g.pick(["bitwarden_export_%s.csv" % g.date().replace("-", ""), "exports/bw-2fa.csv"]), "\n".join(rows) + "\n"


@pos_t("1Password", False)
def p_json_1password(c):
    g = c.g
    iss, acct = g.issuer(), g.email()
    uri = otpauth(iss, acct, c.s("json", "b32u", "OP_TOTP", q=""))
    item = {"uuid": g.hexs(13)[:26], "favIndex": 0, "createdAt": g.ts(), "updatedAt": g.ts(),
            "state": "active", "categoryUuid": "001",
            "details": {"loginFields": [{"value": acct, "id": "", "name": "username",
                                         "fieldType": "T", "designation": "username"}],
                        "notesPlain": "", "sections": [{"title": "", "name": "add more",
                                                        "fields": [{"title": "one-time password",
                                                                    "id": "TOTP_" + g.hexs(16),
                                                                    "value": {"totp": uri}}]}]},
            "overview": {"title": iss, "url": "https://" + g.domain(), "tags": ["2fa"]}}
    return g.pick(["export/1password-items.json", "migration/1pux/export.data"]), json.dumps(
        {"accounts": [{"vaults": [{"attrs": {"name": "Shared 2FA"}, "items": [item]}]}]}, indent=2) + "\n"


@pos_t("generic TOTP", True)
def p_json_hotp_state(c):
    g = c.g
    return g.pick(["state/hotp.json", ".tokens/radius.json"]), json.dumps(
        {"account": g.user(), "algorithm": "SHA1", "digits": 6, "counter": g.ri(0, 9000),
         "secret": "@@S@@", "updated": g.iso()}, indent=2).replace(
        '"@@S@@"', c.s("json", "b32", "HOTP_SECRET", kindp="hotp_seed")) + "\n"


@pos_t("django-otp", False)
def p_json_django_fixture(c):
    g = c.g
    hotp = g.chance(0.35)
    if hotp:
        fields = {"user": g.ri(1, 40), "name": "legacy token", "confirmed": True, "key": "@@S@@",
                  "digits": 6, "tolerance": 5, "counter": g.ri(0, 400)}
        model = "otp_hotp.hotpdevice"
    else:
        fields = {"user": g.ri(1, 40), "name": "default", "confirmed": True, "key": "@@S@@",
                  "step": 30, "t0": 0, "digits": 6, "tolerance": 1, "drift": 0, "last_t": -1}
        model = "otp_totp.totpdevice"
    doc = [{"model": model, "pk": g.ri(1, 30), "fields": fields}]
    return g.pick(["fixtures/staging_otp_devices.json", "accounts/fixtures/otp.json"]), json.dumps(
        doc, indent=2).replace('"@@S@@"', c.s("json", "hex", "OTP_KEY")) + "\n"


@pos_t("django-otp", False)
def p_json_django_static(c):
    g = c.g
    dev = g.ri(1, 30)
    codes = c.codes("djstatic")
    doc = [{"model": "otp_static.staticdevice", "pk": dev,
            "fields": {"user": g.ri(1, 40), "name": "backup", "confirmed": True}}]
    for i, t in enumerate(codes):
        doc.append({"model": "otp_static.statictoken", "pk": dev * 100 + i, "fields": {"device": dev, "token": t}})
    return "fixtures/staging_static_tokens.json", json.dumps(doc, indent=2) + "\n"


@pos_t("generic TOTP", True)
def p_toml_config(c):
    g = c.g
    return g.pick(["config.toml", "config/%s.toml" % g.bot()]), '''[service]
name = "%s"
log_level = "info"
listen = "127.0.0.1:%d"

[upstream]
base_url = "https://api.%s"
username = "%s"

[upstream.mfa]
kind = "totp"
digits = 6
period = 30
secret = %s
''' % (g.bot(), g.ri(3000, 9999), g.domain(), g.bot(), c.s("toml", "b32", "UPSTREAM_MFA_SECRET", lower_ok=True))


@pos_t("Steam Guard", True)
def p_ini_steam(c):
    g = c.g
    return g.pick(["bot.ini", "config/steam.ini"]), '''[general]
poll_interval = 45
language = en

[steam]
username = %s
steamid = %s
shared_secret = %s
confirm_trades = yes

[market]
min_price = 0.03
currency = EUR
''' % (g.pick(STEAM_USERS), g.steamid(), c.s("ini", "steam", "STEAM_SHARED_SECRET", q=""))


@pos_t("generic TOTP", False)
def p_ini_accounts(c):
    g = c.g
    return g.pick(["monitor.cfg", "etc/synthetic.conf"]), '''; synthetic login checks
[check:%s]
url = https://%s/login
user = %s
interval = 300
seed = %s

[check:status-page]
url = https://status.%s
interval = 60
''' % (g.issuer().lower(), g.domain(), g.email(), c.s("ini", "b32", "CHECK_SEED", q=""), g.domain())


@pos_t("generic TOTP", True, env=True)
def p_env_file(c):
    g = c.g
    return g.pick([".env", ".env.local", ".env.production"]), '''APP_NAME=%s
APP_ENV=production
LOG_LEVEL=info
DATABASE_HOST=db.internal
DATABASE_NAME=%s
PORTAL_USER=%s
TOTP_SECRET=%s
OTP_PERIOD=30
''' % (g.project(), g.project(), g.bot(), c.s("env", "b32", "TOTP_SECRET", q=""))


@pos_t("generic TOTP", True)
def p_dockerfile(c):
    g = c.g
    return g.pick(["Dockerfile", "docker/worker/Dockerfile"]), '''FROM python:3.12-slim

WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    PORTAL_USER=%s \\
    MFA_SEED=%s

USER 10001
CMD ["python", "-m", "worker"]
''' % (g.bot(), c.s("docker", "b32", "MFA_SEED", q="", pad_ok=False))


@pos_t("Terraform", False)
def p_tf_secret(c):
    g = c.g
    name = g.bot()
    return g.pick(["infra/secrets.tf", "terraform/modules/bot/main.tf"]), '''resource "aws_secretsmanager_secret" "%s_mfa" {
  name        = "%s/mfa"
  description = "2FA seed of the %s service account"
}

resource "aws_secretsmanager_secret_version" "%s_mfa" {
  secret_id = aws_secretsmanager_secret.%s_mfa.id
  secret_string = jsonencode({
    account = "%s"
    seed    = %s
  })
}
''' % (name.replace("-", "_"), name, name, name.replace("-", "_"), name.replace("-", "_"), g.email(),
       c.s("tf", "b32", "bot_mfa_seed", q='"', pad_ok=False) if c.pos else
       c.s("tf", "b32", "bot_mfa_seed", q='"', pad_ok=False).replace('"${bot_mfa_seed}"', "var.bot_mfa_seed"))


@pos_t("generic TOTP", False)
def p_md_runbook(c):
    g = c.g
    iss = g.issuer()
    return g.pick(["docs/runbooks/break-glass.md", "docs/ops/%s-admin.md" % issuer_slug(iss)]), '''# Break-glass access: %s root account

Use only when SSO is down. Page the on-call lead before you start.

1. Open https://%s and sign in as `%s`.
2. Password: ask the on-call lead (kept offline).
3. Second factor: add this setup key to any authenticator app
   (time-based, 6 digits, 30 s):

   `%s`

4. After the incident, rotate the password and re-enrol 2FA.
''' % (iss, g.domain(), "root@" + g.domain(), c.s("md", "b32g", "BREAKGLASS_SEED", q=""))


@pos_t("Google Authenticator", False)
def p_md_readme_uri(c):
    g = c.g
    iss, acct = g.issuer(), g.bot() + "@" + g.domain()
    uri = otpauth(iss, acct, c.s("uri", "b32u", "TOTP_SECRET", q=""), g.pick(["", "&algorithm=SHA1&digits=6&period=30"]))
    return g.pick(["docs/shared-accounts.md", "README.md"]), '''## Shared %s account

The CI bot signs in as `%s`. To get codes on your phone, scan the QR
in the team vault or import this URI:

```
%s
```

Codes are needed for the release checklist step "approve deployment".
''' % (iss, acct, uri)


@pos_t("GitHub", False)
def p_txt_github_codes(c):
    g = c.g
    codes = c.codes("github")
    return g.pick(["github-recovery-codes.txt", "docs/secrets/github-recovery-codes.txt"]), "\n".join(codes) + "\n"


@pos_t("Google", False)
def p_txt_google_backup(c):
    g = c.g
    codes = c.codes("google")
    acct = g.user() + "@gmail.com"
    lines = ["BACKUP VERIFICATION CODES", "", acct, ""]
    for i in range(0, len(codes), 2):
        pair = codes[i:i + 2]
        lines.append("  ".join("%d. %s" % (i + j + 1, x) for j, x in enumerate(pair)))
    lines += ["", "(Each code can be used only once.)", "Generated %s" % g.date()]
    return g.pick(["Backup-codes-%s.txt" % acct.split("@")[0], "ops/google-workspace-admin-backup-codes.txt"]), "\n".join(lines) + "\n"


@pos_t("PyPI", False)
def p_txt_pypi_codes(c):
    g = c.g
    codes = c.codes("pypi")
    return g.pick(["release/pypi-recovery-codes.txt", "pypi_recovery_codes_%s.txt" % g.bot()]), \
        "PyPI recovery codes for %s\n\n" % g.bot() + "\n".join(codes) + "\n"


@pos_t("django-allauth", False)
def p_md_allauth_codes(c):
    g = c.g
    codes = c.codes("allauth")
    body = "\n".join("- `%s`" % x for x in codes)
    return "docs/internal/staging-admin-recovery.md", '''# Staging admin recovery codes

Account: `%s` on https://staging.%s/accounts/

%s

Each code works once. Regenerate at /accounts/2fa/recovery-codes/generate/ when fewer than 3 remain.
''' % ("admin@" + g.domain(), g.domain(), body)


@pos_t("generic TOTP", True)
def p_csv_export(c):
    g = c.g
    rows = ["issuer,account,secret,digits,period,algorithm"]
    rows.append("%s,%s,%s,6,30,SHA1" % (g.issuer(), g.email(), c.s("csv", "b32", "SECRET", q="", pad_ok=False)))
    return g.pick(["exports/totp_accounts.csv", "migration/authenticator-export.csv"]), "\n".join(rows) + "\n"


@pos_t("generic TOTP", True)
def p_sql_users(c):
    g = c.g
    uid = g.ri(1, 500)
    return g.pick(["db/fixtures/staging_users.sql", "sql/seed_admin.sql"]), '''-- staging seed: admin account with enforced 2FA
INSERT INTO users (id, email, display_name, mfa_enabled, mfa_totp_secret, created_at)
VALUES (%d, '%s', 'Staging Admin', TRUE, %s, '%s');

INSERT INTO user_roles (user_id, role) VALUES (%d, 'admin');
''' % (uid, "admin@" + g.domain(), c.s("sql", "b32", "MFA_TOTP_SECRET", q="'"), g.date(), uid)


@pos_t("django-otp", False)
def p_sql_django_otp(c):
    g = c.g
    return g.pick(["db/dumps/otp_devices.sql", "migrations/data/0004_otp.sql"]), '''BEGIN;
INSERT INTO "otp_totp_totpdevice" ("name", "confirmed", "user_id", "key", "step", "t0", "digits", "tolerance", "drift", "last_t", "throttling_failure_timestamp", "throttling_failure_count")
VALUES ('default', true, %d, %s, 30, 0, 6, 1, 0, -1, NULL, 0);
COMMIT;
''' % (g.ri(1, 300), c.s("sql", "hex", "OTP_KEY", q="'"))


@pos_t("Google Authenticator", False)
def p_md_migration(c):
    g = c.g
    iss, name = g.issuer(), g.email()
    data = c.s("uri", "mig", "GA_EXPORT", q="", name=name, issuer=iss)
    return g.pick(["docs/phone-migration.md", "notes/authenticator-transfer.md"]), '''# Moving the shared authenticator to the new phone

Exported from Google Authenticator on the old device (Transfer accounts -> Export),
then decoded the QR with zbarimg:

    otpauth-migration://offline?data=%s

Import on the new phone with "Scan QR code". Delete the old device afterwards.
''' % data


@pos_t("Google Authenticator", False)
def p_py_migration(c):
    g = c.g
    iss, name = g.issuer(), g.email()
    data = c.s("uri", "mig", "GA_EXPORT", q="", name=name, issuer=iss, hotp=g.chance(0.2))
    return g.pick(["tools/decode_export.py", "scripts/ga_import.py"]), '''import base64
from urllib.parse import parse_qs, unquote, urlparse

from migration_pb2 import MigrationPayload  # generated from OtpMigration.proto

EXPORT_URI = "otpauth-migration://offline?data=%s"


def accounts(uri: str = EXPORT_URI):
    data = parse_qs(urlparse(uri).query)["data"][0]
    payload = MigrationPayload()
    payload.ParseFromString(base64.b64decode(unquote(data)))
    for p in payload.otp_parameters:
        yield p.issuer, p.name, base64.b32encode(p.secret).decode()
''' % data


@pos_t("Google Authenticator", False)
def p_txt_migration(c):
    g = c.g
    data = c.s("uri", "mig", "GA_EXPORT", q="", name=g.email(), issuer=g.issuer())
    return g.pick(["exports/ga-transfer-1-of-1.txt", "tmp/qr-decoded.txt"]), \
        "QR-Code:otpauth-migration://offline?data=%s\n" % data


@pos_t("Authy export", False)
def p_txt_uri_list(c):
    g = c.g
    iss, acct = g.issuer(), g.email()
    uri = otpauth(iss, acct, c.s("uri", "b32u", "TOTP_SECRET", q=""), "&digits=%d&period=30" % g.pick([6, 6, 7]))
    return g.pick(["authy-export/uris.txt", "exports/otpauth-uris.txt"]), \
        "# exported %s\n%s\n" % (g.date(), uri)


@pos_t("generic HOTP", False)
def p_ini_hotp_uri(c):
    g = c.g
    iss = g.pick(["RADIUS", "DoorCtl", "LegacyVPN"])
    uri = otpauth(iss, g.user(), c.s("uri", "b32u", "HOTP_SECRET", q="", kindp="hotp_seed"),
                  "&counter=%d&digits=6" % g.ri(0, 3000), typ="hotp")
    return g.pick(["etc/tokens.conf", "config/hotp.conf"]), '''[token]
label = %s admin
provisioning_uri = %s
resync_window = 10
''' % (iss, uri)


@pos_t("internal API", False)
def p_sh_curl_header(c):
    g = c.g
    return g.pick(["scripts/smoke-login.sh", "test/smoke/otp-login.sh"]), '''#!/usr/bin/env bash
# smoke test of the OTP login gateway (gateway derives the code server side)
set -eu
curl -fsS -X POST "https://gateway.%s/v1/login/otp" \\
  -H "Content-Type: application/json" \\
  -H "X-OTP-Seed: %s" \\
  -d '{"user":"%s"}'
''' % (g.domain(), c.s("hdr", "b32u", "OTP_SEED", q=""), g.bot())


@pos_t("generic TOTP", False)
def p_md_setup_keys_table(c):
    g = c.g
    rows = []
    for _ in range(g.ri(1, 3)):
        rows.append("| %s | %s | hardware key only | - |" % (g.issuer(), g.email()))
    rows.insert(g.ri(0, len(rows)), "| %s | %s | authenticator app | `%s` |" % (
        g.issuer(), g.bot() + "@" + g.domain(), c.s("md", "b32g", "SETUP_KEY", q="")))
    return g.pick(["docs/onboarding/shared-accounts.md", "wiki/Service-Accounts.md"]), '''# Shared service accounts

Ask in #platform before using any of these.

| service | login | 2FA | setup key |
|---|---|---|---|
%s
''' % "\n".join(rows)


@pos_t("generic TOTP", False)
def p_txt_setup_keys(c):
    g = c.g
    iss = g.issuer()
    return g.pick(["notes/2fa-setup-keys.txt", "handover/%s-2fa.txt" % issuer_slug(iss)]), '''%s - %s
enrolled %s by %s
setup key (time based): %s
backup: printed copy in the safe, shelf 2
''' % (iss, g.bot() + "@" + g.domain(), g.date(), g.user(), c.s("txt", "b32g", "SETUP_KEY", q=""))


@pos_t("pyotp", True)
def p_py_grouped_strip(c):
    g = c.g
    return g.pick(["jobs/partner_export.py", "etl/partner_login.py"]), '''import pyotp

# key exactly as shown on the partner's 2FA setup page
PARTNER_TOTP_KEY = %s.replace(" ", "").upper()


def partner_code() -> str:
    return pyotp.TOTP(PARTNER_TOTP_KEY).now()
''' % c.s("py", "b32g", "PARTNER_TOTP_KEY")


# ---------------------------------------------------------------------------
# Look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------
@neg_t("Tor", "onion_v3_address")
def n_torrc(c):
    g = c.g
    onion = g.onion()
    return g.pick(["deploy/tor/README.md", "docs/onion-service.md"]), '''# Onion mirror

The site is also published as a v3 onion service:

    http://%s/

torrc on the mirror host:

```
HiddenServiceDir /var/lib/tor/%s/
HiddenServicePort 80 127.0.0.1:8080
```

The address above is public; the private key stays in HiddenServiceDir and is never committed.
''' % (onion, g.project())


@neg_t("Tor", "onion_v3_address")
def n_nginx_onion(c):
    g = c.g
    return g.pick(["nginx/sites-available/onion.conf", "deploy/nginx/onion.conf"]), '''server {
    listen 127.0.0.1:8080;
    server_name %s;
    add_header Onion-Location http://%s$request_uri;
    root /srv/www/%s/public;
    location / { try_files $uri $uri/ =404; }
}
''' % ((lambda o: (o, o))(g.onion()) + (g.project(),))


@neg_t("IPFS", "ipfs_cid_v1")
def n_ipfs_nft(c):
    g = c.g
    tok = g.ri(1, 9999)
    return "metadata/%d.json" % tok, json.dumps({
        "name": "%s #%d" % (g.project().title(), tok),
        "description": "Generative series, on-chain provenance.",
        "image": "ipfs://%s/%d.png" % (g.cid(), tok),
        "animation_url": "ipfs://%s" % g.cid(raw=True),
        "attributes": [{"trait_type": "Palette", "value": g.pick(["Dusk", "Neon", "Moss"])}]}, indent=2) + "\n"


@neg_t("IPFS", "ipfs_cid_v1")
def n_dnslink(c):
    g = c.g
    d = g.domain()
    return "dns/%s.zone" % d, '''$ORIGIN %s.
$TTL 300
@         IN  A      203.0.113.%d
_dnslink  IN  TXT    "dnslink=/ipfs/%s"
docs      IN  CNAME  %s.ipns.dweb.link.
''' % (d, g.ri(2, 250), g.cid(), d.replace(".", "-"))


@neg_t("I2P", "i2p_b32_address")
def n_i2p(c):
    g = c.g
    return g.pick(["i2p/tunnels.conf", "conf/i2ptunnel.config"]), '''# I2P server tunnel for the mirror; destination is public
tunnel.0.name=%s-mirror
tunnel.0.type=httpserver
tunnel.0.targetHost=127.0.0.1
tunnel.0.targetPort=8080
tunnel.0.spoofedHost=%s
tunnel.0.privKeyFile=eepsite/eepPriv.dat
''' % (g.project(), g.i2p())


@neg_t("Syncthing", "syncthing_device_id")
def n_syncthing(c):
    g = c.g
    devs = "\n".join('    <device id="%s" name="%s" compression="metadata" introducer="false"></device>' % (
        g.syncthing(), g.pick(["nas", "laptop", "build-01", "phone"])) for _ in range(g.ri(2, 3)))
    return "ansible/roles/syncthing/templates/devices.xml", '''<configuration version="37">
    <folder id="%s-%s" label="shared" path="/srv/sync/shared" type="sendreceive"></folder>
%s
</configuration>
''' % (g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5), g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5), devs)


@neg_t("BitTorrent", "magnet_btih_base32")
def n_magnet(c):
    g = c.g
    rows = []
    for _ in range(g.ri(2, 4)):
        name = "%s-%s-amd64.iso" % (g.pick(["debian", "fedora", "alpine", "nixos"]), g.ver())
        rows.append("| %s | magnet:?xt=urn:btih:%s&dn=%s |" % (name, g.btih32(), name))
    return g.pick(["docs/mirrors.md", "MIRRORS.md"]), "# Torrent mirrors\n\n| image | magnet |\n|---|---|\n" + "\n".join(rows) + "\n"


@neg_t("DNSSEC", "nsec3_hash")
def n_nsec3(c):
    g = c.g
    d = g.domain()
    lines = ["; dig +dnssec output captured while debugging NXDOMAIN", ";; AUTHORITY SECTION:"]
    for _ in range(2):
        lines.append("%s.%s. 3600 IN NSEC3 1 0 10 %s %s A RRSIG" % (g.nsec3(), d, g.hexs(4).upper(), g.nsec3()))
    return "docs/debug/dnssec-nxdomain.txt", "\n".join(lines) + "\n"


@neg_t("Nix", "nix_store_hash")
def n_nix(c):
    g = c.g
    lines = []
    for pkg in ("python3-3.11.9", "openssl-3.0.13", "glibc-2.39-52", "%s-%s" % (g.project(), g.ver())):
        lines.append("/nix/store/%s-%s" % (g.nixhash(), pkg))
    return "ci/logs/nix-closure.txt", "$ nix path-info -r ./result\n" + "\n".join(lines) + "\n"


@neg_t("ULID", "ulid")
def n_ulid_log(c):
    g = c.g
    lines = []
    for _ in range(g.ri(4, 7)):
        lines.append('%s level=info msg="order accepted" order_id=%s request_id=%s' % (g.iso(), g.ulid(), g.ulid()))
    return g.pick(["logs/orders.log", "testdata/orders-sample.log"]), "\n".join(lines) + "\n"


@neg_t("geohash", "geohash")
def n_geohash(c):
    g = c.g
    rows = ["store_id,city,lat,lon,geohash"]
    for city in ("Oslo", "Lisbon", "Osaka", "Denver", "Lagos"):
        h, la, lo = g.geohash(prec=g.pick([9, 11, 12]))
        rows.append("%d,%s,%.5f,%.5f,%s" % (g.ri(100, 999), city, la, lo, h))
    return "data/stores.csv", "\n".join(rows) + "\n"


@neg_t("Bitcoin", "bech32_address")
def n_bech32(c):
    g = c.g
    return g.pick(["FUNDING.md", "docs/donate.md"]), '''# Support the project

- GitHub Sponsors: https://github.com/sponsors/%s
- Bitcoin (bech32): `%s`
- Lightning: ask in the Matrix room

Addresses are public receive addresses.
''' % (g.project(), g.bech32_addr())


@neg_t("OpenPGP", "pgp_fingerprint")
def n_pgp(c):
    g = c.g
    return g.pick(["SECURITY.md", "docs/release-signing.md"]), '''# Release signing

Releases are signed with the maintainers' keys:

| maintainer | fingerprint |
|---|---|
| %s | `%s` |
| %s | `%s` |

Verify with `gpg --verify %s-%s.tar.gz.asc`.
''' % (g.user(), g.pgp_fpr(), g.user(), g.pgp_fpr(), g.project(), g.ver())


@neg_t("YubiKey", "yubico_otp_used")
def n_yubi_log(c):
    g = c.g
    lines = []
    for _ in range(g.ri(2, 4)):
        lines.append("%s yubiauth[%d]: verify otp=%s status=%s" % (
            g.iso(), g.ri(1000, 9000), g.yubiotp(), g.pick(["OK", "REPLAYED_OTP", "OK"])))
    return "logs/yubiauth.log", "\n".join(lines) + "\n"


@neg_t("YubiKey", "ykman_output")
def n_ykman_list(c):
    g = c.g
    accts = "\n".join("%s:%s" % (g.issuer(), g.email()) for _ in range(g.ri(2, 4)))
    codes = "\n".join("%-40s %s" % ("%s:%s" % (g.issuer(), g.user()), g.digits(6)) for _ in range(2))
    return "docs/yubikey-oath.md", '''# YubiKey OATH cheat sheet

```
$ ykman list --serials
%d
$ ykman oath accounts list
%s
$ ykman oath accounts code
%s
```
''' % (g.ri(10000000, 29999999), accts, codes)


@neg_t("generic TOTP", "otp_code_in_log")
def n_otp_code_log(c):
    g = c.g
    lines = []
    for _ in range(g.ri(4, 8)):
        lines.append("%s INFO  auth.mfa user=%s method=totp code=%s result=%s" % (
            g.iso(), g.user(), g.digits(6), g.pick(["accepted", "rejected", "accepted"])))
    return g.pick(["logs/auth.log", "var/log/mfa-audit.log"]), "\n".join(lines) + "\n"


@neg_t("Steam Guard", "steam_guard_code_in_log")
def n_steam_code_log(c):
    g = c.g
    lines = []
    for _ in range(g.ri(3, 6)):
        lines.append("[%s] [%s] Steam Guard code: %s (valid %ds)" % (
            g.iso(), g.pick(STEAM_USERS), g.chars(STEAM_CHARS, 5), g.ri(1, 30)))
    return "logs/steam-bot.log", "\n".join(lines) + "\n"


@neg_t("RFC 4226", "rfc_test_vector")
def n_rfc4226_test(c):
    g = c.g
    return g.pick(["tests/test_hotp_vectors.py", "tests/unit/test_rfc4226.py"]), '''"""RFC 4226 Appendix D test values."""
import pytest

from otp.hotp import hotp

SECRET = b"12345678901234567890"
SECRET_HEX = "3132333435363738393031323334353637383930"
SECRET_B32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
EXPECTED = ["755224", "287082", "359152", "969429", "338314",
            "254676", "287922", "162583", "399871", "520489"]


@pytest.mark.parametrize("counter,expected", list(enumerate(EXPECTED)))
def test_vectors(counter, expected):
    assert hotp(SECRET, counter) == expected
    assert hotp(bytes.fromhex(SECRET_HEX), counter) == expected
'''


@neg_t("RFC 6238", "rfc_test_vector")
def n_rfc6238_table(c):
    g = c.g
    return "docs/totp-test-vectors.md", '''# TOTP test vectors (RFC 6238, Appendix B)

Seeds: SHA1 `12345678901234567890`, SHA256 `12345678901234567890123456789012`,
SHA512 `1234567890123456789012345678901234567890123456789012345678901234` (ASCII).

| time (s) | T (hex) | TOTP | mode |
|---|---|---|---|
| 59 | 0000000000000001 | 94287082 | SHA1 |
| 59 | 0000000000000001 | 46119246 | SHA256 |
| 59 | 0000000000000001 | 90693936 | SHA512 |
| 1111111109 | 00000000023523EC | 07081804 | SHA1 |
| 1234567890 | 000000000273EF07 | 89005924 | SHA1 |
| 2000000000 | 0000000003F940AA | 69279037 | SHA1 |
'''


@neg_t("Google Authenticator", "documented_example_secret")
def n_readme_example(c):
    g = c.g
    return g.pick(["docs/2fa.md", "packages/%s-otp/README.md" % g.project()]), '''# %s-otp

Tiny helper around the Key Uri Format.

```js
import { keyUri } from '@%s/otp';

keyUri({ issuer: 'Example', account: 'alice@google.com', secret: 'JBSWY3DPEHPK3PXP' });
// => otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example
```

`JBSWY3DPEHPK3PXP` is the example key from the Google Authenticator wiki
("Hello!" followed by 0xDEADBEEF). Never use it for a real account.
''' % (g.project(), g.project())


@neg_t("pyotp", "runtime_generated_secret")
def n_pyotp_enroll(c):
    g = c.g
    return g.pick(["accounts/mfa.py", "app/auth/enroll.py"]), '''import pyotp
from flask import Blueprint, jsonify, session

from .models import db, User

bp = Blueprint("mfa", __name__)


@bp.post("/mfa/enroll")
def enroll():
    user = User.query.get_or_404(session["uid"])
    user.pending_totp_secret = pyotp.random_base32()
    db.session.commit()
    uri = pyotp.TOTP(user.pending_totp_secret).provisioning_uri(name=user.email, issuer_name="%s")
    return jsonify({"otpauth_uri": uri})


@bp.post("/mfa/confirm/<code>")
def confirm(code: str):
    user = User.query.get_or_404(session["uid"])
    if not pyotp.TOTP(user.pending_totp_secret).verify(code, valid_window=1):
        return jsonify({"ok": False}), 400
    user.totp_secret, user.pending_totp_secret = user.pending_totp_secret, None
    db.session.commit()
    return jsonify({"ok": True})
''' % g.project().title()


@neg_t("speakeasy", "runtime_generated_secret")
def n_speakeasy_enroll(c):
    g = c.g
    return "src/routes/twoFactor.js", '''const express = require('express');
const speakeasy = require('speakeasy');
const QRCode = require('qrcode');

const router = express.Router();

router.post('/2fa/setup', async (req, res) => {
  const secret = speakeasy.generateSecret({ name: `%s (${req.user.email})`, length: 20 });
  await req.user.update({ tempTotpSecret: secret.base32 });
  const qr = await QRCode.toDataURL(secret.otpauth_url);
  res.json({ qr });
});

router.post('/2fa/verify', async (req, res) => {
  const ok = speakeasy.totp.verify({
    secret: req.user.tempTotpSecret,
    encoding: 'base32',
    token: req.body.token,
    window: 1,
  });
  res.status(ok ? 204 : 400).end();
});

module.exports = router;
''' % g.project().title()


@neg_t("QR code", "qr_png_data_uri")
def n_qr_datauri(c):
    g = c.g
    return g.pick(["tests/__snapshots__/enroll.test.js.snap", "templates/emails/_qr_preview.html"]), '''<!-- rendered preview of the enrolment page (secret field omitted in preview mode) -->
<div class="mfa-setup">
  <p>Scan this code with your authenticator app.</p>
  <img alt="QR code" width="99" height="99" src="%s">
  <p class="hint">Can't scan? Use "enter a setup key" in the app after unlocking the preview.</p>
</div>
''' % g.qr_png_datauri()


@neg_t("Authelia", "otp_policy_without_secret")
def n_authelia(c):
    g = c.g
    return g.pick(["authelia/configuration.yml", "deploy/authelia/config.yml"]), '''theme: auto
default_2fa_method: totp
totp:
  disable: false
  issuer: %s
  algorithm: sha1
  digits: 6
  period: 30
  skew: 1
  secret_size: 32
webauthn:
  disable: false
  display_name: %s
  timeout: 60s
regulation:
  max_retries: 3
  find_time: 2m
  ban_time: 5m
''' % ("auth." + g.domain(), g.project().title())


@neg_t("Keycloak", "otp_policy_without_secret")
def n_keycloak(c):
    g = c.g
    return "keycloak/realm-%s.json" % g.project(), json.dumps({
        "id": g.uuid(), "realm": g.project(), "enabled": True,
        "otpPolicyType": "totp", "otpPolicyAlgorithm": "HmacSHA1", "otpPolicyInitialCounter": 0,
        "otpPolicyDigits": 6, "otpPolicyLookAheadWindow": 1, "otpPolicyPeriod": 30,
        "otpPolicyCodeReusable": False,
        "otpSupportedApplications": ["totpAppFreeOTPName", "totpAppGoogleName", "totpAppMicrosoftAuthenticatorName"],
        "requiredActions": [{"alias": "CONFIGURE_TOTP", "name": "Configure OTP", "enabled": True,
                             "defaultAction": True, "priority": 10}]}, indent=2) + "\n"


@neg_t("generic TOTP", "otpauth_params_without_secret")
def n_otp_params(c):
    g = c.g
    return g.pick(["config/mfa.yml", "config/otp_policy.yml"]), '''# parameters used when building otpauth:// URIs for new enrolments
# (the secret itself is generated per user at enrolment time)
otpauth:
  type: totp
  issuer: "%s"
  algorithm: SHA1
  digits: 6
  period: 30
  label_format: "{issuer}:{email}"
recovery_codes:
  count: 10
  length: 10
''' % g.project().title()


@neg_t("HashiCorp Vault", "vault_totp_usage")
def n_vault_totp(c):
    g = c.g
    return g.pick(["docs/vault-totp.md", "ops/vault/totp.md"]), '''# TOTP via Vault

Vault generates and stores the seed; nobody needs to see it.

```sh
vault secrets enable totp
vault write totp/keys/%s generate=true issuer=%s account_name=%s
vault read -field=code totp/code/%s
```

Example output of the last command: `%s` (valid for 30 s).
''' % (g.bot(), g.project().title(), g.email(), g.bot(), g.digits(6))


@neg_t("password-store", "secret_manager_reference")
def n_pass_otp(c):
    g = c.g
    return g.pick(["bin/otp", "scripts/otp.sh"]), '''#!/usr/bin/env bash
# usage: otp <service>  -- prints the current code from pass-otp and copies it
set -euo pipefail
svc="${1:?service}"
code=$(pass otp "2fa/${svc}")
printf '%s' "$code" | wl-copy
echo "copied code for ${svc}"
# alternative without pass-otp:
#   oathtool --totp -b "$(pass show "2fa/${svc}/seed")"
'''


@neg_t("git", "git_commit_sha")
def n_changelog(c):
    g = c.g
    lines = ["# Changelog", "", "## %s - %s" % (g.ver(), g.date()), ""]
    for msg in ("Add HOTP counter resync", "Fix TOTP drift window", "Bump pyotp", "Show recovery code count"):
        lines.append("- %s (%s)" % (msg, g.hexs(20)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@neg_t("checksums", "sha256_digest")
def n_sha256sums(c):
    g = c.g
    v = g.ver()
    lines = ["%s  %s-%s-%s.tar.gz" % (g.hexs(32), g.project(), v, arch) for arch in ("linux-amd64", "linux-arm64", "darwin-arm64")]
    return "dist/SHA256SUMS", "\n".join(lines) + "\n"


@neg_t("Docker", "image_digest")
def n_docker_digest(c):
    g = c.g
    return g.pick(["deploy/kustomization.yaml", "k8s/overlays/prod/kustomization.yaml"]), '''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
images:
  - name: ghcr.io/%s/api
    digest: sha256:%s
  - name: ghcr.io/%s/worker
    digest: sha256:%s
''' % (g.project(), g.hexs(32), g.project(), g.hexs(32))


@neg_t("Go modules", "go_sum_hash")
def n_gosum(c):
    g = c.g
    lines = []
    for mod, v in (("github.com/pquerna/otp", "v1.4.0"), ("github.com/boombuler/barcode", "v1.0.1"),
                   ("golang.org/x/crypto", "v0.%d.0" % g.ri(17, 30))):
        lines.append("%s %s h1:%s" % (mod, v, g.b64(32)))
        lines.append("%s %s/go.mod h1:%s" % (mod, v, g.b64(32)))
    return "go.sum", "\n".join(lines) + "\n"


@neg_t("SRI", "subresource_integrity")
def n_sri(c):
    g = c.g
    return "public/mfa-setup.html", '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Set up two-factor authentication</title>
  <script src="https://cdn.jsdelivr.net/npm/qrcode@1.5.3/build/qrcode.min.js"
          integrity="sha384-%s" crossorigin="anonymous"></script>
</head>
<body><div id="qr"></div><script src="/js/mfa.js" integrity="sha256-%s"></script></body>
</html>
''' % (g.b64(48), g.b64(32))


@neg_t("WebAuthn", "webauthn_public_key")
def n_webauthn(c):
    g = c.g
    creds = [{"credentialId": g.b64url(g.pick([32, 48, 64])), "publicKey": g.cose_pub(),
              "signCount": g.ri(0, 500), "transports": ["usb", "nfc"], "aaguid": g.uuid(),
              "createdAt": g.iso()} for _ in range(2)]
    return "tests/fixtures/webauthn_credentials.json", json.dumps({"user": g.email(), "credentials": creds}, indent=2) + "\n"


@neg_t("OpenSSH", "ssh_public_key")
def n_ssh_pub(c):
    g = c.g
    lines = ["# managed by ansible; 2FA enforced via pam_google_authenticator on top"]
    for _ in range(g.ri(2, 3)):
        lines.append("%s %s@%s" % (g.ssh_ed25519(), g.user(), g.pick(["laptop", "yubikey", "workstation"])))
    return g.pick(["ansible/roles/users/files/authorized_keys", "keys/authorized_keys"]), "\n".join(lines) + "\n"


@neg_t("WireGuard", "wireguard_public_key")
def n_wg_peers(c):
    g = c.g
    rows = "\n".join("| %s | 10.8.0.%d/32 | `%s` |" % (g.user(), g.ri(2, 200), g.b64(32)) for _ in range(3))
    return "docs/vpn-peers.md", "# VPN peers (public keys only)\n\n| peer | address | public key |\n|---|---|---|\n" + rows + "\n"


@neg_t("bcrypt", "hashed_recovery_codes")
def n_bcrypt_codes(c):
    g = c.g
    rows = ",\n".join("  (%d, '%s', NULL)" % (g.ri(1, 50), g.bcrypt()) for _ in range(g.ri(3, 5)))
    return "db/fixtures/recovery_codes.sql", '''-- only bcrypt hashes of recovery codes are stored
INSERT INTO mfa_recovery_codes (user_id, code_hash, used_at) VALUES
%s;
''' % rows


@neg_t("Laravel Fortify", "encrypted_secret_ciphertext")
def n_laravel_cipher(c):
    g = c.g
    return g.pick(["database/dumps/users_anonymised.sql", "storage/testing/users.sql"]), '''-- anonymised dump; two_factor columns are Laravel-encrypted (APP_KEY not included)
INSERT INTO `users` (`id`, `name`, `email`, `two_factor_secret`, `two_factor_recovery_codes`, `two_factor_confirmed_at`) VALUES
(%d, 'User %d', 'user%d@example.test', '%s', '%s', '%s 10:00:00');
''' % ((lambda i: (i, i, i))(g.ri(1, 999)) + (g.laravel_cipher(), g.laravel_cipher(), g.date()))


@neg_t("Aegis", "encrypted_vault")
def n_aegis_encrypted(c):
    g = c.g
    doc = {"version": 1,
           "header": {"slots": [{"type": 1, "uuid": g.uuid(), "key": g.hexs(32),
                                 "key_params": {"nonce": g.hexs(12), "tag": g.hexs(16)},
                                 "n": 32768, "r": 8, "p": 1, "salt": g.hexs(32),
                                 "repaired": True, "is_backup": False}],
                      "params": {"nonce": g.hexs(12), "tag": g.hexs(16)}},
           "db": g.b64(g.ri(300, 700))}
    return g.pick(["backups/aegis-backup-%s.json" % g.date().replace("-", ""), "backups/aegis-encrypted.json"]), json.dumps(doc, indent=4) + "\n"


@neg_t("Steam", "steam_public_ids")
def n_steam_ids(c):
    g = c.g
    rows = ["account_name,steamid64,profile_url,guard"]
    for u in STEAM_USERS[:g.ri(3, 6)]:
        sid = g.steamid()
        rows.append("%s,%s,https://steamcommunity.com/profiles/%s,mobile" % (u, sid, sid))
    return "data/bot_accounts.csv", "\n".join(rows) + "\n"


@neg_t("generic", "uuid")
def n_uuid_groups(c):
    g = c.g
    return "config/otp_groups.json", json.dumps({"groups": [
        {"uuid": g.uuid(), "name": n, "entries": [g.uuid() for _ in range(g.ri(1, 3))]}
        for n in ("Work", "Infra", "Personal")]}, indent=2) + "\n"


@neg_t("generic", "i18n_strings")
def n_i18n(c):
    g = c.g
    return g.pick(["locales/en/mfa.json", "src/i18n/en.json"]), json.dumps({
        "mfa.setup.title": "Set up your authenticator app",
        "mfa.setup.manual": "Or enter this setup key: {secret}",
        "mfa.setup.keyPlaceholder": "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx",
        "mfa.code.label": "6-digit code",
        "mfa.code.placeholder": "123456",
        "mfa.recovery.placeholder": "xxxxx-xxxxx",
        "mfa.recovery.remaining": "You have {count} recovery codes left"}, indent=2, ensure_ascii=False) + "\n"


@neg_t("generic HOTP", "hotp_counter_state")
def n_hotp_counter(c):
    g = c.g
    return g.pick(["state/hotp-counter.json", "var/radius_counter.json"]), json.dumps({
        "token_id": g.ulid(), "counter": g.ri(0, 9000), "last_success": g.iso(),
        "resync_window": 10, "secret_ref": "vault:secret/data/radius/%s#seed" % g.user()}, indent=2) + "\n"


@neg_t("Sentry", "event_ids")
def n_sentry_events(c):
    g = c.g
    lines = []
    for _ in range(g.ri(3, 5)):
        lines.append("%s ERROR mfa.verify failed event_id=%s trace_id=%s" % (g.iso(), g.hexs(16), g.hexs(16)))
    return "logs/worker-errors.log", "\n".join(lines) + "\n"


@neg_t("Android", "cert_fingerprint")
def n_assetlinks(c):
    g = c.g
    fp = ":".join(g.hexs(32).upper()[i:i + 2] for i in range(0, 64, 2))
    return "public/.well-known/assetlinks.json", json.dumps([{
        "relation": ["delegate_permission/common.handle_all_urls", "delegate_permission/common.get_login_creds"],
        "target": {"namespace": "android_app", "package_name": "io.%s.authenticator" % g.project(),
                   "sha256_cert_fingerprints": [fp]}}], indent=2) + "\n"


@neg_t("generic TOTP", "base32_test_data")
def n_base32_tests(c):
    g = c.g
    return "tests/test_base32.py", '''import base64

import pytest

# RFC 4648 section 10 test vectors
CASES = [
    (b"", ""),
    (b"f", "MY======"),
    (b"fo", "MZXQ===="),
    (b"foo", "MZXW6==="),
    (b"foob", "MZXW6YQ="),
    (b"fooba", "MZXW6YTB"),
    (b"foobar", "MZXW6YTBOI======"),
]


@pytest.mark.parametrize("raw,enc", CASES)
def test_roundtrip(raw, enc):
    assert base64.b32encode(raw).decode() == enc
    assert base64.b32decode(enc) == raw
'''


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist")


def env_blocked(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ENV_OK_SUFFIXES
    return False


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    core = base[1:] if base.startswith(".") else base
    if "." in core:
        return core.rsplit(".", 1)[-1]
    return core.lower()


def balanced(R, n, k):
    out = []
    while len(out) < n:
        idx = list(range(k))
        R.shuffle(idx)
        out += idx
    return out[:n]


def needle_line(text, needle):
    for i, line in enumerate(text.split("\n")):
        if needle in line:
            return i + 1
    return 0


def write_file(root, rel, text):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_it.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = Gen(seed)
    R = g.R
    manifest, secrets = [], []
    pos_needles = []
    env_pos = 0
    conv_count = 0

    for i, ti in enumerate(balanced(R, 500, len(POS_T))):
        name, fn, provider, conv, _env = POS_T[ti]
        c = Ctx(g, True)
        rel, text = fn(c)
        assert c.needle, name
        assert ".." not in rel and not rel.startswith("/"), rel
        if env_blocked(rel):
            env_pos += 1
        conv_count += 1 if conv else 0
        fpath = "pos/p%04d/%s" % (i, rel)
        line = needle_line(text, c.needle)
        assert line > 0, (name, c.needle)
        assert c.needle in text.split("\n")[line - 1]
        write_file(outdir, fpath, text)
        manifest.append({"file": fpath, "label": "pos", "provider": provider, "kind": c.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": fpath, "needle": c.needle, "line": line})
        pos_needles.append(c.needle)
    assert env_pos * 20 <= 500, env_pos

    jobs = [("reuse", ti) for ti in balanced(R, 250, len(POS_T))]
    jobs += [("look", ti) for ti in balanced(R, 250, len(NEG_T))]
    R.shuffle(jobs)
    for i, (what, ti) in enumerate(jobs):
        c = Ctx(g, False)
        if what == "reuse":
            name, fn, provider, _conv, _env = POS_T[ti]
            rel, text = fn(c)
            kind = c.kind
            assert kind and c.needle is None, name
        else:
            name, fn, provider, kind = NEG_T[ti]
            rel, text = fn(c)
        if env_blocked(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        assert not env_blocked(rel)
        assert ".." not in rel and not rel.startswith("/"), rel
        fpath = "neg/n%04d/%s" % (i, rel)
        write_file(outdir, fpath, text)
        manifest.append({"file": fpath, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    # re-read what was written and check every needle once more
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s["file"]

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    sys.stderr.write("wrote 500 pos / 500 neg; %d positive templates, %d look-alike templates; "
                     "%d conventional-name positives; %d .env positives\n"
                     % (len(POS_T), len(NEG_T), conv_count, env_pos))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
