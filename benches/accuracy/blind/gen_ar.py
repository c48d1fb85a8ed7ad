#!/usr/bin/env python3
"""Blind evaluation-set generator "ar" for a git pre-commit secret scanner.

EMPHASIS
    Developer workstations, published dotfiles repos, editor / terminal /
    AI-assistant configs: shell rc exports (.zshrc, .bashrc, config.fish,
    PowerShell $PROFILE, .envrc), credential files (.netrc, .git-credentials,
    gh hosts.yml, glab, hub, .npmrc, .pypirc, cargo credentials.toml,
    ~/.gem/credentials, docker config.json, ~/.aws/credentials, gcloud ADC,
    kubeconfig, .terraformrc, .vault-token, doctl, fly, wrangler, ngrok),
    editor / AI-assistant configs (VS Code settings.json JSONC, Continue
    config.json/config.yaml, Cursor mcp.json, claude_desktop_config.json,
    Zed settings.json, Neovim init.lua plugin setup, init.vim, Emacs init.el +
    .authinfo, .aider.conf.yml, llm keys.json, fabric .env, Hammerspoon,
    Raycast script commands, Alfred info.plist, Warp launch configs, tmux),
    mail configs (.muttrc, .msmtprc, .mbsyncrc, newsboat, weechat), rclone,
    spotifyd, chezmoi templates, stow packages, Nix home-manager, Ansible
    dotfile playbooks, install.sh bootstrap scripts and dotfiles READMEs.
    Private keys: OpenSSH (new format, structurally valid ed25519 blobs),
    PKCS#1 RSA, armored OpenPGP secret keys, age secret keys (valid bech32).

    Negatives are what careful people DO commit in the same places:
    secret-manager lookups in each file type's own syntax (op read, pass,
    gopass, security find-generic-password, gpg -dq, bw/rbw, secret-tool,
    doppler, vault, sops, chezmoi onepasswordRead/bitwardenFields/pass,
    Ansible lookups, sops-nix / agenix paths, VS Code ${env:..}/${input:..}),
    credential helpers (osxkeychain, gh auth git-credential, credsStore,
    credential-provider, passwordeval/PassCmd, .authinfo.gpg), placeholders,
    masked/truncated values, documented public values (Stripe pk_live_,
    Mapbox pk., Spotify client ids, OAuth client ids, age recipients, SSH
    public keys, known_hosts, allowed_signers, GPG fingerprints, kubeconfig
    certificate-authority-data), identifiers and digests (telemetry machine
    ids, machine-id, Windows Terminal GUIDs, lazy-lock.json commits, flake.lock
    narHash, /nix/store paths, Homebrew bottle sha256, image digests, npm
    integrity) and ciphertext (SOPS ENC[...] files, age / PGP armored
    messages, ansible-vault, weechat sec.conf encrypted data).

USAGE
    python3 gen_ar.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath>, OUTDIR/neg/nNNNN/<relpath>,
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only)
    Deterministic per seed: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no
      surrounding quotes); line = 1-based line on which it occurs.
    * Multi-line private keys (OpenSSH, RSA PEM, PGP armored secret key): the
      needle is the "-----BEGIN ... PRIVATE KEY...-----" header line and
      line is that header's line (the whole block is the secret).
    * Key pairs (AWS access key id + secret, Google client_id +
      refresh_token, docker auth) count as ONE credential; the needle is the
      secret half (aws_secret_access_key, refresh_token, docker "auth" base64).
    * URLs with embedded credentials (.git-credentials, JDBC urls): the needle
      is the password/token part only.
    * Human-chosen passwords (mutt, msmtp, mbsync, netrc, weechat, jdbc) are
      generated to look like real human passwords.

DOUBTS (formats reconstructed from memory / public docs, not verified)
    * OpenAI project keys: sk-proj- + 74 + "T3BlbkFJ" + 74 chars [A-Za-z0-9_-];
      real lengths vary (~164 total). sk-svcacct- likewise.
    * Anthropic: sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA" (108 chars total).
    * Together AI: new tgp_v1_ + 43 chars is a guess; legacy 64 hex used too.
    * Notion ntn_ (11 digits + 35 alnum), Netlify nfp_ (+36), Heroku HRKU-AA
      (+58), Miniflux (44 char base64), Infisical st.<24hex>.<32hex>.<32hex>,
      xAI xai-+80, Perplexity pplx-+48, Fly fo1_+43, Tailscale
      tskey-auth-k<9>CNTRL-<33>: lengths are best guesses.
    * Ngrok v2/v3 authtoken: 27-char KSUID-like + "_" + 21 chars (seen in
      public pastes: first part 27 chars, second 21).
    * Doppler: dp.pt./dp.ct./dp.sa. + 43 alnum, dp.st.<config>. + 43 alnum
      (docs show 'dp.st.prd.xxxx').
    * Vault: hvs.CAESI + 86 url-safe chars approximates the 1.10+ service
      token; short hvs.+24 form also emitted.
    * Brave Search: BSA + 28 alnum (docs show "BSA123..." only).
    * PyPI tokens are built as real macaroon v2 bytes (location pypi.org,
      uuid identifier, caveat, random 32-byte signature) base64url-encoded.
    * GitHub / npm checksum: CRC32 of the 30-char random part, base62
      (0-9A-Za-z) into 6 chars, left-padded with '0'.
    * Codeium api_key (plain UUID) and Spotify/OpenWeather/Todoist (plain
      hex) are only identifiable by their slot name; Spotify client_id (same
      alphabet and length as the secret) is used as a hard negative.
    * Bitwarden BW_SESSION is generated as base64 of 64 random bytes.
    * Google: refresh tokens as 1//0<x> + 98 url-safe chars; client secrets
      GOCSPX- + 28. gcloud ADC positives deliberately carry gcloud's own
      public installed-app client_id/client_secret (public by design); the
      needle is the refresh_token only.
    * Azure AD client secrets: 3 chars + digit + "Q~" + 34 chars (40 total);
      the real generator's alphabet/length may differ slightly.
    * Cloudflare tunnel token = base64 JSON {"a","t","s"}; wrangler 1.x
      api_token is a 40-char Cloudflare API token.
    * Telegram bot tokens are emitted with "AA" after the colon (common in
      the wild, not documented as fixed).
    * Kubernetes SA tokens are structurally correct JWTs with random
      RS256-sized signatures. Kubeconfig certificate-authority-data (base64
      PEM of a random cert-shaped DER) appears in positives and negatives.
    * OpenPGP secret keys: ed25519/cv25519 packets with plausible headers and
      a correct CRC24 armor checksum, but random (invalid) key material.
    * weechat sec.conf negatives: encrypted data is random hex; the real
      layout may differ in detail.
    * Negatives' "kind" is the look-alike category (secret-manager-lookup,
      env-reference, placeholder, masked, credential-helper, ciphertext,
      public ids/keys, digests ...); "provider" is whose secret it imitates.
"""
import base64
import hashlib
import json
import os
import random
import string
import struct
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = DIG + UP + LO
B62 = DIG + UP + LO
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B64STD = UP + LO + DIG + "+/"
NIX32 = "0123456789abcdfghijklmnpqrsvwxyz"
B32AWS = UP + "234567"


def _bad_run(s):
    """Reject strings containing 4 identical chars or 4-long ascending /
    descending runs (abcd, 1234, dcba) - i.e. anything sequence-like."""
    for i in range(len(s) - 3):
        a, b, c, d = (ord(x) for x in s[i:i + 4])
        if a == b == c == d:
            return True
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a - b == 1 and b - c == 1 and c - d == 1:
            return True
    low = s.lower()
    for w in ("test", "pass", "word", "secret", "token", "admin", "xxxx",
              "dummy", "fake", "sample", "example", "abc", "qwer", "asdf"):
        if w in low:
            return True
    return False


def rs(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if not _bad_run(s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = list(rs(r, HEX, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62enc(n, width=6):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_style(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- bech32
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data5 + chk)


def age_secret(r):
    return bech32_encode("age-secret-key-", rbytes(r, 32)).upper()


def age_recipient(r):
    return bech32_encode("age", rbytes(r, 32))


# ---------------------------------------------------------------- key blobs
def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_pub(r, comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(rbytes(r, 32))
    return f"ssh-ed25519 {b64(blob)} {comment}".rstrip()


def ssh_rsa_pub(r, comment):
    n = b"\x00" + bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 255)
    blob = _sshstr("ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(n)
    return f"ssh-rsa {b64(blob)} {comment}".rstrip()


def ssh_ecdsa_pub(r, comment):
    blob = (_sshstr("ecdsa-sha2-nistp256") + _sshstr("nistp256")
            + _sshstr(b"\x04" + rbytes(r, 64)))
    return f"ecdsa-sha2-nistp256 {b64(blob)} {comment}".rstrip()


def openssh_private_ed25519(r, comment):
    pub = rbytes(r, 32)
    priv = rbytes(r, 32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    check = rbytes(r, 4)
    pb = (check + check + _sshstr("ssh-ed25519") + _sshstr(pub)
          + _sshstr(priv + pub) + _sshstr(comment))
    i = 1
    while len(pb) % 8:
        pb += bytes([i])
        i += 1
    raw = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none")
           + _sshstr(b"") + struct.pack(">I", 1) + _sshstr(pubblob)
           + _sshstr(pb))
    enc = b64(raw)
    lines = [enc[i:i + 70] for i in range(0, len(enc), 70)]
    return (["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines
            + ["-----END OPENSSH PRIVATE KEY-----"])


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(b):
    return b"\x02" + _der_len(len(b)) + b


def rsa_private_pem(r):
    def big(nbytes):
        return b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, nbytes - 1)
    ints = [b"\x00", big(256), b"\x01\x00\x01", bytes([0x40 | r.getrandbits(6)]) + rbytes(r, 255),
            big(128), big(128), bytes([0x30 | r.getrandbits(4)]) + rbytes(r, 127),
            big(128), bytes([0x20 | r.getrandbits(5)]) + rbytes(r, 127)]
    body = b"".join(_der_int(i) for i in ints)
    der = b"\x30" + _der_len(len(body)) + body
    enc = b64(der)
    return (["-----BEGIN RSA PRIVATE KEY-----"]
            + [enc[i:i + 64] for i in range(0, len(enc), 64)]
            + ["-----END RSA PRIVATE KEY-----"])


def _crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _pgp_armor(kind, data, extra_headers=()):
    enc = b64(data)
    lines = [f"-----BEGIN PGP {kind}-----"] + list(extra_headers) + [""]
    lines += [enc[i:i + 64] for i in range(0, len(enc), 64)]
    lines.append("=" + b64(_crc24(data).to_bytes(3, "big")))
    lines.append(f"-----END PGP {kind}-----")
    return lines


def pgp_secret_key(r, uid):
    ts = struct.pack(">I", 1600000000 + r.randrange(150000000))
    oid = bytes.fromhex("2b06010401da470f01")
    pubpart = b"\x04" + ts + b"\x16" + bytes([len(oid)]) + oid + b"\x01\x07\x40" + rbytes(r, 32)
    sk = pubpart + b"\x00" + b"\x00\xff" + rbytes(r, 32) + rbytes(r, 2)
    pkt = b"\x94" + bytes([len(sk)]) + sk
    u = uid.encode()
    pkt += b"\xb4" + bytes([len(u)]) + u
    sig = b"\x04\x13\x16\x0a" + rbytes(r, 140)
    pkt += b"\x88" + bytes([len(sig)]) + sig
    oid2 = bytes.fromhex("2b060104019755010501")
    sub = (b"\x04" + ts + b"\x12" + bytes([len(oid2)]) + oid2 + b"\x01\x07\x40"
           + rbytes(r, 32) + b"\x03\x01\x08\x07" + b"\x00" + b"\x00\xff" + rbytes(r, 32) + rbytes(r, 2))
    pkt += b"\x9c" + bytes([len(sub)]) + sub
    sig2 = b"\x04\x18\x16\x0a" + rbytes(r, 110)
    pkt += b"\x88" + bytes([len(sig2)]) + sig2
    return _pgp_armor("PRIVATE KEY BLOCK", pkt)


def pgp_public_key(r, uid):
    ts = struct.pack(">I", 1600000000 + r.randrange(150000000))
    oid = bytes.fromhex("2b06010401da470f01")
    pk = b"\x04" + ts + b"\x16" + bytes([len(oid)]) + oid + b"\x01\x07\x40" + rbytes(r, 32)
    pkt = b"\x98" + bytes([len(pk)]) + pk
    u = uid.encode()
    pkt += b"\xb4" + bytes([len(u)]) + u + b"\x88" + bytes([144]) + b"\x04\x13\x16\x0a" + rbytes(r, 140)
    return _pgp_armor("PUBLIC KEY BLOCK", pkt)


def pgp_message(r):
    body = b"\x85\x01\x8c\x03" + rbytes(r, 8) + b"\x01\x08\x00" + rbytes(r, 250)
    body += b"\xd2" + bytes([0x60 + r.randrange(60)]) + rbytes(r, 0x60 + 40)
    return _pgp_armor("MESSAGE", body)


def age_armored(r):
    hdr = ("age-encryption.org/v1\n-> X25519 " + b64(rbytes(r, 32)).rstrip("=") + "\n"
           + b64(rbytes(r, 32)).rstrip("=") + "\n--- " + b64(rbytes(r, 32)).rstrip("=") + "\n")
    data = hdr.encode() + rbytes(r, 16 + r.randrange(40, 120))
    enc = b64(data)
    return (["-----BEGIN AGE ENCRYPTED FILE-----"]
            + [enc[i:i + 64] for i in range(0, len(enc), 64)]
            + ["-----END AGE ENCRYPTED FILE-----"])


# ---------------------------------------------------------------- tokens
def t_openai(r):
    pre = r.choice(["sk-proj-", "sk-proj-", "sk-proj-", "sk-svcacct-", "sk-"])
    if pre == "sk-":
        return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
    return pre + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)


def t_anthropic(r):
    return "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"


def t_pypi(r):
    ident = ruuid(r).encode()
    cav = json.dumps({"version": 1, "permissions": "user"}).encode()
    if r.random() < 0.4:
        cav = json.dumps({"version": 1, "permissions": {"projects": [r.choice(
            ["dotsync", "zshkit", "nvim-bootstrap", "tmuxp-layouts", "homectl"])]}}).encode()
    raw = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02"
           + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + rbytes(r, 32))
    return "pypi-" + b64u(raw)


def t_ops(r, email_user):
    d = {"signInAddress": r.choice(["my.1password.com", "my.1password.eu", "team-" + rs(r, LO, 6) + ".1password.com"]),
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                      "salt": b64u(rbytes(r, 16))},
         "email": rs(r, LO + DIG, 13) + "@1passwordserviceaccounts.com",
         "srpX": rs(r, HEX, 64),
         "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)),
                 "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + "-".join(rs(r, UP + DIG, n) for n in (6, 6, 5, 5, 5, 5)),
         "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, UP + DIG, 26)},
         "deviceUuid": rs(r, LO + DIG, 26)}
    return "ops_" + b64u(json.dumps(d, separators=(",", ":")).encode())


def t_mapbox(r, kind="sk"):
    user = r.choice(["mkowalski", "jdoe-maps", "tiles4fun", "anjali-r", "gpxnerd", "ochen"])
    payload = json.dumps({"u": user, "a": rs(r, LO + DIG, 25)}, separators=(",", ":"))
    return f"{kind}." + b64u(payload.encode()) + "." + rs(r, URLSAFE, 22)


def t_k8s_jwt(r):
    hdr = b64u(json.dumps({"alg": "RS256", "kid": rs(r, URLSAFE, 43)}, separators=(",", ":")).encode())
    ns = r.choice(["default", "kube-system", "dev", "ci"])
    sa = r.choice(["admin-user", "deployer", "dashboard", "ci-bot"])
    pl = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
          "kubernetes.io/serviceaccount/secret.name": f"{sa}-token-{rs(r, LO + DIG, 5)}",
          "kubernetes.io/serviceaccount/service-account.name": sa,
          "kubernetes.io/serviceaccount/service-account.uid": ruuid(r),
          "sub": f"system:serviceaccount:{ns}:{sa}"}
    return hdr + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(rbytes(r, 256))


def t_fly(r):
    if r.random() < 0.5:
        return "fo1_" + rs(r, URLSAFE, 43)
    return "FlyV1 fm2_" + b64(rbytes(r, 180)).rstrip("=").replace("/", "_").replace("+", "-")


def t_rclone_obscured(r):
    return b64u(rbytes(r, 16 + r.randrange(8, 20)))


def t_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, URLSAFE, 171) + "=" + rs(r, "0123456789ABCDEF", 8)


def human_password(r):
    names = ["Marek", "zuzia", "Kestrel", "bramble", "Oskar", "lucia", "Tomek", "Fenwick",
             "harbor", "Magnolia", "pietro", "Sanne", "okapi", "Juniper", "rasmus", "Ingrid",
             "tofu", "Valpo", "Mirabel", "gonzo", "Basia", "nordlys", "Pimento", "Kasia"]
    words = ["winter", "lato", "Summit", "river", "Falcon", "tango", "marmot", "cedar", "Bistro",
             "nebula", "Pirate", "kayak", "Orbit", "hazel", "Lemon", "sailor", "Dune", "fjord"]
    seps = [".", "-", "_", "#", "!", "@", "", "&", "+", "*"]
    y = str(r.randrange(1961, 2021))
    style = r.randrange(6)
    if style == 0:
        p = r.choice(names) + r.choice(seps) + y + r.choice(words)
    elif style == 1:
        p = r.choice(words).capitalize() + r.choice(seps) + r.choice(names).lower() + str(r.randrange(10, 99)) + r.choice("!?$%")
    elif style == 2:
        leet = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "5"})
        p = r.choice(words).capitalize().translate(leet) + r.choice(seps[:5]) + r.choice(words).translate(leet) + str(r.randrange(1, 9)) + r.choice("&!#")
    elif style == 3:
        p = "-".join(r.choice(words).lower() for _ in range(3)) + str(r.randrange(2, 98))
    elif style == 4:
        p = r.choice(names) + y[2:] + r.choice(seps[1:]) + r.choice(words).upper()[:4] + r.choice(names).lower()[:3]
    else:
        p = r.choice(words).capitalize() + r.choice(names) + r.choice("!.$#") + str(r.randrange(100, 999))
    if _bad_run(p):
        return human_password(r)
    return p


def _dpst(r):
    return "dp.st." + r.choice(["dev", "prd", "stg", "dev_personal", "ci"]) + "." + rs(r, ALNUM, 43)


# provider key -> (provider, kind, generator, env names, mask-prefix, placeholder)
TOK = {
    "openai": ("openai", "api-key", t_openai, ["OPENAI_API_KEY"], "sk-proj-", "sk-..."),
    "anthropic": ("anthropic", "api-key", t_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], "sk-ant-api03-", "sk-ant-..."),
    "mistral": ("mistral", "api-key", lambda r: rs(r, ALNUM, 32), ["MISTRAL_API_KEY", "CODESTRAL_API_KEY"], "", "your-mistral-key"),
    "groq": ("groq", "api-key", lambda r: "gsk_" + rs(r, ALNUM, 52), ["GROQ_API_KEY"], "gsk_", "gsk_..."),
    "together": ("together", "api-key", lambda r: r.choice(["tgp_v1_" + rs(r, URLSAFE, 43), rs(r, HEX, 64)]), ["TOGETHER_API_KEY", "TOGETHERAI_API_KEY"], "", "<together-key>"),
    "openrouter": ("openrouter", "api-key", lambda r: "sk-or-v1-" + rs(r, HEX, 64), ["OPENROUTER_API_KEY"], "sk-or-v1-", "sk-or-v1-..."),
    "deepseek": ("deepseek", "api-key", lambda r: "sk-" + rs(r, HEX, 32), ["DEEPSEEK_API_KEY"], "sk-", "sk-..."),
    "gemini": ("google", "gemini-api-key", lambda r: "AIzaSy" + rs(r, URLSAFE, 33), ["GEMINI_API_KEY", "GOOGLE_API_KEY"], "AIza", "AIza..."),
    "xai": ("xai", "api-key", lambda r: "xai-" + rs(r, ALNUM, 80), ["XAI_API_KEY", "GROK_API_KEY"], "xai-", "xai-..."),
    "perplexity": ("perplexity", "api-key", lambda r: "pplx-" + rs(r, ALNUM, 48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], "pplx-", "pplx-..."),
    "huggingface": ("huggingface", "access-token", lambda r: "hf_" + rs(r, UP + LO, 34), ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"], "hf_", "hf_..."),
    "replicate": ("replicate", "api-token", lambda r: "r8_" + rs(r, ALNUM, 37), ["REPLICATE_API_TOKEN"], "r8_", "r8_..."),
    "cohere": ("cohere", "api-key", lambda r: rs(r, ALNUM, 40), ["COHERE_API_KEY", "CO_API_KEY"], "", "<cohere-key>"),
    "github": ("github", "pat-classic", lambda r: gh_style(r, "ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PERSONAL_ACCESS_TOKEN", "HOMEBREW_GITHUB_API_TOKEN"], "ghp_", "ghp_xxxxxxxxxxxx"),
    "github_fg": ("github", "pat-fine-grained", lambda r: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PERSONAL_ACCESS_TOKEN"], "github_pat_", "github_pat_..."),
    "gitlab": ("gitlab", "pat", lambda r: "glpat-" + rs(r, URLSAFE, 20), ["GITLAB_TOKEN", "GLAB_TOKEN", "GITLAB_PERSONAL_ACCESS_TOKEN"], "glpat-", "glpat-..."),
    "npm": ("npm", "access-token", lambda r: gh_style(r, "npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "npm_", "npm_..."),
    "huggingface2": ("huggingface", "access-token", lambda r: "hf_" + rs(r, UP + LO, 34), ["HF_API_TOKEN"], "hf_", "hf_..."),
    "slack_bot": ("slack", "bot-token", lambda r: f"xoxb-{r.randrange(10**10, 10**12)}-{r.randrange(10**11, 10**13)}-{rs(r, ALNUM, 24)}", ["SLACK_BOT_TOKEN"], "xoxb-", "xoxb-your-bot-token"),
    "slack_user": ("slack", "user-token", lambda r: f"xoxp-{r.randrange(10**10, 10**12)}-{r.randrange(10**10, 10**12)}-{r.randrange(10**11, 10**13)}-{rs(r, HEX, 32)}", ["SLACK_TOKEN", "SLACK_USER_TOKEN"], "xoxp-", "xoxp-..."),
    "brave": ("brave", "search-api-key", lambda r: "BSA" + rs(r, ALNUM, 28), ["BRAVE_API_KEY", "BRAVE_SEARCH_API_KEY"], "BSA", "YOUR_BRAVE_API_KEY"),
    "doppler_pt": ("doppler", "personal-token", lambda r: "dp.pt." + rs(r, ALNUM, 43), ["DOPPLER_TOKEN"], "dp.pt.", "dp.pt.xxxx"),
    "doppler_st": ("doppler", "service-token", _dpst, ["DOPPLER_TOKEN"], "dp.st.", "dp.st.prd.xxxx"),
    "vault": ("hashicorp-vault", "service-token", lambda r: r.choice(["hvs.CAESI" + rs(r, URLSAFE, 86), "hvs." + rs(r, ALNUM, 24)]), ["VAULT_TOKEN"], "hvs.", "hvs.XXXXXXXX"),
    "ops": ("1password", "service-account-token", lambda r: t_ops(r, ""), ["OP_SERVICE_ACCOUNT_TOKEN"], "ops_", "ops_..."),
    "bw": ("bitwarden", "session-key", lambda r: b64(rbytes(r, 64)), ["BW_SESSION"], "", "<session>"),
    "infisical": ("infisical", "service-token", lambda r: "st." + rs(r, HEX, 24) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32), ["INFISICAL_TOKEN"], "st.", "<infisical-token>"),
    "tailscale": ("tailscale", "auth-key", lambda r: "tskey-auth-k" + rs(r, ALNUM, 9) + "CNTRL-" + rs(r, ALNUM, 33), ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"], "tskey-auth-", "tskey-auth-XXXX"),
    "ngrok": ("ngrok", "authtoken", lambda r: r.choice("12") + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21), ["NGROK_AUTHTOKEN"], "", "<your-ngrok-authtoken>"),
    "cloudflare": ("cloudflare", "api-token", lambda r: rs(r, URLSAFE, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "", "<cf-token>"),
    "digitalocean": ("digitalocean", "pat", lambda r: "dop_v1_" + rs(r, HEX, 64), ["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"], "dop_v1_", "dop_v1_..."),
    "supabase": ("supabase", "access-token", lambda r: "sbp_" + rs(r, HEX, 40), ["SUPABASE_ACCESS_TOKEN"], "sbp_", "sbp_..."),
    "pulumi": ("pulumi", "access-token", lambda r: "pul-" + rs(r, HEX, 40), ["PULUMI_ACCESS_TOKEN"], "pul-", "pul-..."),
    "databricks": ("databricks", "pat", lambda r: "dapi" + rs(r, HEX, 32), ["DATABRICKS_TOKEN"], "dapi", "dapi..."),
    "sentry": ("sentry", "user-auth-token", lambda r: "sntryu_" + rs(r, HEX, 64), ["SENTRY_AUTH_TOKEN"], "sntryu_", "sntryu_..."),
    "linear": ("linear", "api-key", lambda r: "lin_api_" + rs(r, ALNUM, 40), ["LINEAR_API_KEY"], "lin_api_", "lin_api_..."),
    "notion": ("notion", "integration-token", lambda r: "ntn_" + rs(r, DIG, 11) + rs(r, ALNUM, 35), ["NOTION_API_KEY", "NOTION_TOKEN"], "ntn_", "ntn_..."),
    "stripe": ("stripe", "secret-key", lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + rs(r, ALNUM, 97), ["STRIPE_API_KEY", "STRIPE_SECRET_KEY"], "sk_live_", "sk_live_..."),
    "telegram": ("telegram", "bot-token", lambda r: f"{r.randrange(10**9, 8 * 10**9)}:AA" + rs(r, URLSAFE, 33), ["TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN"], "", "123456:ABC-DEF"),
    "wakatime": ("wakatime", "api-key", lambda r: "waka_" + ruuid(r), ["WAKATIME_API_KEY"], "waka_", "waka_..."),
    "mapbox": ("mapbox", "secret-token", lambda r: t_mapbox(r, "sk"), ["MAPBOX_ACCESS_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], "sk.", "sk.eyJ..."),
    "sourcegraph": ("sourcegraph", "access-token", lambda r: "sgp_" + rs(r, HEX, 16) + "_" + rs(r, HEX, 40), ["SRC_ACCESS_TOKEN", "CODY_ACCESS_TOKEN"], "sgp_", "sgp_..."),
    "grafana": ("grafana", "service-account-token", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8), ["GRAFANA_TOKEN"], "glsa_", "glsa_..."),
    "postman": ("postman", "api-key", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34), ["POSTMAN_API_KEY"], "PMAK-", "PMAK-..."),
    "figma": ("figma", "pat", lambda r: "figd_" + rs(r, URLSAFE, 40), ["FIGMA_ACCESS_TOKEN", "FIGMA_API_KEY"], "figd_", "figd_..."),
    "atlassian": ("atlassian", "api-token", t_atlassian, ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN"], "ATATT", "<jira-api-token>"),
    "heroku": ("heroku", "api-key", lambda r: "HRKU-AA" + rs(r, URLSAFE, 58), ["HEROKU_API_KEY"], "HRKU-", "<heroku-key>"),
    "vercel": ("vercel", "access-token", lambda r: rs(r, ALNUM, 24), ["VERCEL_TOKEN"], "", "<vercel-token>"),
    "netlify": ("netlify", "pat", lambda r: "nfp_" + rs(r, ALNUM, 36), ["NETLIFY_AUTH_TOKEN"], "nfp_", "nfp_..."),
    "dockerhub": ("docker", "pat", lambda r: "dckr_pat_" + rs(r, URLSAFE, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], "dckr_pat_", "dckr_pat_..."),
    "terraform": ("terraform-cloud", "api-token", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67), ["TF_TOKEN_app_terraform_io", "TFE_TOKEN"], "", "<tfc-token>"),
    "fly": ("fly", "access-token", t_fly, ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"], "fo1_", "fo1_..."),
    "openweather": ("openweathermap", "api-key", lambda r: rs(r, HEX, 32), ["OPENWEATHER_API_KEY", "OWM_API_KEY"], "", "<owm-key>"),
    "todoist": ("todoist", "api-token", lambda r: rs(r, HEX, 40), ["TODOIST_API_TOKEN", "TODOIST_TOKEN"], "", "<todoist-token>"),
    "azure": ("azure", "client-secret", lambda r: rs(r, URLSAFE, 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_.~-", 34), ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"], "", "<client-secret>"),
    "miniflux": ("miniflux", "api-token", lambda r: b64(rbytes(r, 32)).replace("+", "-").replace("/", "_"), ["MINIFLUX_TOKEN"], "", "<miniflux-api-key>"),
    "pushover": ("pushover", "app-token", lambda r: "a" + rs(r, LO + DIG, 29), ["PUSHOVER_TOKEN", "PUSHOVER_APP_TOKEN"], "", "<pushover-app-token>"),
}

AI_KEYS = ["openai", "anthropic", "mistral", "groq", "together", "openrouter", "deepseek", "gemini",
           "xai", "perplexity", "huggingface", "replicate", "cohere"]
GENERIC_ENV = ["LLM_KEY", "API_KEY", "AUTH", "TOKEN", "AI_TOKEN", "KEY", "SECRET", "MY_KEY",
               "ASSISTANT_KEY", "CHAT_KEY", "PROVIDER_KEY", "CLI_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN",
               "PAT", "BOT_TOKEN", "PRIMARY_KEY", "DEV_TOKEN", "WORK_TOKEN"]


def pick_env_name(r, key):
    """About a third of the time a name that does not name the provider."""
    if r.random() < 0.34:
        return r.choice(GENERIC_ENV), True
    return r.choice(TOK[key][3]), False


def mint(r, key):
    return TOK[key][2](r)


def mask(r, key, tok=None):
    pre = TOK[key][4]
    tail = rs(r, ALNUM, 4)
    style = r.randrange(5)
    if style == 0:
        return pre + "****" + tail
    if style == 1:
        return pre + "\u2026" + tail
    if style == 2:
        return pre + "*" * r.randrange(8, 20)
    if style == 3:
        return (pre or "") + "...REDACTED..."
    return pre + "<redacted>"


def placeholder(r, key):
    choices = [TOK[key][5], "<your-key>", "YOUR_API_KEY", "changeme", "REPLACE_ME", "<token>",
               "your-token-here", "<" + TOK[key][0].upper().replace("-", "_") + "_KEY>", "TODO",
               "xxx", "${" + TOK[key][3][0] + "}"]
    return r.choice(choices)


# ---------------------------------------------------------------- people / hosts
USERS = ["mkowalski", "jlarsen", "anjali", "tpham", "rvasquez", "okafor", "ebrandt", "sato-k",
         "lnguyen", "dmitri", "hbeck", "cfontaine", "ymorita", "pabloq", "noor", "ivanp"]
HOSTS = ["mbp-2021", "thinkpad-x1", "framework", "workstation", "nixos-desk", "devbox", "m2-air",
         "archlinux", "pop-os", "studio"]
FULLNAMES = ["Marek Kowalski", "Jonas Larsen", "Anjali Rao", "Thu Pham", "Rosa Vasquez",
             "Chidi Okafor", "Eva Brandt", "Kenji Sato", "Linh Nguyen", "Dmitri Volkov",
             "Hanna Beck", "Camille Fontaine", "Yuki Morita", "Pablo Quintero", "Noor Haddad"]
MAILDOMS = ["fastmail.com", "posteo.de", "gmail.com", "proton.me", "mailbox.org", "hey.com"]


def person(r):
    i = r.randrange(len(FULLNAMES))
    u = USERS[i]
    return u, FULLNAMES[i], f"{u.replace('-', '.')}@{r.choice(MAILDOMS)}"


def prefix_dir(r):
    return r.choice(["", "", "dotfiles/", "home/", "config/", "dots/", "stow/"])


# ---------------------------------------------------------------- filler
SH_FILL = [
    ["# history", "HISTSIZE=50000", "HISTFILESIZE=100000"],
    ["alias ll='ls -lah'", "alias gs='git status -sb'", "alias gd='git diff'"],
    ["export EDITOR=nvim", "export VISUAL=\"$EDITOR\""],
    ['export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"'],
    ['eval "$(starship init {sh})"'],
    ['eval "$(zoxide init {sh})"'],
    ["[ -f ~/.fzf.{sh} ] && source ~/.fzf.{sh}"],
    ['export NVM_DIR="$HOME/.nvm"', '[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"'],
    ['mkcd() {', '  mkdir -p "$1" && cd "$1"', '}'],
    ["export LANG=en_US.UTF-8", "export LC_ALL=en_US.UTF-8"],
    ['export GOPATH="$HOME/go"'],
    ['if command -v pyenv >/dev/null 2>&1; then', '  eval "$(pyenv init -)"', 'fi'],
    ['[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"'],
    ["export LESS='-R'", "export MANPAGER=\"sh -c 'col -bx | bat -l man -p'\""],
    ["export HOMEBREW_NO_ANALYTICS=1", "export HOMEBREW_NO_ENV_HINTS=1"],
    ['export BAT_THEME="Catppuccin Mocha"'],
    ["alias k=kubectl", "alias tf=terraform", "alias dc='docker compose'"],
    ['# fzf', "export FZF_DEFAULT_COMMAND='fd --type f --hidden --exclude .git'",
     'export FZF_CTRL_T_COMMAND="$FZF_DEFAULT_COMMAND"'],
    ['# direnv', 'eval "$(direnv hook {sh})"'],
    ['export XDG_CONFIG_HOME="$HOME/.config"', 'export XDG_CACHE_HOME="$HOME/.cache"'],
    ['case "$(uname -s)" in', '  Darwin) export BROWSER=open ;;', '  Linux)  export BROWSER=xdg-open ;;', 'esac'],
    ["alias please='sudo $(fc -ln -1)'", "alias reload='exec $SHELL -l'"],
    ['export PNPM_HOME="$HOME/.local/share/pnpm"', 'export PATH="$PNPM_HOME:$PATH"'],
    ['# local overrides (not tracked)', '[ -f ~/.{sh}rc.local ] && source ~/.{sh}rc.local'],
    ['gcb() { git checkout -b "$1" && git push -u origin "$1"; }'],
    ['export KUBECONFIG="$HOME/.kube/config"'],
    ['export OLLAMA_HOST=127.0.0.1:11434'],
]
ZSH_ONLY = [
    ["setopt HIST_IGNORE_ALL_DUPS SHARE_HISTORY EXTENDED_HISTORY", "bindkey -e"],
    ['export ZSH="$HOME/.oh-my-zsh"', 'ZSH_THEME="robbyrussell"', 'plugins=(git fzf kubectl)',
     'source $ZSH/oh-my-zsh.sh'],
    ['autoload -Uz compinit && compinit'],
    ['zinit light zsh-users/zsh-autosuggestions', 'zinit light zdharma-continuum/fast-syntax-highlighting'],
    ["zstyle ':completion:*' matcher-list 'm:{a-z}={A-Za-z}'"],
]
FISH_FILL = [
    ["set -g fish_greeting"],
    ["fish_add_path ~/.local/bin ~/go/bin"],
    ['alias ll "eza -la --git"', "abbr -a gco git checkout", "abbr -a gst git status -sb"],
    ["starship init fish | source"], ["zoxide init fish | source"],
    ["set -gx EDITOR nvim", "set -gx VISUAL nvim"],
    ["if status is-interactive", "    atuin init fish | source", "end"],
    ["function mkcd", "    mkdir -p $argv[1]; and cd $argv[1]", "end"],
    ["set -gx HOMEBREW_NO_ANALYTICS 1"],
    ["set -gx fish_color_command 89b4fa", "set -gx fish_color_param f2cdcd", "set -gx fish_color_comment 7f849c"],
    ["direnv hook fish | source"],
]
PS_FILL = [
    ["Import-Module posh-git", "Import-Module Terminal-Icons"],
    ["Set-PSReadLineOption -EditMode Emacs", "Set-PSReadLineOption -PredictionSource History"],
    ['oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression'],
    ["Set-Alias -Name vim -Value nvim", "Set-Alias -Name g -Value git"],
    ["function gs { git status -sb }", "function .. { Set-Location .. }"],
    ['$env:EDITOR = "code --wait"'],
    ["Invoke-Expression (& { (zoxide init powershell | Out-String) })"],
    ["if (Test-Path $HOME\\.profile.local.ps1) { . $HOME\\.profile.local.ps1 }"],
]


def fill(r, pool, k, sh="zsh"):
    out = []
    for blk in r.sample(pool, min(k, len(pool))):
        out += [x.replace("{sh}", sh) for x in blk] + [""]
    return out


def fill2(r, pool, k1, k2, sh="zsh"):
    """Two disjoint filler chunks (head, tail) from the same pool."""
    k1 = min(k1, len(pool))
    k2 = min(k2, len(pool) - k1)
    blks = r.sample(pool, k1 + k2)
    a = [x.replace("{sh}", sh) for b in blks[:k1] for x in b + [""]]
    b = [x.replace("{sh}", sh) for b in blks[k1:] for x in b + [""]]
    return a, b


def hexs(r, n):
    return rs(r, HEX, n)


# ---------------------------------------------------------------- env containers
SH_LIKE = ("zsh", "bash", "bash_profile", "profile", "zshenv", "envrc", "chezmoi", "install", "readme", "stow")
ENV_CONTAINERS = ["zsh", "zsh", "bash", "bash", "bash_profile", "profile", "zshenv", "fish", "fish",
                  "envrc", "envrc", "ps1", "nix", "dotenv", "chezmoi", "ansible", "install", "readme",
                  "tmux", "vscode", "warp", "stow"]


def env_lit(ct, r, val):
    if ct in SH_LIKE or ct == "fish":
        return r.choice([f'"{val}"', f"'{val}'", val])
    if ct == "dotenv":
        return r.choice([val, val, f'"{val}"'])
    if ct in ("ansible", "warp"):
        return r.choice([f'"{val}"', val])
    return f'"{val}"'


def env_assign(ct, r, name, vt):
    if ct in SH_LIKE:
        return [r.choice([f"export {name}={vt}", f"export {name}={vt}", f"{name}={vt}; export {name}"])]
    if ct == "fish":
        return [r.choice([f"set -gx {name} {vt}", f"set -Ux {name} {vt}", f"set --export {name} {vt}"])]
    if ct == "ps1":
        return [r.choice([f"$env:{name} = {vt}", f'[Environment]::SetEnvironmentVariable("{name}", {vt}, "User")'])]
    if ct == "nix":
        return [f"    {name} = {vt};"]
    if ct == "dotenv":
        return [f"{name}={vt}"]
    if ct == "ansible":
        return [f"        {name}: {vt}"]
    if ct == "tmux":
        return [f"set-environment -g {name} {vt}"]
    if ct == "vscode":
        return [f'    "{name}": {vt},']
    if ct == "warp":
        return [f"          {name}: {vt}"]
    raise ValueError(ct)


def svc_of(key):
    return TOK[key][0].split("-")[0]


def env_ref(ct, r, key, name):
    """An innocent value for a secret slot, in the container's own syntax."""
    svc = svc_of(key)
    vault = r.choice(["Private", "Personal", "Dev", "Employee", "dotfiles"])
    item = r.choice([svc, svc.capitalize(), f"{svc}-api", f"{svc} API"])
    opref = f"op://{vault}/{item}/{r.choice(['credential', 'password', 'api key', 'token'])}"
    ppath = r.choice([f"api/{svc}", f"dev/{svc}/token", f"tokens/{svc}", f"env/{name.lower()}"])
    if ct in SH_LIKE or ct in ("fish", "ps1"):
        d = "(" if ct in ("fish", "ps1") else "$("
        cmds = [f'op read "{opref}"', f"pass show {ppath}", f'security find-generic-password -a "$USER" -s {svc} -w',
                f"gpg -dq ~/.secrets/{svc}.gpg", f"gopass show -o {ppath}", f"rbw get {svc}",
                f"secret-tool lookup service {svc} user $USER", f"bw get password {svc}",
                f"cat ~/.config/{svc}/token", f"sops -d --extract '[\"{name.lower()}\"]' ~/.secrets.enc.yaml",
                f"age -d -i ~/.config/age/keys.txt ~/.secrets/{svc}.age", f"doppler secrets get {name} --plain",
                f"vault kv get -field=token secret/dev/{svc}", f"keyring get {svc} api_key",
                f"kwallet-query -r {svc} kdewallet"]
        if key.startswith("github"):
            cmds += ["gh auth token"] * 4
        if ct == "ps1":
            cmds = [f'op read "{opref}"', f"Get-Secret -Name {svc} -AsPlainText",
                    f"Get-StoredCredential -Target {svc} | Select -Expand Password", f"pass show {ppath}"]
        c = r.random()
        if c < 0.62:
            cmd = r.choice(cmds)
            if ct == "ps1":
                return f"({cmd})"
            if ct == "fish":
                return f"({cmd})"
            return r.choice([f'"$({cmd})"', f"$({cmd})", f"`{cmd}`" if ct != "readme" else f'"$({cmd})"'])
        if c < 0.74:
            if ct == "ps1":
                return f"$env:{r.choice(TOK[key][3])}_VALUE"
            if ct == "fish":
                return f"${r.choice(TOK[key][3])}"
            return r.choice([f'"${{{r.choice(TOK[key][3])}:-}}"', f'"${{{name}:?set {name} in ~/.secrets}}"'])
        if c < 0.88:
            return f'"{placeholder(r, key)}"'
        return f'"{mask(r, key)}"'
    if ct == "nix":
        return r.choice([f'"$(cat ${{config.sops.secrets."{svc}-api-key".path}})"',
                         f'"$(cat ${{config.age.secrets.{svc}.path}})"',
                         f'"$(${{pkgs.pass}}/bin/pass show {ppath})"',
                         f'"$(${{pkgs._1password-cli}}/bin/op read {opref})"'])
    if ct == "dotenv":
        return r.choice([opref, opref, f"{placeholder(r, key)}", mask(r, key), "",
                         f"${{{r.choice(TOK[key][3])}}}"])
    if ct == "chezmoi":
        return r.choice([f'"{{{{ onepasswordRead "{opref}" }}}}"',
                         f'"{{{{ (bitwardenFields "item" "{item}").{r.choice(["token", "apiKey"])}.value }}}}"',
                         f'"{{{{ pass "{ppath}" | trim }}}}"', f'"{{{{ (rbw "{svc}").data.password }}}}"',
                         f'"{{{{ keepassxcAttribute "{item}" "api_key" }}}}"', f'"{{{{ gopass "{ppath}" }}}}"',
                         f'"{{{{ .secrets.{svc} }}}}"',
                         f'"{{{{ output "security" "find-generic-password" "-w" "-s" "{svc}" | trim }}}}"'])
    if ct == "ansible":
        return r.choice([f"\"{{{{ lookup('community.general.onepassword', '{item}', field='credential') }}}}\"",
                         f'"{{{{ vault_{name.lower()} }}}}"',
                         f"\"{{{{ lookup('ansible.builtin.env', '{name}') }}}}\"",
                         f"\"{{{{ lookup('community.general.passwordstore', '{ppath}') }}}}\""])
    if ct == "tmux":
        return r.choice([f'"${r.choice(TOK[key][3])}"', f'"{placeholder(r, key)}"', f'"{mask(r, key)}"'])
    if ct == "vscode":
        return r.choice([f'"${{env:{r.choice(TOK[key][3])}}}"', f'"${{env:{name}}}"', f'"{placeholder(r, key)}"'])
    if ct == "warp":
        return r.choice([f'"{placeholder(r, key)}"', f'"{mask(r, key)}"', f'"${{{name}}}"'])
    raise ValueError(ct)


def build_env_file(r, ct, slot, key):
    """slot: list of lines (the secret/look-alike assignment).
    Returns (relpath, lines, filetype)."""
    u, full, email = person(r)
    pre = prefix_dir(r)
    svc = svc_of(key)
    cm = r.choice(["# API keys", f"# {svc}", "# tokens", "# secrets (private repo)", f"# {svc} cli",
                   "# ai stuff", "", "# --- env ---"])
    head, tail, path, ft = [], [], "", ct
    if ct in ("zsh", "bash", "bash_profile", "profile", "zshenv", "stow"):
        sh = "zsh" if ct in ("zsh", "zshenv") else "bash"
        if ct == "stow":
            sh = r.choice(["zsh", "bash"])
        fname = {"zsh": ".zshrc", "bash": ".bashrc", "bash_profile": ".bash_profile",
                 "profile": ".profile", "zshenv": ".zshenv"}.get(ct, "." + sh + "rc")
        path = (f"{r.choice(['dotfiles/', '', 'stow/'])}{sh}/{fname}" if ct == "stow" else pre + fname)
        ft = fname if ct != "stow" else fname
        head = [r.choice([f"# ~/{fname}", f"# {fname} -- {u}", "#!/usr/bin/env " + sh, f"# {full}'s {sh} config"]), ""]
        pool = SH_FILL + (ZSH_ONLY if sh == "zsh" else [])
        h2, tail = fill2(r, pool, r.randrange(2, 7), r.randrange(0, 5), sh)
        head += h2
        body = head + ([cm] if cm else []) + slot + [""] + tail
    elif ct == "fish":
        path = pre + r.choice([".config/fish/config.fish", "fish/config.fish", ".config/fish/conf.d/secrets.fish",
                               ".config/fish/conf.d/env.fish"])
        ft = "config.fish"
        h2, t2 = fill2(r, FISH_FILL, r.randrange(2, 6), r.randrange(0, 4))
        body = ["# " + path.split("/")[-1]] + h2 + ([cm] if cm else []) + slot + [""] + t2
    elif ct == "envrc":
        path = r.choice(["", "projects/site/", "work/api/", "src/scratch/"]) + ".envrc"
        ft = ".envrc"
        body = [r.choice(["use flake", "use nix", "layout python3", "layout node", "dotenv_if_exists .env.local",
                          "source_up_if_exists"]), r.choice(["PATH_add bin", "watch_file flake.nix", "export NODE_ENV=development", ""])]
        body += [r.choice(["export AWS_PROFILE=dev", "export DATABASE_URL=postgres://localhost:5432/app_dev",
                           "export LOG_LEVEL=debug", "export PORT=3000"])] + slot
        if r.random() < 0.5:
            body += ["", "# local overrides", "source_env_if_exists .envrc.local"]
    elif ct == "ps1":
        path = pre + r.choice(["Documents/PowerShell/Microsoft.PowerShell_profile.ps1", "powershell/profile.ps1",
                               "Microsoft.PowerShell_profile.ps1"])
        ft = "profile.ps1"
        h2, t2 = fill2(r, PS_FILL, r.randrange(2, 6), r.randrange(0, 3))
        body = ["# PowerShell $PROFILE"] + h2 + ([cm] if cm else []) + slot + [""] + t2
    elif ct == "nix":
        path = pre + r.choice(["home.nix", "home-manager/home.nix", "nix/home/default.nix", "hosts/" + r.choice(HOSTS) + "/home.nix"])
        ft = "home.nix"
        body = ["{ config, pkgs, lib, ... }:", "", "{", f'  home.username = "{u}";',
                f'  home.homeDirectory = "/home/{u}";', '  home.stateVersion = "24.05";', "",
                "  home.packages = with pkgs; [", "    " + " ".join(r.sample(["ripgrep", "fd", "jq", "bat", "eza", "gh", "neovim", "htop", "fzf", "delta", "aider-chat", "ollama"], 5)), "  ];", ""]
        if r.random() < 0.5:
            body += ["  programs.git = {", "    enable = true;", f'    userName = "{full}";', f'    userEmail = "{email}";', "  };", ""]
        body += ["  home.sessionVariables = {", '    EDITOR = "nvim";'] + slot + ["  };", ""]
        if r.random() < 0.5:
            body += ["  programs.zsh.enable = true;", "  programs.starship.enable = true;"]
        body += ["}"]
    elif ct == "dotenv":
        path = pre + r.choice([".config/fabric/.env", ".config/llm-tools/.env", "fabric/.env", ".env.example.local",
                               ".config/shell-gpt/.sgptrc", ".config/aichat/.env"])
        ft = ".env"
        if "fabric" in path:
            body = [f"DEFAULT_VENDOR={r.choice(['OpenAI', 'Anthropic', 'Groq', 'Ollama'])}",
                    f"DEFAULT_MODEL={r.choice(['gpt-4o', 'claude-3-5-sonnet-latest', 'llama3-70b-8192'])}",
                    "OLLAMA_API_URL=http://localhost:11434"] + slot + ["YOUTUBE_API_KEY=", "PATTERNS_LOADER_GIT_REPO_URL=https://github.com/danielmiessler/fabric.git"]
        elif "sgptrc" in path:
            body = ["CHAT_CACHE_PATH=/tmp/chat_cache", "CACHE_PATH=/tmp/cache", "REQUEST_TIMEOUT=60",
                    "DEFAULT_MODEL=gpt-4o", "DEFAULT_COLOR=magenta"] + slot + ["PRETTIFY_MARKDOWN=true", "USE_LITELLM=false"]
        else:
            body = ["# local env for CLI tools", "LOG_LEVEL=info"] + slot + ["TZ=Europe/Warsaw"]
    elif ct == "chezmoi":
        fname = r.choice(["dot_zshrc.tmpl", "dot_bashrc.tmpl", "private_dot_zshenv.tmpl", "dot_config/zsh/private_secrets.zsh.tmpl"])
        path = r.choice(["", "dotfiles/", ".local/share/chezmoi/"]) + fname
        ft = "chezmoi .tmpl"
        body = ["# managed by chezmoi -- edit with `chezmoi edit`", '{{- if eq .chezmoi.os "darwin" }}',
                'eval "$(/opt/homebrew/bin/brew shellenv)"', "{{- end }}", ""] + fill(r, SH_FILL, r.randrange(1, 4)) + slot + [""]
        if r.random() < 0.5:
            body += ['{{- if .work }}', 'export AWS_PROFILE=work-sso', "{{- end }}"]
    elif ct == "ansible":
        path = pre + r.choice(["playbook.yml", "ansible/dotfiles.yml", "roles/shell/tasks/main.yml", "setup.yml"])
        ft = "ansible .yml"
        body = ["---", f"- name: Bootstrap {u}'s workstation", "  hosts: localhost", "  connection: local", "  tasks:",
                "    - name: Install packages", "      community.general.homebrew:",
                "        name: [git, neovim, tmux, ripgrep, fzf]", "        state: present", "",
                "    - name: Install aider / llm", "      ansible.builtin.pip:", "        name: [aider-chat, llm]",
                "        extra_args: --user", "      environment:"] + slot + [
                "        PIP_DISABLE_PIP_VERSION_CHECK: \"1\"", "",
                "    - name: Link dotfiles", "      ansible.builtin.file:",
                "        src: \"{{ playbook_dir }}/files/{{ item }}\"", "        dest: \"~/{{ item }}\"",
                "        state: link", "      loop: [.zshrc, .gitconfig, .tmux.conf]"]
    elif ct == "install":
        path = pre + r.choice(["install.sh", "bootstrap.sh", "script/setup", "setup.sh"])
        ft = "install.sh"
        body = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'DOTFILES="$(cd "$(dirname "$0")" && pwd)"', "",
                "link() {", '  ln -sfn "$DOTFILES/$1" "$HOME/$2"', '  echo "linked $2"', "}", "",
                'if [[ "$(uname)" == "Darwin" ]] && ! command -v brew >/dev/null; then',
                '  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"', "fi",
                'brew bundle --file="$DOTFILES/Brewfile" || true', "", "link zsh/.zshrc .zshrc", "link git/.gitconfig .gitconfig",
                "link nvim .config/nvim", ""] + ([cm] if cm else []) + slot + ["", 'echo "done, open a new shell"']
    elif ct == "readme":
        path = pre + r.choice(["README.md", "docs/setup.md", "NOTES.md", "zsh/README.md"])
        ft = "README.md"
        body = [f"# {u}'s dotfiles", "", "Managed with GNU stow. Tested on macOS 14 and Arch.", "", "## Install", "", "```sh",
                f"git clone https://github.com/{u}/dotfiles ~/.dotfiles", "cd ~/.dotfiles && ./install.sh", "```", "",
                "## Secrets", "", "API keys live in `~/.zshrc.local` (not tracked). Mine looks like:", "", "```sh"] + slot + ["```", "",
                "## Fonts", "", "JetBrainsMono Nerd Font, size 13.", ""]
    elif ct == "tmux":
        path = pre + r.choice([".tmux.conf", ".config/tmux/tmux.conf", "tmux/tmux.conf"])
        ft = ".tmux.conf"
        body = ["set -g prefix C-a", "unbind C-b", "bind C-a send-prefix", "set -g mouse on", "set -g base-index 1",
                'set -g default-terminal "tmux-256color"', "set -sg escape-time 10", ""] + slot + ["",
                "set -g @plugin 'tmux-plugins/tpm'", "set -g @plugin 'tmux-plugins/tmux-resurrect'",
                "set -g @plugin 'catppuccin/tmux'", "run '~/.tmux/plugins/tpm/tpm'"]
    elif ct == "vscode":
        path = pre + r.choice(["Library/Application Support/Code/User/settings.json", ".config/Code/User/settings.json",
                               "vscode/settings.json", "Code/User/settings.json"])
        ft = "settings.json"
        osk = r.choice(["osx", "linux", "windows"])
        slot = [x.rstrip(",") if i == len(slot) - 1 else x for i, x in enumerate(slot)]
        body = ["{", '  // editor', f'  "editor.fontFamily": "{r.choice(["JetBrains Mono", "Fira Code", "Iosevka Term"])}",',
                f'  "editor.fontSize": {r.randrange(12, 16)},', '  "editor.formatOnSave": true,',
                f'  "workbench.colorTheme": "{r.choice(["Catppuccin Mocha", "One Dark Pro", "GitHub Dark Default", "Tokyo Night"])}",',
                '  "terminal.integrated.defaultProfile.osx": "zsh",', "  // make keys available to tasks / agents",
                f'  "terminal.integrated.env.{osk}": {{'] + slot + ["  },", '  "files.trimTrailingWhitespace": true,',
                '  "git.autofetch": true', "}"]
    elif ct == "warp":
        path = pre + r.choice([".warp/launch_configurations/dev.yaml", ".warp/launch_configurations/ai.yml"])
        ft = "warp .yaml"
        body = ["---", "name: dev", "windows:", "  - tabs:", "      - title: agent", "        layout:",
                f"          cwd: /Users/{u}/src", "          commands:", "            - exec: aider --watch-files",
                "        env:"] + [x.replace("          ", "          ", 1) for x in slot] + ["        color: blue"]
    else:
        raise ValueError(ct)
    return path, body, ft


# ================================================================ positives
POS_ENV_KEYS = (AI_KEYS * 3 + ["github"] * 4 + ["github_fg"] * 2 + [k for k in TOK if k not in AI_KEYS and not k.startswith("github")])


def p_env(r):
    key = r.choice(POS_ENV_KEYS)
    ct = r.choice(ENV_CONTAINERS)
    name, generic = pick_env_name(r, key)
    tok = mint(r, key)
    slot = env_assign(ct, r, name, env_lit(ct, r, tok))
    path, lines, ft = build_env_file(r, ct, slot, key)
    return path, lines, tok, TOK[key][0], TOK[key][1], ft


def p_netrc(r):
    u, full, email = person(r)
    c = r.randrange(4)
    if c == 0:
        tok, prov, kind, host, login = mint(r, "github"), "github", "pat-classic", r.choice(["github.com", "api.github.com"]), u
    elif c == 1:
        tok, prov, kind, host, login = mint(r, "heroku"), "heroku", "api-key", r.choice(["api.heroku.com", "git.heroku.com"]), email
    elif c == 2:
        tok, prov, kind, host, login = human_password(r), "generic", "password", r.choice(["urs.earthdata.nasa.gov", "ftp.example-lab.org", "nas.local", "webdav.fastmail.com"]), u
    else:
        tok, prov, kind, host, login = mint(r, "gitlab"), "gitlab", "pat", r.choice(["gitlab.com", "gitlab.example-corp.net"]), u
    fname = r.choice([".netrc", ".authinfo"])
    style = r.random() < 0.5
    body = [r.choice(["# ~/" + fname, f"# {fname} - chmod 600", "# machine credentials"])]
    if style:
        body += [f"machine {host}", f"  login {login}", f"  password {tok}"]
    else:
        body += [f"machine {host} login {login} password {tok}"]
    body += ["", "# anonymous mirrors", "machine ftp.gnu.org login anonymous", "default login anonymous"]
    return prefix_dir(r) + fname, body, tok, prov, kind, fname


def p_git_credentials(r):
    u, _, _ = person(r)
    c = r.randrange(3)
    if c == 0:
        key, host, user = r.choice(["github", "github_fg"]), "github.com", u
    elif c == 1:
        key, host, user = "gitlab", r.choice(["gitlab.com", "gitlab.freedesktop.org"]), r.choice(["oauth2", u])
    else:
        key, host, user = "huggingface", "huggingface.co", u
    tok = mint(r, key)
    lines = [f"https://{u}@bitbucket.org", f"https://{user}:{tok}@{host}", f"https://{u}@codeberg.org"]
    r.shuffle(lines)
    if r.random() < 0.5:
        # keep it 5+ lines: README-ish comment lines are not valid in this file, so pad with extra hosts
        lines += [f"https://{u}@git.sr.ht", f"https://{u}@gitea.{r.choice(['home.arpa', 'lan'])}"]
    else:
        lines += [f"https://{u}@dev.azure.com", f"https://{u}@source.developers.google.com"]
    return prefix_dir(r) + r.choice([".git-credentials", "git/.git-credentials"]), lines, tok, TOK[key][0], TOK[key][1], ".git-credentials"


GITCONFIG_HEAD = ["[core]", "\teditor = nvim", "\tpager = delta", "\texcludesfile = ~/.gitignore_global",
                  "[init]", "\tdefaultBranch = main", "[pull]", "\trebase = true",
                  "[alias]", "\tst = status -sb", "\tlg = log --graph --oneline --decorate", "\tco = checkout"]


def p_gitconfig(r):
    u, full, email = person(r)
    key = r.choice(["github", "github", "github_fg", "gitlab"])
    tok = mint(r, key)
    body = ["[user]", f"\tname = {full}", f"\temail = {email}"] + GITCONFIG_HEAD[:r.randrange(4, len(GITCONFIG_HEAD) + 1)]
    c = r.randrange(3)
    if key == "gitlab":
        body += ["[gitlab]", f"\tuser = {u}", f"\ttoken = {tok}"]
    elif c == 0:
        body += ["[github]", f"\tuser = {u}", f"\ttoken = {tok}"]
    elif c == 1:
        body += [f'[url "https://{u}:{tok}@github.com/"]', "\tinsteadOf = https://github.com/"]
    else:
        body += ["[hub]", "\tprotocol = https", f"\toauthtoken = {tok}"]
    body += ["[delta]", "\tnavigate = true", "\tside-by-side = true", "[merge]", "\tconflictstyle = zdiff3"]
    return prefix_dir(r) + r.choice([".gitconfig", "git/.gitconfig", ".config/git/config"]), body, tok, TOK[key][0], TOK[key][1], ".gitconfig"


def p_gh_hosts(r):
    u, _, _ = person(r)
    tok = gh_style(r, r.choice(["gho_", "gho_", "ghp_"]))
    proto = r.choice(["https", "ssh"])
    if r.random() < 0.5:
        body = ["github.com:", "    users:", f"        {u}:", f"            oauth_token: {tok}",
                f"    git_protocol: {proto}", f"    user: {u}"]
    else:
        body = ["github.com:", f"    oauth_token: {tok}", f"    user: {u}", f"    git_protocol: {proto}"]
    body += ["github.example-corp.com:", f"    user: {u}", "    git_protocol: ssh"]
    return prefix_dir(r) + r.choice([".config/gh/hosts.yml", "gh/hosts.yml"]), body, tok, "github", "oauth-token", "hosts.yml"


def p_glab(r):
    u, _, _ = person(r)
    tok = mint(r, "gitlab")
    body = ["# What protocol to use when performing git operations. Supported values: ssh, https",
            "git_protocol: ssh", "# What editor glab should run when creating issues, merge requests, etc.",
            "editor: nvim", "browser:", "glamour_style: dark", "check_update: false", "display_hyperlinks: false",
            "host: gitlab.com", "no_prompt: false", "hosts:", "    gitlab.com:",
            "        # What protocol to use to access the api endpoint. Supported values: http, https",
            "        api_protocol: https", "        api_host: gitlab.com", f"        token: {tok}",
            "        git_protocol: ssh", f"        user: {u}"]
    return prefix_dir(r) + r.choice([".config/glab-cli/config.yml", "glab-cli/config.yml"]), body, tok, "gitlab", "pat", "config.yml"


def p_hub(r):
    u, _, _ = person(r)
    tok = gh_style(r, r.choice(["ghp_", "gho_"]))
    body = ["github.com:", f"- user: {u}", f"  oauth_token: {tok}", "  protocol: https", "",
            "# hub was replaced by gh on my other machines", "# see ../gh/config.yml"]
    return prefix_dir(r) + r.choice([".config/hub", "hub/.config/hub"]), body, tok, "github", "oauth-token", "hub config"


def p_copilot(r):
    u, _, _ = person(r)
    tok = gh_style(r, "ghu_")
    app = "Iv1.b507a08c87ecfe98"
    body = ["{", f'  "github.com:{app}": {{', f'    "user": "{u}",', f'    "oauth_token": "{tok}",',
            f'    "githubAppId": "{app}"', "  }", "}"]
    return prefix_dir(r) + r.choice([".config/github-copilot/apps.json", ".config/github-copilot/hosts.json"]), body, tok, "github", "copilot-user-token", "apps.json"


def p_npmrc(r):
    u, full, email = person(r)
    if r.random() < 0.7:
        tok, prov, kind = mint(r, "npm"), "npm", "access-token"
        line = f"//registry.npmjs.org/:_authToken={tok}"
    else:
        tok, prov, kind = mint(r, "github"), "github", "pat-classic"
        line = f"//npm.pkg.github.com/:_authToken={tok}"
    body = [f"init-author-name={full}", f"init-author-email={email}", "init-license=MIT", "save-exact=true",
            "fund=false", "audit=false", f"@{u}:registry=https://npm.pkg.github.com", line, "prefix=${HOME}/.npm-global"]
    return prefix_dir(r) + r.choice([".npmrc", "npm/.npmrc"]), body, tok, prov, kind, ".npmrc"


def p_pypirc(r):
    tok = mint(r, "pypi") if "pypi" in TOK else t_pypi(r)
    test = r.random() < 0.3
    body = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]",
            "repository = https://upload.pypi.org/legacy/", "username = __token__", f"password = {tok}", "",
            "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return prefix_dir(r) + ".pypirc", body, tok, "pypi", "api-token", ".pypirc"


def p_cargo(r):
    tok = "cio" + rs(r, ALNUM, 32)
    if r.random() < 0.5:
        body = ["# cargo login writes this file", "", "[registry]", f'token = "{tok}"', "",
                "# [registries.my-registry]", '# token = "..."']
        path, ft = ".cargo/credentials.toml", "credentials.toml"
    else:
        body = ["[build]", 'rustc-wrapper = "sccache"', "", "[net]", "git-fetch-with-cli = true", "",
                "[registry]", 'default = "crates-io"', f'token = "{tok}"', "",
                '[target.x86_64-unknown-linux-gnu]', 'linker = "clang"',
                'rustflags = ["-C", "link-arg=-fuse-ld=mold"]']
        path, ft = ".cargo/config.toml", "config.toml"
    return prefix_dir(r) + path, body, tok, "crates.io", "api-token", ft


def p_gem(r):
    tok = "rubygems_" + rs(r, HEX, 48)
    path = prefix_dir(r) + ".gem/credentials"
    body = ["# ~/.gem/credentials (chmod 0600)", "# written by `gem signin`", "---", f":rubygems_api_key: {tok}",
            "# :github: token for GitHub Packages lives in the keychain"]
    return path, body, tok, "rubygems", "api-key", "gem credentials"


def p_docker(r):
    u, _, _ = person(r)
    if r.random() < 0.6:
        reg, pw, prov, kind = "https://index.docker.io/v1/", mint(r, "dockerhub"), "docker", "pat"
    else:
        reg, pw, prov, kind = "ghcr.io", mint(r, "github"), "github", "pat-classic"
    auth = b64(f"{u}:{pw}".encode())
    body = ["{", '\t"auths": {', f'\t\t"{reg}": {{', f'\t\t\t"auth": "{auth}"', "\t\t}", "\t},",
            '\t"currentContext": "' + r.choice(["colima", "desktop-linux", "orbstack", "default"]) + '",',
            '\t"plugins": {', '\t\t"-x-cli-hints": {', '\t\t\t"enabled": "false"', "\t\t}", "\t}", "}"]
    return prefix_dir(r) + r.choice([".docker/config.json", "docker/config.json"]), body, auth, prov, "registry-auth", "config.json"


def p_aws(r):
    akid = "AKIA" + rs(r, B32AWS, 16)
    sec = rs(r, B64STD, 40)
    prof = r.choice(["default", "personal", "homelab", "side-project"])
    body = [f"[{prof}]", f"aws_access_key_id = {akid}", f"aws_secret_access_key = {sec}"]
    body += ["", "[work]", "credential_process = aws-vault export --format=json work", "",
             "# sso profiles are in ~/.aws/config"]
    return prefix_dir(r) + r.choice([".aws/credentials", "aws/credentials"]), body, sec, "aws", "secret-access-key", "aws credentials"


def p_gcloud(r):
    u, _, email = person(r)
    rt = "1//0" + r.choice("3g4e") + rs(r, URLSAFE, 98)
    if r.random() < 0.6:
        body = ["{", '  "account": "",', '  "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",',
                '  "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",', f'  "quota_project_id": "{r.choice(["homelab", "side-proj", "scratch"])}-{r.randrange(100000, 999999)}",',
                f'  "refresh_token": "{rt}",', '  "type": "authorized_user",', '  "universe_domain": "googleapis.com"', "}"]
        return prefix_dir(r) + ".config/gcloud/application_default_credentials.json", body, rt, "google", "oauth-refresh-token", "application_default_credentials.json"
    cid = f"{r.randrange(10**11, 10**12)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com"
    sec = "GOCSPX-" + rs(r, URLSAFE, 28)
    body = ['{"installed":{', f'  "client_id":"{cid}",', f'  "project_id":"{r.choice(["gcalcli", "gmail-cli", "mutt-oauth"])}-{r.randrange(1000, 9999)}",',
            '  "auth_uri":"https://accounts.google.com/o/oauth2/auth",', '  "token_uri":"https://oauth2.googleapis.com/token",',
            '  "auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",', f'  "client_secret":"{sec}",',
            '  "redirect_uris":["http://localhost"]}}']
    return prefix_dir(r) + r.choice([".config/gcalcli/client_secret.json", ".config/mutt/client_secret.json"]), body, sec, "google", "oauth-client-secret", "client_secret.json"


def p_azure(r):
    sec = mint(r, "azure")
    body = ["[", "  {", f'    "client_id": "{ruuid(r)}",', f'    "tenant": "{ruuid(r)}",', f'    "client_secret": "{sec}"', "  }", "]"]
    return prefix_dir(r) + ".azure/service_principal_entries.json", body, sec, "azure", "client-secret", "service_principal_entries.json"


def p_kube(r):
    u, _, _ = person(r)
    if r.random() < 0.6:
        tok, prov, kind = t_k8s_jwt(r), "kubernetes", "service-account-token"
    else:
        tok, prov, kind = mint(r, "digitalocean"), "digitalocean", "pat"
    cl = r.choice(["homelab", "k3s-pi", "do-fra1-side", "kind-dev"])
    body = ["apiVersion: v1", "clusters:", "- cluster:", f"    certificate-authority-data: {fake_cert_b64(r)}",
            f"    server: https://{r.choice(['192.168.1.', '10.0.0.'])}{r.randrange(2, 250)}:6443", f"  name: {cl}",
            "contexts:", "- context:", f"    cluster: {cl}", f"    user: {u}", f"  name: {cl}", f"current-context: {cl}",
            "kind: Config", "preferences: {}", "users:", f"- name: {u}", "  user:", f"    token: {tok}"]
    return prefix_dir(r) + r.choice([".kube/config", "kube/config"]), body, tok, prov, kind, "kubeconfig"


def p_terraformrc(r):
    tok = mint(r, "terraform")
    if r.random() < 0.6:
        body = ['plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"', "disable_checkpoint = true", "",
                'credentials "app.terraform.io" {', f'  token = "{tok}"', "}"]
        return prefix_dir(r) + ".terraformrc", body, tok, "terraform-cloud", "api-token", ".terraformrc"
    body = ["{", '  "credentials": {', '    "app.terraform.io": {', f'      "token": "{tok}"', "    }", "  }", "}"]
    return prefix_dir(r) + ".terraform.d/credentials.tfrc.json", body, tok, "terraform-cloud", "api-token", "credentials.tfrc.json"


def p_ssh(r):
    u, full, email = person(r)
    host = r.choice(HOSTS)
    if r.random() < 0.7:
        blk = openssh_private_ed25519(r, f"{u}@{host}")
        name = r.choice(["id_ed25519", "id_ed25519_github", "deploy_ed25519", "homelab"])
        kind = "openssh-private-key"
    else:
        blk = rsa_private_pem(r)
        name = r.choice(["id_rsa", "id_rsa_legacy", "pi_rsa"])
        kind = "rsa-private-key"
    if r.random() < 0.3:
        # bootstrap script that writes the key
        body = ["#!/usr/bin/env bash", "set -e", "mkdir -p ~/.ssh && chmod 700 ~/.ssh", f"cat > ~/.ssh/{name} <<'EOF'"] + blk + [
            "EOF", f"chmod 600 ~/.ssh/{name}", f"ssh-keygen -y -f ~/.ssh/{name} > ~/.ssh/{name}.pub"]
        return prefix_dir(r) + r.choice(["bootstrap.sh", "ssh/setup.sh"]), body, blk[0], "ssh", kind, "install.sh"
    return prefix_dir(r) + r.choice([".ssh/", "ssh/.ssh/", "ssh/"]) + name, blk, blk[0], "ssh", kind, "ssh private key"


def p_gpg(r):
    u, full, email = person(r)
    blk = pgp_secret_key(r, f"{full} <{email}>")
    return prefix_dir(r) + r.choice(["gnupg/private.asc", "gpg/secret-subkeys.asc", ".gnupg/backup-secret.asc"]), blk, blk[0], "gnupg", "pgp-private-key", ".asc"


def p_age(r):
    sk = age_secret(r)
    pub = age_recipient(r)
    host = r.choice(HOSTS)
    if r.random() < 0.5:
        body = [f"# sops / chezmoi identity for {host}", f"# created: 20{r.randrange(21, 25)}-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}T1{r.randrange(0, 9)}:2{r.randrange(0, 9)}:0{r.randrange(0, 9)}+02:00",
                f"# public key: {pub}", sk, "# recipients for this key are listed in .sops.yaml"]
        return prefix_dir(r) + r.choice([".config/sops/age/keys.txt", "age/keys.txt", "key.txt"]), body, sk, "age", "secret-key", "keys.txt"
    body = ["#!/bin/sh", "# one-time setup on a new machine", "set -eu", "mkdir -p ~/.config/sops/age",
            "cat > ~/.config/sops/age/keys.txt <<EOF", f"# public key: {pub}", sk, "EOF",
            "chmod 600 ~/.config/sops/age/keys.txt", "chezmoi init --apply " + person(r)[0]]
    return prefix_dir(r) + r.choice(["setup-secrets.sh", "bin/new-machine.sh"]), body, sk, "age", "secret-key", "install.sh"


def p_doppler_yaml(r):
    u, _, _ = person(r)
    tok = r.choice(["dp.ct.", "dp.pt."]) + rs(r, ALNUM, 43)
    body = ["scoped:", "    /:", f"        token: {tok}", "        api-host: https://api.doppler.com",
            "        dashboard-host: https://dashboard.doppler.com", '        verify-tls: "true"',
            f"    /Users/{u}/src/{r.choice(['api', 'site', 'bot'])}:", "        enclave.project: " + r.choice(["api", "site", "bot"]),
            "        enclave.config: dev"]
    return prefix_dir(r) + ".doppler/.doppler.yaml", body, tok, "doppler", "cli-token", ".doppler.yaml"


def p_doctl(r):
    tok = mint(r, "digitalocean")
    body = [f"access-token: {tok}", "auth-contexts: {}", "context: default", "kubeconfig:", "  save: true",
            "output: text", "apps:", "  dev:", "    config: \"\""]
    return prefix_dir(r) + r.choice([".config/doctl/config.yaml", "Library/Application Support/doctl/config.yaml"]), body, tok, "digitalocean", "pat", "config.yaml"


def p_fly(r):
    tok = "fo1_" + rs(r, URLSAFE, 43)
    body = [f"access_token: {tok}", "auto_update: true", "last_update_check: 20" + f"{r.randrange(22, 25)}-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}T08:14:03Z",
            "metrics_token: \"\"", "send_metrics: false", "synthetics_agent: true", "wire_guard_state: {}", "wire_guard_websockets: true"]
    return prefix_dir(r) + ".fly/config.yml", body, tok, "fly", "access-token", "config.yml"


def p_wrangler(r):
    tok = mint(r, "cloudflare")
    body = ["# wrangler 1.x global config", f'api_token = "{tok}"', "", "# account used for workers.dev",
            f'# account_id = "{hexs(r, 32)}" lives in wrangler.toml of each project']
    return prefix_dir(r) + ".wrangler/config/default.toml", body, tok, "cloudflare", "api-token", "default.toml"


def p_ngrok(r):
    tok = mint(r, "ngrok")
    if r.random() < 0.5:
        body = ['version: "2"', f"authtoken: {tok}", "region: eu", "console_ui: true", "tunnels:", "  web:",
                "    proto: http", "    addr: 3000", "    inspect: true"]
    else:
        body = ['version: "3"', "agent:", f"    authtoken: {tok}", "    connect_timeout: 30s", "endpoints:",
                "  - name: dev", "    url: https://" + r.choice(["toad", "plum", "kiwi"]) + "-dev.ngrok.app",
                "    upstream:", "      url: 8080"]
    return prefix_dir(r) + r.choice([".config/ngrok/ngrok.yml", ".ngrok2/ngrok.yml", "Library/Application Support/ngrok/ngrok.yml"]), body, tok, "ngrok", "authtoken", "ngrok.yml"


def p_llm_keys(r):
    key = r.choice(["openai", "anthropic", "mistral", "groq", "openrouter", "gemini"])
    tok = mint(r, key)
    alias = key if r.random() < 0.66 else r.choice(["work", "default", "mine", "personal"])
    if r.random() < 0.5:
        body = ["{", '  "// Note": "This file stores secret API credentials. Do not share!",', f'  "{alias}": "{tok}"', "}"]
        body = ["#!/bin/sh", "# restore llm keys on a new machine", 'mkdir -p "$(dirname "$(llm keys path)")"', 'cat > "$(llm keys path)" <<\'JSON\''] + body + ["JSON", "llm keys list"]
        return prefix_dir(r) + r.choice(["llm/restore.sh", "bin/llm-setup.sh"]), body, tok, TOK[key][0], TOK[key][1], "install.sh"
    body = ["#!/usr/bin/env bash", "# llm (simonw/llm) setup", "set -e", "pipx install llm", "llm install llm-anthropic llm-gemini llm-groq",
            f"llm keys set {alias} --value {tok}", f"llm models default {r.choice(['gpt-4o-mini', 'claude-3.5-sonnet', 'gemini-2.0-flash'])}"]
    return prefix_dir(r) + r.choice(["llm/setup.sh", "install-llm.sh"]), body, tok, TOK[key][0], TOK[key][1], "install.sh"


def p_aider(r):
    key = r.choice(["openai", "anthropic", "gemini", "deepseek", "openrouter", "groq"])
    tok = mint(r, key)
    body = ["##########################################################", "# Sample .aider.conf.yml",
            "# Place in your home dir, or at the root of your git repo.", "##########################################################", ""]
    model = {"openai": "gpt-4o", "anthropic": "sonnet", "gemini": "gemini/gemini-2.5-pro", "deepseek": "deepseek",
             "openrouter": "openrouter/anthropic/claude-3.7-sonnet", "groq": "groq/llama3-70b-8192"}[key]
    body += [f"model: {model}", "dark-mode: true", "auto-commits: false", "attribute-author: false", "cache-prompts: true", ""]
    if key in ("openai", "anthropic"):
        body += [f"{key}-api-key: {tok}"]
    else:
        body += ["api-key:", f"  - {key}={tok}"]
    body += ["", "read:", "  - CONVENTIONS.md", "lint-cmd:", '  - "python: ruff check --fix"']
    return prefix_dir(r) + ".aider.conf.yml", body, tok, TOK[key][0], TOK[key][1], ".aider.conf.yml"


def p_continue(r):
    key = r.choice(["openai", "anthropic", "mistral", "groq", "together", "openrouter", "gemini", "deepseek"])
    tok = mint(r, key)
    prov = {"openai": "openai", "anthropic": "anthropic", "mistral": "mistral", "groq": "groq", "together": "together",
            "openrouter": "openrouter", "gemini": "gemini", "deepseek": "deepseek"}[key]
    model = {"openai": "gpt-4o", "anthropic": "claude-3-5-sonnet-latest", "mistral": "codestral-latest", "groq": "llama-3.1-70b-versatile",
             "together": "meta-llama/Llama-3-70b-chat-hf", "openrouter": "anthropic/claude-3.5-sonnet", "gemini": "gemini-1.5-pro-latest",
             "deepseek": "deepseek-coder"}[key]
    if r.random() < 0.5:
        body = ["{", '  "models": [', "    {", f'      "title": "{model}",', f'      "provider": "{prov}",', f'      "model": "{model}",',
                f'      "apiKey": "{tok}"', "    },", "    {", '      "title": "Llama 3 (local)",', '      "provider": "ollama",',
                '      "model": "llama3:8b"', "    }", "  ],", '  "tabAutocompleteModel": {', '    "title": "Starcoder2 3b",',
                '    "provider": "ollama",', '    "model": "starcoder2:3b"', "  },", '  "contextProviders": [{"name": "codebase"}, {"name": "diff"}],',
                '  "allowAnonymousTelemetry": false', "}"]
        return prefix_dir(r) + ".continue/config.json", body, tok, TOK[key][0], TOK[key][1], "config.json"
    body = ["name: Local Assistant", "version: 1.0.0", "schema: v1", "models:", f"  - name: {model}", f"    provider: {prov}",
            f"    model: {model}", f"    apiKey: {tok}", "    roles:", "      - chat", "      - edit", "  - name: qwen2.5-coder 1.5b",
            "    provider: ollama", "    model: qwen2.5-coder:1.5b", "    roles:", "      - autocomplete", "context:",
            "  - provider: code", "  - provider: diff"]
    return prefix_dir(r) + ".continue/config.yaml", body, tok, TOK[key][0], TOK[key][1], "config.yaml"


MCP_SERVERS = {
    "github": ("github", ["-y", "@modelcontextprotocol/server-github"], "GITHUB_PERSONAL_ACCESS_TOKEN"),
    "github_fg": ("github", ["-y", "@modelcontextprotocol/server-github"], "GITHUB_PERSONAL_ACCESS_TOKEN"),
    "brave": ("brave-search", ["-y", "@modelcontextprotocol/server-brave-search"], "BRAVE_API_KEY"),
    "slack_bot": ("slack", ["-y", "@modelcontextprotocol/server-slack"], "SLACK_BOT_TOKEN"),
    "gitlab": ("gitlab", ["-y", "@modelcontextprotocol/server-gitlab"], "GITLAB_PERSONAL_ACCESS_TOKEN"),
    "linear": ("linear", ["-y", "mcp-remote", "https://mcp.linear.app/sse"], "LINEAR_API_KEY"),
    "perplexity": ("perplexity-ask", ["-y", "server-perplexity-ask"], "PERPLEXITY_API_KEY"),
    "sentry": ("sentry", ["-y", "@sentry/mcp-server"], "SENTRY_AUTH_TOKEN"),
    "notion": ("notion", ["-y", "@notionhq/notion-mcp-server"], "NOTION_TOKEN"),
    "openai": ("openai", ["-y", "@mzxrai/mcp-openai"], "OPENAI_API_KEY"),
    "supabase": ("supabase", ["-y", "@supabase/mcp-server-supabase@latest", "--read-only"], "SUPABASE_ACCESS_TOKEN"),
    "figma": ("figma", ["-y", "figma-developer-mcp", "--stdio"], "FIGMA_API_KEY"),
    "stripe": ("stripe", ["-y", "@stripe/mcp", "--tools=all"], "STRIPE_SECRET_KEY"),
}


def mcp_file(r, key, env_lines, args_extra=None, outer="mcpServers", extra_fields=None, flavor=None):
    """Render an MCP config. env_lines: list of (k, v-json-text). Returns path, lines, ft."""
    name, args, _ = MCP_SERVERS[key]
    flavor = flavor or r.choice(["claude", "claude", "cursor", "windsurf", "vscode"])
    if flavor == "vscode":
        outer = "servers"
    args = list(args) + (args_extra or [])
    lines = ["{"]
    if flavor == "vscode" and extra_fields:
        lines += extra_fields
    lines += [f'  "{outer}": {{', '    "filesystem": {', '      "command": "npx",',
              f'      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/{person(r)[0]}/src"]', "    },",
              f'    "{name}": {{', '      "command": "npx",', '      "args": [' + ", ".join(json.dumps(a) for a in args) + "]" + ("," if env_lines else "")]
    if env_lines:
        lines += ['      "env": {']
        for i, (k, v) in enumerate(env_lines):
            lines.append(f'        "{k}": {v}' + ("," if i < len(env_lines) - 1 else ""))
        lines += ["      }"]
    lines += ["    }", "  }", "}"]
    path = {"claude": r.choice(["Library/Application Support/Claude/claude_desktop_config.json", ".config/Claude/claude_desktop_config.json", "claude/claude_desktop_config.json"]),
            "cursor": r.choice([".cursor/mcp.json", "cursor/mcp.json"]),
            "windsurf": ".codeium/windsurf/mcp_config.json", "vscode": r.choice([".vscode/mcp.json", "Code/User/mcp.json"])}[flavor]
    ft = {"claude": "claude_desktop_config.json", "cursor": "mcp.json", "windsurf": "mcp_config.json", "vscode": "mcp.json"}[flavor]
    return prefix_dir(r) + path, lines, ft


def p_mcp(r):
    key = r.choice(list(MCP_SERVERS))
    tok = mint(r, key)
    _, _, envname = MCP_SERVERS[key]
    if key in ("supabase", "figma") and r.random() < 0.6:
        arg = ["--access-token", tok] if key == "supabase" else [f"--figma-api-key={tok}"]
        path, lines, ft = mcp_file(r, key, [], args_extra=arg)
        return path, lines, tok, TOK[key][0], TOK[key][1], ft
    env = [(envname, json.dumps(tok))]
    if key == "slack_bot":
        env.append(("SLACK_TEAM_ID", json.dumps("T0" + rs(r, UP + DIG, 9))))
    if key == "gitlab":
        env.append(("GITLAB_API_URL", '"https://gitlab.com/api/v4"'))
    path, lines, ft = mcp_file(r, key, env)
    return path, lines, tok, TOK[key][0], TOK[key][1], ft


def p_claude_code(r):
    key = r.choice(["anthropic", "anthropic", "github", "openai"])
    tok = mint(r, key)
    name = TOK[key][3][0] if r.random() < 0.66 else r.choice(["API_KEY", "TOKEN", "AUTH"])
    body = ["{", '  "$schema": "https://json.schemastore.org/claude-code-settings.json",', '  "permissions": {',
            '    "allow": ["Bash(npm run lint)", "Bash(git diff:*)", "Read(~/.zshrc)"],', '    "deny": ["Read(./.env)", "Read(./secrets/**)"]', "  },",
            '  "env": {', f'    "{name}": "{tok}",', '    "CLAUDE_CODE_ENABLE_TELEMETRY": "0"', "  },",
            '  "includeCoAuthoredBy": false', "}"]
    return prefix_dir(r) + r.choice([".claude/settings.json", "claude/settings.json"]), body, tok, TOK[key][0], TOK[key][1], "settings.json"


def p_zed(r):
    key = r.choice(["github", "brave", "openai", "linear"])
    tok = mint(r, key)
    nm = {"github": ("mcp-server-github", "GITHUB_PERSONAL_ACCESS_TOKEN"), "brave": ("mcp-server-brave-search", "BRAVE_API_KEY"),
          "openai": ("openai-tools", "OPENAI_API_KEY"), "linear": ("linear", "LINEAR_API_KEY")}[key]
    body = ["// Zed settings", "//", "// For information on how to configure Zed, see the Zed", "// documentation: https://zed.dev/docs/configuring-zed",
            "{", '  "theme": "One Dark",', '  "buffer_font_family": "Zed Plex Mono",', '  "ui_font_size": 15,', '  "vim_mode": true,',
            '  "context_servers": {', f'    "{nm[0]}": {{', '      "source": "custom",', '      "command": "npx",',
            f'      "args": ["-y", "@modelcontextprotocol/server-{key if key != "openai" else "everything"}"],', '      "env": {',
            f'        "{nm[1]}": "{tok}"', "      }", "    }", "  },", '  "telemetry": { "metrics": false, "diagnostics": false }', "}"]
    return prefix_dir(r) + r.choice([".config/zed/settings.json", "zed/settings.json"]), body, tok, TOK[key][0], TOK[key][1], "settings.json"


NVIM_HEAD = ["vim.g.mapleader = ' '", "vim.opt.number = true", "vim.opt.relativenumber = true", "vim.opt.expandtab = true",
             "vim.opt.shiftwidth = 2", "vim.opt.termguicolors = true", "vim.opt.clipboard = 'unnamedplus'"]


def p_nvim(r):
    key = r.choice(["openai", "openai", "anthropic", "gemini", "groq", "openrouter", "mistral", "codeium"])
    if key == "codeium":
        tok = ruuid(r)
        prov, kind = "codeium", "api-key"
    else:
        tok = mint(r, key)
        prov, kind = TOK[key][0], TOK[key][1]
    style = r.randrange(4)
    if style == 0 and key != "openai":
        style = 1
    plug = []
    if key == "codeium":
        plug = ["  {", "    'Exafunction/codeium.nvim',", "    dependencies = { 'nvim-lua/plenary.nvim', 'hrsh7th/nvim-cmp' },",
                "    config = function()", "      require('codeium').setup({", "        enable_chat = true,",
                f"        api = {{ host = 'server.codeium.com' }},", f"        api_key = '{tok}',", "      })", "    end,", "  },"]
    elif style == 0:
        plug = ["  {", "    'jackMort/ChatGPT.nvim',", "    event = 'VeryLazy',", "    dependencies = { 'MunifTanjim/nui.nvim', 'nvim-lua/plenary.nvim' },",
                "    config = function()", f"      vim.env.{TOK[key][3][0] if key != 'openai' else 'OPENAI_API_KEY'} = '{tok}'",
                "      require('chatgpt').setup({ openai_params = { model = 'gpt-4o' } })", "    end,", "  },"]
    elif style == 1:
        ad = {"openai": "openai", "anthropic": "anthropic", "gemini": "gemini", "groq": "groq", "openrouter": "openrouter", "mistral": "mistral"}[key]
        plug = ["  {", "    'olimorris/codecompanion.nvim',", "    opts = {", "      adapters = {", f"        {ad} = function()",
                f"          return require('codecompanion.adapters').extend('{ad if ad in ('openai', 'anthropic', 'gemini', 'mistral') else 'openai_compatible'}', {{",
                f"            env = {{ api_key = '{tok}' }},", "          })", "        end,", "      },",
                f"      strategies = {{ chat = {{ adapter = '{ad}' }}, inline = {{ adapter = '{ad}' }} }},", "    },", "  },"]
    elif style == 2:
        plug = ["  {", "    'robitx/gp.nvim',", "    config = function()", "      require('gp').setup({",
                f"        openai_api_key = '{tok}',", "        chat_dir = vim.fn.stdpath('data') .. '/gp/chats',", "      })", "    end,", "  },"]
    else:
        var = r.choice(["api_key", "key", "token", "secret"])
        plug = [f"local {var} = '{tok}'", "", "  {", "    'yetone/avante.nvim',", "    build = 'make',", "    opts = {",
                f"      provider = '{ 'claude' if key == 'anthropic' else 'openai'}',",
                "    },", "    init = function()", f"      vim.env.{TOK[key][3][0]} = {var}", "    end,", "  },"]
    loc = []
    if plug and plug[0].startswith("local "):
        loc, plug = plug[:2], plug[2:]
    body = ["-- init.lua"] + NVIM_HEAD[:r.randrange(3, 8)] + [""] + loc + [
        "local lazypath = vim.fn.stdpath('data') .. '/lazy/lazy.nvim'", "vim.opt.rtp:prepend(lazypath)", "", "require('lazy').setup({",
        "  { 'catppuccin/nvim', name = 'catppuccin', priority = 1000 },", "  { 'nvim-telescope/telescope.nvim', tag = '0.1.8' },"] + plug + [
        "  { 'github/copilot.vim' },", "})", "", "vim.cmd.colorscheme('catppuccin-mocha')"]
    path = prefix_dir(r) + r.choice([".config/nvim/init.lua", "nvim/init.lua", ".config/nvim/lua/plugins/ai.lua"])
    return path, body, tok, prov, kind, "init.lua"


def p_vim(r):
    key = r.choice(["openai", "openai", "wakatime"])
    tok = mint(r, key)
    if key == "wakatime":
        line = f"let g:wakatime_api_key = '{tok}'"
    else:
        line = r.choice([f"let g:openai_api_key = '{tok}'", f"let g:chat_gpt_key = '{tok}'", f"let $OPENAI_API_KEY = '{tok}'"])
    body = ['" ~/.vimrc / init.vim', "set nocompatible", "syntax on", "set number relativenumber", "set hidden",
            "set expandtab shiftwidth=4", "", "call plug#begin()", "Plug 'tpope/vim-fugitive'", "Plug 'junegunn/fzf.vim'",
            "Plug 'madox2/vim-ai'", "Plug 'wakatime/vim-wakatime'", "call plug#end()", "", line, "",
            "nnoremap <leader>a :AIChat<CR>", "colorscheme gruvbox"]
    return prefix_dir(r) + r.choice([".config/nvim/init.vim", ".vimrc", "vim/.vimrc"]), body, tok, TOK[key][0], TOK[key][1], "init.vim"


def p_emacs(r):
    key = r.choice(["openai", "anthropic", "wakatime", "gemini", "github"])
    tok = mint(r, key)
    line = {"openai": f'(setq gptel-api-key "{tok}")', "anthropic": f'(setq chatgpt-shell-anthropic-key "{tok}")',
            "wakatime": f'(setq wakatime-api-key "{tok}")', "gemini": f'(setq gptel-backend (gptel-make-gemini "Gemini" :key "{tok}" :stream t))',
            "github": f'(setq code-review-auth-token "{tok}")'}[key]
    body = [";;; init.el --- personal config -*- lexical-binding: t -*-", "", "(setq inhibit-startup-message t)",
            "(tool-bar-mode -1)", "(menu-bar-mode -1)", "(load-theme 'modus-vivendi t)", "", "(require 'package)",
            "(add-to-list 'package-archives '(\"melpa\" . \"https://melpa.org/packages/\") t)", "(package-initialize)", "",
            "(use-package magit :ensure t)", "(use-package gptel :ensure t)", "", line, "", ";;; init.el ends here"]
    return prefix_dir(r) + r.choice([".emacs.d/init.el", "emacs/init.el", ".config/emacs/init.el"]), body, tok, TOK[key][0], TOK[key][1], "init.el"


def p_authinfo_ai(r):
    key = r.choice(["openai", "anthropic", "gemini", "github"])
    tok = mint(r, key)
    host = {"openai": "api.openai.com", "anthropic": "api.anthropic.com", "gemini": "generativelanguage.googleapis.com", "github": "api.github.com"}[key]
    login = {"github": person(r)[0] + "^forge", "openai": "apikey"}.get(key, "apikey")
    body = [f"machine {host} login {login} password {tok}", "machine imap.fastmail.com login " + person(r)[2] + " port 993",
            "machine smtp.fastmail.com login " + person(r)[2] + " port 465", "# irc", "machine irc.libera.chat login " + person(r)[0] + " port 6697"]
    return prefix_dir(r) + r.choice([".authinfo", "emacs/.authinfo"]), body, tok, TOK[key][0], TOK[key][1], ".authinfo"


def p_hammerspoon(r):
    key = r.choice(["openweather", "pushover", "openai", "todoist"])
    tok = mint(r, key)
    var = r.choice(["API_KEY", "apiKey", "token", "KEY"]) if r.random() < 0.5 else {"openweather": "OWM_KEY", "pushover": "PUSHOVER_TOKEN", "openai": "OPENAI_KEY", "todoist": "TODOIST_TOKEN"}[key]
    body = ["-- ~/.hammerspoon/init.lua", 'hs.loadSpoon("SpoonInstall")', "spoon.SpoonInstall.use_syncinstall = true", "",
            'hs.hotkey.bind({"cmd", "alt", "ctrl"}, "R", function() hs.reload() end)', "", f'local {var} = "{tok}"', ""]
    if key == "openweather":
        body += ["local function weather()", f'  local url = "https://api.openweathermap.org/data/2.5/weather?q=Berlin&units=metric&appid=" .. {var}',
                 "  hs.http.asyncGet(url, nil, function(status, body) menubar:setTitle(status == 200 and 'ok' or '?') end)", "end"]
    elif key == "pushover":
        body += ["local function notify(msg)", '  hs.http.asyncPost("https://api.pushover.net/1/messages.json",',
                 f'    "token=" .. {var} .. "&user=" .. hs.settings.get("pushoverUser") .. "&message=" .. hs.http.encodeForQuery(msg),', "    nil, function() end)", "end"]
    elif key == "todoist":
        body += ["local function addTask(text)", '  hs.http.asyncPost("https://api.todoist.com/rest/v2/tasks", hs.json.encode({content = text}),',
                 f'    {{ ["Authorization"] = "Bearer " .. {var}, ["Content-Type"] = "application/json" }}, function() end)', "end"]
    else:
        body += ["local function ask(prompt)", '  hs.http.asyncPost("https://api.openai.com/v1/chat/completions", hs.json.encode({model = "gpt-4o-mini", messages = {{role = "user", content = prompt}}}),',
                 f'    {{ ["Authorization"] = "Bearer " .. {var}, ["Content-Type"] = "application/json" }}, function(s, b) hs.alert.show(b) end)', "end"]
    body += ["", 'hs.alert.show("Config loaded")']
    return prefix_dir(r) + r.choice([".hammerspoon/init.lua", "hammerspoon/init.lua"]), body, tok, TOK[key][0], TOK[key][1], "init.lua"


def p_raycast(r):
    key = r.choice(["openai", "anthropic", "linear", "todoist", "github"])
    tok = mint(r, key)
    var = r.choice(["API_KEY", "TOKEN", "KEY"]) if r.random() < 0.5 else TOK[key][3][0]
    url = {"openai": "https://api.openai.com/v1/chat/completions", "anthropic": "https://api.anthropic.com/v1/messages",
           "linear": "https://api.linear.app/graphql", "todoist": "https://api.todoist.com/rest/v2/tasks", "github": "https://api.github.com/user/repos"}[key]
    body = ["#!/bin/bash", "", "# Required parameters:", "# @raycast.schemaVersion 1", f"# @raycast.title {r.choice(['Ask AI', 'Quick Task', 'New Issue', 'Repos'])}",
            "# @raycast.mode compact", "", "# Optional parameters:", "# @raycast.icon 🤖", '# @raycast.argument1 { "type": "text", "placeholder": "Query" }', "",
            f'{var}="{tok}"', "", f'curl -s "{url}" \\', f'  -H "Authorization: Bearer ${var}" \\', '  -H "Content-Type: application/json" \\',
            '  -d "{\\"q\\": \\"$1\\"}" | jq -r ".[0] // ."']
    return prefix_dir(r) + r.choice(["raycast/scripts/ask-ai.sh", "raycast/quick-task.sh", "scripts/raycast/new-issue.sh"]), body, tok, TOK[key][0], TOK[key][1], "raycast script"


def p_alfred(r):
    key = r.choice(["openai", "openai", "anthropic", "todoist", "deepseek"])
    tok = mint(r, key)
    var = r.choice(["api_key", "token", "openai_api_key", "apikey"])
    body = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
            '<plist version="1.0">', "<dict>", "\t<key>bundleid</key>", f"\t<string>com.{person(r)[0].replace('-', '')}.ask</string>",
            "\t<key>name</key>", "\t<string>Ask</string>", "\t<key>variables</key>", "\t<dict>", f"\t\t<key>{var}</key>",
            f"\t\t<string>{tok}</string>", "\t\t<key>model</key>", "\t\t<string>gpt-4o-mini</string>", "\t</dict>",
            "\t<key>version</key>", "\t<string>1.3.0</string>", "</dict>", "</plist>"]
    return prefix_dir(r) + r.choice(["alfred/workflows/ask/info.plist", "Alfred.alfredpreferences/workflows/user.workflow.8C1E/info.plist"]), body, tok, TOK[key][0], TOK[key][1], "info.plist"


MAILHOST = {"fastmail.com": ("imap.fastmail.com", "smtp.fastmail.com"), "posteo.de": ("posteo.de", "posteo.de"),
            "gmail.com": ("imap.gmail.com", "smtp.gmail.com"), "proton.me": ("127.0.0.1", "127.0.0.1"),
            "mailbox.org": ("imap.mailbox.org", "smtp.mailbox.org"), "hey.com": ("imap.hey.com", "smtp.hey.com")}


def _mail(r):
    u, full, email = person(r)
    imap, smtp = MAILHOST[email.split("@")[1]]
    return u, full, email, imap, smtp


def p_mutt(r):
    u, full, email, imap, smtp = _mail(r)
    pw = human_password(r)
    if r.random() < 0.7:
        sl = [f'set imap_user = "{email}"', f'set imap_pass = "{pw}"', f'set smtp_url = "smtps://{email}@{smtp}:465/"', f'set smtp_pass = "{pw}"']
        sl = sl[:2] + [sl[2]]
    else:
        sl = [f'set imap_user = "{email}"', f'set smtp_url = "smtps://{email.replace("@", "%40")}:{pw}@{smtp}:465/"']
    body = ["# ~/.config/mutt/muttrc", f'set realname = "{full}"', f'set from = "{email}"', "set use_from = yes", "",
            f'set folder = "imaps://{imap}:993"', 'set spoolfile = "+INBOX"', 'set record = "+Sent"', 'set postponed = "+Drafts"'] + sl + [
            "", "set header_cache = ~/.cache/mutt/headers", "set message_cachedir = ~/.cache/mutt/bodies", "set sort = threads",
            "set editor = nvim", "source ~/.config/mutt/colors.muttrc"]
    return prefix_dir(r) + r.choice([".muttrc", ".config/mutt/muttrc", "neomutt/neomuttrc"]), body, pw, "generic", "password", ".muttrc"


def p_msmtp(r):
    u, full, email, imap, smtp = _mail(r)
    pw = human_password(r)
    body = ["# ~/.msmtprc", "defaults", "auth           on", "tls            on", "tls_trust_file /etc/ssl/certs/ca-certificates.crt",
            "logfile        ~/.msmtp.log", "", f"account        {email.split('@')[1].split('.')[0]}", f"host           {smtp}",
            "port           465", "tls_starttls   off", f"from           {email}", f"user           {email}", f"password       {pw}", "",
            f"account default : {email.split('@')[1].split('.')[0]}"]
    return prefix_dir(r) + r.choice([".msmtprc", ".config/msmtp/config"]), body, pw, "generic", "password", ".msmtprc"


def p_mbsync(r):
    u, full, email, imap, smtp = _mail(r)
    pw = human_password(r)
    acct = email.split("@")[1].split(".")[0]
    body = [f"IMAPAccount {acct}", f"Host {imap}", f"User {email}", f"Pass {pw}", "SSLType IMAPS",
            "CertificateFile /etc/ssl/certs/ca-certificates.crt", "", f"IMAPStore {acct}-remote", f"Account {acct}", "",
            f"MaildirStore {acct}-local", "Subfolders Verbatim", f"Path ~/Mail/{acct}/", f"Inbox ~/Mail/{acct}/INBOX", "",
            f"Channel {acct}", f"Far :{acct}-remote:", f"Near :{acct}-local:", "Patterns *", "Create Both", "SyncState *"]
    return prefix_dir(r) + r.choice([".mbsyncrc", ".config/isyncrc"]), body, pw, "generic", "password", ".mbsyncrc"


def p_newsboat(r):
    u, _, _ = person(r)
    if r.random() < 0.5:
        tok, prov, kind = human_password(r), "generic", "password"
        line = f'miniflux-password "{tok}"'
        pre = [f'miniflux-login "{u}"']
    else:
        tok, prov, kind = mint(r, "miniflux"), "miniflux", "api-token"
        line = f'miniflux-token "{tok}"'
        pre = []
    body = ["# newsboat config", "auto-reload yes", "reload-time 30", "show-read-feeds no", "", 'urls-source "miniflux"',
            f'miniflux-url "https://rss.{u}.{r.choice(["net", "dev", "xyz"])}/"'] + pre + [line, "",
            "bind-key j down", "bind-key k up", "color listfocus black yellow standout bold", 'browser "open %u"']
    return prefix_dir(r) + r.choice([".newsboat/config", ".config/newsboat/config"]), body, tok, prov, kind, "newsboat config"


def p_rclone(r):
    u, _, email = person(r)
    if r.random() < 0.5:
        rt = "1//0" + r.choice("3g") + rs(r, URLSAFE, 98)
        at = "ya29.a0" + rs(r, URLSAFE, 150)
        tokjson = json.dumps({"access_token": at, "token_type": "Bearer", "refresh_token": rt, "expiry": "2024-0%d-1%dT10:21:33.123456+02:00" % (r.randrange(1, 9), r.randrange(0, 9))}, separators=(",", ":"))
        body = ["[gdrive]", "type = drive", "client_id =", "client_secret =", "scope = drive", f"token = {tokjson}", "team_drive =", "",
                "[b2-backup]", "type = b2", "account = " + hexs(r, 12), "hard_delete = true", "# key is in the env: RCLONE_CONFIG_B2_BACKUP_KEY"]
        return prefix_dir(r) + ".config/rclone/rclone.conf", body, rt, "google", "oauth-refresh-token", "rclone.conf"
    ob = t_rclone_obscured(r)
    body = ["[nas]", "type = sftp", f"host = nas.{r.choice(['lan', 'home.arpa'])}", f"user = {u}", f"pass = {ob}", "shell_type = unix",
            "md5sum_command = md5sum", "", "[nas-crypt]", "type = alias", "remote = nas:/volume1/backup"]
    return prefix_dir(r) + ".config/rclone/rclone.conf", body, ob, "rclone", "obscured-password", "rclone.conf"


def p_spotify(r):
    u, _, email = person(r)
    if r.random() < 0.5:
        pw = human_password(r)
        body = ["[global]", f'username = "{u}"', f'password = "{pw}"', 'backend = "pulseaudio"', f'device_name = "{r.choice(HOSTS)}"',
                "bitrate = 320", 'cache_path = "/home/' + u + '/.cache/spotifyd"', "volume_normalisation = true", 'device_type = "computer"']
        return prefix_dir(r) + ".config/spotifyd/spotifyd.conf", body, pw, "spotify", "password", "spotifyd.conf"
    cs = hexs(r, 32)
    body = ["---", f"client_id: {hexs(r, 32)}", f"client_secret: {cs}", "device_id: ~", "port: 8888"]
    return prefix_dir(r) + ".config/spotify-tui/client.yml", body, cs, "spotify", "client-secret", "client.yml"


def p_weechat(r):
    u, _, _ = person(r)
    pw = human_password(r)
    body = ["#", "# weechat -- irc.conf", "#", "", "[server]", 'libera.addresses = "irc.libera.chat/6697"', "libera.tls = on",
            "libera.sasl_mechanism = plain", f'libera.sasl_username = "{u}"', f'libera.sasl_password = "{pw}"', "libera.autoconnect = on",
            f'libera.nicks = "{u},{u}_"', 'libera.autojoin = "#nixos,#neovim,##rust"']
    return prefix_dir(r) + r.choice([".config/weechat/irc.conf", ".weechat/irc.conf"]), body, pw, "libera.chat", "password", "irc.conf"


def p_wakatime_cfg(r):
    tok = mint(r, "wakatime")
    body = ["[settings]", "debug = false", "hidefilenames = false", "ignore =", "    COMMIT_EDITMSG$", "    PULLREQ_EDITMSG$",
            "    MERGE_MSG$", f"api_key = {tok}", "status_bar_enabled = true"]
    if r.random() < 0.3:
        body[7] = f"api_key = {tok.replace('waka_', '')}"
        tok = tok.replace("waka_", "")
    return prefix_dir(r) + ".wakatime.cfg", body, tok, "wakatime", "api-key", ".wakatime.cfg"


def p_vscode_ext(r):
    c = r.randrange(3)
    if c == 0:
        pw = human_password(r)
        sl = ['  "sqltools.connections": [', "    {", '      "previewLimit": 50,', '      "server": "localhost",', '      "port": 5432,',
              '      "driver": "PostgreSQL",', f'      "name": "{r.choice(["local pg", "dev db", "homelab"])}",', '      "database": "app_dev",',
              f'      "username": "{person(r)[0]}",', f'      "password": "{pw}"', "    }", "  ],"]
        needle, prov, kind = pw, "postgres", "password"
    elif c == 1:
        key = r.choice(["github", "openai", "linear", "notion"])
        tok = mint(r, key)
        sl = ['  "rest-client.environmentVariables": {', '    "$shared": {', '      "version": "v1"', "    },", '    "dev": {',
              f'      "host": "{r.choice(["api.github.com", "api.openai.com", "api.linear.app", "api.notion.com"])}",', f'      "token": "{tok}"', "    }", "  },"]
        needle, prov, kind = tok, TOK[key][0], TOK[key][1]
    else:
        key = r.choice(["openai", "deepseek", "anthropic"])
        tok = mint(r, key)
        k = r.choice(['"chatgpt.gpt3.apiKey"', '"codegpt.apiKey"', '"genieai.openai.apiKey"', '"aiassistant.apiKey"'])
        sl = [f"  {k}: \"{tok}\","]
        needle, prov, kind = tok, TOK[key][0], TOK[key][1]
    body = ["{", "  // Appearance", f'  "workbench.colorTheme": "{r.choice(["Catppuccin Mocha", "One Dark Pro", "Gruvbox Dark Hard"])}",',
            '  "editor.fontFamily": "JetBrains Mono, monospace",', '  "editor.fontLigatures": true,', '  "editor.minimap.enabled": false,', ""] + sl + [
            '  "telemetry.telemetryLevel": "off",', '  "vim.useSystemClipboard": true', "}"]
    return prefix_dir(r) + r.choice(["Library/Application Support/Code/User/settings.json", ".config/Code/User/settings.json", "vscode/settings.json"]), body, needle, prov, kind, "settings.json"


def p_jetbrains(r):
    u, _, _ = person(r)
    pw = human_password(r)
    db = r.choice([("postgresql", 5432, "org.postgresql.Driver"), ("mysql", 3306, "com.mysql.cj.jdbc.Driver")])
    body = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
            f'    <data-source source="LOCAL" name="{r.choice(["dev@localhost", "homelab", "staging"])}" uuid="{ruuid(r)}">', f"      <driver-ref>{db[0]}</driver-ref>",
            "      <synchronize>true</synchronize>", f"      <jdbc-driver>{db[2]}</jdbc-driver>",
            f"      <jdbc-url>jdbc:{db[0]}://localhost:{db[1]}/app_dev?user={u}&amp;password={pw}</jdbc-url>",
            "      <working-dir>$ProjectFileDir$</working-dir>", "    </data-source>", "  </component>", "</project>"]
    if "&" in pw or "<" in pw:
        return p_jetbrains(r)
    return r.choice(["", "projects/app/", "src/api/"]) + ".idea/dataSources.xml", body, pw, {"postgresql": "postgres"}.get(db[0], db[0]), "password", "dataSources.xml"


def p_brewfile(r):
    tok = mint(r, "github")
    body = ["# Brewfile", f'ENV["HOMEBREW_GITHUB_API_TOKEN"] = "{tok}"', "", 'tap "homebrew/bundle"', 'tap "homebrew/services"',
            'brew "git"', 'brew "neovim"', 'brew "ripgrep"', 'brew "fzf"', 'brew "gh"', 'cask "wezterm"', 'cask "raycast"',
            'cask "1password-cli"', 'mas "Things 3", id: 904280696', 'vscode "continue.continue"']
    return prefix_dir(r) + "Brewfile", body, tok, "github", "pat-classic", "Brewfile"


def p_cli_arg(r):
    """Token passed as a positional / flag argument in a bootstrap script."""
    key = r.choice(["tailscale", "ngrok", "github", "cloudflare", "doppler_st", "huggingface"])
    tok = mint(r, key)
    cmd = {"tailscale": f"sudo tailscale up --authkey={tok} --ssh", "ngrok": f"ngrok config add-authtoken {tok}",
           "github": f'echo "{tok}" | gh auth login --with-token', "cloudflare": f"cloudflared service install {tok}",
           "doppler_st": f"doppler configure set token {tok} --scope ~/src/app", "huggingface": f"huggingface-cli login --token {tok}"}[key]
    body = ["#!/usr/bin/env bash", "# new-machine bootstrap", "set -euo pipefail", "", "sudo apt-get update -y",
            "sudo apt-get install -y git curl zsh tmux", "", cmd, "", 'chsh -s "$(command -v zsh)"', 'echo "bootstrap complete"']
    if key == "cloudflare":
        tok_c = b64(json.dumps({"a": hexs(r, 32), "t": ruuid(r), "s": b64(rbytes(r, 32))}, separators=(",", ":")).encode())
        body[7] = f"sudo cloudflared service install {tok_c}"
        return prefix_dir(r) + r.choice(["bootstrap.sh", "install.sh", "scripts/provision.sh"]), body, tok_c, "cloudflare", "tunnel-token", "install.sh"
    return prefix_dir(r) + r.choice(["bootstrap.sh", "install.sh", "scripts/provision.sh"]), body, tok, TOK[key][0], TOK[key][1], "install.sh"


def p_misc_cfg(r):
    c = r.randrange(5)
    u, _, email = person(r)
    if c == 0:
        tok = mint(r, "pulumi")
        body = ["{", f'    "current": "https://api.pulumi.com",', '    "accessTokens": {', f'        "https://api.pulumi.com": "{tok}"', "    },",
                '    "accounts": {', '        "https://api.pulumi.com": {', f'            "accessToken": "{tok}",' if False else f'            "username": "{u}",',
                '            "organizations": ["' + u + '"]', "        }", "    }", "}"]
        return prefix_dir(r) + ".pulumi/credentials.json", body, tok, "pulumi", "access-token", "credentials.json"
    if c == 1:
        tok = mint(r, "databricks")
        body = ["[DEFAULT]", f"host  = https://dbc-{hexs(r, 8)}-{hexs(r, 4)}.cloud.databricks.com", f"token = {tok}", "", "[staging]",
                "host      = https://adb-" + str(r.randrange(10**15, 10**16)) + ".7.azuredatabricks.net", "auth_type = databricks-cli"]
        return prefix_dir(r) + ".databrickscfg", body, tok, "databricks", "pat", ".databrickscfg"
    if c == 2:
        tok = mint(r, "sentry")
        body = ["[defaults]", "url = https://sentry.io/", f"org = {u}", "project = dotfiles-cli", "", "[auth]", f"token = {tok}"]
        return prefix_dir(r) + ".sentryclirc", body, tok, "sentry", "user-auth-token", ".sentryclirc"
    if c == 3:
        tok = mint(r, "vercel")
        body = ["{", '  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",', '  "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",',
                f'  "token": "{tok}"', "}"]
        return prefix_dir(r) + r.choice([".local/share/com.vercel.cli/auth.json", "Library/Application Support/com.vercel.cli/auth.json"]), body, tok, "vercel", "access-token", "auth.json"
    tok = ruuid(r)
    body = ["{", f'  "api_key": "{tok}",', '  "portal_url": "",', '  "api_url": "https://server.codeium.com",', '  "enable_chat": true', "}"]
    return prefix_dir(r) + r.choice([".codeium/config.json", ".cache/nvim/codeium/config.json"]), body, tok, "codeium", "api-key", "config.json"


# ================================================================ negatives
def classify_ref(v):
    if any(x in v for x in ("op://", "$(", "{{", "`", "(op ", "(pass", "(gpg", "(security", "(rbw", "(bw ", "(gopass",
                            "(secret-tool", "(cat ", "(sops", "(age ", "(doppler", "(vault", "(keyring", "(kwallet",
                            "(gh ", "(Get-", "config.sops", "config.age", "lookup(")):
        return "secret-manager-lookup"
    if "$" in v:
        return "env-reference"
    if any(x in v for x in ("*", "\u2026", "REDACTED", "redacted")):
        return "masked"
    return "placeholder"


def n_env(r):
    key = r.choice(POS_ENV_KEYS)
    ct = r.choice(ENV_CONTAINERS)
    name, _ = pick_env_name(r, key)
    v = env_ref(ct, r, key, name)
    if key == "bw" and ct in SH_LIKE and r.random() < 0.6:
        v = '"$(bw unlock --raw)"'
    if key.startswith("doppler") and ct in SH_LIKE and r.random() < 0.5:
        v = '"$(doppler configure get token --plain)"'
    if key == "vault" and ct in SH_LIKE and r.random() < 0.5:
        v = '"$(vault print token)"'
    slot = env_assign(ct, r, name, v)
    path, lines, ft = build_env_file(r, ct, slot, key)
    return path, lines, TOK[key][0], classify_ref(v), ft


PUBLIC_VALUES = [
    ("stripe", "publishable-key", ["STRIPE_PUBLISHABLE_KEY", "STRIPE_PK", "NEXT_PUBLIC_STRIPE_KEY"], lambda r: "pk_live_51" + rs(r, ALNUM, 97)),
    ("mapbox", "public-token", ["MAPBOX_PUBLIC_TOKEN", "MAPBOX_ACCESS_TOKEN", "MAPBOX_TOKEN"], lambda r: t_mapbox(r, "pk")),
    ("spotify", "client-id", ["SPOTIFY_CLIENT_ID", "SPOTIPY_CLIENT_ID"], lambda r: hexs(r, 32)),
    ("google", "oauth-client-id", ["GOOGLE_CLIENT_ID", "GCAL_CLIENT_ID"], lambda r: f"{r.randrange(10**11, 10**12)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com"),
    ("github", "oauth-app-client-id", ["GITHUB_CLIENT_ID", "GH_OAUTH_CLIENT_ID"], lambda r: r.choice(["Iv1." + hexs(r, 16), "Ov23li" + rs(r, ALNUM, 14)])),
    ("sentry", "dsn", ["SENTRY_DSN"], lambda r: f"https://{hexs(r, 32)}@o{r.randrange(100000, 999999)}.ingest.sentry.io/{r.randrange(1000000, 9999999)}"),
    ("azure", "tenant-id", ["AZURE_TENANT_ID", "ARM_TENANT_ID", "AZURE_CLIENT_ID"], ruuid),
    ("aws", "account-id", ["AWS_ACCOUNT_ID"], lambda r: str(r.randrange(10**11, 10**12))),
    ("slack", "team-id", ["SLACK_TEAM_ID"], lambda r: "T0" + rs(r, UP + DIG, 9)),
    ("age", "recipient", ["SOPS_AGE_RECIPIENTS", "AGE_RECIPIENT"], age_recipient),
    ("gnupg", "key-fingerprint", ["GPG_KEY", "GPG_FINGERPRINT", "SIGNING_KEY"], lambda r: rs(r, "0123456789ABCDEF", 40)),
    ("algolia", "search-only-key", ["ALGOLIA_SEARCH_KEY", "DOCSEARCH_API_KEY"], lambda r: hexs(r, 32)),
    ("cloudflare", "account-id", ["CLOUDFLARE_ACCOUNT_ID", "CF_ACCOUNT_ID"], lambda r: hexs(r, 32)),
    ("supabase", "anon-key", ["SUPABASE_ANON_KEY", "NEXT_PUBLIC_SUPABASE_ANON_KEY"],
     lambda r: b64u(b'{"alg":"HS256","typ":"JWT"}') + "." + b64u(json.dumps({"iss": "supabase", "ref": rs(r, LO, 20), "role": "anon", "iat": 1700000000 + r.randrange(10**7), "exp": 2000000000 + r.randrange(10**7)}, separators=(",", ":")).encode()) + "." + b64u(rbytes(r, 32))),
]


def n_public_env(r):
    prov, kind, names, gen = r.choice(PUBLIC_VALUES)
    ct = r.choice([c for c in ENV_CONTAINERS if c not in ("vscode",)])
    name = r.choice(names)
    v = gen(r)
    slot = env_assign(ct, r, name, env_lit(ct, r, v))
    slot = [r.choice(["# public value, safe to commit", "# not a secret (documented as public)", "# publishable", "# id, not a secret"])] + slot if r.random() < 0.4 else slot
    ckey = {"stripe": "stripe", "mapbox": "mapbox", "sentry": "sentry", "azure": "azure", "slack": "slack_bot", "cloudflare": "cloudflare",
            "supabase": "supabase", "github": "github", "google": "gemini"}.get(prov, "github")
    path, lines, ft = build_env_file(r, ct, slot, ckey)
    return path, lines, prov, kind, ft


def n_gitconfig(r):
    u, full, email = person(r)
    c = r.randrange(4)
    body = ["[user]", f"\tname = {full}", f"\temail = {email}"]
    if c == 0:
        body += [f"\tsigningkey = {r.choice(['', '0x'])}{rs(r, '0123456789ABCDEF', r.choice([16, 40]))}", "[commit]", "\tgpgsign = true", "[tag]", "\tgpgSign = true"]
        kind = "key-fingerprint"
    elif c == 1:
        body += [f"\tsigningkey = {ssh_ed25519_pub(r, '')}", "[gpg]", "\tformat = ssh", '[gpg "ssh"]',
                 '\tprogram = "/Applications/1Password.app/Contents/MacOS/op-ssh-sign"', "\tallowedSignersFile = ~/.config/git/allowed_signers", "[commit]", "\tgpgsign = true"]
        kind = "ssh-public-key"
    elif c == 2:
        body += ["[credential]", f"\thelper = {r.choice(['osxkeychain', 'cache --timeout=3600', 'manager', 'libsecret', '/usr/lib/git-core/git-credential-libsecret'])}",
                 '[credential "https://github.com"]', "\thelper =", "\thelper = !/opt/homebrew/bin/gh auth git-credential",
                 '[credential "https://gitlab.com"]', "\thelper = !glab auth git-credential"]
        kind = "credential-helper"
    else:
        body += ["[github]", f"\tuser = {u}", "\t# token comes from `gh auth token` (keyring), see ~/.zshrc", '[url "git@github.com:"]', "\tinsteadOf = https://github.com/",
                 '[url "https://github.com/"]', "\tinsteadOf = gh:"]
        kind = "credential-helper"
    body += GITCONFIG_HEAD[:r.randrange(4, len(GITCONFIG_HEAD) + 1)]
    return prefix_dir(r) + r.choice([".gitconfig", "git/.gitconfig", ".config/git/config"]), body, "github" if c >= 2 else "gnupg", kind, ".gitconfig"


def n_gh_hosts(r):
    u, _, _ = person(r)
    c = r.random()
    if c < 0.6:
        body = ["github.com:", "    users:", f"        {u}:", f"    git_protocol: {r.choice(['https', 'ssh'])}", f"    user: {u}"]
        kind = "keyring-reference"
    else:
        body = ["github.com:", f"    oauth_token: {r.choice(['gho_', 'ghp_'])}{r.choice(['****', chr(0x2026)])}{rs(r, ALNUM, 4)}", f"    user: {u}", "    git_protocol: ssh"]
        kind = "masked"
    body += ["# tokens live in the OS keyring since gh 2.40", "# (gh auth status --show-token to see it)"]
    if r.random() < 0.5:
        return prefix_dir(r) + ".config/gh/hosts.yml", body, "github", kind, "hosts.yml"
    body = ["version: \"1\"", "git_protocol: ssh", "editor: nvim", "prompt: enabled", "pager: delta", "aliases:", "    co: pr checkout",
            "    prv: pr view --web", "http_unix_socket:", "browser:"]
    return prefix_dir(r) + ".config/gh/config.yml", body, "github", "config", "config.yml"


def n_glab(r):
    u, _, _ = person(r)
    body = ["git_protocol: ssh", "editor: nvim", "check_update: false", "hosts:", "    gitlab.com:", "        api_protocol: https",
            "        api_host: gitlab.com", f"        token: {r.choice(['', '!!null', 'glpat-' + chr(0x2026) + rs(r, ALNUM, 4), '<set via glab auth login>'])}",
            "        is_keyring_token: true" if r.random() < 0.5 else "        git_protocol: ssh", f"        user: {u}"]
    return prefix_dir(r) + ".config/glab-cli/config.yml", body, "gitlab", "keyring-reference", "config.yml"


def n_npmrc(r):
    u, full, email = person(r)
    body = [f"init-author-name={full}", f"init-author-email={email}", "save-exact=true", "fund=false",
            r.choice(["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}"]),
            f"@{u}:registry=https://npm.pkg.github.com", r.choice(["//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}", "//npm.pkg.github.com/:_authToken=${GH_PACKAGES_TOKEN}"]),
            "prefix=${HOME}/.npm-global"]
    return prefix_dir(r) + ".npmrc", body, "npm", "env-reference", ".npmrc"


def n_pypirc(r):
    body = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__",
            r.choice(["# password is read from the keyring (keyring set https://upload.pypi.org/legacy/ __token__)",
                      "password = <paste pypi-... token here>", "password = pypi-" + chr(0x2026)]), "", "[testpypi]",
            "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return prefix_dir(r) + ".pypirc", body, "pypi", "keyring-reference", ".pypirc"


def n_cargo(r):
    body = ["[registry]", r.choice(['global-credential-providers = ["cargo:macos-keychain"]', 'global-credential-providers = ["cargo:libsecret"]',
                                    'global-credential-providers = ["cargo:token-from-stdout op read op://Private/crates.io/credential"]']),
            "", "[build]", 'rustc-wrapper = "sccache"', "", "[net]", "git-fetch-with-cli = true", "",
            "[registries.my-registry]", 'index = "sparse+https://cargo.example-corp.net/index/"', 'credential-provider = "cargo:token"']
    return prefix_dir(r) + ".cargo/config.toml", body, "crates.io", "credential-helper", "config.toml"


def n_docker(r):
    acct = str(r.randrange(10**11, 10**12))
    body = ["{", '\t"auths": {', '\t\t"https://index.docker.io/v1/": {},', '\t\t"ghcr.io": {}', "\t},",
            f'\t"credsStore": "{r.choice(["desktop", "osxkeychain", "pass", "secretservice"])}",', '\t"credHelpers": {',
            '\t\t"gcr.io": "gcloud",', f'\t\t"{acct}.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"', "\t},",
            f'\t"currentContext": "{r.choice(["colima", "orbstack", "desktop-linux"])}"', "}"]
    return prefix_dir(r) + ".docker/config.json", body, "docker", "credential-helper", "config.json"


def n_aws(r):
    u, _, email = person(r)
    if r.random() < 0.7:
        acct = str(r.randrange(10**11, 10**12))
        body = ["[default]", "region = eu-central-1", "output = json", "", "[profile work]",
                f"sso_session = {r.choice(['corp', 'acme'])}", f"sso_account_id = {acct}", "sso_role_name = PowerUserAccess", "region = eu-west-1", "",
                f"[sso-session {r.choice(['corp', 'acme'])}]", f"sso_start_url = https://d-{hexs(r, 10)}.awsapps.com/start", "sso_region = eu-west-1",
                "sso_registration_scopes = sso:account:access", "", "[profile personal]", "credential_process = aws-vault export --format=json personal"]
        return prefix_dir(r) + ".aws/config", body, "aws", "credential-helper", "aws config"
    body = ["[default]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "",
            "# ^ the example pair from the AWS docs; real keys come from aws-vault", "[personal]", "credential_process = aws-vault export --format=json personal"]
    return prefix_dir(r) + r.choice([".aws/credentials.example", "aws/credentials.sample"]), body, "aws", "test-vector", "aws credentials"


def n_gcloud(r):
    u, _, email = person(r)
    if r.random() < 0.5:
        body = ["[core]", f"account = {email}", f"project = {r.choice(['homelab', 'scratch', 'side-proj'])}-{r.randrange(100000, 999999)}",
                "disable_usage_reporting = True", "", "[compute]", "region = europe-west3", "zone = europe-west3-b", "", "[auth]",
                "# credentials live in ~/.config/gcloud/credentials.db (not tracked)"]
        return prefix_dir(r) + ".config/gcloud/configurations/config_default", body, "google", "config", "gcloud config"
    body = ["{", '  "type": "external_account",', '  "audience": "//iam.googleapis.com/projects/' + str(r.randrange(10**11, 10**12)) + '/locations/global/workloadIdentityPools/gh/providers/github",',
            '  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",', '  "token_url": "https://sts.googleapis.com/v1/token",',
            '  "credential_source": {', '    "executable": {', '      "command": "gh auth token",', '      "timeout_millis": 5000', "    }", "  }", "}"]
    return prefix_dir(r) + ".config/gcloud/application_default_credentials.json", body, "google", "credential-helper", "application_default_credentials.json"


def n_azure(r):
    u, _, email = person(r)
    body = ['{"installationId": "' + ruuid(r) + '", "subscriptions": [{', f'  "id": "{ruuid(r)}",', '  "name": "Pay-As-You-Go",', '  "state": "Enabled",',
            f'  "user": {{"name": "{email}", "type": "user"}},', '  "isDefault": true,', f'  "tenantId": "{ruuid(r)}",', '  "environmentName": "AzureCloud",',
            f'  "homeTenantId": "{ruuid(r)}",', '  "managedByTenants": []', "}]}"]
    return prefix_dir(r) + ".azure/azureProfile.json", body, "azure", "uuid", "azureProfile.json"


def fake_cert_b64(r):
    der = b"\x30\x82\x03" + bytes([r.randrange(0x00, 0xff)]) + b"\x30\x82\x02" + rbytes(r, 700)
    e = b64(der)
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(e[i:i + 64] for i in range(0, len(e), 64)) + "\n-----END CERTIFICATE-----\n"
    return b64(pem.encode())


def n_kube(r):
    u, _, _ = person(r)
    c = r.randrange(3)
    cl = r.choice(["prod-eks", "gke-dev", "aks-lab", "homelab"])
    if c == 0:
        usr = ["    exec:", "      apiVersion: client.authentication.k8s.io/v1beta1", "      command: aws",
               "      args: [--region, eu-central-1, eks, get-token, --cluster-name, " + cl + "]", "      interactiveMode: IfAvailable"]
    elif c == 1:
        usr = ["    exec:", "      apiVersion: client.authentication.k8s.io/v1beta1", "      command: gke-gcloud-auth-plugin",
               "      installHint: Install gke-gcloud-auth-plugin for use with kubectl", "      provideClusterInfo: true"]
    else:
        usr = ["    exec:", "      apiVersion: client.authentication.k8s.io/v1beta1", "      command: kubelogin",
               "      args: [get-token, --login, devicecode, --server-id, " + ruuid(r) + ", --client-id, " + ruuid(r) + "]"]
    body = ["apiVersion: v1", "clusters:", "- cluster:", f"    certificate-authority-data: {fake_cert_b64(r)}",
            f"    server: https://{hexs(r, 32).upper()}.gr7.eu-central-1.eks.amazonaws.com", f"  name: {cl}", "contexts:", "- context:",
            f"    cluster: {cl}", f"    user: {u}", f"  name: {cl}", f"current-context: {cl}", "kind: Config", "preferences: {}", "users:", f"- name: {u}", "  user:"] + usr
    return prefix_dir(r) + ".kube/config", body, "kubernetes", "public-ca-cert", "kubeconfig"


def n_terraformrc(r):
    body = ['plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"', "disable_checkpoint = true", "",
            r.choice(['credentials_helper "keychain" {', 'credentials_helper "1password" {']), '  args = []', "}", "",
            "# `terraform login` stores the token via the helper above"]
    return prefix_dir(r) + ".terraformrc", body, "terraform-cloud", "credential-helper", ".terraformrc"


def n_ssh(r):
    u, full, email = person(r)
    host = r.choice(HOSTS)
    c = r.randrange(5)
    pubs = [ssh_ed25519_pub, ssh_ed25519_pub, ssh_rsa_pub, ssh_ecdsa_pub]
    if c == 0:
        name = r.choice(["id_ed25519.pub", "id_ed25519_github.pub", "yubikey.pub"])
        body = [r.choice(pubs)(r, f"{u}@{host}")]
        # .pub files are one line; put them in an authorized_keys-like bundle to reach 5 lines
        body = [f"# public keys for {u} (safe to publish)"] + [r.choice(pubs)(r, f"{u}@{h}") for h in r.sample(HOSTS, 4)]
        return prefix_dir(r) + r.choice(["ssh/authorized_keys", ".ssh/authorized_keys", "keys/" + u + ".pub"]), body, "ssh", "ssh-public-key", "authorized_keys"
    if c == 1:
        body = []
        for h in ["github.com", "gitlab.com", "codeberg.org", f"nas.{r.choice(['lan', 'home.arpa'])}", "192.168.1." + str(r.randrange(2, 250))]:
            if r.random() < 0.3:
                body.append(f"|1|{b64(rbytes(r, 20))}|{b64(rbytes(r, 20))} " + ssh_ed25519_pub(r, "").strip())
            else:
                body.append(f"{h} " + r.choice(pubs)(r, "").strip())
        return prefix_dir(r) + ".ssh/known_hosts", body, "ssh", "host-key", "known_hosts"
    if c == 2:
        body = ["# git commit signing - allowed signers"] + [f"{e} namespaces=\"git\" " + ssh_ed25519_pub(r, "").strip() for e in [email, person(r)[2], person(r)[2], person(r)[2]]]
        return prefix_dir(r) + r.choice([".config/git/allowed_signers", "git/allowed_signers"]), body, "ssh", "ssh-public-key", "allowed_signers"
    if c == 3:
        body = ["Host *", '  IdentityAgent "~/Library/Group Containers/2BUA8C4S2C.com.1password/t/agent.sock"', "  AddKeysToAgent yes",
                "  ServerAliveInterval 60", "", "Host github.com", "  User git", "  IdentityFile ~/.ssh/id_ed25519_github.pub",
                "  IdentitiesOnly yes", "", "Host nas", f"  HostName nas.{r.choice(['lan', 'home.arpa'])}", f"  User {u}", "  Port 2222",
                "  IdentityFile ~/.ssh/id_ed25519"]
        return prefix_dir(r) + r.choice([".ssh/config", "ssh/config"]), body, "ssh", "config-reference", "ssh config"
    body = ["# ~/.config/1Password/ssh/agent.toml", "", "[[ssh-keys]]", 'item = "GitHub signing key"', 'vault = "Private"', "",
            "[[ssh-keys]]", 'vault = "Work"', f'account = "{person(r)[2]}"']
    return prefix_dir(r) + ".config/1Password/ssh/agent.toml", body, "1password", "config-reference", "agent.toml"


def n_gpg(r):
    u, full, email = person(r)
    c = r.randrange(3)
    fp = rs(r, "0123456789ABCDEF", 40)
    if c == 0:
        blk = pgp_public_key(r, f"{full} <{email}>")
        return prefix_dir(r) + r.choice(["gnupg/public.asc", "keys/" + u + ".asc", "gpg/pubkey.asc"]), blk, "gnupg", "pgp-public-key", ".asc"
    if c == 1:
        body = ["# ~/.gnupg/gpg.conf", f"default-key {fp}", f"trusted-key 0x{fp[-16:]}", "keyid-format 0xlong", "with-fingerprint",
                "personal-digest-preferences SHA512 SHA384 SHA256", "cert-digest-algo SHA512", "no-emit-version", "keyserver hkps://keys.openpgp.org"]
        return prefix_dir(r) + r.choice([".gnupg/gpg.conf", "gnupg/gpg.conf"]), body, "gnupg", "key-fingerprint", "gpg.conf"
    body = ["# pass(1) store metadata", f"# .password-store/.gpg-id -> {fp}", "", "# entries (encrypted, see .gpg files):", "#   api/openai", "#   api/anthropic",
            "#   mail/fastmail", f"{fp}"]
    return prefix_dir(r) + r.choice([".password-store/.gpg-id.md", "pass/README.md"]), body, "pass", "key-fingerprint", "README.md"


def sops_enc(r, n):
    return f"ENC[AES256_GCM,data:{b64(rbytes(r, n))},iv:{b64(rbytes(r, 32))},tag:{b64(rbytes(r, 16))},type:str]"


def n_crypto(r):
    u, _, _ = person(r)
    c = r.randrange(5)
    rec = age_recipient(r)
    if c == 0:
        body = ["creation_rules:", "  - path_regex: secrets/.*\\.ya?ml$", "    key_groups:", "      - age:", f"          - {rec}", f"          - {age_recipient(r)}",
                "  - path_regex: .*\\.env$", f"    age: {rec}"]
        return prefix_dir(r) + ".sops.yaml", body, "age", "recipient", ".sops.yaml"
    if c == 1:
        keys = r.sample(["openai_api_key", "anthropic_api_key", "github_token", "npm_token", "mail_password", "tailscale_authkey"], 3)
        body = [f"{k}: {sops_enc(r, r.choice([40, 51, 108, 164]))}" for k in keys]
        body += ["sops:", "    kms: []", "    gcp_kms: []", "    age:", f"        - recipient: {rec}", "          enc: |"]
        body += ["            " + x for x in age_armored(r)]
        body += [f"    lastmodified: \"2024-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}T09:1{r.randrange(0, 9)}:44Z\"", f"    mac: {sops_enc(r, 32)}", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
        return prefix_dir(r) + r.choice(["secrets/secrets.yaml", "home/secrets.enc.yaml", "nix/secrets/default.yaml"]), body, "sops", "ciphertext", "sops .yaml"
    if c == 2:
        body = age_armored(r)
        body = body + [""] if len(body) >= 5 else body
        return prefix_dir(r) + r.choice(["secrets/env.age", "private/tokens.age", "dot_secrets.age"]), body, "age", "ciphertext", ".age"
    if c == 3:
        body = pgp_message(r)
        return prefix_dir(r) + r.choice([".authinfo.gpg.asc", "secrets.asc", "mail/passwords.asc"]), body, "gnupg", "ciphertext", ".asc"
    hexblob = hexs(r, 80 * r.randrange(4, 9))
    body = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexblob[i:i + 80] for i in range(0, len(hexblob), 80)]
    return prefix_dir(r) + r.choice(["ansible/group_vars/all/vault.yml", "group_vars/workstations/vault.yml"]), body, "ansible", "ciphertext", "ansible .yml"


def n_mcp(r):
    key = r.choice(list(MCP_SERVERS))
    _, _, envname = MCP_SERVERS[key]
    c = r.randrange(5)
    extra = None
    if c == 0:
        env = [(envname, json.dumps("${input:" + envname.lower() + "}"))]
        extra = ['  "inputs": [', "    {", '      "type": "promptString",', f'      "id": "{envname.lower()}",',
                 f'      "description": "{TOK[key][0]} token",', '      "password": true', "    }", "  ],"]
        kind = "input-reference"
        path, lines, ft = mcp_file(r, key, env, extra_fields=extra, flavor="vscode")
        return path, lines, TOK[key][0], kind, ft
    if c == 1:
        env = [(envname, json.dumps(f"op://{r.choice(['Private', 'Dev'])}/{TOK[key][0]}/credential"))]
        path, lines, ft = mcp_file(r, key, env)
        lines = [x.replace('"command": "npx"', '"command": "op"', 1) if f'"{MCP_SERVERS[key][0]}"' in lines[i - 1] else x for i, x in enumerate(lines)]
        lines = [x.replace('"args": ["-y"', '"args": ["run", "--", "npx", "-y"', 1) for x in lines]
        return path, lines, TOK[key][0], "secret-manager-lookup", ft
    if c == 2:
        env = [(envname, json.dumps(r.choice([placeholder(r, key), "<YOUR_TOKEN>", "", mask(r, key)])))]
        if key == "slack_bot":
            env.append(("SLACK_TEAM_ID", json.dumps("T0" + rs(r, UP + DIG, 9))))
        path, lines, ft = mcp_file(r, key, env)
        return path, lines, TOK[key][0], classify_ref(env[0][1]) if env[0][1] != '""' else "placeholder", ft
    if c == 3:
        env = [(envname, json.dumps("${env:" + envname + "}"))]
        path, lines, ft = mcp_file(r, key, env, flavor=r.choice(["cursor", "vscode"]))
        return path, lines, TOK[key][0], "env-reference", ft
    env = []
    path, lines, ft = mcp_file(r, key, env)
    cmdtxt = {"github": "gh auth token"}.get(TOK[key][0], f"security find-generic-password -w -s {TOK[key][0]}")
    lines = [x.replace('"command": "npx"', '"command": "sh"') if i > 0 and f'"{MCP_SERVERS[key][0]}"' in lines[i - 1] else x for i, x in enumerate(lines)]
    out = []
    for i, x in enumerate(lines):
        if i > 1 and '"command": "sh"' in lines[i - 1]:
            pkg = " ".join(MCP_SERVERS[key][1])
            out.append(f'      "args": ["-c", "{envname}=$({cmdtxt}) exec npx {pkg}"]')
        else:
            out.append(x)
    return path, out, TOK[key][0], "secret-manager-lookup", ft


def n_claude_code(r):
    body = ["{", '  "$schema": "https://json.schemastore.org/claude-code-settings.json",',
            f'  "apiKeyHelper": "{r.choice(["~/bin/anthropic-key.sh", "op read op://Private/Anthropic/credential", "security find-generic-password -w -s anthropic"])}",',
            '  "permissions": {', '    "allow": ["Bash(npm run test:*)", "Bash(git log:*)"],', '    "deny": ["Read(./.env)", "Read(~/.aws/**)"]', "  },",
            '  "env": {', '    "CLAUDE_CODE_ENABLE_TELEMETRY": "0",', f'    "ANTHROPIC_MODEL": "{r.choice(["claude-sonnet-4-5", "claude-opus-4-1"])}"', "  }", "}"]
    return prefix_dir(r) + ".claude/settings.json", body, "anthropic", "secret-manager-lookup", "settings.json"


def n_zed(r):
    body = ["// Zed settings", "{", '  "theme": "One Dark",', '  "vim_mode": true,', '  "language_models": {', '    "openai": {',
            '      "api_url": "https://api.openai.com/v1",', '      "available_models": [{ "name": "gpt-4o", "max_tokens": 128000 }]', "    },",
            '    "ollama": { "api_url": "http://localhost:11434" }', "  },", "  // API keys are stored in the system keychain by Zed",
            '  "assistant": { "version": "2", "default_model": { "provider": "anthropic", "model": "claude-3-5-sonnet-latest" } }', "}"]
    return prefix_dir(r) + ".config/zed/settings.json", body, "openai", "keyring-reference", "settings.json"


def n_continue(r):
    key = r.choice(["openai", "anthropic", "mistral", "groq", "gemini"])
    if r.random() < 0.5:
        body = ["name: Local Assistant", "version: 1.0.0", "schema: v1", "models:", f"  - name: {key} main", f"    provider: {key}",
                "    model: " + {"openai": "gpt-4o", "anthropic": "claude-3-5-sonnet-latest", "mistral": "codestral-latest", "groq": "llama-3.1-70b-versatile", "gemini": "gemini-1.5-pro"}[key],
                f"    apiKey: ${{{{ secrets.{TOK[key][3][0]} }}}}", "    roles:", "      - chat", "  - name: autocomplete", "    provider: ollama", "    model: qwen2.5-coder:1.5b"]
        return prefix_dir(r) + ".continue/config.yaml", body, TOK[key][0], "secret-reference", "config.yaml"
    v = r.choice([placeholder(r, key), "", "<YOUR_" + key.upper() + "_API_KEY>"])
    body = ["{", '  "models": [', "    {", f'      "title": "{key}",', f'      "provider": "{key}",', '      "model": "default",',
            f'      "apiKey": "{v}"', "    }", "  ],", '  "tabAutocompleteModel": { "title": "local", "provider": "ollama", "model": "starcoder2:3b" }', "}"]
    return prefix_dir(r) + ".continue/config.json", body, TOK[key][0], "placeholder", "config.json"


def n_aider_llm(r):
    if r.random() < 0.5:
        body = ["# .aider.conf.yml", "# keys come from the environment (direnv + op run), never from this file", "model: sonnet",
                "weak-model: haiku", "dark-mode: true", "auto-commits: false", "env-file: ~/.config/aider/.env", "api-key:",
                f"  - gemini={r.choice(['<key>', '$GEMINI_API_KEY', ''])}"]
        return prefix_dir(r) + ".aider.conf.yml", body, "google", "placeholder", ".aider.conf.yml"
    body = ["- model_id: openrouter-sonnet", "  model_name: anthropic/claude-3.5-sonnet", "  api_base: https://openrouter.ai/api/v1",
            "  api_key_name: openrouter", "- model_id: groq-llama", "  model_name: llama-3.1-70b-versatile", "  api_base: https://api.groq.com/openai/v1",
            "  api_key_name: groq"]
    return prefix_dir(r) + ".config/io.datasette.llm/extra-openai-models.yaml", body, "openrouter", "key-name-reference", "extra-openai-models.yaml"


def n_nvim(r):
    c = r.randrange(5)
    if c == 4:
        plugs = ["lazy.nvim", "telescope.nvim", "nvim-treesitter", "nvim-lspconfig", "gitsigns.nvim", "catppuccin", "ChatGPT.nvim",
                 "codecompanion.nvim", "avante.nvim", "copilot.lua", "which-key.nvim", "mini.nvim", "conform.nvim", "oil.nvim", "plenary.nvim"]
        sel = sorted(r.sample(plugs, r.randrange(6, 13)), key=str.lower)
        body = ["{"] + [f'  "{p}": {{ "branch": "{r.choice(["main", "master"])}", "commit": "{hexs(r, 40)}" }}' + ("," if i < len(sel) - 1 else "") for i, p in enumerate(sel)] + ["}"]
        return prefix_dir(r) + r.choice([".config/nvim/lazy-lock.json", "nvim/lazy-lock.json"]), body, "neovim", "git-commit-sha", "lazy-lock.json"
    opref = f"op://{r.choice(['Private', 'Dev'])}/{r.choice(['OpenAI', 'Anthropic'])}/credential"
    plug = [["  {", "    'jackMort/ChatGPT.nvim',", "    config = function()", "      require('chatgpt').setup({",
             f"        api_key_cmd = '{r.choice(['op read ' + opref + ' --no-newline', 'pass show api/openai', 'gpg --decrypt ' + chr(126) + '/.secrets/openai.gpg'])}',",
             "      })", "    end,", "  },"],
            ["  {", "    'olimorris/codecompanion.nvim',", "    opts = {", "      adapters = {", "        anthropic = function()",
             "          return require('codecompanion.adapters').extend('anthropic', {",
             f"            env = {{ api_key = '{r.choice(['cmd:op read ' + opref + ' --no-newline', 'cmd:pass show api/anthropic', 'ANTHROPIC_API_KEY'])}' }},",
             "          })", "        end,", "      },", "    },", "  },"],
            ["  {", "    'robitx/gp.nvim',", "    config = function()", "      require('gp').setup({",
             f"        openai_api_key = {r.choice(['os.getenv(' + repr('OPENAI_API_KEY') + ')', '{ ' + repr('cat') + ', vim.fn.expand(' + repr('~/.config/openai.token') + ') }', '{ ' + repr('bw') + ', ' + repr('get') + ', ' + repr('password') + ', ' + repr('openai') + ' }'])},",
             "      })", "    end,", "  },"],
            ["  {", "    'yetone/avante.nvim',", "    opts = {", "      provider = 'claude',",
             "      -- reads ANTHROPIC_API_KEY from the environment; set via direnv", "    },", "  },"]][c]
    body = ["-- init.lua"] + NVIM_HEAD[:r.randrange(3, 8)] + ["", "require('lazy').setup({", "  { 'catppuccin/nvim', name = 'catppuccin', priority = 1000 },"] + plug + ["})"]
    kind = "env-reference" if "getenv" in "\n".join(plug) or "ANTHROPIC_API_KEY'" in "\n".join(plug) or c == 3 else "secret-manager-lookup"
    return prefix_dir(r) + r.choice([".config/nvim/init.lua", ".config/nvim/lua/plugins/ai.lua"]), body, r.choice(["openai", "anthropic"]), kind, "init.lua"


def n_vim(r):
    line = r.choice(["let g:vim_ai_token_file_path = '~/.config/openai.token'", "let g:openai_api_key = $OPENAI_API_KEY",
                     "let g:wakatime_CLIPath = '/opt/homebrew/bin/wakatime-cli'", "let g:chat_gpt_key = system('pass show api/openai')"])
    body = ['" init.vim', "set nocompatible", "syntax on", "set number", "", "call plug#begin()", "Plug 'madox2/vim-ai'", "Plug 'wakatime/vim-wakatime'",
            "call plug#end()", "", line, "colorscheme gruvbox"]
    return prefix_dir(r) + r.choice([".vimrc", ".config/nvim/init.vim"]), body, "openai", classify_ref(line) if "$" in line or "system(" in line else "config-reference", "init.vim"


def n_emacs(r):
    line = r.choice(['(setq auth-sources \'("~/.authinfo.gpg"))',
                     '(setq gptel-api-key (lambda () (auth-source-pick-first-password :host "api.openai.com")))',
                     '(setq chatgpt-shell-openai-key (lambda () (auth-source-pass-get \'secret "api/openai")))',
                     '(setq wakatime-api-key (getenv "WAKATIME_API_KEY"))',
                     '(setq gptel-api-key (string-trim (shell-command-to-string "op read op://Private/OpenAI/credential")))'])
    body = [";;; init.el --- personal config -*- lexical-binding: t -*-", "(setq inhibit-startup-message t)", "(load-theme 'modus-vivendi t)",
            "(require 'auth-source)", "(use-package gptel :ensure t)", "", line, "", ";;; init.el ends here"]
    return prefix_dir(r) + r.choice([".emacs.d/init.el", ".config/emacs/init.el"]), body, "openai", "secret-manager-lookup", "init.el"


def n_netrc(r):
    u, _, email = person(r)
    fname = r.choice([".netrc", ".authinfo"])
    pw = r.choice(["<personal-access-token>", "YOUR_TOKEN", "changeme", "ghp_" + chr(0x2026) + rs(r, ALNUM, 4), "********"])
    body = [f"# template - copy to ~/{fname} and fill in; real file is {fname}.gpg", f"machine {r.choice(['api.github.com', 'api.openai.com', 'api.heroku.com'])} login {u} password {pw}",
            "machine ftp.gnu.org login anonymous", f"machine imap.fastmail.com login {email} port 993", "default login anonymous"]
    return prefix_dir(r) + fname + r.choice([".example", ".template", ""]), body, "generic", classify_ref(pw), fname


def n_mail(r):
    u, full, email, imap, smtp = _mail(r)
    acct = email.split("@")[1].split(".")[0]
    cmd = r.choice([f"pass show mail/{acct}", f"security find-internet-password -w -a {email} -s {imap}", f"gpg -dq ~/.mail-{acct}.gpg",
                    f"secret-tool lookup mail {acct}", f"op read op://Private/{acct}/password"])
    c = r.randrange(4)
    if c == 0:
        body = ["# ~/.msmtprc", "defaults", "auth on", "tls on", "", f"account {acct}", f"host {smtp}", "port 465", f"from {email}",
                f"user {email}", f'passwordeval "{cmd}"', "", f"account default : {acct}"]
        return prefix_dir(r) + ".msmtprc", body, "generic", "secret-manager-lookup", ".msmtprc"
    if c == 1:
        body = [f"IMAPAccount {acct}", f"Host {imap}", f"User {email}", f'PassCmd "{cmd}"', "SSLType IMAPS", "", f"IMAPStore {acct}-remote",
                f"Account {acct}", "", f"Channel {acct}", f"Far :{acct}-remote:", f"Near :{acct}-local:", "Patterns *"]
        return prefix_dir(r) + ".mbsyncrc", body, "generic", "secret-manager-lookup", ".mbsyncrc"
    if c == 2:
        body = ["# neomuttrc", f'set realname = "{full}"', f'set from = "{email}"', f'set imap_user = "{email}"',
                r.choice([f'set imap_pass = "`{cmd}`"', f'source "gpg -dq ~/.config/mutt/passwords.gpg |"', f'set imap_pass = "`{cmd}`"']),
                f'set folder = "imaps://{imap}:993"', 'set spoolfile = "+INBOX"', "set sort = threads"]
        return prefix_dir(r) + r.choice([".muttrc", ".config/neomutt/neomuttrc"]), body, "generic", "secret-manager-lookup", ".muttrc"
    body = ["# newsboat config", "auto-reload yes", 'urls-source "miniflux"', f'miniflux-url "https://rss.{u}.net/"', f'miniflux-login "{u}"',
            f'miniflux-passwordeval "{cmd}"', "bind-key j down", "bind-key k up"]
    return prefix_dir(r) + ".config/newsboat/config", body, "miniflux", "secret-manager-lookup", "newsboat config"


def n_apps(r):
    u, _, email = person(r)
    c = r.randrange(7)
    if c == 0:
        body = ["-- ~/.hammerspoon/init.lua", 'hs.loadSpoon("SpoonInstall")', "",
                r.choice(['local API_KEY = hs.execute("security find-generic-password -w -s owm-api-key"):gsub("%s+", "")',
                          'local token = hs.settings.get("pushoverToken")', 'local API_KEY = os.getenv("OPENWEATHER_API_KEY")']),
                "", f'local MAPBOX = "{t_mapbox(r, "pk")}" -- public token, URL-restricted', 'hs.alert.show("Config loaded")']
        return prefix_dir(r) + ".hammerspoon/init.lua", body, r.choice(["openweathermap", "mapbox"]), "secret-manager-lookup", "init.lua"
    if c == 1:
        body = ["#!/bin/bash", "# @raycast.schemaVersion 1", "# @raycast.title Ask AI", "# @raycast.mode compact", "",
                f'API_KEY="$(security find-generic-password -w -s {r.choice(["raycast-openai", "openai"])})"', "",
                'curl -s https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $API_KEY" -d "$1"']
        return prefix_dir(r) + "raycast/scripts/ask-ai.sh", body, "openai", "secret-manager-lookup", "raycast script"
    if c == 2:
        body = ['<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>", "\t<key>variables</key>", "\t<dict>",
                "\t\t<key>api_key</key>", "\t\t<string></string>", "\t\t<key>model</key>", "\t\t<string>gpt-4o-mini</string>", "\t</dict>",
                "\t<key>variablesdontexport</key>", "\t<array>", "\t\t<string>api_key</string>", "\t</array>", "</dict>", "</plist>"]
        return prefix_dir(r) + "alfred/workflows/ask/info.plist", body, "openai", "placeholder", "info.plist"
    if c == 3:
        body = ["[global]", f'username = "{u}"', r.choice(['password_cmd = "pass show spotify"', "use_keyring = true"]), 'backend = "pulseaudio"',
                f'device_name = "{r.choice(HOSTS)}"', "bitrate = 320"]
        if r.random() < 0.5:
            body = [f'client_id = "{hexs(r, 32)}"', '# client_id is public (PKCE flow, no client secret)', 'login_redirect_uri = "http://127.0.0.1:8989/login"',
                    'theme = "dracula"', "enable_media_control = true", "seek_duration_secs = 5"]
            return prefix_dir(r) + ".config/spotify-player/app.toml", body, "spotify", "client-id", "app.toml"
        return prefix_dir(r) + ".config/spotifyd/spotifyd.conf", body, "spotify", "secret-manager-lookup", "spotifyd.conf"
    if c == 4:
        data = hexs(r, 2 * r.randrange(60, 110)).upper()
        body = ["#", "# weechat -- sec.conf", "#", "", "[crypt]", "cipher = aes256", "hash_algo = sha256", 'passphrase_command = "pass show weechat"', "salt = on", "",
                "[data]", f'__passphrase__ = on', f'libera = "{data}"']
        return prefix_dir(r) + ".config/weechat/sec.conf", body, "libera.chat", "ciphertext", "sec.conf"
    if c == 5:
        body = ["[settings]", "debug = false", "hidefilenames = false", r.choice(['api_key_vault_cmd = pass show wakatime', "api_key_vault_cmd = op read op://Private/WakaTime/credential"]),
                "status_bar_enabled = true", "exclude =", "    ^/private/"]
        return prefix_dir(r) + ".wakatime.cfg", body, "wakatime", "secret-manager-lookup", ".wakatime.cfg"
    body = ["[gdrive]", "type = drive", f"client_id = {r.randrange(10**11, 10**12)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com", "client_secret =", "scope = drive.file",
            "# token is stored in the OS keyring via `rclone config encryption`", "", "[s3]", "type = s3", "provider = AWS", "env_auth = true", "region = eu-central-1"]
    return prefix_dir(r) + ".config/rclone/rclone.conf", body, "google", "public-id", "rclone.conf"


def n_vscode(r):
    c = r.randrange(4)
    if c == 0:
        body = ["{", f'  "telemetry.machineId": "{hexs(r, 64)}",', f'  "telemetry.macMachineId": "{hexs(r, 64)}",', f'  "telemetry.devDeviceId": "{ruuid(r)}",',
                f'  "telemetry.sqmId": "{{{ruuid(r).upper()}}}",', '  "theme": "vs-dark",', '  "windowSplash": { "baseTheme": "vs-dark" }', "}"]
        return prefix_dir(r) + r.choice(["Library/Application Support/Code/User/globalStorage/storage.json", "vscode/storage.json"]), body, "vscode", "machine-id", "storage.json"
    if c == 1:
        body = ["// Place your key bindings in this file to override the defaults", "[", "  {", '    "key": "ctrl+shift+a",',
                '    "command": "continue.focusContinueInput"', "  },", "  {", '    "key": "cmd+k cmd+t",', '    "command": "workbench.action.terminal.sendSequence",',
                '    "args": { "text": "export OPENAI_API_KEY=$(op read op://Private/OpenAI/credential)\\u000D" }', "  },", "  {", '    "key": "ctrl+alt+c",',
                '    "command": "github.copilot.generate",', '    "when": "editorTextFocus"', "  }", "]"]
        return prefix_dir(r) + r.choice(["Code/User/keybindings.json", "vscode/keybindings.json"]), body, "openai", "secret-manager-lookup", "keybindings.json"
    if c == 2:
        exts = ["github.copilot", "github.copilot-chat", "continue.continue", "saoudrizwan.claude-dev", "wakatime.vscode-wakatime", "vscodevim.vim",
                "eamodio.gitlens", "esbenp.prettier-vscode", "dbaeumer.vscode-eslint", "catppuccin.catppuccin-vsc", "rust-lang.rust-analyzer", "ms-python.python"]
        sel = r.sample(exts, r.randrange(5, 10))
        body = ["{", '  "recommendations": ['] + [f'    "{e}"' + ("," if i < len(sel) - 1 else "") for i, e in enumerate(sel)] + ["  ]", "}"]
        return prefix_dir(r) + ".vscode/extensions.json", body, "vscode", "extension-id", "extensions.json"
    body = ["{", '  "workbench.colorTheme": "Catppuccin Mocha",', '  "editor.fontFamily": "JetBrains Mono",', '  "terminal.integrated.env.osx": {',
            r.choice(['    "OPENAI_API_KEY": "${env:OPENAI_API_KEY}"', '    "GITHUB_TOKEN": "${env:GH_TOKEN}"', '    "ANTHROPIC_API_KEY": "${env:ANTHROPIC_API_KEY}"']), "  },",
            '  "github.copilot.enable": { "*": true, "markdown": false },', '  "wakatime.apiKey": "",', '  "workbench.colorCustomizations": {',
            f'    "editorCursor.foreground": "#{hexs(r, 6)}",', f'    "terminal.background": "#{hexs(r, 6)}"', "  }", "}"]
    return prefix_dir(r) + r.choice(["Code/User/settings.json", ".config/Code/User/settings.json"]), body, "openai", "env-reference", "settings.json"


def n_wt(r):
    profs = []
    for nm in r.sample(["PowerShell", "Ubuntu-22.04", "Git Bash", "Arch", "Developer PowerShell", "Azure Cloud Shell"], 3):
        profs += ["            {", f'                "guid": "{{{ruuid(r)}}}",', f'                "name": "{nm}",', '                "hidden": false,',
                  f'                "colorScheme": "{r.choice(["Campbell", "One Half Dark", "Catppuccin Mocha"])}"', "            },"]
    profs[-1] = "            }"
    body = ["{", '    "$schema": "https://aka.ms/terminal-profiles-schema",', f'    "defaultProfile": "{{{ruuid(r)}}}",', '    "copyOnSelect": true,',
            '    "profiles": {', '        "defaults": { "font": { "face": "CaskaydiaCove Nerd Font", "size": 11 } },', '        "list": ['] + profs + ["        ]", "    },",
            '    "schemes": [', "        {", '            "name": "Catppuccin Mocha",', f'            "background": "#{hexs(r, 6).upper()}",',
            f'            "foreground": "#{hexs(r, 6).upper()}",', f'            "cursorColor": "#{hexs(r, 6).upper()}"', "        }", "    ]", "}"]
    return prefix_dir(r) + r.choice(["windows-terminal/settings.json", "AppData/Local/Packages/Microsoft.WindowsTerminal_8wekyb3d8bbwe/LocalState/settings.json"]), body, "windows-terminal", "uuid", "settings.json"


def n_jetbrains(r):
    u, _, _ = person(r)
    body = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
            f'    <data-source source="LOCAL" name="dev@localhost" uuid="{ruuid(r)}">', "      <driver-ref>postgresql</driver-ref>",
            "      <jdbc-driver>org.postgresql.Driver</jdbc-driver>", "      <jdbc-url>jdbc:postgresql://localhost:5432/app_dev</jdbc-url>",
            f"      <user-name>{u}</user-name>", "      <!-- password stored in the OS keychain (Settings > Passwords) -->", "    </data-source>", "  </component>", "</project>"]
    return r.choice(["", "projects/app/"]) + ".idea/dataSources.xml", body, "postgres", "keyring-reference", "dataSources.xml"


def n_brew(r):
    if r.random() < 0.5:
        body = ['tap "homebrew/bundle"', 'brew "git"', 'brew "gh"', 'brew "neovim"', 'brew "1password-cli"', 'brew "sops"', 'brew "age"',
                'cask "wezterm"', 'cask "raycast"', 'cask "1password"', f'mas "Things 3", id: 904280696', f'mas "Tailscale", id: 1475387142',
                'vscode "github.copilot"', 'vscode "continue.continue"', "# HOMEBREW_GITHUB_API_TOKEN comes from `gh auth token` in .zshrc"]
        return prefix_dir(r) + "Brewfile", body, "homebrew", "config", "Brewfile"
    ver = f"{r.randrange(0, 3)}.{r.randrange(0, 20)}.{r.randrange(0, 10)}"
    tool = r.choice(["dotsync", "gitmux", "zshkit"])
    u = person(r)[0]
    body = [f"class {tool.capitalize()} < Formula", f'  desc "Tiny helper from my dotfiles"', f'  homepage "https://github.com/{u}/{tool}"',
            f'  url "https://github.com/{u}/{tool}/archive/refs/tags/v{ver}.tar.gz"', f'  sha256 "{hexs(r, 64)}"', '  license "MIT"', "",
            "  bottle do", f'    sha256 cellar: :any_skip_relocation, arm64_sonoma: "{hexs(r, 64)}"', f'    sha256 cellar: :any_skip_relocation, x86_64_linux: "{hexs(r, 64)}"', "  end", "",
            '  depends_on "go" => :build', "", "  def install", '    system "go", "build", *std_go_args(ldflags: "-s -w")', "  end", "end"]
    return prefix_dir(r) + f"Formula/{tool}.rb", body, "homebrew", "sha256-digest", "formula .rb"


def nix32(r, n=32):
    return rs(r, NIX32, n)


def n_nix(r):
    c = r.randrange(4)
    u = person(r)[0]
    if c == 0:
        nodes = []
        names = r.sample(["nixpkgs", "home-manager", "sops-nix", "agenix", "flake-utils", "nix-darwin"], 3)
        for nm in names:
            nodes += [f'    "{nm}": {{', '      "locked": {', f'        "lastModified": {1700000000 + r.randrange(10**7)},',
                      f'        "narHash": "sha256-{b64(rbytes(r, 32))}",', f'        "owner": "{r.choice(["NixOS", "nix-community", "Mic92", "ryantm"])}",',
                      f'        "repo": "{nm}",', f'        "rev": "{hexs(r, 40)}",', '        "type": "github"', "      },", '      "original": {',
                      f'        "owner": "nix-community",', f'        "repo": "{nm}",', '        "type": "github"', "      }", "    },"]
        body = ["{", '  "nodes": {'] + nodes + ['    "root": {', '      "inputs": {'] + [f'        "{nm}": "{nm}"' + ("," if i < 2 else "") for i, nm in enumerate(names)] + [
            "      }", "    }", "  },", '  "root": "root",', '  "version": 7', "}"]
        return prefix_dir(r) + "flake.lock", body, "nix", "nar-hash", "flake.lock"
    if c == 1:
        body = ["{ config, pkgs, ... }:", "{", "  imports = [ ./hardware-configuration.nix ];", f'  networking.hostName = "{r.choice(HOSTS)}";',
                f'  networking.hostId = "{hexs(r, 8)}";', f'  environment.etc."machine-id".text = "{hexs(r, 32)}\\n";',
                "  services.tailscale.enable = true;", "  services.tailscale.authKeyFile = config.sops.secrets.tailscale-authkey.path;",
                '  sops.defaultSopsFile = ./secrets/secrets.yaml;', '  sops.age.keyFile = "/var/lib/sops-nix/key.txt";',
                '  sops.secrets.tailscale-authkey = { };', '  sops.secrets."openai-api-key".owner = "' + u + '";', '  system.stateVersion = "24.05";', "}"]
        return prefix_dir(r) + r.choice(["hosts/configuration.nix", "nixos/configuration.nix"]), body, "tailscale", "secret-manager-lookup", "configuration.nix"
    if c == 2:
        body = ["{ pkgs, ... }:", "{", "  fonts.packages = [", "    (pkgs.stdenvNoCC.mkDerivation {", '      pname = "berkeley-mono";', '      version = "2.0";',
                "      src = pkgs.fetchzip {", f'        url = "https://github.com/{u}/fonts/releases/download/v2/berkeley.zip";',
                f'        hash = "sha256-{b64(rbytes(r, 32))}";', "      };", '      installPhase = "install -Dm644 *.otf -t $out/share/fonts/opentype";', "    })", "  ];", "",
                "  programs.zsh.plugins = [{", '    name = "zsh-nix-shell";', "    src = pkgs.fetchFromGitHub {", '      owner = "chisui";', '      repo = "zsh-nix-shell";',
                f'      rev = "{hexs(r, 40)}";', f'      sha256 = "{nix32(r, 52)}";', "    };", "  }];", "}"]
        return prefix_dir(r) + r.choice(["home/fonts.nix", "nix/home/zsh.nix"]), body, "nix", "sri-hash", "home.nix"
    body = ["# generated by home-manager; do not edit", f"source /nix/store/{nix32(r)}-hm-session-vars.sh",
            f"fpath+=(/nix/store/{nix32(r)}-zsh-completions-0.35.0/share/zsh/site-functions)",
            f"source /nix/store/{nix32(r)}-zsh-autosuggestions-0.7.0/share/zsh-autosuggestions/zsh-autosuggestions.zsh",
            f'eval "$(/nix/store/{nix32(r)}-starship-1.19.0/bin/starship init zsh)"', f"export SOPS_AGE_KEY_FILE=\"$HOME/.config/sops/age/keys.txt\""]
    return prefix_dir(r) + ".zshrc", body, "nix", "store-path", ".zshrc"


def n_term(r):
    if r.random() < 0.5:
        body = ["# vim:ft=kitty", "font_family      JetBrainsMono Nerd Font", "font_size        13.0", "cursor_shape     beam", "enable_audio_bell no", ""]
        body += [f"color{i} #{hexs(r, 6)}" for i in range(r.randrange(8, 16))]
        body += [f"background #{hexs(r, 6)}", f"foreground #{hexs(r, 6)}", "map cmd+t new_tab_with_cwd"]
        return prefix_dir(r) + ".config/kitty/kitty.conf", body, "kitty", "color-codes", "kitty.conf"
    body = ["[font]", "size = 13.0", 'normal = { family = "Iosevka Term", style = "Regular" }', "", "[colors.primary]", f'background = "#{hexs(r, 6)}"',
            f'foreground = "#{hexs(r, 6)}"', "", "[colors.normal]"] + [f'{c} = "#{hexs(r, 6)}"' for c in ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]]
    return prefix_dir(r) + ".config/alacritty/alacritty.toml", body, "alacritty", "color-codes", "alacritty.toml"


def n_cli_cfg(r):
    c = r.randrange(5)
    u = person(r)[0]
    if c == 0:
        body = ['version: "3"', "agent:", "    # authtoken comes from NGROK_AUTHTOKEN (set by direnv)", "    connect_timeout: 30s", "endpoints:", "  - name: dev",
                "    url: https://" + u + "-dev.ngrok.app", "    upstream:", "      url: 8080"]
        return prefix_dir(r) + ".config/ngrok/ngrok.yml", body, "ngrok", "env-reference", "ngrok.yml"
    if c == 1:
        body = ["auto_update: true", "send_metrics: false", "synthetics_agent: true", "wire_guard_state: {}", "wire_guard_websockets: true",
                "# access_token is written by `fly auth login` into the keychain"]
        return prefix_dir(r) + ".fly/config.yml", body, "fly", "keyring-reference", "config.yml"
    if c == 2:
        body = ["scoped:", "    /:", "        api-host: https://api.doppler.com", "        dashboard-host: https://dashboard.doppler.com",
                '        verify-tls: "true"', f"    /Users/{u}/src/api:", "        enclave.project: api", "        enclave.config: dev"]
        return prefix_dir(r) + ".doppler/.doppler.yaml", body, "doppler", "config", ".doppler.yaml"
    if c == 3:
        body = [f"access-token: {r.choice(['', 'dop_v1_' + chr(0x2026), '${DIGITALOCEAN_ACCESS_TOKEN}'])}", "auth-contexts: {}", "context: default",
                "output: text", "kubeconfig:", "  save: true"]
        return prefix_dir(r) + ".config/doctl/config.yaml", body, "digitalocean", "placeholder", "config.yaml"
    body = ['plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"', "disable_checkpoint = true", "", 'credentials "app.terraform.io" {',
            f'  token = "{r.choice(["<TFC_TOKEN>", "xxxxxxxxxxxxxx.atlasv1.xxxxxxxx", "REPLACE_WITH_TERRAFORM_LOGIN"])}"', "}"]
    return prefix_dir(r) + ".terraformrc", body, "terraform-cloud", "placeholder", ".terraformrc"


def n_readme(r):
    u = person(r)[0]
    key = r.choice(AI_KEYS + ["github", "gitlab", "slack_bot", "npm"])
    nm = TOK[key][3][0]
    ex = r.choice([f"export {nm}=\"{TOK[key][5]}\"", f"export {nm}=<your-key>", f"echo 'export {nm}=...' >> ~/.zshrc.local",
                   f"export {nm}=\"$(op read 'op://Private/{TOK[key][0]}/credential')\"", f"{nm}={mask(r, key)}  # what `env | grep` shows on my machine"])
    body = [f"# {u}/dotfiles", "", "My macOS + Linux dotfiles, managed with chezmoi.", "", "## Secrets", "",
            "Nothing secret is committed. Tokens are pulled from 1Password at apply time.", "If you fork this, create the items or set the variables yourself:", "",
            "```sh", ex, "```", "", "## SSH", "", "Public key used for signing:", "", "```", ssh_ed25519_pub(r, f"{u}@{r.choice(HOSTS)}"), "```"]
    return prefix_dir(r) + r.choice(["README.md", "docs/secrets.md"]), body, TOK[key][0], classify_ref(ex.split("=", 1)[1]), "README.md"


# ================================================================ driver
POS_GENS = [
    (p_env, 150), (p_netrc, 12), (p_git_credentials, 10), (p_gitconfig, 12), (p_gh_hosts, 10), (p_glab, 6), (p_hub, 5),
    (p_copilot, 6), (p_npmrc, 10), (p_pypirc, 8), (p_cargo, 6), (p_gem, 5), (p_docker, 9), (p_aws, 10), (p_gcloud, 9),
    (p_azure, 5), (p_kube, 8), (p_terraformrc, 7), (p_ssh, 14), (p_gpg, 6), (p_age, 7), (p_doppler_yaml, 5), (p_doctl, 5),
    (p_fly, 5), (p_wrangler, 4), (p_ngrok, 7), (p_llm_keys, 7), (p_aider, 9), (p_continue, 10), (p_mcp, 22),
    (p_claude_code, 6), (p_zed, 5), (p_nvim, 14), (p_vim, 6), (p_emacs, 7), (p_authinfo_ai, 6), (p_hammerspoon, 6),
    (p_raycast, 5), (p_alfred, 4), (p_mutt, 6), (p_msmtp, 5), (p_mbsync, 5), (p_newsboat, 4), (p_rclone, 6),
    (p_spotify, 5), (p_weechat, 4), (p_wakatime_cfg, 5), (p_vscode_ext, 8), (p_jetbrains, 4), (p_brewfile, 3),
    (p_cli_arg, 9), (p_misc_cfg, 10),
]
NEG_GENS = [
    (n_env, 150), (n_public_env, 40), (n_gitconfig, 16), (n_gh_hosts, 10), (n_glab, 5), (n_npmrc, 10), (n_pypirc, 6),
    (n_cargo, 5), (n_docker, 9), (n_aws, 12), (n_gcloud, 7), (n_azure, 5), (n_kube, 10), (n_terraformrc, 5), (n_ssh, 22),
    (n_gpg, 12), (n_crypto, 22), (n_mcp, 26), (n_claude_code, 5), (n_zed, 4), (n_continue, 9), (n_aider_llm, 8),
    (n_nvim, 16), (n_vim, 5), (n_emacs, 7), (n_netrc, 8), (n_mail, 14), (n_apps, 18), (n_vscode, 14), (n_wt, 5),
    (n_jetbrains, 4), (n_brew, 7), (n_nix, 14), (n_term, 6), (n_cli_cfg, 10), (n_readme, 12),
]


def _weighted(r, gens):
    tot = sum(w for _, w in gens)
    x = r.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def _ok_len(lines):
    return 5 <= len("\n".join(lines).rstrip("\n").split("\n")) <= 80


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE CONVENTIONS")[0])
        sys.exit("usage: gen_ar.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, pos_files, neg_files = [], [], [], []
    npos = nneg = 500
    for i in range(1, npos + 1):
        for _ in range(50):
            g = _weighted(r, POS_GENS)
            path, lines, needle, prov, kind, ft = g(r)
            text = "\n".join(lines) + "\n"
            if _ok_len(lines) and text.count(needle) == 1:
                break
        else:
            raise RuntimeError(f"could not build positive via {g.__name__}")
        line = next(n for n, l in enumerate(lines, 1) if needle in l)
        rel = f"pos/p{i:04d}/{path}"
        pos_files.append((rel, text))
        manifest.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
    needles = [s["needle"] for s in secrets]
    for i in range(1, nneg + 1):
        for _ in range(50):
            g = _weighted(r, NEG_GENS)
            path, lines, prov, kind, ft = g(r)
            text = "\n".join(lines) + "\n"
            if _ok_len(lines) and not any(nd in text for nd in needles):
                break
        else:
            raise RuntimeError(f"could not build negative via {g.__name__}")
        rel = f"neg/n{i:04d}/{path}"
        neg_files.append((rel, text))
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
    for rel, text in pos_files + neg_files:
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    bad = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            ls = f.read().split("\n")
        if s["needle"] not in ls[s["line"] - 1]:
            bad += 1
            print("NEEDLE MISMATCH", s["file"])
    neg_text = []
    for m in manifest:
        if m["label"] == "negative":
            with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
                neg_text.append((m["file"], f.read()))
    for s in secrets:
        for fn, t in neg_text:
            if s["needle"] in t:
                bad += 1
                print("NEEDLE LEAK", s["needle"][:20], "->", fn)
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            n = len(f.read().rstrip("\n").split("\n"))
        if not 5 <= n <= 80:
            bad += 1
            print("LINE COUNT", n, m["file"])
    from collections import Counter
    for lab in ("positive", "negative"):
        ms = [m for m in manifest if m["label"] == lab]
        print(f"== {lab}: {len(ms)} files")
        for fld in ("provider", "kind", "filetype"):
            c = Counter(m[fld] for m in ms)
            print(f"  {fld} ({len(c)}): " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    pk = Counter((m["provider"], m["kind"]) for m in manifest if m["label"] == "positive")
    print(f"positive provider/kind pairs: {len(pk)}")
    print("SELF-CHECK", "OK" if not bad else f"FAILED ({bad})")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
