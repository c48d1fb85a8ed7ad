#!/usr/bin/env python3
r"""gen_cv.py - blind evaluation-set generator for keyhook (set "cv").

EMPHASIS
    Shell scripts and ops one-liners in operations repositories: passwords and
    tokens passed on command lines and in scripts.  Covered commands include
    mysql/mysqldump -p / MYSQL_PWD, psql / pg_dump with PGPASSWORD or a
    postgresql:// URL, mongosh/mongodump URIs, redis-cli -a / REDISCLI_AUTH,
    sshpass -p / SSHPASS, curl -u / -H "Authorization: ..." / provider headers,
    wget --password, docker login -p and echo|--password-stdin, helm repo add
    --password, aws configure set / exported AWS keys, az login (service
    principal and user), gcloud with an inline service-account key written by a
    heredoc, kubectl create secret --from-literal / docker-registry, openssl
    -passin/-passout pass:, htpasswd -b, smbclient -U user%pass, mount.cifs,
    RSYNC_PASSWORD, lftp -u, ldapsearch -w, sqlcmd -P / SQLCMDPASSWORD,
    mosquitto_pub -P, rabbitmqctl add_user, chpasswd, grafana-cli, git URLs with
    tokens, Slack webhooks, Telegram bot URLs, Google API keys in URLs, CLI
    logins (doctl, gh, npm, twine, vault, gitlab-runner, wrangler), heredocs that
    write ~/.pgpass, ~/.my.cnf, ~/.netrc, .npmrc, ~/.pypirc, Terraform
    credentials, ~/.aws/credentials, ~/.docker/config.json, ssh private keys,
    expect scripts, PowerShell credentials/REST calls, batch files.
    File types (manifest "filetype"): bash, sh, zsh (scripts, .zshrc), fish,
    powershell (.ps1), batch (.bat/.cmd), makefile, cron (cron.d / crontab),
    ansible (playbooks / role tasks with shell:), dockerfile (RUN/ENV/ARG),
    gitlab-ci, github-actions, bitbucket-pipelines, jenkinsfile, vagrantfile,
    cloud-init (runcmd), markdown runbooks, expect (.exp), systemd units,
    docker-compose (command:/environment:), yaml (sops files, negatives only).
    About half of the positives keep the secret under an obvious name
    (PGPASSWORD, DB_PASSWORD, GITHUB_TOKEN ...); the rest pass it positionally
    (-p..., --password ..., pass:...), in a URL, in a header, or under a neutral
    name.  Positive templates are POSIX-shell "snippets" embedded by one of 15
    file-type wrappers, plus standalone templates for PowerShell, batch, fish,
    expect, docker-compose and dotfiles.

USAGE
    python3 gen_cv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED)).
    Batch files are written with CRLF line endings.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, line = 1-based line of
    its first occurrence.
    - passwords: the password only (not the user, not "-p", not "pass:");
      in URLs (scheme://user:PASS@host) only PASS; in smbclient user%PASS only PASS.
    - id/secret pairs (AWS key id + secret, Azure app id + client secret, Twilio
      SID + auth token): the secret half; the public id may sit next to it.
    - Slack incoming webhooks: the whole https://hooks.slack.com/services/... URL.
    - Telegram: the full bot token (digits:AA...) taken out of the /bot<token>/ URL.
    - HTTP Basic headers and docker config.json "auth": the base64 string.
    - GCP service-account JSON: the whole "private_key" value as written
      (-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n with
      literal backslash-n escapes).
    - OpenSSH private key in a heredoc: the whole block from the BEGIN line to
      the END line, multi-line, including the indentation the file carries on
      continuation lines when the script sits inside a YAML block.
    - Stripe uses sk_live_/rk_live_ only; GitHub classic tokens carry a
      CRC32/base62 checksum in their last 6 characters.

NEGATIVES
    ~250 files re-use the positive templates with the secret slot filled by a
    look-alike suited to the syntax (manifest "kind" names it):
    env_reference (${DB_PASSWORD}, $env:X, %X%, $env(X), ENV.fetch),
    secret_manager ($(vault kv get ...), pass, op read, aws secretsmanager,
    gcloud secrets, az keyvault, bw, security, sops -d), file_reference
    ($(cat /run/secrets/x), $CREDENTIALS_DIRECTORY), ci_secret_reference
    (${{ secrets.X }}), ci_variable_reference ($CI_X, Jenkins credentials()),
    ansible_vault_variable ({{ vault_x }}), env_file (EnvironmentFile= / sourcing
    an env file), build_arg_no_default / buildkit_secret_mount (Dockerfile),
    template_variable (literal ${X} for envsubst), placeholder (<password>,
    CHANGE_ME, __DB_PASSWORD__, YOUR_API_KEY ...), masked (********, [REDACTED],
    provider-shaped ghp_xxxx..., sk_live_****1234), empty ("" / ''), and
    doc_example (AWS's documented AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/...
    EXAMPLEKEY, Slack's xoxb-not-a-real-token-this-will-not-work, the published
    Azurite storage-emulator key).
    ~250 files are domain look-alikes (41 templates): sha256sum-verified
    downloads, pinned image digests and ADD --checksum, git commit SHAs and GPG
    fingerprints, read -s / Read-Host -AsSecureString / set /p / expect_user
    prompts, --password-stdin fed from a file or variable, usage/help texts
    with <password>, masked CI logs in incident notes, GitHub Actions with
    secrets and OIDC, ansible-vault ciphertext (!vault), sops ENC[...] files,
    systemd LoadCredential, cron jobs sourcing env files, Makefiles with ?= and
    op read, Vagrant box checksums, AWS documentation examples, throwaway test
    fixtures, kubectl --from-file / --from-env-file and a public cluster CA,
    openssl rand at runtime with -passout env:, i18n prompt strings, Azure
    subscription/tenant UUIDs with managed identity, Azurite dev key, ssh public
    keys and known_hosts lines (GitHub's published host key), cosign public
    keys, keychain/1Password lookups in fish/zsh, Jenkins withCredentials,
    compose *_FILE secrets, helm --set image.digest, Bitbucket/GitLab predefined
    variables, onboarding docs with placeholders, PowerShell Get-FileHash and
    certutil checksum checks.

DOUBTS
    Formats written from memory (not confirmed in provider docs during this run):
    - GitHub classic tokens: 30 random base62 + 6-char base62 CRC32 checksum;
      the base62 alphabet order (0-9A-Z a-z) is assumed.  Fine-grained
      github_pat_ 22 + "_" + 59 is from memory.
    - npm_ tokens: assumed to use the same 30+6 CRC32 layout as GitHub.
    - Docker Hub PAT: dckr_pat_ + 27 chars of [A-Za-z0-9_-].
    - GitLab: glpat- + 20 chars (the classic length; newer, longer routable
      tokens are not generated); glrt- runner tokens assumed to be 20 chars too.
    - OpenAI: sk- + 20 + "T3BlbkFJ" + 20 and sk-proj- + 74 + "T3BlbkFJ" + 74.
    - Anthropic: sk-ant-api03- + 93 chars + "AA".
    - Vault: hvs. + 24 base62 (newer service tokens can be much longer).
    - Terraform Cloud: 14 chars + ".atlasv1." + 67 chars.
    - Azure AD client secret: 3 chars + "8Q~" + 34 chars.
    - Slack bot token segment lengths, Stripe key body lengths (24 / 99),
      SendGrid SG.<22>.<43>, Google AIza + 35, Telegram <digits>:AA + 33,
      PyPI macaroon layout (valid-looking header "pypi-AgEIcHlwaS5vcmc", random
      body), Twilio/Datadog 32-hex keys (no prefix; only context names them).
    - Private keys: fixed PKCS#8 / openssh-key-v1 headers followed by random
      base64, so they are not parseable keys.
    - Slack's "xoxb-not-a-real-token-this-will-not-work" and GitHub's ed25519
      host key are quoted from memory.
    Labels a reviewer might dispute:
    - negatives with the Azurite emulator key and the AWS documentation example
      keys (published, well-known, grant nothing);
    - test fixtures with POSTGRES_PASSWORD=postgres on 127.0.0.1,
      "fake-token-for-tests" and "sk_test_dummy";
    - provider-shaped masked values (ghp_xxxx..., glpat-XXXX..., sk-ant-api03-****);
    - negatives that keep harmless ids next to a placeholder: a GCP
      private_key_id (40 hex), a Twilio account SID, Azure app/tenant UUIDs,
      and a random base64 public cluster CA;
    - positives in docker-compose (redis/mongo/mysql passwords) could be seen as
      local-dev values, but they are real-looking and would be committed;
    - human-style passwords are drawn from a small word pool, so two positives
      can share a password (e.g. "January2023-").

SEARCHES
    search(docs) "GitHub token prefixes ghp_ gho_ ghs_ format checksum": the
      GitHub changelog on the 2021 token formats (prefixes, [A-Za-z0-9_]).  Also
      shown, scanner-related, and not used: keyhog-core detector TOML (docs.rs),
      rust-sanitize secrets.yaml regexes (docs.rs), a gist of GitHub-token
      regexes, a Go githubtoken validator package, secretlint issue #153, a
      github/gh-aw issue about a ghs_ redaction regex, the Microsoft Purview
      "GitHub personal access token" sensitive-info-type definition.
    search(docs) "Docker Hub personal access token dckr_pat docker login
      --password-stdin": docker login man pages / docs (-p, --password-stdin);
      nothing scanner-related.
    search(pages) "DigitalOcean personal access token prefix dop_v1_":
      DigitalOcean release note (dop_v1_, doo_v1_, dor_v1_) and token how-to.
      Also shown, not used: GitGuardian's DigitalOcean detector page.
    search(docs) "GitLab token prefixes glpat- ...": GitLab issues about the
      glpat- default prefix and instance prefixes.  Also shown, not used:
      ripsecrets issue #62 (a glpat regex) and the GitLab secrets-analyzer MR
      "Add GitLab PAT regex".
    search(pages) "npm access token format npm_ prefix granular": npm docs
      "About access tokens"; nothing scanner-related.
"""

import json
import os
import string
import sys
import zlib
import base64
import random

# ---------------------------------------------------------------------------
# pools of harmless context
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"

HOSTS = ["db01.internal", "pg-primary.prod.lan", "10.20.3.14", "mysql.staging.corp", "db.eu-west-1.rds.amazonaws.com",
         "orders-db.cluster-c8xk2.us-east-1.rds.amazonaws.com", "172.16.40.7", "sql02.dc1.example.net",
         "pg-replica-2.prod.lan", "mariadb-01.dc2.lan", "db-reporting.internal", "10.44.0.9"]
APP_HOSTS = ["api.acme.io", "app.staging.acme.io", "grafana.ops.lan", "jenkins.build.lan", "nexus.build.lan",
             "artifacts.corp.local", "registry.ops.lan:5000", "harbor.acme.io", "status.acme.io"]
USERS = ["deploy", "svc_backup", "admin", "ops", "ci-bot", "jenkins", "app_rw", "reporting", "etl_user", "root",
         "postgres", "monitor", "release", "svc-nightly", "dbadmin", "ansible"]
DBS = ["orders", "billing", "inventory", "analytics", "app_production", "crm", "wiki", "payments", "metrics"]
PROJECTS = ["atlas", "orion", "fulcrum", "kestrel", "tundra", "pylon", "harbor", "nimbus", "quartz", "ledger",
            "beacon", "vertex"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
TEAMS = ["platform", "sre", "data", "payments", "infra", "devops"]
PEOPLE = ["jdoe", "m.keller", "asingh", "lchen", "p.rossi", "okafor", "tnguyen", "svensson"]
WORDS = ["harbor", "falcon", "lantern", "maple", "cobalt", "granite", "willow", "orbit", "saffron", "pepper",
         "thunder", "marble", "cactus", "juniper", "rocket", "velvet", "summit", "tiger", "copper", "meadow",
         "pixel", "glacier", "bramble", "otter", "quokka", "nova", "ember", "delta", "raven", "mango"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "January", "October", "Monday", "Welcome", "Bonjour", "Dragon"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ip(rng):
    return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 250))


def date(rng):
    return "20%02d-%02d-%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28))


def ticket(rng):
    return "%s-%d" % (rng.choice(["OPS", "INFRA", "SRE", "PLAT", "DEVOPS", "CHG"]), rng.randint(100, 9999))


# ---------------------------------------------------------------------------
# credential generators (positives)
# ---------------------------------------------------------------------------
PW_SYMS = {"url": "-_.~", "plain": "-_.@+", "rich": "-_.@+!#%^*&="}
BAD_WORDS = ("pass", "secret", "test", "example", "change", "dummy", "sample", "xxx", "todo", "fake", "demo")


def human_pw(rng, cs="plain"):
    syms = PW_SYMS[cs]
    w1 = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    s = rng.choice(syms)
    n = str(rng.randint(1, 9999))
    pat = rng.randint(0, 5)
    if pat == 0:
        pw = w1.capitalize() + w2.capitalize() + n + s
    elif pat == 1:
        pw = rng.choice(SEASONS) + str(rng.randint(2019, 2026)) + s
    elif pat == 2:
        pw = w1 + s + w2.capitalize() + s + n
    elif pat == 3:
        leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
        pw = "".join(leet.get(c, c) if rng.random() < 0.5 else c for c in w1.capitalize() + w2) + s + n
    elif pat == 4:
        pw = w1.upper()[:3] + s + rng.choice(PROJECTS).capitalize() + n
    else:
        pw = rng.choice(PROJECTS).capitalize() + s + w2 + n + rng.choice(syms)
    return pw


def random_pw(rng, cs="plain", n=None):
    n = n or rng.randint(12, 24)
    syms = PW_SYMS[cs]
    while True:
        pw = rs(rng, ALNUM + syms * 2, n)
        if (any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw)
                and pw[0].isalnum()):
            return pw


def password(rng, cs="plain"):
    while True:
        pw = human_pw(rng, cs) if rng.random() < 0.5 else random_pw(rng, cs)
        if not any(b in pw.lower() for b in BAD_WORDS) and len(pw) >= 8:
            return pw


def gh_classic(rng, prefix="ghp_"):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine(rng):
    return "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)


def npm_token(rng):
    body = rs(rng, ALNUM, 30)
    return "npm_" + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_key_id(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, UPPER + "234567", 16)


def pypi_token(rng):
    raw = (b"\x02\x01\x08pypi.org\x02\x24" + uuid4(rng).encode() + b"\x00\x02\x06"
           + bytes(rng.randrange(256) for _ in range(rng.randint(60, 110)))
           + b"\x00\x00\x06\x20" + bytes(rng.randrange(256) for _ in range(32)))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pem_body(rng, nbytes, width=64):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    b = base64.b64encode(raw).decode()
    return [b[i:i + width] for i in range(0, len(b), width)]


def rsa_pkcs8_lines(rng):
    lines = pem_body(rng, 1190)
    lines[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + lines[0][50:]
    return lines


def openssh_key_lines(rng):
    # OpenSSH ed25519 private key container; the fixed header decodes to "openssh-key-v1\0none..."
    lines = pem_body(rng, 300, 70)
    lines[0] = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines[1] = "QyNTUxOQAAACB" + lines[1][13:]
    return lines


def gen_secret(rng, kind, cs="plain"):
    """returns (secret, public_id_or_None)"""
    k = kind
    if k.endswith("_pw") or k == "openssl_pass":
        return password(rng, cs), None
    if k == "github_pat":
        return gh_classic(rng, rng.choice(["ghp_"] * 6 + ["gho_", "ghu_", "ghs_"])), None
    if k == "github_fg_pat":
        return gh_fine(rng), None
    if k == "gitlab_pat":
        return "glpat-" + rs(rng, ALNUM + "-_", 20), None
    if k == "gitlab_runner":
        return "glrt-" + rs(rng, ALNUM + "-_", 20), None
    if k == "aws_secret":
        return rs(rng, ALNUM + "/+", 40), aws_key_id(rng)
    if k == "slack_bot":
        return "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 11, 10 ** 13),
                                  rs(rng, ALNUM, 24)), None
    if k == "slack_webhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UPPER + DIGITS, rng.choice([8, 10])),
                                                                 rs(rng, UPPER + DIGITS, rng.choice([8, 10, 11])),
                                                                 rs(rng, ALNUM, 24)), None
    if k == "stripe_sk":
        return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, ALNUM, rng.choice([24, 99])), None
    if k == "sendgrid":
        return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43), None
    if k == "do_pat":
        return "dop_v1_" + rs(rng, HEX, 64), None
    if k == "dockerhub_pat":
        return "dckr_pat_" + rs(rng, B64URL, 27), None
    if k == "npm_token":
        return npm_token(rng), None
    if k == "pypi_token":
        return pypi_token(rng), None
    if k == "telegram_bot":
        return "%d:AA%s" % (rng.randint(10 ** 8, 8 * 10 ** 9), rs(rng, B64URL, 33)), None
    if k == "twilio_token":
        return rs(rng, HEX, 32), "AC" + rs(rng, HEX, 32)
    if k == "datadog_api":
        return rs(rng, HEX, 32), None
    if k == "cloudflare_token":
        return rs(rng, B64URL, 40), None
    if k == "openai_key":
        if rng.random() < 0.5:
            return "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20), None
        return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74), None
    if k == "anthropic_key":
        return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA", None
    if k == "vault_token":
        return "hvs." + rs(rng, ALNUM, 24), None
    if k == "tfc_token":
        return rs(rng, ALNUM, 14) + ".atlasv1." + rs(rng, ALNUM, 67), None
    if k == "azure_client_secret":
        return rs(rng, ALNUM, 3) + "8Q~" + rs(rng, ALNUM + "_~.-", 34), uuid4(rng)
    if k == "azure_storage_key":
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode(), None
    if k == "google_api_key":
        return "AIza" + rs(rng, B64URL, 35), None
    if k == "generic_bearer":
        return rs(rng, B64URL, rng.choice([32, 40, 48, 64])), None
    if k == "basic_b64":
        u = rng.choice(USERS)
        return base64.b64encode(("%s:%s" % (u, password(rng))).encode()).decode(), u
    if k == "gcp_sa_key":
        return "\\n".join(["-----BEGIN PRIVATE KEY-----"] + rsa_pkcs8_lines(rng) + ["-----END PRIVATE KEY-----"]) + "\\n", None
    if k == "ssh_private_key":
        return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + openssh_key_lines(rng)
                         + ["-----END OPENSSH PRIVATE KEY-----"]), None
    raise KeyError(kind)


# kind -> (provider, kind label)
KINDS = {
    "mysql_pw": ("mysql", "password"), "pg_pw": ("postgresql", "password"), "mongo_pw": ("mongodb", "password"),
    "redis_pw": ("redis", "password"), "ssh_pw": ("ssh", "password"), "smb_pw": ("smb", "password"),
    "ftp_pw": ("ftp", "password"), "rsync_pw": ("rsync", "password"), "htpasswd_pw": ("http_basic", "password"),
    "openssl_pass": ("openssl", "passphrase"), "registry_pw": ("docker_registry", "password"),
    "helm_pw": ("helm_repo", "password"), "http_pw": ("http_basic", "password"), "azure_pw": ("azure_ad", "password"),
    "app_pw": ("application", "password"), "linux_pw": ("linux", "password"), "ldap_pw": ("ldap", "password"), "mssql_pw": ("mssql", "password"),
    "mqtt_pw": ("mqtt", "password"), "rabbitmq_pw": ("rabbitmq", "password"), "windows_pw": ("windows", "password"),
    "github_pat": ("github", "token"), "github_fg_pat": ("github", "fine_grained_pat"),
    "gitlab_pat": ("gitlab", "personal_access_token"), "gitlab_runner": ("gitlab", "runner_token"),
    "aws_secret": ("aws", "secret_access_key"), "slack_bot": ("slack", "bot_token"),
    "slack_webhook": ("slack", "webhook_url"), "stripe_sk": ("stripe", "secret_key"),
    "sendgrid": ("sendgrid", "api_key"), "do_pat": ("digitalocean", "personal_access_token"),
    "dockerhub_pat": ("docker_hub", "personal_access_token"), "npm_token": ("npm", "access_token"),
    "pypi_token": ("pypi", "api_token"), "telegram_bot": ("telegram", "bot_token"),
    "twilio_token": ("twilio", "auth_token"), "datadog_api": ("datadog", "api_key"),
    "cloudflare_token": ("cloudflare", "api_token"), "openai_key": ("openai", "api_key"),
    "anthropic_key": ("anthropic", "api_key"), "vault_token": ("hashicorp_vault", "token"),
    "tfc_token": ("terraform_cloud", "api_token"), "azure_client_secret": ("azure", "client_secret"),
    "azure_storage_key": ("azure", "storage_account_key"), "google_api_key": ("google", "api_key"),
    "generic_bearer": ("internal_api", "bearer_token"), "basic_b64": ("http_basic", "basic_auth_header"),
    "gcp_sa_key": ("gcp", "service_account_private_key"), "ssh_private_key": ("ssh", "private_key"),
}

# provider-shaped masks, placeholders and published documentation examples (negatives)
DOC_EXAMPLES = {
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "slack_bot": ["xoxb-not-a-real-token-this-will-not-work"],
    "azure_storage_key": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
}


def masked_like(rng, kind):
    m = rng.choice(["x", "X", "*"])
    if kind == "github_pat":
        return "ghp_" + m * 36
    if kind == "github_fg_pat":
        return "github_pat_" + m * 22 + "_" + m * 8
    if kind == "gitlab_pat":
        return "glpat-" + m * 20
    if kind == "gitlab_runner":
        return "glrt-" + m * 20
    if kind == "aws_secret":
        return m * 40
    if kind == "slack_bot":
        return "xoxb-" + m * 10 + "-" + m * 12
    if kind == "slack_webhook":
        return "https://hooks.slack.com/services/T00000000/B00000000/" + "X" * 24
    if kind == "stripe_sk":
        return "sk_live_" + "*" * 20 + str(rng.randint(1000, 9999))
    if kind == "sendgrid":
        return "SG." + m * 22 + "." + m * 10
    if kind == "do_pat":
        return "dop_v1_" + m * 64
    if kind == "dockerhub_pat":
        return "dckr_pat_" + "*" * 12
    if kind == "npm_token":
        return "npm_" + m * 36
    if kind == "pypi_token":
        return "pypi-" + "*" * 16
    if kind == "telegram_bot":
        return "123456789:" + "X" * 35
    if kind == "openai_key":
        return "sk-..." + rs(rng, ALNUM, 4)
    if kind == "anthropic_key":
        return "sk-ant-api03-" + "*" * 10
    if kind == "vault_token":
        return "hvs." + "*" * 24
    if kind == "google_api_key":
        return "AIza" + "X" * 35
    return rng.choice(["********", "****", "[REDACTED]", "xxxxxxxx", "<redacted>", "***"])


# ---------------------------------------------------------------------------
# slot machinery: templates write markers; markers are resolved at the end to
# either the fresh secret (positives) or a syntax-appropriate look-alike
# (negatives that re-use positive templates)
# ---------------------------------------------------------------------------
PW_PLACEHOLDERS = ["<password>", "CHANGE_ME", "__DB_PASSWORD__", "your-password-here", "REPLACE_ME",
                   "<db-password>", "@@PASSWORD@@", "<PASSWORD>", "PUT_PASSWORD_HERE", "{password}"]
TOK_PLACEHOLDERS = ["<your-token>", "YOUR_API_KEY", "__API_TOKEN__", "<PAT>", "TOKEN_GOES_HERE", "<api-key>",
                    "YOUR_TOKEN_HERE", "<insert token>", "REPLACE_WITH_TOKEN", "{token}"]
SECRET_CMDS = [
    "vault kv get -field={f} secret/{p}/{n}",
    "pass show {p}/{n}",
    "op read op://Ops/{n}/{f}",
    "aws secretsmanager get-secret-value --secret-id {p}/{n} --query SecretString --output text",
    "gcloud secrets versions access latest --secret={n}",
    "az keyvault secret show --vault-name kv-{p} --name {n} --query value -o tsv",
    "bw get password {n}",
    "security find-generic-password -s {n} -w",
    "sops -d --extract '[\"{f}\"]' secrets/{p}.enc.yaml",
]


def is_pw_kind(kind):
    return kind.endswith("_pw") or kind == "openssl_pass"


class Ctx:
    def __init__(self, rng, pos, kind, syntax="sh", assign_syntax="sh"):
        self.rng = rng
        self.pos = pos
        self.kind = kind
        self.syntax = syntax
        self.assign_syntax = assign_syntax
        self.obvious = rng.random() < 0.5
        self.slots = []
        self.needle = None
        self.pub = None
        self.neg_cat = None
        self.neg_cache = {}
        self.docker_secret_ids = []
        self.proj = rng.choice(PROJECTS)

    def S(self, q="dq", name="SECRET"):
        """marker for the secret slot. q: dq | sq | bare | url | assign"""
        i = len(self.slots)
        self.slots.append((q, name))
        return "@@SLOT%d@@" % i

    def pubid(self):
        if self.pos:
            self._gen("plain")
            return self.pub
        if self.kind == "aws_secret":
            return "AKIAIOSFODNN7EXAMPLE" if self.neg_category() == "doc_example" else "@@PUBREF@@"
        if self.kind == "twilio_token":
            return "AC" + rs(self.rng, HEX, 32)
        if self.kind == "basic_b64":
            return self.rng.choice(USERS)
        return uuid4(self.rng)

    def _gen(self, cs):
        if self.needle is None:
            self.needle, self.pub = gen_secret(self.rng, self.kind, cs)

    def neg_category(self):
        if self.neg_cat is None:
            cats = ["env_reference", "env_reference", "secret_manager", "secret_manager", "file_reference",
                    "placeholder", "placeholder", "masked", "empty"]
            if self.kind in DOC_EXAMPLES:
                cats += ["doc_example"] * 3
            self.neg_cat = self.rng.choice(cats)
        return self.neg_cat

    def resolve(self, text):
        for i, (q, name) in enumerate(self.slots):
            m = "@@SLOT%d@@" % i
            if m not in text:
                continue
            if self.pos:
                syn = self.assign_syntax if q == "assign" else self.syntax
                if q == "url":
                    cs = "url"
                elif q == "sq" and syn in ("sh", "ps", "fish", "ansible"):
                    cs = "rich"
                else:
                    cs = "plain"
                self._gen(cs)
                val = self.needle
                if "\n" in val:
                    # multi-line secret: continue at the indentation of the line holding the marker
                    pre = text[:text.index(m)].rsplit("\n", 1)[-1]
                    indent = pre[:len(pre) - len(pre.lstrip(" "))]
                    if indent:
                        val = val.replace("\n", "\n" + indent)
                        self.needle = val
            else:
                val = self.neg_value(q, name)
            text = text.replace(m, val if val is not None else "")
        if "@@PUBREF@@" in text:
            text = text.replace("@@PUBREF@@", self.neg_value("dq", "AWS_ACCESS_KEY_ID", force="env_reference"))
        return text

    # -- negative fillers -------------------------------------------------
    def neg_value(self, q, name, force=None):
        key = (q, name, force)
        if key in self.neg_cache:
            return self.neg_cache[key]
        v = self._neg_value(q, name, force)
        cat = self.neg_cat
        syn = self.assign_syntax if q == "assign" else self.syntax
        if v and cat in ("masked", "doc_example") and q in ("assign", "bare"):
            if syn in ("sh", "vagrant", "yaml_gl", "yaml_gh", "ansible", "compose", "expect") and q == "assign":
                v = '"%s"' % v
            elif syn in ("jenkins", "ps", "fish") and q == "assign":
                v = "'%s'" % v
            elif q == "bare" and syn in ("sh", "cron", "make", "docker", "ansible", "fish", "ps", "yaml_gl", "yaml_gh"):
                v = "'%s'" % v
        self.neg_cache[key] = v
        return v

    def _neg_value(self, q, name, force):
        rng = self.rng
        cat = force or self.neg_category()
        syn = self.assign_syntax if q == "assign" else self.syntax
        lname = name.lower()
        src = rng.choice([name, name, "PROD_" + name, name + "_CI"]) if q == "assign" else name
        ph = rng.choice(PW_PLACEHOLDERS if is_pw_kind(self.kind) else TOK_PLACEHOLDERS)
        if syn == "systemd" and q != "assign":
            if cat in ("env_reference", "secret_manager", "file_reference"):
                self.neg_cat = "env_file"
                return "${%s}" % name
            if cat == "placeholder":
                return ph
            if cat == "empty":
                return ""
        # categories that make no sense in a given slot fall back to a placeholder/mask
        if q == "sq" and cat in ("env_reference", "secret_manager", "file_reference"):
            if syn == "sh" and rng.random() < 0.5:
                self.neg_cat = cat = "template_variable"
                return "${%s}" % name  # literal, expanded later by envsubst
            self.neg_cat = cat = rng.choice(["placeholder", "masked"])
        if cat == "doc_example":
            return rng.choice(DOC_EXAMPLES[self.kind])
        if cat == "masked":
            return masked_like(rng, self.kind)
        if cat == "empty":
            if q == "assign":
                return {"sh": '""', "make": "", "docker": "", "yaml_gl": '""', "yaml_gh": '""', "ansible": '""',
                        "cron": "", "systemd": "", "vagrant": '""', "jenkins": "''", "ps": "''", "bat": "",
                        "fish": "''", "expect": '""', "compose": ""}.get(syn, '""')
            if q == "bare":
                return {"bat": '""', "make": '""'}.get(syn, '""' if syn != "ansible" else "''")
            return ""
        if cat == "placeholder":
            if q == "bare" and syn in ("sh", "fish", "ps", "make", "cron", "systemd", "docker", "ansible", "expect"):
                return "'%s'" % ph if syn not in ("expect",) else '"%s"' % ph
            if syn == "bat" and "<" in ph:
                return "CHANGE_ME"
            if q == "assign" and syn in ("yaml_gl", "yaml_gh", "ansible", "compose"):
                return '"%s"' % ph
            if q == "assign" and syn in ("sh", "vagrant"):
                return '"%s"' % ph
            if q == "assign" and syn in ("jenkins", "ps", "fish"):
                return "'%s'" % ph
            if q == "assign" and syn == "expect":
                return '"%s"' % ph
            return ph
        # reference categories
        f = "password" if is_pw_kind(self.kind) else "token"
        sm = rng.choice(SECRET_CMDS).format(f=f, p=self.proj, n=lname.replace("_", "-"))
        fpath = rng.choice(["/run/secrets/%s" % lname, "/etc/%s/%s" % (self.proj, lname), "$HOME/.config/%s/%s" % (self.proj, lname),
                            "${CREDENTIALS_DIRECTORY}/%s" % lname])
        if syn in ("sh", "cron"):
            if syn == "cron" and q == "assign":
                self.neg_cat = "env_file"
                return None
            if cat == "env_reference":
                if syn == "cron":
                    self.neg_cat = "file_reference"
                    inner = "$(cat /etc/%s/%s)" % (self.proj, lname)
                elif q == "assign":
                    inner = rng.choice(["${%s:?%s must be set}" % (src, src), "${%s:-}" % src, "${%s}" % src])
                else:
                    inner = "${%s}" % name if rng.random() < 0.7 else "$%s" % name
            elif cat == "secret_manager":
                inner = "$(%s)" % sm
            else:
                inner = "$(cat %s)" % fpath
            return '"%s"' % inner if q in ("bare", "assign") else inner
        if syn == "make":
            if q == "assign":
                if cat == "env_reference":
                    return ""
                return "$(shell %s)" % (sm if cat == "secret_manager" else "cat %s" % fpath.replace("$HOME", "$(HOME)").replace("${CREDENTIALS_DIRECTORY}", "/run/credentials"))
            return "$(%s)" % name if cat == "env_reference" else "$$(%s)" % (sm if cat == "secret_manager" else "cat /run/secrets/%s" % lname)
        if syn == "docker":
            if q == "assign":
                self.neg_cat = "build_arg_no_default"
                return ""
            sid = lname.replace("_", "-")
            self.docker_secret_ids.append(sid)
            self.neg_cat = "buildkit_secret_mount"
            inner = "$(cat /run/secrets/%s)" % sid
            return '"%s"' % inner if q == "bare" else inner
        if syn == "yaml_gh":
            self.neg_cat = "ci_secret_reference"
            v = "${{ secrets.%s }}" % name
            return '"%s"' % v if q == "assign" else v
        if syn in ("yaml_gl", "jenkins"):
            self.neg_cat = "ci_variable_reference"
            if q == "assign":
                return ('"$%s"' % ("CI_" + name)) if syn == "yaml_gl" else "credentials('%s')" % lname.replace("_", "-")
            inner = "${%s}" % name
            return '"%s"' % inner if q == "bare" else inner
        if syn == "ansible":
            self.neg_cat = "ansible_vault_variable"
            v = "{{ vault_%s }}" % lname if cat != "env_reference" else "{{ lookup('env', '%s') }}" % name
            return '"%s"' % v if q in ("bare", "assign") else v
        if syn == "systemd":
            self.neg_cat = "env_file"
            return None if q == "assign" else "${%s}" % name
        if syn == "vagrant":
            self.neg_cat = "env_reference"
            return 'ENV.fetch("%s")' % name
        if syn == "compose":
            self.neg_cat = "env_reference"
            return "${%s:?set %s in .env}" % (name, name) if rng.random() < 0.5 else "${%s}" % name
        if syn == "ps":
            if cat == "env_reference":
                v = "$env:%s" % name
            elif cat == "secret_manager":
                v = rng.choice(["$(Get-Secret -Name %s -AsPlainText)" % name,
                                "$(Get-AzKeyVaultSecret -VaultName kv-%s -Name %s -AsPlainText)" % (self.proj, lname.replace("_", "-"))])
            else:
                v = "$(Get-Content -Raw 'C:\\ProgramData\\%s\\%s.txt')" % (self.proj, lname)
            return v
        if syn == "bat":
            self.neg_cat = "env_reference"
            return "%%%s%%" % name
        if syn == "fish":
            if cat == "env_reference":
                return "$%s" % name
            self.neg_cat = "secret_manager"
            return "(pass show %s/%s)" % (self.proj, lname) if q != "dq" else "$%s" % name
        if syn == "expect":
            self.neg_cat = "env_reference"
            return "$env(%s)" % name
        return ph


# ---------------------------------------------------------------------------
# POSIX-shell command snippets with one secret slot.  Each returns a dict:
#   name  - base name for the script file
#   desc  - one-line purpose (used in comments / job names)
#   vars  - [(NAME, value, is_secret)]   assignments the wrapper renders
#   cmds  - shell command lines (markers for the slot)
#   heredoc - True when cmds contain multi-line here-documents
# ---------------------------------------------------------------------------
def _d(name, desc, vars_, cmds, heredoc=False):
    return {"name": name, "desc": desc, "vars": vars_, "cmds": cmds, "heredoc": heredoc}


def sn_mysqldump(c, kind):
    r = c.rng
    h, u, db = r.choice(HOSTS), r.choice(USERS), r.choice(DBS)
    v = [("BACKUP_DIR", r.choice(["/var/backups/mysql", "/srv/backup/db", "/mnt/nas/dumps"]), False)]
    if c.obvious:
        nm = r.choice(["MYSQL_PWD", "DB_PASSWORD", "MYSQL_PASSWORD"])
        v.append((nm, c.S("assign", nm), True))
        auth = "" if nm == "MYSQL_PWD" else ' -p"${%s}"' % nm
        if nm == "MYSQL_PWD":
            v[-1] = ("MYSQL_PWD", v[-1][1], True)
    else:
        auth = " -p" + c.S("bare", "MYSQL_PASSWORD")
    cmds = ["mysqldump --single-transaction --routines -h %s -u %s%s %s | gzip > \"${BACKUP_DIR}/%s-$(date +%%F).sql.gz\"" % (h, u, auth, db, db),
            "find \"${BACKUP_DIR}\" -name '*.sql.gz' -mtime +%d -delete" % r.choice([7, 14, 30])]
    return _d("backup-" + db, "nightly mysqldump of %s" % db, v, cmds)


def sn_mysql_exec(c, kind):
    r = c.rng
    h, u, db = r.choice(HOSTS), r.choice(USERS), r.choice(DBS)
    stmt = r.choice(["FLUSH LOGS;", "SHOW SLAVE STATUS\\G", "ANALYZE TABLE %s.events;" % db,
                     "CALL %s.purge_sessions(30);" % db, "SET GLOBAL read_only = ON;"])
    if c.obvious:
        v = [("DB_ROOT_PASSWORD", c.S("assign", "DB_ROOT_PASSWORD"), True)]
        cmd = 'mysql -h %s -u %s --password="${DB_ROOT_PASSWORD}" -e "%s"' % (h, u, stmt)
    else:
        v = []
        cmd = "mysql -h %s -P 3306 -u %s --password='%s' -e \"%s\"" % (h, u, c.S("sq", "MYSQL_PASSWORD"), stmt)
    return _d("mysql-maint", "run maintenance statement on %s" % h, v, [cmd])


def sn_psql(c, kind):
    r = c.rng
    h, u, db = r.choice(HOSTS), r.choice(USERS), r.choice(DBS)
    sql = r.choice(["VACUUM (ANALYZE);", "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;",
                    "SELECT pg_reload_conf();", "\\\\copy (SELECT * FROM exports_pending) TO 'pending.csv' CSV HEADER"])
    if c.obvious:
        v = [("PGPASSWORD", c.S("assign", "PGPASSWORD"), True)]
        cmd = 'psql -h %s -U %s -d %s -v ON_ERROR_STOP=1 -c "%s"' % (h, u, db, sql)
    else:
        v = []
        cmd = 'psql "postgresql://%s:%s@%s:5432/%s?sslmode=require" -c "%s"' % (u, c.S("url", "PGPASSWORD"), h, db, sql)
    return _d("pg-" + r.choice(["vacuum", "refresh", "maint"]), "postgres maintenance on %s" % db, v, [cmd])


def sn_pgdump(c, kind):
    r = c.rng
    h, u, db = r.choice(HOSTS), r.choice(USERS), r.choice(DBS)
    out = "/var/backups/pg/%s-$(date +%%Y%%m%%d).dump" % db
    if c.obvious:
        v = [("PGHOST", h, False), ("PGUSER", u, False), ("PGPASSWORD", c.S("assign", "PGPASSWORD"), True)]
        cmds = ["pg_dump -Fc -d %s -f \"%s\"" % (db, out)]
    else:
        v = []
        cmds = ['pg_dump --dbname="postgres://%s:%s@%s/%s" -Fc -f "%s"' % (u, c.S("url", "PG_PASS"), h, db, out)]
    cmds.append("aws s3 cp \"%s\" s3://%s-db-backups/%s/ --only-show-errors" % (out, c.proj, db))
    return _d("pg-backup", "dump %s and ship to S3" % db, v, cmds)


def sn_mongo(c, kind):
    r = c.rng
    u, db = r.choice(["admin", "appUser", "backup", "ops"]), r.choice(DBS)
    cl = "cluster0.%s.mongodb.net" % rs(r, LOWER + DIGITS, 5)
    if c.obvious:
        v = [("MONGO_ADMIN_PASSWORD", c.S("assign", "MONGO_ADMIN_PASSWORD"), True)]
        cmds = ['mongosh --host %s -u %s -p "${MONGO_ADMIN_PASSWORD}" --authenticationDatabase admin --quiet --eval "db.getSiblingDB(\'%s\').stats()"' % (r.choice(HOSTS), u, db)]
    else:
        v = []
        if r.random() < 0.5:
            cmds = ['mongodump --uri="mongodb+srv://%s:%s@%s/%s" --gzip --archive=/backups/%s.gz' % (u, c.S("url", "MONGO_PASSWORD"), cl, db, db)]
        else:
            cmds = ['mongosh "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" --eval "db.sessions.deleteMany({expired: true})"' % (u, c.S("url", "MONGO_PASSWORD"), cl, db)]
    return _d("mongo-" + db, "mongodb housekeeping for %s" % db, v, cmds)


def sn_redis(c, kind):
    r = c.rng
    h = r.choice(["cache-1.prod.lan", "redis.svc.cluster.local", "10.0.4.21", "redis-master.default.svc"])
    op = r.choice(["INFO replication", "BGSAVE", "CONFIG SET maxmemory-policy allkeys-lru", "--scan --pattern 'session:*' | head", "DBSIZE"])
    if c.obvious:
        v = [("REDISCLI_AUTH", c.S("assign", "REDISCLI_AUTH"), True)]
        cmd = "redis-cli -h %s -p 6379 %s" % (h, op)
    else:
        v = []
        cmd = "redis-cli -h %s -p 6379 -a '%s' --no-auth-warning %s" % (h, c.S("sq", "REDIS_PASSWORD"), op)
    return _d("redis-check", "redis %s" % op.split()[0], v, [cmd])


def sn_sshpass(c, kind):
    r = c.rng
    u, h = r.choice(["deploy", "pi", "admin", "ubuntu", "ops"]), r.choice(HOSTS[:6] + ["192.168.1.%d" % r.randint(2, 250)])
    rc = r.choice(["sudo systemctl restart nginx", "df -h /", "sudo /opt/app/bin/reload.sh", "tail -n 200 /var/log/app/error.log"])
    if c.obvious:
        v = [("SSHPASS", c.S("assign", "SSHPASS"), True)]
        cmds = ['sshpass -e ssh -o StrictHostKeyChecking=no %s@%s "%s"' % (u, h, rc)]
    else:
        v = []
        if r.random() < 0.5:
            cmds = ["sshpass -p '%s' ssh -o StrictHostKeyChecking=no %s@%s \"%s\"" % (c.S("sq", "SSH_PASSWORD"), u, h, rc)]
        else:
            cmds = ["sshpass -p '%s' scp -o StrictHostKeyChecking=no build/app.tar.gz %s@%s:/tmp/" % (c.S("sq", "SSH_PASSWORD"), u, h)]
    return _d("remote-" + r.choice(["restart", "deploy", "check"]), "run command on %s over ssh" % h, v, cmds)


def sn_curl_basic(c, kind):
    r = c.rng
    u = r.choice(["deployer", "ci", "uploader", "admin", "svc-artifacts"])
    h = r.choice(["nexus.build.lan", "artifacts.corp.local", "repo.acme.io", "jfrog.acme.io/artifactory"])
    path = "https://%s/repository/%s-releases/%s/%s-1.%d.%d.tar.gz" % (h, c.proj, c.proj, c.proj, r.randint(0, 20), r.randint(0, 9))
    if c.obvious:
        v = [("NEXUS_USER", u, False), ("NEXUS_PASSWORD", c.S("assign", "NEXUS_PASSWORD"), True)]
        cmd = 'curl -fsS -u "${NEXUS_USER}:${NEXUS_PASSWORD}" --upload-file dist/%s.tar.gz "%s"' % (c.proj, path)
    elif r.random() < 0.5:
        v = []
        cmd = 'curl -fsS -u "%s:%s" --upload-file dist/%s.tar.gz "%s"' % (u, c.S("dq", "NEXUS_PASSWORD"), c.proj, path)
    else:
        v = []
        cmd = 'curl -fsSLO "https://%s:%s@%s"' % (u, c.S("url", "NEXUS_PASSWORD"), path[8:])
    return _d("publish-artifact", "upload build artifact", v, [cmd])


def sn_wget(c, kind):
    r = c.rng
    u = r.choice(["partner", "reports", "mirror", "ci"])
    url = "https://%s/%s/%s" % (r.choice(["downloads.vendor-portal.com", "files.partner-edi.com", "mirror.corp.local"]),
                                r.choice(["exports", "releases", "feeds"]), r.choice(["daily.csv.gz", "latest.tar.gz", "catalog.xml"]))
    if c.obvious:
        v = [("PORTAL_PASSWORD", c.S("assign", "PORTAL_PASSWORD"), True)]
        cmd = 'wget -q --user=%s --password="${PORTAL_PASSWORD}" -O /data/incoming/$(date +%%F).dat "%s"' % (u, url)
    else:
        v = []
        cmd = "wget -q --user=%s --password='%s' -P /data/incoming \"%s\"" % (u, c.S("sq", "WGET_PASSWORD"), url)
    return _d("fetch-feed", "download partner feed", v, [cmd])


API = {
    "github_pat": ("GITHUB_TOKEN", lambda c, t: 'curl -sS -X POST -H "Accept: application/vnd.github+json" -H "Authorization: Bearer %s" https://api.github.com/repos/acme/%s/dispatches -d \'{"event_type":"deploy"}\'' % (t, c.proj)),
    "github_fg_pat": ("GH_PAT", lambda c, t: 'curl -sS -H "Authorization: token %s" "https://api.github.com/repos/acme/%s/releases/latest" | jq -r .tag_name' % (t, c.proj)),
    "gitlab_pat": ("GITLAB_TOKEN", lambda c, t: 'curl -sS --request POST --header "PRIVATE-TOKEN: %s" "https://gitlab.com/api/v4/projects/%d/pipeline?ref=main"' % (t, c.rng.randint(1000000, 60000000))),
    "do_pat": ("DIGITALOCEAN_TOKEN", lambda c, t: 'curl -sS -X GET -H "Content-Type: application/json" -H "Authorization: Bearer %s" "https://api.digitalocean.com/v2/droplets?tag_name=%s"' % (t, c.proj)),
    "cloudflare_token": ("CF_API_TOKEN", lambda c, t: 'curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/%s/purge_cache" -H "Authorization: Bearer %s" -H "Content-Type: application/json" --data \'{"purge_everything":true}\'' % (rs(c.rng, HEX, 32), t)),
    "openai_key": ("OPENAI_API_KEY", lambda c, t: 'curl -sS https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer %s" -d @prompt.json > summary.json' % t),
    "anthropic_key": ("ANTHROPIC_API_KEY", lambda c, t: 'curl -sS https://api.anthropic.com/v1/messages -H "x-api-key: %s" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d @request.json' % t),
    "sendgrid": ("SENDGRID_API_KEY", lambda c, t: 'curl -sS --request POST --url https://api.sendgrid.com/v3/mail/send --header "Authorization: Bearer %s" --header "Content-Type: application/json" --data @mail.json' % t),
    "stripe_sk": ("STRIPE_SECRET_KEY", lambda c, t: 'curl -sS https://api.stripe.com/v1/balance -u "%s:"' % t),
    "datadog_api": ("DD_API_KEY", lambda c, t: 'curl -sS -X POST "https://api.datadoghq.com/api/v1/events" -H "Content-Type: application/json" -H "DD-API-KEY: %s" -d \'{"title":"deploy %s","tags":["team:%s"]}\'' % (t, c.proj, c.rng.choice(TEAMS))),
    "vault_token": ("VAULT_TOKEN", lambda c, t: 'curl -sS --header "X-Vault-Token: %s" https://vault.ops.lan:8200/v1/secret/data/%s/config | jq .data.data' % (t, c.proj)),
    "tfc_token": ("TFE_TOKEN", lambda c, t: 'curl -sS --header "Authorization: Bearer %s" --header "Content-Type: application/vnd.api+json" https://app.terraform.io/api/v2/organizations/acme/workspaces' % t),
    "generic_bearer": ("API_TOKEN", lambda c, t: 'curl -fsS -X POST -H "Authorization: Bearer %s" -H "Content-Type: application/json" https://%s/v1/deployments -d \'{"service":"%s"}\'' % (t, c.rng.choice(APP_HOSTS), c.proj)),
    "basic_b64": ("BASIC_AUTH", lambda c, t: 'curl -fsS -H "Authorization: Basic %s" https://%s/api/health' % (t, c.rng.choice(["grafana.ops.lan", "jenkins.build.lan", "kibana.ops.lan"]))),
    "twilio_token": ("TWILIO_AUTH_TOKEN", lambda c, t: 'curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" --data-urlencode "Body=Deploy finished" --data-urlencode "From=+15005550006" --data-urlencode "To=+4915112345678" -u "%s:%s"' % (c.sid, c.sid, t)),
}


def sn_api(c, kind):
    r = c.rng
    env, fn = API[kind]
    if kind == "twilio_token":
        c.sid = c.pubid()
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        cmd = fn(c, "${%s}" % env)
    else:
        v = []
        cmd = fn(c, c.S("dq", env))
    return _d(r.choice(["notify", "trigger", "call-api", "post-deploy", "sync"]), "call %s API" % KINDS[kind][0], v, [cmd])


REGISTRY = {"registry_pw": ["harbor.acme.io", "registry.ops.lan:5000", "nexus.build.lan:8083", "acme.jfrog.io"],
            "dockerhub_pat": ["docker.io", ""], "github_pat": ["ghcr.io"], "gitlab_pat": ["registry.gitlab.com"]}
REG_VAR = {"registry_pw": "REGISTRY_PASSWORD", "dockerhub_pat": "DOCKERHUB_TOKEN", "github_pat": "CR_PAT", "gitlab_pat": "GITLAB_REGISTRY_TOKEN"}


def sn_docker_login(c, kind):
    r = c.rng
    reg = r.choice(REGISTRY[kind])
    u = r.choice(["ci-bot", "acmebuild", "deploy", "robot$ci" if kind == "registry_pw" and "harbor" in reg else "builder"])
    u = u.replace("$", "+")
    env = REG_VAR[kind]
    img = "%s/%s/%s:%s" % (reg or "docker.io", "acme", c.proj, "${GIT_SHA:-latest}")
    style = r.randint(0, 2)
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        login = 'echo "${%s}" | docker login %s -u %s --password-stdin' % (env, reg, u) if style else 'docker login -u %s -p "${%s}" %s' % (u, env, reg)
    else:
        v = []
        if style == 0:
            login = "docker login -u %s -p '%s' %s" % (u, c.S("sq", env), reg)
        elif style == 1:
            login = 'echo "%s" | docker login %s --username %s --password-stdin' % (c.S("dq", env), reg, u)
        else:
            login = "printf '%%s' '%s' | docker login --username=%s --password-stdin %s" % (c.S("sq", env), u, reg)
    cmds = [login.replace("  ", " "), "docker build -t %s ." % img, "docker push %s" % img]
    return _d("docker-publish", "build and push image", v, cmds)


def sn_helm(c, kind):
    r = c.rng
    if kind == "gitlab_pat":
        url = "https://gitlab.com/api/v4/projects/%d/packages/helm/stable" % r.randint(100000, 50000000)
        u = r.choice(["ci-bot", "helm-reader"])
    else:
        url = r.choice(["https://charts.acme.io", "https://nexus.build.lan/repository/helm-hosted/", "https://acme.jfrog.io/artifactory/api/helm/helm-local"])
        u = r.choice(["helm", "ci", "deploy"])
    env = "HELM_REPO_PASSWORD" if kind != "gitlab_pat" else "GITLAB_TOKEN"
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        add = 'helm repo add %s %s --username %s --password "${%s}"' % (c.proj, url, u, env)
    else:
        v = []
        add = "helm repo add --username %s --password '%s' %s %s" % (u, c.S("sq", env), c.proj, url)
    cmds = [add, "helm repo update",
            "helm upgrade --install %s %s/%s -n %s --create-namespace -f values/%s.yaml --wait" % (c.proj, c.proj, c.proj, r.choice(["prod", "staging", c.proj]), r.choice(["prod", "staging"]))]
    return _d("helm-deploy", "deploy chart %s" % c.proj, v, cmds)


def sn_aws(c, kind):
    r = c.rng
    prof = r.choice(["default", "backup", c.proj, "deploy"])
    kid = c.pubid()
    if c.obvious:
        v = [("AWS_ACCESS_KEY_ID", kid, False), ("AWS_SECRET_ACCESS_KEY", c.S("assign", "AWS_SECRET_ACCESS_KEY"), True),
             ("AWS_DEFAULT_REGION", r.choice(REGIONS), False)]
        cmds = ["aws s3 sync ./public s3://%s-%s-site --delete" % (c.proj, r.choice(["prod", "www"])),
                "aws cloudfront create-invalidation --distribution-id E%s --paths '/*'" % rs(r, UPPER + DIGITS, 13)]
    else:
        v = []
        cmds = ["aws configure set aws_access_key_id %s --profile %s" % (kid, prof),
                "aws configure set aws_secret_access_key %s --profile %s" % (c.S("bare", "AWS_SECRET_ACCESS_KEY"), prof),
                "aws configure set region %s --profile %s" % (r.choice(REGIONS), prof),
                "aws --profile %s s3 ls s3://%s-artifacts/" % (prof, c.proj)]
    return _d("aws-setup", "configure aws cli", v, cmds)


def sn_az(c, kind):
    r = c.rng
    tenant = uuid4(r)
    if kind == "azure_client_secret":
        app = c.pubid()
        env = "AZURE_CLIENT_SECRET"
        if c.obvious:
            v = [("AZURE_CLIENT_ID", app, False), (env, c.S("assign", env), True), ("AZURE_TENANT_ID", tenant, False)]
            login = 'az login --service-principal -u "${AZURE_CLIENT_ID}" -p "${%s}" --tenant "${AZURE_TENANT_ID}"' % env
        else:
            v = []
            login = "az login --service-principal --username %s --password %s --tenant %s" % (app, c.S("bare", env), tenant)
    else:
        who = "%s@%s.onmicrosoft.com" % (r.choice(["ops.automation", "svc-deploy", "cloudadmin"]), r.choice(["acme", "contoso" + str(r.randint(1, 99))]))
        env = "AZ_PASSWORD"
        if c.obvious:
            v = [("AZ_USER", who, False), (env, c.S("assign", env), True)]
            login = 'az login -u "${AZ_USER}" -p "${%s}"' % env
        else:
            v = []
            login = "az login -u %s -p '%s'" % (who, c.S("sq", env))
    cmds = [login, "az account set --subscription %s" % uuid4(r),
            "az webapp restart --name %s-%s --resource-group rg-%s" % (c.proj, r.choice(["api", "web"]), c.proj)]
    return _d("azure-restart", "restart azure webapp", v, cmds)


def sn_gcloud(c, kind):
    r = c.rng
    proj = "%s-%s-%d" % (c.proj, r.choice(["prod", "ops", "data"]), r.randint(100000, 999999))
    sa = "%s@%s.iam.gserviceaccount.com" % (r.choice(["deployer", "ci-runner", "backup-sa"]), proj)
    body = ['{',
            '  "type": "service_account",',
            '  "project_id": "%s",' % proj,
            '  "private_key_id": "%s",' % rs(r, HEX, 40),
            '  "private_key": "%s",' % c.S("sq", "GCP_PRIVATE_KEY"),
            '  "client_email": "%s",' % sa,
            '  "client_id": "%d",' % r.randint(10 ** 20, 10 ** 21 - 1),
            '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
            '  "token_uri": "https://oauth2.googleapis.com/token"',
            '}']
    kf = r.choice(["/tmp/gcp-key.json", "${HOME}/.config/gcloud/sa.json", "./sa-key.json"])
    cmds = ["cat > %s <<'EOF'\n%s\nEOF" % (kf, "\n".join(body)),
            "gcloud auth activate-service-account %s --key-file=%s" % (sa, kf),
            "gcloud config set project %s" % proj,
            "gcloud run deploy %s --image gcr.io/%s/%s:latest --region europe-west1 --quiet" % (c.proj, proj, c.proj)]
    return _d("gcp-deploy", "deploy to cloud run", [], cmds, heredoc=True)


K8S_LIT = {"app_pw": "DB_PASSWORD", "stripe_sk": "STRIPE_SECRET_KEY", "sendgrid": "SENDGRID_API_KEY",
           "slack_bot": "SLACK_BOT_TOKEN", "openai_key": "OPENAI_API_KEY", "datadog_api": "DD_API_KEY",
           "generic_bearer": "UPSTREAM_API_TOKEN", "anthropic_key": "ANTHROPIC_API_KEY"}


def sn_kubectl_literal(c, kind):
    r = c.rng
    ns = r.choice(["prod", "staging", c.proj, "payments", "default"])
    key = K8S_LIT[kind] if c.obvious else r.choice(["value", "credential", "conn", "key"])
    q = r.choice(["sq", "bare"])
    val = c.S(q, K8S_LIT[kind])
    lit = "--from-literal=%s='%s'" % (key, val) if q == "sq" else "--from-literal=%s=%s" % (key, val)
    cmds = ["kubectl -n %s create secret generic %s-%s %s --dry-run=client -o yaml | kubectl apply -f -" % (ns, c.proj, r.choice(["env", "secrets", "app"]), lit),
            "kubectl -n %s rollout restart deployment/%s" % (ns, c.proj)]
    return _d("k8s-secrets", "sync app secret into cluster", [], cmds)


def sn_kubectl_registry(c, kind):
    r = c.rng
    reg = r.choice([x for x in REGISTRY[kind] if x]) if kind != "dockerhub_pat" else "https://index.docker.io/v1/"
    env = REG_VAR[kind]
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        pw = '"${%s}"' % env
    else:
        v = []
        pw = c.S("bare", env)
    cmd = "kubectl create secret docker-registry regcred --docker-server=%s --docker-username=%s --docker-password=%s --docker-email=%s@acme.io -n %s" % (
        reg, r.choice(["ci-bot", "acmebuild", "deploy"]), pw, r.choice(PEOPLE).replace(".", ""), r.choice(["prod", "staging", "default"]))
    return _d("k8s-regcred", "create image pull secret", v, [cmd])


def sn_openssl(c, kind):
    r = c.rng
    form = r.randint(0, 2)
    env = r.choice(["P12_PASSWORD", "KEY_PASSPHRASE", "BACKUP_PASSPHRASE"])
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        p = '"pass:${%s}"' % env
    else:
        v = []
        p = "pass:" + c.S("bare", env)
    if form == 0:
        cmd = "openssl pkcs12 -export -in certs/tls.crt -inkey certs/tls.key -certfile certs/chain.pem -name %s -out %s.p12 -passout %s" % (c.proj, c.proj, p)
    elif form == 1:
        cmd = "openssl rsa -in keys/%s.enc.key -out /etc/ssl/private/%s.key -passin %s" % (c.proj, c.proj, p)
    else:
        cmd = "tar czf - /srv/%s | openssl enc -aes-256-cbc -pbkdf2 -salt -pass %s -out /mnt/backup/%s-$(date +%%F).tgz.enc" % (c.proj, p, c.proj)
    return _d(r.choice(["make-p12", "decrypt-key", "encrypted-backup"]), "openssl key handling", v, [cmd, "chmod 600 %s*" % ("/etc/ssl/private/" if form == 1 else "./")])


def sn_htpasswd(c, kind):
    r = c.rng
    u = r.choice(["admin", "metrics", "prometheus", "ops", "staging"])
    f = r.choice(["/etc/nginx/.htpasswd", "/etc/apache2/.htpasswd", "./nginx/htpasswd"])
    if c.obvious:
        v = [("BASIC_AUTH_PASSWORD", c.S("assign", "BASIC_AUTH_PASSWORD"), True)]
        cmd = 'htpasswd -bBc %s %s "${BASIC_AUTH_PASSWORD}"' % (f, u)
    else:
        v = []
        cmd = "htpasswd -bB%s %s %s '%s'" % (r.choice(["c", ""]), f, u, c.S("sq", "HTPASSWD"))
    return _d("setup-basic-auth", "protect staging with basic auth", v, [cmd, "nginx -t && systemctl reload nginx"])


def sn_smb(c, kind):
    r = c.rng
    srv = r.choice(["fs01", "nas01.corp.local", "10.1.2.40", "files.office.lan"])
    u = r.choice(["svc_backup", "scanner", "svc_sql", "ops"])
    env = "SMB_PASSWORD"
    if r.random() < 0.5:
        if c.obvious:
            v = [(env, c.S("assign", env), True)]
            opt = 'username=%s,password="${%s}"' % (u, env)
            cmd = "mount -t cifs //%s/backup /mnt/backup -o %s,vers=3.0,uid=0" % (srv, opt)
            cmd = cmd.replace('password="${%s}"' % env, 'password=${%s}' % env)
        else:
            v = []
            cmd = "mount -t cifs //%s/backup /mnt/backup -o username=%s,password=%s,vers=3.0" % (srv, u, c.S("bare", env))
    else:
        if c.obvious:
            v = [(env, c.S("assign", env), True)]
            cmd = 'smbclient //%s/exports -W CORP -U "%s%%${%s}" -c "prompt OFF; cd daily; mput *.csv"' % (srv, u, env)
        else:
            v = []
            cmd = "smbclient //%s/exports -U '%s%%%s' -c 'prompt OFF; cd daily; mput *.csv'" % (srv, u, c.S("sq", env))
    return _d("copy-to-share", "push files to windows share", v, [cmd])


def sn_rsync(c, kind):
    r = c.rng
    h = r.choice(["backup01.ops.lan", "10.8.0.5", "vault-nas.lan"])
    src = r.choice(["/srv/data/", "/var/lib/%s/" % c.proj, "/home/%s/uploads/" % c.proj])
    if c.obvious:
        v = [("RSYNC_PASSWORD", c.S("assign", "RSYNC_PASSWORD"), True)]
        cmd = "rsync -az --delete %s rsync://backup@%s/%s/" % (src, h, c.proj)
    else:
        v = []
        cmd = "RSYNC_PASSWORD='%s' rsync -az --delete %s rsync://backup@%s/%s/" % (c.S("sq", "RSYNC_PASSWORD"), src, h, c.proj)
    return _d("rsync-backup", "push to rsync daemon", v, [cmd])


def sn_lftp(c, kind):
    r = c.rng
    h = r.choice(["ftp.partner-edi.com", "sftp.webhost.example.net", "ftp.hosting-provider.net"])
    u = r.choice(["acme_upload", "webmaster", "edi_acme"])
    if c.obvious:
        v = [("FTP_PASSWORD", c.S("assign", "FTP_PASSWORD"), True)]
        cmd = 'lftp -u "%s,${FTP_PASSWORD}" -e "mirror -R --delete ./public /htdocs; bye" sftp://%s' % (u, h)
    elif r.random() < 0.5:
        v = []
        cmd = 'lftp -u %s,%s -e "set ssl:verify-certificate no; mirror -R ./out /inbound; bye" ftp://%s' % (u, c.S("bare", "FTP_PASSWORD"), h)
    else:
        v = []
        cmd = 'curl -sS -T out/orders.csv "ftp://%s:%s@%s/inbound/"' % (u, c.S("url", "FTP_PASSWORD"), h)
    return _d("ftp-upload", "upload to partner ftp", v, [cmd])


CLI = {
    "do_pat": ("DIGITALOCEAN_ACCESS_TOKEN", lambda t: "doctl auth init --access-token %s" % t, ["doctl kubernetes cluster kubeconfig save k8s-%s"]),
    "github_pat": ("GH_TOKEN", lambda t: 'echo "%s" | gh auth login --with-token' % t, ["gh release create \"v${VERSION}\" dist/* --generate-notes"]),
    "npm_token": ("NPM_TOKEN", lambda t: "npm config set //registry.npmjs.org/:_authToken %s" % t, ["npm publish --access public"]),
    "pypi_token": ("TWINE_PASSWORD", lambda t: "twine upload -u __token__ -p %s dist/*" % t, []),
    "vault_token": ("VAULT_TOKEN", lambda t: "vault login -no-print %s" % t, ["vault kv get -format=json secret/%s/app > app.json"]),
    "gitlab_runner": ("RUNNER_TOKEN", lambda t: "gitlab-runner register --non-interactive --url https://gitlab.com --token %s --executor docker --docker-image alpine:3.19" % t, ["gitlab-runner verify"]),
    "cloudflare_token": ("CLOUDFLARE_API_TOKEN", lambda t: "npx wrangler deploy --env production --api-token %s" % t, []),
}
CLI_ENV_NATIVE = {"do_pat": "doctl auth init", "github_pat": "gh auth status", "npm_token": None, "pypi_token": "twine upload dist/*",
                  "vault_token": "vault token lookup", "gitlab_runner": None, "cloudflare_token": "npx wrangler deploy --env production"}


def sn_cli(c, kind):
    r = c.rng
    env, fn, after = CLI[kind]
    if c.obvious:
        v = [(env, c.S("assign", env), True)]
        if kind == "pypi_token":
            v.insert(0, ("TWINE_USERNAME", "__token__", False))
        nat = CLI_ENV_NATIVE[kind]
        first = nat if nat else fn("${%s}" % env)
        if kind == "cloudflare_token":
            first = "npx wrangler deploy --env production"
    else:
        v = []
        first = fn(c.S("bare" if kind != "github_pat" else "dq", env))
    cmds = [first] + [a.replace("%s", c.proj) if "%s" in a else a for a in after]
    return _d(r.choice(["release", "publish", "bootstrap", "setup-ci"]), "%s cli login" % KINDS[kind][0], v, cmds)


def sn_heredoc_cfg(c, kind):
    r = c.rng
    S = lambda: c.S("sq", {"pg_pw": "PGPASSWORD", "mysql_pw": "MYSQL_PASSWORD", "http_pw": "NETRC_PASSWORD", "npm_token": "NPM_TOKEN",
                           "pypi_token": "PYPI_TOKEN", "tfc_token": "TFC_TOKEN", "aws_secret": "AWS_SECRET_ACCESS_KEY",
                           "basic_b64": "REGISTRY_AUTH", "rabbitmq_pw": "RABBITMQ_DEFAULT_PASS"}.get(kind, "SECRET"))
    if kind == "pg_pw":
        h, db, u = r.choice(HOSTS), r.choice(DBS), r.choice(USERS)
        f, body, after = "~/.pgpass", "%s:5432:%s:%s:%s" % (h, db, u, S()), "chmod 600 ~/.pgpass"
    elif kind == "mysql_pw":
        f, body, after = "~/.my.cnf", "[client]\nuser=%s\npassword=%s\nhost=%s" % (r.choice(USERS), S(), r.choice(HOSTS)), "chmod 600 ~/.my.cnf"
    elif kind == "http_pw":
        f, body, after = "~/.netrc", "machine %s\n  login %s\n  password %s" % (r.choice(APP_HOSTS).split(":")[0], r.choice(USERS), S()), "chmod 600 ~/.netrc"
    elif kind == "npm_token":
        f, body, after = ".npmrc", "@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true" % S(), "npm ci"
    elif kind == "pypi_token":
        f, body, after = "~/.pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % S(), "python -m twine upload dist/*"
    elif kind == "tfc_token":
        f, body, after = "~/.terraform.d/credentials.tfrc.json", '{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "%s"\n    }\n  }\n}' % S(), "terraform init -input=false"
    elif kind == "aws_secret":
        f, body, after = "~/.aws/credentials", "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (r.choice(["default", "deploy"]), c.pubid(), S(), r.choice(REGIONS)), "aws sts get-caller-identity"
    elif kind == "basic_b64":
        reg = r.choice(["harbor.acme.io", "registry.ops.lan:5000", "nexus.build.lan:8083"])
        f, body, after = "~/.docker/config.json", '{\n  "auths": {\n    "%s": {\n      "auth": "%s"\n    }\n  }\n}' % (reg, S()), "docker pull %s/acme/%s:latest" % (reg, c.proj)
    else:  # rabbitmq_pw
        f, body, after = "/etc/rabbitmq/conf.d/10-defaults.conf", "default_user = %s\ndefault_pass = %s\nlisteners.tcp.default = 5672" % (c.proj, S()), "systemctl restart rabbitmq-server"
    if f.startswith("~/"):
        f = "${HOME}/" + f[2:]
    mk = "mkdir -p \"$(dirname %s)\"" % f if f.count("/") > 1 else None
    cmds = ([mk] if mk else []) + ["cat > %s <<'EOF'\n%s\nEOF" % (f, body), after]
    return _d("write-credentials", "write client credentials file", [], cmds, heredoc=True)


def sn_ldap(c, kind):
    r = c.rng
    dn = "cn=%s,ou=services,dc=corp,dc=local" % r.choice(["svc_ldap", "gitlab", "jenkins-bind", "nextcloud"])
    if c.obvious:
        v = [("LDAP_BIND_PASSWORD", c.S("assign", "LDAP_BIND_PASSWORD"), True)]
        w = '"${LDAP_BIND_PASSWORD}"'
    else:
        v = []
        w = "'%s'" % c.S("sq", "LDAP_BIND_PASSWORD")
    cmd = 'ldapsearch -LLL -x -H ldaps://ldap.corp.local -D "%s" -w %s -b "ou=people,dc=corp,dc=local" "(memberOf=cn=%s,ou=groups,dc=corp,dc=local)" uid mail' % (dn, w, r.choice(TEAMS))
    return _d("ldap-export", "export group members", v, [cmd])


def sn_sqlcmd(c, kind):
    r = c.rng
    db = r.choice(DBS)
    q = 'BACKUP DATABASE [%s] TO DISK = N\'/var/opt/mssql/backup/%s.bak\' WITH COMPRESSION' % (db, db)
    if c.obvious:
        v = [("SQLCMDPASSWORD", c.S("assign", "SQLCMDPASSWORD"), True)]
        cmd = '/opt/mssql-tools18/bin/sqlcmd -S %s,1433 -U sa -C -Q "%s"' % (r.choice(["sql02", "localhost", "10.3.0.12"]), q)
    else:
        v = []
        cmd = '/opt/mssql-tools18/bin/sqlcmd -S %s -U sa -P "%s" -C -Q "%s"' % (r.choice(["sql02", "localhost", "10.3.0.12"]), c.S("dq", "MSSQL_SA_PASSWORD"), q)
    return _d("mssql-backup", "mssql full backup", v, [cmd])


def sn_mqtt(c, kind):
    r = c.rng
    dev = "gw-%03d" % r.randint(1, 400)
    if c.obvious:
        v = [("MQTT_PASSWORD", c.S("assign", "MQTT_PASSWORD"), True)]
        p = '"${MQTT_PASSWORD}"'
    else:
        v = []
        p = "'%s'" % c.S("sq", "MQTT_PASSWORD")
    cmd = "mosquitto_pub -h %s -p 8883 --capath /etc/ssl/certs -u %s -P %s -t 'site/%s/status' -m online -r" % (r.choice(["mqtt.acme.io", "broker.iot.lan"]), dev, p, dev)
    return _d("mqtt-heartbeat", "publish device heartbeat", v, [cmd])


def sn_git_url(c, kind):
    r = c.rng
    if kind == "gitlab_pat":
        url = "https://oauth2:%s@gitlab.com/acme/%s.git" % (c.S("url", "GITLAB_TOKEN"), c.proj)
    else:
        url = "https://%s:%s@github.com/acme/%s.git" % (r.choice(["x-access-token", "ci-bot", "acme-release"]), c.S("url", "GITHUB_TOKEN"), c.proj)
    form = r.randint(0, 2)
    if form == 0:
        cmds = ["git clone --depth 1 --branch %s %s /opt/%s" % (r.choice(["main", "release", "v2"]), url, c.proj)]
    elif form == 1:
        cmds = ["git remote set-url origin %s" % url, 'git push origin "HEAD:refs/heads/%s"' % r.choice(["gh-pages", "release", "main"])]
    else:
        cmds = ["git submodule deinit -f vendor/%s-config || true" % c.proj, "git clone %s vendor/%s-config" % (url, c.proj)]
    return _d("sync-repo", "clone private repository", [], cmds)


def sn_slack_webhook(c, kind):
    r = c.rng
    msg = r.choice(["Deploy of %s finished", "Nightly backup of %s failed", "%s certificate renewed"]) % c.proj
    if c.obvious:
        v = [("SLACK_WEBHOOK_URL", c.S("assign", "SLACK_WEBHOOK_URL"), True)]
        tgt = '"${SLACK_WEBHOOK_URL}"'
    else:
        v = []
        tgt = '"%s"' % c.S("dq", "SLACK_WEBHOOK_URL")
    cmd = "curl -sS -X POST -H 'Content-type: application/json' --data '{\"text\":\"%s\"}' %s" % (msg, tgt)
    return _d("notify-slack", "notify slack channel", v, [cmd])


def sn_telegram(c, kind):
    r = c.rng
    chat = "-100%d" % r.randint(10 ** 9, 10 ** 10)
    if c.obvious:
        v = [("TELEGRAM_BOT_TOKEN", c.S("assign", "TELEGRAM_BOT_TOKEN"), True), ("TELEGRAM_CHAT_ID", chat, False)]
        cmd = 'curl -s "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage" -d chat_id="${TELEGRAM_CHAT_ID}" -d text="backup finished on $(hostname)"'
    else:
        v = []
        cmd = 'curl -s "https://api.telegram.org/bot%s/sendMessage" -d chat_id=%s -d text="disk usage high on $(hostname)"' % (c.S("url", "TELEGRAM_BOT_TOKEN"), chat)
    return _d("tg-alert", "telegram alert", v, [cmd])


def sn_google(c, kind):
    r = c.rng
    if c.obvious:
        v = [("GOOGLE_API_KEY", c.S("assign", "GOOGLE_API_KEY"), True)]
        k = "${GOOGLE_API_KEY}"
    else:
        v = []
        k = c.S("url", "GOOGLE_API_KEY")
    cmd = r.choice(['curl -s "https://www.googleapis.com/pagespeedonline/v5/runPagespeed?url=https://www.acme.io/&strategy=mobile&key=%s" | jq .lighthouseResult.categories.performance.score',
                    'curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=%s" -o geocode.json',
                    'curl -s "https://www.googleapis.com/youtube/v3/channels?part=statistics&id=UC%s&key=%%s" | jq .items[0].statistics' % rs(r, B64URL, 22)]) % k
    return _d("lighthouse-check", "query google api", v, [cmd])


def sn_rabbit(c, kind):
    r = c.rng
    u = r.choice([c.proj, "app", "worker", "celery"])
    if c.obvious:
        v = [("RABBITMQ_APP_PASSWORD", c.S("assign", "RABBITMQ_APP_PASSWORD"), True)]
        p = '"${RABBITMQ_APP_PASSWORD}"'
    else:
        v = []
        p = "'%s'" % c.S("sq", "RABBITMQ_PASSWORD")
    cmds = ["rabbitmqctl add_vhost %s || true" % c.proj, "rabbitmqctl add_user %s %s" % (u, p),
            "rabbitmqctl set_permissions -p %s %s '.*' '.*' '.*'" % (c.proj, u)]
    return _d("rabbit-bootstrap", "create rabbitmq user", v, cmds)


def sn_az_storage(c, kind):
    r = c.rng
    acct = "st%s%s" % (c.proj, rs(r, LOWER + DIGITS, 4))
    if c.obvious:
        v = [("AZURE_STORAGE_ACCOUNT", acct, False), ("AZURE_STORAGE_KEY", c.S("assign", "AZURE_STORAGE_KEY"), True)]
        cmd = "az storage blob upload-batch -d backups -s ./out --overwrite"
    elif r.random() < 0.5:
        v = []
        cmd = "az storage blob upload-batch --account-name %s --account-key %s -d backups -s ./out" % (acct, c.S("bare", "AZURE_STORAGE_KEY"))
    else:
        v = []
        cmd = 'az storage container create -n logs --connection-string "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (acct, c.S("dq", "AZURE_STORAGE_KEY"))
    return _d("upload-backups", "upload to blob storage", v, [cmd])


def sn_ssh_key(c, kind):
    r = c.rng
    f = r.choice(["${HOME}/.ssh/id_ed25519", "${HOME}/.ssh/deploy_key", "/root/.ssh/id_ed25519"])
    if c.pos:
        w = "cat > %s <<'EOF'\n%s\nEOF" % (f, c.S("sq", "SSH_PRIVATE_KEY"))
    else:
        w = "printf '%%s\\n' \"%s\" > %s" % (c.S("dq", "SSH_PRIVATE_KEY"), f)
    cmds = ["mkdir -p ${HOME}/.ssh", w, "chmod 600 %s" % f,
            "ssh-keyscan -H %s >> ${HOME}/.ssh/known_hosts" % r.choice(["github.com", "gitlab.com", "bastion.prod.acme.io"]),
            "ssh -i %s deploy@%s 'cd /srv/%s && git pull --ff-only'" % (f, r.choice(HOSTS[:8]), c.proj)]
    return _d("deploy-ssh", "deploy over ssh", [], cmds, heredoc=True)


def sn_grafana(c, kind):
    r = c.rng
    if r.random() < 0.5:
        if c.obvious:
            v = [("GF_ADMIN_PASSWORD", c.S("assign", "GF_ADMIN_PASSWORD"), True)]
            cmd = 'grafana-cli admin reset-admin-password "${GF_ADMIN_PASSWORD}"'
        else:
            v = []
            cmd = "grafana-cli admin reset-admin-password '%s'" % c.S("sq", "GF_ADMIN_PASSWORD")
    else:
        if c.obvious:
            v = [("ADMIN_PASSWORD", c.S("assign", "ADMIN_PASSWORD"), True)]
            cmd = 'curl -sS -c cookies.txt -d "user=admin&password=${ADMIN_PASSWORD}" https://grafana.ops.lan/login'
        else:
            v = []
            cmd = 'curl -sS -c cookies.txt -d "user=admin&password=%s" https://%s/login' % (c.S("url", "ADMIN_PASSWORD"), r.choice(["grafana.ops.lan", "app.staging.acme.io"]))
    return _d("grafana-admin", "reset grafana admin", v, [cmd])


def sn_chpasswd(c, kind):
    r = c.rng
    u = r.choice(["deploy", "ops", "backup", "kiosk", "ubuntu"])
    if c.obvious:
        v = [("DEPLOY_USER_PASSWORD", c.S("assign", "DEPLOY_USER_PASSWORD"), True)]
        cmd = 'echo "%s:${DEPLOY_USER_PASSWORD}" | chpasswd' % u
    else:
        v = []
        cmd = "echo '%s:%s' | chpasswd" % (u, c.S("sq", "USER_PASSWORD"))
    return _d("create-user", "create local user", v, ["id -u %s >/dev/null 2>&1 || useradd -m -s /bin/bash %s" % (u, u), cmd, "usermod -aG sudo %s" % u])


SNIPPETS = [
    ("mysqldump", sn_mysqldump, ["mysql_pw"]),
    ("mysql_exec", sn_mysql_exec, ["mysql_pw"]),
    ("psql", sn_psql, ["pg_pw"]),
    ("pg_dump", sn_pgdump, ["pg_pw"]),
    ("mongo", sn_mongo, ["mongo_pw"]),
    ("redis_cli", sn_redis, ["redis_pw"]),
    ("sshpass", sn_sshpass, ["ssh_pw"]),
    ("curl_basic", sn_curl_basic, ["http_pw"]),
    ("wget", sn_wget, ["http_pw"]),
    ("api_call", sn_api, list(API.keys())),
    ("docker_login", sn_docker_login, list(REGISTRY.keys())),
    ("helm_repo", sn_helm, ["helm_pw", "gitlab_pat"]),
    ("aws_cli", sn_aws, ["aws_secret"]),
    ("az_login", sn_az, ["azure_client_secret", "azure_pw"]),
    ("gcloud_keyfile", sn_gcloud, ["gcp_sa_key"]),
    ("kubectl_literal", sn_kubectl_literal, list(K8S_LIT.keys())),
    ("kubectl_regcred", sn_kubectl_registry, list(REGISTRY.keys())),
    ("openssl_pass", sn_openssl, ["openssl_pass"]),
    ("htpasswd", sn_htpasswd, ["htpasswd_pw"]),
    ("smb", sn_smb, ["smb_pw"]),
    ("rsync", sn_rsync, ["rsync_pw"]),
    ("lftp", sn_lftp, ["ftp_pw"]),
    ("cli_auth", sn_cli, list(CLI.keys())),
    ("heredoc_cfg", sn_heredoc_cfg, ["pg_pw", "mysql_pw", "http_pw", "npm_token", "pypi_token", "tfc_token", "aws_secret", "basic_b64", "rabbitmq_pw"]),
    ("ldapsearch", sn_ldap, ["ldap_pw"]),
    ("sqlcmd", sn_sqlcmd, ["mssql_pw"]),
    ("mosquitto", sn_mqtt, ["mqtt_pw"]),
    ("git_url", sn_git_url, ["github_pat", "gitlab_pat", "github_fg_pat"]),
    ("slack_webhook", sn_slack_webhook, ["slack_webhook"]),
    ("telegram", sn_telegram, ["telegram_bot"]),
    ("google_key", sn_google, ["google_api_key"]),
    ("rabbitmq", sn_rabbit, ["rabbitmq_pw"]),
    ("az_storage", sn_az_storage, ["azure_storage_key"]),
    ("ssh_key", sn_ssh_key, ["ssh_private_key"]),
    ("grafana", sn_grafana, ["app_pw"]),
    ("chpasswd", sn_chpasswd, ["linux_pw"]),
]


# ---------------------------------------------------------------------------
# wrappers: embed a snippet into a realistic file of a given type
# ---------------------------------------------------------------------------
import re as _re


def sh_quote_val(c, val, secret, allow_bare=True):
    """quote an assignment value; negative secret slots carry their own quoting"""
    if secret and not c.pos:
        return val
    r = c.rng
    x = r.random()
    if secret:
        if x < 0.45:
            return "'%s'" % val
        if x < 0.85 or not allow_bare:
            return '"%s"' % val
        return val
    if x < 0.5 and allow_bare and _re.match(r"^[A-Za-z0-9_./:@+=,-]+$", val):
        return val
    return '"%s"' % val


def yaml_val(c, val, secret):
    if secret and not c.pos:
        return val
    x = c.rng.random()
    if x < 0.5:
        return '"%s"' % val
    if x < 0.75:
        return "'%s'" % val
    if _re.match(r"^[A-Za-z0-9_./@+=-][A-Za-z0-9_./:@+=~-]*$", val) and not val.isdigit():
        return val
    return '"%s"' % val


def yaml_item(line, ind):
    pad = " " * ind
    safe = (": " not in line and " #" not in line and "\n" not in line and not line[:1] in "*&!|>'\"%@`{[?:,#-"
            and not line.endswith(":"))
    if safe:
        return [pad + "- " + line]
    return [pad + "- |"] + [pad + "  " + l if l else "" for l in line.split("\n")]


def sh_block(c, lines, ind):
    out = []
    for ln in lines:
        for l in ln.split("\n"):
            out.append((" " * ind + l) if l else "")
    return out


def sh_var_lines(c, d, export_p=0.5, style="sh"):
    out = []
    for (n, v, sec) in d["vars"]:
        val = sh_quote_val(c, v, sec)
        if style == "zsh":
            pre = c.rng.choice(["export ", "typeset -x ", ""])
        else:
            pre = "export " if c.rng.random() < export_p else ""
        out.append("%s%s=%s" % (pre, n, val))
    return out


def ctx_lines(c, kind="sh"):
    r = c.rng
    pool = [
        "ENVIRONMENT=\"${ENVIRONMENT:-%s}\"" % r.choice(["prod", "staging", "production"]),
        "REGION=%s" % r.choice(REGIONS),
        "RETRIES=%d" % r.randint(2, 5),
        "LOCK_FILE=/var/run/%s.lock" % c.proj,
        "LOG_DIR=/var/log/%s" % c.proj,
        "TIMEOUT=%d" % r.choice([30, 60, 120, 300]),
        "SCRIPT_DIR=\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
        "HOSTNAME_SHORT=\"$(hostname -s)\"",
    ]
    return r.sample(pool, r.randint(1, 3))


def header_comments(c, d, mark="#"):
    r = c.rng
    lines = ["%s %s" % (mark, d["desc"][0].upper() + d["desc"][1:])]
    extra = ["%s owner: %s team (%s)" % (mark, r.choice(TEAMS), r.choice(PEOPLE)),
             "%s ticket: %s" % (mark, ticket(r)),
             "%s last changed %s" % (mark, date(r)),
             "%s runs from cron on %s" % (mark, r.choice(HOSTS[:8])),
             "%s NOTE: keep idempotent, it is re-run on failure" % mark]
    return lines + r.sample(extra, r.randint(0, 3))


def w_bash(c, d, flavor="bash"):
    r = c.rng
    shebang = {"bash": r.choice(["#!/usr/bin/env bash", "#!/bin/bash"]), "sh": "#!/bin/sh", "zsh": "#!/usr/bin/env zsh"}[flavor]
    L = [shebang] + header_comments(c, d)
    if flavor == "bash":
        L.append(r.choice(["set -euo pipefail", "set -Eeuo pipefail", "set -eu -o pipefail"]))
    elif flavor == "sh":
        L.append("set -eu")
    else:
        L.append("setopt err_exit pipe_fail no_unset")
    L.append("")
    if flavor == "sh":
        L.append('log() { printf \'%s %s\\n\' "$(date \'+%F %T\')" "$*"; }')
    else:
        L.append(r.choice(['log() { echo "[$(date -u +%Y-%m-%dT%H:%M:%SZ)] $*" >&2; }',
                           'log() { printf \'%(%F %T)T %s\\n\' -1 "$*"; }' if flavor == "bash" else 'log() { print -r -- "[$(date +%T)] $*" }']))
    L.append("")
    L += ctx_lines(c)
    L += sh_var_lines(c, d, style="zsh" if flavor == "zsh" else "sh")
    L.append("")
    if flavor == "bash" and r.random() < 0.4:
        L.append("trap 'log \"failed at line ${LINENO}\"' ERR")
    L.append('log "start: %s"' % d["desc"])
    use_fn = (not d["heredoc"]) and r.random() < 0.4
    if use_fn:
        L.append("main() {")
        L += sh_block(c, d["cmds"], 2)
        L.append("}")
        L.append("")
        L.append('main "$@"')
    else:
        L += sh_block(c, d["cmds"], 0)
    L.append('log "done"')
    ext = {"bash": r.choice([".sh", ".sh", ".sh", ""]), "sh": ".sh", "zsh": ".zsh"}[flavor]
    dirn = r.choice(["scripts", "bin", "ops", "deploy", "tools", "ops/scripts", ".ci", "infra/scripts"])
    return "%s/%s%s" % (dirn, d["name"], ext), "\n".join(L) + "\n"


def make_escape(line, names):
    return _re.sub(r"\$(?!\{(?:%s)\})" % "|".join(map(_re.escape, names)) if names else r"\$", "$$", line)


def w_make(c, d):
    r = c.rng
    names = [n for (n, _, _) in d["vars"]]
    tgt = d["name"] if r.random() < 0.7 else r.choice(["deploy", "release", "publish", "sync", "bootstrap"])
    L = ["# %s" % d["desc"], "SHELL := /bin/bash", ".SHELLFLAGS := -eu -o pipefail -c", "",
         "PROJECT := %s" % c.proj, "ENV ?= %s" % r.choice(["staging", "prod"]),
         "VERSION ?= $(shell git describe --tags --always)"]
    for (n, v, sec) in d["vars"]:
        op = r.choice([":=", "?=", "="])
        L.append("export %s %s %s" % (n, op, v) if (not sec or c.pos or v) else "export %s %s%s" % (n, op, v))
    L += ["", ".PHONY: help build %s" % tgt, "",
          "help: ## show targets",
          "\t@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = \":.*?## \"}; {printf \"%-16s %s\\n\", $$1, $$2}'",
          "", "build: ## build artifacts", "\t./scripts/build.sh $(VERSION)", "",
          "%s: build ## %s" % (tgt, d["desc"])]
    for cmd in d["cmds"]:
        L.append("\t" + make_escape(cmd, names))
    L += ["", "clean:", "\trm -rf dist/ .cache/"]
    rel = r.choice(["Makefile", "Makefile", "ops/Makefile", "deploy/Makefile", "infra/Makefile"])
    return rel, "\n".join(L) + "\n"


DOCKER_BASES = ["debian:bookworm-slim", "ubuntu:22.04", "alpine:3.19", "python:3.12-slim", "node:20-bookworm-slim", "amazon/aws-cli:2.15.30"]


def w_docker(c, d):
    r = c.rng
    base = r.choice(DOCKER_BASES)
    names = [n for (n, _, _) in d["vars"]]
    body = [c.resolve(x) for x in d["cmds"]]
    mounts = "".join(" --mount=type=secret,id=%s" % s for s in c.docker_secret_ids)
    L = []
    if mounts:
        L.append("# syntax=docker/dockerfile:1.6")
    L += ["FROM %s" % base, "LABEL org.opencontainers.image.source=\"https://github.com/acme/%s\"" % c.proj]
    if "alpine" in base:
        L.append("RUN apk add --no-cache bash curl ca-certificates")
    else:
        L.append("RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl ca-certificates \\\n && rm -rf /var/lib/apt/lists/*")
    L += ["WORKDIR /%s" % r.choice(["app", "opt/" + c.proj, "srv"]), "COPY . ."]
    for (n, v, sec) in d["vars"]:
        if sec and not c.pos:
            L.append("ARG %s" % n)
            c.neg_cat = "build_arg_no_default"
        else:
            L.append("%s %s=%s" % (r.choice(["ENV", "ENV", "ARG"]), n, sh_quote_val(c, v, sec)))
    L.append("RUN%s %s" % (mounts, " \\\n && ".join(body)))
    L.append(r.choice(['CMD ["./entrypoint.sh"]', 'ENTRYPOINT ["/usr/local/bin/run.sh"]', 'CMD ["bash"]']))
    rel = r.choice(["Dockerfile", "Dockerfile", "docker/%s/Dockerfile" % c.proj, "build/Dockerfile.ci", "images/tools/Dockerfile"])
    return rel, "\n".join(L) + "\n"


def w_gitlab(c, d):
    r = c.rng
    job = r.choice(["deploy", "release", "backup", "publish", "notify"]) + r.choice(["", ":prod", "_staging", "-job"])
    L = ["stages:", "  - build", "  - %s" % r.choice(["deploy", "release"]), ""]
    L += ["variables:", "  GIT_DEPTH: \"%d\"" % r.choice([1, 10, 50]), "  DOCKER_DRIVER: overlay2"]
    for (n, v, sec) in d["vars"]:
        L.append("  %s: %s" % (n, yaml_val(c, v, sec)))
    L += ["", "build:", "  stage: build", "  image: %s" % r.choice(["node:20", "python:3.12", "golang:1.22"]),
          "  script:", "    - make build", "  artifacts:", "    paths: [dist/]", ""]
    L += ["%s:" % job, "  stage: %s" % L[2].split()[-1], "  image: %s" % r.choice(["alpine:3.19", "bitnami/kubectl:1.29", "docker:24", "ubuntu:22.04"])]
    L += ["  before_script:", "    - echo \"pipeline ${CI_PIPELINE_ID} on ${CI_COMMIT_REF_NAME}\""]
    L += ["  script:"]
    for cmd in d["cmds"]:
        L += yaml_item(cmd, 4)
    L += ["  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "  environment:", "    name: %s" % r.choice(["production", "staging"])]
    rel = r.choice([".gitlab-ci.yml", ".gitlab-ci.yml", "ci/%s.gitlab-ci.yml" % d["name"], ".gitlab/ci/deploy.yml"])
    return rel, "\n".join(L) + "\n"


def w_github(c, d):
    r = c.rng
    L = ["name: %s" % d["desc"].capitalize(), "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", ""]
    if r.random() < 0.5:
        L += ["permissions:", "  contents: read", ""]
    L += ["jobs:", "  %s:" % r.choice(["deploy", "release", "publish", "ops"]), "    runs-on: %s" % r.choice(["ubuntu-latest", "ubuntu-22.04", "self-hosted"])]
    if d["vars"]:
        L.append("    env:")
        for (n, v, sec) in d["vars"]:
            L.append("      %s: %s" % (n, yaml_val(c, v, sec)))
    L += ["    steps:", "      - uses: actions/checkout@v4"]
    if r.random() < 0.5:
        L += ["      - uses: actions/setup-node@v4", "        with:", "          node-version: 20"]
    L += ["      - name: %s" % d["desc"].capitalize(), "        run: |"]
    L += sh_block(c, d["cmds"], 10)
    rel = ".github/workflows/%s.yml" % r.choice([d["name"], "deploy", "release", "ops-" + d["name"]])
    return rel, "\n".join(L) + "\n"


def w_bitbucket(c, d):
    r = c.rng
    L = ["image: %s" % r.choice(["atlassian/default-image:4", "python:3.12", "node:20"]), "",
         "definitions:", "  caches:", "    pip: ~/.cache/pip", "", "pipelines:", "  branches:", "    main:",
         "      - step:", "          name: Build", "          script:", "            - make build",
         "      - step:", "          name: %s" % d["desc"].capitalize(), "          deployment: %s" % r.choice(["production", "staging"]),
         "          script:"]
    for (n, v, sec) in d["vars"]:
        L += yaml_item("export %s=%s" % (n, sh_quote_val(c, v, sec, allow_bare=False)), 12)
    for cmd in d["cmds"]:
        L += yaml_item(cmd, 12)
    return "bitbucket-pipelines.yml", "\n".join(L) + "\n"


def w_jenkins(c, d):
    r = c.rng
    L = ["pipeline {", "  agent { label '%s' }" % r.choice(["linux", "docker", "ops"]),
         "  options { timestamps(); timeout(time: %d, unit: 'MINUTES') }" % r.choice([15, 30, 60])]
    if d["vars"]:
        L.append("  environment {")
        for (n, v, sec) in d["vars"]:
            if sec and not c.pos:
                L.append("    %s = %s" % (n, v))
            else:
                L.append("    %s = '%s'" % (n, v))
        L.append("  }")
    L += ["  stages {", "    stage('Build') {", "      steps { sh 'make build' }", "    }",
          "    stage('%s') {" % d["desc"].capitalize(), "      when { branch 'main' }", "      steps {", "        sh '''"]
    L += sh_block(c, [x.replace("\\", "\\\\") for x in d["cmds"]], 10)
    L += ["        '''", "      }", "    }", "  }", "  post {", "    failure { echo 'pipeline failed' }", "  }", "}"]
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile.%s" % d["name"], "jenkins/deploy.Jenkinsfile"]), "\n".join(L) + "\n"


def w_ansible(c, d):
    r = c.rng
    role = r.choice(["backup", "deploy", "db_maint", "registry", "monitoring", c.proj])
    task = ["- name: %s" % d["desc"].capitalize(), "  ansible.builtin.shell: |"]
    task += sh_block(c, d["cmds"], 4)
    task += ["  args:", "    executable: /bin/bash"]
    if d["vars"]:
        task.append("  environment:")
        for (n, v, sec) in d["vars"]:
            task.append("    %s: %s" % (n, yaml_val(c, v, sec)))
    if r.random() < 0.5:
        task.append("  changed_when: false")
    pre = ["- name: Ensure tools are present", "  ansible.builtin.package:", "    name:",
           "      - curl", "      - %s" % r.choice(["jq", "gzip", "rsync", "postgresql-client", "default-mysql-client"]), "    state: present", ""]
    if r.random() < 0.5:
        L = ["---"] + pre + task
        rel = "roles/%s/tasks/main.yml" % role
    else:
        L = ["---", "- name: %s" % d["desc"].capitalize(), "  hosts: %s" % r.choice(["dbservers", "web", "all", "backup_hosts"]),
             "  become: true", "  gather_facts: false", "  tasks:"]
        L += ["    " + l if l else "" for l in pre + task]
        rel = "playbooks/%s.yml" % d["name"]
    return rel, "\n".join(L) + "\n"


def w_cloudinit(c, d):
    r = c.rng
    L = ["#cloud-config", "hostname: %s-%02d" % (c.proj, r.randint(1, 20)), "package_update: true", "packages:",
         "  - curl", "  - jq", "  - %s" % r.choice(["docker.io", "postgresql-client", "awscli", "nfs-common"]),
         "timezone: %s" % r.choice(["UTC", "Europe/Berlin", "America/New_York"]), "", "runcmd:",
         "  - [ systemctl, enable, --now, %s ]" % r.choice(["docker", "ssh", "chrony"]), "  - |"]
    body = sh_var_lines(c, d, export_p=0.9) + d["cmds"]
    L += sh_block(c, body, 4)
    L += ["", "final_message: \"%s bootstrap finished after $UPTIME seconds\"" % c.proj]
    rel = r.choice(["cloud-init/user-data.yaml", "infra/cloud-init/%s.yaml" % c.proj, "terraform/templates/user-data.yml", "packer/http/user-data"])
    return rel, "\n".join(L) + "\n"


def w_vagrant(c, d):
    r = c.rng
    box = r.choice(["ubuntu/jammy64", "generic/debian12", "bento/ubuntu-22.04", "rockylinux/9"])
    L = ["# -*- mode: ruby -*-", "# vi: set ft=ruby :", "", 'Vagrant.configure("2") do |config|',
         '  config.vm.box = "%s"' % box, '  config.vm.hostname = "%s-dev"' % c.proj,
         '  config.vm.network "private_network", ip: "192.168.56.%d"' % r.randint(10, 200),
         '  config.vm.provider "virtualbox" do |vb|', "    vb.memory = %d" % r.choice([1024, 2048, 4096]), "    vb.cpus = 2", "  end", ""]
    env = []
    for (n, v, sec) in d["vars"]:
        if sec and not c.pos:
            env.append('"%s" => %s' % (n, v))
        else:
            env.append('"%s" => "%s"' % (n, v))
    if env:
        L.append('  config.vm.provision "shell", env: { %s }, inline: <<~\'SHELL\'' % ", ".join(env))
    else:
        L.append('  config.vm.provision "shell", inline: <<~\'SHELL\'')
    L += sh_block(c, ["set -e"] + d["cmds"], 4)
    L += ["  SHELL", "end"]
    return "Vagrantfile", "\n".join(L) + "\n"


def w_markdown(c, d):
    r = c.rng
    title = d["desc"][0].upper() + d["desc"][1:]
    L = ["# Runbook: %s" % title, "", "Owner: %s team · Last reviewed: %s · Ticket: %s" % (r.choice(TEAMS), date(r), ticket(r)), "",
         "## When to use", "", r.choice(["Use this when the nightly job fails and the on-call needs to re-run it by hand.",
                                        "Run during the maintenance window only; announce in #ops first.",
                                        "Used after a failover or when monitoring shows stale data."]), "",
         "## Steps", "", "1. SSH to `%s` and become root." % r.choice(["bastion.prod.acme.io", "ops-jump01", "backup01.ops.lan", "admin.corp.local"]), "2. Run:", "", "```bash"]
    L += sh_var_lines(c, d, export_p=0.8)
    L += [l for l in "\n".join(d["cmds"]).split("\n")]
    L += ["```", "", "3. Check the output and post it in the ticket.", "", "## Rollback", "",
          r.choice(["Nothing to roll back, the command is read-only.", "Restore the previous dump from S3 (see backup runbook).",
                    "Re-run with the previous release tag."])]
    rel = r.choice(["docs/runbooks/%s.md" % d["name"], "RUNBOOK.md", "notes/%s.md" % d["name"], "ops/README.md", "docs/ops/%s.md" % d["name"]])
    return rel, "\n".join(L) + "\n"


def w_cron(c, d):
    r = c.rng
    names = [n for (n, _, _) in d["vars"]]
    sysfile = r.random() < 0.6
    L = ["# %s" % d["desc"], "# managed by ansible - %s" % ticket(r), "SHELL=/bin/bash",
         "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "MAILTO=%s@acme.io" % r.choice(TEAMS)]
    pre = ""
    for (n, v, sec) in d["vars"]:
        if sec and not c.pos:
            pre = ". /etc/default/%s && " % c.proj
            c.neg_cat = "env_file"
        else:
            L.append("%s=%s" % (n, v))
    cmd = pre + " && ".join(x.replace("%", "\\%") for x in d["cmds"])
    sched = r.choice(["30 2 * * *", "*/15 * * * *", "0 */6 * * *", "15 3 * * 0", "@daily", "5 4 * * 1-5"])
    L.append("")
    L.append("%s %s%s >> /var/log/%s/%s.log 2>&1" % (sched, "root " if sysfile else "", cmd, c.proj, d["name"]))
    rel = "etc/cron.d/%s" % d["name"] if sysfile else r.choice(["deploy/crontab", "cron/%s.cron" % d["name"], "ops/crontab.txt"])
    return rel, "\n".join(L) + "\n"


def w_systemd(c, d):
    r = c.rng
    names = [n for (n, _, _) in d["vars"]]
    L = ["[Unit]", "Description=%s" % d["desc"].capitalize(), "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=oneshot", "User=%s" % r.choice(["root", "backup", c.proj, "deploy"])]
    envfile = False
    for (n, v, sec) in d["vars"]:
        if sec and not c.pos:
            envfile = True
        else:
            L.append(r.choice(['Environment="%s=%s"' % (n, v), "Environment=%s=%s" % (n, v)]))
    if envfile or (not c.pos and c.rng.random() < 0.5):
        L.append("EnvironmentFile=/etc/%s/%s.env" % (c.proj, d["name"]))
        if envfile:
            c.neg_cat = "env_file"
    cmd = " && ".join(d["cmds"])
    cmd = make_escape(cmd, names).replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    L.append('ExecStart=/bin/bash -c "%s"' % cmd)
    L += ["Nice=10", "", "[Install]", "WantedBy=multi-user.target"]
    rel = r.choice(["deploy/systemd/%s.service" % d["name"], "etc/systemd/system/%s-%s.service" % (c.proj, d["name"]), "packaging/%s.service" % d["name"]])
    return rel, "\n".join(L) + "\n"


# filetype -> (wrapper, cmd syntax, assign syntax, allows heredoc)
WRAPPERS = {
    "bash": (lambda c, d: w_bash(c, d, "bash"), "sh", "sh", True),
    "sh": (lambda c, d: w_bash(c, d, "sh"), "sh", "sh", True),
    "zsh": (lambda c, d: w_bash(c, d, "zsh"), "sh", "sh", True),
    "makefile": (w_make, "make", "make", False),
    "dockerfile": (w_docker, "docker", "docker", False),
    "gitlab-ci": (w_gitlab, "yaml_gl", "yaml_gl", True),
    "github-actions": (w_github, "yaml_gh", "yaml_gh", True),
    "bitbucket-pipelines": (w_bitbucket, "yaml_gl", "sh", True),
    "jenkinsfile": (w_jenkins, "yaml_gl", "jenkins", False),
    "ansible": (w_ansible, "ansible", "ansible", True),
    "cloud-init": (w_cloudinit, "sh", "sh", True),
    "vagrantfile": (w_vagrant, "sh", "vagrant", True),
    "markdown": (w_markdown, "sh", "sh", True),
    "cron": (w_cron, "cron", "cron", False),
    "systemd": (w_systemd, "systemd", "systemd", False),
}


# ---------------------------------------------------------------------------
# standalone templates for shells with their own syntax
# each: fn(c, kind) -> (relpath, text)
# ---------------------------------------------------------------------------
def ps_head(c, desc, params):
    r = c.rng
    L = ["<#", ".SYNOPSIS", "    %s" % desc, ".NOTES", "    Owner: %s team, %s" % (r.choice(TEAMS), ticket(r)), "#>", "[CmdletBinding()]", "param("]
    L += [("    %s," % p if i < len(params) - 1 else "    %s" % p) for i, p in enumerate(params)]
    L += [")", "", "Set-StrictMode -Version Latest", "$ErrorActionPreference = 'Stop'", ""]
    return L


def ps_lit(c, name):
    """PowerShell string literal holding the slot"""
    if c.rng.random() < 0.5:
        return "'%s'" % c.S("sq", name)
    return '"%s"' % c.S("dq", name)


def t_ps_cred(c, kind):
    r = c.rng
    host = r.choice(["web01.corp.local", "app02", "sql02.corp.local", "iis-prod-03"])
    user = {"windows_pw": "CORP\\svc_deploy", "mssql_pw": "sa", "azure_pw": "ops.automation@acme.onmicrosoft.com", "app_pw": "CORP\\svc_%s" % c.proj}[kind]
    L = ps_head(c, "Restart the %s app pool on remote IIS hosts" % c.proj,
                ["[string[]]$ComputerName = @('%s')" % host, "[string]$AppPool = '%sPool'" % c.proj.capitalize()])
    if c.obvious:
        L += ["$DeployUser = '%s'" % user, "$DeployPassword = %s" % ps_lit(c, "DEPLOY_PASSWORD"),
              "$secure = ConvertTo-SecureString $DeployPassword -AsPlainText -Force"]
    else:
        L += ["$u = '%s'" % user, "$secure = ConvertTo-SecureString %s -AsPlainText -Force" % ps_lit(c, "DEPLOY_PASSWORD")]
        L.append("$DeployUser = $u")
    L += ["$cred = New-Object System.Management.Automation.PSCredential ($DeployUser, $secure)", "",
          "foreach ($c in $ComputerName) {",
          "    Write-Verbose \"Recycling $AppPool on $c\"",
          "    Invoke-Command -ComputerName $c -Credential $cred -ScriptBlock {",
          "        param($pool)",
          "        Import-Module WebAdministration",
          "        Restart-WebAppPool -Name $pool",
          "    } -ArgumentList $AppPool",
          "}", "Write-Host 'done'"]
    return r.choice(["scripts/Restart-AppPool.ps1", "deploy/windows/Invoke-Recycle.ps1", "ops/ps/Restart-%s.ps1" % c.proj.capitalize()]), "\n".join(L) + "\n"


PS_API = {
    "github_pat": ("https://api.github.com/repos/acme/{p}/actions/workflows/deploy.yml/dispatches", "Authorization", "Bearer ", "Post"),
    "gitlab_pat": ("https://gitlab.com/api/v4/projects/{n}/pipeline?ref=main", "PRIVATE-TOKEN", "", "Post"),
    "generic_bearer": ("https://api.acme.io/v1/maintenance", "Authorization", "Bearer ", "Put"),
    "do_pat": ("https://api.digitalocean.com/v2/droplets?tag_name={p}", "Authorization", "Bearer ", "Get"),
    "datadog_api": ("https://api.datadoghq.eu/api/v1/validate", "DD-API-KEY", "", "Get"),
    "sendgrid": ("https://api.sendgrid.com/v3/mail/send", "Authorization", "Bearer ", "Post"),
    "cloudflare_token": ("https://api.cloudflare.com/client/v4/user/tokens/verify", "Authorization", "Bearer ", "Get"),
    "openai_key": ("https://api.openai.com/v1/models", "Authorization", "Bearer ", "Get"),
}


def t_ps_rest(c, kind):
    r = c.rng
    url, hdr, pfx, meth = PS_API[kind]
    url = url.format(p=c.proj, n=r.randint(100000, 60000000))
    L = ps_head(c, "Call the %s API from the build agent" % KINDS[kind][0], ["[string]$Ref = 'main'"])
    if c.obvious:
        var = {"github_pat": "GitHubToken", "gitlab_pat": "GitLabToken", "datadog_api": "DatadogApiKey"}.get(kind, "ApiToken")
        L += ["$%s = %s" % (var, ps_lit(c, var.upper())), "$headers = @{", "    '%s' = \"%s$%s\"" % (hdr, pfx, var)]
    else:
        L += ["$headers = @{", "    '%s' = \"%s%s\"" % (hdr, pfx, c.S("dq", "API_TOKEN"))]
    L += ["    'Accept' = 'application/json'", "}", "$body = @{ ref = $Ref } | ConvertTo-Json", "",
          "$resp = Invoke-RestMethod -Uri '%s' -Method %s -Headers $headers -Body $body -ContentType 'application/json'" % (url, meth),
          "$resp | ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 .\\last-response.json", "Write-Host \"status ok\""]
    return r.choice(["scripts/Invoke-Deploy.ps1", "build/trigger.ps1", "tools/Call-Api.ps1"]), "\n".join(L) + "\n"


PS_ENV = {"openai_key": "OPENAI_API_KEY", "anthropic_key": "ANTHROPIC_API_KEY", "npm_token": "NPM_TOKEN", "github_pat": "GITHUB_TOKEN",
          "azure_storage_key": "AZURE_STORAGE_KEY", "stripe_sk": "STRIPE_SECRET_KEY", "vault_token": "VAULT_TOKEN"}


def t_ps_env(c, kind):
    r = c.rng
    env = PS_ENV[kind]
    L = ["# Developer environment for %s - dot-source this file: . .\\scripts\\dev-env.ps1" % c.proj,
         "$env:ASPNETCORE_ENVIRONMENT = 'Development'", "$env:%s_API_URL = 'https://api.staging.acme.io'" % c.proj.upper(),
         "$env:LOG_LEVEL = '%s'" % r.choice(["debug", "info"])]
    if c.obvious:
        L.append(r.choice(["$env:%s = %s" % (env, ps_lit(c, env)),
                           "[Environment]::SetEnvironmentVariable('%s', %s, 'User')" % (env, ps_lit(c, env))]))
    else:
        L.append("$cfg = @{ region = '%s'; key = %s; retries = 3 }" % (r.choice(REGIONS), ps_lit(c, env)))
        L.append("$cfg | ConvertTo-Json | Set-Content -Path \"$env:APPDATA\\%s\\settings.json\"" % c.proj)
    L += ["Set-Location (Join-Path $PSScriptRoot '..')", "Write-Host \"env ready for $((Get-Location).Path)\" -ForegroundColor Green"]
    return r.choice(["scripts/dev-env.ps1", "profile/Microsoft.PowerShell_profile.ps1", "tools/Set-DevEnv.ps1"]), "\n".join(L) + "\n"


def t_ps_cli(c, kind):
    r = c.rng
    L = ps_head(c, "Build and push container, then restart webapp", ["[string]$Tag = (git rev-parse --short HEAD)"])
    if kind == "registry_pw":
        reg = r.choice(["acme.azurecr.io", "harbor.acme.io"])
        if c.obvious:
            L += ["$RegistryPassword = %s" % ps_lit(c, "REGISTRY_PASSWORD"), "$RegistryPassword | docker login %s -u ci-bot --password-stdin" % reg]
        else:
            L += ["docker login %s -u ci-bot -p %s" % (reg, ps_lit(c, "REGISTRY_PASSWORD"))]
        L += ["docker build -t %s/%s:$Tag ." % (reg, c.proj), "docker push %s/%s:$Tag" % (reg, c.proj)]
    else:
        app, ten = c.pubid(), uuid4(r)
        if c.obvious:
            L += ["$ClientId = '%s'" % app, "$ClientSecret = %s" % ps_lit(c, "AZURE_CLIENT_SECRET"),
                  "az login --service-principal -u $ClientId -p $ClientSecret --tenant %s | Out-Null" % ten]
        else:
            L += ["az login --service-principal -u %s -p %s --tenant %s | Out-Null" % (app, ps_lit(c, "AZURE_CLIENT_SECRET"), ten)]
        L += ["az acr build --registry acme%s --image %s:$Tag ." % (c.proj, c.proj)]
    L += ["az webapp restart --name app-%s-prod --resource-group rg-%s" % (c.proj, c.proj)]
    return r.choice(["scripts/Publish-Container.ps1", "deploy/publish.ps1", "ci/Release.ps1"]), "\n".join(L) + "\n"


def t_ps_sql(c, kind):
    r = c.rng
    db = r.choice(DBS)
    L = ps_head(c, "Nightly full backup of %s" % db, ["[string]$Server = 'sql02.corp.local'", "[string]$Target = '\\\\fs01\\sqlbackup'"])
    L += ["Import-Module SqlServer"]
    if c.obvious:
        L += ["$SqlUser = 'svc_backup'", "$SqlPassword = %s" % ps_lit(c, "SQL_PASSWORD")]
        auth = "-Username $SqlUser -Password $SqlPassword"
    else:
        auth = "-Username 'svc_backup' -Password %s" % ps_lit(c, "SQL_PASSWORD")
    L += ["$file = Join-Path $Target (\"%s_{0:yyyyMMdd}.bak\" -f (Get-Date))" % db,
          "Invoke-Sqlcmd -ServerInstance $Server %s -TrustServerCertificate -QueryTimeout 0 -Query \"BACKUP DATABASE [%s] TO DISK = N'$file' WITH COMPRESSION, CHECKSUM\"" % (auth, db),
          "Get-ChildItem $Target -Filter '%s_*.bak' | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item" % db]
    return r.choice(["scripts/Backup-Database.ps1", "ops/sql/backup.ps1"]), "\n".join(L) + "\n"


def bat_head(c, desc):
    r = c.rng
    return ["@echo off", "REM %s" % desc, "REM owner: %s - %s" % (r.choice(TEAMS), ticket(r)), "setlocal EnableExtensions", ""]


def t_bat_db(c, kind):
    r = c.rng
    db, h, u = r.choice(DBS), r.choice(HOSTS), r.choice(USERS)
    L = bat_head(c, "dump %s to the backup share" % db)
    L += ["set BACKUP_DIR=D:\\backups\\%s" % db, "for /f %%i in ('powershell -NoProfile -Command Get-Date -Format yyyyMMdd') do set STAMP=%%i", ""]
    if kind == "pg_pw":
        if c.obvious:
            L += ["set PGPASSWORD=%s" % c.S("bare", "PGPASSWORD"),
                  '"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -h %s -U %s -Fc -f "%%BACKUP_DIR%%\\%s_%%STAMP%%.dump" %s' % (h, u, db, db)]
        else:
            L += ['"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" --dbname=postgresql://%s:%s@%s:5432/%s -Fc -f "%%BACKUP_DIR%%\\%s_%%STAMP%%.dump"' % (u, c.S("url", "PGPASSWORD"), h, db, db)]
    else:
        if c.obvious:
            L += ["set MYSQL_PWD=%s" % c.S("bare", "MYSQL_PWD"),
                  '"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe" -h %s -u %s --single-transaction %s > "%%BACKUP_DIR%%\\%s_%%STAMP%%.sql"' % (h, u, db, db)]
        else:
            L += ['"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe" -h %s -u %s -p%s --single-transaction %s > "%%BACKUP_DIR%%\\%s_%%STAMP%%.sql"' % (h, u, c.S("bare", "MYSQL_PASSWORD"), db, db)]
    L += ["if errorlevel 1 (", "  echo backup failed & exit /b 1", ")", "forfiles /p \"%BACKUP_DIR%\" /d -14 /c \"cmd /c del @path\"", "endlocal"]
    return r.choice(["scripts/backup-%s.bat" % db, "tools/nightly_dump.cmd", "ops\\windows/backup.bat".replace("\\", "/")]), "\r\n".join(L) + "\r\n"


def t_bat_net(c, kind):
    r = c.rng
    srv = r.choice(["fs01", "nas01.corp.local", "10.1.2.40"])
    L = bat_head(c, "map the deploy share and copy the build")
    if c.obvious:
        L += ["set SHARE_USER=CORP\\svc_deploy", "set SHARE_PASSWORD=%s" % c.S("bare", "SHARE_PASSWORD"),
              "net use \\\\%s\\deploy /user:%%SHARE_USER%% %%SHARE_PASSWORD%% /persistent:no" % srv]
    else:
        L += ["net use Z: \\\\%s\\deploy %s /user:CORP\\svc_deploy /persistent:no" % (srv, c.S("bare", "SHARE_PASSWORD"))]
    L += ["robocopy .\\dist \\\\%s\\deploy\\%s /MIR /R:2 /W:5 /NP" % (srv, c.proj), "if %ERRORLEVEL% GEQ 8 exit /b %ERRORLEVEL%",
          "net use \\\\%s\\deploy /delete /y >nul" % srv, "endlocal"]
    return r.choice(["deploy/copy-to-share.cmd", "scripts/publish.bat", "build/deploy.cmd"]), "\r\n".join(L) + "\r\n"


def t_bat_curl(c, kind):
    r = c.rng
    L = bat_head(c, "upload build and notify")
    if kind == "http_pw":
        if c.obvious:
            L += ["set NEXUS_USER=deployer", "set NEXUS_PASSWORD=%s" % c.S("bare", "NEXUS_PASSWORD"),
                  'curl.exe -fsS -u %%NEXUS_USER%%:%%NEXUS_PASSWORD%% --upload-file dist\\%s.zip https://nexus.build.lan/repository/raw-releases/%s/%s.zip' % (c.proj, c.proj, c.proj)]
        else:
            L += ['curl.exe -fsS -u deployer:%s --upload-file dist\\%s.zip https://nexus.build.lan/repository/raw-releases/%s/%s.zip' % (c.S("bare", "NEXUS_PASSWORD"), c.proj, c.proj, c.proj)]
    else:
        if c.obvious:
            env = "GITHUB_TOKEN" if kind == "github_pat" else "API_TOKEN"
            L += ["set %s=%s" % (env, c.S("bare", env)), 'curl.exe -sS -X POST -H "Authorization: Bearer %%%s%%" %s' % (env, "https://api.github.com/repos/acme/%s/dispatches -d \"{\\\"event_type\\\":\\\"windows-build\\\"}\"" % c.proj if kind == "github_pat" else "https://api.acme.io/v1/builds/notify")]
        else:
            L += ['curl.exe -sS -X POST -H "Authorization: Bearer %s" %s' % (c.S("dq", "API_TOKEN"), "https://api.github.com/repos/acme/%s/dispatches -d \"{\\\"event_type\\\":\\\"windows-build\\\"}\"" % c.proj if kind == "github_pat" else "https://api.acme.io/v1/builds/notify")]
    L += ["echo uploaded %DATE% %TIME%", "endlocal"]
    return r.choice(["build/upload.bat", "scripts/notify.cmd", "ci/windows/publish.bat"]), "\r\n".join(L) + "\r\n"


def t_bat_setx(c, kind):
    r = c.rng
    env = {"sendgrid": "SENDGRID_API_KEY", "openai_key": "OPENAI_API_KEY", "stripe_sk": "STRIPE_SECRET_KEY", "datadog_api": "DD_API_KEY", "npm_token": "NPM_TOKEN"}[kind]
    L = bat_head(c, "one-time workstation setup for %s developers" % c.proj)
    L += ["setx %s_ENV development" % c.proj.upper(), "setx %s_API_URL https://api.staging.acme.io" % c.proj.upper()]
    if c.obvious:
        L.append('setx %s "%s"' % (env, c.S("dq", env)))
    else:
        L.append("call tools\\configure.cmd --region %s --key %s" % (r.choice(REGIONS), c.S("bare", env)))
    L += ["echo Restart your terminal to pick up the new variables.", "endlocal"]
    return r.choice(["setup-dev.bat", "tools/setup-workstation.cmd"]), "\r\n".join(L) + "\r\n"


def t_bat_sqlcmd(c, kind):
    r = c.rng
    L = bat_head(c, "run migration scripts against %s" % r.choice(DBS))
    if c.obvious:
        L += ["set SQLCMDPASSWORD=%s" % c.S("bare", "SQLCMDPASSWORD"), "set SQLCMDUSER=migrator"]
        auth = ""
    else:
        auth = " -U migrator -P %s" % c.S("bare", "SQL_PASSWORD")
    L += ["for %%f in (migrations\\*.sql) do (", "  echo applying %%f",
          "  sqlcmd -S sql02.corp.local%s -d %s -b -i \"%%%%f\" || exit /b 1" % (auth, r.choice(DBS)), ")", "endlocal"]
    return r.choice(["db/migrate.bat", "scripts/apply-migrations.cmd"]), "\r\n".join(L) + "\r\n"


FISH_ENV = {"github_pat": "GITHUB_TOKEN", "openai_key": "OPENAI_API_KEY", "anthropic_key": "ANTHROPIC_API_KEY", "npm_token": "NPM_TOKEN",
            "do_pat": "DIGITALOCEAN_ACCESS_TOKEN", "vault_token": "VAULT_TOKEN", "cloudflare_token": "CLOUDFLARE_API_TOKEN"}


def t_fish_env(c, kind):
    r = c.rng
    env = FISH_ENV[kind]
    L = ["# ~/.config/fish/conf.d/%s.fish - work settings" % c.proj, "set -gx EDITOR nvim", "set -gx AWS_PROFILE %s" % c.proj,
         "fish_add_path $HOME/.local/bin", ""]
    if c.obvious:
        L.append("set -gx %s %s" % (env, r.choice(["'%s'" % c.S("sq", env), c.S("bare", env)])))
    else:
        L += ["function %sapi --description 'call the API'" % c.proj[:3],
              "    curl -sS -H \"Authorization: Bearer %s\" $argv" % c.S("dq", env), "end"]
    L += ["", "abbr -a k kubectl", "abbr -a tf terraform", "alias ll 'ls -lah'"]
    return r.choice(["dotfiles/fish/conf.d/%s.fish" % c.proj, "dotfiles/.config/fish/config.fish", "home/.config/fish/conf.d/work.fish"]), "\n".join(L) + "\n"


def t_fish_fn(c, kind):
    r = c.rng
    h = r.choice(HOSTS)
    fn = {"pg_pw": r.choice(["pgprod", "pgreport"]), "redis_pw": r.choice(["rprod", "rcache"]), "mysql_pw": r.choice(["myprod", "dbshell"])}[kind]
    L = ["# %s: open a shell on the %s %s" % (fn, r.choice(["reporting", "production", "replica"]), {"pg_pw": "postgres db", "redis_pw": "redis cache", "mysql_pw": "mysql db"}[kind]),
         "# usage: %s [extra client args]" % fn, "# added by %s, %s" % (r.choice(PEOPLE), date(r)),
         "function %s --description 'connect to %s'" % (fn, h)]
    if kind == "pg_pw":
        if c.obvious:
            L += ["    set -lx PGPASSWORD '%s'" % c.S("sq", "PGPASSWORD"), "    psql -h %s -U %s -d %s $argv" % (h, r.choice(USERS), r.choice(DBS))]
        else:
            L += ["    psql \"postgresql://%s:%s@%s/%s\" $argv" % (r.choice(USERS), c.S("url", "PGPASSWORD"), h, r.choice(DBS))]
    elif kind == "redis_pw":
        if c.obvious:
            L += ["    set -lx REDISCLI_AUTH '%s'" % c.S("sq", "REDISCLI_AUTH"), "    redis-cli -h %s $argv" % h]
        else:
            L += ["    redis-cli -h %s -a '%s' --no-auth-warning $argv" % (h, c.S("sq", "REDIS_PASSWORD"))]
    else:
        if c.obvious:
            L += ["    set -l dbpass '%s'" % c.S("sq", "MYSQL_PASSWORD"), "    mysql -h %s -u %s -p$dbpass $argv" % (h, r.choice(USERS))]
        else:
            L += ["    mysql -h %s -u %s --password='%s' $argv" % (h, r.choice(USERS), c.S("sq", "MYSQL_PASSWORD"))]
    L.append("end")
    return "dotfiles/fish/functions/%s.fish" % fn, "\n".join(L) + "\n"


def t_expect_ssh(c, kind):
    r = c.rng
    u = r.choice(["admin", "pi", "ops", "netadmin"])
    L = ["#!/usr/bin/expect -f", "# %s: push config to %s" % (ticket(r), r.choice(["the lab switches", "legacy hosts without keys", "the appliance"])),
         "set timeout %d" % r.choice([10, 20, 30]), "set host [lindex $argv 0]", "set user \"%s\"" % u]
    if c.obvious:
        L += ["set password \"%s\"" % c.S("dq", "SSH_PASSWORD"), ""]
        pw = "$password"
    else:
        L += [""]
        pw = c.S("dq", "SSH_PASSWORD")
    L += ["spawn ssh -o StrictHostKeyChecking=no $user@$host", "expect {", "    \"yes/no\" { send \"yes\\r\"; exp_continue }",
          "    \"assword:\" { send \"%s\\r\" }" % pw, "    timeout { puts \"timeout connecting to $host\"; exit 1 }", "}",
          "expect -re {[$#>] $}", "send \"%s\\r\"" % r.choice(["sudo systemctl restart app", "show running-config | include hostname", "uptime"]),
          "expect -re {[$#>] $}", "send \"exit\\r\"", "expect eof"]
    return r.choice(["scripts/push-config.exp", "tools/ssh-login.exp", "ops/expect/restart.exp"]), "\n".join(L) + "\n"


def t_expect_mysql(c, kind):
    r = c.rng
    L = ["#!/usr/bin/expect -f", "# non-interactive mysql_secure_installation for fresh VMs", "set timeout 10"]
    if c.obvious:
        L += ["set root_password \"%s\"" % c.S("dq", "MYSQL_ROOT_PASSWORD")]
        pw = "$root_password"
    else:
        pw = c.S("dq", "MYSQL_ROOT_PASSWORD")
    L += ["spawn mysql_secure_installation", "expect \"Enter current password for root (enter for none):\"", "send \"\\r\"",
          "expect \"Set root password?\"", "send \"y\\r\"", "expect \"New password:\"", "send \"%s\\r\"" % pw,
          "expect \"Re-enter new password:\"", "send \"%s\\r\"" % (pw if c.obvious else "$expect_out(buffer)" if False else pw),
          "expect \"Remove anonymous users?\"", "send \"y\\r\"", "expect \"Disallow root login remotely?\"", "send \"y\\r\"",
          "expect \"Remove test database and access to it?\"", "send \"y\\r\"", "expect \"Reload privilege tables now?\"", "send \"y\\r\"", "expect eof"]
    return r.choice(["provision/mysql_secure.exp", "scripts/secure-mysql.exp"]), "\n".join(L) + "\n"


def t_expect_sftp(c, kind):
    r = c.rng
    h = r.choice(["sftp.partner-edi.com", "ftp.bank-connect.example.net", "files.vendor-portal.com"])
    u = r.choice(["acme_edi", "acmeupload", "ACME01"])
    L = ["#!/usr/bin/expect", "# upload daily settlement file (partner does not support keys)", "set timeout 60", "set file [lindex $argv 0]"]
    if c.obvious:
        L += ["set sftp_pass \"%s\"" % c.S("dq", "SFTP_PASSWORD")]
        pw = "$sftp_pass"
    else:
        pw = c.S("dq", "SFTP_PASSWORD")
    L += ["spawn sftp -oPort=%d %s@%s" % (r.choice([22, 2222, 10022]), u, h), "expect \"password:\"", "send \"%s\\r\"" % pw,
          "expect \"sftp>\"", "send \"cd /inbound\\r\"", "expect \"sftp>\"", "send \"put $file\\r\"", "expect \"sftp>\"", "send \"bye\\r\"", "expect eof"]
    return r.choice(["scripts/upload-settlement.exp", "edi/sftp_put.exp"]), "\n".join(L) + "\n"


def t_compose(c, kind):
    r = c.rng
    L = ["services:"]
    if kind == "redis_pw":
        L += ["  redis:", "    image: redis:7-alpine", "    restart: unless-stopped"]
        if c.obvious:
            L += ["    environment:", "      REDIS_PASSWORD: %s" % yaml_val(c, c.S("assign", "REDIS_PASSWORD"), True),
                  "    command: [\"sh\", \"-c\", \"redis-server --requirepass $$REDIS_PASSWORD --appendonly yes\"]"]
        else:
            L += ["    command: redis-server --requirepass %s --appendonly yes --maxmemory 256mb" % c.S("bare", "REDIS_PASSWORD")]
        L += ["    volumes:", "      - redis-data:/data", "    ports:", "      - \"127.0.0.1:6379:6379\""]
        vol = "redis-data"
    elif kind == "mongo_pw":
        L += ["  mongo:", "    image: mongo:7", "    restart: unless-stopped"]
        L += ["    environment:", "      MONGO_INITDB_ROOT_USERNAME: root", "      MONGO_INITDB_ROOT_PASSWORD: %s" % yaml_val(c, c.S("assign", "MONGO_INITDB_ROOT_PASSWORD"), True)] if c.obvious else \
             ["    command: [\"mongod\", \"--auth\"]", "  mongo-init:", "    image: mongo:7", "    depends_on: [mongo]",
              "    command: mongosh --host mongo -u root -p %s --authenticationDatabase admin /init/seed.js" % c.S("bare", "MONGO_PASSWORD"),
              "    volumes:", "      - ./init:/init:ro"]
        L += ["    volumes:", "      - mongo-data:/data/db"]
        vol = "mongo-data"
    else:  # mysql_pw
        L += ["  db:", "    image: mysql:8.0", "    restart: always"]
        if c.obvious:
            L += ["    environment:", "      MYSQL_DATABASE: %s" % r.choice(DBS), "      MYSQL_ROOT_PASSWORD: %s" % yaml_val(c, c.S("assign", "MYSQL_ROOT_PASSWORD"), True)]
        else:
            L += ["    healthcheck:", "      test: [\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"localhost\", \"-uroot\", \"-p%s\"]" % c.S("dq", "MYSQL_ROOT_PASSWORD"),
                  "      interval: 10s", "      retries: 5"]
        L += ["    volumes:", "      - db-data:/var/lib/mysql"]
        vol = "db-data"
    L += ["  app:", "    image: ghcr.io/acme/%s:%s" % (c.proj, r.choice(["latest", "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20))])),
          "    ports:", "      - \"8080:8080\"", "    env_file: .env", "", "volumes:", "  %s:" % vol]
    return r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), "\n".join(L) + "\n"


ZSH_ENV = {"openai_key": "OPENAI_API_KEY", "github_pat": "GITHUB_TOKEN", "anthropic_key": "ANTHROPIC_API_KEY", "npm_token": "NPM_TOKEN",
           "vault_token": "VAULT_TOKEN", "do_pat": "DIGITALOCEAN_TOKEN", "datadog_api": "DD_API_KEY", "google_api_key": "GOOGLE_API_KEY",
           "tfc_token": "TF_TOKEN_app_terraform_io", "aws_secret": "AWS_SECRET_ACCESS_KEY"}


def t_dotfile(c, kind):
    r = c.rng
    env = ZSH_ENV[kind]
    zsh = r.random() < 0.6
    L = (["# ~/.zshrc (work laptop)", "export ZSH=\"$HOME/.oh-my-zsh\"", "ZSH_THEME=\"%s\"" % r.choice(["robbyrussell", "agnoster", "powerlevel10k/powerlevel10k"]),
          "plugins=(git docker kubectl aws)", "source $ZSH/oh-my-zsh.sh", ""] if zsh else
         ["# .envrc for direnv - loaded when entering the repo", "export AWS_REGION=%s" % r.choice(REGIONS), "export KUBECONFIG=$PWD/.kube/config", "layout python3", ""])
    if kind == "aws_secret":
        L.append("export AWS_ACCESS_KEY_ID=%s" % c.pubid())
    if c.obvious:
        L.append("export %s=%s" % (env, sh_quote_val(c, c.S("assign", env), True)))
    else:
        tool = {"github_pat": 'alias ghapi=\'curl -s -H "Authorization: Bearer %s" https://api.github.com\'',
                "openai_key": "alias ask='llm -m gpt-4o --key %s'",
                "vault_token": "alias vprod='VAULT_ADDR=https://vault.ops.lan:8200 VAULT_TOKEN=%s vault'",
                "do_pat": "alias doctl-prod='doctl --access-token %s'",
                "datadog_api": 'alias ddev=\'curl -s -H "DD-API-KEY: %s" https://api.datadoghq.com/api/v1/validate\''}.get(kind)
        if tool:
            L.append(tool % c.S("sq", env))
        else:
            L.append("export %s_CFG=%s" % (c.proj.upper(), sh_quote_val(c, c.S("assign", env), True)))
    L += ["", "alias k=kubectl", "alias tf=terraform", "export PATH=\"$HOME/go/bin:$PATH\""]
    rel = r.choice(["dotfiles/.zshrc", "dotfiles/zsh/.zshrc", "home/.zshrc"]) if zsh else ".envrc"
    return rel, "\n".join(L) + "\n", ("zsh" if zsh else "bash")


# name -> (fn, filetype, syntax, kinds)
STANDALONE = {
    "ps_credential": (t_ps_cred, "powershell", "ps", ["windows_pw", "mssql_pw", "azure_pw", "app_pw"]),
    "ps_rest": (t_ps_rest, "powershell", "ps", list(PS_API.keys())),
    "ps_env": (t_ps_env, "powershell", "ps", list(PS_ENV.keys())),
    "ps_cli": (t_ps_cli, "powershell", "ps", ["registry_pw", "azure_client_secret"]),
    "ps_sql": (t_ps_sql, "powershell", "ps", ["mssql_pw"]),
    "bat_db": (t_bat_db, "batch", "bat", ["pg_pw", "mysql_pw"]),
    "bat_net": (t_bat_net, "batch", "bat", ["windows_pw", "smb_pw"]),
    "bat_curl": (t_bat_curl, "batch", "bat", ["http_pw", "github_pat", "generic_bearer"]),
    "bat_setx": (t_bat_setx, "batch", "bat", ["sendgrid", "openai_key", "stripe_sk", "datadog_api", "npm_token"]),
    "bat_sqlcmd": (t_bat_sqlcmd, "batch", "bat", ["mssql_pw"]),
    "fish_env": (t_fish_env, "fish", "fish", list(FISH_ENV.keys())),
    "fish_fn": (t_fish_fn, "fish", "fish", ["pg_pw", "redis_pw", "mysql_pw"]),
    "expect_ssh": (t_expect_ssh, "expect", "expect", ["ssh_pw", "linux_pw"]),
    "expect_mysql": (t_expect_mysql, "expect", "expect", ["mysql_pw"]),
    "expect_sftp": (t_expect_sftp, "expect", "expect", ["ftp_pw"]),
    "compose": (t_compose, "docker-compose", "compose", ["redis_pw", "mongo_pw", "mysql_pw"]),
    "dotfile": (t_dotfile, "zsh", "sh", list(ZSH_ENV.keys())),
}


# ---------------------------------------------------------------------------
# domain look-alike negatives: whole files that hold no credential at all
# each: fn(c) -> (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
def sha256hex(r):
    return rs(r, HEX, 64)


def ed25519_pub(r, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.randrange(256) for _ in range(32))
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def n_sha256(c):
    r = c.rng
    tool = r.choice([("terraform", "1.7.%d" % r.randint(0, 5)), ("kubectl", "1.29.%d" % r.randint(0, 4)), ("helm", "3.14.%d" % r.randint(0, 3)), ("sops", "3.8.1")])
    L = ["#!/usr/bin/env bash", "# install pinned %s and verify the published checksum" % tool[0], "set -euo pipefail", "",
         "VERSION=\"%s\"" % tool[1], "SHA256=\"%s\"" % sha256hex(r), "URL=\"https://releases.example-vendor.io/%s/${VERSION}/%s_${VERSION}_linux_amd64.zip\"" % (tool[0], tool[0]), "",
         "tmp=\"$(mktemp -d)\"", "trap 'rm -rf \"$tmp\"' EXIT", "curl -fsSLo \"$tmp/pkg.zip\" \"$URL\"",
         "echo \"${SHA256}  $tmp/pkg.zip\" | sha256sum -c -", "unzip -q \"$tmp/pkg.zip\" -d \"$tmp\"",
         "install -m 0755 \"$tmp/%s\" /usr/local/bin/%s" % (tool[0], tool[0]), "%s version" % tool[0], "",
         "# other pinned artifacts (sha256)", "# %s  node-v20.11.1-linux-x64.tar.xz" % sha256hex(r), "# %s  jq-linux-amd64" % sha256hex(r)]
    return "scripts/install-%s.sh" % tool[0], "\n".join(L) + "\n", "bash", "generic", "checksum"


def n_read_prompt(c):
    r = c.rng
    h, u, db = r.choice(HOSTS), r.choice(USERS), r.choice(DBS)
    L = ["#!/usr/bin/env bash", "# restore a dump into %s; asks for the password instead of storing it" % db, "set -euo pipefail", "",
         "DUMP=\"${1:?usage: $0 <dump-file>}\"", "DB_USER=\"${DB_USER:-%s}\"" % u, "",
         "read -rsp \"Password for ${DB_USER}@%s: \" DB_PASS" % h, "echo", "export PGPASSWORD=\"$DB_PASS\"", "",
         "pg_restore --clean --if-exists -h %s -U \"$DB_USER\" -d %s \"$DUMP\"" % (h, db), "unset PGPASSWORD DB_PASS", "echo \"restore finished\""]
    return "scripts/restore-%s.sh" % db, "\n".join(L) + "\n", "bash", "postgresql", "interactive_prompt"


def n_stdin_file(c):
    r = c.rng
    reg = r.choice(["ghcr.io", "registry.gitlab.com", "harbor.acme.io", "docker.io"])
    L = ["#!/bin/sh", "# login to %s without putting the token on the command line" % reg, "set -eu", "",
         "TOKEN_FILE=\"${TOKEN_FILE:-$HOME/.config/%s/registry-token}\"" % c.proj,
         "[ -r \"$TOKEN_FILE\" ] || { echo \"missing $TOKEN_FILE\" >&2; exit 1; }", "",
         r.choice(["docker login %s -u \"${REGISTRY_USER:-ci-bot}\" --password-stdin < \"$TOKEN_FILE\"" % reg,
                   "cat /run/secrets/registry_token | docker login %s --username ci-bot --password-stdin" % reg,
                   "printf '%%s' \"$REGISTRY_TOKEN\" | docker login %s -u ci-bot --password-stdin" % reg]),
         "docker pull %s/acme/%s:%s" % (reg, c.proj, r.choice(["latest", "stable"]))]
    return "scripts/registry-login.sh", "\n".join(L) + "\n", "sh", "docker_registry", "password_stdin_reference"


def n_dockerfile_digest(c):
    r = c.rng
    L = ["# syntax=docker/dockerfile:1.6", "FROM node:20-bookworm-slim@sha256:%s AS build" % sha256hex(r), "WORKDIR /src",
         "COPY package.json package-lock.json ./",
         "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --ignore-scripts", "COPY . .", "RUN npm run build", "",
         "FROM gcr.io/distroless/nodejs20-debian12@sha256:%s" % sha256hex(r),
         "ADD --checksum=sha256:%s https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini" % sha256hex(r),
         "COPY --from=build /src/dist /app", "ENV NODE_ENV=production", "USER nonroot", 'ENTRYPOINT ["/tini", "--"]', 'CMD ["/app/server.js"]']
    return r.choice(["Dockerfile", "docker/web/Dockerfile"]), "\n".join(L) + "\n", "dockerfile", "docker", "digest"


def n_cloudinit_keys(c):
    r = c.rng
    L = ["#cloud-config", "users:", "  - name: %s" % r.choice(["deploy", "ops"]), "    groups: [sudo, docker]", "    shell: /bin/bash",
         "    sudo: ALL=(ALL) NOPASSWD:ALL", "    lock_passwd: true", "    ssh_authorized_keys:"]
    for p in r.sample(PEOPLE, r.randint(2, 4)):
        L.append("      - %s" % ed25519_pub(r, "%s@acme.io" % p))
    L += ["ssh_pwauth: false", "disable_root: true", "apt:", "  sources:", "    docker.list:",
          "      source: deb [arch=amd64] https://download.docker.com/linux/ubuntu $RELEASE stable",
          "      keyid: %s" % rs(r, "0123456789ABCDEF", 40), "packages: [docker-ce, fail2ban]", "runcmd:", "  - [ systemctl, enable, --now, docker ]"]
    return r.choice(["cloud-init/user-data.yaml", "infra/cloud-init/base.yaml"]), "\n".join(L) + "\n", "cloud-init", "ssh", "public_key"


def n_usage(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "usage() {", "  cat <<EOF",
         "Usage: $(basename \"$0\") -H <host> -u <user> -p <password> [-d <database>]", "",
         "Copies the latest dump to a scratch database.", "", "Options:", "  -H  database host (default: %s)" % r.choice(HOSTS),
         "  -u  user name", "  -p  password (or set DB_PASSWORD in the environment)", "  -d  target database (default: scratch)", "",
         "Example:", "  $(basename \"$0\") -H db01.internal -u reporting -p '<password>' -d scratch", "EOF", "}", "",
         "HOST=%s; USER_NAME=\"\"; PASSWORD=\"${DB_PASSWORD:-}\"; DB=scratch" % r.choice(HOSTS),
         "while getopts 'H:u:p:d:h' opt; do", "  case \"$opt\" in", "    H) HOST=$OPTARG ;;", "    u) USER_NAME=$OPTARG ;;",
         "    p) PASSWORD=$OPTARG ;;", "    d) DB=$OPTARG ;;", "    *) usage; exit 1 ;;", "  esac", "done",
         "[ -n \"$USER_NAME\" ] && [ -n \"$PASSWORD\" ] || { usage; exit 1; }",
         "MYSQL_PWD=\"$PASSWORD\" mysql -h \"$HOST\" -u \"$USER_NAME\" \"$DB\" < latest.sql"]
    return "bin/copy-to-scratch", "\n".join(L) + "\n", "bash", "mysql", "usage_text"


def n_masked_log(c):
    r = c.rng
    reg = r.choice(["harbor.acme.io", "registry.ops.lan:5000"])
    L = ["# Incident %s: deploy pipeline failed at registry login" % ticket(r), "", "Date: %s · Severity: low" % date(r), "",
         "## Log excerpt", "", "```text", "$ docker login -u ci-bot -p ******** %s" % reg,
         "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
         "Error response from daemon: Get \"https://%s/v2/\": unauthorized: authentication required" % reg,
         "+ curl -fsS -u deployer:**** https://nexus.build.lan/service/rest/v1/status", "curl: (22) The requested URL returned error: 401",
         "token: [MASKED]", "```", "", "## Cause", "",
         "The robot account password was rotated in Vault but the CI variable still had the old value.", "", "## Fix", "",
         "- updated `REGISTRY_PASSWORD` in the CI/CD settings (masked, protected)",
         "- switched the job to `echo \"$REGISTRY_PASSWORD\" | docker login --password-stdin`"]
    return "docs/incidents/%s-registry-login.md" % date(r), "\n".join(L) + "\n", "markdown", "docker_registry", "masked_log"


def n_gha_secrets(c):
    r = c.rng
    L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  deploy:",
         "    runs-on: ubuntu-latest", "    environment: production", "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
         "          role-to-assume: arn:aws:iam::%d:role/gha-deploy-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), c.proj),
         "          aws-region: %s" % r.choice(REGIONS), "      - name: Login to registry", "        run: |",
         "          echo \"::add-mask::${{ secrets.REGISTRY_PASSWORD }}\"",
         "          echo \"${{ secrets.REGISTRY_PASSWORD }}\" | docker login harbor.acme.io -u \"${{ vars.REGISTRY_USER }}\" --password-stdin",
         "      - name: Notify", "        env:", "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}", "        run: |",
         "          curl -sS -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed ${{ github.sha }}\"}' \"$SLACK_WEBHOOK_URL\""]
    return ".github/workflows/deploy.yml", "\n".join(L) + "\n", "github-actions", "github", "ci_secret_reference"


def _vault_blob(r, ind):
    return [" " * ind + "$ANSIBLE_VAULT;1.1;AES256"] + [" " * ind + rs(r, "0123456789", 2) + rs(r, HEX, 78) for _ in range(r.randint(4, 6))] + [" " * ind + rs(r, HEX, 40)]


def n_ansible_vault(c):
    r = c.rng
    L = ["---", "# group_vars/prod/vars.yml - secrets are inline-encrypted with ansible-vault", "app_name: %s" % c.proj,
         "db_host: %s" % r.choice(HOSTS), "db_user: %s" % r.choice(USERS), "db_password: !vault |"]
    L += _vault_blob(r, 10)
    L += ["registry_user: ci-bot", "registry_password: !vault |"] + _vault_blob(r, 10)
    L += ["backup_retention_days: %d" % r.choice([7, 14, 30])]
    return "inventories/prod/group_vars/all/vars.yml", "\n".join(L) + "\n", "ansible", "ansible", "ciphertext"


def n_sops(c):
    r = c.rng
    enc = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), rs(r, ALNUM, 22))
    L = ["db_password: %s" % enc(18), "stripe_secret_key: %s" % enc(32), "smtp_password: %s" % enc(16), "sops:", "    kms: []", "    age:",
         "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    L += ["            " + l for l in pem_body(r, 180)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%sT10:%02d:00Z\"" % (date(r), r.randint(0, 59)),
          "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "secrets/%s.enc.yaml" % r.choice(["prod", "staging"]), "\n".join(L) + "\n", "yaml", "sops", "ciphertext"


def n_ps_prompt(c):
    r = c.rng
    L = ps_head(c, "Rotate the service account password on remote hosts", ["[string[]]$ComputerName = @('app01','app02')"])
    L += ["# nothing is stored in this script: credentials come from the operator or the vault",
          "$admin = Get-Credential -Message 'Domain admin'", "$newPassword = Read-Host -AsSecureString -Prompt 'New password for svc_%s'" % c.proj,
          "$apiKey = Get-Secret -Name '%s-api-key' -Vault CorpVault -AsPlainText" % c.proj, "",
          "foreach ($h in $ComputerName) {", "    Invoke-Command -ComputerName $h -Credential $admin -ScriptBlock {",
          "        param($pw) Set-LocalUser -Name 'svc_%s' -Password $pw" % c.proj, "    } -ArgumentList $newPassword", "}",
          "Invoke-RestMethod -Uri 'https://api.acme.io/v1/audit' -Method Post -Headers @{ 'X-Api-Key' = $apiKey } -Body (@{ event = 'rotated' } | ConvertTo-Json)"]
    return "scripts/Rotate-ServicePassword.ps1", "\n".join(L) + "\n", "powershell", "windows", "interactive_prompt"


def n_bat_prompt(c):
    r = c.rng
    L = ["@echo off", "REM map the backup share - the password is typed by the operator", "setlocal",
         "set /p SHARE_USER=User (DOMAIN\\name): ", "net use \\\\fs01\\backup /user:%SHARE_USER% * /persistent:no",
         "if \"%~1\"==\"\" (", "  echo usage: %~nx0 ^<source-folder^>", "  exit /b 1", ")",
         "robocopy \"%~1\" \\\\fs01\\backup\\%COMPUTERNAME% /E /R:1 /W:1", "net use \\\\fs01\\backup /delete /y", "endlocal"]
    return r.choice(["scripts/backup-to-share.bat", "tools/map-share.cmd"]), "\r\n".join(L) + "\r\n", "batch", "smb", "interactive_prompt"


def n_expect_env(c):
    r = c.rng
    L = ["#!/usr/bin/expect -f", "# password comes from the environment (set by the caller from the vault)", "set timeout 20",
         "if {![info exists env(DEVICE_PASSWORD)]} { puts \"DEVICE_PASSWORD not set\"; exit 2 }", "set password $env(DEVICE_PASSWORD)",
         "set host [lindex $argv 0]", "log_user 0", "spawn ssh admin@$host", "expect \"assword:\"", "send -- \"$password\\r\"", "log_user 1",
         "expect -re {[#>] $}", "send \"show version\\r\"", "expect -re {[#>] $}", "send \"exit\\r\"", "expect eof"]
    return "scripts/show-version.exp", "\n".join(L) + "\n", "expect", "ssh", "env_reference"


def n_systemd_creds(c):
    r = c.rng
    L = ["[Unit]", "Description=%s nightly export" % c.proj, "After=network-online.target", "", "[Service]", "Type=oneshot", "DynamicUser=yes",
         "LoadCredential=db-password:/etc/%s/credentials/db-password" % c.proj, "EnvironmentFile=-/etc/default/%s-export" % c.proj,
         "ExecStart=/usr/local/bin/%s-export --password-file=${CREDENTIALS_DIRECTORY}/db-password --out /var/lib/%s/export.csv" % (c.proj, c.proj),
         "ProtectSystem=strict", "StateDirectory=%s" % c.proj, "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s-export.service" % c.proj, "\n".join(L) + "\n", "systemd", "systemd", "credential_file_reference"


def n_cron_env(c):
    r = c.rng
    L = ["# cron jobs for %s; secrets live in /etc/%s/env (root:root 0600, not in git)" % (c.proj, c.proj), "SHELL=/bin/bash",
         "MAILTO=%s@acme.io" % r.choice(TEAMS), "",
         "15 2 * * * root . /etc/%s/env && flock -n /run/%s-backup.lock /opt/%s/bin/backup.sh >> /var/log/%s/backup.log 2>&1" % (c.proj, c.proj, c.proj, c.proj),
         "*/5 * * * * root /opt/%s/bin/healthcheck --token-file /etc/%s/health-token --quiet" % (c.proj, c.proj),
         "0 4 * * 0 root find /var/backups/%s -mtime +14 -delete" % c.proj]
    return "etc/cron.d/%s" % c.proj, "\n".join(L) + "\n", "cron", "generic", "env_file"


def n_make_secrets(c):
    r = c.rng
    L = ["# credentials are never stored here: pass them in the environment or via 1Password", "PROJECT := %s" % c.proj,
         "DB_PASSWORD ?=", "REGISTRY_TOKEN ?= $(shell op read op://Ops/%s-registry/token 2>/dev/null)" % c.proj, "",
         ".PHONY: check-env migrate push", "", "check-env:", "\t@test -n \"$(DB_PASSWORD)\" || (echo 'DB_PASSWORD is not set' && exit 1)", "",
         "migrate: check-env", "\tPGPASSWORD=\"$(DB_PASSWORD)\" psql -h %s -U migrator -d %s -f db/migrate.sql" % (r.choice(HOSTS), r.choice(DBS)), "",
         "push:", "\t@echo \"$(REGISTRY_TOKEN)\" | docker login harbor.acme.io -u ci-bot --password-stdin",
         "\tdocker push harbor.acme.io/acme/$(PROJECT):$$(git rev-parse --short HEAD)"]
    return r.choice(["Makefile", "ops/Makefile"]), "\n".join(L) + "\n", "makefile", "generic", "secret_manager"


def n_vagrant(c):
    r = c.rng
    L = ['Vagrant.configure("2") do |config|', '  config.vm.box = "generic/ubuntu2204"', '  config.vm.box_version = "4.3.%d"' % r.randint(0, 12),
         '  config.vm.box_download_checksum = "%s"' % sha256hex(r), '  config.vm.box_download_checksum_type = "sha256"', "",
         '  config.vm.provision "shell", env: {', '    "GITHUB_TOKEN" => ENV.fetch("GITHUB_TOKEN", ""),', '    "APP_ENV" => "dev"',
         '  }, inline: <<~\'SHELL\'', '    set -e', '    apt-get update -qq && apt-get install -y git make',
         '    git clone "https://github.com/acme/%s.git" /opt/%s' % (c.proj, c.proj), '  SHELL', 'end']
    return "Vagrantfile", "\n".join(L) + "\n", "vagrantfile", "generic", "checksum"


def n_aws_doc(c):
    r = c.rng
    L = ["# Setting up the AWS CLI for the %s sandbox" % c.proj, "", "Create an access key in the console and run `aws configure`:", "", "```console",
         "$ aws configure --profile %s-sandbox" % c.proj, "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE",
         "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "Default region name [None]: %s" % r.choice(REGIONS),
         "Default output format [None]: json", "```", "", "The values above are the example keys from the AWS documentation - use your own.",
         "Prefer SSO where possible:", "", "```bash", "aws configure sso --profile %s-sandbox" % c.proj, "aws sso login --profile %s-sandbox" % c.proj, "```"]
    return r.choice(["docs/aws-setup.md", "onboarding/aws-cli.md"]), "\n".join(L) + "\n", "markdown", "aws", "doc_example"


def n_test_fixture(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "# integration test harness - throwaway containers on localhost only", "set -euo pipefail", "",
         "docker run -d --rm --name it-postgres -p 127.0.0.1:55432:5432 -e POSTGRES_PASSWORD=postgres postgres:16-alpine",
         "docker run -d --rm --name it-redis -p 127.0.0.1:56379:6379 redis:7-alpine", "trap 'docker rm -f it-postgres it-redis >/dev/null' EXIT", "",
         "export DATABASE_URL=\"postgres://postgres:postgres@127.0.0.1:55432/postgres\"",
         "export GITHUB_TOKEN=\"fake-token-for-tests\"", "export STRIPE_SECRET_KEY=\"sk_test_dummy\"", "",
         "until pg_isready -h 127.0.0.1 -p 55432 >/dev/null 2>&1; do sleep 1; done", "go test ./... -tags=integration -count=1"]
    return r.choice(["tests/integration/run.sh", "test/it/setup.sh"]), "\n".join(L) + "\n", "bash", "generic", "test_fixture"


def n_git_gpg(c):
    r = c.rng
    sha = rs(r, HEX, 40)
    L = ["#!/usr/bin/env bash", "# build a release from a verified, pinned commit", "set -euo pipefail", "",
         "RELEASE_COMMIT=%s" % sha, "SIGNER_FPR=%s" % rs(r, "0123456789ABCDEF", 40), "",
         "gpg --keyserver hkps://keys.openpgp.org --recv-keys \"$SIGNER_FPR\"", "git fetch --tags origin",
         "git verify-commit \"$RELEASE_COMMIT\"", "git checkout --detach \"$RELEASE_COMMIT\"",
         "echo \"building $(git describe --tags) ($(git rev-parse --short HEAD))\"", "make release"]
    return "scripts/release-from-commit.sh", "\n".join(L) + "\n", "bash", "git", "commit_sha"


def n_kube_file(c):
    r = c.rng
    ca = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU" + rs(r, B64, 600)
    L = ["#!/usr/bin/env bash", "# create secrets from files that are provisioned out of band (never committed)", "set -euo pipefail", "NS=%s" % r.choice(["prod", "staging"]), "",
         "kubectl -n \"$NS\" create secret generic %s-env --from-env-file=/secure/%s/prod.env --dry-run=client -o yaml | kubectl apply -f -" % (c.proj, c.proj),
         "kubectl -n \"$NS\" create secret tls %s-tls --cert=/secure/tls/fullchain.pem --key=/secure/tls/privkey.pem --dry-run=client -o yaml | kubectl apply -f -" % c.proj, "",
         "# cluster CA (public) for the kubeconfig used by the deploy bot",
         "kubectl config set-cluster prod --server=https://k8s.prod.acme.io:6443 --embed-certs=false",
         "kubectl config set clusters.prod.certificate-authority-data %s" % ca]
    return "deploy/k8s/create-secrets.sh", "\n".join(L) + "\n", "bash", "kubernetes", "file_reference"


def n_openssl_env(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "# generate a fresh keystore; the passphrase is generated at runtime and stored in Vault", "set -euo pipefail", "",
         "PASS=\"$(openssl rand -base64 32)\"", "export PASS",
         "openssl req -x509 -newkey rsa:4096 -sha256 -days 365 -nodes -keyout tls.key -out tls.crt -subj \"/CN=%s.acme.io\"" % c.proj,
         "openssl pkcs12 -export -in tls.crt -inkey tls.key -out keystore.p12 -passout env:PASS",
         "vault kv put secret/%s/keystore passphrase=\"$PASS\" p12=@keystore.p12" % c.proj, "shred -u tls.key", "unset PASS"]
    return "scripts/make-keystore.sh", "\n".join(L) + "\n", "bash", "openssl", "generated_at_runtime"


def n_i18n(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "# localized prompts for the installer", "declare -A MSG_PASSWORD=(",
         "  [en]=\"Enter the administrator password:\"", "  [de]=\"Administratorpasswort eingeben:\"", "  [fr]=\"Saisissez le mot de passe administrateur :\"",
         "  [es]=\"Introduzca la contrasena del administrador:\"", ")", "declare -A MSG_TOKEN=(", "  [en]=\"Paste your API token (input hidden):\"",
         "  [de]=\"API-Token einfuegen (Eingabe verborgen):\"", "  [fr]=\"Collez votre jeton d'API (saisie masquee) :\"", ")",
         "lang=\"${LANG%%_*}\"; lang=\"${lang:-en}\"", "read -rsp \"${MSG_PASSWORD[$lang]:-${MSG_PASSWORD[en]}} \" ADMIN_PASSWORD; echo",
         "read -rsp \"${MSG_TOKEN[$lang]:-${MSG_TOKEN[en]}} \" API_TOKEN; echo", "./install --admin-password-stdin <<< \"$ADMIN_PASSWORD\""]
    return "installer/prompts.sh", "\n".join(L) + "\n", "bash", "generic", "i18n_strings"


def n_uuids(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "# switch to the right subscription and restart; uses the VM's managed identity", "set -euo pipefail", "",
         "TENANT_ID=%s" % uuid4(r), "SUBSCRIPTION_ID=%s" % uuid4(r), "CLIENT_ID=%s   # user-assigned identity" % uuid4(r), "",
         "az login --identity --username \"$CLIENT_ID\" >/dev/null", "az account set --subscription \"$SUBSCRIPTION_ID\"",
         "az vm restart --ids /subscriptions/$SUBSCRIPTION_ID/resourceGroups/rg-%s/providers/Microsoft.Compute/virtualMachines/vm-%s-01" % (c.proj, c.proj),
         "echo \"request id: %s\"" % uuid4(r)]
    return "ops/azure/restart-vm.sh", "\n".join(L) + "\n", "bash", "azure", "uuid"


def n_azurite(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "# local development against the Azurite storage emulator (well-known, published dev account)", "set -euo pipefail",
         "docker run -d --rm -p 10000:10000 mcr.microsoft.com/azure-storage/azurite azurite-blob --blobHost 0.0.0.0",
         "export AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\"" % DOC_EXAMPLES["azure_storage_key"][0],
         "az storage container create -n uploads", "npm run dev"]
    return "scripts/dev-storage.sh", "\n".join(L) + "\n", "bash", "azure", "doc_example"


def n_known_hosts(c):
    r = c.rng
    L = ["deploy:", "  stage: deploy", "  image: alpine:3.19", "  before_script:", "    - apk add --no-cache openssh-client rsync",
         "    - eval $(ssh-agent -s)", "    - echo \"$SSH_PRIVATE_KEY\" | tr -d '\\r' | ssh-add -", "    - mkdir -p ~/.ssh && chmod 700 ~/.ssh",
         "    - echo \"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\" >> ~/.ssh/known_hosts",
         "    - echo \"%s %s\" >> ~/.ssh/known_hosts" % (r.choice(HOSTS[:8]), ed25519_pub(r, "").strip()),
         "  script:", "    - rsync -az --delete public/ deploy@%s:/srv/www/%s/" % (r.choice(HOSTS[:8]), c.proj), "  only:", "    - main"]
    return ".gitlab-ci.yml", "\n".join(L) + "\n", "gitlab-ci", "ssh", "public_key"


def n_cosign(c):
    r = c.rng
    b = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(r, B64, 88)
    L = ["#!/usr/bin/env bash", "# verify image signatures before promoting", "set -euo pipefail", "cat > cosign.pub <<'EOF'", "-----BEGIN PUBLIC KEY-----",
         b[:64], b[64:], "-----END PUBLIC KEY-----", "EOF",
         "cosign verify --key cosign.pub ghcr.io/acme/%s@sha256:%s" % (c.proj, sha256hex(r))]
    return "scripts/verify-image.sh", "\n".join(L) + "\n", "bash", "sigstore", "public_key"


def n_fish_keychain(c):
    L = ["# conf.d/tokens.fish - tokens come from the keychain / CLIs at login, nothing stored here",
         "set -gx GITHUB_TOKEN (gh auth token)", "set -gx NPM_TOKEN (security find-generic-password -s npm-publish -w 2>/dev/null)",
         "set -gx OPENAI_API_KEY (op read op://Personal/openai/credential)", "if test -z \"$NPM_TOKEN\"", "    echo 'npm token missing from keychain' >&2", "end"]
    return "dotfiles/fish/conf.d/tokens.fish", "\n".join(L) + "\n", "fish", "generic", "secret_manager"


def n_zsh_op(c):
    L = ["# ~/.zshrc", "export EDITOR=nvim", "# secrets are resolved lazily via 1Password CLI",
         "export OPENAI_API_KEY=\"$(op read 'op://Private/OpenAI/api key' 2>/dev/null)\"", "export VAULT_ADDR=https://vault.ops.lan:8200",
         "vlogin() { vault login -method=oidc role=%s >/dev/null && export VAULT_TOKEN=\"$(vault print token)\"; }" % c.proj,
         "alias awsprod='aws-vault exec prod --'", "source <(kubectl completion zsh)"]
    return "dotfiles/.zshrc", "\n".join(L) + "\n", "zsh", "generic", "secret_manager"


def n_jenkins(c):
    r = c.rng
    L = ["pipeline {", "  agent any", "  stages {", "    stage('Publish') {", "      steps {",
         "        withCredentials([usernamePassword(credentialsId: 'nexus-deployer', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS'),",
         "                         string(credentialsId: 'slack-webhook', variable: 'SLACK_URL')]) {",
         "          sh 'curl -fsS -u \"$NEXUS_USER:$NEXUS_PASS\" --upload-file dist/%s.tgz https://nexus.build.lan/repository/raw/%s/'" % (c.proj, c.proj),
         "          sh 'curl -sS -X POST --data \\'{\"text\":\"published\"}\\' \"$SLACK_URL\"'", "        }", "      }", "    }", "  }", "}"]
    return "Jenkinsfile", "\n".join(L) + "\n", "jenkinsfile", "generic", "ci_secret_reference"


def n_compose_env(c):
    r = c.rng
    L = ["services:", "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: %s" % c.proj,
         "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password", "    secrets:", "      - db_password", "  app:",
         "    image: ghcr.io/acme/%s:latest" % c.proj, "    environment:", "      DATABASE_URL: postgres://%s:${DB_PASSWORD:?set in .env}@db:5432/%s" % (c.proj, c.proj),
         "      SENTRY_ENVIRONMENT: production", "secrets:", "  db_password:", "    file: ./secrets/db_password.txt"]
    return r.choice(["docker-compose.yml", "compose.prod.yaml"]), "\n".join(L) + "\n", "docker-compose", "postgresql", "env_reference"


def n_helm_digest(c):
    r = c.rng
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "DIGEST=\"sha256:%s\"" % sha256hex(r),
         "helm upgrade --install %s oci://ghcr.io/acme/charts/%s --version 2.%d.%d \\" % (c.proj, c.proj, r.randint(0, 9), r.randint(0, 20)),
         "  --set image.digest=\"$DIGEST\" \\", "  --set-file config.caBundle=/etc/ssl/certs/acme-ca.pem \\",
         "  --set database.existingSecret=%s-db \\" % c.proj, "  -f values/prod.yaml --atomic --timeout 10m"]
    return "deploy/helm-upgrade.sh", "\n".join(L) + "\n", "bash", "helm", "digest"


def n_bitbucket(c):
    L = ["image: atlassian/default-image:4", "pipelines:", "  branches:", "    main:", "      - step:", "          name: Deploy",
         "          deployment: production", "          script:", "            - pipe: atlassian/aws-s3-deploy:1.1.0", "              variables:",
         "                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID", "                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY",
         "                AWS_DEFAULT_REGION: %s" % c.rng.choice(REGIONS), "                S3_BUCKET: %s-site" % c.proj, "                LOCAL_PATH: public"]
    return "bitbucket-pipelines.yml", "\n".join(L) + "\n", "bitbucket-pipelines", "aws", "ci_variable_reference"


def n_gitlab_vars(c):
    L = ["build-image:", "  stage: build", "  image: docker:24", "  services: [docker:24-dind]", "  script:",
         "    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"",
         "    - docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .", "    - docker push \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\"",
         "    - 'curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist/app.tgz \"${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1.0.0/app.tgz\"'"]
    return ".gitlab-ci.yml", "\n".join(L) + "\n", "gitlab-ci", "gitlab", "ci_variable_reference"


def n_md_placeholders(c):
    r = c.rng
    L = ["# Connecting to the %s services" % c.proj, "", "Ask #%s for access, then:" % r.choice(TEAMS), "", "```bash",
         "export GITHUB_TOKEN=<your-personal-access-token>", "export PGPASSWORD='<your-db-password>'",
         "psql -h %s -U <your-user> -d %s" % (r.choice(HOSTS), r.choice(DBS)), "curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/user", "```", "",
         "```bash", "# redis (read-only replica)", "# redis-cli -h cache-1.prod.lan -a YOUR_PASSWORD_HERE --no-auth-warning", "```"]
    return r.choice(["docs/access.md", "README.ops.md", "notes/connect.md"]), "\n".join(L) + "\n", "markdown", "generic", "placeholder"


def n_cron_pass(c):
    r = c.rng
    L = ["# crontab for the backup user (installed with: crontab deploy/crontab)", "# credentials: ~/.pgpass and rclone.conf are provisioned by ansible",
         "# m h dom mon dow command", "MAILTO=\"\"",
         "0 1 * * * PGPASSFILE=$HOME/.pgpass pg_dump -h %s -U backup %s | gzip > $HOME/dumps/%s-$(date +\\%%F).sql.gz" % (r.choice(HOSTS), r.choice(DBS), c.proj),
         "30 1 * * * rclone sync $HOME/dumps remote:%s-dumps --config $HOME/.config/rclone/rclone.conf" % c.proj]
    return "deploy/crontab", "\n".join(L) + "\n", "cron", "postgresql", "file_reference"


def n_ansible_lookup(c):
    r = c.rng
    L = ["---", "- name: Create app database user", "  community.postgresql.postgresql_user:", "    name: %s" % c.proj,
         "    password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/%s/db:password') }}\"" % c.proj,
         "    login_host: %s" % r.choice(HOSTS), "  no_log: true", "", "- name: Register runner", "  ansible.builtin.shell: |",
         "    gitlab-runner register --non-interactive --url https://gitlab.com --token \"$RUNNER_TOKEN\" --executor docker",
         "  environment:", "    RUNNER_TOKEN: \"{{ vault_runner_token }}\"", "  args:", "    creates: /etc/gitlab-runner/config.toml"]
    return "roles/%s/tasks/main.yml" % c.proj, "\n".join(L) + "\n", "ansible", "generic", "ansible_vault_variable"


def n_systemd_dropin(c):
    r = c.rng
    L = ["# override.conf - installed by ansible", "[Service]", "Environment=\"HTTP_PROXY=http://proxy.corp.local:3128\"",
         "Environment=\"INSTANCE_ID=%s\"" % uuid4(r), "Environment=\"BUILD_SHA=%s\"" % rs(r, HEX, 40),
         "EnvironmentFile=/etc/%s/secrets.env" % c.proj, "ExecStartPre=/usr/bin/test -s /etc/%s/secrets.env" % c.proj]
    return "deploy/systemd/%s.service.d/override.conf" % c.proj, "\n".join(L) + "\n", "systemd", "generic", "uuid"


def n_ps_hash(c):
    r = c.rng
    L = ["# verify installer integrity before running it", "$ErrorActionPreference = 'Stop'",
         "$expected = '%s'" % rs(r, "0123456789ABCDEF", 64), "$file = Join-Path $env:TEMP 'agent-setup.msi'",
         "Invoke-WebRequest -Uri 'https://downloads.example-vendor.io/agent/7.%d/agent-setup.msi' -OutFile $file" % r.randint(0, 40),
         "$actual = (Get-FileHash -Algorithm SHA256 $file).Hash", "if ($actual -ne $expected) { throw \"checksum mismatch: $actual\" }",
         "Start-Process msiexec.exe -ArgumentList '/i', $file, '/qn', 'SITE=datadoghq.eu' -Wait"]
    return "scripts/Install-Agent.ps1", "\n".join(L) + "\n", "powershell", "generic", "checksum"


def n_bat_checksum(c):
    r = c.rng
    L = ["@echo off", "REM verify the downloaded toolchain", "setlocal", "set EXPECTED=%s" % sha256hex(r),
         "certutil -hashfile tools\\toolchain.zip SHA256 | findstr /i %EXPECTED% >nul", "if errorlevel 1 (", "  echo checksum mismatch", "  exit /b 1", ")",
         "powershell -NoProfile -Command Expand-Archive tools\\toolchain.zip -DestinationPath tools\\toolchain -Force", "endlocal"]
    return "tools/verify-toolchain.bat", "\r\n".join(L) + "\r\n", "batch", "generic", "checksum"


def n_expect_user(c):
    L = ["#!/usr/bin/expect -f", "# asks the operator for the enable password at runtime", "set timeout 15",
         "stty -echo", "send_user \"enable password: \"", "expect_user -re \"(.*)\\n\"", "set enable $expect_out(1,string)", "stty echo",
         "spawn ssh netops@[lindex $argv 0]", "expect \">\"", "send \"enable\\r\"", "expect \"Password:\"", "send -- \"$enable\\r\"",
         "expect \"#\"", "send \"copy running-config startup-config\\r\"", "expect \"#\"", "send \"exit\\r\"", "expect eof"]
    return "network/save-config.exp", "\n".join(L) + "\n", "expect", "ssh", "interactive_prompt"


DOMAIN_NEG = [n_sha256, n_read_prompt, n_stdin_file, n_dockerfile_digest, n_cloudinit_keys, n_usage, n_masked_log, n_gha_secrets,
              n_ansible_vault, n_sops, n_ps_prompt, n_bat_prompt, n_expect_env, n_systemd_creds, n_cron_env, n_make_secrets, n_vagrant,
              n_aws_doc, n_test_fixture, n_git_gpg, n_kube_file, n_openssl_env, n_i18n, n_uuids, n_azurite, n_known_hosts, n_cosign,
              n_fish_keychain, n_zsh_op, n_jenkins, n_compose_env, n_helm_digest, n_bitbucket, n_gitlab_vars, n_md_placeholders,
              n_cron_pass, n_ansible_lookup, n_systemd_dropin, n_ps_hash, n_bat_checksum, n_expect_user]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
FT_WEIGHTS = [("bash", 70), ("sh", 30), ("zsh", 20), ("makefile", 25), ("dockerfile", 25), ("gitlab-ci", 25),
              ("github-actions", 25), ("bitbucket-pipelines", 12), ("jenkinsfile", 15), ("ansible", 25), ("cloud-init", 20),
              ("vagrantfile", 15), ("markdown", 30), ("cron", 20), ("systemd", 18), ("powershell", 40), ("batch", 30),
              ("fish", 18), ("expect", 20), ("docker-compose", 15)]


def allocate(rng, n, weights):
    tot = sum(w for _, w in weights)
    out = []
    for ft, w in weights:
        out += [ft] * (n * w // tot)
    i = 0
    while len(out) < n:
        out.append(weights[i % len(weights)][0])
        i += 1
    rng.shuffle(out)
    return out


def candidates(ft):
    cands = []
    if ft in WRAPPERS:
        heredoc_ok = WRAPPERS[ft][3]
        for (name, fn, kinds) in SNIPPETS:
            if fn in (sn_gcloud, sn_heredoc_cfg, sn_ssh_key) and not heredoc_ok:
                continue
            if ft == "dockerfile" and name not in DOCKER_OK:
                continue
            cands.append(("snip:" + name, kinds))
    for name, (fn, sft, syn, kinds) in STANDALONE.items():
        if sft == ft or (name == "dotfile" and ft == "bash"):
            cands.append(("std:" + name, kinds))
    return cands


# snippets that plausibly run inside a Dockerfile RUN line
DOCKER_OK = {"curl_basic", "wget", "api_call", "aws_cli", "cli_auth", "git_url", "google_key", "htpasswd", "chpasswd",
             "openssl_pass", "psql", "mysql_exec", "helm_repo", "slack_webhook", "az_storage", "grafana", "redis_cli"}
SNIP_BY_NAME = {n: (fn, kinds) for (n, fn, kinds) in SNIPPETS}


def render(rng, pos, ft, tname, kind):
    if tname.startswith("snip:"):
        fn, _ = SNIP_BY_NAME[tname[5:]]
        wrap, syn, asyn, _ = WRAPPERS[ft]
        c = Ctx(rng, pos, kind, syn, asyn)
        d = fn(c, kind)
        rel, text = wrap(c, d)
        tid = "%s@%s" % (tname[5:], ft)
    else:
        fn, sft, syn, _ = STANDALONE[tname[4:]]
        c = Ctx(rng, pos, kind, syn, "sh" if syn == "sh" else syn)
        ret = fn(c, kind)
        rel, text = ret[0], ret[1]
        ft = ret[2] if len(ret) > 2 else sft
        tid = tname[4:]
    text = c.resolve(text)
    if "@@SLOT" in text or "@@PUBREF" in text:
        raise RuntimeError("unresolved slot in %s" % tid)
    return c, rel, text, ft, tid


def pick(rng, cands, usage):
    lo = min(usage.get(t, 0) for t, _ in cands)
    pool = [(t, k) for t, k in cands if usage.get(t, 0) <= lo + 1]
    return rng.choice(pool)


def pick_kind(rng, kinds, usage):
    lo = min(usage.get(k, 0) for k in kinds)
    return rng.choice([k for k in kinds if usage.get(k, 0) == lo])


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def build(outdir, seed):
    rng = random.Random(seed)
    manifest, secrets = [], []
    t_use, k_use = {}, {}
    # positives
    for i, ft in enumerate(allocate(rng, 500, FT_WEIGHTS)):
        tname, kinds = pick(rng, candidates(ft), t_use)
        kind = pick_kind(rng, kinds, k_use)
        c, rel, text, ft2, tid = render(rng, True, ft, tname, kind)
        t_use[tname] = t_use.get(tname, 0) + 1
        k_use[kind] = k_use.get(kind, 0) + 1
        needle = c.needle
        if needle is None or needle not in text:
            raise RuntimeError("needle missing for %s" % tid)
        line = text[:text.index(needle)].count("\n") + 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        prov, klabel = KINDS[kind]
        manifest.append({"file": frel, "label": "pos", "provider": prov, "kind": klabel, "filetype": ft2})
        secrets.append({"file": frel, "needle": needle, "line": line})
    # negatives: half re-use positive templates with a look-alike in the slot, half domain look-alikes
    nfts = allocate(rng, 250, FT_WEIGHTS)
    domain = []
    while len(domain) < 250:
        batch = list(DOMAIN_NEG)
        rng.shuffle(batch)
        domain += batch
    domain = domain[:250]
    jobs = [("reuse", ft) for ft in nfts] + [("domain", fn) for fn in domain]
    rng.shuffle(jobs)
    t_use2, k_use2 = {}, {}
    for i, (mode, x) in enumerate(jobs):
        if mode == "reuse":
            tname, kinds = pick(rng, candidates(x), t_use2)
            kind = pick_kind(rng, kinds, k_use2)
            c, rel, text, ft2, tid = render(rng, False, x, tname, kind)
            t_use2[tname] = t_use2.get(tname, 0) + 1
            k_use2[kind] = k_use2.get(kind, 0) + 1
            prov, klabel = KINDS[kind][0], (c.neg_cat or "lookalike")
        else:
            c = Ctx(rng, False, "app_pw")
            rel, text, ft2, prov, klabel = x(c)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": klabel, "filetype": ft2})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    build(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
