#!/usr/bin/env python3
"""Blind evaluation-set generator "db": real-time video, voice and conferencing SDK credentials.

EMPHASIS
    Secrets of RTC / conferencing platforms as they show up in token servers, mobile clients,
    media-server configs and deployment manifests:
      Agora App Certificates (next to the public App ID), Zoom Server-to-Server OAuth client
      secrets and Meeting SDK secrets, Webex bot tokens and integration client secrets, Daily.co
      API keys, LiveKit API secrets, 100ms app secrets and management tokens (HS256 JWT),
      Vonage Video (OpenTok) API secrets, Twilio Video API-key secrets, Jitsi JaaS RSA private
      keys (PEM), Dolby.io / Millicast publish tokens and API secrets, Mux signing private keys
      (base64 PEM) and access-token secrets, Stream (GetStream) API secrets, Sendbird API tokens,
      coturn static-auth-secret, Janus admin/api secrets, Wowza Streaming Engine / Wowza Video /
      Ant Media REST credentials, SIP / WebRTC-gateway passwords (pjsip, sip.conf, JsSIP, SIP.js).
    File types: TypeScript/Node token servers, Go and Python backends, Swift, Kotlin, React Native
    (tsx), Flutter/Dart, Unity C#, coturn turnserver.conf, Janus .jcfg, livekit.yaml, Kubernetes
    Secrets, Helm values, docker-compose, GitHub workflows, JSON configs, .env files, .properties,
    TOML, Asterisk .conf, Wowza XML, Markdown runbooks, shell scripts.

USAGE
    python3 gen_db.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Standard library only; every random choice comes from
    random.Random(SEED), so a given SEED always yields byte-identical output.

NEEDLE CONVENTIONS
    * needle = the secret half exactly as written in the file (without surrounding quotes).
      When an id/secret pair is present (App ID + App Certificate, client id + client secret,
      API key SID + secret, LiveKit APIxxxx + secret ...) only the secret half is the needle.
    * For curl -u id:secret / URL userinfo the needle is the secret part only.
    * For PEM private keys (Jitsi JaaS) the needle is the whole block from "-----BEGIN" to the
      closing "-----" of the END line, exactly as written (multi-line, including any YAML
      indentation, or with literal "\\n" escapes when embedded in JSON / .env / code strings);
      "line" is the line holding "-----BEGIN".
    * For Mux signing keys the needle is the base64-encoded PEM (one line, "LS0tLS1CRUdJTi...").
    * For 100ms management tokens the needle is the full JWT (header.payload.signature).
    * "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by something that is
    not a secret: placeholders (YOUR_..., <...>, changeme, xxxx..., all-zero hex), environment
    references (process.env.X, os.environ[...], ${VAR}, System.getenv), secret-manager
    references (vault:, AWS Secrets Manager ARNs, GCP secret paths, op://, ${{ secrets.X }},
    Helm {{ .Values }}), masked / redacted values, empty values, and documented sample values
    (Janus "janusoverlord", coturn example "north").  The other half are domain look-alikes:
    Agora App IDs + channel names, Zoom meeting invitations (meeting id + numeric passcode),
    Zoom webhook payloads, Webex base64 resource ids, LiveKit API key ids (APIxxxx) with the
    secret taken from a Secret reference, TURN REST usernames with timestamps, ICE candidate
    lines, SDP dumps with sha-256 DTLS fingerprints, getStats dumps (ssrc, cname), Twilio
    Account / API-key SIDs without the secret, Sendbird App IDs, Stream public API keys,
    Vonage session ids, Mux playback ids and env keys, RSA PUBLIC keys (JaaS / Mux), JaaS
    app ids and kids, Millicast account ids and stream names, SealedSecret ciphertext,
    npm integrity hashes, docker image digests, git SHAs, i18n strings, UUID ids.

DOUBTS
    Formats written from memory (not confirmed against provider docs during this session):
    * Zoom client secret / Meeting SDK secret: 32 alphanumerics; client id / SDK key 22 chars
      (an S2S account id of 22 base62 chars was seen in a Zoom example).
    * Webex bot token: base64 of "<uuid><12 uuid chars>" (64 chars) + "_<4-char org code>_" + uuid;
      integration client id "C" + 64 hex, client secret 64 hex.
    * Daily.co API key 64 hex.  LiveKit API key "API" + 12 base62, secret 32-44 base62.
    * 100ms app secret: 64 base64url chars (length and alphabet uncertain); access key 24 hex.
      Management token = HS256 JWT with access_key/type=management/version=2/jti claims (the
      claim set follows the 100ms docs; the signing key is random and never written).
    * OpenTok API key 8 digits, API secret 40 hex.  Twilio API key secret 32 alphanumerics.
    * Millicast publish token / API secret 64 hex (a 64-hex publish token appears in a public
      Millicast sample); account id 6 base62.  OBS "whip_custom" service.json key "bearer_token".
    * Mux token secret ~75 base64 chars (uncertain); signing-key id 35 chars in Mux id style;
      Mux private key = base64 of an RSA PEM (the Mux API reference says "Base64 encoded").
    * Stream API key 12 lowercase alnum (public), secret 64 lowercase alnum.  Sendbird API token
      40 hex; App ID uppercase UUID.
    * Wowza conf/admin.password line layout and Ant Media "settings.jwtSecretKey" property name.
    * Vonage session ids ("1_MX4..."/"2_MX4...") are imitations of the real shape.
    RSA keys (JaaS, Mux) are real 2048-bit keys generated deterministically in pure Python;
    public-key look-alikes in negatives use a random modulus (not a real key pair).
    Labels a reviewer might dispute:
    * Zoom invitation files with a numeric meeting passcode are labelled NEGATIVE (the passcode
      is meant to be shared with every attendee; the file says it is a public community call).
    * Uncommented documented defaults ("janusoverlord" as Janus admin_secret, "north" as coturn
      static-auth-secret) are labelled NEGATIVE as documentation samples, though a reviewer could
      call shipping a default secret a finding.
    * A unit test that passes the literal "test-secret" to a TURN REST helper is NEGATIVE.
    * SealedSecret encryptedData (ciphertext) is NEGATIVE.
    * Masked values that keep 4 real-looking hex chars ("****3f9a") are NEGATIVE.
    * Client-side mobile/Unity files that embed a server secret are POSITIVE (they are leaks even
      if the developer thought of them as app config).

SEARCHES
    docs/pages corpora: LiveKit generate-keys / API key+secret env vars; 100ms app_access_key /
    app_secret / management token; Zoom Server-to-Server OAuth account_credentials flow; Webex bot
    token lifetime; Millicast publish token API; Mux URL signing keys (private_key is Base64
    encoded); Stream server client (API key + secret); Sendbird Api-Token header / master token.
    Scanner-related material shown: none (no rule files or detector regexes came up).
"""
import base64
import hashlib
import hmac
import json
import math
import os
import random
import string
import sys

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
LOWN = string.ascii_lowercase + string.digits
B62 = string.digits + string.ascii_letters
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n, need=(string.ascii_lowercase, string.ascii_uppercase, string.digits)):
    """Random string that contains at least one char of each class in `need` (if in alphabet)."""
    while True:
        s = rs(r, alphabet, n)
        if all(any(c in cls for c in s) for cls in need if any(c in alphabet for c in cls)):
            return s


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# --------------------------------------------------------------------------------------------
# Minimal deterministic RSA (pure Python, driven by random.Random) and DER/PEM encoding
# --------------------------------------------------------------------------------------------
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


_SMALL_PROD = 1
for _p in _SMALL_PRIMES:
    _SMALL_PROD *= _p


def _is_probable_prime(n, r):
    if math.gcd(n, _SMALL_PROD) != 1:
        return n in _SMALL_PRIMES
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(8):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


_SIEVE_PRIMES = [p for p in range(3, 1 << 14, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _prime(r, bits):
    """Random probable prime: sieve a window of odd candidates, then Miller-Rabin the survivors."""
    window = 4096
    while True:
        base = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        alive = bytearray([1]) * window          # alive[i] <-> base + 2*i
        for p in _SIEVE_PRIMES:
            # first i with base + 2i == 0 (mod p)
            i0 = ((-base) * pow(2, -1, p)) % p
            alive[i0::p] = bytes(len(range(i0, window, p)))
        for i in range(window):
            if alive[i] and _is_probable_prime(base + 2 * i, r):
                return base + 2 * i


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def _der_seq(*items):
    return _der(0x30, b"".join(items))


_RSA_ALG = _der_seq(bytes.fromhex("06092a864886f70d010101"), b"\x05\x00")


def rsa_keypair(r, bits=2048):
    e = 65537
    while True:
        p = _prime(r, bits // 2)
        q = _prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, phi)
    pkcs1 = _der_seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p), _der_int(q),
                     _der_int(d % (p - 1)), _der_int(d % (q - 1)), _der_int(pow(q, -1, p)))
    pkcs8 = _der_seq(_der_int(0), _RSA_ALG, _der(0x04, pkcs1))
    spki = _der_seq(_RSA_ALG, _der(0x03, b"\x00" + _der_seq(_der_int(n), _der_int(e))))
    return pkcs1, pkcs8, spki


def pem(label, der):
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def jwt_hs256(r, payload, key):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


# --------------------------------------------------------------------------------------------
# Human passwords (for SIP / Wowza / Ant Media / Janus kinds)
# --------------------------------------------------------------------------------------------
_WORDS = ["harbor", "maple", "Falcon", "copper", "Orchid", "tundra", "violet", "Meadow", "cobalt",
          "Sierra", "lantern", "Pepper", "glacier", "Nimbus", "saffron", "Quartz", "walnut",
          "Breeze", "ember", "Juniper", "mosaic", "Voyager", "thistle", "Canyon", "pixel"]
_SYM = "!@%*-_.+="


def human_password(r):
    style = r.randrange(5)
    if style == 0:
        return r.choice(_WORDS).capitalize() + r.choice(_SYM) + r.choice(_WORDS) + str(r.randint(10, 2029))
    if style == 1:
        return mixed(r, B62 + "!@%*", r.randint(12, 20), need=(LOW, string.ascii_uppercase, DIG, "!@%*"))
    if style == 2:
        return "-".join(r.choice(_WORDS).lower() for _ in range(3)) + "-" + str(r.randint(2, 99))
    if style == 3:
        return mixed(r, B62, r.randint(14, 24))
    return r.choice(_WORDS) + str(r.randint(100, 9999)) + r.choice("!@%*") + rs(r, string.ascii_uppercase, 2)


# --------------------------------------------------------------------------------------------
# Credential kinds
# --------------------------------------------------------------------------------------------
def mux_id(r, n=35):
    # Mux object ids look base62 with frequent "00"/"01" pairs (e.g. playback / signing key ids)
    out = []
    while len(out) < n:
        if r.random() < 0.18:
            out.extend(r.choice(["00", "01", "02"]))
        else:
            out.append(r.choice(B62))
    return "".join(out[:n])


def webex_bot_token(r):
    a = uuid4(r)
    b = uuid4(r)
    head = b64((a + b[:12]).encode())  # 48 bytes -> 64 chars
    return head + "_" + r.choice(["PF84", "P0A1", "PE93", "PF84", "PU1M"]) + "_" + uuid4(r)


def coturn_secret(r):
    c = r.randrange(3)
    if c == 0:
        return rs(r, HEX, 64)            # openssl rand -hex 32
    if c == 1:
        return b64(rbytes(r, 33))        # openssl rand -base64 33 (44 chars, no padding)
    return mixed(r, B62, r.randint(28, 40))


def janus_secret(r):
    c = r.randrange(3)
    if c == 0:
        return human_password(r)
    if c == 1:
        return rs(r, HEX, 32)
    return mixed(r, B62, 24)


_RSA_MODE = {"real": True}


def rsa_public_only(r, bits=2048):
    """SubjectPublicKeyInfo with a random odd modulus: enough for public-key look-alikes (negatives)."""
    n = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
    return _der_seq(_RSA_ALG, _der(0x03, b"\x00" + _der_seq(_der_int(n), _der_int(65537))))


def _rsa_gen(r):
    if _RSA_MODE["real"]:
        return rsa_keypair(r)
    # negatives never write the private half, so skip the (slow) prime search
    return b"unused", b"unused", rsa_public_only(r)


class Spec(object):
    def __init__(self, key, provider, kind, gen, obv, neu, env, pos=None, http=None,
                 multi=False, section=None, ids=None):
        self.key, self.provider, self.kind, self.gen = key, provider, kind, gen
        self.obv, self.neu, self.env = obv, neu, env
        self.pos = pos or {}
        self.http = http
        self.multi = multi
        self.section = section or provider
        self.ids = ids or []   # list of (field, name tokens) for public ids in gen() output


def _g_agora(r):
    return {"S": rs(r, HEX, 32), "ID": rs(r, HEX, 32)}


def _g_zoom_s2s(r):
    return {"S": mixed(r, B62, 32), "ID": mixed(r, B62 + "_", 22), "ID2": mixed(r, B62 + "-_", 22)}


def _g_zoom_sdk(r):
    return {"S": mixed(r, B62, 32), "ID": mixed(r, B62 + "_", 22)}


def _g_webex_bot(r):
    return {"S": webex_bot_token(r), "ID": r.choice(["standup", "oncall", "meetbot", "roomwatch", "alerts", "recap"]) + "-" + rs(r, LOWN, 4) + "@webex.bot"}


def _g_webex_int(r):
    return {"S": rs(r, HEX, 64), "ID": "C" + rs(r, HEX, 64)}


def _g_daily(r):
    return {"S": rs(r, HEX, 64), "ID": r.choice(["acme", "meetly", "telehealth-co", "classroomx", "standupz"]) + ".daily.co"}


def _g_livekit(r):
    return {"S": mixed(r, B62, r.choice([43, 43, 44, 32])), "ID": "API" + mixed(r, B62, 12)}


def _g_hms_secret(r):
    return {"S": b64url(rbytes(r, 48)) if r.random() < 0.5 else mixed(r, B64U, 64), "ID": rs(r, HEX, 24)}


def _g_hms_mgmt(r):
    ak = rs(r, HEX, 24)
    iat = 1690000000 + r.randrange(60000000)
    payload = {"access_key": ak, "type": "management", "version": 2, "iat": iat, "nbf": iat,
               "exp": iat + 86400 * r.choice([1, 7, 30]), "jti": uuid4(r)}
    return {"S": jwt_hs256(r, payload, mixed(r, B64U, 64)), "ID": ak}


def _g_opentok(r):
    return {"S": rs(r, HEX, 40), "ID": str(r.randint(45000000, 47999999))}


def _g_twilio(r):
    return {"S": mixed(r, B62, 32), "ID": "SK" + rs(r, HEX, 32), "ID2": "AC" + rs(r, HEX, 32)}


def _g_jaas(r):
    pkcs1, pkcs8, spki = _rsa_gen(r)
    app = "vpaas-magic-cookie-" + rs(r, HEX, 32)
    return {"S": pem("PRIVATE KEY", pkcs8) if r.random() < 0.7 else pem("RSA PRIVATE KEY", pkcs1),
            "ID": app, "KID": app + "/" + rs(r, HEX, 6), "PUB": pem("PUBLIC KEY", spki)}


def _g_millicast_pub(r):
    return {"S": rs(r, HEX, 64), "ID": mixed(r, B62, 6), "ID2": r.choice(["main-stage", "studio-a", "kq2x9vbn", "live-feed", "courtside", "stage_b"])}


def _g_millicast_api(r):
    return {"S": rs(r, HEX, 64), "ID": mixed(r, B62, 6)}


def _g_mux_signing(r):
    pkcs1, pkcs8, spki = _rsa_gen(r)
    return {"S": b64(pem("RSA PRIVATE KEY", pkcs1).encode() + b"\n"), "ID": mux_id(r, 35),
            "PUB": pem("PUBLIC KEY", spki)}


def _g_mux_token(r):
    s = b64(rbytes(r, 57))
    return {"S": s[:r.choice([75, 75, 76])], "ID": uuid4(r)}


def _g_stream(r):
    return {"S": rs(r, LOWN, 64), "ID": rs(r, LOWN, 12), "ID2": str(r.randint(1100000, 1399999))}


def _g_sendbird(r):
    return {"S": rs(r, HEX, 40), "ID": uuid4(r, upper=True)}


def _g_coturn(r):
    return {"S": coturn_secret(r), "ID": r.choice(["turn.acme.io", "relay.meetly.app", "turn.example-health.net", "stun.classroomx.com"])}


def _g_janus(r):
    return {"S": janus_secret(r)}


def _g_wowza(r):
    return {"S": human_password(r), "ID": r.choice(["admin", "wse-api", "streamops", "restuser"])}


def _g_ant(r):
    return {"S": mixed(r, B62, 32)}


def _g_sip(r):
    return {"S": human_password(r), "ID": str(r.choice([1001, 1002, 2001, 201, 6001, 7003, 8800 + r.randrange(99)]))}


SPECS = [
    Spec("agora", "agora", "app_certificate", _g_agora,
         obv=[["agora", "app", "certificate"], ["app", "certificate"], ["agora", "cert"], ["app", "cert"]],
         neu=[["sign", "key"], ["agora", "primary"], ["rtc", "seed"], ["primary", "value"]],
         env="AGORA_APP_CERTIFICATE", ids=[("ID", ["agora", "app", "id"])],
         pos={"ts": "const token = RtcTokenBuilder.buildTokenWithUid({ID}, {S}, channelName, uid, RtcRole.PUBLISHER, expireAt, expireAt);",
              "py": "token = RtcTokenBuilder.build_token_with_uid({ID}, {S}, channel_name, uid, Role_Publisher, expire, expire)",
              "go": "token, err := rtctokenbuilder2.BuildTokenWithUid({ID}, {S}, channelName, uid, rtctokenbuilder2.RolePublisher, tokenExpire, privilegeExpire)"}),
    Spec("zoom_s2s", "zoom", "s2s_oauth_client_secret", _g_zoom_s2s,
         obv=[["zoom", "client", "secret"], ["client", "secret"], ["zoom", "oauth", "client", "secret"]],
         neu=[["zoom", "pass"], ["s2s", "key"], ["oauth", "value"]],
         env="ZOOM_CLIENT_SECRET", ids=[("ID", ["zoom", "client", "id"]), ("ID2", ["zoom", "account", "id"])],
         pos={"py": "resp = requests.post(TOKEN_URL, params={\"grant_type\": \"account_credentials\", \"account_id\": {ID2}}, auth=({ID}, {S}), timeout=10)",
              "go": "req.SetBasicAuth({ID}, {S})",
              "ts": "const basic = Buffer.from([{ID}, {S}].join(':')).toString('base64');"},
         http=("POST", "https://zoom.us/oauth/token?grant_type=account_credentials&account_id={ID2}", "basic")),
    Spec("zoom_sdk", "zoom", "meeting_sdk_secret", _g_zoom_sdk,
         obv=[["zoom", "sdk", "secret"], ["sdk", "secret"], ["zoom", "meeting", "sdk", "secret"], ["zoom", "msdk", "client", "secret"]],
         neu=[["sdk", "sig", "key"], ["meeting", "seed"], ["zoom", "k2"]],
         env="ZOOM_MEETING_SDK_SECRET", ids=[("ID", ["zoom", "sdk", "key"])],
         pos={"ts": "const signature = KJUR.jws.JWS.sign('HS256', sHeader, sPayload, {S});",
              "py": "signature = jwt.encode(payload, {S}, algorithm=\"HS256\")",
              "go": "signed, err := tok.SignedString([]byte({S}))"}),
    Spec("webex_bot", "webex", "bot_access_token", _g_webex_bot,
         obv=[["webex", "bot", "token"], ["bot", "access", "token"], ["webex", "access", "token"], ["webex", "teams", "token"]],
         neu=[["spark", "auth"], ["bearer"], ["notifier", "key"]],
         env="WEBEX_BOT_TOKEN", ids=[("ID", ["bot", "email"])],
         pos={"py": "api = WebexTeamsAPI({S})",
              "ts": "webexClient.setAccessToken({S});",
              "go": "client.SetAuthToken({S})"},
         http=("POST", "https://webexapis.com/v1/messages", "bearer")),
    Spec("webex_int", "webex", "integration_client_secret", _g_webex_int,
         obv=[["webex", "client", "secret"], ["client", "secret"], ["webex", "integration", "secret"]],
         neu=[["oauth", "pass"], ["int", "key"]],
         env="WEBEX_CLIENT_SECRET", ids=[("ID", ["webex", "client", "id"])],
         pos={"py": "api = WebexTeamsAPI.from_oauth_code({ID}, {S}, code, REDIRECT_URI)",
              "ts": "const oauth = new OAuthClient({ID}, {S}, REDIRECT_URI);",
              "go": "cfg := newOAuthConfig({ID}, {S}, redirectURL)"},
         http=("POST", "https://webexapis.com/v1/access_token", "form:client_secret")),
    Spec("daily", "daily", "api_key", _g_daily,
         obv=[["daily", "api", "key"], ["daily", "key"], ["daily", "co", "api", "key"]],
         neu=[["rooms", "key"], ["video", "vendor", "key"], ["dk"]],
         env="DAILY_API_KEY", ids=[("ID", ["daily", "domain"])],
         pos={"py": "client = DailyRestClient({S}, base_url=\"https://api.daily.co/v1\")",
              "ts": "const daily = new DailyRestClient({S});",
              "go": "dc := daily.NewClient({S})"},
         http=("POST", "https://api.daily.co/v1/rooms", "bearer")),
    Spec("livekit", "livekit", "api_secret", _g_livekit,
         obv=[["livekit", "api", "secret"], ["api", "secret"], ["lk", "api", "secret"], ["livekit", "secret"]],
         neu=[["lk", "signing"], ["sfu", "key"], ["room", "svc", "value"]],
         env="LIVEKIT_API_SECRET", ids=[("ID", ["livekit", "api", "key"])],
         pos={"ts": "const at = new AccessToken({ID}, {S}, { identity: participantName, ttl: '10m' });",
              "py": "token = api.AccessToken({ID}, {S}).with_identity(identity).with_grants(grants).to_jwt()",
              "go": "at := auth.NewAccessToken({ID}, {S})"}),
    Spec("hms_secret", "100ms", "app_secret", _g_hms_secret,
         obv=[["hms", "app", "secret"], ["app", "secret"], ["hms", "secret"]],
         neu=[["hms", "sign"], ["room", "signing"], ["jwt", "key"]],
         env="HMS_APP_SECRET", ids=[("ID", ["hms", "access", "key"])],
         pos={"ts": "jwt.sign(payload, {S}, { algorithm: 'HS256', expiresIn: '24h', jwtid: uuid4() }, cb);",
              "py": "token = jwt.encode(payload, {S}, algorithm=\"HS256\")",
              "go": "signed, err := tok.SignedString([]byte({S}))"}),
    Spec("hms_mgmt", "100ms", "management_token", _g_hms_mgmt,
         obv=[["hms", "management", "token"], ["management", "token"], ["hms", "token"]],
         neu=[["bearer"], ["admin", "jwt"], ["rest", "auth"]],
         env="HMS_MANAGEMENT_TOKEN", ids=[],
         http=("POST", "https://api.100ms.live/v2/rooms", "bearer")),
    Spec("opentok", "vonage", "opentok_api_secret", _g_opentok,
         obv=[["opentok", "api", "secret"], ["vonage", "video", "api", "secret"], ["tokbox", "secret"], ["api", "secret"]],
         neu=[["ot", "key2"], ["video", "pass"], ["session", "signer"]],
         env="OPENTOK_API_SECRET", ids=[("ID", ["opentok", "api", "key"])],
         pos={"py": "opentok = Client({ID}, {S})",
              "ts": "const opentok = new OpenTok({ID}, {S});",
              "go": "ot := opentok.New({ID}, {S})"}),
    Spec("twilio", "twilio", "api_key_secret", _g_twilio,
         obv=[["twilio", "api", "secret"], ["twilio", "api", "key", "secret"], ["api", "key", "secret"]],
         neu=[["video", "signing"], ["tw", "pass"], ["room", "token", "seed"]],
         env="TWILIO_API_SECRET", ids=[("ID2", ["twilio", "account", "sid"]), ("ID", ["twilio", "api", "key"])],
         pos={"ts": "const token = new AccessToken({ID2}, {ID}, {S}, { identity });",
              "py": "token = AccessToken({ID2}, {ID}, {S}, identity=identity)",
              "go": "params := jwt.AccessTokenParams{AccountSid: {ID2}, SigningKeySid: {ID}, Secret: {S}, Identity: identity}"},
         http=("GET", "https://video.twilio.com/v1/Rooms?Status=in-progress", "basic")),
    Spec("jaas", "jitsi", "jaas_private_key", _g_jaas,
         obv=[["jaas", "private", "key"], ["jitsi", "private", "key"], ["private", "key"]],
         neu=[["signing", "pem"], ["key", "material"], ["jwt", "key"]],
         env="JAAS_PRIVATE_KEY", multi=True, ids=[("ID", ["jaas", "app", "id"]), ("KID", ["jaas", "kid"])],
         pos={"ts": "const token = jwt.sign(claims, {S}, { algorithm: 'RS256', header: { kid: {KID}, typ: 'JWT' } });",
              "py": "token = jwt.encode(claims, {S}, algorithm=\"RS256\", headers={\"kid\": {KID}})"}),
    Spec("millicast_pub", "dolby", "millicast_publish_token", _g_millicast_pub,
         obv=[["millicast", "publish", "token"], ["publish", "token"], ["dolby", "publish", "token"], ["publishing", "token"]],
         neu=[["broadcast", "auth"], ["ingest", "key"], ["stage", "value"]],
         env="MILLICAST_PUBLISH_TOKEN", ids=[("ID", ["millicast", "account", "id"]), ("ID2", ["stream", "name"])],
         pos={"ts": "const tokenGenerator = () => Director.getPublisher({S}, {ID2});",
              "py": "director = publish_director({S}, stream_name={ID2})"},
         http=("POST", "https://director.millicast.com/api/director/publish", "bearer")),
    Spec("millicast_api", "dolby", "millicast_api_secret", _g_millicast_api,
         obv=[["millicast", "api", "secret"], ["dolby", "api", "secret"], ["rts", "api", "secret"]],
         neu=[["rts", "admin"], ["token", "mgmt", "key"]],
         env="MILLICAST_API_SECRET", ids=[("ID", ["millicast", "account", "id"])],
         http=("GET", "https://api.millicast.com/api/publish_token/list?page=1&itemsOnPage=50", "bearer")),
    Spec("mux_signing", "mux", "signing_private_key", _g_mux_signing,
         obv=[["mux", "private", "key"], ["mux", "signing", "private", "key"], ["signing", "key", "private"]],
         neu=[["playback", "key", "b64"], ["mux", "blob"], ["jwt", "material"]],
         env="MUX_PRIVATE_KEY", ids=[("ID", ["mux", "signing", "key"])],
         pos={"py": "token = jwt.encode(claims, base64.b64decode({S}), algorithm=\"RS256\", headers={\"kid\": {ID}})",
              "ts": "const privateKey = Buffer.from({S}, 'base64').toString('ascii');",
              "go": "keyBytes, _ := base64.StdEncoding.DecodeString({S})"}),
    Spec("mux_token", "mux", "access_token_secret", _g_mux_token,
         obv=[["mux", "token", "secret"], ["token", "secret"], ["mux", "secret"]],
         neu=[["mux", "pass"], ["video", "api", "value"]],
         env="MUX_TOKEN_SECRET", ids=[("ID", ["mux", "token", "id"])],
         pos={"py": "r = requests.get(\"https://api.mux.com/video/v1/assets\", auth=({ID}, {S}), timeout=15)",
              "go": "cfg := muxgo.NewConfiguration(muxgo.WithBasicAuth({ID}, {S}))",
              "ts": "const auth = 'Basic ' + btoa([{ID}, {S}].join(':'));"},
         http=("GET", "https://api.mux.com/video/v1/assets?limit=25", "basic")),
    Spec("stream", "getstream", "api_secret", _g_stream,
         obv=[["stream", "api", "secret"], ["stream", "secret"], ["getstream", "secret"], ["api", "secret"]],
         neu=[["chat", "server", "key"], ["feeds", "value"], ["stream", "k"]],
         env="STREAM_API_SECRET", ids=[("ID", ["stream", "api", "key"])],
         pos={"ts": "const serverClient = StreamChat.getInstance({ID}, {S});",
              "py": "client = StreamChat({ID}, {S})",
              "go": "client, err := stream.NewClient({ID}, {S})"}),
    Spec("sendbird", "sendbird", "api_token", _g_sendbird,
         obv=[["sendbird", "api", "token"], ["sendbird", "master", "token"], ["api", "token"]],
         neu=[["sb", "auth"], ["chat", "admin", "key"]],
         env="SENDBIRD_API_TOKEN", ids=[("ID", ["sendbird", "app", "id"])],
         pos={"py": "resp = api_instance.list_users({S}, limit=50)",
              "ts": "const data = await userApi.createUser({S}, opts);"},
         http=("GET", "https://api-{ID}.sendbird.com/v3/users?limit=20", "hdr:Api-Token")),
    Spec("coturn", "coturn", "static_auth_secret", _g_coturn,
         obv=[["turn", "static", "auth", "secret"], ["turn", "secret"], ["coturn", "secret"], ["static", "auth", "secret"]],
         neu=[["relay", "hmac"], ["ice", "key"], ["turn", "seed"]],
         env="TURN_STATIC_AUTH_SECRET", ids=[("ID", ["turn", "realm"])],
         pos={"py": "credential = base64.b64encode(hmac.new({S}.encode(), username.encode(), hashlib.sha1).digest()).decode()",
              "ts": "const credential = crypto.createHmac('sha1', {S}).update(username).digest('base64');",
              "go": "mac := hmac.New(sha1.New, []byte({S}))"}),
    Spec("janus", "janus", "admin_secret", _g_janus,
         obv=[["janus", "admin", "secret"], ["admin", "secret"], ["janus", "api", "secret"]],
         neu=[["gateway", "pass"], ["janus", "key"]],
         env="JANUS_ADMIN_SECRET", ids=[],
         http=("POST", "http://janus.internal:7088/admin", "json:admin_secret")),
    Spec("wowza", "wowza", "rest_api_password", _g_wowza,
         obv=[["wowza", "rest", "password"], ["wse", "password"], ["wowza", "api", "password"]],
         neu=[["engine", "pass"], ["wse", "cred"]],
         env="WSE_REST_PASSWORD", ids=[("ID", ["wowza", "user"])],
         pos={"py": "r = requests.get(url, auth=HTTPDigestAuth({ID}, {S}), headers=HDRS)",
              "ts": "const client = new DigestClient({ID}, {S});"},
         http=("GET", "http://wowza.internal:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications", "digest")),
    Spec("antmedia", "antmedia", "jwt_secret_key", _g_ant,
         obv=[["ant", "media", "jwt", "secret"], ["jwt", "secret", "key"], ["ams", "jwt", "secret"]],
         neu=[["ams", "sign"], ["rest", "hmac"]],
         env="AMS_JWT_SECRET", ids=[],
         pos={"ts": "const restJwt = jwt.sign({ exp: Math.floor(Date.now() / 1000) + 60 }, {S});",
              "py": "rest_jwt = jwt.encode({\"exp\": int(time.time()) + 60}, {S}, algorithm=\"HS256\")",
              "go": "signed, err := tok.SignedString([]byte({S}))"}),
    Spec("sip", "sip", "sip_password", _g_sip,
         obv=[["sip", "password"], ["password"], ["sip", "secret"], ["auth", "password"]],
         neu=[["pw"], ["ext", "cred"], ["line", "key"]],
         env="SIP_PASSWORD", ids=[("ID", ["sip", "user"])],
         pos={"py": "cred = pj.AuthCredInfo(\"digest\", \"*\", {ID}, 0, {S})",
              "ts": "ua.registerWithCredentials({ID}, {S});"}),
]
SPEC_BY_KEY = dict((s.key, s) for s in SPECS)


# --------------------------------------------------------------------------------------------
# Names, values and rendering helpers
# --------------------------------------------------------------------------------------------
def fmt(tokens, style):
    t = [x.lower() for x in tokens]
    if style == "snake":
        return "_".join(t)
    if style == "scream":
        return "_".join(t).upper()
    if style == "kebab":
        return "-".join(t)
    if style == "dot":
        return ".".join(t)
    if style == "pascal":
        return "".join(x.capitalize() for x in t)
    return t[0] + "".join(x.capitalize() for x in t[1:])  # camel


SECRET_REF_CODE = {
    "ts": 'await getSecret("{path}")',
    "js": 'await getSecret("{path}")',
    "py": 'secrets_client.get_secret_value(SecretId="{path}")["SecretString"]',
    "go": 'mustSecret(ctx, "{path}")',
}
ENV_CODE = {
    "ts": ["process.env.{V}!", "process.env.{V} ?? ''", "process.env.{V} as string", "env.{V}"],
    "js": ["process.env.{V}", "process.env.{V} || ''"],
    "py": ['os.environ["{V}"]', 'os.getenv("{V}", "")', 'os.environ.get("{V}")'],
    "go": ['os.Getenv("{V}")'],
    "swift": ['ProcessInfo.processInfo.environment["{V}"] ?? ""', 'Bundle.main.object(forInfoDictionaryKey: "{V}") as? String ?? ""'],
    "kt": ["BuildConfig.{V}", 'System.getenv("{V}") ?: ""'],
    "java": ['System.getenv("{V}")'],
    "dart": ["const String.fromEnvironment('{V}')", "dotenv.env['{V}'] ?? ''"],
    "cs": ['Environment.GetEnvironmentVariable("{V}")'],
    "php": ["env('{V}')"],
    "rb": ['ENV.fetch("{V}")', 'ENV["{V}"]'],
}


class Val(object):
    """The value that goes into the secret slot: the real secret (positive) or a filler (negative)."""

    def __init__(self, r, spec, data, positive, category=None):
        self.r, self.sp, self.d, self.positive = r, spec, data, positive
        self.cat = category
        self._cache = {}
        if not positive:
            self._fill = self._make_filler()

    # ---- negatives -----------------------------------------------------------------------
    def _make_filler(self):
        r, sp = self.r, self.sp
        env = sp.env
        low = env.lower().replace("_", "-")
        ph = {
            "placeholder": r.choice(["YOUR_" + env, "<your-" + low + ">", "<" + env + ">",
                                     "REPLACE_ME", "your_" + env.lower() + "_here", "TODO-set-me",
                                     "<insert " + sp.provider + " secret>", "__" + env + "__", "%" + env + "%",
                                     "x" * 32, "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
            "masked": r.choice(["********", "••••••••••••", "[REDACTED]", "<redacted>", "****" + rs(r, HEX, 4),
                                rs(r, HEX, 4) + "…" + "(hidden)", "***REMOVED***", "[FILTERED]", "<hidden>"]),
            "empty": "",
            "zeros": r.choice(["0" * 32, "0" * 64, "00000000-0000-0000-0000-000000000000", "abcdef0123456789abcdef0123456789",
                               "1234567890abcdef1234567890abcdef"]),
        }
        samples = {"janus": ["janusoverlord"], "coturn": ["north"]}
        if self.cat == "sample":
            if sp.key in samples:
                return samples[sp.key][r.randrange(len(samples[sp.key]))]
            self.cat = "placeholder"
        if self.cat in ph:
            return ph[self.cat]
        return None  # env / ref are rendered per context

    def _ref_path(self):
        if "ref" not in self._cache:
            r, sp = self.r, self.sp
            slug = sp.provider + "-" + sp.kind.replace("_", "-")
            self._cache["ref"] = r.choice([
                "prod/" + sp.provider + "/" + sp.kind.replace("_", "-"),
                "projects/" + r.choice(["acme-rtc", "meetly-prod", "classroomx"]) + "/secrets/" + slug + "/versions/latest",
                "rtc/" + slug])
        return self._cache["ref"]

    def _cfg_ref(self, fmtname):
        r, sp = self.r, self.sp
        if "cfgref" not in self._cache:
            opts = ["vault:secret/data/rtc/" + sp.provider + "#" + sp.kind,
                    "arn:aws:secretsmanager:" + r.choice(["us-east-1", "eu-west-1", "ap-south-1"]) + ":" + rs(r, DIG, 12)
                    + ":secret:" + self._ref_path().replace("projects/", "").split("/versions")[0].replace("/", "-") + "-" + rs(r, B62, 6),
                    "op://Engineering/" + sp.provider.capitalize() + "/" + sp.kind.replace("_", " "),
                    "sm://" + self._ref_path(),
                    "ref+vault://secret/rtc/" + sp.provider + "#/" + sp.kind]
            if fmtname == "ci":
                opts = ["${{ secrets." + sp.env + " }}"]
            self._cache["cfgref"] = r.choice(opts)
        return self._cache["cfgref"]

    # ---- rendering -----------------------------------------------------------------------
    def text(self):
        """Raw text of a literal value (positive secret or literal filler)."""
        return self.d["S"] if self.positive else self._fill

    def is_literal(self):
        return self.positive or self.cat not in ("env", "ref")

    def code(self, lang, q='"'):
        if self.is_literal():
            return qlit(self.r, lang, self.text(), q, self._cache)
        if self.cat == "ref" and lang in SECRET_REF_CODE:
            return SECRET_REF_CODE[lang].format(path=self._ref_path())
        key = "envcode" + lang
        if key not in self._cache:
            self._cache[key] = self.r.choice(ENV_CODE.get(lang, ["{V}"])).format(V=self.sp.env)
        return self._cache[key]

    def cfg(self, fmtname="yaml"):
        """Bare config value (caller adds quotes if it wants); multi-line stays multi-line."""
        if self.is_literal():
            return self.text()
        if self.cat == "ref":
            return self._cfg_ref(fmtname)
        if fmtname == "ci":
            return "${{ secrets." + self.sp.env + " }}"
        if fmtname == "sh":
            return "${" + self.sp.env + "}" if self.r.random() < 0.5 else "$" + self.sp.env
        if fmtname == "helm":
            return "{{ .Values." + fmt(self.sp.obv[0], "camel") + " }}"
        return "${" + self.sp.env + "}"


def esc_nl(s):
    return s.replace("\n", "\\n")


def qlit(r, lang, s, q, cache):
    """Render string literal s in language lang.  Multi-line strings get a language-typical form."""
    if "\n" in s:
        k = "ml" + lang
        if k not in cache:
            cache[k] = r.random() < 0.6
        multi = cache[k]
        if lang in ("ts", "js") and multi:
            return "`" + s + "`"
        if lang == "py" and multi:
            return '"""' + s + '\n"""'
        if lang == "go":
            return "`" + s + "`"
        if lang == "cs" and multi:
            return '@"' + s + '"'
        if lang == "dart" and multi:
            return "'''" + s + "'''"
        if lang == "kt" and multi:
            return '"""' + s + '""".trimIndent()'
        if lang == "swift" and multi:
            return '"""\n' + s + '\n"""'
        return '"' + esc_nl(s) + '"'
    if lang in ("go", "cs", "java", "kt", "swift") or q == '"':
        return '"' + s + '"'
    return q + s + q


def yaml_scalar(r, s, indent, style=None):
    """YAML value for `key: <here>`; indent = indentation of the key line."""
    if "\n" in s:
        pad = " " * (indent + 2)
        return "|\n" + "\n".join(pad + ln for ln in s.split("\n"))
    if s == "":
        return r.choice(['""', "''", ""])
    style = style or r.choice(["plain", "dq", "sq", "plain"])
    if style == "dq" or s[0] in "*&!%@{[`|>'\"#?:-," or ": " in s or " #" in s or s in ("yes", "no", "true", "false"):
        return '"' + s + '"'
    if style == "sq":
        return "'" + s + "'"
    return s


def json_str(s):
    return json.dumps(s)


def dotenv_val(r, s):
    if "\n" in s:
        return '"' + esc_nl(s) + '"'
    if s == "":
        return r.choice(['', '""'])
    c = r.random()
    if c < 0.6:
        return s
    if c < 0.85:
        return '"' + s + '"'
    return "'" + s + "'"


def sh_single(s):
    return "'" + s + "'"


# Harmless settings used as padding ------------------------------------------------------------
def noise_env(r, n):
    pool = [
        ("PORT", lambda: str(r.choice([3000, 8080, 8000, 5000, 4000, 9090]))),
        ("LOG_LEVEL", lambda: r.choice(["info", "debug", "warn"])),
        ("NODE_ENV", lambda: r.choice(["production", "development", "staging"])),
        ("APP_ENV", lambda: r.choice(["prod", "staging", "dev"])),
        ("TOKEN_TTL_SECONDS", lambda: str(r.choice([600, 3600, 7200, 86400]))),
        ("MAX_PARTICIPANTS", lambda: str(r.choice([4, 8, 16, 50, 100]))),
        ("REDIS_URL", lambda: "redis://" + r.choice(["cache", "redis", "localhost"]) + ":6379/" + str(r.randrange(4))),
        ("PUBLIC_BASE_URL", lambda: "https://" + r.choice(["meet", "app", "live", "video"]) + "." + r.choice(["acme.io", "meetly.app", "classroomx.com"])),
        ("CORS_ORIGINS", lambda: "https://app.acme.io,https://staging.acme.io"),
        ("RECORDING_BUCKET", lambda: "s3://" + r.choice(["acme", "meetly", "cx"]) + "-recordings-" + r.choice(["prod", "eu", "dev"])),
        ("REGION", lambda: r.choice(["us-east-1", "eu-west-1", "ap-southeast-1"])),
        ("FEATURE_SCREEN_SHARE", lambda: r.choice(["true", "false"])),
        ("METRICS_PORT", lambda: str(r.choice([9100, 9464, 9091]))),
        ("DEFAULT_ROOM_PREFIX", lambda: r.choice(["standup", "room", "class", "clinic"])),
        ("WEBHOOK_URL", lambda: "https://hooks." + r.choice(["acme.io", "meetly.app"]) + "/rtc/events"),
        ("TZ", lambda: r.choice(["UTC", "Europe/Berlin", "America/New_York"])),
    ]
    idx = list(range(len(pool)))
    r.shuffle(idx)
    return [(pool[i][0], pool[i][1]()) for i in idx[:n]]


def header_comment(r, prefix, sp):
    return prefix + " " + r.choice([
        "%s configuration" % sp.provider.capitalize(),
        "settings for the %s integration" % sp.provider,
        "do not reorder: loaded by deploy script",
        "rtc service settings (see docs/rtc.md)",
        "generated by scripts/bootstrap.sh, edited by hand",
        "media backend config",
        "TODO: move to the secret store before GA",
        "local dev defaults",
    ])


# --------------------------------------------------------------------------------------------
# Template context
# --------------------------------------------------------------------------------------------
APPS = ["meetly", "huddle", "classroomx", "telecare", "standupz", "livecast", "podroom", "courtside",
        "brightdesk", "voicebox", "watchparty", "fieldcall"]

TS_IMPORTS = {
    "agora": "import { RtcTokenBuilder, RtcRole } from 'agora-token';",
    "zoom": "import axios from 'axios';",
    "webex": "import Webex from 'webex';",
    "daily": "import fetch from 'node-fetch';",
    "livekit": "import { AccessToken } from 'livekit-server-sdk';",
    "100ms": "import jwt from 'jsonwebtoken';\nimport { v4 as uuid4 } from 'uuid';",
    "vonage": "import OpenTok from 'opentok';",
    "twilio": "import twilio from 'twilio';\nconst { AccessToken } = twilio.jwt;\nconst { VideoGrant } = AccessToken;",
    "jitsi": "import jwt from 'jsonwebtoken';",
    "dolby": "import { Director, Publish } from '@millicast/sdk';",
    "mux": "import Mux from '@mux/mux-node';",
    "getstream": "import { StreamChat } from 'stream-chat';",
    "sendbird": "import SendbirdPlatformSdk from 'sendbird-platform-sdk';",
    "coturn": "import crypto from 'node:crypto';",
    "janus": "import axios from 'axios';",
    "wowza": "import DigestClient from 'digest-fetch';",
    "antmedia": "import jwt from 'jsonwebtoken';",
    "sip": "import { UserAgent, Registerer } from 'sip.js';",
}
PY_IMPORTS = {
    "agora": "from agora_token_builder import RtcTokenBuilder",
    "zoom": "import requests",
    "webex": "from webexteamssdk import WebexTeamsAPI",
    "daily": "import httpx",
    "livekit": "from livekit import api",
    "100ms": "import jwt\nimport uuid",
    "vonage": "from opentok import Client",
    "twilio": "from twilio.jwt.access_token import AccessToken\nfrom twilio.jwt.access_token.grants import VideoGrant",
    "jitsi": "import jwt",
    "dolby": "import requests",
    "mux": "import base64\nimport jwt",
    "getstream": "from stream_chat import StreamChat",
    "sendbird": "import sendbird_platform_sdk",
    "coturn": "import base64\nimport hashlib\nimport hmac",
    "janus": "import requests",
    "wowza": "import requests\nfrom requests.auth import HTTPDigestAuth",
    "antmedia": "import jwt",
    "sip": "import pjsua2 as pj",
}


class Ctx(object):
    def __init__(self, r, sp, d, val, obvious, positive):
        self.r, self.sp, self.d, self.v, self.obvious, self.positive = r, sp, d, val, obvious, positive
        self.stoks = r.choice(sp.obv if obvious else sp.neu)
        self.app = r.choice(APPS)

    def sn(self, style):
        return fmt(self.stoks, style)

    def ids(self):
        return [(f, toks, self.d[f]) for f, toks in self.sp.ids if f in self.d]

    def subst(self, line, lang, q='"'):
        """Fill {ID}/{ID2}/{KID} with quoted literals and {S} with the value expression."""
        for f in ("ID2", "KID", "ID"):
            if "{" + f + "}" in line and f in self.d:
                lit = self.d[f]
                line = line.replace("{" + f + "}", (q + lit + q) if lang != "raw" else lit)
        return line.replace("{S}", self.v.code(lang, q) if lang != "raw" else self.v.cfg("sh"))

    def url(self):
        u = self.sp.http[1]
        for f in ("ID2", "ID"):
            u = u.replace("{" + f + "}", self.d.get(f, ""))
        return u


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------------------------------------
# Generic templates (work for every kind)
# --------------------------------------------------------------------------------------------
def t_dotenv(c):
    r = c.r
    path = pick(r, [".env", ".env.production", ".env.local", "backend/.env", "deploy/.env.staging",
                    "services/token-server/.env", "apps/api/.env"])
    if not c.positive and r.random() < 0.3:
        path = pick(r, [".env.example", ".env.sample", "backend/.env.template"])
    lines = []
    if r.random() < 0.7:
        lines.append(header_comment(r, "#", c.sp))
    for k, v in noise_env(r, r.randint(2, 6)):
        lines.append("%s=%s" % (k, v))
    lines.append("")
    lines.append("# " + c.sp.provider.capitalize())
    for f, toks, val in c.ids():
        lines.append("%s=%s" % (fmt(toks, "scream"), val))
    lines.append("%s=%s" % (c.sn("scream"), dotenv_val(r, c.v.cfg("dotenv"))))
    for k, v in noise_env(r, r.randint(1, 4)):
        lines.append("%s=%s" % (k, v))
    return path, "dotenv", "\n".join(lines) + "\n"


def t_yaml_config(c):
    r = c.r
    style = pick(r, ["snake", "camel", "kebab"])
    path = pick(r, ["config/rtc.yaml", "config/settings.yaml", "config/production.yml", "deploy/config/video.yaml",
                    "src/main/resources/application.yml", "conf/app.yaml"])
    lines = []
    if r.random() < 0.6:
        lines.append(header_comment(r, "#", c.sp))
    lines += ["server:", "  port: %d" % r.choice([8080, 3000, 9000]), "  %s: %s" % (fmt(["public", "url"], style), "https://" + c.app + ".example.com"), ""]
    sect = c.sp.section
    lines.append("%s:" % sect)
    for f, toks, val in c.ids():
        lines.append("  %s: %s" % (fmt(toks[1:] if len(toks) > 2 else toks, style), yaml_scalar(r, val, 2)))
    lines.append("  %s: %s" % (c.sn(style), yaml_scalar(r, c.v.cfg("yaml"), 2)))
    lines.append("  %s: %d" % (fmt(["token", "ttl"], style), r.choice([600, 3600, 86400])))
    if r.random() < 0.5:
        lines.append("  %s: %s" % (fmt(["region"], style), pick(r, ["us-east", "eu", "ap-south", "global"])))
    lines += ["", "logging:", "  level: " + pick(r, ["info", "debug", "warn"]), "  format: " + pick(r, ["json", "text"])]
    return path, "yaml", "\n".join(lines) + "\n"


def t_json_config(c):
    r = c.r
    pascal = r.random() < 0.3
    style = "pascal" if pascal else pick(r, ["camel", "snake"])
    path = "appsettings.json" if pascal else pick(r, ["config/default.json", "config/production.json", "src/config.json",
                                                      "functions/.runtimeconfig.json", "settings/rtc.json"])
    sect = {}
    for f, toks, val in c.ids():
        sect[fmt(toks[1:] if len(toks) > 2 else toks, style)] = val
    sect[c.sn(style)] = c.v.cfg("json")
    sect[fmt(["token", "expiry", "seconds"], style)] = r.choice([600, 3600, 7200])
    doc = {}
    if pascal:
        doc["Logging"] = {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}
        doc["AllowedHosts"] = "*"
    else:
        doc[fmt(["server"], style)] = {fmt(["port"], style): r.choice([3000, 8080]), fmt(["cors", "origin"], style): "https://" + c.app + ".example.com"}
    doc[fmt([c.sp.section], style)] = sect
    doc[fmt(["features"], style)] = {fmt(["recording"], style): r.random() < 0.5, fmt(["max", "participants"], style): r.choice([8, 16, 50])}
    return path, "json", json.dumps(doc, indent=pick(r, [2, 4])) + "\n"


def t_ts_server(c):
    r = c.r
    scream = r.random() < 0.5
    style = "scream" if scream else "camel"
    q = pick(r, ["'", '"'])
    path = pick(r, ["src/routes/token.ts", "server/index.ts", "api/token.ts", "src/rtc/credentials.ts", "apps/api/src/video.ts"])
    if r.random() < 0.3:
        return t_js_server(c, style, q)
    lines = [TS_IMPORTS.get(c.sp.provider, "import express from 'express';")]
    if "express" not in lines[0]:
        lines.append("import express from 'express';")
    lines.append("")
    for f, toks, val in c.ids():
        lines.append("const %s = %s%s%s;" % (fmt(toks, style), q, val, q))
    lines.append("const %s = %s;" % (c.sn(style), c.v.code("ts", q)))
    lines += ["", "const router = express.Router();", "",
              "router.post('/%s', async (req, res) => {" % pick(r, ["token", "join", "session", "credentials"]),
              "  const { room, identity } = req.body ?? {};",
              "  if (!room || !identity) {",
              "    return res.status(400).json({ error: 'room and identity are required' });",
              "  }",
              "  const token = await mintToken(%s, room, identity);" % c.sn(style),
              "  res.json({ token, room, expiresIn: %d });" % r.choice([600, 3600]),
              "});", "", "export default router;"]
    return path, "typescript", "\n".join(lines) + "\n"


def t_js_server(c, style, q):
    r = c.r
    path = pick(r, ["server.js", "functions/index.js", "src/server.js", "routes/rtc.js"])
    lines = ["'use strict';", "", "const express = require('express');", "const app = express();", "app.use(express.json());", ""]
    for f, toks, val in c.ids():
        lines.append("const %s = %s%s%s;" % (fmt(toks, style), q, val, q))
    lines.append("const %s = %s;" % (c.sn(style), c.v.code("js", q)))
    lines += ["", "app.get('/healthz', (req, res) => res.send('ok'));", "",
              "app.post('/api/%s', async (req, res, next) => {" % pick(r, ["token", "session", "join"]),
              "  try {", "    const result = await provider.createSession({ secret: %s, room: req.body.room });" % c.sn(style),
              "    res.json(result);", "  } catch (err) {", "    next(err);", "  }", "});", "",
              "app.listen(process.env.PORT || %d, () => console.log('listening'));" % r.choice([3000, 8080])]
    return path, "javascript", "\n".join(lines) + "\n"


def t_py_backend(c):
    r = c.r
    scream = r.random() < 0.6
    style = "scream" if scream else "snake"
    q = pick(r, ["'", '"'])
    kind = r.randrange(3)
    if kind == 0:
        path = pick(r, ["config/settings.py", "app/settings.py", "backend/settings/production.py"])
        lines = ['"""Django settings for %s."""' % c.app, "import os", "", "DEBUG = False",
                 "ALLOWED_HOSTS = [%s%s.example.com%s]" % (q, c.app, q), "TIME_ZONE = %sUTC%s" % (q, q), ""]
        lines.append("# --- %s ---" % c.sp.provider)
        for f, toks, val in c.ids():
            lines.append("%s = %s%s%s" % (fmt(toks, "scream"), q, val, q))
        lines.append("%s = %s" % (c.sn("scream"), c.v.code("py", q)))
        lines += ["", "CELERY_BROKER_URL = os.environ.get(%sREDIS_URL%s, %sredis://localhost:6379/1%s)" % (q, q, q, q)]
        return path, "python", "\n".join(lines) + "\n"
    path = pick(r, ["app/token_service.py", "backend/rtc/views.py", "services/video/tokens.py", "api/main.py"])
    lines = [PY_IMPORTS.get(c.sp.provider, "import requests"), "import os", "", "from fastapi import FastAPI, HTTPException" if kind == 1 else "from flask import Flask, jsonify, request", ""]
    for f, toks, val in c.ids():
        lines.append("%s = %s%s%s" % (fmt(toks, style), q, val, q))
    lines.append("%s = %s" % (c.sn(style), c.v.code("py", q)))
    lines.append("")
    if kind == 1:
        lines += ["app = FastAPI(title=%s%s-rtc%s)" % (q, c.app, q), "", "",
                  "@app.post(%s/token%s)" % (q, q), "def issue_token(room: str, identity: str):",
                  "    if not room:", "        raise HTTPException(status_code=400, detail=%sroom required%s)" % (q, q),
                  "    return {%stoken%s: build_token(%s, room, identity)}" % (q, q, c.sn(style))]
    else:
        lines += ["app = Flask(__name__)", "", "", "@app.route(%s/api/token%s, methods=[%sPOST%s])" % (q, q, q, q),
                  "def token():", "    body = request.get_json(force=True)",
                  "    return jsonify(token=build_token(%s, body[%sroom%s], body[%suser%s]))" % (c.sn(style), q, q, q, q)]
    return path, "python", "\n".join(lines) + "\n"


def t_go(c):
    r = c.r
    exported = r.random() < 0.4
    path = pick(r, ["internal/rtc/token.go", "cmd/tokensrv/main.go", "pkg/video/config.go", "internal/config/media.go"])
    pkg = path.split("/")[-2] if "cmd" not in path else "main"
    expr = c.v.code("go")
    imports = ['\t"net/http"', '\t"time"']
    if "os." in expr:
        imports.insert(1, '\t"os"')
    lines = ["package %s" % pkg, "", "import ("] + imports + [")", ""]
    if c.v.is_literal():
        lines.append("const (")
    else:
        lines += ["var ("]
    for f, toks, val in c.ids():
        lines.append('\t%s = "%s"' % (fmt(toks, "pascal" if exported else "camel"), val))
    lines.append("\t%s = %s" % (c.sn("pascal" if exported else "camel"), expr))
    lines.append("\ttokenTTL = %d * time.Minute" % r.choice([10, 30, 60]))
    lines += [")", "", "func tokenHandler(w http.ResponseWriter, req *http.Request) {",
              '\troom := req.URL.Query().Get("room")',
              "\tif room == \"\" {", '\t\thttp.Error(w, "missing room", http.StatusBadRequest)', "\t\treturn", "\t}",
              "\ttok, err := issue(%s, room, tokenTTL)" % c.sn("pascal" if exported else "camel"),
              "\tif err != nil {", "\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)", "\t\treturn", "\t}",
              '\tw.Header().Set("Content-Type", "application/json")', '\t_, _ = w.Write([]byte(`{"token":"` + tok + `"}`))', "}"]
    return path, "go", "\n".join(lines) + "\n"


def t_swift(c):
    r = c.r
    path = pick(r, ["App/Config/Secrets.swift", "Sources/%s/AppConstants.swift" % c.app.capitalize(), "%s/Support/RTCConfig.swift" % c.app.capitalize()])
    lines = ["//", "//  %s" % path.split("/")[-1], "//  %s" % c.app.capitalize(), "//", "", "import Foundation", ""]
    if r.random() < 0.5:
        lines.append("enum %sConfig {" % c.sp.provider.capitalize().replace("100ms", "HMS"))
        for f, toks, val in c.ids():
            lines.append('    static let %s = "%s"' % (fmt(toks, "camel"), val))
        lines.append("    static let %s = %s" % (c.sn("camel"), c.v.code("swift")))
        lines.append('    static let tokenEndpoint = URL(string: "https://api.%s.example.com/v1/token")!' % c.app)
        lines.append("}")
    else:
        lines.append("struct Credentials {")
        for f, toks, val in c.ids():
            lines.append('    let %s: String = "%s"' % (fmt(toks, "camel"), val))
        lines.append("    let %s: String = %s" % (c.sn("camel"), c.v.code("swift")))
        lines.append("    var defaultChannel: String = \"%s-lobby\"" % c.app)
        lines.append("}")
    lines += ["", "// Used by CallViewController when joining", "let kMaxRemoteTiles = %d" % r.choice([4, 9, 16])]
    return path, "swift", "\n".join(lines) + "\n"


def t_kotlin(c):
    r = c.r
    gradle = r.random() < 0.35
    if gradle:
        path = pick(r, ["app/build.gradle.kts", "android/app/build.gradle.kts"])
        lines = ["plugins {", '    id("com.android.application")', '    id("org.jetbrains.kotlin.android")', "}", "",
                 "android {", '    namespace = "com.%s.meet"' % c.app, "    compileSdk = 34", "", "    defaultConfig {",
                 '        applicationId = "com.%s.meet"' % c.app, "        minSdk = 24", "        targetSdk = 34",
                 "        versionCode = %d" % r.randint(10, 300), '        versionName = "%d.%d.%d"' % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))]
        for f, toks, val in c.ids():
            lines.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (fmt(toks, "scream"), val))
        lit = c.v.cfg("kt") if c.v.is_literal() else "${System.getenv(\"" + c.sp.env + "\")}"
        if "\n" in lit:
            lit = esc_nl(lit).replace("\\n", "\\\\n")
        lines.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (c.sn("scream"), lit))
        lines += ["    }", "", "    buildFeatures {", "        buildConfig = true", "    }", "}", "",
                  "dependencies {", '    implementation("androidx.core:core-ktx:1.12.0")', "}"]
        return path, "kotlin", "\n".join(lines) + "\n"
    path = pick(r, ["app/src/main/java/com/%s/meet/Constants.kt" % c.app, "app/src/main/kotlin/com/%s/rtc/RtcConfig.kt" % c.app])
    pkg = ".".join(path.split("/")[4:-1])
    lines = ["package %s" % pkg, "", "object %s {" % path.split("/")[-1][:-3]]
    for f, toks, val in c.ids():
        lines.append('    const val %s = "%s"' % (fmt(toks, "scream"), val))
    lines.append("    %s %s = %s" % ("const val" if c.v.is_literal() and "\n" not in c.v.text() else "val", c.sn("scream"), c.v.code("kt")))
    lines += ["    const val DEFAULT_CHANNEL = \"%s-general\"" % c.app, "    const val JOIN_TIMEOUT_MS = %dL" % r.choice([10000, 15000, 30000]), "}"]
    return path, "kotlin", "\n".join(lines) + "\n"


def t_dart(c):
    r = c.r
    path = pick(r, ["lib/config/env.dart", "lib/constants.dart", "lib/src/rtc/credentials.dart"])
    q = pick(r, ["'", '"'])
    lines = ["// ignore_for_file: constant_identifier_names", "", "class %sConfig {" % c.app.capitalize(), "  %sConfig._();" % c.app.capitalize(), ""]
    for f, toks, val in c.ids():
        lines.append("  static const String %s = %s%s%s;" % (fmt(toks, "camel"), q, val, q))
    expr = c.v.code("dart", q)
    lines.append("  static %s String %s = %s;" % ("const" if "dotenv" not in expr else "final", c.sn("camel"), expr))
    lines += ["  static const String tokenServer = %shttps://api.%s.example.com/rtc%s;" % (q, c.app, q),
              "  static const int videoWidth = %d;" % r.choice([640, 1280, 960]), "}"]
    return path, "dart", "\n".join(lines) + "\n"


def t_rn(c):
    r = c.r
    path = pick(r, ["src/config.ts", "App.tsx", "src/screens/CallScreen.tsx", "src/services/video.ts"])
    q = pick(r, ["'", '"'])
    lines = []
    if path.endswith("tsx"):
        lines += ["import React, { useEffect, useState } from 'react';", "import { View, Text, ActivityIndicator } from 'react-native';", ""]
    for f, toks, val in c.ids():
        lines.append("export const %s = %s%s%s;" % (fmt(toks, "scream"), q, val, q))
    lines.append("export const %s = %s;" % (c.sn(pick(r, ["scream", "camel"])), c.v.code("ts", q)))
    if path.endswith("tsx"):
        lines += ["", "export default function CallScreen() {", "  const [ready, setReady] = useState(false);",
                  "  useEffect(() => {", "    setReady(true);", "  }, []);",
                  "  if (!ready) return <ActivityIndicator />;",
                  "  return (", "    <View style={{ flex: 1 }}>", "      <Text>Joining room…</Text>", "    </View>", "  );", "}"]
    else:
        lines = ["// Runtime configuration for the mobile app", "import { Platform } from 'react-native';", ""] + lines
        lines += ["export const TOKEN_ENDPOINT = %shttps://api.%s.example.com/v1/token%s;" % (q, c.app, q), "export const DEFAULT_ROOM = %slobby%s;" % (q, q),
                  "export const VIDEO_PRESET = Platform.OS === 'ios' ? %sh720%s : %sh540%s;" % (q, q, q, q)]
    return path, "tsx" if path.endswith("tsx") else "typescript", "\n".join(lines) + "\n"


def t_unity(c):
    r = c.r
    path = pick(r, ["Assets/Scripts/VideoChatManager.cs", "Assets/Scripts/Network/RtcSettings.cs", "Assets/%s/Scripts/CallController.cs" % c.app.capitalize()])
    cls = path.split("/")[-1][:-3]
    lines = ["using System.Collections;", "using UnityEngine;", "", "public class %s : MonoBehaviour" % cls, "{"]
    for f, toks, val in c.ids():
        lines.append('    [SerializeField] private string %s = "%s";' % (fmt(toks, "camel"), val))
    lines.append("    [SerializeField] private string %s = %s;" % (c.sn("camel"), c.v.code("cs")))
    lines += ['    [SerializeField] private string channelName = "%s";' % pick(r, ["unity-demo", "lobby", "match-001"]), "",
              "    void Start()", "    {", "        StartCoroutine(Join());", "    }", "",
              "    IEnumerator Join()", "    {", '        Debug.Log("joining " + channelName);', "        yield return null;", "    }", "}"]
    return path, "csharp", "\n".join(lines) + "\n"


def t_java(c):
    r = c.r
    path = "src/main/java/com/%s/video/%s.java" % (c.app, pick(r, ["RtcProperties", "VideoConfig", "TokenService"]))
    cls = path.split("/")[-1][:-5]
    lines = ["package com.%s.video;" % c.app, "", "import org.springframework.stereotype.Component;", "", "@Component",
             "public class %s {" % cls, ""]
    for f, toks, val in c.ids():
        lines.append('    private static final String %s = "%s";' % (fmt(toks, "scream"), val))
    lines.append("    private static final String %s = %s;" % (c.sn("scream"), c.v.code("java")))
    lines += ["    private static final int EXPIRE_SECONDS = %d;" % r.choice([3600, 600]), "",
              "    public String sign(String channel, int uid) {",
              "        return Tokens.build(%s, channel, uid, EXPIRE_SECONDS);" % c.sn("scream"), "    }", "}"]
    return path, "java", "\n".join(lines) + "\n"


def t_php(c):
    r = c.r
    path = "config/services.php"
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
             "    '%s' => [" % c.sp.section]
    for f, toks, val in c.ids():
        lines.append("        '%s' => '%s'," % (fmt(toks[1:] if len(toks) > 2 else toks, "snake"), val))
    lines.append("        '%s' => %s," % (c.sn("snake"), c.v.code("php", "'")))
    lines += ["        'ttl' => %d," % r.choice([3600, 600]), "    ],", "", "];"]
    return path, "php", "\n".join(lines) + "\n"


def t_ruby(c):
    r = c.r
    path = "config/initializers/%s.rb" % c.sp.section
    lines = ["# frozen_string_literal: true", "", "Rails.application.config.%s = ActiveSupport::OrderedOptions.new.tap do |cfg|" % c.sp.section]
    for f, toks, val in c.ids():
        lines.append('  cfg.%s = "%s"' % (fmt(toks[1:] if len(toks) > 2 else toks, "snake"), val))
    lines.append("  cfg.%s = %s" % (c.sn("snake"), c.v.code("rb", pick(r, ["'", '"']))))
    lines += ["  cfg.token_ttl = %d.minutes" % r.choice([10, 30, 60]), "end"]
    return path, "ruby", "\n".join(lines) + "\n"


def t_shell_export(c):
    r = c.r
    path = pick(r, ["scripts/dev-env.sh", "scripts/setup-local.sh", "bin/run-token-server", "deploy/env.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", header_comment(r, "#", c.sp)]
    for k, v in noise_env(r, r.randint(1, 3)):
        lines.append('export %s="%s"' % (k, v))
    for f, toks, val in c.ids():
        lines.append('export %s="%s"' % (fmt(toks, "scream"), val))
    val = c.v.cfg("sh")
    if "\n" in val:
        lines.append("export %s=\"$(cat <<'EOF'\n%s\nEOF\n)\"" % (c.sn("scream"), val))
    elif c.v.is_literal():
        lines.append("export %s=%s" % (c.sn("scream"), sh_single(val) if r.random() < 0.6 else '"' + val + '"'))
    else:
        lines.append('export %s="%s"' % (c.sn("scream"), val))
    lines += ["", 'echo "starting token server on :${PORT:-8080}"', "exec node dist/server.js \"$@\""]
    return path, "shell", "\n".join(lines) + "\n"


def t_compose(c):
    r = c.r
    path = pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"])
    svc = pick(r, ["token-server", "api", "rtc-backend", "signaling"])
    lines = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (c.app, svc, pick(r, ["latest", "1.4.2", "main"])),
             "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % r.choice([8080, 3000, 9000])]
    val = c.v.cfg("yaml")
    if "\n" in val:
        val = esc_nl(val)
    if r.random() < 0.5:
        lines.append("    environment:")
        for k, v in noise_env(r, 2):
            lines.append("      - %s=%s" % (k, v))
        for f, toks, v in c.ids():
            lines.append("      - %s=%s" % (fmt(toks, "scream"), v))
        lines.append("      - %s=%s" % (c.sn("scream"), val))
    else:
        lines.append("    environment:")
        for k, v in noise_env(r, 2):
            lines.append("      %s: %s" % (k, yaml_scalar(r, v, 6, "dq")))
        for f, toks, v in c.ids():
            lines.append("      %s: %s" % (fmt(toks, "scream"), yaml_scalar(r, v, 6)))
        lines.append("      %s: %s" % (c.sn("scream"), yaml_scalar(r, val, 6, "dq") if "\\n" in val else yaml_scalar(r, val, 6)))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", "    restart: unless-stopped"]
    return path, "docker-compose", "\n".join(lines) + "\n"


def t_k8s_secret(c):
    r = c.r
    path = pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-secret.yaml" % c.sp.provider, "manifests/base/rtc-credentials.yaml"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (c.app, c.sp.provider),
             "  namespace: %s" % pick(r, ["video", "rtc", "default", "media"]), "  labels:",
             "    app.kubernetes.io/name: %s" % c.app, "type: Opaque", "stringData:"]
    for f, toks, v in c.ids():
        lines.append("  %s: %s" % (fmt(toks, pick(r, ["scream", "kebab"])), yaml_scalar(r, v, 2, "dq")))
    lines.append("  %s: %s" % (c.sn(pick(r, ["scream", "kebab", "snake"])), yaml_scalar(r, c.v.cfg("yaml"), 2)))
    return path, "kubernetes", "\n".join(lines) + "\n"


def t_helm(c):
    r = c.r
    path = pick(r, ["charts/%s/values.yaml" % c.app, "helm/values-prod.yaml", "deploy/helm/%s/values.yaml" % c.sp.provider])
    lines = ["replicaCount: %d" % r.choice([1, 2, 3]), "", "image:", "  repository: ghcr.io/%s/token-server" % c.app,
             "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)), "  pullPolicy: IfNotPresent", "",
             "service:", "  type: ClusterIP", "  port: 80", "", "%s:" % fmt([c.sp.section], "camel")]
    for f, toks, v in c.ids():
        lines.append("  %s: %s" % (fmt(toks[1:] if len(toks) > 2 else toks, "camel"), yaml_scalar(r, v, 2)))
    lines.append("  %s: %s" % (c.sn("camel"), yaml_scalar(r, c.v.cfg("helm"), 2)))
    lines += ["", "resources:", "  limits:", "    cpu: 500m", "    memory: 256Mi"]
    return path, "helm", "\n".join(lines) + "\n"


def t_workflow(c):
    r = c.r
    path = pick(r, [".github/workflows/deploy.yml", ".github/workflows/e2e.yml", ".github/workflows/smoke-test.yml"])
    val = c.v.cfg("ci")
    if "\n" in val:
        val = esc_nl(val)
    lines = ["name: %s" % pick(r, ["deploy", "e2e", "smoke"]), "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
             "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for f, toks, v in c.ids():
        lines.append("      %s: %s" % (fmt(toks, "scream"), v))
    lines.append("      %s: %s" % (c.sn("scream"), yaml_scalar(r, val, 6) if not val.startswith("${{") else val))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
              "          node-version: 20", "      - run: npm ci", "      - run: npm run %s" % pick(r, ["test:e2e", "deploy", "smoke"])]
    return path, "github-actions", "\n".join(lines) + "\n"


def t_properties(c):
    r = c.r
    path = pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties", "config/rtc.properties"])
    lines = ["# " + c.app + " service", "server.port=%d" % r.choice([8080, 8443]), "spring.application.name=%s-api" % c.app,
             "management.endpoints.web.exposure.include=health,info", ""]
    pre = "%s.%s" % (c.app, c.sp.section)
    for f, toks, v in c.ids():
        lines.append("%s.%s=%s" % (pre, fmt(toks[1:] if len(toks) > 2 else toks, "kebab"), v))
    val = c.v.cfg("props")
    lines.append("%s.%s=%s" % (pre, c.sn("kebab"), esc_nl(val)))
    lines += ["%s.token-ttl=%dm" % (pre, r.choice([10, 60])), "logging.level.root=INFO"]
    return path, "properties", "\n".join(lines) + "\n"


def t_toml(c):
    r = c.r
    path = pick(r, ["config/production.toml", "config.toml", "settings/rtc.toml"])
    lines = ["# " + c.app + " configuration", "", "[server]", 'bind = "0.0.0.0:%d"' % r.choice([8080, 7880]), "workers = %d" % r.choice([2, 4]), "",
             "[%s]" % c.sp.section]
    for f, toks, v in c.ids():
        lines.append('%s = "%s"' % (fmt(toks[1:] if len(toks) > 2 else toks, "snake"), v))
    val = c.v.cfg("toml")
    if "\n" in val:
        lines.append('%s = """\n%s\n"""' % (c.sn("snake"), val))
    else:
        lines.append('%s = "%s"' % (c.sn("snake"), val))
    lines += ["", "[log]", 'level = "%s"' % pick(r, ["info", "debug"])]
    return path, "toml", "\n".join(lines) + "\n"


def t_tfvars(c):
    r = c.r
    path = pick(r, ["terraform/prod.tfvars", "infra/terraform.tfvars", "envs/staging/terraform.tfvars"])
    lines = ['region      = "%s"' % pick(r, ["us-east-1", "eu-west-1"]), 'environment = "%s"' % pick(r, ["prod", "staging"]),
             'service     = "%s-rtc"' % c.app, ""]
    for f, toks, v in c.ids():
        lines.append('%s = "%s"' % (fmt(toks, "snake"), v))
    lines.append('%s = "%s"' % (c.sn("snake"), esc_nl(c.v.cfg("tf"))))
    lines += ["", "min_capacity = %d" % r.choice([1, 2]), "max_capacity = %d" % r.choice([4, 10])]
    return path, "terraform", "\n".join(lines) + "\n"


def t_ini(c):
    r = c.r
    path = pick(r, ["config.ini", "conf/rtc.ini", "settings.cfg"])
    lines = ["; %s settings" % c.app, "[server]", "host = 0.0.0.0", "port = %d" % r.choice([8080, 5000]), "", "[%s]" % c.sp.section]
    for f, toks, v in c.ids():
        lines.append("%s = %s" % (fmt(toks[1:] if len(toks) > 2 else toks, "snake"), v))
    lines.append("%s = %s" % (c.sn("snake"), esc_nl(c.v.cfg("ini"))))
    lines += ["", "[logging]", "level = INFO"]
    return path, "ini", "\n".join(lines) + "\n"


def t_dockerfile(c):
    r = c.r
    path = pick(r, ["Dockerfile", "docker/token-server.Dockerfile"])
    val = c.v.cfg("docker")
    lines = ["FROM node:20-alpine", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", "",
             "ENV NODE_ENV=production \\", "    PORT=8080"]
    for f, toks, v in c.ids():
        lines.append("ENV %s=%s" % (fmt(toks, "scream"), v))
    lines.append('ENV %s="%s"' % (c.sn("scream"), esc_nl(val)))
    lines += ["", "EXPOSE 8080", 'CMD ["node", "dist/server.js"]']
    return path, "dockerfile", "\n".join(lines) + "\n"


def t_markdown(c):
    r = c.r
    path = pick(r, ["docs/runbook.md", "notes/onboarding.md", "docs/%s-setup.md" % c.sp.provider, "README.dev.md"])
    val = c.v.cfg("md")
    lines = ["# %s integration" % c.sp.provider.capitalize(), "",
             "Notes for getting the %s token service running locally." % c.app, "",
             "## Credentials", ""]
    if r.random() < 0.5 and "\n" not in val:
        lines += ["| setting | value |", "|---|---|"]
        for f, toks, v in c.ids():
            lines.append("| `%s` | `%s` |" % (fmt(toks, "scream"), v))
        lines.append("| `%s` | `%s` |" % (c.sn("scream"), val))
    else:
        lines += ["Put these into `.env` (ask in #rtc-dev if unsure):", "", "```"]
        for f, toks, v in c.ids():
            lines.append("%s=%s" % (fmt(toks, "scream"), v))
        lines.append("%s=%s" % (c.sn("scream"), val if "\n" not in val else '"' + esc_nl(val) + '"'))
        lines.append("```")
    lines += ["", "## Running", "", "```bash", "npm install", "npm run dev", "```", "",
              "Tokens expire after %d minutes; the client refreshes them automatically." % r.choice([10, 60])]
    return path, "markdown", "\n".join(lines) + "\n"


GENERIC = [t_dotenv, t_yaml_config, t_json_config, t_ts_server, t_py_backend, t_go, t_swift, t_kotlin, t_dart, t_rn,
           t_unity, t_java, t_php, t_ruby, t_shell_export, t_compose, t_k8s_secret, t_helm, t_workflow, t_properties,
           t_toml, t_tfvars, t_ini, t_dockerfile, t_markdown]


# --------------------------------------------------------------------------------------------
# Positional-argument and HTTP templates (the secret has no telling name)
# --------------------------------------------------------------------------------------------
def t_pos_ts(c):
    r = c.r
    q = pick(r, ["'", '"'])
    path = pick(r, ["src/token.ts", "server/routes/rtc.ts", "api/join.ts", "src/lib/%s.ts" % c.sp.provider])
    lines = [TS_IMPORTS.get(c.sp.provider, ""), "import type { Request, Response } from 'express';", "",
             "export async function handler(req: Request, res: Response) {",
             "  const channelName = String(req.query.channel ?? '%s-lobby');" % c.app,
             "  const identity = String(req.query.user ?? 'guest');", "  const uid = Number(req.query.uid ?? 0);",
             "  const participantName = identity;", "  const username = `${Math.floor(Date.now() / 1000) + 3600}:${identity}`;",
             "  const expireAt = Math.floor(Date.now() / 1000) + %d;" % r.choice([600, 3600]),
             "  const payload = { room: channelName, user: identity };", "  const claims = payload;"]
    lines.append("  " + c.subst(c.sp.pos["ts"], "ts", q))
    lines += ["  res.json({ ok: true, channel: channelName });", "}"]
    return path, "typescript", "\n".join(lines) + "\n"


def t_pos_py(c):
    r = c.r
    q = pick(r, ["'", '"'])
    path = pick(r, ["app/rtc.py", "backend/video/token.py", "scripts/make_token.py", "services/%s_client.py" % c.sp.provider.replace("100ms", "hms")])
    call = c.subst(c.sp.pos["py"], "py", q)
    lines = ['"""Issue short-lived %s credentials for the web client."""' % c.sp.provider, PY_IMPORTS.get(c.sp.provider, "import requests"),
             "import time", ""]
    if "TOKEN_URL" in call:
        lines.append('TOKEN_URL = "https://zoom.us/oauth/token"')
    if "REDIRECT_URI" in call:
        lines.append('REDIRECT_URI = "https://%s.example.com/oauth/callback"' % c.app)
    if "HDRS" in call:
        lines.append('HDRS = {"Accept": "application/json"}')
    lines += ["EXPIRY = %d" % r.choice([600, 3600]), "", ""]
    lines.append("def make_token(channel_name, identity=%sguest%s, uid=0%s):" % (q, q, ", code=None" if "code" in call else ""))
    body = []
    if "expire" in call:
        body.append("expire = int(time.time()) + EXPIRY")
    if "username" in call:
        body.append('username = "%d:%s" % (int(time.time()) + EXPIRY, identity)')
    if "url" in call.split("(")[1:] and "url" in call:
        body.append('url = "http://wowza.internal:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications"')
    if "claims" in call or "payload" in call:
        var = "claims" if "claims" in call else "payload"
        body.append("%s = {%ssub%s: identity, %sroom%s: channel_name, %sexp%s: int(time.time()) + EXPIRY}" % (var, q, q, q, q, q, q))
    if "grants" in call:
        body.append("grants = api.VideoGrants(room_join=True, room=channel_name)")
    if "Role_Publisher" in call:
        lines.insert(2, "from agora_token_builder.RtcTokenBuilder import Role_Publisher")
    lines += ["    " + b for b in body]
    lines.append("    " + call)
    ret = "token" if "token =" in call else call.split("=")[0].strip() if "=" in call.split("(")[0] else "None"
    lines += ["    return %s" % ret, "", "", 'if __name__ == "__main__":', "    print(make_token(%s%s%s))" % (q, pick(r, ["demo", "lobby", "test-room"]), q)]
    return path, "python", "\n".join(lines) + "\n"


def t_pos_go(c):
    r = c.r
    path = pick(r, ["internal/rtc/issue.go", "cmd/mktoken/main.go", "pkg/%s/client.go" % c.sp.provider.replace("100ms", "hms")])
    pkg = "main" if "cmd/" in path else path.split("/")[-2]
    lines = ["package %s" % pkg, "", "import (", '\t"fmt"', '\t"time"', ")", "",
             "func issue(channelName string, uid uint32) error {",
             "\ttokenExpire := uint32(%d)" % r.choice([600, 3600]), "\tprivilegeExpire := tokenExpire",
             "\tredirectURL := \"https://%s.example.com/oauth/callback\"" % c.app, "\t_ = time.Now()"]
    lines.append("\t" + c.subst(c.sp.pos["go"], "go"))
    lines += ['\tfmt.Println("issued for", channelName, uid)', "\treturn nil", "}"]
    return path, "go", "\n".join(lines) + "\n"


def t_curl(c):
    r = c.r
    method, _, auth = c.sp.http
    url = c.url()
    s = c.v.cfg("sh")
    if "\n" in s:
        s = esc_nl(s)
    path = pick(r, ["scripts/%s.sh" % pick(r, ["create-room", "smoke", "list-sessions", "get-token", "check-api"]), "bin/rtc-ping", "tools/api-check.sh"])
    lines = ["#!/bin/sh", "# quick manual check against the %s API" % c.sp.provider, "set -e", ""]
    cmd = ["curl -sS -X %s \"%s\"" % (method, url)]
    if auth == "bearer":
        cmd.append('-H "Authorization: Bearer %s"' % s)
    elif auth.startswith("hdr:"):
        cmd.append('-H "%s: %s"' % (auth[4:], s))
    elif auth == "basic":
        cmd.append('-u "%s:%s"' % (c.d["ID"], s))
    elif auth == "digest":
        cmd.append('--digest -u "%s:%s"' % (c.d["ID"], s))
    elif auth.startswith("form:"):
        cmd += ['-d "grant_type=authorization_code"', '-d "client_id=%s"' % c.d["ID"], '-d "%s=%s"' % (auth[5:], s),
                '-d "code=$1"', '-d "redirect_uri=https://%s.example.com/oauth/callback"' % c.app]
    elif auth.startswith("json:"):
        cmd.append("-H \"Content-Type: application/json\"")
        cmd.append("-d '{\"janus\": \"list_sessions\", \"transaction\": \"%s\", \"%s\": \"%s\"}'" % (rs(r, LOWN, 12), auth[5:], s))
    if method == "POST" and not auth.startswith(("json:", "form:")):
        cmd.append("-H 'Content-Type: application/json'")
        cmd.append("-d '%s'" % json.dumps({"name": "%s-%d" % (pick(r, ["standup", "demo", "class"]), r.randint(1, 999))}))
    lines.append(" \\\n  ".join(cmd) + " | jq .")
    return path, "shell", "\n".join(lines) + "\n"


def t_http_file(c):
    r = c.r
    method, _, auth = c.sp.http
    s = c.v.cfg("http")
    if "\n" in s:
        s = esc_nl(s)
    path = pick(r, ["requests.http", "api/%s.http" % c.sp.provider, "docs/http/%s.rest" % c.sp.provider])
    lines = ["# REST Client requests for the %s API (VS Code humao.rest-client)" % c.sp.provider,
             "@host = %s" % c.url().split("/")[2], "", "### %s" % pick(r, ["list rooms", "create", "smoke test", "token exchange"]),
             "%s %s" % (method, c.url())]
    if auth == "bearer":
        lines.append("Authorization: Bearer %s" % s)
    elif auth.startswith("hdr:"):
        lines.append("%s: %s" % (auth[4:], s))
    elif auth in ("basic", "digest"):
        lines.append("Authorization: %s %s %s" % ("Basic" if auth == "basic" else "Digest", c.d["ID"], s))
    elif auth.startswith("form:"):
        lines += ["Content-Type: application/x-www-form-urlencoded", "",
                  "grant_type=authorization_code&client_id=%s&%s=%s&code={{code}}&redirect_uri=https://%s.example.com/cb" % (c.d["ID"], auth[5:], s, c.app)]
        return path, "http", "\n".join(lines) + "\n"
    elif auth.startswith("json:"):
        lines += ["Content-Type: application/json", "", json.dumps({"janus": "info", "transaction": rs(r, LOWN, 10), auth[5:]: s}, indent=2)]
        return path, "http", "\n".join(lines) + "\n"
    lines.append("Accept: application/json")
    if method == "POST":
        lines += ["Content-Type: application/json", "", json.dumps({"name": "qa-%d" % r.randint(1, 99)}, indent=2)]
    return path, "http", "\n".join(lines) + "\n"


def t_fetch_ts(c):
    r = c.r
    method, _, auth = c.sp.http
    path = pick(r, ["src/lib/%sApi.ts" % c.sp.provider.replace("100ms", "hms"), "server/providers/%s.ts" % c.sp.provider.replace("100ms", "hms")])
    q = "'"
    expr = c.v.code("ts", q)
    lines = ["const BASE = '%s';" % c.url(), ""]
    if auth == "bearer":
        hdr = "Authorization: `Bearer ${%s}`" % expr if not expr.startswith("'") else "Authorization: 'Bearer %s'" % expr[1:-1]
    elif auth.startswith("hdr:"):
        hdr = "'%s': %s" % (auth[4:], expr)
    elif auth in ("basic", "digest"):
        hdr = "Authorization: 'Basic ' + Buffer.from(`%s:${%s}`).toString('base64')" % (c.d["ID"], expr)
    elif auth.startswith("form:"):
        hdr = "'Content-Type': 'application/x-www-form-urlencoded'"
    else:
        hdr = "'Content-Type': 'application/json'"
    lines += ["export async function call%s(body: Record<string, unknown> = {}) {" % pick(r, ["Api", "Provider", "Rooms"]),
              "  const res = await fetch(BASE, {", "    method: '%s'," % method, "    headers: {", "      %s," % hdr,
              "      Accept: 'application/json',", "    },"]
    if auth.startswith("form:"):
        lines.append("    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: '%s', %s: %s, ...body } as Record<string, string>)," % (c.d["ID"], auth[5:], expr))
    elif auth.startswith("json:"):
        lines.append("    body: JSON.stringify({ janus: 'list_sessions', transaction: crypto.randomUUID(), %s: %s, ...body })," % (auth[5:], expr))
    elif method == "POST":
        lines.append("    body: JSON.stringify(body),")
    lines += ["  });", "  if (!res.ok) throw new Error(`%s API ${res.status}`);" % c.sp.provider, "  return res.json();", "}"]
    return path, "typescript", "\n".join(lines) + "\n"


def t_requests_py(c):
    r = c.r
    method, _, auth = c.sp.http
    q = pick(r, ["'", '"'])
    expr = c.v.code("py", q)
    path = pick(r, ["scripts/%s_check.py" % c.sp.provider.replace("100ms", "hms"), "tools/rtc_admin.py", "jobs/cleanup_rooms.py"])
    lines = ["import requests", "", "URL = %s%s%s" % (q, c.url(), q), ""]
    kw = []
    if auth == "bearer":
        lines.append("HEADERS = {%sAuthorization%s: %s + %s}" % (q, q, q + "Bearer " + q, expr) if not c.v.is_literal()
                     else "HEADERS = {%sAuthorization%s: %sBearer %s%s}" % (q, q, q, c.v.text(), q))
        kw = ["headers=HEADERS"]
    elif auth.startswith("hdr:"):
        lines.append("HEADERS = {%s%s%s: %s}" % (q, auth[4:], q, expr))
        kw = ["headers=HEADERS"]
    elif auth == "basic":
        kw = ["auth=(%s%s%s, %s)" % (q, c.d["ID"], q, expr)]
    elif auth == "digest":
        lines[0] += "\nfrom requests.auth import HTTPDigestAuth"
        kw = ["auth=HTTPDigestAuth(%s%s%s, %s)" % (q, c.d["ID"], q, expr)]
    elif auth.startswith("form:"):
        kw = ["data={%sgrant_type%s: %sauthorization_code%s, %sclient_id%s: %s%s%s, %s%s%s: %s, %scode%s: code}" % (q, q, q, q, q, q, q, c.d["ID"], q, q, auth[5:], q, expr, q, q)]
    elif auth.startswith("json:"):
        kw = ["json={%sjanus%s: %slist_sessions%s, %stransaction%s: %s%s%s, %s%s%s: %s}" % (q, q, q, q, q, q, q, rs(r, LOWN, 10), q, q, auth[5:], q, expr)]
    lines += ["", "def main(code=None):", "    resp = requests.%s(URL, %s, timeout=10)" % (method.lower(), ", ".join(kw)),
              "    resp.raise_for_status()", "    print(resp.json())", "", "", 'if __name__ == "__main__":', "    main()"]
    return path, "python", "\n".join(lines) + "\n"


POSITIONAL = [(t_pos_ts, "ts"), (t_pos_py, "py"), (t_pos_go, "go")]
HTTP = [t_curl, t_http_file, t_fetch_ts, t_requests_py]


# --------------------------------------------------------------------------------------------
# Kind-specific templates
# --------------------------------------------------------------------------------------------
def webex_id(r, kind):
    return b64(("ciscospark://us/%s/%s" % (kind, uuid4(r))).encode()).rstrip("=")


def t_turnserver_conf(c):
    r = c.r
    realm = c.d.get("ID", "turn.example.com")
    path = pick(r, ["turnserver.conf", "deploy/coturn/turnserver.conf", "etc/turnserver.conf", "infra/turn/turnserver.conf"])
    ext = "%d.%d.%d.%d" % (r.choice([34, 52, 18, 35]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
    lines = ["# coturn configuration for %s" % realm, "listening-port=3478", "tls-listening-port=5349",
             "listening-ip=0.0.0.0", "external-ip=%s/10.0.%d.%d" % (ext, r.randint(0, 9), r.randint(2, 250)),
             "min-port=%d" % r.choice([49152, 40000]), "max-port=%d" % r.choice([65535, 49999]), "", "verbose", "fingerprint",
             "# REST API style ephemeral credentials (TURN REST API)", "use-auth-secret"]
    lines.append("static-auth-secret=%s" % c.v.cfg("conf"))
    lines += ["realm=%s" % realm, "total-quota=%d" % r.choice([100, 300, 0]), "stale-nonce=600", "",
              "cert=/etc/letsencrypt/live/%s/fullchain.pem" % realm, "pkey=/etc/letsencrypt/live/%s/privkey.pem" % realm,
              "cipher-list=\"ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256\"", "",
              "no-multicast-peers", "denied-peer-ip=10.0.0.0-10.255.255.255", "denied-peer-ip=192.168.0.0-192.168.255.255",
              "no-cli", "log-file=stdout"]
    return path, "turnserver.conf", "\n".join(lines) + "\n"


def t_coturn_compose(c):
    r = c.r
    realm = c.d.get("ID", "turn.example.com")
    path = pick(r, ["docker-compose.turn.yml", "deploy/coturn/docker-compose.yml"])
    val = c.v.cfg("sh")
    lines = ["services:", "  coturn:", "    image: coturn/coturn:%s" % pick(r, ["4.6.2", "4.6", "latest"]),
             "    network_mode: host", "    restart: always", "    command:", "      - -n", "      - --log-file=stdout",
             "      - --listening-port=3478", "      - --fingerprint", "      - --use-auth-secret",
             "      - --static-auth-secret=%s" % val, "      - --realm=%s" % realm, "      - --no-cli",
             "      - --min-port=49160", "      - --max-port=49200"]
    return path, "docker-compose", "\n".join(lines) + "\n"


def t_janus_jcfg(c):
    r = c.r
    path = pick(r, ["janus/janus.jcfg", "conf/janus.jcfg", "deploy/janus/etc/janus/janus.jcfg"])
    slot = "admin_secret" if c.sp.key == "janus" and r.random() < 0.7 else "api_secret"
    lines = ["general: {", '\tconfigs_folder = "/opt/janus/etc/janus"', '\tplugins_folder = "/opt/janus/lib/janus/plugins"',
             '\ttransports_folder = "/opt/janus/lib/janus/transports"', "\tlog_to_stdout = true", "\tdebug_level = %d" % r.choice([4, 5]),
             '\tserver_name = "%s-janus"' % c.app, "\tsession_timeout = 60", "\tcandidates_timeout = 45",
             '\t%s = "%s"\t\t# String that all Janus requests must contain' % (slot, c.v.cfg("jcfg")),
             "\t#token_auth = true", "}", "", "certificates: {", '\t#cert_pem = "/path/to/certificate.pem"', "\t#dtls_accept_selfsigned = false", "}", "",
             "media: {", '\trtp_port_range = "%d-%d"' % (r.choice([20000, 10000]), r.choice([40000, 20000 + 999])), "\tdtls_mtu = 1200", "}", "",
             "nat: {", '\tstun_server = "stun.l.google.com"', "\tstun_port = 19302", "\tnice_debug = false", "\tice_tcp = false", "}"]
    return path, "janus.jcfg", "\n".join(lines) + "\n"


def t_livekit_yaml(c):
    r = c.r
    path = pick(r, ["livekit.yaml", "deploy/livekit/livekit.yaml", "config/livekit.yaml"])
    lines = ["port: 7880", "bind_addresses:", '  - ""', "rtc:", "  tcp_port: 7881", "  port_range_start: 50000",
             "  port_range_end: 60000", "  use_external_ip: true", "redis:", "  address: %s:6379" % pick(r, ["redis", "localhost", "10.0.1.12"]),
             "keys:", "  %s: %s" % (c.d["ID"], yaml_scalar(r, c.v.cfg("yaml"), 2)),
             "turn:", "  enabled: %s" % pick(r, ["true", "false"]), "  domain: turn.%s.example.com" % c.app, "  tls_port: 5349",
             "logging:", "  level: %s" % pick(r, ["info", "debug"]), "room:", "  empty_timeout: 300", "  max_participants: %d" % r.choice([0, 50, 100])]
    return path, "livekit.yaml", "\n".join(lines) + "\n"


def t_livekit_egress(c):
    r = c.r
    if r.random() < 0.5:
        path = pick(r, ["egress.yaml", "deploy/livekit/egress.yaml", "ingress.yaml"])
        lines = ["log_level: %s" % pick(r, ["info", "debug"]), "api_key: %s" % c.d["ID"],
                 "api_secret: %s" % yaml_scalar(r, c.v.cfg("yaml"), 0), "ws_url: wss://livekit.%s.example.com" % c.app,
                 "insecure: false", "redis:", "  address: redis:6379", "health_port: 8080"]
        if "egress" in path:
            lines += ["s3:", "  bucket: %s-recordings" % c.app, "  region: us-east-1"]
        return path, "livekit.yaml", "\n".join(lines) + "\n"
    path = pick(r, [".livekit/cli-config.yaml", "tools/lk/cli-config.yaml"])
    lines = ["default_project: %s" % pick(r, ["prod", "staging"]), "projects:", "  - name: prod",
             "    url: wss://%s-%s.livekit.cloud" % (c.app, rs(r, LOWN, 8)), "    api_key: %s" % c.d["ID"],
             "    api_secret: %s" % yaml_scalar(r, c.v.cfg("yaml"), 4), "device_name: %s-laptop" % pick(r, ["dev", "ci", "ops"])]
    return path, "yaml", "\n".join(lines) + "\n"


def t_pjsip(c):
    r = c.r
    ext = c.d.get("ID", "1001")
    path = pick(r, ["asterisk/pjsip.conf", "etc/asterisk/pjsip.conf", "docker/asterisk/pjsip_custom.conf"])
    lines = ["; WebRTC extension for the browser softphone", "[transport-wss]", "type=transport", "protocol=wss", "bind=0.0.0.0", "",
             "[%s]" % ext, "type=endpoint", "context=from-internal", "disallow=all", "allow=opus,ulaw", "webrtc=yes",
             "auth=%s-auth" % ext, "aors=%s" % ext, "", "[%s-auth]" % ext, "type=auth", "auth_type=userpass",
             "username=%s" % ext, "password=%s" % c.v.cfg("conf"), "", "[%s]" % ext, "type=aor", "max_contacts=%d" % r.choice([1, 5]),
             "remove_existing=yes"]
    return path, "asterisk.conf", "\n".join(lines) + "\n"


def t_sipconf(c):
    r = c.r
    ext = c.d.get("ID", "1001")
    path = pick(r, ["asterisk/sip.conf", "etc/asterisk/sip_custom.conf"])
    lines = ["[general]", "context=default", "udpbindaddr=0.0.0.0:5060", "transport=udp,ws,wss", "realm=%s.example.com" % c.app, "",
             "[%s]" % ext, "type=friend", "host=dynamic", "secret=%s" % c.v.cfg("conf"), "context=internal", "callerid=\"Desk %s\" <%s>" % (ext, ext),
             "encryption=yes", "avpf=yes", "icesupport=yes", "dtlsenable=yes", "dtlsverify=fingerprint",
             "dtlscertfile=/etc/asterisk/keys/asterisk.pem", "dtlssetup=actpass"]
    return path, "asterisk.conf", "\n".join(lines) + "\n"


def t_jssip(c):
    r = c.r
    ext = c.d.get("ID", "1001")
    q = pick(r, ["'", '"'])
    path = pick(r, ["src/phone/sip.js", "public/js/softphone.js", "src/lib/sipClient.js"])
    lines = ["import JsSIP from 'jssip';", "", "const socket = new JsSIP.WebSocketInterface(%swss://pbx.%s.example.com:8089/ws%s);" % (q, c.app, q), "",
             "const configuration = {", "  sockets: [socket],", "  uri: %ssip:%s@pbx.%s.example.com%s," % (q, ext, c.app, q),
             "  password: %s," % c.v.code("js", q), "  display_name: %s%s%s," % (q, pick(r, ["Front desk", "Support", "Agent " + ext]), q),
             "  register: true,", "  session_timers: false,", "};", "", "export const ua = new JsSIP.UA(configuration);",
             "ua.on('registered', () => console.log('sip registered'));", "ua.start();"]
    return path, "javascript", "\n".join(lines) + "\n"


def t_freeswitch(c):
    r = c.r
    ext = c.d.get("ID", "1001")
    path = "freeswitch/conf/directory/default/%s.xml" % ext
    lines = ["<include>", '  <user id="%s">' % ext, "    <params>", '      <param name="password" value="%s"/>' % c.v.cfg("xml"),
             "    </params>", "    <variables>", '      <variable name="toll_allow" value="domestic,local"/>',
             '      <variable name="accountcode" value="%s"/>' % ext, '      <variable name="user_context" value="default"/>',
             '      <variable name="effective_caller_id_name" value="Extension %s"/>' % ext,
             '      <variable name="effective_caller_id_number" value="%s"/>' % ext, "    </variables>", "  </user>", "</include>"]
    return path, "xml", "\n".join(lines) + "\n"


def t_sipp(c):
    r = c.r
    ext = c.d.get("ID", "1001")
    path = pick(r, ["tests/load/register.sh", "scripts/sipp-smoke.sh"])
    val = c.v.cfg("sh")
    lines = ["#!/usr/bin/env bash", "# register + 10 calls against staging PBX", "set -euo pipefail", "",
             "PBX=${PBX:-pbx.%s.example.com:5060}" % c.app, "",
             "sipp -sf scenarios/uac_register.xml -s %s -au %s -ap %s \"$PBX\" -m 1 -trace_err" % (ext, ext, sh_single(val) if c.v.is_literal() else '"' + val + '"'),
             "sipp -sn uac -s 9000 \"$PBX\" -r 2 -m 10 -l 5"]
    return path, "shell", "\n".join(lines) + "\n"


def t_lk_sip_trunk(c):
    r = c.r
    path = pick(r, ["sip/inbound-trunk.json", "livekit/outbound-trunk.json"])
    trunk = {"trunk": {"name": "%s %s" % (c.app, pick(r, ["Twilio trunk", "PSTN", "Telnyx trunk"])),
                       "address": "%s.pstn.twilio.com" % c.app if "outbound" in path else None,
                       "numbers": ["+1%d" % r.randint(2002000000, 9899999999)],
                       "auth_username": "lk-%s" % c.d.get("ID", "trunk"), "auth_password": c.v.cfg("json")}}
    if trunk["trunk"]["address"] is None:
        del trunk["trunk"]["address"]
    return path, "json", json.dumps(trunk, indent=2) + "\n"


def t_pem_file(c):
    r = c.r
    app = c.d.get("ID", "vpaas-magic-cookie-x")
    path = pick(r, ["keys/jaas-private.pem", "secrets/jaas.key", "config/%s.pk" % c.d.get("KID", app).split("/")[-1], "certs/jitsi-jwt.key"])
    return path, "pem", c.v.text() + "\n"


def t_wowza_admin(c):
    r = c.r
    path = pick(r, ["wowza/conf/admin.password", "conf/admin.password"])
    lines = ["# Admin password file (format [username] [password] [group])",
             "# Used by Wowza Streaming Engine Manager and the REST API (port 8087).",
             "# Groups: admin = full access, advUser = advanced properties.",
             "# Managed by ansible role wowza-engine; restart WowzaStreamingEngine after edits.",
             "",
             "%s %s admin|advUser" % (c.d.get("ID", "admin"), c.v.cfg("conf"))]
    return path, "wowza-conf", "\n".join(lines) + "\n"


def t_ams_props(c):
    r = c.r
    appn = pick(r, ["LiveApp", "WebRTCAppEE", "live"])
    path = "antmedia/webapps/%s/WEB-INF/red5-web.properties" % appn
    lines = ["webapp.contextPath=/%s" % appn, "webapp.virtualHosts=*", "settings.mp4MuxingEnabled=%s" % pick(r, ["true", "false"]),
             "settings.hlsMuxingEnabled=true", "settings.hlsListSize=%d" % r.choice([5, 15]), "settings.webRTCEnabled=true",
             "settings.jwtControlEnabled=true", "settings.jwtSecretKey=%s" % c.v.cfg("props"),
             "settings.remoteAllowedCIDR=127.0.0.1", "settings.acceptOnlyStreamsInDataStore=false"]
    return path, "properties", "\n".join(lines) + "\n"


def t_postman_env(c):
    r = c.r
    path = pick(r, ["postman/100ms.postman_environment.json", "docs/postman/hms-prod.postman_environment.json"])
    env = {"id": uuid4(r), "name": "100ms %s" % pick(r, ["prod", "staging"]),
           "values": [{"key": "base_url", "value": "https://api.100ms.live/v2", "type": "default", "enabled": True},
                      {"key": "management_token", "value": c.v.cfg("json"), "type": "secret", "enabled": True},
                      {"key": "room_id", "value": rs(r, HEX, 24), "type": "default", "enabled": True},
                      {"key": "template_id", "value": rs(r, HEX, 24), "type": "default", "enabled": True}],
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(10, 24), r.randint(0, 9))}
    return path, "json", json.dumps(env, indent="\t") + "\n"


def t_webex_bot_py(c):
    r = c.r
    q = pick(r, ["'", '"'])
    path = pick(r, ["bots/standup_bot.py", "notifier/webex_notify.py", "ops/alerts_to_webex.py"])
    lines = ["from webexteamssdk import WebexTeamsAPI", "", "ROOM_ID = %s%s%s" % (q, webex_id(r, "ROOM"), q), "",
             "api = WebexTeamsAPI(access_token=%s)" % c.v.code("py", q), "", "",
             "def notify(text):", "    api.messages.create(roomId=ROOM_ID, markdown=text)", "", "",
             'if __name__ == "__main__":', "    notify(%s**deploy finished** :rocket:%s)" % (q, q)]
    return path, "python", "\n".join(lines) + "\n"


def t_obs_service(c):
    r = c.r
    path = pick(r, ["obs/basic/profiles/%s/service.json" % pick(r, ["Stage", "Studio", "Main"]), "streaming/obs-service.json"])
    doc = {"type": "whip_custom", "settings": {"server": "https://director.millicast.com/api/whip/%s" % c.d.get("ID2", "stream"),
                                             "bearer_token": c.v.cfg("json"), "use_auth": False}}
    return path, "json", json.dumps(doc, indent=4) + "\n"


SPECIFIC = [
    (t_turnserver_conf, ["coturn"], False), (t_turnserver_conf, ["coturn"], False), (t_coturn_compose, ["coturn"], False), (t_janus_jcfg, ["janus"], False),
    (t_livekit_yaml, ["livekit"], False), (t_livekit_egress, ["livekit"], False), (t_pjsip, ["sip"], False),
    (t_sipconf, ["sip"], False), (t_jssip, ["sip"], False), (t_freeswitch, ["sip"], False), (t_sipp, ["sip"], False),
    (t_lk_sip_trunk, ["sip"], False), (t_pem_file, ["jaas"], True), (t_wowza_admin, ["wowza"], False),
    (t_ams_props, ["antmedia"], False), (t_postman_env, ["hms_mgmt"], False), (t_webex_bot_py, ["webex_bot"], False),
    (t_obs_service, ["millicast_pub"], False),
]


# --------------------------------------------------------------------------------------------
# Negative-only domain look-alikes.  Each returns (relpath, filetype, text, provider, kind).
# --------------------------------------------------------------------------------------------
def colon_hex(r, n=32):
    return ":".join(rs(r, HEXU, 2) for _ in range(n))


def ipv4(r, private=False):
    if private:
        return "%s.%d.%d" % (pick(r, ["10.0", "192.168", "172.16"]), r.randint(0, 20), r.randint(2, 250))
    return "%d.%d.%d.%d" % (r.choice([34, 52, 18, 35, 3, 13, 54]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def candidate(r, typ="host"):
    proto = pick(r, ["udp", "udp", "tcp"])
    prio = r.randint(1600000000, 2130706431) if typ == "host" else r.randint(100000000, 1700000000)
    line = "candidate:%d %d %s %d %s %d typ %s" % (r.randint(100000000, 4294967295), r.choice([1, 2]), proto, prio,
                                                  ipv4(r, typ == "host"), r.randint(49152, 65535), typ)
    if typ != "host":
        line += " raddr %s rport %d" % (ipv4(r, True), r.randint(49152, 65535))
    if proto == "tcp":
        line += " tcptype passive"
    return line + " generation 0"


def n_agora_client(r, app):
    appid = rs(r, HEX, 32)
    ch = pick(r, ["%s-lobby" % app, "class-%d" % r.randint(100, 999), "support_room", "match_%d" % r.randint(1, 99)])
    t = r.randrange(3)
    if t == 0:
        path = "lib/services/agora_service.dart"
        text = "\n".join(["import 'package:agora_rtc_engine/agora_rtc_engine.dart';", "import 'package:http/http.dart' as http;", "",
                          "// App ID is public; tokens are minted by our backend (certificate never leaves the server).",
                          "const String agoraAppId = '%s';" % appid, "const String defaultChannel = '%s';" % ch, "",
                          "Future<String> fetchRtcToken(String channel, int uid) async {",
                          "  final res = await http.get(Uri.parse('https://api.%s.example.com/agora/token?channel=$channel&uid=$uid'));" % app,
                          "  return res.body;", "}", "", "Future<RtcEngine> initEngine() async {", "  final engine = createAgoraRtcEngine();",
                          "  await engine.initialize(const RtcEngineContext(appId: agoraAppId));", "  return engine;", "}"]) + "\n"
        return path, "dart", text, "agora", "app_id_public"
    if t == 1:
        path = "app/src/main/java/com/%s/call/AgoraConfig.kt" % app
        text = "\n".join(["package com.%s.call" % app, "", "object AgoraConfig {", '    // public identifier of the Agora project', '    const val APP_ID = "%s"' % appid,
                          '    const val CHANNEL = "%s"' % ch, "    const val UID = 0", '    const val TOKEN_URL = "https://api.%s.example.com/rtc/token"' % app, "}"]) + "\n"
        return path, "kotlin", text, "agora", "app_id_public"
    path = "src/agora.ts"
    text = "\n".join(["import AgoraRTC from 'agora-rtc-sdk-ng';", "", "const APP_ID = '%s';" % appid, "", "export async function join(channel = '%s') {" % ch,
                      "  const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });",
                      "  const { token, uid } = await fetch(`/api/agora/token?channel=${channel}`).then((r) => r.json());",
                      "  await client.join(APP_ID, channel, token, uid);", "  return client;", "}"]) + "\n"
    return path, "typescript", text, "agora", "app_id_public"


def n_zoom_invite(r, app):
    mid = "%d %04d %04d" % (r.randint(800, 999), r.randint(1000, 9999), r.randint(1000, 9999))
    pc = str(r.randint(100000, 999999))
    path = pick(r, ["notes/weekly-sync.md", "docs/meetings/retro-invite.md", "events/webinar-%d.md" % r.randint(1, 40)])
    text = "\n".join(["# %s" % pick(r, ["Weekly engineering sync", "Sprint retro", "Public webinar: building with WebRTC"]), "",
                      "%s is inviting you to a scheduled Zoom meeting." % pick(r, ["Dana Ortiz", "Priya N.", "The RTC team"]), "",
                      "Join Zoom Meeting", "https://us0%dweb.zoom.us/j/%s" % (r.randint(2, 6), mid.replace(" ", "")), "",
                      "Meeting ID: %s" % mid, "Passcode: %s" % pc, "", "One tap mobile",
                      "+16699006833,,%s#,,,,*%s# US (San Jose)" % (mid.replace(" ", ""), pc), "", "Dial by your location",
                      "• +1 646 558 8656 US (New York)", "• +1 669 900 6833 US (San Jose)", "",
                      "Find your local number: https://us02web.zoom.us/u/k%s" % rs(r, LOWN, 8), "",
                      "_This is a public community call; the passcode is shared with all attendees._"]) + "\n"
    return path, "markdown", text, "zoom", "meeting_invitation"


def n_sdp(r, app):
    fp = colon_hex(r)
    sess = r.randint(10 ** 17, 10 ** 19)
    lines = ["v=0", "o=- %d 2 IN IP4 127.0.0.1" % sess, "s=-", "t=0 0", "a=group:BUNDLE 0 1", "a=extmap-allow-mixed",
             "a=msid-semantic: WMS %s" % uuid4(r), "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0",
             "a=ice-ufrag:%s" % rs(r, B62 + "+/", 4), "a=ice-options:trickle", "a=fingerprint:sha-256 %s" % fp, "a=setup:actpass", "a=mid:0",
             "a=sendrecv", "a=rtcp-mux", "a=rtpmap:111 opus/48000/2", "a=fmtp:111 minptime=10;useinbandfec=1",
             "a=ssrc:%d cname:%s" % (r.randint(10 ** 8, 4 * 10 ** 9), rs(r, B62 + "+/", 16)), "m=video 9 UDP/TLS/RTP/SAVPF 96 97",
             "c=IN IP4 0.0.0.0", "a=fingerprint:sha-256 %s" % fp, "a=setup:actpass", "a=mid:1", "a=rtpmap:96 VP8/90000",
             "a=rtcp-fb:96 nack pli", "a=" + candidate(r), "a=" + candidate(r, "srflx"), "a=end-of-candidates"]
    if r.random() < 0.5:
        path = pick(r, ["docs/debug/offer.sdp", "tests/fixtures/chrome-offer.sdp", "testdata/answer.sdp"])
        return path, "sdp", "\n".join(lines) + "\n", "webrtc", "sdp_fingerprint"
    path = pick(r, ["docs/troubleshooting/ice-failure.md", "notes/sdp-debugging.md"])
    text = "\n".join(["# ICE failure on Safari 17", "", "Captured offer from the failing client (fingerprint matches the cert we pinned):", "", "```sdp"]
                     + lines + ["```", "", "Both candidates were gathered but the srflx pair never nominated."]) + "\n"
    return path, "markdown", text, "webrtc", "sdp_fingerprint"


def n_ice_servers(r, app):
    ts = 1700000000 + r.randrange(40000000)
    user = "%d:%s" % (ts, pick(r, ["alice", "user-%d" % r.randint(1, 9999), uuid4(r)[:8]]))
    path = pick(r, ["src/webrtc/iceServers.ts", "public/ice.json", "config/ice-servers.json"])
    if path.endswith(".ts"):
        text = "\n".join(["// TURN REST API: username = <expiry-ts>:<user>; credential is fetched per session, never stored.",
                          "export const STATIC_ICE: RTCIceServer[] = [", "  { urls: 'stun:stun.l.google.com:19302' },",
                          "  { urls: 'stun:turn.%s.example.com:3478' }," % app, "];", "",
                          "export async function iceServers(): Promise<RTCIceServer[]> {",
                          "  const { username, credential, ttl } = await fetch('/api/turn-credentials').then((r) => r.json());",
                          "  console.debug('turn user', username, 'ttl', ttl); // e.g. %s" % user,
                          "  return [...STATIC_ICE, { urls: ['turn:turn.%s.example.com:3478?transport=udp', 'turns:turn.%s.example.com:5349'], username, credential }];" % (app, app),
                          "}"]) + "\n"
        return path, "typescript", text, "coturn", "turn_rest_username"
    doc = {"iceServers": [{"urls": ["stun:stun.l.google.com:19302", "stun:stun1.l.google.com:19302"]},
                          {"urls": "turn:turn.%s.example.com:3478" % app, "username": user, "credentialType": "password",
                           "credential": "<issued-by-/api/turn-credentials>"}],
           "iceTransportPolicy": pick(r, ["all", "relay"]), "ttl": 86400}
    return path, "json", json.dumps(doc, indent=2) + "\n", "coturn", "turn_rest_username"


def n_ice_log(r, app):
    path = pick(r, ["logs/sample-ice.log", "docs/debug/ice-trace.txt", "testdata/ice_candidates.log"])
    lines = []
    t = r.randint(0, 50000)
    for i in range(r.randint(8, 18)):
        t += r.randint(3, 400)
        typ = pick(r, ["host", "host", "srflx", "relay"])
        lines.append("%02d:%02d:%02d.%03d [ice] local %s" % (t // 3600000 % 24, t // 60000 % 60, t // 1000 % 60, t % 1000, candidate(r, typ)))
    lines.append("ice connection state: %s" % pick(r, ["connected", "failed", "checking"]))
    return path, "log", "\n".join(lines) + "\n", "webrtc", "ice_candidate"


def n_livekit_k8s(r, app):
    key = "API" + mixed(r, B62, 12)
    path = pick(r, ["k8s/livekit-token-server.yaml", "deploy/token-server/deployment.yaml"])
    text = "\n".join(["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: token-server", "spec:", "  replicas: 2",
                      "  selector:", "    matchLabels: { app: token-server }", "  template:", "    metadata:", "      labels: { app: token-server }",
                      "    spec:", "      containers:", "        - name: app", "          image: ghcr.io/%s/token-server:%s" % (app, pick(r, ["1.8.0", "2.0.1"])),
                      "          env:", "            - name: LIVEKIT_URL", "              value: wss://livekit.%s.example.com" % app,
                      "            - name: LIVEKIT_API_KEY", "              value: %s" % key, "            - name: LIVEKIT_API_SECRET",
                      "              valueFrom:", "                secretKeyRef:", "                  name: livekit-keys", "                  key: %s" % key]) + "\n"
    return path, "kubernetes", text, "livekit", "api_key_id"


def n_twilio_sids(r, app):
    ac, sk = "AC" + rs(r, HEX, 32), "SK" + rs(r, HEX, 32)
    path = pick(r, ["functions/token.js", "server/twilio.js"])
    text = "\n".join(["const twilio = require('twilio');", "const { AccessToken } = twilio.jwt;", "const { VideoGrant } = AccessToken;", "",
                      "// SIDs are identifiers, the API key secret comes from the environment", "const ACCOUNT_SID = '%s';" % ac,
                      "const API_KEY_SID = '%s';" % sk, "", "exports.handler = function (context, event, callback) {",
                      "  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, context.TWILIO_API_SECRET, { identity: event.identity });",
                      "  token.addGrant(new VideoGrant({ room: event.room || '%s-standup' }));" % app, "  callback(null, { token: token.toJwt() });", "};"]) + "\n"
    return path, "javascript", text, "twilio", "sid_identifiers"


def n_sendbird_client(r, app):
    appid = uuid4(r, upper=True)
    path = pick(r, ["ios/%s/SendbirdSetup.swift" % app.capitalize(), "src/chat/sendbird.ts"])
    if path.endswith(".swift"):
        text = "\n".join(["import SendbirdChatSDK", "", "enum SendbirdSetup {", '    static let appId = "%s"' % appid, "",
                          "    static func start() {", "        let params = InitParams(applicationId: appId, isLocalCachingEnabled: true)",
                          "        SendbirdChat.initialize(params: params, migrationStartHandler: nil, completionHandler: { _ in })", "    }", "}"]) + "\n"
        return path, "swift", text, "sendbird", "app_id_public"
    text = "\n".join(["import SendbirdChat from '@sendbird/chat';", "import { GroupChannelModule } from '@sendbird/chat/groupChannel';", "",
                      "export const sb = SendbirdChat.init({", "  appId: '%s'," % appid, "  modules: [new GroupChannelModule()],", "});", "",
                      "export async function connect(userId: string, sessionToken: string) {", "  return sb.connect(userId, sessionToken);", "}"]) + "\n"
    return path, "typescript", text, "sendbird", "app_id_public"


def n_stream_client(r, app):
    key = rs(r, LOWN, 12)
    path = pick(r, ["src/ChatProvider.tsx", "app/(chat)/layout.tsx"])
    text = "\n".join(["import { Chat, useCreateChatClient } from 'stream-chat-react';", "", "// publishable app key, safe in the browser",
                      "const apiKey = '%s';" % key, "", "export function ChatProvider({ user, token, children }) {",
                      "  const client = useCreateChatClient({ apiKey, tokenOrProvider: token, userData: { id: user.id, name: user.name } });",
                      "  if (!client) return null;", "  return <Chat client={client}>{children}</Chat>;", "}"]) + "\n"
    return path, "tsx", text, "getstream", "api_key_public"


def n_vonage_session(r, app):
    key = str(r.randint(45000000, 47999999))
    raw = "%s~~%d~%s~%s~" % (key, 1700000000000 + r.randrange(10 ** 10), b64(rbytes(r, 18)), pick(r, ["MB", "fQ"]))
    sess = pick(r, ["1_MX4", "2_MX4"]) + b64(raw.encode()).rstrip("=")[4:]
    path = pick(r, ["public/js/video.js", "src/vonage/session.js"])
    text = "\n".join(["// apiKey + sessionId are not secret; the token is minted server-side", "const apiKey = '%s';" % key,
                      "const sessionId = '%s';" % sess, "", "async function start() {",
                      "  const { token } = await fetch(`/api/vonage/token?session=${sessionId}`).then((r) => r.json());",
                      "  const session = OT.initSession(apiKey, sessionId);", "  const publisher = OT.initPublisher('publisher', { insertMode: 'append' });",
                      "  session.connect(token, (err) => err ? console.error(err) : session.publish(publisher));", "}", "", "start();"]) + "\n"
    return path, "javascript", text, "vonage", "session_id"


def n_mux_player(r, app):
    pid = mux_id(r, 44)
    envkey = rs(r, LOWN + DIG, 26)
    path = pick(r, ["src/components/VideoPlayer.tsx", "pages/watch.html"])
    if path.endswith(".tsx"):
        text = "\n".join(["import MuxPlayer from '@mux/mux-player-react';", "", "export default function VideoPlayer({ title }: { title: string }) {",
                          "  return (", "    <MuxPlayer", "      playbackId=\"%s\"" % pid, "      envKey=\"%s\"" % envkey,
                          "      metadata={{ video_title: title, viewer_user_id: 'anonymous' }}", "      streamType=\"on-demand\"", "    />", "  );", "}"]) + "\n"
        return path, "tsx", text, "mux", "playback_id"
    text = "\n".join(["<!doctype html>", "<html>", "<head>", '  <script src="https://cdn.jsdelivr.net/npm/@mux/mux-player"></script>', "</head>", "<body>",
                      "  <mux-player", '    playback-id="%s"' % pid, '    env-key="%s"' % envkey, '    metadata-video-title="Keynote"',
                      '    stream-type="on-demand"', "  ></mux-player>", "</body>", "</html>"]) + "\n"
    return path, "html", text, "mux", "playback_id"


def n_public_key(r, app):
    pub = pem("PUBLIC KEY", rsa_public_only(r))
    if r.random() < 0.5:
        path = pick(r, ["keys/jaas-public.pem", "config/jaas.pub", "certs/jitsi-jwt.pub"])
        return path, "pem", pub + "\n", "jitsi", "public_key"
    path = pick(r, ["docs/mux-signing.md", "notes/signed-playback.md"])
    text = "\n".join(["# Signed playback", "", "Signing key id: `%s`" % mux_id(r, 35), "",
                      "Public half (safe to share, used by the edge to verify tokens):", "", "```"] + pub.split("\n")
                     + ["```", "", "The private half lives in the `mux-signing` secret in Vault; rotate yearly."]) + "\n"
    return path, "markdown", text, "mux", "public_key"


def n_jaas_client(r, app):
    appid = "vpaas-magic-cookie-" + rs(r, HEX, 32)
    path = pick(r, ["public/meeting.html", "src/JitsiRoom.jsx"])
    if path.endswith(".html"):
        text = "\n".join(["<!DOCTYPE html>", "<html>", "<head>", '  <script src="https://8x8.vc/%s/external_api.js" async></script>' % appid,
                          "</head>", "<body>", '  <div id="jaas-container" style="height: 100vh"></div>', "  <script>",
                          "    window.onload = async () => {", "      const jwt = await fetch('/api/jaas-token').then((r) => r.text());",
                          "      new JitsiMeetExternalAPI('8x8.vc', {", "        roomName: '%s/%s'," % (appid, pick(r, ["SupportRoom", "TeamStandup"])),
                          "        parentNode: document.querySelector('#jaas-container'),", "        jwt,", "      });", "    };", "  </script>", "</body>", "</html>"]) + "\n"
        return path, "html", text, "jitsi", "app_id"
    text = "\n".join(["import { JaaSMeeting } from '@jitsi/react-sdk';", "", "const APP_ID = '%s';" % appid,
                      "const KID = '%s/%s';" % (appid, rs(r, HEX, 6)), "", "export default function JitsiRoom({ jwt, room }) {",
                      "  // KID is the public key id shown in the JaaS console; the private key stays on the server", "  console.debug('kid', KID);",
                      "  return <JaaSMeeting appId={APP_ID} roomName={room} jwt={jwt} getIFrameRef={(n) => (n.style.height = '600px')} />;", "}"]) + "\n"
    return path, "javascript", text, "jitsi", "app_id"


def n_millicast_viewer(r, app):
    acc = mixed(r, B62, 6)
    name = pick(r, ["main-stage", "courtside", "studio-a"])
    path = pick(r, ["src/viewer.js", "web/watch.js"])
    text = "\n".join(["import { Director, View } from '@millicast/sdk';", "", "const streamAccountId = '%s';" % acc, "const streamName = '%s';" % name, "",
                      "// public stream: subscribing needs no token", "const tokenGenerator = () => Director.getSubscriber({ streamName, streamAccountId });",
                      "const viewer = new View(streamName, tokenGenerator, document.getElementById('player'));", "",
                      "viewer.connect().catch((e) => console.error('connect failed', e));"]) + "\n"
    return path, "javascript", text, "dolby", "account_id"


def n_coturn_sample(r, app):
    path = pick(r, ["turnserver.conf", "deploy/coturn/turnserver.conf.example"])
    text = "\n".join(["# coturn: the shared secret is injected at runtime by the entrypoint (--static-auth-secret=$(cat /run/secrets/turn_secret))",
                      "listening-port=3478", "tls-listening-port=5349", "fingerprint", "use-auth-secret",
                      "# static-auth-secret=north", "realm=turn.%s.example.com" % app, "server-name=turn.%s.example.com" % app,
                      "no-multicast-peers", "no-cli", "# user=username1:password1  (long-term credentials disabled)",
                      "denied-peer-ip=10.0.0.0-10.255.255.255", "log-file=stdout"]) + "\n"
    return path, "turnserver.conf", text, "coturn", "doc_sample"


def n_janus_default(r, app):
    path = pick(r, ["janus/janus.jcfg", "conf/janus.jcfg.sample"])
    text = "\n".join(["general: {", '\tconfigs_folder = "/usr/local/etc/janus"', '\tplugins_folder = "/usr/local/lib/janus/plugins"',
                      "\tdebug_level = 4", '\t#admin_secret = "janusoverlord"\t# String that all Janus requests must contain',
                      "\t\t\t\t\t\t\t\t\t# to be accepted/authorized by the admin/monitor.", "\ttoken_auth = true\t\t# tokens are added via the admin API at runtime",
                      '\t#token_auth_secret = "janus"', "}", "", "nat: {", '\tstun_server = "stun.l.google.com"', "\tstun_port = 19302", "}"]) + "\n"
    return path, "janus.jcfg", text, "janus", "doc_sample"


def n_lockfile(r, app):
    pkgs = [("agora-rtc-sdk-ng", "4.%d.%d" % (r.randint(18, 22), r.randint(0, 3))), ("livekit-client", "2.%d.%d" % (r.randint(0, 9), r.randint(0, 9))),
            ("twilio-video", "2.%d.%d" % (r.randint(27, 29), r.randint(0, 3))), ("@daily-co/daily-js", "0.%d.0" % r.randint(55, 70)),
            ("@mux/mux-player", "2.%d.0" % r.randint(0, 9)), ("stream-chat", "8.%d.0" % r.randint(10, 50))]
    r.shuffle(pkgs)
    deps = {}
    for n, v in pkgs[:r.randint(3, 5)]:
        deps["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                     "integrity": "sha512-" + b64(rbytes(r, 64)), "license": pick(r, ["MIT", "Apache-2.0", "SEE LICENSE IN LICENSE"])}
    doc = {"name": app + "-web", "version": "1.%d.0" % r.randint(0, 20), "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "npm", "integrity_hash"


def n_digests(r, app):
    path = pick(r, ["k8s/media-stack.yaml", "deploy/images.lock.yaml"])
    lines = ["# pinned by renovate"]
    for img in ["livekit/livekit-server", "coturn/coturn", "canyan/janus-gateway", "livekit/egress"][: r.randint(2, 4)]:
        lines += ["- name: %s" % img.split("/")[-1], "  image: docker.io/%s@sha256:%s" % (img, rs(r, HEX, 64))]
    return path, "yaml", "\n".join(lines) + "\n", "docker", "image_digest"


def n_i18n(r, app):
    t = r.randrange(3)
    if t == 0:
        d = {"join": {"title": "Join meeting", "passcode": "Meeting passcode", "passcode_hint": "Enter the 6-digit passcode from your invite",
                      "wrong_passcode": "That passcode didn't work"}, "settings": {"api_key": "API key", "api_secret": "API secret",
                      "secret_hidden": "Hidden — click to reveal", "token_expired": "Your session token expired, reconnecting…"}}
        return "src/locales/en.json", "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "i18n_strings"
    if t == 1:
        text = "\n".join(['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % app.capitalize(),
                          '    <string name="sip_password">SIP password</string>', '    <string name="sip_password_hint">Password for your extension</string>',
                          '    <string name="turn_secret_label">TURN shared secret</string>', '    <string name="error_auth">Wrong username or password</string>',
                          "</resources>"]) + "\n"
        return "app/src/main/res/values/strings.xml", "xml", text, "i18n", "i18n_strings"
    text = "\n".join(['"call.join" = "Join call";', '"call.passcode.placeholder" = "Passcode";', '"settings.app_certificate" = "App certificate";',
                      '"settings.app_certificate.footer" = "Stored on the server only.";', '"error.invalid_token" = "Invalid or expired token";']) + "\n"
    return "%s/Resources/en.lproj/Localizable.strings" % app.capitalize(), "strings", text, "i18n", "i18n_strings"


def n_changelog(r, app):
    lines = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        lines += ["## %d.%d.%d" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9)), ""]
        for _ in range(r.randint(1, 3)):
            lines.append("- %s (%s)" % (pick(r, ["Rotate TURN credentials every 24h", "Move LiveKit secret to Vault", "Fix Safari ICE restart",
                                                 "Bump agora-token to 2.0.3", "Use secretKeyRef for Daily API key", "Simulcast layers for screen share"]),
                                        rs(r, HEX, pick(r, [7, 40]))))
        lines.append("")
    return "CHANGELOG.md", "markdown", "\n".join(lines), "git", "git_sha"


def n_sealed(r, app):
    path = pick(r, ["k8s/sealed/%s-rtc.yaml" % app, "deploy/sealed-secrets/livekit.yaml"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: rtc-credentials", "  namespace: media", "spec:", "  encryptedData:"]
    for k in ["LIVEKIT_API_SECRET", "TURN_STATIC_AUTH_SECRET", "DAILY_API_KEY"][: r.randint(1, 3)]:
        lines.append("    %s: %s" % (k, "Ag" + b64(rbytes(r, r.choice([280, 300, 320])))))
    lines += ["  template:", "    metadata:", "      name: rtc-credentials", "      namespace: media"]
    return path, "kubernetes", "\n".join(lines) + "\n", "kubernetes", "ciphertext"


def n_webex_payload(r, app):
    doc = {"id": webex_id(r, "WEBHOOK"), "name": "%s messages" % app, "targetUrl": "https://hooks.%s.example.com/webex" % app,
           "resource": "messages", "event": "created", "orgId": webex_id(r, "ORGANIZATION"), "createdBy": webex_id(r, "PEOPLE"),
           "appId": webex_id(r, "APPLICATION"), "ownedBy": "creator", "status": "active", "actorId": webex_id(r, "PEOPLE"),
           "data": {"id": webex_id(r, "MESSAGE"), "roomId": webex_id(r, "ROOM"), "roomType": "group", "personId": webex_id(r, "PEOPLE"),
                    "personEmail": "%s@%s.example.com" % (pick(r, ["sam", "lee", "ana"]), app), "created": "2024-0%d-1%dT10:2%d:00.000Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9))}}
    return pick(r, ["tests/fixtures/webex_message_created.json", "testdata/webex/webhook.json"]), "json", json.dumps(doc, indent=2) + "\n", "webex", "resource_id"


def n_zoom_webhook(r, app):
    doc = {"event": pick(r, ["meeting.started", "meeting.ended", "recording.completed"]), "event_ts": 1700000000000 + r.randrange(10 ** 10),
           "payload": {"account_id": mixed(r, B62 + "-_", 22), "object": {"uuid": b64(rbytes(r, 16)), "id": r.randint(80000000000, 99999999999),
                       "host_id": mixed(r, B62 + "-_", 22), "topic": pick(r, ["Daily standup", "Customer onboarding"]), "type": 2,
                       "start_time": "2024-05-0%dT15:00:00Z" % r.randint(1, 9), "timezone": "America/Los_Angeles", "duration": 30}}}
    return pick(r, ["tests/fixtures/zoom/meeting_started.json", "spec/fixtures/zoom_event.json"]), "json", json.dumps(doc, indent=2) + "\n", "zoom", "webhook_payload"


def n_getstats(r, app):
    fp = colon_hex(r)
    doc = [{"id": "RTCCertificate_%s" % colon_hex(r, 4).replace(":", ""), "type": "certificate", "fingerprint": fp, "fingerprintAlgorithm": "sha-256",
            "base64Certificate": "(omitted)"},
           {"id": "OT01V%d" % r.randint(1000, 9999), "type": "outbound-rtp", "ssrc": r.randint(10 ** 8, 4 * 10 ** 9), "kind": "video",
            "mid": "1", "trackIdentifier": uuid4(r), "bytesSent": r.randint(10 ** 5, 10 ** 8), "framesPerSecond": r.choice([15, 24, 30])},
           {"id": "CP%s_%s" % (rs(r, B62, 8), rs(r, B62, 8)), "type": "candidate-pair", "state": "succeeded", "nominated": True,
            "currentRoundTripTime": round(r.random() / 5, 3)},
           {"id": "T01", "type": "transport", "dtlsState": "connected", "dtlsCipher": "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "srtpCipher": "AES_CM_128_HMAC_SHA1_80", "selectedCandidatePairId": "CP-%s" % rs(r, B62, 8), "localCertificateId": "RTCCertificate_x"}]
    return pick(r, ["tests/fixtures/getstats-chrome.json", "docs/debug/stats-dump.json"]), "json", json.dumps(doc, indent=2) + "\n", "webrtc", "stats_dump"


def n_masked_log(r, app):
    path = pick(r, ["docs/incidents/2024-03-rtc-outage.md", "logs/token-server.sample.log"])
    lines = ["2024-03-%02dT0%d:%02d:%02dZ INFO  token-server starting (env=prod)" % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59)),
             "... INFO  config loaded: LIVEKIT_API_KEY=API%s LIVEKIT_API_SECRET=**** (redacted)" % mixed(r, B62, 12),
             "... INFO  zoom oauth: client_id=%s client_secret=[REDACTED]" % mixed(r, B62, 22),
             "... DEBUG POST https://api.daily.co/v1/rooms Authorization: Bearer ****%s" % rs(r, HEX, 4),
             "... INFO  agora appId=%s certificate=<hidden>" % rs(r, HEX, 32),
             "... WARN  TURN static-auth-secret not set, falling back to lt-cred-mech",
             "... INFO  request_id=%s room=%s-standup participants=%d" % (uuid4(r), app, r.randint(2, 12))]
    if path.endswith(".md"):
        return path, "markdown", "\n".join(["# Incident: token minting outage", "", "Relevant log excerpt (secrets are masked by our logger):", "", "```"] + lines + ["```", "", "Root cause: expired secret in the old ConfigMap; moved to Vault."]) + "\n", "mixed", "masked_values"
    return path, "log", "\n".join(lines) + "\n", "mixed", "masked_values"


def n_dtls_cfg(r, app):
    path = pick(r, ["src/sfu/transport.ts", "src/media/dtls.ts"])
    text = "\n".join(["import type { DtlsParameters } from 'mediasoup/node/lib/types';", "", "// Fingerprint of the edge certificate, pinned for the canary bridge",
                      "export const PINNED_DTLS: DtlsParameters = {", "  role: 'auto',", "  fingerprints: [",
                      "    { algorithm: 'sha-256', value: '%s' }," % colon_hex(r), "  ],", "};", "",
                      "export const LISTEN_IPS = [{ ip: '0.0.0.0', announcedIp: '%s' }];" % ipv4(r)]) + "\n"
    return path, "typescript", text, "webrtc", "dtls_fingerprint"


def n_test_vector(r, app):
    path = pick(r, ["tests/test_turn_credentials.py", "tests/unit/test_turn_rest.py"])
    text = "\n".join(["from app.turn import turn_credentials", "", "", "def test_turn_rest_credential_format():",
                      "    # the secret below is a fixed test value, not used anywhere else", '    user, cred = turn_credentials("test-secret", "alice", now=1700000000, ttl=3600)',
                      '    assert user == "1700003600:alice"', "    assert len(cred) == 28  # base64(sha1)", "",
                      "", "def test_rejects_empty_secret():", "    import pytest", "    with pytest.raises(ValueError):",
                      '        turn_credentials("", "bob")']) + "\n"
    return path, "python", text, "coturn", "test_vector"


def n_daily_rooms(r, app):
    dom = pick(r, ["acme", "meetly", "classroomx"])
    rooms = ["https://%s.daily.co/%s" % (dom, pick(r, ["standup", "design-review", "office-hours", "1on1"]) + "-" + rs(r, LOWN, 6)) for _ in range(r.randint(2, 4))]
    text = "\n".join(["# Standing rooms", "", "Permanent Daily rooms (public links, no token required):", ""] + ["- %s" % u for u in rooms]
                     + ["", "Private rooms require a meeting token from `POST /api/daily/meeting-token` (the API key is in Vault under `daily/api-key`).",
                        "", "Room names are lowercase, 6-char suffix generated by `scripts/new-room.sh`."]) + "\n"
    return "docs/rooms.md", "markdown", text, "daily", "room_url"


def n_hms_rooms(r, app):
    rows = []
    for _ in range(r.randint(2, 5)):
        rows.append("| %s | `%s` | `%s-%s-%s` |" % (pick(r, ["host", "guest", "viewer", "broadcaster"]), rs(r, HEX, 24), rs(r, LOW, 3), rs(r, LOW, 4), rs(r, LOW, 3)))
    text = "\n".join(["# 100ms rooms", "", "Template id: `%s`" % rs(r, HEX, 24), "", "| role | room id | room code |", "|---|---|---|"] + rows
                     + ["", "Room codes are meant to be shared with participants; the app secret never leaves the token service."]) + "\n"
    return pick(r, ["docs/100ms-rooms.md", "notes/hms-rooms.md"]), "markdown", text, "100ms", "room_id"


DOMAIN_NEG = [n_agora_client, n_zoom_invite, n_sdp, n_ice_servers, n_ice_log, n_livekit_k8s, n_twilio_sids, n_sendbird_client,
              n_stream_client, n_vonage_session, n_mux_player, n_public_key, n_jaas_client, n_millicast_viewer, n_coturn_sample,
              n_janus_default, n_lockfile, n_digests, n_i18n, n_changelog, n_sealed, n_webex_payload, n_zoom_webhook, n_getstats,
              n_masked_log, n_dtls_cfg, n_test_vector, n_daily_rooms, n_hms_rooms]


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------
NONOBV_SPECIFIC = (t_livekit_yaml, t_sipp)
NEG_CATEGORIES = [("placeholder", 25), ("env", 24), ("ref", 12), ("masked", 13), ("empty", 10), ("zeros", 7), ("sample", 9)]


def weighted(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def choose_template(r, sp, obvious, positive):
    """Obvious name: ~half kind-specific config files (if any), rest generic templates with a telling name.
    Less obvious: positional arguments, HTTP headers / basic auth / bodies, non-obvious kind-specific
    files, or generic templates with a neutral variable name."""
    spec_obv, spec_neu = [], []
    for fn, keys, pos_only in SPECIFIC:
        if sp.key in keys and (positive or not pos_only):
            (spec_neu if fn in NONOBV_SPECIFIC else spec_obv).append(fn)
    if obvious:
        if spec_obv and r.random() < 0.65:
            return pick(r, spec_obv)
        return pick(r, GENERIC)
    choices = [("generic", 30)]
    pos = [fn for fn, lang in POSITIONAL if lang in sp.pos]
    if pos:
        choices.append(("pos", 25))
    if sp.http:
        choices.append(("http", 25))
    if spec_neu:
        choices.append(("spec", 30))
    what = weighted(r, choices)
    if what == "pos":
        return pick(r, pos)
    if what == "http":
        return pick(r, HTTP)
    if what == "spec":
        return pick(r, spec_neu)
    return pick(r, GENERIC)


def pem_needle(text):
    a = text.index("-----BEGIN")
    e = text.index("-----END", a)
    b = text.index("-----", e + 8) + 5
    return text[a:b]


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def make_positive(r, sp):
    d = sp.gen(r)
    obvious = r.random() < 0.5
    v = Val(r, sp, d, True)
    c = Ctx(r, sp, d, v, obvious, True)
    tpl = choose_template(r, sp, obvious, True)
    path, ftype, text = tpl(c)
    needle = pem_needle(text) if sp.multi else d["S"]
    return {"path": path, "filetype": ftype, "text": text, "provider": sp.provider, "kind": sp.kind,
            "needle": needle, "line": line_of(text, needle), "template": tpl.__name__, "obvious": obvious}


def make_negative_reuse(r, sp):
    _RSA_MODE["real"] = False
    try:
        d = sp.gen(r)
    finally:
        _RSA_MODE["real"] = True
    obvious = r.random() < 0.5
    cat = weighted(r, NEG_CATEGORIES)
    v = Val(r, sp, d, False, cat)
    c = Ctx(r, sp, d, v, obvious, False)
    tpl = choose_template(r, sp, obvious, False)
    path, ftype, text = tpl(c)
    return {"path": path, "filetype": ftype, "text": text, "provider": sp.provider,
            "kind": "%s:%s" % (v.cat, sp.kind), "template": tpl.__name__}


def make_negative_domain(r, fn):
    path, ftype, text, provider, kind = fn(r, pick(r, APPS))
    return {"path": path, "filetype": ftype, "text": text, "provider": provider, "kind": kind, "template": fn.__name__}


def balanced(r, items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        r.shuffle(chunk)
        out += chunk
    return out[:n]


def generate(outdir, seed, n_pos=500, n_neg=500):
    r = random.Random(seed)
    records = []
    for i, sp in enumerate(balanced(r, SPECS, n_pos)):
        rec = make_positive(r, sp)
        rec["id"] = "pos/p%04d" % i
        rec["label"] = "pos"
        records.append(rec)
    n_reuse = n_neg // 2
    plan = [("reuse", sp) for sp in balanced(r, SPECS, n_reuse)] + [("domain", fn) for fn in balanced(r, DOMAIN_NEG, n_neg - n_reuse)]
    r.shuffle(plan)
    for i, (how, what) in enumerate(plan):
        rec = make_negative_reuse(r, what) if how == "reuse" else make_negative_domain(r, what)
        rec["id"] = "neg/n%04d" % i
        rec["label"] = "neg"
        records.append(rec)

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as man, \
            open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as sec:
        for rec in records:
            rel = rec["id"] + "/" + rec["path"]
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(rec["text"])
            man.write(json.dumps({"file": rel, "label": rec["label"], "provider": rec["provider"], "kind": rec["kind"],
                                  "filetype": rec["filetype"]}, ensure_ascii=False) + "\n")
            if rec["label"] == "pos":
                sec.write(json.dumps({"file": rel, "needle": rec["needle"], "line": rec["line"]}, ensure_ascii=False) + "\n")
    return records


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_db.py OUTDIR SEED\n")
        return 2
    try:
        seed = int(argv[2])
    except ValueError:
        seed = argv[2]
    generate(argv[1], seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
