#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_le.py`: Erlang / Elixir (BEAM) operations secrets.

EMPHASIS
    Domain: operating BEAM systems (Erlang, Elixir, Gleam).  Providers / kinds:
      * Erlang distribution cookies: ~/.erlang.cookie, `-setcookie` in vm.args
        (releases, CouchDB), RELEASE_COOKIE in rel/env.sh.eex, `mix release`
        `cookie:` option, Node.set_cookie/2, erlang:set_cookie/2, `erl -setcookie`,
        `iex --cookie`, Kubernetes ERLANG_COOKIE / RABBITMQ_ERLANG_COOKIE, Helm
        values, compose, systemd units, fly.toml, Terraform, inventories, logs.
      * Phoenix secret_key_base (64+ chars), LiveView / session signing salts
        (32 chars from `mix phx.gen.secret 32`), Plug/Wisp secret_key_base.
      * Guardian secret_key and Joken default_signer / Joken.Signer secrets.
      * Ecto / Postgrex / epgsql passwords and ecto:// / postgres:// URL passwords.
      * Livebook: LIVEBOOK_PASSWORD, LIVEBOOK_SECRET_KEY_BASE, LIVEBOOK_COOKIE,
        Livebook Teams keys (lb_tk_...) and org tokens (lb_ot_...).
      * Hex organisation / repository / user API keys (32 lowercase hex),
        HEX_API_KEY, `mix hex.organization auth ORG --key`, `mix hex.repo add
        --auth-key`, rebar3 repo_key, Gleam publish key.
      * Oban Pro / Oban Web license keys (OBAN_LICENSE_KEY, getoban.pro repo auth).
      * NervesHub shared-secret product secrets, Nerves device private keys (EC P-256).
      * ejabberd (sql_password, ldap_password, ejabberdctl register), MongooseIM
        (mongooseim.toml pool passwords), RabbitMQ (default_pass, advanced.config,
        rabbitmqctl add_user), CouchDB (vm.args cookie, admin password).
    File types: .exs, .ex, .erl, sys.config, .app.src, rebar.config, advanced.config,
    vm.args / vm.args.src, env.sh.eex, shell, Dockerfile, YAML (Kubernetes, Helm,
    compose, GitHub Actions, ejabberd.yml, Ansible), Markdown, .erlang.cookie,
    Livebook .livemd, TOML (fly.toml, mongooseim.toml, gleam), .gleam, JSON, INI,
    rabbitmq.conf, Terraform, SQL, CSV, logs, systemd units, mix.lock, rebar.lock,
    PEM files, elixir_buildpack.config.

USAGE
    python3 -B gen_le.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  All randomness comes from one random.Random(SEED); output is
    byte-identical for equal seeds.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the bare secret value exactly as written: without the
      surrounding quotes, without `:"` atom quoting, without `<<"` binary quoting,
      without the variable name or the `-setcookie` / `--key` flag.
    * Connection strings (ecto://, postgres://, amqp://): the needle is only the
      password part between `user:` and `@`.
    * Command lines (positional arguments, `--key KEY`, `--auth-key KEY`,
      `-setcookie COOKIE`): the needle is the argument value.
    * Kubernetes Secret `data:` (base64) values: the needle is the base64 text as
      written (it encodes the cookie).
    * Multi-line PEM private keys: the needle is the BEGIN line
      (`-----BEGIN EC PRIVATE KEY-----` or `-----BEGIN PRIVATE KEY-----`) and
      `line` is the line holding it.
    * Files containing only the secret (.erlang.cookie): the needle is the whole
      content (no trailing newline, as Erlang writes it).
    * `line` is the 1-based line of the needle's first occurrence; the program
      asserts that the needle really is on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: System.fetch_env!/System.get_env lookups, {:system, "VAR"} tuples,
    Application.fetch_env!, os:getenv, ${VAR} / $(cat /run/secrets/..) /
    vault and op:// references, Helm `{{ .Values.x }}` and GitHub
    `${{ secrets.X }}` expressions, placeholders (<your-...>, YOUR_X_HERE,
    changeme, xxxx, REPLACE_ME), empty values, masked values (****, [REDACTED]),
    documented / default example values (CouchDB's `monster` cookie,
    `secret_cookie`, `nocookie`, Plug's `String.duplicate("abcdefgh", 8)`,
    postgres/postgres dev passwords), and public values (Oban repo public-key
    fingerprint, public keys / certificates instead of private keys).
    The other half (250) are BEAM look-alikes: mix.lock / rebar.lock checksums
    (64 hex), Phoenix cache_manifest.json digests, node names (app@10.0.0.1),
    #PID<0.123.0> / #Reference<...> in logs and crash dumps, Ecto migration
    timestamps, ETS table names, LiveView ids, UUIDs, git SHAs, Docker digests,
    Hex repo public keys, NervesHub firmware public keys and device certificates,
    RabbitMQ password_hash values, Argon2/bcrypt hashes in fixtures, Livebook
    stamps, base64 fixture blobs, test-only Application.put_env dummies, docs
    telling the reader to run `mix phx.gen.secret`.
    No negative is written to a file named .env / .env.local / .env.production ...
    (.env.example / .env.sample are used instead).

FORMATS CHECKED
    * Phoenix docs (hexdocs `mix phx.gen.secret`): default 64 characters, minimum
      32; source: :crypto.strong_rand_bytes(len) |> Base.encode64(padding: false)
      |> binary_part(0, len).  So secret_key_base = 64 chars of [A-Za-z0-9+/];
      salts from `mix phx.gen.secret 32` = 32 chars; phx.new endpoint salts 8 chars.
    * Erlang auth docs: if ~/.erlang.cookie is missing it is created (mode 400) and
      filled with a random string; OTP's auth.erl builds it from 20 letters A-Z.
    * Elixir Mix.Release source: default release cookie is
      Base.url_encode64(:crypto.strong_rand_bytes(40)) (56 chars, ends with "==").
    * Hex docs: `mix hex.organization auth ORG [--key KEY]`, `mix hex.user key
      generate`; Hex API key secrets are 32 lowercase hex characters (example
      shown in a Hex API client's docs).
    * Oban docs: `mix hex.repo add oban https://getoban.pro/repo
      --fetch-public-key $OBAN_KEY_FINGERPRINT --auth-key $OBAN_LICENSE_KEY`;
      older: `mix hex.organization auth oban --key YOUR_OBAN_LICENSE_KEY`; the
      public fingerprint `SHA256:4/OSKi0NRF91QVVXlGAhb/BIMLnK8NHcx/EWs+aIWPc`
      appears in real project scripts (public value -> negative slot / context).
    * Livebook source (Livebook.Teams.Constants): prefixes lb_tk_ (teams key),
      lb_ak_ (agent key), lb_dk_ (deploy key), lb_opk_ (public key); CLI help
      shows `livebook deploy --org-token="lb_ot_..." --teams-key="lb_tk_..."`.
      Livebook docs: LIVEBOOK_PASSWORD must be at least 12 characters.
    * NervesHubLink: shared_secret: [product_key: ..., product_secret: ...];
      product keys in examples start with `nhp_`.
    * RabbitMQ / CouchDB / ejabberd / MongooseIM option names from their
      documentation as remembered (RABBITMQ_ERLANG_COOKIE, default_pass,
      sql_password, ldap_password, CouchDB `-setcookie monster` default).

DOUBTS
    * Oban license keys: the format is not publicly documented; generated as 32
      lowercase hex like Hex repository auth keys.
    * Livebook Teams key / org token body: only the prefixes were confirmed; the
      body is generated as 43 chars of URL-safe base64 (32 random bytes).
    * NervesHub product_secret format not confirmed; generated as 43 chars of
      URL-safe base64.  Product keys (nhp_...) are treated as identifiers.
    * Gleam `gleam publish` reading HEXPM_API_KEY was not confirmed in the docs.
    * Phoenix signing salts are documented as not strictly secret; positives use
      32-char salts from `mix phx.gen.secret 32` only.  A scanner may
      legitimately disagree about salts.
    * MongooseIM TOML key names and ejabberd option spelling are from memory.
    * A few positives carry a human-style password (ejabberdctl, rabbitmqctl);
      these are random 14-24 char strings, which a purely entropy-based scanner
      may or may not judge as secrets.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
HEXL = "0123456789abcdef"
PWCH = ALNUM + "-_.~"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, n):
    return rs(r, HEXL, n)


def uuid4(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def has_mix(s):
    return any(c.isdigit() for c in s) and any(c.isalpha() for c in s)


def strong(r, fn):
    # regenerate until the value looks like random key material (letters+digits)
    for _ in range(50):
        v = fn(r)
        if has_mix(v):
            return v
    return v


# ---------------------------------------------------------------- secret generators
def g_cookie20(r):
    return rs(r, UP, 20)


def g_cookie_mix(r):
    return base64.urlsafe_b64encode(rbytes(r, 40)).decode()


def g_cookie_custom(r):
    k = r.randrange(4)
    if k == 0:
        return base64.b32encode(rbytes(r, 32)).decode().rstrip("=")
    if k == 1:
        return rs(r, ALNUM, r.randint(32, 48))
    if k == 2:
        return rhex(r, 48)
    return rs(r, UP, r.choice([20, 20, 24, 32]))


def g_cookie_any(r):
    x = r.random()
    if x < 0.45:
        return g_cookie20(r)
    if x < 0.7:
        return g_cookie_mix(r)
    return strong(r, g_cookie_custom)


def g_skb(r):
    n = r.choice([64, 64, 64, 64, 96, 128])
    return base64.b64encode(rbytes(r, n)).decode().rstrip("=")[:n]


def g_salt32(r):
    return base64.b64encode(rbytes(r, 32)).decode().rstrip("=")[:32]


def g_jwt_secret(r):
    k = r.randrange(3)
    if k == 0:
        return g_skb(r)
    if k == 1:
        return rs(r, ALNUM, r.randint(40, 56))
    return rhex(r, 64)


def g_password(r):
    n = r.randint(16, 30)
    return strong(r, lambda r: rs(r, ALNUM, n - 3) + rs(r, PWCH, 3))


def g_password_short(r):
    return strong(r, lambda r: rs(r, ALNUM, r.randint(14, 20)) + r.choice("-_.") + rs(r, DIG, 2))


def g_hexkey(r):
    return strong(r, lambda r: rhex(r, 32))


def g_b64u43(r):
    return base64.urlsafe_b64encode(rbytes(r, 32)).decode().rstrip("=")


def g_lb_tk(r):
    return "lb_tk_" + strong(r, g_b64u43)


def g_lb_ot(r):
    return "lb_ot_" + strong(r, g_b64u43)


def g_lb_password(r):
    return strong(r, lambda r: rs(r, ALNUM, r.randint(16, 28)))


def g_nh_secret(r):
    return strong(r, g_b64u43)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def pem_lines(b64):
    return [b64[i:i + 64] for i in range(0, len(b64), 64)]


def g_ec_pem(r):
    d = rbytes(r, 32)
    pub = b"\x04" + rbytes(r, 64)
    der = (b"\x02\x01\x01" + b"\x04\x20" + d + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
           + b"\xa1\x44\x03\x42\x00" + pub)
    der = b"\x30" + der_len(len(der)) + der
    body = pem_lines(base64.b64encode(der).decode())
    return "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + body + ["-----END EC PRIVATE KEY-----"])


def g_p8_pem(r):
    # PKCS#8 wrapper around random RSA-like key material (structure, not a usable key)
    inner = b"\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(r, 256) + b"\x02\x03\x01\x00\x01" + rbytes(r, 900)
    inner = b"\x30" + der_len(len(inner)) + inner
    alg = b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"
    body = b"\x02\x01\x00" + alg + b"\x04" + der_len(len(inner)) + inner
    der = b"\x30" + der_len(len(body)) + body
    lines = pem_lines(base64.b64encode(der).decode())
    return "\n".join(["-----BEGIN PRIVATE KEY-----"] + lines + ["-----END PRIVATE KEY-----"])


def g_cert_pem(r):
    der = b"\x30\x82\x01\xb3\x30\x82\x01\x59\xa0\x03\x02\x01\x02\x02\x14" + rbytes(r, 20) + rbytes(r, 400)
    body = pem_lines(base64.b64encode(der).decode())
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"])


def g_pub_pem(r):
    der = (b"\x30\x59\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
           b"\x03\x42\x00\x04" + rbytes(r, 64))
    body = pem_lines(base64.b64encode(der).decode())
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"])


GENS = {
    "cookie20": g_cookie20, "cookie_mix": g_cookie_mix, "cookie_custom": lambda r: strong(r, g_cookie_custom),
    "cookie": g_cookie_any, "skb": lambda r: strong(r, g_skb), "salt": lambda r: strong(r, g_salt32),
    "jwt": lambda r: strong(r, g_jwt_secret), "pw": g_password, "pws": g_password_short,
    "hex": g_hexkey, "lb_tk": g_lb_tk, "lb_ot": g_lb_ot, "lbpw": g_lb_password,
    "nh": g_nh_secret, "cookie_b64": lambda r: base64.b64encode(g_cookie20(r).encode()).decode(), "ecpem": g_ec_pem, "p8pem": g_p8_pem,
}

# ---------------------------------------------------------------- project context
APPS = ["shopfront", "ledger", "courier", "beacon", "harbor", "orbit", "relay", "kiosk", "tally",
        "sprout", "granary", "pulse", "atlas", "mosaic", "quarry", "tern", "vireo", "lumen",
        "fieldday", "hopper", "marlin", "otter_ops", "chirp", "dispatch"]
ORGS = ["acme", "northwind", "bluefin", "initech", "globex", "umbrella_labs", "hooli", "vandelay"]
HOSTS = ["db.internal", "pg-primary.prod.svc.cluster.local", "10.0.3.17", "postgres", "db",
         "prod-db-1.c9xk2p.eu-west-1.rds.amazonaws.com", "pg.service.consul", "172.20.0.5"]
ZONES = ["eu-west-1", "us-east-1", "fra", "ams", "iad", "ord"]


def camel(s):
    return "".join(w.capitalize() for w in s.split("_"))


def mkctx(r):
    app = r.choice(APPS)
    return {
        "app": app, "Mod": camel(app), "org": r.choice(ORGS), "host": r.choice(HOSTS),
        "ip": "10.%d.%d.%d" % (r.randint(0, 9), r.randint(0, 254), r.randint(2, 254)),
        "port": r.choice([4000, 4000, 8080, 4001]), "user": r.choice([app, app + "_app", "postgres", "svc_" + app]),
        "db": app + r.choice(["_prod", "_production", "", "_staging"]),
        "ver": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 12)),
        "otp": r.choice(["26.2.5", "27.1.2", "25.3.2.12", "27.2"]),
        "ex": r.choice(["1.16.3", "1.17.3", "1.18.1", "1.15.7"]),
        "zone": r.choice(ZONES),
    }


def q(s):
    return '"' + s + '"'


# ---------------------------------------------------------------- negative fillers
PLACEHOLDERS = ["<your-{l}>", "YOUR_{V}_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
                "****************", "[REDACTED]", "<{l}>", "TODO-set-me", "__{V}__", "********",
                "your-{l}-goes-here", "CHANGE_ME_IN_PROD", "...", "<redacted>", "xxxx-xxxx-xxxx"]

EXAMPLES = {
    "erlang_cookie": ["monster", "secret_cookie", "mycookie", "nocookie", "cookie", "dev_cookie", "test"],
    "secret_key_base": ["secret", "notasecret", "please-change-me", "dev-only-not-secret"],
    "signing_salt": ["signing_salt", "changeme", "salt"],
    "jwt_secret": ["secret", "my-secret", "your-256-bit-secret", "test_secret"],
    "db_password": ["postgres", "password", "secret", "guest", "admin"],
    "password": ["password", "guest", "admin", "secret", "test"],
    "hex_api_key": ["YOUR_HEX_API_KEY", "$HEX_API_KEY"],
    "oban_license_key": ["YOUR_OBAN_LICENSE_KEY", "$OBAN_LICENSE_KEY"],
    "livebook_teams_key": ["lb_tk_...", "lb_tk_<your-teams-key>"],
    "livebook_org_token": ["lb_ot_...", "lb_ot_<token>"],
    "nerveshub_secret": ["your_product_secret", "..."],
    "private_key": [],
}


def fmt_ph(t, var):
    return t.replace("{l}", var.lower().replace("_", "-")).replace("{V}", var.upper())


def neg_filler(r, tpl, c):
    """Return (value_text, subtype) for the secret slot of a re-used template."""
    ctx, var, kind = tpl["ctx"], tpl["var"], tpl["kind"]
    v, lv = var.upper(), var.lower()
    wrap = tpl.get("q", None)
    if isinstance(wrap, list):
        wrap = wrap[0]
    pick = r.random()
    refs = {
        "ex": ['System.fetch_env!("%s")' % v, 'System.get_env("%s")' % v, '{:system, "%s"}' % v,
               'Application.fetch_env!(:%s, :%s)' % (c["app"], lv),
               'System.get_env("%s") || raise "%s is missing"' % (v, v)],
        "erl": ['os:getenv("%s")' % v, '{env, "%s"}' % v],
        "sh": ['"${%s}"' % v, '"$(cat /run/secrets/%s)"' % lv, '"$(vault kv get -field=%s secret/%s)"' % (lv, c["app"]),
               '"$(op read op://ops/%s/%s)"' % (c["app"], lv), '"${%s:?must be set}"' % v],
        "raw": ["${%s}" % v, "$%s" % v],
        "yaml": ['"${%s}"' % v, '"{{ .Values.secrets.%s }}"' % lv, "${{ secrets.%s }}" % v,
                 '"${%s:-}"' % v],
        "docker": ["${%s}" % v, "$%s" % v],
        "json": ['"${%s}"' % v, '"$%s"' % v],
        "toml": ['"${%s}"' % v, '"env:%s"' % v],
        "tf": ["var.%s" % lv, "data.aws_ssm_parameter.%s.value" % lv, "random_password.%s.result" % lv],
        "sql": [":'%s'" % lv],
        "url": ["${%s}" % v, "%%{%s}" % lv],
        "urlex": ['#{System.fetch_env!("%s")}' % v, "#{%s}" % lv],
        "gleam": ['envoy.get("%s") |> result.unwrap("")' % v],
        "md": ["$%s" % v, "<output of mix phx.gen.secret>" if kind == "secret_key_base" else "<%s>" % lv],
        "pem": [],
    }
    if ctx == "pem":
        k = r.randrange(3)
        if k == 0:
            return g_cert_pem(r), "certificate"
        if k == 1:
            return g_pub_pem(r), "public_key"
        return "# (device key lives in the ATECC608 secure element; nothing on disk)", "hardware_ref"
    qt = wrap or {"ex": '"%s"', "erl": '"%s"', "sh": '"%s"', "raw": "%s", "yaml": '"%s"', "docker": '"%s"',
                  "json": '"%s"', "toml": '"%s"', "tf": '"%s"', "sql": "'%s'", "url": "%s", "urlex": "%s",
                  "gleam": '"%s"', "md": "%s"}[ctx]
    rl = refs.get(ctx, [])
    ex = EXAMPLES.get(kind, [])
    if pick < 0.42 and rl:
        return r.choice(rl), "env_ref"
    if pick < 0.55 and ex:
        val = r.choice(ex)
        if ctx in ("url", "urlex") and not val.isalnum():
            val = "postgres"
        return qt % val, "documented_example"
    if pick < 0.62 and ctx not in ("raw", "url", "urlex", "md"):
        return qt % "", "empty"
    if kind == "secret_key_base" and ctx == "ex" and pick < 0.7:
        return 'String.duplicate("abcdefgh", 8)', "documented_example"
    ph = fmt_ph(r.choice(PLACEHOLDERS), var)
    if ctx in ("url", "urlex", "raw"):
        ph = ph.replace(" ", "")
        if ctx != "raw":
            ph = r.choice(["PASSWORD", "<password>", "****", "changeme", "secret", "xxxxxxxx"])
    return qt % ph, "placeholder"


# ================================================================ positive templates
PT = []


def P(ctx, var, provider, kind, gen, q=None):
    def deco(f):
        PT.append({"fn": f, "ctx": ctx, "var": var, "provider": provider, "kind": kind, "gen": gen,
                   "q": q, "name": f.__name__})
        return f
    return deco


# ---------------------------------------------------------------- Erlang cookies
@P("raw", "ERLANG_COOKIE", "erlang", "erlang_cookie", "cookie20")
def t_cookie_file(r, c, v, pos):
    path = r.choice(["rootfs_overlay/root/.erlang.cookie", "deploy/files/.erlang.cookie",
                     "ansible/roles/beam/files/.erlang.cookie", "docker/rabbitmq/.erlang.cookie",
                     "ops/couchdb/.erlang.cookie"])
    return path, v


@P("raw", "RELEASE_COOKIE", "erlang", "erlang_cookie", "cookie")
def t_vm_args(r, c, v, pos):
    path = r.choice(["rel/vm.args", "rel/vm.args.eex", "config/vm.args", "rel/overlays/vm.args"])
    lines = ["## Customize flags given to the VM: https://erlang.org/doc/man/erl.html",
             "## Name of the node",
             "-name %s@%s" % (c["app"], c["ip"]),
             "",
             "## Cookie for distributed erlang",
             "-setcookie %s" % v,
             "",
             "## Increase number of concurrent ports/sockets",
             "##-env ERL_MAX_PORTS 4096",
             "+K true",
             "+A %d" % r.choice([16, 32, 64]),
             "",
             "## Tweak GC to run more often",
             "##-env ERL_FULLSWEEP_AFTER 10",
             "-kernel inet_dist_listen_min 9100 inet_dist_listen_max 9155",
             ""]
    return path, "\n".join(lines)


@P("sh", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie_mix")
def t_env_sh_eex(r, c, v, pos):
    text = """#!/bin/sh

# # Sets and enables heart (recommended only in daemon mode)
# case $RELEASE_COMMAND in
#   daemon*)
#     HEART_COMMAND="$RELEASE_ROOT/bin/$RELEASE_NAME $RELEASE_COMMAND"
#     export HEART_COMMAND
#     export ELIXIR_ERL_OPTIONS="-heart"
#     ;;
#   *)
#     ;;
# esac

# Set the release to work across nodes.
# RELEASE_DISTRIBUTION must be "sname" (local), "name" (distributed) or "none".
export RELEASE_DISTRIBUTION=name
export RELEASE_NODE=<%%= @release.name %%>@${POD_IP:-127.0.0.1}
export RELEASE_COOKIE=%s
export ERL_AFLAGS="-kernel shell_history enabled"
""" % v
    return "rel/env.sh.eex", text


@P("ex", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie_mix")
def t_mix_release(r, c, v, pos):
    text = """defmodule %(Mod)s.MixProject do
  use Mix.Project

  def project do
    [
      app: :%(app)s,
      version: "%(ver)s",
      elixir: "~> 1.15",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: releases()
    ]
  end

  def application do
    [mod: {%(Mod)s.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp releases do
    [
      %(app)s: [
        include_executables_for: [:unix],
        applications: [runtime_tools: :permanent],
        cookie: %(v)s,
        steps: [:assemble, :tar]
      ]
    ]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7.14"},
      {:ecto_sql, "~> 3.11"},
      {:postgrex, ">= 0.0.0"},
      {:libcluster, "~> 3.3"},
      {:jason, "~> 1.2"}
    ]
  end
end
""" % dict(c, v=v)
    return "mix.exs", text


@P("ex", "NODE_COOKIE", "erlang", "erlang_cookie", "cookie", q=':"%s"')
def t_node_set_cookie(r, c, v, pos):
    text = """defmodule %(Mod)s.Cluster.Connector do
  @moduledoc \"\"\"
  Joins the ops node to the running cluster so that remote shells and
  :observer can attach.
  \"\"\"
  require Logger

  @targets [:"%(app)s@%(ip)s", :"%(app)s_worker@%(ip)s"]

  def connect do
    Node.set_cookie(Node.self(), %(v)s)

    Enum.each(@targets, fn target ->
      case Node.connect(target) do
        true -> Logger.info("connected to #{target}")
        other -> Logger.warning("could not reach #{target}: #{inspect(other)}")
      end
    end)
  end
end
""" % dict(c, v=v)
    return "lib/%s/cluster/connector.ex" % c["app"], text


@P("raw", "ERLANG_COOKIE", "erlang", "erlang_cookie", "cookie20")
def t_erl_remsh(r, c, v, pos):
    text = """#!/usr/bin/env bash
# Attach a remote shell to the running node. Usage: bin/remote.sh [node]
set -euo pipefail

TARGET="${1:-%(app)s@%(ip)s}"
NAME="remsh_$$@$(hostname -i)"

exec erl -name "$NAME" -hidden -setcookie %(v)s -remsh "$TARGET"
""" % dict(c, v=v)
    return r.choice(["bin/remote.sh", "scripts/remsh.sh", "ops/attach.sh"]), text


@P("yaml", "RABBITMQ_ERLANG_COOKIE", "rabbitmq", "erlang_cookie", "cookie20", q=['"%s"', "%s"])
def t_k8s_secret_rabbit(r, c, v, pos):
    text = """apiVersion: v1
kind: Secret
metadata:
  name: rabbitmq-erlang-cookie
  namespace: messaging
  labels:
    app.kubernetes.io/name: rabbitmq
    app.kubernetes.io/part-of: %(app)s
type: Opaque
stringData:
  RABBITMQ_ERLANG_COOKIE: %(v)s
""" % dict(c, v=v)
    return "k8s/rabbitmq/secret.yaml", text


@P("yaml", "ERLANG_COOKIE", "erlang", "erlang_cookie", "cookie", q=['"%s"'])
def t_k8s_deploy_env(r, c, v, pos):
    text = """apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: %(app)s
spec:
  serviceName: %(app)s-headless
  replicas: 3
  selector:
    matchLabels:
      app: %(app)s
  template:
    metadata:
      labels:
        app: %(app)s
    spec:
      containers:
        - name: %(app)s
          image: ghcr.io/%(org)s/%(app)s:%(ver)s
          ports:
            - containerPort: %(port)d
            - containerPort: 4369
              name: epmd
          env:
            - name: POD_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP
            - name: RELEASE_DISTRIBUTION
              value: name
            - name: RELEASE_NODE
              value: "%(app)s@$(POD_IP)"
            - name: ERLANG_COOKIE
              value: %(v)s
          readinessProbe:
            httpGet:
              path: /health
              port: %(port)d
""" % dict(c, v=v)
    return r.choice(["k8s/statefulset.yaml", "deploy/k8s/%s.yaml" % c["app"]]), text


@P("yaml", "RABBITMQ_ERLANG_COOKIE", "rabbitmq", "erlang_cookie", "cookie20", q=["%s", "'%s'"])
def t_compose_rabbit(r, c, v, pos):
    text = """services:
  rabbitmq:
    image: rabbitmq:3.13-management
    hostname: rabbit1
    environment:
      RABBITMQ_ERLANG_COOKIE: %(v)s
      RABBITMQ_DEFAULT_VHOST: /%(app)s
    ports:
      - "5672:5672"
      - "15672:15672"
    volumes:
      - rabbit-data:/var/lib/rabbitmq

  %(app)s:
    build: .
    depends_on:
      - rabbitmq
    environment:
      AMQP_URL: amqp://rabbitmq:5672/%(app)s

volumes:
  rabbit-data:
""" % dict(c, v=v)
    return r.choice(["docker-compose.yml", "compose.yaml", "dev/docker-compose.yml"]), text


@P("raw", "COUCHDB_COOKIE", "couchdb", "erlang_cookie", "cookie_custom")
def t_couch_vmargs(r, c, v, pos):
    text = """# Licensed under the Apache License, Version 2.0 (the "License"); you may not
# use this file except in compliance with the License.

# Each node in the system must have a unique name. These are specified through
# the Erlang -name flag, which takes the form:
#
#    -name nodename@<FQDN>
#
-name couchdb@%(ip)s

# All nodes must share the same magic cookie for distributed Erlang to work.
-setcookie %(v)s

# Tell kernel and SASL not to log anything
-kernel error_logger silent
-sasl sasl_error_logger false

# Use kernel poll functionality if supported by emulator
+K true

# Start a pool of asynchronous IO threads
+A 16

# Comment this line out to enable the interactive Erlang shell on startup
+Bd -noinput

-kernel inet_dist_listen_min 9100
-kernel inet_dist_listen_max 9200
""" % dict(c, v=v)
    return r.choice(["etc/couchdb/vm.args", "couchdb/etc/vm.args", "docker/couchdb/vm.args"]), text


@P("docker", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie_mix", q=["%s", '"%s"'])
def t_dockerfile_cookie(r, c, v, pos):
    text = """ARG ELIXIR_VERSION=%(ex)s
ARG OTP_VERSION=%(otp)s
ARG DEBIAN_VERSION=bookworm-20240904-slim

ARG BUILDER_IMAGE="hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-debian-${DEBIAN_VERSION}"
ARG RUNNER_IMAGE="debian:${DEBIAN_VERSION}"

FROM ${BUILDER_IMAGE} as builder
RUN apt-get update -y && apt-get install -y build-essential git && apt-get clean
WORKDIR /app
RUN mix local.hex --force && mix local.rebar --force
ENV MIX_ENV="prod"
COPY mix.exs mix.lock ./
RUN mix deps.get --only $MIX_ENV
COPY config config
COPY lib lib
COPY priv priv
RUN mix compile && mix release

FROM ${RUNNER_IMAGE}
RUN apt-get update -y && apt-get install -y libstdc++6 openssl libncurses5 locales ca-certificates
WORKDIR "/app"
RUN chown nobody /app
ENV MIX_ENV="prod"
ENV RELEASE_DISTRIBUTION=name
ENV RELEASE_COOKIE=%(v)s
COPY --from=builder --chown=nobody:root /app/_build/${MIX_ENV}/rel/%(app)s ./
USER nobody
CMD ["/app/bin/server"]
""" % dict(c, v=v)
    return "Dockerfile", text


@P("raw", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie")
def t_systemd(r, c, v, pos):
    text = """[Unit]
Description=%(Mod)s Phoenix release
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=exec
User=%(app)s
Group=%(app)s
WorkingDirectory=/opt/%(app)s
Environment=MIX_ENV=prod
Environment=PHX_HOST=%(app)s.example.org
Environment=PORT=%(port)d
Environment=RELEASE_COOKIE=%(v)s
EnvironmentFile=-/etc/%(app)s/runtime.env
ExecStart=/opt/%(app)s/bin/%(app)s start
ExecStop=/opt/%(app)s/bin/%(app)s stop
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
""" % dict(c, v=v)
    return "deploy/systemd/%s.service" % c["app"], text


@P("yaml", "ERLANG_COOKIE", "rabbitmq", "erlang_cookie", "cookie20", q=['"%s"'])
def t_helm_values(r, c, v, pos):
    text = """## Bitnami RabbitMQ chart overrides for %(app)s
image:
  tag: 3.13.7-debian-12-r2

replicaCount: 3

auth:
  username: %(app)s
  existingPasswordSecret: rabbitmq-%(app)s-password
  erlangCookie: %(v)s

clustering:
  enabled: true
  forceBoot: false

persistence:
  enabled: true
  size: 8Gi

resources:
  requests:
    cpu: 250m
    memory: 512Mi
""" % dict(c, v=v)
    return r.choice(["deploy/helm/rabbitmq/values.yaml", "charts/values-prod.yaml"]), text


@P("toml", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie_mix")
def t_fly_toml(r, c, v, pos):
    text = """# fly.toml app configuration file generated for %(app)s
app = "%(app)s"
primary_region = "%(zone)s"
kill_signal = "SIGTERM"

[build]

[deploy]
  release_command = "/app/bin/migrate"

[env]
  PHX_HOST = "%(app)s.fly.dev"
  PORT = "8080"
  RELEASE_COOKIE = %(v)s
  ECTO_IPV6 = "true"
  ERL_AFLAGS = "-proto_dist inet6_tcp"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 0

  [http_service.concurrency]
    type = "connections"
    hard_limit = 1000
    soft_limit = 1000
""" % dict(c, v=v)
    return "fly.toml", text


@P("yaml", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie_mix", q=["%s", '"%s"'])
def t_gha_cookie(r, c, v, pos):
    text = """name: integration

on:
  push:
    branches: [main]
  pull_request:

env:
  MIX_ENV: test
  RELEASE_COOKIE: %(v)s

jobs:
  cluster-test:
    runs-on: ubuntu-22.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          elixir-version: "%(ex)s"
      - run: mix deps.get
      - run: epmd -daemon
      - run: mix test --include distributed
""" % dict(c, v=v)
    return ".github/workflows/integration.yml", text


@P("erl", "COOKIE", "erlang", "erlang_cookie", "cookie20", q="'%s'")
def t_erl_set_cookie(r, c, v, pos):
    text = """-module(%(app)s_dist).
-behaviour(gen_server).

-export([start_link/0, join/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(PEERS, ['%(app)s@%(ip)s']).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

join(Node) ->
    gen_server:call(?MODULE, {join, Node}).

init([]) ->
    true = erlang:set_cookie(node(), %(v)s),
    [net_kernel:connect_node(P) || P <- ?PEERS],
    {ok, #{}}.

handle_call({join, Node}, _From, State) ->
    {reply, net_kernel:connect_node(Node), State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info({nodedown, Node}, State) ->
    logger:warning("node down: ~p", [Node]),
    {noreply, State}.
""" % dict(c, v=v)
    return "src/%s_dist.erl" % c["app"], text


@P("raw", "RELEASE_COOKIE", "erlang", "erlang_cookie", "cookie_custom")
def t_vm_args_src(r, c, v, pos):
    text = """-sname %(app)s

-setcookie %(v)s

+K true
+A30

## Start the Elixir shell
-noshell
-user Elixir.IEx.CLI

-kernel logger_level info
""" % dict(c, v=v)
    return "config/vm.args.src", text


@P("raw", "COOKIE", "erlang", "erlang_cookie", "cookie")
def t_md_remsh(r, c, v, pos):
    text = """# Runbook: attaching to production

1. SSH to a bastion host: `ssh ops@bastion.%(zone)s.%(org)s.internal`
2. Find a pod: `kubectl -n %(app)s get pods -o wide`
3. Port-forward epmd and the dist port:

   ```sh
   kubectl -n %(app)s port-forward pod/%(app)s-0 4369 9100
   ```

4. Start a hidden node and attach:

   ```sh
   iex --name debug@127.0.0.1 --cookie %(v)s --remsh %(app)s@127.0.0.1 --hidden
   ```

5. Never run `:init.stop()` from the remote shell; use `System.stop/1` on the
   target only when paged.
""" % dict(c, v=v)
    return r.choice(["docs/runbooks/remote-shell.md", "RUNBOOK.md", "docs/ops/attach.md"]), text


@P("raw", "COOKIE", "erlang", "erlang_cookie", "cookie20")
def t_log_cmdline(r, c, v, pos):
    ts = "2024-%02d-%02dT%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    text = """%(ts)s:01.118Z [notice] Starting %(app)s %(ver)s (OTP %(otp)s)
%(ts)s:01.119Z [debug] init args: /opt/%(app)s/erts-14.2/bin/beam.smp -- -root /opt/%(app)s -progname erl -- -home /home/%(app)s -- -name %(app)s@%(ip)s -setcookie %(v)s -mode embedded -config /opt/%(app)s/releases/%(ver)s/sys
%(ts)s:01.402Z [info] Running %(Mod)sWeb.Endpoint with Bandit 1.5.7 at :::%(port)d (http)
%(ts)s:01.403Z [info] Access %(Mod)sWeb.Endpoint at https://%(app)s.example.org
%(ts)s:02.551Z [info] [libcluster:k8s] connected to :"%(app)s@10.0.4.12"
%(ts)s:05.007Z [info] GET /health
%(ts)s:05.008Z [info] Sent 200 in 412us
""" % dict(c, v=v, ts=ts)
    return r.choice(["log/boot.log", "logs/%s-node1.log" % c["app"], "tmp/incident-4471/console.log"]), text


@P("tf", "erlang_cookie", "erlang", "erlang_cookie", "cookie_custom")
def t_tf_k8s_secret(r, c, v, pos):
    text = """resource "kubernetes_namespace" "%(app)s" {
  metadata {
    name = "%(app)s"
  }
}

resource "kubernetes_secret" "%(app)s_dist" {
  metadata {
    name      = "%(app)s-dist"
    namespace = kubernetes_namespace.%(app)s.metadata[0].name
  }

  data = {
    RELEASE_COOKIE = %(v)s
  }

  type = "Opaque"
}
""" % dict(c, v=v)
    return r.choice(["infra/k8s.tf", "terraform/%s/secrets.tf" % c["app"]]), text


@P("raw", "erlang_cookie", "erlang", "erlang_cookie", "cookie20")
def t_csv_inventory(r, c, v, pos):
    rows = ["host,node,role,dist_port,cookie"]
    for i in range(r.randint(3, 6)):
        ck = v if i == 0 else "(same)"
        rows.append("%s-%d.%s,%s@10.0.%d.%d,%s,%d,%s" % (c["app"], i + 1, c["zone"], c["app"], i, r.randint(2, 250),
                                                     r.choice(["web", "worker", "web"]), 9100 + i, ck))
    return "ops/inventory/nodes.csv", "\n".join(rows) + "\n"


@P("yaml", "erlang_cookie", "erlang", "erlang_cookie", "cookie", q=["%s", '"%s"'])
def t_ansible_vars(r, c, v, pos):
    text = """---
# group_vars for the BEAM hosts
beam_user: %(app)s
beam_release_dir: /opt/%(app)s
beam_otp_version: "%(otp)s"
beam_node_name: "%(app)s@{{ ansible_default_ipv4.address }}"
erlang_cookie: %(v)s
beam_epmd_port: 4369
beam_dist_ports: "9100-9155"
beam_env:
  PHX_HOST: "%(app)s.example.org"
  POOL_SIZE: "20"
""" % dict(c, v=v)
    return r.choice(["ansible/group_vars/beam.yml", "ansible/inventories/prod/group_vars/all.yml"]), text


@P("json", "RELEASE_COOKIE", "elixir-release", "erlang_cookie", "cookie")
def t_vscode_launch(r, c, v, pos):
    text = """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "mix_task",
      "name": "mix phx.server (clustered)",
      "request": "launch",
      "task": "phx.server",
      "projectDir": "${workspaceRoot}",
      "env": {
        "MIX_ENV": "dev",
        "PORT": "%(port)d",
        "RELEASE_COOKIE": %(v)s
      },
      "exitAfterTaskReturns": false
    }
  ]
}
""" % dict(c, v=v)
    return ".vscode/launch.json", text


@P("yaml", "RABBITMQ_ERLANG_COOKIE", "rabbitmq", "erlang_cookie", "cookie_b64", q="%s")
def t_k8s_secret_data_b64(r, c, v, pos):
    text = """apiVersion: v1
kind: Secret
metadata:
  name: %(app)s-rabbitmq
type: Opaque
data:
  rabbitmq-erlang-cookie: %(v)s
""" % dict(c, v=v)
    return "k8s/base/rabbitmq-secret.yaml", text


# ---------------------------------------------------------------- Phoenix / Plug / Guardian / Joken
@P("ex", "SECRET_KEY_BASE", "phoenix", "secret_key_base", "skb")
def t_phx_config(r, c, v, pos):
    text = """# This file is responsible for configuring your application
# and its dependencies with the aid of the Config module.
import Config

config :%(app)s,
  ecto_repos: [%(Mod)s.Repo],
  generators: [timestamp_type: :utc_datetime]

# Configures the endpoint
config :%(app)s, %(Mod)sWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Bandit.PhoenixAdapter,
  render_errors: [
    formats: [html: %(Mod)sWeb.ErrorHTML, json: %(Mod)sWeb.ErrorJSON],
    layout: false
  ],
  pubsub_server: %(Mod)s.PubSub,
  secret_key_base: %(v)s

# Configures Elixir's Logger
config :logger, :console,
  format: "$time $metadata[$level] $message\\n",
  metadata: [:request_id]

# Use Jason for JSON parsing in Phoenix
config :phoenix, :json_library, Jason

import_config "#{config_env()}.exs"
""" % dict(c, v=v)
    return "config/config.exs", text


@P("ex", "SECRET_KEY_BASE", "phoenix", "secret_key_base", "skb")
def t_phx_prod_secret(r, c, v, pos):
    text = """# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
use Mix.Config

config :%(app)s, %(Mod)s.Repo,
  # ssl: true,
  url: System.get_env("DATABASE_URL"),
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

config :%(app)s, %(Mod)sWeb.Endpoint,
  http: [
    port: String.to_integer(System.get_env("PORT") || "4000"),
    transport_options: [socket_opts: [:inet6]]
  ],
  secret_key_base: %(v)s
""" % dict(c, v=v)
    return "config/prod.secret.exs", text


@P("ex", "SECRET_KEY_BASE", "phoenix", "secret_key_base", "skb", q='"%s"')
def t_phx_runtime_fallback(r, c, v, pos):
    text = """import Config

if System.get_env("PHX_SERVER") do
  config :%(app)s, %(Mod)sWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise \"\"\"
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      \"\"\"

  config :%(app)s, %(Mod)s.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  # TODO: remove fallback once the k8s secret is wired up
  secret_key_base = System.get_env("SECRET_KEY_BASE") || %(v)s

  host = System.get_env("PHX_HOST") || "%(app)s.example.org"

  config :%(app)s, %(Mod)sWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")],
    secret_key_base: secret_key_base
end
""" % dict(c, v=v)
    return "config/runtime.exs", text


@P("ex", "LIVE_VIEW_SIGNING_SALT", "phoenix", "signing_salt", "salt")
def t_phx_lv_salt(r, c, v, pos):
    text = """import Config

config :%(app)s, %(Mod)sWeb.Endpoint,
  url: [host: "localhost"],
  render_errors: [view: %(Mod)sWeb.ErrorView, accepts: ~w(html json), layout: false],
  pubsub_server: %(Mod)s.PubSub,
  live_view: [signing_salt: %(v)s]

config :esbuild,
  version: "0.17.11",
  default: [
    args: ~w(js/app.js --bundle --target=es2017 --outdir=../priv/static/assets),
    cd: Path.expand("../assets", __DIR__),
    env: %%{"NODE_PATH" => Path.expand("../deps", __DIR__)}
  ]

config :phoenix, :json_library, Jason
""" % dict(c, v=v)
    return "config/config.exs", text


@P("ex", "SESSION_ENCRYPTION_SALT", "phoenix", "signing_salt", "salt")
def t_phx_endpoint_salt(r, c, v, pos):
    text = """defmodule %(Mod)sWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :%(app)s

  # The session will be stored in the cookie and signed and encrypted,
  # this means its contents can be read but not tampered with.
  @session_options [
    store: :cookie,
    key: "_%(app)s_key",
    signing_salt: Application.compile_env!(:%(app)s, :session_signing_salt),
    encryption_salt: %(v)s,
    same_site: "Lax"
  ]

  socket "/live", Phoenix.LiveView.Socket,
    websocket: [connect_info: [session: @session_options]],
    longpoll: [connect_info: [session: @session_options]]

  plug Plug.Static,
    at: "/",
    from: :%(app)s,
    gzip: false,
    only: %(Mod)sWeb.static_paths()

  plug Plug.RequestId
  plug Plug.Telemetry, event_prefix: [:phoenix, :endpoint]
  plug Plug.Parsers, parsers: [:urlencoded, :multipart, :json], json_decoder: Phoenix.json_library()
  plug Plug.MethodOverride
  plug Plug.Head
  plug Plug.Session, @session_options
  plug %(Mod)sWeb.Router
end
""" % dict(c, v=v)
    return "lib/%s_web/endpoint.ex" % c["app"], text


@P("ex", "SECRET_KEY_BASE", "plug", "secret_key_base", "skb", q='"%s"')
def t_plug_put_skb(r, c, v, pos):
    text = """defmodule %(Mod)s.Router do
  use Plug.Router

  plug :put_secret_key_base
  plug Plug.Session, store: :cookie, key: "_%(app)s", signing_salt: "cookie store"
  plug :fetch_session
  plug :match
  plug :dispatch

  def put_secret_key_base(conn, _opts) do
    put_in(conn.secret_key_base, %(v)s)
  end

  get "/" do
    send_resp(conn, 200, "ok")
  end

  match _ do
    send_resp(conn, 404, "not found")
  end
end
""" % dict(c, v=v)
    return "lib/%s/router.ex" % c["app"], text


@P("ex", "SECRET_KEY_BASE", "phoenix", "secret_key_base", "skb", q='"%s"')
def t_put_env_app(r, c, v, pos):
    text = """defmodule %(Mod)s.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    # ops hotfix 2024-03: endpoint config was not loaded on the edge boxes
    Application.put_env(:%(app)s, %(Mod)sWeb.Endpoint,
      Keyword.merge(Application.get_env(:%(app)s, %(Mod)sWeb.Endpoint, []),
        secret_key_base: %(v)s
      )
    )

    children = [
      %(Mod)sWeb.Telemetry,
      %(Mod)s.Repo,
      {DNSCluster, query: Application.get_env(:%(app)s, :dns_cluster_query) || :ignore},
      {Phoenix.PubSub, name: %(Mod)s.PubSub},
      %(Mod)sWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: %(Mod)s.Supervisor)
  end

  @impl true
  def config_change(changed, _new, removed) do
    %(Mod)sWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
""" % dict(c, v=v)
    return "lib/%s/application.ex" % c["app"], text


@P("ex", "GUARDIAN_SECRET_KEY", "guardian", "jwt_secret", "skb")
def t_guardian(r, c, v, pos):
    text = """import Config

config :%(app)s, %(Mod)s.Guardian,
  issuer: "%(app)s",
  ttl: {30, :days},
  allowed_drift: 2000,
  verify_issuer: true,
  secret_key: %(v)s

config :%(app)s, %(Mod)sWeb.AuthPipeline,
  module: %(Mod)s.Guardian,
  error_handler: %(Mod)sWeb.AuthErrorHandler
""" % dict(c, v=v)
    return r.choice(["config/prod.exs", "config/guardian.exs"]), text


@P("ex", "JOKEN_DEFAULT_SIGNER", "joken", "jwt_secret", "jwt")
def t_joken_config(r, c, v, pos):
    text = """import Config

config :joken, default_signer: %(v)s

config :%(app)s, %(Mod)s.Token,
  aud: "%(app)s-api",
  iss: "https://auth.%(app)s.example.org",
  default_exp: 60 * 60
""" % dict(c, v=v)
    return "config/prod.exs", text


@P("ex", "WEBHOOK_SECRET", "joken", "jwt_secret", "jwt", q='"%s"')
def t_joken_signer(r, c, v, pos):
    text = """defmodule %(Mod)s.Webhooks.Token do
  use Joken.Config

  @impl true
  def token_config do
    default_claims(iss: "%(app)s", aud: "partners", default_exp: 300)
  end

  def signer do
    Joken.Signer.create("HS256", %(v)s)
  end

  def issue(partner_id) do
    generate_and_sign(%%{"sub" => partner_id}, signer())
  end

  def check(token), do: verify_and_validate(token, signer())
end
""" % dict(c, v=v)
    return "lib/%s/webhooks/token.ex" % c["app"], text


@P("gleam", "SECRET_KEY_BASE", "gleam", "secret_key_base", "skb")
def t_gleam_wisp(r, c, v, pos):
    text = """import gleam/erlang/process
import mist
import wisp
import wisp/wisp_mist
import %(app)s/router

pub fn main() {
  wisp.configure_logger()
  let secret_key_base = %(v)s

  let assert Ok(_) =
    wisp_mist.handler(router.handle_request, secret_key_base)
    |> mist.new
    |> mist.port(%(port)d)
    |> mist.start_http

  process.sleep_forever()
}
""" % dict(c, v=v)
    return "src/%s.gleam" % c["app"], text


@P("tf", "secret_key_base", "phoenix", "secret_key_base", "skb")
def t_tf_ssm(r, c, v, pos):
    text = """resource "aws_ssm_parameter" "%(app)s_database_url" {
  name  = "/%(app)s/prod/DATABASE_URL"
  type  = "SecureString"
  value = "ecto://%(app)s@${aws_db_instance.main.address}/%(db)s"
}

resource "aws_ssm_parameter" "%(app)s_secret_key_base" {
  name        = "/%(app)s/prod/SECRET_KEY_BASE"
  description = "Phoenix endpoint secret"
  type        = "SecureString"
  value       = %(v)s

  tags = {
    service = "%(app)s"
  }
}
""" % dict(c, v=v)
    return r.choice(["infra/ssm.tf", "terraform/%s/params.tf" % c["app"]]), text


@P("raw", "SECRET_KEY_BASE", "phoenix", "secret_key_base", "skb")
def t_dotenv(r, c, v, pos):
    text = """MIX_ENV=dev
PORT=%(port)d
PHX_HOST=localhost
DATABASE_URL=ecto://postgres:postgres@localhost/%(app)s_dev
SECRET_KEY_BASE=%(v)s
""" % dict(c, v=v)
    return ".env", text


# ---------------------------------------------------------------- Ecto / databases
@P("ex", "DB_PASSWORD", "ecto", "db_password", "pw")
def t_ecto_prod(r, c, v, pos):
    text = """import Config

config :%(app)s, %(Mod)s.Repo,
  username: "%(user)s",
  password: %(v)s,
  hostname: "%(host)s",
  database: "%(db)s",
  port: 5432,
  ssl: true,
  pool_size: 15,
  queue_target: 5_000

config :%(app)s, %(Mod)sWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json"

config :logger, level: :info
""" % dict(c, v=v)
    return r.choice(["config/prod.exs", "config/staging.exs"]), text


@P("urlex", "DB_PASSWORD", "ecto", "db_password", "pw")
def t_ecto_url(r, c, v, pos):
    text = """import Config

config :%(app)s, %(Mod)s.Repo,
  url: "ecto://%(user)s:%(v)s@%(host)s/%(db)s",
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
  socket_options: [:inet6]

config :%(app)s, Oban,
  repo: %(Mod)s.Repo,
  queues: [default: 10, mailers: 20, events: 50]
""" % dict(c, v=v)
    return r.choice(["config/runtime.exs", "config/prod.exs"]), text


@P("url", "DATABASE_PASSWORD", "ecto", "db_password", "pw")
def t_k8s_database_url(r, c, v, pos):
    text = """apiVersion: v1
kind: Secret
metadata:
  name: %(app)s-env
  namespace: %(app)s
type: Opaque
stringData:
  DATABASE_URL: "postgres://%(user)s:%(v)s@%(host)s:5432/%(db)s"
  PHX_HOST: "%(app)s.example.org"
  POOL_SIZE: "20"
""" % dict(c, v=v)
    return "k8s/overlays/prod/env-secret.yaml", text


@P("ex", "PGPASSWORD", "ecto", "db_password", "pw", q='"%s"')
def t_postgrex(r, c, v, pos):
    text = """defmodule %(Mod)s.Reporting.Conn do
  @moduledoc "Direct Postgrex connection to the reporting replica (bypasses Ecto)."

  def child_spec(_) do
    %%{
      id: __MODULE__,
      start:
        {Postgrex, :start_link,
         [
           [
             name: __MODULE__,
             hostname: "%(host)s",
             username: "reporting_ro",
             password: %(v)s,
             database: "%(db)s",
             pool_size: 4
           ]
         ]}
    }
  end

  def query!(sql, params \\\\ []), do: Postgrex.query!(__MODULE__, sql, params)
end
""" % dict(c, v=v)
    return "lib/%s/reporting/conn.ex" % c["app"], text


@P("erl", "DB_PASSWORD", "erlang", "db_password", "pw")
def t_sys_config(r, c, v, pos):
    text = """[
 {kernel,
  [{logger_level, info},
   {logger, [{handler, default, logger_std_h, #{formatter => {logger_formatter, #{single_line => true}}}}]}]},
 {%(app)s,
  [{http_port, %(port)d},
   {pgsql, [{host, "%(host)s"},
            {port, 5432},
            {database, "%(db)s"},
            {username, "%(user)s"},
            {password, %(v)s},
            {pool_size, 10}]}]},
 {sasl, [{sasl_error_logger, false}]}
].
""" % dict(c, v=v)
    return r.choice(["config/sys.config", "rel/sys.config", "config/prod_sys.config"]), text


@P("erl", "DB_PASSWORD", "erlang", "db_password", "pw")
def t_app_src(r, c, v, pos):
    text = """{application, %(app)s,
 [{description, "%(Mod)s order service"},
  {vsn, "%(ver)s"},
  {registered, [%(app)s_sup]},
  {mod, {%(app)s_app, []}},
  {applications, [kernel, stdlib, epgsql, cowboy, jsx]},
  {env, [{listen_port, %(port)d},
         {db_host, "%(host)s"},
         {db_user, "%(user)s"},
         {db_pass, %(v)s}]},
  {modules, []},
  {licenses, ["Apache-2.0"]},
  {links, []}
 ]}.
""" % dict(c, v=v)
    return "src/%s.app.src" % c["app"], text


@P("erl", "DB_PASSWORD", "erlang", "db_password", "pw")
def t_epgsql(r, c, v, pos):
    text = """-module(%(app)s_db).
-export([connect/0, fetch_user/2]).

-include_lib("kernel/include/logger.hrl").

connect() ->
    {ok, C} = epgsql:connect("%(host)s", "%(user)s", %(v)s,
                             #{database => "%(db)s", timeout => 4000}),
    ?LOG_INFO("connected to ~s", ["%(host)s"]),
    C.

fetch_user(C, Id) ->
    case epgsql:equery(C, "select id, email from users where id = $1", [Id]) of
        {ok, _Cols, [Row]} -> {ok, Row};
        {ok, _Cols, []} -> not_found
    end.
""" % dict(c, v=v)
    return "src/%s_db.erl" % c["app"], text


@P("sql", "app_password", "postgres", "db_password", "pw")
def t_sql_role(r, c, v, pos):
    text = """-- Bootstrap roles for %(app)s (run once as superuser)
CREATE ROLE %(user)s WITH LOGIN PASSWORD %(v)s;
CREATE DATABASE %(db)s OWNER %(user)s;
GRANT CONNECT ON DATABASE %(db)s TO %(user)s;

\\c %(db)s
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
GRANT USAGE ON SCHEMA public TO %(user)s;
""" % dict(c, v=v)
    return r.choice(["priv/repo/bootstrap.sql", "db/init/01-roles.sql"]), text


@P("ex", "DB_PASSWORD", "ecto", "db_password", "pw")
def t_livemd_postgrex(r, c, v, pos):
    text = """# Churn report

```elixir
Mix.install([
  {:postgrex, "~> 0.19"},
  {:explorer, "~> 0.9"},
  {:kino_db, "~> 0.2"}
])
```

## Connect

<!-- livebook:{"attrs":"e30","chunks":null,"kind":"Elixir.KinoDB.ConnectionCell","livebook_object":"smart_cell"} -->

```elixir
opts = [
  hostname: "%(host)s",
  port: 5432,
  username: "analytics",
  password: %(v)s,
  database: "%(db)s"
]

{:ok, conn} = Kino.start_child({Postgrex, opts})
```

## Monthly churn

```elixir
Postgrex.query!(conn, "select date_trunc('month', cancelled_at) m, count(*) from subscriptions group by 1", [])
```
""" % dict(c, v=v)
    return r.choice(["notebooks/churn.livemd", "livebooks/reports/churn.livemd"]), text


# ---------------------------------------------------------------- Livebook
@P("sh", "LIVEBOOK_PASSWORD", "livebook", "password", "lbpw")
def t_livebook_docker_md(r, c, v, pos):
    text = """# Team notebooks

We run a shared Livebook on the analytics VM:

```sh
docker run --rm -d --name livebook \\
  -p 8090:8080 -p 8091:8081 \\
  -e LIVEBOOK_PASSWORD=%(v)s \\
  -e LIVEBOOK_DEFAULT_RUNTIME=standalone \\
  -v /srv/livebook:/data \\
  ghcr.io/livebook-dev/livebook:0.14.4
```

Then open http://analytics-vm.%(zone)s.internal:8090 and log in.
""" % dict(c, v=v)
    return r.choice(["docs/livebook.md", "notebooks/README.md"]), text


@P("yaml", "LIVEBOOK_SECRET_KEY_BASE", "livebook", "secret_key_base", "skb", q=["%s", '"%s"'])
def t_livebook_compose(r, c, v, pos):
    text = """services:
  livebook:
    image: ghcr.io/livebook-dev/livebook:0.14.4
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      LIVEBOOK_PASSWORD: ${LIVEBOOK_PASSWORD}
      LIVEBOOK_SECRET_KEY_BASE: %(v)s
      LIVEBOOK_DISTRIBUTION: name
      LIVEBOOK_NODE: livebook@livebook
      LIVEBOOK_DATA_PATH: /data
    volumes:
      - ./data:/data
""" % dict(c, v=v)
    return r.choice(["livebook/docker-compose.yml", "ops/livebook/compose.yaml"]), text


@P("yaml", "LIVEBOOK_COOKIE", "livebook", "erlang_cookie", "cookie_custom", q=['"%s"'])
def t_livebook_k8s(r, c, v, pos):
    text = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: livebook
  namespace: tools
spec:
  replicas: 2
  selector:
    matchLabels: {app: livebook}
  template:
    metadata:
      labels: {app: livebook}
    spec:
      containers:
        - name: livebook
          image: ghcr.io/livebook-dev/livebook:0.14.4
          env:
            - name: LIVEBOOK_CLUSTER
              value: "dns:livebook-headless.tools.svc.cluster.local"
            - name: LIVEBOOK_PASSWORD
              valueFrom:
                secretKeyRef: {name: livebook, key: password}
            - name: LIVEBOOK_COOKIE
              value: %(v)s
            - name: POD_IP
              valueFrom:
                fieldRef: {fieldPath: status.podIP}
            - name: LIVEBOOK_NODE
              value: "livebook@$(POD_IP)"
          ports:
            - containerPort: 8080
""" % dict(c, v=v)
    return "k8s/tools/livebook.yaml", text


@P("sh", "LB_TEAMS_KEY", "livebook", "livebook_teams_key", "lb_tk")
def t_livebook_deploy_cli(r, c, v, pos):
    text = """#!/usr/bin/env bash
# Deploy the ops dashboards to the "%(org)s-prod" deployment group.
set -euo pipefail

cd "$(dirname "$0")/.."

livebook deploy \\
  --org-token="$LIVEBOOK_ORG_TOKEN" \\
  --teams-key=%(v)s \\
  --deployment-group-id=%(dg)d \\
  apps/oncall.livemd apps/queues.livemd
""" % dict(c, v=v, dg=r.randint(2, 400))
    return r.choice(["bin/deploy-apps.sh", "scripts/livebook_deploy.sh"]), text


@P("yaml", "LIVEBOOK_ORG_TOKEN", "livebook", "livebook_org_token", "lb_ot", q=["%s", '"%s"'])
def t_livebook_gha(r, c, v, pos):
    text = """name: Deploy Livebook apps
on:
  push:
    branches: [main]
    paths: ["apps/**.livemd"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          elixir-version: "%(ex)s"
      - run: mix escript.install hex livebook --force
      - run: ~/.mix/escripts/livebook deploy --org-token="$ORG_TOKEN" --teams-key="$TEAMS_KEY" --deployment-group-id=7 apps/*.livemd
        env:
          ORG_TOKEN: %(v)s
          TEAMS_KEY: ${{ secrets.LIVEBOOK_TEAMS_KEY }}
""" % dict(c, v=v)
    return ".github/workflows/livebook-deploy.yml", text


@P("docker", "LIVEBOOK_TEAMS_KEY", "livebook", "livebook_teams_key", "lb_tk", q=['"%s"', "%s"])
def t_livebook_dockerfile(r, c, v, pos):
    text = """FROM ghcr.io/livebook-dev/livebook:0.14.4

# Livebook app server for the %(org)s workspace
ENV LIVEBOOK_TEAMS_NAME="%(org)s"
ENV LIVEBOOK_TEAMS_KEY=%(v)s
ENV LIVEBOOK_APPS_PATH="/apps"
ENV LIVEBOOK_APPS_PATH_WARMUP="manual"

COPY apps/ /apps/
RUN /app/bin/warmup_apps
""" % dict(c, v=v)
    return r.choice(["Dockerfile", "livebook/Dockerfile"]), text


@P("ex", "NODE_COOKIE", "livebook", "erlang_cookie", "cookie20", q=':"%s"')
def t_livemd_attach(r, c, v, pos):
    text = """# Inspect production queues

## Attach

Runtime: *Attached node* would be nicer, but this notebook connects manually.

```elixir
Node.start(:"lb_ops@127.0.0.1", :longnames)
Node.set_cookie(%(v)s)
true = Node.connect(:"%(app)s@%(ip)s")
```

## Queue lengths

```elixir
:erpc.call(:"%(app)s@%(ip)s", Oban, :check_queue, [[queue: :default]])
```
""" % dict(c, v=v)
    return r.choice(["notebooks/queues.livemd", "ops/livebooks/inspect.livemd"]), text


# ---------------------------------------------------------------- Hex
@P("raw", "HEX_ORG_KEY", "hex", "hex_api_key", "hex")
def t_hex_org_auth_sh(r, c, v, pos):
    text = """#!/bin/sh
# CI bootstrap: fetch private packages from the %(org)s organisation
set -e
mix local.hex --force
mix local.rebar --force
mix hex.organization auth %(org)s --key %(v)s
mix deps.get
""" % dict(c, v=v)
    return r.choice(["ci/bootstrap.sh", "bin/ci-setup", ".buildkite/hooks/pre-command"]), text


@P("yaml", "HEX_API_KEY", "hex", "hex_api_key", "hex", q=["%s", '"%s"'])
def t_hex_gha_publish(r, c, v, pos):
    text = """name: publish

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      HEX_API_KEY: %(v)s
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          elixir-version: "%(ex)s"
      - run: mix deps.get
      - run: mix hex.publish --yes
""" % dict(c, v=v)
    return ".github/workflows/publish.yml", text


@P("raw", "HEX_ORG_KEY", "hex", "hex_api_key", "hex")
def t_hex_dockerfile(r, c, v, pos):
    text = """FROM hexpm/elixir:%(ex)s-erlang-%(otp)s-alpine-3.20.3 AS build
RUN apk add --no-cache build-base git
WORKDIR /app
ENV MIX_ENV=prod
RUN mix local.hex --force && mix local.rebar --force
RUN mix hex.organization auth %(org)s --key %(v)s
COPY mix.exs mix.lock ./
RUN mix deps.get --only prod && mix deps.compile
COPY . .
RUN mix release
""" % dict(c, v=v)
    return "Dockerfile", text


@P("raw", "REPO_AUTH_KEY", "hex", "hex_api_key", "hex")
def t_hex_repo_add(r, c, v, pos):
    text = """# Private Hex mirror

Our internal packages live on a self-hosted Hex repository (mini_repo).
Add it once per machine:

```console
$ mix hex.repo add %(org)s https://hex.%(org)s.internal/repos/%(org)s \\
    --public-key priv/hex/%(org)s_repo.pub \\
    --auth-key %(v)s
```

Then depend on packages with `repo: "%(org)s"` in `mix.exs`.
""" % dict(c, v=v)
    return r.choice(["docs/private-hex.md", "CONTRIBUTING.md"]), text


@P("erl", "HEX_REPO_KEY", "hex", "hex_api_key", "hex", q='<<"%s">>')
def t_rebar_config(r, c, v, pos):
    text = """{erl_opts, [debug_info, warnings_as_errors]}.

{deps, [
    {cowboy, "2.12.0"},
    {jsx, "3.1.0"},
    {%(org)s_auth, "1.4.2"}
]}.

{hex, [
    {repos, [
        #{name => <<"hexpm:%(org)s">>,
          repo_key => %(v)s}
    ]}
]}.

{relx, [{release, {%(app)s, "%(ver)s"}, [%(app)s, sasl]},
        {mode, prod},
        {extended_start_script, true}]}.

{shell, [{apps, [%(app)s]}]}.
""" % dict(c, v=v)
    return "rebar.config", text


@P("yaml", "HEXPM_API_KEY", "gleam", "hex_api_key", "hex", q=["%s", '"%s"'])
def t_gleam_publish(r, c, v, pos):
    text = """name: release
on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          gleam-version: "1.5.1"
          rebar3-version: "3"
      - run: gleam test
      - run: gleam publish -y
        env:
          HEXPM_API_KEY: %(v)s
""" % dict(c, v=v)
    return ".github/workflows/release.yml", text


# ---------------------------------------------------------------- Oban
@P("raw", "OBAN_LICENSE_KEY", "oban", "oban_license_key", "hex")
def t_oban_repo_add(r, c, v, pos):
    text = """#!/usr/bin/env bash
# Needed locally and in the production docker build.
set -euo pipefail

mix hex.repo add oban https://getoban.pro/repo \\
  --fetch-public-key SHA256:4/OSKi0NRF91QVVXlGAhb/BIMLnK8NHcx/EWs+aIWPc \\
  --auth-key %(v)s
""" % dict(c, v=v)
    return r.choice(["bin/oban-auth.sh", "scripts/setup_oban.sh"]), text


@P("raw", "OBAN_KEY", "oban", "oban_license_key", "hex")
def t_oban_buildpack(r, c, v, pos):
    text = """# Erlang version
erlang_version=%(otp)s

# Elixir version
elixir_version=%(ex)s

# Always rebuild from scratch on every deploy?
always_rebuild=false

# A command to run right before fetching dependencies
hook_pre_fetch_dependencies="mix hex.repo add oban https://getoban.pro/repo --fetch-public-key SHA256:4/OSKi0NRF91QVVXlGAhb/BIMLnK8NHcx/EWs+aIWPc --auth-key %(v)s"

hook_post_compile="mix assets.deploy && rm -f _build/esbuild*"
""" % dict(c, v=v)
    return "elixir_buildpack.config", text


@P("raw", "OBAN_WEB_LICENSE_KEY", "oban", "oban_license_key", "hex")
def t_oban_predeps(r, c, v, pos):
    text = """#!/bin/bash

mix hex.organization auth oban --key %(v)s
""" % dict(c, v=v)
    return "bin/predeps", text


@P("raw", "OBAN_LICENSE_KEY", "oban", "oban_license_key", "hex")
def t_oban_dockerfile(r, c, v, pos):
    text = """ARG ELIXIR_VERSION=%(ex)s
ARG OTP_VERSION=%(otp)s
FROM hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-debian-bookworm-20240904-slim AS builder

WORKDIR /app
RUN mix local.hex --force && mix local.rebar --force
RUN mix hex.repo add oban https://getoban.pro/repo \\
      --fetch-public-key SHA256:4/OSKi0NRF91QVVXlGAhb/BIMLnK8NHcx/EWs+aIWPc \\
      --auth-key %(v)s

ENV MIX_ENV=prod
COPY mix.exs mix.lock ./
RUN mix deps.get --only $MIX_ENV
""" % dict(c, v=v)
    return r.choice(["Dockerfile", "docker/app.Dockerfile"]), text


@P("yaml", "OBAN_LICENSE_KEY", "oban", "oban_license_key", "hex", q=["%s", '"%s"'])
def t_oban_gha(r, c, v, pos):
    text = """name: CI
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    env:
      MIX_ENV: test
      OBAN_LICENSE_KEY: %(v)s
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          elixir-version: "%(ex)s"
      - name: Authorize Oban
        run: |
          mix hex.repo add oban https://getoban.pro/repo \\
            --fetch-public-key ${{ vars.OBAN_KEY_FINGERPRINT }} \\
            --auth-key $OBAN_LICENSE_KEY
      - run: mix deps.get
      - run: mix test
""" % dict(c, v=v)
    return ".github/workflows/ci.yml", text


# ---------------------------------------------------------------- Nerves / NervesHub
@P("ex", "NH_PRODUCT_SECRET", "nerveshub", "nerveshub_secret", "nh")
def t_nerveshub_shared(r, c, v, pos):
    pk = ('"nhp_%s"' % rs(r, UP + DIG, 26)) if pos else 'System.get_env("NH_PRODUCT_KEY")'
    text = """import Config

# NervesHub: shared-secret device auth (product-level)
config :nerves_hub_link,
  host: "devices.nervescloud.com",
  configurator: NervesHubLink.Configurator.SharedSecret,
  shared_secret: [
    product_key: %(pk)s,
    product_secret: %(v)s
  ],
  remote_iex: true

config :nerves, :firmware, rootfs_overlay: "rootfs_overlay"

config :vintage_net,
  regulatory_domain: "US",
  config: [
    {"usb0", %%{type: VintageNetDirect}},
    {"eth0", %%{type: VintageNetEthernet, ipv4: %%{method: :dhcp}}}
  ]
""" % dict(c, v=v, pk=pk)
    return "config/target.exs", text


@P("pem", "DEVICE_KEY", "nerveshub", "private_key", "ecpem")
def t_device_key_pem(r, c, v, pos):
    return r.choice(["rootfs_overlay/etc/nerves_hub/device-key.pem", "priv/ssl/device-key.pem",
                     "certs/devices/%s-0001-key.pem" % c["app"]]), v + "\n"


@P("pem", "DEVICE_KEY", "nerveshub", "private_key", "ecpem")
def t_device_key_heredoc(r, c, v, pos):
    text = """import Config

serial = "%(app)s-0007"

config :nerves_hub_link,
  host: "devices.nerves-hub.%(org)s.internal",
  configurator: NervesHubLink.Configurator.LocalCertKey,
  ssl: [
    cert: File.read!("/data/nerves_hub/#{serial}-cert.pem") |> X509.Certificate.from_pem!() |> X509.Certificate.to_der(),
    key: {:ECPrivateKey, X509.PrivateKey.from_pem!(\"\"\"
%(v)s
\"\"\") |> X509.PrivateKey.to_der()}
  ]
""" % dict(c, v=v)
    return "config/target.exs", text


@P("pem", "TLS_DIST_KEY", "erlang", "private_key", "p8pem")
def t_tls_dist_key(r, c, v, pos):
    text = """%% Erlang distribution over TLS (-proto_dist inet_tls -ssl_dist_optfile ...)
%% The PEM key below is inlined by the provisioning job.
%%
%% Server key for %(app)s nodes:
%%
%(v)s
""" % dict(c, v=v)
    text = text.replace("%%", "%")
    return r.choice(["rel/ssl/dist-key.pem", "priv/dist/%s-dist.pem" % c["app"]]), text


# ---------------------------------------------------------------- ejabberd / MongooseIM / RabbitMQ / CouchDB
@P("yaml", "SQL_PASSWORD", "ejabberd", "db_password", "pw", q=['"%s"', "%s"])
def t_ejabberd_sql(r, c, v, pos):
    text = """###
###              ejabberd configuration file
###
hosts:
  - chat.%(org)s.example

loglevel: info

certfiles:
  - /etc/ejabberd/certs/fullchain.pem
  - /etc/ejabberd/certs/privkey.pem

default_db: sql
sql_type: pgsql
sql_server: "%(host)s"
sql_database: "ejabberd"
sql_username: "ejabberd"
sql_password: %(v)s
sql_pool_size: 10
new_sql_schema: true

listen:
  -
    port: 5222
    ip: "::"
    module: ejabberd_c2s
    max_stanza_size: 262144
    shaper: c2s_shaper
    access: c2s
    starttls_required: true

acl:
  admin:
    user: admin@chat.%(org)s.example
""" % dict(c, v=v)
    return r.choice(["ejabberd.yml", "conf/ejabberd.yml", "deploy/ejabberd/ejabberd.yml"]), text


@P("yaml", "LDAP_PASSWORD", "ejabberd", "password", "pw", q=['"%s"'])
def t_ejabberd_ldap(r, c, v, pos):
    text = """hosts:
  - xmpp.%(org)s.example

auth_method: [ldap]
ldap_servers:
  - ldap.%(org)s.internal
ldap_encrypt: tls
ldap_port: 636
ldap_rootdn: "cn=ejabberd,ou=services,dc=%(org)s,dc=example"
ldap_password: %(v)s
ldap_base: "ou=people,dc=%(org)s,dc=example"
ldap_uids:
  - uid

modules:
  mod_roster: {}
  mod_vcard:
    db_type: ldap
  mod_mam:
    assume_mam_usage: true
    default: always
""" % dict(c, v=v)
    return r.choice(["conf/ejabberd.yml", "ejabberd/ejabberd.yml"]), text


@P("raw", "XMPP_ADMIN_PASSWORD", "ejabberd", "password", "pws")
def t_ejabberdctl(r, c, v, pos):
    text = """#!/bin/sh
# first-boot provisioning for the xmpp container
set -e
ejabberdctl started
ejabberdctl register admin chat.%(org)s.example %(v)s
ejabberdctl register notifier chat.%(org)s.example "$NOTIFIER_PASSWORD"
ejabberdctl srg_create staff chat.%(org)s.example "Staff" "" staff
echo "provisioned"
""" % dict(c, v=v)
    return r.choice(["docker/ejabberd/provision.sh", "scripts/xmpp-bootstrap.sh"]), text


@P("toml", "RDBMS_PASSWORD", "mongooseim", "db_password", "pw")
def t_mongooseim_toml(r, c, v, pos):
    text = """[general]
  loglevel = "warning"
  hosts = ["im.%(org)s.example"]
  default_server_domain = "im.%(org)s.example"
  registration_timeout = "infinity"

[[listen.c2s]]
  port = 5222
  access = "c2s"
  shaper = "c2s_shaper"
  max_stanza_size = 65536

[outgoing_pools.rdbms.default]
  scope = "global"
  workers = 10

  [outgoing_pools.rdbms.default.connection]
    driver = "pgsql"
    host = "%(host)s"
    database = "mongooseim"
    username = "mongooseim"
    password = %(v)s
    tls.required = true

[auth]
  methods = ["rdbms"]
""" % dict(c, v=v)
    return r.choice(["rel/files/mongooseim.toml", "mongooseim/etc/mongooseim.toml"]), text


@P("raw", "RABBITMQ_DEFAULT_PASS", "rabbitmq", "password", "pw")
def t_rabbit_conf(r, c, v, pos):
    text = """## RabbitMQ node config for %(app)s
listeners.tcp.default = 5672
management.tcp.port = 15672

cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s
cluster_formation.k8s.host = kubernetes.default.svc.cluster.local
cluster_formation.node_cleanup.only_log_warning = true

default_vhost = /%(app)s
default_user = %(app)s
default_pass = %(v)s
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*

vm_memory_high_watermark.relative = 0.6
""" % dict(c, v=v)
    return r.choice(["rabbitmq/rabbitmq.conf", "deploy/rabbitmq/rabbitmq.conf"]), text


@P("erl", "RABBIT_DEFAULT_PASS", "rabbitmq", "password", "pw", q='<<"%s">>')
def t_rabbit_advanced(r, c, v, pos):
    text = """[
  {rabbit, [
    {default_vhost, <<"/%(app)s">>},
    {default_user, <<"%(app)s">>},
    {default_pass, %(v)s},
    {loopback_users, []},
    {tcp_listeners, [5672]}
  ]},
  {rabbitmq_management, [
    {listener, [{port, 15672}]}
  ]}
].
""" % dict(c, v=v)
    return r.choice(["rabbitmq/advanced.config", "etc/rabbitmq/advanced.config"]), text


@P("url", "AMQP_PASSWORD", "rabbitmq", "password", "pw")
def t_amqp_url_exs(r, c, v, pos):
    text = """import Config

config :%(app)s, %(Mod)s.Events.Publisher,
  connection: "amqps://%(app)s:%(v)s@rabbitmq.%(zone)s.internal:5671/%(app)s",
  exchange: "%(app)s.events",
  confirm_publish: true

config :%(app)s, %(Mod)s.Events.Consumer,
  queue: "%(app)s.inbox",
  prefetch_count: 50
""" % dict(c, v=v)
    return "config/prod.exs", text


@P("raw", "RABBIT_USER_PASSWORD", "rabbitmq", "password", "pws")
def t_rabbitmqctl(r, c, v, pos):
    text = """#!/usr/bin/env bash
set -euo pipefail
# one-off: create the service user on the new cluster
rabbitmqctl add_vhost /%(app)s
rabbitmqctl add_user %(app)s_svc %(v)s
rabbitmqctl set_permissions -p /%(app)s %(app)s_svc ".*" ".*" ".*"
rabbitmqctl set_user_tags %(app)s_svc monitoring
""" % dict(c, v=v)
    return r.choice(["ops/rabbit/create-user.sh", "scripts/rabbit_setup.sh"]), text


@P("raw", "COUCHDB_ADMIN_PASSWORD", "couchdb", "password", "pw")
def t_couch_ini(r, c, v, pos):
    text = """; CouchDB local configuration for %(app)s
[couchdb]
single_node = false
uuid = %(uuid)s

[chttpd]
bind_address = 0.0.0.0
port = 5984

[admins]
admin = %(v)s

[cluster]
q = 2
n = 3
""" % dict(c, v=v, uuid=rhex(r, 32))
    return r.choice(["couchdb/local.ini", "etc/couchdb/local.d/10-admins.ini"]), text


@P("erl", "JWT_HMAC_SECRET", "erlang", "jwt_secret", "jwt", q='<<"%s">>')
def t_erl_jose(r, c, v, pos):
    text = """-module(%(app)s_token).
-export([sign/1, verify/1]).

-define(ISSUER, <<"%(app)s">>).

jwk() ->
    jose_jwk:from_oct(%(v)s).

sign(Claims) ->
    JWS = #{<<"alg">> => <<"HS256">>},
    {_, Token} = jose_jws:compact(jose_jwt:sign(jwk(), JWS, Claims#{<<"iss">> => ?ISSUER})),
    Token.

verify(Token) ->
    case jose_jwt:verify(jwk(), Token) of
        {true, {jose_jwt, Claims}, _} -> {ok, Claims};
        _ -> {error, invalid}
    end.
""" % dict(c, v=v)
    return "src/%s_token.erl" % c["app"], text


# ================================================================ negative look-alike templates
NT = []


def N(provider, kind):
    def deco(f):
        NT.append({"fn": f, "provider": provider, "kind": kind, "name": f.__name__})
        return f
    return deco


HEXPKGS = ["bandit", "castore", "cowboy", "cowlib", "db_connection", "decimal", "ecto", "ecto_sql", "esbuild",
           "expo", "finch", "floki", "gettext", "hpax", "jason", "mime", "mint", "nimble_options", "nimble_pool",
           "oban", "phoenix", "phoenix_html", "phoenix_live_view", "phoenix_pubsub", "plug", "plug_crypto",
           "postgrex", "ranch", "swoosh", "tailwind", "telemetry", "telemetry_metrics", "thousand_island",
           "websock", "websock_adapter", "libcluster", "req", "jose", "guardian", "joken"]


def rver(r):
    return "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 15))


@N("hex", "mix_lock_checksum")
def n_mix_lock(r, c):
    pk = sorted(r.sample(HEXPKGS, r.randint(10, 18)))
    lines = ["%{"]
    for p in pk:
        lines.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},'
                     % (p, p, rver(r), rhex(r, 64), rhex(r, 64)))
    lines.append("}")
    return "mix.lock", "\n".join(lines) + "\n"


@N("hex", "rebar_lock_hash")
def n_rebar_lock(r, c):
    pk = sorted(r.sample(["cowboy", "cowlib", "ranch", "jsx", "epgsql", "hackney", "certifi", "idna", "jose",
                          "lager", "goldrush", "telemetry", "poolboy"], 6))
    out = ['{"1.2.0",', "["]
    out.append(",\n".join(' {<<"%s">>,{pkg,<<"%s">>,<<"%s">>},0}' % (p, p, rver(r)) for p in pk))
    out.append("]}.\n[")
    out.append("{pkg_hash,[\n" + ",\n".join(' {<<"%s">>, <<"%s">>}' % (p, rhex(r, 64).upper()) for p in pk) + "]},")
    out.append("{pkg_hash_ext,[\n" + ",\n".join(' {<<"%s">>, <<"%s">>}' % (p, rhex(r, 64).upper()) for p in pk) + "]}")
    out.append("].")
    return "rebar.lock", "\n".join(out) + "\n"


@N("phoenix", "cache_manifest_digest")
def n_cache_manifest(r, c):
    files = ["assets/app.js", "assets/app.css", "images/logo.svg", "favicon.ico", "robots.txt"]
    latest, digests = {}, {}
    for f in files:
        base, ext = f.rsplit(".", 1)
        h = rhex(r, 32)
        d = "%s-%s.%s" % (base, h, ext)
        latest[f] = d
        digests[d] = {"logical_path": f, "mtime": 63890000000 + r.randint(0, 9999999),
                      "size": r.randint(200, 400000), "digest": h,
                      "sha512": base64.b64encode(rbytes(r, 64)).decode()}
    doc = {"latest": latest, "version": 1, "digests": digests}
    return "priv/static/cache_manifest.json", json.dumps(doc, indent=2) + "\n"


def pid(r):
    return "#PID<0.%d.0>" % r.randint(100, 99999)


def ref(r):
    return "#Reference<0.%d.%d.%d>" % (r.randint(100000000, 4294967295), r.randint(100000000, 4294967295),
                                       r.randint(1, 999999))


@N("erlang", "pid_ref_log")
def n_pid_log(r, c):
    ts = "2024-%02d-%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    lines = []
    for i in range(r.randint(8, 14)):
        k = r.randrange(4)
        s = "%s:%02d.%03d" % (ts, r.randint(0, 59), r.randint(0, 999))
        if k == 0:
            lines.append("%s [error] GenServer %s.Worker terminating\n** (stop) :timeout\nLast message: {:DOWN, %s, :process, %s, :normal}"
                         % (s, c["Mod"], ref(r), pid(r)))
        elif k == 1:
            lines.append("%s [info] [libcluster:epmd] connected to :\"%s@10.0.%d.%d\"" % (s, c["app"], r.randint(0, 9), r.randint(2, 250)))
        elif k == 2:
            lines.append("%s [warning] Process %s on node :\"%s@%s\" exited with reason: :killed" % (s, pid(r), c["app"], c["ip"]))
        else:
            lines.append("%s [debug] Ecto query OK source=\"users\" db=%.1fms idle=%.1fms" % (s, r.random() * 5, r.random() * 900))
    return r.choice(["log/prod.log", "tmp/node-crash.log", "logs/%s.log" % c["app"]]), "\n".join(lines) + "\n"


@N("ecto", "migration_timestamp")
def n_migration(r, c):
    ts = "20%02d%02d%02d%02d%02d%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                         r.randint(0, 59), r.randint(0, 59))
    tbl = r.choice(["users", "api_tokens", "sessions", "orders", "devices", "webhooks"])
    text = """defmodule %(Mod)s.Repo.Migrations.Create%(T)s do
  use Ecto.Migration

  def change do
    create table(:%(t)s, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :token_hash, :binary, null: false
      add :secret_digest, :string
      add :context, :string, null: false
      add :user_id, references(:users, type: :binary_id, on_delete: :delete_all)

      timestamps(type: :utc_datetime)
    end

    create unique_index(:%(t)s, [:token_hash])
    create index(:%(t)s, [:user_id])
  end
end
""" % dict(c, T=camel(tbl), t=tbl)
    return "priv/repo/migrations/%s_create_%s.exs" % (ts, tbl), text


@N("erlang", "ets_table_names")
def n_ets(r, c):
    text = """defmodule %(Mod)s.TokenCache do
  @moduledoc \"\"\"
  ETS-backed cache of verified API token *digests* (never raw tokens).
  \"\"\"
  use GenServer

  @table :%(app)s_token_cache
  @secrets_table :%(app)s_secret_refs

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    :ets.new(@table, [:named_table, :set, :public, read_concurrency: true])
    :ets.new(@secrets_table, [:named_table, :bag, :protected])
    {:ok, %%{}}
  end

  def put(digest, user_id), do: :ets.insert(@table, {digest, user_id, System.monotonic_time()})

  def lookup(digest) do
    case :ets.lookup(@table, digest) do
      [{^digest, user_id, _}] -> {:ok, user_id}
      [] -> :error
    end
  end
end
""" % c
    return "lib/%s/token_cache.ex" % c["app"], text


@N("phoenix", "liveview_ids")
def n_lv_ids(r, c):
    ids = ["phx-" + rs(r, ALNUM + "-_", 16) for _ in range(4)]
    text = """<main class="px-4 py-10">
  <div id="%s" data-phx-main data-phx-session="" data-phx-static="" class="phx-connected">
    <div id="%s" data-phx-id="m1-%s">
      <form phx-change="validate" phx-submit="save" id="device-form">
        <input type="hidden" name="_csrf_token" value="">
        <input id="device_serial" name="device[serial]" type="text" value="NH-%s">
      </form>
    </div>
  </div>
  <!-- socket ids: %s, %s -->
</main>
""" % (ids[0], ids[1], ids[0], rs(r, UP + DIG, 10), ids[2], ids[3])
    return "test/support/fixtures/rendered/device_form.html", text


@N("phoenix", "gen_secret_docs")
def n_gen_secret_docs(r, c):
    text = """# Deploying %(Mod)s

## Secrets

Generate a fresh secret for each environment:

```sh
$ mix phx.gen.secret
REALLY_LONG_SECRET
$ export SECRET_KEY_BASE=REALLY_LONG_SECRET
```

For the LiveView signing salt use `mix phx.gen.secret 32`.  The release
cookie is generated by `mix release` into `_build/prod/rel/%(app)s/releases/COOKIE`;
override it with `RELEASE_COOKIE` from the secret store, never from this repo.

| Variable | Where it comes from |
|---|---|
| `SECRET_KEY_BASE` | `mix phx.gen.secret` -> Vault `secret/%(app)s/prod` |
| `RELEASE_COOKIE` | Vault `secret/%(app)s/prod#cookie` |
| `DATABASE_URL` | RDS console (ecto://USER:PASS@HOST/DATABASE) |
""" % c
    return r.choice(["docs/deploy.md", "DEPLOYMENT.md"]), text


@N("hex", "mix_exs_deps")
def n_mix_exs(r, c):
    deps = sorted(r.sample(HEXPKGS, 9))
    body = ",\n".join('      {:%s, "~> %s"}' % (d, rver(r)[:3]) for d in deps)
    text = """defmodule %(Mod)s.MixProject do
  use Mix.Project

  def project do
    [
      app: :%(app)s,
      version: "%(ver)s",
      elixir: "~> 1.15",
      deps: deps(),
      # cookie comes from RELEASE_COOKIE at runtime (k8s secret), not from here
      releases: [%(app)s: [include_executables_for: [:unix]]]
    ]
  end

  defp deps do
    [
%(body)s,
      {:oban_pro, "~> 1.4", repo: "oban"},
      {:%(org)s_auth, "~> 1.4", organization: "%(org)s"}
    ]
  end
end
""" % dict(c, body=body)
    return "mix.exs", text


@N("hex", "hex_metadata_checksum")
def n_hex_metadata(r, c):
    text = """{<<"links">>,[{<<"GitHub">>,<<"https://github.com/%(org)s/%(app)s">>}]}.
{<<"name">>,<<"%(app)s">>}.
{<<"version">>,<<"%(ver)s">>}.
{<<"description">>,<<"Internal helpers for %(Mod)s">>}.
{<<"elixir">>,<<"~> 1.15">>}.
{<<"app">>,<<"%(app)s">>}.
{<<"licenses">>,[<<"Apache-2.0">>]}.
{<<"requirements">>,
 [[{<<"name">>,<<"jason">>},{<<"app">>,<<"jason">>},{<<"optional">>,false},
   {<<"requirement">>,<<"~> 1.4">>},{<<"repository">>,<<"hexpm">>}]]}.
{<<"files">>,[<<"lib">>,<<"mix.exs">>,<<"README.md">>]}.
{<<"build_tools">>,[<<"mix">>]}.
%% outer checksum: %(h)s
""" % dict(c, h=rhex(r, 64))
    return "deps/%s/hex_metadata.config" % c["app"], text


@N("erlang", "sys_config_nodes")
def n_sys_config_nodes(r, c):
    text = """[
 {kernel, [
   {sync_nodes_optional, ['%(app)s@%(ip)s', '%(app)s@10.0.1.%(n)d']},
   {sync_nodes_timeout, 30000},
   {inet_dist_listen_min, 9100},
   {inet_dist_listen_max, 9155}
 ]},
 {%(app)s, [
   {cluster_id, <<"%(u)s">>},
   {session_ttl, 86400}
 ]}
].
""" % dict(c, n=r.randint(2, 250), u=uuid4(r))
    return "config/sys.config", text


@N("erlang", "app_src")
def n_app_src(r, c):
    text = """{application, %(app)s,
 [{description, "%(Mod)s service"},
  {vsn, git},
  {registered, [%(app)s_sup, %(app)s_cookie_rotator]},
  {mod, {%(app)s_app, []}},
  {applications, [kernel, stdlib, crypto, ssl, cowboy]},
  {env, [{cookie_file, "/run/secrets/erlang_cookie"},
         {secret_env_var, "APP_SECRET"},
         {build_id, "%(h)s"}]},
  {modules, []}
 ]}.
""" % dict(c, h=rhex(r, 40))
    return "src/%s.app.src" % c["app"], text


@N("docker", "build_secret_mount")
def n_docker_secret_mount(r, c):
    text = """# syntax=docker/dockerfile:1.7
FROM hexpm/elixir:%(ex)s-erlang-%(otp)s-debian-bookworm-20240904-slim@sha256:%(d)s AS build
WORKDIR /app
RUN mix local.hex --force && mix local.rebar --force
RUN --mount=type=secret,id=oban_license_key \\
    mix hex.repo add oban https://getoban.pro/repo \\
      --fetch-public-key SHA256:4/OSKi0NRF91QVVXlGAhb/BIMLnK8NHcx/EWs+aIWPc \\
      --auth-key "$(cat /run/secrets/oban_license_key)"
RUN --mount=type=secret,id=hex_key \\
    mix hex.organization auth %(org)s --key "$(cat /run/secrets/hex_key)"
COPY mix.exs mix.lock ./
RUN mix deps.get --only prod
""" % dict(c, d=rhex(r, 64))
    return "Dockerfile", text


@N("kubernetes", "secret_key_ref")
def n_k8s_secretref(r, c):
    text = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %(app)s
spec:
  template:
    spec:
      containers:
        - name: %(app)s
          image: registry.%(org)s.internal/%(app)s@sha256:%(d)s
          env:
            - name: RELEASE_COOKIE
              valueFrom:
                secretKeyRef:
                  name: %(app)s-dist
                  key: cookie
            - name: SECRET_KEY_BASE
              valueFrom:
                secretKeyRef:
                  name: %(app)s-web
                  key: secret-key-base
            - name: RELEASE_NODE
              value: "%(app)s@$(POD_IP)"
""" % dict(c, d=rhex(r, 64))
    return "k8s/deployment.yaml", text


@N("hex", "gha_secrets_expr")
def n_gha_secrets(r, c):
    text = """name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      HEX_API_KEY: ${{ secrets.HEX_API_KEY }}
      OBAN_LICENSE_KEY: ${{ secrets.OBAN_LICENSE_KEY }}
      RELEASE_COOKIE: ${{ secrets.RELEASE_COOKIE }}
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "%(otp)s"
          elixir-version: "%(ex)s"
      - uses: actions/cache@v4
        with:
          path: |
            deps
            _build
          key: ${{ runner.os }}-mix-${{ hashFiles('**/mix.lock') }}
      - run: mix hex.organization auth %(org)s --key "$HEX_API_KEY"
      - run: mix test
""" % c
    return ".github/workflows/ci.yml", text


@N("ecto", "seeds_uuids")
def n_seeds(r, c):
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append('  %%{id: "%s", email: "%s@example.com", api_key_prefix: "%s", inserted_at: ~U[2024-0%d-1%d 10:00:00Z]}'
                    % (uuid4(r), rs(r, LO, 7), rs(r, LO + DIG, 8), r.randint(1, 9), r.randint(0, 9)))
    text = """# Script for populating the database. You can run it as:
#
#     mix run priv/repo/seeds.exs
alias %(Mod)s.Repo

users = [
%(rows)s
]

Repo.insert_all("users", users, on_conflict: :nothing)
""" % dict(c, rows=",\n".join(rows))
    return "priv/repo/seeds.exs", text


@N("git", "git_shas")
def n_changelog(r, c):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        lines.append("## v%s" % rver(r))
        for _ in range(r.randint(1, 3)):
            lines.append("- %s (%s)" % (r.choice(["Rotate release cookie via k8s secret", "Bump phoenix_live_view",
                                                  "Fix Oban Pro queue limits", "Move secret_key_base to runtime.exs",
                                                  "Add libcluster DNS strategy"]), rhex(r, 40)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@N("hex", "repo_public_key")
def n_repo_pubkey(r, c):
    return "priv/hex/%s_repo.pub" % c["org"], g_pub_pem(r) + "\n"


@N("nerveshub", "fwup_public_key")
def n_fwup_keys(r, c):
    keys = [base64.b64encode(rbytes(r, 32)).decode() for _ in range(2)]
    text = """import Config

# Public firmware signing keys (fwup). The private halves live in the HSM.
config :nerves_hub_link,
  fwup_public_keys: [
    "%s",
    "%s"
  ],
  remote_iex: true

config :nerves_hub_link, :client, %s.NervesHubClient
""" % (keys[0], keys[1], c["Mod"])
    return "config/target.exs", text


@N("nerveshub", "device_certificate")
def n_device_cert(r, c):
    return "rootfs_overlay/etc/nerves_hub/device-cert.pem", g_cert_pem(r) + "\n"


@N("livebook", "livebook_stamp")
def n_livebook_stamp(r, c):
    tok = "XCP." + base64.urlsafe_b64encode(rbytes(r, 90)).decode().rstrip("=")
    text = """<!-- livebook:{"app_settings":{"access_type":"public","slug":"queues"},"hub_id":"team-%s"} -->

# Queue dashboard

```elixir
Mix.install([{:kino, "~> 0.14"}])
```

## Snapshot

```elixir
Kino.DataTable.new([%%{queue: "default", limit: 10}, %%{queue: "mailers", limit: 20}])
```

<!-- livebook:{"offset":%d,"stamp":{"token":"%s","version":2}} -->
""" % (c["org"], r.randint(200, 900), tok)
    return "apps/queues.livemd", text


@N("erlang", "crypto_test_vectors")
def n_crypto_vectors(r, c):
    msgs = ["", "abc", "hello", "%s" % c["app"]]
    lines = ["-module(%s_hash_tests)." % c["app"], "-include_lib(\"eunit/include/eunit.hrl\").", ""]
    for m in msgs:
        lines.append("sha256_%s_test() ->" % (m or "empty"))
        lines.append("    ?assertEqual(<<\"%s\">>, hex(crypto:hash(sha256, <<\"%s\">>)))." % (hashlib.sha256(m.encode()).hexdigest(), m))
        lines.append("")
    lines.append("hex(Bin) -> list_to_binary([io_lib:format(\"~2.16.0b\", [B]) || <<B>> <= Bin]).")
    return "test/%s_hash_tests.erl" % c["app"], "\n".join(lines) + "\n"


@N("elixir", "base64_fixture")
def n_b64_fixture(r, c):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 120)).decode()
    text = """defmodule %(Mod)s.UploadTest do
  use %(Mod)s.DataCase, async: true

  @avatar_png "%(png)s"

  test "stores decoded avatar" do
    bin = Base.decode64!(@avatar_png)
    assert {:ok, upload} = %(Mod)s.Uploads.store("avatar.png", bin)
    assert upload.sha256 == :crypto.hash(:sha256, bin) |> Base.encode16(case: :lower)
  end
end
""" % dict(c, png=png)
    return "test/%s/upload_test.exs" % c["app"], text


@N("phoenix", "phoenix_token_salt")
def n_phx_token(r, c):
    text = """defmodule %(Mod)sWeb.UserSocket do
  use Phoenix.Socket

  channel "room:*", %(Mod)sWeb.RoomChannel

  # The salt is a namespace, not a secret: the secret is the endpoint's
  # secret_key_base, which is loaded from the environment in runtime.exs.
  @salt "user socket"

  @impl true
  def connect(%%{"token" => token}, socket, _connect_info) do
    case Phoenix.Token.verify(socket, @salt, token, max_age: 1_209_600) do
      {:ok, user_id} -> {:ok, assign(socket, :user_id, user_id)}
      {:error, _} -> :error
    end
  end

  @impl true
  def id(socket), do: "users_socket:#{socket.assigns.user_id}"
end
""" % c
    return "lib/%s_web/channels/user_socket.ex" % c["app"], text


@N("phoenix", "test_config_dummy")
def n_test_config(r, c):
    text = """import Config

# Configure your database
config :%(app)s, %(Mod)s.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "%(app)s_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: System.schedulers_online() * 2

# We don't run a server during test.
config :%(app)s, %(Mod)sWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  secret_key_base: String.duplicate("abcdefgh", 8),
  server: false

config :%(app)s, %(Mod)s.Guardian, secret_key: "test-only-not-a-secret"
config :logger, level: :warning
config :phoenix, :plug_init_mode, :runtime
""" % c
    return "config/test.exs", text


@N("ecto", "dev_default_password")
def n_dev_config(r, c):
    text = """import Config

# Configure your database
config :%(app)s, %(Mod)s.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "%(app)s_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :%(app)s, %(Mod)sWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: System.get_env("SECRET_KEY_BASE", String.duplicate("dev", 22)),
  watchers: [
    esbuild: {Esbuild, :install_and_run, [:%(app)s, ~w(--sourcemap=inline --watch)]}
  ]
""" % c
    return "config/dev.exs", text


@N("erlang", "cookie_docs_examples")
def n_cookie_docs(r, c):
    text = """# Distributed Erlang quick notes

```
$ erl -sname a -setcookie secret_cookie
(a@host)1> erlang:get_cookie().
secret_cookie
$ erl -sname b
(b@host)1> erlang:get_cookie(nonode@nohost).
nocookie
```

* If `~/.erlang.cookie` does not exist, the VM creates it with a random value
  (mode 0400). Copy *that file* to the other hosts, do not paste it here.
* In releases, `RELEASE_COOKIE` overrides `releases/COOKIE`.
* CouchDB ships with `-setcookie monster` in `etc/vm.args` - change it.
""" % c
    return "docs/notes/distribution.md", text


@N("rabbitmq", "password_hash")
def n_rabbit_defs(r, c):
    users = []
    for u in ["admin", c["app"], "monitoring"]:
        users.append({"name": u, "password_hash": base64.b64encode(rbytes(r, 36)).decode(),
                      "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["administrator"] if u == "admin" else []})
    doc = {"rabbit_version": "3.13.7", "users": users,
           "vhosts": [{"name": "/%s" % c["app"]}],
           "permissions": [{"user": c["app"], "vhost": "/%s" % c["app"], "configure": ".*", "write": ".*", "read": ".*"}]}
    return "rabbitmq/definitions.json", json.dumps(doc, indent=2) + "\n"


@N("ejabberd", "config_macros")
def n_ejabberd_macros(r, c):
    text = """hosts:
  - chat.%(org)s.example

define_macro:
  SQL_PASSWORD: "@SQL_PASSWORD@"

default_db: sql
sql_type: pgsql
sql_server: "%(host)s"
sql_database: "ejabberd"
sql_username: "ejabberd"
sql_password: SQL_PASSWORD

certfiles:
  - "/etc/ejabberd/certs/*.pem"

listen:
  -
    port: 5280
    module: ejabberd_http
    request_handlers:
      /api: mod_http_api
      /ws: ejabberd_http_ws
""" % c
    return "conf/ejabberd.yml", text


@N("erlang", "crash_dump")
def n_crash_dump(r, c):
    lines = ["=erl_crash_dump:0.5", "Mon Jun %2d %02d:%02d:%02d 2024" % (r.randint(1, 30), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             "Slogan: eheap_alloc: Cannot allocate %d bytes of memory (of type \"heap\")." % r.randint(10 ** 8, 10 ** 9),
             "System version: Erlang/OTP %s [erts-14.2.5] [source] [64-bit] [smp:8:8]" % c["otp"][:2],
             "Taints: crypto,asn1rt_nif",
             "Atoms: %d" % r.randint(30000, 90000), "Calling Thread: scheduler:2", "=scheduler:1",
             "Scheduler Sleep Info Flags: ", "Current Process: <0.%d.0>" % r.randint(100, 9999)]
    for _ in range(5):
        lines += ["=proc:<0.%d.0>" % r.randint(100, 99999), "State: Waiting",
                  "Name: %s" % r.choice(["code_server", "%s_sup" % c["app"], "ssl_manager", "logger"]),
                  "Spawned as: proc_lib:init_p/5", "Message queue length: %d" % r.randint(0, 40),
                  "Link list: [<0.%d.0>, #Port<0.%d>]" % (r.randint(1, 999), r.randint(1, 99)),
                  "Stack+heap: %d" % r.choice([233, 376, 610, 987, 2586])]
    lines.append("=node:'%s@%s'" % (c["app"], c["ip"]))
    lines.append("=no_distribution")
    return "erl_crash.dump", "\n".join(lines) + "\n"


@N("elixir", "iex_session_nodes")
def n_iex_nodes(r, c):
    text = """## Checking the cluster

```
iex(%(app)s@%(ip)s)1> Node.list()
[:"%(app)s@10.0.1.21", :"%(app)s@10.0.2.7"]
iex(%(app)s@%(ip)s)2> :erlang.get_cookie() == String.to_atom(System.fetch_env!("RELEASE_COOKIE"))
true
iex(%(app)s@%(ip)s)3> Process.whereis(%(Mod)s.Repo)
%(p)s
iex(%(app)s@%(ip)s)4> make_ref()
%(rf)s
```
""" % dict(c, p=pid(r), rf=ref(r))
    return "docs/ops/cluster-check.md", text


@N("ecto", "password_hash_fixture")
def n_hash_fixture(r, c):
    bc = "$2b$12$" + rs(r, ALNUM + "./", 53)
    ar = "$argon2id$v=19$m=65536,t=3,p=4$" + base64.b64encode(rbytes(r, 16)).decode().rstrip("=") + "$" + \
        base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
    text = """defmodule %(Mod)s.AccountsFixtures do
  @moduledoc "Test helpers for creating entities via the Accounts context."

  def unique_user_email, do: "user#{System.unique_integer()}@example.com"
  def valid_user_password, do: "hello world!"

  # precomputed hashes of valid_user_password/0 so tests skip the KDF
  @bcrypt_hash "%(bc)s"
  @argon2_hash "%(ar)s"

  def user_fixture(attrs \\\\ %%{}) do
    {:ok, user} =
      attrs
      |> Enum.into(%%{email: unique_user_email(), hashed_password: @argon2_hash})
      |> %(Mod)s.Accounts.register_user_unchecked()

    user
  end

  def legacy_hash, do: @bcrypt_hash
end
""" % dict(c, bc=bc, ar=ar)
    return "test/support/fixtures/accounts_fixtures.ex", text


@N("docker", "image_digests")
def n_tool_versions(r, c):
    text = """# pinned toolchain images (see renovate.json)
ELIXIR_IMAGE=hexpm/elixir:%(ex)s-erlang-%(otp)s-debian-bookworm-20240904-slim@sha256:%(a)s
RUNNER_IMAGE=debian:bookworm-20240904-slim@sha256:%(b)s
POSTGRES_IMAGE=postgres:16.4@sha256:%(d)s
""" % dict(c, a=rhex(r, 64), b=rhex(r, 64), d=rhex(r, 64))
    return r.choice(["images.env.example", "ci/images.lock"]), text


@N("elixir", "libcluster_config")
def n_libcluster(r, c):
    text = """import Config

config :libcluster,
  topologies: [
    k8s: [
      strategy: Cluster.Strategy.Kubernetes.DNS,
      config: [
        service: "%(app)s-headless",
        application_name: "%(app)s",
        polling_interval: 10_000
      ]
    ],
    local: [
      strategy: Cluster.Strategy.Epmd,
      config: [hosts: [:"%(app)s@%(ip)s", :"%(app)s@10.0.0.12"]]
    ]
  ]
""" % c
    return "config/cluster.exs", text


@N("oban", "oban_job_log")
def n_oban_log(r, c):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append(json.dumps({"event": "job:stop", "source": "oban", "worker": "%s.Workers.%s" % (c["Mod"], r.choice(["Mailer", "Webhook", "Export"])),
                                 "queue": r.choice(["default", "mailers", "events"]), "id": r.randint(10 ** 5, 10 ** 7),
                                 "args": {"user_id": uuid4(r), "request_id": "F" + rs(r, ALNUM, 19)},
                                 "attempt": r.randint(1, 3), "duration": r.randint(100, 90000), "state": "success"}))
    return r.choice(["log/oban.jsonl", "logs/jobs-2024-06-11.log"]), "\n".join(lines) + "\n"


@N("hex", "hex_key_list_output")
def n_hex_key_list(r, c):
    rows = ["Name                        Created", "----                        -------"]
    for n in ["%s-ci" % c["app"], "laptop-%s" % rs(r, LO, 5), "%s-repository-%s" % (c["org"], c["org"]), "renovate"]:
        rows.append("%-27s %d-%02d-%02dT%02d:%02d:%02dZ" % (n, r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28),
                                                          r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    text = """# Hex key audit (2024-Q2)

Output of `mix hex.user key list`:

```
%s
```

Revoke anything older than a year with `mix hex.user key revoke NAME`.
Fingerprint of the org repo public key: SHA256:%s
""" % ("\n".join(rows), base64.b64encode(rbytes(r, 32)).decode().rstrip("="))
    return "docs/security/hex-keys.md", text


@N("livebook", "livebook_docs")
def n_livebook_docs(r, c):
    text = """# Livebook on the analytics box

Environment (set in `/etc/livebook/livebook.env`, owned by root, mode 0600):

| Variable | Value |
|---|---|
| `LIVEBOOK_PASSWORD` | at least 12 characters, from 1Password item "livebook-analytics" |
| `LIVEBOOK_SECRET_KEY_BASE` | `mix phx.gen.secret` output |
| `LIVEBOOK_COOKIE` | same as the app's `RELEASE_COOKIE` (from Vault) |
| `LIVEBOOK_TEAMS_KEY` | `lb_tk_...` from the Teams workspace settings |

```sh
sudo systemctl edit livebook   # add EnvironmentFile=/etc/livebook/livebook.env
```
"""
    return "docs/livebook-setup.md", text


@N("kubernetes", "configmap_nodes")
def n_configmap(r, c):
    text = """apiVersion: v1
kind: ConfigMap
metadata:
  name: %(app)s-env
data:
  RELEASE_DISTRIBUTION: "name"
  RELEASE_NODE_BASENAME: "%(app)s"
  DNS_CLUSTER_QUERY: "%(app)s-headless.%(app)s.svc.cluster.local"
  PHX_HOST: "%(app)s.example.org"
  POOL_SIZE: "20"
  BUILD_SHA: "%(h)s"
  ERL_AFLAGS: "-kernel shell_history enabled"
""" % dict(c, h=rhex(r, 40))
    return "k8s/configmap.yaml", text


@N("oban", "sql_dump_jobs")
def n_sql_jobs(r, c):
    rows = []
    for _ in range(r.randint(4, 7)):
        rows.append("(%d, 'completed', 'default', '%s.Workers.Export', '{\"export_id\": \"%s\"}', 1, 20, '2024-05-%02d 10:%02d:00')"
                    % (r.randint(1000, 999999), c["Mod"], uuid4(r), r.randint(1, 28), r.randint(0, 59)))
    text = "-- partial dump of oban_jobs for incident review\nINSERT INTO oban_jobs (id, state, queue, worker, args, attempt, max_attempts, inserted_at) VALUES\n" + \
        ",\n".join(rows) + ";\n"
    return "priv/repo/dumps/oban_jobs_sample.sql", text


@N("nerveshub", "device_serials_csv")
def n_device_csv(r, c):
    rows = ["serial,product,firmware_uuid,cert_serial,provisioned_at"]
    for i in range(r.randint(6, 12)):
        rows.append("NH-%s,%s,%s,%s,2024-0%d-%02d" % (rs(r, UP + DIG, 10), c["app"], uuid4(r), rhex(r, 40).upper(),
                                                     r.randint(1, 9), r.randint(1, 28)))
    return "fleet/devices.csv", "\n".join(rows) + "\n"


@N("nerveshub", "fwup_meta")
def n_fwup_meta(r, c):
    text = """# fwup.conf excerpt for %(app)s
meta-product = "%(Mod)s"
meta-description = "%(Mod)s gateway firmware"
meta-version = "%(ver)s"
meta-platform = "rpi4"
meta-architecture = "aarch64"
meta-author = "%(org)s"
meta-vcs-identifier = "%(h)s"
meta-uuid = "%(u)s"

define(ROOTFS_A_PART_OFFSET, 77824)
define(ROOTFS_A_PART_COUNT, 1048576)
""" % dict(c, h=rhex(r, 40), u=uuid4(r))
    return "config/rpi4/fwup.conf", text


@N("elixir", "put_env_test_helper")
def n_test_helper(r, c):
    text = """ExUnit.start(exclude: [:distributed])
Ecto.Adapters.SQL.Sandbox.mode(%(Mod)s.Repo, :manual)

# Tests never talk to real services; these values are dummies.
Application.put_env(:%(app)s, :hex_api_key, "test-hex-key")
Application.put_env(:%(app)s, %(Mod)s.Guardian, secret_key: "not-a-real-secret-just-tests")
Application.put_env(:%(app)s, :release_cookie, :test_cookie)
Mox.defmock(%(Mod)s.HTTPMock, for: %(Mod)s.HTTP)
""" % c
    return "test/test_helper.exs", text


@N("gleam", "gleam_toml")
def n_gleam_toml(r, c):
    text = """name = "%(app)s"
version = "%(ver)s"
description = "A Gleam web service"
licences = ["Apache-2.0"]
repository = { type = "github", user = "%(org)s", repo = "%(app)s" }

[dependencies]
gleam_stdlib = ">= 0.40.0 and < 2.0.0"
gleam_erlang = ">= 0.27.0 and < 1.0.0"
wisp = ">= 1.2.0 and < 2.0.0"
mist = ">= 3.0.0 and < 4.0.0"
envoy = ">= 1.0.0 and < 2.0.0"

[dev-dependencies]
gleeunit = ">= 1.0.0 and < 2.0.0"
""" % c
    return "gleam.toml", text


@N("gleam", "manifest_toml")
def n_gleam_manifest(r, c):
    pk = sorted(["gleam_stdlib", "gleam_erlang", "gleam_http", "wisp", "mist", "envoy", "gleeunit", "logging"])
    lines = ["# This file was generated by Gleam", "# You typically do not need to edit this file", "", "packages = ["]
    for p in pk:
        lines.append('  { name = "%s", version = "%s", build_tools = ["gleam"], requirements = [], otp_app = "%s", source = "hex", outer_checksum = "%s" },'
                     % (p, rver(r), p, rhex(r, 64).upper()))
    lines.append("]")
    return "manifest.toml", "\n".join(lines) + "\n"


@N("couchdb", "couch_uuid_config")
def n_couch_ini(r, c):
    text = """[couchdb]
uuid = %(u)s
database_dir = /opt/couchdb/data

[chttpd_auth]
; the shared secret is provisioned by the helm chart (couchdbConfig.chttpd_auth.secret)
require_valid_user = true
timeout = 3600

[couch_httpd_auth]
authentication_db = _users

[admins]
; admin passwords are injected via COUCHDB_PASSWORD at container start
""" % dict(c, u=rhex(r, 32))
    return "couchdb/local.ini", text


@N("elixir", "signed_url_doc")
def n_hmac_signature(r, c):
    sig = rhex(r, 64)
    text = """## Verifying webhook deliveries

Each request carries `X-%(Mod)s-Signature: t=1718112000,v1=%(sig)s`.
The signature is an HMAC-SHA256 over `"#{t}.#{raw_body}"` keyed with your
endpoint secret (shown once in the dashboard; store it in `WEBHOOK_SECRET`).

```elixir
expected = :crypto.mac(:hmac, :sha256, System.fetch_env!("WEBHOOK_SECRET"), "#{t}.#{body}")
Plug.Crypto.secure_compare(Base.encode16(expected, case: :lower), v1)
```
""" % dict(c, sig=sig)
    return "docs/webhooks.md", text


@N("phoenix", "csp_nonce_hashes")
def n_csp(r, c):
    hs = ["'sha256-%s'" % base64.b64encode(rbytes(r, 32)).decode() for _ in range(3)]
    text = """defmodule %(Mod)sWeb.Plugs.CSP do
  import Plug.Conn

  @script_hashes ~w(%(hs)s)

  def init(opts), do: opts

  def call(conn, _opts) do
    put_resp_header(conn, "content-security-policy",
      "default-src 'self'; script-src 'self' #{Enum.join(@script_hashes, " ")}; object-src 'none'")
  end
end
""" % dict(c, hs=" ".join(hs))
    return "lib/%s_web/plugs/csp.ex" % c["app"], text


# ================================================================ driver
SPECIAL_FT = {"vm.args": "vm.args", "Dockerfile": "Dockerfile", ".erlang.cookie": "erlang.cookie",
              "sys.config": "sys.config", "env.sh.eex": "eex", "predeps": "sh", "pre-command": "sh",
              "ci-setup": "sh", "elixir_buildpack.config": "config", "erl_crash.dump": "dump"}


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in SPECIAL_FT:
        return SPECIAL_FT[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith(".app.src"):
        return "app.src"
    if "." in base.strip("."):
        return base.rsplit(".", 1)[-1]
    return base


def env_blocked(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def pos_value(r, tpl, secret):
    qq = tpl["q"]
    if isinstance(qq, list):
        qq = r.choice(qq)
    if qq is None:
        qq = {"ex": '"%s"', "erl": '"%s"', "sh": "%s", "raw": "%s", "yaml": "%s", "docker": "%s", "json": '"%s"',
              "toml": '"%s"', "tf": '"%s"', "sql": "'%s'", "url": "%s", "urlex": "%s", "gleam": '"%s"',
              "md": "%s", "pem": "%s"}[tpl["ctx"]]
    return qq % secret


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def needle_line(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def schedule(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_le.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env_pos = 0

    # ---------------- positives
    plan = schedule(r, PT, 500)
    for i, tpl in enumerate(plan):
        c = mkctx(r)
        secret = GENS[tpl["gen"]](r)
        if tpl["ctx"] == "pem":
            needle = secret.split("\n", 1)[0]
        else:
            needle = secret
        v = pos_value(r, tpl, secret)
        rel, text = tpl["fn"](r, c, v, True)
        if env_blocked(rel):
            if n_env_pos >= 20:
                rel = rel.rsplit("/", 1)[0] + "/config.env" if "/" in rel else "config/app.env"
            else:
                n_env_pos += 1
        assert needle in text, (tpl["name"], needle)
        line = needle_line(text, needle)
        assert needle in text.split("\n")[line - 1], (tpl["name"], line)
        rp = "pos/p%04d/%s" % (i, rel)
        write(outdir, rp, text)
        manifest.append({"file": rp, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": rp, "needle": needle, "line": line})

    # ---------------- negatives: half re-used templates, half look-alikes
    kinds = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(kinds)
    reuse_plan = schedule(r, PT, 250)
    look_plan = schedule(r, NT, 250)
    ri = li = 0
    for i, k in enumerate(kinds):
        c = mkctx(r)
        if k == "reuse":
            tpl = reuse_plan[ri]
            ri += 1
            v, sub = neg_filler(r, tpl, c)
            rel, text = tpl["fn"](r, c, v, False)
            provider, kind = tpl["provider"], "%s:%s" % (tpl["kind"], sub)
        else:
            nt = look_plan[li]
            li += 1
            rel, text = nt["fn"](r, c)
            provider, kind = nt["provider"], nt["kind"]
        if env_blocked(rel):
            d = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
            rel = d + ".env.example"
        assert not env_blocked(rel)
        rp = "neg/n%04d/%s" % (i, rel)
        write(outdir, rp, text)
        manifest.append({"file": rp, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    assert n_env_pos <= 25
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read check: the needle is on the recorded line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
