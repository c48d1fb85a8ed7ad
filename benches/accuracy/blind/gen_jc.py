#!/usr/bin/env python3
"""gen_jc.py - blind evaluation set: remote desktop, terminal and connection-manager files.

EMPHASIS
  Domain: credentials that leak through remote-access tooling.  Remote desktop / VNC /
  terminal / file-transfer clients and the scripts that deploy or drive them.
  Providers / tools: Remmina, Microsoft RDP (mstsc, cmdkey, RDCMan), FreeRDP, rdesktop,
  mRemoteNG, Royal TS, Devolutions Remote Desktop Manager, MobaXterm, Termius, PuTTY
  (plink/pscp, registry exports), KiTTY, WinSCP (scripts, .NET assembly, WinSCP.ini),
  FileZilla (sitemanager.xml / recentservers.xml), Cyberduck (duck CLI, bookmarks),
  VNC (x11vnc, TigerVNC, TightVNC, UltraVNC, vncpasswd), NoMachine, TeamViewer, AnyDesk,
  RustDesk (client password, hbbs server key pair), Apache Guacamole (user-mapping.xml,
  REST API JSON, SQL schema, guacamole.properties), sshpass, Expect, paramiko, pexpect,
  Netmiko, JSch, golang x/crypto/ssh, ssh2 (node), SSH.NET, Posh-SSH, ftplib, lftp, curl,
  wget, .netrc, VS Code / Sublime SFTP configs, HTTP proxies, Ansible (in passing).
  File types: .remmina, .rdp, .rdg, XML, INI, .reg, shell, PowerShell, batch, Expect
  (.exp), Python, Java, Go, JavaScript, C#, JSON, YAML, TOML, SQL, CSV, Markdown,
  Dockerfile, Makefile, Jenkinsfile, systemd units, logs, .netrc, plist (.duck).

USAGE
  python3 -B gen_jc.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
  (500 negatives), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per
  SEED: every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
  * The needle is the secret value only, exactly as written in the file.
  * Passwords inside URLs (sftp://user:PASS@host, http://user:PASS@proxy): the needle is
    PASS only (never the user or host).  `user:PASS` pairs (curl -u, ncat --proxy-auth,
    chpasswd input): the needle is PASS only.  `lftp -u user,PASS`: PASS only.
  * FileZilla `<Pass encoding="base64">`: the needle is the base64 text as written (it is
    a reversible encoding of the plaintext password, so it is a positive).
  * RustDesk server private key (id_ed25519, base64 of the 64-byte ed25519 secret key):
    the needle is the whole base64 string (single line).
  * Headers / flags (`-p PASS`, `/p:PASS`, `-pw PASS`, `--password PASS`): PASS only.
  * No multi-line needles are produced.
  * `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
  Half (250) re-use the positive templates with the secret slot holding a non-secret:
  placeholders (<password>, YOUR_PASSWORD_HERE, changeme, xxxxxxxx), empty values, masked
  values (********, [REDACTED]), environment / secret-manager references ($SSHPASS,
  ${VNC_PASSWORD}, %FTP_PASSWORD%, $env:RDP_PASSWORD, os.environ[...], process.env.X,
  vault kv / op:// paths, Ansible/Jinja and GitHub-Actions expressions, Guacamole
  ${GUAC_PASSWORD} parameter tokens) and the tools' documentation example values
  (WinSCP "password"/"passw", Guacamole "VNCPASS"/"PASSWORD").  `.env` paths are renamed
  to `.env.example` for negatives.
  The other half (250) are look-alikes of the domain: RDP `password 51:b:` DPAPI hex
  blobs, RDCMan base64 DPAPI blobs, signed .rdp files (signature:s:), mRemoteNG AES-GCM
  Password attributes, MobaXterm [Passwords] / WinSCP.ini / KiTTY obfuscated values, VNC
  obfuscated passwd hex (UltraVNC ini, TightVNC/RealVNC registry), Remmina encrypted
  password=, FileZilla master-password `encoding="crypt"`, Devolutions SafePassword,
  TeamViewer SecurityPasswordAES, AnyDesk pwd_hash/pwd_salt, rclone obscured pass,
  Guacamole sha256/md5 hashed passwords, SSH host-key fingerprints, known_hosts and
  public keys, RustDesk public server key, TeamViewer / AnyDesk / RustDesk IDs,
  session inventories, installer checksums, audit logs with UUIDs and session ids.

FORMATS CHECKED (search tool, docs/pages corpora)
  * FileZilla sitemanager.xml stores `<Pass encoding="base64">...</Pass>` which is plain
    base64 of the password (blog audit of SFTP clients showing a sitemanager.xml entry).
  * Guacamole user-mapping.xml: `<authorize username=".." password="..">`, optional
    `encoding="md5"` (32 hex) / sha256, `<connection name>` with `<param name="password">`
    (Guacamole manual + a packaged user-mapping.xml).
  * .rdp: `full address:s:`, `username:s:`, saved password as `password 51:b:<hex>` -
    a DPAPI CryptProtectData blob whose hex starts 01000000D08C9DDF0115D1118C7A00C04FC297EB;
    RDCMan .rdg stores the same blob base64 (AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA...).
  * WinSCP: `open sftp://user:password@example.com/ -hostkey="ssh-rsa 2048 ..."`,
    `-password=` switch, .NET SessionOptions Password / SshHostKeyFingerprint, SHA-256
    host key fingerprints (winscp.net docs).
  * vncpasswd -f filter mode reads plaintext from stdin and writes the obfuscated form;
    only the first eight characters are significant (TightVNC man page).
  * TightVNC MSI properties SET_PASSWORD / VALUE_OF_PASSWORD / VALUE_OF_VIEWONLYPASSWORD.
  * AnyDesk unattended-access password and TeamViewer personal password exist as
    concepts (vendor support pages); RustDesk client-deployment docs set a password from
    PowerShell/batch/bash and use a config string {"host","key","api"}.
  * Royal TS PowerShell module (New-RoyalObject, RoyalDocument.PowerShell) seen in a gist.
  One result (testpattern.dev) reproduced a Snaffler detection rule for .rdp files; it was
  recognised as scanner rule material and not used.

DOUBTS
  * `anydesk --set-password` reading the password from stdin, `teamviewer passwd <pw>`,
    `rustdesk --password <pw>` and `remmina -c rdp://user:pass@host` are written from
    memory of vendor docs / community scripts; the search did not show them verbatim.
  * Exact byte layouts of MobaXterm, KiTTY, WinSCP.ini, Remmina, FileZilla `crypt`,
    Devolutions SafePassword, TeamViewer SecurityPasswordAES and AnyDesk pwd_hash values
    are approximated (plausible alphabet and length); they are negatives either way.
  * Royal TS dynamic-folder JSON field names, Termius CLI flags and the Devolutions RDM
    cmdlet Set-RDMSessionPassword are from memory, not confirmed by the search.
  * RustDesk hbbs `id_ed25519` as base64 of a 64-byte secret key is from memory.
  * A plaintext password= in a .remmina file (Remmina normally writes it encrypted) and
    a plaintext <Pass> in old FileZilla files are treated as positives as the brief asks.
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
DG = string.digits
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"

WORDS = ["Copper", "Falcon", "Maple", "Harbor", "Lantern", "Tundra", "Quartz", "Orbit",
         "Meadow", "Cobalt", "Juniper", "Saffron", "Granite", "Willow", "Ember", "Nimbus",
         "Pioneer", "Basalt", "Cinder", "Marble", "Osprey", "Pebble", "Raven", "Summit",
         "Thistle", "Velvet", "Walnut", "Zephyr", "Birch", "Canyon", "Dune", "Fjord"]
FIRST = ["anna", "ben", "carlos", "dana", "erik", "fatima", "georg", "hana", "ivan",
         "julia", "kemal", "lena", "marco", "nina", "oskar", "priya", "quinn", "rosa",
         "sven", "tomas", "ursula", "viktor", "wei", "yusuf", "zoe"]
SVCUSERS = ["deploy", "ops", "admin", "svc_backup", "ftpuser", "support", "ansible",
            "jenkins", "remote", "kiosk", "helpdesk", "operator", "pi", "ubuntu", "root",
            "Administrator", "scanner", "upload", "sftp_partner", "media"]
DOMAINS = ["corp.example.com", "int.acme-logistics.net", "lab.northwind.local",
           "ops.contoso.org", "dc1.fabrikam.local", "prod.globex.io", "office.initech.lan",
           "branch.umbrella-med.de", "ad.wayne-ent.local", "srv.hooli.internal"]
HOSTP = ["web", "db", "jump", "bastion", "ts", "rds", "files", "nas", "build", "kiosk",
         "pos", "lab", "vdi", "gw", "backup", "mon", "hv", "sql", "app", "edge"]
SESS = ["Prod Jumpbox", "Warehouse PLC", "Reception PC", "Branch Router", "Build Agent 3",
        "NAS Synology", "Lab VM", "Legacy ERP", "Backup Server", "Kiosk Lobby",
        "Camera NVR", "HyperV Host 2", "Terminal Server", "Staging DB", "Partner SFTP"]
PLACEHOLDERS = ["<password>", "<your-password>", "YOUR_PASSWORD_HERE", "changeme",
                "CHANGE_ME", "xxxxxxxx", "xxxxxxxxxxxx", "********", "[REDACTED]",
                "REPLACE_ME", "<redacted>", "", "***", "TODO", "<PASSWORD>", "...",
                "password", "passw", "VNCPASS", "PASSWORD", "your_password",
                "<set-me>", "dummy"]


def ch(r, seq):
    return seq[r.randrange(len(seq))]


def rstr(r, alpha, n):
    return "".join(alpha[r.randrange(len(alpha))] for _ in range(n))


def rhex(r, n, upper=False):
    return rstr(r, HEXU if upper else HEXL, n)


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def rb64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + ch(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rip(r):
    if r.random() < 0.5:
        return "10.%d.%d.%d" % (r.randrange(0, 250), r.randrange(0, 250), r.randrange(2, 250))
    return "192.168.%d.%d" % (r.randrange(0, 250), r.randrange(2, 250))


def rhost(r):
    return "%s%02d.%s" % (ch(r, HOSTP), r.randrange(1, 40), ch(r, DOMAINS))


def rshorthost(r):
    return "%s-%s%02d" % (ch(r, ["ber", "muc", "nyc", "lon", "par", "sfo", "ams"]),
                          ch(r, HOSTP), r.randrange(1, 30))


def ruser(r):
    if r.random() < 0.5:
        return ch(r, SVCUSERS)
    f = ch(r, FIRST)
    return ch(r, [f, f + "." + ch(r, ["meyer", "khan", "silva", "ng", "olsen", "rossi"]),
                  f[0] + ch(r, ["meyer", "khan", "silva", "ng", "olsen", "rossi"])])


def rdomuser(r):
    return "%s\\%s" % (ch(r, ["CORP", "ACME", "NORTHWIND", "FABRIKAM", "OFFICE"]), ruser(r))


def rsess(r):
    return ch(r, SESS)


def rtvid(r):
    return str(r.randrange(100000000, 1999999999))


def ranydesk_id(r):
    return str(r.randrange(100000000, 1999999999))


def ssh_ed25519_pub(r):
    raw = rbytes(r, 32)
    blob = (len(b"ssh-ed25519")).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + raw
    return "ssh-ed25519 " + base64.b64encode(blob).decode(), blob


def ssh_rsa_pub(r, bits=2048):
    n = b"\x00" + bytes([r.randrange(128, 256)]) + rbytes(r, bits // 8 - 1)
    e = b"\x01\x00\x01"
    blob = b""
    for part in (b"ssh-rsa", e, n):
        blob += len(part).to_bytes(4, "big") + part
    return "ssh-rsa " + base64.b64encode(blob).decode(), blob


def fp_sha256(blob):
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def fp_md5(blob):
    h = hashlib.md5(blob).hexdigest()
    return ":".join(h[i:i + 2] for i in range(0, 32, 2))


def winscp_hostkey(r):
    if r.random() < 0.6:
        _, blob = ssh_ed25519_pub(r)
        return "ssh-ed25519 255 " + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    _, blob = ssh_rsa_pub(r)
    return "ssh-rsa 2048 " + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


# ---------------------------------------------------------------- passwords
PW_SPECIAL = "!#*+-_.~"
URL_SPECIAL = "-_.~"
BAD_WORDS = ("pass", "secret", "example", "test", "change", "xxxx", "dummy", "sample")


def gen_password(r, special=PW_SPECIAL, minlen=10, maxlen=22):
    while True:
        style = r.random()
        if style < 0.45:
            n = r.randint(minlen, maxlen)
            body = [ch(r, UP + LO)]
            pool = ALNUM * 3 + special
            body += [ch(r, pool) for _ in range(n - 1)]
            body[r.randrange(1, n)] = ch(r, DG)
            if special:
                body[r.randrange(1, n)] = ch(r, special)
            pw = "".join(body)
        elif style < 0.75:
            sep = ch(r, special) if special else ""
            pw = ch(r, WORDS) + sep + ch(r, WORDS) + str(r.randrange(10, 999))
            if special and r.random() < 0.5:
                pw += ch(r, special)
        else:
            n = r.randint(max(minlen, 14), max(maxlen, 24))
            pw = ch(r, UP + LO) + rstr(r, ALNUM, n - 1)
        if not any(d in pw for d in DG):
            continue
        if not any(c in UP for c in pw) or not any(c in LO for c in pw):
            continue
        if any(b in pw.lower() for b in BAD_WORDS):
            continue
        return pw


# context -> (special alphabet, min, max)
CTX_ALPHA = {
    "url": (URL_SPECIAL, 10, 20), "bat": ("-_.#+~", 10, 20), "vnc": ("-_.!#", 8, 8),
    "csv": (PW_SPECIAL, 10, 20), "lftp": (URL_SPECIAL, 10, 20), "mk": ("-_.+", 10, 20),
}

NEG_BY_CTX = {
    "sh": ["$SSHPASS", "${VNC_PASSWORD}", "$REMOTE_PW", "$(cat /run/secrets/remote_password)",
           "$(vault kv get -field=password secret/ops/jumpbox)", "${FTP_PASSWORD:?missing}",
           "$(op read op://Infra/jumpbox/password)", "$1", "${TV_PASSWORD}"],
    "ps": ["$env:RDP_PASSWORD", "$env:FTP_PASSWORD", "$($cred.GetNetworkCredential().Password)",
           "$Password", "$($secret.SecretValue)"],
    "bat": ["%FTP_PASSWORD%", "%RDP_PASS%", "%1", "%~2"],
    "py": ['os.environ["SSH_PASSWORD"]', 'os.getenv("REMOTE_PASSWORD")', "getpass.getpass()",
           "settings.SSH_PASSWORD", "args.password", 'keyring.get_password("jumpbox", user)'],
    "js": ["process.env.SSH_PASSWORD", "process.env.SFTP_PASS", "config.get('ssh.password')",
           "argv.password"],
    "java": ['System.getenv("SSH_PASSWORD")', "props.getProperty(\"ssh.password\")",
             "cfg.password()"],
    "go": ['os.Getenv("SSH_PASSWORD")', "cfg.Password", "*passFlag"],
    "cs": ['Environment.GetEnvironmentVariable("SSH_PASSWORD")', "config[\"Ssh:Password\"]",
           "options.Password"],
    "yaml": ["{{ vault_ssh_password }}", "${{ secrets.SSH_PASSWORD }}", "${SSH_PASSWORD}",
             "{{ lookup('env', 'REMOTE_PW') }}", "!vault-ref ops/jumpbox#password"],
    "json": ["${GUAC_PASSWORD}", "${SFTP_PASSWORD}", "{{password}}", "$password"],
    "exp": ["$env(SSH_PASSWORD)", "$password", "[lindex $argv 1]", "$pw"],
    "xml": ["${RDP_PASSWORD}", "${env.FTP_PASSWORD}"],
    "ini": ["${VNC_PASSWORD}", "%(password)s", "${env:RDP_PASSWORD}"],
    "mk": ["$(SSH_PASS)", "$$SSHPASS", "$(shell pass show lab/pi)"],
    "url": ["${FTP_PASS}", "$SFTP_PASSWORD", "PASSWORD", "****", "%PASS%"],
}


class Slot(object):
    """The secret slot of a template.  pos=True: insert a fresh random credential and
    remember it as the needle.  pos=False: insert a non-secret appropriate to ctx."""

    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.needle = None
        self.used = 0

    def _pw(self, ctx):
        sp, lo, hi = CTX_ALPHA.get(ctx, (PW_SPECIAL, 10, 22))
        if ctx == "vnc":
            return gen_password(self.r, "", 8, 8)[:8] if self.r.random() < 0.5 else \
                rstr(self.r, ALNUM, 8)
        return gen_password(self.r, sp, lo, hi)

    def _neg(self, ctx):
        r = self.r
        base = ctx.split("_")[0]
        refs = NEG_BY_CTX.get(base, [])
        if base in ("py", "js", "java", "go", "cs"):
            if r.random() < 0.55:
                return ch(r, refs)
            q = "'" if (base in ("py", "js") and r.random() < 0.4) else '"'
            return q + ch(r, PLACEHOLDERS) + q
        if base in ("b64", "rdkey"):
            return ch(r, ["", "", "<base64-password>", "REDACTED"])
        pool = list(PLACEHOLDERS)
        if base in ("url", "lftp"):
            pool = ["<password>", "PASSWORD", "****", "xxxxxxxx", "changeme", "passw", "REDACTED"]
        if base in ("bat", "url", "mk"):
            pool = [p for p in pool if not any(c in p for c in "<>")] or ["changeme"]
        if refs and r.random() < 0.5:
            return ch(r, refs)
        v = ch(r, pool)
        if base == "csv":
            v = v.replace(",", "")
        return v

    def __call__(self, ctx="raw"):
        self.used += 1
        assert self.used == 1, "slot used twice"
        base = ctx.split("_")[0]
        if not self.pos:
            return self._neg(ctx)
        r = self.r
        if base == "b64":
            pw = self._pw("raw")
            val = base64.b64encode(pw.encode()).decode()
            self.needle = val
            return val
        if base == "rdkey":
            val = rb64(r, 64)
            self.needle = val
            return val
        pw = self._pw(base)
        self.needle = pw
        if base in ("py", "js"):
            q = "'" if r.random() < 0.4 else '"'
            return q + pw + q
        if base in ("java", "go", "cs"):
            return '"' + pw + '"'
        return pw


POS_T = []
LOOK_T = []


def P(provider, kind):
    def deco(f):
        POS_T.append((provider, kind, f))
        return f
    return deco


def L(provider, kind):
    def deco(f):
        LOOK_T.append((provider, kind, f))
        return f
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


# ================================================================ positive templates
# ---- Remmina
@P("remmina", "rdp-password")
def t_remmina_rdp(r, S):
    name = rsess(r)
    host = rhost(r)
    path = ch(r, ["remmina/%s.remmina", "desktop/connections/%s.remmina", "share/remmina/%s.remmina"]) % (
        name.lower().replace(" ", "-"))
    return path, J(
        "[remmina]", "password=%s" % S("ini"), "gateway_username=", "notes_text=",
        "window_height=%d" % ch(r, [768, 900, 1080]), "scale=2", "quality=%d" % r.randrange(0, 3),
        "ssh_tunnel_loopback=0", "resolution_width=0", "group=%s" % ch(r, ["Servers", "Branch", "Lab"]),
        "name=%s" % name, "server=%s" % host, "domain=%s" % ch(r, ["CORP", "ACME", ""]),
        "protocol=RDP", "username=%s" % ruser(r), "colordepth=%d" % ch(r, [16, 32, 99]),
        "sharefolder=", "disableautoreconnect=0", "cert_ignore=1", "window_width=%d" % ch(r, [1024, 1440, 1920]),
        "viewmode=%d" % r.randrange(1, 4), "security=%s" % ch(r, ["", "nla", "tls"]))


@P("remmina", "ssh-password")
def t_remmina_ssh(r, S):
    name = rsess(r)
    return "config/remmina/%s.remmina" % name.lower().replace(" ", "_"), J(
        "[remmina]", "name=%s" % name, "group=ssh", "protocol=SSH", "server=%s:%d" % (rip(r), ch(r, [22, 2222])),
        "ssh_auth=0", "ssh_username=%s" % ruser(r), "ssh_password=%s" % S("ini"),
        "ssh_charset=UTF-8", "ssh_color_scheme=Solarized Dark", "exec=", "ssh_privatekey=",
        "viewmode=1", "window_maximize=0", "ssh_stricthostkeycheck=0")


@P("remmina", "rdp-password-url")
def t_remmina_cli(r, S):
    host = rhost(r)
    u = ruser(r)
    return ch(r, ["bin/open-kiosk.sh", "scripts/remote-support.sh", "tools/connect-ts.sh"]), J(
        "#!/usr/bin/env bash", "# Opens the front-desk terminal server session in Remmina", "set -euo pipefail", "",
        "HOST=%s" % host, "export GDK_BACKEND=x11", "",
        'if ! command -v remmina >/dev/null; then', '  echo "remmina not installed" >&2; exit 1', "fi", "",
        'remmina -c "rdp://%s:%s@${HOST}"' % (u, S("url")))


# ---- RDP (FreeRDP, rdesktop, cmdkey/mstsc)
@P("freerdp", "rdp-password")
def t_xfreerdp(r, S):
    host = rhost(r)
    return ch(r, ["scripts/rdp-kiosk.sh", "kiosk/start-session.sh", "ops/thinclient/autostart.sh"]), J(
        "#!/bin/sh", "# thin client autostart: full-screen RDP to the session host",
        "sleep %d" % r.randrange(2, 10), "while true; do",
        "  xfreerdp /v:%s /u:%s /d:%s /p:'%s' /f /cert:ignore +clipboard /sound:sys:alsa" % (
            host, ruser(r), ch(r, ["CORP", "ACME", "FABRIKAM"]), S("sh")),
        "  sleep 5", "done")


@P("rdesktop", "rdp-password")
def t_rdesktop(r, S):
    return ch(r, ["legacy/rdesktop-launch.sh", "bin/pos-terminal.sh"]), J(
        "#!/bin/bash", "# legacy POS terminals still run rdesktop 1.8",
        "SERVER=%s" % rip(r), "GEOM=%s" % ch(r, ["1024x768", "1280x1024", "1366x768"]), "",
        'exec rdesktop -u %s -p "%s" -g "$GEOM" -k de -a 16 -r sound:off "$SERVER"' % (ruser(r), S("sh")))


@P("mstsc", "rdp-credential")
def t_cmdkey_bat(r, S):
    host = rhost(r)
    return ch(r, ["deploy/rdp/connect-%s.bat", "scripts/windows/open_%s.cmd"]) % host.split(".")[0], J(
        "@echo off", "REM Store credentials for the terminal server, then launch mstsc",
        "set TS=%s" % host, 'cmdkey /generic:TERMSRV/%%TS%% /user:%s /pass:%s' % (rdomuser(r), S("bat")),
        "start mstsc /v:%TS% /f", "timeout /t 20 >nul", "cmdkey /delete:TERMSRV/%TS%")


@P("mstsc", "rdp-credential")
def t_cmdkey_ps(r, S):
    host = rhost(r)
    return ch(r, ["tools/Connect-Rds.ps1", "scripts/Start-RdpSession.ps1"]), J(
        "param(", "    [string]$Server = '%s'," % host, "    [switch]$FullScreen", ")", "",
        "$user = '%s'" % rdomuser(r),
        "$pass = \"%s\"" % S("ps"),
        "cmdkey.exe /generic:\"TERMSRV/$Server\" /user:$user /pass:$pass | Out-Null",
        "$args = @(\"/v:$Server\")", "if ($FullScreen) { $args += '/f' }",
        "Start-Process mstsc.exe -ArgumentList $args")


# ---- mRemoteNG / Royal TS / Devolutions / Termius / MobaXterm
@P("mremoteng", "exported-password")
def t_mremoteng_csv(r, S):
    rows = []
    target = r.randrange(3)
    for i in range(3):
        pw = S("csv") if i == target else ""
        rows.append("%s;%s;%s;%s;%s;RDP;3389;%s" % (
            rsess(r) + " %d" % i, ch(r, ["Servers", "Branch/%s" % rshorthost(r)]), ruser(r), pw,
            ch(r, ["CORP", ""]), rhost(r)))
    return ch(r, ["exports/mremoteng-connections.csv", "it/mRemoteNG/export.csv"]), J(
        "Name;Parent;Username;Password;Domain;Protocol;Port;Hostname", *rows)


@P("royalts", "dynamic-folder-password")
def t_royal_dynfolder(r, S):
    objs = [
        {"Type": "RemoteDesktopConnection", "Name": rsess(r), "ComputerName": rhost(r),
         "Username": rdomuser(r), "Password": "@@SLOT@@", "Path": ch(r, ["Servers", "Lab"])},
        {"Type": "TerminalConnection", "TerminalConnectionType": "SSH", "Name": rsess(r),
         "ComputerName": rip(r), "Username": ruser(r), "Path": "Linux"},
    ]
    txt = json.dumps({"Objects": objs}, indent=2).replace("@@SLOT@@", S("json"))
    return ch(r, ["royalts/dynamic-folder-output.json", "scripts/royal/df_result.json"]), txt + "\n"


@P("royalts", "credential-password")
def t_royal_ps(r, S):
    return ch(r, ["royal/New-LabDocument.ps1", "tools/royalts/build-doc.ps1"]), J(
        "Import-Module RoyalDocument.PowerShell", "$store = New-RoyalStore -UserName $env:USERNAME",
        "$doc = New-RoyalDocument -Name 'Lab' -FileName \"$PWD\\lab.rtsz\" -Store $store",
        "$cred = New-RoyalObject -Folder $doc -Type RoyalCredential -Name '%s'" % ruser(r),
        "Set-RoyalObjectValue -Object $cred -Property UserName -Value '%s'" % rdomuser(r),
        "Set-RoyalObjectValue -Object $cred -Property Password -Value \"%s\"" % S("ps"),
        "$rdp = New-RoyalObject -Folder $doc -Type RoyalRDSConnection -Name '%s'" % rsess(r),
        "Set-RoyalObjectValue -Object $rdp -Property URI -Value '%s'" % rhost(r),
        "Out-RoyalDocument -Document $doc")


@P("devolutions-rdm", "session-password")
def t_rdm_ps(r, S):
    return ch(r, ["rdm/Import-Sessions.ps1", "scripts/rdm/seed.ps1"]), J(
        "Import-Module Devolutions.PowerShell", "Set-RDMCurrentDataSource -ID '%s'" % ruuid(r), "",
        "$s = New-RDMSession -Name '%s' -Type RDPConfigured -Host '%s'" % (rsess(r), rhost(r)),
        "Set-RDMSessionUsername -ID $s.ID -UserName '%s'" % ruser(r),
        "Set-RDMSessionDomain -ID $s.ID -Domain '%s'" % ch(r, ["CORP", "ACME"]),
        "$pw = ConvertTo-SecureString \"%s\" -AsPlainText -Force" % S("ps"),
        "Set-RDMSessionPassword -ID $s.ID -Password $pw", "Set-RDMSession $s -Refresh")


@P("termius", "host-password")
def t_termius(r, S):
    return "scripts/termius-seed.sh", J(
        "#!/usr/bin/env bash", "# seed Termius vault for the on-call laptop", "set -e",
        "termius init --username oncall@%s" % ch(r, DOMAINS),
        "termius group --label %s" % ch(r, ["prod", "lab", "branch"]),
        "termius host --label '%s' --address %s --port 22 --username %s --password '%s'" % (
            rsess(r), rhost(r), ruser(r), S("sh")),
        "termius push")


# ---- PuTTY / KiTTY
@P("putty", "proxy-password")
def t_putty_reg(r, S):
    sess = rsess(r).replace(" ", "%20")
    return ch(r, ["tools/putty/sessions.reg", "windows/putty-%s.reg"]).replace("%s", rshorthost(r)), "\r\n".join([
        "Windows Registry Editor Version 5.00", "",
        "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]" % sess,
        '"HostName"="%s"' % rhost(r), '"PortNumber"=dword:00000016', '"Protocol"="ssh"',
        '"UserName"="%s"' % ruser(r), '"ProxyMethod"=dword:00000003',
        '"ProxyHost"="proxy.%s"' % ch(r, DOMAINS), '"ProxyPort"=dword:00000c38',
        '"ProxyUsername"="%s"' % ruser(r), '"ProxyPassword"="%s"' % S("reg"),
        '"ProxyDNS"=dword:00000001', '"TerminalType"="xterm"', '"Compression"=dword:00000000', ""]) + "\r\n"


@P("putty", "ssh-password")
def t_plink_bat(r, S):
    return ch(r, ["scripts/restart-service.bat", "ops/win/rotate_logs.cmd"]), J(
        "@echo off", "setlocal", "set HOST=%s" % rhost(r), "set PLINK=\"C:\\Program Files\\PuTTY\\plink.exe\"",
        "%%PLINK%% -batch -ssh %s@%%HOST%% -pw %s -hostkey %s \"sudo systemctl restart %s\"" % (
            ruser(r), S("bat"), fp_sha256(ssh_ed25519_pub(r)[1]), ch(r, ["nginx", "tomcat", "app"])),
        "if errorlevel 1 echo restart failed & exit /b 1", "endlocal")


@P("putty", "scp-password")
def t_pscp_bat(r, S):
    return ch(r, ["backup/pull-dumps.bat", "scripts/nightly_copy.cmd"]), J(
        "@echo off", "REM nightly copy of database dumps", "set DEST=D:\\Backups\\%date:~-4%",
        "mkdir %DEST% 2>nul",
        "pscp.exe -batch -pw %s %s@%s:/var/backups/*.sql.gz %%DEST%%\\" % (S("bat"), ruser(r), rip(r)),
        "forfiles /p D:\\Backups /d -14 /c \"cmd /c rd /s /q @path\"")


@P("kitty", "ssh-password")
def t_kitty(r, S):
    return ch(r, ["support/kitty-shortcuts.bat", "tools/kitty/open-router.cmd"]), J(
        "@echo off", "REM KiTTY portable launcher for the branch routers",
        "cd /d %~dp0", "start \"\" kitty_portable.exe -ssh %s@%s -P %d -pw %s -title \"%s\"" % (
            ruser(r), rip(r), ch(r, [22, 2222, 22022]), S("bat"), rsess(r)))


# ---- WinSCP
@P("winscp", "sftp-password-url")
def t_winscp_script(r, S):
    return ch(r, ["transfer/upload.winscp.txt", "scripts/winscp/sync.txt"]), J(
        "option batch abort", "option confirm off",
        'open sftp://%s:%s@%s/ -hostkey="%s"' % (ruser(r), S("url"), rhost(r), winscp_hostkey(r)),
        "cd /incoming", "option transfer binary", "put -neweronly D:\\export\\*.csv", "close", "exit")


@P("winscp", "ftp-password-url")
def t_winscp_bat(r, S):
    return ch(r, ["jobs/push-reports.bat", "ops/ftp_publish.cmd"]), J(
        "@echo off", "\"C:\\Program Files (x86)\\WinSCP\\WinSCP.com\" ^",
        "  /log=\"%TEMP%\\winscp-reports.log\" /ini=nul ^",
        "  /command ^",
        "    \"open ftpes://%s:%s@%s/\" ^" % (ruser(r), S("url"), rhost(r)),
        "    \"lcd C:\\Reports\\out\" \"cd /reports\" \"put *.pdf\" \"exit\"",
        "set WINSCP_RESULT=%ERRORLEVEL%", "exit /b %WINSCP_RESULT%")


@P("winscp", "sftp-password")
def t_winscp_password_switch(r, S):
    return "scripts/winscp/partner-download.txt", J(
        "# WinSCP script - partner drop box", "option batch abort",
        "open sftp://%s@%s/ -password=\"%s\" -hostkey=\"%s\" -rawsettings ProxyMethod=0" % (
            ruser(r), rhost(r), S("url"), winscp_hostkey(r)),
        "get /outbox/*.xml C:\\Inbox\\", "rm /outbox/*.xml", "exit")


@P("winscp", "sftp-password")
def t_winscp_net(r, S):
    return ch(r, ["automation/Sync-Partner.ps1", "scripts/Upload-Invoices.ps1"]), J(
        "Add-Type -Path 'C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll'", "",
        "$sessionOptions = New-Object WinSCP.SessionOptions -Property @{",
        "    Protocol = [WinSCP.Protocol]::Sftp", "    HostName = '%s'" % rhost(r),
        "    UserName = '%s'" % ruser(r), "    Password = \"%s\"" % S("ps"),
        "    SshHostKeyFingerprint = '%s'" % winscp_hostkey(r), "}", "",
        "$session = New-Object WinSCP.Session", "try {", "    $session.Open($sessionOptions)",
        "    $session.PutFiles('C:\\out\\*', '/upload/').Check()", "} finally {", "    $session.Dispose()", "}")


# ---- FileZilla
@P("filezilla", "ftp-password-base64")
def t_filezilla_site(r, S):
    val = S("b64")
    pass_line = '\t\t\t<Pass encoding="base64">%s</Pass>' % val if val else '\t\t\t<Pass encoding="base64" />'
    return ch(r, ["filezilla/sitemanager.xml", "backup/appdata/FileZilla/sitemanager.xml"]), J(
        '<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.%d" platform="windows">' % (
            r.randrange(55, 68), r.randrange(0, 6)),
        "\t<Servers>", "\t\t<Server>", "\t\t\t<Host>%s</Host>" % rhost(r), "\t\t\t<Port>%d</Port>" % ch(r, [21, 22, 990]),
        "\t\t\t<Protocol>%d</Protocol>" % ch(r, [0, 1, 4]), "\t\t\t<Type>0</Type>",
        "\t\t\t<User>%s</User>" % ruser(r), pass_line, "\t\t\t<Logontype>1</Logontype>",
        "\t\t\t<PasvMode>MODE_DEFAULT</PasvMode>", "\t\t\t<EncodingType>Auto</EncodingType>",
        "\t\t\t<BypassProxy>0</BypassProxy>", "\t\t\t<Name>%s</Name>" % rsess(r),
        "\t\t\t<SyncBrowsing>0</SyncBrowsing>", "\t\t</Server>", "\t</Servers>", "</FileZilla3>")


@P("filezilla", "ftp-password-base64")
def t_filezilla_recent(r, S):
    val = S("b64")
    return ".config/filezilla/recentservers.xml", J(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>', '<FileZilla3 version="3.6%d.1" platform="*nix">' % r.randrange(0, 8),
        "    <RecentServers>", "        <Server>", "            <Host>%s</Host>" % rip(r),
        "            <Port>21</Port>", "            <Protocol>0</Protocol>", "            <Type>0</Type>",
        "            <User>%s</User>" % ruser(r), '            <Pass encoding="base64">%s</Pass>' % val,
        "            <Logontype>1</Logontype>", "            <EncodingType>Auto</EncodingType>",
        "            <BypassProxy>0</BypassProxy>", "        </Server>", "    </RecentServers>", "</FileZilla3>")


@P("filezilla", "ftp-password")
def t_filezilla_old(r, S):
    return "legacy/FileZilla/sitemanager.xml", J(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>', '<FileZilla3>', "    <Servers>",
        '        <Folder expanded="1">%s' % ch(r, ["Kunden", "Clients", "Hosting"]), "            <Server>",
        "                <Host>ftp.%s</Host>" % ch(r, DOMAINS), "                <Port>21</Port>",
        "                <Protocol>0</Protocol>", "                <Type>0</Type>",
        "                <User>%s</User>" % ruser(r), "                <Pass>%s</Pass>" % S("xml"),
        "                <Logontype>1</Logontype>", "                <TimezoneOffset>0</TimezoneOffset>",
        "                <Name>%s</Name>" % rsess(r), "            </Server>", "        </Folder>",
        "    </Servers>", "</FileZilla3>")


# ---- Cyberduck
@P("cyberduck", "ftp-password")
def t_duck(r, S):
    return ch(r, ["ci/publish-docs.sh", "scripts/mirror-assets.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", "# upload the static site with Cyberduck CLI",
        "duck --username %s --password '%s' --existing overwrite \\" % (ruser(r), S("sh")),
        "     --upload sftp://%s/var/www/%s/ ./public/" % (rhost(r), ch(r, ["docs", "static", "html"])))


# ---- VNC
@P("x11vnc", "vnc-password")
def t_x11vnc_unit(r, S):
    return ch(r, ["deploy/systemd/x11vnc.service", "etc/systemd/system/x11vnc.service"]), J(
        "[Unit]", "Description=x11vnc remote desktop for the shop-floor display",
        "After=display-manager.service network.target", "", "[Service]", "Type=simple",
        "ExecStart=/usr/bin/x11vnc -display :0 -auth guess -forever -shared -rfbport 5900 -passwd %s" % S("vnc"),
        "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target")


@P("x11vnc", "vnc-password")
def t_x11vnc_store(r, S):
    return ch(r, ["provision/vnc.sh", "ansible/files/setup-vnc.sh"]), J(
        "#!/bin/bash", "set -e", "apt-get install -y x11vnc", "mkdir -p /etc/x11vnc",
        "x11vnc -storepasswd %s /etc/x11vnc/passwd" % S("vnc"),
        "chmod 600 /etc/x11vnc/passwd", "systemctl enable --now x11vnc")


@P("tigervnc", "vnc-password")
def t_vncpasswd_docker(r, S):
    return ch(r, ["docker/desktop/Dockerfile", "images/vnc-desktop/Dockerfile"]), J(
        "FROM ubuntu:22.04", "ENV DEBIAN_FRONTEND=noninteractive",
        "RUN apt-get update && apt-get install -y --no-install-recommends tigervnc-standalone-server xfce4 \\",
        "    && rm -rf /var/lib/apt/lists/*", "RUN useradd -m -s /bin/bash desk", "USER desk",
        "RUN mkdir -p /home/desk/.vnc && echo '%s' | vncpasswd -f > /home/desk/.vnc/passwd \\" % S("vnc"),
        "    && chmod 600 /home/desk/.vnc/passwd", "EXPOSE 5901",
        'CMD ["vncserver", ":1", "-fg", "-localhost", "no", "-geometry", "1600x900"]')


@P("tightvnc", "vnc-password")
def t_tightvnc_msi(r, S):
    return ch(r, ["gpo/install-tightvnc.bat", "deploy/win/tightvnc_silent.cmd"]), J(
        "@echo off", "REM silent TightVNC install for the lab PCs",
        "msiexec /i \"%%~dp0tightvnc-2.8.%d-gpl-setup-64bit.msi\" /quiet /norestart ^" % r.randrange(20, 86),
        "  ADDLOCAL=Server SERVER_REGISTER_AS_SERVICE=1 SERVER_ADD_FIREWALL_EXCEPTION=1 ^",
        "  SET_USEVNCAUTHENTICATION=1 VALUE_OF_USEVNCAUTHENTICATION=1 ^",
        "  SET_PASSWORD=1 VALUE_OF_PASSWORD=%s ^" % S("vnc"),
        "  SET_USECONTROLAUTHENTICATION=0")


@P("docker-vnc", "vnc-password")
def t_compose_vnc(r, S):
    img = ch(r, ["selenium/standalone-chrome:4.21", "consol/ubuntu-xfce-vnc:latest", "dorowu/ubuntu-desktop-lxde-vnc"])
    var = {"selenium/standalone-chrome:4.21": "SE_VNC_PASSWORD"}.get(img, "VNC_PW" if "consol" in img else "VNC_PASSWORD")
    return ch(r, ["docker-compose.yml", "e2e/docker-compose.yaml", "dev/compose.yaml"]), J(
        "services:", "  desktop:", "    image: %s" % img, "    shm_size: 2gb", "    ports:",
        '      - "5901:5901"', '      - "6901:6901"', "    environment:",
        "      - VNC_RESOLUTION=1600x900", "      - %s=%s" % (var, S("yaml")), "    restart: unless-stopped")


@P("nomachine", "login-password")
def t_nomachine_docker(r, S):
    u = ruser(r).split(".")[0]
    return "docker/nomachine/Dockerfile", J(
        "FROM debian:bookworm", "RUN apt-get update && apt-get install -y xfce4 curl sudo && rm -rf /var/lib/apt/lists/*",
        "RUN curl -fsSLo /tmp/nomachine.deb https://download.nomachine.com/download/8.11/Linux/nomachine_8.11.3_4_amd64.deb \\",
        "    && dpkg -i /tmp/nomachine.deb && rm /tmp/nomachine.deb",
        "RUN useradd -m -s /bin/bash %s && echo '%s:%s' | chpasswd && adduser %s sudo" % (u, u, S("sh"), u),
        "EXPOSE 4000", 'CMD ["/etc/NX/nxserver", "--startup"]')


# ---- TeamViewer / AnyDesk / RustDesk
@P("teamviewer", "unattended-password")
def t_teamviewer_linux(r, S):
    return ch(r, ["provision/teamviewer-host.sh", "scripts/install_teamviewer.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail",
        "wget -q https://download.teamviewer.com/download/linux/teamviewer-host_amd64.deb -O /tmp/tv.deb",
        "apt-get install -y /tmp/tv.deb", "teamviewer daemon enable",
        "teamviewer passwd '%s'" % S("sh"), "teamviewer info | grep 'TeamViewer ID'")


@P("teamviewer", "unattended-password")
def t_teamviewer_ansible(r, S):
    return ch(r, ["roles/teamviewer/tasks/main.yml", "ansible/roles/remote-support/tasks/main.yml"]), J(
        "---", "- name: Install TeamViewer host", "  ansible.builtin.apt:",
        "    deb: https://download.teamviewer.com/download/linux/teamviewer-host_amd64.deb", "",
        "- name: Set unattended access password", "  ansible.builtin.command: teamviewer passwd %s" % S("yaml"),
        "  no_log: true", "  changed_when: false", "", "- name: Enable daemon",
        "  ansible.builtin.command: teamviewer daemon enable")


@P("anydesk", "unattended-password")
def t_anydesk_bat(r, S):
    return ch(r, ["deploy/anydesk/install.bat", "rmm/anydesk_setup.cmd"]), J(
        "@echo off", "REM install AnyDesk silently and set the unattended access password",
        "\"%~dp0AnyDesk.exe\" --install \"C:\\Program Files (x86)\\AnyDesk\" --start-with-win --silent --create-shortcuts",
        "timeout /t 10 >nul",
        "echo %s | \"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --set-password" % S("bat"),
        "for /f \"delims=\" %%i in ('\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --get-id') do set ID=%%i",
        "echo AnyDesk ID is: %ID%")


@P("anydesk", "unattended-password")
def t_anydesk_linux(r, S):
    return ch(r, ["scripts/anydesk-unattended.sh", "provision/anydesk.sh"]), J(
        "#!/bin/bash", "# AnyDesk on the signage boxes", "set -e",
        "apt-get install -y anydesk", "systemctl enable --now anydesk", "sleep 3",
        "echo \"%s\" | anydesk --set-password" % S("sh"), "anydesk --get-id > /var/lib/signage/anydesk.id")


@P("anydesk", "unattended-password")
def t_anydesk_ps(r, S):
    return "intune/AnyDesk-Install.ps1", J(
        "$ErrorActionPreference = 'Stop'", "$exe = \"${env:ProgramFiles(x86)}\\AnyDesk\\AnyDesk.exe\"",
        "Start-Process -FilePath \"$PSScriptRoot\\AnyDesk.exe\" -ArgumentList '--install', \"`\"$(Split-Path $exe)`\"\", '--start-with-win', '--silent' -Wait",
        "Start-Sleep -Seconds 8", "$unattended = \"%s\"" % S("ps"),
        "$unattended | & $exe --set-password", "& $exe --get-id")


def rustdesk_cfg(r):
    h = "rd.%s" % ch(r, DOMAINS)
    js = json.dumps({"host": h, "key": rb64(r, 32), "api": "https://%s" % h}, separators=(",", ":"))
    return base64.b64encode(js.encode()).decode().rstrip("=")[::-1]


@P("rustdesk", "permanent-password")
def t_rustdesk_ps(r, S):
    return ch(r, ["deploy/rustdesk/install.ps1", "scripts/RustDesk-Deploy.ps1"]), J(
        "$ErrorActionPreference = 'SilentlyContinue'",
        "$rustdesk_cfg = \"%s\"" % rustdesk_cfg(r), "",
        "Start-Process .\\rustdesk.exe -ArgumentList '--silent-install' -Wait", "Start-Sleep -Seconds 10",
        "cd $env:ProgramFiles\\RustDesk", ".\\rustdesk.exe --config $rustdesk_cfg",
        ".\\rustdesk.exe --password %s" % S("ps"), "$id = .\\rustdesk.exe --get-id | Write-Output",
        "Write-Output \"RustDesk ID: $id\"")


@P("rustdesk", "permanent-password")
def t_rustdesk_linux(r, S):
    return ch(r, ["scripts/rustdesk-client.sh", "provision/rustdesk.sh"]), J(
        "#!/bin/bash", "set -e", "apt-get install -y ./rustdesk-1.2.%d-x86_64.deb" % r.randrange(1, 7),
        "systemctl restart rustdesk", "sleep 5",
        "rustdesk --option custom-rendezvous-server %s" % rhost(r),
        "rustdesk --password '%s'" % S("sh"), "rustdesk --get-id")


@P("rustdesk", "server-private-key")
def t_rustdesk_k8s(r, S):
    pubraw = rbytes(r, 32)
    pub = base64.b64encode(pubraw).decode()
    key = S("rdkey")
    if S.pos:  # ed25519 secret key layout: 32-byte seed followed by the 32-byte public key
        key = base64.b64encode(base64.b64decode(key)[:32] + pubraw).decode()
        S.needle = key
    return ch(r, ["k8s/rustdesk/secret.yaml", "deploy/rustdesk-server/keys.yaml"]), J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: rustdesk-keys", "  namespace: remote-support",
        "type: Opaque", "stringData:", "  id_ed25519.pub: %s" % pub, "  id_ed25519: %s" % key)


# ---- Apache Guacamole
@P("guacamole", "user-password")
def t_guac_usermap(r, S):
    u = ruser(r)
    return ch(r, ["guacamole/user-mapping.xml", "etc/guacamole/user-mapping.xml", "docker/guac/user-mapping.xml"]), J(
        "<user-mapping>", "", "    <!-- helpdesk login for the lab desktops -->",
        '    <authorize username="%s" password="%s">' % (u, S("xml")),
        '        <connection name="%s">' % rsess(r), "            <protocol>rdp</protocol>",
        '            <param name="hostname">%s</param>' % rip(r), '            <param name="port">3389</param>',
        '            <param name="ignore-cert">true</param>', '            <param name="security">nla</param>',
        '            <param name="username">${GUAC_USERNAME}</param>', '            <param name="password">${GUAC_PASSWORD}</param>',
        "        </connection>", "    </authorize>", "", "</user-mapping>")


@P("guacamole", "connection-password")
def t_guac_param(r, S):
    return ch(r, ["guacamole/user-mapping.xml", "ansible/roles/guacamole/files/user-mapping.xml"]), J(
        "<user-mapping>",
        '    <authorize username="%s" password="%s" encoding="sha256">' % (ruser(r), hashlib.sha256(rbytes(r, 12)).hexdigest()),
        '        <connection name="%s">' % rsess(r), "            <protocol>vnc</protocol>",
        '            <param name="hostname">%s</param>' % rhost(r), '            <param name="port">5900</param>',
        '            <param name="password">%s</param>' % S("xml"), "        </connection>",
        '        <connection name="%s">' % rsess(r), "            <protocol>ssh</protocol>",
        '            <param name="hostname">%s</param>' % rip(r), '            <param name="private-key">${HOME}/.ssh/id_guac</param>',
        "        </connection>", "    </authorize>", "</user-mapping>")


@P("guacamole", "connection-password")
def t_guac_api_json(r, S):
    d = {"parentIdentifier": "ROOT", "name": rsess(r), "protocol": "rdp",
         "parameters": {"hostname": rhost(r), "port": "3389", "username": ruser(r), "password": "@@SLOT@@",
                        "domain": ch(r, ["CORP", "ACME"]), "security": "any", "ignore-cert": "true",
                        "enable-wallpaper": "false"},
         "attributes": {"max-connections": "", "max-connections-per-user": "", "guacd-hostname": "guacd"}}
    txt = json.dumps(d, indent=2).replace("@@SLOT@@", S("json"))
    return ch(r, ["guacamole/connections/%s.json", "provision/guac/conn-%s.json"]) % rshorthost(r), txt + "\n"


@P("guacamole", "database-password")
def t_guac_props(r, S):
    return ch(r, ["guacamole/guacamole.properties", "etc/guacamole/guacamole.properties"]), J(
        "# Guacamole web application", "guacd-hostname: guacd", "guacd-port: 4822", "",
        "# MySQL authentication", "mysql-hostname: %s" % ch(r, ["mysql", "db.internal", rip(r)]),
        "mysql-port: 3306", "mysql-database: guacamole_db", "mysql-username: guacamole_user",
        "mysql-password: %s" % S("ini"), "mysql-auto-create-accounts: true", "",
        "totp-issuer: %s" % ch(r, ["ACME Remote", "Northwind Access"]))


@P("guacamole", "connection-password")
def t_guac_sql(r, S):
    cid = r.randrange(2, 90)
    return ch(r, ["db/guacamole/seed-connections.sql", "initdb/003-connections.sql"]), J(
        "-- seed connections for the branch desktops",
        "INSERT INTO guacamole_connection (connection_name, protocol) VALUES ('%s', 'rdp');" % rsess(r),
        "SET @cid = LAST_INSERT_ID();", "",
        "INSERT INTO guacamole_connection_parameter (connection_id, parameter_name, parameter_value) VALUES",
        "    (@cid, 'hostname', '%s')," % rhost(r), "    (@cid, 'port', '3389'),",
        "    (@cid, 'username', '%s')," % ruser(r), "    (@cid, 'password', '%s')," % S("sql"),
        "    (@cid, 'ignore-cert', 'true');", "",
        "-- connection %d is the fallback VNC console" % cid)


@P("guacamole", "user-password")
def t_guac_py_api(r, S):
    return ch(r, ["tools/guac_sync.py", "scripts/guacamole_export.py"]), J(
        "import requests", "", "GUAC = \"https://%s/guacamole\"" % rhost(r), "",
        "def token():", "    resp = requests.post(f\"{GUAC}/api/tokens\", data={",
        "        \"username\": \"%s\"," % ch(r, ["guacadmin", "svc_sync", "automation"]),
        "        \"password\": %s," % S("py"), "    }, timeout=10)", "    resp.raise_for_status()",
        "    return resp.json()[\"authToken\"]", "", "",
        "def connections(tok):",
        "    r = requests.get(f\"{GUAC}/api/session/data/mysql/connections\", params={\"token\": tok}, timeout=10)",
        "    return r.json()", "", "", "if __name__ == \"__main__\":", "    print(len(connections(token())))")


# ---- SSH password automation
@P("sshpass", "ssh-password")
def t_sshpass_deploy(r, S):
    host = rhost(r)
    return ch(r, ["deploy.sh", "scripts/deploy.sh", "bin/release.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", "", "TARGET=%s@%s" % (ruser(r), host),
        "APP_DIR=/opt/%s" % ch(r, ["shop", "portal", "billing"]), "",
        "tar czf /tmp/release.tgz -C build .",
        "sshpass -p '%s' scp -o StrictHostKeyChecking=no /tmp/release.tgz \"$TARGET:/tmp/\"" % S("sh"),
        "ssh \"$TARGET\" \"tar xzf /tmp/release.tgz -C $APP_DIR && sudo systemctl restart app\"")


@P("sshpass", "ssh-password")
def t_sshpass_gha(r, S):
    return ".github/workflows/%s.yml" % ch(r, ["deploy", "publish", "release"]), J(
        "name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:",
        "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
        "      - run: sudo apt-get install -y sshpass", "      - name: Copy build",
        "        run: |", "          npm ci && npm run build",
        "          sshpass -p \"%s\" rsync -az -e 'ssh -o StrictHostKeyChecking=no' dist/ %s@%s:/var/www/app/" % (
            S("sh"), ruser(r), rhost(r)))


@P("sshpass", "ssh-password")
def t_sshpass_env(r, S):
    return ch(r, ["ops/backup-switches.sh", "net/collect-configs.sh"]), J(
        "#!/bin/bash", "# pull running-config from the access switches",
        "export SSHPASS='%s'" % S("sh"), "OUT=/srv/netbackup/$(date +%F)", "mkdir -p \"$OUT\"",
        "for sw in %s; do" % " ".join(rip(r) for _ in range(3)),
        "  sshpass -e ssh -o StrictHostKeyChecking=no %s@\"$sw\" 'show running-config' > \"$OUT/$sw.cfg\"" % ch(r, ["netops", "admin", "backup"]),
        "done")


@P("sshpass", "ssh-password")
def t_sshpass_make(r, S):
    return "Makefile", J(
        "HOST ?= %s" % rip(r), "USER ?= %s" % ch(r, ["pi", "root", "debian"]), "",
        ".PHONY: build flash logs", "build:", "\tcargo build --release --target armv7-unknown-linux-gnueabihf", "",
        "flash: build",
        "\tsshpass -p %s scp target/armv7-unknown-linux-gnueabihf/release/sensor $(USER)@$(HOST):/usr/local/bin/" % S("mk"), "",
        "logs:", "\tssh $(USER)@$(HOST) journalctl -fu sensor")


@P("expect", "ssh-password")
def t_expect(r, S):
    return ch(r, ["scripts/login.exp", "tools/reboot-ups.exp", "net/save-config.exp"]), J(
        "#!/usr/bin/expect -f", "set timeout 20", "set host [lindex $argv 0]",
        "spawn ssh -o StrictHostKeyChecking=no %s@$host" % ruser(r),
        "expect {", "    \"yes/no\" { send \"yes\\r\"; exp_continue }", "    \"assword:\"", "}",
        "send \"%s\\r\"" % S("exp"), "expect \"$ \"", "send \"uptime\\r\"", "expect \"$ \"", "send \"exit\\r\"", "expect eof")


@P("expect", "sftp-password")
def t_expect_heredoc(r, S):
    return ch(r, ["cron/fetch-reports.sh", "jobs/partner_pull.sh"]), J(
        "#!/bin/bash", "# partner only supports password auth on their SFTP", "cd /data/inbound",
        "/usr/bin/expect <<'EOF'", "set timeout 60", "spawn sftp -oPort=%d %s@%s" % (ch(r, [22, 2222]), ruser(r), rhost(r)),
        "expect \"password:\"", "send \"%s\\r\"" % S("exp"), "expect \"sftp>\"", "send \"mget /out/*.csv\\r\"",
        "expect \"sftp>\"", "send \"bye\\r\"", "expect eof", "EOF")


@P("paramiko", "ssh-password")
def t_paramiko(r, S):
    return ch(r, ["tools/remote_exec.py", "app/tasks/ssh_client.py", "scripts/collect_logs.py"]), J(
        "import paramiko", "", "", "def run(cmd, host=\"%s\"):" % rhost(r),
        "    client = paramiko.SSHClient()", "    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
        "    client.connect(host, port=22, username=\"%s\", password=%s, timeout=15)" % (ruser(r), S("py")),
        "    try:", "        _, out, err = client.exec_command(cmd)", "        return out.read().decode(), err.read().decode()",
        "    finally:", "        client.close()", "", "", "if __name__ == \"__main__\":", "    print(run(\"df -h\")[0])")


@P("pexpect", "ssh-password")
def t_pexpect(r, S):
    return ch(r, ["scripts/console_reset.py", "lab/serial_over_ssh.py"]), J(
        "import pexpect", "import sys", "", "HOST = \"%s\"" % rip(r), "",
        "child = pexpect.spawn(f\"ssh %s@{HOST}\", encoding=\"utf-8\", timeout=30)" % ruser(r),
        "child.logfile_read = sys.stdout", "child.expect(\"[Pp]assword:\")", "child.sendline(%s)" % S("py"),
        "child.expect(r\"\\$ \")", "child.sendline(\"sudo reboot\")", "child.expect(pexpect.EOF)")


@P("netmiko", "ssh-password")
def t_netmiko(r, S):
    return ch(r, ["netops/backup_configs.py", "automation/switch_audit.py"]), J(
        "from netmiko import ConnectHandler", "", "DEVICE = {",
        "    \"device_type\": \"%s\"," % ch(r, ["cisco_ios", "juniper_junos", "arista_eos"]),
        "    \"host\": \"%s\"," % rip(r), "    \"username\": \"%s\"," % ch(r, ["netops", "admin"]),
        "    \"password\": %s," % S("py"), "    \"port\": 22,", "}", "",
        "with ConnectHandler(**DEVICE) as conn:", "    print(conn.send_command(\"show version\"))")


@P("ansible", "ssh-password")
def t_ansible_inv(r, S):
    return ch(r, ["inventory/hosts.ini", "ansible/inventories/lab/hosts"]), J(
        "[kiosks]", *["kiosk%02d ansible_host=%s" % (i, rip(r)) for i in range(1, 4)], "",
        "[kiosks:vars]", "ansible_user=%s" % ch(r, ["kiosk", "pi"]), "ansible_ssh_pass=%s" % S("ini"),
        "ansible_python_interpreter=/usr/bin/python3")


@P("jenkins", "ssh-password")
def t_jenkinsfile(r, S):
    return "Jenkinsfile", J(
        "pipeline {", "  agent any", "  stages {", "    stage('Build') { steps { sh './gradlew bootJar' } }",
        "    stage('Deploy') {", "      steps {",
        "        sh \"sshpass -p '%s' scp build/libs/app.jar %s@%s:/opt/app/\"" % (S("sh"), ruser(r), rhost(r)),
        "      }", "    }", "  }", "}")


@P("jsch", "ssh-password")
def t_jsch(r, S):
    return "src/main/java/com/acme/transfer/SftpUploader.java", J(
        "package com.acme.transfer;", "", "import com.jcraft.jsch.ChannelSftp;", "import com.jcraft.jsch.JSch;",
        "import com.jcraft.jsch.Session;", "", "public class SftpUploader {",
        "    public void upload(String local, String remote) throws Exception {",
        "        JSch jsch = new JSch();",
        "        Session session = jsch.getSession(\"%s\", \"%s\", 22);" % (ruser(r), rhost(r)),
        "        session.setPassword(%s);" % S("java"), "        session.setConfig(\"StrictHostKeyChecking\", \"no\");",
        "        session.connect(10000);", "        ChannelSftp sftp = (ChannelSftp) session.openChannel(\"sftp\");",
        "        sftp.connect();", "        sftp.put(local, remote);", "        sftp.disconnect();",
        "        session.disconnect();", "    }", "}")


@P("golang-ssh", "ssh-password")
def t_go_ssh(r, S):
    return ch(r, ["internal/remote/client.go", "pkg/sshexec/exec.go"]), J(
        "package remote", "", "import (", "\t\"time\"", "", "\t\"golang.org/x/crypto/ssh\"", ")", "",
        "func Dial(addr string) (*ssh.Client, error) {", "\tcfg := &ssh.ClientConfig{",
        "\t\tUser:            \"%s\"," % ruser(r), "\t\tAuth:            []ssh.AuthMethod{ssh.Password(%s)}," % S("go"),
        "\t\tHostKeyCallback: ssh.InsecureIgnoreHostKey(),", "\t\tTimeout:         10 * time.Second,", "\t}",
        "\treturn ssh.Dial(\"tcp\", addr, cfg)", "}")


@P("ssh2-node", "ssh-password")
def t_node_ssh2(r, S):
    return ch(r, ["scripts/remote-restart.js", "src/lib/ssh.js"]), J(
        "const { Client } = require('ssh2');", "", "const conn = new Client();",
        "conn.on('ready', () => {", "  conn.exec('sudo systemctl restart kiosk', (err, stream) => {",
        "    if (err) throw err;", "    stream.on('close', () => conn.end()).pipe(process.stdout);", "  });",
        "}).connect({", "  host: '%s'," % rip(r), "  port: 22,", "  username: '%s'," % ruser(r),
        "  password: %s," % S("js"), "  readyTimeout: 20000,", "});")


@P("ssh.net", "ssh-password")
def t_csharp(r, S):
    return "src/Remote/ShellRunner.cs", J(
        "using Renci.SshNet;", "", "namespace Acme.Remote", "{", "    public static class ShellRunner", "    {",
        "        public static string Run(string command)", "        {",
        "            using var client = new SshClient(\"%s\", \"%s\", %s);" % (rhost(r), ruser(r), S("cs")),
        "            client.Connect();", "            var result = client.RunCommand(command).Result;",
        "            client.Disconnect();", "            return result;", "        }", "    }", "}")


@P("posh-ssh", "ssh-password")
def t_posh_ssh(r, S):
    return ch(r, ["scripts/Invoke-LinuxPatch.ps1", "ops/Restart-Appliance.ps1"]), J(
        "Import-Module Posh-SSH", "$secure = ConvertTo-SecureString \"%s\" -AsPlainText -Force" % S("ps"),
        "$cred = New-Object System.Management.Automation.PSCredential('%s', $secure)" % ruser(r),
        "$s = New-SSHSession -ComputerName '%s' -Credential $cred -AcceptKey" % rhost(r),
        "Invoke-SSHCommand -SessionId $s.SessionId -Command 'sudo apt-get -y upgrade'",
        "Remove-SSHSession -SessionId $s.SessionId | Out-Null")


@P("psexec", "windows-password")
def t_psexec(r, S):
    return ch(r, ["support/remote-gpupdate.bat", "tools/psexec_inventory.cmd"]), J(
        "@echo off", "for /f %%h in (hosts.txt) do (",
        "  psexec \\\\%%h -u %s -p %s -accepteula -nobanner gpupdate /force" % (rdomuser(r), S("bat")), ")")


@P("sshpass", "ssh-password")
def t_trace_log(r, S):
    host = rhost(r)
    lines = ["[%s] starting deploy #%d" % ("2024-0%d-1%dT0%d:1%d:22Z" % (r.randrange(1, 9), r.randrange(0, 9),
                                                                      r.randrange(0, 9), r.randrange(0, 9)), r.randrange(100, 999)),
             "+ cd /builds/web", "+ tar czf release.tgz dist",
             "+ sshpass -p %s scp release.tgz %s@%s:/tmp/" % (S("sh"), ruser(r), host),
             "+ ssh %s 'sudo /opt/app/bin/activate /tmp/release.tgz'" % host,
             "activated release %s" % rhex(r, 12), "deploy finished in %ds" % r.randrange(20, 200)]
    return ch(r, ["logs/deploy-%d.log" % r.randrange(1000, 9999), "ci/output/job.log"]), J(*lines)


# ---- FTP / SFTP clients
@P("ftplib", "ftp-password")
def t_ftplib(r, S):
    return ch(r, ["etl/upload_feed.py", "jobs/ftp_export.py"]), J(
        "from ftplib import FTP_TLS", "from pathlib import Path", "", "",
        "def push(path: Path) -> None:", "    ftps = FTP_TLS(\"%s\")" % ("ftp." + ch(r, DOMAINS)),
        "    ftps.login(\"%s\", %s)" % (ruser(r), S("py")), "    ftps.prot_p()", "    ftps.cwd(\"/incoming\")",
        "    with path.open(\"rb\") as fh:", "        ftps.storbinary(f\"STOR {path.name}\", fh)", "    ftps.quit()")


@P("lftp", "ftp-password")
def t_lftp(r, S):
    return ch(r, ["scripts/mirror-site.sh", "cron/lftp-mirror.sh"]), J(
        "#!/bin/sh", "# mirror the legacy hosting account",
        "lftp -u %s,%s -e \"set ftp:ssl-force true; mirror --reverse --delete ./public_html /htdocs; quit\" %s" % (
            ruser(r), S("lftp"), "ftp." + ch(r, DOMAINS)))


@P("curl", "ftp-password")
def t_curl_ftp(r, S):
    return ch(r, ["ci/upload-artifact.sh", "scripts/push_firmware.sh"]), J(
        "#!/usr/bin/env bash", "set -eu", "FILE=${1:-build/firmware.bin}",
        "curl --ftp-ssl --ftp-create-dirs -T \"$FILE\" -u %s:%s ftp://%s/firmware/" % (ruser(r), S("url"), rhost(r)))


@P("wget", "ftp-password")
def t_wget(r, S):
    return "scripts/fetch-dataset.sh", J(
        "#!/bin/bash", "mkdir -p data/raw && cd data/raw",
        "wget -q -r -nH --cut-dirs=2 --ftp-user=%s --ftp-password='%s' ftp://%s/pub/exports/" % (
            ruser(r), S("sh"), rhost(r)))


@P("netrc", "ftp-password")
def t_netrc(r, S):
    return ch(r, ["config/netrc", "ops/dotfiles/.netrc"]), J(
        "machine %s" % ("ftp." + ch(r, DOMAINS)), "  login %s" % ruser(r), "  password %s" % S("ini"), "",
        "machine %s" % rhost(r), "  login anonymous", "  password guest@")


@P("vscode-sftp", "sftp-password")
def t_vscode_sftp(r, S):
    d = {"name": rsess(r), "host": rhost(r), "protocol": "sftp", "port": 22, "username": ruser(r),
         "password": "@@SLOT@@", "remotePath": "/var/www/html", "uploadOnSave": True,
         "ignore": [".vscode", ".git", "node_modules"]}
    return ".vscode/sftp.json", json.dumps(d, indent=4).replace("@@SLOT@@", S("json")) + "\n"


@P("sublime-sftp", "ftp-password")
def t_sublime_sftp(r, S):
    return "sftp-config.json", J(
        "{", "    // sftp, ftp or ftps", "    \"type\": \"%s\"," % ch(r, ["sftp", "ftp"]), "",
        "    \"save_before_upload\": true,", "    \"upload_on_save\": false,", "    \"sync_down_on_open\": false,",
        "", "    \"host\": \"%s\"," % rhost(r), "    \"user\": \"%s\"," % ruser(r),
        "    \"password\": \"%s\"," % S("json"), "    \"port\": \"22\",", "",
        "    \"remote_path\": \"/home/%s/public_html/\"," % ruser(r), "    \"connect_timeout\": 30", "}")


# ---- proxies
@P("http-proxy", "proxy-password-url")
def t_proxy_profile(r, S):
    px = "proxy.%s:%d" % (ch(r, DOMAINS), ch(r, [3128, 8080, 8888]))
    return ch(r, ["etc/profile.d/proxy.sh", "provision/files/proxy.sh"]), J(
        "# corporate proxy for the jump hosts",
        "export http_proxy=\"http://%s:%s@%s\"" % (ruser(r), S("url"), px),
        "export https_proxy=\"$http_proxy\"", "export no_proxy=\"localhost,127.0.0.1,.%s\"" % ch(r, DOMAINS))


@P("ssh-proxy", "proxy-password")
def t_ssh_config_proxy(r, S):
    return ch(r, ["ssh/config", "dotfiles/ssh_config"]), J(
        "Host bastion", "    HostName %s" % rhost(r), "    User %s" % ruser(r), "    IdentityFile ~/.ssh/id_ed25519", "",
        "Host *.%s" % ch(r, DOMAINS),
        "    ProxyCommand ncat --proxy proxy.corp:3128 --proxy-type http --proxy-auth %s:%s %%h %%p" % (ruser(r), S("url")),
        "    ServerAliveInterval 30")


# ---- docs / inventories / env
@P("runbook", "ssh-password")
def t_runbook_md(r, S):
    return ch(r, ["docs/runbooks/jumpbox.md", "docs/oncall/remote-access.md", "wiki/branch-support.md"]), J(
        "# Remote access: %s" % rsess(r), "", "Use the jump host when the VPN is down.", "",
        "| Field | Value |", "|-------|-------|", "| Host | `%s` |" % rhost(r), "| Port | 22 |",
        "| User | `%s` |" % ruser(r), "| Password | `%s` |" % S("md"), "",
        "After login run `sudo -i` and check `systemctl status tunnel`.", "",
        "TeamViewer ID of the backup PC: %s" % rtvid(r))


@P("dotenv", "rdp-password")
def t_dotenv(r, S):
    return ch(r, [".env", "docker/.env"]), J(
        "COMPOSE_PROJECT_NAME=remote-lab", "RDP_HOST=%s" % rhost(r), "RDP_USER=%s" % ruser(r),
        "RDP_PASSWORD=%s" % S("ini"), "GUACD_PORT=4822")


@P("inventory-csv", "remote-password")
def t_inventory_csv(r, S):
    rows = ["site,hostname,ip,protocol,username,password,notes"]
    target = r.randrange(4)
    for i in range(4):
        pw = S("csv") if i == target else ""
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (
            ch(r, ["Berlin", "Leeds", "Austin", "Lyon"]), rshorthost(r), rip(r), ch(r, ["rdp", "vnc", "ssh"]),
            ruser(r) if pw else "", pw, ch(r, ["key auth", "see vault", "kiosk", ""]) if not pw else "front desk"))
    return ch(r, ["inventory/remote-sites.csv", "docs/assets/branch_hosts.csv"]), J(*rows)


@P("mobaxterm", "ssh-password")
def t_moba_macro(r, S):
    return "tools/mobaxterm/open-lab.bat", J(
        "@echo off", "REM opens a MobaXterm tab that logs into the lab box",
        "start \"\" \"C:\\Program Files (x86)\\Mobatek\\MobaXterm\\MobaXterm.exe\" -newtab \"sshpass -p %s ssh %s@%s\"" % (
            S("bat"), ruser(r), rip(r)))


@P("vnc-viewer", "vnc-password")
def t_vnc_toml(r, S):
    return ch(r, ["config/kiosk.toml", "signage/settings.toml"]), J(
        "[display]", "rotation = %d" % ch(r, [0, 90]), "url = \"https://%s/board\"" % rhost(r), "",
        "[remote]", "enabled = true", "vnc_port = 5900", "vnc_password = \"%s\"" % S("vnc"),
        "allow_view_only = false")


# ================================================================ look-alike negatives
def dpapi_hex(r, n=None):
    n = n or ch(r, [300, 460, 620, 1240])
    return "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + rhex(r, n, True)


def dpapi_b64(r):
    head = bytes.fromhex("01000000D08C9DDF0115D1118C7A00C04FC297EB01000000")
    return base64.b64encode(head + rbytes(r, ch(r, [120, 150, 180]))).decode()


def rdp_common(r):
    return ["screen mode id:i:%d" % ch(r, [1, 2]), "use multimon:i:0", "desktopwidth:i:%d" % ch(r, [1920, 1680, 1280]),
            "desktopheight:i:%d" % ch(r, [1080, 1050, 1024]), "session bpp:i:32", "compression:i:1",
            "keyboardhook:i:2", "audiomode:i:0", "redirectclipboard:i:1", "redirectprinters:i:%d" % r.randrange(2),
            "autoreconnection enabled:i:1", "authentication level:i:2", "negotiate security layer:i:1"]


@L("mstsc", "dpapi-blob")
def n_rdp_dpapi(r):
    lines = ["full address:s:%s" % rhost(r), "username:s:%s" % rdomuser(r)] + rdp_common(r)
    lines.insert(r.randrange(2, len(lines)), "password 51:b:%s" % dpapi_hex(r))
    return ch(r, ["rdp/%s.rdp", "connections/%s.rdp"]) % rshorthost(r), "\r\n".join(lines) + "\r\n"


@L("mstsc", "signed-rdp")
def n_rdp_signed(r):
    lines = ["full address:s:%s" % rhost(r), "prompt for credentials:i:1", "gatewayhostname:s:rdgw.%s" % ch(r, DOMAINS),
             "gatewayusagemethod:i:1", "gatewaycredentialssource:i:0", "alternate full address:s:%s" % rhost(r)] + rdp_common(r)
    lines += ["signscope:s:Full Address,Alternate Full Address,Use Redirection Server Name,Server Port,GatewayHostname,GatewayUsageMethod,PromptCredentialOnce",
              "signature:s:" + base64.b64encode(rbytes(r, 1200)).decode()]
    return "remoteapps/%s.rdp" % ch(r, ["Outlook", "SAP-GUI", "Desktop", "Navision"]), "\r\n".join(lines) + "\r\n"


@L("mstsc", "no-password-rdp")
def n_rdp_plain(r):
    lines = ["full address:s:%s:%d" % (rip(r), ch(r, [3389, 33890])), "username:s:%s" % rdomuser(r),
             "domain:s:%s" % ch(r, ["CORP", "ACME"]), "prompt for credentials:i:1", "enablecredsspsupport:i:1",
             "kdcproxyname:s:", "gatewaycertificatehash:s:" + rhex(r, 40)] + rdp_common(r)
    return "%s.rdp" % rsess(r).replace(" ", "_"), "\r\n".join(lines) + "\r\n"


@L("rdcman", "dpapi-blob")
def n_rdg(r):
    servers = []
    for _ in range(r.randrange(2, 4)):
        servers += ["    <server>", "      <properties>", "        <name>%s</name>" % rhost(r), "      </properties>",
                    '      <logonCredentials inherit="None">', '        <profileName scope="Local">Custom</profileName>',
                    "        <userName>%s</userName>" % ruser(r), "        <password>%s</password>" % dpapi_b64(r),
                    "        <domain>%s</domain>" % ch(r, ["CORP", "ACME"]), "      </logonCredentials>", "    </server>"]
    return ch(r, ["rdcman/servers.rdg", "tools/RDCMan/%s.rdg" % ch(r, ["prod", "lab"])]), J(
        '<?xml version="1.0" encoding="utf-8"?>', '<RDCMan programVersion="2.%d" schemaVersion="3">' % ch(r, [7, 83, 90]),
        "  <file>", "    <properties>", "      <expanded>True</expanded>", "      <name>%s</name>" % ch(r, ["Servers", "Branches"]),
        "    </properties>", *servers, "  </file>", "</RDCMan>")


@L("mremoteng", "encrypted-password")
def n_mremoteng(r):
    nodes = []
    for _ in range(r.randrange(2, 5)):
        pw = base64.b64encode(rbytes(r, 16 + 16 + r.randrange(8, 24) + 16)).decode()
        nodes.append('    <Node Name="%s" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Id="%s" Username="%s" Domain="%s" Password="%s" Hostname="%s" Protocol="%s" Port="%d" ConnectToConsole="false" RenderingEngine="IE" ICAEncryptionStrength="EncrBasic" RDPAuthenticationLevel="NoAuth" Colors="Colors16Bit" Resolution="FitToWindow" />' % (
            rsess(r), ruuid(r), ruser(r), ch(r, ["CORP", ""]), pw, rhost(r), ch(r, ["RDP", "SSH2", "VNC"]), ch(r, [3389, 22, 5900])))
    prot = base64.b64encode(rbytes(r, 16 + 16 + 40 + 16)).decode()
    return ch(r, ["mRemoteNG/confCons.xml", "config/confCons.xml"]), J(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="%s" ConfVersion="2.6">' % prot,
        *nodes, "</mrng:Connections>")


@L("mobaxterm", "encrypted-password")
def n_moba(r):
    pw_lines = ["%s@%s=%s" % (ruser(r), rip(r), rstr(r, ALNUM + "+/", r.randrange(40, 70))) for _ in range(3)]
    bm = ["%s=#109#0%%%s%%22%%%s%%%%-1%%-1%%%%%%%%22%%%%0%%0%%0%%%%%%-1%%0%%0%%0%%%%1080%%%%0%%0%%1#MobaFont%%10%%0%%0%%-1%%15%%236,236,236%%30,30,30%%180,180,180%%0%%-1%%0%%%%xterm%%-1%%0%%_Std_Colors_0_%%80%%24%%0%%1%%-1%%<none>%%%%0%%0%%-1#0# #-1" % (
        rsess(r), rip(r), ruser(r)) for _ in range(2)]
    return "MobaXterm/MobaXterm.ini", J(
        "[Misc]", "PasswordsInRegistry=0", "SessionP=%d" % r.randrange(1, 9), "", "[Bookmarks]", "SubRep=", "ImgNum=42",
        *bm, "", "[Passwords]", *pw_lines, "", "[Sesspass]", "%s=%s" % (ruser(r), rstr(r, ALNUM + "+/", 48)))


@L("winscp", "obfuscated-password")
def n_winscp_ini(r):
    blocks = []
    for _ in range(2):
        u = ruser(r)
        h = rhost(r)
        blocks += ["[Sessions\\%s@%s]" % (u, h), "HostName=%s" % h, "UserName=%s" % u,
                   "Password=A35C%s" % rhex(r, ch(r, [60, 76, 92]), True), "FSProtocol=2", ""]
    return ch(r, ["WinSCP.ini", "portable/WinSCP/WinSCP.ini"]), J(
        "[Configuration\\Interface]", "RandomSeedFile=%APPDATA%\\winscp.rnd", "", *blocks,
        "[SshHostKeys]", "ssh-ed25519@22:%s=0x%s,0x%s" % (rhost(r), rhex(r, 64), rhex(r, 64)))


@L("kitty", "obfuscated-password")
def n_kitty(r):
    return "kitty/Sessions/%s" % rsess(r).replace(" ", "%20"), "".join(
        "%s\\%s\\\n" % kv for kv in [("HostName", rhost(r)), ("PortNumber", "22"), ("Protocol", "ssh"),
                                        ("UserName", ruser(r)), ("Password", rhex(r, ch(r, [32, 48, 64]), True)),
                                        ("TerminalType", "xterm"), ("Autocommand", ""), ("LogFileName", "putty.log")])


@L("ultravnc", "obfuscated-password")
def n_ultravnc(r):
    return ch(r, ["deploy/ultravnc/ultravnc.ini", "UltraVNC/ultravnc.ini"]), J(
        "[ultravnc]", "passwd=%s" % rhex(r, 18, True), "passwd2=%s" % rhex(r, 18, True), "[admin]",
        "UseRegistry=0", "MSLogonRequired=0", "NewMSLogon=0", "DebugMode=0", "Avilog=0",
        "AuthRequired=1", "ConnectPriority=0", "PortNumber=5900", "HTTPPortNumber=5800", "LoopbackOnly=0")


def reg_hex(b):
    return ",".join("%02x" % x for x in b)


@L("tightvnc", "obfuscated-password")
def n_tightvnc_reg(r):
    return "gpo/tightvnc-server.reg", "\r\n".join([
        "Windows Registry Editor Version 5.00", "", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]",
        '"Password"=hex:%s' % reg_hex(rbytes(r, 8)), '"PasswordViewOnly"=hex:%s' % reg_hex(rbytes(r, 8)),
        '"UseVncAuthentication"=dword:00000001', '"RfbPort"=dword:0000170c', '"AcceptRfbConnections"=dword:00000001', ""]) + "\r\n"


@L("tigervnc", "vnc-passwd-file")
def n_tigervnc(r):
    return ch(r, ["docs/vnc.md", "README-vnc.md"]), J(
        "# VNC on the build agents", "", "The password file is generated at provisioning time, never committed:", "",
        "```", "$ xxd ~/.vnc/passwd", "00000000: %s %s %s %s                    %s" % (
            rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 4), "." * 8), "```", "",
        "Start the server with the file, not a literal password:", "",
        "```", "x0vncserver -display :0 -PasswordFile ~/.vnc/passwd -rfbport 5900", "```")


@L("remmina", "encrypted-password")
def n_remmina_enc(r):
    return "remmina/%s.remmina" % rshorthost(r), J(
        "[remmina]", "password=%s" % base64.b64encode(rbytes(r, ch(r, [16, 24, 32]))).decode(),
        "name=%s" % rsess(r), "protocol=RDP", "server=%s" % rhost(r), "username=%s" % ruser(r),
        "domain=CORP", "colordepth=32", "ssh_tunnel_enabled=0", "window_maximize=1")


@L("filezilla", "master-password-crypt")
def n_filezilla_crypt(r):
    return "filezilla/sitemanager.xml", J(
        '<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.66.4" platform="windows">', "\t<Servers>",
        "\t\t<Server>", "\t\t\t<Host>%s</Host>" % rhost(r), "\t\t\t<Port>22</Port>", "\t\t\t<Protocol>1</Protocol>",
        "\t\t\t<User>%s</User>" % ruser(r),
        '\t\t\t<Pass encoding="crypt" pubkey="%s">%s</Pass>' % (rstr(r, UP + DG, 64), rstr(r, UP + DG, ch(r, [96, 128]))),
        "\t\t\t<Logontype>1</Logontype>", "\t\t\t<Name>%s</Name>" % rsess(r), "\t\t</Server>", "\t</Servers>", "</FileZilla3>")


@L("devolutions-rdm", "encrypted-password")
def n_rdm_export(r):
    return ch(r, ["exports/sessions.rdm", "rdm/export.rdm"]), J(
        '<?xml version="1.0"?>', "<RDMExport>", "  <Connections>", "    <Connection>",
        "      <ConnectionType>RDPConfigured</ConnectionType>", "      <Group>%s</Group>" % ch(r, ["Servers", "Lab"]),
        "      <ID>%s</ID>" % ruuid(r), "      <Name>%s</Name>" % rsess(r), "      <Url>%s</Url>" % rhost(r),
        "      <RDP>", "        <SafePassword>%s</SafePassword>" % rb64(r, ch(r, [32, 48])),
        "        <UserName>%s</UserName>" % ruser(r), "        <Domain>CORP</Domain>", "      </RDP>",
        "    </Connection>", "  </Connections>", "</RDMExport>")


@L("teamviewer", "encrypted-password")
def n_teamviewer_reg(r):
    return "backup/teamviewer-settings.reg", "\r\n".join([
        "Windows Registry Editor Version 5.00", "", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\TeamViewer]",
        '"ClientID"=dword:%08x' % r.randrange(100000000, 1999999999), '"Always_Online"=dword:00000001',
        '"SecurityPasswordAES"=hex:%s' % reg_hex(rbytes(r, 32)), '"OptionsPasswordAES"=hex:%s' % reg_hex(rbytes(r, 16)),
        '"Security_PasswordStrength"=dword:00000003', '"LastMACUsed"=hex(7):%s' % reg_hex(b"\x00".join(
            rhex(r, 12, True).encode() for _ in range(1)) + b"\x00\x00"), ""]) + "\r\n"


@L("anydesk", "password-hash")
def n_anydesk_conf(r):
    return ch(r, ["backup/anydesk/system.conf", "etc/anydesk/system.conf"]), J(
        "ad.anynet.id=%s" % ranydesk_id(r), "ad.anynet.pwd_hash=%s" % rhex(r, 64), "ad.anynet.pwd_salt=%s" % rhex(r, 32),
        "ad.anynet.token_salt=%s" % rhex(r, 32), "ad.security.interactive_access=2", "ad.features.unattended=true",
        "ad.anynet.cert=%s" % rb64(r, 120))


@L("rclone", "obscured-password")
def n_rclone(r):
    return ch(r, ["config/rclone.conf", "backup/rclone.conf"]), J(
        "[partner-sftp]", "type = sftp", "host = %s" % rhost(r), "user = %s" % ruser(r),
        "pass = %s" % base64.urlsafe_b64encode(rbytes(r, 16 + r.randrange(8, 20))).decode().rstrip("="),
        "shell_type = unix", "md5sum_command = md5sum", "", "[nas]", "type = ftp", "host = %s" % rip(r),
        "user = backup", "pass = %s" % base64.urlsafe_b64encode(rbytes(r, 16 + r.randrange(8, 20))).decode().rstrip("="),
        "explicit_tls = true")


@L("guacamole", "password-hash")
def n_guac_sha(r):
    users = []
    for _ in range(r.randrange(2, 4)):
        enc = ch(r, ["sha256", "md5"])
        h = hashlib.sha256(rbytes(r, 10)).hexdigest() if enc == "sha256" else hashlib.md5(rbytes(r, 10)).hexdigest()
        users += ['    <authorize username="%s" password="%s" encoding="%s">' % (ruser(r), h, enc),
                  '        <connection name="%s">' % rsess(r), "            <protocol>ssh</protocol>",
                  '            <param name="hostname">%s</param>' % rip(r), '            <param name="port">22</param>',
                  "        </connection>", "    </authorize>"]
    return "guacamole/user-mapping.xml", J("<user-mapping>", *users, "</user-mapping>")


@L("guacamole", "db-hash")
def n_guac_sql_hash(r):
    salt = rhex(r, 64, True)
    return "db/guacamole/002-admin-user.sql", J(
        "-- create default admin (hash of the rotated password, salted)",
        "INSERT INTO guacamole_entity (name, type) VALUES ('%s', 'USER');" % ruser(r),
        "INSERT INTO guacamole_user (entity_id, password_hash, password_salt, password_date)",
        "SELECT entity_id,", "    x'%s'," % rhex(r, 64, True), "    x'%s'," % salt, "    NOW()",
        "FROM guacamole_entity WHERE name = '%s' AND type = 'USER';" % ruser(r))


@L("openssh", "host-key-fingerprint")
def n_fingerprints_md(r):
    rows = []
    for _ in range(4):
        _, blob = ssh_ed25519_pub(r) if r.random() < 0.6 else ssh_rsa_pub(r)
        rows.append("| %s | %s | `%s` |" % (rhost(r), "ED25519" if len(blob) < 60 else "RSA", fp_sha256(blob)))
    return ch(r, ["docs/ssh-host-keys.md", "docs/security/host-fingerprints.md"]), J(
        "# SSH host key fingerprints", "", "Verify these before accepting a new host key.", "",
        "| Host | Type | Fingerprint |", "|------|------|-------------|", *rows)


@L("openssh", "known-hosts")
def n_known_hosts(r):
    lines = []
    for _ in range(r.randrange(3, 6)):
        pub, _ = ssh_ed25519_pub(r) if r.random() < 0.6 else ssh_rsa_pub(r)
        if r.random() < 0.5:
            lines.append("|1|%s|%s %s" % (rb64(r, 20), rb64(r, 20), pub))
        else:
            lines.append("%s,%s %s" % (rhost(r), rip(r), pub))
    return ch(r, ["ansible/files/known_hosts", "ssh/known_hosts"]), J(*lines)


@L("openssh", "public-key")
def n_authorized_keys(r):
    lines = ["# managed by ansible - remote support keys"]
    for _ in range(r.randrange(2, 5)):
        pub, _ = ssh_ed25519_pub(r) if r.random() < 0.6 else ssh_rsa_pub(r)
        lines.append("%s %s@%s" % (pub, ch(r, FIRST), ch(r, ["laptop", "jump", "helpdesk"])))
    return ch(r, ["roles/users/files/authorized_keys", "keys/support.pub"]), J(*lines)


@L("rustdesk", "public-server-key")
def n_rustdesk_pub(r):
    key = rb64(r, 32)
    return ch(r, ["config/RustDesk2.toml", "deploy/rustdesk/RustDesk2.toml"]), J(
        "rendezvous_server = '%s:21116'" % rhost(r), "nat_type = 1", "serial = 0", "", "[options]",
        "custom-rendezvous-server = '%s'" % rhost(r), "relay-server = '%s'" % rhost(r),
        "key = '%s'" % key, "api-server = 'https://%s'" % rhost(r))


@L("rustdesk", "public-server-key")
def n_rustdesk_doc(r):
    return "docs/remote-support/rustdesk.md", J(
        "# Self-hosted RustDesk", "", "Clients need the ID server, relay and the **public** key of hbbs:", "",
        "- ID server: `%s`" % rhost(r), "- Relay: `%s`" % rhost(r), "- Key: `%s`" % rb64(r, 32), "",
        "The private key (`id_ed25519`) stays on the server volume `/root` and is backed up by the vault job.", "",
        "Config string for the installer: `%s`" % rustdesk_cfg(r))


@L("teamviewer", "ids")
def n_tv_ids(r):
    rows = ["asset_tag,location,teamviewer_id,anydesk_id,owner"]
    for _ in range(r.randrange(5, 10)):
        rows.append("AT-%05d,%s,%s,%s,%s" % (r.randrange(10000, 99999), ch(r, ["Front desk", "Lab 2", "Warehouse", "Office 114"]),
                                            rtvid(r), ranydesk_id(r), ch(r, FIRST)))
    return ch(r, ["inventory/remote-ids.csv", "docs/assets/support-ids.csv"]), J(*rows)


@L("teamviewer", "deployment-ids")
def n_tv_msi(r):
    return "deploy/teamviewer/install.ps1", J(
        "# TeamViewer Host mass deployment (assignment token comes from the RMM secret store)",
        "$configId = '%s'" % rstr(r, LO + DG, 7),
        "$msi = \"$PSScriptRoot\\TeamViewer_Host.msi\"",
        "Start-Process msiexec.exe -Wait -ArgumentList \"/i `\"$msi`\" /qn CUSTOMCONFIGID=$configId\"",
        "& \"${env:ProgramFiles}\\TeamViewer\\TeamViewer.exe\" assignment --id $env:TV_ASSIGNMENT_ID",
        "Write-Output \"installed, device group %s\"" % ch(r, ["Branches", "Kiosks"]))


@L("anydesk", "ids")
def n_anydesk_log(r):
    lines = []
    for _ in range(r.randrange(6, 12)):
        lines.append("info %s.%03d  back  %5d %5d  app.session - Incoming session request: %s (%s)" % (
            "2024-%02d-%02d %02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60)),
            r.randrange(1000), r.randrange(1000, 9999), r.randrange(1000, 9999), ch(r, FIRST).title(), ranydesk_id(r)))
    return ch(r, ["logs/ad_svc.trace", "support/anydesk-trace.log"]), J(*lines)


@L("winscp", "host-key-fingerprint")
def n_winscp_keyauth(r):
    return "scripts/winscp/upload-keyauth.txt", J(
        "option batch abort", "open sftp://%s@%s/ -privatekey=\"C:\\keys\\upload.ppk\" -hostkey=\"%s\"" % (
            ruser(r), rhost(r), winscp_hostkey(r)), "put C:\\out\\*.zip /in/", "exit")


@L("putty", "host-key-cache")
def n_putty_hostkeys(r):
    lines = ["Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]"]
    for _ in range(r.randrange(2, 5)):
        lines.append('"ssh-ed25519@22:%s"="0x%s,0x%s"' % (rhost(r), rhex(r, 64), rhex(r, 64)))
    lines.append('"rsa2@22:%s"="0x10001,0x%s"' % (rip(r), rhex(r, 512)))
    return "tools/putty/hostkeys.reg", "\r\n".join(lines + [""]) + "\r\n"


@L("cyberduck", "bookmark")
def n_duck_bookmark(r):
    return "bookmarks/%s.duck" % rsess(r).replace(" ", "-"), J(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">', "<dict>", "\t<key>Protocol</key>", "\t<string>sftp</string>",
        "\t<key>Nickname</key>", "\t<string>%s</string>" % rsess(r), "\t<key>UUID</key>", "\t<string>%s</string>" % ruuid(r).upper(),
        "\t<key>Hostname</key>", "\t<string>%s</string>" % rhost(r), "\t<key>Port</key>", "\t<string>22</string>",
        "\t<key>Username</key>", "\t<string>%s</string>" % ruser(r), "\t<key>Path</key>", "\t<string>/srv</string>",
        "</dict>", "</plist>")


@L("nomachine", "session-file")
def n_nxs(r):
    return "nomachine/%s.nxs" % rshorthost(r), J(
        '<!DOCTYPE NXClientSettings>', '<NXClientSettings version="2.3" application="nxclient" >', '<group name="General" >',
        '<option key="Server host" value="%s" />' % rhost(r), '<option key="Server port" value="4000" />',
        '<option key="Session" value="unix" />', '<option key="Connection service" value="nx" />',
        '<option key="Remember password" value="false" />', '<option key="Server authentication method" value="system" />',
        '<option key="Session ID" value="%s" />' % rhex(r, 32, True), "</group>", "</NXClientSettings>")


@L("termius", "export-no-secrets")
def n_termius_json(r):
    hosts = [{"id": r.randrange(100000, 999999), "label": rsess(r), "address": rhost(r), "port": 22,
              "username": ruser(r), "ssh_key_fingerprint": fp_sha256(ssh_ed25519_pub(r)[1]),
              "group_id": r.randrange(1000, 9999), "updated_at": "2024-%02d-%02dT10:%02d:00Z" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(60))}
             for _ in range(3)]
    return "exports/termius-hosts.json", json.dumps({"hosts": hosts, "version": 4}, indent=2) + "\n"


@L("checksums", "installer-hashes")
def n_sha256sums(r):
    files = ["AnyDesk.exe", "TeamViewer_Host.msi", "rustdesk-1.2.6-x86_64.exe", "tightvnc-2.8.81-gpl-setup-64bit.msi",
             "WinSCP-6.3.5-Setup.exe", "FileZilla_3.67.1_win64-setup.exe", "putty-64bit-0.81-installer.msi"]
    r.shuffle(files)
    return ch(r, ["deploy/installers/SHA256SUMS", "packages/checksums.txt"]), J(
        *["%s  %s" % (hashlib.sha256(rbytes(r, 16)).hexdigest(), f) for f in files[:r.randrange(3, 7)]])


@L("windows", "logon-audit")
def n_logon_csv(r):
    rows = ["TimeCreated,EventId,TargetUserName,IpAddress,LogonType,LogonGuid,TargetLogonId"]
    for _ in range(r.randrange(5, 10)):
        rows.append("2024-%02d-%02dT%02d:%02d:%02d,%d,%s,%s,%d,{%s},0x%s" % (
            r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60),
            ch(r, [4624, 4625, 4778, 4779]), ruser(r), rip(r), ch(r, [3, 10]), ruuid(r).upper(), rhex(r, 7)))
    return "reports/rdp-logons.csv", J(*rows)


@L("guacamole", "session-log")
def n_guacd_log(r):
    lines = []
    for _ in range(r.randrange(5, 9)):
        lines.append("guacd[%d]: INFO:\tConnection \"$%s\" removed." % (r.randrange(100, 9999), ruuid(r)) if r.random() < 0.4 else
                     "guacd[%d]: INFO:\tCreating new client for protocol \"%s\"" % (r.randrange(100, 9999), ch(r, ["rdp", "vnc", "ssh"])))
        lines.append("%s INFO  o.a.g.tunnel.TunnelRequestService - User \"%s\" connected to connection \"%d\"." % (
            "10:%02d:%02d.%03d" % (r.randrange(60), r.randrange(60), r.randrange(1000)), ruser(r), r.randrange(1, 90)))
    return "logs/guacamole.log", J(*lines)


@L("openssh", "sshd-config")
def n_sshd(r):
    return ch(r, ["roles/bastion/templates/sshd_config", "etc/ssh/sshd_config.d/bastion.conf"]), J(
        "# bastion hardening", "PasswordAuthentication no", "PermitEmptyPasswords no", "KbdInteractiveAuthentication no",
        "PubkeyAuthentication yes", "HostKey /etc/ssh/ssh_host_ed25519_key", "AllowGroups remote-support",
        "TrustedUserCAKeys /etc/ssh/ca.pub", "RevokedKeys /etc/ssh/revoked_keys",
        "# CA fingerprint: %s" % fp_sha256(ssh_ed25519_pub(r)[1]))


@L("x509", "public-certificate")
def n_rdp_cert(r):
    body = base64.b64encode(rbytes(r, ch(r, [780, 900]))).decode()
    pem = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ch(r, ["certs/rdgw-public.pem", "deploy/rdp/ts-cert.crt"]), J(
        "# RD Gateway certificate (public) - thumbprint %s" % rhex(r, 40, True), "-----BEGIN CERTIFICATE-----", *pem,
        "-----END CERTIFICATE-----")


@L("royalts", "object-ids")
def n_royal_json(r):
    objs = [{"Type": ch(r, ["RemoteDesktopConnection", "TerminalConnection", "VNCConnection"]), "ID": ruuid(r),
             "Name": rsess(r), "ComputerName": rhost(r), "CredentialID": ruuid(r),
             "CredentialName": "Vault/%s" % ruser(r)} for _ in range(3)]
    return "royalts/dynamic-folder-credential-refs.json", json.dumps({"Objects": objs}, indent=2) + "\n"


@L("vnc", "session-ids")
def n_novnc_html(r):
    return "web/novnc/index.html", J(
        "<!DOCTYPE html>", "<html>", "<head><title>Console %s</title></head>" % rsess(r), "<body>",
        "<div id=\"screen\" data-session=\"%s\" data-nonce=\"%s\"></div>" % (ruuid(r), rb64(r, 16)),
        "<script type=\"module\">", "import RFB from './core/rfb.js';",
        "const rfb = new RFB(document.getElementById('screen'), 'wss://%s/websockify?token=' + new URLSearchParams(location.search).get('token'));" % rhost(r),
        "rfb.addEventListener('credentialsrequired', () => rfb.sendCredentials({ password: prompt('VNC password') }));",
        "</script>", "</body>", "</html>")


@L("ansible", "vault-encrypted")
def n_ansible_vault(r):
    blob = rhex(r, ch(r, [320, 480, 640]))
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return "group_vars/kiosks/vault.yml", J("$ANSIBLE_VAULT;1.1;AES256", *lines)


# ================================================================ driver
SPECIAL_NAMES = {"Dockerfile": "dockerfile", "Makefile": "makefile", "Jenkinsfile": "groovy", ".netrc": "netrc",
                 "known_hosts": "known_hosts", "authorized_keys": "authorized_keys", "SHA256SUMS": "checksums",
                 "netrc": "netrc", "config": "ssh_config", "ssh_config": "ssh_config", "sshd_config": "ssh_config", "hosts": "ini"}


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in SPECIAL_NAMES:
        return SPECIAL_NAMES[base]
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1].lower()
        return {"yaml": "yml", "cmd": "bat", "crt": "pem", "trace": "log"}.get(ext, ext)
    if "/kitty/Sessions/" in "/" + relpath:
        return "kitty-session"
    return "text"


def neg_path(relpath):
    d, _, base = relpath.rpartition("/")
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        base = ".env.example"
    return (d + "/" + base) if d else base


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jc.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500

    order = list(range(len(POS_T)))
    r.shuffle(order)
    for i in range(npos):
        provider, kind, fn = POS_T[order[i % len(order)]]
        if i % len(order) == len(order) - 1:
            r.shuffle(order)
        for _attempt in range(50):
            S = Slot(r, True)
            rel, text = fn(r, S)
            nd = S.needle
            assert S.used == 1 and nd, (fn.__name__, "slot not used")
            if text.count(nd) == 1:
                break
        idx = text.find(nd)
        line = text[:idx].count("\n") + 1
        assert nd in text.splitlines()[line - 1], (fn.__name__, nd)
        assert "\n" not in nd
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": nd, "line": line})

    torder = list(range(len(POS_T)))
    lorder = list(range(len(LOOK_T)))
    r.shuffle(torder)
    r.shuffle(lorder)
    kinds = ["tpl" if j % 2 == 0 else "look" for j in range(nneg)]
    r.shuffle(kinds)
    ti = li = 0
    for j in range(nneg):
        if kinds[j] == "tpl":
            provider, kind, fn = POS_T[torder[ti % len(torder)]]
            ti += 1
            S = Slot(r, False)
            rel, text = fn(r, S)
            assert S.used == 1
            rel = neg_path(rel)
            kind = "placeholder-" + kind
        else:
            provider, kind, fn = LOOK_T[lorder[li % len(lorder)]]
            li += 1
            rel, text = fn(r)
            assert not rel.rsplit("/", 1)[-1].startswith(".env")
        fid = "neg/n%04d/%s" % (j, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
