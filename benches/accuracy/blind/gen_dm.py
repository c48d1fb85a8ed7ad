#!/usr/bin/env python3
"""Blind evaluation-set generator "dm": printing, 3D printing, print-on-demand and maker tooling.

EMPHASIS
    Credentials as they leak from maker / print-shop repositories: OctoPrint global, user and
    application keys; Moonraker (Klipper) API keys; Bambu Lab LAN access codes and cloud tokens;
    PrusaLink API keys / digest passwords and Prusa Connect tokens; Duet/RepRapFirmware passwords
    (M551); Formlabs Web API client secrets; UltiMaker Digital Factory API tokens; PrintNode API keys;
    PaperCut NG/MF web-services auth tokens and admin/db passwords; CUPS/IPP/SMB device-URI passwords;
    HP / Xerox / Kyocera admin passwords and scan-to-email SMTP passwords; Printful, Printify, Gelato,
    Prodigi and Lulu print-on-demand keys; Thingiverse / MyMiniFactory tokens; OctoPrint-plugin
    notification tokens (Telegram, Discord webhooks, Pushover, Obico); Home Assistant long-lived
    tokens; plus the common cloud/db credentials of such projects (AWS, GitHub PAT, Shopify,
    WooCommerce, Stripe, SendGrid, Postgres/MySQL/MQTT passwords).
    File types: OctoPrint config.yaml, moonraker.conf, printer.cfg / Klipper macros, PrusaSlicer INI
    bundles, OrcaSlicer / Bambu JSON, Home Assistant YAML, Python, Node/TypeScript, PHP (WooCommerce),
    Shopify app code, docker-compose, .env, device-config XML exports, PaperCut properties, PowerShell,
    shell, CUPS printers.conf, GitHub workflows, Markdown runbooks, TOML, G-code, CSV.

USAGE
    python3 gen_dm.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.
    Deterministic for a given SEED (only random.Random(SEED) is used; no clock, no os.urandom).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without surrounding quotes.
    * id/secret pairs (AWS key id + secret, WooCommerce ck_/cs_, Formlabs/Lulu client id + secret,
      Pushover user key + app token): the needle is the secret half only.
    * Passwords inside URLs (postgres://, mqtt://, ipp://, smb://, rtsps://): the needle is the
      password component only.
    * Discord webhooks: the needle is the 68-character token path segment, not the whole URL.
    * JWT-shaped tokens (Printify PAT, Home Assistant long-lived token, Bambu cloud token): the whole
      three-part token.
    * Basic-auth header values are written pre-encoded only when the needle is the encoded value
      (kind "basic_auth"); otherwise the raw secret is written.
    * "line" is the 1-based line of the first occurrence; generation retries until the needle occurs
      exactly once in its file.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a look-alike:
    placeholders (<your-api-key>, YOUR_OCTOPRINT_API_KEY, xxxx...), language-appropriate environment
    lookups (os.environ / process.env / getenv / $env: / ${VAR}), Home Assistant !secret and
    GitHub ${{ secrets.X }} references, vault / secret-manager references, masked values
    (A3F9****...), empty values, REDACTED markers, provider-documented example values (AWS
    AKIAIOSFODNN7EXAMPLE, Telegram 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11, Pushover doc tokens,
    the UltiMaker docs' example token, Bambu "12345678"), and public/publishable values (Stripe pk_live_).
    The other half are domain look-alikes: printer serials, Bambu device ids, Klipper MCU serial
    paths and CAN UUIDs, filament/setting ids, G-code with MD5/thumbnail base64, 3MF slice metadata,
    STL SHA256SUMS, Git LFS pointers, lockfile integrity hashes, git commit SHAs in update_manager,
    MAC-address inventories, job/order ids (Printful, Printify, Shopify gid, Gelato UUIDs),
    webhook HMAC signatures, Ansible-vault ciphertext, i18n strings about "API key"/"access code",
    CRC/MD5 test vectors, and runbooks that only point to where a credential is kept.

DOUBTS
    Formats written from memory (no authoritative document found in the stored corpora):
    * OctoPrint keys: 32 upper-case hex (uuid4-based, older releases) or 43-char URL-safe
      (assumed for newer releases) - both generated.
    * Moonraker API key: 32 lower-case hex (uuid4().hex) - from memory.
    * Bambu Lab cloud access token: generated as an RS256 JWT-shaped string; the real token format
      is not documented by Bambu (the openHAB binding docs only say "a long access code").
    * PrusaLink API key / digest password (16 alnum) and Prusa Connect camera/printer tokens
      (20 alnum) - lengths from memory.
    * Formlabs client id/secret (40 alnum), PrintNode API key (40 lower hex), Printful private
      token (40 alnum), Gelato key (uuid-uuid:uuid), Prodigi key (uuid), Lulu client secret (32 alnum),
      MyMiniFactory key (40 alnum), Thingiverse app token (32 lower hex), Obico printer auth token
      (32 lower hex) - all from memory, lengths uncertain.
    * UltiMaker API token "umapi-" + 44 URL-safe chars + "|main" follows the single example in the
      UltiMaker docs; the example itself is used as a documented-example negative.
    * GitHub classic PAT checksum: last 6 chars = base62(CRC32(random part)) - from memory.
    * Pushover tokens: 30 alnum, app tokens starting "a" - from memory of the Pushover API page.
    * "pk_live_TYooMQauvdEDq54NiTphI7jx" is Stripe's documented pk_test_ example with the live prefix;
      used only as a publishable-key look-alike (publishable keys are documented as safe to expose).
    * Prusa Connect snapshot "Fingerprint" header (16 hex) is treated as a non-secret camera id.
    * Re-used Python negatives may call settings.get()/config() helpers that the file does not define.
    Labels a reviewer might dispute:
    * Bambu LAN access codes are 8 digits; a file with "access_code: 40718235" is labelled positive.
    * PaperCut web-services auth tokens are admin-chosen strings; generated as random 24-32 alnum.
    * Stripe pk_live_ publishable keys and Pushover *user* keys are treated as non-secret only when
      they appear alone (negatives contain only the publishable key / doc examples).
    * Ansible-vault and SOPS "ENC[AES256_GCM,...]" ciphertext and MD5/SHA digests are labelled negative.
    * G-code thumbnails are random base64 (long high-entropy comment lines) and labelled negative.
    * Masked device exports (<AdminPassword set="true">********) and DPAPI-protected PowerShell
      exports are labelled negative.

SEARCHES
    docs: OctoPrint Application Keys plugin + API authorization pages (X-Api-Key, Bearer, apikey
    query); Moonraker authorization (nothing relevant came back); PrintNode API key (nango / make.com
    how-tos, no format); Gelato X-API-KEY (nothing relevant); Printful private token (MCP server
    listings saying Printify PATs start with "eyJ").
    pages: Bambu Lab LAN mode (MQTT user bblp, 8883, access code, rtsps :322, openHAB binding docs
    "access_code": {"<serial>": "12345678"}); PrusaLink / Prusa Connect auth (UltiMaker API-token page
    with example umapi-...|main came back).
    find_string "def generate_api_key(" returned unrelated projects' key generators (not used).
    No secret-scanner rule code or detector page was shown by any search.
"""

import base64
import json
import os
import random
import string
import sys
import zlib

N_POS = 500
N_NEG = 500

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = LOW + DIG
URLSAFE = ALNUM + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64STD = ALNUM + "+/"
B32 = UPP + "234567"


# --------------------------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------------------------

def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n, need_digit=True, need_letter=True):
    """Random string that looks like machine entropy (has letters and digits)."""
    while True:
        s = rs(r, alpha, n)
        nd = sum(c.isdigit() for c in s)
        nl = sum(c.isalpha() for c in s)
        if need_digit and nd < max(2, n // 10):
            continue
        if need_letter and nl < max(2, n // 5):
            continue
        if any(s[i] == s[i + 1] == s[i + 2] == s[i + 3] for i in range(len(s) - 3)):
            continue
        return s


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ip(r):
    return pick(r, ["192.168.1.", "192.168.0.", "10.0.0.", "10.10.20.", "172.16.4.", "192.168.178."]) + str(r.randint(20, 240))


def mac(r, sep=":"):
    return sep.join("%02x" % r.randrange(256) for _ in range(6)).upper() if r.random() < 0.5 else \
        sep.join("%02x" % r.randrange(256) for _ in range(6))


def word(r):
    return pick(r, ["benchy", "voron", "ender", "prusa", "bambu", "lab", "shop", "studio", "farm", "maker",
                    "print", "filament", "nozzle", "hotend", "extruder", "octo", "klipper", "mainsail",
                    "fluidd", "spool", "layer", "bed", "mesh", "gantry", "enclosure"])


HUMAN_WORDS = ["Filament", "Benchy", "Nozzle", "Voron", "Galaxy", "Orange", "Pixel", "Hotend", "Spool",
               "Tiger", "Maple", "River", "Copper", "Falcon", "Walnut", "Harbor", "Sunset", "Prism",
               "Gantry", "Bedrock", "Marble", "Cobalt", "Lantern", "Pepper", "Juniper", "Meadow",
               "Rocket", "Sparrow", "Thunder", "Velvet", "Kestrel", "Nimbus", "Quartz", "Saffron"]


def human_password(r):
    """A realistic human-chosen or manager-generated password."""
    k = r.random()
    if k < 0.35:
        w1, w2 = r.sample(HUMAN_WORDS, 2)
        return w1 + pick(r, ["!", "#", "@", "$", "-", "_", "."]) + w2.lower() + str(r.randint(10, 9999))
    if k < 0.55:
        w = pick(r, HUMAN_WORDS)
        w = w.replace("o", "0").replace("e", "3") if r.random() < 0.5 else w
        return w + str(r.randint(1970, 2025)) + pick(r, ["!", "?", "#", "*", "%"])
    if k < 0.8:
        alpha = ALNUM + "!#%*+-=?@^_"
        while True:
            s = rs(r, alpha, r.randint(14, 22))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in "!#%*+-=?@^_" for c in s):
                return s
    if k < 0.9:
        # xkcd-ish passphrase
        ws = r.sample([w.lower() for w in HUMAN_WORDS], 3)
        return pick(r, ["-", ".", "_"]).join(ws) + str(r.randint(2, 99))
    # Google-style app password: 16 lowercase letters
    return rs(r, LOW, 16)


def url_safe_password(r):
    """Password that can sit un-escaped in a URL userinfo."""
    while True:
        p = human_password(r)
        if all(c in ALNUM + "-_.~!*" for c in p) and len(p) >= 10:
            return p


def jwt(r, header, payload, sig_len):
    return b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + rs(r, URLSAFE, sig_len)


def crc_b62(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, "0")


# --------------------------------------------------------------------------------------------
# secret generators: each returns dict(value=needle, pub=companion public id or None)
# --------------------------------------------------------------------------------------------

def g_octoprint(r):
    if r.random() < 0.6:
        return {"value": mixed(r, HEXU, 32)}
    return {"value": mixed(r, URLSAFE, 43)}


def g_moonraker(r):
    return {"value": mixed(r, HEX, 32)}


def g_bambu_code(r):
    while True:
        v = "%08d" % r.randrange(10 ** 8)
        if len(set(v)) >= 5 and v[0] != "0":
            return {"value": v, "pub": bambu_serial(r)}


def bambu_serial(r):
    return pick(r, ["01S00", "01P00", "00M09", "03W00", "0309D", "01P09", "00M00"]) + \
        pick(r, ["A", "C", "D", "E"]) + rs(r, DIG, 9)


def g_bambu_cloud(r):
    uid = str(r.randint(1000000000, 3999999999))
    now = r.randint(1700000000, 1760000000)
    payload = {"aud": "bambulab", "exp": now + 7776000, "iat": now, "iss": "bbl",
               "jti": rs(r, HEX, 32), "username": "u_" + uid}
    return {"value": jwt(r, {"alg": "RS256", "typ": "JWT"}, payload, 342), "pub": "u_" + uid}


def g_prusalink(r):
    return {"value": mixed(r, ALNUM, 16)}


def g_prusa_connect(r):
    return {"value": mixed(r, ALNUM, 20), "pub": rs(r, HEX, 32)}


def g_formlabs(r):
    return {"value": mixed(r, ALNUM, 40), "pub": mixed(r, ALNUM, 40)}


def g_ultimaker(r):
    return {"value": "umapi-" + mixed(r, URLSAFE, 44) + "|main"}


def g_printnode(r):
    return {"value": mixed(r, HEX, 40)}


def g_papercut_token(r):
    return {"value": mixed(r, ALNUM, r.randint(24, 32))}


def g_password(r):
    return {"value": human_password(r)}


def g_urlpassword(r):
    return {"value": url_safe_password(r)}


def g_printful(r):
    return {"value": mixed(r, ALNUM, 40)}


def g_printify(r):
    now = r.randint(1700000000, 1760000000)
    payload = {"aud": uuid4(r).replace("-", "")[:32], "jti": rs(r, HEX, 80), "iat": now + r.random(),
               "nbf": now + r.random(), "exp": now + 31536000 + r.random(), "sub": str(r.randint(1000000, 19999999)),
               "scopes": ["shops.manage", "shops.read", "catalog.read", "orders.read", "orders.write",
                          "products.read", "products.write", "webhooks.read", "webhooks.write",
                          "uploads.read", "uploads.write", "print_providers.read"]}
    return {"value": jwt(r, {"typ": "JWT", "alg": "RS256"}, payload, 342)}


def g_gelato(r):
    return {"value": "%s-%s:%s" % (uuid4(r), uuid4(r), uuid4(r))}


def g_prodigi(r):
    return {"value": uuid4(r)}


def g_lulu(r):
    return {"value": mixed(r, ALNUM, 32), "pub": uuid4(r)}


def g_thingiverse(r):
    return {"value": mixed(r, HEX, 32)}


def g_mmf(r):
    return {"value": mixed(r, ALNUM, 40)}


def g_telegram(r):
    return {"value": "%d:AA%s" % (r.randint(10 ** 8, 7 * 10 ** 9), mixed(r, URLSAFE, 33))}


def g_discord(r):
    return {"value": mixed(r, URLSAFE, 68), "pub": str(r.randint(10 ** 17, 13 * 10 ** 17))}


def g_pushover(r):
    return {"value": "a" + mixed(r, LOWALNUM + UPP, 29), "pub": "u" + mixed(r, LOWALNUM + UPP, 29)}


def g_obico(r):
    return {"value": mixed(r, HEX, 32)}


def g_hass(r):
    now = r.randint(1650000000, 1760000000)
    payload = {"iss": rs(r, HEX, 32), "iat": now, "exp": now + 315360000}
    return {"value": jwt(r, {"alg": "HS256", "typ": "JWT"}, payload, 43)}


def g_aws(r):
    return {"value": mixed(r, B64STD, 40), "pub": "AKIA" + rs(r, B32, 16)}


def g_github(r):
    body = mixed(r, ALNUM, 30)
    return {"value": "ghp_" + body + crc_b62(body)}


def g_shopify(r):
    return {"value": "shpat_" + mixed(r, HEX, 32)}


def g_woo(r):
    return {"value": "cs_" + mixed(r, HEX, 40), "pub": "ck_" + rs(r, HEX, 40)}


def g_stripe(r):
    if r.random() < 0.5:
        return {"value": "sk_live_" + mixed(r, ALNUM, 24)}
    return {"value": "sk_live_51" + mixed(r, ALNUM, 97)}


def g_sendgrid(r):
    return {"value": "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43)}


def g_basic_printnode(r):
    key = mixed(r, HEX, 40)
    return {"value": base64.b64encode((key + ":").encode()).decode()}


GEN = {
    "octoprint": g_octoprint, "moonraker": g_moonraker, "bambu_code": g_bambu_code,
    "bambu_cloud": g_bambu_cloud, "prusalink": g_prusalink, "prusa_connect": g_prusa_connect,
    "formlabs": g_formlabs, "ultimaker": g_ultimaker, "printnode": g_printnode,
    "papercut_token": g_papercut_token, "password": g_password, "urlpassword": g_urlpassword,
    "printful": g_printful, "printify": g_printify, "gelato": g_gelato, "prodigi": g_prodigi,
    "lulu": g_lulu, "thingiverse": g_thingiverse, "mmf": g_mmf, "telegram": g_telegram,
    "discord": g_discord, "pushover": g_pushover, "obico": g_obico, "hass": g_hass, "aws": g_aws,
    "github": g_github, "shopify": g_shopify, "woo": g_woo, "stripe": g_stripe,
    "sendgrid": g_sendgrid, "basic_printnode": g_basic_printnode,
}


# --------------------------------------------------------------------------------------------
# negative fillers for re-used templates
# --------------------------------------------------------------------------------------------

DOC_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"],
    "pushover": ["azGDORePK8gMaC0QOYAMyEEuzJnyUi"],
    "ultimaker": ["umapi-yXw-3HHYwn_v3Vjrxxkpfy2PV4tN9D5oABxZc1zHQiW-|main"],
    "bambu_code": ["12345678"],
    "stripe": ["pk_live_" + "TYooMQauvdEDq54NiTphI7jx", "pk_test_TYooMQauvdEDq54NiTphI7jx"],
    "octoprint": ["abcdef..."],
    "moonraker": ["abcdef..."],
}

NEG_PUB = {
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "woo": "ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "formlabs": "YOUR_CLIENT_ID",
    "pushover": "uQiRzpo4DXghDmr9QzzfQu27cmVRsG",
}

SPECIAL_NEED_QUOTE = set(" #:!&*%@`'\"{}[],|>?$\\")


def _placeholder(r, env, genkey):
    low = env.lower()
    kebab = low.replace("_", "-")
    L = {"octoprint": 32, "moonraker": 32, "printnode": 40, "printful": 40, "thingiverse": 32,
         "obico": 32, "formlabs": 40, "mmf": 40, "prusalink": 16, "bambu_code": 8}.get(genkey, 24)
    opts = [
        "<%s>" % kebab, "<your-%s>" % kebab, "YOUR_%s" % env, "your_%s_here" % low, "<insert %s here>" % low.replace("_", " "),
        "x" * L, "X" * L, "0" * L, "*" * r.randint(8, 16), "REDACTED", "<redacted>", "TODO", "CHANGE_ME_IN_VAULT",
        "", "", "null-placeholder", "%s-goes-here" % kebab, "...", "PLACEHOLDER",
    ]
    if genkey in ("octoprint", "moonraker", "thingiverse", "obico", "printnode"):
        m = rs(r, HEXU if genkey == "octoprint" else HEX, 4)
        opts.append(m + "*" * (L - 6) + rs(r, HEX, 2))
        opts.append(m + "…" + "(hidden)")
    if genkey in ("password", "urlpassword"):
        opts += ["********", "<password>", "<admin-password>", "<smtp password>", "********", "set-me"]
    if genkey == "bambu_code":
        opts += ["XXXXXXXX", "<8-digit access code>", "00000000"]
    if genkey in ("printify", "hass", "bambu_cloud"):
        opts += ["eyJ...", "<long-lived-access-token>", "eyJhbGciOi...<snip>"]
    if genkey == "github":
        opts += ["ghp_" + "x" * 36, "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
    if genkey == "shopify":
        opts += ["shpat_" + "x" * 32, "shpat_<token>"]
    if genkey == "woo":
        opts += ["cs_" + "x" * 40, "cs_your_consumer_secret"]
    if genkey == "stripe":
        opts += ["sk_live_...", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"]
    if genkey == "sendgrid":
        opts += ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "SG.<key>"]
    if genkey == "ultimaker":
        opts += ["umapi-<token>|main"]
    if genkey == "discord":
        opts += ["<webhook-token>", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
    if genkey == "telegram":
        opts += ["<bot-token>", "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]
    return pick(r, opts)


def _ref_literal(r, env):
    """Secret-manager / templating references usable as a literal string."""
    low = env.lower()
    return pick(r, [
        "${%s}" % env, "${%s}" % env, "{{ %s }}" % low, "{{ vault_%s }}" % low,
        "vault:secret/data/printfarm/%s#value" % low.replace("_", "-"),
        "op://Print Farm/%s/credential" % env.title().replace("_", " "),
        "secretmanager://projects/printfarm-prod/secrets/%s/versions/latest" % low.replace("_", "-"),
        "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(r, B64STD, 28), rs(r, B64STD, 22) + "==", rs(r, B64STD, 22) + "=="),
        "%%(%s)s" % low,
    ])


def neg_literal(r, genkey, env):
    k = r.random()
    if genkey in DOC_EXAMPLES and k < 0.25:
        return pick(r, DOC_EXAMPLES[genkey])
    if k < 0.65:
        return _placeholder(r, env, genkey)
    return _ref_literal(r, env)


def env_expr(r, lang, env):
    low = env.lower()
    if lang == "py":
        return pick(r, ['os.environ["%s"]' % env, 'os.getenv("%s")' % env, "os.environ.get('%s', '')" % env,
                        'settings.get("%s")' % low, 'config("%s")' % env])
    if lang in ("js", "ts"):
        return pick(r, ["process.env.%s" % env, "process.env['%s']" % env, "process.env.%s ?? ''" % env])
    if lang == "php":
        return pick(r, ["getenv('%s')" % env, "$_ENV['%s']" % env, "env('%s')" % env])
    if lang == "ps1":
        return pick(r, ["$env:%s" % env, "(Get-Secret -Name '%s' -AsPlainText)" % env.title().replace("_", "")])
    if lang == "sh":
        return pick(r, ['"$%s"' % env, '"${%s:?missing}"' % env, '"$(cat /run/secrets/%s)"' % low])
    if lang == "hass":
        return "!secret %s" % low
    if lang == "gha":
        return "${{ secrets.%s }}" % env
    if lang in ("yaml", "compose", "env", "props", "toml"):
        return pick(r, ['"${%s}"' % env, "${%s}" % env, '"${%s:-}"' % env]) if lang != "toml" else '"${%s}"' % env
    if lang == "cfg":
        return "{secrets.%s}" % low.replace("_", ".", 1)
    if lang == "rb":
        return "ENV.fetch('%s')" % env
    if lang == "go":
        return 'os.Getenv("%s")' % env
    return None


class Slot:
    """The credential slot of a template. In 'pos' mode it holds a fresh secret; in 'neg' mode
    every use yields a look-alike (placeholder, reference, masked, empty, doc example)."""

    def __init__(self, r, mode, key):
        c = PCTX[key]
        self.r = r
        self.mode = mode
        self.key = key
        self.provider = c["provider"]
        self.kind = c["kind"]
        self.genkey = genkey = c["genkey"]
        self.env = c["env"]
        if mode == "pos":
            self.sec = GEN[genkey](r)
            self.value = self.sec["value"]
            self._pub = self.sec.get("pub")
        else:
            self.sec = None
            self.value = None
            self._pub = None

    @property
    def pub(self):
        if self.mode == "pos":
            return self._pub
        if self.genkey in NEG_PUB:
            return NEG_PUB[self.genkey]
        tmp = GEN[self.genkey](random.Random(self.r.random()))
        if self.genkey in ("bambu_code", "bambu_cloud", "prusa_connect", "lulu", "discord"):
            return tmp.get("pub")
        return "<id>"

    def raw(self, env=None):
        """Value embedded in other text (URL userinfo, header inside a string)."""
        if self.mode == "pos":
            return self.value
        return neg_literal(self.r, self.genkey, env or self.env)

    def lit(self, lang, env=None, q=None):
        """A full literal (with quotes where the language needs them) or, for negatives, maybe an
        environment lookup expression in that language."""
        r = self.r
        env = env or self.env
        if self.mode == "neg":
            if r.random() < 0.45:
                e = env_expr(r, lang, env)
                if e is not None:
                    return e
            v = neg_literal(r, self.genkey, env)
        else:
            v = self.value
        return quote(r, lang, v, q)


def quote(r, lang, v, q=None):
    if q is None:
        if lang in ("py", "ts", "js"):
            q = pick(r, ['"', "'"])
        elif lang in ("php", "ps1", "sh", "rb"):
            q = "'" if ("$" in v or "!" in v or r.random() < 0.5) else '"'
        elif lang in ("json", "toml", "go", "cs", "java"):
            q = '"'
        elif lang in ("yaml", "compose", "hass", "gha"):
            if v == "" or any(c in SPECIAL_NEED_QUOTE for c in v) or v[:1] in "-0123456789." or v.lower() in ("yes", "no", "on", "off", "true", "false", "null"):
                q = pick(r, ['"', "'"])
            else:
                q = pick(r, ['"', "'", "", ""])
        elif lang == "env":
            if v == "" or any(c in " #$'\"`\\!&*" for c in v):
                q = "'" if "'" not in v else '"'
            else:
                q = pick(r, ["", "", '"'])
        else:  # ini, cfg, props, xml, md
            q = ""
    if lang in ("ps1", "sh") and q == '"' and ("$" in v or "`" in v or "!" in v):
        q = "'"
    return q + v + q


# --------------------------------------------------------------------------------------------
# naming helpers
# --------------------------------------------------------------------------------------------

def styl(words, style):
    words = [w.lower() for w in words]
    if style == "snake":
        return "_".join(words)
    if style == "scream":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(w.title() for w in words[1:])
    if style == "pascal":
        return "".join(w.title() for w in words)
    if style == "kebab":
        return "-".join(words)
    return "_".join(words)


def nm(r, ob, obvious, neutral, style):
    """Pick a variable name: obvious (e.g. octoprint_api_key) or neutral (e.g. op_hdr)."""
    words = pick(r, obvious) if ob else pick(r, neutral)
    return styl(words.split(), style)


COMMENT = {"py": "#", "yaml": "#", "sh": "#", "ps1": "#", "env": "#", "cfg": "#", "ini": ";", "toml": "#",
           "props": "#", "js": "//", "ts": "//", "php": "//", "compose": "#", "hass": "#", "gha": "#", "rb": "#",
           "go": "//"}


def cmt(lang, text):
    return "%s %s" % (COMMENT.get(lang, "#"), text)


FLAVOUR = [
    "keep in sync with the farm inventory sheet", "printer 3 is the one with the 0.6 nozzle",
    "TODO: move to the new Pi once it arrives", "do not enable auto-update during a print",
    "see notes/runbook.md for the recovery steps", "bumped timeout after the PETG jams",
    "the enclosure camera is on /webcam2", "ask Sam before changing the queue names",
    "used by the nightly spool report", "first-layer tuning lives in the slicer profile",
    "values below were copied from the old farm box", "retry because the Pi wifi drops sometimes",
]


def flavour(r, lang):
    return cmt(lang, pick(r, FLAVOUR))


# --------------------------------------------------------------------------------------------
# provider contexts: (provider, kind, genkey) + names, env var, host, how it is sent
# --------------------------------------------------------------------------------------------

def _c(provider, kind, genkey, env, ob, nu, host="", hdr=None, auth="header"):
    return {"provider": provider, "kind": kind, "genkey": genkey, "env": env, "ob": ob, "nu": nu,
            "host": host, "hdr": hdr, "auth": auth}


PCTX = {
    "octoprint_api": _c("octoprint", "api_key", "octoprint", "OCTOPRINT_API_KEY",
                        ["octoprint api key", "octoprint apikey", "api key"], ["octopi", "op remote", "printer three", "octo hdr"],
                        "http://octopi.local", "X-Api-Key", "header"),
    "octoprint_app": _c("octoprint", "app_key", "octoprint", "OCTOPRINT_APP_KEY",
                        ["octoprint app key", "app key", "octoprint application key"], ["op client", "octo session", "remote ref"],
                        "http://octopi-mk3.local", "Authorization", "bearer"),
    "moonraker": _c("moonraker", "api_key", "moonraker", "MOONRAKER_API_KEY",
                    ["moonraker api key", "klipper api key", "api key"], ["mr value", "voron ref", "klipper host opt", "mainsail hdr"],
                    "http://voron24.local:7125", "X-Api-Key", "header"),
    "bambu_code": _c("bambulab", "lan_access_code", "bambu_code", "BAMBU_ACCESS_CODE",
                     ["bambu access code", "access code", "printer access code"], ["lan code", "p1s pin", "x1 value", "bbl num"],
                     "", None, "mqtt"),
    "bambu_cloud": _c("bambulab", "cloud_token", "bambu_cloud", "BAMBU_CLOUD_TOKEN",
                      ["bambu token", "bambu cloud token", "access token"], ["bbl session", "cloud ref", "mw auth blob"],
                      "https://api.bambulab.com", "Authorization", "bearer"),
    "prusalink_key": _c("prusalink", "api_key", "prusalink", "PRUSALINK_API_KEY",
                        ["prusalink api key", "prusa link key", "api key"], ["mk4 value", "link hdr", "xl ref"],
                        "http://prusa-mk4.local", "X-Api-Key", "header"),
    "prusalink_pw": _c("prusalink", "digest_password", "prusalink", "PRUSALINK_PASSWORD",
                       ["prusalink password", "maker password", "printer password"], ["mk4 pin", "link secret word", "xl pw ref"],
                       "http://prusa-xl.local", None, "digest"),
    "prusa_connect": _c("prusa_connect", "camera_token", "prusa_connect", "PRUSA_CONNECT_TOKEN",
                        ["prusa connect token", "camera token", "connect token"], ["cam ref", "snapshot id value", "pc hdr"],
                        "https://connect.prusa3d.com", "Token", "header"),
    "duet": _c("duet_rrf", "password", "password", "DUET_PASSWORD",
               ["duet password", "board password", "rrf password"], ["dwc pin", "duet word", "board ref"],
               "http://duet3.local", None, "rr_connect"),
    "formlabs": _c("formlabs", "client_secret", "formlabs", "FORMLABS_CLIENT_SECRET",
                   ["formlabs client secret", "client secret"], ["fl value", "form4 ref", "dashboard cs"],
                   "https://api.formlabs.com", None, "oauth"),
    "ultimaker": _c("ultimaker", "api_token", "ultimaker", "ULTIMAKER_API_TOKEN",
                    ["ultimaker api token", "digital factory token", "api token"], ["df value", "um ref", "cluster hdr"],
                    "https://api.ultimaker.com", "Authorization", "bearer"),
    "printnode": _c("printnode", "api_key", "printnode", "PRINTNODE_API_KEY",
                    ["printnode api key", "printnode key", "api key"], ["pn user", "label ref", "pn value"],
                    "https://api.printnode.com", None, "basic"),
    "printnode_basic": _c("printnode", "basic_auth", "basic_printnode", "PRINTNODE_AUTH",
                          ["printnode auth", "basic auth"], ["pn hdr", "label printer ref"],
                          "https://api.printnode.com", "Authorization", "basic"),
    "papercut_token": _c("papercut", "webservices_auth_token", "papercut_token", "PAPERCUT_AUTH_TOKEN",
                         ["papercut auth token", "auth token", "web services token"], ["pc arg", "mf value", "xmlrpc ref"],
                         "http://papercut.corp.local:9191", None, "arg"),
    "papercut_db": _c("papercut", "db_password", "password", "PAPERCUT_DB_PASSWORD",
                      ["database password", "db password"], ["db word", "sql ref"], "", None, "props"),
    "cups": _c("cups_ipp", "device_uri_password", "urlpassword", "PRINTER_URI_PASSWORD",
               ["printer password", "ipp password", "queue password"], ["uri part", "dev word"], "", None, "url"),
    "hp_admin": _c("hp", "admin_password", "password", "HP_EWS_ADMIN_PASSWORD",
                   ["admin password", "ews password", "device password"], ["ews pin", "mfp word", "dev ref"], "", None, "xml"),
    "xerox_admin": _c("xerox", "admin_password", "password", "XEROX_ADMIN_PASSWORD",
                      ["admin password", "device admin password"], ["cwis pin", "mfp word"], "", None, "xml"),
    "kyocera_admin": _c("kyocera", "admin_password", "password", "KYOCERA_ADMIN_PASSWORD",
                        ["admin password", "command center password"], ["kx pin", "mfp word"], "", None, "xml"),
    "hp_smtp": _c("hp", "smtp_password", "password", "SCAN_SMTP_PASSWORD",
                  ["smtp password", "scan to email password", "mail password"], ["relay word", "s2e ref", "mx pin"], "", None, "smtp"),
    "kyocera_smtp": _c("kyocera", "smtp_password", "password", "SCAN_SMTP_PASSWORD",
                       ["smtp password", "scan to email password"], ["relay word", "s2e ref"], "", None, "smtp"),
    "xerox_smtp": _c("xerox", "smtp_password", "password", "SMTP_PASSWORD",
                     ["smtp password", "email password"], ["relay word", "mx ref"], "", None, "smtp"),
    "printful": _c("printful", "private_token", "printful", "PRINTFUL_API_TOKEN",
                   ["printful token", "printful api key", "printful private token"], ["pf value", "fulfil ref", "pod hdr"],
                   "https://api.printful.com", "Authorization", "bearer"),
    "printify": _c("printify", "personal_access_token", "printify", "PRINTIFY_API_TOKEN",
                   ["printify token", "printify api token"], ["pfy value", "pod ref", "shop blob"],
                   "https://api.printify.com/v1", "Authorization", "bearer"),
    "gelato": _c("gelato", "api_key", "gelato", "GELATO_API_KEY",
                 ["gelato api key", "gelato key"], ["gel value", "order svc ref"], "https://order.gelatoapis.com", "X-API-KEY", "header"),
    "prodigi": _c("prodigi", "api_key", "prodigi", "PRODIGI_API_KEY",
                  ["prodigi api key", "prodigi key"], ["prd value", "print lab ref"], "https://api.prodigi.com/v4.0", "X-API-Key", "header"),
    "lulu": _c("lulu", "client_secret", "lulu", "LULU_CLIENT_SECRET",
               ["lulu client secret", "client secret"], ["book svc ref", "lulu cs value"], "https://api.lulu.com", None, "oauth"),
    "thingiverse": _c("thingiverse", "app_token", "thingiverse", "THINGIVERSE_TOKEN",
                      ["thingiverse token", "thingiverse app token", "access token"], ["tv value", "model feed ref"],
                      "https://api.thingiverse.com", None, "query"),
    "mmf": _c("myminifactory", "api_key", "mmf", "MMF_API_KEY",
              ["myminifactory api key", "mmf key"], ["mmf value", "mini feed ref"], "https://www.myminifactory.com/api/v2", None, "query"),
    "telegram": _c("telegram", "bot_token", "telegram", "TELEGRAM_BOT_TOKEN",
                   ["telegram bot token", "bot token", "telegram token"], ["tg value", "notify ref", "chat hook"],
                   "https://api.telegram.org", None, "url"),
    "discord": _c("discord", "webhook_token", "discord", "DISCORD_WEBHOOK_URL",
                  ["discord webhook", "webhook url"], ["notify url", "channel hook", "dc target"], "https://discord.com", None, "url"),
    "pushover": _c("pushover", "app_token", "pushover", "PUSHOVER_APP_TOKEN",
                   ["pushover token", "pushover app token", "app token"], ["po value", "push ref"],
                   "https://api.pushover.net/1/messages.json", None, "form"),
    "obico": _c("obico", "auth_token", "obico", "OBICO_AUTH_TOKEN",
                ["obico auth token", "auth token", "obico token"], ["tsd value", "spaghetti ref"], "https://app.obico.io", "Authorization", "token"),
    "hass": _c("homeassistant", "long_lived_token", "hass", "HASS_TOKEN",
               ["ha token", "home assistant token", "hass token"], ["ha hdr", "dash ref", "lovelace value"],
               "http://homeassistant.local:8123", "Authorization", "bearer"),
    "aws": _c("aws", "secret_access_key", "aws", "AWS_SECRET_ACCESS_KEY",
              ["aws secret access key", "secret access key"], ["s3 b value", "stl bucket ref"], "", None, "aws"),
    "github": _c("github", "personal_access_token", "github", "GITHUB_TOKEN",
                 ["github token", "gh token", "github pat"], ["release ref", "ci value", "gh hdr"], "https://api.github.com", "Authorization", "token"),
    "shopify": _c("shopify", "admin_api_token", "shopify", "SHOPIFY_ADMIN_TOKEN",
                  ["shopify admin token", "shopify access token"], ["store value", "shop hdr"], "", "X-Shopify-Access-Token", "header"),
    "woo": _c("woocommerce", "consumer_secret", "woo", "WC_CONSUMER_SECRET",
              ["wc consumer secret", "consumer secret", "woocommerce secret"], ["wc value", "store cs ref"], "", None, "basic"),
    "stripe": _c("stripe", "secret_key", "stripe", "STRIPE_SECRET_KEY",
                 ["stripe secret key", "stripe key", "stripe api key"], ["pay value", "checkout ref"], "https://api.stripe.com", "Authorization", "bearer"),
    "sendgrid": _c("sendgrid", "api_key", "sendgrid", "SENDGRID_API_KEY",
                   ["sendgrid api key", "sendgrid key", "mail api key"], ["mailer value", "notify mail ref"], "https://api.sendgrid.com", "Authorization", "bearer"),
    "postgres": _c("postgres", "db_password", "urlpassword", "POSTGRES_PASSWORD",
                   ["postgres password", "db password", "database password"], ["pg word", "db ref"], "", None, "url"),
    "mysql": _c("mysql", "db_password", "urlpassword", "MYSQL_PASSWORD",
                ["mysql password", "db password"], ["sql word", "db ref"], "", None, "url"),
    "mqtt": _c("mqtt", "password", "urlpassword", "MQTT_PASSWORD",
               ["mqtt password", "broker password"], ["mq word", "bus ref"], "", None, "url"),
}


def pc(S):
    return PCTX[S.key]


def var(r, S, ob, style):
    c = PCTX[S.key]
    return nm(r, ob, c["ob"], c["nu"], style)


# --------------------------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------------------------

POS_TEMPLATES = []   # (name, func, filetype, keys)
NEG_TEMPLATES = []   # (name, func, filetype, provider, kind)


def tpl(ft, keys):
    def deco(f):
        POS_TEMPLATES.append((f.__name__, f, ft, keys))
        return f
    return deco


def negtpl(ft, provider, kind):
    def deco(f):
        NEG_TEMPLATES.append((f.__name__, f, ft, provider, kind))
        return f
    return deco


def J(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


def printer_names(r, n):
    base = ["mk4-01", "mk4-02", "mk3s-lab", "voron24", "v0-mini", "ender3-s1", "x1c-a", "p1s-b", "a1-mini",
            "xl-5t", "sv08", "k1max", "form4", "s5-pro", "bambu-p1p", "ratrig-vc3"]
    return r.sample(base, n)


def serial_prusa(r):
    return "CZPX%04dX%03dX%s%05d" % (r.randint(1000, 9999), r.randint(1, 999), pick(r, "CK"), r.randint(0, 99999))


def ts(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ============================================================================================
# POSITIVE TEMPLATES (also re-used for negatives with the slot filled by look-alikes)
# ============================================================================================

@tpl("yaml", ["octoprint_api", "telegram", "pushover", "discord", "obico", "mqtt"])
def t_octoprint_config_yaml(r, S, ob):
    k = S.key
    L = []
    if r.random() < 0.5:
        L.append("# OctoPrint config for %s - exported %s" % (pick(r, printer_names(r, 3)), ts(r)[:10]))
    L.append("accessControl:")
    L.append("  autologinLocal: %s" % pick(r, ["false", "true"]))
    L.append("  localNetworks:")
    L.append("  - 127.0.0.0/8")
    L.append("  - %s.0/24" % ip(r).rsplit(".", 1)[0])
    if k == "octoprint_api":
        L.append("api:")
        L.append("  allowCrossOrigin: %s" % pick(r, ["false", "true"]))
        L.append("  key: %s" % S.lit("yaml"))
    L.append("appearance:")
    L.append("  color: %s" % pick(r, ["orange", "blue", "green", "black", "red"]))
    L.append("  name: %s" % pick(r, ["MK3S Lab", "Ender Garage", "Farm 02", "Voron Office", "CR10 Basement"]))
    L.append("feature:")
    L.append("  sdSupport: %s" % pick(r, ["false", "true"]))
    L.append("plugins:")
    L.append("  _disabled:")
    L.append("  - %s" % pick(r, ["tracking", "announcements", "backup"]))
    L.append("  discovery:")
    L.append("    upnpUuid: %s" % uuid4(r))
    if k == "telegram":
        L.append("  telegram:")
        L.append("    chats:")
        cid = str(r.randint(100000000, 999999999))
        L.append("      '%s':" % cid)
        L.append("        accept_commands: true")
        L.append("        send_notifications: true")
        L.append("    token: %s" % S.lit("yaml"))
        L.append("    notification_height: 5.0")
    elif k == "pushover":
        L.append("  pushover:")
        L.append("    priority: %d" % r.choice([0, 1]))
        L.append("    token: %s" % S.lit("yaml"))
        L.append("    user_key: %s" % S.pub)
        L.append("    sound: %s" % pick(r, ["pushover", "bike", "magic", "none"]))
    elif k == "discord":
        wid = S.pub or str(r.randint(10 ** 17, 10 ** 18))
        L.append("  octorant:")
        L.append("    url: https://discord.com/api/webhooks/%s/%s" % (wid, S.raw()))
        L.append("    username: OctoPrint")
        L.append("    events:")
        L.append("      printing_done:")
        L.append("        enabled: true")
    elif k == "obico":
        L.append("  obico:")
        L.append("    auth_token: %s" % S.lit("yaml"))
        L.append("    endpoint_prefix: https://app.obico.io")
        L.append("    disable_video_streaming: false")
    elif k == "mqtt":
        L.append("  mqtt:")
        L.append("    broker:")
        L.append("      url: %s" % ip(r))
        L.append("      port: 1883")
        L.append("      username: octoprint")
        L.append("      password: %s" % S.lit("yaml"))
        L.append("    publish:")
        L.append("      baseTopic: octoPrint/")
    L.append("  softwareupdate:")
    L.append("    _config_version: 9")
    L.append("serial:")
    L.append("  autoconnect: true")
    L.append("  baudrate: %d" % pick(r, [115200, 250000]))
    L.append("  port: %s" % pick(r, ["/dev/ttyACM0", "/dev/ttyUSB0", "/dev/serial/by-id/usb-Prusa_Research__prusa3d.com__Original_Prusa_i3_MK3_CZPX%04dX004XK%05d-if00" % (r.randint(1000, 9999), r.randint(0, 99999))]))
    L.append("temperature:")
    L.append("  profiles:")
    for name, e, b in r.sample([("PLA", 215, 60), ("PETG", 240, 85), ("ABS", 255, 100), ("TPU", 225, 50)], 2):
        L.append("  - bed: %d" % b)
        L.append("    chamber: null")
        L.append("    extruder: %d" % e)
        L.append("    name: %s" % name)
    L.append("webcam:")
    L.append("  ffmpeg: /usr/bin/ffmpeg")
    L.append("  snapshot: http://127.0.0.1:8080/?action=snapshot")
    L.append("  stream: /webcam/?action=stream")
    path = pick(r, ["octoprint/config.yaml", ".octoprint/config.yaml", "deploy/octopi/config.yaml",
                    "printers/%s/octoprint/config.yaml" % pick(r, printer_names(r, 2))])
    return path, J(L)


@tpl("cfg", ["telegram", "pushover", "discord", "mqtt", "hass"])
def t_moonraker_conf(r, S, ob):
    k = S.key
    L = ["# moonraker.conf - %s" % pick(r, ["Voron 2.4 350", "Trident 300", "Ender 3 S1 klipper", "RatRig V-Core 3"]), ""]
    L += ["[server]", "host: 0.0.0.0", "port: 7125", "klippy_uds_address: ~/printer_data/comms/klippy.sock", ""]
    L += ["[authorization]", "trusted_clients:", "    %s.0/24" % ip(r).rsplit(".", 1)[0], "    127.0.0.0/8",
          "cors_domains:", "    *.local", "    *://my.mainsail.xyz", ""]
    L += ["[octoprint_compat]", "", "[history]", ""]
    if k == "telegram":
        L += ["[notifier telegram]", "url: tgram://%s/%d" % (S.raw(), r.randint(10 ** 8, 10 ** 9)),
              "events: error, complete, cancelled", "body: Your job {event_args[1].filename} is {event_name}", ""]
    elif k == "pushover":
        L += ["[notifier pushover]", "url: pover://%s@%s" % (S.pub, S.raw()), "events: complete, error",
              "title: {event_args[1].filename}", ""]
    elif k == "discord":
        L += ["[notifier discord]", "url: discord://%s/%s" % (S.pub, S.raw()), "events: *",
              "body: {event_name}: {event_args[1].filename}", ""]
    elif k == "mqtt":
        L += ["[mqtt]", "address: %s" % ip(r), "port: 1883", "username: klipper",
              "password: %s" % S.lit("cfg"), "enable_moonraker_api: True", "status_objects:", "    webhooks", "    toolhead=position,print_time", ""]
    elif k == "hass":
        L += ["[power printer_plug]", "type: homeassistant", "address: %s" % ip(r), "port: 8123", "device: switch.%s_plug" % word(r),
              "token: %s" % S.lit("cfg"), "domain: switch", "locked_while_printing: True", "restart_klipper_when_powered: True", ""]
    L += ["[update_manager]", "channel: dev", "refresh_interval: 168", "",
          "[update_manager mainsail]", "type: web", "channel: stable", "repo: mainsail-crew/mainsail", "path: ~/mainsail", ""]
    if r.random() < 0.5:
        L += ["[timelapse]", "output_path: ~/printer_data/timelapse/", "frame_path: /tmp/timelapse/printer"]
    return pick(r, ["printer_data/config/moonraker.conf", "config/moonraker.conf", "klipper_config/moonraker.conf"]), J(L)


@tpl("cfg", ["telegram", "pushover", "hass", "octoprint_api", "moonraker"])
def t_klipper_macro(r, S, ob):
    k = S.key
    c = pc(S)
    L = ["# Notification macros - included from printer.cfg", "# needs the G-Code Shell Command extension (KIAUH)", ""]
    name = pick(r, ["notify", "send_msg", "push", "alert"])
    if k == "telegram":
        cmd = "curl -s -X POST https://api.telegram.org/bot%s/sendMessage -d chat_id=%d -d text=" % (S.raw(), r.randint(10 ** 8, 10 ** 9))
    elif k == "pushover":
        cmd = "curl -s -F token=%s -F user=%s -F message=" % (S.raw(), S.pub)
    elif k == "hass":
        cmd = "curl -s -X POST -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' http://%s:8123/api/services/notify/mobile_app_%s -d" % (S.raw(), ip(r), pick(r, ["pixel_8", "iphone", "sm_s918b"]))
    elif k == "octoprint_api":
        cmd = "curl -s -H 'X-Api-Key: %s' -X POST http://%s/api/printer/command -d" % (S.raw(), ip(r))
    else:
        cmd = "curl -s -H 'X-Api-Key: %s' http://%s:7125/printer/gcode/script?script=" % (S.raw(), ip(r))
    L += ["[gcode_shell_command %s]" % name, "command: %s" % cmd, "timeout: 5.", "verbose: False", ""]
    L += ["[gcode_macro NOTIFY]", "description: Send a notification via %s" % c["provider"], "gcode:",
          "    {% set msg = params.MSG|default(\"Print finished\") %}",
          "    RUN_SHELL_COMMAND CMD=%s PARAMS=\"{msg}\"" % name, ""]
    L += ["[gcode_macro END_PRINT]", "gcode:", "    M400", "    G91", "    G1 E-2 F2700", "    G1 Z10 F3000", "    G90",
          "    G1 X%d Y%d F6000" % (r.randint(5, 300), r.randint(250, 350)), "    M107", "    TURN_OFF_HEATERS",
          "    NOTIFY MSG=\"{printer.print_stats.filename} done\""]
    return pick(r, ["printer_data/config/macros/notify.cfg", "config/notify.cfg", "klipper/macros.cfg", "printer_data/config/shell_commands.cfg"]), J(L)


@tpl("ini", ["octoprint_api", "prusalink_key", "prusalink_pw", "moonraker"])
def t_prusaslicer_physical(r, S, ob):
    k = S.key
    host_type = {"octoprint_api": "octoprint", "prusalink_key": "prusalink", "prusalink_pw": "prusalink", "moonraker": "octoprint"}[k]
    L = ["# generated by PrusaSlicer 2.%d.%d on %s" % (r.randint(6, 9), r.randint(0, 3), ts(r).replace("T", " at ").rstrip("Z")),
         "host_type = %s" % host_type]
    if k == "prusalink_pw":
        L += ["print_host = %s" % ip(r), "printhost_apikey = ", "printhost_authorization_type = user",
              "printhost_cafile = ", "printhost_password = %s" % S.lit("ini"), "printhost_port = ", "printhost_user = maker"]
    else:
        ph = ip(r) + (":7125" if k == "moonraker" else "")
        L += ["print_host = %s" % ph, "printhost_apikey = %s" % S.lit("ini"), "printhost_authorization_type = key",
              "printhost_cafile = ", "printhost_password = ", "printhost_port = ", "printhost_user = "]
    L += ["preset_name = %s" % pick(r, ["Original Prusa MK4 Input Shaper 0.4 nozzle", "Original Prusa MINI+", "Original Prusa XL 5T", "Voron 2.4 350"]),
          "preset_names = %s" % pick(r, ["Original Prusa MK4 Input Shaper 0.4 nozzle", "Original Prusa MK3S"])]
    name = pick(r, ["MK4-farm-%02d" % r.randint(1, 12), "XL-lab", "mini-desk", "voron-garage"])
    return "%s/physical_printer/%s.ini" % (pick(r, ["slicer", "PrusaSlicer", "profiles", ".config/PrusaSlicer"]), name), J(L)


@tpl("json", ["octoprint_api", "moonraker", "prusalink_key"])
def t_orca_machine_json(r, S, ob):
    d = {"from": "User", "host_type": "prusalink" if S.key == "prusalink_key" else "octoprint",
         "inherits": pick(r, ["Voron 2.4 350 0.4 nozzle", "Prusa MK4 0.4 nozzle", "Creality Ender-3 V3 SE 0.4 nozzle"]),
         "is_custom_defined": "0", "name": "%s - farm" % pick(r, ["Voron", "MK4", "Ender"]),
         "print_host": ip(r) + (":7125" if S.key == "moonraker" else ""), "print_host_webui": "",
         "printer_settings_id": "%s - farm" % pick(r, ["Voron", "MK4", "Ender"]),
         "printhost_apikey": "@@SLOT@@", "printhost_authorization_type": "key", "printhost_cafile": "",
         "printhost_password": "", "printhost_port": "", "printhost_user": "", "version": "1.9.0.%d" % r.randint(0, 9)}
    txt = json.dumps(d, indent=4)
    txt = txt.replace('"@@SLOT@@"', S.lit("json"))
    return pick(r, ["OrcaSlicer/user/default/machine/%s.json", "slicer/orca/machine/%s.json"]) % pick(r, ["voron-farm", "mk4-farm", "ender-farm"]), txt + "\n"


@tpl("python", ["bambu_code", "bambu_cloud"])
def t_bambu_paho_py(r, S, ob):
    serial = bambu_serial(r) if S.key == "bambu_code" else bambu_serial(r)
    v = var(r, S, ob, pick(r, ["scream", "snake"]))
    L = ['"""Watch a Bambu printer over MQTT and log the print progress."""', "import json", "import ssl", "",
         "import paho.mqtt.client as mqtt", ""]
    if S.key == "bambu_code":
        L += ["PRINTER_IP = \"%s\"" % ip(r), "SERIAL = \"%s\"" % serial, "%s = %s" % (v, S.lit("py")), "USERNAME = \"bblp\"", "PORT = 8883"]
        host, user = "PRINTER_IP", "USERNAME"
    else:
        L += ["BROKER = \"%s\"" % pick(r, ["us.mqtt.bambulab.com", "cn.mqtt.bambulab.com"]), "SERIAL = \"%s\"" % serial,
              "USERNAME = \"%s\"" % (S.pub or "u_%d" % r.randint(10 ** 9, 4 * 10 ** 9)), "%s = %s" % (v, S.lit("py")), "PORT = 8883"]
        host, user = "BROKER", "USERNAME"
    L += ["", "", "def on_connect(client, userdata, flags, rc):", "    print(\"connected\", rc)",
          "    client.subscribe(f\"device/{SERIAL}/report\")",
          "    client.publish(f\"device/{SERIAL}/request\", json.dumps({\"pushing\": {\"sequence_id\": \"0\", \"command\": \"pushall\"}}))", "", "",
          "def on_message(client, userdata, msg):", "    data = json.loads(msg.payload)", "    p = data.get(\"print\", {})",
          "    if \"mc_percent\" in p:", "        print(p.get(\"subtask_name\"), p[\"mc_percent\"], \"%\", p.get(\"mc_remaining_time\"), \"min\")", "", "",
          "client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION1)",
          "client.username_pw_set(%s, %s)" % (user, v),
          "client.tls_set(cert_reqs=ssl.CERT_NONE)", "client.tls_insecure_set(True)",
          "client.on_connect = on_connect", "client.on_message = on_message",
          "client.connect(%s, PORT, 60)" % host, "client.loop_forever()"]
    return pick(r, ["tools/bambu_watch.py", "scripts/bambu_mqtt.py", "farm/bambu/monitor.py", "bambu_status.py"]), J(L)


@tpl("javascript", ["bambu_code", "bambu_cloud", "mqtt"])
def t_bambu_node(r, S, ob):
    serial = bambu_serial(r)
    q = pick(r, ["'", '"'])
    L = ["const mqtt = require(%smqtt%s);" % (q, q), ""]
    if S.key == "mqtt":
        L += ["// bridge printer reports into the house broker",
              "const house = mqtt.connect(%smqtt://%s:1883%s, {" % (q, ip(r), q),
              "  username: %sfarm-bridge%s," % (q, q), "  password: %s," % S.lit("js"), "});", ""]
        code = "process.env.BAMBU_ACCESS_CODE"
        L += ["const printer = mqtt.connect(`mqtts://${process.env.PRINTER_IP}:8883`, {",
              "  username: 'bblp',", "  password: %s," % code, "  rejectUnauthorized: false,", "});"]
    else:
        v = var(r, S, ob, "camel")
        host = ip(r) if S.key == "bambu_code" else "us.mqtt.bambulab.com"
        user = "bblp" if S.key == "bambu_code" else (S.pub or "u_%d" % r.randint(10 ** 9, 4 * 10 ** 9))
        L += ["const %s = %s;" % (v, S.lit("js")), "const serial = %s%s%s;" % (q, serial, q), "",
              "const printer = mqtt.connect(%smqtts://%s:8883%s, {" % (q, host, q),
              "  username: %s%s%s," % (q, user, q), "  password: %s," % v, "  rejectUnauthorized: false,", "});"]
    L += ["", "printer.on('connect', () => {", "  printer.subscribe(`device/${serial}/report`);" if S.key != "mqtt" else "  printer.subscribe('device/+/report');",
          "  console.log('connected to printer');", "});", "",
          "printer.on('message', (topic, payload) => {", "  const msg = JSON.parse(payload.toString());",
          "  if (!msg.print) return;", "  const { mc_percent, gcode_state, layer_num } = msg.print;",
          "  console.log(`${gcode_state} ${mc_percent}% layer ${layer_num}`);" if S.key != "mqtt" else "  house.publish(`farm/${topic.split('/')[1]}/state`, JSON.stringify(msg.print));",
          "});"]
    if S.key == "mqtt":
        L.insert(L.index("const mqtt = require(%smqtt%s);" % (q, q)) + 1, "const serial = %s%s%s;" % (q, serial, q))
    return pick(r, ["bridge/index.js", "src/bambu-bridge.js", "scripts/watch-printer.js", "bambu/monitor.js"]), J(L)


@tpl("docker-compose", ["bambu_code", "postgres", "obico", "printful", "octoprint_api", "mqtt"])
def t_compose(r, S, ob):
    k = S.key
    L = ["version: \"3.8\"" if r.random() < 0.5 else "# print farm services", "services:"]
    if k == "bambu_code":
        L += ["  go2rtc:", "    image: alexxit/go2rtc:latest", "    network_mode: host", "    restart: unless-stopped",
              "    environment:", "      - TZ=Europe/Berlin", "    command: >-",
              "      go2rtc -c 'streams: {x1c: rtspx://bblp:%s@%s:322/streaming/live/1}'" % (S.raw(), ip(r))]
    elif k == "postgres":
        L += ["  db:", "    image: postgres:16-alpine", "    restart: always", "    environment:", "      POSTGRES_USER: farm",
              "      POSTGRES_DB: printfarm", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
              "  app:", "    build: .", "    depends_on: [db]", "    environment:",
              "      DATABASE_URL: postgres://farm:%s@db:5432/printfarm" % S.raw(), "      TZ: UTC"]
    elif k == "obico":
        L += ["  moonraker-obico:", "    image: thespaghettidetective/moonraker-obico:latest", "    restart: unless-stopped",
              "    environment:", "      %s: %s" % (var(r, S, ob, "scream"), S.lit("compose")), "      OBICO_SERVER: https://app.obico.io",
              "      MOONRAKER_HOST: %s" % ip(r)]
    elif k == "printful":
        L += ["  fulfilment-worker:", "    image: ghcr.io/%s/pod-worker:%s" % (pick(r, ["inkdrop", "tees-and-co", "mugshop"]), pick(r, ["latest", "1.4.2"])),
              "    restart: on-failure", "    environment:", "      - NODE_ENV=production",
              "      - %s=%s" % (var(r, S, ob, "scream"), S.raw()), "      - REDIS_URL=redis://redis:6379/0",
              "  redis:", "    image: redis:7"]
    elif k == "octoprint_api":
        L += ["  octodash-proxy:", "    image: nginx:alpine", "    ports: [\"8081:80\"]",
              "  spoolman-sync:", "    image: ghcr.io/%s/octo-spool-sync:main" % pick(r, ["jdoe3d", "makerhub"]),
              "    environment:", "      OCTOPRINT_URL: http://%s" % ip(r), "      %s: %s" % (var(r, S, ob, "scream"), S.lit("compose")),
              "      SPOOLMAN_URL: http://spoolman:7912"]
    else:
        L += ["  mosquitto:", "    image: eclipse-mosquitto:2", "    ports:", "      - \"1883:1883\"",
              "  bambu2mqtt:", "    image: ghcr.io/%s/bambu2mqtt:latest" % pick(r, ["farmtools", "greghesp"]), "    environment:",
              "      MQTT_HOST: mosquitto", "      MQTT_USER: bridge", "      %s: %s" % (var(r, S, ob, "scream"), S.lit("compose"))]
    if L[-1].startswith("      ") and r.random() < 0.6:
        L += ["volumes:" if k == "postgres" else "networks:", "  pgdata: {}" if k == "postgres" else "  default:", ] + ([] if k == "postgres" else ["    name: farm"])
    elif k == "postgres":
        L += ["volumes:", "  pgdata: {}"]
    return pick(r, ["docker-compose.yml", "docker-compose.yaml", "compose.yaml", "deploy/docker-compose.yml"]), J(L)


@tpl("yaml", ["bambu_code"])
def t_frigate_bambu(r, S, ob):
    name = pick(r, ["x1c", "p1s", "bambu_p1p", "a1"])
    L = ["mqtt:", "  enabled: false", "", "go2rtc:", "  streams:",
         "    %s: rtspx://bblp:%s@%s:322/streaming/live/1" % (name, S.raw(), ip(r)), "",
         "cameras:", "  %s:" % name, "    ffmpeg:", "      inputs:", "        - path: rtsp://127.0.0.1:8554/%s" % name,
         "          roles: [record, detect]", "    detect:", "      enabled: false", "    record:", "      enabled: true",
         "      retain:", "        days: 3"]
    return pick(r, ["frigate/config.yml", "config/frigate.yml", "homelab/frigate/config.yaml"]), J(L)


@tpl("homeassistant-yaml", ["octoprint_api", "moonraker", "prusalink_key", "pushover", "ultimaker"])
def t_ha_rest(r, S, ob):
    c = pc(S)
    k = S.key
    L = ["# printers.yaml - included from configuration.yaml (packages)", ""]
    if k == "pushover":
        L += ["notify:", "  - name: print_farm", "    platform: rest", "    resource: https://api.pushover.net/1/messages.json",
              "    method: POST_JSON", "    data:", "      token: %s" % S.lit("hass"), "      user: %s" % S.pub, "    title_param_name: title", ""]
    else:
        host = {"octoprint_api": "http://%s" % ip(r), "moonraker": "http://%s:7125" % ip(r), "prusalink_key": "http://%s" % ip(r),
                "ultimaker": "https://api.ultimaker.com/connect/v1"}[k]
        path = {"octoprint_api": "/api/job", "moonraker": "/printer/objects/query?print_stats", "prusalink_key": "/api/v1/status", "ultimaker": "/clusters"}[k]
        hv = ("Bearer " + S.raw()) if k == "ultimaker" else S.lit("hass")
        hn = "Authorization" if k == "ultimaker" else "X-Api-Key"
        L += ["rest:", "  - resource: %s%s" % (host, path), "    scan_interval: 30", "    headers:", "      %s: %s" % (hn, hv),
              "    sensor:", "      - name: \"%s progress\"" % pick(r, ["MK4", "Voron", "Farm", "Office printer"]),
              "        value_template: \"{{ value_json.progress.completion | round(1) }}\"", "        unit_of_measurement: \"%\"",
              "      - name: \"%s state\"" % pick(r, ["MK4", "Voron", "Farm"]), "        value_template: \"{{ value_json.state }}\"", ""]
        if r.random() < 0.5:
            L += ["rest_command:", "  pause_print:", "    url: %s%s" % (host, "/api/job" if k != "moonraker" else "/printer/print/pause"),
                  "    method: post", "    headers:", "      %s: %s" % (hn, "!secret %s" % c["env"].lower()),
                  "    payload: '{\"command\": \"pause\", \"action\": \"pause\"}'", "    content_type: application/json"]
    L += ["", "automation:", "  - alias: Printer finished", "    trigger:", "      - platform: numeric_state",
          "        entity_id: sensor.%s_progress" % pick(r, ["mk4", "voron", "farm"]), "        above: 99.9",
          "    action:", "      - service: notify.%s" % pick(r, ["mobile_app_pixel_8", "print_farm", "family"]),
          "        data:", "          message: \"Print done\""]
    return pick(r, ["homeassistant/packages/printers.yaml", "ha-config/packages/3dprint.yaml", "config/packages/octoprint.yaml"]), J(L)


@tpl("homeassistant-yaml", ["octoprint_api", "moonraker", "bambu_code", "mqtt", "telegram", "printnode", "prusalink_pw"])
def t_ha_secrets(r, S, ob):
    v = var(r, S, ob, "snake")
    L = ["# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
         "home_latitude: %.4f" % r.uniform(35, 60), "home_longitude: %.4f" % r.uniform(-10, 25), "home_elevation: %d" % r.randint(0, 600),
         "octoprint_host: %s" % ip(r), "printer_serial: %s" % (bambu_serial(r) if S.key == "bambu_code" else serial_prusa(r))]
    i = r.randint(3, len(L))
    L.insert(i, "%s: %s" % (v, S.lit("yaml")))
    L += ["printer_camera_url: http://%s/webcam/?action=stream" % ip(r), "unit_system: metric", "time_zone: %s" % pick(r, ["Europe/Berlin", "America/Chicago", "Europe/London"])]
    return pick(r, ["homeassistant/secrets.yaml", "ha/secrets.yaml", "config/secrets.yaml"]), J(L)


def env_lines(r, keep):
    pool = [
        "NODE_ENV=production", "LOG_LEVEL=info", "TZ=Europe/Amsterdam", "PORT=%d" % r.choice([3000, 5000, 8080, 8000]),
        "PRINTER_HOST=%s" % ip(r), "DEFAULT_PRINTER=%s" % pick(r, printer_names(r, 1)), "SPOOLMAN_URL=http://%s:7912" % ip(r),
        "QUEUE_NAME=print-jobs", "MAX_PARALLEL_JOBS=%d" % r.randint(2, 12), "TIMELAPSE_DIR=/data/timelapse",
        "STORE_DOMAIN=%s.myshopify.com" % pick(r, ["inkdrop-tees", "mugs-by-mia", "tiny-plastic-co"]), "CURRENCY=EUR",
        "WEBCAM_URL=http://%s/webcam/?action=stream" % ip(r), "SENTRY_ENVIRONMENT=prod", "FEATURE_AUTO_EJECT=true",
    ]
    return r.sample(pool, keep)


@tpl("dotenv", ["octoprint_api", "moonraker", "printful", "printify", "gelato", "prodigi", "printnode", "thingiverse",
                "sendgrid", "stripe", "telegram", "bambu_code", "ultimaker", "prusalink_key"])
def t_dotenv(r, S, ob):
    v = var(r, S, ob, "scream")
    L = []
    if r.random() < 0.6:
        L.append("# %s" % pick(r, ["local settings for the farm dashboard", "print-on-demand worker", "copied from the NAS", "dev env - do not share"]))
    L += env_lines(r, r.randint(3, 9))
    i = r.randint(1, len(L))
    L.insert(i, "%s=%s" % (v, S.lit("env")))
    return pick(r, [".env", ".env.local", "worker/.env", "dashboard/.env.production", "services/pod/.env"]), J(L)


@tpl("python", ["octoprint_api", "octoprint_app", "moonraker", "prusalink_key", "ultimaker", "obico"])
def t_py_printer_client(r, S, ob):
    c = pc(S)
    k = S.key
    host = c["host"] if k != "octoprint_api" else "http://%s" % ip(r)
    style = pick(r, ["scream", "snake"])
    v = var(r, S, ob, style)
    if k in ("octoprint_api", "moonraker", "prusalink_key"):
        hdr = "{\"X-Api-Key\": %s}" % v
        ep = {"octoprint_api": "/api/job", "moonraker": "/printer/objects/query?print_stats", "prusalink_key": "/api/v1/status"}[k]
    elif k == "obico":
        hdr = "{\"Authorization\": f\"Token {%s}\"}" % v
        ep = "/api/v1/octo/printer/"
    else:
        hdr = "{\"Authorization\": f\"Bearer {%s}\"}" % v
        ep = {"octoprint_app": "/api/printer", "ultimaker": "/connect/v1/clusters"}[k]
    L = ["#!/usr/bin/env python3", '"""%s"""' % pick(r, ["Poll the printers and print a one-line status each.", "Tiny status checker for the farm.", "Dump job progress for the dashboard."]),
         "import sys", "import time", "", "import requests", "",
         "BASE_URL = \"%s\"" % host, "%s = %s" % (v, S.lit("py")), "TIMEOUT = %d" % r.randint(3, 15), "", "",
         "def get(path):", "    resp = requests.get(BASE_URL + path, headers=%s, timeout=TIMEOUT)" % hdr,
         "    resp.raise_for_status()", "    return resp.json()", "", "",
         "def main():", "    while True:", "        try:", "            data = get(\"%s\")" % ep,
         "        except requests.RequestException as exc:", "            print(\"printer unreachable:\", exc, file=sys.stderr)",
         "            time.sleep(30)", "            continue", "        print(data)", "        time.sleep(%d)" % r.choice([10, 30, 60]), "", "",
         "if __name__ == \"__main__\":", "    main()"]
    return pick(r, ["scripts/printer_status.py", "tools/poll_%s.py" % c["provider"], "farm/status.py", "dashboard/collector.py"]), J(L)


@tpl("python", ["printnode"])
def t_py_printnode(r, S, ob):
    v = var(r, S, ob, pick(r, ["scream", "snake"]))
    pid = r.randint(10000000, 79999999)
    L = ['"""Send shipping labels from the warehouse queue to the Zebra via PrintNode."""', "import base64", "", "import requests", "",
         "%s = %s" % (v, S.lit("py")), "PRINTER_ID = %d  # Zebra ZD421 at packing bench %d" % (pid, r.randint(1, 6)), "", "",
         "def print_label(pdf_bytes, title):", "    job = {", "        \"printerId\": PRINTER_ID,", "        \"title\": title,",
         "        \"contentType\": \"pdf_base64\",", "        \"content\": base64.b64encode(pdf_bytes).decode(),",
         "        \"source\": \"warehouse-queue\",", "    }",
         "    r = requests.post(\"https://api.printnode.com/printjobs\", json=job, auth=(%s, \"\"), timeout=20)" % v,
         "    r.raise_for_status()", "    return r.json()  # print job id"]
    if not ob and r.random() < 0.5:
        L = [l.replace("auth=(%s, \"\")" % v, "auth=(%s, \"\")" % S.lit("py")) for l in L if not l.startswith(v + " = ")]
    return pick(r, ["warehouse/labels.py", "shipping/printnode_client.py", "app/services/label_printer.py"]), J(L)


@tpl("javascript", ["printnode_basic", "printnode", "gelato", "prodigi"])
def t_node_axios(r, S, ob):
    k = S.key
    c = pc(S)
    q = pick(r, ["'", '"'])
    v = var(r, S, ob, "camel")
    L = ["import axios from %saxios%s;" % (q, q), ""]
    if k == "printnode_basic":
        L += ["const client = axios.create({", "  baseURL: %shttps://api.printnode.com%s," % (q, q),
              "  headers: { Authorization: %sBasic %s%s }," % (q, S.raw(), q), "  timeout: 15000,", "});"]
    elif k == "printnode":
        L += ["const %s = %s;" % (v, S.lit("js")), "", "const client = axios.create({", "  baseURL: %shttps://api.printnode.com%s," % (q, q),
              "  auth: { username: %s, password: %s%s },"  % (v, q, q), "  timeout: 15000,", "});"]
    else:
        L += ["const %s = %s;" % (v, S.lit("js")), "", "const client = axios.create({", "  baseURL: %s%s%s," % (q, c["host"], q),
              "  headers: { %s%s%s: %s, %sContent-Type%s: %sapplication/json%s }," % (q, c["hdr"], q, v, q, q, q, q), "});"]
    L += ["", "export async function %s(order) {" % pick(r, ["submitOrder", "sendJob", "forward"]),
          "  const { data } = await client.post(%s%s%s, order);" % (q, {"printnode_basic": "/printjobs", "printnode": "/printjobs", "gelato": "/v4/orders", "prodigi": "/Orders"}[k], q),
          "  return data;", "}", "", "export async function %s() {" % pick(r, ["listPrinters", "health", "whoami"]),
          "  const { data } = await client.get(%s%s%s);" % (q, {"printnode_basic": "/printers", "printnode": "/whoami", "gelato": "/v4/orders:search", "prodigi": "/Orders"}[k], q),
          "  return data;", "}"]
    return pick(r, ["src/lib/%s.js" % c["provider"], "services/%s-client.js" % c["provider"], "lib/print.js"]), J(L)


@tpl("python", ["printful", "printify", "gelato", "prodigi", "lulu"])
def t_py_pod(r, S, ob):
    k = S.key
    c = pc(S)
    style = pick(r, ["scream", "snake"])
    v = var(r, S, ob, style)
    L = ['"""Push paid Shopify orders to %s."""' % c["provider"].title(), "import logging", "", "import requests", "",
         "log = logging.getLogger(__name__)", ""]
    if k == "lulu":
        L += ["LULU_CLIENT_KEY = \"%s\"" % (S.pub if S.mode == "pos" else "<client-key>"), "%s = %s" % (v, S.lit("py")),
              "TOKEN_URL = \"https://api.lulu.com/auth/realms/glasstree/protocol/openid-connect/token\"", "", "",
              "def token():", "    r = requests.post(TOKEN_URL, data={\"grant_type\": \"client_credentials\"},",
              "                      auth=(LULU_CLIENT_KEY, %s), timeout=15)" % v, "    r.raise_for_status()",
              "    return r.json()[\"access_token\"]", "", "",
              "def create_print_job(order):", "    headers = {\"Authorization\": f\"Bearer {token()}\"}",
              "    r = requests.post(\"https://api.lulu.com/print-jobs/\", json=order, headers=headers, timeout=30)",
              "    r.raise_for_status()", "    return r.json()[\"id\"]"]
    else:
        if c["auth"] == "bearer":
            h = "{\"Authorization\": f\"Bearer {%s}\"}" % v
        else:
            h = "{\"%s\": %s}" % (c["hdr"], v)
        ep = {"printful": "/orders", "printify": "/shops/%d/orders.json" % r.randint(1000000, 19999999), "gelato": "/v4/orders", "prodigi": "/Orders"}[k]
        L += ["API = \"%s\"" % c["host"], "%s = %s" % (v, S.lit("py")), "", "",
              "def submit(order):", "    payload = {", "        \"external_id\": order[\"name\"].lstrip(\"#\"),",
              "        \"recipient\": order[\"shipping_address\"],", "        \"items\": [to_item(li) for li in order[\"line_items\"]],", "    }",
              "    r = requests.post(API + \"%s\", json=payload, headers=%s, timeout=30)" % (ep, h),
              "    if r.status_code >= 400:", "        log.error(\"%s rejected order %%s: %%s\", order[\"name\"], r.text)" % c["provider"],
              "    r.raise_for_status()", "    return r.json()", "", "",
              "def to_item(li):", "    return {\"sku\": li[\"sku\"], \"quantity\": li[\"quantity\"]}"]
    return pick(r, ["pod/%s_client.py" % c["provider"], "app/fulfilment/%s.py" % c["provider"], "integrations/%s.py" % c["provider"]]), J(L)


@tpl("typescript", ["shopify", "printful", "printify", "gelato", "stripe"])
def t_ts_shopify_app(r, S, ob):
    k = S.key
    c = pc(S)
    q = pick(r, ["'", '"'])
    v = var(r, S, ob, "camel")
    shop = "%s.myshopify.com" % pick(r, ["inkdrop-tees", "mugs-by-mia", "tiny-plastic-co", "posterwall"])
    L = ["import fetch from %snode-fetch%s;" % (q, q), "", "const SHOP = %s%s%s;" % (q, shop, q),
         "const API_VERSION = %s2024-%02d%s;" % (q, pick(r, [1, 4, 7, 10]), q), ""]
    if k == "shopify":
        L += ["const %s = %s;" % (v, S.lit("ts")), "", "export async function fulfilledOrders(since: string) {",
              "  const res = await fetch(`https://${SHOP}/admin/api/${API_VERSION}/orders.json?status=any&updated_at_min=${since}`, {",
              "    headers: { %sX-Shopify-Access-Token%s: %s, %sAccept%s: %sapplication/json%s }," % (q, q, v, q, q, q, q), "  });",
              "  if (!res.ok) throw new Error(`shopify ${res.status}`);", "  return (await res.json()).orders;", "}"]
    elif k == "stripe":
        L[0] = "import Stripe from %sstripe%s;" % (q, q)
        L += ["const stripe = new Stripe(%s, { apiVersion: %s2024-06-20%s });" % (S.lit("ts"), q, q), "",
              "export async function refundPrintOrder(paymentIntent: string, reason: string) {",
              "  return stripe.refunds.create({ payment_intent: paymentIntent, metadata: { reason } });", "}"]
    else:
        authv = ("`Bearer ${%s}`" % v) if c["auth"] == "bearer" else v
        hn = "Authorization" if c["auth"] == "bearer" else c["hdr"]
        L += ["const %s = %s;" % (v, S.lit("ts")), "", "type LineItem = { sku: string; quantity: number };", "",
              "export async function forwardOrder(orderId: number, items: LineItem[]) {",
              "  const res = await fetch(%s%s%s, {" % (q, c["host"] + {"printful": "/orders", "printify": "/shops/%d/orders.json" % r.randint(1000000, 9999999), "gelato": "/v4/orders"}[k], q),
              "    method: %sPOST%s," % (q, q), "    headers: { %s%s%s: %s, %sContent-Type%s: %sapplication/json%s }," % (q, hn, q, authv, q, q, q, q),
              "    body: JSON.stringify({ external_id: String(orderId), items }),", "  });", "  return res.json();", "}"]
    return pick(r, ["app/lib/%s.server.ts" % c["provider"], "src/services/%s.ts" % c["provider"], "web/api/%s.ts" % c["provider"]]), J(L)


@tpl("php", ["woo", "printful", "printify"])
def t_php_woo(r, S, ob):
    k = S.key
    L = ["<?php", "/**", " * Plugin Name: %s" % pick(r, ["POD Bridge", "Farm Orders Sync", "Print Queue Connector"]),
         " * Description: Sends paid WooCommerce orders to the print queue.", " * Version: 0.%d.%d" % (r.randint(1, 9), r.randint(0, 20)), " */", "",
         "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    if k == "woo":
        L += ["use Automattic\\WooCommerce\\Client;", "", "$woocommerce = new Client(",
              "    'https://%s'," % pick(r, ["shop.tinyplasticco.com", "store.printfarm.eu", "mugsbymia.com"]),
              "    '%s'," % (S.pub if S.mode == "pos" else NEG_PUB["woo"]), "    %s," % S.lit("php", q="'"),
              "    [ 'version' => 'wc/v3', 'timeout' => 30 ]", ");", ""]
        L += ["$orders = $woocommerce->get( 'orders', [ 'status' => 'processing', 'per_page' => 50 ] );",
              "foreach ( $orders as $order ) {", "    error_log( 'queued order ' . $order->id );", "}"]
    else:
        c = pc(S)
        const = nm(r, ob, c["ob"], c["nu"], "scream")
        L += ["define( '%s', %s );" % (const, S.lit("php")), "",
              "add_action( 'woocommerce_order_status_processing', function ( $order_id ) {",
              "    $order = wc_get_order( $order_id );", "    $response = wp_remote_post( '%s', [" % (c["host"] + ("/orders" if k == "printful" else "/shops/%d/orders.json" % r.randint(10 ** 6, 10 ** 7))),
              "        'headers' => [ 'Authorization' => 'Bearer ' . %s, 'Content-Type' => 'application/json' ]," % const,
              "        'body'    => wp_json_encode( [ 'external_id' => (string) $order_id ] ),", "        'timeout' => 20,", "    ] );",
              "    if ( is_wp_error( $response ) ) {", "        $order->add_order_note( 'POD error: ' . $response->get_error_message() );", "    }", "} );"]
    return pick(r, ["wp-content/plugins/pod-bridge/pod-bridge.php", "wp-content/mu-plugins/print-sync.php", "plugins/farm-orders/farm-orders.php"]), J(L)


@tpl("python", ["formlabs"])
def t_py_formlabs(r, S, ob):
    v = var(r, S, ob, pick(r, ["scream", "snake"]))
    L = ['"""Pull Form 4 print history from the Formlabs Web API for the weekly resin report."""', "import csv", "import requests", "",
         "CLIENT_ID = \"%s\"" % S.pub, "%s = %s" % (v, S.lit("py")), "", "", "def access_token():",
         "    r = requests.post(", "        \"https://api.formlabs.com/developer/v1/o/token/\",",
         "        data={\"grant_type\": \"client_credentials\", \"client_id\": CLIENT_ID, \"client_secret\": %s}," % v,
         "        timeout=20,", "    )", "    r.raise_for_status()", "    return r.json()[\"access_token\"]", "", "",
         "def prints(token, page=1):", "    r = requests.get(\"https://api.formlabs.com/developer/v1/prints/\",",
         "                     params={\"page\": page, \"per_page\": 100},", "                     headers={\"Authorization\": f\"Bearer {token}\"}, timeout=20)",
         "    r.raise_for_status()", "    return r.json()[\"results\"]", "", "",
         "if __name__ == \"__main__\":", "    tok = access_token()", "    with open(\"resin_usage.csv\", \"w\", newline=\"\") as fh:",
         "        w = csv.writer(fh)", "        w.writerow([\"printer\", \"name\", \"volume_ml\"])", "        for p in prints(tok):",
         "            w.writerow([p[\"printer\"], p[\"name\"], p.get(\"volume_ml\")])"]
    return pick(r, ["reports/formlabs_usage.py", "lab/resin_report.py", "scripts/formlabs_export.py"]), J(L)


@tpl("shell", ["ultimaker", "printnode", "octoprint_api", "moonraker", "thingiverse", "prusa_connect", "github"])
def t_sh_curl(r, S, ob):
    k = S.key
    c = pc(S)
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    if ob:
        v = nm(r, True, c["ob"], c["nu"], "scream")
        L += ["%s=%s" % (v, S.lit("sh")), ""]
        ref = "${%s}" % v
    else:
        ref = S.raw()
    if k == "ultimaker":
        L += ["# list clusters in our Digital Factory workspace", "curl -fsS -H \"Authorization: Bearer %s\" \\" % ref, "  https://api.ultimaker.com/connect/v1/clusters | jq '.data[].friendly_name'"]
    elif k == "printnode":
        L += ["PRINTER_ID=%d" % r.randint(10 ** 7, 8 * 10 ** 7), "", "curl -fsS -u \"%s:\" https://api.printnode.com/printjobs \\" % ref,
              "  -H 'Content-Type: application/json' \\", "  -d \"{\\\"printerId\\\": ${PRINTER_ID}, \\\"title\\\": \\\"label\\\", \\\"contentType\\\": \\\"pdf_uri\\\", \\\"content\\\": \\\"$1\\\"}\""]
    elif k == "octoprint_api":
        L += ["FILE=${1:?usage: upload.sh file.gcode}", "HOST=%s" % ip(r), "",
              "curl -fsS -H \"X-Api-Key: %s\" -F \"select=true\" -F \"print=%s\" -F \"file=@${FILE}\" \\" % (ref, pick(r, ["true", "false"])), "  \"http://${HOST}/api/files/local\""]
    elif k == "moonraker":
        L += ["FILE=${1:?gcode file}", "", "curl -fsS -X POST \"http://%s:7125/server/files/upload\" \\" % ip(r),
              "  -H \"X-Api-Key: %s\" \\" % ref, "  -F \"file=@${FILE}\" -F \"print=true\""]
    elif k == "thingiverse":
        L += ["# fetch metadata for a list of thing ids", "for id in \"$@\"; do",
              "  curl -fsS \"https://api.thingiverse.com/things/${id}?access_token=%s\" > \"things/${id}.json\"" % ref, "done"]
    elif k == "prusa_connect":
        fp = rs(r, HEX, 16) if S.mode == "pos" else "<fingerprint>"
        L += ["# push a webcam snapshot to Prusa Connect every 10 s", "FINGERPRINT=%s" % fp, "while true; do",
              "  ffmpeg -loglevel error -y -f v4l2 -i /dev/video0 -frames:v 1 /tmp/snap.jpg",
              "  curl -fsS -X PUT https://connect.prusa3d.com/c/snapshot \\", "    -H \"Token: %s\" \\" % ref,
              "    -H \"Fingerprint: ${FINGERPRINT}\" -H 'Content-Type: image/jpg' --data-binary @/tmp/snap.jpg", "  sleep 10", "done"]
    else:
        L += ["TAG=${1:?tag}", "curl -fsS -X POST -H \"Authorization: token %s\" \\" % ref,
              "  -d \"{\\\"tag_name\\\": \\\"${TAG}\\\", \\\"name\\\": \\\"Profiles ${TAG}\\\"}\" \\",
              "  https://api.github.com/repos/%s/%s/releases" % (pick(r, ["makerhub", "jdoe3d", "printfarm"]), pick(r, ["slicer-profiles", "klipper-config", "farm-macros"]))]
    return pick(r, ["scripts/%s.sh" % pick(r, ["upload", "push", "sync", "snapshot", "release"]), "bin/%s" % pick(r, ["farm-upload", "print-now", "cam-push"]), "tools/%s.sh" % c["provider"]]), J(L)


@tpl("python", ["papercut_token"])
def t_py_papercut(r, S, ob):
    v = var(r, S, ob, pick(r, ["scream", "snake"]))
    L = ['"""Top up student print quotas at the start of term (PaperCut MF XML-RPC web services)."""', "import csv", "import xmlrpc.client", "",
         "HOST = \"%s\"" % pick(r, ["papercut.campus.local", "print01.corp.local", "%s" % ip(r)]), "PORT = 9191"]
    if ob:
        L += ["%s = %s" % (v, S.lit("py")), ""]
        arg = v
    else:
        L += [""]
        arg = S.lit("py")
    L += ["proxy = xmlrpc.client.ServerProxy(f\"http://{HOST}:{PORT}/rpc/api/xmlrpc\")", "", "",
          "def top_up(username, amount, comment):", "    proxy.api.adjustUserAccountBalance(%s, username, float(amount), comment)" % arg, "", "",
          "def main(path):", "    with open(path, newline=\"\") as fh:", "        for row in csv.DictReader(fh):",
          "            top_up(row[\"username\"], row[\"amount\"], \"Term %d quota\")" % r.randint(1, 4), "", "",
          "if __name__ == \"__main__\":", "    import sys", "    main(sys.argv[1])"]
    return pick(r, ["papercut/topup.py", "scripts/papercut_quota.py", "it/print/quota_topup.py"]), J(L)


@tpl("properties", ["papercut_db"])
def t_papercut_properties(r, S, ob):
    L = ["### PaperCut Application Server configuration ###", "#", "# server.properties - external database settings", "#",
         "server.port=9191", "server.ssl.port=9192", "server.html-session-timeout-mins=%d" % r.choice([30, 60, 90]), "",
         ] + pick(r, [["database.type=PostgreSQL", "database.driver=org.postgresql.Driver",
                        "database.url=jdbc:postgresql://%s:5432/papercut" % pick(r, ["db01.corp.local", ip(r)])],
                       ["database.type=SQLServer", "database.driver=net.sourceforge.jtds.jdbc.Driver",
                        "database.url=jdbc:jtds:sqlserver://%s/papercut" % pick(r, ["SQL01", "sql01.corp.local"])]]) + [
         "database.username=papercut",
         "database.password=%s" % S.lit("props"), "", "# comma separated list of allowed admin IPs", "admin.allowed-ip-addresses=%s" % ip(r)]
    return pick(r, ["papercut/server/server.properties", "config/papercut/server.properties", "server/server.properties"]), J(L)


@tpl("properties", ["printful", "gelato", "prodigi", "postgres", "sendgrid"])
def t_spring_props(r, S, ob):
    c = pc(S)
    L = ["spring.application.name=%s" % pick(r, ["print-order-service", "pod-gateway", "label-service"]), "server.port=8080",
         "spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info"]
    if S.key == "postgres":
        L += ["spring.datasource.url=jdbc:postgresql://%s:5432/orders" % pick(r, ["db", "pg.internal", ip(r)]),
              "spring.datasource.username=orders", "spring.datasource.password=%s" % S.lit("props")]
    else:
        key = "%s.api.%s" % (c["provider"], pick(r, ["key", "token"]) if ob else pick(r, ["value", "credential", "auth"]))
        L += ["%s.api.base-url=%s" % (c["provider"], c["host"] or "https://api.%s.com" % c["provider"]), "%s=%s" % (key, S.lit("props"))]
    L += ["logging.level.root=INFO", "logging.level.com.%s=DEBUG" % pick(r, ["printshop", "podgw"])]
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), J(L)


@tpl("powershell", ["hp_smtp", "kyocera_smtp", "papercut_token", "hp_admin", "cups"])
def t_ps1_print_server(r, S, ob):
    k = S.key
    srv = pick(r, ["PRINT01", "PS-HQ-02", "prn-srv01"])
    L = ["<#", ".SYNOPSIS", "    %s" % pick(r, ["Provision office printers on the print server.", "Nightly print server housekeeping.", "Deploy MFP queues for the new floor."]),
         "#>", "param(", "    [string]$ComputerName = '%s'" % srv, ")", "", "$ErrorActionPreference = 'Stop'", ""]
    printers = [("HP-%s-%d" % (pick(r, ["M479", "E87660", "M611"]), i), ip(r)) for i in range(r.randint(1, 3))]
    for name, addr in printers:
        L += ["Add-PrinterPort -ComputerName $ComputerName -Name 'IP_%s' -PrinterHostAddress '%s'" % (addr, addr),
              "Add-Printer -ComputerName $ComputerName -Name '%s' -DriverName 'HP Universal Printing PCL 6' -PortName 'IP_%s' -Shared -ShareName '%s'" % (name, addr, name)]
    L.append("")
    if k in ("hp_smtp", "kyocera_smtp"):
        v = "$" + nm(r, ob, pc(S)["ob"], pc(S)["nu"], "pascal")
        L += ["# scan-to-email relay used by the MFPs", "$SmtpUser = 'scanner@%s'" % pick(r, ["contoso-print.com", "lawfirm-ms.de", "acme-clinic.org"]),
              "%s = ConvertTo-SecureString %s -AsPlainText -Force" % (v, S.lit("ps1")),
              "$Cred = New-Object System.Management.Automation.PSCredential($SmtpUser, %s)" % v,
              "Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $Cred `",
              "    -From $SmtpUser -To 'it@%s' -Subject \"Print queues deployed on $ComputerName\"" % pick(r, ["contoso-print.com", "acme-clinic.org"])]
    elif k == "papercut_token":
        L += ["# register the new queues with PaperCut", "$pc = 'C:\\Program Files\\PaperCut MF\\server\\bin\\win\\server-command.exe'",
              "$Token = %s" % S.lit("ps1"),
              "Invoke-RestMethod -Uri \"http://%s:9191/api/health?Authorization=$Token\" | Out-Null" % srv.lower() if ob else
              "Invoke-RestMethod -Uri \"http://%s:9191/api/health\" -Headers @{ Authorization = %s } | Out-Null" % (srv.lower(), S.lit("ps1")),
              "& $pc set-printer-cost \"%s\\%s\" %.2f" % (srv, printers[0][0], r.choice([0.05, 0.1, 0.15]))]
        if not ob:
            L = [l for l in L if not l.startswith("$Token = ")]
    elif k == "hp_admin":
        v = "$" + nm(r, ob, pc(S)["ob"], pc(S)["nu"], "pascal")
        L += ["# push the EWS admin password via the HP PowerShell module", "%s = %s" % (v, S.lit("ps1")),
              "foreach ($p in @(%s)) {" % ", ".join("'%s'" % a for _, a in printers),
              "    Set-HPDeviceAdminPassword -IPAddress $p -NewPassword %s" % v, "}"]
    else:
        L += ["# the Konica needs an authenticated IPP queue", "Add-Printer -Name 'KM-C300i-Finance' -IppURL 'ipps://finance:%s@%s:631/ipp/print'" % (S.raw(), ip(r))]
    L += ["", "Get-Printer -ComputerName $ComputerName | Select-Object Name, PortName, Shared | Format-Table"]
    return pick(r, ["scripts/Deploy-Printers.ps1", "printserver/Setup-Queues.ps1", "it/print/Invoke-Provision.ps1"]), J(L)


@tpl("xml", ["hp_admin", "hp_smtp", "xerox_admin", "kyocera_admin", "kyocera_smtp", "xerox_smtp"])
def t_device_xml(r, S, ob):
    k = S.key
    prov = S.provider
    model = {"hp": pick(r, ["HP Color LaserJet MFP M480f", "HP LaserJet Enterprise M611", "HP Color LaserJet E87660"]),
             "xerox": pick(r, ["Xerox VersaLink C405", "Xerox AltaLink C8170", "Xerox WorkCentre 6515"]),
             "kyocera": pick(r, ["ECOSYS M3655idn", "TASKalfa 3554ci", "ECOSYS MA4500ix"])}[prov]
    sn = rs(r, UPP + DIG, 10)
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!-- device configuration export: %s SN %s -->" % (model, sn),
         "<DeviceConfiguration model=\"%s\" firmware=\"%s\">" % (model, "%d.%d.%d" % (r.randint(2, 5), r.randint(0, 12), r.randint(0, 40))),
         "  <Network>", "    <HostName>%s</HostName>" % pick(r, ["MFP-2F-EAST", "NPI%s" % rs(r, HEXU, 6), "KM-FINANCE"]),
         "    <IPv4Address>%s</IPv4Address>" % ip(r), "    <MACAddress>%s</MACAddress>" % mac(r), "    <DHCP>false</DHCP>", "  </Network>"]
    if k.endswith("admin"):
        tag = pick(r, ["AdminPassword", "Password", "DevicePassword"]) if ob else pick(r, ["Value", "Credential", "Secret"])
        L += ["  <Security>", "    <AdminUser>%s</AdminUser>" % pick(r, ["admin", "Admin", "administrator"]),
              "    <%s>%s</%s>" % (tag, S.lit("xml"), tag), "    <EWSAccess>HTTPSOnly</EWSAccess>", "    <SNMPv1v2>ReadOnly</SNMPv1v2>", "  </Security>"]
    else:
        L += ["  <ScanToEmail>", "    <SMTPServer>%s</SMTPServer>" % pick(r, ["smtp.office365.com", "smtp.gmail.com", "mail.%s.local" % word(r)]),
              "    <Port>587</Port>", "    <UseTLS>true</UseTLS>", "    <Authentication>Login</Authentication>",
              "    <UserName>scanner@%s</UserName>" % pick(r, ["contoso-print.com", "acme-clinic.org", "lawfirm-ms.de"]),
              "    <%s>%s</%s>" % ("Password" if ob else "AuthValue", S.lit("xml"), "Password" if ob else "AuthValue"),
              "    <FromAddress>scanner@%s</FromAddress>" % pick(r, ["contoso-print.com", "acme-clinic.org"]), "  </ScanToEmail>"]
    L += ["  <Trays>", "    <Tray id=\"1\" size=\"A4\" type=\"Plain\"/>", "    <Tray id=\"2\" size=\"A3\" type=\"Plain\"/>", "  </Trays>", "</DeviceConfiguration>"]
    return pick(r, ["printers/exports/%s.xml" % sn.lower(), "devices/%s/config-export.xml" % prov, "mfp/%s-settings.xml" % prov]), J(L)


@tpl("cups-conf", ["cups"])
def t_cups_printers_conf(r, S, ob):
    L = ["# Printer configuration file for CUPS v2.4.%d" % r.randint(1, 7), "# Written by cupsd", "# DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING", "NextPrinterId %d" % r.randint(3, 20)]
    names = r.sample(["Office_Laser", "Label_Zebra", "Plotter_A0", "Finance_MFP", "Lab_Color"], 2)
    for i, n in enumerate(names):
        L += ["<%sPrinter %s>" % ("Default" if i == 0 else "", n), "PrinterId %d" % (i + 1), "UUID urn:uuid:%s" % uuid4(r),
              "Info %s" % n.replace("_", " "), "Location %s" % pick(r, ["2nd floor", "Workshop", "Front desk"]),
              "MakeModel %s" % pick(r, ["HP LaserJet Pro M404-M405 Postscript", "Zebra ZPL Label Printer", "Generic PostScript Printer"])]
        if i == 1:
            uri = pick(r, ["smb://%s/%s:%s@%s/%s" % ("CORP", "printsvc", S.raw(), "prn-srv01", n.lower()),
                           "ipps://%s:%s@%s:631/ipp/print" % ("labuser", S.raw(), ip(r)),
                           "smb://printsvc:%s@prn-srv01.corp.local/%s" % (S.raw(), n.lower())])
        else:
            uri = "ipp://%s/ipp/print" % ip(r)
        L += ["DeviceURI %s" % uri, "State Idle", "StateTime %d" % r.randint(1700000000, 1760000000), "Type 8425668", "Accepting Yes", "Shared No",
              "JobSheets none none", "QuotaPeriod 0", "PageLimit 0", "KLimit 0", "OpPolicy default", "ErrorPolicy retry-job", "</%sPrinter>" % ("Default" if i == 0 else "")]
    return pick(r, ["etc/cups/printers.conf", "ansible/roles/cups/files/printers.conf", "cups/printers.conf"]), J(L)


@tpl("shell", ["cups", "duet"])
def t_sh_provision(r, S, ob):
    L = ["#!/bin/sh", "# provision.sh - run once on a fresh Raspberry Pi print host", "set -e", "",
         "apt-get update && apt-get install -y cups printer-driver-gutenprint avahi-daemon", "usermod -aG lpadmin pi", ""]
    if S.key == "cups":
        qn = pick(r, ["Workshop_Laser", "Lab_Color", "Office"])
        L += ["lpadmin -p %s -E -v 'ipp://%s:%s@%s/ipp/print' -m everywhere" % (qn, pick(r, ["pi", "print", "lab"]), S.raw(), ip(r)),
              "lpadmin -d %s" % qn, "cupsctl --remote-admin --share-printers"]
    else:
        v = nm(r, ob, pc(S)["ob"], pc(S)["nu"], "scream")
        L += ["# Duet on the CNC - log in and pull the current config.g", "DUET=%s" % ip(r), "%s=%s" % (v, S.lit("sh")),
              "curl -fsS \"http://${DUET}/rr_connect?password=${%s}&time=$(date +%%Y-%%m-%%dT%%H:%%M:%%S)\"" % v,
              "curl -fsS \"http://${DUET}/rr_download?name=0:/sys/config.g\" -o backup/config.g", "curl -fsS \"http://${DUET}/rr_disconnect\""]
    L += ["", "systemctl enable --now cups", "echo done"]
    return pick(r, ["provision.sh", "scripts/provision-pi.sh", "setup/bootstrap.sh"]), J(L)


@tpl("github-workflow", ["octoprint_api", "printful", "telegram", "aws", "github", "ultimaker", "printify", "moonraker"])
def t_gha(r, S, ob):
    k = S.key
    c = pc(S)
    v = var(r, S, ob, "scream")
    L = ["name: %s" % pick(r, ["Slice and upload", "Deploy profiles", "Sync catalog", "Release macros"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  deploy:", "    runs-on: %s" % pick(r, ["ubuntu-latest", "self-hosted"]), "    env:",
         "      PRINTER_HOST: %s" % ip(r)]
    if k == "aws":
        L += ["      AWS_ACCESS_KEY_ID: %s" % S.pub, "      AWS_SECRET_ACCESS_KEY: %s" % S.lit("gha"), "      AWS_DEFAULT_REGION: eu-central-1"]
    else:
        L += ["      %s: %s" % (v, S.lit("gha"))]
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
          "      - run: pip install -r tools/requirements.txt"]
    if k == "aws":
        L += ["      - run: aws s3 sync models/ s3://%s-stl-archive/ --exclude '*.tmp'" % pick(r, ["makerhub", "printfarm", "tinyplastic"])]
    else:
        L += ["      - name: Run", "        run: python tools/%s.py --all" % pick(r, ["upload_gcode", "sync_products", "notify", "publish"])]
    return ".github/workflows/%s.yml" % pick(r, ["deploy", "upload", "sync", "release", "slice"]), J(L)


@tpl("markdown", ["octoprint_api", "bambu_code", "moonraker", "papercut_token", "prusalink_pw", "hp_admin", "duet", "obico", "printnode"])
def t_md_runbook(r, S, ob):
    c = pc(S)
    k = S.key
    L = ["# %s" % pick(r, ["Print farm runbook", "Printer notes", "Workshop printers - how to", "MFP admin cheat sheet"]), "",
         "Last updated %s by %s." % (ts(r)[:10], pick(r, ["sam", "jo", "alex", "priya"])), "", "## Hosts", "",
         "| name | ip | notes |", "|---|---|---|"]
    for n in printer_names(r, r.randint(2, 4)):
        L.append("| %s | %s | %s |" % (n, ip(r), pick(r, ["0.6 nozzle", "enclosure", "AMS", "needs new PEI", "-"])))
    L += ["", "## Access", ""]
    if k == "bambu_code":
        L += ["LAN-only mode is on. The MQTT user is always `bblp`; access code from the printer screen:", "", "```",
              "serial:      %s" % S.pub if S.mode == "pos" else "serial:      %s" % bambu_serial(r), "access code: %s" % S.raw(), "```"]
    elif k in ("octoprint_api", "moonraker", "printnode"):
        L += ["Use the shared key for scripts:", "", "```bash", "curl -H 'X-Api-Key: %s' http://%s/api/version" % (S.raw(), ip(r)) if k != "printnode"
              else "curl -u '%s:' https://api.printnode.com/whoami" % S.raw(), "```"]
    elif k == "papercut_token":
        L += ["Web services token (Options > Advanced > Web services): `%s`" % S.raw()]
    elif k in ("prusalink_pw", "duet", "hp_admin"):
        who = {"prusalink_pw": "PrusaLink user `maker`", "duet": "DWC", "hp_admin": "EWS user `admin`"}[k]
        L += ["%s password: `%s`" % (who, S.raw()) if ob else "%s - `%s`" % (who, S.raw())]
    else:
        L += ["moonraker-obico.cfg:", "", "```ini", "[server]", "url = https://app.obico.io", "auth_token = %s" % S.raw(), "```"]
    L += ["", "## When a print fails", "", "1. Check the camera first.", "2. `FIRMWARE_RESTART` from the console.", "3. Re-level with `BED_MESH_CALIBRATE`."]
    return pick(r, ["notes/runbook.md", "docs/printers.md", "README-farm.md", "wiki/printer-access.md"]), J(L)


@tpl("toml", ["octoprint_api", "moonraker", "printful", "telegram", "sendgrid", "printnode", "thingiverse", "mmf"])
def t_toml(r, S, ob):
    c = pc(S)
    L = ["# farmctl configuration", "", "[farm]", "name = \"%s\"" % pick(r, ["garage", "lab-2", "shopfloor"]), "timezone = \"%s\"" % pick(r, ["Europe/Berlin", "UTC"]), ""]
    for n in printer_names(r, r.randint(1, 3)):
        L += ["[[printers]]", "name = \"%s\"" % n, "host = \"%s\"" % ip(r), "kind = \"%s\"" % pick(r, ["klipper", "octoprint", "prusalink"]), ""]
    sec = {"telegram": "notify.telegram", "sendgrid": "notify.email", "printful": "pod.printful", "printnode": "labels.printnode",
           "thingiverse": "catalog.thingiverse", "mmf": "catalog.myminifactory"}.get(S.key, "auth")
    key = pick(r, ["api_key", "token"]) if ob else pick(r, ["value", "credential", "key_b"])
    L += ["[%s]" % sec, "%s = %s" % (key, S.lit("toml")), "enabled = true"]
    return pick(r, ["farmctl.toml", "config/farmctl.toml", ".farmctl/config.toml"]), J(L)


@tpl("gcode", ["duet"])
def t_duet_config_g(r, S, ob):
    L = ["; Configuration file for Duet 3 Mini 5+ (firmware version 3.%d)" % r.randint(4, 5), "; executed by the firmware on start-up", ";",
         "; generated by RepRapFirmware Configuration Tool v3.%d.%d on %s" % (r.randint(3, 5), r.randint(0, 15), ts(r)[:10]), "",
         "; General preferences", "M575 P1 S1 B57600                 ; enable support for PanelDue", "G90                               ; send absolute coordinates...",
         "M83                               ; ...but relative extruder moves", "M550 P\"%s\"                 ; set printer name" % pick(r, ["Duet-CNC", "Railcore", "Jubilee"]), "",
         "; Network", "M551 P%s ; set password" % quote(r, "go", S.raw()) if ob else "M551 P%s" % quote(r, "go", S.raw()),
         "M552 S1                           ; enable network", "M586 P0 S1                        ; enable HTTP", "M586 P1 S0                        ; disable FTP",
         "M586 P2 S0                        ; disable Telnet", "", "; Drives", "M569 P0.0 S1                      ; physical drive 0.0 goes forwards",
         "M569 P0.1 S0", "M584 X0.0 Y0.1 Z0.2 E0.3", "M350 X16 Y16 Z16 E16 I1", "M92 X80.00 Y80.00 Z400.00 E%.2f" % r.uniform(400, 830),
         "M566 X900.00 Y900.00 Z60.00 E120.00", "M203 X6000.00 Y6000.00 Z180.00 E1200.00", "M906 X800 Y800 Z800 E500 I30", "",
         "; Axis Limits", "M208 X0 Y0 Z0 S1", "M208 X%d Y%d Z%d S0" % (r.randint(200, 350), r.randint(200, 350), r.randint(200, 400)), "",
         "; Heaters", "M308 S0 P\"temp0\" Y\"thermistor\" T100000 B4138", "M950 H0 C\"out0\" T0", "M140 H0", "M143 H0 S120"]
    return pick(r, ["sys/config.g", "duet/sys/config.g", "firmware/duet/config.g"]), J(L)


@tpl("cfg", ["telegram", "obico", "moonraker"])
def t_bot_conf(r, S, ob):
    if S.key == "telegram":
        L = ["[bot]", "server: localhost", "chat_id: %d" % r.randint(10 ** 8, 10 ** 9), "bot_token: %s" % S.lit("cfg"), "log_path: ~/printer_data/logs", "",
             "[camera]", "host: http://localhost:8080/?action=stream", "fps: 15", "", "[progress_notification]", "percent: 10", "height: 5", "time: 0", "",
             "[timelapse]", "cleanup: true", "height: 0.2", "target_fps: 30"]
        path = pick(r, ["printer_data/config/telegram.conf", "config/telegram.conf"])
    elif S.key == "obico":
        L = ["[server]", "url = https://app.obico.io", "auth_token = %s" % S.lit("cfg"), "", "[moonraker]", "host = 127.0.0.1", "port = 7125", "",
             "[webcam]", "disable_video_streaming = False", "", "[logging]", "path = /home/pi/printer_data/logs/moonraker-obico.log", "debug = False"]
        path = pick(r, ["printer_data/config/moonraker-obico.cfg", "config/moonraker-obico.cfg"])
    else:
        L = ["[moonraker]", "host = %s" % ip(r), "port = 7125", "api_key = %s" % S.lit("cfg") if ob else "key_b = %s" % S.lit("cfg"), "",
             "[display]", "theme = z-bolt", "move_speed_xy = 500", "", "[printer %s]" % pick(r, ["Voron", "Trident"]),
             "moonraker_host: %s" % ip(r), "moonraker_port: 7125"]
        path = pick(r, ["KlipperScreen.conf", "printer_data/config/KlipperScreen.conf"])
    return path, J(L)


@tpl("python", ["aws"])
def t_py_boto3(r, S, ob):
    bucket = "%s-%s" % (pick(r, ["makerhub", "printfarm", "tinyplastic", "benchy"]), pick(r, ["stl-archive", "timelapses", "gcode-store"]))
    style = pick(r, ["scream", "snake"])
    L = ['"""Archive finished timelapses and G-code to S3."""', "import pathlib", "", "import boto3", "",
         "BUCKET = \"%s\"" % bucket]
    if ob:
        L += ["%s = \"%s\"" % (styl(["aws", "access", "key", "id"], style), S.pub), "%s = %s" % (styl(["aws", "secret", "access", "key"], style), S.lit("py")), "",
              "s3 = boto3.client(\"s3\", region_name=\"%s\", aws_access_key_id=%s, aws_secret_access_key=%s)" % (
                  pick(r, ["eu-central-1", "us-east-1", "eu-west-2"]), styl(["aws", "access", "key", "id"], style), styl(["aws", "secret", "access", "key"], style))]
    else:
        L += ["", "s3 = boto3.session.Session(%s, %s).client(\"s3\")" % (quote(r, "py", S.pub), S.lit("py"))]
    L += ["", "", "def archive(folder):", "    for p in pathlib.Path(folder).glob(\"**/*\"):", "        if p.suffix in {\".mp4\", \".gcode\", \".3mf\"}:",
          "            s3.upload_file(str(p), BUCKET, f\"{p.parent.name}/{p.name}\")", "            print(\"uploaded\", p)", "", "",
          "if __name__ == \"__main__\":", "    archive(\"/home/pi/printer_data/timelapse\")"]
    return pick(r, ["tools/archive_s3.py", "scripts/backup_timelapse.py", "archive.py"]), J(L)


@tpl("python", ["postgres", "mysql", "sendgrid", "stripe", "printful"])
def t_django_settings(r, S, ob):
    k = S.key
    L = ['"""Django settings for printshop project."""', "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         "DEBUG = False", "ALLOWED_HOSTS = [\"%s\", \"localhost\"]" % pick(r, ["shop.tinyplasticco.com", "orders.printfarm.eu", "posterwall.store"]), "",
         "INSTALLED_APPS = [", "    \"django.contrib.admin\",", "    \"django.contrib.auth\",", "    \"django.contrib.contenttypes\",", "    \"orders\",", "    \"printqueue\",", "]", ""]
    if k in ("postgres", "mysql"):
        eng = "postgresql" if k == "postgres" else "mysql"
        if ob:
            L += ["DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"django.db.backends.%s\"," % eng, "        \"NAME\": \"printshop\",",
                  "        \"USER\": \"printshop\",", "        \"PASSWORD\": %s," % S.lit("py"), "        \"HOST\": \"%s\"," % pick(r, ["db.internal", "127.0.0.1", ip(r)]),
                  "        \"PORT\": \"%d\"," % (5432 if k == "postgres" else 3306), "    }", "}"]
        else:
            L += ["import dj_database_url", "", "DATABASES = {\"default\": dj_database_url.parse(\"%s://printshop:%s@%s:%d/printshop\")}" % (
                "postgres" if k == "postgres" else "mysql", S.raw(), pick(r, ["db.internal", "10.0.3.4"]), 5432 if k == "postgres" else 3306)]
    elif k == "sendgrid":
        L += ["EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"", "EMAIL_HOST = \"smtp.sendgrid.net\"", "EMAIL_PORT = 587",
              "EMAIL_HOST_USER = \"apikey\"", "EMAIL_HOST_PASSWORD = %s" % S.lit("py"), "EMAIL_USE_TLS = True"]
    else:
        c = pc(S)
        L += ["%s = %s" % (nm(r, ob, c["ob"], c["nu"], "scream"), S.lit("py"))]
    L += ["", "STATIC_URL = \"/static/\"", "TIME_ZONE = \"%s\"" % pick(r, ["Europe/Berlin", "UTC", "America/New_York"]), "USE_TZ = True",
          "PRINTQUEUE_MAX_JOBS = %d" % r.randint(4, 40)]
    return pick(r, ["printshop/settings.py", "config/settings/production.py", "printshop/settings/prod.py"]), J(L)


@tpl("json", ["printful", "printify", "gelato", "prodigi", "sendgrid", "telegram", "octoprint_app", "ultimaker", "hass"])
def t_json_config(r, S, ob):
    c = pc(S)
    key = styl((pick(r, c["ob"]) if ob else pick(r, c["nu"])).split(), pick(r, ["camel", "snake"]))
    d = {"port": r.choice([3000, 8080]), "logLevel": pick(r, ["info", "debug"]),
         "printers": [{"name": n, "host": ip(r)} for n in printer_names(r, r.randint(1, 3))],
         c["provider"]: {"baseUrl": c["host"] or "https://api.%s.com" % c["provider"], key: "@@SLOT@@", "timeoutMs": 15000}}
    if r.random() < 0.5:
        d["queue"] = {"name": "print-jobs", "concurrency": r.randint(1, 8)}
    txt = json.dumps(d, indent=pick(r, [2, 4])).replace('"@@SLOT@@"', S.lit("json"))
    return pick(r, ["config/default.json", "config/production.json", "settings.json", "app/config.json"]), txt + "\n"


@tpl("yaml", ["printful", "printify", "octoprint_api", "moonraker", "postgres", "telegram", "gelato", "aws"])
def t_k8s_secret(r, S, ob):
    c = pc(S)
    key = c["env"] if ob else pick(r, ["value", "credential", "auth", "token_b"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % pick(r, ["pod-worker", "farm-dashboard", "print-api"]),
         "  namespace: %s" % pick(r, ["printfarm", "shop", "default"]), "  labels:", "    app.kubernetes.io/part-of: printfarm", "type: Opaque", "stringData:"]
    if S.key == "aws":
        L += ["  AWS_ACCESS_KEY_ID: %s" % S.pub, "  AWS_SECRET_ACCESS_KEY: %s" % S.lit("yaml")]
    elif S.key == "postgres":
        L += ["  DATABASE_URL: postgres://farm:%s@postgres.printfarm.svc:5432/farm" % S.raw()]
    else:
        L += ["  %s: %s" % (key, S.lit("yaml"))]
    L += ["  LOG_LEVEL: info"]
    return pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-secret.yaml" % c["provider"], "manifests/secrets.yaml"]), J(L)


@tpl("ruby", ["printful", "gelato", "stripe", "shopify"])
def t_ruby_initializer(r, S, ob):
    c = pc(S)
    k = S.key
    if k == "stripe":
        L = ["# frozen_string_literal: true", "", "# Stripe is only used for the print-on-demand storefront checkout",
             "Stripe.api_key = %s" % S.lit("rb"), "Stripe.api_version = '2024-06-20'", "Stripe.max_network_retries = %d" % r.randint(1, 3),
             "Stripe.log_level = Stripe::LEVEL_%s" % pick(r, ["INFO", "ERROR"])]
    elif k == "shopify":
        L = ["ShopifyAPI::Context.setup(", "  api_key: '%s'," % rs(r, HEX, 32) if False else "  api_key: ENV.fetch('SHOPIFY_API_KEY'),",
             "  api_secret_key: ENV.fetch('SHOPIFY_API_SECRET'),", "  host: 'https://%s'," % pick(r, ["app.posterwall.store", "pod.tinyplastic.co"]),
             "  scope: 'read_orders,write_fulfillments',", "  is_embedded: false,", "  api_version: '2024-07',", ")", "",
             "SHOP_SESSION = ShopifyAPI::Auth::Session.new(", "  shop: '%s.myshopify.com'," % pick(r, ["posterwall", "tiny-plastic-co"]),
             "  access_token: %s," % S.lit("rb"), ")"]
    else:
        const = nm(r, ob, c["ob"], c["nu"], "scream")
        L = ["# frozen_string_literal: true", "", "module Fulfilment", "  %s = %s" % (const, S.lit("rb")),
             "  BASE_URL = '%s'" % c["host"], "", "  def self.client", "    @client ||= Faraday.new(url: BASE_URL) do |f|",
             "      f.request :json", "      f.response :raise_error",
             "      f.headers['%s'] = %s" % ("Authorization" if k == "printful" else "X-API-KEY", ("\"Bearer #{%s}\"" % const) if k == "printful" else const),
             "    end", "  end", "end"]
    return pick(r, ["config/initializers/%s.rb" % c["provider"], "lib/fulfilment/%s.rb" % c["provider"]]), J(L)


@tpl("go", ["telegram", "moonraker", "octoprint_api", "discord"])
def t_go_monitor(r, S, ob):
    k = S.key
    L = ["package main", "", "import (", "\t\"fmt\"", "\t\"log\"", "\t\"net/http\"", "\t\"net/url\"", "\t\"time\"", ")", ""]
    if k == "telegram":
        L += ["const chatID = %d" % r.randint(10 ** 8, 10 ** 9), "", "var botURL = \"https://api.telegram.org/bot%s/sendMessage\"" % S.raw(), "",
              "func notify(text string) error {", "\t_, err := http.PostForm(botURL, url.Values{\"chat_id\": {fmt.Sprint(chatID)}, \"text\": {text}})", "\treturn err", "}"]
    elif k == "discord":
        L += ["var hook = \"https://discord.com/api/webhooks/%s/%s\"" % (S.pub, S.raw()), "",
              "func notify(text string) error {", "\t_, err := http.PostForm(hook, url.Values{\"content\": {text}})", "\treturn err", "}"]
    else:
        v = nm(r, ob, pc(S)["ob"], pc(S)["nu"], "camel")
        L += ["var %s = %s" % (v, S.lit("go")), "", "func notify(text string) error {",
              "\treq, _ := http.NewRequest(\"POST\", \"http://%s/api/plugin/action_command_notification?message=\"+url.QueryEscape(text), nil)" % ip(r),
              "\treq.Header.Set(\"X-Api-Key\", %s)" % v, "\t_, err := http.DefaultClient.Do(req)", "\treturn err", "}"]
    L += ["", "func main() {", "\tfor {", "\t\tif err := notify(\"farm heartbeat \" + time.Now().Format(time.Kitchen)); err != nil {",
          "\t\t\tlog.Println(\"notify:\", err)", "\t\t}", "\t\ttime.Sleep(%d * time.Minute)" % r.choice([5, 15, 60]), "\t}", "}"]
    return pick(r, ["cmd/farmwatch/main.go", "monitor/main.go", "main.go"]), J(L)


@tpl("systemd", ["telegram", "pushover", "octoprint_api", "printnode", "moonraker"])
def t_systemd(r, S, ob):
    v = var(r, S, ob, "scream")
    L = ["[Unit]", "Description=%s" % pick(r, ["Print farm notifier", "Label print bridge", "Spool sync daemon"]), "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", "User=pi", "WorkingDirectory=/home/pi/%s" % pick(r, ["farm-notify", "label-bridge", "spool-sync"]),
         "Environment=PYTHONUNBUFFERED=1", "Environment=\"%s=%s\"" % (v, S.raw()) if r.random() < 0.5 else "Environment=%s=%s" % (v, S.raw()),
         "ExecStart=/home/pi/.venv/bin/python -m %s" % pick(r, ["notifier", "bridge", "spoolsync"]), "Restart=on-failure", "RestartSec=10", "",
         "[Install]", "WantedBy=multi-user.target"]
    return pick(r, ["systemd/farm-notify.service", "deploy/label-bridge.service", "etc/systemd/system/spool-sync.service"]), J(L)


@tpl("ini", ["prusa_connect", "prusalink_pw", "prusalink_key"])
def t_prusa_printer_settings(r, S, ob):
    L = ["[printer]", "type = %s" % pick(r, ["MK3S", "MK3", "MK3SMMU2S"]), "name = %s" % pick(r, ["Prusa MK3S farm 01", "mk3s-lab"]), "location = %s" % pick(r, ["Workshop", "Lab"]),
         "farm_mode = False", "", "[network]", "hostname = %s" % pick(r, ["prusa-mk3s", "mk3s-lab"]), "",
         "[service::connect]", "hostname = connect.prusa3d.com", "tls = True", "port = 0"]
    if S.key == "prusa_connect":
        L += ["token = %s" % S.lit("ini")]
    else:
        L += ["token = "]
    L += ["", "[service::local]", "enable = True", "username = maker", "digest_realm = Printer API"]
    if S.key == "prusalink_pw":
        L += ["password = %s" % S.lit("ini")]
    elif S.key == "prusalink_key":
        L += ["api_key = %s" % S.lit("ini")]
    return pick(r, ["prusa_printer_settings.ini", "prusalink/prusa_printer_settings.ini", "pi/prusa_printer_settings.ini"]), J(L)


@tpl("python", ["hp_smtp", "kyocera_smtp", "xerox_smtp"])
def t_py_smtp(r, S, ob):
    v = var(r, S, ob, pick(r, ["scream", "snake"]))
    user = "scanner@%s" % pick(r, ["contoso-print.com", "acme-clinic.org", "lawfirm-ms.de"])
    L = ['"""Relay scans dropped by the %s into the shared folder to the right mailbox."""' % S.provider.upper(), "import smtplib", "from email.message import EmailMessage",
         "from pathlib import Path", "", "SMTP_HOST = \"%s\"" % pick(r, ["smtp.office365.com", "smtp.gmail.com"]), "SMTP_USER = \"%s\"" % user]
    if ob:
        L += ["%s = %s" % (v, S.lit("py"))]
        ref = v
    else:
        ref = S.lit("py")
    L += ["INBOX = Path(r\"\\\\%s\\scans\")" % pick(r, ["fileserver", "nas01"]), "", "", "def send(pdf, to):", "    msg = EmailMessage()",
          "    msg[\"From\"], msg[\"To\"], msg[\"Subject\"] = SMTP_USER, to, f\"Scan {pdf.stem}\"",
          "    msg.add_attachment(pdf.read_bytes(), maintype=\"application\", subtype=\"pdf\", filename=pdf.name)",
          "    with smtplib.SMTP(SMTP_HOST, 587) as s:", "        s.starttls()", "        s.login(SMTP_USER, %s)" % ref, "        s.send_message(msg)", "", "",
          "for pdf in INBOX.glob(\"*.pdf\"):", "    send(pdf, f\"{pdf.stem.split('_')[0]}@%s\")" % user.split("@")[1]]
    return pick(r, ["scan_relay.py", "tools/scan_to_mail.py", "it/scan2mail/relay.py"]), J(L)


@tpl("python", ["discord", "telegram", "pushover"])
def t_py_notify(r, S, ob):
    k = S.key
    L = ['"""OctoPrint event hook: called from the system command on PrintDone / PrintFailed."""', "import sys", "", "import requests", ""]
    if k == "discord":
        L += ["WEBHOOK = \"https://discord.com/api/webhooks/%s/%s\"" % (S.pub, S.raw()) if ob else "", "",
              "def post(msg):", "    requests.post(%s, json={\"content\": msg, \"username\": \"OctoPrint\"}, timeout=10)" % ("WEBHOOK" if ob else "\"https://discord.com/api/webhooks/%s/%s\"" % (S.pub, S.raw()))]
    elif k == "telegram":
        v = var(r, S, ob, "scream")
        L += ["%s = %s" % (v, S.lit("py")), "CHAT_ID = %d" % r.randint(10 ** 8, 10 ** 9), "", "",
              "def post(msg):", "    requests.post(f\"https://api.telegram.org/bot{%s}/sendMessage\", data={\"chat_id\": CHAT_ID, \"text\": msg}, timeout=10)" % v]
    else:
        v = var(r, S, ob, "scream")
        L += ["%s = %s" % (v, S.lit("py")), "USER_KEY = \"%s\"" % S.pub, "", "",
              "def post(msg):", "    requests.post(\"https://api.pushover.net/1/messages.json\", data={\"token\": %s, \"user\": USER_KEY, \"message\": msg}, timeout=10)" % v]
    L += ["", "", "if __name__ == \"__main__\":", "    event, name = sys.argv[1], sys.argv[2]", "    post(f\"{event}: {name}\")"]
    return pick(r, ["octoprint/hooks/notify.py", "scripts/print_done.py", "hooks/on_event.py"]), J(L)


@tpl("yaml", ["octoprint_api", "cups", "hp_admin", "mqtt", "bambu_code", "papercut_token", "duet"])
def t_ansible_vars(r, S, ob):
    c = pc(S)
    v = var(r, S, ob, "snake")
    L = ["---", "# group_vars/printers.yml", "printer_hosts:"]
    for n in printer_names(r, r.randint(2, 4)):
        L += ["  - name: %s" % n, "    ip: %s" % ip(r)]
    L += ["cups_listen: \"0.0.0.0:631\"", "cups_admin_group: lpadmin", "octoprint_port: 5000", "timezone: %s" % pick(r, ["Europe/Berlin", "UTC"])]
    L.insert(r.randint(3, len(L)), "%s: %s" % (v, S.lit("yaml")))
    return pick(r, ["ansible/group_vars/printers.yml", "inventory/group_vars/all.yml", "ansible/host_vars/printserver.yml"]), J(L)


@tpl("dockerfile", ["printful", "printify", "octoprint_api", "sendgrid", "thingiverse", "obico"])
def t_dockerfile(r, S, ob):
    v = var(r, S, ob, "scream")
    L = ["FROM python:3.%d-slim" % r.randint(10, 12), "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
         "COPY . .", "", "ENV PYTHONUNBUFFERED=1 \\", "    TZ=Europe/Berlin", "ENV %s=%s" % (v, S.lit("env")), "",
         "EXPOSE 8000", "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]"]
    return pick(r, ["Dockerfile", "worker/Dockerfile", "docker/Dockerfile.prod"]), J(L)


@tpl("json", ["telegram", "pushover", "obico", "octoprint_app"])
def t_octoprint_backup_json(r, S, ob):
    k = S.key
    plugins = {"discovery": {"upnpUuid": uuid4(r)}, "softwareupdate": {"_config_version": 9}}
    if k == "telegram":
        plugins["telegram"] = {"token": "@@SLOT@@", "chats": {str(r.randint(10 ** 8, 10 ** 9)): {"accept_commands": True}}}
    elif k == "pushover":
        plugins["pushover"] = {"token": "@@SLOT@@", "user_key": S.pub, "priority": 0}
    elif k == "obico":
        plugins["obico"] = {"auth_token": "@@SLOT@@", "endpoint_prefix": "https://app.obico.io"}
    else:
        plugins["octoapp"] = {"app_key": "@@SLOT@@", "instance_id": uuid4(r)} if ob else {"remote": "@@SLOT@@", "instance_id": uuid4(r)}
    d = {"appearance": {"name": pick(r, ["Garage MK3S", "Office Ender"])}, "plugins": plugins,
         "serial": {"baudrate": 115200, "port": "/dev/ttyACM0"}, "webcam": {"stream": "/webcam/?action=stream"}}
    return pick(r, ["backup/octoprint-settings.json", "octoprint/settings-export.json"]), json.dumps(d, indent=2).replace('"@@SLOT@@"', S.lit("json")) + "\n"


@tpl("javascript", ["thingiverse", "mmf"])
def t_js_catalog(r, S, ob):
    c = pc(S)
    q = pick(r, ["'", '"'])
    v = var(r, S, ob, "camel")
    base = c["host"]
    L = ["// build-time script: pull our published models into the site catalog", "const fs = require(%sfs/promises%s);" % (q, q), "",
         "const %s = %s;" % (v, S.lit("js")), "const user = %s%s%s;" % (q, pick(r, ["makerhub", "benchyfan", "tinyplastic"]), q), ""]
    if S.key == "thingiverse":
        L += ["async function things() {", "  const res = await fetch(`%s/users/${user}/things?per_page=50`, {" % base,
              "    headers: { Authorization: `Bearer ${%s}` }," % v, "  });", "  return res.json();", "}"]
    else:
        L += ["async function things() {", "  const res = await fetch(`%s/users/${user}/objects?key=${%s}&per_page=50`);" % (base, v), "  return (await res.json()).items;", "}"]
    L += ["", "things().then((list) => fs.writeFile(%scontent/models.json%s, JSON.stringify(list, null, 2)));" % (q, q)]
    return pick(r, ["scripts/fetch-models.js", "site/build/catalog.js"]), J(L)


# ============================================================================================
# NEGATIVE DOMAIN LOOK-ALIKES (no credential at all)
# ============================================================================================

def b64lines(r, nbytes, width=76):
    s = base64.b64encode(rbytes(r, nbytes)).decode()
    return [s[i:i + width] for i in range(0, len(s), width)]


@negtpl("gcode", "prusaslicer", "gcode_thumbnail_checksum")
def n_gcode_prusa(r):
    name = pick(r, ["benchy", "calibration_cube", "spool_holder", "cable_clip", "voron_cube", "phone_stand"])
    L = ["; generated by PrusaSlicer 2.%d.%d+linux-x64-GTK3 on %s UTC" % (r.randint(6, 8), r.randint(0, 2), ts(r).replace("T", " at ").rstrip("Z")), ";",
         "; external perimeters extrusion width = 0.45mm", "; perimeters extrusion width = 0.45mm", ";", "; thumbnail begin 16x16 %d" % r.randint(400, 900)]
    L += ["; " + l for l in b64lines(r, r.randint(180, 420))]
    L += ["; thumbnail end", ";", "M73 P0 R%d" % r.randint(10, 300), "M201 X4000 Y4000 Z200 E2500", "M203 X300 Y300 Z40 E100",
          "M862.3 P \"%s\" ; printer model check" % pick(r, ["MK4", "MK3S", "MINI"]), "M862.1 P0.4 ; nozzle diameter check", "M115 U6.%d.%d+%d" % (r.randint(0, 2), r.randint(0, 5), r.randint(8000, 9999)),
          "G90 ; use absolute coordinates", "M83 ; extruder relative mode", "M104 S%d" % r.randint(200, 250), "M140 S%d" % r.randint(55, 90), "G28 W ; home all without mesh bed level",
          "G80 ; mesh bed leveling", "G1 Z0.2 F720", "G1 X%.3f Y%.3f E%.5f" % (r.uniform(50, 150), r.uniform(50, 150), r.uniform(0.1, 2)),
          "; EXCLUDE_OBJECT_DEFINE NAME=%s.stl_id_0_copy_0 CENTER=%.3f,%.3f" % (name, r.uniform(80, 170), r.uniform(80, 170)),
          "M107", "M84", "; filament used [mm] = %.2f" % r.uniform(500, 20000), "; filament used [g] = %.2f" % r.uniform(2, 300),
          "; estimated printing time (normal mode) = %dh %dm %ds" % (r.randint(0, 20), r.randint(0, 59), r.randint(0, 59)),
          "; objects_info = {\"objects\":[{\"name\":\"%s.stl\",\"polygon\":[[%.3f,%.3f]]}]}" % (name, r.uniform(0, 200), r.uniform(0, 200)),
          "; prusaslicer_config = begin", "; printer_model = %s" % pick(r, ["MK4IS", "MK3S", "MINI"]), "; printhost_apikey = ", "; printhost_password = ",
          "; prusaslicer_config = end", "; md5 = %s" % rs(r, HEX, 32)]
    return pick(r, ["gcode/%s_0.4n_0.2mm_PLA_MK4_1h2m.gcode" % name, "prints/%s.gcode" % name, "jobs/%s_PETG.gcode" % name]), J(L)


@negtpl("xml", "bambulab", "slice_info_md5")
def n_bambu_slice_info(r):
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<config>", "  <header>", "    <header_item key=\"X-BBL-Client-Type\" value=\"slicer\"/>",
         "    <header_item key=\"X-BBL-Client-Version\" value=\"01.0%d.0%d.%02d\"/>" % (r.randint(7, 9), r.randint(0, 3), r.randint(0, 60)), "  </header>",
         "  <plate>", "    <metadata key=\"index\" value=\"1\"/>", "    <metadata key=\"printer_model_id\" value=\"%s\"/>" % pick(r, ["C12", "BL-P001", "N2S", "N1"]),
         "    <metadata key=\"nozzle_diameters\" value=\"0.4\"/>", "    <metadata key=\"timelapse_type\" value=\"0\"/>",
         "    <metadata key=\"prediction\" value=\"%d\"/>" % r.randint(600, 60000), "    <metadata key=\"weight\" value=\"%.2f\"/>" % r.uniform(3, 400),
         "    <metadata key=\"outside\" value=\"false\"/>", "    <metadata key=\"support_used\" value=\"%s\"/>" % pick(r, ["false", "true"]),
         "    <metadata key=\"label_object_enabled\" value=\"true\"/>", "    <object identify_id=\"%d\" name=\"%s.stl\" skipped=\"false\" />" % (r.randint(100, 9999), pick(r, ["benchy", "gridfinity_2x3", "clip"]))]
    for i in range(r.randint(1, 4)):
        L.append("    <filament id=\"%d\" tray_info_idx=\"GF%s%02d\" type=\"%s\" color=\"#%s\" used_m=\"%.2f\" used_g=\"%.2f\" />" % (
            i + 1, pick(r, ["A", "L", "G", "B"]), r.randint(0, 99), pick(r, ["PLA", "PETG", "ABS", "PLA-CF"]), rs(r, HEXU, 6), r.uniform(0.5, 90), r.uniform(1, 300)))
    L += ["    <metadata key=\"gcode_file\" value=\"Metadata/plate_1.gcode\"/>", "    <metadata key=\"gcode_md5\" value=\"%s\"/>" % rs(r, HEXU, 32), "  </plate>", "</config>"]
    return pick(r, ["3mf/%s/Metadata/slice_info.config" % pick(r, ["gridfinity", "benchy", "enclosure"]), "Metadata/slice_info.config"]), J(L)


@negtpl("cfg", "klipper", "mcu_serial_canbus_uuid")
def n_klipper_printer_cfg(r):
    chip = pick(r, ["stm32f446xx", "stm32h723xx", "rp2040", "stm32g0b1xx"])
    L = ["# This file contains common pin mappings for the BigTreeTech Octopus", "[include mainsail.cfg]", "[include macros/*.cfg]", "",
         "[mcu]", "serial: /dev/serial/by-id/usb-Klipper_%s_%s-if00" % (chip, rs(r, HEXU, 24)), "restart_method: command", "",
         "[mcu EBBCan]", "canbus_uuid: %s" % rs(r, HEX, 12), "", "[printer]", "kinematics: corexy", "max_velocity: %d" % r.choice([300, 500, 700]),
         "max_accel: %d" % r.choice([3000, 7000, 12000]), "max_z_velocity: 15", "square_corner_velocity: 5.0", "",
         "[stepper_x]", "step_pin: PF13", "dir_pin: PF12", "enable_pin: !PF14", "rotation_distance: 40", "microsteps: 16", "endstop_pin: ^PG6",
         "position_endstop: %d" % r.choice([0, 300, 350]), "position_max: %d" % r.choice([300, 350]), "homing_speed: 50", "",
         "[extruder]", "step_pin: EBBCan: PD0", "dir_pin: EBBCan: PD1", "rotation_distance: 22.6789511", "gear_ratio: 50:10",
         "nozzle_diameter: 0.400", "filament_diameter: 1.750", "sensor_type: ATC Semitec 104NT-4-R025H42G", "sensor_pin: EBBCan: PA3",
         "control: pid", "pid_Kp: %.3f" % r.uniform(20, 30), "pid_Ki: %.3f" % r.uniform(1, 3), "pid_Kd: %.3f" % r.uniform(60, 120), "",
         "#*# <---------------------- SAVE_CONFIG ---------------------->", "#*# DO NOT EDIT THIS BLOCK OR BELOW. The contents are auto-generated.",
         "#*#", "#*# [bed_mesh default]", "#*# version = 1", "#*# points ="]
    for _ in range(5):
        L.append("#*# \t  " + ", ".join("%.6f" % r.uniform(-0.2, 0.2) for _ in range(5)))
    L += ["#*# x_count = 5", "#*# y_count = 5", "#*# mesh_x_pps = 2", "#*# algo = bicubic"]
    return pick(r, ["printer_data/config/printer.cfg", "config/printer.cfg", "klipper_config/printer.cfg"]), J(L)


@negtpl("checksum-list", "generic", "stl_sha256")
def n_sha256sums(r):
    parts = ["frame_corner", "z_belt_clamp", "stealthburner_main_body", "cable_chain_link", "spool_holder_arm", "skirt_fan_cover",
             "gridfinity_bin_2x3", "filament_guide", "a_drive_left", "b_drive_right", "tensioner", "keycap_set"]
    L = ["# sha256 of released STL files - verify with: sha256sum -c SHA256SUMS" if r.random() < 0.5 else ""]
    for p in r.sample(parts, r.randint(5, 11)):
        L.append("%s  %s/%s.stl" % (rs(r, HEX, 64), pick(r, ["STLs", "stl", "release/stl"]), p))
    return pick(r, ["SHA256SUMS", "release/SHA256SUMS", "STLs/checksums.sha256"]), J([l for l in L if l])


@negtpl("git-lfs-pointer", "git", "lfs_oid")
def n_lfs_pointer(r):
    L = ["# git lfs ls-files --long (snapshot for the release notes)", "# pointer format: version https://git-lfs.github.com/spec/v1 / oid sha256:<hash> / size <bytes>"]
    for n in r.sample(["enclosure_door", "frame_v2", "toolhead", "lid", "skirt", "panel_clip", "spool_arm", "z_chain"], r.randint(4, 8)):
        L.append("%s * models/%s.%s" % (rs(r, HEX, 64), n, pick(r, ["stl", "3mf", "step"])))
    return pick(r, ["docs/lfs-objects.txt", "release/lfs-files.txt"]), J(L)


@negtpl("json", "npm", "lockfile_integrity")
def n_package_lock(r):
    pk = {"name": pick(r, ["farm-dashboard", "pod-worker", "spool-sync"]), "version": "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)), "lockfileVersion": 3, "requires": True, "packages": {}}
    pk["packages"][""] = {"name": pk["name"], "dependencies": {"axios": "^1.6.8", "mqtt": "^5.5.0", "express": "^4.19.2"}}
    for dep, ver in r.sample([("axios", "1.6.8"), ("mqtt", "5.5.0"), ("express", "4.19.2"), ("ws", "8.16.0"), ("debug", "4.3.4"), ("ms", "2.1.3"), ("follow-redirects", "1.15.6")], 4):
        pk["packages"]["node_modules/" + dep] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (dep, dep, ver),
                                                 "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "license": "MIT"}
    return pick(r, ["package-lock.json", "dashboard/package-lock.json"]), json.dumps(pk, indent=2) + "\n"


@negtpl("cfg", "moonraker", "pinned_commit_sha")
def n_moonraker_update_mgr(r):
    L = ["[server]", "host: 0.0.0.0", "port: 7125", "", "[authorization]", "force_logins: True", "cors_domains:", "    *.lan", "trusted_clients:", "    10.0.0.0/8", "",
         "[update_manager]", "refresh_interval: 24", "enable_auto_refresh: True", ""]
    for name, repo in r.sample([("klipper", "Klipper3d/klipper"), ("moonraker", "Arksine/moonraker"), ("crowsnest", "mainsail-crew/crowsnest"),
                                ("timelapse", "mainsail-crew/moonraker-timelapse"), ("KlipperScreen", "KlipperScreen/KlipperScreen")], 3):
        L += ["[update_manager %s]" % name, "type: git_repo", "path: ~/%s" % name, "origin: https://github.com/%s.git" % repo,
              "pinned_commit: %s" % rs(r, HEX, 40), "is_system_service: True", ""]
    return pick(r, ["printer_data/config/moonraker.conf", "config/moonraker.conf"]), J(L)


@negtpl("json", "bambulab", "device_ids")
def n_bambu_devices(r):
    devs = []
    for _ in range(r.randint(1, 4)):
        devs.append({"dev_id": bambu_serial(r), "name": pick(r, ["X1C-Lab", "P1S-Garage", "A1 mini", "P1P #2"]), "online": r.random() < 0.7,
                     "print_status": pick(r, ["ACTIVE", "SUCCESS", "FAILED", "IDLE"]), "dev_model_name": pick(r, ["BL-P001", "C12", "N1", "C11"]),
                     "dev_product_name": pick(r, ["X1 Carbon", "P1S", "A1 mini", "P1P"]), "nozzle_diameter": 0.4,
                     "dev_access_code": pick(r, ["", "********"])})
    d = {"message": "success", "code": None, "error": None, "devices": devs}
    return pick(r, ["fixtures/bambu_bind_response.json", "tests/data/devices.json", "docs/examples/devices.json"]), json.dumps(d, indent=2) + "\n"


@negtpl("json", "orcaslicer", "filament_ids")
def n_orca_filament(r):
    brand = pick(r, ["Bambu", "Polymaker", "eSUN", "Prusament", "Sunlu"])
    t = pick(r, ["PLA", "PETG", "ABS", "ASA", "PLA-CF"])
    d = {"type": "filament", "name": "%s %s @farm" % (brand, t), "inherits": "Generic %s" % t, "from": "User", "instantiation": "true",
         "filament_id": "GF%s%02d" % (pick(r, ["A", "L", "G", "B"]), r.randint(0, 99)), "setting_id": "GFSA%02d_%02d" % (r.randint(0, 99), r.randint(0, 9)),
         "filament_settings_id": ["%s %s @farm" % (brand, t)], "filament_vendor": [brand], "filament_type": [t],
         "nozzle_temperature": [str(r.randint(200, 260))], "hot_plate_temp": [str(r.randint(55, 100))], "filament_flow_ratio": ["%.2f" % r.uniform(0.92, 1.0)],
         "filament_max_volumetric_speed": [str(r.randint(8, 25))], "compatible_printers": ["Bambu Lab X1 Carbon 0.4 nozzle", "Bambu Lab P1S 0.4 nozzle"],
         "version": "1.9.0.%d" % r.randint(0, 9)}
    return "OrcaSlicer/user/default/filament/%s.json" % d["name"].replace(" ", "_").replace("@", ""), json.dumps(d, indent=4) + "\n"


@negtpl("csv", "printful", "order_ids")
def n_orders_csv(r):
    L = ["order_name,shopify_gid,printful_order_id,printful_external_id,status,tracking_number,carrier,created_at"]
    for _ in range(r.randint(6, 25)):
        on = r.randint(1001, 9999)
        L.append("#%d,gid://shopify/Order/%d,%d,%d,%s,%s,%s,%s" % (on, r.randint(5 * 10 ** 12, 6 * 10 ** 12), r.randint(10 ** 8, 2 * 10 ** 8), on,
                                                                 pick(r, ["fulfilled", "pending", "inprocess", "canceled"]),
                                                                 pick(r, ["1Z%s" % rs(r, UPP + DIG, 16), "9400%s" % rs(r, DIG, 18), ""]), pick(r, ["UPS", "USPS", "DHL"]), ts(r)))
    return pick(r, ["exports/orders_%d.csv" % r.randint(2023, 2025), "reports/printful_orders.csv", "data/orders.csv"]), J(L)


@negtpl("yaml", "generic", "mac_serial_inventory")
def n_inventory_yaml(r):
    L = ["# printer inventory - hardware ids only", "printers:"]
    for n in printer_names(r, r.randint(3, 6)):
        L += ["  - name: %s" % n, "    serial: %s" % (bambu_serial(r) if n[:1] in "xpa" else serial_prusa(r)), "    mac: \"%s\"" % mac(r),
              "    ip: %s" % ip(r), "    firmware: %d.%d.%d" % (r.randint(1, 6), r.randint(0, 12), r.randint(0, 30)),
              "    purchased: %s" % ts(r)[:10]]
    return pick(r, ["inventory/printers.yaml", "docs/hardware.yml", "assets/printers.yml"]), J(L)


@negtpl("json", "printful", "webhook_signature")
def n_webhook_fixture(r):
    d = {"headers": {"Content-Type": "application/json", "X-Shopify-Hmac-Sha256": base64.b64encode(rbytes(r, 32)).decode(),
                     "X-Shopify-Topic": "orders/paid", "X-Shopify-Shop-Domain": "%s.myshopify.com" % pick(r, ["posterwall", "inkdrop-tees"]),
                     "X-Shopify-Webhook-Id": uuid4(r), "X-Printful-Signature": rs(r, HEX, 64)},
         "body": {"type": "package_shipped", "created": r.randint(1700000000, 1760000000), "retries": 0, "store": r.randint(10 ** 7, 2 * 10 ** 7),
                  "data": {"shipment": {"id": r.randint(10 ** 7, 9 * 10 ** 7), "carrier": "USPS", "tracking_number": "9400%s" % rs(r, DIG, 18)},
                           "order": {"id": r.randint(10 ** 8, 2 * 10 ** 8), "external_id": str(r.randint(1000, 9999)), "status": "fulfilled"}}}}
    return pick(r, ["tests/fixtures/webhook_package_shipped.json", "spec/fixtures/printful_webhook.json"]), json.dumps(d, indent=2) + "\n"


@negtpl("yaml", "ansible", "vault_ciphertext")
def n_ansible_vault(r):
    L = ["octoprint_api_key: !vault |", "          $ANSIBLE_VAULT;1.1;AES256"]
    hexs = rs(r, HEX, 64 * r.randint(5, 9))
    L += ["          " + hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    L += ["octoprint_port: 5000", "cups_admin_user: printadmin"]
    return pick(r, ["ansible/group_vars/printers/vault.yml", "inventory/group_vars/printers.yml"]), J(L)


@negtpl("gettext", "octoprint", "i18n")
def n_i18n_po(r):
    lang = pick(r, [("de", "API-Schlüssel", "Zugangscode", "Passwort"), ("fr", "Clé API", "Code d'accès", "Mot de passe"),
                    ("nl", "API-sleutel", "Toegangscode", "Wachtwoord"), ("es", "Clave API", "Código de acceso", "Contraseña")])
    L = ["# Translations template for OctoPrint-FarmQueue.", "msgid \"\"", "msgstr \"\"", "\"Project-Id-Version: OctoPrint-FarmQueue 0.%d.0\\n\"" % r.randint(1, 9),
         "\"Language: %s\\n\"" % lang[0], "\"Content-Type: text/plain; charset=utf-8\\n\"", "",
         "#: octoprint_farmqueue/templates/settings.jinja2:12", "msgid \"API key\"", "msgstr \"%s\"" % lang[1], "",
         "#: octoprint_farmqueue/templates/settings.jinja2:18", "msgid \"Printer access code\"", "msgstr \"%s\"" % lang[2], "",
         "#: octoprint_farmqueue/templates/settings.jinja2:24", "msgid \"Password\"", "msgstr \"%s\"" % lang[3], "",
         "#: octoprint_farmqueue/static/js/farmqueue.js:88", "msgid \"The key is stored in config.yaml and never shown again.\"", "msgstr \"\"", ""]
    return "octoprint_farmqueue/translations/%s/LC_MESSAGES/messages.po" % lang[0], J(L)


@negtpl("json", "generic", "i18n")
def n_i18n_json(r):
    d = {"settings": {"apiKeyLabel": "OctoPrint API key", "apiKeyPlaceholder": "Paste the key from Settings > Application Keys",
                      "accessCodeLabel": "LAN access code", "accessCodeHint": "8 digits, shown on the printer under Settings > WLAN",
                      "passwordLabel": "Password", "tokenInvalid": "This token was rejected by the printer.", "showSecret": "Show",
                      "hideSecret": "Hide"}, "jobs": {"queued": "{{count}} jobs queued", "serial": "Serial number"}}
    if r.random() < 0.5:
        d["settings"]["example"] = "e.g. %s" % pick(r, ["http://octopi.local", "192.168.1.50"])
    return pick(r, ["src/locales/en.json", "public/locales/en/translation.json", "i18n/en.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@negtpl("markdown", "generic", "setup_docs_placeholders")
def n_md_docs(r):
    L = ["# Connecting your printers", "", "1. In OctoPrint open **Settings > Application Keys** and generate a key for `farmqueue`.",
         "2. Put it into `.env` (never commit the real value):", "", "```dotenv", "OCTOPRINT_URL=http://octopi.local", "OCTOPRINT_API_KEY=<your-api-key>",
         "BAMBU_ACCESS_CODE=<8-digit code from the printer screen>", "PRINTFUL_API_TOKEN=", "```", "",
         "3. For Klipper, Moonraker usually needs no key on the LAN (`trusted_clients`). If it does:", "", "```bash",
         "curl -H \"X-Api-Key: $MOONRAKER_API_KEY\" http://%s:7125/server/info" % ip(r), "```", "",
         "The dashboard reads everything from the environment; see `config.example.toml`."]
    return pick(r, ["docs/setup.md", "README.md", "docs/printers.md"]), J(L)


@negtpl("dotenv", "generic", "env_example")
def n_env_example(r):
    L = ["# copy to .env and fill in", "OCTOPRINT_URL=http://octopi.local", "OCTOPRINT_API_KEY=", "MOONRAKER_API_KEY=",
         "BAMBU_SERIAL=%s" % bambu_serial(r), "BAMBU_ACCESS_CODE=", "PRINTFUL_API_TOKEN=your-token-here", "PRINTNODE_API_KEY=changeme-in-.env",
         "TELEGRAM_BOT_TOKEN=", "TELEGRAM_CHAT_ID=%d" % r.randint(10 ** 8, 10 ** 9), "DATABASE_URL=postgres://farm:${POSTGRES_PASSWORD}@db:5432/farm",
         "LOG_LEVEL=info"]
    return pick(r, [".env.example", ".env.sample", "env.template"]), J([L[0]] + r.sample(L[1:], r.randint(6, len(L) - 1)))


@negtpl("homeassistant-yaml", "homeassistant", "secret_refs")
def n_ha_secret_refs(r):
    L = ["homeassistant:", "  name: Home", "  latitude: !secret home_latitude", "  longitude: !secret home_longitude", "", "default_config:", "",
         "octoprint: !include octoprint.yaml" if r.random() < 0.3 else "# OctoPrint is configured through the UI", "",
         "rest:", "  - resource: !secret octoprint_job_url", "    headers:", "      X-Api-Key: !secret octoprint_api_key", "    sensor:",
         "      - name: Printer progress", "        value_template: \"{{ value_json.progress.completion }}\"", "",
         "mqtt:", "  sensor:", "    - name: \"Bambu nozzle temp\"", "      state_topic: \"device/%s/report\"" % bambu_serial(r),
         "      value_template: \"{{ value_json.print.nozzle_temper }}\"", "", "telegram_bot:", "  - platform: polling", "    api_key: !secret telegram_bot_token",
         "    allowed_chat_ids:", "      - %d" % r.randint(10 ** 8, 10 ** 9)]
    return pick(r, ["homeassistant/configuration.yaml", "config/configuration.yaml"]), J(L)


@negtpl("github-workflow", "github", "secret_refs")
def n_gha_refs(r):
    L = ["name: Upload G-code", "on:", "  workflow_dispatch:", "    inputs:", "      file:", "        required: true", "jobs:", "  upload:", "    runs-on: self-hosted",
         "    steps:", "      - uses: actions/checkout@v4", "      - name: Upload to OctoPrint", "        env:", "          OCTOPRINT_API_KEY: ${{ secrets.OCTOPRINT_API_KEY }}",
         "          PRINTER: ${{ vars.PRINTER_HOST }}", "        run: |", "          curl -fsS -H \"X-Api-Key: ${OCTOPRINT_API_KEY}\" \\",
         "            -F \"file=@${{ inputs.file }}\" \"http://${PRINTER}/api/files/local\"", "      - name: Notify",
         "        uses: appleboy/telegram-action@v%d.%d.%d" % (r.randint(0, 1), r.randint(0, 1), r.randint(0, 9)), "        with:",
         "          to: ${{ secrets.TELEGRAM_CHAT }}", "          token: ${{ secrets.TELEGRAM_TOKEN }}", "          message: uploaded ${{ inputs.file }}"]
    return ".github/workflows/%s.yml" % pick(r, ["upload", "print", "notify"]), J(L)


@negtpl("python", "generic", "checksum_test_vectors")
def n_py_test_vectors(r):
    L = ['"""Tests for the G-code line checksum and file digest helpers."""', "import hashlib", "", "from farmqueue.gcode import line_checksum, numbered", "", "",
         "def test_marlin_checksum():", "    # reference values from the RepRap wiki examples", "    assert line_checksum(\"N1 G28\") == %d" % r.randint(0, 127),
         "    assert numbered(3, \"M105\").startswith(\"N3 M105*\")", "", "",
         "def test_md5_of_empty_file():", "    assert hashlib.md5(b\"\").hexdigest() == \"d41d8cd98f00b204e9800998ecf8427e\"", "", "",
         "def test_sha256_vector():", "    assert hashlib.sha256(b\"abc\").hexdigest() == (", "        \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"", "    )", "", "",
         "def test_job_id_format():", "    job_id = \"%s\"" % uuid4(r), "    assert len(job_id) == 36"]
    return pick(r, ["tests/test_gcode.py", "tests/test_checksums.py"]), J(L)


@negtpl("powershell", "windows", "prompted_credentials")
def n_ps1_prompt(r):
    L = ["param([string]$Server = '%s')" % pick(r, ["PRINT01", "prn-srv01"]), "", "# credentials are prompted for, never stored",
         "$cred = Get-Credential -Message 'Print server admin'", "$smtp = Read-Host -AsSecureString -Prompt 'Scan-to-email relay password'", "",
         "$session = New-CimSession -ComputerName $Server -Credential $cred", "Get-Printer -CimSession $session | ForEach-Object {",
         "    [pscustomobject]@{ Name = $_.Name; Port = $_.PortName; Driver = $_.DriverName; Jobs = (Get-PrintJob -CimSession $session -PrinterName $_.Name).Count }",
         "} | Export-Csv -NoTypeInformation -Path \"printers-$(Get-Date -Format yyyyMMdd).csv\"", "",
         "Set-Content -Path .\\smtp.xml -Value ($smtp | ConvertFrom-SecureString)  # DPAPI, only readable by this user on this host",
         "Remove-CimSession $session"]
    return pick(r, ["scripts/Export-PrinterReport.ps1", "printserver/Get-Queues.ps1"]), J(L)


@negtpl("cups-conf", "cups_ipp", "uuid_device_uri")
def n_cups_clean(r):
    L = ["# Printer configuration file for CUPS v2.4.%d" % r.randint(2, 7), "# Written by cupsd", "NextPrinterId %d" % r.randint(2, 9)]
    for n in r.sample(["Office_Laser", "Label_Zebra", "Lab_Color", "Plotter_A0"], 2):
        L += ["<Printer %s>" % n, "UUID urn:uuid:%s" % uuid4(r), "Info %s" % n.replace("_", " "), "MakeModel Generic IPP Everywhere Printer",
              "DeviceURI %s" % pick(r, ["ipp://%s/ipp/print" % ip(r), "dnssd://HP%%20LaserJet%%20MFP%%20M234sdw%%20(%s)._ipp._tcp.local/?uuid=%s" % (rs(r, HEXU, 6), uuid4(r)),
                                         "socket://%s:9100" % ip(r), "usb://Zebra%%20Technologies/ZTC%%20ZD421-203dpi%%20ZPL?serial=%s" % rs(r, UPP + DIG, 12)]),
              "State Idle", "Accepting Yes", "Shared No", "AuthInfoRequired none", "</Printer>"]
    return pick(r, ["etc/cups/printers.conf", "cups/printers.conf"]), J(L)


@negtpl("docker-compose", "generic", "env_refs")
def n_compose_refs(r):
    L = ["services:", "  octoprint:", "    image: octoprint/octoprint:%s" % pick(r, ["latest", "1.10.2", "minimal"]), "    restart: unless-stopped",
         "    ports:", "      - \"80:80\"", "    devices:", "      - /dev/ttyACM0:/dev/ttyACM0", "    volumes:", "      - octoprint:/octoprint",
         "  farmqueue:", "    image: ghcr.io/makerhub/farmqueue:%s" % pick(r, ["main", "0.4.1"]), "    env_file: .env", "    environment:",
         "      OCTOPRINT_API_KEY: ${OCTOPRINT_API_KEY:?set in .env}", "      DATABASE_URL: postgres://farm:${POSTGRES_PASSWORD}@db/farm",
         "    secrets:", "      - printful_token", "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
         "    secrets:", "      - pg_password", "secrets:", "  printful_token:", "    file: ./secrets/printful_token.txt", "  pg_password:", "    file: ./secrets/pg_password.txt",
         "volumes:", "  octoprint:"]
    return pick(r, ["docker-compose.yml", "compose.yaml"]), J(L)


@negtpl("json", "thingiverse", "thing_metadata")
def n_thing_meta(r):
    tid = r.randint(10 ** 6, 7 * 10 ** 6)
    d = {"id": tid, "name": pick(r, ["Parametric spool holder", "Gridfinity baseplate", "Cable clip remix", "Filament swatch"]),
         "public_url": "https://www.thingiverse.com/thing:%d" % tid, "creator": {"id": r.randint(10 ** 5, 10 ** 7), "name": pick(r, ["makerhub", "benchyfan"])},
         "license": "Creative Commons - Attribution", "files": []}
    for _ in range(r.randint(1, 4)):
        fid = r.randint(10 ** 7, 2 * 10 ** 7)
        d["files"].append({"id": fid, "name": "%s.stl" % pick(r, ["part_a", "part_b", "base", "lid"]), "size": r.randint(10 ** 4, 10 ** 7),
                           "md5": rs(r, HEX, 32), "download_url": "https://www.thingiverse.com/download:%d" % fid})
    return pick(r, ["content/things/%d.json" % tid, "data/thingiverse/%d.json" % tid]), json.dumps(d, indent=2) + "\n"


@negtpl("json", "printify", "product_ids")
def n_printify_product(r):
    d = {"id": rs(r, HEX, 24), "title": pick(r, ["Benchy Tee", "Layer Lines Mug", "Nozzle Hoodie"]), "blueprint_id": r.randint(5, 1500),
         "print_provider_id": r.randint(1, 100), "shop_id": r.randint(10 ** 6, 2 * 10 ** 7), "variants": [], "images": []}
    for _ in range(r.randint(2, 4)):
        d["variants"].append({"id": r.randint(10000, 99999), "sku": "%d%d" % (r.randint(10 ** 9, 10 ** 10), r.randint(100, 999)), "price": r.randint(1500, 4500), "is_enabled": True})
    d["images"].append({"src": "https://images-api.printify.com/mockup/%s/%d/%d/benchy-tee.jpg" % (rs(r, HEX, 24), r.randint(10000, 99999), r.randint(1000, 99999)), "is_default": True})
    return pick(r, ["catalog/printify/%s.json" % d["id"], "data/products/%s.json" % d["id"]]), json.dumps(d, indent=2) + "\n"


@negtpl("json", "gelato", "order_uuids")
def n_gelato_order(r):
    d = {"id": uuid4(r), "orderReferenceId": "shop-%d" % r.randint(1000, 9999), "customerReferenceId": uuid4(r), "fulfillmentStatus": pick(r, ["printed", "shipped", "created"]),
         "currency": "EUR", "items": [{"id": uuid4(r), "itemReferenceId": "li-%d" % r.randint(1, 999),
                                        "productUid": "flat_a3_170-gsm-65lb-uncoated_4-0_ver", "quantity": r.randint(1, 5)}],
         "shipment": {"id": uuid4(r), "shipmentMethodUid": "normal", "trackingCode": rs(r, UPP + DIG, 14)}}
    return pick(r, ["tests/fixtures/gelato_order.json", "docs/samples/gelato-order.json"]), json.dumps(d, indent=2) + "\n"


@negtpl("nginx", "octoprint", "header_passthrough")
def n_nginx(r):
    host = pick(r, ["octopi.farm.example.com", "print.lab.example.org"])
    L = ["server {", "    listen 443 ssl http2;", "    server_name %s;" % host, "", "    ssl_certificate     /etc/letsencrypt/live/%s/fullchain.pem;" % host,
         "    ssl_certificate_key /etc/letsencrypt/live/%s/privkey.pem;" % host, "", "    client_max_body_size 0;", "", "    location / {",
         "        proxy_pass http://%s:5000/;" % ip(r), "        proxy_set_header Host $http_host;", "        proxy_set_header Upgrade $http_upgrade;",
         "        proxy_set_header Connection \"upgrade\";", "        proxy_set_header X-Api-Key $http_x_api_key;", "        proxy_set_header X-Real-IP $remote_addr;",
         "        proxy_set_header X-Scheme $scheme;", "    }", "", "    location /webcam/ {", "        proxy_pass http://%s:8080/;" % ip(r), "    }", "}"]
    return pick(r, ["nginx/octoprint.conf", "deploy/nginx/sites-available/octoprint"]), J(L)


@negtpl("python", "generic", "masked_values")
def n_py_mask(r):
    ex = rs(r, HEXU, 4)
    L = ['"""Helpers for printing config without leaking credentials."""', "", "SENSITIVE = {\"api_key\", \"token\", \"password\", \"access_code\", \"auth_token\"}", "", "",
         "def mask(value: str, keep: int = 4) -> str:", "    if not value:", "        return \"\"", "    return value[:keep] + \"*\" * max(0, len(value) - keep)", "", "",
         "def redact(cfg: dict) -> dict:", "    return {k: (mask(v) if k in SENSITIVE else v) for k, v in cfg.items()}", "", "",
         "# >>> redact({\"api_key\": \"...\", \"host\": \"octopi.local\"})", "# {'api_key': '%s%s', 'host': 'octopi.local'}" % (ex, "*" * 28),
         "# >>> mask(\"\")", "# ''"]
    return pick(r, ["farmqueue/redact.py", "src/util/masking.py"]), J(L)


@negtpl("ini", "prusaslicer", "print_profile")
def n_prusaslicer_profile(r):
    L = ["# generated by PrusaSlicer 2.%d.%d on %s" % (r.randint(6, 8), r.randint(0, 2), ts(r)[:10]), "bed_shape = 0x0,250x0,250x210,0x210",
         "compatible_printers_condition = printer_notes=~/.*PRINTER_VENDOR_PRUSA3D.*/ and nozzle_diameter[0]==0.4", "extrusion_width = 0.45", "fill_density = %d%%" % r.choice([10, 15, 20, 40]),
         "fill_pattern = %s" % pick(r, ["gyroid", "grid", "cubic"]), "first_layer_height = 0.2", "layer_height = %.2f" % r.choice([0.1, 0.15, 0.2, 0.25]),
         "host_type = prusalink", "print_host = ", "printhost_apikey = ", "printhost_password = ", "printhost_user = ",
         "output_filename_format = {input_filename_base}_{nozzle_diameter[0]}n_{layer_height}mm_{printing_filament_types}_{printer_model}_{print_time}.gcode",
         "perimeters = %d" % r.randint(2, 4), "post_process = \"/usr/local/bin/farm-upload\"", "print_settings_id = 0.20mm QUALITY @MK4IS 0.4", "skirts = 1", "thumbnails = 16x16/QOI, 313x173/QOI, 440x240/QOI"]
    return pick(r, ["profiles/print/0.20mm_QUALITY_farm.ini", "PrusaSlicer/print/farm-quality.ini"]), J(L)


@negtpl("c-header", "marlin", "machine_uuid")
def n_marlin(r):
    L = ["#pragma once", "", "#define CONFIGURATION_H_VERSION 02010300", "", "#define STRING_CONFIG_H_AUTHOR \"(%s, farm build)\"" % pick(r, ["jdoe", "makerhub"]),
         "#define CUSTOM_MACHINE_NAME \"%s\"" % pick(r, ["Ender-3 Farm", "CR-10 Lab"]), "#define MACHINE_UUID \"%s\"" % uuid4(r), "",
         "#define SERIAL_PORT 0", "#define BAUDRATE 115200", "#define EXTRUDERS 1", "#define DEFAULT_NOMINAL_FILAMENT_DIA 1.75", "",
         "#define TEMP_SENSOR_0 1", "#define TEMP_SENSOR_BED 1", "#define HEATER_0_MAXTEMP 275", "#define BED_MAXTEMP 125", "",
         "#define DEFAULT_Kp %.2f" % r.uniform(20, 30), "#define DEFAULT_Ki %.2f" % r.uniform(1, 3), "#define DEFAULT_Kd %.2f" % r.uniform(60, 120), "",
         "#define DEFAULT_AXIS_STEPS_PER_UNIT   { 80, 80, 400, %.2f }" % r.uniform(93, 420), "#define PASSWORD_FEATURE_DISABLED  // we do not use the LCD lock"]
    return pick(r, ["Marlin/Configuration.h", "firmware/Marlin/Configuration.h"]), J(L)


@negtpl("typescript", "generic", "typed_config_env")
def n_ts_config(r):
    L = ["import { z } from 'zod';", "", "const Env = z.object({", "  OCTOPRINT_URL: z.string().url(),", "  OCTOPRINT_API_KEY: z.string().min(32),",
         "  PRINTFUL_API_TOKEN: z.string().optional(),", "  BAMBU_ACCESS_CODE: z.string().length(8).optional(),", "});", "",
         "export const env = Env.parse(process.env);", "", "export interface PrinterConfig {", "  name: string;", "  host: string;", "  apiKey: string; // filled from env at runtime", "}", "",
         "export const printers: PrinterConfig[] = [", "  { name: '%s', host: '%s', apiKey: env.OCTOPRINT_API_KEY }," % (pick(r, printer_names(r, 1)), ip(r)), "];"]
    return pick(r, ["src/config.ts", "app/env.ts"]), J(L)


@negtpl("dnsmasq-conf", "generic", "mac_reservations")
def n_dhcp(r):
    L = ["# static leases for the print farm VLAN", "domain=farm.lan", "dhcp-range=%s.100,%s.199,12h" % ((ip(r).rsplit(".", 1)[0],) * 2)]
    for n in printer_names(r, r.randint(3, 7)):
        L.append("dhcp-host=%s,%s,%s" % (mac(r).lower(), n, ip(r)))
    return pick(r, ["network/dnsmasq.d/printers.conf", "router/dnsmasq-printers.conf"]), J(L)


@negtpl("xml", "hp", "masked_export")
def n_device_xml_masked(r):
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<DeviceConfiguration model=\"%s\">" % pick(r, ["HP LaserJet Enterprise M611", "ECOSYS M3655idn", "Xerox VersaLink C405"]),
         "  <Security>", "    <AdminUser>admin</AdminUser>", "    <AdminPassword set=\"true\">%s</AdminPassword>" % pick(r, ["********", "", "[not exported]"]),
         "  </Security>", "  <ScanToEmail>", "    <SMTPServer>smtp.office365.com</SMTPServer>", "    <UserName>scanner@contoso-print.com</UserName>",
         "    <Password exported=\"false\"/>", "  </ScanToEmail>", "  <Identity>", "    <SerialNumber>%s</SerialNumber>" % rs(r, UPP + DIG, 10),
         "    <MACAddress>%s</MACAddress>" % mac(r), "    <UUID>%s</UUID>" % uuid4(r), "  </Identity>", "</DeviceConfiguration>"]
    return pick(r, ["printers/exports/%s.xml" % rs(r, LOW + DIG, 8), "mfp/export.xml"]), J(L)


@negtpl("markdown", "generic", "changelog_shas")
def n_changelog(r):
    L = ["# Changelog", ""]
    for v in range(r.randint(3, 6), 0, -1):
        L += ["## v0.%d.0 (%s)" % (v, ts(r)[:10]), ""]
        for _ in range(r.randint(2, 4)):
            L.append("- %s (%s)" % (pick(r, ["fix Moonraker reconnect loop", "add Bambu P1S support", "mask keys in logs", "upload via PrusaLink",
                                                "queue jobs by filament", "Printful webhook retries"]), rs(r, HEX, pick(r, [7, 40]))))
        L.append("")
    return "CHANGELOG.md", J(L)


@negtpl("properties", "papercut", "embedded_db")
def n_papercut_clean(r):
    L = ["### PaperCut Application Server configuration ###", "server.port=9191", "server.ssl.port=9192", "database.type=Internal",
         "# database.password is set with: server-command set-config database.password", "database.username=", "database.password=",
         "server.ssl.keystore=custom/my-ssl-keystore", "server.ssl.keystore-password=${KEYSTORE_PASSWORD}", "print.watermark.enabled=Y",
         "printer.%s.cost=%.2f" % (pick(r, ["hq-color", "lab-bw"]), r.uniform(0.03, 0.2))]
    return pick(r, ["papercut/server.properties", "server/server.properties"]), J(L)


# ============================================================================================
# DRIVER
# ============================================================================================

def _balanced_key(r, keys, usage):
    m = min(usage.get(k, 0) for k in keys)
    cands = [k for k in keys if usage.get(k, 0) == m]
    k = pick(r, cands)
    usage[k] = usage.get(k, 0) + 1
    return k


def _schedule(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def build(seed):
    r = random.Random(seed)
    files = []      # (relpath under OUTDIR, text)
    manifest = []
    secrets = []
    usage = {}

    # ---- positives
    sched = _schedule(r, range(len(POS_TEMPLATES)), N_POS)
    for i, ti in enumerate(sched):
        name, f, ft, keys = POS_TEMPLATES[ti]
        key = _balanced_key(r, keys, usage)
        ob = r.random() < 0.5
        for attempt in range(50):
            sub = random.Random(r.getrandbits(64))
            S = Slot(sub, "pos", key)
            path, text = f(sub, S, ob)
            if text.count(S.value) == 1 and "\r" not in text:
                break
        else:
            raise RuntimeError("could not place needle for %s" % name)
        line = text[:text.index(S.value)].count("\n") + 1
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": S.provider, "kind": S.kind, "filetype": ft, "template": name})
        secrets.append({"file": rel, "needle": S.value, "line": line})

    # ---- negatives: half re-used templates, half domain look-alikes
    n_reuse = N_NEG // 2
    sched = _schedule(r, range(len(POS_TEMPLATES)), n_reuse)
    neg_items = []
    for ti in sched:
        neg_items.append(("reuse", ti))
    for ti in _schedule(r, range(len(NEG_TEMPLATES)), N_NEG - n_reuse):
        neg_items.append(("domain", ti))
    r.shuffle(neg_items)
    nusage = {}
    for i, (how, ti) in enumerate(neg_items):
        sub = random.Random(r.getrandbits(64))
        if how == "reuse":
            name, f, ft, keys = POS_TEMPLATES[ti]
            key = _balanced_key(r, keys, nusage)
            S = Slot(sub, "neg", key)
            path, text = f(sub, S, r.random() < 0.5)
            prov, kind = S.provider, "decoy_" + S.kind
            if ft == "python" and ("os.environ" in text or "os.getenv" in text) and "import os" not in text:
                tl = text.split("\n")
                at = next((j for j, l in enumerate(tl) if l.startswith("import ")), 0)
                tl.insert(at, "import os")
                text = "\n".join(tl)
        else:
            name, f, ft, prov, kind = NEG_TEMPLATES[ti]
            path, text = f(sub)
        rel = "neg/n%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})
    return files, manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dm.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    files, manifest, secrets = build(seed)
    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
