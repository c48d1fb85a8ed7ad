#!/usr/bin/env python3
"""Blind evaluation-set generator "ky": peer-to-peer and decentralized networks.

EMPHASIS
    Credentials of peer-to-peer / overlay / decentralized software as they leak into
    project repositories: Nostr private keys (NIP-19 `nsec1...` bech32 and 64-hex) in
    bot and relay configs, NIP-46 `bunker://` / `nostrconnect://` URIs with `secret=`,
    NIP-47 `nostr+walletconnect://` URIs, Tor onion-service keys (`hs_ed25519_secret_key`
    as base64, `ADD_ONION ED25519-V3:` blobs, client-auth x25519 keys) and plaintext
    ControlPort passwords, I2P SAM private destinations and i2pd console passwords,
    IPFS/Kubo `Identity.PrivKey` (libp2p protobuf, base64 `CAESQ...`), private-network
    `swarm.key` PSKs, IPFS-Cluster secrets, Kubo RPC `AuthSecret` tokens, libp2p identity
    keys in Go / Rust / JS / Python, Yggdrasil `PrivateKey`, Nebula `ca.key` / host keys,
    cjdns `privateKey` and peering/admin passwords, Syncthing `key.pem` and GUI API keys,
    Hypercore/Holepunch seeds and secret keys, Secure Scuttlebutt `secret` files, Matrix
    homeserver signing keys and shared secrets (Synapse and Dendrite formats), Lightning
    (lnd macaroons as hex, Core Lightning `hsm_secret` hex and runes, LNbits admin keys),
    BitTorrent private-tracker passkeys in announce URLs, Reticulum/LXMF identities, and
    relay admin tokens.
    File types: JSON, YAML, TOML, HJSON/conf (torrc, yggdrasil.conf, cjdroute.conf,
    i2pd.conf, lnd.conf), INI, XML, Go, Rust, JavaScript/TypeScript, Python, shell,
    systemd units, Dockerfile, docker-compose, Kubernetes manifests, Terraform, PEM/key
    files, Markdown, logs, CSV.

USAGE
    python3 -B gen_ky.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive).  All randomness comes from one random.Random(SEED); the
    output is byte-identical for equal seeds.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * bech32 keys: the whole `nsec1...` string.  Hex / base64 keys: the whole encoded
      string (for `ed25519 a_XXXX <key>` Synapse lines only the base64 key; for
      `ED25519-V3:<blob>` only the blob after the colon; for SSB the `<base64>.ed25519`
      value including the `.ed25519` suffix, as the secret file writes it).
    * URLs: only the secret component - the `secret=` value of bunker/nostrconnect/
      nostr+walletconnect URIs, the passkey of a tracker announce URL (path segment or
      `passkey=` value), the password of a `user:password@` URL.
    * Headers / prefixed tokens: only the token (no `Bearer `, no `bearer:` prefix of a
      Kubo AuthSecret; for `basic:user:pass` only the password).
    * Key pairs (public + private side by side): only the private half.
    * Multi-line PEM-like keys (Nebula, Syncthing key.pem, Dendrite matrix_key.pem,
      swarm.key): the first base64/hex body line after the BEGIN line / headers; for
      swarm.key the 64-hex line.
    * `line` is the 1-based line of the first occurrence; the program asserts it.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (`<your-nsec>`, `YOUR_PRIVATE_KEY_HERE`, `changeme`, `xxxx...`),
    empty values, masked values (`****`, `[REDACTED]`), environment and secret-manager
    references (`${VAR}`, `$VAR`, `env:VAR`, `vault:`/`op://` paths, `{{ secrets.X }}`,
    Helm/Jinja/Go templates), and documented example values (the NIP-19 test vector
    nsec, the libp2p-pnet README swarm key, the Tor rend-spec test-vector keys, the
    cjdroute.conf man-page passwords, the Kubo docs `basic:hello:world123`).
    The other 250 are look-alikes: npub keys and NIP-05 nostr.json, signed Nostr events
    (128-hex signatures), onion addresses (with correct v3 checksum), hashed Tor control
    passwords (`16:...`), Tor client-auth public keys and relay fingerprints, IPFS CIDs
    (`Qm...`, `bafy...`), peer ids (`12D3KooW...`), libp2p *public* keys in protobuf
    (`CAESI...`), Yggdrasil public keys and 200::/7 addresses, Syncthing device ids (with
    Luhn check characters) and certificates, Nebula certificates and fingerprints,
    infohashes and magnet links, Lightning node pubkeys (66 hex, 02/03), BOLT11 invoices,
    SSB feed ids, Matrix server verify keys, Hypercore public keys, Reticulum destination
    hashes, I2P hosts.txt destinations, release checksums, go.sum / lockfile hashes,
    image digests, UUIDs, and published NIP test vectors.  No negative is written to
    a `.env` / `.env.<stage>` file.

FORMATS CHECKED (documentation consulted with the search tool)
    * NIP-19: nsec/npub are BIP-173 bech32 (not bech32m) of 32 bytes, hrp nsec/npub;
      libraries' docs (hexdocs nostr_lib, Net::Nostr::Bech32, fips-identity) agree.
    * NIP-46: `bunker://<remote-signer-pubkey>?relay=wss://...&secret=<optional>` and
      `nostrconnect://<client-pubkey>?relay=...&secret=...` (nips 46.md mirrors).
    * libp2p pnet docs: swarm.key is `/key/swarm/psk/1.0.0/`, `/base16/`, 64 hex.
    * Kubo docs (ipfs-docs kubo-rpc-tls-auth): `API.Authorizations.<name>.AuthSecret`
      = `basic:user:pass` or `bearer:token`, with `AllowedPaths`.
    * Tor rend-spec: onion = base32(PUBKEY | CHECKSUM | 0x03), CHECKSUM =
      SHA3-256(".onion checksum" | PUBKEY | VERSION)[:2]; HiddenServiceDir holds
      hostname and the private ed25519 key file.
    * Dendrite docs: `-----BEGIN MATRIX PRIVATE KEY-----` with `Key-ID: ed25519:<id>`;
      Synapse keys are `ed25519 <key id> <unpadded base64>`.
    * Yggdrasil configuration reference: HJSON; Peers URIs accept `password=` and
      `key=` query parameters; PrivateKey is hex.
    * Nebula docs: pki.ca/cert/key may be inline PEM; `NEBULA CERTIFICATE` blocks;
      blocklist entries are 64-hex fingerprints; keys are `NEBULA X25519 ... KEY`.
    * cjdroute.conf(5): privateKey secret, publicKey `...k`, ipv6 starts with fc,
      authorizedPasswords[].password, admin.password.
    * Syncthing: key.pem is an ECDSA P-384 key (EC PRIVATE KEY); device id is base32
      SHA-256 with luhn32 check characters in 8 groups of 7 (lib/protocol/luhn.go).
    * lnd docs: macaroons are sent hex-encoded in the `macaroon` gRPC metadata /
      `Grpc-Metadata-macaroon` REST header.

DOUBTS
    * Key material is random bytes; public halves are not derived from the private
      halves (no curve arithmetic), so a pair would not verify.  Peer ids / onion
      addresses / device ids do carry their documented checksums.
    * hs_ed25519_secret_key: 32-byte header `== ed25519v1-secret: type0 ==\\0\\0\\0` +
      64-byte expanded key, base64 of the 96-byte file - from memory, not re-read.
    * I2P private destination length (~884 base64 chars with `-~` alphabet) and the SAM
      `DEST REPLY PUB= PRIV=` layout are from memory; lengths vary with key types.
    * lnd macaroon inner layout (v2 binary, location "lnd", identifier, signature) is
      approximated; Core Lightning rune layout (base64url of 32-byte hash + restriction
      text) and LNbits 32-hex admin keys are from memory.
    * Synapse registration_shared_secret / macaroon_secret_key alphabet is approximated.
    * Reticulum identity as 64 bytes (X25519 + Ed25519 private) shown as hex is from
      memory; `rnid` export encodings not re-checked.
    * Relay/node "admin token" settings are modelled on generic bearer tokens; the
      exact option names of individual relay implementations are not verified.
    * No scanner rule files were read.  Search results were docs/spec pages only.
"""

import base64
import hashlib
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# encoders
# ---------------------------------------------------------------------------

B32C = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32(hrp, data):
    d5 = _convertbits(list(data), 8, 5)
    values = _hrp_expand(hrp) + d5
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32C[d] for d in d5 + chk)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data):
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = B58[rem] + out
    pad = 0
    for c in data:
        if c == 0:
            pad += 1
        else:
            break
    return "1" * pad + out


def b64(data):
    return base64.b64encode(data).decode()


def b64nopad(data):
    return base64.b64encode(data).decode().rstrip("=")


def b64url(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b32l(data):
    return base64.b32encode(data).decode().lower().rstrip("=")


def b32u(data):
    return base64.b32encode(data).decode().rstrip("=")


def i2p64(data):
    return base64.b64encode(data).decode().replace("+", "-").replace("/", "~")


def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------------------
# random helpers (all from the single Random instance passed around)
# ---------------------------------------------------------------------------

def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, nbytes):
    return rb(r, nbytes).hex()


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def rstr(r, n, alpha=ALNUM):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        # a secret should mix letters and digits
        if alpha in (ALNUM, LOWALNUM) and (not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s)):
            continue
        return s


def rpass(r, n=None):
    n = n or r.randint(18, 30)
    alpha = ALNUM + "-_.!@#%^+="
    while True:
        s = rstr(r, n, alpha)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def ruuid(r):
    h = rhex(r, 16)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rip(r):
    return "%d.%d.%d.%d" % (r.choice([23, 45, 51, 78, 91, 104, 135, 142, 159, 176, 185, 195, 203]),
                            r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def rport(r):
    return r.choice([4001, 9735, 9736, 7777, 8080, 9000, 12345, 443, 4242, 51820, 22000, 5001])


def rdate(r):
    return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))


def rtime(r):
    return "%sT%02d:%02d:%02dZ" % (rdate(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


WORDS = ["alpha", "relay", "mesh", "node", "swarm", "gossip", "ember", "lantern", "harbor",
         "cobalt", "willow", "orbit", "delta", "fjord", "pine", "quartz", "raven", "sable",
         "tundra", "vesper", "juniper", "marble", "nimbus", "otter", "prism", "basalt"]
ORGS = ["openmesh", "freeweb", "lanterns", "nodeworks", "tidepool", "kestrel-labs", "hearthnet",
        "p2pkit", "duskfall", "commonsnet"]
DOMAINS = ["example.org", "relay.example.net", "mesh.example.com", "nodes.example.io",
           "lab.example.dev", "coop.example"]
RELAYS = ["wss://relay.damus.io", "wss://nos.lol", "wss://relay.nostr.band", "wss://relay.snort.social",
          "wss://relay.primal.net", "wss://nostr.wine", "wss://relay.example.org"]


def w(r):
    return r.choice(WORDS)


def org(r):
    return r.choice(ORGS)


def dom(r):
    return r.choice(DOMAINS)


# ---------------------------------------------------------------------------
# domain value generators
# ---------------------------------------------------------------------------

def g_nsec(r):
    return bech32("nsec", rb(r, 32))


def g_npub(r):
    return bech32("npub", rb(r, 32))


def g_note(r):
    return bech32("note", rb(r, 32))


def onion_addr(pub):
    ver = b"\x03"
    chk = hashlib.sha3_256(b".onion checksum" + pub + ver).digest()[:2]
    return b32l(pub + chk + ver)


def g_onion(r):
    return onion_addr(rb(r, 32)) + ".onion"


def g_hs_secret_b64(r):
    return b64(b"== ed25519v1-secret: type0 ==\x00\x00\x00" + rb(r, 64))


def g_hs_public_b64(r):
    return b64(b"== ed25519v1-public: type0 ==\x00\x00\x00" + rb(r, 32))


def g_tor_hashed(r):
    return "16:" + (rhex(r, 8) + "60" + rhex(r, 20)).upper()


def g_libp2p_priv(r):
    return b64(b"\x08\x01\x12\x40" + rb(r, 64))


def g_libp2p_priv_secp(r):
    return b64(b"\x08\x02\x12\x20" + rb(r, 32))


def g_libp2p_pub(r):
    return b64(b"\x08\x01\x12\x20" + rb(r, 32))


def g_peerid(r):
    return b58(b"\x00\x24\x08\x01\x12\x20" + rb(r, 32))


def g_cidv0(r):
    return b58(b"\x12\x20" + rb(r, 32))


def g_cidv1(r):
    return "b" + b32l(b"\x01\x70\x12\x20" + rb(r, 32))


def g_cidv1_raw(r):
    return "b" + b32l(b"\x01\x55\x12\x20" + rb(r, 32))


def g_ygg_addr(r):
    b = rb(r, 15)
    first = r.choice([0x200, 0x201, 0x202, 0x203, 0x21e, 0x22f])
    groups = ["%x" % first] + ["%x" % int.from_bytes(b[i:i + 2], "big") for i in range(0, 14, 2)]
    return ":".join(groups)


def luhn32(s):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    factor = 1
    total = 0
    for ch in s:
        cp = alpha.index(ch)
        add = factor * cp
        factor = 1 if factor == 2 else 2
        add = (add // 32) + (add % 32)
        total += add
    return alpha[(32 - total % 32) % 32]


def g_syncthing_id(r):
    s = b32u(rb(r, 32))  # 52 chars
    chunks = [s[i:i + 13] for i in range(0, 52, 13)]
    withck = "".join(c + luhn32(c) for c in chunks)  # 56
    return "-".join(withck[i:i + 7] for i in range(0, 56, 7))


CJDNS_ALPHA = "0123456789bcdfghjklmnpqrstuvwxyz"


def g_cjdns_pub(r):
    return "".join(r.choice(CJDNS_ALPHA) for _ in range(52)) + ".k"


def g_cjdns_ip(r):
    b = rb(r, 14)
    return "fc%02x:" % r.getrandbits(8) + ":".join("%04x" % int.from_bytes(b[i:i + 2], "big") for i in range(0, 14, 2))


def g_ln_pub(r):
    return r.choice(["02", "03"]) + rhex(r, 32)


Z32 = "ybndrfg8ejkmcpqxot1uwisza345h769"


def g_z32(r, n=52):
    return "".join(r.choice(Z32) for _ in range(n))


def g_ssb_id(r):
    return "@" + b64(rb(r, 32)) + ".ed25519"


def g_i2p_dest(r, n=387):
    return i2p64(rb(r, n))


def g_macaroon(r):
    ops = [("address", ["read", "write"]), ("info", ["read", "write"]), ("invoices", ["read", "write"]),
           ("macaroon", ["generate", "read", "write"]), ("message", ["read", "write"]),
           ("offchain", ["read", "write"]), ("onchain", ["read", "write"]), ("peers", ["read", "write"]),
           ("signer", ["generate", "read"])]
    body = b""
    for ent, acts in ops:
        inner = b"\x0a" + bytes([len(ent)]) + ent.encode()
        for a in acts:
            inner += b"\x12" + bytes([len(a)]) + a.encode()
        body += b"\x1a" + bytes([len(inner)]) + inner
    ident = b"\x03\x0a\x10" + rb(r, 16) + b"\x12\x01\x30" + body
    n = len(ident)
    varint = bytes([(n & 0x7F) | 0x80, n >> 7]) if n > 127 else bytes([n])
    mac = b"\x02\x01\x03lnd\x02" + varint + ident + b"\x00\x00\x06\x20" + rb(r, 32)
    return mac.hex()


def g_rune(r):
    restr = r.choice(["=0", "=1", "=3&method=listfunds", "=2&method^list|method^get", "=5&method=invoice"])
    return b64url(rb(r, 32) + restr.encode(), pad=True)


def g_ec_p384_pem_body(r):
    der = bytes.fromhex("3081a40201010430") + rb(r, 48) + bytes.fromhex("a00706052b81040022a16403620004") + rb(r, 96)
    return wrap(b64(der))


def g_fake_cert_body(r, n=420):
    der = bytes.fromhex("308201") + rb(r, n)
    return wrap(b64(der))


# ---------------------------------------------------------------------------
# kinds: provider, secret generator, documented examples
# ---------------------------------------------------------------------------

NIP19_TEST_NSEC = "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5"
NIP19_TEST_HEX = "67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa"
NIP19_TEST_NPUB = "npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg"
PNET_DOC_KEY = "dffb7e3135399a8b1612b2aaca1c36a3a8ac2cd0cca51ceeb2ced87d308cac6d"
TOR_VECTOR_KEYS = [
    "33a7e5c16e0308a3e6a0e7f4a621b3caad9ed1acdb3f78369b1377c5e605027879bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f",
    "62a70904f219a788f3c3c46b64c7bc6e800fed54079f2bb88c4fe3800fe2264593f6ad7b54b6391d2b78147a0b2e808e143780de07f1bda6ee7f052d2e9da67b",
]
TOR_VECTOR_ONIONS = ["pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion",
                     "sp3k262uwy4r2k3ycr5awluarykdpag6a7y33jxop4cs2lu5uz5sseqd.onion",
                     "xa4r2iadxm55fbnqgwwi5mymqdcofiu3w6rpbtqn7b2dyn7mgwj64jyd.onion"]
CJDNS_DOC_PW = ["AnExamplePassword", "YetAnotherExample", "j3fus4r3gkhv80xdz1yqc0qvn1p91hr"]
SYNCTHING_DOC_ID = "P56IOI7-MZJNU2Y-IQGDREY-DM2MGTI-MGL3BXN-PQ6W5BM-TBBZ4TJ-XZWICQ2"

KINDS = {
    "nsec": ("nostr", "private_key_bech32", g_nsec, [NIP19_TEST_NSEC]),
    "nostr_hex": ("nostr", "private_key_hex", lambda r: rhex(r, 32), [NIP19_TEST_HEX]),
    "bunker_secret": ("nostr", "nip46_secret", lambda r: r.choice([rhex(r, 16), rstr(r, 24), rhex(r, 32)]), []),
    "nwc_secret": ("nostr", "nip47_secret", lambda r: rhex(r, 32), []),
    "relay_admin": ("nostr", "relay_admin_token", lambda r: rstr(r, r.choice([32, 40, 48])), []),
    "hs_secret": ("tor", "onion_service_secret_key", g_hs_secret_b64, []),
    "addonion": ("tor", "onion_service_secret_key", lambda r: b64(rb(r, 64)), []),
    "tor_ctl_pw": ("tor", "control_password", rpass, []),
    "tor_client_auth": ("tor", "client_auth_x25519", lambda r: b32u(rb(r, 32)), []),
    "i2p_priv": ("i2p", "private_destination", lambda r: i2p64(rb(r, 663)), []),
    "i2p_pw": ("i2p", "console_password", rpass, []),
    "libp2p_b64": ("ipfs", "libp2p_private_key", g_libp2p_priv, []),
    "libp2p_secp": ("libp2p", "libp2p_private_key", g_libp2p_priv_secp, []),
    "libp2p_hex": ("libp2p", "libp2p_private_key", lambda r: ("08011240" + rhex(r, 64)), []),
    "ed_seed_hex": ("libp2p", "ed25519_seed", lambda r: rhex(r, 32), []),
    "swarm_psk": ("ipfs", "swarm_psk", lambda r: rhex(r, 32), [PNET_DOC_KEY]),
    "cluster_secret": ("ipfs", "cluster_secret", lambda r: rhex(r, 32), []),
    "kubo_bearer": ("ipfs", "rpc_auth_token", lambda r: b64url(rb(r, r.choice([24, 32]))), []),
    "kubo_basic_pw": ("ipfs", "rpc_basic_password", rpass, ["world123"]),
    "ygg_priv": ("yggdrasil", "private_key_hex", lambda r: rhex(r, 64), []),
    "ygg_peer_pw": ("yggdrasil", "peering_password", rpass, []),
    "nebula_host": ("nebula", "host_private_key", lambda r: b64(rb(r, 32)), []),
    "nebula_ca": ("nebula", "ca_private_key", lambda r: "\n".join(wrap(b64(rb(r, 64)))), []),
    "cjdns_priv": ("cjdns", "private_key_hex", lambda r: rhex(r, 32), []),
    "cjdns_pw": ("cjdns", "peering_password", lambda r: rstr(r, r.choice([31, 32, 40]), LOWALNUM), CJDNS_DOC_PW),
    "syncthing_key": ("syncthing", "tls_private_key", lambda r: "\n".join(g_ec_p384_pem_body(r)), []),
    "syncthing_api": ("syncthing", "gui_api_key", lambda r: rstr(r, 32), []),
    "hyper_seed": ("holepunch", "keypair_seed", lambda r: rhex(r, 32), []),
    "hyper_secret": ("holepunch", "secret_key", lambda r: rhex(r, 64), []),
    "ssb_secret": ("ssb", "private_key", lambda r: b64(rb(r, 64)) + ".ed25519", []),
    "matrix_signing": ("matrix", "server_signing_key", lambda r: b64nopad(rb(r, 32)), []),
    "matrix_dendrite": ("matrix", "server_signing_key", lambda r: b64(rb(r, 32)), []),
    "matrix_shared": ("matrix", "registration_shared_secret",
                      lambda r: rstr(r, 50, ALNUM + "~@;:.,_-^=+"), []),
    "lnd_macaroon": ("lightning", "macaroon_hex", g_macaroon, []),
    "cln_hsm": ("lightning", "hsm_secret_hex", lambda r: rhex(r, 32), []),
    "cln_rune": ("lightning", "rune", g_rune, []),
    "lnbits_admin": ("lightning", "admin_api_key", lambda r: rhex(r, 16), []),
    "tracker_passkey": ("bittorrent", "tracker_passkey", lambda r: rhex(r, 16), []),
    "reticulum_id": ("reticulum", "identity_private_key", lambda r: rhex(r, 64), []),
    "reticulum_b64": ("reticulum", "identity_private_key", lambda r: b64(rb(r, 64)), []),
}


# ---------------------------------------------------------------------------
# template machinery
# ---------------------------------------------------------------------------

def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace("@" + k + "@", str(v))
    return text


TEMPLATES = []   # (name, kind, fn(r, S) -> (relpath, text))


def tpl(kind):
    def deco(fn):
        TEMPLATES.append((fn.__name__, kind, fn))
        return fn
    return deco


def pick_name(r, conventional, neutral):
    """About half conventional names, half neutral/unusual ones."""
    return r.choice(conventional) if r.random() < 0.5 else r.choice(neutral)


# ---------------------------- Nostr ---------------------------------------

@tpl("nsec")
def p_nostr_bot_yaml(r, S):
    name = pick_name(r, ["nsec", "private_key"], ["identity", "signer", "key"])
    relays = r.sample(RELAYS, 3)
    return "config/bot.yml", fill("""# @bot@ - posts release notes to nostr
bot:
  name: @bot@
  display_name: "@Bot@ release bot"
  @name@: "@S@"
  relays:
    - @r0@
    - @r1@
    - @r2@
  post_interval: @iv@m
  hashtags: [release, @w@]
""", bot=w(r) + "-bot", Bot=w(r).title(), name=name, S=S, r0=relays[0], r1=relays[1], r2=relays[2],
        iv=r.choice([5, 10, 15, 30]), w=w(r))


@tpl("nsec")
def p_nostr_py(r, S):
    var = pick_name(r, ["NOSTR_NSEC", "NSEC"], ["BOT_IDENTITY", "SIGNER", "_key"])
    return r.choice(["bot/main.py", "src/announcer.py", "scripts/post_status.py"]), fill("""import asyncio
import logging

from nostr_sdk import Client, Keys, NostrSigner, EventBuilder, RelayUrl

log = logging.getLogger(__name__)

@VAR@ = "@S@"
RELAYS = ["@r0@", "@r1@"]


async def main() -> None:
    keys = Keys.parse(@VAR@)
    client = Client(NostrSigner.keys(keys))
    for url in RELAYS:
        await client.add_relay(RelayUrl.parse(url))
    await client.connect()
    builder = EventBuilder.text_note("@w@ node is up")
    out = await client.send_event_builder(builder)
    log.info("published %s", out.id.to_bech32())


if __name__ == "__main__":
    asyncio.run(main())
""", VAR=var, S=S, r0=RELAYS[0], r1=r.choice(RELAYS[1:]), w=w(r))


@tpl("nsec")
def p_nostr_ts(r, S):
    return r.choice(["src/nostr/signer.ts", "lib/publish.ts"]), fill("""import { finalizeEvent, nip19 } from 'nostr-tools'
import { SimplePool } from 'nostr-tools/pool'

const pool = new SimplePool()
const relays = ['@r0@', '@r1@']

// bot identity
const { data: sk } = nip19.decode('@S@')

export async function announce(content: string) {
  const event = finalizeEvent({
    kind: 1,
    created_at: Math.floor(Date.now() / 1000),
    tags: [['t', '@w@']],
    content,
  }, sk as Uint8Array)
  await Promise.any(pool.publish(relays, event))
  return event.id
}
""", S=S, r0=RELAYS[0], r1=r.choice(RELAYS[1:]), w=w(r))


@tpl("nostr_hex")
def p_nostr_hex_env(r, S):
    var = pick_name(r, ["NOSTR_PRIVATE_KEY", "NOSTR_SK"], ["SIGNING_KEY_HEX", "POSTER_SECRET"])
    if r.random() < 0.25:
        path = ".env"
    else:
        path = r.choice(["deploy/bot.env.prod", "config/nostr.conf", "ops/zap-bot.env"])
    return path, fill("""# zap bot settings
LOG_LEVEL=info
RELAYS=@r0@,@r1@
@VAR@=@S@
LNURL_CALLBACK=https://@d@/lnurlp/callback
MAX_ZAP_SATS=@n@
""", VAR=var, S=S, r0=RELAYS[0], r1=r.choice(RELAYS[1:]), d=dom(r), n=r.choice([1000, 5000, 21000]))


@tpl("nostr_hex")
def p_nostr_hex_go(r, S):
    return "cmd/relaybot/main.go", fill("""package main

import (
	"context"
	"log"
	"time"

	"github.com/nbd-wtf/go-nostr"
)

const relayURL = "@r0@"

func main() {
	sk := "@S@"
	pub, err := nostr.GetPublicKey(sk)
	if err != nil {
		log.Fatal(err)
	}
	ev := nostr.Event{
		PubKey:    pub,
		CreatedAt: nostr.Now(),
		Kind:      nostr.KindTextNote,
		Content:   "heartbeat " + time.Now().Format(time.RFC3339),
	}
	ev.Sign(sk)
	ctx := context.Background()
	relay, err := nostr.RelayConnect(ctx, relayURL)
	if err != nil {
		log.Fatal(err)
	}
	if err := relay.Publish(ctx, ev); err != nil {
		log.Fatal(err)
	}
}
""", S=S, r0=r.choice(RELAYS))


@tpl("nostr_hex")
def p_nostr_hex_rust(r, S):
    return "src/identity.rs", fill("""use nostr_sdk::prelude::*;

/// Keys used by the @w@ relay monitor.
pub fn monitor_keys() -> Result<Keys> {
    let secret = SecretKey::from_hex("@S@")?;
    Ok(Keys::new(secret))
}

pub async fn client() -> Result<Client> {
    let client = Client::new(monitor_keys()?);
    client.add_relay("@r0@").await?;
    client.connect().await;
    Ok(client)
}
""", S=S, w=w(r), r0=r.choice(RELAYS))


@tpl("nsec")
def p_nostr_compose(r, S):
    return "docker-compose.yml", fill("""services:
  relay:
    image: scsibug/nostr-rs-relay:latest
    ports:
      - "7000:8080"
    volumes:
      - ./data:/usr/src/app/db
  @w@-bot:
    build: ./bot
    restart: unless-stopped
    environment:
      RELAY_URL: ws://relay:8080
      BOT_NSEC: "@S@"
      POST_CRON: "*/30 * * * *"
    depends_on:
      - relay
""", S=S, w=w(r))


@tpl("bunker_secret")
def p_bunker_uri_json(r, S):
    return r.choice(["config/signer.json", "settings/remote-signer.json"]), fill("""{
  "app": "@w@-client",
  "signer": {
    "type": "nip46",
    "uri": "bunker://@pk@?relay=@r0enc@&relay=@r1enc@&secret=@S@",
    "timeout_ms": 15000
  },
  "perms": ["sign_event:1", "sign_event:7", "nip44_encrypt"]
}
""", w=w(r), pk=rhex(r, 32), r0enc=RELAYS[0].replace("://", "%3A%2F%2F").replace("wss", "wss"),
        r1enc=r.choice(RELAYS[1:]), S=S)


@tpl("bunker_secret")
def p_nostrconnect_ts(r, S):
    return "src/login/connect.ts", fill("""import { BunkerSigner, parseBunkerInput } from 'nostr-tools/nip46'
import { generateSecretKey } from 'nostr-tools/pure'

const localSecret = generateSecretKey()

// pairing link shown once by the signer app
const pairing = 'nostrconnect://@pk@?relay=@r0@&secret=@S@&name=@w@'

export async function login() {
  const bp = await parseBunkerInput(pairing)
  if (!bp) throw new Error('invalid pairing link')
  const signer = BunkerSigner.fromBunker(localSecret, bp)
  await signer.connect()
  return signer
}
""", pk=rhex(r, 32), r0=r.choice(RELAYS), S=S, w=w(r))


@tpl("nwc_secret")
def p_nwc_yaml(r, S):
    return r.choice(["config/wallet.yaml", "deploy/tipbot/values.yaml"]), fill("""tipbot:
  currency: sat
  default_tip: @n@
  wallet:
    # NIP-47 connection from the wallet service
    connection: "nostr+walletconnect://@pk@?relay=@r0@&secret=@S@&lud16=tips@@d@"
  limits:
    daily: 50000
""", n=r.choice([21, 100, 210]), pk=rhex(r, 32), r0=r.choice(RELAYS), S=S, d=dom(r))


@tpl("nwc_secret")
def p_nwc_py(r, S):
    return "app/payments.py", fill("""from urllib.parse import urlparse, parse_qs

NWC_URI = (
    "nostr+walletconnect://@pk@"
    "?relay=@r0@"
    "&secret=@S@"
)


def parse_nwc(uri: str = NWC_URI) -> dict:
    u = urlparse(uri)
    q = parse_qs(u.query)
    return {"wallet_pubkey": u.netloc, "relay": q["relay"][0], "secret": q["secret"][0]}
""", pk=rhex(r, 32), r0=r.choice(RELAYS), S=S)


@tpl("relay_admin")
def p_relay_admin_toml(r, S):
    name = pick_name(r, ["admin_token", "api_token"], ["operator_key", "mgmt_bearer"])
    return "config/relay.toml", fill("""[info]
relay_url = "wss://@d@/"
name = "@w@ relay"
description = "Community relay for the @w@ project"
contact = "mailto:ops@@d@"

[database]
data_directory = "/var/lib/relay"

[network]
port = 8080
address = "0.0.0.0"

[management]
enabled = true
@name@ = "@S@"

[limits]
messages_per_sec = 10
max_event_bytes = 131072
""", d=dom(r), w=w(r), name=name, S=S)


@tpl("relay_admin")
def p_relay_admin_curl(r, S):
    return "scripts/ban-pubkey.sh", fill("""#!/usr/bin/env bash
# Ban a pubkey on our relay through the management API.
set -euo pipefail

PUBKEY="${1:?usage: $0 <hex-pubkey> [reason]}"
REASON="${2:-spam}"

curl -sS -X POST "https://@d@/management" \\
  -H "Content-Type: application/nostr+json+rpc" \\
  -H "Authorization: Bearer @S@" \\
  -d "{\\"method\\":\\"banpubkey\\",\\"params\\":[\\"$PUBKEY\\",\\"$REASON\\"]}"
""", d=dom(r), S=S)


# ---------------------------- Tor -----------------------------------------

@tpl("tor_ctl_pw")
def p_torrc_stem_py(r, S):
    return r.choice(["tools/new_identity.py", "scripts/rotate_circuit.py"]), fill("""from stem import Signal
from stem.control import Controller

CONTROL_PORT = 9051


def new_identity():
    with Controller.from_port(port=CONTROL_PORT) as controller:
        controller.authenticate(password="@S@")
        controller.signal(Signal.NEWNYM)
        return controller.get_info("circuit-status")


if __name__ == "__main__":
    print(new_identity())
""", S=S)


@tpl("tor_ctl_pw")
def p_bitcoin_conf(r, S):
    return r.choice(["deploy/bitcoin.conf", "node/bitcoin.conf"]), fill("""# bitcoin core, tor only
server=1
txindex=0
proxy=127.0.0.1:9050
listen=1
bind=127.0.0.1
onlynet=onion
listenonion=1
torcontrol=127.0.0.1:9051
torpassword=@S@
dbcache=@n@
""", S=S, n=r.choice([450, 1024, 2048]))


@tpl("tor_ctl_pw")
def p_lnd_tor(r, S):
    return "lnd/lnd.conf", fill("""[Application Options]
alias=@w@-node
color=#@c@
listen=localhost
debuglevel=info

[Bitcoin]
bitcoin.active=1
bitcoin.mainnet=1
bitcoin.node=bitcoind

[tor]
tor.active=1
tor.v3=1
tor.streamisolation=1
tor.control=localhost:9051
tor.password=@S@
""", w=w(r), c=rhex(r, 3), S=S)


@tpl("hs_secret")
def p_hs_k8s_secret(r, S):
    return "k8s/onion-secret.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: @w@-onion-keys
  namespace: tor
type: Opaque
data:
  hostname: @host@
  hs_ed25519_public_key: @pub@
  hs_ed25519_secret_key: @S@
""", w=w(r), host=b64((g_onion(r) + "\n").encode()), pub=g_hs_public_b64(r), S=S)


@tpl("hs_secret")
def p_hs_ansible(r, S):
    return "ansible/group_vars/onion.yml", fill("""---
tor_hidden_services:
  - name: @w@
    dir: /var/lib/tor/@w@
    ports:
      - "80 127.0.0.1:8080"
    # restored from backup so the address stays stable
    secret_key_b64: "@S@"
tor_socks_port: 9050
tor_control_port: 9051
""", w=w(r), S=S)


@tpl("addonion")
def p_addonion_py(r, S):
    return "onion/publish.py", fill("""from stem.control import Controller

KEY_TYPE = "ED25519-V3"
KEY_CONTENT = "@S@"


def publish(port: int = 8080) -> str:
    with Controller.from_port(port=9051) as c:
        c.authenticate()
        svc = c.create_ephemeral_hidden_service(
            {80: port}, key_type=KEY_TYPE, key_content=KEY_CONTENT, await_publication=True)
        return svc.service_id + ".onion"
""", S=S)


@tpl("addonion")
def p_addonion_file(r, S):
    return r.choice(["data/onion_v3_private_key", "fixtures/node1/onion_v3_private_key"]), fill(
        "ED25519-V3:@S@\n", S=S)


@tpl("addonion")
def p_addonion_go(r, S):
    return "internal/onion/service.go", fill("""package onion

import (
	"fmt"
	"net/textproto"
)

// serviceKey keeps the onion address stable across restarts.
const serviceKey = "ED25519-V3:@S@"

func AddOnion(conn *textproto.Conn, virtPort, target int) error {
	id, err := conn.Cmd("ADD_ONION %s Flags=Detach Port=%d,127.0.0.1:%d", serviceKey, virtPort, target)
	if err != nil {
		return err
	}
	conn.StartResponse(id)
	defer conn.EndResponse(id)
	_, msg, err := conn.ReadResponse(250)
	if err != nil {
		return fmt.Errorf("add_onion: %w (%s)", err, msg)
	}
	return nil
}
""", S=S)


@tpl("tor_client_auth")
def p_tor_auth_private(r, S):
    onion = g_onion(r)[:-6]
    return "tor/onion_auth/@w@.auth_private".replace("@w@", w(r)), fill(
        "@o@:descriptor:x25519:@S@\n", o=onion, S=S)


@tpl("tor_client_auth")
def p_tor_auth_md(r, S):
    onion = g_onion(r)[:-6]
    return "docs/ops/admin-panel-access.md", fill("""# Admin panel over Tor

The admin panel is an onion service with restricted discovery (client auth).

1. Add to your torrc:

   ```
   ClientOnionAuthDir /var/lib/tor/onion_auth
   ```

2. Create `/var/lib/tor/onion_auth/admin.auth_private` with:

   ```
   @o@:descriptor:x25519:@S@
   ```

3. Restart tor and open http://@o@.onion/ in Tor Browser.
""", o=onion, S=S)


# ---------------------------- I2P -----------------------------------------

@tpl("i2p_priv")
def p_i2p_sam_py(r, S):
    return "i2p/session.py", fill("""import socket

SAM = ("127.0.0.1", 7656)
# persistent destination for the @w@ service (PRIV from DEST GENERATE)
DESTINATION = "@S@"


def open_session(nick: str = "@w@") -> socket.socket:
    s = socket.create_connection(SAM)
    s.sendall(b"HELLO VERSION MIN=3.1 MAX=3.3\\n")
    s.recv(4096)
    cmd = f"SESSION CREATE STYLE=STREAM ID={nick} DESTINATION={DESTINATION} SIGNATURE_TYPE=7\\n"
    s.sendall(cmd.encode())
    reply = s.recv(4096).decode()
    if "RESULT=OK" not in reply:
        raise RuntimeError(reply)
    return s
""", w=w(r), S=S)


@tpl("i2p_priv")
def p_i2p_yaml(r, S):
    return "config/i2p.yaml", fill("""i2p:
  sam_address: 127.0.0.1:7656
  tunnel_length: 3
  tunnel_quantity: 2
  private_destination: @S@
  b32: @b32@.b32.i2p
""", S=S, b32=b32l(rb(r, 32)))


@tpl("i2p_pw")
def p_i2pd_conf(r, S):
    return "i2pd/i2pd.conf", fill("""## i2pd router
log = file
logfile = /var/log/i2pd/i2pd.log
loglevel = warn
ipv4 = true
ipv6 = false
bandwidth = P
share = 50

[http]
enabled = true
address = 0.0.0.0
port = 7070
auth = true
user = @u@
pass = @S@

[sam]
enabled = true
address = 127.0.0.1
port = 7656
""", u=r.choice(["admin", "operator", w(r)]), S=S)


# ---------------------------- IPFS / libp2p -------------------------------

@tpl("libp2p_b64")
def p_kubo_config(r, S):
    return r.choice(["ipfs/config", "deploy/ipfs/config.json", ".ipfs/config"]), fill("""{
  "API": {
    "HTTPHeaders": {}
  },
  "Addresses": {
    "API": "/ip4/127.0.0.1/tcp/5001",
    "Gateway": "/ip4/127.0.0.1/tcp/8080",
    "Swarm": [
      "/ip4/0.0.0.0/tcp/4001",
      "/ip4/0.0.0.0/udp/4001/quic-v1"
    ]
  },
  "Datastore": {
    "StorageMax": "@gb@GB",
    "GCPeriod": "1h"
  },
  "Identity": {
    "PeerID": "@pid@",
    "PrivKey": "@S@"
  },
  "Routing": {
    "Type": "auto"
  }
}
""", gb=r.choice([10, 50, 200]), pid=g_peerid(r), S=S)


@tpl("libp2p_b64")
def p_libp2p_js(r, S):
    return r.choice(["src/node.js", "src/p2p/createNode.mjs"]), fill("""import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { fromString } from 'uint8arrays/from-string'

const privateKey = privateKeyFromProtobuf(
  fromString('@S@', 'base64pad')
)

export async function startNode () {
  return createLibp2p({
    privateKey,
    addresses: { listen: ['/ip4/0.0.0.0/tcp/@port@'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()]
  })
}
""", S=S, port=r.choice([4001, 15002, 9090]))


@tpl("libp2p_b64")
def p_libp2p_go(r, S):
    return "p2p/host.go", fill("""package p2p

import (
	"encoding/base64"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
)

var bootstrapIdentity = "@S@"

func NewHost(listen string) (host.Host, error) {
	raw, err := base64.StdEncoding.DecodeString(bootstrapIdentity)
	if err != nil {
		return nil, err
	}
	priv, err := crypto.UnmarshalPrivateKey(raw)
	if err != nil {
		return nil, err
	}
	return libp2p.New(libp2p.Identity(priv), libp2p.ListenAddrStrings(listen))
}
""", S=S)


@tpl("libp2p_secp")
def p_libp2p_secp_yaml(r, S):
    return r.choice(["config/node.yaml", "chart/values-bootnode.yaml"]), fill("""node:
  network: @w@-testnet
  p2p:
    listen:
      - /ip4/0.0.0.0/tcp/30333
      - /ip4/0.0.0.0/udp/30333/quic-v1
    # secp256k1 identity (libp2p protobuf, base64)
    node_key: "@S@"
    max_peers: @n@
  rpc:
    enabled: true
    port: 8545
""", w=w(r), S=S, n=r.choice([25, 50, 100]))


@tpl("libp2p_hex")
def p_libp2p_hex_py(r, S):
    return "tests/conftest.py", fill("""import pytest
from libp2p.crypto.serialization import deserialize_private_key

# fixed identity so the integration tests see a stable peer id
NODE_KEY_HEX = "@S@"


@pytest.fixture(scope="session")
def node_key():
    return deserialize_private_key(bytes.fromhex(NODE_KEY_HEX))
""", S=S)


@tpl("ed_seed_hex")
def p_libp2p_rust(r, S):
    return "src/p2p/keys.rs", fill("""use libp2p::identity::Keypair;

/// Stable identity for the @w@ bootstrap node.
pub fn bootstrap_keypair() -> Keypair {
    let mut bytes = hex::decode("@S@").expect("valid hex");
    Keypair::ed25519_from_bytes(&mut bytes).expect("32-byte ed25519 secret")
}
""", w=w(r), S=S)


@tpl("swarm_psk")
def p_swarm_key(r, S):
    return r.choice(["ipfs/swarm.key", "deploy/private-net/swarm.key"]), fill(
        "/key/swarm/psk/1.0.0/\n/base16/\n@S@\n", S=S)


@tpl("swarm_psk")
def p_swarm_dockerfile(r, S):
    return "docker/ipfs-private/Dockerfile", fill("""FROM ipfs/kubo:v0.29.0

ENV LIBP2P_FORCE_PNET=1
ENV IPFS_PROFILE=server

RUN printf '/key/swarm/psk/1.0.0/\\n/base16/\\n%s\\n' '@S@' > /container-init.d/swarm.key.tmpl
COPY 001-bootstrap.sh /container-init.d/001-bootstrap.sh

EXPOSE 4001 5001 8080
""", S=S)


@tpl("swarm_psk")
def p_swarm_go(r, S):
    return "internal/pnet/psk.go", fill("""package pnet

import (
	"strings"

	"github.com/libp2p/go-libp2p/core/pnet"
)

const swarmKey = `/key/swarm/psk/1.0.0/
/base16/
@S@`

func PSK() (pnet.PSK, error) {
	return pnet.DecodeV1PSK(strings.NewReader(swarmKey))
}
""", S=S)


@tpl("cluster_secret")
def p_cluster_service(r, S):
    return "ipfs-cluster/service.json", fill("""{
  "cluster": {
    "peername": "@w@-@n@",
    "secret": "@S@",
    "leave_on_shutdown": false,
    "listen_multiaddress": [
      "/ip4/0.0.0.0/tcp/9096"
    ],
    "replication_factor_min": -1,
    "replication_factor_max": -1
  },
  "consensus": {
    "crdt": {
      "cluster_name": "@w@-cluster",
      "trusted_peers": ["*"]
    }
  }
}
""", w=w(r), n=r.randint(1, 9), S=S)


@tpl("cluster_secret")
def p_cluster_compose(r, S):
    return "docker-compose.cluster.yml", fill("""services:
  ipfs0:
    image: ipfs/kubo:release
    volumes:
      - ./compose/ipfs0:/data/ipfs
  cluster0:
    image: ipfs/ipfs-cluster:latest
    depends_on:
      - ipfs0
    environment:
      CLUSTER_PEERNAME: cluster0
      CLUSTER_SECRET: @S@
      CLUSTER_IPFSHTTP_NODEMULTIADDRESS: /dns4/ipfs0/tcp/5001
      CLUSTER_CRDT_TRUSTEDPEERS: '*'
      CLUSTER_MONITORPINGINTERVAL: 2s
    ports:
      - "127.0.0.1:9094:9094"
""", S=S)


@tpl("kubo_bearer")
def p_kubo_auth(r, S):
    return r.choice(["ipfs/config.json", "infra/kubo/config"]), fill("""{
  "API": {
    "HTTPHeaders": {
      "Access-Control-Allow-Origin": ["https://@d@"]
    },
    "Authorizations": {
      "ci-pinner": {
        "AuthSecret": "bearer:@S@",
        "AllowedPaths": ["/api/v0/pin", "/api/v0/add", "/api/v0/version"]
      }
    }
  },
  "Gateway": {
    "NoFetch": false,
    "PublicGateways": null
  }
}
""", d=dom(r), S=S)


@tpl("kubo_bearer")
def p_kubo_gha(r, S):
    return ".github/workflows/pin.yml", fill("""name: pin site
on:
  push:
    branches: [main]
jobs:
  pin:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: add to our kubo node
        run: |
          CID=$(curl -sf -X POST -H "Authorization: Bearer @S@" \\
            -F file=@dist.car "https://ipfs.@d@/api/v0/dag/import?pin-roots=true" | jq -r .Root.Cid.'"/"')
          echo "pinned $CID"
""", S=S, d=dom(r))


@tpl("kubo_basic_pw")
def p_kubo_basic(r, S):
    return "infra/kubo/rpc-auth.json", fill("""{
  "API": {
    "Authorizations": {
      "webui": {
        "AuthSecret": "basic:@u@:@S@",
        "AllowedPaths": ["/api/v0"]
      }
    }
  }
}
""", u=r.choice(["admin", "ops", w(r)]), S=S)


# ---------------------------- Yggdrasil -----------------------------------

@tpl("ygg_priv")
def p_ygg_conf(r, S):
    return r.choice(["etc/yggdrasil.conf", "yggdrasil/yggdrasil.conf"]), fill("""{
  # Your private key. DO NOT share this with anyone!
  PrivateKey: @S@

  # List of outbound peer connection strings.
  Peers: [
    tls://@ip0@:@p0@
    tcp://@ip1@:@p1@
  ]

  InterfacePeers: {}

  Listen: [
    tls://[::]:@lp@
  ]

  AdminListen: unix:///var/run/yggdrasil.sock

  MulticastInterfaces: [
    {
      Regex: .*
      Beacon: true
      Listen: true
      Port: 0
      Priority: 0
    }
  ]

  AllowedPublicKeys: []
  IfName: auto
  IfMTU: 65535
  NodeInfoPrivacy: false
  NodeInfo: {}
}
""", S=S, ip0=rip(r), p0=rport(r), ip1=rip(r), p1=rport(r), lp=r.choice([9001, 12345, 443]))


@tpl("ygg_priv")
def p_ygg_nix(r, S):
    return "ansible/roles/yggdrasil/vars/main.yml", fill("""---
yggdrasil_peers:
  - tls://@ip0@:@p0@
  - quic://@ip1@:@p1@
yggdrasil_if_name: ygg0
yggdrasil_node_key: "@S@"
yggdrasil_admin_listen: unix:///var/run/yggdrasil.sock
""", ip0=rip(r), p0=rport(r), ip1=rip(r), p1=rport(r), S=S)


@tpl("ygg_peer_pw")
def p_ygg_peer_pw(r, S):
    return "yggdrasil/peers.hjson", fill("""{
  Peers: [
    "tls://@ip0@:@p0@?key=@k@&password=@S@"
    "tcp://@ip1@:@p1@"
  ]
}
""", ip0=rip(r), p0=rport(r), k=rhex(r, 32), S=S, ip1=rip(r), p1=rport(r))


# ---------------------------- Nebula --------------------------------------

@tpl("nebula_host")
def p_nebula_inline(r, S):
    return r.choice(["nebula/config.yml", "deploy/nebula/host-@w@.yml".replace("@w@", w(r))]), fill("""pki:
  ca: /etc/nebula/ca.crt
  cert: /etc/nebula/host.crt
  key: |
    -----BEGIN NEBULA X25519 PRIVATE KEY-----
    @S@
    -----END NEBULA X25519 PRIVATE KEY-----

static_host_map:
  "192.168.100.1": ["@ip@:4242"]

lighthouse:
  am_lighthouse: false
  interval: 60
  hosts:
    - "192.168.100.1"

listen:
  host: 0.0.0.0
  port: 4242

firewall:
  outbound:
    - port: any
      proto: any
      host: any
  inbound:
    - port: 22
      proto: tcp
      group: admins
""", S=S, ip=rip(r))


@tpl("nebula_host")
def p_nebula_keyfile(r, S):
    return r.choice(["certs/host.key", "nebula/@w@.key".replace("@w@", w(r))]), fill(
        "-----BEGIN NEBULA X25519 PRIVATE KEY-----\n@S@\n-----END NEBULA X25519 PRIVATE KEY-----\n", S=S)


@tpl("nebula_ca")
def p_nebula_ca(r, S):
    return r.choice(["pki/ca.key", "nebula/ca.key"]), fill(
        "-----BEGIN NEBULA ED25519 PRIVATE KEY-----\n@S@\n-----END NEBULA ED25519 PRIVATE KEY-----\n", S=S)


@tpl("nebula_ca")
def p_nebula_ca_tf(r, S):
    return "terraform/nebula.tf", fill("""resource "local_sensitive_file" "nebula_ca_key" {
  filename        = "${path.module}/out/ca.key"
  file_permission = "0600"
  content         = <<-EOT
    -----BEGIN NEBULA ED25519 PRIVATE KEY-----
    @S@
    -----END NEBULA ED25519 PRIVATE KEY-----
  EOT
}

resource "null_resource" "sign_hosts" {
  provisioner "local-exec" {
    command = "nebula-cert sign -ca-key ${local_sensitive_file.nebula_ca_key.filename} -name lighthouse -ip 192.168.100.1/24"
  }
}
""", S=S.replace("\n", "\n    "))


# ---------------------------- cjdns ---------------------------------------

@tpl("cjdns_priv")
def p_cjdroute(r, S):
    return r.choice(["cjdns/cjdroute.conf", "etc/cjdroute.conf"]), fill("""{
    // Private key:
    // Your confidentiality and data integrity depend on this key, keep it secret!
    "privateKey": "@S@",

    // This key corresponds to the public key and ipv6 address:
    "publicKey": "@pub@",
    "ipv6": "@ip6@",

    "authorizedPasswords":
    [
        { "password": "${CJDNS_PEER_PASSWORD}", "user": "default-login" }
    ],

    "admin":
    {
        "bind": "127.0.0.1:11234"
    },

    "interfaces":
    {
        "UDPInterface":
        [
            {
                "bind": "0.0.0.0:@port@",
                "connectTo": {}
            }
        ]
    },

    "router":
    {
        "interface": { "type": "TUNInterface" }
    },

    "noBackground": 0
}
""", S=S, pub=g_cjdns_pub(r), ip6=g_cjdns_ip(r), port=r.randint(20000, 60000))


@tpl("cjdns_pw")
def p_cjdns_peer(r, S):
    return "cjdns/peers.json", fill("""{
    "@ip@:@port@": {
        "login": "@w@-peering",
        "password": "@S@",
        "publicKey": "@pub@",
        "peerName": "@w@.@d@"
    }
}
""", ip=rip(r), port=r.randint(20000, 60000), w=w(r), S=S, pub=g_cjdns_pub(r), d=dom(r))


@tpl("cjdns_pw")
def p_cjdns_admin_py(r, S):
    return "tools/cjdns_stats.py", fill("""#!/usr/bin/env python3
from cjdns import connect

ADMIN_ADDR = "127.0.0.1"
ADMIN_PORT = 11234


def main():
    cjdns = connect(ADMIN_ADDR, ADMIN_PORT, "@S@")
    for peer in cjdns.InterfaceController_peerStats(0)["peers"]:
        print(peer["addr"], peer["state"], peer["bytesIn"], peer["bytesOut"])


if __name__ == "__main__":
    main()
""", S=S)


# ---------------------------- Syncthing -----------------------------------

@tpl("syncthing_key")
def p_syncthing_keypem(r, S):
    return r.choice(["syncthing/key.pem", "config/syncthing/key.pem"]), fill(
        "-----BEGIN EC PRIVATE KEY-----\n@S@\n-----END EC PRIVATE KEY-----\n", S=S)


@tpl("syncthing_key")
def p_syncthing_k8s(r, S):
    body = "\n".join("    " + l for l in S.split("\n"))
    return "k8s/syncthing/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: syncthing-identity
type: Opaque
stringData:
  key.pem: |
    -----BEGIN EC PRIVATE KEY-----
""" + body + """
    -----END EC PRIVATE KEY-----
"""


@tpl("syncthing_api")
def p_syncthing_xml(r, S):
    return r.choice(["syncthing/config.xml", "config/syncthing/config.xml"]), fill("""<configuration version="37">
    <folder id="@fid@" label="@W@" path="/data/@w@" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true">
        <filesystemType>basic</filesystemType>
        <device id="@dev@" introducedBy=""></device>
    </folder>
    <device id="@dev@" name="@w@-nas" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:8384</address>
        <apikey>@S@</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>default</listenAddress>
        <globalAnnounceEnabled>true</globalAnnounceEnabled>
        <relaysEnabled>true</relaysEnabled>
    </options>
</configuration>
""", fid=rstr(r, 5, "abcdefghijkmnopqrstuvwxyz234567") + "-" + rstr(r, 5, "abcdefghijkmnopqrstuvwxyz234567"),
        W=w(r).title(), w=w(r), dev=g_syncthing_id(r), S=S)


@tpl("syncthing_api")
def p_syncthing_curl(r, S):
    name = pick_name(r, ["SYNCTHING_API_KEY", "ST_APIKEY"], ["K", "hdr"])
    return "scripts/syncthing-rescan.sh", fill("""#!/bin/sh
# trigger a rescan after the nightly export
@N@="@S@"
curl -fsS -X POST -H "X-API-Key: $@N@" \\
  "http://127.0.0.1:8384/rest/db/scan?folder=@fid@"
""", N=name, S=S, fid=w(r) + "-export")


# ---------------------------- Holepunch / Hypercore -----------------------

@tpl("hyper_seed")
def p_hyperswarm_js(r, S):
    return r.choice(["src/swarm.js", "lib/peer.js"]), fill("""const Hyperswarm = require('hyperswarm')
const b4a = require('b4a')
const crypto = require('hypercore-crypto')

// deterministic keypair so peers can pin our public key
const keyPair = crypto.keyPair(b4a.from('@S@', 'hex'))

const swarm = new Hyperswarm({ keyPair })
const topic = crypto.discoveryKey(b4a.from('@w@-chat'))

swarm.on('connection', (conn, info) => {
  conn.write('hello from ' + b4a.toString(keyPair.publicKey, 'hex'))
  conn.on('data', (d) => console.log(info.publicKey.toString('hex').slice(0, 8), d.toString()))
})

swarm.join(topic, { server: true, client: true })
""", S=S, w=w(r))


@tpl("hyper_seed")
def p_pear_json(r, S):
    return "config/peer.json", fill("""{
  "name": "@w@-seeder",
  "storage": "./storage",
  "topics": ["@t@"],
  "seed": "@S@",
  "announce": true,
  "maxPeers": @n@
}
""", w=w(r), t=rhex(r, 32), S=S, n=r.choice([32, 64, 128]))


@tpl("hyper_secret")
def p_hypercore_ts(r, S):
    return "src/feed.ts", fill("""import Hypercore from 'hypercore'
import b4a from 'b4a'

const publicKey = b4a.from('@pk@', 'hex')
const secretKey = b4a.from('@S@', 'hex')

export const core = new Hypercore('./storage/@w@', {
  keyPair: { publicKey, secretKey },
  valueEncoding: 'json'
})

export async function append (entry: object) {
  await core.ready()
  return core.append(entry)
}
""", pk=rhex(r, 32), S=S, w=w(r))


# ---------------------------- Secure Scuttlebutt --------------------------

@tpl("ssb_secret")
def p_ssb_secret(r, S):
    pub = b64(rb(r, 32))
    return r.choice(["ssb/secret", ".ssb/secret", "fixtures/pub/secret"]), fill("""# WARNING: Never show this to anyone.
# WARNING: Never edit it or use it on multiple devices at once.
#
# This is your SECRET, it gives you magical powers. With your secret you can
# sign your messages so that your friends can verify that the messages came
# from you. If anyone learns your secret, they can use it to impersonate you.
#
# If you use this secret on more than one device you will create a fork and
# your friends will stop replicating your content.
#
{
  "curve": "ed25519",
  "public": "@pub@.ed25519",
  "private": "@S@",
  "id": "@@pub@.ed25519"
}
#
#   The only part of this file that's safe to share is your public name:
#
#   @@pub@.ed25519
""", pub=pub, S=S)


@tpl("ssb_secret")
def p_ssb_js(r, S):
    return "server/keys.js", fill("""const ssbKeys = require('ssb-keys')

// pub server identity (copied from the old droplet)
module.exports = ssbKeys.loadOrCreateSync(process.env.SSB_KEYS_PATH) || {
  curve: 'ed25519',
  public: '@pub@.ed25519',
  private: '@S@',
  id: '@@pub@.ed25519'
}
""", pub=b64(rb(r, 32)), S=S)


# ---------------------------- Matrix --------------------------------------

@tpl("matrix_signing")
def p_synapse_key(r, S):
    host = r.choice(["matrix", "chat", "m"]) + "." + dom(r)
    return "synapse/" + host + ".signing.key", fill("ed25519 a_@kid@ @S@\n", kid=rstr(r, 4), S=S)


@tpl("matrix_signing")
def p_synapse_ansible(r, S):
    return "inventory/host_vars/matrix.yml", fill("""---
matrix_domain: @d@
matrix_synapse_container_image_self_build: false
matrix_synapse_signing_key: "ed25519 a_@kid@ @S@"
matrix_synapse_enable_registration: false
matrix_synapse_max_upload_size_mb: 100
""", d=dom(r), kid=rstr(r, 4), S=S)


@tpl("matrix_dendrite")
def p_dendrite_pem(r, S):
    return r.choice(["dendrite/matrix_key.pem", "config/matrix_key.pem"]), fill(
        "-----BEGIN MATRIX PRIVATE KEY-----\nKey-ID: ed25519:@kid@\n\n@S@\n-----END MATRIX PRIVATE KEY-----\n",
        kid=rstr(r, 6), S=S)


@tpl("matrix_shared")
def p_synapse_homeserver(r, S):
    name = r.choice(["registration_shared_secret", "macaroon_secret_key", "form_secret"])
    d = dom(r)
    return r.choice(["synapse/homeserver.yaml", "matrix/homeserver.yaml"]), fill("""server_name: "@d@"
pid_file: /data/homeserver.pid
listeners:
  - port: 8008
    tls: false
    type: http
    x_forwarded: true
    resources:
      - names: [client, federation]
        compress: false
database:
  name: psycopg2
  args:
    user: synapse
    database: synapse
    host: postgres
    cp_min: 5
    cp_max: 10
log_config: "/data/@d@.log.config"
media_store_path: /data/media_store
report_stats: false
@name@: "@S@"
signing_key_path: "/data/@d@.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
""", d=d, name=name, S=S)


@tpl("matrix_shared")
def p_synapse_register_sh(r, S):
    return "scripts/create-admin.sh", fill("""#!/usr/bin/env bash
set -e
# one-off: create the first admin on a fresh homeserver
docker exec -it synapse register_new_matrix_user \\
  -u "${1:-admin}" --admin \\
  -k '@S@' \\
  http://localhost:8008
""", S=S)


# ---------------------------- Lightning -----------------------------------

@tpl("lnd_macaroon")
def p_lnd_rest_py(r, S):
    name = pick_name(r, ["LND_MACAROON", "MACAROON_HEX"], ["AUTH", "creds"])
    return r.choice(["payments/lnd_client.py", "app/lightning.py"]), fill("""import requests

LND_REST = "https://@h@:8080"
@N@ = "@S@"


def create_invoice(sats: int, memo: str) -> str:
    resp = requests.post(
        f"{LND_REST}/v1/invoices",
        headers={"Grpc-Metadata-macaroon": @N@},
        json={"value": sats, "memo": memo},
        verify="tls.cert",
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["payment_request"]
""", h=r.choice(["localhost", "lnd", "10.0.0." + str(r.randint(2, 200))]), N=name, S=S)


@tpl("lnd_macaroon")
def p_lnd_btcpay(r, S):
    return "btcpay/connection.txt", fill(
        "type=lnd-rest;server=https://lnd.@d@:8080/;macaroon=@S@;certthumbprint=@tp@\n",
        d=dom(r), S=S, tp=rhex(r, 32))


@tpl("lnd_macaroon")
def p_lnd_curl_md(r, S):
    return "docs/lightning.md", fill("""## Checking the node

From the app server:

```sh
curl --cacert tls.cert \\
  --header "Grpc-Metadata-macaroon: @S@" \\
  https://@h@:8080/v1/getinfo
```

The response includes `identity_pubkey`, `num_active_channels` and `synced_to_chain`.
""", S=S, h="lnd." + dom(r))


@tpl("cln_hsm")
def p_cln_hsm_sh(r, S):
    return "scripts/restore-node.sh", fill("""#!/usr/bin/env bash
# Restore the Core Lightning node identity on a new VPS.
set -euo pipefail
LN_DIR="${LIGHTNING_DIR:-$HOME/.lightning/bitcoin}"
mkdir -p "$LN_DIR"
echo -n "@S@" | xxd -r -p > "$LN_DIR/hsm_secret"
chmod 0400 "$LN_DIR/hsm_secret"
systemctl restart lightningd
""", S=S)


@tpl("cln_hsm")
def p_cln_hsm_yaml(r, S):
    return "group_vars/lightning.yml", fill("""cln_network: bitcoin
cln_alias: "@w@"
cln_rgb: "@c@"
cln_hsm_secret_hex: "@S@"
cln_plugins:
  - clnrest
  - summars
""", w=w(r), c=rhex(r, 3), S=S)


@tpl("cln_rune")
def p_cln_rune(r, S):
    name = pick_name(r, ["CLN_RUNE", "rune"], ["token", "auth"])
    return "src/cln.ts", fill("""const NODE = 'https://@h@:3010'
const @N@ = '@S@'

export async function listFunds () {
  const res = await fetch(`${NODE}/v1/listfunds`, {
    method: 'POST',
    headers: { Rune: @N@, 'Content-Type': 'application/json' },
    body: '{}'
  })
  return res.json()
}
""", h="cln." + dom(r), N=name, S=S)


@tpl("lnbits_admin")
def p_lnbits(r, S):
    name = pick_name(r, ["LNBITS_ADMIN_KEY", "lnbits_admin_key"], ["wallet_key", "X_API"])
    return r.choice(["bot/settings.py", "tipbot/settings.py"]), fill("""# lnbits wallet used by the tip bot
LNBITS_URL = "https://legend.@d@"
WALLET_ID = "@wid@"
@N@ = "@S@"
INVOICE_EXPIRY = 3600
""", d=dom(r), wid=rhex(r, 16), N=name, S=S)


@tpl("lnbits_admin")
def p_lnbits_curl(r, S):
    return "Makefile", fill(""".PHONY: balance invoice

LNBITS ?= https://pay.@d@

balance:
\tcurl -s $(LNBITS)/api/v1/wallet -H "X-Api-Key: @S@" | jq .

invoice:
\tcurl -s -X POST $(LNBITS)/api/v1/payments -H "Content-Type: application/json" \\
\t  -H "X-Api-Key: @S@" -d '{"out": false, "amount": 1000, "memo": "test"}'
""", d=dom(r), S=S)


# ---------------------------- BitTorrent ----------------------------------

@tpl("tracker_passkey")
def p_tracker_announce(r, S):
    return r.choice(["config/qbittorrent-seed.yml", "seedbox/trackers.yml"]), fill("""seedbox:
  client: qbittorrent
  save_path: /srv/torrents
  trackers:
    - name: @w@
      announce: https://tracker.@d@/announce.php?passkey=@S@
    - name: public
      announce: udp://tracker.opentrackr.org:1337/announce
  ratio_limit: 2.0
""", w=w(r), d=dom(r), S=S)


@tpl("tracker_passkey")
def p_tracker_py(r, S):
    return "tools/make_torrent.py", fill("""import torf

ANNOUNCE = "https://@t@/@S@/announce"


def build(path: str, out: str) -> None:
    t = torf.Torrent(path=path, trackers=[ANNOUNCE], private=True, source="@src@")
    t.generate()
    t.write(out)
""", t=r.choice(["t.", "tracker.", "announce."]) + dom(r), S=S, src=w(r).upper()[:3])


@tpl("tracker_passkey")
def p_tracker_autodl(r, S):
    return "autodl/autodl.cfg", fill("""[options]
max-saved-releases = 1000
save-download-history = true

[tracker @w@]
enabled = true
passkey = @S@
uid = @uid@

[filter tv]
match-categories = TV*
upload-type = rtorrent
""", w=w(r), S=S, uid=r.randint(1000, 99999))


# ---------------------------- Reticulum -----------------------------------

@tpl("reticulum_id")
def p_reticulum_py(r, S):
    return r.choice(["lxmf_bot/identity.py", "node/announce.py"]), fill("""import RNS
import LXMF

APP_NAME = "@w@"
IDENTITY_HEX = "@S@"


def start():
    RNS.Reticulum()
    identity = RNS.Identity.from_bytes(bytes.fromhex(IDENTITY_HEX))
    router = LXMF.LXMRouter(storagepath="./lxmf")
    dest = router.register_delivery_identity(identity, display_name="@W@ bot")
    router.announce(dest.hash)
    RNS.log("LXMF address " + RNS.prettyhexrep(dest.hash))
    return router
""", w=w(r), S=S, W=w(r).title())


@tpl("reticulum_b64")
def p_reticulum_yaml(r, S):
    return "config/mesh-node.yaml", fill("""reticulum:
  share_instance: true
  enable_transport: @tr@
  interfaces:
    - type: TCPClientInterface
      target_host: @ip@
      target_port: 4242
node:
  display_name: "@W@ relay"
  identity_b64: "@S@"
  announce_interval: 600
""", tr=r.choice(["true", "false"]), ip=rip(r), W=w(r).title(), S=S)


# ---------------------------- systemd / misc ------------------------------

@tpl("tor_ctl_pw")
def p_systemd_torbridge(r, S):
    return "deploy/systemd/onion-publisher.service", fill("""[Unit]
Description=Publish the @w@ onion service through the Tor control port
After=network-online.target tor.service
Wants=tor.service

[Service]
Type=simple
User=onion
Environment=TOR_CONTROL_PORT=9051
Environment=TOR_CONTROL_PASSWORD=@S@
ExecStart=/usr/local/bin/onion-publisher --target 127.0.0.1:8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", w=w(r), S=S)


@tpl("nsec")
def p_systemd_nostr(r, S):
    return "deploy/nostr-bot.service", fill("""[Unit]
Description=@w@ nostr bot
After=network-online.target

[Service]
User=nostr
WorkingDirectory=/opt/@w@-bot
ExecStart=/opt/@w@-bot/venv/bin/python -m bot --relay @r0@ --nsec @S@
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""", w=w(r), r0=r.choice(RELAYS), S=S)


@tpl("ygg_priv")
def p_ygg_docker_run(r, S):
    return "docs/yggdrasil-node.md", fill("""# Running our Yggdrasil gateway

We pin the node key so the gateway keeps its `200:` address after a rebuild.

```sh
docker run -d --name ygg --cap-add NET_ADMIN --device /dev/net/tun \\
  -e YGGDRASIL_PRIVATE_KEY=@S@ \\
  -p @port@:@port@ ghcr.io/@o@/yggdrasil:0.5
```

Peers are in `peers.hjson`. The admin socket is not exposed.
""", S=S, port=r.choice([9001, 12345]), o=org(r))


@tpl("cluster_secret")
def p_cluster_sh(r, S):
    return "scripts/join-cluster.sh", fill("""#!/bin/sh
set -e
export CLUSTER_SECRET=@S@
ipfs-cluster-service init --consensus crdt
ipfs-cluster-service daemon --bootstrap /dns4/cluster0.@d@/tcp/9096/p2p/@pid@
""", S=S, d=dom(r), pid=g_peerid(r))


@tpl("i2p_priv")
def p_i2p_keys_txt(r, S):
    return "i2p/keys/@w@.private.txt".replace("@w@", w(r)), fill(
        "# generated with: echo 'DEST GENERATE SIGNATURE_TYPE=7' | nc localhost 7656\n@S@\n", S=S)


# ---------------------------------------------------------------------------
# negative fillers for the re-used templates
# ---------------------------------------------------------------------------

ENVNAME = {
    "nsec": "NOSTR_NSEC", "nostr_hex": "NOSTR_PRIVATE_KEY", "bunker_secret": "BUNKER_SECRET",
    "nwc_secret": "NWC_SECRET", "relay_admin": "RELAY_ADMIN_TOKEN", "hs_secret": "HS_SECRET_KEY",
    "addonion": "ONION_KEY", "tor_ctl_pw": "TOR_CONTROL_PASSWORD", "tor_client_auth": "TOR_CLIENT_AUTH_KEY",
    "i2p_priv": "I2P_PRIVATE_DEST", "i2p_pw": "I2PD_HTTP_PASS", "libp2p_b64": "IPFS_PRIVKEY",
    "libp2p_secp": "NODE_KEY", "libp2p_hex": "NODE_KEY_HEX", "ed_seed_hex": "BOOTSTRAP_SEED",
    "swarm_psk": "IPFS_SWARM_KEY", "cluster_secret": "CLUSTER_SECRET", "kubo_bearer": "KUBO_RPC_TOKEN",
    "kubo_basic_pw": "KUBO_RPC_PASSWORD", "ygg_priv": "YGG_PRIVATE_KEY", "ygg_peer_pw": "YGG_PEER_PASSWORD",
    "nebula_host": "NEBULA_HOST_KEY", "nebula_ca": "NEBULA_CA_KEY", "cjdns_priv": "CJDNS_PRIVATE_KEY",
    "cjdns_pw": "CJDNS_PASSWORD", "syncthing_key": "SYNCTHING_KEY_PEM", "syncthing_api": "SYNCTHING_API_KEY",
    "hyper_seed": "HYPER_SEED", "hyper_secret": "HYPERCORE_SECRET_KEY", "ssb_secret": "SSB_PRIVATE",
    "matrix_signing": "SYNAPSE_SIGNING_KEY", "matrix_dendrite": "DENDRITE_KEY",
    "matrix_shared": "SYNAPSE_REGISTRATION_SECRET", "lnd_macaroon": "LND_MACAROON_HEX",
    "cln_hsm": "CLN_HSM_SECRET", "cln_rune": "CLN_RUNE", "lnbits_admin": "LNBITS_ADMIN_KEY",
    "tracker_passkey": "TRACKER_PASSKEY", "reticulum_id": "RNS_IDENTITY_HEX", "reticulum_b64": "RNS_IDENTITY",
}

KIND_PLACEHOLDERS = {
    "nsec": ["nsec1...", "nsec1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-nsec>"],
    "nostr_hex": ["<64-char-hex-private-key>", "0" * 64, "YOUR_HEX_PRIVATE_KEY"],
    "swarm_psk": ["<64 hex characters>", "x" * 64],
    "tracker_passkey": ["YOUR_PASSKEY", "<passkey>", "0" * 32],
    "ssb_secret": ["<base64>.ed25519"],
    "lnd_macaroon": ["<hex-encoded admin.macaroon>", "$(xxd -ps -u -c 1000 admin.macaroon)"],
    "matrix_signing": ["<generate with synapse generate_signing_key>"],
}

GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "CHANGE_ME",
                        "<secret>", "TODO-fill-in", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your-secret-here",
                        "...", "<insert here>", "dummy", "example"]


def neg_filler(r, kind):
    env = ENVNAME.get(kind, "SECRET")
    cls = r.choice(["placeholder", "placeholder", "empty", "masked", "env", "env", "manager",
                    "template", "example", "example"])
    examples = KINDS[kind][3]
    if examples and r.random() < 0.3:
        cls = "example"
    if cls == "example" and not examples:
        cls = "placeholder"
    if cls == "placeholder":
        return "placeholder", r.choice(KIND_PLACEHOLDERS.get(kind, []) + GENERIC_PLACEHOLDERS)
    if cls == "empty":
        return "empty", ""
    if cls == "masked":
        return "masked", r.choice(["****", "********", "[REDACTED]", "<redacted>", "***hidden***", "[MASKED]"])
    if cls == "env":
        return "env_ref", r.choice(["${%s}" % env, "$%s" % env, "env:%s" % env, "${%s:?missing}" % env,
                                    "%%(ENV_%s)s" % env])
    if cls == "manager":
        return "secret_ref", r.choice([
            "vault:secret/data/p2p/%s#value" % env.lower(),
            "op://Infrastructure/%s/credential" % env.lower().replace("_", "-"),
            "sm://projects/mesh-prod/secrets/%s/versions/latest" % env.lower().replace("_", "-"),
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:%s" % env.lower(),
            "file:/run/secrets/%s" % env.lower()])
    if cls == "template":
        return "template", r.choice(["{{ .Values.%s }}" % env.lower(), "{{ %s }}" % env.lower(),
                                     "${{ secrets.%s }}" % env, "{{ env \"%s\" }}" % env,
                                     "<%%= ENV['%s'] %%>" % env, "{{ vault_%s }}" % env.lower()])
    return "doc_example", r.choice(examples)


# ---------------------------------------------------------------------------
# look-alike negatives: fn(r) -> (relpath, text, provider, kind)
# ---------------------------------------------------------------------------

LOOKALIKES = []


def look(fn):
    LOOKALIKES.append(fn)
    return fn


@look
def n_nip05(r):
    names = r.sample(WORDS, 4)
    body = ",\n".join('    "%s": "%s"' % (n, rhex(r, 32)) for n in names)
    rel = '"%s": ["%s", "%s"]' % (rhex(r, 32), RELAYS[0], r.choice(RELAYS[1:]))
    return "public/.well-known/nostr.json", "{\n  \"names\": {\n" + body + "\n  },\n  \"relays\": {\n    " + rel + "\n  }\n}\n", "nostr", "nip05"


@look
def n_npub_readme(r):
    lines = ["# Maintainers", "", "Follow the project on nostr:", ""]
    for _ in range(r.randint(3, 6)):
        lines.append("- %s: `%s`" % (w(r).title(), g_npub(r)))
    lines += ["", "Release announcements are signed by `%s`." % g_npub(r),
              "Event ids are posted as `nostr:%s` links." % g_note(r), ""]
    return "MAINTAINERS.md", "\n".join(lines), "nostr", "npub"


@look
def n_nostr_event(r):
    ev = {"id": rhex(r, 32), "pubkey": rhex(r, 32), "created_at": r.randint(1690000000, 1750000000),
          "kind": 1, "tags": [["t", w(r)], ["p", rhex(r, 32)]], "content": "gm from the %s relay" % w(r),
          "sig": rhex(r, 64)}
    return "tests/fixtures/event_kind1.json", json.dumps(ev, indent=2) + "\n", "nostr", "signed_event"


@look
def n_nostr_events_jsonl(r):
    out = []
    for _ in range(r.randint(3, 5)):
        out.append(json.dumps(["EVENT", "sub%d" % r.randint(1, 9), {
            "id": rhex(r, 32), "pubkey": rhex(r, 32), "created_at": r.randint(1690000000, 1750000000),
            "kind": r.choice([0, 1, 3, 7]), "tags": [], "content": w(r), "sig": rhex(r, 64)}]))
    return "testdata/relay_dump.jsonl", "\n".join(out) + "\n", "nostr", "signed_event"


@look
def n_nip19_vectors(r):
    return "tests/test_nip19.py", fill("""from mylib.nip19 import decode, encode

# Test vectors published in NIP-19
VECTORS = [
    ("npub", "7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e", "@np@"),
    ("nsec", "@hex@", "@ns@"),
]


def test_roundtrip():
    for hrp, hexkey, bech in VECTORS:
        assert encode(hrp, bytes.fromhex(hexkey)) == bech
        assert decode(bech) == (hrp, bytes.fromhex(hexkey))
""", np=NIP19_TEST_NPUB, hex=NIP19_TEST_HEX, ns=NIP19_TEST_NSEC), "nostr", "nip_test_vector"


@look
def n_relay_whitelist(r):
    keys = ",\n  ".join('"%s"' % rhex(r, 32) for _ in range(r.randint(2, 5)))
    return "relay/config.toml", fill("""[info]
relay_url = "wss://@d@/"
name = "@w@ private relay"
pubkey = "@pk@"

[authorization]
pubkey_whitelist = [
  @keys@
]

[limits]
messages_per_sec = 5
""", d=dom(r), w=w(r), pk=rhex(r, 32), keys=keys), "nostr", "pubkey_whitelist"


@look
def n_torrc_hashed(r):
    return r.choice(["tor/torrc", "etc/tor/torrc"]), fill("""SocksPort 9050
ControlPort 9051
HashedControlPassword @h@
CookieAuthentication 1

HiddenServiceDir /var/lib/tor/@w@/
HiddenServicePort 80 127.0.0.1:8080
HiddenServiceVersion 3

Log notice file /var/log/tor/notices.log
""", h=g_tor_hashed(r), w=w(r)), "tor", "hashed_control_password"


@look
def n_onion_list(r):
    lines = ["# Mirrors", "", "| mirror | address |", "|---|---|"]
    for _ in range(r.randint(3, 5)):
        lines.append("| %s | http://%s/ |" % (w(r), g_onion(r)))
    lines += ["", "The spec example `%s` is not ours." % r.choice(TOR_VECTOR_ONIONS), ""]
    return "docs/mirrors.md", "\n".join(lines), "tor", "onion_address"


@look
def n_onion_hostname(r):
    return "tor/hidden_service/hostname", g_onion(r) + "\n", "tor", "onion_address"


@look
def n_tor_authorized_client(r):
    return "tor/@w@/authorized_clients/alice.auth".replace("@w@", w(r)), \
        "descriptor:x25519:" + b32u(rb(r, 32)) + "\n", "tor", "client_auth_public"


@look
def n_tor_family(r):
    fps = ",".join("$" + rhex(r, 20).upper() for _ in range(3))
    return "tor/relay-torrc", fill("""Nickname @n@
ORPort 9001
ExitRelay 0
ContactInfo ops at @d@
MyFamily @f@
RelayBandwidthRate 20 MBytes
RelayBandwidthBurst 40 MBytes
""", n=w(r).title() + "Relay", d=dom(r), f=fps), "tor", "relay_fingerprint"


@look
def n_tor_bridges(r):
    lines = ["UseBridges 1", "ClientTransportPlugin obfs4 exec /usr/bin/obfs4proxy"]
    for _ in range(2):
        lines.append("Bridge obfs4 %s:%d %s cert=%s iat-mode=0" % (
            rip(r), r.randint(1024, 60000), rhex(r, 20).upper(), b64nopad(rb(r, 52))))
    return "tor/bridges.conf", "\n".join(lines) + "\n", "tor", "bridge_line"


@look
def n_tor_vectors_md(r):
    lines = ["# Onion address derivation tests", "", "Vectors from the tor-dev list (public, do not use):", "",
             "| expanded secret key | address |", "|---|---|"]
    for k, o in zip(TOR_VECTOR_KEYS, TOR_VECTOR_ONIONS):
        lines.append("| `%s` | `%s` |" % (k, o))
    return "docs/testing/onion-vectors.md", "\n".join(lines) + "\n", "tor", "published_test_vector"


@look
def n_ipfs_pins(r):
    items = [{"cid": r.choice([g_cidv0(r), g_cidv1(r), g_cidv1_raw(r)]), "name": "%s-%d.tar.gz" % (w(r), i),
              "size": r.randint(1000, 90000000)} for i in range(r.randint(3, 6))]
    return "pins.json", json.dumps({"pins": items}, indent=2) + "\n", "ipfs", "cid"


@look
def n_kubo_bootstrap(r):
    peers = ["/ip4/%s/tcp/4001/p2p/%s" % (rip(r), g_peerid(r)) for _ in range(3)]
    peers.append("/dnsaddr/bootstrap.libp2p.io/p2p/%s" % g_peerid(r))
    return "ipfs/bootstrap.json", json.dumps({"Bootstrap": peers, "Peering": {"Peers": [
        {"ID": g_peerid(r), "Addrs": ["/ip4/%s/udp/4001/quic-v1" % rip(r)]}]}}, indent=2) + "\n", "ipfs", "peer_id"


@look
def n_kubo_identity_only(r):
    return "ipfs/config.public.json", fill("""{
  "Identity": {
    "PeerID": "@p@"
  },
  "Addresses": {
    "Swarm": ["/ip4/0.0.0.0/tcp/4001"],
    "Announce": ["/ip4/@ip@/tcp/4001"]
  },
  "Gateway": {
    "RootRedirect": "/ipfs/@cid@/"
  }
}
""", p=g_peerid(r), ip=rip(r), cid=g_cidv1(r)), "ipfs", "peer_id"


@look
def n_libp2p_pubkeys(r):
    return "testdata/peers.yaml", fill("""# public keys of the bootstrap set (libp2p protobuf, base64)
peers:
  - id: @p1@
    public_key: @k1@
  - id: @p2@
    public_key: @k2@
""", p1=g_peerid(r), k1=g_libp2p_pub(r), p2=g_peerid(r), k2=g_libp2p_pub(r)), "libp2p", "public_key"


@look
def n_kubo_log(r):
    pid = g_peerid(r)
    return "logs/ipfs-daemon.log", fill("""Initializing daemon...
Kubo version: 0.29.0
Repo version: 15
System version: amd64/linux
Golang version: go1.22.4
PeerID: @p@
Swarm listening on /ip4/127.0.0.1/tcp/4001
Swarm listening on /ip4/@ip@/udp/4001/quic-v1/webtransport/certhash/uEiA@ch@/certhash/uEiB@ch2@
RPC API server listening on /ip4/127.0.0.1/tcp/5001
WebUI: http://127.0.0.1:5001/webui
Gateway server listening on /ip4/127.0.0.1/tcp/8080
Daemon is ready
added @cid@ site.tar
""", p=pid, ip=rip(r), ch=b64url(rb(r, 32))[:43], ch2=b64url(rb(r, 32))[:43], cid=g_cidv0(r)), "ipfs", "daemon_log"


@look
def n_swarm_keygen(r):
    return "scripts/gen-swarm-key.sh", """#!/usr/bin/env bash
# Generate a fresh private-network key; never commit the output.
set -euo pipefail
out="${1:-$IPFS_PATH/swarm.key}"
{
  echo "/key/swarm/psk/1.0.0/"
  echo "/base16/"
  tr -dc 'a-f0-9' < /dev/urandom | head -c64
  echo
} > "$out"
chmod 600 "$out"
echo "wrote $out"
""", "ipfs", "keygen_script"


@look
def n_ygg_public(r):
    return "yggdrasil/yggdrasil.conf", fill("""{
  # key lives outside the repo
  PrivateKeyPath: /etc/yggdrasil/private.pem
  Peers: [
    "tls://@ip@:@p@?key=@k1@"
  ]
  Listen: []
  AllowedPublicKeys: [
    @k2@
    @k3@
  ]
  IfName: auto
}
""", ip=rip(r), p=rport(r), k1=rhex(r, 32), k2=rhex(r, 32), k3=rhex(r, 32)), "yggdrasil", "public_key"


@look
def n_ygg_getself(r):
    addr = g_ygg_addr(r)
    return "docs/ygg-status.txt", fill("""$ yggdrasilctl getself
Build name:     yggdrasil
Build version:  0.5.@v@
IPv6 address:   @a@
IPv6 subnet:    @s@::/64
Routing table size: @n@
Public key:     @k@
""", v=r.randint(1, 9), a=addr, s="3" + ":".join(addr.split(":")[:4])[1:], n=r.randint(5, 90),
        k=rhex(r, 32)), "yggdrasil", "public_key"


@look
def n_ygg_hosts(r):
    lines = ["# Yggdrasil hosts", "# addr  name  pubkey"]
    for _ in range(r.randint(3, 6)):
        lines.append("%s  %s.ygg  # %s" % (g_ygg_addr(r), w(r), rhex(r, 32)))
    return "etc/hosts.ygg", "\n".join(lines) + "\n", "yggdrasil", "ipv6_address"


@look
def n_syncthing_devices(r):
    devs = "\n".join('    <device id="%s" name="%s" compression="metadata" introducer="false"><address>dynamic</address></device>'
                     % (g_syncthing_id(r), w(r)) for _ in range(3))
    return "syncthing/devices.xml", "<configuration version=\"37\">\n" + devs + \
        "\n    <gui enabled=\"true\" tls=\"true\">\n        <address>0.0.0.0:8384</address>\n        <apikey></apikey>\n    </gui>\n</configuration>\n", \
        "syncthing", "device_id"


@look
def n_syncthing_cert(r):
    body = "\n".join(g_fake_cert_body(r, 480))
    return "syncthing/cert.pem", "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n", \
        "syncthing", "certificate"


@look
def n_syncthing_docs(r):
    return "docs/sync.md", fill("""# File sync between build hosts

Add the build cache device (the example id from the Syncthing docs is `@ex@`):

- ci-runner-1: `@d1@`
- ci-runner-2: `@d2@`

Share folder `@f@` with both and set it to *receive only*.
""", ex=SYNCTHING_DOC_ID, d1=g_syncthing_id(r), d2=g_syncthing_id(r), f=w(r) + "-cache"), "syncthing", "device_id"


@look
def n_nebula_cert(r):
    body = "\n".join(wrap(b64(rb(r, r.choice([180, 220, 240])))))
    return r.choice(["nebula/ca.crt", "pki/host.crt"]), "-----BEGIN NEBULA CERTIFICATE-----\n" + body + \
        "\n-----END NEBULA CERTIFICATE-----\n", "nebula", "certificate"


@look
def n_nebula_config_paths(r):
    return "nebula/lighthouse.yml", fill("""pki:
  ca: /etc/nebula/ca.crt
  cert: /etc/nebula/host.crt
  key: /etc/nebula/host.key
  blocklist:
    - @b1@
    - @b2@
lighthouse:
  am_lighthouse: true
listen:
  host: "[::]"
  port: 4242
""", b1=rhex(r, 32), b2=rhex(r, 32)), "nebula", "fingerprint"


@look
def n_nebula_pub(r):
    return "nebula/host.pub", "-----BEGIN NEBULA X25519 PUBLIC KEY-----\n" + b64(rb(r, 32)) + \
        "\n-----END NEBULA X25519 PUBLIC KEY-----\n", "nebula", "public_key"


@look
def n_cjdns_nodes(r):
    lines = ["# Hyperboria nodes we peer with", "", "| node | ipv6 | publicKey |", "|---|---|---|"]
    for _ in range(r.randint(3, 5)):
        lines.append("| %s | %s | %s |" % (w(r), g_cjdns_ip(r), g_cjdns_pub(r)))
    return "docs/cjdns-peers.md", "\n".join(lines) + "\n", "cjdns", "public_key"


@look
def n_magnets(r):
    lines = ["# Dataset mirrors", ""]
    for i in range(r.randint(2, 4)):
        ih = rhex(r, 20)
        lines.append("- %s-%d: magnet:?xt=urn:btih:%s&dn=%s-%d.tar.zst&tr=udp%%3A%%2F%%2Ftracker.opentrackr.org%%3A1337%%2Fannounce"
                     % (w(r), i, ih, w(r), i))
    lines += ["", "BitTorrent v2 info hash: `urn:btmh:1220%s`" % rhex(r, 32), ""]
    return "DOWNLOADS.md", "\n".join(lines), "bittorrent", "infohash"


@look
def n_torrent_meta(r):
    meta = {"announce": "udp://tracker.opentrackr.org:1337/announce", "info_hash": rhex(r, 20),
            "name": "%s-%s.iso" % (w(r), rdate(r)), "piece_length": 262144,
            "pieces": [rhex(r, 20) for _ in range(4)], "private": False}
    return "releases/torrent-meta.json", json.dumps(meta, indent=2) + "\n", "bittorrent", "infohash"


@look
def n_ln_peers(r):
    lines = ["# channel partners (public node ids)"]
    for _ in range(r.randint(3, 5)):
        lines.append("%s@%s:9735  # %s" % (g_ln_pub(r), rip(r), w(r)))
    return "lightning/peers.txt", "\n".join(lines) + "\n", "lightning", "node_pubkey"


@look
def n_lncli_getinfo(r):
    info = {"version": "0.18.0-beta commit=v0.18.0-beta", "commit_hash": rhex(r, 20),
            "identity_pubkey": g_ln_pub(r), "alias": w(r), "color": "#" + rhex(r, 3),
            "num_active_channels": r.randint(1, 40), "num_peers": r.randint(1, 60),
            "block_height": r.randint(800000, 880000), "block_hash": "00000000000000000" + rhex(r, 24)[:47],
            "synced_to_chain": True, "chains": [{"chain": "bitcoin", "network": "mainnet"}],
            "uris": ["%s@%s.onion:9735" % (g_ln_pub(r), onion_addr(rb(r, 32)))]}
    return "docs/samples/getinfo.json", json.dumps(info, indent=2) + "\n", "lightning", "node_pubkey"


@look
def n_bolt11(r):
    inv = "lnbc" + str(r.choice([10, 25, 100])) + "u1p" + "".join(r.choice(B32C) for _ in range(r.randint(250, 300)))
    return "tests/fixtures/invoices.py", fill("""# decoded in test_decode_invoice
INVOICE = (
    "@inv@"
)
PAYMENT_HASH = "@ph@"
PAYEE = "@pk@"
""", inv=inv, ph=rhex(r, 32), pk=g_ln_pub(r)), "lightning", "bolt11"


@look
def n_ln_channels_csv(r):
    rows = ["chan_id,channel_point,remote_pubkey,capacity"]
    for _ in range(r.randint(3, 6)):
        rows.append("%d,%s:%d,%s,%d" % (r.randint(800000, 900000) << 40 | r.randint(1, 3000) << 16,
                                       rhex(r, 32), r.randint(0, 3), g_ln_pub(r), r.choice([1000000, 2000000, 5000000])))
    return "reports/channels.csv", "\n".join(rows) + "\n", "lightning", "channel_point"


@look
def n_ssb_follows(r):
    rows = ["# people we follow on the pub", ""]
    for _ in range(r.randint(3, 5)):
        rows.append("- %s `%s`" % (w(r).title(), g_ssb_id(r)))
    rows += ["", "Latest root message: `%%%s.sha256`" % b64(rb(r, 32)), ""]
    return "docs/ssb-follows.md", "\n".join(rows), "ssb", "feed_id"


@look
def n_matrix_server_keys(r):
    d = dom(r)
    data = {"server_name": d, "valid_until_ts": r.randint(1700000000000, 1760000000000),
            "verify_keys": {"ed25519:a_%s" % rstr(r, 4): {"key": b64nopad(rb(r, 32))}},
            "old_verify_keys": {}, "signatures": {d: {"ed25519:a_%s" % rstr(r, 4): b64nopad(rb(r, 64))}}}
    return "tests/fixtures/server_keys.json", json.dumps(data, indent=2) + "\n", "matrix", "verify_key"


@look
def n_synapse_trusted(r):
    return "synapse/homeserver.yaml", fill("""server_name: "@d@"
signing_key_path: "/data/@d@.signing.key"
registration_shared_secret_path: /run/secrets/synapse_registration
macaroon_secret_key_path: /run/secrets/synapse_macaroon
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"
suppress_key_server_warning: true
""", d=dom(r)), "matrix", "verify_key"


@look
def n_hyper_links(r):
    return "package.json", json.dumps({"name": "@%s/%s-viewer" % (org(r), w(r)), "version": "1.%d.0" % r.randint(0, 9),
                                       "pear": {"name": w(r), "links": ["pear://%s" % g_z32(r),
                                                                        "hyper://%s" % rhex(r, 32)]},
                                       "dependencies": {"hyperswarm": "^4.7.0", "hypercore": "^10.33.0"}},
                                      indent=2) + "\n", "holepunch", "public_key"


@look
def n_reticulum_dests(r):
    return "config/lxmf-contacts.toml", fill("""[contacts]
# LXMF delivery destinations (public hashes)
ops = "@a@"
alerts = "@b@"
propagation_node = "@c@"

[interface]
type = "TCPClientInterface"
target_host = "@ip@"
""", a=rhex(r, 16), b=rhex(r, 16), c=rhex(r, 16), ip=rip(r)), "reticulum", "destination_hash"


@look
def n_i2p_hosts(r):
    rows = []
    for _ in range(r.randint(2, 3)):
        rows.append("%s.i2p=%s" % (w(r), g_i2p_dest(r)))
    rows.append("# %s.b32.i2p" % b32l(rb(r, 32)))
    return "i2p/hosts.txt", "\n".join(rows) + "\n", "i2p", "public_destination"


@look
def n_sha256sums(r):
    rows = ["%s  %s-%s-%s.tar.gz" % (rhex(r, 32), w(r), v, a) for v in ["0.9.1"] for a in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64"]]
    return "release/SHA256SUMS", "\n".join(rows) + "\n", "generic", "checksum"


@look
def n_gosum(r):
    mods = ["github.com/libp2p/go-libp2p v0.35.1", "github.com/multiformats/go-multiaddr v0.12.4",
            "github.com/ipfs/go-cid v0.4.1", "github.com/nbd-wtf/go-nostr v0.34.2", "golang.org/x/crypto v0.24.0"]
    rows = []
    for m in mods:
        rows.append("%s h1:%s" % (m, b64(rb(r, 32))))
        rows.append("%s/go.mod h1:%s" % (m, b64(rb(r, 32))))
    return "go.sum", "\n".join(rows) + "\n", "generic", "checksum"


@look
def n_lockfile(r):
    pk = {"name": "%s-app" % w(r), "lockfileVersion": 3, "packages": {}}
    for n in ["nostr-tools", "libp2p", "@noble/curves", "hyperswarm"]:
        pk["packages"]["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)),
                                               "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (n, n.split("/")[-1]),
                                               "integrity": "sha512-" + b64(rb(r, 64))}
    return "package-lock.json", json.dumps(pk, indent=2) + "\n", "generic", "integrity_hash"


@look
def n_image_digests(r):
    return "deploy/images.lock.yaml", fill("""images:
  relay: ghcr.io/@o@/relay@sha256:@a@
  ipfs: ipfs/kubo@sha256:@b@
  tor: ghcr.io/@o@/tor@sha256:@c@
""", o=org(r), a=rhex(r, 32), b=rhex(r, 32), c=rhex(r, 32)), "generic", "image_digest"


@look
def n_uuid_units(r):
    return "deploy/systemd/relay.service", fill("""[Unit]
Description=nostr relay (@u@)
After=network-online.target
PartOf=mesh-@u2@.target

[Service]
DynamicUser=yes
StateDirectory=relay
Environment=INSTANCE_ID=@u3@
ExecStart=/usr/local/bin/relay --config /etc/relay/config.toml
LoadCredential=admin_token:/etc/relay/admin_token

[Install]
WantedBy=multi-user.target
""", u=ruuid(r), u2=ruuid(r)[:8], u3=ruuid(r)), "generic", "uuid"


@look
def n_minisign_pub(r):
    return "docs/verify.md", fill("""# Verifying releases

Releases are signed with minisign. Public key:

```
untrusted comment: minisign public key @kid@
@pk@
```

```sh
minisign -Vm @w@-linux-amd64.tar.gz -P @pk@
```
""", kid=rhex(r, 8).upper(), pk=b64(b"Ed" + rb(r, 40)), w=w(r)), "generic", "public_key"


@look
def n_ssh_known(r):
    return "deploy/known_hosts", "\n".join("%s ssh-ed25519 %s" % (h, b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(r, 32)))
                                            for h in ["lighthouse.%s" % dom(r), "relay.%s" % dom(r), rip(r)]) + "\n", \
        "generic", "public_key"


@look
def n_placeholder_env_example(r):
    return r.choice([".env.example", ".env.sample"]), """# copy to .env and fill in
NOSTR_NSEC=nsec1...
NOSTR_RELAYS=wss://relay.damus.io,wss://nos.lol
TOR_CONTROL_PASSWORD=
IPFS_SWARM_KEY=<64 hex characters>
LND_MACAROON_HEX=
CLUSTER_SECRET=${CLUSTER_SECRET}
TRACKER_PASSKEY=YOUR_PASSKEY
""", "generic", "placeholder_env"


@look
def n_base64_blob(r):
    return "web/src/assets/icon.ts", "// generated by svg-to-ts\nexport const relayIcon =\n  'data:image/png;base64," + \
        b64(b"\x89PNG\r\n\x1a\n" + rb(r, 180)) + "'\n", "generic", "encoded_data"


@look
def n_k8s_secret_refs(r):
    return "k8s/relay-deployment.yaml", fill("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: @w@-relay
spec:
  replicas: 1
  selector:
    matchLabels: {app: @w@-relay}
  template:
    metadata:
      labels: {app: @w@-relay}
    spec:
      containers:
        - name: relay
          image: ghcr.io/@o@/relay:1.@v@
          env:
            - name: RELAY_PUBKEY
              value: "@pk@"
            - name: RELAY_ADMIN_TOKEN
              valueFrom:
                secretKeyRef: {name: relay-secrets, key: admin-token}
            - name: NOSTR_NSEC
              valueFrom:
                secretKeyRef: {name: relay-secrets, key: nsec}
""", w=w(r), o=org(r), v=r.randint(0, 9), pk=rhex(r, 32)), "nostr", "secret_ref"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Makefile": "makefile", "config": "json", "secret": "json",
                 "swarm.key": "key", "onion_v3_private_key": "txt", "hostname": "txt", "known_hosts": "txt",
                 "SHA256SUMS": "txt", "go.sum": "txt"}
EXT_TYPES = {"yml": "yml", "yaml": "yml", "json": "json", "jsonl": "json", "toml": "toml", "conf": "conf",
             "hjson": "conf", "cfg": "ini", "ini": "ini", "xml": "xml", "go": "go", "rs": "rs", "js": "js",
             "mjs": "js", "ts": "ts", "py": "py", "sh": "sh", "service": "systemd", "md": "md", "tf": "tf",
             "key": "key", "pem": "pem", "crt": "pem", "pub": "pem", "txt": "txt", "csv": "csv", "log": "log",
             "auth": "txt", "auth_private": "txt", "ygg": "txt", "env": "env", "prod": "env", "example": "env",
             "sample": "env"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith("torrc") or base.endswith("-torrc"):
        return "conf"
    if "." in base:
        ext = base.rsplit(".", 1)[-1]
        return EXT_TYPES.get(ext, ext)
    return "txt"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1], "needle not on computed line"
    return line


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ky.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    # sanity: our bech32 reproduces the NIP-19 test vector
    assert bech32("nsec", bytes.fromhex(NIP19_TEST_HEX)) == NIP19_TEST_NSEC
    assert onion_addr(base64.b32decode(TOR_VECTOR_ONIONS[0][:56].upper())[:32]) == TOR_VECTOR_ONIONS[0][:56]
    assert len(TEMPLATES) >= 60 and len(LOOKALIKES) >= 40

    manifest = []
    secrets = []
    seen_needles = set()

    # ---- positives
    order = []
    env_count = 0
    i = 0
    while i < 500:
        if not order:
            order = list(range(len(TEMPLATES)))
            r.shuffle(order)
        name, kind, fn = TEMPLATES[order.pop()]
        provider, kkind, gen, _ex = KINDS[kind]
        S = gen(r)
        rel, text = fn(r, S)
        if is_blocked_env(rel):
            if env_count >= 20:
                continue
            env_count += 1
        needle = S.split("\n")[0]
        if needle in seen_needles:
            continue
        seen_needles.add(needle)
        line = needle_line(text, needle)
        fpath = "pos/p%04d/%s" % (i, rel)
        write(outdir, fpath, text)
        manifest.append({"file": fpath, "label": "pos", "provider": provider, "kind": kkind,
                         "filetype": filetype(rel)})
        secrets.append({"file": fpath, "needle": needle, "line": line})
        i += 1

    # ---- negatives: half re-used templates, half look-alikes
    neg = []
    order = []
    while len(neg) < 250:
        if not order:
            order = list(range(len(TEMPLATES)))
            r.shuffle(order)
        name, kind, fn = TEMPLATES[order.pop()]
        cls, val = neg_filler(r, kind)
        rel, text = fn(r, val)
        if is_blocked_env(rel):
            d, _, base = rel.rpartition("/")
            rel = (d + "/" if d else "") + ".env.example"
        neg.append((rel, text, KINDS[kind][0], KINDS[kind][1] + ":" + cls))
    order = []
    while len(neg) < 500:
        if not order:
            order = list(range(len(LOOKALIKES)))
            r.shuffle(order)
        rel, text, provider, kind = LOOKALIKES[order.pop()](r)
        assert not is_blocked_env(rel)
        neg.append((rel, text, provider, "lookalike:" + kind))
    r.shuffle(neg)
    for j, (rel, text, provider, kind) in enumerate(neg):
        assert not is_blocked_env(rel)
        fpath = "neg/n%04d/%s" % (j, rel)
        write(outdir, fpath, text)
        manifest.append({"file": fpath, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read check of every positive
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]


if __name__ == "__main__":
    main()
