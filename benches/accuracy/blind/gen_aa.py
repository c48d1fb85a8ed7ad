#!/usr/bin/env python3
"""Blind evaluation-set generator "aa" for a git pre-commit secret scanner.

EMPHASIS
    Communications, telephony and customer-facing SaaS: SMS / voice / video
    APIs (Twilio, Vonage, Plivo, Sinch, MessageBird, Bandwidth, Telnyx,
    Infobip, ClickSend, Textmagic, Africa's Talking, Termii, 46elks, Esendex,
    AWS SNS), real-time / video (Agora, Daily, Whereby, Zoom S2S, OpenTok,
    LiveKit, Stream, Sendbird, PubNub, Ably, Pusher), VoIP servers and SIP
    trunks (Asterisk sip.conf / pjsip.conf / manager.conf / extensions.conf,
    FreeSWITCH directory + gateways, Kamailio / OpenSIPS, FreePBX), help-desk
    and CRM (Zendesk, Freshdesk, Intercom, Help Scout, Front, Gorgias, Crisp,
    Drift, HubSpot, Salesforce, Zoho, Pipedrive, Close, Copper) and marketing
    automation / push (Mailchimp, Brevo, Klaviyo, Customer.io, Braze,
    OneSignal, FCM, APNs, Web Push VAPID).  Account ids, SIDs, sender ids,
    phone numbers and public keys sit right beside the secrets, and the
    negatives are mostly those identifiers, or the secret slot filled with
    what careful developers really commit (env references, placeholders,
    masked values, ciphertext, hashes, public keys, documented examples).

USAGE
    python3 gen_aa.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<path> (500) and OUTDIR/neg/nNNNN/<path> (500),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file; line =
      1-based line where the needle starts.  Each positive holds exactly one
      credential; the needle occurs exactly once in its file.
    * Pairs (id + secret): the needle is the SECRET half only (Twilio Auth
      Token not the AC SID, Vonage api_secret not api_key, AWS secret access
      key not the AKIA id, Pusher secret not key, Plivo token not Auth ID ...).
      The id half stays in the file as realistic context.
    * Ably: the needle is the whole key string "appId.keyId:secret" (that is
      how it is always copied).  Zendesk "email/token:TOKEN": needle = TOKEN.
      URLs with passwords (Kamailio/OpenSIPS/FreePBX DB URLs): needle = the
      password only.  Salesforce SFDX auth URL: needle = the refresh token.
    * PEM private keys (APNs .p8, Vonage application key): the needle is the
      whole block "-----BEGIN ...-----" .. "-----END ...-----" (multi-line in
      files, or a single line with literal \\n escapes inside JSON/env);
      line = the BEGIN line.
    * Human-chosen passwords (SIP peers, AMI, DB users, Bandwidth/Esendex
      logins) look like human passwords; every other secret is random with the
      provider's prefix / alphabet / length / checksum.

NEGATIVES (label "neg", kind = "<kind>:<strategy>")
    env-ref (file-type syntax), placeholder, masked/truncated, ciphertext
    (SOPS / sealed-secrets / KMS / ansible-vault), hash (Asterisk md5secret,
    FreeSWITCH a1-hash), public/publishable keys and ids in the same slots
    (Twilio AC/MG/CA/SM SIDs, Pusher key, PubNub pub-c/sub-c, Ably key name,
    Agora App ID, Klaviyo site id, OneSignal app id, FCM sender id, VAPID
    public key, Salesforce org/record ids, HubSpot portal id, Stream api key,
    Zendesk subdomain, E.164 numbers, short codes, sender ids), documented
    example values (AWS docs example pair), test vectors, and request logs.
    Decision on X-Twilio-Signature: a NEGATIVE.  It is a per-request
    HMAC-SHA1 digest (base64, 28 chars) of URL+params keyed by the Auth Token;
    it cannot be used to authenticate anything except a replay of that exact
    request and does not reveal the token, so it is a signature, not a
    credential - the same class as a webhook body digest.

COVERAGE (per seed, approx.)
    ~64 API provider/kind generators + 9 telephony-config generators (~79
    provider/kind pairs incl. SIP trunk providers Twilio Elastic SIP, Telnyx,
    Flowroute, VoIP.ms, Bandwidth); ~58 file types: .env, Twilio Functions
    .env, config.yml, Django settings.py, Node config/*.js, Spring
    application.yml/.properties, Rails plain YAML, Laravel config/services.php,
    serverless.yml, Terraform, Postman environment, Zapier / Make / n8n JSON,
    appsettings.json, docker-compose, Dockerfile, GitHub Actions, GitLab CI,
    k8s Secret / ExternalSecret, Helm values, shell, Makefile / crontab
    (positional args), INI, CSV inventories/exports, Markdown runbooks with
    curl, Chrome-extension JS, Zendesk ZAF settings.yml / manifest.json,
    hubspot.config.yml, SFDX auth (shell/JSON/CI), Python/JS/Go/PHP/Ruby/C#
    handlers, VCR cassettes, debug logs, HTML, JSON fixtures, .p8/.key/.pem,
    sip.conf, pjsip.conf, extensions.conf, manager.conf, FreeSWITCH directory
    and gateway XML, kamailio.cfg, opensips.cfg, /etc/freepbx.conf.
    ~18% of API positives use a generic secret name (token, AUTH, apiKey in a
    provider block, ...); telephony configs use the format's own generic keys
    (secret=, password=, DB URL), Makefile/crontab use positional arguments.

DOUBTS (formats I am not certain of)
    * Firebase web config "AIza..." apiKey is emitted as a NEGATIVE (Google
      documents Firebase web API keys as public identifiers); some graders may
      disagree.  Likewise Intercom user_hash (a per-user HMAC digest) and SIP
      digest "response=" values in traces are negatives.
    * Telnyx v2 keys: "KEY" + 32 upper-hex + "_" + 22 alnum as in the brief;
      Telnyx docs only say keys "start with KEY".
    * MessageBird test keys: generated as "test_" + 25 alnum; live keys 25
      alnum.  I am not sure the test prefix is literal.
    * Africa's Talking new keys: "atsk_" + 64 hex (length unverified); legacy
      keys were 64 hex without prefix.
    * Termii: "TL" + 58 alnum (from memory; unverified).  Textmagic: 30 alnum.
    * ClickSend API key: upper-case UUID-like (from memory).
    * Sinch: service plan id and API token both 32 hex; verification app
      secret as base64 of 16 bytes (24 chars ending "==").
    * Close: "api_" + 22 base62 + "." + 22 base62 (from memory).
    * Gorgias: 64 hex; Crisp plugin key 64 hex; Drift 32 alnum; Help Scout
      app secret 32 alnum; Copper 32 hex (from memory).
    * HubSpot CLI personalAccessKey: base64 of a protobuf starting with
      "\\n$na1-..." (reconstructed, not verified); private-app tokens
      pat-na1-/pat-eu1- + UUID are well documented.
    * LiveKit secret: 43 alnum; key "API" + 12 alnum.  Stream secret: 64
      lowercase alnum.  Sendbird API token: 40 hex.  Ably secret: 43 chars.
    * PubNub sec-c-: base64 of a UUID string (48 chars) - observed shape.
    * OneSignal: legacy 48-char base64-of-UUID REST keys and new
      "os_v2_app_" + base32 keys; exact length of v2 keys unverified (~113).
    * Salesforce session id: org id + "!" + "AQ" + ~94 chars [A-Za-z0-9._];
      refresh token "5Aep861" + 80 chars.  Consumer secret: 64 upper hex
      (new) or 19 digits (old).
    * Zoho client secret 42 hex; refresh token 1000.<32hex>.<32hex>.
    * Whereby / Front tokens are JWTs: header+payload are real JSON, the
      signature is random bytes (cannot be verified, shape only).
    * Bandwidth v2 uses username/password; the old Catapult token/secret
      ("t-" + 25 alnum / 40 alnum) is also emitted.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LALNUM = LOW + DIG
UALNUM = UP + DIG
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

R = random.Random(0)  # replaced in main()


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def _looks_sequential(s):
    low = s.lower()
    for bad in ("abcd", "1234", "2345", "3456", "4567", "5678", "6789", "0123",
                "xxxx", "aaaa", "0000", "1111", "ffff", "qwer", "asdf", "test",
                "pass", "secret", "token", "key", "demo", "fake", "dead", "beef",
                "cafe", "babe", "face"):
        if bad in low:
            return True
    return False


def rstr(alpha, n, check=True):
    for _ in range(200):
        s = "".join(R.choice(alpha) for _ in range(n))
        if not check or not _looks_sequential(s):
            # require some mix for long mixed alphabets
            if n >= 16 and alpha in (ALNUM, B64, B64URL):
                if not (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                        and any(c.islower() for c in s)):
                    continue
            return s
    return s


def hexs(n):
    return rstr(HEX, n)


def uhex(n):
    return rstr(UHEX, n)


def alnum(n):
    return rstr(ALNUM, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = pick("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def jwt(header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(sig_bytes))}"


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "\n".join([f"-----BEGIN {label}-----"] + lines + [f"-----END {label}-----"])


def ec_p256_pkcs8():
    # genuine PKCS#8 / SEC1 structure, random scalar and random point bytes
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107"
                         "047930770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    return pem_wrap("PRIVATE KEY", der)


def rsa2048_pkcs8():
    def tlv_int(nbytes, top=True):
        body = rbytes(nbytes)
        if top:
            body = bytes([body[0] | 0x80]) + body[1:]
            body = b"\x00" + body
        else:
            body = bytes([body[0] & 0x7f | 0x40]) + body[1:]
        return b"\x02" + _dlen(len(body)) + body

    n = tlv_int(256)
    e = b"\x02\x03\x01\x00\x01"
    d = tlv_int(256, top=False)
    p = tlv_int(128)
    q = tlv_int(128)
    dp = tlv_int(128, top=False)
    dq = tlv_int(128, top=False)
    qi = tlv_int(128, top=False)
    seq = b"\x02\x01\x00" + n + e + d + p + q + dp + dq + qi
    rsakey = b"\x30" + _dlen(len(seq)) + seq
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    octet = b"\x04" + _dlen(len(rsakey)) + rsakey
    body = b"\x02\x01\x00" + alg + octet
    return pem_wrap("PRIVATE KEY", b"\x30" + _dlen(len(body)) + body)


def _dlen(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


# ---------------------------------------------------------------- people/data
FIRST = ["marek", "ana", "joao", "priya", "kwame", "lena", "tomas", "sofia", "diego",
         "aisha", "noah", "mei", "oskar", "fatima", "liam", "ingrid", "ravi", "chloe",
         "yusuf", "elena", "hugo", "amara", "jonas", "nadia", "felix", "zara"]
LAST = ["novak", "silva", "okafor", "iyer", "mensah", "berg", "kowalski", "rossi",
        "garcia", "haddad", "tanaka", "lindqvist", "dubois", "kim", "oconnor", "petrov",
        "nakamura", "fischer", "moreau", "adeyemi", "jensen", "costa"]
COMPANY = ["acme-logistics", "brightdesk", "harborline", "pinecall", "lumen-health",
           "northwind", "tidepool", "quillcare", "orbitel", "fernway", "kitepost",
           "sundial-dental", "cobalt-fleet", "meridian-hr", "parcelbee", "voxly",
           "ridgeway-realty", "greenleaf-clinic", "atlas-tickets", "civicline"]
CITIES = ["Lisbon", "Nairobi", "Austin", "Krakow", "Lagos", "Toronto", "Berlin",
          "Manila", "Leeds", "Pune", "Santiago", "Oslo"]
WORDS_HP = ["winter", "harbor", "Otter", "falcon", "Maple", "sunny", "Kestrel", "river",
            "Copper", "lemon", "Tiger", "violet", "Nordic", "pepper", "Granite", "bison",
            "Saturn", "meadow", "Orchid", "cobalt", "Puffin", "thunder", "Juniper", "mango"]


def company():
    return pick(COMPANY)


def person():
    return pick(FIRST), pick(LAST)


def email(dom=None):
    f, l = person()
    dom = dom or company().replace("-", "") + pick([".com", ".io", ".co", ".net"])
    return pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"ops", f"support", f"integrations"]) + "@" + dom


def e164():
    cc = pick(["1", "44", "351", "254", "49", "48", "234", "61", "91", "33"])
    if cc == "1":
        return "+1" + pick("2345678") + rstr(DIG, 2, False) + pick("23456789") + rstr(DIG, 6, False)
    if cc == "44":
        return "+447" + pick("4579") + rstr(DIG, 8, False)
    return "+" + cc + pick("6789") + rstr(DIG, R.randint(7, 8), False)


def human_password(syms=".!@*-_+=?%"):
    f = pick(FIRST).capitalize()
    w = pick(WORDS_HP)
    w2 = pick(WORDS_HP).lower()
    y = str(R.randint(1961, 2021))
    n = str(R.randint(2, 99))
    sym = pick(syms)
    leet = w.replace("o", "0").replace("a", "4").replace("e", "3") if chance(0.5) else w
    forms = [f"{f}{sym}{y}{w2}", f"{leet}{sym}{n}", f"{w}{sym}{w2.capitalize()}{n}",
             f"{f}{y[2:]}{sym}{w2}", f"{w2}{sym}{f}{n}{sym}", f"{leet}{y}{sym}",
             f"{w}-{w2}-{n}", f"{f.lower()}{sym}{w}{y}"]
    return pick(forms)


def sip_password():
    if chance(0.4):
        return human_password()
    return rstr(ALNUM + "-_.!@", R.randint(14, 24))


# ------------------------------------------------------------------ model
class Env:
    """Marker: the value is an environment / secret-store reference."""

    def __init__(self, name=None):
        self.name = name


class F:
    def __init__(self, words, value, secret=False):
        self.words = words
        self.value = value
        self.secret = secret


class Cred:
    def __init__(self, provider, kind, prefix, fields, family="api", auth=None,
                 base="", mask=4, public=None, example=None, block=None, note="",
                 extra=None):
        self.provider = provider
        self.kind = kind
        self.prefix = prefix
        self.fields = fields
        self.family = family
        self.auth = auth or ("bearer",)
        self.base = base
        self.mask = mask          # chars of prefix kept when masking
        self.public = public or []  # extra public look-alike fields (negatives)
        self.example = example
        self.block = block or "_".join(prefix)
        self.note = note
        self.extra = extra or {}

    @property
    def secret(self):
        for f in self.fields:
            if f.secret:
                return f
        return None


def gh_style_token(prefix):
    body = rstr(ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62enc(crc, 6)


def sf_org_id(prefix="00D"):
    base15 = prefix + pick(DIG) + pick(LOW + UP) + "0000" + pick("0123") + rstr(UALNUM, 4, False)
    return base15


def sf_18(id15):
    suffix = ""
    for i in range(3):
        chunk = id15[i * 5:(i + 1) * 5]
        bits = 0
        for j, c in enumerate(chunk):
            if "A" <= c <= "Z":
                bits |= 1 << j
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return id15 + suffix


def twilio_sid(prefix):
    return prefix + hexs(32)


# ------------------------------------------------------------------ kinds
def k_twilio_auth():
    return Cred("twilio", "auth_token", ["twilio"], [
        F(["account", "sid"], twilio_sid("AC")),
        F(["auth", "token"], hexs(32), True),
        F(["messaging", "service", "sid"], twilio_sid("MG")),
        F(["from", "number"], e164()),
    ], auth=("basic", 0, 1), base="https://api.twilio.com/2010-04-01",
        public=[F(["verify", "service", "sid"], twilio_sid("VA"))], mask=0)


def k_twilio_apikey():
    return Cred("twilio", "api_key_secret", ["twilio"], [
        F(["account", "sid"], twilio_sid("AC")),
        F(["api", "key"], twilio_sid("SK")),
        F(["api", "secret"], alnum(32), True),
        F(["caller", "id"], e164()),
    ], auth=("basic", 1, 2), base="https://api.twilio.com/2010-04-01",
        public=[F(["twiml", "app", "sid"], twilio_sid("AP"))], mask=0)


def k_vonage_secret():
    return Cred("vonage", "api_secret", [pick(["vonage", "nexmo"])], [
        F(["api", "key"], hexs(8)),
        F(["api", "secret"], alnum(16), True),
        F(["brand", "name"], pick(["ACMEPARCEL", "Brightdesk", "PineCall", "VOXLY"])),
    ], auth=("basic", 0, 1), base="https://rest.nexmo.com", mask=0,
        public=[F(["application", "id"], uuid4())])


def k_vonage_pkey():
    return Cred("vonage", "application_private_key", ["vonage"], [
        F(["application", "id"], uuid4()),
        F(["private", "key"], rsa2048_pkcs8(), True),
        F(["lvn"], e164()[1:]),
    ], family="pem", base="https://api.nexmo.com/v1/calls")


def k_plivo():
    return Cred("plivo", "auth_token", ["plivo"], [
        F(["auth", "id"], pick(["MA", "SA"]) + rstr(UALNUM, 18)),
        F(["auth", "token"], alnum(40), True),
        F(["src", "number"], e164()),
    ], auth=("basic", 0, 1), base="https://api.plivo.com/v1/Account")


def k_sinch_sms():
    return Cred("sinch", "sms_api_token", ["sinch"], [
        F(["service", "plan", "id"], hexs(32)),
        F(["api", "token"], hexs(32), True),
        F(["region"], pick(["us", "eu", "au", "br", "ca"])),
        F(["sender"], e164()),
    ], base="https://us.sms.api.sinch.com/xms/v1")


def k_sinch_verif():
    return Cred("sinch", "verification_app_secret", ["sinch"], [
        F(["application", "key"], uuid4()),
        F(["application", "secret"], base64.b64encode(rbytes(16)).decode(), True),
    ], auth=("basic", 0, 1), base="https://verification.api.sinch.com/verification/v1")


def k_messagebird(test=False):
    key = ("test_" if test else "") + alnum(25)
    return Cred("messagebird", "test_access_key" if test else "live_access_key",
                ["messagebird"], [
        F(["access", "key"], key, True),
        F(["originator"], pick(["Parcelbee", "KitePost", "Orbitel", "TIDEPOOL"])),
        F(["channel", "id"], hexs(32)),
    ], auth=("header", "Authorization", "AccessKey "), base="https://rest.messagebird.com",
        mask=5 if test else 0)


def k_bandwidth():
    return Cred("bandwidth", "api_password", ["bandwidth"], [
        F(["account", "id"], str(R.randint(5000000, 9999999))),
        F(["username"], pick(FIRST) + "-api-" + pick(["prod", "svc", "msg"])),
        F(["password"], human_password() if chance(0.5) else rstr(ALNUM + "!@.", 20), True),
        F(["messaging", "application", "id"], uuid4()),
    ], auth=("basic", 1, 2), base="https://messaging.bandwidth.com/api/v2")


def k_bandwidth_catapult():
    return Cred("bandwidth", "catapult_api_secret", ["bandwidth"], [
        F(["user", "id"], "u-" + rstr(LALNUM, 24)),
        F(["api", "token"], "t-" + rstr(LALNUM, 25)),
        F(["api", "secret"], alnum(40), True),
    ], auth=("basic", 1, 2), base="https://api.catapult.inetwork.com/v1")


def k_telnyx():
    return Cred("telnyx", "api_key_v2", ["telnyx"], [
        F(["api", "key"], "KEY" + uhex(32) + "_" + alnum(22), True),
        F(["messaging", "profile", "id"], uuid4()),
        F(["connection", "id"], str(R.randint(10 ** 18, 10 ** 19 - 1))),
    ], base="https://api.telnyx.com/v2", mask=3,
        public=[F(["public", "key"], base64.b64encode(rbytes(32)).decode())])


def k_infobip():
    return Cred("infobip", "api_key", ["infobip"], [
        F(["base", "url"], rstr(LALNUM, 6) + ".api.infobip.com"),
        F(["api", "key"], hexs(32) + "-" + uuid4(), True),
        F(["sender"], pick(["InfoSMS", "Harborline", "CIVICLN", "447491163443"])),
    ], auth=("header", "Authorization", "App "), base="https://api.infobip.com")


def k_clicksend():
    u = uuid4().upper()
    return Cred("clicksend", "api_key", ["clicksend"], [
        F(["username"], email()),
        F(["api", "key"], u, True),
    ], auth=("basic", 0, 1), base="https://rest.clicksend.com/v3")


def k_textmagic():
    return Cred("textmagic", "api_key", ["textmagic"], [
        F(["username"], pick(FIRST) + pick(LAST)),
        F(["api", "key"], alnum(30), True),
    ], auth=("basic", 0, 1), base="https://rest.textmagic.com/api/v2")


def k_africastalking():
    return Cred("africastalking", "api_key", ["at"] if chance(0.3) else ["africastalking"], [
        F(["username"], pick(COMPANY).replace("-", "")),
        F(["api", "key"], "atsk_" + hexs(64), True),
        F(["short", "code"], str(R.randint(20000, 40999))),
    ], auth=("header", "apiKey", ""), base="https://api.africastalking.com/version1", mask=5)


def k_termii():
    return Cred("termii", "api_key", ["termii"], [
        F(["api", "key"], "TL" + alnum(58), True),
        F(["sender", "id"], pick(["Talert", "Kitepost", "NWind"])),
    ], auth=("json", "api_key"), base="https://api.ng.termii.com/api", mask=2)


def k_46elks():
    return Cred("46elks", "api_password", ["elks"], [
        F(["api", "username"], "u" + hexs(32)),
        F(["api", "password"], uhex(32), True),
        F(["from"], pick(["Harborline", "+46766861004", "Fernway"])),
    ], auth=("basic", 0, 1), base="https://api.46elks.com/a1")


def k_esendex():
    return Cred("esendex", "password", ["esendex"], [
        F(["account", "reference"], "EX0" + rstr(DIG, 6, False)),
        F(["username"], email()),
        F(["password"], human_password(), True),
    ], auth=("basic", 1, 2), base="https://api.esendex.com/v1.0")


def k_aws_sns():
    return Cred("aws", "secret_access_key", ["aws"], [
        F(["access", "key", "id"], "AKIA" + rstr("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
        F(["secret", "access", "key"], rstr(B64, 40), True),
        F(["region"], pick(["us-east-1", "eu-west-1", "ap-south-1", "eu-central-1"])),
        F(["sns", "topic", "arn"], f"arn:aws:sns:us-east-1:{rstr(DIG, 12, False)}:sms-alerts"),
    ], auth=("aws",), mask=0, example=("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))


def k_agora():
    return Cred("agora", "app_certificate", ["agora"], [
        F(["app", "id"], hexs(32)),
        F(["app", "certificate"], hexs(32), True),
        F(["channel", "prefix"], pick(["support-", "tele-", "room_"])),
    ], auth=("none",), public=[F(["customer", "id"], hexs(32))])


def k_daily():
    return Cred("daily", "api_key", ["daily"], [
        F(["api", "key"], hexs(64), True),
        F(["domain"], company().replace("-", "") + ".daily.co"),
    ], base="https://api.daily.co/v1")


def k_whereby():
    tok = jwt({"alg": "RS256", "typ": "JWT"}, {
        "aud": "https://api.whereby.dev", "iss": "https://accounts.whereby.com",
        "iat": R.randint(1650000000, 1730000000), "meetingDataScope": True,
        "meetingsScope": ["create", "read"], "orgId": str(R.randint(100000, 999999))}, 256)
    return Cred("whereby", "api_key", ["whereby"], [
        F(["api", "key"], tok, True),
        F(["subdomain"], company().replace("-", "")),
    ], base="https://api.whereby.dev/v1", mask=10)


def k_zoom_s2s():
    return Cred("zoom", "s2s_client_secret", ["zoom"], [
        F(["account", "id"], rstr(ALNUM + "-_", 22)),
        F(["client", "id"], rstr(ALNUM, 22)),
        F(["client", "secret"], alnum(32), True),
    ], auth=("basic", 1, 2), base="https://zoom.us/oauth/token")


def k_zoom_webhook():
    return Cred("zoom", "webhook_secret_token", ["zoom"], [
        F(["webhook", "secret", "token"], rstr(ALNUM + "-_", 22), True),
        F(["verification", "path"], "/hooks/zoom"),
    ], auth=("none",))


def k_opentok():
    return Cred("vonage-video", "opentok_api_secret", [pick(["opentok", "tokbox"])], [
        F(["api", "key"], str(R.randint(45000000, 47999999))),
        F(["api", "secret"], hexs(40), True),
    ], auth=("header", "X-OPENTOK-AUTH", ""), base="https://api.opentok.com/v2/project")


def k_livekit():
    return Cred("livekit", "api_secret", ["livekit"], [
        F(["url"], "wss://" + company() + "-" + rstr(LALNUM, 8) + ".livekit.cloud"),
        F(["api", "key"], "API" + rstr(ALNUM, 12)),
        F(["api", "secret"], alnum(43), True),
    ], auth=("none",))


def k_stream():
    return Cred("stream", "api_secret", ["stream"], [
        F(["api", "key"], rstr(LALNUM, 12)),
        F(["api", "secret"], rstr(LALNUM, 64), True),
        F(["app", "id"], str(R.randint(1100000, 1399999))),
    ], auth=("none",))


def k_sendbird():
    return Cred("sendbird", "api_token", ["sendbird"], [
        F(["app", "id"], uuid4().upper()),
        F(["api", "token"], hexs(40), True),
    ], auth=("header", "Api-Token", ""), base="https://api-{app}.sendbird.com/v3")


def k_pubnub():
    sk = "sec-c-" + base64.b64encode(uuid4().encode()).decode()
    return Cred("pubnub", "secret_key", ["pubnub"], [
        F(["publish", "key"], "pub-c-" + uuid4()),
        F(["subscribe", "key"], "sub-c-" + uuid4()),
        F(["secret", "key"], sk, True),
    ], auth=("none",), mask=6)


def k_ably():
    app, kid = rstr(ALNUM, 6, False), rstr(ALNUM + "-_", 6, False)
    return Cred("ably", "api_key", ["ably"], [
        F(["api", "key"], f"{app}.{kid}:{rstr(B64URL, 43)}", True),
        F(["channel"], pick(["support:chat", "agents", "presence:queue"])),
    ], auth=("basic_full",), base="https://rest.ably.io", mask=14,
        public=[F(["key", "name"], f"{app}.{kid}")])


def k_pusher():
    return Cred("pusher", "app_secret", ["pusher"], [
        F(["app", "id"], str(R.randint(1000000, 1999999))),
        F(["key"], hexs(20)),
        F(["secret"], hexs(20), True),
        F(["cluster"], pick(["mt1", "eu", "ap2", "us2", "ap1"])),
    ], auth=("none",))


def k_zendesk():
    sub = company().replace("-", "")
    return Cred("zendesk", "api_token", ["zendesk"], [
        F(["subdomain"], sub),
        F(["email"], email(sub + ".com")),
        F(["api", "token"], alnum(40), True),
    ], auth=("zendesk", 1, 2), base=f"https://{sub}.zendesk.com/api/v2")


def k_freshdesk():
    dom = company().replace("-", "") + ".freshdesk.com"
    return Cred("freshdesk", "api_key", ["freshdesk"], [
        F(["domain"], dom),
        F(["api", "key"], alnum(20), True),
    ], auth=("basic_x",), base=f"https://{dom}/api/v2")


def k_intercom():
    raw = f"tok:{uuid4().replace('-', '_')}:1:0"
    return Cred("intercom", "access_token", ["intercom"], [
        F(["access", "token"], base64.b64encode(raw.encode()).decode(), True),
        F(["app", "id"], rstr(LALNUM, 8)),
    ], base="https://api.intercom.io", mask=6)


def k_helpscout():
    return Cred("helpscout", "app_secret", ["helpscout"], [
        F(["app", "id"], alnum(32)),
        F(["app", "secret"], alnum(32), True),
        F(["mailbox", "id"], str(R.randint(100000, 399999))),
    ], auth=("none",), base="https://api.helpscout.net/v2")


def k_front():
    tok = jwt({"alg": "HS256", "typ": "JWT"}, {
        "scopes": pick([["shared:*"], ["shared:*", "private:*"], ["tim:*"]]),
        "iat": R.randint(1600000000, 1730000000), "iss": "front",
        "sub": company().replace("-", ""), "jti": hexs(16)}, 32)
    return Cred("front", "api_token", ["front"], [
        F(["api", "token"], tok, True),
        F(["inbox", "id"], "inb_" + rstr(LALNUM, 5)),
    ], base="https://api2.frontapp.com", mask=10)


def k_gorgias():
    dom = company().replace("-", "")
    return Cred("gorgias", "api_key", ["gorgias"], [
        F(["domain"], dom + ".gorgias.com"),
        F(["username"], email(dom + ".com")),
        F(["api", "key"], hexs(64), True),
    ], auth=("basic", 1, 2), base=f"https://{dom}.gorgias.com/api")


def k_crisp():
    return Cred("crisp", "plugin_token_key", ["crisp"], [
        F(["website", "id"], uuid4()),
        F(["token", "identifier"], uuid4()),
        F(["token", "key"], hexs(64), True),
    ], auth=("basic", 1, 2), base="https://api.crisp.chat/v1",
        public=[F(["website", "id"], uuid4())])


def k_drift():
    return Cred("drift", "access_token", ["drift"], [
        F(["access", "token"], alnum(32), True),
        F(["org", "id"], str(R.randint(1000000, 9999999))),
    ], base="https://driftapi.com")


def k_hubspot_pat():
    reg = pick(["na1", "na1", "eu1", "na2"])
    return Cred("hubspot", "private_app_token", ["hubspot"], [
        F(["portal", "id"], str(R.randint(2000000, 49999999))),
        F(["access", "token"], f"pat-{reg}-{uuid4()}", True),
    ], base="https://api.hubapi.com", mask=8)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def k_hubspot_pak():
    portal = R.randint(2000000, 49999999)
    inner = b"na1-" + uuid4()[4:].encode()
    blob = (b"\n" + bytes([len(inner)]) + inner + b"\x10" + _varint(portal) + b"\x18"
            + _varint(R.randint(1, 9)) + b"*" + b"\x19" + rbytes(25) + b"J" + b"\x14"
            + rbytes(20) + b"R\x03na1")
    key = base64.b64encode(blob).decode().rstrip("=")
    return Cred("hubspot", "personal_access_key", ["hubspot"], [
        F(["portal", "id"], str(portal)),
        F(["personal", "access", "key"], key, True),
    ], family="hubspot_cli", mask=6)


def k_sf_consumer():
    sec = uhex(64) if chance(0.6) else rstr(DIG, 19, False)
    return Cred("salesforce", "consumer_secret", ["sf"] if chance(0.4) else ["salesforce"], [
        F(["login", "url"], pick(["https://login.salesforce.com", "https://test.salesforce.com"])),
        F(["consumer", "key"], "3MVG9" + rstr(ALNUM + "._", 80)),
        F(["consumer", "secret"], sec, True),
        F(["username"], "integration@" + company().replace("-", "") + ".com"),
    ], auth=("none",))


def k_sf_session():
    org = sf_org_id()
    sid = org + "!" + pick(["AQ", "AR"]) + rstr(ALNUM + "._", R.randint(92, 100))
    inst = company().replace("-", "") + ".my.salesforce.com"
    return Cred("salesforce", "session_id", ["sf"], [
        F(["instance", "url"], "https://" + inst),
        F(["access", "token"], sid, True),
        F(["org", "id"], sf_18(org)),
    ], base=f"https://{inst}/services/data/v59.0", mask=19)


def k_sf_refresh():
    tok = "5Aep861" + rstr(ALNUM + "._", 80)
    inst = company().replace("-", "") + ".my.salesforce.com"
    return Cred("salesforce", "refresh_token", ["sfdx"], [
        F(["instance", "url"], "https://" + inst),
        F(["refresh", "token"], tok, True),
        F(["username"], "ci@" + company().replace("-", "") + ".com"),
    ], family="sfdx", mask=7)


def k_zoho_refresh():
    return Cred("zoho", "refresh_token", ["zoho"], [
        F(["client", "id"], "1000." + rstr(UALNUM, 30)),
        F(["refresh", "token"], f"1000.{hexs(32)}.{hexs(32)}", True),
        F(["accounts", "url"], pick(["https://accounts.zoho.com", "https://accounts.zoho.eu",
                                     "https://accounts.zoho.in"])),
    ], auth=("none",), mask=5)


def k_zoho_secret():
    return Cred("zoho", "client_secret", ["zoho"], [
        F(["client", "id"], "1000." + rstr(UALNUM, 30)),
        F(["client", "secret"], hexs(42), True),
        F(["redirect", "uri"], "https://" + company() + ".com/oauth/zoho/callback"),
    ], auth=("none",))


def k_pipedrive():
    return Cred("pipedrive", "api_token", ["pipedrive"], [
        F(["company", "domain"], company().replace("-", "")),
        F(["api", "token"], hexs(40), True),
    ], auth=("query", "api_token"), base="https://api.pipedrive.com/v1")


def k_close():
    return Cred("close", "api_key", ["close"], [
        F(["api", "key"], f"api_{rstr(B62, 22)}.{rstr(B62, 22)}", True),
        F(["org", "id"], "orga_" + rstr(ALNUM, 43)),
    ], auth=("basic_key_only",), base="https://api.close.com/api/v1", mask=4)


def k_copper():
    return Cred("copper", "api_key", ["copper"], [
        F(["user", "email"], email()),
        F(["api", "key"], hexs(32), True),
    ], auth=("header", "X-PW-AccessToken", ""), base="https://api.copper.com/developer_api/v1")


def k_mailchimp():
    dc = "us" + str(R.randint(1, 21))
    return Cred("mailchimp", "api_key", ["mailchimp"], [
        F(["api", "key"], hexs(32) + "-" + dc, True),
        F(["server", "prefix"], dc),
        F(["list", "id"], hexs(10)),
    ], auth=("basic_any",), base=f"https://{dc}.api.mailchimp.com/3.0")


def k_brevo():
    return Cred("brevo", "api_key", [pick(["brevo", "sendinblue"])], [
        F(["api", "key"], "xkeysib-" + hexs(64) + "-" + alnum(16), True),
        F(["sender", "email"], email()),
    ], auth=("header", "api-key", ""), base="https://api.brevo.com/v3", mask=8)


def k_brevo_smtp():
    return Cred("brevo", "smtp_key", ["brevo", "smtp"], [
        F(["host"], "smtp-relay.brevo.com"),
        F(["login"], rstr(LALNUM, 8, False) + "@smtp-brevo.com"),
        F(["password"], "xsmtpsib-" + hexs(64) + "-" + alnum(16), True),
    ], auth=("none",), mask=9)


def k_klaviyo():
    return Cred("klaviyo", "private_api_key", ["klaviyo"], [
        F(["public", "key"], rstr(ALNUM, 6)),
        F(["private", "key"], "pk_" + hexs(34), True),
    ], auth=("header", "Authorization", "Klaviyo-API-Key "), base="https://a.klaviyo.com/api", mask=3)


def k_customerio_track():
    return Cred("customer.io", "track_api_key", ["customerio"], [
        F(["site", "id"], hexs(20)),
        F(["track", "api", "key"], hexs(20), True),
        F(["region"], pick(["us", "eu"])),
    ], auth=("basic", 0, 1), base="https://track.customer.io/api/v1")


def k_customerio_app():
    return Cred("customer.io", "app_api_key", ["customerio"], [
        F(["app", "api", "key"], hexs(32), True),
        F(["transactional", "message", "id"], str(R.randint(2, 40))),
    ], base="https://api.customer.io/v1")


def k_braze():
    return Cred("braze", "rest_api_key", ["braze"], [
        F(["rest", "endpoint"], "https://rest." + pick(["iad-01", "iad-03", "iad-05", "fra-01", "fra-02"]) + ".braze.com"),
        F(["rest", "api", "key"], uuid4(), True),
        F(["app", "id"], uuid4()),
    ], base="https://rest.iad-01.braze.com",
        public=[F(["sdk", "api", "key"], uuid4())])


def k_onesignal(v2=False):
    if v2:
        key = "os_v2_app_" + rstr("abcdefghijklmnopqrstuvwxyz234567", 103)
    else:
        key = base64.b64encode(uuid4().encode()).decode()
    return Cred("onesignal", "rest_api_key_v2" if v2 else "rest_api_key", ["onesignal"], [
        F(["app", "id"], uuid4()),
        F(["rest", "api", "key"], key, True),
    ], auth=("header", "Authorization", "Key " if v2 else "Basic "), base="https://onesignal.com/api/v1",
        mask=10 if v2 else 0)


def k_fcm():
    key = "AAAA" + rstr(B64URL, 7) + ":APA91b" + rstr(B64URL, 134)
    return Cred("firebase", "fcm_legacy_server_key", ["fcm"], [
        F(["sender", "id"], str(R.randint(10 ** 11, 10 ** 12 - 1))),
        F(["server", "key"], key, True),
    ], auth=("header", "Authorization", "key="), base="https://fcm.googleapis.com/fcm/send", mask=11)


def k_apns():
    return Cred("apple", "apns_auth_key_p8", ["apns"], [
        F(["key", "id"], rstr(UALNUM, 10)),
        F(["team", "id"], rstr(UALNUM, 10)),
        F(["auth", "key"], ec_p256_pkcs8(), True),
        F(["topic"], "com." + company().replace("-", "") + ".app"),
    ], family="pem")


def k_vapid():
    pub = b64u(b"\x04" + rbytes(64))
    return Cred("webpush", "vapid_private_key", ["vapid"], [
        F(["public", "key"], pub),
        F(["private", "key"], b64u(rbytes(32)), True),
        F(["subject"], "mailto:" + email()),
    ], auth=("none",))


def k_flowroute():
    return Cred("flowroute", "api_secret_key", ["flowroute"], [
        F(["access", "key"], rstr(DIG, 8, False)),
        F(["secret", "key"], alnum(32), True),
        F(["did"], e164()[1:]),
    ], auth=("basic", 0, 1), base="https://api.flowroute.com/v2.1")


API_KINDS = [
    (k_twilio_auth, 3), (k_twilio_apikey, 2), (k_vonage_secret, 2), (k_vonage_pkey, 1),
    (k_plivo, 2), (k_sinch_sms, 1), (k_sinch_verif, 1), (lambda: k_messagebird(False), 1),
    (lambda: k_messagebird(True), 1), (k_bandwidth, 1), (k_bandwidth_catapult, 1),
    (k_telnyx, 2), (k_infobip, 1), (k_clicksend, 1), (k_textmagic, 1), (k_africastalking, 1),
    (k_termii, 1), (k_46elks, 1), (k_esendex, 1), (k_aws_sns, 2), (k_agora, 1), (k_daily, 1),
    (k_whereby, 1), (k_zoom_s2s, 2), (k_zoom_webhook, 1), (k_opentok, 1), (k_livekit, 1),
    (k_stream, 1), (k_sendbird, 1), (k_pubnub, 1), (k_ably, 1), (k_pusher, 2),
    (k_zendesk, 2), (k_freshdesk, 1), (k_intercom, 1), (k_helpscout, 1), (k_front, 1),
    (k_gorgias, 1), (k_crisp, 1), (k_drift, 1), (k_hubspot_pat, 2), (k_hubspot_pak, 1),
    (k_sf_consumer, 1), (k_sf_session, 1), (k_sf_refresh, 1), (k_zoho_refresh, 1),
    (k_zoho_secret, 1), (k_pipedrive, 1), (k_close, 1), (k_copper, 1), (k_mailchimp, 2),
    (k_brevo, 1), (k_brevo_smtp, 1), (k_klaviyo, 1), (k_customerio_track, 1),
    (k_customerio_app, 1), (k_braze, 1), (lambda: k_onesignal(False), 1),
    (lambda: k_onesignal(True), 1), (k_fcm, 1), (k_apns, 1), (k_vapid, 1), (k_flowroute, 1),
]


# ------------------------------------------------------------------ rendering context
GENERIC_SECRET_NAMES = [["api", "key"], ["token"], ["auth"], ["secret"], ["access", "token"],
                        ["key"], ["sms", "api", "key"], ["voice", "token"], ["gateway", "secret"],
                        ["provider", "token"], ["primary", "key"], ["creds"], ["auth", "secret"],
                        ["service", "token"], ["notify", "key"], ["push", "key"], ["crm", "token"],
                        ["helpdesk", "key"], ["api", "token"], ["bearer"], ["password"]]
GENERIC_BLOCKS = ["sms", "messaging", "voice", "notifications", "crm", "helpdesk", "provider",
                  "comms", "push", "chat", "outbound", "integration"]


def style(words, st):
    if st == "snake":
        return "_".join(words)
    if st == "upper":
        return "_".join(words).upper()
    if st == "kebab":
        return "-".join(words)
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "dot":
        return ".".join(words)
    return "_".join(words)


class Ctx:
    def __init__(self, cred, generic):
        self.c = cred
        self.generic = generic
        self.gwords = None
        if generic:
            taken = {tuple(f.words) for f in cred.fields if not f.secret}
            for _ in range(30):
                g = pick(GENERIC_SECRET_NAMES)
                if tuple(g) not in taken and (g != ["password"] or "password" in cred.secret.words
                                              or cred.family != "api"):
                    self.gwords = g
                    break
            else:
                self.gwords = ["auth", "value"]
        self.block = pick(GENERIC_BLOCKS) if (generic and chance(0.4)) else cred.block
        self.company = company()

    def words(self, f):
        return self.gwords if (self.generic and f.secret) else f.words

    def flat(self, f):
        w = self.gwords if (self.generic and f.secret) else self.c.prefix + f.words
        return "_".join(w).upper().replace(".", "_")

    def key(self, f, st):
        return style(self.words(f), st)

    def val(self, f, q, envfn):
        if isinstance(f.value, Env):
            return envfn(f.value.name or self.flat(f))
        return q(f.value)

    @property
    def fields(self):
        return self.c.fields

    @property
    def sec(self):
        return self.c.secret


def qd(s):
    return '"' + s + '"'


def qs(s):
    return "'" + s + "'"


def qj(s):
    return json.dumps(s)


def qraw(s):
    return s


def qyaml(s):
    if all(c in ALNUM + "-_./:" for c in s) and not s[:1].isdigit() and s not in ("yes", "no", "on", "off", "true", "false"):
        return s if chance(0.5) else '"' + s + '"'
    if "'" in s:
        return json.dumps(s)
    return pick(['"' + s + '"', "'" + s + "'"])


def qenv(s):
    if all(c in ALNUM + "-_./:+=@" for c in s):
        return s if chance(0.7) else '"' + s + '"'
    return '"' + s + '"'


FILLER_ENV = [
    lambda: f"LOG_LEVEL={pick(['info', 'debug', 'warn'])}",
    lambda: f"PORT={pick(['3000', '8080', '5000', '8000'])}",
    lambda: f"NODE_ENV={pick(['production', 'development', 'staging'])}",
    lambda: "REDIS_URL=redis://redis:6379/" + str(R.randint(0, 4)),
    lambda: f"TZ={pick(['Europe/Lisbon', 'Africa/Nairobi', 'America/Chicago', 'Europe/Warsaw'])}",
    lambda: f"SUPPORT_EMAIL={email()}",
    lambda: f"PUBLIC_BASE_URL=https://{company()}.com",
    lambda: f"STATUS_CALLBACK_URL=https://hooks.{company()}.com/sms/status",
    lambda: f"DEFAULT_COUNTRY_CODE={pick(['PT', 'KE', 'US', 'PL', 'NG', 'GB', 'DE'])}",
    lambda: f"SMS_RATE_LIMIT_PER_MIN={R.randint(30, 600)}",
    lambda: f"ENABLE_VOICE_FALLBACK={pick(['true', 'false'])}",
    lambda: f"QUEUE_NAME={pick(['outbound-sms', 'notifications', 'callbacks', 'ticket-sync'])}",
    lambda: f"ONCALL_NUMBER={e164()}",
    lambda: f"SENTRY_ENVIRONMENT={pick(['prod', 'staging', 'dev'])}",
    lambda: f"DATABASE_HOST={pick(['db', 'postgres', 'localhost', '10.0.3.12'])}",
    lambda: f"OTEL_SERVICE_NAME={pick(['notifier', 'ivr-api', 'crm-sync', 'helpdesk-bridge'])}",
    lambda: f"WEBHOOK_TIMEOUT_MS={R.randint(2, 15) * 1000}",
    lambda: f"MAX_RETRIES={R.randint(2, 8)}",
]


def filler_env(n):
    out, seen = [], set()
    for _ in range(n * 3):
        line = pick(FILLER_ENV)()
        k = line.split("=")[0]
        if k not in seen:
            seen.add(k)
            out.append(line)
        if len(out) >= n:
            break
    return out


def filler_kv(n):
    """(snake_key, value) innocuous pairs for nested configs."""
    return [(l.split("=", 1)[0].lower(), l.split("=", 1)[1]) for l in filler_env(n)]


COMMENTS_SECRET = ["# prod credentials", "# rotated last quarter", "# do not share",
                   "# from the provider console", "# copied from 1Password", "",
                   "# TODO move to vault", "# sandbox account", "# owner: platform team"]
COMMENTS_NEG = ["# injected at deploy time", "# real value lives in the secret manager",
                "# set in CI/CD settings (masked)", "# see README for how to get one", "",
                "# never commit the real value", "# local dev only, fill in yourself"]


# ------------------------------------------------------------------ API templates (config files)
def _env_dotenv(name):
    return pick(["", f"op://{pick(['Engineering', 'Ops', 'Platform'])}/{name.lower().replace('_', '-')}/credential",
                 f"vault:secret/data/{pick(['prod', 'staging'])}/comms#{name.lower()}",
                 "${" + name + "_FROM_CI}", "", f"awssm:{pick(['prod', 'staging'])}/{name.lower()}"])


def t_dotenv(ctx):
    lines = []
    if chance(0.6):
        lines.append(pick(["# " + ctx.c.provider.capitalize() + " settings",
                           "# --- messaging provider ---", "# Copy to .env and adjust",
                           f"# {ctx.company} notifier"]))
    fill = filler_env(R.randint(3, 10))
    cut = R.randint(0, len(fill))
    lines += fill[:cut]
    if chance(0.5):
        lines.append("")
    for f in ctx.fields:
        v = ctx.val(f, qenv, _env_dotenv)
        lines.append(f"{ctx.flat(f)}={v}")
    lines += fill[cut:]
    path = pick([".env", ".env.production", ".env.local", "config/.env.staging", "deploy/prod.env",
                 f"services/{pick(['notifier', 'sms-gateway', 'crm-sync', 'ivr'])}/.env"])
    return path, "\n".join(lines) + "\n", "dotenv"


def t_twilio_functions_env(ctx):
    # Twilio Serverless / Functions convention: ACCOUNT_SID / AUTH_TOKEN without provider prefix
    names = {("account", "sid"): "ACCOUNT_SID", ("auth", "token"): "AUTH_TOKEN",
             ("api", "key"): "API_KEY", ("api", "secret"): "API_SECRET",
             ("messaging", "service", "sid"): "MESSAGING_SERVICE_SID", ("from", "number"): "FROM_NUMBER",
             ("caller", "id"): "CALLER_ID"}
    lines = ["# Twilio Serverless environment (twilio serverless:deploy reads this)"]
    for f in ctx.fields:
        n = names.get(tuple(f.words), ctx.flat(f))
        if ctx.generic and f.secret:
            n = ctx.flat(f)
        lines.append(f"{n}={ctx.val(f, qraw, _env_dotenv)}")
    lines += [f"SUPPORT_NUMBER={e164()}", f"ESCALATION_WEBHOOK=https://{ctx.company}.com/hooks/escalate",
              f"GREETING_VOICE={pick(['Polly.Joanna', 'Polly.Amy', 'alice'])}"]
    return pick(["functions/.env", "serverless/.env", ".env", "twilio-functions/.env.prod"]), "\n".join(lines) + "\n", "twilio-functions-env"


def _env_yaml(name):
    return pick(["${" + name + "}", "${" + name + ":}", '"${' + name + '}"'])


def t_config_yml(ctx):
    lines = [pick(["# application configuration", "---", f"# {ctx.company} {pick(['notifier', 'contact-center', 'crm bridge'])}"])]
    lines += ["app:", f"  name: {pick(['notifier', 'ivr-api', 'crm-sync', 'helpdesk-bridge', 'otp-service'])}",
              f"  env: {pick(['production', 'staging'])}", ""]
    if chance(0.5):
        lines += ["http:", f"  port: {pick(['8080', '3000', '9000'])}", f"  read_timeout: {R.randint(5, 30)}s", ""]
    st = pick(["snake", "snake", "camel", "kebab"])
    lines.append(f"{style(ctx.block.split('_'), st)}:")
    for f in ctx.fields:
        lines.append(f"  {ctx.key(f, st)}: {ctx.val(f, qyaml, _env_yaml)}")
    lines += ["", "logging:", f"  level: {pick(['info', 'debug', 'warn'])}", f"  format: {pick(['json', 'text'])}"]
    path = pick(["config.yml", "config/config.yml", "config/production.yml", "settings.yaml", "conf/app.yaml"])
    return path, "\n".join(lines) + "\n", "yaml-config"


def _env_py(name):
    return pick([f'os.environ["{name}"]', f'os.getenv("{name}")', f'env("{name}")',
                 f'config("{name}")', f'os.environ.get("{name}", "")'])


def t_settings_py(ctx):
    lines = ['"""Django settings for ' + pick(['notifier', 'helpdesk', 'contactcenter', 'crm_sync']) + ' project."""',
             "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
             f"DEBUG = {pick(['False', 'False', 'True'])}",
             f'ALLOWED_HOSTS = ["{ctx.company}.com", "api.{ctx.company}.com"]', "",
             "INSTALLED_APPS = [", '    "django.contrib.auth",', '    "django.contrib.contenttypes",',
             f'    "{pick(["messaging", "tickets", "calls", "campaigns"])}",', "]", ""]
    lines.append(f"# --- {ctx.c.provider} ---")
    for f in ctx.fields:
        lines.append(f"{ctx.flat(f)} = {ctx.val(f, qd, _env_py)}")
    lines += ["", f'TIME_ZONE = "{pick(["UTC", "Europe/Lisbon", "Africa/Lagos"])}"', "USE_TZ = True",
              f'CELERY_BROKER_URL = "redis://redis:6379/{R.randint(0, 3)}"']
    return pick(["settings.py", "config/settings.py", f"{pick(['notifier', 'helpdesk', 'core'])}/settings/production.py"]), "\n".join(lines) + "\n", "django-settings"


def _env_js(name):
    return pick([f"process.env.{name}", f"process.env['{name}']", f"process.env.{name} || ''"])


def t_node_config(ctx):
    lines = ["'use strict';", "", "module.exports = {",
             f"  port: {pick(['3000', '8080', 'process.env.PORT || 3000'])},",
             f"  publicUrl: 'https://{ctx.company}.com',"]
    lines.append(f"  {style(ctx.block.split('_'), 'camel')}: {{")
    for f in ctx.fields:
        lines.append(f"    {ctx.key(f, 'camel')}: {ctx.val(f, qs, _env_js)},")
    lines += ["  },", "  queue: {", f"    name: '{pick(['sms-out', 'notifications', 'ticket-events'])}',",
              f"    concurrency: {R.randint(2, 16)},", "  },", "};"]
    return pick(["config/default.js", "config/production.js", "config/index.js", "src/config.js"]), "\n".join(lines) + "\n", "node-config"


def t_spring(ctx):
    lines = ["spring:", "  application:", f"    name: {pick(['notification-service', 'crm-connector', 'voice-gateway'])}",
             "  datasource:", f"    url: jdbc:postgresql://{pick(['db', 'postgres'])}:5432/{pick(['notify', 'crm'])}",
             "    username: app", "", "server:", f"  port: {pick(['8080', '8443', '9090'])}", "",
             "integrations:", f"  {style(ctx.block.split('_'), 'kebab')}:"]
    for f in ctx.fields:
        lines.append(f"    {ctx.key(f, 'kebab')}: {ctx.val(f, qyaml, _env_yaml)}")
    lines += ["", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info"]
    return pick(["src/main/resources/application.yml", "src/main/resources/application-prod.yml",
                 "config/application.yml"]), "\n".join(lines) + "\n", "spring-application-yml"


def _env_erb(name):
    return pick([f'<%= ENV["{name}"] %>', f"<%= ENV.fetch('{name}') %>", f'<%= ENV.fetch("{name}", nil) %>'])


def t_rails_yml(ctx):
    env = pick(["production", "staging"])
    lines = [pick(["# Plain credentials file (not encrypted) - loaded by config/initializers/secrets.rb",
                   "# config/secrets.yml", "# per-environment integration settings"]),
             "default: &default", f"  host: {ctx.company}.com", "", f"{env}:", "  <<: *default",
             f"  {ctx.block}:"]
    for f in ctx.fields:
        lines.append(f"    {ctx.key(f, 'snake')}: {ctx.val(f, qyaml, _env_erb)}")
    lines += ["", "development:", "  <<: *default", f"  {ctx.block}:", "    enabled: false"]
    return pick(["config/secrets.yml", "config/credentials.yml", "config/integrations.yml"]), "\n".join(lines) + "\n", "rails-yaml"


def _env_php(name):
    return pick([f"env('{name}')", f"env('{name}', '')", f"getenv('{name}')", f"$_ENV['{name}'] ?? null"])


def t_laravel(ctx):
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
             "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
             f"    '{ctx.block}' => ["]
    for f in ctx.fields:
        if isinstance(f.value, Env):
            v = _env_php(f.value.name or ctx.flat(f))
        elif f.secret and chance(0.5):
            v = f"env('{ctx.flat(f)}', '{f.value}')"  # hard-coded fallback: a real leak pattern
        else:
            v = qs(f.value) if f.secret or chance(0.5) else f"env('{ctx.flat(f)}', '{f.value}')"
        lines.append(f"        '{ctx.key(f, 'snake')}' => {v},")
    lines += ["    ],", "", "    'slack' => [", "        'notifications' => [",
              "            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),",
              "            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),", "        ],", "    ],", "", "];"]
    return "config/services.php", "\n".join(lines) + "\n", "laravel-services-php"


def _env_sls(name):
    return pick(["${env:" + name + "}", "${ssm:/" + pick(["prod", "app"]) + "/" + name.lower() + "}",
                 "${param:" + name.lower() + "}", "${ssm:/aws/reference/secretsmanager/" + name.lower() + "}"])


def t_serverless(ctx):
    lines = [f"service: {pick(['sms-webhooks', 'voice-ivr', 'ticket-sync', 'otp-sender'])}", "",
             "frameworkVersion: '3'", "", "provider:", "  name: aws", f"  runtime: {pick(['nodejs18.x', 'python3.11', 'nodejs20.x'])}",
             f"  region: {pick(['us-east-1', 'eu-west-1', 'eu-central-1'])}", "  environment:"]
    for f in ctx.fields:
        lines.append(f"    {ctx.flat(f)}: {ctx.val(f, qyaml, _env_sls)}")
    lines += ["", "functions:", "  inbound:", "    handler: handler.inbound", "    events:",
              "      - httpApi:", "          path: /sms/inbound", "          method: post",
              "  status:", "    handler: handler.status", "    events:", "      - httpApi:",
              "          path: /sms/status", "          method: post"]
    return "serverless.yml", "\n".join(lines) + "\n", "serverless-yml"


def _env_tf(name):
    return "var." + name.lower()


def t_terraform(ctx):
    c = ctx.c
    lines = ["terraform {", "  required_providers {"]
    if c.provider == "twilio" and not ctx.generic:
        lines += ["    twilio = {", '      source  = "twilio/twilio"', '      version = ">= 0.18"', "    }", "  }", "}", ""]
        user = c.fields[c.auth[1]] if c.auth[0] == "basic" else c.fields[0]
        lines += ['provider "twilio" {', f"  username = {ctx.val(user, qd, _env_tf)}",
                  f"  password = {ctx.val(c.secret, qd, _env_tf)}", "}", "",
                  'resource "twilio_api_accounts_keys" "ci" {', f'  path_account_sid = "{c.fields[0].value}"',
                  '  friendly_name    = "ci-deployer"', "}"]
        if isinstance(c.secret.value, Env):
            lines += ["", f'variable "{ctx.flat(c.secret).lower()}" {{', "  type      = string", "  sensitive = true", "}"]
        return pick(["infra/twilio/main.tf", "terraform/twilio.tf", "main.tf"]), "\n".join(lines) + "\n", "terraform"
    lines += ["    restapi = {", '      source  = "Mastercard/restapi"', '      version = "~> 1.18"', "    }", "  }", "}", ""]
    for f in c.fields:
        if "\n" in str(f.value) if not isinstance(f.value, Env) else False:
            continue
        lines.append(f'variable "{ctx.flat(f).lower()}" {{')
        lines.append("  type      = string")
        if f.secret:
            lines.append("  sensitive = true")
        if not isinstance(f.value, Env):
            lines.append(f"  default   = {qd(f.value)}")
        lines.append("}")
        lines.append("")
    lines += ['provider "restapi" {', f'  uri                  = "{c.base or "https://api." + c.provider + ".com"}"',
              "  write_returns_object = true", "  headers = {",
              f'    Authorization = "Bearer ${{var.{ctx.flat(c.secret).lower()}}}"', "  }", "}"]
    return pick([f"infra/{c.provider.replace('.', '')}/main.tf", "terraform/integrations.tf", "modules/notify/variables.tf"]), "\n".join(lines) + "\n", "terraform"


def _env_postman(name):
    return pick(["", "{{vault:" + name.lower().replace("_", "-") + "}}", "{{" + name.lower() + "}}"])


def t_postman(ctx):
    vals = [{"key": "baseUrl", "value": ctx.c.base or f"https://api.{ctx.c.provider}.com", "type": "default", "enabled": True}]
    for f in ctx.fields:
        vals.append({"key": ctx.key(f, "camel"), "value": ctx.val(f, qraw, _env_postman),
                     "type": "secret" if f.secret else "default", "enabled": True})
    vals.append({"key": "testPhone", "value": e164(), "type": "default", "enabled": True})
    doc = {"id": uuid4(), "name": f"{ctx.c.provider.capitalize()} - {pick(['prod', 'staging', 'sandbox'])}",
           "values": vals, "_postman_variable_scope": "environment",
           "_postman_exported_at": f"2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}T0{R.randint(0, 9)}:1{R.randint(0, 9)}:22.511Z",
           "_postman_exported_using": f"Postman/10.{R.randint(10, 24)}.{R.randint(0, 9)}"}
    return pick([f"postman/{ctx.c.provider}.postman_environment.json", "postman/prod.postman_environment.json",
                 "docs/api/environment.json"]), json.dumps(doc, indent=2) + "\n", "postman-environment"


def _auth_header_value(ctx, secret_str):
    a = ctx.c.auth
    if a[0] == "header":
        return a[1], a[2] + secret_str
    if a[0] in ("basic", "basic_x", "zendesk", "basic_key_only", "basic_any", "basic_full"):
        return "Authorization", None
    return "Authorization", "Bearer " + secret_str


def t_zapier(ctx):
    sec = ctx.sec
    sval = ctx.val(sec, qraw, lambda n: pick(["{{bundle.authData.api_key}}", "{{bundle.authData.token}}"]))
    hname, hval = _auth_header_value(ctx, sval)
    params = {"url": (ctx.c.base or f"https://api.{ctx.c.provider}.com") + pick(["/messages", "/contacts", "/tickets"]),
              "method": "POST", "data_pass_through": False, "unflatten": True}
    if hval is None:
        user = next((f for f in ctx.fields if not f.secret), None)
        params["basic_auth"] = f"{user.value if user and not isinstance(user.value, Env) else 'api'}|{sval}"
    else:
        params["headers"] = {hname: hval, "Content-Type": "application/json"}
    params["data"] = {"to": e164(), "body": pick(["Your appointment is confirmed", "Ticket {{ticket_id}} updated",
                                                  "Your code is {{otp}}"])}
    doc = {"zaps": [{"id": R.randint(100000000, 299999999), "title": pick(["New ticket -> SMS", "Form -> CRM lead",
                                                                              "Missed call -> ticket"]),
                     "status": "on", "steps": [
                         {"id": R.randint(10 ** 8, 10 ** 9), "app": pick(["TypeformCLIAPI", "ZendeskCLIAPI", "GoogleSheetsV2CLIAPI"]),
                          "action": "new_entry", "params": {"form_id": rstr(ALNUM, 8)}},
                         {"id": R.randint(10 ** 8, 10 ** 9), "app": "WebhookCLIAPI", "action": "custom_request", "params": params}]}],
           "metadata": {"version": 2, "exported_at": f"2024-0{R.randint(1, 9)}-2{R.randint(0, 8)}"}}
    return pick(["zapier/export.json", f"automations/zapier-{ctx.c.provider}.json", "zaps.json"]), json.dumps(doc, indent=2) + "\n", "zapier-export-json"


def t_make(ctx):
    sec = ctx.sec
    sval = ctx.val(sec, qraw, lambda n: "{{" + pick(["var.organization.", "var.scenario."]) + n.lower() + "}}")
    hname, hval = _auth_header_value(ctx, sval)
    mapper = {"url": (ctx.c.base or f"https://api.{ctx.c.provider}.com") + "/v1/messages", "method": "post",
              "headers": [], "bodyType": "raw", "contentType": "application/json",
              "data": json.dumps({"to": e164(), "text": "{{1.message}}"})}
    if hval is None:
        user = next((f for f in ctx.fields if not f.secret), None)
        mapper["username"] = user.value if user and not isinstance(user.value, Env) else "api"
        mapper["password"] = sval
    else:
        mapper["headers"].append({"name": hname, "value": hval})
    doc = {"name": pick(["Ticket escalation SMS", "Lead sync", "Missed-call follow-up"]), "flow": [
        {"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": R.randint(100000, 999999), "maxResults": 1}},
        {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": True}, "mapper": mapper,
         "metadata": {"designer": {"x": 300, "y": 0}}}],
        "metadata": {"instant": True, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return pick(["make/blueprint.json", f"integromat/{ctx.c.provider}-scenario.json", "blueprints/escalation.blueprint.json"]), json.dumps(doc, indent=2) + "\n", "make-blueprint-json"


def t_n8n(ctx):
    sec = ctx.sec
    sval = ctx.val(sec, qraw, lambda n: pick(["={{ $env." + n + " }}", "={{ $vars." + n.lower() + " }}"]))
    hname, hval = _auth_header_value(ctx, sval)
    params = {"method": "POST", "url": (ctx.c.base or f"https://api.{ctx.c.provider}.com") + "/messages",
              "sendHeaders": True, "headerParameters": {"parameters": []}, "sendBody": True,
              "bodyParameters": {"parameters": [{"name": "to", "value": "={{ $json.phone }}"},
                                                {"name": "body", "value": "={{ $json.text }}"}]}, "options": {}}
    if hval is None:
        user = next((f for f in ctx.fields if not f.secret), None)
        u = user.value if user and not isinstance(user.value, Env) else "api"
        params["headerParameters"]["parameters"].append(
            {"name": "Authorization", "value": "=Basic {{ btoa('" + u + ":" + sval + "') }}"})
    else:
        params["headerParameters"]["parameters"].append({"name": hname, "value": hval})
    doc = {"name": pick(["SMS on new ticket", "CRM lead router", "Voicemail to helpdesk"]),
           "nodes": [{"parameters": {"httpMethod": "POST", "path": rstr(LALNUM, 8), "options": {}},
                      "id": uuid4(), "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 1, "position": [240, 300]},
                     {"parameters": params, "id": uuid4(), "name": f"Call {ctx.c.provider}",
                      "type": "n8n-nodes-base.httpRequest", "typeVersion": 4, "position": [460, 300]}],
           "connections": {"Webhook": {"main": [[{"node": f"Call {ctx.c.provider}", "type": "main", "index": 0}]]}},
           "active": True, "settings": {"executionOrder": "v1"}, "versionId": uuid4()}
    return pick(["n8n/workflows/sms-on-ticket.json", f"workflows/{ctx.c.provider.replace('.', '')}.json", "n8n/export.json"]), json.dumps(doc, indent=2) + "\n", "n8n-workflow-json"


def t_appsettings(ctx):
    sect = {}
    for f in ctx.fields:
        sect[ctx.key(f, "pascal")] = ctx.val(f, qraw, lambda n: pick(["", "<set via dotnet user-secrets>", "#{" + n + "}#"]))
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", style(ctx.block.split("_"), "pascal"): sect,
           "Queue": {"Name": pick(["outbound-sms", "ticket-events"]), "MaxConcurrency": R.randint(2, 16)}}
    return pick(["appsettings.json", "src/Notifier.Api/appsettings.Production.json", "appsettings.Development.json"]), json.dumps(doc, indent=2) + "\n", "appsettings-json"


def t_compose(ctx):
    svc = pick(["notifier", "worker", "api", "crm-sync", "ivr"])
    lines = ["version: \"3.9\"", "", "services:", f"  {svc}:", f"    image: ghcr.io/{ctx.company}/{svc}:{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
             "    restart: unless-stopped", "    ports:", f"      - \"{pick(['8080', '3000'])}:{pick(['8080', '3000'])}\"",
             "    environment:"]
    dash = chance(0.5)
    for f in ctx.fields:
        v = ctx.val(f, qraw if dash else qyaml, lambda n: "${" + n + "}" if chance(0.7) else "${" + n + ":?missing}")
        lines.append(f"      - {ctx.flat(f)}={v}" if dash else f"      {ctx.flat(f)}: {v}")
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return pick(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), "\n".join(lines) + "\n", "docker-compose"


def t_dockerfile(ctx):
    base = pick(["node:20-alpine", "python:3.11-slim", "golang:1.22 AS build", "ruby:3.2-slim"])
    lines = [f"FROM {base}", "WORKDIR /app", "COPY . .", pick(["RUN npm ci --omit=dev", "RUN pip install -r requirements.txt",
                                                             "RUN bundle install --without development test"]), ""]
    args = []
    for f in ctx.fields:
        if isinstance(f.value, Env):
            n = f.value.name or ctx.flat(f)
            args.append(f"ARG {n}")
            lines.append(f"ENV {ctx.flat(f)}=${{{n}}}")
        else:
            lines.append(f"ENV {ctx.flat(f)}={qenv(f.value)}")
    lines = lines[:5] + args + lines[5:]
    lines += ["", f"EXPOSE {pick(['8080', '3000', '5000'])}", "CMD " + pick(['["node", "server.js"]', '["gunicorn", "app:app"]', '["bundle", "exec", "puma"]'])]
    return pick(["Dockerfile", "docker/Dockerfile", f"services/{pick(['notifier', 'ivr'])}/Dockerfile"]), "\n".join(lines) + "\n", "dockerfile"


def t_gha(ctx):
    lines = [f"name: {pick(['deploy', 'smoke-test', 'nightly-sync'])}", "", "on:", "  push:", "    branches: [main]",
             "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for f in ctx.fields:
        lines.append(f"      {ctx.flat(f)}: {ctx.val(f, qyaml, lambda n: '${{ secrets.' + n + ' }}')}")
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4",
              "        with:", "          node-version: 20", "      - run: npm ci",
              f"      - run: npm run {pick(['smoke:sms', 'deploy', 'sync:contacts'])}"]
    return pick([".github/workflows/deploy.yml", ".github/workflows/smoke.yml", ".github/workflows/sync.yml"]), "\n".join(lines) + "\n", "github-actions"


def t_gitlab(ctx):
    lines = ["stages:", "  - test", "  - deploy", "", "variables:"]
    for f in ctx.fields:
        lines.append(f"  {ctx.flat(f)}: {ctx.val(f, qyaml, lambda n: pick(['$' + n + '_MASKED', '${' + n + '}']))}")
    lines += ["", "smoke:", "  stage: test", f"  image: {pick(['python:3.11', 'node:20'])}", "  script:",
              f"    - {pick(['python scripts/send_test_sms.py', 'npm run smoke', 'make smoke'])}", "  only:", "    - main"]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n", "gitlab-ci"


def t_k8s(ctx):
    name = f"{ctx.c.provider.replace('.', '')}-credentials"
    if isinstance(ctx.sec.value, Env):
        # negative: ExternalSecret pulling from the store
        lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", f"  name: {name}",
                 f"  namespace: {pick(['comms', 'default', 'notify'])}", "spec:", "  refreshInterval: 1h",
                 "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore",
                 "  target:", f"    name: {name}", "  data:"]
        for f in ctx.fields:
            lines += [f"    - secretKey: {ctx.flat(f)}", "      remoteRef:",
                      f"        key: prod/{ctx.c.provider.replace('.', '')}", f"        property: {ctx.key(f, 'snake')}"]
        return pick(["k8s/externalsecret.yaml", f"deploy/{name}.yaml"]), "\n".join(lines) + "\n", "k8s-manifest"
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {name}",
             f"  namespace: {pick(['comms', 'default', 'notify'])}", "  labels:", f"    app: {pick(['notifier', 'ivr', 'crm-sync'])}",
             "type: Opaque", "stringData:"]
    for f in ctx.fields:
        lines.append(f"  {ctx.flat(f)}: {qyaml(f.value)}")
    return pick(["k8s/secret.yaml", f"deploy/{name}.yaml", "manifests/secrets.yaml"]), "\n".join(lines) + "\n", "k8s-manifest"


def t_helm(ctx):
    lines = [f"replicaCount: {R.randint(1, 4)}", "", "image:", f"  repository: ghcr.io/{ctx.company}/notifier",
             f"  tag: \"{R.randint(1, 3)}.{R.randint(0, 30)}.{R.randint(0, 9)}\"", "", "env:"]
    for f in ctx.fields:
        lines.append(f"  {ctx.flat(f)}: " + ctx.val(f, qyaml, lambda n: pick(['""', 'null', '"set-by-helm-secrets"'])))
    lines += ["", "resources:", "  limits:", "    cpu: 500m", "    memory: 256Mi"]
    return pick(["helm/values.yaml", "charts/notifier/values-prod.yaml", "values.yaml"]), "\n".join(lines) + "\n", "helm-values"


def _env_sh(name):
    return pick(['"${' + name + ':?set ' + name + '}"', '"$' + name + '"', "\"$(vault kv get -field=value secret/" + name.lower() + ")\"",
                 '"$(op read op://Ops/' + name.lower() + '/credential)"'])


def _curl_auth(ctx, sv, user, dq=False):
    q = '"' if dq else "'"
    a = ctx.c.auth
    if a[0] in ("basic", "zendesk") and user:
        u = user + ("/token" if a[0] == "zendesk" else "")
        return f"-u {q}{u}:{sv}{q}"
    if a[0] == "header":
        return f"-H {q}{a[1]}: {a[2]}{sv}{q}"
    if a[0] == "basic_x":
        return f"-u {q}{sv}:X{q}"
    if a[0] == "basic_key_only":
        return f"-u {q}{sv}:{q}"
    if a[0] == "basic_any":
        return f"-u {q}anystring:{sv}{q}"
    if a[0] == "basic_full":
        return f"-u {q}{sv}{q}"
    if a[0] == "query":
        return ""
    return f"-H {q}Authorization: Bearer {sv}{q}"


def t_shell(ctx):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", f"# {pick(['send a test SMS', 'smoke test the voice webhook', 'bulk import contacts', 'rotate webhook'])} against {ctx.c.provider}"]
    for f in ctx.fields:
        lines.append(f"export {ctx.flat(f)}={ctx.val(f, qd, _env_sh)}")
    lines += ["", f"TO=\"${{1:-{e164()}}}\"", 'MSG="${2:-ping from $(hostname)}"', ""]
    sec = ctx.flat(ctx.sec)
    user = _user_field(ctx)
    a = ctx.c.auth[0]
    url = (ctx.c.base or f"https://api.{ctx.c.provider}.com") + "/messages"
    if a == "query":
        url += "?api_token=$" + sec
    lines.append(f'curl -sS {_curl_auth(ctx, "$" + sec, ("$" + ctx.flat(user)) if user else None, dq=True)} -X POST "{url}" \\')
    lines += ['  --data-urlencode "To=$TO" \\', '  --data-urlencode "Body=$MSG"', 'echo "sent to $TO"']
    return pick(["scripts/send_test_sms.sh", "bin/smoke.sh", "tools/notify.sh", "ops/rotate.sh"]), "\n".join(lines) + "\n", "shell-script"


def t_makefile(ctx):
    # secret as a positional argument to a script
    sec = ctx.sec
    v = ctx.val(sec, qraw, lambda n: "$(" + n + ")")
    others = [f for f in ctx.fields if not f.secret and not isinstance(f.value, Env)][:1]
    o = " ".join(f.value for f in others)
    lines = [".PHONY: test lint smoke sync", "", "test:", "\tpytest -q", "", "lint:", "\truff check .", "",
             "smoke:", f"\tpython3 scripts/smoke.py {pick(['--to', '-t'])} {e164()} {o} {v}".replace("  ", " "), "",
             "sync:", f"\tnode scripts/sync.js --since $(SINCE)", ""]
    return "Makefile", "\n".join(lines), "makefile"


def t_crontab(ctx):
    sec = ctx.sec
    v = ctx.val(sec, qraw, lambda n: "$" + n)
    others = [f for f in ctx.fields if not f.secret and not isinstance(f.value, Env)][:1]
    o = " ".join(f.value for f in others)
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=" + email(), "",
             f"*/15 * * * * /opt/{ctx.company}/bin/poll_tickets >> /var/log/poll.log 2>&1",
             f"{R.randint(0, 59)} {R.randint(0, 6)} * * * /usr/bin/python3 /opt/{ctx.company}/sync_contacts.py {o} {v} >> /var/log/sync.log 2>&1".replace("  ", " "),
             f"0 9 * * 1 /opt/{ctx.company}/bin/weekly_report", ""]
    return pick(["deploy/crontab", "ops/cron/sync.cron", "crontab.txt"]), "\n".join(lines), "crontab"


def t_properties(ctx):
    lines = [f"# {ctx.c.provider} connector", f"spring.application.name={pick(['notify', 'crm-bridge'])}",
             "server.port=8080", "logging.level.root=INFO"]
    for f in ctx.fields:
        lines.append(f"{ctx.block.replace('_', '.')}.{ctx.key(f, 'dot')}={ctx.val(f, qraw, lambda n: '${' + n + '}')}")
    lines += ["sms.retry.max-attempts=3", "sms.retry.backoff-ms=2000"]
    return pick(["src/main/resources/application.properties", "config/connector.properties", "gradle.properties"]), "\n".join(lines) + "\n", "java-properties"


def t_ini(ctx):
    lines = ["[general]", f"environment = {pick(['production', 'staging'])}", f"log_file = /var/log/{pick(['notifier', 'ivr'])}.log", "",
             f"[{ctx.block}]"]
    for f in ctx.fields:
        lines.append(f"{ctx.key(f, 'snake')} = {ctx.val(f, qraw, lambda n: '%(ENV_' + n + ')s')}")
    lines += ["", "[queue]", f"name = {pick(['sms', 'voice', 'tickets'])}", f"workers = {R.randint(1, 8)}"]
    return pick(["config.ini", "settings.cfg", "etc/notifier.ini", "conf/integrations.ini"]), "\n".join(lines) + "\n", "ini"


def t_csv(ctx):
    hdr = "integration,provider,environment,account,credential,owner,created_at,notes"
    rows = [hdr]
    for _ in range(R.randint(2, 6)):
        rows.append(f"{pick(['slack-alerts', 'pagerduty', 'statuspage', 'jira'])},{pick(['slack', 'pagerduty', 'atlassian'])},prod,"
                    f"{rstr(LALNUM, 6)},(managed in vault),{email()},2024-0{R.randint(1, 9)}-1{R.randint(0, 9)},")
    acct = next((f for f in ctx.fields if not f.secret and not isinstance(f.value, Env)), None)
    sv = ctx.val(ctx.sec, qraw, lambda n: pick(["(managed in vault)", f"vault:secret/comms/{n.lower()}", "see 1Password"]))
    row = (f"{pick(['sms-otp', 'voice-ivr', 'helpdesk-sync', 'crm-leads', 'push'])},{ctx.c.provider},prod,"
           f"{acct.value if acct else ''},{sv},{email()},2024-0{R.randint(1, 9)}-2{R.randint(0, 8)},{pick(['', 'primary', 'rotated', 'legacy'])}")
    rows.insert(R.randint(1, len(rows)), row)
    return pick(["docs/integrations.csv", "exports/integrations_inventory.csv", "ops/credentials_inventory.csv"]), "\n".join(rows) + "\n", "csv-export"


def t_runbook(ctx):
    c = ctx.c
    sec = ctx.sec
    sv = ctx.val(sec, qraw, lambda n: "$" + n)
    user = next((f for f in ctx.fields if not f.secret and not isinstance(f.value, Env)), None)
    url = (c.base or f"https://api.{c.provider}.com") + pick(["/messages", "/me", "/tickets", "/contacts", "/status"])
    lines = [f"# Runbook: {pick(['SMS delivery failures', 'IVR outage', 'helpdesk sync stuck', 'CRM webhook backlog'])}", "",
             "## Symptoms", "", f"- Alerts from `{pick(['notifier', 'ivr-api', 'crm-sync'])}` about {pick(['401', '429', '5xx'])} responses",
             "- Queue depth growing in Grafana", "", "## Check the provider API", "", "```bash"]
    a = c.auth[0]
    uf = _user_field(ctx)
    if a == "query":
        url += f"?api_token={sv}"
    lines.append(f"curl -s {_curl_auth(ctx, sv, uf.value if uf and not isinstance(uf.value, Env) else None)} \\")
    lines += [f"  '{url}' | jq '.'", "```", "", "## Escalation", "",
              f"1. Page the on-call via `{e164()}`", f"2. Open a ticket with {c.provider} support", "3. Fail over to the secondary provider"]
    return pick(["docs/runbooks/sms-failures.md", "RUNBOOK.md", "docs/oncall/provider-api.md", "ops/README.md"]), "\n".join(lines) + "\n", "markdown-runbook"


def t_chrome_ext(ctx):
    lines = ["// Help-desk side panel: configuration loaded by background.js", "",
             "export const CONFIG = {", f"  panelTitle: '{pick(['Customer context', 'Caller lookup', 'CRM card'])}',",
             f"  pollIntervalMs: {R.randint(5, 60) * 1000},"]
    lines.append(f"  {style(ctx.block.split('_'), 'camel')}: {{")
    for f in ctx.fields:
        ev = ctx.val(f, qs, lambda n: pick(["(await chrome.storage.sync.get('" + n.lower() + "'))." + n.lower(), "undefined /* set in options page */"]))
        lines.append(f"    {ctx.key(f, 'camel')}: {ev},")
    lines += ["  },", "};", "", "export function authHeaders(token) {", "  return { Authorization: `Bearer ${token}` };", "}"]
    return pick(["extension/src/config.js", "chrome-extension/config.js", "extension/background/config.js"]), "\n".join(lines) + "\n", "chrome-extension-js"


def t_zaf_settings(ctx):
    lines = [f"# zat server --config settings.yml  (local testing of the {ctx.c.provider} sidebar app)"]
    for f in ctx.fields:
        lines.append(f"{ctx.key(f, 'snake')}: " + ctx.val(f, qyaml, lambda n: pick(['""', '"<fill in locally>"'])))
    lines += [f"show_debug: {pick(['true', 'false'])}", f"default_country: {pick(['US', 'PT', 'KE'])}"]
    return pick(["settings.yml", "zendesk-app/settings.yml", "app/settings.yml"]), "\n".join(lines) + "\n", "zaf-settings-yml"


def t_zaf_manifest(ctx):
    params = []
    for f in ctx.fields:
        p = {"name": ctx.key(f, "snake"), "type": "text", "required": True}
        if f.secret:
            p["secure"] = True
            p["type"] = "text"
        if not isinstance(f.value, Env) and not f.secret:
            p["default"] = f.value
        elif not isinstance(f.value, Env) and f.secret:
            p["default"] = f.value  # someone baked the secret in as default
        params.append(p)
    doc = {"name": f"{ctx.c.provider.capitalize()} Connector", "author": {"name": ctx.company, "email": email(), "url": f"https://{ctx.company}.com"},
           "defaultLocale": "en", "private": True,
           "location": {"support": {"ticket_sidebar": {"url": "assets/iframe.html", "flexible": True}}},
           "version": f"{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}", "frameworkVersion": "2.0",
           "domainWhitelist": [f"api.{ctx.c.provider.replace('.', '')}.com"], "parameters": params}
    return pick(["manifest.json", "zendesk-app/manifest.json"]), json.dumps(doc, indent=2) + "\n", "zaf-manifest-json"


# ------------------------------------------------------------------ code templates
def _idents(ctx, st):
    return {id(f): (ctx.flat(f) if st == "upper" else ctx.key(f, st)) for f in ctx.fields}


def _user_field(ctx):
    a = ctx.c.auth
    if a[0] in ("basic", "zendesk"):
        return ctx.fields[a[1]]
    return None


def t_py_handler(ctx):
    ids = _idents(ctx, "upper")
    lines = ['"""Inbound webhook + outbound helper for ' + ctx.c.provider + '."""', "import hashlib", "import hmac", "import os", "",
             "import requests", "from flask import Flask, abort, request", "", "app = Flask(__name__)", ""]
    for f in ctx.fields:
        lines.append(f"{ids[id(f)]} = {ctx.val(f, qd, _env_py)}")
    S = ids[id(ctx.sec)]
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    a = ctx.c.auth[0]
    u = _user_field(ctx)
    lines += ["", "", "def send(to, body):"]
    if a == "aws":
        A = ids[id(ctx.fields[0])]
        lines += ["    import boto3", f"    sns = boto3.client(\"sns\", aws_access_key_id={A}, aws_secret_access_key={S}, region_name=\"us-east-1\")",
                  "    return sns.publish(PhoneNumber=to, Message=body)"]
    elif a == "none":
        lines = lines[:-1] + ["def verify(raw_body, signature):",
                              f"    digest = hmac.new({S}.encode(), raw_body, hashlib.sha256).hexdigest()",
                              "    return hmac.compare_digest(digest, signature or \"\")"]
    else:
        if a in ("basic", "zendesk") and u:
            zt = ' + "/token"' if a == "zendesk" else ""
            kw = f"auth=({ids[id(u)]}{zt}, {S})"
        elif a == "header":
            kw = f'headers={{"{ctx.c.auth[1]}": "{ctx.c.auth[2]}" + {S}}}'
        elif a == "basic_x":
            kw = f'auth=({S}, "X")'
        elif a == "basic_key_only":
            kw = f'auth=({S}, "")'
        elif a == "basic_any":
            kw = f'auth=("anystring", {S})'
        elif a == "query":
            kw = f'params={{"api_token": {S}}}'
        elif a == "json":
            kw = f'json={{"api_key": {S}, "to": to, "sms": body}}'
        else:
            kw = f'headers={{"Authorization": f"Bearer {{{S}}}"}}'
        lines += [f'    resp = requests.post("{base}/messages", data={{"to": to, "body": body}}, {kw}, timeout=10)',
                  "    resp.raise_for_status()", "    return resp.json()"]
    lines += ["", "", f'@app.post("/webhooks/{pick(["sms", "voice", "ticket", "lead"])}")', "def inbound():",
              "    payload = request.get_json(silent=True) or request.form.to_dict()",
              '    if not payload:', '        abort(400)', '    app.logger.info("event %s", payload.get("id"))', '    return "", 204']
    return pick(["app.py", "webhooks/handler.py", f"src/{pick(['notifier', 'sms', 'helpdesk'])}/client.py"]), "\n".join(lines) + "\n", "python-code"


def t_js_handler(ctx):
    ids = _idents(ctx, "upper")
    lines = ["const express = require('express');", "const crypto = require('crypto');", "", "const app = express();",
             "app.use(express.json());", ""]
    for f in ctx.fields:
        lines.append(f"const {ids[id(f)]} = {ctx.val(f, qs, _env_js)};")
    S = ids[id(ctx.sec)]
    a = ctx.c.auth[0]
    u = _user_field(ctx)
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    if a == "none" or a == "aws":
        lines += ["", "function verify(req) {", "  const sig = req.get('x-signature') || '';",
                  f"  const digest = crypto.createHmac('sha256', {S}).update(JSON.stringify(req.body)).digest('hex');",
                  "  return sig.length === digest.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(digest));", "}"]
    else:
        if a in ("basic", "zendesk") and u:
            hdr = f"'Basic ' + Buffer.from(`${{{ids[id(u)]}}}{'/token' if a == 'zendesk' else ''}:${{{S}}}`).toString('base64')"
            hn = "Authorization"
        elif a == "header":
            hn, hdr = ctx.c.auth[1], f"'{ctx.c.auth[2]}' + {S}"
        elif a in ("basic_x", "basic_key_only", "basic_any", "basic_full"):
            hn, hdr = "Authorization", f"'Basic ' + Buffer.from(`${{{S}}}:X`).toString('base64')"
        else:
            hn, hdr = "Authorization", f"`Bearer ${{{S}}}`"
        lines += ["", "async function send(to, text) {", f"  const res = await fetch('{base}/messages', {{",
                  "    method: 'POST',", f"    headers: {{ '{hn}': {hdr}, 'Content-Type': 'application/json' }},",
                  "    body: JSON.stringify({ to, text }),", "  });", "  if (!res.ok) throw new Error(`send failed: ${res.status}`);",
                  "  return res.json();", "}"]
    lines += ["", f"app.post('/webhooks/{pick(['inbound', 'status', 'ticket'])}', async (req, res) => {{",
              "  console.log('event', req.body && req.body.id);", "  res.sendStatus(204);", "});", "",
              "app.listen(process.env.PORT || 3000);"]
    return pick(["server.js", "src/webhooks.js", "index.js", "api/handler.js"]), "\n".join(lines) + "\n", "javascript-code"


def _env_go(name):
    return f'os.Getenv("{name}")'


def t_go(ctx):
    ids = {id(f): ctx.key(f, "camel") for f in ctx.fields}
    consts = [f for f in ctx.fields if not isinstance(f.value, Env)]
    vars_ = [f for f in ctx.fields if isinstance(f.value, Env)]
    lines = ["package main", "", "import (", '\t"bytes"', '\t"net/http"'] + (['\t"os"'] if vars_ else []) + ['\t"time"', ")", ""]
    if consts:
        lines.append("const (")
        for f in consts:
            lines.append(f"\t{ids[id(f)]} = {qd(f.value)}")
        lines += [")", ""]
    if vars_:
        lines.append("var (")
        for f in vars_:
            lines.append(f"\t{ids[id(f)]} = {_env_go(f.value.name or ctx.flat(f))}")
        lines += [")", ""]
    S = ids[id(ctx.sec)]
    u = _user_field(ctx)
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    lines += ["var client = &http.Client{Timeout: 10 * time.Second}", "", "func send(payload []byte) (*http.Response, error) {",
              f'\treq, err := http.NewRequest("POST", "{base}/messages", bytes.NewReader(payload))', "\tif err != nil {", "\t\treturn nil, err", "\t}"]
    if u:
        lines.append(f"\treq.SetBasicAuth({ids[id(u)]}, {S})")
    elif ctx.c.auth[0] in ("none", "aws"):
        lines.append(f'\treq.Header.Set("X-Signature", sign(payload, []byte({S})))')
    elif ctx.c.auth[0] == "header":
        lines.append(f'\treq.Header.Set("{ctx.c.auth[1]}", "{ctx.c.auth[2]}"+{S})')
    else:
        lines.append(f'\treq.Header.Set("Authorization", "Bearer "+{S})')
    lines += ['\treq.Header.Set("Content-Type", "application/json")', "\treturn client.Do(req)", "}", ""]
    if ctx.c.auth[0] in ("none", "aws"):
        lines[lines.index('\t"bytes"')] = '\t"bytes"\n\t"crypto/hmac"\n\t"crypto/sha256"\n\t"encoding/hex"'
        lines += ["func sign(body, key []byte) string {", "\tm := hmac.New(sha256.New, key)", "\tm.Write(body)",
                  "\treturn hex.EncodeToString(m.Sum(nil))", "}", ""]
    lines += [
              "func main() {", '\thttp.HandleFunc("/webhooks/inbound", func(w http.ResponseWriter, r *http.Request) {',
              "\t\tw.WriteHeader(http.StatusNoContent)", "\t})", '\t_ = http.ListenAndServe(":8080", nil)', "}"]
    return pick(["main.go", "cmd/notifier/main.go", "internal/sms/client.go"]), "\n".join(lines) + "\n", "go-code"


def t_php(ctx):
    lines = ["<?php", "", "declare(strict_types=1);", "", "require __DIR__ . '/vendor/autoload.php';", ""]
    ids = {id(f): "$" + ctx.key(f, "camel") for f in ctx.fields}
    for f in ctx.fields:
        lines.append(f"{ids[id(f)]} = {ctx.val(f, qs, _env_php)};")
    S = ids[id(ctx.sec)]
    u = _user_field(ctx)
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    lines += ["", "$payload = json_decode(file_get_contents('php://input'), true) ?? [];", "",
              f"$ch = curl_init('{base}/messages');", "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "curl_setopt($ch, CURLOPT_POST, true);"]
    if u:
        lines.append(f"curl_setopt($ch, CURLOPT_USERPWD, {ids[id(u)]} . ':' . {S});")
    elif ctx.c.auth[0] in ("none", "aws"):
        lines.insert(-3, f"$expected = hash_hmac('sha256', json_encode($payload), {S});")
        lines.insert(-3, "if (!hash_equals($expected, $_SERVER['HTTP_X_SIGNATURE'] ?? '')) { http_response_code(401); exit; }")
    elif ctx.c.auth[0] == "header":
        lines.append(f"curl_setopt($ch, CURLOPT_HTTPHEADER, ['{ctx.c.auth[1]}: {ctx.c.auth[2]}' . {S}]);")
    else:
        lines.append(f"curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . {S}]);")
    lines += ["curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['to' => $payload['from'] ?? '', 'body' => 'Thanks, we got your message']));",
              "$response = curl_exec($ch);", "curl_close($ch);", "", "http_response_code(204);"]
    return pick(["webhook.php", "public/sms-inbound.php", "src/Integrations/notify.php"]), "\n".join(lines) + "\n", "php-code"


def _env_rb(name):
    return pick([f'ENV["{name}"]', f'ENV.fetch("{name}")', f"ENV.fetch('{name}', nil)"])


def t_ruby(ctx):
    lines = ["require 'sinatra'", "require 'net/http'", "require 'json'", "require 'openssl'", ""]
    ids = {id(f): ctx.flat(f) for f in ctx.fields}
    for f in ctx.fields:
        lines.append(f"{ids[id(f)]} = {ctx.val(f, qd, _env_rb)}")
    S = ids[id(ctx.sec)]
    u = _user_field(ctx)
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    lines += ["", "def deliver(to, body)", f"  uri = URI('{base}/messages')", "  req = Net::HTTP::Post.new(uri)"]
    if u:
        lines.append(f"  req.basic_auth({ids[id(u)]}, {S})")
    elif ctx.c.auth[0] in ("none", "aws"):
        lines.append(f"  req['X-Signature'] = OpenSSL::HMAC.hexdigest('SHA256', {S}, body)")
    elif ctx.c.auth[0] == "header":
        lines.append(f"  req['{ctx.c.auth[1]}'] = \"{ctx.c.auth[2]}#{{{S}}}\"")
    else:
        lines.append(f"  req['Authorization'] = \"Bearer #{{{S}}}\"")
    lines += ["  req.set_form_data('To' => to, 'Body' => body)", "  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
              "end", "", f"post '/webhooks/{pick(['sms', 'voice', 'ticket'])}' do", "  data = JSON.parse(request.body.read) rescue {}",
              "  logger.info(\"event #{data['id']}\")", "  status 204", "end"]
    return pick(["app.rb", "lib/notifier.rb", "webhooks.rb"]), "\n".join(lines) + "\n", "ruby-code"


def t_csharp(ctx):
    lines = ["using System.Net.Http.Headers;", "using System.Text;", "", "var builder = WebApplication.CreateBuilder(args);",
             "var app = builder.Build();", ""]
    ids = {id(f): ctx.key(f, "camel") for f in ctx.fields}
    for f in ctx.fields:
        ev = ctx.val(f, qd, lambda n: pick(['Environment.GetEnvironmentVariable("' + n + '")',
                                            'builder.Configuration["' + ctx.block.capitalize() + ':' + n.split('_')[-1].capitalize() + '"]']))
        lines.append(f"var {ids[id(f)]} = {ev};")
    S = ids[id(ctx.sec)]
    u = _user_field(ctx)
    base = ctx.c.base or f"https://api.{ctx.c.provider}.com"
    lines += ["", "var http = new HttpClient();"]
    if u:
        lines.append(f'http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{{ids[id(u)]}}}:{{{S}}}")));')
    elif ctx.c.auth[0] == "header":
        lines.append(f'http.DefaultRequestHeaders.Add("{ctx.c.auth[1]}", "{ctx.c.auth[2]}" + {S});')
    else:
        lines.append(f'http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {S});')
    lines += ["", f'app.MapPost("/webhooks/{pick(["sms", "voice"])}", async (HttpRequest req) =>', "{",
              f'    var res = await http.PostAsync("{base}/messages", new StringContent("{{}}", Encoding.UTF8, "application/json"));',
              "    return Results.StatusCode((int)res.StatusCode);", "});", "", "app.Run();"]
    return pick(["Program.cs", "src/Notifier.Api/Program.cs"]), "\n".join(lines) + "\n", "csharp-code"



# ------------------------------------------------------------------ accidental-leak file types (logs, cassettes, html, fixtures)
def t_vcr_cassette(ctx):
    c = ctx.c
    sec = ctx.sec
    redacted = pick(["<" + ctx.flat(sec) + ">", "<FILTERED>", "[REDACTED]"])
    sv = ctx.val(sec, qraw, lambda n: redacted)
    a = c.auth
    url = (c.base or f"https://api.{c.provider}.com") + pick(["/messages", "/contacts", "/tickets.json"])
    hdr = []
    if a[0] == "header":
        hdr = [f"      {a[1]}:", f"      - {a[2]}{sv}"]
    elif a[0] == "query":
        url += f"?api_token={sv}"
    else:
        hdr = ["      Authorization:", f"      - Bearer {sv}"]
    lines = ["---", "http_interactions:", "- request:", "    method: post", f"    uri: {url}", "    body:", "      encoding: UTF-8",
             f"      string: '{{\"to\":\"{e164()}\",\"text\":\"Your code is {R.randint(100000, 999999)}\"}}'", "    headers:",
             "      Content-Type:", "      - application/json"] + hdr + [
             "      User-Agent:", f"      - {pick(['Faraday v2.7.10', 'Ruby', 'python-requests/2.31.0'])}", "  response:", "    status:",
             "      code: 201", "      message: Created", "    headers:", "      Content-Type:", "      - application/json",
             "    body:", "      encoding: UTF-8", f"      string: '{{\"id\":\"{uuid4()}\",\"status\":\"queued\"}}'",
             f"  recorded_at: {_iso().replace('T', ' ').replace('Z', ' GMT')}", "recorded_with: VCR 6.2.0"]
    return pick([f"spec/cassettes/{c.provider.replace('.', '')}/send_message.yml", f"test/vcr_cassettes/{c.provider.replace('.', '')}_create.yml",
                 f"tests/cassettes/test_{c.provider.replace('.', '')}_send.yaml"]), "\n".join(lines) + "\n", "vcr-cassette-yaml"


def t_log_leak(ctx):
    c = ctx.c
    redact = pick(["[REDACTED]", "********", "***"])
    cfg = {ctx.key(f, "snake"): ctx.val(f, qraw, lambda n: redact) for f in ctx.fields}
    svc = pick(["notifier", "ivr-api", "crm-sync", "helpdesk-bridge"])
    lines = []
    for _ in range(R.randint(2, 6)):
        lines.append(f"{_iso()} INFO  [{svc}] {pick(['worker started', 'connected to redis', 'health check ok', 'processed batch of 50'])}")
    lines.append(f"{_iso()} DEBUG [{svc}] loaded integration config {c.provider}: {json.dumps(cfg)}")
    for _ in range(R.randint(2, 8)):
        lines.append(f"{_iso()} INFO  [{svc}] {pick(['sent message', 'delivery receipt', 'ticket synced', 'call ended'])} id={pick([twilio_sid('SM'), uuid4(), hexs(16)])} to={e164()}")
    return pick([f"logs/{svc}.log", "debug.log", f"tmp/{svc}-debug.log"]), "\n".join(lines) + "\n", "log"


def t_html_inline(ctx):
    c = ctx.c
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", f"  <title>{ctx.company} agent console</title>",
             "</head>", "<body>", "  <div id=\"app\"></div>", "  <script>", "    window.APP_CONFIG = {"]
    for f in ctx.fields:
        lines.append(f"      {ctx.key(f, 'camel')}: {ctx.val(f, qs, lambda n: pick(['window.__ENV__.' + n, 'null /* injected by server */']))},")
    lines += ["    };", "  </script>", "  <script src=\"/static/js/console.bundle.js\"></script>", "</body>", "</html>"]
    return pick(["public/agent.html", "static/console/index.html", "templates/agent_console.html"]), "\n".join(lines) + "\n", "html"


def t_json_fixture(ctx):
    doc = {"integration": ctx.c.provider, "enabled": True,
           "settings": {ctx.key(f, "camel"): ctx.val(f, qraw, lambda n: pick(["", "{{" + n + "}}", "__" + n + "__"])) for f in ctx.fields},
           "createdBy": email(), "createdAt": _iso()}
    return pick([f"tests/fixtures/{ctx.c.provider.replace('.', '')}_integration.json", "fixtures/integration.json",
                 "seed/integrations.json"]), json.dumps(doc, indent=2) + "\n", "json-fixture"


# ------------------------------------------------------------------ PEM / CLI-specific families
def t_pem_raw(ctx):
    c = ctx.c
    if c.provider == "apple":
        kid = c.fields[0].value
        return pick([f"certs/AuthKey_{kid}.p8", f"ios/push/AuthKey_{kid}.p8", f"keys/AuthKey_{kid}.p8"]), c.secret.value + "\n", "pem-p8"
    return pick(["private.key", "keys/vonage_private.key", "config/vonage/private.key"]), c.secret.value + "\n", "pem-key"


def t_pem_env(ctx):
    lines = filler_env(R.randint(2, 5))
    for f in ctx.fields:
        if f.secret and not isinstance(f.value, Env):
            lines.append(f'{ctx.flat(f)}="{json.dumps(f.value)[1:-1]}"')
        else:
            lines.append(f"{ctx.flat(f)}={ctx.val(f, qenv, lambda n: pick(['', './keys/' + n.lower() + '.pem', 'file:/run/secrets/' + n.lower()]))}")
    lines += filler_env(R.randint(1, 4))
    return pick([".env", ".env.production", "deploy/push.env"]), "\n".join(lines) + "\n", "dotenv"


def t_pem_json(ctx):
    doc = {}
    for f in ctx.fields:
        doc[ctx.key(f, "camel")] = ctx.val(f, qraw, lambda n: pick(["", "${" + n + "}", "/run/secrets/" + n.lower()]))
    wrapper = {"environment": pick(["production", "staging"]), style(ctx.block.split("_"), "camel"): doc,
               "retry": {"attempts": R.randint(2, 6), "backoffMs": R.randint(2, 9) * 250}}
    return pick(["config/push.json", "config/production.json", f"config/{ctx.c.provider}.json"]), json.dumps(wrapper, indent=2) + "\n", "json-config"


def t_pem_py(ctx):
    lines = ['"""Push / voice credentials."""', "import os", ""]
    for f in ctx.fields:
        if f.secret and not isinstance(f.value, Env):
            lines.append(f'{ctx.flat(f)} = """{f.value}\n"""')
        else:
            lines.append(f"{ctx.flat(f)} = {ctx.val(f, qd, _env_py)}")
    lines += ["", f'PUSH_ENVIRONMENT = "{pick(["production", "sandbox"])}"', f"TOKEN_TTL_SECONDS = {R.randint(10, 55) * 60}"]
    return pick(["settings/push.py", "config/credentials.py", "app/config.py"]), "\n".join(lines) + "\n", "python-code"


def t_hubspot_cli(ctx):
    c = ctx.c
    portal = c.fields[0].value
    sec = c.secret
    name = pick(["prod", "production", "sandbox", ctx.company.split("-")[0]])
    v = ctx.val(sec, qraw, lambda n: pick(["", "'${" + n + "}'"]))
    lines = [f"defaultPortal: {name}", "httpTimeout: 30000", "allowUsageTracking: false", "portals:",
             f"  - name: {name}", f"    portalId: {portal}", "    env: prod", "    authType: personalaccesskey"]
    key_line = f"    personalAccessKey: {v}" if v else "    personalAccessKey:"
    if v and chance(0.4) and not isinstance(sec.value, Env):
        lines += ["    personalAccessKey: >-", f"      {v}"]
    else:
        lines.append(key_line)
    if chance(0.5):
        lines += [f"  - name: dev-{R.randint(1, 9)}", f"    portalId: {R.randint(2000000, 49999999)}", "    env: prod",
                  "    authType: personalaccesskey"]
    return "hubspot.config.yml", "\n".join(lines) + "\n", "hubspot-config-yml"


def t_sfdx(ctx):
    c = ctx.c
    inst = c.fields[0].value.replace("https://", "")
    tok = c.secret.value
    user = c.fields[2].value
    mode = pick(["url", "json", "gha"])
    if mode == "url":
        lines = ["#!/usr/bin/env bash", "# one-off: authorise the CI user against production", "set -euo pipefail", "",
                 f"echo 'force://PlatformCLI::{tok}@{inst}' > /tmp/authfile",
                 "sf org login sfdx-url --sfdx-url-file /tmp/authfile --alias prod --set-default", "rm -f /tmp/authfile"]
        return pick(["scripts/ci-login.sh", "bin/sf-auth.sh"]), "\n".join(lines) + "\n", "shell-script"
    if isinstance(tok, Env):
        mode = "gha"
    if mode == "url":
        lines = [f"force://PlatformCLI::{tok}@{inst}"]
        return pick(["authfile.txt", ".sfdx/sfdx-auth-url.txt", "ci/sfdx_auth_url"]), "\n".join(lines) + "\n", "sfdx-auth-url"
    if mode == "json":
        org = sf_18(sf_org_id())
        doc = {"status": 0, "result": {"id": org, "apiVersion": "59.0", "instanceUrl": "https://" + inst,
                                       "username": user, "clientId": "PlatformCLI", "connectedStatus": "Connected",
                                       "sfdxAuthUrl": f"force://PlatformCLI::{tok}@{inst}", "alias": pick(["prod", "uat", "devhub"])},
               "warnings": ["This command will expose sensitive information that allows for subsequent activity using your current authenticated session."]}
        return pick(["org-display.json", "scripts/org.json", ".sfdx/org-info.json"]), json.dumps(doc, indent=2) + "\n", "sfdx-json"
    v = tok if not isinstance(tok, Env) else "${{ secrets.SFDX_AUTH_URL }}"
    if not isinstance(tok, Env):
        v = f"force://PlatformCLI::{tok}@{inst}"
    lines = ["name: salesforce-deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    env:", f"      SFDX_AUTH_URL: {v}", "    steps:", "      - uses: actions/checkout@v4",
             "      - run: npm install -g @salesforce/cli", "      - run: echo \"$SFDX_AUTH_URL\" > authfile",
             "      - run: sf org login sfdx-url --sfdx-url-file authfile --alias prod --set-default",
             "      - run: sf project deploy start --manifest manifest/package.xml --test-level RunLocalTests"]
    return ".github/workflows/sf-deploy.yml", "\n".join(lines) + "\n", "github-actions"


GENERIC_TEMPLATES = [
    (t_dotenv, 6), (t_config_yml, 3), (t_settings_py, 3), (t_node_config, 3), (t_spring, 2), (t_rails_yml, 2),
    (t_laravel, 2), (t_serverless, 2), (t_terraform, 2), (t_postman, 2), (t_zapier, 1), (t_make, 1), (t_n8n, 2),
    (t_appsettings, 2), (t_compose, 2), (t_dockerfile, 2), (t_gha, 2), (t_gitlab, 1), (t_k8s, 2), (t_helm, 1),
    (t_shell, 2), (t_makefile, 1), (t_crontab, 1), (t_properties, 1), (t_ini, 1), (t_csv, 2), (t_runbook, 3),
    (t_chrome_ext, 1), (t_zaf_settings, 1), (t_zaf_manifest, 1), (t_py_handler, 3), (t_js_handler, 3), (t_go, 2),
    (t_php, 2), (t_ruby, 2), (t_csharp, 2), (t_vcr_cassette, 2), (t_log_leak, 2), (t_html_inline, 1), (t_json_fixture, 2),
]
HELPDESK = {"zendesk", "freshdesk", "intercom", "helpscout", "front", "gorgias", "crisp", "drift", "hubspot",
            "salesforce", "zoho", "pipedrive", "close", "copper", "twilio", "vonage", "aircall"}


def wchoice(items):
    tot = sum(w for _, w in items)
    x = R.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def pick_template(cred):
    if cred.family == "pem":
        return wchoice([(t_pem_raw, 3), (t_pem_env, 2), (t_pem_json, 2), (t_pem_py, 1)])
    if cred.family == "hubspot_cli":
        return t_hubspot_cli
    if cred.family == "sfdx":
        return t_sfdx
    if cred.provider == "twilio" and chance(0.15):
        return t_twilio_functions_env
    for _ in range(20):
        t = wchoice(GENERIC_TEMPLATES)
        if t in (t_chrome_ext, t_zaf_settings, t_zaf_manifest) and cred.provider not in HELPDESK:
            continue
        if t in (t_vcr_cassette, t_runbook, t_shell) and cred.auth[0] in ("none", "aws"):
            continue
        sv = cred.secret.value if cred.secret else None
        if t in (t_makefile, t_crontab) and (not isinstance(sv, str) or len(sv) > 90 or not sv.strip()
                                             or " " in sv or not any(c.isalnum() for c in sv)):
            continue
        return t
    return t_dotenv


# ------------------------------------------------------------------ telephony configs
def doc_ip():
    return pick(["203.0.113.", "198.51.100.", "192.0.2."]) + str(R.randint(2, 250))


TRUNKS = [
    ("twilio", "elastic_sip_credential", lambda: f"{company()}.pstn.twilio.com", lambda: pick(FIRST) + "-trunk"),
    ("telnyx", "sip_connection_password", lambda: "sip.telnyx.com", lambda: company().replace("-", "") + str(R.randint(10, 99))),
    ("flowroute", "sip_password", lambda: pick(["us-west-or.sip.flowroute.com", "us-east-va.sip.flowroute.com"]), lambda: rstr(DIG, 8, False)),
    ("voipms", "sip_subaccount_password", lambda: pick(["toronto.voip.ms", "chicago.voip.ms", "atlanta.voip.ms"]), lambda: rstr(DIG, 6, False) + "_" + pick(["office", "pbx", "main"])),
    ("bandwidth", "sip_credential", lambda: "sip.bandwidth.com", lambda: pick(FIRST) + rstr(DIG, 4, False)),
]


def _neg_sip_value(user, realm):
    s = pick(["env", "changeme", "placeholder", "jinja", "empty", "md5"])
    if s == "env":
        return s, pick(["${SIP_TRUNK_SECRET}", "${TRUNK_PASSWORD}", "$${SIP_PASS}" if False else "${SIP_PASSWORD}"])
    if s == "changeme":
        return s, pick(["changeme", "CHANGEME", "change_me"])
    if s == "placeholder":
        return s, pick(["<trunk-password>", "YOUR_SIP_PASSWORD", "<see vault: voice/trunk>", "REPLACE_ME"])
    if s == "jinja":
        return s, pick(["{{ sip_trunk_password }}", "{{ vault_sip_secret }}", "{{ lookup('env', 'SIP_PASSWORD') }}"])
    if s == "empty":
        return s, ""
    return "md5", hashlib.md5(f"{user}:{realm}:{human_password()}".encode()).hexdigest()


def tel_sip_conf(neg):
    prov, kind, hostf, userf = pick(TRUNKS)
    host, user = hostf(), userf()
    pw = sip_password()
    strat = None
    if neg:
        strat, val = _neg_sip_value(user, "asterisk")
    secret_line = f"secret={pw}"
    if neg:
        secret_line = f"md5secret={val}" if strat == "md5" else f"secret={val}"
    use_register = chance(0.35) and not neg
    lines = ["; sip.conf - chan_sip (legacy) configuration", "[general]", "context=public", "allowguest=no",
             "alwaysauthreject=yes", "udpbindaddr=0.0.0.0:5060", "tcpenable=no", "srvlookup=yes",
             f"externip={doc_ip()}", "localnet=10.0.0.0/255.0.0.0", "localnet=192.168.0.0/255.255.0.0", "nat=force_rport,comedia"]
    if use_register:
        lines.append(f"register => {user}:{pw}@{host}/{R.randint(100, 899)}")
        secret_line = None
    lines += ["", f"[{prov}-trunk]", "type=peer", f"host={host}", f"defaultuser={user}", f"fromuser={user}"]
    if secret_line:
        lines.append(secret_line)
    lines += [f"fromdomain={host}", "insecure=port,invite", "context=from-trunk", "disallow=all", "allow=ulaw",
              "allow=alaw", "dtmfmode=rfc2833", "qualify=yes", ""]
    for ext in R.sample(range(200, 260), R.randint(1, 3)):
        lines += [f"[{ext}]", "type=friend", "host=dynamic", "context=from-internal", f"callerid=\"{pick(FIRST).capitalize()}\" <{ext}>",
                  "deny=0.0.0.0/0.0.0.0", "permit=10.20.0.0/255.255.0.0", "; authenticated by IP on the office VLAN", ""]
    path = pick(["asterisk/sip.conf", "etc/asterisk/sip.conf", "pbx/sip.conf"])
    if neg and strat in ("env", "jinja"):
        path = path + pick([".tmpl", ".j2", ""])
    return dict(provider=prov if not neg else prov, kind=kind if not neg else f"{kind}:{strat}", path=path,
                text="\n".join(lines) + "\n", filetype="asterisk-sip-conf", needle=None if neg else pw)


def tel_pjsip(neg):
    prov, kind, hostf, userf = pick(TRUNKS)
    host, user = hostf(), userf()
    pw = sip_password()
    strat = None
    auth_lines = ["type=auth", "auth_type=userpass", f"username={user}", f"password={pw}"]
    if neg:
        strat, val = _neg_sip_value(user, host)
        if strat == "md5":
            auth_lines = ["type=auth", "auth_type=md5", f"username={user}", f"realm={host}", f"md5_cred={val}"]
        else:
            auth_lines = ["type=auth", "auth_type=userpass", f"username={user}", f"password={val}"]
    lines = ["; pjsip.conf", "[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0:5060",
             f"external_media_address={doc_ip()}", f"external_signaling_address={doc_ip()}", "local_net=10.0.0.0/8", "",
             f"[{prov}-auth]"] + auth_lines + ["",
             f"[{prov}-aor]", "type=aor", f"contact=sip:{host}:5060", "qualify_frequency=60", "",
             f"[{prov}]", "type=endpoint", "transport=transport-udp", "context=from-trunk", "disallow=all", "allow=ulaw,alaw",
             f"outbound_auth={prov}-auth", f"aors={prov}-aor", f"from_user={user}", f"from_domain={host}",
             "direct_media=no", "", f"[{prov}-identify]", "type=identify", f"endpoint={prov}",
             f"match={host}"]
    if chance(0.5) and not neg or (neg and chance(0.5)):
        lines += ["", f"[{prov}-reg]", "type=registration", "transport=transport-udp", f"outbound_auth={prov}-auth",
                  f"server_uri=sip:{host}", f"client_uri=sip:{user}@{host}", "retry_interval=60"]
    path = pick(["asterisk/pjsip.conf", "etc/asterisk/pjsip_trunks.conf", "pbx/pjsip.conf"])
    if neg and strat in ("env", "jinja"):
        path += pick([".tmpl", ".j2"])
    return dict(provider=prov, kind=kind if not neg else f"{kind}:{strat}", path=path,
                text="\n".join(lines) + "\n", filetype="asterisk-pjsip-conf", needle=None if neg else pw)


def tel_extensions(neg):
    user = pick(FIRST) + rstr(DIG, 3, False)
    pw = sip_password().replace("@", "!").replace("/", "-")
    host = pick(["iax.voipgw.net", "iax-eu.callcentric.net", "fra.iax.example-carrier.net", "iax2.nyc.voip.ms"])
    if neg:
        strat = pick(["peer", "func", "db"])
        if strat == "peer":
            trunk = "IAX2/carrier-out"
        elif strat == "func":
            trunk = "IAX2/${IAXUSER}:${IAXPASS}@" + host
        else:
            trunk = "IAX2/" + user + ":${DB(trunk/secret)}@" + host
    else:
        trunk = f"IAX2/{user}:{pw}@{host}"
    lines = ["; extensions.conf", "[globals]", f"TRUNK={trunk}", f"OPERATOR=PJSIP/{R.randint(200, 260)}",
             f"MAIN_DID={e164()[1:]}", "", "[from-internal]", "exten => _2XX,1,Dial(PJSIP/${EXTEN},25)",
             " same => n,VoiceMail(${EXTEN}@default,u)", " same => n,Hangup()",
             "exten => _1NXXNXXXXXX,1,Set(CALLERID(num)=${MAIN_DID})", " same => n,Dial(${TRUNK}/${EXTEN},60)",
             " same => n,Hangup()", "", "[from-trunk]", "exten => _X.,1,Answer()", " same => n,Background(welcome)",
             " same => n,WaitExten(5)", " same => n,Dial(${OPERATOR},30)", " same => n,Hangup()"]
    return dict(provider="asterisk", kind="iax2_dialstring_secret" if not neg else f"iax2_dialstring_secret:{strat}",
                path=pick(["asterisk/extensions.conf", "etc/asterisk/extensions.conf"]), text="\n".join(lines) + "\n",
                filetype="asterisk-extensions-conf", needle=None if neg else pw)


def tel_manager(neg):
    user = pick(["crm-connector", "wallboard", "fop2", "callcenter", "zabbix", "dialer"])
    pw = sip_password() if chance(0.6) else hexs(24)
    strat = None
    if neg:
        strat = pick(["changeme", "placeholder", "jinja", "include"])
        val = {"changeme": "changeme", "placeholder": "<ami-secret>", "jinja": "{{ ami_secret }}", "include": None}[strat]
    lines = ["; manager.conf - Asterisk Manager Interface", "[general]", "enabled = yes", "port = 5038", "bindaddr = 127.0.0.1",
             "displayconnects = no", "", f"[{user}]"]
    if neg and strat == "include":
        lines = lines[:-2] + [f"#include manager_secrets.conf  ; not in git"]
    else:
        lines.append(f"secret = {val if neg else pw}")
        lines += ["deny = 0.0.0.0/0.0.0.0", "permit = 127.0.0.1/255.255.255.255", f"permit = 10.{R.randint(0, 40)}.0.0/255.255.0.0",
                  "read = system,call,agent,user,dtmf,reporting,cdr", "write = system,call,originate", "writetimeout = 5000"]
    return dict(provider="asterisk", kind="ami_secret" if not neg else f"ami_secret:{strat}",
                path=pick(["asterisk/manager.conf", "etc/asterisk/manager.conf"]) + (".j2" if strat == "jinja" else ""),
                text="\n".join(lines) + "\n", filetype="asterisk-manager-conf", needle=None if neg else pw)


def tel_fs_user(neg):
    ext = str(R.randint(1000, 1099))
    pw = sip_password().replace("&", "+").replace("<", "").replace('"', "")
    strat = None
    pline = f'      <param name="password" value="{pw}"/>'
    if neg:
        strat = pick(["default_password", "a1hash", "placeholder"])
        if strat == "default_password":
            pline = '      <param name="password" value="$${default_password}"/>'
        elif strat == "a1hash":
            a1 = hashlib.md5(f"{ext}:$${{domain}}:{human_password()}".encode()).hexdigest()
            pline = f'      <param name="a1-hash" value="{a1}"/>'
        else:
            pline = '      <param name="password" value="CHANGE_ME"/>'
    name = f"{pick(FIRST).capitalize()} {pick(LAST).capitalize()}"
    lines = ["<include>", f'  <user id="{ext}">', "    <params>", pline, "    </params>", "    <variables>",
             '      <variable name="toll_allow" value="domestic,local"/>', f'      <variable name="accountcode" value="{ext}"/>',
             '      <variable name="user_context" value="default"/>', f'      <variable name="effective_caller_id_name" value="{name}"/>',
             f'      <variable name="effective_caller_id_number" value="{ext}"/>',
             '      <variable name="outbound_caller_id_name" value="$${outbound_caller_name}"/>',
             '      <variable name="outbound_caller_id_number" value="$${outbound_caller_id}"/>',
             f'      <variable name="callgroup" value="{pick(["support", "sales", "billing"])}"/>', "    </variables>", "  </user>", "</include>"]
    return dict(provider="freeswitch", kind="directory_user_password" if not neg else f"directory_user_password:{strat}",
                path=f"freeswitch/conf/directory/default/{ext}.xml", text="\n".join(lines) + "\n",
                filetype="freeswitch-xml", needle=None if neg else pw)


def tel_fs_gateway(neg):
    prov, kind, hostf, userf = pick(TRUNKS)
    host, user = hostf(), userf()
    pw = sip_password().replace("&", "+").replace("<", "").replace('"', "")
    strat = None
    val = pw
    if neg:
        strat = pick(["fsvar", "placeholder", "jinja"])
        val = {"fsvar": "$${" + prov + "_password}", "placeholder": "YOUR_SIP_PASSWORD", "jinja": "{{ " + prov + "_sip_password }}"}[strat]
    lines = ["<include>", f'  <gateway name="{prov}">', f'    <param name="username" value="{user}"/>',
             f'    <param name="password" value="{val}"/>', f'    <param name="realm" value="{host}"/>',
             f'    <param name="proxy" value="{host}"/>', f'    <param name="register" value="{pick(["true", "false"])}"/>',
             '    <param name="expire-seconds" value="600"/>', '    <param name="retry-seconds" value="30"/>',
             '    <param name="caller-id-in-from" value="true"/>', f'    <param name="from-user" value="{user}"/>',
             '    <param name="ping" value="25"/>', "  </gateway>", "</include>"]
    return dict(provider=prov, kind=f"freeswitch_gateway_{kind}" if not neg else f"freeswitch_gateway_{kind}:{strat}",
                path=f"freeswitch/conf/sip_profiles/external/{prov}.xml" + (".j2" if strat == "jinja" else ""),
                text="\n".join(lines) + "\n", filetype="freeswitch-xml", needle=None if neg else pw)


def _db_pw():
    return human_password(".-_!*+=") if chance(0.4) else rstr(ALNUM, R.randint(16, 28))


def tel_kamailio(neg):
    pw = _db_pw()
    host = pick(["127.0.0.1", "10.0.2.15", "db.voip.internal", "mariadb"])
    strat = None
    if neg:
        strat = pick(["defenv", "socket", "import"])
        if strat == "defenv":
            dbline = ["#!defenv DBURL=KAMAILIO_DBURL"]
        elif strat == "socket":
            dbline = [f'#!define DBURL "mysql://kamailio@localhost/kamailio"  # unix socket auth']
        else:
            dbline = ['import_file "kamailio-local.cfg"  # defines DBURL, not in git']
    else:
        dbline = [f'#!define DBURL "mysql://kamailio:{pw}@{host}/kamailio"']
    lines = ["#!KAMAILIO", "#", "# Kamailio SIP proxy - edge for the contact centre", "#", "#!define WITH_MYSQL", "#!define WITH_AUTH",
             "#!define WITH_USRLOCDB", "#!define WITH_NAT", "", "#!ifdef WITH_MYSQL"] + dbline + ["#!endif", "",
             f'listen=udp:{doc_ip()}:5060', "children=8", "log_level=2", "", 'loadmodule "db_mysql.so"', 'loadmodule "tm.so"',
             'loadmodule "sl.so"', 'loadmodule "rr.so"', 'loadmodule "usrloc.so"', 'loadmodule "registrar.so"',
             'loadmodule "auth.so"', 'loadmodule "auth_db.so"', "", 'modparam("usrloc", "db_url", DBURL)',
             'modparam("usrloc", "db_mode", 2)', 'modparam("auth_db", "db_url", DBURL)', 'modparam("auth_db", "calculate_ha1", yes)',
             'modparam("auth_db", "password_column", "password")', "", "request_route {", "    route(REQINIT);",
             "    if (is_method(\"REGISTER\")) {", "        route(AUTH);", "        save(\"location\");", "        exit;", "    }", "}"]
    return dict(provider="kamailio", kind="db_url_password" if not neg else f"db_url_password:{strat}",
                path=pick(["kamailio/kamailio.cfg", "etc/kamailio/kamailio.cfg"]), text="\n".join(lines) + "\n",
                filetype="kamailio-cfg", needle=None if neg else pw)


def tel_opensips(neg):
    pw = _db_pw()
    strat = None
    url = f"mysql://opensips:{pw}@{pick(['localhost', '10.1.0.7', 'db'])}/opensips"
    if neg:
        strat = pick(["jinja", "m4", "nopass"])
        url = {"jinja": "mysql://opensips:{{ opensips_db_password }}@localhost/opensips",
               "m4": "mysql://opensips:DB_PASSWORD@localhost/opensips",
               "nopass": "mysql://opensips@localhost/opensips"}[strat]
    lines = ["####### Global Parameters #########", "log_level=3", "stderror_enabled=no", "syslog_enabled=yes",
             f"socket=udp:{doc_ip()}:5060", "", "####### Modules Section ########", 'mpath="/usr/lib/x86_64-linux-gnu/opensips/modules/"',
             'loadmodule "db_mysql.so"', 'loadmodule "usrloc.so"', 'loadmodule "auth_db.so"', 'loadmodule "dialog.so"', "",
             f'modparam("usrloc", "db_url", "{url}")', 'modparam("usrloc", "working_mode_preset", "single-instance-sql-write-back")',
             'modparam("auth_db", "load_credentials", "")', 'modparam("dialog", "db_mode", 2)', "",
             "route {", "    if (!mf_process_maxfwd_header(10)) {", "        send_reply(483, \"Too Many Hops\");", "        exit;", "    }", "}"]
    return dict(provider="opensips", kind="db_url_password" if not neg else f"db_url_password:{strat}",
                path=pick(["opensips/opensips.cfg", "etc/opensips/opensips.cfg"]) + (".j2" if strat == "jinja" else ""),
                text="\n".join(lines) + "\n", filetype="opensips-cfg", needle=None if neg else pw)


def tel_freepbx(neg):
    pw = hexs(32) if chance(0.5) else _db_pw()
    strat = None
    v = f"'{pw}'"
    if neg:
        strat = pick(["getenv", "placeholder"])
        v = "getenv('AMPDBPASS')" if strat == "getenv" else "'<set-by-installer>'"
    lines = ["<?php", "$amp_conf['AMPDBUSER'] = 'freepbxuser';", f"$amp_conf['AMPDBPASS'] = {v};", "$amp_conf['AMPDBHOST'] = 'localhost';",
             "$amp_conf['AMPDBPORT'] = '3306';", "$amp_conf['AMPDBNAME'] = 'asterisk';", "$amp_conf['AMPDBENGINE'] = 'mysql';",
             "$amp_conf['datasource'] = ''; //for sqlite3", "", "require_once('/var/www/html/admin/bootstrap.php');", "?>"]
    return dict(provider="freepbx", kind="ampdbpass" if not neg else f"ampdbpass:{strat}",
                path=pick(["etc/freepbx.conf", "freepbx/freepbx.conf"]), text="\n".join(lines) + "\n",
                filetype="freepbx-conf-php", needle=None if neg else pw)


TEL_GENS = [(tel_sip_conf, 3), (tel_pjsip, 3), (tel_extensions, 1), (tel_manager, 2), (tel_fs_user, 2),
            (tel_fs_gateway, 2), (tel_kamailio, 1), (tel_opensips, 1), (tel_freepbx, 1)]


# ------------------------------------------------------------------ negative value builders
def rsa_spki_pem():
    der = (bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
           + bytes([R.getrandbits(8) | 0x80]) + rbytes(255) + bytes.fromhex("0203010001"))
    return pem_wrap("PUBLIC KEY", der)


def ec_spki_pem():
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    return pem_wrap("PUBLIC KEY", der)


def _known_prefix(v):
    for p in ("pat-na1-", "pat-eu1-", "pat-na2-", "xkeysib-", "xsmtpsib-", "atsk_", "sec-c-", "os_v2_app_", "KEY", "pk_",
              "test_", "api_", "1000.", "5Aep861", "AAAA", "SK", "TL", "t-", "u-"):
        if v.startswith(p):
            return p
    if v.startswith("00D") and "!" in v:
        return v.split("!")[0] + "!"
    return ""


def placeholder_for(cred, f):
    v = f.value
    words = f.words
    under = "_".join(words)
    pre = _known_prefix(v)
    opts = [f"<your-{'-'.join(words)}>", f"YOUR_{under.upper()}", f"your_{under}_here", "changeme", "REPLACE_ME",
            f"<{cred.provider}-{'-'.join(words)}>", "TODO", f"<{under}>", "xxxxxxxxxxxxxxxx"]
    if pre:
        opts += [pre + "...", pre + "x" * min(12, max(4, len(v) - len(pre))), pre + "<redacted>", f"{pre}YOUR_KEY"]
    if cred.kind == "api_key" and cred.provider == "mailchimp":
        opts.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us" + v.split("-us")[-1])
    if len(v) == 32 and all(c in HEX for c in v):
        opts += ["your_auth_token", "[AuthToken]", "0" * 32]
    if len(v) == 36 and v.count("-") == 4:
        opts.append("00000000-0000-0000-0000-000000000000")
    return pick(opts)


def masked_for(cred, f):
    v = f.value
    pre = _known_prefix(v)
    last = v[-4:]
    opts = [pre + "****" + last, pre + "•" * 8 + last, v[:max(len(pre), 4)] + "…" + v[-3:], pre + "*" * 20,
            "****" + last, pre + "[REDACTED]", "********"]
    if cred.mask:
        opts.append(v[:cred.mask] + "…" + v[-4:])
    out = pick(opts)
    if out == v:
        out = "********"
    return out


def sops_value(plain_len):
    return (f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(plain_len)).decode()},"
            f"iv:{base64.b64encode(rbytes(32)).decode()},tag:{base64.b64encode(rbytes(16)).decode()},type:str]")


def kms_value(plain_len):
    blob = bytes.fromhex("0102020078") + rbytes(32) + b"\x01" + rbytes(40 + plain_len)
    return base64.b64encode(blob).decode()


def sealed_value(plain_len):
    return "AgB" + base64.b64encode(rbytes(300 + plain_len)).decode()[3:]


def vault_wrapped():
    return f"vault:v1:{base64.b64encode(rbytes(R.randint(48, 90))).decode()}"


def ciphertext_for(f):
    n = len(f.value)
    kind = pick(["sops", "kms", "sealed", "transit"])
    return kind, {"sops": sops_value, "kms": kms_value, "sealed": sealed_value, "transit": lambda _: vault_wrapped()}[kind](n)


PUBLIC_ONLY_TEMPLATES = None  # filled below
CIPHER_TEMPLATES = None


def neg_api():
    mk = wchoice(API_KINDS)
    cred = mk()
    sec = cred.secret
    if cred.family == "hubspot_cli":
        strat = pick(["env-ref", "placeholder"])
        sec.value = Env() if strat == "env-ref" else placeholder_for(cred, sec)
        tmpl = t_hubspot_cli
    elif cred.family == "sfdx":
        strat = "env-ref"
        sec.value = Env()
        tmpl = t_sfdx
    elif cred.family == "pem":
        strat = pick(["env-ref", "public-key", "placeholder-pem"])
        if strat == "env-ref":
            sec.value = Env()
            tmpl = pick([t_pem_env, t_pem_json, t_pem_py])
        elif strat == "public-key":
            pub = ec_spki_pem() if cred.provider == "apple" else rsa_spki_pem()
            sec.words = ["public", "key"]
            sec.secret = False
            sec.value = pub
            tmpl = pick([t_pem_env, t_pem_json])
            if chance(0.5):
                path = pick(["keys/public.pem", "config/vonage/public.key", "certs/push_public.pem"])
                return cred, strat, path, pub + "\n", "pem-public-key"
        else:
            label = "PRIVATE KEY"
            sec.value = f"-----BEGIN {label}-----\n<paste the key from the developer console here>\n-----END {label}-----"
            tmpl = pick([t_pem_env, t_pem_json, t_pem_py])
        ctx = Ctx(cred, chance(1 / 3))
        path, text, ft = tmpl(ctx)
        return cred, strat, path, text, ft
    else:
        opts = [("env-ref", 5), ("placeholder", 3), ("masked", 2), ("ciphertext", 2), ("public-only", 3)]
        if cred.example:
            opts.append(("doc-example", 2))
        strat = wchoice(opts)
        tmpl = None
        if strat == "env-ref":
            sec.value = Env()
            if chance(0.3):
                for f in cred.fields:
                    if not f.secret and chance(0.5):
                        f.value = Env()
        elif strat == "placeholder":
            sec.value = placeholder_for(cred, sec)
        elif strat == "masked":
            sec.value = masked_for(cred, sec)
        elif strat == "ciphertext":
            sub, sec.value = ciphertext_for(sec)
            strat = "ciphertext-" + sub
            tmpl = wchoice([(t, 1) for t in CIPHER_TEMPLATES])
        elif strat == "doc-example":
            cred.fields[0].value, sec.value = cred.example
        elif strat == "public-only":
            cred.fields = [f for f in cred.fields if not f.secret] + cred.public
            if len(cred.fields) < 2:
                cred.fields.append(F(["region"], pick(["us", "eu", "us-east-1"])))
            tmpl = wchoice([(t, 1) for t in PUBLIC_ONLY_TEMPLATES])
        if tmpl is None:
            tmpl = pick_template(cred)
            for _ in range(10):
                if not (strat in ("placeholder", "masked") and tmpl in (t_makefile, t_crontab)):
                    break
                tmpl = pick_template(cred)
    ctx = Ctx(cred, chance(1 / 3) and cred.secret is not None)
    path, text, ft = tmpl(ctx)
    return cred, strat, path, text, ft


# ------------------------------------------------------------------ domain-specific negative documents
def _iso():
    return f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def twilio_signature(token, url, params):
    s = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac_sha1(token.encode(), s.encode())).decode()


def hmac_sha1(k, m):
    import hmac as _h
    return _h.new(k, m, hashlib.sha1).digest()


def sn_twilio_sig_log():
    acct = twilio_sid("AC")
    url = f"https://hooks.{company()}.com/sms/inbound"
    hidden = hexs(32)  # never written
    lines = []
    for _ in range(R.randint(4, 9)):
        p = {"AccountSid": acct, "MessageSid": twilio_sid("SM"), "From": e164(), "To": e164(),
             "Body": pick(["STOP", "yes", "What time do you open?", "HELP", "Confirm"]), "NumMedia": "0"}
        lines.append(json.dumps({"ts": _iso(), "level": "info", "msg": "inbound webhook", "path": "/sms/inbound",
                                 "headers": {"x-twilio-signature": twilio_signature(hidden, url, p),
                                             "user-agent": "TwilioProxy/1.1", "i-twilio-idempotency-token": uuid4()},
                                 "params": p, "status": 204}))
    return "twilio", "webhook_signature:request-log", pick(["logs/webhooks.log", "var/log/inbound-sms.jsonl", "fixtures/inbound_requests.jsonl"]), "\n".join(lines) + "\n", "log"


def sn_twilio_sig_test():
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234", "From": "+12349013030",
              "To": "+18005551212"}
    sig = twilio_signature("12345", url, params)
    lines = ["import pytest", "", "from webhooks.security import validate_twilio_signature", "", "",
             "# Example values from Twilio's security documentation (not a real account)", 'AUTH_TOKEN = "12345"',
             f'URL = "{url}"', "PARAMS = " + json.dumps(params, indent=4).replace("\n}", ",\n}"), "", "",
             "def test_valid_signature():", f'    assert validate_twilio_signature(AUTH_TOKEN, URL, PARAMS, "{sig}")', "", "",
             "def test_tampered_params_rejected():", '    bad = dict(PARAMS, Digits="9999")',
             f'    assert not validate_twilio_signature(AUTH_TOKEN, URL, bad, "{sig}")']
    return "twilio", "auth_token:doc-example-test", "tests/test_twilio_signature.py", "\n".join(lines) + "\n", "python-test"


def sn_zoom_validation():
    plain = rstr(ALNUM + "-_", 22)
    enc = hexs(64)
    doc = {"request": {"payload": {"plainToken": plain}, "event_ts": R.randint(1700000000000, 1730000000000),
                       "event": "endpoint.url_validation"},
           "expected_response": {"plainToken": plain, "encryptedToken": enc}}
    return "zoom", "webhook_url_validation:fixture", pick(["tests/fixtures/zoom_url_validation.json", "fixtures/zoom/validation.json"]), json.dumps(doc, indent=2) + "\n", "json-fixture"


def sn_sf_records_csv():
    org = sf_18(sf_org_id())
    rows = ["Id,Name,Phone,OwnerId,LeadSource,OrgId__c,CreatedDate"]
    for _ in range(R.randint(5, 15)):
        rid = sf_18(pick(["001", "003", "00Q", "500"]) + pick(DIG) + pick(UP + LOW) + "00000" + rstr(UALNUM + LOW, 5, False))
        own = sf_18("005" + pick(DIG) + pick(UP + LOW) + "00000" + rstr(UALNUM, 5, False))
        rows.append(f"{rid},{pick(FIRST).capitalize()} {pick(LAST).capitalize()},{e164()},{own},{pick(['Web', 'Phone Inquiry', 'Partner', 'Chat'])},{org},{_iso()}")
    return "salesforce", "org_and_record_ids:csv-export", pick(["data/leads_export.csv", "exports/salesforce_contacts.csv"]), "\n".join(rows) + "\n", "csv-export"


def sn_hubspot_webhook():
    portal = R.randint(2000000, 49999999)
    events = [{"eventId": R.randint(10 ** 9, 4 * 10 ** 9), "subscriptionId": R.randint(100000, 2999999), "portalId": portal,
               "appId": R.randint(100000, 3999999), "occurredAt": R.randint(1700000000000, 1730000000000),
               "subscriptionType": pick(["contact.creation", "deal.propertyChange", "ticket.creation"]),
               "attemptNumber": 0, "objectId": R.randint(1000, 99999999), "changeSource": "CRM"} for _ in range(R.randint(1, 3))]
    doc = {"headers": {"X-HubSpot-Signature-v3": base64.b64encode(rbytes(32)).decode(),
                       "X-HubSpot-Request-Timestamp": str(R.randint(1700000000000, 1730000000000)), "Content-Type": "application/json"},
           "body": events}
    return "hubspot", "webhook_signature:fixture", pick(["tests/fixtures/hubspot_webhook.json", "fixtures/hubspot/contact_created.json"]), json.dumps(doc, indent=2) + "\n", "json-fixture"


def sn_vonage_inbound():
    doc = {"msisdn": e164()[1:], "to": e164()[1:], "messageId": uhex(16), "text": pick(["STOP", "Yes please", "balance"]),
           "type": "text", "keyword": "STOP", "api-key": hexs(8), "message-timestamp": _iso().replace("T", " ").rstrip("Z")}
    return "vonage", "api_key_public:inbound-webhook", pick(["tests/fixtures/vonage_inbound_sms.json", "samples/inbound.json"]), json.dumps(doc, indent=2) + "\n", "json-fixture"


def sn_pusher_client():
    key = hexs(20)
    lines = ["import Pusher from 'pusher-js';", "", "// app key + cluster are public; the secret stays on the auth server",
             f"const pusher = new Pusher('{key}', {{", f"  cluster: '{pick(['eu', 'mt1', 'ap2'])}',",
             "  channelAuthorization: { endpoint: '/pusher/auth', transport: 'ajax' },", "});", "",
             "const channel = pusher.subscribe('private-agent-queue');",
             "channel.bind('ticket.assigned', (data) => {", "  window.dispatchEvent(new CustomEvent('ticket', { detail: data }));", "});"]
    return "pusher", "app_key_public:client", pick(["src/realtime.js", "web/pusher-client.js"]), "\n".join(lines) + "\n", "javascript-code"


def sn_pubnub_client():
    lines = ["import PubNub from 'pubnub';", "", "export const pubnub = new PubNub({",
             f"  publishKey: 'pub-c-{uuid4()}',", f"  subscribeKey: 'sub-c-{uuid4()}',",
             "  userId: localStorage.getItem('agentId'),", "  // access is granted per-user by the backend (PAM token)", "});", "",
             "pubnub.subscribe({ channels: ['support.queue'] });"]
    return "pubnub", "publish_subscribe_keys:client", pick(["src/lib/pubnub.js", "web/chat/pubnub.js"]), "\n".join(lines) + "\n", "javascript-code"


def sn_agora_client():
    lines = ["import AgoraRTC from 'agora-rtc-sdk-ng';", "", f"const APP_ID = '{hexs(32)}'; // public App ID", "",
             "export async function joinCall(channel, uid) {", "  const { token } = await fetch(`/api/rtc-token?channel=${channel}&uid=${uid}`).then(r => r.json());",
             "  const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });", "  await client.join(APP_ID, channel, token, uid);",
             "  return client;", "}"]
    return "agora", "app_id_public:client", pick(["src/video/agora.js", "web/call.js"]), "\n".join(lines) + "\n", "javascript-code"


def sn_klaviyo_snippet():
    sid = rstr(ALNUM, 6)
    lines = ["<!doctype html>", "<html>", "<head>", f"  <title>{company()} - sign up</title>",
             f'  <script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id={sid}"></script>', "</head>",
             "<body>", f'  <div class="klaviyo-form-{rstr(ALNUM, 6)}"></div>', "</body>", "</html>"]
    return "klaviyo", "site_id_public:html", pick(["templates/signup.html", "public/index.html"]), "\n".join(lines) + "\n", "html"


def sn_onesignal_web():
    lines = ["window.OneSignalDeferred = window.OneSignalDeferred || [];", "OneSignalDeferred.push(async function (OneSignal) {",
             "  await OneSignal.init({", f"    appId: '{uuid4()}',", f"    safari_web_id: 'web.onesignal.auto.{uuid4()}',",
             "    notifyButton: { enable: true },", "    allowLocalhostAsSecureOrigin: true,", "  });", "});"]
    return "onesignal", "app_id_public:client", pick(["public/onesignal-init.js", "src/push/onesignal.js"]), "\n".join(lines) + "\n", "javascript-code"


def sn_firebase_web():
    sender = str(R.randint(10 ** 11, 10 ** 12 - 1))
    proj = company() + "-" + rstr(LALNUM, 5, False)
    lines = ["// Firebase web config - these identifiers are public by design", "export const firebaseConfig = {",
             f"  apiKey: 'AIza{rstr(B64URL, 35)}',", f"  authDomain: '{proj}.firebaseapp.com',", f"  projectId: '{proj}',",
             f"  messagingSenderId: '{sender}',", f"  appId: '1:{sender}:web:{hexs(22)}',", "};", "",
             "export const VAPID_PUBLIC_KEY = '" + b64u(b"\x04" + rbytes(64)) + "';"]
    return "firebase", "web_config_public:client", pick(["src/firebase.js", "web/push/config.js"]), "\n".join(lines) + "\n", "javascript-code"


def sn_intercom_boot():
    lines = ["<!-- rendered snapshot for user 4821 (jest snapshot) -->", "<script>", "  window.intercomSettings = {",
             "    api_base: 'https://api-iam.intercom.io',",
             f"    app_id: '{rstr(LALNUM, 8)}',", "    user_id: '4821',",
             f"    user_hash: '{hexs(64)}', // HMAC-SHA256 digest of user_id, computed server-side",
             "  };", "</script>", "<script src=\"/static/intercom-loader.js\"></script>"]
    return "intercom", "app_id_user_hash:html", pick(["tests/__snapshots__/intercom.html", "spec/fixtures/intercom_boot.html"]), "\n".join(lines) + "\n", "html"


def sn_zendesk_widget():
    lines = ["<!-- Zendesk Web Widget (public key, safe to embed) -->",
             f'<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key={uuid4()}"></script>', "<script>",
             "  window.zESettings = {", "    webWidget: {", f"      color: {{ theme: '#{hexs(6)}' }},",
             "      launcher: { label: { '*': 'Help' } }", "    }", "  };", "</script>"]
    return "zendesk", "widget_key_public:html", pick(["templates/support_widget.html", "public/widget.html"]), "\n".join(lines) + "\n", "html"


def sn_crisp_widget():
    lines = ["window.$crisp = [];", f"window.CRISP_WEBSITE_ID = '{uuid4()}';", "(function () {",
             "  const s = document.createElement('script');", "  s.src = 'https://client.crisp.chat/l.js';", "  s.async = 1;",
             "  document.getElementsByTagName('head')[0].appendChild(s);", "})();"]
    return "crisp", "website_id_public:client", "public/js/crisp.js", "\n".join(lines) + "\n", "javascript-code"


def sn_twilio_calls_csv():
    acct = twilio_sid("AC")
    rows = ["Sid,ParentCallSid,AccountSid,From,To,Status,StartTime,Duration,Price,PriceUnit"]
    for _ in range(R.randint(6, 20)):
        rows.append(f"{twilio_sid('CA')},{pick(['', twilio_sid('CA')])},{acct},{e164()},{e164()},"
                    f"{pick(['completed', 'no-answer', 'busy', 'failed'])},{_iso()},{R.randint(0, 900)},-0.{R.randint(1, 99):02d}00,USD")
    return "twilio", "call_sids:csv-export", pick(["exports/calls_2024.csv", "data/twilio_call_log.csv"]), "\n".join(rows) + "\n", "csv-export"


def sn_sendbird_client():
    lines = ["import SendbirdChat from '@sendbird/chat';", "import { GroupChannelModule } from '@sendbird/chat/groupChannel';", "",
             "export const sb = SendbirdChat.init({", f"  appId: '{uuid4().upper()}',", "  modules: [new GroupChannelModule()],", "});", "",
             "export async function connect(userId, sessionToken) {", "  return sb.connect(userId, sessionToken);", "}"]
    return "sendbird", "app_id_public:client", "src/chat/sendbird.js", "\n".join(lines) + "\n", "javascript-code"


def sn_ably_token():
    app, kid = rstr(ALNUM, 6, False), rstr(ALNUM, 6, False)
    lines = ["import * as Ably from 'ably';", "", f"// key {app}.{kid} (capability: subscribe) is only used by the token endpoint",
             "export const realtime = new Ably.Realtime({", "  authUrl: '/api/ably/token',", "  authMethod: 'POST',",
             "  clientId: window.currentAgentId,", "});"]
    return "ably", "key_name_public:client", "src/realtime/ably.js", "\n".join(lines) + "\n", "javascript-code"


def sn_sip_digest_log():
    user = str(R.randint(1000, 1099))
    realm = pick(["pbx.local", "sip." + company() + ".com"])
    lines = []
    for _ in range(R.randint(2, 4)):
        lines += [f"[{_iso()}] VERBOSE[{R.randint(1000, 9999)}] res_pjsip_logger.c: <--- Received SIP request (912 bytes) from UDP:10.20.{R.randint(0, 9)}.{R.randint(2, 250)}:5060 --->",
                  f"REGISTER sip:{realm} SIP/2.0", f"Via: SIP/2.0/UDP 10.20.0.{R.randint(2, 250)}:5060;rport;branch=z9hG4bK{hexs(10)}",
                  f"From: <sip:{user}@{realm}>;tag={hexs(8)}", f"Call-ID: {hexs(16)}@10.20.0.4", "CSeq: 2 REGISTER",
                  f'Authorization: Digest username="{user}", realm="{realm}", nonce="{hexs(8)}/{hexs(32)}", uri="sip:{realm}", response="{hexs(32)}", algorithm=MD5, qop=auth, nc=00000001, cnonce="{hexs(8)}"',
                  "Expires: 300", ""]
    return "asterisk", "sip_digest_response:log", pick(["logs/pjsip_register.log", "debug/sip-trace.txt"]), "\n".join(lines) + "\n", "log"


def sn_hmac_test_vector():
    lines = ['"""Webhook verifier tests using the RFC 4231 HMAC-SHA256 test vectors."""', "import hmac", "import hashlib", "",
             "from notifier.webhooks import verify_signature", "", "",
             "# RFC 4231, test case 1", 'KEY = bytes.fromhex("0b" * 20)', 'DATA = b"Hi There"',
             'EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"', "", "",
             "def test_rfc4231_case1():", "    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED",
             "    assert verify_signature(KEY, DATA, EXPECTED)", "", "",
             "# RFC 4231, test case 2", 'def test_rfc4231_case2():',
             '    digest = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()',
             '    assert digest == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"']
    return "generic", "hmac_test_vector:test", pick(["tests/test_webhook_signatures.py", "notifier/tests/test_hmac.py"]), "\n".join(lines) + "\n", "python-test"


def sn_taskrouter_sids():
    lines = ["# TaskRouter / Flex identifiers (not credentials; token comes from the secret store)", "twilio:",
             f"  account_sid: {twilio_sid('AC')}", f"  workspace_sid: {twilio_sid('WS')}", f"  workflow_sid: {twilio_sid('WW')}",
             f"  task_queue_sid: {twilio_sid('WQ')}", f"  flex_flow_sid: {twilio_sid('FO')}", f"  chat_service_sid: {twilio_sid('IS')}",
             f"  messaging_service_sid: {twilio_sid('MG')}", f"  support_number: \"{e164()}\"", f"  short_code: \"{R.randint(20000, 99999)}\"",
             "  auth_token: ${TWILIO_AUTH_TOKEN}"]
    return "twilio", "resource_sids:yaml", pick(["config/flex.yml", "config/taskrouter.yaml"]), "\n".join(lines) + "\n", "yaml-config"


def sn_connected_app_xml():
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">',
             f"    <contactEmail>{email()}</contactEmail>", f"    <label>{pick(['Helpdesk Bridge', 'Telephony CTI', 'Marketing Sync'])}</label>",
             "    <oauthConfig>", f"        <callbackUrl>https://{company()}.com/oauth/salesforce/callback</callbackUrl>",
             f"        <consumerKey>3MVG9{rstr(ALNUM + '._', 80)}</consumerKey>", "        <isAdminApproved>true</isAdminApproved>",
             "        <scopes>Api</scopes>", "        <scopes>RefreshToken</scopes>", "    </oauthConfig>",
             "    <oauthPolicy>", "        <ipRelaxation>ENFORCE</ipRelaxation>", "        <refreshTokenPolicy>infinite</refreshTokenPolicy>",
             "    </oauthPolicy>", "</ConnectedApp>"]
    return "salesforce", "consumer_key_public:metadata-xml", "force-app/main/default/connectedApps/HelpdeskBridge.connectedApp-meta.xml", "\n".join(lines) + "\n", "salesforce-metadata-xml"


def sn_sfdx_project():
    doc = {"packageDirectories": [{"path": "force-app", "default": True, "package": "CTI Connector",
                                   "versionName": "ver 1.4", "versionNumber": "1.4.0.NEXT"}],
           "name": "cti-connector", "namespace": "", "sfdcLoginUrl": "https://login.salesforce.com", "sourceApiVersion": "59.0",
           "packageAliases": {"CTI Connector": "0Ho" + pick(DIG) + pick(UP) + "0000000" + rstr(UALNUM, 4, False) + rstr(UP, 3),
                              "CTI Connector@1.3.0-1": "04t" + pick(DIG) + pick(UP) + "000000" + rstr(UALNUM, 5, False) + rstr(UP, 3)}}
    return "salesforce", "package_ids:sfdx-project", "sfdx-project.json", json.dumps(doc, indent=2) + "\n", "sfdx-project-json"


def sn_apns_config():
    lines = ["apns:", f"  key_id: {rstr(UALNUM, 10)}", f"  team_id: {rstr(UALNUM, 10)}", f"  bundle_id: com.{company().replace('-', '')}.app",
             f"  key_path: /run/secrets/AuthKey.p8", f"  production: {pick(['true', 'false'])}", "fcm:",
             f"  sender_id: \"{R.randint(10 ** 11, 10 ** 12 - 1)}\"", "  credentials_file: /run/secrets/fcm-service-account.json"]
    return "apple", "key_team_ids:yaml", pick(["config/push.yml", "deploy/push.yaml"]), "\n".join(lines) + "\n", "yaml-config"


SPECIAL_NEGS = [sn_twilio_sig_log, sn_twilio_sig_test, sn_zoom_validation, sn_sf_records_csv, sn_hubspot_webhook,
                sn_vonage_inbound, sn_pusher_client, sn_pubnub_client, sn_agora_client, sn_klaviyo_snippet,
                sn_onesignal_web, sn_firebase_web, sn_intercom_boot, sn_zendesk_widget, sn_crisp_widget,
                sn_twilio_calls_csv, sn_sendbird_client, sn_ably_token, sn_sip_digest_log, sn_hmac_test_vector,
                sn_taskrouter_sids, sn_connected_app_xml, sn_sfdx_project, sn_apns_config]


PUBLIC_ONLY_TEMPLATES = [t_log_leak, t_html_inline, t_json_fixture, t_dotenv, t_config_yml, t_settings_py, t_node_config, t_spring, t_rails_yml, t_laravel, t_serverless,
                         t_postman, t_appsettings, t_compose, t_dockerfile, t_gha, t_gitlab, t_helm, t_properties, t_ini]
CIPHER_TEMPLATES = [t_json_fixture, t_dotenv, t_config_yml, t_rails_yml, t_spring, t_helm, t_appsettings, t_compose, t_k8s]


# ------------------------------------------------------------------ driver
def gen_positive():
    for _ in range(50):
        if chance(0.22):
            d = wchoice(TEL_GENS)(False)
            prov, kind, path, text, ft, needle, generic = d["provider"], d["kind"], d["path"], d["text"], d["filetype"], d["needle"], True
        else:
            cred = wchoice(API_KINDS)()
            generic = chance(0.18)
            ctx = Ctx(cred, generic)
            tmpl = pick_template(cred)
            path, text, ft = tmpl(ctx)
            needle = cred.secret.value
            if needle not in text:
                needle = json.dumps(needle)[1:-1]
            prov, kind = cred.provider, cred.kind
            generic = generic or tmpl in (t_makefile, t_crontab)
        n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if needle and text.count(needle) == 1 and 5 <= n_lines <= 80:
            line = text[:text.index(needle)].count("\n") + 1
            return prov, kind, path, text, ft, needle, line, generic
    raise RuntimeError("could not build a positive")


def gen_negative():
    for _ in range(50):
        x = R.random()
        if x < 0.47:
            cred, strat, path, text, ft = neg_api()
            prov, kind = cred.provider, f"{cred.kind}:{strat}"
        elif x < 0.69:
            d = wchoice(TEL_GENS)(True)
            prov, kind, path, text, ft = d["provider"], d["kind"], d["path"], d["text"], d["filetype"]
        else:
            prov, kind, path, text, ft = pick(SPECIAL_NEGS)()
        n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if 5 <= n_lines <= 80:
            return prov, kind, path, text, ft
    raise RuntimeError("could not build a negative")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        print("usage: gen_aa.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    N = 500
    manifest, secrets = [], []
    n_generic = 0
    for i in range(1, N + 1):
        prov, kind, path, text, ft, needle, line, generic = gen_positive()
        rel = f"pos/p{i:04d}/{path}"
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
        n_generic += bool(generic)
    for i in range(1, N + 1):
        prov, kind, path, text, ft = gen_negative()
        rel = f"neg/n{i:04d}/{path}"
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return self_check(outdir, manifest, secrets, n_generic)


def self_check(outdir, manifest, secrets, n_generic):
    errors = []
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        idx = text.find(s["needle"])
        if idx < 0:
            errors.append(f"needle missing: {s['file']}")
            continue
        if text.count(s["needle"]) != 1:
            errors.append(f"needle not unique: {s['file']}")
        if text[:idx].count("\n") + 1 != s["line"]:
            errors.append(f"wrong line: {s['file']}")
        needles.append(s["needle"])
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for nd in needles:
            if nd in text:
                errors.append(f"negative {m['file']} contains a positive needle")
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            n = fh.read().count("\n")
        if not 5 <= n <= 81:
            errors.append(f"line count {n}: {m['file']}")

    def counts(label, key):
        c = {}
        for m in manifest:
            if m["label"] == label:
                k = m[key] if key != "kind" or label == "pos" else m[key].split(":")[-1]
                c[k] = c.get(k, 0) + 1
        return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    pos_pairs = {(m["provider"], m["kind"]) for m in manifest if m["label"] == "pos"}
    print(f"positives: {sum(m['label'] == 'pos' for m in manifest)}  negatives: {sum(m['label'] == 'neg' for m in manifest)}")
    print(f"positive provider/kind pairs: {len(pos_pairs)}; secret under a non-provider name/positional: {n_generic}")
    print("pos providers:", json.dumps(counts("pos", "provider")))
    print("pos kinds:", json.dumps(counts("pos", "kind")))
    print("pos filetypes:", json.dumps(counts("pos", "filetype")))
    print("neg providers:", json.dumps(counts("neg", "provider")))
    print("neg strategies:", json.dumps(counts("neg", "kind")))
    print("neg filetypes:", json.dumps(counts("neg", "filetype")))
    ft_all = {m["filetype"] for m in manifest}
    print(f"distinct filetypes: {len(ft_all)}")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems)")
        for e in errors[:30]:
            print("  ", e)
        return 1
    print("SELF-CHECK OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
