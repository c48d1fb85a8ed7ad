#!/usr/bin/env python3
"""gen_et.py - blind evaluation set: e-mail security, deliverability and DNS automation.

EMPHASIS
    Credentials that live around mail delivery and DNS automation:
    * secure e-mail gateways and their APIs: Proofpoint TAP (service principal + secret),
      Mimecast (API 1.0 app id/app key + access key/secret key, API 2.0 client secret),
      Barracuda Email Security, Cisco Secure Email (AsyncOS API basic auth), Abnormal Security;
    * DMARC/SPF tooling: Valimail, dmarcian, EasyDMARC, Red Sift OnDMARC, URIports;
    * sending / deliverability / verification: Postmark server and account tokens, SendGrid,
      SparkPost, Mailgun (private key, webhook signing key), Amazon SES SMTP passwords,
      ZeroBounce, NeverBounce, Kickbox, GlockApps, Validity (Everest);
    * DNS provider credentials used by ACME DNS-01 clients (certbot plugin *.ini files,
      acme.sh account.conf and dnsapi variables, lego env vars, Caddy, Traefik, cert-manager):
      Cloudflare, Route 53 (AWS keys), NS1, DNSimple, Gandi, Porkbun, Namecheap, Hetzner DNS,
      DigitalOcean, deSEC, PowerDNS, RFC 2136 TSIG keys (BIND, Knot, nsupdate key files);
    * DKIM private keys (RSA PKCS#1 / PKCS#8 PEM, Ed25519 PKCS#8 PEM).
    File types: certbot .ini, acme.sh account.conf, lego/Traefik/Caddy configs (Caddyfile,
    caddy.json, traefik.yml, docker-compose.yml), systemd units, Postfix/OpenDKIM/Exim/msmtp
    configs, BIND/Knot/PowerDNS configs, Python, Go, PowerShell, JavaScript, Ruby, PHP, Java
    properties, XML app.config, shell scripts, Dockerfiles, GitHub workflows, Kubernetes and
    cert-manager manifests, Ansible vars, Terraform, JSON API exports, TOML, SQL, CSV,
    Markdown runbooks, logs, .eml fixtures, zone files.

    Templates: 88 positive templates (33 providers); negatives use the same 88 templates
    with a non-secret in the slot plus 41 look-alike templates (129 negative templates).

USAGE
    python3 gen_et.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file: file, label, provider, kind,
    filetype) and OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    All randomness comes from one random.Random(SEED); the output is byte-identical for
    one SEED.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, and `line` is the 1-based
      line of its first occurrence (the program asserts it).
    * Tokens in URLs (query parameter or user-info): the needle is only the token or the
      password, never the whole URL.
    * Headers (Authorization: Bearer X, X-Postmark-Server-Token: X, Auth-API-Token: X,
      Authorization: Token X): the needle is the value without the scheme word.
      Authorization: Basic <base64> -> the needle is the base64 blob.
    * Key pairs (AWS access key id + secret, SES SMTP user + password, Porkbun pk1_ + sk1_,
      Proofpoint principal + secret, Mimecast access key + secret key, Namecheap user + key,
      basic-auth user + password): the needle is the secret half only; the identifier half
      stays in the file as the realistic companion of that one credential.
    * Multi-line PEM private keys (DKIM): the needle is the whole
      "-----BEGIN ... PRIVATE KEY-----" line; the line reported is that BEGIN line.
    * BIND/Knot/nsupdate TSIG keys: the needle is the base64 secret only.

NEGATIVES
    Half (250) re-use the positive templates with the secret's slot holding something that
    is not a secret: placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (****, [REDACTED], prefix+****), environment and
    secret-manager references (${VAR}, $(op read op://...), vault: paths, {{ vault_x }},
    {env.X}, ${var.x}), template expressions, documented example keys (SendGrid, SparkPost,
    Mailgun, NS1, Postmark test token, AWS and lego documentation examples) and values
    that are public (Mailgun pubkey-..., DKIM public keys in a PEM slot).  The identifier
    half of a pair (AWS key id, Porkbun pk1_, Mimecast access key) is neutralised in these
    negatives (AWS's documented AKIAIOSFODNN7EXAMPLE, a reference or a placeholder).
    Public identifiers (Mimecast app id / client id, Proofpoint principal, Cloudflare
    zone/account ids) appear only in their own fields.  Negatives are never written to
    .env / .env.local / .env.production style names (.env.example is used instead).
    The other half are look-alikes of the domain: DKIM public keys in DNS TXT records
    (p=MIIB...), DMARC/SPF/BIMI/MTA-STS/TLS-RPT records, DNSSEC DS/DNSKEY/RRSIG records,
    dnssec-keygen public .key files, TLSA hashes, zone and hosted-zone ids, ACME account
    JWKs (public), ACME challenge digests, certbot renewal confs, message-ids,
    DKIM-Signature / ARC headers (b=, bh=) in .eml files, webhook event payloads with
    HMAC signatures and nonces, SNS signatures, TAP/Mimecast/DMARC report exports with
    hashes and GUIDs, go.sum / pip hashes, certificates and PGP/SSH public keys,
    Ansible-vault ciphertext, TSIG key names and key-file paths without secrets.

FORMATS CHECKED (search corpora docs/pages/code, provider pages first)
    * Porkbun: keys start pk1_ (API key) and sk1_ (secret key) (porkbun.com agent setup
      page); hex body of 64 chars is from observed keys, see DOUBTS.
    * Amazon SES SMTP password: base64(version byte 0x04 + HMAC-SHA256 chain) -> 44 chars
      starting with "B" (AWS derivation pseudocode reproduced in several public gists);
      SMTP user name is the IAM access key id (AKIA + 16 base32 chars).
    * SendGrid: API keys are 69 characters (twilio.com docs); docs show
      SG.<22 base64url>.<43 base64url>; SMTP user name is the literal "apikey".
    * Postmark: X-Postmark-Server-Token / X-Postmark-Account-Token headers, opaque tokens
      (postmarkapp.com); the UUID shape is from client libraries, see DOUBTS.
    * SparkPost: Authorization header holds the bare key; docs example is 40 hex chars.
    * Mailgun: HTTP basic auth with user "api"; legacy docs example key-<32 lower alnum>.
    * Cloudflare (developers.cloudflare.com token-formats): pre-2026 user/account API
      tokens are 40-character alphanumeric strings, Global API Key is a 37-45 char
      lowercase hex string; new tokens are cfut_/cfat_/cfk_ + 40 chars + checksum.
    * DigitalOcean: dop_v1_ for personal access tokens, doo_v1_/dor_v1_ for OAuth
      (docs.digitalocean.com release note 2022); body of 64 hex from a public migration page.
    * NS1: X-NSONE-Key header; ns1 docs example key is 20 alphanumeric chars.
    * Gandi: PAT is sent as Bearer, API key (deprecated) as "Apikey"; PAT looks like
      40 hex, API key 24 alphanumerics (cert-manager-webhook-gandi issue).
    * Hetzner DNS: API token in Auth-API-Token header; lego HETZNER_API_TOKEN.
    * DNSimple: API v2 account/user tokens, Bearer; lego DNSIMPLE_OAUTH_TOKEN.
    * NeverBounce v4: secret_ + 32 chars (NeverBounce CLI docs).
    * RFC 2136: lego RFC2136_TSIG_KEY/_SECRET/_ALGORITHM; certbot dns_rfc2136_server,
      _name, _secret, _algorithm; TSIG secrets are base64 HMAC keys.
    * Proofpoint TAP: HTTP basic auth, service principal as user, secret as password
      (Proofpoint/partner docs); Mimecast API 1.0 app id, app key, access key, secret key,
      API 2.0 client id + client secret.
    * lego env var names checked for Cloudflare, NS1, Hetzner, Gandi v5, DNSimple, RFC 2136.

DOUBTS
    * Exact lengths/alphabets NOT confirmed from provider docs (generated from observed or
      plausible shapes): Porkbun body (64 hex), Postmark (UUID), Mailgun new-style keys
      (32 hex-8 hex-8 hex) and webhook signing key, Kickbox (live_ + 64 hex), ZeroBounce
      (32 hex), GlockApps, Validity Everest, Abnormal, Barracuda, Valimail, dmarcian,
      EasyDMARC, Red Sift, URIports tokens (generic random), Proofpoint TAP principal (UUID)
      and secret (64 hex), Mimecast access key (~86 chars) and secret key (base64 of 64
      bytes), Mimecast 2.0 client secret, DNSimple token (32 alnum), deSEC token (28 chars
      base64url), Hetzner DNS token (32 alnum), Namecheap key (32 hex), PowerDNS api-key
      (free form).
    * Cloudflare's new cfut_/cfat_/cfk_ checksum algorithm is not documented, so only the
      documented pre-2026 token and Global API Key shapes are generated.
    * DKIM RSA keys are structurally valid DER (right ASN.1 layout and sizes) but the
      numbers are random, not a working key pair.
    * Some search hits were secret-scanner pages (GitGuardian detector pages, a GitLab
      secrets-analyzer merge request); their content was not used for any format.
"""
import base64
import json
import os
import random
import string
import sys

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B32 = string.ascii_uppercase + "234567"


class G:
    """Random helpers, all driven by one random.Random."""

    def __init__(self, rnd):
        self.R = rnd
        self.neg = False     # True while a positive template is re-used for a negative

    def companion(self, real, neg_options):
        """Identifier half of a key pair: real when positive, neutralised when negative."""
        return self.pick(neg_options) if self.neg else real

    # -- primitives -----------------------------------------------------------------
    def pick(self, seq):
        return self.R.choice(seq)

    def chance(self, p):
        return self.R.random() < p

    def randint(self, a, b):
        return self.R.randint(a, b)

    def sample(self, seq, k):
        return self.R.sample(seq, k)

    def chars(self, alphabet, n):
        return "".join(self.R.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.chars(HEX, n)

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lalnum(self, n):
        return self.chars(LOWALNUM, n)

    def raw(self, n):
        return bytes(self.R.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.raw(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.raw(nbytes)).decode().rstrip("=")

    def uuid(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.pick("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def password(self, n=None, urlsafe=False):
        n = n or self.randint(14, 24)
        sym = "-_.~" if urlsafe else "!#%^*-_+=.@~"
        while True:
            s = self.chars(ALNUM + sym + string.digits, n)
            if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and any(c.islower() for c in s) and s[0].isalnum()):
                return s

    # -- realistic context ------------------------------------------------------------
    def org(self):
        return self.pick(["northwind", "acme-logistics", "bluefin", "kestrel", "tallgrass",
                          "orbitly", "harbor-labs", "pinecrest", "lumenpay", "fjordtech",
                          "copperleaf", "redwood-health", "quillmail", "stackhaven",
                          "meridian-edu", "oakridge", "brightwave", "tidepool", "vantage-co"])

    def tld(self):
        return self.pick(["com", "io", "net", "org", "de", "co.uk", "dev", "eu", "nl", "fr"])

    def domain(self):
        return "%s.%s" % (self.org(), self.tld())

    def person(self):
        return self.pick(["alice", "bob", "carla", "dmitri", "elena", "farid", "grace",
                          "hiro", "ines", "jonas", "kwame", "lena", "marta", "nils", "olga",
                          "priya", "quentin", "rosa", "sven", "tariq"])

    def email(self, dom=None):
        return "%s@%s" % (self.pick([self.person(), "postmaster", "dmarc", "noreply",
                                     "hostmaster", "ops", "it-admin", "security"]),
                          dom or self.domain())

    def ip(self):
        return "%d.%d.%d.%d" % (self.pick([198, 203, 192, 185, 45, 91, 62, 18, 34, 52]),
                                self.randint(0, 255), self.randint(0, 255), self.randint(1, 254))

    def ip6(self):
        return "2001:db8:%x:%x::%x" % (self.randint(0, 0xffff), self.randint(0, 0xffff),
                                       self.randint(1, 0xfff))

    def region(self):
        return self.pick(["us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                          "ap-southeast-2", "ca-central-1", "eu-north-1"])

    def selector(self):
        return self.pick(["s1", "s2", "mail", "default", "k1", "google", "pm", "mta1",
                          "dkim2024", "sel1", "202405", "smtp", "mx", "scph0124"])

    def date(self):
        return "20%02d-%02d-%02d" % (self.randint(21, 25), self.randint(1, 12), self.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.randint(0, 23), self.randint(0, 59),
                                      self.randint(0, 59))

    def logts(self):
        return "%s %02d:%02d:%02d" % (self.date(), self.randint(0, 23), self.randint(0, 59),
                                      self.randint(0, 59))

    def epoch(self):
        return str(self.randint(1640000000, 1760000000))

    def msgid(self, dom=None):
        return "<%s.%s@%s>" % (self.hex(16), self.randint(1000, 99999),
                               dom or ("mail." + self.domain()))

    def queueid(self):
        return self.chars("0123456789ABCDEF", self.randint(10, 12))

    def ticket(self):
        return "%s-%d" % (self.pick(["OPS", "SEC", "MAIL", "INFRA", "NET", "DNS"]),
                          self.randint(100, 4999))

    def version(self):
        return "%d.%d.%d" % (self.randint(0, 4), self.randint(0, 30), self.randint(0, 12))

    def zone_id(self):
        return self.hex(32)

    def r53_zone(self):
        return "Z" + self.chars(string.ascii_uppercase + string.digits, self.randint(12, 20))

    def akid(self):
        # in negatives the id half is AWS's documented example id
        return "AKIAIOSFODNN7EXAMPLE" if self.neg else "AKIA" + self.chars(B32, 16)

    def comment(self, mark="#"):
        return mark + " " + self.pick([
            "managed by ops; see runbook", "do not edit by hand", "rotated quarterly",
            "owner: mail platform team", "ticket " + self.ticket(),
            "keep in sync with the DNS provider", "used by the renew job",
            "last reviewed " + self.date(), "staging and prod share this layout"])


# -- DER / PEM helpers ---------------------------------------------------------------

def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der_int(v):
    b = v.to_bytes(v.bit_length() // 8 + 1, "big")
    return b"\x02" + der_len(len(b)) + b


def der_seq(*parts):
    body = b"".join(parts)
    return b"\x30" + der_len(len(body)) + body


RSA_OID = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def _rint(g, bits):
    return g.R.getrandbits(bits) | (1 << (bits - 1)) | 1


def rsa_private_pem(g, bits=2048, pkcs8=False):
    half = bits // 2
    n = _rint(g, bits)
    d = g.R.getrandbits(bits - 1) | (1 << (bits - 2))
    parts = [der_int(0), der_int(n), der_int(65537), der_int(d), der_int(_rint(g, half)),
             der_int(_rint(g, half)), der_int(_rint(g, half - 1)), der_int(_rint(g, half - 1)),
             der_int(_rint(g, half - 1))]
    der = der_seq(*parts)
    if pkcs8:
        der = der_seq(der_int(0), der_seq(RSA_OID), b"\x04" + der_len(len(der)) + der)
        return pem_wrap("PRIVATE KEY", der)
    return pem_wrap("RSA PRIVATE KEY", der)


def ed25519_private_pem(g):
    der = bytes.fromhex("302e020100300506032b657004220420") + g.raw(32)
    return pem_wrap("PRIVATE KEY", der)


def rsa_public_der(g, bits=2048):
    inner = der_seq(der_int(_rint(g, bits)), der_int(65537))
    bitstr = b"\x03" + der_len(len(inner) + 1) + b"\x00" + inner
    return der_seq(der_seq(RSA_OID), bitstr)


def rsa_public_b64(g, bits=2048):
    return base64.b64encode(rsa_public_der(g, bits)).decode()


def rsa_public_pem(g, bits=2048):
    return pem_wrap("PUBLIC KEY", rsa_public_der(g, bits))


def fake_cert_pem(g):
    body = der_seq(der_seq(b"\xa0\x03\x02\x01\x02" + der_int(g.R.getrandbits(127) | 1) + g.raw(g.randint(900, 1300))),
                   der_seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00"),
                   b"\x03\x82\x01\x01\x00" + g.raw(256))
    return pem_wrap("CERTIFICATE", body)


def indent(text, pad):
    return "\n".join(pad + ln if ln else ln for ln in text.split("\n"))


# -- secret generators (provider formats; see FORMATS CHECKED / DOUBTS) ----------------

def s_cf_token(g):
    t = list(g.alnum(40))
    for _ in range(g.randint(0, 2)):
        t[g.randint(1, 38)] = g.pick("-_")
    return "".join(t)


def s_cf_global(g):
    return g.hex(37)


def s_do(g):
    return "dop_v1_" + g.hex(64)


def s_porkbun_sk(g):
    return "sk1_" + g.hex(64)


def s_porkbun_pk(g):
    return "pk1_" + g.hex(64)


def porkbun_pk(g):
    """pk1_ API key: companion of the sk1_ secret (neutralised in negatives)."""
    return g.companion(s_porkbun_pk(g), ["${PORKBUN_API_KEY}", "<porkbun-api-key>", "pk1_" + "x" * 64])


def s_dnsimple(g):
    return g.alnum(32)


def s_gandi_pat(g):
    return g.hex(40)


def s_gandi_key(g):
    return g.alnum(24)


def s_hetzner(g):
    return g.alnum(32)


def s_desec(g):
    return g.b64url(21)


def s_ns1(g):
    return g.alnum(20)


def s_namecheap(g):
    return g.hex(32)


def s_pdns(g):
    return g.pick([g.alnum(g.randint(24, 40)), g.b64url(24), g.hex(32)])


def s_tsig(g, alg="hmac-sha256"):
    n = {"hmac-md5": 16, "hmac-sha1": 20, "hmac-sha256": 32, "hmac-sha512": 64}.get(alg, 32)
    return g.b64(n)


def s_aws_secret(g):
    return g.chars(B64, 40)


def s_ses_smtp(g):
    return base64.b64encode(b"\x04" + g.raw(32)).decode()


def s_postmark(g):
    return g.uuid()


def s_sendgrid(g):
    return "SG." + g.b64url(16) + "." + g.b64url(32)


def s_sparkpost(g):
    return g.hex(40)


def s_mailgun(g):
    if g.chance(0.5):
        return "key-" + g.lalnum(32)
    return g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8)


def s_mailgun_signing(g):
    return g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8) if g.chance(0.5) else "key-" + g.lalnum(32)


def s_zerobounce(g):
    return g.hex(32)


def s_neverbounce(g):
    return "secret_" + g.hex(32)


def s_kickbox(g):
    return "live_" + g.hex(64)


def s_glockapps(g):
    return g.alnum(32)


def s_validity(g):
    return g.hex(40)


def s_tap_secret(g):
    return g.hex(64)


def s_mimecast_secret(g):
    return g.b64(64)


def s_mimecast_access(g):
    return g.chars(ALNUM + "-_", 86)


def s_mimecast2(g):
    return g.alnum(g.pick([32, 40, 48]))


def s_generic(g):
    return g.pick([g.alnum(g.randint(32, 48)), g.hex(40), g.b64url(30)])


def s_password(g):
    return g.password()


def s_dkim_rsa(g):
    return rsa_private_pem(g, g.pick([1024, 2048, 2048]), pkcs8=g.chance(0.35))


def s_dkim_ed(g):
    return ed25519_private_pem(g)


# =====================================================================================
# Positive templates.  Each takes (g, s): s is the value written in the credential slot
# (a fresh secret for positives, a non-secret filler when re-used for negatives) and
# returns (relpath, text).
# =====================================================================================
POS = []


def P(provider, kind, gen, lang, ev):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen,
                    "lang": lang, "ev": ev, "name": fn.__name__})
        return fn
    return deco


# ---- certbot DNS plugin credential files ------------------------------------------

@P("cloudflare", "api_token", s_cf_token, "ini", "CF_DNS_API_TOKEN")
def t_certbot_cf_token(g, s):
    path = g.pick(["ops/letsencrypt/cloudflare.ini", "certbot/credentials/cloudflare.ini",
                   "infra/certbot/cf-" + g.org() + ".ini"])
    return path, ("# Cloudflare API token used by Certbot (Zone:DNS:Edit on %s only)\n"
                  "%s\n"
                  "dns_cloudflare_api_token = %s\n" % (g.domain(), g.comment(), s))


@P("cloudflare", "global_api_key", s_cf_global, "ini", "CF_API_KEY")
def t_certbot_cf_global(g, s):
    dom = g.domain()
    return "deploy/certbot/cloudflare.ini", (
        "# Legacy credentials: Global API Key (account-wide!)\n"
        "# TODO(%s) migrate to a scoped API token\n"
        "dns_cloudflare_email = %s\n"
        "dns_cloudflare_api_key = %s\n" % (g.ticket(), g.email(dom), s))


@P("rfc2136", "tsig_secret", s_tsig, "ini", "RFC2136_TSIG_SECRET")
def t_certbot_rfc2136(g, s):
    dom = g.domain()
    return g.pick(["ops/certbot/rfc2136.ini", "certbot/rfc2136-credentials.ini"]), (
        "# Target DNS server (IPv4 or IPv6 address, not a hostname)\n"
        "dns_rfc2136_server = %s\n"
        "# Target DNS port\n"
        "dns_rfc2136_port = 53\n"
        "# TSIG key name\n"
        "dns_rfc2136_name = acme-update.%s.\n"
        "# TSIG key secret\n"
        "dns_rfc2136_secret = %s\n"
        "# TSIG key algorithm\n"
        "dns_rfc2136_algorithm = HMAC-SHA256\n"
        "# sign SOA query\n"
        "dns_rfc2136_sign_query = false\n" % (g.ip(), dom, s))


@P("digitalocean", "api_token", s_do, "ini", "DO_AUTH_TOKEN")
def t_certbot_do(g, s):
    return "ops/letsencrypt/digitalocean.ini", (
        "%s\n# DigitalOcean API credentials used by Certbot\n"
        "dns_digitalocean_token = %s\n" % (g.comment(), s))


@P("porkbun", "secret_api_key", s_porkbun_sk, "ini", "PORKBUN_SECRET_API_KEY")
def t_certbot_porkbun(g, s):
    return g.pick(["certbot/porkbun.ini", "secrets/porkbun.ini"]), (
        "# certbot-dns-porkbun credentials for %s\n"
        "dns_porkbun_key=%s\n"
        "dns_porkbun_secret=%s\n" % (g.domain(), porkbun_pk(g), s))


@P("dnsimple", "api_token", s_dnsimple, "ini", "DNSIMPLE_OAUTH_TOKEN")
def t_certbot_dnsimple(g, s):
    return "infra/letsencrypt/dnsimple.ini", (
        "# DNSimple API credentials used by Certbot\n"
        "# account %d, token scoped to zone %s\n"
        "dns_dnsimple_token = %s\n" % (g.randint(1000, 99999), g.domain(), s))


@P("gandi", "personal_access_token", s_gandi_pat, "ini", "GANDIV5_PERSONAL_ACCESS_TOKEN")
def t_certbot_gandi(g, s):
    return "certbot/gandi.ini", (
        "# live dns v5 personal access token (expires %s)\n"
        "dns_gandi_token=%s\n"
        "# optional organization sharing id\n"
        "# dns_gandi_sharing_id=%s\n" % (g.date(), s, g.uuid()))


@P("hetzner", "dns_api_token", s_hetzner, "ini", "HETZNER_API_TOKEN")
def t_certbot_hetzner(g, s):
    name = g.pick(["dns_hetzner_api_token", "dns_hetzner_api_token"])
    return g.pick(["ops/certbot/hetzner.ini", "letsencrypt/hetzner-dns.ini"]), (
        "%s = %s\n" % (name, s))


@P("desec", "api_token", s_desec, "ini", "DESEC_TOKEN")
def t_certbot_desec(g, s):
    return "certbot/desec.ini", (
        "dns_desec_token = %s\n"
        "dns_desec_endpoint = https://desec.io/api/v1/\n" % s)


@P("ns1", "api_key", s_ns1, "ini", "NS1_API_KEY")
def t_certbot_ns1(g, s):
    return "ops/certbot/nsone.ini", (
        "# NS1 API credentials used by Certbot\n"
        "dns_nsone_api_key = %s\n" % s)


@P("aws_route53", "secret_access_key", s_aws_secret, "ini", "AWS_SECRET_ACCESS_KEY")
def t_aws_credentials_r53(g, s):
    prof = g.pick(["certbot-route53", "acme-dns", "default", "letsencrypt"])
    return g.pick(["deploy/aws/credentials", "ops/certbot/aws-config.ini"]), (
        "# IAM user %s: route53:ChangeResourceRecordSets on %s only\n"
        "[%s]\n"
        "aws_access_key_id = %s\n"
        "aws_secret_access_key = %s\n"
        "region = %s\n" % (prof, g.r53_zone(), prof, g.akid(), s, g.region()))


# ---- acme.sh -----------------------------------------------------------------------

@P("cloudflare", "api_token", s_cf_token, "sh", "CF_Token")
def t_acmesh_account_cf(g, s):
    acc = g.hex(32)
    return g.pick(["acme.sh/account.conf", "ops/acme/account.conf"]), (
        "LOG_FILE='/var/log/acme.sh.log'\n"
        "#LOG_LEVEL=1\n"
        "AUTO_UPGRADE='1'\n"
        "#NO_TIMESTAMP=1\n"
        "ACCOUNT_EMAIL='%s'\n"
        "UPGRADE_HASH='%s'\n"
        "SAVED_CF_Token='%s'\n"
        "SAVED_CF_Account_ID='%s'\n"
        "USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'\n"
        % (g.email(), g.hex(40), s, acc))


@P("namecheap", "api_key", s_namecheap, "sh", "NAMECHEAP_API_KEY")
def t_acmesh_account_namecheap(g, s):
    return "acme/account.conf", (
        "ACCOUNT_EMAIL='%s'\n"
        "SAVED_NAMECHEAP_USERNAME='%s'\n"
        "SAVED_NAMECHEAP_API_KEY='%s'\n"
        "SAVED_NAMECHEAP_SOURCEIP='%s'\n"
        "DEFAULT_ACME_SERVER='https://acme-v02.api.letsencrypt.org/directory'\n"
        % (g.email(), g.person() + g.org().split("-")[0], s, g.ip()))


@P("hetzner", "dns_api_token", s_hetzner, "sh", "HETZNER_Token")
def t_acmesh_issue_hetzner(g, s):
    dom = g.domain()
    return g.pick(["scripts/issue-cert.sh", "bin/renew-wildcard.sh"]), (
        "#!/usr/bin/env bash\n"
        "# Issue / renew the wildcard certificate for %s via Hetzner DNS\n"
        "set -euo pipefail\n\n"
        "export HETZNER_Token=\"%s\"\n\n"
        "~/.acme.sh/acme.sh --issue --dns dns_hetzner \\\n"
        "  -d '%s' -d '*.%s' \\\n"
        "  --keylength ec-256 \\\n"
        "  --reloadcmd 'systemctl reload nginx'\n" % (dom, s, dom, dom))


@P("powerdns", "api_key", s_pdns, "sh", "PDNS_Token")
def t_acmesh_pdns(g, s):
    return "ops/acme/pdns-env.sh", (
        "# sourced by renew.sh before calling acme.sh --dns dns_pdns\n"
        "export PDNS_Url=\"http://%s:8081\"\n"
        "export PDNS_ServerId=\"localhost\"\n"
        "export PDNS_Token=\"%s\"\n"
        "export PDNS_Ttl=60\n" % (g.ip(), s))


# ---- lego / Traefik / Caddy / cert-manager ----------------------------------------

@P("cloudflare", "api_token", s_cf_token, "conf", "CLOUDFLARE_DNS_API_TOKEN")
def t_lego_systemd(g, s):
    dom = g.domain()
    return g.pick(["deploy/systemd/lego-renew.service", "ops/systemd/lego@.service"]), (
        "[Unit]\n"
        "Description=Renew certificates with lego (DNS-01)\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        "Environment=CLOUDFLARE_EMAIL=%s\n"
        "Environment=CLOUDFLARE_DNS_API_TOKEN=%s\n"
        "Environment=CLOUDFLARE_PROPAGATION_TIMEOUT=180\n"
        "ExecStart=/usr/local/bin/lego --accept-tos --email %s --dns cloudflare "
        "-d %s -d *.%s --path /var/lib/lego renew --days 30\n"
        "User=lego\n" % (g.email(dom), s, g.email(dom), dom, dom))


@P("ns1", "api_key", s_ns1, "yaml", "NS1_API_KEY")
def t_lego_compose_ns1(g, s):
    dom = g.domain()
    return "docker-compose.yml", (
        "services:\n"
        "  lego:\n"
        "    image: goacme/lego:v4.%d.0\n"
        "    command: >-\n"
        "      --email %s --dns ns1 -d %s -d '*.%s' --path /data run\n"
        "    environment:\n"
        "      NS1_API_KEY: %s\n"
        "      NS1_PROPAGATION_TIMEOUT: \"120\"\n"
        "    volumes:\n"
        "      - ./lego-data:/data\n" % (g.randint(14, 22), g.email(dom), dom, dom, s))


@P("cloudflare", "api_token", s_cf_token, "yaml", "CF_DNS_API_TOKEN")
def t_traefik_compose(g, s):
    dom = g.domain()
    return g.pick(["docker-compose.yml", "stacks/proxy/compose.yaml"]), (
        "version: \"3.8\"\n"
        "services:\n"
        "  traefik:\n"
        "    image: traefik:v3.%d\n"
        "    command:\n"
        "      - --providers.docker=true\n"
        "      - --entrypoints.websecure.address=:443\n"
        "      - --certificatesresolvers.le.acme.email=%s\n"
        "      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json\n"
        "      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare\n"
        "    environment:\n"
        "      - CF_DNS_API_TOKEN=%s\n"
        "    ports:\n"
        "      - \"443:443\"\n"
        "    volumes:\n"
        "      - /var/run/docker.sock:/var/run/docker.sock:ro\n"
        "      - ./letsencrypt:/letsencrypt\n" % (g.randint(0, 4), g.email(dom), s))


@P("digitalocean", "api_token", s_do, "yaml", "DO_AUTH_TOKEN")
def t_traefik_k8s_do(g, s):
    return "k8s/traefik/deployment.yaml", (
        "apiVersion: apps/v1\n"
        "kind: Deployment\n"
        "metadata:\n"
        "  name: traefik\n"
        "  namespace: ingress\n"
        "spec:\n"
        "  replicas: 2\n"
        "  selector:\n"
        "    matchLabels: {app: traefik}\n"
        "  template:\n"
        "    metadata:\n"
        "      labels: {app: traefik}\n"
        "    spec:\n"
        "      containers:\n"
        "        - name: traefik\n"
        "          image: traefik:v2.11\n"
        "          args:\n"
        "            - --certificatesresolvers.do.acme.dnschallenge.provider=digitalocean\n"
        "          env:\n"
        "            - name: DO_AUTH_TOKEN\n"
        "              value: \"%s\"\n"
        "            - name: DO_POLLING_INTERVAL\n"
        "              value: \"10\"\n" % s)


@P("cloudflare", "api_token", s_cf_token, "caddy", "CLOUDFLARE_API_TOKEN")
def t_caddyfile_cf(g, s):
    dom = g.domain()
    return g.pick(["Caddyfile", "deploy/caddy/Caddyfile"]), (
        "{\n\temail %s\n}\n\n"
        "*.%s, %s {\n"
        "\ttls {\n"
        "\t\tdns cloudflare %s\n"
        "\t\tresolvers 1.1.1.1\n"
        "\t}\n"
        "\treverse_proxy app:8080\n"
        "}\n" % (g.email(dom), dom, dom, s))


@P("hetzner", "dns_api_token", s_hetzner, "caddy", "HETZNER_API_TOKEN")
def t_caddyfile_hetzner(g, s):
    dom = g.domain()
    return "caddy/Caddyfile", (
        "# built with: xcaddy build --with github.com/caddy-dns/hetzner\n"
        "%s {\n"
        "\ttls {\n"
        "\t\tdns hetzner %s\n"
        "\t\tpropagation_timeout 5m\n"
        "\t}\n"
        "\tfile_server\n"
        "}\n" % (dom, s))


@P("porkbun", "secret_api_key", s_porkbun_sk, "json", "PORKBUN_SECRET_API_KEY")
def t_caddy_json_porkbun(g, s):
    dom = g.domain()
    return "deploy/caddy/caddy.json", (
        "{\n"
        "  \"apps\": {\n"
        "    \"tls\": {\n"
        "      \"automation\": {\n"
        "        \"policies\": [\n"
        "          {\n"
        "            \"subjects\": [\"%s\", \"*.%s\"],\n"
        "            \"issuers\": [\n"
        "              {\n"
        "                \"module\": \"acme\",\n"
        "                \"challenges\": {\n"
        "                  \"dns\": {\n"
        "                    \"provider\": {\n"
        "                      \"name\": \"porkbun\",\n"
        "                      \"api_key\": \"%s\",\n"
        "                      \"api_secret_key\": \"%s\"\n"
        "                    }\n"
        "                  }\n"
        "                }\n"
        "              }\n"
        "            ]\n"
        "          }\n"
        "        ]\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}\n" % (dom, dom, porkbun_pk(g), s))


@P("rfc2136", "tsig_secret", s_tsig, "yaml", "tsig-secret-key")
def t_certmanager_rfc2136(g, s):
    dom = g.domain()
    return g.pick(["k8s/cert-manager/rfc2136-issuer.yaml", "clusters/prod/issuer.yaml"]), (
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata:\n"
        "  name: tsig-secret\n"
        "  namespace: cert-manager\n"
        "type: Opaque\n"
        "stringData:\n"
        "  tsig-secret-key: \"%s\"\n"
        "---\n"
        "apiVersion: cert-manager.io/v1\n"
        "kind: ClusterIssuer\n"
        "metadata:\n"
        "  name: letsencrypt-dns\n"
        "spec:\n"
        "  acme:\n"
        "    email: %s\n"
        "    server: https://acme-v02.api.letsencrypt.org/directory\n"
        "    privateKeySecretRef:\n"
        "      name: letsencrypt-dns-account\n"
        "    solvers:\n"
        "      - dns01:\n"
        "          rfc2136:\n"
        "            nameserver: %s:53\n"
        "            tsigKeyName: acme.%s.\n"
        "            tsigAlgorithm: HMACSHA256\n"
        "            tsigSecretSecretRef:\n"
        "              name: tsig-secret\n"
        "              key: tsig-secret-key\n" % (s, g.email(dom), g.ip(), dom))


@P("cloudflare", "api_token", s_cf_token, "yaml", "api-token")
def t_certmanager_cf(g, s):
    return "deploy/cert-manager/cloudflare-secret.yaml", (
        "# applied by the bootstrap job, namespace cert-manager\n"
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata:\n"
        "  name: cloudflare-api-token-secret\n"
        "  namespace: cert-manager\n"
        "  labels:\n"
        "    app.kubernetes.io/part-of: ingress\n"
        "type: Opaque\n"
        "stringData:\n"
        "  api-token: %s\n" % s)


# ---- DNS servers: BIND / Knot / nsupdate / PowerDNS -------------------------------

@P("rfc2136", "tsig_secret", s_tsig, "bind", "tsig")
def t_bind_key(g, s):
    dom = g.domain()
    return g.pick(["ops/bind/named.conf.local", "dns/bind/keys.conf"]), (
        "// TSIG key used by certbot / lego for _acme-challenge updates\n"
        "key \"acme-update.%s.\" {\n"
        "    algorithm hmac-sha256;\n"
        "    secret \"%s\";\n"
        "};\n\n"
        "zone \"%s\" {\n"
        "    type primary;\n"
        "    file \"/var/lib/bind/db.%s\";\n"
        "    update-policy {\n"
        "        grant acme-update.%s. name _acme-challenge.%s. TXT;\n"
        "    };\n"
        "};\n" % (dom, s, dom, dom, dom, dom))


@P("rfc2136", "tsig_secret", lambda g: s_tsig(g, "hmac-sha512"), "bind", "tsig")
def t_nsupdate_private(g, s):
    kid = g.randint(10000, 65000)
    return "ops/dns/Kacme-update.+165+%05d.private" % kid, (
        "Private-key-format: v1.3\n"
        "Algorithm: 165 (HMAC_SHA512)\n"
        "Key: %s\n"
        "Bits: AAA=\n"
        "Created: %s\n"
        "Publish: %s\n"
        "Activate: %s\n" % ((s,) + (g.date().replace("-", "") + "120000",) * 3))


@P("rfc2136", "tsig_secret", s_tsig, "yaml", "tsig")
def t_knot_conf(g, s):
    dom = g.domain()
    return "dns/knot/knot.conf", (
        "server:\n"
        "    listen: [ 0.0.0.0@53, ::@53 ]\n\n"
        "key:\n"
        "  - id: acme-%s\n"
        "    algorithm: hmac-sha256\n"
        "    secret: %s\n\n"
        "acl:\n"
        "  - id: acme_update\n"
        "    key: acme-%s\n"
        "    action: update\n"
        "    update-type: TXT\n\n"
        "zone:\n"
        "  - domain: %s\n"
        "    acl: acme_update\n" % (g.org(), s, g.org(), dom))


@P("powerdns", "api_key", s_pdns, "conf", "api-key")
def t_pdns_conf(g, s):
    return g.pick(["ops/powerdns/pdns.conf", "dns/pdns/pdns.d/api.conf"]), (
        "# PowerDNS Authoritative - API for ACME clients\n"
        "launch=gsqlite3\n"
        "gsqlite3-database=/var/lib/powerdns/pdns.sqlite3\n"
        "api=yes\n"
        "api-key=%s\n"
        "webserver=yes\n"
        "webserver-address=127.0.0.1\n"
        "webserver-port=8081\n"
        "webserver-allow-from=127.0.0.1,::1\n" % s)


# ---- Terraform -----------------------------------------------------------------------

@P("cloudflare", "api_token", s_cf_token, "tf", "cloudflare_api_token")
def t_tf_cloudflare(g, s):
    dom = g.domain()
    return g.pick(["terraform/dns/providers.tf", "infra/dns/main.tf"]), (
        "terraform {\n"
        "  required_providers {\n"
        "    cloudflare = {\n"
        "      source  = \"cloudflare/cloudflare\"\n"
        "      version = \"~> 4.%d\"\n"
        "    }\n"
        "  }\n"
        "}\n\n"
        "provider \"cloudflare\" {\n"
        "  api_token = \"%s\"\n"
        "}\n\n"
        "resource \"cloudflare_record\" \"spf\" {\n"
        "  zone_id = \"%s\"\n"
        "  name    = \"%s\"\n"
        "  type    = \"TXT\"\n"
        "  value   = \"v=spf1 include:_spf.google.com include:spf.mtasv.net ~all\"\n"
        "}\n" % (g.randint(20, 40), s, g.zone_id(), dom))


@P("aws_route53", "secret_access_key", s_aws_secret, "tf", "aws_secret_key")
def t_tf_aws(g, s):
    return "terraform/route53/provider.tf", (
        "provider \"aws\" {\n"
        "  region     = \"%s\"\n"
        "  access_key = \"%s\"\n"
        "  secret_key = \"%s\"\n"
        "}\n\n"
        "data \"aws_route53_zone\" \"primary\" {\n"
        "  name = \"%s.\"\n"
        "}\n" % (g.region(), g.akid(), s, g.domain()))


@P("dnsimple", "api_token", s_dnsimple, "tf", "dnsimple_token")
def t_tf_dnsimple(g, s):
    return "infra/terraform/dnsimple.tf", (
        "provider \"dnsimple\" {\n"
        "  token   = \"%s\"\n"
        "  account = \"%d\"\n"
        "}\n\n"
        "resource \"dnsimple_zone_record\" \"dmarc\" {\n"
        "  zone_name = \"%s\"\n"
        "  name      = \"_dmarc\"\n"
        "  type      = \"TXT\"\n"
        "  value     = \"v=DMARC1; p=quarantine; rua=mailto:dmarc@%s\"\n"
        "  ttl       = 3600\n"
        "}\n" % (s, g.randint(1000, 99999), g.domain(), g.domain()))


@P("hetzner", "dns_api_token", s_hetzner, "tf", "hetznerdns_token")
def t_tf_hetznerdns(g, s):
    return "terraform/hetzner-dns/main.tf", (
        "variable \"zone\" {\n  default = \"%s\"\n}\n\n"
        "provider \"hetznerdns\" {\n"
        "  apitoken = \"%s\"\n"
        "}\n\n"
        "resource \"hetznerdns_zone\" \"main\" {\n"
        "  name = var.zone\n"
        "  ttl  = 3600\n"
        "}\n" % (g.domain(), s))


# ---- Ansible -------------------------------------------------------------------------

@P("cloudflare", "api_token", s_cf_token, "yaml", "cloudflare_api_token")
def t_ansible_cf(g, s):
    name = g.pick(["cloudflare_api_token", "cf_token", "acme_dns_token", "dns_api_secret"])
    dom = g.domain()
    return g.pick(["ansible/group_vars/all.yml", "ansible/group_vars/webservers/vars.yml",
                   "roles/certs/defaults/main.yml"]), (
        "---\n"
        "acme_email: %s\n"
        "acme_directory: https://acme-v02.api.letsencrypt.org/directory\n"
        "acme_domains:\n"
        "  - %s\n"
        "  - \"*.%s\"\n"
        "%s: \"%s\"\n"
        "certbot_auto_renew_hour: %d\n" % (g.email(dom), dom, dom, name, s, g.randint(0, 23)))


@P("rfc2136", "tsig_secret", s_tsig, "yaml", "nsupdate_key_secret")
def t_ansible_nsupdate(g, s):
    dom = g.domain()
    return "ansible/roles/acme/tasks/challenge.yml", (
        "- name: Publish ACME challenge record\n"
        "  community.general.nsupdate:\n"
        "    server: \"%s\"\n"
        "    key_name: \"acme.%s\"\n"
        "    key_secret: \"%s\"\n"
        "    key_algorithm: hmac-sha256\n"
        "    zone: \"%s\"\n"
        "    record: \"_acme-challenge\"\n"
        "    type: TXT\n"
        "    value: \"{{ challenge_data }}\"\n"
        "    ttl: 60\n" % (g.ip(), dom, s, dom))


# ---- scripts and code talking to DNS APIs -------------------------------------------

@P("cloudflare", "api_token", s_cf_token, "py", "CLOUDFLARE_API_TOKEN")
def t_py_cloudflare(g, s):
    dom = g.domain()
    return g.pick(["tools/dns/cf_acme_hook.py", "scripts/cloudflare_txt.py"]), (
        "#!/usr/bin/env python3\n"
        "\"\"\"certbot --manual-auth-hook: publish _acme-challenge via Cloudflare.\"\"\"\n"
        "import os\n"
        "import time\n\n"
        "import CloudFlare\n\n"
        "ZONE = \"%s\"\n\n\n"
        "def main():\n"
        "    cf = CloudFlare.CloudFlare(token=\"%s\")\n"
        "    zone_id = cf.zones.get(params={\"name\": ZONE})[0][\"id\"]\n"
        "    name = \"_acme-challenge.\" + os.environ[\"CERTBOT_DOMAIN\"]\n"
        "    cf.zones.dns_records.post(zone_id, data={\n"
        "        \"type\": \"TXT\", \"name\": name,\n"
        "        \"content\": os.environ[\"CERTBOT_VALIDATION\"], \"ttl\": 120})\n"
        "    time.sleep(25)\n\n\n"
        "if __name__ == \"__main__\":\n"
        "    main()\n" % (dom, s))


@P("aws_route53", "secret_access_key", s_aws_secret, "py", "AWS_SECRET_ACCESS_KEY")
def t_py_boto3(g, s):
    return "tools/route53_sync.py", (
        "import boto3\n"
        "import json\n\n"
        "session = boto3.Session(\n"
        "    aws_access_key_id=\"%s\",\n"
        "    aws_secret_access_key=\"%s\",\n"
        "    region_name=\"%s\",\n"
        ")\n"
        "r53 = session.client(\"route53\")\n\n"
        "HOSTED_ZONE = \"%s\"\n\n\n"
        "def upsert_txt(name, value):\n"
        "    return r53.change_resource_record_sets(\n"
        "        HostedZoneId=HOSTED_ZONE,\n"
        "        ChangeBatch={\"Changes\": [{\"Action\": \"UPSERT\", \"ResourceRecordSet\": {\n"
        "            \"Name\": name, \"Type\": \"TXT\", \"TTL\": 300,\n"
        "            \"ResourceRecords\": [{\"Value\": json.dumps(value)}]}}]})\n"
        % (g.akid(), s, g.region(), g.r53_zone()))


@P("ns1", "api_key", s_ns1, "go", "NS1_APIKEY")
def t_go_ns1(g, s):
    return g.pick(["cmd/dnssync/main.go", "internal/dns/ns1client.go"]), (
        "package main\n\n"
        "import (\n"
        "\t\"log\"\n"
        "\t\"net/http\"\n"
        "\t\"time\"\n\n"
        "\tapi \"gopkg.in/ns1/ns1-go.v2/rest\"\n"
        ")\n\n"
        "func main() {\n"
        "\thttpClient := &http.Client{Timeout: 10 * time.Second}\n"
        "\tclient := api.NewClient(httpClient, api.SetAPIKey(\"%s\"))\n"
        "\tzones, _, err := client.Zones.List()\n"
        "\tif err != nil {\n"
        "\t\tlog.Fatal(err)\n"
        "\t}\n"
        "\tfor _, z := range zones {\n"
        "\t\tlog.Println(z.Zone)\n"
        "\t}\n"
        "}\n" % s)


@P("digitalocean", "api_token", s_do, "go", "DIGITALOCEAN_TOKEN")
def t_go_godo(g, s):
    return "internal/acme/digitalocean.go", (
        "package acme\n\n"
        "import (\n"
        "\t\"context\"\n\n"
        "\t\"github.com/digitalocean/godo\"\n"
        ")\n\n"
        "const zone = \"%s\"\n\n"
        "func newClient() *godo.Client {\n"
        "\treturn godo.NewFromToken(\"%s\")\n"
        "}\n\n"
        "func PresentTXT(ctx context.Context, name, value string) error {\n"
        "\t_, _, err := newClient().Domains.CreateRecord(ctx, zone, &godo.DomainRecordEditRequest{\n"
        "\t\tType: \"TXT\", Name: name, Data: value, TTL: 60,\n"
        "\t})\n"
        "\treturn err\n"
        "}\n" % (g.domain(), s))


@P("porkbun", "secret_api_key", s_porkbun_sk, "ps1", "PORKBUN_SECRET_API_KEY")
def t_ps1_porkbun(g, s):
    dom = g.domain()
    return g.pick(["scripts/Update-PorkbunTxt.ps1", "tools/porkbun/Set-AcmeRecord.ps1"]), (
        "param(\n"
        "    [Parameter(Mandatory)] [string] $Name,\n"
        "    [Parameter(Mandatory)] [string] $Value\n"
        ")\n\n"
        "$Domain = '%s'\n"
        "$Body = @{\n"
        "    apikey       = '%s'\n"
        "    secretapikey = '%s'\n"
        "    name         = $Name\n"
        "    type         = 'TXT'\n"
        "    content      = $Value\n"
        "    ttl          = '600'\n"
        "} | ConvertTo-Json\n\n"
        "Invoke-RestMethod -Method Post -ContentType 'application/json' `\n"
        "    -Uri \"https://api.porkbun.com/api/json/v3/dns/create/$Domain\" -Body $Body\n"
        % (dom, porkbun_pk(g), s))


@P("gandi", "personal_access_token", s_gandi_pat, "py", "GANDI_PAT")
def t_py_gandi(g, s):
    return "tools/gandi_livedns.py", (
        "import requests\n\n"
        "API = \"https://api.gandi.net/v5/livedns\"\n"
        "HEADERS = {\n"
        "    \"Authorization\": \"Bearer %s\",\n"
        "    \"Content-Type\": \"application/json\",\n"
        "}\n\n\n"
        "def set_txt(fqdn, name, values, ttl=300):\n"
        "    url = f\"{API}/domains/{fqdn}/records/{name}/TXT\"\n"
        "    r = requests.put(url, headers=HEADERS, json={\"rrset_values\": values, \"rrset_ttl\": ttl})\n"
        "    r.raise_for_status()\n"
        "    return r.json()\n" % s)


@P("desec", "api_token", s_desec, "sh", "DESEC_TOKEN")
def t_sh_desec(g, s):
    dom = g.domain()
    return "scripts/desec-acme-hook.sh", (
        "#!/bin/sh\n"
        "# certbot manual hook for deSEC\n"
        "set -e\n"
        "DOMAIN=\"%s\"\n"
        "curl -sS -X PUT \"https://desec.io/api/v1/domains/$DOMAIN/rrsets/\" \\\n"
        "  -H \"Authorization: Token %s\" \\\n"
        "  -H \"Content-Type: application/json\" \\\n"
        "  --data \"[{\\\"subname\\\": \\\"_acme-challenge\\\", \\\"type\\\": \\\"TXT\\\", \\\"ttl\\\": 3600, \\\"records\\\": [\\\"\\\\\\\"$CERTBOT_VALIDATION\\\\\\\"\\\"]}]\"\n"
        "sleep 60\n" % (dom, s))


@P("hetzner", "dns_api_token", s_hetzner, "sh", "HETZNER_DNS_TOKEN")
def t_sh_hetzner_curl(g, s):
    return g.pick(["scripts/hetzner-records.sh", "ops/dns/list-records.sh"]), (
        "#!/usr/bin/env bash\n"
        "ZONE_ID=\"%s\"\n\n"
        "curl -s \"https://dns.hetzner.com/api/v1/records?zone_id=${ZONE_ID}\" \\\n"
        "     -H 'Auth-API-Token: %s' | jq '.records[] | {name, type, value}'\n"
        % (g.alnum(22), s))


@P("namecheap", "api_key", s_namecheap, "py", "NAMECHEAP_API_KEY")
def t_py_namecheap_url(g, s):
    user = g.person() + str(g.randint(10, 99))
    return "tools/namecheap_hosts.py", (
        "import urllib.request\n"
        "import xml.etree.ElementTree as ET\n\n"
        "URL = (\"https://api.namecheap.com/xml.response?ApiUser=%s&ApiKey=%s\"\n"
        "       \"&UserName=%s&Command=namecheap.domains.dns.getHosts\"\n"
        "       \"&ClientIp=%s&SLD=%s&TLD=com\")\n\n"
        "with urllib.request.urlopen(URL, timeout=20) as resp:\n"
        "    tree = ET.fromstring(resp.read())\n"
        "for host in tree.iter(\"{http://api.namecheap.com/xml.response}host\"):\n"
        "    print(host.get(\"Name\"), host.get(\"Type\"), host.get(\"Address\"))\n"
        % (user, s, user, g.ip(), g.org()))


@P("cloudflare", "api_token", s_cf_token, "md", "CF_API_TOKEN")
def t_md_runbook_cf(g, s):
    dom = g.domain()
    return g.pick(["docs/runbooks/dns-acme.md", "docs/ops/certificate-renewal.md"]), (
        "# Certificate renewal runbook (%s)\n\n"
        "Owner: platform team. Pager: #ops-dns.\n\n"
        "## 1. Check the challenge record\n\n"
        "```sh\n"
        "dig +short TXT _acme-challenge.%s @1.1.1.1\n"
        "```\n\n"
        "## 2. Remove a stale record by hand\n\n"
        "```sh\n"
        "curl -X GET \"https://api.cloudflare.com/client/v4/zones/%s/dns_records?type=TXT\" \\\n"
        "  -H \"Authorization: Bearer %s\" \\\n"
        "  -H \"Content-Type: application/json\"\n"
        "```\n\n"
        "## 3. Re-run the renewal\n\n"
        "`sudo certbot renew --cert-name %s --dry-run`\n" % (dom, dom, g.zone_id(), s, dom))


@P("porkbun", "secret_api_key", s_porkbun_sk, "docker", "PORKBUN_SECRET_API_KEY")
def t_dockerfile_porkbun(g, s):
    return g.pick(["Dockerfile", "docker/certbot/Dockerfile"]), (
        "FROM certbot/certbot:v2.%d.0\n"
        "RUN pip install --no-cache-dir certbot-dns-porkbun==0.%d.0\n"
        "ENV PORKBUN_API_KEY=%s\n"
        "ENV PORKBUN_SECRET_API_KEY=%s\n"
        "COPY renew.sh /usr/local/bin/renew.sh\n"
        "ENTRYPOINT [\"/usr/local/bin/renew.sh\"]\n"
        % (g.randint(5, 11), g.randint(2, 11), porkbun_pk(g), s))


@P("digitalocean", "api_token", s_do, "yaml", "DIGITALOCEAN_ACCESS_TOKEN")
def t_gha_do(g, s):
    dom = g.domain()
    return ".github/workflows/renew-certs.yml", (
        "name: renew-certificates\n"
        "on:\n"
        "  schedule:\n"
        "    - cron: \"17 3 * * 1\"\n"
        "  workflow_dispatch: {}\n\n"
        "jobs:\n"
        "  renew:\n"
        "    runs-on: ubuntu-latest\n"
        "    env:\n"
        "      DO_AUTH_TOKEN: %s\n"
        "      LEGO_EMAIL: %s\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - name: lego\n"
        "        run: |\n"
        "          lego --accept-tos --email \"$LEGO_EMAIL\" --dns digitalocean \\\n"
        "            -d %s -d '*.%s' run\n" % (s, g.email(dom), dom, dom))


@P("cloudflare", "api_token", s_cf_token, "log", "CF_Token")
def t_log_acmesh(g, s):
    dom = g.domain()
    t = g.logts()
    return g.pick(["logs/acme.sh.log", "var/log/acme-renew.log"]), (
        "[%s] Renew: '%s'\n"
        "[%s] Renew to Le_API=https://acme-v02.api.letsencrypt.org/directory\n"
        "[%s] Using CA: https://acme-v02.api.letsencrypt.org/directory\n"
        "[%s] Multi domain='DNS:%s,DNS:*.%s'\n"
        "[%s] _saveaccountconf_mutable CF_Token='%s'\n"
        "[%s] Getting domain auth token for each domain\n"
        "[%s] Adding txt value: %s for domain:  _acme-challenge.%s\n"
        "[%s] The txt record is added: Success.\n"
        "[%s] Sleep 20 seconds for the txt records to take effect\n"
        % (t, dom, t, t, t, dom, dom, t, s, t, t, g.b64url(32), dom, t, t))


# ---- DKIM private keys -----------------------------------------------------------------

@P("dkim", "private_key", s_dkim_rsa, "pem", "dkim")
def t_dkim_key_file(g, s):
    dom = g.domain()
    sel = g.selector()
    return g.pick(["opendkim/keys/%s/%s.private" % (dom, sel),
                   "mail/dkim/%s.%s.key" % (dom, sel),
                   "roles/opendkim/files/%s.private" % sel]), s + "\n"


@P("dkim", "private_key", s_dkim_rsa, "pem", "dkim")
def t_dkim_ansible(g, s):
    dom = g.domain()
    return g.pick(["ansible/host_vars/mx1.yml", "ansible/group_vars/mail/dkim.yml"]), (
        "---\n"
        "opendkim_domain: %s\n"
        "opendkim_selector: %s\n"
        "opendkim_canonicalization: relaxed/simple\n"
        "opendkim_private_key: |\n"
        "%s\n"
        "opendkim_trusted_hosts:\n"
        "  - 127.0.0.1\n"
        "  - ::1\n"
        "  - %s\n" % (dom, g.selector(), indent(s, "  "), g.ip()))


@P("dkim", "private_key", s_dkim_rsa, "pem", "dkim")
def t_dkim_k8s(g, s):
    dom = g.domain()
    sel = g.selector()
    return "k8s/mail/rspamd-dkim-secret.yaml", (
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata:\n"
        "  name: rspamd-dkim\n"
        "  namespace: mail\n"
        "type: Opaque\n"
        "stringData:\n"
        "  %s.%s.key: |\n"
        "%s\n" % (dom, sel, indent(s, "    ")))


@P("dkim", "private_key", s_dkim_ed, "pem", "dkim")
def t_dkim_ed25519(g, s):
    dom = g.domain()
    sel = "ed" + g.selector()
    return "mail/dkim/%s.%s.ed25519.key" % (dom, sel), (
        "%s\n" % s)


@P("dkim", "private_key", s_dkim_rsa, "pem", "dkim")
def t_dkim_python(g, s):
    dom = g.domain()
    return "app/mail/signing.py", (
        "import dkim\n\n"
        "SELECTOR = b\"%s\"\n"
        "DOMAIN = b\"%s\"\n"
        "PRIVATE_KEY = b\"\"\"%s\"\"\"\n\n\n"
        "def sign(message: bytes) -> bytes:\n"
        "    sig = dkim.sign(message, SELECTOR, DOMAIN, PRIVATE_KEY,\n"
        "                    include_headers=[b\"from\", b\"to\", b\"subject\", b\"date\"])\n"
        "    return sig + message\n" % (g.selector(), dom, s))


# ---- sending / deliverability ------------------------------------------------------

@P("postmark", "server_token", s_postmark, "py", "POSTMARK_SERVER_TOKEN")
def t_py_postmark_settings(g, s):
    name = g.pick(["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN", "MAIL_TRANSPORT_KEY",
                   "TRANSACTIONAL_MAIL_SECRET"])
    dom = g.domain()
    return g.pick(["config/settings/production.py", "app/settings.py"]), (
        "from .base import *  # noqa\n\n"
        "DEBUG = False\n"
        "ALLOWED_HOSTS = [\"%s\", \"www.%s\"]\n\n"
        "EMAIL_BACKEND = \"postmarker.django.EmailBackend\"\n"
        "DEFAULT_FROM_EMAIL = \"%s\"\n"
        "POSTMARK = {\n"
        "    \"TOKEN\": \"%s\",\n"
        "    \"TEST_MODE\": False,\n"
        "    \"VERBOSITY\": 0,\n"
        "}\n"
        "%s = POSTMARK[\"TOKEN\"]\n" % (dom, dom, g.email(dom), s, name))


@P("postmark", "account_token", s_postmark, "md", "POSTMARK_ACCOUNT_TOKEN")
def t_md_postmark_account(g, s):
    dom = g.domain()
    return "docs/email/postmark-domains.md", (
        "# Adding a sender domain in Postmark\n\n"
        "1. Create the domain through the account API:\n\n"
        "```bash\n"
        "curl \"https://api.postmarkapp.com/domains\" \\\n"
        "  -X POST \\\n"
        "  -H \"Accept: application/json\" \\\n"
        "  -H \"Content-Type: application/json\" \\\n"
        "  -H \"X-Postmark-Account-Token: %s\" \\\n"
        "  -d '{\"Name\": \"%s\", \"ReturnPathDomain\": \"pm-bounces.%s\"}'\n"
        "```\n\n"
        "2. Publish the DKIM TXT and Return-Path CNAME shown in the response.\n"
        "3. Verify with `POST /domains/{id}/verifyDkim`.\n" % (s, dom, dom))


@P("postmark", "server_token", s_postmark, "toml", "server_token")
def t_toml_postmark(g, s):
    return g.pick(["config/mailer.toml", "deploy/app.toml"]), (
        "[app]\n"
        "name = \"%s-notify\"\n"
        "workers = %d\n\n"
        "[email]\n"
        "provider = \"postmark\"\n"
        "from = \"%s\"\n"
        "message_stream = \"outbound\"\n\n"
        "[email.postmark]\n"
        "%s = \"%s\"\n"
        "track_opens = false\n" % (g.org(), g.randint(2, 16), g.email(),
                                   g.pick(["server_token", "transport_secret", "api"]), s))


@P("sendgrid", "api_key", s_sendgrid, "conf", "sasl_passwd")
def t_postfix_sasl_sendgrid(g, s):
    return g.pick(["postfix/sasl_passwd", "ops/postfix/sasl_passwd"]), (
        "# postmap /etc/postfix/sasl_passwd after editing\n"
        "[smtp.sendgrid.net]:587 apikey:%s\n" % s)


@P("sendgrid", "api_key", s_sendgrid, "js", "SENDGRID_API_KEY")
def t_js_sendgrid(g, s):
    dom = g.domain()
    return g.pick(["src/lib/mailer.js", "server/notifications/email.js"]), (
        "const sgMail = require('@sendgrid/mail');\n\n"
        "sgMail.setApiKey('%s');\n\n"
        "async function sendReceipt(to, order) {\n"
        "  const msg = {\n"
        "    to,\n"
        "    from: 'receipts@%s',\n"
        "    templateId: 'd-%s',\n"
        "    dynamicTemplateData: { order },\n"
        "  };\n"
        "  await sgMail.send(msg);\n"
        "}\n\n"
        "module.exports = { sendReceipt };\n" % (s, dom, g.hex(32)))


@P("sparkpost", "api_key", s_sparkpost, "xml", "SparkPostApiKey")
def t_xml_sparkpost(g, s):
    key = g.pick(["SparkPostApiKey", "MailRelayKey", "Notifications.Transport.Key"])
    return g.pick(["src/Web/App.config", "Notifier/app.config"]), (
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<configuration>\n"
        "  <appSettings>\n"
        "    <add key=\"Environment\" value=\"Production\" />\n"
        "    <add key=\"SparkPostEndpoint\" value=\"https://api.eu.sparkpost.com/api/v1\" />\n"
        "    <add key=\"%s\" value=\"%s\" />\n"
        "    <add key=\"DefaultSender\" value=\"%s\" />\n"
        "  </appSettings>\n"
        "  <startup>\n"
        "    <supportedRuntime version=\"v4.0\" sku=\".NETFramework,Version=v4.8\" />\n"
        "  </startup>\n"
        "</configuration>\n" % (key, s, g.email()))


@P("sparkpost", "api_key", s_sparkpost, "php", "SPARKPOST_API_KEY")
def t_php_sparkpost(g, s):
    return "src/Mail/SparkPostTransport.php", (
        "<?php\n\n"
        "namespace App\\Mail;\n\n"
        "use GuzzleHttp\\Client;\n\n"
        "final class SparkPostTransport\n"
        "{\n"
        "    private Client $http;\n\n"
        "    public function __construct()\n"
        "    {\n"
        "        $this->http = new Client([\n"
        "            'base_uri' => 'https://api.sparkpost.com/api/v1/',\n"
        "            'headers' => [\n"
        "                'Authorization' => '%s',\n"
        "                'Content-Type' => 'application/json',\n"
        "            ],\n"
        "        ]);\n"
        "    }\n"
        "}\n" % s)


@P("mailgun", "api_key", s_mailgun, "py", "MAILGUN_API_KEY")
def t_py_mailgun(g, s):
    dom = "mg." + g.domain()
    return g.pick(["app/notify/mailgun.py", "scripts/send_digest.py"]), (
        "import requests\n\n"
        "MG_DOMAIN = \"%s\"\n\n\n"
        "def send(to, subject, text):\n"
        "    return requests.post(\n"
        "        f\"https://api.eu.mailgun.net/v3/{MG_DOMAIN}/messages\",\n"
        "        auth=(\"api\", \"%s\"),\n"
        "        data={\"from\": f\"Digest <digest@{MG_DOMAIN}>\", \"to\": [to],\n"
        "              \"subject\": subject, \"text\": text},\n"
        "        timeout=15,\n"
        "    )\n" % (dom, s))


@P("mailgun", "webhook_signing_key", s_mailgun_signing, "py", "MAILGUN_WEBHOOK_SIGNING_KEY")
def t_py_mailgun_signing(g, s):
    return "webhooks/mailgun_verify.py", (
        "import hashlib\n"
        "import hmac\n\n"
        "SIGNING_KEY = \"%s\"\n\n\n"
        "def verify(token: str, timestamp: str, signature: str) -> bool:\n"
        "    digest = hmac.new(SIGNING_KEY.encode(), (timestamp + token).encode(),\n"
        "                      hashlib.sha256).hexdigest()\n"
        "    return hmac.compare_digest(digest, signature)\n" % s)


@P("mailgun", "api_key", s_mailgun, "ini", "MAILGUN_API_KEY")
def t_ini_mailgun(g, s):
    return g.pick(["config/app.ini", "etc/newsletter.cfg"]), (
        "[general]\n"
        "debug = false\n"
        "timezone = Europe/Berlin\n\n"
        "[mailgun]\n"
        "domain = mg.%s\n"
        "region = eu\n"
        "%s = %s\n\n"
        "[queue]\n"
        "url = redis://127.0.0.1:6379/2\n" % (g.domain(), g.pick(["api_key", "auth", "private"]), s))


@P("aws_ses", "smtp_password", s_ses_smtp, "conf", "sasl_passwd")
def t_postfix_sasl_ses(g, s):
    return g.pick(["postfix/sasl_passwd", "roles/postfix/files/sasl_passwd"]), (
        "[email-smtp.%s.amazonaws.com]:587 %s:%s\n" % (g.region(), g.akid(), s))


@P("aws_ses", "smtp_password", s_ses_smtp, "props", "spring.mail.password")
def t_props_ses(g, s):
    return g.pick(["src/main/resources/application-prod.properties",
                   "config/application.properties"]), (
        "server.port=8080\n"
        "spring.mail.host=email-smtp.%s.amazonaws.com\n"
        "spring.mail.port=587\n"
        "spring.mail.username=%s\n"
        "spring.mail.password=%s\n"
        "spring.mail.properties.mail.smtp.auth=true\n"
        "spring.mail.properties.mail.smtp.starttls.enable=true\n"
        "app.mail.from=%s\n" % (g.region(), g.akid(), s, g.email()))


@P("aws_ses", "smtp_password", s_ses_smtp, "go", "SES_SMTP_PASSWORD")
def t_go_ses(g, s):
    reg = g.region()
    return "internal/mail/smtp.go", (
        "package mail\n\n"
        "import \"net/smtp\"\n\n"
        "const host = \"email-smtp.%s.amazonaws.com\"\n\n"
        "func Send(from string, to []string, msg []byte) error {\n"
        "\tauth := smtp.PlainAuth(\"\", \"%s\", \"%s\", host)\n"
        "\treturn smtp.SendMail(host+\":587\", auth, from, to, msg)\n"
        "}\n" % (reg, g.akid(), s))


@P("aws_ses", "smtp_password", s_ses_smtp, "sql", "password")
def t_sql_ses(g, s):
    return g.pick(["db/seeds/020_smtp_relays.sql", "migrations/0042_seed_relays.sql"]), (
        "-- seed outbound relays for the notification service\n"
        "INSERT INTO smtp_relays (name, host, port, username, password, enabled) VALUES\n"
        "  ('ses-%s', 'email-smtp.%s.amazonaws.com', 587, '%s', '%s', TRUE);\n"
        "INSERT INTO smtp_relays (name, host, port, username, password, enabled) VALUES\n"
        "  ('local', 'localhost', 25, NULL, NULL, FALSE);\n"
        % (g.region(), g.region(), g.akid(), s))


@P("aws_ses", "smtp_password", s_ses_smtp, "conf", "password")
def t_msmtprc_ses(g, s):
    return g.pick(["ops/msmtp/msmtprc", "docker/cron/msmtprc"]), (
        "defaults\n"
        "auth           on\n"
        "tls            on\n"
        "tls_trust_file /etc/ssl/certs/ca-certificates.crt\n"
        "logfile        /var/log/msmtp.log\n\n"
        "account        ses\n"
        "host           email-smtp.%s.amazonaws.com\n"
        "port           587\n"
        "from           %s\n"
        "user           %s\n"
        "password       %s\n\n"
        "account default : ses\n" % (g.region(), g.email(), g.akid(), s))


# ---- verification services ----------------------------------------------------------

@P("zerobounce", "api_key", s_zerobounce, "py", "ZEROBOUNCE_API_KEY")
def t_py_zerobounce(g, s):
    return g.pick(["etl/clean_list.py", "tools/verify_signups.py"]), (
        "import csv\n"
        "import sys\n\n"
        "from zerobouncesdk import ZeroBounce\n\n"
        "zb = ZeroBounce(\"%s\")\n\n"
        "with open(sys.argv[1], newline=\"\") as fh:\n"
        "    for row in csv.DictReader(fh):\n"
        "        res = zb.validate(row[\"email\"])\n"
        "        print(row[\"email\"], res.status, res.sub_status)\n" % s)


@P("neverbounce", "api_key", s_neverbounce, "js", "NEVERBOUNCE_API_KEY")
def t_js_neverbounce(g, s):
    return "src/signup/verifyEmail.js", (
        "const NeverBounce = require('neverbounce');\n\n"
        "const client = new NeverBounce({ apiKey: '%s' });\n\n"
        "export async function isDeliverable(email) {\n"
        "  const result = await client.single.check(email, true, true);\n"
        "  return result.is(['valid', 'catchall']);\n"
        "}\n" % s)


@P("kickbox", "api_key", s_kickbox, "rb", "KICKBOX_API_KEY")
def t_rb_kickbox(g, s):
    return g.pick(["app/services/email_verifier.rb", "lib/kickbox_check.rb"]), (
        "require 'kickbox'\n\n"
        "class EmailVerifier\n"
        "  def initialize\n"
        "    client = Kickbox::Client.new('%s')\n"
        "    @kickbox = client.kickbox\n"
        "  end\n\n"
        "  def deliverable?(address)\n"
        "    @kickbox.verify(address).body['result'] == 'deliverable'\n"
        "  end\n"
        "end\n" % s)


@P("glockapps", "api_key", s_glockapps, "json", "apiKey")
def t_json_glockapps(g, s):
    return "integrations/glockapps.json", json.dumps({
        "name": "seed-test-%s" % g.org(),
        "provider": "glockapps",
        "endpoint": "https://api.glockapps.com/gateway/spamtest-v2/api",
        g.pick(["apiKey", "auth", "gatewayCredential"]): s,
        "schedule": "0 6 * * 1",
        "senders": [g.email(), g.email()],
        "notify": ["#deliverability"],
    }, indent=2) + "\n"


@P("validity", "api_key", s_validity, "yaml", "everest_api_key")
def t_yaml_validity(g, s):
    return "config/deliverability.yml", (
        "deliverability:\n"
        "  seedlist_provider: validity-everest\n"
        "  everest:\n"
        "    base_url: https://api.everest.validity.com/api/2.0\n"
        "    %s: %s\n"
        "    campaign_tag: %s\n"
        "  thresholds:\n"
        "    inbox_rate_warn: 0.85\n"
        "    inbox_rate_page: 0.70\n" % (g.pick(["api_key", "credential", "auth"]), s, g.org()))


# ---- secure e-mail gateways / security APIs ------------------------------------------

@P("proofpoint_tap", "service_secret", s_tap_secret, "py", "TAP_SECRET")
def t_py_tap(g, s):
    return g.pick(["collectors/tap_siem.py", "soc/pull_tap_events.py"]), (
        "import requests\n\n"
        "TAP = \"https://tap-api-v2.proofpoint.com/v2/siem/all\"\n"
        "PRINCIPAL = \"%s\"\n\n\n"
        "def fetch(since_seconds=3600):\n"
        "    r = requests.get(TAP, params={\"format\": \"json\", \"sinceSeconds\": since_seconds},\n"
        "                     auth=(PRINCIPAL, \"%s\"), timeout=60)\n"
        "    r.raise_for_status()\n"
        "    return r.json()\n" % (g.uuid(), s))


@P("proofpoint_tap", "service_secret", s_tap_secret, "yaml", "secret")
def t_yaml_tap_agent(g, s):
    return "elastic-agent/inputs.d/proofpoint_tap.yml", (
        "inputs:\n"
        "  - type: httpjson\n"
        "    id: proofpoint-tap-clicks\n"
        "    data_stream:\n"
        "      dataset: proofpoint_tap.clicks_blocked\n"
        "    request.url: https://tap-api-v2.proofpoint.com/v2/siem/clicks/blocked\n"
        "    interval: 5m\n"
        "    auth.basic:\n"
        "      user: %s\n"
        "      password: %s\n" % (g.uuid(), s))


@P("mimecast", "secret_key", s_mimecast_secret, "ps1", "MimecastSecretKey")
def t_ps1_mimecast(g, s):
    return g.pick(["scripts/Get-MimecastHeld.ps1", "tools/mimecast/Invoke-McApi.ps1"]), (
        "$baseUrl   = 'https://eu-api.mimecast.com'\n"
        "$uri       = '/api/gateway/get-hold-message-list'\n"
        "$appId     = '%s'\n"
        "$appKey    = '%s'\n"
        "$accessKey = '%s'\n"
        "$secretKey = '%s'\n\n"
        "$requestId = [guid]::NewGuid().Guid\n"
        "$hdrDate   = (Get-Date).ToUniversalTime().ToString('ddd, dd MMM yyyy HH:mm:ss UTC')\n"
        "$sha       = New-Object System.Security.Cryptography.HMACSHA1\n"
        "$sha.Key   = [Convert]::FromBase64String($secretKey)\n"
        "$sig       = $sha.ComputeHash([Text.Encoding]::UTF8.GetBytes(\"$hdrDate`:$requestId`:$uri`:$appKey\"))\n"
        "$headers   = @{ 'Authorization' = \"MC ${accessKey}:$([Convert]::ToBase64String($sig))\";\n"
        "                'x-mc-app-id' = $appId; 'x-mc-date' = $hdrDate; 'x-mc-req-id' = $requestId }\n"
        "Invoke-RestMethod -Method Post -Uri \"$baseUrl$uri\" -Headers $headers -Body '{\"data\":[]}'\n"
        % (g.uuid(), g.uuid(), g.companion(s_mimecast_access(g), ["<access-key>", "$env:MC_ACCESS_KEY"]), s))


@P("mimecast", "client_secret", s_mimecast2, "json", "client_secret")
def t_json_mimecast2(g, s):
    return "integrations/mimecast/config.json", json.dumps({
        "base_url": "https://api.services.mimecast.com",
        "client_id": g.alnum(32),
        g.pick(["client_secret", "app_credential", "oauth_secret"]): s,
        "poll_interval_seconds": 300,
        "streams": ["siem", "ttp-url", "ttp-attachment"],
    }, indent=4) + "\n"


@P("barracuda", "api_token", s_generic, "yaml", "BARRACUDA_API_TOKEN")
def t_yaml_barracuda(g, s):
    return g.pick(["soar/connectors/barracuda_ess.yaml", "playbooks/vars/barracuda.yml"]), (
        "connector: barracuda-email-security\n"
        "account_id: %d\n"
        "domain: %s\n"
        "api:\n"
        "  url: https://api.barracudanetworks.com/beta/accounts/{account_id}/ess\n"
        "  %s: %s\n"
        "actions:\n"
        "  - quarantine_release\n"
        "  - sender_policy_block\n" % (g.randint(1000000, 9999999), g.domain(),
                                        g.pick(["token", "bearer", "auth_value"]), s))


@P("cisco_secure_email", "api_password", s_password, "py", "ESA_PASSWORD")
def t_py_cisco_esa(g, s):
    host = "esa%d.%s" % (g.randint(1, 4), g.domain())
    return "tools/esa_tracking.py", (
        "import requests\n"
        "from requests.auth import HTTPBasicAuth\n\n"
        "ESA = \"https://%s:6443\"\n"
        "AUTH = HTTPBasicAuth(\"%s\", \"%s\")\n\n\n"
        "def message_tracking(start, end):\n"
        "    url = f\"{ESA}/esa/api/v2.0/message-tracking/messages\"\n"
        "    params = {\"startDate\": start, \"endDate\": end, \"searchOption\": \"messages\"}\n"
        "    return requests.get(url, params=params, auth=AUTH, verify=True, timeout=30).json()\n"
        % (host, g.pick(["apiuser", "svc-soc", "admin", "tracking"]), s))


@P("abnormal", "api_token", s_generic, "go", "ABNORMAL_API_TOKEN")
def t_go_abnormal(g, s):
    return "internal/abnormal/client.go", (
        "package abnormal\n\n"
        "import (\n"
        "\t\"net/http\"\n"
        "\t\"time\"\n"
        ")\n\n"
        "const baseURL = \"https://api.abnormalplatform.com/v1\"\n\n"
        "func NewRequest(path string) (*http.Request, error) {\n"
        "\treq, err := http.NewRequest(http.MethodGet, baseURL+path, nil)\n"
        "\tif err != nil {\n"
        "\t\treturn nil, err\n"
        "\t}\n"
        "\treq.Header.Set(\"Authorization\", \"Bearer %s\")\n"
        "\treturn req, nil\n"
        "}\n\n"
        "var Client = &http.Client{Timeout: 30 * time.Second}\n" % s)


# ---- DMARC / SPF tooling ------------------------------------------------------------

@P("valimail", "api_token", s_generic, "yaml", "VALIMAIL_API_TOKEN")
def t_gha_valimail(g, s):
    return ".github/workflows/dmarc-report.yml", (
        "name: weekly-dmarc-report\n"
        "on:\n"
        "  schedule:\n"
        "    - cron: \"0 7 * * 1\"\n"
        "jobs:\n"
        "  report:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - run: python tools/valimail_report.py --days 7\n"
        "        env:\n"
        "          VALIMAIL_ACCOUNT: %s\n"
        "          VALIMAIL_API_TOKEN: %s\n" % (g.org(), s))


@P("dmarcian", "api_token", s_generic, "py", "DMARCIAN_TOKEN")
def t_py_dmarcian(g, s):
    return "tools/dmarcian_export.py", (
        "import requests\n\n"
        "session = requests.Session()\n"
        "session.headers[\"Authorization\"] = \"Token %s\"\n\n"
        "def domains():\n"
        "    r = session.get(\"https://dmarcian.com/api/v1/domains/\", timeout=30)\n"
        "    r.raise_for_status()\n"
        "    return [d[\"name\"] for d in r.json()[\"results\"]]\n" % s)


@P("easydmarc", "api_key", s_generic, "json", "apiKey")
def t_json_easydmarc(g, s):
    return "config/integrations/easydmarc.json", json.dumps({
        "service": "easydmarc",
        "organizationId": g.uuid(),
        g.pick(["apiKey", "auth", "accessValue"]): s,
        "domains": [g.domain(), g.domain()],
        "alerts": {"email": g.email(), "minFailRate": 0.02},
    }, indent=2) + "\n"


@P("redsift", "api_key", s_generic, "yaml", "ONDMARC_API_KEY")
def t_yaml_redsift(g, s):
    return g.pick(["helm/dmarc-exporter/values.yaml", "deploy/values-prod.yaml"]), (
        "image:\n"
        "  repository: ghcr.io/%s/dmarc-exporter\n"
        "  tag: \"%s\"\n"
        "ondmarc:\n"
        "  endpoint: https://api.ondmarc.redsift.com\n"
        "  %s: \"%s\"\n"
        "  domains:\n"
        "    - %s\n"
        "resources:\n"
        "  limits: {cpu: 200m, memory: 128Mi}\n" % (g.org(), g.version(),
                                                   g.pick(["apiKey", "key", "credential"]), s, g.domain()))


@P("uriports", "api_token", s_generic, "sh", "URIPORTS_TOKEN")
def t_sh_uriports(g, s):
    return "scripts/fetch-tlsrpt.sh", (
        "#!/usr/bin/env bash\n"
        "# nightly pull of TLS-RPT and DMARC summaries\n"
        "set -euo pipefail\n"
        "OUT=\"reports/$(date +%%F)\"\n"
        "mkdir -p \"$OUT\"\n"
        "curl -fsS -H \"Authorization: Bearer %s\" \\\n"
        "  \"https://app.uriports.com/api/v1/reports?type=tlsrpt&days=1\" > \"$OUT/tlsrpt.json\"\n"
        % s)


@P("mailgun", "api_key", s_mailgun, "csv", "api_key")
def t_csv_tenants(g, s):
    rows = ["tenant,provider,sending_domain,api_key,notes"]
    slot = g.randint(0, 3)
    for i in range(5):
        dom = g.domain()
        if i == slot:
            rows.append("%s,mailgun,mg.%s,%s,migrated %s" % (g.org(), dom, s, g.date()))
        else:
            rows.append("%s,%s,%s,vault:secret/mail/%s,%s" % (
                g.org(), g.pick(["postmark", "ses", "sendgrid"]), dom, g.org(),
                g.pick(["", "pending DKIM", "shared IP pool"])))
    return "data/mail_tenants.csv", "\n".join(rows) + "\n"


@P("postmark", "server_token", s_postmark, "sh", "POSTMARK_SERVER_TOKEN")
def t_dotenv_postmark(g, s):
    return g.pick([".env", ".env.production", "services/notify/.env"]), (
        "NODE_ENV=production\n"
        "PORT=3000\n"
        "MAIL_FROM=%s\n"
        "POSTMARK_SERVER_TOKEN=%s\n"
        "POSTMARK_MESSAGE_STREAM=outbound\n" % (g.email(), s))


@P("sparkpost", "api_key", s_sparkpost, "http", "Authorization")
def t_http_basic(g, s):
    blob = base64.b64encode((s + ":").encode()).decode()
    return "api-tests/sparkpost.http", (
        "### list sending domains\n"
        "GET https://api.sparkpost.com/api/v1/sending-domains\n"
        "Accept: application/json\n"
        "Authorization: Basic %s\n\n"
        "### metrics\n"
        "GET https://api.sparkpost.com/api/v1/metrics/deliverability?from=%sT00:00\n"
        "Accept: application/json\n" % (blob, g.date())), blob


@P("cisco_secure_email", "api_password", lambda g: g.password(urlsafe=True), "yaml", "password")
def t_yaml_url_password(g, s):
    return "monitoring/esa-exporter.yml", (
        "targets:\n"
        "  - name: esa-%d\n"
        "    url: https://%s:%s@esa%d.%s:6443/esa/api/v2.0/health\n"
        "    interval: 60s\n"
        "labels:\n"
        "  team: mail-security\n" % (g.randint(1, 4), g.pick(["monitor", "svc-health"]), s,
                                     g.randint(1, 4), g.domain()))


# =====================================================================================
# Negatives, part 1: fillers for the positive templates' credential slot.
# =====================================================================================
DOC_EXAMPLES = {
    # documented example values (provider docs, official SDK READMEs, lego docs)
    "sendgrid": ["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"],
    "sparkpost": ["14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf"],
    "mailgun": ["key-3ax6xnjp29jd6fds4gc373sgvjxteol0"],
    "aws_route53": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "cloudflare": ["1234567890abcdefghijklmnopqrstuvwxyz"],
    "cloudflare:global_api_key": ["b9841238feb177a84330febba8a83208921177bffe733"],
    "rfc2136": ["YWJjZGVmZGdoaWprbG1ub3BxcnN0dXZ3eHl6MTIzNDU="],
    "dnsimple": ["1234567890abcdefghijklmnopqrstuvwxyz"],
    "gandi": ["abcdefghijklmnopqrstuvwx"],
    "neverbounce": ["secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "hetzner": ["xxxxxxxxxxxxxxxxxxxxx"],
    "ns1": ["qACMD09OJXBxT7XOuRs8"],
    "postmark": ["POSTMARK_API_TEST"],
}


def public_value(g, prov):
    """A value that announces itself as public and fits a key slot, or None.

    Public identifiers that do not announce themselves (zone ids, Mimecast app ids,
    Proofpoint principals) are only used in their own fields (see n_public_ids), never
    in a secret's slot, where a reader could not tell them from a secret.
    """
    if prov == "mailgun":
        return "pubkey-" + g.lalnum(32)      # Mailgun public validation key
    return None


def env_name(ev):
    return ev.upper().replace("-", "_").replace(".", "_")


def ref_for(g, lang, ev):
    E = env_name(ev)
    low = E.lower()
    item = g.pick(["Infra", "Mail", "DNS", "Platform"])
    op = "op://%s/%s/credential" % (item, low.replace("_", "-"))
    vault = "vault:secret/data/%s/%s#value" % (g.pick(["dns", "mail", "acme", "prod"]), low)
    by_lang = {
        "sh": ["${%s}" % E, "$(cat /run/secrets/%s)" % low, "$(op read %s)" % op, "$%s" % E],
        "ini": ["${%s}" % E, op, vault],
        "conf": ["${%s}" % E, op, vault],
        "yaml": ["${%s}" % E, "{{ vault_%s }}" % low, op, "{{ lookup('env', '%s') }}" % E],
        "json": ["${%s}" % E, "{{ secrets.%s }}" % E, vault],
        "tf": ["${var.%s}" % low],
        "caddy": ["{env.%s}" % E, "{$%s}" % E],
        "xml": ["#{%s}" % E, "${%s}" % E],
        "docker": ["${%s}" % E],
        "md": ["$%s" % E, "${%s}" % E],
        "props": ["${%s}" % E, vault],
        "bind": ["${%s}" % E],
    }
    opts = by_lang.get(lang, [op, vault, "${%s}" % E])
    v = g.pick(opts)
    kind = "env_ref" if v.startswith("$") or v.startswith("{env") or v.startswith("{$") else \
        ("template_expr" if v.startswith("{{") or v.startswith("#{") else "secret_ref")
    return v, kind


def pem_filler(g):
    c = g.randint(0, 4)
    if c == 0:
        return rsa_public_pem(g, g.pick([1024, 2048])), "public_key"
    if c == 1:
        lab = g.pick(["RSA PRIVATE KEY", "PRIVATE KEY"])
        return ("-----BEGIN %s-----\n%s\n-----END %s-----" % (
            lab, g.pick(["<paste the DKIM private key here>", "...", "REPLACE_WITH_KEY"]), lab),
            "placeholder")
    if c == 2:
        return ("-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----", "masked")
    if c == 3:
        return ("# provisioned at deploy time from vault:secret/data/mail/dkim#private_key",
                "secret_ref")
    return ("", "empty")


def neg_fill(g, t):
    prov, lang, ev = t["provider"], t["lang"], t["ev"]
    if lang == "pem":
        return pem_filler(g)
    cats = ["placeholder"] * 4 + ["empty"] + ["masked"] * 2 + ["ref"] * 4
    doc_key = prov + ":" + t["kind"] if prov + ":" + t["kind"] in DOC_EXAMPLES else prov
    if doc_key in DOC_EXAMPLES:
        cats += ["doc"] * 3
    if public_value(g, prov) is not None:
        cats += ["public"] * 2
    c = g.pick(cats)
    if c == "placeholder":
        E = env_name(ev)
        v = g.pick(["<your-api-token>", "YOUR_API_KEY_HERE", "changeme", "x" * g.randint(20, 40),
                    "REPLACE_ME", "<%s>" % E, "your-%s-here" % E.lower().replace("_", "-"),
                    "TODO", "dummy-token", "xxxx-xxxx-xxxx-xxxx", "CHANGE_ME_BEFORE_DEPLOY",
                    "<paste token>", "00000000-0000-0000-0000-000000000000", "..."])
        return v, "placeholder"
    if c == "empty":
        return "", "empty"
    if c == "masked":
        pre = {"digitalocean": "dop_v1_", "porkbun": "sk1_", "sendgrid": "SG.",
               "neverbounce": "secret_", "kickbox": "live_"}.get(prov, "")
        v = g.pick(["********", "[REDACTED]", "<redacted>", "*" * g.randint(12, 32),
                    pre + "*" * g.randint(8, 20), "(hidden)"])
        return v, "masked"
    if c == "doc":
        return g.pick(DOC_EXAMPLES[doc_key]), "doc_example"
    if c == "public":
        return public_value(g, prov), "public_value"
    return ref_for(g, lang, ev)


# =====================================================================================
# Negatives, part 2: domain look-alikes (no credential at all).
# =====================================================================================
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def txt_split(s, n=255):
    return " ".join('"%s"' % s[i:i + n] for i in range(0, len(s), n))


def dkim_txt(g, ed=False):
    if ed:
        return "v=DKIM1; k=ed25519; p=" + g.b64(32)
    return "v=DKIM1; k=rsa; p=" + rsa_public_b64(g, g.pick([1024, 2048]))


@N("dns", "dkim_public_key")
def n_zone_file(g):
    dom = g.domain()
    sel = g.selector()
    serial = g.date().replace("-", "") + "%02d" % g.randint(1, 9)
    return "dns/zones/%s.zone" % dom, (
        "$ORIGIN %s.\n$TTL 3600\n"
        "@   IN SOA ns1.%s. hostmaster.%s. ( %s 7200 3600 1209600 3600 )\n"
        "@   IN NS  ns1.%s.\n@   IN NS  ns2.%s.\n"
        "@   IN MX  10 mx1.%s.\n@   IN MX  20 mx2.%s.\n"
        "@   IN TXT \"v=spf1 mx include:spf.mtasv.net include:_spf.google.com -all\"\n"
        "%s._domainkey IN TXT ( %s )\n"
        "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@%s; ruf=mailto:dmarc@%s; fo=1\"\n"
        "mx1 IN A %s\nmx2 IN A %s\n" % (dom, dom, dom, serial, dom, dom, dom, dom, sel,
                                        txt_split(dkim_txt(g)), dom, dom, g.ip(), g.ip()))


@N("cloudflare", "dkim_public_key")
def n_tf_dkim(g):
    dom = g.domain()
    sel = g.selector()
    return "terraform/dns/dkim.tf", (
        "variable \"cloudflare_api_token\" {\n"
        "  type      = string\n"
        "  sensitive = true\n"
        "}\n\n"
        "provider \"cloudflare\" {\n"
        "  api_token = var.cloudflare_api_token\n"
        "}\n\n"
        "resource \"cloudflare_record\" \"dkim_%s\" {\n"
        "  zone_id = \"%s\"\n"
        "  name    = \"%s._domainkey.%s\"\n"
        "  type    = \"TXT\"\n"
        "  value   = \"%s\"\n"
        "  ttl     = 3600\n"
        "}\n" % (sel, g.zone_id(), sel, dom, dkim_txt(g, ed=g.chance(0.2))))


@N("postmark", "api_export")
def n_postmark_domain_json(g):
    dom = g.domain()
    return "exports/postmark/domain-%d.json" % g.randint(100000, 9999999), json.dumps({
        "Name": dom, "SPFVerified": True, "DKIMVerified": True, "WeakDKIM": False,
        "ReturnPathDomainVerified": True, "ID": g.randint(100000, 9999999),
        "DKIMHost": "%s%s.pm._domainkey.%s" % (g.date().replace("-", ""), g.lalnum(4), dom),
        "DKIMTextValue": "k=rsa;p=" + rsa_public_b64(g, 1024),
        "DKIMPendingHost": "", "DKIMPendingTextValue": "",
        "DKIMUpdateStatus": "Regular", "ReturnPathDomain": "pm-bounces." + dom,
        "ReturnPathDomainCNAMEValue": "pm.mtasv.net", "SafeToRemoveRevokedKeyFromDNS": False,
    }, indent=2) + "\n"


@N("dmarc", "dns_records")
def n_md_dmarc(g):
    dom = g.domain()
    return g.pick(["docs/email/dmarc-rollout.md", "docs/mail/spf-dkim-dmarc.md"]), (
        "# DMARC rollout for %s\n\n"
        "| Phase | Record | From |\n|---|---|---|\n"
        "| monitor | `v=DMARC1; p=none; rua=mailto:dmarc-reports@%s` | %s |\n"
        "| quarantine 25%% | `v=DMARC1; p=quarantine; pct=25; rua=mailto:dmarc-reports@%s` | %s |\n"
        "| reject | `v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:dmarc-reports@%s` | %s |\n\n"
        "SPF: `v=spf1 ip4:%s/28 include:amazonses.com include:sendgrid.net -all`\n\n"
        "Report mailbox id: `%s`, aggregate feed id `%s`.\n"
        % (dom, dom, g.date(), dom, g.date(), dom, g.date(), g.ip(), g.uuid(), g.hex(24)))


@N("dmarc", "aggregate_report")
def n_dmarc_xml(g):
    dom = g.domain()
    recs = []
    for _ in range(g.randint(2, 4)):
        recs.append(
            "  <record>\n    <row>\n      <source_ip>%s</source_ip>\n      <count>%d</count>\n"
            "      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>%s</spf></policy_evaluated>\n"
            "    </row>\n    <identifiers><header_from>%s</header_from></identifiers>\n"
            "    <auth_results>\n      <dkim><domain>%s</domain><selector>%s</selector><result>pass</result></dkim>\n"
            "      <spf><domain>%s</domain><result>pass</result></spf>\n    </auth_results>\n  </record>\n"
            % (g.ip(), g.randint(1, 900), g.pick(["pass", "fail"]), dom, dom, g.selector(), dom))
    return "tests/fixtures/dmarc/google.com!%s!%s!%s.xml" % (dom, g.epoch(), g.epoch()), (
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n"
        "  <report_metadata>\n    <org_name>google.com</org_name>\n"
        "    <email>noreply-dmarc-support@google.com</email>\n"
        "    <report_id>%d</report_id>\n"
        "    <date_range><begin>%s</begin><end>%s</end></date_range>\n  </report_metadata>\n"
        "  <policy_published><domain>%s</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><pct>100</pct></policy_published>\n"
        "%s</feedback>\n" % (g.randint(10 ** 18, 10 ** 19), g.epoch(), g.epoch(), dom, "".join(recs)))


@N("dnssec", "ds_dnskey")
def n_md_dnssec(g):
    dom = g.domain()
    tag = g.randint(1000, 65000)
    return "docs/dns/dnssec-registrar.md", (
        "# DNSSEC: publishing the DS record at the registrar\n\n"
        "Zone: `%s`, algorithm 13 (ECDSAP256SHA256), key tag %d.\n\n"
        "```\n%s. 3600 IN DS %d 13 2 %s\n```\n\n"
        "KSK (public):\n\n```\n%s. 3600 IN DNSKEY 257 3 13 %s\n```\n\n"
        "Check with `delv @1.1.1.1 %s SOA +rtrace`.\n"
        % (dom, tag, dom, tag, g.hex(64).upper(), dom, g.b64(64), dom))


@N("dnssec", "dnskey_file")
def n_keygen_public(g):
    dom = g.domain()
    tag = g.randint(1000, 65000)
    return "dns/keys/K%s.+013+%05d.key" % (dom, tag), (
        "; This is a key-signing key, keyid %d, for %s.\n"
        "; Created: %s (%s)\n; Publish: %s\n; Activate: %s\n"
        "%s. IN DNSKEY 257 3 13 %s\n" % (tag, dom, g.date().replace("-", "") + "101010",
                                         "Mon Jan  8 10:10:10 2024", g.date().replace("-", "") + "101010",
                                         g.date().replace("-", "") + "101010", dom, g.b64(64)))


def b64_fold(s, width=70, pad="\t "):
    return ("\n" + pad).join(s[i:i + width] for i in range(0, len(s), width))


@N("email", "dkim_arc_signature")
def n_eml(g):
    dom = g.domain()
    rdom = g.domain()
    sel = g.selector()
    mid = g.msgid(dom)
    ts = g.epoch()
    return g.pick(["tests/fixtures/mail/inbound-%d.eml" % g.randint(1, 999),
                   "testdata/messages/arc-forwarded.eml"]), (
        "Return-Path: <bounces+%d-%s@%s>\n"
        "Received: from mail-%s.outbound.%s (mail-%s.outbound.%s [%s])\n"
        "\tby mx1.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; Tue, 14 May 2024 09:12:44 +0000 (UTC)\n"
        "ARC-Seal: i=1; a=rsa-sha256; t=%s; cv=none; d=%s; s=arc-2024;\n"
        "\tb=%s\n"
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=arc-2024;\n"
        "\th=from:to:subject:date:message-id; bh=%s;\n"
        "\tb=%s\n"
        "ARC-Authentication-Results: i=1; mx.%s; dkim=pass header.d=%s; spf=pass; dmarc=pass\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%s;\n"
        "\th=From:To:Subject:Date:Message-ID; bh=%s;\n"
        "\tb=%s\n"
        "From: Billing <billing@%s>\nTo: %s\nSubject: Your invoice %s\n"
        "Date: Tue, 14 May 2024 09:12:40 +0000\nMessage-ID: %s\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nHello,\n\nyour invoice is attached to your account page.\n"
        % (g.randint(1000, 99999), g.hex(8), dom, g.hex(6), dom, g.hex(6), dom, g.ip(), rdom,
           g.queueid(), g.email(rdom), ts, rdom, b64_fold(g.b64(256)), rdom, g.b64(32),
           b64_fold(g.b64(256)), rdom, dom, dom, sel, ts, g.b64(32), b64_fold(g.b64(256)),
           dom, g.email(rdom), g.randint(10000, 99999), mid))


@N("postfix", "mail_log")
def n_maillog(g):
    dom = g.domain()
    lines = []
    for _ in range(g.randint(6, 12)):
        q = g.queueid()
        lines.append("%s mx1 postfix/cleanup[%d]: %s: message-id=%s" % (
            g.logts(), g.randint(1000, 40000), q, g.msgid()))
        lines.append("%s mx1 postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.1f, "
                     "dsn=%s, status=%s (250 2.0.0 OK %s %s - gsmtp)" % (
                         g.logts(), g.randint(1000, 40000), q, g.email(), g.pick(
                             ["gmail-smtp-in.l.google.com", "mx.outlook.com", "mx1." + dom]),
                         g.ip(), g.R.random() * 3,
                         g.pick(["2.0.0", "2.0.0", "4.7.0"]), g.pick(["sent", "sent", "deferred"]),
                         g.epoch(), g.lalnum(20)))
        if g.chance(0.4):
            lines.append("%s mx1 postfix/smtp[%d]: Verified TLS connection established to %s: "
                         "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) "
                         "fingerprint=%s" % (g.logts(), g.randint(1000, 40000), g.ip(),
                                             ":".join(g.hex(2).upper() for _ in range(32))))
    return g.pick(["logs/mail.log", "var/log/maillog.txt"]), "\n".join(lines) + "\n"


@N("dane", "tlsa_record")
def n_tlsa(g):
    dom = g.domain()
    return "dns/zones/%s.tlsa.zone" % dom, (
        "; DANE for inbound SMTP - rollover: publish next key 2 TTLs before switching\n"
        "_25._tcp.mx1.%s. 3600 IN TLSA 3 1 1 %s\n"
        "_25._tcp.mx1.%s. 3600 IN TLSA 3 1 1 %s\n"
        "_25._tcp.mx2.%s. 3600 IN TLSA 2 1 1 %s\n"
        "_443._tcp.mta-sts.%s. 3600 IN TLSA 3 1 2 %s\n"
        % (dom, g.hex(64), dom, g.hex(64), dom, g.hex(64), dom, g.hex(128)))


@N("mta-sts", "policy")
def n_mta_sts(g):
    dom = g.domain()
    return g.pick([".well-known/mta-sts.txt", "site/static/.well-known/mta-sts.txt"]), (
        "version: STSv1\nmode: %s\nmx: mx1.%s\nmx: mx2.%s\nmax_age: 604800\n"
        "# DNS: _mta-sts.%s TXT \"v=STSv1; id=%s\"\n"
        "# DNS: _smtp._tls.%s TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@%s\"\n"
        % (g.pick(["enforce", "testing"]), dom, dom, dom,
           g.date().replace("-", "") + "T" + "%06d" % g.randint(0, 235959), dom, dom))


@N("aws_route53", "zone_ids")
def n_r53_json(g):
    zones = []
    for _ in range(g.randint(2, 4)):
        zid = g.r53_zone()
        zones.append({"Id": "/hostedzone/" + zid, "Name": g.domain() + ".",
                      "CallerReference": g.uuid(),
                      "Config": {"Comment": g.pick(["prod", "mail", "acme delegation", ""]),
                                 "PrivateZone": False},
                      "ResourceRecordSetCount": g.randint(4, 80)})
    return "exports/route53/hosted-zones.json", json.dumps(
        {"HostedZones": zones, "IsTruncated": False, "MaxItems": "100"}, indent=4) + "\n"


@N("rfc2136", "tsig_key_name")
def n_bind_include(g):
    dom = g.domain()
    return g.pick(["ops/bind/named.conf.local", "dns/bind/zones.conf"]), (
        "// TSIG secret lives in /etc/bind/keys/acme-update.key (root:bind 0640, not in git)\n"
        "include \"/etc/bind/keys/acme-update.key\";\n\n"
        "zone \"%s\" {\n    type primary;\n    file \"/var/lib/bind/db.%s\";\n"
        "    allow-transfer { key \"xfr.%s.\"; };\n"
        "    update-policy {\n        grant acme-update.%s. name _acme-challenge.%s. TXT;\n"
        "    };\n};\n" % (dom, dom, dom, dom, dom))


@N("certbot", "renewal_conf")
def n_certbot_renewal(g):
    dom = g.domain()
    return "letsencrypt/renewal/%s.conf" % dom, (
        "# renew_before_expiry = 30 days\nversion = 2.%d.0\n"
        "archive_dir = /etc/letsencrypt/archive/%s\n"
        "cert = /etc/letsencrypt/live/%s/cert.pem\n"
        "privkey = /etc/letsencrypt/live/%s/privkey.pem\n"
        "chain = /etc/letsencrypt/live/%s/chain.pem\n"
        "fullchain = /etc/letsencrypt/live/%s/fullchain.pem\n\n"
        "# Options used in the renewal process\n[renewalparams]\n"
        "account = %s\nauthenticator = dns-cloudflare\n"
        "dns_cloudflare_credentials = /etc/letsencrypt/cloudflare.ini\n"
        "dns_cloudflare_propagation_seconds = 30\n"
        "server = https://acme-v02.api.letsencrypt.org/directory\nkey_type = ecdsa\n"
        % (g.randint(0, 11), dom, dom, dom, dom, dom, g.hex(32)))


@N("acme", "account_public_jwk")
def n_acme_regr(g):
    return "letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/%s/regr.json" % g.hex(32), \
        json.dumps({"body": {"key": {"n": g.b64url(256), "e": "AQAB", "kty": "RSA"},
                             "contact": ["mailto:" + g.email()], "status": "valid"},
                    "uri": "https://acme-v02.api.letsencrypt.org/acme/acct/%d" % g.randint(10 ** 8, 10 ** 10)}) + "\n"


@N("acme", "challenge_digest")
def n_certbot_log(g):
    dom = g.domain()
    order = g.randint(10 ** 9, 10 ** 11)
    lines = [
        "%s,%03d:DEBUG:certbot._internal.main:certbot version: 2.%d.0" % (g.logts(), g.randint(0, 999), g.randint(0, 11)),
        "%s,%03d:DEBUG:acme.client:Sending POST request to https://acme-v02.api.letsencrypt.org/acme/new-order" % (g.logts(), g.randint(0, 999)),
        "%s,%03d:DEBUG:acme.client:Received response:\nHTTP 201\nReplay-Nonce: %s\nLocation: https://acme-v02.api.letsencrypt.org/acme/order/%d/%d"
        % (g.logts(), g.randint(0, 999), g.b64url(32), g.randint(10 ** 8, 10 ** 9), order),
        "%s,%03d:INFO:certbot.plugins.dns_common:Waiting 30 seconds for DNS changes to propagate" % (g.logts(), g.randint(0, 999)),
        "%s,%03d:DEBUG:certbot_dns_cloudflare._internal.dns_cloudflare:Attempting to add record to zone %s: _acme-challenge.%s TXT %s"
        % (g.logts(), g.randint(0, 999), g.zone_id(), dom, g.b64url(32)),
        "%s,%03d:DEBUG:acme.client:Storing nonce: %s" % (g.logts(), g.randint(0, 999), g.b64url(32)),
        "%s,%03d:INFO:certbot._internal.auth_handler:Challenge dns-01 for %s: token %s" % (g.logts(), g.randint(0, 999), dom, g.b64url(32)),
    ]
    return "logs/letsencrypt.log", "\n".join(lines) + "\n"


@N("tls", "certificate")
def n_cert(g):
    dom = g.domain()
    return g.pick(["certs/mx1.%s.crt" % dom, "deploy/tls/fullchain.pem"]), fake_cert_pem(g) + "\n" + fake_cert_pem(g) + "\n"


@N("tls", "fingerprints")
def n_cert_inventory(g):
    rows = ["| Host | Serial | SHA-256 fingerprint | Expires |", "|---|---|---|---|"]
    for _ in range(g.randint(3, 6)):
        rows.append("| mx%d.%s | %s | %s | %s |" % (g.randint(1, 9), g.domain(), g.hex(36), ":".join(
            g.hex(2).upper() for _ in range(32)), g.date()))
    return "docs/inventory/certificates.md", "# TLS certificate inventory\n\n" + "\n".join(rows) + "\n"


@N("mailgun", "webhook_event")
def n_mailgun_event(g):
    dom = g.domain()
    return "tests/fixtures/mailgun/delivered.json", json.dumps({
        "signature": {"timestamp": g.epoch(), "token": g.hex(50), "signature": g.hex(64)},
        "event-data": {"event": "delivered", "id": g.b64url(16), "timestamp": float(g.epoch()),
                       "recipient": g.email(), "message": {"headers": {"message-id": g.msgid(dom)[1:-1]}},
                       "delivery-status": {"code": 250, "tls": True, "mx-host": "mx." + g.domain()}},
    }, indent=2) + "\n"


@N("sendgrid", "event_webhook")
def n_sendgrid_events(g):
    evs = []
    for _ in range(g.randint(2, 5)):
        evs.append({"email": g.email(), "timestamp": int(g.epoch()),
                    "event": g.pick(["processed", "delivered", "open", "bounce"]),
                    "sg_event_id": g.b64url(16), "sg_message_id": "%s.filterdrecv-%s-%d-%s-1-0" % (
                        g.b64url(16), g.hex(10), g.randint(1, 99), g.hex(8).upper()),
                    "smtp-id": g.msgid()})
    return "tests/fixtures/sendgrid/events.json", json.dumps(evs, indent=2) + "\n"


@N("aws_ses", "sns_signature")
def n_sns(g):
    msg = {"notificationType": "Bounce", "mail": {"messageId": "%s-%s-000000" % (g.hex(16), g.uuid()),
                                                  "source": g.email(), "timestamp": g.ts()},
           "bounce": {"bounceType": "Permanent", "feedbackId": "%s-%s-000000" % (g.hex(16), g.uuid())}}
    return "tests/fixtures/ses/bounce-notification.json", json.dumps({
        "Type": "Notification", "MessageId": g.uuid(),
        "TopicArn": "arn:aws:sns:%s:%d:ses-bounces" % (g.region(), g.randint(10 ** 11, 10 ** 12 - 1)),
        "Message": json.dumps(msg), "Timestamp": g.ts(), "SignatureVersion": "1",
        "Signature": g.b64(256),
        "SigningCertURL": "https://sns.%s.amazonaws.com/SimpleNotificationService-%s.pem" % (g.region(), g.hex(32)),
        "UnsubscribeURL": "https://sns.%s.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:%s:%d:ses-bounces:%s"
        % (g.region(), g.region(), g.randint(10 ** 11, 10 ** 12 - 1), g.uuid()),
    }, indent=2) + "\n"


@N("proofpoint_tap", "siem_export")
def n_tap_export(g):
    evs = []
    for _ in range(g.randint(1, 3)):
        evs.append({"GUID": g.alnum(32), "QID": "r" + g.alnum(10), "messageID": g.msgid()[1:-1],
                    "sender": g.email(), "recipient": [g.email()], "spamScore": g.randint(0, 100),
                    "phishScore": g.randint(0, 100), "threatsInfoMap": [{
                        "threatID": g.hex(64), "threatStatus": "active", "classification": "phish",
                        "threat": "https://%s/login" % g.domain(),
                        "threatUrl": "https://threatinsight.proofpoint.com/%s/threat/email/%s" % (g.uuid(), g.hex(64))}],
                    "messageTime": g.ts()})
    return "exports/tap/messages_delivered-%s.json" % g.date(), json.dumps(
        {"queryEndTime": g.ts(), "messagesDelivered": evs}, indent=2) + "\n"


@N("mimecast", "tracking_export")
def n_mimecast_csv(g):
    rows = ["id,fromEnv,to,subject,status,sent,route,spamScore"]
    for _ in range(g.randint(4, 8)):
        rows.append("%s,%s,%s,%s,%s,%s,%s,%d" % (g.b64url(60), g.email(), g.email(),
                                                g.pick(["Invoice", "Re: meeting", "Password reset", "Q3 report"]),
                                                g.pick(["delivered", "held", "bounced"]), g.ts(),
                                                g.pick(["inbound", "outbound", "internal"]), g.randint(0, 30)))
    return "exports/mimecast/message-tracking.csv", "\n".join(rows) + "\n"


@N("go", "module_hashes")
def n_go_sum(g):
    mods = ["github.com/go-acme/lego/v4 v4.%d.0" % g.randint(10, 22), "github.com/libdns/cloudflare v0.1.%d" % g.randint(0, 3),
            "github.com/miekg/dns v1.1.%d" % g.randint(40, 62), "github.com/cloudflare/cloudflare-go v0.%d.0" % g.randint(80, 110),
            "gopkg.in/ns1/ns1-go.v2 v2.%d.0" % g.randint(6, 12), "github.com/emersion/go-msgauth v0.6.%d" % g.randint(5, 8)]
    out = []
    for m in mods:
        out.append("%s h1:%s" % (m, g.b64(32)))
        out.append("%s/go.mod h1:%s" % (m, g.b64(32)))
    return "go.sum", "\n".join(out) + "\n"


@N("python", "pip_hashes")
def n_requirements(g):
    pk = ["dkimpy==1.1.%d" % g.randint(0, 8), "dnspython==2.%d.0" % g.randint(3, 7),
          "certbot-dns-cloudflare==2.%d.0" % g.randint(5, 11), "postmarker==1.0", "boto3==1.34.%d" % g.randint(0, 99)]
    out = ["# generated by pip-compile --generate-hashes"]
    for p in pk:
        out.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, g.hex(64), g.hex(64)))
    return "requirements.txt", "\n".join(out) + "\n"


@N("bimi", "dns_records")
def n_bimi(g):
    dom = g.domain()
    return "dns/records/%s-bimi.txt" % dom, (
        "default._bimi.%s. 3600 IN TXT \"v=BIMI1; l=https://brand.%s/logo.svg; a=https://brand.%s/vmc.pem\"\n"
        "; VMC serial %s, SHA-256 of logo.svg %s\n" % (dom, dom, dom, g.hex(32), g.hex(64)))


@N("opendkim", "key_tables")
def n_opendkim_tables(g):
    doms = [g.domain() for _ in range(g.randint(2, 4))]
    kt = "\n".join("%s._domainkey.%s %s:%s:/etc/opendkim/keys/%s/%s.private" % (
        s, d, d, s, d, s) for d, s in ((d, g.selector()) for d in doms))
    st = "\n".join("*@%s %s._domainkey.%s" % (d, g.selector(), d) for d in doms)
    return "opendkim/KeyTable", "# KeyTable - keys themselves are deployed from vault\n" + kt + "\n\n# SigningTable (refile)\n" + \
        "\n".join("# " + ln for ln in st.split("\n")) + "\n"


@N("rspamd", "dkim_config")
def n_rspamd_conf(g):
    return "rspamd/local.d/dkim_signing.conf", (
        "allow_username_mismatch = true;\n"
        "path = \"/var/lib/rspamd/dkim/$domain.$selector.key\";\n"
        "selector_map = \"/etc/rspamd/dkim_selectors.map\";\n"
        "use_esld = true;\nsign_authenticated = true;\n"
        "domain {\n  %s {\n    selector = \"%s\";\n    path = \"/var/lib/rspamd/dkim/%s.key\";\n  }\n}\n"
        % (g.domain(), g.selector(), g.selector()))


@N("ansible", "vault_ciphertext")
def n_ansible_vault(g):
    body = g.hex(g.randint(300, 600))
    return "ansible/group_vars/mail/vault.yml", (
        "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80)) + "\n")


@N("dnssec", "rrsig")
def n_dig(g):
    dom = g.domain()
    return "docs/debug/dig-dnssec-%s.txt" % dom, (
        "; <<>> DiG 9.18.%d <<>> +dnssec MX %s\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: %d\n"
        ";; flags: qr rd ra ad; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1\n\n;; ANSWER SECTION:\n"
        "%s.\t\t3600\tIN\tMX\t10 mx1.%s.\n%s.\t\t3600\tIN\tMX\t20 mx2.%s.\n"
        "%s.\t\t3600\tIN\tRRSIG\tMX 13 2 3600 %s %s %d %s. %s\n"
        % (g.randint(10, 28), dom, g.randint(1, 65000), dom, dom, dom, dom, dom,
           g.date().replace("-", "") + "000000", g.date().replace("-", "") + "000000",
           g.randint(1000, 65000), dom, g.b64(64)))


@N("security", "pgp_public_key")
def n_security_txt(g):
    dom = g.domain()
    body = base64.b64encode(b"\x99\x01\x0d\x04" + g.raw(g.randint(300, 500))).decode()
    return ".well-known/security.txt", (
        "Contact: mailto:security@%s\nExpires: %s\nEncryption: https://%s/pgp-key.txt\n"
        "Preferred-Languages: en, de\n\n"
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n"
        % (dom, g.ts(), dom, "\n".join(body[i:i + 64] for i in range(0, len(body), 64)), g.b64(3)))


@N("ssh", "public_key")
def n_authorized_keys(g):
    lines = ["# relay deploy keys (public)"]
    for _ in range(g.randint(2, 4)):
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.raw(32)).decode()
        lines.append("ssh-ed25519 %s %s@%s" % (blob, g.person(), g.pick(["laptop", "ci", "bastion"])))
    return "roles/relay/files/authorized_keys", "\n".join(lines) + "\n"


@N("dkim", "rotation_runbook")
def n_dkim_rotation(g):
    dom = g.domain()
    old, new = g.selector(), "dkim" + g.date().replace("-", "")[:6]
    return "docs/runbooks/dkim-rotation.md", (
        "# DKIM key rotation (%s)\n\n1. Generate the new key on the signer: `opendkim-genkey -b 2048 -s %s -d %s`\n"
        "2. Publish the public half:\n\n```\n%s._domainkey.%s. IN TXT \"%s\"\n```\n\n"
        "3. Switch the SigningTable to `%s` once `dig TXT %s._domainkey.%s` answers everywhere.\n"
        "4. After 7 days publish an empty key for the old selector: `%s._domainkey IN TXT \"v=DKIM1; p=\"`\n\n"
        "Ed25519 selector (RFC 8463): `%s`\n"
        % (dom, new, dom, new, dom, dkim_txt(g), new, new, dom, old, dkim_txt(g, ed=True)))


@N("email", "base64_attachment")
def n_eml_attachment(g):
    b = base64.b64encode(b"%PDF-1.7\n" + g.raw(g.randint(400, 800))).decode()
    dom = g.domain()
    bd = "b1_" + g.hex(24)
    body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return "tests/fixtures/mail/with-attachment.eml", (
        "From: reports@%s\nTo: %s\nSubject: Weekly DMARC summary\nMessage-ID: %s\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain\n\nSee attachment.\n\n"
        "--%s\nContent-Type: application/pdf; name=\"summary.pdf\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
        % (dom, g.email(), g.msgid(dom), bd, bd, bd, body, bd))


@N("spf", "flattening_output")
def n_spf_flat(g):
    dom = g.domain()
    ips = ["ip4:%s/%d" % (g.ip(), g.pick([24, 28, 32])) for _ in range(g.randint(5, 10))]
    return "tools/spf/flattened-%s.json" % dom, json.dumps({
        "domain": dom, "generated": g.ts(), "lookups": g.randint(3, 10),
        "records": ["v=spf1 " + " ".join(ips[:5]) + " include:_spf1.%s -all" % dom,
                    "v=spf1 " + " ".join(ips[5:]) + " -all"],
        "sha256": g.hex(64)}, indent=2) + "\n"


@N("rfc2136", "tsig_docs")
def n_tsig_docs(g):
    dom = g.domain()
    return "docs/dns/tsig-setup.md", (
        "# TSIG key for ACME updates\n\nGenerate on the primary (never commit the output):\n\n"
        "```sh\ntsig-keygen -a hmac-sha256 acme-update.%s > /etc/bind/keys/acme-update.key\n"
        "chown root:bind /etc/bind/keys/acme-update.key && chmod 0640 /etc/bind/keys/acme-update.key\n```\n\n"
        "The file looks like this:\n\n```\nkey \"acme-update.%s\" {\n\talgorithm hmac-sha256;\n\tsecret \"<base64 secret>\";\n};\n```\n\n"
        "Give certbot the key name `acme-update.%s.` and read the secret from the vault path "
        "`secret/dns/tsig/acme-update`.\n" % (dom, dom, dom))


@N("sendgrid", "domain_auth_export")
def n_sendgrid_dns(g):
    dom = g.domain()
    uid = g.randint(1000000, 9999999)
    return "exports/sendgrid/whitelabel-%d.json" % g.randint(1000, 99999), json.dumps({
        "id": g.randint(1000000, 99999999), "user_id": uid, "subdomain": "em%d" % g.randint(100, 9999),
        "domain": dom, "valid": True, "dns": {
            "mail_cname": {"host": "em%d.%s" % (g.randint(100, 9999), dom), "type": "cname",
                           "data": "u%d.wl%d.sendgrid.net" % (uid, g.randint(1, 999)), "valid": True},
            "dkim1": {"host": "s1._domainkey." + dom, "type": "cname",
                      "data": "s1.domainkey.u%d.wl%d.sendgrid.net" % (uid, g.randint(1, 999)), "valid": True},
            "dkim2": {"host": "s2._domainkey." + dom, "type": "cname",
                      "data": "s2.domainkey.u%d.wl%d.sendgrid.net" % (uid, g.randint(1, 999)), "valid": True}}},
        indent=2) + "\n"


@N("postmark", "bounce_webhook")
def n_postmark_bounce(g):
    return "tests/fixtures/postmark/bounce.json", json.dumps({
        "RecordType": "Bounce", "ID": g.randint(10 ** 9, 10 ** 10), "Type": "HardBounce", "TypeCode": 1,
        "MessageID": g.uuid(), "ServerID": g.randint(10000, 99999), "MessageStream": "outbound",
        "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        "Email": g.email(), "From": g.email(), "BouncedAt": g.ts(), "Inactive": True, "CanActivate": True,
        "Subject": "Password reset"}, indent=2) + "\n"


@N("cloudflare", "zone_ids")
def n_cf_ids(g):
    return g.pick(["terraform/dns/terraform.tfvars", "infra/dns/zones.auto.tfvars"]), (
        "# public identifiers only; the API token comes from TF_VAR_cloudflare_api_token\n"
        "cloudflare_account_id = \"%s\"\n"
        "zones = {\n  \"%s\" = \"%s\"\n  \"%s\" = \"%s\"\n}\n"
        % (g.hex(32), g.domain(), g.zone_id(), g.domain(), g.zone_id()))


@N("acme", "acme_dns_registration")
def n_acmedns_account(g):
    sub = g.uuid()
    return "ops/acme-dns/README.md", (
        "# acme-dns delegation\n\n"
        "`_acme-challenge.%s` is a CNAME to `%s.auth.acme-dns.io`.\n\n"
        "Registration response (the password field is kept in the vault only):\n\n"
        "```json\n{\"username\": \"%s\", \"password\": \"<stored in vault: secret/acme-dns/%s>\", "
        "\"fulldomain\": \"%s.auth.acme-dns.io\", \"subdomain\": \"%s\", \"allowfrom\": []}\n```\n"
        % (g.domain(), sub, g.uuid(), g.org(), sub, sub))


@N("email_security", "public_ids")
def n_public_ids(g):
    return g.pick(["config/integrations.yml", "soc/collectors.yml"]), (
        "# identifiers only - secrets are injected by the collector from the vault\n"
        "proofpoint_tap:\n"
        "  service_principal: %s\n"
        "  secret_ref: vault:secret/data/soc/tap#secret\n"
        "mimecast:\n"
        "  region: %s\n"
        "  app_id: %s\n"
        "  client_id: %s\n"
        "  client_secret_ref: vault:secret/data/soc/mimecast#client_secret\n"
        "cloudflare:\n"
        "  account_id: %s\n"
        "  zone_id: %s\n"
        % (g.uuid(), g.pick(["eu", "us", "uk", "de"]), g.uuid(), g.alnum(32), g.hex(32), g.zone_id()))


# =====================================================================================
# Driver
# =====================================================================================
NOEXT_TYPES = {"Dockerfile": "dockerfile", "Caddyfile": "caddyfile", "sasl_passwd": "postfix",
               "credentials": "ini", "msmtprc": "conf", "KeyTable": "conf",
               "authorized_keys": "ssh"}
ALLOWED_ENV_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".", 2)[2] not in ALLOWED_ENV_SUFFIXES
    return False


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in NOEXT_TYPES:
        return NOEXT_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if base.startswith("named.conf"):
        return "conf"
    if "." not in base.lstrip("."):
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    return text.count("\n", 0, idx) + 1


def cycle(g, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        g.R.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_et.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(random.Random(seed))
    manifest, secrets = [], []
    n_pos = n_neg = 500
    env_budget = n_pos // 20

    # ---- positives ----
    for i, t in enumerate(cycle(g, POS, n_pos)):
        secret = t["gen"](g)
        res = t["fn"](g, secret)
        relpath, text = res[0], res[1]
        needle = res[2] if len(res) > 2 else secret
        if t["lang"] == "pem":
            needle = secret.split("\n", 1)[0]
        if is_blocked_env(relpath):
            if env_budget > 0:
                env_budget -= 1
            else:
                relpath = relpath.rsplit("/", 1)[0] + "/app.env" if "/" in relpath else "app.env"
        assert needle and needle.strip() == needle
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (t["name"], needle)
        rel = "pos/p%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"],
                         "kind": t["kind"], "filetype": filetype(relpath)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    # ---- negatives: half slot fillers in positive templates, half look-alikes ----
    n_slot = n_neg // 2
    plan = [("slot", t) for t in cycle(g, POS, n_slot)] + \
           [("look", t) for t in cycle(g, NEG, n_neg - n_slot)]
    g.R.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "slot":
            filler, fkind = neg_fill(g, t)
            g.neg = True
            res = t["fn"](g, filler)
            g.neg = False
            relpath, text = res[0], res[1]
            kind = fkind
        else:
            relpath, text = t["fn"](g)
            kind = t["kind"]
        if is_blocked_env(relpath):
            relpath = (relpath.rsplit("/", 1)[0] + "/" if "/" in relpath else "") + ".env.example"
        assert not is_blocked_env(relpath)
        rel = "neg/n%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"],
                         "kind": kind, "filetype": filetype(relpath)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-check: every needle really is on its line ----
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
