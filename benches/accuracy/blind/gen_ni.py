#!/usr/bin/env python3
"""gen_ni.py - blind evaluation-set generator: OS credential stores and their CLI output.

EMPHASIS
    Operating-system credential stores and the command-line output people paste into
    repositories (runbooks, scripts, debug notes, CI logs, issue write-ups):
    macOS `security` (find-generic-password -g/-w, find-internet-password -g,
    dump-keychain -d, add-generic/internet-password -w, create/unlock-keychain -p),
    Linux `secret-tool` (store/lookup/search), unencrypted GNOME keyring files,
    secretstorage dumps, `nmcli --show-secrets`, KWallet (`kwallet-query`, XML export),
    Windows `cmdkey`, `vaultcmd`, PowerShell CredentialManager (New-/Get-StoredCredential),
    PasswordVault, `netsh wlan ... key=clear`, Ansible win_credential,
    Git credential helpers (.git-credentials, `git credential fill/approve`, GCM plaintext
    store), `pass`/`gopass` (insert heredocs, show output), KeePassXC-CLI (`show -s`, CSV
    export), Python keyring / keytar / go-keyring / Rust keyring calls, Java `keytool`
    with -storepass, Docker credential helpers JSON (`docker-credential-* get/store`,
    config.json auths), netrc / _netrc, 1Password / Bitwarden CLI transcripts.
    File types: .md, .txt, .log, .sh, .bash, .zsh, .ps1, .psm1, .bat, .cmd, .py, .js,
    .go, .rs, .cs, .yml/.yaml, .json, .xml, .ini-like keyring files, .csv, Makefile,
    Dockerfile, Fastfile, .gradle, .netrc, .git-credentials, .gpg-id etc.
    Secrets: chosen/generated passwords (many styles), GitHub classic (with CRC32
    checksum) and fine-grained PATs, GitLab PATs, Docker Hub PATs, npm tokens (CRC32),
    Azure DevOps PATs, AWS secret keys, Slack bot tokens, OpenAI / Anthropic keys,
    Hugging Face tokens, PyPI tokens, Atlassian API tokens, DigitalOcean tokens,
    Vault tokens, Stripe secret keys, Twilio auth tokens, SendGrid keys, Google API keys,
    Docker config `auth` blobs (base64 user:secret).

USAGE
    python3 -B gen_ni.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED.

NEEDLE CONVENTIONS
    The secret value exactly as written, without surrounding quotes; prefixed tokens keep
    their prefix; in URLs (`https://user:PW@host`) only the password; for Docker
    config.json `auth` the base64 blob as written; for passwords the password itself.
    `line` is the 1-based line of the first occurrence.

NEGATIVES
    ~Half: positive templates re-used with the secret slot holding a placeholder
    (<your-password>, YOUR_API_KEY, xxxx, changeme, local-language ones), empty values,
    masked values (****, [REDACTED], PROTECTED, <not shown>), environment/secret-manager
    references ($VAR, ${{ secrets.X }}, %VAR%, $env:X, {{ vault_x }}, op://...), and
    documented example values (AWS wJalr...EXAMPLEKEY, keytool default changeit).
    ~Half: domain look-alikes: keychain attribute dumps without secrets (hex cdat/mdat,
    0x00000007 blobs), `security` commands that prompt (-w last), find-certificate -Z
    SHA-1/SHA-256 hashes, secret-tool reading stdin, kwallet-query -l listings, cmdkey
    /list, vaultcmd /listcreds and /listschema GUIDs, Get-StoredCredential returning
    SecureString, keepassxc-cli show without -s (PROTECTED), KeePassXC UUIDs, keytool
    -list -v fingerprints with -storepass:env, docker-credential list, config.json
    with credsStore + image digests, pass .gpg-id fingerprints and PGP ciphertext,
    ssh public keys, NetworkManager psk-flags, git credential configs, commit hashes.

FORMATS CHECKED
    Mostly from memory of man pages / vendor docs: security(1) output layout (class,
    attributes, "acct"<blob>=, `password: "..."` from -g, `data:` from dump-keychain -d),
    secret-tool(1) search output (label/secret/attribute.*), unencrypted GNOME keyring
    file layout ([keyring], [N], secret=, [N:attributeM]), kwallet-query(1) flags and
    KWallet XML export, cmdkey /add /generic /user /pass and /list layout,
    CredentialManager PS module parameters, vaultcmd flags, git-credential(1) key=value
    protocol, pass(1) insert -m, keepassxc-cli(1) show -s / PROTECTED, keytool
    -storepass and -storepass:env, netrc tokens.
    Confirmed with the search tool: docker-credential-helpers get/store JSON
    (ServerURL/Username/Secret; docker/docker-credential-helpers issue #131 and
    canghailan/docker-credential-simple README); GitHub token layout prefix + 30 base62
    + 6-char CRC32 base62 checksum, alphabet 0-9A-Za-z (github.blog 2021-04-05 via
    simonwillison.net, coolaj86 gist, token-forge package docs); npm_ uses the same
    scheme (github.blog changelog 2021-09-23, cited in that gist).
    Other token formats from memory: github_pat_ 22_59, glpat- 20, dckr_pat_ 27,
    AWS 40-char secret with AKIA id, xoxb-, hf_ 34, pypi-AgEIcHlwaS5vcmc..., dop_v1_ 64 hex,
    hvs. tokens, sk_live_ 24/99, Twilio 32 hex with AC sid, SG.22.43, AIza 35.

DOUBTS
    token-forge hints GitHub's base62 order might differ from 0-9A-Za-z; OpenAI sk-proj- total length
    (used 64 + T3BlbkFJ + 64); Atlassian ATATT token body length (~180) and its 8-hex
    tail; Anthropic sk-ant-api03- body length (93 + AA); Azure DevOps PAT as 52-char
    lowercase base32 (newer 84-char form not used); Vault hvs. length (24 used);
    exact spacing of some tool outputs (vaultcmd, Get-StoredCredential) and GCM plaintext
    store file layout.
"""
import base64
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------- helpers
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
SYM = "!#%*-_=+.?~@^"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


WORDS = ["tiger", "river", "maple", "orbit", "copper", "falcon", "winter", "lemon", "harbor",
         "cactus", "pixel", "nimbus", "granite", "velvet", "cobalt", "saturn", "walnut", "otter",
         "sonne", "mond", "himmel", "fuchs", "lune", "etoile", "sol", "luna", "gato", "perro",
         "sakura", "yama", "kawa", "neko", "zorro", "lobo", "berg", "wolke", "kiwi", "mango",
         "delta", "quartz", "ember", "glacier", "badger", "panda", "rocket", "zephyr"]


def gen_password(r, urlsafe=False):
    style = r.choice(["gen", "gen", "words", "pwgen", "apple", "leet", "b64", "gen_long"])
    if urlsafe and style in ("b64",):
        style = "gen"
    syms = "-_.~" if urlsafe else SYM
    if style in ("gen", "gen_long"):
        n = r.randint(14, 20) if style == "gen" else r.randint(24, 32)
        while True:
            s = "".join(r.choice(ALNUM + syms * 2) for _ in range(n))
            if (any(c in LOW for c in s) and any(c in UP for c in s) and any(c in DIG for c in s)
                    and any(c in syms for c in s)):
                return s
    if style == "words":
        a, b = r.sample(WORDS, 2)
        sep = r.choice(syms)
        return (a.capitalize() + sep + b.capitalize() + str(r.randint(10, 9999))
                + r.choice(syms) + rs(r, r.randint(2, 4)))
    if style == "pwgen":
        cons, vow = "bcdfghjkmnpqrstvwxz", "aeiou"
        s = ""
        while len(s) < r.randint(10, 12):
            s += r.choice(cons) + r.choice(vow) + r.choice([r.choice(vow), r.choice(DIG), ""])
        s = list(s)
        for i in r.sample(range(len(s)), 2):
            s[i] = s[i].upper()
        s.insert(r.randrange(len(s)), r.choice(DIG))
        s.append(r.choice(DIG))
        return "".join(s)
    if style == "apple":
        groups = [rs(r, 6, LOW) for _ in range(3)]
        gi = r.randrange(3)
        g = list(groups[gi])
        g[r.randrange(6)] = r.choice(UP)
        groups[gi] = "".join(g)
        gj = r.randrange(3)
        g = list(groups[gj])
        g[r.choice([0, 5])] = r.choice(DIG)
        groups[gj] = "".join(g)
        return "-".join(groups)
    if style == "leet":
        w = r.choice(WORDS)
        tr = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$" if not urlsafe else "5"}
        w = "".join(tr.get(c, c) if r.random() < 0.6 else c for c in w).replace("$", "5")
        return (w.capitalize() + r.choice(syms) + rs(r, 3, UP + DIG) + str(r.randint(2015, 2026))
                + r.choice(syms) + rs(r, 2, LOW))
    # b64: openssl rand -base64 18/24
    raw = bytes(r.getrandbits(8) for _ in range(r.choice([18, 24])))
    s = base64.b64encode(raw).decode()
    if not (any(c in DIG for c in s) and any(c in UP for c in s)):
        s = s[:-1] + r.choice(DIG)
    return s


def gh_token(r, prefix="ghp_"):
    body = rs(r, 30, ALNUM)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token(r):
    body = rs(r, 30, ALNUM)
    return "npm_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def mk_secret(r, kind):
    """Return (provider, kind, value)."""
    if kind == "password":
        return ("password", "password", gen_password(r))
    if kind == "password_url":
        return ("password", "password", gen_password(r, urlsafe=True))
    if kind == "github":
        p = r.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghu_"])
        return ("github", "personal_access_token", gh_token(r, p))
    if kind == "github_fg":
        return ("github", "fine_grained_pat", "github_pat_" + rs(r, 22) + "_" + rs(r, 59))
    if kind == "gitlab":
        return ("gitlab", "personal_access_token", "glpat-" + rs(r, 20, URLSAFE))
    if kind == "docker":
        return ("docker", "personal_access_token", "dckr_pat_" + rs(r, 27, URLSAFE))
    if kind == "npm":
        return ("npm", "access_token", npm_token(r))
    if kind == "azdo":
        return ("azure_devops", "personal_access_token", rs(r, 52, LOW + "234567"))
    if kind == "aws":
        return ("aws", "secret_access_key", rs(r, 40, ALNUM + "/+"))
    if kind == "slack":
        return ("slack", "bot_token", "xoxb-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**11, 10**13), rs(r, 24)))
    if kind == "openai":
        return ("openai", "api_key", "sk-proj-" + rs(r, 64, URLSAFE) + "T3BlbkFJ" + rs(r, 64, URLSAFE))
    if kind == "anthropic":
        return ("anthropic", "api_key", "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA")
    if kind == "hf":
        return ("huggingface", "access_token", "hf_" + rs(r, 34, LOW + UP))
    if kind == "pypi":
        return ("pypi", "api_token", "pypi-AgEIcHlwaS5vcmc" + rs(r, r.randint(140, 170), URLSAFE))
    if kind == "atlassian":
        return ("atlassian", "api_token", "ATATT3xFfGF0" + rs(r, 170, URLSAFE) + "=" + rs(r, 8, HEX.upper()))
    if kind == "do":
        return ("digitalocean", "access_token", "dop_v1_" + rs(r, 64, HEX))
    if kind == "vault":
        return ("hashicorp_vault", "token", "hvs." + rs(r, 24))
    if kind == "stripe":
        return ("stripe", "secret_key", "sk_live_" + rs(r, r.choice([24, 99])))
    if kind == "twilio":
        return ("twilio", "auth_token", rs(r, 32, HEX))
    if kind == "sendgrid":
        return ("sendgrid", "api_key", "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE))
    if kind == "google":
        return ("google", "api_key", "AIza" + rs(r, 35, URLSAFE))
    raise ValueError(kind)


TOKENS = ["github", "github", "github_fg", "gitlab", "docker", "npm", "azdo", "slack", "openai",
          "hf", "pypi", "atlassian", "do", "vault", "stripe", "sendgrid", "google", "anthropic", "twilio"]

# ---------------------------------------------------------------- context values
USERS = ["jdoe", "m.schmidt", "ana.garcia", "tkowalski", "svc-build", "ci-bot", "deploy", "hiroshi.tanaka",
         "l.dubois", "priya.n", "oleksandr.k", "build", "jenkins", "release-bot", "dev", "a.rossi",
         "jmartinez", "wei.zhang", "sven.berg", "nkumar", "emma.l", "ops", "runner", "k.nakamura"]
DOMAINS = ["acme-corp.net", "globex.io", "initech.local", "umbrella-labs.de", "hooli.dev", "contoso.com",
           "northwind.internal", "wayne-ent.co", "stark-ind.org", "tyrell.systems", "cyberdyne.lan",
           "soylent.cloud", "vandelay.io", "oscorp.eu", "fabrikam.com"]
WINDOM = ["CORP", "ACME", "GLOBEX", "CONTOSO", "FABRIKAM", "AD", "HQ", "EU"]
MACUSERS = ["jdoe", "anna", "mschmidt", "tk", "build", "ci", "hiro", "lucie", "priya", "admin", "runner"]


def user(r):
    return r.choice(USERS)


def dom(r):
    return r.choice(DOMAINS)


def host(r):
    return r.choice(["git", "build", "nas", "files", "jenkins", "vpn", "db", "registry", "ci", "ldap",
                     "smtp", "imap", "artifactory", "nexus", "grafana", "fs01", "srv-app02"]) + "." + dom(r)


def date(r):
    return "%04d-%02d-%02d" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28))


def clock(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def uuid(r, upper=False):
    h = rs(r, 32, HEX)
    s = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    return s.upper() if upper else s


def tstamp_hex(r):
    d = "%04d%02d%02d%02d%02d%02dZ" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28),
                                      r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return "0x" + d.encode().hex().upper() + "00  \"" + d + "\\000\""


def mac_home(r):
    return "/Users/" + r.choice(MACUSERS)


def prose(r, kind="md"):
    lines = r.choice([
        ["Steps I used while debugging the signing failure on the build Mac."],
        ["Notes from the on-call handover.", "Keep this around until the rotation ticket is closed."],
        ["Reproduced on macOS 14.4 / Xcode 15.3."],
        ["Quick record of what is in the credential store on this box."],
        ["Debug session - see INFRA-%d" % r.randint(100, 9999)],
        ["Output below is from the shared runner, copied verbatim."],
        ["Für die Übergabe: so ist der Schlüsselbund eingerichtet."],
        ["Pour mémoire : configuration du trousseau sur le poste de build."],
        ["Apuntes de la migración del runner."],
        [],
    ])
    return lines


def wrap_md(r, title, body_blocks):
    out = ["# " + title, ""]
    for ln in prose(r):
        out.append(ln)
    out.append("")
    for blk in body_blocks:
        out.extend(blk)
        out.append("")
    tail = r.choice([[], ["TODO: move this to the secrets manager."], ["-- %s" % user(r)],
                     ["See also: runbooks/credentials.md"], ["Status: resolved %s" % date(r)]])
    out.extend(tail)
    return "\n".join(out) + "\n"


def shq(v):
    if v.startswith("$") or v.startswith("%"):
        return '"%s"' % v
    return "'%s'" % v


def xq(v):
    """quote a word the way bash `set -x` prints it"""
    if v and all(c in ALNUM + "-_./=+@:,%^" for c in v):
        return v
    return "'%s'" % v


def psq(v):
    if v.startswith("$"):
        return v if v.startswith("$env:") else '"%s"' % v
    return "'%s'" % v


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(kinds, ctx="plain", reuse=True):
    def deco(f):
        TEMPLATES.append({"name": f.__name__[2:], "f": f, "kinds": kinds, "ctx": ctx, "reuse": reuse})
        return f
    return deco


def kc_attrs(r, cls, svc, acct, label=None, srvr=None, ptcl="htps", extra_gena=False):
    a = []
    a.append('    0x00000007 <blob>="%s"' % (label or svc or srvr))
    a.append("    0x00000008 <blob>=<NULL>")
    a.append('    "acct"<blob>="%s"' % acct)
    if cls == "inet":
        a.append('    "atyp"<blob>="dflt"')
    a.append('    "cdat"<timedate>=' + tstamp_hex(r))
    a.append('    "crtr"<uint32>=<NULL>')
    a.append('    "cusi"<sint32>=<NULL>')
    a.append('    "desc"<blob>=%s' % r.choice(["<NULL>", '"application password"']))
    if cls == "genp":
        a.append('    "gena"<blob>=<NULL>')
    a.append('    "icmt"<blob>=<NULL>')
    a.append('    "invi"<sint32>=<NULL>')
    a.append('    "mdat"<timedate>=' + tstamp_hex(r))
    a.append('    "nega"<sint32>=<NULL>')
    if cls == "inet":
        a.append('    "path"<blob>=<NULL>')
        a.append('    "port"<uint32>=0x00000000 ')
    a.append('    "prot"<blob>=<NULL>')
    if cls == "inet":
        a.append('    "ptcl"<uint32>="%s"' % ptcl)
    a.append('    "scrp"<sint32>=<NULL>')
    if cls == "inet":
        a.append('    "sdmn"<blob>=<NULL>')
        a.append('    "srvr"<blob>="%s"' % srvr)
    else:
        a.append('    "svce"<blob>="%s"' % svc)
    a.append('    "type"<uint32>=<NULL>')
    return a


KC_SVCS = [("npm-token", "npm", "npm"), ("com.acme.deploy", "password", "password"),
           ("docker-hub", "docker", "docker"), ("gitlab-ci", "gitlab", "gitlab"),
           ("GitHub CLI", "github", "github"), ("openai-api", "openai", "openai"),
           ("huggingface", "hf", "hf"), ("pypi-upload", "pypi", "pypi"), ("jira-api", "atlassian", "atlassian"),
           ("vpn.corp", "password", "password"), ("ldap-bind", "password", "password"),
           ("slack-bot", "slack", "slack"), ("do-api", "do", "do"), ("vault-token", "vault", "vault"),
           ("azure-devops-pat", "azdo", "azdo"), ("stripe-live", "stripe", "stripe"),
           ("AC_PASSWORD", "password", "password"), ("sendgrid", "sendgrid", "sendgrid")]


def kc_service_for(r, kind):
    opts = [s for s, k, _ in KC_SVCS if k == kind]
    if not opts:
        opts = [kind + "-token", "com.%s.%s" % (r.choice(["acme", "globex", "initech"]), kind)]
    return r.choice(opts)


@tpl(["password", "github", "npm", "gitlab", "docker", "openai", "hf", "atlassian", "vault", "slack"])
def t_mac_find_generic_g(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    acct = user(r)
    kc = mac_home(r) + "/Library/Keychains/login.keychain-db"
    out = ["```", "$ security find-generic-password -s %s -a %s -g" % (shq(svc), acct),
           'keychain: "%s"' % kc, "version: 512", 'class: "genp"', "attributes:"]
    out += kc_attrs(r, "genp", svc, acct)
    out.append('password: "%s"' % v)
    out.append("```")
    path = r.choice(["docs/debug/keychain-lookup.md", "notes/keychain.md", "runbooks/macos-keychain.md",
                     "docs/troubleshooting/keychain-access.md", "NOTES.md"])
    return path, wrap_md(r, r.choice(["Keychain lookup", "Why does the CLI pick the wrong token?",
                                         "Keychain item for %s" % svc]), [out]), "markdown"


@tpl(["password", "github", "npm", "gitlab", "docker", "hf", "openai", "do", "stripe", "azdo"])
def t_mac_find_generic_w(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    hn = r.choice(["mbp-jdoe", "build-mac-03", "Annas-MacBook-Pro", "ci-mac-mini-2", "macstudio"])
    u = r.choice(MACUSERS)
    lines = ["%s@%s ~ %% security find-generic-password -a %s -s %s -w" % (u, hn, u, shq(svc)), v,
             "%s@%s ~ %% echo $?" % (u, hn), "0"]
    pre = ["[%s %s] %s" % (date(r), clock(r), r.choice(["checking which token the helper returns",
                                                         "sanity check after re-adding the item",
                                                         "verify keychain entry"]))]
    body = pre + lines
    if r.random() < 0.5:
        body = body + ["%s@%s ~ %% security find-generic-password -a %s -s %s | head -3" % (u, hn, u, shq(svc)),
                       'keychain: "/Users/%s/Library/Keychains/login.keychain-db"' % u, "version: 512",
                       'class: "genp"']
    path = r.choice(["debug/keychain-session.txt", "notes/terminal-%s.log" % date(r), "tmp/kc.txt",
                     "docs/scratch/keychain-w.txt"])
    return path, "\n".join(body) + "\n", "text"


@tpl(["password", "github", "gitlab", "password_url"])
def t_mac_find_internet_g(r, v, kind="password"):
    srv = r.choice(["github.com", "gitlab." + dom(r), host(r), "bitbucket.org", "dev.azure.com"])
    acct = user(r)
    kc = mac_home(r) + "/Library/Keychains/login.keychain-db"
    out = ["$ security find-internet-password -s %s -a %s -g" % (srv, acct),
           'keychain: "%s"' % kc, "version: 512", 'class: "inet"', "attributes:"]
    out += kc_attrs(r, "inet", None, acct, srvr=srv)
    out.append('password: "%s"' % v)
    if r.random() < 0.5:
        out.insert(0, "==> Run security find-internet-password (%s)" % date(r))
        path = r.choice(["ci/logs/macos-build-%d.log" % r.randint(100, 9999), "logs/keychain-debug.log"])
        return path, "\n".join(out) + "\n", "log"
    return (r.choice(["docs/git-osxkeychain.md", "notes/internet-password.md"]),
            wrap_md(r, "osxkeychain helper entry", [["```"] + out + ["```"]]), "markdown")


@tpl(["password", "github", "npm", "docker", "gitlab", "vault", "google"])
def t_mac_dump_keychain(r, v, kind="password"):
    kc = mac_home(r) + "/Library/Keychains/%s" % r.choice(["login.keychain-db", "build.keychain-db", "ci.keychain-db"])
    out = ["$ security dump-keychain -d %s" % kc]
    # a certificate entry first (no secret data)
    out += ['keychain: "%s"' % kc, "version: 512", 'class: 0x80001000 ', "attributes:",
            '    "alis"<blob>="Apple Development: %s (%s)"' % (r.choice(["Jane Doe", "Build Bot", "Hiro Tanaka"]), rs(r, 10, UP + DIG)),
            '    "cenc"<uint32>=0x00000003 ', '    "ctyp"<uint32>=0x00000001 ',
            '    "hpky"<blob>=0x%s  "..."' % rs(r, 40, HEX.upper()),
            '    "issu"<blob>=0x%s  "..."' % rs(r, 64, HEX.upper()),
            '    "labl"<blob>="Apple Development"',
            '    "snbr"<blob>=0x%s  "..."' % rs(r, 16, HEX.upper()),
            '    "skid"<blob>=0x%s  "..."' % rs(r, 40, HEX.upper())]
    svc = kc_service_for(r, kind)
    acct = user(r)
    out += ['keychain: "%s"' % kc, "version: 512", 'class: "genp"', "attributes:"]
    out += kc_attrs(r, "genp", svc, acct)
    out += ["data:", '"%s"' % v]
    path = r.choice(["ci/debug/dump-keychain.txt", "logs/dump-keychain-%s.log" % date(r), "docs/keychain-dump.txt"])
    return path, "\n".join(out) + "\n", "text"


@tpl(["password", "github", "npm", "docker", "gitlab", "hf", "atlassian", "openai", "sendgrid"], ctx="sh")
def t_mac_add_generic_sh(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    var = r.choice(["SERVICE", "KC_SERVICE", "svc", "ITEM"])
    lines = ["#!/usr/bin/env bash", "# Store the %s in the login keychain so the tooling can read it with -w" % svc,
             "set -euo pipefail", "", '%s="%s"' % (var, svc), 'ACCOUNT="${USER}"', ""]
    if r.random() < 0.5:
        lines += ['security delete-generic-password -a "$ACCOUNT" -s "$%s" >/dev/null 2>&1 || true' % var]
    lines += ['security add-generic-password -U -a "$ACCOUNT" -s "$%s" -l "%s" -w %s' % (var, svc, shq(v)),
              "", 'echo "stored $%s for $ACCOUNT"' % var]
    path = r.choice(["scripts/setup-keychain.sh", "bin/bootstrap-mac.sh", "tools/kc-add.sh", "setup/macos.sh",
                     "scripts/dev-setup.zsh"])
    return path, "\n".join(lines) + "\n", "shell"


@tpl(["password_url", "password", "github", "gitlab"], ctx="make")
def t_mac_add_internet_make(r, v, kind="password"):
    srv = r.choice(["git." + dom(r), "github.com", "nexus." + dom(r), "artifactory." + dom(r)])
    u = user(r)
    lines = [".PHONY: keychain build", "", "KEYCHAIN ?= $(HOME)/Library/Keychains/login.keychain-db", "",
             "keychain:", "\tsecurity add-internet-password -U -a %s -s %s -r htps -w '%s' $(KEYCHAIN)" % (u, srv, v),
             "\t@echo 'internet password for %s added'" % srv, "", "build: keychain", "\tswift build -c release", ""]
    return r.choice(["Makefile", "mac/Makefile", "tools/Makefile"]), "\n".join(lines), "makefile"


@tpl(["password"], ctx="yaml")
def t_mac_ci_keychain_yaml(r, v, kind="password"):
    kcn = r.choice(["build.keychain", "ci.keychain", "signing.keychain-db"])
    lines = ["name: macOS release", "", "on:", "  push:", "    tags: ['v*']", "", "jobs:", "  sign:",
             "    runs-on: macos-14", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: Create keychain", "        run: |",
             '          security create-keychain -p "%s" %s' % (v, kcn),
             "          security default-keychain -s %s" % kcn,
             '          security unlock-keychain -p "%s" %s' % (v, kcn),
             "          security set-keychain-settings -t 3600 -u %s" % kcn,
             "      - name: Import cert", "        env:",
             "          P12_BASE64: ${{ secrets.P12_BASE64 }}", "          P12_PASSWORD: ${{ secrets.P12_PASSWORD }}",
             "        run: |", "          echo \"$P12_BASE64\" | base64 --decode > cert.p12",
             '          security import cert.p12 -k %s -P "$P12_PASSWORD" -T /usr/bin/codesign' % kcn, ""]
    return r.choice([".github/workflows/release-macos.yml", ".github/workflows/sign.yml"]), "\n".join(lines), "yaml"


@tpl(["password"], ctx="ruby")
def t_fastfile_keychain(r, v, kind="password"):
    lines = ["default_platform(:ios)", "", "platform :ios do", '  desc "CI build"', "  lane :ci do",
             "    create_keychain(", '      name: "%s",' % r.choice(["ci_keychain", "fastlane_tmp"]),
             '      password: "%s",' % v, "      default_keychain: true,", "      unlock: true,",
             "      timeout: 3600", "    )", '    match(type: "appstore", readonly: true)',
             '    gym(scheme: "%s")' % r.choice(["App", "Acme", "Globex"]), "  end", "end", ""]
    return r.choice(["fastlane/Fastfile", "ios/fastlane/Fastfile"]), "\n".join(lines), "ruby"


@tpl(["password", "github", "npm", "hf", "openai", "docker"], ctx="md")
def t_mac_issue_md(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = r.choice(MACUSERS)
    block = ["```console", "$ security find-generic-password -s %s -w" % svc, v,
             "$ %s login --check" % r.choice(["mytool", "acme-cli", "deployctl"]),
             "error: 401 Unauthorized (token rejected)", "```"]
    blocks = [["**Environment**: macOS %s, user `%s`" % (r.choice(["13.6", "14.2", "14.5", "15.1"]), u)],
              ["**What happens**", "", "The CLI reads the token from the keychain but the API rejects it:"], block,
              ["**Expected**: the stored token should work."]]
    return (r.choice(["docs/issues/keychain-401.md", ".github/ISSUE_NOTES.md", "notes/bug-keychain.md"]),
            wrap_md(r, "Keychain token rejected", blocks), "markdown")


# ---- Linux
@tpl(["password", "github", "gitlab", "npm", "docker", "hf", "atlassian", "azdo"], ctx="sh")
def t_secret_tool_store_pipe(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = user(r)
    lines = ["#!/bin/sh", "# put credentials into the Secret Service (gnome-keyring / KeePassXC)", ""]
    if r.random() < 0.5:
        lines += ["printf '%%s' %s | secret-tool store --label=%s service %s username %s" % (shq(v), shq(svc), svc, u)]
    else:
        lines += ["echo -n %s | secret-tool store --label=\"%s token\" application %s user %s" % (shq(v), svc, svc, u)]
    lines += ["", "secret-tool lookup service %s username %s >/dev/null && echo ok" % (svc, u)]
    return (r.choice(["scripts/linux/keyring-setup.sh", "bin/store-secret.sh", "dotfiles/setup-keyring.sh"]),
            "\n".join(lines) + "\n", "shell")


@tpl(["password", "github", "gitlab", "npm", "docker", "vault", "do", "slack"])
def t_secret_tool_lookup(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = r.choice(MACUSERS)
    hn = r.choice(["fedora-ws", "ubuntu-dev", "thinkpad", "arch", "buildbox-02"])
    lines = ["%s@%s:~$ secret-tool lookup service %s username %s" % (u, hn, svc, u), v,
             "%s@%s:~$ secret-tool lookup service %s username nobody" % (u, hn, svc),
             "%s@%s:~$ echo $?" % (u, hn), "1"]
    if r.random() < 0.5:
        lines = ["(gnome-keyring-daemon running, login collection unlocked)"] + lines
    return r.choice(["notes/secret-tool.txt", "debug/keyring-lookup.txt", "docs/linux-keyring-session.log"]), \
        "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "gitlab", "docker", "npm", "password_url"])
def t_secret_tool_search(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = user(r)
    n = r.randint(2, 40)
    lines = ["$ secret-tool search --all service %s" % svc,
             "[/org/freedesktop/secrets/collection/login/%d]" % n,
             "label = %s" % r.choice([svc, "Password for '%s' on '%s'" % (u, svc)]),
             "secret = %s" % v,
             "created = %s %s" % (date(r), clock(r)), "modified = %s %s" % (date(r), clock(r)),
             "schema = org.freedesktop.Secret.Generic", "attribute.service = %s" % svc,
             "attribute.username = %s" % u]
    if r.random() < 0.5:
        return (r.choice(["docs/keyring-debug.md", "notes/secret-service.md"]),
                wrap_md(r, "Secret Service contents", [["```"] + lines + ["```"]]), "markdown")
    return r.choice(["logs/secret-tool-search.log", "debug/secret-tool.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "password_url"], ctx="ini")
def t_gnome_keyring_file(r, v, kind="password"):
    srv = r.choice(["imap." + dom(r), "smtp." + dom(r), "vpn." + dom(r), "owncloud." + dom(r)])
    u = user(r)
    lines = ["[keyring]", "display-name=%s" % r.choice(["Login", "Default keyring", "ci"]),
             "ctime=0", "mtime=%d" % r.randint(1600000000, 1750000000), "lock-on-idle=false", "lock-after=false", ""]
    k = 1
    if r.random() < 0.6:
        lines += ["[%d]" % k, "item-type=0", "display-name=Chromium Safe Storage", "secret=",
                  "mtime=%d" % r.randint(1600000000, 1750000000), "ctime=0", ""]
        k += 1
    lines += ["[%d]" % k, "item-type=2", "display-name=Password for '%s' on '%s'" % (u, srv), "secret=%s" % v,
              "mtime=%d" % r.randint(1600000000, 1750000000), "ctime=0", "",
              "[%d:attribute0]" % k, "name=server", "type=string", "value=%s" % srv, "",
              "[%d:attribute1]" % k, "name=user", "type=string", "value=%s" % u, ""]
    return (r.choice(["test/fixtures/keyrings/login.keyring", "ci/keyrings/default.keyring",
                      "docker/keyrings/Default_keyring.keyring"]), "\n".join(lines), "ini")


@tpl(["password", "github", "gitlab", "npm", "docker", "hf"], ctx="json")
def t_secretstorage_dump(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = user(r)
    items = []
    for i in range(r.randint(0, 2)):
        items.append({"label": r.choice(["Chrome Safe Storage Control", "GnuPG: n/a", "Network secret"]),
                      "attributes": {"application": r.choice(["chrome", "org.gnome.Evolution", "gnupg"])},
                      "secret": None, "locked": True})
    items.insert(r.randint(0, len(items)), {"label": "%s (%s)" % (svc, u),
                                          "attributes": {"service": svc, "username": u,
                                                         "xdg:schema": "org.freedesktop.Secret.Generic"},
                                          "secret": v, "locked": False})
    txt = json.dumps({"collection": "/org/freedesktop/secrets/collection/login", "items": items}, indent=2)
    return (r.choice(["debug/secretstorage-dump.json", "tools/out/keyring-export.json", "notes/seahorse-export.json"]),
            txt + "\n", "json")


@tpl(["password"])
def t_nmcli_show_secrets(r, v, kind="password"):
    ssid = r.choice(["ACME-Office", "Globex-Guest", "FRITZ!Box 7590 XY", "Lab-5G", "Buero-WLAN", "wifi-warehouse"])
    lines = ["$ nmcli --show-secrets connection show %s | grep -E '802-11|psk'" % shq(ssid),
             "802-11-wireless.ssid:                   %s" % ssid,
             "802-11-wireless.mode:                   infrastructure",
             "802-11-wireless-security.key-mgmt:      wpa-psk",
             "802-11-wireless-security.psk:           %s" % v,
             "802-11-wireless-security.psk-flags:     0 (none)"]
    return (r.choice(["docs/wifi-kiosk-setup.md", "notes/wifi.md"]),
            wrap_md(r, "Kiosk Wi-Fi", [["```"] + lines + ["```"]]), "markdown")


@tpl(["password", "github", "gitlab", "docker", "npm"])
def t_kwallet_query_read(r, v, kind="password"):
    u = r.choice(MACUSERS)
    folder = r.choice(["Passwords", "Form Data", "ksecretsservice", "Network Management"])
    entry = kc_service_for(r, kind)
    lines = ["%s@kde-neon:~$ kwallet-query -l -f %s kdewallet" % (u, shq(folder)), entry,
             r.choice(["smtp-relay", "nextcloud", "matrix"]),
             "%s@kde-neon:~$ kwallet-query -r %s -f %s kdewallet" % (u, shq(entry), shq(folder)), v]
    return r.choice(["notes/kwallet.txt", "debug/kwallet-query.log", "docs/kde/kwallet-session.txt"]), \
        "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "gitlab"], ctx="xml")
def t_kwallet_xml(r, v, kind="password"):
    u = user(r)
    lines = ["<!DOCTYPE KWallet>", '<wallet name="kdewallet">', ' <folder name="Form Data"/>']
    if r.random() < 0.5:
        lines += [' <folder name="Network Management">',
                  '  <map name="{%s};802-11-wireless">' % uuid(r),
                  '   <mapentry name="ssid-note">%s</mapentry>' % r.choice(["office", "lab"]), "  </map>", " </folder>"]
    entry = r.choice(["%s@%s" % (u, host(r)), kc_service_for(r, kind), "smtp://" + host(r)])
    lines += [' <folder name="Passwords">', '  <password name="%s">%s</password>' % (entry, v), " </folder>",
              "</wallet>"]
    return (r.choice(["backup/kwallet-export.xml", "dotfiles/kde/kdewallet.xml", "migrate/kwallet.xml"]),
            "\n".join(lines) + "\n", "xml")


@tpl(["password", "github"], ctx="sh")
def t_kwallet_write(r, v, kind="password"):
    entry = kc_service_for(r, kind)
    lines = ["#!/bin/bash", "# seed kwallet for the test VM", "kwallet-query -l kdewallet >/dev/null || exit 1",
             "echo -n %s | kwallet-query -w %s -f Passwords kdewallet" % (shq(v), shq(entry)), "echo done"]
    return r.choice(["vm/provision/kwallet.sh", "scripts/kde-seed.sh"]), "\n".join(lines) + "\n", "shell"


# ---- Windows
@tpl(["password"], ctx="cmd")
def t_cmdkey_add_bat(r, v, kind="password"):
    srv = r.choice(["fileserver01", "FS02." + dom(r), "nas01", "sql-prod-01", "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 250))])
    d = r.choice(WINDOM)
    u = r.choice(["svc_backup", "svc-build", "Administrator", "deploy", user(r)])
    lines = ["@echo off", "REM map backup share for the nightly job", "cmdkey /delete:%s >nul 2>&1" % srv,
             "cmdkey /add:%s /user:%s\\%s /pass:%s" % (srv, d, u, v),
             "net use Z: \\\\%s\\%s /persistent:no" % (srv, r.choice(["backup", "share", "builds"])),
             "robocopy C:\\data Z:\\%%COMPUTERNAME%% /MIR /R:2 /W:5", "net use Z: /delete"]
    return r.choice(["scripts/backup.bat", "ops/map-share.cmd", "tools/win/nightly.bat"]), "\r\n".join(lines) + "\r\n", "batch"


@tpl(["password", "github", "azdo", "password_url"], ctx="ps")
def t_cmdkey_generic_ps1(r, v, kind="password"):
    tgt = r.choice(["TERMSRV/rdp-jump01." + dom(r), "git:https://dev.azure.com", "LegacyGeneric:target=%s" % host(r),
                    "MicrosoftOffice16_Data:orgid", "git:https://github.com"])
    u = user(r)
    lines = ["# Seeds Windows Credential Manager on the build agent",
             "$ErrorActionPreference = 'Stop'", "",
             'cmdkey /generic:"%s" /user:"%s" /pass:"%s"' % (tgt, u, v), "",
             "cmdkey /list:\"%s\"" % tgt]
    return r.choice(["build/agent/seed-credentials.ps1", "scripts/Set-AgentCreds.ps1", "infra/win/cmdkey.ps1"]), \
        "\r\n".join(lines) + "\r\n", "powershell"


@tpl(["password", "github", "azdo", "gitlab", "npm", "docker"], ctx="ps")
def t_new_storedcredential(r, v, kind="password"):
    tgt = r.choice(["AcmeDeploy", "git:https://github.com", "NuGetFeed", "PSGalleryApi", "ProdSql", "Jira"])
    u = user(r)
    lines = ["#Requires -Modules CredentialManager", "param([string]$Target = '%s')" % tgt, "",
             "New-StoredCredential -Target $Target -UserName '%s' -Password %s -Type Generic -Persist LocalMachine | Out-Null"
             % (u, psq(v)),
             "Write-Host \"Stored credential for $Target\""]
    if r.random() < 0.5:
        lines = ["<#", " .SYNOPSIS", "   Bootstrap credentials for %s" % tgt, "#>"] + lines
    return r.choice(["scripts/Initialize-Credentials.ps1", "tools/New-Creds.ps1", "deploy/windows/creds.ps1"]), \
        "\r\n".join(lines) + "\r\n", "powershell"


@tpl(["password", "github", "azdo", "npm"], ctx="plain")
def t_get_storedcredential_out(r, v, kind="password"):
    tgt = r.choice(["AcmeDeploy", "git:https://dev.azure.com/%s" % r.choice(["acme", "globex"]), "ProdSql", "NuGetFeed"])
    u = user(r)
    lines = ["PS C:\\Users\\%s> Get-StoredCredential -Target '%s' -AsCredentialObject" % (u, tgt), "",
             "Flags          : 0", "Type           : Generic", "TargetName     : %s" % tgt, "Comment        : ",
             "LastWritten    : %s %s" % (date(r), clock(r)), "PaswordSize    : %d" % (len(v) * 2),
             "Password       : %s" % v, "Persist        : LocalMachine", "AttributeCount : 0",
             "Attributes     : 0", "TargetAlias    : ", "UserName       : %s" % u, ""]
    return (r.choice(["docs/windows/credential-manager.md", "notes/credman.txt"]),
            "\n".join(lines) + "\n", "text")


@tpl(["password"], ctx="cmd")
def t_vaultcmd_add(r, v, kind="password"):
    res = r.choice(["fs01." + dom(r), "sql-prod-02", "rdp." + dom(r)])
    u = "%s\\%s" % (r.choice(WINDOM), r.choice(["svc_sql", "svc_rdp", user(r)]))
    lines = ["REM add domain credential via vaultcmd", 'vaultcmd /addcreds:"Windows Credentials" '
             '/credtype:"Windows Domain Password Credential" /identity:"%s" /authenticator:"%s" /resource:"%s"'
             % (u, v, res), "vaultcmd /listcreds:\"Windows Credentials\" /all"]
    return r.choice(["ops/vault-add.cmd", "scripts/win/addcreds.bat"]), "\r\n".join(lines) + "\r\n", "batch"


@tpl(["password", "github", "azdo"], ctx="ps")
def t_ps_securestring_cred(r, v, kind="password"):
    u = "%s\\%s" % (r.choice(WINDOM), r.choice(["svc_deploy", "svc-iis", user(r)]))
    var = r.choice(["$secure", "$pw", "$SecurePassword", "$pass"])
    lines = ["Import-Module CredentialManager", "",
             "%s = ConvertTo-SecureString %s -AsPlainText -Force" % (var, psq(v)),
             "$cred = New-Object System.Management.Automation.PSCredential ('%s', %s)" % (u, var),
             "New-StoredCredential -Target '%s' -Credentials $cred -Persist Enterprise" % r.choice(["IISDeploy", "WinRM", "ProdShare"]),
             "", "Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock { hostname }" % host(r)]
    return r.choice(["deploy/Register-DeployCred.ps1", "scripts/winrm-setup.ps1"]), "\r\n".join(lines) + "\r\n", "powershell"


@tpl(["password", "github", "gitlab"], ctx="ps")
def t_passwordvault_ps(r, v, kind="password"):
    res = r.choice(["AcmeSync", "https://" + host(r), "GlobexApp"])
    lines = ["[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime]",
             "$vault = New-Object Windows.Security.Credentials.PasswordVault",
             "$vault.Add((New-Object Windows.Security.Credentials.PasswordCredential('%s', '%s', %s)))" % (res, user(r), psq(v)),
             "$vault.RetrieveAll() | Select-Object Resource, UserName"]
    return r.choice(["tools/PasswordVault.ps1", "scripts/seed-vault.ps1"]), "\r\n".join(lines) + "\r\n", "powershell"


@tpl(["password"])
def t_netsh_wlan(r, v, kind="password"):
    ssid = r.choice(["ACME-Corp", "Globex-IoT", "Lager-WLAN", "Shop-Floor", "CONF-ROOM-5G"])
    lines = ["C:\\>netsh wlan show profile name=\"%s\" key=clear" % ssid, "",
             "Profile %s on interface Wi-Fi:" % ssid, "=======================================================================",
             "", "Applied: All User Profile", "", "Profile information ", "-------------------",
             "    Version                : 1", "    Type                   : Wireless LAN",
             "    Name                   : %s" % ssid, "", "Security settings", "-----------------",
             "    Authentication         : WPA2-Personal", "    Cipher                 : CCMP",
             "    Security key           : Present", "    Key Content            : %s" % v, ""]
    return (r.choice(["docs/sites/warehouse-wifi.txt", "notes/wlan-profile.txt"]), "\r\n".join(lines) + "\r\n", "text")


@tpl(["password", "github", "azdo"], ctx="yaml")
def t_ansible_win_credential(r, v, kind="password"):
    lines = ["---", "- name: Store service credential on Windows hosts", "  hosts: windows", "  tasks:",
             "    - name: add generic credential",
             "      community.windows.win_credential:",
             "        name: %s" % r.choice(["AcmeDeploy", "git:https://dev.azure.com", "backup-share"]),
             "        type: %s" % r.choice(["generic_password", "domain_password"]),
             "        username: %s" % user(r), "        secret: %s" % v, "        persistence: enterprise",
             "        state: present", "      become: yes", "      become_method: runas",
             "      vars:", "        ansible_become_user: '{{ ansible_user }}'", ""]
    return r.choice(["ansible/roles/win_creds/tasks/main.yml", "playbooks/windows-credentials.yml"]), "\n".join(lines), "yaml"


@tpl(["password", "github", "azdo"], ctx="cs")
def t_cs_credentialmanager(r, v, kind="password"):
    lines = ["using Meziantou.Framework.Win32;", "", "namespace %s.Setup" % r.choice(["Acme", "Globex", "Initech"]), "{",
             "    internal static class SeedCredentials", "    {", "        public static void Run()", "        {",
             '            CredentialManager.WriteCredential(', '                applicationName: "%s",' % r.choice(["AcmeSync", "ReportingService"]),
             '                userName: "%s",' % user(r), '                secret: "%s",' % v,
             "                persistence: CredentialPersistence.LocalMachine);", "        }", "    }", "}"]
    return r.choice(["src/Setup/SeedCredentials.cs", "tools/CredSeeder/Program.cs"]), "\r\n".join(lines) + "\r\n", "csharp"


# ---- Git credentials
@tpl(["github", "gitlab", "azdo", "password_url", "github_fg"], ctx="url")
def t_git_credentials_file(r, v, kind="github"):
    lines = []
    if kind == "gitlab":
        lines.append("https://%s:%s@gitlab.%s" % (r.choice(["oauth2", user(r)]), v, dom(r)))
    elif kind == "azdo":
        lines.append("https://%s:%s@dev.azure.com" % (r.choice(["pat", user(r)]), v))
    elif kind == "password_url":
        lines.append("https://%s:%s@%s" % (user(r), v, host(r)))
    else:
        lines.append("https://%s:%s@github.com" % (r.choice([user(r), "x-access-token", "oauth"]), v))
    if r.random() < 0.4:
        lines.insert(0, "https://%s@bitbucket.org" % user(r))
    return r.choice([".git-credentials", "ci/home/.git-credentials", "docker/git-credentials"]), "\n".join(lines) + "\n", "git-credentials"


@tpl(["github", "gitlab", "password", "azdo", "github_fg"])
def t_git_credential_fill(r, v, kind="github"):
    hostn = {"gitlab": "gitlab." + dom(r), "azdo": "dev.azure.com"}.get(kind, r.choice(["github.com", host(r)]))
    lines = ["$ printf 'protocol=https\\nhost=%s\\n\\n' | git credential fill" % hostn,
             "protocol=https", "host=%s" % hostn, "username=%s" % user(r), "password=%s" % v]
    if r.random() < 0.5:
        return (r.choice(["docs/git-auth-debug.md", "notes/credential-helper.md"]),
                wrap_md(r, "Which credential does git use?", [["```"] + lines + ["```"],
                                                              ["Helper: `%s`" % r.choice(["manager", "osxkeychain", "libsecret", "store"])]]),
                "markdown")
    return r.choice(["debug/git-credential.txt", "logs/ci-git-auth.log"]), "\n".join(lines) + "\n", "text"


@tpl(["github", "gitlab", "password", "github_fg"], ctx="sh")
def t_git_credential_approve(r, v, kind="github"):
    hostn = {"gitlab": "gitlab." + dom(r)}.get(kind, r.choice(["github.com", host(r)]))
    u = r.choice(["x-access-token", user(r), "oauth2"])
    lines = ["#!/usr/bin/env bash", "set -e", "git config --global credential.helper %s" % r.choice(["store", "cache --timeout=3600", "libsecret"]),
             "git credential approve <<EOF", "protocol=https", "host=%s" % hostn, "username=%s" % u,
             "password=%s" % v, "EOF", "git clone https://%s/%s/%s.git" % (hostn, r.choice(["acme", "platform"]), r.choice(["infra", "api", "web"]))]
    return r.choice(["ci/git-auth.sh", "scripts/clone-private.sh", ".devcontainer/post-create.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["github", "azdo", "gitlab", "password"])
def t_gcm_plaintext_store(r, v, kind="github"):
    hostn = {"gitlab": "gitlab." + dom(r), "azdo": "dev.azure.com"}.get(kind, "github.com")
    u = user(r)
    lines = [v, "service=https://%s" % hostn, "account=%s" % u]
    return ("ci/gcm-store/git/https/%s/%s.credential" % (hostn, u), "\n".join(lines) + "\n", "text")


@tpl(["github", "gitlab", "password_url", "github_fg"], ctx="docker")
def t_dockerfile_git_credentials(r, v, kind="github"):
    hostn = "gitlab." + dom(r) if kind == "gitlab" else ("github.com" if kind != "password_url" else host(r))
    u = "oauth2" if kind == "gitlab" else ("x-access-token" if kind != "password_url" else user(r))
    lines = ["FROM %s" % r.choice(["python:3.12-slim", "node:20-bookworm", "golang:1.22"]),
             "RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*",
             "RUN git config --global credential.helper store && \\",
             "    echo \"https://%s:%s@%s\" > /root/.git-credentials" % (u, v, hostn),
             "WORKDIR /src", "COPY . .", "RUN %s" % r.choice(["pip install -r requirements.txt", "npm ci", "go mod download"])]
    return r.choice(["Dockerfile", "docker/builder.Dockerfile", "build/Dockerfile.ci"]), "\n".join(lines) + "\n", "dockerfile"


# ---- pass / gopass
@tpl(["password", "github", "gitlab", "aws", "npm", "stripe", "twilio"], ctx="sh")
def t_pass_insert_heredoc(r, v, kind="password"):
    path = r.choice(["infra/db/prod", "ci/github", "work/%s" % host(r), "aws/prod-deployer", "npm/publish", "stripe/live"])
    u = user(r)
    extra = []
    if kind == "aws":
        extra = ["aws_access_key_id: AKIA" + rs(r, 16, UP + "234567")]
    if kind == "twilio":
        extra = ["account_sid: AC" + rs(r, 32, HEX)]
    lines = ["#!/bin/sh", "# one-off import into the team password store", "pass insert -m %s <<'EOF'" % path, v,
             "login: %s" % u] + extra + ["url: https://%s" % host(r), "EOF", "pass git push"]
    return r.choice(["scripts/pass-import.sh", "bin/seed-pass.sh", "tools/import-to-pass.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["password", "github", "gitlab", "docker", "vault", "do"])
def t_pass_show_output(r, v, kind="password"):
    path = r.choice(["infra/ldap/bind", "ci/registry", "work/vpn", "vault/root-token", "do/api"])
    lines = ["$ pass show %s" % path, v, "login: %s" % user(r), "url: %s" % host(r),
             "notes: rotated %s" % date(r)]
    if r.random() < 0.5:
        lines = ["$ pass ls %s" % path.split("/")[0], "%s" % path.split("/")[0], "\u251c\u2500\u2500 %s" % path.split("/")[1],
                 "\u2514\u2500\u2500 old"] + lines
    return r.choice(["notes/pass-session.txt", "docs/pass-debug.txt", "handover/pass.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "gitlab", "npm", "hf", "openai"], ctx="sh")
def t_gopass_insert(r, v, kind="password"):
    p = r.choice(["team/ci/%s" % kind, "websites/%s/%s" % (host(r), user(r)), "shared/api/%s" % kind])
    if kind == "password":
        p = r.choice(["websites/%s/%s" % (host(r), user(r)), "team/db/%s" % r.choice(["primary", "reporting"]), "infra/ldap/bind"])
    lines = ["#!/usr/bin/env bash", "set -eu", "echo %s | gopass insert -f %s" % (shq(v), p),
             "gopass sync"]
    if r.random() < 0.5:
        lines.insert(2, "gopass mounts add team git@%s:ops/password-store.git || true" % host(r))
    return r.choice(["scripts/gopass-seed.sh", "bin/rotate.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["password", "github", "gitlab", "aws", "stripe"])
def t_gopass_show_yaml(r, v, kind="password"):
    p = r.choice(["team/db/primary", "team/aws/ci", "team/stripe", "personal/gitlab"])
    lines = ["$ gopass show %s" % p, "Secret: %s" % p, "", v, "---", "username: %s" % user(r)]
    if kind == "aws":
        lines.append("access_key_id: AKIA" + rs(r, 16, UP + "234567"))
    lines += ["url: https://%s" % host(r), "created: %s" % date(r)]
    return r.choice(["notes/gopass.md", "docs/gopass-output.txt"]), "\n".join(lines) + "\n", "text"


# ---- KeePassXC
@tpl(["password", "github", "gitlab", "docker", "atlassian", "aws"])
def t_keepassxc_show_s(r, v, kind="password"):
    title = r.choice(["GitLab deploy", "Jira API", "Prod DB", "Docker Hub", "AWS ci-user", "LDAP bind"])
    lines = ["$ keepassxc-cli show -s %s %s" % (r.choice(["team.kdbx", "~/vault/ops.kdbx", "secrets/ci.kdbx"]), shq("Ops/" + title)),
             "Enter password to unlock %s: " % r.choice(["team.kdbx", "ops.kdbx"]),
             "Title: %s" % title, "UserName: %s" % user(r), "Password: %s" % v, "URL: https://%s" % host(r),
             "Notes: %s" % r.choice(["", "rotated %s" % date(r), "owner: platform team"]),
             "Uuid: {%s}" % uuid(r), "Tags: %s" % r.choice(["", "ci", "prod"])]
    return r.choice(["notes/keepassxc.txt", "docs/kp-cli-session.log", "handover/keepass.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "password_url", "github"], ctx="csv")
def t_keepassxc_csv(r, v, kind="password"):
    lines = ['"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"']
    rows = []
    # other rows without password (empty)
    for _ in range(r.randint(0, 2)):
        rows.append('"Root/Archive","%s","%s","","https://%s","","","0","%sT%sZ","%sT%sZ"' % (
            r.choice(["old wiki", "retired vpn", "printer"]), user(r), host(r), date(r), clock(r), date(r), clock(r)))
    rows.insert(r.randint(0, len(rows)), '"Root/Ops","%s","%s","%s","https://%s","","","0","%sT%sZ","%sT%sZ"' % (
        r.choice(["Grafana admin", "Nexus", "GitHub bot", "Jenkins"]), user(r), v, host(r), date(r), clock(r), date(r), clock(r)))
    return r.choice(["backup/keepassxc-export.csv", "migration/kp-export.csv"]), "\n".join(lines + rows) + "\n", "csv"


# ---- language keyring libs
@tpl(["password", "github", "openai", "hf", "pypi", "anthropic", "slack", "sendgrid"], ctx="py")
def t_py_keyring_set(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ['"""One-time setup: put the %s into the OS keyring."""' % svc, "import getpass", "", "import keyring", "",
             'SERVICE = "%s"' % svc, "", "", "def main():", "    user = getpass.getuser()",
             '    keyring.set_password(SERVICE, user, "%s")' % v,
             '    print("stored", SERVICE, "for", user)', "", "", 'if __name__ == "__main__":', "    main()"]
    return r.choice(["scripts/store_token.py", "tools/keyring_setup.py", "setup_keyring.py"]), "\n".join(lines) + "\n", "python"


@tpl(["password", "pypi", "github", "openai"], ctx="sh")
def t_keyring_cli_set(r, v, kind="password"):
    svc = r.choice(["https://upload.pypi.org/legacy/", "https://test.pypi.org/legacy/", kc_service_for(r, kind)])
    u = "__token__" if kind == "pypi" else user(r)
    lines = ["# make twine pick up the token from the keyring", "pip install --user keyring",
             "echo %s | keyring set %s %s" % (shq(v), svc, u), "keyring get %s %s >/dev/null && echo ok" % (svc, u)]
    return r.choice(["scripts/release-setup.sh", "docs/release.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["password", "github", "openai", "hf", "pypi"])
def t_keyring_get_output(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    u = user(r)
    lines = ["(venv) $ keyring --list-backends", "keyring.backends.SecretService.Keyring (priority: 5)",
             "keyring.backends.chainer.ChainerBackend (priority: 10)", "keyring.backends.fail.Keyring (priority: 0)",
             "(venv) $ keyring get %s %s" % (svc, u), v]
    return r.choice(["notes/keyring-backends.txt", "debug/keyring.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "openai", "anthropic"], ctx="py")
def t_py_keyring_fallback(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ["import os", "import keyring", "", "",
             "def get_token():",
             '    tok = os.environ.get("%s_TOKEN")' % svc.upper().replace("-", "_").replace(".", "_").replace(" ", "_"),
             "    if tok:", "        return tok",
             '    tok = keyring.get_password("%s", "%s")' % (svc, user(r)),
             "    # fallback for the CI box where the keyring is locked",
             '    return tok or "%s"' % v]
    return r.choice(["src/%s/auth.py" % r.choice(["acme", "tools", "client"]), "lib/credentials.py"]), "\n".join(lines) + "\n", "python"


@tpl(["password", "github", "npm", "slack"], ctx="js")
def t_keytar_js(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ["const keytar = require('keytar');", "", "async function seed() {",
             "  await keytar.setPassword('%s', '%s', '%s');" % (svc, user(r), v),
             "  const found = await keytar.findCredentials('%s');" % svc, "  console.log(`${found.length} credential(s)`);",
             "}", "", "seed().catch(console.error);"]
    return r.choice(["scripts/seed-keytar.js", "electron/dev/seedCredentials.js"]), "\n".join(lines) + "\n", "javascript"


@tpl(["password", "github", "gitlab", "do"], ctx="go")
def t_go_keyring(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ["package main", "", "import (", '\t"log"', "", '\t"github.com/zalando/go-keyring"', ")", "",
             "func main() {", '\tservice := "%s"' % svc, '\tuser := "%s"' % user(r), "",
             '\tif err := keyring.Set(service, user, "%s"); err != nil {' % v, "\t\tlog.Fatal(err)", "\t}",
             '\tlog.Println("stored")', "}"]
    return r.choice(["cmd/seed-keyring/main.go", "tools/keyring/main.go"]), "\n".join(lines) + "\n", "go"


@tpl(["password", "github", "openai"], ctx="rs")
def t_rust_keyring(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ["use keyring::Entry;", "", "fn main() -> keyring::Result<()> {",
             '    let entry = Entry::new("%s", "%s")?;' % (svc, user(r)),
             '    entry.set_password("%s")?;' % v,
             '    println!("stored {}", entry.get_password()?.len());', "    Ok(())", "}"]
    return r.choice(["examples/store.rs", "src/bin/seed.rs"]), "\n".join(lines) + "\n", "rust"


# ---- keytool
@tpl(["password"])
def t_keytool_list(r, v, kind="password"):
    ks = r.choice(["release.jks", "keystore.p12", "server.jks", "app/upload-keystore.jks"])
    al = r.choice(["upload", "release", "tomcat", "server"])
    fp1 = ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(20))
    fp2 = ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(32))
    lines = ["$ keytool -list -v -keystore %s -storepass %s" % (ks, shq(v)), "Keystore type: %s" % r.choice(["PKCS12", "JKS"]),
             "Keystore provider: SUN", "", "Your keystore contains 1 entry", "", "Alias name: %s" % al,
             "Creation date: %s" % date(r), "Entry type: PrivateKeyEntry", "Certificate chain length: 1",
             "Certificate[1]:", "Owner: CN=%s, OU=Mobile, O=%s, C=DE" % (r.choice(["Jane Doe", "Release"]), dom(r)),
             "Issuer: CN=%s, OU=Mobile, O=%s, C=DE" % (r.choice(["Jane Doe", "Release"]), dom(r)),
             "Serial number: %s" % rs(r, 16, HEX), "Valid from: %s until: %s" % (date(r), date(r)),
             "Certificate fingerprints:", "\t SHA1: %s" % fp1, "\t SHA256: %s" % fp2,
             "Signature algorithm name: SHA256withRSA", "Subject Public Key Algorithm: 2048-bit RSA key", "Version: 3"]
    return r.choice(["docs/android-signing.md", "notes/keystore-info.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password"], ctx="docker")
def t_keytool_dockerfile(r, v, kind="password"):
    lines = ["FROM eclipse-temurin:%s-jre" % r.choice(["17", "21"]), "COPY certs/corp-root-ca.crt /tmp/corp-root-ca.crt",
             "RUN keytool -importcert -noprompt -alias corp-root -file /tmp/corp-root-ca.crt \\",
             "      -keystore /opt/app/truststore.jks -storepass %s" % v,
             "ENV JAVA_TOOL_OPTIONS=\"-Djavax.net.ssl.trustStore=/opt/app/truststore.jks\"",
             "COPY target/app.jar /opt/app/app.jar", 'ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]']
    return r.choice(["Dockerfile", "deploy/Dockerfile"]), "\n".join(lines) + "\n", "dockerfile"


@tpl(["password"], ctx="gradle")
def t_gradle_signing(r, v, kind="password"):
    lines = ["android {", "    signingConfigs {", "        release {",
             "            storeFile file('%s')" % r.choice(["upload-keystore.jks", "../keys/release.jks"]),
             "            storePassword '%s'" % v, "            keyAlias '%s'" % r.choice(["upload", "release"]),
             "            keyPassword System.getenv('KEY_PASSWORD')", "        }", "    }", "    buildTypes {",
             "        release {", "            signingConfig signingConfigs.release", "            minifyEnabled true",
             "        }", "    }", "}"]
    return r.choice(["app/build.gradle", "android/app/build.gradle"]), "\n".join(lines) + "\n", "gradle"


# ---- docker credential helpers
@tpl(["docker", "github", "gitlab", "password", "azdo"], ctx="json")
def t_docker_cred_get(r, v, kind="docker"):
    srv = {"docker": "https://index.docker.io/v1/", "github": "ghcr.io", "gitlab": "registry.gitlab.com",
           "azdo": "%s.azurecr.io" % r.choice(["acme", "globexprod"])}.get(kind, "registry." + dom(r))
    helper = r.choice(["osxkeychain", "desktop", "pass", "secretservice", "wincred"])
    j = json.dumps({"ServerURL": srv, "Username": user(r), "Secret": v}, separators=(",", ":"))
    lines = ["$ echo %s | docker-credential-%s get" % (srv, helper), j]
    if r.random() < 0.5:
        lines += ["$ docker-credential-%s list" % helper, json.dumps({srv: "x"}).replace('"x"', '"%s"' % user(r))]
    return r.choice(["docs/registry-auth-debug.md", "notes/docker-cred-helper.txt", "debug/cred-helper.log"]), \
        "\n".join(lines) + "\n", "text"


@tpl(["docker", "github", "gitlab"], ctx="sh")
def t_docker_cred_store(r, v, kind="docker"):
    srv = {"docker": "https://index.docker.io/v1/", "github": "ghcr.io", "gitlab": "registry.gitlab.com"}[kind]
    helper = r.choice(["pass", "secretservice", "osxkeychain"])
    j = json.dumps({"ServerURL": srv, "Username": user(r), "Secret": v})
    lines = ["#!/usr/bin/env bash", "# pre-seed the credential helper on the runner image",
             "echo '%s' | docker-credential-%s store" % (j, helper),
             'jq -n \'{"credsStore":"%s"}\' > ~/.docker/config.json' % helper]
    return r.choice(["ci/runner/seed-docker-creds.sh", "scripts/docker-login-helper.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["docker", "github", "gitlab", "password"], ctx="json", reuse=False)
def t_docker_config_auth(r, v, kind="docker"):
    srv = {"docker": "https://index.docker.io/v1/", "github": "ghcr.io", "gitlab": "registry.gitlab.com"}.get(kind, "registry." + dom(r))
    auth = base64.b64encode(("%s:%s" % (user(r), v)).encode()).decode()
    cfg = {"auths": {srv: {"auth": auth}}}
    if r.random() < 0.5:
        cfg["credHelpers"] = {"%s.dkr.ecr.eu-west-1.amazonaws.com" % r.randint(10**11, 10**12 - 1): "ecr-login"}
    return r.choice([".docker/config.json", "ci/docker-config.json", "deploy/dockerconfig.json"]), \
        json.dumps(cfg, indent=2) + "\n", "json", auth


@tpl(["aws"], ctx="json")
def t_aws_credential_process(r, v, kind="aws"):
    j = {"Version": 1, "AccessKeyId": "AKIA" + rs(r, 16, UP + "234567"), "SecretAccessKey": v}
    lines = ["$ aws-vault exec %s --json" % r.choice(["prod", "ci", "staging"]), json.dumps(j, indent=2)]
    return r.choice(["notes/aws-vault.txt", "debug/credential-process.txt"]), "\n".join(lines) + "\n", "text"


# ---- netrc
@tpl(["password_url", "github", "gitlab", "password", "atlassian", "do"], ctx="netrc")
def t_netrc(r, v, kind="password"):
    m = {"github": "api.github.com", "gitlab": "gitlab." + dom(r), "atlassian": "%s.atlassian.net" % r.choice(["acme", "globex"]),
         "do": "api.digitalocean.com"}.get(kind, host(r))
    lines = []
    if r.random() < 0.5:
        lines.append("machine %s login %s password %s" % (m, user(r), v))
    else:
        lines += ["machine %s" % m, "  login %s" % user(r), "  password %s" % v]
    if r.random() < 0.5:
        lines.insert(0, "machine %s login anonymous" % host(r))
    return r.choice([".netrc", "ci/netrc", "docker/.netrc", "_netrc"]), "\n".join(lines) + "\n", "netrc"


@tpl(["password_url", "github", "gitlab"], ctx="yaml")
def t_netrc_ci_heredoc(r, v, kind="password"):
    m = {"github": "github.com", "gitlab": "gitlab." + dom(r)}.get(kind, host(r))
    lines = ["build:", "  image: golang:1.22", "  variables:", "    GOPRIVATE: %s/*" % m, "  before_script:",
             "    - |", "      cat > ~/.netrc <<EOF", "      machine %s" % m, "      login %s" % user(r),
             "      password %s" % v, "      EOF", "    - chmod 600 ~/.netrc", "  script:", "    - go build ./..."]
    return r.choice([".gitlab-ci.yml", "ci/build.gitlab-ci.yml"]), "\n".join(lines) + "\n", "yaml"


@tpl(["password_url", "github"])
def t_netrc_ci_log(r, v, kind="password"):
    m = "github.com" if kind == "github" else host(r)
    lines = ["%sT%s.%03dZ ##[group]Run cat ~/.netrc" % (date(r), clock(r), r.randint(0, 999)),
             "%sT%s.%03dZ ##[endgroup]" % (date(r), clock(r), r.randint(0, 999)),
             "%sT%s.%03dZ machine %s login %s password %s" % (date(r), clock(r), r.randint(0, 999), m, user(r), v),
             "%sT%s.%03dZ Post job cleanup." % (date(r), clock(r), r.randint(0, 999))]
    return r.choice(["ci/logs/job-%d.log" % r.randint(1000, 99999), "logs/actions-run.log"]), "\n".join(lines) + "\n", "log"


# ---- other CLIs
@tpl(["password", "github", "stripe", "openai"])
def t_op_read(r, v, kind="password"):
    vault = r.choice(["Private", "DevOps", "Shared", "Engineering"])
    item = r.choice(["GitHub bot", "Prod DB", "Stripe live", "OpenAI"])
    lines = ["$ op item get %s --vault %s --fields label=%s --reveal" % (shq(item), vault, r.choice(["password", "credential"])), v,
             "$ op read \"op://%s/%s/username\"" % (vault, item), user(r)]
    return r.choice(["notes/1password-cli.txt", "docs/op-debug.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "gitlab"])
def t_bw_get(r, v, kind="password"):
    item = r.choice(["nexus-admin", "gitlab-deploy", "vpn", "grafana"])
    lines = ["$ export BW_SESSION=$(bw unlock --raw)", "$ bw get password %s" % item, v,
             "$ bw get username %s" % item, user(r)]
    return r.choice(["notes/bitwarden.txt", "docs/bw-cli.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["npm", "github"], ctx="sh")
def t_npm_keychain_script(r, v, kind="npm"):
    reg = "registry.npmjs.org" if kind == "npm" else "npm.pkg.github.com"
    lines = ["#!/bin/zsh", "# keep the npm token in the keychain and write .npmrc from it",
             "security add-generic-password -U -a \"$USER\" -s npm-token -w '%s'" % v,
             'TOKEN=$(security find-generic-password -a "$USER" -s npm-token -w)',
             'echo "//%s/:_authToken=${TOKEN}" > ~/.npmrc' % reg]
    return r.choice(["scripts/npm-login.zsh", "bin/npmrc-from-keychain.sh"]), "\n".join(lines) + "\n", "shell"


@tpl(["password"], ctx="plain")
def t_jenkins_unlock_trace(r, v, kind="password"):
    u = r.choice(MACUSERS)
    kc = "/Users/%s/Library/Keychains/%s" % (u, r.choice(["login.keychain-db", "jenkins.keychain-db"]))
    lines = ["Started by user %s" % r.choice(["Jane Doe", "admin", "GitHub push"]),
             "Running on mac-agent-%02d in /Users/%s/workspace/%s" % (r.randint(1, 12), u, r.choice(["ios-app", "acme-mobile"])),
             "[Pipeline] sh", "+ set -x", "+ security unlock-keychain -p %s %s" % (xq(v), kc),
             "+ security set-key-partition-list -S apple-tool:,apple: -s -k %s %s" % (xq(v), kc),
             "+ xcodebuild -workspace App.xcworkspace -scheme App archive",
             "** ARCHIVE SUCCEEDED **", "Finished: SUCCESS"]
    return r.choice(["ci/logs/jenkins-%d.log" % r.randint(100, 9999), "logs/mac-agent-build.log"]), "\n".join(lines) + "\n", "log"


@tpl(["github"])
def t_gh_auth_token(r, v, kind="github"):
    u = user(r)
    lines = ["$ gh auth status", "github.com",
             "  \u2713 Logged in to github.com account %s (keyring)" % u, "  - Active account: true",
             "  - Git operations protocol: https", "  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'",
             "$ gh auth token", v]
    return r.choice(["notes/gh-auth.txt", "debug/gh-keyring.txt", "docs/gh-cli-session.md"]), "\n".join(lines) + "\n", "text"


@tpl(["github", "gitlab", "password", "azdo"])
def t_git_credential_helper_get(r, v, kind="github"):
    hostn = {"gitlab": "gitlab." + dom(r), "azdo": "dev.azure.com"}.get(kind, r.choice(["github.com", host(r)]))
    helper = r.choice(["osxkeychain", "libsecret", "wincred", "manager"])
    lines = ["$ printf 'protocol=https\\nhost=%s\\n' | git credential-%s get" % (hostn, helper),
             "username=%s" % user(r), "password=%s" % v]
    if r.random() < 0.5:
        lines = ["# after `git push` kept failing with 403 on the runner"] + lines
    return r.choice(["debug/credential-helper.txt", "notes/git-helper-%s.txt" % helper]), "\n".join(lines) + "\n", "text"


@tpl(["docker", "github", "gitlab", "password"], ctx="plain")
def t_docker_login_p(r, v, kind="docker"):
    reg = {"docker": "", "github": " ghcr.io", "gitlab": " registry.gitlab.com"}.get(kind, " registry." + dom(r))
    helper = r.choice(["desktop", "osxkeychain", "pass", "wincred"])
    lines = ["$ docker login%s -u %s -p %s" % (reg, user(r), v),
             "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
             "Login Succeeded", "", "$ cat ~/.docker/config.json",
             '{', '  "auths": {', '    "%s": {}' % (reg.strip() or "https://index.docker.io/v1/"), "  },",
             '  "credsStore": "%s"' % helper, "}"]
    return r.choice(["docs/registry-login.md", "notes/docker-login.txt"]), "\n".join(lines) + "\n", "text"


@tpl(["password", "github", "openai", "hf"], ctx="py")
def t_py_libsecret_store(r, v, kind="password"):
    svc = kc_service_for(r, kind)
    lines = ["import gi", "", "gi.require_version('Secret', '1')", "from gi.repository import Secret", "",
             "SCHEMA = Secret.Schema.new(", "    'org.%s.Password'," % r.choice(["acme", "globex", "example_app"]),
             "    Secret.SchemaFlags.NONE,", "    {'service': Secret.SchemaAttributeType.STRING,",
             "     'user': Secret.SchemaAttributeType.STRING},", ")", "",
             "Secret.password_store_sync(SCHEMA, {'service': '%s', 'user': '%s'}," % (svc, user(r)),
             "                           Secret.COLLECTION_DEFAULT, '%s', '%s', None)" % (svc, v)]
    return r.choice(["tools/libsecret_seed.py", "scripts/store_secret.py"]), "\n".join(lines) + "\n", "python"


@tpl(["password", "github", "azdo"], ctx="go")
def t_go_wincred(r, v, kind="password"):
    tgt = r.choice(["AcmeSync", "git:https://dev.azure.com", "ReportingSvc"])
    lines = ["//go:build windows", "", "package main", "", 'import "github.com/danieljoos/wincred"', "",
             "func main() {", '\tcred := wincred.NewGenericCredential("%s")' % tgt,
             '\tcred.UserName = "%s"' % user(r), '\tcred.CredentialBlob = []byte("%s")' % v,
             "\tcred.Persist = wincred.PersistLocalMachine", "\tif err := cred.Write(); err != nil {",
             "\t\tpanic(err)", "\t}", "}"]
    return r.choice(["cmd/wincred-seed/main.go", "tools/credseed/main_windows.go"]), "\n".join(lines) + "\n", "go"


@tpl(["password", "github", "azdo", "openai", "sendgrid"], ctx="ps")
def t_ps_set_secret(r, v, kind="password"):
    name = r.choice(["AzDoPat", "SqlSaPassword", "GitHubToken", "OpenAIKey", "SendGridKey"])
    lines = ["Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -Scope CurrentUser",
             "Register-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault",
             "Set-Secret -Name %s -Secret %s -Vault LocalStore" % (name, psq(v)),
             "Get-SecretInfo -Vault LocalStore | Format-Table Name, Type"]
    return r.choice(["setup/Register-Secrets.ps1", "scripts/SecretStore.ps1"]), "\r\n".join(lines) + "\r\n", "powershell"


# ---------------------------------------------------------------- look-alike negatives (no secret)
NEG = []


def neg(f):
    NEG.append({"name": f.__name__[2:], "f": f})
    return f


@neg
def n_kc_attrs_only(r):
    svc = kc_service_for(r, r.choice(["npm", "password", "github", "docker"]))
    acct = user(r)
    kc = mac_home(r) + "/Library/Keychains/login.keychain-db"
    out = ["$ security find-generic-password -s %s -a %s" % (shq(svc), acct), 'keychain: "%s"' % kc, "version: 512",
           'class: "genp"', "attributes:"] + kc_attrs(r, "genp", svc, acct)
    return r.choice(["docs/debug/keychain-item.md", "notes/keychain-attrs.txt"]), "\n".join(out) + "\n", "text"


@neg
def n_kc_read_w_script(r):
    svc = kc_service_for(r, r.choice(["npm", "github", "openai", "password"]))
    var = r.choice(["NPM_TOKEN", "GITHUB_TOKEN", "OPENAI_API_KEY", "DB_PASSWORD", "API_TOKEN"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail",
             '%s="$(security find-generic-password -a "$USER" -s %s -w)"' % (var, shq(svc)),
             "export %s" % var, 'exec "$@"']
    return r.choice(["bin/with-token", "scripts/env-from-keychain.sh"]), "\n".join(lines) + "\n", "shell"


@neg
def n_kc_add_prompt(r):
    svc = kc_service_for(r, r.choice(["npm", "github", "password"]))
    lines = ["## Storing the token", "", "Run this and paste the token when prompted (`-w` must be the last option):", "",
             "```sh", 'security add-generic-password -U -a "$USER" -s %s -w' % svc, "```", "",
             "Read it back with `security find-generic-password -s %s -w`." % svc]
    return r.choice(["README.md", "docs/setup-macos.md", "CONTRIBUTING.md"]), "\n".join(lines) + "\n", "markdown"


@neg
def n_kc_not_found(r):
    svc = kc_service_for(r, r.choice(["npm", "github", "password", "docker"]))
    lines = ["$ security find-generic-password -s %s -w" % svc,
             "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.",
             "$ security find-internet-password -s github.com -g",
             "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.",
             "$ security list-keychains", '    "%s/Library/Keychains/login.keychain-db"' % mac_home(r),
             '    "/Library/Keychains/System.keychain"']
    return r.choice(["debug/kc-missing.txt", "notes/keychain-empty.log"]), "\n".join(lines) + "\n", "text"


@neg
def n_find_certificate_hashes(r):
    lines = ["$ security find-certificate -a -Z -c \"%s\" | grep -E 'SHA-|alis'" % r.choice(["Developer ID", "Apple Development", "corp-root"])]
    for _ in range(r.randint(1, 3)):
        lines += ["SHA-256 hash: %s" % rs(r, 64, "0123456789ABCDEF"), "SHA-1 hash: %s" % rs(r, 40, "0123456789ABCDEF"),
                  '    "alis"<blob>="Developer ID Application: %s (%s)"' % (r.choice(["Acme GmbH", "Globex Inc", "Jane Doe"]), rs(r, 10, UP + DIG))]
    lines += ["$ security find-identity -v -p codesigning",
              '  1) %s "Developer ID Application: Acme GmbH (%s)"' % (rs(r, 40, "0123456789ABCDEF"), rs(r, 10, UP + DIG)),
              "     1 valid identities found"]
    return r.choice(["docs/codesign-identities.md", "notes/certs.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_dump_keychain_nodata(r):
    kc = mac_home(r) + "/Library/Keychains/login.keychain-db"
    out = ["$ security dump-keychain %s | head -60" % kc]
    for _ in range(r.randint(2, 3)):
        svc = kc_service_for(r, r.choice(["npm", "password", "github", "docker", "gitlab"]))
        out += ['keychain: "%s"' % kc, "version: 512", 'class: "genp"', "attributes:"] + kc_attrs(r, "genp", svc, user(r))
    return r.choice(["debug/dump-keychain-attrs.txt", "logs/keychain-inventory.log"]), "\n".join(out) + "\n", "text"


@neg
def n_secret_tool_prompt(r):
    svc = kc_service_for(r, r.choice(["npm", "password", "github"]))
    u = user(r)
    lines = ["$ secret-tool store --label='%s' service %s username %s" % (svc, svc, u), "Password: ",
             "$ secret-tool search service %s" % svc, "[/org/freedesktop/secrets/collection/login/%d]" % r.randint(1, 40),
             "label = %s" % svc, "created = %s %s" % (date(r), clock(r)), "modified = %s %s" % (date(r), clock(r)),
             "schema = org.freedesktop.Secret.Generic", "attribute.service = %s" % svc, "attribute.username = %s" % u]
    return r.choice(["docs/linux-keyring.md", "notes/secret-tool.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_kwallet_list(r):
    lines = ["$ kwallet-query -l kdewallet", "Form Data", "Network Management", "Passwords", "ksecretsservice",
             "$ kwallet-query -l -f 'Network Management' kdewallet"]
    for _ in range(r.randint(1, 3)):
        lines.append("{%s};802-11-wireless-security" % uuid(r))
    return r.choice(["notes/kwallet-folders.txt", "docs/kde/kwallet.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_cmdkey_list(r):
    lines = ["C:\\>cmdkey /list", "", "Currently stored credentials:", ""]
    for _ in range(r.randint(2, 4)):
        t = r.choice(["Domain:target=TERMSRV/%s" % host(r), "LegacyGeneric:target=git:https://github.com",
                      "LegacyGeneric:target=MicrosoftAccount:user=%s@outlook.com" % user(r),
                      "Domain:interactive=%s\\%s" % (r.choice(WINDOM), user(r)),
                      "LegacyGeneric:target=%s" % uuid(r)])
        lines += ["    Target: %s" % t, "    Type: %s" % r.choice(["Domain Password", "Generic ", "Domain Extended Credentials"]),
                  "    User: %s" % r.choice(["%s\\%s" % (r.choice(WINDOM), user(r)), "PersonalAccessToken", user(r)]),
                  "    %s" % r.choice(["Local machine persistence", "Saved for this logon only", ""]), ""]
    return r.choice(["docs/windows/cmdkey-list.txt", "notes/credman-inventory.txt"]), "\r\n".join(lines) + "\r\n", "text"


@neg
def n_vaultcmd_list(r):
    lines = ["C:\\>vaultcmd /listschema", "Credential schema: Windows Domain Password Credential",
             "Schema Id: {%s}" % uuid(r, True), "Property (schema element id,value): (100,2)", "",
             "C:\\>vaultcmd /listcreds:\"Windows Credentials\" /all", "Credentials in vault: Windows Credentials", ""]
    for _ in range(r.randint(1, 3)):
        lines += ["Credential schema: Windows Domain Password Credential", "Resource: Domain:target=%s" % host(r),
                  "Identity: %s\\%s" % (r.choice(WINDOM), user(r)), "Hidden: No", "Roaming: No",
                  "Saved By: {%s}" % uuid(r, True), ""]
    return r.choice(["notes/vaultcmd.txt", "docs/windows/vault.txt"]), "\r\n".join(lines) + "\r\n", "text"


@neg
def n_get_storedcredential_secure(r):
    tgt = r.choice(["AcmeDeploy", "ProdSql", "NuGetFeed"])
    lines = ["PS C:\\> $c = Get-StoredCredential -Target %s" % tgt, "PS C:\\> $c", "",
             "UserName                     Password", "--------                     --------",
             "%-28s System.Security.SecureString" % user(r), "",
             "PS C:\\> New-StoredCredential -Target %s -Credentials (Get-Credential) -Persist LocalMachine" % tgt,
             "cmdlet Get-Credential at command pipeline position 1", "Supply values for the following parameters:"]
    return r.choice(["docs/windows/stored-credential.md", "notes/ps-credman.txt"]), "\r\n".join(lines) + "\r\n", "text"


@neg
def n_ps_read_host(r):
    lines = ["param([Parameter(Mandatory)][string]$Target)", "",
             "$pw = Read-Host -AsSecureString -Prompt \"Password for $Target\"",
             "$cred = New-Object System.Management.Automation.PSCredential ($env:USERNAME, $pw)",
             "New-StoredCredential -Target $Target -Credentials $cred -Persist LocalMachine | Out-Null",
             "cmdkey /generic:$Target /user:$env:USERNAME /pass"]
    return r.choice(["scripts/Add-Credential.ps1", "tools/Save-Cred.ps1"]), "\r\n".join(lines) + "\r\n", "powershell"


@neg
def n_keepassxc_protected(r):
    title = r.choice(["GitLab deploy", "Prod DB", "Docker Hub"])
    lines = ["$ keepassxc-cli show ops.kdbx %s" % shq("Ops/" + title), "Enter password to unlock ops.kdbx: ",
             "Title: %s" % title, "UserName: %s" % user(r), "Password: PROTECTED", "URL: https://%s" % host(r), "Notes: ",
             "Uuid: {%s}" % uuid(r), "Tags: ", "$ keepassxc-cli ls ops.kdbx Ops", "GitLab deploy", "Prod DB", "Docker Hub"]
    return r.choice(["notes/keepassxc.txt", "docs/kp-cli.md"]), "\n".join(lines) + "\n", "text"


@neg
def n_keytool_env(r):
    fp1 = ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(20))
    fp2 = ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(32))
    lines = ["$ keytool -list -v -keystore release.jks -storepass:env %s" % r.choice(["STORE_PASS", "KEYSTORE_PASSWORD"]),
             "Keystore type: PKCS12", "Keystore provider: SUN", "", "Your keystore contains 1 entry", "",
             "Alias name: upload", "Entry type: PrivateKeyEntry", "Serial number: %s" % rs(r, 16, HEX),
             "Certificate fingerprints:", "\t SHA1: %s" % fp1, "\t SHA256: %s" % fp2,
             "Signature algorithm name: SHA256withRSA"]
    return r.choice(["docs/android-signing.md", "notes/keystore.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_docker_cred_list(r):
    d = {"https://index.docker.io/v1/": user(r), "ghcr.io": user(r), "%d.dkr.ecr.eu-central-1.amazonaws.com" % r.randint(10**11, 10**12 - 1): "AWS"}
    lines = ["$ docker-credential-%s list" % r.choice(["desktop", "osxkeychain", "pass"]), json.dumps(d),
             "$ docker pull %s/app@sha256:%s" % (r.choice(["ghcr.io/acme", "docker.io/globex"]), rs(r, 64, HEX)),
             "Digest: sha256:%s" % rs(r, 64, HEX)]
    return r.choice(["notes/docker-helper.txt", "debug/registry.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_docker_config_credsstore(r):
    cfg = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}}, "credsStore": r.choice(["desktop", "osxkeychain", "pass"]),
           "currentContext": "default", "plugins": {"-x-cli-hints": {"enabled": "true"}}}
    return r.choice([".docker/config.json", "ci/docker/config.json"]), json.dumps(cfg, indent=2) + "\n", "json"


@neg
def n_pass_gpgid(r):
    lines = [rs(r, 40, "0123456789ABCDEF") for _ in range(r.randint(1, 3))]
    return r.choice([".password-store/.gpg-id", "password-store/.gpg-id", "team-store/infra/.gpg-id"]), "\n".join(lines) + "\n", "text"


@neg
def n_pgp_message(r):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(200, 400)))).decode()
    lines = ["-----BEGIN PGP MESSAGE-----", ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + \
            ["=" + rs(r, 4, ALNUM), "-----END PGP MESSAGE-----"]
    return r.choice(["store/infra/db.gpg.asc", "password-store/ci/github.asc", "secrets/prod.txt.asc"]), "\n".join(lines) + "\n", "pgp"


@neg
def n_pass_show_pubkey(r):
    key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, ALNUM + "+/")
    lines = ["$ pass show ssh/%s.pub" % r.choice(["deploy", "ci", "backup"]), "ssh-ed25519 %s %s@%s" % (key, user(r), host(r)),
             "$ pass show -c infra/db/prod", "Copied infra/db/prod to clipboard. Will clear in 45 seconds."]
    return r.choice(["notes/pass.txt", "docs/pass-usage.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_nm_agent_owned(r):
    lines = ["[connection]", "id=%s" % r.choice(["ACME-Office", "Lab-5G"]), "uuid=%s" % uuid(r), "type=wifi", "",
             "[wifi]", "mode=infrastructure", "ssid=%s" % r.choice(["ACME-Office", "Lab-5G"]), "", "[wifi-security]",
             "key-mgmt=wpa-psk", "psk-flags=1", "", "[ipv4]", "method=auto"]
    return r.choice(["provision/nm/office.nmconnection", "files/NetworkManager/lab.nmconnection"]), "\n".join(lines) + "\n", "ini"


@neg
def n_git_credential_config(r):
    lines = ["[credential]", "\thelper = %s" % r.choice(["manager", "osxkeychain", "/usr/lib/git-core/git-credential-libsecret", "cache --timeout=7200"]),
             "[credential \"https://dev.azure.com\"]", "\tuseHttpPath = true",
             "[user]", "\tname = %s" % r.choice(["Jane Doe", "Hiro Tanaka", "Lucie Dubois"]),
             "\temail = %s@%s" % (user(r), dom(r)), "\tsigningkey = %s" % rs(r, 16, "0123456789ABCDEF"),
             "[commit]", "\tgpgsign = true"]
    return r.choice(["dotfiles/.gitconfig", "config/gitconfig"]), "\n".join(lines) + "\n", "gitconfig"


@neg
def n_git_credential_erase(r):
    lines = ["$ git credential-manager diagnose", "Diagnose log at: %s" % r.choice(["./gcm-diagnose.log", "C:\\Users\\x\\gcm-diagnose.log"]),
             "[  OK  ] Environment", "[  OK  ] File system", "[  OK  ] Networking", "[  OK  ] Git",
             "$ printf 'protocol=https\\nhost=github.com\\n\\n' | git credential reject",
             "$ git log -1 --format=%H", rs(r, 40, HEX)]
    return r.choice(["notes/gcm-diagnose.txt", "debug/gcm.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_netrc_env(r):
    lines = ["steps:", "  - name: Configure netrc", "    run: |",
             '      echo "machine %s login ${{ github.actor }} password ${{ secrets.%s }}" > ~/.netrc' % (
                 r.choice(["github.com", "api.github.com", host(r)]), r.choice(["GH_PAT", "NETRC_TOKEN", "BOT_TOKEN"])),
             "      chmod 600 ~/.netrc", "  - run: go mod download"]
    return r.choice([".github/workflows/build.yml", ".github/workflows/go.yml"]), "\n".join(lines) + "\n", "yaml"


@neg
def n_keyring_get(r):
    lines = ["import keyring", "", "", "def token():",
             '    value = keyring.get_password("%s", "%s")' % (kc_service_for(r, r.choice(["github", "openai", "npm"])), user(r)),
             "    if value is None:", '        raise SystemExit("run: keyring set <service> <user>")', "    return value"]
    return r.choice(["src/app/secrets.py", "lib/token.py"]), "\n".join(lines) + "\n", "python"


@neg
def n_kp_uuids(r):
    lines = ["Group,Title,Uuid,Last Modified"]
    for _ in range(r.randint(3, 8)):
        lines.append("Root/%s,%s,%s,%sT%sZ" % (r.choice(["Ops", "Dev", "Archive"]), r.choice(["nexus", "vpn", "db", "jira"]),
                                              rs(r, 32, HEX), date(r), clock(r)))
    return r.choice(["reports/keepass-inventory.csv", "audit/kp-entries.csv"]), "\n".join(lines) + "\n", "csv"


@neg
def n_cert_pem(r):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(600, 900)))).decode()
    lines = ["$ security find-certificate -c corp-root -p", "-----BEGIN CERTIFICATE-----", "MIID" + body[4:60]] + \
            [body[i:i + 64] for i in range(60, len(body), 64)] + ["-----END CERTIFICATE-----"]
    return r.choice(["certs/corp-root.pem", "docs/corp-root-ca.txt"]), "\n".join(lines) + "\n", "pem"


@neg
def n_docker_cred_helper_cfg(r):
    cfg = {"credHelpers": {"%d.dkr.ecr.us-east-1.amazonaws.com" % r.randint(10**11, 10**12 - 1): "ecr-login",
                           "gcr.io": "gcloud", "europe-docker.pkg.dev": "gcloud"}}
    return r.choice(["ci/docker/config.json", ".docker/config.json"]), json.dumps(cfg, indent=2) + "\n", "json"


@neg
def n_checksums(r):
    lines = ["# release checksums"]
    for f in r.sample(["docker-credential-osxkeychain-v0.8.2.darwin-arm64", "docker-credential-pass-v0.8.2.linux-amd64",
                       "git-credential-manager-2.5.1.pkg", "keepassxc-2.7.9-x86_64.AppImage", "gopass-1.15.13-linux-amd64.tar.gz"], 3):
        lines.append("%s  %s" % (rs(r, 64, HEX), f))
    return r.choice(["tools/SHA256SUMS", "vendor/checksums.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_ps_set_secret_prompt(r):
    lines = ["# prompts for the value; nothing is stored in this file",
             "$value = Read-Host -AsSecureString 'PAT'",
             "Set-Secret -Name %s -SecureStringSecret $value -Vault LocalStore" % r.choice(["AzDoPat", "GitHubToken"]),
             "Get-Secret -Name %s -AsPlainText | Out-Null" % r.choice(["AzDoPat", "GitHubToken"])]
    return r.choice(["setup/Set-Pat.ps1", "scripts/pat.ps1"]), "\r\n".join(lines) + "\r\n", "powershell"


@neg
def n_docker_login_stdin(r):
    lines = ["- name: Log in to registry", "  run: echo \"${{ secrets.%s }}\" | docker login %s -u %s --password-stdin" % (
        r.choice(["GHCR_TOKEN", "DOCKERHUB_TOKEN", "REGISTRY_PASSWORD"]), r.choice(["ghcr.io", "docker.io", "registry.gitlab.com"]), user(r)),
             "- name: Push", "  run: docker push %s/app:%s" % (r.choice(["ghcr.io/acme", "globex"]), rs(r, 7, HEX))]
    return r.choice([".github/workflows/docker.yml", "ci/push.yml"]), "\n".join(lines) + "\n", "yaml"


@neg
def n_kc_public_values(r):
    u = r.choice(MACUSERS)
    pub = [("acme-oauth-client-id", "Iv1." + rs(r, 16, HEX)), ("stripe-publishable", "pk_live_" + rs(r, 24)),
           ("azure-tenant-id", uuid(r)), ("aws-account-id", str(r.randint(10**11, 10**12 - 1))),
           ("google-oauth-client-id", "%d-%s.apps.googleusercontent.com" % (r.randint(10**11, 10**12 - 1), rs(r, 32, LOW + DIG))),
           ("sentry-dsn-public-key", rs(r, 32, HEX))]
    svc, val = r.choice(pub)
    lines = ["# non-secret identifiers also live in the keychain so the scripts have one lookup path",
             "%s@mbp ~ %% security find-generic-password -a %s -s %s -w" % (u, u, svc), val]
    return r.choice(["notes/keychain-ids.txt", "docs/config-lookup.txt"]), "\n".join(lines) + "\n", "text"


@neg
def n_gpg_list_keys(r):
    fpr = rs(r, 40, "0123456789ABCDEF")
    lines = ["$ gpg --list-secret-keys --keyid-format LONG", "/home/%s/.gnupg/pubring.kbx" % r.choice(MACUSERS),
             "------------------------------", "sec   ed25519/%s %s [SC]" % (fpr[-16:], date(r)), "      %s" % fpr,
             "uid                 [ultimate] %s <%s@%s>" % (r.choice(["Jane Doe", "Ops Team"]), user(r), dom(r)),
             "ssb   cv25519/%s %s [E]" % (rs(r, 16, "0123456789ABCDEF"), date(r)), "", "$ pass init %s" % fpr,
             "Password store initialized for %s" % fpr]
    return r.choice(["docs/pass-setup.md", "notes/gpg-pass-init.txt"]), "\n".join(lines) + "\n", "text"


# ---------------------------------------------------------------- placeholders
PH_COMMON = ["<your-password>", "<YOUR_TOKEN>", "YOUR_API_KEY", "REPLACE_ME", "changeme", "xxxxxxxx",
             "xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "********", "[REDACTED]", "<redacted>", "TODO", "password", "secret",
             "...", "dummy", "mot_de_passe", "dein-passwort-hier", "tu_contrasena", "ваш_пароль", "<パスワード>",
             "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "glpat-xxxxxxxxxxxxxxxxxxxx", "npm_XXXXXXXXXXXXXXXX",
             "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "(hidden)", "<not shown>", "PROTECTED", "***",
             "MASKED", "<token>", "PASTE_TOKEN_HERE", "example-password", "your_password_here"]
PH_CTX = {
    "sh": ["$DEPLOY_PASSWORD", "${GITHUB_TOKEN}", "$(pass show ci/github)", "${NPM_TOKEN:?missing}", "$KEYCHAIN_PASSWORD"],
    "ps": ["$env:SVC_PASSWORD", "$env:AZDO_PAT", "$($cred.GetNetworkCredential().Password)"],
    "cmd": ["%SVC_PASSWORD%", "%BACKUP_PASS%"],
    "yaml": ["${{ secrets.KEYCHAIN_PASSWORD }}", "{{ vault_svc_password }}", "$CI_JOB_TOKEN", "((registry-password))"],
    "make": ["$(KEYCHAIN_PASSWORD)", "$${REGISTRY_TOKEN}"],
    "docker": ["${GIT_TOKEN}", "$KEYSTORE_PASS"],
    "netrc": [],
    "url": ["${GH_TOKEN}", "$CI_JOB_TOKEN"],
    "gradle": ["${System.getenv('STORE_PASSWORD')}", "changeit", "android"],
    "plain": ["op://DevOps/registry/password", "{{ .Password }}", "<not shown>"],
    "json": ["{{ .Secret }}", "${REGISTRY_PASSWORD}"],
    "py": ["os.environ['TOKEN']"],
}


PH_KIND = {
    "github": ["ghp_" + "x" * 36, "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ghp_<token>", "github_pat_..."],
    "github_fg": ["github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXX", "github_pat_<redacted>"],
    "gitlab": ["glpat-XXXXXXXXXXXXXXXXXXXX", "glpat-<your-token>", "$CI_JOB_TOKEN"],
    "docker": ["dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX", "dckr_pat_***"],
    "npm": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "npm_<token>"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<aws-secret-access-key>"],
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXX", "<OPENAI_API_KEY>"],
    "hf": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_***"],
    "stripe": ["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX"],
    "slack": ["xoxb-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-your-token"],
    "keytool": ["changeit"],
    "pypi": ["pypi-XXXXXXXX", "pypi-<token>"],
    "password": ["P@ssw0rd-goes-here", "<mot-de-passe>", "Passwort123-ersetzen", "********"],
}


def pick_placeholder(r, ctx, kind=None):
    if kind in PH_KIND and r.random() < 0.35:
        return r.choice(PH_KIND[kind])
    pool = list(PH_COMMON) + PH_CTX.get(ctx, []) * 3
    if ctx == "xml":
        pool = [p for p in pool if not any(c in p for c in "<>&")]
    if ctx in ("netrc", "url", "ini", "csv"):
        pool = [p for p in pool if " " not in p and "/" not in p or ctx not in ("netrc", "url")]
    if r.random() < 0.06 and ctx not in ("netrc",):
        return ""
    return r.choice(pool)


# ---------------------------------------------------------------- main
STORES = [("mac_", "macos-keychain"), ("fastfile", "macos-keychain"), ("jenkins", "macos-keychain"),
          ("npm_keychain", "macos-keychain"), ("secret_tool", "gnome-keyring"), ("gnome", "gnome-keyring"),
          ("secretstorage", "gnome-keyring"), ("py_libsecret", "gnome-keyring"), ("nmcli", "networkmanager"),
          ("kwallet", "kwallet"), ("ps_set_secret", "powershell-secretstore"), ("git", "git-credentials"),
          ("gcm", "git-credentials"), ("dockerfile_git", "git-credentials"), ("gopass", "gopass"), ("pass", "pass"),
          ("keepassxc", "keepassxc"), ("keytool", "java-keystore"), ("gradle", "java-keystore"),
          ("docker", "docker-credentials"), ("netrc", "netrc"), ("op_", "1password"), ("bw_", "bitwarden"),
          ("py_keyring", "keyring-lib"), ("keyring", "keyring-lib"), ("keytar", "keyring-lib"),
          ("go_keyring", "keyring-lib"), ("rust_keyring", "keyring-lib")]


def store_of(name):
    for pre, st in STORES:
        if name.startswith(pre):
            return st
    return "windows-credential-manager"


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()
    pos_texts = []
    n_tpl = len(TEMPLATES)
    order = []
    # every template at least 5 times, rest random
    while len(order) < 500:
        block = list(range(n_tpl))
        r.shuffle(block)
        order.extend(block)
    order = order[:500]
    r.shuffle(order)
    env_count = 0

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    for i, ti in enumerate(order):
        t = TEMPLATES[ti]
        for _attempt in range(50):
            kind = r.choice(t["kinds"])
            prov, skind, val = mk_secret(r, kind)
            if val in seen:
                continue
            res = t["f"](r, val, kind)
            path, text, ftype = res[0], res[1], res[2]
            needle = res[3] if len(res) > 3 else val
            if needle in seen or needle not in text:
                continue
            base = os.path.basename(path)
            if base.startswith(".env"):
                if env_count >= 20:
                    continue
                env_count += 1
            break
        else:
            raise RuntimeError("could not build positive for " + t["name"])
        seen.add(val)
        seen.add(needle)
        if prov == "password":
            prov = store_of(t["name"])
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        pos_texts.append(text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": skind, "filetype": ftype,
                         "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    reuse = [t for t in TEMPLATES if t["reuse"]]
    neg_rows = []
    n_reuse = 250
    rorder = []
    while len(rorder) < n_reuse:
        b = list(range(len(reuse)))
        r.shuffle(b)
        rorder.extend(b)
    lorder = []
    while len(lorder) < 500 - n_reuse:
        b = list(range(len(NEG)))
        r.shuffle(b)
        lorder.extend(b)
    plan = [("reuse", x) for x in rorder[:n_reuse]] + [("look", x) for x in lorder[:500 - n_reuse]]
    r.shuffle(plan)
    for j, (mode, x) in enumerate(plan):
        if mode == "reuse":
            t = reuse[x]
            kind = r.choice(t["kinds"])
            ph = pick_placeholder(r, t["ctx"], kind)
            res = t["f"](r, ph, kind)
            path, text, ftype = res[0], res[1], res[2]
            name = "reuse_" + t["name"]
            prov = "placeholder"
            kindname = "placeholder" if ph else "empty"
        else:
            t = NEG[x]
            path, text, ftype = t["f"](r)
            name = t["name"]
            prov = "none"
            kindname = "lookalike"
        base = os.path.basename(path)
        if base == ".env" or (base.startswith(".env.") and base.split(".")[-1] not in ("example", "sample", "template", "dist")):
            path = path + ".example"
        rel = "neg/n%04d/%s" % (j, path)
        for s in seen:
            assert s not in text, (rel, s)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kindname, "filetype": ftype,
                         "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
