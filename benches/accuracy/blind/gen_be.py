#!/usr/bin/env python3
"""Blind evaluation-set generator "be": DNS, domains, TLS certificates and CDNs.

EMPHASIS
    ACME clients and their DNS-01 provider credentials (certbot dns-* plugin
    .ini files, acme.sh account.conf and `--dns dns_*` env vars, lego env
    files, Caddy `tls { dns ... }`, Traefik, cert-manager ClusterIssuer +
    Secret, external-dns), dynamic DNS clients (ddclient, inadyn, DuckDNS,
    No-IP, Dynu, FreeDNS), registrar / DNS APIs (Cloudflare, Route 53, Google
    Cloud DNS, Azure DNS, DigitalOcean, Linode, Hetzner, OVH, Gandi,
    Namecheap, GoDaddy, Porkbun, Name.com, deSEC, PowerDNS, BIND TSIG, NS1,
    DNSimple, Dynu, ClouDNS, Infoblox, acme-dns) and CDN purge/deploy tokens
    (Fastly, Akamai EdgeGrid, Bunny.net, KeyCDN, CloudFront key pairs,
    Netlify, Cloudflare Workers / Tunnels).  Also ACME account keys (JWK "d",
    PEM, Traefik acme.json), TLS private keys next to certificates, ACME EAB
    HMAC keys (ZeroSSL, Google Trust Services), BIND rndc keys.

USAGE
    python3 gen_be.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each)
    and OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only).
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, line =
      1-based line on which it occurs (the needle never spans lines).
    * Multi-part credentials (key id + secret, email + global key, GoDaddy
      key:secret, Porkbun pk1_/sk1_, Namecheap user + key, AWS AKIA + secret,
      OVH AK + AS/CK) carry ONE needle: the secret half.  OVH files hold
      either the application secret or the consumer key as a literal, the
      other one comes from the environment.  Akamai .edgerc positives hold
      the complete EdgeGrid triple (client_token / access_token /
      client_secret): needle = client_secret; the two akab- tokens on the
      neighbouring lines belong to the same credential.
    * PEM private keys (TLS, ACME account, CloudFront, GCP service account):
      needle = the FIRST base64 body line after "-----BEGIN ... PRIVATE
      KEY-----" (so the BEGIN line is line-1).  Where the PEM is embedded in
      a one-line JSON/env string with literal "\\n" escapes, needle = the
      first 64-char base64 chunk of the body on that same line.
    * Traefik acme.json account key: needle = the whole base64 DER string.
    * JWK account keys (certbot private_key.json, lego/Caddy JSON): needle =
      the value of the "d" member.
    * Kubernetes Secrets with `data:` carry the base64-encoded token; the
      needle is that base64 text (as written).
    * Human-chosen passwords (ddclient/inadyn No-IP, Dynu, FreeDNS, ClouDNS,
      Infoblox) look like real human passwords.

NEGATIVES
    Same file types and, where natural, the same variable names as the
    positives, holding: env references in the file type's own syntax
    (${VAR}, {env.VAR}, {$VAR}, env/VAR, "$VAR", {{ secrets.X }},
    lookup('env'), *_FILE=/run/secrets/..), placeholders, masked /
    truncated values, provider documentation example values, public /
    publishable values (Cloudflare zone + account ids, Fastly service ids,
    Netlify site ids, CloudFront key-pair ids, Porkbun/ACME ids, EAB key
    ids), DNS record data (DKIM p=, _acme-challenge TXT, DS / DNSKEY / TLSA,
    CAA, SPF, site-verification TXT, _github-challenge), certificate
    fingerprints / serials, PEM CERTIFICATE / CSR / PUBLIC KEY blocks,
    public-only JWKs, HPKP pins, ACME account URLs, SOPS / SealedSecret /
    ansible-vault ciphertext, PowerDNS hashed api-key, RFC test vectors,
    git / image digests.

DOUBTS (formats I am not sure of)
    * Cloudflare scannable tokens cfut_/cfat_/cfk_: documented as prefix +
      40 chars + "checksum"; the checksum algorithm and length are not
      documented.  I append 8 lowercase hex = CRC32 of the 40-char body.  A
      scanner that verifies the real checksum may (rightly) reject these;
      only a few are emitted (kind cf_scannable_token).  Legacy API tokens
      (40 chars [A-Za-z0-9_-]) and Global API keys (37 lowercase hex) are the
      bulk.
    * Cloudflare Origin CA key "v1.0-" + 24 hex + "-" + 146 hex: from memory.
    * Gandi PAT: no documented shape; I use 40 lowercase hex (seen in the
      wild).  Legacy Gandi API key: 24 alnum.
    * DNSimple: I could not confirm any "dnsimple_" token prefix in the docs,
      so DNSimple tokens are 32 alnum (legacy shape).
    * deSEC tokens: 28 chars [A-Za-z0-9_-] (from memory of API examples).
    * Bunny.net account API key: I use two UUID-shaped groups joined
      (8-4-4-4-12 + 8-4-4-4-12 with the dash between them dropped, 72 chars);
      storage-zone password 8-4-4-12-4-4 hex groups.  Not documented.
    * Fastly API token: 32 chars [A-Za-z0-9_-]; NS1 key: 20 alnum; Hetzner
      DNS token: 32 alnum; hcloud token: 64 alnum; Linode PAT: 64 hex;
      DigitalOcean dop_v1_ + 64 hex; Namecheap API key: 32 hex; Name.com
      token: 40 hex; GoDaddy key ~ 8-14 alnum + "_" + 22 alnum, secret 22
      alnum; OVH AK 16 alnum / AS 32 alnum / CK 32 alnum; KeyCDN key 32
      alnum; Dynu API key 30 alnum; PowerDNS api-key: operator-chosen (I use
      pwgen/openssl-rand shapes); acme-dns password 40 [A-Za-z0-9_-];
      FreeDNS sync token 24 alnum; Netlify nfp_ + 36 alnum (40 total,
      announced by Netlify); Netlify legacy 43 [A-Za-z0-9_-].
    * DuckDNS token is a UUID: treated as POSITIVE when it sits in the
      DuckDNS token slot; UUIDs elsewhere (site ids, request ids, acme-dns
      usernames in negatives) are negatives.
    * ZeroSSL EAB HMAC key: 86 chars base64url (64 bytes); Google Trust
      Services b64MacKey: 43 chars base64url (32 bytes) - from memory.
    * Azure client secret: 3 alnum + "8Q~" + 34 chars [A-Za-z0-9_.~-].
    * Akamai docs example credentials (akab-c113ntt0k3n..., C113nt53KR3T...)
      are used as NEGATIVES (documentation examples).
    * RFC 7515 A.3 EC test key "d" is used as a negative (test vector) in a
      JWK test fixture; a scanner flagging it is arguably not wrong.
    * Vultr API key: 36 chars [A-Z0-9] (from memory).
    * Cloudflare tunnel token: base64 of compact JSON {"a": account tag (32
      hex), "t": tunnel UUID, "s": base64 32-byte secret} - starts "eyJhIjoi".
      Tunnel credentials JSON "TunnelSecret": base64 of 32 bytes.
    * BIND rndc.key / TSIG secrets are base64 of 16/32/64 random bytes for
      hmac-md5/sha256/sha512; the same shape appears in negatives only as
      DNSKEY / trust-anchor public keys (different context).
    * GoDaddy now also documents "gd_pat_<base62>_<8-hex-crc>" PATs; the CRC
      input is not documented, so I did not generate them.
    * Generic (provider-neutral) names: a Ctx flag; the printed count only
      counts renderers that actually used a neutral name or a positional
      argument (about a third).  PEM bodies, JWK "d" and similar are not
      counted although their key names do not name the provider either.

SEARCH NOTE
    Formats were checked only against provider docs / announcements (docs and
    pages corpora: Cloudflare token-formats page, Porkbun API guide, Netlify
    token-format announcement, Gandi PAT docs, bunny.net auth docs, lego
    provider pages).  No scanner rule files were opened.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B62 = DIG + UPPER + LOWER

# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------


def _has_run(s, n=4):
    """True if s contains n ascending/descending/identical consecutive chars."""
    for i in range(len(s) - n + 1):
        w = s[i:i + n]
        o = [ord(c) for c in w]
        d = [o[j + 1] - o[j] for j in range(n - 1)]
        if all(x == 1 for x in d) or all(x == -1 for x in d) or all(x == 0 for x in d):
            return True
    return False


def rs(rng, n, alpha=ALNUM):
    while True:
        s = "".join(rng.choice(alpha) for _ in range(n))
        if not _has_run(s):
            # alnum tokens should mix classes like real generators
            if alpha == ALNUM and n >= 12 and not (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
                continue
            return s


def rhex(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid(rng):
    h = list(rhex(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62enc(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


HUMAN_WORDS = ["winter", "summer", "Lisbon", "harbor", "Falcon", "maple", "rocket", "Bruno",
               "Kasia", "Marek", "sunset", "Tigger", "oslo", "Bavaria", "Mustang", "pepper",
               "Ginger", "Delta", "orchid", "Porto", "Nemo", "koala", "Zelda", "Vesper",
               "Atlas", "cobalt", "Juniper", "Luna", "gravel", "Kestrel", "Nova", "Odin"]
HUMAN_SEP = [".", "!", "#", "_", "-", "@", "", "*", "$"]


def human_password(rng):
    w1 = rng.choice(HUMAN_WORDS)
    w2 = rng.choice(HUMAN_WORDS)
    yr = str(rng.choice([rng.randint(1961, 2009), rng.randint(10, 99)]))
    sep = rng.choice(HUMAN_SEP)
    leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}
    pat = rng.randrange(6)
    if pat == 0:
        p = w1 + sep + yr + w2.lower()
    elif pat == 1:
        p = "".join(leet.get(c, c) if rng.random() < 0.5 else c for c in w1) + yr + rng.choice("!?&%#")
    elif pat == 2:
        p = w1.capitalize() + rng.choice(["", "_", "."]) + w2.capitalize() + str(rng.randint(2, 99)) + rng.choice("!#$")
    elif pat == 3:
        p = w1.lower() + str(rng.randint(100, 999)) + sep + w2.upper()[:3]
    elif pat == 4:
        p = rng.choice(["My", "The", "Our"]) + w1.capitalize() + "Is" + w2.capitalize() + yr
    else:
        p = w1.capitalize() + yr + sep + rng.choice(["home", "dns", "nas", "wifi", "box"]) + rng.choice("!?")
    if len(p) < 10:
        p += str(rng.randint(10, 99)) + "!"
    return p


# --------------------------------------------------------------------------
# crypto helpers: DER, EC P-256, RSA, PEM, certificates
# --------------------------------------------------------------------------


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(v):
    if v == 0:
        return der(0x02, b"\x00")
    b = v.to_bytes((v.bit_length() + 7) // 8, "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_set(*items):
    return der(0x31, b"".join(items))


def der_oct(b):
    return der(0x04, b)


def der_bits(b):
    return der(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def der_ctx(n, content, constructed=True):
    return der((0xA0 if constructed else 0x80) | n, content)


OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"

P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], p - 2, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], p - 2, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def ec_keypair(rng):
    d = rng.randrange(1, P256_N)
    X, Y = ec_mul(d)
    return d, X.to_bytes(32, "big"), Y.to_bytes(32, "big")


def ec_spki(x, y):
    return der_seq(der_seq(der_oid(OID_EC), der_oid(OID_P256)), der_bits(b"\x04" + x + y))


def ec_sec1(d, x, y):
    return der_seq(der_int(1), der_oct(d.to_bytes(32, "big")),
                   der_ctx(0, der_oid(OID_P256)), der_ctx(1, der_bits(b"\x04" + x + y)))


def ec_pkcs8(d, x, y):
    inner = der_seq(der_int(1), der_oct(d.to_bytes(32, "big")), der_ctx(1, der_bits(b"\x04" + x + y)))
    return der_seq(der_int(0), der_seq(der_oid(OID_EC), der_oid(OID_P256)), der_oct(inner))


SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % 65537 != 1 and _is_probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        n = p * q
        if n.bit_length() == bits:
            break
    if p < q:
        p, q = q, p
    return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1(k):
    return der_seq(*[der_int(v) for v in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])


def rsa_pkcs8(k):
    return der_seq(der_int(0), der_seq(der_oid(OID_RSA), der_null()), der_oct(rsa_pkcs1(k)))


def rsa_spki_from_n(n, e=65537):
    return der_seq(der_seq(der_oid(OID_RSA), der_null()), der_bits(der_seq(der_int(n), der_int(e))))


def fake_modulus(rng, bits=2048):
    return rng.getrandbits(bits) | (1 << (bits - 1)) | 1


def pem(label, data):
    s = b64(data)
    return ["-----BEGIN %s-----" % label] + [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END %s-----" % label]


def ed25519_pkcs8(rng):
    return bytes.fromhex("302e020100300506032b657004220420") + rbytes(rng, 32)


def x509_name(cn, o=None, c=None):
    rdns = []
    if c:
        rdns.append(der_set(der_seq(der_oid("2.5.4.6"), der(0x13, c.encode()))))
    if o:
        rdns.append(der_set(der_seq(der_oid("2.5.4.10"), der(0x0C, o.encode()))))
    rdns.append(der_set(der_seq(der_oid("2.5.4.3"), der(0x0C, cn.encode()))))
    return der_seq(*rdns)


ISSUERS = [("R11", "Let's Encrypt", "US"), ("E6", "Let's Encrypt", "US"), ("WR1", "Google Trust Services", "US"),
           ("ZeroSSL ECC Domain Secure Site CA", "ZeroSSL", "AT"), ("E5", "Let's Encrypt", "US")]


def fake_cert(rng, cn, spki=None):
    """Structurally plausible X.509 DER (random signature) - public material."""
    if spki is None:
        _, x, y = ec_keypair(rng)
        spki = ec_spki(x, y)
    icn, io, ic = rng.choice(ISSUERS)
    serial = rng.getrandbits(144) | (1 << 140)
    yr = rng.randint(24, 26)
    mo = rng.randint(1, 12)
    nb = "%02d%02d%02d%02d%02d%02dZ" % (yr, mo, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    na = "%02d%02d%02d%02d%02d%02dZ" % (yr + (1 if mo > 9 else 0), (mo + 2) % 12 + 1, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    san = der_seq(der_seq(der_oid("2.5.29.17"), der_oct(der_seq(der(0x82, cn.encode()), der(0x82, ("www." + cn).encode())))))
    tbs = der_seq(der_ctx(0, der_int(2)), der_int(serial), der_seq(der_oid(OID_ECDSA_SHA256)),
                  x509_name(icn, io, ic), der_seq(der(0x17, nb.encode()), der(0x17, na.encode())),
                  x509_name(cn), spki, der_ctx(3, san))
    sig = der_seq(der_int(rng.getrandbits(256)), der_int(rng.getrandbits(255)))
    return der_seq(tbs, der_seq(der_oid(OID_ECDSA_SHA256)), der_bits(sig)), serial


def fake_csr(rng, cn):
    _, x, y = ec_keypair(rng)
    info = der_seq(der_int(0), x509_name(cn), ec_spki(x, y), der_ctx(0, b""))
    sig = der_seq(der_int(rng.getrandbits(256)), der_int(rng.getrandbits(255)))
    return der_seq(info, der_seq(der_oid(OID_ECDSA_SHA256)), der_bits(sig))


def colon_hex(b):
    return ":".join("%02X" % x for x in b)


# --------------------------------------------------------------------------
# provider / kind catalog
# --------------------------------------------------------------------------
# Each spec: p=provider, k=kind, g=secret generator, comp=companions generator
# (role -> value; roles listed in PUBLIC_ROLES are not secret), env=(secret env
# name, {role: env}), alt=other env names, acme=(dnsapi, SAVED var, {role:var}),
# certbot=(plugin, ini key, {role: ini key}), caddy=(module, field, {role:
# field}), tf=(provider, attr, {role: attr}), helm=(section, key, {role:key}),
# octo=(class, key, {role:key}), dnsc=(TYPE, key, {role:key}), pre=prefix used
# for placeholders / masks, doc=documentation example value(s) (negatives),
# cat='dns'|'cdn'|'ddns'.

PUBLIC_ROLES = {"email", "user", "account_id", "tenant", "client_id", "subscription", "endpoint",
                "host", "auth_id", "zone_id", "server", "username", "region"}


def _emailish(rng):
    return "%s@%s" % (rng.choice(["ops", "hostmaster", "admin", "it", "dns", "webmaster", "jan.kowalski", "m.fischer", "sre-team", "noc"]),
                      rng.choice(DOMAINS))


DOMAINS = ["northwind-labs.net", "kestrel.io", "brightpath.dev", "oakridge-clinic.org", "lumenhaus.de",
           "tidepool.app", "fjordline-it.no", "pixelforge.studio", "meadowbank.co.uk", "corvid.systems",
           "quietriver.cloud", "sandia-bikes.com", "atelier-roux.fr", "hollowpine.net", "vetrarium.eu",
           "bluefinch.org", "harborlight.io", "greyhollow.dev", "marlowe-legal.com", "ostrava-hackers.cz"]
SUBS = ["home", "nas", "vpn", "git", "cloud", "mail", "grafana", "ha", "plex", "office", "lab", "api", "edge", "status"]


def _akab(rng):
    return "akab-" + rs(rng, 16, LOWER + DIG) + "-" + rs(rng, 16, LOWER + DIG)


def _bunny_key(rng):
    a = ruuid(rng)
    b = ruuid(rng)
    return a + b[:8] + b[8:]  # 8-4-4-4-12 + 8-4-4-4-12 (dash between the groups dropped)


def _bunny_storage(rng):
    h = rhex(rng, 32)
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28], rhex(rng, 4), rhex(rng, 4))


def _cf_scannable(rng):
    body = rs(rng, 40, ALNUM)
    pre = rng.choice(["cfut_", "cfat_", "cfk_"])
    return pre + body + "%08x" % (binascii.crc32(body.encode()) & 0xFFFFFFFF)


def _aws_id(rng):
    return "AKIA" + rs(rng, 16, UPPER + "234567")


def _pdns_key(rng):
    m = rng.randrange(3)
    if m == 0:
        return rs(rng, 32, ALNUM)
    if m == 1:
        return rhex(rng, 32)
    return b64(rbytes(rng, 24))


SPECS = []


def spec(**kw):
    kw.setdefault("comp", lambda rng: {})
    kw.setdefault("alt", [])
    kw.setdefault("cat", "dns")
    kw.setdefault("pre", "")
    kw.setdefault("doc", [])
    SPECS.append(kw)
    return kw


spec(p="cloudflare", k="api_token", g=lambda r: rs(r, 40, B64URL),
     env=("CF_DNS_API_TOKEN", {}), alt=["CLOUDFLARE_DNS_API_TOKEN", "CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"],
     acme=("dns_cf", "CF_Token", {}), certbot=("cloudflare", "dns_cloudflare_api_token", {}),
     caddy=("cloudflare", "", {}), tf=("cloudflare", "api_token", {}), helm=("cloudflare", "apiToken", {}),
     octo=("octodns_cloudflare.CloudflareProvider", "token", {}), dnsc=("CLOUDFLAREAPI", "apitoken", {}),
     doc=["0123456789abcdef0123456789abcdef01234567"])
spec(p="cloudflare", k="global_api_key", g=lambda r: rhex(r, 37), comp=lambda r: {"email": _emailish(r)},
     env=("CF_API_KEY", {"email": "CF_API_EMAIL"}), alt=["CLOUDFLARE_API_KEY"],
     acme=("dns_cf", "CF_Key", {"email": "CF_Email"}),
     certbot=("cloudflare", "dns_cloudflare_api_key", {"email": "dns_cloudflare_email"}),
     tf=("cloudflare", "api_key", {"email": "email"}), helm=("cloudflare", "apiKey", {"email": "email"}),
     octo=("octodns_cloudflare.CloudflareProvider", "token", {"email": "email"}),
     dnsc=("CLOUDFLAREAPI", "apikey", {"email": "apiuser"}), doc=["0123456789abcdef0123456789abcdef01234"])
spec(p="cloudflare", k="origin_ca_key", g=lambda r: "v1.0-" + rhex(r, 24) + "-" + rhex(r, 146),
     env=("CF_API_USER_SERVICE_KEY", {}), alt=["CLOUDFLARE_API_USER_SERVICE_KEY"],
     tf=("cloudflare", "api_user_service_key", {}), pre="v1.0-")
spec(p="cloudflare", k="scannable_token", g=_cf_scannable, env=("CLOUDFLARE_API_TOKEN", {}),
     alt=["CF_API_TOKEN"], tf=("cloudflare", "api_token", {}), caddy=("cloudflare", "", {}),
     certbot=("cloudflare", "dns_cloudflare_api_token", {}), pre="cfut_")
spec(p="aws", k="secret_access_key", g=lambda r: rs(r, 40, ALNUM + "+/"), comp=lambda r: {"key_id": _aws_id(r), "region": r.choice(["us-east-1", "eu-central-1", "eu-west-1"])},
     env=("AWS_SECRET_ACCESS_KEY", {"key_id": "AWS_ACCESS_KEY_ID", "region": "AWS_REGION"}),
     acme=("dns_aws", "AWS_SECRET_ACCESS_KEY", {"key_id": "AWS_ACCESS_KEY_ID"}),
     caddy=("route53", "secret_access_key", {"key_id": "access_key_id", "region": "region"}),
     tf=("aws", "secret_key", {"key_id": "access_key", "region": "region"}),
     helm=("aws", "secretKey", {"key_id": "accessKey", "region": "region"}),
     octo=("octodns_route53.Route53Provider", "secret_access_key", {"key_id": "access_key_id"}),
     dnsc=("ROUTE53", "SecretAccessKey", {"key_id": "KeyId"}))
spec(p="azure", k="client_secret", g=lambda r: rs(r, 3, ALNUM) + "8Q~" + rs(r, 34, ALNUM + "_.~-"),
     comp=lambda r: {"client_id": ruuid(r), "tenant": ruuid(r), "subscription": ruuid(r)},
     env=("AZURE_CLIENT_SECRET", {"client_id": "AZURE_CLIENT_ID", "tenant": "AZURE_TENANT_ID", "subscription": "AZURE_SUBSCRIPTION_ID"}),
     acme=("dns_azure", "AZUREDNS_APPSECRET", {"client_id": "AZUREDNS_APPID", "tenant": "AZUREDNS_TENANTID", "subscription": "AZUREDNS_SUBSCRIPTIONID"}),
     certbot=("azure", "dns_azure_sp_client_secret", {"client_id": "dns_azure_sp_client_id", "tenant": "dns_azure_tenant_id"}),
     tf=("azurerm", "client_secret", {"client_id": "client_id", "tenant": "tenant_id", "subscription": "subscription_id"}),
     helm=("azure", "aadClientSecret", {"client_id": "aadClientId", "tenant": "tenantId", "subscription": "subscriptionId"}),
     octo=("octodns_azure.AzureProvider", "key", {"client_id": "client_id", "tenant": "directory_id", "subscription": "sub_id"}),
     dnsc=("AZURE_DNS", "ClientSecret", {"client_id": "ClientID", "tenant": "TenantID", "subscription": "SubscriptionID"}))
spec(p="digitalocean", k="pat", g=lambda r: "dop_v1_" + rhex(r, 64), env=("DO_AUTH_TOKEN", {}),
     alt=["DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"], acme=("dns_dgon", "DO_API_KEY", {}),
     certbot=("digitalocean", "dns_digitalocean_token", {}), caddy=("digitalocean", "", {}),
     tf=("digitalocean", "token", {}), helm=("digitalocean", "apiToken", {}),
     octo=("octodns_digitalocean.DigitalOceanProvider", "token", {}), dnsc=("DIGITALOCEAN", "token", {}),
     pre="dop_v1_", doc=["0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff"])
spec(p="linode", k="pat", g=lambda r: rhex(r, 64), env=("LINODE_TOKEN", {}), alt=["LINODE_API_TOKEN"],
     acme=("dns_linode_v4", "LINODE_V4_API_KEY", {}), certbot=("linode", "dns_linode_key", {}),
     tf=("linode", "token", {}), helm=("linode", "apiToken", {}),
     octo=("octodns_linode.LinodeProvider", "token", {}), dnsc=("LINODE", "token", {}),
     doc=["0123456789abcdef0123456789abcdef01234567890abcdef0123456789abcdef"])
spec(p="hetzner", k="dns_api_token", g=lambda r: rs(r, 32, ALNUM), env=("HETZNER_API_KEY", {}),
     alt=["HETZNER_DNS_TOKEN", "HETZNER_DNS_API_TOKEN"], acme=("dns_hetzner", "HETZNER_Token", {}),
     certbot=("hetzner", "dns_hetzner_api_token", {}), caddy=("hetzner", "", {}),
     tf=("hetznerdns", "apitoken", {}), helm=("hetzner", "token", {}),
     octo=("octodns_hetzner.HetznerProvider", "token", {}), dnsc=("HETZNER", "api_key", {}))
spec(p="hetzner", k="hcloud_token", g=lambda r: rs(r, 64, ALNUM), env=("HCLOUD_TOKEN", {}),
     alt=["HETZNER_API_TOKEN"], tf=("hcloud", "token", {}), helm=("hetzner", "token", {}))
spec(p="ovh", k="application_secret", g=lambda r: rs(r, 32, ALNUM),
     comp=lambda r: {"app_key": rs(r, 16, ALNUM), "endpoint": r.choice(["ovh-eu", "ovh-ca", "ovh-us"])},
     env=("OVH_APPLICATION_SECRET", {"app_key": "OVH_APPLICATION_KEY", "endpoint": "OVH_ENDPOINT"}),
     acme=("dns_ovh", "OVH_AS", {"app_key": "OVH_AK"}),
     certbot=("ovh", "dns_ovh_application_secret", {"app_key": "dns_ovh_application_key", "endpoint": "dns_ovh_endpoint"}),
     tf=("ovh", "application_secret", {"app_key": "application_key", "endpoint": "endpoint"}),
     helm=("ovh", "applicationSecret", {"app_key": "applicationKey", "endpoint": "endpoint"}),
     octo=("octodns_ovh.OvhProvider", "application_secret", {"app_key": "application_key", "endpoint": "endpoint"}),
     dnsc=("OVH", "app-secret-key", {"app_key": "app-key"}), doc=["MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw"])
spec(p="ovh", k="consumer_key", g=lambda r: rs(r, 32, ALNUM),
     comp=lambda r: {"app_key": rs(r, 16, ALNUM), "endpoint": r.choice(["ovh-eu", "ovh-ca"])},
     env=("OVH_CONSUMER_KEY", {"app_key": "OVH_APPLICATION_KEY", "endpoint": "OVH_ENDPOINT"}),
     acme=("dns_ovh", "OVH_CK", {"app_key": "OVH_AK"}),
     certbot=("ovh", "dns_ovh_consumer_key", {"app_key": "dns_ovh_application_key", "endpoint": "dns_ovh_endpoint"}),
     tf=("ovh", "consumer_key", {"app_key": "application_key", "endpoint": "endpoint"}),
     dnsc=("OVH", "consumer-key", {"app_key": "app-key"}), doc=["MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw"])
spec(p="gandi", k="pat", g=lambda r: rhex(r, 40), env=("GANDIV5_PERSONAL_ACCESS_TOKEN", {}),
     alt=["GANDI_PAT", "GANDI_LIVEDNS_TOKEN"], acme=("dns_gandi_livedns", "GANDI_LIVEDNS_TOKEN", {}),
     certbot=("gandi", "dns_gandi_token", {}), caddy=("gandi", "bearer_token", {}),
     tf=("gandi", "personal_access_token", {}), helm=("gandi", "pat", {}),
     octo=("octodns_gandi.GandiProvider", "token", {}), dnsc=("GANDI_V5", "token", {}))
spec(p="gandi", k="legacy_api_key", g=lambda r: rs(r, 24, ALNUM), env=("GANDIV5_API_KEY", {}),
     alt=["GANDI_LIVEDNS_KEY"], acme=("dns_gandi_livedns", "GANDI_LIVEDNS_KEY", {}),
     certbot=("gandi", "dns_gandi_api_key", {}), dnsc=("GANDI_V5", "apikey", {}))
spec(p="namecheap", k="api_key", g=lambda r: rhex(r, 32), comp=lambda r: {"user": r.choice(["jdoe", "webstudio", "pkowal", "northwind", "kestrelops"])},
     env=("NAMECHEAP_API_KEY", {"user": "NAMECHEAP_API_USER"}),
     acme=("dns_namecheap", "NAMECHEAP_API_KEY", {"user": "NAMECHEAP_USERNAME"}),
     certbot=("namecheap", "dns_namecheap_api_key", {"user": "dns_namecheap_username"}),
     caddy=("namecheap", "api_key", {"user": "user"}),
     tf=("namecheap", "api_key", {"user": "user_name"}), dnsc=("NAMECHEAP", "apikey", {"user": "apiuser"}))
spec(p="godaddy", k="api_secret", g=lambda r: rs(r, 22, ALNUM),
     comp=lambda r: {"key": rs(r, r.randint(8, 14), ALNUM) + "_" + rs(r, 22, ALNUM)},
     env=("GODADDY_API_SECRET", {"key": "GODADDY_API_KEY"}), acme=("dns_gd", "GD_Secret", {"key": "GD_Key"}),
     certbot=("godaddy", "dns_godaddy_secret", {"key": "dns_godaddy_key"}),
     caddy=("godaddy", "api_token", {}), tf=("godaddy", "secret", {"key": "key"}),
     helm=("godaddy", "apiSecret", {"key": "apiKey"}), dnsc=("GODADDY", "api_secret", {"key": "api_key"}))
spec(p="porkbun", k="secret_api_key", g=lambda r: "sk1_" + rhex(r, 64), comp=lambda r: {"pubkey": "pk1_" + rhex(r, 64)},
     env=("PORKBUN_SECRET_API_KEY", {"pubkey": "PORKBUN_API_KEY"}),
     acme=("dns_porkbun", "PORKBUN_SECRET_API_KEY", {"pubkey": "PORKBUN_API_KEY"}),
     certbot=("porkbun", "dns_porkbun_secret", {"pubkey": "dns_porkbun_key"}),
     caddy=("porkbun", "api_secret_key", {"pubkey": "api_key"}),
     tf=("porkbun", "secret_key", {"pubkey": "api_key"}), dnsc=("PORKBUN", "secret_key", {"pubkey": "api_key"}),
     octo=("octodns_porkbun.PorkbunProvider", "secret_api_key", {"pubkey": "api_key"}), pre="sk1_")
spec(p="namecom", k="api_token", g=lambda r: rhex(r, 40), comp=lambda r: {"user": r.choice(["hollowpine", "ameyer", "devops-bot", "kestrel"])},
     env=("NAMECOM_API_TOKEN", {"user": "NAMECOM_USERNAME"}),
     acme=("dns_namecom", "Namecom_Token", {"user": "Namecom_Username"}),
     tf=("namedotcom", "token", {"user": "username"}), dnsc=("NAMEDOTCOM", "apikey", {"user": "apiuser"}))
spec(p="desec", k="token", g=lambda r: rs(r, 28, B64URL), env=("DESEC_TOKEN", {}),
     acme=("dns_desec", "DEDYN_TOKEN", {}), certbot=("desec", "dns_desec_token", {}),
     caddy=("desec", "token", {}), tf=("desec", "api_token", {}), dnsc=("DESEC", "auth-token", {}))
spec(p="powerdns", k="api_key", g=_pdns_key, comp=lambda r: {"server": "http://%s:8081" % r.choice(["10.0.0.53", "ns1.internal", "127.0.0.1", "pdns-auth.dns.svc"])},
     env=("PDNS_API_KEY", {"server": "PDNS_API_URL"}), acme=("dns_pdns", "PDNS_Token", {"server": "PDNS_Url"}),
     certbot=("powerdns", "dns_powerdns_api_key", {"server": "dns_powerdns_api_url"}),
     caddy=("powerdns", "api_token", {"server": "server_url"}), tf=("powerdns", "api_key", {"server": "server_url"}),
     helm=("pdns", "apiKey", {"server": "apiUrl"}), octo=("octodns_powerdns.PowerDnsProvider", "api_key", {}),
     dnsc=("POWERDNS", "apiKey", {"server": "apiUrl"}))
spec(p="bind", k="tsig_secret", g=lambda r: b64(rbytes(r, r.choice([32, 32, 32, 64, 16]))),
     comp=lambda r: {"keyname": r.choice(["ddns-key", "acme-update", "certbot.", "tsig-key", "externaldns-key", "k8s-acme"]), "server": r.choice(["10.1.0.53", "ns1.internal.lan", "192.168.10.2"])},
     env=("RFC2136_TSIG_SECRET", {"keyname": "RFC2136_TSIG_KEY", "server": "RFC2136_NAMESERVER"}),
     certbot=("rfc2136", "dns_rfc2136_secret", {"keyname": "dns_rfc2136_name", "server": "dns_rfc2136_server"}),
     caddy=("rfc2136", "key", {"keyname": "key_name", "server": "server"}),
     helm=("rfc2136", "tsigSecret", {"keyname": "tsigKeyname", "server": "host"}),
     octo=("octodns_bind.Rfc2136Provider", "key_secret", {"keyname": "key_name", "server": "host"}),
     doc=["4q4wM/2I180UXoMyN4INVhJNi8V9BCV+jMw2mXgZw/CSuxUT8C7NKKFs AmKd7ak51vWKgSl12ib86oQRPkpDjg=="])
spec(p="ns1", k="api_key", g=lambda r: rs(r, 20, ALNUM), env=("NS1_API_KEY", {}), acme=("dns_nsone", "NS1_Key", {}),
     certbot=("nsone", "dns_nsone_api_key", {}), tf=("ns1", "apikey", {}), helm=("ns1", "apiKey", {}),
     octo=("octodns_ns1.Ns1Provider", "api_key", {}), dnsc=("NS1", "api_token", {}))
spec(p="dnsimple", k="api_token", g=lambda r: rs(r, 32, ALNUM), comp=lambda r: {"account_id": str(r.randint(10000, 199999))},
     env=("DNSIMPLE_OAUTH_TOKEN", {}), alt=["DNSIMPLE_TOKEN"], acme=("dns_dnsimple", "DNSimple_OAUTH_TOKEN", {}),
     certbot=("dnsimple", "dns_dnsimple_token", {}), caddy=("dnsimple", "api_access_token", {"account_id": "account_id"}),
     tf=("dnsimple", "token", {"account_id": "account"}), helm=("dnsimple", "token", {}),
     octo=("octodns_dnsimple.DnsimpleProvider", "token", {"account_id": "account"}),
     dnsc=("DNSIMPLE", "token", {"account_id": "accountid"}))
spec(p="dynu", k="api_key", g=lambda r: rs(r, 30, ALNUM), env=("DYNU_API_KEY", {}), caddy=("dynu", "api_token", {}),
     dnsc=("DYNU", "api_key", {}))
spec(p="cloudns", k="auth_password", g=human_password, comp=lambda r: {"auth_id": str(r.randint(1000, 49999))},
     env=("CLOUDNS_AUTH_PASSWORD", {"auth_id": "CLOUDNS_AUTH_ID"}),
     acme=("dns_cloudns", "CLOUDNS_AUTH_PASSWORD", {"auth_id": "CLOUDNS_AUTH_ID"}),
     dnsc=("CLOUDNS", "auth-password", {"auth_id": "auth-id"}))
spec(p="infoblox", k="wapi_password", g=human_password, comp=lambda r: {"user": r.choice(["svc-acme", "extdns", "admin-dns", "ipam-bot"]), "host": r.choice(["gm.corp.local", "infoblox.int.lan", "10.20.0.10"])},
     env=("INFOBLOX_PASSWORD", {"user": "INFOBLOX_USERNAME", "host": "INFOBLOX_HOST"}),
     helm=("infoblox", "wapiPassword", {"user": "wapiUsername", "host": "gridHost"}))
spec(p="duckdns", k="token", g=ruuid, env=("DUCKDNS_TOKEN", {}), alt=["TOKEN"], acme=("dns_duckdns", "DuckDNS_Token", {}),
     certbot=("duckdns", "dns_duckdns_token", {}), caddy=("duckdns", "", {}), cat="ddns")
spec(p="acme-dns", k="password", g=lambda r: rs(r, 40, B64URL), comp=lambda r: {"username": ruuid(r)}, cat="dns",
     env=("ACME_DNS_PASSWORD", {"username": "ACME_DNS_USERNAME"}))
spec(p="fastly", k="api_token", g=lambda r: rs(r, 32, B64URL), env=("FASTLY_API_TOKEN", {}), alt=["FASTLY_API_KEY", "FASTLY_KEY"],
     tf=("fastly", "api_key", {}), cat="cdn")
spec(p="bunny", k="api_key", g=_bunny_key, env=("BUNNY_API_KEY", {}), alt=["BUNNYNET_API_KEY", "BUNNYCDN_API_KEY"],
     caddy=("bunny", "access_key", {}), tf=("bunnynet", "api_key", {}), cat="cdn")
spec(p="bunny", k="storage_password", g=_bunny_storage, env=("BUNNY_STORAGE_PASSWORD", {}), alt=["BUNNYCDN_STORAGE_KEY", "BUNNY_STORAGE_ACCESS_KEY"], cat="cdn")
spec(p="keycdn", k="api_key", g=lambda r: rs(r, 32, ALNUM), env=("KEYCDN_API_KEY", {}), cat="cdn")
spec(p="netlify", k="pat", g=lambda r: "nfp_" + rs(r, 36, ALNUM), env=("NETLIFY_AUTH_TOKEN", {}), alt=["NETLIFY_TOKEN"],
     caddy=("netlify", "personal_access_token", {}), tf=("netlify", "token", {}), dnsc=("NETLIFY", "token", {}), cat="cdn", pre="nfp_")
spec(p="netlify", k="legacy_token", g=lambda r: rs(r, 43, B64URL), env=("NETLIFY_AUTH_TOKEN", {}), alt=["NETLIFY_TOKEN"], cat="cdn")
spec(p="akamai", k="edgegrid_client_secret", g=lambda r: b64(rbytes(r, 32)),
     comp=lambda r: {"client_token": _akab(r), "access_token": _akab(r), "host": "akab-%s-%s.luna.akamaiapis.net" % (rs(r, 16, LOWER + DIG), rs(r, 16, LOWER + DIG))},
     env=("AKAMAI_CLIENT_SECRET", {"client_token": "AKAMAI_CLIENT_TOKEN", "access_token": "AKAMAI_ACCESS_TOKEN", "host": "AKAMAI_HOST"}),
     helm=("akamai", "clientSecret", {"client_token": "clientToken", "access_token": "accessToken", "host": "serviceDomain"}),
     cat="cdn", doc=["C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN="])
spec(p="zerossl", k="eab_hmac_key", g=lambda r: b64u(rbytes(r, 64)), comp=lambda r: {"kid": rs(r, 22, B64URL)},
     env=("ACME_EAB_HMAC_KEY", {"kid": "ACME_EAB_KID"}), alt=["EAB_HMAC_KEY", "LEGO_EAB_HMAC"], cat="acme")
spec(p="google-trust-services", k="eab_hmac_key", g=lambda r: b64u(rbytes(r, 32)), comp=lambda r: {"kid": rhex(r, 32)},
     env=("ACME_EAB_HMAC_KEY", {"kid": "ACME_EAB_KID"}), alt=["GTS_EAB_HMAC", "EAB_HMAC_KEY"], cat="acme")

spec(p="vultr", k="api_key", g=lambda r: rs(r, 36, UPPER + DIG), env=("VULTR_API_KEY", {}), acme=("dns_vultr", "VULTR_API_KEY", {}),
     caddy=("vultr", "api_token", {}), tf=("vultr", "api_key", {}), helm=("vultr", "apiKey", {}), dnsc=("VULTR", "token", {}))

# kinds only produced by dedicated renderers (no generic env form)
SPECIAL = [
    ("namecheap", "ddns_password"), ("noip", "password"), ("dynu", "password"), ("freedns", "sync_token"),
    ("freedns", "password"), ("gcp", "service_account_key"), ("cloudfront", "signing_private_key"),
    ("letsencrypt", "account_key_pem"), ("letsencrypt", "account_key_jwk"), ("traefik", "acme_json_account_key"),
    ("tls", "private_key"), ("bind", "tsig_keyfile"), ("akamai", "edgerc"),
]

GENERIC_ENV = {
    "dns": ["DNS_API_TOKEN", "DNS_TOKEN", "API_TOKEN", "TOKEN", "AUTH", "AUTH_TOKEN", "PROVIDER_TOKEN",
            "ACME_DNS_TOKEN", "DNS_PROVIDER_SECRET", "SECRET", "API_SECRET", "CHALLENGE_TOKEN"],
    "ddns": ["DDNS_TOKEN", "TOKEN", "UPDATE_TOKEN", "AUTH", "DYNDNS_SECRET"],
    "cdn": ["CDN_TOKEN", "PURGE_TOKEN", "API_KEY", "API_TOKEN", "DEPLOY_TOKEN", "AUTH", "CACHE_PURGE_KEY", "SECRET"],
    "acme": ["EAB_HMAC", "HMAC_KEY", "MAC_KEY", "ACME_HMAC", "EAB_SECRET"],
}
GENERIC_KEY = ["token", "apiKey", "secret", "auth", "key", "apiToken", "credential", "password"]


# --------------------------------------------------------------------------
# rendering context: the same renderer writes a positive (real-shaped random
# secret) or a negative (look-alike chosen for the file type's syntax)
# --------------------------------------------------------------------------

GENERIC_PH = ["<your-api-token>", "YOUR_API_TOKEN", "changeme", "REPLACE_ME", "<redacted>", "TODO-fill-in",
              "your-token-here", "CHANGE_ME", "<token>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "...",
              "replace-with-real-value", "********", "<secret>", "dummy", "__SET_IN_VAULT__", "<paste here>"]

REF_SYNTAX = {"make", "sh", "env", "compose", "caddy", "tf", "ansible", "octo", "dnsc", "gha", "py", "js", "url-sh"}


class Ctx:
    def __init__(self, rng, sp, neg, mode=None):
        self.rng = rng
        self.s = sp
        self.neg = neg
        self.secret = None if neg else sp["g"](rng)
        self.comps = sp["comp"](rng)
        self.generic = rng.random() < 0.72
        self.domain = rng.choice(DOMAINS)
        self.sub = rng.choice(SUBS)
        self.email = _emailish(rng)
        if rng.random() < 0.8:
            self.email = self.email.split("@")[0] + "@" + self.domain
        self.nkind = None
        if neg:
            if mode is None:
                mode = rng.choices(["ref", "ph", "mask", "doc"], [0.5, 0.27, 0.15, 0.08])[0]
            if mode == "doc" and not sp["doc"]:
                mode = "mask"
            self.mode = mode
            self.ph = self._pick_ph()
            self.masked = self._mask()
        else:
            self.mode = None

    # ---- names ----
    def envname(self):
        sp = self.s
        if self.generic:
            self.used_generic = True
            return self.rng.choice(GENERIC_ENV.get(sp["cat"], GENERIC_ENV["dns"]))
        return self.rng.choice([sp["env"][0]] * 3 + sp["alt"])

    def keyname(self, default):
        if self.generic:
            self.used_generic = True
            return self.rng.choice(GENERIC_KEY)
        return default

    # ---- look-alikes ----
    def _pick_ph(self):
        r, sp = self.rng, self.s
        pre = sp["pre"]
        opts = list(GENERIC_PH)
        if pre:
            opts += [pre + "<token>", pre + "...", pre + "XXXXXXXXXXXXXXXXXXXXXXXX", pre + "your-key-here"]
        opts += ["<%s-%s>" % (sp["p"], sp["k"].replace("_", "-")), "YOUR_%s_%s" % (sp["p"].upper().replace("-", "_"), sp["k"].upper())]
        return r.choice(opts)

    def _mask(self):
        r = self.rng
        if self.s["g"] is human_password:
            return r.choice(["*" * r.randint(8, 14), "<redacted>", "********", "(see 1Password: %s)" % self.s["p"]])
        s = self.s["g"](r)
        pre = self.s["pre"]
        body = s[len(pre):]
        m = r.randrange(5)
        if m == 0:
            return pre + "*" * r.randint(8, 24) + body[-4:]
        if m == 1:
            return s[:len(pre) + 4] + "\u2026" + s[-4:]
        if m == 2:
            return s[:len(pre) + 3] + "..." + s[-3:]
        if m == 3:
            return pre + "\u2022" * 12 + body[-4:]
        return "(redacted, ends in %s)" % body[-4:]

    def _lookalike(self, syn, name):
        r = self.rng
        mode = self.mode
        if mode == "ref" and syn not in REF_SYNTAX:
            mode = "ph"
        if mode == "ref":
            self.nkind = "env_reference"
            n = name or self.s["env"][0]
            low = n.lower()
            if syn in ("sh", "url-sh"):
                return r.choice(['"${%s}"' % n, '"${%s:?%s not set}"' % (n, n), '"$(cat /run/secrets/%s)"' % low,
                                 '"$(pass show dns/%s)"' % self.s["p"], '"$(vault kv get -field=%s secret/acme/%s)"' % (self.s["k"], self.s["p"])]) if syn == "sh" else "${%s}" % n
            if syn == "env":
                return r.choice(["${%s_VALUE}" % n, "op://Infra/%s/credential" % self.s["p"], ""])
            if syn == "compose":
                return r.choice(["${%s}" % n, "${%s:?err}" % n])
            if syn == "caddy":
                return r.choice(["{env.%s}" % n, "{$%s}" % n])
            if syn == "tf":
                return r.choice(["var.%s_%s" % (self.s["p"].replace("-", "_"), self.s["k"]), "data.sops_file.dns.data[\"%s\"]" % low,
                                 "local.%s" % low])
            if syn == "ansible":
                return r.choice(['"{{ vault_%s_%s }}"' % (self.s["p"].replace("-", "_"), self.s["k"]), "\"{{ lookup('env', '%s') }}\"" % n,
                                 "\"{{ lookup('community.general.passwordstore', 'dns/%s') }}\"" % self.s["p"]])
            if syn == "octo":
                return "env/%s" % n
            if syn == "make":
                return "$(%s)" % n
            if syn == "dnsc":
                return '"$%s"' % n
            if syn == "gha":
                return "${{ secrets.%s }}" % n
            if syn == "py":
                return r.choice(['os.environ["%s"]' % n, 'os.getenv("%s")' % n])
            if syn == "js":
                return "process.env.%s" % n
        if mode == "doc":
            self.nkind = "doc_example"
            return self._q(syn, r.choice(self.s["doc"]))
        if mode == "mask":
            self.nkind = "masked"
            return self._q(syn, self.masked)
        self.nkind = "placeholder"
        return self._q(syn, self.ph)

    def _q(self, syn, raw):
        r = self.rng
        if syn in ("tf", "py", "js", "json", "dnsc", "toml"):
            return '"%s"' % raw
        if syn in ("sh",):
            return r.choice(['"%s"' % raw, "'%s'" % raw]) if not raw.isalnum() else r.choice(['"%s"' % raw, "'%s'" % raw, raw])
        if syn in ("yaml", "compose", "ansible", "octo"):
            if raw[:1].isalnum() and ": " not in raw and " #" not in raw and raw[-1:] != ":":
                return r.choice([raw, '"%s"' % raw, "'%s'" % raw])
            return '"%s"' % raw
        if syn == "caddy":
            return raw if " " not in raw else '"%s"' % raw
        if syn == "env":
            return r.choice([raw, '"%s"' % raw]) if " " not in raw else '"%s"' % raw
        return raw

    def v(self, syn, name=None):
        """Formatted secret (positive) or look-alike (negative) for syntax `syn`."""
        if not self.neg:
            return self._q(syn, self.secret)
        return self._lookalike(syn, name)

    def c(self, role, syn, name=None):
        """Companion value: public roles pass through; secret-ish ones follow the negative mode."""
        val = self.comps[role]
        if not self.neg or role in PUBLIC_ROLES:
            return self._q(syn, val)
        if self.mode == "ref" and syn in REF_SYNTAX and name:
            saved, self.nkind = self.nkind, None
            out = self._lookalike(syn, name)
            self.nkind = saved or self.nkind
            return out
        pre = val.split("_")[0] + "_" if val.startswith(("pk1_", "akab-")) else ""
        if val.startswith("akab-"):
            pre = "akab-"
        return self._q(syn, pre + self.rng.choice(["<your-key>", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "..."]))


def rpath(rng, *cands):
    return rng.choice(cands)


def repo_prefix(rng):
    return rng.choice(["", "", "infra/", "ops/", "deploy/", "homelab/", "platform/", "config/", "srv/", "ansible/files/"])


def comment_block(rng, ch, lines):
    return ["%s %s" % (ch, l) if l else ch for l in lines]


def date_str(rng):
    return "20%02d-%02d-%02d" % (rng.randint(21, 25), rng.randint(1, 12), rng.randint(1, 28))


# --------------------------------------------------------------------------
# generic renderers (any spec with an env name)
# --------------------------------------------------------------------------


def r_dotenv(c):
    r, sp = c.rng, c.s
    L = []
    L += comment_block(r, "#", [r.choice(["lego / traefik DNS-01 settings", "ACME DNS challenge credentials", "environment for the cert renewal container",
                                          "DNS provider config (%s)" % sp["p"], "local overrides - do not share"]), ""])
    if sp["cat"] == "cdn":
        L = ["# deploy settings (%s)" % sp["p"], "SITE_URL=https://www.%s" % c.domain, "BUILD_DIR=dist",
             "ASSET_PREFIX=https://cdn.%s" % c.domain]
    else:
        L.append("ACME_EMAIL=%s" % c.email)
        L.append("DOMAINS=%s,*.%s" % (c.domain, c.domain))
    if r.random() < 0.5 and sp["cat"] != "cdn":
        L.append("LEGO_CA_SERVER=https://acme-v02.api.letsencrypt.org/directory")
    L.append("")
    if c.generic:
        L.append("DNS_PROVIDER=%s" % sp["p"])
    for role, en in sp["env"][1].items():
        L.append("%s=%s" % (en, c.c(role, "env", en)))
    n = c.envname()
    L.append("%s=%s" % (n, c.v("env", n)))
    L.append("")
    if sp["cat"] != "cdn":
        L.append("%s_PROPAGATION_TIMEOUT=%d" % (sp["p"].upper().replace("-", "_"), r.choice([120, 300, 600])))
    L.append("TZ=%s" % r.choice(["Europe/Berlin", "UTC", "America/Chicago", "Europe/Warsaw"]))
    if r.random() < 0.5:
        L.append("LOG_LEVEL=%s" % r.choice(["info", "debug", "warn"]))
    p = r.choice([".env", "lego.env", ".env.production", "acme/.env", "docker/traefik/.env", "certs.env", "stack.env"])
    return repo_prefix(r) + p, L, "dotenv"


def r_compose(c):
    r, sp = c.rng, c.s
    img = r.choice(["traefik:v3.1", "traefik:v2.11", "goacme/lego:v4.17", "traefik:v3.0", "goacme/lego:latest"])
    n = c.envname()
    L = ["services:", "  %s:" % ("traefik" if "traefik" in img else "certs"), "    image: %s" % img,
         "    container_name: %s" % ("traefik" if "traefik" in img else "lego"), "    restart: unless-stopped"]
    if "traefik" in img:
        L += ["    command:", "      - --providers.docker=true", "      - --providers.docker.exposedbydefault=false",
              "      - --entrypoints.websecure.address=:443",
              "      - --certificatesresolvers.le.acme.dnschallenge=true",
              "      - --certificatesresolvers.le.acme.dnschallenge.provider=%s" % sp["p"].replace("-", ""),
              "      - --certificatesresolvers.le.acme.email=%s" % c.email,
              "      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json",
              "    ports:", '      - "443:443"', '      - "80:80"']
    L.append("    environment:")
    style = r.random() < 0.5
    for role, en in sp["env"][1].items():
        cv = c.c(role, "compose", en)
        L.append(("      - %s=%s" % (en, cv.strip("'\""))) if style else ("      %s: %s" % (en, cv)))
    val = c.v("compose", n)
    if style:
        L.append("      - %s=%s" % (n, c.secret) if not c.neg else "      - %s=%s" % (n, val.strip("'\"")))
    else:
        L.append("      %s: %s" % (n, val))
    L += ["    volumes:", "      - ./letsencrypt:/letsencrypt", "      - /var/run/docker.sock:/var/run/docker.sock:ro"]
    if "traefik" in img and r.random() < 0.6:
        L += ["    labels:", '      - "traefik.enable=true"',
              '      - "traefik.http.routers.dashboard.rule=Host(`traefik.%s`)"' % c.domain,
              '      - "traefik.http.routers.dashboard.tls.certresolver=le"',
              '      - "traefik.http.routers.dashboard.tls.domains[0].main=%s"' % c.domain,
              '      - "traefik.http.routers.dashboard.tls.domains[0].sans=*.%s"' % c.domain,
              '      - "traefik.http.routers.dashboard.service=api@internal"']
    L += ["", "  whoami:", "    image: traefik/whoami", "    labels:", '      - "traefik.enable=true"',
          '      - "traefik.http.routers.whoami.rule=Host(`whoami.%s`)"' % c.domain]
    return repo_prefix(r) + r.choice(["docker-compose.yml", "compose.yaml", "traefik/docker-compose.yml", "stacks/proxy/docker-compose.yml"]), L, "docker-compose"


def r_systemd(c):
    r, sp = c.rng, c.s
    n = c.envname()
    cat = sp["cat"]
    L = ["[Unit]", "Description=%s" % {"cdn": "CDN cache purge after deploy", "ddns": "Dynamic DNS updater"}.get(cat, r.choice(["Renew TLS certificates via DNS-01", "lego certificate renewal"])),
         "After=network-online.target", "Wants=network-online.target", "", "[Service]", "Type=oneshot", "User=%s" % r.choice(["acme", "certs", "deploy", "root"])]
    for role, en in sp["env"][1].items():
        L.append('Environment="%s=%s"' % (en, c.c(role, "raw", en)))
    L.append('Environment="%s=%s"' % (n, c.v("raw", n)))
    if cat == "dns":
        L.append("ExecStart=/usr/local/bin/lego --dns %s --domains %s --email %s --path /var/lib/lego renew --days 30" % (sp["p"], c.domain, c.email))
        L.append("ExecStartPost=/bin/systemctl reload %s" % r.choice(["nginx", "haproxy", "caddy"]))
    else:
        L.append("ExecStart=/bin/sh -c '%s'" % _cdn_cmd(c, n, sh=False)[0].replace("'", '"'))
    L += ["", "[Install]", "WantedBy=multi-user.target"]
    return repo_prefix(r) + r.choice(["etc/systemd/system/%s.service" % ("lego-renew" if cat == "dns" else sp["p"] + "-" + ("ddns" if cat == "ddns" else "purge")),
                                      "systemd/%s.service" % sp["p"], "etc/systemd/system/%s.service.d/override.conf" % sp["p"]]), L, "systemd"


def _cdn_cmd(c, n, sh=True):
    """command lines using env var n for a CDN / DDNS spec"""
    r, sp = c.rng, c.s
    ref = ("${%s}" % n) if sh else ("$" + n)
    p, k = sp["p"], sp["k"]
    if p == "fastly":
        return ['curl -sf -X POST -H "Fastly-Key: %s" "https://api.fastly.com/service/%s/purge_all"' % (ref, rs(r, 22, ALNUM))]
    if p == "bunny" and k == "storage_password":
        return ['curl -sf -X PUT -H "AccessKey: %s" --data-binary @dist/index.html "https://storage.bunnycdn.com/%s/index.html"' % (ref, r.choice(["assets-prod", "static-site"]))]
    if p == "bunny":
        return ['curl -sf -X POST -H "AccessKey: %s" "https://api.bunny.net/pullzone/%d/purgeCache"' % (ref, r.randint(100000, 3999999))]
    if p == "keycdn":
        return ['curl -sf -u "%s:" "https://api.keycdn.com/zones/purge/%d.json"' % (ref, r.randint(10000, 999999))]
    if p == "netlify":
        return ['netlify deploy --prod --dir dist --site %s --auth "%s"' % (ruuid(r), ref)]
    if p == "akamai":
        return ["akamai purge --section ccu invalidate --cpcode %d" % r.randint(100000, 999999)]
    if p == "duckdns":
        return ['curl -fsS "https://www.duckdns.org/update?domains=%s&token=%s&ip="' % (rs(r, 8, LOWER), ref)]
    return ['curl -sf -H "Authorization: Bearer %s" https://api.%s.com/v1/purge' % (ref, p)]


def r_shell(c):
    r, sp = c.rng, c.s
    n = c.envname()
    cat = sp["cat"]
    desc = {"cdn": ["purge the CDN after a release", "deploy static assets", "called by the deploy job"],
            "ddns": ["update the home IP", "dynamic DNS refresh"]}.get(cat, ["renew wildcard cert for %s" % c.domain, "issue certs with lego (DNS-01)", "called from cron nightly"])
    L = ["#!/usr/bin/env bash", "# %s" % r.choice(desc), "set -euo pipefail", ""]
    if cat == "dns":
        L += ['DOMAIN="%s"' % c.domain, 'EMAIL="%s"' % c.email]
    for role, en in sp["env"][1].items():
        L.append("export %s=%s" % (en, c.c(role, "sh", en)))
    L.append("export %s=%s" % (n, c.v("sh", n)))
    L.append("")
    if cat != "dns":
        L += _cdn_cmd(c, n)
        L += ['echo "ok $(date -Is)"']
        return repo_prefix(r) + r.choice(["scripts/purge.sh", "deploy.sh", "bin/%s.sh" % sp["p"], "tools/cdn-%s.sh" % sp["p"]]), L, "shell"
    if c.generic and sp["env"][0] != n:
        L += ["export %s=\"$%s\"" % (sp["env"][0], n), ""]
    L += ['if ! command -v lego >/dev/null; then', '  echo "lego not installed" >&2', "  exit 1", "fi", "",
          'lego --accept-tos --email "$EMAIL" --dns %s \\' % sp["p"].replace("-", ""), '  --domains "$DOMAIN" --domains "*.$DOMAIN" \\',
          '  --path /etc/lego %s' % r.choice(["run", "renew --days 30"]), "",
          'cp /etc/lego/certificates/"$DOMAIN".crt /etc/ssl/private/', "systemctl reload nginx", 'echo "done: $(date -Is)"']
    return repo_prefix(r) + r.choice(["scripts/renew-certs.sh", "bin/issue-cert.sh", "renew.sh", "tools/lego-renew.sh"]), L, "shell"


def r_crontab(c):
    r, sp = c.rng, c.s
    n = c.envname()
    cat = sp["cat"]
    L = ["# m h  dom mon dow   command", "SHELL=/bin/bash", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
         "MAILTO=%s" % c.email, ""]
    if c.neg and c.mode == "ref":
        c.nkind = "env_reference"
        L.append("# %s comes from /etc/default/%s" % (n, sp["p"]))
        pre = ". /etc/default/%s &&" % sp["p"]
    else:
        L.append("%s=%s" % (n, c.v("raw", n)))
        pre = " ".join("%s=%s" % (en, c.c(role, "raw", en)) for role, en in sp["env"][1].items())
    if cat == "dns":
        L.append("%d %d * * * %s /usr/local/bin/lego --dns %s -d %s --path /var/lib/lego renew >> /var/log/lego.log 2>&1" % (r.randint(0, 59), r.randint(0, 23), pre, sp["p"], c.domain))
    else:
        L.append("%s %s * * * %s %s >/dev/null 2>&1" % (r.choice(["*/5", "*/10", str(r.randint(0, 59))], ) if cat == "ddns" else str(r.randint(0, 59)), "*" if cat == "ddns" else str(r.randint(0, 23)),
                                                       pre, _cdn_cmd(c, n, sh=False)[0]))
    L.append("%d 4 * * 0 /usr/sbin/logrotate /etc/logrotate.d/%s" % (r.randint(0, 59), sp["p"]))
    L.append("@reboot sleep 60 && /usr/local/bin/healthcheck.sh")
    return repo_prefix(r) + r.choice(["crontab", "cron/root.crontab", "etc/cron.d/%s" % sp["p"], "crontab.txt"]), L, "crontab"


def r_gha(c):
    r, sp = c.rng, c.s
    n = c.envname()
    sha = rhex(r, 40)
    L = ["name: %s" % r.choice(["Purge CDN cache", "Deploy DNS", "Renew certificates", "Publish site"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for role, en in sp["env"][1].items():
        L.append("      %s: %s" % (en, c.c(role, "gha", en)))
    L.append("      %s: %s" % (n, c.v("gha", n) if c.neg else c.v("yaml")))
    L += ["    steps:", "      - uses: actions/checkout@%s # v4" % sha, ""]
    if sp["cat"] == "cdn":
        L += ["      - name: Build", "        run: npm ci && npm run build", "      - name: Purge",
              "        run: |", "          " + _cdn_cmd(c, n)[0]]
    elif "octo" in sp and r.random() < 0.6:
        L += ["      - name: Install octodns", "        run: pip install octodns octodns-%s==0.%d.%d" % (sp["p"], r.randint(0, 9), r.randint(0, 9)),
              "      - name: Sync zones", "        run: octodns-sync --config-file=config/production.yaml --doit"]
    else:
        L += ["      - name: Issue certificate", "        run: |", "          curl -sL https://github.com/go-acme/lego/releases/download/v4.17.4/lego_v4.17.4_linux_amd64.tar.gz | tar xz lego",
              "          ./lego --accept-tos --email %s --dns %s -d '*.%s' -d %s run" % (c.email, sp["p"].replace("-", ""), c.domain, c.domain),
              "      - uses: actions/upload-artifact@%s # v4" % rhex(r, 40), "        with:", "          name: certs", "          path: .lego/certificates/"]
    return ".github/workflows/" + r.choice(["purge.yml", "dns.yml", "deploy.yml", "certs.yml"]), L, "github-actions"


def r_k8s_secret(c):
    r, sp = c.rng, c.s
    key = c.keyname(r.choice(["api-token", "api-key", "token", "secret", sp["k"].replace("_", "-")]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (sp["p"], r.choice(["api-token", "credentials", "dns-creds"])),
         "  namespace: %s" % r.choice(["cert-manager", "external-dns", "kube-system", "ingress"]), "type: Opaque"]
    use_data = (not c.neg) and r.random() < 0.25
    if use_data:
        enc = b64(c.secret.encode())
        c.secret_written = enc
        L += ["data:", "  %s: %s" % (key, enc)]
    else:
        L += ["stringData:"]
        for role, en in sp["env"][1].items():
            if role in PUBLIC_ROLES:
                L.append("  %s: %s" % (role.replace("_", "-"), c.c(role, "yaml")))
        L.append("  %s: %s" % (key, c.v("yaml")))
    return repo_prefix(r) + r.choice(["k8s/secret-%s.yaml" % sp["p"], "manifests/cert-manager/%s-secret.yaml" % sp["p"], "clusters/prod/dns-secret.yaml"]), L, "k8s-yaml"


def r_python(c):
    r, sp = c.rng, c.s
    n = c.envname()
    var = n if r.random() < 0.6 else n.lower()
    L = ['"""%s"""' % r.choice(["Update DNS records for the lab.", "Purge CDN cache after deploy.", "Small helper around the %s API." % sp["p"]]),
         "import os", "import sys", "", "import requests", "", 'API = "https://api.%s/v1"' % r.choice(["example-dns.net", sp["p"] + ".com"]),
         '%s = %s' % (var, c.v("py", n)), 'ZONE = "%s"' % c.domain, "", "",
         "def call(method, path, **kw):", '    hdrs = {"Authorization": f"Bearer {%s}", "Accept": "application/json"}' % var,
         "    resp = requests.request(method, API + path, headers=hdrs, timeout=20, **kw)", "    resp.raise_for_status()", "    return resp.json()", "", "",
         "def main():", '    ip = requests.get("https://api.ipify.org", timeout=10).text.strip()',
         '    call("PUT", f"/zones/{ZONE}/records/%s/A", json={"content": ip, "ttl": 300})' % c.sub,
         '    print("updated", ZONE, ip)', "", "", 'if __name__ == "__main__":', "    sys.exit(main())"]
    return repo_prefix(r) + r.choice(["scripts/ddns.py", "tools/purge_cache.py", "dns_update.py", "bin/update_records.py"]), L, "python"


def r_readme(c):
    r, sp = c.rng, c.s
    n = c.envname()
    L = ["# %s" % r.choice(["Homelab reverse proxy", "Certificates", "DNS automation", "Edge setup"]), "",
         "Wildcard certificates for `%s` are issued with DNS-01 against %s." % (c.domain, sp["p"]), "", "## Setup", "",
         "1. Create credentials in the %s dashboard (zone edit only)." % sp["p"], "2. Put them into the environment:", "", "```sh"]
    for role, en in sp["env"][1].items():
        L.append("export %s=%s" % (en, c.c(role, "sh", en)))
    L.append("export %s=%s" % (n, c.v("sh", n)))
    L += ["```", "", "3. Run `make certs` - certificates land in `./certs/%s/`." % c.domain, "",
          "## Renewal", "", "A systemd timer runs `lego renew --days 30` daily at 04:%02d." % r.randint(0, 59), "",
          "## Troubleshooting", "", "- `NXDOMAIN` on `_acme-challenge` - check the zone delegation.",
          "- Rate limits: use the staging CA (`--server https://acme-staging-v02.api.letsencrypt.org/directory`)."]
    return repo_prefix(r) + r.choice(["README.md", "docs/certificates.md", "docs/dns.md", "SETUP.md"]), L, "markdown"


def r_ansible(c):
    r, sp = c.rng, c.s
    base = "%s_%s" % (sp["p"].replace("-", "_"), sp["k"])
    key = c.keyname(base) if not c.generic else r.choice(["dns_api_token", "acme_dns_secret", "ddns_token", "provider_token", "api_secret"])
    c.used_generic = c.generic
    L = ["---", "# %s" % r.choice(["group_vars for the edge proxies", "certbot role variables", "acme role"]),
         "certbot_email: %s" % c.email, "certbot_certs:", "  - domains:", "      - %s" % c.domain, '      - "*.%s"' % c.domain,
         "certbot_dns_plugin: %s" % sp["p"], ""]
    for role, en in sp["env"][1].items():
        L.append("%s_%s: %s" % (sp["p"].replace("-", "_"), role, c.c(role, "ansible", en)))
    L.append("%s: %s" % (key, c.v("ansible", sp["env"][0])))
    L += ["", "certbot_auto_renew: true", "certbot_auto_renew_hour: %d" % r.randint(0, 23), "certbot_auto_renew_minute: %d" % r.randint(0, 59)]
    return repo_prefix(r) + r.choice(["group_vars/all/vars.yml", "group_vars/proxies.yml", "roles/certbot/defaults/main.yml", "host_vars/edge01.yml", "inventory/group_vars/all/secrets.yml"]), L, "ansible-vars"


# --------------------------------------------------------------------------
# provider-field renderers
# --------------------------------------------------------------------------


def r_certbot_ini(c):
    r, sp = c.rng, c.s
    plugin, key, comps = sp["certbot"]
    L = comment_block(r, "#", [r.choice(["%s API credentials used by Certbot" % plugin.capitalize(), "certbot-dns-%s credentials" % plugin,
                                          "chmod 600 this file!", "Managed by ansible"])])
    if r.random() < 0.4:
        L.append("# created %s for %s" % (date_str(r), c.domain))
    if plugin == "linode":
        L.append("dns_linode_version = 4")
    for role, k in comps.items():
        L.append("%s = %s" % (k, c.c(role, "ini")))
    L.append("%s = %s" % (key, c.v("ini")))
    if plugin == "rfc2136":
        L.insert(len(L) - 1, "dns_rfc2136_port = 53")
        L.append("dns_rfc2136_algorithm = HMAC-SHA%s" % r.choice(["256", "512"]))
    if plugin == "powerdns" and r.random() < 0.5:
        L.append("dns_powerdns_server_id = localhost")
    path = r.choice(["etc/letsencrypt/%s.ini" % plugin, "letsencrypt/%s.ini" % plugin, "secrets/certbot/%s.ini" % plugin,
                     "%s.ini" % plugin, "roles/certbot/files/%s-credentials.ini" % plugin, ".secrets/certbot/%s.ini" % plugin])
    return repo_prefix(r) + path, L, "certbot-ini"


def r_acmesh_conf(c):
    r, sp = c.rng, c.s
    dnsapi, var, comps = sp["acme"]
    L = ["", "LOG_FILE='/root/.acme.sh/acme.sh.log'", "#LOG_LEVEL=1", "", "AUTO_UPGRADE='%d'" % r.randint(0, 1), "", "#NO_TIMESTAMP=1", "",
         "ACCOUNT_EMAIL='%s'" % c.email, "UPGRADE_HASH='%s'" % rhex(r, 40)]
    if r.random() < 0.5:
        L.append("USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'")
    if r.random() < 0.5:
        L.append("DEFAULT_ACME_SERVER='https://acme.zerossl.com/v2/DV90'")
    for role, v2 in comps.items():
        L.append("SAVED_%s='%s'" % (v2, c.c(role, "raw")))
    L.append("SAVED_%s='%s'" % (var, c.v("raw")))
    if r.random() < 0.5:
        L.append("USER_AGENT='acme.sh/3.0.%d'" % r.randint(5, 9))
    return repo_prefix(r) + r.choice(["root/.acme.sh/account.conf", ".acme.sh/account.conf", "acme.sh/account.conf", "config/acme/account.conf"]), L, "acme.sh-conf"


def r_acmesh_script(c):
    r, sp = c.rng, c.s
    dnsapi, var, comps = sp["acme"]
    L = ["#!/bin/sh", "# issue %s via acme.sh %s" % (c.domain, dnsapi), ""]
    for role, v2 in comps.items():
        L.append("export %s=%s" % (v2, c.c(role, "sh", v2)))
    L.append("export %s=%s" % (var, c.v("sh", var)))
    L += ["", "~/.acme.sh/acme.sh --issue --dns %s \\" % dnsapi, "  -d %s -d '*.%s' \\" % (c.domain, c.domain),
          "  --keylength ec-256 --server %s" % r.choice(["letsencrypt", "zerossl", "google"]), "",
          "~/.acme.sh/acme.sh --install-cert -d %s --ecc \\" % c.domain, "  --key-file /etc/nginx/ssl/%s.key \\" % c.domain,
          "  --fullchain-file /etc/nginx/ssl/%s.crt \\" % c.domain, '  --reloadcmd "systemctl reload nginx"']
    return repo_prefix(r) + r.choice(["issue-cert.sh", "scripts/acme-issue.sh", "acme/issue_%s.sh" % c.domain.split(".")[0]]), L, "shell"


def r_caddy(c):
    r, sp = c.rng, c.s
    mod, field, comps = sp["caddy"]
    L = ["{", "\temail %s" % c.email]
    if r.random() < 0.4:
        L.append("\tacme_ca https://acme-v02.api.letsencrypt.org/directory")
    L += ["}", "", "*.%s, %s {" % (c.domain, c.domain), "\ttls {"]
    if not field and not comps:
        L.append("\t\tdns %s %s" % (mod, c.v("caddy", sp["env"][0])))
    else:
        L.append("\t\tdns %s {" % mod)
        for role, f in comps.items():
            L.append("\t\t\t%s %s" % (f, c.c(role, "caddy", sp["env"][1].get(role))))
        L.append("\t\t\t%s %s" % (field or "api_token", c.v("caddy", sp["env"][0])))
        L.append("\t\t}")
    if r.random() < 0.5:
        L.append("\t\tresolvers 1.1.1.1 9.9.9.9")
    L += ["\t}", "", "\t@%s host %s.%s" % (c.sub, c.sub, c.domain), "\thandle @%s {" % c.sub,
          "\t\treverse_proxy 127.0.0.1:%d" % r.choice([3000, 8080, 8096, 9000, 8123]), "\t}", "", "\thandle {", "\t\tabort", "\t}", "}"]
    return repo_prefix(r) + r.choice(["Caddyfile", "caddy/Caddyfile", "etc/caddy/Caddyfile", "docker/caddy/Caddyfile"]), L, "caddyfile"


def r_terraform(c):
    r, sp = c.rng, c.s
    prov, attr, comps = sp["tf"]
    src = {"cloudflare": "cloudflare/cloudflare", "aws": "hashicorp/aws", "azurerm": "hashicorp/azurerm", "digitalocean": "digitalocean/digitalocean",
           "linode": "linode/linode", "hcloud": "hetznercloud/hcloud", "hetznerdns": "timohirt/hetznerdns", "ovh": "ovh/ovh",
           "gandi": "go-gandi/gandi", "namecheap": "namecheap/namecheap", "godaddy": "n3integration/godaddy", "porkbun": "cullenmcdermott/porkbun",
           "namedotcom": "lexfrei/namedotcom", "desec": "valodim/desec", "powerdns": "pan-net/powerdns", "ns1": "ns1-terraform/ns1",
           "dnsimple": "dnsimple/dnsimple", "fastly": "fastly/fastly", "bunnynet": "BunnyWay/bunnynet", "netlify": "netlify/netlify"}.get(prov, prov)
    L = ["terraform {", "  required_providers {", "    %s = {" % prov, '      source  = "%s"' % src,
         '      version = "~> %d.%d"' % (r.randint(1, 5), r.randint(0, 40)), "    }", "  }", "}", "", 'provider "%s" {' % prov]
    for role, a in comps.items():
        L.append("  %s = %s" % (a, c.c(role, "tf", sp["env"][1].get(role))))
    L.append("  %s = %s" % (attr, c.v("tf", sp["env"][0])))
    L.append("}")
    L += ["", 'variable "zone" {', '  default = "%s"' % c.domain, "}", ""]
    if prov == "cloudflare":
        L += ['resource "cloudflare_record" "%s" {' % c.sub, '  zone_id = "%s"' % rhex(r, 32), '  name    = "%s"' % c.sub,
              '  content = "203.0.113.%d"' % r.randint(2, 250), '  type    = "A"', "  proxied = true", "}"]
    else:
        L += ['# records live in records.tf', 'output "zone" {', "  value = var.zone", "}"]
    return repo_prefix(r) + r.choice(["terraform/providers.tf", "main.tf", "dns/provider.tf", "tf/%s.tf" % prov]), L, "terraform"


def r_tfvars(c):
    r, sp = c.rng, c.s
    prov, attr, comps = sp["tf"]
    name = "%s_%s" % (prov, attr) if not c.generic else r.choice(["dns_token", "api_token", "provider_secret", "token"])
    c.used_generic = c.generic
    L = ['environment = "%s"' % r.choice(["prod", "staging", "lab"]), 'zone_name   = "%s"' % c.domain, ""]
    for role, a in comps.items():
        if role in PUBLIC_ROLES:
            L.append('%s_%s = %s' % (prov, a, c.c(role, "tf")))
    if c.neg and c.mode == "ref":
        c.nkind = "env_reference"
        L.append("# %s is read from TF_VAR_%s (see CI settings)" % (name, name))
        L.append('%s = ""' % name)
    else:
        L.append("%s = %s" % (name, c.v("tf")))
    L += ["", "records = {", '  "%s" = "203.0.113.%d"' % (c.sub, r.randint(2, 250)), '  "www" = "203.0.113.%d"' % r.randint(2, 250), "}"]
    return repo_prefix(r) + r.choice(["terraform.tfvars", "prod.tfvars", "env/prod.auto.tfvars", "terraform/secrets.auto.tfvars"]), L, "tfvars"


def r_helm(c):
    r, sp = c.rng, c.s
    sec, key, comps = sp["helm"]
    key2 = c.keyname(key)
    L = ["# external-dns values", "provider: %s" % sec, "domainFilters:", "  - %s" % c.domain, "policy: %s" % r.choice(["sync", "upsert-only"]),
         "txtOwnerId: %s" % r.choice(["k8s-prod", "homelab", "cluster-01"]), "interval: %s" % r.choice(["1m", "5m"]), "", "%s:" % sec]
    for role, k in comps.items():
        L.append("  %s: %s" % (k, c.c(role, "yaml")))
    L.append("  %s: %s" % (key2, c.v("yaml")))
    if r.random() < 0.5:
        L.append('  secretName: ""')
    L += ["", "serviceMonitor:", "  enabled: %s" % r.choice(["true", "false"]), "resources:", "  requests:", "    cpu: 10m", "    memory: 48Mi"]
    return repo_prefix(r) + r.choice(["helm/external-dns/values.yaml", "charts/values-external-dns.yaml", "clusters/prod/external-dns/values.yaml"]), L, "helm-values"


def r_octodns(c):
    r, sp = c.rng, c.s
    cls, key, comps = sp["octo"]
    L = ["---", "providers:", "  config:", "    class: octodns.provider.yaml.YamlProvider", "    directory: ./config", "    default_ttl: 3600",
         "    enforce_order: true", "  %s:" % sp["p"].replace("-", ""), "    class: %s" % cls]
    for role, k in comps.items():
        L.append("    %s: %s" % (k, c.c(role, "octo", sp["env"][1].get(role))))
    L.append("    %s: %s" % (key, c.v("octo", sp["env"][0])))
    L += ["", "zones:", "  %s.:" % c.domain, "    sources:", "      - config", "    targets:", "      - %s" % sp["p"].replace("-", "")]
    return repo_prefix(r) + r.choice(["config/production.yaml", "octodns/config.yaml", "dns/octodns.yaml"]), L, "octodns-yaml"


def r_dnscontrol(c):
    r, sp = c.rng, c.s
    typ, key, comps = sp["dnsc"]
    ent = r.choice([sp["p"].replace("-", ""), "r_" + sp["p"], "dns_main"])
    L = ["{", '  "bind": {', '    "TYPE": "BIND"', "  },", '  "%s": {' % ent, '    "TYPE": "%s",' % typ]
    for role, k in comps.items():
        L.append('    "%s": %s,' % (k, c.c(role, "dnsc", sp["env"][1].get(role))))
    L.append('    "%s": %s' % (key, c.v("dnsc", sp["env"][0])))
    L += ["  },", '  "none": { "TYPE": "NONE" }', "}"]
    return repo_prefix(r) + r.choice(["creds.json", "dnscontrol/creds.json", "dns/creds.json"]), L, "dnscontrol-json"


CM_SOLVERS = {
    ("cloudflare", "api_token"): lambda c, sec, key: ["        dns01:", "          cloudflare:", "            apiTokenSecretRef:", "              name: %s" % sec, "              key: %s" % key],
    ("cloudflare", "global_api_key"): lambda c, sec, key: ["        dns01:", "          cloudflare:", "            email: %s" % c.comps["email"], "            apiKeySecretRef:", "              name: %s" % sec, "              key: %s" % key],
    ("digitalocean", "pat"): lambda c, sec, key: ["        dns01:", "          digitalocean:", "            tokenSecretRef:", "              name: %s" % sec, "              key: %s" % key],
    ("aws", "secret_access_key"): lambda c, sec, key: ["        dns01:", "          route53:", "            region: %s" % c.comps["region"], "            accessKeyIDSecretRef:", "              name: %s" % sec, "              key: access-key-id", "            secretAccessKeySecretRef:", "              name: %s" % sec, "              key: %s" % key],
    ("azure", "client_secret"): lambda c, sec, key: ["        dns01:", "          azureDNS:", "            clientID: %s" % c.comps["client_id"], "            clientSecretSecretRef:", "              name: %s" % sec, "              key: %s" % key, "            subscriptionID: %s" % c.comps["subscription"], "            tenantID: %s" % c.comps["tenant"], "            resourceGroupName: rg-dns", "            hostedZoneName: %s" % c.domain],
    ("bind", "tsig_secret"): lambda c, sec, key: ["        dns01:", "          rfc2136:", "            nameserver: %s:53" % c.comps["server"], "            tsigKeyName: %s" % c.comps["keyname"], "            tsigAlgorithm: HMACSHA256", "            tsigSecretSecretRef:", "              name: %s" % sec, "              key: %s" % key],
}
CM_WEBHOOK = {"hetzner": "acme.hetzner.cloud", "gandi": "acme.bwolf.me", "ovh": "acme.ovh.example", "porkbun": "porkbun.mdonoughe.github.io",
              "desec": "desec.io", "godaddy": "acme.godaddy.com", "powerdns": "acme.zacharyseguin.ca", "dnsimple": "acme.dnsimple.com",
              "namecheap": "acme.namecheap.com", "linode": "acme.cluster.local", "netlify": "acme.netlify.example", "bunny": "acme.bunny.net"}


def r_certmanager(c):
    r, sp = c.rng, c.s
    sec = "%s-%s" % (sp["p"], r.choice(["api-token-secret", "credentials", "dns01"]))
    key = c.keyname(r.choice(["api-token", "api-key", "secret-access-key", "token"]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % sec, "  namespace: cert-manager", "type: Opaque", "stringData:"]
    L.append("  %s: %s" % (key, c.v("yaml")))
    L += ["---", "apiVersion: cert-manager.io/v1", "kind: ClusterIssuer", "metadata:", "  name: letsencrypt-%s" % r.choice(["prod", "dns", "staging"]), "spec:", "  acme:",
          "    email: %s" % c.email, "    server: https://acme-v02.api.letsencrypt.org/directory", "    privateKeySecretRef:", "      name: letsencrypt-account-key", "    solvers:", "      - selector:",
          "          dnsZones:", '            - "%s"' % c.domain]
    fn = CM_SOLVERS.get((sp["p"], sp["k"]))
    if fn:
        L += fn(c, sec, key)
    else:
        L += ["        dns01:", "          webhook:", "            groupName: %s" % CM_WEBHOOK.get(sp["p"], "acme.%s.io" % sp["p"]), "            solverName: %s" % sp["p"], "            config:",
              "              secretName: %s" % sec, "              secretKey: %s" % key]
    return repo_prefix(r) + r.choice(["k8s/cert-manager/cluster-issuer.yaml", "manifests/clusterissuer-%s.yaml" % sp["p"], "clusters/prod/cert-manager/issuer.yaml"]), L, "k8s-yaml"


# --------------------------------------------------------------------------
# special kinds + dedicated renderers
# --------------------------------------------------------------------------

SP = {}
for _s in SPECS:
    SP[(_s["p"], _s["k"])] = _s


def sspec(p, k, g, comp=None, cat="dns", pre="", doc=None, env=None):
    d = dict(p=p, k=k, g=g, comp=comp or (lambda r: {}), alt=[], cat=cat, pre=pre, doc=doc or [], env=env or ("%s_%s" % (p.upper().replace("-", "_"), k.upper()), {}))
    SP[(p, k)] = d
    return d


sspec("namecheap", "ddns_password", lambda r: rhex(r, 32), cat="ddns", env=("NAMECHEAP_DDNS_PASSWORD", {}))
sspec("noip", "password", human_password, comp=lambda r: {"user": r.choice(["jkowalski", "m.fischer@gmx.de", "homelab42", "anna.berg", "tomasz.n"])}, cat="ddns", env=("NOIP_PASSWORD", {}))
sspec("dynu", "password", human_password, comp=lambda r: {"user": r.choice(["pieter", "homeserver", "lenka.dvorak", "rpi-user"])}, cat="ddns", env=("DYNU_PASSWORD", {}))
sspec("freedns", "sync_token", lambda r: rs(r, 24, ALNUM), cat="ddns", env=("FREEDNS_TOKEN", {}))
sspec("freedns", "password", human_password, comp=lambda r: {"user": r.choice(["gwilliams", "nordlys", "cheapdns", "karolina"])}, cat="ddns", env=("FREEDNS_PASSWORD", {}))
sspec("gcp", "service_account_key", lambda r: "", env=("GOOGLE_APPLICATION_CREDENTIALS", {}))
sspec("cloudfront", "signing_private_key", lambda r: "", cat="cdn", env=("CLOUDFRONT_PRIVATE_KEY", {}))
sspec("letsencrypt", "account_key_pem", lambda r: "", cat="acme")
sspec("letsencrypt", "account_key_jwk", lambda r: "", cat="acme")
sspec("traefik", "acme_json_account_key", lambda r: "", cat="acme")
sspec("tls", "private_key", lambda r: "", cat="acme")


def _ddclient_head(r):
    L = ["# /etc/ddclient.conf", "daemon=%d" % r.choice([300, 600, 900]), "syslog=yes", "pid=/var/run/ddclient/ddclient.pid", "ssl=yes"]
    L.append(r.choice(["use=web, web=checkip.dyndns.org/, web-skip='IP Address'", "usev4=webv4, webv4=ipify-ipv4", "use=if, if=eth0", "usev4=webv4, webv4=https://ipv4.icanhazip.com/"]))
    return L + [""]


def r_ddclient(c):
    r, sp = c.rng, c.s
    key = (sp["p"], sp["k"])
    L = _ddclient_head(r)
    host = "%s.%s" % (c.sub, c.domain)
    if key == ("cloudflare", "api_token"):
        L += ["protocol=cloudflare, \\", "zone=%s, \\" % c.domain, "ttl=1, \\", "login=token, \\", "password=%s \\" % c.v("ini"), host]
    elif key == ("duckdns", "token"):
        host = "%s.duckdns.org" % rs(r, r.randint(6, 10), LOWER)
        L += ["protocol=duckdns", "password=%s" % c.v("ini"), host]
    elif key == ("noip", "password"):
        L += ["protocol=dyndns2", "server=dynupdate.no-ip.com", "login=%s" % c.comps["user"], "password='%s'" % c.v("raw"), "%s.ddns.net" % c.sub]
    elif key == ("dynu", "password"):
        L += ["protocol=dyndns2", "server=api.dynu.com", "login=%s" % c.comps["user"], "password=%s" % c.v("raw"), "%s.freeddns.org" % c.sub]
    elif key == ("namecheap", "ddns_password"):
        L += ["protocol=namecheap", "server=dynamicdns.park-your-domain.com", "login=%s" % c.domain, "password=%s" % c.v("ini"), r.choice(["@", c.sub, "@,www"])]
    elif key == ("freedns", "password"):
        L += ["protocol=freedns", "login=%s" % c.comps["user"], "password='%s'" % c.v("raw"), "%s.mooo.com" % c.sub]
    elif key == ("porkbun", "secret_api_key"):
        L += ["protocol=porkbun", "apikey=%s" % c.c("pubkey", "ini"), "secretapikey=%s" % c.v("ini"), "on-root-domain=yes", c.domain]
    elif key == ("gandi", "pat"):
        L += ["protocol=gandi", "zone=%s" % c.domain, "use-personal-access-token=yes", "password=%s" % c.v("ini"), c.sub]
    if r.random() < 0.5:
        L += ["", "# second box, disabled", "#protocol=dyndns2", "#server=members.dyndns.org", "#login=", "#password=", "#old.%s" % c.domain]
    return repo_prefix(r) + r.choice(["etc/ddclient.conf", "ddclient/ddclient.conf", "ddclient.conf", "config/ddclient/ddclient.conf"]), L, "ddclient-conf"


DDCLIENT_KINDS = [("cloudflare", "api_token"), ("duckdns", "token"), ("noip", "password"), ("dynu", "password"), ("namecheap", "ddns_password"),
                  ("freedns", "password"), ("porkbun", "secret_api_key"), ("gandi", "pat")]


def r_inadyn(c):
    r, sp = c.rng, c.s
    key = (sp["p"], sp["k"])
    L = ["# In-a-dyn v2 configuration", "period          = %d" % r.choice([300, 600]), "user-agent      = Mozilla/5.0", "allow-ipv6      = %s" % r.choice(["true", "false"]), ""]
    if key == ("noip", "password"):
        L += ["provider default@no-ip.com {", "    username    = %s" % c.comps["user"], '    password    = "%s"' % c.v("raw"), '    hostname    = "%s.ddns.net"' % c.sub, "}"]
    elif key == ("dynu", "password"):
        L += ["provider dynu.com {", "    username    = %s" % c.comps["user"], '    password    = "%s"' % c.v("raw"), "    hostname    = %s.freeddns.org" % c.sub, "}"]
    elif key == ("freedns", "password"):
        L += ["provider freedns.afraid.org {", "    username    = %s" % c.comps["user"], '    password    = "%s"' % c.v("raw"), "    hostname    = %s.chickenkiller.com" % c.sub, "}"]
    elif key == ("duckdns", "token"):
        L += ["provider default@duckdns.org {", "    username    = %s" % c.v("raw"), "    password    = noPasswordForDuckdns", "    hostname    = %s.duckdns.org" % rs(r, 8, LOWER), "}"]
    elif key == ("cloudflare", "api_token"):
        L += ["provider cloudflare.com {", "    username    = %s" % c.domain, "    password    = %s" % c.v("raw"), "    hostname    = %s.%s" % (c.sub, c.domain), "    ttl         = 1", "    proxied     = false", "}"]
    elif key == ("namecheap", "ddns_password"):
        L += ["provider namecheap.com {", "    username    = %s" % c.domain, "    password    = %s" % c.v("raw"), '    hostname    = "%s"' % r.choice(["@", c.sub]), "}"]
    return repo_prefix(r) + r.choice(["etc/inadyn.conf", "inadyn/inadyn.conf", "inadyn.conf"]), L, "inadyn-conf"


INADYN_KINDS = [("noip", "password"), ("dynu", "password"), ("freedns", "password"), ("duckdns", "token"), ("cloudflare", "api_token"), ("namecheap", "ddns_password")]


def _tsig_alg(secret):
    n = len(base64.b64decode(secret)) if secret and not secret.startswith(("<", "*", "Y", "c", ".")) else 32
    return {16: "hmac-md5", 32: "hmac-sha256", 64: "hmac-sha512"}.get(n, "hmac-sha256")


def r_named(c):
    r = c.rng
    kn = c.comps["keyname"].rstrip(".")
    sec = c.v("raw")
    alg = _tsig_alg(c.secret) if not c.neg else "hmac-sha256"
    L = ["// %s" % r.choice(["named.conf.local", "local zones + dynamic update keys", "managed by ansible - bind role"]), "",
         'key "%s" {' % kn, "\talgorithm %s;" % alg, '\tsecret "%s";' % sec, "};", "",
         'zone "%s" {' % c.domain, "\ttype primary;", '\tfile "/var/lib/bind/db.%s";' % c.domain, "\tupdate-policy {",
         '\t\tgrant %s name _acme-challenge.%s. TXT;' % (kn, c.domain), '\t\tgrant %s subdomain _acme-challenge.%s. TXT;' % (kn, c.domain), "\t};",
         "\tallow-transfer { key %s; };" % kn if r.random() < 0.3 else "\tallow-transfer { none; };", "};", "",
         'zone "%d.168.192.in-addr.arpa" {' % r.randint(0, 50), "\ttype primary;", '\tfile "/etc/bind/db.192.168";', "};"]
    return repo_prefix(r) + r.choice(["etc/bind/named.conf.local", "bind/named.conf", "named.conf.local", "roles/bind/files/named.conf.local"]), L, "named-conf"


def r_tsigfile(c):
    r = c.rng
    kn = c.comps["keyname"].rstrip(".")
    if r.random() < 0.75 or c.neg:
        alg = _tsig_alg(c.secret) if not c.neg else "hmac-sha256"
        L = ['key "%s" {' % kn, "\talgorithm %s;" % alg, '\tsecret "%s";' % c.v("raw"), "};"]
        if r.random() < 0.5:
            L = ["# generated with: tsig-keygen -a %s %s" % (alg, kn), "# %s" % date_str(r)] + L
        path = r.choice(["etc/bind/%s.key" % kn, "keys/%s.key" % kn, "%s.key" % kn, "etc/bind/keys/tsig.key"])
    else:
        alg = _tsig_alg(c.secret)
        num = {"hmac-md5": 157, "hmac-sha256": 163, "hmac-sha512": 165}[alg]
        L = ["Private-key-format: v1.3", "Algorithm: %d (HMAC_%s)" % (num, alg.split("-")[1].upper()), "Key: %s" % c.v("raw"), "Bits: AAA=",
             "Created: 20%02d%02d%02d%06d" % (r.randint(18, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
             "Publish: 20%02d%02d%02d%06d" % (r.randint(18, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))]
        path = "keys/K%s.+%03d+%05d.private" % (kn, num, r.randint(1000, 65000))
    return repo_prefix(r) + path, L, "tsig-key"


def r_nsupdate(c):
    r = c.rng
    kn = c.comps["keyname"].rstrip(".")
    alg = _tsig_alg(c.secret) if not c.neg else "hmac-sha256"
    var = "TSIG" if c.generic else "KEY_SECRET"
    c.used_generic = True
    L = ["#!/bin/sh", "# certbot --manual-auth-hook for the internal BIND primary", "set -e", "",
         'SERVER="%s"' % c.comps["server"], 'ZONE="%s"' % c.domain, '%s=%s' % (var, c.v("sh", "TSIG_SECRET")), "",
         'nsupdate -y "%s:%s:$%s" <<EOF' % (alg, kn, var), "server $SERVER", "zone $ZONE",
         "update delete _acme-challenge.$CERTBOT_DOMAIN. TXT", 'update add _acme-challenge.$CERTBOT_DOMAIN. 60 TXT "$CERTBOT_VALIDATION"', "send", "EOF", "", "sleep %d" % r.choice([10, 20, 30])]
    return repo_prefix(r) + r.choice(["hooks/auth-hook.sh", "certbot/nsupdate-hook.sh", "scripts/acme-nsupdate.sh"]), L, "shell"


def r_edgerc(c):
    r = c.rng
    sec = r.choice(["default", "ccu", "papi", "dns"]) if not c.generic else r.choice(["default", "edgedns"])
    L = ["[%s]" % sec]
    if c.neg and c.mode == "doc":
        c.nkind = "doc_example"
        L += ["client_secret = C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=", "host = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net",
              "access_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij", "client_token = akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj"]
    else:
        L += ["client_secret = %s" % c.v("ini"), "host = %s" % c.comps["host"], "access_token = %s" % c.c("access_token", "ini"),
              "client_token = %s" % c.c("client_token", "ini")]
    if r.random() < 0.5:
        L.append("max-body = 131072")
    if r.random() < 0.4:
        L = ["; EdgeGrid credentials (Identity & Access Management > API clients)", "; rotate every 90 days"] + L
    return repo_prefix(r) + r.choice([".edgerc", "home/deploy/.edgerc", "akamai/.edgerc", "config/edgerc"]), L, "edgerc"


def r_fastly_cfg(c):
    r = c.rng
    if r.random() < 0.5:
        L = ["config_version = %d" % r.randint(3, 5), "", "[fastly]", 'api_endpoint = "https://api.fastly.com"', "", "[cli]", 'version = "10.%d.%d"' % (r.randint(0, 16), r.randint(0, 9)),
             "", "[profile.%s]" % r.choice(["user", "deploy", "ci"]), "default = true", 'email = "%s"' % c.email, "token = %s" % c.v("toml"),
             "", "[wasm-metadata]", 'build_info = "enable"', 'machine_info = "disable"']
        return repo_prefix(r) + r.choice([".config/fastly/config.toml", "fastly/config.toml"]), L, "toml"
    svc = rs(r, 22, ALNUM)
    hdr = "Fastly-Key"
    var = "FASTLY_API_TOKEN" if not c.generic else r.choice(["KEY", "AUTH", "PURGE_TOKEN"])
    c.used_generic = c.generic
    L = ["#!/usr/bin/env bash", "# purge everything for the marketing site after deploy", "set -euo pipefail", "",
         'SERVICE_ID="%s"' % svc, "%s=%s" % (var, c.v("sh", var)), "",
         'curl -sS -X POST "https://api.fastly.com/service/${SERVICE_ID}/purge_all" \\', '  -H "%s: ${%s}" \\' % (hdr, var), '  -H "Accept: application/json"', "",
         'echo "purged ${SERVICE_ID}"']
    return repo_prefix(r) + r.choice(["scripts/purge-fastly.sh", "bin/purge.sh", "deploy/purge_cdn.sh"]), L, "shell"


def r_bunny(c):
    r, sp = c.rng, c.s
    var = c.envname()
    if sp["k"] == "storage_password":
        zone = r.choice(["assets-prod", "static-%s" % c.domain.split(".")[0], "media-cdn"])
        L = ["#!/bin/sh", "# upload build output to Bunny Storage", "set -e", 'ZONE="%s"' % zone, "%s=%s" % (var, c.v("sh", var)), "",
             "cd dist", "find . -type f | while read -r f; do", '  curl -s --fail -X PUT "https://storage.bunnycdn.com/$ZONE/${f#./}" \\',
             '    -H "AccessKey: $%s" -H "Content-Type: application/octet-stream" \\' % var, '    --data-binary "@$f"', "done"]
    elif r.random() < 0.4 and not c.neg:
        pz = r.randint(100000, 3999999)
        L = ["# purge the pull zone every night; args: <pullzone-id> <api key>", "SHELL=/bin/sh", "",
             "%d 3 * * * /usr/local/bin/bunny-purge %d %s >/dev/null 2>&1" % (r.randint(0, 59), pz, c.secret)]
        L += ["%d 5 * * 1 /usr/local/bin/backup-zone.sh" % r.randint(0, 59), ""]
        return repo_prefix(r) + r.choice(["crontab", "cron/cdn.cron"]), L, "crontab"
    else:
        pz = r.randint(100000, 3999999)
        L = ["#!/usr/bin/env bash", "set -euo pipefail", "PULLZONE_ID=%d" % pz, "%s=%s" % (var, c.v("sh", var)), "",
             'curl -sf -X POST "https://api.bunny.net/pullzone/${PULLZONE_ID}/purgeCache" \\', '  -H "AccessKey: ${%s}" \\' % var, '  -H "Content-Type: application/json"',
             'echo "cache purged for pull zone ${PULLZONE_ID}"']
    return repo_prefix(r) + r.choice(["scripts/bunny-upload.sh", "deploy/cdn.sh", "bin/purge-bunny.sh"]), L, "shell"


def r_keycdn(c):
    r = c.rng
    zid = r.randint(10000, 999999)
    var = c.envname()
    L = ["#!/bin/sh", "# KeyCDN: purge zone %d after release" % zid, "%s=%s" % (var, c.v("sh", var)), "ZONE_ID=%d" % zid, "",
         'curl -s "https://api.keycdn.com/zones/purge/${ZONE_ID}.json" -u "${%s}:" -X GET' % var, 'echo']
    return repo_prefix(r) + r.choice(["purge-keycdn.sh", "scripts/keycdn_purge.sh"]), L, "shell"


def r_wrangler_gha(c):
    r = c.rng
    acct = rhex(r, 32)
    L = ["name: Deploy Worker", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.1.7" % rhex(r, 40), "      - uses: cloudflare/wrangler-action@%s # v3" % rhex(r, 40), "        with:",
         "          apiToken: %s" % (c.v("gha", "CLOUDFLARE_API_TOKEN") if c.neg else c.v("yaml")), "          accountId: %s" % acct,
         "          command: deploy --env production"]
    return ".github/workflows/" + r.choice(["deploy-worker.yml", "worker.yml", "wrangler.yml"]), L, "github-actions"


def _privkey(rng, kind=None):
    """returns (label, der) for a fresh private key"""
    kind = kind or rng.choice(["ec", "ec_pkcs8", "rsa", "rsa_pkcs8", "ed25519"])
    if kind == "ec":
        d, x, y = ec_keypair(rng)
        return "EC PRIVATE KEY", ec_sec1(d, x, y)
    if kind == "ec_pkcs8":
        d, x, y = ec_keypair(rng)
        return "PRIVATE KEY", ec_pkcs8(d, x, y)
    if kind == "ed25519":
        return "PRIVATE KEY", ed25519_pkcs8(rng)
    k = rsa_key(rng, 2048)
    if kind == "rsa":
        return "RSA PRIVATE KEY", rsa_pkcs1(k)
    return "PRIVATE KEY", rsa_pkcs8(k)


def _pem_needle(c, lines):
    c.needle = lines[1]
    return lines


def r_tls_key(c):
    r = c.rng
    label, d = _privkey(r)
    kl = _pem_needle(c, pem(label, d))
    host = "%s.%s" % (c.sub, c.domain)
    m = r.randrange(3)
    if m == 0:
        L = kl
        path = r.choice(["ssl/%s.key" % host, "certs/privkey.pem", "nginx/ssl/%s.key" % c.domain, "etc/ssl/private/%s.key" % host, "tls/tls.key"])
    elif m == 1:
        cert, _ = fake_cert(r, host)
        L = pem("CERTIFICATE", cert) + kl
        path = r.choice(["haproxy/certs/%s.pem" % host, "certs/%s.pem" % c.domain, "etc/haproxy/ssl/%s.pem" % host])
    else:
        cert, _ = fake_cert(r, host)
        L = ["# %s - issued %s, %s" % (host, date_str(r), r.choice(["Let's Encrypt", "ZeroSSL", "GTS"]))] + kl + pem("CERTIFICATE", cert)
        path = r.choice(["deploy/certs/%s-bundle.pem" % host, "mosquitto/certs/server.pem", "config/tls/%s.pem" % c.sub])
    return repo_prefix(r) + path, L, "pem"


def r_account_pem(c):
    r = c.rng
    label, d = _privkey(r, r.choice(["ec", "ec", "rsa"]))
    L = _pem_needle(c, pem(label, d))
    em = c.email
    path = r.choice(["lego/accounts/acme-v02.api.letsencrypt.org/%s/keys/%s.key" % (em, em),
                     ".acme.sh/ca/acme-v02.api.letsencrypt.org/directory/account.key",
                     "caddy/data/caddy/acme/acme-v02.api.letsencrypt.org-directory/users/%s/%s.key" % (em, em.split("@")[0]),
                     "acme/account.key", "letsencrypt/account.key"])
    return repo_prefix(r) + path, L, "pem"


def _jwk_rsa(k):
    f = lambda v: b64u(v.to_bytes((v.bit_length() + 7) // 8, "big"))
    return {"n": f(k["n"]), "e": f(k["e"]), "d": f(k["d"]), "p": f(k["p"]), "q": f(k["q"]), "dp": f(k["dp"]), "dq": f(k["dq"]), "qi": f(k["qi"]), "kty": "RSA"}


def r_account_jwk(c):
    r = c.rng
    if r.random() < 0.5:
        jwk = _jwk_rsa(rsa_key(r, 2048))
    else:
        d, x, y = ec_keypair(r)
        jwk = {"kty": "EC", "crv": "P-256", "x": b64u(x), "y": b64u(y), "d": b64u(d.to_bytes(32, "big"))}
    c.needle = jwk["d"]
    txt = json.dumps(jwk, indent=r.choice([2, 4]))
    if r.random() < 0.4:
        txt = json.dumps({"account": c.email, "server": "https://acme-v02.api.letsencrypt.org/directory", "key": jwk}, indent=2)
    path = r.choice(["letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/%s/private_key.json" % rhex(r, 32),
                     "acme/account.jwk.json", "secrets/acme-account.json", "config/acme/account_key.json"])
    return repo_prefix(r) + path, txt.split("\n"), "jwk-json"


def r_acme_json(c):
    r = c.rng
    if r.random() < 0.7:
        d, x, y = ec_keypair(r)
        der_ = ec_sec1(d, x, y)
        kt = "EC256"
    else:
        der_ = rsa_pkcs1(rsa_key(r, 2048))
        kt = "2048"
    pk = b64(der_)
    c.needle = pk
    acct = r.randint(100000000, 2999999999)
    L = ["{", '  "%s": {' % r.choice(["letsencrypt", "le", "myresolver", "cloudflare"]), '    "Account": {', '      "Email": "%s",' % c.email, '      "Registration": {',
         '        "body": {', '          "status": "valid",', '          "contact": [', '            "mailto:%s"' % c.email, "          ]", "        },",
         '        "uri": "https://acme-v02.api.letsencrypt.org/acme/acct/%d"' % acct, "      },", '      "PrivateKey": "%s",' % pk, '      "KeyType": "%s"' % kt, "    },",
         '    "Certificates": null', "  }", "}"]
    return repo_prefix(r) + r.choice(["letsencrypt/acme.json", "traefik/acme.json", "data/acme.json"]), L, "json"


def r_gcp_sa(c):
    r = c.rng
    proj = "%s-%s-%d" % (r.choice(["dns", "infra", "edge", "corp"]), r.choice(["prod", "shared", "net"]), r.randint(100000, 999999))
    label, der_ = "PRIVATE KEY", rsa_pkcs8(rsa_key(r, 2048))
    body = b64(der_)
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    c.needle = chunks[0]
    pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(chunks) + "\\n-----END PRIVATE KEY-----\\n"
    sa = r.choice(["certbot-dns", "external-dns", "cert-manager-dns01", "dns-admin"])
    L = ["{", '  "type": "service_account",', '  "project_id": "%s",' % proj, '  "private_key_id": "%s",' % rhex(r, 40), '  "private_key": "%s",' % pk,
         '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (sa, proj), '  "client_id": "%d",' % r.randint(10 ** 20, 10 ** 21 - 1),
         '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",',
         '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
         '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",' % (sa, proj),
         '  "universe_domain": "googleapis.com"', "}"]
    return repo_prefix(r) + r.choice(["secrets/google-dns.json", "certbot/google.json", "gcp-dns-sa.json", "k8s/external-dns/credentials.json"]), L, "json"


def r_azure_json(c):
    r = c.rng
    L = ["{", '  "tenantId": "%s",' % c.comps["tenant"], '  "subscriptionId": "%s",' % c.comps["subscription"], '  "resourceGroup": "rg-dns-%s",' % r.choice(["prod", "shared"]),
         '  "aadClientId": "%s",' % c.comps["client_id"], '  "aadClientSecret": %s' % c.v("json"), "}"]
    return repo_prefix(r) + r.choice(["external-dns/azure.json", "k8s/azure.json", "secrets/azure.json"]), L, "json"


def r_aws_creds(c):
    r = c.rng
    prof = r.choice(["route53-certbot", "default", "dns", "certbot"])
    L = ["[%s]" % prof, "aws_access_key_id = %s" % c.c("key_id", "ini"), "aws_secret_access_key = %s" % c.v("ini")]
    if r.random() < 0.5:
        L.append("region = %s" % c.comps["region"])
    L = ["# IAM user certbot-route53 (route53:ChangeResourceRecordSets on the zone only)"] + L + ["", "[readonly]", "region = eu-west-1", "output = json"]
    return repo_prefix(r) + r.choice([".aws/credentials", "certbot/aws-credentials", "config/aws/credentials"]), L, "aws-credentials"


def r_ovh_conf(c):
    r, sp = c.rng, c.s
    ep = c.comps["endpoint"]
    L = ["[default]", "; general configuration: default endpoint", "endpoint=%s" % ep, "", "[%s]" % ep, "; configuration specific to '%s' endpoint" % ep,
         "application_key=%s" % c.c("app_key", "ini")]
    if sp["k"] == "application_secret":
        L += ["application_secret=%s" % c.v("ini"), "; consumer_key is injected from OVH_CONSUMER_KEY at runtime"]
    else:
        L += ["; application_secret comes from the vault (OVH_APPLICATION_SECRET)", "consumer_key=%s" % c.v("ini")]
    return repo_prefix(r) + r.choice(["ovh.conf", "config/ovh.conf", ".ovh.conf"]), L, "ini"


def r_linode_cli(c):
    r = c.rng
    u = r.choice(["jdoe", "ops", "lab-admin"])
    L = ["[DEFAULT]", "default-user = %s" % u, "", "[%s]" % u, "token = %s" % c.v("ini"), "region = %s" % r.choice(["eu-central", "us-east", "ap-south"]),
         "type = g6-standard-2", "image = linode/debian12", "authorized_users = %s" % u]
    return repo_prefix(r) + r.choice([".config/linode-cli", "linode-cli.ini"]), L, "ini"


def r_doctl(c):
    r = c.rng
    L = ["access-token: %s" % c.v("yaml"), "apps.dev.config.app: \"\"", "auth-contexts:", "  default: true", "context: default", "kubernetes:",
         "  version: \"\"", "output: text", "registry:", "  expiry-seconds: 0", "  never-expire: false"]
    return repo_prefix(r) + r.choice([".config/doctl/config.yaml", "doctl/config.yaml"]), L, "yaml"


def r_hcloud(c):
    r = c.rng
    ctxn = r.choice(["homelab", "prod", "default"])
    L = ['active_context = "%s"' % ctxn, "", "[[contexts]]", '  name = "%s"' % ctxn, "  token = %s" % c.v("toml")]
    return repo_prefix(r) + r.choice([".config/hcloud/cli.toml", "hcloud/cli.toml"]), L, "toml"


def r_netlify_cfg(c):
    r = c.rng
    uid = rhex(r, 24)
    L = ["{", '  "telemetryDisabled": %s,' % r.choice(["true", "false"]), '  "cliId": "%s",' % ruuid(r), '  "userId": "%s",' % uid, '  "users": {',
         '    "%s": {' % uid, '      "id": "%s",' % uid, '      "name": "%s",' % r.choice(["Jana Novak", "Tom Becker", "ops"]), '      "email": "%s",' % c.email,
         '      "auth": {', '        "token": %s,' % c.v("json"), '        "github": {', '          "user": null,', '          "token": null', "        }", "      }", "    }", "  }", "}"]
    return repo_prefix(r) + r.choice([".config/netlify/config.json", "netlify/config.json"]), L, "json"


def r_pdns_conf(c):
    r = c.rng
    L = ["# PowerDNS Authoritative Server", "launch=gsqlite3", "gsqlite3-database=/var/lib/powerdns/pdns.sqlite3", "",
         "local-address=0.0.0.0, ::", "local-port=53", "", "api=yes", "api-key=%s" % c.v("raw"), "webserver=yes",
         "webserver-address=%s" % r.choice(["127.0.0.1", "0.0.0.0"]), "webserver-port=8081", "webserver-allow-from=127.0.0.1,10.0.0.0/8", "",
         "default-soa-content=ns1.%s hostmaster.@ 0 10800 3600 604800 3600" % c.domain, "loglevel=%d" % r.randint(3, 6)]
    return repo_prefix(r) + r.choice(["etc/powerdns/pdns.conf", "pdns/pdns.conf", "pdns.d/api.conf"]), L, "pdns-conf"


def r_acmedns(c):
    r = c.rng
    u = c.comps["username"]
    sub = ruuid(r)
    L = ["{", '  "%s": {' % c.domain, '    "username": "%s",' % u, '    "password": %s,' % c.v("json"), '    "fulldomain": "%s.auth.acme-dns.io",' % sub,
         '    "subdomain": "%s",' % sub, '    "allowfrom": []', "  }", "}"]
    return repo_prefix(r) + r.choice(["etc/letsencrypt/acmedns.json", "acme-dns/clientstorage.json", "acmedns.json"]), L, "json"


def r_duckdns_compose(c):
    r = c.rng
    subs = ",".join(rs(r, r.randint(5, 9), LOWER) for _ in range(r.randint(1, 2)))
    L = ["services:", "  duckdns:", "    image: lscr.io/linuxserver/duckdns:latest", "    container_name: duckdns", "    environment:",
         "      - PUID=1000", "      - PGID=1000", "      - TZ=%s" % r.choice(["Etc/UTC", "Europe/Amsterdam"]), "      - SUBDOMAINS=%s" % subs,
         "      - TOKEN=%s" % (c.secret if not c.neg else c.v("compose", "DUCKDNS_TOKEN").strip('"')), "      - UPDATE_IP=ipv4", "      - LOG_FILE=false",
         "    volumes:", "      - ./duckdns:/config", "    restart: unless-stopped"]
    return repo_prefix(r) + r.choice(["duckdns/docker-compose.yml", "docker-compose.yml", "stacks/duckdns.yml"]), L, "docker-compose"


def r_ddns_cron(c):
    r, sp = c.rng, c.s
    key = (sp["p"], sp["k"])
    L = ["# m h dom mon dow command", "MAILTO=\"\""]
    v = c.v("url-sh", sp["env"][0]) if c.neg else c.secret
    if key == ("duckdns", "token"):
        L.append('*/5 * * * * curl -fsS "https://www.duckdns.org/update?domains=%s&token=%s&ip=" -o ~/duckdns/duck.log' % (rs(r, 7, LOWER), v))
    elif key == ("freedns", "sync_token"):
        L.append("*/10 * * * * sleep %d ; curl -s https://sync.afraid.org/u/%s/ >> /tmp/freedns_%s.log 2>&1" % (r.randint(1, 50), v, c.sub))
    else:
        L.append('*/15 * * * * curl -s "https://dynamicdns.park-your-domain.com/update?host=%s&domain=%s&password=%s" > /dev/null' % (r.choice(["@", c.sub]), c.domain, v))
    L += ["%d 2 * * * /usr/local/bin/backup.sh" % r.randint(0, 59), "@reboot /usr/local/bin/ddns-notify.sh"]
    return repo_prefix(r) + r.choice(["crontab", "cron/ddns", "pi/crontab.txt"]), L, "crontab"


def r_eab(c):
    r, sp = c.rng, c.s
    kid = c.comps["kid"]
    ca = "https://acme.zerossl.com/v2/DV90" if sp["p"] == "zerossl" else "https://dv.acme-v02.api.pki.goog/directory"
    m = r.randrange(6)
    if m == 0:
        L = ["#!/bin/sh", "# one-time: register the ACME account with EAB", "set -e", "",
             "~/.acme.sh/acme.sh --register-account --server %s \\" % ("zerossl" if sp["p"] == "zerossl" else "google"),
             "  --eab-kid %s \\" % kid, "  --eab-hmac-key %s" % (c.v("sh", "EAB_HMAC_KEY") if c.neg else c.secret), "",
             "~/.acme.sh/acme.sh --set-default-ca --server %s" % ("zerossl" if sp["p"] == "zerossl" else "google")]
        return repo_prefix(r) + r.choice(["scripts/register-acme.sh", "acme-register.sh"]), L, "shell"
    if m == 1:
        L = ["{", "\temail %s" % c.email, "\tacme_ca %s" % ca, "\tacme_eab {", "\t\tkey_id %s" % kid, "\t\tmac_key %s" % c.v("caddy", "ACME_EAB_MAC_KEY"), "\t}", "}", "",
             "%s {" % c.domain, "\treverse_proxy localhost:%d" % r.choice([3000, 8080]), "}"]
        return repo_prefix(r) + r.choice(["Caddyfile", "caddy/Caddyfile"]), L, "caddyfile"
    if m == 2:
        L = ["entryPoints:", "  websecure:", '    address: ":443"', "", "certificatesResolvers:", "  %s:" % ("zerossl" if sp["p"] == "zerossl" else "gts"), "    acme:",
             "      email: %s" % c.email, "      caServer: %s" % ca, "      storage: /data/acme.json", "      eab:", "        kid: %s" % kid,
             "        hmacEncoded: %s" % c.v("yaml"), "      tlsChallenge: {}", "", "providers:", "  docker:", "    exposedByDefault: false"]
        return repo_prefix(r) + r.choice(["traefik.yml", "traefik/traefik.yml", "config/traefik.yaml"]), L, "traefik-yml"
    if m == 3:
        L = ["[entryPoints]", "  [entryPoints.websecure]", '    address = ":443"', "", "[certificatesResolvers.%s.acme]" % ("zerossl" if sp["p"] == "zerossl" else "gts"),
             '  email = "%s"' % c.email, '  caServer = "%s"' % ca, '  storage = "acme.json"', "  [certificatesResolvers.%s.acme.eab]" % ("zerossl" if sp["p"] == "zerossl" else "gts"),
             '    kid = "%s"' % kid, "    hmacEncoded = %s" % c.v("toml"), "  [certificatesResolvers.%s.acme.httpChallenge]" % ("zerossl" if sp["p"] == "zerossl" else "gts"),
             '    entryPoint = "web"']
        return repo_prefix(r) + r.choice(["traefik.toml", "traefik/traefik.toml"]), L, "traefik-toml"
    if m == 4:
        L = ["# certbot cli.ini", "email = %s" % c.email, "agree-tos = true", "non-interactive = true", "server = %s" % ca, "eab-kid = %s" % kid,
             "eab-hmac-key = %s" % c.v("ini"), "key-type = ecdsa", "elliptic-curve = secp256r1", "preferred-challenges = dns"]
        return repo_prefix(r) + r.choice(["etc/letsencrypt/cli.ini", "letsencrypt/cli.ini"]), L, "certbot-ini"
    key = c.keyname("secret")
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-eab" % sp["p"], "  namespace: cert-manager", "stringData:", "  %s: %s" % (key, c.v("yaml")), "---",
         "apiVersion: cert-manager.io/v1", "kind: ClusterIssuer", "metadata:", "  name: %s" % sp["p"], "spec:", "  acme:", "    server: %s" % ca, "    email: %s" % c.email,
         "    externalAccountBinding:", "      keyID: %s" % kid, "      keySecretRef:", "        name: %s-eab" % sp["p"], "        key: %s" % key,
         "    privateKeySecretRef:", "      name: %s-account" % sp["p"], "    solvers:", "      - http01:", "          ingress:", "            ingressClassName: nginx"]
    return repo_prefix(r) + r.choice(["k8s/cert-manager/%s-issuer.yaml" % sp["p"], "clusters/prod/issuer-eab.yaml"]), L, "k8s-yaml"


def r_cloudfront(c):
    r = c.rng
    kid = "K" + rs(r, 13, UPPER + DIG) if r.random() < 0.6 else "APKA" + rs(r, 16, UPPER + DIG)
    k = rsa_key(r, 2048)
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY"])
    der_ = rsa_pkcs1(k) if label == "RSA PRIVATE KEY" else rsa_pkcs8(k)
    pl = pem(label, der_)
    c.needle = pl[1]
    m = r.randrange(3)
    if m == 0:
        L = pl
        path = r.choice(["keys/pk-%s.pem" % kid, "cloudfront/private_key.pem", "config/cf-signing-key.pem"])
        return repo_prefix(r) + path, L, "pem"
    if m == 1:
        L = ['"""Signed CloudFront URLs for private downloads."""', "import datetime", "", "from botocore.signers import CloudFrontSigner",
             "from cryptography.hazmat.primitives import hashes, serialization", "from cryptography.hazmat.primitives.asymmetric import padding", "",
             'KEY_PAIR_ID = "%s"' % kid, 'PRIVATE_KEY = b"""' + pl[0]] + pl[1:-1] + [pl[-1] + '"""', "", "",
             "def _signer(message):", "    key = serialization.load_pem_private_key(PRIVATE_KEY, password=None)",
             "    return key.sign(message, padding.PKCS1v15(), hashes.SHA1())", "", "",
             "def signed_url(path, minutes=60):", "    cf = CloudFrontSigner(KEY_PAIR_ID, _signer)",
             "    exp = datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes)",
             '    return cf.generate_presigned_url(f"https://d%s.cloudfront.net/{path}", date_less_than=exp)' % rs(r, 13, LOWER + DIG)]
        L[8] = 'PRIVATE_KEY = b"""' + pl[0]
        c.needle = pl[1]
        return repo_prefix(r) + r.choice(["app/cdn_signing.py", "downloads/signer.py"]), L, "python"
    body = b64(der_)
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    c.needle = chunks[0]
    esc = "-----BEGIN %s-----\\n" % label + "\\n".join(chunks) + "\\n-----END %s-----" % label
    L = ["NODE_ENV=production", "ASSETS_BUCKET=%s-assets" % c.domain.split(".")[0], "CLOUDFRONT_DOMAIN=d%s.cloudfront.net" % rs(r, 13, LOWER + DIG),
         "CLOUDFRONT_KEY_PAIR_ID=%s" % kid, 'CLOUDFRONT_PRIVATE_KEY="%s"' % esc, "SIGNED_URL_TTL=3600"]
    return repo_prefix(r) + r.choice([".env", ".env.production", "api/.env"]), L, "dotenv"


def r_infoblox(c):
    r = c.rng
    L = ["---", "nios_provider:", "  host: %s" % c.comps["host"], "  username: %s" % c.comps["user"], "  password: %s" % c.v("ansible", "INFOBLOX_PASSWORD"),
         "  wapi_version: '2.%d'" % r.randint(7, 12), "  validate_certs: %s" % r.choice(["false", "true"]), "",
         "dns_view: default", "acme_zone: %s" % c.domain]
    return repo_prefix(r) + r.choice(["group_vars/infoblox.yml", "inventory/group_vars/nios.yml"]), L, "ansible-vars"


def _cf_tunnel_token(r):
    body = json.dumps({"a": rhex(r, 32), "t": ruuid(r), "s": b64(rbytes(r, 32))}, separators=(",", ":"))
    return b64(body.encode())


sspec("cloudflare", "tunnel_token", _cf_tunnel_token, cat="cdn", env=("TUNNEL_TOKEN", {}), pre="eyJhIjoi")
sspec("cloudflare", "tunnel_secret", lambda r: b64(rbytes(r, 32)), cat="cdn", env=("TUNNEL_SECRET", {}))
sspec("bind", "rndc_key", lambda r: b64(rbytes(r, 32)), env=("RNDC_KEY", {}))


def r_cloudflared(c):
    r = c.rng
    m = r.randrange(4)
    if m == 0:
        L = ["services:", "  cloudflared:", "    image: cloudflare/cloudflared:%s" % r.choice(["latest", "2024.8.2", "2025.1.0"]), "    container_name: cloudflared",
             "    restart: unless-stopped", "    command: tunnel --no-autoupdate run --token %s" % (c.v("compose", "TUNNEL_TOKEN").strip("'\"") if c.neg else c.secret),
             "    networks:", "      - proxy", "", "networks:", "  proxy:", "    external: true"]
        return repo_prefix(r) + r.choice(["cloudflared/docker-compose.yml", "docker-compose.yml", "stacks/tunnel.yml"]), L, "docker-compose"
    if m == 1:
        L = ["services:", "  tunnel:", "    image: cloudflare/cloudflared:latest", "    command: tunnel --no-autoupdate run", "    environment:",
             "      - TUNNEL_TOKEN=%s" % (c.v("compose", "TUNNEL_TOKEN").strip("'\"") if c.neg else c.secret), "    restart: always", "    depends_on:", "      - app"]
        return repo_prefix(r) + r.choice(["compose.yaml", "tunnel/compose.yml"]), L, "docker-compose"
    if m == 2:
        L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: cloudflared", "  namespace: %s" % r.choice(["cloudflare", "tunnel", "default"]), "spec:",
             "  replicas: 2", "  selector:", "    matchLabels:", "      app: cloudflared", "  template:", "    metadata:", "      labels:", "        app: cloudflared",
             "    spec:", "      containers:", "        - name: cloudflared", "          image: cloudflare/cloudflared:2024.8.2",
             "          args: [\"tunnel\", \"--no-autoupdate\", \"--metrics\", \"0.0.0.0:2000\", \"run\", \"--token\", %s]" % c.v("json"),
             "          livenessProbe:", "            httpGet:", "              path: /ready", "              port: 2000"]
        return repo_prefix(r) + r.choice(["k8s/cloudflared.yaml", "manifests/tunnel/deployment.yaml"]), L, "k8s-yaml"
    L = ["[Unit]", "Description=cloudflared", "After=network-online.target", "Wants=network-online.target", "", "[Service]", "TimeoutStartSec=0", "Type=notify",
         "ExecStart=/usr/bin/cloudflared --no-autoupdate tunnel run --token %s" % c.v("raw"), "Restart=on-failure", "RestartSec=5s", "", "[Install]", "WantedBy=multi-user.target"]
    return repo_prefix(r) + "etc/systemd/system/cloudflared.service", L, "systemd"


def r_cf_tunnel_creds(c):
    r = c.rng
    tid = ruuid(r)
    L = ["{", '  "AccountTag": "%s",' % rhex(r, 32), '  "TunnelSecret": %s,' % c.v("json"), '  "TunnelID": "%s",' % tid, '  "Endpoint": ""', "}"]
    return repo_prefix(r) + r.choice([".cloudflared/%s.json" % tid, "cloudflared/credentials.json", "etc/cloudflared/%s.json" % tid]), L, "json"


def r_rndc(c):
    r = c.rng
    name = r.choice(["rndc-key", "rndc-remote", "ns1-rndc"])
    alg = "hmac-sha256"
    if r.random() < 0.5:
        L = ['key "%s" {' % name, "\talgorithm %s;" % alg, '\tsecret "%s";' % c.v("raw"), "};", "", "controls {",
             "\tinet 127.0.0.1 port 953 allow { 127.0.0.1; %s; } keys { \"%s\"; };" % (r.choice(["10.0.0.5", "192.168.1.10"]), name), "};"]
        return repo_prefix(r) + r.choice(["etc/bind/named.conf.rndc", "bind/rndc.conf.inc"]), L, "named-conf"
    L = ["# Start of rndc.conf", 'key "%s" {' % name, "\talgorithm %s;" % alg, '\tsecret "%s";' % c.v("raw"), "};", "", "options {",
         '\tdefault-key "%s";' % name, "\tdefault-server 127.0.0.1;", "\tdefault-port 953;", "};", "# End of rndc.conf"]
    return repo_prefix(r) + r.choice(["etc/bind/rndc.conf", "rndc.conf", "etc/rndc.key"]), L, "named-conf"


def r_positional(c):
    r, sp = c.rng, c.s
    c.generic = c.used_generic = True
    n = sp["env"][0]
    m = r.randrange(3)
    host = "%s.%s" % (c.sub, c.domain)
    if m == 0:
        L = ["DOMAIN ?= %s" % c.domain, "EMAIL  ?= %s" % c.email, "", ".PHONY: certs dns purge", "",
             "certs:", "\t./scripts/issue.sh $(DOMAIN) %s %s" % (sp["p"], c.v("make", n)), "",
             "dns:", "\toctodns-sync --config-file config/production.yaml", "", "purge:", "\t@echo purge is done by CI"]
        return repo_prefix(r) + "Makefile", L, "makefile"
    if m == 1:
        L = ["# m h dom mon dow command", "MAILTO=%s" % c.email, "",
             "*/%d * * * * /opt/ddns/update.sh %s %s >> /var/log/ddns.log 2>&1" % (r.choice([5, 10, 15]), host, c.v("raw") if not (c.neg and c.mode == "ref") else "$(cat /etc/ddns/%s.token)" % sp["p"]),
             "%d 3 * * * /usr/local/bin/backup.sh" % r.randint(0, 59)]
        if c.neg and c.mode == "ref":
            c.nkind = "env_reference"
        return repo_prefix(r) + r.choice(["crontab", "cron/ddns.cron"]), L, "crontab"
    L = ["#!/bin/sh", "# wrapper used by the systemd timer; args: <zone> <record> <token>", "", 'ZONE="${1:-%s}"' % c.domain,
         "exec /usr/local/bin/%s-dns-update.py \\" % sp["p"], '  --zone "$ZONE" --record %s \\' % c.sub, "  %s" % c.v("sh", n)]
    return repo_prefix(r) + r.choice(["bin/ddns-wrapper.sh", "scripts/update-record.sh"]), L, "shell"


# --------------------------------------------------------------------------
# negative-only renderers (domain look-alikes).  each: (rng) -> (path, lines, filetype, provider, nkind)
# --------------------------------------------------------------------------


def _dkim_p(rng):
    return b64(rsa_spki_from_n(fake_modulus(rng, rng.choice([1024, 2048]))))


def _acme_tok(rng):
    return b64u(rbytes(rng, 32))


def n_zonefile(r):
    d = r.choice(DOMAINS)
    p = _dkim_p(r)
    half = len(p) // 2
    serial = "20%02d%02d%02d%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(1, 9))
    L = ["$ORIGIN %s." % d, "$TTL 3600", "@\tIN\tSOA\tns1.%s. hostmaster.%s. (" % (d, d), "\t\t%s ; serial" % serial, "\t\t7200 ; refresh", "\t\t3600 ; retry",
         "\t\t1209600 ; expire", "\t\t3600 ) ; minimum", "", "@\tIN\tNS\tns1.%s." % d, "@\tIN\tNS\tns2.%s." % d, "@\tIN\tA\t203.0.113.%d" % r.randint(2, 250),
         "@\tIN\tMX\t10 mx1.%s." % d, "www\tIN\tCNAME\t@", "", '@\tIN\tTXT\t"v=spf1 include:_spf.google.com include:mailgun.org ~all"',
         '@\tIN\tTXT\t"google-site-verification=%s"' % b64u(rbytes(r, 32)), '@\tIN\tTXT\t"MS=ms%d"' % r.randint(10000000, 99999999),
         '@\tIN\tTXT\t"facebook-domain-verification=%s"' % rs(r, 30, LOWER + DIG),
         '_github-challenge-%s-org\tIN\tTXT\t"%s"' % (d.split(".")[0], rhex(r, 10)),
         '%s._domainkey\tIN\tTXT\t( "v=DKIM1; k=rsa; "' % r.choice(["google", "s1", "selector1", "mail", "k1"]), '\t\t"p=%s"' % p[:half], '\t\t"%s" )' % p[half:],
         '_dmarc\tIN\tTXT\t"v=DMARC1; p=quarantine; rua=mailto:dmarc@%s"' % d, '_acme-challenge\t60\tIN\tTXT\t"%s"' % _acme_tok(r),
         '@\tIN\tCAA\t0 issue "letsencrypt.org"', '@\tIN\tCAA\t0 iodef "mailto:security@%s"' % d,
         "_443._tcp.mail\tIN\tTLSA\t3 1 1 %s" % rhex(r, 64).upper(), "; DS for the parent (registrar):",
         "; %s. IN DS %d 13 2 %s" % (d, r.randint(1000, 65000), rhex(r, 64).upper())]
    return r.choice(["zones/db.%s" % d, "bind/db.%s" % d, "dns/%s.zone" % d]), L, "zonefile", "bind", "dns_record_data"


def n_octodns_zone(r):
    d = r.choice(DOMAINS)
    L = ["---", "'':", "  - type: A", "    value: 203.0.113.%d" % r.randint(2, 250), "  - type: TXT", "    values:", "      - v=spf1 include:spf.protection.outlook.com -all",
         "      - google-site-verification=%s" % b64u(rbytes(r, 32)), "      - MS=ms%d" % r.randint(10000000, 99999999), "_acme-challenge:", "  type: TXT",
         "  value: %s" % _acme_tok(r), "selector1._domainkey:", "  type: TXT", "  value: v=DKIM1\\; k=rsa\\; p=%s" % _dkim_p(r), "_github-pages-challenge-%s:" % rs(r, 7, LOWER),
         "  type: TXT", "  value: %s" % rhex(r, 30), "www:", "  type: CNAME", "  value: %s.netlify.app." % rs(r, 10, LOWER)]
    return "config/%s.yaml" % d, L, "octodns-yaml", "octodns", "dns_record_data"


def n_dnscontrol_js(r):
    d = r.choice(DOMAINS)
    L = ['var REG_NONE = NewRegistrar("none");', 'var DSP_CF = NewDnsProvider("cloudflare");', "", 'D("%s", REG_NONE, DnsProvider(DSP_CF),' % d,
         '    A("@", "203.0.113.%d", CF_PROXY_ON),' % r.randint(2, 250), '    CNAME("www", "@"),', '    MX("@", 10, "aspmx.l.google.com."),',
         '    TXT("@", "v=spf1 include:_spf.google.com ~all"),', '    TXT("@", "google-site-verification=%s"),' % b64u(rbytes(r, 32)),
         '    TXT("google._domainkey", "v=DKIM1; k=rsa; p=%s"),' % _dkim_p(r), '    TXT("_acme-challenge", "%s"),' % _acme_tok(r),
         '    CAA("@", "issue", "letsencrypt.org"),', '    CAA("@", "issuewild", "pki.goog"),', '    TLSA("_443._tcp", 3, 1, 1, "%s")' % rhex(r, 64), ");"]
    return r.choice(["dnsconfig.js", "dns/dnsconfig.js"]), L, "javascript", "dnscontrol", "dns_record_data"


def n_cert_chain(r):
    d = r.choice(DOMAINS)
    c1, s1 = fake_cert(r, d)
    L = pem("CERTIFICATE", c1)
    if r.random() < 0.7:
        c2, _ = fake_cert(r, r.choice(["R11", "E6", "WR1"]))
        L += pem("CERTIFICATE", c2)
    if r.random() < 0.5:
        L = ["# subject=CN=%s" % d, "# serial=%X" % s1] + L
    return r.choice(["certs/%s/fullchain.pem" % d, "ssl/%s.crt" % d, "etc/letsencrypt/live/%s/cert.pem" % d, "tls/chain.pem"]), L, "pem", "tls", "certificate"


def n_csr(r):
    d = r.choice(DOMAINS)
    L = ["# openssl req -new -key %s.key -subj '/CN=%s' -out %s.csr" % (d, d, d)] + pem("CERTIFICATE REQUEST", fake_csr(r, d))
    return r.choice(["certs/%s.csr" % d, "csr/%s.csr" % d]), L, "pem", "tls", "csr"


def n_pubkey(r):
    m = r.randrange(3)
    if m == 0:
        _, x, y = ec_keypair(r)
        L = pem("PUBLIC KEY", ec_spki(x, y))
    else:
        L = pem("PUBLIC KEY", rsa_spki_from_n(fake_modulus(r)))
    p = r.choice(["cloudfront/public_key.pem", "keys/dkim.pub.pem", "signing/cf-public.pem", "certs/account.pub"])
    if m == 2:
        L = ["# uploaded to CloudFront as key %s (public part only)" % ("K" + rs(r, 13, UPPER + DIG))] + L
    return p, L, "pem", "cloudfront" if "cloudfront" in p else "tls", "public_key"


def n_jwk_public(r):
    if r.random() < 0.5:
        _, x, y = ec_keypair(r)
        jwk = {"kty": "EC", "crv": "P-256", "x": b64u(x), "y": b64u(y)}
    else:
        n = fake_modulus(r)
        jwk = {"kty": "RSA", "n": b64u(n.to_bytes(256, "big")), "e": "AQAB"}
    m = r.randrange(2)
    if m == 0:
        acct = r.randint(100000000, 2999999999)
        obj = {"body": {"key": jwk, "contact": ["mailto:" + _emailish(r)], "status": "valid"},
               "uri": "https://acme-v02.api.letsencrypt.org/acme/acct/%d" % acct, "terms_of_service": "https://letsencrypt.org/documents/LE-SA-v1.4-April-3-2024.pdf"}
        txt = json.dumps(obj, indent=2)
        p = "letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/%s/regr.json" % rhex(r, 32)
    else:
        jwk["kid"] = rs(r, 22, B64URL)
        jwk["use"] = "sig"
        txt = json.dumps({"keys": [jwk]}, indent=2)
        p = r.choice(["public/.well-known/jwks.json", "static/jwks.json"])
    return p, txt.split("\n"), "jwk-json", "letsencrypt", "public_jwk"


def n_certbot_renewal(r):
    d = r.choice(DOMAINS)
    plug = r.choice(["cloudflare", "digitalocean", "ovh", "rfc2136", "linode", "route53"])
    L = ["# renew_before_expiry = 30 days", "version = 2.%d.0" % r.randint(6, 11), "archive_dir = /etc/letsencrypt/archive/%s" % d,
         "cert = /etc/letsencrypt/live/%s/cert.pem" % d, "privkey = /etc/letsencrypt/live/%s/privkey.pem" % d, "chain = /etc/letsencrypt/live/%s/chain.pem" % d,
         "fullchain = /etc/letsencrypt/live/%s/fullchain.pem" % d, "", "# Options used in the renewal process", "[renewalparams]",
         "account = %s" % rhex(r, 32), "authenticator = dns-%s" % plug, "server = https://acme-v02.api.letsencrypt.org/directory", "key_type = ecdsa"]
    if plug != "route53":
        L += ["dns_%s_credentials = /etc/letsencrypt/%s.ini" % (plug, plug), "dns_%s_propagation_seconds = %d" % (plug, r.choice([30, 60, 120]))]
    return "letsencrypt/renewal/%s.conf" % d, L, "certbot-conf", "letsencrypt", "account_id"


def n_cert_inventory(r):
    L = ["# TLS inventory", "", "| host | issuer | expires | serial | SHA-256 fingerprint |", "|---|---|---|---|---|"]
    pins = []
    for _ in range(r.randint(3, 6)):
        d = "%s.%s" % (r.choice(SUBS), r.choice(DOMAINS))
        L.append("| %s | %s | %s | %s | %s |" % (d, r.choice(ISSUERS)[0], date_str(r), rhex(r, 36), colon_hex(rbytes(r, 32))))
        pins.append(b64(rbytes(r, 32)))
    L += ["", "## Pins (legacy HPKP / app pinning)", ""] + ['- `pin-sha256="%s"`' % p for p in pins]
    L += ["", "SHA1 of the old intermediate: `%s`" % colon_hex(rbytes(r, 20))]
    return r.choice(["docs/tls-inventory.md", "CERTS.md"]), L, "markdown", "tls", "fingerprint"


def n_wrangler(r):
    name = r.choice(["edge-router", "img-resizer", "api-gateway", "redirects"])
    L = ['name = "%s"' % name, 'main = "src/index.ts"', 'compatibility_date = "20%02d-%02d-%02d"' % (r.randint(23, 25), r.randint(1, 12), r.randint(1, 28)),
         'account_id = "%s"' % rhex(r, 32), "workers_dev = false", "", "[[routes]]", 'pattern = "%s/*"' % r.choice(DOMAINS), 'zone_id = "%s"' % rhex(r, 32), "",
         "[[kv_namespaces]]", 'binding = "CACHE"', 'id = "%s"' % rhex(r, 32), "", "[[d1_databases]]", 'binding = "DB"', 'database_name = "prod"',
         'database_id = "%s"' % ruuid(r), "", "[vars]", 'ENVIRONMENT = "production"', "# API token comes from CLOUDFLARE_API_TOKEN in CI"]
    return "wrangler.toml", L, "toml", "cloudflare", "public_id"


def n_fastly_toml(r):
    L = ["# This file describes a Fastly Compute package.", "manifest_version = 3", 'name = "%s"' % r.choice(["edge-app", "geo-redirect", "ab-tests"]),
         'description = "%s"' % r.choice(["Compute app for the shop", "edge logic"]), 'authors = ["%s"]' % _emailish(r), 'language = "rust"',
         'service_id = "%s"' % rs(r, 22, ALNUM), "", "[scripts]", 'build = "cargo build --bin fastly-compute-project --release --target wasm32-wasi --color always"',
         "", "[local_server]", "  [local_server.backends]", "    [local_server.backends.origin]", '      url = "https://origin.%s"' % r.choice(DOMAINS)]
    return "fastly.toml", L, "fastly-toml", "fastly", "public_id"


def n_tf_cf_resources(r):
    d = r.choice(DOMAINS)
    L = ['variable "cloudflare_api_token" {', "  type      = string", "  sensitive = true", "}", "", 'provider "cloudflare" {',
         "  api_token = var.cloudflare_api_token", "}", "", "locals {", '  account_id = "%s"' % rhex(r, 32), '  zone_id    = "%s"' % rhex(r, 32), "}", "",
         'resource "cloudflare_record" "acme" {', "  zone_id = local.zone_id", '  name    = "_acme-challenge"', '  type    = "TXT"',
         '  content = "%s"' % _acme_tok(r), "  ttl     = 60", "}", "", 'resource "cloudflare_turnstile_widget" "login" {',
         "  account_id = local.account_id", '  name       = "login"', '  domains    = ["%s"]' % d, '  mode       = "managed"', "}",
         "", '# site key (public): 0x4AAAAAAA%s' % rs(r, 14, ALNUM)]
    return r.choice(["terraform/cloudflare.tf", "dns/main.tf"]), L, "terraform", "cloudflare", "public_id"


def n_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, r.randint(20, 48))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "    name: cloudflare-api-token", "    namespace: cert-manager", "type: Opaque", "stringData:",
         "    api-token: %s" % enc(), "sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
         "        - recipient: age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = b64(rbytes(r, 180))
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"20%02d-%02d-%02dT10:%02d:11Z\"" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
          "    mac: %s" % enc(), "    pgp: []", "    encrypted_regex: ^(data|stringData)$", "    version: 3.%d.%d" % (r.randint(7, 9), r.randint(0, 3))]
    return r.choice(["clusters/prod/cert-manager/cloudflare-token.sops.yaml", "secrets/dns.enc.yaml"]), L, "k8s-yaml", "cloudflare", "ciphertext"


def n_sealed(r):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % r.choice(["route53", "cloudflare", "hetzner-dns", "ovh"]),
         "  namespace: cert-manager", "spec:", "  encryptedData:", "    %s: Ag%s" % (r.choice(["api-token", "secret-access-key", "application-secret"]), b64(rbytes(r, 380))),
         "  template:", "    metadata:", "      name: dns-credentials", "      namespace: cert-manager", "    type: Opaque"]
    return r.choice(["k8s/sealed/dns-credentials.yaml", "clusters/home/sealed-dns.yaml"]), L, "k8s-yaml", "kubernetes", "ciphertext"


def n_vault(r):
    L = ["$ANSIBLE_VAULT;1.1;AES256"]
    h = rhex(r, 80 * r.randint(6, 14))
    L += [h[i:i + 80] for i in range(0, len(h), 80)]
    return r.choice(["group_vars/all/vault.yml", "inventory/group_vars/proxies/vault.yml"]), L, "ansible-vars", "ansible", "ciphertext"


def n_pdns_hashed(r):
    L = ["launch=gpgsql", "gpgsql-host=127.0.0.1", "gpgsql-dbname=pdns", "gpgsql-user=pdns", "gpgsql-password=$PDNS_DB_PASSWORD", "",
         "api=yes", "# hashed with: pdnsutil hash-password", "api-key=$scrypt$ln=10,p=1,r=8$%s$%s" % (b64(rbytes(r, 16)), b64(rbytes(r, 32))),
         "webserver=yes", "webserver-port=8081", "webserver-allow-from=10.0.0.0/8"]
    return r.choice(["etc/powerdns/pdns.conf", "pdns/pdns.conf"]), L, "pdns-conf", "powerdns", "hash"


def n_traefik_static(r):
    d = r.choice(DOMAINS)
    prov = r.choice(["cloudflare", "ovh", "hetzner", "route53", "digitalocean", "porkbun", "duckdns"])
    if r.random() < 0.5:
        L = ["api:", "  dashboard: true", "entryPoints:", "  web:", '    address: ":80"', "  websecure:", '    address: ":443"', "certificatesResolvers:", "  dns:",
             "    acme:", "      email: %s" % _emailish(r), "      storage: /letsencrypt/acme.json", "      dnsChallenge:", "        provider: %s" % prov,
             "        delayBeforeCheck: %d" % r.choice([0, 10, 30]), "        resolvers:", '          - "1.1.1.1:53"', '          - "8.8.8.8:53"',
             "# credentials are passed as env vars (see compose file, *_FILE secrets)"]
        return r.choice(["traefik.yml", "traefik/traefik.yml"]), L, "traefik-yml", "traefik", "config_no_secret"
    L = ["[entryPoints.websecure]", '  address = ":443"', "", "[certificatesResolvers.dns.acme]", '  email = "%s"' % _emailish(r), '  storage = "acme.json"',
         "  [certificatesResolvers.dns.acme.dnsChallenge]", '    provider = "%s"' % prov, '    resolvers = ["1.1.1.1:53", "9.9.9.9:53"]', "",
         "[api]", "  dashboard = true", "", "# %s_* variables come from /run/secrets via *_FILE" % prov.upper()]
    return r.choice(["traefik.toml", "traefik/traefik.toml"]), L, "traefik-toml", "traefik", "config_no_secret"


def n_issuer_only(r):
    d = r.choice(DOMAINS)
    L = ["apiVersion: cert-manager.io/v1", "kind: ClusterIssuer", "metadata:", "  name: zerossl-prod", "spec:", "  acme:", "    server: https://acme.zerossl.com/v2/DV90",
         "    email: %s" % _emailish(r), "    externalAccountBinding:", "      keyID: %s" % rs(r, 22, B64URL), "      keySecretRef:", "        name: zerossl-eab",
         "        key: secret", "    privateKeySecretRef:", "      name: zerossl-account", "    solvers:", "      - dns01:", "          cloudflare:",
         "            apiTokenSecretRef:", "              name: cloudflare-api-token", "              key: api-token", "---", "apiVersion: cert-manager.io/v1",
         "kind: Certificate", "metadata:", "  name: wildcard-%s" % d.split(".")[0], "spec:", "  secretName: wildcard-tls", "  dnsNames:", '    - "%s"' % d, '    - "*.%s"' % d,
         "  issuerRef:", "    name: zerossl-prod", "    kind: ClusterIssuer"]
    return r.choice(["k8s/cert-manager/issuer.yaml", "clusters/prod/issuers.yaml"]), L, "k8s-yaml", "zerossl", "public_id"


def n_jwk_testvector(r):
    L = ['"""JWS ES256 round-trip against the RFC 7515 appendix A.3 test key (public test vector)."""', "import json", "", "RFC7515_A3_KEY = {",
         '    "kty": "EC",', '    "crv": "P-256",', '    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",', '    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",',
         '    "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI",', "}", "", "", "def test_sign_verify(jws):",
         '    tok = jws.sign(b"{\\"iss\\":\\"joe\\"}", RFC7515_A3_KEY, alg="ES256")', "    assert jws.verify(tok, RFC7515_A3_KEY)"]
    return r.choice(["tests/test_jws_vectors.py", "acme/tests/test_rfc7515.py"]), L, "python", "letsencrypt", "test_vector"


def n_certbot_log(r):
    d = r.choice(DOMAINS)
    acct = r.randint(100000000, 2999999999)
    tok = _acme_tok(r)
    thumb = b64u(rbytes(r, 32))
    ts = "20%02d-%02d-%02d 03:%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))
    L = ["%s:11,201:DEBUG:certbot._internal.main:certbot version: 2.%d.0" % (ts, r.randint(6, 11)),
         "%s:11,430:DEBUG:acme.client:Sending GET request to https://acme-v02.api.letsencrypt.org/directory." % ts,
         "%s:12,002:DEBUG:acme.client:Received response:" % ts, "HTTP 200", "Replay-Nonce: %s" % b64u(rbytes(r, 24)),
         "%s:12,004:DEBUG:acme.client:Storing nonce: %s" % (ts, b64u(rbytes(r, 24))),
         '%s:12,510:DEBUG:acme.client:"kid": "https://acme-v02.api.letsencrypt.org/acme/acct/%d"' % (ts, acct),
         "%s:13,118:INFO:certbot._internal.auth_handler:Performing the following challenges:" % ts, "dns-01 challenge for %s" % d,
         '%s:13,119:DEBUG:acme.challenges:"token": "%s"' % (ts, tok), "%s:13,120:DEBUG:certbot_dns_common:key authorization %s.%s" % (ts, tok, thumb),
         "%s:13,450:DEBUG:certbot_dns_cloudflare._internal.dns_cloudflare:Found zone_id of %s for %s using name %s" % (ts, rhex(r, 32), d, d),
         '%s:13,451:DEBUG:certbot_dns_cloudflare._internal.dns_cloudflare:Attempting to add record to zone %s: {"type": "TXT", "name": "_acme-challenge.%s", "content": "%s"}' % (ts, rhex(r, 32), d, b64u(rbytes(r, 32))),
         "%s:23,880:DEBUG:acme.client:Sending POST request to https://acme-v02.api.letsencrypt.org/acme/chall/%d/%d/%s." % (ts, acct, r.randint(10 ** 10, 10 ** 11), rs(r, 6, B64URL)),
         "%s:25,001:INFO:certbot._internal.renewal:Certificate not yet due for renewal" % ts]
    return r.choice(["logs/letsencrypt.log", "letsencrypt/letsencrypt.log.1"]), L, "log", "letsencrypt", "acme_protocol_data"


def n_named_dnssec(r):
    d = r.choice(DOMAINS)
    L = ['include "/etc/bind/rndc.key";', 'include "/etc/bind/keys/ddns-update.key";', "", "options {", '\tdirectory "/var/cache/bind";', "\tdnssec-validation auto;",
         "\tlisten-on-v6 { any; };", "\tallow-recursion { 10.0.0.0/8; 127.0.0.1; };", "};", "", "trust-anchors {",
         '\t%s. initial-key 257 3 13 "%s";' % (d, b64(rbytes(r, 64))), "};", "", 'dnssec-policy "standard" {', "\tkeys {", "\t\tksk lifetime unlimited algorithm ecdsap256sha256;",
         "\t\tzsk lifetime P90D algorithm ecdsap256sha256;", "\t};", "};", "", 'zone "%s" {' % d, "\ttype primary;", '\tfile "/var/lib/bind/db.%s";' % d,
         '\tdnssec-policy "standard";', "\tinline-signing yes;", "\tupdate-policy { grant ddns-update zonesub TXT; };", "};"]
    return r.choice(["etc/bind/named.conf", "bind/named.conf.options"]), L, "named-conf", "bind", "dnssec_public_key"


def n_dnssec_keyfile(r):
    d = r.choice(DOMAINS)
    tag = r.randint(1000, 65000)
    flags = r.choice([256, 257])
    L = ["; This is a %s, keyid %d, for %s." % ("key-signing key" if flags == 257 else "zone-signing key", tag, d),
         "; Created: 20%02d%02d%02d%06d (%s)" % (r.randint(19, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959), "Mon Mar  4 10:12:01 2024"),
         "; Publish: 20%02d%02d%02d%06d" % (r.randint(19, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
         "%s. 3600 IN DNSKEY %d 3 13 %s" % (d, flags, b64(rbytes(r, 64)))]
    return "keys/K%s.+013+%05d.key" % (d, tag), L, "dnssec-key", "bind", "dnssec_public_key"


def n_nginx(r):
    d = r.choice(DOMAINS)
    pins = [b64(rbytes(r, 32)) for _ in range(2)]
    L = ["server {", "    listen 443 ssl http2;", "    server_name %s www.%s;" % (d, d), "", "    ssl_certificate     /etc/letsencrypt/live/%s/fullchain.pem;" % d,
         "    ssl_certificate_key /etc/letsencrypt/live/%s/privkey.pem;" % d, "    ssl_trusted_certificate /etc/letsencrypt/live/%s/chain.pem;" % d,
         "    ssl_stapling on;", "    ssl_stapling_verify on;", "    ssl_session_ticket_key /etc/nginx/ticket.key;", "",
         "    add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\" always;",
         "    # add_header Public-Key-Pins 'pin-sha256=\"%s\"; pin-sha256=\"%s\"; max-age=5184000';" % tuple(pins),
         "    add_header Content-Security-Policy \"script-src 'self' 'sha256-%s'\";" % b64(rbytes(r, 32)), "", "    location / {", "        proxy_pass http://127.0.0.1:%d;" % r.choice([3000, 8080]),
         "    }", "}"]
    return r.choice(["nginx/sites-available/%s.conf" % d, "etc/nginx/conf.d/%s.conf" % d]), L, "nginx-conf", "tls", "hpkp_pin"


def n_netlify_toml(r):
    L = ["[build]", '  command = "npm run build"', '  publish = "dist"', "", "[build.environment]", '  NODE_VERSION = "20"', "", "[[headers]]", '  for = "/*"', "  [headers.values]",
         "    Content-Security-Policy = \"default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s'\"" % (b64(rbytes(r, 32)), b64(rbytes(r, 32))),
         '    X-Frame-Options = "DENY"', "", "# site id: %s (public, used by netlify link)" % ruuid(r), "[[redirects]]", '  from = "/api/*"',
         '  to = "https://api.%s/:splat"' % r.choice(DOMAINS), "  status = 200"]
    return "netlify.toml", L, "netlify-toml", "netlify", "public_id"


def n_ha_config(r):
    L = ["homeassistant:", "  name: Home", "  time_zone: Europe/Berlin", "", "http:", "  ssl_certificate: /ssl/fullchain.pem", "  ssl_key: /ssl/privkey.pem", "",
         "duckdns:", "  domain: %s" % rs(r, 8, LOWER), "  access_token: !secret duckdns_token", "", "recorder:", "  purge_keep_days: 10", "",
         "# instance id for the companion app: %s" % ruuid(r)]
    return "homeassistant/configuration.yaml", L, "yaml", "duckdns", "secret_reference"


def n_ids_env(r):
    d = r.choice(DOMAINS)
    m = r.randrange(3)
    if m == 0:
        L = ["# Cloudflare (ids are not secret; the token comes from the CI secret store)", "CF_ACCOUNT_ID=%s" % rhex(r, 32), "CF_ZONE_ID=%s" % rhex(r, 32),
             "CLOUDFLARE_ZONE=%s" % d, "CF_API_TOKEN=${CF_API_TOKEN}", "WORKER_ROUTE=%s/*" % d, "TURNSTILE_SITE_KEY=0x4AAAAAAA%s" % rs(r, 14, ALNUM)]
        prov = "cloudflare"
    elif m == 1:
        L = ["# CDN identifiers", "FASTLY_SERVICE_ID=%s" % rs(r, 22, ALNUM), "FASTLY_CUSTOMER_ID=%s" % rs(r, 22, ALNUM), "NETLIFY_SITE_ID=%s" % ruuid(r),
             "BUNNY_PULLZONE_ID=%d" % r.randint(100000, 3999999), "CLOUDFRONT_DISTRIBUTION_ID=E%s" % rs(r, 13, UPPER + DIG),
             "CLOUDFRONT_KEY_PAIR_ID=K%s" % rs(r, 13, UPPER + DIG), "# FASTLY_API_TOKEN / NETLIFY_AUTH_TOKEN: see 1Password 'CDN deploy'"]
        prov = "fastly"
    else:
        L = ["# DNS-01 settings - credentials are mounted from /run/secrets", "AWS_REGION=us-east-1", "AWS_HOSTED_ZONE_ID=Z%s" % rs(r, r.randint(13, 20), UPPER + DIG),
             "AZURE_TENANT_ID=%s" % ruuid(r), "AZURE_CLIENT_ID=%s" % ruuid(r), "AZURE_SUBSCRIPTION_ID=%s" % ruuid(r), "AZURE_CLIENT_SECRET_FILE=/run/secrets/azure_client_secret",
             "AWS_SECRET_ACCESS_KEY_FILE=/run/secrets/aws_secret_access_key", "GCE_PROJECT=dns-prod-%d" % r.randint(100000, 999999),
             "GCE_SERVICE_ACCOUNT_FILE=/run/secrets/gcp-dns.json", "DUCKDNS_TOKEN_FILE=/run/secrets/duckdns_token"]
        prov = "aws"
    return r.choice([".env", "deploy/.env", "ci/ids.env", ".env.example"]), L, "dotenv", prov, "public_id"


def n_cloudflared_config(r):
    d = r.choice(DOMAINS)
    tid = ruuid(r)
    L = ["tunnel: %s" % tid, "credentials-file: /etc/cloudflared/%s.json" % tid, "metrics: 0.0.0.0:2000", "", "ingress:",
         "  - hostname: %s.%s" % (r.choice(SUBS), d), "    service: http://localhost:%d" % r.choice([3000, 8080, 8123]), "  - hostname: ssh.%s" % d,
         "    service: ssh://localhost:22", "  - service: http_status:404"]
    return r.choice(["cloudflared/config.yml", "etc/cloudflared/config.yml"]), L, "yaml", "cloudflare", "public_id"


NEG_ONLY = [n_zonefile, n_octodns_zone, n_dnscontrol_js, n_cert_chain, n_csr, n_pubkey, n_jwk_public, n_certbot_renewal, n_cert_inventory, n_wrangler,
            n_fastly_toml, n_tf_cf_resources, n_sops, n_sealed, n_vault, n_pdns_hashed, n_traefik_static, n_issuer_only, n_jwk_testvector, n_certbot_log,
            n_named_dnssec, n_dnssec_keyfile, n_nginx, n_netlify_toml, n_ha_config, n_ids_env, n_cloudflared_config]


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

GENERIC_RENDERERS = [r_dotenv, r_compose, r_systemd, r_shell, r_crontab, r_k8s_secret, r_python, r_readme, r_ansible, r_gha]
POS_ONLY = {r_tls_key, r_account_pem, r_account_jwk, r_acme_json, r_gcp_sa, r_cloudfront}


def build_combos():
    combos = {}

    def add(key, fn):
        combos.setdefault(key, []).append(fn)

    for sp in SPECS:
        key = (sp["p"], sp["k"])
        if sp["cat"] == "acme":
            for _ in range(4):
                add(key, r_eab)
            add(key, r_dotenv)
            continue
        for fn in GENERIC_RENDERERS:
            if fn is r_compose and sp["cat"] == "cdn":
                continue
            add(key, fn)
        if "certbot" in sp:
            add(key, r_certbot_ini)
            add(key, r_certbot_ini)
        if "acme" in sp:
            add(key, r_acmesh_conf)
            add(key, r_acmesh_script)
        if "caddy" in sp:
            add(key, r_caddy)
        if "tf" in sp:
            add(key, r_terraform)
            add(key, r_tfvars)
        if "helm" in sp:
            add(key, r_helm)
        if "octo" in sp:
            add(key, r_octodns)
        if "dnsc" in sp:
            add(key, r_dnscontrol)
        if key in CM_SOLVERS or sp["p"] in CM_WEBHOOK:
            add(key, r_certmanager)
    for key in DDCLIENT_KINDS:
        add(key, r_ddclient)
        add(key, r_ddclient)
    for key in INADYN_KINDS:
        add(key, r_inadyn)
    for fn in (r_named, r_named, r_tsigfile, r_tsigfile, r_nsupdate):
        add(("bind", "tsig_secret"), fn)
    for fn in (r_edgerc, r_edgerc, r_edgerc):
        add(("akamai", "edgegrid_client_secret"), fn)
    for fn in (r_fastly_cfg, r_fastly_cfg, r_fastly_cfg):
        add(("fastly", "api_token"), fn)
    for k in ("api_key", "storage_password"):
        add(("bunny", k), r_bunny)
        add(("bunny", k), r_bunny)
    add(("keycdn", "api_key"), r_keycdn)
    add(("keycdn", "api_key"), r_keycdn)
    add(("cloudflare", "api_token"), r_wrangler_gha)
    add(("cloudflare", "scannable_token"), r_wrangler_gha)
    for fn in (r_cloudflared, r_cloudflared, r_cloudflared):
        add(("cloudflare", "tunnel_token"), fn)
    add(("cloudflare", "tunnel_token"), r_dotenv)
    for fn in (r_cf_tunnel_creds, r_cf_tunnel_creds):
        add(("cloudflare", "tunnel_secret"), fn)
    for fn in (r_rndc, r_rndc):
        add(("bind", "rndc_key"), fn)
    for sp_ in SPECS:
        if sp_["cat"] in ("dns", "ddns", "cdn"):
            add((sp_["p"], sp_["k"]), r_positional)
    add(("tls", "private_key"), r_tls_key)
    add(("letsencrypt", "account_key_pem"), r_account_pem)
    add(("letsencrypt", "account_key_jwk"), r_account_jwk)
    add(("traefik", "acme_json_account_key"), r_acme_json)
    add(("gcp", "service_account_key"), r_gcp_sa)
    add(("cloudfront", "signing_private_key"), r_cloudfront)
    for _ in range(3):
        add(("azure", "client_secret"), r_azure_json)
        add(("aws", "secret_access_key"), r_aws_creds)
    for k in ("application_secret", "consumer_key"):
        for _ in range(3):
            add(("ovh", k), r_ovh_conf)
    for _ in range(3):
        add(("linode", "pat"), r_linode_cli)
        add(("digitalocean", "pat"), r_doctl)
        add(("hetzner", "hcloud_token"), r_hcloud)
        add(("powerdns", "api_key"), r_pdns_conf)
        add(("acme-dns", "password"), r_acmedns)
        add(("infoblox", "wapi_password"), r_infoblox)
    for k in ("pat", "legacy_token"):
        for _ in range(2):
            add(("netlify", k), r_netlify_cfg)
    for _ in range(3):
        add(("duckdns", "token"), r_duckdns_compose)
    for key in (("duckdns", "token"), ("freedns", "sync_token"), ("namecheap", "ddns_password")):
        for _ in range(3):
            add(key, r_ddns_cron)
    return combos


KIND_WEIGHT = {("cloudflare", "api_token"): 3.0, ("cloudflare", "global_api_key"): 1.5, ("cloudflare", "scannable_token"): 0.4,
               ("bind", "tsig_secret"): 1.6, ("tls", "private_key"): 1.4, ("duckdns", "token"): 1.4, ("aws", "secret_access_key"): 1.2,
               ("akamai", "edgegrid_client_secret"): 1.2, ("fastly", "api_token"): 1.2}


def pad(L, ft, rng):
    ch = {"zonefile": ";", "dnssec-key": ";", "edgerc": ";", "named-conf": "//", "tsig-key": "#", "pem": None, "jwk-json": None, "json": None}.get(ft, "#")
    while len(L) < 5:
        if ft == "pem" and not any("PRIVATE KEY" in x for x in L):
            L = ["# %s" % rng.choice(["exported %s" % date_str(rng), "public part only - safe to commit", "see docs/tls.md"])] + L
        elif ft == "pem":
            L = ["Bag Attributes", "    localKeyID: %s" % " ".join("%02X" % b for b in rbytes(rng, 20)), "Key Attributes: <No Attributes>"] + L
        elif ch:
            L = ["%s %s" % (ch, rng.choice(["managed by ansible, do not edit", "see docs/dns.md", "rotated %s" % date_str(rng), "owner: platform team"]))] + L
        else:
            L = L + [""]
    return L


def render(fn, rng, sp, neg, mode=None):
    for _ in range(20):
        c = Ctx(rng, sp, neg, mode)
        path, L, ft = fn(c)
        L = pad(L, ft, rng)
        text = "\n".join(L) + "\n"
        if neg:
            if c.nkind is None:
                continue
            return c, path, text, ft
        needle = getattr(c, "needle", None) or getattr(c, "secret_written", None) or c.secret
        if text.count(needle) != 1:
            continue
        c.final_needle = needle
        return c, path, text, ft
    raise RuntimeError("could not render %s for %s" % (fn.__name__, sp["p"]))


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[0])
        print("usage: gen_be.py OUTDIR SEED")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    combos = build_combos()
    keys = sorted(combos)
    weights = [KIND_WEIGHT.get(k, 1.0) for k in keys]
    manifest, secrets, files = [], [], {}

    # positives: first cover every kind, then weighted fill
    order = list(keys)
    rng.shuffle(order)
    while len(order) < N_POS:
        order.append(rng.choices(keys, weights)[0])
    order = order[:N_POS]
    rng.shuffle(order)
    generic_count = 0
    for i, key in enumerate(order):
        sp = SP[key]
        fl = combos[key]
        fn = rng.choices(fl, [1.0 if f in GENERIC_RENDERERS else 2.2 for f in fl])[0]
        c, path, text, ft = render(fn, rng, sp, False)
        rel = "pos/p%04d/%s" % (i + 1, path.lstrip("/"))
        line = None
        for ln, l in enumerate(text.split("\n"), 1):
            if c.final_needle in l:
                line = ln
                break
        files[rel] = text
        manifest.append({"file": rel, "label": "positive", "provider": sp["p"], "kind": sp["k"], "filetype": ft})
        secrets.append({"file": rel, "needle": c.final_needle, "line": line})
        if getattr(c, "used_generic", False) or fn in (r_nsupdate,) or (fn is r_bunny and ft == "crontab") or (fn is r_eab and ft == "shell"):
            generic_count += 1

    # negatives: ~55% same renderers with look-alike values, ~45% domain look-alikes
    neg_keys = [k for k in keys if any(f not in POS_ONLY for f in combos[k])]
    neg_w = [KIND_WEIGHT.get(k, 1.0) for k in neg_keys]
    only_order = []
    for i in range(N_NEG):
        rel = None
        if rng.random() < 0.55:
            key = rng.choices(neg_keys, neg_w)[0]
            sp = SP[key]
            fl = [f for f in combos[key] if f not in POS_ONLY]
            fn = rng.choices(fl, [1.0 if f in GENERIC_RENDERERS else 2.2 for f in fl])[0]
            c, path, text, ft = render(fn, rng, sp, True)
            prov, nkind = sp["p"], c.nkind
        else:
            if not only_order:
                only_order = list(NEG_ONLY)
                rng.shuffle(only_order)
            fn = only_order.pop()
            path, L, ft, prov, nkind = fn(rng)
            L = pad(L, ft, rng)
            text = "\n".join(L) + "\n"
        rel = "neg/n%04d/%s" % (i + 1, path.lstrip("/"))
        files[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": nkind, "filetype": ft})

    for rel, text in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    self_check(out, manifest, secrets, generic_count)


def self_check(out, manifest, secrets, generic_count):
    errors = []
    texts = {}
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as fh:
            texts[m["file"]] = fh.read()
        n = texts[m["file"]].count("\n")
        if not (5 <= n <= 80):
            errors.append("%s has %d lines" % (m["file"], n))
    for s in secrets:
        lines = texts[s["file"]].split("\n")
        if s["line"] is None or s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line in %s" % s["file"])
        if texts[s["file"]].count(s["needle"]) != 1:
            errors.append("needle occurs %d times in %s" % (texts[s["file"]].count(s["needle"]), s["file"]))
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "negative":
            continue
        t = texts[m["file"]]
        for nd in needles:
            if nd in t:
                errors.append("negative %s contains a positive needle" % m["file"])
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]

    def count(rows, f):
        d = {}
        for r_ in rows:
            d[r_[f]] = d.get(r_[f], 0) + 1
        return sorted(d.items(), key=lambda x: (-x[1], x[0]))

    print("positives: %d  negatives: %d  (positives under provider-neutral names: ~%d)" % (len(pos), len(neg), generic_count))
    print("positive providers (%d): %s" % (len(count(pos, "provider")), count(pos, "provider")))
    pk = {}
    for m in pos:
        pk[(m["provider"], m["kind"])] = pk.get((m["provider"], m["kind"]), 0) + 1
    print("positive provider/kind pairs: %d" % len(pk))
    print("positive file types (%d): %s" % (len(count(pos, "filetype")), count(pos, "filetype")))
    print("negative kinds: %s" % count(neg, "kind"))
    print("negative providers: %s" % count(neg, "provider"))
    print("negative file types (%d): %s" % (len(count(neg, "filetype")), count(neg, "filetype")))
    ft_all = set(m["filetype"] for m in manifest)
    print("file types overall: %d" % len(ft_all))
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:40]:
            print("  " + e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
