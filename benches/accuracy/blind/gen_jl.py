#!/usr/bin/env python3
"""gen_jl.py - blind evaluation set: website deployment from editors and FTP/SFTP deploy tools.

EMPHASIS
    Credentials that leak when a website is pushed to a host by FTP/FTPS/SFTP/rsync from an
    editor plugin, a task runner, a deploy tool or a CI job.
    Tools / providers: VS Code SFTP (liximomo / Natizyskunk) `.vscode/sftp.json`, Sublime SFTP
    `sftp-config.json`, Atom Remote-FTP `.ftpconfig`, PhpStorm/WebStorm `deployment.xml` and
    `webServers.xml` (negatives only, see DOUBTS), Dreamweaver `.ste` / `dwsync.xml`, FileZilla
    `sitemanager.xml`, WinSCP scripts / `.bat` / `WinSCP.ini` / .NET assembly in PowerShell,
    PuTTY `.ppk`, git-ftp (`git config git-ftp.password`), lftp scripts and bookmarks, ncftpput,
    curl -T, wput, `.netrc`, sshpass + rsync/scp, Deployer `deploy.php`/`deploy.yaml`,
    Capistrano `config/deploy.rb` and stage files, Laravel Envoy `Envoy.blade.php`, Mina,
    Fabric 1/2 `fabfile.py`, PHPloy `phploy.ini`, dploy `dploy.yaml`, rclone `rclone.conf`,
    WordPress `wp-config.php` FTP constants, GitHub Actions (SamKirkland/FTP-Deploy-Action,
    SFTP deploy actions, lftp runs), GitLab CI lftp jobs and deploy tokens, Bitbucket Pipelines
    `atlassian/ftp-deploy`, `.cpanel.yml`, cPanel UAPI tokens, DigitalOcean tokens (Terraform,
    doctl), Heroku API keys, GitHub PATs used to pull a site, Azure `.PublishSettings`,
    Jenkinsfile, Ansible inventories, docker-compose `atmoz/sftp`, Gulp (vinyl-ftp, gulp-sftp),
    Grunt (`.ftppass`, grunt-ssh), Node (basic-ftp, ssh2-sftp-client, ftp-deploy), Python
    (ftplib, paramiko, pysftp), PHP (ftp_login, phpseclib), Ruby (Net::SFTP, Net::FTP).
    Kinds: ftp_password, sftp_password, ssh_passphrase, ssh_private_key, obfuscated_password
    (Dreamweaver/WinSCP/FileZilla/rclone stored forms), deploy_token, hosting_api_token,
    db_password.
    File types: JSON, XML, PHP, Blade, Ruby, Python, JavaScript, shell, YAML (CI), INI, TOML,
    HCL, Markdown, CSV, log, WinSCP .txt/.bat, PowerShell, Dockerfile, Makefile, Jenkinsfile,
    netrc, raw key files, .ppk, .ste.

USAGE
    python3 -B gen_jl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random).

NEEDLE CONVENTIONS
    - Passwords / passphrases / tokens: the bare value exactly as written, without quotes.
    - URLs (ftp://user:PASS@host, https://x-access-token:TOKEN@github.com): only the secret part
      (the password or token), never the user or host.
    - Headers (`Authorization: cpanel user:TOKEN`, `Bearer TOKEN`): only the token.
    - User/password pairs: the password only (the user name is not secret).
    - Stored obfuscated forms (Dreamweaver pw hex, WinSCP.ini Password hex, FileZilla base64
      Pass, rclone obscured pass): the stored string as written.
    - PEM / OpenSSH private keys (multi-line): the `-----BEGIN ... PRIVATE KEY-----` line; the line
      number is that of the BEGIN line (for one-line escaped JSON it is the same line).
    - PuTTY .ppk files: the first line under `Private-Lines:` (the private blob).

NEGATIVES
    Half re-use the positive templates with the secret slot holding: empty values, placeholders
    (`<your-ftp-password>`, `YOUR_PASSWORD_HERE`, `changeme`, `xxxx`), masks (`********`,
    `[REDACTED]`), env / CI / secret-manager references (`${{ secrets.FTP_PASSWORD }}`, `$FTP_PASS`,
    `%FTP_PASSWORD%`, `os.environ[...]`, `getenv()`, `ENV.fetch`, `process.env.X`, `op://`,
    `vault:`), template expressions (`{{ ftp_password }}`), key *paths* instead of keys, public
    keys, providers' documented example values (cPanel doc tokens, Heroku doc UUID, WinSCP doc
    `password`, git-ftp doc `secr3t`, Capistrano's "please use keys"). Private-key file
    templates become public-key files. No negative lives in a `.env` / `.env.local` /
    `.env.production` file (the .env template is written as `.env.example`).
    The other half are domain look-alikes: known_hosts (plain and hashed), authorized_keys,
    deploy-key public keys, host key fingerprints (`ssh-ed25519 255 SHA256:...`, MD5 colon
    form), `.git-ftp.log` SHA-1s, Capistrano revisions.log, deploy logs with commit SHAs and image
    digests, SHA256SUMS, lock files (npm integrity, composer, terraform, go.sum, pip --hash),
    SRI hashes, data: URIs, X.509 certificates, PGP public keys, dwsync.xml, PhpStorm deployment
    and webServers.xml, sftp.json with key paths / agent / interactiveAuth, FileZilla
    ask-for-password sites, Netlify site ids, asset manifests, git-lfs pointers, lftp transfer
    logs, Ansible Vault ciphertext, CSP hashes, release UUIDs.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Sublime SFTP sftp-config.json keys (type, host, user, password, port, remote_path,
      ssh_key_file ...) and VS Code SFTP sftp.json keys (name, host, protocol, port, username,
      password, privateKeyPath, remotePath, uploadOnSave, useTempFile, openSsh) from public
      config files; Atom Remote-FTP .ftpconfig keys (user, pass, promptForPass, agent,
      privatekey, passphrase, hosthash, ignorehost, keyboardInteractive).
    - grunt-ftp-deploy README: authKey + .ftppass JSON {"key1": {"username", "password"}}.
    - WinSCP docs: `open sftp://user:password@example.com/ -hostkey="ssh-rsa 2048 ..."`,
      SHA-256 fingerprints recommended, -privatekey switch, SessionOptions properties.
    - git-ftp man page / gists: git config git-ftp.url / .user / .password, [git-ftp] section.
    - SamKirkland/FTP-Deploy-Action inputs: server, username, password, server-dir, protocol.
    - cPanel API docs: `Authorization: cpanel username:APITOKEN`, token = 32 chars [A-Z0-9];
      the doc examples U7HMR63FGY292DQZ4H5BFH16JLYMO01M, U7HMR63FHY282DQZ4H5BIH16JLYSO01M,
      JPQNSRU0DH448UJLGXH7KVJECC5QN9N9 are used only as negatives. WHM header `whm user:token`.
    - DigitalOcean: PAT prefix dop_v1_ (OAuth doo_v1_, refresh dor_v1_), Bearer header.
    - GitLab: deploy tokens prefixed gldt- (MR 138438), PATs glpat-; deploy token user
      `gitlab+deploy-token-N`.
    - GitHub: classic PAT ghp_ + 30 base62 + 6 base62 CRC32 checksum, 40 chars total.
    - Heroku: Platform API Bearer token; `heroku authorizations:create` prints a UUID token
      (doc example cf0e05d9-4eca-4948-a012-b91fe9704bab used as a negative).
    - OpenSSH PROTOCOL.key: "openssh-key-v1\\0", cipher, kdf, kdfoptions, N, pubkey, private
      section with two checkints and 1,2,3.. padding to the cipher block size; bcrypt kdf
      options = salt + rounds. Keys here are structurally valid but random (not real key pairs).

DOUBTS
    - DigitalOcean token body length (64 lowercase hex after dop_v1_) is from observed tokens,
      not from a DigitalOcean page I could open.
    - GitLab deploy token body after gldt- is taken as 20 chars [A-Za-z0-9_-] (like early
      glpat-); newer GitLab versions may emit longer routable tokens.
    - Exact WinSCP.ini password obfuscation and Dreamweaver `pw` encoding are reproduced from
      memory of public write-ups (hex, per-char transform); rclone obscure is modelled as
      base64url(IV16 + ciphertext). They look right but are not byte-verified.
    - Azure publish-profile userPWD modelled as 60 base62 chars (observed, not documented).
    - PuTTY PPK v3 layout (Encryption/Comment/Public-Lines/Private-Lines/Private-MAC) from
      memory; blobs are random. PEM RSA bodies are random DER-looking bytes, not valid keys.
    - PhpStorm stores deployment passwords in the OS keychain, so its XML files appear only as
      negatives. Netlify token format could not be confirmed: Netlify appears only as
      negatives (site ids, secret references).
    - Search results that were scanner rule material (a GitGuardian detector page, a keyhog
      detector TOML, a ripsecrets issue) were seen in result lists and not used.
"""
import base64
import binascii
import json
import os
import random
import struct
import sys
import zlib

# ----------------------------------------------------------------------------------------------
# basic random helpers
# ----------------------------------------------------------------------------------------------
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha1hex(r):
    return rs(r, 40, HEX)


def sha256hex(r):
    return rs(r, 64, HEX)


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "granite", "willow", "ember", "summit",
         "orchid", "tundra", "cobalt", "saffron", "glacier", "nimbus", "quartz", "raven", "sierra",
         "thistle", "velvet", "juniper", "marble", "pebble", "canyon", "breeze", "hollow", "cinder"]
FIRST = ["anna", "marco", "lea", "jonas", "sofia", "tom", "ines", "pavel", "yuki", "omar", "clara"]
SITES = ["bakery-lindner", "studio-vela", "kanzlei-roth", "hotel-seeblick", "atelier-nord",
         "praxis-weber", "cafe-aurora", "autohaus-kramer", "yoga-mitte", "verein-tsv", "bistro-luna",
         "pixelgarden", "northwind-shop", "brightsmile-dental", "greenleaf-garden", "oakridge-law"]
TLDS = [".de", ".com", ".net", ".at", ".ch", ".co.uk", ".nl", ".io"]
HOSTERS = ["ftp.{d}", "{d}", "sftp.{d}", "web{n}.hosting-{h}.net", "s{n}.webhost-{h}.com",
           "ssh.strato.de", "access-{n}.webspace-{h}.de", "home{n}.kasserver.com",
           "{ip}"]


def domain(r):
    return r.choice(SITES) + r.choice(TLDS)


def ipv4(r):
    return "%d.%d.%d.%d" % (r.choice([5, 37, 45, 78, 85, 91, 138, 142, 159, 167, 178, 185, 188, 195,
                                       203, 212]), r.randint(1, 254), r.randint(0, 254),
                             r.randint(2, 253))


def host(r, d=None):
    d = d or domain(r)
    t = r.choice(HOSTERS)
    return t.format(d=d, n=r.randint(1, 999), h=r.choice(["alpha", "eu", "pro", "one", "xl"]),
                    ip=ipv4(r))


def user(r, d=None):
    d = d or domain(r)
    base = d.split(".")[0].replace("-", "")[:10]
    return r.choice([base, "deploy", "web%d" % r.randint(1, 400), base + "_ftp",
                     "u%d" % r.randint(10000, 99999), "w%07d" % r.randint(0, 9999999),
                     "ftp%d-%s" % (r.randint(1, 9), base[:6]), "www-data", "deployer",
                     r.choice(FIRST) + "@" + d, "p" + rs(r, 6, DIG)])


def rpath(r, u=None):
    return r.choice(["/public_html", "/htdocs", "/var/www/html", "/httpdocs", "/www",
                     "/home/%s/public_html" % (u or "web1"), "/var/www/vhosts/site/httpdocs",
                     "/srv/www/current", "/html", "/domains/site/public_html"])


def user_url(r, d=None):
    return user(r, d).replace("@", "%40")


def vname(r, conventional, neutral):
    return r.choice(conventional) if r.random() < 0.5 else r.choice(neutral)


# ----------------------------------------------------------------------------------------------
# secret generators
# ----------------------------------------------------------------------------------------------
PW_SYM = "!#%*-_.+=~^"


def pw_strong(r, lo=14, hi=24, sym=PW_SYM):
    n = r.randint(lo, hi)
    while True:
        s = r.choice(LOW + UP) + "".join(r.choice(ALNUM + ALNUM + sym) for _ in range(n - 1))
        if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in LOW for c in s):
            return s


def pw_human(r):
    w1, w2 = r.sample(WORDS, 2)
    sep = r.choice(["", "-", ".", "_", "#", "!"])
    s = w1.capitalize() + sep + w2.capitalize() + str(r.randint(10, 9999)) + r.choice("!#%*?+")
    if r.random() < 0.4:
        s = s.replace("o", "0", 1).replace("e", "3", 1)
    return s


def pw_hoster(r):
    # panel-generated style: fixed length, mixed, some symbols
    return pw_strong(r, 12, 16, "!#%*-_")


def pw_any(r):
    x = r.random()
    if x < 0.45:
        return pw_strong(r)
    if x < 0.75:
        return pw_human(r)
    return pw_hoster(r)


def pw_url(r):
    # only RFC 3986 unreserved characters so it can sit in URL userinfo unencoded
    return pw_strong(r, 14, 22, "-_.~")


def pw_shell(r):
    # safe inside single quotes and unquoted in ini/netrc: no quotes, spaces, $ or backslash
    return pw_strong(r, 14, 22, "!#%*-_.+=~^")


def passphrase(r):
    ws = r.sample(WORDS, r.randint(3, 4))
    s = r.choice(["-", ".", "_"]).join(ws)
    return s + r.choice(["-", ""]) + str(r.randint(2, 99))


def tok_cpanel(r):
    return rs(r, 32, UP + DIG)


def tok_do(r):
    return "dop_v1_" + rs(r, 64, HEX)


def b62enc(n, width):
    out = ""
    while n > 0:
        out = B62[n % 62] + out
        n //= 62
    return out.rjust(width, "0")


def tok_ghp(r):
    body = rs(r, 30, ALNUM)
    return "ghp_" + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)


def tok_gldt(r):
    return "gldt-" + rs(r, 20, ALNUM + "_-")


def tok_heroku(r):
    return uuid4(r)


def tok_azure_pwd(r):
    return rs(r, 60, ALNUM)


def dw_encode(pw):
    # Dreamweaver .ste style: each char code + its index, as two hex digits
    return "".join("%02X" % ((ord(c) + i) & 0xff) for i, c in enumerate(pw))


def winscp_obf(r, pw, key):
    def enc(c):
        return "%02X" % ((~(c ^ 0xA3)) & 0xff)
    data = key + pw
    shift = r.randint(0, max(0, 50 - len(data) - 1))
    out = enc(0xFF) + enc(0x00) + enc(len(data)) + enc(shift)
    out += "".join(enc(r.getrandbits(8)) for _ in range(shift))
    out += "".join(enc(ord(c)) for c in data)
    while len(out) < 100:
        out += enc(r.getrandbits(8))
    return out


def rclone_obscure(r, pw):
    raw = rbytes(r, 16) + rbytes(r, len(pw))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# ---- SSH keys ----------------------------------------------------------------------------------
def _sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ed25519_pub_blob(r):
    return _sstr("ssh-ed25519") + _sstr(rbytes(r, 32))


def pub_ed25519(r, comment=None):
    s = "ssh-ed25519 " + b64(ed25519_pub_blob(r))
    return s + (" " + comment if comment else "")


def pub_rsa(r, comment=None, bits=3072):
    n = b"\x00" + bytes([r.randint(0xc0, 0xff)]) + rbytes(r, bits // 8 - 1)
    blob = _sstr("ssh-rsa") + _sstr(b"\x01\x00\x01") + _sstr(n)
    s = "ssh-rsa " + b64(blob)
    return s + (" " + comment if comment else "")


def pub_ecdsa(r, comment=None):
    blob = _sstr("ecdsa-sha2-nistp256") + _sstr("nistp256") + _sstr(b"\x04" + rbytes(r, 64))
    s = "ecdsa-sha2-nistp256 " + b64(blob)
    return s + (" " + comment if comment else "")


def openssh_ed25519_lines(r, comment, encrypted=False):
    pk = rbytes(r, 32)
    pub = _sstr("ssh-ed25519") + _sstr(pk)
    chk = rbytes(r, 4)
    priv = chk + chk + _sstr("ssh-ed25519") + _sstr(pk) + _sstr(rbytes(r, 32) + pk) + _sstr(comment)
    block = 16 if encrypted else 8
    i = 1
    while len(priv) % block:
        priv += bytes([i])
        i += 1
    if encrypted:
        head = _sstr("aes256-ctr") + _sstr("bcrypt") + _sstr(_sstr(rbytes(r, 16)) + struct.pack(">I", 16))
        priv = rbytes(r, len(priv)) + rbytes(r, 16)  # ciphertext + tag-ish tail
    else:
        head = _sstr("none") + _sstr("none") + _sstr(b"")
    raw = b"openssh-key-v1\x00" + head + struct.pack(">I", 1) + _sstr(pub) + _sstr(priv)
    return (["-----BEGIN OPENSSH PRIVATE KEY-----"] + wrap(b64(raw), 70)
            + ["-----END OPENSSH PRIVATE KEY-----"])


def pem_rsa_lines(r):
    body = bytes.fromhex("308204a40201000282010100") + bytes([r.randint(0xc0, 0xff)]) + rbytes(r, 255)
    body += bytes.fromhex("0203010001028201") + bytes([r.randint(0x01, 0x7f)])
    body += rbytes(r, 4 + 0x4a4 - len(body))
    return (["-----BEGIN RSA PRIVATE KEY-----"] + wrap(b64(body), 64)
            + ["-----END RSA PRIVATE KEY-----"])


def pkcs8_ed25519_lines(r):
    body = bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)
    return ["-----BEGIN PRIVATE KEY-----", b64(body), "-----END PRIVATE KEY-----"]


def ppk_lines(r, comment):
    pub = ed25519_pub_blob(r)
    priv = _sstr(rbytes(r, 32))
    return (["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: " + comment,
             "Public-Lines: 2"] + wrap(b64(pub), 64) + ["Private-Lines: 1", b64(priv),
                                                           "Private-MAC: " + sha256hex(r)])


def private_key_lines(r, comment):
    x = r.random()
    if x < 0.45:
        return openssh_ed25519_lines(r, comment)
    if x < 0.6:
        return openssh_ed25519_lines(r, comment, encrypted=True)
    if x < 0.85:
        return pem_rsa_lines(r)
    return pkcs8_ed25519_lines(r)


def fp_sha256(r):
    return "SHA256:" + b64(rbytes(r, 32)).rstrip("=")


def fp_md5(r):
    return ":".join(rs(r, 2, HEX) for _ in range(16))


def pw_ini(r):
    return pw_strong(r, 14, 22, "-_.+=~^!*%")


def ghs(name):
    return "${{ secrets.%s }}" % name


# ----------------------------------------------------------------------------------------------
# slot values (positive secret or negative stand-in)
# ----------------------------------------------------------------------------------------------
class V(object):
    def __init__(self, lit, neg=False, expr=None):
        self.lit = lit
        self.neg = neg
        self.expr = expr or {}

    def q(self, lang, quote="'"):
        """value as a code expression: quoted literal, or (negatives only) an env lookup."""
        if self.neg and lang in self.expr:
            return self.expr[lang]
        return quote + self.lit + quote

    def __str__(self):
        return self.lit


DOC_CPANEL = ["U7HMR63FGY292DQZ4H5BFH16JLYMO01M", "U7HMR63FHY282DQZ4H5BIH16JLYSO01M",
              "JPQNSRU0DH448UJLGXH7KVJECC5QN9N9"]
DOC_HEROKU = "cf0e05d9-4eca-4948-a012-b91fe9704bab"

NEG_PW_GENERIC = ["", "", "changeme", "<your-ftp-password>", "YOUR_PASSWORD_HERE", "********",
                  "[REDACTED]", "xxxxxxxxxxxxxxxx", "${FTP_PASSWORD}", "{{ ftp_password }}",
                  "op://Web Deploy/FTP production/password", "vault:secret/data/web/ftp#password",
                  "<password>", "CHANGE_ME", "password", "secr3t", "***", "PASSWORD_HERE",
                  "${SFTP_PASSWORD}", "{{ vault_deploy_password }}", "<set-in-keychain>",
                  "your_password", "REPLACE_ME", "**redacted**"]
NEG_CTX = {
    "gha": [ghs("FTP_PASSWORD"), ghs("SFTP_PASSWORD"), ghs("DEPLOY_PASSWORD"), ghs("FTP_PASS")],
    "gitlab": ["$FTP_PASSWORD", "${DEPLOY_PASSWORD}", "$SFTP_PASS"],
    "bitbucket": ["$FTP_PASSWORD", "${SFTP_PASSWORD}", "$DEPLOY_PASS"],
    "shell": ["$FTP_PASS", "${FTP_PASSWORD}", "$SFTP_PASSWORD", "${DEPLOY_PASSWORD:?missing}"],
    "make": ["$(FTP_PASSWORD)", "$${FTP_PASS}"],
    "winscp": ["%FTP_PASSWORD%", "%SFTP_PASS%"],
    "ansible": ["{{ vault_ftp_password }}", "{{ lookup('env', 'FTP_PASSWORD') }}"],
    "jenkins": ["${FTP_CREDS_PSW}", "$SFTP_PASSWORD"],
    "ps": ["$env:FTP_PASSWORD", "$env:SFTP_PASSWORD"],
}
NEG_URL = ["${FTP_PASS}", "$FTP_PASSWORD", "<password>", "PASSWORD", "password", "****",
           "${SFTP_PASSWORD}", "YOUR_PASSWORD"]
NEG_TOK = {
    "cpanel": DOC_CPANEL + ["<cpanel-api-token>", "$CPANEL_TOKEN", "${CPANEL_API_TOKEN}",
                            "YOUR_API_TOKEN", ""],
    "digitalocean": ["${DIGITALOCEAN_TOKEN}", "dop_v1_<your-token>", "dop_v1_" + "x" * 64,
                     "$DO_TOKEN", "<DIGITALOCEAN_ACCESS_TOKEN>", ""],
    "github": ["$GH_TOKEN", "${GITHUB_TOKEN}", "ghp_" + "x" * 36, "<your-github-pat>",
               "${{ secrets.GITHUB_TOKEN }}", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "gitlab": ["$CI_DEPLOY_PASSWORD", "${GITLAB_DEPLOY_TOKEN}", "gldt-XXXXXXXXXXXXXXXXXXXX",
               "<deploy-token>", "$CI_JOB_TOKEN"],
    "heroku": [DOC_HEROKU, "$HEROKU_API_KEY", "<heroku-api-key>", "$(heroku auth:token)",
               "00000000-0000-0000-0000-000000000000"],
    "azure": ["", "$(PublishPassword)", "********", "<from publish profile>"],
}
NEG_KEY = ["<paste the deploy private key here>", "$SSH_PRIVATE_KEY", "~/.ssh/id_ed25519",
           "-----BEGIN OPENSSH PRIVATE KEY----- ... -----END OPENSSH PRIVATE KEY-----",
           "${DEPLOY_KEY}", "(stored in 1Password: Web Deploy / deploy key)"]

ENV_BY_SLOT = {"pw": ["FTP_PASSWORD", "SFTP_PASSWORD", "DEPLOY_PASSWORD", "FTP_PASS"],
               "url": ["FTP_PASSWORD", "SFTP_PASS"], "pp": ["SSH_KEY_PASSPHRASE", "KEY_PASSPHRASE"],
               "db": ["DB_PASSWORD", "MYSQL_PASSWORD"], "tok": ["API_TOKEN"]}
ENV_BY_PROV = {"cpanel": "CPANEL_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN", "github": "GH_TOKEN",
               "gitlab": "GITLAB_DEPLOY_TOKEN", "heroku": "HEROKU_API_KEY", "azure": "PUBLISH_PWD"}


def neg_value(r, t):
    slot, ctx, prov = t["slot"], t["ctx"], t["provider"]
    if slot == "tok":
        lit = r.choice(NEG_TOK.get(prov, NEG_PW_GENERIC))
        var = ENV_BY_PROV.get(prov, "API_TOKEN")
    elif slot == "key":
        lit = r.choice(NEG_KEY if ctx != "gha" else NEG_KEY + [ghs("SSH_PRIVATE_KEY")] * 3)
        var = "SSH_PRIVATE_KEY"
    elif slot == "obf":
        lit = ""
        var = "FTP_PASSWORD"
    elif slot == "url":
        pool = NEG_URL + NEG_CTX.get(ctx, [])
        if ctx == "winscp":
            pool = NEG_CTX["winscp"] * 2 + ["<password>", "PASSWORD", "password", "****"]
        if ctx == "gha":
            pool = pool + [ghs("FTP_PASSWORD")] * 3
        lit = r.choice(pool)
        var = r.choice(ENV_BY_SLOT["url"])
    else:
        pool = NEG_PW_GENERIC + NEG_CTX.get(ctx, []) * 3
        lit = r.choice(pool)
        var = r.choice(ENV_BY_SLOT.get(slot, ENV_BY_SLOT["pw"]))
    if " " in lit and (ctx in ("ini", "ansible", "make", "docker", "shell", "log", "csv")
                       or slot in ("url", "tok")):
        lit = lit.replace(" ", "_") if lit.startswith("op://") else r.choice(["", "changeme", "********"])
    expr = {}
    if r.random() < 0.5:
        expr = {"py": r.choice(['os.environ["%s"]', 'os.getenv("%s")']) % var,
                "php": r.choice(["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % var,
                "rb": r.choice(['ENV.fetch("%s")', 'ENV["%s"]']) % var,
                "js": "process.env.%s" % var}
    return V(lit, True, expr)


# ----------------------------------------------------------------------------------------------
# positive templates (each also reused for negatives with a stand-in value)
# ----------------------------------------------------------------------------------------------
POS = []


def tpl(provider, kind, slot, ctx, gen):
    def deco(f):
        POS.append(dict(name=f.__name__, f=f, provider=provider, kind=kind, slot=slot, ctx=ctx,
                        gen=gen))
        return f
    return deco


def keygen(r):
    return private_key_lines(r, r.choice(["deploy@ci", "github-actions", "www-data@build",
                                          r.choice(FIRST) + "@laptop", "deploy-key"]))


def jdump(obj, indent=4):
    return json.dumps(obj, indent=indent)


@tpl("vscode-sftp", "sftp_password", "pw", "json", pw_any)
def t_vscode_sftp_pw(r, v):
    d = domain(r)
    proto = r.choice(["sftp", "ftp"])
    cfg = {"name": r.choice(["Production", "Live", d, "Hosting"]), "host": host(r, d),
           "protocol": proto, "port": 22 if proto == "sftp" else 21, "username": user(r, d),
           "password": v.lit, "remotePath": rpath(r), "uploadOnSave": r.choice([True, False]),
           "useTempFile": False, "openSsh": False,
           "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]}
    return ".vscode/sftp.json", jdump(cfg) + "\n"


@tpl("vscode-sftp", "ssh_passphrase", "pp", "json", passphrase)
def t_vscode_sftp_pp(r, v):
    d = domain(r)
    cfg = {"name": "staging", "host": host(r, d), "protocol": "sftp", "port": 22,
           "username": "deploy", "privateKeyPath": r.choice(["~/.ssh/id_ed25519", "~/.ssh/deploy_rsa",
                                                             "C:/Users/%s/.ssh/id_rsa" % r.choice(FIRST)]),
           "passphrase": v.lit, "remotePath": "/var/www/%s" % d, "uploadOnSave": True,
           "watcher": {"files": "dist/**/*", "autoUpload": True, "autoDelete": False}}
    return ".vscode/sftp.json", jdump(cfg, 2) + "\n"


@tpl("vscode-sftp", "sftp_password", "pw", "json", pw_any)
def t_vscode_sftp_profiles(r, v):
    d = domain(r)
    cfg = {"name": d, "protocol": "sftp", "port": 22, "remotePath": "/var/www/" + d,
           "uploadOnSave": False, "defaultProfile": "dev",
           "profiles": {"dev": {"host": "dev." + d, "username": "dev", "privateKeyPath": "~/.ssh/id_ed25519"},
                        "prod": {"host": host(r, d), "username": user(r, d), "password": v.lit}}}
    return ".vscode/sftp.json", jdump(cfg, 2) + "\n"


@tpl("sublime-sftp", "ftp_password", "pw", "json", pw_any)
def t_sublime_sftp(r, v):
    d = domain(r)
    typ = r.choice(["ftp", "sftp", "ftps"])
    s = """{
    // The tab key will cycle through the settings when first created
    // Visit https://codexns.io/products/sftp_for_subime/settings for help

    // sftp, ftp or ftps
    "type": "%s",

    "save_before_upload": true,
    "upload_on_save": %s,
    "sync_down_on_open": false,
    "sync_skip_deletes": false,
    "sync_same_age": true,
    "confirm_downloads": false,
    "confirm_sync": true,
    "confirm_overwrite_newer": false,

    "host": "%s",
    "user": "%s",
    "password": "%s",
    "port": "%s",

    "remote_path": "%s/",
    "ignore_regexes": [
        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",
        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/",
        "\\\\.bzr", "_darcs", "CVS", "\\\\.DS_Store", "Thumbs\\\\.db", "desktop\\\\.ini"
    ],
    //"file_permissions": "664",
    //"dir_permissions": "775",

    "connect_timeout": 30,
    //"keepalive": 120,
    //"ftp_passive_mode": true,
    //"ssh_key_file": "~/.ssh/id_rsa",
}
""" % (typ, r.choice(["true", "false"]), host(r, d), user(r, d), v.lit,
       "22" if typ == "sftp" else "21", rpath(r))
    return r.choice(["sftp-config.json", "theme/sftp-config.json"]), s


@tpl("atom-remote-ftp", "ftp_password", "pw", "json", pw_any)
def t_atom_ftpconfig(r, v):
    d = domain(r)
    cfg = {"protocol": "ftp", "host": host(r, d), "port": 21, "user": user(r, d), "pass": v.lit,
           "promptForPass": False, "remote": rpath(r), "local": "", "secure": r.choice([False, "control"]),
           "secureOptions": None, "connTimeout": 10000, "pasvTimeout": 10000,
           "keepalive": 10000, "watch": [], "watchTimeout": 500}
    return ".ftpconfig", jdump(cfg) + "\n"


@tpl("atom-remote-ftp", "ssh_passphrase", "pp", "json", passphrase)
def t_atom_ftpconfig_pp(r, v):
    d = domain(r)
    cfg = {"protocol": "sftp", "host": host(r, d), "port": 22, "user": "deploy", "pass": "",
           "promptForPass": False, "remote": "/var/www/" + d, "local": "", "agent": "",
           "privatekey": "/Users/%s/.ssh/id_rsa" % r.choice(FIRST), "passphrase": v.lit,
           "hosthash": "", "ignorehost": True, "connTimeout": 10000, "keepalive": 10000,
           "keyboardInteractive": False, "watch": [], "watchTimeout": 500}
    return ".ftpconfig", jdump(cfg) + "\n"


@tpl("grunt-ftp-deploy", "ftp_password", "pw", "json", pw_any)
def t_ftppass(r, v):
    key = r.choice(["key1", "production", "live", "ftpkey"])
    cfg = {key: {"username": user(r), "password": v.lit}}
    return ".ftppass", jdump(cfg, 2) + "\n"


@tpl("grunt-sftp-deploy", "ssh_passphrase", "pp", "json", passphrase)
def t_ftppass_pp(r, v):
    cfg = {"privateKeyCustom": {"username": "deploy", "passphrase": v.lit},
           "staging": {"username": "deploy"}}
    return ".ftppass", jdump(cfg, 2) + "\n"


@tpl("grunt-ssh", "sftp_password", "pw", "js", pw_any)
def t_gruntfile_sftp(r, v):
    d = domain(r)
    s = """module.exports = function (grunt) {
  require('load-grunt-tasks')(grunt);

  grunt.initConfig({
    pkg: grunt.file.readJSON('package.json'),
    sass: { dist: { files: { 'dist/css/main.css': 'scss/main.scss' } } },
    uglify: { dist: { files: { 'dist/js/app.min.js': ['js/**/*.js'] } } },
    sftp: {
      deploy: {
        files: { './': 'dist/**' },
        options: {
          path: '%s',
          srcBasePath: 'dist/',
          host: '%s',
          username: '%s',
          password: %s,
          showProgress: true,
          createDirectories: true
        }
      }
    }
  });

  grunt.registerTask('build', ['sass', 'uglify']);
  grunt.registerTask('deploy', ['build', 'sftp:deploy']);
};
""" % (rpath(r), host(r, d), user(r, d), v.q("js"))
    return "Gruntfile.js", s


@tpl("vinyl-ftp", "ftp_password", "pw", "js", pw_any)
def t_gulp_vinylftp(r, v):
    d = domain(r)
    s = """const gulp = require('gulp');
const log = require('fancy-log');
const ftp = require('vinyl-ftp');

const globs = ['dist/**', '!dist/**/*.map'];

function deploy() {
  const conn = ftp.create({
    host: '%s',
    user: '%s',
    password: %s,
    parallel: %d,
    log: log
  });
  return gulp.src(globs, { base: './dist', buffer: false })
    .pipe(conn.newer('%s'))
    .pipe(conn.dest('%s'));
}

exports.deploy = deploy;
""" % (host(r, d), user(r, d), v.q("js"), r.choice([3, 5, 10]), rpath(r), rpath(r))
    return "gulpfile.js", s


@tpl("gulp-sftp", "sftp_password", "pw", "js", pw_any)
def t_gulp_sftp(r, v):
    d = domain(r)
    s = """var gulp = require('gulp');
var sftp = require('gulp-sftp');
var sass = require('gulp-sass')(require('sass'));

gulp.task('styles', function () {
  return gulp.src('src/scss/*.scss').pipe(sass()).pipe(gulp.dest('build/css'));
});

gulp.task('upload', function () {
  return gulp.src('build/**/*')
    .pipe(sftp({
      host: '%s',
      user: '%s',
      pass: %s,
      remotePath: '%s'
    }));
});
""" % (host(r, d), user(r, d), v.q("js"), rpath(r))
    return "gulpfile.js", s


@tpl("basic-ftp", "ftp_password", "pw", "js", pw_any)
def t_node_basic_ftp(r, v):
    d = domain(r)
    s = """import { Client } from "basic-ftp";

async function main() {
  const client = new Client();
  client.ftp.verbose = process.argv.includes("--verbose");
  try {
    await client.access({
      host: "%s",
      user: "%s",
      password: %s,
      secure: true,
    });
    await client.ensureDir("%s");
    await client.clearWorkingDir();
    await client.uploadFromDir("dist");
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
  client.close();
}

main();
""" % (host(r, d), user(r, d), v.q("js", '"'), rpath(r))
    return r.choice(["scripts/deploy.mjs", "tools/ftp-upload.mjs"]), s


@tpl("ssh2-sftp-client", "sftp_password", "pw", "js", pw_any)
def t_node_ssh2_sftp(r, v):
    d = domain(r)
    s = """'use strict';
const path = require('path');
const Client = require('ssh2-sftp-client');

const sftp = new Client('deploy');
const local = path.join(__dirname, '..', 'public');

sftp.connect({
  host: '%s',
  port: 22,
  username: '%s',
  password: %s
})
  .then(() => sftp.uploadDir(local, '%s'))
  .then((msg) => console.log(msg))
  .catch((err) => console.error(err.message))
  .finally(() => sftp.end());
""" % (host(r, d), user(r, d), v.q("js"), rpath(r))
    return "scripts/upload.js", s


@tpl("ftp-deploy", "ftp_password", "pw", "js", pw_any)
def t_node_ftp_deploy(r, v):
    d = domain(r)
    s = """const FtpDeploy = require("ftp-deploy");
const ftpDeploy = new FtpDeploy();

const config = {
  user: "%s",
  // Password optional, prompted if none given
  password: %s,
  host: "%s",
  port: 21,
  localRoot: __dirname + "/build",
  remoteRoot: "%s/",
  include: ["*", "**/*", ".htaccess"],
  exclude: ["**/*.map", "node_modules/**", ".git/**"],
  deleteRemote: false,
  forcePasv: true,
  sftp: false,
};

ftpDeploy
  .deploy(config)
  .then((res) => console.log("finished:", res.length, "dirs"))
  .catch((err) => console.log(err));

ftpDeploy.on("uploaded", (data) => console.log(data.transferredFileCount, "/", data.totalFilesCount));
""" % (user(r, d), v.q("js", '"'), host(r, d), rpath(r))
    return "deploy.js", s


@tpl("github-actions-ftp-deploy", "ftp_password", "pw", "gha", pw_any)
def t_gha_ftp_deploy(r, v):
    d = domain(r)
    s = """name: Deploy website on push

on:
  push:
    branches: [ main ]
  workflow_dispatch:

jobs:
  web-deploy:
    name: Deploy
    runs-on: ubuntu-latest
    steps:
      - name: Get latest code
        uses: actions/checkout@v4

      - name: Use Node.js 20
        uses: actions/setup-node@v4
        with:
          node-version: '20'

      - name: Build project
        run: |
          npm ci
          npm run build

      - name: Sync files
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: %s
          username: %s
          password: "%s"
          local-dir: ./dist/
          server-dir: %s/
          protocol: %s
""" % (host(r, d), user(r, d), v.lit, rpath(r).lstrip("/"), r.choice(["ftp", "ftps"]))
    return ".github/workflows/" + r.choice(["main.yml", "deploy.yml", "ftp.yml"]), s


@tpl("github-actions-sftp", "ssh_private_key", "key", "gha", keygen)
def t_gha_ssh_key(r, v):
    d = domain(r)
    if isinstance(v.lit, list):
        keyblock = "\n".join("            " + ln for ln in v.lit)
        keyval = "|\n" + keyblock
    else:
        keyval = '"%s"' % v.lit if v.lit.startswith("$") else "'%s'" % v.lit
    s = """name: Deploy via SFTP

on:
  push:
    branches: [ production ]

jobs:
  deploy:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: composer install --no-dev --optimize-autoloader
      - name: Upload
        uses: wlixcc/SFTP-Deploy-Action@v1.2.4
        with:
          username: '%s'
          server: '%s'
          port: 22
          local_path: './*'
          remote_path: '/var/www/%s'
          sftp_only: true
          ssh_private_key: %s
""" % (user(r, d), host(r, d), d, keyval)
    return ".github/workflows/sftp-deploy.yml", s


@tpl("github-actions-lftp", "ftp_password", "pw", "gha", pw_url)
def t_gha_lftp(r, v):
    d = domain(r)
    u = user(r, d)
    s = """name: deploy
on:
  push:
    tags: [ 'v*' ]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install lftp
        run: sudo apt-get update && sudo apt-get install -y lftp
      - name: Build
        run: hugo --minify
      - name: Mirror to hosting
        run: |
          lftp -c "set ftp:ssl-force true; set ssl:verify-certificate no; \\
            open -u %s,%s %s; \\
            mirror -R --delete --verbose --exclude-glob .git* public/ %s"
""" % (u, v.lit, host(r, d), rpath(r))
    return ".github/workflows/publish.yml", s


@tpl("gitlab-ci-lftp", "ftp_password", "pw", "gitlab", pw_url)
def t_gitlab_lftp(r, v):
    d = domain(r)
    s = """stages:
  - build
  - deploy

build:
  stage: build
  image: node:20-alpine
  script:
    - npm ci
    - npm run build
  artifacts:
    paths:
      - dist/

deploy_production:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache lftp
  script:
    - lftp -e "set ftp:ssl-allow no; mirror -R --parallel=4 dist/ %s; quit" -u %s,%s %s
  only:
    - main
  environment:
    name: production
    url: https://www.%s
""" % (rpath(r), user(r, d), v.lit, host(r, d), d)
    return ".gitlab-ci.yml", s


@tpl("gitlab-ci", "sftp_password", "pw", "gitlab", pw_any)
def t_gitlab_vars(r, v):
    d = domain(r)
    var = vname(r, ["FTP_PASSWORD", "SFTP_PASSWORD", "DEPLOY_PASSWORD"], ["REMOTE_AUTH", "HOST_PW", "UPLOAD_KEYWORD"])
    s = """variables:
  GIT_DEPTH: "10"
  SFTP_HOST: "%s"
  SFTP_USER: "%s"
  %s: "%s"
  REMOTE_DIR: "%s"

deploy:
  stage: deploy
  image: debian:bookworm-slim
  script:
    - apt-get update -qq && apt-get install -y -qq lftp
    - lftp -u "$SFTP_USER,$%s" "sftp://$SFTP_HOST" -e "mirror -R public/ $REMOTE_DIR; bye"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""" % (host(r, d), user(r, d), var, v.lit, rpath(r), var)
    return ".gitlab-ci.yml", s


@tpl("gitlab", "deploy_token", "tok", "gitlab", tok_gldt)
def t_gitlab_deploy_token_clone(r, v):
    grp = r.choice(["agency", "webteam", "kunden", "studio"])
    proj = r.choice(SITES)
    s = """#!/usr/bin/env bash
# Pull the current release onto the web host (run from cron on the server)
set -euo pipefail

APP_DIR=/var/www/%s
BRANCH=main

if [ ! -d "$APP_DIR/.git" ]; then
  git clone --branch "$BRANCH" \\
    "https://gitlab+deploy-token-%d:%s@gitlab.com/%s/%s.git" "$APP_DIR"
fi

cd "$APP_DIR"
git fetch --prune origin "$BRANCH"
git reset --hard "origin/$BRANCH"
composer install --no-dev --no-interaction --prefer-dist
php artisan migrate --force
""" % (proj, r.randint(100000, 9999999), v.lit, grp, proj)
    return "deploy/pull-release.sh", s


@tpl("bitbucket-pipelines-ftp-deploy", "ftp_password", "pw", "bitbucket", pw_any)
def t_bitbucket_ftp(r, v):
    d = domain(r)
    s = """image: node:20

pipelines:
  branches:
    master:
      - step:
          name: Build
          caches:
            - node
          script:
            - npm install
            - npm run build
          artifacts:
            - dist/**
      - step:
          name: Deploy to production
          deployment: production
          script:
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: '%s'
                PASSWORD: '%s'
                SERVER: '%s'
                REMOTE_PATH: '%s'
                LOCAL_PATH: 'dist'
""" % (user(r, d), v.lit, host(r, d), rpath(r))
    return "bitbucket-pipelines.yml", s


@tpl("winscp", "sftp_password", "url", "winscp", pw_url)
def t_winscp_script(r, v):
    d = domain(r)
    s = """# WinSCP script - run with: winscp.com /ini=nul /script=deploy\\upload.txt /log=deploy\\winscp.log
option batch abort
option confirm off
open sftp://%s:%s@%s/ -hostkey="ssh-ed25519 255 %s"
cd %s
lcd %%~dp0\\..\\dist
synchronize remote -delete -criteria=size
close
exit
""" % (user_url(r, d), v.lit, host(r, d), fp_sha256(r)[7:], rpath(r))
    return r.choice(["deploy/upload.txt", "scripts/winscp-sync.txt"]), s


@tpl("winscp", "ssh_passphrase", "pp", "winscp", passphrase)
def t_winscp_passphrase(r, v):
    d = domain(r)
    s = """option batch abort
option confirm off
open scp://deploy@%s:22/ -privatekey="C:\\keys\\deploy.ppk" -passphrase="%s" -hostkey="%s"
put -neweronly -transfer=binary build\\* /var/www/%s/
exit
""" % (host(r, d), v.lit, fp_sha256(r), d)
    return "deploy/winscp-put.txt", s


@tpl("winscp", "ftp_password", "url", "winscp", pw_url)
def t_winscp_bat(r, v):
    d = domain(r)
    s = """@echo off
rem Upload the generated site with WinSCP
set WINSCP="C:\\Program Files (x86)\\WinSCP\\WinSCP.com"

%%WINSCP%% /log="%%~dp0winscp.log" /ini=nul /command ^
  "open ftpes://%s:%s@%s/" ^
  "lcd \"\"%%~dp0public\"\"" ^
  "cd %s" ^
  "synchronize remote -mirror" ^
  "exit"

set WINSCP_RESULT=%%ERRORLEVEL%%
if %%WINSCP_RESULT%% equ 0 (echo Success) else (echo Error)
exit /b %%WINSCP_RESULT%%
""" % (user_url(r, d), v.lit, host(r, d), rpath(r))
    return "deploy.bat", s


@tpl("winscp", "obfuscated_password", "obf", "ini", pw_any)
def t_winscp_ini(r, v):
    d = domain(r)
    h, u = host(r, d), user(r, d)
    lines = ["[Configuration\\Interface]", "Started=1", "",
             "[Sessions\\%s@%s]" % (u, h), "HostName=%s" % h, "UserName=%s" % u]
    needle = None
    if not v.neg:
        needle = winscp_obf(r, v.lit, u + h)
        lines.append("Password=" + needle)
    lines += ["LocalDirectory=C:%%5CUsers%%5C%s%%5CSites%%5C%s" % (r.choice(FIRST), d.split(".")[0]),
              "RemoteDirectory=%s" % rpath(r), "FSProtocol=%d" % r.choice([0, 2, 5]),
              "UpdateDirectories=1", "", "[SshHostKeys]",
              "ssh-ed25519@22:%s=0x%s,0x%s" % (h, rs(r, 64, HEX), rs(r, 64, HEX)), ""]
    return "tools/WinSCP.ini", "\n".join(lines), needle


@tpl("winscp-dotnet", "sftp_password", "pw", "ps", pw_shell)
def t_winscp_ps(r, v):
    d = domain(r)
    val = v.lit if v.lit.startswith("$env:") else '"%s"' % v.lit
    s = """param([string]$Source = "$PSScriptRoot\\..\\publish")

Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "%s"
    UserName = "%s"
    Password = %s
    SshHostKeyFingerprint = "ssh-ed25519 255 %s"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.SynchronizeDirectories(
        [WinSCP.SynchronizationMode]::Remote, $Source, "%s", $True)
    $result.Check()
}
finally {
    $session.Dispose()
}
""" % (host(r, d), user(r, d), val, fp_sha256(r)[7:], rpath(r))
    return "deploy/Publish-Site.ps1", s


@tpl("filezilla", "obfuscated_password", "obf", "xml", pw_any)
def t_filezilla(r, v):
    d = domain(r)
    needle = None
    if v.neg:
        auth = "            <Logontype>2</Logontype>\n"
    else:
        needle = b64(v.lit.encode())
        auth = ("            <Logontype>1</Logontype>\n"
                "            <Pass encoding=\"base64\">%s</Pass>\n" % needle)
    s = """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Kunden
        <Server>
            <Host>%s</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>%s</User>
%s            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>%s</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
        </Folder>
    </Servers>
</FileZilla3>
""" % (host(r, d), user(r, d), auth, d)
    return "docs/filezilla/sitemanager.xml", s, needle


@tpl("dreamweaver", "obfuscated_password", "obf", "xml", pw_any)
def t_dreamweaver_ste(r, v):
    d = domain(r)
    needle = None if v.neg else dw_encode(v.lit)
    s = """<?xml version="1.0" encoding="utf-8" ?>
<site>
  <localinfo sitename="%s" localroot="C:\\Sites\\%s\\" imagefolder="C:\\Sites\\%s\\images\\" spacerfilepath="" refreshlocal="TRUE" cache="FALSE" httpaddress="https://www.%s/" curserver="webserver" />
  <remoteinfo accesstype="ftp" host="%s" remoteroot="%s/" user="%s" pw="%s" usefirewall="FALSE" usepasv="TRUE" enablecheckin="FALSE" checkoutwhenopen="FALSE" />
  <designnotes usedesignnotes="TRUE" sharedesignnotes="TRUE" />
  <sitemap homepage="C:\\Sites\\%s\\index.html" pages_per_row="200" column_width="125" show_dependent_files="FALSE" />
  <fileviewcolumns sharecolumns="TRUE" />
  <appserverinfo servermodel="PHP MySQL" urlprefix="https://www.%s/" serverscripting="" serverpageext="" connectionsmigrated="TRUE" />
</site>
""" % (d, d, d, d, host(r, d), rpath(r), user(r, d), needle or "", d, d)
    return "site/%s.ste" % d.split(".")[0], s, needle


@tpl("git-ftp", "ftp_password", "pw", "shell", pw_shell)
def t_gitftp_cmd(r, v):
    d = domain(r)
    s = """#!/bin/sh
# one-time setup for git-ftp on this working copy
git config git-ftp.url "ftp://%s%s"
git config git-ftp.user "%s"
git config git-ftp.password "%s"
git config git-ftp.syncroot dist/
git config git-ftp.insecure 1

# first upload: git ftp init ; afterwards: git ftp push
echo "git-ftp configured for $(git config git-ftp.url)"
""" % (host(r, d), rpath(r), user(r, d), v.lit)
    return "bin/setup-git-ftp.sh", s


@tpl("git-ftp", "ftp_password", "pw", "md", pw_ini)
def t_gitftp_md(r, v):
    d = domain(r)
    s = """# Deployment

The theme is deployed with [git-ftp](https://github.com/git-ftp/git-ftp). Only changed files
are uploaded; the last deployed commit is stored in `.git-ftp.log` on the server.

## Setup

Add this block to `.git/config` of your clone:

```ini
[git-ftp]
    url = ftps://%s%s/wp-content/themes/%s
    user = %s
    password = %s
    syncroot = build/
```

Then run `git ftp init` once and `git ftp push` for every release.
""" % (host(r, d), rpath(r), d.split(".")[0], user(r, d), v.lit)
    return r.choice(["docs/deploy.md", "DEPLOY.md"]), s


@tpl("lftp", "ftp_password", "pw", "shell", pw_url)
def t_lftp_script(r, v):
    d = domain(r)
    s = """# lftp -f deploy/mirror.lftp
set ftp:ssl-force true
set ftp:ssl-protect-data true
set ssl:verify-certificate no
set net:max-retries 2
open -u %s,%s ftp://%s
lcd public
cd %s
mirror --reverse --delete --only-newer --parallel=5 --exclude-glob .DS_Store
bye
""" % (user(r, d), v.lit, host(r, d), rpath(r))
    return "deploy/mirror.lftp", s


@tpl("lftp", "ftp_password", "pw", "shell", pw_url)
def t_lftp_shell(r, v):
    d = domain(r)
    var = vname(r, ["FTP_PASS", "FTP_PASSWORD"], ["P", "pw", "remote_secret"])
    s = """#!/usr/bin/env bash
set -e
HOST="%s"
USER="%s"
%s="%s"
TARGET="%s"

npm run build

lftp -c "set ftp:list-options -a;
open ftp://$USER:$%s@$HOST;
lcd ./build;
cd $TARGET;
mirror --reverse --delete --use-cache --verbose --exclude-glob .git/ --exclude-glob *.map"
""" % (host(r, d), user(r, d), var, v.lit, rpath(r), var)
    return "scripts/deploy.sh", s


@tpl("lftp", "sftp_password", "url", "shell", pw_url)
def t_lftp_bookmarks(r, v):
    lines = []
    for _ in range(r.randint(1, 3)):
        dd = domain(r)
        lines.append("%s-dev sftp://deploy@dev.%s/var/www" % (dd.split(".")[0], dd))
    d = domain(r)
    lines.insert(r.randint(0, len(lines)), "%s sftp://%s:%s@%s%s" % (
        d.split(".")[0], user_url(r, d), v.lit, host(r, d), rpath(r)))
    return "deploy/lftp/bookmarks", "\n".join(lines) + "\n"


@tpl("ncftp", "ftp_password", "pw", "shell", pw_shell)
def t_ncftpput(r, v):
    d = domain(r)
    s = """#!/bin/bash
# publish static export with ncftp
cd "$(dirname "$0")/.."
./build.sh
ncftpput -R -v -u "%s" -p "%s" %s %s out/*
""" % (user(r, d), v.lit, host(r, d), rpath(r))
    return "scripts/publish.sh", s


@tpl("curl-ftp", "ftp_password", "url", "shell", pw_url)
def t_curl_upload(r, v):
    d = domain(r)
    s = """#!/bin/sh
# upload the zipped build and the maintenance page
set -eu
VERSION=$(node -p "require('./package.json').version")
zip -qr "site-$VERSION.zip" dist
for f in "site-$VERSION.zip" maintenance.html; do
  curl --ftp-create-dirs --ssl-reqd -T "$f" "ftp://%s:%s@%s%s/releases/"
done
""" % (user_url(r, d), v.lit, host(r, d), rpath(r))
    return "scripts/upload-build.sh", s


@tpl("curl-ftp", "ftp_password", "pw", "make", pw_url)
def t_curl_makefile(r, v):
    d = domain(r)
    s = """SITE := public
HOST := %s
REMOTE := %s

.PHONY: build deploy clean

build:
\thugo --minify -d $(SITE)

deploy: build
\tcd $(SITE) && find . -type f -exec curl --ftp-create-dirs -s \\
\t\t--user %s:%s -T {} ftp://$(HOST)$(REMOTE)/{} \\;

clean:
\trm -rf $(SITE)
""" % (host(r, d), rpath(r), user(r, d), v.lit)
    return "Makefile", s


@tpl("wput", "ftp_password", "url", "shell", pw_url)
def t_wput(r, v):
    d = domain(r)
    s = """#!/bin/bash
# push changed files with wput (resumes broken transfers)
cd dist || exit 1
wput --reupload --dont-continue --timestamping --binary \\
  ./ "ftp://%s:%s@%s%s/"
""" % (user_url(r, d), v.lit, host(r, d), rpath(r))
    return "tools/push.sh", s


@tpl("netrc", "ftp_password", "pw", "ini", pw_shell)
def t_netrc(r, v):
    d = domain(r)
    s = """# used by curl -n / lftp for the nightly export upload
machine %s
  login %s
  password %s

machine api.github.com
  login ci-bot
""" % (host(r, d), user(r, d), v.lit)
    return "deploy/.netrc", s


@tpl("sshpass", "sftp_password", "pw", "shell", pw_shell)
def t_sshpass_rsync(r, v):
    d = domain(r)
    h, u = host(r, d), user(r, d)
    s = """#!/usr/bin/env bash
set -euo pipefail
SRC=./_site/
DEST=%s@%s:%s/

bundle exec jekyll build
sshpass -p "%s" rsync -avz --delete --exclude '.well-known' \\
  -e "ssh -o StrictHostKeyChecking=accept-new -p 22" "$SRC" "$DEST"
""" % (u, h, rpath(r, u), v.lit)
    return r.choice(["deploy.sh", "bin/rsync-deploy.sh"]), s


@tpl("sshpass", "sftp_password", "pw", "shell", pw_shell)
def t_sshpass_env(r, v):
    d = domain(r)
    s = """#!/bin/bash
export SSHPASS="%s"
HOST=%s
for f in index.html css/site.css js/site.js; do
  sshpass -e scp -o PubkeyAuthentication=no "dist/$f" "%s@$HOST:%s/$f"
done
sshpass -e ssh %s@$HOST 'chmod -R g+rX %s'
""" % (v.lit, host(r, d), user(r, d), rpath(r), user(r, d), rpath(r))
    return "scripts/sync.sh", s


@tpl("deployer", "db_password", "db", "php", pw_any)
def t_deployer_php(r, v):
    d = domain(r)
    s = """<?php
namespace Deployer;

require 'recipe/laravel.php';

set('application', '%s');
set('repository', 'git@github.com:%s/%s.git');
set('keep_releases', 5);
set('mysql_user', '%s');
set('mysql_password', %s);

host('production')
    ->set('hostname', '%s')
    ->set('remote_user', 'deploy')
    ->set('deploy_path', '~/%s');

task('db:backup', function () {
    run('mysqldump -u {{mysql_user}} -p{{mysql_password}} %s | gzip > ~/backups/{{release_name}}.sql.gz');
});

before('deploy:symlink', 'db:backup');
after('deploy:failed', 'deploy:unlock');
""" % (d, r.choice(["acme", "agency", "studio"]), d.split(".")[0], d.split(".")[0][:12] + "_db",
       v.q("php"), host(r, d), d, d.split(".")[0][:12])
    return "deploy.php", s


@tpl("deployer", "db_password", "db", "yaml", pw_any)
def t_deployer_yaml(r, v):
    d = domain(r)
    s = """import:
  - recipe/symfony.php

config:
  repository: 'git@gitlab.com:web/%s.git'
  keep_releases: 3
  writable_mode: chmod
  shared_files:
    - .env.local
  db_name: '%s'
  db_pass: '%s'

hosts:
  prod:
    hostname: '%s'
    remote_user: deploy
    deploy_path: '/var/www/%s'

tasks:
  db:dump:
    - run: 'mysqldump -u {{db_name}} -p"{{db_pass}}" {{db_name}} > {{deploy_path}}/dump.sql'

after:
  deploy:failed: deploy:unlock
""" % (d.split(".")[0], d.split(".")[0][:12], v.lit, host(r, d), d)
    return "deploy.yaml", s


@tpl("capistrano", "sftp_password", "pw", "rb", pw_any)
def t_cap_deploy(r, v):
    d = domain(r)
    s = """# config valid for current version and patch releases of Capistrano
lock "~> 3.18.0"

set :application, "%s"
set :repo_url, "git@github.com:%s/%s.git"
set :deploy_to, "/var/www/%s"
set :linked_files, %%w{config/database.yml config/master.key}
set :linked_dirs, %%w{log tmp/pids tmp/cache public/system}
set :keep_releases, 5

set :ssh_options, {
  forward_agent: false,
  auth_methods: %%w(password),
  password: %s,
  user: "deploy"
}
""" % (d.split(".")[0], r.choice(["acme", "webteam"]), d.split(".")[0], d, v.q("rb", '"'))
    return "config/deploy.rb", s


@tpl("capistrano", "sftp_password", "pw", "rb", pw_any)
def t_cap_stage(r, v):
    d = domain(r)
    h = host(r, d)
    s = """# frozen_string_literal: true

server "%s", user: "deploy", roles: %%w{app db web}

set :branch, "main"
set :rails_env, "production"

server "%s",
  user: "deploy",
  roles: %%w{app web},
  ssh_options: {
    user: "deploy",
    keys: [],
    forward_agent: false,
    auth_methods: %%w(password),
    password: %s
  }
""" % (h, h, v.q("rb", "'"))
    return "config/deploy/" + r.choice(["production.rb", "staging.rb"]), s


@tpl("laravel-envoy", "db_password", "db", "php", pw_any)
def t_envoy_db(r, v):
    d = domain(r)
    s = """@servers(['web' => 'deploy@%s'])

@setup
    $repository = 'git@github.com:agency/%s.git';
    $releases_dir = '/var/www/%s/releases';
    $release = date('YmdHis');
    $new_release_dir = $releases_dir . '/' . $release;
    $dbPassword = %s;
@endsetup

@story('deploy')
    backup_database
    clone_repository
    run_composer
@endstory

@task('backup_database')
    mysqldump --user=%s --password="{{ $dbPassword }}" %s > /var/backups/%s-{{ $release }}.sql
@endtask

@task('clone_repository')
    echo 'Cloning repository'
    [ -d {{ $releases_dir }} ] || mkdir {{ $releases_dir }}
    git clone --depth 1 {{ $repository }} {{ $new_release_dir }}
@endtask

@task('run_composer')
    cd {{ $new_release_dir }}
    composer install --prefer-dist --no-scripts -q -o
@endtask
""" % (host(r, d), d.split(".")[0], d, v.q("php"), d.split(".")[0][:10], d.split(".")[0][:10],
       d.split(".")[0])
    return "Envoy.blade.php", s


@tpl("cpanel", "hosting_api_token", "tok", "php", tok_cpanel)
def t_envoy_cpanel(r, v):
    d = domain(r)
    u = user(r, d)
    s = """@servers(['localhost' => '127.0.0.1'])

@setup
    $cpanelHost = 'https://%s:2083';
    $cpanelUser = '%s';
    $token = %s;
    $repo = '/home/%s/repositories/%s';
@endsetup

@task('deploy', ['on' => 'localhost'])
    curl -s -H "Authorization: cpanel {{ $cpanelUser }}:{{ $token }}" \\
      "{{ $cpanelHost }}/execute/VersionControlDeployment/create?repository_root={{ $repo }}"
@endtask
""" % (host(r, d), u, v.q("php"), u, d.split(".")[0])
    return "Envoy.blade.php", s


@tpl("mina", "db_password", "db", "rb", pw_any)
def t_mina(r, v):
    d = domain(r)
    s = """require 'mina/rails'
require 'mina/git'
require 'mina/rbenv'

set :application_name, '%s'
set :domain, '%s'
set :deploy_to, '/home/deploy/%s'
set :repository, 'git@github.com:agency/%s.git'
set :branch, 'main'
set :user, 'deploy'
set :shared_files, fetch(:shared_files, []).push('config/database.yml', 'config/secrets.yml')
set :db_password, %s

task :remote_environment do
  invoke :'rbenv:load'
end

task :backup do
  command %%{mysqldump -u app -p#{fetch(:db_password)} %s_production | gzip > ~/backup.sql.gz}
end

task :deploy do
  deploy do
    invoke :'git:clone'
    invoke :'deploy:link_shared_paths'
    invoke :'bundle:install'
    invoke :'rails:db_migrate'
    invoke :'deploy:cleanup'
  end
end
""" % (d.split(".")[0], host(r, d), d, d.split(".")[0], v.q("rb"), d.split(".")[0][:10])
    return "config/deploy.rb", s


@tpl("fabric", "sftp_password", "pw", "py", pw_any)
def t_fabric1(r, v):
    d = domain(r)
    s = """from fabric.api import cd, env, local, put, run, task

env.hosts = ['%s']
env.user = '%s'
env.password = %s
env.use_ssh_config = False

REMOTE_DIR = '%s'


@task
def build():
    local('npm run build')
    local('tar czf /tmp/site.tgz -C dist .')


@task
def deploy():
    build()
    put('/tmp/site.tgz', '/tmp/site.tgz')
    with cd(REMOTE_DIR):
        run('tar xzf /tmp/site.tgz')
        run('rm /tmp/site.tgz')
""" % (host(r, d), user(r, d), v.q("py"), rpath(r))
    return "fabfile.py", s


@tpl("fabric", "sftp_password", "pw", "py", pw_any)
def t_fabric2(r, v):
    d = domain(r)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%sfrom fabric import Connection, task

HOST = "%s"


@task
def deploy(c):
    conn = Connection(
        HOST,
        user="%s",
        connect_kwargs={"password": %s},
    )
    conn.local("python manage.py collectstatic --noinput")
    with conn.cd("/srv/%s"):
        conn.run("git pull --ff-only")
        conn.run("./venv/bin/pip install -r requirements.txt -q")
        conn.sudo("systemctl restart gunicorn", hide=True)
""" % (imp, host(r, d), user(r, d), v.q("py", '"'), d)
    return "fabfile.py", s


@tpl("fabric", "ssh_passphrase", "pp", "py", passphrase)
def t_fabric2_pp(r, v):
    d = domain(r)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%sfrom fabric import Connection, task

web = Connection(
    "deploy@%s",
    connect_kwargs={
        "key_filename": "keys/deploy_ed25519",
        "passphrase": %s,
    },
)


@task
def release(c, tag="main"):
    with web.cd("/var/www/%s"):
        web.run(f"git fetch --tags && git checkout {tag}")
        web.run("php bin/console cache:clear --env=prod")
""" % (imp, host(r, d), v.q("py", '"'), d)
    return "fabfile.py", s


@tpl("ftplib", "ftp_password", "pw", "py", pw_any)
def t_py_ftplib(r, v):
    d = domain(r)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%simport ftplib
import pathlib

LOCAL = pathlib.Path(__file__).resolve().parent.parent / "site"


def upload_tree(ftp, root):
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            try:
                ftp.mkd(rel)
            except ftplib.error_perm:
                pass
        else:
            with path.open("rb") as fh:
                ftp.storbinary("STOR " + rel, fh)


if __name__ == "__main__":
    ftp = ftplib.FTP_TLS("%s")
    ftp.login("%s", %s)
    ftp.prot_p()
    ftp.cwd("%s")
    upload_tree(ftp, LOCAL)
    ftp.quit()
""" % (imp, host(r, d), user(r, d), v.q("py", '"'), rpath(r))
    return "tools/ftp_upload.py", s


@tpl("paramiko", "sftp_password", "pw", "py", pw_any)
def t_paramiko(r, v):
    d = domain(r)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%simport paramiko

HOST = "%s"
PORT = 22


def sync(local_files, remote_dir="%s"):
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username="%s", password=%s)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for local in local_files:
            sftp.put(local, remote_dir + "/" + local.split("/")[-1])
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    sync(["dist/index.html", "dist/app.css", "dist/app.js"])
""" % (imp, host(r, d), rpath(r), user(r, d), v.q("py", '"'))
    return "deploy/sftp_sync.py", s


@tpl("pysftp", "sftp_password", "pw", "py", pw_any)
def t_pysftp(r, v):
    d = domain(r)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%simport pysftp

cnopts = pysftp.CnOpts(knownhosts="deploy/known_hosts")

with pysftp.Connection("%s", username="%s", password=%s, cnopts=cnopts) as sftp:
    with sftp.cd("%s"):
        sftp.put_r("build", ".", preserve_mtime=True)
print("upload complete")
""" % (imp, host(r, d), user(r, d), v.q("py", '"'), rpath(r))
    return "scripts/push_site.py", s


@tpl("php-ftp", "ftp_password", "pw", "php", pw_any)
def t_php_ftp(r, v):
    d = domain(r)
    s = """<?php
// Minimal uploader used by the old build box
$server = '%s';
$conn = ftp_ssl_connect($server) or die("Could not connect to $server");

if (!ftp_login($conn, '%s', %s)) {
    fwrite(STDERR, "login failed\\n");
    exit(1);
}
ftp_pasv($conn, true);

foreach (glob(__DIR__ . '/../dist/*.html') as $file) {
    ftp_put($conn, '%s/' . basename($file), $file, FTP_BINARY);
}
ftp_close($conn);
""" % (host(r, d), user(r, d), v.q("php"), rpath(r))
    return "deploy/upload.php", s


@tpl("phpseclib", "sftp_password", "pw", "php", pw_any)
def t_phpseclib(r, v):
    d = domain(r)
    s = """<?php
require __DIR__ . '/../vendor/autoload.php';

use phpseclib3\\Net\\SFTP;

$sftp = new SFTP('%s');
if (!$sftp->login('%s', %s)) {
    exit('Login Failed');
}

$sftp->chdir('%s');
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator('public', FilesystemIterator::SKIP_DOTS)) as $f) {
    $sftp->put(substr($f->getPathname(), 7), $f->getPathname(), SFTP::SOURCE_LOCAL_FILE);
}
echo "done\\n";
""" % (host(r, d), user(r, d), v.q("php"), rpath(r))
    return "bin/deploy.php", s


@tpl("phploy", "sftp_password", "pw", "ini", pw_ini)
def t_phploy(r, v):
    d = domain(r)
    s = """; PHPloy configuration - https://github.com/banago/PHPloy
[staging]
    scheme = sftp
    user = deploy
    host = staging.%s
    path = /var/www/staging
    port = 22
    branch = develop
    privkey = '~/.ssh/id_rsa'

[production]
    scheme = %s
    user = %s
    pass = %s
    host = %s
    path = %s
    port = %s
    branch = main
    exclude[] = 'tests/*'
    exclude[] = '.env.example'
    purge[] = "cache/"
""" % (d, "sftp", user(r, d), v.lit, host(r, d), rpath(r), 22)
    return "phploy.ini", s


@tpl("net-sftp", "sftp_password", "pw", "rb", pw_any)
def t_ruby_sftp(r, v):
    d = domain(r)
    s = """#!/usr/bin/env ruby
require "net/sftp"

Net::SFTP.start("%s", "%s", password: %s) do |sftp|
  Dir.glob("_site/**/*").each do |path|
    remote = File.join("%s", path.sub(%%r{\\A_site/}, ""))
    if File.directory?(path)
      sftp.mkdir(remote) rescue nil
    else
      sftp.upload!(path, remote)
    end
  end
end
""" % (host(r, d), user(r, d), v.q("rb", '"'), rpath(r))
    return "script/upload.rb", s


@tpl("net-ftp", "ftp_password", "pw", "rb", pw_any)
def t_rake_ftp(r, v):
    d = domain(r)
    s = """require "net/ftp"

namespace :deploy do
  desc "Upload compiled assets over FTP"
  task assets: :environment do
    Net::FTP.open("%s") do |ftp|
      ftp.passive = true
      ftp.login("%s", %s)
      ftp.chdir("%s/assets")
      Dir["public/assets/*"].each { |f| ftp.putbinaryfile(f) }
    end
  end
end
""" % (host(r, d), user(r, d), v.q("rb", '"'), rpath(r))
    return "lib/tasks/deploy.rake", s


@tpl("cpanel", "db_password", "db", "yaml", pw_url)
def t_cpanel_yml(r, v):
    d = domain(r)
    u = user(r, d).split("@")[0]
    s = """---
deployment:
  tasks:
    - export DEPLOYPATH=/home/%s/public_html/
    - /bin/cp -R assets $DEPLOYPATH
    - /bin/cp -R *.php $DEPLOYPATH
    - /bin/cp .htaccess $DEPLOYPATH
    - /usr/bin/mysql -u %s_wp -p'%s' %s_wp < sql/migrations/latest.sql
""" % (u, u[:8], v.lit, u[:8])
    return ".cpanel.yml", s


@tpl("cpanel", "hosting_api_token", "tok", "shell", tok_cpanel)
def t_cpanel_curl(r, v):
    d = domain(r)
    u = user(r, d).split("@")[0]
    s = """#!/usr/bin/env bash
# Trigger cPanel Git Version Control deployment after a push
set -euo pipefail
CP_HOST="%s"
CP_USER="%s"

curl -sS -H "Authorization: cpanel ${CP_USER}:%s" \\
  "https://${CP_HOST}:2083/execute/VersionControlDeployment/create?repository_root=/home/${CP_USER}/repositories/site" \\
  | python3 -m json.tool
""" % (host(r, d), u, v.lit)
    return "scripts/cpanel-deploy.sh", s


@tpl("cpanel", "hosting_api_token", "tok", "py", tok_cpanel)
def t_cpanel_py(r, v):
    d = domain(r)
    u = user(r, d).split("@")[0]
    name = vname(r, ["CPANEL_API_TOKEN", "CPANEL_TOKEN"], ["ACCESS", "KEY", "cp_auth"])
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%simport requests

CPANEL = "https://%s:2083"
USER = "%s"
%s = %s


def uapi(module, function, **params):
    resp = requests.get(
        f"{CPANEL}/execute/{module}/{function}",
        headers={"Authorization": f"cpanel {USER}:{%s}"},
        params=params,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(uapi("VersionControlDeployment", "retrieve"))
    print(uapi("Fileman", "list_files", dir="public_html"))
""" % (imp, host(r, d), u, name, v.q("py", '"'), name)
    return "deploy/cpanel_api.py", s


@tpl("github", "deploy_token", "tok", "shell", tok_ghp)
def t_gh_pat_clone(r, v):
    org = r.choice(["agency-web", "studio-nord", "kundenprojekte"])
    proj = r.choice(SITES)
    s = """#!/bin/bash
# cron on the shared host: */10 * * * * ~/bin/update-site.sh
cd ~/public_html || exit 1
if [ ! -d .git ]; then
  git init -q
  git remote add origin "https://x-access-token:%s@github.com/%s/%s.git"
fi
git fetch -q origin main
git reset -q --hard origin/main
""" % (v.lit, org, proj)
    return "bin/update-site.sh", s


@tpl("github", "deploy_token", "tok", "py", tok_ghp)
def t_gh_pat_py(r, v):
    org = r.choice(["agency-web", "studio-nord"])
    proj = r.choice(SITES)
    imp = "import os\n" if v.neg and "py" in v.expr else ""
    s = """%simport io
import zipfile

import requests

REPO = "%s/%s"
session = requests.Session()
session.headers["Authorization"] = "Bearer " + %s
session.headers["Accept"] = "application/vnd.github+json"


def latest_release_zip(dest="/home/site/public_html"):
    rel = session.get(f"https://api.github.com/repos/{REPO}/releases/latest", timeout=20).json()
    asset = next(a for a in rel["assets"] if a["name"].endswith(".zip"))
    blob = session.get(asset["url"], headers={"Accept": "application/octet-stream"}, timeout=60)
    zipfile.ZipFile(io.BytesIO(blob.content)).extractall(dest)
    return rel["tag_name"]


if __name__ == "__main__":
    print("deployed", latest_release_zip())
""" % (imp, org, proj, v.q("py", '"'))
    return "deploy/fetch_release.py", s


@tpl("digitalocean", "hosting_api_token", "tok", "hcl", tok_do)
def t_do_terraform(r, v):
    d = domain(r)
    tok = v.lit if v.lit.startswith("var.") else '"%s"' % v.lit
    s = """terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = %s
}

resource "digitalocean_droplet" "web" {
  image    = "ubuntu-22-04-x64"
  name     = "web-%s"
  region   = "fra1"
  size     = "s-1vcpu-1gb"
  ssh_keys = [data.digitalocean_ssh_key.deploy.id]
}

data "digitalocean_ssh_key" "deploy" {
  name = "deploy"
}

resource "digitalocean_record" "www" {
  domain = "%s"
  type   = "A"
  name   = "www"
  value  = digitalocean_droplet.web.ipv4_address
}
""" % (tok, d.split(".")[0], d)
    return "infra/main.tf", s


@tpl("digitalocean", "hosting_api_token", "tok", "shell", tok_do)
def t_do_curl(r, v):
    s = """#!/bin/sh
# snapshot the droplet before every deploy
DROPLET_ID=%d
curl -s -X POST \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer %s" \\
  -d '{"type":"snapshot","name":"pre-deploy-'"$(date +%%Y%%m%%d%%H%%M)"'"}' \\
  "https://api.digitalocean.com/v2/droplets/$DROPLET_ID/actions"
""" % (r.randint(100000000, 499999999), v.lit)
    return "scripts/snapshot.sh", s


@tpl("heroku", "hosting_api_token", "tok", "env", tok_heroku)
def t_heroku_env(r, v):
    d = domain(r)
    s = """# local settings for bin/deploy
APP_NAME=%s
HEROKU_APP=%s-prod
HEROKU_API_KEY=%s
SITE_URL=https://www.%s
LOG_LEVEL=info
""" % (d.split(".")[0], d.split(".")[0], v.lit, d)
    path = ".env.example" if v.neg else r.choice([".env", ".env.production"])
    return path, s


@tpl("heroku", "hosting_api_token", "tok", "shell", tok_heroku)
def t_heroku_script(r, v):
    d = domain(r)
    s = """#!/usr/bin/env bash
# Promote staging slug to production through the Platform API
set -e
APP_FROM=%s-staging
APP_TO=%s-prod
AUTH="Authorization: Bearer %s"
ACCEPT="Accept: application/vnd.heroku+json; version=3"

PIPELINE=$(curl -s -H "$AUTH" -H "$ACCEPT" https://api.heroku.com/apps/$APP_FROM/pipeline-couplings | jq -r .pipeline.id)
curl -s -X POST -H "$AUTH" -H "$ACCEPT" -H "Content-Type: application/json" \\
  -d "{\\"pipeline\\":{\\"id\\":\\"$PIPELINE\\"},\\"source\\":{\\"app\\":{\\"id\\":\\"$APP_FROM\\"}},\\"targets\\":[{\\"app\\":{\\"id\\":\\"$APP_TO\\"}}]}" \\
  https://api.heroku.com/pipeline-promotions
""" % (d.split(".")[0], d.split(".")[0], v.lit)
    return "bin/promote.sh", s


@tpl("atmoz-sftp", "sftp_password", "pw", "yaml", pw_url)
def t_compose_atmoz(r, v):
    u = r.choice(["deploy", "upload", "webdev", "agency"])
    s = """services:
  web:
    image: nginx:1.25-alpine
    volumes:
      - site:/usr/share/nginx/html:ro
    ports:
      - "8080:80"

  sftp:
    image: atmoz/sftp:alpine
    command: "%s:%s:1001:1001:upload"
    volumes:
      - site:/home/%s/upload
      - ./ssh/ssh_host_ed25519_key.pub:/etc/ssh/ssh_host_ed25519_key.pub:ro
    ports:
      - "2222:22"

volumes:
  site:
""" % (u, v.lit, u)
    return "docker-compose.yml", s


@tpl("docker", "ftp_password", "pw", "docker", pw_shell)
def t_dockerfile(r, v):
    d = domain(r)
    var = vname(r, ["FTP_PASSWORD", "FTP_PASS"], ["UPLOAD_SECRET", "REMOTE_PW"])
    s = """FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM alpine:3.19
RUN apk add --no-cache lftp ca-certificates
ENV FTP_HOST=%s \\
    FTP_USER=%s \\
    %s="%s"
COPY --from=build /app/dist /dist
CMD lftp -u "$FTP_USER,$%s" "$FTP_HOST" -e "mirror -R /dist %s; bye"
""" % (host(r, d), user(r, d), var, v.lit, var, rpath(r))
    return "deploy/Dockerfile", s


@tpl("ansible", "sftp_password", "pw", "ansible", pw_shell)
def t_ansible_ini(r, v):
    d = domain(r)
    s = """[web]
web1.%s ansible_host=%s ansible_user=deploy ansible_ssh_pass=%s
web2.%s ansible_host=%s ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/deploy_ed25519

[web:vars]
ansible_python_interpreter=/usr/bin/python3
site_root=/var/www/%s
""" % (d, ipv4(r), v.lit, d, ipv4(r), d)
    return "inventory/production.ini", s


@tpl("ansible", "sftp_password", "pw", "ansible", pw_any)
def t_ansible_vars(r, v):
    d = domain(r)
    s = """---
site_domain: %s
site_root: /var/www/%s
php_version: "8.2"
deploy_user: deploy
ansible_become: true
ansible_become_password: "%s"
nginx_client_max_body_size: 64m
letsencrypt_email: webmaster@%s
""" % (d, d, v.lit, d)
    return "group_vars/webservers.yml", s


def _pub_for(r, comment):
    return r.choice([pub_ed25519, pub_rsa, pub_ecdsa])(r, comment)


@tpl("openssh", "ssh_private_key", "key", "raw", lambda r: openssh_ed25519_lines(r, r.choice(["deploy@ci", "github-actions-deploy", "www@build"])))
def t_keyfile_openssh(r, v):
    name = r.choice(["deploy/keys/id_ed25519", ".deploy/deploy_key", "ci/ssh/deploy_ed25519"])
    if v.neg:
        return name + ".pub", pub_ed25519(r, "deploy@ci") + "\n"
    return name, "\n".join(v.lit) + "\n"


@tpl("openssh", "ssh_private_key", "key", "raw", lambda r: pem_rsa_lines(r))
def t_keyfile_pem(r, v):
    name = r.choice([".deploy/id_rsa", "deploy/server.pem", "config/keys/deploy_rsa"])
    if v.neg:
        if name.endswith(".pem"):
            return name.replace(".pem", ".pub"), pub_rsa(r, "deploy") + "\n"
        return name + ".pub", pub_rsa(r, "deploy") + "\n"
    return name, "\n".join(v.lit) + "\n"


@tpl("putty", "ssh_private_key", "key", "raw", lambda r: ppk_lines(r, "deploy@" + domain(r)))
def t_ppk(r, v):
    if v.neg:
        return "deploy/winscp/deploy.pub", pub_ed25519(r, "deploy-winscp") + "\n"
    return "deploy/winscp/deploy.ppk", "\n".join(v.lit) + "\n"


@tpl("ssh2-sftp-client", "ssh_private_key", "key", "js", keygen)
def t_js_inline_key(r, v):
    d = domain(r)
    if isinstance(v.lit, list):
        keyexpr = "`" + "\n".join(v.lit) + "\n`"
    elif v.neg and "js" in v.expr and r.random() < 0.5:
        keyexpr = "process.env.SSH_PRIVATE_KEY"
    else:
        keyexpr = "fs.readFileSync('/home/ci/.ssh/deploy_ed25519')"
    s = """const fs = require('fs');
const Client = require('ssh2-sftp-client');

const privateKey = %s;

async function deploy() {
  const sftp = new Client();
  await sftp.connect({ host: '%s', port: 22, username: 'deploy', privateKey });
  await sftp.uploadDir('./out', '/var/www/%s');
  await sftp.end();
}

deploy().catch((e) => { console.error(e); process.exit(1); });
""" % (keyexpr, host(r, d), d)
    return "scripts/deploy-sftp.js", s


@tpl("hosting-handover", "ftp_password", "pw", "md", pw_any)
def t_md_handover(r, v):
    d = domain(r)
    s = """# %s - Hosting

Customer: %s
Contract: webspace M (renews yearly)

## Access

| What        | Value                 |
|-------------|-----------------------|
| Host        | %s |
| Protocol    | FTPS (explicit), port 21 |
| User        | %s |
| Password    | %s |
| Web root    | %s |

SSH is not available on this plan. Use FileZilla or the `npm run deploy` task.

## DNS

`www` is a CNAME to the hoster, the apex has an A record to %s.
""" % (d, d.split(".")[0].replace("-", " ").title(), host(r, d), user(r, d), v.lit, rpath(r), ipv4(r))
    return "docs/hosting.md", s


@tpl("hosting-inventory", "ftp_password", "pw", "csv", pw_url)
def t_csv_accounts(r, v):
    rows = ["client,domain,protocol,host,user,password,notes"]
    idx = r.randint(0, 3)
    for i in range(4):
        d = domain(r)
        pw = v.lit if i == idx else ""
        note = "see 1Password" if i != idx else "moved %d-%02d" % (r.randint(2021, 2024), r.randint(1, 12))
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (d.split(".")[0], d, r.choice(["ftp", "sftp", "ftps"]),
                                              host(r, d), user(r, d), pw, note))
    return "ops/hosting-accounts.csv", "\n".join(rows) + "\n"


@tpl("lftp", "ftp_password", "pw", "log", pw_url)
def t_deploy_log(r, v):
    d = domain(r)
    sha = sha1hex(r)
    dd, mm = r.randint(1, 28), r.randint(0, 58)
    s = """[2024-03-%02d 14:%02d:01] deploy started by jenkins (build #%d)
[2024-03-%02d 14:%02d:01] + git rev-parse HEAD
%s
[2024-03-%02d 14:%02d:02] + npm run build
> site@1.4.2 build
> vite build
dist/index.html                  1.02 kB
dist/assets/index-%s.js     142.77 kB
[2024-03-%02d 14:%02d:19] + lftp -u %s,%s %s -e 'mirror -R dist %s; quit'
Transferring file `index.html'
Transferring file `assets/index-%s.js'
[2024-03-%02d 14:%02d:27] deploy finished OK
""" % (dd, mm, r.randint(100, 999), dd, mm, sha, dd, mm, rs(r, 8, HEX),
       dd, mm, user(r, d), v.lit, host(r, d), rpath(r), rs(r, 8, HEX), dd, mm)
    return "logs/deploy.log", s


@tpl("jenkins", "sftp_password", "pw", "jenkins", pw_shell)
def t_jenkinsfile(r, v):
    d = domain(r)
    s = """pipeline {
    agent any
    options { timestamps() }
    stages {
        stage('Build') {
            steps { sh 'npm ci && npm run build' }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh '''
                  sshpass -p "%s" scp -o StrictHostKeyChecking=no -r dist/* %s@%s:%s/
                '''
            }
        }
    }
}
""" % (v.lit, user(r, d), host(r, d), rpath(r))
    return "Jenkinsfile", s


@tpl("azure-app-service", "ftp_password", "tok", "xml", tok_azure_pwd)
def t_azure_publish(r, v):
    app = r.choice(SITES)
    s = """<publishData>
  <publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" msdeploySite="%s" userName="$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">
    <databases />
  </publishProfile>
  <publishProfile profileName="%s - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-%03d.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="%s\\$%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" webSystem="WebSites">
    <databases />
  </publishProfile>
</publishData>
""" % (app, app, app, app, v.lit, app, app, r.randint(100, 999), app, app, v.lit, app)
    return "Properties/PublishProfiles/%s.PublishSettings" % app, s


@tpl("dploy", "ftp_password", "pw", "yaml", pw_any)
def t_dploy(r, v):
    d = domain(r)
    s = """# dploy configuration
dev:
  scheme: "ftp"
  host: "dev.%s"
  port: 21
  user: "dev"
  pass: ""
  path:
    local: "www/"
    remote: "public_html/dev/"

live:
  scheme: "%s"
  host: "%s"
  port: %d
  user: "%s"
  pass: "%s"
  check: true
  exclude: ["dploy.yaml", "node_modules/**", "*.scss"]
  path:
    local: "www/"
    remote: "%s/"
""" % (d, "sftp", host(r, d), 22, user(r, d), v.lit, rpath(r).lstrip("/"))
    return "dploy.yaml", s


@tpl("wordpress", "ftp_password", "pw", "php", pw_any)
def t_wpconfig(r, v):
    d = domain(r)
    s = """<?php
/** Filesystem access for plugin and core updates */
define( 'FS_METHOD', 'ftpext' );
define( 'FTP_BASE', '%s/' );
define( 'FTP_CONTENT_DIR', '%s/wp-content/' );
define( 'FTP_PLUGIN_DIR', '%s/wp-content/plugins/' );
define( 'FTP_USER', '%s' );
define( 'FTP_PASS', %s );
define( 'FTP_HOST', '%s:21' );
define( 'FTP_SSL', true );

define( 'WP_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'production' );
""" % (rpath(r), rpath(r), rpath(r), user(r, d), v.q("php"), host(r, d))
    return r.choice(["config/wp-config-ftp.php", "wp-config-fs.php"]), s


@tpl("rclone", "obfuscated_password", "obf", "ini", pw_any)
def t_rclone(r, v):
    d = domain(r)
    needle = None if v.neg else rclone_obscure(r, v.lit)
    lines = ["[hosting]", "type = ftp", "host = %s" % host(r, d), "user = %s" % user(r, d)]
    if needle:
        lines.append("pass = " + needle)
    lines += ["explicit_tls = true", "", "[backup]", "type = sftp", "host = backup.%s" % d,
              "user = deploy", "key_file = ~/.ssh/backup_ed25519", "shell_type = unix",
              "md5sum_command = md5sum", "sha1sum_command = sha1sum", ""]
    return "deploy/rclone.conf", "\n".join(lines), needle


# ----------------------------------------------------------------------------------------------
# look-alike negatives (no credential at all)
# ----------------------------------------------------------------------------------------------
LOOK = []


def look(provider, kind):
    def deco(f):
        LOOK.append(dict(name=f.__name__, f=f, provider=provider, kind=kind))
        return f
    return deco


@look("openssh", "known_hosts")
def l_known_hosts(r):
    lines = []
    for _ in range(r.randint(2, 5)):
        h = host(r)
        k = r.choice([pub_ed25519, pub_ecdsa, pub_rsa])(r)
        lines.append("%s,%s %s" % (h, ipv4(r), k))
    return "deploy/known_hosts", "\n".join(lines) + "\n"


@look("openssh", "known_hosts_hashed")
def l_known_hosts_hashed(r):
    lines = ["|1|%s|%s %s" % (b64(rbytes(r, 20)), b64(rbytes(r, 20)), pub_ed25519(r))
             for _ in range(r.randint(2, 4))]
    return ".ssh/known_hosts", "\n".join(lines) + "\n"


@look("github-actions", "ssh_keyscan_hostkey")
def l_gha_known_hosts(r):
    d = domain(r)
    h = host(r, d)
    s = """name: rsync deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.1
      - name: Configure SSH
        run: |
          mkdir -p ~/.ssh
          echo "%s" > ~/.ssh/deploy_key
          chmod 600 ~/.ssh/deploy_key
          echo "%s %s" >> ~/.ssh/known_hosts
      - name: Rsync
        run: rsync -az --delete -e "ssh -i ~/.ssh/deploy_key" public/ deploy@%s:/var/www/%s/
""" % (sha1hex(r), ghs("SSH_PRIVATE_KEY"), h, pub_ed25519(r), h, d)
    return ".github/workflows/rsync.yml", s


@look("openssh", "authorized_keys")
def l_authorized_keys(r):
    lines = ["# deploy access - managed by ansible"]
    for _ in range(r.randint(2, 4)):
        c = r.choice(FIRST) + "@" + r.choice(["laptop", "macbook", "ci", "workstation"])
        k = r.choice([pub_ed25519, pub_rsa, pub_ecdsa])(r, c)
        if r.random() < 0.3:
            k = 'command="rrsync -wo /var/www",no-pty,no-agent-forwarding ' + k
        lines.append(k)
    return "deploy/authorized_keys", "\n".join(lines) + "\n"


@look("github", "deploy_key_public")
def l_deploy_key_doc(r):
    d = domain(r)
    s = """# Deploy key

The production server pulls from GitHub with a read-only deploy key. The **public** half is
registered under *Settings -> Deploy keys* of the repository:

```
%s
```

Fingerprint (`ssh-keygen -lf ~/.ssh/id_ed25519.pub`):

```
256 %s deploy@%s (ED25519)
```

The private half never leaves `/home/deploy/.ssh/id_ed25519` on the server.
""" % (pub_ed25519(r, "deploy@" + d), fp_sha256(r), d)
    return "docs/deploy-key.md", s


@look("winscp", "hostkey_fingerprint")
def l_winscp_log(r):
    d = domain(r)
    h = host(r, d)
    day = r.randint(1, 28)
    rows = ["WinSCP Version 6.3.3 (Build 14856)",
            "Session name: deploy@%s (Ad-Hoc site)" % h,
            "Host name: %s (Port: 22)" % h,
            "User name: deploy (Password: No, Key file: Yes, Passphrase: No)",
            "Host key fingerprint is:",
            "ssh-ed25519 255 %s" % fp_sha256(r)[7:],
            "Verifying host key ssh-ed25519 0x%s,0x%s with configured host key" % (rs(r, 64, HEX), rs(r, 64, HEX)),
            "Host key matches configured key fingerprint",
            "Authenticating with public key \"deploy@ci\" from agent",
            "Access granted", "Synchronizing remote directory /var/www/%s" % d,
            "Transfer done: 'C:\\build\\index.html' => '/var/www/%s/index.html' [%d]" % (d, r.randint(900, 40000))]
    out = [". 2024-05-%02d 09:14:%02d.%03d %s" % (day, i, r.randint(0, 999), x) for i, x in enumerate(rows)]
    return "deploy/winscp.log", "\n".join(out) + "\n"


@look("openssh", "ssh_config")
def l_ssh_config(r):
    blocks = []
    for _ in range(r.randint(2, 3)):
        d = domain(r)
        blocks.append("""Host %s
    HostName %s
    User %s
    Port %d
    IdentityFile ~/.ssh/%s
    IdentitiesOnly yes
    HostKeyAlias %s""" % (d.split(".")[0], host(r, d), user(r, d).split("@")[0], r.choice([22, 2222, 2200]),
                          r.choice(["id_ed25519", "deploy_rsa", d.split(".")[0] + "_ed25519"]), d))
    return "deploy/ssh_config", "\n\n".join(blocks) + "\n"


@look("git-ftp", "deployed_sha")
def l_gitftp_log(r):
    return ".git-ftp.log", sha1hex(r) + "\n"


@look("capistrano", "revisions_log")
def l_cap_revisions(r):
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append("Branch main (at %s) deployed as release 2024%02d%02d%02d%02d%02d by %s" % (
            sha1hex(r), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
            r.randint(0, 59), r.choice(FIRST)))
    return "shared/revisions.log", "\n".join(lines) + "\n"


@look("deployer", "deploy_log")
def l_deploy_log(r):
    d = domain(r)
    s = """task deploy:info
[prod] info deploying main (%s)
task deploy:setup
task deploy:lock
task deploy:release
[prod] run cd /var/www/%s && (echo %s > .dep/latest_release)
task deploy:update_code
[prod] run git clone --mirror -- git@github.com:agency/%s.git /var/www/%s/.dep/repo
[prod] run git --git-dir /var/www/%s/.dep/repo remote update 2>&1
[prod] run git rev-list main -1
[prod] %s
task docker:pull
[prod] run docker pull registry.gitlab.com/agency/%s@sha256:%s
task deploy:symlink
task deploy:unlock
task deploy:cleanup
[prod] info successfully deployed!
""" % (sha1hex(r)[:7], d, r.randint(10, 400), d.split(".")[0], d, d, sha1hex(r), d.split(".")[0],
       sha256hex(r))
    return "var/log/deploy-%d.log" % r.randint(100, 999), s


@look("release", "checksums")
def l_sha256sums(r):
    ver = "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))
    names = ["site-%s.zip" % ver, "site-%s.tar.gz" % ver, "theme-%s.zip" % ver, "assets-%s.tar.zst" % ver]
    return "release/SHA256SUMS", "".join("%s  %s\n" % (sha256hex(r), n) for n in names)


@look("npm", "lockfile_integrity")
def l_package_lock(r):
    pk = {}
    for name in r.sample(["basic-ftp", "vinyl-ftp", "ssh2-sftp-client", "ssh2", "gulp", "ftp-deploy",
                          "fancy-log", "bcrypt-pbkdf", "asn1", "cpu-features", "nan"], 5):
        ver = "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 12))
        pk["node_modules/" + name] = {"version": ver,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "dev": True}
    doc = {"name": "site", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
           "packages": dict([("", {"name": "site", "version": "1.0.0"})] + sorted(pk.items()))}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@look("composer", "lockfile_reference")
def l_composer_lock(r):
    pkgs = []
    for name in r.sample(["phpseclib/phpseclib", "deployer/deployer", "league/flysystem-ftp",
                          "league/flysystem-sftp-v3", "symfony/process", "paragonie/constant_time_encoding"], 3):
        ref = sha1hex(r)
        pkgs.append({"name": name, "version": "%d.%d.%d" % (r.randint(1, 7), r.randint(0, 30), r.randint(0, 9)),
                     "source": {"type": "git", "url": "https://github.com/%s.git" % name, "reference": ref},
                     "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (name, ref),
                              "reference": ref, "shasum": ""}})
    doc = {"_readme": ["This file locks the dependencies of your project to a known state"],
           "content-hash": rs(r, 32, HEX), "packages": pkgs, "packages-dev": [],
           "minimum-stability": "stable"}
    return "composer.lock", json.dumps(doc, indent=4) + "\n"


@look("terraform", "lockfile_hashes")
def l_tf_lock(r):
    hs = "\n".join('    "zh:%s",' % sha256hex(r) for _ in range(6))
    s = """# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.34.1"
  constraints = "~> 2.34"
  hashes = [
    "h1:%s",
%s
  ]
}
""" % (b64(rbytes(r, 32)), hs)
    return "infra/.terraform.lock.hcl", s


@look("go", "go_sum")
def l_go_sum(r):
    mods = ["github.com/jlaffaye/ftp v0.2.0", "github.com/pkg/sftp v1.13.6",
            "golang.org/x/crypto v0.21.0", "github.com/kr/fs v0.1.0", "github.com/hashicorp/errwrap v1.1.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, b64(rbytes(r, 32))))
        lines.append("%s/go.mod h1:%s" % (m, b64(rbytes(r, 32))))
    return "tools/uploader/go.sum", "\n".join(lines) + "\n"


@look("pip", "hash_pins")
def l_requirements(r):
    lines = []
    for p in ["paramiko==3.4.0", "pysftp==0.2.9", "fabric==3.2.2", "invoke==2.2.0", "bcrypt==4.1.2"]:
        lines.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, sha256hex(r), sha256hex(r)))
    return "requirements-deploy.txt", "\n".join(lines) + "\n"


@look("html", "sri_hash")
def l_sri(r):
    d = domain(r)
    s = """<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>%s</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-%s" crossorigin="anonymous">
  <script defer src="/assets/app.%s.js" integrity="sha256-%s"></script>
</head>
<body>
  <main id="app"></main>
</body>
</html>
""" % (d, b64(rbytes(r, 48)), rs(r, 8, HEX), b64(rbytes(r, 32)))
    return "public/index.html", s


@look("css", "data_uri")
def l_data_uri(r):
    blob = b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(90, 160))
    s = """.logo {
  width: 120px;
  height: 32px;
  background: url("data:image/png;base64,%s") no-repeat center / contain;
}
.btn-primary { background: #%s; }
""" % (b64(blob), rs(r, 6, HEX))
    return "assets/css/header.css", s


@look("x509", "certificate")
def l_cert(r):
    body = bytes.fromhex("308203") + rbytes(r, 1) + bytes.fromhex("3082") + rbytes(r, 800)
    lines = ["-----BEGIN CERTIFICATE-----"] + wrap(b64(body), 64) + ["-----END CERTIFICATE-----"]
    return "deploy/certs/ca-chain.pem", "\n".join(lines) + "\n"


@look("openpgp", "public_key")
def l_pgp(r):
    body = b"\x99\x01\x8d\x04" + rbytes(r, 380)
    crc = b64(rbytes(r, 3))
    lines = (["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + wrap(b64(body), 64) + ["=" + crc,
             "-----END PGP PUBLIC KEY BLOCK-----"])
    return "deploy/release-signing.asc", "\n".join(lines) + "\n"


@look("openssh", "fingerprints_doc")
def l_fingerprints(r):
    d = domain(r)
    s = """## Verifying the SFTP host

Before the first connection compare the fingerprint shown by your client with these values
published by the hoster for `%s`:

| Key type | SHA256 | MD5 |
|---|---|---|
| ED25519 | `%s` | `%s` |
| ECDSA   | `%s` | `%s` |
| RSA     | `%s` | `%s` |

WinSCP expects the form `ssh-ed25519 255 %s`.
""" % (host(r, d), fp_sha256(r), fp_md5(r), fp_sha256(r), fp_md5(r), fp_sha256(r), fp_md5(r),
       fp_sha256(r)[7:])
    return "docs/sftp-hostkeys.md", s


@look("dreamweaver", "dwsync")
def l_dwsync(r):
    d = domain(r)
    rows = []
    for f in r.sample(["index.php", "kontakt.php", "css/style.css", "js/main.js", "impressum.html",
                       "images/logo.svg"], 4):
        rows.append('<file name="%s" server="%s%s/" local="%d" remote="%d" Dst="%d" />' % (
            f.split("/")[-1], host(r, d), rpath(r), r.randint(131000000000000000, 133500000000000000),
            r.randint(131000000000000000, 133500000000000000), r.choice([-1, 0, 1])))
    s = '<?xml version="1.0" encoding="utf-8" ?>\n<dwsync>\n' + "\n".join(rows) + "\n</dwsync>\n"
    return "_notes/dwsync.xml", s


@look("phpstorm", "deployment_xml")
def l_phpstorm_deployment(r):
    d = domain(r)
    s = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="PublishConfigData" autoUpload="Always" serverName="%s" remoteFilesAllowedToDisappearOnAutoupload="false">
    <serverData>
      <paths name="%s">
        <serverdata>
          <mappings>
            <mapping deploy="%s" local="$PROJECT_DIR$" web="/" />
          </mappings>
          <excludedPaths>
            <excludedPath local="true" path="$PROJECT_DIR$/node_modules" />
            <excludedPath local="true" path="$PROJECT_DIR$/.idea" />
          </excludedPaths>
        </serverdata>
      </paths>
    </serverData>
  </component>
</project>
""" % (d, d, rpath(r))
    return ".idea/deployment.xml", s


@look("phpstorm", "webservers_xml")
def l_phpstorm_webservers(r):
    d = domain(r)
    s = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="WebServers">
    <option name="servers">
      <webServer id="%s" name="%s" url="https://www.%s">
        <fileTransfer accessType="SFTP" host="%s" port="22" sshConfigId="%s" sshConfig="deploy@%s:22 key">
          <advancedOptions>
            <advancedOptions dataProtectionLevel="Private" keepAliveTimeout="0" passiveMode="true" shareSSLContext="true" />
          </advancedOptions>
        </fileTransfer>
      </webServer>
    </option>
  </component>
</project>
""" % (uuid4(r), d, d, host(r, d), uuid4(r), host(r, d))
    return ".idea/webServers.xml", s


@look("vscode-sftp", "sftp_json_no_secret")
def l_sftp_json_agent(r):
    d = domain(r)
    cfg = {"name": d, "host": host(r, d), "protocol": "sftp", "port": 22, "username": "deploy",
           "remotePath": "/var/www/" + d, "uploadOnSave": True,
           "agent": "$SSH_AUTH_SOCK" if r.random() < 0.5 else None,
           "privateKeyPath": "~/.ssh/id_ed25519", "interactiveAuth": r.choice([True, False]),
           "ignore": [".vscode", ".git", "node_modules"]}
    cfg = dict((k, val) for k, val in cfg.items() if val is not None)
    return ".vscode/sftp.json", json.dumps(cfg, indent=4) + "\n"


@look("atom-remote-ftp", "ftpconfig_prompt")
def l_ftpconfig_prompt(r):
    d = domain(r)
    cfg = {"protocol": "sftp", "host": host(r, d), "port": 22, "user": "deploy", "pass": "",
           "promptForPass": True, "remote": "/var/www/" + d, "agent": "env", "privatekey": "",
           "passphrase": "", "hosthash": rs(r, 40, HEX), "ignorehost": False,
           "keyboardInteractive": True}
    return ".ftpconfig", json.dumps(cfg, indent=2) + "\n"


@look("netlify", "site_id")
def l_netlify(r):
    d = domain(r)
    if r.random() < 0.5:
        return ".netlify/state.json", json.dumps({"siteId": uuid4(r)}, indent=2) + "\n"
    s = """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

# site id: %s (public, shown in the Netlify UI)
[[redirects]]
  from = "/legacy/*"
  to = "https://ftp-archive.%s/:splat"
  status = 301
""" % (uuid4(r), d)
    return "netlify.toml", s


@look("vite", "asset_manifest")
def l_manifest(r):
    m = {}
    for src in ["src/main.ts", "src/admin.ts", "src/style.css"]:
        base = src.split("/")[-1].split(".")[0]
        ext = "css" if src.endswith(".css") else "js"
        m[src] = {"file": "assets/%s-%s.%s" % (base, rs(r, 8, ALNUM + "_-"), ext), "src": src, "isEntry": True}
    return "dist/.vite/manifest.json", json.dumps(m, indent=2) + "\n"


@look("git-lfs", "pointer")
def l_lfs(r):
    return "assets/video/hero.mp4", "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (
        sha256hex(r), r.randint(1000000, 90000000))


@look("lftp", "transfer_log")
def l_lftp_log(r):
    d = domain(r)
    lines = []
    for f in ["index.html", "about/index.html", "assets/app-%s.js" % rs(r, 8, HEX), "assets/app-%s.css" % rs(r, 8, HEX)]:
        lines.append("2024-06-%02d 10:%02d:%02d ftp://deploy@%s%s/%s -> %s/%s 0-%d %d KiB/s" % (
            r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), host(r, d), rpath(r), f, "dist", f,
            r.randint(500, 200000), r.randint(100, 9000)))
    return "logs/lftp-transfer.log", "\n".join(lines) + "\n"


@look("ansible", "vault_ciphertext")
def l_ansible_vault(r):
    hexd = binascii.hexlify(("%s\n%s\n%s" % (rs(r, 64, HEX), rs(r, 64, HEX), rs(r, 160, HEX))).encode()).decode()
    return "group_vars/production/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(wrap(hexd, 80)) + "\n"


@look("apache", "csp_hash")
def l_htaccess(r):
    s = """RewriteEngine On
RewriteCond %%{HTTPS} off
RewriteRule ^ https://%%{HTTP_HOST}%%{REQUEST_URI} [L,R=301]

<IfModule mod_headers.c>
  Header set Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-%s'; style-src 'self' 'sha256-%s'"
  Header set Strict-Transport-Security "max-age=31536000"
</IfModule>
""" % (b64(rbytes(r, 32)), b64(rbytes(r, 32)))
    return "public/.htaccess", s


@look("gitlab-ci", "pinned_digests")
def l_gitlab_digests(r):
    s = """deploy:
  stage: deploy
  image: alpine@sha256:%s
  variables:
    GIT_STRATEGY: fetch
  script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
    - mkdir -p ~/.ssh && echo "$SSH_KNOWN_HOSTS" > ~/.ssh/known_hosts
    - rsync -az --delete public/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH"
    - echo "deployed $CI_COMMIT_SHA"
  environment: production
""" % sha256hex(r)
    return ".gitlab-ci.yml", s


@look("docker", "image_digest")
def l_compose_digest(r):
    s = """services:
  web:
    image: nginx@sha256:%s
    volumes:
      - ./public:/usr/share/nginx/html:ro
  sftp:
    image: atmoz/sftp@sha256:%s
    volumes:
      - ./ssh/authorized_keys:/home/deploy/.ssh/keys/authorized_keys:ro
      - ./public:/home/deploy/upload
    command: deploy::1001
""" % (sha256hex(r), sha256hex(r))
    return "docker-compose.yml", s


@look("deploy-history", "release_ids")
def l_deploy_csv(r):
    rows = ["deployed_at,release_id,commit,duration_s,status"]
    for _ in range(r.randint(4, 8)):
        rows.append("2024-%02d-%02dT%02d:%02d:00Z,%s,%s,%d,%s" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), uuid4(r),
            sha1hex(r), r.randint(12, 300), r.choice(["ok", "ok", "ok", "rolled_back"])))
    return "ops/deploy-history.csv", "\n".join(rows) + "\n"


@look("cpanel", "cpanel_yml_paths")
def l_cpanel_yml(r):
    u = user(r).split("@")[0]
    s = """---
deployment:
  tasks:
    - export DEPLOYPATH=/home/%s/public_html/
    - /bin/rsync -a --delete --exclude '.git*' --exclude '.cpanel.yml' ./ $DEPLOYPATH
    - /bin/find $DEPLOYPATH -type f -exec chmod 644 {} \\;
""" % u
    return ".cpanel.yml", s


@look("laravel-envoy", "envoy_no_secret")
def l_envoy(r):
    d = domain(r)
    s = """@servers(['web' => ['deploy@%s']])

@setup
    $releaseHash = substr(sha1(microtime()), 0, 12);
    $app = '/var/www/%s';
@endsetup

@task('deploy', ['on' => 'web'])
    cd {{ $app }}
    git fetch origin && git checkout {{ $branch ?? 'main' }}
    echo "release {{ $releaseHash }}"
    php artisan migrate --force
@endtask
""" % (host(r, d), d)
    return "Envoy.blade.php", s


@look("filezilla", "recent_servers_no_pass")
def l_filezilla_recent(r):
    items = []
    for _ in range(r.randint(2, 3)):
        d = domain(r)
        items.append("""        <Server>
            <Host>%s</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>%s</User>
            <Logontype>5</Logontype>
            <Keyfile>C:\\Users\\%s\\.ssh\\deploy.ppk</Keyfile>
        </Server>""" % (host(r, d), user(r, d), r.choice(FIRST)))
    s = ('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.66.4" platform="windows">\n'
         '    <RecentServers>\n' + "\n".join(items) + "\n    </RecentServers>\n</FileZilla3>\n")
    return "docs/filezilla/recentservers.xml", s


@look("gulp", "rev_manifest")
def l_rev_manifest(r):
    m = {}
    for f in ["css/main.css", "js/app.js", "js/vendor.js", "img/hero.jpg"]:
        base, ext = f.rsplit(".", 1)
        m[f] = "%s-%s.%s" % (base, rs(r, 10, HEX), ext)
    return "build/rev-manifest.json", json.dumps(m, indent=2) + "\n"


@look("ssh-keygen", "randomart_output")
def l_keygen_output(r):
    s = """$ ssh-keygen -t ed25519 -C "deploy@ci" -f ~/.ssh/deploy_ed25519
Generating public/private ed25519 key pair.
Your identification has been saved in /home/ci/.ssh/deploy_ed25519
Your public key has been saved in /home/ci/.ssh/deploy_ed25519.pub
The key fingerprint is:
%s deploy@ci
The key's randomart image is:
+--[ED25519 256]--+
|   .o+=*o.       |
|    .o=B+ .      |
|     .+*oo .     |
|      o.= o      |
|     . .S+ .     |
+----[SHA256]-----+
$ cat ~/.ssh/deploy_ed25519.pub
%s
""" % (fp_sha256(r), pub_ed25519(r, "deploy@ci"))
    return "docs/ci-ssh-setup.md", s


@look("rsync", "rsync_itemized_log")
def l_rsync_log(r):
    lines = ["sending incremental file list"]
    for f in ["index.html", "feed.xml", "assets/main-%s.css" % rs(r, 20, HEX), "sitemap.xml"]:
        lines.append(">f.st...... " + f)
    lines.append("sent %d bytes  received %d bytes  %d.%02d bytes/sec" % (r.randint(1000, 90000), r.randint(100, 900),
                                                                          r.randint(1000, 90000), r.randint(0, 99)))
    lines.append("total size is %d  speedup is %d.%02d" % (r.randint(10 ** 5, 10 ** 7), r.randint(1, 90), r.randint(0, 99)))
    return "logs/rsync-%s.log" % sha1hex(r)[:7], "\n".join(lines) + "\n"


@look("wordpress", "fs_method_ssh2_paths")
def l_wp_ssh2(r):
    s = """<?php
define( 'FS_METHOD', 'ssh2' );
define( 'FTP_BASE', '/var/www/html/' );
define( 'FTP_PUBKEY', '/home/deploy/.ssh/id_rsa.pub' );
define( 'FTP_PRIKEY', '/home/deploy/.ssh/id_rsa' );
define( 'FTP_USER', 'deploy' );
define( 'FTP_HOST', '%s:22' );
""" % host(r)
    return "config/wp-fs-ssh2.php", s


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Makefile": "makefile", "Jenkinsfile": "groovy",
                 ".netrc": "netrc", ".ftppass": "json", ".ftpconfig": "json", "known_hosts": "text",
                 "authorized_keys": "text", "ssh_config": "sshconfig", "bookmarks": "text",
                 ".git-ftp.log": "text", "SHA256SUMS": "text", ".htaccess": "apache",
                 ".env": "env", ".env.example": "env", ".env.production": "env"}


def filetype(path):
    base = path.split("/")[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith("id_") or base in ("deploy_key", "deploy_ed25519", "deploy_rsa"):
        return "key"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return "text"


def is_env_file(path):
    base = path.split("/")[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample",
                                                                        ".env.dist", ".env.template"))


def order(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def run_template(t, r, v):
    res = t["f"](r, v)
    if len(res) == 3:
        return res
    return res[0], res[1], None


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jl.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env_pos = 0

    for i, t in enumerate(order(r, POS, 500)):
        secret = t["gen"](r)
        v = V(secret)
        path, text, needle = run_template(t, r, v)
        if needle is None:
            if isinstance(secret, list):
                if secret[0].startswith("PuTTY-User-Key-File"):
                    needle = secret[secret.index("Private-Lines: 1") + 1]
                else:
                    needle = secret[0]
            else:
                needle = secret
        assert "\n" not in needle and needle, (t["name"], needle)
        if is_env_file(path):
            n_env_pos += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        lines = text.split("\n")
        lineno = next(k + 1 for k, ln in enumerate(lines) if needle in ln)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[lineno - 1], (rel, needle)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": lineno})
    assert n_env_pos <= 25, n_env_pos

    negs = [("reuse", t) for t in order(r, POS, 250)] + [("look", t) for t in order(r, LOOK, 250)]
    r.shuffle(negs)
    for i, (mode, t) in enumerate(negs):
        if mode == "reuse":
            v = neg_value(r, t)
            path, text, _ = run_template(t, r, v)
            prov, kind = t["provider"], "placeholder_" + t["kind"]
        else:
            path, text = t["f"](r)
            prov, kind = t["provider"], t["kind"]
        assert not is_env_file(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
