#!/usr/bin/env python3
"""gen_fy.py - blind evaluation set: telecom / CPaaS credentials (SMS, voice, WhatsApp, SIP).

EMPHASIS
    Domain: telecom and CPaaS integrations (SMS, voice, WhatsApp, verification, SIP trunks, PBX).
    Providers: Vonage/Nexmo (api key + api secret, signature secret, application private keys),
    Sinch (SMS service plan id + API token, project access key id/secret, voice/verification
    application key/secret), Plivo (auth id + auth token), Bandwidth (OAuth client credentials and
    legacy API-user passwords), Telnyx (KEY... API keys; webhook public keys only as negatives),
    MessageBird/Bird (access keys, webhook signing keys), Infobip (API keys sent as
    "Authorization: App ..."), Africa's Talking, Termii, Kaleyra, Clickatell, Textmagic, 8x8,
    RingCentral (JWT credentials, client secrets), Dialpad, Aircall, Twilio-style SIP trunk
    credential lists, Asterisk/FreePBX (sip.conf, pjsip.conf, pjsip_wizard.conf, manager.conf,
    extensions.conf, freepbx.conf, realtime SQL), FreeSWITCH gateways, Kamailio (kamailio.cfg DBURL,
    kamctlrc).
    File types: Python, JavaScript/TypeScript, PHP, Ruby, Java, C#, Go, Elixir, PowerShell, shell/curl,
    Asterisk .conf files, kamailio.cfg, FreeSWITCH XML, YAML (compose, Kubernetes, Helm, GitHub
    Actions, Ansible, Spring, Home Assistant), JSON, TOML, INI, properties, .env (positives only,
    at most 1 in 20), Dockerfile, Terraform, Markdown, SQL, CSV, logs.

USAGE
    python3 gen_fy.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> (one credential each), OUTDIR/neg/n0000..n0499/<relpath>
    (no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line).  All randomness comes from random.Random(SEED); the
    output is byte-identical for one SEED.  Only the standard library is used.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Pairs (api key + api secret, auth id + auth token, key id + key secret, username + password,
      SID + api key): only the secret half is the needle; the identifier half is treated as a public
      id and is not counted as a second credential.
    * URLs with embedded credentials (nexmo://key:SECRET@..., mysql://user:PASS@host/db,
      sip register user:PASS@host, curl -u id:SECRET): the needle is the secret component only.
    * Headers ("Authorization: Bearer X", "Authorization: App X", "X-TM-Key: X", "api-key: X"):
      the needle is the token value X without the scheme word.
    * JWT credentials (RingCentral): the whole three-part token.
    * Multi-line PEM private keys (and PEM keys escaped with \\n inside JSON): the needle is the
      "-----BEGIN ... PRIVATE KEY-----" header text; its line is the header line.
    * The line is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret: placeholders
    (<your-auth-token>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values (****,
    [REDACTED], last-4 only), environment references (os.environ[...], process.env.X, getenv(),
    ENV[...], System.getenv, ${VAR}), secret-manager and vault references (vault:, op://, AWS/GCP
    secret ids), template expressions (${{ secrets.X }}, {{ .Values.x }}, <%= ... %>), and provider
    documentation examples.  The other half are look-alikes from the domain: E.164 numbers, number
    pools, message ids and UUIDs, call SIDs / call_control_ids, CDRs, Telnyx Ed25519 webhook public
    keys, Vonage application public keys, certificates, SIP digest traces without passwords, md5secret
    and md5_cred hashes, IP-authenticated trunks, signature headers in logs, STIR/SHAKEN PASSporT
    Identity headers, checksums, lock-file integrity hashes, ULIDs, base64 audio fixtures, public ids
    (Sinch service plan ids, Plivo auth ids, Kaleyra SIDs, Infobip base URLs), secret references.
    No negative is written to a file named .env / .env.<stage>; .env.example/.env.sample are used.

FORMATS CHECKED (search tool, providers' docs and public project files)
    * Vonage: API key + API secret from the dashboard; new secrets 8-25 chars with >=1 lower, >=1
      upper, >=1 digit (developer.vonage.com "create a secret"); SIP trunking uses key/secret as digest
      user/password; a separate SIGNATURE_SECRET signs messages; apprise URL nexmo://key:secret@from.
      Generated: key 8 lower-hex, secret 16 alnum with the three classes.
    * Telnyx: "Authorization: Bearer <API key>", keys start with "KEY" (projects' docs/logs show
      KEY + 32 upper-hex, and a V2 form KEY<32hex>_<secret> of 58 chars); webhooks are Ed25519-signed
      (telnyx-signature-ed25519, telnyx-timestamp) and verified with a base64 account public key.
    * Plivo: Auth ID (username, starts MA or SA, 20 chars) + Auth Token (password, 40 chars); Basic
      auth; X-Plivo-Signature-V2 is an HMAC-SHA256 with the auth token (signatures are negatives).
    * Sinch: SMS uses service_plan_id in the URL + "Authorization: Bearer <API token>" (token 32
      hex in projects); project access keys are Key ID (public client_id, UUID) + Key Secret exchanged
      at auth.sinch.com/oauth2/token; Voice/Verification use Application Key + Application Secret.
    * Infobip: "Authorization: App <API key>", personal base URL xxxxx.api.infobip.com which Infobip
      documents as not secret; keys are 32 hex + "-" + UUID in projects.
    * MessageBird/Bird: access keys (live / test) from the dashboard, AccessKey auth; a separate
      signing key validates webhooks.
    * Africa's Talking: username ("sandbox" in sandbox) + API key; apiKey request header.
    * Termii: api_key sent in the JSON body (api.ng.termii.com/api/sms/send).
    * Kaleyra: SID + API key (api-key header).  Clickatell: one API key per integration, sent in the
      Authorization header.  Textmagic: username + API key (X-TM-Username / X-TM-Key).
    * 8x8 Connect: "Authorization: Bearer {apiKey}", docs show a 43-char alphanumeric key masked in
      the middle, subaccount id in the URL (sms.8x8.com/api/v1/subaccounts/{id}/messages).
    * RingCentral: JWT credential exchanged at /restapi/oauth/token with client id + client secret;
      servers platform.ringcentral.com and platform.devtest.ringcentral.com.
    * Dialpad: company API keys used as Bearer tokens (dialpad.com/api/v2).  Aircall: api_id +
      api_token as Basic auth.  Bandwidth: OAuth2 client id + client secret (legacy API users with
      username/password are being retired), account id in the path.
    * Asterisk: pjsip.conf type=auth, auth_type=userpass, username/password, outbound_auth,
      type=registration; sip.conf secret= / md5secret (MD5 of user:realm:secret, realm "asterisk" by
      default); AMI manager.conf secret.  Kamailio: kamctlrc DBRWPW, default "kamailiorw".
    Documentation examples used as negatives: Infobip 003026bb...-8f4b3d9a-..., 8x8 masked 5DhZxZ...,
    Bandwidth correct-horse-battery-staple, Aircall 1234ABCD5678EFGH/9876LMNO5432PQRS, Plivo
    MAXXXXXXXXXXXXXXXXXX, Kamailio kamailiorw/kamailioro, Asterisk unsecurepassword, MessageBird
    test_gshuPaZoeEG6ovbc8M79w0QyM, Vonage abcd1234/abcdef0123456789, Africa's Talking abc123.

DOUBTS
    * Exact lengths/alphabets were not documented for: Sinch key secrets and application secrets
      (generated as 26-char [A-Za-z0-9~_.-] and base64 of 16 bytes), Sinch SMS API tokens (32 hex,
      from projects), MessageBird live keys (25 alnum, from the test_ example), Infobip keys (32 hex +
      UUID, from projects), Africa's Talking keys (64 hex, with an "atsk_" prefix on newer keys - not
      confirmed in docs), Termii ("TL" + 58 alnum - not confirmed), Kaleyra (A + 32 hex, SID
      HXIN/HXAP... - not confirmed), Clickatell (22 base64url + "==" - not confirmed), Textmagic (30
      alnum - not confirmed), Dialpad (48-56 alnum - not confirmed), Aircall (32 hex - not
      confirmed), RingCentral client secret (44 alnum - not confirmed), Bandwidth client secret,
      Vonage signature secret (length not confirmed), Telnyx V2 secret part (22 alnum).
    * The Infobip and MessageBird documentation examples above are recalled from their docs and
      READMEs; they were not all re-confirmed in this session.
"""

import json
import os
import random
import shutil
import sys
import base64
import hashlib
import textwrap

N_POS = 500
N_NEG = 500
SLOT = "\u00a7S\u00a7"          # marks the single secret slot inside a template text

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = LOWER + UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"


def sub(text, **kw):
    """Replace \u00abname\u00bb tokens; dedent; keep a trailing newline."""
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]
    for k, v in kw.items():
        text = text.replace("\u00ab" + k + "\u00bb", str(v))
    assert "\u00ab" not in text, text[:200]
    if not text.endswith("\n"):
        text += "\n"
    return text


class Gen:
    """All randomness for one run."""

    FIRST = ["amara", "bilal", "chen", "dana", "elif", "farah", "goran", "hana", "ivan", "jonas",
             "keiko", "lucia", "mateo", "nadia", "omar", "priya", "quinn", "rosa", "sven", "tomas",
             "uma", "vikram", "wen", "yusuf", "zoe"]
    LAST = ["adeyemi", "bauer", "castro", "dubois", "eriksen", "fischer", "gupta", "haddad",
            "ito", "jansen", "kowalski", "lindqvist", "moreau", "nakamura", "okafor", "petrov",
            "quist", "rossi", "santos", "tanaka", "varga", "weber", "yilmaz", "zhou"]
    COMPANY = ["acme-health", "northwind", "brightdesk", "medibook", "parcelpoint", "quickcab",
               "lendly", "farmlink", "tixbox", "rideshare-hq", "clinicq", "shopkit", "callnest",
               "homefix", "pawcare", "edusend", "banka", "foodrun", "travelo", "gymflow"]
    REGION = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-1", "af-south-1", "us-west-2"]
    SENDERS = ["ACME", "Northwind", "MediBook", "QuickCab", "PawCare", "Lendly", "TixBox", "INFO",
               "Verify", "OTP"]

    def __init__(self, seed):
        self.r = random.Random(seed)

    # --- primitives ---------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def hexl(self, n):
        return self.chars(HEXL, n)

    def hexu(self, n):
        return self.chars(HEXU, n)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(self.rbytes(n)).decode().rstrip("=")

    def uuid(self):
        h = self.hexl(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ulid(self):
        return self.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)

    def mixed(self, n, extra=""):
        """Random string that contains lower, upper and digit (and extra chars if given)."""
        while True:
            s = self.chars(ALNUM + extra, n)
            if (any(c in LOWER for c in s) and any(c in UPPER for c in s)
                    and any(c in DIGITS for c in s) and (not extra or any(c in extra for c in s))):
                return s

    # --- domain helpers -----------------------------------------------------------------------
    def person(self):
        return self.pick(self.FIRST) + "." + self.pick(self.LAST)

    def company(self):
        return self.pick(self.COMPANY)

    def sender(self):
        return self.pick(self.SENDERS)

    def e164(self):
        kind = self.randint(0, 7)
        if kind <= 2:
            return "+1%d%02d555%04d" % (self.randint(2, 9), self.randint(0, 99), self.randint(100, 199))
        if kind == 3:
            return "+447700900%03d" % self.randint(0, 999)
        if kind == 4:
            return "+2547%08d" % self.randint(0, 99999999)
        if kind == 5:
            return "+2348%09d" % self.randint(0, 999999999)
        if kind == 6:
            return "+4915%09d" % self.randint(0, 999999999)
        return "+6591%06d" % self.randint(0, 999999)

    def msisdn(self):
        return self.e164()[1:]

    def ip(self):
        return "10.%d.%d.%d" % (self.randint(0, 255), self.randint(0, 255), self.randint(2, 254))

    def pub_ip(self):
        return "%d.%d.%d.%d" % (self.pick([34, 52, 54, 64, 185, 198, 203]), self.randint(0, 255),
                                self.randint(0, 255), self.randint(2, 254))

    def ext(self):
        return str(self.randint(100, 899) + self.pick([0, 1000, 6000]))

    def port(self):
        return self.pick([5060, 5061, 5080, 5160, 7443, 8080, 8443, 3000, 9000])

    def date(self):
        return "20%02d-%02d-%02d" % (self.randint(22, 25), self.randint(1, 12), self.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.randint(0, 23), self.randint(0, 59),
                                             self.randint(0, 59), self.randint(0, 999))

    def epoch(self):
        return self.randint(1650000000, 1760000000)

    def version(self):
        return "%d.%d.%d" % (self.randint(1, 9), self.randint(0, 30), self.randint(0, 20))

    def sip_host(self):
        return self.pick(["sip.telnyx.com", "sip.vonage.com", "sip.plivo.com", "trunk.bandwidth.com",
                          "pbx.%s.internal" % self.company(), "sbc01.%s.net" % self.company(),
                          "sip.voip-carrier.example.net", "gw1.callnest.io"])

    # --- secret generators ----------------------------------------------------------------------
    def vonage_key(self):
        return self.hexl(8)

    def vonage_secret(self):
        return self.mixed(16)

    def vonage_sig_secret(self):
        return self.mixed(self.pick([32, 48, 64]))

    def sinch_token(self):
        return self.hexl(32)

    def sinch_key_secret(self):
        return self.mixed(26, "~_.-")

    def sinch_app_secret(self):
        return self.b64(16)

    def plivo_id(self):
        return self.pick(["MA", "MA", "SA"]) + self.chars(UPPER + DIGITS, 18)

    def plivo_token(self):
        return self.mixed(40)

    def telnyx_key(self):
        if self.chance(0.5):
            return "KEY" + self.hexu(32) + "_" + self.alnum(22)
        return "KEY" + self.hexu(32)

    def bird_key(self):
        return self.alnum(25)

    def bird_signing(self):
        return self.alnum(32)

    def infobip_key(self):
        return self.hexl(32) + "-" + self.uuid()

    def at_key(self):
        if self.chance(0.4):
            return "atsk_" + self.hexl(64)
        return self.hexl(64)

    def termii_key(self):
        return "TL" + self.alnum(58)

    def kaleyra_key(self):
        return "A" + self.hexl(32)

    def kaleyra_sid(self):
        return self.pick(["HXIN", "HXAP", "HXSG"]) + "%010d" % self.randint(1000000000, 1799999999) + \
            self.pick(["IN", "EU", "US", "SG"])

    def clickatell_key(self):
        return self.chars(B64URL, 22) + "=="

    def textmagic_key(self):
        return self.alnum(30)

    def e8x8_key(self):
        return self.alnum(43)

    def rc_client_id(self):
        return self.alnum(22)

    def rc_secret(self):
        return self.alnum(44)

    def rc_jwt(self):
        hdr = {"kid": self.hexl(40), "typ": "JWT", "alg": "RS256"}
        iat = self.epoch()
        pay = {"aud": "https://platform.ringcentral.com/restapi/oauth/token",
               "sub": str(self.randint(100000000, 999999999)),
               "iss": "https://platform.ringcentral.com",
               "exp": iat + 31536000 * self.randint(1, 3), "iat": iat, "jti": self.b64url(16)}

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(hdr) + "." + enc(pay) + "." + self.b64url(256)

    def dialpad_key(self):
        return self.alnum(self.randint(48, 56))

    def aircall_token(self):
        return self.hexl(32)

    def bw_secret(self):
        return self.mixed(self.pick([32, 40]))

    def sip_password(self, urlsafe=False):
        extra = "-_.~" if urlsafe else "-_.!%+=*"
        return self.mixed(self.randint(12, 22), extra)

    def db_password(self):
        return self.mixed(self.randint(16, 28), "-_")

    def rsa_pem(self, rsa_header=False):
        """Random bytes wrapped in a PKCS#8 (or PKCS#1) RSA-2048 shaped DER prefix."""
        if rsa_header:
            der = bytes.fromhex("308204a40201000282010100") + self.rbytes(1180)
            label = "RSA PRIVATE KEY"
        else:
            der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") \
                + self.rbytes(1164)
            label = "PRIVATE KEY"
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)

    def pub_pem(self):
        der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
            self.rbytes(256) + bytes.fromhex("0203010001")
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(lines)

    def cert_pem(self):
        der = bytes.fromhex("308203") + self.rbytes(self.randint(700, 900))
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(lines)

    def md5(self, s):
        return hashlib.md5(s.encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------------------------

class Item:
    def __init__(self, path, text, secret=None, needle=None, lang="txt", env=None, doc=None,
                 quote=True):
        self.path = path
        self.text = text
        self.secret = secret
        self.needle = needle
        self.lang = lang
        self.env = env or "API_SECRET"
        self.doc = doc or []
        self.quote = quote


POS_TEMPLATES = []
NEG_TEMPLATES = []


def pos(provider, kind, conv):
    def deco(fn):
        POS_TEMPLATES.append((fn, provider, kind, conv))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG_TEMPLATES.append((fn, provider, kind))
        return fn
    return deco


CODE_EXPR = {
    "py": ['os.environ["%s"]', 'os.getenv("%s", "")', 'os.environ.get("%s")'],
    "js": ["process.env.%s", "process.env['%s']"],
    "ts": ["process.env.%s!", "process.env['%s'] ?? ''"],
    "php": ["getenv('%s')", "env('%s')", "$_ENV['%s']"],
    "rb": ["ENV['%s']", "ENV.fetch('%s')"],
    "java": ['System.getenv("%s")'],
    "cs": ['Environment.GetEnvironmentVariable("%s")', 'config["%s"]'],
    "go": ['os.Getenv("%s")'],
    "exs": ['System.fetch_env!("%s")'],
    "ps1": ["$env:%s"],
}


def neg_fill(g, item):
    """Return the template text with the slot holding a non-secret value; and the category."""
    text = item.text
    env = item.env
    lower_env = env.lower()
    cats = ["placeholder", "placeholder", "empty", "masked", "envref", "envref", "secretref",
            "template", "doc", "doc"]
    cat = g.pick(cats)
    if cat == "doc" and not item.doc:
        cat = "placeholder"
    if cat == "envref" and item.lang in CODE_EXPR:
        for q in ('"', "'", "`"):
            quoted = q + SLOT + q
            if quoted in text:
                return text.replace(quoted, g.pick(CODE_EXPR[item.lang]) % env, 1), "env-reference"
    if cat == "placeholder":
        v = g.pick(["<your-%s>" % lower_env.replace("_", "-"), "YOUR_%s_HERE" % env, "changeme",
                    "CHANGE_ME", "x" * g.randint(8, 32), "X" * g.randint(16, 40), "<%s>" % env,
                    "REPLACE_WITH_%s" % env, "your_%s" % lower_env, "TODO", "dummy", "placeholder",
                    "0" * g.randint(16, 32), "%s_GOES_HERE" % env, "...", "insert-token-here"])
        return text.replace(SLOT, v, 1), "placeholder"
    if cat == "empty":
        return text.replace(SLOT, "", 1), "empty"
    if cat == "masked":
        v = g.pick(["********", "****************", "[REDACTED]", "<redacted>", "***REMOVED***",
                    "••••••••", "xxxx…%s" % g.hexl(4), "****%s" % g.alnum(4), "[FILTERED]",
                    "(hidden)"])
        return text.replace(SLOT, v, 1), "masked"
    if cat == "envref":
        v = g.pick(["${%s}" % env, "$%s" % env, "${%s:?missing}" % env, "%%(%s)s" % lower_env,
                    "${env:%s}" % env, "$(%s)" % env])
        return text.replace(SLOT, v, 1), "env-reference"
    if cat == "secretref":
        v = g.pick(["vault:secret/data/telecom/%s#value" % lower_env,
                    "op://Platform/%s/credential" % env.title().replace("_", "-"),
                    "arn:aws:secretsmanager:%s:%d:secret:%s-%s" % (g.pick(Gen.REGION),
                                                                  g.randint(10 ** 11, 10 ** 12 - 1),
                                                                  lower_env.replace("_", "-"), g.alnum(6)),
                    "projects/%s/secrets/%s/versions/latest" % (g.company(), lower_env.replace("_", "-")),
                    "sm://%s" % lower_env, "azurekeyvault://kv-%s/%s" % (g.company(), lower_env.replace("_", "-")),
                    "ref+vault://secret/%s#/token" % lower_env])
        return text.replace(SLOT, v, 1), "secret-manager-reference"
    if cat == "template":
        if item.lang == "yaml":
            opts = ["${{ secrets.%s }}" % env, "{{ .Values.%s }}" % lower_env,
                    "{{ lookup('env', '%s') }}" % env, "{{ %s }}" % lower_env]
        elif item.lang in ("rb", "ini", "env", "props", "conf", "toml"):
            opts = ["<%%= ENV['%s'] %%>" % env, "{{ %s }}" % lower_env, "@@%s@@" % env, "%%%s%%" % env]
        else:
            opts = ["{{%s}}" % env, "{{ %s }}" % lower_env, "%%%s%%" % env, "@@%s@@" % env]
        v = g.pick(opts)
        return text.replace(SLOT, v, 1), "template-expression"
    v = g.pick(item.doc)
    return text.replace(SLOT, v, 1), "documented-example"


# ---------------------------------------------------------------------------------------------
# Positive templates (each text holds SLOT exactly once)
# ---------------------------------------------------------------------------------------------

VONAGE_DOC = ["abcdef0123456789", "VONAGE_API_SECRET", "YOUR_API_SECRET"]
PLIVO_DOC = ["YOUR_PLIVO_AUTH_TOKEN", "PLIVO_AUTH_TOKEN", "your_auth_token"]
TELNYX_DOC = ["YOUR_API_KEY", "YOUR_TELNYX_API_KEY"]
SINCH_DOC = ["{YOUR_API_Token}", "YOUR_api_token", "YOUR_key_secret", "YOUR_Key_Secret"]
INFOBIP_DOC = ["003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9",
               "YOUR_API_KEY", "{authorization}"]
BIRD_DOC = ["test_gshuPaZoeEG6ovbc8M79w0QyM", "<YOUR_ACCESS_KEY>", "YOUR_ACCESS_KEY"]
AT_DOC = ["abc123", "YOUR_API_KEY", "xxxxxxxxxxxxx"]
E8X8_DOC = ["5DhZxZRILVPKjXuFWsd7QGZ**********31n19pYmg", "{apiKey}"]
BW_DOC = ["correct-horse-battery-staple", "mySecret"]
AIRCALL_DOC = ["9876LMNO5432PQRS", "<YOUR_API_TOKEN>", "your_api_token"]
SIP_DOC = ["unsecurepassword", "example-password", "password", "secret"]
KAM_DOC = ["kamailiorw", "kamailioro"]


@pos("vonage", "api_secret", True)
def p_vonage_settings_py(g):
    text = sub('''
        """Django settings fragment for outbound SMS."""
        from .base import *  # noqa

        SMS_BACKEND = "notifications.backends.vonage.VonageBackend"
        SMS_DEFAULT_SENDER = "«sender»"
        SMS_RATE_LIMIT_PER_MINUTE = «rate»

        # Vonage account (dashboard > API settings)
        VONAGE_API_KEY = "«key»"
        VONAGE_API_SECRET = "§S§"
        VONAGE_STATUS_WEBHOOK = "https://«co».example.com/hooks/vonage/status"

        LOGGING["loggers"]["notifications"] = {"level": "INFO", "handlers": ["console"]}
        ''', sender=g.sender(), rate=g.randint(30, 600), key=g.vonage_key(), co=g.company())
    return Item(g.pick(["config/settings/production.py", "backend/settings/sms.py", "app/settings_prod.py"]),
                text, g.vonage_secret(), lang="py", env="VONAGE_API_SECRET", doc=VONAGE_DOC)


@pos("vonage", "api_secret", False)
def p_vonage_node_ctor(g):
    text = sub('''
        const { Vonage } = require('@vonage/server-sdk');
        const logger = require('../logger');

        const vonage = new Vonage({
          apiKey: '«key»',
          apiSecret: '§S§',
        });

        async function sendOtp(to, code) {
          const resp = await vonage.sms.send({ to, from: '«sender»', text: `Your code is ${code}` });
          logger.info({ to, messages: resp.messages.length }, 'otp sent');
          return resp;
        }

        module.exports = { sendOtp };
        ''', key=g.vonage_key(), sender=g.sender())
    return Item(g.pick(["src/lib/sms.js", "services/otp/vonage.js", "server/notify/sms.js"]), text,
                g.vonage_secret(), lang="js", env="VONAGE_API_SECRET", doc=VONAGE_DOC)


@pos("vonage", "api_secret", False)
def p_vonage_curl(g):
    text = sub('''
        #!/usr/bin/env bash
        # Nightly balance check for the «co» SMS account; alerts #ops-telecom below threshold.
        set -euo pipefail

        THRESHOLD=«thr»
        balance=$(curl -s -u "«key»:§S§" "https://rest.nexmo.com/account/get-balance" | jq -r '.value')

        if (( $(echo "$balance < $THRESHOLD" | bc -l) )); then
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"SMS balance low: ${balance} EUR\\"}" "$SLACK_WEBHOOK_URL"
        fi
        echo "balance=${balance}"
        ''', co=g.company(), thr=g.randint(5, 50), key=g.vonage_key())
    return Item(g.pick(["scripts/check_sms_balance.sh", "ops/cron/vonage-balance.sh"]), text,
                g.vonage_secret(), lang="sh", env="VONAGE_API_SECRET", doc=VONAGE_DOC)


@pos("vonage", "api_secret", False)
def p_vonage_laravel(g):
    text = sub('''
        <?php

        return [

            'mailgun' => [
                'domain' => env('MAILGUN_DOMAIN'),
                'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
            ],

            'vonage' => [
                'key' => '«key»',
                'secret' => '§S§',
                'sms_from' => '«num»',
            ],

            'slack' => [
                'notifications' => [
                    'channel' => '#alerts',
                ],
            ],
        ];
        ''', key=g.vonage_key(), num=g.msisdn())
    return Item("config/services.php", text, g.vonage_secret(), lang="php", env="VONAGE_SECRET",
                doc=VONAGE_DOC)


@pos("vonage", "api_secret", False)
def p_vonage_apprise(g):
    text = sub('''
        # Notification targets for the monitoring stack (apprise URLs)
        urls:
          - tag: oncall-sms
            url: vonage://«key»:§S§@«frm»/«to»
          - tag: email
            url: mailto://alerts@«co».example.com
        throttle_seconds: «thr»
        ''', key=g.vonage_key(), frm=g.msisdn(), to=g.msisdn(), co=g.company(), thr=g.randint(30, 300))
    return Item(g.pick(["monitoring/apprise.yml", "config/notify.yaml"]), text, g.vonage_secret(),
                lang="yaml", env="VONAGE_API_SECRET", doc=VONAGE_DOC)


@pos("vonage", "private_key", False)
def p_vonage_pem_file(g):
    pem = g.rsa_pem(rsa_header=g.chance(0.3))
    text = SLOT + "\n"
    return Item(g.pick(["keys/vonage_app.key", "deploy/secrets/private.key", "config/vonage/private.key"]),
                text, pem, needle=pem.split("\n")[0], lang="pem", env="VONAGE_PRIVATE_KEY",
                doc=["<contents of private.key>"])


@pos("vonage", "private_key", True)
def p_vonage_pem_json(g):
    pem = g.rsa_pem()
    esc = pem.replace("\n", "\\n")
    text = sub('''
        {
          "application_id": "«app»",
          "application_name": "«co»-voice",
          "private_key": "§S§",
          "answer_url": "https://«co».example.com/webhooks/answer",
          "event_url": "https://«co».example.com/webhooks/event"
        }
        ''', app=g.uuid(), co=g.company())
    return Item(g.pick(["config/vonage.json", "voice/app.json"]), text, esc,
                needle="-----BEGIN PRIVATE KEY-----", lang="json", env="VONAGE_PRIVATE_KEY",
                doc=["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"])


@pos("vonage", "signature_secret", True)
def p_vonage_appsettings(g):
    text = sub('''
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "AllowedHosts": "*",
          "Vonage": {
            "Vonage.Api.Key": "«key»",
            "Vonage.Api.SignatureSecret": "§S§",
            "Vonage.Api.SignatureMethod": "sha512",
            "Vonage.Application.Id": "«app»"
          }
        }
        ''', key=g.vonage_key(), app=g.uuid())
    return Item("src/Notifications.Api/appsettings.Production.json", text, g.vonage_sig_secret(),
                lang="json", env="VONAGE_SIGNATURE_SECRET", doc=["VONAGE_SIGNATURE_SECRET"])


@pos("vonage", "api_secret", True)
def p_vonage_ruby(g):
    text = sub('''
        # frozen_string_literal: true

        require 'vonage'

        module Messaging
          class Client
            def self.instance
              @instance ||= Vonage::Client.new(
                api_key: ENV.fetch('VONAGE_API_KEY', '«key»'),
                api_secret: '§S§'
              )
            end

            def self.deliver(to:, body:)
              instance.sms.send(from: '«sender»', to: to, text: body)
            end
          end
        end
        ''', key=g.vonage_key(), sender=g.sender())
    return Item("app/services/messaging/client.rb", text, g.vonage_secret(), lang="rb",
                env="VONAGE_API_SECRET", doc=VONAGE_DOC)


# --- Sinch --------------------------------------------------------------------------------------

@pos("sinch", "api_token", False)
def p_sinch_py_header(g):
    text = sub('''
        import requests

        SERVICE_PLAN_ID = "«plan»"
        BASE = f"https://«reg».sms.api.sinch.com/xms/v1/{SERVICE_PLAN_ID}"
        HEADERS = {
            "Authorization": "Bearer §S§",
            "Content-Type": "application/json",
        }


        def send_batch(to_numbers, body, sender="«num»"):
            payload = {"from": sender, "to": list(to_numbers), "body": body}
            r = requests.post(f"{BASE}/batches", json=payload, headers=HEADERS, timeout=10)
            r.raise_for_status()
            return r.json()["id"]
        ''', plan=g.hexl(32), reg=g.pick(["us", "eu"]), num=g.e164())
    return Item(g.pick(["notify/sinch_sms.py", "app/integrations/sinch.py"]), text, g.sinch_token(),
                lang="py", env="SINCH_API_TOKEN", doc=SINCH_DOC)


@pos("sinch", "api_token", True)
def p_sinch_env(g):
    text = sub('''
        NODE_ENV=production
        PORT=«port»
        SINCH_REGION=«reg»
        SINCH_SERVICE_PLAN_ID=«plan»
        SINCH_API_TOKEN=§S§
        SINCH_FROM_NUMBER=«num»
        ''', port=g.pick([3000, 8080, 5000]), reg=g.pick(["us", "eu"]), plan=g.hexl(32), num=g.e164())
    return Item(".env", text, g.sinch_token(), lang="env", env="SINCH_API_TOKEN", doc=SINCH_DOC)


@pos("sinch", "key_secret", False)
def p_sinch_java(g):
    text = sub('''
        package com.«co».notify.config;

        import com.sinch.sdk.SinchClient;
        import com.sinch.sdk.models.Configuration;
        import org.springframework.context.annotation.Bean;

        @org.springframework.context.annotation.Configuration
        public class SinchConfig {

            @Bean
            public SinchClient sinchClient() {
                Configuration configuration = Configuration.builder()
                        .setProjectId("«proj»")
                        .setKeyId("«kid»")
                        .setKeySecret("§S§")
                        .build();
                return new SinchClient(configuration);
            }
        }
        ''', co=g.company().replace("-", ""), proj=g.uuid(), kid=g.uuid())
    return Item("src/main/java/com/notify/config/SinchConfig.java", text, g.sinch_key_secret(),
                lang="java", env="SINCH_KEY_SECRET", doc=SINCH_DOC)


@pos("sinch", "key_secret", True)
def p_sinch_k8s_secret(g):
    text = sub('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: conversation-api-credentials
          namespace: «ns»
          labels:
            app.kubernetes.io/name: chat-bridge
        type: Opaque
        stringData:
          SINCH_PROJECT_ID: "«proj»"
          SINCH_KEY_ID: "«kid»"
          SINCH_KEY_SECRET: "§S§"
          SINCH_CONVERSATION_REGION: "«reg»"
        ''', ns=g.pick(["messaging", "prod", "chat"]), proj=g.uuid(), kid=g.uuid(), reg=g.pick(["us", "eu"]))
    return Item(g.pick(["k8s/chat-bridge/secret.yaml", "deploy/base/sinch-secret.yaml"]), text,
                g.sinch_key_secret(), lang="yaml", env="SINCH_KEY_SECRET", doc=SINCH_DOC)


@pos("sinch", "application_secret", False)
def p_sinch_go_verify(g):
    text = sub('''
        package verify

        import (
        	"net/http"
        	"time"
        )

        const (
        	appKey    = "«akey»"
        	baseURL   = "https://verification.api.sinch.com/verification/v1"
        	timeout   = 8 * time.Second
        )

        var appSecret = "§S§"

        func newClient() *http.Client {
        	return &http.Client{Timeout: timeout}
        }

        func basicAuth(r *http.Request) {
        	r.SetBasicAuth(appKey, appSecret)
        }
        ''', akey=g.uuid())
    return Item("internal/verify/client.go", text, g.sinch_app_secret(), lang="go",
                env="SINCH_APPLICATION_SECRET", doc=SINCH_DOC)


@pos("sinch", "key_secret", False)
def p_sinch_oauth_curl(g):
    text = sub('''
        # Sinch Numbers: list active numbers for the support project

        1. Get a token (valid one hour):

        ```bash
        curl https://auth.sinch.com/oauth2/token \\
          -d grant_type=client_credentials \\
          -u «kid»:§S§
        ```

        2. Call the Numbers API with the returned `access_token`:

        ```bash
        curl "https://numbers.api.sinch.com/v1/projects/«proj»/activeNumbers?regionCode=US&type=LOCAL" \\
          -H "Authorization: Bearer $ACCESS_TOKEN"
        ```
        ''', kid=g.uuid(), proj=g.uuid())
    return Item(g.pick(["docs/runbooks/sinch-numbers.md", "ops/README-sinch.md"]), text, g.sinch_key_secret(),
                lang="md", env="SINCH_KEY_SECRET", doc=SINCH_DOC)


# --- Plivo --------------------------------------------------------------------------------------

@pos("plivo", "auth_token", True)
def p_plivo_php(g):
    text = sub('''
        <?php

        /*
        |--------------------------------------------------------------------------
        | Plivo SMS gateway credentials
        |--------------------------------------------------------------------------
        */

        return array(

            'PLIVO_AUTH_ID' => '«aid»',

            'PLIVO_AUTH_TOKEN' => '§S§',

            'PLIVO_SOURCE_NUMBER' => '«num»',

        );
        ''', aid=g.plivo_id(), num=g.msisdn())
    return Item("config/plivo.php", text, g.plivo_token(), lang="php", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("plivo", "auth_token", False)
def p_plivo_node(g):
    text = sub('''
        import plivo from 'plivo';

        const client = new plivo.Client('«aid»', '§S§');

        export async function callAgent(agentNumber, answerUrl) {
          const res = await client.calls.create('«num»', agentNumber, answerUrl, { answerMethod: 'GET' });
          return res.requestUuid;
        }
        ''', aid=g.plivo_id(), num=g.msisdn())
    return Item(g.pick(["src/telephony/plivoClient.mjs", "lib/plivo.js"]), text, g.plivo_token(),
                lang="js", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("plivo", "auth_token", True)
def p_plivo_py(g):
    text = sub('''
        import plivo

        from .models import Reminder

        client = plivo.RestClient(auth_id="«aid»", auth_token="§S§")


        def send_reminder(reminder: Reminder) -> str:
            resp = client.messages.create(
                src="«num»",
                dst=reminder.phone,
                text=f"Reminder: {reminder.title} at {reminder.when:%H:%M}",
            )
            return resp.message_uuid[0]
        ''', aid=g.plivo_id(), num=g.msisdn())
    return Item("reminders/sms.py", text, g.plivo_token(), lang="py", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("plivo", "auth_token", True)
def p_plivo_compose(g):
    text = sub('''
        services:
          ivr:
            build: ./ivr
            restart: unless-stopped
            ports:
              - "«port»:«port»"
            environment:
              PLIVO_AUTH_ID: «aid»
              PLIVO_AUTH_TOKEN: §S§
              PLIVO_APP_ID: "«appid»"
              PUBLIC_BASE_URL: https://ivr.«co».example.com
            depends_on:
              - redis
          redis:
            image: redis:7-alpine
        ''', port=g.pick([5000, 8000, 8080]), aid=g.plivo_id(), appid=g.randint(10 ** 16, 10 ** 17),
               co=g.company())
    return Item(g.pick(["docker-compose.yml", "deploy/compose.prod.yaml"]), text, g.plivo_token(),
                lang="yaml", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("plivo", "auth_token", False)
def p_plivo_ruby(g):
    text = sub('''
        require 'plivo'

        class VoiceBroadcast
          SOURCE = '«num»'.freeze

          def initialize
            @client = Plivo::RestClient.new('«aid»', '§S§')
          end

          def call(numbers, answer_url)
            @client.calls.create(SOURCE, numbers, answer_url)
          end
        end
        ''', num=g.msisdn(), aid=g.plivo_id())
    return Item("lib/voice_broadcast.rb", text, g.plivo_token(), lang="rb", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("plivo", "auth_token", False)
def p_plivo_md(g):
    aid = g.plivo_id()
    text = sub('''
        ## Debugging undelivered messages

        Look the message up directly (replace the UUID):

            curl -u «aid»:§S§ \\
              https://api.plivo.com/v1/Account/«aid»/Message/«uuid»/

        `error_code` 30 means the carrier rejected the sender id; 200 means the handset is
        unreachable. See the support matrix in `docs/sms-errors.md`.
        ''', aid=aid, uuid=g.uuid())
    return Item("docs/troubleshooting/sms.md", text, g.plivo_token(), lang="md", env="PLIVO_AUTH_TOKEN",
                doc=PLIVO_DOC)


# --- Telnyx -------------------------------------------------------------------------------------

@pos("telnyx", "api_key", True)
def p_telnyx_py(g):
    text = sub('''
        import telnyx

        telnyx.api_key = "§S§"
        MESSAGING_PROFILE_ID = "«mp»"


        def notify(to: str, body: str) -> str:
            msg = telnyx.Message.create(
                from_="«num»",
                to=to,
                text=body,
                messaging_profile_id=MESSAGING_PROFILE_ID,
            )
            return msg.id
        ''', mp=g.uuid(), num=g.e164())
    return Item(g.pick(["alerts/telnyx_sms.py", "app/notify/telnyx.py"]), text, g.telnyx_key(), lang="py",
                env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("telnyx", "api_key", False)
def p_telnyx_ts(g):
    text = sub('''
        import Telnyx from 'telnyx';

        const client = new Telnyx({ apiKey: '§S§' });

        export async function dial(to: string, connectionId = '«conn»') {
          const { data } = await client.calls.dial({
            connection_id: connectionId,
            to,
            from: '«num»',
            webhook_url: 'https://voice.«co».example.com/telnyx/events',
          });
          return data.call_control_id;
        }
        ''', conn=g.randint(10 ** 17, 10 ** 18), num=g.e164(), co=g.company())
    return Item(g.pick(["src/voice/dialer.ts", "packages/voice/src/telnyx.ts"]), text, g.telnyx_key(),
                lang="ts", env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("telnyx", "api_key", True)
def p_telnyx_workflow(g):
    text = sub('''
        name: smoke-test-sms
        on:
          workflow_dispatch:
          schedule:
            - cron: "«m» 6 * * 1-5"

        jobs:
          smoke:
            runs-on: ubuntu-latest
            env:
              TELNYX_API_KEY: §S§
              SMOKE_TO: "«num»"
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install -r tests/smoke/requirements.txt
              - run: python tests/smoke/send_sms.py
        ''', m=g.randint(0, 59), num=g.e164())
    return Item(".github/workflows/sms-smoke.yml", text, g.telnyx_key(), lang="yaml", env="TELNYX_API_KEY",
                doc=TELNYX_DOC)


@pos("telnyx", "api_key", False)
def p_telnyx_curl(g):
    text = sub('''
        #!/bin/sh
        # list messaging profiles (used by the provisioning job)
        curl -sS -X GET \\
          --header "Accept: application/json" \\
          --header "Authorization: Bearer §S§" \\
          "https://api.telnyx.com/v2/messaging_profiles?page[size]=«n»" | jq '.data[] | {id, name}'
        ''', n=g.pick([10, 20, 50]))
    return Item(g.pick(["tools/list-profiles.sh", "bin/telnyx-profiles"]), text, g.telnyx_key(), lang="sh",
                env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("telnyx", "api_key", False)
def p_telnyx_tf(g):
    text = sub('''
        variable "messaging_token" {
          description = "Token used by the sms-relay lambda"
          type        = string
          default     = "§S§"
        }

        resource "aws_lambda_function" "sms_relay" {
          function_name = "sms-relay-«env»"
          runtime       = "python3.12"
          handler       = "relay.handler"
          filename      = "build/relay.zip"
          role          = aws_iam_role.relay.arn

          environment {
            variables = {
              TELNYX_API_KEY = var.messaging_token
              FROM_NUMBER    = "«num»"
            }
          }
        }
        ''', env=g.pick(["prod", "staging"]), num=g.e164())
    return Item(g.pick(["infra/lambda_sms.tf", "terraform/sms/main.tf"]), text, g.telnyx_key(), lang="tf",
                env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("telnyx", "api_key", True)
def p_telnyx_toml(g):
    text = sub('''
        [server]
        listen = "0.0.0.0:«port»"
        log_level = "info"

        [telnyx]
        api_key = "§S§"
        connection_id = "«conn»"
        default_from = "«num»"

        [queue]
        url = "redis://redis:6379/2"
        ''', port=g.pick([8080, 9000, 7000]), conn=g.randint(10 ** 17, 10 ** 18), num=g.e164())
    return Item(g.pick(["config/relay.toml", "dialer/config.toml"]), text, g.telnyx_key(), lang="toml",
                env="TELNYX_API_KEY", doc=TELNYX_DOC)


# --- Bandwidth ----------------------------------------------------------------------------------

@pos("bandwidth", "client_secret", True)
def p_bw_spring(g):
    text = sub('''
        spring:
          application:
            name: sms-gateway
        server:
          port: «port»

        bandwidth:
          account-id: "«acct»"
          messaging-application-id: «app»
          client-id: «cid»
          client-secret: §S§
          from-number: "«num»"

        management:
          endpoints:
            web:
              exposure:
                include: health,info
        ''', port=g.pick([8080, 8081, 9090]), acct=g.randint(1000000, 9999999), app=g.uuid(),
               cid=g.alnum(20), num=g.e164())
    return Item("src/main/resources/application-prod.yml", text, g.bw_secret(), lang="yaml",
                env="BW_CLIENT_SECRET", doc=BW_DOC)


@pos("bandwidth", "api_password", True)
def p_bw_properties(g):
    text = sub('''
        # Bandwidth legacy API user (to be migrated to OAuth client credentials)
        bandwidth.account.id=«acct»
        bandwidth.api.username=«user»
        bandwidth.api.password=§S§
        bandwidth.voice.application.id=«app»
        bandwidth.voice.callback.url=https://voice.«co».example.com/bandwidth/callbacks
        http.client.timeout.ms=«to»
        ''', acct=g.randint(1000000, 9999999), user="api-" + g.company(), app=g.uuid(), co=g.company(),
               to=g.pick([5000, 10000, 15000]))
    return Item("src/main/resources/telephony.properties", text, g.sip_password(), lang="props",
                env="BW_PASSWORD", doc=BW_DOC)


@pos("bandwidth", "api_password", False)
def p_bw_csharp(g):
    text = sub('''
        using Bandwidth.Standard.Api;
        using Bandwidth.Standard.Client;

        namespace Dispatch.Sms;

        public static class BandwidthFactory
        {
            private const string AccountId = "«acct»";

            public static MessagesApi Create()
            {
                var config = new Configuration
                {
                    Username = "«user»",
                    Password = "§S§"
                };
                return new MessagesApi(config);
            }

            public static string Account => AccountId;
        }
        ''', acct=g.randint(1000000, 9999999), user="svc-" + g.company())
    return Item("src/Dispatch/Sms/BandwidthFactory.cs", text, g.sip_password(), lang="cs", env="BW_PASSWORD",
                doc=BW_DOC)


@pos("bandwidth", "client_secret", False)
def p_bw_node(g):
    text = sub('''
        const axios = require('axios');

        const oauth = {
          tokenUrl: 'https://api.bandwidth.com/api/v1/oauth2/token',
          id: '«cid»',
          key: '§S§',
        };

        async function token() {
          const res = await axios.post(oauth.tokenUrl, 'grant_type=client_credentials', {
            auth: { username: oauth.id, password: oauth.key },
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          });
          return res.data.access_token;
        }

        module.exports = { token, accountId: '«acct»' };
        ''', cid=g.alnum(20), acct=g.randint(1000000, 9999999))
    return Item("lib/bandwidth/auth.js", text, g.bw_secret(), lang="js", env="BW_CLIENT_SECRET", doc=BW_DOC)


# --- MessageBird / Bird --------------------------------------------------------------------------

@pos("messagebird", "access_key", False)
def p_bird_node(g):
    text = sub('''
        'use strict';

        const messagebird = require('messagebird')('§S§');

        exports.sendVerification = (recipient, template) =>
          new Promise((resolve, reject) => {
            messagebird.verify.create(recipient, { originator: '«sender»', template }, (err, res) =>
              err ? reject(err) : resolve(res.id)
            );
          });
        ''', sender=g.sender())
    return Item(g.pick(["functions/verify.js", "src/verify/messagebird.js"]), text, g.bird_key(), lang="js",
                env="MESSAGEBIRD_ACCESS_KEY", doc=BIRD_DOC)


@pos("messagebird", "access_key", False)
def p_bird_py(g):
    text = sub('''
        import messagebird

        client = messagebird.Client("§S§")


        def balance():
            b = client.balance()
            return {"payment": b.payment, "type": b.type, "amount": b.amount}


        if __name__ == "__main__":
            print(balance())
        ''')
    return Item("scripts/mb_balance.py", text, g.bird_key(), lang="py", env="MESSAGEBIRD_ACCESS_KEY", doc=BIRD_DOC)


@pos("messagebird", "access_key", False)
def p_bird_php(g):
    text = sub('''
        <?php

        require __DIR__ . '/../vendor/autoload.php';

        $client = new \\MessageBird\\Client('§S§');

        $message = new \\MessageBird\\Objects\\Message();
        $message->originator = '«sender»';
        $message->recipients = [«num»];
        $message->body = 'Your table is ready.';

        $result = $client->messages->create($message);
        echo $result->getId() . PHP_EOL;
        ''', sender=g.sender(), num=g.msisdn())
    return Item("bin/notify-table.php", text, g.bird_key(), lang="php", env="MESSAGEBIRD_ACCESS_KEY", doc=BIRD_DOC)


@pos("messagebird", "access_key", True)
def p_bird_ruby_const(g):
    text = sub('''
        # config/initializers/messagebird.rb
        MESSAGEBIRD_ACCESS_KEY = '§S§'
        MESSAGEBIRD_ORIGINATOR = '«sender»'

        Rails.application.config.to_prepare do
          SmsNotifier.client = MessageBird::Client.new(MESSAGEBIRD_ACCESS_KEY)
        end
        ''', sender=g.sender())
    return Item("config/initializers/messagebird.rb", text, g.bird_key(), lang="rb", env="MESSAGEBIRD_ACCESS_KEY",
                doc=BIRD_DOC)


@pos("messagebird", "webhook_signing_key", True)
def p_bird_signing(g):
    text = sub('''
        conversations:
          channel_id: «chan»
          webhook_url: https://chat.«co».example.com/mb/webhook
          signing_key: §S§
          events:
            - message.created
            - message.updated
        ''', chan=g.hexl(32), co=g.company())
    return Item(g.pick(["config/messagebird.yml", "chatbot/config/channels.yaml"]), text, g.bird_signing(),
                lang="yaml", env="MESSAGEBIRD_SIGNING_KEY", doc=["<YOUR_SIGNING_KEY>"])


# --- Infobip ------------------------------------------------------------------------------------

@pos("infobip", "api_key", False)
def p_infobip_curl(g):
    text = sub('''
        #!/usr/bin/env bash
        # Sends the WhatsApp template used for delivery notifications (manual resend tool)
        TO="${1:?usage: $0 <msisdn>}"

        curl -sS -X POST "https://«sub».api.infobip.com/whatsapp/1/message/template" \\
          -H "Authorization: App §S§" \\
          -H "Content-Type: application/json" \\
          -d @- <<EOF
        {"messages":[{"from":"«num»","to":"${TO}","content":{"templateName":"delivery_update","templateData":{"body":{"placeholders":["${2:-today}"]}},"language":"en"}}]}
        EOF
        ''', sub=g.alnum(6).lower(), num=g.msisdn())
    return Item("tools/resend-whatsapp.sh", text, g.infobip_key(), lang="sh", env="INFOBIP_API_KEY",
                doc=INFOBIP_DOC)


@pos("infobip", "api_key", True)
def p_infobip_ts(g):
    text = sub('''
        import { Infobip, AuthType } from '@infobip-api/sdk';

        export const infobip = new Infobip({
          baseUrl: 'https://«sub».api.infobip.com',
          apiKey: '§S§',
          authType: AuthType.ApiKey,
        });

        export const SENDER = '«sender»';
        ''', sub=g.alnum(6).lower(), sender=g.sender())
    return Item(g.pick(["src/providers/infobip.ts", "apps/api/src/sms/infobip.client.ts"]), text,
                g.infobip_key(), lang="ts", env="INFOBIP_API_KEY", doc=INFOBIP_DOC)


@pos("infobip", "api_key", True)
def p_infobip_spring(g):
    text = sub('''
        infobip:
          base-url: https://«sub».api.infobip.com
          api-key: §S§
          sender: «sender»
          two-factor:
            application-id: «app»
            message-id: «msg»
        ''', sub=g.alnum(6).lower(), sender=g.sender(), app=g.hexu(32), msg=g.hexu(32))
    return Item("src/main/resources/application.yml", text, g.infobip_key(), lang="yaml", env="INFOBIP_API_KEY",
                doc=INFOBIP_DOC)


@pos("infobip", "api_key", True)
def p_infobip_pyconst(g):
    text = sub('''
        #!/usr/bin/env python3
        """Configuration for the SMS campaign tool."""

        API_BASE_URL = "https://«sub».api.infobip.com"
        SENDER_ID = "«sender»"
        INFOBIP_API_KEY = "§S§"

        DEFAULT_TIMEOUT = 30
        MAX_SMS_LENGTH = 160
        MAX_RECIPIENTS = «n»
        ''', sub=g.alnum(6).lower(), sender=g.sender(), n=g.pick([100, 500, 1000]))
    return Item(g.pick(["campaign/config.py", "sms_tool/config.py"]), text, g.infobip_key(), lang="py",
                env="INFOBIP_API_KEY", doc=INFOBIP_DOC)


# --- Africa's Talking / Termii / Kaleyra / Clickatell / Textmagic / 8x8 --------------------------

@pos("africastalking", "api_key", False)
def p_at_py(g):
    text = sub('''
        import africastalking

        USERNAME = "«user»"
        africastalking.initialize(USERNAME, "§S§")
        sms = africastalking.SMS


        def broadcast(numbers, text):
            return sms.send(text, numbers, sender_id="«sender»")
        ''', user=g.pick(["farmlink", "edusend", "mavuno", "clinicq"]), sender=g.sender())
    return Item(g.pick(["ussd/sms.py", "app/at_client.py"]), text, g.at_key(), lang="py",
                env="AT_API_KEY", doc=AT_DOC)


@pos("africastalking", "api_key", False)
def p_at_php(g):
    text = sub('''
        <?php
        use AfricasTalking\\SDK\\AfricasTalking;

        $username = '«user»';
        $AT       = new AfricasTalking($username, '§S§');
        $voice    = $AT->voice();

        $result = $voice->call([
            'from' => '«num»',
            'to'   => $_POST['phone'] ?? '',
        ]);
        header('Content-Type: application/json');
        echo json_encode($result);
        ''', user=g.pick(["farmlink", "edusend", "pawcare"]), num=g.e164())
    return Item("public/call.php", text, g.at_key(), lang="php", env="AT_API_KEY", doc=AT_DOC)


@pos("africastalking", "api_key", True)
def p_at_elixir(g):
    text = sub('''
        import Config

        config :at_ex,
          api_key: "§S§",
          content_type: "application/x-www-form-urlencoded",
          accept: "application/json",
          username: "«user»",
          sandbox: false

        config :tesla, adapter: Tesla.Adapter.Hackney
        ''', user=g.pick(["farmlink", "edusend", "mavuno"]))
    return Item("config/prod.exs", text, g.at_key(), lang="exs", env="AT_API_KEY", doc=AT_DOC)


@pos("termii", "api_key", True)
def p_termii_node(g):
    text = sub('''
        const axios = require('axios');

        async function sendOtp(phone) {
          const data = {
            api_key: '§S§',
            message_type: 'NUMERIC',
            to: phone,
            from: '«sender»',
            channel: 'dnd',
            pin_attempts: 3,
            pin_time_to_live: 5,
            pin_length: 6,
            pin_placeholder: '< 1234 >',
            message_text: 'Your «sender» code is < 1234 >',
            pin_type: 'NUMERIC',
          };
          const res = await axios.post('https://api.ng.termii.com/api/sms/otp/send', data);
          return res.data.pinId;
        }

        module.exports = { sendOtp };
        ''', sender=g.sender())
    return Item("src/auth/termii.js", text, g.termii_key(), lang="js", env="TERMII_API_KEY",
                doc=["YOUR_TERMII_API_KEY", "Your API key"])


@pos("termii", "api_key", True)
def p_termii_go(g):
    text = sub('''
        package notify

        type TermiiConfig struct {
        	BaseURL  string
        	APIKey   string
        	SenderID string
        	Channel  string
        }

        var DefaultTermii = TermiiConfig{
        	BaseURL:  "https://api.ng.termii.com/api",
        	APIKey:   "§S§",
        	SenderID: "«sender»",
        	Channel:  "generic",
        }
        ''', sender=g.sender())
    return Item("pkg/notify/termii.go", text, g.termii_key(), lang="go", env="TERMII_API_KEY",
                doc=["YOUR_TERMII_API_KEY"])


@pos("kaleyra", "api_key", False)
def p_kaleyra_py(g):
    text = sub('''
        import requests

        SID = "«sid»"
        URL = f"https://api.kaleyra.io/v1/{SID}/messages"


        def send(to, body):
            resp = requests.post(
                URL,
                headers={"api-key": "§S§"},
                data={"to": to, "sender": "«sender»", "type": "OTP", "body": body},
                timeout=15,
            )
            resp.raise_for_status()
            return resp.json()["id"]
        ''', sid=g.kaleyra_sid(), sender=g.sender())
    return Item("integrations/kaleyra.py", text, g.kaleyra_key(), lang="py", env="KALEYRA_API_KEY",
                doc=["YOUR_API_KEY", "<api-key>"])


@pos("kaleyra", "api_key", True)
def p_kaleyra_ansible(g):
    text = sub('''
        ---
        sms_provider: kaleyra
        kaleyra_sid: «sid»
        kaleyra_api_key: "§S§"
        kaleyra_sender_id: «sender»
        notify_ops_numbers:
          - "«n1»"
          - "«n2»"
        ''', sid=g.kaleyra_sid(), sender=g.sender(), n1=g.e164(), n2=g.e164())
    return Item(g.pick(["ansible/group_vars/production/sms.yml", "inventory/group_vars/all/notify.yml"]),
                text, g.kaleyra_key(), lang="yaml", env="KALEYRA_API_KEY", doc=["<api-key>", "CHANGEME"])


@pos("clickatell", "api_key", True)
def p_clickatell_ha(g):
    text = sub('''
        homeassistant:
          name: Home
          time_zone: Africa/Johannesburg

        notify:
          - platform: clickatell
            name: family_sms
            api_key: §S§
            recipient: "«num»"

        automation: !include automations.yaml
        ''', num=g.msisdn())
    return Item("homeassistant/configuration.yaml", text, g.clickatell_key(), lang="yaml",
                env="CLICKATELL_API_KEY", doc=["APIKEY-HERE", "YOUR_API_KEY"])


@pos("clickatell", "api_key", False)
def p_clickatell_cs(g):
    text = sub('''
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;

        public class ClickatellSender
        {
            private static readonly HttpClient Http = new HttpClient();

            static ClickatellSender()
            {
                Http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "§S§");
                Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            }

            public async Task<string> SendAsync(string to, string text)
            {
                var body = $"{{\\"messages\\":[{{\\"channel\\":\\"sms\\",\\"to\\":\\"{to}\\",\\"content\\":\\"{text}\\"}}]}}";
                var res = await Http.PostAsync("https://platform.clickatell.com/v1/message",
                    new StringContent(body, Encoding.UTF8, "application/json"));
                return await res.Content.ReadAsStringAsync();
            }
        }
        ''')
    return Item("Services/ClickatellSender.cs", text, g.clickatell_key(), lang="cs", env="CLICKATELL_API_KEY",
                doc=["APIKEY-HERE"])


@pos("textmagic", "api_key", False)
def p_textmagic_py(g):
    text = sub('''
        from textmagic.rest import TextmagicRestClient

        client = TextmagicRestClient("«user»", "§S§")

        for number in open("recipients.txt").read().split():
            client.messages.create(phones=number, text="Maintenance window tonight 22:00-23:00 UTC")
        ''', user=g.person().replace(".", ""))
    return Item("scripts/maintenance_notice.py", text, g.textmagic_key(), lang="py", env="TEXTMAGIC_API_KEY",
                doc=["<API_KEY>", "YOUR_API_KEY"])


@pos("textmagic", "api_key", False)
def p_textmagic_curl(g):
    text = sub('''
        # Textmagic quick checks

        ```
        curl -s https://rest.textmagic.com/api/v2/user \\
          -H "X-TM-Username: «user»" \\
          -H "X-TM-Key: §S§"
        ```

        Returns the account balance and currency. Use `/api/v2/messages?limit=10` for the last sends.
        ''', user=g.person().replace(".", ""))
    return Item("docs/textmagic.md", text, g.textmagic_key(), lang="md", env="TEXTMAGIC_API_KEY",
                doc=["<API_KEY>"])


@pos("8x8", "api_key", True)
def p_8x8_json(g):
    text = sub('''
        {
          "provider": "8x8",
          "eightByEight": {
            "subAccountId": "«sub»",
            "apiKey": "§S§",
            "source": "«sender»",
            "encoding": "AUTO"
          },
          "retry": { "attempts": 3, "backoffMs": 500 }
        }
        ''', sub=g.pick(["riders_hq", "acme_otp", "clinic_reminders", "shop_alerts"]), sender=g.sender())
    return Item(g.pick(["config/sms.json", "settings/providers/8x8.json"]), text, g.e8x8_key(), lang="json",
                env="EIGHT_BY_EIGHT_API_KEY", doc=E8X8_DOC)


@pos("8x8", "api_key", False)
def p_8x8_ps1(g):
    text = sub('''
        param([Parameter(Mandatory=$true)][string]$To, [string]$Text = "Test from ops")

        $headers = @{ Authorization = "Bearer §S§" }
        $body = @{ destination = $To; text = $Text; source = "«sender»" } | ConvertTo-Json

        Invoke-RestMethod -Method Post -Headers $headers -ContentType "application/json" `
          -Uri "https://sms.8x8.com/api/v1/subaccounts/«sub»/messages" -Body $body
        ''', sender=g.sender(), sub=g.pick(["riders_hq", "acme_otp", "ops_alerts"]))
    return Item("ops/Send-TestSms.ps1", text, g.e8x8_key(), lang="ps1", env="EIGHT_BY_EIGHT_API_KEY",
                doc=E8X8_DOC)


# --- RingCentral / Dialpad / Aircall ------------------------------------------------------------

@pos("ringcentral", "jwt_credential", False)
def p_rc_py_jwt(g):
    text = sub('''
        import os

        from ringcentral import SDK

        rcsdk = SDK(
            os.environ["RC_CLIENT_ID"],
            os.environ["RC_CLIENT_SECRET"],
            "https://platform.ringcentral.com",
        )
        platform = rcsdk.platform()
        platform.login(jwt="§S§")

        resp = platform.get("/restapi/v1.0/account/~/extension/~/call-log", {"view": "Simple", "perPage": «n»})
        for rec in resp.json().records:
            print(rec.startTime, rec.direction, rec.result)
        ''', n=g.pick([50, 100, 250]))
    return Item("reports/call_log_export.py", text, g.rc_jwt(), lang="py", env="RC_JWT", doc=["<YOUR_JWT>"])


@pos("ringcentral", "client_secret", True)
def p_rc_yaml(g):
    text = sub('''
        ringcentral:
          server: https://platform.ringcentral.com
          client_id: «cid»
          client_secret: §S§
          jwt: ${RC_JWT}
          webhook:
            address: https://hooks.«co».example.com/rc
            event_filters:
              - /restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS
        ''', cid=g.rc_client_id(), co=g.company())
    return Item(g.pick(["config/ringcentral.yml", "bridge/ringcentral.yaml"]), text, g.rc_secret(),
                lang="yaml", env="RC_CLIENT_SECRET", doc=["<YOUR_CLIENT_SECRET>"])


@pos("ringcentral", "jwt_credential", False)
def p_rc_node_jwt(g):
    text = sub('''
        const SDK = require('@ringcentral/sdk').SDK;

        const rcsdk = new SDK({
          server: SDK.server.production,
          clientId: process.env.RC_CLIENT_ID,
          clientSecret: process.env.RC_CLIENT_SECRET,
        });
        const platform = rcsdk.platform();

        platform
          .login({ jwt: '§S§' })
          .then(() => platform.get('/restapi/v1.0/account/~/extension'))
          .then((r) => r.json())
          .then((j) => console.log(j.records.map((e) => e.extensionNumber)));
        ''')
    return Item("tools/list-extensions.js", text, g.rc_jwt(), lang="js", env="RC_JWT", doc=["<YOUR_JWT>"])


@pos("ringcentral", "client_secret", True)
def p_rc_appsettings(g):
    text = sub('''
        {
          "RingCentral": {
            "ServerUrl": "https://platform.ringcentral.com",
            "ClientId": "«cid»",
            "ClientSecret": "§S§",
            "RedirectUri": "https://crm.«co».example.com/oauth/ringcentral"
          },
          "ConnectionStrings": {
            "Crm": "Server=sql01;Database=crm;Integrated Security=true"
          }
        }
        ''', cid=g.rc_client_id(), co=g.company())
    return Item("src/Crm.Web/appsettings.json", text, g.rc_secret(), lang="json", env="RC_CLIENT_SECRET",
                doc=["<YOUR_CLIENT_SECRET>"])


@pos("dialpad", "api_key", False)
def p_dialpad_py(g):
    text = sub('''
        from dialpad import DialpadClient

        dp = DialpadClient(sandbox=False, token="§S§")


        def office_users(office_id: int):
            return [u["emails"][0] for u in dp.user.list(office_id=office_id)]
        ''')
    return Item("integrations/dialpad_sync.py", text, g.dialpad_key(), lang="py", env="DIALPAD_API_KEY",
                doc=["$accessToken", "<api_key>"])


@pos("dialpad", "api_key", False)
def p_dialpad_workflow(g):
    text = sub('''
        name: nightly-dialpad-stats
        on:
          schedule:
            - cron: "«m» 2 * * *"
        jobs:
          stats:
            runs-on: ubuntu-latest
            steps:
              - name: Request stats export
                run: |
                  curl -sS -X POST https://dialpad.com/api/v2/stats \\
                    -H "Authorization: Bearer §S§" \\
                    -H "Content-Type: application/json" \\
                    -d '{"export_type":"records","stat_type":"calls","days_ago_start":1,"days_ago_end":1}'
        ''', m=g.randint(0, 59))
    return Item(".github/workflows/dialpad-stats.yml", text, g.dialpad_key(), lang="yaml", env="DIALPAD_API_KEY",
                doc=["$accessToken"])


@pos("aircall", "api_token", True)
def p_aircall_rb(g):
    text = sub('''
        # frozen_string_literal: true

        AIRCALL_API_ID = '«aid»'
        AIRCALL_API_TOKEN = '§S§'

        class AircallSync
          BASE = 'https://api.aircall.io/v1'

          def calls(from:)
            HTTParty.get("#{BASE}/calls", basic_auth: { username: AIRCALL_API_ID, password: AIRCALL_API_TOKEN },
                                           query: { from: from.to_i, per_page: 50 })
          end
        end
        ''', aid=g.hexl(32))
    return Item("app/lib/aircall_sync.rb", text, g.aircall_token(), lang="rb", env="AIRCALL_API_TOKEN",
                doc=AIRCALL_DOC)


@pos("aircall", "api_token", False)
def p_aircall_node(g):
    text = sub('''
        import axios from 'axios';

        const aircall = axios.create({
          baseURL: 'https://api.aircall.io/v1',
          auth: { username: '«aid»', password: '§S§' },
          timeout: 10000,
        });

        export const listNumbers = () => aircall.get('/numbers').then((r) => r.data.numbers);
        ''', aid=g.hexl(32))
    return Item("src/integrations/aircall.js", text, g.aircall_token(), lang="js", env="AIRCALL_API_TOKEN",
                doc=AIRCALL_DOC)


# --- SIP / PBX ----------------------------------------------------------------------------------

@pos("asterisk", "sip_password", True)
def p_sipconf_peer(g):
    host = g.sip_host()
    user = g.pick([str(g.randint(1000000, 9999999)), g.company() + "-trunk", "pbx" + str(g.randint(1, 9))])
    text = sub('''
        [general]
        context=unauthenticated
        allowguest=no
        srvlookup=yes
        udpbindaddr=0.0.0.0
        tcpenable=no
        localnet=«lan»/255.255.0.0
        externip=«ext»

        [«name»]
        type=peer
        host=«host»
        username=«user»
        fromuser=«user»
        secret=§S§
        insecure=port,invite
        context=from-trunk
        disallow=all
        allow=ulaw
        allow=alaw
        qualify=yes
        ''', lan="10.%d.0.0" % g.randint(0, 50), ext=g.pub_ip(), name=g.pick(["carrier", "trunk-out", "voip-provider"]),
               host=host, user=user)
    return Item(g.pick(["asterisk/sip.conf", "etc/asterisk/sip.conf"]), text, g.sip_password(), lang="conf",
                env="SIP_SECRET", doc=SIP_DOC)


@pos("asterisk", "sip_password", False)
def p_sipconf_register(g):
    host = g.sip_host()
    user = str(g.randint(1000000, 9999999))
    text = sub('''
        [general]
        bindport=5060
        language=en
        disallow=all
        allow=ulaw
        register => «user»:§S§@«host»/«did»
        registertimeout=20
        registerattempts=0

        [«host»]
        type=friend
        host=«host»
        fromuser=«user»
        context=from-pstn
        ''', user=user, host=host, did=g.msisdn())
    return Item("conf/asterisk/sip_general.conf", text, g.sip_password(urlsafe=True), lang="conf",
                env="SIP_SECRET", doc=SIP_DOC)


@pos("asterisk", "sip_password", True)
def p_pjsip_auth(g):
    name = g.pick(["mytrunk", "carrier", "voip_out", "telnyx", "provider"])
    host = g.sip_host()
    user = g.pick([str(g.randint(1000000, 9999999)), g.company()])
    text = sub('''
        [transport-udp]
        type=transport
        protocol=udp
        bind=0.0.0.0

        [«n»]
        type=registration
        outbound_auth=«n»
        server_uri=sip:«host»
        client_uri=sip:«user»@«host»
        retry_interval=60

        [«n»]
        type=auth
        auth_type=userpass
        username=«user»
        password=§S§

        [«n»]
        type=aor
        contact=sip:«host»:5060

        [«n»]
        type=endpoint
        context=from-external
        disallow=all
        allow=ulaw
        outbound_auth=«n»
        aors=«n»
        ''', n=name, host=host, user=user)
    return Item(g.pick(["asterisk/pjsip.conf", "etc/asterisk/pjsip.conf", "docker/asterisk/pjsip.conf"]), text,
                g.sip_password(), lang="conf", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("asterisk", "sip_password", True)
def p_pjsip_wizard(g):
    host = g.sip_host()
    text = sub('''
        [trunk-defaults](!)
        type = wizard
        transport = transport-udp
        endpoint/allow = !all,ulaw,alaw
        endpoint/rtp_symmetric = yes
        aor/qualify_frequency = 30

        [«n»](trunk-defaults)
        sends_auth = yes
        sends_registrations = yes
        remote_hosts = «host»
        outbound_auth/username = «user»
        outbound_auth/password = §S§
        endpoint/context = from-carrier
        ''', n=g.pick(["itsp", "carrier-a", "sip-out"]), host=host, user=str(g.randint(100000, 999999)))
    return Item("asterisk/pjsip_wizard.conf", text, g.sip_password(), lang="conf", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("asterisk", "ami_secret", True)
def p_manager_conf(g):
    text = sub('''
        [general]
        enabled = yes
        port = 5038
        bindaddr = 127.0.0.1
        displayconnects = no

        [«user»]
        secret = §S§
        deny = 0.0.0.0/0.0.0.0
        permit = 127.0.0.1/255.255.255.255
        read = system,call,log,verbose,agent,user,config,dtmf,reporting,cdr,dialplan
        write = system,call,agent,user,config,command,reporting,originate
        writetimeout = 5000
        ''', user=g.pick(["crm-connector", "dialer", "admin", "fop2"]))
    return Item(g.pick(["asterisk/manager.conf", "etc/asterisk/manager_custom.conf"]), text, g.sip_password(),
                lang="conf", env="AMI_SECRET", doc=["amp111", "mysecret", "CHANGEME"])


@pos("asterisk", "api_token", False)
def p_extensions_curl(g):
    text = sub('''
        [globals]
        OPERATOR=PJSIP/«ext»
        CRM_URL=https://crm.«co».example.com/api/calls

        [from-trunk]
        exten => _X.,1,NoOp(Inbound ${CALLERID(num)} -> ${EXTEN})
         same => n,Set(CURLOPT(httpheader)=Authorization: Bearer §S§)
         same => n,Set(RES=${CURL(${CRM_URL}/lookup?number=${CALLERID(num)})})
         same => n,Set(CALLERID(name)=${IF($["${RES}" != ""]?${RES}:Unknown)})
         same => n,Dial(${OPERATOR},30,tT)
         same => n,Voicemail(«ext»@default,u)
         same => n,Hangup()
        ''', ext=g.ext(), co=g.company())
    return Item("asterisk/extensions.conf", text, g.alnum(40), lang="conf", env="CRM_TOKEN",
                doc=["YOUR_TOKEN"])


@pos("kamailio", "db_password", False)
def p_kamailio_cfg(g):
    text = sub('''
        #!KAMAILIO
        #!define WITH_MYSQL
        #!define WITH_AUTH
        #!define WITH_USRLOCDB

        #!ifdef WITH_MYSQL
        #!define DBURL "mysql://kamailio:§S§@«db»/kamailio"
        #!endif

        listen=udp:«ip»:5060 advertise «pub»:5060

        loadmodule "db_mysql.so"
        loadmodule "auth_db.so"
        modparam("auth_db", "db_url", DBURL)
        modparam("auth_db", "calculate_ha1", yes)
        modparam("usrloc", "db_url", DBURL)
        ''', db=g.pick(["127.0.0.1", "db.voip.internal", g.ip()]), ip=g.ip(), pub=g.pub_ip())
    return Item(g.pick(["kamailio/kamailio.cfg", "etc/kamailio/kamailio-local.cfg"]), text, g.db_password(),
                lang="conf", env="KAMAILIO_DB_PASSWORD", doc=KAM_DOC)


@pos("kamailio", "db_password", True)
def p_kamctlrc(g):
    text = sub('''
        ## The Kamailio configuration file for the control tools.
        SIP_DOMAIN=«dom»
        DBENGINE=MYSQL
        DBHOST=«db»
        DBNAME=kamailio
        DBRWUSER="kamailio"
        ## password for database read/write user
        DBRWPW="§S§"
        DBROUSER="kamailioro"
        # DBROPW="kamailioro"
        CHARSET="latin1"
        ''', dom="sip." + g.company() + ".example.com", db=g.pick(["localhost", g.ip()]))
    return Item(g.pick(["kamailio/kamctlrc", "etc/kamailio/kamctlrc"]), text, g.db_password(), lang="conf",
                env="DBRWPW", doc=KAM_DOC)


@pos("twilio-sip", "sip_password", False)
def p_sip_credential_py(g):
    text = sub('''
        """Provision a digest credential on the elastic SIP trunk credential list."""
        from twilio.rest import Client

        from settings import ACCOUNT_SID, API_KEY_SID, load_api_secret

        client = Client(API_KEY_SID, load_api_secret(), ACCOUNT_SID)
        CREDENTIAL_LIST = "CL«cl»"

        cred = client.sip.credential_lists(CREDENTIAL_LIST).credentials.create(
            username="«user»", password="§S§"
        )
        print("created", cred.sid)
        ''', cl=g.hexl(32), user=g.pick(["pbx-hq", "pbx-branch2", "asterisk01"]))
    return Item("provisioning/create_sip_credential.py", text, g.sip_password(), lang="py", env="SIP_PASSWORD",
                doc=SIP_DOC)


@pos("twilio-sip", "sip_password", True)
def p_sip_trunk_yaml(g):
    text = sub('''
        trunk:
          name: «co»-elastic
          termination_uri: «co».pstn.twilio.com
          origination:
            - sip:«pub»:5060;transport=udp
          credentials:
            username: pbx-«n»
            password: "§S§"
          secure: false
          cnam_lookup_enabled: true
        ''', co=g.company(), pub=g.pub_ip(), n=g.randint(1, 9))
    return Item(g.pick(["trunks/elastic-sip.yaml", "config/sip-trunk.yml"]), text, g.sip_password(),
                lang="yaml", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("freepbx", "db_password", True)
def p_freepbx_conf(g):
    text = sub('''
        <?php
        $amp_conf['AMPDBUSER'] = 'freepbxuser';
        $amp_conf['AMPDBPASS'] = '§S§';
        $amp_conf['AMPDBHOST'] = 'localhost';
        $amp_conf['AMPDBPORT'] = '3306';
        $amp_conf['AMPDBNAME'] = 'asterisk';
        $amp_conf['AMPDBENGINE'] = 'mysql';
        $amp_conf['datasource'] = '';
        require_once('/var/www/html/admin/bootstrap.php');
        ''')
    return Item("etc/freepbx.conf", text, g.db_password(), lang="php", env="AMPDBPASS", doc=["amp109", "CHANGEME"])


@pos("freeswitch", "sip_password", True)
def p_freeswitch_gw(g):
    host = g.sip_host()
    text = sub('''
        <include>
          <gateway name="«n»">
            <param name="username" value="«user»"/>
            <param name="realm" value="«host»"/>
            <param name="password" value="§S§"/>
            <param name="register" value="true"/>
            <param name="expire-seconds" value="600"/>
            <param name="retry-seconds" value="30"/>
            <param name="caller-id-in-from" value="true"/>
          </gateway>
        </include>
        ''', n=g.pick(["carrier", "upstream", "telco1"]), user=str(g.randint(100000, 9999999)), host=host)
    return Item(g.pick(["freeswitch/conf/sip_profiles/external/carrier.xml",
                        "conf/sip_profiles/external/upstream.xml"]), text, g.sip_password(), lang="xml",
                env="SIP_PASSWORD", doc=SIP_DOC)


@pos("asterisk", "sip_password", False)
def p_dockerfile_sed(g):
    text = sub('''
        FROM andrius/asterisk:«ver»

        COPY config/ /etc/asterisk/
        RUN sed -i 's/^password=.*/password=§S§/' /etc/asterisk/pjsip.conf \\
         && chown -R asterisk:asterisk /etc/asterisk

        EXPOSE 5060/udp 10000-10099/udp
        CMD ["asterisk", "-fvvv"]
        ''', ver=g.pick(["20", "18", "latest", "alpine-latest"]))
    return Item(g.pick(["docker/asterisk/Dockerfile", "Dockerfile.asterisk"]), text,
                g.mixed(g.randint(12, 20), "-_"), lang="docker", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("plivo", "auth_token", True)
def p_dockerfile_env(g):
    text = sub('''
        FROM python:3.12-slim

        WORKDIR /srv/ivr
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .

        ENV PLIVO_AUTH_ID=«aid» \\
            PLIVO_AUTH_TOKEN=§S§ \\
            GUNICORN_WORKERS=«w»

        EXPOSE 8000
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "ivr.app:app"]
        ''', aid=g.plivo_id(), w=g.randint(2, 8))
    return Item("Dockerfile", text, g.plivo_token(), lang="docker", env="PLIVO_AUTH_TOKEN", doc=PLIVO_DOC)


@pos("telnyx", "api_key", False)
def p_log_leak(g):
    t = g.ts()
    text = sub('''
        «t» INFO  sms-relay starting pid=«pid» version=«ver»
        «t» DEBUG http: POST https://api.telnyx.com/v2/messages
        «t» DEBUG http: request headers {'Content-Type': 'application/json', 'Authorization': 'Bearer §S§', 'User-Agent': 'sms-relay/«ver»'}
        «t» DEBUG http: body {"from": "«frm»", "to": "«to»", "text": "<redacted 142 chars>"}
        «t» INFO  http: 200 OK in 212ms message_id=«mid»
        «t» INFO  queue: acked job «job»
        ''', t=t, pid=g.randint(100, 40000), ver=g.version(), frm=g.e164(), to=g.e164(), mid=g.uuid(),
               job=g.ulid())
    return Item(g.pick(["logs/sms-relay.log", "var/log/relay/debug.log"]), text, g.telnyx_key(), lang="log",
                env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("asterisk", "sip_password", False)
def p_realtime_sql(g):
    e = g.ext()
    text = sub('''
        -- Asterisk realtime: provision desk phone «e»
        INSERT INTO ps_aors (id, max_contacts, remove_existing) VALUES ('«e»', 1, 'yes');
        INSERT INTO ps_auths (id, auth_type, password, username) VALUES ('«e»', 'userpass', '§S§', '«e»');
        INSERT INTO ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media)
          VALUES ('«e»', 'transport-udp', '«e»', '«e»', 'from-internal', 'all', 'g722,ulaw', 'no');
        ''', e=e)
    return Item(g.pick(["db/migrations/0042_provision_desk_phone.sql", "sql/realtime/add_extension.sql"]), text,
                g.sip_password(), lang="sql", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("asterisk", "sip_password", False)
def p_trunks_csv(g):
    rows = []
    for i in range(g.randint(3, 6)):
        rows.append("%s,%s,ip,,,%s" % (g.pick(["carrier-a", "carrier-b", "emergency", "intl", "backup"]) + str(i),
                                       g.pub_ip(), g.pick(["active", "standby"])))
    k = g.randint(0, len(rows))
    rows.insert(k, "%s,%s,digest,%s,§S§,active" % ("digest-" + g.company(), g.sip_host(), g.randint(100000, 999999)))
    text = "name,host,auth_mode,username,password,status\n" + "\n".join(rows) + "\n"
    return Item(g.pick(["provisioning/trunks.csv", "data/sip_trunks.csv"]), text, g.sip_password(urlsafe=True),
                lang="csv", env="SIP_PASSWORD", doc=SIP_DOC)


@pos("vonage", "api_secret", True)
def p_ini_vonage(g):
    text = sub('''
        [app]
        name = reminders
        timezone = Europe/London

        [vonage]
        api_key = «key»
        api_secret = §S§
        brand = «sender»

        [scheduler]
        interval_minutes = «iv»
        ''', key=g.vonage_key(), sender=g.sender(), iv=g.pick([5, 10, 15]))
    return Item(g.pick(["reminders.ini", "config/settings.ini"]), text, g.vonage_secret(), lang="ini",
                env="VONAGE_API_SECRET", doc=VONAGE_DOC)


@pos("infobip", "api_key", False)
def p_ini_infobip_neutral(g):
    text = sub('''
        [gateway]
        provider = infobip
        endpoint = https://«sub».api.infobip.com/sms/2/text/advanced
        key = §S§
        from = «sender»

        [limits]
        per_second = «ps»
        ''', sub=g.alnum(6).lower(), sender=g.sender(), ps=g.pick([10, 20, 50]))
    return Item(g.pick(["smsgw.ini", "etc/smsgw/gateway.ini"]), text, g.infobip_key(), lang="ini",
                env="INFOBIP_API_KEY", doc=INFOBIP_DOC)


@pos("plivo", "auth_token", True)
def p_android_strings(g):
    text = sub('''
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name">«co» Courier</string>
            <string name="plivo_auth_id">«aid»</string>
            <string name="plivo_auth_token">§S§</string>
            <string name="support_number">«num»</string>
        </resources>
        ''', co=g.company().title(), aid=g.plivo_id(), num=g.e164())
    return Item("app/src/main/res/values/secrets.xml", text, g.plivo_token(), lang="xml", env="PLIVO_AUTH_TOKEN",
                doc=PLIVO_DOC)


@pos("sinch", "application_secret", True)
def p_sinch_ios_plist(g):
    text = sub('''
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
            <key>SinchEnvironmentHost</key>
            <string>ocra.api.sinch.com</string>
            <key>SinchApplicationKey</key>
            <string>«akey»</string>
            <key>SinchApplicationSecret</key>
            <string>§S§</string>
        </dict>
        </plist>
        ''', akey=g.uuid())
    return Item("ios/Calling/Config.plist", text, g.sinch_app_secret(), lang="xml", env="SINCH_APPLICATION_SECRET",
                doc=SINCH_DOC)


@pos("telnyx", "api_key", True)
def p_helm_values(g):
    text = sub('''
        replicaCount: «rc»
        image:
          repository: ghcr.io/«co»/voice-dialer
          tag: "«ver»"
        env:
          TELNYX_CONNECTION_ID: "«conn»"
          TELNYX_API_KEY: "§S§"
          LOG_LEVEL: info
        resources:
          limits:
            cpu: 500m
            memory: 256Mi
        ''', rc=g.randint(1, 4), co=g.company(), ver=g.version(), conn=g.randint(10 ** 17, 10 ** 18))
    return Item(g.pick(["deploy/helm/voice-dialer/values-prod.yaml", "charts/dialer/values.yaml"]), text,
                g.telnyx_key(), lang="yaml", env="TELNYX_API_KEY", doc=TELNYX_DOC)


@pos("aircall", "api_token", True)
def p_env_aircall(g):
    text = sub('''
        AIRCALL_API_ID=«aid»
        AIRCALL_API_TOKEN=§S§
        CRM_BASE_URL=https://crm.«co».example.com
        SYNC_INTERVAL=«iv»
        ''', aid=g.hexl(32), co=g.company(), iv=g.pick(["5m", "15m", "1h"]))
    return Item(g.pick([".env", ".env.production"]), text, g.aircall_token(), lang="env",
                env="AIRCALL_API_TOKEN", doc=AIRCALL_DOC)


@pos("vonage", "api_secret", False)
def p_go_vonage(g):
    text = sub('''
        package sms

        import (
        	"net/url"
        	"strings"
        )

        func smsForm(to, text string) url.Values {
        	v := url.Values{}
        	v.Set("api_key", "«key»")
        	v.Set("api_secret", "§S§")
        	v.Set("from", "«sender»")
        	v.Set("to", strings.TrimPrefix(to, "+"))
        	v.Set("text", text)
        	return v
        }
        ''', key=g.vonage_key(), sender=g.sender())
    return Item("internal/sms/form.go", text, g.vonage_secret(), lang="go", env="VONAGE_API_SECRET",
                doc=VONAGE_DOC)


@pos("dialpad", "webhook_secret", True)
def p_dialpad_webhook(g):
    text = sub('''
        import jwt
        from flask import Flask, request, abort

        app = Flask(__name__)
        DIALPAD_WEBHOOK_SECRET = "§S§"


        @app.post("/dialpad/events")
        def events():
            try:
                event = jwt.decode(request.get_data(as_text=True), DIALPAD_WEBHOOK_SECRET, algorithms=["HS256"])
            except jwt.InvalidTokenError:
                abort(401)
            app.logger.info("call %s state=%s", event.get("call_id"), event.get("state"))
            return "", 204
        ''')
    return Item("webhooks/dialpad_app.py", text, g.mixed(g.pick([24, 32, 40])), lang="py",
                env="DIALPAD_WEBHOOK_SECRET", doc=["<webhook-secret>"])


# ---------------------------------------------------------------------------------------------
# Look-alike negative templates (no credential at all)
# ---------------------------------------------------------------------------------------------

def N(path, text, lang):
    return Item(path, text, lang=lang)


@neg("generic", "e164_number_pool")
def n_number_pool_csv(g):
    pool = g.uuid()
    rows = ["number,country,capabilities,number_pool_id,monthly_cost"]
    for _ in range(g.randint(8, 20)):
        rows.append("%s,%s,%s,%s,%.2f" % (g.e164(), g.pick(["US", "GB", "KE", "NG", "DE", "SG"]),
                                         g.pick(["sms;voice", "sms", "voice", "sms;mms;voice"]), pool,
                                         g.randint(50, 400) / 100.0))
    return N(g.pick(["data/number_pool.csv", "inventory/numbers.csv"]), "\n".join(rows) + "\n", "csv")


@neg("generic", "cdr")
def n_cdr_csv(g):
    rows = ["call_uuid,start,direction,from,to,duration_s,disposition,recording_sha256"]
    for _ in range(g.randint(6, 14)):
        rows.append("%s,%s,%s,%s,%s,%d,%s,%s" % (g.uuid(), g.ts(), g.pick(["inbound", "outbound"]), g.e164(),
                                                g.e164(), g.randint(0, 900),
                                                g.pick(["ANSWERED", "NO ANSWER", "BUSY", "FAILED"]),
                                                hashlib.sha256(g.rbytes(16)).hexdigest()))
    return N(g.pick(["exports/cdr_%s.csv" % g.date(), "reports/calls.csv"]), "\n".join(rows) + "\n", "csv")


@neg("vonage", "inbound_sms_log")
def n_vonage_inbound(g):
    lines = []
    for _ in range(g.randint(3, 7)):
        lines.append(json.dumps({"msisdn": g.msisdn(), "to": g.msisdn(), "messageId": g.hexu(16),
                                 "text": g.pick(["STOP", "YES", "Thanks", "HELP", "1"]), "type": "text",
                                 "keyword": "", "api-key": g.vonage_key(), "message-timestamp": g.ts()[:19].replace("T", " ")}))
    return N("logs/vonage-inbound.jsonl", "\n".join(lines) + "\n", "log")


@neg("plivo", "message_uuids")
def n_plivo_response(g):
    text = json.dumps({"api_id": g.uuid(), "message": "message(s) queued",
                       "message_uuid": [g.uuid() for _ in range(g.randint(1, 4))]}, indent=2) + "\n"
    return N(g.pick(["tests/fixtures/plivo_send_response.json", "fixtures/plivo/queued.json"]), text, "json")


@neg("telnyx", "webhook_payload")
def n_telnyx_webhook(g):
    body = {"data": {"event_type": "call.answered", "id": g.uuid(), "occurred_at": g.ts(),
                     "payload": {"call_control_id": "v3:" + g.b64url(40), "call_leg_id": g.uuid(),
                                 "call_session_id": g.uuid(), "client_state": base64.b64encode(b"queue=support").decode(),
                                 "connection_id": str(g.randint(10 ** 17, 10 ** 18)), "from": g.e164(), "to": g.e164(),
                                 "state": "answered"}, "record_type": "event"},
            "meta": {"attempt": 1, "delivered_to": "https://voice.example.com/telnyx/events"}}
    return N("tests/fixtures/telnyx/call_answered.json", json.dumps(body, indent=2) + "\n", "json")


@neg("telnyx", "webhook_public_key")
def n_telnyx_public_key(g):
    text = sub('''
        # Telnyx webhook verification (Ed25519). The public key is not a secret; it only verifies
        # the telnyx-signature-ed25519 header.
        telnyx:
          webhook_public_key: "«pk»"
          timestamp_tolerance_seconds: 300
          messaging_profile_id: «mp»
        ''', pk=g.b64(32), mp=g.uuid())
    return N(g.pick(["config/telnyx-webhooks.yml", "webhooks/telnyx.yaml"]), text, "yaml")


@neg("sinch", "batch_response")
def n_sinch_batch(g):
    body = {"id": g.ulid(), "to": [g.msisdn() for _ in range(g.randint(1, 3))], "from": g.msisdn(),
            "canceled": False, "body": "Your order has shipped", "type": "mt_text",
            "created_at": g.ts(), "modified_at": g.ts(), "delivery_report": "summary",
            "expire_at": g.ts(), "flash_message": False}
    return N("tests/fixtures/sinch/batch_created.json", json.dumps(body, indent=2) + "\n", "json")


@neg("infobip", "send_response")
def n_infobip_response(g):
    body = {"bulkId": g.b64url(12), "messages": [
        {"messageId": str(g.randint(10 ** 19, 10 ** 20 - 1)), "status": {"groupId": 1, "groupName": "PENDING",
                                                                        "id": 26, "name": "PENDING_ACCEPTED",
                                                                        "description": "Message sent to next instance"},
         "destination": g.msisdn()} for _ in range(g.randint(1, 3))]}
    return N("spec/fixtures/infobip/sms_advanced.json", json.dumps(body, indent=2) + "\n", "json")


@neg("messagebird", "message_ids_log")
def n_bird_log(g):
    lines = ["%s INFO mb.sms sent id=%s recipients=%d status=%s" % (g.ts(), g.hexl(32), g.randint(1, 50),
                                                                    g.pick(["sent", "buffered", "delivered"]))
             for _ in range(g.randint(5, 12))]
    return N("logs/messagebird.log", "\n".join(lines) + "\n", "log")


@neg("asterisk", "md5secret")
def n_sip_md5secret(g):
    blocks = ["[general]\ncontext=default\nallowguest=no\nrealm=asterisk\n"]
    for _ in range(g.randint(2, 5)):
        e = g.ext()
        blocks.append("[%s]\ntype=friend\nhost=dynamic\ncontext=from-internal\nmd5secret=%s\ncallerid=\"%s\" <%s>\n"
                      % (e, g.md5("%s:asterisk:%s" % (e, g.alnum(10))), g.person().title(), e))
    return N("asterisk/sip_phones.conf", "\n".join(blocks), "conf")


@neg("asterisk", "md5_cred")
def n_pjsip_md5cred(g):
    blocks = []
    for _ in range(g.randint(2, 4)):
        e = g.ext()
        blocks.append("[%s]\ntype=auth\nauth_type=md5\nrealm=%s\nusername=%s\nmd5_cred=%s\n"
                      % (e, "pbx.example.com", e, g.hexl(32)))
        blocks.append("[%s]\ntype=endpoint\nauth=%s\naors=%s\ncontext=from-internal\n" % (e, e, e))
    return N("asterisk/pjsip_phones.conf", "\n".join(blocks), "conf")


@neg("sip", "digest_trace")
def n_sip_trace(g):
    user = g.ext()
    host = g.sip_host()
    text = sub('''
        <--- Received SIP request (512 bytes) from UDP:«ip»:5060 --->
        REGISTER sip:«host» SIP/2.0
        Via: SIP/2.0/UDP «ip»:5060;branch=z9hG4bK«br»
        From: <sip:«u»@«host»>;tag=«tag»
        To: <sip:«u»@«host»>
        Call-ID: «cid»
        CSeq: 2 REGISTER
        Authorization: Digest username="«u»", realm="asterisk", nonce="«nonce»", uri="sip:«host»", response="«resp»", algorithm=MD5
        Expires: 3600
        Content-Length: 0
        ''', ip=g.ip(), host=host, br=g.hexl(16), u=user, tag=g.hexl(8), cid=g.uuid(), nonce=g.hexl(8),
               resp=g.hexl(32))
    return N(g.pick(["logs/pjsip_trace.log", "debug/register-trace.txt"]), text, "log")


@neg("asterisk", "ip_auth_trunk")
def n_pjsip_ip_trunk(g):
    pub = g.pub_ip()
    text = sub('''
        ; IP-authenticated trunk: the carrier whitelists our SBC, no credentials exchanged
        [carrier]
        type=endpoint
        context=from-carrier
        disallow=all
        allow=ulaw,alaw
        aors=carrier
        direct_media=no

        [carrier]
        type=aor
        contact=sip:«pub»:5060

        [carrier]
        type=identify
        endpoint=carrier
        match=«pub»/32
        ''', pub=pub)
    return N("asterisk/pjsip_trunk_ip.conf", text, "conf")


@neg("asterisk", "register_no_password")
def n_sipconf_nopass(g):
    text = sub('''
        [general]
        register => «user»@«host»/«did»   ; provider authenticates by source IP
        nat=force_rport,comedia

        [«host»]
        type=peer
        host=«host»
        insecure=port,invite
        context=from-pstn
        qualify=yes
        ''', user=g.randint(100000, 999999), host=g.sip_host(), did=g.msisdn())
    return N("asterisk/sip_trunk.conf", text, "conf")


@neg("asterisk", "dialplan")
def n_extensions(g):
    text = sub('''
        [from-internal]
        exten => _1NXXNXXXXXX,1,Set(CALLERID(num)=«cid»)
         same => n,Dial(PJSIP/${EXTEN}@carrier,60)
         same => n,Hangup()

        exten => «ext»,1,Answer()
         same => n,Playback(welcome)
         same => n,Queue(support,t,,,300)

        [ivr-main]
        exten => s,1,Background(ivr/main-menu)
         same => n,WaitExten(5)
        exten => 1,1,Goto(from-internal,«ext»,1)
        exten => 2,1,Dial(PJSIP/«ext2»,30)
        ''', cid=g.msisdn(), ext=g.ext(), ext2=g.ext())
    return N("asterisk/extensions_custom.conf", text, "conf")


@neg("vonage", "application_public_key")
def n_vonage_pubkey(g):
    body = {"id": g.uuid(), "name": "voice-app", "capabilities": {"voice": {"webhooks": {
        "answer_url": {"address": "https://example.com/answer", "http_method": "GET"}}}},
        "keys": {"public_key": g.pub_pem()}}
    return N("docs/examples/vonage-application.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "certificate")
def n_sip_tls_cert(g):
    text = "# SBC TLS chain presented on 5061 (public)\n" + g.cert_pem() + "\n" + g.cert_pem() + "\n"
    return N(g.pick(["certs/sbc-chain.pem", "tls/sip-chain.crt"]), text, "pem")


@neg("generic", "checksums")
def n_sha256sums(g):
    lines = ["%s  %s" % (hashlib.sha256(g.rbytes(8)).hexdigest(), n) for n in
             ["prompts/welcome.wav", "prompts/main-menu.wav", "prompts/goodbye.wav", "moh/track01.ulaw",
              "moh/track02.ulaw"][:g.randint(3, 5)]]
    return N("assets/SHA256SUMS", "\n".join(lines) + "\n", "txt")


@neg("generic", "changelog_shas")
def n_changelog(g):
    lines = ["# Changelog", ""]
    for _ in range(g.randint(3, 6)):
        lines.append("## %s (%s)" % (g.version(), g.date()))
        for _ in range(g.randint(1, 3)):
            lines.append("- %s (%s)" % (g.pick(["fix DLR parsing for concatenated SMS", "retry Telnyx 429s",
                                                 "add Sinch EU region", "support WhatsApp templates",
                                                 "drop Nexmo legacy endpoints", "pjsip: qualify trunks"]),
                                         g.hexl(40)))
        lines.append("")
    return N("CHANGELOG.md", "\n".join(lines), "md")


@neg("generic", "lockfile_integrity")
def n_package_lock(g):
    pk = {}
    for name in ["node_modules/plivo", "node_modules/telnyx", "node_modules/@vonage/server-sdk",
                 "node_modules/messagebird", "node_modules/axios"]:
        pk[name] = {"version": g.version(), "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (
            name.split("/", 1)[1], name.rsplit("/", 1)[1]), "integrity": "sha512-" + g.b64(64)}
    body = {"name": "sms-service", "lockfileVersion": 3, "requires": True, "packages": pk}
    return N("package-lock.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "go_sum")
def n_go_sum(g):
    mods = ["github.com/team-telnyx/telnyx-go", "github.com/vonage/vonage-go-sdk", "github.com/plivo/plivo-go/v7",
            "github.com/sinch/sinch-sdk-go", "golang.org/x/net"]
    lines = []
    for m in mods:
        v = "v" + g.version()
        lines.append("%s %s h1:%s" % (m, v, g.b64(32)))
        lines.append("%s %s/go.mod h1:%s" % (m, v, g.b64(32)))
    return N("go.sum", "\n".join(lines) + "\n", "go")


@neg("generic", "audio_fixture")
def n_audio_b64(g):
    wav = b"RIFF" + g.rbytes(4) + b"WAVEfmt " + g.rbytes(120)
    text = sub('''
        // 8 kHz mu-law beep used by the IVR tests (base64 of a tiny WAV)
        export const BEEP_WAV_BASE64 =
          '«b»';

        export const BEEP_DURATION_MS = 120;
        ''', b=base64.b64encode(wav).decode())
    return N("test/fixtures/beep.ts", text, "ts")


@neg("plivo", "signature_log")
def n_plivo_sig(g):
    lines = []
    for _ in range(g.randint(3, 6)):
        lines.append("%s webhook POST /plivo/answer X-Plivo-Signature-V2=%s X-Plivo-Signature-V2-Nonce=%s valid=true"
                     % (g.ts(), g.b64(32), g.randint(10 ** 19, 10 ** 20 - 1)))
    return N("logs/webhooks.log", "\n".join(lines) + "\n", "log")


@neg("telnyx", "signature_log")
def n_telnyx_sig(g):
    lines = []
    for _ in range(g.randint(3, 6)):
        lines.append("%s level=info msg=\"webhook verified\" telnyx-timestamp=%d telnyx-signature-ed25519=%s event=message.finalized"
                     % (g.ts(), g.epoch(), g.b64(64)))
    return N("logs/telnyx-webhooks.log", "\n".join(lines) + "\n", "log")


@neg("vonage", "sig_param_log")
def n_vonage_sig(g):
    lines = ["%s GET /webhooks/inbound-sms?msisdn=%s&to=%s&messageId=%s&text=YES&timestamp=%d&sig=%s 200"
             % (g.ts(), g.msisdn(), g.msisdn(), g.hexu(16), g.epoch(), g.hexl(32)) for _ in range(g.randint(3, 6))]
    return N("logs/access.log", "\n".join(lines) + "\n", "log")


@neg("generic", "laml_call_sids")
def n_call_sids(g):
    acct = "AC" + g.hexl(32)
    lines = ["%s status-callback CallSid=CA%s AccountSid=%s CallStatus=%s CallDuration=%d"
             % (g.ts(), g.hexl(32), acct, g.pick(["completed", "no-answer", "busy"]), g.randint(0, 600))
             for _ in range(g.randint(4, 9))]
    return N("logs/status-callbacks.log", "\n".join(lines) + "\n", "log")


@neg("kaleyra", "public_ids")
def n_kaleyra_ids(g):
    text = sub('''
        kaleyra:
          sid: «sid»
          sender_ids:
            - «s1»
            - «s2»
          dlt_entity_id: "«ent»"
          template_ids:
            otp: "«t1»"
            shipping: "«t2»"
          api_key_env: KALEYRA_API_KEY
        ''', sid=g.kaleyra_sid(), s1=g.sender().upper()[:6], s2=g.sender().upper()[:6],
               ent=g.randint(10 ** 18, 10 ** 19 - 1), t1=g.randint(10 ** 18, 10 ** 19 - 1),
               t2=g.randint(10 ** 18, 10 ** 19 - 1))
    return N("config/kaleyra.yml", text, "yaml")


@neg("infobip", "base_url")
def n_infobip_baseurl(g):
    text = sub('''
        # Infobip routing. The personal base URL is not a secret (it only routes to the nearest DC).
        INFOBIP_BASE_URL=https://«sub».api.infobip.com
        INFOBIP_SENDER=«sender»
        INFOBIP_API_KEY=
        INFOBIP_WHATSAPP_SENDER=«num»
        ''', sub=g.alnum(6).lower(), sender=g.sender(), num=g.msisdn())
    return N(g.pick([".env.example", ".env.sample"]), text, "env")


@neg("sinch", "public_ids")
def n_sinch_ids(g):
    text = sub('''
        export const sinchConfig = {
          projectId: '«proj»',
          servicePlanId: '«plan»',
          smsRegion: '«reg»',
          // key id is public (it is the OAuth client_id); the key secret comes from the vault
          keyId: '«kid»',
          keySecret: process.env.SINCH_KEY_SECRET,
          applicationKey: '«akey»',
        };
        ''', proj=g.uuid(), plan=g.hexl(32), reg=g.pick(["us", "eu"]), kid=g.uuid(), akey=g.uuid())
    return N("src/config/sinch.ts", text, "ts")


@neg("plivo", "public_ids")
def n_plivo_ids(g):
    text = sub('''
        plivo:
          auth_id: «aid»
          auth_token_secret_ref: vault:secret/data/plivo#auth_token
          application_id: "«app»"
          numbers:
            support: "«n1»"
            sales: "«n2»"
        ''', aid=g.plivo_id(), app=g.randint(10 ** 16, 10 ** 17), n1=g.e164(), n2=g.e164())
    return N("deploy/plivo-values.yaml", text, "yaml")


@neg("aircall", "webhook_event")
def n_aircall_event(g):
    body = {"resource": "call", "event": "call.ended", "timestamp": g.epoch(),
            "data": {"id": g.randint(10 ** 8, 10 ** 9), "direct_link": "https://api.aircall.io/v1/calls/%d" % g.randint(10 ** 8, 10 ** 9),
                     "direction": "inbound", "status": "done", "duration": g.randint(5, 900), "raw_digits": g.e164(),
                     "number": {"id": g.randint(10 ** 5, 10 ** 6), "digits": g.e164()},
                     "user": {"id": g.randint(10 ** 5, 10 ** 6), "name": g.person().title()}}}
    return N("test/fixtures/aircall/call_ended.json", json.dumps(body, indent=2) + "\n", "json")


@neg("dialpad", "call_event")
def n_dialpad_event(g):
    body = {"call_id": g.randint(10 ** 15, 10 ** 16), "state": "hangup", "direction": "outbound",
            "external_number": g.e164(), "internal_number": g.e164(), "date_started": g.epoch() * 1000,
            "target": {"id": g.randint(10 ** 15, 10 ** 16), "type": "user", "email": "%s@example.com" % g.person()},
            "entry_point_call_id": g.randint(10 ** 15, 10 ** 16), "master_call_id": None}
    return N("tests/data/dialpad_hangup.json", json.dumps(body, indent=2) + "\n", "json")


@neg("ringcentral", "extension_list")
def n_rc_ext(g):
    recs = [{"id": g.randint(10 ** 8, 10 ** 10), "extensionNumber": g.ext(), "name": g.person().title(),
             "type": "User", "status": "Enabled",
             "uri": "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/%d" % g.randint(10 ** 8, 10 ** 10)}
            for _ in range(g.randint(2, 5))]
    body = {"uri": "https://platform.ringcentral.com/restapi/v1.0/account/~/extension", "records": recs,
            "paging": {"page": 1, "perPage": 100, "totalRecords": len(recs)}}
    return N("fixtures/ringcentral/extensions.json", json.dumps(body, indent=2) + "\n", "json")


@neg("ringcentral", "public_client_id")
def n_rc_pkce(g):
    text = sub('''
        // Browser softphone: public client using PKCE, so no client secret is shipped
        export const rcConfig = {
          server: 'https://platform.ringcentral.com',
          clientId: '«cid»',
          redirectUri: `${window.location.origin}/oauth/callback`,
          usePKCE: true,
        };
        ''', cid=g.rc_client_id())
    return N("web/src/softphone/config.js", text, "js")


@neg("bandwidth", "message_callback")
def n_bw_callback(g):
    body = [{"type": "message-delivered", "time": g.ts(), "description": "ok", "to": g.e164(),
             "message": {"id": "%d%s" % (g.randint(10 ** 12, 10 ** 13), g.chars(LOWER + DIGITS, 16)), "owner": g.e164(),
                         "applicationId": g.uuid(), "time": g.ts(), "segmentCount": 1, "direction": "out",
                         "to": [g.e164()], "from": g.e164(), "text": "", "tag": "order-%d" % g.randint(1000, 99999)}}]
    return N("tests/fixtures/bandwidth/delivered.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "e164_validation")
def n_e164_py(g):
    nums = [g.e164() for _ in range(5)]
    text = sub('''
        import re

        import pytest

        E164 = re.compile(r"^\\+[1-9]\\d{6,14}$")


        @pytest.mark.parametrize("number", «nums»)
        def test_valid_numbers(number):
            assert E164.match(number)


        @pytest.mark.parametrize("number", ["0044 7700 900123", "+0123", "12345"])
        def test_invalid_numbers(number):
            assert not E164.match(number)
        ''', nums=json.dumps(nums))
    return N("tests/test_e164.py", text, "py")


@neg("generic", "otp_log")
def n_otp_log(g):
    lines = ["%s INFO verify: started verification id=%s channel=%s to=%s***%s"
             % (g.ts(), g.uuid(), g.pick(["sms", "whatsapp", "voice"]), g.e164()[:5], g.randint(10, 99))
             for _ in range(g.randint(4, 8))]
    lines.append("%s INFO verify: check id=%s status=approved" % (g.ts(), g.uuid()))
    return N("logs/verify-service.log", "\n".join(lines) + "\n", "log")


@neg("generic", "number_lookup_cache")
def n_lookup_cache(g):
    body = {}
    for _ in range(g.randint(3, 6)):
        body[g.e164()] = {"carrier": g.pick(["Safaricom", "MTN", "Vodafone", "T-Mobile", "Singtel"]),
                          "mcc": str(g.randint(200, 700)), "mnc": "%02d" % g.randint(1, 99),
                          "type": g.pick(["mobile", "landline", "voip"]), "ported": g.chance(0.3)}
    return N("cache/lookup.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "terraform_refs")
def n_tf_refs(g):
    text = sub('''
        data "aws_secretsmanager_secret_version" "telnyx" {
          secret_id = "arn:aws:secretsmanager:«reg»:«acct»:secret:telnyx-api-key-«sfx»"
        }

        resource "aws_ecs_task_definition" "dialer" {
          family = "dialer"
          container_definitions = jsonencode([{
            name  = "dialer"
            image = "«acct».dkr.ecr.«reg».amazonaws.com/dialer:«ver»"
            secrets = [{
              name      = "TELNYX_API_KEY"
              valueFrom = data.aws_secretsmanager_secret_version.telnyx.arn
            }]
          }])
        }

        output "task_definition_arn" {
          value = aws_ecs_task_definition.dialer.arn
        }
        ''', reg=g.pick(Gen.REGION), acct=g.randint(10 ** 11, 10 ** 12 - 1), sfx=g.alnum(6), ver=g.version())
    return N("infra/dialer.tf", text, "tf")


@neg("generic", "external_secret")
def n_external_secret(g):
    text = sub('''
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: sms-provider
          namespace: messaging
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: vault-backend
            kind: ClusterSecretStore
          target:
            name: sms-provider
          data:
            - secretKey: PLIVO_AUTH_TOKEN
              remoteRef:
                key: secret/messaging/plivo
                property: auth_token
            - secretKey: VONAGE_API_SECRET
              remoteRef:
                key: secret/messaging/vonage
                property: api_secret
        ''')
    return N("k8s/messaging/external-secret.yaml", text, "yaml")


@neg("generic", "helm_existing_secret")
def n_helm_existing(g):
    text = sub('''
        image:
          repository: ghcr.io/«co»/sms-gateway
          tag: "«ver»"
        provider: sinch
        sinch:
          region: «reg»
          servicePlanId: "«plan»"
          existingSecret: sinch-api-token
          existingSecretKey: token
        ''', co=g.company(), ver=g.version(), reg=g.pick(["us", "eu"]), plan=g.hexl(32))
    return N("charts/sms-gateway/values.yaml", text, "yaml")


@neg("generic", "workflow_secret_refs")
def n_workflow_refs(g):
    text = sub('''
        name: deploy-sms-gateway
        on:
          push:
            branches: [main]
        jobs:
          deploy:
            runs-on: ubuntu-latest
            environment: production
            steps:
              - uses: actions/checkout@v4
              - name: Deploy
                env:
                  TELNYX_API_KEY: ${{ secrets.TELNYX_API_KEY }}
                  INFOBIP_API_KEY: ${{ secrets.INFOBIP_API_KEY }}
                  VONAGE_API_SECRET: ${{ secrets.VONAGE_API_SECRET }}
                run: ./scripts/deploy.sh «env»
        ''', env=g.pick(["prod", "production"]))
    return N(".github/workflows/deploy.yml", text, "yaml")


@neg("generic", "compose_env_refs")
def n_compose_refs(g):
    text = sub('''
        services:
          asterisk:
            image: andrius/asterisk:«ver»
            network_mode: host
            volumes:
              - ./asterisk:/etc/asterisk:ro
            env_file: .env
            environment:
              SIP_TRUNK_USER: ${SIP_TRUNK_USER}
              SIP_TRUNK_PASSWORD: ${SIP_TRUNK_PASSWORD:?set in .env}
          kamailio:
            image: kamailio/kamailio:5.7-bookworm
            environment:
              DBURL: mysql://kamailio:${KAMAILIO_DB_PASSWORD}@db/kamailio
        ''', ver=g.pick(["20", "18"]))
    return N("docker-compose.voip.yml", text, "yaml")


@neg("generic", "setup_doc")
def n_setup_doc(g):
    text = sub('''
        # SMS provider setup

        1. Create an API key in the provider dashboard and store it in 1Password
           (`op://Platform/SMS Provider/credential`).
        2. Copy `.env.example` to `.env` and fill in:

           | Variable | Example | Notes |
           |---|---|---|
           | `PLIVO_AUTH_ID` | `MAXXXXXXXXXXXXXXXXXX` | starts with MA or SA, 20 chars |
           | `PLIVO_AUTH_TOKEN` | `<auth-token>` | 40 chars, keep secret |
           | `SMS_FROM` | `«num»` | E.164 |

        3. Run `make smoke` to send a test message to your own phone.
        ''', num=g.e164())
    return N("docs/sms-setup.md", text, "md")


@neg("generic", "env_example")
def n_env_example(g):
    text = sub('''
        # Copy to .env and fill in. Never commit real values.
        TELNYX_API_KEY=
        TELNYX_PUBLIC_KEY=
        TELNYX_CONNECTION_ID=
        VONAGE_API_KEY=
        VONAGE_API_SECRET=
        VONAGE_APPLICATION_ID=
        VONAGE_PRIVATE_KEY_PATH=./private.key
        SMS_FROM=«num»
        ''', num=g.e164())
    return N(g.pick([".env.example", ".env.sample", ".env.template"]), text, "env")


@neg("generic", "sbc_migration_doc")
def n_sbc_doc(g):
    text = sub('''
        # SIP trunk migration - «date»

        Signalling: `«h1»:5061` (TLS) and `«h2»:5060` (UDP fallback).
        Media: RTP 10000-20000 from «ip1»/28 and «ip2»/28.

        Authentication is by source IP only; the carrier whitelists `«pub»`.
        Certificate fingerprint (SHA-256): `«fp»`.
        ''', date=g.date(), h1=g.sip_host(), h2=g.sip_host(), ip1=g.pub_ip(), ip2=g.pub_ip(), pub=g.pub_ip(),
               fp=":".join(g.hexu(2) for _ in range(32)))
    return N("docs/sbc-migration.md", text, "md")


@neg("generic", "ssh_public_key")
def n_authorized_keys(g):
    lines = []
    for _ in range(g.randint(2, 4)):
        if g.chance(0.5):
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@pbx-admin" % (g.b64(32)[:43], g.person()))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@laptop" % (g.b64(256), g.person()))
    return N("ansible/roles/pbx/files/authorized_keys", "\n".join(lines) + "\n", "txt")


@neg("generic", "wireguard_public")
def n_wireguard(g):
    text = sub('''
        # Peer section shared with the carrier (public keys only; our private key lives on the host)
        [Peer]
        PublicKey = «pk»
        AllowedIPs = 172.«a».0.0/24
        Endpoint = «pub»:51820
        PersistentKeepalive = 25
        ''', pk=g.b64(32), a=g.randint(16, 31), pub=g.pub_ip())
    return N("network/wg-carrier-peer.conf", text, "conf")


@neg("generic", "message_ids_sql")
def n_messages_sql(g):
    rows = []
    for _ in range(g.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (g.ulid(), g.uuid(), g.e164(),
                                                         g.pick(["delivered", "failed", "sent"]), g.ts()))
    text = ("CREATE TABLE IF NOT EXISTS outbound_messages (\n  id CHAR(26) PRIMARY KEY,\n  provider_message_id UUID,\n"
            "  destination VARCHAR(16),\n  status VARCHAR(16),\n  updated_at TIMESTAMPTZ\n);\n\n"
            "INSERT INTO outbound_messages VALUES\n" + ",\n".join(rows) + ";\n")
    return N("db/seeds/outbound_messages.sql", text, "sql")


@neg("generic", "dlr_log")
def n_dlr_log(g):
    lines = ["%s dlr id=%s sub:001 dlvrd:001 submit date:%s done date:%s stat:%s err:%03d"
             % (g.ts(), g.hexl(16), g.randint(10 ** 9, 10 ** 10), g.randint(10 ** 9, 10 ** 10),
                g.pick(["DELIVRD", "UNDELIV", "EXPIRED"]), g.randint(0, 99)) for _ in range(g.randint(5, 10))]
    return N("logs/smpp-dlr.log", "\n".join(lines) + "\n", "log")


@neg("generic", "smpp_env_ref")
def n_smpp(g):
    text = sub('''
        smpp:
          host: smpp.«co».example.net
          port: 2775
          system_id: «sid»
          password: ${SMPP_PASSWORD}
          system_type: ""
          bind: transceiver
          enquire_link_interval: 30s
        ''', co=g.company(), sid=g.company()[:8])
    return N("config/smpp.yaml", text, "yaml")


@neg("generic", "passport_identity")
def n_passport(g):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    hdr = {"alg": "ES256", "ppt": "shaken", "typ": "passport", "x5u": "https://cr.example-carrier.com/cert.pem"}
    pay = {"attest": "A", "dest": {"tn": [g.msisdn()]}, "iat": g.epoch(), "orig": {"tn": g.msisdn()},
           "origid": g.uuid()}
    ident = enc(hdr) + "." + enc(pay) + "." + g.b64url(64)
    text = sub('''
        INVITE sip:«to»@«host» SIP/2.0
        Via: SIP/2.0/UDP «ip»:5060;branch=z9hG4bK«br»
        From: <sip:«frm»@«host»>;tag=«tag»
        To: <sip:«to»@«host»>
        Call-ID: «cid»
        CSeq: 1 INVITE
        Identity: «ident»;info=<https://cr.example-carrier.com/cert.pem>;alg=ES256;ppt=shaken
        Content-Type: application/sdp
        ''', to=g.msisdn(), host=g.sip_host(), ip=g.ip(), br=g.hexl(16), frm=g.msisdn(), tag=g.hexl(8),
               cid=g.uuid(), ident=ident)
    return N("captures/invite-with-identity.txt", text, "txt")


@neg("vonage", "ncco_event")
def n_vonage_event(g):
    body = {"uuid": g.uuid(), "conversation_uuid": "CON-" + g.uuid(), "status": "completed",
            "direction": "outbound", "timestamp": g.ts(), "from": g.msisdn(), "to": g.msisdn(),
            "duration": str(g.randint(1, 600)), "rate": "0.01270000", "price": "0.00021167",
            "network": str(g.randint(20000, 99999))}
    return N("tests/fixtures/vonage/call_completed.json", json.dumps(body, indent=2) + "\n", "json")


@neg("sinch", "verification_callback")
def n_sinch_verify(g):
    body = {"id": str(g.randint(10 ** 17, 10 ** 18)), "event": "VerificationResultEvent", "method": "sms",
            "identity": {"type": "number", "endpoint": g.e164()}, "reference": "signup-%d" % g.randint(1, 99999),
            "status": "SUCCESSFUL", "reason": "", "source": "intercept"}
    return N("tests/fixtures/sinch/verification_result.json", json.dumps(body, indent=2) + "\n", "json")


@neg("asterisk", "cli_output")
def n_pjsip_show(g):
    e = g.ext()
    text = sub('''
        pbx*CLI> pjsip show auth «e»

         I/OAuth:  <AuthId/UserName............................................................>

              Auth:  «e»/«e»

         ParameterName       : ParameterValue
         ======================================
         auth_type           : userpass
         md5_cred            :
         nonce_lifetime      : 32
         password            : <hidden>
         realm               : asterisk
         username            : «e»
        ''', e=e)
    return N("docs/support/pjsip-show-auth.txt", text, "txt")


@neg("sinch", "mobile_app_key")
def n_sinch_app_key(g):
    text = sub('''
        import SinchRTC

        enum SinchSettings {
            // Application key is public; clients authenticate with short-lived signed tokens
            // minted by our backend (/api/sinch/token).
            static let applicationKey = "«akey»"
            static let environmentHost = "ocra.api.sinch.com"
            static let tokenEndpoint = URL(string: "https://api.«co».example.com/sinch/token")!
        }
        ''', akey=g.uuid(), co=g.company())
    return N("ios/Calling/SinchSettings.swift", text, "swift")


@neg("generic", "phone_provisioning")
def n_yealink(g):
    mac = g.hexl(12)
    text = sub('''
        #!version:1.0.0.1
        ## auto-provisioning for «mac» (serial «ser»)
        account.1.enable = 1
        account.1.label = «e»
        account.1.user_name = «e»
        account.1.auth_name = «e»
        account.1.password = %SIP_PASSWORD%
        account.1.sip_server.1.address = pbx.«co».example.com
        firmware.url = https://prov.«co».example.com/fw/T46U-«ver».rom
        firmware.md5 = «md5»
        ''', mac=mac, ser=g.hexu(16), e=g.ext(), co=g.company(), ver=g.version(), md5=g.hexl(32))
    return N("provisioning/%s.cfg" % mac, text, "cfg")


@neg("generic", "uuid_go_test")
def n_go_test(g):
    ids = [g.uuid() for _ in range(3)]
    text = sub('''
        package calls

        import "testing"

        func TestParseCallIDs(t *testing.T) {
        	cases := []string{
        		"«a»",
        		"«b»",
        		"«c»",
        	}
        	for _, c := range cases {
        		if _, err := ParseCallID(c); err != nil {
        			t.Fatalf("parse %q: %v", c, err)
        		}
        	}
        }
        ''', a=ids[0], b=ids[1], c=ids[2])
    return N("internal/calls/parse_test.go", text, "go")


@neg("generic", "jwks_public")
def n_jwks(g):
    body = {"keys": [{"kty": "RSA", "use": "sig", "kid": g.hexl(16), "alg": "RS256", "e": "AQAB",
                      "n": g.b64url(256)} for _ in range(g.randint(1, 2))]}
    return N("public/.well-known/jwks.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "hlr_csv")
def n_hlr(g):
    rows = ["msisdn,status,mccmnc,imsi_prefix,roaming,checked_at"]
    for _ in range(g.randint(5, 12)):
        rows.append("%s,%s,%d%02d,%d,%s,%s" % (g.msisdn(), g.pick(["DELIVERED", "ABSENT", "UNKNOWN"]),
                                             g.randint(200, 700), g.randint(1, 99), g.randint(10 ** 5, 10 ** 6),
                                             g.pick(["true", "false"]), g.ts()))
    return N("exports/hlr_results.csv", "\n".join(rows) + "\n", "csv")


@neg("generic", "recording_metadata")
def n_recording_meta(g):
    body = {"recording_id": g.uuid(), "call_uuid": g.uuid(), "format": "mp3", "duration_ms": g.randint(1000, 900000),
            "sha1": hashlib.sha1(g.rbytes(8)).hexdigest(), "etag": '"%s"' % g.hexl(32),
            "url": "https://recordings.example.com/%s.mp3" % g.uuid(),
            "waveform_preview": g.b64(48)}
    return N("storage/recordings/meta-%s.json" % g.date(), json.dumps(body, indent=2) + "\n", "json")


@neg("kamailio", "dispatcher_list")
def n_dispatcher(g):
    lines = ["# setid destination flags priority attrs"]
    for i in range(g.randint(2, 5)):
        lines.append("1 sip:%s:5060 0 %d duid=media%d;weight=50" % (g.ip(), 10 - i, i + 1))
    lines.append("2 sip:%s:5060 0 0 duid=carrier" % g.pub_ip())
    return N("kamailio/dispatcher.list", "\n".join(lines) + "\n", "list")


@neg("kamailio", "default_db_url_doc")
def n_kamailio_default(g):
    text = sub('''
        ## Local development only: the stock kamdbctl defaults
        ## (read/write user kamailio/kamailiorw, read-only user kamailioro/kamailioro).
        #!define DBURL "mysql://kamailio:kamailiorw@localhost/kamailio"
        #!define DBURL_RO "mysql://kamailioro:kamailioro@localhost/kamailio"
        ''')
    return N("kamailio/dev/db-defaults.cfg", text, "cfg")


@neg("generic", "twiml_like_xml")
def n_plivo_xml(g):
    text = sub('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Response>
            <GetDigits action="https://ivr.«co».example.com/menu" method="POST" numDigits="1" timeout="7">
                <Speak voice="WOMAN" language="en-GB">Press 1 for sales, 2 for support.</Speak>
            </GetDigits>
            <Dial callerId="«cid»" timeout="25">
                <Number>«num»</Number>
            </Dial>
        </Response>
        ''', co=g.company(), cid=g.e164(), num=g.e164())
    return N("ivr/xml/main-menu.xml", text, "xml")


@neg("generic", "feature_flags_hashes")
def n_flags(g):
    body = {"flags": {f: {"enabled": g.chance(0.5), "rollout": g.randint(0, 100), "salt": g.hexl(16)}
                      for f in ["whatsapp_fallback", "rcs_pilot", "sinch_eu_routing", "voice_otp"]},
            "revision": g.hexl(40)}
    return N("config/flags.json", json.dumps(body, indent=2) + "\n", "json")


@neg("generic", "php_env_config")
def n_php_env(g):
    text = sub('''
        <?php

        return [
            'driver' => env('SMS_DRIVER', 'africastalking'),
            'africastalking' => [
                'username' => env('AT_USERNAME', 'sandbox'),
                'api_key' => env('AT_API_KEY'),
                'from' => env('AT_FROM', '«sender»'),
            ],
            'termii' => [
                'api_key' => env('TERMII_API_KEY'),
                'sender_id' => env('TERMII_SENDER_ID', '«sender»'),
            ],
        ];
        ''', sender=g.sender())
    return N("config/sms.php", text, "php")


@neg("generic", "java_env_config")
def n_java_env(g):
    text = sub('''
        package com.example.sms;

        public record ProviderSettings(String baseUrl, String apiKey, String sender) {

            public static ProviderSettings fromEnv() {
                return new ProviderSettings(
                        System.getenv().getOrDefault("INFOBIP_BASE_URL", "https://«sub».api.infobip.com"),
                        System.getenv("INFOBIP_API_KEY"),
                        System.getenv().getOrDefault("INFOBIP_SENDER", "«sender»"));
            }
        }
        ''', sub=g.alnum(6).lower(), sender=g.sender())
    return N("src/main/java/com/example/sms/ProviderSettings.java", text, "java")


@neg("generic", "ruby_cdr_job")
def n_ruby_job(g):
    text = sub('''
        class ImportCdrsJob < ApplicationJob
          queue_as :low

          BATCH = «b»

          def perform(since = 1.day.ago)
            Cdr.import_from_csv(Rails.root.join('tmp', "cdr-#{since.to_date}.csv"), batch_size: BATCH)
            Rails.logger.info("imported cdrs since #{since.iso8601} request_id=«rid»")
          end
        end
        ''', b=g.pick([500, 1000, 5000]), rid=g.uuid())
    return N("app/jobs/import_cdrs_job.rb", text, "rb")


@neg("generic", "csharp_hash_util")
def n_cs_hash(g):
    text = sub('''
        using System.Security.Cryptography;
        using System.Text;

        public static class WebhookSignature
        {
            // Known-answer test vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
            public const string TestVector = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

            public static string Compute(string secret, string payload)
            {
                using var h = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
            }
        }
        ''')
    return N("src/Webhooks/WebhookSignature.cs", text, "cs")


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

ENV_ALLOWED_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")
MAX_POS_ENV = N_POS // 20


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def neg_safe_path(path):
    if is_env_name(path) and path.rsplit("/", 1)[-1] not in ENV_ALLOWED_FOR_NEG:
        head = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        return head + ".env.example"
    return path


def filetype(path, lang):
    base = path.rsplit("/", 1)[-1]
    low = base.lower()
    if low.startswith("dockerfile"):
        return "dockerfile"
    if is_env_name(base):
        return "env"
    if "." in base.strip("."):
        return low.rsplit(".", 1)[-1]
    return lang


def schedule(g, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        g.r.shuffle(idx)
        out.extend(idx)
    return out[:count]


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content)


def check_template(item):
    assert item.text.count(SLOT) == 1, item.path
    assert not item.path.startswith("/") and ".." not in item.path.split("/"), item.path


def make_positive(g, fn):
    item = fn(g)
    check_template(item)
    secret = item.secret
    assert secret, item.path
    needle = item.needle or secret
    assert "\n" not in needle and needle in secret, item.path
    content = item.text.replace(SLOT, secret, 1)
    pos_ = item.text.index(SLOT) + secret.index(needle)
    line = content.count("\n", 0, pos_) + 1
    assert content.find(needle) == pos_, ("needle occurs before its slot", item.path)
    assert needle in content.split("\n")[line - 1], item.path
    return item, content, needle, line


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fy.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = Gen(seed)
    for sub_dir in ("pos", "neg"):
        shutil.rmtree(os.path.join(outdir, sub_dir), ignore_errors=True)
    os.makedirs(outdir, exist_ok=True)
    assert len(POS_TEMPLATES) >= 60 and len(NEG_TEMPLATES) >= 60

    manifest = []
    secrets = []

    # ---- positives -------------------------------------------------------------------------
    env_used = 0
    order = schedule(g, len(POS_TEMPLATES), N_POS)
    i = 0
    k = 0
    while i < N_POS:
        fn, provider, kind, _conv = POS_TEMPLATES[order[k % len(order)]]
        k += 1
        item, content, needle, line = make_positive(g, fn)
        if is_env_name(item.path):
            if env_used >= MAX_POS_ENV:
                continue
            env_used += 1
        rel = "pos/p%04d/%s" % (i, item.path)
        write(outdir, rel, content)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], rel
        assert all(needle not in back[j] for j in range(line - 1)), rel
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(item.path, item.lang)})
        secrets.append({"file": rel, "needle": needle, "line": line})
        i += 1

    # ---- negatives -------------------------------------------------------------------------
    kinds = ["reuse"] * (N_NEG // 2) + ["lookalike"] * (N_NEG - N_NEG // 2)
    g.r.shuffle(kinds)
    reuse_order = schedule(g, len(POS_TEMPLATES), N_NEG)
    look_order = schedule(g, len(NEG_TEMPLATES), N_NEG)
    ri = li = 0
    for j, mode in enumerate(kinds):
        if mode == "reuse":
            fn, provider, kind, _conv = POS_TEMPLATES[reuse_order[ri]]
            ri += 1
            item = fn(g)
            check_template(item)
            content, cat = neg_fill(g, item)
            kind = "%s:%s" % (kind, cat)
        else:
            fn, provider, kind = NEG_TEMPLATES[look_order[li]]
            li += 1
            item = fn(g)
            content = item.text
        assert SLOT not in content
        path = neg_safe_path(item.path)
        assert not is_env_name(path) or path.rsplit("/", 1)[-1] in ENV_ALLOWED_FOR_NEG, path
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path, item.lang)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    assert len(manifest) == N_POS + N_NEG and len(secrets) == N_POS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
