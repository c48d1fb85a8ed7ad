#!/usr/bin/env python3
r"""gen_bv.py -- blind evaluation-set generator "bv" for the keyhook secret scanner.

EMPHASIS
  The same common credentials written in many configuration languages and
  serialisation formats, each in that format's own idioms:
    kinds      cloud_key (AWS secret access key, GCP API key / OAuth client secret,
               Azure storage account key / Entra client secret), vcs_token (GitHub
               classic/fine-grained/OAuth, GitLab PAT), ci_token (GitLab runner, npm,
               Docker Hub PAT, PyPI, HCP Terraform, Buildkite), ai_api_key (OpenAI,
               Anthropic, Hugging Face, Groq, Replicate, Mistral, Gemini), payment_key
               (Stripe sk_live/rk_live, Square, Braintree, Razorpay), db_password
               (postgres, mysql, mongodb, redis, mssql, rabbitmq; human passwords),
               webhook_url (Slack, Discord, Teams) and app_secret (Django, Rails
               secret_key_base, JWT, Flask, Play, NextAuth, Stripe whsec_, Slack bot
               token, SendGrid, Twilio, session secrets).
    formats    HCL (Terraform incl. .tfvars/.terraformrc, Nomad, Packer), Jsonnet /
               libsonnet, CUE, Dhall, Nix (NixOS modules, flakes with '' strings,
               home-manager), Starlark (Tiltfile, BUILD.bazel, .bzl), KDL, EDN (aero
               config, Leiningen project.clj), Pkl, HOCON (Play/Akka), Apple plist
               (Info.plist, launchd), Java .properties (line continuations, \uXXXX and
               \: escapes), INI (sections, .pypirc, AWS credentials, rclone, my.cnf,
               alembic.ini), TOML (inline tables, triple-quoted multi-line strings, fly.toml),
               YAML (anchors/aliases/merge keys, | and >- block scalars, GitHub Actions,
               Ansible), JSON5 / JSONC (comments, unquoted keys, trailing commas), XML
               (attributes, CDATA, Web.config, Maven settings, logback), NestedText,
               nginx-like .conf and redis.conf, Lua tables (OpenResty, Neovim plugin
               specs), Erlang sys.config terms, Elixir config, R, Julia, PowerShell
               data files (.psd1, CRLF) and Windows .reg (CRLF).
  Half of the positives use the obvious name (STRIPE_SECRET_KEY, aws_secret_access_key,
  password ...); the other half use a neutral name (value, upstream, legacy, seed ...),
  a locals{} indirection, a positional argument (Bazel args, launchd ProgramArguments,
  R positional dbConnect), an HTTP header in nginx, a URL (user:password@host, JDBC
  query string split over .properties continuation lines, repository URL) or an
  environment line inside a multi-line string.

USAGE
  python3 gen_bv.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<path> (500 files, exactly one credential each),
  OUTDIR/neg/nNNNN/<path> (500 files, no credential), OUTDIR/manifest.jsonl
  ({file, label, provider, kind, filetype}) and OUTDIR/secrets.jsonl
  ({file, needle, line}).  Standard library only; all randomness comes from
  random.Random(SEED), so the same SEED gives byte-identical output.

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file, without quotes.
  * id/secret pairs (AWS key id + secret, Azure tenant/client id + secret, Twilio
    SID + token, Razorpay key_id + secret, Google client id + secret, Docker Hub
    user + PAT): needle is the secret half; the public half may sit next to it.
  * database passwords: the password only, also when it is embedded in a URL,
    JDBC/ADO.NET connection string or a .properties continuation line.
  * webhook URLs: the whole URL (the URL itself is the credential).
  * line = 1-based line of the needle's first occurrence (lines counted on "\n";
    .reg and .psd1 files use CRLF line ends).
  manifest "kind" for positives is one of the kinds above; for negatives it names the
  look-alike class (reference, placeholder, masked, empty_value, doc_example,
  publishable_key, hash, id, ciphertext, public_key, signature, i18n).
  "provider" for negatives is the provider imitated (or the tool, e.g. sops, nix).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a value a
  reviewer would accept, chosen per format:
    native references - Terraform var./data sources/local., Packer vault()/
      aws_secretsmanager(), Nomad var., Jsonnet std.extVar()/imported secrets, CUE
      @tag(), Dhall env:VAR as Text (also inside interpolation), Nix
      builtins.getEnv / sops-nix config.sops.placeholder, Starlark os.getenv, EDN
      aero #env/#ref and Leiningen :env/..., Pkl read("env:..."), HOCON ${?ENV},
      plist $(BUILD_SETTING), Spring ${VAR:}, Elixir System.fetch_env!, R
      Sys.getenv/keyring, Julia ENV[...], Lua os.getenv, GitHub ${{ secrets.X }},
      VS Code ${env:X}/${localEnv:X}, Maven ${env.X}, %VAR% in .reg/NuGet, envsubst
      ${VAR} in nginx templates and relx sys.config.src;
    placeholders (<STRIPE_SECRET_KEY>, sk_live_XXXX..., ghp_xxxx..., CHANGE_ME),
    masked values (prefix + **** + 4 chars, [REDACTED], ********), empty values,
    provider documentation examples (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/...,
    Azurite's published emulator account key with devstoreaccount1, Stripe's docs
    test key, Slack's T00000000/B00000000/XXXX... webhook) and Stripe publishable
    keys (pk_live_..., documented as safe to expose).
  The other half are domain look-alikes: .terraform.lock.hcl h1:/zh: hashes,
  Terraform data-source/random_password wiring with ARNs and KMS key ids, Nomad
  Vault templates and image digests, Packer iso_checksum, Nix fetchFromGitHub SRI
  hashes / cargoHash / vendorHash / nix-base32 sha256, NixOS sops-nix wiring with
  ssh-ed25519 public keys, .sops.yaml age recipients (valid bech32) and PGP
  fingerprints, sops-encrypted YAML (ENC[AES256_GCM,...] + age armour), Bazel
  http_archive sha256/integrity, Jsonnet/CUE/Pkl/Dhall env wiring and Dhall import
  hashes, KDL tenant UUIDs, deps.edn git shas, Play's documented "changeme" secret
  overridden by ${?APPLICATION_SECRET}, Info.plist build-setting placeholders and
  Apple team ids, entitlements, i18n .properties/Lua strings about passwords and
  keys, .gitconfig signing-key ids, Cargo.lock/Manifest.toml/rebar.lock/mix.lock
  checksums, Project.toml uuids, pinned GitHub Actions SHAs with ${{ secrets.* }},
  Ansible Vault blobs, Bitnami SealedSecrets, devcontainer ${localEnv:...}, Renovate
  encrypted (PGP) tokens, Maven/NuGet env references and certificate fingerprints,
  NestedText example files, nginx CSP sha256 sources, runtime.exs fetch_env!, R
  digests, Julia ENV lookups, Authenticode "# SIG #" blocks in .psd1 and .reg CLSIDs
  and binary values.

DOUBTS
  Formats written from memory (not checked against the provider's own page here):
  * GitHub ghp_/gho_ = 30 base62 chars + 6-char base62 CRC32 (alphabet order
    0-9A-Z a-z and zero left-padding assumed); npm_ assumed to use the same scheme;
    github_pat_ = 22 + "_" + 59 base62.
  * GitLab glpat-/glrt- with a 20-char body (newer GitLab releases issue longer,
    routable tokens); Docker Hub dckr_pat_ + 27; PyPI "pypi-AgEIcHlwaS5vcmc" prefix
    followed by a random base64url body (a real token is a structured macaroon);
    HCP Terraform "<14>.atlasv1.<67>"; Buildkite "bkua_" + 40 hex.
  * OpenAI sk-proj- (74 + "T3BlbkFJ" + 74) and legacy sk- (20 + T3BlbkFJ + 20);
    Anthropic sk-ant-api03- + 93 + "AA"; Hugging Face hf_ + 34 letters; Groq gsk_ +
    52; Replicate r8_ + 37; Mistral = 32 alphanumerics with no prefix; Gemini/GCP
    keys AIza + 35; Google OAuth client secret GOCSPX- + 28.
  * Stripe sk_live_/rk_live_ with either a 24-char or a long "51..." body; Square
    production token EAAA + 60; Braintree access_token$production$<16>$<32 hex>;
    Razorpay secret = 24 alphanumerics beside rzp_live_ key id.
  * Azure Entra client secret "xxxNQ~" + 34 (40 chars); storage key = base64 of
    64 random bytes; Teams webhook layout incl. the optional /V2... suffix;
    Discord webhook token 68 chars; Slack xoxb- layout; SendGrid SG.22.43.
  * Quoted from memory: the Azurite emulator key and Stripe's documentation test key
    sk_test_4eC39HqLyjWDarjtT1zdp7dc.
  Labels a reviewer might dispute:
  * negatives holding Stripe's documentation test key, the Azurite emulator key, a
    pk_live_ publishable key, masked values that keep 4 trailing characters, and
    ciphertext (sops, SealedSecrets, Ansible Vault, Renovate PGP) - all judged safe
    to commit; Play's documented "changeme" placeholder.
  * positives under neutral names whose value has no prefix (Mistral, Twilio, Rails,
    Flask, session/JWT secrets, Razorpay): labelled positive by construction, though
    only the surrounding context tells a reader it is a credential.
  * AWS positives also carry a fresh AKIA... key id (the public half of the pair);
    negatives never contain an AKIA id other than AWS's documented example.

SEARCHES
  Looked up (search tool, corpus docs): GitHub token formats (ghp_ prefixes and
  checksum), HCP Terraform credentials block / atlasv1 token, Stripe key types
  (pk/sk/rk, publishable keys safe to expose), Slack incoming-webhook URL format,
  Anthropic key format, Azure storage connection strings, Nix SRI hashes.
  Scanner-related material these searches showed and that was NOT used: Microsoft
  Purview's "GitHub personal access token" sensitive-information-type definition,
  secretlint issue #153, the promptzero "githubtoken" secret-detection package page,
  a gist of GitHub-token regexes (magnetikonline) and the odomojuli/regextokens PR,
  gitleaks issue #1320 (Stripe rule), GitLab issue 458019 "Update Stripe API key rule
  in Secret Detection" (contains a regex) and GitLab DAST check 798.175 (Stripe
  restricted key). The Anthropic search also surfaced a pastebin of leaked-looking
  keys and a Hugging Face .env; nothing was copied from them.
"""

import base64
import binascii
import json
import os
import re
import sys
import random

# ---------------------------------------------------------------------------
# alphabets and small helpers
# ---------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LO
ALNUM_LO = DIG + LO
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"
NIX32 = "0123456789abcdfghijklmnpqrsvwxyz"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62_encode(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_style_token(r, prefix, body_len=30):
    body = rs(r, B62, body_len)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62_encode(crc, 6)


def words_name(words, st):
    ws = [w for w in words if w]
    if st == "snake":
        return "_".join(w.lower() for w in ws)
    if st == "screaming":
        return "_".join(w.upper() for w in ws)
    if st == "camel":
        return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
    if st == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in ws)
    if st == "kebab":
        return "-".join(w.lower() for w in ws)
    if st == "dot":
        return ".".join(w.lower() for w in ws)
    raise ValueError(st)


# realistic filler material -------------------------------------------------
APPS = ["billing", "ledger", "atlas", "orion", "harbor", "checkout", "inventory", "notify",
        "payments", "search", "gateway", "reports", "catalog", "scheduler", "ingest", "portal",
        "tracker", "courier", "warden", "beacon", "compass", "relay", "quartz", "nimbus"]
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay",
        "wayne-ent", "stark-labs", "tyrell", "cyberdyne", "soylent", "wonka", "pied-piper"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]
GCP_REGIONS = ["us-central1", "europe-west1", "asia-northeast1", "us-east4"]
AZ_REGIONS = ["westeurope", "eastus2", "northeurope", "uksouth", "centralus"]
ENVS = ["prod", "production", "staging", "live", "prd"]
LOGLEVELS = ["info", "debug", "warn", "INFO", "WARN"]
TZS = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"]
PWWORDS = ["summer", "winter", "falcon", "orange", "river", "tiger", "purple", "monkey", "dragon",
           "copper", "maple", "rocket", "harbor", "silver", "thunder", "coffee", "pepper", "violet",
           "meadow", "canyon", "glacier", "velvet", "pirate", "walnut", "sunset", "banjo", "cobalt",
           "lantern", "mango", "otter", "pickle", "quasar", "saffron", "tundra", "zephyr"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
         "mallory", "oscar", "peggy", "trent", "victor", "wendy"]
NEUTRAL = [["value"], ["primary"], ["upstream"], ["backend"], ["material"], ["opaque"],
           ["bootstrap"], ["main"], ["default"], ["remote"], ["conn"], ["param"], ["entry"],
           ["legacy"], ["alt"], ["blob"], ["handle"], ["seed"], ["extra"], ["payload"]]


def pick(r, xs):
    return r.choice(xs)


SHORT_HOST = {"postgres": ["postgres", "pg-primary", "pgbouncer"], "mysql": ["mysql", "mariadb", "mysql-primary"],
              "mongodb": ["mongo", "mongodb-0.mongodb"], "redis": ["redis", "redis-master"], "mssql": ["mssql", "sqlserver"],
              "rabbitmq": ["rabbitmq", "rabbit-0.rabbitmq"]}


def host_for(r, app, kind="db", engine="postgres"):
    tld = pick(r, ["internal", "svc.cluster.local", "corp", "net", "io"])
    if kind == "db":
        opts = ["%s-%s.%s" % (app, engine.replace("postgres", "db"), tld), "%s-%d.%s.%s" % (engine, r.randint(1, 3), app, tld),
                "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))] + SHORT_HOST[engine]
        if engine in ("postgres", "mysql"):
            opts.append("%s.cluster-c%s.%s.rds.amazonaws.com" % (app, rs(r, ALNUM_LO, 10), pick(r, REGIONS)))
        if engine == "mssql":
            opts.append("%s-sql.database.windows.net" % app)
        return pick(r, opts)
    return "%s.%s" % (app, tld)


def human_password(r):
    """Passwords people actually pick or paste from a manager.  URL-safe specials only."""
    sp = "-_.~!*"
    k = r.randint(0, 5)
    w1, w2, w3 = pick(r, PWWORDS), pick(r, PWWORDS), pick(r, PWWORDS)
    if k == 0:
        return w1.capitalize() + str(r.randint(1990, 2025)) + r.choice("!*.")
    if k == 1:
        return "-".join([w1, w2, w3]) + "-" + str(r.randint(10, 99))
    if k == 2:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + w2.capitalize() + r.choice(sp) + str(r.randint(100, 9999))
    if k == 3:
        s = rs(r, B62 + sp, r.randint(16, 28))
        return s if s[0].isalnum() else "K" + s
    if k == 4:
        return w1.capitalize() + w2.capitalize() + str(r.randint(10, 99)) + r.choice(sp)
    return rs(r, UP, 3) + rs(r, DIG, 2) + r.choice(sp) + rs(r, LO, 4) + rs(r, B62, 6) + r.choice("!*")


# ---------------------------------------------------------------------------
# credential generators (positives).  Each returns a dict:
#   provider, kind, shape ('secret' | 'password' | 'url'), secret (the needle),
#   words (obvious name), fields (public companions: (words, value, tag))
# ---------------------------------------------------------------------------
def cred(provider, kind, secret, words, shape="secret", fields=None, **kw):
    d = {"provider": provider, "kind": kind, "secret": secret, "words": words,
         "shape": shape, "fields": fields or []}
    d.update(kw)
    return d


def c_aws(r):
    kid = "AKIA" + rs(r, B32, 16)
    sec = rs(r, B64, 40)
    return cred("aws", "cloud_key", sec, ["aws", "secret", "access", "key"],
                fields=[(["aws", "access", "key", "id"], kid, "awsid"),
                        (["region"], pick(r, REGIONS), "plain")],
                env_id="AWS_ACCESS_KEY_ID")


def c_gcp_apikey(r):
    return cred("gcp", "cloud_key", "AIza" + rs(r, B64URL, 35), ["google", "api", "key"],
                fields=[(["gcp", "project"], "%s-%s-%d" % (pick(r, ORGS), pick(r, APPS), r.randint(100000, 999999)), "plain")])


def c_gcp_oauth(r):
    cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, ALNUM_LO, 32))
    return cred("gcp", "cloud_key", "GOCSPX-" + rs(r, B64URL, 28), ["google", "client", "secret"],
                fields=[(["google", "client", "id"], cid, "plain")])


def c_azure_storage(r):
    acct = (pick(r, APPS) + pick(r, ENVS) + rs(r, ALNUM_LO, 4))[:24]
    return cred("azure", "cloud_key", base64.b64encode(rbytes(r, 64)).decode(),
                ["azure", "storage", "key"],
                fields=[(["storage", "account"], acct, "plain")])


def c_azure_client_secret(r):
    sec = rs(r, B62, 3) + r.choice(DIG) + "Q~" + rs(r, B62 + "_.~-", 34)
    return cred("azure", "cloud_key", sec, ["azure", "client", "secret"],
                fields=[(["azure", "tenant", "id"], uuid4(r), "plain"),
                        (["azure", "client", "id"], uuid4(r), "plain")])


def c_github_pat(r):
    return cred("github", "vcs_token", gh_style_token(r, "ghp_"), ["github", "token"])


def c_github_fine(r):
    return cred("github", "vcs_token", "github_pat_" + rs(r, B62, 22) + "_" + rs(r, B62, 59),
                ["github", "pat"])


def c_github_oauth(r):
    return cred("github", "vcs_token", gh_style_token(r, "gho_"), ["gh", "oauth", "token"])


def c_gitlab_pat(r):
    return cred("gitlab", "vcs_token", "glpat-" + rs(r, B62 + "_-", 20), ["gitlab", "token"])


def c_gitlab_runner(r):
    return cred("gitlab", "ci_token", "glrt-" + rs(r, B62 + "_-", 20), ["runner", "token"],
                fields=[(["gitlab", "url"], "https://gitlab.%s.com" % pick(r, ORGS), "plain")])


def c_npm(r):
    return cred("npm", "ci_token", gh_style_token(r, "npm_"), ["npm", "token"])


def c_dockerhub(r):
    return cred("dockerhub", "ci_token", "dckr_pat_" + rs(r, B64URL, 27), ["docker", "hub", "token"],
                fields=[(["docker", "username"], pick(r, ORGS).replace("-", "") + "ci", "plain")])


def c_pypi(r):
    return cred("pypi", "ci_token", "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, B64URL, r.randint(140, 160)),
                ["pypi", "token"])


def c_tfc(r):
    return cred("terraform_cloud", "ci_token", rs(r, B62, 14) + ".atlasv1." + rs(r, B62, 67),
                ["tfe", "token"])


def c_buildkite(r):
    return cred("buildkite", "ci_token", "bkua_" + rs(r, HEX, 40), ["buildkite", "api", "token"])


def c_openai(r):
    if r.random() < 0.7:
        s = "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
    else:
        s = "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20)
    return cred("openai", "ai_api_key", s, ["openai", "api", "key"])


def c_anthropic(r):
    return cred("anthropic", "ai_api_key", "sk-ant-api03-" + rs(r, B64URL, 93) + "AA",
                ["anthropic", "api", "key"])


def c_hf(r):
    return cred("huggingface", "ai_api_key", "hf_" + rs(r, UP + LO, 34), ["hf", "token"])


def c_groq(r):
    return cred("groq", "ai_api_key", "gsk_" + rs(r, B62, 52), ["groq", "api", "key"])


def c_replicate(r):
    return cred("replicate", "ai_api_key", "r8_" + rs(r, B62, 37), ["replicate", "api", "token"])


def c_mistral(r):
    return cred("mistral", "ai_api_key", rs(r, B62, 32), ["mistral", "api", "key"])


def c_gemini(r):
    return cred("google_ai", "ai_api_key", "AIza" + rs(r, B64URL, 35), ["gemini", "api", "key"])


def c_stripe(r):
    mode = r.random()
    pre = "sk_live_" if mode < 0.75 else "rk_live_"
    body = ("51" + rs(r, B62, 97)) if r.random() < 0.6 else rs(r, B62, 24)
    return cred("stripe", "payment_key", pre + body,
                ["stripe", "secret", "key"] if pre == "sk_live_" else ["stripe", "restricted", "key"])


def c_square(r):
    return cred("square", "payment_key", "EAAA" + rs(r, B64URL, 60), ["square", "access", "token"],
                fields=[(["square", "location", "id"], "L" + rs(r, UP + DIG, 12), "plain")])


def c_braintree(r):
    mid = rs(r, ALNUM_LO, 16)
    return cred("braintree", "payment_key", "access_token$production$%s$%s" % (mid, rs(r, HEX, 32)),
                ["braintree", "access", "token"])


def c_razorpay(r):
    return cred("razorpay", "payment_key", rs(r, B62, 24), ["razorpay", "key", "secret"],
                fields=[(["razorpay", "key", "id"], "rzp_live_" + rs(r, B62, 14), "plain")])


DBS = {
    "postgres": ("postgresql", 5432, ["postgres", "password"]),
    "mysql": ("mysql", 3306, ["mysql", "password"]),
    "mongodb": ("mongodb", 27017, ["mongo", "password"]),
    "redis": ("redis", 6379, ["redis", "password"]),
    "mssql": ("sqlserver", 1433, ["mssql", "password"]),
    "rabbitmq": ("amqp", 5672, ["rabbitmq", "password"]),
}


def c_db(r, engine=None):
    engine = engine or pick(r, sorted(DBS))
    scheme, port, words = DBS[engine]
    app = pick(r, APPS)
    user = pick(r, [app, app + "_rw", "app", "svc_" + app, "admin", pick(r, FIRST), "deploy"])
    if engine == "redis":
        user = "default"
    pw = human_password(r)
    host = host_for(r, app, engine=engine)
    return cred(engine, "db_password", pw, words if r.random() < 0.5 else ["db", "password"],
                shape="password", user=user, host=host, port=port, db=app,
                scheme=scheme,
                fields=[(["db", "host"], host, "plain"), (["db", "user"], user, "plain")])


def c_slack_hook(r):
    url = "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UP + DIG, r.randint(8, 10)), rs(r, UP + DIG, r.randint(8, 10)), rs(r, B62, 24))
    return cred("slack", "webhook_url", url, ["slack", "webhook", "url"], shape="url")


def c_discord_hook(r):
    url = "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 19 - 1), rs(r, B64URL, 68))
    return cred("discord", "webhook_url", url, ["discord", "webhook"], shape="url")


def c_teams_hook(r):
    url = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        pick(r, ORGS).replace("-", ""), uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r))
    if r.random() < 0.5:
        url += "/V2" + rs(r, B64URL, 43)
    return cred("msteams", "webhook_url", url, ["teams", "webhook", "url"], shape="url")


DJANGO_CH = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def c_django(r):
    return cred("django", "app_secret", rs(r, DJANGO_CH, 50), ["django", "secret", "key"])


def c_rails(r):
    return cred("rails", "app_secret", rs(r, HEX, 128), ["secret", "key", "base"])


def c_jwt(r):
    return cred("jwt", "app_secret", base64.b64encode(rbytes(r, r.choice([32, 48, 64]))).decode(),
                ["jwt", "secret"])


def c_flask(r):
    return cred("flask", "app_secret", rs(r, HEX, 64), ["flask", "secret", "key"])


def c_play(r):
    return cred("play", "app_secret", rs(r, B62, r.randint(40, 64)), ["play", "http", "secret", "key"])


def c_nextauth(r):
    return cred("nextauth", "app_secret", base64.b64encode(rbytes(r, 32)).decode(), ["nextauth", "secret"])


def c_whsec(r):
    return cred("stripe", "app_secret", "whsec_" + rs(r, B62, 32), ["stripe", "webhook", "secret"])


def c_slack_bot(r):
    s = "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 13), r.randint(10 ** 10, 10 ** 13), rs(r, B62, 24))
    return cred("slack", "app_secret", s, ["slack", "bot", "token"])


def c_sendgrid(r):
    return cred("sendgrid", "app_secret", "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43),
                ["sendgrid", "api", "key"])


def c_twilio(r):
    return cred("twilio", "app_secret", rs(r, HEX, 32), ["twilio", "auth", "token"],
                fields=[(["twilio", "account", "sid"], "AC" + rs(r, HEX, 32), "plain")])


def c_session(r):
    return cred("generic", "app_secret", rs(r, HEX, 64), ["session", "secret"])


KINDS = {
    "cloud_key": [c_aws, c_aws, c_gcp_apikey, c_gcp_oauth, c_azure_storage, c_azure_client_secret],
    "vcs_token": [c_github_pat, c_github_pat, c_github_fine, c_github_oauth, c_gitlab_pat, c_gitlab_pat],
    "ci_token": [c_gitlab_runner, c_npm, c_dockerhub, c_pypi, c_tfc, c_buildkite],
    "ai_api_key": [c_openai, c_openai, c_anthropic, c_anthropic, c_hf, c_groq, c_replicate, c_mistral, c_gemini],
    "payment_key": [c_stripe, c_stripe, c_stripe, c_square, c_braintree, c_razorpay],
    "db_password": [c_db],
    "webhook_url": [c_slack_hook, c_slack_hook, c_discord_hook, c_teams_hook],
    "app_secret": [c_django, c_rails, c_jwt, c_flask, c_play, c_nextauth, c_whsec, c_slack_bot,
                   c_sendgrid, c_twilio, c_session],
}
KIND_ORDER = ["cloud_key", "vcs_token", "ci_token", "ai_api_key", "payment_key", "db_password",
              "webhook_url", "app_secret"]


# ---------------------------------------------------------------------------
# negative fill values (what a secret slot holds in a negative re-use)
# ---------------------------------------------------------------------------
PREFIX_RE = re.compile(r"^(sk-ant-api03-|sk-proj-|sk_live_|rk_live_|github_pat_|ghp_|gho_|glpat-|glrt-|"
                       r"npm_|dckr_pat_|pypi-|bkua_|hf_|gsk_|r8_|AIza|GOCSPX-|EAAA|whsec_|xoxb-|SG\.)")
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SLACK_DOC_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


def fill_categories(c):
    cats = ["ref", "ref", "ref", "placeholder", "placeholder", "masked", "empty"]
    if c["provider"] == "aws" or (c["provider"] == "azure" and "storage" in c["words"]):
        cats += ["doc", "doc"]
    if c["provider"] == "stripe" and c["kind"] == "payment_key":
        cats += ["public", "public", "public", "doc"]
    if c["provider"] == "slack" and c["shape"] == "url":
        cats += ["doc"]
    return cats


def placeholder_for(r, c):
    s = c["secret"]
    env = words_name(c["words"], "screaming")
    if c["shape"] == "password":
        return pick(r, ["CHANGE_ME", "<db-password>", "your-password-here", "REPLACE_WITH_REAL_PASSWORD",
                        "TODO-set-in-vault", "<%s>" % env, "xxxxxxxx", "PASSWORD_GOES_HERE"])
    if c["shape"] == "url":
        if c["provider"] == "discord":
            return pick(r, ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>",
                            "https://discord.com/api/webhooks/000000000000000000/REPLACE_ME"])
        if c["provider"] == "msteams":
            return pick(r, ["https://example.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>",
                            "<teams-incoming-webhook-url>"])
        return pick(r, ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>",
                        "https://hooks.slack.com/services/your/webhook/url"])
    m = PREFIX_RE.match(s)
    pre = m.group(1) if m else ""
    opts = ["<%s>" % env, "YOUR_%s" % env, "REPLACE_ME", "your-%s-here" % words_name(c["words"], "kebab"),
            "TODO", "changeit-in-%s" % pick(r, ["vault", "ssm", "1password", "ci"])]
    if pre:
        opts += [pre + "X" * max(8, len(s) - len(pre)), pre + "xxxxxxxxxxxxxxxxxxxxxxxx", pre + "...",
                 pre + "<redacted>"]
    return pick(r, opts)


def masked_for(r, c):
    s = c["secret"]
    if c["shape"] == "password":
        return pick(r, ["********", "****************", "<redacted>", "[REDACTED]", "\u2022" * 10, "<hidden>"])
    if c["shape"] == "url":
        base = s.split("/services/")[0] + "/services/" if "/services/" in s else s[:s.index("/", 10) + 1]
        return base + pick(r, ["****", "********/********/************************", "[REDACTED]"])
    m = PREFIX_RE.match(s)
    pre = m.group(1) if m else ""
    tail = rs(r, B62, 4)
    star = r.choice(["*", "\u2022", "x"])
    return pick(r, [pre + star * r.randint(8, 24) + tail, pre + "****" + tail, "****" + tail,
                    pre + "[REDACTED]", "**REDACTED**"])


def doc_for(r, c):
    if c["provider"] == "aws":
        return AWS_DOC_SECRET
    if c["provider"] == "azure":
        return AZURITE_KEY
    if c["provider"] == "stripe":
        return STRIPE_DOC_SK
    return SLACK_DOC_URL


def public_for(r, c):
    return "pk_live_" + (("51" + rs(r, B62, 97)) if r.random() < 0.6 else rs(r, B62, 24))


def make_fill(r, c, cat):
    if cat == "placeholder":
        return placeholder_for(r, c)
    if cat == "masked":
        return masked_for(r, c)
    if cat == "empty":
        return ""
    if cat == "doc":
        return doc_for(r, c)
    if cat == "public":
        return public_for(r, c)
    return None  # ref: format-native, produced by the template context


# ---------------------------------------------------------------------------
# format knowledge: quoting, characters a literal cannot hold, native refs
# ---------------------------------------------------------------------------
def dq(s):
    return '"%s"' % s


def sq(s):
    return "'%s'" % s


def raw(s):
    return s


YAML_BAD_PLAIN = re.compile(r"(: |\s#|^[-?:,\[\]{}#&*!|>'\"%@`~=]|\s$|^\s)")


def yq(r, s):
    if s == "":
        return '""'
    if (not YAML_BAD_PLAIN.search(s) and s.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "~")
            and not re.fullmatch(r"[0-9.eE+-]+", s) and r.random() < 0.5):
        return s
    return dq(s) if r.random() < 0.6 else sq(s)


def hocon_q(r, s):
    if re.fullmatch(r"[A-Za-z0-9_.-]+", s) and r.random() < 0.4 and s not in ("true", "false", "null"):
        return s
    return dq(s)


UNIVERSAL_BAD = re.compile(r"[\"\\'`\s]")
FMT_BAD = {
    "terraform": r"\$\{|%\{", "nomad": r"\$\{|%\{", "packer": r"\$\{|%\{", "nix": r"\$\{|''",
    "dhall": r"\$\{", "julia": r"\$", "elixir": r"#\{", "xml": r"[&<>]", "plist": r"[&<>]",
    "nginx": r"[$;{}#]", "ini": r"[%;#]", "conf": r"[#;]", "starlark": r"\$\(", "cue": r"\\\(",
    "pkl": r"\\\(", "properties": r"^[ !#]", "hocon": r"\$\{", "yaml": r"\$\{\{", "reg": r"%",
    "edn": r"#", "lua": r"\]\]",
}


def compatible(fmt, s):
    if UNIVERSAL_BAD.search(s):
        return False
    b = FMT_BAD.get(fmt)
    return not (b and re.search(b, s))


def _ref(fmt, r, E, s, app):
    """Native reference expression (a value position) for each format."""
    if fmt == "terraform":
        return pick(r, ["var.%s" % s, "data.aws_ssm_parameter.%s.value" % s,
                        'data.vault_kv_secret_v2.%s.data["%s"]' % (app, s), "sensitive(var.%s)" % s,
                        "data.azurerm_key_vault_secret.%s.value" % s, "local.secrets.%s" % s])
    if fmt == "nomad":
        return pick(r, ["var.%s" % s, '"${var.%s}"' % s])
    if fmt == "packer":
        return pick(r, ["var.%s" % s, 'vault("/secret/data/%s", "%s")' % (app, s),
                        'aws_secretsmanager("%s/ci", "%s")' % (app, s)])
    if fmt == "jsonnet":
        return pick(r, ["std.extVar('%s')" % E, "secrets.%s" % s, "$._config.%s" % s,
                        'std.native("secret")("%s")' % s])
    if fmt == "cue":
        return pick(r, ["string @tag(%s)" % s, "_secrets.%s" % s, '*"" | string @tag(%s)' % s])
    if fmt == "dhall":
        return pick(r, ["env:%s as Text" % E, "(env:%s as Text) ? \"\"" % E])
    if fmt == "nix":
        return pick(r, ['builtins.getEnv "%s"' % E, 'config.sops.placeholder."%s"' % s.replace("_", "-"),
                        "secrets.%s" % s])
    if fmt == "starlark":
        return pick(r, ['os.getenv("%s", "")' % E, 'os.environ.get("%s")' % E, "secrets[%s]" % dq(s)])
    if fmt == "kdl":
        return pick(r, ['(env)"%s"' % E, '"${%s}"' % E])
    if fmt == "edn":
        return pick(r, ["#env %s" % E, '#or [#env %s ""]' % E, "#ref [:secrets :%s]" % s.replace("_", "-")])
    if fmt == "pkl":
        return pick(r, ['read("env:%s")' % E, 'read?("env:%s") ?? ""' % E])
    if fmt == "hocon":
        return pick(r, ["${?%s}" % E, "${secrets.%s}" % s])
    if fmt == "plist":
        return "<string>$(%s)</string>" % E
    if fmt in ("properties", "nt"):
        return pick(r, ["${%s}" % E, "${%s:}" % E])
    if fmt == "ini":
        return pick(r, ["${%s}" % E, "env:%s" % E])
    if fmt == "toml":
        return pick(r, [dq("${%s}" % E), dq("env:%s" % E)])
    if fmt == "yaml":
        return pick(r, [dq("${%s}" % E), '"${{ secrets.%s }}"' % E, "!ENV ${%s}" % E,
                        dq("{{ .Values.%s }}" % words_name(s.split("_"), "camel"))])
    if fmt in ("json5", "jsonc"):
        return pick(r, [dq("${env:%s}" % E), dq("${%s}" % E), dq("${localEnv:%s}" % E)])
    if fmt == "xml":
        return pick(r, ["${env.%s}" % E, "${%s}" % E, "%%%s%%" % E])
    if fmt == "nginx":
        return dq("${%s}" % E)
    if fmt == "lua":
        return pick(r, ['os.getenv("%s")' % E, "os.getenv('%s') or ''" % E])
    if fmt == "erlang":
        return dq("${%s}" % E)
    if fmt == "elixir":
        return pick(r, ['System.get_env("%s")' % E, 'System.fetch_env!("%s")' % E])
    if fmt == "r":
        return pick(r, ['Sys.getenv("%s")' % E, 'keyring::key_get("%s")' % s])
    if fmt == "julia":
        return pick(r, ['ENV["%s"]' % E, 'get(ENV, "%s", "")' % E])
    if fmt == "reg":
        return dq("%%%s%%" % E)
    return None  # psd1, conf: no native reference


def _sref(fmt, E, s):
    """Reference usable inside a string literal, or None."""
    return {
        "terraform": "${var.%s}" % s, "nomad": "${var.%s}" % s, "packer": "${var.%s}" % s,
        "cue": "\\(_secrets.%s)" % s, "dhall": "${env:%s as Text}" % E,
        "nix": '${builtins.getEnv "%s"}' % E, "pkl": '\\(read("env:%s"))' % E,
        "plist": "$(%s)" % E, "properties": "${%s}" % E, "ini": "${%s}" % E, "toml": "${%s}" % E,
        "yaml": "${%s}" % E, "json5": "${env:%s}" % E, "jsonc": "${env:%s}" % E, "xml": "${env.%s}" % E,
        "nt": "${%s}" % E, "nginx": "${%s}" % E, "erlang": "${%s}" % E,
        "elixir": '#{System.fetch_env!("%s")}' % E, "julia": '$(ENV["%s"])' % E, "reg": "%%%s%%" % E,
        "kdl": "${%s}" % E, "starlark": "$(%s)" % E,
    }.get(fmt)


QUOTE = {
    "terraform": dq, "nomad": dq, "packer": dq, "jsonnet": None, "cue": dq, "dhall": dq, "nix": dq,
    "starlark": None, "kdl": dq, "edn": dq, "pkl": dq, "hocon": None, "plist": lambda s: "<string>%s</string>" % s,
    "properties": raw, "ini": None, "toml": None, "yaml": None, "json5": None, "jsonc": dq, "xml": raw,
    "nt": raw, "nginx": None, "lua": None, "erlang": dq, "elixir": dq, "r": dq, "julia": dq, "psd1": sq,
    "reg": dq, "conf": raw,
}


class G:
    """Per-file template context."""

    def __init__(self, r, c, label, fill_cat, obvious, fmt):
        self.r = r
        self.c = c
        self.label = label
        self.fill_cat = fill_cat
        self.obvious = obvious
        self.fmt = fmt
        self.app = c.get("db") or pick(r, APPS)
        self.org = pick(r, ORGS)
        self.env = pick(r, ENVS)
        self.E = words_name(c["words"], "screaming")
        self.s_ = words_name(c["words"], "snake")
        self.fillstr = None
        self.refexpr = None
        if label == "neg":
            if fill_cat == "ref":
                self.refexpr = _ref(fmt, r, self.E, self.s_, self.app)
                if self.refexpr is None:
                    self.fill_cat = fill_cat = "placeholder"
            if fill_cat != "ref":
                self.fillstr = make_fill(r, c, fill_cat)
        if self.fill_cat == "public":
            c["words"] = ["stripe", "publishable", "key"]
        self.neutral = pick(r, NEUTRAL) if c["shape"] == "secret" else pick(r, [
            ["target"], ["endpoint"], ["notify", "url"], ["alerts", "dest"], ["sink"]] if c["shape"] == "url"
            else [["auth"], ["db", "value"], ["conn", "arg"], ["pw2"], ["login", "value"]])
        if not obvious and r.random() < 0.5:
            prov = c["provider"].split("_")[0]
            self.neutral = [prov] + self.neutral

    # ---- names
    def key(self, st, words=None):
        if words is not None:
            return words_name(words, st)
        return words_name(self.c["words"] if self.obvious else self.neutral, st)

    def okey(self, st):
        return words_name(self.c["words"], st)

    # ---- values
    def quote(self, s):
        q = QUOTE.get(self.fmt)
        if q is None:
            if self.fmt == "yaml":
                return yq(self.r, s)
            if self.fmt == "hocon":
                return hocon_q(self.r, s)
            if self.fmt == "ini":
                return s if self.r.random() < 0.8 else dq(s)
            if self.fmt == "nginx":
                return dq(s) if (not re.fullmatch(r"[A-Za-z0-9_./:=+-]+", s) or self.r.random() < 0.5) else s
            return dq(s) if self.r.random() < 0.5 else sq(s)
        return q(s)

    def raw_value(self):
        """The literal text standing in the slot (secret or fill), no quoting."""
        if self.label == "pos":
            return self.c["secret"]
        if self.fill_cat == "ref":
            sr = _sref(self.fmt, self.E, self.s_)
            return sr if sr is not None else "<%s>" % self.E
        return self.fillstr

    def v(self):
        if self.label == "neg" and self.fill_cat == "ref":
            return self.refexpr
        return self.quote(self.raw_value())

    def s(self):
        return self.raw_value()

    def is_ref(self):
        return self.label == "neg" and self.fill_cat == "ref"

    # ---- companions
    def fields(self, st):
        out = []
        for words, val, tag in self.c["fields"]:
            if self.fill_cat == "doc" and self.c["provider"] == "azure" and words == ["storage", "account"]:
                val = "devstoreaccount1"
            if tag == "awsid" and self.label == "neg":
                if self.fill_cat == "doc":
                    val = AWS_DOC_ID
                elif self.fill_cat == "ref":
                    rr = _ref(self.fmt, self.r, "AWS_ACCESS_KEY_ID", "aws_access_key_id", self.app)
                    if rr is not None:
                        out.append((words_name(words, st), rr, None))
                        continue
                    val = "<AWS_ACCESS_KEY_ID>"
                elif self.fill_cat == "masked":
                    val = "AKIA" + "*" * 12 + rs(self.r, B32, 4)
                elif self.fill_cat == "empty":
                    val = ""
                else:
                    val = pick(self.r, ["<AWS_ACCESS_KEY_ID>", "AKIAXXXXXXXXXXXXXXXX", "YOUR_ACCESS_KEY_ID"])
            out.append((words_name(words, st), self.quote(val), val))
        return out

    def fv(self, i, st="snake"):
        return self.fields(st)[i][1]

    def field_raw(self, i):
        f = self.fields("snake")[i]
        return f[2] if f[2] is not None else f[1]

    def url_words(self):
        return {"redis": ["redis", "url"], "amqp": ["amqp", "url"], "mongodb": ["mongodb", "uri"]}.get(
            self.c.get("scheme"), ["database", "url"])

    def slot(self, st, url_words=None):
        """(name, value-expression) for the secret slot, adapted to the credential shape."""
        c = self.c
        if c["shape"] == "password" and not self.obvious:
            if url_words is None or c["scheme"] in ("redis", "amqp", "mongodb"):
                url_words = self.url_words()
            return words_name(list(url_words), st), self.quote(self.db_url())
        return self.key(st), self.v()

    def userinfo(self):
        """user:password@ for URLs (password shape)."""
        c = self.c
        if self.label == "pos":
            return "%s:%s@" % (c["user"], c["secret"])
        if self.fill_cat == "empty":
            return "%s@" % c["user"]
        return "%s:%s@" % (c["user"], self.raw_value())

    def db_url(self):
        c = self.c
        q = ""
        if c["scheme"] == "postgresql":
            q = pick(self.r, ["", "?sslmode=require", "?sslmode=verify-full&application_name=%s" % self.app])
        elif c["scheme"] == "mongodb":
            q = pick(self.r, ["?authSource=admin", "?retryWrites=true&w=majority", ""])
        path = "" if c["scheme"] in ("redis", "amqp") else "/" + c["db"]
        if c["scheme"] == "redis":
            path = "/%d" % self.r.randint(0, 3)
        if c["scheme"] == "sqlserver":
            return "sqlserver://%s:%d;database=%s;user=%s;password=%s;encrypt=true" % (
                c["host"], c["port"], c["db"], c["user"], self.raw_value() if self.label == "neg" else c["secret"])
        return "%s://%s%s:%d%s%s" % (c["scheme"], self.userinfo(), c["host"], c["port"], path, q)

    # ---- misc filler
    def comment_line(self, lead):
        r = self.r
        return lead + " " + pick(r, [
            "managed by platform team, ping #%s-oncall before changing" % self.app,
            "see docs/%s.md for the full list of settings" % self.app,
            "TODO: move to the shared module once %s-%d lands" % (self.app.upper(), r.randint(100, 999)),
            "values below are for the %s environment" % self.env,
            "last reviewed %d-%02d" % (r.randint(2021, 2025), r.randint(1, 12)),
            "do not reorder: the loader reads keys top to bottom",
            "keep in sync with deploy/%s/values.yaml" % self.env,
            "generated once, then edited by hand",
        ])


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
TEMPLATES = []


def tpl(fmt, ftype, shapes=("secret", "password", "url"), pred=None, neg_ok=True):
    def deco(fn):
        TEMPLATES.append({"name": fn.__name__, "fn": fn, "fmt": fmt, "ftype": ftype,
                          "shapes": shapes, "pred": pred, "neg_ok": neg_ok})
        return fn
    return deco


def tags_hcl(g, ind):
    r = g.r
    return [ind + "tags = {",
            ind + '  Team        = "%s"' % pick(r, ["platform", "payments", "data", "growth", "sre"]),
            ind + '  Environment = "%s"' % g.env,
            ind + '  ManagedBy   = "terraform"',
            ind + "}"]


# ---------------------------- HCL: Terraform / Nomad / Packer ---------------
TF_PROVIDERS = ("aws", "azure", "github", "gitlab", "terraform_cloud", "postgres", "mysql", "dockerhub")


@tpl("terraform", "terraform", pred=lambda c: c["provider"] in TF_PROVIDERS)
def t_tf_provider(g):
    r, c = g.r, g.c
    p = c["provider"]
    src = {"aws": ("aws", "hashicorp/aws", "~> 5.%d" % r.randint(10, 60)),
           "azure": ("azurerm", "hashicorp/azurerm", "~> 3.%d" % r.randint(50, 110)),
           "github": ("github", "integrations/github", "~> 6.%d" % r.randint(0, 4)),
           "gitlab": ("gitlab", "gitlabhq/gitlab", "~> 16.%d" % r.randint(0, 11)),
           "terraform_cloud": ("tfe", "hashicorp/tfe", "~> 0.%d" % r.randint(48, 60)),
           "postgres": ("postgresql", "cyrilgdn/postgresql", "1.%d.0" % r.randint(19, 22)),
           "mysql": ("mysql", "petoju/mysql", "3.0.%d" % r.randint(40, 60)),
           "dockerhub": ("docker", "kreuzwerker/docker", "3.0.%d" % r.randint(1, 2))}[p]
    L = ["terraform {", '  required_version = ">= 1.%d.0"' % r.randint(3, 9), "", "  required_providers {",
         "    %s = {" % src[0], '      source  = "%s"' % src[1], '      version = "%s"' % src[2], "    }", "  }", "}", ""]
    val = g.v()
    if not g.obvious:
        nm = g.key("snake")
        L += ["locals {", '  name_prefix = "%s-%s"' % (g.app, g.env), "  %s = %s" % (nm, val), "}", ""]
        val = "local." + nm
    if p == "aws":
        L += ['provider "aws" {', "  region     = %s" % g.fv(1), "  access_key = %s" % g.fv(0),
              "  secret_key = %s" % val, "", "  default_tags {"] + tags_hcl(g, "    ") + ["  }", "}"]
    elif p == "azure" and "storage" in c["words"] or (p == "azure" and g.fill_cat == "doc"):
        L[0:0] = []
        L += ["terraform {", '  backend "azurerm" {', '    resource_group_name  = "rg-%s-tfstate"' % g.app,
              "    storage_account_name = %s" % g.fv(0), '    container_name       = "tfstate"',
              '    key                  = "%s.terraform.tfstate"' % g.env, "    access_key           = %s" % val,
              "  }", "}", "", 'provider "azurerm" {', "  features {}", "}"]
    elif p == "azure":
        L += ['provider "azurerm" {', "  features {}", "", '  subscription_id = "%s"' % uuid4(r),
              "  tenant_id       = %s" % g.fv(0), "  client_id       = %s" % g.fv(1), "  client_secret   = %s" % val, "}"]
    elif p == "github":
        L += ['provider "github" {', '  owner = "%s"' % g.org, "  token = %s" % val, "}"]
    elif p == "gitlab":
        L += ['provider "gitlab" {', '  base_url = "https://gitlab.%s.com/api/v4/"' % g.org, "  token    = %s" % val, "}"]
    elif p == "terraform_cloud":
        L += ['provider "tfe" {', '  hostname = "app.terraform.io"', "  token    = %s" % val, "}"]
    elif p == "postgres":
        L += ['provider "postgresql" {', '  host            = "%s"' % c["host"], "  port            = 5432",
              '  username        = "%s"' % c["user"], "  password        = %s" % val, '  sslmode         = "require"',
              "  connect_timeout = 15", "}"]
    elif p == "mysql":
        L += ['provider "mysql" {', '  endpoint = "%s:3306"' % c["host"], '  username = "%s"' % c["user"],
              "  password = %s" % val, "}"]
    else:
        L += ['provider "docker" {', '  host = "unix:///var/run/docker.sock"', "", "  registry_auth {",
              '    address  = "registry-1.docker.io"', "    username = %s" % g.fv(0), "    password = %s" % val, "  }", "}"]
    L += [""]
    extra = {
        "aws": ['resource "aws_s3_bucket" "artifacts" {', '  bucket = "%s-%s-artifacts"' % (g.org, g.app)] + tags_hcl(g, "  ") + ["}"],
        "github": ['resource "github_repository" "%s" {' % g.app, '  name        = "%s"' % g.app,
                   '  visibility  = "private"', "  has_issues  = true", "  auto_init   = true", "}"],
        "gitlab": ['resource "gitlab_project" "%s" {' % g.app, '  name             = "%s"' % g.app,
                   "  namespace_id     = %d" % r.randint(100, 99999), '  visibility_level = "internal"', "}"],
        "terraform_cloud": ['resource "tfe_workspace" "%s" {' % g.app, '  name         = "%s-%s"' % (g.app, g.env),
                            '  organization = "%s"' % g.org, '  execution_mode = "remote"', "}"],
        "postgres": ['resource "postgresql_database" "%s" {' % g.app, '  name  = "%s"' % g.app, '  owner = "%s"' % c.get("user", "app"), "}"],
        "mysql": ['resource "mysql_database" "%s" {' % g.app, '  name = "%s"' % g.app, "}"],
        "dockerhub": ['resource "docker_image" "%s" {' % g.app, '  name = "%s/%s:1.%d.%d"' % (g.org, g.app, r.randint(0, 9), r.randint(0, 30)), "}"],
        "azure": ['resource "azurerm_resource_group" "main" {', '  name     = "rg-%s-%s"' % (g.app, g.env),
                  '  location = "%s"' % pick(r, AZ_REGIONS), "}"],
    }[p]
    return pick(r, ["main.tf", "providers.tf", "infra/%s/main.tf" % g.env, "terraform/providers.tf"]), "\n".join(L + extra) + "\n"


@tpl("terraform", "terraform")
def t_tfvars(g):
    r, c = g.r, g.c
    L = [g.comment_line("#"), "", 'environment   = "%s"' % g.env, 'region        = "%s"' % pick(r, REGIONS),
         'instance_type = "%s"' % pick(r, ["t3.medium", "m6i.large", "c7g.xlarge"]), "min_size      = %d" % r.randint(1, 3),
         "max_size      = %d" % r.randint(4, 12), ""]
    for n, e, _ in g.fields("snake"):
        L.append("%s = %s" % (n, e))
    n, v = g.slot("snake")
    L.append("%s = %s" % (n, v))
    L += ["", "allowed_cidrs = [", '  "10.%d.0.0/16",' % r.randint(0, 200), '  "172.16.%d.0/24",' % r.randint(0, 200), "]", "",
          "extra_tags = {", '  CostCenter = "%d"' % r.randint(1000, 9999), '  Owner      = "%s@%s.com"' % (pick(r, FIRST), g.org), "}"]
    return pick(r, ["terraform.tfvars", "envs/%s.tfvars" % g.env, "%s.auto.tfvars" % g.env, "live/%s/terraform.tfvars" % g.env]), "\n".join(L) + "\n"


@tpl("terraform", "terraform")
def t_tf_variable_default(g):
    r = g.r
    n, v = g.slot("snake")
    L = ['variable "name" {', "  type    = string", '  default = "%s"' % g.app, "}", "",
         'variable "replicas" {', "  type    = number", "  default = %d" % r.randint(1, 5), "}", ""]
    L += ['variable "%s" {' % n, '  description = "%s"' % pick(r, ["Used by the %s service" % g.app, "Injected into the task definition", "Do not output"]),
          "  type        = string", "  default     = %s" % v]
    if r.random() < 0.6:
        L.append("  sensitive   = true")
    L += ["}", "", 'output "service_name" {', '  value = "${var.name}-%s"' % g.env, "}"]
    return pick(r, ["variables.tf", "modules/%s/variables.tf" % g.app, "vars.tf"]), "\n".join(L) + "\n"


@tpl("terraform", "terraform")
def t_tf_lambda_env(g):
    r = g.r
    st = pick(r, ["screaming", "screaming", "snake"])
    n, v = g.slot(st)
    fl = ["      %s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L = ['resource "aws_lambda_function" "%s" {' % g.app, '  function_name = "%s-%s"' % (g.app, g.env),
         '  role          = aws_iam_role.%s.arn' % g.app, '  handler       = "%s"' % pick(r, ["index.handler", "main.lambda_handler", "bootstrap"]),
         '  runtime       = "%s"' % pick(r, ["nodejs20.x", "python3.12", "provided.al2023"]),
         "  timeout       = %d" % r.randint(3, 60), "  memory_size   = %d" % pick(r, [128, 256, 512, 1024]),
         '  filename      = "${path.module}/build/%s.zip"' % g.app, "", "  environment {", "    variables = {",
         '      LOG_LEVEL = "%s"' % pick(r, LOGLEVELS)] + fl + ["      %s = %s" % (n, v), "    }", "  }", ""] + tags_hcl(g, "  ") + ["}"]
    return pick(r, ["lambda.tf", "modules/%s/lambda.tf" % g.app, "functions.tf"]), "\n".join(L) + "\n"


@tpl("terraform", "terraform", shapes=("secret",), pred=lambda c: c["provider"] == "terraform_cloud")
def t_terraformrc(g):
    r = g.r
    L = ['plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"', "disable_checkpoint = true", ""]
    if g.obvious:
        L += ['credentials "app.terraform.io" {', "  token = %s" % g.v(), "}"]
    else:
        L += ['credentials "app.terraform.io" {', "  token = %s" % g.v(), "}"]
        L.insert(0, "# CI runner CLI config, copied into the image at build time")
    L += ["", "provider_installation {", "  network_mirror {", '    url = "https://tf-mirror.%s.internal/"' % g.org, "  }", "}"]
    return pick(r, [".terraformrc", "ci/terraform.rc", "docker/terraformrc"]), "\n".join(L) + "\n"


@tpl("nomad", "nomad_hcl")
def t_nomad_job(g):
    r = g.r
    st = pick(r, ["screaming", "screaming", "snake"])
    n, v = g.slot(st)
    L = ['job "%s" {' % g.app, '  datacenters = ["dc1"]', '  type        = "service"', "",
         '  group "%s" {' % g.app, "    count = %d" % r.randint(1, 4), "", '    network {', '      port "http" { to = %d }' % pick(r, [8080, 3000, 9000]), "    }", "",
         '    task "server" {', '      driver = "docker"', "", "      config {",
         '        image = "ghcr.io/%s/%s:%d.%d.%d"' % (g.org, g.app, r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
         '        ports = ["http"]', "      }", "", "      env {", '        PORT      = "${NOMAD_PORT_http}"',
         '        LOG_LEVEL = "%s"' % pick(r, LOGLEVELS)]
    L += ["        %s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["        %s = %s" % (n, v), "      }", "", "      resources {", "        cpu    = %d" % pick(r, [200, 500, 1000]),
          "        memory = %d" % pick(r, [256, 512, 1024]), "      }", "    }", "  }", "}"]
    return pick(r, ["%s.nomad.hcl" % g.app, "jobs/%s.nomad" % g.app, "deploy/nomad/%s.hcl" % g.app]), "\n".join(L) + "\n"


@tpl("packer", "packer_hcl")
def t_packer(g):
    r, c = g.r, g.c
    L = ["packer {", "  required_plugins {", "    amazon = {", '      version = ">= 1.%d.0"' % r.randint(1, 3),
         '      source  = "github.com/hashicorp/amazon"', "    }", "  }", "}", ""]
    if c["provider"] == "aws" and g.obvious:
        L += ['source "amazon-ebs" "%s" {' % g.app, '  region        = %s' % g.fv(1), "  access_key    = %s" % g.fv(0),
              "  secret_key    = %s" % g.v(), '  instance_type = "t3.small"', '  ssh_username  = "ubuntu"',
              '  ami_name      = "%s-{{timestamp}}"' % g.app, "  source_ami_filter {", "    filters = {",
              '      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"', "    }", '    owners      = ["099720109477"]',
              "    most_recent = true", "  }", "}", "", "build {", '  sources = ["source.amazon-ebs.%s"]' % g.app, "}"]
    else:
        if c["shape"] == "password" and not g.obvious:
            envl = '"DATABASE_URL=%s"' % g.db_url()
        else:
            envl = '"%s=%s"' % (g.key("screaming"), g.s())
        L += ['source "amazon-ebs" "%s" {' % g.app, '  region        = "%s"' % pick(r, REGIONS), '  instance_type = "t3.small"',
              '  ssh_username  = "ubuntu"', '  source_ami    = "ami-%s"' % rs(r, HEX, 17), '  ami_name      = "%s-base-{{timestamp}}"' % g.app, "}", "",
              "build {", '  sources = ["source.amazon-ebs.%s"]' % g.app, "", '  provisioner "shell" {',
              "    environment_vars = [", '      "DEBIAN_FRONTEND=noninteractive",', "      %s," % envl, "    ]",
              '    scripts = ["scripts/base.sh", "scripts/%s.sh"]' % g.app, "  }", "}"]
    return pick(r, ["%s.pkr.hcl" % g.app, "packer/%s.pkr.hcl" % g.app, "images/base.pkr.hcl"]), "\n".join(L) + "\n"


# ---------------------------- Jsonnet / CUE / Dhall -------------------------
@tpl("jsonnet", "jsonnet")
def t_jsonnet_deploy(g):
    r = g.r
    st = "screaming"
    n, v = g.slot(st)
    envs = ["          { name: 'PORT', value: '8080' },", "          { name: 'LOG_LEVEL', value: '%s' }," % pick(r, LOGLEVELS)]
    envs += ["          { name: '%s', value: %s }," % (a, b) for a, b, _ in g.fields(st)]
    envs += ["          { name: '%s', value: %s }," % (n, v)]
    L = ["local k = import 'k.libsonnet';", "local params = import 'params.libsonnet';", "",
         "{", "  apiVersion: 'apps/v1',", "  kind: 'Deployment',", "  metadata: {", "    name: '%s'," % g.app,
         "    labels: { app: '%s', tier: '%s' }," % (g.app, pick(r, ["backend", "api", "worker"])), "  },", "  spec: {",
         "    replicas: params.replicas,", "    selector: { matchLabels: { app: '%s' } }," % g.app, "    template: {",
         "      metadata: { labels: { app: '%s' } }," % g.app, "      spec: {", "        containers: [{",
         "          name: '%s'," % g.app, "          image: 'registry.%s.io/%s:' + params.tag," % (g.org, g.app), "          env: ["] + \
        envs + ["          ],", "        }],", "      },", "    },", "  },", "}"]
    return pick(r, ["deploy/%s.jsonnet" % g.app, "k8s/%s/deployment.jsonnet" % g.app, "environments/%s/main.jsonnet" % g.env]), "\n".join(L) + "\n"


@tpl("jsonnet", "jsonnet")
def t_libsonnet_config(g):
    r = g.r
    st = pick(r, ["camel", "snake"])
    n, v = g.slot(st)
    fl = ["    %s: %s," % (a, b) for a, b, _ in g.fields(st)]
    L = ["// %s configuration mixin" % g.app, "{", "  _config+:: {", "    namespace: '%s'," % g.env,
         "    %s: %d," % (words_name(["http", "port"], st), pick(r, [8080, 9090, 3000])),
         "    %s: '%s'," % (words_name(["cluster", "name"], st), "%s-%s" % (g.env, pick(r, REGIONS)))] + fl + [
         "    %s: %s," % (n, v), "  },", "", "  _images+:: {", "    %s: 'quay.io/%s/%s:v%d.%d'," % (g.app, g.org, g.app, r.randint(0, 4), r.randint(0, 30)), "  },", "}"]
    return pick(r, ["lib/%s.libsonnet" % g.app, "config.libsonnet", "jsonnet/%s/config.libsonnet" % g.app]), "\n".join(L) + "\n"


@tpl("cue", "cue")
def t_cue(g):
    r = g.r
    st = pick(r, ["camel", "snake"])
    n, v = g.slot(st)
    fl = ["\t%s: %s" % (a, b) for a, b, _ in g.fields(st)]
    L = ["package %s" % g.app.replace("-", ""), "", 'import "strings"', "", "#Service: {", "\tname:     string", "\treplicas: int & >=1 & <=10",
         "\tport:     *8080 | int", "}", "", "service: #Service & {", '\tname:     "%s"' % g.app, "\treplicas: %d" % r.randint(1, 6), "}", "",
         "config: {", '\tenvironment: "%s"' % g.env, '\tregion:      strings.ToLower("%s")' % pick(r, REGIONS).upper()] + fl + [
         "\t%s: %s" % (n, v), "}"]
    return pick(r, ["config/%s.cue" % g.app, "%s.cue" % g.app, "cue/%s/values.cue" % g.env]), "\n".join(L) + "\n"


@tpl("dhall", "dhall")
def t_dhall(g):
    r = g.r
    st = pick(r, ["camel", "snake"])
    n, v = g.slot(st)
    fl = ["    , %s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L = ["-- %s service configuration" % g.app, "let Prelude = https://prelude.dhall-lang.org/v%d.%d.0/package.dhall" % (r.randint(20, 23), r.randint(0, 2)), "",
         "let Env = < Dev | Staging | Prod >", "", "let config =", '    { name = "%s"' % g.app, "    , env = Env.%s" % pick(r, ["Prod", "Staging"]),
         "    , port = %d" % pick(r, [8080, 8443, 3000]), "    , workers = %d" % r.randint(2, 16)] + fl + ["    , %s = %s" % (n, v), "    }", "", "in  config"]
    return pick(r, ["config/%s.dhall" % g.env, "%s.dhall" % g.app, "dhall/config.dhall"]), "\n".join(L) + "\n"


# ---------------------------- Nix --------------------------------------------
@tpl("nix", "nix")
def t_nixos_service(g):
    r = g.r
    st = pick(r, ["screaming", "screaming", "camel"])
    n, v = g.slot(st)
    fl = ["      %s = %s;" % (a, b) for a, b, _ in g.fields(st)]
    L = ["{ config, pkgs, lib, ... }:", "", "{", "  systemd.services.%s = {" % g.app, '    description = "%s worker";' % g.app,
         '    wantedBy = [ "multi-user.target" ];', '    after = [ "network-online.target" ];', "    environment = {",
         '      NODE_ENV = "production";', '      PORT = "%d";' % pick(r, [3000, 8080])] + fl + ["      %s = %s;" % (n, v), "    };",
         "    serviceConfig = {", '      ExecStart = "${pkgs.%s}/bin/%s";' % (g.app, g.app), "      DynamicUser = true;", '      Restart = "on-failure";', "    };", "  };", "",
         "  networking.firewall.allowedTCPPorts = [ %d ];" % pick(r, [80, 443, 8080]), "}"]
    return pick(r, ["nixos/modules/%s.nix" % g.app, "hosts/%s/services.nix" % pick(r, ["web1", "builder", "atlas"]), "modules/%s.nix" % g.app]), "\n".join(L) + "\n"


@tpl("nix", "nix")
def t_nix_flake_shell(g):
    r, c = g.r, g.c
    if c["shape"] == "password" and not g.obvious:
        exp = '        export DATABASE_URL="%s"' % g.db_url()
    else:
        exp = '        export %s="%s"' % (g.key("screaming"), g.s())
    L = ["{", '  description = "%s development environment";' % g.app, "", "  inputs = {",
         '    nixpkgs.url = "github:NixOS/nixpkgs/nixos-%d.%s";' % (r.choice([23, 24]), r.choice(["05", "11"])),
         '    flake-utils.url = "github:numtide/flake-utils";', "  };", "",
         "  outputs = { self, nixpkgs, flake-utils }:", "    flake-utils.lib.eachDefaultSystem (system:",
         "      let pkgs = nixpkgs.legacyPackages.${system}; in {", "      devShells.default = pkgs.mkShell {",
         "        packages = with pkgs; [ %s ];" % " ".join(r.sample(["nodejs_20", "python312", "go", "postgresql", "redis", "jq", "terraform"], 3)),
         "        shellHook = ''", '        export PROJECT_ROOT="$PWD"', exp, '        echo "%s shell ready"' % g.app, "        '';", "      };", "    });", "}"]
    return "flake.nix", "\n".join(L) + "\n"


@tpl("nix", "nix")
def t_home_manager(g):
    r = g.r
    st = "screaming"
    n, v = g.slot(st)
    fl = ["    %s = %s;" % (a, b) for a, b, _ in g.fields(st)]
    L = ["{ pkgs, ... }:", "{", '  home.username = "%s";' % pick(r, FIRST), '  home.stateVersion = "24.05";', "",
         "  home.packages = with pkgs; [ ripgrep fd gh %s ];" % pick(r, ["awscli2", "google-cloud-sdk", "azure-cli", "kubectl"]), "",
         "  home.sessionVariables = {", '    EDITOR = "nvim";'] + fl + ["    %s = %s;" % (n, v), "  };", "",
         "  programs.git = {", "    enable = true;", '    userName = "%s";' % pick(r, FIRST).capitalize(), "  };", "}"]
    return pick(r, ["home.nix", "home-manager/home.nix", "users/%s/home.nix" % pick(r, FIRST)]), "\n".join(L) + "\n"


# ---------------------------- Starlark / Bazel --------------------------------
@tpl("starlark", "starlark")
def t_tiltfile(g):
    r = g.r
    st = "snake"
    n, v = g.slot(st)
    L = ["# -*- mode: Python -*-", "load('ext://secret', 'secret_from_dict')", "load('ext://restart_process', 'docker_build_with_restart')", "",
         "allow_k8s_contexts('kind-%s')" % g.app, "", "docker_build('%s', '.', dockerfile='Dockerfile.dev')" % g.app, ""]
    inputs = ["    '%s': %s," % (a, b) for a, b, _ in g.fields(st)] + ["    '%s': %s," % (n, v)]
    L += ["k8s_yaml(secret_from_dict('%s-env', inputs = {" % g.app] + inputs + ["}))", "",
          "k8s_yaml(kustomize('deploy/overlays/dev'))", "k8s_resource('%s', port_forwards=%d)" % (g.app, pick(r, [8080, 3000]))]
    return "Tiltfile", "\n".join(L) + "\n"


@tpl("starlark", "starlark")
def t_bazel_build(g):
    r, c = g.r, g.c
    L = ['load("@rules_python//python:defs.bzl", "py_binary")', "", "py_binary(", '    name = "%s",' % g.app,
         '    srcs = ["main.py"],', '    deps = ["//lib/%s", "@pypi//requests"],' % g.app]
    if g.obvious:
        L += ["    env = {", '        "LOG_LEVEL": "%s",' % pick(r, LOGLEVELS)]
        L += ['        "%s": %s,' % (a, b) for a, b, _ in g.fields("screaming")]
        L += ['        "%s": %s,' % (g.key("screaming"), g.quote(g.s()) if g.is_ref() else g.v()), "    },"]
    else:
        arg = g.db_url() if c["shape"] == "password" else g.s()
        flag = pick(r, ["--upstream", "--auth", "--dsn", "--endpoint", "--conn"])
        L += ['    args = ["--port=8080", "%s", "%s"],' % (flag, arg)]
    L += ['    visibility = ["//visibility:public"],', ")", "", "filegroup(", '    name = "configs",', '    srcs = glob(["config/*.yaml"]),', ")"]
    return pick(r, ["BUILD.bazel", "services/%s/BUILD.bazel" % g.app, "tools/%s/BUILD" % g.app]), "\n".join(L) + "\n"


@tpl("starlark", "starlark")
def t_bzl_defaults(g):
    r = g.r
    st = "snake"
    n, v = g.slot(st)
    fl = ["    %s = %s," % (a, b) for a, b, _ in g.fields(st)]
    L = ['"""Shared defaults for %s deploy macros."""' % g.app, "", "DEFAULTS = struct(", '    registry = "gcr.io/%s-%s",' % (g.org, g.env),
         "    replicas = %d," % r.randint(1, 5), '    namespace = "%s",' % g.app] + fl + ["    %s = %s," % (n, v), ")", "",
         "def %s_deploy(name, **kwargs):" % g.app, "    native.genrule(", "        name = name,", '        outs = [name + ".yaml"],',
         '        cmd = "$(location //tools:render) --ns %s > $@" % DEFAULTS.namespace,', '        tools = ["//tools:render"],', "        **kwargs", "    )"]
    return pick(r, ["tools/defaults.bzl", "bazel/%s.bzl" % g.app, "deploy/defs.bzl"]), "\n".join(L) + "\n"


# ---------------------------- KDL / EDN / Pkl ---------------------------------
@tpl("kdl", "kdl")
def t_kdl(g):
    r = g.r
    st = pick(r, ["kebab", "snake"])
    n, v = g.slot(st)
    fl = ["    %s %s" % (a, b) for a, b, _ in g.fields(st)]
    L = ["// %s.kdl" % g.app, 'service "%s" {' % g.app, '    listen "0.0.0.0:%d"' % pick(r, [8080, 9000]), "    workers %d" % r.randint(2, 16),
         '    log-level "%s"' % pick(r, ["info", "debug"]), "}", "", 'upstream "%s" {' % pick(r, ["primary", "api", "billing"])] + fl + [
         "    %s %s" % (n, v), "    timeout-ms %d" % pick(r, [500, 1500, 3000]), "    retries %d" % r.randint(1, 5), "}"]
    return pick(r, ["config.kdl", "%s.kdl" % g.app, "config/%s.kdl" % g.env]), "\n".join(L) + "\n"


@tpl("edn", "edn")
def t_edn_config(g):
    r = g.r
    st = "kebab"
    n, v = g.slot(st)
    fl = [" :%s %s" % (a, b) for a, b, _ in g.fields(st)]
    L = [";; aero config for %s" % g.app, "{:http {:port #long #or [#env PORT %d]" % pick(r, [3000, 8080]), "        :join? false}",
         " :env :%s" % g.env] + fl + [" :%s %s" % (n, v), " :features #{:billing :audit-log}", " :log {:level :%s}}" % pick(r, ["info", "debug", "warn"])]
    return pick(r, ["resources/config.edn", "config.edn", "resources/%s/config.edn" % g.app]), "\n".join(L) + "\n"


@tpl("edn", "edn", shapes=("secret",), pred=lambda c: c["kind"] in ("vcs_token", "ci_token"))
def t_lein_project(g):
    r, c = g.r, g.c
    user = c.get("user") or pick(r, ["ci-bot", "deploy", g.org])
    val = (":env/%s" % g.s_) if g.is_ref() else g.v()
    url = "https://maven.%s.io/releases" % g.org
    if g.obvious:
        auth = ['                        :username "%s"' % user, '                        :password %s}]]' % val]
    else:
        url = "https://%s:%s@maven.%s.io/releases" % (user, g.s(), g.org)
        auth = ['                        :checksum :warn}]]']
    L = ['(defproject %s/%s "%d.%d.%d-SNAPSHOT"' % (g.org, g.app, r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
         '  :description "%s service"' % g.app, '  :dependencies [[org.clojure/clojure "1.11.%d"]' % r.randint(1, 3),
         '                 [ring/ring-core "1.%d.0"]]' % r.randint(9, 12),
         '  :repositories [["releases" {:url "%s"' % url] + auth + [
         '  :main ^:skip-aot %s.core' % g.app, '  :profiles {:uberjar {:aot :all}})']
    return "project.clj", "\n".join(L) + "\n"


@tpl("pkl", "pkl")
def t_pkl(g):
    r = g.r
    st = "camel"
    n, v = g.slot(st)
    fl = ["  %s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L = [pick(r, ['amends "../schema/AppConfig.pkl"', "module %s.Config" % g.app]), "",
         'name = "%s"' % g.app, 'environment = "%s"' % g.env, "port = %d" % pick(r, [8080, 3000]), "", "database {",
         '  host = "%s"' % host_for(r, g.app), "  poolSize = %d" % r.randint(5, 40), "}", "", "integrations {"] + fl + ["  %s = %s" % (n, v), "}"]
    return pick(r, ["config/%s.pkl" % g.env, "%s.pkl" % g.app, "pkl/AppConfig.pkl"]), "\n".join(L) + "\n"


# ---------------------------- HOCON -------------------------------------------
@tpl("hocon", "hocon")
def t_hocon_play(g):
    r, c = g.r, g.c
    L = ["# https://www.playframework.com/documentation/latest/ConfigFile", 'include "common.conf"', "",
         "play.i18n.langs = [ \"en\", \"de\" ]", "play.filters.hosts.allowed = [\".%s.com\", \"localhost:9000\"]" % g.org, ""]
    if c["provider"] == "play" and g.obvious:
        L += ["play.http.secret.key = %s" % g.v()]
    elif c["shape"] == "password" and c["scheme"] in ("postgresql", "mysql"):
        sch = c["scheme"]
        prof, drv = (("PostgresProfile", "org.postgresql.Driver") if sch == "postgresql" else ("MySQLProfile", "com.mysql.cj.jdbc.Driver"))
        L += ["slick.dbs.default {", '  profile = "slick.jdbc.%s$"' % prof, "  db {", '    driver = "%s"' % drv]
        if g.obvious:
            L += ['    url = "jdbc:%s://%s:%d/%s"' % (sch, c["host"], c["port"], c["db"]), '    user = "%s"' % c["user"], "    password = %s" % g.v()]
        else:
            L += ['    url = "jdbc:%s://%s:%d/%s?user=%s&password=%s"' % (sch, c["host"], c["port"], c["db"], c["user"], g.s())]
        L += ["    numThreads = %d" % r.randint(4, 20), "  }", "}"]
    else:
        st = pick(r, ["kebab", "camel"])
        L += ["%s {" % g.app] + ["  %s = %s" % (a, b) for a, b, _ in g.fields(st)] + ["  %s = %s" % g.slot(st),
              "  timeout = %ds" % r.randint(2, 30), "}"]
    L += ["", "akka.http.server.idle-timeout = %ds" % r.randint(30, 120)]
    return pick(r, ["conf/application.conf", "conf/%s.conf" % g.env, "src/main/resources/application.conf"]), "\n".join(L) + "\n"


@tpl("hocon", "hocon")
def t_hocon_akka(g):
    r = g.r
    st = pick(r, ["kebab", "camel"])
    n, v = g.slot(st)
    L = ["%s {" % g.app, "  akka {", '    loglevel = "%s"' % pick(r, ["INFO", "DEBUG"]), "    actor.provider = cluster",
         "    remote.artery.canonical {", '      hostname = "%s"' % host_for(r, g.app, "svc"), "      port = 25520", "    }", "    cluster {",
         '      seed-nodes = ["akka://%s@10.0.%d.%d:25520"]' % (g.app, r.randint(0, 9), r.randint(2, 200)), "      downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"", "    }", "  }", "",
         "  integrations {"] + ["    %s = %s" % (a, b) for a, b, _ in g.fields(st)] + ["    %s = %s" % (n, v), "  }", "}"]
    return pick(r, ["src/main/resources/reference.conf", "src/main/resources/%s.conf" % g.app, "deploy/%s.conf" % g.env]), "\n".join(L) + "\n"


# ---------------------------- Apple plist ------------------------------------
PLIST_HEAD = ['<?xml version="1.0" encoding="UTF-8"?>',
              '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
              '<plist version="1.0">', "<dict>"]


@tpl("plist", "plist")
def t_info_plist(g):
    r, c = g.r, g.c
    st = "pascal"
    L = PLIST_HEAD + ["\t<key>CFBundleDevelopmentRegion</key>", "\t<string>$(DEVELOPMENT_LANGUAGE)</string>",
                      "\t<key>CFBundleIdentifier</key>", "\t<string>com.%s.%s</string>" % (g.org.replace("-", ""), g.app),
                      "\t<key>CFBundleShortVersionString</key>", "\t<string>%d.%d.%d</string>" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)),
                      "\t<key>CFBundleVersion</key>", "\t<string>%d</string>" % r.randint(10, 900)]
    for a, b, _ in g.fields(st):
        L += ["\t<key>%s</key>" % a, "\t" + b]
    if c["shape"] == "password" and not g.obvious:
        L += ["\t<key>DatabaseURL</key>", "\t<string>%s</string>" % g.db_url()]
    else:
        L += ["\t<key>%s</key>" % g.key(st), "\t" + g.v()]
    L += ["\t<key>UILaunchStoryboardName</key>", "\t<string>LaunchScreen</string>", "\t<key>LSRequiresIPhoneOS</key>", "\t<true/>", "</dict>", "</plist>"]
    return pick(r, ["%s/Info.plist" % g.app.capitalize(), "ios/Runner/Info.plist", "App/Supporting Files/Info.plist"]), "\n".join(L) + "\n"


@tpl("plist", "plist")
def t_launchd_plist(g):
    r, c = g.r, g.c
    label = "com.%s.%s" % (g.org.replace("-", ""), g.app)
    L = PLIST_HEAD + ["\t<key>Label</key>", "\t<string>%s</string>" % label, "\t<key>ProgramArguments</key>", "\t<array>",
                      "\t\t<string>/usr/local/bin/%s</string>" % g.app, "\t\t<string>--config</string>", "\t\t<string>/usr/local/etc/%s.yaml</string>" % g.app]
    if not g.obvious:
        flag = pick(r, ["--upstream", "--auth", "--dsn", "--notify"])
        arg = g.db_url() if c["shape"] == "password" else g.s()
        L += ["\t\t<string>%s</string>" % flag, "\t\t<string>%s</string>" % arg, "\t</array>"]
    else:
        L += ["\t</array>", "\t<key>EnvironmentVariables</key>", "\t<dict>"]
        for a, b, _ in g.fields("screaming"):
            L += ["\t\t<key>%s</key>" % a, "\t\t" + b]
        L += ["\t\t<key>%s</key>" % g.key("screaming"), "\t\t" + g.v(), "\t</dict>"]
    L += ["\t<key>RunAtLoad</key>", "\t<true/>", "\t<key>StandardErrorPath</key>", "\t<string>/tmp/%s.err</string>" % g.app, "</dict>", "</plist>"]
    return pick(r, ["launchd/%s.plist" % label, "scripts/macos/%s.plist" % label, "Library/LaunchAgents/%s.plist" % label]), "\n".join(L) + "\n"


# ---------------------------- Java properties --------------------------------
@tpl("properties", "properties")
def t_spring_props(g):
    r, c = g.r, g.c
    L = ["# %s - %s profile" % (g.app, g.env), "spring.application.name=%s" % g.app, "server.port=%d" % pick(r, [8080, 8081, 9090]),
         "management.endpoints.web.exposure.include=health,\\", "    info,\\", "    prometheus",
         "app.greeting=Gr\\u00fc\\u00dfe aus %s" % pick(r, ["M\\u00fcnchen", "K\\u00f6ln", "Z\\u00fcrich"]), "app.banner.path=C\\:\\\\ProgramData\\\\%s\\\\banner.txt" % g.app, ""]
    if c["shape"] == "password":
        sch = c["scheme"]
        if sch in ("postgresql", "mysql", "sqlserver"):
            if sch == "sqlserver":
                url = "jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true" % (c["host"], c["db"])
                tail = (";\\", "    user=%s;\\" % c["user"], "    password=%s" % g.s())
            else:
                url = "jdbc:%s://%s:%d/%s" % (sch, c["host"], c["port"], c["db"])
                tail = ("?\\", "    user=%s&\\" % c["user"], "    password=%s" % g.s())
            if g.obvious:
                L += ["spring.datasource.url=%s" % url, "spring.datasource.username=%s" % c["user"], "spring.datasource.password=%s" % g.v()]
            else:
                L += ["spring.datasource.url=%s%s" % (url, tail[0]), tail[1], tail[2]]
        else:
            pre = {"mongodb": "spring.data.mongodb", "redis": "spring.data.redis", "amqp": "spring.rabbitmq"}[sch]
            if g.obvious:
                L += ["%s.host=%s" % (pre, c["host"]), "%s.port=%d" % (pre, c["port"])]
                if sch != "redis":
                    L.append("%s.username=%s" % (pre, c["user"]))
                L.append("%s.password=%s" % (pre, g.v()))
            else:
                key = {"mongodb": "uri", "redis": "url", "amqp": "addresses"}[sch]
                L += ["%s.%s=%s" % (pre, key, g.db_url())]
    else:
        st = pick(r, ["dot", "kebab"])
        pre = "app.%s." % g.app
        for a, b, _ in g.fields(st):
            L.append("%s%s=%s" % (pre, a, b))
        L.append("%s%s%s%s" % (pre, g.key(st), pick(r, ["=", " = ", ": "]), g.v()))
    L += ["", "logging.level.root=%s" % pick(r, ["INFO", "WARN"]), "spring.jpa.open-in-view=false"]
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % g.env, "config/application.properties"]), "\n".join(L) + "\n"


@tpl("properties", "properties", shapes=("secret",))
def t_gradle_props(g):
    r = g.r
    L = ["org.gradle.jvmargs=-Xmx%dg -Dfile.encoding=UTF-8" % r.randint(2, 6), "org.gradle.parallel=true", "org.gradle.caching=true",
         "kotlin.code.style=official", "android.useAndroidX=true", ""]
    for a, b, _ in g.fields("camel"):
        L.append("%s=%s" % (a, b))
    if g.obvious:
        L.append("%s=%s" % (g.key(pick(r, ["camel", "dot"])), g.v()))
    else:
        L.append("systemProp.%s=%s" % (g.key("dot"), g.v()))
    L += ["", "# publishing", "group=com.%s" % g.org.replace("-", ""), "version=%d.%d.%d" % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 9))]
    return pick(r, ["gradle.properties", "android/gradle.properties"]), "\n".join(L) + "\n"


@tpl("properties", "properties")
def t_plain_props(g):
    r, c = g.r, g.c
    L = ["#Generated by %s installer" % g.app, "#%s %s %02d %02d:%02d:%02d UTC %d" % (pick(r, ["Mon", "Tue", "Thu"]), pick(r, ["Mar", "Jun", "Oct"]), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(2021, 2025)),
         "service.name = %s" % g.app, "service.threads = %d" % r.randint(4, 64),
         "service.description = Handles %s requests \\" % g.app, "                      for the %s tenant" % g.org]
    st = pick(r, ["dot", "snake", "camel"])
    for a, b, _ in g.fields(st):
        L.append("%s = %s" % (a, b))
    n, v = g.slot(st, url_words=("connection", "url"))
    L.append("%s = %s" % (n, v))
    L += ["retry.max = %d" % r.randint(1, 9), "retry.backoff.ms = %d" % pick(r, [100, 250, 1000])]
    return pick(r, ["conf/%s.properties" % g.app, "config/secrets.properties", "%s.properties" % g.env, "src/main/resources/%s.properties" % g.app]), "\n".join(L) + "\n"


# ---------------------------- INI ---------------------------------------------
@tpl("ini", "ini")
def t_ini_app(g):
    r = g.r
    st = pick(r, ["snake", "snake", "kebab"])
    n, v = g.slot(st)
    sec = pick(r, [g.c["provider"].split("_")[0], "integrations", "credentials", g.app])
    L = ["; %s settings" % g.app, "[server]", "host = 0.0.0.0", "port = %d" % pick(r, [8000, 8080]), "workers = %d" % r.randint(2, 9), "",
         "[logging]", "level = %s" % pick(r, LOGLEVELS), "format = %(asctime)s %(levelname)s %(message)s", "", "[%s]" % sec]
    L += ["%s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["%s = %s" % (n, v), "timeout = %d" % r.randint(5, 60)]
    return pick(r, ["config.ini", "settings.ini", "etc/%s.ini" % g.app, "conf/%s/app.ini" % g.env]), "\n".join(L) + "\n"


@tpl("ini", "ini", shapes=("secret",), pred=lambda c: c["provider"] in ("pypi", "aws", "azure", "gcp"))
def t_ini_tooling(g):
    r, c = g.r, g.c
    if c["provider"] == "pypi":
        L = ["[distutils]", "index-servers =", "    pypi", "    %s" % g.org, "", "[pypi]", "username = __token__", "password = %s" % g.v(), "",
             "[%s]" % g.org, "repository = https://pypi.%s.internal/simple/" % g.org, "username = %s" % pick(r, FIRST)]
        return pick(r, [".pypirc", "ci/pypirc"]), "\n".join(L) + "\n"
    if c["provider"] == "aws":
        f = g.fields("snake")
        L = ["[default]", "region = %s" % f[1][2], "output = json", "", "[profile %s-%s]" % (g.app, g.env), "aws_access_key_id = %s" % f[0][1],
             "aws_secret_access_key = %s" % g.v(), "region = %s" % f[1][2]]
        return pick(r, ["aws/credentials", ".aws/credentials", "ci/aws-credentials.ini"]), "\n".join(L) + "\n"
    # rclone remote definitions
    if c["provider"] == "azure":
        if "storage" in c["words"] or g.fill_cat == "doc":
            L = ["[%s-blob]" % g.app, "type = azureblob", "account = %s" % g.field_raw(0), "key = %s" % g.v()]
        else:
            L = ["[%s-blob]" % g.app, "type = azureblob", "tenant = %s" % g.field_raw(0), "client_id = %s" % g.field_raw(1), "client_secret = %s" % g.v()]
    else:
        L = ["[%s-gcs]" % g.app, "type = google cloud storage", "project_number = %s" % g.field_raw(0), "key = %s" % g.v()]
    L += ["", "[local]", "type = local", "nounc = true"]
    return pick(r, ["rclone.conf", "config/rclone.conf"]), "\n".join(L) + "\n"


@tpl("ini", "ini", shapes=("password",), pred=lambda c: c["provider"] in ("postgres", "mysql", "mssql"))
def t_ini_db(g):
    r, c = g.r, g.c
    if c["scheme"] in ("mysql",) and g.obvious:
        L = ["[client]", "host     = %s" % c["host"], "port     = 3306", "user     = %s" % c["user"], "password = %s" % g.v(), "",
             "[mysqld]", "character-set-server = utf8mb4", "max_connections = %d" % r.randint(100, 500)]
        return pick(r, ["my.cnf", "docker/mysql/my.cnf", ".my.cnf"]), "\n".join(L) + "\n"
    drv = {"postgresql": "postgresql+psycopg2", "mysql": "mysql+pymysql", "sqlserver": "mssql+pyodbc"}[c["scheme"]]
    q = "?driver=ODBC+Driver+18+for+SQL+Server" if c["scheme"] == "sqlserver" else ""
    L = ["# A generic, single database configuration.", "", "[alembic]", "script_location = migrations",
         "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s", "prepend_sys_path = .", ""]
    if g.obvious:
        L += ["sqlalchemy.url = %s://%s@%s:%d/%s%s" % (drv, c["user"], c["host"], c["port"], c["db"], q), "sqlalchemy.password = %s" % g.v()]
    else:
        L += ["sqlalchemy.url = %s://%s%s:%d/%s%s" % (drv, g.userinfo(), c["host"], c["port"], c["db"], q)]
    L += ["", "[loggers]", "keys = root,sqlalchemy,alembic"]
    return pick(r, ["alembic.ini", "db/alembic.ini"]), "\n".join(L) + "\n"


# ---------------------------- TOML --------------------------------------------
@tpl("toml", "toml")
def t_toml_inline(g):
    r, c = g.r, g.c
    st = "snake"
    q = lambda s: pick(r, [dq(s), sq(s)]) if not g.is_ref() else g.v()
    L = ["# %s.toml" % g.app, 'title = "%s"' % g.app, "", "[server]", 'bind = "0.0.0.0:%d"' % pick(r, [8080, 3000]),
         "tls = { enabled = true, cert = \"/etc/ssl/%s.pem\" }" % g.app, ""]
    if c["shape"] == "password":
        if g.obvious:
            L += ["[database]", 'primary = { host = "%s", port = %d, user = "%s", password = %s }' % (c["host"], c["port"], c["user"], q(g.s()))]
        else:
            L += ["[database]", 'url = "%s"' % g.db_url(), "pool = { min = 2, max = %d }" % r.randint(8, 40)]
    else:
        fl = ", ".join("%s = %s" % (a, dq(x) if x is not None else b) for a, b, x in g.fields(st))
        n = g.key(st)
        entry = "%s = %s" % (n, q(g.s()) if not g.is_ref() else g.v())
        L += ["[integrations]", "%s = { %s }" % (c["provider"].split("_")[0], ", ".join([x for x in [fl, entry] if x]))]
    L += ["", "[features]", "beta = %s" % pick(r, ["true", "false"]), 'flags = ["audit", "exports"]']
    return pick(r, ["config.toml", "%s.toml" % g.app, "config/%s.toml" % g.env]), "\n".join(L) + "\n"


@tpl("toml", "toml")
def t_fly_toml(g):
    r = g.r
    st = "screaming"
    n, v = g.slot(st)
    if not g.is_ref():
        v = dq(g.s()) if not (g.c["shape"] == "password" and not g.obvious) else dq(g.db_url())
    L = ["# fly.toml app configuration file generated for %s-%s" % (g.app, g.env), 'app = "%s-%s"' % (g.app, g.env),
         'primary_region = "%s"' % pick(r, ["ams", "iad", "fra", "sjc"]), "", "[build]", '  dockerfile = "Dockerfile"', "", "[env]",
         '  PORT = "8080"', '  LOG_LEVEL = "%s"' % pick(r, LOGLEVELS)]
    L += ["  %s = %s" % (a, dq(x) if x is not None else b) for a, b, x in g.fields(st)]
    L += ["  %s = %s" % (n, v), "", "[http_service]", "  internal_port = 8080", "  force_https = true", "  auto_stop_machines = true", "  min_machines_running = %d" % r.randint(0, 2)]
    return "fly.toml", "\n".join(L) + "\n"


@tpl("toml", "toml")
def t_toml_multiline(g):
    r, c = g.r, g.c
    st = "screaming"
    if c["shape"] == "password" and not g.obvious:
        line = "DATABASE_URL=%s" % g.db_url()
    else:
        line = "%s=%s" % (g.key(st), g.s())
    quote3 = pick(r, ['"""', "'''"])
    extra = ["%s=%s" % (a, x if x is not None else b) for a, b, x in g.fields(st)]
    L = ["[tool.%s]" % g.app, 'python = "3.%d"' % r.randint(10, 12), "", "[tool.%s.deploy]" % g.app, 'target = "%s"' % g.env,
         "# rendered into /etc/%s/env by the bootstrap script" % g.app, "env_file = %s" % quote3, "NODE_ENV=production"] + extra + [line,
         "TZ=%s%s" % (pick(r, TZS), quote3), "", "[tool.%s.checks]" % g.app, "enabled = [\"lint\", \"types\"]"]
    return pick(r, ["pyproject.toml", "deploy.toml", "ops/%s.toml" % g.app]), "\n".join(L) + "\n"


# ---------------------------- YAML ---------------------------------------------
@tpl("yaml", "yaml")
def t_compose_anchors(g):
    r, c = g.r, g.c
    st = "screaming"
    n, v = g.slot(st)
    L = ["x-common-env: &common-env", "  TZ: %s" % pick(r, TZS), "  LOG_LEVEL: %s" % pick(r, LOGLEVELS)]
    L += ["  %s: %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["  %s: %s" % (n, v), "", "x-restart: &restart", "  restart: unless-stopped", "", "services:", "  %s:" % g.app,
          "    <<: *restart", "    image: ghcr.io/%s/%s:%s" % (g.org, g.app, pick(r, ["latest", "1.%d" % r.randint(0, 20), "main"])),
          "    ports:", '      - "%d:8080"' % pick(r, [8080, 8000, 3000]), "    environment:", "      <<: *common-env", "      PORT: \"8080\"",
          "  worker:", "    <<: *restart", "    image: ghcr.io/%s/%s:latest" % (g.org, g.app), "    command: [\"worker\", \"--concurrency=%d\"]" % r.randint(2, 16),
          "    environment: *common-env"]
    return pick(r, ["docker-compose.yml", "compose.yaml", "docker-compose.%s.yml" % g.env, "deploy/docker-compose.yml"]), "\n".join(L) + "\n"


@tpl("yaml", "yaml")
def t_k8s_block_scalar(g):
    r, c = g.r, g.c
    st = pick(r, ["snake", "screaming", "dot"])
    if c["shape"] == "password" and not g.obvious:
        line = "database_url = %s" % g.db_url() if st != "screaming" else "DATABASE_URL=%s" % g.db_url()
    else:
        sep = "=" if st == "screaming" else pick(r, [" = ", ": "])
        line = "%s%s%s" % (g.key(st), sep, g.s())
    sep = "=" if st == "screaming" else " = "
    extra = ["    %s%s%s" % (a, sep, x if x is not None else b) for a, b, x in g.fields(st)]
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % g.app, "  namespace: %s" % g.env,
         "  labels:", "    app.kubernetes.io/name: %s" % g.app, "    app.kubernetes.io/part-of: %s" % g.org, "data:",
         "  %s: |" % pick(r, ["app.env", "application.properties", "settings.conf", "%s.ini" % g.app]),
         "    %s%s%s" % ("listen_port" if st != "screaming" else "LISTEN_PORT", sep, pick(r, ["8080", "9000"]))] + extra + ["    " + line,
         "    %s%s%s" % ("worker_count" if st != "screaming" else "WORKER_COUNT", sep, r.randint(2, 12)),
         "  feature-flags.json: >-", '    {"newCheckout": %s, "darkMode": true}' % pick(r, ["true", "false"])]
    return pick(r, ["k8s/%s/configmap.yaml" % g.app, "deploy/base/configmap.yaml", "manifests/%s-config.yaml" % g.app]), "\n".join(L) + "\n"


@tpl("yaml", "yaml")
def t_gha_workflow(g):
    r, c = g.r, g.c
    st = "screaming"
    n, v = g.slot(st)
    L = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch: {}", "", "permissions:", "  contents: read", "  id-token: write", "",
         "env:", "  NODE_VERSION: \"20\""]
    L += ["  %s: %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["  %s: %s" % (n, v), "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-node@v4", "        with:", "          node-version: ${{ env.NODE_VERSION }}", "      - run: npm ci",
          "      - run: npm run deploy -- --env %s" % g.env]
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/release.yaml", ".github/workflows/%s.yml" % g.app]), "\n".join(L) + "\n"


@tpl("yaml", "yaml")
def t_ansible_vars(g):
    r, c = g.r, g.c
    st = "snake"
    n, v = g.slot(st)
    L = ["---", "# group vars for %s hosts" % g.app, "%s_version: \"%d.%d.%d\"" % (g.app, r.randint(0, 4), r.randint(0, 30), r.randint(0, 9)),
         "%s_user: %s" % (g.app, g.app), "%s_listen_port: %d" % (g.app, pick(r, [8080, 9000])), "", "%s_defaults: &defaults" % g.app,
         "  retries: %d" % r.randint(1, 5), "  timeout: %d" % r.randint(5, 60), "", "%s_integration:" % g.app, "  <<: *defaults"]
    L += ["  %s: %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["  %s: %s" % (n, v), "", "%s_packages:" % g.app, "  - curl", "  - jq", "  - python3-psycopg2"]
    return pick(r, ["group_vars/%s.yml" % g.app, "inventories/%s/group_vars/all.yml" % g.env, "roles/%s/defaults/main.yml" % g.app]), "\n".join(L) + "\n"


# ---------------------------- JSON5 / JSONC -----------------------------------
@tpl("jsonc", "jsonc")
def t_vscode_settings(g):
    r, c = g.r, g.c
    st = "camel"
    L = ["{", "  // Workspace settings", '  "editor.formatOnSave": true,', '  "files.exclude": { "**/node_modules": true, "**/.terraform": true },',
         '  "rest-client.environmentVariables": {', '    "$shared": { "version": "v%d" },' % r.randint(1, 3), '    "%s": {' % g.env,
         '      "baseUrl": "https://api.%s.com",' % g.org]
    L += ['      "%s": %s,' % (a, b) for a, b, _ in g.fields(st)]
    n, v = g.slot(st)
    L += ['      "%s": %s' % (n, v), "    }", "  },", '  "terminal.integrated.env.linux": { "NODE_OPTIONS": "--max-old-space-size=4096" }, // big repo', "}"]
    return pick(r, [".vscode/settings.json", "%s.code-workspace" % g.app]), "\n".join(L) + "\n"


@tpl("json5", "json5", shapes=("secret",), pred=lambda c: c["kind"] in ("vcs_token", "ci_token"))
def t_renovate_json5(g):
    r, c = g.r, g.c
    host = {"github": "github.com", "gitlab": "gitlab.com", "npm": "registry.npmjs.org", "dockerhub": "docker.io"}.get(c["provider"], "api.%s.example" % c["provider"])
    L = ["{", "  $schema: 'https://docs.renovatebot.com/renovate-schema.json',", "  extends: ['config:recommended', ':semanticCommits'],",
         "  timezone: '%s'," % pick(r, TZS), "  schedule: ['before 6am on monday'],", "  hostRules: [", "    {",
         "      matchHost: '%s'," % host]
    if g.obvious:
        L += ["      token: %s," % g.v()]
    else:
        L += ["      username: 'x-access-token',", "      password: %s," % g.v()]
    L += ["    },", "  ],", "  packageRules: [", "    { matchUpdateTypes: ['minor', 'patch'], automerge: true },", "  ],", "}"]
    return pick(r, ["renovate.json5", ".github/renovate.json5", "config.js.json5"]), "\n".join(L) + "\n"


@tpl("json5", "json5")
def t_json5_config(g):
    r = g.r
    st = pick(r, ["camel", "snake"])
    n, v = g.slot(st)
    L = ["// %s runtime config (JSON5)" % g.app, "{", "  name: '%s'," % g.app, "  port: %d," % pick(r, [3000, 8080]), "  cors: {",
         "    origins: ['https://%s.com', 'https://admin.%s.com',]," % (g.org, g.org), "  },", "  %s: {" % pick(r, ["upstream", "providers", "integrations"])]
    L += ["    %s: %s," % (a, b) for a, b, _ in g.fields(st)]
    L += ["    %s: %s," % (n, v), "    retries: %d, // keep low" % r.randint(1, 4), "  },", "  maxPayload: 0x%X," % pick(r, [0x100000, 0x400000]), "}"]
    return pick(r, ["config/%s.json5" % g.env, "%s.config.json5" % g.app, "settings.json5"]), "\n".join(L) + "\n"


# ---------------------------- XML ----------------------------------------------
@tpl("xml", "xml")
def t_web_config(g):
    r, c = g.r, g.c
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>"]
    if c["shape"] == "password" and c["scheme"] in ("sqlserver", "postgresql", "mysql"):
        pw = g.s()
        if c["scheme"] == "sqlserver":
            cs = "Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;Connection Timeout=30;" % (c["host"], c["db"], c["user"], pw)
            pn = "System.Data.SqlClient"
        elif c["scheme"] == "postgresql":
            cs = "Host=%s;Port=5432;Database=%s;Username=%s;Password=%s;SSL Mode=Require" % (c["host"], c["db"], c["user"], pw)
            pn = "Npgsql"
        else:
            cs = "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=%s;" % (c["host"], c["db"], c["user"], pw)
            pn = "MySql.Data.MySqlClient"
        L += ["  <connectionStrings>", '    <add name="DefaultConnection" connectionString="%s" providerName="%s" />' % (cs, pn), "  </connectionStrings>"]
        L += ["  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />', "  </appSettings>"]
    else:
        st = pick(r, ["pascal", "dot", "colon"])
        st2 = "pascal" if st == "colon" else st
        nm = g.key(st2)
        if c["shape"] == "password" and not g.obvious:
            nm = words_name(g.url_words(), st2)
        if st == "colon":
            nm = "%s:%s" % (c["provider"].split("_")[0].capitalize(), g.key("pascal"))
        L += ["  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="ClientValidationEnabled" value="true" />']
        L += ['    <add key="%s" value="%s" />' % (a, x if x is not None else b) for a, b, x in g.fields(st2)]
        L += ['    <add key="%s" value="%s" />' % (nm, g.db_url() if (c["shape"] == "password" and not g.obvious) else g.s()), "  </appSettings>"]
    L += ["  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" maxRequestLength="%d" />' % pick(r, [4096, 51200]),
          "  </system.web>", "</configuration>"]
    return pick(r, ["Web.config", "src/%s.Web/Web.config" % g.app.capitalize(), "App.config", "Web.Release.config"]), "\n".join(L) + "\n"


@tpl("xml", "xml", shapes=("secret", "password"), pred=lambda c: c["kind"] in ("vcs_token", "ci_token", "db_password"))
def t_maven_settings(g):
    r, c = g.r, g.c
    user = c.get("user") or pick(r, ["ci-bot", g.org.replace("-", ""), pick(r, FIRST)])
    pw = g.s()
    if r.random() < 0.4:
        pwx = "<![CDATA[%s]]>" % pw
    else:
        pwx = pw
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
         '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">', "  <servers>", "    <server>",
         "      <id>%s</id>" % pick(r, ["github", "gitlab-maven", "%s-releases" % g.org, "nexus"]), "      <username>%s</username>" % user,
         "      <password>%s</password>" % pwx, "    </server>", "  </servers>", "  <mirrors>", "    <mirror>", "      <id>central-proxy</id>",
         "      <url>https://nexus.%s.internal/repository/maven-public/</url>" % g.org, "      <mirrorOf>central</mirrorOf>", "    </mirror>", "  </mirrors>", "</settings>"]
    return pick(r, [".mvn/settings.xml", "ci/maven-settings.xml", "settings.xml"]), "\n".join(L) + "\n"


@tpl("xml", "xml")
def t_logback(g):
    r, c = g.r, g.c
    L = ["<configuration scan=\"true\">", '  <property name="LOG_PATTERN" value="%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"/>']
    if c["shape"] == "url":
        L += ['  <appender name="SLACK" class="com.github.maricn.logback.SlackAppender">', "    <webhookUri>%s</webhookUri>" % g.s(),
              "    <layout class=\"ch.qos.logback.classic.PatternLayout\">", "      <pattern>%-4relative [%thread] %-5level %class - %msg%n</pattern>", "    </layout>", "  </appender>"]
        ref = "SLACK"
    else:
        st = pick(r, ["dot", "snake"])
        if c["shape"] == "password":
            nm, val = ("db.url", g.db_url()) if not g.obvious else (g.key(st), g.s())
        else:
            nm, val = g.key(st), g.s()
        L += ['  <property name="%s" value="%s"/>' % (a, x if x is not None else b) for a, b, x in g.fields(st)]
        L += ['  <property name="%s" value="%s"/>' % (nm, val), '  <appender name="HTTP" class="com.%s.logging.HttpAppender">' % g.org.replace("-", ""),
              "    <endpoint>https://logs.%s.com/ingest</endpoint>" % g.org, "  </appender>"]
        ref = "HTTP"
    L += ['  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">', "    <encoder><pattern>${LOG_PATTERN}</pattern></encoder>", "  </appender>",
          '  <root level="%s">' % pick(r, ["INFO", "WARN"]), '    <appender-ref ref="STDOUT"/>', '    <appender-ref ref="%s"/>' % ref, "  </root>", "</configuration>"]
    return pick(r, ["src/main/resources/logback.xml", "src/main/resources/logback-spring.xml", "config/logback.xml"]), "\n".join(L) + "\n"


# ---------------------------- NestedText ----------------------------------------
@tpl("nt", "nestedtext")
def t_nestedtext(g):
    r, c = g.r, g.c
    st = pick(r, ["snake", "kebab", "words"])
    st2 = "snake" if st == "words" else st
    n, v = g.slot(st2)
    if st == "words":
        n = n.replace("_", " ")
    L = ["# %s settings (NestedText)" % g.app, "name: %s" % g.app, "environment: %s" % g.env, "listen:", "    host: 0.0.0.0", "    port: %d" % pick(r, [8000, 8080]),
         "allowed hosts:", "    - %s.com" % g.org, "    - localhost", "motd:", "    > Welcome to %s." % g.app, "    > Maintenance window is Sunday 02:00 UTC.",
         "%s:" % pick(r, ["credentials", "upstream", "services"])]
    L += ["    %s: %s" % (a, x if x is not None else b) for a, b, x in g.fields(st2)]
    L += ["    %s: %s" % (n, g.s() if not (c["shape"] == "password" and not g.obvious) else g.db_url())]
    return pick(r, ["settings.nt", "config/%s.nt" % g.app, "%s.nt" % g.env]), "\n".join(L) + "\n"


# ---------------------------- nginx-like .conf / redis.conf --------------------
@tpl("nginx", "nginx_conf", shapes=("secret", "url"),
     pred=lambda c: c["provider"] not in ("aws", "azure", "rails", "django", "flask", "play", "nextauth", "generic", "jwt")
     and "client" not in c["words"])
def t_nginx(g):
    r, c = g.r, g.c
    prov = c["provider"]
    up, hdr = {"openai": ("api.openai.com", None), "anthropic": ("api.anthropic.com", "x-api-key"),
               "gcp": ("maps.googleapis.com", "X-Goog-Api-Key"), "google_ai": ("generativelanguage.googleapis.com", "x-goog-api-key"),
               "groq": ("api.groq.com", None), "mistral": ("api.mistral.ai", None), "huggingface": ("api-inference.huggingface.co", None),
               "replicate": ("api.replicate.com", None), "github": ("api.github.com", None), "gitlab": ("gitlab.com", "PRIVATE-TOKEN"),
               "stripe": ("api.stripe.com", None), "square": ("connect.squareup.com", None), "sendgrid": ("api.sendgrid.com", None),
               "slack": ("slack.com", None), "npm": ("registry.npmjs.org", None), "buildkite": ("api.buildkite.com", None),
               "terraform_cloud": ("app.terraform.io", None), "dockerhub": ("hub.docker.com", None)}.get(prov, ("api.%s.com" % prov, None))
    L = ["upstream %s_backend {" % g.app, "    server 127.0.0.1:%d;" % pick(r, [3000, 8080]), "    keepalive 32;", "}", "", "server {",
         "    listen 443 ssl http2;", "    server_name %s.%s.com;" % (g.app, g.org), "", "    ssl_certificate     /etc/nginx/tls/%s.crt;" % g.app,
         "    ssl_certificate_key /etc/nginx/tls/%s.key;" % g.app, "", "    location / {", "        proxy_pass http://%s_backend;" % g.app, "    }", ""]
    if c["shape"] == "url":
        L += ["    location = /hooks/alert {", "        proxy_set_header Content-Type application/json;", "        proxy_pass %s;" % g.s(), "    }"]
    elif hdr and g.obvious:
        L += ["    location /%s/ {" % prov.split("_")[0], "        proxy_pass https://%s/;" % up, "        proxy_set_header Host %s;" % up,
              "        proxy_set_header %s %s;" % (hdr, g.quote(g.s())), "    }"]
    else:
        L += ["    location /%s/ {" % pick(r, ["ext", "upstream", prov.split("_")[0]]), "        proxy_pass https://%s/;" % up, "        proxy_ssl_server_name on;",
              '        proxy_set_header Authorization "%s %s";' % ("token" if prov == "github" and r.random() < 0.5 else "Bearer", g.s()), "    }"]
    L += ["}"]
    name = pick(r, ["nginx.conf", "conf.d/%s.conf" % g.app, "nginx/sites-available/%s.conf" % g.app, "templates/default.conf.template"])
    return name, "\n".join(L) + "\n"


@tpl("conf", "conf", shapes=("password",), pred=lambda c: c["provider"] == "redis", neg_ok=False)
def t_redis_conf(g):
    r = g.r
    L = ["# Redis configuration for %s" % g.app, "bind 0.0.0.0", "port 6379", "protected-mode yes", "tcp-keepalive 300", "",
         "save 900 1", "save 300 10", "appendonly yes", 'appendfilename "appendonly.aof"', "", "maxmemory %dmb" % pick(r, [256, 512, 2048]),
         "maxmemory-policy allkeys-lru", ""]
    L += ["%s %s" % (pick(r, ["requirepass", "masterauth"]) if g.obvious else "requirepass", g.s())]
    L += ["", "rename-command FLUSHALL \"\"", "loglevel notice"]
    return pick(r, ["redis.conf", "docker/redis/redis.conf", "config/redis.conf"]), "\n".join(L) + "\n"


# ---------------------------- Lua ------------------------------------------------
@tpl("lua", "lua")
def t_lua_config(g):
    r, c = g.r, g.c
    st = pick(r, ["snake", "camel"])
    n, v = g.slot(st)
    L = ["-- %s configuration (loaded by init.lua)" % g.app, "local M = {}", "", "M.server = {", '  host = "0.0.0.0",', "  port = %d," % pick(r, [8080, 80]),
         "  worker_processes = %d," % r.randint(1, 8), "}", "", "M.%s = {" % pick(r, ["upstream", "auth", "integrations"])]
    L += ["  %s = %s," % (a, b) for a, b, _ in g.fields(st)]
    L += ["  %s = %s," % (n, v), "  timeout_ms = %d," % pick(r, [500, 2000]), "}", "", "M.allowed_origins = { \"https://%s.com\", \"https://www.%s.com\" }" % (g.org, g.org), "", "return M"]
    return pick(r, ["config.lua", "lua/%s/config.lua" % g.app, "conf/%s.lua" % g.env]), "\n".join(L) + "\n"


@tpl("lua", "lua", shapes=("secret",), pred=lambda c: c["kind"] == "ai_api_key")
def t_nvim_ai(g):
    r, c = g.r, g.c
    adapter = {"openai": "openai", "anthropic": "anthropic", "groq": "groq", "mistral": "mistral", "google_ai": "gemini",
               "huggingface": "huggingface", "replicate": "replicate"}[c["provider"]]
    val = g.v()
    keyline = "            %s = %s," % ("api_key" if g.obvious else pick(r, ["key", "value", "auth"]), val)
    L = ["return {", '  "olimorris/codecompanion.nvim",', '  dependencies = { "nvim-lua/plenary.nvim", "nvim-treesitter/nvim-treesitter" },', "  opts = {",
         "    adapters = {", "      %s = function()" % adapter, '        return require("codecompanion.adapters").extend("%s", {' % adapter, "          env = {", keyline, "          },",
         "          schema = { model = { default = \"%s\" } }," % {"openai": "gpt-4o", "anthropic": "claude-3-5-sonnet-latest", "groq": "llama-3.1-70b-versatile",
                                                            "mistral": "mistral-large-latest", "google_ai": "gemini-1.5-pro", "huggingface": "meta-llama/Llama-3.1-8B-Instruct",
                                                            "replicate": "meta/meta-llama-3-70b-instruct"}[c["provider"]],
         "        })", "      end,", "    },", "    strategies = { chat = { adapter = \"%s\" } }," % adapter, "  },", "}"]
    return pick(r, ["lua/plugins/ai.lua", ".config/nvim/lua/plugins/codecompanion.lua", "nvim/lua/plugins/llm.lua"]), "\n".join(L) + "\n"


# ---------------------------- Erlang / Elixir -------------------------------------
@tpl("erlang", "erlang_config")
def t_sys_config(g):
    r, c = g.r, g.c
    st = "snake"
    n, v = g.slot(st)
    if r.random() < 0.4 and not g.is_ref():
        v = "<<%s>>" % v
    fl = ["        {%s, %s}," % (a, b) for a, b, _ in g.fields(st)]
    L = ["%% -*- mode: erlang -*-", "[", " {kernel, [", "    {logger_level, %s}" % pick(r, ["info", "notice", "debug"]), " ]},", " {%s, [" % g.app,
         "    {http_port, %d}," % pick(r, [8080, 4000]), "    {pool_size, %d}," % r.randint(4, 32), "    {%s, [" % pick(r, ["upstream", "integration", "auth"])] + fl + [
         "        {%s, %s}" % (n, v), "    ]}", " ]}", "]."]
    return pick(r, ["config/sys.config", "config/sys.config.src", "rel/sys.config"]), "\n".join(L) + "\n"


@tpl("elixir", "elixir_config")
def t_elixir_config(g):
    r, c = g.r, g.c
    L = ["import Config", ""]
    if c["shape"] == "password" and c["scheme"] in ("postgresql", "mysql"):
        L += ["config :%s, %s.Repo," % (g.app, g.app.capitalize())]
        if g.obvious:
            L += ['  username: "%s",' % c["user"], "  password: %s," % g.v(), '  hostname: "%s",' % c["host"], '  database: "%s_prod",' % c["db"]]
        else:
            L += ['  url: "%s",' % g.db_url().replace("postgresql://", "ecto://").replace("mysql://", "ecto://")]
        L += ["  pool_size: %d" % r.randint(5, 20)]
    else:
        st = "snake"
        mod = "%s.%s" % (g.app.capitalize(), pick(r, ["Integrations", "Billing", "Notifier", "LLM"]))
        L += ["config :%s, %s," % (g.app, mod)]
        for a, b, _ in g.fields(st):
            L.append("  %s: %s," % (a, b))
        n, v = g.slot(st)
        L += ["  %s: %s," % (n, v), "  timeout: %d" % pick(r, [5_000, 15_000])]
    L += ["", "config :logger, level: :%s" % pick(r, ["info", "warning"]), "",
          "config :%s, %sWeb.Endpoint," % (g.app, g.app.capitalize()), '  url: [host: "%s.%s.com", port: 443],' % (g.app, g.org), "  cache_static_manifest: \"priv/static/cache_manifest.json\""]
    return pick(r, ["config/prod.exs", "config/runtime.exs", "config/%s.exs" % g.env]), "\n".join(L) + "\n"


# ---------------------------- R / Julia ---------------------------------------------
@tpl("r", "r")
def t_r_config(g):
    r, c = g.r, g.c
    st = pick(r, ["screaming", "snake"])
    L = ["# %s analysis setup" % g.app, "library(httr2)", "library(DBI)", "", 'options(timeout = %d, scipen = 999)' % pick(r, [60, 300])]
    if c["shape"] == "password" and not g.obvious:
        L += ["# dbname, host, port, password, user", 'con <- DBI::dbConnect(RPostgres::Postgres(), "%s", "%s", 5432L, %s, "%s")' % (c["db"], c["host"], g.v(), c["user"])]
    elif g.obvious:
        fl = ["  %s = %s," % (a, b) for a, b, _ in g.fields(st)]
        L += ["Sys.setenv("] + fl + ["  %s = %s" % (g.key(st), g.v()), ")"]
    else:
        L += ["req <- request(\"https://api.%s.com/v1\") |>" % c["provider"].split("_")[0], "  req_auth_bearer_token(%s) |>" % g.v(), "  req_retry(max_tries = 3)"]
    L += ["", "out_dir <- file.path(\"output\", format(Sys.Date(), \"%Y-%m\"))", "dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)"]
    return pick(r, ["R/setup.R", "analysis/00_config.R", "scripts/config.R"]), "\n".join(L) + "\n"


@tpl("julia", "julia")
def t_julia_config(g):
    r, c = g.r, g.c
    st = pick(r, ["screaming", "snake"])
    n, v = g.slot(st)
    L = ["module %sConfig" % g.app.capitalize(), "", "using Dates", "", "const START_DATE = Date(%d, %d, 1)" % (r.randint(2020, 2025), r.randint(1, 12)),
         "const WORKERS = %d" % r.randint(2, 16)]
    if g.obvious:
        L += ["const %s = %s" % (a.upper(), b) for a, b, _ in g.fields(st)]
        L += ["const %s = %s" % (n.upper(), v)]
    else:
        L += ['ENV["%s"] = %s' % (a.upper(), b) for a, b, _ in g.fields(st)]
        L += ["settings = Dict(", '    "region" => "%s",' % pick(r, REGIONS), '    "%s" => %s,' % (n, v), ")"]
    L += ["", "end # module"]
    return pick(r, ["src/config.jl", "config.jl", "scripts/%s_config.jl" % g.app]), "\n".join(L) + "\n"


# ---------------------------- PowerShell data / Windows .reg ------------------------
@tpl("psd1", "psd1")
def t_psd1(g):
    r, c = g.r, g.c
    st = "pascal"
    n, v = g.slot(st)
    L = ["@{", "    # Deployment settings for %s" % g.app, "    AllNodes = @(", "        @{", "            NodeName = '%s-%02d'" % (g.app, r.randint(1, 20)),
         "            Role     = '%s'" % pick(r, ["Web", "Worker"]), "        }", "    )", "", "    %s = @{" % g.app.capitalize(), "        Environment = '%s'" % g.env,
         "        Port        = %d" % pick(r, [443, 8443])]
    L += ["        %s = %s" % (a, b) for a, b, _ in g.fields(st)]
    L += ["        %s = %s" % (n, v), "    }", "}"]
    return pick(r, ["ConfigurationData.psd1", "deploy/%s.psd1" % g.env, "DSC/%sConfig.psd1" % g.app.capitalize()]), "\n".join(L) + "\n"


@tpl("reg", "reg")
def t_reg(g):
    r, c = g.r, g.c
    st = "pascal"
    n, v = g.slot(st)
    base = "HKEY_LOCAL_MACHINE\\SOFTWARE\\%s\\%s" % (g.org.capitalize(), g.app.capitalize())
    L = ["Windows Registry Editor Version 5.00", "", "[%s]" % base, '"InstallDir"="C:\\\\Program Files\\\\%s\\\\%s"' % (g.org.capitalize(), g.app.capitalize()),
         '"Version"="%d.%d.%d"' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)), '"AutoUpdate"=dword:0000000%d' % r.randint(0, 1), "", "[%s\\Settings]" % base]
    L += ['"%s"=%s' % (a, b) for a, b, _ in g.fields(st)]
    L += ['"%s"=%s' % (n, v), '"TimeoutSeconds"=dword:%08x' % pick(r, [30, 60, 120])]
    return pick(r, ["setup/%s.reg" % g.app, "tools/install-%s.reg" % g.env, "%s-settings.reg" % g.app]), "\r\n".join(L) + "\r\n"


# ===========================================================================
# driver
# ===========================================================================
SHAPE_OF_KIND = {"db_password": "password", "webhook_url": "url"}
NEG_KIND_NAME = {"ref": "reference", "placeholder": "placeholder", "masked": "masked", "empty": "empty_value",
                 "doc": "doc_example", "public": "publishable_key"}


def fields_ok(fmt, c):
    for _, val, _ in c["fields"]:
        if val and not compatible(fmt, val):
            return False
    return True


def draw_cred(r, kind, t):
    shape = SHAPE_OF_KIND.get(kind, "secret")
    if shape not in t["shapes"]:
        return None
    for _ in range(40):
        c = pick(r, KINDS[kind])(r)
        if t["pred"] and not t["pred"](c):
            continue
        if compatible(t["fmt"], c["secret"]) and fields_ok(t["fmt"], c):
            return c
    return None


def choose_kind_and_cred(r, t, counts):
    kinds = list(KIND_ORDER)
    r.shuffle(kinds)
    kinds.sort(key=lambda k: counts[k])
    for k in kinds:
        c = draw_cred(r, k, t)
        if c is not None:
            return k, c
    return None, None


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def cycle(r, items, n):
    out = []
    while len(out) < n:
        xs = list(items)
        r.shuffle(xs)
        out.extend(xs)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_bv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    counts = {k: 0 for k in KIND_ORDER}
    all_needles = []

    # ---------------- positives
    pos_tpls = cycle(r, TEMPLATES, 500)
    obvious = cycle(r, [True, False], 500)
    i = 0
    for t in pos_tpls:
        for _attempt in range(20):
            k, c = choose_kind_and_cred(r, t, counts)
            if c is None:
                t = pick(r, TEMPLATES)
                continue
            g = G(r, c, "pos", None, obvious[i], t["fmt"])
            rel, text = t["fn"](g)
            ln = line_of(text, c["secret"])
            if ln is None:
                raise RuntimeError("needle missing in %s (%s)" % (t["name"], c["provider"]))
            break
        else:
            raise RuntimeError("could not fill template %s" % t["name"])
        counts[k] += 1
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": c["provider"], "kind": c["kind"], "filetype": t["ftype"]})
        secrets.append({"file": fid, "needle": c["secret"], "line": ln})
        all_needles.append(c["secret"])
        i += 1

    # ---------------- negatives: half re-used templates with safe fills, half domain look-alikes
    neg_items = []
    reuse = cycle(r, [t for t in TEMPLATES if t["neg_ok"]], 250)
    ncounts = {k: 0 for k in KIND_ORDER}
    for t in reuse:
        k, c = choose_kind_and_cred(r, t, ncounts)
        while c is None:
            t = pick(r, TEMPLATES)
            k, c = choose_kind_and_cred(r, t, ncounts)
        ncounts[k] += 1
        cat = pick(r, fill_categories(c))
        g = G(r, c, "neg", cat, r.random() < 0.5, t["fmt"])
        rel, text = t["fn"](g)
        neg_items.append((rel, text, c["provider"], NEG_KIND_NAME[g.fill_cat], t["ftype"]))
    doms = cycle(r, NEG_TEMPLATES, 250)
    for d in doms:
        rel, text, prov, kind = d["fn"](r)
        neg_items.append((rel, text, prov, kind, d["ftype"]))
    r.shuffle(neg_items)
    for j, (rel, text, prov, kind, ftype) in enumerate(neg_items):
        fid = "neg/n%04d/%s" % (j, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s_ in secrets:
            f.write(json.dumps(s_, sort_keys=True) + "\n")
    return 0


NEG_TEMPLATES = []


def ntpl(ftype):
    def deco(fn):
        NEG_TEMPLATES.append({"name": fn.__name__, "fn": fn, "ftype": ftype})
        return fn
    return deco


# ===========================================================================
# negative domain look-alikes (no secret at all)
# ===========================================================================
def sri(r, alg="sha256"):
    n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
    return "%s-%s" % (alg, base64.b64encode(rbytes(r, n)).decode())


def nix32(r):
    return rs(r, NIX32, 52)


def gitsha(r):
    return rs(r, HEX, 40)


def sha256hex(r):
    return rs(r, HEX, 64)


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, data5 = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data5
    pm = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return hrp + "1" + "".join(cs[d] for d in data5 + chk)


def age_recipient(r):
    return bech32("age", rbytes(r, 32))


def ssh_ed25519_pub(r, comment):
    import struct
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def sops_enc(r, n, typ="str"):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (
        base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(),
        base64.b64encode(rbytes(r, 16)).decode(), typ)


def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)]


def age_armor(r, ind):
    body = base64.b64encode(rbytes(r, 180)).decode()
    return [ind + "-----BEGIN AGE ENCRYPTED FILE-----"] + [ind + x for x in wrap(body, 64)] + [ind + "-----END AGE ENCRYPTED FILE-----"]


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 6), r.randint(0, 40), r.randint(0, 20))


@ntpl("terraform")
def n_tf_lock(r):
    L = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in r.sample(["hashicorp/aws", "hashicorp/random", "hashicorp/google", "hashicorp/azurerm", "integrations/github", "hashicorp/tls"], 2):
        v = ver(r)
        L += ['provider "registry.terraform.io/%s" {' % prov, '  version     = "%s"' % v, '  constraints = "~> %s"' % v.rsplit(".", 1)[0], "  hashes = [",
              '    "h1:%s",' % base64.b64encode(rbytes(r, 32)).decode()]
        L += ['    "zh:%s",' % sha256hex(r) for _ in range(r.randint(4, 9))]
        L += ["  ]", "}", ""]
    return ".terraform.lock.hcl", "\n".join(L), "terraform", "hash"


@ntpl("terraform")
def n_tf_secret_refs(r):
    app, env = pick(r, APPS), pick(r, ENVS)
    acct = "%012d" % r.randint(10 ** 11, 10 ** 12 - 1)
    L = ['data "aws_secretsmanager_secret_version" "db" {', '  secret_id = "arn:aws:secretsmanager:%s:%s:secret:%s/%s/db-%s"' % (pick(r, REGIONS), acct, app, env, rs(r, B62, 6)), "}", "",
         'resource "random_password" "api_signing" {', "  length  = 48", "  special = false", "}", "",
         'resource "aws_ssm_parameter" "api_signing" {', '  name  = "/%s/%s/api-signing-key"' % (app, env), '  type  = "SecureString"',
         "  value = random_password.api_signing.result", '  key_id = "alias/%s-%s"' % (app, env), "}", "",
         'resource "aws_db_instance" "main" {', '  identifier        = "%s-%s"' % (app, env), '  engine            = "postgres"', '  instance_class    = "db.t4g.medium"',
         '  username          = "%s"' % app, "  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]",
         "  manage_master_user_password = null", '  kms_key_id        = "arn:aws:kms:%s:%s:key/%s"' % (pick(r, REGIONS), acct, uuid4(r)), "}", "",
         'output "db_password" {', "  value     = aws_db_instance.main.password", "  sensitive = true", "}"]
    return pick(r, ["secrets.tf", "rds.tf", "modules/%s/db.tf" % app]), "\n".join(L) + "\n", "aws", "reference"


@ntpl("nomad_hcl")
def n_nomad_vault(r):
    app = pick(r, APPS)
    L = ['job "%s" {' % app, '  datacenters = ["dc1"]', "", '  group "api" {', '    task "api" {', '      driver = "docker"', "", "      vault {",
         '        policies = ["%s-read"]' % app, "      }", "", "      config {", '        image = "registry.%s.io/%s@sha256:%s"' % (pick(r, ORGS), app, sha256hex(r)), "      }", "",
         "      template {", "        data = <<EOF", '{{ with secret "kv/data/%s/prod" }}' % app, "DATABASE_PASSWORD={{ .Data.data.db_password }}",
         "STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}", "{{ end }}", "EOF", '        destination = "secrets/app.env"', "        env         = true", "      }", "    }", "  }", "}"]
    return "jobs/%s.nomad.hcl" % app, "\n".join(L) + "\n", "vault", "reference"


@ntpl("packer_hcl")
def n_packer_checksum(r):
    v = "22.04.%d" % r.randint(1, 5)
    L = ['variable "aws_secret_key" {', "  type      = string", '  default   = env("AWS_SECRET_ACCESS_KEY")', "  sensitive = true", "}", "",
         'source "qemu" "ubuntu" {', '  iso_url      = "https://releases.ubuntu.com/%s/ubuntu-%s-live-server-amd64.iso"' % (v[:5], v),
         '  iso_checksum = "sha256:%s"' % sha256hex(r), '  disk_size    = "%dG"' % pick(r, [20, 40]), '  ssh_username = "packer"',
         '  ssh_password = "packer"  # throwaway build VM user, deleted by cleanup.sh', '  http_directory = "http"', "}", "",
         "build {", '  sources = ["source.qemu.ubuntu"]', '  provisioner "shell" {', '    scripts = ["scripts/cleanup.sh"]', "  }", "}"]
    # the ssh_password line is a widely used literal for the ephemeral packer user; drop it to keep the label unambiguous
    L = [x for x in L if "ssh_password" not in x]
    return "packer/ubuntu.pkr.hcl", "\n".join(L) + "\n", "packer", "hash"


@ntpl("nix")
def n_nix_fetchers(r):
    name = pick(r, ["ripgrep-all", "tailspin", "sqlx-cli", "oha", "gitleaks-lite", "zola", "hurl", "dive"])
    name = name if name != "gitleaks-lite" else "jless"
    lang = pick(r, ["rust", "go"])
    L = ["{ lib, %s, fetchFromGitHub }:" % ("rustPlatform" if lang == "rust" else "buildGoModule"), ""]
    if lang == "rust":
        L += ["rustPlatform.buildRustPackage rec {"]
    else:
        L += ["buildGoModule rec {"]
    L += ['  pname = "%s";' % name, '  version = "%s";' % ver(r), "", "  src = fetchFromGitHub {", '    owner = "%s";' % pick(r, ORGS), '    repo = pname;',
          '    rev = "%s";' % pick(r, ["v${version}", gitsha(r)]), '    hash = "%s";' % sri(r), "  };", ""]
    if lang == "rust":
        L += ['  cargoHash = "%s";' % sri(r)]
    else:
        L += ['  vendorHash = "%s";' % sri(r), '  ldflags = [ "-s" "-w" "-X main.version=${version}" ];']
    L += ["", "  patches = [", "    (fetchpatch {", '      url = "https://github.com/%s/%s/commit/%s.patch";' % (pick(r, ORGS), name, gitsha(r)),
          '      sha256 = "%s";' % nix32(r), "    })", "  ];", "", "  meta = with lib; {", '    description = "A fast CLI";', "    license = licenses.mit;", "  };", "}"]
    return "pkgs/%s/default.nix" % name, "\n".join(L) + "\n", "nix", "hash"


@ntpl("nix")
def n_nixos_sops(r):
    user = pick(r, FIRST)
    L = ["{ config, pkgs, ... }:", "{", "  sops.defaultSopsFile = ../secrets/%s.yaml;" % pick(r, ["prod", "host"]), '  sops.age.keyFile = "/var/lib/sops-nix/key.txt";',
         '  sops.secrets."db/password" = { owner = "postgres"; };', '  sops.secrets.stripe_key = { restartUnits = [ "%s.service" ]; };' % pick(r, APPS), "",
         "  users.users.%s = {" % user, "    isNormalUser = true;", '    extraGroups = [ "wheel" "docker" ];',
         '    hashedPasswordFile = config.sops.secrets."users/%s".path;' % user, "    openssh.authorizedKeys.keys = [",
         '      "%s"' % ssh_ed25519_pub(r, "%s@laptop" % user), '      "%s"' % ssh_ed25519_pub(r, "%s@workstation" % user), "    ];", "  };", "",
         "  services.postgresql.authentication = ''", "    local all all peer", "  '';",
         '  environment.variables.STRIPE_KEY_FILE = config.sops.secrets.stripe_key.path;', "}"]
    return pick(r, ["hosts/%s/configuration.nix" % pick(r, ["atlas", "web1", "nas"]), "nixos/configuration.nix"]), "\n".join(L) + "\n", "sops", "reference"


@ntpl("yaml")
def n_sops_yaml(r):
    L = ["creation_rules:", "  - path_regex: secrets/prod/.*\\.yaml$", "    key_groups:", "      - age:"]
    L += ["          - %s" % age_recipient(r) for _ in range(r.randint(2, 3))]
    L += ["        pgp:", "          - %s" % rs(r, "0123456789ABCDEF", 40), "  - path_regex: secrets/dev/.*", "    age: >-", "      %s,%s" % (age_recipient(r), age_recipient(r))]
    return ".sops.yaml", "\n".join(L) + "\n", "sops", "public_key"


@ntpl("yaml")
def n_sops_encrypted(r):
    rec = age_recipient(r)
    L = ["database:", "    user: %s" % sops_enc(r, 8), "    password: %s" % sops_enc(r, r.randint(14, 24)), "stripe:",
         "    secret_key: %s" % sops_enc(r, 107), "slack_webhook: %s" % sops_enc(r, 77), "sops:", "    kms: []", "    age:", "        - recipient: %s" % rec, "          enc: |"]
    L += age_armor(r, "            ")
    L += ['    lastmodified: "%d-%02d-%02dT%02d:%02d:%02dZ"' % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "    mac: %s" % sops_enc(r, 64), "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (r.randint(7, 9), r.randint(0, 3))]
    return pick(r, ["secrets/prod.yaml", "secrets/prod/app.enc.yaml", "k8s/secrets.enc.yaml"]), "\n".join(L) + "\n", "sops", "ciphertext"


@ntpl("starlark")
def n_bazel_module(r):
    L = ['module(name = "%s", version = "%s")' % (pick(r, APPS), ver(r)), "", 'bazel_dep(name = "rules_go", version = "0.%d.0")' % r.randint(40, 50),
         'bazel_dep(name = "gazelle", version = "0.%d.0")' % r.randint(30, 38), "", 'http_archive = use_repo_rule("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")', ""]
    for lib in r.sample(["zlib", "abseil-cpp", "protobuf", "boringssl", "googletest", "rules_pkg"], 2):
        v = ver(r)
        L += ["http_archive(", '    name = "%s",' % lib.replace("-", "_"), '    urls = ["https://github.com/%s/%s/archive/refs/tags/v%s.tar.gz"],' % (pick(r, ORGS), lib, v),
              '    strip_prefix = "%s-%s",' % (lib, v), '    %s' % pick(r, ['sha256 = "%s",' % sha256hex(r), 'integrity = "%s",' % sri(r)]), ")", ""]
    return pick(r, ["MODULE.bazel", "WORKSPACE.bazel"]), "\n".join(L), "bazel", "hash"


@ntpl("jsonnet")
def n_jsonnet_extvar(r):
    app = pick(r, APPS)
    L = ["local env = std.extVar('ENV');", "local secrets = import 'secrets.libsonnet';  // rendered by CI from Vault, never committed", "",
         "{", "  apiVersion: 'v1',", "  kind: 'Secret',", "  metadata: { name: '%s-env', annotations: { 'checksum/config': std.md5(std.toString(self)) } }," % app,
         "  type: 'Opaque',", "  stringData: {", "    STRIPE_SECRET_KEY: std.extVar('STRIPE_SECRET_KEY'),", "    OPENAI_API_KEY: secrets.openai_api_key,",
         "    DATABASE_URL: 'postgresql://%%s:%%s@%s/%s' %% [std.extVar('DB_USER'), std.extVar('DB_PASSWORD')]," % (host_for(r, app), app),
         "  },", "  image:: 'registry.%s.io/%s@sha256:%s'," % (pick(r, ORGS), app, sha256hex(r)), "}"]
    return "deploy/%s/secret.jsonnet" % app, "\n".join(L) + "\n", "jsonnet", "reference"


@ntpl("cue")
def n_cue_tags(r):
    app = pick(r, APPS)
    L = ["package deploy", "", "env:      *\"staging\" | string @tag(env)", "dbPass:   string @tag(db_pass)", "apiToken: string @tag(api_token, short=token)", "",
         "deployment: %s: {" % app, '\timage:  "ghcr.io/%s/%s@sha256:%s"' % (pick(r, ORGS), app, sha256hex(r)), "\tenv: [",
         '\t\t{name: "DB_PASSWORD", value: dbPass},', '\t\t{name: "API_TOKEN", value: apiToken},', '\t\t{name: "RELEASE_ID", value: "%s"},' % uuid4(r), "\t]", "}"]
    return "deploy/%s.cue" % app, "\n".join(L) + "\n", "cue", "reference"


@ntpl("dhall")
def n_dhall_hashes(r):
    L = ["let Prelude =", "      https://prelude.dhall-lang.org/v%d.%d.0/package.dhall" % (r.randint(20, 23), r.randint(0, 2)), "        sha256:%s" % sha256hex(r), "",
         "let k8s =", "      https://raw.githubusercontent.com/dhall-lang/dhall-kubernetes/%s/package.dhall" % gitsha(r), "        sha256:%s" % sha256hex(r), "",
         "let dbPassword = env:DB_PASSWORD as Text", "let apiKey = env:OPENAI_API_KEY as Text ? \"\"", "",
         "in  { password = dbPassword, openaiKey = apiKey, replicas = %d }" % r.randint(1, 5)]
    return pick(r, ["config/prod.dhall", "deploy.dhall"]), "\n".join(L) + "\n", "dhall", "hash"


@ntpl("kdl")
def n_kdl_ids(r):
    L = ["// tenants.kdl — public identifiers only", "tenants {"]
    for _ in range(r.randint(3, 5)):
        L += ['    tenant "%s" id="%s" {' % (pick(r, ORGS), uuid4(r)), '        region "%s"' % pick(r, REGIONS), '        bucket "%s-%s"' % (pick(r, APPS), rs(r, ALNUM_LO, 8)),
              '        schema-digest "sha256:%s"' % sha256hex(r), "    }"]
    L += ["}"]
    return "config/tenants.kdl", "\n".join(L) + "\n", "none", "id"


@ntpl("edn")
def n_edn_deps(r):
    L = ["{:paths [\"src\" \"resources\"]", " :deps {org.clojure/clojure {:mvn/version \"1.11.%d\"}" % r.randint(1, 3)]
    for lib in r.sample(["io.github.%s/%s" % (pick(r, ORGS), x) for x in ["http-kit", "aero-ext", "honeysql", "malli-tools"]], 2):
        L += ["        %s {:git/tag \"v%s\" :git/sha \"%s\"}" % (lib, ver(r), gitsha(r)[:7] if r.random() < 0.5 else gitsha(r))]
    L += ["        aero/aero {:mvn/version \"1.1.6\"}}", " :aliases {:test {:extra-paths [\"test\"]}}}"]
    return "deps.edn", "\n".join(L) + "\n", "clojure", "hash"


@ntpl("pkl")
def n_pkl_env(r):
    app = pick(r, APPS)
    L = ["module %s.Secrets" % app, "", "/// Resolved at evaluation time from the CI environment", 'dbPassword: String = read("env:DB_PASSWORD")',
         'stripeKey: String = read?("env:STRIPE_SECRET_KEY") ?? ""', 'githubToken: String = read("env:GITHUB_TOKEN")', "", 'deploymentId = "%s"' % uuid4(r),
         'imageDigest = "sha256:%s"' % sha256hex(r)]
    return "pkl/%s/Secrets.pkl" % app, "\n".join(L) + "\n", "pkl", "reference"


@ntpl("hocon")
def n_hocon_env(r):
    L = ["# Secret key", "# ~~~~~", "# The secret key is used to sign Play's session cookie.", "# This must be changed for production, but we don't recommend you change it in this file.",
         'play.http.secret.key = "changeme"', "play.http.secret.key = ${?APPLICATION_SECRET}", "",
         "db.default.driver = org.postgresql.Driver", "db.default.url = ${?DATABASE_URL}", "db.default.username = ${?DB_USER}", "db.default.password = ${?DB_PASSWORD}", "",
         "stripe.secret-key = ${?STRIPE_SECRET_KEY}", "slack.webhook-url = ${?SLACK_WEBHOOK_URL}", "akka.cluster.seed-nodes = ${?SEED_NODES}"]
    return pick(r, ["conf/application.conf", "conf/prod.conf"]), "\n".join(L) + "\n", "play", "reference"


@ntpl("plist")
def n_info_plist_ids(r):
    team = rs(r, UP + DIG, 10)
    bid = "com.%s.%s" % (pick(r, ORGS).replace("-", ""), pick(r, APPS))
    L = PLIST_HEAD + ["\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>", "\t<key>AppIdentifierPrefix</key>", "\t<string>%s.</string>" % team,
                      "\t<key>StripePublishableKey</key>", "\t<string>$(STRIPE_PUBLISHABLE_KEY)</string>", "\t<key>APIBaseURL</key>", "\t<string>$(API_BASE_URL)</string>",
                      "\t<key>SentryDSN</key>", "\t<string>$(SENTRY_DSN)</string>", "\t<key>InstallationID</key>", "\t<string>%s</string>" % uuid4(r).upper(),
                      "\t<key>CFBundleURLTypes</key>", "\t<array>", "\t\t<dict>", "\t\t\t<key>CFBundleURLSchemes</key>", "\t\t\t<array>", "\t\t\t\t<string>%s</string>" % bid, "\t\t\t</array>", "\t\t</dict>", "\t</array>",
                      "</dict>", "</plist>"]
    return "ios/%s/Info.plist" % bid.split(".")[-1].capitalize(), "\n".join(L) + "\n", "apple", "placeholder"


@ntpl("plist")
def n_entitlements(r):
    team = rs(r, UP + DIG, 10)
    bid = "com.%s.%s" % (pick(r, ORGS).replace("-", ""), pick(r, APPS))
    L = PLIST_HEAD + ["\t<key>application-identifier</key>", "\t<string>%s.%s</string>" % (team, bid), "\t<key>com.apple.developer.team-identifier</key>", "\t<string>%s</string>" % team,
                      "\t<key>keychain-access-groups</key>", "\t<array>", "\t\t<string>$(AppIdentifierPrefix)%s</string>" % bid, "\t</array>",
                      "\t<key>com.apple.developer.associated-domains</key>", "\t<array>", "\t\t<string>applinks:%s.com</string>" % pick(r, ORGS), "\t</array>",
                      "\t<key>aps-environment</key>", "\t<string>production</string>", "</dict>", "</plist>"]
    return "%s/%s.entitlements" % (bid.split(".")[-1].capitalize(), bid.split(".")[-1].capitalize()), "\n".join(L) + "\n", "apple", "id"


@ntpl("properties")
def n_i18n_props(r):
    lang = pick(r, ["de", "fr", "es"])
    msgs = {"de": ["Passwort", "Passwort vergessen?", "API-Schl\\u00fcssel", "Geheimer Schl\\u00fcssel wurde erneuert", "Bitte geben Sie Ihr Passwort ein"],
            "fr": ["Mot de passe", "Mot de passe oubli\\u00e9 ?", "Cl\\u00e9 API", "La cl\\u00e9 secr\\u00e8te a \\u00e9t\\u00e9 renouvel\\u00e9e", "Saisissez votre mot de passe"],
            "es": ["Contrase\\u00f1a", "\\u00bfOlvidaste tu contrase\\u00f1a?", "Clave de API", "La clave secreta se ha renovado", "Introduce tu contrase\\u00f1a"]}[lang]
    L = ["# Messages (%s)" % lang, "login.password.label=%s" % msgs[0], "login.password.forgot=%s" % msgs[1], "settings.apiKey.label=%s" % msgs[2],
         "settings.apiKey.rotated=%s" % msgs[3], "login.password.placeholder=%s" % msgs[4], "settings.apiKey.hint=sk_live_\\u2026", "settings.token.format=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
         "error.password.tooShort=Minimum {0} \\", "    %s" % pick(r, ["Zeichen", "caract\\u00e8res", "caracteres"])]
    return "src/main/resources/i18n/messages_%s.properties" % lang, "\n".join(L) + "\n", "none", "i18n"


@ntpl("ini")
def n_gitconfig(r):
    name = pick(r, FIRST)
    L = ["[user]", "\tname = %s" % name.capitalize(), "\temail = %s@%s.com" % (name, pick(r, ORGS)), "\tsigningkey = %s" % rs(r, "0123456789ABCDEF", 16), "[commit]", "\tgpgsign = true",
         "[credential]", "\thelper = %s" % pick(r, ["osxkeychain", "manager", "cache --timeout=3600", "!gh auth git-credential"]), '[url "git@github.com:"]', "\tinsteadOf = https://github.com/",
         "[gpg]", "\tformat = %s" % pick(r, ["openpgp", "ssh"])]
    return pick(r, ["dotfiles/gitconfig", ".gitconfig"]), "\n".join(L) + "\n", "git", "id"


@ntpl("toml")
def n_cargo_lock(r):
    L = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for crate in r.sample(["aho-corasick", "anyhow", "base64", "bytes", "hmac", "ring", "serde", "sha2", "tokio", "zeroize", "subtle"], 5):
        L += ["[[package]]", 'name = "%s"' % crate, 'version = "%s"' % ver(r), 'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % sha256hex(r), ""]
    return "Cargo.lock", "\n".join(L), "cargo", "hash"


@ntpl("toml")
def n_julia_manifest(r):
    L = ["# This file is machine-generated - editing it directly is not advised", "", 'julia_version = "1.10.%d"' % r.randint(0, 4), 'manifest_format = "2.0"', 'project_hash = "%s"' % gitsha(r), ""]
    for pkg in r.sample(["CSV", "DataFrames", "HTTP", "JSON3", "SHA", "MbedTLS", "URIs"], 4):
        L += ["[[deps.%s]]" % pkg, 'git-tree-sha1 = "%s"' % gitsha(r), 'uuid = "%s"' % uuid4(r), 'version = "%s"' % ver(r), ""]
    return "Manifest.toml", "\n".join(L), "julia", "hash"


@ntpl("yaml")
def n_gha_pinned(r):
    L = ["name: release", "on:", "  push:", "    tags: ['v*']", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.%d.%d" % (gitsha(r), r.randint(0, 2), r.randint(0, 9)), "      - uses: actions/setup-node@%s # v4" % gitsha(r),
         "      - run: npm publish --provenance", "        env:", "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
         "      - uses: slackapi/slack-github-action@%s" % gitsha(r), "        with:", "          webhook: ${{ secrets.SLACK_WEBHOOK_URL }}", "          webhook-type: incoming-webhook",
         "        env:", "          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}"]
    return ".github/workflows/release.yml", "\n".join(L) + "\n", "github", "reference"


@ntpl("yaml")
def n_ansible_vault(r):
    app = pick(r, APPS)
    blob = rs(r, HEX, 80 * r.randint(4, 7))
    L = ["---", "%s_db_user: %s" % (app, app), "%s_db_password: !vault |" % app, "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + x for x in wrap(blob, 80)] + [
         "%s_api_url: https://api.%s.com" % (app, pick(r, ORGS))]
    return "group_vars/%s/vault.yml" % app, "\n".join(L) + "\n", "ansible", "ciphertext"


@ntpl("yaml")
def n_sealed_secret(r):
    app = pick(r, APPS)
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % app, "  namespace: %s" % pick(r, ENVS), "spec:", "  encryptedData:"]
    for k in ["DATABASE_URL", "STRIPE_SECRET_KEY", "GITHUB_TOKEN"]:
        L.append("    %s: Ag%s" % (k, base64.b64encode(rbytes(r, r.randint(300, 420))).decode()))
    L += ["  template:", "    metadata:", "      name: %s-env" % app]
    return "k8s/%s/sealed-secret.yaml" % app, "\n".join(L) + "\n", "kubernetes", "ciphertext"


@ntpl("jsonc")
def n_devcontainer(r):
    L = ["// For format details, see https://aka.ms/devcontainer.json.", "{", '  "name": "%s"' % pick(r, APPS) + ",",
         '  "image": "mcr.microsoft.com/devcontainers/typescript-node@sha256:%s",' % sha256hex(r), '  "features": {', '    "ghcr.io/devcontainers/features/github-cli:1": {},',
         '    "ghcr.io/devcontainers/features/aws-cli:1": {}', "  },", '  "containerEnv": {', '    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",',
         '    "AWS_SECRET_ACCESS_KEY": "${localEnv:AWS_SECRET_ACCESS_KEY}",', '    "OPENAI_API_KEY": "${localEnv:OPENAI_API_KEY}" // forwarded from host', "  },",
         '  "postCreateCommand": "npm ci"', "}"]
    return ".devcontainer/devcontainer.json", "\n".join(L) + "\n", "github", "reference"


@ntpl("json5")
def n_renovate_encrypted(r):
    L = ["{", "  extends: ['config:recommended'],", "  hostRules: [", "    {", "      matchHost: 'npm.pkg.github.com',", "      hostType: 'npm',",
         "      encrypted: {", "        token: 'wcFMA%s'," % base64.b64encode(rbytes(r, 300)).decode().replace("+", "/"), "      },", "    },", "  ],", "}"]
    return "renovate.json5", "\n".join(L) + "\n", "renovate", "ciphertext"


@ntpl("xml")
def n_maven_env(r):
    L = ['<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">', "  <servers>", "    <server>", "      <id>nexus-releases</id>", "      <username>${env.NEXUS_USER}</username>",
         "      <password>${env.NEXUS_PASSWORD}</password>", "    </server>", "    <server>", "      <id>github</id>", "      <username>${env.GITHUB_ACTOR}</username>",
         "      <password>${env.GITHUB_TOKEN}</password>", "    </server>", "    <server>", "      <id>gpg.passphrase</id>", "      <passphrase>${env.MAVEN_GPG_PASSPHRASE}</passphrase>",
         "    </server>", "  </servers>", "  <profiles>", "    <profile>", "      <id>release</id>", "      <properties>",
         "        <gpg.keyname>%s</gpg.keyname>" % rs(r, "0123456789ABCDEF", 40), "      </properties>", "    </profile>", "  </profiles>", "</settings>"]
    return pick(r, [".mvn/settings.xml", "ci/settings.xml"]), "\n".join(L) + "\n", "maven", "reference"


@ntpl("xml")
def n_nuget_config(r):
    org = pick(r, ORGS)
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />", '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />',
         '    <add key="%s" value="https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" />' % (org, org, pick(r, APPS)), "  </packageSources>", "  <packageSourceCredentials>",
         "    <%s>" % org, '      <add key="Username" value="az" />', '      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />', "    </%s>" % org, "  </packageSourceCredentials>",
         "  <trustedSigners>", '    <repository name="nuget.org" serviceIndex="https://api.nuget.org/v3/index.json">',
         '      <certificate fingerprint="%s" hashAlgorithm="SHA256" allowUntrustedRoot="false" />' % rs(r, "0123456789ABCDEF", 64), "    </repository>", "  </trustedSigners>", "</configuration>"]
    return "NuGet.config", "\n".join(L) + "\n", "azure", "reference"


@ntpl("nestedtext")
def n_nestedtext_ph(r):
    app = pick(r, APPS)
    L = ["# copy to settings.nt and fill in", "name: %s" % app, "database:", "    host: localhost", "    user: %s" % app, "    password: <fill in>",
         "stripe:", "    publishable key: pk_live_%s" % rs(r, B62, 24), "    secret key: sk_live_...", "slack webhook: https://hooks.slack.com/services/XXX/YYY/ZZZ",
         "openai key: ${OPENAI_API_KEY}"]
    return "settings.example.nt", "\n".join(L) + "\n", "stripe", "placeholder"


@ntpl("nginx_conf")
def n_nginx_csp(r):
    app = pick(r, APPS)
    L = ["server {", "    listen 443 ssl;", "    server_name %s.%s.com;" % (app, pick(r, ORGS)), "    ssl_certificate     /etc/ssl/certs/%s.pem;" % app,
         "    ssl_certificate_key /etc/ssl/private/%s.key;" % app, "    ssl_session_ticket_key /etc/nginx/ticket.key;", "",
         "    add_header Content-Security-Policy \"script-src 'self' '%s' '%s'\" always;" % (sri(r), sri(r)),
         "    add_header Strict-Transport-Security \"max-age=63072000\" always;", "", "    location /api/ {", "        proxy_pass http://127.0.0.1:8080;",
         "        proxy_set_header Authorization $http_authorization;", "        proxy_set_header X-Request-Id $request_id;", "    }", "}"]
    return pick(r, ["nginx/conf.d/%s.conf" % app, "nginx.conf"]), "\n".join(L) + "\n", "nginx", "hash"


@ntpl("lua")
def n_lua_i18n(r):
    L = ["-- locales/en.lua", "return {", '  login = {', '    password = "Password",', '    password_hint = "At least 12 characters",', '    forgot = "Forgot your password?",', "  },",
         "  settings = {", '    api_key = "API key",', '    api_key_help = "Keys start with sk_live_ and are shown only once.",', '    token_rotated = "Your access token was rotated",',
         '    webhook = "Slack webhook URL (https://hooks.slack.com/services/...)",', "  },", "}"]
    return pick(r, ["locales/en.lua", "lua/app/i18n/en.lua"]), "\n".join(L) + "\n", "none", "i18n"


@ntpl("erlang_config")
def n_rebar_lock(r):
    pk = r.sample(["cowboy", "cowlib", "ranch", "jsx", "hackney", "certifi", "jose"], 3)
    L = ['{"1.2.0",', "["]
    L += ['{<<"%s">>,{pkg,<<"%s">>,<<"%s">>},0}%s' % (p, p, ver(r), "," if i < 2 else "") for i, p in enumerate(pk)]
    L += ["]}.", "[", "{pkg_hash,["]
    L += [' {<<"%s">>, <<"%s">>}%s' % (p, rs(r, "0123456789ABCDEF", 64), "," if i < 2 else "") for i, p in enumerate(pk)]
    L += ["]},", "{pkg_hash_ext,["]
    L += [' {<<"%s">>, <<"%s">>}%s' % (p, rs(r, "0123456789ABCDEF", 64), "," if i < 2 else "") for i, p in enumerate(pk)]
    L += ["]}", "]."]
    return "rebar.lock", "\n".join(L) + "\n", "hex", "hash"


@ntpl("elixir_config")
def n_mix_lock(r):
    L = ["%{"]
    for p in sorted(r.sample(["jason", "plug", "phoenix", "ecto", "telemetry", "bcrypt_elixir", "castore"], 4)):
        L.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (p, p, ver(r), sha256hex(r), sha256hex(r)))
    L += ["}"]
    return "mix.lock", "\n".join(L) + "\n", "hex", "hash"


@ntpl("elixir_config")
def n_runtime_exs(r):
    app = pick(r, APPS)
    L = ["import Config", "", "if config_env() == :prod do", "  database_url =", '    System.get_env("DATABASE_URL") ||', "      raise \"\"\"", "      environment variable DATABASE_URL is missing.",
         "      For example: ecto://USER:PASS@HOST/DATABASE", "      \"\"\"", "", "  secret_key_base = System.fetch_env!(\"SECRET_KEY_BASE\")", "",
         "  config :%s, %s.Repo, url: database_url, pool_size: String.to_integer(System.get_env(\"POOL_SIZE\") || \"10\")" % (app, app.capitalize()),
         "  config :%s, %sWeb.Endpoint, secret_key_base: secret_key_base" % (app, app.capitalize()), "  config :stripity_stripe, api_key: System.fetch_env!(\"STRIPE_SECRET_KEY\")", "end"]
    return "config/runtime.exs", "\n".join(L) + "\n", "phoenix", "reference"


@ntpl("r")
def n_r_keyring(r):
    L = ["library(keyring)", "library(digest)", "", 'api_key <- keyring::key_get("openai", username = Sys.getenv("USER"))', 'db_pw   <- Sys.getenv("PGPASSWORD")',
         "", "# file fingerprints for the cache", 'stopifnot(digest::digest("data/raw.csv", algo = "sha256", file = TRUE) ==', '          "%s")' % sha256hex(r),
         'run_id <- "%s"' % uuid4(r)]
    return "R/secrets.R", "\n".join(L) + "\n", "none", "reference"


@ntpl("julia")
def n_julia_env(r):
    L = ["using HTTP, JSON3", "", 'const API_KEY = get(ENV, "ANTHROPIC_API_KEY", "")', 'isempty(API_KEY) && error("set ANTHROPIC_API_KEY")', "",
         'const DATASET_SHA256 = "%s"' % sha256hex(r), 'const RUN_ID = "%s"' % uuid4(r), "", 'headers = ["x-api-key" => API_KEY, "anthropic-version" => "2023-06-01"]']
    return "scripts/query.jl", "\n".join(L) + "\n", "anthropic", "reference"


@ntpl("toml")
def n_julia_project(r):
    L = ['name = "%s"' % pick(r, APPS).capitalize(), 'uuid = "%s"' % uuid4(r), 'authors = ["%s <%s@%s.com>"]' % (pick(r, FIRST).capitalize(), pick(r, FIRST), pick(r, ORGS)),
         'version = "%s"' % ver(r), "", "[deps]"]
    for p in r.sample(["HTTP", "JSON3", "SHA", "Dates", "CSV"], 3):
        L.append('%s = "%s"' % (p, uuid4(r)))
    return "Project.toml", "\n".join(L) + "\n", "julia", "id"


@ntpl("psd1")
def n_psd1_manifest(r):
    name = pick(r, APPS).capitalize() + "Tools"
    sig = base64.b64encode(rbytes(r, 64 * 12)).decode()
    L = ["@{", "    RootModule        = '%s.psm1'" % name, "    ModuleVersion     = '%s'" % ver(r), "    GUID              = '%s'" % uuid4(r), "    Author            = '%s'" % pick(r, FIRST).capitalize(),
         "    CompanyName       = '%s'" % pick(r, ORGS), "    PowerShellVersion = '7.2'", "    FunctionsToExport = @('Get-%sStatus', 'Invoke-%sDeploy')" % (name, name), "    PrivateData = @{", "        PSData = @{",
         "            Tags       = @('deploy', 'ops')", "            ProjectUri = 'https://github.com/%s/%s'" % (pick(r, ORGS), name.lower()), "        }", "    }", "}", "",
         "# SIG # Begin signature block"] + ["# SIG # " + x for x in wrap(sig, 64)] + ["# SIG # End signature block"]
    return "%s/%s.psd1" % (name, name), "\r\n".join(L) + "\r\n", "microsoft", "signature"


@ntpl("reg")
def n_reg_clsid(r):
    clsid = "{%s}" % uuid4(r).upper()
    L = ["Windows Registry Editor Version 5.00", "", "[HKEY_CLASSES_ROOT\\CLSID\\%s]" % clsid, '@="%s Shell Extension"' % pick(r, APPS).capitalize(),
         "[HKEY_CLASSES_ROOT\\CLSID\\%s\\InprocServer32]" % clsid, '@="C:\\\\Program Files\\\\%s\\\\shellext.dll"' % pick(r, ORGS).capitalize(), '"ThreadingModel"="Apartment"', "",
         "[HKEY_LOCAL_MACHINE\\SOFTWARE\\%s]" % pick(r, ORGS).capitalize(), '"InstallId"="%s"' % uuid4(r), '"LicenseThumbprint"="%s"' % rs(r, "0123456789ABCDEF", 40),
         '"Flags"=hex:%s' % ",".join(rs(r, HEX, 2) for _ in range(r.randint(8, 16))), '"Enabled"=dword:00000001']
    return "installer/%s.reg" % pick(r, APPS), "\r\n".join(L) + "\r\n", "microsoft", "id"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
