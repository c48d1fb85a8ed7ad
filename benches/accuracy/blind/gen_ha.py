#!/usr/bin/env python3
"""gen_ha.py - blind evaluation set: push notifications and in-app messaging credentials.

EMPHASIS
    Domain: push notifications and in-app messaging back ends.
    Providers: OneSignal (v2 app/org API keys, legacy REST keys; app ids are public),
    Firebase Cloud Messaging (legacy server keys AAAA...:APA91b..., service-account JSON
    private keys for HTTP v1), Apple APNs token auth keys (.p8 PKCS#8 EC keys, key id +
    team id), Expo access tokens, Pusher Beams (secret keys, instance ids), Airship
    (app key + master secret), Braze (REST API keys, app identifiers), Knock (sk_ secret
    keys, pk_ public keys), Novu (API keys), Courier (auth tokens), MagicBell (API secret),
    Customer.io (Track site id + API key, App API key), Iterable (API keys), Batch (REST API
    keys), Pushwoosh (API access tokens), web-push VAPID private keys (base64url, PEM).
    File types: Node/TypeScript, Python, Ruby, PHP, Go, Kotlin, Swift, Java, Dart, Elixir,
    Firebase configs, google-services.json, GoogleService-Info.plist, YAML (k8s, CI,
    Helm, app config), JSON, TOML, INI, properties, XML, .env (few), Terraform, Markdown,
    shell/curl, Dockerfile, SQL, CSV, logs, PEM/.p8 files.

USAGE
    python3 -B gen_ha.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> (one credential each),
    OUTDIR/neg/n0000..n0499/<relpath> (no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  All randomness comes from one random.Random(SEED); the output is
    byte-identical for one seed.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Header / URL / CLI argument: only the secret part (the key after "Key ", "Bearer ",
      "key=", "ApiKey ", the password part of "-u appkey:secret").  Where a file holds a
      Basic-auth header that base64-encodes "app_key:master_secret", the needle is the
      whole base64 blob after "Basic ".
    * Key pairs / id + secret pairs (Customer.io site id + key, Airship app key + master
      secret, Beams instance id + secret key, APNs key id + team id + .p8): the needle is
      the secret half only; the ids are public.
    * FCM legacy server key: the whole AAAA...:APA91b... string (152 characters).
    * PEM keys (.p8, service-account private_key, VAPID PEM, multi-line or JSON-escaped
      with \\n): the needle is the first 64 characters of the base64 body, i.e. the first
      body line after -----BEGIN PRIVATE KEY-----; it is on one line in every layout.
    * gorush-style key_base64 (base64 of the whole .p8 file): the whole base64 string.
    * VAPID raw private key: the 43-character base64url string.

NEGATIVES
    500 files without any credential.  250 re-use the positive templates with the secret
    slot holding something that is not a secret: placeholders (<your-key>,
    YOUR_REST_API_KEY, changeme, xxxx...), empty values, masked values (****, [REDACTED],
    os_v2_app_****), environment references (${VAR}, os.environ[...], process.env.X,
    ENV.fetch, os.Getenv, System.getenv), secret-manager references (vault paths, op://,
    AWS/GCP secret ids, ${{ secrets.X }}), template expressions (Helm, Jinja, ERB),
    providers' documented example values (OneSignal's documented Basic key, Knock's
    sk_12345, Airship's base64 of "app_key:master_secret", Apple's ABC123DEFG/DEF123GHIJ,
    Braze's 01234567-89ab-cdef-0123-456789abcdef ...) and values the providers document
    as public where they plausibly land in a key slot (Knock pk_ keys, Braze app
    identifiers, Airship app secrets, MagicBell API keys, Firebase web API keys, public-key
    PEMs in a key file); key files (.p8/.pem) may also be git-lfs pointers.
    The other 250 are look-alikes of the domain: google-services.json,
    GoogleService-Info.plist, Firebase web config, FCM registration tokens, Firebase
    installation ids, APNs device tokens (64 hex), Expo push tokens, VAPID public keys and
    push subscriptions, sender ids / project numbers, instance ids, UUIDs, message ids,
    lockfile integrity hashes, Podfile.lock checksums, go.sum hashes, image digests,
    public key PEMs and certificates, webhook signatures, base64 payloads, OneSignal app
    ids, Beams instance ids, Batch SDK API keys, MagicBell API keys, Customer.io site ids,
    Pushwoosh application codes, Novu application identifiers, Apple team ids.
    No negative lives in a file named .env / .env.<stage> (.env.example is used instead).

FORMATS CHECKED (search tool; docs + pages + public code for how projects write them)
    * OneSignal docs (Keys & IDs): App ID and Org ID are public UUID v4; App API keys and
      Organization API keys are private, sent as "Authorization: Key <key>"; legacy keys
      sent as "Basic <key>".  Public code shows v2 keys "os_v2_app_" + 103 lowercase
      base32 chars; decoding showed 64 bytes = app UUID (16) + key UUID v4 (16) + 32
      random bytes.  The generator builds keys that way.  Legacy keys: 48-char base64 of a
      UUID string (the documented example decodes to a UUID string).
    * FCM legacy server key: public code shows "AAAA" + 7 + ":APA91b" + 134 = 152 chars;
      the 11-char head is base64url of the 8-byte big-endian sender id / project number
      (decoded to 12-digit numbers).  Firebase docs: HTTP v1 uses service-account JSON.
    * FCM registration tokens: docs/Q&A say opaque, up to ~163 chars, base64url; observed
      "<22-char installation id>:APA91b<...>".
    * APNs: Apple docs - 10-character key id, 10-character team id, .p8 signing key,
      ES256.  .p8 = PKCS#8 P-256 key (MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEH...).  Keys here
      are real P-256 key pairs computed in pure Python.  Device tokens: 32 bytes / 64 hex.
    * Expo docs: personal / robot access tokens used as EXPO_TOKEN or Bearer; code shows
      40-char [A-Za-z0-9_-] tokens.  Push tokens ExponentPushToken[...] are not secrets.
    * Pusher Beams docs: instanceId (UUID) + secretKey; code shows 64 uppercase hex.
    * Airship docs: app key + app secret ship in the app bundle; the master secret is
      server-only; Basic auth of appKey:masterSecret.  Code shows 22-char base64url values.
    * Knock docs: secret keys start sk_, public keys pk_ (public keys safe client-side);
      code shows sk_test_ + 43 base64url chars.
    * Braze docs: REST API key sent as Bearer; app identifiers are UUIDs (documented
      example 01234567-89ab-cdef-0123-456789abcdef); REST endpoint rest.iad-0N.braze.com.
    * Novu: "Authorization: ApiKey <key>"; code shows 32 lowercase hex.
    * Courier: code shows authorizationToken "pk_prod_" + 28 upper-case alphanumerics.
    * MagicBell: X-MAGICBELL-API-KEY (40 hex) + X-MAGICBELL-API-SECRET (40 alphanumerics).
    * Customer.io docs: Track API = Basic auth site_id:api_key; App API = Bearer key.
    * Iterable: Api-Key header; code validates /^[a-f0-9]{32}$/.
    * Batch: https://api.batch.com/1.x/<API key>/..., header X-Authorization: <REST key>;
      code shows 30-char upper-hex SDK API keys (DEV-prefixed for dev) and 32-hex REST keys.
    * Pushwoosh: createMessage body {"application": "XXXXX-XXXXX", "auth": <token>};
      code shows 80-char alphanumeric API access tokens.
    * VAPID (RFC 8292 / web-push libraries): private key = 32-byte P-256 scalar in
      base64url (43 chars), public key = 65-byte uncompressed point (87 chars, starts B).
    * Firebase web config apiKey "AIza" + 35 chars is documented as public-identifying.

DOUBTS
    * Expo access-token length/alphabet, Knock production-key shape (sk_ without _test_),
      Courier token alphabet, MagicBell secret alphabet, Customer.io key lengths (20 hex
      track key, 32 hex app key), Braze REST key being UUID-shaped, Pushwoosh token length
      and Batch key lengths come from public code, not from provider documentation.
    * OneSignal legacy REST keys are assumed to be base64 of a UUID string (observed in
      the documented example only).
    * Service-account RSA keys are structurally valid PKCS#8/ASN.1 (n = p*q, e = 65537) but
      p and q are random odd numbers, not proven primes (pure-Python prime search was too
      slow for the 20 s budget).  EC (APNs/VAPID) keys are real P-256 key pairs.
    * Whether a scanner should treat Airship app secrets, Batch SDK keys and MagicBell
      API keys as public follows the providers' docs (they ship in apps); a stricter policy
      could disagree.
    * One public-code hit during research was a project's own secret-pattern test and one
      docs hit was a commercial scanner's detector page; neither was used.
"""
import base64
import json
import os
import random
import sys

# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


class G:
    """All randomness of a run goes through one instance of this class."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        return self.s(HEXU if upper else HEXL, n)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def int(self, a, b):
        return self.r.randint(a, b)

    def uuid_bytes(self):
        b = bytearray(self.bytes(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        return bytes(b)

    def uuid(self, upper=False):
        h = self.uuid_bytes().hex()
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def digits(self, n):
        return str(self.int(1, 9)) + self.s("0123456789", n - 1)

    def shuffle(self, lst):
        self.r.shuffle(lst)


def uuid_to_bytes(u):
    return bytes.fromhex(u.replace("-", ""))


# --------------------------------------------------------------------------------------
# crypto-shaped material
# --------------------------------------------------------------------------------------
P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    P = P256_P
    if x1 == x2:
        if (y1 + y2) % P == 0:
            return None
        lam = (3 * x1 * x1 - 3) * pow(2 * y1, -1, P) % P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P) % P
    x3 = (lam * lam - x1 - x2) % P
    return (x3, (lam * (x1 - x3) - y1) % P)


def ec_pub(k):
    res, add = None, P256_G
    while k:
        if k & 1:
            res = _ec_add(res, add)
        add = _ec_add(add, add)
        k >>= 1
    return res


def ec_keypair(g):
    k = g.r.randrange(1, P256_N)
    x, y = ec_pub(k)
    priv = k.to_bytes(32, "big")
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    return priv, pub


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, "big")
    return der(0x02, b)


OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_RSA = bytes.fromhex("06092a864886f70d0101010500")


def ec_pkcs8(priv, pub, with_params=True):
    inner = der_int(1) + der(0x04, priv)
    if with_params:
        inner += der(0xA0, OID_P256)
    inner += der(0xA1, der(0x03, b"\x00" + pub))
    return der(0x30, der_int(0) + der(0x30, OID_EC + OID_P256) + der(0x04, der(0x30, inner)))


def ec_spki(pub):
    return der(0x30, der(0x30, OID_EC + OID_P256) + der(0x03, b"\x00" + pub))


def _odd(g, bits):
    return g.r.getrandbits(bits) | (3 << (bits - 2)) | 1


def rsa_pkcs8(g):
    p, q = _odd(g, 1024), _odd(g, 1024)
    n = p * q
    d = g.r.getrandbits(2040) | (1 << 2039)
    vals = [0, n, 65537, d, p, q, d % (p - 1), d % (q - 1), g.r.getrandbits(1023)]
    rsakey = der(0x30, b"".join(der_int(v) for v in vals))
    return der(0x30, der_int(0) + der(0x30, OID_RSA) + der(0x04, rsakey))


def rsa_spki(g):
    n = _odd(g, 1024) * _odd(g, 1024)
    return der(0x30, der(0x30, OID_RSA) + der(0x03, b"\x00" + der(0x30, der_int(n) + der_int(65537))))


def pem(label, blob):
    body = b64(blob)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def pem_needle(pem_text):
    return pem_text.split("\n")[1][:64]


# --------------------------------------------------------------------------------------
# public / look-alike values
# --------------------------------------------------------------------------------------
PROJECT_WORDS = ["acme", "orbit", "parcel", "tidal", "nimbus", "harbor", "lumen", "quill",
                 "sprout", "vertex", "cobalt", "ember", "fjord", "kite", "marble", "pylon"]
APP_WORDS = ["shop", "rides", "chat", "health", "bank", "news", "fitness", "events",
             "delivery", "booking", "social", "learn", "music", "wallet", "travel"]


def project_id(g):
    return "%s-%s-%s" % (g.pick(PROJECT_WORDS), g.pick(APP_WORDS), g.s("0123456789abcdef", 5))


def project_number(g):
    return g.digits(12)


def bundle_id(g):
    return "com.%s.%s" % (g.pick(PROJECT_WORDS), g.pick(APP_WORDS))


def firebase_web_key(g):
    return "AIza" + g.s(B64U, 35)


def firebase_app_id(g, pnum, platform):
    return "1:%s:%s:%s" % (pnum, platform, g.hex(22 if platform == "web" else 16))


def oauth_client_id(g, pnum):
    return "%s-%s.apps.googleusercontent.com" % (pnum, g.s("abcdefghijklmnopqrstuvwxyz0123456789", 32))


def fid(g):
    b = bytearray(g.bytes(17))
    b[0] = 0x70 | (b[0] & 0x0F)
    return b64u(bytes(b))[:22]


def fcm_reg_token(g):
    return fid(g) + ":APA91b" + g.s(B64U, 134)


def apns_device_token(g, upper=False):
    return g.hex(64, upper)


def expo_push_token(g):
    return "ExponentPushToken[" + g.s(B64U, 22) + "]"


def apple_id10(g):
    return g.s(UPALNUM, 10)


def vapid_public(g):
    return b64u(ec_keypair(g)[1])


def batch_sdk_key(g, dev=False):
    return ("DEV" + g.hex(27, True)) if dev else g.hex(30, True)


def pushwoosh_app_code(g):
    return g.hex(5, True) + "-" + g.hex(5, True)


def braze_endpoint(g, kind="rest"):
    return "https://%s.%s.braze.%s" % (kind, g.pick(["iad-01", "iad-02", "iad-03", "iad-05", "iad-06"]),
                                       "com") if g.chance(0.8) else "https://%s.fra-0%d.braze.eu" % (kind, g.int(1, 2))


# --------------------------------------------------------------------------------------
# secret generators: each returns a dict with the secret value and related public ids
# --------------------------------------------------------------------------------------
def sec_onesignal_app(g):
    app = g.uuid()
    raw = uuid_to_bytes(app) + g.uuid_bytes() + g.bytes(32)
    key = "os_v2_app_" + base64.b32encode(raw).decode().lower().rstrip("=")
    return {"provider": "onesignal", "kind": "app_api_key", "value": key, "app_id": app}


def sec_onesignal_org(g):
    org = g.uuid()
    raw = uuid_to_bytes(org) + g.uuid_bytes() + g.bytes(32)
    key = "os_v2_org_" + base64.b32encode(raw).decode().lower().rstrip("=")
    return {"provider": "onesignal", "kind": "org_api_key", "value": key, "org_id": org, "app_id": g.uuid()}


def sec_onesignal_legacy(g):
    key = b64(g.uuid().encode())
    return {"provider": "onesignal", "kind": "legacy_rest_api_key", "value": key, "app_id": g.uuid()}


def sec_fcm_server(g):
    pnum = project_number(g)
    head = b64u(int(pnum).to_bytes(8, "big"))
    key = head + ":APA91b" + g.s(B64U, 134)
    return {"provider": "fcm", "kind": "legacy_server_key", "value": key, "sender_id": pnum}


def sec_fcm_sa(g):
    pid = project_id(g)
    pk = pem("PRIVATE KEY", rsa_pkcs8(g))
    return {"provider": "fcm", "kind": "service_account_private_key", "value": pem_needle(pk), "pem": pk,
            "project_id": pid, "key_id": g.hex(40), "client_id": g.digits(21),
            "email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (g.s("abcdefghijklmnopqrstuvwxyz0123456789", 5), pid)}


def sec_apns_p8(g):
    priv, pub = ec_keypair(g)
    pk = pem("PRIVATE KEY", ec_pkcs8(priv, pub, True))
    return {"provider": "apns", "kind": "auth_key_p8", "value": pem_needle(pk), "pem": pk,
            "key_id": apple_id10(g), "team_id": apple_id10(g), "bundle": bundle_id(g)}


def sec_expo(g):
    return {"provider": "expo", "kind": "access_token", "value": g.s(B64U, 40)}


def sec_beams(g):
    return {"provider": "pusher_beams", "kind": "secret_key", "value": g.hex(64, True), "instance_id": g.uuid()}


def sec_airship(g):
    return {"provider": "airship", "kind": "master_secret", "value": b64u(g.bytes(16)),
            "app_key": b64u(g.bytes(16))}


def sec_braze(g):
    return {"provider": "braze", "kind": "rest_api_key", "value": g.uuid(), "endpoint": braze_endpoint(g)}


def sec_knock(g):
    pre = "sk_test_" if g.chance(0.6) else "sk_"
    return {"provider": "knock", "kind": "secret_api_key", "value": pre + b64u(g.bytes(32))}


def sec_novu(g):
    return {"provider": "novu", "kind": "api_key", "value": g.hex(32)}


def sec_courier(g):
    pre = "pk_prod_" if g.chance(0.7) else "pk_test_"
    return {"provider": "courier", "kind": "auth_token", "value": pre + g.s(CROCK, 28)}


def sec_magicbell(g):
    return {"provider": "magicbell", "kind": "api_secret", "value": g.s(ALNUM, 40), "api_key": g.hex(40)}


def sec_cio_track(g):
    return {"provider": "customerio", "kind": "track_api_key", "value": g.hex(20), "site_id": g.hex(20)}


def sec_cio_app(g):
    return {"provider": "customerio", "kind": "app_api_key", "value": g.hex(32)}


def sec_iterable(g):
    return {"provider": "iterable", "kind": "api_key", "value": g.hex(32)}


def sec_batch(g):
    return {"provider": "batch", "kind": "rest_api_key", "value": g.hex(32),
            "api_key": batch_sdk_key(g, g.chance(0.3))}


def sec_pushwoosh(g):
    return {"provider": "pushwoosh", "kind": "api_access_token", "value": g.s(ALNUM, 80),
            "app_code": pushwoosh_app_code(g)}


def sec_vapid(g):
    priv, pub = ec_keypair(g)
    return {"provider": "webpush", "kind": "vapid_private_key", "value": b64u(priv), "public": b64u(pub),
            "pem": pem("PRIVATE KEY", ec_pkcs8(priv, pub, False))}


# --------------------------------------------------------------------------------------
# the secret slot: real secret for positives, innocent filler for negatives
# --------------------------------------------------------------------------------------
DOC_EXAMPLES = {
    "onesignal": ["NGEwMGZmMjItY2NkNy0xMWUzLTk5ZDUtMDAwYzI5NDBlNjJj", "YOUR_REST_API_KEY"],
    "knock": ["sk_12345", "sk_test_12345", "sk_example_12345679"],
    "braze": ["01234567-89ab-cdef-0123-456789abcdef", "YOUR-REST-API-KEY"],
    "pusher_beams": ["YOUR_SECRET_KEY_HERE"],
    "magicbell": ["[MAGICBELL_API_SECRET]", "my-api-secret"],
    "novu": ["<REPLACE_WITH_API_KEY_FROM_ADMIN_PANEL>"],
    "airship": ["<master_secret>", "masterSecret"],
    "customerio": ["YOUR-SITE-ID:YOUR-API-KEY", "YOUR_API_KEY"],
    "apns": ["ABC123DEFG"],
    "fcm": ["YOUR_SERVER_KEY", "AAAA...:APA91b..."],
    "expo": ["token"],
    "courier": ["<AUTH_TOKEN>"],
    "iterable": ["YOUR_API_KEY"],
    "batch": ["YOUR_REST_API_KEY"],
    "pushwoosh": ["YOUR_API_ACCESS_TOKEN", "API_TOKEN"],
    "webpush": ["YOUR_PRIVATE_VAPID_KEY"],
}

PREFIX_PLACEHOLDER = {
    "app_api_key": "os_v2_app_", "org_api_key": "os_v2_org_", "secret_api_key": "sk_test_",
    "auth_token": "pk_prod_", "legacy_server_key": "AAAA",
}

NEG_CATS = [("placeholder", 25), ("env", 20), ("secretref", 10), ("template", 10), ("masked", 10),
            ("empty", 7), ("doc", 9), ("public", 9)]

ENV_CODE = {
    "py": ['os.environ["{e}"]', 'os.getenv("{e}")', 'os.environ.get("{e}", "")'],
    "js": ["process.env.{e}", "process.env['{e}']", "process.env.{e} ?? ''"],
    "ts": ["process.env.{e}!", "process.env.{e} as string", "process.env.{e} ?? ''"],
    "rb": ['ENV["{e}"]', 'ENV.fetch("{e}")', "ENV.fetch('{e}', nil)"],
    "php": ["env('{e}')", "getenv('{e}')", "$_ENV['{e}']"],
    "go": ['os.Getenv("{e}")'],
    "kt": ['System.getenv("{e}")', 'System.getenv("{e}") ?: ""'],
    "java": ['System.getenv("{e}")'],
    "swift": ['ProcessInfo.processInfo.environment["{e}"] ?? ""'],
    "dart": ["Platform.environment['{e}']!", "const String.fromEnvironment('{e}')"],
    "ex": ['System.fetch_env!("{e}")', 'System.get_env("{e}")'],
    "tf": ["var.{l}"],
}


class Slot:
    def __init__(self, g, sec, cat=None):
        self.g, self.sec, self.cat = g, sec, cat
        self.pos = cat is None
        self._raw = None
        self._pem = None
        self._envform = None

    @property
    def value(self):
        return self.sec["value"]

    def _public(self):
        """A value the provider documents as public, where it plausibly lands in a key slot."""
        g, s = self.g, self.sec
        p = s["provider"]
        if p == "knock":
            return g.pick(["pk_test_", "pk_"]) + b64u(g.bytes(32))
        if p == "braze":
            return g.uuid()  # app identifier, called "API key" by the SDKs
        if p == "airship":
            return b64u(g.bytes(16))  # app secret: ships in the app bundle
        if p == "magicbell":
            return g.hex(40)
        if p == "fcm" and s["kind"] == "legacy_server_key":
            return firebase_web_key(g)
        return None

    def raw(self, env="API_KEY"):
        if self.pos:
            return self.value
        if self._raw is not None:
            return self._raw
        g, s, c = self.g, self.sec, self.cat
        prov = s["provider"]
        low = env.lower()
        if c == "placeholder":
            pre = PREFIX_PLACEHOLDER.get(s["kind"])
            opts = ["<your-%s-key>" % prov.replace("_", "-"), "YOUR_%s" % env, "your-%s-here" % low.replace("_", "-"),
                    "changeme", "x" * g.int(16, 40), "REPLACE_ME", "<%s>" % env, "TODO", "dummy-%s" % low.replace("_", "-"),
                    "insert-%s-here" % prov.replace("_", "-"), "CHANGE_ME_IN_PROD", "placeholder"]
            if pre:
                opts.append(pre + "x" * g.int(12, 30))
                opts.append(pre + "XXXXXXXXXXXXXXXX")
            v = g.pick(opts)
        elif c == "env":
            v = g.pick(["${%s}" % env, "$%s" % env, "${%s:?not set}" % env, "${%s:-}" % env])
        elif c == "secretref":
            v = g.pick(["vault:secret/data/push/%s#%s" % (prov, low),
                        "op://Platform/%s/credential" % prov.replace("_", " ").title(),
                        "arn:aws:secretsmanager:%s:%s:secret:push/%s-%s" % (
                            g.pick(["us-east-1", "eu-west-1", "eu-central-1"]), g.digits(12), low.replace("_", "-"), g.s(ALNUM, 6)),
                        "projects/%s/secrets/%s/versions/latest" % (project_id(g), low.replace("_", "-")),
                        "${{ secrets.%s }}" % env, "sm://%s" % low.replace("_", "-"),
                        "azurekeyvault://kv-push-%s/%s" % (g.pick(["prod", "stg"]), low.replace("_", "-"))])
        elif c == "template":
            v = g.pick(["{{ .Values.push.%s }}" % "".join(w.title() if i else w for i, w in enumerate(low.split("_"))),
                        "{{ %s }}" % low, "<%%= ENV['%s'] %%>" % env, "{{ lookup('env', '%s') }}" % env,
                        "#{%s}" % env, "%%(%s)s" % low, "{{%s}}" % env])
        elif c == "masked":
            pre = PREFIX_PLACEHOLDER.get(s["kind"], "")
            v = g.pick(["****", "********************", "[REDACTED]", "<redacted>", "***REDACTED***",
                        pre + "****" + g.s(HEXL, 0), "\u2022" * 12, "[FILTERED]", "(hidden)"])
        elif c == "empty":
            v = ""
        elif c == "doc":
            v = g.pick(DOC_EXAMPLES.get(prov, ["YOUR_API_KEY"]))
        else:  # public
            v = self._public()
            if v is None:
                v = g.pick(DOC_EXAMPLES.get(prov, ["YOUR_API_KEY"]))
                self.cat = "doc"
        self._raw = v
        return v

    def lit(self, lang, env="API_KEY", q='"'):
        if self.pos:
            return q + self.value + q
        if self.cat == "env" and lang in ENV_CODE:
            if self._envform is None:
                self._envform = self.g.pick(ENV_CODE[lang]).format(e=env, l=env.lower())
            return self._envform
        return q + self.raw(env) + q

    def pem(self, env="PRIVATE_KEY"):
        """PEM text (ends with newline) or a one-line stand-in for negatives."""
        if self.pos:
            return self.sec["pem"]
        if self._pem is not None:
            return self._pem
        g = self.g
        if self.cat == "public" and self.sec["provider"] in ("apns", "webpush"):
            v = pem("PUBLIC KEY", ec_spki(ec_keypair(g)[1]))
        elif self.cat == "public":
            v = pem("PUBLIC KEY", rsa_spki(g))
        elif self.cat in ("placeholder", "doc", "masked"):
            body = self.raw(env)
            v = "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n" % (body or "...")
        else:
            v = self.raw(env) + "\n"
        self._pem = v
        return v


def nm(g, conv, *alts):
    """Conventional variable name half of the time, otherwise a neutral one."""
    if not alts or g.chance(0.5):
        return conv
    return g.pick(list(alts))


def jesc(s):
    return json.dumps(s)[1:-1]


def indent(text, n):
    pad = " " * n
    return "".join(pad + ln if ln.strip() else ln for ln in text.splitlines(True))


# --------------------------------------------------------------------------------------
# positive templates (also used, with a filled slot, for half of the negatives)
# each returns (relpath, text) or (relpath, text, needle)
# --------------------------------------------------------------------------------------
def p_os_py(g, v, s):
    var = nm(g, "ONESIGNAL_REST_API_KEY", "PUSH_KEY", "OS_AUTH", "notify_token", "ONESIGNAL_KEY")
    path = g.pick(["app/notifications/onesignal.py", "services/push.py", "backend/notify/client.py"])
    t = '''"""Thin wrapper around the OneSignal REST API (v2 endpoints)."""
import logging

import requests

log = logging.getLogger(__name__)

ONESIGNAL_APP_ID = "%s"
%s = %s
API_URL = "https://api.onesignal.com/notifications?c=push"


def send_to_users(external_ids, title, body, url=None):
    payload = {
        "app_id": ONESIGNAL_APP_ID,
        "include_aliases": {"external_id": list(external_ids)},
        "target_channel": "push",
        "headings": {"en": title},
        "contents": {"en": body},
    }
    if url:
        payload["url"] = url
    headers = {
        "Authorization": f"Key {%s}",
        "Content-Type": "application/json; charset=utf-8",
    }
    resp = requests.post(API_URL, json=payload, headers=headers, timeout=10)
    if resp.status_code >= 400:
        log.warning("onesignal error %%s: %%s", resp.status_code, resp.text[:200])
    return resp.json()
''' % (s["app_id"], var, v.lit("py", "ONESIGNAL_REST_API_KEY"), var)
    return path, t


def p_os_node(g, v, s):
    path = g.pick(["src/lib/push.ts", "server/notifications/onesignal.ts", "api/utils/sendPush.ts"])
    hdr = v.raw("ONESIGNAL_API_KEY") if not (not v.pos and v.cat == "env") else "${process.env.ONESIGNAL_API_KEY}"
    t = """import fetch from "node-fetch";

const APP_ID = "%s";

export interface PushInput {
  userIds: string[];
  title: string;
  message: string;
  data?: Record<string, string>;
}

export async function sendPush({ userIds, title, message, data }: PushInput) {
  const res = await fetch("https://api.onesignal.com/notifications", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Key %s`,
    },
    body: JSON.stringify({
      app_id: APP_ID,
      include_aliases: { external_id: userIds },
      target_channel: "push",
      headings: { en: title },
      contents: { en: message },
      data,
    }),
  });
  if (!res.ok) {
    throw new Error(`OneSignal responded ${res.status}`);
  }
  return res.json();
}
""" % (s["app_id"], hdr)
    return path, t


def p_os_laravel(g, v, s):
    key = nm(g, "rest_api_key", "auth_key", "api_token")
    t = """<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'onesignal' => [
        'app_id' => '%s',
        '%s' => %s,
        'guzzle_client_timeout' => 10,
    ],

];
""" % (s["app_id"], key, v.lit("php", "ONESIGNAL_REST_API_KEY", "'"))
    return "config/services.php", t


def p_os_curl_md(g, v, s):
    t = """# Sending a test push

Use this when QA asks for a push on a staging device.

1. Find the subscription id in the OneSignal dashboard (Audience > Subscriptions).
2. Run:

```bash
curl -s --request POST \\
  --url 'https://api.onesignal.com/notifications?c=push' \\
  --header 'Authorization: Key %s' \\
  --header 'Content-Type: application/json; charset=utf-8' \\
  --data '{
    "app_id": "%s",
    "include_subscription_ids": ["%s"],
    "contents": {"en": "Staging test push"}
  }'
```

The response contains the notification `id`; paste it into the QA ticket.
""" % (v.raw("ONESIGNAL_API_KEY"), s["app_id"], g.uuid())
    return g.pick(["docs/push-testing.md", "docs/runbooks/send-test-push.md", "README.notifications.md"]), t


def p_os_go(g, v, s):
    var = nm(g, "oneSignalAPIKey", "restKey", "osKey", "pushAuth")
    t = """package notify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	oneSignalAppID = "%s"
	oneSignalURL   = "https://api.onesignal.com/notifications"
)

var %s = %s

type message struct {
	AppID          string            `json:"app_id"`
	IncludeAliases map[string][]string `json:"include_aliases"`
	TargetChannel  string            `json:"target_channel"`
	Contents       map[string]string `json:"contents"`
}

var client = &http.Client{Timeout: 8 * time.Second}

// Send pushes a plain text notification to the given external ids.
func Send(externalIDs []string, text string) error {
	body, _ := json.Marshal(message{
		AppID:          oneSignalAppID,
		IncludeAliases: map[string][]string{"external_id": externalIDs},
		TargetChannel:  "push",
		Contents:       map[string]string{"en": text},
	})
	req, err := http.NewRequest(http.MethodPost, oneSignalURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Key "+%s)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("onesignal: status %%d", resp.StatusCode)
	}
	return nil
}
""" % (s["app_id"], var, v.lit("go", "ONESIGNAL_API_KEY"), var)
    return g.pick(["internal/notify/onesignal.go", "pkg/push/onesignal.go"]), t


def p_os_legacy_rb(g, v, s):
    t = """require 'net/http'
require 'json'

# Legacy OneSignal v1 API - still used by the nightly digest job.
class DigestPusher
  ENDPOINT = URI('https://onesignal.com/api/v1/notifications')
  APP_ID = '%s'

  def deliver(player_ids, text)
    http = Net::HTTP.new(ENDPOINT.host, ENDPOINT.port)
    http.use_ssl = true
    request = Net::HTTP::Post.new(ENDPOINT.path,
                                  'Content-Type' => 'application/json;charset=utf-8',
                                  'Authorization' => "Basic %s")
    request.body = {
      app_id: APP_ID,
      include_player_ids: player_ids,
      contents: { en: text }
    }.to_json
    response = http.request(request)
    Rails.logger.info("digest push #{response.code}")
    response
  end
end
""" % (s["app_id"], v.raw("ONESIGNAL_REST_API_KEY") if not (not v.pos and v.cat == "env") else "#{ENV['ONESIGNAL_REST_API_KEY']}")
    return g.pick(["app/jobs/digest_pusher.rb", "lib/digest_pusher.rb"]), t


def p_os_org_yaml(g, v, s):
    key = nm(g, "org_api_key", "admin_key", "management_token")
    t = """# Provisioning script config: creates one OneSignal app per white-label tenant.
onesignal:
  organization_id: %s
  %s: %s
  defaults:
    chrome_web_origin: https://app.example.com
    apns_env: production
    site_name: Tenant portal
tenants:
  - slug: %s
    app_id: %s
  - slug: %s
    app_id: %s
""" % (s["org_id"], key, yq(v.raw("ONESIGNAL_ORG_API_KEY")),
       g.pick(PROJECT_WORDS), s["app_id"], g.pick(APP_WORDS), g.uuid())
    return g.pick(["tools/provision/tenants.yml", "ops/onesignal-tenants.yaml"]), t


def p_os_env(g, v, s):
    t = """# push
ONESIGNAL_APP_ID=%s
ONESIGNAL_REST_API_KEY=%s
PUSH_DEFAULT_TTL=86400
""" % (s["app_id"], v.raw("ONESIGNAL_REST_API_KEY"))
    return "@ENV", t


# ----- FCM legacy server key -----
def p_fcm_retrofit(g, v, s):
    pkg = bundle_id(g)
    t = """package %s.network

import %s.model.PushBody
import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.Headers
import retrofit2.http.POST

interface FcmService {
    @Headers(
        "Content-Type:application/json",
        "Authorization:key=%s"
    )
    @POST("fcm/send")
    fun send(@Body body: PushBody): Call<Void>
}
""" % (pkg, pkg, v.raw("FCM_SERVER_KEY"))
    return "app/src/main/java/%s/network/FcmService.kt" % pkg.replace(".", "/"), t


def p_fcm_php(g, v, s):
    var = nm(g, "FCM_SERVER_KEY", "PUSH_SERVER_KEY", "GCM_KEY", "FIREBASE_KEY")
    t = """<?php
// helpers/push.php - legacy HTTP API, scheduled for migration to HTTP v1.

define('%s', %s);

function send_push(array $tokens, string $title, string $body): array
{
    $fields = [
        'registration_ids' => $tokens,
        'notification' => ['title' => $title, 'body' => $body, 'sound' => 'default'],
        'priority' => 'high',
    ];
    $headers = [
        'Authorization: key=' . %s,
        'Content-Type: application/json',
    ];
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($fields));
    $result = curl_exec($ch);
    curl_close($ch);
    return json_decode($result, true) ?? [];
}
""" % (var, v.lit("php", "FCM_SERVER_KEY", "'"), var)
    return g.pick(["helpers/push.php", "includes/fcm.php", "lib/Push/legacy.php"]), t


def p_fcm_pyfcm(g, v, s):
    t = """from pyfcm import FCMNotification

from .models import Device

push_service = FCMNotification(api_key=%s)


def notify_order_ready(order):
    tokens = list(Device.objects.filter(user=order.user, active=True).values_list("token", flat=True))
    if not tokens:
        return None
    return push_service.notify_multiple_devices(
        registration_ids=tokens,
        message_title="Order ready",
        message_body=f"Order #{order.number} is ready for pickup",
        data_message={"order_id": str(order.id)},
    )
""" % v.lit("py", "FCM_SERVER_KEY")
    return g.pick(["orders/push.py", "apps/notifications/fcm.py"]), t


def p_fcm_props(g, v, s):
    key = nm(g, "fcm.server-key", "push.gcm.api-key", "notification.android.key")
    t = """spring.application.name=notification-service
server.port=8085
spring.datasource.url=jdbc:postgresql://db:5432/notifications
spring.datasource.username=notifier
spring.jpa.hibernate.ddl-auto=validate
fcm.endpoint=https://fcm.googleapis.com/fcm/send
fcm.sender-id=%s
%s=%s
fcm.retry.max-attempts=3
management.endpoints.web.exposure.include=health,info
""" % (s["sender_id"], key, v.raw("FCM_SERVER_KEY"))
    return "src/main/resources/application.properties", t


def p_fcm_dart(g, v, s):
    t = """import 'dart:convert';

import 'package:http/http.dart' as http;

class PushSender {
  static const _endpoint = 'https://fcm.googleapis.com/fcm/send';
  static const _serverKey = %s;

  Future<void> sendToTopic(String topic, String title, String body) async {
    final response = await http.post(
      Uri.parse(_endpoint),
      headers: <String, String>{
        'Content-Type': 'application/json',
        'Authorization': 'key=$_serverKey',
      },
      body: jsonEncode({
        'to': '/topics/$topic',
        'notification': {'title': title, 'body': body},
      }),
    );
    if (response.statusCode != 200) {
      throw Exception('FCM send failed: ${response.statusCode}');
    }
  }
}
""" % v.lit("dart", "FCM_SERVER_KEY", "'")
    return g.pick(["lib/services/push_sender.dart", "lib/core/fcm.dart"]), t


def p_fcm_log(g, v, s):
    ts = "2023-%02d-%02dT%02d:%02d" % (g.int(1, 12), g.int(1, 28), g.int(0, 23), g.int(0, 59))
    lines = []
    for i in range(g.int(3, 6)):
        lines.append("%s:%02d.%03dZ INFO  [push-worker-%d] delivered batch size=%d success=%d failure=%d" % (
            ts, g.int(0, 59), g.int(0, 999), g.int(1, 4), g.int(50, 500), g.int(40, 480), g.int(0, 9)))
    lines.append("%s:%02d.%03dZ DEBUG [push-worker-1] POST https://fcm.googleapis.com/fcm/send headers={Content-Type=application/json, Authorization=key=%s}" % (
        ts, g.int(0, 59), g.int(0, 999), v.raw("FCM_SERVER_KEY")))
    lines.append("%s:%02d.%03dZ WARN  [push-worker-1] NotRegistered for 3 tokens, marking inactive" % (ts, g.int(0, 59), g.int(0, 999)))
    return g.pick(["logs/push-worker.log", "var/log/notifier/debug.log"]), "\n".join(lines) + "\n"


def p_fcm_env(g, v, s):
    t = """APP_ENV=production
FCM_SENDER_ID=%s
FCM_SERVER_KEY=%s
""" % (s["sender_id"], v.raw("FCM_SERVER_KEY"))
    return "@ENV", t


def yq(x):
    """YAML scalar: quote when a plain scalar would not survive."""
    if x == "" or x[0] in "{[*&!|>'\"%@`#<$," or ": " in x or " #" in x or x.strip() != x:
        return json.dumps(x)
    return x


# ----- FCM HTTP v1 service account -----
def sa_json(s, pemtext, indent_n=2):
    if not pemtext.startswith("-----"):
        pemtext = pemtext.rstrip("\n")
    d = [("type", "service_account"), ("project_id", s["project_id"]), ("private_key_id", s["key_id"]),
         ("private_key", pemtext), ("client_email", s["email"]), ("client_id", s["client_id"]),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
         ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + s["email"].replace("@", "%40")),
         ("universe_domain", "googleapis.com")]
    return json.dumps(dict(d), indent=indent_n) + "\n"


def p_sa_file(g, v, s):
    path = g.pick(["serviceAccountKey.json", "config/firebase-adminsdk.json", "functions/service-account.json",
                   "secrets/%s-firebase-adminsdk.json" % s["project_id"]])
    return path, sa_json(s, v.pem("FIREBASE_PRIVATE_KEY"))


def p_sa_node(g, v, s):
    pk = v.pem("FIREBASE_PRIVATE_KEY")
    if v.pos or v.cat not in ("env",):
        pkexpr = '"%s"' % jesc(pk)
    else:
        pkexpr = "process.env.FIREBASE_PRIVATE_KEY!.replace(/\\\\n/g, \"\\n\")"
    t = """import { initializeApp, cert, getApps } from "firebase-admin/app";
import { getMessaging } from "firebase-admin/messaging";

const serviceAccount = {
  projectId: "%s",
  clientEmail: "%s",
  privateKey: %s,
};

if (!getApps().length) {
  initializeApp({ credential: cert(serviceAccount) });
}

export async function pushToTopic(topic: string, title: string, body: string) {
  return getMessaging().send({
    topic,
    notification: { title, body },
    android: { priority: "high" },
    apns: { payload: { aps: { sound: "default" } } },
  });
}
""" % (s["project_id"], s["email"], pkexpr)
    return g.pick(["src/server/firebaseAdmin.ts", "functions/src/messaging.ts", "lib/firebase-admin.ts"]), t


def p_sa_k8s(g, v, s):
    body = indent(sa_json(s, v.pem("FIREBASE_PRIVATE_KEY")), 4)
    t = """apiVersion: v1
kind: Secret
metadata:
  name: fcm-credentials
  namespace: %s
  labels:
    app.kubernetes.io/name: notifier
type: Opaque
stringData:
  service-account.json: |
%s""" % (g.pick(["notifications", "push", "prod"]), body)
    return g.pick(["k8s/notifier/fcm-secret.yaml", "deploy/secrets/fcm.yaml"]), t


def p_sa_python(g, v, s):
    pk = v.pem("FIREBASE_PRIVATE_KEY")
    pkexpr = '"%s"' % jesc(pk) if (v.pos or v.cat != "env") else 'os.environ["FIREBASE_PRIVATE_KEY"].replace("\\\\n", "\\n")'
    t = """import os

import firebase_admin
from firebase_admin import credentials, messaging

_cred = credentials.Certificate({
    "type": "service_account",
    "project_id": "%s",
    "private_key_id": "%s",
    "private_key": %s,
    "client_email": "%s",
    "client_id": "%s",
    "token_uri": "https://oauth2.googleapis.com/token",
})
app = firebase_admin.initialize_app(_cred, name="push")


def send(token, title, body, data=None):
    msg = messaging.Message(
        token=token,
        notification=messaging.Notification(title=title, body=body),
        data=data or {},
    )
    return messaging.send(msg, app=app)
""" % (s["project_id"], s["key_id"], pkexpr, s["email"], s["client_id"])
    return g.pick(["notifications/firebase.py", "app/push/fcm_v1.py"]), t


def p_sa_envfile(g, v, s):
    pk = v.pem("FIREBASE_PRIVATE_KEY")
    if not pk.startswith("-----"):
        pk = pk.rstrip("\n")
    t = """FIREBASE_PROJECT_ID=%s
FIREBASE_CLIENT_EMAIL=%s
FIREBASE_PRIVATE_KEY="%s"
""" % (s["project_id"], s["email"], jesc(pk))
    return "@ENV", t


def p_sa_tfvars(g, v, s):
    pk = v.pem("FIREBASE_PRIVATE_KEY")
    t = """project_id      = "%s"
region          = "europe-west1"
notifier_image  = "europe-docker.pkg.dev/%s/apps/notifier:1.14.2"
fcm_client_mail = "%s"
fcm_private_key = <<EOT
%sEOT
""" % (s["project_id"], s["project_id"], s["email"], pk)
    return g.pick(["infra/envs/prod/terraform.tfvars", "terraform/notifier.auto.tfvars"]), t


# ----- APNs .p8 -----
def lfs_pointer(g):
    return "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (g.hex(64), g.int(200, 260))


def key_file_text(g, v, env):
    """Content of a file that *is* a key; negatives get a stub, a public key or an LFS pointer."""
    if v.pos or v.cat in ("placeholder", "doc", "masked", "public"):
        return v.pem(env)
    v.cat = "lfs_pointer"
    return lfs_pointer(g)


def p_p8_file(g, v, s):
    return "certs/AuthKey_%s.p8" % s["key_id"], key_file_text(g, v, "APNS_AUTH_KEY")


def p_p8_node(g, v, s):
    pk = v.pem("APNS_KEY")
    keyexpr = "`\n%s`" % pk if (v.pos or v.cat != "env") else "process.env.APNS_KEY"
    t = """const apn = require("@parse/node-apn");

const provider = new apn.Provider({
  token: {
    key: %s,
    keyId: "%s",
    teamId: "%s",
  },
  production: process.env.NODE_ENV === "production",
});

async function notifyDevice(deviceToken, alert, payload = {}) {
  const note = new apn.Notification();
  note.expiry = Math.floor(Date.now() / 1000) + 3600;
  note.sound = "ping.aiff";
  note.alert = alert;
  note.payload = payload;
  note.topic = "%s";
  const result = await provider.send(note, deviceToken);
  return result.failed.length === 0;
}

module.exports = { notifyDevice };
""" % (keyexpr, s["key_id"], s["team_id"], s["bundle"])
    return g.pick(["server/apns.js", "src/push/apple.js"]), t


def p_p8_gorush(g, v, s):
    if v.pos:
        val = b64(s["pem"].encode())
        needle = val
    else:
        val = v.raw("APNS_KEY_BASE64")
        needle = None
    t = """core:
  enabled: true
  address: ""
  port: "8088"
  worker_num: 0
  queue_num: 8192
  max_notification: 100
  sync: false
  mode: "release"
  ssl: false

api:
  push_uri: "/api/push"
  stat_go_uri: "/api/stat/go"
  health_uri: "/healthz"

ios:
  enabled: true
  key_type: "p8"
  key_base64: %s
  key_id: "%s"
  team_id: "%s"
  production: true
  max_concurrent_pushes: 100
  max_retry: 2

log:
  format: "json"
  access_log: "stdout"
  access_level: "info"
  error_log: "stderr"
  error_level: "error"
""" % (yq(val) if val else '""', s["key_id"], s["team_id"])
    out = (g.pick(["gorush/config.yml", "deploy/gorush/config.yaml"]), t)
    return out + ((needle,) if needle else ())


def p_p8_python(g, v, s):
    pk = v.pem("APNS_AUTH_KEY")
    keyexpr = '"""\n%s"""' % pk if (v.pos or v.cat != "env") else 'os.environ["APNS_AUTH_KEY"]'
    t = """import os

from aioapns import APNs, NotificationRequest, PushType

APNS_KEY = %s

apns = APNs(
    key=APNS_KEY,
    key_id="%s",
    team_id="%s",
    topic="%s",
    use_sandbox=os.getenv("APNS_SANDBOX") == "1",
)


async def send_alert(device_token: str, title: str, body: str) -> bool:
    request = NotificationRequest(
        device_token=device_token,
        message={"aps": {"alert": {"title": title, "body": body}, "badge": 1}},
        push_type=PushType.ALERT,
    )
    response = await apns.send_notification(request)
    return response.is_successful
""" % (keyexpr, s["key_id"], s["team_id"], s["bundle"])
    return g.pick(["app/push/apns.py", "workers/apple_push.py"]), t


def p_p8_swift(g, v, s):
    pk = v.pem("APNS_PRIVATE_KEY")
    keyexpr = '"""\n%s"""' % pk if (v.pos or v.cat != "env") else 'Environment.get("APNS_PRIVATE_KEY") ?? ""'
    t = """import APNS
import Vapor

extension Application {
    func configureAPNS() throws {
        let key = %s
        let config = APNSClientConfiguration(
            authenticationMethod: .jwt(
                privateKey: try .loadFrom(string: key),
                keyIdentifier: "%s",
                teamIdentifier: "%s"
            ),
            environment: self.environment == .production ? .production : .sandbox
        )
        self.apns.containers.use(
            config,
            eventLoopGroupProvider: .shared(self.eventLoopGroup),
            responseDecoder: JSONDecoder(),
            requestEncoder: JSONEncoder(),
            as: .default
        )
    }
}
""" % (keyexpr, s["key_id"], s["team_id"])
    return g.pick(["Sources/App/APNS+Configure.swift", "Sources/Server/Push/APNSSetup.swift"]), t


def p_p8_ruby(g, v, s):
    pk = v.pem("APNS_P8")
    keyexpr = "<<~PEM\n%sPEM" % indent(pk, 2) if (v.pos or v.cat != "env") else "ENV.fetch('APNS_P8')"
    t = """require 'apnotic'

module Push
  APNS_KEY = %s

  CONNECTION_POOL = Apnotic::ConnectionPool.new(
    {
      auth_method: :token,
      cert_path: StringIO.new(APNS_KEY),
      key_id: '%s',
      team_id: '%s'
    },
    size: 5
  ) do |connection|
    connection.on(:error) { |e| Rails.logger.error("APNs error #{e.inspect}") }
  end
end
""" % (keyexpr, s["key_id"], s["team_id"])
    return g.pick(["config/initializers/apnotic.rb", "app/lib/push.rb"]), t


# ----- Expo -----
def p_expo_node(g, v, s):
    var = nm(g, "EXPO_ACCESS_TOKEN", "expoToken", "pushGatewayToken")
    t = """import { Expo, ExpoPushMessage } from "expo-server-sdk";

const %s = %s;
const expo = new Expo({ accessToken: %s, useFcmV1: true });

export async function sendExpoPush(tokens: string[], body: string) {
  const messages: ExpoPushMessage[] = tokens
    .filter((t) => Expo.isExpoPushToken(t))
    .map((to) => ({ to, sound: "default", body }));
  const tickets = [];
  for (const chunk of expo.chunkPushNotifications(messages)) {
    tickets.push(...(await expo.sendPushNotificationsAsync(chunk)));
  }
  return tickets;
}
""" % (var, v.lit("ts", "EXPO_ACCESS_TOKEN"), var)
    return g.pick(["backend/src/push/expo.ts", "server/lib/expoPush.ts"]), t


def p_expo_workflow(g, v, s):
    val = v.raw("EXPO_TOKEN") if not (not v.pos and v.cat == "env") else "${{ secrets.EXPO_TOKEN }}"
    t = """name: EAS update

on:
  push:
    branches: [main]

jobs:
  update:
    runs-on: ubuntu-latest
    env:
      EXPO_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ env.EXPO_TOKEN }}
      - run: npm ci
      - run: eas update --auto --non-interactive
""" % yq(val)
    return ".github/workflows/eas-update.yml", t


def p_expo_sh(g, v, s):
    t = """#!/usr/bin/env bash
# Build an internal Android APK on EAS without an interactive login.
set -euo pipefail

export EXPO_TOKEN="%s"

cd "$(dirname "$0")/.."
npx eas-cli@latest whoami
npx eas-cli@latest build --platform android --profile preview --non-interactive --no-wait
""" % v.raw("EXPO_TOKEN")
    return g.pick(["scripts/build-preview.sh", "ci/eas-build.sh"]), t


def p_expo_py(g, v, s):
    var = nm(g, "EXPO_ACCESS_TOKEN", "GATEWAY_TOKEN", "expo_bearer")
    t = """import httpx

EXPO_PUSH_URL = "https://exp.host/--/api/v2/push/send"
%s = %s


async def push_many(messages):
    headers = {
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate",
        "Content-Type": "application/json",
        "Authorization": f"Bearer {%s}",
    }
    async with httpx.AsyncClient(timeout=15) as client:
        r = await client.post(EXPO_PUSH_URL, json=messages, headers=headers)
        r.raise_for_status()
        return r.json()["data"]
""" % (var, v.lit("py", "EXPO_ACCESS_TOKEN"), var)
    return g.pick(["api/services/expo_push.py", "push/expo.py"]), t


# ----- Pusher Beams -----
def p_beams_node(g, v, s):
    t = """const PushNotifications = require("@pusher/push-notifications-server");

const beamsClient = new PushNotifications({
  instanceId: "%s",
  secretKey: %s,
});

async function notifyInterest(interest, title, body) {
  return beamsClient.publishToInterests([interest], {
    web: { notification: { title, body, deep_link: "https://app.example.com/inbox" } },
    fcm: { notification: { title, body } },
    apns: { aps: { alert: { title, body } } },
  });
}

module.exports = { beamsClient, notifyInterest };
""" % (s["instance_id"], v.lit("js", "PUSHER_BEAMS_SECRET_KEY"))
    return g.pick(["server/beams.js", "src/notifications/beams.js"]), t


def p_beams_laravel(g, v, s):
    t = """<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'pusher' => [
        'beams_instance_id' => '%s',
        'beams_secret_key' => %s,
    ],

];
""" % (s["instance_id"], v.lit("php", "PUSHER_BEAMS_SECRET_KEY", "'"))
    return "config/services.php", t


def p_beams_py(g, v, s):
    t = """from django.conf import settings
from pusher_push_notifications import PushNotifications

beams_client = PushNotifications(
    instance_id="%s",
    secret_key=%s,
)


def auth_beams_user(user_id: str) -> dict:
    # Called from /pusher/beams-auth once the session is verified.
    return beams_client.generate_token(user_id)


def notify_user(user_id: str, title: str, body: str):
    return beams_client.publish_to_users(
        user_ids=[user_id],
        publish_body={"fcm": {"notification": {"title": title, "body": body}}},
    )
""" % (s["instance_id"], v.lit("py", "BEAMS_SECRET_KEY"))
    return g.pick(["notifications/beams.py", "core/push.py"]), t


def p_beams_go(g, v, s):
    t = """package main

import (
	"log"

	pushnotifications "github.com/pusher/push-notifications-go"
)

func newBeams() pushnotifications.PushNotifications {
	beams, err := pushnotifications.New("%s", %s)
	if err != nil {
		log.Fatalf("beams: %%v", err)
	}
	return beams
}

func announce(beams pushnotifications.PushNotifications, msg string) {
	req := map[string]interface{}{
		"apns": map[string]interface{}{"aps": map[string]interface{}{"alert": msg}},
		"fcm":  map[string]interface{}{"notification": map[string]interface{}{"title": "News", "body": msg}},
	}
	if _, err := beams.PublishToInterests([]string{"announcements"}, req); err != nil {
		log.Printf("publish failed: %%v", err)
	}
}
""" % (s["instance_id"], v.lit("go", "BEAMS_SECRET_KEY"))
    return g.pick(["cmd/announcer/beams.go", "beams.go"]), t


def p_beams_curl(g, v, s):
    iid = s["instance_id"]
    t = """#!/bin/sh
# Smoke test for the Beams instance after a deploy.
curl -sS -H "Content-Type: application/json" \\
  -H "Authorization: Bearer %s" \\
  -X POST "https://%s.pushnotifications.pusher.com/publish_api/v1/instances/%s/publishes/interests" \\
  -d '{"interests":["debug"],"web":{"notification":{"title":"Smoke","body":"deploy ok"}}}'
""" % (v.raw("BEAMS_SECRET_KEY"), iid, iid)
    return g.pick(["scripts/beams-smoke.sh", "bin/smoke-push"]), t


# ----- Airship -----
def p_air_ruby(g, v, s):
    t = """require 'urbanairship'

Urbanairship.configure do |config|
  config.server = 'go.urbanairship.com'
  config.log_level = Logger::WARN
  config.timeout = 30
end

UA_CLIENT = Urbanairship::Client.new(
  key: '%s',
  secret: %s
)
""" % (s["app_key"], v.lit("rb", "AIRSHIP_MASTER_SECRET", "'"))
    return g.pick(["config/initializers/urbanairship.rb", "lib/airship_client.rb"]), t


def p_air_py(g, v, s):
    t = """import urbanairship as ua

airship = ua.Airship("%s", %s)


def broadcast(text):
    push = airship.create_push()
    push.audience = ua.all_
    push.notification = ua.notification(alert=text)
    push.device_types = ua.device_types("ios", "android")
    return push.send()
""" % (s["app_key"], v.lit("py", "AIRSHIP_MASTER_SECRET"))
    return g.pick(["scripts/broadcast.py", "marketing/airship_push.py"]), t


def p_air_java(g, v, s):
    t = """package com.example.push;

import com.urbanairship.api.client.UrbanAirshipClient;

public final class AirshipFactory {

    private static final String APP_KEY = "%s";
    private static final String MASTER_SECRET = %s;

    private AirshipFactory() {
    }

    public static UrbanAirshipClient create() {
        return UrbanAirshipClient.newBuilder()
                .setKey(APP_KEY)
                .setSecret(MASTER_SECRET)
                .build();
    }
}
""" % (s["app_key"], v.lit("java", "AIRSHIP_MASTER_SECRET"))
    return "src/main/java/com/example/push/AirshipFactory.java", t


def p_air_curl(g, v, s):
    t = """## Validate a push payload before a campaign

```sh
curl https://go.urbanairship.com/api/push/validate \\
  -X POST \\
  -u "%s:%s" \\
  -H "Accept: application/vnd.urbanairship+json; version=3" \\
  -H "Content-Type: application/json" \\
  -d '{"audience": {"tag": "beta"}, "notification": {"alert": "Hi"}, "device_types": ["ios"]}'
```

A `200` with `"ok": true` means the payload is accepted.
""" % (s["app_key"], v.raw("AIRSHIP_MASTER_SECRET"))
    return g.pick(["docs/airship.md", "docs/campaigns/validate-payload.md"]), t


def p_air_basic(g, v, s):
    if v.pos:
        blob = b64(("%s:%s" % (s["app_key"], s["value"])).encode())
        hdr, needle = blob, blob
    else:
        hdr = "YXBwX2tleTptYXN0ZXJfc2VjcmV0" if v.cat == "doc" else v.raw("AIRSHIP_BASIC_AUTH")
        needle = None
    t = """// Fires the weekly digest through Airship's push API.
const AIRSHIP_URL = "https://go.urbanairship.com/api/push";

export async function sendDigest(namedUsers) {
  const res = await fetch(AIRSHIP_URL, {
    method: "POST",
    headers: {
      Accept: "application/vnd.urbanairship+json; version=3",
      "Content-Type": "application/json",
      Authorization: "Basic %s",
    },
    body: JSON.stringify({
      audience: { named_user: namedUsers },
      notification: { alert: "Your weekly summary is ready" },
      device_types: "all",
    }),
  });
  return res.json();
}
""" % hdr
    out = (g.pick(["jobs/weeklyDigest.js", "src/jobs/digest.mjs"]), t)
    return out + ((needle,) if needle else ())


# ----- Braze -----
def p_braze_ruby(g, v, s):
    t = """require 'braze_ruby'

class BrazeGateway
  def initialize
    @api = BrazeRuby::API.new(%s, '%s')
  end

  def track_purchase(user, product_id, price)
    @api.track_users(purchases: [{
      external_id: user.uuid,
      product_id: product_id,
      currency: 'USD',
      price: price,
      time: Time.now.utc.iso8601
    }])
  end
end
""" % (v.lit("rb", "BRAZE_REST_API_KEY", "'"), s["endpoint"])
    return g.pick(["app/services/braze_gateway.rb", "lib/braze_gateway.rb"]), t


def p_braze_py(g, v, s):
    var = nm(g, "BRAZE_REST_API_KEY", "CRM_TOKEN", "engagement_key", "BRAZE_KEY")
    t = """import requests

BRAZE_URL = "%s"
%s = %s


def trigger_campaign(campaign_id, external_ids, props=None):
    body = {
        "campaign_id": campaign_id,
        "recipients": [{"external_user_id": x, "trigger_properties": props or {}} for x in external_ids],
    }
    r = requests.post(
        BRAZE_URL + "/campaigns/trigger/send",
        json=body,
        headers={"Authorization": "Bearer " + %s},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["dispatch_id"]
""" % (s["endpoint"], var, v.lit("py", "BRAZE_REST_API_KEY"), var)
    return g.pick(["crm/braze.py", "services/engagement/braze_client.py"]), t


def p_braze_yaml(g, v, s):
    t = """server:
  port: 8080
engagement:
  provider: braze
  braze:
    rest_endpoint: %s
    api_key: %s
    default_campaign: %s
    request_timeout_ms: 5000
analytics:
  enabled: true
""" % (s["endpoint"], yq(v.raw("BRAZE_REST_API_KEY")), g.uuid())
    return g.pick(["config/application.yml", "config/engagement.yaml"]), t


def p_braze_tf(g, v, s):
    val = v.raw("BRAZE_REST_API_KEY") if not (not v.pos and v.cat == "env") else "${var.braze_rest_api_key}"
    t = """resource "aws_ssm_parameter" "braze_endpoint" {
  name  = "/engagement/prod/braze_endpoint"
  type  = "String"
  value = "%s"
}

resource "aws_ssm_parameter" "braze_rest_key" {
  name  = "/engagement/prod/braze_rest_api_key"
  type  = "SecureString"
  value = "%s"
  tags = {
    team = "growth"
  }
}
""" % (s["endpoint"], val)
    return g.pick(["infra/engagement/ssm.tf", "terraform/braze.tf"]), t


# ----- Knock -----
def p_knock_node(g, v, s):
    if g.chance(0.5):
        init = "new Knock(%s)" % v.lit("ts", "KNOCK_API_KEY")
    else:
        init = "new Knock({ apiKey: %s })" % v.lit("ts", "KNOCK_SECRET_API_KEY")
    t = """import { Knock } from "@knocklabs/node";

export const knock = %s;

export async function notifyCommentCreated(actorId: string, recipients: string[], commentId: string) {
  await knock.workflows.trigger("new-comment", {
    actor: actorId,
    recipients,
    data: { comment_id: commentId },
  });
}
""" % init
    return g.pick(["src/lib/knock.ts", "app/server/knock.ts"]), t


def p_knock_elixir(g, v, s):
    t = """import Config

config :my_app, MyApp.Repo,
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

config :my_app, MyApp.KnockClient,
  api_key: %s

config :logger, level: :info
""" % v.lit("ex", "KNOCK_API_KEY")
    return g.pick(["config/runtime.exs", "config/prod.exs"]), t


def p_knock_py(g, v, s):
    t = """from knockapi import Knock

client = Knock(api_key=%s)


def on_invoice_paid(invoice):
    client.workflows.trigger(
        key="invoice-paid",
        recipients=[invoice.customer_id],
        data={"amount": invoice.amount_due, "invoice_id": invoice.id},
    )
""" % v.lit("py", "KNOCK_API_KEY")
    return g.pick(["billing/notifications.py", "app/knock_hooks.py"]), t


def p_knock_env(g, v, s):
    t = """NEXT_PUBLIC_KNOCK_PUBLIC_API_KEY=pk_test_%s
NEXT_PUBLIC_KNOCK_FEED_CHANNEL_ID=%s
KNOCK_SECRET_API_KEY=%s
""" % (b64u(g.bytes(32)), g.uuid(), v.raw("KNOCK_SECRET_API_KEY"))
    return "@ENV", t


# ----- Novu -----
def p_novu_node(g, v, s):
    t = """const { Novu } = require('@novu/node');

const novu = new Novu(%s);

async function welcome(user) {
  await novu.subscribers.identify(user.id, { email: user.email, firstName: user.firstName });
  return novu.trigger('welcome-onboarding', {
    to: { subscriberId: user.id },
    payload: { plan: user.plan },
  });
}

module.exports = { novu, welcome };
""" % v.lit("js", "NOVU_API_KEY", "'")
    return g.pick(["services/novu.js", "src/notify/novu.js"]), t


def p_novu_curl(g, v, s):
    t = """#!/usr/bin/env bash
set -e
curl -X POST https://api.novu.co/v1/events/trigger \\
  -H "Authorization: ApiKey %s" \\
  -H "Content-Type: application/json" \\
  -d '{"name":"password-reset","to":{"subscriberId":"'"$1"'"},"payload":{"link":"'"$2"'"}}'
""" % v.raw("NOVU_API_KEY")
    return g.pick(["scripts/trigger-reset.sh", "tools/novu-trigger.sh"]), t


def p_novu_php(g, v, s):
    t = """<?php

use Novu\\SDK\\Novu;

class NotificationGateway
{
    private Novu $novu;

    public function __construct()
    {
        $this->novu = new Novu(%s);
    }

    public function orderShipped(string $subscriberId, string $tracking): void
    {
        $this->novu->triggerEvent([
            'name' => 'order-shipped',
            'payload' => ['tracking' => $tracking],
            'to' => ['subscriberId' => $subscriberId],
        ]);
    }
}
""" % v.lit("php", "NOVU_API_KEY", "'")
    return "app/Services/NotificationGateway.php", t


# ----- Courier -----
def p_courier_node(g, v, s):
    t = """import { CourierClient } from "@trycourier/courier";

const courier = new CourierClient({ authorizationToken: %s });

export async function sendReceipt(userId: string, orderId: string) {
  const { requestId } = await courier.send({
    message: {
      to: { user_id: userId },
      template: "ORDER_RECEIPT",
      data: { orderId },
      routing: { method: "single", channels: ["push", "email"] },
    },
  });
  return requestId;
}
""" % v.lit("ts", "COURIER_AUTH_TOKEN")
    return g.pick(["src/notifications/courier.ts", "lib/courier.ts"]), t


def p_courier_py(g, v, s):
    t = """from trycourier import Courier

courier = Courier(auth_token=%s)


def remind(user_id, event):
    return courier.send_message(
        message={
            "to": {"user_id": user_id},
            "template": "EVENT_REMINDER",
            "data": {"event": event.title, "starts_at": event.starts_at.isoformat()},
        }
    )
""" % v.lit("py", "COURIER_AUTH_TOKEN")
    return g.pick(["events/reminders.py", "app/courier_client.py"]), t


def p_courier_yaml(g, v, s):
    t = """notifications:
  provider: courier
  courier:
    base_url: https://api.courier.com
    auth_token: %s
    brand_id: %s
  channels:
    - push
    - inbox
""" % (yq(v.raw("COURIER_AUTH_TOKEN")), g.s(CROCK, 26))
    return g.pick(["config/notifications.yml", "helm/notifier/values-prod.yaml"]), t


# ----- MagicBell -----
def p_mb_js(g, v, s):
    t = """// Server-side broadcast; never ship this file to the browser bundle.
const MAGICBELL_API = "https://api.magicbell.com/broadcasts";

export async function broadcast(title, content, userEmails) {
  const response = await fetch(MAGICBELL_API, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-MAGICBELL-API-KEY": "%s",
      "X-MAGICBELL-API-SECRET": %s,
    },
    body: JSON.stringify({
      broadcast: { title, content, recipients: userEmails.map((email) => ({ email })) },
    }),
  });
  return response.json();
}
""" % (s["api_key"], v.lit("js", "MAGICBELL_API_SECRET"))
    return g.pick(["api/magicbell.js", "server/notify/magicbell.mjs"]), t


def p_mb_ruby(g, v, s):
    t = """MagicBell.configure do |config|
  config.api_key = '%s'
  config.api_secret = %s
end
""" % (s["api_key"], v.lit("rb", "MAGICBELL_API_SECRET", "'"))
    return "config/initializers/magicbell.rb", t


def p_mb_hmac(g, v, s):
    var = nm(g, "MAGICBELL_API_SECRET", "HMAC_SECRET", "bell_secret")
    t = """import base64
import hashlib
import hmac

%s = %s


def user_hmac(email: str) -> str:
    \"\"\"HMAC the inbox widget sends with userEmail when HMAC auth is on.\"\"\"
    digest = hmac.new(%s.encode(), email.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()
""" % (var, v.lit("py", "MAGICBELL_API_SECRET"), var)
    return g.pick(["accounts/inbox_auth.py", "web/magicbell_hmac.py"]), t


# ----- Customer.io -----
def p_cio_ruby(g, v, s):
    t = """require 'customerio'

$customerio = Customerio::Client.new('%s', %s, region: Customerio::Regions::US)

class LifecycleTracker
  def signed_up(user)
    $customerio.identify(id: user.id, email: user.email, created_at: user.created_at.to_i)
    $customerio.track(user.id, 'signed_up', plan: user.plan)
  end
end
""" % (s["site_id"], v.lit("rb", "CUSTOMERIO_API_KEY", "'"))
    return g.pick(["config/initializers/customerio.rb", "app/services/lifecycle_tracker.rb"]), t


def p_cio_node(g, v, s):
    t = """const { TrackClient, RegionUS } = require("customerio-node");

const cio = new TrackClient("%s", %s, { region: RegionUS });

module.exports.identify = (user) =>
  cio.identify(user.id, { email: user.email, first_name: user.firstName, created_at: Math.floor(Date.now() / 1000) });

module.exports.track = (userId, name, data = {}) => cio.track(userId, { name, data });
""" % (s["site_id"], v.lit("js", "CUSTOMERIO_TRACK_API_KEY"))
    return g.pick(["lib/customerio.js", "src/analytics/cio.js"]), t


def p_cio_go(g, v, s):
    t = """package messaging

import (
	"context"

	"github.com/customerio/go-customerio/v3"
)

// NewTransactional returns a client for the App API (transactional push + email).
func NewTransactional() *customerio.APIClient {
	return customerio.NewAPIClient(%s, customerio.WithRegion(customerio.RegionUS))
}

func SendPasswordReset(ctx context.Context, c *customerio.APIClient, userID, link string) error {
	req := customerio.SendEmailRequest{
		TransactionalMessageID: "3",
		MessageData:            map[string]interface{}{"link": link},
		Identifiers:            map[string]string{"id": userID},
	}
	_, err := c.SendEmail(ctx, &req)
	return err
}
""" % v.lit("go", "CUSTOMERIO_APP_API_KEY")
    return g.pick(["internal/messaging/customerio.go", "pkg/cio/client.go"]), t


def p_cio_curl(g, v, s):
    t = """# Backfill: push the attribute for every id in ids.txt
while read -r id; do
  curl -s -X PUT "https://track.customer.io/api/v1/customers/${id}" \\
    -u "%s:%s" \\
    -H 'Content-Type: application/json' \\
    -d '{"push_opt_in": true}'
done < ids.txt
""" % (s["site_id"], v.raw("CUSTOMERIO_API_KEY"))
    return g.pick(["scripts/backfill_push_optin.sh", "ops/cio-backfill.sh"]), t


# ----- Iterable -----
def p_iter_py(g, v, s):
    var = nm(g, "ITERABLE_API_KEY", "ITBL_KEY", "growth_api_key")
    t = """import requests

ITERABLE_BASE = "https://api.iterable.com/api"
%s = %s


def send_push(email, campaign_id, data_fields=None):
    resp = requests.post(
        f"{ITERABLE_BASE}/push/target",
        headers={"Api-Key": %s, "Content-Type": "application/json"},
        json={"campaignId": campaign_id, "recipientEmail": email, "dataFields": data_fields or {}},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""" % (var, v.lit("py", "ITERABLE_API_KEY"), var)
    return g.pick(["growth/iterable.py", "services/iterable_push.py"]), t


def p_iter_json(g, v, s):
    t = """{
  "service": "lifecycle-sync",
  "schedule": "*/15 * * * *",
  "iterable": {
    "baseUrl": "https://api.iterable.com",
    "apiKey": "%s",
    "listId": %d,
    "batchSize": 500
  },
  "warehouse": {
    "table": "analytics.user_push_prefs",
    "cursorColumn": "updated_at"
  }
}
""" % (jesc(v.raw("ITERABLE_API_KEY")), g.int(100000, 999999))
    return g.pick(["config/lifecycle-sync.json", "jobs/iterable-sync.config.json"]), t


# ----- Batch -----
def p_batch_swift(g, v, s):
    t = """import Foundation

enum BatchConfig {
    static let apiKey = "%s"
    static let restKey = %s
    static var sendURL: URL {
        URL(string: "https://api.batch.com/1.1/\\(apiKey)/transactional/send")!
    }
}

final class BatchTransactional {
    func send(to customIDs: [String], title: String, body: String) async throws {
        var request = URLRequest(url: BatchConfig.sendURL)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(BatchConfig.restKey, forHTTPHeaderField: "X-Authorization")
        let payload: [String: Any] = [
            "group_id": "ops_alerts",
            "recipients": ["custom_ids": customIDs],
            "message": ["title": title, "body": body],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: payload)
        _ = try await URLSession.shared.data(for: request)
    }
}
""" % (s["api_key"], v.lit("swift", "BATCH_REST_API_KEY"))
    return g.pick(["Tools/PushOps/BatchTransactional.swift", "Sources/Ops/BatchClient.swift"]), t


def p_batch_php(g, v, s):
    t = """<?php

$apiKey = '%s';
$restKey = %s;

$payload = [
    'group_id' => 'order_status',
    'recipients' => ['custom_ids' => [$order->customerId]],
    'message' => ['title' => 'Commande expediee', 'body' => 'Votre colis est en route'],
];

$ch = curl_init("https://api.batch.com/1.1/{$apiKey}/transactional/send");
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'X-Authorization: ' . $restKey],
    CURLOPT_POSTFIELDS => json_encode($payload),
]);
$response = curl_exec($ch);
""" % (s["api_key"], v.lit("php", "BATCH_REST_KEY", "'"))
    return g.pick(["src/Push/send_order_status.php", "cron/batch_push.php"]), t


# ----- Pushwoosh -----
def p_pw_ruby(g, v, s):
    t = """require 'pushwoosh'

Pushwoosh.configure do |config|
  config.application = '%s'
  config.auth = %s
end

module PromoPush
  def self.send_flash_sale(text)
    Pushwoosh.notify_all(text, data: { screen: 'sales' })
  end
end
""" % (s["app_code"], v.lit("rb", "PUSHWOOSH_API_TOKEN", "'"))
    return g.pick(["config/initializers/pushwoosh.rb", "app/lib/promo_push.rb"]), t


def p_pw_json(g, v, s):
    t = """{
  "request": {
    "application": "%s",
    "auth": "%s",
    "notifications": [
      {
        "send_date": "now",
        "ignore_user_timezone": true,
        "content": {"en": "Your table is ready", "fr": "Votre table est prete"},
        "data": {"screen": "reservations"},
        "platforms": [1, 3]
      }
    ]
  }
}
""" % (s["app_code"], jesc(v.raw("PUSHWOOSH_API_TOKEN")))
    return g.pick(["tests/fixtures/pushwoosh_create_message.json", "docs/examples/createMessage.json"]), t


# ----- web-push VAPID -----
def p_vapid_node(g, v, s):
    t = """const webpush = require("web-push");

webpush.setVapidDetails(
  "mailto:push@%s.example",
  "%s",
  %s
);

async function sendToSubscription(subscription, payload) {
  try {
    await webpush.sendNotification(subscription, JSON.stringify(payload), { TTL: 3600 });
    return true;
  } catch (err) {
    if (err.statusCode === 404 || err.statusCode === 410) {
      return false; // subscription expired
    }
    throw err;
  }
}

module.exports = { sendToSubscription };
""" % (g.pick(PROJECT_WORDS), s["public"], v.lit("js", "VAPID_PRIVATE_KEY"))
    return g.pick(["server/webpush.js", "src/push/webPush.js"]), t


def p_vapid_py(g, v, s):
    var = nm(g, "VAPID_PRIVATE_KEY", "WEBPUSH_SIGNING_KEY", "vapid_priv")
    t = """import json

from pywebpush import WebPushException, webpush

VAPID_PUBLIC_KEY = "%s"
%s = %s
VAPID_CLAIMS = {"sub": "mailto:ops@%s.example"}


def push(subscription_info: dict, data: dict) -> bool:
    try:
        webpush(
            subscription_info=subscription_info,
            data=json.dumps(data),
            vapid_private_key=%s,
            vapid_claims=dict(VAPID_CLAIMS),
        )
        return True
    except WebPushException as exc:
        if exc.response is not None and exc.response.status_code in (404, 410):
            return False
        raise
""" % (s["public"], var, v.lit("py", "VAPID_PRIVATE_KEY"), g.pick(PROJECT_WORDS), var)
    return g.pick(["notifications/webpush.py", "app/push/web.py"]), t


def p_vapid_env(g, v, s):
    t = """NEXT_PUBLIC_VAPID_PUBLIC_KEY=%s
VAPID_PRIVATE_KEY=%s
VAPID_SUBJECT=mailto:admin@%s.example
""" % (s["public"], v.raw("VAPID_PRIVATE_KEY"), g.pick(PROJECT_WORDS))
    return "@ENV", t


def p_vapid_yaml(g, v, s):
    t = """web_push:
  enabled: true
  subject: "https://%s.example/contact"
  vapid:
    public_key: %s
    private_key: %s
  ttl_seconds: 86400
  urgency: normal
""" % (g.pick(PROJECT_WORDS), s["public"], yq(v.raw("VAPID_PRIVATE_KEY")))
    return g.pick(["config/push.yml", "settings/webpush.yaml"]), t


def p_vapid_go(g, v, s):
    t = """package webpushsvc

import (
	"net/http"

	webpush "github.com/SherClockHolmes/webpush-go"
)

const vapidPublicKey = "%s"

var vapidPrivateKey = %s

func Send(sub *webpush.Subscription, msg []byte) (*http.Response, error) {
	return webpush.SendNotification(msg, sub, &webpush.Options{
		Subscriber:      "ops@example.org",
		VAPIDPublicKey:  vapidPublicKey,
		VAPIDPrivateKey: vapidPrivateKey,
		TTL:             300,
	})
}
""" % (s["public"], v.lit("go", "VAPID_PRIVATE_KEY"))
    return g.pick(["internal/webpushsvc/send.go", "webpush/sender.go"]), t


def p_vapid_pem(g, v, s):
    path = g.pick(["keys/vapid_private.pem", "config/webpush/private_key.pem"])
    text = key_file_text(g, v, "VAPID_PRIVATE_KEY_PEM")
    return (path, text, pem_needle(text)) if v.pos else (path, text)


def p_vapid_log(g, v, s):
    lines = ["[%s] npx web-push generate-vapid-keys --json" % g.pick(["2024-02-11 09:14:03", "2024-06-30 17:40:51"]),
             json.dumps({"publicKey": s["public"], "privateKey": v.raw("VAPID_PRIVATE_KEY")}),
             "[info] keys written to deployment notes, rotate yearly"]
    return g.pick(["notes/vapid-keygen.log", "logs/setup.log"]), "\n".join(lines) + "\n"


# ----- extra file types: TOML, INI, XML, Dockerfile, SQL -----
def p_iter_toml(g, v, s):
    t = """[service]
name = "lifecycle-worker"
log_level = "info"

[iterable]
base_url = "https://api.iterable.com"
api_key = "%s"
push_campaign_id = %d

[database]
url = "postgres://worker@db:5432/lifecycle"
max_connections = 8
""" % (v.raw("ITERABLE_API_KEY"), g.int(1000000, 9999999))
    return g.pick(["config/worker.toml", "lifecycle-worker/Config.toml"]), t


def p_pw_ini(g, v, s):
    key = nm(g, "api_token", "auth", "access_token")
    t = """[general]
environment = production
timezone = Europe/Paris

[pushwoosh]
application = %s
%s = %s
default_platforms = 1,3

[retry]
max_attempts = 3
backoff_seconds = 5
""" % (s["app_code"], key, v.raw("PUSHWOOSH_API_TOKEN"))
    return g.pick(["settings.ini", "config/notifier.ini"]), t


def p_fcm_strings_xml(g, v, s):
    t = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">%s</string>
    <string name="default_notification_channel_id">general</string>
    <string name="gcm_defaultSenderId" translatable="false">%s</string>
    <string name="fcm_server_key" translatable="false">%s</string>
    <string name="notification_permission_rationale">Allow notifications to hear about your orders.</string>
</resources>
""" % (g.pick(APP_WORDS).title(), s["sender_id"], v.raw("FCM_SERVER_KEY"))
    return "app/src/main/res/values/strings.xml", t


def p_os_dockerfile(g, v, s):
    t = """FROM python:3.12-slim

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    ONESIGNAL_APP_ID=%s \\
    ONESIGNAL_REST_API_KEY=%s

EXPOSE 8000
CMD ["gunicorn", "app.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""" % (s["app_id"], v.raw("ONESIGNAL_REST_API_KEY") or '""')
    return g.pick(["Dockerfile", "docker/notifier/Dockerfile"]), t


def p_pw_sql(g, v, s):
    t = """-- 2024_03_12_add_pushwoosh_integration.sql
INSERT INTO integrations (provider, application_code, api_token, enabled, created_at)
VALUES ('pushwoosh', '%s', '%s', TRUE, NOW())
ON CONFLICT (provider) DO UPDATE
    SET application_code = EXCLUDED.application_code,
        api_token = EXCLUDED.api_token;
""" % (s["app_code"], v.raw("PUSHWOOSH_API_TOKEN").replace("'", "''"))
    return g.pick(["db/migrations/2024_03_12_add_pushwoosh_integration.sql", "sql/seed_integrations.sql"]), t


POS_TEMPLATES = [
    (sec_onesignal_app, p_os_py), (sec_onesignal_app, p_os_node), (sec_onesignal_app, p_os_laravel),
    (sec_onesignal_app, p_os_curl_md), (sec_onesignal_app, p_os_go), (sec_onesignal_legacy, p_os_legacy_rb),
    (sec_onesignal_org, p_os_org_yaml), (sec_onesignal_app, p_os_env),
    (sec_fcm_server, p_fcm_retrofit), (sec_fcm_server, p_fcm_php), (sec_fcm_server, p_fcm_pyfcm),
    (sec_fcm_server, p_fcm_props), (sec_fcm_server, p_fcm_dart), (sec_fcm_server, p_fcm_log),
    (sec_fcm_server, p_fcm_env),
    (sec_fcm_sa, p_sa_file), (sec_fcm_sa, p_sa_node), (sec_fcm_sa, p_sa_k8s), (sec_fcm_sa, p_sa_python),
    (sec_fcm_sa, p_sa_envfile), (sec_fcm_sa, p_sa_tfvars),
    (sec_apns_p8, p_p8_file), (sec_apns_p8, p_p8_node), (sec_apns_p8, p_p8_gorush), (sec_apns_p8, p_p8_python),
    (sec_apns_p8, p_p8_swift), (sec_apns_p8, p_p8_ruby),
    (sec_expo, p_expo_node), (sec_expo, p_expo_workflow), (sec_expo, p_expo_sh), (sec_expo, p_expo_py),
    (sec_beams, p_beams_node), (sec_beams, p_beams_laravel), (sec_beams, p_beams_py), (sec_beams, p_beams_go),
    (sec_beams, p_beams_curl),
    (sec_airship, p_air_ruby), (sec_airship, p_air_py), (sec_airship, p_air_java), (sec_airship, p_air_curl),
    (sec_airship, p_air_basic),
    (sec_braze, p_braze_ruby), (sec_braze, p_braze_py), (sec_braze, p_braze_yaml), (sec_braze, p_braze_tf),
    (sec_knock, p_knock_node), (sec_knock, p_knock_elixir), (sec_knock, p_knock_py), (sec_knock, p_knock_env),
    (sec_novu, p_novu_node), (sec_novu, p_novu_curl), (sec_novu, p_novu_php),
    (sec_courier, p_courier_node), (sec_courier, p_courier_py), (sec_courier, p_courier_yaml),
    (sec_magicbell, p_mb_js), (sec_magicbell, p_mb_ruby), (sec_magicbell, p_mb_hmac),
    (sec_cio_track, p_cio_ruby), (sec_cio_track, p_cio_node), (sec_cio_app, p_cio_go), (sec_cio_track, p_cio_curl),
    (sec_iterable, p_iter_py), (sec_iterable, p_iter_json),
    (sec_batch, p_batch_swift), (sec_batch, p_batch_php),
    (sec_pushwoosh, p_pw_ruby), (sec_pushwoosh, p_pw_json),
    (sec_vapid, p_vapid_node), (sec_vapid, p_vapid_py), (sec_vapid, p_vapid_env), (sec_vapid, p_vapid_yaml),
    (sec_vapid, p_vapid_go), (sec_vapid, p_vapid_pem), (sec_vapid, p_vapid_log),
    (sec_iterable, p_iter_toml), (sec_pushwoosh, p_pw_ini), (sec_fcm_server, p_fcm_strings_xml),
    (sec_onesignal_app, p_os_dockerfile), (sec_pushwoosh, p_pw_sql),
]


# --------------------------------------------------------------------------------------
# look-alike negatives: public ids, device tokens, hashes, public keys ...
# each returns (relpath, text, provider, kind)
# --------------------------------------------------------------------------------------
def fb_project(g):
    pnum = project_number(g)
    pid = project_id(g)
    return pnum, pid


def n_google_services(g):
    pnum, pid = fb_project(g)
    pkg = bundle_id(g)
    d = {
        "project_info": {"project_number": pnum, "project_id": pid, "storage_bucket": pid + ".appspot.com"},
        "client": [{
            "client_info": {"mobilesdk_app_id": firebase_app_id(g, pnum, "android"),
                            "android_client_info": {"package_name": pkg}},
            "oauth_client": [{"client_id": oauth_client_id(g, pnum), "client_type": 3}],
            "api_key": [{"current_key": firebase_web_key(g)}],
            "services": {"appinvite_service": {"other_platform_oauth_client": [
                {"client_id": oauth_client_id(g, pnum), "client_type": 3}]}},
        }],
        "configuration_version": "1",
    }
    return "android/app/google-services.json", json.dumps(d, indent=2) + "\n", "fcm", "firebase_public_config"


def n_gs_plist(g):
    pnum, pid = fb_project(g)
    cid = oauth_client_id(g, pnum)
    rev = ".".join(reversed(cid.split(".")))
    items = [("API_KEY", firebase_web_key(g)), ("GCM_SENDER_ID", pnum), ("PLIST_VERSION", "1"),
             ("BUNDLE_ID", bundle_id(g)), ("PROJECT_ID", pid), ("STORAGE_BUCKET", pid + ".appspot.com"),
             ("CLIENT_ID", cid), ("REVERSED_CLIENT_ID", rev)]
    body = "".join("\t<key>%s</key>\n\t<string>%s</string>\n" % kv for kv in items)
    flags = "".join("\t<key>%s</key>\n\t<%s></%s>\n" % (k, b, b) for k, b in
                    [("IS_ADS_ENABLED", "false"), ("IS_ANALYTICS_ENABLED", "false"), ("IS_APPINVITE_ENABLED", "true"),
                     ("IS_GCM_ENABLED", "true"), ("IS_SIGNIN_ENABLED", "true")])
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
         '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n%s%s'
         '\t<key>GOOGLE_APP_ID</key>\n\t<string>%s</string>\n</dict>\n</plist>\n') % (
        body, flags, firebase_app_id(g, pnum, "ios"))
    return "ios/Runner/GoogleService-Info.plist", t, "fcm", "firebase_public_config"


def n_fb_web(g):
    pnum, pid = fb_project(g)
    t = """import { initializeApp } from "firebase/app";
import { getMessaging, getToken, onMessage } from "firebase/messaging";

// Firebase web config: these values identify the project and are safe to ship.
const firebaseConfig = {
  apiKey: "%s",
  authDomain: "%s.firebaseapp.com",
  projectId: "%s",
  storageBucket: "%s.appspot.com",
  messagingSenderId: "%s",
  appId: "%s",
  measurementId: "G-%s",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);

export async function registerForPush(registration: ServiceWorkerRegistration) {
  return getToken(messaging, { vapidKey: "%s", serviceWorkerRegistration: registration });
}

onMessage(messaging, (payload) => console.debug("foreground message", payload.messageId));
""" % (firebase_web_key(g), pid, pid, pid, pnum, firebase_app_id(g, pnum, "web"), g.s(UPALNUM, 10), vapid_public(g))
    return g.pick(["src/firebase.ts", "web/src/lib/firebase.ts"]), t, "fcm", "firebase_web_api_key"


def n_fb_sw(g):
    pnum, pid = fb_project(g)
    t = """importScripts("https://www.gstatic.com/firebasejs/10.12.2/firebase-app-compat.js");
importScripts("https://www.gstatic.com/firebasejs/10.12.2/firebase-messaging-compat.js");

firebase.initializeApp({
  apiKey: "%s",
  projectId: "%s",
  messagingSenderId: "%s",
  appId: "%s",
});

const messaging = firebase.messaging();

messaging.onBackgroundMessage((payload) => {
  const { title, body } = payload.notification || {};
  self.registration.showNotification(title || "Update", { body, icon: "/icons/icon-192.png" });
});
""" % (firebase_web_key(g), pid, pnum, firebase_app_id(g, pnum, "web"))
    return "public/firebase-messaging-sw.js", t, "fcm", "firebase_web_api_key"


def n_device_sql(g):
    rows = []
    for i in range(g.int(4, 8)):
        if g.chance(0.5):
            rows.append("  (%d, %d, 'ios', '%s', '%s', now())" % (i + 1, g.int(1000, 99999), apns_device_token(g), bundle_id(g)))
        else:
            rows.append("  (%d, %d, 'android', '%s', '%s', now())" % (i + 1, g.int(1000, 99999), fcm_reg_token(g), bundle_id(g)))
    t = """-- Seed data for local development (fake devices registered against the sandbox apps).
CREATE TABLE IF NOT EXISTS push_devices (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    platform    TEXT NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
    token       TEXT NOT NULL UNIQUE,
    app_bundle  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO push_devices (id, user_id, platform, token, app_bundle, created_at) VALUES
%s;
""" % ",\n".join(rows)
    return g.pick(["db/seeds/push_devices.sql", "migrations/seed_devices.sql"]), t, "fcm", "device_tokens"


def n_device_csv(g):
    lines = ["user_id,platform,push_token,app_version,last_seen"]
    for _ in range(g.int(6, 12)):
        plat = g.pick(["ios", "android", "android"])
        tok = apns_device_token(g) if plat == "ios" else fcm_reg_token(g)
        lines.append("%d,%s,%s,%d.%d.%d,2024-%02d-%02d" % (g.int(10000, 999999), plat, tok, g.int(3, 5), g.int(0, 20),
                                                           g.int(0, 9), g.int(1, 12), g.int(1, 28)))
    return g.pick(["exports/devices-2024-q2.csv", "data/push_tokens_sample.csv"]), "\n".join(lines) + "\n", "fcm", "device_tokens"


def n_fcm_log(g):
    pid = project_id(g)
    lines = []
    for _ in range(g.int(6, 10)):
        ts = "2024-%02d-%02d %02d:%02d:%02d,%03d" % (g.int(1, 12), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999))
        if g.chance(0.6):
            lines.append("%s INFO fcm.send ok name=projects/%s/messages/0:%d%%%s token=%s" % (
                ts, pid, g.int(10 ** 15, 10 ** 16 - 1), g.hex(16), fcm_reg_token(g)))
        else:
            lines.append("%s WARN fcm.send UNREGISTERED token=%s retry=false" % (ts, fcm_reg_token(g)))
    return g.pick(["logs/fcm-sender.log", "var/log/push/fcm.log"]), "\n".join(lines) + "\n", "fcm", "fcm_registration_token"


def n_apns_log(g):
    lines = []
    for _ in range(g.int(6, 10)):
        ts = "2024-%02d-%02dT%02d:%02d:%02dZ" % (g.int(1, 12), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59))
        st = g.pick([200, 200, 200, 410, 400])
        extra = {200: "", 410: ' reason=Unregistered timestamp=%d' % g.int(1700000000000, 1730000000000),
                 400: " reason=BadDeviceToken"}[st]
        lines.append('%s apns status=%d apns-id=%s apns-unique-id=%s device=%s%s' % (
            ts, st, g.uuid(True), g.uuid(), apns_device_token(g), extra))
    return g.pick(["logs/apns.log", "log/apple-push.log"]), "\n".join(lines) + "\n", "apns", "apns_device_token"


def n_expo_fixture(g):
    msgs = [{"to": expo_push_token(g), "sound": "default", "title": "Reminder", "body": "Your class starts in 10 minutes",
             "data": {"classId": g.uuid()}} for _ in range(g.int(2, 4))]
    tickets = [{"status": "ok", "id": g.uuid()} for _ in msgs]
    t = json.dumps({"request": msgs, "response": {"data": tickets}}, indent=2) + "\n"
    return g.pick(["__tests__/fixtures/expo-push.json", "test/fixtures/expoTickets.json"]), t, "expo", "expo_push_token"


def n_vapid_client(g):
    t = """const VAPID_PUBLIC_KEY = "%s";

function urlBase64ToUint8Array(base64String) {
  const padding = "=".repeat((4 - (base64String.length %% 4)) %% 4);
  const base64 = (base64String + padding).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64);
  return Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));
}

export async function subscribe() {
  const reg = await navigator.serviceWorker.ready;
  const sub = await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch("/api/push/subscriptions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(sub),
  });
  return sub;
}
""" % vapid_public(g)
    return g.pick(["src/push/subscribe.js", "frontend/src/webpush.js"]), t, "webpush", "vapid_public_key"


def n_push_sub(g):
    d = {"endpoint": g.pick(["https://fcm.googleapis.com/fcm/send/", "https://updates.push.services.mozilla.com/wpush/v2/",
                             "https://web.push.apple.com/"]) + g.s(B64U, g.int(120, 150)),
         "expirationTime": None, "keys": {"p256dh": vapid_public(g)}}
    t = "// Example subscription captured from Chrome devtools (keys.auth omitted).\nexport const sampleSubscription = %s;\n" % json.dumps(d, indent=2)
    return g.pick(["test/fixtures/subscription.ts", "src/__mocks__/pushSubscription.ts"]), t, "webpush", "push_subscription"


def n_os_sdk(g):
    t = """<script src="https://cdn.onesignal.com/sdks/web/v16/OneSignalSDK.page.js" defer></script>
<script>
  window.OneSignalDeferred = window.OneSignalDeferred || [];
  OneSignalDeferred.push(async function (OneSignal) {
    await OneSignal.init({
      appId: "%s",
      safari_web_id: "web.onesignal.auto.%s",
      notifyButton: { enable: true },
      allowLocalhostAsSecureOrigin: true,
    });
  });
</script>
""" % (g.uuid(), g.uuid())
    return g.pick(["templates/partials/onesignal.html", "public/push-init.html"]), t, "onesignal", "app_id"


def n_os_android(g):
    t = """package %s

import android.app.Application
import com.onesignal.OneSignal
import com.onesignal.debug.LogLevel

const val ONESIGNAL_APP_ID = "%s"

class App : Application() {
    override fun onCreate() {
        super.onCreate()
        OneSignal.Debug.logLevel = if (BuildConfig.DEBUG) LogLevel.VERBOSE else LogLevel.NONE
        OneSignal.initWithContext(this, ONESIGNAL_APP_ID)
    }
}
""" % (bundle_id(g), g.uuid())
    return "app/src/main/java/App.kt", t, "onesignal", "app_id"


def n_knock_react(g):
    t = """import { KnockProvider, KnockFeedProvider, NotificationIconButton, NotificationFeedPopover } from "@knocklabs/react";
import { useRef, useState } from "react";

const KNOCK_PUBLIC_API_KEY = "pk_test_%s";
const KNOCK_FEED_CHANNEL_ID = "%s";

export function Inbox({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef(null);
  return (
    <KnockProvider apiKey={KNOCK_PUBLIC_API_KEY} userId={userId}>
      <KnockFeedProvider feedId={KNOCK_FEED_CHANNEL_ID}>
        <NotificationIconButton ref={buttonRef} onClick={() => setOpen(!open)} />
        <NotificationFeedPopover buttonRef={buttonRef} isVisible={open} onClose={() => setOpen(false)} />
      </KnockFeedProvider>
    </KnockProvider>
  );
}
""" % (b64u(g.bytes(32)), g.uuid())
    return g.pick(["src/components/Inbox.tsx", "app/components/NotificationInbox.tsx"]), t, "knock", "public_api_key"


def n_braze_sdk(g):
    t = """import * as braze from "@braze/web-sdk";

// The SDK API key is the app identifier from Settings > APIs and Identifiers.
braze.initialize("%s", {
  baseUrl: "%s",
  enableLogging: false,
  serviceWorkerLocation: "/braze-sw.js",
});
braze.automaticallyShowInAppMessages();
braze.openSession();
""" % (g.uuid(), braze_endpoint(g, "sdk").replace("https://", ""))
    return g.pick(["src/analytics/braze.js", "web/braze-init.js"]), t, "braze", "app_identifier"


def n_airship_plist(g):
    t = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>developmentAppKey</key>
	<string>%s</string>
	<key>developmentAppSecret</key>
	<string>%s</string>
	<key>productionAppKey</key>
	<string>%s</string>
	<key>productionAppSecret</key>
	<string>%s</string>
	<key>site</key>
	<string>US</string>
	<key>isAutomaticSetupEnabled</key>
	<true/>
</dict>
</plist>
""" % tuple(b64u(g.bytes(16)) for _ in range(4))
    return "ios/App/AirshipConfig.plist", t, "airship", "app_key_app_secret"


def n_airship_props(g):
    t = """# Airship SDK configuration (app key / app secret ship inside the app bundle)
developmentAppKey = %s
developmentAppSecret = %s
productionAppKey = %s
productionAppSecret = %s
inProduction = true
site = EU
notificationIcon = ic_notification
notificationAccentColor = #ff6d00
""" % tuple(b64u(g.bytes(16)) for _ in range(4))
    return "app/src/main/assets/airshipconfig.properties", t, "airship", "app_key_app_secret"


def n_beams_client(g):
    t = """import PushNotifications

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    let beamsClient = PushNotifications.shared

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        beamsClient.start(instanceId: "%s")
        beamsClient.registerForRemoteNotifications()
        try? beamsClient.addDeviceInterest(interest: "news")
        return true
    }

    func application(_ application: UIApplication,
                     didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        // e.g. deviceToken = <%s>
        beamsClient.registerDeviceToken(deviceToken)
    }
}
""" % (g.uuid(), apns_device_token(g))
    return "ios/App/AppDelegate.swift", t, "pusher_beams", "instance_id"


def n_batch_android(g):
    t = """package %s

import android.app.Application
import com.batch.android.Batch
import com.batch.android.BatchActivityLifecycleHelper

class MainApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        // Batch SDK API keys (public, embedded in every build)
        val key = if (BuildConfig.DEBUG) "%s" else "%s"
        Batch.start(key)
        registerActivityLifecycleCallbacks(BatchActivityLifecycleHelper())
    }
}
""" % (bundle_id(g), batch_sdk_key(g, True), batch_sdk_key(g))
    return "app/src/main/java/MainApplication.kt", t, "batch", "sdk_api_key"


def n_mb_react(g):
    t = """import MagicBell, { FloatingNotificationInbox } from "@magicbell/magicbell-react";

// apiKey is the project's public key; userKey is the per-user HMAC computed server-side.
export function Bell({ email, userKey }: { email: string; userKey: string }) {
  return (
    <MagicBell apiKey="%s" userEmail={email} userKey={userKey} theme={{ icon: { borderColor: "#5225C1" } }}>
      {(props) => <FloatingNotificationInbox height={450} {...props} />}
    </MagicBell>
  );
}
""" % g.hex(40)
    return g.pick(["src/components/Bell.tsx", "web/components/NotificationBell.tsx"]), t, "magicbell", "public_api_key"


def n_cio_snippet(g):
    t = """<!-- Customer.io web tracking; the site id only identifies the workspace -->
<script type="text/javascript">
  var _cio = _cio || [];
  (function() {
    var a,b,c;a=function(f){return function(){_cio.push([f].
    concat(Array.prototype.slice.call(arguments,0)))}};b=["load","identify",
    "sidentify","track","page","on","off"];for(c=0;c<b.length;c++){_cio[b[c]]=a(b[c])};
    var t = document.createElement('script'),
        s = document.getElementsByTagName('script')[0];
    t.async = true;
    t.id    = 'cio-tracker';
    t.setAttribute('data-site-id', '%s');
    t.setAttribute('data-use-array-params', 'true');
    t.setAttribute('data-use-in-app', 'true');
    t.src = 'https://assets.customer.io/assets/track.js';
    s.parentNode.insertBefore(t, s);
  })();
</script>
""" % g.hex(20)
    return g.pick(["layouts/_tracking.html", "src/partials/customerio.html"]), t, "customerio", "site_id"


def n_pw_plist(g):
    t = """	<key>Pushwoosh_APPID</key>
	<string>%s</string>
	<key>Pushwoosh_AUTO_ACCEPT_DEEP_LINK_FOR_SILENT_PUSH</key>
	<true/>
	<key>Pushwoosh_SHOW_ALERT</key>
	<false/>
	<key>UIBackgroundModes</key>
	<array>
		<string>remote-notification</string>
	</array>
""" % pushwoosh_app_code(g)
    return "ios/App/Info.plist.fragment.xml", t, "pushwoosh", "application_code"


def n_novu_inbox(g):
    t = """import { Inbox } from "@novu/react";

export function NotificationCenter({ subscriberId, subscriberHash }: { subscriberId: string; subscriberHash: string }) {
  return (
    <Inbox
      applicationIdentifier="%s"
      subscriberId={subscriberId}
      subscriberHash={subscriberHash}
      appearance={{ variables: { colorPrimary: "#0081F1" } }}
    />
  );
}

// storybook fixture
export const demoProps = { subscriberId: "%s", subscriberHash: "%s" };
""" % (g.s(B64U.replace("-", "").replace("_", ""), 12), g.hex(24), g.hex(64))
    return g.pick(["src/components/NotificationCenter.tsx", "components/inbox.tsx"]), t, "novu", "application_identifier"


def n_manifest(g):
    d = {"name": "%s %s" % (g.pick(PROJECT_WORDS).title(), g.pick(APP_WORDS).title()), "short_name": g.pick(APP_WORDS).title(),
         "start_url": "/", "display": "standalone", "background_color": "#ffffff", "theme_color": "#%s" % g.hex(6),
         "gcm_sender_id": "103953800507",
         "icons": [{"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
                   {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png"}]}
    return "public/manifest.json", json.dumps(d, indent=2) + "\n", "fcm", "sender_id"


def n_entitlements(g):
    team = apple_id10(g)
    t = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.team-identifier</key>
	<string>%s</string>
	<key>com.apple.security.application-groups</key>
	<array>
		<string>group.%s.onesignal</string>
	</array>
	<key>keychain-access-groups</key>
	<array>
		<string>%s.%s</string>
	</array>
</dict>
</plist>
""" % (team, bundle_id(g), team, bundle_id(g))
    return "ios/App/App.entitlements", t, "apns", "team_id"


def n_appfile(g):
    t = """app_identifier("%s")
apple_id("mobile-release@%s.example")
team_id("%s")
itc_team_id("%s")

for_platform :ios do
  for_lane :beta do
    app_identifier("%s.beta")
  end
end
""" % (bundle_id(g), g.pick(PROJECT_WORDS), apple_id10(g), g.digits(9), bundle_id(g))
    return "fastlane/Appfile", t, "apns", "team_id"


def n_aasa(g):
    team = apple_id10(g)
    b = bundle_id(g)
    d = {"applinks": {"details": [{"appIDs": ["%s.%s" % (team, b)], "components": [{"/": "/notifications/*"}, {"/": "/orders/*"}]}]},
         "webcredentials": {"apps": ["%s.%s" % (team, b)]}}
    return ".well-known/apple-app-site-association", json.dumps(d, indent=2) + "\n", "apns", "team_id"


def _sri(g, alg="sha512", n=64):
    return "%s-%s" % (alg, b64(g.bytes(n)))


def n_pkg_lock(g):
    pk = [("node_modules/web-push", "3.6.7"), ("node_modules/firebase-admin", "12.1.0"),
          ("node_modules/@parse/node-apn", "6.0.1"), ("node_modules/onesignal-node", "3.4.0"),
          ("node_modules/expo-server-sdk", "3.10.0"), ("node_modules/@knocklabs/node", "0.6.13")]
    parts = []
    for name, ver in pk[:g.int(3, 6)]:
        short = name.split("node_modules/")[1]
        parts.append('    "%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n'
                     '      "integrity": "%s",\n      "license": "MIT"\n    }' % (
                         name, ver, short, short.split("/")[-1], ver, _sri(g)))
    t = '{\n  "name": "notifier",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % ",\n".join(parts)
    return "package-lock.json", t, "webpush", "integrity_hash"


def n_podfile_lock(g):
    pods = ["Firebase", "FirebaseCore", "FirebaseMessaging", "FirebaseInstallations", "OneSignalXCFramework",
            "GoogleDataTransport", "GoogleUtilities", "nanopb", "PromisesObjC", "Airship"]
    sel = pods[:g.int(5, len(pods))]
    t = "PODS:\n" + "".join("  - %s (%d.%d.%d)\n" % (p, g.int(1, 11), g.int(0, 30), g.int(0, 9)) for p in sel)
    t += "\nSPEC CHECKSUMS:\n" + "".join("  %s: %s\n" % (p, g.hex(40)) for p in sel)
    t += "\nPODFILE CHECKSUM: %s\n\nCOCOAPODS: 1.15.2\n" % g.hex(40)
    return "ios/Podfile.lock", t, "apns", "checksum"


def n_go_sum(g):
    mods = ["github.com/sideshow/apns2 v0.23.0", "github.com/SherClockHolmes/webpush-go v1.3.0",
            "firebase.google.com/go/v4 v4.14.1", "github.com/golang-jwt/jwt/v4 v4.5.0",
            "github.com/pusher/push-notifications-go v0.0.0-20190821153709-d9d2e1f4bd26", "golang.org/x/net v0.25.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, b64(g.bytes(32))[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, b64(g.bytes(32))[:43]))
    return "go.sum", "\n".join(lines) + "\n", "apns", "checksum"


def n_dockerfile(g):
    t = """FROM node:20.12-alpine@sha256:%s AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

FROM gcr.io/distroless/nodejs20-debian12@sha256:%s
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production \\
    PUSH_PROVIDER=onesignal \\
    ONESIGNAL_APP_ID=%s
# ONESIGNAL_REST_API_KEY is injected at runtime from the secret store
USER nonroot
CMD ["server.js"]
""" % (g.hex(64), g.hex(64), g.uuid())
    return g.pick(["Dockerfile", "services/notifier/Dockerfile"]), t, "onesignal", "image_digest"


def n_public_pem(g):
    pemtxt = pem("PUBLIC KEY", rsa_spki(g) if g.chance(0.5) else ec_spki(ec_keypair(g)[1]))
    name, prov = g.pick([("keys/braze_sdk_auth_public.pem", "braze"), ("config/knock-signing.pub.pem", "knock"),
                         ("certs/apns_signing_pub.pem", "apns")])
    return name, pemtxt, prov, "public_key"


def n_x509_json(g):
    d = {}
    for _ in range(2):
        body = b64(g.bytes(g.int(700, 760)))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        d[g.hex(40)] = "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(lines)
    t = json.dumps(d, indent=2) + "\n"
    return g.pick(["test/fixtures/google-x509-certs.json", "testdata/securetoken_certs.json"]), t, "fcm", "x509_certificate"


def n_webhook_test(g):
    t = """import hmac
import hashlib
import os

import pytest

from webhooks.verify import verify_signature

SECRET = os.environ.get("WEBHOOK_SIGNING_SECRET", "test-secret")
BODY = b'{"event":"message.delivered","message_id":"%s","channel":"push"}'
TIMESTAMP = "%d"
# captured from the provider sandbox with the sandbox secret
RECORDED_SIGNATURE = "%s"


def sign(body, ts):
    return hmac.new(SECRET.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()


def test_roundtrip():
    assert verify_signature(BODY, TIMESTAMP, sign(BODY, TIMESTAMP), SECRET)


def test_recorded_signature_rejected_with_other_secret():
    assert not verify_signature(BODY, TIMESTAMP, RECORDED_SIGNATURE, "other")
""" % (g.uuid(), g.int(1700000000, 1730000000), g.hex(64))
    return g.pick(["tests/test_webhook_signature.py", "webhooks/tests/test_verify.py"]), t, "knock", "webhook_signature"


def n_changelog(g):
    out = ["# Changelog", ""]
    for i in range(g.int(4, 7)):
        out.append("## %d.%d.%d - 2024-%02d-%02d" % (2, 9 - i, g.int(0, 5), g.int(1, 12), g.int(1, 28)))
        for _ in range(g.int(1, 3)):
            out.append("- %s ([%s](https://github.com/example/notifier/commit/%s))" % (
                g.pick(["Retry FCM 503 responses with backoff", "Drop legacy OneSignal v1 endpoint",
                        "Rotate APNs key handling to token auth", "Add web push for Safari 16.4+",
                        "Batch Expo receipts in chunks of 300", "Store VAPID public key in config"]),
                g.hex(7), g.hex(40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out), "onesignal", "commit_sha"


def n_firebaserc(g):
    pid1, pid2 = project_id(g), project_id(g)
    t = json.dumps({"projects": {"default": pid1, "staging": pid2},
                    "targets": {pid1: {"hosting": {"web": [pid1]}}}, "etags": {pid1: {"extensionInstances": g.hex(64)}}},
                   indent=2) + "\n"
    return ".firebaserc", t, "fcm", "project_id"


def n_tf_firebase(g):
    pid = project_id(g)
    t = """resource "google_firebase_project" "default" {
  provider = google-beta
  project  = "%s"
}

resource "google_firebase_android_app" "app" {
  provider      = google-beta
  project       = google_firebase_project.default.project
  display_name  = "Android"
  package_name  = "%s"
  sha256_hashes = ["%s"]
}

output "project_number" {
  value = "%s"
}
""" % (pid, bundle_id(g), g.hex(64), project_number(g))
    return g.pick(["infra/firebase/main.tf", "terraform/firebase.tf"]), t, "fcm", "project_number"


def n_external_secret(g):
    t = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: push-credentials
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: push-credentials
  data:
    - secretKey: ONESIGNAL_REST_API_KEY
      remoteRef:
        key: prod/push/onesignal
        property: rest_api_key
    - secretKey: APNS_AUTH_KEY
      remoteRef:
        key: prod/push/apns
        property: p8
    - secretKey: VAPID_PRIVATE_KEY
      remoteRef:
        key: prod/push/webpush
        property: private_key
"""
    return g.pick(["k8s/push/externalsecret.yaml", "deploy/base/push-secrets.yaml"]), t, "onesignal", "secret_reference"


def n_helm_values(g):
    t = """replicaCount: 2
image:
  repository: ghcr.io/%s/notifier
  tag: "1.%d.%d"
push:
  onesignal:
    appId: "%s"
    existingSecret: notifier-onesignal
    secretKey: rest-api-key
  apns:
    keyId: "%s"
    teamId: "%s"
    topic: %s
    existingSecret: notifier-apns
  webpush:
    publicKey: "%s"
    existingSecret: notifier-vapid
""" % (g.pick(PROJECT_WORDS), g.int(0, 30), g.int(0, 9), g.uuid(), apple_id10(g), apple_id10(g), bundle_id(g), vapid_public(g))
    return g.pick(["charts/notifier/values.yaml", "helm/values-prod.yaml"]), t, "apns", "public_ids"


def n_env_example(g):
    t = """# Copy to .env and fill in the secrets (never commit the filled file)
ONESIGNAL_APP_ID=%s
ONESIGNAL_REST_API_KEY=
FCM_PROJECT_ID=%s
GOOGLE_APPLICATION_CREDENTIALS=./secrets/firebase-adminsdk.json
APNS_KEY_ID=%s
APNS_TEAM_ID=%s
APNS_KEY_PATH=./secrets/AuthKey.p8
NEXT_PUBLIC_VAPID_PUBLIC_KEY=%s
VAPID_PRIVATE_KEY=
EXPO_ACCESS_TOKEN=
""" % (g.uuid(), project_id(g), apple_id10(g), apple_id10(g), vapid_public(g))
    return g.pick([".env.example", ".env.sample", "config/.env.example"]), t, "onesignal", "public_ids"


def n_os_response_log(g):
    lines = []
    for _ in range(g.int(4, 8)):
        lines.append(json.dumps({"level": "info", "msg": "onesignal notification created", "notification_id": g.uuid(),
                                 "external_id": g.uuid(), "recipients": g.int(1, 5000), "app_id": g.uuid(),
                                 "ts": "2024-%02d-%02dT%02d:%02d:%02dZ" % (g.int(1, 12), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59))}))
    return g.pick(["logs/notifier.jsonl", "var/log/onesignal-results.log"]), "\n".join(lines) + "\n", "onesignal", "notification_id"


def n_kotlin_fms(g):
    t = """package %s.push

import android.util.Log
import com.google.firebase.messaging.FirebaseMessagingService
import com.google.firebase.messaging.RemoteMessage

class PushService : FirebaseMessagingService() {

    // A registration token looks like:
    // %s
    override fun onNewToken(token: String) {
        Log.d(TAG, "refreshed token length=${token.length}")
        TokenUploader.enqueue(applicationContext, token)
    }

    override fun onMessageReceived(message: RemoteMessage) {
        message.notification?.let { NotificationHelper.show(this, it.title, it.body) }
    }

    companion object {
        private const val TAG = "PushService"
    }
}
""" % (bundle_id(g), fcm_reg_token(g))
    return "app/src/main/java/push/PushService.kt", t, "fcm", "fcm_registration_token"


def n_swift_token(g):
    t = """import UIKit

extension AppDelegate {
    func application(_ application: UIApplication,
                     didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        let token = deviceToken.map { String(format: "%%02x", $0) }.joined()
        // token == "%s" on the QA iPhone 13
        DeviceRegistry.shared.upload(token: token, environment: .production)
    }
}
""" % apns_device_token(g)
    return "ios/App/AppDelegate+Push.swift", t, "apns", "apns_device_token"


def n_py_test_apns(g):
    t = """import pytest

from push.apns import build_jwt_headers, device_path

KEY_ID = "ABC123DEFG"   # Apple's documentation example
TEAM_ID = "DEF123GHIJ"  # Apple's documentation example
DEVICE = "%s"


def test_headers_shape():
    headers = build_jwt_headers(key_id=KEY_ID, team_id=TEAM_ID, key_path="tests/data/missing.p8", sign=False)
    assert headers["alg"] == "ES256"
    assert headers["kid"] == KEY_ID


def test_device_path():
    assert device_path(DEVICE) == "/3/device/" + DEVICE
""" % apns_device_token(g)
    return "tests/test_apns_headers.py", t, "apns", "doc_example_ids"


def n_openapi(g):
    t = """openapi: 3.0.3
info:
  title: Notifier API
  version: 1.4.0
paths:
  /v1/devices:
    post:
      summary: Register a device for push
      requestBody:
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Device"
            example:
              user_id: "%s"
              platform: ios
              token: "%s"
components:
  schemas:
    Device:
      type: object
      required: [user_id, platform, token]
      properties:
        user_id: {type: string, format: uuid}
        platform: {type: string, enum: [ios, android, web]}
        token: {type: string, description: "APNs hex token or FCM registration token"}
""" % (g.uuid(), apns_device_token(g))
    return g.pick(["api/openapi.yaml", "docs/openapi/notifier.yaml"]), t, "apns", "apns_device_token"


def n_b64_payload(g):
    payload = json.dumps({"aps": {"alert": {"title": "Delivery", "body": "Your order is 5 minutes away"}, "badge": 1},
                          "order_id": g.uuid()}).encode()
    t = """package queue

import "testing"

// A message as it sits on the SQS push queue (body is base64 of the APNs payload).
const sampleBody = "%s"

func TestDecode(t *testing.T) {
	p, err := Decode(sampleBody)
	if err != nil {
		t.Fatal(err)
	}
	if p.Aps.Badge != 1 {
		t.Fatalf("badge = %%d", p.Aps.Badge)
	}
}
""" % b64(payload)
    return "internal/queue/decode_test.go", t, "apns", "encoded_payload"


def n_fid_export(g):
    rows = [{"fid": fid(g), "app_instance_id": g.hex(32), "platform": g.pick(["ANDROID", "IOS"]), "first_open": "2024-%02d-%02d" % (g.int(1, 12), g.int(1, 28))}
            for _ in range(g.int(3, 6))]
    return g.pick(["analytics/sample_installations.json", "data/fids.json"]), json.dumps(rows, indent=2) + "\n", "fcm", "installation_id"


def n_apns_doc(g):
    t = """# APNs token authentication

We sign a short-lived JWT with the team's `.p8` key (kept in the secret store, never in git).

| field | value |
|-------|-------|
| key id (`kid`) | `%s` |
| team id (`iss`) | `%s` |
| topic | `%s` |
| host | `api.push.apple.com` / `api.sandbox.push.apple.com` |

JWT header: `{"alg": "ES256", "kid": "%s"}`, claims: `{"iss": "%s", "iat": <unix time>}`.
Tokens are refreshed every 40 minutes; APNs rejects tokens older than one hour.
""" % ((apple_id10(g), apple_id10(g), bundle_id(g)) * 1 + ("<key id>", "<team id>"))
    return g.pick(["docs/apns.md", "docs/push/apple.md"]), t, "apns", "key_id_team_id"


def n_gradle(g):
    t = """plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "%s"
    compileSdk = 34
    defaultConfig {
        applicationId = "%s"
        minSdk = 24
        targetSdk = 34
        versionCode = %d
        versionName = "3.%d.%d"
        manifestPlaceholders["onesignal_app_id"] = "%s"
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
        }
    }
}

dependencies {
    implementation(platform("com.google.firebase:firebase-bom:33.1.0"))
    implementation("com.google.firebase:firebase-messaging")
    implementation("com.onesignal:OneSignal:[5.1.6, 5.1.99]")
}
""" % (bundle_id(g), bundle_id(g), g.int(100, 9000), g.int(0, 20), g.int(0, 9), g.uuid())
    return "app/build.gradle.kts", t, "onesignal", "app_id"


def n_remote_config(g):
    d = {"conditions": [{"name": "ios_users", "expression": "device.os == 'ios'"}],
         "parameters": {"push_prompt_delay_s": {"defaultValue": {"value": "30"}},
                        "vapid_public_key": {"defaultValue": {"value": vapid_public(g)}}},
         "version": {"versionNumber": str(g.int(10, 400)), "updateTime": "2024-05-02T10:11:12.123Z",
                     "updateUser": {"email": "release-bot@example.org"}, "updateOrigin": "REST_API"},
         "etag": "etag-%s-%d" % (project_number(g), g.int(10, 400))}
    return g.pick(["firebase/remoteconfig.template.json", "config/remote-config.json"]), json.dumps(d, indent=2) + "\n", "fcm", "etag"


def n_workflow_refs(g):
    t = """name: Deploy notifier

on:
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: projects/%s/locations/global/workloadIdentityPools/github/providers/repo
          service_account: deployer@%s.iam.gserviceaccount.com
      - run: ./scripts/deploy.sh
        env:
          ONESIGNAL_REST_API_KEY: ${{ secrets.ONESIGNAL_REST_API_KEY }}
          EXPO_TOKEN: ${{ secrets.EXPO_TOKEN }}
          APNS_AUTH_KEY: ${{ secrets.APNS_AUTH_KEY }}
          KNOCK_SECRET_API_KEY: ${{ secrets.KNOCK_SECRET_API_KEY }}
""" % (project_number(g), project_id(g))
    return ".github/workflows/deploy-notifier.yml", t, "expo", "secret_reference"


def n_sha256sums(g):
    names = ["notifier-linux-amd64.tar.gz", "notifier-linux-arm64.tar.gz", "notifier-darwin-arm64.tar.gz", "notifier-windows-amd64.zip"]
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (g.hex(64), n) for n in names), "webpush", "digest"


def n_cio_fixture(g):
    d = {"event_id": g.s(CROCK, 26), "object_type": "push", "metric": "delivered", "timestamp": g.int(1700000000, 1730000000),
         "data": {"customer_id": str(g.int(1000, 99999)), "delivery_id": b64u(g.bytes(18)), "action_id": g.int(1, 99),
                  "campaign_id": g.int(1, 400), "recipients": [{"device_id": fcm_reg_token(g), "device_platform": "android"}]}}
    return g.pick(["test/fixtures/cio_reporting_webhook.json", "spec/fixtures/customerio_push_delivered.json"]), json.dumps(d, indent=2) + "\n", "customerio", "webhook_payload"


LOOKALIKE_TEMPLATES = [
    n_google_services, n_gs_plist, n_fb_web, n_fb_sw, n_device_sql, n_device_csv, n_fcm_log, n_apns_log,
    n_expo_fixture, n_vapid_client, n_push_sub, n_os_sdk, n_os_android, n_knock_react, n_braze_sdk,
    n_airship_plist, n_airship_props, n_beams_client, n_batch_android, n_mb_react, n_cio_snippet, n_pw_plist,
    n_novu_inbox, n_manifest, n_entitlements, n_appfile, n_aasa, n_pkg_lock, n_podfile_lock, n_go_sum,
    n_dockerfile, n_public_pem, n_x509_json, n_webhook_test, n_changelog, n_firebaserc, n_tf_firebase,
    n_external_secret, n_helm_values, n_env_example, n_os_response_log, n_kotlin_fms, n_swift_token,
    n_py_test_apns, n_openapi, n_b64_payload, n_fid_export, n_apns_doc, n_gradle, n_remote_config,
    n_workflow_refs, n_sha256sums, n_cio_fixture,
]


# --------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_POS_CAP = 20          # at most 1 in 25 positives in a .env / .env.<stage> file
ENV_POS_NAMES = [".env", ".env.production", ".env.local", "deploy/.env", "services/notifier/.env.production"]
ENV_ALT_NAMES = ["deploy/notifier.env", "docker/push.env", "config/secrets/prod.env", "ops/runtime.env"]
ENV_NEG_NAMES = [".env.example", ".env.sample", "config/.env.example", ".env.template", "env.sample"]
ALLOWED_NEG_ENV = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if is_env_name(base) or base.endswith(".env") or base == "env.sample":
        return "env"
    special = {"Dockerfile": "dockerfile", "Appfile": "ruby", ".firebaserc": "json", "SHA256SUMS": "txt",
               "apple-app-site-association": "json", "Podfile.lock": "yaml", "go.sum": "txt", "smoke-push": "sh"}
    if base in special:
        return special[base]
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[1].lower()
        return {"yaml": "yml", "jsonl": "log", "kts": "kt", "mjs": "js", "exs": "exs", "tfvars": "tf"}.get(ext, ext)
    return "txt"


def unpack(res):
    if len(res) == 3:
        return res
    return res[0], res[1], None


def line_of(text, needle):
    for i, ln in enumerate(text.split("\n"), 1):
        if needle in ln:
            return i
    raise AssertionError("needle not found")


def weighted(g, pairs):
    total = sum(w for _, w in pairs)
    x = g.r.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ha.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    manifest, secrets = [], []

    # ---- positives ----
    sched = [i % len(POS_TEMPLATES) for i in range(N_POS)]
    g.shuffle(sched)
    env_used = 0
    seen_needles = []
    for idx, ti in enumerate(sched):
        secfn, tf = POS_TEMPLATES[ti]
        sec = secfn(g)
        v = Slot(g, sec)
        path, text, needle = unpack(tf(g, v, sec))
        if needle is None:
            needle = sec["value"]
        if path == "@ENV":
            if env_used < ENV_POS_CAP and g.chance(0.75):
                path = g.pick(ENV_POS_NAMES)
                env_used += 1
            else:
                path = g.pick(ENV_ALT_NAMES)
        assert not (is_env_name(path) and env_used > ENV_POS_CAP)
        rel = "pos/p%04d/%s" % (idx, path)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        assert len(needle) >= 16, (tf.__name__, needle)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[ln - 1]
        seen_needles.append(needle)
        manifest.append({"file": rel, "label": "pos", "provider": sec["provider"], "kind": sec["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert len(set(seen_needles)) == N_POS, "needles must be unique"
    assert sum(1 for m in manifest if is_env_name(m["file"])) <= N_POS // 20

    # ---- negatives: half slot-filled positive templates, half look-alikes ----
    n_slot = N_NEG // 2
    kinds = ["slot"] * n_slot + ["look"] * (N_NEG - n_slot)
    g.shuffle(kinds)
    slot_sched = [i % len(POS_TEMPLATES) for i in range(n_slot)]
    g.shuffle(slot_sched)
    look_sched = [i % len(LOOKALIKE_TEMPLATES) for i in range(N_NEG - n_slot)]
    g.shuffle(look_sched)
    si = li = 0
    for idx, kind in enumerate(kinds):
        if kind == "slot":
            secfn, tf = POS_TEMPLATES[slot_sched[si]]
            si += 1
            sec = secfn(g)
            cat = weighted(g, NEG_CATS)
            v = Slot(g, sec, cat)
            path, text, _ = unpack(tf(g, v, sec))
            assert sec["value"] not in text, (tf.__name__, cat)
            if sec.get("pem"):
                assert pem_needle(sec["pem"]) not in text
            provider, nkind = sec["provider"], v.cat
        else:
            tf = LOOKALIKE_TEMPLATES[look_sched[li]]
            li += 1
            path, text, provider, nkind = tf(g)
        if path == "@ENV":
            path = g.pick(ENV_NEG_NAMES)
        if is_env_name(path) and not path.endswith(ALLOWED_NEG_ENV):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_env_name(path) or path.endswith(ALLOWED_NEG_ENV)
        rel = "neg/n%04d/%s" % (idx, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": nkind, "filetype": filetype(path)})

    assert len(manifest) == N_POS + N_NEG
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
