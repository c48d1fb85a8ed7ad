#!/usr/bin/env python3
"""gen_ep.py - blind evaluation-set generator for keyhook: online communities,
forums and comment systems.

EMPHASIS
  Credentials that community operators commit by accident: Discourse (global API
  keys, User API keys, DiscourseConnect secret, app.yml SMTP/DB/S3 secrets,
  discourse.conf), Flarum (API keys, config.php), NodeBB (config.json secret,
  Mongo/Postgres/Redis passwords, API bearer tokens), phpBB and XenForo config.php,
  Vanilla Forums (API v2 access tokens, conf/config.php), Circle.so, Mighty
  Networks, Khoros (OAuth client secret), Disqus (secret key; the public key sits
  next to it), Commento (COMMENTO_POSTGRES URL), Remark42 (SECRET, ADMIN_PASSWD,
  GitHub OAuth secret), Lemmy (lemmy.hjson db / pict-rs / admin / smtp), Mastodon
  (SECRET_KEY_BASE, OTP_SECRET, VAPID private key, AR encryption key, DB_PASS,
  app access tokens), Matrix/Synapse (registration_shared_secret, macaroon and
  form secrets, TURN secret, db/smtp passwords, syt_ access tokens, signing key
  file), Zulip bot API keys (zuliprc), Rocket.Chat (personal access token with
  X-User-Id, incoming webhook URL, ADMIN_PASS), Discord bot tokens and webhook
  URLs, Akismet keys; plus the cloud / db credentials these projects carry (AWS
  S3 keys, SendGrid, Mailgun, Stripe live keys, Google/GitHub OAuth secrets,
  reCAPTCHA/hCaptcha secrets, Postgres and Redis passwords).
  About 60 templates: Discourse app.yml, phpBB/XenForo/Flarum/Vanilla config.php,
  NodeBB config.json, homeserver.yaml, lemmy.hjson, .env.production, zuliprc,
  signing keys, Python/JS/TS/Ruby/Go/Java/PHP/shell code, .env, docker-compose,
  k8s Secrets, Helm values, Ansible vars, GitHub workflows, systemd units,
  Dockerfiles, tfvars, INI/TOML/properties, nginx, .http files, SQL settings
  dumps, admin CSV exports, runbooks/READMEs. Files are 5-80 lines except the
  Synapse signing-key file, which is one line as in real deployments.

USAGE
  python3 gen_ep.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
  random.Random(SEED); no clock, no os.urandom, no set-order dependence).
  GEN_EP_STATS=1 prints per-template counts to stderr.

NEEDLE CONVENTIONS
  - The needle is the secret exactly as written in the file, without quotes.
  - URL-shaped credentials: the needle is only the secret part: the password in
    postgres://user:PASSWORD@host/db (Commento), the token after the id in
    Discord (/api/webhooks/<id>/<TOKEN>) and Rocket.Chat (/hooks/<id>/<TOKEN>)
    webhook URLs.
  - Header values: the needle excludes the scheme ("Bearer ", "Token ", "Bot ").
  - id/secret pairs (AWS key id, Disqus public key, Rocket.Chat X-User-Id, Google
    / GitHub / Khoros client ids, reCAPTCHA site key): the needle is the secret
    half; the public half may be in the same file.
  - Synapse signing key file "ed25519 a_XXXX <seed>": the needle is the base64 seed.
  - line = 1-based line of the needle's first occurrence.
  - manifest "kind" for negatives is "lookalike:<what>" (placeholder,
    env_reference, masked, empty, secret_store_ref, documented_example, or the
    domain look-alike named below).

NEGATIVES
  Half re-use the positive templates with the secret slot holding: env / secret
  manager references (os.environ, process.env, ENV.fetch, getenv, ${VAR},
  ${{ secrets.X }}, {{ vault_x }}, Vault/1Password/AWS SM/GCP SM/Key Vault refs),
  placeholders (<api-key>, changeme, YOUR_KEY_HERE, xxxx..., ...), masked or
  redacted values (********, [FILTERED], first4****last4), empty values, and
  self-evident documentation examples (AKIAIOSFODNN7EXAMPLE / ...EXAMPLEKEY,
  hCaptcha all-zero test secret). URL slots keep the URL with a placeholder.
  The other half are domain look-alikes: Discourse topic JSON (topic/post/user
  ids, slugs, avatar templates), saved HTML with CSRF tokens, Disqus embed
  (shortname) and Disqus public-key widgets, Hugo config with shortnames, Matrix
  room/event ids, federation server keys (public ed25519 keys + signatures),
  homeserver.yaml using *_path secrets, Mastodon status-id CSV, ActivityPub actor
  public keys (PEM), Discord snowflakes + application public key, phpBB and
  Discourse i18n strings, user CSV with avatar hashes, site-settings SQL with
  blank secrets, package-lock integrity hashes, CHANGELOG commit SHAs, Ansible
  Vault and SOPS ciphertext, a fixtures file of provider documentation examples,
  README placeholders, Zulip message export, Rocket.Chat message ids,
  reCAPTCHA/hCaptcha site keys in forms, VAPID public key, nginx header
  pass-through, recorded webhook signature headers.

DOUBTS
  Formats written from memory (not confirmed in the providers' docs this session):
  - Vanilla API v2 token "va.<32>.<6>.<7>" (base64url): shape from memory.
  - Circle.so admin token (24 alnum, "Authorization: Token"), Mighty Networks
    token (40 alnum, Bearer): lengths guessed.
  - Khoros OAuth client id/secret as base64 of 24/32 bytes: guessed.
  - XenForo API key as 32 base64url chars ("XF-Api-Key" header): length from memory.
  - Discourse User API key as 32 hex: from memory; global API key 64 hex.
  - Synapse syt_ token: "syt_" + unpadded base64(localpart) + "_" + 20 letters +
    "_" + base62(crc32) of width 6; base62 alphabet order guessed (0-9A-Za-z).
    Synapse generated secrets: 50 chars of letters/digits/symbols (symbol set
    trimmed here to avoid shell/YAML hazards).
  - Discord bot token = base64(user id) . 6 chars . 27 or 38 chars (base64url);
    webhook token 68 base64url chars.
  - Rocket.Chat: user id 17 chars from Meteor's "unmistakable" alphabet, PAT 43
    chars, webhook token 48 chars: from memory (the 17/43 lengths match the
    docs' header example).
  - Akismet key as 12 lowercase hex chars; Stripe key bodies; reCAPTCHA key
    layout ("6L" + 38, shared 13-char prefix between site and secret key);
    hCaptcha secret "0x" + 40 hex; Mastodon access token 43 base64url chars.
  - NodeBB "secret" and API tokens are UUIDv4: from memory.
  - The *_path options in the negative homeserver.yaml (macaroon_secret_key_path,
    form_secret_path) may not exist in every Synapse version.
  Labels a reviewer might dispute:
  - Negatives holding placeholder passwords such as "changeme" or
    "not-a-real-password": labelled as placeholders, but some reviewers treat a
    committed default password as a finding.
  - The documentation-examples fixture (Disqus signing example
    88bb61a4.../fca519c9..., Rocket.Chat header example, Google reCAPTCHA test
    keys, AWS EXAMPLE keys): labelled negative because they are published as
    examples; they look random.
  - CSRF tokens in saved HTML and the Discord application public key (64 hex)
    are labelled negative.
  - NodeBB "secret" (a UUID) and Remark42 SECRET are labelled positive: they sign
    sessions/JWTs even though the former looks like an id.
  - Positives under very neutral names (e.g. UPSTREAM_CFG holding a 12-hex
    Akismet key) are meant to be hard; a reviewer would still flag them.

SEARCHES
  docs/pages corpora: Synapse access-token format (nothing useful); Discourse
  Api-Key / Api-Username headers (discourse_api gem commit, n8n docs, discgolf
  docs, Discourse User API keys spec); Disqus public/secret key (disqus.com API
  auth + signing docs: example secret/public key and signature); Synapse
  registration_shared_secret (Synapse admin register API docs); Vanilla API v2
  auth (docs.vanillaforums.com: Bearer token, no token format shown;
  developer.rocket.chat example X-User-Id / X-Auth-Token); Zulip zuliprc / API
  keys (zulip.com docs; zulip-node README "your_32_character_api_key"); Flarum
  API keys (flarum/framework ApiKey.php: Str::random(40); Flarum API docs
  example token); Mastodon .env.production (mastodon .env.test, Mastodon docker
  docs). No secret-scanner rule code, regexes or detector pages were shown.
"""

import base64
import json
import os
import random
import string
import sys
import zlib

# ---------------------------------------------------------------------------
# alphabets and low-level random helpers (all randomness from one Random)
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = UPPER + "234567"
# Meteor "unmistakable" characters (Rocket.Chat ids)
UNMIST = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"
# symbols used by Synapse-style generated secrets (minus shell/yaml hazards)
SYN_SYM = ".,;:^-_+=~@"


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64_nopad(b):
    return base64.b64encode(b).decode().rstrip("=")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def snowflake(r):
    return str(r.randint(700000000000000000, 1299999999999999999))


def uuid4(r):
    return "%s-%s-4%s-%s%s-%s" % (rs(r, 8, HEXL), rs(r, 4, HEXL), rs(r, 3, HEXL),
                                  pick(r, "89ab"), rs(r, 3, HEXL), rs(r, 12, HEXL))


def base62(n, minwidth=6):
    alpha = DIGITS + UPPER + LOWER
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = alpha[m] + out
    return out.rjust(minwidth, "0")


WORDS = ["maple", "otter", "copper", "harbor", "falcon", "winter", "summer", "tiger",
         "lemon", "violet", "river", "nebula", "pixel", "rocket", "marble", "cobalt",
         "orchid", "zephyr", "willow", "badger", "sparrow", "quartz", "tundra", "cactus",
         "mango", "juniper", "saffron", "granite", "meadow", "lantern", "pepper", "walrus"]
PW_SYM = "!%*+-_.=~^"


def g_password(r):
    """A realistic human or pwgen-style password (no $ ' \" \\ # @ : / ?)."""
    s = r.randrange(6)
    if s == 0:
        return pick(r, WORDS).capitalize() + str(r.randint(1995, 2025)) + pick(r, "!.*+")
    if s == 1:
        return "-".join([pick(r, WORDS), pick(r, WORDS), str(r.randint(10, 99))])
    if s == 2:
        w = pick(r, WORDS) + pick(r, WORDS).capitalize()
        w = w.replace("o", "0").replace("e", "3").replace("a", "4")
        return w + pick(r, "!%*^") + str(r.randint(1, 99))
    if s == 3:
        return rs(r, r.randint(14, 24), ALNUM)
    if s == 4:
        return rs(r, 4, ALNUM) + pick(r, PW_SYM) + rs(r, 6, ALNUM) + pick(r, PW_SYM) + rs(r, 5, ALNUM)
    return pick(r, WORDS).capitalize() + pick(r, "_.") + pick(r, WORDS) + str(r.randint(100, 9999))


# ---------------------------------------------------------------------------
# credential generators (formats: see DOUBTS in the header)
# ---------------------------------------------------------------------------
def g_hex64(r):
    return rs(r, 64, HEXL)


def g_hex32(r):
    return rs(r, 32, HEXL)


def g_sso_secret(r):
    s = r.randrange(3)
    if s == 0:
        return rs(r, 64, HEXL)
    if s == 1:
        return rs(r, r.randint(24, 40), ALNUM)
    return b64_nopad(rbytes(r, r.choice([24, 32]))).replace("/", "_").replace("+", "-")


def g_flarum(r):
    return rs(r, 40, ALNUM)


def g_vanilla(r):
    return "va.%s.%s.%s" % (rs(r, 32, B64URL), rs(r, 6, B64URL), rs(r, 7, B64URL))


def g_circle(r):
    return rs(r, 24, ALNUM)


def g_mighty(r):
    return rs(r, 40, ALNUM)


def g_khoros(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_disqus(r):
    return rs(r, 64, ALNUM)


def g_gh_oauth(r):
    return rs(r, 40, HEXL)


def g_remark(r):
    return rs(r, r.randint(28, 48), ALNUM)


def g_hex128(r):
    return rs(r, 128, HEXL)


def g_vapid_priv(r):
    return base64.urlsafe_b64encode(rbytes(r, 32)).decode()


def g_b64u43(r):
    return rs(r, 43, B64URL)


def g_ar_key(r):
    return rs(r, 32, ALNUM)


def g_syn_secret(r):
    return rs(r, 50, ALNUM + SYN_SYM)


def g_syt(r):
    local = pick(r, ["admin", "bridgebot", "modbot", "welcome", "announce", "ops", "mjolnir",
                     "hookshot", "maubot", "stats"])
    base = "syt_%s_%s" % (b64_nopad(local.encode()), rs(r, 20, UPPER + LOWER))
    return base + "_" + base62(zlib.crc32(base.encode()) & 0xFFFFFFFF)


def g_signing_key(r):
    return "ed25519 a_%s %s" % (rs(r, 4, ALNUM), b64_nopad(rbytes(r, 32)))


def g_zulip(r):
    return rs(r, 32, ALNUM)


def g_rc_id(r):
    return rs(r, 17, UNMIST)


def g_rc_token(r):
    return rs(r, 43, B64URL)


def g_rc_hook(r):
    return rs(r, 48, UNMIST)


def g_discord_bot(r):
    uid = snowflake(r)
    return "%s.%s.%s" % (b64_nopad(uid.encode()), rs(r, 6, B64URL),
                         rs(r, pick(r, [27, 38]), B64URL))


def g_discord_hook(r):
    return rs(r, 68, B64URL)


def g_akismet(r):
    return rs(r, 12, HEXL)


def g_aws_id(r):
    return "AKIA" + rs(r, 16, B32)


def g_aws_secret(r):
    return rs(r, 40, B64STD)


def g_sendgrid(r):
    return "SG.%s.%s" % (rs(r, 22, B64URL), rs(r, 43, B64URL))


def g_mailgun(r):
    return "key-" + rs(r, 32, HEXL)


def g_stripe(r):
    return "sk_live_" + pick(r, ["51", "4e"]) + rs(r, pick(r, [22, 97]), ALNUM)


def g_google_secret(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_recaptcha(r):
    return "6L" + pick(r, "cdef") + rs(r, 5, ALNUM) + "AAAAA" + rs(r, 27, B64URL)


def g_hcaptcha(r):
    return "0x" + rs(r, 40, HEXL)


def g_vanilla_salt(r):
    return rs(r, 10, UPPER + DIGITS)


def g_nodebb_secret(r):
    return uuid4(r)


# ---------------------------------------------------------------------------
# names, value rendering, per-file context
# ---------------------------------------------------------------------------
def nm(words, style):
    if style == "S":
        return "_".join(w.upper() for w in words)
    if style == "s":
        return "_".join(words)
    if style == "c":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "P":
        return "".join(w.capitalize() for w in words)
    if style == "k":
        return "-".join(words)
    if style == "d":
        return ".".join(words)
    return "_".join(words)


class Ref(object):
    """A reference to a value held elsewhere (environment / secret store)."""

    def __init__(self, name):
        self.name = name


def L(v, lang, q='"'):
    """Render a slot value for a language: quoted literal or env lookup."""
    if isinstance(v, Ref):
        n = v.name
        table = {
            "py": 'os.environ["%s"]' % n, "py2": 'os.getenv("%s")' % n,
            "js": "process.env.%s" % n, "rb": 'ENV.fetch("%s")' % n,
            "php": "getenv('%s')" % n, "go": 'os.Getenv("%s")' % n,
            "java": 'System.getenv("%s")' % n, "sh": '"${%s}"' % n,
            "env": "${%s}" % n, "yaml": '"${%s}"' % n, "json": '"${%s}"' % n,
            "toml": '"${%s}"' % n, "ini": "${%s}" % n, "hcl": "var.%s" % n.lower(),
            "props": "${%s}" % n, "ansible": '"{{ vault_%s }}"' % n.lower(),
            "k8s": '"${%s}"' % n, "hjson": '"${%s}"' % n, "systemd": "${%s}" % n,
            "http": "{{%s}}" % n.lower(), "md": "$%s" % n, "docker": "${%s}" % n,
            "gha": "${{ secrets.%s }}" % n, "helm": '"{{ .Values.secrets.%s }}"' % n.lower(),
        }
        return table.get(lang, "${%s}" % n)
    if q is None:
        return v
    return q + v + q


def CAT(prefix, v, lang, q='"'):
    """Header value expression: prefix + value (prefix like 'Bearer ')."""
    if not prefix:
        return L(v, lang, q)
    if isinstance(v, Ref):
        op = {"php": " . ", "sh": ""}.get(lang, " + ")
        if lang == "sh":
            return '"%s${%s}"' % (prefix, v.name)
        return q + prefix + q + op + L(v, lang, q)
    return q + prefix + v + q


ORGS = ["rustaceans", "birdwatch", "openmaps", "tinkerers", "quiltguild", "devcircle",
        "homelab", "ferrytales", "astroclub", "boardgamers", "makerspace", "pyladies-nl",
        "retrocomputing", "gardenshare", "bikepacking", "ham-radio", "linuxfr", "photowalk",
        "indiegamedev", "opensci", "localfood", "chessnuts", "kiteboard", "woodturners"]
SUB = ["community", "forum", "discuss", "talk", "meta", "chat", "social", "boards", "matrix"]
TLD = ["org", "com", "io", "dev", "net", "social", "club"]
FIRST = ["alice", "bram", "chen", "dana", "emeka", "fatima", "gus", "hana", "ivo", "jules",
         "kofi", "lena", "mika", "noor", "oskar", "priya", "quinn", "rosa", "sven", "tomas"]
CATS = ["general", "announcements", "help", "show-and-tell", "off-topic", "meta", "events",
        "feature-requests", "bugs", "introductions", "marketplace", "jobs"]


class Ctx(object):
    def __init__(self, r):
        self.org = pick(r, ORGS)
        self.tld = pick(r, TLD)
        self.domain = "%s.%s" % (self.org, self.tld)
        self.host = "%s.%s" % (pick(r, SUB), self.domain)
        self.url = "https://" + self.host
        self.user = pick(r, FIRST)
        self.email = "%s@%s" % (self.user, self.domain)
        self.bot_email = "%s-bot@%s" % (pick(r, ["welcome", "digest", "mod", "ci", "notify"]), self.host)
        self.admin = pick(r, ["system", "admin", "community-bot", self.user, "ops"])
        self.db = pick(r, ["forum", "discourse", "community", "board", self.org.replace("-", "_")])
        self.dbhost = pick(r, ["db", "postgres", "127.0.0.1", "localhost", "mysql",
                               "db.internal.%s" % self.domain, "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250))])
        self.cat = pick(r, CATS)
        self.port = pick(r, [3000, 4567, 8008, 8080, 5000, 4000])
        self.year = r.randint(2019, 2025)


# slot value helpers -------------------------------------------------------
NEG = {"on": False}


def sname(r, S, obv, style):
    words = pick(r, S["obv"]) if obv else pick(r, S["neu"])
    return nm(words, style)


def W(r, S, v):
    """Wrap a slot value (e.g. password into a URL) when the spec needs it."""
    if isinstance(v, Ref) or not S.get("wrap"):
        return v
    return S["wrap"](r, v)


def pair_id(r, S):
    p = S.get("pair")
    if not p:
        return None
    return p[1](r, NEG["on"])


PLACEHOLDERS = ["<{N}>", "your-{p}-{k}", "YOUR_{K}_HERE", "changeme", "CHANGE_ME", "replace-me",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<paste {k} here>", "{k}-goes-here", "TODO",
                "<{k}>", "REPLACE_WITH_REAL_{K}", "XXXXXXXX", "%{k}%", "__{K}__", "set-me",
                "<generate with: openssl rand -hex 32>", "dummy", "not-a-real-{k}", "..."]
MASKS = ["********", "****************", "[REDACTED]", "<redacted>", "[FILTERED]", "•••••••••••",
         "REDACTED", "<hidden>", "(set in vault)", "***"]
SECRET_STORE = ["vault:secret/data/{o}/{p}#{k}", "op://Community/{p}/{k}",
                "arn:aws:secretsmanager:eu-west-1:{acct}:secret:{o}/{p}-{k}",
                "sm://projects/{o}-prod/secrets/{p}-{k}/versions/latest",
                "{{{{ vault_{p}_{ku} }}}}", "ENC[see sops file]", "!vault {p}/{k}",
                "${{ssm:/{o}/{p}/{k}}}", "@Microsoft.KeyVault(SecretUri=https://{o}-kv.vault.azure.net/secrets/{p}-{k}/)"]


def fake_value(r, S, lang, allow_ref=True):
    """A look-alike that is visibly NOT a credential, for a secret slot."""
    k = S.get("kw", "key")
    N = nm(pick(r, S["obv"]), "S")
    c = r.random()
    if allow_ref and c < 0.30:
        NEG["cat"] = "env_reference"
        return Ref(N)
    if S.get("ex") and c < 0.42:
        NEG["cat"] = "documented_example"
        return pick(r, S["ex"])
    if c < 0.72:
        NEG["cat"] = "placeholder"
        p = pick(r, PLACEHOLDERS)
        return p.format(N=N, K=k.upper().replace("-", "_"), k=k, p=S["provider"])
    if c < 0.84:
        NEG["cat"] = "masked"
        m = pick(r, MASKS)
        if chance(r, 0.3):
            real = S["gen"](r)
            if len(real) > 16 and " " not in real:
                return real[:4] + "*" * 12 + real[-4:]
        return m
    if c < 0.93:
        NEG["cat"] = "secret_store_ref"
        p = pick(r, SECRET_STORE)
        return p.format(o=pick(r, ORGS), p=S["provider"], k=k, ku=k.replace("-", "_"),
                        acct=str(r.randint(10 ** 11, 10 ** 12 - 1)))
    NEG["cat"] = "empty"
    return ""


def wrap_fake(r, S, fv):
    """For URL-shaped slots, wrap a look-alike password into the URL."""
    if isinstance(fv, Ref) or not S.get("wrap"):
        return fv
    if S["kind"] == "webhook_token":
        if fv == "" or chance(r, 0.7):
            fv = pick(r, ["<token>", "TOKEN", "${WEBHOOK_TOKEN}", "xxxxxxxxxxxxxxxx", "REDACTED", "<webhook-token>"])
    elif fv == "" or chance(r, 0.5):
        fv = pick(r, ["<password>", "${POSTGRES_PASSWORD}", "****", "PASSWORD", "changeme",
                      "${DB_PASS}", "%(password)s"])
    return S["wrap"](r, fv)


def out(path, ftype, lines):
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return path, ftype, text


GEN_EXTRAS = [
    (["log", "level"], lambda r, C: pick(r, ["info", "warn", "debug", "error"])),
    (["node", "env"], lambda r, C: "production"),
    (["tz"], lambda r, C: pick(r, ["UTC", "Europe/Berlin", "America/Chicago", "Asia/Tokyo"])),
    (["port"], lambda r, C: str(C.port)),
    (["request", "timeout"], lambda r, C: str(pick(r, [5, 10, 15, 30, 60]))),
    (["sentry", "environment"], lambda r, C: pick(r, ["production", "staging"])),
    (["sync", "interval"], lambda r, C: pick(r, ["5m", "15m", "1h", "300"])),
    (["admin", "email"], lambda r, C: C.email),
    (["feature", "digest", "enabled"], lambda r, C: pick(r, ["true", "false"])),
    (["max", "retries"], lambda r, C: str(r.randint(2, 8))),
]


def extras(r, S, C, n):
    pool = list(S.get("extras", [])) + GEN_EXTRAS
    r.shuffle(pool)
    seen, res = set(), []
    for words, fn in pool:
        key = "_".join(words)
        if key in seen:
            continue
        seen.add(key)
        res.append((words, fn(r, C)))
        if len(res) >= n:
            break
    return res


def cm(r, S, C, mark="#"):
    """A plausible comment line."""
    return mark + " " + pick(r, [
        "%s integration for %s" % (S["label"], C.host),
        "settings for the %s bridge, owned by @%s" % (S["label"], C.user),
        "see docs/runbook.md before rotating anything here",
        "last reviewed %d-%02d" % (C.year, r.randint(1, 12)),
        "values for the %s environment" % pick(r, ["production", "staging", "prod-eu", "community"]),
        "managed by hand until the %s migration is done" % pick(r, ["helm", "terraform", "ansible"]),
        "%s: community tooling" % C.org,
    ])


# ---------------------------------------------------------------------------
# generic templates (used by many credential kinds)
# ---------------------------------------------------------------------------
def T_dotenv(r, S, v, obv):
    C = Ctx(r)
    path = pick(r, [".env", ".env.production", "deploy/.env", "docker/.env", ".env.local",
                    "config/.env.staging", "ops/%s.env" % S["provider"]])
    if isinstance(v, Ref):
        v = pick(r, ["", "<set me>", "${%s_FROM_CI}" % v.name])
        path = pick(r, [".env.example", ".env.sample", "deploy/.env.template"])
    q = pick(r, ["", "", '"', "'"])
    ls = [cm(r, S, C), ""]
    ex = extras(r, S, C, r.randint(3, 9))
    cut = r.randint(0, len(ex))
    for w, val in ex[:cut]:
        ls.append("%s=%s" % (nm(w, "S"), val))
    pid = pair_id(r, S)
    if pid:
        ls.append("%s=%s" % (nm(S["pair"][0], "S"), pid))
    ls.append("%s=%s%s%s" % (sname(r, S, obv, "S"), q, v, q))
    if chance(r, 0.5):
        ls.append("")
    for w, val in ex[cut:]:
        ls.append("%s=%s" % (nm(w, "S"), val))
    return out(path, "env", ls)


def T_compose(r, S, v, obv):
    C = Ctx(r)
    svc = S.get("svc", S["provider"])
    ls = []
    if chance(r, 0.5):
        ls.append('version: "3.%d"' % r.randint(3, 9))
        ls.append("")
    ls += ["services:", "  %s:" % svc, "    image: %s" % S.get("image", "ghcr.io/%s/%s-sync:latest" % (C.org, S["provider"])),
           "    restart: unless-stopped"]
    if chance(r, 0.6):
        ls += ["    ports:", '      - "%d:%d"' % (C.port, C.port)]
    listform = chance(r, 0.5)
    ls.append("    environment:")
    ex = extras(r, S, C, r.randint(2, 6))
    pid = pair_id(r, S)
    items = [(nm(w, "S"), val) for w, val in ex]
    if pid:
        items.append((nm(S["pair"][0], "S"), pid))
    pos = r.randint(0, len(items))
    items.insert(pos, (sname(r, S, obv, "S"), None))
    for k, val in items:
        if val is None:
            if isinstance(v, Ref):
                val = "${%s}" % v.name
            else:
                val = v
        if listform:
            ls.append("      - %s=%s" % (k, val))
        else:
            ls.append('      %s: "%s"' % (k, val) if chance(r, 0.6) else "      %s: %s" % (k, val if val else '""'))
    ls += ["    volumes:", "      - ./data/%s:/var/lib/%s" % (svc, svc)]
    if chance(r, 0.5):
        ls += ["    depends_on:", "      - %s" % pick(r, ["postgres", "redis", "db"])]
        ls += ["", "  %s:" % pick(r, ["redis"]), "    image: redis:7-alpine", "    restart: unless-stopped"]
    return out(pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker-compose", ls)


def T_k8s(r, S, v, obv):
    C = Ctx(r)
    ns = pick(r, ["community", "forum", "chat", C.org])
    ls = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (S["provider"], pick(r, ["credentials", "secrets", "env", "auth"])),
          "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/name: %s" % S["provider"],
          "    app.kubernetes.io/part-of: %s" % C.org, "type: Opaque", "stringData:"]
    ex = extras(r, S, C, r.randint(1, 4))
    pid = pair_id(r, S)
    if pid:
        ls.append("  %s: %s" % (nm(S["pair"][0], "S"), pid))
    for w, val in ex[:2]:
        ls.append('  %s: "%s"' % (nm(w, "S"), val))
    ls.append("  %s: %s" % (sname(r, S, obv, "S"), L(v, "k8s")))
    for w, val in ex[2:]:
        ls.append('  %s: "%s"' % (nm(w, "S"), val))
    return out(pick(r, ["k8s/%s-secret.yaml" % S["provider"], "deploy/k8s/secrets.yaml",
                        "manifests/%s/secret.yaml" % ns, "infra/kubernetes/%s-env.yaml" % S["provider"]]), "yaml", ls)


def T_gha(r, S, v, obv):
    C = Ctx(r)
    job = pick(r, ["sync", "announce", "deploy", "digest", "backup"])
    ls = ["name: %s %s" % (S["label"], job), "", "on:", "  schedule:",
          '    - cron: "%d %d * * *"' % (r.randint(0, 59), r.randint(0, 23)), "  workflow_dispatch:", "",
          "jobs:", "  %s:" % job, "    runs-on: ubuntu-latest", "    env:"]
    pid = pair_id(r, S)
    if pid:
        ls.append("      %s: %s" % (nm(S["pair"][0], "S"), pid))
    ls.append("      %s_URL: %s" % (S["provider"].upper(), C.url))
    ls.append("      %s: %s" % (sname(r, S, obv, "S"), L(v, "gha", '"' if chance(r, 0.5) else "")))
    ls += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
           "        with:", '          python-version: "3.%d"' % r.randint(10, 12),
           "      - run: pip install -r requirements.txt", "      - run: python scripts/%s_%s.py" % (job, S["provider"])]
    return out(".github/workflows/%s-%s.yml" % (S["provider"], job), "yaml", ls)


def T_ansible(r, S, v, obv):
    C = Ctx(r)
    ls = ["---", cm(r, S, C), "%s_url: %s" % (S["provider"], C.url)]
    for w, val in extras(r, S, C, r.randint(2, 6)):
        ls.append("%s_%s: %s" % (S["provider"], nm(w, "s"), val if val else '""'))
    pid = pair_id(r, S)
    if pid:
        ls.append("%s: %s" % (nm(S["pair"][0], "s"), pid))
    ls.append("%s: %s" % (sname(r, S, obv, "s"), L(v, "ansible")))
    ls += ["%s_packages:" % S["provider"], "  - git", "  - curl", "  - %s" % pick(r, ["imagemagick", "jq", "rsync"])]
    return out(pick(r, ["group_vars/%s/vars.yml" % S["provider"], "host_vars/%s.yml" % C.host,
                        "roles/%s/defaults/main.yml" % S["provider"], "inventory/group_vars/all.yml"]), "yaml", ls)


def T_json(r, S, v, obv):
    C = Ctx(r)
    st = pick(r, ["c", "s"])
    d = {"enabled": True, nm(["base", "url"], st): C.url}
    for w, val in extras(r, S, C, r.randint(2, 6)):
        d[nm(w, st)] = val
    pid = pair_id(r, S)
    if pid:
        d[nm(S["pair"][0], st)] = pid
    key = sname(r, S, obv, st)
    d[key] = "@@SLOT@@"
    body = {S["provider"]: d} if chance(r, 0.6) else d
    txt = json.dumps(body, indent=pick(r, [2, 4]))
    txt = txt.replace('"@@SLOT@@"', L(v, "json"))
    path = pick(r, ["config/%s.json" % S["provider"], "config/plugins/%s-settings.json" % S["provider"],
                    "settings/%s.json" % S["provider"], "plugins/%s/settings.json" % S["provider"], "appsettings.json"])
    return out(path, "json", txt.split("\n"))


def T_ini(r, S, v, obv):
    C = Ctx(r)
    ls = [cm(r, S, C, pick(r, ["#", ";"])), "[%s]" % S["provider"], "url = %s" % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append("%s = %s" % (nm(S["pair"][0], "s"), pid))
    ls.append("%s = %s" % (sname(r, S, obv, "s"), L(v, "ini", None)))
    ls += ["", "[%s]" % pick(r, ["sync", "worker", "general", "options"])]
    for w, val in extras(r, S, C, r.randint(2, 6)):
        ls.append("%s = %s" % (nm(w, "s"), val))
    return out(pick(r, ["config/%s.ini" % S["provider"], "settings.cfg", "etc/%s-bridge.ini" % S["provider"],
                        "conf/%s.conf" % S["provider"]]), "ini", ls)


def T_toml(r, S, v, obv):
    C = Ctx(r)
    ls = [cm(r, S, C), "[%s]" % S["provider"], 'url = "%s"' % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append('%s = "%s"' % (nm(S["pair"][0], "s"), pid))
    ls.append("%s = %s" % (sname(r, S, obv, "s"), L(v, "toml")))
    ls += ["", "[%s]" % pick(r, ["sync", "worker", "bridge"])]
    for w, val in extras(r, S, C, r.randint(2, 6)):
        ls.append('%s = "%s"' % (nm(w, "s"), val))
    return out(pick(r, ["config.toml", "config/%s.toml" % S["provider"], "bridge.toml", "settings/production.toml"]), "toml", ls)


def T_tfvars(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = "REPLACE_ME"
    ls = [cm(r, S, C), 'environment = "%s"' % pick(r, ["prod", "staging"]), 'region = "%s"' % pick(r, ["eu-west-1", "us-east-2", "fra1", "nyc3"]),
          '%s_url = "%s"' % (S["provider"], C.url)]
    pid = pair_id(r, S)
    if pid:
        ls.append('%s = "%s"' % (nm(S["pair"][0], "s"), pid))
    ls.append('%s = "%s"' % (sname(r, S, obv, "s"), v))
    ls.append('instance_type = "%s"' % pick(r, ["t3.small", "s-2vcpu-4gb", "cx21"]))
    return out(pick(r, ["terraform/%s.auto.tfvars" % S["provider"], "infra/prod.tfvars", "terraform/terraform.tfvars"]), "hcl", ls)


def T_systemd(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = pick(r, ["", "CHANGE_ME"])
    svc = "%s-%s" % (S["provider"], pick(r, ["sync", "bot", "bridge", "worker"]))
    ls = ["[Unit]", "Description=%s %s for %s" % (S["label"], svc.split("-")[-1], C.host), "After=network-online.target", "",
          "[Service]", "Type=simple", "User=%s" % pick(r, ["forum", "bot", "www-data", "matrix"]),
          "WorkingDirectory=/opt/%s" % svc]
    pid = pair_id(r, S)
    if pid:
        ls.append('Environment="%s=%s"' % (nm(S["pair"][0], "S"), pid))
    ls.append('Environment="%s_URL=%s"' % (S["provider"].upper(), C.url))
    ls.append('Environment="%s=%s"' % (sname(r, S, obv, "S"), v))
    ls += ["ExecStart=/opt/%s/venv/bin/python -m %s" % (svc, svc.replace("-", "_")), "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return out("deploy/systemd/%s.service" % svc, "systemd", ls)


def T_props(r, S, v, obv):
    C = Ctx(r)
    pre = pick(r, ["community", "forum", "app.integrations"]) + "." + S["provider"]
    ls = ["# %s" % S["label"], "server.port=%d" % C.port, "spring.application.name=%s-%s" % (C.org, S["provider"]),
          "%s.base-url=%s" % (pre, C.url)]
    pid = pair_id(r, S)
    if pid:
        ls.append("%s.%s=%s" % (pre, nm(S["pair"][0], "k"), pid))
    ls.append("%s.%s=%s" % (pre, sname(r, S, obv, "k"), L(v, "props", None)))
    ls += ["%s.timeout=%ds" % (pre, r.randint(5, 60)), "logging.level.root=INFO"]
    return out("src/main/resources/application%s.properties" % pick(r, ["", "-prod", "-local"]), "properties", ls)


def _hdr(S):
    return S.get("hdr") or ("X-Api-Key", "")


def T_py_http(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    var = sname(r, S, obv, pick(r, ["S", "s"]))
    inline = (not obv) and chance(r, 0.5)
    ls = ['"""%s: %s."""' % (pick(r, ["Nightly sync", "Export helper", "Moderation report", "Welcome bot"]), S["label"]),
          "import os", "import sys", "", "import requests", "", 'BASE_URL = "%s"' % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append('%s = "%s"' % (nm(S["pair"][0], "S"), pid))
    if not inline:
        ls.append("%s = %s" % (var, L(v, "py")))
    ls += ["TIMEOUT = %d" % r.randint(5, 30), "", "", "def session():", "    s = requests.Session()"]
    if inline:
        ls.append('    s.headers["%s"] = %s' % (hn, CAT(pre, v, "py")))
    else:
        ls.append('    s.headers["%s"] = %s' % (hn, ('f"%s{%s}"' % (pre, var)) if pre else var))
    if pid:
        ls.append('    s.headers["%s"] = %s' % (S["pair"][2], nm(S["pair"][0], "S")))
    if S["provider"] == "discourse":
        ls.append('    s.headers["Api-Username"] = "%s"' % C.admin)
    ls += ["    return s", "", "", "def main():", "    s = session()",
           '    resp = s.get(BASE_URL + "%s", timeout=TIMEOUT)' % S.get("ep", "/api/v1/me"),
           "    resp.raise_for_status()", "    for item in resp.json().get(%r, []):" % pick(r, ["users", "topics", "items", "data"]),
           '        print(item.get("id"), item.get(%r))' % pick(r, ["username", "title", "name"]), "", "",
           'if __name__ == "__main__":', "    sys.exit(main())"]
    return out(pick(r, ["scripts/%s_sync.py" % S["provider"], "tools/export_%s.py" % S["provider"],
                        "bin/%s_report.py" % S["provider"], "jobs/%s_digest.py" % S["provider"]]), "python", ls)


def T_js_http(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    var = sname(r, S, obv, pick(r, ["c", "S"]))
    inline = (not obv) and chance(r, 0.5)
    esm = chance(r, 0.5)
    ls = ["// %s" % pick(r, ["post new members to the welcome thread", "mirror announcements", "weekly stats", "cleanup job"]),
          "import fetch from 'node-fetch';" if esm else "const fetch = require('node-fetch');", "",
          "const BASE = '%s';" % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append("const %s = '%s';" % (nm(S["pair"][0], "c"), pid))
    if not inline:
        ls.append("const %s = %s;" % (var, L(v, "js", "'")))
    hv = CAT(pre, v, "js", "'") if inline else (("`%s${%s}`" % (pre, var)) if pre else var)
    ls += ["", "async function call(path, opts = {}) {", "  const res = await fetch(BASE + path, {", "    ...opts,",
           "    headers: {", "      'Content-Type': 'application/json',", "      '%s': %s," % (hn, hv)]
    if pid:
        ls.append("      '%s': %s," % (S["pair"][2], nm(S["pair"][0], "c")))
    ls += ["    },", "  });", "  if (!res.ok) throw new Error(`${res.status} ${path}`);", "  return res.json();", "}", "",
           "call('%s').then((data) => {" % S.get("ep", "/api/v1/me"), "  console.log(JSON.stringify(data, null, 2));",
           "}).catch((e) => { console.error(e); process.exit(1); });"]
    return out(pick(r, ["scripts/%s-sync.js" % S["provider"], "src/jobs/%s.js" % S["provider"], "tools/%s-export.mjs" % S["provider"],
                        "bot/%s.js" % S["provider"]]), "javascript", ls)


def T_ts_config(r, S, v, obv):
    C = Ctx(r)
    ls = ["// %s client configuration" % S["label"], "export interface %sConfig {" % S["provider"].capitalize(),
          "  baseUrl: string;", "  timeoutMs: number;", "  auth: string;", "}", "",
          "export const %s: %sConfig = {" % (nm([S["provider"], "config"], "c"), S["provider"].capitalize()),
          "  baseUrl: '%s'," % C.url, "  timeoutMs: %d," % (r.randint(2, 30) * 1000)]
    if obv:
        n = sname(r, S, True, "S")
        ls.insert(0, "const %s = %s;" % (n, L(v, "js", "'")))
        ls.insert(1, "")
        ls.append("  auth: %s," % n)
    else:
        ls.append("  auth: %s," % L(v, "js", "'"))
    ls += ["};", "", "export default %s;" % nm([S["provider"], "config"], "c")]
    return out(pick(r, ["src/config/%s.ts" % S["provider"], "src/integrations/%s/config.ts" % S["provider"], "lib/%s.config.ts" % S["provider"]]), "typescript", ls)


def T_rb_http(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    var = sname(r, S, obv, "S")
    ls = ["# frozen_string_literal: true", "", "require 'net/http'", "require 'json'", "", "BASE = URI('%s')" % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append("%s = '%s'" % (nm(S["pair"][0], "S"), pid))
    inline = (not obv) and chance(r, 0.5)
    if not inline:
        ls.append("%s = %s" % (var, L(v, "rb", "'")))
    ls += ["", "def fetch(path)", "  uri = BASE.dup", "  uri.path = path", "  req = Net::HTTP::Get.new(uri)"]
    if inline:
        ls.append("  req['%s'] = %s" % (hn, CAT(pre, v, "rb", "'")))
    else:
        ls.append("  req['%s'] = %s" % (hn, ('"%s#{%s}"' % (pre, var)) if pre else var))
    if pid:
        ls.append("  req['%s'] = %s" % (S["pair"][2], nm(S["pair"][0], "S")))
    ls += ["  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }", "  JSON.parse(res.body)", "end", "",
           "fetch('%s').fetch('%s', []).each do |row|" % (S.get("ep", "/api/v1/me"), pick(r, ["users", "topics", "data"])),
           "  puts [row['id'], row['%s']].join(\"\\t\")" % pick(r, ["username", "title"]), "end"]
    return out(pick(r, ["script/%s_sync.rb" % S["provider"], "lib/tasks/%s.rb" % S["provider"], "bin/%s-report" % S["provider"]]), "ruby", ls)


def T_go(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    var = sname(r, S, obv, "c")
    ls = ["package main", "", "import (", '\t"fmt"', '\t"log"', '\t"net/http"', '\t"os"', '\t"time"', ")", "",
          "const baseURL = \"%s\"" % C.url, ""]
    if isinstance(v, Ref):
        ls.append("var %s = %s" % (var, L(v, "go")))
    else:
        ls.append('const %s = "%s"' % (var, v))
    pid = pair_id(r, S)
    if pid:
        ls.append('const %s = "%s"' % (nm(S["pair"][0], "c"), pid))
    ls += ["", "func main() {", "\tclient := &http.Client{Timeout: %d * time.Second}" % r.randint(5, 30),
           '\treq, err := http.NewRequest("GET", baseURL+"%s", nil)' % S.get("ep", "/api/v1/me"),
           "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}",
           '\treq.Header.Set("%s", %s)' % (hn, ('"%s"+%s' % (pre, var)) if pre else var)]
    if pid:
        ls.append('\treq.Header.Set("%s", %s)' % (S["pair"][2], nm(S["pair"][0], "c")))
    ls += ["\tresp, err := client.Do(req)", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", "\tdefer resp.Body.Close()",
           '\tfmt.Fprintln(os.Stderr, "status:", resp.Status)', "}"]
    return out(pick(r, ["cmd/%s-bot/main.go" % S["provider"], "cmd/sync/main.go", "tools/%s/main.go" % S["provider"]]), "go", ls)


def T_sh(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    var = sname(r, S, obv, "S")
    ls = ["#!/usr/bin/env bash", "set -euo pipefail", "", cm(r, S, C), 'BASE="%s"' % C.url]
    pid = pair_id(r, S)
    if pid:
        ls.append('%s="%s"' % (nm(S["pair"][0], "S"), pid))
    inline = (not obv) and chance(r, 0.5)
    if not inline:
        ls.append("%s=%s" % (var, L(v, "sh", "'")))
    ls.append("")
    hv = (pre + (v if not isinstance(v, Ref) else "${%s}" % v.name)) if inline else pre + "${%s}" % var
    ls += ['curl -fsS "$BASE%s" \\' % S.get("ep", "/api/v1/me"), '  -H "%s: %s" \\' % (hn, hv)]
    if pid:
        ls.append('  -H "%s: $%s" \\' % (S["pair"][2], nm(S["pair"][0], "S")))
    ls += ['  -H "Accept: application/json" \\', "  | jq '%s' > /tmp/%s-%s.json" % (pick(r, [".", ".users | length", ".topic_list.topics[].id"]), S["provider"], pick(r, ["export", "report"])),
           'echo "done: $(date -u +%FT%TZ)"']
    return out(pick(r, ["bin/%s-export.sh" % S["provider"], "scripts/%s_backup.sh" % S["provider"], "ops/check-%s.sh" % S["provider"]]), "shell", ls)


def T_md(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    sv = ("$" + v.name) if isinstance(v, Ref) else v
    ls = ["# %s runbook" % S["label"], "", "Owner: @%s. Escalation: #%s-ops." % (C.user, C.org), "",
          "## Checking the integration", "", "The %s integration for %s runs every %s." % (S["label"], C.host, pick(r, ["hour", "night", "15 minutes"])),
          "To check it by hand:", "", "```bash"]
    pid = pair_id(r, S)
    if obv:
        n = sname(r, S, True, "S")
        ls.append("export %s=%s" % (n, sv))
        hv = pre + "$" + n
    else:
        hv = pre + sv
    ls.append('curl -s "%s%s" \\' % (C.url, S.get("ep", "/api/v1/me")))
    ls.append('  -H "%s: %s"%s' % (hn, hv, " \\" if pid else ""))
    if pid:
        ls.append('  -H "%s: %s"' % (S["pair"][2], pid))
    ls += ["```", "", "## If it fails", "", "1. Look at the job logs in Grafana (dashboard `%s-sync`)." % S["provider"],
           "2. Check %s/admin for rate limits." % C.url, "3. Ping @%s." % pick(r, FIRST)]
    return out(pick(r, ["docs/runbook.md", "notes/%s.md" % S["provider"], "docs/ops/%s-integration.md" % S["provider"], "README.md"]), "markdown", ls)


def T_http(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    sv = L(v, "http", None)
    ls = ["@base = %s" % C.url]
    var = nm(pick(r, S["obv"] if obv else S["neu"]), "c")
    ls.append("@%s = %s" % (var, sv))
    pid = pair_id(r, S)
    if pid:
        ls.append("@uid = %s" % pid)
    ls += ["", "### list", "GET {{base}}%s" % S.get("ep", "/api/v1/me"), "%s: %s{{%s}}" % (hn, pre, var)]
    if pid:
        ls.append("%s: {{uid}}" % S["pair"][2])
    ls += ["Accept: application/json", "", "### ping", "GET {{base}}/about.json"]
    return out(pick(r, ["api/%s.http" % S["provider"], "requests/%s.http" % S["provider"], "http/%s-admin.rest" % S["provider"]]), "http", ls)


def T_csv(r, S, v, obv):
    C = Ctx(r)
    hdrs = ["name", "service", "base_url", "owner", pick(r, ["credential", "key", "secret", "token"]), "created_at", "notes"]
    ls = [",".join(hdrs)]
    rows = r.randint(4, 9)
    at = r.randrange(rows)
    for i in range(rows):
        cred = v if i == at else pick(r, ["", "(in vault)", "********", "n/a", "rotated"])
        svc = S["provider"] if i == at else pick(r, ["grafana", "sentry", "uptime", "mailchimp", "plausible"])
        ls.append("%s,%s,%s,%s,%s,%d-%02d-%02d,%s" % (pick(r, ["sync", "digest", "bridge", "backup", "import"]) + "-%d" % i, svc, C.url if i == at else "https://%s.%s" % (svc, C.domain),
                                                     pick(r, FIRST), cred, C.year, r.randint(1, 12), r.randint(1, 28), pick(r, ["", "prod", "legacy", "do not delete"])))
    return out(pick(r, ["exports/integrations_%d.csv" % C.year, "admin/credentials-inventory.csv", "docs/integrations.csv"]), "csv", ls)


def T_sql(r, S, v, obv):
    C = Ctx(r)
    tbl = pick(r, ["site_settings", "settings", "config", "app_settings"])
    ls = ["-- dump of %s from %s (%d-%02d-%02d)" % (tbl, C.host, C.year, r.randint(1, 12), r.randint(1, 28)),
          "BEGIN;", "INSERT INTO %s (name, data_type, value, updated_at) VALUES" % tbl]
    rows = [("title", 1, "%s community" % C.org), ("contact_email", 1, C.email), ("default_locale", 7, pick(r, ["en", "de", "fr", "nl"])),
            ("max_image_size_kb", 3, str(r.randint(1024, 8192))), ("enable_%s" % S["provider"], 5, "t")]
    pid = pair_id(r, S)
    if pid:
        rows.append((nm(S["pair"][0], "s"), 1, pid))
    rows.insert(r.randint(0, len(rows)), (sname(r, S, obv, "s"), 1, "@@SLOT@@"))
    for i, (n, t, val) in enumerate(rows):
        val = v if val == "@@SLOT@@" else val
        ls.append("  ('%s', %d, '%s', now())%s" % (n, t, val, "," if i < len(rows) - 1 else ";"))
    ls.append("COMMIT;")
    return out(pick(r, ["db/seeds/%s.sql" % tbl, "dumps/%s_%d.sql" % (tbl, C.year), "sql/restore_settings.sql"]), "sql", ls)


def T_helm(r, S, v, obv):
    C = Ctx(r)
    ls = ["replicaCount: %d" % r.randint(1, 3), "image:", "  repository: %s" % S.get("image", "ghcr.io/%s/%s" % (C.org, S["provider"])).split(":")[0],
          '  tag: "%s"' % pick(r, ["stable", "latest", "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20))]), "",
          "ingress:", "  enabled: true", "  hosts:", "    - host: %s" % C.host, "", "env:"]
    pid = pair_id(r, S)
    if pid:
        ls.append("  %s: %s" % (nm(S["pair"][0], "S"), pid))
    for w, val in extras(r, S, C, r.randint(1, 4)):
        ls.append('  %s: "%s"' % (nm(w, "S"), val))
    ls.append("  %s: %s" % (sname(r, S, obv, "S"), L(v, "helm")))
    ls += ["", "resources:", "  requests:", "    cpu: %dm" % (r.randint(1, 5) * 100), "    memory: %dMi" % (r.randint(2, 8) * 128)]
    return out(pick(r, ["deploy/helm/%s/values.yaml" % S["provider"], "charts/%s/values-prod.yaml" % S["provider"], "helm/values.yaml"]), "yaml", ls)


def T_dockerfile(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = "${%s}" % v.name
        argl = ["ARG %s" % v[2:-1]]
    else:
        argl = []
    ls = ["FROM %s" % pick(r, ["python:3.12-slim", "node:20-alpine", "ruby:3.3-slim"]), "WORKDIR /app", "COPY . /app"] + argl
    ls += ["ENV %s_URL=%s" % (S["provider"].upper(), C.url)]
    pid = pair_id(r, S)
    if pid:
        ls.append("ENV %s=%s" % (nm(S["pair"][0], "S"), pid))
    ls += ["ENV %s=%s" % (sname(r, S, obv, "S"), v), "RUN %s" % pick(r, ["pip install --no-cache-dir -r requirements.txt", "npm ci --omit=dev", "bundle install"]),
           'CMD ["%s"]' % pick(r, ["python", "node", "ruby"])]
    return out(pick(r, ["Dockerfile", "docker/%s.Dockerfile" % S["provider"], "bot/Dockerfile"]), "dockerfile", ls)


def T_php_define(r, S, v, obv):
    C = Ctx(r)
    ls = ["<?php", "// %s" % S["label"], "define('%s_URL', '%s');" % (S["provider"].upper(), C.url)]
    pid = pair_id(r, S)
    if pid:
        ls.append("define('%s', '%s');" % (nm(S["pair"][0], "S"), pid))
    ls.append("define('%s', %s);" % (sname(r, S, obv, "S"), L(v, "php", "'")))
    ls += ["define('%s_TIMEOUT', %d);" % (S["provider"].upper(), r.randint(3, 30)), "define('%s_DEBUG', false);" % S["provider"].upper()]
    return out(pick(r, ["config/local.php", "inc/%s-config.php" % S["provider"], "includes/settings.local.php"]), "php", ls)


def T_java(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    cls = S["provider"].capitalize() + "Client"
    var = sname(r, S, obv, "S")
    ls = ["package org.%s.community;" % C.org.replace("-", ""), "", "import java.net.URI;", "import java.net.http.HttpClient;",
          "import java.net.http.HttpRequest;", "", "public final class %s {" % cls,
          '    private static final String BASE_URL = "%s";' % C.url,
          "    private static final String %s = %s;" % (var, L(v, "java")), "",
          "    public HttpRequest build(String path) {", "        return HttpRequest.newBuilder(URI.create(BASE_URL + path))",
          '                .header("%s", %s)' % (hn, ('"%s" + %s' % (pre, var)) if pre else var),
          '                .header("Accept", "application/json")', "                .build();", "    }", "}"]
    return out("src/main/java/org/%s/community/%s.java" % (C.org.replace("-", ""), cls), "java", ls)


def T_nginx(r, S, v, obv):
    C = Ctx(r)
    hn, pre = _hdr(S)
    sv = ("$" + v.name.lower()) if isinstance(v, Ref) else v
    ls = ["upstream %s_api {" % S["provider"], "    server %s:443;" % C.host, "}", "", "server {", "    listen 443 ssl http2;",
          "    server_name %s.%s;" % (pick(r, ["proxy", "gw", "api"]), C.domain), "", "    location /%s/ {" % S["provider"],
          "        proxy_pass https://%s_api/;" % S["provider"], "        proxy_set_header Host %s;" % C.host,
          '        proxy_set_header %s "%s%s";' % (hn, pre, sv), "        proxy_ssl_server_name on;", "    }", "}"]
    return out(pick(r, ["nginx/conf.d/%s.conf" % S["provider"], "deploy/nginx/%s-proxy.conf" % S["provider"]]), "nginx", ls)


# ---------------------------------------------------------------------------
# provider-specific templates
# ---------------------------------------------------------------------------
def _lit_or(r, v, alts):
    return pick(r, alts) if isinstance(v, Ref) else v


def T_app_yml(r, S, v, obv):
    C = Ctx(r)
    v = _lit_or(r, v, ["", "FILL_ME_IN"])
    slot = S["appyml"]
    env = [("LC_ALL", "en_US.UTF-8"), ("LANG", "en_US.UTF-8"), ("LANGUAGE", "en_US.UTF-8"),
           ("UNICORN_WORKERS", str(r.randint(2, 8))), ("DISCOURSE_HOSTNAME", C.host),
           ("DISCOURSE_DEVELOPER_EMAILS", "'%s'" % C.email)]
    if slot.startswith("DISCOURSE_SMTP"):
        smtp = S.get("smtp", "smtp.mailgun.org")
        env += [("DISCOURSE_SMTP_ADDRESS", smtp), ("DISCOURSE_SMTP_PORT", "587"),
                ("DISCOURSE_SMTP_USER_NAME", S.get("smtp_user", "postmaster@mg.%s" % C.domain)),
                (slot, None), ("DISCOURSE_SMTP_ENABLE_START_TLS", "true"),
                ("DISCOURSE_NOTIFICATION_EMAIL", "noreply@%s" % C.host)]
    elif slot.startswith("DISCOURSE_S3"):
        env += [("DISCOURSE_USE_S3", "true"), ("DISCOURSE_S3_REGION", pick(r, ["us-east-1", "eu-central-1", "us-west-2"])),
                ("DISCOURSE_S3_ACCESS_KEY_ID", pair_id(r, S)), (slot, None),
                ("DISCOURSE_S3_BUCKET", "%s-uploads" % C.org), ("DISCOURSE_S3_BACKUP_BUCKET", "%s-backups/discourse" % C.org),
                ("DISCOURSE_BACKUP_LOCATION", "s3")]
    else:
        env += [("DISCOURSE_DB_SOCKET", "''"), ("DISCOURSE_DB_USERNAME", "discourse"), (slot, None),
                ("DISCOURSE_DB_HOST", C.dbhost), ("DISCOURSE_REDIS_HOST", "redis")]
    env.append(("LETSENCRYPT_ACCOUNT_EMAIL", C.email))
    ls = ["## this is the all-in-one, standalone Discourse Docker container template" if chance(r, 0.6) else "## web_only container for %s" % C.host,
          "##", "## After making changes to this file, you MUST rebuild", "## /var/discourse/launcher rebuild app", "",
          "templates:", '  - "templates/postgres.template.yml"', '  - "templates/redis.template.yml"', '  - "templates/web.template.yml"',
          '  - "templates/web.ratelimited.template.yml"', '  - "templates/web.ssl.template.yml"', '  - "templates/web.letsencrypt.ssl.template.yml"',
          "", "expose:", '  - "80:80"', '  - "443:443"', "", "params:", '  db_default_text_search_config: "pg_catalog.english"',
          '  db_shared_buffers: "%dMB"' % pick(r, [128, 256, 512, 1024]), "", "env:"]
    for k, val in env:
        if val is None:
            ls.append('  %s: %s' % (k, ('"%s"' % v) if chance(r, 0.6) or v == "" else v))
        else:
            ls.append("  %s: %s" % (k, val))
    ls += ["", "volumes:", "  - volume:", "      host: /var/discourse/shared/standalone", "      guest: /shared",
           "  - volume:", "      host: /var/discourse/shared/standalone/log/var-log", "      guest: /var/log", "",
           "hooks:", "  after_code:", "    - exec:", "        cd: $home/plugins", "        cmd:",
           "          - git clone https://github.com/discourse/docker_manager.git"]
    for pl in r.sample(["discourse-solved", "discourse-chat-integration", "discourse-voting", "discourse-calendar", "discourse-assign"], r.randint(0, 3)):
        ls.append("          - git clone https://github.com/discourse/%s.git" % pl)
    ls += ["", "run:", '  - exec: echo "Beginning of custom commands"', '  - exec: echo "End of custom commands"']
    return out(pick(r, ["containers/app.yml", "containers/web_only.yml", "discourse/containers/app.yml"]), "yaml", ls)


def T_discourse_rb(r, S, v, obv):
    C = Ctx(r)
    ls = ["# frozen_string_literal: true", "# Usage: ruby script/%s.rb" % pick(r, ["invite_members", "close_stale_topics", "export_badges"]),
          "require 'discourse_api'", "", "HOST = '%s'" % C.url]
    if obv:
        n = sname(r, S, True, "S")
        ls += ["%s = %s" % (n, L(v, "rb", "'")), "", "client = DiscourseApi::Client.new(HOST)",
               "client.api_key = %s" % n, "client.api_username = '%s'" % C.admin]
    else:
        ls += ["", "client = DiscourseApi::Client.new(HOST, %s, '%s')" % (L(v, "rb", "'"), C.admin)]
    ls += ["", "topics = client.category_latest_topics(category_slug: '%s')" % C.cat, "topics.each do |t|",
           "  next unless t['posts_count'] < %d" % r.randint(2, 5), "  puts \"#{t['id']}\\t#{t['title']}\"", "end"]
    return out(pick(r, ["script/discourse_sync.rb", "lib/tasks/discourse.rb", "tools/discourse_cleanup.rb"]), "ruby", ls)


def T_sso_py(r, S, v, obv):
    C = Ctx(r)
    var = sname(r, S, obv, "S")
    ls = ['"""DiscourseConnect provider endpoint for %s."""' % C.host, "import base64", "import hashlib", "import hmac", "import os",
          "from urllib.parse import parse_qs, urlencode", "", "from flask import Flask, abort, redirect, request, session", "",
          "app = Flask(__name__)", 'DISCOURSE_URL = "%s"' % C.url, "%s = %s" % (var, L(v, "py")), "", "",
          "def _sig(payload: bytes) -> str:", "    return hmac.new(%s.encode(), payload, hashlib.sha256).hexdigest()" % var, "", "",
          '@app.route("/sso")', "def sso():", '    payload = request.args["sso"].encode()',
          '    if not hmac.compare_digest(_sig(payload), request.args["sig"]):', "        abort(403)",
          '    nonce = parse_qs(base64.b64decode(payload).decode())["nonce"][0]', "    user = session.get(\"user\")",
          "    if user is None:", '        return redirect("/login?next=" + request.full_path)',
          '    out = base64.b64encode(urlencode({"nonce": nonce, "email": user["email"], "external_id": user["id"],',
          '                                      "username": user["username"]}).encode())',
          '    return redirect(DISCOURSE_URL + "/session/sso_login?" + urlencode({"sso": out, "sig": _sig(out)}))']
    return out(pick(r, ["app/sso.py", "%s_site/discourse_sso.py" % C.org.replace("-", "_"), "auth/discourse_connect.py"]), "python", ls)


def T_sso_php(r, S, v, obv):
    C = Ctx(r)
    var = sname(r, S, obv, "c")
    ls = ["<?php", "// DiscourseConnect endpoint used by %s" % C.host, "require __DIR__ . '/vendor/autoload.php';", "",
          "$%s = %s;" % (var, L(v, "php", "'")), "$discourseUrl = '%s';" % C.url, "",
          "$payload = $_GET['sso'] ?? '';", "$sig = $_GET['sig'] ?? '';",
          "if (!hash_equals(hash_hmac('sha256', $payload, $%s), $sig)) {" % var, "    http_response_code(403);", "    exit('bad signature');", "}",
          "parse_str(base64_decode($payload), $in);", "$user = current_user();",
          "$out = base64_encode(http_build_query([", "    'nonce' => $in['nonce'],", "    'email' => $user->email,",
          "    'external_id' => $user->id,", "    'username' => $user->login,", "]));",
          "header('Location: ' . $discourseUrl . '/session/sso_login?' . http_build_query([",
          "    'sso' => $out,", "    'sig' => hash_hmac('sha256', $out, $%s)," % var, "]));"]
    return out(pick(r, ["public/sso.php", "sso/discourse.php", "wp-content/mu-plugins/discourse-sso.php"]), "php", ls)


def T_rails_runner(r, S, v, obv):
    C = Ctx(r)
    ls = ["# Run with: ./launcher enter app && rails runner /shared/%s" % pick(r, ["site_setup.rb", "configure.rb"]),
          "SiteSetting.title = '%s community'" % C.org.capitalize(), "SiteSetting.contact_email = '%s'" % C.email,
          "SiteSetting.login_required = %s" % pick(r, ["true", "false"]), "SiteSetting.%s = %s" % (S["site_setting"], L(v, "rb", "'")),
          "SiteSetting.%s = true" % S.get("site_enable", "enable_discourse_connect"),
          "SiteSetting.default_trust_level = %d" % r.randint(0, 1), "puts 'site settings applied'"]
    if S.get("site_url_setting"):
        ls.insert(4, "SiteSetting.%s = '%s'" % (S["site_url_setting"], "https://%s.%s/sso" % (pick(r, ["www", "accounts", "id"]), C.domain)))
    return out(pick(r, ["script/site_setup.rb", "shared/configure_discourse.rb", "ops/discourse/settings.rb"]), "ruby", ls)


def T_phpbb(r, S, v, obv):
    C = Ctx(r)
    v = _lit_or(r, v, [""])
    ls = ["<?php", "// phpBB 3.3.x auto-generated configuration file", "// Do not change anything in this file!",
          "$dbms = 'phpbb\\\\db\\\\driver\\\\%s';" % pick(r, ["mysqli", "postgres"]), "$dbhost = '%s';" % C.dbhost, "$dbport = '';",
          "$dbname = '%s';" % pick(r, ["phpbb", "forum", C.db]), "$dbuser = '%s';" % pick(r, ["phpbb", "phpbb_user", "forum"]),
          "$dbpasswd = '%s';" % v, "$table_prefix = 'phpbb_';", "$phpbb_adm_relative_path = 'adm/';",
          "$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';", "", "@define('PHPBB_INSTALLED', true);",
          "@define('PHPBB_ENVIRONMENT', 'production');", "// @define('DEBUG_CONTAINER', true);"]
    return out(pick(r, ["config.php", "forum/config.php", "public_html/phpBB3/config.php"]), "php", ls)


def T_xenforo(r, S, v, obv):
    C = Ctx(r)
    v = _lit_or(r, v, [""])
    ls = ["<?php", "", "$config['db']['host'] = '%s';" % C.dbhost, "$config['db']['port'] = '3306';",
          "$config['db']['username'] = '%s';" % pick(r, ["xf", "xenforo", "forum"]), "$config['db']['password'] = '%s';" % v,
          "$config['db']['dbname'] = '%s';" % pick(r, ["xenforo", "xf2", C.db]), "$config['db']['socket'] = null;", "",
          "$config['fullUnicode'] = true;", "$config['superAdmins'] = '1';", "$config['enableMail'] = %s;" % pick(r, ["true", "false"])]
    if chance(r, 0.5):
        ls += ["", "$config['cache']['enabled'] = true;", "$config['cache']['provider'] = 'Redis';",
               "$config['cache']['config'] = ['host' => '127.0.0.1', 'port' => 6379];"]
    return out(pick(r, ["src/config.php", "xenforo/src/config.php", "community/src/config.php"]), "php", ls)


def T_flarum(r, S, v, obv):
    C = Ctx(r)
    v = _lit_or(r, v, [""])
    ls = ["<?php return array (", "  'debug' => false,", "  'database' => ", "  array (", "    'driver' => 'mysql',",
          "    'host' => '%s'," % C.dbhost, "    'port' => 3306,", "    'database' => '%s'," % pick(r, ["flarum", C.db]),
          "    'username' => '%s'," % pick(r, ["flarum", "forum"]), "    'password' => '%s'," % v, "    'charset' => 'utf8mb4',",
          "    'collation' => 'utf8mb4_unicode_ci',", "    'prefix' => '%s'," % pick(r, ["flarum_", "", "fl_"]), "    'strict' => false,",
          "    'engine' => 'InnoDB',", "    'prefix_indexes' => true,", "  ),", "  'url' => '%s'," % C.url, "  'paths' => ", "  array (",
          "    'api' => 'api',", "    'admin' => 'admin',", "  ),", "  'headers' => ", "  array (", "    'poweredByHeader' => true,",
          "    'referrerPolicy' => 'same-origin',", "  ),", ");"]
    return out(pick(r, ["config.php", "flarum/config.php"]), "php", ls)


def T_vanilla(r, S, v, obv):
    C = Ctx(r)
    v = _lit_or(r, v, [""])
    ls = ["<?php if (!defined('APPLICATION')) exit();", "", "// Conversations", "$Configuration['Conversations']['Version'] = '3.%d';" % r.randint(0, 9), "",
          "// Database", "$Configuration['Database']['Name'] = '%s';" % pick(r, ["vanilla", C.db]),
          "$Configuration['Database']['Host'] = '%s';" % C.dbhost, "$Configuration['Database']['User'] = '%s';" % pick(r, ["vanilla", "forum"]),
          "$Configuration['Database']['Password'] = '%s';" % v, "", "// Garden",
          "$Configuration['Garden']['Title'] = '%s Community';" % C.org.capitalize(), "$Configuration['Garden']['Cookie']['Name'] = 'Vanilla';",
          "$Configuration['Garden']['Cookie']['Domain'] = '';", "$Configuration['Garden']['Registration']['ConfirmEmail'] = true;",
          "$Configuration['Garden']['Email']['SupportName'] = '%s Community';" % C.org.capitalize(),
          "$Configuration['Garden']['Email']['SupportAddress'] = '%s';" % C.email,
          "$Configuration['Garden']['Installed'] = true;", "$Configuration['Garden']['Theme'] = '%s';" % pick(r, ["keystone", "theme-foundation", "default"]),
          "", "// Plugins", "$Configuration['EnabledPlugins']['recaptcha'] = false;", "$Configuration['EnabledPlugins']['GettingStarted'] = false;"]
    return out(pick(r, ["conf/config.php", "vanilla/conf/config.php"]), "php", ls)


def T_nodebb(r, S, v, obv):
    C = Ctx(r)
    slot = S["nodebb"]
    db = "redis" if slot == "redis" else pick(r, ["mongo", "postgres"]) if slot == "secret" else slot
    d = {"url": C.url}
    if slot == "secret":
        d["secret"] = "@@SLOT@@"
    d["database"] = db
    d["port"] = 4567
    if db == "mongo":
        d["mongo"] = {"host": C.dbhost, "port": "27017", "database": "nodebb", "uri": ""}
        if slot == "mongo":
            d["mongo"]["username"] = "nodebb"
            d["mongo"]["password"] = "@@SLOT@@"
    elif db == "postgres":
        d["postgres"] = {"host": C.dbhost, "port": "5432", "database": "nodebb", "ssl": "false"}
        if slot == "postgres":
            d["postgres"]["username"] = "nodebb"
            d["postgres"]["password"] = "@@SLOT@@"
    else:
        d["redis"] = {"host": "127.0.0.1", "port": "6379", "password": "@@SLOT@@", "database": "0"}
    if chance(r, 0.5):
        d["upload_path"] = "/public/uploads"
        d["bind_address"] = "127.0.0.1"
    txt = json.dumps(d, indent=4).replace('"@@SLOT@@"', L(v, "json"))
    return out(pick(r, ["config.json", "nodebb/config.json"]), "json", txt.split("\n"))


def T_synapse(r, S, v, obv):
    C = Ctx(r)
    slot = S["syn"]
    sv = L(v, "yaml") if not isinstance(v, Ref) else '""'
    sn = C.domain
    ls = ["# Configuration file for Synapse.", "#", "# This is a YAML file: see [1] for a quick introduction.",
          "# For more information on how to configure Synapse, including a complete accounting of",
          "# each option, go to docs/usage/configuration/config_documentation.md or", "# https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html",
          'server_name: "%s"' % sn, "pid_file: /data/homeserver.pid", "listeners:", "  - port: 8008", "    tls: false", "    type: http",
          "    x_forwarded: true", "    resources:", "      - names: [client, federation]", "        compress: false"]
    if slot == "db_password":
        ls += ["database:", "  name: psycopg2", "  args:", "    user: synapse", "    password: %s" % sv, "    database: synapse",
               "    host: %s" % C.dbhost, "    cp_min: 5", "    cp_max: 10"]
    else:
        ls += ["database:", "  name: sqlite3", "  args:", "    database: /data/homeserver.db"]
    ls += ['log_config: "/data/%s.log.config"' % sn, "media_store_path: /data/media_store"]
    if slot == "registration_shared_secret":
        ls.append("registration_shared_secret: %s" % sv)
    ls.append("report_stats: %s" % pick(r, ["false", "true"]))
    if slot == "macaroon_secret_key":
        ls.append("macaroon_secret_key: %s" % sv)
    if slot == "form_secret":
        ls.append("form_secret: %s" % sv)
    if slot == "turn_shared_secret":
        ls += ['turn_uris: ["turn:turn.%s?transport=udp", "turn:turn.%s?transport=tcp"]' % (sn, sn), "turn_shared_secret: %s" % sv,
               "turn_user_lifetime: 86400000"]
    if slot == "smtp_pass":
        ls += ["email:", '  smtp_host: "smtp.%s"' % sn, "  smtp_port: 587", '  smtp_user: "matrix@%s"' % sn, "  smtp_pass: %s" % sv,
               "  require_transport_security: true", '  notif_from: "Your Friendly %%(app)s homeserver <noreply@%s>"' % sn]
    ls += ['signing_key_path: "/data/%s.signing.key"' % sn, "trusted_key_servers:", '  - server_name: "matrix.org"',
           "enable_registration: false", "", "# vim:ft=yaml"]
    return out(pick(r, ["homeserver.yaml", "synapse/homeserver.yaml", "data/homeserver.yaml", "matrix/synapse/homeserver.yaml"]), "yaml", ls)


def T_signing_key(r, S, v, obv):
    C = Ctx(r)
    return out(pick(r, ["synapse/data/%s.signing.key" % C.domain, "data/%s.signing.key" % C.domain, "matrix/keys/signing.key"]), "key", [v])


def T_matrix_bot_yaml(r, S, v, obv):
    C = Ctx(r)
    bot = pick(r, ["modbot", "welcome", "announce", "hookshot", "reminder"])
    sv = L(v, "yaml") if not isinstance(v, Ref) else '"${MATRIX_ACCESS_TOKEN}"'
    key = "access_token" if obv else pick(r, ["token", "auth", "credential"])
    ls = ["# %s bot configuration" % bot, "user:", "  credentials:", '    id: "@%s:%s"' % (bot, C.domain),
          "    homeserver: https://matrix.%s" % C.domain, "    %s: %s" % (key, sv), "    device_id: %s" % rs(r, 10, UPPER),
          "  sync: true", "  autojoin: %s" % pick(r, ["true", "false"]), "  displayname: %s" % bot.capitalize(), "",
          "rooms:", '  - "!%s:%s"' % (rs(r, 18, ALNUM), C.domain), "", "logging:", "  level: %s" % pick(r, ["INFO", "DEBUG"])]
    return out(pick(r, ["bots/%s/config.yaml" % bot, "maubot/%s.yaml" % bot, "config/bot.yaml"]), "yaml", ls)


def T_nio_py(r, S, v, obv):
    C = Ctx(r)
    bot = pick(r, ["modbot", "welcome", "announce", "digest"])
    ls = ["import asyncio", "import os", "", "from nio import AsyncClient, RoomMessageText", "", 'HOMESERVER = "https://matrix.%s"' % C.domain,
          'USER_ID = "@%s:%s"' % (bot, C.domain), 'ROOM = "!%s:%s"' % (rs(r, 18, ALNUM), C.domain)]
    if obv:
        ls.append("%s = %s" % (sname(r, S, True, "S"), L(v, "py")))
        tok = ls[-1].split(" = ")[0]
    else:
        tok = L(v, "py")
    ls += ["", "", "async def main():", "    client = AsyncClient(HOMESERVER, USER_ID)", "    client.access_token = %s" % tok,
           '    client.device_id = "%s"' % rs(r, 10, UPPER), "    await client.room_send(ROOM, \"m.room.message\",",
           '                           {"msgtype": "m.notice", "body": "%s"})' % pick(r, ["Weekly digest is up", "Reminder: community call at 18:00 UTC", "Welcome!"]),
           "    await client.close()", "", "", "asyncio.run(main())"]
    return out(pick(r, ["bot/%s.py" % bot, "matrix/%s_bot.py" % bot]), "python", ls)


def T_lemmy(r, S, v, obv):
    C = Ctx(r)
    slot = S["lemmy"]
    sv = L(v, "hjson") if not isinstance(v, Ref) else '""'
    host = "lemmy." + C.domain
    ls = ["{", "  # for more info about the config, check out the documentation", "  # https://join-lemmy.org/docs/administration/configuration.html", "",
          "  database: {", "    host: %s" % pick(r, ["postgres", "db", "localhost"]), '    user: "lemmy"']
    if slot == "db":
        ls.append("    password: %s" % sv)
    ls += ['    database: "lemmy"', "    pool_size: %d" % r.randint(5, 30), "  }", '  hostname: "%s"' % host, '  bind: "0.0.0.0"', "  port: 8536",
           "  pictrs: {", '    url: "http://pictrs:8080/"']
    if slot == "pictrs":
        ls.append("    api_key: %s" % sv)
    ls += ["  }", "  email: {", '    smtp_server: "postfix:25"', '    smtp_from_address: "noreply@%s"' % host, '    tls_type: "none"']
    if slot == "smtp":
        ls[-1] = '    tls_type: "starttls"'
        ls[-3] = '    smtp_server: "smtp.%s:587"' % C.domain
        ls += ['    smtp_login: "lemmy@%s"' % C.domain, "    smtp_password: %s" % sv]
    ls += ["  }"]
    if slot == "admin":
        ls += ["  setup: {", '    admin_username: "%s"' % C.admin, "    admin_password: %s" % sv, '    site_name: "%s"' % C.org]
        ls += ["  }"]
    ls.append("}")
    return out(pick(r, ["lemmy.hjson", "config/config.hjson", "lemmy/lemmy.hjson"]), "hjson", ls)


def T_mastodon_env(r, S, v, obv):
    C = Ctx(r)
    slot = S["masto"]
    if isinstance(v, Ref):
        v = ""
    dom = "social." + C.domain
    keys = [("LOCAL_DOMAIN", dom), ("SINGLE_USER_MODE", "false"), ("REDIS_HOST", "redis"), ("REDIS_PORT", "6379"),
            ("DB_HOST", pick(r, ["db", "/var/run/postgresql"])), ("DB_USER", "mastodon"), ("DB_NAME", "mastodon_production"),
            ("DB_PASS", ""), ("DB_PORT", "5432"), ("ES_ENABLED", pick(r, ["true", "false"])),
            ("SECRET_KEY_BASE", ""), ("OTP_SECRET", ""), ("ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY", ""), ("VAPID_PRIVATE_KEY", ""),
            ("VAPID_PUBLIC_KEY", "B" + b64u_nopad(rbytes(r, 64)) + "="),
            ("SMTP_SERVER", "smtp.%s" % C.domain), ("SMTP_PORT", "587"), ("SMTP_LOGIN", "mastodon@%s" % C.domain), ("SMTP_PASSWORD", ""),
            ("SMTP_FROM_ADDRESS", "notifications@%s" % dom), ("S3_ENABLED", "false"), ("IP_RETENTION_PERIOD", "31556952"),
            ("SESSION_RETENTION_PERIOD", "31556952")]
    ls = ["# Generated with mastodon:setup on %d-%02d-%02d" % (C.year, r.randint(1, 12), r.randint(1, 28)),
          "# secrets not listed here are injected at deploy time from the secret store"]
    for k, val in keys:
        if k == slot:
            val = v
        if k == "SECRET_KEY_BASE":
            ls.append("")
            ls.append("# Secrets")
        ls.append("%s=%s" % (k, val))
    return out(pick(r, [".env.production", "mastodon/.env.production", "live/.env.production"]), "env", ls)


def T_mastodon_py(r, S, v, obv):
    C = Ctx(r)
    ls = ['"""Cross-post forum announcements to the fediverse."""', "import os", "", "import feedparser", "from mastodon import Mastodon", "",
          'FEED = "%s/c/%s.rss"' % (C.url, pick(r, ["announcements", "news", "events"]))]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    ls += ["", "m = Mastodon(", "    access_token=%s," % arg, '    api_base_url="https://social.%s",' % C.domain, ")", "",
           "for entry in feedparser.parse(FEED).entries[:%d]:" % r.randint(1, 5),
           '    m.status_post(f"{entry.title}\\n{entry.link}", visibility="%s")' % pick(r, ["public", "unlisted"])]
    return out(pick(r, ["scripts/crosspost.py", "bots/fedi_announce.py", "tools/toot_announcements.py"]), "python", ls)


def T_zuliprc(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = ""
    realm = "%s.zulipchat.com" % C.org if chance(r, 0.5) else "chat.%s" % C.domain
    ls = ["[api]", "email=%s-bot@%s" % (pick(r, ["welcome", "digest", "github", "standup"]), realm), "key=%s" % v, "site=https://%s" % realm]
    ls = [pick(r, ["# downloaded from Settings > Bots", "# zuliprc for the %s bot" % C.org, "# Zulip bot credentials file"])] + ls
    if chance(r, 0.5):
        ls += ["", "[bot]", "stream=%s" % pick(r, ["general", "announce", "standup"])]
    return out(pick(r, ["zuliprc", "bots/zuliprc", ".zuliprc", "deploy/zulip/welcome-bot.zuliprc"]), "ini", ls)


def T_zulip_py(r, S, v, obv):
    C = Ctx(r)
    realm = "https://%s.zulipchat.com" % C.org
    ls = ["import os", "", "import zulip", "", "# posts the daily standup reminder"]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    ls += ["client = zulip.Client(", '    email="standup-bot@%s.zulipchat.com",' % C.org, "    api_key=%s," % arg, '    site="%s",' % realm, ")", "",
           "client.send_message({", '    "type": "stream",', '    "to": "%s",' % pick(r, ["general", "team", "announce"]),
           '    "topic": "standup",', '    "content": "Standup in 10 minutes :clock:",', "})"]
    return out(pick(r, ["bots/standup.py", "scripts/zulip_standup.py"]), "python", ls)


def T_discord_py(r, S, v, obv):
    C = Ctx(r)
    ls = ["import os", "", "import discord", "from discord.ext import commands", "", "intents = discord.Intents.default()", "intents.message_content = True",
          'bot = commands.Bot(command_prefix="%s", intents=intents)' % pick(r, ["!", "?", "$", "."]), "", "GUILD_ID = %s" % snowflake(r), ""]
    if obv:
        n = sname(r, S, True, "S")
        ls.insert(9, "%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    ls += ["", "@bot.event", "async def on_ready():", '    print(f"logged in as {bot.user}")', "", "",
           "@bot.command()", "async def %s(ctx):" % pick(r, ["rules", "ping", "faq"]), '    await ctx.send("See #%s")' % pick(r, ["rules", "faq", "welcome"]),
           "", "", "bot.run(%s)" % arg]
    return out(pick(r, ["bot.py", "discord_bot/main.py", "bots/discord/bot.py"]), "python", ls)


def T_discord_js(r, S, v, obv):
    C = Ctx(r)
    ls = ["const { Client, GatewayIntentBits } = require('discord.js');", "",
          "const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });", ""]
    if obv:
        n = sname(r, S, True, "c")
        ls.append("const %s = %s;" % (n, L(v, "js", "'")))
        arg = n
    else:
        arg = L(v, "js", "'")
    ls += ["const WELCOME_CHANNEL = '%s';" % snowflake(r), "", "client.once('ready', () => console.log(`ready as ${client.user.tag}`));", "",
           "client.on('guildMemberAdd', async (member) => {", "  const ch = await client.channels.fetch(WELCOME_CHANNEL);",
           "  ch.send(`Welcome ${member}, please read the rules!`);", "});", "", "client.login(%s);" % arg]
    return out(pick(r, ["index.js", "src/bot.js", "discord/index.js"]), "javascript", ls)


def T_discord_json(r, S, v, obv):
    C = Ctx(r)
    d = {"prefix": pick(r, ["!", "?"]), "clientId": snowflake(r), "guildId": snowflake(r)}
    d[sname(r, S, obv, "c")] = "@@SLOT@@"
    d["modLogChannel"] = snowflake(r)
    d["status"] = pick(r, ["Watching the forum", "Type !help", "Moderating"])
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', L(v, "json"))
    return out(pick(r, ["config.json", "bot/config.json", "src/config.json"]), "json", txt.split("\n"))


def T_wp_config(r, S, v, obv):
    C = Ctx(r)
    ls = ["<?php", "/** The base configuration for WordPress */", "define( 'DB_NAME', '%s' );" % pick(r, ["wordpress", "wp_" + C.db]),
          "define( 'DB_USER', 'wp' );", "define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );", "define( 'DB_HOST', '%s' );" % C.dbhost,
          "define( 'DB_CHARSET', 'utf8mb4' );", "", "/* salts live outside the repo */", "require_once __DIR__ . '/wp-salt.php';", "",
          "define( '%s', %s );" % (S.get("wpname", "WPCOM_API_KEY") if obv else sname(r, S, False, "S"), L(v, "php", "'")),
          "", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "require_once ABSPATH . 'wp-settings.php';"]
    return out(pick(r, ["wp-config.php", "public/wp-config.php", "blog/wp-config.php"]), "php", ls)


def T_django(r, S, v, obv):
    C = Ctx(r)
    ls = ['"""Production settings for %s."""' % C.host, "import os", "", "from .base import *  # noqa", "", "DEBUG = False",
          'ALLOWED_HOSTS = ["%s", "www.%s"]' % (C.host, C.domain), 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', ""]
    pid = pair_id(r, S)
    if pid:
        ls.append('%s = "%s"' % (nm(S["pair"][0], "S"), pid))
    for w, val in extras(r, S, C, r.randint(1, 3)):
        ls.append('%s = "%s"' % (nm(w, "S"), val))
    ls.append("%s = %s" % (sname(r, S, obv, "S"), L(v, "py")))
    ls += ["", "CACHES = {", '    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://redis:6379/1"}', "}"]
    return out(pick(r, ["config/settings/production.py", "%s/settings.py" % C.org.replace("-", "_"), "blog/settings/prod.py"]), "python", ls)


def T_py_akismet(r, S, v, obv):
    C = Ctx(r)
    ls = ['"""Spam-check new comments before they are shown."""', "import os", "", "import akismet", ""]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    ls += ['BLOG_URL = "https://%s"' % C.domain, "", "api = akismet.Akismet(key=%s, blog_url=BLOG_URL)" % arg, "", "",
           "def is_spam(comment, request):", "    return api.comment_check(", '        user_ip=request.META["REMOTE_ADDR"],',
           '        user_agent=request.META.get("HTTP_USER_AGENT", ""),', '        comment_type="comment",',
           "        comment_author=comment.author_name,", "        comment_content=comment.body,", "    )"]
    return out(pick(r, ["comments/spam.py", "app/moderation/akismet_check.py"]), "python", ls)


def T_aws_creds(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = "<secret>"
    ls = ["[default]", "region = us-east-1", "output = json", "",
          "[%s]" % pick(r, ["forum-uploads", "discourse-backups", "mastodon-media"]), "aws_access_key_id = %s" % pair_id(r, S),
          "aws_secret_access_key = %s" % v, "region = %s" % pick(r, ["us-east-1", "eu-west-1", "eu-central-1"])]
    return out(pick(r, ["deploy/aws/credentials", "ops/.aws/credentials", "backup/aws-credentials.ini"]), "ini", ls)


def T_redis_conf(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = "CHANGE_ME"
    ls = ["# redis for %s" % C.host, "bind 127.0.0.1 ::1", "protected-mode yes", "port 6379", "tcp-keepalive 300", "daemonize no",
          "loglevel notice", "databases 16", "save 900 1", "save 300 10", "dir /var/lib/redis", "maxmemory %dmb" % pick(r, [256, 512, 1024]),
          "maxmemory-policy allkeys-lru", "requirepass %s" % v, "appendonly yes"]
    return out(pick(r, ["redis/redis.conf", "deploy/redis.conf", "config/redis.conf"]), "conf", ls)


def T_discourse_conf(r, S, v, obv):
    C = Ctx(r)
    if isinstance(v, Ref):
        v = ""
    slot = S.get("dconf", "db_password")
    ls = ["# discourse.conf for the %s install (non-docker)" % C.host, "db_pool = %d" % r.randint(5, 25), "db_host = %s" % C.dbhost,
          "db_port = 5432", "db_name = discourse_production", "db_username = discourse", "hostname = %s" % C.host,
          "smtp_address = smtp.%s" % C.domain, "smtp_port = 587", "smtp_user_name = forum@%s" % C.domain, "redis_host = localhost",
          "developer_emails = %s" % C.email]
    idx = 6 if slot == "db_password" else 10 if slot == "smtp_password" else 11
    ls.insert(idx, "%s = %s" % (slot, v))
    return out(pick(r, ["config/discourse.conf", "discourse/config/discourse.conf"]), "conf", ls)


def T_php_pdo(r, S, v, obv):
    C = Ctx(r)
    db = pick(r, ["phpbb", "xenforo", "flarum", "vanilla", C.db])
    ls = ["<?php", "// one-off: move legacy %s users into the new forum" % pick(r, ["vBulletin", "SMF", "MyBB"]), "",
          "$dsn = 'mysql:host=%s;dbname=%s;charset=utf8mb4';" % (C.dbhost, db)]
    if obv:
        n = sname(r, S, True, "c")
        ls.append("$%s = %s;" % (n, L(v, "php", "'")))
        arg = "$" + n
    else:
        arg = L(v, "php", "'")
    ls += ["$pdo = new PDO($dsn, '%s', %s, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);" % (pick(r, ["forum", "migrate", db]), arg), "",
           "$rows = $pdo->query('SELECT user_id, username, user_email FROM %susers LIMIT 500');" % pick(r, ["phpbb_", "xf_", ""]),
           "foreach ($rows as $row) {", "    printf(\"%d\\t%s\\n\", $row['user_id'], $row['username']);", "}"]
    return out(pick(r, ["tools/migrate_users.php", "scripts/import.php", "bin/legacy-export.php"]), "php", ls)


def T_py_db(r, S, v, obv):
    C = Ctx(r)
    ls = ['"""Weekly community stats -> CSV."""', "import csv", "import os", "import sys", "", "import psycopg2", ""]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    ls += ["", "conn = psycopg2.connect(", '    host="%s",' % C.dbhost, '    dbname="%s",' % C.db, '    user="%s",' % pick(r, ["stats", "readonly", "discourse"]),
           "    password=%s," % arg, ")", "cur = conn.cursor()",
           'cur.execute("SELECT date_trunc(\'week\', created_at), count(*) FROM posts GROUP BY 1 ORDER BY 1")',
           "w = csv.writer(sys.stdout)", "for row in cur.fetchall():", "    w.writerow(row)"]
    return out(pick(r, ["scripts/weekly_stats.py", "analytics/posts_per_week.py"]), "python", ls)


def T_hook_py(r, S, v, obv):
    C = Ctx(r)
    ls = ['"""Relay new forum topics to chat."""', "import os", "", "import requests", ""]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s = %s" % (n, L(v, "py")))
        arg = n
    else:
        arg = L(v, "py")
    body = '{"content": msg}' if S["provider"] == "discord" else '{"text": msg}'
    ls += ["", "", "def notify(topic):", '    msg = f"New topic: {topic[\'title\']} %s/t/{topic[\'id\']}"' % C.url,
           "    r = requests.post(%s, json=%s, timeout=10)" % (arg, body), "    r.raise_for_status()"]
    return out(pick(r, ["hooks/relay.py", "scripts/notify_chat.py", "plugins/topic_relay.py"]), "python", ls)


def T_hook_sh(r, S, v, obv):
    C = Ctx(r)
    sv = ("$" + v.name) if isinstance(v, Ref) else v
    body = '{"content": "backup finished on %s"}' % C.host if S["provider"] == "discord" else '{"text": "backup finished on %s"}' % C.host
    ls = ["#!/bin/sh", "# nightly backup + notification", "set -e", "pg_dump -Fc %s > /backups/%s-$(date +%%F).dump" % (C.db, C.db)]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s='%s'" % (n, sv) if not isinstance(v, Ref) else "%s=\"${%s}\"" % (n, v.name))
        url = '"$%s"' % n
    else:
        url = "'%s'" % sv
    ls += ["curl -fsS -X POST -H 'Content-Type: application/json' \\", "  -d '%s' \\" % body, "  %s" % url]
    return out(pick(r, ["ops/backup.sh", "bin/nightly-backup.sh", "cron/backup.sh"]), "shell", ls)


def T_reg_sh(r, S, v, obv):
    C = Ctx(r)
    ls = ["#!/usr/bin/env bash", "# create the first admin on a fresh homeserver", "set -eu"]
    if obv:
        n = sname(r, S, True, "S")
        ls.append("%s=%s" % (n, L(v, "sh", "'")))
        arg = '"$%s"' % n
    else:
        arg = L(v, "sh", "'")
    ls += ["docker compose exec synapse register_new_matrix_user \\", "  -u %s -p \"$(pwgen -s 24 1 | tee /dev/stderr)\" -a \\" % C.admin,
           "  -k %s \\" % arg, "  http://localhost:8008"]
    return out(pick(r, ["ops/matrix/bootstrap-admin.sh", "scripts/synapse-admin.sh"]), "shell", ls)


# ---------------------------------------------------------------------------
# credential kinds
# ---------------------------------------------------------------------------
HTTP = [T_dotenv, T_compose, T_k8s, T_gha, T_ansible, T_json, T_ini, T_toml, T_tfvars, T_systemd, T_props, T_py_http,
        T_py_http, T_js_http, T_js_http, T_ts_config, T_rb_http, T_go, T_sh, T_sh, T_md, T_http, T_csv, T_helm,
        T_dockerfile, T_php_define, T_java, T_nginx]
CONF = [T_dotenv, T_dotenv, T_compose, T_k8s, T_gha, T_ansible, T_json, T_ini, T_toml, T_tfvars, T_systemd, T_props,
        T_helm, T_dockerfile, T_php_define, T_csv, T_sql]
PW = [T_dotenv, T_compose, T_k8s, T_ansible, T_json, T_ini, T_toml, T_systemd, T_helm, T_csv, T_py_db, T_php_pdo]
URLT = [T_dotenv, T_compose, T_k8s, T_gha, T_ansible, T_json, T_ini, T_toml, T_systemd, T_helm, T_csv]
NO_NEG_REUSE = {T_signing_key}


def neu(p, *more):
    base = [[p, "auth"], [p, "value"], [p, "cred"], [p, "h"], ["sync", "value"], ["upstream", "cfg"], ["remote", "a"]]
    return [list(m) for m in more] + base


def E(*pairs):
    return [(w.split("_"), fn) for w, fn in pairs]


DISC_EX = E(("discourse_api_username", lambda r, C: C.admin), ("discourse_url", lambda r, C: C.url),
            ("discourse_category_id", lambda r, C: str(r.randint(1, 80))), ("discourse_category_slug", lambda r, C: C.cat))
CHAT_EX = E(("chat_url", lambda r, C: "https://chat.%s" % C.domain), ("bot_name", lambda r, C: pick(r, ["welcomebot", "modbot", "digest"])),
            ("default_channel", lambda r, C: pick(r, ["general", "announcements", "welcome"])))
FEDI_EX = E(("instance_url", lambda r, C: "https://social.%s" % C.domain), ("post_visibility", lambda r, C: pick(r, ["public", "unlisted"])))
MATRIX_EX = E(("matrix_homeserver", lambda r, C: "https://matrix.%s" % C.domain), ("matrix_user_id", lambda r, C: "@%s:%s" % (pick(r, ["bot", "modbot"]), C.domain)),
              ("matrix_room", lambda r, C: "#%s:%s" % (C.cat, C.domain)))
DB_EX = E(("db_host", lambda r, C: C.dbhost), ("db_name", lambda r, C: C.db), ("db_user", lambda r, C: pick(r, ["forum", "community", "app"])),
          ("db_port", lambda r, C: pick(r, ["5432", "3306"])))


def aws_pair(r, neg):
    return "AKIAIOSFODNN7EXAMPLE" if neg else g_aws_id(r)


def disqus_pub(r, neg):
    return rs(r, 64, ALNUM)


def rc_uid(r, neg):
    return g_rc_id(r)


def gh_client_id(r, neg):
    return pick(r, ["Iv1.", "Ov23li"]) + rs(r, 16, HEXL) if chance(r, 0.5) else rs(r, 20, HEXL)


def google_cid(r, neg):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LOWER + DIGITS))


def recaptcha_site(r, neg):
    return "6L" + pick(r, "cdef") + rs(r, 5, ALNUM) + "AAAAA" + rs(r, 27, B64URL)


def khoros_cid(r, neg):
    return base64.b64encode(rbytes(r, 24)).decode()


def pg_wrap(user, db):
    return lambda r, s: "postgres://%s:%s@%s:5432/%s%s" % (user, s, pick(r, ["db", "postgres", "localhost"]), db, pick(r, ["", "?sslmode=disable"]))


def discord_hook_wrap(r, s):
    return "https://%s/api/webhooks/%s/%s" % (pick(r, ["discord.com", "discordapp.com"]), snowflake(r), s)


def rc_hook_wrap(r, s):
    return "https://chat.%s.%s/hooks/%s/%s" % (pick(r, ORGS), pick(r, TLD), g_rc_id(r), s)


def last_token(s):
    return s.split(" ")[-1]


SPECS = [
    dict(id="discourse_api_key", provider="discourse", label="Discourse", kind="api_key", kw="api-key", gen=g_hex64, w=7,
         obv=[["discourse", "api", "key"], ["discourse", "key"], ["api", "key"]], neu=neu("discourse", ["forum", "access"]),
         hdr=("Api-Key", ""), ep="/admin/users/list/active.json", extras=DISC_EX, tpl=HTTP + [T_discourse_rb] * 4),
    dict(id="discourse_user_api_key", provider="discourse", label="Discourse", kind="user_api_key", kw="api-key", gen=g_hex32, w=2,
         obv=[["discourse", "user", "api", "key"], ["user", "api", "key"]], neu=neu("discourse"), hdr=("User-Api-Key", ""),
         ep="/notifications.json", extras=DISC_EX, tpl=HTTP),
    dict(id="discourse_connect_secret", provider="discourse", label="DiscourseConnect", kind="sso_secret", kw="secret", gen=g_sso_secret, w=5,
         obv=[["discourse", "connect", "secret"], ["sso", "secret"], ["discourse", "sso", "secret"]],
         neu=neu("discourse", ["sso", "shared"], ["dc", "value"], ["connect", "material"]), extras=DISC_EX,
         site_setting="discourse_connect_secret", site_url_setting="discourse_connect_url",
         tpl=[T_sso_py] * 3 + [T_sso_php] * 2 + [T_rails_runner] * 2 + [T_dotenv, T_k8s, T_json, T_sql, T_ansible, T_props, T_compose]),
    dict(id="discourse_smtp_password", provider="discourse", label="Discourse", kind="smtp_password", kw="password", gen=g_password, w=3,
         obv=[["discourse", "smtp", "password"]], neu=neu("discourse"), appyml="DISCOURSE_SMTP_PASSWORD", dconf="smtp_password",
         tpl=[T_app_yml] * 3 + [T_discourse_conf]),
    dict(id="discourse_db_password", provider="discourse", label="Discourse", kind="db_password", kw="password", gen=g_password, w=2,
         obv=[["discourse", "db", "password"]], neu=neu("discourse"), appyml="DISCOURSE_DB_PASSWORD", dconf="db_password",
         tpl=[T_app_yml, T_app_yml, T_discourse_conf]),
    dict(id="sendgrid_api_key", provider="sendgrid", label="SendGrid mail", kind="api_key", kw="api-key", gen=g_sendgrid, w=2,
         obv=[["sendgrid", "api", "key"], ["smtp", "password"]], neu=neu("mail"), appyml="DISCOURSE_SMTP_PASSWORD", smtp="smtp.sendgrid.net",
         smtp_user="apikey", hdr=("Authorization", "Bearer "), ep="/v3/mail/send", tpl=[T_app_yml] * 3 + [T_dotenv, T_compose, T_k8s, T_json, T_py_http]),
    dict(id="aws_secret_access_key", provider="aws", label="S3 uploads", kind="secret_access_key", kw="secret", gen=g_aws_secret, w=3,
         obv=[["aws", "secret", "access", "key"], ["s3", "secret", "access", "key"], ["s3", "secret"]],
         neu=neu("s3", ["storage", "value"], ["media", "b"]), pair=(["aws", "access", "key", "id"], aws_pair, "X-Key-Id"),
         ex=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], appyml="DISCOURSE_S3_SECRET_ACCESS_KEY",
         tpl=[T_app_yml] * 3 + [T_aws_creds] * 2 + [T_dotenv, T_compose, T_k8s, T_ansible, T_systemd, T_helm]),
    dict(id="flarum_api_key", provider="flarum", label="Flarum", kind="api_key", kw="api-key", gen=g_flarum, w=3,
         obv=[["flarum", "api", "key"], ["flarum", "token"], ["api", "token"]], neu=neu("flarum"), hdr=("Authorization", "Token "),
         ep="/api/discussions", tpl=HTTP),
    dict(id="flarum_db_password", provider="flarum", label="Flarum", kind="db_password", kw="password", gen=g_password, w=1.5,
         obv=[["db", "password"]], neu=neu("flarum"), tpl=[T_flarum] * 3 + [T_php_pdo]),
    dict(id="nodebb_secret", provider="nodebb", label="NodeBB", kind="session_secret", kw="secret", gen=g_nodebb_secret, w=1.5,
         obv=[["secret"]], neu=neu("nodebb"), nodebb="secret", tpl=[T_nodebb]),
    dict(id="nodebb_mongo_password", provider="nodebb", label="NodeBB", kind="db_password", kw="password", gen=g_password, w=0.6,
         obv=[["password"]], neu=neu("nodebb"), nodebb="mongo", tpl=[T_nodebb]),
    dict(id="nodebb_pg_password", provider="nodebb", label="NodeBB", kind="db_password", kw="password", gen=g_password, w=0.6,
         obv=[["password"]], neu=neu("nodebb"), nodebb="postgres", tpl=[T_nodebb]),
    dict(id="nodebb_redis_password", provider="nodebb", label="NodeBB", kind="redis_password", kw="password", gen=g_password, w=0.6,
         obv=[["password"]], neu=neu("nodebb"), nodebb="redis", tpl=[T_nodebb]),
    dict(id="nodebb_api_token", provider="nodebb", label="NodeBB", kind="api_token", kw="token", gen=uuid4, w=2,
         obv=[["nodebb", "api", "token"], ["nodebb", "master", "token"], ["bearer", "token"]], neu=neu("nodebb"),
         hdr=("Authorization", "Bearer "), ep="/api/v3/users", tpl=HTTP),
    dict(id="phpbb_db_password", provider="phpbb", label="phpBB", kind="db_password", kw="password", gen=g_password, w=5,
         obv=[["dbpasswd"]], neu=neu("phpbb"), tpl=[T_phpbb] * 4 + [T_php_pdo]),
    dict(id="xenforo_db_password", provider="xenforo", label="XenForo", kind="db_password", kw="password", gen=g_password, w=3,
         obv=[["db", "password"]], neu=neu("xf"), tpl=[T_xenforo] * 3 + [T_php_pdo]),
    dict(id="xenforo_api_key", provider="xenforo", label="XenForo", kind="api_key", kw="api-key", gen=lambda r: rs(r, 32, B64URL), w=2,
         obv=[["xf", "api", "key"], ["xenforo", "api", "key"]], neu=neu("xf"), hdr=("XF-Api-Key", ""), ep="/api/threads/", tpl=HTTP),
    dict(id="vanilla_access_token", provider="vanilla", label="Vanilla Forums", kind="access_token", kw="token", gen=g_vanilla, w=2,
         obv=[["vanilla", "access", "token"], ["vanilla", "token"], ["access", "token"]], neu=neu("vanilla"),
         hdr=("Authorization", "Bearer "), ep="/api/v2/discussions", tpl=HTTP),
    dict(id="vanilla_db_password", provider="vanilla", label="Vanilla Forums", kind="db_password", kw="password", gen=g_password, w=2,
         obv=[["password"]], neu=neu("vanilla"), tpl=[T_vanilla] * 3),
    dict(id="circle_api_token", provider="circle", label="Circle.so", kind="api_token", kw="token", gen=g_circle, w=2,
         obv=[["circle", "api", "token"], ["circle", "token"]], neu=neu("circle"), hdr=("Authorization", "Token "),
         ep="/api/v1/community_members", extras=E(("circle_community_id", lambda r, C: str(r.randint(10000, 999999)))), tpl=HTTP),
    dict(id="mighty_api_token", provider="mightynetworks", label="Mighty Networks", kind="api_token", kw="token", gen=g_mighty, w=1.5,
         obv=[["mighty", "api", "token"], ["mighty", "networks", "token"]], neu=neu("mighty"), hdr=("Authorization", "Bearer "),
         ep="/admin/v1/networks/%d/members" % 12345, extras=E(("mighty_network_id", lambda r, C: str(r.randint(100000, 9999999)))), tpl=HTTP),
    dict(id="khoros_client_secret", provider="khoros", label="Khoros Community", kind="oauth_client_secret", kw="secret", gen=g_khoros, w=2,
         obv=[["khoros", "client", "secret"], ["lithium", "client", "secret"], ["khoros", "oauth", "secret"]], neu=neu("khoros"),
         pair=(["khoros", "client", "id"], khoros_cid, "X-Client-Id"), extras=E(("khoros_community_url", lambda r, C: "https://%s.stage.lithium.com" % C.org.replace("-", ""))),
         tpl=CONF),
    dict(id="disqus_secret_key", provider="disqus", label="Disqus", kind="api_secret", kw="secret", gen=g_disqus, w=4,
         obv=[["disqus", "secret", "key"], ["disqus", "api", "secret"], ["disqus", "secret"]], neu=neu("disqus", ["comments", "s"]),
         pair=(["disqus", "public", "key"], disqus_pub, "X-Disqus-Public"), extras=E(("disqus_shortname", lambda r, C: C.org.replace("-", ""))),
         tpl=CONF + [T_django] * 4),
    dict(id="commento_postgres", provider="commento", label="Commento", kind="db_password", kw="password", gen=g_password, w=2,
         obv=[["commento", "postgres"]], neu=[["database", "url"], ["db", "dsn"], ["pg", "conn"]], wrap=pg_wrap("commento", "commento"),
         svc="commento", image="registry.gitlab.com/commento/commento:latest", tpl=URLT),
    dict(id="remark42_secret", provider="remark42", label="Remark42", kind="jwt_secret", kw="secret", gen=g_remark, w=2,
         obv=[["secret"], ["remark", "secret"]], neu=neu("remark", ["jwt", "seed"]), svc="remark42", image="umputun/remark42:latest",
         extras=E(("remark_url", lambda r, C: "https://comments.%s" % C.domain), ("site", lambda r, C: C.org)),
         tpl=[T_compose] * 3 + [T_dotenv, T_k8s, T_systemd, T_helm]),
    dict(id="remark42_admin_passwd", provider="remark42", label="Remark42", kind="admin_password", kw="password", gen=g_password, w=1,
         obv=[["admin", "passwd"], ["admin", "password"]], neu=neu("remark"), svc="remark42", image="umputun/remark42:latest",
         extras=E(("remark_url", lambda r, C: "https://comments.%s" % C.domain)), tpl=[T_compose] * 2 + [T_dotenv, T_k8s]),
    dict(id="github_oauth_secret", provider="github", label="GitHub login", kind="oauth_client_secret", kw="secret", gen=g_gh_oauth, w=2,
         obv=[["auth", "github", "csec"], ["github", "client", "secret"], ["github", "oauth", "secret"]], neu=neu("gh"),
         pair=(["github", "client", "id"], gh_client_id, "X-Client-Id"), tpl=CONF),
    dict(id="lemmy_db_password", provider="lemmy", label="Lemmy", kind="db_password", kw="password", gen=g_password, w=1,
         obv=[["password"]], neu=neu("lemmy"), lemmy="db", tpl=[T_lemmy]),
    dict(id="lemmy_pictrs_key", provider="lemmy", label="Lemmy", kind="api_key", kw="api-key", gen=lambda r: rs(r, 32, ALNUM), w=0.6,
         obv=[["api", "key"]], neu=neu("lemmy"), lemmy="pictrs", tpl=[T_lemmy]),
    dict(id="lemmy_admin_password", provider="lemmy", label="Lemmy", kind="admin_password", kw="password", gen=g_password, w=0.6,
         obv=[["admin", "password"]], neu=neu("lemmy"), lemmy="admin", tpl=[T_lemmy]),
    dict(id="lemmy_smtp_password", provider="lemmy", label="Lemmy", kind="smtp_password", kw="password", gen=g_password, w=0.6,
         obv=[["smtp", "password"]], neu=neu("lemmy"), lemmy="smtp", tpl=[T_lemmy]),
    dict(id="mastodon_secret_key_base", provider="mastodon", label="Mastodon", kind="secret_key_base", kw="secret", gen=g_hex128, w=2,
         obv=[["secret", "key", "base"]], neu=neu("mastodon"), masto="SECRET_KEY_BASE", tpl=[T_mastodon_env] * 3 + [T_k8s, T_helm]),
    dict(id="mastodon_otp_secret", provider="mastodon", label="Mastodon", kind="otp_secret", kw="secret", gen=g_hex128, w=1,
         obv=[["otp", "secret"]], neu=neu("mastodon"), masto="OTP_SECRET", tpl=[T_mastodon_env] * 3 + [T_k8s]),
    dict(id="mastodon_vapid_private", provider="mastodon", label="Mastodon", kind="vapid_private_key", kw="private-key", gen=g_vapid_priv, w=1,
         obv=[["vapid", "private", "key"]], neu=neu("mastodon"), masto="VAPID_PRIVATE_KEY", tpl=[T_mastodon_env] * 3 + [T_k8s]),
    dict(id="mastodon_ar_key", provider="mastodon", label="Mastodon", kind="encryption_key", kw="key", gen=g_ar_key, w=1,
         obv=[["active", "record", "encryption", "primary", "key"]], neu=neu("mastodon"), masto="ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY",
         tpl=[T_mastodon_env] * 3),
    dict(id="mastodon_db_pass", provider="mastodon", label="Mastodon", kind="db_password", kw="password", gen=g_password, w=1,
         obv=[["db", "pass"]], neu=neu("mastodon"), masto="DB_PASS", tpl=[T_mastodon_env]),
    dict(id="mastodon_access_token", provider="mastodon", label="Mastodon", kind="access_token", kw="token", gen=g_b64u43, w=3,
         obv=[["mastodon", "access", "token"], ["access", "token"], ["fedi", "token"]], neu=neu("mastodon", ["fedi", "cfg"]),
         hdr=("Authorization", "Bearer "), ep="/api/v1/accounts/verify_credentials", extras=FEDI_EX, tpl=HTTP + [T_mastodon_py] * 4),
    dict(id="synapse_registration_shared_secret", provider="synapse", label="Synapse", kind="registration_shared_secret", kw="secret",
         gen=g_syn_secret, w=3, obv=[["registration", "shared", "secret"], ["synapse", "registration", "shared", "secret"]],
         neu=neu("synapse", ["reg", "material"]), syn="registration_shared_secret", extras=MATRIX_EX,
         tpl=[T_synapse] * 4 + [T_reg_sh] * 2 + [T_dotenv, T_k8s]),
    dict(id="synapse_macaroon_secret_key", provider="synapse", label="Synapse", kind="macaroon_secret_key", kw="secret", gen=g_syn_secret, w=0.6,
         obv=[["macaroon", "secret", "key"]], neu=neu("synapse"), syn="macaroon_secret_key", tpl=[T_synapse]),
    dict(id="synapse_form_secret", provider="synapse", label="Synapse", kind="form_secret", kw="secret", gen=g_syn_secret, w=0.6,
         obv=[["form", "secret"]], neu=neu("synapse"), syn="form_secret", tpl=[T_synapse]),
    dict(id="synapse_turn_secret", provider="synapse", label="Synapse", kind="turn_shared_secret", kw="secret", gen=lambda r: rs(r, 64, HEXL), w=0.6,
         obv=[["turn", "shared", "secret"]], neu=neu("synapse"), syn="turn_shared_secret", tpl=[T_synapse]),
    dict(id="synapse_db_password", provider="synapse", label="Synapse", kind="db_password", kw="password", gen=g_password, w=0.6,
         obv=[["password"]], neu=neu("synapse"), syn="db_password", tpl=[T_synapse]),
    dict(id="synapse_smtp_pass", provider="synapse", label="Synapse", kind="smtp_password", kw="password", gen=g_password, w=0.6,
         obv=[["smtp", "pass"]], neu=neu("synapse"), syn="smtp_pass", tpl=[T_synapse]),
    dict(id="matrix_access_token", provider="matrix", label="Matrix", kind="access_token", kw="token", gen=g_syt, w=4,
         obv=[["matrix", "access", "token"], ["access", "token"], ["matrix", "token"]], neu=neu("matrix"),
         hdr=("Authorization", "Bearer "), ep="/_matrix/client/v3/account/whoami", extras=MATRIX_EX,
         tpl=HTTP + [T_matrix_bot_yaml] * 4 + [T_nio_py] * 4),
    dict(id="synapse_signing_key", provider="synapse", label="Synapse", kind="signing_key", kw="key", gen=g_signing_key, w=1,
         obv=[["signing", "key"]], neu=neu("synapse"), needle=last_token, tpl=[T_signing_key]),
    dict(id="zulip_bot_api_key", provider="zulip", label="Zulip", kind="bot_api_key", kw="api-key", gen=g_zulip, w=3,
         obv=[["zulip", "api", "key"], ["zulip", "bot", "key"]], neu=neu("zulip"), extras=CHAT_EX,
         tpl=[T_zuliprc] * 5 + [T_zulip_py] * 3 + [T_dotenv, T_json, T_k8s, T_compose]),
    dict(id="rocketchat_pat", provider="rocketchat", label="Rocket.Chat", kind="personal_access_token", kw="token", gen=g_rc_token, w=3,
         obv=[["rocketchat", "auth", "token"], ["rc", "auth", "token"], ["x", "auth", "token"]], neu=neu("rocketchat", ["rc", "x"]),
         pair=(["rocketchat", "user", "id"], rc_uid, "X-User-Id"), hdr=("X-Auth-Token", ""), ep="/api/v1/channels.list", extras=CHAT_EX, tpl=HTTP),
    dict(id="rocketchat_webhook", provider="rocketchat", label="Rocket.Chat", kind="webhook_token", kw="url", gen=g_rc_hook, w=2,
         obv=[["rocketchat", "webhook", "url"], ["rc", "hook", "url"]], neu=[["notify", "url"], ["chat", "endpoint"], ["relay", "target"]],
         wrap=lambda r, s: rc_hook_wrap(r, s), tpl=URLT + [T_hook_py, T_hook_sh] * 3),
    dict(id="rocketchat_admin_pass", provider="rocketchat", label="Rocket.Chat", kind="admin_password", kw="password", gen=g_password, w=1,
         obv=[["admin", "pass"]], neu=neu("rc"), svc="rocketchat", image="registry.rocket.chat/rocketchat/rocket.chat:6.5.0",
         extras=E(("root_url", lambda r, C: "https://chat.%s" % C.domain), ("admin_username", lambda r, C: "admin")), tpl=[T_compose] * 3 + [T_dotenv, T_k8s]),
    dict(id="discord_bot_token", provider="discord", label="Discord bot", kind="bot_token", kw="token", gen=g_discord_bot, w=7,
         obv=[["discord", "token"], ["discord", "bot", "token"], ["bot", "token"], ["token"]], neu=neu("discord", ["bot", "t"]),
         hdr=("Authorization", "Bot "), ep="/api/v10/users/@me", extras=CHAT_EX,
         tpl=[T_discord_py] * 4 + [T_discord_js] * 4 + [T_discord_json] * 3 + [T_dotenv, T_compose, T_k8s, T_gha, T_py_http, T_sh]),
    dict(id="discord_webhook", provider="discord", label="Discord", kind="webhook_token", kw="url", gen=g_discord_hook, w=3,
         obv=[["discord", "webhook", "url"], ["discord", "webhook"]], neu=[["notify", "url"], ["chat", "endpoint"], ["relay", "target"]],
         wrap=discord_hook_wrap, tpl=URLT + [T_hook_py, T_hook_sh] * 3),
    dict(id="akismet_api_key", provider="akismet", label="Akismet", kind="api_key", kw="api-key", gen=g_akismet, w=4,
         obv=[["akismet", "api", "key"], ["akismet", "key"], ["wpcom", "api", "key"]], neu=neu("akismet", ["spam", "filter", "id"]),
         wpname="WPCOM_API_KEY", tpl=[T_wp_config] * 3 + [T_py_akismet] * 3 + [T_django, T_dotenv, T_json, T_ini, T_php_define]),
    dict(id="stripe_secret_key", provider="stripe", label="Stripe memberships", kind="secret_key", kw="secret", gen=g_stripe, w=2,
         obv=[["stripe", "secret", "key"], ["stripe", "api", "key"]], neu=neu("stripe", ["billing", "value"]), tpl=CONF + [T_django]),
    dict(id="google_oauth_secret", provider="google", label="Google login", kind="oauth_client_secret", kw="secret", gen=g_google_secret, w=2,
         obv=[["google", "client", "secret"], ["google", "oauth", "secret"]], neu=neu("google"),
         pair=(["google", "client", "id"], google_cid, "X-Client-Id"), tpl=CONF + [T_django]),
    dict(id="recaptcha_secret", provider="recaptcha", label="reCAPTCHA", kind="secret_key", kw="secret", gen=g_recaptcha, w=2,
         obv=[["recaptcha", "secret", "key"], ["recaptcha", "private", "key"]], neu=neu("captcha"),
         pair=(["recaptcha", "site", "key"], recaptcha_site, "X-Site-Key"), tpl=CONF + [T_django]),
    dict(id="hcaptcha_secret", provider="hcaptcha", label="hCaptcha", kind="secret_key", kw="secret", gen=g_hcaptcha, w=1,
         obv=[["hcaptcha", "secret"], ["hcaptcha", "secret", "key"]], neu=neu("captcha"),
         ex=["0x0000000000000000000000000000000000000000"], tpl=CONF),
    dict(id="mailgun_api_key", provider="mailgun", label="Mailgun", kind="api_key", kw="api-key", gen=g_mailgun, w=1,
         obv=[["mailgun", "api", "key"]], neu=neu("mail"), tpl=CONF),
    dict(id="redis_password", provider="redis", label="Redis", kind="password", kw="password", gen=g_password, w=1,
         obv=[["redis", "password"]], neu=neu("cache"), tpl=[T_redis_conf] * 3 + PW[:6]),
    dict(id="postgres_password", provider="postgres", label="community database", kind="db_password", kw="password", gen=g_password, w=2,
         obv=[["postgres", "password"], ["db", "password"], ["database", "password"]], neu=[["pg", "pw"], ["db", "pass"], ["pgpass"], ["db", "cred"]],
         extras=DB_EX, tpl=PW),
]


# ---------------------------------------------------------------------------
# domain look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------
def avatar_hash(r, n=32):
    return rs(r, n, HEXL)


def N_discourse_topic_json(r):
    C = Ctx(r)
    tid = r.randint(1000, 99999)
    posts = []
    for i in range(r.randint(2, 4)):
        u = pick(r, FIRST)
        posts.append({"id": r.randint(100000, 999999), "username": u, "avatar_template": "/user_avatar/%s/%s/{size}/%d_2.png" % (C.host, u, r.randint(1, 9999)),
                      "created_at": "%d-%02d-%02dT%02d:%02d:00.000Z" % (C.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
                      "post_number": i + 1, "reply_count": r.randint(0, 4), "user_id": r.randint(2, 5000), "trust_level": r.randint(0, 4),
                      "cooked": "<p>%s</p>" % pick(r, ["Thanks, that fixed it!", "Could you share your app.yml (without the secrets)?", "Same here on 3.2."])})
    d = {"id": tid, "title": "%s question about %s" % (pick(r, ["Quick", "Newbie", "Follow-up"]), pick(r, ["SSO", "backups", "the API", "plugins"])),
         "slug": "%s-question-about-%s" % (pick(r, ["quick", "newbie"]), pick(r, ["sso", "backups", "the-api"])), "category_id": r.randint(1, 40),
         "posts_count": len(posts), "post_stream": {"posts": posts, "stream": [p["id"] for p in posts]}}
    return "fixtures/discourse/topic_%d.json" % tid, "json", json.dumps(d, indent=2), "discourse", "topic_ids"


def N_saved_html(r):
    C = Ctx(r)
    csrf = base64.b64encode(rbytes(r, 64)).decode()
    ls = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">', "  <title>%s - %s Community</title>" % (pick(r, ["Latest topics", "Welcome"]), C.org),
          '  <meta name="csrf-param" content="authenticity_token">', '  <meta name="csrf-token" content="%s">' % csrf,
          '  <meta name="discourse_theme_id" content="%d">' % r.randint(1, 20), '  <link rel="canonical" href="%s/latest">' % C.url,
          '  <link rel="icon" href="%s/uploads/default/optimized/1X/%s_2_32x32.png">' % (C.url, rs(r, 40, HEXL)), "</head>", "<body>",
          '  <div id="data-preloaded" data-preloaded="{&quot;topic_list&quot;:{&quot;topics&quot;:[{&quot;id&quot;:%d}]}}"></div>' % r.randint(100, 99999),
          '  <form action="/session" method="post"><input type="hidden" name="authenticity_token" value="%s"></form>' % csrf,
          "</body>", "</html>"]
    return pick(r, ["tests/fixtures/latest.html", "snapshots/forum-home.html", "docs/assets/saved_page.html"]), "html", "\n".join(ls) + "\n", "discourse", "csrf_token"


def N_disqus_embed(r):
    C = Ctx(r)
    short = C.org.replace("-", "")
    ls = ["{% if page.comments %}", '<div id="disqus_thread"></div>', "<script>", "  var disqus_config = function () {",
          "    this.page.url = '{{ page.url | absolute_url }}';", "    this.page.identifier = '{{ page.id }}';", "  };", "  (function() {",
          "    var d = document, s = d.createElement('script');", "    s.src = 'https://%s.disqus.com/embed.js';" % short,
          "    s.setAttribute('data-timestamp', +new Date());", "    (d.head || d.body).appendChild(s);", "  })();", "</script>",
          '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>',
          "{% endif %}"]
    return pick(r, ["_includes/disqus.html", "layouts/partials/comments.html", "templates/comments.html"]), "html", "\n".join(ls) + "\n", "disqus", "shortname"


def N_disqus_public(r):
    C = Ctx(r)
    short = C.org.replace("-", "")
    ls = ["// Disqus read-only widget: the PUBLIC api key is meant to be shipped to browsers.",
          "// The secret key is never used client-side.", "const DISQUS_PUBLIC_KEY = '%s';" % rs(r, 64, ALNUM), "const DISQUS_FORUM = '%s';" % short, "",
          "export async function popularThreads(limit = %d) {" % r.randint(3, 10),
          "  const url = `https://disqus.com/api/3.0/threads/listPopular.json?api_key=${DISQUS_PUBLIC_KEY}&forum=${DISQUS_FORUM}&limit=${limit}`;",
          "  const res = await fetch(url);", "  const { response } = await res.json();",
          "  return response.map((t) => ({ id: t.id, title: t.clean_title, link: t.link, posts: t.posts }));", "}"]
    return pick(r, ["assets/js/disqus-popular.js", "src/widgets/popular.js"]), "javascript", "\n".join(ls) + "\n", "disqus", "public_key"


def N_hugo_toml(r):
    C = Ctx(r)
    ls = ['baseURL = "https://%s/"' % C.domain, 'languageCode = "en-us"', 'title = "%s blog"' % C.org, 'theme = "%s"' % pick(r, ["PaperMod", "ananke", "hugo-coder"]),
          'disqusShortname = "%s"' % C.org.replace("-", ""), "", "[params]", '  description = "notes from the %s community"' % C.org,
          '  comments = true', '  remark42Host = "https://comments.%s"' % C.domain, '  remark42SiteID = "%s"' % C.org, "",
          "[[menu.main]]", '  name = "Forum"', '  url = "%s"' % C.url, "  weight = 10"]
    return "config.toml", "toml", "\n".join(ls) + "\n", "disqus", "shortname"


def N_matrix_events(r):
    C = Ctx(r)
    room = "!%s:%s" % (rs(r, 18, ALNUM), C.domain)
    evs = []
    ts = 1700000000000 + r.randint(0, 10 ** 10)
    for i in range(r.randint(2, 5)):
        ts += r.randint(1000, 900000)
        evs.append({"type": "m.room.message", "room_id": room, "sender": "@%s:%s" % (pick(r, FIRST), pick(r, [C.domain, "matrix.org"])),
                    "event_id": "$" + b64u_nopad(rbytes(r, 32)), "origin_server_ts": ts,
                    "content": {"msgtype": "m.text", "body": pick(r, ["hi all", "meeting notes are on the wiki", "who can review #412?", "+1"])},
                    "unsigned": {"age": r.randint(100, 99999)}})
    d = {"chunk": evs, "start": "t%d-%d_0_0_0_0_0_0_0_0" % (r.randint(100, 9999), r.randint(10000, 999999)), "end": "t%d-%d_0_0_0_0_0_0_0_0" % (r.randint(100, 9999), r.randint(10000, 999999))}
    return pick(r, ["tests/fixtures/matrix/messages.json", "export/room_history.json"]), "json", json.dumps(d, indent=2), "matrix", "event_ids"


def N_server_keys(r):
    C = Ctx(r)
    kid = "ed25519:a_%s" % rs(r, 4, ALNUM)
    d = {"server_name": C.domain, "valid_until_ts": 1700000000000 + r.randint(0, 10 ** 10),
         "verify_keys": {kid: {"key": b64_nopad(rbytes(r, 32))}}, "old_verify_keys": {},
         "signatures": {C.domain: {kid: b64_nopad(rbytes(r, 64))}}}
    txt = "# GET https://%s/_matrix/key/v2/server  (public federation keys)\n" % C.domain
    return pick(r, ["docs/federation/server-keys.md", "tests/fixtures/server_keys.json"]), "json", json.dumps(d, indent=2), "synapse", "federation_public_key"


def N_homeserver_paths(r):
    C = Ctx(r)
    sn = C.domain
    ls = ['server_name: "%s"' % sn, "public_baseurl: https://matrix.%s/" % sn, "pid_file: /data/homeserver.pid", "listeners:", "  - port: 8008",
          "    type: http", "    x_forwarded: true", "    resources:", "      - names: [client, federation]", "database:", "  name: psycopg2",
          "  args:", "    user: synapse", "    # password comes from /run/secrets via the entrypoint", "    database: synapse", "    host: db",
          "# secrets are mounted by the orchestrator, never committed",
          "registration_shared_secret_path: /run/secrets/synapse_registration_shared_secret",
          "macaroon_secret_key_path: /run/secrets/synapse_macaroon", "form_secret_path: /run/secrets/synapse_form_secret",
          'signing_key_path: "/data/%s.signing.key"' % sn, "trusted_key_servers:", '  - server_name: "matrix.org"', "suppress_key_server_warning: true",
          "enable_registration: false", "report_stats: false"]
    return pick(r, ["synapse/homeserver.yaml", "homeserver.yaml"]), "yaml", "\n".join(ls) + "\n", "synapse", "secret_paths"


def N_mastodon_csv(r):
    C = Ctx(r)
    ls = ["id,uri,created_at,visibility,replies_count,reblogs_count,url"]
    for i in range(r.randint(4, 10)):
        sid = str(r.randint(110000000000000000, 113999999999999999))
        ls.append("%s,https://social.%s/users/%s/statuses/%s,%d-%02d-%02dT10:%02d:00Z,%s,%d,%d,https://social.%s/@%s/%s" % (
            sid, C.domain, C.user, sid, C.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), pick(r, ["public", "unlisted"]),
            r.randint(0, 20), r.randint(0, 50), C.domain, C.user, sid))
    return "exports/statuses_%d.csv" % C.year, "csv", "\n".join(ls) + "\n", "mastodon", "status_ids"


def pem_pub(r):
    body = base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + rbytes(r, 270)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


def N_actor_json(r):
    C = Ctx(r)
    host = pick(r, ["lemmy.", "social."]) + C.domain
    name = pick(r, [C.cat.replace("-", ""), C.user])
    d = {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"], "type": pick(r, ["Group", "Person"]),
         "id": "https://%s/c/%s" % (host, name), "preferredUsername": name, "inbox": "https://%s/c/%s/inbox" % (host, name),
         "outbox": "https://%s/c/%s/outbox" % (host, name), "followers": "https://%s/c/%s/followers" % (host, name),
         "publicKey": {"id": "https://%s/c/%s#main-key" % (host, name), "owner": "https://%s/c/%s" % (host, name), "publicKeyPem": pem_pub(r)},
         "published": "%d-%02d-%02dT12:00:00Z" % (C.year, r.randint(1, 12), r.randint(1, 28))}
    return pick(r, ["tests/fixtures/activitypub/actor.json", "fixtures/lemmy_group.json"]), "json", json.dumps(d, indent=2), "lemmy", "actor_public_key"


def N_discord_ids(r):
    C = Ctx(r)
    d = {"applicationId": snowflake(r), "publicKey": rs(r, 64, HEXL), "guildId": snowflake(r),
         "channels": {"welcome": snowflake(r), "modlog": snowflake(r), "announcements": snowflake(r)},
         "roles": {"moderator": snowflake(r), "member": snowflake(r)}, "invite": "https://discord.gg/%s" % rs(r, 8, ALNUM),
         "token": "see DISCORD_TOKEN in the deployment environment"}
    txt = json.dumps(d, indent=2)
    return pick(r, ["config/discord.ids.json", "bot/ids.json"]), "json", txt, "discord", "snowflake_ids"


def N_phpbb_lang(r):
    ls = ["<?php", "/**", "* acp_board [English]", "*/", "if (!defined('IN_PHPBB'))", "{", "\texit;", "}", "$lang = array_merge($lang, array(",
          "\t'ACP_DB_PASSWORD'\t\t\t=> 'Database password',", "\t'ACP_DB_PASSWORD_EXPLAIN'\t=> 'Leave blank to keep the current password.',",
          "\t'RECAPTCHA_PRIVATE'\t\t=> 'Secret key',", "\t'RECAPTCHA_PRIVATE_EXPLAIN'\t=> 'Your secret reCAPTCHA key. Keys can be obtained on <a href=\"https://www.google.com/recaptcha\">www.google.com/recaptcha</a>.',",
          "\t'RECAPTCHA_PUBLIC'\t\t=> 'Site key',", "\t'SMTP_PASSWORD'\t\t\t=> 'SMTP password',",
          "\t'SMTP_PASSWORD_EXPLAIN'\t=> 'Only enter a password if your SMTP server requires it.<br><em><strong>Warning:</strong> This password will be stored as plain text in the database.</em>',",
          "\t'API_KEY_LABEL'\t\t\t=> 'API key',", "));"]
    return pick(r, ["language/en/acp/board.php", "ext/acme/community/language/en/common.php"]), "php", "\n".join(ls) + "\n", "phpbb", "i18n_strings"


def N_discourse_locale(r):
    ls = ["en:", "  admin_js:", "    admin:", "      api:", '        title: "API"', '        key: "Key"', '        keys: "Keys"',
          '        created: "Created"', '        generate: "Generate"', '        revoke: "Revoke"', '        all_users: "All Users"',
          '        show_details: "Details"', '        user_placeholder: "Enter username"', '        description_placeholder: "What will this key be used for?"',
          '        not_shown_again: "This key will not be displayed again. Make sure you take a copy before continuing."',
          "  js:", "    discourse_connect:", '      secret_label: "Shared secret"', '      secret_help: "A secret string used to sign payloads (at least 10 characters)."']
    return pick(r, ["plugins/discourse-acme/config/locales/client.en.yml", "config/locales/client.en.yml"]), "yaml", "\n".join(ls) + "\n", "discourse", "i18n_strings"


def N_users_csv(r):
    C = Ctx(r)
    ls = ["id,username,name,trust_level,created_at,last_seen_at,post_count,avatar_hash,groups"]
    for i in range(r.randint(5, 12)):
        u = pick(r, FIRST) + str(r.randint(1, 999))
        ls.append("%d,%s,%s,%d,%d-%02d-%02d,%d-%02d-%02d,%d,%s,%s" % (r.randint(2, 40000), u, u.capitalize(), r.randint(0, 4), C.year - 1, r.randint(1, 12),
                                                                   r.randint(1, 28), C.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 900),
                                                                   avatar_hash(r, pick(r, [32, 64])), pick(r, ["trust_level_1", "staff", "moderators", ""])))
    return "exports/user_list_%d.csv" % C.year, "csv", "\n".join(ls) + "\n", "discourse", "avatar_hashes"


def N_settings_sql(r):
    C = Ctx(r)
    rows = [("title", "%s community" % C.org), ("contact_email", C.email), ("discourse_connect_url", "https://id.%s/sso" % C.domain),
            ("enable_discourse_connect", "t"), ("discourse_connect_secret", ""), ("sso_overrides_avatar", "t"),
            ("s3_access_key_id", ""), ("s3_secret_access_key", ""), ("s3_use_iam_profile", "t"), ("s3_upload_bucket", "%s-uploads" % C.org),
            ("ga_universal_tracking_code", "G-%s" % rs(r, 10, UPPER + DIGITS)), ("default_locale", "en")]
    ls = ["-- site settings after migration to IAM roles + external secret store", "-- secrets intentionally blank here", "BEGIN;"]
    for n, v in rows:
        ls.append("UPDATE site_settings SET value = '%s', updated_at = now() WHERE name = '%s';" % (v, n))
    ls.append("COMMIT;")
    return "db/migrate_settings.sql", "sql", "\n".join(ls) + "\n", "discourse", "empty_secrets"


def N_lockfile(r):
    ls = ["{", '  "name": "%s-bot",' % pick(r, ORGS), '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    pk = [("discord.js", "14.%d.%d" % (r.randint(0, 15), r.randint(0, 3))), ("node-fetch", "3.3.2"), ("dotenv", "16.%d.0" % r.randint(0, 4)), ("matrix-js-sdk", "30.%d.0" % r.randint(0, 3))]
    for i, (n, vv) in enumerate(pk):
        ls += ['    "node_modules/%s": {' % n, '      "version": "%s",' % vv, '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], vv),
               '      "integrity": "sha512-%s"' % base64.b64encode(rbytes(r, 64)).decode(), "    }%s" % ("," if i < len(pk) - 1 else "")]
    ls += ["  }", "}"]
    return "package-lock.json", "json", "\n".join(ls) + "\n", "npm", "integrity_hashes"


def N_changelog(r):
    C = Ctx(r)
    ls = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        ls += ["## %d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "",
               "- %s (%s)" % (pick(r, ["Rotate Discourse API key handling to env vars", "Fix Matrix room id parsing", "Mask tokens in logs",
                                       "Support DiscourseConnect secret via file", "Drop hard-coded webhook URL"]), rs(r, 40, HEXL)),
               "- %s (%s)" % (pick(r, ["Bump discord.js", "Add Zulip stream mapping", "Tests for Disqus shortname"]), rs(r, 7, HEXL)), ""]
    return "CHANGELOG.md", "markdown", "\n".join(ls), "git", "commit_shas"


def N_ansible_vault(r):
    hexblob = rs(r, 80 * r.randint(6, 12), HEXL)
    ls = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexblob[i:i + 80] for i in range(0, len(hexblob), 80)]
    return pick(r, ["group_vars/forum/vault.yml", "inventory/group_vars/matrix/vault.yml"]), "yaml", "\n".join(ls) + "\n", "ansible", "ciphertext"


def N_sops(r):
    C = Ctx(r)

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(),
                                                                  base64.b64encode(rbytes(r, 16)).decode())
    ls = ["discourse_api_key: %s" % enc(64), "discord_token: %s" % enc(60), "zulip_api_key: %s" % enc(32), "sops:", "    kms: []", "    age:",
          "        - recipient: age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----",
          "            %s" % base64.b64encode(rbytes(r, 48)).decode(), "            -----END AGE ENCRYPTED FILE-----",
          "    lastmodified: \"%d-%02d-%02dT10:00:00Z\"" % (C.year, r.randint(1, 12), r.randint(1, 28)),
          "    mac: %s" % "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode()),
          "    version: 3.8.1"]
    return pick(r, ["secrets/community.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", "\n".join(ls) + "\n", "sops", "ciphertext"


def N_doc_examples(r):
    ls = ['"""Fixtures copied verbatim from provider documentation (public example values)."""', "",
          "# https://disqus.com/api/docs/signing/ - worked example in the Disqus docs",
          'DISQUS_DOC_SECRET = "88bb61a451cf4796859df6f0eeec5249"', 'DISQUS_DOC_PUBLIC = "fca519c9211a4022abaed1915abffd11"',
          'DISQUS_DOC_SIGNATURE = "hJWV982J95kaQjNdiDyLAPUGHDs="', "",
          "# AWS documentation example credentials", 'AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"', 'AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', "",
          "# Google's published reCAPTCHA v2 test keys (always pass)", 'RECAPTCHA_TEST_SITE_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"',
          'RECAPTCHA_TEST_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"', "",
          "# hCaptcha test keys", 'HCAPTCHA_TEST_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"', 'HCAPTCHA_TEST_SECRET = "0x0000000000000000000000000000000000000000"', "",
          "# Rocket.Chat REST docs header example", 'RC_DOC_USER_ID = "rbAXPnMktTFbNpwtJ"', 'RC_DOC_AUTH_TOKEN = "RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f"']
    return pick(r, ["tests/fixtures/doc_examples.py", "tests/conftest_examples.py"]), "python", "\n".join(ls) + "\n", "mixed", "documented_examples"


def N_readme_placeholders(r):
    C = Ctx(r)
    ls = ["# %s-community-bot" % C.org, "", "Bridges %s with Matrix and Discord." % C.url, "", "## Setup", "", "Copy `.env.example` to `.env` and fill in:", "",
          "| variable | where to get it |", "|---|---|", "| `DISCOURSE_API_KEY` | Admin > API > New key (scope: read topics) |",
          "| `DISCOURSE_CONNECT_SECRET` | Admin > Settings > discourse connect secret |", "| `MATRIX_ACCESS_TOKEN` | Element > Settings > Help & About > Access token |",
          "| `DISCORD_TOKEN` | Discord developer portal > Bot > Reset token |", "", "```env", "DISCOURSE_URL=%s" % C.url, "DISCOURSE_API_KEY=<your-api-key>",
          "DISCOURSE_API_USERNAME=system", "MATRIX_HOMESERVER=https://matrix.%s" % C.domain, "MATRIX_ACCESS_TOKEN=syt_...", "DISCORD_TOKEN=",
          "```", "", "Never commit the real `.env`."]
    return "README.md", "markdown", "\n".join(ls) + "\n", "mixed", "placeholders"


def N_zulip_export(r):
    C = Ctx(r)
    msgs = []
    for i in range(r.randint(2, 5)):
        u = pick(r, FIRST)
        msgs.append({"id": r.randint(1000000, 99999999), "sender_id": r.randint(8, 900), "sender_email": "%s@%s" % (u, C.domain), "sender_full_name": u.capitalize(),
                     "stream_id": r.randint(1, 80), "subject": pick(r, ["standup", "release 2.3", "forum migration"]),
                     "avatar_url": "https://secure.gravatar.com/avatar/%s?d=identicon&version=1" % avatar_hash(r),
                     "timestamp": 1700000000 + r.randint(0, 10 ** 7), "content": "<p>%s</p>" % pick(r, ["lgtm", "done", "will do tomorrow"])})
    return "fixtures/zulip/messages.json", "json", json.dumps({"result": "success", "messages": msgs}, indent=2), "zulip", "message_ids"


def N_rc_response(r):
    C = Ctx(r)
    ms = []
    rid = rs(r, 17, UNMIST)
    for i in range(r.randint(2, 5)):
        ms.append({"_id": rs(r, 17, UNMIST), "rid": rid, "msg": pick(r, ["hello", "backup done", "new topic posted"]), "ts": "%d-%02d-%02dT09:00:00.000Z" % (C.year, r.randint(1, 12), r.randint(1, 28)),
                   "u": {"_id": rs(r, 17, UNMIST), "username": pick(r, FIRST)}, "_updatedAt": "%d-%02d-%02dT09:00:01.000Z" % (C.year, r.randint(1, 12), r.randint(1, 28))})
    return "tests/fixtures/rocketchat/channels.history.json", "json", json.dumps({"messages": ms, "success": True}, indent=2), "rocketchat", "object_ids"


def N_captcha_form(r):
    C = Ctx(r)
    ls = ["<form method=\"post\" action=\"/register\">", "  <input type=\"hidden\" name=\"_token\" value=\"%s\">" % rs(r, 40, ALNUM),
          "  <input name=\"username\" required>", "  <input name=\"email\" type=\"email\" required>",
          "  <div class=\"h-captcha\" data-sitekey=\"%s\"></div>" % uuid4(r) if chance(r, 0.5) else
          "  <div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>" % recaptcha_site(r, True),
          "  <button type=\"submit\">Join %s</button>" % C.org, "</form>", "<script src=\"https://js.hcaptcha.com/1/api.js\" async defer></script>"]
    return pick(r, ["templates/register.html", "resources/views/auth/register.blade.php"]), "html", "\n".join(ls) + "\n", "recaptcha", "site_key"


def N_vapid_public(r):
    C = Ctx(r)
    ls = ["// web push subscription for the community PWA", "const VAPID_PUBLIC_KEY = '%s';" % ("B" + b64u_nopad(rbytes(r, 64))), "",
          "function urlBase64ToUint8Array(s) {", "  const pad = '='.repeat((4 - (s.length % 4)) % 4);",
          "  const raw = atob((s + pad).replace(/-/g, '+').replace(/_/g, '/'));", "  return Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));", "}", "",
          "export async function subscribe(reg) {", "  return reg.pushManager.subscribe({", "    userVisibleOnly: true,",
          "    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),", "  });", "}"]
    return pick(r, ["app/javascript/push.js", "src/push/subscribe.js"]), "javascript", "\n".join(ls) + "\n", "mastodon", "vapid_public_key"


def N_nginx_plain(r):
    C = Ctx(r)
    ls = ["server {", "    listen 443 ssl http2;", "    server_name %s;" % C.host, "    ssl_certificate /etc/letsencrypt/live/%s/fullchain.pem;" % C.host,
          "    ssl_certificate_key /etc/letsencrypt/live/%s/privkey.pem;" % C.host, "    client_max_body_size 20m;", "",
          "    location / {", "        proxy_pass http://unix:/var/discourse/shared/standalone/nginx.http.sock:;", "        proxy_set_header Host $http_host;",
          "        proxy_set_header X-Real-IP $remote_addr;", "        proxy_set_header Api-Key $http_api_key;", "    }", "}"]
    return pick(r, ["nginx/sites-available/%s.conf" % C.host, "deploy/nginx/forum.conf"]), "nginx", "\n".join(ls) + "\n", "discourse", "header_passthrough"


def N_webhook_test(r):
    C = Ctx(r)
    body = json.dumps({"topic": {"id": r.randint(1, 99999), "title": "Hello"}})
    ls = ['"""Recorded Discourse webhook delivery (signature computed with the test secret "test-secret")."""', "",
          "HEADERS = {", '    "X-Discourse-Event": "topic_created",', '    "X-Discourse-Instance": "%s",' % C.url,
          '    "X-Discourse-Event-Id": "%d",' % r.randint(1, 9999), '    "X-Discourse-Event-Signature": "sha256=%s",' % rs(r, 64, HEXL), "}",
          "BODY = %r" % body, "", "", "def test_signature_header_parsed(client):", '    resp = client.post("/hooks/discourse", data=BODY, headers=HEADERS)',
          "    assert resp.status_code in (200, 403)"]
    return pick(r, ["tests/test_webhooks.py", "tests/hooks/test_discourse.py"]), "python", "\n".join(ls) + "\n", "discourse", "webhook_signature"


DOMAIN_NEG = [N_discourse_topic_json, N_saved_html, N_disqus_embed, N_disqus_public, N_hugo_toml, N_matrix_events, N_server_keys,
              N_homeserver_paths, N_mastodon_csv, N_actor_json, N_discord_ids, N_phpbb_lang, N_discourse_locale, N_users_csv,
              N_settings_sql, N_lockfile, N_changelog, N_ansible_vault, N_sops, N_doc_examples, N_readme_placeholders,
              N_zulip_export, N_rc_response, N_captcha_form, N_vapid_public, N_nginx_plain, N_webhook_test]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
REF_BAD = {T_csv, T_sql, T_signing_key}
N_POS = 500
N_NEG = 500


def make_positive(r):
    S = r.choices(SPECS, weights=[s["w"] for s in SPECS])[0]
    T = pick(r, S["tpl"])
    obv = chance(r, 0.5)
    NEG["on"] = False
    secret = S["gen"](r)
    v = S["wrap"](r, secret) if S.get("wrap") else secret
    path, ft, text = T(r, S, v, obv)
    needle = S["needle"](secret) if S.get("needle") else secret
    return dict(path=path, filetype=ft, text=text, provider=S["provider"], kind=S["kind"], needle=needle, template=T.__name__, obvious=obv)


def make_negative(r, reuse):
    if reuse:
        while True:
            S = r.choices(SPECS, weights=[s["w"] for s in SPECS])[0]
            T = pick(r, S["tpl"])
            if T not in NO_NEG_REUSE:
                break
        NEG["on"] = True
        fv = fake_value(r, S, "", allow_ref=T not in REF_BAD)
        fv = wrap_fake(r, S, fv)
        path, ft, text = T(r, S, fv, chance(r, 0.7))
        NEG["on"] = False
        return dict(path=path, filetype=ft, text=text, provider=S["provider"], kind="lookalike:" + NEG["cat"], template=T.__name__)
    N = pick(r, DOMAIN_NEG)
    path, ft, text, prov, kind = N(r)
    if not text.endswith("\n"):
        text += "\n"
    return dict(path=path, filetype=ft, text=text, provider=prov, kind="lookalike:" + kind, template=N.__name__)


def build(outdir, seed):
    r = random.Random(seed)
    pos, neg = [], []
    needles = []
    for i in range(N_POS):
        rec = make_positive(r)
        if rec["needle"] not in rec["text"]:
            raise SystemExit("internal error: needle missing in %s" % rec["template"])
        pos.append(rec)
        needles.append(rec["needle"])
    for i in range(N_NEG):
        reuse = (i % 2 == 0)
        for _ in range(50):
            rec = make_negative(r, reuse)
            if not any(nd in rec["text"] for nd in needles):
                break
        neg.append(rec)
    manifest, secrets = [], []
    for label, recs, pre in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, rec in enumerate(recs):
            rel = "%s/%s%04d/%s" % (label, pre, i, rec["path"])
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(rec["text"])
            manifest.append({"file": rel, "label": label, "provider": rec["provider"], "kind": rec["kind"], "filetype": rec["filetype"]})
            if label == "pos":
                idx = rec["text"].index(rec["needle"])
                secrets.append({"file": rel, "needle": rec["needle"], "line": rec["text"].count("\n", 0, idx) + 1})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    if os.environ.get("GEN_EP_STATS"):
        from collections import Counter
        for label, recs in (("pos", pos), ("neg", neg)):
            sys.stderr.write("%s templates: %d %s\n" % (label, len(Counter(x["template"] for x in recs)), sorted(Counter(x["template"] for x in recs).items())))
        sys.stderr.write("pos obvious: %d / %d\n" % (sum(1 for x in pos if x["obvious"]), len(pos)))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    build(argv[1], int(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
