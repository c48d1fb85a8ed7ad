#!/usr/bin/env python3
"""Blind evaluation-set generator "nt": app-specific passwords and personal mail/calendar sync.

EMPHASIS
    Credentials people paste into mail / calendar / contacts sync setups and notarization scripts:
    Google app passwords (16 lowercase letters, often written "abcd efgh ijkl mnop" style in four
    space-separated groups), Apple ID app-specific passwords (xxxx-xxxx-xxxx-xxxx, lowercase),
    Microsoft/Outlook app passwords (16 lowercase letters), Yahoo and AOL app passwords
    (16 lowercase letters, sometimes grouped with spaces), Fastmail app passwords (16 lowercase
    alphanumerics), Zoho application-specific passwords (12 alphanumerics), Proton Mail Bridge
    passwords (22 url-safe base64 chars), and human-chosen IMAP/SMTP/CalDAV passwords for
    self-hosted servers (Dovecot/Postfix, Nextcloud, Radicale).
    File types: .mbsyncrc, .offlineimaprc, getmailrc, .fetchmailrc, .msmtprc, muttrc/neomuttrc,
    aerc accounts.conf, himalaya config.toml, vdirsyncer config, .netrc/.authinfo, Home Assistant
    configuration.yaml / secrets.yaml, n8n credential exports, Node-RED flows_cred.json, Python
    (smtplib, imaplib, caldav, Django, Flask, Jupyter .ipynb), Nodemailer (JS + JSON config),
    PHPMailer, WordPress wp-config.php, Nextcloud config.php, Rails ActionMailer, Ruby Mail gem,
    GitLab gitlab.rb, fastlane Fastfile, GitHub Actions workflows, notarytool/altool shell
    scripts and Makefiles, cron shell scripts (curl smtp), docker-compose, Kubernetes Secrets
    (base64), Spring properties/yaml, grafana.ini, Gitea app.ini, airflow.cfg, alertmanager.yml,
    Apprise yaml, Postfix sasl_passwd, ssmtp.conf, .gitconfig sendemail, Go, C#, Java, Rust,
    PowerShell, mail.env files, README docker run snippets, Ansible group_vars.

    57 file templates usable for positives and reused negatives, plus 20 look-alike negative
    templates (77 template names in the manifest); ~30 file types.

USAGE
    python3 -B gen_nt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED
    (random.Random(SEED) only). Standard library only.

NEEDLE CONVENTIONS
    needle = the credential exactly as it appears in the file, without surrounding quotes.
    * Google/Yahoo grouped passwords: the whole "abcd efgh ijkl mnop" string including spaces.
    * Apple: the full hyphenated xxxx-xxxx-xxxx-xxxx string.
    * Passwords inside URLs (aerc source, smtp_url, CalDAV URLs, Apprise, curl): the
      percent-encoded form as it appears in the URL (for most app passwords identical to raw).
    * Kubernetes Secret data: the base64 of the password (the value of the data: key).
    * Jupyter notebooks: the password as it appears inside the JSON-encoded source line.
    line = 1-based line of the first occurrence of the needle (each positive has one).

NEGATIVES
    ~half reuse the positive templates with the value replaced by: documentation placeholders
    ("abcd efgh ijkl mnop", "xxxx-xxxx-xxxx-xxxx", "<app-password>", "changeme", ...), env
    references (${SMTP_PASSWORD}, os.environ[...], process.env..., ENV[...], getenv()),
    secret-manager / command lookups (PassCmd, passwordeval, remotepasseval, pass show,
    security find-generic-password, secret-tool, gpg -d, password.fetch, source-cred-cmd,
    auth.cmd, !secret, ${{ secrets.X }}, {{ vault_x }}, @keychain:AC_PASSWORD, @env:X,
    --keychain-profile), masked (****) or empty values, encrypted values (Node-RED $ blobs,
    n8n encrypted data, Ansible !vault).
    ~half are domain look-alikes: raw .eml messages (Message-ID, DKIM b=/bh=, ARC), IMAP
    protocol logs (UIDVALIDITY, X-GM-MSGID/THRID, masked LOGIN), notarytool JSON logs
    (submission UUID, sha256, cdhash), fastlane Appfile / Xcode team ids, Thunderbird prefs.js
    and logins.json (NSS-encrypted), khal/khard configs, ICS and vCard files, CalDAV
    PROPFIND responses (etags, sync-tokens), DKIM/SPF/DMARC zone records, OpenPGP public keys,
    Dovecot passwd-file hashes and Radicale htpasswd bcrypt hashes, OAuth2 configs with client
    ids only, Gmail API JSON fixtures (16-hex ids, historyId), code with 16-letter ordinary
    words / identifiers and "four four-letter words" labels, JMAP session documents, Xcode
    pbxproj / ExportOptions.plist team ids, Bitnami SealedSecrets (encrypted).

FORMATS CHECKED
    From my own knowledge plus the `search` docs/pages corpora: Fastmail help
    (fastmail.com/help/clients/apppassword.html: per-app passwords for IMAP/SMTP/CalDAV/CardDAV),
    Proton Bridge FAQ (bridge password shown in "Mailbox details", local IMAP 1143 / SMTP 1025),
    Zoho provider notes (imap.zoho.eu / smtp.zoho.eu 993/465). Google app passwords are shown as
    4 groups of 4 lowercase letters; Apple app-specific passwords are xxxx-xxxx-xxxx-xxxx
    lowercase letters; Microsoft app passwords are 16 lowercase letters. No checksum is
    documented for any of these formats, so none is computed.

DOUBTS
    * Fastmail app password alphabet: generated as 16 lowercase letters+digits (at least one
      digit); Fastmail's page only says "a long random string".
    * Zoho app-specific passwords: generated as 12 mixed-case alphanumerics (from memory).
    * Proton Bridge password: generated as 22 chars of url-safe base64 (16 random bytes, no
      padding) from memory of Bridge's UI; not verified against Bridge source.
    * Yahoo/AOL: 16 lowercase letters; grouping with spaces is how some users paste them.
    * Searches returned only vendor help pages and third-party tutorials; no scanner rules were
      shown or consulted.
"""
import base64
import json
import os
import random
import string
import sys
import urllib.parse

LOW = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
BANNED = ("test", "exampl", "dummy", "fake", "sample", "xxxx", "secret", "passw", "changeme")

FIRST = ["anna", "ben", "carla", "david", "elena", "felix", "greta", "hugo", "ines", "jonas",
         "katrin", "lukas", "maria", "nico", "olga", "paul", "quentin", "rosa", "simon", "tanja",
         "ugo", "vera", "wim", "xenia", "yusuf", "zoe", "marc", "julia", "tom", "sofia", "arjun",
         "mei", "kenji", "priya", "omar", "lea", "noah", "emma", "liam", "chloe", "mateo", "aiko"]
LAST = ["schmidt", "novak", "garcia", "okafor", "lindqvist", "tanaka", "moreau", "rossi",
        "kowalski", "silva", "nguyen", "oconnor", "haas", "petrov", "dubois", "meyer", "costa",
        "jensen", "larsen", "kim", "weber", "fischer", "varga", "brennan", "alvarez", "sato"]
ORGS = ["brightloop", "northwind-labs", "kestrel", "tallyho", "quillnote", "harborview",
        "pinecrest", "mosaic-dev", "lumenfield", "copperleaf", "bluefjord", "saltmarsh",
        "ironbark", "hollowtree", "redkite", "ambercove", "fernhill", "oakmont", "larkspur"]
TLDS = ["de", "com", "io", "net", "org", "co.uk", "nl", "fr", "se", "ch", "at", "dev"]
WORDS = ["river", "candle", "orbit", "maple", "tiger", "velvet", "harbor", "pepper", "summit",
         "lantern", "cobalt", "meadow", "falcon", "quartz", "bamboo", "saffron", "glacier",
         "tundra", "willow", "ember", "crimson", "nutmeg", "pelican", "thistle", "juniper",
         "marble", "raven", "cactus", "walnut", "ginger", "oyster", "bramble", "copper",
         "horizon", "mango", "puzzle", "rocket", "sparrow", "violet", "zephyr", "anchor",
         "biscuit", "compass", "dolphin", "fjord", "gravel", "hammock", "igloo", "jasmine",
         "kettle", "lobster", "muffin", "nebula", "otter", "paprika", "quiver", "rhubarb",
         "tulip", "umbrella", "walrus", "yodel", "zinnia", "banjo", "cello", "dune", "fable"]
WORD16 = ["characterization", "responsibilities", "misunderstanding", "incomprehensible",
          "uncharacteristic", "counterintuitive", "disproportionate", "transformational",
          "environmentalism", "overcompensation", "internationalize", "compartmentalize",
          "institutionalize", "unconstitutional", "extraterrestrial", "interoperability",
          "synchronizations", "notificationqueue", "calendarsettings", "mailboxretention",
          "attachmentlimits", "preferredaccount", "defaultmailfolder", "threadingenabled"]
WORD16 = [w for w in WORD16 if len(w) == 16]
TZS = ["Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles",
       "Asia/Tokyo", "Europe/Paris", "Australia/Sydney", "Europe/Stockholm"]


def clean(s):
    l = s.lower()
    return not any(b in l for b in BANNED)


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rstr(r, "0123456789abcdef", n)


def ruuid(r, upper=False):
    h = rhex(r, 32)
    u = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    return u.upper() if upper else u


def rb64(r, nbytes, urlsafe=False, pad=True):
    b = bytes(r.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if urlsafe else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


def rdate(r):
    return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))


def rtime(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))


def team_id(r):
    return rstr(r, string.ascii_uppercase + DIG, 10)


# ----------------------------------------------------------------------------- secrets
def _lower16(r):
    while True:
        s = rstr(r, LOW, 16)
        if clean(s):
            return s


def _group(s, sep):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def sec_google(r):
    s = _lower16(r)
    return _group(s, " ") if r.random() < 0.55 else s


def sec_apple(r):
    return _group(_lower16(r), "-")


def sec_ms(r):
    return _lower16(r)


def sec_yahoo(r):
    s = _lower16(r)
    return _group(s, " ") if r.random() < 0.3 else s


def sec_aol(r):
    return _lower16(r)


def sec_fastmail(r):
    while True:
        s = rstr(r, LOW + DIG, 16)
        if clean(s) and any(c.isdigit() for c in s) and sum(c.isalpha() for c in s) >= 6:
            return s


def sec_zoho(r):
    while True:
        s = rstr(r, ALNUM, 12)
        if clean(s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s) \
                and any(c.islower() for c in s):
            return s


def sec_proton(r):
    while True:
        s = rb64(r, 16, urlsafe=True, pad=False)
        if clean(s):
            return s


SYMS = "!*+-.=?@^_~&"


def sec_human(r):
    while True:
        st = r.random()
        if st < 0.35:   # word(s) + digits + symbol
            w = r.choice(WORDS)
            w2 = r.choice(WORDS)
            parts = [w.capitalize(), r.choice(["", w2, w2.capitalize()]),
                     str(r.randint(1, 9999)), r.choice(SYMS)]
            if r.random() < 0.5:
                parts = [parts[0], parts[3], parts[1], parts[2]]
            s = "".join(parts)
            if r.random() < 0.3:
                s = s.replace("a", "@", 1).replace("o", "0", 1)
        elif st < 0.7:  # generated 16-32 char string
            n = r.randint(16, 32)
            alph = ALNUM + (SYMS if r.random() < 0.6 else "")
            s = rstr(r, alph, n)
            if not any(c.isdigit() for c in s):
                s = s[:-1] + r.choice(DIG)
        else:           # passphrase
            sep = r.choice(["-", ".", "_", " ", "+"])
            ws = [r.choice(WORDS) for _ in range(r.randint(3, 5))]
            if r.random() < 0.5:
                ws[r.randrange(len(ws))] = ws[0].capitalize()
            if r.random() < 0.6:
                ws.append(str(r.randint(2, 99)))
            s = sep.join(ws)
            if sep == " " and r.random() < 0.5:
                s = s.replace(" ", "-")
        if len(s) >= 10 and clean(s):
            return s


def dom(r):
    return "%s.%s" % (r.choice(ORGS), r.choice(TLDS))


PROVIDERS = {
    "google": dict(kind="google_app_password", gen=sec_google,
                   domains=["gmail.com", "gmail.com", "googlemail.com"],
                   imap="imap.gmail.com", iport=993, smtp="smtp.gmail.com", sport=587),
    "apple": dict(kind="apple_app_specific_password", gen=sec_apple,
                  domains=["icloud.com", "me.com", "mac.com", "icloud.com"],
                  imap="imap.mail.me.com", iport=993, smtp="smtp.mail.me.com", sport=587,
                  dav="https://caldav.icloud.com/", card="https://contacts.icloud.com/"),
    "microsoft": dict(kind="microsoft_app_password", gen=sec_ms,
                      domains=["outlook.com", "hotmail.com", "live.com", "outlook.de"],
                      imap="outlook.office365.com", iport=993, smtp="smtp-mail.outlook.com",
                      sport=587),
    "yahoo": dict(kind="yahoo_app_password", gen=sec_yahoo, domains=["yahoo.com", "ymail.com",
                                                                    "yahoo.co.uk"],
                  imap="imap.mail.yahoo.com", iport=993, smtp="smtp.mail.yahoo.com", sport=465,
                  dav="https://caldav.calendar.yahoo.com/", card="https://carddav.address.yahoo.com/"),
    "aol": dict(kind="aol_app_password", gen=sec_aol, domains=["aol.com"],
                imap="imap.aol.com", iport=993, smtp="smtp.aol.com", sport=465),
    "fastmail": dict(kind="fastmail_app_password", gen=sec_fastmail,
                     domains=["fastmail.com", "fastmail.fm", None],
                     imap="imap.fastmail.com", iport=993, smtp="smtp.fastmail.com", sport=465,
                     dav="https://caldav.fastmail.com/dav/calendars/user/{email}/",
                     card="https://carddav.fastmail.com/dav/addressbooks/user/{email}/Default/"),
    "zoho": dict(kind="zoho_app_password", gen=sec_zoho, domains=["zohomail.com", "zoho.com", None,
                                                                  "zohomail.eu"],
                 imap="imap.zoho.com", iport=993, smtp="smtp.zoho.com", sport=465,
                 dav="https://calendar.zoho.com/caldav/{email}/events/",
                 card="https://contacts.zoho.com/carddav/{email}/default/"),
    "proton": dict(kind="proton_bridge_password", gen=sec_proton,
                   domains=["proton.me", "protonmail.com", "pm.me", None],
                   imap="127.0.0.1", iport=1143, smtp="127.0.0.1", sport=1025),
    "generic": dict(kind="imap_smtp_password", gen=sec_human, domains=[None],
                    imap=None, iport=993, smtp=None, sport=587,
                    dav="https://{host}/remote.php/dav/calendars/{user}/personal/",
                    card="https://{host}/remote.php/dav/addressbooks/users/{user}/contacts/"),
}
MAILP = list(PROVIDERS)
DAVP = ["apple", "yahoo", "fastmail", "zoho", "generic"]
NOTARY = ["apple"]
PWEIGHT = {"google": 22, "apple": 15, "microsoft": 9, "yahoo": 7, "aol": 4, "fastmail": 11,
           "zoho": 6, "proton": 7, "generic": 19}


class C:
    """Per-file context: provider, account, hosts."""

    def __init__(self, r, prov):
        P = PROVIDERS[prov]
        self.prov = prov
        self.kind = P["kind"]
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.name = "%s %s" % (self.first.capitalize(), self.last.capitalize())
        d = r.choice(P["domains"])
        self.custom = d is None
        if d is None:
            d = dom(r)
        self.domain = d
        lp = r.choice(["%s.%s" % (self.first, self.last), self.first + self.last[0],
                       self.first[0] + self.last, "%s%d" % (self.first, r.randint(1, 99)),
                       self.first, "%s_%s" % (self.first, self.last)])
        if prov == "generic" and r.random() < 0.3:
            lp = r.choice(["noreply", "alerts", "notifications", "backup", "ops", "billing"])
        self.email = "%s@%s" % (lp, d)
        self.local = lp
        if prov == "generic":
            self.imap = r.choice(["mail.", "imap.", "mx.", "mail.", ""]) + d
            self.smtp = r.choice([self.imap, "smtp." + d, "mail." + d])
            self.user = self.email if r.random() < 0.6 else lp
            host = r.choice(["cloud.", "nc.", "dav.", "files."]) + d
            self.dav = P["dav"].format(host=host, user=self.user)
            self.card = P["card"].format(host=host, user=self.user)
        else:
            self.imap, self.smtp = P["imap"], P["smtp"]
            if prov == "zoho" and d.endswith(".eu"):
                self.imap, self.smtp = "imap.zoho.eu", "smtp.zoho.eu"
            self.user = self.email
            self.dav = P.get("dav", "").format(email=self.email)
            self.card = P.get("card", "").format(email=self.email)
        self.iport = P["iport"]
        self.sport = P["sport"]
        self.ssl_smtp = self.sport == 465
        self.label = {"google": "gmail", "apple": "icloud", "microsoft": "outlook",
                      "yahoo": "yahoo", "aol": "aol", "fastmail": "fastmail", "zoho": "zoho",
                      "proton": "proton", "generic": d.split(".")[0]}[prov]
        self.team = team_id(r)
        self.bundle = "com.%s.%s" % (r.choice(ORGS).replace("-", ""),
                                     r.choice(["desktop", "menubar", "helper", "app", "agent"]))
        self.appname = r.choice(["Clipper", "Tidewatch", "Notchly", "Pomelo", "Stacks",
                                 "Lumen", "Harbor", "Quill", "Drift", "Keeper"])
        self.envname = r.choice(["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_PASSWORD",
                                 "IMAP_PASSWORD", "APP_PASSWORD", "%s_APP_PASSWORD" %
                                 self.label.upper()])


class V:
    """A value slot: text plus raw flag (raw = expression, emit without quotes)."""

    def __init__(self, text, raw=False, mode=None):
        self.text = text
        self.raw = raw
        self.mode = mode  # None for positives; 'cmd' for command-lookup negatives

    def q(self, qc='"'):
        return self.text if self.raw else qc + self.text + qc

    def __str__(self):
        return self.text


def urlq(s):
    return urllib.parse.quote(s, safe="")


def indent(s, n):
    return "\n".join((" " * n + l) if l else l for l in s.split("\n"))


# ----------------------------------------------------------------------------- templates
TEMPLATES = []


def T(name, ctx, provs, cmd=False, compact=False):
    def deco(f):
        TEMPLATES.append(dict(name=name, ctx=ctx, provs=provs, cmd=cmd, f=f, compact=compact))
        return f
    return deco


def passcmd(r, c):
    return r.choice([
        "pass show email/%s" % c.email,
        "pass show mail/%s-app" % c.label,
        "gpg2 -q --for-your-eyes-only --no-tty -d ~/.password-store/mail/%s.gpg" % c.label,
        "security find-generic-password -s %s -a %s -w" % (c.imap or "mail", c.email),
        "secret-tool lookup service %s user %s" % (c.imap, c.user),
        "bw get password %s" % c.label,
        "op read op://Personal/%s/app-password" % c.label.capitalize(),
        "cat ${XDG_RUNTIME_DIR}/mail-%s.pw" % c.label,
        "keyring get %s %s" % (c.imap, c.user),
    ])


@T("mbsyncrc", "conf", MAILP, cmd=True)
def t_mbsync(r, c, v):
    tls = "TLSType IMAPS" if r.random() < 0.6 else "SSLType IMAPS"
    if v.mode == "cmd":
        pl = 'PassCmd "%s"' % passcmd(r, c)
    else:
        pl = "Pass %s" % (v.q() if (" " in v.text or r.random() < 0.5 or not v.text) else v.text)
    port = "" if c.iport == 993 else "Port %d\n" % c.iport
    if c.prov == "proton":
        tls = "TLSType STARTTLS\nCertificateFile ~/.config/protonmail/bridge/cert.pem"
    acct = c.label
    maildir = r.choice(["~/Mail", "~/.mail", "~/mail", "~/Maildir"])
    chans = ""
    if c.prov == "google":
        chans = """
Channel %(a)s-inbox
Far :%(a)s-remote:
Near :%(a)s-local:
Patterns "INBOX"

Channel %(a)s-sent
Far :%(a)s-remote:"[Gmail]/Sent Mail"
Near :%(a)s-local:sent

Channel %(a)s-archive
Far :%(a)s-remote:"[Gmail]/All Mail"
Near :%(a)s-local:archive

Group %(a)s
Channel %(a)s-inbox
Channel %(a)s-sent
Channel %(a)s-archive
""" % {"a": acct}
    else:
        chans = """
Channel %(a)s
Far :%(a)s-remote:
Near :%(a)s-local:
Patterns * !%(x)s
""" % {"a": acct, "x": r.choice(["Spam", "Junk", "Trash", '"Deleted Items"'])}
    text = """# ~/.mbsyncrc -- %(name)s
# last touched %(date)s

IMAPAccount %(a)s
Host %(imap)s
%(port)sUser %(user)s
%(pl)s
AuthMechs LOGIN
%(tls)s
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPStore %(a)s-remote
Account %(a)s

MaildirStore %(a)s-local
SubFolders Verbatim
Path %(md)s/%(a)s/
Inbox %(md)s/%(a)s/INBOX
%(chans)s
Create Both
Expunge Both
SyncState *
""" % dict(name=c.name, date=rdate(r), a=acct, imap=c.imap, port=port, user=c.user, pl=pl,
           tls=tls, md=maildir, chans=chans)
    text = text.replace("CertificateFile /etc/ssl/certs/ca-certificates.crt\n",
                        "" if "cert.pem" in tls else "CertificateFile /etc/ssl/certs/ca-certificates.crt\n")
    return r.choice([".mbsyncrc", "dotfiles/mbsyncrc", "home/.mbsyncrc", "mail/mbsyncrc"]), "conf", text, v.text


@T("offlineimaprc", "ini", MAILP, cmd=True)
def t_offlineimap(r, c, v):
    a = c.label.capitalize()
    if v.mode == "cmd":
        pl = r.choice(['remotepasseval = get_pass("%s")' % c.label,
                       "remotepassfile = ~/.config/offlineimap/%s.pass" % c.label,
                       'remotepasseval = keyring.get_password("%s", "%s")' % (c.imap, c.user)])
    else:
        pl = "remotepass = %s" % v.text
    py = "pythonfile = ~/.offlineimap.py\n" if "eval" in pl else ""
    extra = ""
    if c.prov == "google":
        extra = "folderfilter = lambda f: f not in ['[Gmail]/Spam', '[Gmail]/Trash', '[Gmail]/Important']\n"
    text = """[general]
accounts = %(a)s
maxsyncaccounts = %(m)d
ui = %(ui)s
%(py)s
[Account %(a)s]
localrepository = %(a)s-Local
remoterepository = %(a)s-Remote
autorefresh = %(ar)d
quick = 10
synclabels = %(sl)s

[Repository %(a)s-Local]
type = Maildir
localfolders = ~/Mail/%(a)s

[Repository %(a)s-Remote]
type = %(t)s
remotehost = %(imap)s
remoteport = %(port)d
remoteuser = %(user)s
%(pl)s
ssl = %(ssl)s
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
%(extra)smaxconnections = %(mc)d
realdelete = no
""" % dict(a=a, m=r.randint(1, 3), ui=r.choice(["ttyui", "basic", "quiet"]), py=py,
           ar=r.choice([3, 5, 10]), sl="yes" if c.prov == "google" else "no",
           t="Gmail" if c.prov == "google" else "IMAP", imap=c.imap, port=c.iport, user=c.user,
           pl=pl, ssl="no" if c.prov == "proton" else "yes", extra=extra, mc=r.randint(1, 4))
    return r.choice([".offlineimaprc", "dotfiles/offlineimaprc", "config/offlineimap/config"]), "ini", text, v.text


@T("getmailrc", "ini", MAILP, cmd=True)
def t_getmail(r, c, v):
    if v.mode == "cmd":
        pl = "password_command = (\"%s\")" % '", "'.join(passcmd(r, c).split())
    else:
        pl = "password = %s" % v.text
    typ = r.choice(["SimpleIMAPSSLRetriever", "SimplePOP3SSLRetriever"])
    host = c.imap if "IMAP" in typ else c.imap.replace("imap", "pop")
    text = """# getmail rc for %(email)s
[retriever]
type = %(typ)s
server = %(host)s
username = %(user)s
%(pl)s
%(mb)s
[destination]
type = Maildir
path = ~/Maildir/%(lab)s/

[options]
verbose = %(vb)d
read_all = false
delete = false
delivered_to = false
received = false
message_log = ~/.getmail/%(lab)s.log
""" % dict(email=c.email, typ=typ, host=host, user=c.user, pl=pl, lab=c.label,
           mb="mailboxes = (\"INBOX\",)\n" if "IMAP" in typ else "", vb=r.randint(0, 2))
    return r.choice(["getmail/getmailrc", ".getmail/getmailrc-%s" % c.label, "dotfiles/getmail/%s.rc" % c.label]), "ini", text, v.text


@T("fetchmailrc", "conf", MAILP)
def t_fetchmail(r, c, v):
    text = """# ~/.fetchmailrc  (chmod 600!)
set daemon %(d)d
set logfile ~/.fetchmail.log
set no bouncemail

poll %(imap)s with proto IMAP port %(port)d
    user '%(user)s' there with password %(pw)s is '%(lu)s' here
    options keep %(ssl)s
    folder INBOX
    mda "/usr/bin/procmail -d %%T"
""" % dict(d=r.choice([120, 300, 600, 900]), imap=c.imap, port=c.iport, user=c.user,
           pw=v.q("'") if not v.raw else v.text, lu=c.first,
           ssl="ssl sslcertck" if c.iport == 993 else "sslproto ''")
    return r.choice([".fetchmailrc", "dotfiles/fetchmailrc", "etc/fetchmailrc"]), "conf", text, v.text


@T("msmtprc", "conf", MAILP, cmd=True)
def t_msmtp(r, c, v):
    if v.mode == "cmd":
        pl = 'passwordeval "%s"' % passcmd(r, c)
    else:
        pl = "password       %s" % (v.q() if " " in v.text or not v.text else v.text)
    tls = "tls_starttls   off" if c.ssl_smtp else "tls_starttls   on"
    text = """# Set default values for all following accounts.
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

# %(name)s
account        %(lab)s
host           %(smtp)s
port           %(port)d
%(tls)s
from           %(email)s
user           %(user)s
%(pl)s

# Set a default account
account default : %(lab)s
""" % dict(name=c.name, lab=c.label, smtp=c.smtp, port=c.sport, tls=tls, email=c.email,
           user=c.user, pl=pl)
    return r.choice([".msmtprc", "dotfiles/msmtprc", "config/msmtp/config", "etc/msmtprc"]), "conf", text, v.text


@T("muttrc", "conf", MAILP, cmd=True)
def t_muttrc(r, c, v):
    if v.mode == "cmd":
        pl = 'set imap_pass = "`%s`"' % passcmd(r, c)
        sl = 'set smtp_pass = $imap_pass'
    else:
        pl = "set imap_pass = %s" % v.q(r.choice(['"', "'"]))
        sl = "set smtp_pass = $imap_pass"
    proto = "imaps" if c.iport == 993 else "imap"
    sproto = "smtps" if c.ssl_smtp else "smtp"
    text = """# vim: filetype=neomuttrc
# account: %(email)s

set realname = "%(name)s"
set from = "%(email)s"
set imap_user = "%(user)s"
%(pl)s
%(sl)s
set folder = "%(proto)s://%(imap)s:%(iport)d/"
set spoolfile = "+INBOX"
set postponed = "+%(drafts)s"
set record = "+%(sent)s"
set smtp_url = "%(sproto)s://%(ue)s@%(smtp)s:%(sport)d/"
set ssl_force_tls = yes
set imap_keepalive = 300
set mail_check = %(mc)d
set header_cache = ~/.cache/neomutt/headers
set message_cachedir = ~/.cache/neomutt/bodies
set sort = threads
set sort_aux = reverse-last-date-received
unset imap_passive

mailboxes =INBOX =%(sent)s =%(drafts)s =Archive
bind index,pager g noop
macro index gi "<change-folder>=INBOX<enter>" "go to inbox"
""" % dict(email=c.email, name=c.name, user=c.user, pl=pl, sl=sl, proto=proto, imap=c.imap,
           iport=c.iport, drafts="Drafts", sent="[Gmail]/Sent Mail" if c.prov == "google" else "Sent",
           sproto=sproto, ue=urlq(c.user), smtp=c.smtp, sport=c.sport, mc=r.choice([60, 90, 120]))
    return r.choice([".muttrc", ".config/neomutt/neomuttrc", "mutt/accounts/%s" % c.label,
                     "dotfiles/neomutt/%s.muttrc" % c.label]), "conf", text, v.text


@T("muttrc_url", "url", MAILP, compact=True)
def t_mutt_url(r, c, v):
    n = urlq(v.text) if not v.raw else v.text
    sproto = "smtps" if c.ssl_smtp else "smtp"
    text = """# %(label)s account
set from = "%(email)s"
set realname = "%(name)s"
set smtp_url = "%(sp)s://%(ue)s:%(pw)s@%(smtp)s:%(port)d/"
set smtp_authenticators = "login"
set folder = "imaps://%(ue)s@%(imap)s/"
set spoolfile = "+INBOX"
set record = "+Sent"
set trash = "+Trash"
set signature = "~/.config/neomutt/signature-%(label)s"
set editor = "%(ed)s"
set edit_headers = yes
set charset = "utf-8"
""" % dict(label=c.label, email=c.email, name=c.name, sp=sproto, ue=urlq(c.user), pw=n,
           smtp=c.smtp, port=c.sport, imap=c.imap, ed=r.choice(["vim", "nvim +':set tw=72'", "emacsclient -t"]))
    return r.choice([".config/neomutt/accounts/%s" % c.label, "mutt/%s.rc" % c.label]), "conf", text, n


@T("aerc_accounts", "url", MAILP, cmd=True, compact=True)
def t_aerc(r, c, v):
    n = urlq(v.text) if not v.raw else v.text
    ue = urlq(c.user)
    sproto = "smtps" if c.ssl_smtp else "smtp+plain"
    if c.prov == "proton":
        src = "imap+insecure://%s:%s@127.0.0.1:1143" % (ue, n)
        out = "smtp+insecure://%s:%s@127.0.0.1:1025" % (ue, n)
    else:
        src = "imaps://%s:%s@%s" % (ue, n, c.imap)
        out = "%s://%s@%s:%d" % (sproto, ue, c.smtp, c.sport)
    if v.mode == "cmd":
        src = src.replace(":%s@" % n, "@")
        out = out.replace(":%s@" % n, "@")
        creds = "source-cred-cmd = %s\noutgoing-cred-cmd = %s\n" % (passcmd(r, c), passcmd(r, c))
    else:
        creds = "outgoing-cred-cmd = %s\n" % passcmd(r, c) if c.prov != "proton" else ""
        if r.random() < 0.5 and c.prov != "proton":
            # outgoing also carries the password in url
            out = out.replace("@", ":%s@" % n, 1) if out.count("@") == 1 else out
            creds = ""
    text = """[%(name)s]
source            = %(src)s
outgoing          = %(out)s
%(creds)sdefault           = INBOX
from              = %(fn)s <%(email)s>
copy-to           = Sent
folders-sort      = INBOX,Archive,Sent,Drafts
check-mail        = %(cm)s
cache-headers     = true
""" % dict(name=c.label.capitalize(), src=src, out=out, creds=creds, fn=c.name, email=c.email,
           cm=r.choice(["5m", "10m", "2m"]))
    return r.choice([".config/aerc/accounts.conf", "aerc/accounts.conf"]), "ini", text, n


@T("himalaya_toml", "toml", MAILP, cmd=True)
def t_himalaya(r, c, v):
    if v.mode == "cmd":
        a1 = 'backend.auth.cmd = "%s"' % passcmd(r, c)
        a2 = 'message.send.backend.auth.cmd = "%s"' % passcmd(r, c)
    else:
        a1 = "backend.auth.raw = %s" % v.q()
        a2 = "message.send.backend.auth.raw = %s" % v.q()
    text = """[accounts.%(lab)s]
default = true
email = "%(email)s"
display-name = "%(name)s"
downloads-dir = "~/Downloads"

folder.aliases.inbox = "INBOX"
folder.aliases.sent = "%(sent)s"

backend.type = "imap"
backend.host = "%(imap)s"
backend.port = %(ip)d
backend.encryption.type = "%(enc)s"
backend.login = "%(user)s"
backend.auth.type = "password"
%(a1)s

message.send.backend.type = "smtp"
message.send.backend.host = "%(smtp)s"
message.send.backend.port = %(sp)d
message.send.backend.encryption.type = "%(senc)s"
message.send.backend.login = "%(user)s"
message.send.backend.auth.type = "password"
%(a2)s
""" % dict(lab=c.label, email=c.email, name=c.name, sent="[Gmail]/Sent Mail" if c.prov == "google" else "Sent",
           imap=c.imap, ip=c.iport, enc="start-tls" if c.iport != 993 else "tls", user=c.user,
           a1=a1, smtp=c.smtp, sp=c.sport, senc="tls" if c.ssl_smtp else "start-tls", a2=a2)
    if v.mode is None and r.random() < 0.5:
        # only imap side inline, smtp side via command -> exactly one credential, still fine
        text = text.replace(a2, 'message.send.backend.auth.cmd = "%s"' % passcmd(r, c))
    elif v.mode is None:
        text = text.replace(a2, "")
    return r.choice([".config/himalaya/config.toml", "himalaya/config.toml"]), "toml", text, v.text


@T("vdirsyncer", "ini", DAVP, cmd=True)
def t_vdirsyncer(r, c, v):
    if v.mode == "cmd":
        pl = 'password.fetch = ["command", "%s"]' % '", "'.join(passcmd(r, c).split())
    else:
        pl = "password = %s" % v.q()
    text = """[general]
status_path = "~/.local/share/vdirsyncer/status/"

[pair %(lab)s_calendar]
a = "%(lab)s_calendar_local"
b = "%(lab)s_calendar_remote"
collections = ["from a", "from b"]
metadata = ["color", "displayname"]
conflict_resolution = "b wins"

[storage %(lab)s_calendar_local]
type = "filesystem"
path = "~/.calendars/%(lab)s/"
fileext = ".ics"

[storage %(lab)s_calendar_remote]
type = "caldav"
url = "%(dav)s"
username = "%(user)s"
%(pl)s
%(rng)s
[pair %(lab)s_contacts]
a = "%(lab)s_contacts_local"
b = "%(lab)s_contacts_remote"
collections = ["from a", "from b"]

[storage %(lab)s_contacts_local]
type = "filesystem"
path = "~/.contacts/%(lab)s/"
fileext = ".vcf"

[storage %(lab)s_contacts_remote]
type = "carddav"
url = "%(card)s"
username = "%(user)s"
password.fetch = ["command", "%(pc)s"]
""" % dict(lab=c.label, dav=c.dav, user=c.user, pl=pl, card=c.card,
           pc='", "'.join(passcmd(r, c).split()),
           rng='start_date = "datetime.now() - timedelta(days=%d)"\nend_date = "datetime.now() + timedelta(days=%d)"\n' % (r.choice([30, 90, 365]), r.choice([180, 365, 730])) if r.random() < 0.5 else "")
    return r.choice([".config/vdirsyncer/config", "vdirsyncer/config", "dotfiles/vdirsyncer.conf"]), "ini", text, v.text


@T("netrc", "conf", MAILP, compact=True)
def t_netrc(r, c, v):
    pw = v.text if " " not in v.text else '"%s"' % v.text
    other = "machine %s\n    login %s\n" % (r.choice(["api.github.com", "uploads.github.com", "pypi.org"]), c.first)
    other += "    password %s\n" % r.choice(["${GITHUB_TOKEN}", "__token__"]) if False else ""
    if r.random() < 0.5:
        text = """# ~/.authinfo -- read by smtpmail / gnus / offlineimap helper
machine %s login %s port %d password %s
machine %s login %s port %d
""" % (c.imap, c.user, c.iport, pw, c.smtp, c.user, c.sport)
        if r.random() < 0.5:
            text = text.replace("\nmachine %s login %s port %d\n" % (c.smtp, c.user, c.sport), "\n")
        text += """
;; gnus config lives in ~/.emacs.d/init-mail.el
;; smtpmail-smtp-server "%s"  smtpmail-smtp-service %d
""" % (c.smtp, c.sport)
        return r.choice([".authinfo", "dotfiles/authinfo", "emacs/authinfo"]), "conf", text, v.text
    text = """machine %s
    login %s
    password %s

machine %s
    login %s
""" % (c.imap, c.user, pw, c.smtp, c.user)
    return r.choice([".netrc", "dotfiles/netrc", "home/netrc"]), "conf", text, v.text


@T("ha_configuration", "ha", MAILP)
def t_ha_conf(r, c, v):
    pv = v.text if v.raw else v.q(r.choice(['"', "'"])) if (r.random() < 0.6 or not v.text) else v.text
    text = """homeassistant:
  name: %(home)s
  unit_system: metric
  time_zone: %(tz)s

default_config:

http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 172.30.33.0/24

notify:
  - name: %(nn)s
    platform: smtp
    server: %(smtp)s
    port: %(port)d
    timeout: 15
    sender: %(email)s
    encryption: %(enc)s
    username: %(user)s
    password: %(pv)s
    recipient:
      - %(rcp)s
    sender_name: Home Assistant

automation: !include automations.yaml
script: !include scripts.yaml
scene: !include scenes.yaml

recorder:
  purge_keep_days: %(pk)d
""" % dict(home=r.choice(["Home", "Casa", "Zuhause", "Cabin"]), tz=r.choice(TZS),
           nn=r.choice(["email_me", "mail_alerts", "family_mail"]), smtp=c.smtp, port=c.sport,
           email=c.email, enc="tls" if c.ssl_smtp else "starttls", user=c.user, pv=pv,
           rcp="%s.%s@%s" % (r.choice(FIRST), r.choice(LAST), dom(r)), pk=r.choice([7, 10, 14, 30]))
    return r.choice(["configuration.yaml", "homeassistant/configuration.yaml", "config/configuration.yaml"]), "yaml", text, v.text


@T("ha_secrets", "hasec", MAILP)
def t_ha_secrets(r, c, v):
    pv = v.q('"') if (" " in v.text or r.random() < 0.5 or not v.text or v.text[0] in "!*&@") else v.text
    text = """# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: %(lat).4f
longitude_home: %(lon).4f
elevation_home: %(el)d

mqtt_broker: 192.168.%(a)d.%(b)d
mqtt_user: homeassistant

smtp_sender: %(email)s
smtp_username: %(user)s
smtp_password: %(pv)s
imap_server: %(imap)s

camera_driveway_url: rtsp://192.168.%(a)d.%(c)d:554/stream1
""" % dict(lat=r.uniform(-40, 60), lon=r.uniform(-120, 30), el=r.randint(0, 900), a=r.randint(0, 10),
           b=r.randint(2, 250), c=r.randint(2, 250), email=c.email, user=c.user, pv=pv, imap=c.imap)
    return r.choice(["secrets.yaml", "homeassistant/secrets.yaml"]), "yaml", text, v.text


@T("n8n_credentials", "jsonenc", MAILP)
def t_n8n(r, c, v):
    kind = r.choice(["smtp", "imap"])
    if v.mode == "enc":
        data = json.dumps(v.text)
    else:
        d = {"user": c.user, "password": v.text,
             "host": c.smtp if kind == "smtp" else c.imap,
             "port": c.sport if kind == "smtp" else c.iport,
             "secure": c.ssl_smtp if kind == "smtp" else True}
        if kind == "smtp":
            d["disableStartTls"] = False
        data = indent(json.dumps(d, indent=2), 4).lstrip()
    obj = """[
  {
    "createdAt": "%(d)sT%(t)s.%(ms)03dZ",
    "updatedAt": "%(d)sT%(t)s.%(ms)03dZ",
    "id": "%(id)s",
    "name": "%(nm)s",
    "data": %(data)s,
    "type": "%(kind)s",
    "isManaged": false
  }
]
""" % dict(d=rdate(r), t=rtime(r), ms=r.randint(0, 999), id=rstr(r, ALNUM, 16),
           nm=r.choice(["%s account" % c.label.capitalize(), "SMTP %s" % c.email, "Mail (%s)" % c.label]),
           data=data, kind=kind)
    return r.choice(["n8n/credentials/%s.json" % rstr(r, ALNUM, 16), "backup/n8n-credentials.json",
                     "workflows/credentials/%s_%s.json" % (kind, c.label)]), "json", obj, v.text


@T("nodered_flows_cred", "jsonenc", MAILP)
def t_nodered(r, c, v):
    nid = rhex(r, 16)
    if v.mode == "enc":
        text = json.dumps({"$": v.text}, indent=4) + "\n"
    else:
        creds = {nid: {"userid": c.user, "password": v.text}}
        if r.random() < 0.5:
            creds[rhex(r, 16)] = {"user": "nodered", "apikey": ""}
            creds[list(creds)[1]] = {"user": "nodered"}
        text = json.dumps(creds, indent=4) + "\n"
    return r.choice(["node-red/flows_cred.json", ".node-red/flows_%s_cred.json" % r.choice(["pi", "homeserver", "nuc"]),
                     "data/flows_cred.json"]), "json", text, v.text


@T("py_smtplib", "py", MAILP)
def t_py_smtp(r, c, v):
    var = r.choice(["APP_PASSWORD", "SMTP_PASS", "PASSWORD", "GMAIL_APP_PW", "pw", "token", "MAIL_AUTH", "login_secret", "CRED"])
    ssl = c.ssl_smtp
    conn = ("smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=ctx)" if ssl else "smtplib.SMTP(SMTP_HOST, SMTP_PORT)")
    st = "" if ssl else "        s.starttls(context=ctx)\n"
    text = '''#!/usr/bin/env python3
"""Send the nightly %(what)s report by mail."""
import smtplib
import ssl
import sys
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "%(smtp)s"
SMTP_PORT = %(port)d
SENDER = "%(email)s"
%(var)s = %(val)s
RECIPIENTS = ["%(rcp)s"]


def build(report: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[%(what)s] {report.stem}"
    msg["From"] = SENDER
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(report.read_text(encoding="utf-8"))
    return msg


def main(argv):
    report = Path(argv[1] if len(argv) > 1 else "out/report.txt")
    ctx = ssl.create_default_context()
    with %(conn)s as s:
%(st)s        s.login(%(login)s, %(var)s)
        s.send_message(build(report))
    print("sent", report)


if __name__ == "__main__":
    main(sys.argv)
''' % dict(what=r.choice(["backup", "uptime", "sales", "disk usage", "scraper"]), smtp=c.smtp,
           port=c.sport, email=c.email, var=var, val=v.q(r.choice(['"', "'"])),
           rcp="%s@%s" % (r.choice(FIRST), dom(r)), conn=conn, st=st,
           login="SENDER" if c.user == c.email else '"%s"' % c.user)
    return r.choice(["scripts/send_report.py", "notify.py", "tools/mailer.py", "cron/mail_digest.py"]), "py", text, v.text


@T("py_imaplib", "py", MAILP)
def t_py_imap(r, c, v):
    kw = r.choice(["password", "passwd", "app_pw", "auth"])
    text = '''import email
import imaplib
import os
from email.header import decode_header

IMAP_SERVER = "%(imap)s"
ACCOUNT = "%(user)s"
DOWNLOAD_DIR = os.path.expanduser("~/invoices")


def decode(s):
    parts = decode_header(s or "")
    return "".join(p.decode(enc or "utf-8", "replace") if isinstance(p, bytes) else p for p, enc in parts)


def fetch_invoices(%(kw)s=%(val)s):
    box = imaplib.IMAP4_SSL(IMAP_SERVER, %(port)d)
    box.login(ACCOUNT, %(kw)s)
    box.select("INBOX")
    typ, data = box.search(None, '(UNSEEN SUBJECT "%(subj)s")')
    for num in data[0].split():
        typ, msg_data = box.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(msg_data[0][1])
        for part in msg.walk():
            if part.get_content_disposition() == "attachment":
                name = decode(part.get_filename())
                with open(os.path.join(DOWNLOAD_DIR, name), "wb") as fh:
                    fh.write(part.get_payload(decode=True))
        box.store(num, "+FLAGS", "\\\\Seen")
    box.logout()


if __name__ == "__main__":
    os.makedirs(DOWNLOAD_DIR, exist_ok=True)
    fetch_invoices()
''' % dict(imap=c.imap, user=c.user, kw=kw, val=v.q(), port=c.iport,
           subj=r.choice(["Invoice", "Rechnung", "Receipt", "Factura"]))
    if c.prov == "proton":
        text = text.replace("imaplib.IMAP4_SSL(IMAP_SERVER, %d)" % c.iport, "imaplib.IMAP4(IMAP_SERVER, %d)" % c.iport)
    return r.choice(["fetch_invoices.py", "scripts/imap_fetch.py", "mailbot/fetch.py"]), "py", text, v.text


@T("django_settings", "py", MAILP)
def t_django(r, c, v):
    text = '''"""
Django settings for %(proj)s project.
"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = False
ALLOWED_HOSTS = ["%(proj)s.%(tld)s", "www.%(proj)s.%(tld)s"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "%(app)s",
]

ROOT_URLCONF = "%(proj)s.urls"
WSGI_APPLICATION = "%(proj)s.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "%(tz)s"
USE_TZ = True
STATIC_URL = "static/"

# --- e-mail -------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "%(smtp)s"
EMAIL_PORT = %(port)d
%(tlsline)s
EMAIL_HOST_USER = "%(user)s"
EMAIL_HOST_PASSWORD = %(val)s
DEFAULT_FROM_EMAIL = "%(name)s <%(email)s>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("%(name)s", "%(email)s")]
''' % dict(proj=r.choice(["bookclub", "shopfront", "rsvp", "wedding", "ledger", "tutorhub"]),
           tld=r.choice(TLDS), app=r.choice(["core", "events", "accounts", "shop"]), tz=r.choice(TZS),
           smtp=c.smtp, port=c.sport, tlsline="EMAIL_USE_SSL = True" if c.ssl_smtp else "EMAIL_USE_TLS = True",
           user=c.user, val=v.q(), name=c.name, email=c.email)
    return r.choice(["mysite/settings.py", "config/settings/production.py", "project/settings.py"]), "py", text, v.text


@T("flask_config", "py", MAILP)
def t_flask(r, c, v):
    text = '''import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///" + os.path.join(basedir, "app.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    POSTS_PER_PAGE = %(ppp)d
    LANGUAGES = ["en", "%(lang)s"]

    MAIL_SERVER = "%(smtp)s"
    MAIL_PORT = %(port)d
    MAIL_USE_TLS = %(tls)s
    MAIL_USE_SSL = %(ssl)s
    MAIL_USERNAME = "%(user)s"
    MAIL_PASSWORD = %(val)s
    MAIL_DEFAULT_SENDER = ("%(app)s", "%(email)s")
    ADMINS = ["%(email)s"]


class DevConfig(Config):
    DEBUG = True
''' % dict(ppp=r.choice([10, 20, 25]), lang=r.choice(["de", "es", "fr", "nl"]), smtp=c.smtp, port=c.sport,
           tls=not c.ssl_smtp, ssl=c.ssl_smtp, user=c.user, val=v.q(r.choice(['"', "'"])),
           app=r.choice(["Microblog", "Tasks", "Recipes"]), email=c.email)
    return r.choice(["config.py", "app/config.py", "instance/config.py"]), "py", text, v.text


@T("nodemailer_js", "js", MAILP)
def t_nodemailer(r, c, v):
    style = r.choice(["cjs", "esm"])
    imp = ("const nodemailer = require('nodemailer');\nconst path = require('path');\n" if style == "cjs"
           else "import nodemailer from 'nodemailer';\nimport path from 'node:path';\n")
    exp = "module.exports = { sendMail };" if style == "cjs" else "export { sendMail };"
    svc = "  service: 'gmail',\n" if c.prov == "google" and r.random() < 0.5 else \
        "  host: '%s',\n  port: %d,\n  secure: %s,\n" % (c.smtp, c.sport, "true" if c.ssl_smtp else "false")
    text = """%(imp)s
const transporter = nodemailer.createTransport({
%(svc)s  auth: {
    user: '%(user)s',
    pass: %(val)s,
  },
});

async function sendMail(to, subject, html, attachments = []) {
  const info = await transporter.sendMail({
    from: '"%(app)s" <%(email)s>',
    to,
    subject,
    html,
    attachments: attachments.map((f) => ({ filename: path.basename(f), path: f })),
  });
  console.log('Message sent: %%s', info.messageId);
  return info;
}

%(exp)s
""" % dict(imp=imp, svc=svc, user=c.user, val=v.q(r.choice(["'", '"', "`"])), app=r.choice(["Contact form", "Shop", "Bot"]),
           email=c.email, exp=exp)
    return r.choice(["src/mailer.js", "lib/mail.js", "server/utils/sendMail.js", "mailer.mjs"]), "js", text, v.text


@T("mail_json_config", "json", MAILP)
def t_json_cfg(r, c, v):
    cfg = {"app": {"name": r.choice(["invoicer", "rss2mail", "digestbot"]), "port": r.choice([3000, 8080, 8000]),
                   "logLevel": r.choice(["info", "debug", "warn"])},
           "mail": {"host": c.smtp, "port": c.sport, "secure": c.ssl_smtp,
                    "auth": {"user": c.user, "pass": v.text},
                    "from": "%s <%s>" % (c.name, c.email)},
           "schedule": {"cron": r.choice(["0 7 * * *", "*/30 * * * *", "15 6 * * 1-5"]), "timezone": r.choice(TZS)}}
    text = json.dumps(cfg, indent=r.choice([2, 4])) + "\n"
    return r.choice(["config/default.json", "config/production.json", "settings.json"]), "json", text, v.text


@T("phpmailer", "php", MAILP)
def t_phpmailer(r, c, v):
    text = """<?php
use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\SMTP;
use PHPMailer\\PHPMailer\\Exception;

require __DIR__ . '/vendor/autoload.php';

$mail = new PHPMailer(true);

try {
    //Server settings
    $mail->SMTPDebug  = SMTP::DEBUG_OFF;
    $mail->isSMTP();
    $mail->Host       = '%(smtp)s';
    $mail->SMTPAuth   = true;
    $mail->Username   = '%(user)s';
    $mail->Password   = %(val)s;
    $mail->SMTPSecure = %(sec)s;
    $mail->Port       = %(port)d;
    $mail->CharSet    = 'UTF-8';

    //Recipients
    $mail->setFrom('%(email)s', '%(site)s');
    $mail->addAddress($_POST['email'] ?? '%(email)s');
    $mail->addReplyTo('%(email)s', '%(site)s');

    $mail->isHTML(true);
    $mail->Subject = 'Thanks for your message';
    $mail->Body    = nl2br(htmlspecialchars($_POST['message'] ?? ''));
    $mail->send();
    header('Location: /thanks.html');
} catch (Exception $e) {
    error_log("Mailer Error: {$mail->ErrorInfo}");
    http_response_code(500);
}
""" % dict(smtp=c.smtp, user=c.user, val=v.q("'"), sec="PHPMailer::ENCRYPTION_SMTPS" if c.ssl_smtp else "PHPMailer::ENCRYPTION_STARTTLS",
           port=c.sport, email=c.email, site=r.choice(["Atelier", "Bakery", "Guesthouse", "Studio"]))
    return r.choice(["contact.php", "public/send.php", "inc/mailer.php"]), "php", text, v.text


@T("wp_config", "php", MAILP)
def t_wp(r, c, v):
    text = """<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'wp_%(s)s' );
define( 'DB_USER', 'wp_%(s)s' );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';

/* WP Mail SMTP */
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', '%(email)s' );
define( 'WPMS_MAIL_FROM_NAME', '%(site)s' );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', '%(smtp)s' );
define( 'WPMS_SMTP_PORT', %(port)d );
define( 'WPMS_SSL', '%(ssl)s' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', '%(user)s' );
define( 'WPMS_SMTP_PASS', %(val)s );
define( 'WPMS_SMTP_AUTOTLS', true );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""" % dict(s=r.choice(ORGS).replace("-", "")[:8], email=c.email, site=r.choice(["Ferienwohnung", "Yoga Studio", "Craft Shop"]),
           smtp=c.smtp, port=c.sport, ssl="ssl" if c.ssl_smtp else "tls", user=c.user, val=v.q("'"))
    return r.choice(["wp-config.php", "public_html/wp-config.php"]), "php", text, v.text


@T("nextcloud_config", "php", MAILP)
def t_nextcloud(r, c, v):
    text = """<?php
$CONFIG = array (
  'instanceid' => 'oc%(iid)s',
  'trusted_domains' =>
  array (
    0 => 'cloud.%(d)s',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '%(v)s',
  'overwrite.cli.url' => 'https://cloud.%(d)s',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'nextcloud',
  'installed' => true,
  'mail_smtpmode' => 'smtp',
  'mail_smtpsecure' => '%(sec)s',
  'mail_sendmailmode' => 'smtp',
  'mail_from_address' => '%(lp)s',
  'mail_domain' => '%(md)s',
  'mail_smtpauthtype' => 'LOGIN',
  'mail_smtpauth' => 1,
  'mail_smtphost' => '%(smtp)s',
  'mail_smtpport' => '%(port)d',
  'mail_smtpname' => '%(user)s',
  'mail_smtppassword' => %(val)s,
  'maintenance' => false,
  'default_phone_region' => '%(reg)s',
);
""" % dict(iid=rstr(r, LOW + DIG, 10), d=dom(r), v="%d.0.%d.%d" % (r.randint(25, 30), r.randint(0, 12), r.randint(0, 3)),
           sec="ssl" if c.ssl_smtp else "tls", lp=c.email.split("@")[0], md=c.email.split("@")[1],
           smtp=c.smtp, port=c.sport, user=c.user, val=v.q("'"), reg=r.choice(["DE", "NL", "FR", "US", "GB"]))
    return r.choice(["config/config.php", "nextcloud/config/config.php"]), "php", text, v.text


@T("rails_production", "rb", MAILP)
def t_rails(r, c, v):
    text = """require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.active_storage.service = :local
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [ :request_id ]

  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = { host: "%(host)s", protocol: "https" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address:              "%(smtp)s",
    port:                 %(port)d,
    domain:               "%(host)s",
    user_name:            "%(user)s",
    password:             %(val)s,
    authentication:       :plain,
    enable_starttls_auto: %(st)s
  }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""" % dict(host=dom(r), smtp=c.smtp, port=c.sport, user=c.user, val=v.q(r.choice(['"', "'"])),
           st="false" if c.ssl_smtp else "true")
    return "config/environments/production.rb", "rb", text, v.text


@T("ruby_mail_gem", "rb", MAILP)
def t_ruby_mail(r, c, v):
    text = """#!/usr/bin/env ruby
# frozen_string_literal: true

require "mail"
require "date"

options = {
  address: "%(smtp)s",
  port: %(port)d,
  user_name: "%(user)s",
  password: %(val)s,
  authentication: "plain",
  %(tls)s
}

Mail.defaults do
  delivery_method :smtp, options
end

today = Date.today.strftime("%%Y-%%m-%%d")
body = File.read(ARGV.fetch(0, "log/summary.txt"))

Mail.deliver do
  from    "%(email)s"
  to      "%(to)s"
  subject "Daily summary #{today}"
  body    body
end
""" % dict(smtp=c.smtp, port=c.sport, user=c.user, val=v.q(r.choice(['"', "'"])),
           tls="ssl: true" if c.ssl_smtp else "enable_starttls_auto: true", email=c.email,
           to="%s@%s" % (r.choice(FIRST), dom(r)))
    return r.choice(["bin/daily_mail.rb", "scripts/summary_mailer.rb"]), "rb", text, v.text


@T("gitlab_rb", "rb", MAILP)
def t_gitlab(r, c, v):
    text = """## GitLab configuration settings
external_url 'https://git.%(d)s'

gitlab_rails['time_zone'] = '%(tz)s'
gitlab_rails['backup_keep_time'] = 604800

### GitLab email server settings
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "%(smtp)s"
gitlab_rails['smtp_port'] = %(port)d
gitlab_rails['smtp_user_name'] = "%(user)s"
gitlab_rails['smtp_password'] = %(val)s
gitlab_rails['smtp_domain'] = "%(smtp)s"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = %(st)s
gitlab_rails['smtp_tls'] = %(tls)s
gitlab_rails['gitlab_email_from'] = '%(email)s'
gitlab_rails['gitlab_email_reply_to'] = '%(email)s'

nginx['redirect_http_to_https'] = true
letsencrypt['enable'] = true
letsencrypt['contact_emails'] = ['%(email)s']
prometheus_monitoring['enable'] = false
""" % dict(d=dom(r), tz=r.choice(["Berlin", "UTC", "London", "Amsterdam"]), smtp=c.smtp, port=c.sport,
           user=c.user, val=v.q(), st="false" if c.ssl_smtp else "true", tls="true" if c.ssl_smtp else "false",
           email=c.email)
    return r.choice(["gitlab.rb", "etc/gitlab/gitlab.rb", "omnibus/gitlab.rb"]), "rb", text, v.text


@T("gha_send_mail", "gha", MAILP)
def t_gha(r, c, v):
    pv = v.text if v.raw else (v.q(r.choice(['"', "'"])) if (r.random() < 0.6 or not v.text or " " in v.text) else v.text)
    text = """name: Nightly report

on:
  schedule:
    - cron: '%(cron)s'
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.%(py)d'
      - run: pip install -r requirements.txt
      - run: python scripts/build_report.py > report.html
      - name: Send mail
        uses: dawidd6/action-send-mail@v%(av)d
        with:
          server_address: %(smtp)s
          server_port: %(port)d
          secure: %(sec)s
          username: %(user)s
          password: %(pv)s
          subject: Nightly report for ${{ github.repository }}
          to: %(to)s
          from: CI <%(email)s>
          html_body: file://report.html
""" % dict(cron=r.choice(["0 5 * * *", "30 6 * * 1-5", "0 22 * * 0"]), py=r.choice([10, 11, 12]),
           av=r.choice([3, 4]), smtp=c.smtp, port=c.sport, sec="true" if c.ssl_smtp else "false",
           user=c.user, pv=pv, to="%s@%s" % (r.choice(FIRST), dom(r)), email=c.email)
    return ".github/workflows/%s" % r.choice(["nightly.yml", "report.yml", "mail-report.yaml"]), "yaml", text, v.text


@T("fastfile_notarize", "rb", NOTARY)
def t_fastfile(r, c, v):
    var = r.choice(["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"])
    text = """# Fastfile
default_platform(:mac)

ENV["FASTLANE_USER"] = "%(email)s"
ENV["%(var)s"] = %(val)s
ENV["FASTLANE_TEAM_ID"] = "%(team)s"

platform :mac do
  desc "Build, sign and notarize %(app)s"
  lane :release do
    build_mac_app(
      scheme: "%(app)s",
      configuration: "Release",
      export_method: "developer-id",
      output_directory: "build"
    )
    notarize(
      package: "build/%(app)s.app",
      bundle_id: "%(bundle)s",
      username: ENV["FASTLANE_USER"],
      asc_provider: "%(team)s",
      print_log: true
    )
    zip(path: "build/%(app)s.app", output_path: "build/%(app)s-#{get_version_number}.zip")
  end
end
""" % dict(email=c.email, var=var, val=v.q(), team=c.team, app=c.appname, bundle=c.bundle)
    return r.choice(["fastlane/Fastfile", "macos/fastlane/Fastfile"]), "rb", text, v.text


@T("notarytool_sh", "sh_notary", NOTARY)
def t_notary_sh(r, c, v):
    pw_var = r.choice(["APP_SPECIFIC_PASSWORD", "AC_PASSWORD", "NOTARY_PW", "APPLE_PASSWORD", "PW"])
    if v.mode == "cmd":
        sub = 'xcrun notarytool submit "$ZIP" --keychain-profile "%s" --wait' % r.choice(["AC_PASSWORD", "notary", "%s-notary" % c.appname.lower()])
        assign = ""
    else:
        sub = 'xcrun notarytool submit "$ZIP" --apple-id "$APPLE_ID" --team-id "$TEAM_ID" --password "$%s" --wait' % pw_var
        assign = "%s=%s\n" % (pw_var, v.q(r.choice(['"', "'"])) if not v.raw else v.text)
    text = """#!/usr/bin/env bash
# Sign + notarize + staple the release build of %(app)s
set -euo pipefail

APP="build/Release/%(app)s.app"
ZIP="build/%(app)s.zip"
IDENTITY="Developer ID Application: %(name)s (%(team)s)"
APPLE_ID="%(email)s"
TEAM_ID="%(team)s"
%(assign)s
echo "==> codesign"
codesign --force --deep --options runtime --timestamp --sign "$IDENTITY" "$APP"

echo "==> zip"
/usr/bin/ditto -c -k --keepParent "$APP" "$ZIP"

echo "==> notarize"
%(sub)s

echo "==> staple"
xcrun stapler staple "$APP"
spctl --assess --type execute --verbose "$APP"
""" % dict(app=c.appname, name=c.name, team=c.team, email=c.email, assign=assign, sub=sub)
    return r.choice(["scripts/notarize.sh", "notarize.sh", "ci/release-macos.sh"]), "sh", text, v.text


@T("notarytool_inline", "sh_notary", NOTARY)
def t_notary_inline(r, c, v):
    if v.mode == "cmd":
        pw = r.choice(["--keychain-profile \"AC_PASSWORD\"", "--password \"@keychain:AC_PASSWORD\""])
    else:
        pw = "--password %s" % (v.q(r.choice(['"', "'"])) if not v.raw else v.text)
    text = """# Releasing %(app)s (macOS)

1. Bump `CFBundleShortVersionString` in `%(app)s/Info.plist`.
2. Archive in Xcode (Product > Archive) and export with *Developer ID*.
3. Notarize:

```sh
xcrun notarytool submit dist/%(app)s-%(v)s.dmg \\
  --apple-id %(email)s \\
  --team-id %(team)s \\
  %(pw)s \\
  --wait
xcrun stapler staple dist/%(app)s-%(v)s.dmg
```

4. Upload the dmg to the GitHub release and update `appcast.xml`.
""" % dict(app=c.appname, v=ver(r), email=c.email, team=c.team, pw=pw)
    return r.choice(["RELEASING.md", "docs/release.md", "notes/macos-release.md"]), "md", text, v.text


@T("altool_upload", "sh_notary", NOTARY)
def t_altool(r, c, v):
    if v.mode == "cmd":
        pw = r.choice(['"@keychain:AC_PASSWORD"', '"@env:AC_PASSWORD"', "'@keychain:altool'"])
    else:
        pw = v.q(r.choice(['"', "'"])) if not v.raw else v.text
    text = """#!/bin/sh
# legacy upload, still used for the App Store build of %(app)s
set -e
IPA="${1:-build/%(app)s.ipa}"

xcrun altool --validate-app -f "$IPA" -t ios -u %(email)s -p %(pw)s
xcrun altool --upload-app -f "$IPA" -t ios \\
    -u %(email)s \\
    -p %(pw2)s \\
    --asc-provider %(team)s
echo "uploaded $IPA"
""" % dict(app=c.appname, email=c.email, pw=pw, pw2='"$ALTOOL_PW"' if v.mode is None else pw, team=c.team)
    if v.mode is None:
        text = text.replace("set -e\n", "set -e\nALTOOL_PW=%s\n" % r.choice(['"@keychain:altool"', '"$(security find-generic-password -s altool -w)"']), 1)
    return r.choice(["scripts/upload_appstore.sh", "tools/altool-upload.sh"]), "sh", text, v.text


@T("makefile_notarize", "make", NOTARY)
def t_make(r, c, v):
    if v.mode == "cmd":
        pwline = "NOTARY_PROFILE ?= %s" % r.choice(["AC_PASSWORD", "notarytool-%s" % c.appname.lower()])
        sub = '--keychain-profile "$(NOTARY_PROFILE)"'
    else:
        pwline = "APPLE_APP_PASSWORD ?= %s" % v.text
        sub = '--apple-id "$(APPLE_ID)" --team-id "$(TEAM_ID)" --password "$(APPLE_APP_PASSWORD)"'
    text = """APP      := %(app)s
VERSION  := $(shell git describe --tags --always)
BUILD    := build
APPLE_ID ?= %(email)s
TEAM_ID  ?= %(team)s
%(pwline)s

.PHONY: all build sign notarize dmg clean

all: dmg

build:
\txcodebuild -scheme $(APP) -configuration Release -derivedDataPath $(BUILD) build

sign: build
\tcodesign --force --options runtime --timestamp -s "Developer ID Application" $(BUILD)/Build/Products/Release/$(APP).app

dmg: sign
\thdiutil create -volname $(APP) -srcfolder $(BUILD)/Build/Products/Release/$(APP).app -ov $(BUILD)/$(APP)-$(VERSION).dmg

notarize: dmg
\txcrun notarytool submit $(BUILD)/$(APP)-$(VERSION).dmg %(sub)s --wait
\txcrun stapler staple $(BUILD)/$(APP)-$(VERSION).dmg

clean:
\trm -rf $(BUILD)
""" % dict(app=c.appname, email=c.email, team=c.team, pwline=pwline, sub=sub)
    return "Makefile", "makefile", text, v.text


@T("cron_curl_smtp", "sh", MAILP, compact=True)
def t_curl(r, c, v):
    proto = "smtps" if c.ssl_smtp else "smtp"
    pv = v.text if v.raw else v.text
    text = """#!/bin/bash
# /etc/cron.daily/backup-report -- mail a summary after restic runs
LOG=/var/log/restic-nightly.log
TO="%(to)s"
FROM="%(email)s"

STATUS=$(tail -n 20 "$LOG")
HOST=$(hostname -f)

{
  echo "From: Backup <$FROM>"
  echo "To: $TO"
  echo "Subject: [$HOST] restic nightly $(date +%%F)"
  echo
  echo "$STATUS"
} > /tmp/backup-mail.txt

curl --silent --show-error --url '%(proto)s://%(smtp)s:%(port)d' %(tls)s\\
  --mail-from "$FROM" --mail-rcpt "$TO" \\
  --user '%(user)s:%(pv)s' \\
  --upload-file /tmp/backup-mail.txt
rm -f /tmp/backup-mail.txt
""" % dict(to="%s@%s" % (r.choice(FIRST), dom(r)), email=c.email, proto=proto, smtp=c.smtp, port=c.sport,
           tls="" if c.ssl_smtp else "--ssl-reqd ", user=c.user, pv=pv)
    if v.mode == "cmd" or v.raw:
        text = text.replace("--user '%s:%s'" % (c.user, pv), '--user "%s:%s"' % (c.user, v.text.strip('"')))
    return r.choice(["scripts/backup-report.sh", "cron/backup-report", "etc/cron.daily/backup-report"]), "sh", text, v.text


@T("py_caldav", "py", DAVP)
def t_caldav(r, c, v):
    text = '''"""Copy tomorrow's events into a plain-text agenda for the e-ink display."""
from datetime import date, datetime, timedelta

import caldav

URL = "%(dav)s"
USERNAME = "%(user)s"
%(var)s = %(val)s


def agenda(day: date):
    client = caldav.DAVClient(url=URL, username=USERNAME, password=%(var)s)
    principal = client.principal()
    lines = []
    for cal in principal.calendars():
        for ev in cal.search(start=datetime.combine(day, datetime.min.time()),
                             end=datetime.combine(day + timedelta(days=1), datetime.min.time()),
                             event=True, expand=True):
            comp = ev.icalendar_component
            start = comp.get("dtstart").dt
            lines.append(f"{start:%%H:%%M}  {comp.get('summary')}")
    return sorted(lines)


if __name__ == "__main__":
    tomorrow = date.today() + timedelta(days=1)
    with open("/srv/eink/agenda.txt", "w", encoding="utf-8") as fh:
        fh.write("\\n".join(agenda(tomorrow)) + "\\n")
''' % dict(dav=c.dav, user=c.user, var=r.choice(["PASSWORD", "APP_PASSWORD", "DAV_PASS", "CRED"]), val=v.q())
    return r.choice(["agenda.py", "eink/agenda.py", "scripts/caldav_agenda.py"]), "py", text, v.text


@T("caldav_url_yaml", "url", DAVP, compact=True)
def t_caldav_url(r, c, v):
    n = urlq(v.text) if not v.raw else v.text
    u = c.dav.replace("https://", "https://%s:%s@" % (urlq(c.user), n), 1)
    text = """# MagicMirror / dashboard calendar feeds
calendars:
  - name: Family
    color: "#%(c1)s"
    url: %(u)s
    refresh_minutes: %(rm)d
  - name: Holidays
    color: "#%(c2)s"
    url: https://calendar.google.com/calendar/ical/%(hol)s%%23holiday%%40group.v.calendar.google.com/public/basic.ics
    refresh_minutes: 1440
display:
  max_entries: %(me)d
  fade: true
  time_format: relative
""" % dict(c1=rhex(r, 6), c2=rhex(r, 6), u=u, rm=r.choice([15, 30, 60]),
           hol=r.choice(["en.german", "en.usa", "en.uk", "en.dutch"]), me=r.choice([8, 10, 12]))
    return r.choice(["config/calendars.yaml", "dashboard/calendar.yml"]), "yaml", text, n


@T("docker_compose", "compose", MAILP)
def t_compose(r, c, v):
    app = r.choice(["vaultwarden", "paperless", "uptime", "healthchecks", "changedetection"])
    pv = v.text if v.raw else (v.q('"') if (" " in v.text or not v.text or r.random() < 0.4) else v.text)
    if app == "vaultwarden":
        env = """      DOMAIN: "https://vault.%(d)s"
      SIGNUPS_ALLOWED: "false"
      SMTP_HOST: %(smtp)s
      SMTP_FROM: %(email)s
      SMTP_PORT: %(port)d
      SMTP_SECURITY: %(sec)s
      SMTP_USERNAME: %(user)s
      SMTP_PASSWORD: %(pv)s"""
        img = "vaultwarden/server:1.%d.%d" % (r.randint(28, 33), r.randint(0, 3))
    elif app == "paperless":
        env = """      PAPERLESS_URL: https://paperless.%(d)s
      PAPERLESS_TIME_ZONE: %(tz)s
      PAPERLESS_OCR_LANGUAGE: deu+eng
      PAPERLESS_EMAIL_HOST: %(smtp)s
      PAPERLESS_EMAIL_PORT: %(port)d
      PAPERLESS_EMAIL_HOST_USER: %(user)s
      PAPERLESS_EMAIL_HOST_PASSWORD: %(pv)s
      PAPERLESS_EMAIL_FROM: %(email)s"""
        img = "ghcr.io/paperless-ngx/paperless-ngx:2.%d" % r.randint(1, 14)
    else:
        env = """      SITE_ROOT: https://%(app)s.%(d)s
      EMAIL_HOST: %(smtp)s
      EMAIL_PORT: %(port)d
      EMAIL_HOST_USER: %(user)s
      EMAIL_HOST_PASSWORD: %(pv)s
      EMAIL_USE_TLS: "%(tls)s"
      DEFAULT_FROM_EMAIL: %(email)s"""
        img = "%s/%s:latest" % (r.choice(["linuxserver", "ghcr.io/" + r.choice(ORGS)]), app)
    env = env % dict(d=dom(r), smtp=c.smtp, email=c.email, port=c.sport, sec="force_tls" if c.ssl_smtp else "starttls",
                     user=c.user, pv=pv, tz=r.choice(TZS), app=app, tls="False" if c.ssl_smtp else "True")
    text = """services:
  %(app)s:
    image: %(img)s
    container_name: %(app)s
    restart: unless-stopped
    environment:
%(env)s
    volumes:
      - ./%(app)s-data:/data
    ports:
      - "127.0.0.1:%(p)d:80"
    labels:
      - "traefik.enable=true"
""" % dict(app=app, img=img, env=env, p=r.randint(8000, 8999))
    return r.choice(["docker-compose.yml", "compose.yaml", "stacks/%s/docker-compose.yml" % app]), "yaml", text, v.text


@T("k8s_secret_b64", "k8s", MAILP)
def t_k8s(r, c, v):
    name = r.choice(["smtp-credentials", "mail-relay", "%s-smtp" % r.choice(["grafana", "keycloak", "mastodon", "ghost"])])
    if v.mode == "stringdata" or v.raw:
        body = "stringData:\n  SMTP_USER: %s\n  SMTP_PASSWORD: %s\n" % (c.user, v.q('"') if not v.raw else v.text)
        needle = v.text
    else:
        b = base64.b64encode(v.text.encode()).decode()
        body = "data:\n  SMTP_HOST: %s\n  SMTP_USER: %s\n  SMTP_PASSWORD: %s\n" % (
            base64.b64encode(c.smtp.encode()).decode(), base64.b64encode(c.user.encode()).decode(), b)
        needle = b
    text = """apiVersion: v1
kind: Secret
metadata:
  name: %(name)s
  namespace: %(ns)s
  labels:
    app.kubernetes.io/part-of: %(part)s
type: Opaque
%(body)s""" % dict(name=name, ns=r.choice(["default", "monitoring", "apps", "mail"]), part=r.choice(ORGS), body=body)
    return r.choice(["k8s/%s-secret.yaml" % name, "deploy/secrets/%s.yaml" % name, "manifests/%s.yaml" % name]), "yaml", text, needle


@T("spring_properties", "props", MAILP)
def t_spring_props(r, c, v):
    text = """server.port=%(port)d
spring.application.name=%(app)s
spring.datasource.url=jdbc:postgresql://localhost:5432/%(app)s
spring.datasource.username=%(app)s
spring.jpa.hibernate.ddl-auto=validate

# Mail
spring.mail.host=%(smtp)s
spring.mail.port=%(sport)d
spring.mail.username=%(user)s
spring.mail.password=%(val)s
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=%(st)s
spring.mail.properties.mail.smtp.ssl.enable=%(ssl)s
spring.mail.properties.mail.smtp.connectiontimeout=5000
spring.mail.properties.mail.smtp.timeout=5000

management.endpoints.web.exposure.include=health,info
logging.level.org.springframework.mail=%(ll)s
""" % dict(port=r.choice([8080, 8081, 9000]), app=r.choice(["booking", "notifier", "orders", "crm"]),
           smtp=c.smtp, sport=c.sport, user=c.user, val=v.text, st=str(not c.ssl_smtp).lower(),
           ssl=str(c.ssl_smtp).lower(), ll=r.choice(["INFO", "DEBUG", "WARN"]))
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", text, v.text


@T("spring_yaml", "yaml", MAILP)
def t_spring_yaml(r, c, v):
    pv = v.text if v.raw else v.q(r.choice(['"', "'"])) if (r.random() < 0.6 or not v.text or " " in v.text) else v.text
    text = """server:
  port: %(port)d
spring:
  application:
    name: %(app)s
  mail:
    host: %(smtp)s
    port: %(sport)d
    username: %(user)s
    password: %(pv)s
    properties:
      mail:
        smtp:
          auth: true
          starttls:
            enable: %(st)s
  thymeleaf:
    cache: false
app:
  notifications:
    from: %(email)s
    admin: %(email)s
""" % dict(port=r.choice([8080, 8443, 9090]), app=r.choice(["reminder-service", "newsletter", "helpdesk"]),
           smtp=c.smtp, sport=c.sport, user=c.user, pv=pv, st=str(not c.ssl_smtp).lower(), email=c.email)
    return r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yaml"]), "yaml", text, v.text


@T("grafana_ini", "ini", MAILP)
def t_grafana(r, c, v):
    pv = v.text if (v.raw or r.random() < 0.5) else '"""%s"""' % v.text
    text = """[server]
protocol = http
http_port = 3000
domain = grafana.%(d)s
root_url = https://grafana.%(d)s/

[security]
disable_gravatar = true
cookie_secure = true

[users]
allow_sign_up = false

[smtp]
enabled = true
host = %(smtp)s:%(port)d
user = %(user)s
password = %(pv)s
skip_verify = false
from_address = %(email)s
from_name = Grafana
startTLS_policy = %(st)s

[alerting]
enabled = false

[unified_alerting]
enabled = true
""" % dict(d=dom(r), smtp=c.smtp, port=c.sport, user=c.user, pv=pv, email=c.email,
           st="NoStartTLS" if c.ssl_smtp else "MandatoryStartTLS")
    return r.choice(["grafana/grafana.ini", "conf/grafana.ini", "monitoring/grafana.ini"]), "ini", text, v.text


@T("gitea_app_ini", "ini", MAILP)
def t_gitea(r, c, v):
    pv = v.text if v.raw else ("`%s`" % v.text if r.random() < 0.4 else v.text)
    text = """APP_NAME = %(org)s Git
RUN_MODE = prod
RUN_USER = git

[server]
DOMAIN           = git.%(d)s
ROOT_URL         = https://git.%(d)s/
HTTP_PORT        = 3000
DISABLE_SSH      = false
SSH_PORT         = 22

[database]
DB_TYPE  = sqlite3
PATH     = /data/gitea/gitea.db

[mailer]
ENABLED        = true
PROTOCOL       = %(proto)s
SMTP_ADDR      = %(smtp)s
SMTP_PORT      = %(port)d
FROM           = "%(org)s Git" <%(email)s>
USER           = %(user)s
PASSWD         = %(pv)s

[service]
REGISTER_EMAIL_CONFIRM = true
ENABLE_NOTIFY_MAIL     = true
DISABLE_REGISTRATION   = true

[log]
MODE      = console
LEVEL     = info
""" % dict(org=r.choice(ORGS).capitalize(), d=dom(r), proto="smtps" if c.ssl_smtp else "smtp+starttls",
           smtp=c.smtp, port=c.sport, email=c.email, user=c.user, pv=pv)
    return r.choice(["gitea/conf/app.ini", "custom/conf/app.ini", "data/gitea/conf/app.ini"]), "ini", text, v.text


@T("alertmanager", "yaml", MAILP)
def t_alertmanager(r, c, v):
    pv = v.text if v.raw else v.q(r.choice(['"', "'"])) if (r.random() < 0.7 or not v.text) else v.text
    text = """global:
  resolve_timeout: 5m
  smtp_smarthost: '%(smtp)s:%(port)d'
  smtp_from: '%(email)s'
  smtp_auth_username: '%(user)s'
  smtp_auth_password: %(pv)s
  smtp_require_tls: %(tls)s

route:
  receiver: mail-me
  group_by: ['alertname', 'instance']
  group_wait: 30s
  group_interval: 5m
  repeat_interval: %(ri)s

receivers:
  - name: mail-me
    email_configs:
      - to: '%(to)s'
        send_resolved: true

inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: ['alertname', 'instance']
""" % dict(smtp=c.smtp, port=c.sport, email=c.email, user=c.user, pv=pv, tls="false" if c.ssl_smtp else "true",
           ri=r.choice(["4h", "12h", "24h"]), to="%s@%s" % (r.choice(FIRST), dom(r)))
    return r.choice(["alertmanager/alertmanager.yml", "monitoring/alertmanager.yml", "prometheus/alertmanager.yaml"]), "yaml", text, v.text


@T("apprise_yaml", "url", MAILP, compact=True)
def t_apprise(r, c, v):
    n = urlq(v.text) if not v.raw else v.text
    local, d = c.user.split("@") if "@" in c.user else (c.user, c.domain)
    if c.prov == "google":
        url = "mailto://%s:%s@gmail.com" % (local, n)
    elif c.prov in ("yahoo", "fastmail", "zoho") and not c.custom:
        url = "mailto://%s:%s@%s" % (local, n, d)
    else:
        url = "mailtos://%s:%s@%s:%d?user=%s&from=%s" % (local, n, c.smtp, c.sport, urlq(c.user), urlq(c.email))
    text = """# apprise config (https://github.com/caronc/apprise/wiki/config_yaml)
version: 1
tag: %(tag)s

urls:
  - %(url)s:
    - to: %(to)s
      tag: email
  - ntfy://ntfy.sh/%(topic)s:
    - tag: push
""" % dict(tag=r.choice(["homelab", "backups", "server"]), url=url, to="%s@%s" % (r.choice(FIRST), dom(r)),
           topic=rstr(r, LOW + DIG, 12))
    return r.choice(["apprise.yml", "config/apprise.yaml", ".config/apprise/apprise.yml"]), "yaml", text, n


@T("postfix_sasl_passwd", "conf", MAILP, compact=True)
def t_sasl(r, c, v):
    text = """# /etc/postfix/sasl_passwd
# relay all outbound mail through %(lab)s
# after editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
[%(smtp)s]:%(port)d %(user)s:%(pw)s
""" % dict(lab=c.label, smtp=c.smtp, port=c.sport, user=c.user, pw=v.text)
    if r.random() < 0.5:
        text = "# managed by hand on %s\n" % r.choice(["nas", "pi", "vps1", "homeserver"]) + text
    return r.choice(["etc/postfix/sasl_passwd", "postfix/sasl_passwd", "roles/postfix/files/sasl_passwd"]), "conf", text, v.text


@T("gitconfig_sendemail", "ini", MAILP)
def t_gitconfig(r, c, v):
    pv = v.text if (v.raw or " " not in v.text) else '"%s"' % v.text
    text = """[user]
\tname = %(name)s
\temail = %(email)s
[core]
\teditor = %(ed)s
\tautocrlf = input
[init]
\tdefaultBranch = main
[pull]
\trebase = true
[sendemail]
\tsmtpServer = %(smtp)s
\tsmtpServerPort = %(port)d
\tsmtpEncryption = %(enc)s
\tsmtpUser = %(user)s
\tsmtpPass = %(pv)s
\tconfirm = auto
\tsuppresscc = self
[alias]
\tlg = log --graph --oneline --decorate
\tst = status -sb
""" % dict(name=c.name, email=c.email, ed=r.choice(["vim", "nvim", "nano"]), smtp=c.smtp, port=c.sport,
           enc="ssl" if c.ssl_smtp else "tls", user=c.user, pv=pv)
    return r.choice([".gitconfig", "dotfiles/gitconfig", "git/config"]), "ini", text, v.text


@T("go_netsmtp", "go", MAILP)
def t_go(r, c, v):
    text = """package notify

import (
\t"fmt"
\t"net/smtp"
\t"strings"
)

const (
\tsmtpHost = "%(smtp)s"
\tsmtpPort = "%(port)d"
\tsender   = "%(email)s"
)

var %(var)s = %(val)s

// Send delivers a plain-text notification to the given recipients.
func Send(to []string, subject, body string) error {
\tauth := smtp.PlainAuth("", "%(user)s", %(var)s, smtpHost)
\tmsg := fmt.Sprintf("From: %%s\\r\\nTo: %%s\\r\\nSubject: %%s\\r\\n\\r\\n%%s\\r\\n",
\t\tsender, strings.Join(to, ", "), subject, body)
\treturn smtp.SendMail(smtpHost+":"+smtpPort, auth, sender, to, []byte(msg))
}
""" % dict(smtp=c.smtp, port=587 if c.sport == 465 else c.sport, email=c.email,
           var=r.choice(["smtpPass", "appPassword", "mailAuth", "credential"]), val=v.q(r.choice(['"', "`"])), user=c.user)
    return r.choice(["internal/notify/mail.go", "pkg/notify/smtp.go", "notify/email.go"]), "go", text, v.text


@T("csharp_smtpclient", "cs", MAILP)
def t_cs(r, c, v):
    text = """using System;
using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;

namespace %(ns)s.Services
{
    public class MailService
    {
        private const string Host = "%(smtp)s";
        private const int Port = %(port)d;
        private const string From = "%(email)s";

        public async Task SendAsync(string to, string subject, string body)
        {
            using var client = new SmtpClient(Host, Port)
            {
                EnableSsl = true,
                DeliveryMethod = SmtpDeliveryMethod.Network,
                UseDefaultCredentials = false,
                Credentials = new NetworkCredential("%(user)s", %(val)s)
            };
            using var message = new MailMessage(From, to, subject, body) { IsBodyHtml = false };
            await client.SendMailAsync(message);
        }
    }
}
""" % dict(ns=r.choice(["Acme.Reports", "HomeInventory", "TimeTracker", "ShopApi"]), smtp=c.smtp,
           port=587 if c.sport == 465 else c.sport, email=c.email, user=c.user, val=v.q())
    return r.choice(["Services/MailService.cs", "src/Notifications/MailService.cs"]), "cs", text, v.text


@T("java_javamail", "java", MAILP)
def t_java(r, c, v):
    text = """package %(pkg)s.mail;

import jakarta.mail.*;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public final class Mailer {
    private static final String USER = "%(user)s";
    private static final String %(var)s = %(val)s;

    private Mailer() {}

    public static void send(String to, String subject, String text) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.host", "%(smtp)s");
        props.put("mail.smtp.port", "%(port)d");
        props.put("%(tlsprop)s", "true");

        Session session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, %(var)s);
            }
        });
        Message msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress("%(email)s"));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject(subject);
        msg.setText(text);
        Transport.send(msg);
    }
}
""" % dict(pkg="com." + r.choice(ORGS).replace("-", ""), user=c.user, var=r.choice(["PASS", "APP_PASSWORD", "SMTP_AUTH", "TOKEN"]),
           val=v.q(), smtp=c.smtp, port=c.sport, tlsprop="mail.smtp.ssl.enable" if c.ssl_smtp else "mail.smtp.starttls.enable",
           email=c.email)
    return "src/main/java/com/%s/mail/Mailer.java" % r.choice(["acme", "homeapp", "tools"]), "java", text, v.text


@T("ansible_vars", "ansible", MAILP)
def t_ansible(r, c, v):
    pv = v.text if v.raw else v.q(r.choice(['"', "'"])) if (r.random() < 0.6 or not v.text or " " in v.text) else v.text
    text = """---
# group_vars for the %(grp)s hosts
timezone: %(tz)s
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org

unattended_upgrades_mail: %(email)s
postfix_relayhost: "[%(smtp)s]:%(port)d"
postfix_sasl_user: %(user)s
postfix_sasl_password: %(pv)s
postfix_smtp_tls_security_level: encrypt

node_exporter_version: %(ne)s
restic_repo: "sftp:backup@nas.lan:/srv/restic/{{ inventory_hostname }}"
""" % dict(grp=r.choice(["homelab", "web", "all", "pis"]), tz=r.choice(TZS), email=c.email, smtp=c.smtp,
           port=c.sport, user=c.user, pv=pv, ne="1.%d.%d" % (r.randint(3, 9), r.randint(0, 2)))
    return r.choice(["group_vars/all.yml", "inventory/group_vars/homelab.yml", "host_vars/%s.yml" % r.choice(["nas", "pi4", "vps"])]), "yaml", text, v.text


@T("airflow_cfg", "ini", MAILP)
def t_airflow(r, c, v):
    text = """[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
default_timezone = utc

[email]
email_backend = airflow.utils.email.send_email_smtp
email_conn_id = smtp_default
default_email_on_retry = False
default_email_on_failure = True

[smtp]
smtp_host = %(smtp)s
smtp_starttls = %(st)s
smtp_ssl = %(ssl)s
smtp_user = %(user)s
smtp_password = %(val)s
smtp_port = %(port)d
smtp_mail_from = %(email)s
smtp_timeout = 30
smtp_retry_limit = 5

[webserver]
base_url = http://localhost:8080
""" % dict(smtp=c.smtp, st=not c.ssl_smtp, ssl=c.ssl_smtp, user=c.user, val=v.text, port=c.sport, email=c.email)
    return r.choice(["airflow/airflow.cfg", "airflow.cfg", "deploy/airflow/airflow.cfg"]), "ini", text, v.text


@T("ssmtp_conf", "conf", MAILP, compact=True)
def t_ssmtp(r, c, v):
    text = """#
# Config file for sSMTP sendmail
#
root=%(email)s
mailhub=%(smtp)s:%(port)d
rewriteDomain=%(dom)s
hostname=%(host)s
FromLineOverride=YES
AuthUser=%(user)s
AuthPass=%(val)s
AuthMethod=LOGIN
%(tls)s
""" % dict(email=c.email, smtp=c.smtp, port=c.sport, dom=c.domain, host=r.choice(["raspberrypi", "nas", "backup01"]),
           user=c.user, val=v.text, tls="UseTLS=YES" if c.ssl_smtp else "UseSTARTTLS=YES")
    return r.choice(["etc/ssmtp/ssmtp.conf", "ssmtp/ssmtp.conf"]), "conf", text, v.text


@T("jupyter_notebook", "py", MAILP)
def t_ipynb(r, c, v):
    src = ["import smtplib, ssl\n", "from email.message import EmailMessage\n", "\n",
           "sender = \"%s\"\n" % c.email,
           "app_pw = %s\n" % v.q(),
           "msg = EmailMessage()\n", "msg[\"Subject\"] = \"model run finished\"\n",
           "msg[\"From\"] = sender\n", "msg[\"To\"] = sender\n",
           "msg.set_content(f\"val_loss={history['val_loss'][-1]:.4f}\")\n",
           "with smtplib.SMTP_SSL(\"%s\", 465, context=ssl.create_default_context()) as s:\n" % c.smtp,
           "    s.login(sender, app_pw)\n", "    s.send_message(msg)"]
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Training run %d\n" % r.randint(1, 40), "\n",
                                                             "Notify me when it finishes."]},
        {"cell_type": "code", "execution_count": r.randint(1, 9), "metadata": {}, "outputs": [],
         "source": ["import torch\n", "history = {'val_loss': [%.4f, %.4f]}" % (r.random(), r.random())]},
        {"cell_type": "code", "execution_count": r.randint(10, 30), "metadata": {}, "outputs": [], "source": src}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.%d.%d" % (r.randint(9, 12), r.randint(0, 9))}},
        "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=1) + "\n"
    needle = json.dumps(v.text)[1:-1]
    return r.choice(["notebooks/train.ipynb", "experiments/%s.ipynb" % r.choice(["baseline", "run_notify", "finetune"])]), "ipynb", text, needle


@T("rust_lettre", "rs", MAILP)
def t_rust(r, c, v):
    text = """use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

pub fn send_alert(subject: &str, body: String) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("%(name)s <%(email)s>".parse()?)
        .to("%(to)s".parse()?)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)?;

    let creds = Credentials::new("%(user)s".to_owned(), %(val)s.to_owned());

    let mailer = SmtpTransport::%(relay)s("%(smtp)s")?
        .credentials(creds)
        .build();

    mailer.send(&email)?;
    Ok(())
}
""" % dict(name=c.name, email=c.email, to="%s@%s" % (r.choice(FIRST), dom(r)), user=c.user, val=v.q(),
           relay="relay" if c.ssl_smtp else "starttls_relay", smtp=c.smtp)
    return r.choice(["src/alert.rs", "src/notify/mail.rs"]), "rs", text, v.text


@T("mail_env", "envfile", MAILP)
def t_envfile(r, c, v):
    pv = v.text if v.raw else (v.q('"') if (" " in v.text or r.random() < 0.3) else v.text)
    text = """# mail settings for the %(app)s container
APP_URL=https://%(app)s.%(d)s
TZ=%(tz)s
MAIL_MAILER=smtp
MAIL_HOST=%(smtp)s
MAIL_PORT=%(port)d
MAIL_USERNAME=%(user)s
%(var)s=%(pv)s
MAIL_ENCRYPTION=%(enc)s
MAIL_FROM_ADDRESS=%(email)s
MAIL_FROM_NAME="%(app)s"
""" % dict(app=r.choice(["firefly", "monica", "bookstack", "invoiceninja"]), d=dom(r), tz=r.choice(TZS),
           smtp=c.smtp, port=c.sport, user=c.user, var=r.choice(["MAIL_PASSWORD", "SMTP_PASS", "MAIL_AUTH"]),
           pv=pv, enc="ssl" if c.ssl_smtp else "tls", email=c.email)
    return r.choice(["deploy/mail.env", "config/mail.env", "docker/app.mail.env", "stack.env"]), "env", text, v.text


@T("readme_docker_run", "sh", MAILP)
def t_readme(r, c, v):
    pv = v.text if v.raw else v.q(r.choice(['"', "'"]))
    text = """# %(proj)s

Sends you a daily e-mail digest of your RSS feeds.

## Running

```bash
docker run -d --name %(proj)s \\
  -e FEEDS_FILE=/data/feeds.opml \\
  -e SMTP_HOST=%(smtp)s \\
  -e SMTP_PORT=%(port)d \\
  -e SMTP_USER=%(user)s \\
  -e SMTP_PASS=%(pv)s \\
  -e DIGEST_TO=%(email)s \\
  -v $PWD/data:/data \\
  ghcr.io/%(org)s/%(proj)s:%(v)s
```

## License

MIT
""" % dict(proj=r.choice(["feeddigest", "rss2inbox", "morning-mail"]), smtp=c.smtp, port=c.sport, user=c.user,
           pv=pv, email=c.email, org=r.choice(ORGS), v=ver(r))
    return "README.md", "md", text, v.text


@T("powershell_sendmail", "ps1", MAILP)
def t_ps1(r, c, v):
    val = v.text if v.raw else v.q(r.choice(['"', "'"]))
    text = """# Weekly disk report for the office NAS
$ErrorActionPreference = 'Stop'

$smtpServer = '%(smtp)s'
$smtpPort   = %(port)d
$user       = '%(user)s'
$secure     = ConvertTo-SecureString %(val)s -AsPlainText -Force
$cred       = New-Object System.Management.Automation.PSCredential ($user, $secure)

$drives = Get-PSDrive -PSProvider FileSystem | Select-Object Name, @{n='FreeGB';e={[math]::Round($_.Free/1GB,1)}}
$body   = $drives | Format-Table -AutoSize | Out-String

Send-MailMessage -From '%(email)s' -To '%(to)s' -Subject "Disk report $(Get-Date -Format yyyy-MM-dd)" `
    -Body $body -SmtpServer $smtpServer -Port $smtpPort -UseSsl -Credential $cred
""" % dict(smtp=c.smtp, port=587 if c.sport == 465 else c.sport, user=c.user, val=val, email=c.email,
           to="%s@%s" % (r.choice(FIRST), dom(r)))
    return r.choice(["scripts/DiskReport.ps1", "Send-DiskReport.ps1"]), "ps1", text, v.text


# ----------------------------------------------------------------------------- negative values
DOC_PH = ["abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx", "xxxx-xxxx-xxxx-xxxx", "<app-password>",
          "<YOUR_APP_PASSWORD>", "YOUR_APP_PASSWORD", "your-app-specific-password", "changeme",
          "CHANGE_ME", "REPLACE_WITH_16_CHAR_APP_PASSWORD", "<16-character app password>",
          "your_gmail_app_password", "put-app-password-here", "TODO", "abcdefghijklmnop",
          "aaaa-bbbb-cccc-dddd", "<password>", "PASSWORD_HERE", "your-password"]
MASKED = ["********", "****************", "xxxxxxxx", "", "REDACTED", "[hidden]", "<redacted>"]


def neg_value(r, ctx, c):
    """Return (V, kind) for a non-secret value in a given context."""
    ev = r.choice(["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_APP_PASSWORD", "%s_APP_PASSWORD" % c.label.upper(),
                   "IMAP_PASS", "SMTP_PASS"])
    opts = []
    opts += [("ph", 4), ("mask", 2)]
    raw = {
        "py": ['os.environ["%s"]' % ev, 'os.getenv("%s")' % ev, 'os.environ.get("%s", "")' % ev,
               'keyring.get_password("%s", "%s")' % (c.smtp or c.label, c.user), 'config("%s")' % ev],
        "js": ["process.env.%s" % ev, 'process.env["%s"]' % ev, "config.get('mail.password')"],
        "php": ["getenv('%s')" % ev, "$_ENV['%s']" % ev, "env('%s')" % ev],
        "rb": ['ENV["%s"]' % ev, 'ENV.fetch("%s")' % ev, "Rails.application.credentials.dig(:smtp, :password)"],
        "go": ['os.Getenv("%s")' % ev],
        "cs": ['Environment.GetEnvironmentVariable("%s")' % ev, 'configuration["Smtp:Password"]'],
        "java": ['System.getenv("%s")' % ev],
        "rs": ['env!("%s")' % ev],
        "sh": ['"$%s"' % ev, '"${%s:?not set}"' % ev, '"$(pass show mail/%s)"' % c.label,
               '"$(secret-tool lookup service smtp user %s)"' % c.user],
        "sh_notary": ['"$AC_PASSWORD"', '"@keychain:AC_PASSWORD"', '"@env:AC_PASSWORD"',
                      '"$(security find-generic-password -s AC_PASSWORD -w)"'],
        "ps1": ["$env:%s" % ev, "(Get-Secret -Name %s -AsPlainText)" % ev],
        "gha": ["${{ secrets.%s }}" % ev, "${{ secrets.MAIL_PASSWORD }}"],
        "ha": ["!secret smtp_password", "!secret %s_password" % c.label],
        "ansible": ['"{{ vault_smtp_password }}"', "\"{{ lookup('env', '%s') }}\"" % ev,
                    "!vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(rhex(r, 80) for _ in range(r.randint(3, 5)))],
        "compose": ["${%s}" % ev, "${%s:?required}" % ev],
        "k8s": ['"${%s}"' % ev],
        "envfile": ["${%s}" % ev],
        "url": ["${%s}" % ev, "APP_PASSWORD", "PASSWORD", "xxxxxxxxxxxxxxxx", "%2A%2A%2A%2A%2A%2A%2A%2A"],
        "make": ["$(%s)" % ev, "$(shell security find-generic-password -s AC_PASSWORD -w)"],
        "ini": ["${%s}" % ev], "conf": [], "toml": [], "props": ["${%s}" % ev],
        "json": [], "yaml": ["${%s}" % ev], "hasec": [],
    }.get(ctx, [])
    if raw:
        opts.append(("raw", 5))
    if ctx == "jsonenc":
        opts.append(("enc", 6))
    tot = sum(w for _, w in opts)
    x = r.uniform(0, tot)
    for k, w in opts:
        x -= w
        if x <= 0:
            break
    if ctx == "url" and k in ("ph", "mask"):
        k = "raw"
    if k == "ph":
        return V(r.choice(DOC_PH)), "placeholder"
    if k == "mask":
        t = r.choice(MASKED)
        return V(t), "empty" if not t else "masked"
    if k == "enc":
        if r.random() < 0.5:
            return V(rhex(r, 32) + rb64(r, r.choice([48, 64, 96])), mode="enc"), "encrypted_nodered"
        return V("U2FsdGVkX1" + rb64(r, r.choice([96, 144, 192]))[:-4], mode="enc"), "encrypted_n8n"
    t = r.choice(raw)
    kind = "env_reference" if any(ch in t for ch in "$({[") else "placeholder"
    if any(s in t for s in ("secret-tool", "pass show", "security ", "keychain", "keyring", "Get-Secret",
                            "credentials.dig", "vault", "secrets.", "!secret", "lookup(")):
        kind = "secret_manager_reference"
    if "ANSIBLE_VAULT" in t:
        kind = "encrypted_vault"
    return V(t, raw=True), kind


# ----------------------------------------------------------------------------- look-alike negatives
LOOK = []


def L(name, kind):
    def deco(f):
        LOOK.append(dict(name=name, kind=kind, f=f))
        return f
    return deco


def msgid(r, d):
    return "<%s.%s@%s>" % (rstr(r, ALNUM, r.randint(20, 36)), rhex(r, 8), d)


def wrap(s, n=76, pre="        "):
    return ("\n" + pre).join(s[i:i + n] for i in range(0, len(s), n))


@L("eml_message", "message_headers")
def l_eml(r, c):
    d = c.domain
    to = "%s@%s" % (r.choice(FIRST), dom(r))
    mid = msgid(r, "mail.gmail.com" if c.prov == "google" else d)
    text = """Return-Path: <%(email)s>
Delivered-To: %(to)s
Received: from mail-%(x)s.google.com (mail-%(x)s.google.com [209.85.%(a)d.%(b)d])
	by mx.%(td)s with ESMTPS id %(qid)s
	for <%(to)s>; %(date)s
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=%(d)s; s=%(sel)s; t=%(t)d; x=%(tx)d;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=%(bh)s;
        b=%(sig)s
X-Gm-Message-State: %(gms)s
X-Google-Smtp-Source: %(gss)s
MIME-Version: 1.0
From: %(name)s <%(email)s>
Date: %(date)s
Message-ID: %(mid)s
Subject: %(subj)s
To: %(to)s
Content-Type: text/plain; charset="UTF-8"

Hi,

%(body)s

Cheers,
%(fn)s
""" % dict(email=c.email, to=to, x=rstr(r, LOW, 2) + str(r.randint(1, 99)) + "-f" + str(r.randint(10, 99)), a=r.randint(128, 223),
           b=r.randint(1, 254), td=to.split("@")[1], qid=rstr(r, ALNUM, 12), date="Tue, %d Mar 2024 %s +0100" % (r.randint(1, 28), rtime(r)),
           d=d, sel=r.choice(["20230601", "google", "fm1", "s1", "selector1"]), t=r.randint(1700000000, 1730000000),
           tx=r.randint(1730000000, 1740000000), bh=rb64(r, 32), sig=wrap(rb64(r, 256), 76, "         "),
           gms=wrap(rb64(r, 96), 70, "\t"), gss=wrap(rb64(r, 60), 70, "\t"), name=c.name, mid=mid,
           subj=r.choice(["Re: dinner on saturday", "photos from the trip", "Fwd: invoice", "quick question"]),
           body=r.choice(["thanks for sending the photos, they turned out great.", "can we move the call to thursday?",
                          "attached is the invoice from the plumber."]), fn=c.first.capitalize())
    return r.choice(["tests/fixtures/mail/%s.eml" % rhex(r, 8), "fixtures/inbox/msg-%d.eml" % r.randint(1, 999)]), "eml", text


@L("imap_session_log", "imap_uids")
def l_imaplog(r, c):
    lines = ["%s %s [imap] connecting to %s:%d" % (rdate(r), rtime(r), c.imap, c.iport),
             "C: a001 CAPABILITY",
             "S: * CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED LIST-STATUS LITERAL- SPECIAL-USE APPENDLIMIT=35651584",
             "C: a002 LOGIN %s ****" % c.user,
             "S: a002 OK %s authenticated (Success)" % c.user,
             "C: a003 SELECT INBOX",
             "S: * FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing)",
             "S: * OK [UIDVALIDITY %d] UIDs valid." % r.randint(1, 999999999),
             "S: * %d EXISTS" % r.randint(100, 90000),
             "S: * OK [UIDNEXT %d] Predicted next UID." % r.randint(10000, 999999),
             "S: * OK [HIGHESTMODSEQ %d]" % r.randint(10 ** 6, 10 ** 8),
             "S: a003 OK [READ-WRITE] INBOX selected. (Success)"]
    for i in range(r.randint(6, 14)):
        lines.append("S: * %d FETCH (X-GM-THRID %d X-GM-MSGID %d UID %d FLAGS (\\Seen))" % (
            r.randint(1, 9000), r.randint(10 ** 18, 2 * 10 ** 18), r.randint(10 ** 18, 2 * 10 ** 18), r.randint(1000, 99999)))
    lines.append("C: a004 LOGOUT")
    return r.choice(["logs/imap-debug.log", "debug/imap_trace.txt"]), "log", "\n".join(lines) + "\n"


@L("notarytool_log", "notarization_ids")
def l_notary(r, c):
    sid = ruuid(r)
    obj = {"logFormatVersion": 1, "jobId": sid, "status": "Accepted", "statusSummary": "Ready for distribution",
           "statusCode": 0, "archiveFilename": "%s.zip" % c.appname, "uploadDate": "%sT%sZ" % (rdate(r), rtime(r)),
           "sha256": rhex(r, 64),
           "ticketContents": [{"path": "%s.zip/%s.app" % (c.appname, c.appname), "digestAlgorithm": "SHA-256",
                               "cdhash": rhex(r, 40), "arch": a} for a in ("x86_64", "arm64")],
           "issues": None}
    text = json.dumps(obj, indent=2) + "\n"
    return r.choice(["build/notarization-log.json", "ci/artifacts/notary-%s.json" % sid[:8]]), "json", text


@L("fastlane_appfile", "apple_team_id")
def l_appfile(r, c):
    text = """# Appfile
app_identifier("%(bundle)s")
apple_id("%(email)s")

itc_team_id("%(itc)d")
team_id("%(team)s")

# App Store Connect API key is read from fastlane/api_key.json (not committed)
# notarization credentials: xcrun notarytool store-credentials "AC_PASSWORD" --apple-id %(email)s --team-id %(team)s
""" % dict(bundle=c.bundle, email=c.email, itc=r.randint(10 ** 8, 10 ** 9), team=c.team)
    return r.choice(["fastlane/Appfile", "ios/fastlane/Appfile"]), "rb", text


@L("xcode_export_options", "apple_team_id")
def l_export(r, c):
    text = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>destination</key>
	<string>export</string>
	<key>method</key>
	<string>developer-id</string>
	<key>signingStyle</key>
	<string>manual</string>
	<key>signingCertificate</key>
	<string>Developer ID Application</string>
	<key>teamID</key>
	<string>%(team)s</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>%(bundle)s</key>
		<string>%(uuid)s</string>
	</dict>
</dict>
</plist>
""" % dict(team=c.team, bundle=c.bundle, uuid=ruuid(r, upper=True))
    return r.choice(["ExportOptions.plist", "macos/ExportOptions.plist"]), "plist", text


@L("thunderbird_prefs", "client_prefs")
def l_prefs(r, c):
    n = r.randint(1, 4)
    lines = ['// Mozilla User Preferences', '',
             '// DO NOT EDIT THIS FILE.', '']
    kv = [("mail.account.account%d.identities" % n, '"id%d"' % n), ("mail.account.account%d.server" % n, '"server%d"' % n),
          ("mail.accountmanager.accounts", '"account%d,account%d"' % (n, n + 1)),
          ("mail.identity.id%d.fullName" % n, '"%s"' % c.name), ("mail.identity.id%d.useremail" % n, '"%s"' % c.email),
          ("mail.identity.id%d.smtpServer" % n, '"smtp%d"' % n), ("mail.server.server%d.hostname" % n, '"%s"' % c.imap),
          ("mail.server.server%d.port" % n, str(c.iport)), ("mail.server.server%d.socketType" % n, "3"),
          ("mail.server.server%d.authMethod" % n, r.choice(["3", "10"])), ("mail.server.server%d.userName" % n, '"%s"' % c.user),
          ("mail.server.server%d.type" % n, '"imap"'), ("mail.server.server%d.name" % n, '"%s"' % c.email),
          ("mail.server.server%d.directory-rel" % n, '"[ProfD]ImapMail/%s"' % c.imap),
          ("mail.smtpserver.smtp%d.hostname" % n, '"%s"' % c.smtp), ("mail.smtpserver.smtp%d.port" % n, str(c.sport)),
          ("mail.smtpserver.smtp%d.username" % n, '"%s"' % c.user),
          ("mail.rights.version", "1"), ("mail.ui-rdf.version", str(r.randint(30, 40))),
          ("toolkit.telemetry.cachedClientID", '"%s"' % ruuid(r)),
          ("mail.spam.version", "1"), ("mailnews.database.global.datastore.id", '"%s"' % ruuid(r)),
          ("calendar.timezone.local", '"%s"' % r.choice(TZS)),
          ("calendar.registry.%s.uri" % ruuid(r), '"%s"' % (c.dav or "moz-storage-calendar://")),
          ("calendar.registry.%s.username" % ruuid(r), '"%s"' % c.user)]
    r.shuffle(kv)
    lines += ['user_pref("%s", %s);' % (k, v) for k, v in sorted(kv)]
    return r.choice(["thunderbird-profile/prefs.js", "backup/tb/%s.default-release/prefs.js" % rstr(r, LOW + DIG, 8)]), "js", "\n".join(lines) + "\n"


@L("thunderbird_logins_json", "encrypted_store")
def l_logins(r, c):
    logins = []
    for i in range(r.randint(1, 3)):
        host = r.choice(["imap://" + c.imap, "smtp://" + c.smtp, c.dav.rstrip("/") if c.dav else "oauth://accounts.google.com"])
        logins.append({"id": i + 1, "hostname": host, "httpRealm": host, "formSubmitURL": None,
                       "usernameField": "", "passwordField": "",
                       "encryptedUsername": "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + rb64(r, 30),
                       "encryptedPassword": "MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + rb64(r, 42),
                       "guid": "{%s}" % ruuid(r), "encType": 1, "timeCreated": r.randint(1.6e12, 1.73e12),
                       "timeLastUsed": r.randint(1.6e12, 1.73e12), "timePasswordChanged": r.randint(1.6e12, 1.73e12),
                       "timesUsed": r.randint(1, 900)})
    text = json.dumps({"nextId": len(logins) + 1, "logins": logins, "potentiallyVulnerablePasswords": [],
                       "dismissedBreachAlertsByLoginGUID": {}, "version": 3}) + "\n"
    return r.choice(["backup/thunderbird/logins.json", "profile-backup/logins.json"]), "json", text


@L("khal_khard_config", "client_prefs")
def l_khal(r, c):
    text = """[calendars]

  [[%(lab)s]]
    path = ~/.calendars/%(lab)s/*
    type = discover
    color = "#%(col)s"

  [[birthdays]]
    path = ~/.contacts/%(lab)s/default/
    type = birthdays
    color = light magenta

[locale]
timeformat = %%H:%%M
dateformat = %%d.%%m.
longdateformat = %%d.%%m.%%Y
datetimeformat = %%d.%%m. %%H:%%M
local_timezone = %(tz)s
default_timezone = %(tz)s
firstweekday = 0

[default]
default_calendar = %(lab)s
highlight_event_days = True
""" % dict(lab=c.label, col=rhex(r, 6), tz=r.choice(TZS))
    return r.choice([".config/khal/config", "khal/config"]), "ini", text


@L("ics_calendar", "calendar_uids")
def l_ics(r, c):
    evs = []
    for i in range(r.randint(2, 5)):
        d = "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
        evs.append("""BEGIN:VEVENT
UID:%s
DTSTAMP:%sT%02d%02d00Z
DTSTART;TZID=%s:%sT%02d0000
DURATION:PT%dH
SUMMARY:%s
ORGANIZER;CN=%s:mailto:%s
SEQUENCE:%d
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT""" % (r.choice([ruuid(r, upper=True), "%s@google.com" % rstr(r, LOW + DIG, 26)]), d, r.randint(0, 23), r.randint(0, 59),
                 r.choice(TZS), d, r.randint(8, 19), r.randint(1, 3),
                 r.choice(["Dentist", "Team sync", "Piano lesson", "Flight LH%d" % r.randint(100, 999), "Book club"]),
                 c.name, c.email, r.randint(0, 4)))
    text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 14.%d//EN\nCALSCALE:GREGORIAN\nX-WR-CALNAME:%s\n%s\nEND:VCALENDAR\n" % (
        r.randint(0, 6), r.choice(["Family", "Work", "Personal"]), "\n".join(evs))
    return r.choice(["tests/data/calendar.ics", "fixtures/%s.ics" % rstr(r, LOW, 8)]), "ics", text


@L("vcard", "contact_uids")
def l_vcf(r, c):
    cards = []
    for _ in range(r.randint(2, 4)):
        fn, ln = r.choice(FIRST).capitalize(), r.choice(LAST).capitalize()
        cards.append("""BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.%d//EN
N:%s;%s;;;
FN:%s %s
EMAIL;type=INTERNET;type=HOME;type=pref:%s.%s@%s
TEL;type=CELL;type=VOICE;type=pref:+49 1%d %d
UID:%s
REV:%sT%sZ
END:VCARD""" % (r.randint(0, 5), ln, fn, fn, ln, fn.lower(), ln.lower(), dom(r), r.randint(50, 79), r.randint(1000000, 9999999),
                ruuid(r, upper=True), rdate(r), rtime(r).replace(":", "")))
    return r.choice(["contacts/export.vcf", "fixtures/contacts.vcf"]), "vcf", "\n".join(cards) + "\n"


@L("caldav_propfind_xml", "dav_etags")
def l_propfind(r, c):
    items = []
    for _ in range(r.randint(2, 5)):
        items.append("""  <d:response>
    <d:href>/dav/calendars/user/%s/%s/%s.ics</d:href>
    <d:propstat>
      <d:prop>
        <d:getetag>"%s"</d:getetag>
        <d:getcontenttype>text/calendar; charset=utf-8; component=VEVENT</d:getcontenttype>
      </d:prop>
      <d:status>HTTP/1.1 200 OK</d:status>
    </d:propstat>
  </d:response>""" % (c.email, ruuid(r), ruuid(r, upper=True), rhex(r, 40)))
    text = """<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
%s
  <d:sync-token>http://sabre.io/ns/sync/%d</d:sync-token>
  <cs:getctag>%s</cs:getctag>
</d:multistatus>
""" % ("\n".join(items), r.randint(1000, 99999), rstr(r, ALNUM, 22))
    return r.choice(["tests/fixtures/propfind_response.xml", "spec/fixtures/caldav/report.xml"]), "xml", text


@L("dns_zone_mail", "public_dkim_key")
def l_zone(r, c):
    d = dom(r)
    key = rb64(r, 294)
    text = """$ORIGIN %(d)s.
$TTL 3600
@       IN  SOA  ns1.%(d)s. hostmaster.%(d)s. ( %(ser)d 7200 3600 1209600 3600 )
@       IN  MX   10 in1-smtp.messagingengine.com.
@       IN  MX   20 in2-smtp.messagingengine.com.
@       IN  TXT  "v=spf1 include:spf.messagingengine.com ?all"
@       IN  TXT  "google-site-verification=%(gsv)s"
fm1._domainkey  IN CNAME fm1.%(d)s.dkim.fmhosted.com.
mail._domainkey IN TXT ( "v=DKIM1; k=rsa; "
        "p=%(k1)s"
        "%(k2)s" )
_dmarc  IN  TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@%(d)s; adkim=s"
_caldavs._tcp IN SRV 0 1 443 caldav.fastmail.com.
_carddavs._tcp IN SRV 0 1 443 carddav.fastmail.com.
""" % dict(d=d, ser=r.randint(2023000000, 2025123199), gsv=rb64(r, 32, urlsafe=True, pad=False), k1=key[:200], k2=key[200:])
    return r.choice(["dns/%s.zone" % d, "zones/db.%s" % d]), "zone", text


@L("pgp_public_key", "public_key")
def l_pgp(r, c):
    body = rb64(r, r.choice([600, 900, 1200]))
    fp = rstr(r, "0123456789ABCDEF", 40)
    text = """pub   ed25519 20%d-%02d-%02d [SC]
      %s
uid           [ultimate] %s <%s>

-----BEGIN PGP PUBLIC KEY BLOCK-----

%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
""" % (r.randint(19, 24), r.randint(1, 12), r.randint(1, 28), fp, c.name, c.email, "\n".join(body[i:i + 64] for i in range(0, len(body), 64)),
       rb64(r, 3))
    return r.choice(["keys/%s.asc" % c.first, "docs/pgp-%s.asc" % c.first, "KEYS.asc"]), "asc", text


@L("dovecot_passwd_hashes", "password_hash")
def l_dovecot(r, c):
    d = c.domain if c.custom else dom(r)
    rows = []
    for _ in range(r.randint(2, 5)):
        u = "%s@%s" % (r.choice(FIRST), d)
        sc = r.choice(["SHA512-CRYPT", "BLF-CRYPT", "ARGON2ID"])
        if sc == "SHA512-CRYPT":
            h = "{SHA512-CRYPT}$6$%s$%s" % (rstr(r, ALNUM + "./", 16), rstr(r, ALNUM + "./", 86))
        elif sc == "BLF-CRYPT":
            h = "{BLF-CRYPT}$2y$%02d$%s" % (r.choice([10, 12]), rstr(r, ALNUM + "./", 53))
        else:
            h = "{ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$%s$%s" % (rb64(r, 16, pad=False), rb64(r, 32, pad=False))
        rows.append("%s:%s:5000:5000::/var/vmail/%s/%s::" % (u, h, d, u.split("@")[0]))
    if r.random() < 0.5:
        return r.choice(["dovecot/users", "etc/dovecot/passwd"]), "conf", "# generated with doveadm pw\n" + "\n".join(rows) + "\n"
    rows = ["%s:$2y$05$%s" % (r.choice(FIRST), rstr(r, ALNUM + "./", 53)) for _ in range(r.randint(1, 4))]
    return r.choice(["radicale/users", "config/radicale/htpasswd"]), "htpasswd", "\n".join(rows) + "\n"


@L("oauth2_client_id_config", "oauth_client_id")
def l_oauth(r, c):
    cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rstr(r, LOW + DIG, 32))
    if r.random() < 0.5:
        text = """[%(lab)s]
source            = imaps+oauthbearer://%(ue)s@imap.gmail.com:993?token_endpoint=https%%3A%%2F%%2Foauth2.googleapis.com%%2Ftoken&client_id=%(cid)s
source-cred-cmd   = ~/bin/mutt_oauth2.py ~/.local/share/aerc/%(lab)s.tokens
outgoing          = smtps+oauthbearer://%(ue)s@smtp.gmail.com:465?token_endpoint=https%%3A%%2F%%2Foauth2.googleapis.com%%2Ftoken&client_id=%(cid)s
outgoing-cred-cmd = ~/bin/mutt_oauth2.py ~/.local/share/aerc/%(lab)s.tokens
default           = INBOX
from              = %(name)s <%(email)s>
""" % dict(lab=c.label, ue=urlq(c.email), cid=cid, name=c.name, email=c.email)
        return ".config/aerc/accounts.conf", "ini", text
    text = """IMAPAccount %(lab)s
Host imap.gmail.com
User %(email)s
AuthMechs XOAUTH2
# token refreshed by oama; client_id is the public installed-app id
# client_id %(cid)s
PassCmd "oama access %(email)s"
TLSType IMAPS

IMAPStore %(lab)s-remote
Account %(lab)s
""" % dict(lab=c.label, email=c.email, cid=cid)
    return ".mbsyncrc", "conf", text


@L("gmail_api_fixture", "message_ids")
def l_gmail(r, c):
    msgs = []
    for _ in range(r.randint(2, 5)):
        msgs.append({"id": rhex(r, 16), "threadId": rhex(r, 16), "labelIds": r.sample(["INBOX", "UNREAD", "CATEGORY_UPDATES", "IMPORTANT", "Label_%d" % r.randint(1, 40)], 2),
                     "snippet": r.choice(["Your order has shipped", "Reminder: dentist appointment", "Weekly newsletter"]),
                     "historyId": str(r.randint(10 ** 6, 10 ** 8)), "internalDate": str(r.randint(1.6e12, 1.73e12)),
                     "sizeEstimate": r.randint(2000, 90000)})
    text = json.dumps({"messages": msgs, "nextPageToken": str(r.randint(10 ** 19, 10 ** 20)), "resultSizeEstimate": len(msgs) * 41}, indent=2) + "\n"
    return r.choice(["tests/fixtures/gmail_list.json", "testdata/gmail/messages.json"]), "json", text


ID16 = [("CALENDAR_SETTINGS", "calendarsettings"), ("MAILBOX_RETENTION", "mailboxretention"),
        ("ATTACHMENT_POLICY", "attachmentpolicy"), ("NOTIFICATION_MODE", "notificationmode"),
        ("SUBSCRIPTION_LIST", "subscriptionlist"), ("SYNCHRONIZE_INBOX", "synchronizeinbox"),
        ("PREFERRED_ACCOUNT", "preferredaccount"), ("BACKGROUND_WORKER", "backgroundworker"),
        ("CONVERSATION_VIEW", "conversationview"), ("AUTODISCOVER_IMAP", "autodiscoverimap"),
        ("SIGNATURE_ENABLED", "signatureenabled"), ("FORWARDING_RULES", "forwardingrules")]
ID16 = [p for p in ID16 if len(p[1]) == 16]


@L("identifiers_16_letters", "ordinary_words")
def l_words(r, c):
    ids = r.sample(ID16, r.randint(4, 6))
    ws = r.sample(WORD16, 3)
    grp = " ".join(r.sample(["mail", "sync", "conf", "task", "list", "user", "ical", "push", "idle", "fold"], 4))
    body = "\n".join("    %s = \"%s\"" % kv for kv in ids)
    text = '''"""Setting keys for the sync daemon (stored lower-case, no separators)."""
from enum import Enum


class SettingKey(str, Enum):
%s


# words the spam heuristics treat as neutral even though they are long
NEUTRAL_LONG_WORDS = frozenset({"%s", "%s", "%s"})

# status-bar label, four short words
MENU_LABEL = "%s"
ACCOUNT_KIND = "imap"
SYNC_INTERVAL_SECONDS = %d
''' % (body, ws[0], ws[1], ws[2], grp, r.choice([60, 300, 900]))
    return r.choice(["syncd/settings_keys.py", "app/constants.py"]), "py", text


@L("jmap_session", "account_ids")
def l_jmap(r, c):
    acc = "u%s" % rhex(r, 8)
    obj = {"capabilities": {"urn:ietf:params:jmap:core": {"maxSizeUpload": 250000000, "maxConcurrentUpload": 10},
                            "urn:ietf:params:jmap:mail": {}, "urn:ietf:params:jmap:submission": {}},
           "accounts": {acc: {"name": c.email, "isPersonal": True, "isReadOnly": False,
                              "accountCapabilities": {"urn:ietf:params:jmap:mail": {"maxMailboxDepth": None}}}},
           "primaryAccounts": {"urn:ietf:params:jmap:mail": acc}, "username": c.email,
           "apiUrl": "https://api.fastmail.com/jmap/api/", "downloadUrl": "https://www.fastmailusercontent.com/jmap/download/{accountId}/{blobId}/{name}?type={type}",
           "uploadUrl": "https://api.fastmail.com/jmap/upload/{accountId}/", "eventSourceUrl": "https://api.fastmail.com/jmap/event/",
           "state": rstr(r, ALNUM, 18)}
    return r.choice(["tests/fixtures/jmap_session.json", "fixtures/session.json"]), "json", json.dumps(obj, indent=2) + "\n"


@L("xcode_pbxproj", "apple_team_id")
def l_pbx(r, c):
    ids = [rstr(r, "0123456789ABCDEF", 24) for _ in range(4)]
    text = """		%(a)s /* Release */ = {
			isa = XCBuildConfiguration;
			buildSettings = {
				ASSETCATALOG_COMPILER_APPICON_NAME = AppIcon;
				CODE_SIGN_ENTITLEMENTS = %(app)s/%(app)s.entitlements;
				CODE_SIGN_IDENTITY = "Developer ID Application";
				CODE_SIGN_STYLE = Manual;
				COMBINE_HIDPI_IMAGES = YES;
				CURRENT_PROJECT_VERSION = %(bn)d;
				DEVELOPMENT_TEAM = %(team)s;
				ENABLE_HARDENED_RUNTIME = YES;
				INFOPLIST_FILE = %(app)s/Info.plist;
				MACOSX_DEPLOYMENT_TARGET = 13.0;
				MARKETING_VERSION = %(v)s;
				PRODUCT_BUNDLE_IDENTIFIER = %(bundle)s;
				PRODUCT_NAME = "$(TARGET_NAME)";
				PROVISIONING_PROFILE_SPECIFIER = "";
				SWIFT_VERSION = 5.0;
			};
			name = Release;
		};
		%(b)s /* Build configuration list for PBXNativeTarget "%(app)s" */ = {
			isa = XCConfigurationList;
			buildConfigurations = (
				%(c)s /* Debug */,
				%(a)s /* Release */,
			);
			defaultConfigurationIsVisible = 0;
			defaultConfigurationName = Release;
		};
""" % dict(a=ids[0], b=ids[1], c=ids[2], app=c.appname, bn=r.randint(1, 400), team=c.team, v=ver(r), bundle=c.bundle)
    return "%s.xcodeproj/project.pbxproj" % c.appname, "pbxproj", text


@L("sealed_secret", "encrypted_store")
def l_sealed(r, c):
    text = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-credentials
  namespace: %s
spec:
  encryptedData:
    SMTP_PASSWORD: %s
    SMTP_USER: %s
  template:
    metadata:
      name: smtp-credentials
    type: Opaque
""" % (r.choice(["apps", "monitoring", "default"]), rb64(r, r.choice([300, 380])), rb64(r, 290))
    return "deploy/sealed/smtp-credentials.yaml", "yaml", text


# ----------------------------------------------------------------------------- driver
def pick_provider(r, provs):
    tot = sum(PWEIGHT[p] for p in provs)
    x = r.uniform(0, tot)
    for p in provs:
        x -= PWEIGHT[p]
        if x <= 0:
            return p
    return provs[-1]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nt.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    order = []
    while len(order) < 500:
        blk = list(range(len(TEMPLATES)))
        r.shuffle(blk)
        order += blk
    for i in range(500):
        t = TEMPLATES[order[i]]
        prov = pick_provider(r, t["provs"])
        c = C(r, prov)
        for _ in range(50):
            s = PROVIDERS[prov]["gen"](r)
            if t["compact"]:
                s = s.replace(" ", "")
            rel, ft, text, needle = t["f"](r, c, V(s))
            if needle and needle in text and "\n" not in needle:
                break
        else:
            raise RuntimeError("needle missing in %s" % t["name"])
        line = text[:text.index(needle)].count("\n") + 1
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": prov, "kind": c.kind, "filetype": ft,
                         "template": t["name"]})
        secrets.append({"file": frel, "needle": needle, "line": line})
        needles.append(needle)

    negs = []
    order = []
    while len(order) < 250:
        blk = list(range(len(TEMPLATES)))
        r.shuffle(blk)
        order += blk
    for i in range(250):
        t = TEMPLATES[order[i]]
        prov = pick_provider(r, t["provs"])
        c = C(r, prov)
        if t["cmd"] and r.random() < 0.5:
            v, kind = V("", mode="cmd"), "command_lookup"
        else:
            v, kind = neg_value(r, t["ctx"], c)
            if v.mode == "enc" and t["ctx"] != "jsonenc":
                v.mode = None
        rel, ft, text, _ = t["f"](r, c, v)
        negs.append((rel, ft, text, prov, kind, t["name"]))
    lorder = []
    while len(lorder) < 250:
        blk = list(range(len(LOOK)))
        r.shuffle(blk)
        lorder += blk
    for i in range(250):
        lk = LOOK[lorder[i]]
        prov = pick_provider(r, MAILP)
        c = C(r, prov)
        rel, ft, text = lk["f"](r, c)
        negs.append((rel, ft, text, prov, lk["kind"], "lookalike_" + lk["name"]))
    r.shuffle(negs)
    for i, (rel, ft, text, prov, kind, tname) in enumerate(negs):
        assert not any(n in text for n in needles if len(n) >= 8), tname
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft,
                         "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
