#!/usr/bin/env python3
"""Blind evaluation-set generator "cp" for keyhook.

EMPHASIS
  The same common credentials (database passwords, connection URLs with passwords, API keys of
  common providers -- Stripe, OpenAI, Anthropic, GitHub, GitLab, AWS, Slack, SendGrid, Mailgun,
  Twilio, Telegram, Hugging Face, DigitalOcean, Shopify --, JWT/HMAC signing secrets, OAuth client
  secrets, SMTP passwords, private keys held in strings, bearer tokens in HTTP client calls)
  written in functional and less-mainstream general-purpose languages and their build/config
  files: Scala (sbt, HOCON application.conf, Play), Kotlin scripts (.kts), Clojure (deps.edn,
  EDN/aero configs, project.clj), Haskell (Cabal, Yesod settings.yml), OCaml (dune), F# (.fsx),
  Erlang (sys.config, rebar.config), Gleam, Zig, Nim, Julia, D (dub), V, Crystal (shards),
  Racket, Common Lisp (ASDF), PureScript (spago), Elm, Dart (server, pubspec) and Groovy.
  Half of the positives sit under an obvious name (stripeSecretKey, DB_PASSWORD), half under a
  neutral one (a positional argument, a URL userinfo, an Authorization header, `cfg_b`).
  59 positive templates over 27 file types; negatives use those 59 templates (half of the
  negatives) plus 45 domain look-alike templates (the other half), 33 file types in all.
  The manifest carries an extra "template" field; negatives built from a positive template have
  kind "lookalike:<positive kind>:<fill mode>" (env, placeholder, masked, ref, empty, cipher,
  aws-doc, stripe-doc, slack-doc, jwt-doc, redacted-pem, url-tmpl, url-nopw).

USAGE
  python3 gen_cp.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (random.Random(SEED)
  only; standard library only).

NEEDLE CONVENTIONS
  * needle = the secret exactly as written in the file; `line` = 1-based line of its first
    occurrence.
  * id/secret pairs (AWS key id + secret, Twilio SID + auth token, OAuth client id + secret):
    the needle is the secret half; the public id may sit beside it.
  * connection URLs: the needle is the password inside the userinfo, not the whole URL.
  * webhook URLs (Slack incoming webhooks): the needle is the whole URL.
  * PEM private keys: the needle is the first base64 body line (for one-line bodies, the whole
    body).  Keys in source are written either as multi-line strings or with "\\n" escapes.
  * JWT bearer tokens: the whole compact JWT (HS256, signature computed with a random key).
  * Amazon SES SMTP credentials: the needle is the derived SMTP password; the SMTP user name
    (an AKIA... access key id, the public half) sits beside it.
  * Basic credentials given as a user/password pair in code: the needle is the password.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by: idiomatic environment
  lookups of the language (sys.env, System.getenv, (System/getenv ..), getEnv, Sys.getenv,
  os:getenv, envoy.get, std.process.getEnvVarOwned, ENV[..], Platform.environment, uiop:getenv,
  HOCON ${?VAR}, aero #env, relx ${VAR}), placeholders (<your-key>, CHANGE_ME, xxxx…),
  secret-manager references (vault:, sm://, arn:aws:secretsmanager), masked values (sk_live_…****,
  ********), empty values, SOPS/Jasypt ciphertext, and provider documentation examples (AWS
  AKIAIOSFODNN7EXAMPLE/wJalrXUtnFEMI…EXAMPLEKEY, the jwt.io sample token, Slack's T00000000
  webhook sample, Stripe's published docs test key sk_test_4eC39HqLyjWDarjtT1zdp7dc).
  The other half are domain look-alikes: Option/Maybe-typed config records and type signatures
  that name secrets, docstrings, lockfiles with hashes (build.zig.zon, Manifest.toml, rebar.lock,
  pubspec.lock, shard.lock, dub.selections.json, spago lock), UUIDs used as ids, public keys
  (PEM SPKI, ssh-ed25519), Stripe publishable keys in Elm/PureScript front ends, test fixtures
  with obviously fake values, password-policy code, i18n strings, bcrypt/argon2 hashes in seed
  fixtures, HMAC test vectors from RFC 4231, identifiers such as tokenizer/secretary/keyboard.

DOUBTS
  * Formats from memory: OpenAI sk-proj- keys (prefix documented; the body layout with the
    "T3BlbkFJ" marker and ~156 char length is from memory), legacy sk-...T3BlbkFJ... 51-char keys,
    Anthropic sk-ant-api03-<93>AA (length from memory), Slack xoxb- segment lengths, SendGrid
    SG.<22>.<43>, Mailgun key-<32 hex>, Hugging Face hf_<34 letters>, DigitalOcean dop_v1_<64 hex>,
    Shopify shpat_<32 hex>, GitLab glpat-<20>, Telegram <bot id>:AA<33>, Google GOCSPX-<28>,
    GitHub OAuth app client secret as 40 hex, Twilio auth token as 32 hex.  GitHub ghp_ tokens
    carry a base62 CRC32 checksum in their last 6 characters (computed here; the encoding
    details of the checksum are from memory).
  * Amazon SES SMTP passwords are derived with the documented v4 algorithm (version byte 0x04,
    HMAC chain over "11111111"/region/"ses"/"aws4_request"/"SendRawEmail") from a random
    secret access key.
  * EC private keys: the public point inside the SEC1 structure is random bytes, not derived.
    RSA keys have the usual PKCS#1 "MIIEpAIBAAKCAQEA" opening and a random body of the right
    length (not a valid key).  Ed25519 keys are well-formed PKCS#8.
  * Yesod settings positives sometimes carry the secret as the default of an
    "_env:VAR:default" value -- a committed default is still a leaked secret (labelled pos).
  * Negatives built from positive templates keep the public half of a pair where it is public
    (Google/GitHub OAuth client ids, Twilio account SIDs, Keycloak client ids).  For AWS the id is
    replaced by AWS's documented AKIAIOSFODNN7EXAMPLE or an environment lookup, so no lone
    random AKIA id appears in any negative.
  * Some negatives are placeholders that keep a provider prefix (sk_live_xxxx…, glpat-XXXX…,
    key-xxxx…) or a URL with CHANGE_ME/xxxxx as its password: look-alikes by design.
  * Labels a reviewer might dispute: Stripe sk_test_ keys (random, not the published one) are
    labelled positive; Jasypt ENC(...)/SOPS ciphertext negative; jwt.io sample token negative;
    bcrypt hashes of seed users negative; localhost dev default passwords like "postgres" are
    never used (neither label).
  * Human passwords only appear under password-like names or in password positions (URL
    userinfo, a `password` parameter, SMTP auth); never under a *_KEY/*_TOKEN name.

SEARCHES
  Looked up (search tool, docs/pages corpora): GitHub's token-format changelog and blog post
  (ghp_/gho_/ghu_/ghs_/ghr_ prefixes, [A-Za-z0-9_] alphabet); Amazon SES SMTP password derivation
  (gists restating AWS's documented pseudocode, version byte 0x04); Stripe API key docs
  (sk_/pk_/rk_ live/test); an OpenAI key-format blog page (sk-proj-, sk-svcacct-, sk-admin-,
  ~165 chars); Slack token-types docs (xoxb/xoxp).  No scanner rule code, regexes or detector
  pages were shown by these searches.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32 = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (DG + UP + LO)[d] + out
    return out.rjust(width, "0")


# --------------------------------------------------------------------------- secret makers
def mk_stripe_sk(r):
    if r.random() < 0.5:
        return "sk_live_" + rs(r, ALNUM, 24)
    return "sk_live_51" + rs(r, ALNUM, 22) + rs(r, ALNUM, 75)


def mk_stripe_rk(r):
    return "rk_live_51" + rs(r, ALNUM, 22) + rs(r, ALNUM, 75)


def mk_stripe_test(r):
    return "sk_test_51" + rs(r, ALNUM, 22) + rs(r, ALNUM, 75)


def mk_stripe_whsec(r):
    return "whsec_" + rs(r, ALNUM, 32)


def mk_openai(r):
    if r.random() < 0.75:
        return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def mk_anthropic(r):
    return "sk-ant-api03-" + rs(r, B64U, 93) + "AA"


def mk_ghp(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def mk_gh_fine(r):
    return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, ALNUM, 59)


def mk_glpat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def mk_slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10**10, 10**13 - 1), r.randint(10**11, 10**13 - 1), rs(r, ALNUM, 24))


def mk_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, 8), rs(r, UP + DG, 10), rs(r, ALNUM, 24))


def mk_sendgrid(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def mk_mailgun(r):
    return "key-" + rs(r, HEX, 32)


def mk_twilio_sid(r):
    return "AC" + rs(r, HEX, 32)


def mk_hex(r, n):
    return rs(r, HEX, n)


def mk_telegram(r):
    return "%d:AA%s" % (r.randint(10**9, 8 * 10**9), rs(r, ALNUM + "-_", 33))


def mk_hf(r):
    return "hf_" + rs(r, UP + LO, 34)


def mk_do(r):
    return "dop_v1_" + rs(r, HEX, 64)


def mk_shopify(r):
    return "shpat_" + rs(r, HEX, 32)


def mk_aws_id(r):
    return "AKIA" + rs(r, B32, 16)


def mk_aws_secret(r):
    return rs(r, ALNUM + "+/", 40)


def mk_google_secret(r):
    return "GOCSPX-" + rs(r, ALNUM + "-_", 28)


def mk_google_client_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10**11, 10**12 - 1), rs(r, LO + DG, 32))


def mk_ses_smtp(r):
    key = mk_aws_secret(r)
    region = r.choice(["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"])

    def sign(k, m):
        return hmac.new(k, m.encode(), hashlib.sha256).digest()
    sig = sign(("AWS4" + key).encode(), "11111111")
    for part in (region, "ses", "aws4_request", "SendRawEmail"):
        sig = sign(sig, part)
    return base64.b64encode(b"\x04" + sig).decode(), region


WORDS = ["harbor", "maple", "cobalt", "falcon", "orchid", "quartz", "tundra", "violet", "walnut",
         "saffron", "granite", "lantern", "meadow", "pepper", "riddle", "summit", "thistle",
         "ember", "juniper", "kestrel", "marble", "nectar", "pebble", "raven", "solstice",
         "timber", "velvet", "willow", "zephyr", "basalt", "canyon", "drift", "fjord", "glacier"]
PW_SYM = "!@_-.*+=?~^&"


def mk_password(r, url_safe=False):
    sym = "-_.~!*" if url_safe else PW_SYM
    style = r.randrange(5)
    if style == 0:
        w = r.choice(WORDS)
        s = w.capitalize() + r.choice(sym) + str(r.randint(10, 9999))
    elif style == 1:
        s = r.choice(WORDS) + r.choice(sym) + r.choice(WORDS).capitalize() + str(r.randint(1, 99))
    elif style == 2:
        s = rs(r, ALNUM, r.randint(14, 22))
    elif style == 3:
        w = r.choice(WORDS)
        tr = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
        s = "".join(tr.get(c, c) if r.random() < 0.5 else c for c in w).capitalize() + r.choice(sym) + rs(r, DG, 3) + r.choice(sym)
    else:
        s = rs(r, ALNUM + sym, r.randint(16, 24))
        if not any(c in sym for c in s):
            s += r.choice(sym)
    return s


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def mk_jwt(r):
    hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    now = r.randint(1_700_000_000, 1_760_000_000)
    pl = {"sub": "svc-" + rs(r, LO + DG, 8), "iss": r.choice(["auth.internal", "https://id.kestrel.io", "billing-api"]),
          "iat": now, "exp": now + r.choice([31536000, 63072000, 315360000]), "scope": r.choice(["read write", "admin", "ingest"])}
    body = b64url(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64url(hmac.new(rbytes(r, 32), (hdr + "." + body).encode(), hashlib.sha256).digest())
    return hdr + "." + body + "." + sig


def mk_signing(r):
    st = r.randrange(4)
    if st == 0:
        return mk_hex(r, 64)
    if st == 1:
        return base64.b64encode(rbytes(r, r.choice([32, 48, 64]))).decode()
    if st == 2:
        return rs(r, ALNUM, r.randint(40, 64))
    return b64url(rbytes(r, 32))


def wrap64(s):
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def mk_pem(r):
    """returns (kind, lines of PEM)"""
    k = r.randrange(3)
    if k == 0:
        der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)
        return "PRIVATE KEY", wrap64(base64.b64encode(der).decode())
    if k == 1:
        der = (bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
               + b"\x04" + rbytes(r, 64))
        return "EC PRIVATE KEY", wrap64(base64.b64encode(der).decode())
    # RSA PKCS#1 2048-bit shape: the usual MIIEpAIBAAKCAQEA header, random body
    der = bytes.fromhex("308204a402010002820101") + b"\x00\xc3" + rbytes(r, 1179)
    return "RSA PRIVATE KEY", wrap64(base64.b64encode(der).decode())


def spki_ed25519(r):
    der = bytes.fromhex("302a300506032b6570032100") + rbytes(r, 32)
    return base64.b64encode(der).decode()


def ssh_ed25519_pub(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def bcrypt_hash(r):
    return "$2b$12$" + rs(r, ALNUM + "./", 53)


# --------------------------------------------------------------------------- names and languages
def words_of(phrase):
    return phrase.replace("-", " ").replace("_", " ").split()


def style_name(phrase, style):
    w = words_of(phrase)
    if style == "snake":
        return "_".join(x.lower() for x in w)
    if style == "screaming":
        return "_".join(x.upper() for x in w)
    if style == "kebab":
        return "-".join(x.lower() for x in w)
    if style == "pascal":
        return "".join(x[:1].upper() + x[1:].lower() for x in w)
    if style == "dot":
        return ".".join(x.lower() for x in w)
    # camel
    return w[0].lower() + "".join(x[:1].upper() + x[1:].lower() for x in w[1:])


NEUTRAL = ["cfg b", "upstream value", "primary", "conn opt", "slot two", "remote ref", "relay opt",
           "payload seed", "svc param", "node arg", "auth blob", "handle", "edge cfg", "tenant opt",
           "k1", "opt c", "bridge value", "main cred", "chan param", "link arg"]

ENV = {
    "scala": lambda n: 'sys.env("%s")' % n,
    "scala2": lambda n: 'sys.env.getOrElse("%s", "")' % n,
    "kotlin": lambda n: 'System.getenv("%s")' % n,
    "groovy": lambda n: "System.getenv('%s')" % n,
    "clojure": lambda n: '(System/getenv "%s")' % n,
    "edn": lambda n: "#env %s" % n,
    "ocaml": lambda n: 'Sys.getenv "%s"' % n,
    "fsharp": lambda n: 'Environment.GetEnvironmentVariable "%s"' % n,
    "erlang": lambda n: 'os:getenv("%s")' % n,
    "erlang_bin": lambda n: 'list_to_binary(os:getenv("%s"))' % n,
    "sysconfig": lambda n: '"${%s}"' % n,
    "sysconfig_bin": lambda n: '<<"${%s}">>' % n,
    "zig": lambda n: 'std.posix.getenv("%s") orelse ""' % n,
    "nim": lambda n: 'getEnv("%s")' % n,
    "julia": lambda n: 'ENV["%s"]' % n,
    "d": lambda n: 'environment.get("%s")' % n,
    "v": lambda n: "os.getenv('%s')" % n,
    "crystal": lambda n: 'ENV["%s"]' % n,
    "racket": lambda n: '(getenv "%s")' % n,
    "lisp": lambda n: '(uiop:getenv "%s")' % n,
    "dart": lambda n: "Platform.environment['%s']!" % n,
    "hocon": lambda n: "${?%s}" % n,
    "yaml": lambda n: '"_env:%s:"' % n,
    "gleam": lambda n: 'env("%s")' % n,
}

SQ_LANGS = {"groovy", "dart", "v"}
DOLLAR_UNSAFE = {"kotlin", "groovy", "dart", "v", "scala_s"}


def lit(lang, s):
    if lang in SQ_LANGS:
        return "'%s'" % s
    if lang in ("erlang_bin", "sysconfig_bin"):
        return '<<"%s">>' % s
    if lang == "lisp_kw":
        return '"%s"' % s
    return '"%s"' % s


def concat(lang, prefix, var):
    """expression: prefix string followed by the value of variable var"""
    if not prefix:
        return var
    t = {
        "scala": 's"%s$%s"', "kotlin": '"%s$%s"', "groovy": '"%s${%s}"', "dart": "'%s$%s'",
        "clojure": '(str "%s" %s)', "haskell": '"%s" <> %s', "ocaml": '"%s" ^ %s', "fsharp": '"%s" + %s',
        "erlang": '<<"%s", %s/binary>>', "gleam": '"%s" <> %s', "nim": '"%s" & %s', "julia": '"%s$%s"',
        "d": '"%s" ~ %s', "v": "'%s${%s}'", "crystal": '"%s#{%s}"', "racket": '(string-append "%s" %s)',
        "lisp": "(concatenate 'string \"%s\" %s)", "purescript": '"%s" <> %s', "elm": '"%s" ++ %s',
        "zig": '"%s" ++ %s',
    }[lang]
    return t % (prefix, var)


class Cred:
    """One credential slot.  For positives `secret` is the real-looking value; for negatives it is
    the look-alike and `env` may be set, in which case slot() renders an environment lookup."""

    def __init__(self, r, provider, kind, family, secret, **kw):
        self.r = r
        self.provider = provider
        self.kind = kind
        self.family = family
        self.secret = secret
        self.pos = True
        self.env = None
        self.obvious = True
        self.names = kw.pop("names", [kind.replace("_", " ")])
        self.envname = kw.pop("envname", style_name(self.names[0], "screaming"))
        self.neutral = r.choice(NEUTRAL)
        self.auth = ""
        self.__dict__.update(kw)

    def nm(self, style, force_obvious=False):
        if self.obvious or force_obvious:
            return style_name(self.names[0] if len(self.names) == 1 else self.pick_name, style)
        return style_name(self.neutral, style)

    @property
    def pick_name(self):
        if not hasattr(self, "_pn"):
            self._pn = self.r.choice(self.names)
        return self._pn

    def slot(self, lang):
        """language expression for the slot"""
        if self.env and lang in ENV:
            return ENV[lang](self.envname)
        return lit(lang, self.secret)

    @property
    def needle(self):
        return self.secret


# --------------------------------------------------------------------------- kinds
HOSTS = ["db.internal", "pg-prod-1.c9x2kqz.eu-west-1.rds.amazonaws.com", "10.20.4.17", "postgres.svc.cluster.local",
         "mysql-primary.prod.lan", "orders-db.kestrel.io", "db01.hetzner.lan", "cluster0.mongo.internal"]
DBNAMES = ["orders", "ledger", "inventory", "app_prod", "telemetry", "billing", "catalog", "accounts"]
USERS = ["app", "svc_orders", "ledger_rw", "deploy", "backend", "etl_user", "api", "reporter"]
SMTP_HOSTS = [("smtp.mailgun.org", 587), ("smtp.office365.com", 587), ("smtp.gmail.com", 465),
              ("mail.kestrel.io", 587), ("smtp.fastmail.com", 465), ("smtp.zoho.eu", 587), ("mx.internal.lan", 25)]

API = {
    # provider: (maker, url, auth, names, envname)
    "stripe": (mk_stripe_sk, "https://api.stripe.com/v1/charges", "bearer", ["stripe secret key", "stripe api key", "stripe key"], "STRIPE_SECRET_KEY"),
    "stripe-rk": (mk_stripe_rk, "https://api.stripe.com/v1/payment_intents", "bearer", ["stripe restricted key", "stripe key"], "STRIPE_RESTRICTED_KEY"),
    "stripe-test": (mk_stripe_test, "https://api.stripe.com/v1/customers", "bearer", ["stripe test secret key", "stripe secret key"], "STRIPE_SECRET_KEY"),
    "openai": (mk_openai, "https://api.openai.com/v1/chat/completions", "bearer", ["openai api key", "openai key"], "OPENAI_API_KEY"),
    "anthropic": (mk_anthropic, "https://api.anthropic.com/v1/messages", "hdr:x-api-key", ["anthropic api key", "claude api key"], "ANTHROPIC_API_KEY"),
    "github": (mk_ghp, "https://api.github.com/repos/kestrel-io/infra/issues", "token", ["github token", "gh token", "github pat"], "GITHUB_TOKEN"),
    "github-fine": (mk_gh_fine, "https://api.github.com/repos/kestrel-io/site/dispatches", "bearer", ["github token", "github pat"], "GH_PAT"),
    "gitlab": (mk_glpat, "https://gitlab.com/api/v4/projects/4821907/pipeline", "hdr:PRIVATE-TOKEN", ["gitlab token", "gitlab private token"], "GITLAB_TOKEN"),
    "slack": (mk_slack_bot, "https://slack.com/api/chat.postMessage", "bearer", ["slack bot token", "slack token"], "SLACK_BOT_TOKEN"),
    "sendgrid": (mk_sendgrid, "https://api.sendgrid.com/v3/mail/send", "bearer", ["sendgrid api key", "sendgrid key"], "SENDGRID_API_KEY"),
    "mailgun": (mk_mailgun, "https://api.mailgun.net/v3/mg.kestrel.io/messages", "basic", ["mailgun api key", "mailgun key"], "MAILGUN_API_KEY"),
    "telegram": (mk_telegram, "https://api.telegram.org/bot{T}/sendMessage", "path", ["telegram bot token", "bot token"], "TELEGRAM_BOT_TOKEN"),
    "huggingface": (mk_hf, "https://api-inference.huggingface.co/models/distilbert-base-uncased", "bearer", ["hf token", "huggingface token"], "HF_TOKEN"),
    "digitalocean": (mk_do, "https://api.digitalocean.com/v2/droplets", "bearer", ["do token", "digitalocean token"], "DIGITALOCEAN_TOKEN"),
    "shopify": (mk_shopify, "https://kestrel-store.myshopify.com/admin/api/2024-07/orders.json", "hdr:X-Shopify-Access-Token", ["shopify access token", "shopify admin token"], "SHOPIFY_ACCESS_TOKEN"),
}


def api_cred(r, prov):
    mk, url, auth, names, env = API[prov]
    sec = mk(r)
    provider = prov.split("-")[0]
    kind = {"stripe-rk": "restricted_api_key", "stripe-test": "test_secret_key", "github-fine": "fine_grained_pat",
            "slack": "bot_token", "telegram": "bot_token", "github": "personal_access_token",
            "gitlab": "personal_access_token", "shopify": "admin_access_token", "digitalocean": "personal_access_token",
            "huggingface": "access_token"}.get(prov, "api_key")
    return Cred(r, provider, kind, "api", sec, names=names, envname=env, url=url, auth=auth, prov=prov)


def k_stripe_whsec(r):
    return Cred(r, "stripe", "webhook_signing_secret", "signing", mk_stripe_whsec(r),
                names=["stripe webhook secret", "webhook signing secret", "stripe endpoint secret"], envname="STRIPE_WEBHOOK_SECRET", purpose="webhook")


def k_slack_hook(r):
    return Cred(r, "slack", "incoming_webhook", "hook", mk_slack_hook(r), names=["slack webhook url", "slack webhook"], envname="SLACK_WEBHOOK_URL")


def k_aws(r):
    return Cred(r, "aws", "secret_access_key", "pair", mk_aws_secret(r), names=["aws secret access key", "aws secret key"],
                envname="AWS_SECRET_ACCESS_KEY", pubid=mk_aws_id(r), pubid_names=["aws access key id", "aws access key"],
                pubid_env="AWS_ACCESS_KEY_ID", region=r.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"]))


def k_twilio(r):
    return Cred(r, "twilio", "auth_token", "pair", mk_hex(r, 32), names=["twilio auth token", "twilio token"],
                envname="TWILIO_AUTH_TOKEN", pubid=mk_twilio_sid(r), pubid_names=["twilio account sid", "account sid"],
                pubid_env="TWILIO_ACCOUNT_SID")


def k_google_oauth(r):
    return Cred(r, "google", "oauth_client_secret", "pair", mk_google_secret(r), names=["google client secret", "oauth client secret"],
                envname="GOOGLE_CLIENT_SECRET", pubid=mk_google_client_id(r), pubid_names=["google client id", "oauth client id"],
                pubid_env="GOOGLE_CLIENT_ID")


def k_github_oauth(r):
    return Cred(r, "github", "oauth_client_secret", "pair", mk_hex(r, 40), names=["github client secret", "oauth client secret"],
                envname="GITHUB_CLIENT_SECRET", pubid=r.choice(["Iv1." + mk_hex(r, 16), "Ov23li" + rs(r, ALNUM, 14)]),
                pubid_names=["github client id", "oauth client id"], pubid_env="GITHUB_CLIENT_ID")


def k_keycloak(r):
    return Cred(r, "keycloak", "oauth_client_secret", "pair", rs(r, ALNUM, 32), names=["keycloak client secret", "oidc client secret", "client secret"],
                envname="OIDC_CLIENT_SECRET", pubid=r.choice(["orders-api", "billing-backend", "portal-bff", "reporting"]),
                pubid_names=["oidc client id", "client id"], pubid_env="OIDC_CLIENT_ID")


def db_fields(r, url_safe):
    scheme = r.choice(["postgresql", "postgresql", "postgres", "mysql", "mongodb", "redis", "amqp"])
    port = {"postgresql": 5432, "postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672}[scheme]
    host = r.choice(HOSTS)
    if scheme == "redis":
        user = "default"
    elif scheme == "amqp":
        user = r.choice(["orders", "worker", "svc_events"])
    else:
        user = r.choice(USERS)
    return dict(scheme=scheme, port=port, host=host, user=user, db=r.choice(DBNAMES))


def k_dbpass(r):
    f = db_fields(r, False)
    if f["scheme"] in ("redis", "amqp"):
        f["scheme"] = "postgresql"
        f["port"] = 5432
        f["user"] = r.choice(USERS)
    return Cred(r, {"postgresql": "postgres", "postgres": "postgres", "mysql": "mysql", "mongodb": "mongodb"}[f["scheme"]],
                "database_password", "dbpass", mk_password(r), names=["db password", "database password", "pg password"] if "post" in f["scheme"] else ["db password", "database password"],
                envname="DB_PASSWORD", **f)


def k_dburl(r):
    f = db_fields(r, True)
    prov = {"postgresql": "postgres", "postgres": "postgres", "mysql": "mysql", "mongodb": "mongodb", "redis": "redis", "amqp": "rabbitmq"}[f["scheme"]]
    return Cred(r, prov, "connection_url_password", "dburl", mk_password(r, url_safe=True),
                names=["database url", "db url"] if prov not in ("redis", "rabbitmq") else [prov + " url", "broker url"],
                envname="DATABASE_URL" if prov not in ("redis", "rabbitmq") else prov.upper() + "_URL", **f)


def k_smtp(r):
    host, port = r.choice(SMTP_HOSTS)
    user = r.choice(["noreply@kestrel.io", "alerts@orders.example-shop.net", "mailer", "postmaster@mg.kestrel.io", "notifications@harborline.dev"])
    return Cred(r, "smtp", "smtp_password", "smtp", mk_password(r), names=["smtp password", "mail password"],
                envname="SMTP_PASSWORD", host=host, port=port, user=user)


def k_ses(r):
    pw, region = mk_ses_smtp(r)
    return Cred(r, "aws", "ses_smtp_password", "smtp", pw, names=["smtp password", "ses smtp password"], envname="SMTP_PASSWORD",
                host="email-smtp.%s.amazonaws.com" % region, port=587, user=mk_aws_id(r))


def k_sendgrid_smtp(r):
    return Cred(r, "sendgrid", "api_key", "smtp", mk_sendgrid(r), names=["smtp password", "sendgrid smtp password"], envname="SMTP_PASSWORD",
                host="smtp.sendgrid.net", port=587, user="apikey")


def k_jwt_secret(r):
    return Cred(r, "generic", "jwt_signing_secret", "signing", mk_signing(r), names=["jwt secret", "jwt signing key", "token secret"],
                envname="JWT_SECRET", purpose="jwt")


def k_hmac(r):
    return Cred(r, "generic", "hmac_key", "signing", mk_signing(r), names=["hmac key", "signing key", "webhook secret"],
                envname="HMAC_KEY", purpose="hmac")


def k_session(r):
    return Cred(r, "generic", "session_secret", "signing", mk_signing(r), names=["session secret", "cookie secret", "app secret"],
                envname="SESSION_SECRET", purpose="session")


def k_pem(r):
    t, lines = mk_pem(r)
    c = Cred(r, "generic", "private_key", "pem", lines[0], names=["private key", "signing private key", "jwt private key"],
             envname="JWT_PRIVATE_KEY", pem_type=t, pem_lines=lines)
    return c


def k_jwt_bearer(r):
    return Cred(r, "generic", "jwt_bearer_token", "jwt", mk_jwt(r), names=["access token", "service token", "api token"],
                envname="SERVICE_TOKEN", url=r.choice(["https://api.kestrel.io/v2/shipments", "https://billing.internal/api/invoices",
                                                        "https://reports.harborline.dev/export", "http://inventory-svc:8080/v1/stock"]),
                auth="bearer", prov="jwt")


KINDS = [
    (28, lambda r: api_cred(r, "stripe")), (8, lambda r: api_cred(r, "stripe-rk")), (4, lambda r: api_cred(r, "stripe-test")),
    (26, lambda r: api_cred(r, "openai")), (12, lambda r: api_cred(r, "anthropic")), (22, lambda r: api_cred(r, "github")),
    (8, lambda r: api_cred(r, "github-fine")), (10, lambda r: api_cred(r, "gitlab")), (16, lambda r: api_cred(r, "slack")),
    (16, lambda r: api_cred(r, "sendgrid")), (8, lambda r: api_cred(r, "mailgun")), (8, lambda r: api_cred(r, "telegram")),
    (7, lambda r: api_cred(r, "huggingface")), (7, lambda r: api_cred(r, "digitalocean")), (7, lambda r: api_cred(r, "shopify")),
    (8, k_stripe_whsec), (10, k_slack_hook), (26, k_aws), (14, k_twilio), (14, k_google_oauth), (8, k_github_oauth), (8, k_keycloak),
    (42, k_dbpass), (40, k_dburl), (18, k_smtp), (7, k_ses), (5, k_sendgrid_smtp),
    (24, k_jwt_secret), (12, k_hmac), (10, k_session), (26, k_pem), (14, k_jwt_bearer),
]


# --------------------------------------------------------------------------- rendering helpers
INTERP = {"scala": ('s"', "${%s}", '"'), "kotlin": ('"', "${%s}", '"'), "groovy": ('"', "${%s}", '"'),
          "dart": ("'", "${%s}", "'"), "julia": ('"', "$(%s)", '"'), "v": ("'", "${%s}", "'"),
          "crystal": ('"', "#{%s}", '"')}
OPS = {"haskell": "<>", "purescript": "<>", "gleam": "<>", "ocaml": "^", "fsharp": "+", "nim": "&",
       "d": "~", "elm": "++", "zig": "++"}


def concat3(lang, pre, var, suf=""):
    if not pre and not suf:
        return var
    if lang in INTERP:
        o, mid, cl = INTERP[lang]
        return o + pre + (mid % var) + suf + cl
    if lang in OPS:
        parts = ([lit(lang, pre)] if pre else []) + [var] + ([lit(lang, suf)] if suf else [])
        return (" %s " % OPS[lang]).join(parts)
    q = lambda s: '"%s"' % s
    parts = ([q(pre)] if pre else []) + [var] + ([q(suf)] if suf else [])
    if lang == "clojure":
        return "(str %s)" % " ".join(parts)
    if lang == "racket":
        return "(string-append %s)" % " ".join(parts)
    if lang == "lisp":
        return "(concatenate 'string %s)" % " ".join(parts)
    if lang == "erlang":
        return "<<" + ", ".join(p if p != var else var + "/binary" for p in parts) + ">>"
    raise KeyError(lang)


def use_var(c):
    """whether a template should declare the token in a variable (obvious name or env lookup)"""
    return c.obvious or bool(c.env)


def http_parts(c, lang, var):
    """(url_expr, [(header, expr)]) for an api/jwt/hook credential.  var is the variable that
    holds the token when use_var(c)."""
    auth = c.auth or "bearer"
    url = getattr(c, "url", "")
    v = use_var(c)
    if c.family == "hook":
        return (var if v else lit(lang, c.secret)), []
    if auth in ("bearer", "token"):
        pre = "Bearer " if auth == "bearer" else "token "
        return lit(lang, url), [("Authorization", concat3(lang, pre, var) if v else lit(lang, pre + c.secret))]
    if auth.startswith("hdr:"):
        return lit(lang, url), [(auth[4:], var if v else lit(lang, c.secret))]
    if auth == "path":
        pre, suf = url.split("{T}")
        return (concat3(lang, pre, var, suf) if v else lit(lang, pre + c.secret + suf)), []
    if auth == "basic":
        pre = "https://api:"
        suf = "@" + url[len("https://"):]
        return (concat3(lang, pre, var, suf) if v else lit(lang, pre + c.secret + suf)), []
    raise KeyError(auth)


def pem_text(c, sep):
    if getattr(c, "pem_lines", None) is None:
        return None
    return sep.join(["-----BEGIN %s-----" % c.pem_type] + c.pem_lines + ["-----END %s-----" % c.pem_type])


def pem_slot(c, lang, style="escaped"):
    """expression for a PEM private key; style 'escaped' (one-line literal with \\n) or a
    multi-line form chosen by the language."""
    if c.env and lang in ENV:
        return ENV[lang](c.envname)
    if getattr(c, "pem_lines", None) is None:
        return lit(lang, c.secret)
    if style == "escaped":
        return lit(lang, pem_text(c, "\\n") + "\\n")
    if style == "triple":
        q = "'''" if lang == "dart" else '"""'
        return q + pem_text(c, "\n") + "\n" + q
    if style == "zig":
        return "\n".join("    \\\\" + l for l in pem_text(c, "\n").split("\n"))
    raise KeyError(style)


def db_url(c, with_pw=True):
    sch = c.scheme
    pw = c.secret
    if pw is None:
        return db_url_nopw(c)
    db = "/" + c.db if c.scheme not in ("redis", "amqp") else ("/0" if sch == "redis" else "/%2F")
    if sch == "redis":
        return "redis://%s:%s@%s:%d%s" % (c.user, pw, c.host, c.port, db)
    q = {"postgresql": "?sslmode=require", "postgres": "", "mysql": "?useSSL=true", "mongodb": "?authSource=admin",
         "amqp": ""}.get(sch, "")
    return "%s://%s:%s@%s:%d%s%s" % (sch, c.user, pw, c.host, c.port, db, q)


def jdbc_url(c):
    sch = "postgresql" if "post" in c.scheme else c.scheme
    return "jdbc:%s://%s:%d/%s" % (sch, c.host, c.port, c.db)


def url_slot(c, lang):
    if c.env and lang in ENV:
        return ENV[lang](c.envname)
    return lit(lang, db_url(c))


def entries(c):
    """(keyphrase, value, kind) for config-style renderers; kind in str/num/slot/pem"""
    f = c.family
    if f in ("api", "signing", "jwt", "hook"):
        return [(c.nm("snake"), c.secret, "slot")]
    if f == "pair":
        idname = style_name(c.pubid_names[0], "snake") if c.obvious else "client ref"
        return [(idname, c.pubid, "pub"), (c.nm("snake"), c.secret, "slot")]
    if f == "dbpass":
        return [("host", c.host, "str"), ("port", c.port, "num"), ("user", c.user, "str"),
                ("password" if c.obvious else style_name(c.neutral, "snake"), c.secret, "slot"), ("database", c.db, "str")]
    if f == "dburl":
        return [(c.nm("snake"), db_url(c), "url"), ("pool size", c.r.choice([5, 10, 16, 20]), "num")]
    if f == "smtp":
        return [("host", c.host, "str"), ("port", c.port, "num"), ("username", c.user, "str"),
                ("password" if c.obvious else style_name(c.neutral, "snake"), c.secret, "slot")]
    if f == "pem":
        return [(c.nm("snake"), None, "pem"), ("algorithm", {"PRIVATE KEY": "EdDSA", "EC PRIVATE KEY": "ES256"}.get(c.pem_type, "RS256"), "str")]
    raise KeyError(f)


def section_name(c):
    if not c.obvious:
        return c.r.choice(["upstream", "integration", "remote", "backend", "external"])
    return {"api": c.provider, "hook": "notifications", "pair": c.provider, "dbpass": "database", "dburl": "database",
            "smtp": "mail", "signing": "security", "pem": "signing", "jwt": "client"}[c.family]


def pub_value(c, lang):
    if getattr(c, "pub_env", False) and lang in ENV:
        return ENV[lang](c.pubid_env)
    return lit(lang, c.pubid)


def slot_for(c, lang, val, kind):
    """render an entry's value in `lang` literal syntax, honouring env mode"""
    if kind == "slot":
        return c.slot(lang)
    if kind == "url":
        return url_slot(c, lang)
    if kind == "pub":
        return pub_value(c, lang)
    if kind == "num":
        return str(val)
    if kind == "pem":
        return pem_slot(c, lang, "escaped")
    return lit(lang, val)


# --------------------------------------------------------------------------- filler
COMMENT = {"scala": "//", "kotlin": "//", "groovy": "//", "dart": "//", "zig": "//", "d": "//", "v": "//",
           "fsharp": "//", "purescript": "--", "elm": "--", "haskell": "--", "gleam": "//", "nim": "#",
           "julia": "#", "crystal": "#", "racket": ";;", "lisp": ";;", "clojure": ";;", "edn": ";;",
           "erlang": "%%", "ocaml": None, "hocon": "#", "yaml": "#", "toml": "#", "sbt": "//"}
COMMENTS = ["TODO: move to the secrets store before the next release", "values for the staging cluster",
            "keep in sync with deploy/values.yaml", "see docs/ops/runbook.md", "copied from the old service",
            "rotated 2024-11, ask #platform for access", "timeouts are in milliseconds", "do not change without a migration",
            "used by the nightly export job", "local overrides live in dev.conf", "FIXME: retries are not idempotent",
            "feature flags below are read at boot", "the client is shared across requests"]


def cmt(lang, r, text=None):
    text = text or r.choice(COMMENTS)
    m = COMMENT.get(lang)
    if m is None:
        return "(* %s *)" % text
    return "%s %s" % (m, text)


EXTRA_KV = [("request timeout ms", 5000), ("max retries", 3), ("batch size", 250), ("region", "eu-west-1"), ("feature new checkout", "true"),
            ("cache ttl seconds", 300), ("log format", "json"), ("metrics port", 9102), ("base url", "https://app.example.org"),
            ("worker threads", 8), ("queue name", "events-v2"), ("locale default", "en-GB"), ("upload max mb", 25)]


def extra_block(r, fmt):
    """0..2 harmless settings sections in a config format"""
    out = []
    for sec in r.sample(["worker", "telemetry", "limits", "features", "storage", "queues"], r.randint(0, 2)):
        kvs = r.sample(EXTRA_KV, r.randint(2, 5))
        if fmt == "hocon":
            out += ["", "%s {" % sec] + ["  %s = %s" % (style_name(k, "camel"), v if isinstance(v, int) or v == "true" else '"%s"' % v) for k, v in kvs] + ["}"]
        elif fmt == "yaml":
            out += ["", "%s:" % sec] + ["  %s: %s" % (style_name(k, "snake"), v) for k, v in kvs]
        elif fmt == "toml":
            out += ["", "[%s]" % sec] + ["%s = %s" % (style_name(k, "snake"), v if isinstance(v, int) or v == "true" else '"%s"' % v) for k, v in kvs]
        elif fmt == "lisp":
            out += [""] + ["(defparameter *%s* %s)" % (style_name(k, "kebab"), v if isinstance(v, int) else ("t" if v == "true" else '"%s"' % v)) for k, v in kvs]
        elif fmt == "ocaml":
            out += [""] + ["let %s = %s" % (style_name(k, "snake"), v if isinstance(v, int) or v == "true" else '"%s"' % v) for k, v in kvs]
        elif fmt == "zig":
            out += [""] + ["pub const %s = %s;" % (style_name(k, "snake"), v if isinstance(v, int) or v == "true" else '"%s"' % v) for k, v in kvs]
        elif fmt == "d":
            out += [""] + ["enum %s = %s;" % (style_name(k, "camel"), v if isinstance(v, int) or v == "true" else '"%s"' % v) for k, v in kvs]
    return out


LICENSES = ["Copyright (c) 2024 %s Labs. All rights reserved.", "SPDX-License-Identifier: Apache-2.0", "SPDX-License-Identifier: MIT",
            "This file is part of the %s platform.", "Maintained by the platform team; see CODEOWNERS."]


def maybe_header(r, lang, text):
    m = COMMENT.get(lang, "skip")
    if m == "skip" or lang in ("elm", "json", "markdown") or text.startswith("#!") or text.startswith("#lang") or r.random() < 0.65:
        return text
    lines = [x % r.choice(ORGS).capitalize() if "%s" in x else x for x in r.sample(LICENSES, r.randint(1, 2))]
    if m is None:
        hdr = "\n".join("(* %s *)" % x for x in lines)
    else:
        hdr = "\n".join("%s %s" % (m, x) for x in lines)
    return hdr + "\n\n" + text


ORGS = ["kestrel", "harborline", "tundra", "quartzy", "lantern", "meadowlark", "basalt", "fjordly"]
MODS = ["billing", "orders", "notify", "ingest", "reports", "payments", "webhooks", "catalog", "sync", "ledger"]


# --------------------------------------------------------------------------- templates
TEMPLATES = []
ALL = {"api", "hook", "pair", "dbpass", "dburl", "smtp", "signing", "pem", "jwt"}
HTTP = {"api", "jwt", "hook"}


def tpl(name, lang, filetype, families, accept=None):
    def deco(fn):
        TEMPLATES.append(dict(name=name, lang=lang, filetype=filetype, families=set(families), fn=fn,
                              accept=accept or (lambda c: True)))
        return fn
    return deco


def hocon_value(c, val, kind):
    if kind == "slot" and c.env:
        return "${?%s}" % c.envname
    if kind == "url" and c.env:
        return "${?%s}" % c.envname
    if kind == "pub" and getattr(c, "pub_env", False):
        return "${?%s}" % c.pubid_env
    if kind == "num":
        return str(val)
    if kind == "pem":
        if c.env:
            return "${?%s}" % c.envname
        if c.pem_lines is None:
            return '"%s"' % c.secret
        return '"""' + pem_text(c, "\n") + '\n"""'
    return '"%s"' % val


@tpl("play-application-conf", "hocon", "hocon", ALL)
def t_play_conf(r, c):
    app = r.choice(ORGS)
    sec = section_name(c)
    style = r.choice(["nested", "dotted"])
    L = ["# https://www.playframework.com/documentation/latest/ConfigFile", "", 'play.http.context = "/"',
         "play.i18n.langs = [ \"en\", \"de\" ]", 'play.filters.hosts.allowed = [".%s.io", "localhost:9000"]' % app, ""]
    if r.random() < 0.5:
        L += ["akka {", '  loglevel = "INFO"', "  http.server.idle-timeout = 120s", "}", ""]
    L.append("# " + r.choice(COMMENTS))
    ents = entries(c)
    if style == "nested":
        L.append("%s.%s {" % (app, sec))
        for k, v, kd in ents:
            L.append("  %s = %s" % (style_name(k, "camel"), hocon_value(c, v, kd)))
        L.append("}")
    else:
        for k, v, kd in ents:
            L.append("%s.%s.%s = %s" % (app, sec, style_name(k, "camel"), hocon_value(c, v, kd)))
    L += ["", "slick.dbs.default.profile = \"slick.jdbc.PostgresProfile$\"" if c.family != "dburl" else "", 'play.modules.enabled += "modules.%sModule"' % app.capitalize()]
    if r.random() < 0.5:
        L += ["", "blocking-io-dispatcher {", "  type = Dispatcher", '  executor = "thread-pool-executor"',
              "  thread-pool-executor.fixed-pool-size = 32", "  throughput = 1", "}"]
    L += extra_block(r, "hocon")
    return r.choice(["conf/application.conf", "conf/prod.conf", "modules/api/conf/application.conf"]), "\n".join(L) + "\n"


@tpl("ktor-application-conf", "hocon", "hocon", ALL)
def t_ktor_conf(r, c):
    app = r.choice(MODS)
    L = ["ktor {", "    deployment {", "        port = 8080", "        port = ${?PORT}", "    }", "    application {",
         "        modules = [ io.%s.%s.ApplicationKt.module ]" % (r.choice(ORGS), app), "    }", "}", ""]
    sec = section_name(c)
    L.append("%s {" % sec)
    for k, v, kd in entries(c):
        L.append("    %s = %s" % (style_name(k, r.choice(["camel", "kebab"])), hocon_value(c, v, kd)))
    L.append("}")
    if r.random() < 0.6:
        L += ["", "cache {", "    ttlSeconds = %d" % r.choice([60, 300, 900]), "    maxEntries = 10000", "}"]
    L += extra_block(r, "hocon")
    return "src/main/resources/application.conf", "\n".join(L) + "\n"


@tpl("scala-sttp-client", "scala", "scala", HTTP)
def t_scala_sttp(r, c):
    org, mod = r.choice(ORGS), r.choice(MODS)
    var = c.nm("camel")
    url, hdrs = http_parts(c, "scala", var)
    L = ["package io.%s.%s" % (org, mod), "", "import sttp.client3._", "import sttp.client3.circe._",
         "import io.circe.generic.auto._", "import scala.concurrent.duration._", ""]
    L.append("final class %sClient(backend: SttpBackend[Identity, Any]) {" % mod.capitalize())
    if use_var(c):
        L.append("  private val %s: String = %s" % (var, c.slot("scala") if c.family != "hook" else (c.slot("scala"))))
    L += ["  private val timeout = %d.seconds" % r.choice([5, 10, 30]), "",
          "  def send(payload: Map[String, String]): Either[String, String] = {",
          "    val target = %s" % url, "    val req = basicRequest", "      .post(uri\"$target\")"]
    for h, e in hdrs:
        L.append('      .header("%s", %s)' % (h, e))
    L += ["      .body(payload)", "      .readTimeout(timeout)", "    req.send(backend).body", "  }", "}"]
    return "src/main/scala/io/%s/%s/%sClient.scala" % (org, mod, mod.capitalize()), "\n".join(L) + "\n"


@tpl("scala-doobie", "scala", "scala", {"dbpass", "dburl"})
def t_scala_doobie(r, c):
    org = r.choice(ORGS)
    L = ["package io.%s.db" % org, "", "import cats.effect.IO", "import doobie._", "import doobie.implicits._", ""]
    L.append("object Database {")
    L.append("  " + cmt("scala", r))
    if c.family == "dbpass":
        pw = c.slot("scala")
        if use_var(c):
            L.append("  private val %s = %s" % (c.nm("camel") if not c.obvious else "dbPassword", pw))
            pw = c.nm("camel") if not c.obvious else "dbPassword"
        L += ["", "  val xa: Transactor[IO] = Transactor.fromDriverManager[IO](",
              '    driver = "org.postgresql.Driver",', '    url = "%s",' % jdbc_url(c), '    user = "%s",' % c.user,
              "    password = %s," % pw, "    logHandler = None", "  )"]
    else:
        L += ["  private val %s = %s" % (c.nm("camel"), url_slot(c, "scala")), "",
              "  private def toJdbc(raw: String): (String, String, String) = {",
              "    val u = new java.net.URI(raw)", "    val Array(user, pass) = u.getUserInfo.split(\":\", 2)",
              "    (s\"jdbc:postgresql://${u.getHost}:${u.getPort}${u.getPath}\", user, pass)", "  }", "",
              "  val xa: Transactor[IO] = {", "    val (url, user, pass) = toJdbc(%s)" % c.nm("camel"),
              '    Transactor.fromDriverManager[IO]("org.postgresql.Driver", url, user, pass, None)', "  }"]
    L += ["", "  def ping: IO[Int] = sql\"select 1\".query[Int].unique.transact(xa)", "}"]
    return "modules/core/src/main/scala/io/%s/db/Database.scala" % org, "\n".join(L) + "\n"


@tpl("scala-jwt", "scala", "scala", {"signing", "pem"})
def t_scala_jwt(r, c):
    org = r.choice(ORGS)
    L = ["package io.%s.auth" % org, "", "import pdi.jwt.{JwtAlgorithm, JwtCirce, JwtClaim}", "import java.time.Clock", ""]
    L.append("object TokenService {")
    L.append("  implicit val clock: Clock = Clock.systemUTC")
    if c.family == "signing":
        L.append("  private val %s = %s" % (c.nm("camel"), c.slot("scala")))
        L += ["  private val algo = JwtAlgorithm.HS256", "",
              "  def issue(userId: String): String =",
              "    JwtCirce.encode(JwtClaim(subject = Some(userId)).issuedNow.expiresIn(3600), %s, algo)" % c.nm("camel")]
    else:
        L.append("  private val %s: String = %s" % (c.nm("camel"), pem_slot(c, "scala", r.choice(["escaped", "triple"]))))
        L += ["", "  def issue(userId: String): String =",
              "    JwtCirce.encode(JwtClaim(subject = Some(userId)).issuedNow.expiresIn(900), %s, JwtAlgorithm.%s)"
              % (c.nm("camel"), {"PRIVATE KEY": "Ed25519", "EC PRIVATE KEY": "ES256"}.get(c.pem_type, "RS256"))]
    L += ["", "  def verify(token: String) = JwtCirce.decode(token, %s, Seq(JwtAlgorithm.HS256))" % c.nm("camel") if c.family == "signing" else "", "}"]
    return "app/io/%s/auth/TokenService.scala" % org, "\n".join(x for x in L) + "\n"


@tpl("scala-pair", "scala", "scala", {"pair"})
def t_scala_pair(r, c):
    org = r.choice(ORGS)
    idv = style_name(c.pubid_names[0], "camel") if c.obvious else "clientRef"
    sv = c.nm("camel")
    L = ["package io.%s.infra" % org, ""]
    if c.provider == "aws":
        L += ["import software.amazon.awssdk.auth.credentials.{AwsBasicCredentials, StaticCredentialsProvider}",
              "import software.amazon.awssdk.regions.Region", "import software.amazon.awssdk.services.s3.S3Client", "",
              "object Storage {", "  private val %s = %s" % (idv, pub_value(c, "scala")), "  private val %s = %s" % (sv, c.slot("scala")), "",
              "  lazy val s3: S3Client = S3Client.builder()", '    .region(Region.of("%s"))' % c.region,
              "    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(%s, %s)))" % (idv, sv),
              "    .build()", "", '  val bucket = "%s-%s-exports"' % (org, r.choice(["prod", "eu", "archive"])), "}"]
    elif c.provider == "twilio":
        L += ["import com.twilio.Twilio", "import com.twilio.rest.api.v2010.account.Message", "import com.twilio.`type`.PhoneNumber", "",
              "object Sms {", "  private val %s = %s" % (idv, pub_value(c, "scala")), "  private val %s = %s" % (sv, c.slot("scala")), "",
              "  Twilio.init(%s, %s)" % (idv, sv), "",
              "  def send(to: String, body: String): String =",
              '    Message.creator(new PhoneNumber(to), new PhoneNumber("+1415555%04d"), body).create().getSid' % r.randint(0, 9999), "}"]
    else:
        L += ["final case class OAuthConfig(clientId: String, clientSecret: String, redirectUri: String, scopes: List[String])", "",
              "object OAuth {", "  val default: OAuthConfig = OAuthConfig(", "    clientId = %s," % pub_value(c, "scala"),
              "    clientSecret = %s," % c.slot("scala"), '    redirectUri = "https://app.%s.io/auth/callback",' % org,
              '    scopes = List("openid", "email", "profile")', "  )", "}"]
    return "src/main/scala/io/%s/infra/%s.scala" % (org, {"aws": "Storage", "twilio": "Sms"}.get(c.provider, "OAuth")), "\n".join(L) + "\n"


GH_GL = lambda c: c.family != "api" or c.provider in ("github", "gitlab")


@tpl("build-sbt", "sbt", "sbt", {"dbpass", "api"}, GH_GL)
def t_build_sbt(r, c):
    name = r.choice(MODS)
    L = ['ThisBuild / scalaVersion := "%s"' % r.choice(["2.13.14", "3.3.3", "3.4.2"]), 'ThisBuild / organization := "io.%s"' % r.choice(ORGS), "",
         "lazy val root = (project in file(\".\"))", "  .enablePlugins(%s)" % ("FlywayPlugin" if c.family == "dbpass" else "JavaAppPackaging"),
         "  .settings(", '    name := "%s-service",' % name, "    libraryDependencies ++= Seq(",
         '      "org.typelevel" %% "cats-effect" % "3.5.4",', '      "org.postgresql" % "postgresql" % "42.7.3",',
         '      "org.scalameta" %% "munit" % "1.0.0" % Test', "    )", "  )", ""]
    if c.family == "dbpass":
        L += ["// flyway migrations against the shared staging database",
              'flywayUrl := "%s"' % jdbc_url(c), 'flywayUser := "%s"' % c.user,
              "flywayPassword := %s" % (c.slot("scala") if not c.env else 'sys.env.getOrElse("%s", "")' % c.envname),
              'flywayLocations += "db/migration"']
    else:
        tok = c.slot("scala") if not c.env else 'sys.env.getOrElse("%s", "")' % c.envname
        host = "maven.pkg.github.com" if c.provider == "github" else "gitlab.com"
        realm = "GitHub Package Registry" if c.provider == "github" else "GitLab Packages Registry"
        L += ["resolvers += \"%s\" at \"https://%s/%s/%s\"" % ("github" if c.provider == "github" else "gitlab", host, r.choice(ORGS), "packages" if c.provider == "github" else "api/v4/groups/118/-/packages/maven"),
              'credentials += Credentials("%s", "%s", "%s", %s)' % (realm, host, r.choice(["ci-bot", "_", "deploy"]) if c.provider == "github" else "Private-Token", tok)]
    return "build.sbt", "\n".join(L) + "\n"


@tpl("kts-gradle", "kotlin", "kotlin-script", {"dbpass", "api"}, GH_GL)
def t_kts_gradle(r, c):
    L = ["plugins {", '    kotlin("jvm") version "1.9.24"', '    id("org.flywaydb.flyway") version "10.15.0"' if c.family == "dbpass" else '    `maven-publish`', "    application", "}", "",
         'group = "io.%s"' % r.choice(ORGS), 'version = "%d.%d.%d"' % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "",
         "repositories {", "    mavenCentral()"]
    if c.family == "api" and c.provider in ("github", "gitlab"):
        url = "https://maven.pkg.github.com/%s/shared-libs" % r.choice(ORGS) if c.provider == "github" else "https://gitlab.com/api/v4/groups/2241/-/packages/maven"
        L += ["    maven {", '        url = uri("%s")' % url, "        credentials {",
              '            username = "%s"' % r.choice(["ci-bot", "deploy", "release-bot"]), "            password = %s" % c.slot("kotlin"), "        }", "    }"]
        L += ["}", "", "dependencies {", '    implementation("io.ktor:ktor-server-netty:2.3.11")', '    testImplementation(kotlin("test"))', "}"]
    else:
        L += ["}", "", "dependencies {", '    implementation("org.postgresql:postgresql:42.7.3")', '    implementation("org.jetbrains.exposed:exposed-jdbc:0.51.1")', "}", ""]
        if c.family == "dbpass":
            L += ["flyway {", '    url = "%s"' % jdbc_url(c), '    user = "%s"' % c.user, "    password = %s" % c.slot("kotlin"),
                  '    schemas = arrayOf("public")', '    locations = arrayOf("filesystem:src/main/resources/db/migration")', "}"]
        else:
            L += ["tasks.register<Exec>(\"notifyRelease\") {", '    commandLine("curl", "-fsS", "-H", %s, "%s")' % (
                lit("kotlin", ("Authorization: Bearer " if c.auth == "bearer" else "") + c.secret) if not c.env else c.slot("kotlin"), c.url), "}"]
    L += ["", "application {", '    mainClass.set("io.%s.ApplicationKt")' % r.choice(ORGS), "}"]
    return r.choice(["build.gradle.kts", "app/build.gradle.kts", "server/build.gradle.kts"]), "\n".join(L) + "\n"


@tpl("kts-main-script", "kotlin", "kotlin-script", HTTP)
def t_kts_script(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "kotlin", var)
    L = ["#!/usr/bin/env kotlin", "", '@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")', "",
         "import okhttp3.OkHttpClient", "import okhttp3.Request", "import okhttp3.MediaType.Companion.toMediaType",
         "import okhttp3.RequestBody.Companion.toRequestBody", ""]
    L.append("// " + r.choice(["posts the nightly summary", "one-off backfill, run from the bastion", "smoke test after deploy"]))
    if use_var(c):
        L.append("val %s = %s" % (var, c.slot("kotlin")))
    L += ["val client = OkHttpClient()", 'val json = """{"text": "deploy ${args.getOrElse(0) { "main" }} finished"}"""', "",
          "val request = Request.Builder()", "    .url(%s)" % url]
    for h, e in hdrs:
        L.append('    .header("%s", %s)' % (h, e))
    L += ['    .post(json.toRequestBody("application/json".toMediaType()))', "    .build()", "",
          "client.newCall(request).execute().use { resp ->", '    check(resp.isSuccessful) { "HTTP ${resp.code}" }', "    println(resp.body?.string())", "}"]
    return "scripts/%s.main.kts" % r.choice(["notify", "backfill", "smoke-test", "sync-issues", "post-release"]), "\n".join(L) + "\n"


@tpl("kotlin-exposed", "kotlin", "kotlin", {"dbpass", "dburl"})
def t_kotlin_exposed(r, c):
    org = r.choice(ORGS)
    L = ["package io.%s.persistence" % org, "", "import org.jetbrains.exposed.sql.Database",
         "import com.zaxxer.hikari.HikariConfig", "import com.zaxxer.hikari.HikariDataSource", "", "object Db {"]
    if c.family == "dbpass":
        pw = c.slot("kotlin")
        if use_var(c):
            L.append("    private val %s = %s" % ("dbPassword" if c.obvious else c.nm("camel"), pw))
            pw = "dbPassword" if c.obvious else c.nm("camel")
        L += ["    fun connect(): Database {", "        val cfg = HikariConfig().apply {", '            jdbcUrl = "%s"' % jdbc_url(c),
              '            username = "%s"' % c.user, "            password = %s" % pw, "            maximumPoolSize = %d" % r.choice([4, 8, 10])]
    else:
        L += ["    private val %s = %s" % (c.nm("camel"), url_slot(c, "kotlin")),
              "    fun connect(): Database {", "        val uri = java.net.URI(%s)" % c.nm("camel"),
              '        val (user, pass) = uri.userInfo.split(":", limit = 2)', "        val cfg = HikariConfig().apply {",
              '            jdbcUrl = "jdbc:postgresql://${uri.host}:${uri.port}${uri.path}"', "            username = user", "            password = pass"]
    L += ["        }", "        return Database.connect(HikariDataSource(cfg))", "    }", "}"]
    return "src/main/kotlin/io/%s/persistence/Db.kt" % org, "\n".join(L) + "\n"


@tpl("kts-jwt-script", "kotlin", "kotlin-script", {"signing", "pem", "pair"})
def t_kts_jwt(r, c):
    L = ["#!/usr/bin/env kotlin", ""]
    if c.family == "signing":
        L += ['@file:DependsOn("com.auth0:java-jwt:4.4.0")', "", "import com.auth0.jwt.JWT", "import com.auth0.jwt.algorithms.Algorithm", "import java.util.Date", "",
              "val %s = %s" % (c.nm("camel"), c.slot("kotlin")), "val algorithm = Algorithm.HMAC256(%s)" % c.nm("camel"), "",
              "val token = JWT.create()", '    .withIssuer("%s")' % r.choice(["billing-api", "auth-service"]), "    .withSubject(args.firstOrNull() ?: \"ops\")",
              "    .withExpiresAt(Date(System.currentTimeMillis() + 3_600_000))", "    .sign(algorithm)", "println(token)"]
    elif c.family == "pem":
        L += ['@file:DependsOn("io.jsonwebtoken:jjwt-api:0.12.5")', "", "import java.security.KeyFactory", "import java.security.spec.PKCS8EncodedKeySpec", "import java.util.Base64", "",
              "val %s = %s" % (c.nm("camel"), pem_slot(c, "kotlin", r.choice(["escaped", "triple"]))), "",
              "val der = Base64.getMimeDecoder().decode(", '    %s.replace(Regex("-----[A-Z ]+-----"), "")' % c.nm("camel"), ")",
              'val key = KeyFactory.getInstance("%s").generatePrivate(PKCS8EncodedKeySpec(der))' % ({"PRIVATE KEY": "Ed25519", "EC PRIVATE KEY": "EC"}.get(c.pem_type, "RSA")),
              'println("loaded ${key.algorithm} key")']
    else:
        idv = style_name(c.pubid_names[0], "camel") if c.obvious else "clientRef"
        L += ['@file:DependsOn("software.amazon.awssdk:s3:2.25.60")' if c.provider == "aws" else '@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")', ""]
        L += ["val %s = %s" % (idv, pub_value(c, "kotlin")), "val %s = %s" % (c.nm("camel"), c.slot("kotlin")), ""]
        if c.provider == "aws":
            L += ["val creds = software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(%s, %s)" % (idv, c.nm("camel")),
                  "val s3 = software.amazon.awssdk.services.s3.S3Client.builder()", '    .region(software.amazon.awssdk.regions.Region.of("%s"))' % c.region,
                  "    .credentialsProvider { creds }", "    .build()", 's3.listBuckets().buckets().forEach { println(it.name()) }']
        else:
            tokurl = {"twilio": "https://api.twilio.com/2010-04-01/Accounts.json", "google": "https://oauth2.googleapis.com/token",
                      "github": "https://github.com/login/oauth/access_token"}.get(c.provider, "https://sso.%s.io/realms/main/protocol/openid-connect/token" % r.choice(ORGS))
            L += ["val client = okhttp3.OkHttpClient()", "val req = okhttp3.Request.Builder()", '    .url("%s")' % tokurl,
                  "    .header(\"Authorization\", okhttp3.Credentials.basic(%s, %s))" % (idv, c.nm("camel")), "    .build()",
                  "println(client.newCall(req).execute().code)"]
    return "scripts/%s.main.kts" % r.choice(["issue-token", "rotate", "ops-tool", "list-resources"]), "\n".join(L) + "\n"


# --------------------------------------------------------------------------- negatives from positive templates
DOC_AWS_ID = "AKIAIOSFODNN7EXAMPLE"
DOC_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
           "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
DOC_SLACK_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
DOC_STRIPE = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

PREFIX = {"stripe": "sk_live_", "stripe-rk": "rk_live_", "stripe-test": "sk_test_", "openai": "sk-proj-", "anthropic": "sk-ant-api03-",
          "github": "ghp_", "github-fine": "github_pat_", "gitlab": "glpat-", "slack": "xoxb-", "sendgrid": "SG.",
          "mailgun": "key-", "telegram": "", "huggingface": "hf_", "digitalocean": "dop_v1_", "shopify": "shpat_"}


def placeholder(r, c):
    base = style_name(c.names[0], r.choice(["snake", "kebab", "screaming"]))
    pre = PREFIX.get(getattr(c, "prov", ""), "")
    opts = ["<%s>" % base, "YOUR_%s" % style_name(c.names[0], "screaming"), "CHANGE_ME", "changeme-in-vault", "REPLACE_ME",
            "TODO", "<redacted>", "your-%s-here" % style_name(c.names[0], "kebab"), "%s" % ("x" * r.choice([16, 24, 32])), "dummy", "<set me>"]
    if pre:
        opts += [pre + "x" * r.choice([24, 32]), pre + "XXXXXXXXXXXXXXXXXXXXXXXX", pre + "REPLACE_ME", pre + "..."]
    return r.choice(opts)


def masked(r, c):
    pre = PREFIX.get(getattr(c, "prov", ""), "")
    tail = rs(r, LO + DG, 4)
    return r.choice([pre + "*" * r.choice([8, 12, 20]) + tail, "********", "•" * 10, pre + "…" + tail, "[REDACTED]", "****" + tail])


def reference(r, c):
    nm = style_name(c.names[0], "kebab")
    return r.choice(["vault:secret/data/%s/%s#value" % (r.choice(MODS), nm),
                     "sm://projects/%s-prod/secrets/%s/versions/latest" % (r.choice(ORGS), nm),
                     "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/%s-%s" % (r.randint(10**11, 10**12 - 1), nm, rs(r, ALNUM, 6)),
                     "op://Engineering/%s/credential" % nm, "azurekv://%s-kv/%s" % (r.choice(ORGS), nm),
                     "file:/run/secrets/%s" % nm.replace("-", "_")])


def ciphertext(r, c):
    k = r.randrange(3)
    if k == 0:
        return "ENC(" + base64.b64encode(rbytes(r, 48)).decode() + ")"
    if k == 1:
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, 30)).decode(),
                                                                 base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return "{cipher}" + rs(r, HEX, 96)


def neg_value(r, c, mode):
    if mode == "placeholder":
        return placeholder(r, c)
    if mode == "masked":
        return masked(r, c)
    if mode == "ref":
        return reference(r, c)
    if mode == "cipher":
        return ciphertext(r, c)
    if mode == "empty":
        return ""
    raise KeyError(mode)


def make_negative(r, c, lang):
    """turn a positive Cred into a look-alike for the same template; returns the mode used"""
    c.pos = False
    orig = c.secret
    modes = ["env", "env", "placeholder", "placeholder", "masked", "ref", "empty", "cipher"]
    doc = None
    if c.family == "pair" and c.provider == "aws":
        doc = "aws-doc"
    elif getattr(c, "prov", "") == "stripe":
        doc = "stripe-doc"
    elif c.family == "hook":
        doc = "slack-doc"
    elif c.family == "jwt":
        doc = "jwt-doc"
    if doc:
        modes += [doc, doc]
    if lang not in ENV and lang not in ("hocon", "sbt"):
        modes = [m for m in modes if m != "env"]
    if lang not in ("hocon", "yaml", "toml", "edn", "sysconfig", "sbt"):
        modes = [m for m in modes if m != "cipher"] + ["placeholder"]
    if c.family in ("pem",):
        modes = [m for m in modes if m not in ("masked", "cipher")] + ["redacted-pem"]
    if c.family in ("dburl",):
        modes += ["url-nopw", "url-tmpl"]
    for _ in range(50):
        mode = r.choice(modes)
        if mode == "env":
            c.env = True
            c.secret = "" if c.family != "dburl" else "CHANGE_ME"
        elif mode == "aws-doc":
            c.secret, c.pubid = DOC_AWS_SECRET, DOC_AWS_ID
        elif mode == "stripe-doc":
            c.secret = DOC_STRIPE
        elif mode == "slack-doc":
            c.secret = DOC_SLACK_HOOK
        elif mode == "jwt-doc":
            c.secret = DOC_JWT
        elif mode == "redacted-pem":
            c.pem_lines = [r.choice(["REDACTED", "...", "<paste the PKCS#8 key from the vault here>", "MIIEv...(redacted)"])]
            c.secret = c.pem_lines[0]
        elif mode == "url-nopw":
            c.secret = None
        elif mode == "url-tmpl":
            c.secret = r.choice(["${DB_PASSWORD}", "%s", "{password}", "<password>", "$(DB_PASS)"])
        else:
            c.secret = neg_value(r, c, mode)
            if c.family == "pem" and mode in ("ref", "placeholder", "empty"):
                c.pem_lines = None
            if c.family == "hook" and mode == "placeholder":
                c.secret = "https://hooks.slack.com/services/" + r.choice(["<team>/<channel>/<token>", "TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "REPLACE/ME/PLEASE"])
        s = c.secret or ""
        if c.auth in ("basic", "path") and mode in ("ref", "cipher"):
            continue
        if lang in DOLLAR_UNSAFE and "$" in s:
            c.env = False
            continue
        if c.family == "dburl" and mode in ("masked", "ref", "cipher", "empty"):
            c.secret = r.choice(["****", "********", "xxxxx", ""])
        break
    if c.family == "pair" and c.provider == "aws" and mode != "aws-doc":
        c.pub_env = True
        c.pubid = DOC_AWS_ID
    if c.kind == "ses_smtp_password":
        c.user = DOC_AWS_ID
    if c.family == "pem" and c.pem_lines is not None and mode not in ("redacted-pem",):
        c.pem_lines = None
    return mode


def db_url_nopw(c):
    return "%s://%s@%s:%d/%s" % (c.scheme if c.scheme != "redis" else "redis", c.user, c.host, c.port, c.db)


# ---- Clojure / EDN
def edn_value(c, val, kind, aero=True):
    if c.env and kind in ("slot", "url", "pem"):
        return "#env %s" % c.envname if aero else '(System/getenv "%s")' % c.envname
    if kind == "pub" and getattr(c, "pub_env", False):
        return "#env %s" % c.pubid_env if aero else '(System/getenv "%s")' % c.pubid_env
    if kind == "num":
        return str(val)
    if kind == "url":
        return '"%s"' % db_url(c)
    if kind == "pem":
        return '"%s"' % (c.secret if c.pem_lines is None else pem_text(c, "\\n") + "\\n")
    return '"%s"' % val


@tpl("aero-config-edn", "edn", "edn", ALL)
def t_aero_edn(r, c):
    app = r.choice(MODS)
    L = ["{:app-name \"%s\"" % app, " :http {:port #long #or [#env PORT 3000]", "        :host \"0.0.0.0\"}",
         " :log-level #profile {:dev :debug :prod :info}"]
    sec = section_name(c)
    ents = entries(c)
    L.append(" :%s {%s" % (sec, ""))
    for j, (k, v, kd) in enumerate(ents):
        pre = "  " + " " * (len(sec) + 1) if j else ""
        item = ":%s %s" % (style_name(k, "kebab"), edn_value(c, v, kd))
        if j == 0:
            L[-1] = " :%s {%s" % (sec, item)
        else:
            L.append("  %s%s" % (" " * len(sec), item))
    L[-1] += "}"
    if r.random() < 0.6:
        L.append(" :scheduler {:pool-size 4 :jobs [:cleanup :digest]}")
    L[-1] += "}"
    return r.choice(["resources/config.edn", "resources/%s/config.edn" % app, "config/prod.edn"]), "\n".join(L) + "\n"


@tpl("clj-http-client", "clojure", "clojure", HTTP | {"api"})
def t_clj_http(r, c):
    ns = "%s.%s" % (r.choice(ORGS), r.choice(MODS))
    var = c.nm("kebab")
    L = ["(ns %s.client" % ns, "  (:require [clj-http.client :as http]", "            [cheshire.core :as json]))", ""]
    if use_var(c) or c.auth == "basic":
        L.append("(def ^:private %s %s)" % (var, c.slot("clojure")))
        L.append("")
    L += ["(defn post-event!", "  \"Sends one event upstream; returns the parsed body.\"", "  [event]"]
    if c.family != "hook" and c.auth == "basic":
        L += ["  (-> (http/post \"%s\"" % c.url, "                 {:basic-auth [\"api\" %s]" % var,
              "                  :form-params event", "                  :socket-timeout 10000})", "      :body))"]
    else:
        url, hdrs = http_parts(c, "clojure", var)
        L.append("  (-> (http/post %s" % url)
        hs = " ".join('"%s" %s' % (h, e) for h, e in hdrs)
        L.append("                 {:headers {%s\"Content-Type\" \"application/json\"}" % (hs + " " if hs else ""))
        L += ["                  :body (json/generate-string event)", "                  :socket-timeout 10000", "                  :throw-exceptions false})",
              "      :body", "      (json/parse-string true)))"]
    return "src/%s/client.clj" % ns.replace(".", "/"), "\n".join(L) + "\n"


@tpl("clj-next-jdbc", "clojure", "clojure", {"dbpass", "dburl"})
def t_clj_jdbc(r, c):
    ns = "%s.db" % r.choice(ORGS)
    L = ["(ns %s" % ns, "  (:require [next.jdbc :as jdbc]", "            [next.jdbc.connection :as connection])",
         "  (:import (com.zaxxer.hikari HikariDataSource)))", ""]
    if c.family == "dbpass":
        L += ["(def db-spec", "  {:dbtype \"%s\"" % ("postgresql" if "post" in c.scheme else c.scheme), "   :dbname \"%s\"" % c.db,
              "   :host \"%s\"" % c.host, "   :port %d" % c.port, "   :user \"%s\"" % c.user,
              "   :%s %s})" % ("password" if c.obvious else style_name(c.neutral, "kebab"), c.slot("clojure"))]
        if not c.obvious:
            L.append(";; hikari wants :password; rename before passing it on")
            L += ["", "(defn datasource []", "  (connection/->pool HikariDataSource (assoc db-spec :password (:%s db-spec))))" % style_name(c.neutral, "kebab")]
        else:
            L += ["", "(defn datasource []", "  (connection/->pool HikariDataSource db-spec))"]
    else:
        L += ["(def %s %s)" % (c.nm("kebab"), url_slot(c, "clojure")), "", "(defn datasource []",
              "  (connection/->pool HikariDataSource {:jdbcUrl (connection/jdbc-url (connection/uri->db-spec %s))}))" % c.nm("kebab")]
    L += ["", "(defn healthy? [ds]", "  (= 1 (:one (jdbc/execute-one! ds [\"select 1 as one\"]))))"]
    return "src/%s.clj" % ns.replace(".", "/"), "\n".join(L) + "\n"


@tpl("lein-project-clj", "clojure", "clojure", {"dbpass", "api", "signing"}, lambda c: c.family != "api" or c.provider in ("github", "gitlab", "stripe", "openai", "sendgrid"))
def t_project_clj(r, c):
    name = "%s/%s" % (r.choice(ORGS), r.choice(MODS))
    L = ["(defproject %s \"%d.%d.%d-SNAPSHOT\"" % (name, r.randint(0, 2), r.randint(0, 30), r.randint(0, 9)),
         "  :description \"%s\"" % r.choice(["order intake service", "billing worker", "internal reporting API"]),
         "  :dependencies [[org.clojure/clojure \"1.11.3\"]", "                 [ring/ring-core \"1.12.1\"]", "                 [environ \"1.2.0\"]]",
         "  :plugins [[lein-environ \"1.2.0\"]]", "  :main ^:skip-aot %s.core" % name.split("/")[1]]
    if c.family == "api" and c.provider in ("github", "gitlab"):
        url = "https://maven.pkg.github.com/%s/libs" % r.choice(ORGS) if c.provider == "github" else "https://gitlab.com/api/v4/projects/311/packages/maven"
        pw = c.slot("clojure") if not c.env else ":env/%s" % c.envname.lower()
        L += ["  :repositories [[\"private\" {:url \"%s\"" % url, "                               :username \"%s\"" % r.choice(["ci-bot", "deploy"]),
              "                               :password %s}]]" % pw]
    else:
        k = {"dbpass": "database-password", "signing": c.nm("kebab"), "api": c.nm("kebab")}[c.family]
        if c.family == "dbpass" and not c.obvious:
            k = style_name(c.neutral, "kebab")
        val = c.slot("clojure") if not c.env else '(System/getenv "%s")' % c.envname
        L += ["  :profiles {:dev {:env {:database-url \"jdbc:postgresql://localhost:5432/%s_dev\"" % r.choice(DBNAMES),
              "                         :%s %s}}" % (k, val), "             :uberjar {:aot :all}}"]
    L[-1] += ")"
    return "project.clj", "\n".join(L) + "\n"


@tpl("deps-edn-jvm-opts", "edn", "edn", {"api", "signing", "dburl"}, lambda c: c.family != "api" or c.auth != "path")
def t_deps_edn(r, c):
    prop = {"api": "%s.key" % c.provider, "signing": "app.jwt.secret", "dburl": "db.url"}[c.family] if c.obvious else "svc.opt.%s" % r.randint(1, 9)
    val = c.secret if c.family != "dburl" else db_url(c)
    if c.env:
        val = "${%s}" % c.envname
    L = ["{:paths [\"src\" \"resources\"]", " :deps {org.clojure/clojure {:mvn/version \"1.11.3\"}",
         "        http-kit/http-kit {:mvn/version \"2.8.0\"}", "        com.github.seancorfield/next.jdbc {:mvn/version \"1.3.939\"}}",
         " :aliases", " {:dev {:extra-paths [\"dev\"]", "        :jvm-opts [\"-Dclojure.spec.check-asserts=true\"", "                   \"-D%s=%s\"]}" % (prop, val),
         "  :test {:extra-paths [\"test\"]", "         :extra-deps {io.github.cognitect-labs/test-runner {:git/tag \"v0.5.1\" :git/sha \"dfb30dd\"}}",
         "         :main-opts [\"-m\" \"cognitect.test-runner\"]}}}"]
    return "deps.edn", "\n".join(L) + "\n"


@tpl("clj-buddy-jwt", "clojure", "clojure", {"signing", "pem"})
def t_clj_jwt(r, c):
    ns = "%s.auth" % r.choice(ORGS)
    L = ["(ns %s" % ns, "  (:require [buddy.sign.jwt :as jwt]", "            [buddy.core.keys :as keys]))", ""]
    if c.family == "signing":
        L += ["(def ^:private %s %s)" % (c.nm("kebab"), c.slot("clojure")), "",
              "(defn sign-claims [claims]", "  (jwt/sign claims %s {:alg :hs256}))" % c.nm("kebab"), "",
              "(defn unsign [token]", "  (jwt/unsign token %s {:alg :hs256}))" % c.nm("kebab")]
    else:
        L += ["(def ^:private %s" % c.nm("kebab"), "  %s)" % pem_slot(c, "clojure", "escaped"), "",
              "(def ^:private pkey (keys/str->private-key %s))" % c.nm("kebab"), "",
              "(defn sign-claims [claims]", "  (jwt/sign claims pkey {:alg :%s}))" % {"PRIVATE KEY": "eddsa", "EC PRIVATE KEY": "es256"}.get(c.pem_type, "rs256")]
    return "src/%s.clj" % ns.replace(".", "/"), "\n".join(L) + "\n"


# ---- Haskell
def yesod_value(c, val, kind):
    if c.env and kind in ("slot", "url", "pem"):
        return '"_env:%s:"' % c.envname
    if kind == "pub" and getattr(c, "pub_env", False):
        return '"_env:%s:"' % c.pubid_env
    if kind == "num":
        return '"_env:%s:%s"' % ("PORT_" + str(val), val) if False else str(val)
    if kind == "url":
        return '"%s"' % db_url(c)
    if kind == "pem":
        return '"%s"' % (c.secret if c.pem_lines is None else pem_text(c, "\\n") + "\\n")
    return '"%s"' % val if not (kind == "slot" and c.r.random() < 0.4) else '"_env:%s:%s"' % (c.envname, val)


@tpl("yesod-settings-yml", "yaml", "yaml", ALL)
def t_yesod(r, c):
    L = ["# Values formatted like \"_env:YESOD_ENV_VAR_NAME:default_value\" can be overridden by the specified environment variable.",
         "# See https://github.com/yesodweb/yesod/wiki/Configuration#overriding-configuration-values-with-environment-variables", "",
         'static-dir:     "_env:YESOD_STATIC_DIR:static"', 'host:           "_env:YESOD_HOST:*4"', 'port:           "_env:YESOD_PORT:3000"',
         'ip-from-header: "_env:YESOD_IP_FROM_HEADER:false"', ""]
    sec = section_name(c)
    L.append("%s:" % sec)
    for k, v, kd in entries(c):
        L.append("  %s: %s" % (style_name(k, "snake"), yesod_value(c, v, kd)))
    L += extra_block(r, "yaml")
    L += ["", 'copyright: Insert copyright statement here', "#analytics: UA-YOURCODE"]
    return "config/settings.yml", "\n".join(L) + "\n"


@tpl("haskell-config-record", "haskell", "haskell", ALL)
def t_hs_config(r, c):
    mod = r.choice(MODS).capitalize()
    fields = []
    for k, v, kd in entries(c):
        fname = "cfg" + style_name(k, "pascal")
        typ = "Int" if kd == "num" else "Text"
        if kd == "slot" and c.env:
            fields.append((fname, "Text", 'fromMaybe "" $ unsafePerformIO (lookupEnv "%s")' % c.envname))
            continue
        if kd == "num":
            val = str(v)
        elif kd == "url":
            val = '"%s"' % db_url(c) if not c.env else 'T.pack . fromMaybe "" $ unsafePerformIO (lookupEnv "%s")' % c.envname
        elif kd == "pem":
            val = '"%s"' % (c.secret if getattr(c, "pem_lines", None) is None else pem_text(c, "\\n") + "\\n")
        elif kd == "pub" and getattr(c, "pub_env", False):
            val = 'T.pack . fromMaybe "" $ unsafePerformIO (lookupEnv "%s")' % c.pubid_env
        else:
            val = '"%s"' % v
        fields.append((fname, typ, val))
    L = ["{-# LANGUAGE OverloadedStrings #-}", "module %s.Config" % mod, "  ( Config (..)", "  , defaultConfig", "  ) where", "",
         "import Data.Maybe (fromMaybe)", "import Data.Text (Text)", "import qualified Data.Text as T", "import System.Environment (lookupEnv)",
         "import System.IO.Unsafe (unsafePerformIO)", "", "data Config = Config"]
    for j, (fn, ty, _) in enumerate(fields):
        L.append("  %s %s :: !%s" % ("{" if j == 0 else ",", fn, ty))
    L += ["  } deriving (Show)", "", "-- | " + r.choice(["Settings used when no config file is given.", "Defaults for the worker; override per deployment.", "Compiled-in defaults."]),
          "defaultConfig :: Config", "defaultConfig = Config"]
    for j, (fn, _, v) in enumerate(fields):
        L.append("  %s %s = %s" % ("{" if j == 0 else ",", fn, v))
    L.append("  }")
    return "src/%s/Config.hs" % mod, "\n".join(L) + "\n"


@tpl("haskell-http-conduit", "haskell", "haskell", HTTP)
def t_hs_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "haskell", var)
    L = ["{-# LANGUAGE OverloadedStrings #-}", "module Main (main) where", "", "import qualified Data.ByteString.Char8 as B8",
         "import Network.HTTP.Simple", "import System.Environment (getEnv)", "", "main :: IO ()", "main = do"]
    if c.env:
        L.append('  %s <- getEnv "%s"' % (var, c.envname))
    elif use_var(c):
        L.append("  let %s = %s" % (var, lit("haskell", c.secret)))
    if c.env or use_var(c):
        url = url.replace(" <> %s" % var, " <> %s" % var)
    L.append("  initReq <- parseRequest (\"POST \" <> %s)" % url)
    L.append("  let req = setRequestBodyJSON payload")
    for h, e in hdrs:
        e2 = e.replace(var, var) if not use_var(c) else e
        L.append('          $ setRequestHeader "%s" [B8.pack (%s)]' % (h, e2))
    L += ["          $ initReq", "  resp <- httpLBS req", "  putStrLn $ \"status: \" <> show (getResponseStatusCode resp)", "",
          "payload :: [(String, String)]", 'payload = [("text", "%s")]' % r.choice(["nightly export finished", "deploy ok", "sync complete"])]
    return "app/Main.hs", "\n".join(L) + "\n"


@tpl("haskell-postgresql-simple", "haskell", "haskell", {"dbpass", "dburl"})
def t_hs_db(r, c):
    L = ["{-# LANGUAGE OverloadedStrings #-}", "module Db (connect, withDb) where", "", "import Control.Exception (bracket)",
         "import Database.PostgreSQL.Simple", "", "connect :: IO Connection"]
    if c.family == "dbpass":
        pw = '"%s"' % c.secret
        L += ["connect = do"]
        if c.env:
            L += ['  pw <- getEnv "%s"' % c.envname]
            pw = "pw"
            L.insert(5, "import System.Environment (getEnv)")
        L += ["  connect' ConnectInfo", '    { connectHost = "%s"' % c.host, "    , connectPort = %d" % c.port, '    , connectUser = "%s"' % c.user,
              "    , connectPassword = %s" % pw, '    , connectDatabase = "%s"' % c.db, "    }", "  where connect' = Database.PostgreSQL.Simple.connect"]
    else:
        if c.env:
            L.insert(5, "import qualified Data.ByteString.Char8 as B8")
            L.insert(5, "import System.Environment (getEnv)")
            L += ['connect = getEnv "%s" >>= connectPostgreSQL . B8.pack' % c.envname]
        else:
            L += ["connect = connectPostgreSQL %s" % lit("haskell", db_url(c))]
    L += ["", "withDb :: (Connection -> IO a) -> IO a", "withDb = bracket connect close"]
    return "src/Db.hs", "\n".join(L) + "\n"


# ---- OCaml
@tpl("ocaml-cohttp", "ocaml", "ocaml", HTTP)
def t_ocaml_http(r, c):
    var = c.nm("snake")
    url, hdrs = http_parts(c, "ocaml", var)
    L = ["open Lwt.Syntax", "open Cohttp", "open Cohttp_lwt_unix", ""]
    L.append("(* %s *)" % r.choice(["posts a message when the batch finishes", "thin client for the upstream API", "called from the cron entry point"]))
    if use_var(c):
        L.append("let %s = %s" % (var, c.slot("ocaml")))
        L.append("")
    L += ["let send body =", "  let uri = Uri.of_string (%s) in" % url]
    hl = "; ".join('("%s", %s)' % (h, e) for h, e in hdrs + [("Content-Type", '"application/json"')])
    L += ["  let headers = Header.of_list [ %s ] in" % hl,
          "  let* resp, body = Client.post ~headers ~body:(Cohttp_lwt.Body.of_string body) uri in",
          "  let* text = Cohttp_lwt.Body.to_string body in",
          "  Lwt.return (Code.code_of_status (Response.status resp), text)", "",
          "let () =", '  let code, _ = Lwt_main.run (send {|{"event":"%s"}|}) in' % r.choice(["done", "ping", "export"]),
          '  Printf.printf "upstream answered %d\\n" code']
    return r.choice(["bin/main.ml", "bin/notify.ml", "src/client.ml"]), "\n".join(L) + "\n"


@tpl("ocaml-caqti", "ocaml", "ocaml", {"dbpass", "dburl"})
def t_ocaml_db(r, c):
    L = ["(* database pool for the %s service *)" % r.choice(MODS), ""]
    if c.family == "dburl":
        L += ["let %s = %s" % (c.nm("snake"), url_slot(c, "ocaml")), "", "let uri = Uri.of_string %s" % c.nm("snake")]
    else:
        pw = c.slot("ocaml")
        L += ["let db_user = \"%s\"" % c.user, "let %s = %s" % ("db_password" if c.obvious else c.nm("snake"), pw), "",
              "let uri =", "  Uri.make ~scheme:\"postgresql\" ~host:\"%s\" ~port:%d" % (c.host, c.port),
              "    ~userinfo:(db_user ^ \":\" ^ %s) ~path:\"/%s\" ()" % ("db_password" if c.obvious else c.nm("snake"), c.db)]
    L += ["", "let pool =", "  match Caqti_lwt_unix.connect_pool ~pool_config:(Caqti_pool_config.create ~max_size:%d ()) uri with" % r.choice([4, 8, 16]),
          "  | Ok pool -> pool", "  | Error err -> failwith (Caqti_error.show err)"]
    return r.choice(["lib/db.ml", "src/storage/db.ml"]), "\n".join(L) + "\n"


@tpl("ocaml-config-module", "ocaml", "ocaml", {"signing", "smtp", "pem", "pair", "api"})
def t_ocaml_config(r, c):
    L = ["(** Runtime configuration. %s *)" % r.choice(["Loaded once at start-up.", "Shared by the web and worker binaries."]), "",
         "let http_port = %d" % r.choice([8080, 3000, 4000]), "let log_level = Logs.Info", ""]
    for k, v, kd in entries(c):
        nm = style_name(k, "snake")
        if kd == "num":
            L.append("let %s = %s" % (nm, v))
        elif kd == "pem":
            if c.env:
                L.append("let %s = Sys.getenv \"%s\"" % (nm, c.envname))
            elif c.pem_lines is None:
                L.append('let %s = "%s"' % (nm, c.secret))
            else:
                L.append("let %s = {|%s\n|}" % (nm, pem_text(c, "\n")))
        else:
            L.append("let %s = %s" % (nm, slot_for(c, "ocaml", v, kd)))
    L += ["", "let request_timeout = %0.1f" % r.choice([2.5, 5.0, 10.0])] + extra_block(r, "ocaml")
    return r.choice(["lib/config.ml", "src/settings.ml"]), "\n".join(L) + "\n"


# ---- F#
@tpl("fsx-httpclient", "fsharp", "fsharp-script", HTTP)
def t_fsx_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "fsharp", var)
    L = ["#r \"nuget: FSharp.Data, 6.4.0\"", "", "open System", "open System.Net.Http", "open System.Text", ""]
    L.append("// " + r.choice(["run with: dotnet fsi scripts/notify.fsx", "ad-hoc script, see README", "quick replay of failed events"]))
    if use_var(c):
        L.append("let %s = %s" % (var, c.slot("fsharp")))
    L += ["let client = new HttpClient(Timeout = TimeSpan.FromSeconds %d.0)" % r.choice([10, 30]), "",
          "let send (json: string) =", "    use req = new HttpRequestMessage(HttpMethod.Post, (%s: string))" % url]
    for h, e in hdrs:
        L.append('    req.Headers.TryAddWithoutValidation("%s", (%s: string)) |> ignore' % (h, e))
    L += ['    req.Content <- new StringContent(json, Encoding.UTF8, "application/json")', "    let resp = client.Send req",
          "    printfn \"%d %s\" (int resp.StatusCode) (resp.ReasonPhrase)", "", 'send """{"text":"batch done"}"""']
    return "scripts/%s.fsx" % r.choice(["notify", "replay", "sync", "post"]), "\n".join(L) + "\n"


@tpl("fsx-npgsql", "fsharp", "fsharp-script", {"dbpass", "dburl"})
def t_fsx_db(r, c):
    L = ["#r \"nuget: Npgsql, 8.0.3\"", "#r \"nuget: Dapper, 2.1.35\"", "", "open Npgsql", "open Dapper", ""]
    if c.family == "dbpass":
        if c.env:
            L.append('let connStr = sprintf "Host=%s;Port=%d;Username=%s;Password=%%s;Database=%s" (System.Environment.GetEnvironmentVariable "%s")' % (c.host, c.port, c.user, c.db, c.envname))
        else:
            L.append('let connStr = "Host=%s;Port=%d;Username=%s;Password=%s;Database=%s;SSL Mode=Require"' % (c.host, c.port, c.user, c.secret, c.db))
    else:
        L.append("let %s = %s" % (c.nm("camel"), url_slot(c, "fsharp")))
        L.append("let connStr =")
        L.append("    let u = System.Uri %s" % c.nm("camel"))
        L.append('    let parts = u.UserInfo.Split(\':\')')
        L.append('    sprintf "Host=%s;Port=%d;Username=%s;Password=%s;Database=%s" u.Host u.Port parts.[0] parts.[1] (u.AbsolutePath.TrimStart \'/\')')
    L += ["", "use conn = new NpgsqlConnection(connStr)", "conn.Open()",
          'let rows = conn.Query<{| id: int; status: string |}>("select id, status from %s where status = @s", {| s = "stuck" |})' % r.choice(["orders", "jobs", "invoices"]),
          "for row in rows do printfn \"%d %s\" row.id row.status"]
    return "scripts/%s.fsx" % r.choice(["migrate", "fix-stuck", "report"]), "\n".join(L) + "\n"


# ---- Erlang
def erl_term(c, val, kind, binary=True, relx=True):
    if c.env and kind in ("slot", "url", "pem"):
        return ('<<"${%s}">>' if binary else '"${%s}"') % c.envname
    if kind == "pub" and getattr(c, "pub_env", False):
        return ('<<"${%s}">>' if binary else '"${%s}"') % c.pubid_env
    if kind == "num":
        return str(val)
    if kind == "url":
        val = db_url(c)
    if kind == "pem":
        val = c.secret if c.pem_lines is None else pem_text(c, "\\n") + "\\n"
    return ('<<"%s">>' if binary else '"%s"') % val


@tpl("erlang-sys-config", "sysconfig", "erlang-config", ALL)
def t_sys_config(r, c):
    app = r.choice(MODS)
    binary = r.random() < 0.6
    L = ["%% -*- mode: erlang -*-", "[", " {kernel, [{logger_level, info}]},", " {%s, [" % app, "   {http_port, %d}," % r.choice([8080, 4000, 8443])]
    sec = section_name(c)
    ents = entries(c)
    L.append("   {%s, [" % sec)
    for j, (k, v, kd) in enumerate(ents):
        L.append("     {%s, %s}%s" % (style_name(k, "snake"), erl_term(c, v, kd, binary), "," if j < len(ents) - 1 else ""))
    L += ["   ]},", "   {pool_size, %d}" % r.choice([10, 20, 32]), "  ]}", "]."]
    return r.choice(["config/sys.config", "config/sys.config.src", "rel/sys.config"]), "\n".join(L) + "\n"


@tpl("erlang-httpc", "erlang", "erlang", HTTP)
def t_erl_http(r, c):
    mod = "%s_client" % r.choice(MODS)
    var = style_name(c.nm("pascal"), "pascal")
    L = ["-module(%s)." % mod, "-export([post/1]).", "", "%% " + r.choice(COMMENTS), ""]
    if use_var(c):
        L += ["-define(%s, %s)." % (c.nm("screaming"), c.slot("erlang_bin") if not c.env else 'list_to_binary(os:getenv("%s"))' % c.envname), ""]
    L += ["post(Body) ->"]
    if use_var(c):
        L.append("    %s = ?%s," % (var, c.nm("screaming")))
    url, hdrs = http_parts(c, "erlang", var)
    if url.startswith('"'):
        url = "<<%s>>" % url
    hdrs = [(h, "<<%s>>" % e if e.startswith('"') else e) for h, e in hdrs]
    L.append("    Url = binary_to_list(%s)," % url)
    hs = ", ".join('{"%s", binary_to_list(%s)}' % (h.lower() if r.random() < 0.5 else h, e) for h, e in hdrs)
    L += ["    Headers = [%s]," % hs, '    Req = {Url, Headers, "application/json", jsx:encode(Body)},',
          "    case httpc:request(post, Req, [{timeout, 10000}], []) of", "        {ok, {{_, Code, _}, _, Resp}} when Code < 300 -> {ok, Resp};",
          "        {ok, {{_, Code, _}, _, _}} -> {error, Code};", "        {error, _} = Err -> Err", "    end."]
    return "src/%s.erl" % mod, "\n".join(L) + "\n"


@tpl("erlang-epgsql-smtp", "erlang", "erlang", {"dbpass", "smtp"})
def t_erl_db(r, c):
    mod = "%s_%s" % (r.choice(MODS), "db" if c.family == "dbpass" else "mailer")
    pw = c.slot("erlang")
    L = ["-module(%s)." % mod, "-export([%s/%d])." % (("connect", 0) if c.family == "dbpass" else ("send", 3)), ""]
    if c.family == "dbpass":
        L += ["connect() ->", "    epgsql:connect(#{", '        host => "%s",' % c.host, '        username => "%s",' % c.user,
              "        %s => %s," % ("password" if c.obvious else "password", pw), '        database => "%s",' % c.db, "        port => %d," % c.port, "        timeout => 4000", "    })."]
    else:
        L += ["send(To, Subject, Body) ->", "    Email = {<<\"%s\">>, [To], mimemail:encode({<<\"text\">>, <<\"plain\">>," % c.user,
              "        [{<<\"Subject\">>, Subject}, {<<\"From\">>, <<\"%s\">>}], #{}, Body})}," % c.user,
              "    gen_smtp_client:send_blocking(Email, [", '        {relay, "%s"},' % c.host, "        {port, %d}," % c.port,
              '        {username, "%s"},' % c.user, "        {password, %s}," % pw, "        {tls, always}", "    ])."]
    return "src/%s.erl" % mod, "\n".join(L) + "\n"


# ---- Gleam
@tpl("gleam-http-request", "gleam", "gleam", HTTP, lambda c: c.family != "api" or c.auth not in ("path", "basic"))
def t_gleam_http(r, c):
    var = c.nm("snake")
    L = ["import gleam/http", "import gleam/http/request", "import gleam/hackney", "import gleam/result", "import envoy", ""]
    if use_var(c):
        if c.env:
            L += ["fn %s() -> String {" % var, '  envoy.get("%s") |> result.unwrap("")' % c.envname, "}", ""]
        else:
            L += ["const %s = %s" % (var, lit("gleam", c.secret)), ""]
    ref = var + "()" if c.env else var
    url, hdrs = http_parts(c, "gleam", ref)
    L += ["pub fn notify(body: String) {", "  let assert Ok(req) = request.to(%s)" % url, "  req", "  |> request.set_method(http.Post)"]
    for h, e in hdrs:
        L.append('  |> request.set_header("%s", %s)' % (h.lower(), e))
    L += ['  |> request.set_header("content-type", "application/json")', "  |> request.set_body(body)", "  |> hackney.send", "}"]
    return "src/%s/%s.gleam" % (r.choice(MODS), r.choice(["notify", "client", "upstream"])), "\n".join(L) + "\n"


@tpl("gleam-pog-config", "gleam", "gleam", {"dbpass"})
def t_gleam_db(r, c):
    L = ["import gleam/option.{Some}", "import pog", "import envoy", "import gleam/result", "", "pub fn connect() -> pog.Connection {"]
    if c.env:
        L.append('  let pw = envoy.get("%s") |> result.unwrap("")' % c.envname)
        pw = "pw"
    else:
        pw = lit("gleam", c.secret)
    L += ["  pog.default_config()", '  |> pog.host("%s")' % c.host, "  |> pog.port(%d)" % c.port, '  |> pog.database("%s")' % c.db,
          '  |> pog.user("%s")' % c.user, "  |> pog.password(Some(%s))" % pw, "  |> pog.pool_size(%d)" % r.choice([5, 10, 15]), "  |> pog.connect", "}"]
    return "src/%s/db.gleam" % r.choice(MODS), "\n".join(L) + "\n"


# ---- Zig
@tpl("zig-std-http", "zig", "zig", HTTP, lambda c: c.family != "api" or c.auth not in ("path", "basic"))
def t_zig_http(r, c):
    var = c.nm("snake")
    L = ["const std = @import(\"std\");", ""]
    if use_var(c) and not c.env:
        L += ["const %s = %s;" % (var, lit("zig", c.secret)), ""]
    L += ["pub fn main() !void {", "    var gpa = std.heap.GeneralPurposeAllocator(.{}){};", "    defer _ = gpa.deinit();",
          "    const allocator = gpa.allocator();", "", "    var client = std.http.Client{ .allocator = allocator };", "    defer client.deinit();", ""]
    if c.env:
        L += ['    const %s = std.posix.getenv("%s") orelse return error.MissingToken;' % (var, c.envname)]
    if c.family == "hook":
        url = var if use_var(c) else lit("zig", c.secret)
        hdr_line = None
    else:
        url = lit("zig", c.url)
        auth = c.auth
        pre = "Bearer " if auth == "bearer" else ("token " if auth == "token" else "")
        hname = "Authorization" if auth in ("bearer", "token") else auth[4:]
        if use_var(c):
            if c.env or not pre:
                L.append('    const auth_value = try std.fmt.allocPrint(allocator, "%s{s}", .{%s});' % (pre, var))
                L.append("    defer allocator.free(auth_value);")
                val = "auth_value"
            else:
                val = '"%s" ++ %s' % (pre, var)
        else:
            val = lit("zig", pre + c.secret)
        hdr_line = '            .{ .name = "%s", .value = %s },' % (hname, val)
    L += ["    var buf: [4096]u8 = undefined;", "    const uri = try std.Uri.parse(%s);" % url,
          "    var req = try client.open(.POST, uri, .{", "        .server_header_buffer = &buf,", "        .extra_headers = &.{"]
    if hdr_line:
        L.append(hdr_line)
    L += ['            .{ .name = "content-type", .value = "application/json" },', "        },", "    });", "    defer req.deinit();",
          '    const body = "{\\"status\\":\\"ok\\"}";', "    req.transfer_encoding = .{ .content_length = body.len };", "    try req.send();",
          "    try req.writeAll(body);", "    try req.finish();", "    try req.wait();", '    std.debug.print("status: {d}\\n", .{@intFromEnum(req.response.status)});', "}"]
    return "src/main.zig", "\n".join(x.replace('"Bearer " ++ ', '"Bearer " ++ ') for x in L) + "\n"


@tpl("zig-config-consts", "zig", "zig", {"api", "signing", "pem", "pair", "smtp", "dbpass", "dburl", "jwt"})
def t_zig_config(r, c):
    L = ["//! Build-time configuration for the %s daemon." % r.choice(MODS), "", "pub const listen_port: u16 = %d;" % r.choice([8080, 9090, 7000]),
         "pub const max_connections: usize = %d;" % r.choice([64, 256, 1024]), ""]
    for k, v, kd in entries(c):
        nm = style_name(k, "snake")
        if c.env and kd in ("slot", "url", "pem"):
            L.append("/// injected with `zig build -D%s=...` from the CI secret store" % nm)
            L.append('pub const %s = @import("build_options").%s;' % (nm, nm))
        elif kd == "num":
            L.append("pub const %s: u16 = %s;" % (nm, v))
        elif kd == "pem":
            if c.pem_lines is None:
                L.append("pub const %s = %s;" % (nm, lit("zig", c.secret)))
            else:
                L.append("pub const %s =" % nm)
                L.append(pem_slot(c, "zig", "zig"))
                L.append(";")
        elif kd == "url":
            L.append("pub const %s = %s;" % (nm, lit("zig", db_url(c))))
        else:
            L.append("pub const %s = %s;" % (nm, lit("zig", v)))
    L += ["", "pub const request_timeout_ms: u32 = %d;" % r.choice([2000, 5000, 15000])] + extra_block(r, "zig")
    return r.choice(["src/config.zig", "src/build_options.zig"]), "\n".join(L) + "\n"


# ---- Nim
@tpl("nim-httpclient", "nim", "nim", HTTP)
def t_nim_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "nim", var)
    L = ["import std/[httpclient, json, os, strformat]", ""]
    if use_var(c):
        L += ["let %s = %s" % (var, c.slot("nim")) if c.env else "const %s = %s" % (var, c.slot("nim")), ""]
    L += ["proc notify*(msg: string): int =", "  let client = newHttpClient(timeout = %d)" % r.choice([5000, 10000]), "  defer: client.close()"]
    hs = ", ".join('"%s": %s' % (h, e) for h, e in hdrs + [("Content-Type", '"application/json"')])
    L += ["  client.headers = newHttpHeaders({%s})" % hs, '  let resp = client.request(%s, httpMethod = HttpPost, body = $(%%*{"text": msg}))' % url,
          "  result = resp.code.int", "", "when isMainModule:", '  echo notify(if paramCount() > 0: paramStr(1) else: "ping")']
    return "src/%s.nim" % r.choice(["notify", "client", "bot", "sync"]), "\n".join(L) + "\n"


@tpl("nim-db-smtp", "nim", "nim", {"dbpass", "smtp"})
def t_nim_db(r, c):
    pw = c.slot("nim")
    if c.family == "dbpass":
        L = ["import db_connector/db_postgres", "", "const", '  dbHost = "%s:%d"' % (c.host, c.port), '  dbUser = "%s"' % c.user, '  dbName = "%s"' % c.db, ""]
        if c.obvious:
            L += ["let dbPassword = %s" % pw, "", "proc openDb*(): DbConn =", "  open(dbHost, dbUser, dbPassword, dbName)"]
        else:
            L += ["proc openDb*(): DbConn =", "  open(dbHost, dbUser, %s, dbName)" % pw]
        L += ["", "proc countPending*(db: DbConn): int =", '  db.getValue(sql"select count(*) from %s where state = ?", "pending").parseInt' % r.choice(["jobs", "orders"])]
    else:
        L = ["import std/[smtp, strutils]", ""]
        L += ["proc sendAlert*(to, subject, body: string) =", '  let msg = createMessage(subject, body, @[to])', "  let smtpConn = newSmtp(useSsl = %s)" % ("true" if c.port == 465 else "false"),
              '  smtpConn.connect("%s", Port %d)' % (c.host, c.port)]
        if c.port != 465:
            L.append("  smtpConn.startTls()")
        L += ['  smtpConn.auth("%s", %s)' % (c.user, pw), '  smtpConn.sendMail("%s", @[to], $msg)' % c.user, "  smtpConn.close()"]
    return "src/%s.nim" % ("db" if c.family == "dbpass" else "mailer"), "\n".join(L) + "\n"


# ---- Julia
@tpl("julia-http", "julia", "julia", HTTP)
def t_julia_http(r, c):
    var = c.nm("snake")
    url, hdrs = http_parts(c, "julia", var)
    L = ["using HTTP", "using JSON3", ""]
    L.append("# " + r.choice(["push results of the nightly simulation", "fetch new records for the notebook", "utility used by scripts/run_all.jl"]))
    if use_var(c):
        L += ["const %s = %s" % (var, c.slot("julia")), ""]
    hs = ", ".join('"%s" => %s' % (h, e) for h, e in hdrs + [("Content-Type", '"application/json"')])
    L += ["function post_summary(summary::Dict)", "    resp = HTTP.post(%s," % url, "        [%s]," % hs, "        JSON3.write(summary); readtimeout = 30)",
          "    return resp.status", "end", "", 'post_summary(Dict("runs" => %d, "failed" => 0))' % r.randint(3, 400)]
    return "scripts/%s.jl" % r.choice(["post_results", "fetch", "notify", "sync_data"]), "\n".join(L) + "\n"


@tpl("julia-libpq", "julia", "julia", {"dbpass", "dburl"})
def t_julia_db(r, c):
    L = ["module Store", "", "using LibPQ, Tables", "", "export connect, load_runs", ""]
    if c.family == "dbpass":
        if c.env:
            L.append('connect() = LibPQ.Connection("host=%s port=%d dbname=%s user=%s password=$(ENV["%s"])")' % (c.host, c.port, c.db, c.user, c.envname))
        elif c.obvious:
            L += ["const DB_PASSWORD = %s" % lit("julia", c.secret), 'connect() = LibPQ.Connection("host=%s port=%d dbname=%s user=%s password=$(DB_PASSWORD)")' % (c.host, c.port, c.db, c.user)]
        else:
            L.append('connect() = LibPQ.Connection("host=%s port=%d dbname=%s user=%s password=%s sslmode=require")' % (c.host, c.port, c.db, c.user, c.secret))
    else:
        L += ["const %s = %s" % (c.nm("screaming"), url_slot(c, "julia")), "connect() = LibPQ.Connection(%s)" % c.nm("screaming")]
    L += ["", "function load_runs(conn, since)", '    result = execute(conn, "SELECT id, started_at, status FROM runs WHERE started_at > \\$1", [since])',
          "    return columntable(result)", "end", "", "end # module"]
    return "src/Store.jl", "\n".join(L) + "\n"


@tpl("julia-config-toml", "toml", "toml", ALL, lambda c: c.family != "pem" or True)
def t_julia_toml(r, c):
    L = ["# runtime settings read by src/Config.jl (TOML.parsefile)", "", "[run]", "workers = %d" % r.choice([4, 8, 16]), 'output_dir = "results"', ""]
    L.append("[%s]" % section_name(c))
    for k, v, kd in entries(c):
        nm = style_name(k, "snake")
        if kd == "num":
            L.append("%s = %s" % (nm, v))
        elif c.env and kd in ("slot", "url", "pem"):
            L.append('%s = ""  # set %s in the environment' % (nm, c.envname))
        elif kd == "pem":
            L.append('%s = """\n%s\n"""' % (nm, c.secret if c.pem_lines is None else pem_text(c, "\n")))
        elif kd == "url":
            L.append('%s = "%s"' % (nm, db_url(c)))
        elif kd == "pub" and getattr(c, "pub_env", False):
            L.append('%s = ""' % nm)
        else:
            L.append('%s = "%s"' % (nm, v))
    L += extra_block(r, "toml")
    return r.choice(["config/settings.toml", "config.toml", "conf/prod.toml"]), "\n".join(L) + "\n"


# ---- D
@tpl("d-vibe-http", "d", "d", HTTP)
def t_d_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "d", var)
    modname = r.choice(["notify", "client", "upstream"])
    L = ["module app.%s;" % modname, "", "import vibe.d;", "import std.process : environment;", ""]
    if use_var(c):
        L += [("immutable %s = %s;" if not c.env else "string %s() { return %s; }") % (var, c.slot("d")), ""]
        if c.env:
            url = url.replace(var, var + "()")
            hdrs = [(h, e.replace(var, var + "()")) for h, e in hdrs]
    L += ["void postEvent(Json payload)", "{", "    requestHTTP(%s," % url, "        (scope req) {", "            req.method = HTTPMethod.POST;"]
    for h, e in hdrs:
        L.append('            req.headers["%s"] = %s;' % (h, e))
    L += ["            req.writeJsonBody(payload);", "        },", "        (scope res) {", '            logInfo("upstream: %s", res.statusCode);', "        });", "}"]
    return "source/app/%s.d" % modname, "\n".join(L) + "\n"


@tpl("d-config-module", "d", "d", ALL)
def t_d_config(r, c):
    L = ["module app.config;", "", "/// Compile-time defaults; `dub run -- --config=prod.json` overrides them.", "enum ushort httpPort = %d;" % r.choice([8080, 8443, 3000]), ""]
    L.append("struct %sSettings" % style_name(section_name(c), "pascal"))
    L.append("{")
    for k, v, kd in entries(c):
        nm = style_name(k, "camel")
        if kd == "num":
            L.append("    ushort %s = %s;" % (nm, v))
        elif kd == "pem":
            L.append("    string %s = %s;" % (nm, c.slot("d") if (c.env or c.pem_lines is None) else "`" + pem_text(c, "\n") + "\n`"))
        elif c.env and kd in ("slot", "url"):
            L.append('    string %s; // from environment("%s")' % (nm, c.envname))
        else:
            L.append("    string %s = %s;" % (nm, slot_for(c, "d", v, kd)))
    L += ["}", "", "immutable defaults = %sSettings();" % style_name(section_name(c), "pascal")] + extra_block(r, "d")
    return "source/app/config.d", "\n".join(L) + "\n"


# ---- V
@tpl("v-net-http", "v", "v", HTTP)
def t_v_http(r, c):
    var = c.nm("snake")
    url, hdrs = http_parts(c, "v", var)
    L = ["module main", "", "import net.http", "import os", "import json", "", "struct Event {", "\tkind string", "\tcount int", "}", ""]
    if use_var(c):
        L += [("const %s = %s" if not c.env else "fn %s() string {\n\treturn %s\n}") % (var, c.slot("v")), ""]
        if c.env:
            url = url.replace("${%s}" % var, "${%s()}" % var)
            hdrs = [(h, e.replace("${%s}" % var, "${%s()}" % var).replace(", %s" % var, ", %s()" % var) if e != var else var + "()") for h, e in hdrs]
    L += ["fn main() {", "\tmut req := http.new_request(.post, %s, json.encode(Event{ kind: 'deploy', count: %d }))" % (url, r.randint(1, 9))]
    for h, e in hdrs:
        L.append("\treq.add_custom_header('%s', %s) or { panic(err) }" % (h, e))
    L += ["\treq.add_header(.content_type, 'application/json')", "\tresp := req.do() or {", "\t\teprintln('request failed: ${err}')", "\t\texit(1)", "\t}",
          "\tprintln(resp.status_code)", "}"]
    return r.choice(["main.v", "src/main.v", "cmd/notify/main.v"]), "\n".join(L) + "\n"


@tpl("v-db-pg", "v", "v", {"dbpass"})
def t_v_db(r, c):
    L = ["module store", "", "import db.pg", "", "pub fn connect() !pg.DB {", "\treturn pg.connect(pg.Config{", "\t\thost: '%s'" % c.host, "\t\tport: %d" % c.port,
         "\t\tuser: '%s'" % c.user, "\t\tpassword: %s" % c.slot("v"), "\t\tdbname: '%s'" % c.db, "\t})!", "}"]
    return "src/store/db.v", "\n".join(L) + "\n"


# ---- Crystal
@tpl("crystal-http-client", "crystal", "crystal", HTTP)
def t_cr_http(r, c):
    var = c.nm("screaming") if r.random() < 0.5 else c.nm("snake")
    url, hdrs = http_parts(c, "crystal", var)
    L = ['require "http/client"', 'require "json"', ""]
    if use_var(c):
        L += ["%s = %s" % (var, c.slot("crystal")), ""]
    L += ["module %s" % r.choice(MODS).capitalize(), "  def self.post(payload : Hash(String, String)) : Int32"]
    hs = ", ".join('"%s" => %s' % (h, e) for h, e in hdrs + [("Content-Type", '"application/json"')])
    L += ["    headers = HTTP::Headers{%s}" % hs, "    resp = HTTP::Client.post(%s, headers: headers, body: payload.to_json)" % url, "    resp.status_code", "  end", "end"]
    return "src/%s.cr" % r.choice(["notifier", "client", "webhook"]), "\n".join(L) + "\n"


@tpl("crystal-db-open", "crystal", "crystal", {"dbpass", "dburl"})
def t_cr_db(r, c):
    L = ['require "db"', 'require "pg"', ""]
    if c.family == "dburl":
        L += ["%s = %s" % (c.nm("screaming"), url_slot(c, "crystal")), "", "DB.open(%s) do |db|" % c.nm("screaming")]
    else:
        pw = c.slot("crystal")
        inline = "#{DB_PASS}" if c.obvious else ("#{%s}" % pw if c.env else c.secret)
        L += ['DB_USER = "%s"' % c.user] + (["DB_PASS = %s" % pw] if c.obvious else []) + ["",
              'DB.open("postgres://#{DB_USER}:%s@%s:%d/%s") do |db|' % (inline, c.host, c.port, c.db)]
    L += ['  db.query("select id, email from users where active = $1", true) do |rs|', "    rs.each do", "      puts rs.read(Int64)", "    end", "  end", "end"]
    return r.choice(["src/db.cr", "scripts/export_users.cr"]), "\n".join(L) + "\n"


@tpl("amber-env-yml", "yaml", "yaml", ALL)
def t_amber_yml(r, c):
    L = ["# config/environments/production.yml (Amber)", "name: \"%s\"" % r.choice(MODS), "port: 3000", "host: 0.0.0.0", "port_reuse: true",
         "process_count: %d" % r.choice([1, 2, 4]), "logging:", "  severity: info", "  colorize: false", ""]
    sec = section_name(c)
    L.append("%s:" % sec)
    for k, v, kd in entries(c):
        nm = style_name(k, "snake")
        if kd == "num":
            L.append("  %s: %s" % (nm, v))
        elif c.env and kd in ("slot", "url", "pem"):
            L.append("  %s: ${%s}" % (nm, c.envname))
        elif kd == "pem":
            if c.pem_lines is None:
                L.append('  %s: "%s"' % (nm, c.secret))
            else:
                L.append("  %s: |" % nm)
                L += ["    " + x for x in pem_text(c, "\n").split("\n")]
        elif kd == "url":
            L.append("  %s: %s" % (nm, db_url(c)))
        elif kd == "pub" and getattr(c, "pub_env", False):
            L.append("  %s: ${%s}" % (nm, c.pubid_env))
        else:
            L.append('  %s: "%s"' % (nm, v) if (r.random() < 0.6 or not str(v)[:1].isalnum()) else "  %s: %s" % (nm, v))
    L += extra_block(r, "yaml")
    return "config/environments/production.yml", "\n".join(L) + "\n"


# ---- Racket
@tpl("racket-http-easy", "racket", "racket", HTTP)
def t_rkt_http(r, c):
    var = c.nm("kebab")
    url, hdrs = http_parts(c, "racket", var)
    L = ["#lang racket/base", "", "(require net/http-easy", "         json)", "", "(provide post-event)", ""]
    if use_var(c):
        L += ["(define %s %s)" % (var, c.slot("racket")), ""]
    hs = " ".join("'%s %s" % (h.lower(), e) for h, e in hdrs)
    L += ["(define (post-event payload)", "  (define res", "    (post %s" % url, "          #:headers (hasheq %s)" % hs if hs else "          #:headers (hasheq)",
          "          #:json payload", "          #:timeouts (make-timeout-config #:request %d)))" % r.choice([10, 30]), "  (response-status-code res))", "",
          "(module+ main", "  (displayln (post-event (hasheq 'text \"%s\"))))" % r.choice(["hello from racket", "job finished", "nightly ok"])]
    return r.choice(["notify.rkt", "src/client.rkt", "private/upstream.rkt"]), "\n".join(L) + "\n"


@tpl("racket-db", "racket", "racket", {"dbpass", "smtp"})
def t_rkt_db(r, c):
    if c.family == "dbpass":
        L = ["#lang racket/base", "", "(require db)", "(provide get-conn)", "", "(define (get-conn)", "  (postgresql-connect #:server \"%s\"" % c.host,
             "                      #:port %d" % c.port, "                      #:user \"%s\"" % c.user, "                      #:database \"%s\"" % c.db,
             "                      #:password %s" % c.slot("racket"), "                      #:ssl 'yes))"]
    else:
        L = ["#lang racket/base", "", "(require net/head net/smtp openssl)", "(provide send-report)", "",
             "(define (send-report to subject lines)", "  (smtp-send-message \"%s\"" % c.host, "                     \"%s\"" % c.user, "                     (list to)",
             "                     (standard-message-header \"%s\" (list to) '() '() subject)" % c.user, "                     lines",
             "                     #:port-no %d" % c.port, "                     #:auth-user \"%s\"" % c.user,
             "                     #:auth-passwd %s" % c.slot("racket"), "                     #:tls-encode ports->ssl-ports))"]
    return r.choice(["db.rkt", "private/db.rkt"]) if c.family == "dbpass" else "mail.rkt", "\n".join(L) + "\n"


# ---- Common Lisp
@tpl("lisp-defparameter-config", "lisp", "common-lisp", ALL)
def t_lisp_config(r, c):
    pkg = r.choice(MODS)
    L = [";;;; config.lisp -- settings for %s" % pkg, "", "(in-package #:%s)" % pkg, "", "(defparameter *http-port* %d)" % r.choice([5000, 8080]),
         "(defparameter *log-level* :info)", ""]
    for k, v, kd in entries(c):
        nm = "*%s*" % style_name(k, "kebab")
        if kd == "num":
            L.append("(defparameter %s %s)" % (nm, v))
        elif kd == "pem":
            if c.env:
                L.append('(defparameter %s (uiop:getenv "%s"))' % (nm, c.envname))
            else:
                L.append('(defparameter %s "%s")' % (nm, c.secret if c.pem_lines is None else pem_text(c, "\n")))
        else:
            L.append("(defparameter %s %s)" % (nm, slot_for(c, "lisp", v, kd)))
    L += ["", "(defparameter *request-timeout* %d \"seconds\")" % r.choice([5, 10, 30])] + extra_block(r, "lisp")
    return r.choice(["src/config.lisp", "config.lisp"]), "\n".join(L) + "\n"


@tpl("lisp-dexador", "lisp", "common-lisp", HTTP)
def t_lisp_http(r, c):
    var = "*%s*" % c.nm("kebab")
    url, hdrs = http_parts(c, "lisp", var)
    pkg = r.choice(MODS)
    L = ["(in-package #:%s)" % pkg, ""]
    if use_var(c):
        L += ["(defvar %s %s)" % (var, c.slot("lisp")), ""]
    hs = " ".join('(cons "%s" %s)' % (h, e) for h, e in hdrs + [("Content-Type", '"application/json"')])
    L += ["(defun post-event (plist)", "  \"POST PLIST as JSON to the upstream endpoint.\"", "  (dex:post %s" % url,
          "            :headers (list %s)" % hs, "            :content (jonathan:to-json plist)", "            :read-timeout %d))" % r.choice([10, 20])]
    return "src/client.lisp", "\n".join(L) + "\n"


@tpl("lisp-postmodern-smtp", "lisp", "common-lisp", {"dbpass", "smtp"})
def t_lisp_db(r, c):
    pkg = r.choice(MODS)
    if c.family == "dbpass":
        L = ["(in-package #:%s)" % pkg, "", "(defun connect-db ()", "  (postmodern:connect-toplevel \"%s\" \"%s\" %s \"%s\" :port %d :use-ssl :try))" % (
            c.db, c.user, c.slot("lisp"), c.host, c.port), "", "(defun pending-jobs ()", "  (postmodern:query (:select 'id 'kind :from 'jobs :where (:= 'state \"pending\"))))"]
    else:
        L = ["(in-package #:%s)" % pkg, "", "(defun send-alert (to subject body)", "  (cl-smtp:send-email \"%s\" \"%s\" to subject body" % (c.host, c.user),
             "                      :port %d" % c.port, "                      :ssl %s" % (":tls" if c.port == 465 else ":starttls"),
             "                      :authentication (list :login \"%s\" %s)))" % (c.user, c.slot("lisp"))]
    return "src/%s.lisp" % ("db" if c.family == "dbpass" else "mail"), "\n".join(L) + "\n"


# ---- PureScript / Elm
@tpl("purescript-affjax", "purescript", "purescript", HTTP, lambda c: c.family != "api" or c.auth not in ("basic",))
def t_purs_http(r, c):
    mod = r.choice(MODS).capitalize()
    var = c.nm("camel")
    url, hdrs = http_parts(c, "purescript", var)
    L = ["module %s.Client where" % mod, "", "import Prelude", "", "import Affjax.Node as AX", "import Affjax.RequestBody as RequestBody",
         "import Affjax.RequestHeader (RequestHeader(..))", "import Affjax.ResponseFormat as ResponseFormat", "import Data.Argonaut.Core (Json)",
         "import Data.Either (Either)", "import Data.HTTP.Method (Method(..))", "import Data.Maybe (Maybe(..))", "import Effect.Aff (Aff)", ""]
    if use_var(c):
        if c.env:
            L += ["foreign import %s :: String" % var, "-- ^ read from process.env.%s in Client.js" % c.envname, ""]
        else:
            L += ["%s :: String" % var, "%s = %s" % (var, lit("purescript", c.secret)), ""]
    L += ["postEvent :: Json -> Aff (Either AX.Error (AX.Response String))", "postEvent body =", "  AX.request AX.defaultRequest",
          "    { url = %s" % url, "    , method = Left POST"]
    hs = ", ".join('RequestHeader "%s" (%s)' % (h, e) for h, e in hdrs)
    L += ["    , headers = [ %s ]" % hs if hs else "    , headers = []", "    , content = Just (RequestBody.json body)", "    , responseFormat = ResponseFormat.string", "    }"]
    return "src/%s/Client.purs" % mod, "\n".join(L) + "\n"


@tpl("elm-http-request", "elm", "elm", {"api", "jwt"}, lambda c: c.family != "api" or c.auth not in ("basic", "path"))
def t_elm_http(r, c):
    var = c.nm("camel")
    L = ["module Api exposing (fetchItems)", "", "import Http", "import Json.Decode as D", ""]
    if c.env:
        L += ["-- token comes in through flags: Elm.Main.init({ flags: { token: process.env.%s } })" % c.envname]
        url, hdrs = http_parts(c, "elm", "token")
        L += ["fetchItems : String -> (Result Http.Error (List String) -> msg) -> Cmd msg", "fetchItems token toMsg ="]
    else:
        if use_var(c):
            L += ["%s : String" % var, "%s =" % var, "    %s" % lit("elm", c.secret), ""]
        url, hdrs = http_parts(c, "elm", var)
        L += ["fetchItems : (Result Http.Error (List String) -> msg) -> Cmd msg", "fetchItems toMsg ="]
    hs = ", ".join("Http.header \"%s\" (%s)" % (h, e) for h, e in hdrs)
    L += ["    Http.request", "        { method = \"GET\"", "        , headers = [ %s ]" % hs, "        , url = %s" % url, "        , body = Http.emptyBody",
          "        , expect = Http.expectJson toMsg (D.list D.string)", "        , timeout = Just %d" % r.choice([10000, 30000]), "        , tracker = Nothing", "        }"]
    return "src/Api.elm", "\n".join(L) + "\n"


# ---- Dart
@tpl("dart-http-client", "dart", "dart", HTTP)
def t_dart_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "dart", var)
    L = ["import 'dart:convert';", "import 'dart:io';", "", "import 'package:http/http.dart' as http;", ""]
    if use_var(c):
        L += [("const %s = %s;" if not c.env else "final %s = %s;") % (var, c.slot("dart")), ""]
    hs = ", ".join("'%s': %s" % (h, e) for h, e in hdrs + [("Content-Type", "'application/json'")])
    L += ["Future<void> main(List<String> args) async {", "  final resp = await http.post(", "    Uri.parse(%s)," % url, "    headers: {%s}," % hs,
          "    body: jsonEncode({'text': args.isEmpty ? 'ping' : args.first}),", "  );", "  if (resp.statusCode >= 300) {", "    stderr.writeln('failed: ${resp.statusCode} ${resp.body}');",
          "    exit(1);", "  }", "}"]
    return "bin/%s.dart" % r.choice(["notify", "sync", "post_release", "server"]), "\n".join(L) + "\n"


@tpl("dart-postgres", "dart", "dart", {"dbpass", "dburl"})
def t_dart_db(r, c):
    L = ["import 'package:postgres/postgres.dart';", ""]
    if c.family == "dbpass":
        L += ["Future<Connection> openConnection() => Connection.open(", "      Endpoint(", "        host: '%s'," % c.host, "        port: %d," % c.port,
              "        database: '%s'," % c.db, "        username: '%s'," % c.user, "        password: %s," % c.slot("dart"), "      ),",
              "      settings: ConnectionSettings(sslMode: SslMode.require),", "    );"]
    else:
        L += ["final %s = %s;" % (c.nm("camel"), url_slot(c, "dart")), "", "Future<Connection> openConnection() {", "  final uri = Uri.parse(%s);" % c.nm("camel"),
              "  final info = uri.userInfo.split(':');", "  return Connection.open(Endpoint(host: uri.host, port: uri.port, database: uri.pathSegments.first,",
              "      username: info[0], password: info[1]));", "}"]
    return "lib/src/db.dart", "\n".join(L) + "\n"


@tpl("dart-mailer", "dart", "dart", {"smtp"})
def t_dart_mail(r, c):
    L = ["import 'package:mailer/mailer.dart';", "import 'package:mailer/smtp_server.dart';", "",
         "final smtpServer = SmtpServer(", "  '%s'," % c.host, "  port: %d," % c.port, "  ssl: %s," % ("true" if c.port == 465 else "false"),
         "  username: '%s'," % c.user, "  password: %s," % c.slot("dart"), ");", "", "Future<void> sendReport(String to, String html) async {",
         "  final message = Message()", "    ..from = Address('%s', 'Reports')" % c.user, "    ..recipients.add(to)", "    ..subject = 'Weekly report'", "    ..html = html;",
         "  await send(message, smtpServer);", "}"]
    return "lib/src/mailer.dart", "\n".join(L) + "\n"


@tpl("dart-jwt", "dart", "dart", {"signing", "pem", "pair"})
def t_dart_jwt(r, c):
    L = ["import 'package:dart_jsonwebtoken/dart_jsonwebtoken.dart';", ""]
    if c.family == "signing":
        L += ["const %s = %s;" % (c.nm("camel"), lit("dart", c.secret)) if not c.env else "final %s = %s;" % (c.nm("camel"), c.slot("dart")), "",
              "String issueToken(String userId) {", "  final jwt = JWT({'sub': userId, 'role': 'user'}, issuer: 'https://api.%s.io');" % r.choice(ORGS),
              "  return jwt.sign(SecretKey(%s), expiresIn: const Duration(hours: 12));" % c.nm("camel"), "}"]
    elif c.family == "pem":
        L += ["final %s = %s;" % (c.nm("camel"), pem_slot(c, "dart", r.choice(["escaped", "triple"]))), "",
              "String issueToken(String userId) {", "  final jwt = JWT({'sub': userId});",
              "  return jwt.sign(%s(%s), algorithm: JWTAlgorithm.%s);" % ({"PRIVATE KEY": "EdDSAPrivateKey.fromPEM", "EC PRIVATE KEY": "ECPrivateKey"}.get(c.pem_type, "RSAPrivateKey"),
                                                                         c.nm("camel"), {"PRIVATE KEY": "EdDSA", "EC PRIVATE KEY": "ES256"}.get(c.pem_type, "RS256")), "}"]
    else:
        idv = style_name(c.pubid_names[0], "camel") if c.obvious else "clientRef"
        L = ["import 'package:oauth2/oauth2.dart' as oauth2;", "",
             "final authorizationEndpoint = Uri.parse('%s');" % {"google": "https://accounts.google.com/o/oauth2/v2/auth", "github": "https://github.com/login/oauth/authorize"}.get(c.provider, "https://sso.kestrel.io/realms/main/protocol/openid-connect/auth"),
             "final tokenEndpoint = Uri.parse('%s');" % {"google": "https://oauth2.googleapis.com/token", "github": "https://github.com/login/oauth/access_token"}.get(c.provider, "https://sso.kestrel.io/realms/main/protocol/openid-connect/token"),
             "", "final %s = %s;" % (idv, pub_value(c, "dart")), "final %s = %s;" % (c.nm("camel"), c.slot("dart")), "",
             "oauth2.AuthorizationCodeGrant newGrant() => oauth2.AuthorizationCodeGrant(", "    %s, authorizationEndpoint, tokenEndpoint," % idv, "    secret: %s);" % c.nm("camel")]
        if c.provider in ("aws", "twilio"):
            L = ["import 'package:aws_s3_api/s3-2006-03-01.dart';" if c.provider == "aws" else "import 'package:twilio_flutter/twilio_flutter.dart';", "",
                 "final %s = %s;" % (idv, pub_value(c, "dart")), "final %s = %s;" % (c.nm("camel"), c.slot("dart")), ""]
            if c.provider == "aws":
                L += ["final s3 = S3(", "  region: '%s'," % c.region, "  credentials: AwsClientCredentials(accessKey: %s, secretKey: %s)," % (idv, c.nm("camel")), ");"]
            else:
                L += ["final twilio = TwilioFlutter(", "  accountSid: %s," % idv, "  authToken: %s," % c.nm("camel"), "  twilioNumber: '+1415555%04d'," % r.randint(0, 9999), ");"]
    return "lib/src/%s.dart" % ("auth" if c.family != "pair" else "clients"), "\n".join(L) + "\n"


# ---- Groovy
@tpl("groovy-http-script", "groovy", "groovy", HTTP)
def t_groovy_http(r, c):
    var = c.nm("camel")
    url, hdrs = http_parts(c, "groovy", var)
    L = ["#!/usr/bin/env groovy", "import groovy.json.JsonOutput", ""]
    if use_var(c):
        L += ["def %s = %s" % (var, c.slot("groovy")), ""]
    L += ["def conn = new URL(%s).openConnection()" % url, "conn.requestMethod = 'POST'", "conn.doOutput = true"]
    for h, e in hdrs:
        L.append("conn.setRequestProperty('%s', %s)" % (h, e))
    L += ["conn.setRequestProperty('Content-Type', 'application/json')", "conn.outputStream.withWriter { it << JsonOutput.toJson([text: args ? args[0] : 'build finished']) }",
          "println \"response: ${conn.responseCode}\""]
    return "scripts/%s.groovy" % r.choice(["notify", "postBuild", "release", "syncIssues"]), "\n".join(L) + "\n"


@tpl("groovy-sql", "groovy", "groovy", {"dbpass", "dburl"})
def t_groovy_sql(r, c):
    L = ["@GrabConfig(systemClassLoader = true)", "@Grab('org.postgresql:postgresql:42.7.3')", "import groovy.sql.Sql", ""]
    if c.family == "dbpass":
        L += ["def sql = Sql.newInstance(", "    '%s'," % jdbc_url(c), "    '%s'," % c.user, "    %s," % c.slot("groovy"), "    'org.postgresql.Driver')"]
    else:
        L += ["def %s = %s" % (c.nm("camel"), url_slot(c, "groovy")), "def u = new URI(%s)" % c.nm("camel"), "def (user, pass) = u.userInfo.split(':')",
              "def sql = Sql.newInstance(\"jdbc:postgresql://${u.host}:${u.port}${u.path}\", user, pass, 'org.postgresql.Driver')"]
    L += ["", "sql.eachRow('select id, status from %s where updated_at < now() - interval \\'7 days\\'') { row ->" % r.choice(["orders", "jobs"]),
          "    println \"${row.id}\\t${row.status}\"", "}", "sql.close()"]
    return "scripts/%s.groovy" % r.choice(["exportStale", "report", "cleanup"]), "\n".join(L) + "\n"


@tpl("groovy-mail", "groovy", "groovy", {"smtp"})
def t_groovy_mail(r, c):
    L = ["@Grab('com.sun.mail:jakarta.mail:2.0.1')", "import jakarta.mail.*", "import jakarta.mail.internet.*", "",
         "def props = new Properties()", "props.put('mail.smtp.host', '%s')" % c.host, "props.put('mail.smtp.port', '%d')" % c.port,
         "props.put('mail.smtp.auth', 'true')", "props.put('mail.smtp.starttls.enable', 'true')", "",
         "def session = Session.getInstance(props, new Authenticator() {", "    protected PasswordAuthentication getPasswordAuthentication() {",
         "        new PasswordAuthentication('%s', %s)" % (c.user, c.slot("groovy")), "    }", "})", "",
         "def msg = new MimeMessage(session)", "msg.setFrom(new InternetAddress('%s'))" % c.user,
         "msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(args[0]))", "msg.subject = 'Build report'", "msg.text = new File('build/report.txt').text", "Transport.send(msg)"]
    return "scripts/sendReport.groovy", "\n".join(L) + "\n"


# --------------------------------------------------------------------------- domain look-alike negatives
def ntpl(name, lang, filetype, provider, kind):
    def deco(fn):
        NEG_TEMPLATES.append(dict(name=name, lang=lang, filetype=filetype, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


NEG_TEMPLATES = []


def hmac_hex(key, msg):
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


@ntpl("scala-config-types", "scala", "scala", "generic", "type_signature")
def n_scala_types(r):
    org = r.choice(ORGS)
    L = ["package io.%s.config" % org, "", "import ciris._", "import cats.syntax.all._", "", "/** Secrets are never logged: `Secret` masks them in toString. */",
         "final case class StripeConfig(secretKey: Secret[String], webhookSecret: Secret[String], publishableKey: String)",
         "final case class DbConfig(url: String, user: String, password: Secret[String], poolSize: Int)",
         "final case class AppConfig(stripe: StripeConfig, db: DbConfig, sentryDsn: Option[String])", "", "object AppConfig {",
         "  val load: ConfigValue[Effect, AppConfig] = (", "    (env(\"STRIPE_SECRET_KEY\").secret, env(\"STRIPE_WEBHOOK_SECRET\").secret, env(\"STRIPE_PUBLISHABLE_KEY\")).parMapN(StripeConfig.apply),",
         "    (env(\"DATABASE_URL\"), env(\"DB_USER\").default(\"app\"), env(\"DB_PASSWORD\").secret, env(\"DB_POOL\").as[Int].default(%d)).parMapN(DbConfig.apply)," % r.choice([8, 16]),
         "    env(\"SENTRY_DSN\").option", "  ).parMapN(AppConfig.apply)", "}"]
    return "modules/config/src/main/scala/io/%s/config/AppConfig.scala" % org, "\n".join(L) + "\n"


@ntpl("hocon-env-substitutions", "hocon", "hocon", "generic", "env_reference")
def n_hocon_env(r):
    app = r.choice(ORGS)
    L = ["include \"base.conf\"", "", "%s {" % app, "  stripe {", "    secret-key = ${STRIPE_SECRET_KEY}", "    webhook-secret = ${?STRIPE_WEBHOOK_SECRET}", "  }",
         "  db {", '    url = "jdbc:postgresql://localhost:5432/%s"' % r.choice(DBNAMES), "    url = ${?JDBC_DATABASE_URL}", '    user = "app"', "    password = ${?DB_PASSWORD}", "  }",
         "  jwt {", "    # generate with: openssl rand -base64 48", "    secret = ${JWT_SECRET}", "    ttl = 15 minutes", "  }",
         "  smtp.password = ${?SMTP_PASSWORD}", "}", "", "play.http.secret.key = ${?APPLICATION_SECRET}"]
    return "conf/application.conf", "\n".join(L) + "\n"


@ntpl("kts-gradle-providers", "kotlin", "kotlin-script", "github", "env_reference")
def n_kts_providers(r):
    L = ["plugins {", '    id("org.jetbrains.kotlin.jvm") version "1.9.24"', "    `maven-publish`", "}", "", "publishing {", "    repositories {", "        maven {",
         '            name = "GitHubPackages"', '            url = uri("https://maven.pkg.github.com/%s/%s")' % (r.choice(ORGS), r.choice(MODS)),
         "            credentials(PasswordCredentials::class)", "        }", "        maven {", '            name = "internal"', '            url = uri("https://nexus.%s.io/repository/releases/")' % r.choice(ORGS),
         "            credentials {", '                username = providers.gradleProperty("nexusUser").orNull', '                password = System.getenv("NEXUS_PASSWORD")',
         "            }", "        }", "    }", "}", "", "// GITHUB_TOKEN is injected by Actions; locally put githubPackagesPassword in ~/.gradle/gradle.properties"]
    return "build.gradle.kts", "\n".join(L) + "\n"


@ntpl("clojure-malli-redact", "clojure", "clojure", "generic", "identifier_only")
def n_clj_redact(r):
    ns = "%s.secrets" % r.choice(ORGS)
    L = ["(ns %s" % ns, "  (:require [clojure.string :as str]", "            [malli.core :as m]))", "",
         "(def Secrets", "  [:map", "   [:stripe/secret-key [:re #\"^sk_(live|test)_\\w+$\"]]", "   [:db/password [:string {:min 12}]]", "   [:jwt/secret [:string {:min 32}]]]", "",
         "(def sensitive-keys #{:password :secret-key :api-key :token :jwt/secret :db/password})", "",
         "(defn redact", "  \"Replaces every sensitive value with asterisks before logging.\"", "  [m]", "  (reduce-kv (fn [acc k v]",
         "               (assoc acc k (if (contains? sensitive-keys k) \"********\" v)))", "             {} m))", "",
         "(defn tokenize [s] (str/split s #\"\\s+\"))"]
    return "src/%s.clj" % ns.replace(".", "/"), "\n".join(L) + "\n"


@ntpl("edn-test-fixture-fake", "edn", "edn", "generic", "test_fixture")
def n_edn_fixture(r):
    L = [";; test fixtures -- none of these values work anywhere", "{:users [{:id #uuid \"%s\" :email \"alice@example.com\" :password-hash \"%s\"}" % (uuid4(r), bcrypt_hash(r)),
         "         {:id #uuid \"%s\" :email \"bob@example.com\" :password-hash \"%s\"}]" % (uuid4(r), bcrypt_hash(r)),
         " :stripe {:secret-key \"sk_test_fake\" :webhook-secret \"whsec_test\"}", " :db {:user \"test\" :password \"test\" :dbname \"app_test\"}",
         " :jwt {:secret \"test-secret-do-not-use\"}}"]
    return "test/resources/fixtures.edn", "\n".join(L) + "\n"


@ntpl("haskell-newtype-secret", "haskell", "haskell", "generic", "type_signature")
def n_hs_newtype(r):
    L = ["{-# LANGUAGE DerivingStrategies, GeneralizedNewtypeDeriving #-}", "module Secret", "  ( ApiKey (..)", "  , Password (..)", "  , loadApiKey", "  ) where", "",
         "import Data.Aeson (FromJSON)", "import Data.Text (Text)", "import qualified Data.Text as T", "import System.Environment (lookupEnv)", "",
         "-- | An API key. The 'Show' instance never prints the value.", "newtype ApiKey = ApiKey Text", "  deriving newtype (Eq, FromJSON)", "",
         "instance Show ApiKey where", "  show _ = \"ApiKey <redacted>\"", "", "newtype Password = Password Text deriving newtype (Eq, FromJSON)", "",
         "instance Show Password where", "  show _ = \"Password ********\"", "", "-- | Reads @OPENAI_API_KEY@; fails loudly when it is missing.",
         "loadApiKey :: IO ApiKey", "loadApiKey = lookupEnv \"OPENAI_API_KEY\" >>= maybe (fail \"OPENAI_API_KEY not set\") (pure . ApiKey . T.pack)"]
    return "src/Secret.hs", "\n".join(L) + "\n"


@ntpl("cabal-package", "cabal", "cabal", "generic", "identifier_only")
def n_cabal(r):
    name = r.choice(MODS) + "-service"
    L = ["cabal-version:      3.0", "name:               %s" % name, "version:            0.%d.0.0" % r.randint(1, 9), "synopsis:           Token issuing and secret rotation for the %s API" % r.choice(ORGS),
         "license:            BSD-3-Clause", "author:             Platform Team", "build-type:         Simple", "", "common warnings", "    ghc-options: -Wall", "",
         "library", "    import:           warnings", "    exposed-modules:  Auth.TokenStore", "                      Auth.SecretRotation", "                      Auth.ApiKey",
         "    build-depends:    base ^>=4.18, jose ^>=0.11, cryptonite, text, aeson, password ^>=3.0", "    hs-source-dirs:   src", "    default-language: GHC2021", "",
         "executable %s" % name, "    main-is:          Main.hs", "    build-depends:    base, %s" % name, "    hs-source-dirs:   app"]
    return "%s.cabal" % name, "\n".join(L) + "\n"


@ntpl("dune-project", "dune", "dune", "generic", "identifier_only")
def n_dune(r):
    L = ["(lang dune 3.11)", "(name secret_store)", "(generate_opam_files true)", "(source (github %s/secret_store))" % r.choice(ORGS),
         "(authors \"Platform Team\")", "(license ISC)", "", "(package", " (name secret_store)", " (synopsis \"Reads API keys and tokens from Vault or the environment\")",
         " (depends ocaml dune (mirage-crypto (>= 0.11)) (cohttp-lwt-unix (>= 5.0)) yojson))"]
    return "dune-project", "\n".join(L) + "\n"


@ntpl("ocaml-hmac-test-vectors", "ocaml", "ocaml", "generic", "test_vector")
def n_ocaml_vectors(r):
    tc1 = hmac_hex(b"\x0b" * 20, b"Hi There")
    tc2 = hmac_hex(b"Jefe", b"what do ya want for nothing?")
    L = ["(* RFC 4231 HMAC-SHA256 test cases 1 and 2 *)", "let cases = [", '  ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "Hi There",', '   "%s");' % tc1,
         '  ("4a656665" (* "Jefe" *), "what do ya want for nothing?",', '   "%s");' % tc2, "]", "",
         "let test_hmac (key_hex, data, expected) =", "  let key = Hex.to_string (`Hex key_hex) in",
         "  let mac = Digestif.SHA256.(to_hex (hmac_string ~key data)) in", '  Alcotest.(check string) "hmac" expected mac', "",
         "let () =", '  Alcotest.run "hmac" [ ("rfc4231", List.map (fun c -> Alcotest.test_case "vector" `Quick (fun () -> test_hmac c)) cases) ]']
    return "test/test_hmac.ml", "\n".join(L) + "\n"


@ntpl("fsx-keyvault", "fsharp", "fsharp-script", "azure", "secret_manager_reference")
def n_fsx_kv(r):
    L = ["#r \"nuget: Azure.Identity, 1.12.0\"", "#r \"nuget: Azure.Security.KeyVault.Secrets, 4.6.0\"", "", "open System", "open Azure.Identity", "open Azure.Security.KeyVault.Secrets", "",
         "let vaultUri = Uri(\"https://%s-kv.vault.azure.net/\")" % r.choice(ORGS), "let client = SecretClient(vaultUri, DefaultAzureCredential())", "",
         "let secretNames = [ \"stripe-secret-key\"; \"db-password\"; \"smtp-password\"; \"jwt-signing-key\" ]", "",
         "for name in secretNames do", "    let s = client.GetSecret(name).Value", "    // print metadata only, never the value",
         "    printfn \"%s version=%s updated=%O\" name s.Properties.Version s.Properties.UpdatedOn"]
    return "scripts/list-secrets.fsx", "\n".join(L) + "\n"


@ntpl("rebar-lock", "erlang", "erlang-lock", "hex", "lockfile_hash")
def n_rebar_lock(r):
    pk = [("cowboy", "2.10.0"), ("cowlib", "2.12.1"), ("ranch", "1.8.0"), ("jsx", "3.1.0"), ("epgsql", "4.7.1"), ("hackney", "1.20.1")]
    pk = sorted(r.sample(pk, 4))
    L = ['{"1.2.0",', "[" + ",\n ".join('{<<"%s">>,{pkg,<<"%s">>,<<"%s">>},%d}' % (n, n, v, r.randint(0, 1)) for n, v in pk) + "]}.", "[", "{pkg_hash,["]
    L.append(",\n".join(' {<<"%s">>, <<"%s">>}' % (n, rs(r, "0123456789ABCDEF", 64)) for n, _ in pk) + "]},")
    L.append("{pkg_hash_ext,[")
    L.append(",\n".join(' {<<"%s">>, <<"%s">>}' % (n, rs(r, "0123456789ABCDEF", 64)) for n, _ in pk) + "]}")
    L.append("].")
    return "rebar.lock", "\n".join(L) + "\n"


@ntpl("erlang-getenv-spec", "erlang", "erlang", "generic", "env_reference")
def n_erl_env(r):
    mod = "%s_config" % r.choice(MODS)
    L = ["-module(%s)." % mod, "-export([api_key/0, db_password/0]).", "", "%% @doc Returns the Stripe secret key (an `sk_live_...' string) from the environment.",
         "-spec api_key() -> binary().", "api_key() -> required(\"STRIPE_SECRET_KEY\").", "", "-spec db_password() -> binary().", "db_password() -> required(\"DB_PASSWORD\").", "",
         "required(Name) ->", "    case os:getenv(Name) of", "        false -> erlang:error({missing_env, Name});", "        \"\" -> erlang:error({empty_env, Name});",
         "        Value -> list_to_binary(Value)", "    end."]
    return "src/%s.erl" % mod, "\n".join(L) + "\n"


@ntpl("gleam-manifest-toml", "toml", "toml", "hex", "lockfile_hash")
def n_gleam_manifest(r):
    pk = [("gleam_stdlib", "0.38.0"), ("gleam_http", "3.6.0"), ("gleam_json", "1.0.1"), ("envoy", "1.0.1"), ("pog", "1.0.0"), ("mist", "1.2.0"), ("wisp", "0.15.0")]
    L = ["# This file was generated by Gleam", "# You typically do not need to edit this file", "", "packages = ["]
    for n, v in sorted(r.sample(pk, 5)):
        L.append('  { name = "%s", version = "%s", build_tools = ["gleam"], requirements = [], otp_app = "%s", source = "hex", outer_checksum = "%s" },' % (n, v, n, rs(r, "0123456789ABCDEF", 64)))
    L += ["]", "", "[requirements]", 'gleam_stdlib = { version = ">= 0.34.0 and < 2.0.0" }', 'envoy = { version = ">= 1.0.0 and < 2.0.0" }']
    return "manifest.toml", "\n".join(L) + "\n"


@ntpl("gleam-secret-type", "gleam", "gleam", "generic", "type_signature")
def n_gleam_secret(r):
    L = ["import envoy", "import gleam/result", "import gleam/string", "", "/// Opaque wrapper so that tokens never end up in logs.", "pub opaque type Secret {", "  Secret(value: String)", "}", "",
         "pub fn from_env(name: String) -> Result(Secret, Nil) {", "  envoy.get(name) |> result.map(Secret)", "}", "",
         "pub fn reveal(secret: Secret) -> String {", "  secret.value", "}", "", "pub fn describe(secret: Secret) -> String {",
         "  \"Secret(\" <> string.repeat(\"*\", 8) <> \", \" <> string.inspect(string.length(secret.value)) <> \" chars)\"", "}"]
    return "src/%s/secret.gleam" % r.choice(MODS), "\n".join(L) + "\n"


@ntpl("zig-build-zon", "zig", "zon", "generic", "lockfile_hash")
def n_zig_zon(r):
    L = [".{", "    .name = \"%s\"," % r.choice(MODS), "    .version = \"0.%d.0\"," % r.randint(1, 9), "    .minimum_zig_version = \"0.13.0\",", "    .dependencies = .{"]
    for dep in sorted(r.sample(["zap", "httpz", "pg", "zig-clap", "known-folders"], 3)):
        L += ["        .%s = .{" % dep.replace("-", "_"), "            .url = \"https://github.com/%s/%s/archive/%s.tar.gz\"," % (r.choice(["karlseguin", "zigzap", "Hejsil", "ziglibs"]), dep, rs(r, HEX, 40)),
              "            .hash = \"1220%s\"," % rs(r, HEX, 64), "        },"]
    L += ["    },", "    .paths = .{ \"build.zig\", \"build.zig.zon\", \"src\" },", "}"]
    return "build.zig.zon", "\n".join(L) + "\n"


@ntpl("zig-sha-test", "zig", "zig", "generic", "test_vector")
def n_zig_test(r):
    abc = hashlib.sha256(b"abc").hexdigest()
    empty = hashlib.sha256(b"").hexdigest()
    tc2 = hmac_hex(b"Jefe", b"what do ya want for nothing?")
    L = ["const std = @import(\"std\");", "const Sha256 = std.crypto.hash.sha2.Sha256;", "const HmacSha256 = std.crypto.auth.hmac.sha2.HmacSha256;", "",
         "fn hex(out: []const u8) [64]u8 {", "    return std.fmt.bytesToHex(out[0..32].*, .lower);", "}", "",
         "test \"sha256 known answers\" {", "    var d: [32]u8 = undefined;", "    Sha256.hash(\"abc\", &d, .{});",
         "    try std.testing.expectEqualStrings(\"%s\", &hex(&d));" % abc, "    Sha256.hash(\"\", &d, .{});", "    try std.testing.expectEqualStrings(\"%s\", &hex(&d));" % empty, "}", "",
         "test \"hmac rfc4231 case 2\" {", "    var mac: [32]u8 = undefined;", "    HmacSha256.create(&mac, \"what do ya want for nothing?\", \"Jefe\");",
         "    try std.testing.expectEqualStrings(\"%s\", &hex(&mac));" % tc2, "}"]
    return "src/crypto_test.zig", "\n".join(L) + "\n"


@ntpl("nimble-lock", "json", "json", "generic", "lockfile_hash")
def n_nimble_lock(r):
    pk = {}
    for n in sorted(r.sample(["jester", "httpbeast", "asynctools", "db_connector", "checksums", "jsony"], 3)):
        pk[n] = {"version": "%d.%d.%d" % (r.randint(0, 2), r.randint(0, 9), r.randint(0, 9)), "vcsRevision": rs(r, HEX, 40),
                 "url": "https://github.com/%s/%s" % (r.choice(["dom96", "nim-lang", "treeform", "timotheecour"]), n), "downloadMethod": "git",
                 "dependencies": [], "checksums": {"sha1": rs(r, HEX, 40)}}
    return "nimble.lock", json.dumps({"version": 2, "packages": pk, "tasks": {}}, indent=2) + "\n"


@ntpl("nim-getenv-assert", "nim", "nim", "openai", "env_reference")
def n_nim_env(r):
    L = ["import std/[os, strutils, httpclient]", "", "## Reads the OpenAI key from the environment; nothing is stored in the repo.", "let apiKey = getEnv(\"OPENAI_API_KEY\")",
         "doAssert apiKey.len > 0, \"OPENAI_API_KEY is not set (see README)\"", "doAssert apiKey.startsWith(\"sk-\"), \"that does not look like an OpenAI key\"", "",
         "proc tokenize*(text: string): seq[string] = text.splitWhitespace()", "", "proc client*(): HttpClient =", "  result = newHttpClient()",
         "  result.headers = newHttpHeaders({\"Authorization\": \"Bearer \" & apiKey})"]
    return "src/llm.nim", "\n".join(L) + "\n"


@ntpl("julia-manifest", "toml", "toml", "generic", "lockfile_hash")
def n_jl_manifest(r):
    L = ["# This file is machine-generated - editing it directly is not advised", "", 'julia_version = "1.10.4"', 'manifest_format = "2.0"', 'project_hash = "%s"' % rs(r, HEX, 40), ""]
    for n in sorted(r.sample(["HTTP", "JSON3", "LibPQ", "DataFrames", "CSV", "Tables", "MbedTLS"], 4)):
        L += ["[[deps.%s]]" % n, 'deps = ["Dates", "Sockets"]', 'git-tree-sha1 = "%s"' % rs(r, HEX, 40), 'uuid = "%s"' % uuid4(r),
              'version = "%d.%d.%d"' % (r.randint(0, 2), r.randint(0, 20), r.randint(0, 9)), ""]
    return "Manifest.toml", "\n".join(L) + "\n"


@ntpl("julia-docstring-example", "julia", "julia", "generic", "test_vector")
def n_jl_doc(r):
    fox = hmac_hex(b"key", b"The quick brown fox jumps over the lazy dog")
    L = ["using SHA", "", '"""', "    sign(secret, message) -> String", "", "Hex HMAC-SHA256 of `message` under `secret`. The secret is read by the caller,",
         "usually from `ENV[\"WEBHOOK_SECRET\"]`; never hard-code it.", "", "# Examples", "```jldoctest", 'julia> sign("key", "The quick brown fox jumps over the lazy dog")',
         '"%s"' % fox, "```", '"""', "sign(secret::AbstractString, message::AbstractString) = bytes2hex(hmac_sha256(Vector{UInt8}(secret), message))", "",
         "verify(secret, message, sig) = sign(secret, message) == lowercase(sig)"]
    return "src/Signing.jl", "\n".join(L) + "\n"


@ntpl("d-redact-unittest", "d", "d", "generic", "test_fixture")
def n_d_redact(r):
    L = ["module app.redact;", "", "import std.algorithm : map;", "import std.array : array;", "import std.range : repeat;", "", "/// Masks a secret for log output, keeping the last four characters.",
         "string redact(string secret) @safe pure", "{", "    if (secret.length <= 4) return \"****\";", "    return \"*\".repeat(secret.length - 4).join ~ secret[$ - 4 .. $];", "}", "",
         "unittest", "{", "    assert(redact(\"hunter2\") == \"***ter2\");", "    assert(redact(\"abc\") == \"****\");", "}"]
    return "source/app/redact.d", "\n".join(L) + "\n"


@ntpl("v-env-names", "v", "v", "generic", "env_reference")
def n_v_env(r):
    L = ["module config", "", "import os", "", "// names of the environment variables, not their values", "pub const api_key_env = 'OPENAI_API_KEY'", "pub const db_password_env = 'DB_PASSWORD'",
         "pub const token_env = 'GITHUB_TOKEN'", "", "pub struct Config {", "pub:", "\tapi_key     string", "\tdb_password string", "}", "",
         "pub fn load() !Config {", "\tkey := os.getenv_opt(api_key_env) or { return error('${api_key_env} is not set') }",
         "\tpw := os.getenv_opt(db_password_env) or { return error('${db_password_env} is not set') }", "\treturn Config{ api_key: key, db_password: pw }", "}"]
    return "src/config/config.v", "\n".join(L) + "\n"


@ntpl("crystal-shard-lock", "yaml", "yaml", "generic", "lockfile_hash")
def n_shard_lock(r):
    L = ["version: 2.0", "shards:"]
    for n in sorted(r.sample(["db", "pg", "kemal", "radix", "backtracer", "exception_page", "jwt"], 4)):
        L += ["  %s:" % n, "    git: https://github.com/%s/%s.git" % (r.choice(["crystal-lang", "kemalcr", "will", "crystal-community"]), n)]
        L.append("    version: %d.%d.%d%s" % (r.randint(0, 2), r.randint(0, 20), r.randint(0, 9), "+git.commit." + rs(r, HEX, 40) if r.random() < 0.5 else ""))
        L.append("")
    return "shard.lock", "\n".join(L)


@ntpl("crystal-seeds-bcrypt", "crystal", "crystal", "generic", "password_hash")
def n_cr_seeds(r):
    L = ['require "../src/models/*"', "", "# seed users; the hashes are bcrypt(cost 11) of throwaway values, nobody can log in with them"]
    for who in sorted(r.sample(["alice", "bob", "carol", "dave", "erin"], 3)):
        L.append('User.create!(email: "%s@example.com", password_digest: "%s", role: "%s")' % (who, "$2a$11$" + rs(r, ALNUM + "./", 53), r.choice(["admin", "member"])))
    L += ["", "puts \"seeded #{User.count} users\""]
    return "db/seeds.cr", "\n".join(L) + "\n"


@ntpl("crystal-password-policy", "crystal", "crystal", "generic", "identifier_only")
def n_cr_policy(r):
    L = ["module PasswordPolicy", "  MIN_LENGTH = %d" % r.choice([12, 14, 16]), "  PATTERN    = /\\A(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).+\\z/", "",
         "  def self.valid?(password : String) : Bool", "    password.size >= MIN_LENGTH && PATTERN.matches?(password)", "  end", "",
         "  def self.error_message : String", "    \"Password must be at least #{MIN_LENGTH} characters and mix upper, lower case and digits\"", "  end", "end"]
    return "src/password_policy.cr", "\n".join(L) + "\n"


@ntpl("racket-info-env", "racket", "racket", "generic", "env_reference")
def n_rkt(r):
    L = ["#lang racket/base", "", "(provide secret-key mask)", "", ";; name of the environment variable that holds the signing secret", "(define secret-key-env \"APP_SECRET\")", "",
         "(define (secret-key)", "  (or (getenv secret-key-env)", "      (error 'secret-key \"~a is not set\" secret-key-env)))", "",
         "(define (mask s)", "  (string-append (make-string (max 0 (- (string-length s) 4)) #\\*)", "                 (substring s (max 0 (- (string-length s) 4)))))"]
    return "private/secrets.rkt", "\n".join(L) + "\n"


@ntpl("lisp-asd-nil-defaults", "lisp", "common-lisp", "generic", "empty_value")
def n_lisp(r):
    pkg = r.choice(MODS)
    L = ["(defpackage #:%s/config" % pkg, "  (:use #:cl)", "  (:export #:*api-key* #:*db-password* #:load-config))", "(in-package #:%s/config)" % pkg, "",
         "(defparameter *api-key* nil", "  \"Stripe secret key. Set from STRIPE_SECRET_KEY by LOAD-CONFIG; never commit a value.\")",
         "(defparameter *db-password* nil)", "", "(defun load-config ()", "  (setf *api-key* (uiop:getenv \"STRIPE_SECRET_KEY\")", "        *db-password* (uiop:getenv \"DB_PASSWORD\"))",
         "  (unless *api-key* (error \"STRIPE_SECRET_KEY missing\")))"]
    return "src/config.lisp", "\n".join(L) + "\n"


@ntpl("spago-lock", "yaml", "yaml", "generic", "lockfile_hash")
def n_spago_lock(r):
    L = ["workspace:", "  packages:", "    %s:" % r.choice(MODS), "      path: ./", "      dependencies:", "        - affjax-node", "        - argonaut", "        - prelude", "packages:"]
    for n in sorted(r.sample(["affjax", "affjax-node", "argonaut", "prelude", "aff", "effect", "node-process"], 4)):
        L += ["  %s:" % n, "    type: registry", "    version: %d.%d.%d" % (r.randint(1, 8), r.randint(0, 9), r.randint(0, 9)),
              "    integrity: sha256-%s" % base64.b64encode(rbytes(r, 32)).decode(), "    dependencies:", "      - prelude"]
    return "spago.lock", "\n".join(L) + "\n"


@ntpl("elm-publishable-key", "elm", "elm", "stripe", "publishable_key")
def n_elm_pk(r):
    pk = "pk_live_51" + rs(r, ALNUM, 22) + rs(r, ALNUM, 75)
    L = ["module Checkout exposing (stripePublishableKey, view)", "", "import Html exposing (Html, button, text)", "import Html.Attributes exposing (attribute)", "",
         "{-| Publishable key: meant for the browser (Stripe.js). The secret key stays on the server. -}", "stripePublishableKey : String", "stripePublishableKey =",
         "    \"%s\"" % pk, "", "view : Html msg", "view =", "    button [ attribute \"data-key\" stripePublishableKey ] [ text \"Pay\" ]"]
    return "src/Checkout.elm", "\n".join(L) + "\n"


@ntpl("elm-i18n", "elm", "elm", "generic", "i18n_string")
def n_elm_i18n(r):
    L = ["module I18n exposing (Lang(..), t)", "", "type Lang", "    = En", "    | De", "    | Fr", "", "t : Lang -> String -> String", "t lang key =", "    case ( lang, key ) of",
         "        ( De, \"password\" ) -> \"Passwort\"", "        ( Fr, \"password\" ) -> \"Mot de passe\"", "        ( De, \"api_key\" ) -> \"API-Schlüssel\"",
         "        ( Fr, \"api_key\" ) -> \"Clé API\"", "        ( De, \"token_expired\" ) -> \"Ihr Token ist abgelaufen\"", "        ( Fr, \"secret_hint\" ) -> \"Ne partagez jamais votre clé secrète\"",
         "        ( _, \"password\" ) -> \"Password\"", "        _ -> key"]
    return "src/I18n.elm", "\n".join(L) + "\n"


@ntpl("pubspec-lock", "yaml", "yaml", "generic", "lockfile_hash")
def n_pubspec_lock(r):
    L = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for n in sorted(r.sample(["http", "postgres", "mailer", "shelf", "shelf_router", "crypto", "collection", "dart_jsonwebtoken"], 4)):
        L += ["  %s:" % n, "    dependency: \"direct main\"", "    description:", "      name: %s" % n, "      sha256: \"%s\"" % rs(r, HEX, 64),
              "      url: \"https://pub.dev\"", "    source: hosted", "    version: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 12), r.randint(0, 9))]
    L += ["sdks:", "  dart: \">=3.4.0 <4.0.0\""]
    return "pubspec.lock", "\n".join(L) + "\n"


@ntpl("dart-public-key-verify", "dart", "dart", "generic", "public_key")
def n_dart_pub(r):
    lines = wrap64(spki_ed25519(r))
    L = ["import 'package:dart_jsonwebtoken/dart_jsonwebtoken.dart';", "", "/// Public half of the token signing key; the private half lives in the auth service's KMS.",
         "const _verifyKeyPem = '''", "-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----", "''';", "",
         "const apiKeyFromDefine = String.fromEnvironment('API_KEY');", "",
         "JWT? verify(String token) {", "  try {", "    return JWT.verify(token, EdDSAPublicKey.fromPEM(_verifyKeyPem));", "  } on JWTException {", "    return null;", "  }", "}"]
    return "lib/src/verify.dart", "\n".join(L) + "\n"


@ntpl("dart-arb-l10n", "json", "json", "generic", "i18n_string")
def n_arb(r):
    d = {"@@locale": "de", "loginTitle": "Anmelden", "passwordLabel": "Passwort", "passwordHint": "Mindestens 12 Zeichen",
         "apiKeyLabel": "API-Schlüssel", "tokenExpired": "Sitzung abgelaufen, bitte erneut anmelden", "secretQuestion": "Geheimfrage",
         "@passwordLabel": {"description": "Label of the password field on the login screen"}}
    return "lib/l10n/app_de.arb", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@ntpl("groovy-with-credentials", "groovy", "groovy", "jenkins", "secret_manager_reference")
def n_groovy_creds(r):
    L = ["// vars/deployService.groovy -- shared library step", "def call(Map cfg) {", "    withCredentials([", "        string(credentialsId: 'stripe-secret-key', variable: 'STRIPE_SECRET_KEY'),",
         "        usernamePassword(credentialsId: 'db-%s', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASSWORD')," % r.choice(["prod", "staging"]),
         "        sshUserPrivateKey(credentialsId: 'deploy-key', keyFileVariable: 'SSH_KEY')", "    ]) {",
         "        sh '''", "            ./gradlew flywayMigrate -Pflyway.password=\"$DB_PASSWORD\"", "            ssh -i \"$SSH_KEY\" deploy@%s 'systemctl restart %s'" % (r.choice(HOSTS[:3]), r.choice(MODS)), "        '''", "    }", "}"]
    return "vars/deployService.groovy", "\n".join(L) + "\n"


@ntpl("kts-jwks-verify", "kotlin", "kotlin-script", "generic", "public_key")
def n_kts_jwks(r):
    L = ["#!/usr/bin/env kotlin", "@file:DependsOn(\"com.nimbusds:nimbus-jose-jwt:9.40\")", "", "import com.nimbusds.jose.jwk.source.JWKSourceBuilder", "import java.net.URL", "",
         "// verification only needs the issuer's public keys", "val jwks = JWKSourceBuilder.create<com.nimbusds.jose.proc.SecurityContext>(URL(\"https://sso.%s.io/realms/main/protocol/openid-connect/certs\")).build()" % r.choice(ORGS),
         "val deployKey = \"%s deploy@%s\"" % (ssh_ed25519_pub(r), r.choice(ORGS)), "println(\"keys loaded; deploy key fingerprint check: ${deployKey.take(24)}...\")"]
    return "scripts/verify-token.main.kts", "\n".join(L) + "\n"


@ntpl("scala-jwt-spec-doc-token", "scala", "scala", "jwt.io", "documentation_example")
def n_scala_spec(r):
    org = r.choice(ORGS)
    L = ["package io.%s.auth" % org, "", "import munit.FunSuite", "", "class JwtDecodeSpec extends FunSuite {", "  // the sample token shown on jwt.io, signed with its sample secret",
         "  private val sample = \"%s\"" % DOC_JWT, "  private val sampleSecret = \"your-256-bit-secret\"", "",
         "  test(\"decodes the jwt.io sample\") {", "    val claims = TokenService.decode(sample, sampleSecret).get", "    assertEquals(claims.subject, Some(\"1234567890\"))", "  }", "}"]
    return "src/test/scala/io/%s/auth/JwtDecodeSpec.scala" % org, "\n".join(L) + "\n"


@ntpl("ocaml-deploy-pubkeys", "ocaml", "ocaml", "generic", "public_key")
def n_ocaml_keys(r):
    L = ["(* public keys allowed to push releases; private halves are on the operators' YubiKeys *)", "let authorized_keys = ["]
    for who in sorted(r.sample(["alice", "bob", "ci", "carol"], 3)):
        L.append('  "%s %s@%s";' % (ssh_ed25519_pub(r), who, r.choice(ORGS)))
    L += ["]", "", "let is_authorized key = List.mem key authorized_keys"]
    return "lib/authorized_keys.ml", "\n".join(L) + "\n"


@ntpl("scala-uuid-ids", "scala", "scala", "generic", "uuid_id")
def n_scala_uuids(r):
    L = ["package io.%s.fixtures" % r.choice(ORGS), "", "import java.util.UUID", "", "object Tenants {", "  // tenant ids are public identifiers, printed in every invoice URL"]
    for n in ["acme", "globex", "initech", "umbrella"][: r.randint(2, 4)]:
        L.append('  val %s: UUID = UUID.fromString("%s")' % (n, uuid4(r)))
    L += ['  val requestIdHeader = "X-Request-Id"', '  val traceSample = "%s"' % rs(r, HEX, 32), "}"]
    return "src/main/scala/io/fixtures/Tenants.scala", "\n".join(L) + "\n"


@ntpl("edn-deps-git-sha", "edn", "edn", "generic", "lockfile_hash")
def n_edn_git(r):
    L = ["{:paths [\"src\"]", " :deps {org.clojure/clojure {:mvn/version \"1.11.3\"}", "        io.github.%s/auth-utils {:git/tag \"v0.%d.0\" :git/sha \"%s\"}" % (r.choice(ORGS), r.randint(1, 9), rs(r, HEX, 7)),
         "        io.github.%s/secret-rotation {:git/url \"https://github.com/%s/secret-rotation\" :git/sha \"%s\"}}" % (r.choice(ORGS), r.choice(ORGS), rs(r, HEX, 40)),
         " :aliases {:build {:deps {io.github.clojure/tools.build {:git/tag \"v0.10.3\" :git/sha \"15ead66\"}} :ns-default build}}}"]
    return "deps.edn", "\n".join(L) + "\n"


@ntpl("purescript-env-lookup", "purescript", "purescript", "generic", "env_reference")
def n_purs_env(r):
    L = ["module Config where", "", "import Prelude", "import Data.Maybe (Maybe(..))", "import Effect (Effect)", "import Effect.Exception (throw)", "import Node.Process (lookupEnv)", "",
         "type Config = { apiKey :: String, dbPassword :: String }", "", "required :: String -> Effect String", "required name = lookupEnv name >>= case _ of",
         "  Just v -> pure v", "  Nothing -> throw (name <> \" is not set\")", "", "load :: Effect Config", "load = do",
         "  apiKey <- required \"SENDGRID_API_KEY\"", "  dbPassword <- required \"DB_PASSWORD\"", "  pure { apiKey, dbPassword }"]
    return "src/Config.purs", "\n".join(L) + "\n"


@ntpl("yesod-env-only", "yaml", "yaml", "generic", "env_reference")
def n_yesod_env(r):
    L = ["static-dir: \"_env:YESOD_STATIC_DIR:static\"", "host: \"_env:YESOD_HOST:*4\"", "port: \"_env:YESOD_PORT:3000\"", "",
         "database:", "  user: \"_env:YESOD_PGUSER:%s\"" % r.choice(USERS), "  password: \"_env:YESOD_PGPASS:\"", "  host: \"_env:YESOD_PGHOST:localhost\"",
         "  database: \"_env:YESOD_PGDATABASE:%s\"" % r.choice(DBNAMES), "  poolsize: \"_env:YESOD_PGPOOLSIZE:10\"", "",
         "stripe-secret-key: \"_env:STRIPE_SECRET_KEY:\"", "session-key-file: \"_env:SESSION_KEY_FILE:config/client_session_key.aes\""]
    return "config/settings.yml", "\n".join(L) + "\n"


@ntpl("groovy-masked-log", "groovy", "groovy", "generic", "masked_value")
def n_groovy_mask(r):
    tail = rs(r, LO + DG, 4)
    L = ["// scripts/checkConfig.groovy -- prints what the service will use, masked", "def mask = { String s -> s ? ('*' * Math.max(0, s.size() - 4)) + s[-4..-1] : '<unset>' }", "",
         "def cfg = [", "    stripeKey : System.getenv('STRIPE_SECRET_KEY'),", "    dbPassword: System.getenv('DB_PASSWORD'),", "]", "",
         "cfg.each { k, v -> println \"${k.padRight(12)} ${mask(v)}\" }", "", "// example output:", "// stripeKey    ********************%s" % tail, "// dbPassword   <unset>"]
    return "scripts/checkConfig.groovy", "\n".join(L) + "\n"


@ntpl("sysconfig-src-env", "sysconfig", "erlang-config", "generic", "env_reference")
def n_sysconfig_env(r):
    app = r.choice(MODS)
    L = ["%% rendered by relx at boot: RELX_REPLACE_OS_VARS=true", "[", " {%s, [" % app, "   {stripe_secret_key, <<\"${STRIPE_SECRET_KEY}\">>},",
         "   {db, [{host, \"${DB_HOST}\"}, {user, \"${DB_USER}\"}, {password, \"${DB_PASSWORD}\"}, {database, \"%s\"}]}," % r.choice(DBNAMES),
         "   {smtp_password, \"${SMTP_PASSWORD}\"}", "  ]}", "]."]
    return "config/sys.config.src", "\n".join(L) + "\n"


@ntpl("dub-json", "json", "json", "generic", "identifier_only")
def n_dub(r):
    d = {"name": r.choice(MODS) + "-api", "description": "Token service: issues and verifies API tokens", "authors": ["Platform Team"], "license": "MIT",
         "dependencies": {"vibe-d": "~>0.10.0", "jwtd": "~>0.4.6", "secured": "~>2.0.0"}, "configurations": [{"name": "application", "targetType": "executable"}],
         "versions": ["VibeDefaultMain"]}
    return "dub.json", json.dumps(d, indent=4) + "\n"


@ntpl("markdown-config-doc", "markdown", "markdown", "generic", "placeholder")
def n_md(r):
    L = ["# Configuration", "", "All secrets come from the environment. For local work copy the table into your shell profile.", "",
         "| variable | example | notes |", "|---|---|---|", "| `STRIPE_SECRET_KEY` | `sk_live_...` | from the Stripe dashboard, never commit it |",
         "| `DB_PASSWORD` | `<your password>` | |", "| `JWT_SECRET` | `$(openssl rand -hex 32)` | at least 32 bytes |", "| `SMTP_PASSWORD` | `********` | mail relay |", "",
         "```sh", "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "export DB_PASSWORD=changeme", "sbt run", "```"]
    return "docs/configuration.md", "\n".join(L) + "\n"


# --------------------------------------------------------------------------- driver
def pick_least(r, items, usage, key):
    m = min(usage.get(key(x), 0) for x in items)
    cands = [x for x in items if usage.get(key(x), 0) == m]
    return r.choice(cands)


def weighted_kind(r):
    tot = sum(w for w, _ in KINDS)
    x = r.uniform(0, tot)
    acc = 0
    for w, f in KINDS:
        acc += w
        if x <= acc:
            return f
    return KINDS[-1][1]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_cp.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    usage = {}
    npos = 500
    obvious_flags = [i % 2 == 0 for i in range(npos)]
    r.shuffle(obvious_flags)
    for i in range(npos):
        for attempt in range(200):
            c = weighted_kind(r)(r)
            c.obvious = obvious_flags[i]
            ts = [t for t in TEMPLATES if c.family in t["families"] and t["accept"](c)]
            if ts:
                break
        t = pick_least(r, ts, usage, lambda t: t["name"])
        usage[t["name"]] = usage.get(t["name"], 0) + 1
        rel, text = t["fn"](r, c)
        text = maybe_header(r, t["lang"], text)
        needle = c.needle
        idx = text.find(needle)
        if idx < 0:
            raise SystemExit("needle missing: template %s kind %s" % (t["name"], c.kind))
        relf = "pos/p%04d/%s" % (i, rel)
        write(outdir, relf, text)
        manifest.append({"file": relf, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": t["filetype"],
                         "template": t["name"]})
        secrets.append({"file": relf, "needle": needle, "line": text[:idx].count("\n") + 1})
    nusage = {}
    nneg = 500
    for i in range(nneg):
        if i % 2 == 0:
            for attempt in range(200):
                c = weighted_kind(r)(r)
                c.obvious = r.random() < 0.6
                ts = [t for t in TEMPLATES if c.family in t["families"] and t["accept"](c)]
                if ts:
                    break
            t = pick_least(r, ts, nusage, lambda t: t["name"])
            nusage[t["name"]] = nusage.get(t["name"], 0) + 1
            mode = make_negative(r, c, t["lang"])
            rel, text = t["fn"](r, c)
            text = maybe_header(r, t["lang"], text)
            entry = {"provider": c.provider, "kind": "lookalike:%s:%s" % (c.kind, mode), "filetype": t["filetype"], "template": t["name"]}
        else:
            t = pick_least(r, NEG_TEMPLATES, nusage, lambda t: t["name"])
            nusage[t["name"]] = nusage.get(t["name"], 0) + 1
            rel, text = t["fn"](r)
            text = maybe_header(r, t["lang"], text)
            entry = {"provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"], "template": t["name"]}
        relf = "neg/n%04d/%s" % (i, rel)
        write(outdir, relf, text)
        entry = dict({"file": relf, "label": "neg"}, **entry)
        manifest.append(entry)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
