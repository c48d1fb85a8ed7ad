#!/usr/bin/env python3
"""Blind evaluation-set generator "bc" for a git pre-commit secret scanner.

EMPHASIS
    Ruby / Rails, Elixir / Phoenix and Crystal / BEAM-adjacent backends:
    config/database.yml, secrets.yml, master.key, credentials/*.key,
    initializers/*.rb, storage.yml, cable.yml, newrelic.yml, sidekiq.yml,
    Gemfile sources, Capistrano deploy.rb, Kamal .kamal/secrets, Phoenix
    config/*.exs + runtime.exs, mix.exs, rel/env.sh.eex, vm.args, seeds,
    fixtures, ~/.gem/credentials, .bundle/config, Lucky/Amber (Crystal).

USAGE
    python3 gen_bc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath>, OUTDIR/neg/nNNNN/<relpath> (500 each),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR.  Deterministic: only random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written, without surrounding quotes.
    * URL-embedded credentials (postgres://u:PASS@h, redis://:PASS@h,
      https://USER:PASS@gems.contribsys.com) -> needle is the password part
      only, except Sidekiq/Bundler contribsys credentials where the needle is
      "user:pass" (both halves are random and together form the licence).
    * Sentry DSN, Slack webhook, Cloudinary URL -> needle is the whole URL
      (the URL itself is the credential).
    * Paired credentials (AWS key id + secret, Twilio SID + token, Pusher key +
      secret, Braintree public + private key, OAuth client id + secret): the
      needle is the secret half; the identifier half may be present on another
      line (it is not counted as a second credential).
    * GCS service-account private key inside storage.yml is written as a JSON
      one-liner with literal "\\n" escapes; the needle is the whole
      "-----BEGIN PRIVATE KEY-----\\n...-----END PRIVATE KEY-----\\n" string.
    * line is 1-based; each needle occurs exactly once in its file.

DECISIONS
    * Phoenix `signing_salt` (endpoint session options, live_view) is NOT a
      secret: Phoenix generates it into committed endpoint.ex / config.exs and
      documents that salts need not be secret (secret_key_base is the secret).
      -> negatives only.
    * Phoenix-generated config/dev.exs / test.exs contain a random literal
      secret_key_base.  By the "random value in a secret slot" rule these are
      POSITIVES (kind phoenix/secret_key_base_dev).  Rails test-env stubs
      written as expressions (Digest::SHA256.hexdigest("test"),
      "#{app}_test", "test-secret-key-base") are NEGATIVES.
    * Rollbar post_client_item tokens, Stripe pk_live_, Mapbox pk., Algolia
      search-only keys, Pusher app key, Braintree merchant id, Google OAuth
      client ids are documented public/identifiers -> negatives.
    * Stripe's documentation test key sk_test_4eC39HqLyjWDarjtT1zdp7dc and AWS
      AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY are
      published documentation values -> negatives (test vectors).
    * Files that are inherently one line (config/master.key,
      config/credentials/*.key, credentials.yml.enc) stay one line for
      realism, ignoring the 5-80 line guideline; .gem/credentials is 2-3 lines.

DOUBTS
    * Honeybadger project API keys: used "hbp_" + 30 base62 (newer prefixed
      format); legacy keys were short lowercase alnum.  Unsure of exact length.
    * Skylight authentication tokens: format undocumented publicly; used 48
      base64url chars.
    * Oban Pro licence / auth keys: format not public; used 32 lowercase hex.
    * Hex organization / API keys: assumed 32 lowercase hex.
    * Heroku HRKU- tokens: prefix is documented, body assumed "AA" + 58
      base64url chars; legacy keys are UUIDs (both generated).
    * PayPal REST client secrets: assumed 80 chars starting with "E"
      from [A-Za-z0-9_-].
    * OpenAI sk-proj- keys: length varies in the wild; used 74+"T3BlbkFJ"+74.
    * Anthropic sk-ant-api03-: used 93 base64url + "AA".
    * New Relic licence keys: 40 hex (legacy) or 36 hex + "NRAL".
    * Sentry modern DSNs only allow event submission and Sentry calls them
      safe-ish for clients; they are still treated as positives here when in
      server config (brief lists "Sentry DSN" as a kind).  The legacy
      public:secret DSN is unambiguous.
    * Sidekiq Pro/Ent credentials assumed 8 hex : 8 hex.
    * GitHub ghp_ checksum computed as CRC32 of the 30-char random part,
      base62 (0-9A-Za-z) encoded, left-padded to 6 with '0', as the brief says.
    * Erlang release cookie: used unpadded Base32 of 32 random bytes (52 chars,
      A-Z2-7), which is how I remember `mix release` generating it; may differ.
    * Rollbar server vs client tokens share the 32-hex format; the negative
      variant is only distinguishable by context (post_client_item in JS).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LOW
ALNUM_LOW = LOW + DIG
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
B32 = UP + "234567"

N_POS = 500
N_NEG = 500


# ---------------------------------------------------------------- randomness
class G:
    """Per-run random helper (everything derives from random.Random(seed))."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # basic
    def choice(self, seq):
        return self.r.choice(seq)

    def rint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def _raw(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def s(self, alphabet, n):
        """Random string without obvious sequences / runs."""
        while True:
            v = self._raw(alphabet, n)
            if not looks_sequential(v):
                return v

    def hex(self, n):
        return self.s(HEX, n)

    def HEXU(self, n):
        return self.s(HEX.upper(), n)

    def b62(self, n):
        return self.s(B62, n)

    def alnum_low(self, n):
        return self.s(ALNUM_LOW, n)

    def b64url(self, n):
        return self.s(B64URL, n)

    def b64chars(self, n):
        return self.s(B64, n)

    def digits(self, n):
        first = self.r.choice("123456789")
        return first + self.s(DIG, n - 1) if n > 1 else first

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64bytes(self, n, url=False, pad=True):
        while True:
            raw = self.bytes(n)
            v = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
            if not pad:
                v = v.rstrip("=")
            if not looks_sequential(v):
                return v

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # domain flavour
    def app(self):
        return self.choice(APP_NAMES)

    def host(self):
        return self.choice(HOSTS)

    def human_password(self):
        return human_password(self)


def looks_sequential(v):
    low = v.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(x) for x in low[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return True  # abcd, 1234, 4321, xxxx
    for bad in ("test", "pass", "secret", "xxxx", "dead", "beef", "cafe", "babe", "fake", "demo"):
        if bad in low:
            return True
    return False


APP_NAMES = [
    "ledgerly", "harbor_ops", "tidepool", "orchard", "quillstone", "fernbrook",
    "parcelhub", "marlin_pay", "civic_desk", "brightwell", "kitehouse",
    "lumen_crm", "saltmarsh", "northwind_api", "copperleaf", "pinecrest",
    "tallyho", "meridian", "bluefin_jobs", "stockroom", "ravelin", "juniper_hr",
    "wayfarer", "clinicly", "hatchery", "plover", "tessellate", "gantry",
]
HOSTS = [
    "db-prod-1.internal", "10.0.3.21", "pg.ledgerly.io", "primary.cluster-cz8xk2.eu-west-1.rds.amazonaws.com",
    "postgres.service.consul", "db.internal.example.net", "10.12.0.8", "mysql-main.prod.lan",
    "ec2-52-18-203-77.eu-west-1.compute.amazonaws.com", "pgbouncer.svc.cluster.local",
]
PW_WORDS = [
    "Marek", "winter", "Kestrel", "tamarind", "Halvard", "brisket", "Oslo", "copper",
    "Juniper", "falcon", "Lisbon", "mango", "Viktor", "harbor", "Sierra", "walnut",
    "Bruno", "thistle", "Maple", "zephyr", "Ingrid", "pumpkin", "Dakota", "lantern",
    "Gdansk", "orchid", "Rafael", "pebble", "Tobias", "saffron", "Nadia", "biscuit",
]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}


def human_password(g):
    w1 = g.choice(PW_WORDS)
    w2 = g.choice(PW_WORDS)
    year = str(g.rint(1968, 2009))
    sym = g.choice("!.#&*_-$@")
    style = g.rint(0, 5)
    if style == 0:
        pw = f"{w1.capitalize()}{sym}{year}{w2.lower()}"
    elif style == 1:
        base = "".join(LEET.get(c, c) if g.chance(0.5) else c for c in w1.lower())
        pw = f"{base.capitalize()}{w2.lower()}{sym}{g.rint(1, 99)}"
    elif style == 2:
        pw = f"{w1.lower()}{sym}{w2.capitalize()}{g.rint(10, 99)}{g.choice('!?#')}"
    elif style == 3:
        pw = f"{w1.capitalize()}{year[2:]}{sym}{w2.capitalize()}"
    elif style == 4:
        pw = f"{w2.lower()}{w1.capitalize()}{g.rint(100, 999)}{sym}"
    else:
        pw = f"{w1.capitalize()}{sym}{w2.lower()}{sym}{year}"
    if pw.lower().startswith("password"):
        pw = "K" + pw
    return pw


# ---------------------------------------------------------------- token formats
def b62encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_token(g, prefix="ghp_"):
    body = g.b62(30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62encode(crc, 6)


def aws_key_id(g):
    return "AKIA" + g.s(B32, 16)


def aws_secret(g):
    return g.s(UP + LOW + DIG + "+/", 40)


def stripe_secret(g, prefix="sk_live_"):
    if g.chance(0.5):
        return prefix + g.b62(24)
    return prefix + "51" + g.b62(97)


def sendgrid_key(g):
    return "SG." + g.b64url(22) + "." + g.b64url(43)


def slack_webhook(g):
    return ("https://hooks.slack.com/services/T" + g.s(UP + DIG, g.rint(8, 10)) +
            "/B" + g.s(UP + DIG, g.rint(8, 10)) + "/" + g.b62(24))


def sentry_dsn(g, legacy=False):
    pub = g.hex(32)
    if legacy:
        return f"https://{pub}:{g.hex(32)}@sentry.io/{g.digits(7)}"
    return f"https://{pub}@o{g.digits(6)}.ingest.{g.choice(['', 'us.', 'de.'])}sentry.io/{g.digits(7)}"


def mapbox_token(g, prefix="sk"):
    payload = json.dumps({"u": g.choice(["acme-maps", "ledgerly", "geoteam", "fleetops"]), "a": g.alnum_low(25)},
                         separators=(",", ":"))
    return prefix + "." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + g.b64url(22)


def bcrypt_hash(g, cost=12):
    alpha = "./" + UP + LOW + DIG
    return f"$2a${cost:02d}$" + g.s(alpha, 53)


def erlang_cookie(g):
    return base64.b32encode(g.bytes(32)).decode().rstrip("=")


def phoenix_secret(g):
    return g.b64bytes(64)[:64]


def human_or_random_pw(g):
    return g.human_password() if g.chance(0.5) else g.b62(g.rint(20, 32))


# ---------------------------------------------------------------- RSA (for GCP keys)
def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def rsa_pkcs8_pem_oneline(g, bits=2048):
    rng = g.r
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    pkcs1 = _der(0x30, b"".join(_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    pkcs8 = _der(0x30, _der_int(0) + alg + _der(0x04, pkcs1))
    b64 = base64.b64encode(pkcs8).decode()
    body = "\\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
    return "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"


# ---------------------------------------------------------------- framework
FILETYPES = {
    "Gemfile": "Gemfile", "Gemfile.lock": "Gemfile.lock", "mix.lock": "mix.lock", "mix.exs": "mix.exs",
    "Rakefile": "Rakefile", "Procfile": "Procfile", "Dockerfile": "Dockerfile", "master.key": "master.key",
    "credentials.yml.enc": "credentials.yml.enc", ".env": ".env", "credentials": ".gem/credentials",
    "database.yml": "database.yml", "secrets.yml": "secrets.yml", "storage.yml": "storage.yml",
    "newrelic.yml": "newrelic.yml", "sidekiq.yml": "sidekiq.yml", "cable.yml": "cable.yml",
    "deploy.rb": "deploy.rb", "runtime.exs": "runtime.exs", "prod.secret.exs": "prod.secret.exs",
    "env.sh.eex": "env.sh.eex", "vm.args.eex": "vm.args.eex", "spec_helper.rb": "spec_helper.rb",
    "seeds.rb": "seeds.rb", "README.md": "README.md", "config": ".bundle/config", "secrets": ".kamal/secrets",
    "application.yml": "application.yml", "honeybadger.yml": "honeybadger.yml", "skylight.yml": "skylight.yml",
    "rails_helper.rb": "spec_helper.rb", ".sentryclirc": ".sentryclirc", "shard.yml": "shard.yml",
}


def filetype_of(path):
    base = path.rsplit("/", 1)[-1]
    if path.startswith("config/deploy/") and base.endswith(".rb"):
        return "deploy/stage.rb"
    if path.startswith("config/credentials/") and base.endswith(".key"):
        return "credentials/*.key"
    if base.startswith(".env"):
        return ".env"
    if "/fixtures/" in path and (base.endswith(".yml") or base.endswith(".yml.erb")):
        return "fixtures.yml"
    if base.endswith(".yml.enc"):
        return "credentials.yml.enc"
    if base in FILETYPES:
        return FILETYPES[base]
    if path.startswith("config/initializers/"):
        return "initializer.rb"
    if path.startswith("config/environments/") and base.endswith(".rb"):
        return "environment.rb"
    if path.startswith(".github/workflows/"):
        return "gha.yml"
    if path.startswith("bin/") or base.endswith(".sh"):
        return "shell"
    ext = base.rsplit(".", 1)[-1] if "." in base else base
    return ext


def mk(path, text, needle, provider, kind):
    return {"path": path, "text": text, "needle": needle, "provider": provider, "kind": kind}


def nm(g, specific, generic, p_generic=0.36):
    """Variable-name choice: about a third do not name the provider."""
    return g.choice(generic) if g.chance(p_generic) else g.choice(specific)


def camel(s):
    return "".join(p.capitalize() for p in s.split("_"))


def q(g):
    return g.choice(['"', "'"])


def env_block(g, pairs, comment=None):
    """Lines of a dotenv file; pairs is list of (k, v)."""
    out = []
    if comment:
        out.append(f"# {comment}")
    for k, v in pairs:
        out.append(f"{k}={v}")
    return out


def common_env_lines(g, app):
    pool = [
        ("RAILS_ENV", "production"), ("RACK_ENV", "production"), ("PORT", "3000"),
        ("RAILS_LOG_TO_STDOUT", "enabled"), ("RAILS_SERVE_STATIC_FILES", "true"),
        ("WEB_CONCURRENCY", str(g.rint(2, 4))), ("RAILS_MAX_THREADS", str(g.choice([5, 8, 10]))),
        ("REDIS_URL", "redis://localhost:6379/0"), ("APP_HOST", f"{app.replace('_', '-')}.com"),
        ("DEFAULT_FROM_EMAIL", f"no-reply@{app.replace('_', '')}.com"), ("TZ", "UTC"),
        ("SIDEKIQ_CONCURRENCY", str(g.choice([5, 10, 15]))), ("LOG_LEVEL", g.choice(["info", "debug", "warn"])),
    ]
    return [f"{k}={v}" for k, v in g.sample(pool, g.rint(3, 7))]


def database_yml(g, app, prod_lines, adapter="postgresql"):
    enc = "unicode" if adapter == "postgresql" else "utf8mb4"
    lines = [
        f"# {adapter.capitalize()}. Versions 9.3 and up are supported." if adapter == "postgresql"
        else "# MySQL. Versions 5.5.8 and up are supported.",
        "#",
        "default: &default",
        f"  adapter: {adapter}",
        f"  encoding: {enc}",
        '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>',
        "",
        "development:",
        "  <<: *default",
        f"  database: {app}_development",
        "",
        "test:",
        "  <<: *default",
        f"  database: {app}_test",
        "",
        "production:",
        "  <<: *default",
    ]
    return lines + prod_lines


def rb_initializer_head(g):
    return g.choice([["# frozen_string_literal: true", ""], [], ["# frozen_string_literal: true", "",
                     "# Be sure to restart your server when you modify this file.", ""]])


def elixir_config_head(g, app):
    return ["import Config", "", f"config :{app}, {camel(app)}Web.Endpoint,",
            f'  url: [host: "{app.replace("_", "-")}.com", port: 443, scheme: "https"],',
            "  http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],",
            f'  cache_static_manifest: "priv/static/cache_manifest.json"', ""]


# ================================================================ POSITIVES
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def p_rails_secrets_yml(g):
    app = g.app()
    s = g.hex(128)
    lines = [
        "# Be sure to restart your server when you modify this file.",
        "",
        "# Your secret key is used for verifying the integrity of signed cookies.",
        "# If you change this key, all old signed cookies will become invalid!",
        "",
        "# Make sure the secret is at least 30 characters and all random,",
        "# no regular words or you'll be exposed to dictionary attacks.",
        "# You can use `rails secret` to generate a secure secret key.",
        "",
        "development:",
        "  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>",
        "",
        "test:",
        "  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>",
        "",
        "# Do not keep production secrets in the unencrypted secrets file.",
        "production:",
        f"  secret_key_base: {s}",
        f"  mailer_host: {app.replace('_', '-')}.com",
    ]
    return mk("config/secrets.yml", "\n".join(lines) + "\n", s, "rails", "secret_key_base")


@pos
def p_rails_skb_ruby(g):
    app = g.app()
    s = g.hex(128)
    var = nm(g, ["secret_key_base"], ["secret_token", "key_base"])
    if g.chance(0.5):
        lines = rb_initializer_head(g) + [
            f"# Fallback used when SECRET_KEY_BASE is not set on the box",
            f"{camel(app)}::Application.config.{var if var != 'key_base' else 'secret_key_base'} = ENV.fetch(\"SECRET_KEY_BASE\") {{",
            f"  \"{s}\"",
            "}",
            "",
        ]
        return mk("config/initializers/secret_token.rb", "\n".join(lines), s, "rails", "secret_key_base")
    lines = [f"require_relative \"boot\"", "", "require \"rails/all\"", "",
             "Bundler.require(*Rails.groups)", "", f"module {camel(app)}",
             "  class Application < Rails::Application", "    config.load_defaults 7.1",
             "    config.time_zone = \"UTC\"", "    config.active_job.queue_adapter = :sidekiq",
             f"    config.secret_key_base = \"{s}\"", "", "    config.generators do |g|",
             "      g.test_framework :rspec", "    end", "  end", "end", ""]
    return mk("config/application.rb", "\n".join(lines), s, "rails", "secret_key_base")


@pos
def p_rails_skb_env(g):
    app = g.app()
    s = g.hex(128)
    var = nm(g, ["SECRET_KEY_BASE"], ["APP_SECRET", "RAILS_SECRET", "COOKIE_SECRET"])
    lines = common_env_lines(g, app)
    lines.insert(g.rint(0, len(lines)), f"{var}={s}")
    lines.append(f"DATABASE_URL=postgres://localhost/{app}_production")
    path = g.choice([".env", ".env.production", ".env.staging"])
    return mk(path, "\n".join(lines) + "\n", s, "rails", "secret_key_base")


@pos
def p_rails_master_key(g):
    k = g.hex(32)
    return mk("config/master.key", k, k, "rails", "master_key")


@pos
def p_rails_env_key(g):
    k = g.hex(32)
    env = g.choice(["production", "staging", "production", "development"])
    return mk(f"config/credentials/{env}.key", k + ("\n" if g.chance(0.3) else ""), k, "rails", "credentials_key")


@pos
def p_rails_master_key_kamal(g):
    app = g.app()
    k = g.hex(32)
    var = nm(g, ["RAILS_MASTER_KEY"], ["MASTER_KEY", "CREDENTIALS_KEY"], 0.3)
    lines = [
        "# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.",
        "# All secrets should be pulled from either password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE!",
        "",
        "# Grab the registry password from ENV",
        "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD",
        "",
        "# Improve security by using a password manager. Never check config/master.key into git!",
        f"{var}={k}",
        "",
        f"POSTGRES_PASSWORD=$(op read op://{app}/postgres/password)",
    ]
    return mk(".kamal/secrets", "\n".join(lines) + "\n", k, "rails", "master_key")


@pos
def p_kamal_registry(g):
    app = g.app()
    tok = "dckr_pat_" + g.b64url(27)
    var = nm(g, ["KAMAL_REGISTRY_PASSWORD"], ["REGISTRY_TOKEN", "DOCKER_PASSWORD"], 0.3)
    lines = [
        "# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.",
        "",
        f"{var}={tok}",
        "RAILS_MASTER_KEY=$(cat config/master.key)",
        f"DATABASE_URL=$(op read op://{app}/database/url)",
    ]
    return mk(".kamal/secrets", "\n".join(lines) + "\n", tok, "docker", "hub_pat")


@pos
def p_devise_secret(g):
    app = g.app()
    s = g.hex(128)
    which = g.choice(["secret_key", "pepper"])
    lines = rb_initializer_head(g) + [
        "# Use this hook to configure devise mailer, warden hooks and so forth.",
        "Devise.setup do |config|",
        "  # The secret key used by Devise. Devise uses this key to generate",
        "  # random tokens. Changing this key will render invalid all existing",
        "  # confirmation, reset password and unlock tokens in the database.",
        f"  config.{which} = '{s}'" if which == "secret_key" else "  # config.secret_key = Rails.application.secret_key_base",
        "",
        f"  config.mailer_sender = 'support@{app.replace('_', '')}.com'",
        "  require 'devise/orm/active_record'",
        "  config.case_insensitive_keys = [:email]",
        "  config.strip_whitespace_keys = [:email]",
        "  config.skip_session_storage = [:http_auth]",
        "  config.stretches = Rails.env.test? ? 1 : 12",
    ]
    if which == "pepper":
        lines += ["", "  # Set up a pepper to generate the hashed password.", f"  config.pepper = \"{s}\""]
    lines += ["  config.reconfirmable = true", "  config.expire_all_remember_me_on_sign_out = true",
              "  config.password_length = 8..128", "  config.reset_password_within = 6.hours",
              "  config.sign_out_via = :delete", "end", ""]
    return mk("config/initializers/devise.rb", "\n".join(lines), s, "devise", which)


@pos
def p_database_yml_password(g):
    app = g.app()
    adapter = g.choice(["postgresql", "postgresql", "mysql2"])
    pw = human_or_random_pw(g)
    qq = q(g)
    prod = [f"  database: {app}_production", f"  username: {app}",
            f"  password: {qq}{pw}{qq}" if g.chance(0.6) else f"  password: {pw}",
            f"  host: {g.host()}", f"  port: {5432 if adapter == 'postgresql' else 3306}"]
    lines = database_yml(g, app, prod, adapter)
    return mk("config/database.yml", "\n".join(lines) + "\n", pw, "postgres" if adapter == "postgresql" else "mysql",
              "database_password")


@pos
def p_database_yml_url(g):
    app = g.app()
    pw = g.b62(g.rint(24, 32)) if g.chance(0.7) else g.human_password().replace("@", "_").replace("#", "_").replace("$", "_")
    url = f"postgres://{app}:{pw}@{g.host()}:5432/{app}_production"
    prod = ["  url: " + url]
    lines = database_yml(g, app, prod)
    if g.chance(0.5):
        lines += ["", "production_replica:", "  <<: *default", '  url: <%= ENV["REPLICA_DATABASE_URL"] %>', "  replica: true"]
    return mk("config/database.yml", "\n".join(lines) + "\n", pw, "postgres", "database_url_password")


@pos
def p_storage_s3(g):
    app = g.app()
    kid, sec = aws_key_id(g), aws_secret(g)
    region = g.choice(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])
    lines = [
        "test:", "  service: Disk", '  root: <%= Rails.root.join("tmp/storage") %>', "",
        "local:", "  service: Disk", '  root: <%= Rails.root.join("storage") %>', "",
        "amazon:", "  service: S3",
        f"  access_key_id: {kid}",
        f"  secret_access_key: {sec}",
        f"  region: {region}",
        f"  bucket: {app.replace('_', '-')}-{g.choice(['uploads', 'production', 'assets'])}",
        "",
        "# mirror:", "#   service: Mirror", "#   primary: local", "#   mirrors: [ amazon ]",
    ]
    return mk("config/storage.yml", "\n".join(lines) + "\n", sec, "aws", "secret_access_key")


@pos
def p_storage_gcs(g):
    app = g.app()
    pk = rsa_pkcs8_pem_oneline(g)
    proj = f"{app.replace('_', '-')}-{g.digits(6)}"
    lines = [
        "test:", "  service: Disk", '  root: <%= Rails.root.join("tmp/storage") %>', "",
        "google:", "  service: GCS", f"  project: {proj}",
        "  credentials:",
        "    type: service_account",
        f"    project_id: {proj}",
        f"    private_key_id: {g.hex(40)}",
        f"    private_key: \"{pk}\"",
        f"    client_email: storage-writer@{proj}.iam.gserviceaccount.com",
        f"    client_id: \"{g.digits(21)}\"",
        "    auth_uri: https://accounts.google.com/o/oauth2/auth",
        "    token_uri: https://oauth2.googleapis.com/token",
        f"  bucket: {app.replace('_', '-')}-active-storage",
    ]
    return mk("config/storage.yml", "\n".join(lines) + "\n", pk, "gcp", "service_account_private_key")


@pos
def p_storage_azure(g):
    app = g.app()
    key = g.b64bytes(64)
    lines = [
        "local:", "  service: Disk", '  root: <%= Rails.root.join("storage") %>', "",
        "microsoft:", "  service: AzureStorage",
        f"  storage_account_name: {app.replace('_', '')}{g.alnum_low(4)}",
        f"  storage_access_key: {key}",
        f"  container: {g.choice(['uploads', 'attachments', 'media'])}",
    ]
    return mk("config/storage.yml", "\n".join(lines) + "\n", key, "azure", "storage_access_key")


@pos
def p_smtp_settings(g):
    app = g.app()
    variant = g.choice(["human", "sendgrid", "ses", "mailgun", "gmail"])
    if variant == "sendgrid":
        pw, user, addr, prov, kind = sendgrid_key(g), "apikey", "smtp.sendgrid.net", "sendgrid", "api_key"
    elif variant == "ses":
        pw, user, addr, prov, kind = "B" + g.s(UP + LOW + DIG + "+/", 43), "AKIA" + g.s(B32, 16), \
            f"email-smtp.{g.choice(['us-east-1', 'eu-west-1'])}.amazonaws.com", "aws", "ses_smtp_password"
    elif variant == "mailgun":
        pw, user, addr, prov, kind = g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8), f"postmaster@mg.{app.replace('_', '')}.com", \
            "smtp.mailgun.org", "mailgun", "smtp_password"
    elif variant == "gmail":
        pw = " ".join(g.s(LOW, 4) for _ in range(4)) if g.chance(0.4) else g.s(LOW, 16)
        user, addr, prov, kind = f"ops@{app.replace('_', '')}.com", "smtp.gmail.com", "google", "app_password"
    else:
        pw, user, addr, prov, kind = g.human_password(), f"mailer@{app.replace('_', '')}.com", \
            f"mail.{app.replace('_', '')}.com", "smtp", "smtp_password"
    lines = [
        'require "active_support/core_ext/integer/time"', "",
        "Rails.application.configure do",
        "  config.enable_reloading = false",
        "  config.eager_load = true",
        "  config.consider_all_requests_local = false",
        "  config.action_controller.perform_caching = true",
        "  config.force_ssl = true",
        '  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")',
        f'  config.action_mailer.default_url_options = {{ host: "{app.replace("_", "-")}.com" }}',
        "  config.action_mailer.delivery_method = :smtp",
        "  config.action_mailer.smtp_settings = {",
        f'    address: "{addr}",',
        "    port: 587,",
        f'    user_name: "{user}",',
        f'    password: "{pw}",',
        "    authentication: :plain,",
        "    enable_starttls_auto: true",
        "  }",
        "  config.i18n.fallbacks = true",
        "  config.active_support.report_deprecations = false",
        "  config.active_record.dump_schema_after_migration = false",
        "end",
    ]
    return mk("config/environments/production.rb", "\n".join(lines) + "\n", pw, prov, kind)


def gemfile_head(g):
    return ['source "https://rubygems.org"', 'git_source(:github) { |repo| "https://github.com/#{repo}.git" }', "",
            f'ruby "{g.choice(["3.2.2", "3.3.0", "3.3.4", "3.1.4"])}"', "",
            f'gem "rails", "~> {g.choice(["7.1.3", "7.0.8", "7.2.1", "8.0.0"])}"',
            'gem "pg", "~> 1.5"', 'gem "puma", ">= 5.0"', 'gem "bootsnap", require: false',
            'gem "sidekiq", "~> 7.2"', 'gem "redis", ">= 4.0.1"']


def gemfile_tail(g):
    return ["", "group :development, :test do", '  gem "debug", platforms: %i[ mri windows ]',
            '  gem "rspec-rails", "~> 6.1"', '  gem "factory_bot_rails"', "end", "",
            "group :development do", '  gem "web-console"', "end", ""]


@pos
def p_gemfile_contribsys(g):
    cred = f"{g.hex(8)}:{g.hex(8)}"
    lines = gemfile_head(g)
    if g.chance(0.5):
        lines += ["", f'source "https://{cred}@gems.contribsys.com/" do', '  gem "sidekiq-pro"',
                  '  gem "sidekiq-ent"' if g.chance(0.5) else '  # gem "sidekiq-ent"', "end"]
    else:
        lines += ["", f'gem "sidekiq-pro", source: "https://{cred}@gems.contribsys.com/"']
    lines += gemfile_tail(g)
    return mk("Gemfile", "\n".join(lines), cred, "sidekiq", "contribsys_license")


@pos
def p_bundle_config_contribsys(g):
    cred = f"{g.hex(8)}:{g.hex(8)}"
    v = g.rint(0, 2)
    if v == 0:
        lines = ["---", 'BUNDLE_PATH: "vendor/bundle"', 'BUNDLE_WITHOUT: "development:test"',
                 f'BUNDLE_GEMS__CONTRIBSYS__COM: "{cred}"', 'BUNDLE_JOBS: "4"', 'BUNDLE_DEPLOYMENT: "true"']
        return mk(".bundle/config", "\n".join(lines) + "\n", cred, "sidekiq", "contribsys_license")
    if v == 1:
        lines = [f"FROM ruby:{g.choice(['3.3.0', '3.2.2'])}-slim AS build", "",
                 "WORKDIR /rails", "ENV RAILS_ENV=production \\", '    BUNDLE_DEPLOYMENT="1" \\',
                 '    BUNDLE_PATH="/usr/local/bundle" \\', '    BUNDLE_WITHOUT="development"', "",
                 "RUN apt-get update -qq && apt-get install --no-install-recommends -y build-essential libpq-dev",
                 "", "COPY Gemfile Gemfile.lock ./",
                 f"ENV BUNDLE_GEMS__CONTRIBSYS__COM={cred}",
                 "RUN bundle install && rm -rf ~/.bundle/ \"${BUNDLE_PATH}\"/ruby/*/cache", "",
                 "COPY . .", "RUN bundle exec bootsnap precompile app/ lib/",
                 "RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile", "",
                 'CMD ["./bin/rails", "server"]']
        return mk("Dockerfile", "\n".join(lines) + "\n", cred, "sidekiq", "contribsys_license")
    app = g.app()
    var = nm(g, ["BUNDLE_GEMS__CONTRIBSYS__COM"], ["SIDEKIQ_CREDS", "GEM_SOURCE_AUTH"], 0.3)
    lines = common_env_lines(g, app) + [f"{var}={cred}"]
    return mk(".env", "\n".join(lines) + "\n", cred, "sidekiq", "contribsys_license")


@pos
def p_gemfile_github_token(g):
    pref = g.choice(["ghp_", "ghp_", "ghs_", "gho_"])
    tok = gh_token(g, pref)
    org = g.choice(["acme-labs", "ledgerly", "northwind-eng", "kitehouse", "plover-hq"])
    gem = g.choice(["internal_auth", "billing_core", "design_system", "shared_models", "audit_trail"])
    user = "x-access-token:" if pref == "ghs_" else (g.choice(["", "oauth2:"]))
    lines = gemfile_head(g) + [
        "", "# private gems",
        f'gem "{gem}", git: "https://{user}{tok}@github.com/{org}/{gem}.git", branch: "main"',
    ] + gemfile_tail(g)
    return mk("Gemfile", "\n".join(lines), tok, "github", pref.rstrip("_") + "_token")


@pos
def p_stripe_initializer(g):
    app = g.app()
    kind = g.choice(["secret_key", "secret_key", "restricted_key", "webhook_secret"])
    if kind == "secret_key":
        s = stripe_secret(g, "sk_live_")
    elif kind == "restricted_key":
        s = stripe_secret(g, "rk_live_")
    else:
        s = "whsec_" + g.b62(32)
    var = nm(g, ["STRIPE_SECRET_KEY", "STRIPE_KEY"], ["api_key", "key", "PAYMENTS_KEY"])
    pk = "pk_live_" + g.b62(24)
    if kind == "webhook_secret":
        lines = rb_initializer_head(g) + [
            'Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")',
            f'Stripe.api_version = "{g.choice(["2023-10-16", "2024-04-10", "2022-11-15"])}"', "",
            "Rails.configuration.stripe = {",
            f'  publishable_key: "{pk}",',
            f'  signing_secret: "{s}"',
            "}", "",
            "StripeEvent.signing_secret = Rails.configuration.stripe[:signing_secret]",
            "StripeEvent.configure do |events|",
            "  events.subscribe 'invoice.paid', Billing::InvoicePaid.new",
            "  events.subscribe 'customer.subscription.deleted', Billing::SubscriptionCanceled.new",
            "end",
        ]
    elif var.isupper():
        lines = rb_initializer_head(g) + [
            f'{var} = "{s}"', "",
            "Rails.configuration.stripe = {",
            '  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],',
            f"  secret_key: {var}",
            "}", "",
            "Stripe.api_key = Rails.configuration.stripe[:secret_key]",
            "Stripe.max_network_retries = 2",
        ]
    else:
        lines = rb_initializer_head(g) + [
            "Rails.configuration.stripe = {",
            '  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],',
            f'  {var}: "{s}"',
            "}", "",
            f"Stripe.api_key = Rails.configuration.stripe[:{var}]",
            "Stripe.open_timeout = 10",
        ]
    return mk("config/initializers/stripe.rb", "\n".join(lines) + "\n", s, "stripe", kind)


@pos
def p_braintree(g):
    merchant = g.alnum_low(16)
    public = g.alnum_low(16)
    if g.chance(0.6):
        s = g.hex(32)
        lines = rb_initializer_head(g) + [
            "Braintree::Configuration.environment = :production",
            f"Braintree::Configuration.merchant_id = \"{merchant}\"",
            f"Braintree::Configuration.public_key = \"{public}\"",
            f"Braintree::Configuration.private_key = \"{s}\"",
            "Braintree::Configuration.logger = Rails.logger", "",
            "BRAINTREE_GATEWAY = Braintree::Gateway.new(Braintree::Configuration.instantiate)",
        ]
        return mk("config/initializers/braintree.rb", "\n".join(lines) + "\n", s, "braintree", "private_key")
    s = f"access_token$production${merchant}${g.hex(32)}"
    var = nm(g, ["BRAINTREE_ACCESS_TOKEN"], ["GATEWAY_TOKEN", "token"])
    lines = rb_initializer_head(g) + [
        "# PayPal via Braintree (Express Checkout)",
        f"{var.upper()} = '{s}'.freeze", "",
        f"BRAINTREE_GATEWAY = Braintree::Gateway.new(access_token: {var.upper()})",
        "Braintree::Configuration.logger = Logger.new(\"log/braintree.log\")",
    ]
    return mk("config/initializers/braintree.rb", "\n".join(lines) + "\n", s, "braintree", "access_token")


@pos
def p_paypal(g):
    app = g.app()
    cid = "A" + g.b64url(79)
    sec = "E" + g.b64url(79)
    lines = rb_initializer_head(g) + [
        "PayPal::SDK.configure(",
        "  mode: Rails.env.production? ? \"live\" : \"sandbox\",",
        f"  client_id: \"{cid}\",",
        f"  client_secret: \"{sec}\",",
        "  ssl_options: {}",
        ")",
        "PayPal::SDK.logger = Rails.logger",
        "PayPal::SDK.logger.level = Logger::INFO",
    ]
    return mk("config/initializers/paypal.rb", "\n".join(lines) + "\n", sec, "paypal", "client_secret")


@pos
def p_omniauth(g):
    app = g.app()
    prov = g.choice(["github", "google", "facebook", "twitter"])
    if prov == "github":
        cid, sec = g.choice(["Iv1." + g.hex(16), "Ov23li" + g.b62(14), g.hex(20)]), g.hex(40)
        strat = ":github"
    elif prov == "google":
        cid = f"{g.digits(12)}-{g.alnum_low(32)}.apps.googleusercontent.com"
        sec = "GOCSPX-" + g.b64url(28)
        strat = ":google_oauth2"
    elif prov == "facebook":
        cid, sec, strat = g.digits(16), g.hex(32), ":facebook"
    else:
        cid, sec, strat = g.b62(25), g.b62(50), ":twitter"
    if g.chance(0.5):
        lines = rb_initializer_head(g) + [
            "Rails.application.config.middleware.use OmniAuth::Builder do",
            f'  provider {strat}, "{cid}", "{sec}",',
            f'           scope: "{g.choice(["email,profile", "user:email", "email", "read:user"])}"',
            "end", "", "OmniAuth.config.allowed_request_methods = %i[post]",
            "OmniAuth.config.logger = Rails.logger",
        ]
        path = "config/initializers/omniauth.rb"
    else:
        lines = ["Devise.setup do |config|", "  config.mailer_sender = 'please-change-me-at-config-initializers-devise@example.com'",
                 "  require 'devise/orm/active_record'", "", "  # ==> OmniAuth",
                 f"  config.omniauth {strat},", f"                  '{cid}',", f"                  '{sec}',",
                 "                  scope: 'email'", "", "  config.sign_out_via = :delete", "end"]
        path = "config/initializers/devise.rb"
    provname = {"google": "google", "github": "github", "facebook": "facebook", "twitter": "twitter"}[prov]
    return mk(path, "\n".join(lines) + "\n", sec, provname, "oauth_client_secret")


@pos
def p_twilio(g):
    sid = "AC" + g.hex(32)
    if g.chance(0.6):
        tok = g.hex(32)
        var = nm(g, ["auth_token"], ["token", "secret"], 0.3)
        head = rb_initializer_head(g)
        if var == "auth_token":
            lines = head + ["Twilio.configure do |config|", f"  config.account_sid = \"{sid}\"",
                            f"  config.auth_token = \"{tok}\"", "end"]
        else:
            lines = head + [f'twilio_{var} = ENV.fetch("TWILIO_AUTH_TOKEN", "{tok}")', "",
                            "Twilio.configure do |config|", f"  config.account_sid = \"{sid}\"",
                            f"  config.auth_token = twilio_{var}", "end"]
        lines += ["", f"TWILIO_FROM = \"+1{g.digits(10)}\"", "TWILIO_CLIENT = Twilio::REST::Client.new"]
        return mk("config/initializers/twilio.rb", "\n".join(lines) + "\n", tok, "twilio", "auth_token")
    key_sid = "SK" + g.hex(32)
    sec = g.b62(32)
    lines = rb_initializer_head(g) + [
        "# API key (preferred over the account auth token)",
        f"TWILIO_ACCOUNT_SID = \"{sid}\"",
        f"TWILIO_API_KEY = \"{key_sid}\"",
        f"TWILIO_API_SECRET = \"{sec}\"", "",
        "def twilio_client",
        "  @twilio_client ||= Twilio::REST::Client.new(TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_ACCOUNT_SID)",
        "end",
    ]
    return mk("config/initializers/twilio.rb", "\n".join(lines) + "\n", sec, "twilio", "api_key_secret")


@pos
def p_pusher(g):
    app_id, key, sec = g.digits(7), g.hex(20), g.hex(20)
    cluster = g.choice(["eu", "us2", "mt1", "ap1"])
    var = nm(g, ["secret"], ["secret"], 0.0)
    if g.chance(0.5):
        lines = rb_initializer_head(g) + ["require 'pusher'", "",
                 f"Pusher.app_id = '{app_id}'", f"Pusher.key = '{key}'", f"Pusher.secret = '{sec}'",
                 f"Pusher.cluster = '{cluster}'", "Pusher.logger = Rails.logger", "Pusher.encrypted = true"]
        return mk("config/initializers/pusher.rb", "\n".join(lines) + "\n", sec, "pusher", "app_secret")
    lines = ["default: &default", f"  app_id: \"{app_id}\"", f"  key: {key}", f"  cluster: {cluster}", "",
             "development:", "  <<: *default", "", "production:", "  <<: *default", f"  app_secret: {sec}"]
    return mk("config/pusher.yml", "\n".join(lines) + "\n", sec, "pusher", "app_secret")


@pos
def p_sentry_rb(g):
    legacy = g.chance(0.35)
    dsn = sentry_dsn(g, legacy)
    lines = rb_initializer_head(g) + [
        "Sentry.init do |config|",
        f"  config.dsn = '{dsn}'",
        "  config.breadcrumbs_logger = [:active_support_logger, :http_logger]",
        f"  config.traces_sample_rate = {g.choice(['0.1', '0.2', '1.0', '0.05'])}",
        "  config.enabled_environments = %w[production staging]",
        "  config.send_default_pii = false",
        "  config.release = ENV['GIT_SHA']",
        "end",
    ]
    return mk("config/initializers/sentry.rb", "\n".join(lines) + "\n", dsn, "sentry", "dsn_legacy_secret" if legacy else "dsn")


@pos
def p_sentry_authtoken(g):
    tok = "sntryu_" + g.hex(64)
    org = g.choice(["acme", "ledgerly", "kitehouse", "northwind"])
    if g.chance(0.5):
        lines = ["[defaults]", "url = https://sentry.io/", f"org = {org}", f"project = {g.app().replace('_', '-')}",
                 "", "[auth]", f"token = {tok}"]
        return mk(".sentryclirc", "\n".join(lines) + "\n", tok, "sentry", "auth_token")
    app = g.app()
    lines = [f'set :application, "{app}"', f'set :repo_url, "git@github.com:{org}/{app}.git"',
             'set :deploy_to, "/var/www/#{fetch(:application)}"', "",
             "namespace :sentry do", "  desc \"Notify Sentry of a release\"", "  task :release do",
             "    on roles(:app) do", "      within release_path do",
             f"        with sentry_auth_token: \"{tok}\", sentry_org: \"{org}\" do",
             "          execute :'sentry-cli', :releases, :new, fetch(:current_revision)",
             "        end", "      end", "    end", "  end", "end", "",
             "after \"deploy:published\", \"sentry:release\""]
    return mk("config/deploy.rb", "\n".join(lines) + "\n", tok, "sentry", "auth_token")


@pos
def p_honeybadger(g):
    key = "hbp_" + g.b62(30)
    app = g.app()
    if g.chance(0.6):
        lines = ["---", f"api_key: '{key}'", "env: \"<%= Rails.env %>\"", "", "development:", "  report_data: false",
                 "", "test:", "  report_data: false", "", "exceptions:",
                 "  ignore:", "    - ActionController::RoutingError", "    - ActiveRecord::RecordNotFound",
                 "insights:", "  enabled: true"]
        return mk("config/honeybadger.yml", "\n".join(lines) + "\n", key, "honeybadger", "api_key")
    lines = ["import Config", "", "config :honeybadger,", f"  api_key: \"{key}\",",
             "  environment_name: config_env(),", "  exclude_envs: [:dev, :test],",
             "  use_logger: true,", "  insights_enabled: true"]
    return mk("config/prod.exs", "\n".join(lines) + "\n", key, "honeybadger", "api_key")


@pos
def p_rollbar(g):
    tok = g.hex(32)
    var = nm(g, ["access_token"], ["access_token"], 0.0)
    lines = rb_initializer_head(g) + [
        "Rollbar.configure do |config|",
        "  # Without configuration, Rollbar is enabled in all environments.",
        f"  config.access_token = '{tok}'",
        "",
        "  if Rails.env.test? || Rails.env.development?",
        "    config.enabled = false",
        "  end",
        "  config.person_method = 'current_user'",
        "  config.exception_level_filters.merge!('ActionController::RoutingError' => 'ignore')",
        "  config.environment = ENV['ROLLBAR_ENV'].presence || Rails.env",
        "  config.use_sidekiq 'queue' => 'default'",
        "end",
    ]
    return mk("config/initializers/rollbar.rb", "\n".join(lines) + "\n", tok, "rollbar", "server_access_token")


@pos
def p_bugsnag(g):
    k = g.hex(32)
    lines = rb_initializer_head(g) + [
        "Bugsnag.configure do |config|",
        f'  config.api_key = "{k}"',
        '  config.notify_release_stages = ["production", "staging"]',
        "  config.app_version = ENV.fetch(\"HEROKU_RELEASE_VERSION\", nil)",
        "  config.auto_capture_sessions = true",
        "end",
    ]
    return mk("config/initializers/bugsnag.rb", "\n".join(lines) + "\n", k, "bugsnag", "api_key")


@pos
def p_newrelic(g):
    app = g.app()
    k = g.hex(40) if g.chance(0.5) else g.hex(36) + "NRAL"
    lines = [
        "#", "# This file configures the New Relic Agent.  New Relic monitors Ruby, Java,",
        "# .NET, PHP, Python, Node, and Go applications with deep visibility and low",
        "# overhead.  For more information, visit www.newrelic.com.", "#",
        "common: &default_settings",
        "  # Required license key associated with your New Relic account.",
        f"  license_key: '{k}'" if g.chance(0.6) else f"  license_key: {k}",
        "",
        "  # Your application name. Renaming here affects where data displays in New",
        "  # Relic.  For more details, see https://docs.newrelic.com/docs/apm/new-relic-apm/maintenance/renaming-applications",
        f"  app_name: {camel(app)}",
        "  distributed_tracing:", "    enabled: true",
        "  log_level: info",
        "  application_logging:", "    enabled: true", "    forwarding:", "      enabled: true",
        "", "development:", "  <<: *default_settings", f"  app_name: {camel(app)} (Development)", "",
        "test:", "  <<: *default_settings", "  monitor_mode: false", "",
        "production:", "  <<: *default_settings",
    ]
    return mk("config/newrelic.yml", "\n".join(lines) + "\n", k, "newrelic", "license_key")


@pos
def p_newrelic_userkey(g):
    k = "NRAK-" + g.s(UP + DIG, 27)
    app = g.app()
    var = nm(g, ["NEW_RELIC_API_KEY", "NEW_RELIC_USER_KEY"], ["MONITORING_KEY", "API_KEY"])
    lines = ["require \"bundler/setup\"", "require_relative \"config/application\"", "",
             "Rails.application.load_tasks", "", "namespace :newrelic do",
             "  desc \"Record a deployment marker\"", "  task :deployment do",
             f"    key = ENV.fetch(\"{var}\", \"{k}\")",
             f"    app_id = ENV.fetch(\"NEW_RELIC_APP_ID\", \"{g.digits(9)}\")",
             "    sh %(curl -s -X POST https://api.newrelic.com/v2/applications/#{app_id}/deployments.json " \
             "-H \"Api-Key:#{key}\" -H 'Content-Type: application/json' -d '{\"deployment\":{\"revision\":\"#{`git rev-parse HEAD`.strip}\"}}')",
             "  end", "end"]
    return mk("Rakefile", "\n".join(lines) + "\n", k, "newrelic", "user_api_key")


@pos
def p_skylight(g):
    tok = g.b64url(48)
    lines = ["---", "# The authentication token for the application.", f"authentication: {tok}",
             "", "env: production", "deploy:", "  git_sha: <%= ENV['GIT_SHA'] %>",
             "ignored_endpoints:", "  - HealthController#show", "  - Rails::HealthController#show"]
    return mk("config/skylight.yml", "\n".join(lines) + "\n", tok, "skylight", "authentication_token")


@pos
def p_cable_redis(g):
    app = g.app()
    pw = g.b62(g.rint(24, 40))
    host = g.choice(["redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com", "10.0.4.17", "redis.internal",
                     "master.cache-prod.abc1de.euw1.cache.amazonaws.com"])
    url = f"redis{g.choice(['', 's'])}://{g.choice(['', 'default'])}:{pw}@{host}:6379/1"
    lines = ["development:", "  adapter: redis", "  url: redis://localhost:6379/1", "",
             "test:", "  adapter: test", "", "production:", "  adapter: redis", f"  url: {url}",
             f"  channel_prefix: {app}_production"]
    return mk("config/cable.yml", "\n".join(lines) + "\n", pw, "redis", "password")


@pos
def p_sidekiq_redis(g):
    pw = g.b62(g.rint(24, 36)) if g.chance(0.7) else g.human_password().replace("@", "!").replace("#", "!")
    host = g.choice(["10.0.2.44", "redis.prod.internal", "sidekiq-redis.abc1de.ng.0001.use1.cache.amazonaws.com"])
    lines = rb_initializer_head(g) + [
        f'redis_config = {{ url: "redis://:{pw}@{host}:6379/2", network_timeout: 5 }}', "",
        "Sidekiq.configure_server do |config|", "  config.redis = redis_config",
        "  config.logger.level = Logger::INFO", "end", "", "Sidekiq.configure_client do |config|",
        "  config.redis = redis_config", "end", "", "Sidekiq.strict_args!"]
    return mk("config/initializers/sidekiq.rb", "\n".join(lines) + "\n", pw, "redis", "password")


@pos
def p_capistrano_password(g):
    app = g.app()
    pw = g.human_password()
    ip = f"{g.rint(11, 203)}.{g.rint(1, 254)}.{g.rint(1, 254)}.{g.rint(2, 254)}"
    if g.chance(0.5):
        lines = [f'server "{ip}", user: "deploy", roles: %w{{app db web}}, primary: true', "",
                 "set :ssh_options, {", "  forward_agent: false,", "  auth_methods: %w(password),",
                 f'  password: "{pw}",', "  user: \"deploy\"", "}", "", 'set :branch, "main"',
                 'set :rails_env, "production"']
    else:
        lines = [f"role :app, %w{{deploy@{ip}}}", f"role :web, %w{{deploy@{ip}}}", f"role :db,  %w{{deploy@{ip}}}", "",
                 f"server \"{ip}\",", "  user: \"deploy\",", "  roles: %w{web app db},",
                 "  ssh_options: {", "    user: \"deploy\",", "    auth_methods: %w(publickey password),",
                 f"    password: '{pw}'", "  }"]
    stage = g.choice(["production", "staging"])
    return mk(f"config/deploy/{stage}.rb", "\n".join(lines) + "\n", pw, "capistrano", "ssh_password")


@pos
def p_capistrano_repo_token(g):
    app = g.app()
    tok = gh_token(g, "ghp_")
    org = g.choice(["acme-labs", "ledgerly", "northwind-eng"])
    lines = ['# config valid for current version and patch releases of Capistrano', 'lock "~> 3.18.0"', "",
             f'set :application, "{app}"', f'set :repo_url, "https://{tok}@github.com/{org}/{app}.git"', "",
             'set :deploy_to, "/home/deploy/#{fetch(:application)}"',
             'append :linked_files, "config/master.key"',
             'append :linked_dirs, "log", "tmp/pids", "tmp/cache", "tmp/sockets", "public/system", "storage"',
             "set :keep_releases, 5", 'set :rbenv_ruby, File.read(".ruby-version").strip',
             "set :puma_init_active_record, true"]
    return mk("config/deploy.rb", "\n".join(lines) + "\n", tok, "github", "ghp_token")


@pos
def p_gem_credentials(g):
    k = "rubygems_" + g.hex(48)
    lines = ["---", f":rubygems_api_key: {k}"]
    return mk(".gem/credentials", "\n".join(lines) + "\n", k, "rubygems", "api_key")


@pos
def p_rubygems_rakefile(g):
    k = "rubygems_" + g.hex(48)
    gem = g.choice(["ledger_kit", "tidy_jobs", "fernbrook-client", "quill_api"])
    var = nm(g, ["GEM_HOST_API_KEY"], ["PUSH_TOKEN", "RELEASE_KEY"], 0.3)
    lines = ['require "bundler/gem_tasks"', 'require "rspec/core/rake_task"', "",
             "RSpec::Core::RakeTask.new(:spec)", "", "task default: :spec", "",
             f'desc "Build and push {gem} to rubygems.org"', "task :publish do",
             f'  ENV["GEM_HOST_API_KEY"] ||= "{k}"' if var == "GEM_HOST_API_KEY" else f'  {var.lower()} = "{k}"',
             f'  sh "gem build {gem}.gemspec"',
             f'  sh "gem push {gem}-#{{{camel(gem.replace("-", "_"))}::VERSION}}.gem"' if var == "GEM_HOST_API_KEY"
             else f'  sh "GEM_HOST_API_KEY=#{{{var.lower()}}} gem push {gem}-#{{{camel(gem.replace("-", "_"))}::VERSION}}.gem"',
             "end"]
    return mk("Rakefile", "\n".join(lines) + "\n", k, "rubygems", "api_key")


@pos
def p_heroku(g):
    app = g.app()
    k = g.uuid() if g.chance(0.5) else "HRKU-AA" + g.b64url(58)
    var = nm(g, ["HEROKU_API_KEY"], ["DEPLOY_TOKEN", "PLATFORM_KEY"], 0.3)
    lines = ["#!/usr/bin/env bash", "# Runs as the release phase: see Procfile", "set -euo pipefail", "",
             f'export {var}="{k}"', f'APP="{app.replace("_", "-")}-prod"', "",
             'bundle exec rails db:migrate', 'if [ "${SEED_ON_RELEASE:-0}" = "1" ]; then',
             '  bundle exec rails db:seed', "fi", "",
             f'curl -sf -X PATCH "https://api.heroku.com/apps/$APP/formation/worker" \\',
             '  -H "Accept: application/vnd.heroku+json; version=3" \\',
             f'  -H "Authorization: Bearer ${var}" \\',
             "  -H \"Content-Type: application/json\" -d '{\"quantity\": 2}'"]
    return mk(g.choice(["bin/release", "bin/release-tasks.sh"]), "\n".join(lines) + "\n", k, "heroku", "api_key")


@pos
def p_seeds(g):
    app = g.app()
    pw = g.human_password()
    email = f"{g.choice(['admin', 'ops', 'root', 'owner'])}@{app.replace('_', '')}.com"
    lines = ["# This file should ensure the existence of records required to run the application in every environment",
             "# (production, development, test). The code here should be idempotent so that it can be executed at any point.",
             "", "%w[Admin Editor Viewer].each { |name| Role.find_or_create_by!(name: name) }", "",
             f'admin = User.find_or_initialize_by(email: "{email}")',
             f'admin.password = "{pw}"', "admin.password_confirmation = admin.password",
             "admin.confirmed_at ||= Time.current", "admin.roles << Role.find_by!(name: \"Admin\") unless admin.persisted?",
             "admin.save!", "", 'puts "Seeded #{User.count} users"']
    return mk("db/seeds.rb", "\n".join(lines) + "\n", pw, "app", "seed_admin_password")


def openai_key(g):
    return "sk-proj-" + g.b64url(74) + "T3BlbkFJ" + g.b64url(74)


def anthropic_key(g):
    return "sk-ant-api03-" + g.b64url(93) + "AA"


@pos
def p_spec_helper(g):
    kind = g.choice(["openai", "anthropic", "stripe"])
    if kind == "openai":
        k, prov, env = openai_key(g), "openai", "OPENAI_API_KEY"
    elif kind == "anthropic":
        k, prov, env = anthropic_key(g), "anthropic", "ANTHROPIC_API_KEY"
    else:
        k, prov, env = stripe_secret(g, "sk_live_"), "stripe", "STRIPE_SECRET_KEY"
    var = nm(g, [env], ["LLM_KEY", "API_KEY", "RECORDING_KEY"])
    path = g.choice(["spec/spec_helper.rb", "spec/rails_helper.rb"])
    lines = ['require "webmock/rspec"', 'require "vcr"', "",
             "# Real key only needed when re-recording cassettes (VCR_RECORD=1)",
             f'ENV["{var}"] ||= "{k}"', "",
             "VCR.configure do |c|", '  c.cassette_library_dir = "spec/cassettes"', "  c.hook_into :webmock",
             f'  c.filter_sensitive_data("<{env}>") {{ ENV["{var}"] }}',
             '  c.default_cassette_options = { record: ENV["VCR_RECORD"] ? :all : :none }', "end", "",
             "RSpec.configure do |config|", "  config.expect_with :rspec do |expectations|",
             "    expectations.include_chain_clauses_in_custom_matcher_descriptions = true", "  end",
             "  config.shared_context_metadata_behavior = :apply_to_host_groups",
             "  config.order = :random", "  Kernel.srand config.seed", "end"]
    return mk(path, "\n".join(lines) + "\n", k, prov, "api_key" if prov != "stripe" else "secret_key")


@pos
def p_fixture_yml(g):
    app = g.app()
    kind = g.choice(["slack_bot", "mailgun", "shopify"])
    if kind == "slack_bot":
        tok = f"xoxb-{g.digits(12)}-{g.digits(13)}-{g.b62(24)}"
        prov, k, field = "slack", "bot_token", "access_token"
    elif kind == "mailgun":
        tok = g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8)
        prov, k, field = "mailgun", "api_key", "api_key"
    else:
        tok = "shpat_" + g.hex(32)
        prov, k, field = "shopify", "admin_access_token", "access_token"
    path = g.choice(["test/fixtures/integrations.yml", "spec/fixtures/integrations.yml", "spec/fixtures/accounts.yml"])
    lines = ["# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", "",
             "acme:", "  account: acme", f"  provider: {prov}", "  enabled: true",
             f"  {field}: <%= SecureRandom.hex(16) %>", "",
             "production_sync:", "  account: ops", f"  provider: {prov}", "  enabled: true",
             f"  {field}: {tok}", f"  created_at: <%= {g.rint(2, 30)}.days.ago %>"]
    return mk(path, "\n".join(lines) + "\n", tok, prov, k)


@pos
def p_users_fixture_password(g):
    pw = g.human_password()
    app = g.app()
    lines = ["# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", "",
             "admin:", f"  email: admin@{app.replace('_', '')}.com",
             "  encrypted_password: <%= Devise::Encryptor.digest(User, 'password') %>",
             "  confirmed_at: <%= Time.current %>", "",
             "# staging smoke-test account (shared with QA)", "qa_staging:",
             f"  email: qa@{app.replace('_', '')}.com",
             f"  encrypted_password: <%= Devise::Encryptor.digest(User, '{pw}') %>",
             "  confirmed_at: <%= Time.current %>"]
    return mk("test/fixtures/users.yml", "\n".join(lines) + "\n", pw, "app", "user_password")


@pos
def p_rakefile_slack(g):
    url = slack_webhook(g)
    var = nm(g, ["SLACK_WEBHOOK_URL"], ["NOTIFY_URL", "HOOK"], 0.35)
    lines = ['require_relative "config/application"', 'require "net/http"', "", "Rails.application.load_tasks", "",
             f'{var} = "{url}"', "", "namespace :notify do", '  desc "Post deploy notice"', "  task :deploy do",
             f"    uri = URI({var})",
             '    Net::HTTP.post(uri, { text: "Deployed #{`git rev-parse --short HEAD`.strip}" }.to_json,',
             '                   "Content-Type" => "application/json")', "  end", "end"]
    return mk("Rakefile", "\n".join(lines) + "\n", url, "slack", "webhook_url")


@pos
def p_exception_notification(g):
    url = slack_webhook(g)
    lines = rb_initializer_head(g) + ["require 'exception_notification/rails'", "",
             "ExceptionNotification.configure do |config|",
             "  config.ignore_if do |exception, options|", "    not Rails.env.production?", "  end", "",
             "  config.add_notifier :slack, {", f"    webhook_url: \"{url}\",",
             "    channel: \"#alerts\",", "    additional_parameters: { mrkdwn: true }", "  }", "end"]
    return mk("config/initializers/exception_notification.rb", "\n".join(lines) + "\n", url, "slack", "webhook_url")


@pos
def p_readme_leak(g):
    app = g.app()
    kind = g.choice(["algolia", "openai", "mailchimp", "sidekiq"])
    if kind == "algolia":
        k, prov, kd = g.hex(32), "algolia", "admin_api_key"
        block = [f"ALGOLIA_APP_ID={g.s(UP + DIG, 10)}", f"ALGOLIA_ADMIN_KEY={k}"]
    elif kind == "openai":
        k, prov, kd = openai_key(g), "openai", "api_key"
        block = [f"LLM_KEY={k}", "LLM_MODEL=gpt-4o-mini"]
    elif kind == "mailchimp":
        k, prov, kd = g.hex(32) + "-us" + str(g.rint(1, 21)), "mailchimp", "api_key"
        block = [f"MAILCHIMP_API_KEY={k}", f"MAILCHIMP_LIST_ID={g.hex(10)}"]
    else:
        k, prov, kd = f"{g.hex(8)}:{g.hex(8)}", "sidekiq", "contribsys_license"
        block = [f"bundle config --local gems.contribsys.com {k}"]
    lines = [f"# {camel(app)}", "", "Rails app for the " + app.replace("_", " ") + " product.", "",
             "## Setup", "", "```sh", "bin/setup", "bin/rails db:prepare", "```", "",
             "## Staging credentials", "", "Ask in #dev if these stop working:", "",
             "```", *block, "```", "", "## Running tests", "", "```sh", "bundle exec rspec", "```"]
    return mk("README.md", "\n".join(lines) + "\n", k, prov, kd)


@pos
def p_llm_initializer(g):
    prov = g.choice(["openai", "anthropic"])
    k = openai_key(g) if prov == "openai" else anthropic_key(g)
    var = nm(g, ["access_token"] if prov == "openai" else ["api_key"], ["LLM_KEY", "AI_TOKEN"])
    head = rb_initializer_head(g)
    if prov == "openai":
        if var == "access_token":
            body = ["OpenAI.configure do |config|", f'  config.access_token = "{k}"',
                    '  config.organization_id = ENV["OPENAI_ORG_ID"]', "  config.request_timeout = 240",
                    "  config.log_errors = Rails.env.development?", "end"]
        else:
            body = [f'{var} = "{k}"', "", "OpenAI.configure do |config|", f"  config.access_token = {var}",
                    "  config.request_timeout = 240", "end"]
    else:
        body = [f'{var.upper() if var != "api_key" else "ANTHROPIC_API_KEY"} = "{k}"', "",
                "ANTHROPIC = Anthropic::Client.new(", f'  api_key: {var.upper() if var != "api_key" else "ANTHROPIC_API_KEY"},',
                "  max_retries: 2", ")"]
    return mk(f"config/initializers/{prov}.rb", "\n".join(head + body) + "\n", k, prov, "api_key")


@pos
def p_llm_env(g):
    app = g.app()
    prov = g.choice(["openai", "anthropic"])
    k = openai_key(g) if prov == "openai" else anthropic_key(g)
    var = nm(g, ["OPENAI_API_KEY" if prov == "openai" else "ANTHROPIC_API_KEY"], ["LLM_KEY", "AI_API_KEY", "COMPLETIONS_TOKEN"])
    lines = common_env_lines(g, app) + [f"{var}={k}"]
    g.r.shuffle(lines)
    return mk(g.choice([".env", ".env.local", ".env.development"]), "\n".join(lines) + "\n", k, prov, "api_key")


@pos
def p_shopify(g):
    tok = "shpat_" + g.hex(32)
    shop = g.choice(["acme-goods", "fernbrook-store", "kitehouse-shop"])
    lines = rb_initializer_head(g) + ["ShopifyAPI::Context.setup(",
             '  api_key: ENV.fetch("SHOPIFY_API_KEY", ""),', '  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),',
             '  api_version: "2024-01",', "  is_private: true,", "  is_embedded: false,", ")", "",
             f'SHOPIFY_SESSION = ShopifyAPI::Auth::Session.new(shop: "{shop}.myshopify.com", access_token: "{tok}")']
    return mk("config/initializers/shopify.rb", "\n".join(lines) + "\n", tok, "shopify", "admin_access_token")


@pos
def p_algolia(g):
    k = g.hex(32)
    lines = rb_initializer_head(g) + ["AlgoliaSearch.configuration = {",
             f"  application_id: '{g.s(UP + DIG, 10)}',", f"  api_key: '{k}',",
             "  pagination_backend: :kaminari", "}"]
    return mk("config/initializers/algoliasearch.rb", "\n".join(lines) + "\n", k, "algolia", "admin_api_key")


@pos
def p_mapbox(g):
    k = mapbox_token(g, "sk")
    lines = rb_initializer_head(g) + ["# Server-side geocoding (secret token, scopes: styles:write uploads:write)",
             "Geocoder.configure(", "  lookup: :mapbox,", f'  api_key: "{k}",', "  timeout: 5,", "  units: :km", ")"]
    return mk("config/initializers/geocoder.rb", "\n".join(lines) + "\n", k, "mapbox", "secret_token")


@pos
def p_cloudinary(g):
    key, sec, cloud = g.digits(15), g.b64url(27), g.choice(["ledgerly", "dx7kq2mza", "acme-media", "hpz0vcl1b"])
    if g.chance(0.5):
        url = f"cloudinary://{key}:{sec}@{cloud}"
        app = g.app()
        lines = common_env_lines(g, app) + [f"CLOUDINARY_URL={url}"]
        return mk(".env", "\n".join(lines) + "\n", url, "cloudinary", "url")
    lines = ["---", "development:", f"  cloud_name: {cloud}", f"  api_key: '{key}'", '  api_secret: <%= ENV["CLOUDINARY_API_SECRET"] %>',
             "  enhance_image_tag: true", "  static_file_support: false", "production:", f"  cloud_name: {cloud}",
             f"  api_key: '{key}'", f"  api_secret: '{sec}'", "  enhance_image_tag: true", "  static_file_support: true"]
    return mk("config/cloudinary.yml", "\n".join(lines) + "\n", sec, "cloudinary", "api_secret")


@pos
def p_figaro(g):
    app = g.app()
    choices = [("aws", "secret_access_key", aws_secret(g), ["AWS_SECRET_ACCESS_KEY"], ["storage_secret", "S3_SECRET"]),
               ("sendgrid", "api_key", sendgrid_key(g), ["SENDGRID_API_KEY"], ["mail_key", "SMTP_TOKEN"]),
               ("twilio", "auth_token", g.hex(32), ["TWILIO_AUTH_TOKEN"], ["sms_token", "AUTH"]),
               ("stripe", "secret_key", stripe_secret(g), ["STRIPE_SECRET_KEY"], ["payments_key", "billing_secret"])]
    prov, kind, k, spec, gen = g.choice(choices)
    var = nm(g, spec, gen)
    lines = ["# Add configuration values here, as shown below.", "#", "# pusher_app_id: \"2954\"", "#",
             f"APP_HOST: {app.replace('_', '-')}.com", f"REDIS_URL: redis://localhost:6379/0", "",
             "production:", f"  {var}: \"{k}\"", "  FORCE_SSL: \"true\""]
    return mk("config/application.yml", "\n".join(lines) + "\n", k, prov, kind)


# ---------------------------------------------------------------- Elixir / Phoenix
@pos
def p_phx_prod_secret(g):
    app = g.app()
    skb = phoenix_secret(g)
    lines = ["# In this file, we load production configuration and secrets",
             "# from environment variables. You can also hardcode secrets,",
             "# although such is generally not recommended and you have to",
             "# remember to add this file to your .gitignore.", "import Config", "",
             "database_url =", '  System.get_env("DATABASE_URL") ||', '    raise """',
             "    environment variable DATABASE_URL is missing.", "    For example: ecto://USER:PASS@HOST/DATABASE",
             '    """', "", f"config :{app}, {camel(app)}.Repo,", "  # ssl: true,", "  url: database_url,",
             '  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")', "",
             f"config :{app}, {camel(app)}Web.Endpoint,", "  http: [", '    port: String.to_integer(System.get_env("PORT") || "4000"),',
             "    transport_options: [socket_opts: [:inet6]]", "  ],",
             f'  secret_key_base: "{skb}"']
    return mk("config/prod.secret.exs", "\n".join(lines) + "\n", skb, "phoenix", "secret_key_base")


@pos
def p_phx_runtime_fallback(g):
    app = g.app()
    skb = phoenix_secret(g)
    var = nm(g, ["secret_key_base"], ["skb", "signing_secret"], 0.3)
    lines = ["import Config", "", 'if System.get_env("PHX_SERVER") do',
             f"  config :{app}, {camel(app)}Web.Endpoint, server: true", "end", "",
             "if config_env() == :prod do",
             f"  {var} =", f'    System.get_env("SECRET_KEY_BASE", "{skb}")', "",
             '  host = System.get_env("PHX_HOST") || "example.com"',
             '  port = String.to_integer(System.get_env("PORT") || "4000")', "",
             f"  config :{app}, {camel(app)}Web.Endpoint,", '    url: [host: host, port: 443, scheme: "https"],',
             "    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],", f"    secret_key_base: {var}", "end"]
    return mk("config/runtime.exs", "\n".join(lines) + "\n", skb, "phoenix", "secret_key_base")


@pos
def p_phx_dev_skb(g):
    app = g.app()
    skb = phoenix_secret(g)
    env = g.choice(["dev", "test"])
    lines = ["import Config", "", "# Configure your database", f"config :{app}, {camel(app)}.Repo,",
             '  username: "postgres",', '  password: "postgres",', '  hostname: "localhost",',
             f'  database: "{app}_{env}",' if env == "dev" else f'  database: "{app}_test#{{System.get_env("MIX_TEST_PARTITION")}}",',
             "  stacktrace: true,", "  show_sensitive_data_on_connection_error: true,", "  pool_size: 10", "",
             f"config :{app}, {camel(app)}Web.Endpoint,", "  http: [ip: {127, 0, 0, 1}, port: 4000],",
             "  check_origin: false,", "  code_reloader: true,", "  debug_errors: true,",
             f'  secret_key_base: "{skb}",', "  watchers: [", f"    esbuild: {{Esbuild, :install_and_run, [:{app}, ~w(--sourcemap=inline --watch)]}}",
             "  ]", "", "config :phoenix, :plug_init_mode, :runtime"]
    return mk(f"config/{env}.exs", "\n".join(lines) + "\n", skb, "phoenix", "secret_key_base_dev")


@pos
def p_ecto_password(g):
    app = g.app()
    pw = human_or_random_pw(g)
    if g.chance(0.5):
        lines = ["import Config", "", f"config :{app}, {camel(app)}.Repo,", f'  username: "{app}",',
                 f'  password: "{pw}",', f'  hostname: "{g.host()}",', f'  database: "{app}_prod",',
                 "  pool_size: 15,", "  ssl: true", ""] + [f"config :{app}, {camel(app)}Web.Endpoint, server: true"]
        return mk(g.choice(["config/prod.secret.exs", "config/prod.exs"]), "\n".join(lines) + "\n", pw, "postgres", "database_password")
    pw = g.b62(g.rint(20, 32))
    lines = ["import Config", "", "if config_env() == :prod do", "  database_url =",
             f'    System.get_env("DATABASE_URL") || "ecto://{app}:{pw}@{g.host()}/{app}_prod"', "",
             '  maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []', "",
             f"  config :{app}, {camel(app)}.Repo,", "    url: database_url,",
             '    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),', "    socket_options: maybe_ipv6", "end"]
    return mk("config/runtime.exs", "\n".join(lines) + "\n", pw, "postgres", "database_url_password")


@pos
def p_guardian(g):
    app = g.app()
    k = phoenix_secret(g)
    lines = ["import Config", "", f"config :{app}, {camel(app)}.Guardian,", f'  issuer: "{app}",',
             f'  secret_key: "{k}",', "  ttl: {30, :days},", "  allowed_drift: 2000", "",
             f"config :{app}, {camel(app)}Web.AuthPipeline,", f"  module: {camel(app)}.Guardian,",
             f"  error_handler: {camel(app)}Web.AuthErrorHandler"]
    return mk(g.choice(["config/config.exs", "config/prod.exs"]), "\n".join(lines) + "\n", k, "guardian", "secret_key")


@pos
def p_joken(g):
    app = g.app()
    k = g.b64bytes(48)
    if g.chance(0.5):
        lines = ["import Config", "", "config :joken,", f'  default_signer: "{k}"', "",
                 f"config :{app}, :token_ttl, 3600"]
        return mk("config/config.exs", "\n".join(lines) + "\n", k, "joken", "hs256_secret")
    lines = [f"defmodule {camel(app)}.Token do", "  use Joken.Config", "",
             "  @impl true", "  def token_config, do: default_claims(default_exp: 60 * 60)", "",
             "  def signer do", f'    Joken.Signer.create("HS256", "{k}")', "  end", "",
             "  def issue(claims), do: generate_and_sign(claims, signer())", "  def verify(token), do: verify_and_validate(token, signer())", "end"]
    return mk(f"lib/{app}/token.ex", "\n".join(lines) + "\n", k, "joken", "hs256_secret")


@pos
def p_swoosh(g):
    app = g.app()
    which = g.choice(["sendgrid", "mailgun", "postmark", "brevo", "bamboo_sendgrid"])
    if which in ("sendgrid", "bamboo_sendgrid"):
        k, prov, kind, adapter = sendgrid_key(g), "sendgrid", "api_key", "Swoosh.Adapters.Sendgrid"
    elif which == "mailgun":
        k, prov, kind, adapter = g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8), "mailgun", "api_key", "Swoosh.Adapters.Mailgun"
    elif which == "postmark":
        k, prov, kind, adapter = g.uuid(), "postmark", "server_token", "Swoosh.Adapters.Postmark"
    else:
        k, prov, kind, adapter = "xkeysib-" + g.hex(64) + "-" + g.b62(16), "brevo", "api_key", "Swoosh.Adapters.Brevo"
    if which == "bamboo_sendgrid":
        lines = ["import Config", "", f"config :{app}, {camel(app)}.Mailer,", "  adapter: Bamboo.SendGridAdapter,",
                 f'  api_key: "{k}",', "  hackney_opts: [recv_timeout: :timer.minutes(1)]"]
    else:
        extra = [f'  domain: "mg.{app.replace("_", "")}.com",'] if which == "mailgun" else []
        lines = ["import Config", "", "# Configures the mailer", f"config :{app}, {camel(app)}.Mailer,",
                 f"  adapter: {adapter},", f'  api_key: "{k}",'] + extra + ["  # base_url: \"https://api.eu.mailgun.net/v3\"", "",
                 "config :swoosh, :api_client, Swoosh.ApiClient.Finch", "config :swoosh, local: false"]
    return mk(g.choice(["config/prod.exs", "config/runtime.exs", "config/prod.secret.exs"]), "\n".join(lines) + "\n", k, prov, kind)


@pos
def p_oban_key(g):
    k = g.hex(32)
    fp = "SHA256:" + g.b64bytes(32, pad=False)
    if g.chance(0.5):
        lines = [f"FROM hexpm/elixir:1.16.1-erlang-26.2.2-debian-bookworm-20240130-slim AS builder", "",
                 "RUN apt-get update -y && apt-get install -y build-essential git && apt-get clean", "",
                 "WORKDIR /app", "RUN mix local.hex --force && mix local.rebar --force", "ENV MIX_ENV=\"prod\"", "",
                 f"RUN mix hex.repo add oban https://getoban.pro/repo \\", f"    --fetch-public-key {fp} \\",
                 f"    --auth-key {k}", "", "COPY mix.exs mix.lock ./", "RUN mix deps.get --only $MIX_ENV",
                 "RUN mkdir config", "COPY config/config.exs config/${MIX_ENV}.exs config/", "RUN mix deps.compile"]
        return mk("Dockerfile", "\n".join(lines) + "\n", k, "oban", "license_key")
    var = nm(g, ["OBAN_LICENSE_KEY", "OBAN_AUTH_KEY"], ["REPO_KEY", "PRO_KEY"], 0.3)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", f'{var}="{k}"', f'OBAN_KEY_FINGERPRINT="{fp}"', "",
             "mix local.hex --force", 'mix hex.repo add oban https://getoban.pro/repo \\',
             '  --fetch-public-key "$OBAN_KEY_FINGERPRINT" \\', f'  --auth-key "${var}"', "mix deps.get",
             "mix ecto.setup"]
    return mk("bin/setup", "\n".join(lines) + "\n", k, "oban", "license_key")


@pos
def p_hex_org_key(g):
    k = g.hex(32)
    org = g.choice(["acme", "ledgerly", "kitehouse", "plover"])
    if g.chance(0.5):
        lines = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest",
                 "    env:", "      MIX_ENV: test", "    steps:", "      - uses: actions/checkout@v4",
                 "      - uses: erlef/setup-beam@v1", "        with:", "          otp-version: '26.2'",
                 "          elixir-version: '1.16.1'",
                 f"      - run: mix hex.organization auth {org} --key {k}",
                 "      - run: mix deps.get", "      - run: mix test"]
        return mk(".github/workflows/ci.yml", "\n".join(lines) + "\n", k, "hex", "organization_key")
    app = g.app()
    var = nm(g, ["HEX_API_KEY"], ["PUBLISH_KEY", "REPO_TOKEN"], 0.3)
    lines = common_env_lines(g, app) + [f"MIX_ENV=prod", f"{var}={k}", f"HEX_ORGANIZATION={org}"]
    return mk(".env", "\n".join(lines) + "\n", k, "hex", "api_key")


@pos
def p_mix_exs_git_token(g):
    app = g.app()
    tok = gh_token(g, "ghp_")
    org = g.choice(["acme-labs", "ledgerly", "northwind-eng"])
    dep = g.choice(["shared_schemas", "auth_client", "billing_core"])
    lines = [f"defmodule {camel(app)}.MixProject do", "  use Mix.Project", "", "  def project do", "    [",
             f"      app: :{app},", '      version: "0.1.0",', '      elixir: "~> 1.15",',
             "      start_permanent: Mix.env() == :prod,", "      deps: deps()", "    ]", "  end", "",
             "  defp deps do", "    [", '      {:phoenix, "~> 1.7.10"},', '      {:ecto_sql, "~> 3.10"},',
             '      {:postgrex, ">= 0.0.0"},', '      {:jason, "~> 1.2"},',
             f'      {{:{dep}, git: "https://{tok}@github.com/{org}/{dep}.git", tag: "v0.4.2"}}',
             "    ]", "  end", "end"]
    return mk("mix.exs", "\n".join(lines) + "\n", tok, "github", "ghp_token")


@pos
def p_release_cookie(g):
    c = erlang_cookie(g)
    app = g.app()
    if g.chance(0.6):
        lines = ["#!/bin/sh", "", "# Sets and enables heart (recommended only in daemon mode)",
                 "# case $RELEASE_COMMAND in", "#   daemon*)", '#     HEART_COMMAND="$RELEASE_ROOT/bin/$RELEASE_NAME $RELEASE_COMMAND"',
                 "#     export HEART_COMMAND", "#     export ELIXIR_ERL_OPTIONS=\"-heart\"", "#     ;;", "# esac", "",
                 "export RELEASE_DISTRIBUTION=name", 'export RELEASE_NODE=<%= @release.name %>@${FLY_PRIVATE_IP:-127.0.0.1}',
                 f"export RELEASE_COOKIE={c}"]
        return mk("rel/env.sh.eex", "\n".join(lines) + "\n", c, "erlang", "release_cookie")
    lines = ["## Customize flags given to the VM: https://www.erlang.org/doc/man/erl.html", "## -mode/-name/-sname/-setcookie are configured via env vars, do not set them here", "",
             "## Number of dirty schedulers doing IO work (file, sockets, and others)", "##+SDio 5", "",
             "## Increase number of concurrent ports/sockets", "##+Q 65536", "",
             f"-setcookie {c}", "+K true", "+A 64"]
    return mk("rel/vm.args.eex", "\n".join(lines) + "\n", c, "erlang", "release_cookie")


@pos
def p_elixir_misc(g):
    app = g.app()
    which = g.choice(["stripity", "ex_aws", "sentry"])
    if which == "stripity":
        k = stripe_secret(g)
        lines = ["import Config", "", "config :stripity_stripe,", f'  api_key: "{k}",', "  json_library: Jason", "",
                 f"config :{app}, :stripe_webhook_path, \"/webhooks/stripe\""]
        return mk("config/prod.exs", "\n".join(lines) + "\n", k, "stripe", "secret_key")
    if which == "ex_aws":
        kid, sec = aws_key_id(g), aws_secret(g)
        lines = ["import Config", "", "config :ex_aws,", f'  access_key_id: "{kid}",', f'  secret_access_key: "{sec}",',
                 f'  region: "{g.choice(["eu-west-1", "us-east-1"])}"', "", "config :ex_aws, :s3,",
                 '  scheme: "https://",', f'  host: "{app.replace("_", "-")}-uploads.s3.amazonaws.com"']
        return mk("config/runtime.exs", "\n".join(lines) + "\n", sec, "aws", "secret_access_key")
    dsn = sentry_dsn(g, g.chance(0.3))
    lines = ["import Config", "", "config :sentry,", f'  dsn: "{dsn}",', "  environment_name: Mix.env(),",
             "  enable_source_code_context: true,", '  root_source_code_paths: [File.cwd!()],',
             "  included_environments: [:prod]"]
    return mk("config/prod.exs", "\n".join(lines) + "\n", dsn, "sentry", "dsn")


# ---------------------------------------------------------------- Crystal
@pos
def p_lucky(g):
    app = g.app()
    k = g.b64bytes(32)
    lines = ["# Here is where you configure the Lucky server", "#",
             "Lucky::Server.configure do |settings|", "  if LuckyEnv.production?",
             f'    settings.secret_key_base = "{k}"', '    settings.host = "0.0.0.0"',
             '    settings.port = ENV["PORT"].to_i', "    settings.gzip_enabled = true", "  else",
             '    settings.secret_key_base = "dev_secret_key_base_not_used_in_prod"', '    settings.host = Lucky::ServerSettings.host',
             "    settings.port = Lucky::ServerSettings.port", "  end", "",
             '  settings.asset_host = ""', "end", "", "Lucky::ForceSSLHandler.configure do |settings|",
             "  settings.enabled = LuckyEnv.production?", "end"]
    return mk("config/server.cr", "\n".join(lines) + "\n", k, "lucky", "secret_key_base")


@pos
def p_crystal_misc(g):
    app = g.app()
    if g.chance(0.5):
        k = g.b64url(43)
        pw = None
        lines = [f"name: {app}", "port: 3000", "host: 0.0.0.0", "", f"secret_key_base: {k}", "",
                 "logging:", "  severity: info", "  colorize: false", "", "redis_url: \"redis://localhost:6379\"",
                 f"database_url: postgres://{app}@localhost:5432/{app}_production", "", "session:",
                 "  key: amber.session", "  store: signed_cookie", "  expires: 0"]
        return mk("config/environments/production.yml", "\n".join(lines) + "\n", k, "amber", "secret_key_base")
    k = stripe_secret(g)
    var = nm(g, ["STRIPE_SECRET_KEY"], ["PAYMENT_TOKEN", "KEY"], 0.4)
    lines = ['require "kemal"', 'require "stripe"', "",
             f'Stripe.api_key = ENV["{var}"]? || "{k}"', "", 'post "/charges" do |env|',
             '  amount = env.params.json["amount"].as(Int64)', '  charge = Stripe::Charge.create(amount: amount, currency: "eur")',
             "  charge.id", "end", "", "Kemal.run"]
    return mk(f"src/{app}.cr", "\n".join(lines) + "\n", k, "stripe", "secret_key")



@pos
def p_sidekiq_web_auth(g):
    app = g.app()
    pw = g.human_password()
    user = g.choice(["admin", "ops", "sidekiq", app])
    lines = ['require "sidekiq/web"', "", "Rails.application.routes.draw do",
             "  Sidekiq::Web.use Rack::Auth::Basic do |username, password|",
             f'    ActiveSupport::SecurityUtils.secure_compare(username, "{user}") &',
             f'      ActiveSupport::SecurityUtils.secure_compare(password, "{pw}")',
             "  end", '  mount Sidekiq::Web => "/sidekiq"', "",
             "  devise_for :users", "  resources :invoices, only: %i[index show create]",
             '  get "up" => "rails/health#show", as: :rails_health_check', '  root "dashboard#show"', "end"]
    return mk("config/routes.rb", "\n".join(lines) + "\n", pw, "sidekiq", "web_basic_auth_password")


@pos
def p_resque_yml(g):
    pw = g.b62(g.rint(24, 36))
    host = g.choice(["10.0.5.12", "redis-jobs.internal", "resque.abc1de.ng.0001.euw1.cache.amazonaws.com"])
    lines = ["development: localhost:6379", "test: localhost:6379", f"staging: redis://:<%= ENV['REDIS_PASSWORD'] %>@{host}:6379/1",
             f"production: redis://:{pw}@{host}:6379/0", "", "# loaded by config/initializers/resque.rb"]
    return mk("config/resque.yml", "\n".join(lines) + "\n", pw, "redis", "password")


# ================================================================ NEGATIVES
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def nmk(path, lines, provider, kind):
    return mk(path, "\n".join(lines) + "\n", None, provider, kind)


@neg
def n_database_yml_env(g):
    app = g.app()
    expr = g.choice(['<%= ENV["DATABASE_PASSWORD"] %>', "<%= ENV['" + app.upper() + "_DATABASE_PASSWORD'] %>",
                     '<%= ENV.fetch("DB_PASSWORD") { "" } %>', "<%= Rails.application.credentials.dig(:database, :password) %>",
                     "<%= Rails.application.credentials.db_password %>"])
    prod = [f"  database: {app}_production", f"  username: {app}", f"  password: {expr}",
            '  host: <%= ENV.fetch("DATABASE_HOST", "localhost") %>']
    lines = database_yml(g, app, prod, g.choice(["postgresql", "mysql2"]))
    return nmk("config/database.yml", lines, "postgres", "erb_env_reference")


@neg
def n_database_yml_dev_defaults(g):
    app = g.app()
    lines = database_yml(g, app, ['  url: <%= ENV["DATABASE_URL"] %>'])
    i = lines.index("development:") + 3
    lines[i:i] = ["  username: postgres", f"  password: {g.choice(['postgres', 'password', 'root', ''])}", "  host: localhost"]
    return nmk("config/database.yml", lines, "postgres", "dev_default_password")


@neg
def n_secrets_yml_env(g):
    app = g.app()
    test_val = g.choice(['<%= Digest::SHA256.hexdigest("test") %>', f'"{app}_test_secret_key_base"',
                         "<%= ENV.fetch('SECRET_KEY_BASE') { 'x' * 64 } %>"])
    lines = ["# Be sure to restart your server when you modify this file.", "",
             "# Do not keep production secrets in the repository,", "# instead read values from the environment.", "",
             "development:", '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', "",
             "test:", f"  secret_key_base: {test_val}", "",
             "production:", '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
             '  stripe_secret_key: <%= ENV["STRIPE_SECRET_KEY"] %>',
             '  devise_pepper: <%= ENV.fetch("DEVISE_PEPPER") %>']
    return nmk("config/secrets.yml", lines, "rails", "erb_env_reference")


@neg
def n_test_skb_digest_literal(g):
    app = g.app()
    # sha256("test") and md5 of the app class name: well-known, not secret
    known = g.choice([hashlib.sha256(b"test").hexdigest(), hashlib.md5(f"{camel(app)}::Application".encode()).hexdigest()])
    lines = ['require "active_support/core_ext/integer/time"', "",
             "# The test environment is used exclusively to run your application's", "# test suite.", "",
             "Rails.application.configure do", "  config.enable_reloading = false",
             "  config.eager_load = ENV[\"CI\"].present?", "  config.public_file_server.headers = { \"Cache-Control\" => \"public, max-age=3600\" }",
             "  # Fixed stub so signed cookies in request specs are stable (not a real secret)",
             f'  config.secret_key_base = "{known}"', "  config.action_mailer.delivery_method = :test",
             "  config.active_support.deprecation = :stderr", "end"]
    return nmk("config/environments/test.rb", lines, "rails", "test_stub_digest")


@neg
def n_dev_placeholder_skb(g):
    app = g.app()
    val = g.choice(["development-only", "development_secret_key_base_do_not_use_in_production",
                    "not-so-secret-dev-key-base", f"{app}-dev-key-base-change-me-before-deploying"])
    lines = ['require "active_support/core_ext/integer/time"', "", "Rails.application.configure do",
             "  config.enable_reloading = true", "  config.eager_load = false", "  config.consider_all_requests_local = true",
             f'  config.secret_key_base = "{val}"',
             "  config.action_mailer.raise_delivery_errors = false", "  config.action_mailer.perform_caching = false",
             "  config.active_record.migration_error = :page_load", "  config.active_record.verbose_query_logs = true", "end"]
    return nmk("config/environments/development.rb", lines, "rails", "dev_placeholder")


@neg
def n_credentials_enc(g):
    body = base64.b64encode(g.bytes(g.rint(300, 900))).decode()
    iv = base64.b64encode(g.bytes(12)).decode()
    tag = base64.b64encode(g.bytes(16)).decode()
    env = g.choice(["config/credentials.yml.enc", "config/credentials/production.yml.enc", "config/credentials/staging.yml.enc"])
    return mk(env, f"{body}--{iv}--{tag}", None, "rails", "encrypted_credentials")


@neg
def n_credentials_dig(g):
    app = g.app()
    which = g.choice(["stripe", "aws", "twilio", "sendgrid"])
    if which == "stripe":
        body = ["Rails.configuration.stripe = {", "  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),",
                "  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),",
                "  signing_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)", "}", "",
                "Stripe.api_key = Rails.configuration.stripe[:secret_key]"]
    elif which == "aws":
        body = ["Aws.config.update(", "  region: Rails.application.credentials.dig(:aws, :region) || \"eu-west-1\",",
                "  credentials: Aws::Credentials.new(", "    Rails.application.credentials.dig(:aws, :access_key_id),",
                "    Rails.application.credentials.dig(:aws, :secret_access_key)", "  )", ")"]
    elif which == "twilio":
        body = ["Twilio.configure do |config|", "  config.account_sid = Rails.application.credentials.twilio[:account_sid]",
                "  config.auth_token  = Rails.application.credentials.twilio[:auth_token]", "end"]
    else:
        body = ["ActionMailer::Base.smtp_settings = {", "  user_name: 'apikey',",
                "  password: Rails.application.credentials.dig(:sendgrid, :api_key),",
                "  domain: '%s.com'," % app.replace("_", ""), "  address: 'smtp.sendgrid.net',", "  port: 587,",
                "  authentication: :plain,", "  enable_starttls_auto: true", "}"]
    return nmk(f"config/initializers/{which}.rb", rb_initializer_head(g) + body, which, "credentials_reference")


@neg
def n_env_fetch_initializer(g):
    which = g.choice(["stripe", "sentry", "rollbar", "bugsnag", "openai", "pusher"])
    body = {
        "stripe": ['Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")', 'Stripe.api_version = "2024-04-10"'],
        "sentry": ["Sentry.init do |config|", "  config.dsn = ENV['SENTRY_DSN']", "  config.traces_sample_rate = 0.1", "end"],
        "rollbar": ["Rollbar.configure do |config|", "  config.access_token = ENV['ROLLBAR_ACCESS_TOKEN']",
                    "  config.enabled = false if Rails.env.test?", "end"],
        "bugsnag": ["Bugsnag.configure do |config|", '  config.api_key = ENV.fetch("BUGSNAG_API_KEY", nil)', "end"],
        "openai": ["OpenAI.configure do |config|", '  config.access_token = ENV.fetch("OPENAI_ACCESS_TOKEN")',
                   '  config.organization_id = ENV.fetch("OPENAI_ORGANIZATION_ID", nil)', "end"],
        "pusher": ["Pusher.app_id = ENV['PUSHER_APP_ID']", "Pusher.key = ENV['PUSHER_KEY']",
                   "Pusher.secret = ENV['PUSHER_SECRET']", "Pusher.cluster = ENV.fetch('PUSHER_CLUSTER', 'eu')"],
    }[which]
    return nmk(f"config/initializers/{which}.rb", rb_initializer_head(g) + body + [""], which, "env_reference")


@neg
def n_stripe_publishable(g):
    pk = "pk_live_" + g.b62(24) if g.chance(0.5) else "pk_live_51" + g.b62(97)
    lines = rb_initializer_head(g) + ["# Publishable key is safe to expose in the browser (see Stripe docs).",
             "Rails.configuration.stripe = {", f'  publishable_key: "{pk}",',
             '  secret_key: ENV["STRIPE_SECRET_KEY"]', "}", "", "Stripe.api_key = Rails.configuration.stripe[:secret_key]"]
    return nmk("config/initializers/stripe.rb", lines, "stripe", "publishable_key")


@neg
def n_stripe_doc_test_key(g):
    lines = ['require "rails_helper"', "", "RSpec.describe Billing::ChargeCustomer do",
             "  # Stripe's public documentation test key, requests are stubbed by stripe-ruby-mock",
             '  before { Stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc" }', "  let(:stripe_helper) { StripeMock.create_test_helper }",
             "  before { StripeMock.start }", "  after { StripeMock.stop }", "",
             '  it "creates a charge" do', "    customer = Stripe::Customer.create(source: stripe_helper.generate_card_token)",
             "    result = described_class.call(customer_id: customer.id, amount: 1500)",
             "    expect(result).to be_success", "  end", "end"]
    return nmk("spec/services/billing/charge_customer_spec.rb", lines, "stripe", "documentation_test_key")


@neg
def n_aws_doc_example(g):
    lines = ["test:", "  service: S3", "  access_key_id: AKIAIOSFODNN7EXAMPLE",
             "  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "  region: us-east-1",
             "  bucket: test-bucket", "  endpoint: http://localhost:4566   # localstack", "  force_path_style: true", "",
             "amazon:", "  service: S3", "  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>",
             "  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>",
             "  region: eu-west-1", f"  bucket: {g.app().replace('_', '-')}-production"]
    return nmk("config/storage.yml", lines, "aws", "documentation_example_key")


@neg
def n_storage_default(g):
    app = g.app()
    lines = ["test:", "  service: Disk", '  root: <%= Rails.root.join("tmp/storage") %>', "",
             "local:", "  service: Disk", '  root: <%= Rails.root.join("storage") %>', "",
             "# Use bin/rails credentials:edit to set the AWS secrets (as aws:access_key_id|secret_access_key)",
             "# amazon:", "#   service: S3", "#   access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>",
             "#   secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>",
             "#   region: us-east-1", f"#   bucket: your_own_bucket-<%= Rails.env %>", "",
             "google:", "  service: GCS", f"  project: {app.replace('_', '-')}-prod",
             '  credentials: <%= Rails.root.join("config/gcs-keyfile.json") %>', f"  bucket: {app.replace('_', '-')}-assets", "",
             "microsoft:", "  service: AzureStorage", f"  storage_account_name: {app.replace('_', '')}store",
             "  storage_access_key: <%= ENV['AZURE_STORAGE_ACCESS_KEY'] %>", "  container: uploads"]
    return nmk("config/storage.yml", lines, "aws", "erb_env_reference")


@neg
def n_gemfile_contribsys_noauth(g):
    lines = gemfile_head(g) + ["", "# Credentials come from BUNDLE_GEMS__CONTRIBSYS__COM (set in CI / Heroku config)",
                               'source "https://gems.contribsys.com/" do', '  gem "sidekiq-pro"', "end"] + gemfile_tail(g)
    return nmk("Gemfile", lines, "sidekiq", "source_without_credentials")


@neg
def n_gemfile_env_interp(g):
    lines = gemfile_head(g) + ["",
             'source "https://#{ENV.fetch("CONTRIBSYS_CREDENTIALS")}@gems.contribsys.com/" do', '  gem "sidekiq-ent"', "end",
             'gem "internal_auth", git: "https://#{ENV["GITHUB_TOKEN"]}@github.com/acme-labs/internal_auth.git"'] + gemfile_tail(g)
    return nmk("Gemfile", lines, "sidekiq", "ruby_interpolation")


def gem_checksum_line(g, name, ver):
    return f"  {name} ({ver}) sha256={g.hex(64)}"


@neg
def n_gemfile_lock(g):
    gems = [("actioncable", "7.1.3"), ("actionpack", "7.1.3"), ("activerecord", "7.1.3"), ("bcrypt", "3.1.20"),
            ("connection_pool", "2.4.1"), ("devise", "4.9.3"), ("nokogiri", "1.16.2-x86_64-linux"), ("pg", "1.5.4"),
            ("puma", "6.4.2"), ("rack", "3.0.9"), ("redis-client", "0.20.0"), ("sidekiq", "7.2.1"), ("stripe", "10.8.0")]
    chosen = sorted(g.sample(gems, g.rint(7, 12)))
    lines = ["GEM", "  remote: https://rubygems.org/", "  specs:"] + [f"    {n} ({v})" for n, v in chosen] + [
        "", "GEM", "  remote: https://gems.contribsys.com/", "  specs:", "    sidekiq-pro (7.2.0)", "      sidekiq (>= 7.2.0)",
        "", "PLATFORMS", "  x86_64-linux", "", "DEPENDENCIES"] + [f"  {n}" for n, _ in chosen[:5]] + [
        "  sidekiq-pro!", "", "CHECKSUMS"] + [gem_checksum_line(g, n, v) for n, v in chosen] + [
        "", "RUBY VERSION", "   ruby 3.3.0p0", "", "BUNDLED WITH", "   2.5.6"]
    return nmk("Gemfile.lock", lines, "rubygems", "lockfile_checksum")


@neg
def n_mix_lock(g):
    deps = [("phoenix", "1.7.10"), ("ecto_sql", "3.11.1"), ("postgrex", "0.17.4"), ("jason", "1.4.1"),
            ("plug_cowboy", "2.6.1"), ("oban", "2.17.3"), ("swoosh", "1.15.2"), ("telemetry", "1.2.1"),
            ("guardian", "2.3.2"), ("joken", "2.6.0"), ("finch", "0.17.0"), ("decimal", "2.1.1")]
    chosen = sorted(g.sample(deps, g.rint(6, 11)))
    lines = ["%{"]
    for n, v in chosen:
        lines.append(f'  "{n}": {{:hex, :{n}, "{v}", "{g.hex(64)}", [:mix], [], "hexpm", "{g.hex(64)}"}},')
    lines.append(f'  "oban_pro": {{:hex, :oban_pro, "1.3.4", "{g.hex(64)}", [:mix], [], "oban", "{g.hex(64)}"}},')
    lines.append("}")
    return nmk("mix.lock", lines, "hex", "lockfile_checksum")


@neg
def n_env_example(g):
    app = g.app()
    placeholders = [("SECRET_KEY_BASE", g.choice(["changeme", "<run `bin/rails secret`>", "replace-me"])),
                    ("STRIPE_SECRET_KEY", g.choice(["sk_live_...", "sk_test_xxx", "<your-stripe-secret-key>"])),
                    ("OPENAI_API_KEY", g.choice(["sk-...", "sk-proj-...", "YOUR_API_KEY"])),
                    ("SENTRY_DSN", g.choice(["https://<key>@o0.ingest.sentry.io/<project>", ""])),
                    ("BUNDLE_GEMS__CONTRIBSYS__COM", g.choice(["username:password", "<user>:<pass>"])),
                    ("DATABASE_URL", f"postgres://postgres:postgres@localhost:5432/{app}_development"),
                    ("TWILIO_AUTH_TOKEN", "your_auth_token"), ("NEW_RELIC_LICENSE_KEY", "<license key>"),
                    ("RAILS_MASTER_KEY", g.choice(["", "see 1Password: " + app + " master key"]))]
    chosen = g.sample(placeholders, g.rint(4, 8))
    lines = ["# Copy to .env and fill in real values. Never commit .env itself."] + [f"{k}={v}" for k, v in chosen]
    return nmk(g.choice([".env.example", ".env.sample", ".env.template"]), lines, "generic", "placeholder")


@neg
def n_masked_readme(g):
    app = g.app()
    m = g.choice([
        ("stripe", "sk_live_" + "*" * g.rint(8, 20) + g.b62(4)),
        ("github", "ghp_…" + g.b62(4)),
        ("openai", "sk-proj-****" + g.b62(4)),
        ("rails", "RAILS_MASTER_KEY=" + g.hex(4) + "…" + "(redacted)"),
        ("sendgrid", "SG.****************************" + g.b62(4)),
    ])
    lines = [f"# Incident 2024-{g.rint(1, 12):02d}-{g.rint(1, 28):02d}: rotated credentials", "",
             "## Summary", "", "A key was pasted into a Slack thread. It was revoked within 20 minutes.", "",
             "| Provider | Key (masked) | Rotated by |", "|---|---|---|",
             f"| {m[0]} | `{m[1]}` | @{g.choice(['anna', 'piotr', 'dev-oncall', 'ops'])} |", "",
             "## Follow-ups", "", "- [x] Revoke old key", "- [x] Update `bin/rails credentials:edit --environment production`",
             "- [ ] Add pre-commit hook"]
    return nmk(g.choice(["docs/incidents/rotated-keys.md", "README.md", "CHANGELOG.md"]), lines, m[0], "masked")


@neg
def n_users_fixture_bcrypt(g):
    app = g.app()
    lines = ["# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", ""]
    for who in g.sample(["alice", "bob", "carol", "dave", "admin", "editor"], g.rint(2, 4)):
        style = g.rint(0, 2)
        if style == 0:
            pw = f"encrypted_password: {bcrypt_hash(g, g.choice([10, 11, 12]))}"
        elif style == 1:
            pw = "password_digest: <%= BCrypt::Password.create('password', cost: BCrypt::Engine::MIN_COST) %>"
        else:
            pw = "encrypted_password: <%= Devise::Encryptor.digest(User, 'password') %>"
        lines += [f"{who}:", f"  email: {who}@{app.replace('_', '')}.test", f"  {pw}", "  confirmed_at: <%= 1.day.ago %>", ""]
    return nmk(g.choice(["test/fixtures/users.yml", "spec/fixtures/users.yml"]), lines, "devise", "password_digest")


@neg
def n_schema_versions(g):
    y = g.rint(2019, 2024)
    ver = f"{y}_{g.rint(1, 12):02d}_{g.rint(1, 28):02d}_{g.rint(0, 23):02d}{g.rint(0, 59):02d}{g.rint(0, 59):02d}"
    lines = ["# This file is auto-generated from the current state of the database. Instead",
             "# of editing this file, please use the migrations feature of Active Record to",
             "# incrementally modify your database, and then regenerate this schema definition.", "#",
             f"ActiveRecord::Schema[7.1].define(version: {ver}) do",
             '  enable_extension "plpgsql"', "",
             '  create_table "api_keys", force: :cascade do |t|', '    t.bigint "user_id", null: false',
             '    t.string "token_digest", null: false', '    t.string "last_four", limit: 4',
             '    t.datetime "revoked_at"', '    t.datetime "created_at", null: false',
             '    t.index ["token_digest"], name: "index_api_keys_on_token_digest", unique: true', "  end", "",
             '  create_table "users", force: :cascade do |t|', '    t.string "email", default: "", null: false',
             '    t.string "encrypted_password", default: "", null: false', '    t.string "reset_password_token"',
             '    t.index ["reset_password_token"], name: "index_users_on_reset_password_token", unique: true', "  end", "",
             '  add_foreign_key "api_keys", "users"', "end"]
    return nmk("db/schema.rb", lines, "rails", "schema_version")


@neg
def n_active_storage_blobs(g):
    lines = ["# test/fixtures/active_storage/blobs.yml", ""]
    for name in g.sample(["avatar_png", "invoice_pdf", "logo_svg", "report_csv"], g.rint(2, 3)):
        fn = name.replace("_", ".")
        lines += [f"{name}:", f"  key: {g.s(ALNUM_LOW, 28)}", f"  filename: {fn}",
                  f"  content_type: {'image/png' if 'png' in name else 'application/octet-stream'}",
                  f"  byte_size: {g.rint(1000, 90000)}", f"  checksum: {base64.b64encode(g.bytes(16)).decode()}",
                  "  service_name: test", ""]
    return nmk("test/fixtures/active_storage/blobs.yml", lines, "rails", "active_storage_blob_key")


@neg
def n_sidekiq_jids(g):
    lines = ['require "rails_helper"', "", "RSpec.describe InvoiceMailerJob, type: :job do",
             f'  let(:jid) {{ "{g.hex(24)}" }}', "",
             '  it "is retried from the dead set" do',
             f'    payload = {{ "class" => "InvoiceMailerJob", "jid" => jid, "args" => [{g.rint(10, 9999)}],',
             f'                "bid" => "{g.b62(14)}", "enqueued_at" => {g.rint(1690000000, 1730000000)}.{g.rint(100, 999)} }}',
             "    Sidekiq::DeadSet.new.kill(payload.to_json)", "    expect(Sidekiq::DeadSet.new.find_job(jid)).to be_present", "  end", "end"]
    return nmk("spec/jobs/invoice_mailer_job_spec.rb", lines, "sidekiq", "job_id")


@neg
def n_sidekiq_yml(g):
    lines = ["---", ":concurrency: <%= ENV.fetch('SIDEKIQ_CONCURRENCY', 10) %>", ":timeout: 25",
             ":max_retries: 7", ":queues:", "  - [critical, 6]", "  - [default, 3]", "  - [mailers, 2]", "  - [low, 1]", "",
             "production:", "  :concurrency: 20", "", ":scheduler:", "  :schedule:", "    nightly_report:",
             "      cron: '0 3 * * *'", "      class: NightlyReportJob"]
    return nmk("config/sidekiq.yml", lines, "sidekiq", "config_no_secret")


@neg
def n_cable_env(g):
    app = g.app()
    lines = ["development:", "  adapter: async", "", "test:", "  adapter: test", "", "production:", "  adapter: redis",
             '  url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>',
             f"  channel_prefix: {app}_production", '  password: <%= ENV["REDIS_PASSWORD"] %>']
    return nmk("config/cable.yml", lines, "redis", "erb_env_reference")


@neg
def n_newrelic_env(g):
    app = g.app()
    lines = ["common: &default_settings", "  license_key: '<%= ENV[\"NEW_RELIC_LICENSE_KEY\"] %>'",
             f"  app_name: {camel(app)}", "  distributed_tracing:", "    enabled: true", "  log_level: info", "",
             "development:", "  <<: *default_settings", "  monitor_mode: false", "", "test:", "  <<: *default_settings",
             "  monitor_mode: false", "", "production:", "  <<: *default_settings"]
    return nmk("config/newrelic.yml", lines, "newrelic", "erb_env_reference")


@neg
def n_monitoring_yml_env(g):
    which = g.choice(["honeybadger", "skylight"])
    if which == "honeybadger":
        lines = ["---", "api_key: <%= ENV['HONEYBADGER_API_KEY'] %>", "env: <%= Rails.env %>", "",
                 "exceptions:", "  ignore:", "    - ActionController::RoutingError"]
        return nmk("config/honeybadger.yml", lines, "honeybadger", "erb_env_reference")
    lines = ["---", "# authentication is read from SKYLIGHT_AUTHENTICATION", "env: production",
             "ignored_endpoints:", "  - HealthController#show", "enable_sidekiq: true"]
    return nmk("config/skylight.yml", lines, "skylight", "env_reference")


@neg
def n_deploy_rb(g):
    app = g.app()
    lines = ['lock "~> 3.18.0"', "", f'set :application, "{app}"',
             f'set :repo_url, "git@github.com:{g.choice(["acme-labs", "ledgerly"])}/{app}.git"', "",
             'set :deploy_to, "/home/deploy/#{fetch(:application)}"', 'append :linked_files, "config/master.key", ".env"',
             'append :linked_dirs, "log", "tmp/pids", "tmp/cache", "storage"', "",
             "set :ssh_options, {", "  keys: %w(~/.ssh/id_ed25519),", "  forward_agent: true,",
             "  auth_methods: %w(publickey)", "}", "", "# Prompt rather than storing the sudo password",
             "set :password, ask('Server password', nil, echo: false)", "",
             "namespace :deploy do", '  desc "Upload master.key"', "  task :upload_key do",
             "    on roles(:app) { upload! \"config/master.key\", \"#{shared_path}/config/master.key\" }", "  end", "end"]
    return nmk("config/deploy.rb", lines, "capistrano", "ask_prompt")


@neg
def n_deploy_stage(g):
    ip = f"{g.rint(11, 203)}.{g.rint(1, 254)}.{g.rint(1, 254)}.{g.rint(2, 254)}"
    lines = [f'server "{ip}", user: "deploy", roles: %w{{app db web}}', "",
             "set :ssh_options, {", '  keys: [File.expand_path("~/.ssh/deploy_ed25519")],',
             "  forward_agent: false,", "  auth_methods: %w(publickey),", '  password: ENV["DEPLOY_SSH_PASSWORD"]', "}",
             'set :branch, ENV.fetch("BRANCH", "main")']
    return nmk(f"config/deploy/{g.choice(['production', 'staging'])}.rb", lines, "capistrano", "env_reference")


@neg
def n_kamal_secrets_refs(g):
    app = g.app()
    lines = ["# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.",
             "# All secrets should be pulled from either password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE!", "",
             "# Example of extracting secrets from 1password (or another compatible pw manager)",
             f"# SECRETS=$(kamal secrets fetch --adapter 1password --account your-account --from Vault/Item KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)",
             "# KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD ${SECRETS})", "",
             "KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD", "", "RAILS_MASTER_KEY=$(cat config/master.key)",
             f"POSTGRES_PASSWORD=$(op read op://{app}/postgres/password)"]
    return nmk(".kamal/secrets", lines, "rails", "shell_substitution")


@neg
def n_gitignore(g):
    lines = ["# See https://help.github.com/articles/ignoring-files for more about ignoring files.", "",
             "/.bundle", "/log/*", "/tmp/*", "!/log/.keep", "!/tmp/.keep", "/storage/*", "/public/assets", "",
             "# Ignore master key for decrypting credentials and more.", "/config/master.key",
             "/config/credentials/*.key", ".env", ".env.*", "!.env.example"]
    return nmk(".gitignore", lines, "rails", "mentions_master_key")


@neg
def n_ci_workflow_secrets(g):
    lines = ["name: CI", "on: [push]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:",
             "      RAILS_ENV: test", "      RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}",
             "      BUNDLE_GEMS__CONTRIBSYS__COM: ${{ secrets.SIDEKIQ_PRO_CREDENTIALS }}",
             "      GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS_API_KEY }}",
             "      DATABASE_URL: postgres://postgres:postgres@localhost:5432/app_test", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: ruby/setup-ruby@v1", "        with:",
             "          bundler-cache: true", "      - run: bin/rails db:prepare", "      - run: bundle exec rspec"]
    return nmk(".github/workflows/ci.yml", lines, "github", "actions_secret_reference")


@neg
def n_gem_credentials_readme(g):
    lines = ["## Releasing", "", "1. Bump `lib/ledger_kit/version.rb`", "2. Make sure `~/.gem/credentials` contains:", "",
             "```yaml", "---", ":rubygems_api_key: rubygems_<your 48 hex char key>", "```", "",
             "3. `gem push pkg/ledger_kit-x.y.z.gem` (MFA is required: `gem push --otp 123456` style prompt)", "",
             "CI uses `GEM_HOST_API_KEY` from the repository secrets instead."]
    return nmk("README.md", lines, "rubygems", "placeholder")


@neg
def n_heroku_readme(g):
    app = g.app()
    lines = [f"# {camel(app)}", "", "## Deploying to Heroku", "", "```sh", f"heroku create {app.replace('_', '-')}",
             "heroku config:set SECRET_KEY_BASE=$(bin/rails secret)", "heroku config:set RAILS_MASTER_KEY=`cat config/master.key`",
             "heroku config:set BUNDLE_GEMS__CONTRIBSYS__COM=$SIDEKIQ_CREDS", "git push heroku main", "```", "",
             "Procfile:", "", "```", "web: bundle exec puma -C config/puma.rb", "worker: bundle exec sidekiq -C config/sidekiq.yml",
             "release: bin/rails db:migrate", "```"]
    return nmk("README.md", lines, "heroku", "shell_substitution")


@neg
def n_seeds_env(g):
    app = g.app()
    lines = ["# Idempotent seeds", "", f'admin_email = ENV.fetch("ADMIN_EMAIL", "admin@{app.replace("_", "")}.com")',
             'admin_password = ENV.fetch("ADMIN_PASSWORD") { SecureRandom.base58(24) }', "",
             "User.find_or_create_by!(email: admin_email) do |u|", "  u.password = admin_password",
             "  u.password_confirmation = admin_password", "  u.confirmed_at = Time.current", "end", "",
             'puts "Admin password: #{admin_password}" unless ENV["ADMIN_PASSWORD"]', "",
             'Plan.find_or_create_by!(slug: "starter") { |p| p.price_cents = 900 }']
    return nmk("db/seeds.rb", lines, "app", "env_reference")


@neg
def n_seeds_dev_password(g):
    lines = ["# Development-only seed data", "return unless Rails.env.development?", "",
             "%w[alice bob carol].each do |name|", '  User.find_or_create_by!(email: "#{name}@example.com") do |u|',
             '    u.password = "password"', '    u.password_confirmation = "password"', "  end", "end"]
    return nmk("db/seeds.rb", lines, "app", "dev_placeholder")


@neg
def n_phx_endpoint_salt(g):
    app = g.app()
    salt = g.b62(8)
    lines = [f"defmodule {camel(app)}Web.Endpoint do", f"  use Phoenix.Endpoint, otp_app: :{app}", "",
             "  # The session will be stored in the cookie and signed,", "  # this means its contents can be read but not tampered with.",
             "  # Set :encryption_salt if you would also like to encrypt it.", "  @session_options [", "    store: :cookie,",
             f'    key: "_{app}_key",', f'    signing_salt: "{salt}",', '    same_site: "Lax"', "  ]", "",
             '  socket "/live", Phoenix.LiveView.Socket,', "    websocket: [connect_info: [session: @session_options]],",
             "    longpoll: [connect_info: [session: @session_options]]", "",
             "  plug Plug.Static,", '    at: "/",', f"    from: :{app},", "    gzip: false,",
             f"    only: {camel(app)}Web.static_paths()", "", "  plug Plug.RequestId",
             '  plug Plug.Telemetry, event_prefix: [:phoenix, :endpoint]', "  plug Plug.Session, @session_options",
             f"  plug {camel(app)}Web.Router", "end"]
    return nmk(f"lib/{app}_web/endpoint.ex", lines, "phoenix", "signing_salt")


@neg
def n_phx_config_liveview_salt(g):
    app = g.app()
    lines = ["# This file is responsible for configuring your application", "import Config", "",
             f"config :{app},", f"  ecto_repos: [{camel(app)}.Repo],", "  generators: [timestamp_type: :utc_datetime]", "",
             f"config :{app}, {camel(app)}Web.Endpoint,", "  url: [host: \"localhost\"],", "  adapter: Bandit.PhoenixAdapter,",
             "  render_errors: [", f"    formats: [html: {camel(app)}Web.ErrorHTML, json: {camel(app)}Web.ErrorJSON],",
             "    layout: false", "  ],", f"  pubsub_server: {camel(app)}.PubSub,",
             f'  live_view: [signing_salt: "{g.b62(8)}"]', "",
             f"config :{app}, {camel(app)}.Mailer, adapter: Swoosh.Adapters.Local", "",
             'config :logger, :console,', '  format: "$time $metadata[$level] $message\\n",', "  metadata: [:request_id]", "",
             "config :phoenix, :json_library, Jason", "", 'import_config "#{config_env()}.exs"']
    return nmk("config/config.exs", lines, "phoenix", "signing_salt")


@neg
def n_phx_runtime_env(g):
    app = g.app()
    lines = ["import Config", "", "if config_env() == :prod do", "  database_url =", '    System.get_env("DATABASE_URL") ||',
             '      raise """', "      environment variable DATABASE_URL is missing.", "      For example: ecto://USER:PASS@HOST/DATABASE",
             '      """', "", f"  config :{app}, {camel(app)}.Repo,", "    url: database_url,",
             '    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")', "", "  secret_key_base =",
             '    System.get_env("SECRET_KEY_BASE") ||', '      raise """', "      environment variable SECRET_KEY_BASE is missing.",
             "      You can generate one by calling: mix phx.gen.secret", '      """', "",
             f"  config :{app}, {camel(app)}Web.Endpoint,", '    url: [host: System.get_env("PHX_HOST"), port: 443, scheme: "https"],',
             "    secret_key_base: secret_key_base", "",
             f"  config :{app}, {camel(app)}.Mailer,", "    adapter: Swoosh.Adapters.Mailgun,",
             '    api_key: System.fetch_env!("MAILGUN_API_KEY"),', '    domain: System.fetch_env!("MAILGUN_DOMAIN")', "end"]
    return nmk("config/runtime.exs", lines, "phoenix", "system_env_reference")


@neg
def n_phx_test_exs_placeholder(g):
    app = g.app()
    lines = ["import Config", "", f"config :{app}, {camel(app)}.Repo,", '  username: "postgres",', '  password: "postgres",',
             '  hostname: "localhost",', f'  database: "{app}_test#{{System.get_env("MIX_TEST_PARTITION")}}",',
             "  pool: Ecto.Adapters.SQL.Sandbox,", "  pool_size: System.schedulers_online() * 2", "",
             f"config :{app}, {camel(app)}Web.Endpoint,", "  http: [ip: {127, 0, 0, 1}, port: 4002],",
             '  secret_key_base: String.duplicate("a", 64),', "  server: false", "",
             f"config :{app}, {camel(app)}.Guardian, secret_key: \"test-only-guardian-secret\"", "",
             "config :logger, level: :warning", "config :phoenix, :plug_init_mode, :runtime"]
    return nmk("config/test.exs", lines, "phoenix", "dev_placeholder")


@neg
def n_guardian_env(g):
    app = g.app()
    lines = ["import Config", "", f"config :{app}, {camel(app)}.Guardian,", f'  issuer: "{app}",',
             '  secret_key: {:system, "GUARDIAN_SECRET_KEY"}', "", "config :joken,",
             '  default_signer: System.get_env("JOKEN_SIGNER")', "",
             "config :stripity_stripe, api_key: System.get_env(\"STRIPE_SECRET\")",
             'config :ex_aws, access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, :instance_role],',
             '  secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, :instance_role]']
    return nmk("config/prod.exs", lines, "guardian", "system_env_reference")


@neg
def n_mix_exs_oban(g):
    app = g.app()
    lines = [f"defmodule {camel(app)}.MixProject do", "  use Mix.Project", "", "  def project do",
             f'    [app: :{app}, version: "0.1.0", elixir: "~> 1.15", deps: deps(), aliases: aliases()]', "  end", "",
             "  defp deps do", "    [", '      {:phoenix, "~> 1.7.10"},', '      {:oban, "~> 2.17"},',
             '      {:oban_pro, "~> 1.3", repo: "oban"},', '      {:oban_web, "~> 2.10", repo: "oban"},',
             f'      {{:{g.choice(["shared_schemas", "auth_client"])}, "~> 0.4", organization: "{g.choice(["acme", "ledgerly"])}"}}',
             "    ]", "  end", "", "  defp aliases do", '    [setup: ["deps.get", "ecto.setup"]]', "  end", "end"]
    return nmk("mix.exs", lines, "oban", "no_secret")


@neg
def n_oban_readme(g):
    fp = "SHA256:" + g.b64bytes(32, pad=False)
    lines = ["## Oban Pro", "", "Pro packages are fetched from the private `oban` hex repo. Authorize once per machine:", "",
             "```sh", "mix hex.repo add oban https://getoban.pro/repo \\", f"  --fetch-public-key {fp} \\",
             "  --auth-key $OBAN_LICENSE_KEY", "```", "",
             "The fingerprint above is the repo's *public* key; the licence key lives in 1Password (`Oban Pro`).", "",
             "For the private `acme` organization: `mix hex.organization auth acme --key $HEX_ACME_KEY`."]
    return nmk("README.md", lines, "oban", "public_key_fingerprint")


@neg
def n_rel_env_sh(g):
    lines = ["#!/bin/sh", "", 'export RELEASE_DISTRIBUTION=name', 'export RELEASE_NODE="<%= @release.name %>@${POD_IP}"',
             '# cookie is mounted from the k8s secret erlang-cookie', 'export RELEASE_COOKIE="$(cat /etc/erlang/cookie)"',
             'export ERL_AFLAGS="-kernel shell_history enabled"', "", 'if [ -z "${SECRET_KEY_BASE:-}" ]; then',
             '  echo "SECRET_KEY_BASE missing" >&2', "  exit 1", "fi"]
    return nmk("rel/env.sh.eex", lines, "erlang", "shell_substitution")


@neg
def n_sops(g):
    def enc(n):
        return f"ENC[AES256_GCM,data:{base64.b64encode(g.bytes(n)).decode()},iv:{base64.b64encode(g.bytes(32)).decode()},tag:{base64.b64encode(g.bytes(16)).decode()},type:str]"
    lines = ["production:", f"    secret_key_base: {enc(64)}", f"    stripe_secret_key: {enc(32)}",
             f"    database_password: {enc(18)}", "sops:", "    kms:",
             f"        - arn: arn:aws:kms:eu-west-1:{g.digits(12)}:key/{g.uuid()}",
             f"          created_at: \"2024-{g.rint(1, 12):02d}-{g.rint(1, 28):02d}T10:{g.rint(10, 59)}:0{g.rint(0, 9)}Z\"",
             f"          enc: {base64.b64encode(g.bytes(180)).decode()}", "          aws_profile: \"\"",
             f"    lastmodified: \"2024-{g.rint(1, 12):02d}-{g.rint(1, 28):02d}T10:11:12Z\"",
             f"    mac: ENC[AES256_GCM,data:{base64.b64encode(g.bytes(32)).decode()},iv:{base64.b64encode(g.bytes(32)).decode()},tag:{base64.b64encode(g.bytes(16)).decode()},type:str]",
             "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return nmk("config/secrets.enc.yaml", lines, "sops", "ciphertext")


@neg
def n_ejson(g):
    def ej():
        return f"EJ[1:{base64.b64encode(g.bytes(32)).decode()}:{base64.b64encode(g.bytes(24)).decode()}:{base64.b64encode(g.bytes(g.rint(40, 90))).decode()}]"
    lines = ["{", f'  "_public_key": "{g.hex(64)}",', '  "environment": {', f'    "SECRET_KEY_BASE": "{ej()}",',
             f'    "STRIPE_SECRET_KEY": "{ej()}",', f'    "_RAILS_ENV": "production"', "  }", "}"]
    return nmk("config/secrets/production.ejson", lines, "ejson", "ciphertext")


@neg
def n_rollbar_client_token(g):
    tok = g.hex(32)
    lines = ["<!DOCTYPE html>", "<html>", "  <head>", "    <title><%= content_for(:title) || \"App\" %></title>",
             "    <%= csrf_meta_tags %>", "    <script>", "      // post_client_item token: safe to expose in the browser",
             "      var _rollbarConfig = {", f'        accessToken: "{tok}",', "        captureUncaught: true,",
             "        captureUnhandledRejections: true,", "        payload: { environment: \"<%= Rails.env %>\" }", "      };",
             "    </script>", "    <%= javascript_importmap_tags %>", "  </head>", "  <body><%= yield %></body>", "</html>"]
    return nmk("app/views/layouts/application.html.erb", lines, "rollbar", "client_token_public")


@neg
def n_public_ids(g):
    app = g.app()
    which = g.choice(["pusher", "braintree", "google", "algolia", "mapbox", "twilio", "github_app"])
    head = rb_initializer_head(g)
    if which == "pusher":
        body = [f"PUSHER_PUBLIC_KEY = \"{g.hex(20)}\"   # app key, shipped to browsers", f"PUSHER_APP_ID = \"{g.digits(7)}\"",
                'Pusher.secret = ENV.fetch("PUSHER_SECRET")', "Pusher.key = PUSHER_PUBLIC_KEY", "Pusher.app_id = PUSHER_APP_ID"]
    elif which == "braintree":
        body = ["Braintree::Configuration.environment = :production", f'Braintree::Configuration.merchant_id = "{g.alnum_low(16)}"',
                'Braintree::Configuration.public_key = ENV["BRAINTREE_PUBLIC_KEY"]',
                'Braintree::Configuration.private_key = ENV["BRAINTREE_PRIVATE_KEY"]']
    elif which == "google":
        cid = f"{g.digits(12)}-{g.alnum_low(32)}.apps.googleusercontent.com"
        body = ["Rails.application.config.middleware.use OmniAuth::Builder do",
                f'  provider :google_oauth2, "{cid}", ENV.fetch("GOOGLE_CLIENT_SECRET")', "end"]
    elif which == "algolia":
        body = ["# Search-only key: safe for the frontend (no write ACLs)", f'ALGOLIA_APP_ID = "{g.s(UP + DIG, 10)}"',
                f'ALGOLIA_SEARCH_ONLY_KEY = "{g.hex(32)}"', "AlgoliaSearch.configuration = {",
                "  application_id: ALGOLIA_APP_ID,", '  api_key: ENV["ALGOLIA_ADMIN_KEY"]', "}"]
    elif which == "mapbox":
        body = ["# Public token (pk.) used by mapbox-gl in the browser", f'MAPBOX_PUBLIC_TOKEN = "{mapbox_token(g, "pk")}"']
    elif which == "twilio":
        body = ["Twilio.configure do |config|", f'  config.account_sid = "AC{g.hex(32)}"',
                '  config.auth_token = ENV.fetch("TWILIO_AUTH_TOKEN")', "end", f'TWILIO_MESSAGING_SERVICE_SID = "MG{g.hex(32)}"']
    else:
        body = [f'GITHUB_APP_ID = {g.digits(6)}', f'GITHUB_CLIENT_ID = "Iv1.{g.hex(16)}"',
                'GITHUB_PRIVATE_KEY = OpenSSL::PKey::RSA.new(ENV.fetch("GITHUB_APP_PRIVATE_KEY").gsub("\\\\n", "\\n"))',
                f'GITHUB_INSTALLATION_ID = {g.digits(8)}']
    return nmk(f"config/initializers/{which}.rb", head + body + [""], which, "public_identifier")


@neg
def n_uuids_and_digests(g):
    app = g.app()
    lines = ['require "rails_helper"', "", "RSpec.describe WebhookReceiver do",
             f'  let(:request_id) {{ "{g.uuid()}" }}', f'  let(:idempotency_key) {{ "{g.uuid()}" }}',
             f'  let(:body_sha256) {{ "{g.hex(64)}" }}', f'  let(:etag) {{ "W/\\"{g.hex(32)}\\"" }}', "",
             '  it "deduplicates by idempotency key" do',
             "    2.times { described_class.call(request_id:, idempotency_key:, digest: body_sha256) }",
             "    expect(WebhookEvent.count).to eq(1)", "  end", "end"]
    return nmk("spec/services/webhook_receiver_spec.rb", lines, "generic", "uuid_digest")


@neg
def n_ar_encryption(g):
    lines = rb_initializer_head(g) + [
        "# Generated with `bin/rails db:encryption:init`, values live in encrypted credentials",
        "Rails.application.configure do",
        "  config.active_record.encryption.primary_key = Rails.application.credentials.dig(:active_record_encryption, :primary_key)",
        "  config.active_record.encryption.deterministic_key = Rails.application.credentials.dig(:active_record_encryption, :deterministic_key)",
        '  config.active_record.encryption.key_derivation_salt = ENV.fetch("AR_ENCRYPTION_KEY_DERIVATION_SALT") {',
        "    Rails.application.credentials.dig(:active_record_encryption, :key_derivation_salt)", "  }",
        "  config.active_record.encryption.support_unencrypted_data = true", "end"]
    return nmk("config/initializers/active_record_encryption.rb", lines, "rails", "credentials_reference")


@neg
def n_credentials_example_readme(g):
    lines = ["## Credentials", "", "Edit with `bin/rails credentials:edit --environment production`. Expected shape:", "",
             "```yaml", "secret_key_base: <generated>", "stripe:", "  secret_key: sk_live_...", "  webhook_secret: whsec_...",
             "active_record_encryption:", "  primary_key: <bin/rails db:encryption:init>", "  deterministic_key: <...>",
             "  key_derivation_salt: <...>", "aws:", "  access_key_id: AKIA...", "  secret_access_key: ...", "```"]
    return nmk("docs/credentials.md", lines, "rails", "placeholder")


@neg
def n_lucky_env(g):
    lines = ["Lucky::Server.configure do |settings|", "  if LuckyEnv.production?",
             '    settings.secret_key_base = secret_key_from_env', '    settings.host = "0.0.0.0"',
             '    settings.port = ENV["PORT"].to_i', "  else", '    settings.secret_key_base = "dev-only-secret-key-base"',
             "    settings.host = Lucky::ServerSettings.host", "    settings.port = Lucky::ServerSettings.port", "  end", "end", "",
             "private def secret_key_from_env", '  ENV["SECRET_KEY_BASE"]? || raise_missing_secret_key_in_production', "end"]
    return nmk("config/server.cr", lines, "lucky", "env_reference")


@neg
def n_shard_lock(g):
    lines = ["version: 2.0", "shards:"]
    for n in g.sample(["lucky", "avram", "kemal", "pg", "db", "habitat", "wordsmith", "dexter"], g.rint(4, 7)):
        lines += [f"  {n}:", f"    git: https://github.com/luckyframework/{n}.git", f"    version: {g.rint(0, 1)}.{g.rint(0, 30)}.{g.rint(0, 9)}+git.commit.{g.hex(40)}"]
    return nmk("shard.lock", lines, "crystal", "lockfile_commit")


@neg
def n_hex_env_ci(g):
    lines = ["name: Elixir CI", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:",
             "      MIX_ENV: test", "      OBAN_LICENSE_KEY: ${{ secrets.OBAN_LICENSE_KEY }}",
             "      OBAN_KEY_FINGERPRINT: ${{ secrets.OBAN_KEY_FINGERPRINT }}", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: erlef/setup-beam@v1", "        with: { otp-version: '26.2', elixir-version: '1.16.1' }",
             '      - run: mix hex.repo add oban https://getoban.pro/repo --fetch-public-key "$OBAN_KEY_FINGERPRINT" --auth-key "$OBAN_LICENSE_KEY"',
             "      - run: mix hex.organization auth acme --key ${{ secrets.HEX_ORG_KEY }}", "      - run: mix deps.get", "      - run: mix test"]
    return nmk(".github/workflows/elixir.yml", lines, "oban", "actions_secret_reference")


@neg
def n_master_key_doc(g):
    lines = ["#!/usr/bin/env bash", "# bin/fetch-master-key: pulls config/master.key from 1Password", "set -euo pipefail", "",
             'if [ -f config/master.key ]; then echo "config/master.key already present"; exit 0; fi', "",
             'op read "op://Engineering/' + g.app() + ' rails master key/password" > config/master.key',
             "chmod 600 config/master.key", 'echo "Wrote config/master.key ($(wc -c < config/master.key) bytes)"']
    return nmk("bin/fetch-master-key", lines, "rails", "shell_substitution")


@neg
def n_env_interp_dotenv(g):
    app = g.app()
    lines = common_env_lines(g, app) + ["DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/" + app,
             "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0", "SECRET_KEY_BASE=${SECRET_KEY_BASE}",
             "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY:?set in vault}"]
    return nmk(".env.production", lines, "generic", "shell_interpolation")



@neg
def n_filter_params(g):
    lines = ["# Be sure to restart your server when you modify this file.", "",
             "# Configure parameters to be partially matched (e.g. passw matches password) and filtered from the log file.",
             "# Use this to limit dissemination of sensitive information.",
             "# See the ActiveSupport::ParameterFilter documentation for supported notations and behaviors.",
             "Rails.application.config.filter_parameters += [",
             "  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn, :cvv, :cvc",
             "]", "", "Rails.application.config.filter_parameters << :stripe_secret_key << :api_key"]
    return nmk("config/initializers/filter_parameter_logging.rb", lines, "rails", "keywords_only")


@neg
def n_vcr_cassette(g):
    prov = g.choice(["stripe", "openai"])
    host = "api.stripe.com" if prov == "stripe" else "api.openai.com"
    ph = "<STRIPE_SECRET_KEY>" if prov == "stripe" else "<OPENAI_API_KEY>"
    lines = ["---", "http_interactions:", "- request:", "    method: post",
             f"    uri: https://{host}/v1/{'charges' if prov == 'stripe' else 'chat/completions'}",
             "    body:", "      encoding: UTF-8", "      string: '{\"amount\":1500}'", "    headers:", "      Authorization:",
             f"      - Bearer {ph}", "      Idempotency-Key:", f"      - {g.uuid()}", "  response:", "    status:",
             "      code: 200", "      message: OK", "    headers:", "      Request-Id:", f"      - req_{g.b62(14)}",
             "  recorded_at: Tue, 14 May 2024 10:12:44 GMT", "recorded_with: VCR 6.2.0"]
    return nmk(f"spec/cassettes/{prov}/create.yml", lines, prov, "filtered_placeholder")


@neg
def n_dockerfile_dummy(g):
    lines = ["# syntax = docker/dockerfile:1", "ARG RUBY_VERSION=3.3.0", "FROM ruby:$RUBY_VERSION-slim AS base", "",
             "WORKDIR /rails", 'ENV RAILS_ENV="production" \\', '    BUNDLE_DEPLOYMENT="1" \\', '    BUNDLE_WITHOUT="development"', "",
             "FROM base AS build", "COPY Gemfile Gemfile.lock ./",
             "RUN --mount=type=secret,id=BUNDLE_GEMS__CONTRIBSYS__COM \\",
             "    BUNDLE_GEMS__CONTRIBSYS__COM=$(cat /run/secrets/BUNDLE_GEMS__CONTRIBSYS__COM) bundle install",
             "COPY . .", "# Precompiling assets for production without requiring secret RAILS_MASTER_KEY",
             "RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile", "", "FROM base",
             "COPY --from=build /rails /rails", 'CMD ["./bin/thrust", "./bin/rails", "server"]']
    return nmk("Dockerfile", lines, "rails", "build_secret_mount")


@neg
def n_doc_example_values(g):
    lines = rb_initializer_head(g) + ["# Values below are the examples from the providers' docs; real ones come from ENV.",
             "Sentry.init do |config|", '  config.dsn = ENV.fetch("SENTRY_DSN", "https://examplePublicKey@o0.ingest.sentry.io/0")',
             "end", "", "Twilio.configure do |config|",
             '  config.account_sid = ENV.fetch("TWILIO_ACCOUNT_SID", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")',
             '  config.auth_token  = ENV.fetch("TWILIO_AUTH_TOKEN", "your_auth_token")', "end"]
    return nmk("config/initializers/third_party.rb", lines, "sentry", "documentation_placeholder")


@neg
def n_vm_args_env(g):
    lines = ["## Customize flags given to the VM: https://www.erlang.org/doc/man/erl.html", "",
             "-name ${RELEASE_NODE}", "-setcookie ${RELEASE_COOKIE}", "", "## Enable kernel poll and a few async threads",
             "+K true", "+A 64", "", "-env ERL_MAX_PORTS 65536"]
    return nmk("rel/vm.args.eex", lines, "erlang", "shell_interpolation")


@neg
def n_database_yml_file_secret(g):
    app = g.app()
    prod = [f"  database: {app}_production", f"  username: {app}",
            '  password: <%= File.read("/run/secrets/postgres_password").strip if File.exist?("/run/secrets/postgres_password") %>',
            "  host: db", "  sslmode: verify-full", '  sslrootcert: /etc/ssl/certs/rds-combined-ca-bundle.pem']
    return nmk("config/database.yml", database_yml(g, app, prod), "postgres", "file_reference")


@neg
def n_honeybadger_placeholder(g):
    lines = ["---", "# Replace PROJECT_API_KEY with the key from Project Settings > API Key", "api_key: 'PROJECT_API_KEY'",
             "env: <%= Rails.env %>", "", "development:", "  report_data: false"]
    return nmk("config/honeybadger.yml", lines, "honeybadger", "placeholder")


@neg
def n_revision_log(g):
    app = g.app()
    lines = []
    for i in range(g.rint(5, 10)):
        lines.append(f"Branch main (at {g.hex(40)}) deployed as release 2024{g.rint(1, 12):02d}{g.rint(10, 28)}{g.rint(100000, 235959)} by deploy")
    return nmk("revisions.log", lines, "capistrano", "git_sha")


# ================================================================ driver
SHORT_OK = ("master.key", "credentials/*.key", "credentials.yml.enc", ".gem/credentials")


RB_PAD = ["# frozen_string_literal: true", "", "# Be sure to restart your server when you modify this file.",
          "# Settings specified here will take precedence over those in config/application.rb.", ""]


def pad_short(g, item):
    """Bring very short (but realistic) files up to the 5-line minimum in the file type's own idiom."""
    ft = filetype_of(item["path"])
    if ft in SHORT_OK:
        return
    text = item["text"]
    n = len(text.rstrip("\n").split("\n"))
    if n >= 5:
        return
    if item["path"].endswith(".rb"):
        body = [x for x in RB_PAD if x not in text.split("\n")[:3]]
        item["text"] = "\n".join(body[: max(5 - n, 3)] + [""]) + text if body else text
        if not item["text"].endswith("\n"):
            item["text"] += "\n"
    elif ft == ".env":
        extra = common_env_lines(g, g.app())
        item["text"] = text + "\n".join(l for l in extra if l.split("=")[0] + "=" not in text) + "\n"


WEIGHTS = {"p_swoosh": 2, "p_readme_leak": 2, "p_smtp_settings": 2, "p_omniauth": 2, "p_fixture_yml": 2,
           "p_elixir_misc": 2, "p_stripe_initializer": 2, "p_figaro": 2, "p_braintree": 2,
           "n_public_ids": 3, "n_env_fetch_initializer": 2, "n_masked_readme": 2, "n_credentials_dig": 2}


def build(g, gens, n, label):
    out = []
    order = []
    while len(out) < n:
        if not order:
            order = [fn for fn in gens for _ in range(WEIGHTS.get(fn.__name__, 1))]
            g.r.shuffle(order)
        fn = order.pop()
        for _attempt in range(20):
            item = fn(g)
            text = item["text"]
            if label == "pos":
                nd = item["needle"]
                if not nd or text.count(nd) != 1 or "\n" in nd:
                    continue
            break
        else:
            raise RuntimeError(f"generator {fn.__name__} failed to produce a unique needle")
        item["gen"] = fn.__name__
        pad_short(g, item)
        out.append(item)
    return out


def write_all(outdir, seed):
    g = G(seed)
    positives = build(g, POS, N_POS, "pos")
    negatives = build(g, NEG, N_NEG, "neg")
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    for label, items, pfx in (("pos", positives, "p"), ("neg", negatives, "n")):
        for i, it in enumerate(items):
            rel = f"{label}/{pfx}{i:04d}/{it['path']}"
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(it["text"])
            ft = filetype_of(it["path"])
            it["file"], it["filetype"] = rel, ft
            manifest.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"], "filetype": ft})
            if label == "pos":
                idx = it["text"].index(it["needle"])
                line = it["text"].count("\n", 0, idx) + 1
                secrets.append({"file": rel, "needle": it["needle"], "line": line})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return positives, negatives, manifest, secrets


def self_check(outdir, manifest, secrets):
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        if s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            errors.append(f"needle not on stated line: {s['file']}")
        if text.count(s["needle"]) != 1:
            errors.append(f"needle not unique: {s['file']}")
    neg_texts = []
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
                neg_texts.append((m["file"], fh.read()))
    for s in secrets:
        for f, t in neg_texts:
            if s["needle"] in t:
                errors.append(f"negative {f} contains positive needle from {s['file']}")
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            n_lines = len(fh.read().rstrip("\n").split("\n"))
        if not (5 <= n_lines <= 80) and m["filetype"] not in SHORT_OK:
            errors.append(f"line count {n_lines} out of range: {m['file']}")
    return errors


def counts(manifest, key, label=None):
    c = {}
    for m in manifest:
        if label and m["label"] != label:
            continue
        c[m[key]] = c.get(m[key], 0) + 1
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = argv[1], int(argv[2])
    _pos, _neg, manifest, secrets = write_all(outdir, seed)
    errors = self_check(outdir, manifest, secrets)
    print(f"wrote {sum(1 for m in manifest if m['label'] == 'pos')} positives, "
          f"{sum(1 for m in manifest if m['label'] == 'neg')} negatives to {outdir}")
    pk = counts([dict(m, pk=f"{m['provider']}/{m['kind']}") for m in manifest], "pk", "pos")
    print(f"positive provider/kind pairs ({len(pk)}):")
    for k, v in pk.items():
        print(f"  {v:4d}  {k}")
    print(f"providers (pos): {counts(manifest, 'provider', 'pos')}")
    print(f"negative kinds ({len(counts(manifest, 'kind', 'neg'))}): {counts(manifest, 'kind', 'neg')}")
    ft = counts(manifest, "filetype")
    print(f"file types ({len(ft)}): {ft}")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:40]:
            print("  " + e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main(sys.argv)
