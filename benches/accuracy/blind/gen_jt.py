#!/usr/bin/env python3
"""gen_jt.py - blind evaluation set: Linux distribution packaging & package repositories.

EMPHASIS
  Credentials that leak in distribution-packaging work: Open Build Service oscrc (pass=, passx=),
  Fedora Copr ~/.config/copr (token), Launchpad launchpadlib credentials (access_secret /
  oauth_token_secret), devscripts (~/.devscripts SALSA_TOKEN, debsign passphrases), ~/.rpmmacros
  (%_gpg_passphrase), aptly (S3 keys, -passphrase), reprepro (gpg-preset-passphrase), Pulp CLI,
  Artifactory / Nexus apt+yum repositories (https://user:pass@ URLs, username=/password=, apt
  auth.conf.d machine/login/password, X-JFrog-Art-Api, reference tokens, JWT access tokens),
  zypper credentials.d and SCCcredentials, flat-manager (config secret, JWT build tokens),
  AUR deploy SSH keys, Snapcraft export-login credentials (macaroons), packagecloud tokens,
  Cloudsmith API keys and entitlement tokens, Gemfury push/deploy tokens, Ubuntu Pro tokens,
  RHEL subscription-manager passwords, SUSEConnect registration codes, ASCII-armored PGP
  private signing keys.
  File types: INI rc files, .repo, sources.list, deb822 .sources, auth.conf, shell, Dockerfile,
  Makefile, .spec, debian/rules, GitHub/GitLab CI YAML, Ansible, cloud-init, kickstart,
  Markdown, JSON, TOML, XML (AutoYaST, repomd), Terraform, Python, Ruby (Vagrantfile),
  Groovy (Jenkinsfile), PKGBUILD/.SRCINFO, makepkg.conf, Release/Packages indices, .dsc,
  logs, CSV, SQL.

USAGE
  python3 -B gen_jt.py OUTDIR SEED
  Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
  OUTDIR/manifest.jsonl (file,label,provider,kind,filetype) and OUTDIR/secrets.jsonl
  (file,needle,line). All randomness comes from one random.Random(SEED); output is
  byte-identical for a given SEED. Standard library only.

NEEDLE CONVENTIONS
  * The needle is the secret value exactly as written, never the variable name or quotes.
  * URLs with credentials (https://user:pass@host/..., https://TOKEN:@host/, Cloudsmith
    https://dl.cloudsmith.io/TOKEN/...): the needle is the password / token part only.
  * curl -u user:pass and HTTP headers (Authorization: Bearer X, X-JFrog-Art-Api: X,
    OAuth oauth_signature="&X"): the needle is the token / password only.
  * Key pairs (AWS access key id + secret, Launchpad access_token + access_secret, Copr
    login + token, Snapcraft macaroon + discharge): the needle is the secret half
    (awsSecretAccessKey, access_secret, token, macaroon).
  * OBS passx=: the needle is the whole obfuscated value (base64 of bz2 of the password).
  * Multi-line keys (PGP PRIVATE KEY BLOCK, OPENSSH PRIVATE KEY): the needle is the
    "-----BEGIN ... PRIVATE KEY...-----" line (text after any YAML indentation).
  * line is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
  500 files, none holding a credential and none named .env / .env.<x> (.env.example is used).
  250 re-use the positive templates with the secret slot holding: placeholders (<your-token>,
  YOUR_API_TOKEN_HERE, changeme, xxxx...), empty values, masked values (****, [REDACTED]),
  environment / secret-manager references (${VAR}, $VAR, ${{ secrets.X }}, {{ vault_x }},
  os.environ[...], ENV[...], op://, vault:), providers' documented examples (Copr docs token,
  apt_auth.conf "debian", SUSE sticker example, AWS EXAMPLE keys, Heroku/Gemfury
  SeCrEt-ToKeN ...), and public values (Cloudsmith "public" repo path, Pro token placeholders).
  Companion fields (login, access key id, discharge) are neutralised as well.
  250 are look-alikes: PGP PUBLIC KEY BLOCKs, fingerprints and long key ids, signed-by= paths,
  Release / InRelease / Packages SHA256 sums, repomd.xml checksums, PKGBUILD/.SRCINFO
  sha256sums/b2sums, Fedora `sources` SHA512, %{?_gpg_name} macros, $COPR_TOKEN refs,
  .dsc / .changes PGP SIGNATUREs, snap assertions (sha3-384 digests, snap-ids), ostree
  commits, Docker digests, pinned action SHAs, UUIDs, ELF build-ids, ssh PUBLIC keys and host
  key fingerprints, flatpakrepo GPGKey= base64 public keys.

FORMATS CHECKED (search tool, providers' docs / man pages)
  * Copr: ~/.config/copr INI [copr-cli] username/login/token/copr_url; the docs example token
    is 30 lowercase letters, login looks like "<b64>##<20 lowercase>"; API uses Basic
    login:token.
  * apt_auth.conf(5): netrc-like "machine [proto://]host[:port][/path] login X password Y",
    files in /etc/apt/auth.conf.d/*.conf; documented example user apt / password debian.
  * Cloudsmith: API key (read/write) vs entitlement tokens (read-only, in dl.cloudsmith.io
    URLs); public repos use /public/.
  * Gemfury: push URL https://USER:TOKEN@push.fury.io/ACCOUNT/ or https://TOKEN@push.fury.io/;
    Heroku add-on docs show https://repo.fury.io/SeCrEt-ToKeN/me/.
  * packagecloud: master / read tokens, ~/.packagecloud JSON {"url":..., "token":...},
    https://TOKEN:@packagecloud.io/... URLs.
  * Snapcraft: export-login writes a credentials file whose contents go into
    SNAPCRAFT_STORE_CREDENTIALS; older exports were INI [login.ubuntu.com] macaroon /
    unbound_discharge / email.
  * Ubuntu Pro: `pro attach TOKEN`, attach-config file with token:; tokens must be kept secret.
  * SUSE: registration code example "5597A240B216B4" (14 chars); SUSEConnect -r CODE -e MAIL;
    Agama profile registrationCode; AutoYaST <suse_register><reg_code>.
  * Launchpad: launchpadlib UnencryptedFileCredentialStore INI [1] consumer_key,
    consumer_secret, access_token, access_secret.
  * Artifactory: reference tokens are 64 characters; API keys use the X-JFrog-Art-Api header;
    access tokens are JWTs used as Bearer.
  * osc: credentials managers include plain-text (pass=) and obfuscated (passx=) config file.
  * flat-manager: config.json with a base64 "secret"; clients authenticate with HS256 JWTs.
  Structures built locally from public specs: OpenPGP packets (RFC 4880, ed25519/cv25519,
  CRC-24 armor checksum), openssh-key-v1, macaroon v1 packet serialisation, JWT (HS256/RS256).

DOUBTS
  * Ubuntu Pro token alphabet/length ("C1" + 28 base58-like chars) not confirmed by docs.
  * packagecloud token length (48 hex) and Gemfury token shape (20 mixed alnum) not confirmed.
  * Cloudsmith API key assumed 40 hex, entitlement token 16 alnum: not confirmed.
  * SUSE modern registration codes assumed 14-16 uppercase hex/alnum (only an old example seen);
    SCCcredentials username=SCC_<32 hex>/password=<16 hex> from memory, not confirmed.
  * Artifactory API key "AKCp" + 69 chars and reference token = base64("reftkn:01:...") from
    memory; only the 64-char length was confirmed.
  * Snapcraft 7+ export format (base64 of {"t":"u1-macaroon","v":{"r":..,"d":..}}) from memory.
  * Copr "login" shape inferred from one docs example.
  * Search results that were secret-scanner rule material (a kingfisher rule file, GitGuardian
    detector pages) were seen in result lists and were NOT used.
"""
import base64
import bz2
import hashlib
import hmac
import json
import os
import random
import sys
import zlib

N_POS = 500
N_NEG = 500

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B64 = ALNUM + "+/"


class Expr(str):
    """A code expression placed in a slot (not to be quoted)."""


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def qd(v):
    """double-quoted literal unless code expression"""
    return v if isinstance(v, Expr) else '"%s"' % v


def qs(v):
    return v if isinstance(v, Expr) else "'%s'" % v


WORDS = ("amber", "basalt", "cobalt", "delta", "ember", "fjord", "glacier", "harbor", "indigo",
         "juniper", "kestrel", "lantern", "meadow", "nimbus", "orchid", "pylon", "quarry", "raven",
         "saffron", "tundra", "umber", "velvet", "willow", "xenon", "yonder", "zephyr", "copper",
         "marble", "falcon", "thistle", "beacon", "cinder", "drift", "gravel", "hollow", "lilac")


def gen_pw(r, urlsafe=False):
    style = r.randrange(4)
    if style == 0:
        w = [r.choice(WORDS).capitalize() for _ in range(2)]
        s = w[0] + r.choice("-_.") + w[1] + str(r.randrange(10, 9999)) + ("" if urlsafe else r.choice("!*+=@^"))
    else:
        alpha = ALNUM + ("-_.~" if urlsafe else "-_.~!*+=^")
        n = r.randrange(14, 26)
        s = r.choice(ALNUM) + rs(r, alpha, n - 2) + r.choice(DIG)
        if not any(c in DIG for c in s[:-1]):
            s = s[:3] + r.choice(DIG) + s[4:]
    return s


def gen_passphrase(r):
    n = r.randrange(3, 6)
    sep = r.choice(["-", " ", ".", "_"])
    ws = [r.choice(WORDS) for _ in range(n)]
    if r.random() < 0.5:
        ws[r.randrange(n)] = ws[0].capitalize()
    return sep.join(ws) + sep + str(r.randrange(10, 999))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def armor(kind, data, headers=()):
    body = base64.b64encode(data).decode()
    out = ["-----BEGIN PGP %s-----" % kind]
    for h in headers:
        out.append(h)
    out.append("")
    out += wrap(body, 64)
    out.append("=" + base64.b64encode(crc24(data).to_bytes(3, "big")).decode())
    out.append("-----END PGP %s-----" % kind)
    return "\n".join(out)


def _pkt(tag, body):
    # old-format packet header
    if len(body) < 256:
        return bytes([0x80 | (tag << 2), len(body)]) + body
    return bytes([0x80 | (tag << 2) | 1]) + len(body).to_bytes(2, "big") + body


ED_OID = bytes.fromhex("2b06010401da470f01")
CV_OID = bytes.fromhex("2b060104019755010501")


def _mpi(b):
    v = int.from_bytes(b, "big")
    return v.bit_length().to_bytes(2, "big") + b


def pgp_key(r, uid, secret):
    ts = (1600000000 + r.randrange(150000000)).to_bytes(4, "big")
    pub = b"\x04" + ts + b"\x16" + bytes([len(ED_OID)]) + ED_OID + _mpi(b"\x40" + rbytes(r, 32))
    sub = b"\x04" + ts + b"\x12" + bytes([len(CV_OID)]) + CV_OID + _mpi(b"\x40" + rbytes(r, 32)) + b"\x03\x01\x08\x07"
    fpr = hashlib.sha1(b"\x99" + len(pub).to_bytes(2, "big") + pub).digest()

    def sig(stype):
        hashed = bytes([22, 33, 4]) + fpr + bytes([5, 2]) + ts + bytes([2, 27, 3])
        unh = bytes([9, 16]) + fpr[-8:]
        b = bytes([4, stype, 22, 8]) + len(hashed).to_bytes(2, "big") + hashed
        b += len(unh).to_bytes(2, "big") + unh + rbytes(r, 2)
        b += _mpi(bytes([r.randrange(64, 256)]) + rbytes(r, 31)) + _mpi(bytes([r.randrange(64, 256)]) + rbytes(r, 31))
        return _pkt(2, b)

    if secret:
        def sec(bodyp):
            s = bytes([r.randrange(1, 128)]) + rbytes(r, 31)
            m = _mpi(s)
            return bodyp + b"\x00" + m + (sum(m) % 65536).to_bytes(2, "big")
        data = _pkt(5, sec(pub)) + _pkt(13, uid.encode()) + sig(0x13) + _pkt(7, sec(sub)) + sig(0x18)
        return armor("PRIVATE KEY BLOCK", data), fpr.hex().upper()
    data = _pkt(6, pub) + _pkt(13, uid.encode()) + sig(0x13) + _pkt(14, sub) + sig(0x18)
    return armor("PUBLIC KEY BLOCK", data), fpr.hex().upper()


def pgp_signature(r, fpr_hex):
    fpr = bytes.fromhex(fpr_hex)
    ts = (1650000000 + r.randrange(90000000)).to_bytes(4, "big")
    hashed = bytes([22, 33, 4]) + fpr + bytes([5, 2]) + ts
    unh = bytes([9, 16]) + fpr[-8:]
    b = bytes([4, 1, 22, 10]) + len(hashed).to_bytes(2, "big") + hashed + len(unh).to_bytes(2, "big") + unh
    b += rbytes(r, 2) + _mpi(bytes([r.randrange(64, 256)]) + rbytes(r, 31)) + _mpi(bytes([r.randrange(64, 256)]) + rbytes(r, 31))
    return armor("SIGNATURE", _pkt(2, b))


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def ssh_ed25519(r, comment):
    pub = rbytes(r, 32)
    seed = rbytes(r, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(r, 4)
    priv = chk + chk + pubblob + _sshstr(seed + pub) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv))
    key = "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + wrap(base64.b64encode(blob).decode(), 70)
                    + ["-----END OPENSSH PRIVATE KEY-----"])
    return key, "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment


def jwt_hs256(r, claims):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    s = b64u(hmac.new(rbytes(r, 32), (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + s


def jwt_rs256(r, claims):
    h = b64u(json.dumps({"ver": "2", "typ": "JWT", "alg": "RS256", "kid": b64u(rbytes(r, 32))[:43]},
                        separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 256))


def _mac_pkt(k, v):
    body = k.encode() + b" " + v + b"\n"
    return ("%04x" % (len(body) + 4)).encode() + body


def macaroon(r, location, ident, caveats):
    b = _mac_pkt("location", location.encode()) + _mac_pkt("identifier", ident)
    for c in caveats:
        b += c
    b += _mac_pkt("signature", rbytes(r, 32))
    return b64u(b)


def snap_macaroons(r):
    tp = rbytes(r, 48)
    root = macaroon(r, "myapps.developer.ubuntu.com", rs(r, HEX, 32).encode(), [
        _mac_pkt("cid", b"snap-store|package_access,package_push,package_release"),
        _mac_pkt("cid", ("snap-store|expires|%d-%02d-%02dT00:00:00Z" % (r.randrange(2025, 2028), r.randrange(1, 13), r.randrange(1, 28))).encode()),
        _mac_pkt("cid", tp), _mac_pkt("vid", rbytes(r, 72)), _mac_pkt("cl", b"login.ubuntu.com")])
    dis = macaroon(r, "login.ubuntu.com", tp, [
        _mac_pkt("cid", b"login.ubuntu.com|account|" + base64.b64encode(rbytes(r, 60))),
        _mac_pkt("cid", ("login.ubuntu.com|valid_since|2024-%02d-%02dT10:11:12Z" % (r.randrange(1, 13), r.randrange(1, 28))).encode())])
    return root, dis


# ---------------------------------------------------------------------------
# secret generators (keyed by slot)
# ---------------------------------------------------------------------------
def g_copr(r):
    return rs(r, LOW, 30)


def g_lp_secret(r):
    return rs(r, ALNUM, 50)


def g_aws_secret(r):
    return rs(r, B64, 40)


def g_glpat(r):
    return "glpat-" + rs(r, ALNUM + "-_", 20)


def g_pkgcloud(r):
    return rs(r, HEX, 48)


def g_cs_api(r):
    return rs(r, HEX, 40)


def g_cs_ent(r):
    return rs(r, ALNUM, 16)


def g_fury(r):
    return rs(r, ALNUM, 20)


def g_pro(r):
    return "C1" + rs(r, B58, 28)


def g_regcode(r):
    return rs(r, "0123456789ABCDEF", r.choice([14, 16]))


def g_art_ref(r):
    raw = "reftkn:01:%d:%s" % (1760000000 + r.randrange(60000000), rs(r, ALNUM, 27))
    return base64.b64encode(raw.encode()).decode()


def g_art_api(r):
    return "AKCp" + r.choice("58") + rs(r, ALNUM, 68)


def g_art_jwt(r):
    sub = "jfac@01%s/users/%s" % (rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 25), r.choice(USERS))
    return jwt_rs256(r, {"sub": sub, "scp": "applied-permissions/user", "aud": "*@*",
                         "iss": "jfac@01" + rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 25),
                         "exp": 1760000000 + r.randrange(60000000), "iat": 1730000000 + r.randrange(20000000),
                         "jti": "%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12))})


def g_fm_jwt(r):
    app = r.choice(APPIDS)
    return jwt_hs256(r, {"sub": "build", "scope": ["build", "upload", "publish"], "name": "ci-" + app.split(".")[-1].lower(),
                         "prefixes": [app], "repos": [r.choice(["stable", "beta"])],
                         "exp": 1760000000 + r.randrange(60000000)})


def g_fm_secret(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_snapcred(r):
    root, dis = snap_macaroons(r)
    return base64.b64encode(json.dumps({"t": "u1-macaroon", "v": {"r": root, "d": dis}}).encode()).decode()


def g_passx(r):
    return base64.b64encode(bz2.compress(gen_pw(r).encode())).decode()


def g_scc_pw(r):
    return rs(r, HEX, 16)


SLOTGEN = {
    "pw": lambda r: gen_pw(r), "upw": lambda r: gen_pw(r, True), "pp": gen_passphrase,
    "copr": g_copr, "lp": g_lp_secret, "aws": g_aws_secret, "glpat": g_glpat,
    "pkgcloud": g_pkgcloud, "cs_api": g_cs_api, "cs_ent": g_cs_ent, "fury": g_fury, "pro": g_pro,
    "regcode": g_regcode, "art_ref": g_art_ref, "art_api": g_art_api, "art_jwt": g_art_jwt,
    "fm_jwt": g_fm_jwt, "fm_secret": g_fm_secret, "snapcred": g_snapcred, "passx": g_passx,
    "scc_pw": g_scc_pw,
}

# ---------------------------------------------------------------------------
# innocent filler vocabulary
# ---------------------------------------------------------------------------
USERS = ("mkowalski", "jdoe", "release-bot", "packager", "ci", "deploy", "obs-bot", "builder",
         "svc-repo", "rpmbuild", "debian-ci", "ahernandez", "lnguyen", "pkgmaint", "tux")
ORGS = ("acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay",
        "stark-ind", "wayne-ent", "tyrell", "cyberdyne", "aperture", "blackmesa", "soylent")
PKGS = ("libfoo", "zstd-tools", "nginx-extras", "htop", "ripgrep", "node-exporter", "fluent-bit",
        "python3-requests", "libyaml", "chrony", "tmux", "jq", "borgbackup", "restic", "podman-tui",
        "hello-world", "acme-agent", "metricsd", "libsodium", "qemu-guest-agent")
DEBS = ("bookworm", "bullseye", "trixie", "jammy", "noble", "focal")
ELS = ("8", "9", "10")
FEDS = ("fedora-40-x86_64", "fedora-41-x86_64", "fedora-rawhide-x86_64", "epel-9-x86_64", "centos-stream-9-aarch64")
APPIDS = ("org.acme.Viewer", "io.github.jdoe.Notes", "com.northwind.Timer", "org.example.Painter",
          "net.hooli.Chat", "io.globex.Dashboard", "dev.initech.Tps")
SNAPS = ("acme-agent", "notes-cli", "metricsd", "hello-jdoe", "tps-report", "chatterbox")
EMAILS = ("release@acme.example", "jdoe@northwind.example", "packaging@contoso.example",
          "ops@globex.example", "infra@initech.example", "builds@hooli.example")
NAMES = ("Jane Doe", "Marek Kowalski", "Ana Hernandez", "Linh Nguyen", "Release Team",
         "Acme Packaging", "Build Service Bot")


def ver(r):
    return "%d.%d.%d" % (r.randrange(0, 5), r.randrange(0, 20), r.randrange(0, 30))


def host(r, kind):
    o = r.choice(ORGS)
    return {
        "art": r.choice(["%s.jfrog.io" % o, "artifactory.%s.example" % o, "repo.%s.internal" % o]),
        "nexus": r.choice(["nexus.%s.example" % o, "nexus.corp.%s.internal" % o, "repo.%s.example:8443" % o]),
        "pulp": r.choice(["pulp.%s.example" % o, "content.%s.internal" % o]),
        "obs": r.choice(["api.opensuse.org", "api.suse.de", "obs.%s.example" % o]),
    }[kind]


def uuid(r):
    return "%s-%s-4%s-%s%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 3), r.choice("89ab"), rs(r, HEX, 3), rs(r, HEX, 12))


def fpr(r):
    return rs(r, "0123456789ABCDEF", 40)


def sha256(r):
    return rs(r, HEX, 64)


# ---------------------------------------------------------------------------
# positive templates: fn(r, v, neg) -> (relpath, text)
# ---------------------------------------------------------------------------
POS = []


def tpl(provider, kind, slot, ftype, env, docs=(), public=(), ctx="plain"):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "slot": slot, "ftype": ftype,
                    "env": env, "docs": list(docs), "public": list(public), "ctx": ctx, "name": fn.__name__})
        return fn
    return deco


def comp(r, neg, real):
    """companion field: real value for positives, neutral for negatives"""
    return r.choice(["<login>", "", "REPLACE_ME", "xxxxxxxx"]) if neg else real


def indent(block, n):
    return "\n".join((" " * n + l) if l else l for l in block.split("\n"))


# ----- Open Build Service -------------------------------------------------
@tpl("opensuse-obs", "password", "pw", "ini", "OSC_PASSWORD")
def p_oscrc_pass(r, v, neg):
    h = host(r, "obs")
    u = r.choice(USERS)
    t = f"""[general]
apiurl = https://{h}
# build_repository = openSUSE_Tumbleweed
checkout_no_colon = 1
use_keyring = 0
extra-pkgs = vim less

[https://{h}]
user = {u}
pass = {v}
credentials_mgr_class = osc.credentials.PlaintextConfigFileCredentialsManager
aliases = obs
"""
    return r.choice([".config/osc/oscrc", "dotfiles/osc/oscrc", "ci/oscrc"]), t


@tpl("opensuse-obs", "password", "passx", "ini", "OSC_PASSX")
def p_oscrc_passx(r, v, neg):
    h = host(r, "obs")
    t = f"""# generated by osc {r.choice(['0.182.0', '1.4.3', '1.6.1'])}
[general]
apiurl = https://{h}

[https://{h}]
user={r.choice(USERS)}
passx={v}
credentials_mgr_class=osc.credentials.ObfuscatedConfigFileCredentialsManager
email={r.choice(EMAILS)}
"""
    return r.choice([".oscrc", "home/builder/.oscrc", "packaging/obs/oscrc"]), t


@tpl("opensuse-obs", "password", "pw", "yml", "OBS_PASSWORD", ctx="yaml")
def p_obs_workflow(r, v, neg):
    p = r.choice(PKGS)
    t = f"""name: Submit to OBS
on:
  push:
    tags: ["v*"]

jobs:
  obs:
    runs-on: ubuntu-latest
    container: registry.opensuse.org/opensuse/tumbleweed:latest
    steps:
      - uses: actions/checkout@v4
      - run: zypper -n in osc obs-service-tar_scm obs-service-set_version
      - name: Configure osc
        run: |
          mkdir -p ~/.config/osc
          cat > ~/.config/osc/oscrc <<EOF
          [general]
          apiurl = https://api.opensuse.org
          [https://api.opensuse.org]
          user = {r.choice(USERS)}
          pass = {v}
          EOF
      - name: Commit
        run: |
          osc co home:{r.choice(USERS)}/{p}
          cd home:*/{p} && osc service manualrun && osc addremove && osc ci -m "Update to ${{{{ github.ref_name }}}}"
"""
    return ".github/workflows/obs.yml", t


@tpl("opensuse-obs", "password", "upw", "dockerfile", "OBS_PASS")
def p_obs_dockerfile(r, v, neg):
    u = r.choice(USERS)
    t = f"""FROM registry.opensuse.org/opensuse/leap:15.6
LABEL maintainer="{r.choice(EMAILS)}"

RUN zypper -n ref && zypper -n in osc build obs-service-recompress obs-service-tar_scm && zypper clean -a
RUN mkdir -p /root/.config/osc && \\
    printf '[general]\\napiurl = https://api.opensuse.org\\n' > /root/.config/osc/oscrc && \\
    echo '[https://api.opensuse.org]' >> /root/.config/osc/oscrc && \\
    echo 'user = {u}' >> /root/.config/osc/oscrc && \\
    echo 'pass = {v}' >> /root/.config/osc/oscrc

WORKDIR /work
ENTRYPOINT ["osc"]
CMD ["--help"]
"""
    return r.choice(["Dockerfile", "docker/obs-builder/Dockerfile", "ci/Dockerfile.osc"]), t


@tpl("opensuse-obs", "password", "upw", "makefile", "OBS_PASSWORD")
def p_obs_makefile(r, v, neg):
    p = r.choice(PKGS)
    prj = "home:" + r.choice(USERS)
    t = f"""PKG      := {p}
VERSION  := {ver(r)}
OBS_API  := https://api.opensuse.org
OBS_PRJ  := {prj}

.PHONY: tarball obs-upload clean

tarball:
\tgit archive --prefix=$(PKG)-$(VERSION)/ -o $(PKG)-$(VERSION).tar.gz HEAD

obs-upload: tarball
\tcurl -sf -u {r.choice(USERS)}:{v} -X PUT -T $(PKG)-$(VERSION).tar.gz \\
\t  "$(OBS_API)/source/$(OBS_PRJ)/$(PKG)/$(PKG)-$(VERSION).tar.gz"
\tcurl -sf -u {r.choice(USERS)}:{v} -X POST "$(OBS_API)/source/$(OBS_PRJ)/$(PKG)?cmd=commit"

clean:
\trm -f *.tar.gz
"""
    return r.choice(["Makefile", "packaging/Makefile", "dist/obs.mk"]), t


@tpl("opensuse-obs", "password", "pw", "py", "OBS_PASSWORD", ctx="py")
def p_obs_python(r, v, neg):
    prj = "home:" + r.choice(USERS)
    t = f'''#!/usr/bin/env python3
"""Trigger rebuilds of failed packages in an OBS project."""
import sys
import xml.etree.ElementTree as ET

import requests

API = "https://{host(r, "obs")}"
PROJECT = "{prj}"
session = requests.Session()
session.auth = ("{r.choice(USERS)}", {qd(v)})


def failed(project):
    res = session.get(f"{{API}}/build/{{project}}/_result", params={{"code": "failed"}})
    res.raise_for_status()
    for st in ET.fromstring(res.text).iter("status"):
        yield st.get("package")


if __name__ == "__main__":
    for pkg in failed(sys.argv[1] if len(sys.argv) > 1 else PROJECT):
        session.post(f"{{API}}/build/{{PROJECT}}", params={{"cmd": "rebuild", "package": pkg}})
        print("rebuild", pkg)
'''
    return r.choice(["tools/obs_rebuild.py", "scripts/rebuild_failed.py"]), t


# ----- Fedora Copr ----------------------------------------------------------
COPR_DOC = "vbfseelqdebzedukgombekmuvbkqwo"


def copr_login(r):
    return base64.b64encode(rbytes(r, 4)).decode() + "##" + rs(r, LOW, 20)


@tpl("fedora-copr", "api-token", "copr", "ini", "COPR_TOKEN", docs=[COPR_DOC])
def p_copr_cfg(r, v, neg):
    u = r.choice(USERS)
    t = f"""[copr-cli]
username = {u}
login = {comp(r, neg, copr_login(r))}
token = {v}
copr_url = https://copr.fedorainfracloud.org
# expiration date: {r.randrange(2025, 2028)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}
"""
    return r.choice([".config/copr", "dotfiles/config/copr", "ci/copr.conf"]), t


@tpl("fedora-copr", "api-token", "copr", "yml", "COPR_TOKEN", docs=[COPR_DOC], ctx="yaml")
def p_copr_gitlab(r, v, neg):
    u = r.choice(USERS)
    p = r.choice(PKGS)
    t = f"""stages: [srpm, copr]

srpm:
  stage: srpm
  image: quay.io/fedora/fedora:41
  script:
    - dnf -y install rpm-build rpmdevtools git
    - make srpm outdir=$CI_PROJECT_DIR/out
  artifacts:
    paths: [out/]

copr-build:
  stage: copr
  image: quay.io/fedora/fedora:41
  only: [tags]
  script:
    - dnf -y install copr-cli
    - mkdir -p ~/.config
    - |
      cat > ~/.config/copr <<EOF
      [copr-cli]
      login = {comp(r, neg, copr_login(r))}
      username = {u}
      token = {v}
      copr_url = https://copr.fedorainfracloud.org
      EOF
    - copr-cli build {u}/{p} out/*.src.rpm
"""
    return ".gitlab-ci.yml", t


@tpl("fedora-copr", "api-token", "copr", "py", "COPR_TOKEN", docs=[COPR_DOC], ctx="py")
def p_copr_python(r, v, neg):
    u = r.choice(USERS)
    t = f'''from copr.v3 import Client

CONFIG = {{
    "copr_url": "https://copr.fedorainfracloud.org",
    "login": "{comp(r, neg, copr_login(r))}",
    "username": "{u}",
    "token": {qd(v)},
}}

client = Client(CONFIG)


def rebuild_all(project):
    for pkg in client.package_proxy.get_list("{u}", project):
        build = client.package_proxy.build("{u}", project, pkg.name)
        print(pkg.name, build.id)


if __name__ == "__main__":
    rebuild_all("{r.choice(PKGS)}")
'''
    return r.choice(["scripts/copr_rebuild.py", "tools/copr-mass-rebuild.py"]), t


@tpl("fedora-copr", "api-token", "copr", "sh", "COPR_TOKEN", docs=[COPR_DOC], ctx="sh")
def p_copr_curl(r, v, neg):
    u = r.choice(USERS)
    login = comp(r, neg, copr_login(r))
    t = f"""#!/bin/bash
# Query the Copr API v3 for the last builds of our project.
set -euo pipefail
OWNER={u}
PROJECT={r.choice(PKGS)}

curl -s --user '{login}:{v}' \\
  "https://copr.fedorainfracloud.org/api_3/build/list?ownername=${{OWNER}}&projectname=${{PROJECT}}&limit=5" \\
  | jq -r '.items[] | "\\(.id) \\(.state) \\(.source_package.version)"'
"""
    return r.choice(["scripts/copr-status.sh", "bin/copr-last-builds"]), t


# ----- Launchpad --------------------------------------------------------------
@tpl("launchpad", "oauth-secret", "lp", "ini", "LP_ACCESS_SECRET")
def p_lp_creds(r, v, neg):
    t = f"""[1]
consumer_key = {r.choice(['ppa-uploader', 'ci-bot', 'release-tools', 'lp-build-status'])}
consumer_secret = 
access_token = {comp(r, neg, rs(r, ALNUM, 20))}
access_secret = {v}
"""
    return r.choice(["ci/launchpad-credentials", ".config/launchpad/credentials", "deploy/lp-creds.ini"]), t


@tpl("launchpad", "oauth-secret", "lp", "sh", "LP_OAUTH_TOKEN_SECRET", ctx="sh")
def p_lp_curl(r, v, neg):
    tok = comp(r, neg, rs(r, ALNUM, 20))
    t = f"""#!/bin/sh
# Request a recipe build on Launchpad via the REST API (PLAINTEXT OAuth signing).
RECIPE="https://api.launchpad.net/devel/~{r.choice(USERS)}/+recipe/{r.choice(PKGS)}-daily"

curl -s -X POST "$RECIPE" \\
  -H 'Authorization: OAuth realm="https://api.launchpad.net/", oauth_consumer_key="daily-builds", oauth_token="{tok}", oauth_signature_method="PLAINTEXT", oauth_signature="&{v}"' \\
  -d ws.op=requestBuild -d distroseries=https://api.launchpad.net/devel/ubuntu/{r.choice(DEBS[3:])} \\
  -d archive=https://api.launchpad.net/devel/~{r.choice(USERS)}/+archive/ubuntu/daily
"""
    return r.choice(["scripts/lp-request-build.sh", "tools/daily-recipe.sh"]), t


@tpl("launchpad", "oauth-secret", "lp", "py", "LP_ACCESS_SECRET", ctx="py")
def p_lp_python(r, v, neg):
    tok = comp(r, neg, rs(r, ALNUM, 20))
    t = f'''from launchpadlib.credentials import AccessToken, Credentials
from launchpadlib.launchpad import Launchpad

creds = Credentials("ppa-copier")
creds.access_token = AccessToken("{tok}", {qd(v)})
lp = Launchpad(creds, None, None, service_root="production", version="devel")

ppa = lp.people["{r.choice(USERS)}"].getPPAByName(name="{r.choice(['stable', 'daily', 'testing'])}")
for src in ppa.getPublishedSources(status="Published"):
    print(src.source_package_name, src.source_package_version)
'''
    return r.choice(["tools/ppa_list.py", "release/copy_packages.py"]), t


@tpl("launchpad", "oauth-secret", "lp", "yml", "LP_TOKEN_SECRET", ctx="yaml")
def p_lp_workflow(r, v, neg):
    t = f"""name: nightly-ppa
on:
  schedule:
    - cron: "30 2 * * *"
jobs:
  upload:
    runs-on: ubuntu-24.04
    env:
      LP_CONSUMER_KEY: nightly-ppa
      LP_OAUTH_TOKEN: "{comp(r, neg, rs(r, ALNUM, 20))}"
      LP_OAUTH_TOKEN_SECRET: "{v}"
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get install -y python3-launchpadlib devscripts dput
      - run: python3 ci/lp_trigger.py --ppa ~{r.choice(USERS)}/ubuntu/nightly
"""
    return ".github/workflows/nightly-ppa.yml", t


# ----- devscripts / Debian --------------------------------------------------
@tpl("salsa-gitlab", "api-token", "glpat", "sh", "SALSA_TOKEN", ctx="sh")
def p_devscripts_salsa(r, v, neg):
    t = f"""# ~/.devscripts -- sourced by devscripts tools
DEBEMAIL="{r.choice(EMAILS)}"
DEBFULLNAME="{r.choice(NAMES)}"
DEBSIGN_KEYID={fpr(r)}
DEBUILD_DPKG_BUILDPACKAGE_OPTS="-i -I -us -uc"
DEBUILD_LINTIAN_OPTS="-i -I --show-overrides"
USCAN_SYMLINK=rename
SALSA_USER={r.choice(USERS)}
SALSA_TOKEN={v}
SALSA_KGB=yes
SALSA_ENABLE_ISSUES=no
"""
    return r.choice([".devscripts", "dotfiles/devscripts", "home/.devscripts"]), t


@tpl("debian-debsign", "gpg-passphrase", "pp", "sh", "GPG_PASSPHRASE", ctx="sh")
def p_debsign_script(r, v, neg):
    t = f"""#!/bin/bash
# Build, sign and upload the source package to our internal dput target.
set -e
KEYID={fpr(r)}
dpkg-buildpackage -S -d -us -uc
debsign -k"$KEYID" -p"gpg --batch --pinentry-mode loopback --passphrase '{v}'" ../*_source.changes
dput internal ../*_source.changes
"""
    return r.choice(["debian/release.sh", "scripts/sign-and-upload.sh", "ci/debsign.sh"]), t


@tpl("debian-rules", "password", "upw", "makefile", "ARTIFACTORY_PASSWORD")
def p_debian_rules(r, v, neg):
    o = r.choice(ORGS)
    h = host(r, "art")
    t = f"""#!/usr/bin/make -f
export DH_VERBOSE = 1
export DEB_BUILD_MAINT_OPTIONS = hardening=+all

VENDOR_URL = https://{h}/artifactory/generic-local/{o}/vendor

%:
\tdh $@

override_dh_auto_configure:
\tcurl -sfL -u ci-{o}:{v} -o vendor.tar.zst $(VENDOR_URL)/vendor-$(DEB_VERSION_UPSTREAM).tar.zst
\ttar --zstd -xf vendor.tar.zst
\tdh_auto_configure -- -DWITH_SYSTEMD=ON

override_dh_auto_test:
\tdh_auto_test || true
"""
    return "debian/rules", t


# ----- rpm signing ---------------------------------------------------------------
@tpl("rpm-sign", "gpg-passphrase", "pp", "rpmmacros", "RPM_GPG_PASSPHRASE")
def p_rpmmacros(r, v, neg):
    t = f"""%_topdir %(echo $HOME)/rpmbuild
%_smp_mflags -j%(nproc)
%_signature gpg
%_gpg_path %(echo $HOME)/.gnupg
%_gpg_name {r.choice(NAMES)} <{r.choice(EMAILS)}>
%_gpg_passphrase {v}
%__gpg /usr/bin/gpg
"""
    return r.choice([".rpmmacros", "dotfiles/rpmmacros", "build/rpmmacros"]), t


@tpl("rpm-sign", "gpg-passphrase", "pp", "dockerfile", "GPG_PASSPHRASE")
def p_rpm_dockerfile(r, v, neg):
    t = f"""FROM quay.io/centos/centos:stream9
RUN dnf -y install rpm-build rpm-sign rpmdevtools gnupg2 createrepo_c && dnf clean all
RUN useradd -m builder
USER builder
WORKDIR /home/builder
RUN rpmdev-setuptree && \\
    echo '%_gpg_name {r.choice(EMAILS)}' >> ~/.rpmmacros && \\
    echo '%_gpg_passphrase {v}' >> ~/.rpmmacros
COPY --chown=builder . /home/builder/src
CMD ["bash", "src/ci/build-rpms.sh"]
"""
    return r.choice(["Dockerfile.rpm", "docker/rpmbuild/Dockerfile", "build/Containerfile"]), t


@tpl("rpm-sign", "gpg-passphrase", "pp", "sh", "SIGN_PASS", ctx="sh")
def p_rpmsign_sh(r, v, neg):
    t = f"""#!/usr/bin/env bash
# sign all freshly built rpms and refresh repo metadata
set -euo pipefail
REPO=/srv/repo/el{r.choice(ELS)}/x86_64
for f in ~/rpmbuild/RPMS/*/*.rpm; do
  rpmsign --addsign \\
    --define "_gpg_name {r.choice(EMAILS)}" \\
    --define "_gpg_sign_cmd_extra_args --batch --pinentry-mode loopback --passphrase {v}" "$f"
  cp "$f" "$REPO/"
done
createrepo_c --update "$REPO"
"""
    return r.choice(["scripts/sign-rpms.sh", "ci/rpmsign.sh"]), t


@tpl("nexus", "password", "upw", "spec", "NEXUS_PASSWORD")
def p_spec_source(r, v, neg):
    p = r.choice(PKGS)
    h = host(r, "nexus")
    t = f"""%global debug_package %{{nil}}
%global vendor_url https://build:{v}@{h}/repository/raw-vendor

Name:           {p}
Version:        {ver(r)}
Release:        1%{{?dist}}
Summary:        {p} built for internal mirrors
License:        Apache-2.0
URL:            https://github.com/{r.choice(ORGS)}/{p}
Source0:        %{{url}}/archive/v%{{version}}/%{{name}}-%{{version}}.tar.gz
Source1:        %{{vendor_url}}/%{{name}}-vendor-%{{version}}.tar.xz
BuildRequires:  gcc make

%description
Internal build of {p}.

%prep
%autosetup -a1

%build
%make_build

%install
%make_install PREFIX=%{{_prefix}}

%files
%license LICENSE
%{{_bindir}}/*
"""
    return "%s.spec" % p, t


# ----- aptly / reprepro -----------------------------------------------------
AWS_DOC = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@tpl("aptly-s3", "aws-secret", "aws", "json", "AWS_SECRET_ACCESS_KEY", docs=[AWS_DOC])
def p_aptly_conf(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, UP + "234567", 16)
    o = r.choice(ORGS)
    t = f"""{{
  "rootDir": "/var/lib/aptly",
  "downloadConcurrency": 4,
  "architectures": ["amd64", "arm64"],
  "dependencyFollowSuggests": false,
  "gpgDisableSign": false,
  "gpgProvider": "gpg2",
  "S3PublishEndpoints": {{
    "{o}-apt": {{
      "region": "{r.choice(['eu-central-1', 'us-east-1', 'us-west-2'])}",
      "bucket": "{o}-apt-repo",
      "awsAccessKeyID": "{kid}",
      "awsSecretAccessKey": "{v}",
      "prefix": "debian",
      "acl": "public-read"
    }}
  }}
}}
"""
    return r.choice([".aptly.conf", "etc/aptly.conf", "deploy/aptly/aptly.conf"]), t


@tpl("aptly", "gpg-passphrase", "pp", "sh", "APTLY_GPG_PASSPHRASE", ctx="sh")
def p_aptly_publish(r, v, neg):
    d = r.choice(DEBS)
    t = f"""#!/bin/bash
set -euo pipefail
SNAP="{d}-$(date +%Y%m%d)"
aptly repo add {d}-main incoming/
aptly snapshot create "$SNAP" from repo {d}-main
aptly publish switch -batch -gpg-key={fpr(r)[-16:]} -passphrase="{v}" {d} s3:{r.choice(ORGS)}-apt: "$SNAP"
"""
    return r.choice(["bin/publish-apt.sh", "scripts/aptly-publish.sh"]), t


@tpl("reprepro", "gpg-passphrase", "pp", "sh", "REPO_PASSPHRASE", ctx="sh")
def p_reprepro_preset(r, v, neg):
    t = f"""#!/bin/sh
# unlock the archive signing subkey for reprepro (gpg-agent must allow-preset-passphrase)
KEYGRIP={rs(r, '0123456789ABCDEF', 40)}
/usr/lib/gnupg/gpg-preset-passphrase --preset --passphrase '{v}' "$KEYGRIP"
cd /srv/apt && reprepro -b . --ignore=wrongdistribution processincoming default
reprepro -b . export
"""
    return r.choice(["deploy/reprepro-incoming.sh", "cron/apt-processincoming"]), t


@tpl("reprepro", "gpg-passphrase", "pp", "yml", "GPG_PASSPHRASE", ctx="yaml")
def p_reprepro_ansible(r, v, neg):
    t = f"""---
# group_vars/aptrepo.yml
reprepro_basedir: /srv/apt
reprepro_codenames:
  - {r.choice(DEBS)}
  - {r.choice(DEBS)}
reprepro_sign_with: "{fpr(r)}"
reprepro_gpg_passphrase: "{v}"
reprepro_incoming_dir: /srv/apt/incoming
reprepro_allowed_uploaders:
  - "{r.choice(EMAILS)}"
nginx_server_name: apt.{r.choice(ORGS)}.example
"""
    return r.choice(["ansible/group_vars/aptrepo.yml", "inventory/group_vars/reprepro.yml"]), t


# ----- Pulp -------------------------------------------------------------------
@tpl("pulp", "password", "pw", "toml", "PULP_PASSWORD")
def p_pulp_toml(r, v, neg):
    h = host(r, "pulp")
    t = f"""[cli]
base_url = "https://{h}"
api_root = "/pulp/"
username = "{r.choice(['admin', 'pulp-sync', 'content-admin'])}"
password = "{v}"
verify_ssl = true
format = "json"
dry_run = false
timeout = 0
verbose = 0
"""
    return r.choice([".config/pulp/cli.toml", "ci/pulp-cli.toml"]), t


@tpl("pulp", "password", "pw", "yml", "PULP_ADMIN_PASSWORD", ctx="yaml")
def p_pulp_ansible(r, v, neg):
    t = f"""---
- name: Sync upstream rpm repositories into Pulp
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/pulp.squeezer.pulp:
      pulp_url: https://{host(r, 'pulp')}
      username: admin
      password: "{v}"
  tasks:
    - name: Create remote
      pulp.squeezer.rpm_remote:
        name: {r.choice(['almalinux', 'rocky', 'epel'])}-{r.choice(ELS)}-baseos
        url: "https://repo.almalinux.org/almalinux/9/BaseOS/x86_64/os/"
        policy: on_demand
        state: present
    - name: Sync
      pulp.squeezer.rpm_sync:
        repository: baseos-mirror
        remote: almalinux-9-baseos
"""
    return r.choice(["playbooks/pulp-sync.yml", "ansible/pulp_sync.yml"]), t


@tpl("pulp", "password", "pw", "py", "PULP_PASSWORD", ctx="py")
def p_pulp_python(r, v, neg):
    t = f'''import pulpcore.client.pulp_rpm as pulp_rpm

configuration = pulp_rpm.Configuration(
    host="https://{host(r, 'pulp')}",
    username="admin",
    password={qd(v)},
)

with pulp_rpm.ApiClient(configuration) as api_client:
    repos = pulp_rpm.RepositoriesRpmApi(api_client)
    for repo in repos.list(limit=100).results:
        print(repo.name, repo.latest_version_href)
'''
    return r.choice(["tools/pulp_list_repos.py", "scripts/pulp_report.py"]), t


# ----- Artifactory / Nexus repositories -------------------------------------------
@tpl("artifactory", "access-token", "art_ref", "sources.list", "ARTIFACTORY_TOKEN", ctx="url")
def p_art_sources_list(r, v, neg):
    h = host(r, "art")
    d = r.choice(DEBS)
    u = r.choice(USERS)
    t = f"""# Managed by config management - do not edit
deb https://{u}:{v}@{h}/artifactory/debian-remote {d} main contrib
deb https://{u}:{v}@{h}/artifactory/debian-security-remote {d}-security main
# deb-src https://{h}/artifactory/debian-remote {d} main
"""
    return r.choice(["etc/apt/sources.list", "docker/sources.list", "provision/apt/sources.list"]), t


@tpl("nexus", "password", "upw", "sources", "NEXUS_PASSWORD", docs=["debian"], ctx="url")
def p_nexus_deb822(r, v, neg):
    h = host(r, "nexus")
    d = r.choice(DEBS)
    t = f"""Types: deb
URIs: https://{r.choice(USERS)}:{v}@{h}/repository/apt-proxy-{d}/
Suites: {d} {d}-updates
Components: main
Signed-By: /usr/share/keyrings/{r.choice(ORGS)}-archive-keyring.gpg
Architectures: amd64 arm64
"""
    return r.choice(["etc/apt/sources.list.d/internal.sources", "files/apt/nexus.sources"]), t


@tpl("nexus", "password", "upw", "repo", "NEXUS_PASSWORD", ctx="url")
def p_yum_repo_url(r, v, neg):
    h = host(r, "nexus")
    e = r.choice(ELS)
    t = f"""[internal-el{e}]
name=Internal packages for EL{e} - $basearch
baseurl=https://{r.choice(USERS)}:{v}@{h}/repository/yum-hosted/el{e}/$basearch/
enabled=1
gpgcheck=1
repo_gpgcheck=0
gpgkey=https://{h}/repository/raw-public/keys/RPM-GPG-KEY-internal
metadata_expire=6h
"""
    return r.choice(["etc/yum.repos.d/internal.repo", "files/yum/internal.repo"]), t


@tpl("artifactory", "password", "pw", "repo", "ARTIFACTORY_PASSWORD")
def p_yum_repo_userpass(r, v, neg):
    h = host(r, "art")
    t = f"""[artifactory-rpm]
name=Artifactory RPM virtual
baseurl=https://{h}/artifactory/rpm-virtual/$releasever/$basearch
username={r.choice(USERS)}
password={v}
enabled=1
gpgcheck=1
gpgkey=https://{h}/artifactory/api/security/keypair/rpm-signing/public
sslverify=1
"""
    return r.choice(["etc/yum.repos.d/artifactory.repo", "roles/yumrepos/files/artifactory.repo"]), t


@tpl("apt-auth", "password", "pw", "auth.conf", "APT_REPO_PASSWORD", docs=["debian"])
def p_apt_authconf(r, v, neg):
    h = host(r, r.choice(["art", "nexus"]))
    t = f"""# /etc/apt/auth.conf.d/internal.conf  (mode 0600)
machine {h}/artifactory/debian-local
login {r.choice(USERS)}
password {v}

machine {r.choice(['proxy', 'squid'])}.{r.choice(ORGS)}.internal:3128
login apt-proxy
password {v}
"""
    return r.choice(["etc/apt/auth.conf.d/internal.conf", "files/apt/auth.conf.d/90internal.conf"]), t


@tpl("artifactory", "api-key", "art_api", "sh", "ARTIFACTORY_API_KEY", ctx="sh")
def p_art_apikey_curl(r, v, neg):
    h = host(r, "art")
    d = r.choice(DEBS)
    t = f"""#!/bin/bash
# upload built .deb files to the Artifactory debian-local repository
set -euo pipefail
for deb in build/*.deb; do
  arch=$(dpkg-deb -f "$deb" Architecture)
  curl -sf -H "X-JFrog-Art-Api: {v}" -T "$deb" \\
    "https://{h}/artifactory/debian-local/pool/main/$(basename "$deb");deb.distribution={d};deb.component=main;deb.architecture=$arch"
done
"""
    return r.choice(["scripts/upload-debs.sh", "ci/publish-artifactory.sh"]), t


@tpl("artifactory", "access-token", "art_jwt", "yml", "ARTIFACTORY_ACCESS_TOKEN", ctx="yaml")
def p_art_bearer_workflow(r, v, neg):
    h = host(r, "art")
    t = f"""name: publish-rpm
on:
  release:
    types: [published]
jobs:
  rpm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: make rpm
      - name: Upload
        run: |
          for f in dist/*.rpm; do
            curl -sf -X PUT -H "Authorization: Bearer {v}" \\
              -T "$f" "https://{h}/artifactory/rpm-local/el9/x86_64/$(basename $f)"
          done
"""
    return ".github/workflows/publish-rpm.yml", t


@tpl("artifactory", "password", "pw", "yml", "ARTIFACTORY_PASSWORD", ctx="yaml")
def p_ansible_yumrepo(r, v, neg):
    h = host(r, "art")
    t = f"""---
- name: Configure internal yum repository
  ansible.builtin.yum_repository:
    name: internal
    description: Internal RPMs
    baseurl: "https://{h}/artifactory/rpm-local/el$releasever/$basearch/"
    username: {r.choice(USERS)}
    password: "{v}"
    gpgcheck: true
    gpgkey: "https://{h}/artifactory/api/security/keypair/default/public"

- name: Install agent
  ansible.builtin.dnf:
    name: {r.choice(PKGS)}
    state: latest
"""
    return r.choice(["roles/repos/tasks/main.yml", "tasks/yumrepo.yml"]), t


@tpl("nexus", "password", "upw", "yml", "NEXUS_PASSWORD", ctx="url")
def p_ansible_aptrepo(r, v, neg):
    h = host(r, "nexus")
    d = r.choice(DEBS)
    t = f"""---
- name: Add internal apt repository
  ansible.builtin.apt_repository:
    repo: "deb [signed-by=/usr/share/keyrings/internal.gpg] https://{r.choice(USERS)}:{v}@{h}/repository/apt-hosted/ {d} main"
    filename: internal
    state: present

- name: Install packages
  ansible.builtin.apt:
    name: ["{r.choice(PKGS)}", "{r.choice(PKGS)}"]
    update_cache: true
"""
    return r.choice(["roles/apt/tasks/repo.yml", "tasks/internal-apt.yml"]), t


@tpl("apt-auth", "password", "upw", "dockerfile", "APT_PASSWORD")
def p_docker_authconf(r, v, neg):
    h = host(r, "nexus")
    d = r.choice(DEBS)
    t = f"""FROM debian:{d}-slim
ARG DEBIAN_FRONTEND=noninteractive
RUN echo "machine {h} login {r.choice(USERS)} password {v}" > /etc/apt/auth.conf.d/nexus.conf && \\
    chmod 600 /etc/apt/auth.conf.d/nexus.conf && \\
    echo "deb https://{h}/repository/apt-hosted/ {d} main" > /etc/apt/sources.list.d/internal.list
RUN apt-get update && apt-get install -y --no-install-recommends {r.choice(PKGS)} ca-certificates \\
    && rm -rf /var/lib/apt/lists/*
USER 1000
"""
    return r.choice(["Dockerfile", "images/base/Dockerfile"]), t


@tpl("nexus", "password", "upw", "ks", "NEXUS_PASSWORD", ctx="url")
def p_ks_repo(r, v, neg):
    h = host(r, "nexus")
    e = r.choice(ELS)
    t = f"""# Kickstart for EL{e} build hosts
text
lang en_US.UTF-8
keyboard us
timezone UTC --utc
network --bootproto=dhcp --activate
url --url=https://{h}/repository/el{e}-baseos/
repo --name=appstream --baseurl=https://{h}/repository/el{e}-appstream/
repo --name=internal --baseurl=https://{r.choice(USERS)}:{v}@{h}/repository/yum-hosted/el{e}/x86_64/
rootpw --lock
bootloader --location=mbr
clearpart --all --initlabel
autopart --type=lvm
reboot

%packages
@^minimal-environment
{r.choice(PKGS)}
%end
"""
    return r.choice(["kickstart/buildhost.ks", "provision/el%s.ks" % e]), t


@tpl("anaconda", "password", "pw", "ks", "ROOT_PASSWORD")
def p_ks_rootpw(r, v, neg):
    e = r.choice(ELS)
    t = f"""#version=RHEL{e}
graphical
lang en_US.UTF-8
keyboard --xlayouts='us'
timezone Europe/Berlin --utc
network --bootproto=dhcp --device=link --activate --hostname={r.choice(PKGS)}-build01
rootpw --plaintext {v}
user --name={r.choice(USERS)} --groups=wheel --lock
firewall --enabled --service=ssh
selinux --enforcing
ignoredisk --only-use=vda
autopart
%packages
@core
rpm-build
mock
%end
"""
    return r.choice(["ks/build-vm.cfg", "kickstart/anaconda-ks.cfg"]), t


@tpl("nexus", "password", "upw", "makefile", "NEXUS_PASSWORD")
def p_nexus_make_upload(r, v, neg):
    h = host(r, "nexus")
    t = f"""NAME    ?= {r.choice(PKGS)}
VERSION ?= {ver(r)}
RPM      = dist/$(NAME)-$(VERSION)-1.el9.x86_64.rpm

rpm:
\trpmbuild -bb --define "_rpmdir $(CURDIR)/dist" --define "_build_name_fmt %%{{NAME}}-%%{{VERSION}}-%%{{RELEASE}}.%%{{ARCH}}.rpm" $(NAME).spec

publish: rpm
\tcurl -f --user deployer:{v} --upload-file $(RPM) https://{h}/repository/yum-hosted/el9/x86_64/

.PHONY: rpm publish
"""
    return r.choice(["Makefile", "rpm.mk"]), t


@tpl("nexus", "password", "upw", "groovy", "NEXUS_CREDS")
def p_jenkinsfile(r, v, neg):
    h = host(r, "nexus")
    t = f"""pipeline {{
  agent {{ label 'debian' }}
  options {{ timestamps() }}
  stages {{
    stage('Build') {{
      steps {{ sh 'dpkg-buildpackage -b -us -uc' }}
    }}
    stage('Publish') {{
      when {{ branch 'main' }}
      steps {{
        sh '''
          for f in ../*.deb; do
            curl -sf -u jenkins:{v} -H "Content-Type: multipart/form-data" \\
              --data-binary "@$f" https://{h}/repository/apt-hosted/
          done
        '''
      }}
    }}
  }}
}}
"""
    return "Jenkinsfile", t


# ----- zypper / SUSE ----------------------------------------------------------------
@tpl("zypper", "password", "pw", "ini", "ZYPP_PASSWORD")
def p_zypp_creds(r, v, neg):
    t = f"""username={r.choice(USERS)}
password={v}
"""
    return r.choice(["etc/zypp/credentials.d/internal", "files/zypp/credentials.d/artifactory"]), t


@tpl("suse-scc", "password", "scc_pw", "ini", "SCC_PASSWORD")
def p_scc_credentials(r, v, neg):
    t = f"""username={comp(r, neg, 'SCC_' + rs(r, HEX, 32))}
password={v}
"""
    return r.choice(["etc/zypp/credentials.d/SCCcredentials", "image/root/etc/zypp/credentials.d/SCCcredentials"]), t


@tpl("zypper", "password", "upw", "sh", "ZYPPER_REPO_PASSWORD", ctx="url")
def p_zypper_ar(r, v, neg):
    h = host(r, "art")
    t = f"""#!/bin/bash
# add internal repositories on SLES / openSUSE Leap build nodes
set -e
zypper --non-interactive --gpg-auto-import-keys ar -f -n "Internal" \\
  "https://{r.choice(USERS)}:{v}@{h}/artifactory/rpm-sles15/" internal
zypper --non-interactive ref internal
zypper --non-interactive in -y {r.choice(PKGS)}
"""
    return r.choice(["provision/sles-repos.sh", "scripts/add-zypper-repos.sh"]), t


@tpl("suse-scc", "registration-code", "regcode", "sh", "SCC_REGCODE", docs=["5597A240B216B4"], ctx="sh")
def p_suseconnect_sh(r, v, neg):
    t = f"""#!/bin/bash
# register a fresh SLES 15 host and enable modules
set -euo pipefail
SUSEConnect -r {v} -e {r.choice(EMAILS)}
SUSEConnect -p sle-module-development-tools/15.{r.randrange(3, 7)}/x86_64
SUSEConnect -p PackageHub/15.{r.randrange(3, 7)}/x86_64
zypper -n ref && zypper -n up
"""
    return r.choice(["provision/register-sles.sh", "bootstrap/suseconnect.sh"]), t


@tpl("suse-scc", "registration-code", "regcode", "xml", "REGCODE", docs=["5597A240B216B4"])
def p_autoyast(r, v, neg):
    t = f"""<?xml version="1.0"?>
<!DOCTYPE profile>
<profile xmlns="http://www.suse.com/1.0/yast2ns" xmlns:config="http://www.suse.com/1.0/configns">
  <suse_register>
    <do_registration config:type="boolean">true</do_registration>
    <email>{r.choice(EMAILS)}</email>
    <reg_code>{v}</reg_code>
    <install_updates config:type="boolean">true</install_updates>
    <addons config:type="list">
      <addon>
        <name>sle-module-basesystem</name>
        <version>15.{r.randrange(3, 7)}</version>
        <arch>x86_64</arch>
      </addon>
    </addons>
  </suse_register>
  <software>
    <patterns config:type="list"><pattern>base</pattern></patterns>
  </software>
</profile>
"""
    return r.choice(["autoyast/sles15.xml", "profiles/autoinst.xml"]), t


@tpl("suse-scc", "registration-code", "regcode", "json", "REGISTRATION_CODE", docs=["5597A240B216B4"])
def p_agama(r, v, neg):
    t = f"""{{
  "product": {{
    "id": "SLES",
    "registrationCode": "{v}",
    "registrationEmail": "{r.choice(EMAILS)}"
  }},
  "user": {{
    "fullName": "{r.choice(NAMES)}",
    "userName": "{r.choice(USERS)}"
  }},
  "localization": {{ "language": "en_US.UTF-8", "keyboard": "us" }}
}}
"""
    return r.choice(["agama/profile.json", "install/agama-sles.json"]), t


@tpl("suse-scc", "registration-code", "regcode", "dockerfile", "SCC_REGCODE")
def p_suse_docker(r, v, neg):
    t = f"""FROM registry.suse.com/suse/sle15:15.{r.randrange(4, 7)}
RUN SUSEConnect --regcode {v} --email {r.choice(EMAILS)} && \\
    zypper -n in -y rpm-build gcc make && \\
    SUSEConnect -d && zypper clean -a
WORKDIR /src
"""
    return r.choice(["Dockerfile.sles", "containers/sle-builder/Dockerfile"]), t


# ----- flat-manager / Flathub ------------------------------------------------------
@tpl("flat-manager", "signing-secret", "fm_secret", "json", "FLAT_MANAGER_SECRET")
def p_flatmgr_config(r, v, neg):
    o = r.choice(ORGS)
    t = f"""{{
  "repos": {{
    "stable": {{
      "path": "repo",
      "collection-id": "org.{o}.Stable",
      "suggested-repo-name": "{o}",
      "runtime-repo-url": "https://dl.flathub.org/repo/flathub.flatpakrepo",
      "gpg-key": "{fpr(r)[-16:]}",
      "base-url": null,
      "subsets": {{}}
    }}
  }},
  "host": "0.0.0.0",
  "port": 8080,
  "delay-update-secs": 10,
  "database-url": "postgres://%2Fvar%2Frun%2Fpostgresql/repo",
  "build-repo-base": "build-repo",
  "build-gpg-key": null,
  "gpg-homedir": "/srv/flat-manager/gnupg",
  "secret": "{v}"
}}
"""
    return r.choice(["config.json", "flat-manager/config.json", "deploy/flat-manager.json"]), t


@tpl("flat-manager", "api-token", "fm_jwt", "yml", "FLAT_MANAGER_TOKEN", ctx="yaml")
def p_flatmgr_workflow(r, v, neg):
    app = r.choice(APPIDS)
    t = f"""name: flatpak
on:
  push:
    branches: [main]
jobs:
  flatpak:
    runs-on: ubuntu-latest
    container:
      image: bilelmoussaoui/flatpak-github-actions:gnome-47
      options: --privileged
    env:
      REPO_TOKEN: {v}
    steps:
      - uses: actions/checkout@v4
      - uses: flatpak/flatpak-github-actions/flatpak-builder@v6
        with:
          manifest-path: {app}.json
          bundle: {app.split('.')[-1].lower()}.flatpak
      - run: |
          BUILD=$(flat-manager-client create https://flatpak.{r.choice(ORGS)}.example stable)
          flat-manager-client push --commit --publish --token "$REPO_TOKEN" $BUILD repo
"""
    return ".github/workflows/flatpak.yml", t


@tpl("flat-manager", "api-token", "fm_jwt", "makefile", "FM_TOKEN")
def p_flatmgr_make(r, v, neg):
    app = r.choice(APPIDS)
    t = f"""APP_ID   = {app}
FM_URL   = https://flatpak.{r.choice(ORGS)}.example
FM_TOKEN = {v}

build:
\tflatpak-builder --force-clean --repo=repo builddir $(APP_ID).yml

publish: build
\tflat-manager-client --token $(FM_TOKEN) push --commit --publish \\
\t  $$(flat-manager-client --token $(FM_TOKEN) create $(FM_URL) stable) repo

.PHONY: build publish
"""
    return r.choice(["Makefile", "flatpak/Makefile"]), t


# ----- AUR --------------------------------------------------------------------------
def pgp_block(r):
    return pgp_key(r, "%s <%s>" % (r.choice(NAMES), r.choice(EMAILS)), True)[0]


@tpl("aur", "ssh-private-key", "ssh", "yml", "AUR_SSH_PRIVATE_KEY", ctx="yaml")
def p_aur_workflow(r, v, neg):
    p = r.choice(PKGS)
    t = f"""name: aur-publish
on:
  release:
    types: [published]
jobs:
  aur:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish {p} to the AUR
        uses: KSXGitHub/github-actions-deploy-aur@v3
        with:
          pkgname: {p}
          pkgbuild: ./packaging/aur/PKGBUILD
          commit_username: {r.choice(NAMES)}
          commit_email: {r.choice(EMAILS)}
          commit_message: Update to ${{{{ github.event.release.tag_name }}}}
          ssh_private_key: |
{indent(v, 12)}
"""
    return ".github/workflows/aur.yml", t


@tpl("aur", "ssh-private-key", "ssh", "key", "AUR_SSH_KEY")
def p_aur_keyfile(r, v, neg):
    return r.choice(["packaging/aur/deploy_key", "ci/keys/aur_ed25519", ".ci/aur.key"]), v + "\n"


# ----- Snapcraft -----------------------------------------------------------------
@tpl("snapcraft", "store-credentials", "snapcred", "yml", "SNAPCRAFT_STORE_CREDENTIALS", ctx="yaml")
def p_snap_workflow(r, v, neg):
    s = r.choice(SNAPS)
    t = f"""name: snap
on:
  push:
    tags: ["v*"]
jobs:
  snap:
    runs-on: ubuntu-latest
    env:
      SNAPCRAFT_STORE_CREDENTIALS: {v}
    steps:
      - uses: actions/checkout@v4
      - uses: snapcore/action-build@v1
        id: build
      - run: sudo snap install snapcraft --classic
      - run: snapcraft upload --release=candidate ${{{{ steps.build.outputs.snap }}}}
"""
    return r.choice([".github/workflows/snap.yml", ".github/workflows/release-%s.yml" % s]), t


@tpl("snapcraft", "store-credentials", "snapmac", "ini", "SNAPCRAFT_MACAROON")
def p_snap_legacy(r, v, neg):
    dis = comp(r, neg, snap_macaroons(r)[1])
    t = f"""[login.ubuntu.com]
macaroon = {v}
unbound_discharge = {dis}
email = {r.choice(EMAILS)}
"""
    return r.choice(["snap/.snapcraft/snapcraft.cfg", ".snapcraft/login.cfg", "ci/snap.login"]), t


@tpl("snapcraft", "store-credentials", "snapcred", "sh", "SNAPCRAFT_STORE_CREDENTIALS", ctx="sh")
def p_snap_gitlab(r, v, neg):
    s = r.choice(SNAPS)
    t = f"""#!/bin/bash
# called from .gitlab-ci.yml release job
set -euo pipefail
export SNAPCRAFT_STORE_CREDENTIALS="{v}"
snapcraft whoami
snapcraft upload --release=edge {s}_*_amd64.snap
"""
    return r.choice(["ci/snap-release.sh", "scripts/upload-snap.sh"]), t


# ----- packagecloud -----------------------------------------------------------------
PC_DOC = "abc123def456ghi789jkl101112mno131415"


@tpl("packagecloud", "api-token", "pkgcloud", "json", "PACKAGECLOUD_TOKEN", docs=[PC_DOC])
def p_pc_json(r, v, neg):
    return r.choice([".packagecloud", "ci/packagecloud.json"]), '{"url":"https://packagecloud.io","token":"%s"}\n' % v


@tpl("packagecloud", "read-token", "pkgcloud", "sources.list", "PACKAGECLOUD_READ_TOKEN", ctx="url")
def p_pc_sources(r, v, neg):
    o = r.choice(ORGS)
    d = r.choice(DEBS)
    t = f"""# this file was generated by packagecloud.io for
# the repository at https://packagecloud.io/{o}/private

deb [signed-by=/etc/apt/keyrings/{o}_private-archive-keyring.gpg] https://{v}:@packagecloud.io/{o}/private/ubuntu/ {d} main
deb-src [signed-by=/etc/apt/keyrings/{o}_private-archive-keyring.gpg] https://{v}:@packagecloud.io/{o}/private/ubuntu/ {d} main
"""
    return r.choice(["etc/apt/sources.list.d/%s_private.list" % o, "files/apt/packagecloud.list"]), t


@tpl("packagecloud", "api-token", "pkgcloud", "yml", "PACKAGECLOUD_TOKEN", ctx="yaml")
def p_pc_workflow(r, v, neg):
    o = r.choice(ORGS)
    t = f"""name: packages
on:
  push:
    tags: ["v*"]
jobs:
  push:
    runs-on: ubuntu-latest
    env:
      PACKAGECLOUD_TOKEN: "{v}"
    steps:
      - uses: actions/checkout@v4
      - run: make deb rpm
      - run: gem install package_cloud
      - run: package_cloud push {o}/stable/ubuntu/{r.choice(DEBS[3:])} dist/*.deb
      - run: package_cloud push {o}/stable/el/{r.choice(ELS)} dist/*.rpm
"""
    return ".github/workflows/packagecloud.yml", t


@tpl("packagecloud", "read-token", "pkgcloud", "repo", "PACKAGECLOUD_READ_TOKEN", ctx="url")
def p_pc_repo(r, v, neg):
    o = r.choice(ORGS)
    e = r.choice(ELS)
    t = f"""[{o}_private]
name={o}_private
baseurl=https://{v}:@packagecloud.io/{o}/private/el/{e}/$basearch
repo_gpgcheck=1
gpgcheck=0
enabled=1
gpgkey=https://packagecloud.io/{o}/private/gpgkey
sslverify=1
sslcacert=/etc/pki/tls/certs/ca-bundle.crt
metadata_expire=300
"""
    return r.choice(["etc/yum.repos.d/%s_private.repo" % o, "roles/pkgrepo/files/packagecloud.repo"]), t


# ----- Cloudsmith ---------------------------------------------------------------
@tpl("cloudsmith", "api-key", "cs_api", "tf", "CLOUDSMITH_API_KEY")
def p_cs_tf(r, v, neg):
    o = r.choice(ORGS)
    t = f"""terraform {{
  required_providers {{
    cloudsmith = {{
      source  = "cloudsmith-io/cloudsmith"
      version = "~> 0.0.60"
    }}
  }}
}}

provider "cloudsmith" {{
  api_key = "{v}"
}}

resource "cloudsmith_repository" "apt" {{
  description = "Debian packages"
  name        = "apt"
  namespace   = "{o}"
  slug        = "apt"
}}
"""
    return r.choice(["terraform/cloudsmith.tf", "infra/repos/main.tf"]), t


@tpl("cloudsmith", "entitlement-token", "cs_ent", "sources.list", "CLOUDSMITH_ENTITLEMENT",
     public=["public"], ctx="url")
def p_cs_sources(r, v, neg):
    o = r.choice(ORGS)
    d = r.choice(DEBS)
    t = f"""deb [signed-by=/usr/share/keyrings/{o}-agent-archive-keyring.gpg] https://dl.cloudsmith.io/{v}/{o}/agent/deb/debian {d} main
deb-src [signed-by=/usr/share/keyrings/{o}-agent-archive-keyring.gpg] https://dl.cloudsmith.io/{v}/{o}/agent/deb/debian {d} main
"""
    return r.choice(["etc/apt/sources.list.d/%s-agent.list" % o, "files/cloudsmith-agent.list"]), t


@tpl("cloudsmith", "api-key", "cs_api", "sh", "CLOUDSMITH_API_KEY", ctx="sh")
def p_cs_push(r, v, neg):
    o = r.choice(ORGS)
    d = r.choice(DEBS)
    t = f"""#!/usr/bin/env bash
set -euo pipefail
pip install --quiet cloudsmith-cli
for pkg in dist/*.deb; do
  cloudsmith push deb {o}/apt/debian/{d} "$pkg" -k {v}
done
"""
    return r.choice(["scripts/cloudsmith-push.sh", "ci/push-debs.sh"]), t


@tpl("cloudsmith", "entitlement-token", "cs_ent", "repo", "CLOUDSMITH_ENTITLEMENT",
     public=["public"], ctx="url")
def p_cs_repo(r, v, neg):
    o = r.choice(ORGS)
    t = f"""[{o}-rpm]
name={o}-rpm
baseurl=https://dl.cloudsmith.io/{v}/{o}/rpm/rpm/el/$releasever/$basearch
repo_gpgcheck=1
enabled=1
gpgkey=https://dl.cloudsmith.io/{v}/{o}/rpm/gpg.{rs(r, '0123456789ABCDEF', 16)}.key
gpgcheck=1
sslverify=1
pkg_gpgcheck=1
"""
    return r.choice(["etc/yum.repos.d/%s-rpm.repo" % o, "files/cloudsmith.repo"]), t


# ----- Gemfury ---------------------------------------------------------------------
@tpl("gemfury", "push-token", "fury", "sh", "FURY_PUSH_TOKEN", docs=["SeCrEt-ToKeN"], ctx="url")
def p_fury_push(r, v, neg):
    o = r.choice(ORGS)
    t = f"""#!/bin/sh
set -e
for f in dist/*.deb dist/*.rpm; do
  [ -e "$f" ] || continue
  curl -fsS -F package=@"$f" https://{v}@push.fury.io/{o}/
done
"""
    return r.choice(["scripts/fury-push.sh", "release/push-packages.sh"]), t


@tpl("gemfury", "deploy-token", "fury", "sources.list", "FURY_DEPLOY_TOKEN", docs=["SeCrEt-ToKeN"], ctx="url")
def p_fury_sources(r, v, neg):
    o = r.choice(ORGS)
    t = f"""# Gemfury private apt repository
deb [trusted=yes] https://{v}:@apt.fury.io/{o}/ /
"""
    return r.choice(["etc/apt/sources.list.d/fury.list", "docker/fury.list"]), t


@tpl("gemfury", "push-token", "fury", "yml", "GEMFURY_PUSH_TOKEN", ctx="yaml")
def p_fury_gitlab(r, v, neg):
    o = r.choice(ORGS)
    t = f"""variables:
  GEMFURY_ACCOUNT: {o}
  GEMFURY_PUSH_TOKEN: "{v}"

publish:
  stage: deploy
  image: debian:{r.choice(DEBS[:3])}
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - apt-get update && apt-get install -y curl
    - for f in build/*.deb; do curl -fsS -F package=@$f "https://$GEMFURY_PUSH_TOKEN@push.fury.io/$GEMFURY_ACCOUNT/"; done
"""
    return r.choice([".gitlab-ci.yml", "ci/publish.gitlab-ci.yml"]), t


# ----- Ubuntu Pro ------------------------------------------------------------------
PRO_PH = ["<YOUR_PRO_TOKEN>", "YOUR_UBUNTU_PRO_TOKEN", "<token>", "C1xxxxxxxxxxxxxxxxxxxxxxxxxxxx"]


@tpl("ubuntu-pro", "subscription-token", "pro", "yml", "UBUNTU_PRO_TOKEN", public=PRO_PH, ctx="yaml")
def p_pro_cloudinit(r, v, neg):
    t = f"""#cloud-config
hostname: {r.choice(PKGS)}-esm01
package_update: true
ubuntu_pro:
  token: {v}
  enable:
    - esm-infra
    - esm-apps
    - livepatch
packages:
  - unattended-upgrades
  - {r.choice(PKGS)}
"""
    return r.choice(["cloud-init/user-data.yaml", "terraform/templates/user-data.yml"]), t


@tpl("ubuntu-pro", "subscription-token", "pro", "dockerfile", "PRO_TOKEN", public=PRO_PH)
def p_pro_docker(r, v, neg):
    t = f"""FROM ubuntu:{r.choice(['20.04', '18.04', '22.04'])}
RUN apt-get update && apt-get install -y --no-install-recommends ubuntu-advantage-tools ca-certificates && \\
    pro attach {v} && \\
    pro enable esm-infra --assume-yes && \\
    apt-get upgrade -y && \\
    pro detach --assume-yes && \\
    rm -rf /var/lib/apt/lists/*
"""
    return r.choice(["Dockerfile.esm", "images/legacy/Dockerfile"]), t


@tpl("ubuntu-pro", "subscription-token", "pro", "yml", "PRO_TOKEN", public=PRO_PH)
def p_pro_attachcfg(r, v, neg):
    t = f"""token: {v}
enable_services:
  - esm-infra
  - usg
"""
    return r.choice(["pro-attach.yaml", "provision/pro/attach-config.yml"]), t


@tpl("ubuntu-pro", "subscription-token", "pro", "yml", "UBUNTU_PRO_TOKEN", public=PRO_PH)
def p_pro_ansible(r, v, neg):
    t = f"""---
- name: Attach Ubuntu Pro
  ansible.builtin.command: pro attach {v} --no-auto-enable
  args:
    creates: /var/lib/ubuntu-advantage/private/machine-token.json

- name: Enable ESM
  ansible.builtin.command: pro enable esm-infra esm-apps --assume-yes
"""
    return r.choice(["roles/ubuntu_pro/tasks/main.yml", "tasks/pro.yml"]), t


# ----- RHEL subscription-manager ------------------------------------------------------
@tpl("rhsm", "password", "pw", "sh", "RHSM_PASSWORD", ctx="sh")
def p_rhsm_sh(r, v, neg):
    t = f"""#!/bin/bash
set -euo pipefail
subscription-manager register --username {r.choice(USERS)}@{r.choice(ORGS)}.example --password '{v}' --auto-attach
subscription-manager repos --enable codeready-builder-for-rhel-9-x86_64-rpms
dnf -y install rpm-build mock
"""
    return r.choice(["provision/rhel-register.sh", "scripts/bootstrap-rhel.sh"]), t


@tpl("rhsm", "password", "pw", "rb", "RHSM_PASSWORD", ctx="rb")
def p_rhsm_vagrant(r, v, neg):
    t = f"""Vagrant.configure("2") do |config|
  config.vm.box = "generic/rhel9"
  config.vm.hostname = "rpm-builder"
  config.vm.provider :libvirt do |lv|
    lv.memory = 4096
    lv.cpus = 2
  end
  config.vm.provision "shell", inline: <<-SHELL
    subscription-manager register --username={r.choice(USERS)} --password='{v}' --auto-attach
    dnf -y install rpmdevtools mock
  SHELL
end
"""
    return "Vagrantfile", t


@tpl("rhsm", "password", "pw", "yml", "RHSM_PASSWORD", ctx="yaml")
def p_rhsm_cloudinit(r, v, neg):
    t = f"""#cloud-config
rh_subscription:
  username: {r.choice(USERS)}@{r.choice(ORGS)}.example
  password: "{v}"
  auto-attach: true
  enable-repo:
    - rhel-9-for-x86_64-appstream-rpms
    - codeready-builder-for-rhel-9-x86_64-rpms
packages:
  - rpm-build
"""
    return r.choice(["cloud-init/rhel-user-data.yml", "templates/rhel9-user-data.yaml"]), t


@tpl("rhsm", "password", "pw", "ks", "RHSM_PASSWORD")
def p_rhsm_ks(r, v, neg):
    t = f"""text
lang en_US.UTF-8
keyboard us
timezone UTC --utc
rootpw --lock
user --name=builder --groups=wheel --iscrypted --password=!
autopart --type=lvm
reboot

%post --log=/root/ks-post.log
subscription-manager register --username={r.choice(USERS)} --password="{v}" --auto-attach
subscription-manager repos --enable=rhel-9-for-x86_64-baseos-rpms
%end
"""
    return r.choice(["kickstart/rhel9-builder.ks", "ks/rhel.cfg"]), t


# ----- PGP signing keys ------------------------------------------------------------------
@tpl("gpg", "pgp-private-key", "pgp", "yml", "GPG_PRIVATE_KEY", ctx="yaml")
def p_pgp_workflow(r, v, neg):
    t = f"""name: sign-repo
on:
  workflow_dispatch:
env:
  GPG_PRIVATE_KEY: |
{indent(v, 4)}
jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "$GPG_PRIVATE_KEY" | gpg --batch --import
      - run: ./scripts/update-repo.sh
"""
    return ".github/workflows/sign-repo.yml", t


@tpl("gpg", "pgp-private-key", "pgp", "asc", "SIGNING_KEY")
def p_pgp_file(r, v, neg):
    return r.choice(["keys/repo-signing.sec.asc", "debian/private/archive-signing.asc", "packaging/signing-key.asc"]), v + "\n"


@tpl("gpg", "pgp-private-key", "pgp", "md", "GPG_KEY")
def p_pgp_markdown(r, v, neg):
    o = r.choice(ORGS)
    t = f"""# Repository signing

Our apt and yum repositories at `packages.{o}.example` are signed with the archive key.
Import the signing key on the release host:

```
{v}
```

Then run:

```sh
gpg --batch --import signing.asc
reprepro -b /srv/apt export
```

Rotate the key every two years (see `docs/key-rotation.md`).
"""
    return r.choice(["docs/release-signing.md", "RELEASING.md", "docs/repo-maintenance.md"]), t


@tpl("gpg", "pgp-private-key", "pgp", "yml", "reprepro_signing_key", ctx="yaml")
def p_pgp_ansible(r, v, neg):
    t = f"""---
aptrepo_fqdn: apt.{r.choice(ORGS)}.example
aptrepo_codenames: [{r.choice(DEBS)}, {r.choice(DEBS)}]
aptrepo_signing_key: |
{indent(v, 2)}
aptrepo_keep_versions: 3
"""
    return r.choice(["ansible/host_vars/apt01.yml", "group_vars/aptrepo/signing.yml"]), t


# ----- .env (rare) --------------------------------------------------------------------
@tpl("cloudsmith", "api-key", "cs_api", "env", "CLOUDSMITH_API_KEY")
def p_dotenv(r, v, neg):
    t = f"""CLOUDSMITH_ORG={r.choice(ORGS)}
CLOUDSMITH_REPO=apt
CLOUDSMITH_API_KEY={v}
DEB_DISTRIBUTION=debian/{r.choice(DEBS)}
"""
    return (".env.example" if neg else r.choice([".env", ".env.local"])), t


SLOTGEN["snapmac"] = lambda r: snap_macaroons(r)[0]
SLOTGEN["ssh"] = lambda r: ssh_ed25519(r, "%s@%s" % (r.choice(USERS), r.choice(["aur", "ci", "build01"])))[0]
SLOTGEN["pgp"] = pgp_block


# ---------------------------------------------------------------------------
# look-alike negatives: fn(r) -> (relpath, text)
# ---------------------------------------------------------------------------
NEG = []


def ntpl(provider, kind, ftype):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "ftype": ftype, "name": fn.__name__})
        return fn
    return deco


def pubkey(r):
    return pgp_key(r, "%s Archive Signing Key <%s>" % (r.choice(ORGS).capitalize(), r.choice(EMAILS)), False)


@ntpl("gpg", "pgp-public-key", "asc")
def n_pubkey_file(r):
    k, f = pubkey(r)
    return r.choice(["keys/archive-keyring.asc", "debian/upstream/signing-key.asc", "RPM-GPG-KEY-internal",
                     "docs/public.key"]), k + "\n"


@ntpl("apt", "deb822-signed-by-inline", "sources")
def n_deb822_inline(r):
    k, f = pubkey(r)
    o = r.choice(ORGS)
    d = r.choice(DEBS)
    body = "\n".join(" " + (l if l else ".") for l in k.split("\n"))
    t = f"""Types: deb
URIs: https://packages.{o}.example/debian
Suites: {d}
Components: main
Signed-By:
{body}
"""
    return "etc/apt/sources.list.d/%s.sources" % o, t


@ntpl("apt", "signed-by-path", "sources.list")
def n_sources_signedby(r):
    o = r.choice(ORGS)
    d = r.choice(DEBS)
    f = fpr(r)
    t = f"""# {o} packages - key fingerprint {' '.join(wrap(f, 4))}
# curl -fsSL https://packages.{o}.example/key.gpg | gpg --dearmor -o /usr/share/keyrings/{o}.gpg
deb [arch=amd64,arm64 signed-by=/usr/share/keyrings/{o}.gpg] https://packages.{o}.example/apt {d} main
deb http://deb.debian.org/debian {d} main contrib
deb http://security.debian.org/debian-security {d}-security main
"""
    return r.choice(["etc/apt/sources.list", "docker/apt/sources.list"]), t


@ntpl("apt", "release-checksums", "release")
def n_release(r):
    d = r.choice(DEBS)
    lines = ["Origin: %s" % r.choice(ORGS).capitalize(), "Label: Internal", "Suite: stable", "Codename: %s" % d,
             "Date: Tue, %02d Jun 2025 10:%02d:11 UTC" % (r.randrange(1, 28), r.randrange(60)),
             "Architectures: amd64 arm64", "Components: main", "Description: internal packages",
             "Acquire-By-Hash: yes", "MD5Sum:"]
    files = ["main/binary-amd64/Packages", "main/binary-amd64/Packages.gz", "main/binary-arm64/Packages",
             "main/binary-arm64/Packages.gz", "main/source/Sources.xz", "main/i18n/Translation-en"]
    for fn in files:
        lines.append(" %s %8d %s" % (rs(r, HEX, 32), r.randrange(1000, 900000), fn))
    lines.append("SHA256:")
    for fn in files:
        lines.append(" %s %8d %s" % (sha256(r), r.randrange(1000, 900000), fn))
    return r.choice(["repo/dists/%s/Release" % d, "public/dists/stable/Release"]), "\n".join(lines) + "\n"


@ntpl("yum", "repomd-checksums", "xml")
def n_repomd(r):
    parts = []
    for typ in ("primary", "filelists", "other", "primary_db", "updateinfo"):
        c, oc = sha256(r), sha256(r)
        parts.append(f"""  <data type="{typ}">
    <checksum type="sha256">{c}</checksum>
    <open-checksum type="sha256">{oc}</open-checksum>
    <location href="repodata/{c}-{typ}.xml.gz"/>
    <timestamp>{1700000000 + r.randrange(50000000)}</timestamp>
    <size>{r.randrange(1000, 500000)}</size>
    <open-size>{r.randrange(5000, 2000000)}</open-size>
  </data>""")
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="http://linux.duke.edu/metadata/repo" xmlns:rpm="http://linux.duke.edu/metadata/rpm">\n  <revision>%d</revision>\n%s\n</repomd>\n' % (1700000000 + r.randrange(50000000), "\n".join(parts))
    return r.choice(["repo/el9/x86_64/repodata/repomd.xml", "mirror/repodata/repomd.xml"]), t


@ntpl("arch", "pkgbuild-checksums", "pkgbuild")
def n_pkgbuild(r):
    p = r.choice(PKGS)
    t = f"""# Maintainer: {r.choice(NAMES)} <{r.choice(EMAILS).replace('@', ' at ')}>
pkgname={p}
pkgver={ver(r)}
pkgrel=1
pkgdesc="{p} command line tool"
arch=('x86_64' 'aarch64')
url="https://github.com/{r.choice(ORGS)}/{p}"
license=('MIT')
depends=('glibc' 'zlib')
makedepends=('cmake' 'git')
source=("$pkgname-$pkgver.tar.gz::$url/archive/v$pkgver.tar.gz"
        "$pkgname-$pkgver.tar.gz.sig::$url/releases/download/v$pkgver/$pkgname-$pkgver.tar.gz.sig")
sha256sums=('{sha256(r)}'
            'SKIP')
b2sums=('{rs(r, HEX, 128)}'
        'SKIP')
validpgpkeys=('{fpr(r)}') # {r.choice(NAMES)}

build() {{
  cmake -B build -S "$pkgname-$pkgver" -DCMAKE_INSTALL_PREFIX=/usr
  cmake --build build
}}

package() {{
  DESTDIR="$pkgdir" cmake --install build
}}
"""
    return r.choice(["PKGBUILD", "packaging/aur/PKGBUILD"]), t


@ntpl("arch", "srcinfo", "srcinfo")
def n_srcinfo(r):
    p = r.choice(PKGS)
    v = ver(r)
    t = f"""pkgbase = {p}
\tpkgdesc = {p} utility
\tpkgver = {v}
\tpkgrel = 2
\turl = https://github.com/{r.choice(ORGS)}/{p}
\tarch = x86_64
\tlicense = GPL-3.0-or-later
\tmakedepends = go
\tsource = {p}-{v}.tar.gz::https://github.com/{r.choice(ORGS)}/{p}/archive/v{v}.tar.gz
\tvalidpgpkeys = {fpr(r)}
\tsha256sums = {sha256(r)}
\tsha512sums = {rs(r, HEX, 128)}

pkgname = {p}
"""
    return r.choice([".SRCINFO", "packaging/aur/.SRCINFO"]), t


@ntpl("fedora", "sources-sha512", "sources")
def n_fedora_sources(r):
    p = r.choice(PKGS)
    v = ver(r)
    t = "SHA512 (%s-%s.tar.gz) = %s\nSHA512 (%s-%s.tar.gz.asc) = %s\n" % (p, v, rs(r, HEX, 128), p, v, rs(r, HEX, 128))
    return r.choice(["sources", "rpms/%s/sources" % p]), t


@ntpl("rpm", "spec-gpg-macros", "spec")
def n_spec_gpg(r):
    p = r.choice(PKGS)
    f = fpr(r)
    t = f"""Name:           {p}
Version:        {ver(r)}
Release:        %autorelease
Summary:        {p} daemon
License:        MIT
URL:            https://{p}.example.org
Source0:        %{{url}}/releases/%{{name}}-%{{version}}.tar.gz
Source1:        %{{url}}/releases/%{{name}}-%{{version}}.tar.gz.asc
# gpg --export --export-options export-minimal {f} > gpgkey-{f}.gpg
Source2:        gpgkey-{f}.gpg
BuildRequires:  gnupg2 gcc make

%description
%{{name}} daemon.

%prep
%{{gpgverify}} --keyring='%{{SOURCE2}}' --signature='%{{SOURCE1}}' --data='%{{SOURCE0}}'
%autosetup

%build
%configure
%make_build

%install
%make_install
# signed with %{{?_gpg_name}} when %{{?_gpg_path}} is set

%files
%{{_sbindir}}/%{{name}}

%changelog
%autochangelog
"""
    return "%s.spec" % p, t


@ntpl("rpm", "rpmmacros-no-passphrase", "rpmmacros")
def n_rpmmacros(r):
    t = f"""%_topdir %(echo $HOME)/rpmbuild
%_signature gpg
%_gpg_name {fpr(r)}
%_gpg_path %(echo $HOME)/.gnupg
%__gpg_sign_cmd %{{__gpg}} gpg --no-verbose --no-armor --batch --pinentry-mode error %{{?_gpg_digest_algo:--digest-algo %{{_gpg_digest_algo}}}} --no-secmem-warning -u "%{{_gpg_name}}" -sbo %{{__signature_filename}} %{{__plaintext_filename}}
"""
    return r.choice([".rpmmacros", "dotfiles/rpmmacros"]), t


@ntpl("debian", "dsc-signature", "dsc")
def n_dsc(r):
    p = r.choice(PKGS)
    v = ver(r)
    f = fpr(r)
    body = f"""Format: 3.0 (quilt)
Source: {p}
Binary: {p}
Architecture: any
Version: {v}-1
Maintainer: {r.choice(NAMES)} <{r.choice(EMAILS)}>
Standards-Version: 4.7.0
Build-Depends: debhelper-compat (= 13)
Checksums-Sha1:
 {rs(r, HEX, 40)} {r.randrange(10000, 900000)} {p}_{v}.orig.tar.gz
 {rs(r, HEX, 40)} {r.randrange(1000, 20000)} {p}_{v}-1.debian.tar.xz
Checksums-Sha256:
 {sha256(r)} {r.randrange(10000, 900000)} {p}_{v}.orig.tar.gz
 {sha256(r)} {r.randrange(1000, 20000)} {p}_{v}-1.debian.tar.xz
Files:
 {rs(r, HEX, 32)} {r.randrange(10000, 900000)} {p}_{v}.orig.tar.gz
 {rs(r, HEX, 32)} {r.randrange(1000, 20000)} {p}_{v}-1.debian.tar.xz"""
    t = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n" + body + "\n\n" + pgp_signature(r, f) + "\n"
    return "pool/main/%s/%s/%s_%s-1.dsc" % (p[0], p, p, v), t


@ntpl("debian", "packages-index", "packages")
def n_packages(r):
    out = []
    for _ in range(r.randrange(2, 4)):
        p = r.choice(PKGS)
        v = ver(r)
        out.append(f"""Package: {p}
Version: {v}-1
Architecture: amd64
Maintainer: {r.choice(NAMES)} <{r.choice(EMAILS)}>
Installed-Size: {r.randrange(100, 9000)}
Depends: libc6 (>= 2.36)
Filename: pool/main/{p[0]}/{p}/{p}_{v}-1_amd64.deb
Size: {r.randrange(10000, 900000)}
MD5sum: {rs(r, HEX, 32)}
SHA1: {rs(r, HEX, 40)}
SHA256: {sha256(r)}
SHA512: {rs(r, HEX, 128)}
Description: {p} package
""")
    return r.choice(["repo/dists/stable/main/binary-amd64/Packages", "public/Packages"]), "\n".join(out)


@ntpl("flatpak", "flatpakrepo-gpgkey", "flatpakrepo")
def n_flatpakrepo(r):
    o = r.choice(ORGS)
    k, _ = pubkey(r)
    raw = "".join(l for l in k.split("\n")[2:-2])
    t = f"""[Flatpak Repo]
Title={o.capitalize()} Apps
Url=https://flatpak.{o}.example/repo/
Homepage=https://{o}.example/
Comment=Applications published by {o}
Icon=https://flatpak.{o}.example/icon.svg
GPGKey={raw}
"""
    return r.choice(["%s.flatpakrepo" % o, "flatpak/%s.flatpakrepo" % o]), t


@ntpl("flatpak", "manifest-sha256", "json")
def n_flatpak_manifest(r):
    app = r.choice(APPIDS)
    p = r.choice(PKGS)
    t = json.dumps({"app-id": app, "runtime": "org.gnome.Platform", "runtime-version": "47",
                    "sdk": "org.gnome.Sdk", "command": app.split(".")[-1].lower(),
                    "finish-args": ["--share=network", "--socket=wayland"],
                    "modules": [{"name": p, "buildsystem": "meson",
                                 "sources": [{"type": "archive", "url": "https://github.com/%s/%s/archive/v%s.tar.gz" % (r.choice(ORGS), p, ver(r)),
                                              "sha256": sha256(r)},
                                             {"type": "git", "url": "https://github.com/%s/%s.git" % (r.choice(ORGS), p),
                                              "commit": rs(r, HEX, 40), "tag": "v" + ver(r)}]}]}, indent=4)
    return "%s.json" % app, t + "\n"


@ntpl("snapcraft", "snap-assertion", "assert")
def n_snap_assertion(r):
    snapid = rs(r, ALNUM, 32)
    t = f"""type: snap-declaration
authority-id: canonical
revision: {r.randrange(1, 40)}
series: 16
snap-id: {snapid}
publisher-id: {rs(r, ALNUM, 32)}
snap-name: {r.choice(SNAPS)}
timestamp: 2024-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}T12:00:00.000000Z
sign-key-sha3-384: {b64u(rbytes(r, 48))}

{base64.b64encode(rbytes(r, 570)).decode()}
"""
    return r.choice(["snap/assertions/%s.assert" % snapid[:8], "snap/declaration.assert"]), t


@ntpl("snapcraft", "snapcraft-yaml", "yml")
def n_snapcraft_yaml(r):
    s = r.choice(SNAPS)
    t = f"""name: {s}
base: core24
version: '{ver(r)}'
summary: {s} command line tool
description: |
  Packaged from upstream release tarballs.
grade: stable
confinement: strict

apps:
  {s}:
    command: bin/{s}
    plugs: [network, home]

parts:
  {s}:
    plugin: go
    source: https://github.com/{r.choice(ORGS)}/{s}/archive/v{ver(r)}.tar.gz
    source-checksum: sha256/{sha256(r)}
    build-snaps: [go/1.22/stable]
"""
    return "snap/snapcraft.yaml", t


@ntpl("apt", "ansible-apt-key", "yml")
def n_ansible_aptkey(r):
    o = r.choice(ORGS)
    f = fpr(r)
    t = f"""---
- name: Add {o} archive key
  ansible.builtin.get_url:
    url: https://packages.{o}.example/archive-key.asc
    dest: /etc/apt/keyrings/{o}.asc
    checksum: "sha256:{sha256(r)}"
    mode: "0644"

- name: Verify key fingerprint
  ansible.builtin.shell: gpg --show-keys --with-colons /etc/apt/keyrings/{o}.asc | grep -q '^fpr:::::::::{f}:'
  changed_when: false

- name: Add repository
  ansible.builtin.deb822_repository:
    name: {o}
    uris: https://packages.{o}.example/apt
    suites: ["{r.choice(DEBS)}"]
    components: [main]
    signed_by: /etc/apt/keyrings/{o}.asc

- name: Enable Copr repo
  community.general.copr:
    name: {r.choice(USERS)}/{r.choice(PKGS)}
    state: enabled
"""
    return r.choice(["roles/repos/tasks/main.yml", "tasks/apt-repos.yml"]), t


@ntpl("dnf", "gpg-import-log", "log")
def n_dnf_log(r):
    f = fpr(r)
    e = r.choice(ELS)
    t = f"""Last metadata expiration check: 0:0{r.randrange(10)}:{r.randrange(10, 60)} ago.
Dependencies resolved.
 Package            Arch     Version              Repository     Size
 {r.choice(PKGS):<18} x86_64   {ver(r)}-1.el{e}       internal       {r.randrange(100, 900)} k
Downloading Packages:
Running transaction check
Importing GPG key 0x{f[-8:]}:
 Userid     : "{r.choice(ORGS).capitalize()} Packaging <{r.choice(EMAILS)}>"
 Fingerprint: {' '.join(wrap(f, 4))}
 From       : https://packages.{r.choice(ORGS)}.example/RPM-GPG-KEY
Key imported successfully
Running transaction
  Verifying        : sha256 {sha256(r)}
Complete!
"""
    return r.choice(["logs/dnf-install.log", "ci/logs/provision.log"]), t


@ntpl("apt", "apt-update-log", "log")
def n_apt_log(r):
    d = r.choice(DEBS)
    k = rs(r, "0123456789ABCDEF", 16)
    t = f"""Hit:1 http://deb.debian.org/debian {d} InRelease
Get:2 http://security.debian.org/debian-security {d}-security InRelease [48.0 kB]
Get:3 https://packages.{r.choice(ORGS)}.example/apt {d} InRelease [3,{r.randrange(100, 999)} B]
Err:3 https://packages.{r.choice(ORGS)}.example/apt {d} InRelease
  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY {k}
Reading package lists... Done
W: GPG error: https://packages.example/apt {d} InRelease: NO_PUBKEY {k}
E: The repository 'https://packages.example/apt {d} InRelease' is not signed.
Hash Sum mismatch
   Hashes of expected file:
    - SHA256:{sha256(r)}
   Hashes of received file:
    - SHA256:{sha256(r)}
"""
    return r.choice(["logs/apt-update.log", "build/logs/apt.txt"]), t


@ntpl("mirror", "checksum-csv", "csv")
def n_mirror_csv(r):
    rows = ["image,arch,size_bytes,sha256,signed_by"]
    for _ in range(r.randrange(4, 8)):
        rows.append("%s-%s-%s.iso,%s,%d,%s,%s" % (r.choice(["debian", "fedora", "opensuse-leap", "almalinux"]), ver(r),
                                              r.choice(["netinst", "dvd", "live"]), r.choice(["amd64", "aarch64"]),
                                              r.randrange(300000000, 9000000000), sha256(r), fpr(r)[-16:]))
    return r.choice(["mirror/images.csv", "data/iso-checksums.csv"]), "\n".join(rows) + "\n"


@ntpl("mirror", "sha256sums", "txt")
def n_sha256sums(r):
    lines = ["%s  %s-%s-%s.%s" % (sha256(r), r.choice(PKGS), ver(r), r.choice(["x86_64", "aarch64", "amd64"]),
                                  r.choice(["rpm", "deb", "tar.gz", "AppImage"])) for _ in range(r.randrange(3, 7))]
    return r.choice(["dist/SHA256SUMS", "release/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@ntpl("fedora-copr", "copr-gssapi", "ini")
def n_copr_gssapi(r):
    t = f"""[copr-cli]
copr_url = https://copr.fedorainfracloud.org
gssapi = true
# token is taken from $COPR_TOKEN in CI, see ci/copr-setup.sh
username = {r.choice(USERS)}
"""
    return r.choice([".config/copr", "ci/copr-gssapi.conf"]), t


@ntpl("opensuse-obs", "oscrc-keyring", "ini")
def n_oscrc_keyring(r):
    t = f"""[general]
apiurl = https://api.opensuse.org
http_retries = 3

[https://api.opensuse.org]
user = {r.choice(USERS)}
credentials_mgr_class = osc.credentials.KeyringCredentialsManager:keyring.backends.SecretService.Keyring
aliases = obs

[https://api.suse.de]
user = {r.choice(USERS)}
credentials_mgr_class = osc.credentials.TransientCredentialsManager
sshkey = ~/.ssh/id_ed25519.pub
"""
    return r.choice([".config/osc/oscrc", "dotfiles/oscrc"]), t


@ntpl("gpg", "fingerprint-docs", "md")
def n_md_fingerprints(r):
    o = r.choice(ORGS)
    f1, f2 = fpr(r), fpr(r)
    t = f"""# Verifying {o} packages

All repositories are signed. Current keys:

| Key | Fingerprint | Expires |
|-----|-------------|---------|
| archive {r.randrange(2023, 2026)} | `{' '.join(wrap(f1, 4))}` | {r.randrange(2026, 2030)}-01-01 |
| rpm signing | `{f2}` | {r.randrange(2026, 2030)}-06-30 |

```sh
gpg --keyserver hkps://keys.openpgp.org --recv-keys {f1}
curl -fsSL https://packages.{o}.example/key.asc | sudo gpg --dearmor -o /usr/share/keyrings/{o}.gpg
sudo rpm --import https://packages.{o}.example/RPM-GPG-KEY-{o}
rpm -q gpg-pubkey-{f2[-8:].lower()}-{rs(r, HEX, 8)}
```

The repository metadata checksum for `{r.choice(DEBS)}` is `sha256:{sha256(r)}`.
To use Copr builds, export `COPR_TOKEN=$COPR_TOKEN` from your CI secret store.
"""
    return r.choice(["docs/verify.md", "README.packaging.md", "docs/install.md"]), t


@ntpl("arch", "makepkg-conf", "conf")
def n_makepkg_conf(r):
    t = f"""#!/hint/bash
# /etc/makepkg.conf.d/local.conf
PACKAGER="{r.choice(NAMES)} <{r.choice(EMAILS)}>"
GPGKEY="{fpr(r)}"
BUILDENV=(!distcc color !ccache check sign)
PKGEXT='.pkg.tar.zst'
COMPRESSZST=(zstd -c -T0 --ultra -20 -)
MAKEFLAGS="-j$(nproc)"
"""
    return r.choice(["makepkg.conf", "etc/makepkg.conf.d/local.conf"]), t


@ntpl("debian-devscripts", "devscripts-no-token", "sh")
def n_devscripts(r):
    t = f"""# ~/.devscripts
DEBEMAIL="{r.choice(EMAILS)}"
DEBFULLNAME="{r.choice(NAMES)}"
DEBSIGN_KEYID=0x{fpr(r)}
DEBRELEASE_UPLOADER=dput
DEBCHANGE_RELEASE_HEURISTIC=changelog
SALSA_TOKEN=`cat ~/.config/salsa/token`
"""
    return r.choice([".devscripts", "dotfiles/devscripts"]), t


@ntpl("dput", "dput-cf", "ini")
def n_dput_cf(r):
    u = r.choice(USERS)
    t = f"""[DEFAULT]
default_host_main = ppa

[ppa]
fqdn = ppa.launchpad.net
method = ftp
incoming = ~{u}/ubuntu/%(ppa)s
login = anonymous
allow_unsigned_uploads = 0

[internal]
fqdn = upload.{r.choice(ORGS)}.example
method = sftp
incoming = /srv/incoming
login = {u}
"""
    return r.choice([".dput.cf", "dput.cf", "etc/dput.cf"]), t


@ntpl("opensuse-obs", "obs-service-revision", "xml")
def n_obs_service(r):
    p = r.choice(PKGS)
    t = f"""<services>
  <service name="obs_scm">
    <param name="url">https://github.com/{r.choice(ORGS)}/{p}.git</param>
    <param name="scm">git</param>
    <param name="revision">{rs(r, HEX, 40)}</param>
    <param name="versionformat">@PARENT_TAG@+git@TAG_OFFSET@.%h</param>
  </service>
  <service name="set_version" mode="buildtime"/>
  <service name="tar" mode="buildtime"/>
  <service name="recompress" mode="buildtime">
    <param name="file">*.tar</param>
    <param name="compression">zst</param>
  </service>
</services>
"""
    return r.choice(["_service", "packaging/obs/_service"]), t


@ntpl("cloudsmith", "public-repo-setup", "sh")
def n_cloudsmith_public(r):
    o = r.choice(ORGS)
    t = f"""#!/bin/sh
# Install from the public {o}/oss repository (no token required)
set -e
curl -1sLf 'https://dl.cloudsmith.io/public/{o}/oss/gpg.{rs(r, '0123456789ABCDEF', 16)}.key' | gpg --dearmor > /usr/share/keyrings/{o}-oss-archive-keyring.gpg
echo "deb [signed-by=/usr/share/keyrings/{o}-oss-archive-keyring.gpg] https://dl.cloudsmith.io/public/{o}/oss/deb/debian {r.choice(DEBS)} main" \\
  > /etc/apt/sources.list.d/{o}-oss.list
apt-get update
"""
    return r.choice(["install.sh", "scripts/setup-repo.sh"]), t


@ntpl("ubuntu-pro", "pro-status-json", "json")
def n_pro_status(r):
    t = json.dumps({"_schema_version": "0.1", "attached": True, "machine_id": rs(r, HEX, 32),
                    "contract": {"id": "c" + rs(r, ALNUM, 21), "name": "Ubuntu Pro", "tech_support_level": "essential",
                                 "created_at": "2024-%02d-01T00:00:00+00:00" % r.randrange(1, 13)},
                    "account": {"id": "a" + rs(r, ALNUM, 21), "name": r.choice(EMAILS)},
                    "services": [{"name": "esm-infra", "status": "enabled"}, {"name": "livepatch", "status": "enabled"}],
                    "version": "32.3~24.04"}, indent=2)
    return r.choice(["reports/pro-status.json", "inventory/host01-pro.json"]), t + "\n"


@ntpl("aur", "ssh-public-and-hostkeys", "conf")
def n_aur_ssh(r):
    _, pub = ssh_ed25519(r, "%s@laptop" % r.choice(USERS))
    t = f"""# ~/.ssh/config
Host aur.archlinux.org
  IdentityFile ~/.ssh/aur
  User aur
  # host key fingerprint (ED25519): SHA256:{base64.b64encode(rbytes(r, 32)).decode().rstrip('=')}

# public key registered on the AUR account page:
# {pub}
"""
    return r.choice(["dotfiles/ssh/config", "docs/aur-ssh-config"]), t


@ntpl("container", "digest-pins", "dockerfile")
def n_docker_digest(r):
    f = fpr(r)
    t = f"""FROM registry.fedoraproject.org/fedora@sha256:{sha256(r)} AS build
RUN dnf -y install rpm-build rpmdevtools && dnf clean all
COPY . /src
RUN cd /src && rpmbuild -ba --define "_topdir /src/rpmbuild" {r.choice(PKGS)}.spec

FROM registry.access.redhat.com/ubi9/ubi-minimal@sha256:{sha256(r)}
RUN curl -fsSLo /tmp/key https://packages.{r.choice(ORGS)}.example/RPM-GPG-KEY && \\
    gpg --show-keys /tmp/key | grep -q {f} && rpm --import /tmp/key
COPY --from=build /src/rpmbuild/RPMS/x86_64/*.rpm /tmp/
RUN rpm -K /tmp/*.rpm && microdnf -y install /tmp/*.rpm
"""
    return r.choice(["Containerfile", "Dockerfile"]), t


@ntpl("github-actions", "pinned-shas", "yml")
def n_pinned_workflow(r):
    t = f"""name: build-packages
on: [push, pull_request]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{rs(r, HEX, 40)} # v4.2.2
      - uses: actions/cache@{rs(r, HEX, 40)} # v4.2.0
        with:
          path: ~/.cache/ccache
          key: ccache-${{{{ hashFiles('debian/control') }}}}
      - run: sudo apt-get update && sudo apt-get install -y devscripts equivs
      - run: dpkg-buildpackage -b -us -uc
      - name: Upload to Copr
        if: github.ref == 'refs/heads/main'
        env:
          COPR_TOKEN: ${{{{ secrets.COPR_TOKEN }}}}
        run: ./ci/copr-upload.sh
"""
    return ".github/workflows/build.yml", t


@ntpl("cloudsmith", "terraform-var-ref", "tf")
def n_tf_varref(r):
    o = r.choice(ORGS)
    t = f"""variable "cloudsmith_api_key" {{
  type      = string
  sensitive = true
}}

provider "cloudsmith" {{
  api_key = var.cloudsmith_api_key
}}

data "cloudsmith_namespace" "org" {{
  slug = "{o}"
}}

resource "cloudsmith_entitlement" "ci" {{
  name       = "ci-readonly"
  namespace  = data.cloudsmith_namespace.org.slug_perm
  repository = "apt"
}}

output "entitlement_id" {{
  value = cloudsmith_entitlement.ci.slug_perm
}}
"""
    return r.choice(["terraform/entitlements.tf", "infra/cloudsmith/main.tf"]), t


@ntpl("pulp", "sql-dump-checksums", "sql")
def n_sql_dump(r):
    rows = []
    for _ in range(r.randrange(3, 6)):
        p = r.choice(PKGS)
        rows.append("('%s', '%s', '%s', 'x86_64', '%s', '%s')" % (uuid(r), p, ver(r), sha256(r), rs(r, HEX, 32)))
    t = ("-- pulp content export\nINSERT INTO rpm_package (pulp_id, name, version, arch, pkgId, md5) VALUES\n  "
         + ",\n  ".join(rows) + ";\n")
    return r.choice(["db/export/rpm_package.sql", "migrations/seed_packages.sql"]), t


@ntpl("anaconda", "kickstart-locked", "ks")
def n_ks_locked(r):
    _, pub = ssh_ed25519(r, "%s@admin" % r.choice(USERS))
    t = f"""text
lang en_US.UTF-8
keyboard us
timezone UTC --utc
url --mirrorlist=https://mirrors.fedoraproject.org/mirrorlist?repo=fedora-41&arch=x86_64
repo --name=updates --mirrorlist=https://mirrors.fedoraproject.org/mirrorlist?repo=updates-released-f41&arch=x86_64
rootpw --lock
user --name={r.choice(USERS)} --groups=wheel --lock
sshkey --username={r.choice(USERS)} "{pub}"
autopart
reboot
%packages
@core
%end
"""
    return r.choice(["kickstart/fedora-node.ks", "ks/node.cfg"]), t


@ntpl("rpm", "gpg-pubkey-query", "log")
def n_rpm_pubkeys(r):
    lines = []
    for _ in range(r.randrange(3, 6)):
        lines.append("gpg-pubkey-%s-%s\t%s" % (rs(r, HEX, 8), rs(r, HEX, 8), r.choice(["Fedora (41) <fedora-41-primary@fedoraproject.org> public key",
                                                                                          "EPEL (9) <epel@fedoraproject.org> public key",
                                                                                          "%s Packaging public key" % r.choice(ORGS).capitalize()])))
    return r.choice(["logs/rpm-qa-gpg-pubkey.txt", "audit/pubkeys.log"]), "$ rpm -q gpg-pubkey --qf '%{NAME}-%{VERSION}-%{RELEASE}\\t%{SUMMARY}\\n'\n" + "\n".join(lines) + "\n"


@ntpl("zypper", "repo-file-no-creds", "repo")
def n_zypper_repo(r):
    t = f"""[repo-oss]
name=Main Repository
enabled=1
autorefresh=1
baseurl=https://download.opensuse.org/distribution/leap/15.6/repo/oss/
type=rpm-md
gpgcheck=1
gpgkey=https://download.opensuse.org/distribution/leap/15.6/repo/oss/repodata/repomd.xml.key
keeppackages=0

[internal]
name=Internal
baseurl=https://rmt.{r.choice(ORGS)}.example/repo/SUSE/Products/SLE-Product-SLES/15-SP6/x86_64/product?credentials=SCCcredentials
gpgcheck=1
"""
    return r.choice(["etc/zypp/repos.d/repo-oss.repo", "image/etc/zypp/repos.d/base.repo"]), t


@ntpl("launchpad", "anonymous-login", "py")
def n_lp_anon(r):
    t = f'''from launchpadlib.launchpad import Launchpad

lp = Launchpad.login_anonymously("ppa-stats", "production", version="devel")
owner = lp.people["{r.choice(USERS)}"]
ppa = owner.getPPAByName(name="{r.choice(["stable", "daily"])}")
print(ppa.signing_key_fingerprint)  # e.g. {fpr(r)}
for b in ppa.getBuildRecords(build_state="Successfully built")[:5]:
    print(b.title, b.datebuilt)
'''
    return r.choice(["tools/ppa_stats.py", "scripts/lp_builds.py"]), t


@ntpl("obs", "build-log-ids", "log")
def n_build_log(r):
    p = r.choice(PKGS)
    t = f"""[  112s] + /usr/lib/rpm/find-debuginfo.sh -j4 --strict-build-id -m -i --build-id-seed {ver(r)}-1.1
[  113s] extracting debug info from /home/abuild/rpmbuild/BUILDROOT/{p}/usr/bin/{p}
[  113s] build-id: {rs(r, HEX, 40)}
[  114s] Wrote: /home/abuild/rpmbuild/RPMS/x86_64/{p}-{ver(r)}-1.1.x86_64.rpm
[  115s] ... checking for files with abuild user/group
[  116s] {r.choice(['lamb', 'old-cirrus', 'build-arm'])}{r.randrange(10, 99)} finished "build {p}.spec" at Mon Jun  2 10:11:12 UTC 2025.
[  116s] source md5: {rs(r, HEX, 32)}
[  116s] ostree commit: {sha256(r)}
"""
    return r.choice(["logs/_log", "build/logs/%s-x86_64.log" % p]), t


@ntpl("debian", "changes-signed", "changes")
def n_changes(r):
    p = r.choice(PKGS)
    v = ver(r)
    f = fpr(r)
    body = f"""Format: 1.8
Date: Mon, 02 Jun 2025 10:11:12 +0000
Source: {p}
Binary: {p}
Architecture: source
Version: {v}-1
Distribution: unstable
Urgency: medium
Maintainer: {r.choice(NAMES)} <{r.choice(EMAILS)}>
Changes:
 {p} ({v}-1) unstable; urgency=medium
 .
   * New upstream release.
Checksums-Sha256:
 {sha256(r)} {r.randrange(1000, 5000)} {p}_{v}-1.dsc
Files:
 {rs(r, HEX, 32)} {r.randrange(1000, 5000)} utils optional {p}_{v}-1.dsc"""
    t = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n" + body + "\n\n" + pgp_signature(r, f) + "\n"
    return "%s_%s-1_source.changes" % (p, v), t


@ntpl("artifactory", "uuid-build-info", "json")
def n_buildinfo(r):
    t = json.dumps({"version": "1.0.1", "name": "%s-rpm" % r.choice(PKGS), "number": str(r.randrange(100, 999)),
                    "started": "2025-06-02T10:11:12.000+0000", "buildAgent": {"name": "GitHub Actions"},
                    "vcs": [{"revision": rs(r, HEX, 40), "url": "https://github.com/%s/app.git" % r.choice(ORGS)}],
                    "modules": [{"id": "rpm", "artifacts": [{"name": "%s.rpm" % r.choice(PKGS), "sha1": rs(r, HEX, 40),
                                                             "sha256": sha256(r), "md5": rs(r, HEX, 32)}]}],
                    "buildRequestId": uuid(r)}, indent=2)
    return r.choice(["build-info.json", "out/buildinfo.json"]), t + "\n"


# ---------------------------------------------------------------------------
# neutral values for the secret slot (negatives re-using positive templates)
# ---------------------------------------------------------------------------
PH = {
    "pw": ["changeme", "<password>", "YOUR_PASSWORD", "your-password-here", "CHANGE_ME", "xxxxxxxx", "TODO", "secret"],
    "upw": ["changeme", "PASSWORD", "YOUR_PASSWORD", "xxxxxxxx", "CHANGE_ME", "password"],
    "pp": ["<gpg-passphrase>", "changeme", "YOUR_PASSPHRASE", "your passphrase here", "xxxxxxxx"],
    "regcode": ["<REGISTRATION_CODE>", "YOUR-REGCODE", "XXXXXXXXXXXXXX", "REGCODE_HERE"],
    "pgp": ["<paste the ASCII-armored private key here>", "# private key intentionally not committed"],
    "ssh": ["<paste the AUR deploy key here>", "# key is injected by CI, see docs/aur.md"],
    "tok": ["<your-token>", "YOUR_API_KEY_HERE", "YOUR_TOKEN", "<token>", "REPLACE_WITH_TOKEN",
            "xxxxxxxxxxxxxxxxxxxxxxxx", "TOKEN_GOES_HERE", "dummy-token"],
}
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***", "XXXXXXXX (masked)"]


YAML_UNQUOTED = ("p_flatmgr_workflow", "p_snap_workflow", "p_pro_cloudinit", "p_pro_attachcfg")


def neutral(r, t):
    env, ctx, slot = t["env"], t["ctx"], t["slot"]
    fam = slot if slot in PH else "tok"
    cats = ["placeholder", "placeholder", "empty", "masked", "envref", "envref", "secretmgr", "template"]
    if t["docs"]:
        cats += ["docs", "docs"]
    if t["public"]:
        cats += ["public", "public"]
    if slot == "pgp":
        cats += ["public", "public"]
    if slot in ("pgp", "ssh"):
        cats = [c for c in cats if c != "empty"]
    cat = r.choice(cats)
    if cat == "placeholder":
        v = r.choice(PH[fam])
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = r.choice(MASKS)
    elif cat == "envref":
        if ctx == "py":
            v = Expr(r.choice(['os.environ["%s"]', 'os.getenv("%s", "")']) % env)
        elif ctx == "rb":
            v = '#{ENV["%s"]}' % env
        elif ctx == "yaml":
            v = r.choice(["${{ secrets.%s }}", "${%s}", "$%s"]) % env
        elif t["ftype"] == "makefile":
            v = "$(%s)" % env
        else:
            v = r.choice(["${%s}", "$%s"]) % env
    elif cat == "secretmgr":
        v = r.choice(["op://Packaging/%s/credential" % env.lower(), "vault:secret/data/packaging#%s" % env.lower(),
                      "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/repo:%s') }}" % env.lower(),
                      "arn:aws:secretsmanager:eu-central-1:123456789012:secret:packaging/%s" % env.lower()])
    elif cat == "template":
        v = r.choice(["{{ %s }}" % env.lower(), "{{ vault_%s }}" % env.lower(), "@%s@" % env, "%%(%s)s" % env.lower()])
    elif cat == "docs":
        v = r.choice(t["docs"])
    else:  # public
        if slot == "pgp":
            v = pubkey(r)[0]
        else:
            v = r.choice(t["public"])
    if t["name"] in YAML_UNQUOTED and v and v[0] in "*[]{}@%&!<>|#`',":
        v = '"%s"' % v
    if t["ftype"] == "xml":
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return v, cat


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    b = path.rsplit("/", 1)[-1]
    return (b == ".env" or b.startswith(".env.")) and b not in ENV_OK


def cycle(r, items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        r.shuffle(chunk)
        out += chunk
    return out[:n]


def write(root, rel, text):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jt.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0
    for i, t in enumerate(cycle(r, POS, N_POS)):
        v = SLOTGEN[t["slot"]](r)
        rel, text = t["fn"](r, v, False)
        needle = v.split("\n")[0] if t["slot"] in ("pgp", "ssh") else v
        assert needle and "\n" not in needle
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert needle in lines[line - 1], (f, needle, line)
        if is_blocked_env(rel):
            n_env += 1
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"]})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert n_env <= N_POS // 20, n_env
    half = N_NEG // 2
    negs = [("slot", t) for t in cycle(r, POS, half)] + [("alike", t) for t in cycle(r, NEG, N_NEG - half)]
    r.shuffle(negs)
    for i, (how, t) in enumerate(negs):
        if how == "slot":
            v, cat = neutral(r, t)
            rel, text = t["fn"](r, v, True)
            kind = "%s:%s" % (t["kind"], cat)
        else:
            rel, text = t["fn"](r)
            kind = t["kind"]
        assert not is_blocked_env(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": t["ftype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
