#!/usr/bin/env python3
"""Blind evaluation-set generator "gr": secrets in shell histories and terminal transcripts.

EMPHASIS
    Shell histories and terminal transcripts that end up committed to a repository:
    .bash_history (plain and with HISTTIMEFORMAT "#epoch" lines), .zsh_history (extended
    format ": 1700000000:0;cmd", multi-line commands continued with a trailing backslash),
    fish_history (YAML-ish "- cmd: / when: / paths:"), .psql_history, .mysql_history (plain
    and libedit "_HiStOrY_V2_" with \\040 for spaces), .sqlite_history, .rediscli_history,
    .python_history, ipython_log.py (%logstart), Jupyter console logs, .node_repl_history,
    PowerShell PSReadLine ConsoleHost_history.txt and Start-Transcript files, asciinema v2
    .cast files (NDJSON), `script` typescript logs, tmux pipe-pane logs, GNU screen
    screenlog.N, CI job logs with `set -x` traces (GitHub Actions raw log with timestamps,
    GitLab runner log, Jenkins consoleText), and Markdown runbooks/notes where people paste
    sessions.
    Kinds: passwords and tokens typed on command lines (mysql -pSECRET, curl -H
    'Authorization: Bearer ...', export GITHUB_TOKEN=..., docker login -p, aws configure set
    aws_secret_access_key, heroku config:set, gh auth login --with-token, vault login,
    psql postgres://user:pw@..., ALTER USER ... PASSWORD '...', redis-cli -a, ACL SETUSER,
    PRAGMA key, CHANGE MASTER TO ... MASTER_PASSWORD, ConvertTo-SecureString ...), tokens
    passed to SDK constructors in REPLs, webhook URLs, and private keys written through
    heredocs or printed with cat.
    Providers: GitHub (classic ghp_/gho_/ghs_ with CRC32 checksum, fine-grained github_pat_),
    GitLab, Stripe, AWS, Slack (bot/user tokens, incoming webhooks), Docker Hub, HashiCorp
    Vault, Terraform Cloud, npm, PyPI, DigitalOcean, Hugging Face, OpenAI, Anthropic,
    SendGrid, Mailgun, Twilio, Doppler, Heroku, Azure (client secret, storage key), Google
    API key, Shopify, Databricks, Postman, New Relic, Grafana, Pulumi, Cloudflare, Atlassian,
    Jenkins, plus generic passwords (MySQL, PostgreSQL, MongoDB, RabbitMQ, Redis, SQLCipher,
    htpasswd, sshpass, gpg, zip, sudo, wget, lftp, pip index) and SSH/TLS private keys
    (OpenSSH ed25519, PKCS#1 RSA, SEC1 EC, PKCS#8).

USAGE
    python3 -B gen_gr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file: file, label, provider, kind,
    filetype) and OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    All randomness comes from one random.Random(SEED); output is byte-identical per seed.
    Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value alone, exactly as written in the file: no surrounding
      quotes, no "Bearer "/"token " scheme word, no variable name, no header name.
    * Basic-auth style pairs (curl -u user:pass, -u sk_live_...:, twilio -u ACxxx:token,
      --user 'api:key-...'): the needle is the secret half only (the password / token).
    * URLs with userinfo (postgresql://u:pw@h, mongodb+srv://, amqp://, redis://,
      https://x-access-token:TOKEN@github.com, pip --extra-index-url https://u:pw@...):
      the needle is the password/token part only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the needle is the
      whole URL from "https://" to the end of the secret path segment.
    * Key pairs (AWS access key id + secret access key, boto3 with both): the needle is the
      secret access key; the AKIA... id may appear elsewhere in the same file.
    * Multi-line private keys: the needle is ONE full base64 body line of the key that
      carries private material (OpenSSH ed25519: body line 4, which holds the seed; PKCS#1
      RSA and PKCS#8: body line 2; SEC1 EC: body line 1, which holds the private scalar).
      Heredocs in zsh history end that line with a continuation backslash and fish escapes
      newlines as \\n; asciinema puts the whole output in one JSON string. The needle is
      still a substring of the reported line in all of these.
    * "line" is the 1-based line number (split on "\\n") of the first occurrence of the
      needle; the program asserts it after writing each file.

NEGATIVES
    Half (even nNNNN) reuse a positive command template with the secret slot filled by
    something that is not a secret: environment references ($VAR, "${VAR}", $env:VAR,
    os.environ[...], process.env.X, psql :'var'), secret-manager/command substitutions
    ($(op read op://...), $(vault kv get -field=...), $(aws secretsmanager ...),
    $(pass show ...), $(security find-generic-password ... -w), $(< /run/secrets/x),
    Get-Secret, getpass(), keyring), placeholders (<your-token>, YOUR_API_KEY_HERE,
    changeme, REPLACE_ME, xxxx..., provider prefix + xxxx/...), masked values (***, the
    GitHub Actions mask, ********, [REDACTED]), empty values, and documented example keys.
    The other half (odd nNNNN) are look-alikes of this domain with no credential at all:
    sha256sum/md5sum/sha1sum output, git SHAs (log, rev-parse, ls-remote, show), docker
    container ids and image digests, PIDs, UUIDs (uuidgen, request ids, Azure/KMS ids),
    timestamps, base64 of innocent text, SSH public keys and fingerprints, PGP public key
    blocks and fingerprints, X.509 certificates and fingerprints, npm integrity / go.sum /
    pip --hash digests, IPFS CIDs, Stripe/Twilio object ids, masked tokens as printed by
    `gh auth status`, `aws configure list` and `npm token list`, `read -s` prompts, and
    values providers document as public (Stripe publishable keys, Google OAuth client ids,
    GitHub App client ids, Twilio Account SIDs, Sentry DSNs, reCAPTCHA site keys).
    No negative is written to a .env* file; positives never use .env files either.

FORMATS CHECKED (search tool, providers' docs and format write-ups)
    * GitHub changelog 2021-03-31 + engineering blog summary: prefixes ghp_/gho_/ghu_/ghs_/
      ghr_, charset [A-Za-z0-9_], 40 chars, last 6 chars a checksum; a Go package doc
      describes it as 30 base62 chars + 6-char base62 CRC32 of those 30. Fine-grained PATs:
      github_pat_ + 22 + "_" + 59 (community write-up of observed tokens).
    * GitLab issue 342327: default PAT prefix glpat-; 20 chars after the prefix observed in
      examples (newer tokens may be longer).
    * asciinema docs: asciicast v2 = JSON header line {"version": 2, "width", "height",
      "timestamp", "env"} then [time, "o", data] event lines.
    * zsh: EXTENDED_HISTORY ": <start>:<elapsed>;<command>"; fish history "- cmd:/when:/
      paths:" with only backslash and newline escaped.
    * AWS docs (via SDK doc pages): access key id 20 chars (AKIA...), secret access key 40
      chars of letters, digits, "/" and "+"; example pair AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (used only in negatives).
    * Stripe docs: sk_live_/sk_test_ secret, rk_ restricted, pk_ publishable (public).
    * Slack docs: xoxb- bot tokens, xoxp- user tokens.
    * SendGrid docs: API keys are 69 chars (SG. + 22 + . + 43).
    * Heroku changelog: HRKU- prefix; HRKU-<uuid> (41 chars) then 65-char HRKU-AA... tokens;
      the changelog's own example values are used only as negatives.
    * HashiCorp Vault docs: tokens prefixed (s./b. since 1.0; hvs./hvb. in current docs).
    * Terraform Cloud API docs: token shape <14 chars>.atlasv1.<67 chars>; the docs' sample
      token is used only as a negative.
    * Doppler docs: dp.st. service tokens, dp.pt. personal tokens, dp.ct. CLI tokens.
    * DigitalOcean (GitLab secrets MR description, not its rule): dop_v1_/doo_v1_/dor_v1_.
    * Anthropic key write-ups: sk-ant-api03- + ~95 base64url chars, about 108 total.
    * OpenAI key write-ups: sk-proj- project keys (~160+ chars), legacy sk- keys.
    * PyPI: tokens are macaroons, "pypi-" + base64; twine uses username __token__.
    * Docker docs: docker login -p / --password-stdin takes a password or PAT.
    * npm docs: `npm token list` shows abbreviated "npm_1f..." tokens.

DOUBTS
    * The GitHub checksum's base62 digit order (0-9A-Za-z) and left zero-padding to 6 chars
      are assumptions; npm_ tokens are generated with the same 30+6 CRC32 scheme, which npm
      does not document publicly.
    * Formats NOT confirmed in provider docs here (generated from general knowledge of
      observed tokens): github_pat_ inner structure; glpat- exact length; dckr_pat_ +27;
      hvs. body length (~91) and its "CAESI" start; Anthropic trailing "AA"; OpenAI
      "T3BlbkFJ" marker and lengths; HF hf_ + 34 letters; Doppler dp.st.<config>.+40 and
      dp.pt.+43; Shopify shpat_ + 32 hex; Databricks dapi + 32 hex; Postman PMAK-24hex-34hex;
      New Relic NRAK- + 27; Grafana glsa_ + 32 + _ + 8 hex; Pulumi pul- + 40 hex; Azure
      client secret (3 chars + digit + "Q~" + 34); Atlassian ATATT3xFfGF0...=<8 hex>;
      Jenkins API token "11" + 32 hex; Cloudflare 40-char token; Google AIza + 35; Mailgun
      key- + 32 hex; Twilio auth token 32 hex; Slack xoxb/xoxp digit-group lengths.
    * Private keys are structurally shaped (correct PEM armour and DER/OpenSSH headers)
      but filled with random bytes, so they do not parse as valid RSA/EC keys.
    * Stripe's sk_test_4eC39HqLyjWDarjtT1zdp7dc, Microsoft's ghp_A1bC2... sample and the
      Vault sample hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ are treated as documented examples
      (negatives); a scanner may reasonably still flag some of them.
    * Search results that were other scanners' material (a ripsecrets issue and GitLab
      secret-detection MRs/issue showing rule regexes, a GitGuardian detector page) were
      seen in result lists; their patterns were not used.
"""

import base64
import json
import os
import random
import re
import string
import sys
import uuid
import zlib

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
LETTERS = UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = UPPER + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, d = divmod(num, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_like(r, prefix):
    body = rs(r, ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62(crc, 6)


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------------------
# Password generators (human-ish and random); shaped so they survive the context
# ---------------------------------------------------------------------------
PW_WORDS = ["Falcon", "Harbor", "Quartz", "Maple", "Otter", "Cobalt", "Juniper", "Basalt",
            "Tundra", "Saffron", "Glacier", "Orchid", "Pylon", "Ember", "Lantern", "Marlin",
            "Nimbus", "Rook", "Sierra", "Walnut", "Zephyr", "Copper", "Heron", "Tamarind"]
PW_SYM = "!#%*+-.=?^_~"


def gen_password(r, style="shell"):
    """style: 'url' (alnum + -_.~), 'plain' (alnum + -_.), 'any' (quoted contexts)."""
    mode = r.random()
    if mode < 0.35:
        w = r.choice(PW_WORDS) + r.choice(PW_WORDS).lower()
        sep = r.choice(["-", "_", ".", ""]) if style in ("url", "plain") else r.choice(PW_SYM)
        pw = w + sep + str(r.randint(10, 9999))
        if style == "any" and r.random() < 0.5:
            pw += r.choice("!#%*?")
    elif mode < 0.75:
        pw = rs(r, ALNUM, r.randint(16, 28))
    else:
        sym = {"url": "-_.~", "plain": "-_."}.get(style, PW_SYM)
        n = r.randint(14, 24)
        chars = [r.choice(ALNUM) for _ in range(n)]
        for _ in range(r.randint(2, 4)):
            chars[r.randrange(1, n)] = r.choice(sym)
        pw = "".join(chars)
    # keep at least one digit and one upper (generated passwords usually have them)
    if not any(c.isdigit() for c in pw):
        pw += str(r.randint(2, 9))
    return pw


# ---------------------------------------------------------------------------
# Private keys (structurally shaped; needle = one base64 body line with private bytes)
# ---------------------------------------------------------------------------
def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def key_openssh(r):
    pub = rbytes(r, 32)
    seed = rbytes(r, 32)
    comment = (r.choice(["deploy", "ci", "ubuntu", "git", "backup", "ansible"]) + "@" +
               r.choice(["build-01", "bastion", "laptop", "runner-7", "web-02"])).encode()
    kt = b"ssh-ed25519"
    pubblob = _sshstr(kt) + _sshstr(pub)
    check = rbytes(r, 4)
    priv = check + check + _sshstr(kt) + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv))
    lines = wrap(base64.b64encode(blob).decode(), 70)
    text = "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines +
                     ["-----END OPENSSH PRIVATE KEY-----"])
    return text, lines[3]


def key_rsa(r):
    der = bytes.fromhex("308204a40201000282010100") + rbytes(r, 1180)
    lines = wrap(base64.b64encode(der).decode(), 64)
    text = "\n".join(["-----BEGIN RSA PRIVATE KEY-----"] + lines + ["-----END RSA PRIVATE KEY-----"])
    return text, lines[1]


def key_pkcs8(r):
    der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rbytes(r, 1180)
    lines = wrap(base64.b64encode(der).decode(), 64)
    text = "\n".join(["-----BEGIN PRIVATE KEY-----"] + lines + ["-----END PRIVATE KEY-----"])
    return text, lines[1]


def key_ec(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) +
           bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64))
    lines = wrap(base64.b64encode(der).decode(), 64)
    text = "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + lines + ["-----END EC PRIVATE KEY-----"])
    return text, lines[0]


def gen_private_key(r):
    return r.choice([key_openssh, key_openssh, key_rsa, key_pkcs8, key_ec])(r)


def pypi_token(r):
    ident = ruuid(r).encode()
    caveat = json.dumps({"version": 1, "permissions": r.choice(["user", {"projects": [r.choice(["acme-utils", "fastgeo", "pylint-ext", "tinyqueue"])]}])},
                        separators=(",", ":")).encode()
    blob = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" +
            bytes([len(caveat)]) + caveat + b"\x00\x00\x06\x20" + rbytes(r, 32))
    return "pypi-" + base64.urlsafe_b64encode(blob).decode().rstrip("=")


def stripe_key(r, prefix):
    if r.random() < 0.5:
        return prefix + rs(r, ALNUM, 24)
    return prefix + "51" + rs(r, ALNUM, 97)


def slack_webhook(r):
    return ("https://hooks.slack.com/services/T" + rs(r, UPPER + DIGITS, r.choice([8, 10])) +
            "/B" + rs(r, UPPER + DIGITS, r.choice([8, 10])) + "/" + rs(r, ALNUM, 24))


def digits_n(r, lo, hi):
    n = r.randint(lo, hi)
    return str(r.randint(1, 9)) + rs(r, DIGITS, n - 1)


# name -> (provider, kind, generator(r) -> (value, needle))
def _same(f):
    def g(r):
        v = f(r)
        return v, v
    return g


SECRETS = {
    "ghp": ("github", "personal_access_token", _same(lambda r: gh_like(r, "ghp_"))),
    "gho": ("github", "oauth_token", _same(lambda r: gh_like(r, "gho_"))),
    "ghs": ("github", "app_installation_token", _same(lambda r: gh_like(r, "ghs_"))),
    "ghfg": ("github", "fine_grained_pat", _same(lambda r: "github_pat_11" + rs(r, UPPER + DIGITS, 20) + "_" + rs(r, ALNUM, 59))),
    "glpat": ("gitlab", "personal_access_token", _same(lambda r: "glpat-" + rs(r, ALNUM + "-_", 20))),
    "sk_live": ("stripe", "secret_key", _same(lambda r: stripe_key(r, "sk_live_"))),
    "rk_live": ("stripe", "restricted_key", _same(lambda r: stripe_key(r, "rk_live_"))),
    "aws_secret": ("aws", "secret_access_key", _same(lambda r: rs(r, B64, 40))),
    "xoxb": ("slack", "bot_token", _same(lambda r: "xoxb-" + digits_n(r, 10, 13) + "-" + digits_n(r, 10, 13) + "-" + rs(r, ALNUM, 24))),
    "xoxp": ("slack", "user_token", _same(lambda r: "xoxp-" + digits_n(r, 10, 13) + "-" + digits_n(r, 10, 13) + "-" + digits_n(r, 12, 13) + "-" + rs(r, HEX, 32))),
    "slack_webhook": ("slack", "webhook_url", _same(slack_webhook)),
    "dckr": ("docker", "personal_access_token", _same(lambda r: "dckr_pat_" + rs(r, B64URL, 27))),
    "hvs": ("vault", "service_token", _same(lambda r: "hvs.CAESI" + rs(r, B64URL, 86) if r.random() < 0.8 else "s." + rs(r, ALNUM, 24))),
    "npm": ("npm", "access_token", _same(lambda r: gh_like(r, "npm_"))),
    "pypi": ("pypi", "api_token", _same(pypi_token)),
    "dop": ("digitalocean", "personal_access_token", _same(lambda r: "dop_v1_" + rs(r, HEX, 64))),
    "hf": ("huggingface", "user_access_token", _same(lambda r: "hf_" + rs(r, LETTERS, 34))),
    "openai": ("openai", "api_key", _same(lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74) if r.random() < 0.7 else "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20))),
    "anthropic": ("anthropic", "api_key", _same(lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA")),
    "sendgrid": ("sendgrid", "api_key", _same(lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43))),
    "mailgun": ("mailgun", "api_key", _same(lambda r: "key-" + rs(r, HEX, 32))),
    "twilio_token": ("twilio", "auth_token", _same(lambda r: rs(r, HEX, 32))),
    "doppler": ("doppler", "service_token", _same(lambda r: "dp.st." + r.choice(["prd", "stg", "dev", "ci"]) + "." + rs(r, ALNUM, 40) if r.random() < 0.7 else "dp.pt." + rs(r, ALNUM, 43))),
    "tfc": ("terraform_cloud", "api_token", _same(lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67))),
    "azure_secret": ("azure", "client_secret", _same(lambda r: rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_~.-", 34))),
    "azure_storage": ("azure", "storage_account_key", _same(lambda r: base64.b64encode(rbytes(r, 64)).decode())),
    "google_api": ("google", "api_key", _same(lambda r: "AIza" + rs(r, ALNUM + "-_", 35))),
    "shopify": ("shopify", "admin_access_token", _same(lambda r: "shpat_" + rs(r, HEX, 32))),
    "databricks": ("databricks", "personal_access_token", _same(lambda r: "dapi" + rs(r, HEX, 32))),
    "postman": ("postman", "api_key", _same(lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34))),
    "newrelic": ("newrelic", "user_api_key", _same(lambda r: "NRAK-" + rs(r, UPPER + DIGITS, 27))),
    "grafana": ("grafana", "service_account_token", _same(lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8))),
    "pulumi": ("pulumi", "access_token", _same(lambda r: "pul-" + rs(r, HEX, 40))),
    "cloudflare": ("cloudflare", "api_token", _same(lambda r: rs(r, ALNUM + "-_", 40))),
    "heroku": ("heroku", "api_key", _same(lambda r: "HRKU-AA" + rs(r, B64URL, 58) if r.random() < 0.6 else "HRKU-" + ruuid(r))),
    "atlassian": ("atlassian", "api_token", _same(lambda r: "ATATT3xFfGF0" + rs(r, ALNUM + "-_", 171) + "=" + rs(r, HEXU, 8))),
    "jenkins": ("jenkins", "api_token", _same(lambda r: "11" + rs(r, HEX, 32))),
    "pw_url": ("generic", "password", _same(lambda r: gen_password(r, "url"))),
    "pw_plain": ("generic", "password", _same(lambda r: gen_password(r, "plain"))),
    "pw_any": ("generic", "password", _same(lambda r: gen_password(r, "any"))),
    "privkey": ("ssh", "private_key", gen_private_key),
}

# Documented example values (negatives only) and placeholder prefixes per secret generator.
DOC_EXAMPLES = {
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "sk_live": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
    "rk_live": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
    "slack_webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "heroku": ["HRKU-AALJCYR7SRzPkj9_BGqhi1jAI1J5P4WfD6ITENvdVydAPCnNcAlrMMahHrTo",
               "HRKU-57dce771-afad-4c41-a8a5-d10b7fbc743c"],
    "tfc": ["QnbSxjjhVMHJgw.atlasv1.gxZnWIjI5j752DGqdwEUVLOFf0mtyaQ00H9bA1j90qWb254lEkQyOdfqqcq9zZL7Sm0"],
    "hvs": ["hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ"],
    "ghp": ["ghp_A1bC2dE3fH4iJ5kL6mN7oP8qR9sT0u"],
    "pw_any": ["p@ssw0rd"],
}

PREFIXES = {
    "ghp": "ghp_", "gho": "gho_", "ghs": "ghs_", "ghfg": "github_pat_", "glpat": "glpat-",
    "sk_live": "sk_live_", "rk_live": "rk_live_", "xoxb": "xoxb-", "xoxp": "xoxp-",
    "dckr": "dckr_pat_", "hvs": "hvs.", "npm": "npm_", "pypi": "pypi-", "dop": "dop_v1_",
    "hf": "hf_", "openai": "sk-proj-", "anthropic": "sk-ant-api03-", "sendgrid": "SG.",
    "mailgun": "key-", "doppler": "dp.st.", "google_api": "AIza", "shopify": "shpat_",
    "databricks": "dapi", "postman": "PMAK-", "newrelic": "NRAK-", "grafana": "glsa_",
    "pulumi": "pul-", "heroku": "HRKU-", "atlassian": "ATATT",
}


# ---------------------------------------------------------------------------
# Positive command templates.
#   ctx   : where the line is typed (sh, ps, psql, mysql, sqlite, redis, py, node)
#   slot  : how the secret slot is embedded (decides which non-secret fillers fit)
#             W   bare shell word (slot renders its own quoting)
#             WD  inside a double-quoted shell string
#             U   URL userinfo in a shell command
#             UL  URL userinfo inside a code/SQL string literal (no expansion)
#             SQ  inside a single-quoted literal (SQL / shell)
#             PSQL whole SQL string literal in psql (may become :'var')
#             PY  whole Python expression;  PYIN inside a Python f-string
#             JS  whole JavaScript expression
#             PS  whole PowerShell expression; PSD inside a PS double-quoted string; PSW bare PS word
#             R   bare redis-cli word;  RQ inside a redis-cli double-quoted string
#             B   multi-line private key block
#   conv  : True when the secret sits behind the conventional variable/option name
#   var   : environment variable name used by reference-style negatives
#   pre   : innocent companion command typed just before (may use context tokens)
#   out   : output printed after the command in transcripts
#   tx    : (cmd, out) used instead of cmd in transcripts (key blocks)
# ---------------------------------------------------------------------------
def T(id, gen, ctx, slot, conv, var, cmd, pre=None, out=None, tx=None):
    return {"id": id, "gen": gen, "ctx": ctx, "slot": slot, "conv": conv, "var": var,
            "cmd": cmd, "pre": pre, "out": out, "tx": tx}


POS_TEMPLATES = [
    # ---- GitHub
    T("gh_export", "ghp", "sh", "W", True, "GITHUB_TOKEN", "export GITHUB_TOKEN=§S§"),
    T("gh_cli_login", "ghp", "sh", "W", False, "GH_TOKEN", "echo §S§ | gh auth login --with-token",
      out="✓ Logged in to github.com account §user§ (keyring)".replace("✓", "-")),
    T("gh_curl_header", "gho", "sh", "WD", False, "GH_TOKEN",
      "curl -s -H \"Authorization: token §S§\" https://api.github.com/repos/§org§/§repo§/actions/runs | jq '.total_count'",
      out="§int3§"),
    T("gh_clone_url", "ghs", "sh", "U", False, "GITHUB_TOKEN",
      "git clone https://x-access-token:§S§@github.com/§org§/§repo§.git",
      out="Cloning into '§repo§'...\nremote: Enumerating objects: §int4§, done.\nReceiving objects: 100% (§int4§/§int4§), 2.31 MiB | 8.02 MiB/s, done."),
    T("gh_fine_export", "ghfg", "sh", "W", True, "GH_TOKEN", "export GH_TOKEN=§S§"),
    T("gh_docker_ghcr", "ghp", "sh", "WD", False, "CR_PAT",
      "echo \"§S§\" | docker login ghcr.io -u §user§ --password-stdin", out="Login Succeeded"),
    # ---- GitLab
    T("gl_remote", "glpat", "sh", "U", False, "GITLAB_TOKEN",
      "git remote set-url origin https://oauth2:§S§@gitlab.com/§org§/§repo§.git"),
    T("gl_curl", "glpat", "sh", "WD", False, "GITLAB_TOKEN",
      "curl --header \"PRIVATE-TOKEN: §S§\" \"https://gitlab.com/api/v4/projects?membership=true&per_page=5\" | jq '.[].path_with_namespace'"),
    T("glab_login", "glpat", "sh", "W", False, "GITLAB_TOKEN", "glab auth login --hostname gitlab.com --token §S§"),
    T("gl_export", "glpat", "sh", "W", True, "GITLAB_TOKEN", "export GITLAB_TOKEN=§S§"),
    # ---- Stripe
    T("stripe_curl_u", "sk_live", "sh", "W", False, "STRIPE_SECRET_KEY",
      "curl https://api.stripe.com/v1/charges -u §S§: -d limit=3 -G"),
    T("stripe_export", "sk_live", "sh", "W", True, "STRIPE_SECRET_KEY", "export STRIPE_SECRET_KEY=§S§"),
    T("heroku_config_set", "rk_live", "sh", "W", True, "STRIPE_SECRET_KEY",
      "heroku config:set STRIPE_SECRET_KEY=§S§ -a §app§",
      out="Setting STRIPE_SECRET_KEY and restarting ⬢ §app§... done, v§int2§".replace("⬢ ", "")),
    # ---- databases / generic passwords on the command line
    T("mysql_p", "pw_plain", "sh", "W", False, "MYSQL_PWD", "mysql -u §user§ -p§S§ -h §host§ §db§",
      out="mysql: [Warning] Using a password on the command line interface can be insecure.\nWelcome to the MySQL monitor.  Commands end with ; or \\g."),
    T("mysqldump_pw", "pw_plain", "sh", "W", False, "MYSQL_PWD",
      "mysqldump --single-transaction -u root --password=§S§ §db§ > /tmp/§db§-§date§.sql"),
    T("psql_url", "pw_url", "sh", "U", False, "PGPASSWORD",
      "psql \"postgresql://§user§:§S§@§host§:5432/§db§?sslmode=require\"",
      out="psql (15.6)\nSSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\nType \"help\" for help."),
    T("pgpassword_env", "pw_plain", "sh", "W", True, "PGPASSWORD",
      "PGPASSWORD=§S§ pg_dump -h §host§ -U §user§ -Fc §db§ > §db§.dump"),
    T("redis_cli_a", "pw_plain", "sh", "W", False, "REDIS_PASSWORD",
      "redis-cli -h §host§ -p 6379 -a §S§ --no-auth-warning INFO replication",
      out="# Replication\nrole:master\nconnected_slaves:1"),
    T("mongosh_srv", "pw_url", "sh", "U", False, "MONGO_PASSWORD",
      "mongosh \"mongodb+srv://§user§:§S§@cluster0.§mongoid§.mongodb.net/§db§\""),
    T("celery_amqp", "pw_url", "sh", "U", False, "RABBITMQ_PASSWORD",
      "celery -A §app§ worker -l info -b amqp://§user§:§S§@rabbitmq:5672//"),
    T("rabbitmqctl_pw", "pw_plain", "sh", "W", False, "RABBITMQ_PASSWORD",
      "sudo rabbitmqctl change_password §user§ §S§", out="Changing password for user \"§user§\" ..."),
    T("mysql_url_export", "pw_url", "sh", "U", True, "DB_PASSWORD",
      "export DATABASE_URL=mysql://§user§:§S§@§host§:3306/§db§"),
    T("redis_url_export", "pw_url", "sh", "U", True, "REDIS_PASSWORD",
      "export REDIS_URL=redis://default:§S§@§host§:6379/0"),
    T("kubectl_secret_literal", "pw_any", "sh", "W", False, "DB_PASSWORD",
      "kubectl -n §ns§ create secret generic §app§-db --from-literal=username=§user§ --from-literal=password=§S§",
      out="secret/§app§-db created"),
    T("htpasswd_b", "pw_any", "sh", "W", False, "ADMIN_PASSWORD",
      "sudo htpasswd -b -c /etc/nginx/.htpasswd admin §S§", out="Adding password for user admin"),
    T("sshpass_p", "pw_any", "sh", "W", False, "SSHPASS",
      "sshpass -p §S§ ssh -o StrictHostKeyChecking=no §user§@§host§"),
    T("gpg_passphrase", "pw_any", "sh", "W", False, "GPG_PASSPHRASE",
      "gpg --batch --yes --pinentry-mode loopback --passphrase §S§ -d backups/§db§-§date§.sql.gpg > restore.sql"),
    T("zip_P", "pw_any", "sh", "W", False, "ZIP_PASSWORD", "zip -r -P §S§ export-§date§.zip reports/",
      out="  adding: reports/ (stored 0%)\n  adding: reports/summary.csv (deflated 71%)"),
    T("sudo_S", "pw_any", "sh", "W", False, "SUDO_PASSWORD", "echo §S§ | sudo -S systemctl restart §svc§",
      out="[sudo] password for §user§: "),
    T("wget_pw", "pw_plain", "sh", "W", False, "ARTIFACTS_PASSWORD",
      "wget --user=§user§ --password=§S§ https://artifacts.§domain§/releases/§app§-§ver§.tar.gz"),
    T("pip_index_url", "pw_url", "sh", "U", False, "PIP_INDEX_PASSWORD",
      "pip install --extra-index-url https://§user§:§S§@pypi.§domain§/simple/ §pkg§"),
    T("lftp_u", "pw_plain", "sh", "W", False, "SFTP_PASSWORD", "lftp -u §user§,§S§ sftp://§host§"),
    T("jenkins_curl", "jenkins", "sh", "W", False, "JENKINS_API_TOKEN",
      "curl -X POST -u §user§:§S§ https://ci.§domain§/job/§app§/buildWithParameters?BRANCH=§branch§"),
    # ---- Docker / registries
    T("docker_login_p", "dckr", "sh", "W", False, "DOCKERHUB_TOKEN", "docker login -u §user§ -p §S§",
      out="WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded"),
    # ---- AWS
    T("aws_configure_set", "aws_secret", "sh", "W", True, "AWS_SECRET_ACCESS_KEY",
      "aws configure set aws_secret_access_key §S§ --profile §profile§",
      pre="aws configure set aws_access_key_id §akid§ --profile §profile§"),
    T("aws_export", "aws_secret", "sh", "W", True, "AWS_SECRET_ACCESS_KEY",
      "export AWS_SECRET_ACCESS_KEY=§S§", pre="export AWS_ACCESS_KEY_ID=§akid§"),
    # ---- Vault / Terraform / Doppler / Pulumi
    T("vault_login", "hvs", "sh", "W", False, "VAULT_TOKEN", "vault login §S§",
      out="Success! You are now authenticated. The token information displayed below\nis already stored in the token helper. You do NOT need to run \"vault login\"\nagain. Future Vault requests will automatically use this token."),
    T("vault_export", "hvs", "sh", "W", True, "VAULT_TOKEN", "export VAULT_TOKEN=§S§",
      pre="export VAULT_ADDR=https://vault.§domain§:8200"),
    T("tf_token_export", "tfc", "sh", "W", True, "TF_TOKEN_app_terraform_io",
      "export TF_TOKEN_app_terraform_io=§S§"),
    T("doppler_run", "doppler", "sh", "W", False, "DOPPLER_TOKEN", "doppler run --token §S§ -- ./bin/server"),
    T("pulumi_export", "pulumi", "sh", "W", True, "PULUMI_ACCESS_TOKEN", "export PULUMI_ACCESS_TOKEN=§S§"),
    # ---- package registries
    T("npm_config_set", "npm", "sh", "W", False, "NPM_TOKEN",
      "npm config set //registry.npmjs.org/:_authToken §S§"),
    T("npm_export", "npm", "sh", "W", True, "NPM_TOKEN", "export NPM_TOKEN=§S§"),
    T("twine_upload", "pypi", "sh", "W", False, "TWINE_PASSWORD", "twine upload -u __token__ -p §S§ dist/*",
      out="Uploading distributions to https://upload.pypi.org/legacy/\nUploading §pkg§-§ver§-py3-none-any.whl"),
    # ---- cloud CLIs
    T("doctl_init", "dop", "sh", "W", False, "DIGITALOCEAN_ACCESS_TOKEN",
      "doctl auth init --context §ctxname§ -t §S§", out="Validating token... OK"),
    T("az_sp_login", "azure_secret", "sh", "W", False, "AZURE_CLIENT_SECRET",
      "az login --service-principal -u §uuid1§ -p §S§ --tenant §uuid2§"),
    T("heroku_export", "heroku", "sh", "W", True, "HEROKU_API_KEY", "export HEROKU_API_KEY=§S§"),
    T("cloudflare_verify", "cloudflare", "sh", "WD", False, "CLOUDFLARE_API_TOKEN",
      "curl -X GET \"https://api.cloudflare.com/client/v4/user/tokens/verify\" -H \"Authorization: Bearer §S§\"",
      out="{\"result\":{\"id\":\"§hex32§\",\"status\":\"active\"},\"success\":true,\"errors\":[],\"messages\":[]}"),
    T("cloudflare_export", "cloudflare", "sh", "W", True, "CLOUDFLARE_API_TOKEN", "export CLOUDFLARE_API_TOKEN=§S§"),
    T("databricks_export", "databricks", "sh", "W", True, "DATABRICKS_TOKEN", "export DATABRICKS_TOKEN=§S§",
      pre="export DATABRICKS_HOST=https://adb-§int7§.azuredatabricks.net"),
    T("google_maps_key", "google_api", "sh", "WD", False, "GOOGLE_MAPS_API_KEY",
      "curl \"https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre+Parkway&key=§S§\" | jq '.status'"),
    # ---- chat / mail / SaaS
    T("slack_webhook_curl", "slack_webhook", "sh", "W", False, "SLACK_WEBHOOK_URL",
      "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy of §app§ §ver§ finished\"}' §S§",
      out="ok"),
    T("slack_bot_curl", "xoxb", "sh", "WD", False, "SLACK_BOT_TOKEN",
      "curl -s -X POST https://slack.com/api/chat.postMessage -H \"Authorization: Bearer §S§\" -d channel=§chan§ -d text=deployed",
      out="{\"ok\":true,\"channel\":\"C0§int8§\",\"ts\":\"§ts§.§int6§\"}"),
    T("slack_export", "xoxb", "sh", "W", True, "SLACK_BOT_TOKEN", "export SLACK_BOT_TOKEN=§S§"),
    T("slack_user_curl", "xoxp", "sh", "WD", False, "SLACK_USER_TOKEN",
      "curl -s \"https://slack.com/api/conversations.history?channel=§chan§&limit=5\" -H \"Authorization: Bearer §S§\""),
    T("sendgrid_curl", "sendgrid", "sh", "WD", False, "SENDGRID_API_KEY",
      "curl --request POST --url https://api.sendgrid.com/v3/mail/send --header \"Authorization: Bearer §S§\" --header 'Content-Type: application/json' --data @mail.json"),
    T("mailgun_curl", "mailgun", "sh", "SQ", False, "MAILGUN_API_KEY",
      "curl -s --user 'api:§S§' https://api.mailgun.net/v3/§domain§/messages -F from='ops@§domain§' -F to=§email§ -F subject=test -F text=hi"),
    T("twilio_curl", "twilio_token", "sh", "W", False, "TWILIO_AUTH_TOKEN",
      "curl -X POST https://api.twilio.com/2010-04-01/Accounts/§acsid§/Messages.json --data-urlencode \"Body=ping\" --data-urlencode \"From=+15005550006\" --data-urlencode \"To=+1415555§int4§\" -u §acsid§:§S§"),
    T("twilio_export", "twilio_token", "sh", "W", True, "TWILIO_AUTH_TOKEN", "export TWILIO_AUTH_TOKEN=§S§",
      pre="export TWILIO_ACCOUNT_SID=§acsid§"),
    T("shopify_curl", "shopify", "sh", "WD", False, "SHOPIFY_ACCESS_TOKEN",
      "curl -s -H \"X-Shopify-Access-Token: §S§\" https://§shop§.myshopify.com/admin/api/2024-01/products.json?limit=1"),
    T("postman_curl", "postman", "sh", "WD", False, "POSTMAN_API_KEY",
      "curl -s -H \"X-API-Key: §S§\" https://api.getpostman.com/collections | jq '.collections[].name'"),
    T("newrelic_export", "newrelic", "sh", "W", True, "NEW_RELIC_API_KEY", "export NEW_RELIC_API_KEY=§S§"),
    T("grafana_curl", "grafana", "sh", "WD", False, "GRAFANA_TOKEN",
      "curl -s -H \"Authorization: Bearer §S§\" https://§org§.grafana.net/api/search?query=§app§"),
    T("atlassian_curl", "atlassian", "sh", "W", False, "JIRA_API_TOKEN",
      "curl -s -u §email§:§S§ -H 'Accept: application/json' https://§org§.atlassian.net/rest/api/3/myself"),
    # ---- AI providers
    T("hf_login", "hf", "sh", "W", False, "HF_TOKEN", "huggingface-cli login --token §S§",
      out="Token is valid (permission: write).\nYour token has been saved to /home/§user§/.cache/huggingface/token\nLogin successful"),
    T("hf_export", "hf", "sh", "W", True, "HF_TOKEN", "export HF_TOKEN=§S§"),
    T("openai_export", "openai", "sh", "W", True, "OPENAI_API_KEY", "export OPENAI_API_KEY=§S§"),
    T("openai_curl", "openai", "sh", "WD", False, "OPENAI_API_KEY",
      "curl https://api.openai.com/v1/models -H \"Authorization: Bearer §S§\" | head -20"),
    T("anthropic_curl", "anthropic", "sh", "WD", False, "ANTHROPIC_API_KEY",
      "curl https://api.anthropic.com/v1/messages -H \"x-api-key: §S§\" -H \"anthropic-version: 2023-06-01\" -H \"content-type: application/json\" -d '{\"model\":\"claude-3-5-haiku-latest\",\"max_tokens\":64,\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}'"),
    T("anthropic_export", "anthropic", "sh", "W", True, "ANTHROPIC_API_KEY", "export ANTHROPIC_API_KEY=§S§"),
    # ---- private keys
    T("ssh_key_heredoc", "privkey", "sh", "B", False, "DEPLOY_KEY",
      "cat > ~/.ssh/§keyname§ <<'EOF'\n§S§\nEOF", out=None,
      tx=("cat ~/.ssh/§keyname§", "§S§")),
    # ---- PowerShell
    T("ps_env_gh", "ghp", "ps", "PS", True, "GITHUB_TOKEN", "$env:GITHUB_TOKEN = §S§"),
    T("ps_setenv_openai", "openai", "ps", "PS", True, "OPENAI_API_KEY",
      "[Environment]::SetEnvironmentVariable(\"OPENAI_API_KEY\", §S§, \"User\")"),
    T("ps_securestring", "pw_any", "ps", "PS", False, "SVC_PASSWORD",
      "$pw = ConvertTo-SecureString §S§ -AsPlainText -Force",
      out=None),
    T("ps_irm_slack", "xoxb", "ps", "PSD", False, "SLACK_TOKEN",
      "Invoke-RestMethod -Uri https://slack.com/api/auth.test -Method Post -Headers @{ Authorization = \"Bearer §S§\" }"),
    T("ps_docker_login", "dckr", "ps", "PSW", False, "DOCKER_TOKEN", "docker login -u §user§ -p §S§ §registry§"),
    T("ps_az_storage", "azure_storage", "ps", "PSW", False, "AZURE_STORAGE_KEY",
      "az storage blob upload --account-name §acct§ --account-key §S§ -c backups -f .\\db.bak -n §db§-§date§.bak"),
    # ---- psql
    T("psql_alter_user", "pw_any", "psql", "PSQL", False, "new_password", "ALTER USER §dbuser§ WITH PASSWORD §S§;"),
    T("psql_create_role", "pw_any", "psql", "PSQL", False, "app_pw",
      "CREATE ROLE §dbuser§ LOGIN PASSWORD §S§ VALID UNTIL '2026-12-31';"),
    T("psql_insert_key", "sk_live", "psql", "SQ", False, "stripe_key",
      "INSERT INTO integrations (provider, api_key, created_at) VALUES ('stripe', '§S§', now());"),
    T("psql_user_mapping", "pw_any", "psql", "SQ", False, "etl_pw",
      "CREATE USER MAPPING FOR app_rw SERVER legacy_db OPTIONS (user 'etl', password '§S§');"),
    # ---- mysql
    T("mysql_create_user", "pw_any", "mysql", "SQ", False, "app_pw",
      "CREATE USER '§user§'@'%' IDENTIFIED BY '§S§';"),
    T("mysql_alter_root", "pw_any", "mysql", "SQ", False, "root_pw",
      "ALTER USER 'root'@'localhost' IDENTIFIED BY '§S§';"),
    T("mysql_change_master", "pw_any", "mysql", "SQ", True, "repl_pw",
      "CHANGE MASTER TO MASTER_HOST='§host§', MASTER_USER='repl', MASTER_PASSWORD='§S§', MASTER_LOG_FILE='mysql-bin.0000§int2§', MASTER_LOG_POS=§int4§;"),
    # ---- sqlite
    T("sqlite_pragma_key", "pw_any", "sqlite", "SQ", False, "db_key", "PRAGMA key = '§S§';"),
    T("sqlite_update_webhook", "slack_webhook", "sqlite", "SQ", False, "webhook",
      "UPDATE settings SET value = '§S§' WHERE key = 'slack_webhook_url';"),
    # ---- redis-cli
    T("redis_auth", "pw_plain", "redis", "R", False, "REDIS_PASSWORD", "AUTH §S§"),
    T("redis_config_requirepass", "pw_plain", "redis", "RQ", True, "REDIS_PASSWORD",
      "CONFIG SET requirepass \"§S§\""),
    T("redis_acl_setuser", "pw_plain", "redis", "R", False, "WORKER_PASSWORD",
      "ACL SETUSER worker on >§S§ ~jobs:* +@read +@write"),
    # ---- python REPL / ipython / jupyter
    T("py_openai_client", "openai", "py", "PY", False, "OPENAI_API_KEY", "client = OpenAI(api_key=§S§)",
      pre="from openai import OpenAI"),
    T("py_stripe_api_key", "sk_live", "py", "PY", True, "STRIPE_SECRET_KEY", "stripe.api_key = §S§",
      pre="import stripe"),
    T("py_boto3", "aws_secret", "py", "PY", True, "AWS_SECRET_ACCESS_KEY",
      "s3 = boto3.client(\"s3\", aws_access_key_id=\"§akid§\", aws_secret_access_key=§S§)", pre="import boto3"),
    T("py_pygithub", "ghp", "py", "PY", False, "GITHUB_TOKEN", "g = Github(§S§)", pre="from github import Github"),
    T("py_environ_hf", "hf", "py", "PY", True, "HF_TOKEN", "os.environ[\"HF_TOKEN\"] = §S§", pre="import os"),
    T("py_redis", "pw_plain", "py", "PY", False, "REDIS_PASSWORD",
      "r = redis.Redis(host=\"§host§\", port=6379, password=§S§)", pre="import redis"),
    T("py_requests_header", "ghp", "py", "PYIN", False, "GITHUB_TOKEN",
      "resp = requests.get(\"https://api.github.com/user\", headers={\"Authorization\": f\"token §S§\"})",
      pre="import requests"),
    T("py_psycopg_url", "pw_url", "py", "UL", False, "PGPASSWORD",
      "conn = psycopg2.connect(\"postgresql://§user§:§S§@§host§:5432/§db§\")", pre="import psycopg2"),
    T("py_sendgrid", "sendgrid", "py", "PY", False, "SENDGRID_API_KEY", "sg = SendGridAPIClient(§S§)",
      pre="from sendgrid import SendGridAPIClient"),
    T("py_anthropic", "anthropic", "py", "PY", False, "ANTHROPIC_API_KEY",
      "client = anthropic.Anthropic(api_key=§S§)", pre="import anthropic"),
    # ---- node REPL
    T("js_octokit", "ghp", "node", "JS", False, "GITHUB_TOKEN", "const octokit = new Octokit({ auth: §S§ })",
      pre="const { Octokit } = require('@octokit/rest')"),
    T("js_stripe", "sk_live", "node", "JS", False, "STRIPE_SECRET_KEY", "const stripe = require('stripe')(§S§)"),
    T("js_env_slack", "xoxb", "node", "JS", True, "SLACK_BOT_TOKEN", "process.env.SLACK_BOT_TOKEN = §S§"),
    T("js_openai", "openai", "node", "JS", False, "OPENAI_API_KEY", "const openai = new OpenAI({ apiKey: §S§ })",
      pre="const OpenAI = require('openai')"),
    T("js_mongoose", "pw_url", "node", "UL", False, "MONGO_PASSWORD",
      "await mongoose.connect('mongodb://§user§:§S§@§host§:27017/§db§?authSource=admin')",
      pre="const mongoose = require('mongoose')"),
]


# ---------------------------------------------------------------------------
# Look-alike negative templates: no credential at all, only ids, hashes, digests,
# public keys, encoded innocent data, masked values and documented-public values.
# entries: list of (command, output)
# ---------------------------------------------------------------------------
def L(id, ctx, provider, kind, entries):
    return {"id": id, "ctx": ctx, "provider": provider, "kind": kind, "entries": entries}


LOOKALIKES = [
    L("sha256sum", "sh", "coreutils", "sha256_digest", [
        ("sha256sum dist/§app§-§ver§-linux-amd64.tar.gz dist/§app§-§ver§-darwin-arm64.tar.gz",
         "§hex64.a§  dist/§app§-§ver§-linux-amd64.tar.gz\n§hex64.b§  dist/§app§-§ver§-darwin-arm64.tar.gz"),
        ("sha256sum -c SHA256SUMS 2>/dev/null | grep -v OK$", "")]),
    L("md5sum", "sh", "coreutils", "md5_digest", [
        ("md5sum backups/§db§-§date§.sql.gz", "§hex32§  backups/§db§-§date§.sql.gz")]),
    L("sha1sum", "sh", "coreutils", "sha1_digest", [
        ("sha1sum vendor/*.jar", "§hex40.a§  vendor/commons-io-2.15.1.jar\n§hex40.b§  vendor/guava-33.0.0-jre.jar")]),
    L("git_log", "sh", "git", "git_sha", [
        ("git log --oneline -6", "§hex7.a§ (HEAD -> §branch§, origin/§branch§) Fix retry backoff in worker\n§hex7.b§ Bump urllib3 from 2.0.7 to 2.2.1\n§hex7.c§ Add readiness probe\n§hex7.d§ Merge pull request #§int3§ from §org§/feature/audit-log\n§hex7.e§ Refactor settings loader\n§hex7.f§ Initial import of deploy scripts")]),
    L("git_rev_parse", "sh", "git", "git_sha", [
        ("git rev-parse HEAD", "§hex40§"), ("git describe --tags --always", "v§ver§-§int2§-g§hex7§")]),
    L("git_ls_remote", "sh", "git", "git_sha", [
        ("git ls-remote origin 'refs/heads/*'", "§hex40.a§\trefs/heads/main\n§hex40.b§\trefs/heads/§branch§\n§hex40.c§\trefs/heads/release/§ver§")]),
    L("git_show", "sh", "git", "git_sha", [
        ("git show --stat HEAD~1", "commit §hex40§\nAuthor: §First§ §Last§ <§email§>\nDate:   Mon Mar 4 10:21:07 2024 +0100\n\n    Rotate nginx logs daily\n\n deploy/logrotate/nginx | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)")]),
    L("docker_ps", "sh", "docker", "container_id", [
        ("docker ps", "CONTAINER ID   IMAGE                    COMMAND                  CREATED        STATUS        PORTS                    NAMES\n§hex12.a§   §app§-web:§ver§          \"gunicorn -c conf.py\"    2 hours ago    Up 2 hours    0.0.0.0:8000->8000/tcp   §app§-web-1\n§hex12.b§   postgres:15              \"docker-entrypoint.s...\"   2 hours ago    Up 2 hours    5432/tcp                 §app§-db-1"),
        ("docker logs --tail 3 §hex12.a§", "[INFO] Booting worker with pid: §pid.a§\n[INFO] Booting worker with pid: §pid.b§\n[INFO] Listening at: http://0.0.0.0:8000")]),
    L("docker_digests", "sh", "docker", "image_digest", [
        ("docker images --digests §registry§/§app§", "REPOSITORY              TAG      DIGEST                                                                    IMAGE ID       CREATED        SIZE\n§registry§/§app§   §ver§    sha256:§hex64.a§   §hex12.a§   3 days ago     187MB\n§registry§/§app§   latest   sha256:§hex64.b§   §hex12.b§   5 days ago     186MB")]),
    L("docker_push", "sh", "docker", "image_digest", [
        ("docker push §registry§/§app§:§ver§", "The push refers to repository [§registry§/§app§]\n§hex12.a§: Pushed\n§hex12.b§: Layer already exists\n§ver§: digest: sha256:§hex64§ size: 1789")]),
    L("docker_inspect", "sh", "docker", "container_id", [
        ("docker inspect --format '{{.Id}} {{.State.Pid}}' §app§-web-1", "§hex64§ §pid§")]),
    L("ps_aux", "sh", "procps", "pid", [
        ("ps aux | grep [g]unicorn", "§user§     §pid.a§  0.3  1.8 231744 74012 ?        Ss   09:02   0:04 /srv/§app§/.venv/bin/python /srv/§app§/.venv/bin/gunicorn §app§.wsgi\n§user§     §pid.b§  0.1  2.4 262180 98812 ?        S    09:02   0:02 /srv/§app§/.venv/bin/python /srv/§app§/.venv/bin/gunicorn §app§.wsgi"),
        ("kill -HUP §pid.a§", "")]),
    L("uuidgen", "sh", "util-linux", "uuid", [
        ("uuidgen", "§uuid.a§"), ("export TRACE_ID=$(uuidgen)", ""),
        ("cat /proc/sys/kernel/random/boot_id", "§uuid.b§")]),
    L("date_epoch", "sh", "coreutils", "timestamp", [
        ("date +%s", "§ts§"), ("date -u -d @§ts§", "Mon Mar  4 09:14:21 UTC 2024"),
        ("stat -c '%Y %n' build/§app§.jar", "§ts§ build/§app§.jar")]),
    L("base64_innocent", "sh", "coreutils", "base64_data", [
        ("echo -n '§phrase.a§' | base64", "§b64of.a§"),
        ("echo §b64of.b§ | base64 -d", "§phrase.b§")]),
    L("machine_id", "sh", "systemd", "machine_id", [
        ("cat /etc/machine-id", "§hex32§"), ("hostnamectl | grep -i 'boot id'", "          Boot ID: §hex32.b§")]),
    L("ssh_keygen_fp", "sh", "openssh", "key_fingerprint", [
        ("ssh-keygen -lf ~/.ssh/id_ed25519.pub", "256 SHA256:§fp256§ §user§@§host§ (ED25519)")]),
    L("ssh_pubkey_cat", "sh", "openssh", "public_key", [
        ("cat ~/.ssh/id_ed25519.pub", "§sshpub§ §user§@§host§"),
        ("ssh-copy-id -i ~/.ssh/id_ed25519.pub §user§@§host§", "Number of key(s) added: 1")]),
    L("ssh_keyscan", "sh", "openssh", "public_key", [
        ("ssh-keyscan -t ed25519 git.§domain§ >> ~/.ssh/known_hosts", "# git.§domain§:22 SSH-2.0-OpenSSH_9.6"),
        ("tail -1 ~/.ssh/known_hosts", "git.§domain§ §sshpub§")]),
    L("gpg_list_keys", "sh", "gnupg", "pgp_fingerprint", [
        ("gpg --list-keys --keyid-format long §email§", "pub   ed25519/§HEX16§ 2023-09-12 [SC]\n      §HEX40§\nuid                 [ultimate] §First§ §Last§ <§email§>\nsub   cv25519/§HEX16.b§ 2023-09-12 [E]"),
        ("git config --global user.signingkey §HEX16§", "")]),
    L("gpg_export_pub", "sh", "gnupg", "public_key", [
        ("gpg --armor --export §email§", "§pgppub§")]),
    L("cert_pem", "sh", "openssl", "certificate", [
        ("openssl s_client -connect §domain§:443 -servername §domain§ </dev/null 2>/dev/null | openssl x509", "§certpem§"),
        ("openssl x509 -in cert.pem -noout -fingerprint -sha256", "sha256 Fingerprint=§colonhex§")]),
    L("kubectl_pods", "sh", "kubernetes", "resource_ids", [
        ("kubectl get pods -n §ns§ -o wide", "NAME                            READY   STATUS    RESTARTS   AGE   IP            NODE\n§app§-§podsfx.a§   1/1     Running   0          3h    10.42.1.§int2§   ip-10-0-3-§int2.b§.ec2.internal\n§app§-§podsfx.b§   1/1     Running   1          3h    10.42.2.§int2.c§   ip-10-0-4-§int2.d§.ec2.internal"),
        ("kubectl describe pod §app§-§podsfx.a§ -n §ns§ | grep -E 'Container ID|Image ID'", "    Container ID:   containerd://§hex64.a§\n    Image ID:       §registry§/§app§@sha256:§hex64.b§")]),
    L("kubectl_get_secrets", "sh", "kubernetes", "resource_ids", [
        ("kubectl get secrets -n §ns§", "NAME                  TYPE                             DATA   AGE\n§app§-db              Opaque                           2      41d\n§app§-tls             kubernetes.io/tls                2      12d\ndefault-token-§lower5§   kubernetes.io/service-account-token   3      210d")]),
    L("npm_integrity", "sh", "npm", "integrity_hash", [
        ("npm view §npmpkg§@§ver§ dist.integrity dist.shasum", "dist.integrity = 'sha512-§sha512b64§'\ndist.shasum = '§hex40§'")]),
    L("pip_hash", "sh", "pip", "integrity_hash", [
        ("pip hash dist/§pkg§-§ver§-py3-none-any.whl", "dist/§pkg§-§ver§-py3-none-any.whl:\n--hash=sha256:§hex64§")]),
    L("go_sum", "sh", "go", "integrity_hash", [
        ("grep golang.org/x/net go.sum", "golang.org/x/net v0.21.0 h1:§b64h1.a§=\ngolang.org/x/net v0.21.0/go.mod h1:§b64h1.b§=")]),
    L("aws_sts_identity", "sh", "aws", "account_ids", [
        ("aws sts get-caller-identity --profile §profile§", "{\n    \"UserId\": \"AIDA§AIDA§\",\n    \"Account\": \"§int12§\",\n    \"Arn\": \"arn:aws:iam::§int12§:user/§user§\"\n}")]),
    L("aws_configure_list", "sh", "aws", "masked_value", [
        ("aws configure list --profile §profile§", "      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                §profile§           manual    --profile\naccess_key     ****************§UP4§ shared-credentials-file\nsecret_key     ****************§UP4.b§ shared-credentials-file\n    region                §region§      config-file    ~/.aws/config")]),
    L("aws_s3_head", "sh", "aws", "etag", [
        ("aws s3api head-object --bucket §bucket§ --key releases/§app§-§ver§.zip --query '[ETag,VersionId]'", "[\n    \"\\\"§hex32§\\\"\",\n    \"§vid§\"\n]")]),
    L("aws_kms_keys", "sh", "aws", "resource_ids", [
        ("aws kms list-keys --region §region§ --output text", "KEYS\tarn:aws:kms:§region§:§int12§:key/§uuid.a§\t§uuid.a§\nKEYS\tarn:aws:kms:§region§:§int12§:key/§uuid.b§\t§uuid.b§")]),
    L("terraform_output", "sh", "terraform", "resource_ids", [
        ("terraform output", "bastion_instance_id = \"i-0§hex16§\"\nvpc_id = \"vpc-0§hex16.b§\"\nalb_dns_name = \"§app§-alb-§int9§.§region§.elb.amazonaws.com\"\ndb_password = <sensitive>")]),
    L("curl_headers", "sh", "http", "request_id", [
        ("curl -sI https://§domain§/api/health", "HTTP/2 200\ncontent-type: application/json\netag: W/\"§hex32§\"\nx-request-id: §uuid§\ncf-ray: §hex16§-FRA")]),
    L("journalctl_trace", "sh", "systemd", "trace_id", [
        ("journalctl -u §svc§ --since '5 min ago' --no-pager | tail -3", "Mar 04 09:12:11 §host§ §svc§[§pid§]: level=info msg=\"request done\" trace_id=§hex32.a§ span_id=§hex16.a§ status=200\nMar 04 09:12:12 §host§ §svc§[§pid§]: level=info msg=\"request done\" trace_id=§hex32.b§ span_id=§hex16.b§ status=200\nMar 04 09:12:14 §host§ §svc§[§pid§]: level=warn msg=\"slow query\" trace_id=§hex32.c§ duration_ms=812")]),
    L("gh_run_list", "sh", "github", "run_ids", [
        ("gh run list --limit 3", "STATUS  TITLE              WORKFLOW  BRANCH  EVENT  ID          ELAPSED  AGE\n*       Bump deps          CI        main    push   §int10.a§  3m12s    about 1 hour ago\nX       Fix flaky test     CI        §branch§ push  §int10.b§  2m58s    about 2 hours ago")]),
    L("gh_auth_status", "sh", "github", "masked_value", [
        ("gh auth status", "github.com\n  - Logged in to github.com account §user§ (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'")]),
    L("npm_token_list", "sh", "npm", "masked_value", [
        ("npm token list", "Read only token npm_§B62_2§... with id §hex6.a§ created 2024-01-21\nPublish token npm_§B62_2.b§... with id §hex6.b§ created 2024-02-02\nwith IP Whitelist: 10.20.0.0/16")]),
    L("read_s_password", "sh", "shell", "env_reference", [
        ("read -s -p 'DB password: ' PGPASSWORD && export PGPASSWORD", "DB password: "),
        ("psql -h §host§ -U §user§ §db§ -c 'select count(*) from orders'", " count\n-------\n §int5§\n(1 row)"),
        ("unset PGPASSWORD", "")]),
    L("docker_login_stdin_file", "sh", "docker", "env_reference", [
        ("docker login §registry§ -u §user§ --password-stdin < ~/.config/§app§/registry-token", "WARNING! Your password will be stored unencrypted in /home/§user§/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credential-stores\n\nLogin Succeeded")]),
    L("ipfs_add", "sh", "ipfs", "content_id", [
        ("ipfs add -r site/public", "added §cidv0.a§ public/index.html\nadded §cidv0.b§ public")]),
    L("stripe_cli_ids", "sh", "stripe", "object_ids", [
        ("stripe customers list --limit 1", "{\n  \"object\": \"list\",\n  \"data\": [\n    {\n      \"id\": \"cus_§ALN14§\",\n      \"object\": \"customer\",\n      \"created\": §ts§,\n      \"default_source\": \"card_§ALN24§\",\n      \"invoice_prefix\": \"§UP8§\",\n      \"livemode\": false\n    }\n  ],\n  \"has_more\": true,\n  \"url\": \"/v1/customers\"\n}")]),
    L("twilio_list", "sh", "twilio", "object_ids", [
        ("twilio api:core:messages:list --limit 2", "SID                                 From          To            Status     Date Sent\nSM§hex32.a§  +15005550006  +1415555§int4§  delivered  Mar 04 2024 09:01:55 GMT+0100\nSM§hex32.b§  +15005550006  +1415555§int4.b§  delivered  Mar 04 2024 08:41:02 GMT+0100")]),
    L("az_account_show", "sh", "azure", "account_ids", [
        ("az account show -o json", "{\n  \"environmentName\": \"AzureCloud\",\n  \"id\": \"§uuid.a§\",\n  \"isDefault\": true,\n  \"name\": \"§org§-prod\",\n  \"state\": \"Enabled\",\n  \"tenantId\": \"§uuid.b§\",\n  \"user\": {\n    \"name\": \"§email§\",\n    \"type\": \"user\"\n  }\n}")]),
    L("pub_stripe_publishable", "sh", "stripe", "publishable_key", [
        ("export NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_§ALN24§", ""), ("npm run build", "> next build")]),
    L("pub_google_client_id", "sh", "google", "oauth_client_id", [
        ("export GOOGLE_OAUTH_CLIENT_ID=§int12§-§lower32§.apps.googleusercontent.com", "")]),
    L("pub_github_client_id", "sh", "github", "oauth_client_id", [
        ("export GITHUB_APP_ID=§int6§", ""), ("export GITHUB_CLIENT_ID=Iv1.§hex16§", "")]),
    L("pub_twilio_sid", "sh", "twilio", "account_sid", [
        ("export TWILIO_ACCOUNT_SID=AC§hex32§", ""), ("export TWILIO_FROM_NUMBER=+15005550006", "")]),
    L("pub_sentry_dsn", "sh", "sentry", "dsn", [
        ("export SENTRY_DSN=https://§hex32§@o§int6§.ingest.sentry.io/§int7§", ""),
        ("export SENTRY_ENVIRONMENT=staging", "")]),
    L("pub_recaptcha_site_key", "sh", "google", "site_key", [
        ("export RECAPTCHA_SITE_KEY=6L§ALNU38§", "")]),
    # ---- other contexts
    L("ps_filehash", "ps", "windows", "sha256_digest", [
        ("Get-FileHash .\\dist\\§app§-setup-§ver§.msi -Algorithm SHA256 | Format-List", "Algorithm : SHA256\nHash      : §HEX64§\nPath      : C:\\src\\§app§\\dist\\§app§-setup-§ver§.msi")]),
    L("ps_guid", "ps", "windows", "uuid", [
        ("[guid]::NewGuid()", "\nGuid\n----\n§uuid§\n"), ("Get-Process -Name node | Select-Object Id, CPU", "\n   Id     CPU\n   --     ---\n §pid§  12.34\n")]),
    L("ps_azcontext", "ps", "azure", "account_ids", [
        ("Get-AzContext | Format-List Name, Subscription, Tenant", "Name         : §org§-prod (§uuid.a§) - §email§\nSubscription : §uuid.a§\nTenant       : §uuid.b§")]),
    L("psql_lookups", "psql", "postgres", "git_sha", [
        ("UPDATE deployments SET commit_sha = '§hex40§', finished_at = now() WHERE id = §int4§;", "UPDATE 1"),
        ("SELECT id, filename FROM uploads WHERE sha256 = '§hex64§';", " id | filename\n----+----------\n(0 rows)"),
        ("SELECT * FROM orders WHERE public_id = '§uuid§';", "(1 row)")]),
    L("mysql_lookups", "mysql", "mysql", "session_id", [
        ("SELECT user_id, expires_at FROM sessions WHERE id = '§hex32§';", "1 row in set (0.00 sec)"),
        ("SELECT UUID();", "1 row in set (0.00 sec)"),
        ("SHOW MASTER STATUS;", "1 row in set (0.00 sec)")]),
    L("sqlite_lookups", "sqlite", "sqlite", "sha1_digest", [
        ("SELECT path, size FROM blobs WHERE sha1 = '§hex40§';", ""),
        ("SELECT hex(randomblob(16));", "§HEX32§"),
        ("DELETE FROM cache WHERE etag = '§hex32§';", "")]),
    L("redis_lookups", "redis", "redis", "cache_keys", [
        ("GET cache:etag:§hex32§", "(nil)"), ("HGETALL job:§uuid§", "1) \"status\"\n2) \"done\""),
        ("DEL lock:build:§hex40§", "(integer) 1")]),
    L("py_hashes", "py", "python", "sha256_digest", [
        ("hashlib.sha256(b\"§word§\").hexdigest()", "'§hex64§'"),
        ("uuid.UUID(\"§uuid§\").version", "4"),
        ("base64.b64decode(\"§b64of.a§\")", "b'§phrase.a§'")]),
    L("py_secrets_gen", "py", "python", "env_reference", [
        ("token = secrets.token_urlsafe(32)", ""), ("len(token)", "43"),
        ("api_key = os.environ.get(\"SERVICE_API_KEY\")", ""), ("api_key is None", "False")]),
    L("node_buffers", "node", "node", "base64_data", [
        ("Buffer.from('§b64of.a§', 'base64').toString()", "'§phrase.a§'"),
        ("crypto.randomUUID()", "'§uuid§'"),
        ("require('crypto').createHash('sha256').update('§word§').digest('hex')", "'§hex64§'")]),
    L("ci_actions_pins", "sh", "github", "git_sha", [
        ("git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +§hex40.a§:refs/remotes/origin/§branch§", ""),
        ("echo \"cache-key=node-cache-Linux-x64-npm-§hex64§\" >> \"$GITHUB_OUTPUT\"", ""),
        ("echo sha=§hex40.a§", "sha=§hex40.a§")]),
    L("heroku_releases", "sh", "heroku", "git_sha", [
        ("heroku releases -a §app§ -n 3", "=== §app§ Releases - Current: v§int3§\nv§int3§  Deploy §hex8.a§   §email§  2024/03/04 09:10:41 +0100\nv§int3.b§  Set SENTRY_DSN config var  §email§  2024/03/01 16:22:08 +0100\nv§int3.c§  Deploy §hex8.b§   §email§  2024/02/28 11:02:55 +0100")]),
    L("vault_status", "sh", "vault", "cluster_id", [
        ("vault status", "Key             Value\n---             -----\nSeal Type       shamir\nInitialized     true\nSealed          false\nTotal Shares    5\nThreshold       3\nVersion         1.15.4\nStorage Type    raft\nCluster Name    vault-cluster-§hex8§\nCluster ID      §uuid§\nHA Enabled      true")]),
]


# ---------------------------------------------------------------------------
# Innocent companion commands per context (command, output)
# ---------------------------------------------------------------------------
INNOCENT = {
    "sh": [
        ("cd ~/src/§app§", ""),
        ("git status", "On branch §branch§\nYour branch is up to date with 'origin/§branch§'.\n\nnothing to commit, working tree clean"),
        ("git pull --rebase", "Successfully rebased and updated refs/heads/§branch§."),
        ("git checkout -b fix/§app§-timeouts", "Switched to a new branch 'fix/§app§-timeouts'"),
        ("ls -la", "total 48\ndrwxr-xr-x  9 §user§ §user§ 4096 Mar  4 09:12 .\ndrwxr-xr-x 14 §user§ §user§ 4096 Feb 27 17:40 ..\n-rw-r--r--  1 §user§ §user§  612 Mar  1 10:03 Makefile\ndrwxr-xr-x  4 §user§ §user§ 4096 Mar  4 09:12 deploy"),
        ("make test", "pytest -q\n........................................ [100%]\n40 passed in 3.21s"),
        ("docker compose up -d", "[+] Running 3/3\n - Container §app§-db-1     Started\n - Container §app§-redis-1  Started\n - Container §app§-web-1    Started"),
        ("docker compose logs -f --tail=20 web", "web-1  | [INFO] Listening at: http://0.0.0.0:8000"),
        ("kubectl get pods -n §ns§", "NAME                          READY   STATUS    RESTARTS   AGE\n§app§-§podsfx.i§   1/1     Running   0          3h12m"),
        ("kubectl rollout status deploy/§app§ -n §ns§", "deployment \"§app§\" successfully rolled out"),
        ("tail -n 3 /var/log/nginx/error.log", "2024/03/04 09:10:02 [warn] 812#812: *4411 upstream response is buffered to a temporary file"),
        ("systemctl status §svc§ --no-pager | head -3", "* §svc§.service - §app§ service\n     Loaded: loaded (/etc/systemd/system/§svc§.service; enabled)\n     Active: active (running) since Mon 2024-03-04 08:58:12 UTC"),
        ("sudo systemctl restart §svc§", ""),
        ("df -h /", "Filesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p1   78G   41G   37G  53% /"),
        ("free -m", "               total        used        free      shared  buff/cache   available\nMem:            7941        3120         602          14        4218        4504"),
        ("npm run build", "> §app§@§ver§ build\n> vite build\n\nbuilt in 4.82s"),
        ("terraform plan -out tfplan", "Plan: 2 to add, 1 to change, 0 to destroy."),
        ("terraform apply tfplan", "Apply complete! Resources: 2 added, 1 changed, 0 destroyed."),
        ("vim config/settings.yml", ""),
        ("clear", ""),
        ("uptime", " 09:14:02 up 41 days,  3:12,  2 users,  load average: 0.31, 0.28, 0.22"),
        ("whoami", "§user§"),
        ("curl -s https://§domain§/healthz", "{\"status\":\"ok\"}"),
        ("ssh §user§@§host§", ""),
        ("go test ./...", "ok  \tgithub.com/§org§/§repo§/internal/api\t0.412s"),
        ("python3 -m venv .venv && source .venv/bin/activate", ""),
        ("pip install -r requirements.txt", "Successfully installed §pkg§-§ver§"),
        ("aws s3 ls s3://§bucket§/releases/", "2024-03-01 10:22:13    1883710 §app§-§ver§.zip"),
        ("helm upgrade --install §app§ ./chart -n §ns§ -f values-§ns§.yaml", "Release \"§app§\" has been upgraded. Happy Helming!"),
        ("htop", ""),
        ("jq '.version' package.json", "\"§ver§\""),
        ("grep -rn TODO src/ | wc -l", "17"),
        ("cat /etc/os-release | head -2", "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nNAME=\"Ubuntu\""),
        ("sudo apt-get update", "Reading package lists... Done"),
        ("history | tail -3", ""),
        ("exit", "logout"),
    ],
    "ps": [
        ("cd C:\\src\\§app§", ""),
        ("git status", "On branch §branch§\nnothing to commit, working tree clean"),
        ("dotnet build -c Release", "Build succeeded.\n    0 Warning(s)\n    0 Error(s)"),
        ("Get-ChildItem .\\dist", "\n    Directory: C:\\src\\§app§\\dist\n\nMode                 LastWriteTime         Length Name\n----                 -------------         ------ ----\n-a---          04/03/2024    09:12        1883710 §app§-setup-§ver§.msi"),
        ("Test-NetConnection §host§ -Port 5432", "ComputerName     : §host§\nRemotePort       : 5432\nTcpTestSucceeded : True"),
        ("winget install --id Git.Git -e", "Successfully installed"),
        ("Get-Service -Name W3SVC", "\nStatus   Name               DisplayName\n------   ----               -----------\nRunning  W3SVC              World Wide Web Publishing Service"),
        ("npm ci", "added 812 packages in 21s"),
        ("code .", ""),
        ("Clear-Host", ""),
        ("wsl --list --verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2"),
    ],
    "psql": [
        ("\\dt", "           List of relations\n Schema |    Name     | Type  | Owner\n--------+-------------+-------+-------\n public | orders      | table | §user§\n public | customers   | table | §user§"),
        ("\\d orders", ""), ("\\x", "Expanded display is on."),
        ("SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day';", " count\n-------\n   §int3§\n(1 row)"),
        ("SELECT pg_size_pretty(pg_database_size('§db§'));", " pg_size_pretty\n----------------\n 4212 MB\n(1 row)"),
        ("\\du", ""), ("\\conninfo", "You are connected to database \"§db§\" as user \"§user§\" on host \"§host§\" at port \"5432\"."),
        ("SELECT now();", ""), ("\\l", ""), ("VACUUM ANALYZE orders;", "VACUUM"),
        ("GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;", "GRANT"),
        ("\\q", ""),
    ],
    "mysql": [
        ("show databases;", ""), ("use §db§;", "Database changed"), ("show tables;", ""),
        ("select count(*) from orders;", "1 row in set (0.01 sec)"),
        ("show processlist;", ""), ("flush privileges;", "Query OK, 0 rows affected (0.00 sec)"),
        ("SHOW GRANTS FOR '§user§'@'%';", ""), ("select version();", ""),
        ("SHOW SLAVE STATUS\\G", ""), ("exit", "Bye"),
    ],
    "sqlite": [
        (".tables", "events    migrations  settings  users"), (".schema settings", ""),
        (".headers on", ""), (".mode column", ""),
        ("select * from events order by id desc limit 5;", ""),
        ("select count(*) from users;", "§int3§"), (".quit", ""),
    ],
    "redis": [
        ("PING", "PONG"), ("INFO memory", "# Memory\nused_memory_human:212.41M"),
        ("DBSIZE", "(integer) §int5§"), ("KEYS session:*", "(empty array)"),
        ("SCAN 0 MATCH job:* COUNT 100", "1) \"0\"\n2) (empty array)"),
        ("CONFIG GET maxmemory", "1) \"maxmemory\"\n2) \"536870912\""), ("TTL rate:§user§", "(integer) 41"),
        ("CLIENT LIST", ""), ("SELECT 2", "OK"),
    ],
    "py": [
        ("import os", ""), ("import json", ""), ("import requests", ""),
        ("r = requests.get(\"https://§domain§/api/v1/status\")", ""), ("r.status_code", "200"),
        ("r.json()", "{'status': 'ok', 'version': '§ver§'}"),
        ("import pandas as pd", ""), ("df = pd.read_csv(\"data/export.csv\")", ""), ("df.shape", "(1824, 12)"),
        ("df.head()", ""), ("help(json.dumps)", ""), ("len(df)", "1824"), ("exit()", ""),
    ],
    "node": [
        ("const fs = require('fs')", "undefined"),
        ("JSON.parse(fs.readFileSync('package.json')).version", "'§ver§'"),
        ("[1, 2, 3].map(x => x * 2)", "[ 2, 4, 6 ]"),
        ("await fetch('https://§domain§/healthz').then(r => r.status)", "200"),
        ("process.version", "'v20.11.1'"), (".exit", ""), ("new Date().toISOString()", "'2024-03-04T09:12:44.512Z'"),
    ],
}

LAUNCHERS = {  # shell command that opens the client in transcripts
    "psql": ("psql -h §host§ -U §user§ §db§", "psql (15.6)\nType \"help\" for help.\n"),
    "mysql": ("mysql -h §host§ -u §user§ -p §db§", "Enter password: \nWelcome to the MySQL monitor.  Commands end with ; or \\g.\nServer version: 8.0.36 MySQL Community Server - GPL\n"),
    "sqlite": ("sqlite3 data/§app§.db", "SQLite version 3.45.1 2024-01-30 16:01:20\nEnter \".help\" for usage hints."),
    "redis": ("redis-cli -h §host§", ""),
    "py": ("python3", "Python 3.11.8 (main, Feb  7 2024, 21:52:08) [GCC 11.4.0] on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information."),
    "node": ("node", "Welcome to Node.js v20.11.1.\nType \".help\" for more information."),
}

# ---------------------------------------------------------------------------
# Per-file context pieces and token filling
# ---------------------------------------------------------------------------
NAMES_FIRST = ["Ana", "Ben", "Chloe", "Dmitri", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Luis", "Mei", "Noah", "Priya", "Tomasz"]
NAMES_LAST = ["Silva", "Okafor", "Novak", "Tanaka", "Schmidt", "Haddad", "Kowalski", "Moreau", "Rossi", "Nguyen", "Larsen", "Patel"]
INNOCENT_PHRASES = ["hello world", "deploy finished", "release-notes v1.4.2", "The quick brown fox",
                    "{\"feature\":\"dark-mode\",\"enabled\":true}", "build 2024.03.04 ok", "ping",
                    "migrations applied: 42", "staging cluster ready", "#!/bin/sh echo ok"]
WORDS = ["hello", "release", "staging", "orders", "invoice-42", "abc", "config"]


def make_ctx(r, label):
    first, last = r.choice(NAMES_FIRST), r.choice(NAMES_LAST)
    user = r.choice(["deploy", "ubuntu", "ec2-user", "admin", "ops", "svc-ci", first.lower(),
                     (first[0] + last).lower(), first.lower() + "." + last.lower()])
    domain = r.choice(["acme-corp.io", "northwind.dev", "globex.net", "initech.cloud", "hooli.xyz", "umbrella-labs.com"])
    app = r.choice(["atlas", "ledger", "harbor", "pinecone", "relay", "orbit", "quill", "beacon", "nimbus", "sprocket", "tern", "kestrel"])
    ts = r.randint(1688000000, 1735000000)
    ctx = {
        "user": user, "First": first, "Last": last, "domain": domain, "app": app, "ts0": ts,
        "email": (first.lower() + "." + last.lower() + "@" + domain),
        "host": r.choice(["db-prod-01.internal", "10.0.3.17", "pg-main." + domain, "mysql-replica-2",
                          "redis-cache-01", "bastion." + domain, "172.20.4.11", "web-02", app + "-db.internal"]),
        "db": r.choice(["appdb", "orders", "billing", "analytics", "inventory", "shop_prod", "crm", app]),
        "org": r.choice(["acme-corp", "northwind", "globex", "initech", "umbrella-labs", "hooli", "contoso-eng"]),
        "repo": r.choice(["infra", "api-gateway", "billing-service", "web-frontend", "data-pipeline", "ops-scripts", app]),
        "ns": r.choice(["staging", "prod", "payments", "default", "platform", "data"]),
        "branch": r.choice(["main", "develop", "feature/rate-limits", "fix/flaky-tests", "release/2024.03"]),
        "bucket": app + "-artifacts-" + r.choice(["prod", "eu", "ci", "shared"]),
        "profile": r.choice(["prod", "staging", "default", "ci", "sandbox", "billing"]),
        "region": r.choice(["eu-west-1", "us-east-1", "us-west-2", "eu-central-1", "ap-southeast-2"]),
        "svc": r.choice(["nginx", "gunicorn", app + "-worker", "celery", app + "-api", "caddy"]),
        "chan": "C0" + rs(r, UPPER + DIGITS, 9),
        "shop": app + "-store",
        "ver": "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 19), r.randint(0, 12)),
        "keyname": r.choice(["deploy_key", "id_ed25519_ci", "github_deploy", "id_rsa_backup", "bastion_ed25519"]),
        "registry": r.choice(["registry.gitlab.com/" + app, "ghcr.io/" + app + "-org", "docker.io/" + user.replace(".", ""),
                              "harbor." + domain + "/platform"]),
        "acct": app + r.choice(["storprod", "backups", "data01"]),
        "pkg": r.choice(["acme-utils", "ledger-client", "internal-auth", "pinecone-tools", app + "-sdk"]),
        "npmpkg": r.choice(["@" + app + "/ui", "express", "@" + app + "/sdk", "lodash"]),
        "ctxname": r.choice(["prod", "personal", "team-infra"]),
        "mongoid": rs(r, LOWER + DIGITS, 5),
        "acsid": "AC" + rs(r, HEX, 32),
        "akid": ("AKIA" + rs(r, B32, 16)) if label == "pos" else r.choice(["AKIAIOSFODNN7EXAMPLE", "$AWS_ACCESS_KEY_ID"]),
        "uuid1": ruuid(r), "uuid2": ruuid(r),
        "vault": r.choice(["Private", "Engineering", "Infra", "CI"]),
        "env": r.choice(["prod", "staging", "dev"]),
        "field": r.choice(["password", "token", "api_key"]),
    }
    ctx["date"] = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    ctx["dbuser"] = user.replace(".", "_").replace("-", "_")
    return ctx


TOKEN_RE = re.compile(r"§([A-Za-z0-9_]+?)(?:\.([a-z0-9]+))?§")


def _gen_token(r, name, suffix, ctx, cache):
    m = re.fullmatch(r"(hex|HEX|int|lower|ALN|UP|ALNU|B62_)(\d+)", name)
    if m:
        kind, n = m.group(1), int(m.group(2))
        if kind == "int":
            return str(r.randint(1, 9)) + rs(r, DIGITS, n - 1)
        alph = {"hex": HEX, "HEX": HEXU, "lower": LOWER + DIGITS, "ALN": ALNUM, "UP": UPPER + DIGITS,
                "ALNU": ALNUM + "-_", "B62_": ALNUM}[kind]
        return rs(r, alph, n)
    if name == "pid":
        return str(r.randint(1200, 98000))
    if name == "ts":
        return str(ctx["ts0"] + r.randint(0, 5000))
    if name == "uuid":
        return ruuid(r)
    if name == "phrase":
        return r.choice(INNOCENT_PHRASES)
    if name == "b64of":
        key = ("phrase", suffix)
        if key not in cache:
            cache[key] = r.choice(INNOCENT_PHRASES)
        return base64.b64encode(cache[key].encode()).decode()
    if name == "word":
        return r.choice(WORDS)
    if name == "fp256":
        return base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
    if name == "sshpub":
        return "ssh-ed25519 " + base64.b64encode(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32))).decode()
    if name == "pgppub":
        body = wrap(base64.b64encode(b"\x98\x33\x04" + rbytes(r, 420)).decode(), 64)
        return "\n".join(["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + body +
                         ["=" + base64.b64encode(rbytes(r, 3)).decode(), "-----END PGP PUBLIC KEY BLOCK-----"])
    if name == "certpem":
        body = wrap(base64.b64encode(bytes.fromhex("308205") + rbytes(r, 1100)).decode(), 64)
        return "\n".join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"])
    if name == "colonhex":
        return ":".join("%02X" % b for b in rbytes(r, 32))
    if name == "podsfx":
        return rs(r, "bcdfghjklmnpqrstvwxz2456789", 10) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)
    if name == "sha512b64":
        return base64.b64encode(rbytes(r, 64)).decode()
    if name == "b64h1":
        return base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
    if name == "AIDA":
        return rs(r, UPPER + DIGITS, 17)
    if name == "vid":
        return rs(r, ALNUM + "._", 32)
    if name == "cidv0":
        return "Qm" + rs(r, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)
    raise KeyError("unknown token " + name)


def fill(r, text, ctx, cache):
    def rep(m):
        name, suffix = m.group(1), m.group(2)
        if name in ctx and suffix is None:
            return str(ctx[name])
        key = (name, suffix)
        if key not in cache:
            cache[key] = _gen_token(r, name, suffix, ctx, cache)
        return cache[key]
    out = TOKEN_RE.sub(rep, text)
    out = TOKEN_RE.sub(rep, out)  # context values may themselves hold tokens
    assert "§" not in out, out
    return out


# ---------------------------------------------------------------------------
# Slot rendering: secret (positives) and non-secret fillers (negatives)
# ---------------------------------------------------------------------------
SAFE_BARE = set(ALNUM + "_./:+=,@-")


def render_secret(r, style, v):
    if style == "W" or style == "PSW":
        if not set(v) <= SAFE_BARE:
            return "'" + v + "'"
        x = r.random()
        if x < 0.6:
            return v
        return ("'" + v + "'") if x < 0.85 else ('"' + v + '"')
    if style == "PSQL":
        return "'" + v + "'"
    if style in ("PY", "JS", "PS"):
        return r.choice(['"', "'"]).join(["", v, ""])
    return v  # WD U UL SQ PYIN PSD R RQ B: raw inside the template's own quoting


def _xs(r, n):
    return r.choice(["x", "X"]) * n


def neg_filler(r, tpl, sample, cname=""):
    """Return (category, text) for the slot of a reused positive template."""
    style, var, gen = tpl["slot"], tpl["var"], tpl["gen"]
    low = var.lower()
    prefix = PREFIXES.get(gen, "")
    examples = DOC_EXAMPLES.get(gen, [])
    xs = prefix + _xs(r, max(8, len(sample) - len(prefix))) if len(sample) < 120 else prefix + _xs(r, 40)
    cats = {}
    if style == "W":
        cats["envref"] = ["$" + var, '"$' + var + '"', '"${' + var + '}"']
        cats["secretmgr"] = ['"$(op read \'op://§vault§/§app§/' + low + '\')"', "$(cat ~/.config/§app§/" + low + ")",
                             '"$(vault kv get -field=' + low + ' secret/§app§/§env§)"',
                             '"$(aws secretsmanager get-secret-value --secret-id §env§/§app§/' + low + ' --query SecretString --output text)"',
                             "$(pass show §app§/" + low + ")", '"$(security find-generic-password -a "$USER" -s ' + low + ' -w)"',
                             '"$(gcloud secrets versions access latest --secret=' + low.replace("_", "-") + ')"',
                             '"$(< /run/secrets/' + low + ')"', '"$(doppler secrets get ' + var + ' --plain)"']
        cats["placeholder"] = ["'<your-token>'", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "'<" + low + ">'", xs,
                               "'" + prefix + "...'" if prefix else "'...'"]
        cats["masked"] = ["'***'", "'********'", "'[REDACTED]'", "'<redacted>'"]
        cats["empty"] = ["''", '""']
        cats["example"] = [("'" + e + "'") for e in examples]
    elif style == "WD":
        cats["envref"] = ["$" + var, "${" + var + "}"]
        cats["secretmgr"] = ["$(cat ~/." + low + ")", "$(op read op://§vault§/§app§/" + low + ")",
                             "$(vault kv get -field=" + low + " secret/§app§)"]
        cats["placeholder"] = ["<token>", "YOUR_TOKEN", "YOUR_API_KEY", xs]
        cats["masked"] = ["***", "[REDACTED]", "<redacted>"]
        cats["example"] = list(examples)
    elif style == "U":
        cats["envref"] = ["${" + var + "}", "$" + var]
        cats["secretmgr"] = ["$(cat /run/secrets/" + low + ")"]
        cats["placeholder"] = ["<password>", "PASSWORD", "changeme", "YOUR_PASSWORD", "<token>"]
        cats["masked"] = ["****", "***", "xxxxxxxx"]
    elif style == "UL":
        cats["placeholder"] = ["<password>", "PASSWORD", "changeme", "{password}"]
        cats["masked"] = ["****", "***"]
    elif style in ("SQ", "R", "RQ"):
        if gen.startswith("pw"):
            cats["placeholder"] = ["<password>", "changeme", "CHANGE_ME", "REPLACE_WITH_STRONG_PASSWORD", xs]
        else:
            cats["placeholder"] = ["<api-key>", "YOUR_API_KEY", "<" + low + ">", xs, (prefix + "...") if prefix else "..."]
        cats["masked"] = ["********", "[REDACTED]", "***"]
        if style == "SQ":
            cats["example"] = list(examples)
    elif style == "PSQL":
        cats["envref"] = [":'" + low + "'"]
        cats["placeholder"] = ["'<password>'", "'changeme'", "'CHANGE_ME'"]
        cats["masked"] = ["'********'", "'[REDACTED]'"]
        cats["example"] = ["'" + e + "'" for e in examples]
    elif style == "PY":
        cats["envref"] = ['os.environ["' + var + '"]', 'os.getenv("' + var + '")', 'os.environ.get("' + var + '")', "settings." + var]
        cats["secretmgr"] = ['getpass.getpass("Token: ")', 'keyring.get_password("§app§", "' + low + '")',
                             'Path("~/.config/§app§/' + low + '").expanduser().read_text().strip()']
        cats["placeholder"] = ['"<your-api-key>"', '"YOUR_API_KEY"', '"' + prefix + '..."', '"changeme"']
        cats["masked"] = ['"***"', '"[REDACTED]"']
        cats["example"] = ['"' + e + '"' for e in examples]
    elif style == "PYIN":
        cats["envref"] = ["{os.environ['" + var + "']}", "{token}", "{os.getenv('" + var + "')}"]
        cats["placeholder"] = ["<your-token>", "YOUR_TOKEN"]
        cats["masked"] = ["***"]
    elif style == "JS":
        cats["envref"] = ["process.env." + var, "process.env['" + var + "']"]
        cats["placeholder"] = ["'<your-api-key>'", "'YOUR_API_KEY'", "'" + prefix + "...'"]
        cats["masked"] = ["'***'"]
        cats["example"] = ["'" + e + "'" for e in examples]
    elif style == "PS":
        cats["envref"] = ["$env:" + var]
        cats["secretmgr"] = ["(Get-Secret -Name " + var + " -AsPlainText)", "(Read-Host -Prompt \"Value\")",
                             "(Get-Content \"$HOME\\.config\\" + low + ".txt\" -Raw).Trim()"]
        cats["placeholder"] = ['"<your-token>"', '"YOUR_API_KEY_HERE"', '"changeme"']
        cats["masked"] = ['"***"', '"********"']
        cats["example"] = ['"' + e + '"' for e in examples]
    elif style == "PSD":
        cats["envref"] = ["$env:" + var, "$($env:" + var + ")", "$token"]
        cats["placeholder"] = ["<token>", "YOUR_TOKEN"]
        cats["masked"] = ["***"]
    elif style == "PSW":
        cats["envref"] = ["$env:" + var, "(Get-Secret " + var + " -AsPlainText)"]
        cats["placeholder"] = ['"<password>"', "'<token>'"]
        cats["masked"] = ["***", "'********'"]
    elif style == "B":
        kind = r.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY"])
        body = r.choice(["<redacted>", "...", "[key material removed]", "<paste the deploy key here>", "REDACTED"])
        return "masked", "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----"
    weights = {"envref": 30, "secretmgr": 20, "placeholder": 25, "masked": 15, "example": 6, "empty": 4}
    names = [k for k in ["envref", "secretmgr", "placeholder", "masked", "example", "empty"] if cats.get(k)]
    cat = r.choices(names, weights=[weights[k] for k in names])[0]
    if cname.startswith("ci_") and cat in ("envref", "secretmgr") and style in ("W", "WD", "U") and r.random() < 0.7:
        # a `set -x` trace shows expanded values; CI runners print registered secrets as ***
        return "masked", "***"
    if cat == "empty" and tpl["cmd"].endswith("=§S§"):
        return cat, r.choice(["", "''"])
    return cat, r.choice(cats[cat])


# ---------------------------------------------------------------------------
# Containers: history files and transcripts
# ---------------------------------------------------------------------------
HIST = {"sh": ["bash_history", "bash_history", "zsh_history", "zsh_history", "fish_history"],
        "ps": ["ps_history"], "psql": ["psql_history"], "mysql": ["mysql_history"],
        "sqlite": ["sqlite_history"], "redis": ["rediscli_history"],
        "py": ["python_history", "ipython_log"], "node": ["node_repl_history"]}
TX = {"sh": ["typescript", "tmux_log", "screen_log", "cast", "ci_gha", "ci_gitlab", "ci_jenkins", "md", "md"],
      "ps": ["ps_transcript", "md"], "psql": ["typescript", "tmux_log", "cast", "md"],
      "mysql": ["typescript", "screen_log", "cast", "md"], "sqlite": ["typescript", "md"],
      "redis": ["typescript", "tmux_log", "cast", "md"], "py": ["jupyter_console", "typescript", "cast", "md"],
      "node": ["typescript", "cast", "md"]}

PATHS = {
    "bash_history": [".bash_history", "home/§user§/.bash_history", "ops/bastion/.bash_history",
                     "docker/devshell/root/.bash_history", "vagrant/home/vagrant/.bash_history",
                     "infra/ansible/files/.bash_history", "backup/§app§-web/root/.bash_history"],
    "zsh_history": [".zsh_history", "home/§user§/.zsh_history", "dotfiles/zsh/.zsh_history", ".histfile",
                    ".devcontainer/.zsh_history", "config/zsh/.zsh_history"],
    "fish_history": [".local/share/fish/fish_history", "dotfiles/fish/fish_history",
                     "home/§user§/.local/share/fish/fish_history"],
    "ps_history": ["AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
                   "tools/windows/ConsoleHost_history.txt", "ConsoleHost_history.txt"],
    "psql_history": [".psql_history", "db/.psql_history", "home/postgres/.psql_history", "docker/postgres/.psql_history"],
    "mysql_history": [".mysql_history", "db/mysql/.mysql_history", "root/.mysql_history"],
    "sqlite_history": [".sqlite_history", "data/.sqlite_history", "tools/.sqlite_history"],
    "rediscli_history": [".rediscli_history", "ops/redis/.rediscli_history", "docker/redis/.rediscli_history"],
    "python_history": [".python_history", "notebooks/.python_history", "scripts/.python_history"],
    "ipython_log": ["ipython_log.py", "notebooks/ipython_log.py", "analysis/ipython_log_§date§.py"],
    "node_repl_history": [".node_repl_history", "web/.node_repl_history", "frontend/.node_repl_history"],
    "typescript": ["typescript", "logs/typescript-§date§", "sessions/§user§-§date§.typescript", "logs/§app§-session-§date§.log"],
    "tmux_log": ["logs/tmux-§app§-0-1.log", ".tmux/logs/tmux-main-2-0.log", "tmux-history-§date§.txt"],
    "screen_log": ["screenlog.0", "logs/screenlog.2", "ops/screenlog.0"],
    "cast": ["docs/demos/§app§-setup.cast", "recordings/§date§-deploy.cast", "assets/asciinema/§app§-debug.cast", "demo.cast"],
    "ci_gha": ["ci/logs/deploy_§int10§.txt", "logs/actions/§int10§/2_build.txt", ".github/logs/release-§date§.log"],
    "ci_gitlab": ["ci/job-§int9§.log", "logs/gitlab/§int9§-deploy.log"],
    "ci_jenkins": ["logs/jenkins/§app§-deploy-§int3§-consoleText.txt", "build/console.log"],
    "ps_transcript": ["logs/PowerShell_transcript.WS-§int4§.§ALN8§.§tsd§.txt", "Documents/PowerShell_transcript.§app§-build.§ALN8§.§tsd§.txt"],
    "jupyter_console": ["notebooks/console-§date§.log", "logs/jupyter-console.txt", "analysis/session-§date§.txt"],
    "md": ["docs/runbooks/§mdtopic§.md", "docs/troubleshooting.md", "notes/oncall-§date§.md",
           "docs/incidents/§date§-§mdtopic§.md", "docs/setup.md", "NOTES.md", "ops/README.md"],
}

MD_TOPICS = [("restore-database", "Restoring the %s database"), ("rotate-credentials", "Credential rotation for %s"),
             ("debug-release", "Debugging the failed %s release"), ("local-setup", "Local setup for %s"),
             ("migrate-cluster", "Migrating %s to the new cluster"), ("cache-issues", "Investigating %s cache misses")]
MD_PROSE = ["Pasting the session here so we can reproduce it later.",
            "These are the exact commands I ran, in order.",
            "Output trimmed where it was not interesting.",
            "If the last step fails, check the service logs first.",
            "The same steps work for staging; only the host changes.",
            "Ping #platform if anything in here looks off.",
            "Took about ten minutes end to end."]


def sh_prompt(r, c):
    style = r.randrange(5)
    if style == 0:
        return lambda: "%s@%s:~/%s$ " % (c["user"], c["app"] + "-box", c["app"])
    if style == 1:
        return lambda: "[%s@%s %s]$ " % (c["user"], c["app"] + "-01", c["app"])
    if style == 2:
        return lambda: "\x1b[01;32m%s@%s\x1b[00m:\x1b[01;34m~/src/%s\x1b[00m$ " % (c["user"], c["app"] + "-dev", c["app"])
    if style == 3:
        return lambda: "%s%% " % (c["app"] + "-mbp")
    cid = rs(r, HEX, 12)
    return lambda: "root@%s:/app# " % cid


def client_prompt(ctxk, c):
    return {"psql": c["db"] + "=> ", "mysql": "mysql> ", "sqlite": "sqlite> ", "redis": c["host"] + ":6379> ",
            "py": ">>> ", "node": "> ", "ps": "PS C:\\src\\" + c["app"] + "> "}.get(ctxk, "$ ")


def render(r, cname, ctxk, entries, c):
    """entries: list of dicts {cmd, out, paste}; returns text."""
    t = c["ts0"]
    times = []
    for _ in entries:
        t += r.randint(3, 400)
        times.append(t)
    L_ = []
    if cname == "bash_history":
        stamped = r.random() < 0.4
        for e, tt in zip(entries, times):
            if stamped:
                L_.append("#%d" % tt)
            L_.append(e["cmd"])
    elif cname == "zsh_history":
        for e, tt in zip(entries, times):
            L_.append(": %d:%d;%s" % (tt, r.choice([0, 0, 0, 1, 2, 5]), e["cmd"].replace("\n", "\\\n")))
    elif cname == "fish_history":
        for e, tt in zip(entries, times):
            L_.append("- cmd: " + e["cmd"].replace("\\", "\\\\").replace("\n", "\\n"))
            L_.append("  when: %d" % tt)
            if r.random() < 0.2:
                L_.append("  paths:")
                L_.append("    - " + r.choice(["config/settings.yml", "dist/", "~/.ssh/config", "Makefile"]))
    elif cname in ("ps_history", "psql_history", "sqlite_history", "rediscli_history", "python_history"):
        L_.extend(e["cmd"] for e in entries)
    elif cname == "mysql_history":
        if r.random() < 0.5:
            L_.append("_HiStOrY_V2_")
            L_.extend(e["cmd"].replace(" ", "\\040") for e in entries)
        else:
            L_.extend(e["cmd"] for e in entries)
    elif cname == "ipython_log":
        L_ += ["# IPython log file", ""]
        L_.extend(e["cmd"] for e in entries)
    elif cname == "node_repl_history":
        L_.extend(e["cmd"] for e in reversed(entries))
    elif cname in ("typescript", "tmux_log", "screen_log"):
        sp = sh_prompt(r, c)
        if cname == "typescript":
            L_.append('Script started on %s 09:%02d:%02d+00:00 [TERM="xterm-256color" TTY="/dev/pts/%d" COLUMNS="%d" LINES="%d"]'
                      % (c["date"], r.randint(0, 59), r.randint(0, 59), r.randint(0, 6), r.choice([120, 157, 211]), r.choice([40, 48, 55])))
        for e in entries:
            p = sp() if e.get("shell", ctxk == "sh") else client_prompt(ctxk, c)
            L_.append(p + e["cmd"])
            if e["out"]:
                L_.extend(e["out"].split("\n"))
        L_.append(sp() + ("exit" if r.random() < 0.6 else ""))
        if cname == "typescript":
            L_.append('Script done on %s 10:%02d:%02d+00:00 [COMMAND_EXIT_CODE="0"]' % (c["date"], r.randint(0, 59), r.randint(0, 59)))
    elif cname == "cast":
        sp = sh_prompt(r, c)
        L_.append(json.dumps({"version": 2, "width": r.choice([100, 120, 157]), "height": r.choice([30, 36, 42]),
                              "timestamp": c["ts0"], "idle_time_limit": 2.0,
                              "env": {"SHELL": r.choice(["/bin/bash", "/usr/bin/zsh"]), "TERM": "xterm-256color"},
                              "title": c["app"] + " " + r.choice(["setup", "deploy", "debugging"])}))
        tm = 0.0
        for e in entries:
            p = sp() if e.get("shell", ctxk == "sh") else client_prompt(ctxk, c)
            tm += r.uniform(0.2, 1.5)
            L_.append(json.dumps([round(tm, 6), "o", p]))
            cmd = e["cmd"]
            if e.get("paste") or len(cmd) > 80 or r.random() < 0.3:
                tm += r.uniform(0.5, 2.0)
                L_.append(json.dumps([round(tm, 6), "o", cmd]))
            else:
                i = 0
                while i < len(cmd):
                    k = r.randint(1, 4)
                    tm += r.uniform(0.03, 0.25)
                    L_.append(json.dumps([round(tm, 6), "o", cmd[i:i + k]]))
                    i += k
            tm += r.uniform(0.1, 0.6)
            L_.append(json.dumps([round(tm, 6), "o", "\r\n" + (e["out"].replace("\n", "\r\n") + "\r\n" if e["out"] else "")]))
        tm += r.uniform(0.5, 2.0)
        L_.append(json.dumps([round(tm, 6), "o", sp() + "exit\r\n"]))
    elif cname == "ci_gha":
        base = [float(r.randint(0, 1800))]

        def stamp(line):
            base[0] += r.uniform(0.0001, 2.5)
            sec = int(base[0])
            return "%sT%02d:%02d:%02d.%07dZ %s" % (c["date"], 8 + sec // 3600, (sec // 60) % 60, sec % 60,
                                                   int((base[0] - sec) * 1e7), line)
        L_ += [stamp(x) for x in ["##[group]Run ./scripts/deploy.sh " + c["ns"], "./scripts/deploy.sh " + c["ns"],
                                   "shell: /usr/bin/bash -e {0}", "env:", "  APP_NAME: " + c["app"],
                                   "  DEPLOY_ENV: " + c["ns"], "##[endgroup]", "+ set -euo pipefail"]]
        for e in entries:
            for i, line in enumerate(e["cmd"].split("\n")):
                L_.append(stamp(("+ " if i == 0 else "") + line))
            if e["out"]:
                L_.extend(stamp(x) for x in e["out"].split("\n"))
        L_.append(stamp("Post job cleanup."))
    elif cname == "ci_gitlab":
        L_ += ["Running with gitlab-runner 16.9.1 (782c6ecb)", "  on runner-" + rs(r, LOWER + DIGITS, 8) + " " + rs(r, LOWER + DIGITS, 8) + ", system ID: s_" + rs(r, HEX, 12),
               'Preparing the "docker" executor', "Using docker image alpine:3.19 ...",
               "Getting source from Git repository", "Fetching changes with git depth set to 20...",
               "Checking out " + rs(r, HEX, 8) + " as detached HEAD (ref is " + c["branch"] + ")...",
               'Executing "step_script" stage of the job script', "$ set -x"]
        for e in entries:
            for i, line in enumerate(e["cmd"].split("\n")):
                L_.append(("+ " if i == 0 else "") + line)
            if e["out"]:
                L_.extend(e["out"].split("\n"))
        L_ += ["Cleaning up project directory and file based variables", "Job succeeded"]
    elif cname == "ci_jenkins":
        L_ += ["Started by user %s %s" % (c["First"], c["Last"]), "[Pipeline] Start of Pipeline", "[Pipeline] node",
               "Running on agent-0%d in /var/lib/jenkins/workspace/%s-deploy" % (r.randint(1, 9), c["app"]),
               "[Pipeline] {", "[Pipeline] stage", "[Pipeline] { (Deploy)", "[Pipeline] sh"]
        for e in entries:
            for i, line in enumerate(e["cmd"].split("\n")):
                L_.append(("+ " if i == 0 else "") + line)
            if e["out"]:
                L_.extend(e["out"].split("\n"))
        L_ += ["[Pipeline] }", "[Pipeline] // stage", "[Pipeline] }", "[Pipeline] End of Pipeline", "Finished: SUCCESS"]
    elif cname == "ps_transcript":
        st = "2024%s%02d%02d%02d" % (c["date"][5:7] + c["date"][8:10], r.randint(8, 18), r.randint(0, 59), r.randint(0, 59))
        L_ += ["**********************", "PowerShell transcript start", "Start time: " + st,
               "Username: CORP\\" + c["user"], "RunAs User: CORP\\" + c["user"], "Configuration Name: ",
               "Machine: WS-%04d (Microsoft Windows NT 10.0.22631.0)" % r.randint(1, 9999),
               "Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.exe",
               "Process ID: %d" % r.randint(1000, 30000), "PSVersion: 7.4.1", "PSEdition: Core",
               "**********************", "Transcript started, output file is " + c["_relpath_hint"]]
        for e in entries:
            L_.append(client_prompt("ps", c) + e["cmd"])
            if e["out"]:
                L_.extend(e["out"].split("\n"))
        L_ += ["**********************", "PowerShell transcript end", "End time: " + st[:-2] + "59", "**********************"]
    elif cname == "jupyter_console":
        L_ += ["Jupyter console 6.6.3", "", "Python 3.11.8 (main, Feb  7 2024, 21:52:08) [GCC 11.4.0]",
               "Type 'copyright', 'credits' or 'license' for more information",
               "IPython 8.22.1 -- An enhanced Interactive Python. Type '?' for help.", ""]
        n = 1
        for e in entries:
            if e.get("shell"):
                continue
            L_.append("In [%d]: %s" % (n, e["cmd"]))
            if e["out"]:
                outl = e["out"].split("\n")
                L_.append("Out[%d]: %s" % (n, outl[0]))
                L_.extend(outl[1:])
            L_.append("")
            n += 1
        L_.append("In [%d]: " % n)
    elif cname == "md":
        slug, title = c["_mdtopic"]
        L_ += ["# " + (title % c["app"]), "", r.choice(MD_PROSE), ""]
        if r.random() < 0.5:
            L_ += ["_Last updated %s by %s._" % (c["date"], c["First"]), ""]
        lang = {"sh": r.choice(["console", "console", "bash", "shell"]), "ps": "powershell", "py": "pycon",
                "node": "console", "psql": "sql" if r.random() < 0.3 else "console"}.get(ctxk, "console")
        L_.append("```" + lang)
        if c.get("_need_out"):
            lang = "console" if ctxk != "py" else "pycon"
        bare = lang in ("bash", "shell", "sql")
        for e in entries:
            if bare:
                L_.append(e["cmd"])
                continue
            if ctxk == "sh" or e.get("shell"):
                p = "$ "
            elif ctxk == "ps":
                p = "PS> "
            else:
                p = client_prompt(ctxk, c)
            L_.append(p + e["cmd"])
            if e["out"]:
                L_.extend(e["out"].split("\n"))
        L_ += ["```", "", r.choice(MD_PROSE), ""]
    else:
        raise ValueError(cname)
    return "\n".join(L_) + "\n"


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
TERMINATORS = ("exit", ".exit", "\\q", "exit()", ".quit")
TX_OVERRIDE = ("typescript", "tmux_log", "screen_log", "cast", "ci_gha", "ci_gitlab", "ci_jenkins")


_CTX_KEYS = set(make_ctx(random.Random(0), "pos")) | {"dbuser", "date", "mdtopic", "tsd"}


def payload_in_commands(lk):
    """True when a look-alike carries its id/hash/key in the typed command itself (so history files fit)."""
    for cmd, _out in lk["entries"]:
        for m in TOKEN_RE.finditer(cmd):
            if m.group(1) not in _CTX_KEYS:
                return True
    return False


def pick_container(r, ctxk):
    if r.random() < 0.5:
        return r.choice(HIST[ctxk])
    return r.choice(TX[ctxk])


def innocent(r, ctxk, k, avoid=()):
    pool = [e for e in INNOCENT[ctxk] if e[0] not in TERMINATORS and e[0] not in avoid]
    idx = sorted(r.sample(range(len(pool)), min(k, len(pool))))
    return [{"cmd": pool[j][0], "out": pool[j][1]} for j in idx]


def assemble(r, ctxk, cname, main, c):
    """main: list of entry dicts for the interesting part. Returns full entry list."""
    avoid = tuple(e["cmd"] for e in main)
    before = innocent(r, ctxk, r.randint(2, 8), avoid)
    after = innocent(r, ctxk, r.randint(1, 6), avoid)
    entries = before + main + after
    if cname in HIST.get(ctxk, []) and r.random() < 0.3:
        ends = [e for e in INNOCENT[ctxk] if e[0] in TERMINATORS]
        if ends:
            entries.append({"cmd": ends[0][0], "out": ends[0][1]})
    if ctxk not in ("sh", "ps") and cname not in HIST[ctxk] and cname != "jupyter_console":
        lc, lo = LAUNCHERS[ctxk]
        entries = [{"cmd": lc, "out": lo, "shell": True}] + entries
    return entries


def template_entries(tpl, cname, slot_text):
    main = []
    if tpl["pre"]:
        main.append({"cmd": tpl["pre"], "out": ""})
    if tpl["tx"] and cname in TX_OVERRIDE:
        cmd, out = tpl["tx"]
    else:
        cmd, out = tpl["cmd"], tpl["out"] or ""
    main.append({"cmd": cmd.replace("§S§", slot_text), "out": (out or "").replace("§S§", slot_text), "paste": True})
    return main


def finish(r, cname, ctxk, entries, c, cache):
    for e in entries:
        e["cmd"] = fill(r, e["cmd"], c, cache)
        e["out"] = fill(r, e["out"] or "", c, cache)
    return render(r, cname, ctxk, entries, c)


def prepare_ctx(r, c, cname, cache):
    c["mdtopic"], _t = r.choice(MD_TOPICS)
    c["_mdtopic"] = (c["mdtopic"], _t)
    c["tsd"] = "2024%02d%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 18), r.randint(0, 59), r.randint(0, 59))
    relpath = fill(r, r.choice(PATHS[cname]), c, cache)
    c["_relpath_hint"] = "C:\\Users\\" + c["user"] + "\\Documents\\" + relpath.split("/")[-1]
    return relpath


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gr.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    conv = [t for t in POS_TEMPLATES if t["conv"]]
    nonconv = [t for t in POS_TEMPLATES if not t["conv"]]
    cyc = {"conv": [], "nonconv": [], "reuse": [], "look": []}

    def next_from(name, pool):
        if not cyc[name]:
            cyc[name] = list(pool)
            r.shuffle(cyc[name])
        return cyc[name].pop()

    # ---------------- positives
    for i in range(500):
        tpl = next_from("conv", conv) if i % 2 == 0 else next_from("nonconv", nonconv)
        c = make_ctx(r, "pos")
        cache = {}
        provider, kind, genf = SECRETS[tpl["gen"]]
        value, needle = genf(r)
        ctxk = tpl["ctx"]
        cname = pick_container(r, ctxk)
        relpath = prepare_ctx(r, c, cname, cache)
        slot_text = render_secret(r, tpl["slot"], value)
        entries = assemble(r, ctxk, cname, template_entries(tpl, cname, slot_text), c)
        text = finish(r, cname, ctxk, entries, c, cache)
        rel = "pos/p%04d/%s" % (i, relpath)
        lines = text.split("\n")
        line_no = next((k + 1 for k, ln in enumerate(lines) if needle in ln), None)
        assert line_no is not None, (tpl["id"], cname, needle)
        write_file(os.path.join(outdir, rel), text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as f:
            back = f.read().split("\n")
        assert needle in back[line_no - 1], (rel, needle)
        assert not any(needle in ln for ln in back[:line_no - 1])
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind, "filetype": cname})
        secrets.append({"file": rel, "needle": needle, "line": line_no})

    # ---------------- negatives
    for i in range(500):
        c = make_ctx(r, "neg")
        cache = {}
        if i % 2 == 0:
            tpl = next_from("reuse", POS_TEMPLATES)
            provider, _kind, genf = SECRETS[tpl["gen"]]
            sample = genf(random.Random(r.getrandbits(32)))[0]
            ctxk = tpl["ctx"]
            cname = pick_container(r, ctxk)
            cat, slot_text = neg_filler(r, tpl, sample, cname)
            relpath = prepare_ctx(r, c, cname, cache)
            entries = assemble(r, ctxk, cname, template_entries(tpl, cname, slot_text), c)
            kind, tid = "reuse:" + cat, tpl["id"]
        else:
            lk = next_from("look", LOOKALIKES)
            ctxk = lk["ctx"]
            if payload_in_commands(lk):
                cname = pick_container(r, ctxk)
            else:
                cname = r.choice(TX[ctxk])
                c["_need_out"] = True
            relpath = prepare_ctx(r, c, cname, cache)
            main_ = [{"cmd": a, "out": b} for a, b in lk["entries"]]
            entries = assemble(r, ctxk, cname, main_, c)
            provider, kind, tid = lk["provider"], "lookalike:" + lk["kind"], lk["id"]
        text = finish(r, cname, ctxk, entries, c, cache)
        base = relpath.split("/")[-1]
        assert not base.startswith(".env"), relpath
        rel = "neg/n%04d/%s" % (i, relpath)
        write_file(os.path.join(outdir, rel), text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": cname})
        del tid

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
