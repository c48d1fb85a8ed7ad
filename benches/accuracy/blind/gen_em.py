#!/usr/bin/env python3
"""Blind evaluation-set generator "em" for keyhook: telehealth and digital-health developer APIs.

EMPHASIS
  Credentials that show up in telehealth / digital-health codebases: EHR and practice-platform APIs
  (Healthie, Canvas Medical, Elation, DrChrono, athenahealth), interoperability hubs (Redox, Health Gorilla,
  Particle Health), healthcare EDI / clearinghouses (Stedi, Availity, Office Ally, Change Healthcare, TriZetto
  ISA04 passwords inside X12 837/270 files), e-prescribing (DoseSpot clinic keys and APIM subscription keys,
  DrFirst Rcopia vendor passwords, Surescripts SFTP passwords), Doxy.me, telehealth video (Twilio auth tokens
  and API-key secrets, Vonage API secrets, Vonage Video/OpenTok secrets, Daily API keys, Zoom Video SDK and
  Server-to-Server OAuth secrets), lab/wearable data (Junction/Vital), remote-patient-monitoring device
  clouds (Withings, Dexcom, Fitbit, iHealth, Validic), appointment reminders (SendGrid, Mailgun, Postmark,
  Plivo, Twilio), SMART Backend Services private keys (RSA/EC PEM and private EC JWK), HL7v2 MSH-8 security
  tokens, Mirth Connect SFTP passwords, and the usual cloud/db credentials of such projects (AWS, GCP
  service-account keys, Azure storage keys, Postgres/Mongo/Redis passwords, Stripe, Datadog).
  File types: Python, TypeScript/JavaScript, Ruby/Rails, Go, .env/.envrc, docker-compose, Kubernetes,
  Terraform, Postman collections/environments, FHIR JSON (Subscription/Endpoint headers), HL7v2, X12,
  YAML (Spring, Helm, serverless, GitHub Actions), Jupyter, Markdown, properties, TOML, INI, XML, JSON,
  Dockerfile, shell, PEM.
  Half the positives use an obvious name (HEALTHIE_API_KEY, clientSecret ...); the other half use a
  neutral name (VENDOR_BLOB, emr_param ...), a positional argument, an inline HTTP header, a DB URL, a
  FHIR header string, a Kubernetes base64 data value, an X12 ISA04 field or HL7 MSH-8.

USAGE
  python3 gen_em.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl and
  OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random(SEED); no clock, no os.urandom).

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file; line = 1-based line of its first occurrence.
  * id/secret pairs (client_id+client_secret, Twilio SID+token, AWS key id+secret, Vonage key+secret,
    Zoom SDK key+secret, DoseSpot clinic id+key): needle is the secret half only; the public id may sit nearby.
  * PEM private keys (SMART backend RSA/EC, GCP service account): needle = the first base64 body line
    (64 chars) after the BEGIN line; in .env / JSON files where the PEM is \n-escaped, the same 64 chars.
  * private JWK: needle = the "d" member.
  * Kubernetes Secret "data:" entries: needle = the base64 encoding of the secret, as written.
  * DB URLs: needle = the password part only.  X12: needle = ISA04 (10 chars, ISA03=01).
  * HL7v2: needle = MSH-8 value.  Mailgun: the whole "key-..." or new-style key.

NEGATIVES
  Half re-use the positive templates with the secret slot filled by: placeholders (<client-secret>,
  YOUR_X, REPLACE_ME, xxxx...), environment lookups in the file's own syntax (os.environ[...],
  process.env.X, ENV.fetch, ${X}, ${{ secrets.X }}, {{var}}, var.x), secret-manager references (AWS
  Secrets Manager ARNs, GCP Secret Manager paths, vault:, op://), masked/redacted/empty values,
  vendor-documented example values (AWS EXAMPLEKEY pair, Stripe docs test key, Twilio "your_auth_token"),
  public keys / public JWKs in place of private ones, X12 ISA with no security info, HL7 with empty MSH-8.
  The public half of a pair (client id, Account SID, AWS access-key id, Zoom SDK key) may stay.
  The other half are domain look-alikes: FHIR bundles (resource ids, MRNs, NPIs, ICD-10, LOINC), HL7v2
  ADT/ORU messages, X12 837P/270 with control numbers, NPI Luhn test vectors and DEA numbers, ICD-10/CPT/
  RxNorm/NDC tables, unsigned alg=none JWT fixtures, npm integrity hashes, SRI hashes, image digests, git
  SHAs, Bitnami SealedSecret and SOPS ciphertext, Rails credentials.yml.enc, public JWKS/PEM, Stripe
  publishable key + Sentry public DSN, Twilio message/room SIDs, Redox payload ids, device serials/IMEIs,
  i18n strings, .env.example with empty values, CI secret references, ExternalSecret refs, masked logs.

DOUBTS
  Formats written from memory or only partly confirmed:
  * Healthie: docs confirm "Authorization: Basic <key>" + "AuthorizationSource: API" but not the key's
    shape; half the keys use a gh_live_/gh_sbox_ + 64 alnum shape (from memory, unsure), half plain 40/48 alnum.
  * Stedi: docs confirm the raw key in Authorization; length/alphabet (24-40 alnum) is a guess.
  * Canvas/Elation/DrChrono client_id 40 + client_secret 128 alnum (django-oauth-toolkit defaults) - guess.
  * athenahealth 0oa-prefixed Okta client id + 40-char secret; Health Gorilla, Particle, Availity,
    Dexcom, iHealth, Validic secret lengths; Redox legacy apiKey(UUID)+secret(32) and verification token;
    Doxy.me API token (not sure Doxy.me offers a public API); DrFirst vendor password; DoseSpot
    ClinicKey 32 alnum (the APIM subscription key as 32 hex is Azure APIM's usual shape).
  * Junction/Vital sk_us_/sk_eu_ prefix is from a third-party summary; the 43-char body is a guess.
  * Zoom Video SDK key 22 / secret 32-36 alnum; Vonage Video (OpenTok) numeric key + 40-hex secret;
    Plivo MA-prefixed auth id + 40-char token; Withings 64-hex id/secret; Fitbit 6-char id/32-hex secret.
  * PEM/JWK bodies are random base64 behind real DER prefixes; they are not valid keys.
  * HL7 MSH-8 as a security token and X12 ISA04 as a password are legal but uncommon practice.
  Labels a reviewer might dispute: X12 ISA04 passwords as positives; public client ids / AWS access-key
  ids / Zoom SDK keys left beside a placeholder in negatives; Stripe's published docs test key and AWS
  EXAMPLE keys as negatives; SealedSecret/SOPS/Rails-encrypted ciphertext as negatives; Sentry public DSN
  and pk_live_ publishable key as negatives; secrets inside tests/ and README files counted as positives.

SEARCHES
  docs/pages corpora: Healthie authentication (docs.gethealthie.com), Stedi API key auth (stedi.com docs),
  DoseSpot API credentials (docs.dosespot.com: Ocp-Apim-Subscription-Key), Junction/Vital key prefixes
  (api-evangelist summary of junction.com), Zoom Video SDK credentials/JWT (developers.zoom.us),
  SMART Backend Services asymmetric auth (hl7.org smart-app-launch), Daily REST API auth (docs.daily.co).
  Scanner-related material shown: none (no secret-scanner rules or regexes appeared in the results).
"""
import base64
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------------------
# random helpers (all randomness flows through one random.Random(SEED))
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rmix(r, n, alpha=ALNUM):
    """random string that contains upper, lower and digit (looks like a real key)."""
    while True:
        s = rs(r, n, alpha)
        if (any(c.isupper() for c in s) or not any(c.isupper() for c in alpha)) and \
           (any(c.islower() for c in s) or not any(c.islower() for c in alpha)) and \
           (any(c.isdigit() for c in s) or not any(c.isdigit() for c in alpha)):
            return s


def rhex(r, n):
    while True:
        s = rs(r, n, HEXL)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def ruuid(r):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rdigits(r, n):
    return r.choice("123456789") + rs(r, n - 1, DIG)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def pick(r, seq):
    return r.choice(list(seq))


WORDS = ["maple", "harbor", "copper", "violet", "falcon", "summit", "cedar", "orbit", "meadow", "quartz",
         "lantern", "willow", "ember", "canyon", "tundra", "saffron", "pepper", "glacier", "marble", "juniper",
         "sparrow", "thistle", "basil", "onyx", "raven", "coral", "prairie", "nimbus", "birch", "delta"]
SYMS = "!@#$%&*?"


def human_password(r):
    w1, w2 = r.sample(WORDS, 2)
    yr = r.choice(["19", "21", "22", "23", "24", "2023", "2024", "2025", "88", "77", "07"])
    style = r.randrange(6)
    if style == 0:
        return w1.capitalize() + w2.capitalize() + yr + r.choice(SYMS)
    if style == 1:
        t = w1.replace("a", "@").replace("o", "0").replace("e", "3")
        return t.capitalize() + r.choice(SYMS) + w2 + rs(r, 2, DIG)
    if style == 2:
        return "-".join(r.sample(WORDS, 3)) + "-" + rs(r, 2, DIG)
    if style == 3:
        return w1.capitalize() + r.choice(SYMS) + rs(r, 4, DIG) + r.choice(SYMS) + w2.upper()[:3]
    if style == 4:
        return rmix(r, r.choice([12, 14, 16]), ALNUM + "!#%*")
    return w1[:4].capitalize() + rs(r, 3, DIG) + w2[:4] + r.choice(SYMS) + rs(r, 1, UPPER)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(r):
    base = r.choice("12") + rs(r, 8, DIG)
    return base + luhn_digit("80840" + base)


def dea(r):
    letters = r.choice("ABFM") + r.choice(UPPER)
    d = rs(r, 6, DIG)
    chk = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return letters + d + str(chk)


def mrn(r):
    return r.choice(["", "MRN", "E", "00"]) + rs(r, r.choice([7, 8, 9]), DIG)


def fhir_id(r):
    return r.choice([ruuid(r), rs(r, 1, LOWER) + rs(r, 15, LOWER + DIG), "e" + rs(r, 20, ALNUM) + "3",
                     rdigits(r, 7)])


# ---------------------------------------------------------------------------
# PEM / JWK key material
# ---------------------------------------------------------------------------
RSA_PKCS8_PFX = ["MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
                 "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
                 "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ"]
RSA_PKCS1_PFX = ["MIIEowIBAAKCAQEA", "MIIEpAIBAAKCAQEA", "MIIEogIBAAKCAQEA"]


def wrap64(body):
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def rsa_private_pem(r):
    if r.random() < 0.6:
        hdr = "PRIVATE KEY"
        body = r.choice(RSA_PKCS8_PFX) + r.choice("wxyz0123456789ABCDEF") + rs(r, 1572, B64)
    else:
        hdr = "RSA PRIVATE KEY"
        body = r.choice(RSA_PKCS1_PFX) + r.choice("tuvwxyz0123") + rs(r, 1570, B64)
    body = body[:1620] + "=" if r.random() < 0.3 else body[:1624]
    return hdr, wrap64(body)


def ec_private_pem(r):
    if r.random() < 0.5:
        hdr = "EC PRIVATE KEY"
        body = "MIGkAgEBBDA" + rs(r, 64, B64) + "oAcGBSuBBAAioWQDYgAE" + rs(r, 129, B64)
    else:
        hdr = "PRIVATE KEY"
        body = "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDA" + rs(r, 64, B64) + "oWQDYgAE" + rs(r, 121, B64)
    return hdr, wrap64(body)


def public_pem(r):
    if r.random() < 0.6:
        body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, 344, B64) + "IDAQAB"
    else:
        body = "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE" + rs(r, 128, B64)
    return "PUBLIC KEY", wrap64(body)


def pem_text(hdr, lines):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, "\n".join(lines), hdr)


def ec_jwk(r, private=True, kid=None):
    k = {"kty": "EC", "crv": "P-384",
         "x": b64url_nopad(rbytes(r, 48)), "y": b64url_nopad(rbytes(r, 48))}
    if private:
        k["d"] = b64url_nopad(rbytes(r, 48))
    k["kid"] = kid or rhex(r, 32)
    k["alg"] = "ES384"
    k["key_ops"] = ["sign"] if private else ["verify"]
    return k


# ---------------------------------------------------------------------------
# naming
# ---------------------------------------------------------------------------
def nm(words, style):
    words = [w for w in words if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "scream":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    raise ValueError(style)


NEUTRAL_TAILS = [["value"], ["ref"], ["blob"], ["param"], ["cfg", "b"], ["opt"], ["handle"], ["v2"],
                 ["conn", "str"], ["partner", "code"], ["upstream"], ["material"], ["seed"], ["x"], ["id2"],
                 ["bootstrap"], ["init"], ["data"], ["extra"], ["payload"]]


# ---------------------------------------------------------------------------
# credential catalogue
# ---------------------------------------------------------------------------
class Cred(object):
    def __init__(self, provider, kind, secret, words, shape="token", ident=None, id_words=None,
                 host="", header="bearer", short=None, user=None, scheme=None, extra=None):
        self.provider = provider
        self.kind = kind
        self.secret = secret          # the needle (for pem: first body line)
        self.words = words            # obvious name words, e.g. ["healthie", "api", "key"]
        self.shape = shape            # token | password | pem | jwk
        self.ident = ident            # public half (client id, account sid ...)
        self.id_words = id_words or [words[0], "client", "id"]
        self.host = host
        self.header = header          # bearer | basic-raw | x-api-key | <Header-Name> | none
        self.short = short or words[0]
        self.user = user
        self.scheme = scheme          # postgresql / mongodb+srv / redis for db urls
        self.extra = extra or {}
        self.pem = None               # (hdr, lines) for shape pem
        self.jwk = None               # dict for shape jwk

    def env(self):
        return nm(self.words, "scream")

    def id_env(self):
        return nm(self.id_words, "scream")


def c_healthie(r):
    if r.random() < 0.5:
        sec = r.choice(["gh_live_", "gh_sbox_"]) + rmix(r, 64)
    else:
        sec = rmix(r, r.choice([40, 48]))
    return Cred("healthie", "api_key", sec, ["healthie", "api", "key"], host="https://api.gethealthie.com/graphql",
                header="basic-raw")


def c_canvas(r):
    return Cred("canvas_medical", "client_secret", rmix(r, 128), ["canvas", "client", "secret"],
                ident=rmix(r, 40), host="https://%s.canvasmedical.com" % r.choice(["acme-health", "sunrise-clinic", "northpoint"]))


def c_elation(r):
    return Cred("elation", "client_secret", rmix(r, 128), ["elation", "client", "secret"], ident=rmix(r, 40),
                host="https://sandbox.elationemr.com/api/2.0")


def c_drchrono(r):
    return Cred("drchrono", "client_secret", rmix(r, 128), ["drchrono", "client", "secret"], ident=rmix(r, 40),
                host="https://app.drchrono.com")


def c_athena(r):
    return Cred("athenahealth", "client_secret", rmix(r, 40, ALNUM + "-_"), ["athena", "client", "secret"],
                ident="0oa" + rmix(r, 17), host="https://api.preview.platform.athenahealth.com")


def c_redox(r):
    return Cred("redox", "api_secret", rmix(r, 32), ["redox", "api", "secret"], ident=ruuid(r),
                id_words=["redox", "api", "key"], host="https://api.redoxengine.com")


def c_redox_wh(r):
    return Cred("redox", "webhook_verification_token", rmix(r, 24), ["redox", "verification", "token"],
                host="https://api.redoxengine.com", header="verification-token")


def c_hg(r):
    return Cred("health_gorilla", "client_secret", rmix(r, 40), ["health", "gorilla", "client", "secret"],
                ident=rmix(r, 32), id_words=["health", "gorilla", "client", "id"], short="hg",
                host="https://sandbox.healthgorilla.com")


def c_particle(r):
    return Cred("particle_health", "client_secret", rmix(r, 64), ["particle", "client", "secret"],
                ident=ruuid(r), host="https://sandbox.particlehealth.com")


def c_stedi(r):
    return Cred("stedi", "api_key", rmix(r, r.choice([24, 32, 40])), ["stedi", "api", "key"],
                host="https://healthcare.us.stedi.com/2024-04-01", header="raw-authorization")


def c_availity(r):
    return Cred("availity", "client_secret", rmix(r, 48), ["availity", "client", "secret"], ident=rhex(r, 32),
                host="https://api.availity.com")


def c_dosespot_ck(r):
    return Cred("dosespot", "clinic_key", rmix(r, 32), ["dosespot", "clinic", "key"], ident=rdigits(r, 6),
                id_words=["dosespot", "clinic", "id"], host="https://my.staging.dosespot.com/webapi")


def c_dosespot_sub(r):
    return Cred("dosespot", "apim_subscription_key", rhex(r, 32), ["dosespot", "subscription", "key"],
                host="https://staging.dosespot.com/webapi/v2", header="Ocp-Apim-Subscription-Key")


def c_surescripts(r):
    return Cred("surescripts", "password", human_password(r), ["surescripts", "sftp", "password"], shape="password",
                user="ss_" + rs(r, 6, LOWER + DIG), host="sftp.surescripts.net")


def c_drfirst(r):
    return Cred("drfirst", "vendor_password", rmix(r, 10), ["rcopia", "vendor", "password"], shape="password",
                user="vendor" + rdigits(r, 4), host="https://engine201.staging.drfirst.com/servlet/rcopia.servlet.EngineServlet")


def c_doxy(r):
    return Cred("doxy_me", "api_token", rmix(r, 40), ["doxy", "api", "token"],
                host="https://api.doxy.me")


def c_twilio(r):
    return Cred("twilio", "auth_token", rhex(r, 32), ["twilio", "auth", "token"], ident="AC" + rhex(r, 32),
                id_words=["twilio", "account", "sid"], host="https://api.twilio.com/2010-04-01")


def c_twilio_key(r):
    return Cred("twilio", "api_key_secret", rmix(r, 32), ["twilio", "api", "secret"], ident="SK" + rhex(r, 32),
                id_words=["twilio", "api", "key"], host="https://video.twilio.com/v1")


def c_vonage(r):
    return Cred("vonage", "api_secret", rmix(r, 16), ["vonage", "api", "secret"], ident=rhex(r, 8),
                id_words=["vonage", "api", "key"], host="https://rest.nexmo.com")


def c_opentok(r):
    return Cred("vonage_video", "api_secret", rhex(r, 40), ["opentok", "api", "secret"], ident=rdigits(r, 8),
                id_words=["opentok", "api", "key"], host="https://api.opentok.com")


def c_daily(r):
    return Cred("daily", "api_key", rhex(r, 64), ["daily", "api", "key"], host="https://api.daily.co/v1")


def c_zoom_sdk(r):
    return Cred("zoom", "video_sdk_secret", rmix(r, r.choice([32, 36])), ["zoom", "sdk", "secret"],
                ident=rmix(r, 22), id_words=["zoom", "sdk", "key"], host="https://api.zoom.us/v2")


def c_zoom_s2s(r):
    return Cred("zoom", "oauth_client_secret", rmix(r, 32), ["zoom", "client", "secret"], ident=rmix(r, 22),
                host="https://zoom.us/oauth/token")


def c_junction(r):
    return Cred("junction", "api_key", r.choice(["sk_us_", "sk_eu_"]) + rmix(r, 43, ALNUM + "-_"),
                ["vital", "api", "key"], host="https://api.sandbox.us.junction.com", header="x-vital-api-key")


def c_withings(r):
    return Cred("withings", "client_secret", rhex(r, 64), ["withings", "client", "secret"], ident=rhex(r, 64),
                host="https://wbsapi.withings.net")


def c_dexcom(r):
    return Cred("dexcom", "client_secret", rmix(r, 16), ["dexcom", "client", "secret"], ident=rmix(r, 32),
                host="https://sandbox-api.dexcom.com")


def c_fitbit(r):
    return Cred("fitbit", "client_secret", rhex(r, 32), ["fitbit", "client", "secret"],
                ident=r.choice("23") + rs(r, 5, UPPER + DIG), host="https://api.fitbit.com")


def c_validic(r):
    return Cred("validic", "org_token", rhex(r, 64), ["validic", "token"], ident=rhex(r, 24),
                id_words=["validic", "org", "id"], host="https://api.v2.validic.com", header="query-token")


def c_ihealth(r):
    return Cred("ihealth", "client_secret", rhex(r, 32), ["ihealth", "client", "secret"], ident=rhex(r, 32),
                host="https://openapi.ihealthlabs.com")


def c_sendgrid(r):
    return Cred("sendgrid", "api_key", "SG." + rmix(r, 22, B64URL) + "." + rmix(r, 43, B64URL),
                ["sendgrid", "api", "key"], host="https://api.sendgrid.com/v3")


def c_mailgun(r):
    sec = ("key-" + rhex(r, 32)) if r.random() < 0.5 else (rhex(r, 32) + "-" + rhex(r, 8) + "-" + rhex(r, 8))
    return Cred("mailgun", "api_key", sec, ["mailgun", "api", "key"], host="https://api.mailgun.net/v3",
                header="basic-api")


def c_postmark(r):
    return Cred("postmark", "server_token", ruuid(r), ["postmark", "server", "token"],
                host="https://api.postmarkapp.com", header="X-Postmark-Server-Token")


def c_plivo(r):
    return Cred("plivo", "auth_token", rmix(r, 40), ["plivo", "auth", "token"], ident="MA" + rs(r, 18, UPPER + DIG),
                id_words=["plivo", "auth", "id"], host="https://api.plivo.com/v1")


def c_smart_rsa(r):
    c = Cred("smart_backend", "rsa_private_key", None, ["smart", "private", "key"], shape="pem",
             ident=ruuid(r), host="https://fhir.%s.org/oauth2/token" % r.choice(["epic-sandbox", "cerner-sbx", "meditech-test"]))
    c.pem = rsa_private_pem(r)
    c.secret = c.pem[1][0]
    return c


def c_smart_ec(r):
    c = Cred("smart_backend", "ec_private_key", None, ["smart", "signing", "key"], shape="pem", ident=ruuid(r),
             host="https://authorization.sandboxcerner.com/tenants/%s/protocols/oauth2/profiles/smart-v1/token" % ruuid(r))
    c.pem = ec_private_pem(r)
    c.secret = c.pem[1][0]
    return c


def c_smart_jwk(r):
    c = Cred("smart_backend", "jwk_private_key", None, ["smart", "jwks"], shape="jwk", ident=ruuid(r),
             host="https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token")
    c.jwk = ec_jwk(r, True)
    c.secret = c.jwk["d"]
    return c


def c_aws(r):
    return Cred("aws", "secret_access_key", rmix(r, 40, B64), ["aws", "secret", "access", "key"],
                ident=r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UPPER + "234567"),
                id_words=["aws", "access", "key", "id"], host="s3://phi-exports")


def c_gcp(r):
    c = Cred("gcp", "service_account_private_key", None, ["google", "private", "key"], shape="pem",
             ident=rdigits(r, 21), host="https://oauth2.googleapis.com/token")
    c.pem = ("PRIVATE KEY", wrap64(r.choice(RSA_PKCS8_PFX) + r.choice("wxyz0123") + rs(r, 1573, B64)))
    c.secret = c.pem[1][0]
    c.extra["gcp_json"] = True
    return c


def c_azure(r):
    return Cred("azure_storage", "account_key", rmix(r, 86, B64) + "==", ["azure", "storage", "key"],
                ident=r.choice(["sttelehealth", "stfhirexport", "strpmdata"]) + rs(r, 4, LOWER + DIG),
                id_words=["azure", "storage", "account"])


def c_postgres(r):
    return Cred("postgres", "password", human_password(r) if r.random() < 0.5 else rmix(r, 24),
                ["postgres", "password"], shape="password", user=r.choice(["emr_app", "fhir_svc", "telehealth", "postgres", "rpm_ingest"]),
                scheme="postgresql", host=r.choice(["db.internal", "clinic-db.cluster-c9x2k.us-east-1.rds.amazonaws.com", "10.20.3.14", "pg-primary"]))


def c_mongo(r):
    return Cred("mongodb", "password", rmix(r, 16), ["mongo", "password"], shape="password",
                user=r.choice(["rpm-writer", "appt_reminders", "intake"]), scheme="mongodb+srv",
                host="cluster0.%s.mongodb.net" % rs(r, 5, LOWER + DIG))


def c_redis(r):
    return Cred("redis", "password", rmix(r, 32), ["redis", "password"], shape="password", user="default",
                scheme="rediss", host=r.choice(["cache.internal", "master.telehealth-cache.abc123.use1.cache.amazonaws.com"]))


def c_stripe(r):
    return Cred("stripe", "secret_key", "sk_live_" + rmix(r, r.choice([24, 99])), ["stripe", "secret", "key"],
                host="https://api.stripe.com/v1")


def c_datadog(r):
    return Cred("datadog", "api_key", rhex(r, 32), ["dd", "api", "key"], host="https://api.datadoghq.com",
                header="DD-API-KEY")


def c_clearinghouse(r):
    p = r.choice(["availity", "office_ally", "change_healthcare", "trizetto"])
    return Cred(p, "x12_isa_password", rmix(r, 10, UPPER + DIG), [p.split("_")[0], "isa", "password"],
                shape="password", user=rs(r, 1, UPPER) + rdigits(r, 8), extra={"x12": True})


def c_mirth(r):
    return Cred("mirth_connect", "password", human_password(r), ["mirth", "sftp", "password"], shape="password",
                user=r.choice(["hl7feed", "lab_results", "adt_in"]), host="sftp.%s.org" % r.choice(["regionallab", "stmarys-hie", "questlab-partner"]))


def c_hl7_msh8(r):
    return Cred("hl7_interface", "msh8_security_token", rmix(r, 20), ["hl7", "security", "token"],
                shape="token", extra={"msh8": True})


# (generator, weight)
CATALOG = [
    (c_healthie, 5), (c_canvas, 4), (c_elation, 4), (c_drchrono, 4), (c_athena, 4), (c_redox, 4), (c_redox_wh, 2),
    (c_hg, 4), (c_particle, 4), (c_stedi, 4), (c_availity, 3), (c_dosespot_ck, 3), (c_dosespot_sub, 2),
    (c_surescripts, 3), (c_drfirst, 2), (c_doxy, 2), (c_twilio, 4), (c_twilio_key, 3), (c_vonage, 3),
    (c_opentok, 3), (c_daily, 3), (c_zoom_sdk, 3), (c_zoom_s2s, 2), (c_junction, 3), (c_withings, 3),
    (c_dexcom, 3), (c_fitbit, 2), (c_validic, 2), (c_ihealth, 2), (c_sendgrid, 3), (c_mailgun, 2),
    (c_postmark, 2), (c_plivo, 2), (c_smart_rsa, 4), (c_smart_ec, 3), (c_smart_jwk, 3), (c_aws, 3), (c_gcp, 2),
    (c_azure, 2), (c_postgres, 4), (c_mongo, 2), (c_redis, 2), (c_stripe, 2), (c_datadog, 2),
    (c_clearinghouse, 3), (c_mirth, 2), (c_hl7_msh8, 1),
]

AUTH = {
    "healthie": ("header", "Authorization", "Basic "),
    "stedi": ("header", "Authorization", ""),
    "redox/webhook_verification_token": ("header", "verification-token", ""),
    "dosespot/apim_subscription_key": ("header", "Ocp-Apim-Subscription-Key", ""),
    "doxy_me": ("header", "Authorization", "Bearer "),
    "daily": ("header", "Authorization", "Bearer "),
    "sendgrid": ("header", "Authorization", "Bearer "),
    "stripe": ("header", "Authorization", "Bearer "),
    "junction": ("header", "x-vital-api-key", ""),
    "postmark": ("header", "X-Postmark-Server-Token", ""),
    "datadog": ("header", "DD-API-KEY", ""),
    "hl7_interface": ("header", "X-Interface-Token", ""),
    "twilio": ("pair", None, None), "vonage": ("pair", None, None), "vonage_video": ("pair", None, None),
    "plivo": ("pair", None, None), "mailgun": ("pair", None, None),
    "validic": ("query", "token", None),
    "zoom/video_sdk_secret": ("sign", None, None),
    "aws": ("aws", None, None), "azure_storage": ("connstr", None, None),
    "postgres": ("db", None, None), "mongodb": ("db", None, None), "redis": ("db", None, None),
    "surescripts": ("sftp", None, None), "mirth_connect": ("sftp", None, None), "drfirst": ("xmlpw", None, None),
}


def auth_of(c):
    a = AUTH.get(c.provider + "/" + c.kind) or AUTH.get(c.provider)
    if a:
        return a
    if c.shape in ("pem", "jwk"):
        return ("pem", None, None)
    if c.shape == "password":
        return ("db", None, None)
    return ("oauth", None, None)


def make_cred(r, gen):
    c = gen(r)
    c.auth, c.hname, c.hprefix = auth_of(c)
    if c.provider == "mailgun":
        c.ident = "api"
    return c


# ---------------------------------------------------------------------------
# the slot: where the secret (positive) or its look-alike (negative) goes
# ---------------------------------------------------------------------------
class Slot(object):
    def __init__(self, r, c, mode, value, neg_kind=None):
        self.r, self.c, self.mode, self.value, self.neg_kind = r, c, mode, value, neg_kind
        self.env = c.env()

    @property
    def secret(self):
        return self.mode == "secret"

    def code(self, lang, q='"'):
        if self.mode != "ref":
            return q + self.value + q
        e, r = self.env, self.r
        if lang == "py":
            return r.choice(['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e])
        if lang in ("ts", "js"):
            return r.choice(["process.env.%s" % e, 'process.env["%s"] ?? ""' % e, "process.env.%s!" % e if lang == "ts" else "process.env.%s" % e])
        if lang == "rb":
            return r.choice(['ENV.fetch("%s")' % e, 'ENV["%s"]' % e, 'Rails.application.credentials.dig(:%s, :%s)' % (self.c.short, "_".join(self.c.words[1:]))])
        if lang == "go":
            return 'os.Getenv("%s")' % e
        if lang == "tf":
            return "var.%s" % nm(self.c.words, "snake")
        if lang == "cs":
            return 'Environment.GetEnvironmentVariable("%s")' % e
        return "${%s}" % e

    def bare(self, ctx="sh"):
        if self.mode != "ref":
            return self.value
        e, r = self.env, self.r
        if ctx == "compose":
            return r.choice(["${%s}" % e, "${%s:?%s must be set}" % (e, e), "${%s:-}" % e])
        if ctx == "helm":
            return "{{ .Values.secrets.%s }}" % nm(self.c.words, "camel")
        if ctx == "gha":
            return "${{ secrets.%s }}" % e
        if ctx == "postman":
            return "{{%s}}" % nm(self.c.words, "camel")
        if ctx == "dotenv":
            return r.choice(["${%s_FROM_VAULT}" % e,
                             "op://Engineering/%s/credential" % self.c.provider.replace("_", "-"),
                             "vault:secret/data/%s/%s#%s" % (r.choice(["prod", "staging"]), self.c.provider, "_".join(self.c.words[1:]))])
        if ctx == "md":
            return "$" + e
        if ctx == "spring":
            return "${%s}" % e
        return "${%s}" % e

    def header_value(self, ctx="sh"):
        return (self.c.hprefix or "") + self.bare(ctx)


def neg_slot(r, c, allow_ref=True):
    """a non-secret value that sits where c's secret would go."""
    e = c.env()
    kinds = ["placeholder", "placeholder", "masked", "empty", "redacted", "vault_path"]
    if allow_ref:
        kinds += ["env_ref", "env_ref", "env_ref"]
    if c.provider in ("aws", "stripe", "twilio"):
        kinds += ["doc_example", "doc_example"]
    if c.shape == "password":
        kinds += ["placeholder"]
    k = r.choice(kinds)
    if k == "env_ref":
        return Slot(r, c, "ref", None, "env_reference")
    if k == "placeholder":
        keb = nm(c.words, "kebab")
        v = r.choice(["<%s>" % keb, "YOUR_%s" % e, "your-%s-here" % keb, "REPLACE_ME", "<insert %s>" % " ".join(c.words),
                      "x" * (len(c.secret) if len(c.secret) < 70 else 40), "TODO", "<%s>" % e, "changeme-in-vault",
                      "%s_PLACEHOLDER" % e, "dummy"])
        return Slot(r, c, "lit", v, "placeholder")
    if k == "masked":
        sec = c.secret
        pfx = ""
        for p in ("gh_live_", "gh_sbox_", "SG.", "sk_live_", "key-", "sk_us_", "sk_eu_"):
            if sec.startswith(p):
                pfx = p
        v = r.choice([pfx + "*" * 24, "********", u"\u2022" * 12, pfx + "****" + rs(r, 4, DIG + LOWER),
                      "*" * min(len(sec), 40), pfx + "..." + rs(r, 4, HEXL)])
        return Slot(r, c, "lit", v, "masked")
    if k == "empty":
        return Slot(r, c, "lit", "", "empty")
    if k == "redacted":
        return Slot(r, c, "lit", r.choice(["[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]", "<hidden>"]), "redacted")
    if k == "vault_path":
        v = r.choice(["arn:aws:secretsmanager:us-east-1:%s:secret:%s/%s-%s" % (rdigits(r, 12), r.choice(["prod", "staging"]), c.provider.replace("_", "-"), rs(r, 6, ALNUM)),
                      "projects/telehealth-%s/secrets/%s/versions/latest" % (r.choice(["prod", "dev"]), nm(c.words, "kebab")),
                      "vault:kv/data/integrations/%s#%s" % (c.provider, "_".join(c.words[1:])),
                      "op://Platform/%s/%s" % (c.provider.replace("_", " ").title(), " ".join(c.words[1:])),
                      "sm://%s" % nm(c.words, "kebab")])
        return Slot(r, c, "lit", v, "secret_manager_reference")
    # doc_example
    ex = {"aws": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "stripe": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
          "twilio": "your_auth_token"}[c.provider]
    return Slot(r, c, "lit", ex, "documented_example")


def pos_slot(r, c):
    return Slot(r, c, "secret", c.secret)


# ---------------------------------------------------------------------------
# innocent filler settings
# ---------------------------------------------------------------------------
def fillers(r, n):
    pool = [
        (["log", "level"], r.choice(["info", "debug", "warn"])),
        (["fhir", "base", "url"], r.choice(["https://fhir.sandbox.example-health.org/r4", "https://hapi.fhir.org/baseR4", "http://localhost:8080/fhir"])),
        (["reminder", "lead", "hours"], r.choice(["24", "48", "2"])),
        (["default", "timezone"], r.choice(["America/Chicago", "America/New_York", "UTC", "America/Denver"])),
        (["max", "retries"], str(r.randint(2, 6))),
        (["request", "timeout", "ms"], str(r.choice([5000, 10000, 15000, 30000]))),
        (["practice", "id"], rdigits(r, r.choice([4, 5, 6]))),
        (["billing", "npi"], npi(r)),
        (["facility", "id"], ruuid(r)),
        (["video", "room", "prefix"], r.choice(["visit-", "tele-", "consult_"])),
        (["enable", "sms", "reminders"], r.choice(["true", "false"])),
        (["sentry", "environment"], r.choice(["production", "staging", "dev"])),
        (["redis", "db"], str(r.randint(0, 5))),
        (["port"], str(r.choice([3000, 8000, 8080, 4000, 5000]))),
        (["support", "email"], r.choice(["support@sunrise-clinic.example", "ops@telecare.example", "it@northpoint-health.example"])),
        (["s3", "bucket"], r.choice(["rpm-readings-prod", "fhir-bulk-export", "intake-forms-staging"])),
        (["aws", "region"], r.choice(["us-east-1", "us-west-2", "us-east-2"])),
        (["session", "ttl", "minutes"], str(r.choice([15, 30, 60]))),
        (["tenant"], r.choice(["acme-health", "sunrise", "northpoint", "valleycare"])),
        (["webhook", "path"], r.choice(["/webhooks/redox", "/hooks/twilio/status", "/api/v1/rpm/ingest"])),
    ]
    r.shuffle(pool)
    return pool[:n]


def vname(r, c, ob, style):
    if ob:
        return nm(c.words, style)
    tail = r.choice(NEUTRAL_TAILS)
    if r.random() < 0.6:
        return nm([c.short] + tail, style)
    return nm(r.choice([["svc"], ["upstream"], ["int"], ["ext"], ["vendor"], ["emr"], ["partner"]]) + tail, style)


def idname(c, style):
    return nm(c.id_words, style)


HEADERS_COMMENT = ["# Integration settings", "# TODO: move to secrets manager before go-live",
                   "# Values below are for the staging tenant", "# Managed by platform team",
                   "# see docs/integrations.md", "# keep in sync with the helm chart",
                   "# NOTE: rotate quarterly", "# local development defaults"]


# ---------------------------------------------------------------------------
# language-specific usage snippets
# ---------------------------------------------------------------------------
def ex_py(prefix, s, var):
    if var:
        return 'f"%s{%s}"' % (prefix, var) if prefix else var
    if s.mode == "ref":
        return ('"%s" + %s' % (prefix, s.code("py"))) if prefix else s.code("py")
    return '"%s%s"' % (prefix, s.value)


def ex_js(prefix, s, var):
    if var:
        return "`%s${%s}`" % (prefix, var) if prefix else var
    if s.mode == "ref":
        return ("'%s' + %s" % (prefix, s.code("js"))) if prefix else s.code("js")
    return "'%s%s'" % (prefix, s.value)


def ex_rb(prefix, s, var):
    if var:
        return '"%s#{%s}"' % (prefix, var) if prefix else var
    if s.mode == "ref":
        return ('"%s" + %s' % (prefix, s.code("rb"))) if prefix else s.code("rb")
    return '"%s%s"' % (prefix, s.value)


def consts_py(r, c):
    L = ['BASE_URL = "%s"' % (c.host or "https://api.example-partner.com")]
    if c.auth == "oauth":
        L.append('TOKEN_URL = BASE_URL + "%s"' % r.choice(["/oauth2/token", "/oauth/token", "/token"]))
    if c.auth == "query":
        L.append('ORG_ID = "%s"' % c.ident)
    if c.provider == "mailgun":
        L.append('MAILGUN_URL = "https://api.mailgun.net/v3/%s"' % r.choice(["mg.sunrise-clinic.example", "notify.example-health.org"]))
    if c.kind == "api_key_secret":
        L.append('ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]')
    return L


def consts_js(r, c):
    L = ["const BASE_URL = '%s';" % (c.host or "https://api.example-partner.com")]
    if c.auth == "oauth":
        L.append("const TOKEN_URL = `${BASE_URL}%s`;" % r.choice(["/oauth2/token", "/oauth/token", "/token"]))
    if c.auth == "query":
        L.append("const ORG_ID = '%s';" % c.ident)
    if c.kind == "api_key_secret":
        L.append("const ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID;")
    return L


def use_py(r, c, s, var, idv):
    a = c.auth
    e = ex_py("", s, var)
    idx = idv or ('"%s"' % c.ident if c.ident else '"%s"' % (c.user or ""))
    if a == "header":
        h = ['    headers = {', '        "%s": %s,' % (c.hname, ex_py(c.hprefix, s, var))]
        if c.provider == "healthie":
            h.append('        "AuthorizationSource": "API",')
        h += ['        "Content-Type": "application/json",', '    }',
              '    resp = requests.post(BASE_URL, headers=headers, json=payload, timeout=15)',
              '    resp.raise_for_status()', '    return resp.json()']
        return ["import requests", ""], "def call_api(payload):", h
    if a == "oauth":
        return (["import requests", ""], "def fetch_token():",
                ['    resp = requests.post(', '        TOKEN_URL,', '        data={', '            "grant_type": "client_credentials",',
                 '            "client_id": %s,' % idx, '            "client_secret": %s,' % e, '        },', '        timeout=10,', '    )',
                 '    resp.raise_for_status()', '    return resp.json()["access_token"]'])
    if a == "pair":
        if c.provider == "twilio":
            return (["from twilio.rest import Client", ""], "def get_client():", ["    return Client(%s, %s)" % (idx, e)] if c.kind == "auth_token"
                    else ['    return Client(%s, %s, account_sid=ACCOUNT_SID)' % (idx, e)])
        if c.provider == "vonage":
            return (["import vonage", ""], "def get_client():", ["    return vonage.Client(key=%s, secret=%s)" % (idx, e)])
        if c.provider == "vonage_video":
            return (["from opentok import Client as OpenTok", ""], "def get_client():", ["    return OpenTok(%s, %s)" % (idx, e)])
        if c.provider == "plivo":
            return (["import plivo", ""], "def get_client():", ["    return plivo.RestClient(%s, %s)" % (idx, e)])
        return (["import requests", ""], "def send(msg):",
                ['    return requests.post(MAILGUN_URL + "/messages", auth=("api", %s), data=msg, timeout=10)' % e])
    if a == "query":
        return (["import requests", ""], "def fetch_measurements(user_id):",
                ['    url = f"{BASE_URL}/organizations/{ORG_ID}/users/{user_id}/measurements"',
                 '    return requests.get(url, params={"token": %s}, timeout=10).json()' % e])
    if a == "sign":
        return (["import time", "import jwt", ""], "def video_token(session_name, role=0):",
                ['    iat = int(time.time()) - 30', '    payload = {"app_key": %s, "tpc": session_name, "role_type": role,' % idx,
                 '               "version": 1, "iat": iat, "exp": iat + 7200}',
                 '    return jwt.encode(payload, %s, algorithm="HS256")' % e])
    if a == "aws":
        return (["import boto3", ""], "def s3_client():",
                ['    return boto3.client(', '        "s3",', '        region_name="us-east-1",', '        aws_access_key_id=%s,' % idx,
                 '        aws_secret_access_key=%s,' % e, '    )'])
    if a == "connstr":
        inner = ex_py("", s, var)
        return (["from azure.storage.blob import BlobServiceClient", ""], "def blob_client():",
                ['    conn = ("DefaultEndpointsProtocol=https;AccountName=%s;"' % c.ident,
                 '            "AccountKey=" + %s + ";EndpointSuffix=core.windows.net")' % inner,
                 '    return BlobServiceClient.from_connection_string(conn)'])
    if a == "sftp":
        return (["import paramiko", ""], "def open_sftp():",
                ['    transport = paramiko.Transport(("%s", 22))' % c.host,
                 '    transport.connect(username="%s", password=%s)' % (c.user, e),
                 '    return paramiko.SFTPClient.from_transport(transport)'])
    if a == "xmlpw":
        return ([], "def rcopia_request(command):",
                ['    return RCOPIA_TEMPLATE.format(vendor="%s", password=%s, command=command)' % (c.user, e)])
    # db
    if c.provider == "mongodb":
        return (["from pymongo import MongoClient", ""], "def get_db():",
                ['    client = MongoClient("mongodb+srv://%s", username="%s", password=%s)' % (c.host, c.user, e),
                 '    return client["reminders"]'])
    if c.provider == "redis":
        return (["import redis", ""], "def get_cache():",
                ['    return redis.Redis(host="%s", port=6379, password=%s, ssl=True)' % (c.host, e)])
    return (["import psycopg2", ""], "def get_conn():",
            ['    return psycopg2.connect(host="%s", dbname="%s", user="%s", password=%s)' % (c.host, r.choice(["emr", "telehealth", "rpm"]), c.user or "app", e)])


def use_js(r, c, s, var, idv):
    a = c.auth
    e = ex_js("", s, var)
    idx = idv or ("'%s'" % c.ident if c.ident else "'%s'" % (c.user or ""))
    if a == "header":
        h = ["  const res = await fetch(BASE_URL, {", "    method: 'POST',", "    headers: {",
             "      '%s': %s," % (c.hname, ex_js(c.hprefix, s, var))]
        if c.provider == "healthie":
            h.append("      AuthorizationSource: 'API',")
        h += ["      'Content-Type': 'application/json',", "    },", "    body: JSON.stringify(body),", "  });",
              "  if (!res.ok) throw new Error(`upstream ${res.status}`);", "  return res.json();"]
        return [], "export async function callApi(body) {", h
    if a == "oauth":
        return ([], "export async function fetchToken() {",
                ["  const form = new URLSearchParams({", "    grant_type: 'client_credentials',", "    client_id: %s," % idx,
                 "    client_secret: %s," % e, "  });", "  const res = await fetch(TOKEN_URL, { method: 'POST', body: form });",
                 "  const json = await res.json();", "  return json.access_token;"])
    if a == "pair":
        if c.provider == "twilio":
            return (["import twilio from 'twilio';"], "export function getClient() {",
                    ["  return twilio(%s, %s);" % (idx, e)] if c.kind == "auth_token" else ["  return twilio(%s, %s, { accountSid: ACCOUNT_SID });" % (idx, e)])
        if c.provider == "vonage":
            return (["import { Vonage } from '@vonage/server-sdk';"], "export function getClient() {",
                    ["  return new Vonage({ apiKey: %s, apiSecret: %s });" % (idx, e)])
        if c.provider == "vonage_video":
            return (["import OpenTok from 'opentok';"], "export function getClient() {", ["  return new OpenTok(%s, %s);" % (idx, e)])
        if c.provider == "plivo":
            return (["import plivo from 'plivo';"], "export function getClient() {", ["  return new plivo.Client(%s, %s);" % (idx, e)])
        return (["import formData from 'form-data';", "import Mailgun from 'mailgun.js';"], "export function getClient() {",
                ["  const mailgun = new Mailgun(formData);", "  return mailgun.client({ username: 'api', key: %s });" % e])
    if a == "query":
        return ([], "export async function fetchMeasurements(userId) {",
                ["  const url = `${BASE_URL}/organizations/${ORG_ID}/users/${userId}/measurements`;",
                 "  const res = await fetch(url + '?token=' + %s);" % e, "  return res.json();"])
    if a == "sign":
        return (["import jwt from 'jsonwebtoken';"], "export function videoToken(sessionName, roleType = 0) {",
                ["  const iat = Math.floor(Date.now() / 1000) - 30;",
                 "  const payload = { app_key: %s, tpc: sessionName, role_type: roleType, version: 1, iat, exp: iat + 7200 };" % idx,
                 "  return jwt.sign(payload, %s, { algorithm: 'HS256' });" % e])
    if a == "aws":
        return (["import { S3Client } from '@aws-sdk/client-s3';"], "export function s3() {",
                ["  return new S3Client({", "    region: 'us-east-1',", "    credentials: {", "      accessKeyId: %s," % idx,
                 "      secretAccessKey: %s," % e, "    },", "  });"])
    if a == "connstr":
        return (["import { BlobServiceClient } from '@azure/storage-blob';"], "export function blobClient() {",
                ["  const conn = 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=' + %s + ';EndpointSuffix=core.windows.net';" % (c.ident, e),
                 "  return BlobServiceClient.fromConnectionString(conn);"])
    if a == "sftp":
        return (["import SftpClient from 'ssh2-sftp-client';"], "export async function openSftp() {",
                ["  const sftp = new SftpClient();", "  await sftp.connect({ host: '%s', port: 22, username: '%s', password: %s });" % (c.host, c.user, e),
                 "  return sftp;"])
    if a == "xmlpw":
        return ([], "export function rcopiaEnvelope(command) {",
                ["  return `<RCExtRequest><Caller><VendorName>%s</VendorName><VendorPassword>${%s}</VendorPassword></Caller>${command}</RCExtRequest>`;" % (c.user, e)])
    if c.provider == "mongodb":
        return (["import { MongoClient } from 'mongodb';"], "export function mongo() {",
                ["  return new MongoClient('mongodb+srv://%s', { auth: { username: '%s', password: %s } });" % (c.host, c.user, e)])
    if c.provider == "redis":
        return (["import { createClient } from 'redis';"], "export function cache() {",
                ["  return createClient({ socket: { host: '%s', tls: true }, password: %s });" % (c.host, e)])
    return (["import pg from 'pg';"], "export function pool() {",
            ["  return new pg.Pool({ host: '%s', user: '%s', password: %s, database: 'telehealth' });" % (c.host, c.user or "app", e)])


def use_rb(r, c, s, var, idv):
    a = c.auth
    e = ex_rb("", s, var)
    idx = idv or ('"%s"' % c.ident if c.ident else '"%s"' % (c.user or ""))
    if a == "header":
        h = ['    conn = Faraday.new(url: BASE_URL) do |f|', '      f.request :json', '      f.response :json',
             '      f.headers["%s"] = %s' % (c.hname, ex_rb(c.hprefix, s, var))]
        if c.provider == "healthie":
            h.append('      f.headers["AuthorizationSource"] = "API"')
        h += ['    end', '    conn.post("", payload).body']
        return ['require "faraday"'], "  def call(payload)", h
    if a == "oauth":
        return (['require "faraday"'], "  def access_token",
                ['    resp = Faraday.post(TOKEN_URL, {', '      grant_type: "client_credentials",', '      client_id: %s,' % idx,
                 '      client_secret: %s' % e, '    })', '    JSON.parse(resp.body).fetch("access_token")'])
    if a == "pair":
        if c.provider == "twilio":
            return (['require "twilio-ruby"'], "  def client", ["    Twilio::REST::Client.new(%s, %s)" % (idx, e)])
        if c.provider == "vonage":
            return (['require "vonage"'], "  def client", ["    Vonage::Client.new(api_key: %s, api_secret: %s)" % (idx, e)])
        if c.provider == "vonage_video":
            return (['require "opentok"'], "  def client", ["    OpenTok::OpenTok.new(%s, %s)" % (idx, e)])
        if c.provider == "plivo":
            return (['require "plivo"'], "  def client", ["    Plivo::RestClient.new(%s, %s)" % (idx, e)])
        return (['require "mailgun-ruby"'], "  def client", ["    Mailgun::Client.new(%s)" % e])
    if a == "query":
        return (['require "faraday"'], "  def measurements(user_id)",
                ['    Faraday.get("#{BASE_URL}/organizations/#{ORG_ID}/users/#{user_id}/measurements", token: %s).body' % e])
    if a == "sign":
        return (['require "jwt"'], "  def video_token(topic, role = 0)",
                ['    iat = Time.now.to_i - 30', '    payload = { app_key: %s, tpc: topic, role_type: role, version: 1, iat: iat, exp: iat + 7200 }' % idx,
                 '    JWT.encode(payload, %s, "HS256")' % e])
    if a == "aws":
        return (['require "aws-sdk-s3"'], "  def s3",
                ['    Aws::S3::Client.new(region: "us-east-1", access_key_id: %s, secret_access_key: %s)' % (idx, e)])
    if a == "connstr":
        return (['require "azure/storage/blob"'], "  def blob",
                ['    Azure::Storage::Blob::BlobService.create(storage_account_name: "%s", storage_access_key: %s)' % (c.ident, e)])
    if a == "sftp":
        return (['require "net/sftp"'], "  def with_sftp(&block)",
                ['    Net::SFTP.start("%s", "%s", password: %s, &block)' % (c.host, c.user, e)])
    if a == "xmlpw":
        return ([], "  def envelope(command)",
                ['    "<RCExtRequest><Caller><VendorName>%s</VendorName><VendorPassword>#{%s}</VendorPassword></Caller>#{command}</RCExtRequest>"' % (c.user, e)])
    if c.provider == "redis":
        return (['require "redis"'], "  def cache", ['    Redis.new(host: "%s", password: %s, ssl: true)' % (c.host, e)])
    if c.provider == "mongodb":
        return (['require "mongo"'], "  def db", ['    Mongo::Client.new(["%s"], user: "%s", password: %s)' % (c.host, c.user, e)])
    return (['require "pg"'], "  def conn", ['    PG.connect(host: "%s", user: "%s", password: %s, dbname: "emr")' % (c.host, c.user or "app", e)])


def curl_lines(r, c, hv_value, idv=None):
    """curl for docs/scripts; hv_value is the literal text placed where the secret goes."""
    a = c.auth
    if a == "header":
        lines = ["curl -sS -X POST '%s' \\" % c.host, "  -H '%s: %s%s' \\" % (c.hname, c.hprefix, hv_value)]
        if c.provider == "healthie":
            lines.append("  -H 'AuthorizationSource: API' \\")
        lines += ["  -H 'Content-Type: application/json' \\", "  -d @request.json"]
        return lines
    if a == "oauth":
        return ["curl -sS -X POST '%s/oauth2/token' \\" % c.host, "  -d grant_type=client_credentials \\",
                "  -d client_id=%s \\" % (idv or c.ident), "  -d client_secret=%s" % hv_value]
    if a in ("pair",):
        path = {"twilio": "/Accounts/%s/Calls.json" % c.ident, "vonage": "/account/get-balance",
                "vonage_video": "/v2/project/%s" % c.ident, "plivo": "/Account/%s/" % c.ident,
                "mailgun": "/domains"}.get(c.provider, "/")
        return ["curl -sS '%s%s' \\" % (c.host, path), "  -u '%s:%s'" % (idv or c.ident, hv_value)]
    if a == "query":
        return ["curl -sS '%s/organizations/%s/users?token=%s'" % (c.host, c.ident, hv_value)]
    if a == "aws":
        return ["AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s \\" % (c.ident, hv_value), "  aws s3 ls %s/" % c.host]
    if a == "sftp":
        return ["sshpass -p '%s' sftp -oBatchMode=no %s@%s" % (hv_value, c.user, c.host)]
    if a == "db":
        if c.provider == "redis":
            return ["redis-cli -h %s --tls -a '%s' PING" % (c.host, hv_value)]
        if c.provider == "mongodb":
            return ["mongosh 'mongodb+srv://%s:%s@%s/reminders'" % (c.user, hv_value, c.host)]
        return ["PGPASSWORD='%s' psql -h %s -U %s -d emr -c 'select 1'" % (hv_value, c.host, c.user)]
    if a == "connstr":
        return ["az storage blob list --account-name %s --account-key '%s' -c exports" % (c.ident, hv_value)]
    return ["curl -sS -X POST '%s' -H 'Authorization: Bearer %s'" % (c.host or "https://api.example-partner.com", hv_value)]


# ---------------------------------------------------------------------------
# templates that carry a slot (used by positives and by half of the negatives)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
PROJ = ["telecare", "virtualvisit", "carebridge", "rpm_hub", "intake", "clinicflow", "medsync", "homevitals"]


def prov_title(c):
    return c.provider.replace("_", " ").title()


def id_line_py(c):
    return ['%s = "%s"' % (idname(c, "scream"), c.ident)] if c.ident else []


def t_py_django(r, c, s, ob):
    proj = r.choice(PROJ)
    n = vname(r, c, ob, "scream")
    L = ['"""', "Django settings for %s project." % proj, "", "Generated by 'django-admin startproject'.", '"""', "import os",
         "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         "DEBUG = %s" % r.choice(["False", 'os.getenv("DJANGO_DEBUG") == "1"']),
         'ALLOWED_HOSTS = ["%s.example-health.org", "localhost"]' % proj, 'TIME_ZONE = "America/Chicago"', "USE_TZ = True", "",
         "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",', '    "rest_framework",',
         '    "%s.scheduling",' % proj, '    "%s.integrations",' % proj, "]", "", r.choice(HEADERS_COMMENT),
         "# %s" % prov_title(c)]
    L += id_line_py(c)
    L.append("%s = %s" % (n, s.code("py")))
    for w, v in fillers(r, r.randint(2, 5)):
        L.append('%s = "%s"' % (nm(w, "scream"), v))
    return "%s/settings.py" % r.choice(["config", proj, "app"]), "python", "\n".join(L) + "\n"


def t_py_client(r, c, s, ob):
    cls = "".join(w.capitalize() for w in c.provider.split("_")) + "Client"
    pkg = r.choice(["integrations", "services", "app/clients", "src/%s/vendors" % r.choice(PROJ)])
    L = ['"""Thin wrapper around the %s API used by the scheduling service."""' % prov_title(c), "import logging", "import os"]
    var = None
    pre = []
    if ob or r.random() < 0.5:
        var = vname(r, c, ob, "scream")
        pre = ["%s = %s" % (var, s.code("py"))]
    imports, sig, body = use_py(r, c, s, var, None)
    L += imports + ["", 'log = logging.getLogger(__name__)'] + consts_py(r, c)
    L += pre + ["", "", sig] + body + ["", "",
                                        "def ping():", '    log.info("%s reachable")' % c.provider, "    return True", ""]
    return "%s/%s.py" % (pkg, c.provider), "python", "\n".join(L)


def t_py_pydantic(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ["from functools import lru_cache", "", "from pydantic_settings import BaseSettings, SettingsConfigDict", "", "",
         "class Settings(BaseSettings):", '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', "",
         '    app_name: str = "%s-api"' % r.choice(PROJ)]
    for w, v in fillers(r, r.randint(2, 4)):
        L.append('    %s: str = "%s"' % (nm(w, "snake"), v))
    if c.ident:
        L.append('    %s: str = "%s"' % (idname(c, "snake"), c.ident))
    if s.mode == "ref":
        L.append("    %s: str  # read from %s" % (n, s.env))
    else:
        L.append("    %s: str = %s" % (n, s.code("py")))
    L += ["", "", "@lru_cache", "def get_settings() -> Settings:", "    return Settings()", ""]
    return r.choice(["app/core/config.py", "src/api/settings.py", "service/config.py"]), "python", "\n".join(L)


def t_py_script(r, c, s, ob):
    var = vname(r, c, ob, "scream") if ob else None
    imports, sig, body = use_py(r, c, s, var, None)
    L = ["#!/usr/bin/env python3", '"""One-off: %s for the %s tenant."""' % (r.choice(["backfill appointments", "resync patients", "replay webhooks", "export encounters"]), r.choice(["sunrise", "acme", "valley"])),
         "import argparse", "import os", "import sys"] + imports
    L += consts_py(r, c)
    if var:
        L.append("%s = %s  # %s" % (var, s.code("py"), r.choice(["staging", "ask ops to rotate", "prod creds"])))
    L += ["", "", sig] + body + ["", "", "def main(argv=None):", "    p = argparse.ArgumentParser()",
                                  '    p.add_argument("--since", default="2024-01-01")', '    p.add_argument("--dry-run", action="store_true")',
                                  "    args = p.parse_args(argv)", '    print("starting", args.since)', "    return 0", "", "",
                                  'if __name__ == "__main__":', "    sys.exit(main())", ""]
    return "scripts/%s_%s.py" % (r.choice(["sync", "backfill", "replay", "check"]), c.short), "python", "\n".join(L)


def t_py_pytest(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ["import pytest", "", "", "@pytest.fixture", "def %s_settings():" % c.short, "    return {",
         '        "base_url": "%s",' % (c.host or "")]
    if c.ident:
        L.append('        "%s": "%s",' % (idname(c, "snake"), c.ident))
    L += ['        "%s": %s,' % (n, s.code("py")), "    }", "", "",
          "@pytest.mark.integration", "def test_%s_roundtrip(%s_settings):" % (c.short, c.short),
          "    client = make_client(**%s_settings)" % c.short, '    patient = client.get_patient("%s")' % fhir_id(r),
          '    assert patient["resourceType"] == "Patient"', ""]
    return "tests/integration/test_%s.py" % c.provider, "python", "\n".join(L)


def t_py_celery(r, c, s, ob):
    var = vname(r, c, ob, "snake") if (ob or r.random() < 0.4) else None
    imports, sig, body = use_py(r, c, s, var, None)
    body = [("    " + x) if x else x for x in body]
    L = ["import os", "from celery import shared_task"] + imports + consts_py(r, c) + ["", ""]
    L += ["@shared_task(bind=True, max_retries=%d)" % r.randint(2, 5), "def send_reminder(self, appointment_id):",
          '    """Reminder %dh before the visit."""' % r.choice([2, 24, 48])]
    if var:
        L.append("    %s = %s" % (var, s.code("py")))
    L += ["    payload = {\"appointment_id\": appointment_id}", "", "    " + sig] + body + ["", "    return payload", ""]
    return "%s/tasks.py" % r.choice(["reminders", "notifications", "workers"]), "python", "\n".join(L)


def t_py_positional(r, c, s, ob):
    # secret as a positional argument to a constructor / function call
    fn = r.choice(["build_client", "make_session", "connect", "Integration"])
    L = ["from %s.vendors import %s" % (r.choice(PROJ), fn), "", "",
         "def main():", "    client = %s(" % fn, '        "%s",' % (c.host or c.provider)]
    if c.ident:
        L.append('        "%s",' % c.ident)
    elif c.user:
        L.append('        "%s",' % c.user)
    L += ["        %s," % s.code("py"), "        timeout=%d," % r.choice([10, 20, 30]), "    )",
          '    print(client.health())', "", "", 'if __name__ == "__main__":', "    main()", ""]
    return r.choice(["manage/%s_smoke.py" % c.short, "bin/%s_check.py" % c.short, "tools/try_%s.py" % c.short]), "python", "\n".join(L)


def t_ts_config(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    L = ["// %s" % r.choice(["Central runtime config", "Config for the visit service", "Do not import from client components"]),
         "export const config = {", "  env: '%s'," % r.choice(["production", "staging"])]
    for w, v in fillers(r, r.randint(2, 4)):
        L.append("  %s: '%s'," % (nm(w, "camel"), v))
    L += ["  %s: {" % nm(c.provider.split("_"), "camel"), "    baseUrl: '%s'," % (c.host or "")]
    if c.ident:
        L.append("    %s: '%s'," % (nm(c.id_words[1:] or c.id_words, "camel"), c.ident))
    L += ["    %s: %s," % (nm(c.words[1:] if ob and len(c.words) > 1 else [n], "camel") if ob else n, s.code("ts", "'")), "  },", "} as const;", "",
          "export type AppConfig = typeof config;", ""]
    return r.choice(["src/config/index.ts", "src/config.ts", "apps/api/src/config/%s.ts" % c.short]), "typescript", "\n".join(L)


def t_ts_client(r, c, s, ob):
    var = vname(r, c, ob, "scream") if (ob or r.random() < 0.5) else None
    imports, sig, body = use_js(r, c, s, var, None)
    L = imports + [""] + consts_js(r, c)
    if var:
        L.append("const %s = %s;" % (var, s.code("ts", "'")))
    L += ["", sig] + body + ["}", ""]
    return "src/integrations/%sClient.ts" % nm(c.provider.split("_"), "camel"), "typescript", "\n".join(L)


def t_js_express(r, c, s, ob):
    var = vname(r, c, ob, r.choice(["camel", "scream"])) if ob else None
    imports, sig, body = use_js(r, c, s, var, None)
    sig = sig.replace("export ", "")
    L = ["'use strict';", "", "const express = require('express');"] + [x.replace("import ", "// import ") for x in imports] + [
        "", "const app = express();", "app.use(express.json());", ""] + consts_js(r, c)
    if var:
        L.append("const %s = %s;" % (var, s.code("js", "'")))
    L += ["", sig.replace("function", "async function") if "async" not in sig else sig] + body + ["}", "",
          "app.get('/healthz', (req, res) => res.json({ ok: true }));", "",
          "app.listen(process.env.PORT || %d, () => console.log('listening'));" % r.choice([3000, 4000, 8080]), ""]
    return r.choice(["server.js", "index.js", "src/server.js"]), "javascript", "\n".join(L)


def t_ts_jest(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    L = ["import { describe, it, expect } from '@jest/globals';", "import { createClient } from '../src/%s';" % c.short, "",
         "describe('%s integration', () => {" % prov_title(c), "  const opts = {", "    baseUrl: '%s'," % (c.host or "")]
    if c.ident:
        L.append("    %s: '%s'," % (idname(c, "camel"), c.ident))
    L += ["    %s: %s," % (n, s.code("ts", "'")), "  };", "",
          "  it('fetches a patient', async () => {", "    const client = createClient(opts);",
          "    const p = await client.patient('%s');" % fhir_id(r), "    expect(p.resourceType).toBe('Patient');", "  });", "});", ""]
    return "src/__tests__/%s.test.ts" % c.short, "typescript", "\n".join(L)


def t_js_next(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    L = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
         "  output: 'standalone',", "  // server-only values (never prefixed NEXT_PUBLIC_)", "  serverRuntimeConfig: {"]
    if c.ident:
        L.append("    %s: '%s'," % (idname(c, "scream"), c.ident))
    L += ["    %s: %s," % (n, s.code("js", "'")), "  },", "  publicRuntimeConfig: {",
          "    supportPhone: '+1-800-555-01%02d'," % r.randint(0, 99), "  },", "};", "", "module.exports = nextConfig;", ""]
    return "next.config.js", "javascript", "\n".join(L)


def t_rb_initializer(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    mod = "".join(w.capitalize() for w in c.provider.split("_"))
    L = ["# frozen_string_literal: true", "", "# %s" % r.choice(HEADERS_COMMENT).lstrip("# "), "%s.configure do |config|" % mod,
         '  config.base_url = "%s"' % (c.host or "")]
    if c.ident:
        L.append('  config.%s = "%s"' % (nm(c.id_words[1:], "snake"), c.ident))
    L += ["  config.%s = %s" % (n, s.code("rb")), "  config.timeout = %d" % r.choice([10, 15, 30]),
          "  config.logger = Rails.logger", "end", ""]
    return "config/initializers/%s.rb" % c.provider, "ruby", "\n".join(L)


def t_rb_service(r, c, s, ob):
    var = vname(r, c, ob, "scream") if (ob or r.random() < 0.5) else None
    req, sig, body = use_rb(r, c, s, var, None)
    cls = "".join(w.capitalize() for w in c.provider.split("_")) + "Client"
    L = req + ["", "class %s" % cls, '  BASE_URL = "%s"' % (c.host or "")]
    if c.auth == "oauth":
        L.append('  TOKEN_URL = "#{BASE_URL}/oauth2/token"')
    if c.auth == "query":
        L.append('  ORG_ID = "%s"' % c.ident)
    if var:
        L.append("  %s = %s" % (var, s.code("rb")))
    L += ["", sig] + body + ["  end", "end", ""]
    return "app/services/%s_client.rb" % c.provider, "ruby", "\n".join(L)


def t_rb_rake(r, c, s, ob):
    L = ["namespace :%s do" % c.short, '  desc "%s"' % r.choice(["Backfill appointment reminders", "Sync provider directory", "Replay failed webhooks"]),
         "  task sync: :environment do"]
    args = []
    if c.ident:
        args.append('"%s"' % c.ident)
    elif c.user:
        args.append('"%s"' % c.user)
    args.append(s.code("rb"))
    L += ["    client = %sClient.new(%s)" % ("".join(w.capitalize() for w in c.provider.split("_")), ", ".join(args)),
          "    Appointment.upcoming.find_each do |appt|", "      client.push(appt.to_fhir)", "    end",
          '    puts "done"', "  end", "end", ""]
    return "lib/tasks/%s.rake" % c.short, "ruby", "\n".join(L)


def env_fillers(r, n):
    return ["%s=%s" % (nm(w, "scream"), v) for w, v in fillers(r, n)]


def t_env(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    L = []
    if r.random() < 0.6:
        L.append(r.choice(HEADERS_COMMENT))
    L += ["NODE_ENV=%s" % r.choice(["production", "development", "staging"])] + env_fillers(r, r.randint(2, 5)) + [""]
    L.append("# %s" % prov_title(c))
    if c.ident:
        L.append("%s=%s" % (c.id_env(), c.ident))
    v = s.bare("dotenv")
    q = r.choice(["", "", '"', "'"]) if v else r.choice(["", '""'])
    L.append("%s=%s%s%s" % (n, q, v, q if q != '""' else ""))
    L += env_fillers(r, r.randint(1, 3)) + [""]
    return r.choice([".env", ".env.production", ".env.staging", ".env.local", "services/api/.env", "deploy/.env.prod"]), "dotenv", "\n".join(L)


def t_envrc(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    L = ["# direnv: loaded automatically in this directory", "layout python3" if r.random() < 0.5 else "use nvm"]
    L += ["export %s" % x for x in env_fillers(r, r.randint(1, 3))]
    if c.ident:
        L.append("export %s=%s" % (c.id_env(), c.ident))
    L.append("export %s='%s'" % (n, s.bare("sh")) if s.mode != "ref" else "export %s=\"$(pass show %s/%s)\"" % (n, c.provider, "_".join(c.words[1:])))
    L.append("")
    return ".envrc", "shell", "\n".join(L)


def t_compose(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    svc = r.choice(["api", "worker", "scheduler", "video-gateway", "rpm-ingest"])
    L = ["version: \"3.9\"" if r.random() < 0.5 else "name: %s" % r.choice(PROJ), "", "services:", "  %s:" % svc,
         "    build: .", "    image: ghcr.io/%s/%s:%s" % (r.choice(["sunrise-health", "telecare-dev"]), svc, r.choice(["latest", "1.4.2", "main"])),
         "    ports:", '      - "%d:%d"' % ((r.choice([3000, 8000, 8080]),) * 2), "    depends_on:", "      - db", "    environment:"]
    listform = r.random() < 0.5
    items = [(nm(w, "scream"), v) for w, v in fillers(r, r.randint(2, 4))]
    if c.ident:
        items.append((c.id_env(), c.ident))
    items.insert(r.randint(0, len(items)), (n, s.bare("compose")))
    for k, v in items:
        if listform:
            L.append("      - %s=%s" % (k, v))
        else:
            L.append("      %s: %s" % (k, ('"%s"' % v) if (v == "" or r.random() < 0.4 or v.startswith("*")) else v))
    L += ["  db:", "    image: postgres:16", "    environment:", "      POSTGRES_DB: emr", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
          "    volumes:", "      - pgdata:/var/lib/postgresql/data", "", "volumes:", "  pgdata:", ""]
    return r.choice(["docker-compose.yml", "docker-compose.override.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), "docker-compose", "\n".join(L)


def t_k8s_secret(r, c, s, ob):
    n = vname(r, c, ob, r.choice(["scream", "kebab", "snake"]))
    ns = r.choice(["telehealth", "rpm", "scheduling", "default"])
    b64form = r.random() < 0.4 and s.mode != "ref"
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.provider.replace("_", "-"),
         "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/part-of: %s" % r.choice(PROJ), "type: Opaque",
         "data:" if b64form else "stringData:"]
    if c.ident:
        L.append("  %s: %s" % (idname(c, "scream"), b64(c.ident) if b64form else '"%s"' % c.ident))
    v = s.bare("sh")
    if b64form:
        L.append("  %s: %s" % (n, b64(v)))
    else:
        L.append('  %s: "%s"' % (n, v))
    L.append("")
    return "k8s/%s/%s-secret.yaml" % (ns, c.short), "kubernetes", "\n".join(L)


def t_k8s_deploy(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    app = r.choice(["visit-api", "reminder-worker", "fhir-sync", "rpm-gateway"])
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  replicas: %d" % r.randint(1, 4),
         "  selector:", "    matchLabels:", "      app: %s" % app, "  template:", "    metadata:", "      labels:", "        app: %s" % app,
         "    spec:", "      containers:", "        - name: %s" % app, "          image: registry.example-health.org/%s:%s" % (app, r.choice(["v2.3.1", "2024.11.02"])),
         "          ports:", "            - containerPort: 8080", "          env:"]
    for w, v in fillers(r, r.randint(1, 3)):
        L += ["            - name: %s" % nm(w, "scream"), '              value: "%s"' % v]
    if c.ident:
        L += ["            - name: %s" % c.id_env(), '              value: "%s"' % c.ident]
    L += ["            - name: %s" % n, '              value: "%s"' % s.bare("sh"),
          "          resources:", "            limits:", '              memory: "512Mi"', ""]
    return "k8s/%s-deployment.yaml" % app, "kubernetes", "\n".join(L)


def t_tfvars(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ["# %s" % r.choice(["prod workspace", "staging overrides", "shared values for the telehealth stack"]),
         'environment = "%s"' % r.choice(["prod", "staging"]), 'region      = "%s"' % r.choice(["us-east-1", "us-west-2"]),
         'vpc_cidr    = "10.%d.0.0/16"' % r.randint(0, 60)]
    if c.ident:
        L.append('%s = "%s"' % (idname(c, "snake"), c.ident))
    L.append('%s = "%s"' % (n, s.bare("sh")))
    L += ['tags = {', '  team    = "%s"' % r.choice(["platform", "integrations", "care-delivery"]), '  hipaa   = "true"', "}", ""]
    return r.choice(["terraform.tfvars", "envs/prod/terraform.tfvars", "infra/staging.auto.tfvars"]), "terraform", "\n".join(L)


def t_tf_main(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ['resource "aws_ssm_parameter" "%s" {' % n, '  name  = "/%s/%s/%s"' % (r.choice(PROJ), r.choice(["prod", "staging"]), nm(c.words, "kebab")),
         '  type  = "SecureString"', "  value = %s" % s.code("tf"), "", "  tags = local.common_tags", "}", "",
         'resource "aws_ecs_task_definition" "api" {', '  family                   = "%s-api"' % r.choice(PROJ),
         '  requires_compatibilities = ["FARGATE"]', "  cpu                      = %d" % r.choice([256, 512, 1024]),
         "  memory                   = %d" % r.choice([512, 1024, 2048]), "  container_definitions    = file(\"${path.module}/containers.json\")", "}", ""]
    if s.mode == "ref":
        L = ['variable "%s" {' % nm(c.words, "snake"), "  type      = string", "  sensitive = true", "}", ""] + L
    return r.choice(["infra/ssm.tf", "terraform/main.tf", "modules/integrations/main.tf"]), "terraform", "\n".join(L)


def t_tf_variables(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ['variable "region" {', '  type    = string', '  default = "us-east-1"', "}", "",
         'variable "%s" {' % n, '  description = "%s %s"' % (prov_title(c), " ".join(c.words[1:]) if ob else "integration value"),
         "  type        = string"]
    if s.mode == "ref":
        L.append("  sensitive   = true")
    else:
        L.append('  default     = "%s"' % s.value)
    L += ["}", ""]
    if c.ident:
        L += ['variable "%s" {' % idname(c, "snake"), "  type    = string", '  default = "%s"' % c.ident, "}", ""]
    return r.choice(["variables.tf", "infra/variables.tf"]), "terraform", "\n".join(L)


def postman_header(c, s):
    if c.auth == "header":
        return [{"key": c.hname, "value": s.header_value("postman"), "type": "text"}]
    return []


def t_postman_collection(r, c, s, ob):
    name = "%s %s" % (prov_title(c), r.choice(["Sandbox", "API", "Integration tests"]))
    item = {"name": r.choice(["Get patient", "Create appointment", "Check eligibility", "List rooms"]),
            "request": {"method": "POST", "header": [], "url": {"raw": "%s/%s" % (c.host, r.choice(["patients", "appointments", "rooms", "eligibility"])),
                                                                 "host": [c.host]}}}
    coll = {"info": {"_postman_id": ruuid(r), "name": name,
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [item]}
    if c.auth == "header" and c.hname == "Authorization" and c.hprefix == "Bearer ":
        coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": s.bare("postman"), "type": "string"}]}
    elif c.auth == "header":
        item["request"]["header"] = postman_header(c, s)
    elif c.auth in ("oauth",):
        coll["auth"] = {"type": "oauth2", "oauth2": [
            {"key": "clientSecret", "value": s.bare("postman"), "type": "string"},
            {"key": "clientId", "value": c.ident or "", "type": "string"},
            {"key": "accessTokenUrl", "value": c.host + "/oauth2/token", "type": "string"},
            {"key": "grant_type", "value": "client_credentials", "type": "string"}]}
    else:
        coll["auth"] = {"type": "basic", "basic": [{"key": "password", "value": s.bare("postman"), "type": "string"},
                                                   {"key": "username", "value": c.ident or c.user or "api", "type": "string"}]}
    coll["variable"] = [{"key": "baseUrl", "value": c.host}]
    return "postman/%s.postman_collection.json" % c.provider, "postman", json.dumps(coll, indent=r.choice([2, 4]), ensure_ascii=False) + "\n"


def t_postman_env(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    vals = [{"key": "baseUrl", "value": c.host, "type": "default", "enabled": True}]
    if c.ident:
        vals.append({"key": idname(c, "camel"), "value": c.ident, "type": "default", "enabled": True})
    vals.append({"key": n, "value": s.bare("postman") if s.mode != "ref" else "", "type": "secret", "enabled": True})
    vals.append({"key": "patientId", "value": fhir_id(r), "type": "default", "enabled": True})
    env = {"id": ruuid(r), "name": "%s - %s" % (prov_title(c), r.choice(["staging", "sandbox", "prod"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/%d.%d.%d" % (r.randint(9, 11), r.randint(0, 30), r.randint(0, 9))}
    return "postman/%s.postman_environment.json" % r.choice(["staging", "sandbox", "local"]), "postman", json.dumps(env, indent=2, ensure_ascii=False) + "\n"


def t_fhir_subscription(r, c, s, ob):
    hdr = "%s: %s" % (c.hname or "Authorization", s.header_value("sh")) if c.auth == "header" else "Authorization: Bearer %s" % s.bare("sh")
    res = {"resourceType": "Subscription", "id": fhir_id(r), "status": "requested",
           "reason": r.choice(["Notify scheduling service of new appointments", "Forward lab results to RPM hub"]),
           "criteria": r.choice(["Appointment?status=booked", "Observation?category=laboratory", "Encounter?status=finished"]),
           "channel": {"type": "rest-hook", "endpoint": "https://hooks.%s.example-health.org/fhir/notify" % r.choice(PROJ),
                       "payload": "application/fhir+json", "header": [hdr]}}
    bundle = {"resourceType": "Bundle", "id": ruuid(r), "type": "transaction",
              "entry": [{"fullUrl": "urn:uuid:%s" % ruuid(r), "resource": res, "request": {"method": "POST", "url": "Subscription"}}]}
    return "fhir/subscriptions/%s.json" % r.choice(["appointments", "labs", "encounters"]), "fhir-json", json.dumps(bundle, indent=2) + "\n"


def t_fhir_endpoint(r, c, s, ob):
    hdr = "%s: %s" % (c.hname or "Authorization", s.header_value("sh")) if c.auth == "header" else "X-Api-Key: %s" % s.bare("sh")
    res = {"resourceType": "Endpoint", "id": fhir_id(r), "status": "active",
           "connectionType": {"system": "http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "code": "hl7-fhir-rest"},
           "name": "%s partner endpoint" % prov_title(c), "managingOrganization": {"reference": "Organization/%s" % fhir_id(r)},
           "payloadType": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/endpoint-payload-type", "code": "any"}]}],
           "address": c.host or "https://fhir.example-partner.org/r4", "header": [hdr]}
    return "fhir/endpoints/%s.json" % c.provider, "fhir-json", json.dumps(res, indent=2) + "\n"


def t_yaml_spring(r, c, s, ob):
    n = vname(r, c, ob, "kebab")
    L = ["server:", "  port: %d" % r.choice([8080, 8443, 9000]), "spring:", "  application:", "    name: %s" % r.choice(["scheduling-service", "claims-gateway", "rx-service"]),
         "  datasource:", "    url: jdbc:postgresql://db:5432/emr", "    username: app", "    password: ${DB_PASSWORD}", "",
         "integrations:", "  %s:" % c.provider.replace("_", "-"), "    base-url: %s" % c.host]
    if c.ident:
        L.append("    %s: %s" % (nm(c.id_words[1:], "kebab"), c.ident))
    L.append("    %s: %s" % (nm(c.words[1:], "kebab") if ob else n, ('"%s"' % s.bare("spring")) if r.random() < 0.5 or not s.bare("spring") else s.bare("spring")))
    L += ["    timeout: %ds" % r.choice([5, 10, 30]), "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info", ""]
    return "src/main/resources/application%s.yml" % r.choice(["", "-prod", "-staging"]), "yaml", "\n".join(L)


def t_yaml_config(r, c, s, ob):
    n = vname(r, c, ob, r.choice(["snake", "camel"]))
    L = ["# %s" % r.choice(["service configuration", "loaded by config/loader.py", "integration settings per tenant"]),
         "tenant: %s" % r.choice(["sunrise", "acme", "northpoint"]), "features:", "  sms_reminders: %s" % r.choice(["true", "false"]),
         "  video_visits: true", "integrations:", "  %s:" % c.provider, "    enabled: true", "    endpoint: %s" % c.host]
    if c.ident:
        L.append("    %s: %s" % (nm(c.id_words[1:], "snake"), c.ident))
    v = s.bare("sh")
    L.append("    %s: %s" % (n, r.choice(["'%s'", '"%s"', "%s"]) % v if v else '""'))
    for w, vv in fillers(r, r.randint(1, 3)):
        L.append("    %s: %s" % (nm(w, "snake"), vv))
    L.append("")
    return r.choice(["config/integrations.yaml", "config/%s.yml" % r.choice(["production", "staging"]), "deploy/config.yaml"]), "yaml", "\n".join(L)


def t_gha(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    L = ["name: %s" % r.choice(["deploy", "nightly-sync", "integration-tests"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    if c.ident:
        L.append("      %s: %s" % (c.id_env(), c.ident))
    L.append("      %s: %s" % (n, s.bare("gha") if s.mode == "ref" else (s.value if s.value else "''")))
    L += ["      FHIR_BASE_URL: https://fhir.sandbox.example-health.org/r4", "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "      - run: npm ci",
          "      - run: npm run %s" % r.choice(["test:integration", "sync", "deploy"]), ""]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "nightly", "integration"]), "github-actions", "\n".join(L)


def t_helm(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    L = ["replicaCount: %d" % r.randint(1, 3), "image:", "  repository: registry.example-health.org/%s" % r.choice(PROJ),
         '  tag: "%s"' % r.choice(["1.8.0", "2.0.3"]), "service:", "  type: ClusterIP", "  port: 80", "", "config:"]
    for w, v in fillers(r, 2):
        L.append('  %s: "%s"' % (nm(w, "camel"), v))
    L += ["", "secrets:"]
    if c.ident:
        L.append("  %s: %s" % (idname(c, "camel"), c.ident))
    L.append('  %s: "%s"' % (n, s.bare("sh")))
    L += ["", "ingress:", "  enabled: %s" % r.choice(["true", "false"]), ""]
    return r.choice(["charts/%s/values.yaml" % r.choice(PROJ), "helm/values-prod.yaml", "values.yaml"]), "yaml", "\n".join(L)


def t_serverless(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    L = ["service: %s" % r.choice(["appointment-reminders", "rpm-webhooks", "lab-results"]), "frameworkVersion: '3'", "",
         "provider:", "  name: aws", "  runtime: %s" % r.choice(["nodejs20.x", "python3.12"]), "  region: us-east-1", "  environment:"]
    if c.ident:
        L.append("    %s: %s" % (c.id_env(), c.ident))
    L.append("    %s: %s" % (n, ("${ssm:/%s/%s}" % (r.choice(PROJ), nm(c.words, "kebab"))) if s.mode == "ref" else ("'%s'" % s.value)))
    L += ["", "functions:", "  handler:", "    handler: handler.main", "    events:", "      - schedule: rate(15 minutes)", ""]
    return "serverless.yml", "yaml", "\n".join(L)


def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    for kind, src in cells:
        lines = src.split("\n")
        srcl = [x + "\n" for x in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "metadata": {}, "source": srcl}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_ipynb(r, c, s, ob):
    var = vname(r, c, ob, "snake") if (ob or r.random() < 0.5) else None
    imports, sig, body = use_py(r, c, s, var, None)
    setup = "\n".join(imports + consts_py(r, c)
                      + (["%s = %s" % (var, s.code("py"))] if var else []))
    cells = [("markdown", "# %s exploration\n\nPull a sample of %s for the %s analysis." % (prov_title(c), r.choice(["encounters", "readings", "appointments"]), r.choice(["no-show", "adherence", "latency"]))),
             ("code", "import pandas as pd\nimport os\n" + setup), ("code", "\n".join([sig] + body)),
             ("code", "df = pd.DataFrame(rows)\ndf.head()")]
    return "notebooks/%s_%s.ipynb" % (r.choice(["explore", "eda", "adhoc"]), c.short), "jupyter", notebook(cells)


def t_readme(r, c, s, ob):
    v = s.bare("md")
    L = ["# %s" % r.choice(["visit-service", "rpm-ingest", "reminder-worker", "eligibility-bot"]), "",
         "Service that talks to %s for %s." % (prov_title(c), r.choice(["scheduling", "eligibility checks", "video visits", "device readings"])), "",
         "## Quick start", "", "```bash", "npm install", "npm run dev", "```", "", "## Calling the sandbox", "",
         "Smoke-test the credentials with:", "", "```bash"] + curl_lines(r, c, v) + ["```", "",
                                                                                  "Responses are logged to `logs/%s.log`." % c.short, ""]
    return r.choice(["README.md", "docs/README.md", "services/%s/README.md" % c.short]), "markdown", "\n".join(L)


def t_runbook(r, c, s, ob):
    v = s.bare("md")
    L = ["# Runbook: %s outage" % prov_title(c), "", "_Owner: %s_" % r.choice(["@integrations", "@platform-oncall", "@care-eng"]), "",
         "## Symptoms", "- webhooks from %s stop arriving" % prov_title(c), "- `%s_errors_total` alert fires" % c.short, "",
         "## Steps", "1. Check status page.", "2. Verify credentials still work:", ""]
    if ob:
        L += ["   %s: `%s`" % (" ".join(c.words).title(), v)]
        if c.ident:
            L.insert(-1, "   %s: `%s`" % (" ".join(c.id_words).title(), c.ident))
    else:
        L += ["   ```"] + ["   " + x for x in curl_lines(r, c, v)] + ["   ```"]
    L += ["", "3. If it fails, page the vendor contact.", ""]
    return r.choice(["notes/runbook.md", "docs/runbooks/%s.md" % c.short, "ops/%s-runbook.md" % c.short]), "markdown", "\n".join(L)


def t_doc_table(r, c, s, ob):
    L = ["# %s integration" % prov_title(c), "", "| Setting | Value |", "|---|---|", "| Base URL | %s |" % c.host]
    if c.ident:
        L.append("| %s | `%s` |" % (" ".join(c.id_words[1:]).title(), c.ident))
    if c.user:
        L.append("| Username | `%s` |" % c.user)
    L += ["| %s | `%s` |" % (" ".join(c.words[1:]).title() if ob else "Value", s.bare("md")),
          "| Environment | %s |" % r.choice(["sandbox", "production"]), "", "Ask #integrations for access to the vendor portal.", ""]
    return "docs/integrations/%s.md" % c.provider, "markdown", "\n".join(L)


def t_properties(r, c, s, ob):
    n = vname(r, c, ob, "dot")
    pfx = c.provider.replace("_", "-")
    L = ["# %s" % r.choice(["Spring Boot configuration", "application defaults"]), "server.port=8080",
         "spring.application.name=%s" % r.choice(["claims-service", "rx-router"]), "spring.jpa.hibernate.ddl-auto=validate",
         "%s.base-url=%s" % (pfx, c.host)]
    if c.ident:
        L.append("%s.%s=%s" % (pfx, nm(c.id_words[1:], "kebab"), c.ident))
    L.append("%s.%s=%s" % (pfx, nm(c.words[1:], "kebab") if ob else n, s.bare("spring")))
    L += ["logging.level.root=INFO", ""]
    return "src/main/resources/application%s.properties" % r.choice(["", "-prod"]), "properties", "\n".join(L)


def t_appsettings(r, c, s, ob):
    n = vname(r, c, ob, "pascal")
    sec = {"BaseUrl": c.host}
    if c.ident:
        sec[nm(c.id_words[1:], "pascal")] = c.ident
    sec[nm(c.words[1:], "pascal") if ob else n] = s.bare("sh")
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
           "Integrations": {nm(c.provider.split("_"), "pascal"): sec}}
    return r.choice(["appsettings.json", "appsettings.Development.json", "src/Api/appsettings.Production.json"]), "json", json.dumps(doc, indent=2) + "\n"


def t_node_config(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    sec = {"baseUrl": c.host}
    if c.ident:
        sec[idname(c, "camel")] = c.ident
    sec[n] = s.bare("sh")
    doc = {"server": {"port": r.choice([3000, 8080])}, "fhir": {"baseUrl": "https://fhir.sandbox.example-health.org/r4"},
           nm(c.provider.split("_"), "camel"): sec}
    return r.choice(["config/default.json", "config/production.json"]), "json", json.dumps(doc, indent=2) + "\n"


def t_shell(r, c, s, ob):
    v = s.bare("sh")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# %s" % r.choice(["smoke test after deploy", "nightly sync", "manual check"])]
    if ob:
        n = vname(r, c, True, "scream")
        L.append('%s="%s"' % (n, v))
        L += curl_lines(r, c, "${%s}" % n)
    else:
        L += curl_lines(r, c, v)
    L += ["", 'echo "ok"', ""]
    return r.choice(["scripts/smoke_test.sh", "bin/check-%s.sh" % c.short, "ops/sync.sh"]), "shell", "\n".join(L)


def t_dockerfile(r, c, s, ob):
    n = vname(r, c, ob, "scream")
    py = r.random() < 0.5
    L = ["FROM %s" % ("python:3.12-slim" if py else "node:20-alpine"), "WORKDIR /app",
         "COPY requirements.txt ." if py else "COPY package*.json ./", "RUN pip install -r requirements.txt" if py else "RUN npm ci --omit=dev",
         "COPY . .", "ENV PORT=8080"]
    if c.ident:
        L.append("ENV %s=%s" % (c.id_env(), c.ident))
    if s.mode == "ref":
        L.append("ARG %s" % n)
        L.append("ENV %s=${%s}" % (n, n))
    else:
        L.append("ENV %s=\"%s\"" % (n, s.value))
    L += ["EXPOSE 8080", 'CMD ["python", "-m", "app"]' if py else 'CMD ["node", "server.js"]', ""]
    return r.choice(["Dockerfile", "docker/api.Dockerfile"]), "dockerfile", "\n".join(L)


def t_go(r, c, s, ob):
    n = vname(r, c, ob, "camel")
    L = ["package config", "", 'import "os"', "", "// Integration defaults for %s." % prov_title(c), "const (",
         '\tdefaultBaseURL = "%s"' % c.host]
    if c.ident:
        L.append('\t%s = "%s"' % (idname(c, "camel"), c.ident))
    if s.mode != "ref":
        L.append("\t%s = %s" % (n, s.code("go")))
    L += [")", "", "type Config struct {", "\tBaseURL string", "\tSecret  string", "}", "", "func Load() Config {",
          "\treturn Config{", "\t\tBaseURL: defaultBaseURL,", "\t\tSecret:  %s," % (n if s.mode != "ref" else s.code("go")), "\t}", "}", ""]
    return r.choice(["internal/config/config.go", "pkg/%s/config.go" % c.short]), "go", "\n".join(L)


def t_toml(r, c, s, ob):
    n = vname(r, c, ob, "snake")
    L = ["[default]", 'app_name = "%s"' % r.choice(PROJ), "debug = false", "", "[default.%s]" % c.provider, 'url = "%s"' % c.host]
    if c.ident:
        L.append('%s = "%s"' % (nm(c.id_words[1:], "snake"), c.ident))
    L.append('%s = "%s"' % (n, s.bare("sh") if s.mode != "ref" else "@format {env[%s]}" % s.env))
    L += ["", "[production]", "debug = false", ""]
    return r.choice(["settings.toml", "config/settings.toml"]), "toml", "\n".join(L)


def t_mirth_xml(r, c, s, ob):
    v = s.bare("sh")
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<channel version="4.4.2">', "  <id>%s</id>" % ruuid(r),
         "  <name>%s</name>" % r.choice(["ADT_IN_from_HIE", "ORU_Lab_Results", "SIU_to_Telehealth"]), "  <sourceConnector>",
         "    <transportName>%s</transportName>" % r.choice(["File Reader", "HTTP Listener"]), "    <properties>",
         "      <scheme>%s</scheme>" % ("SFTP" if c.auth in ("sftp", "db") else "HTTP"), "      <host>%s</host>" % (c.host or "partner.example.org"),
         "      <username>%s</username>" % (c.user or c.ident or "integration"),
         "      <%s>%s</%s>" % (("password" if ob else "authParam"), v, ("password" if ob else "authParam")),
         "      <fileFilter>*.hl7</fileFilter>", "      <pollingFrequency>%d</pollingFrequency>" % r.choice([5000, 10000, 60000]),
         "    </properties>", "  </sourceConnector>", "  <enabled>true</enabled>", "</channel>", ""]
    return "mirth/channels/%s.xml" % r.choice(["adt_in", "oru_lab", "siu_out"]), "xml", "\n".join(L)


# --- templates for database passwords inside URLs ---------------------------
def dburl(c, v):
    port = {"postgresql": 5432, "rediss": 6380, "mongodb+srv": None}[c.scheme]
    hp = c.host + (":%d" % port if port else "")
    db = {"postgresql": "/emr", "rediss": "/0", "mongodb+srv": "/reminders?retryWrites=true&w=majority"}[c.scheme]
    return "%s://%s:%s@%s%s" % (c.scheme, c.user, v, hp, db)


def t_db_env(r, c, s, ob):
    name = r.choice(["DATABASE_URL", "MONGODB_URI", "REDIS_URL", "DB_DSN"]) if ob else r.choice(["PRIMARY", "STORE", "BACKEND_URI"])
    L = ["# %s" % r.choice(HEADERS_COMMENT).lstrip("# ")] + env_fillers(r, r.randint(2, 4))
    L.append("%s=%s" % (name, dburl(c, s.bare("sh"))))
    L += env_fillers(r, 1) + [""]
    return r.choice([".env", ".env.production", "api/.env"]), "dotenv", "\n".join(L)


def t_db_rails(r, c, s, ob):
    L = ["default: &default", "  adapter: postgresql", "  encoding: unicode", "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "",
         "development:", "  <<: *default", "  database: emr_development", "", "production:", "  <<: *default",
         "  database: emr_production", "  host: %s" % c.host, "  username: %s" % c.user]
    if s.mode == "ref":
        L.append('  password: <%%= ENV["%s"] %%>' % s.env)
    else:
        L.append("  password: %s" % (('"%s"' % s.value) if r.random() < 0.5 or not s.value else s.value))
    L.append("")
    return "config/database.yml", "yaml", "\n".join(L)


def t_db_django(r, c, s, ob):
    L = ["import os", "", "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
         '        "NAME": "emr",', '        "USER": "%s",' % c.user, '        "PASSWORD": %s,' % s.code("py"), '        "HOST": "%s",' % c.host,
         '        "PORT": 5432,', "    }", "}", ""]
    if not ob and s.mode != "ref":
        L = ["import dj_database_url", "", "DATABASES = {", '    "default": dj_database_url.parse("%s"),' % dburl(c, s.value), "}", ""]
    return r.choice(["config/settings/production.py", "app/settings_db.py"]), "python", "\n".join(L)


def t_db_alembic(r, c, s, ob):
    L = ["[alembic]", "script_location = migrations", "prepend_sys_path = .", "",
         "sqlalchemy.url = %s" % dburl(c, s.bare("sh")).replace("postgresql://", "postgresql+psycopg://"), "", "[loggers]", "keys = root,sqlalchemy,alembic", ""]
    return "alembic.ini", "ini", "\n".join(L)


# --- private keys -----------------------------------------------------------
def t_pem_file(r, c, s, ob):
    if s.secret:
        hdr, lines = c.pem
        txt = pem_text(hdr, lines) + "\n"
        return r.choice(["keys/smart_backend_private.pem", "certs/jwt-signing.key", "config/keys/%s.pem" % c.short, "secrets/client_assertion_key.pem"]), "pem", txt
    if s.neg_kind == "public_key":
        hdr, lines = public_pem(r)
        return r.choice(["keys/smart_backend_public.pem", "config/keys/%s.pub.pem" % c.short, "certs/jwt-verify.pem"]), "pem", pem_text(hdr, lines) + "\n"
    return r.choice(["keys/README.md", "certs/README.md"]), "markdown", "# Keys\n\nThe private key is **not** stored here. Fetch it with:\n\n```bash\n%s\n```\n\nPublic JWKS: https://%s.example-health.org/.well-known/jwks.json\n" % (
        r.choice(["aws secretsmanager get-secret-value --secret-id prod/smart-backend-key", "vault kv get -field=pem secret/smart/backend", "op read op://Platform/SMART backend/private key"]), r.choice(PROJ))


def pem_block_or_neg(r, c, s):
    if s.secret:
        return pem_text(*c.pem)
    if s.neg_kind == "public_key":
        return pem_text(*public_pem(r))
    return s.value


def t_pem_python(r, c, s, ob):
    n = "PRIVATE_KEY" if ob else r.choice(["SIGNING_MATERIAL", "ASSERTION_BLOB", "K"])
    if s.neg_kind == "public_key":
        L = ['"""Verify tokens minted by our SMART backend client (public key only)."""', "import jwt", "",
             'CLIENT_ID = "%s"' % c.ident, 'PUBLIC_KEY = """%s"""' % pem_block_or_neg(r, c, s), "", "",
             "def verify(assertion):", '    return jwt.decode(assertion, PUBLIC_KEY, algorithms=["RS384", "ES384"], audience="%s")' % c.host, ""]
        return r.choice(["smart/verify.py", "app/fhir/verify.py"]), "python", "\n".join(L)
    L = ['"""SMART Backend Services client-credentials flow (client_assertion JWT)."""', "import time", "import uuid", "", "import jwt",
         "import requests", "", 'CLIENT_ID = "%s"' % c.ident, 'TOKEN_URL = "%s"' % c.host, 'KID = "%s"' % rhex(r, 32)]
    if s.mode == "ref":
        L.append('%s = open(os.environ["SMART_KEY_PATH"]).read()' % n)
        L.insert(1, "import os")
    else:
        L.append('%s = """%s"""' % (n, pem_block_or_neg(r, c, s)))
    L += ["", "", "def get_token(scope=\"system/*.read\"):", "    now = int(time.time())",
          '    claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "jti": str(uuid.uuid4()), "exp": now + 300}',
          '    assertion = jwt.encode(claims, %s, algorithm="%s", headers={"kid": KID})' % (n, "RS384" if "rsa" in c.kind or c.provider == "gcp" else "ES384"),
          "    resp = requests.post(TOKEN_URL, data={", '        "grant_type": "client_credentials",', '        "scope": scope,',
          '        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",',
          '        "client_assertion": assertion,', "    })", '    return resp.json()["access_token"]', ""]
    return r.choice(["smart/backend_auth.py", "app/fhir/auth.py", "bulk_export/token.py"]), "python", "\n".join(L)


def t_pem_env(r, c, s, ob):
    n = r.choice(["SMART_PRIVATE_KEY", "JWT_PRIVATE_KEY", "FHIR_CLIENT_KEY"]) if ob else r.choice(["SMART_ASSERTION_MATERIAL", "BACKEND_K"])
    if s.neg_kind == "public_key":
        n = r.choice(["SMART_PUBLIC_KEY", "JWT_VERIFY_KEY"])
    blk = pem_block_or_neg(r, c, s)
    L = ["FHIR_BASE_URL=https://fhir.sandbox.example-health.org/r4", "SMART_CLIENT_ID=%s" % c.ident, "SMART_TOKEN_URL=%s" % c.host]
    if s.mode == "ref":
        L.append("%s=%s" % (n, s.bare("dotenv")))
    else:
        L.append('%s="%s"' % (n, blk.replace("\n", "\\n")))
    L += ["SMART_SCOPES=system/Patient.read system/Observation.read", ""]
    return r.choice([".env", ".env.local", "bulk-export/.env"]), "dotenv", "\n".join(L)


def t_pem_k8s(r, c, s, ob):
    blk = pem_block_or_neg(r, c, s) if s.mode != "ref" else "${SMART_PRIVATE_KEY}"
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: smart-backend-key", "  namespace: fhir", "type: Opaque", "stringData:",
         "  client_id: %s" % c.ident, "  %s: |" % ("public.pem" if s.neg_kind == "public_key" else ("private.pem" if ob else "material"))] + ["    " + x for x in blk.split("\n")] + [""]
    return "k8s/fhir/smart-backend-key.yaml", "kubernetes", "\n".join(L)


def t_gcp_json(r, c, s, ob):
    proj = r.choice(["telehealth-prod", "fhir-export-dev", "rpm-analytics"]) + "-" + rdigits(r, 6)
    blk = pem_block_or_neg(r, c, s) if s.mode != "ref" else ""
    doc = {"type": "service_account", "project_id": proj, "private_key_id": rhex(r, 40),
           "private_key": (blk + "\n") if blk else "", "client_email": "%s@%s.iam.gserviceaccount.com" % (r.choice(["fhir-exporter", "healthcare-api", "bq-loader"]), proj),
           "client_id": c.ident, "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % proj, "universe_domain": "googleapis.com"}
    return r.choice(["credentials/service-account.json", "gcp-key.json", "deploy/healthcare-api-sa.json"]), "json", json.dumps(doc, indent=2) + "\n"


def t_jwk_file(r, c, s, ob):
    if s.secret:
        key = c.jwk
    else:
        key = ec_jwk(r, private=False)
    doc = {"keys": [key]}
    name = ("keys/private-jwks.json" if s.secret else "public/.well-known/jwks.json")
    return r.choice([name, "config/%s" % name.split("/")[-1]]), "json", json.dumps(doc, indent=2) + "\n"


def t_jwk_ts(r, c, s, ob):
    key = c.jwk if s.secret else ec_jwk(r, private=False)
    L = ["import { SignJWT, importJWK } from 'jose';", "", "const CLIENT_ID = '%s';" % c.ident, "const TOKEN_URL = '%s';" % c.host, "",
         "const %s = %s;" % ("signingJwk" if ob else "k1", json.dumps(key, indent=2)), "",
         "export async function clientAssertion() {", "  const key = await importJWK(%s, 'ES384');" % ("signingJwk" if ob else "k1"),
         "  return new SignJWT({ iss: CLIENT_ID, sub: CLIENT_ID, aud: TOKEN_URL, jti: crypto.randomUUID() })",
         "    .setProtectedHeader({ alg: 'ES384', kid: %s.kid })" % ("signingJwk" if ob else "k1"), "    .setExpirationTime('5m')", "    .sign(key);", "}", ""]
    return r.choice(["src/smart/assertion.ts", "src/fhir/backendAuth.ts"]), "typescript", "\n".join(L)


# --- X12 and HL7v2 ------------------------------------------------------------
def x12_date(r):
    return "%02d%02d%02d" % (r.randint(23, 25), r.randint(1, 12), r.randint(1, 28))


def isa(r, sec_qual, sec, sender, receiver, ctrl, usage):
    return "ISA*00*%s*%s*%s*ZZ*%-15s*ZZ*%-15s*%s*%02d%02d*^*00501*%s*0*%s*:~" % (
        " " * 10, sec_qual, sec.ljust(10), sender, receiver, x12_date(r), r.randint(0, 23), r.randint(0, 59), ctrl, usage)


def x12_837(r, sec_qual, sec):
    ctrl = "%09d" % r.randint(1, 999999999)
    sender = rs(r, 1, UPPER) + rdigits(r, 8)
    bnpi, rnpi = npi(r), npi(r)
    icd = r.choice(["E119", "I10", "J069", "M545", "F411", "Z0000", "E785"])
    cpt = r.choice(["99213", "99214", "99442", "G2012", "99457", "99454"])
    clm = "%s%s" % (r.choice(["TH", "CLM", ""]), rdigits(r, 9))
    gs = str(r.randint(1, 99999))
    segs = [isa(r, sec_qual, sec, sender, r.choice(["030240928", "AVAILITY", "STEDI"]), ctrl, r.choice(["T", "P"])),
            "GS*HC*%s*%s*20%s*%02d%02d*%s*X*005010X222A1~" % (sender, r.choice(["030240928", "AVAILITY"]), x12_date(r), r.randint(0, 23), r.randint(0, 59), gs),
            "ST*837*0001*005010X222A1~", "BHT*0019*00*%s*20%s*1200*CH~" % (rdigits(r, 6), x12_date(r)),
            "NM1*41*2*%s*****46*%s~" % (r.choice(["SUNRISE TELEHEALTH", "VALLEY VIRTUAL CARE"]), sender),
            "PER*IC*BILLING DEPT*TE*%s~" % rdigits(r, 10), "NM1*40*2*%s*****46*%s~" % (r.choice(["AVAILITY", "STEDI"]), rdigits(r, 9)),
            "HL*1**20*1~", "PRV*BI*PXC*207Q00000X~", "NM1*85*2*%s*****XX*%s~" % (r.choice(["SUNRISE MEDICAL GROUP", "NORTHPOINT CLINIC"]), bnpi),
            "N3*%d MAIN ST~" % r.randint(10, 9999), "N4*SPRINGFIELD*IL*62704~", "REF*EI*%s~" % rdigits(r, 9),
            "HL*2*1*22*0~", "SBR*P*18*******CI~", "NM1*IL*1*%s*%s****MI*%s~" % (r.choice(["DOE", "SMITH", "GARCIA"]), r.choice(["JANE", "JOHN", "ALEX"]), rs(r, 3, UPPER) + rdigits(r, 9)),
            "DMG*D8*19%02d%02d%02d*%s~" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), r.choice("MF")),
            "NM1*PR*2*%s*****PI*%s~" % (r.choice(["AETNA", "CIGNA", "BCBS IL"]), rdigits(r, 5)),
            "CLM*%s*%d***02:B:1*Y*A*Y*Y~" % (clm, r.randint(60, 400)), "HI*ABK:%s~" % icd,
            "NM1*82*1*%s*%s****XX*%s~" % (r.choice(["PATEL", "NGUYEN", "OKAFOR"]), r.choice(["RAVI", "LINH", "ADA"]), rnpi),
            "LX*1~", "SV1*HC:%s:95*%d*UN*1***1~" % (cpt, r.randint(60, 400)), "DTP*472*D8*20%s~" % x12_date(r)]
    segs += ["SE*%d*0001~" % (len(segs) - 1), "GE*1*%s~" % gs, "IEA*1*%s~" % ctrl]
    return "\n".join(segs) + "\n"


def x12_270(r, sec_qual, sec):
    ctrl = "%09d" % r.randint(1, 999999999)
    sender = rs(r, 1, UPPER) + rdigits(r, 8)
    gs = str(r.randint(1, 99999))
    segs = [isa(r, sec_qual, sec, sender, r.choice(["STEDI", "AVAILITY", "CHCPAYER"]), ctrl, r.choice(["T", "P"])),
            "GS*HS*%s*%s*20%s*1200*%s*X*005010X279A1~" % (sender, r.choice(["STEDI", "AVAILITY"]), x12_date(r), gs),
            "ST*270*%04d*005010X279A1~" % r.randint(1, 9999), "BHT*0022*13*%s*20%s*1200~" % (rdigits(r, 10), x12_date(r)),
            "HL*1**20*1~", "NM1*PR*2*%s*****PI*%s~" % (r.choice(["UNITEDHEALTHCARE", "AETNA", "HUMANA"]), rdigits(r, 5)),
            "HL*2*1*21*1~", "NM1*1P*2*%s*****XX*%s~" % (r.choice(["SUNRISE TELEHEALTH", "VALLEY VIRTUAL CARE"]), npi(r)),
            "HL*3*2*22*0~", "TRN*1*%s*9%s~" % (rdigits(r, 10), rdigits(r, 9)),
            "NM1*IL*1*%s*%s****MI*%s~" % (r.choice(["DOE", "LEE", "BROWN"]), r.choice(["JANE", "SAM", "KIM"]), rs(r, 2, UPPER) + rdigits(r, 9)),
            "DMG*D8*19%02d%02d%02d~" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)), "DTP*291*D8*20%s~" % x12_date(r), "EQ*30~"]
    segs += ["SE*%d*0001~" % (len(segs) - 1), "GE*1*%s~" % gs, "IEA*1*%s~" % ctrl]
    return "\n".join(segs) + "\n"


def t_x12(r, c, s, ob):
    if s.secret:
        q, v = "01", s.value
    elif s.neg_kind == "masked":
        q, v = "01", "*" * 10
    else:
        q, v = "00", ""
    if r.random() < 0.5:
        return r.choice(["edi/outbound/837P_%s.x12" % rdigits(r, 6), "claims/batch_%s.837" % rdigits(r, 4), "samples/837p_professional.edi"]), "x12", x12_837(r, q, v)
    return r.choice(["edi/outbound/270_%s.x12" % rdigits(r, 6), "eligibility/requests/270_sample.edi", "tests/fixtures/270.x12"]), "x12", x12_270(r, q, v)


def hl7_ts(r):
    return "20%02d%02d%02d%02d%02d%02d" % (r.randint(23, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def hl7_adt(r, msh8=""):
    m = mrn(r)
    return "\r\n".join([
        "MSH|^~\\&|%s|%s|%s|%s|%s|%s|ADT^A04^ADT_A01|%s|%s|2.5.1" % (r.choice(["EPIC", "CERNER", "ATHENA"]), r.choice(["SUNRISE", "NPH"]), r.choice(["TELEHEALTH", "RPMHUB"]), r.choice(["VIRTUAL", "HOME"]), hl7_ts(r), msh8, rdigits(r, 10), r.choice(["P", "T"])),
        "EVN|A04|%s" % hl7_ts(r),
        "PID|1||%s^^^%s^MR||%s^%s^%s||19%02d%02d%02d|%s|||%d %s ST^^%s^%s^%05d||(555)%03d-%04d" % (
            m, r.choice(["SUNRISE", "NPH"]), r.choice(["DOE", "RIVERA", "CHEN"]), r.choice(["JANE", "MARCO", "LI"]), r.choice(["A", "Q", ""]),
            r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), r.choice("MF"), r.randint(1, 999), r.choice(["OAK", "ELM", "PINE"]),
            r.choice(["DENVER", "AUSTIN"]), r.choice(["CO", "TX"]), r.randint(10000, 99999), r.randint(100, 999), r.randint(0, 9999)),
        "PV1|1|O|TELE^^^%s||||%s^%s^%s^^^^^^NPI|||||||||||%s" % (r.choice(["SUNRISE", "NPH"]), npi(r), r.choice(["PATEL", "GOMEZ"]), r.choice(["ANIL", "ROSA"]), rdigits(r, 9)),
        "IN1|1|%s|%s|%s" % (r.choice(["BCBS", "AETNA"]), rdigits(r, 5), r.choice(["BLUE CROSS", "AETNA HMO"]))]) + "\r\n"


def hl7_oru(r):
    loinc = r.sample([("2345-7", "Glucose", "mg/dL"), ("4548-4", "Hemoglobin A1c", "%"), ("2093-3", "Cholesterol", "mg/dL"),
                      ("8480-6", "Systolic BP", "mm[Hg]"), ("8462-4", "Diastolic BP", "mm[Hg]"), ("2160-0", "Creatinine", "mg/dL")], 3)
    segs = ["MSH|^~\\&|LAB|%s|RPMHUB|TELE|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (r.choice(["QUESTLAB", "LABCORP", "REGIONALLAB"]), hl7_ts(r), rdigits(r, 12)),
            "PID|1||%s^^^LAB^MR||%s^%s||19%02d0%d1%d|%s" % (mrn(r), r.choice(["KIM", "JONES"]), r.choice(["ANA", "TOM"]), r.randint(40, 99), r.randint(1, 9), r.randint(0, 9), r.choice("MF")),
            "ORC|RE|%s|%s" % (rdigits(r, 8), rdigits(r, 10)),
            "OBR|1|%s|%s|24331-1^Lipid panel^LN|||%s" % (rdigits(r, 8), rdigits(r, 10), hl7_ts(r))]
    for i, (code, name, unit) in enumerate(loinc, 1):
        segs.append("OBX|%d|NM|%s^%s^LN||%s|%s|||||F" % (i, code, name, r.randint(60, 220), unit))
    return "\r\n".join(segs) + "\r\n"


def t_hl7_msh8(r, c, s, ob):
    v = s.value if s.mode != "ref" else ""
    txt = hl7_adt(r, v)
    return r.choice(["hl7/samples/adt_a04.hl7", "tests/fixtures/hl7/ADT_A04_%s.hl7" % rdigits(r, 4), "interfaces/inbound/sample.hl7"]), "hl7v2", txt


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
def acc_gen(c):
    return c.shape in ("token", "password") and "x12" not in c.extra and "msh8" not in c.extra


def acc_db(c):
    return c.scheme is not None


def acc_pg(c):
    return c.scheme == "postgresql"


def acc_pem(c):
    return c.shape == "pem"


def acc_pem_not_gcp(c):
    return c.shape == "pem" and "gcp_json" not in c.extra


def acc_gcp(c):
    return "gcp_json" in c.extra


def acc_jwk(c):
    return c.shape == "jwk"


def acc_x12(c):
    return "x12" in c.extra


def acc_msh8(c):
    return "msh8" in c.extra


def acc_sftp(c):
    return c.auth in ("sftp",) or c.shape == "password" and c.scheme is None and "x12" not in c.extra


def acc_header(c):
    return c.auth == "header" and "msh8" not in c.extra


def acc_curlable(c):
    return acc_gen(c) and c.auth not in ("sign", "xmlpw")


SLOT_TEMPLATES = [
    (t_py_django, acc_gen), (t_py_client, acc_gen), (t_py_pydantic, acc_gen), (t_py_script, acc_gen), (t_py_pytest, acc_gen),
    (t_py_celery, acc_gen), (t_py_positional, acc_gen), (t_ts_config, acc_gen), (t_ts_client, acc_gen), (t_js_express, acc_gen),
    (t_ts_jest, acc_gen), (t_js_next, acc_gen), (t_rb_initializer, acc_gen), (t_rb_service, acc_gen), (t_rb_rake, acc_gen),
    (t_env, acc_gen), (t_envrc, acc_gen), (t_compose, acc_gen), (t_k8s_secret, acc_gen), (t_k8s_deploy, acc_gen),
    (t_tfvars, acc_gen), (t_tf_main, acc_gen), (t_tf_variables, acc_gen), (t_postman_collection, acc_curlable), (t_postman_env, acc_gen),
    (t_fhir_subscription, acc_header), (t_fhir_endpoint, acc_header), (t_yaml_spring, acc_gen), (t_yaml_config, acc_gen), (t_gha, acc_gen),
    (t_helm, acc_gen), (t_serverless, acc_gen), (t_ipynb, acc_gen), (t_readme, acc_curlable), (t_runbook, acc_curlable),
    (t_doc_table, acc_gen), (t_properties, acc_gen), (t_appsettings, acc_gen), (t_node_config, acc_gen), (t_shell, acc_curlable),
    (t_dockerfile, acc_gen), (t_go, acc_gen), (t_toml, acc_gen), (t_mirth_xml, acc_sftp),
    (t_db_env, acc_db), (t_db_rails, acc_pg), (t_db_django, acc_pg), (t_db_alembic, acc_pg),
    (t_pem_file, acc_pem_not_gcp), (t_pem_python, acc_pem), (t_pem_env, acc_pem), (t_pem_k8s, acc_pem_not_gcp), (t_gcp_json, acc_gcp),
    (t_jwk_file, acc_jwk), (t_jwk_ts, acc_jwk), (t_x12, acc_x12), (t_hl7_msh8, acc_msh8),
]


# ---------------------------------------------------------------------------
# domain look-alike negatives: (relpath, filetype, text, kind)
# ---------------------------------------------------------------------------
def unsigned_jwt(r, claims):
    h = b64url_nopad(json.dumps({"alg": "none", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
    return h + "." + p + "."


def n_fhir_bundle(r):
    pid, eid = fhir_id(r), fhir_id(r)
    m = mrn(r)
    bundle = {"resourceType": "Bundle", "id": ruuid(r),
              "type": "collection", "entry": [
                  {"fullUrl": "urn:uuid:%s" % ruuid(r), "resource": {"resourceType": "Patient", "id": pid,
                   "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                   "system": "urn:oid:1.2.36.146.595.217.0.1", "value": m}],
                   "name": [{"family": r.choice(["Doe", "Nguyen", "Okafor"]), "given": [r.choice(["Jane", "Minh", "Chidi"])]}],
                   "birthDate": "19%02d-%02d-%02d" % (r.randint(40, 99), r.randint(1, 12), r.randint(1, 28))}},
                  {"fullUrl": "urn:uuid:%s" % ruuid(r), "resource": {"resourceType": "Encounter", "id": eid, "status": "finished",
                   "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "VR", "display": "virtual"},
                   "identifier": [{"system": "https://sunrise.example-health.org/encounter", "value": "ENC-%s" % rdigits(r, 8)}],
                   "subject": {"reference": "Patient/%s" % pid},
                   "participant": [{"individual": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(r)}}}],
                   "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": r.choice(["E11.9", "I10", "J06.9"])}]}]}},
                  {"fullUrl": "urn:uuid:%s" % ruuid(r), "resource": {"resourceType": "Observation", "id": fhir_id(r), "status": "final",
                   "code": {"coding": [{"system": "http://loinc.org", "code": r.choice(["8867-4", "29463-7", "8310-5"]), "display": "Vital sign"}]},
                   "subject": {"reference": "Patient/%s" % pid}, "encounter": {"reference": "Encounter/%s" % eid},
                   "valueQuantity": {"value": r.randint(50, 120), "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}}]}
    del bundle["entry"][r.choice([1, 2])]
    return r.choice(["fhir/examples/bundle-%s.json" % rdigits(r, 3), "tests/fixtures/fhir/patient_bundle.json", "seed/fhir_bundle.json"]), "fhir-json", json.dumps(bundle, indent=2) + "\n", "fhir_ids_mrn_npi"


def n_hl7_adt(r):
    return r.choice(["hl7/samples/adt_a04.hl7", "tests/fixtures/hl7/ADT_A04.hl7"]), "hl7v2", hl7_adt(r, ""), "mrn_npi_hl7_control_id"


def n_hl7_oru(r):
    return r.choice(["hl7/samples/oru_r01_lipid.hl7", "tests/fixtures/hl7/ORU_R01.hl7"]), "hl7v2", hl7_oru(r), "loinc_codes_order_ids"


def n_x12(r):
    if r.random() < 0.5:
        return r.choice(["edi/samples/837p_%s.x12" % rdigits(r, 4), "tests/fixtures/837P.edi"]), "x12", x12_837(r, "00", ""), "x12_control_numbers_icd_cpt"
    return r.choice(["edi/samples/270_%s.x12" % rdigits(r, 4), "tests/fixtures/270.edi"]), "x12", x12_270(r, "00", ""), "x12_control_numbers"


def n_npi_py(r):
    vals = [npi(r) for _ in range(r.randint(3, 6))]
    L = ['"""NPI check-digit validation (Luhn over the 80840 prefix)."""', "import pytest", "", "",
         "def npi_is_valid(npi: str) -> bool:", "    if len(npi) != 10 or not npi.isdigit():", "        return False",
         '    digits = "80840" + npi[:-1]', "    total = 0", "    for i, ch in enumerate(reversed(digits)):", "        d = int(ch)",
         "        if i % 2 == 0:", "            d = d * 2 - 9 if d * 2 > 9 else d * 2", "        total += d",
         "    return (10 - total % 10) % 10 == int(npi[-1])", "", "", "VALID_NPIS = ["] + ['    "%s",' % v for v in vals] + [
         "]", "", "", '@pytest.mark.parametrize("npi", VALID_NPIS)', "def test_valid(npi):", "    assert npi_is_valid(npi)",
         "", "", "def test_dea_format():", '    assert re.match(r"^[A-Z]{2}\\d{7}$", "%s")' % dea(r), ""]
    L.insert(1, "import re")
    return r.choice(["tests/test_npi.py", "app/validators/test_identifiers.py"]), "python", "\n".join(L), "npi_luhn_dea"


def n_codes_ts(r):
    icd = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
           ("J06.9", "Acute upper respiratory infection, unspecified"), ("F41.1", "Generalized anxiety disorder"),
           ("Z71.3", "Dietary counseling and surveillance"), ("R51.9", "Headache, unspecified")]
    cpt = [("99213", "Office/outpatient visit est"), ("99442", "Phone E/M 11-20 min"), ("99453", "RPM device setup"),
           ("99454", "RPM device supply 30 days"), ("99457", "RPM treatment mgmt 20 min"), ("G2012", "Virtual check-in")]
    L = ["// Billing code lookups used by the visit summary screen.", "export const ICD10: Record<string, string> = {"]
    L += ["  '%s': '%s'," % x for x in r.sample(icd, 4)] + ["};", "", "export const CPT: Record<string, string> = {"]
    L += ["  '%s': '%s'," % x for x in r.sample(cpt, 4)] + ["};", "", "export const RXNORM = {",
                                                               "  metformin500: '%s'," % r.choice(["860975", "861007"]), "  lisinopril10: '314076',", "};", "",
                                                               "export const POS_TELEHEALTH = '%s';" % r.choice(["02", "10"]), ""]
    return r.choice(["src/billing/codes.ts", "packages/shared/src/codes.ts"]), "typescript", "\n".join(L), "icd10_cpt_rxnorm_codes"


def n_unsigned_jwt(r):
    claims = {"iss": "https://launch.smarthealthit.org", "sub": fhir_id(r), "aud": "https://fhir.sandbox.example-health.org/r4",
              "patient": fhir_id(r), "fhirUser": "Practitioner/%s" % fhir_id(r), "scope": "launch/patient patient/*.read openid fhirUser",
              "iat": 1700000000 + r.randint(0, 9999999), "exp": 1800000000}
    tok = unsigned_jwt(r, claims)
    doc = {"description": "Unsigned (alg=none) id_token fixture; the verifier must REJECT it", "id_token": tok,
           "expected": {"valid": False, "reason": "alg none not allowed"}, "launch": ruuid(r)}
    return r.choice(["tests/fixtures/unsigned_id_token.json", "spec/fixtures/jwt_alg_none.json"]), "json", json.dumps(doc, indent=2) + "\n", "unsigned_jwt_fixture"


def n_package_lock(r):
    deps = {}
    for name, ver in r.sample([("fhir-kit-client", "1.9.2"), ("twilio", "4.19.0"), ("axios", "1.6.7"), ("zod", "3.22.4"),
                               ("@daily-co/daily-js", "0.58.0"), ("opentok", "2.16.0"), ("node-hl7-client", "2.1.0")], 4):
        deps["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                        "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "license": "MIT"}
    doc = {"name": r.choice(PROJ), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "integrity_hashes"


def n_compose_refs(r):
    L = ["services:", "  api:", "    image: ghcr.io/sunrise-health/api:latest", "    env_file: .env", "    environment:",
         "      HEALTHIE_API_KEY: ${HEALTHIE_API_KEY}", "      TWILIO_ACCOUNT_SID: ${TWILIO_ACCOUNT_SID}", "      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN:?set in .env}",
         "      DAILY_API_KEY: ${DAILY_API_KEY:-}", "      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/emr", "    secrets:", "      - stedi_api_key",
         "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "", "secrets:",
         "  stedi_api_key:", "    file: ./secrets/stedi_api_key.txt", "  pg_password:", "    external: true", ""]
    return r.choice(["docker-compose.yml", "compose.yaml"]), "docker-compose", "\n".join(L), "env_references"


def n_sealed(r):
    def ct():
        return "AgB" + base64.b64encode(rbytes(r, r.choice([420, 460, 500]))).decode()
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: telehealth-integrations", "  namespace: telehealth",
         "spec:", "  encryptedData:", "    TWILIO_AUTH_TOKEN: %s" % ct(), "    ZOOM_SDK_SECRET: %s" % ct(), "  template:", "    metadata:",
         "      name: telehealth-integrations", "    type: Opaque", ""]
    return "k8s/telehealth/sealed-secret.yaml", "kubernetes", "\n".join(L), "sealed_ciphertext"


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    L = ["healthie:", "    api_key: %s" % enc(48), "stedi:", "    api_key: %s" % enc(30), "sops:", "    kms:",
         "        - arn: arn:aws:kms:us-east-1:%s:key/%s" % (rdigits(r, 12), ruuid(r)), "          created_at: \"2024-05-01T12:00:00Z\"",
         "          enc: %s" % base64.b64encode(rbytes(r, 180)).decode(), "          aws_profile: \"\"",
         "    lastmodified: \"2024-05-01T12:00:03Z\"", "    mac: %s" % enc(32).replace("type:str", "type:str"), "    version: 3.8.1", ""]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", "\n".join(L), "sops_ciphertext"


def n_tf_random(r):
    L = ['resource "random_password" "db" {', "  length  = 32", "  special = true", "}", "",
         'resource "aws_secretsmanager_secret" "stedi" {', '  name = "prod/stedi/api-key"', "}", "",
         'data "aws_secretsmanager_secret_version" "healthie" {', '  secret_id = "arn:aws:secretsmanager:us-east-1:%s:secret:prod/healthie-%s"' % (rdigits(r, 12), rs(r, 6)), "}", "",
         'resource "aws_db_instance" "emr" {', '  identifier        = "emr-prod"', '  engine            = "postgres"', '  username          = "emr_admin"',
         "  password          = random_password.db.result", "  storage_encrypted = true", "}", "",
         "locals {", '  healthie_api_key = jsondecode(data.aws_secretsmanager_secret_version.healthie.secret_string)["api_key"]', "}", ""]
    return r.choice(["infra/secrets.tf", "terraform/rds.tf"]), "terraform", "\n".join(L), "secret_manager_reference"


def n_postman_vars(r):
    coll = {"info": {"_postman_id": ruuid(r), "name": "Telehealth platform", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
            "item": [{"name": "Create Daily room", "request": {"method": "POST", "header": [{"key": "Authorization", "value": "Bearer {{dailyApiKey}}"}],
                                                                "url": {"raw": "https://api.daily.co/v1/rooms"}}},
                     {"name": "Stedi eligibility", "request": {"method": "POST", "header": [{"key": "Authorization", "value": "{{stediApiKey}}"}],
                                                               "url": {"raw": "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3"}}}],
            "variable": [{"key": "accessToken", "value": ""}, {"key": "dailyApiKey", "value": ""}, {"key": "stediApiKey", "value": ""}]}
    return "postman/telehealth.postman_collection.json", "postman", json.dumps(coll, indent=2) + "\n", "placeholder_variables"


def n_notebook_getpass(r):
    cells = [("markdown", "# RPM adherence report\n\nCredentials are prompted at runtime; never paste them into the notebook."),
             ("code", "import getpass, os\nimport pandas as pd\nWITHINGS_CLIENT_SECRET = os.environ.get(\"WITHINGS_CLIENT_SECRET\") or getpass.getpass(\"Withings secret: \")"),
             ("code", "readings = pd.read_parquet('s3://rpm-readings-prod/2024/%02d/')\nreadings['device_id'].nunique()" % r.randint(1, 12)),
             ("code", "patients = ['%s', '%s', '%s']\nreadings[readings.mrn.isin(patients)].describe()" % (mrn(r), mrn(r), mrn(r)))]
    return "notebooks/rpm_adherence.ipynb", "jupyter", notebook(cells), "runtime_prompt_env_lookup"


def n_readme_placeholders(r):
    L = ["# Telehealth API", "", "## Configuration", "", "Copy `.env.example` to `.env` and fill in:", "", "| Variable | Where to get it |", "|---|---|",
         "| `HEALTHIE_API_KEY` | Healthie > Settings > Developer |", "| `TWILIO_AUTH_TOKEN` | Twilio console |", "| `STEDI_API_KEY` | Stedi portal > API Keys |", "",
         "```bash", "curl -X POST https://staging-api.gethealthie.com/graphql \\", "  -H 'Authorization: Basic <YOUR_API_KEY>' \\", "  -H 'AuthorizationSource: API' \\",
         "  -d '{\"query\": \"{ currentUser { id } }\"}'", "```", "", "Twilio: `ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `AUTH_TOKEN=your_auth_token`.", ""]
    return "README.md", "markdown", "\n".join(L), "placeholder"


def n_rails_enc(r):
    body = base64.b64encode(rbytes(r, r.choice([300, 420, 540]))).decode()
    txt = "%s--%s--%s" % (body, base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return "config/credentials.yml.enc", "encrypted", txt, "rails_encrypted_credentials"


def n_i18n(r):
    doc = {"auth": {"password": "Password", "password_hint": "At least 12 characters", "forgot_password": "Forgot your password?",
                    "api_key_label": "API key", "api_key_help": "Paste the key from your Healthie settings", "token_expired": "Your session token has expired"},
           "visit": {"join": "Join video visit", "waiting_room": "You're in the waiting room", "confirmation": "Your confirmation code is {{code}}"},
           "es": {"password": "Contrase\u00f1a", "secret_question": "Pregunta secreta"}}
    return r.choice(["locales/en.json", "src/i18n/en-US.json"]), "json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "i18n_strings"


def n_env_example(r):
    L = ["# Copy to .env and fill in. Never commit the real .env.", "NODE_ENV=development", "PORT=3000", "HEALTHIE_API_KEY=", "HEALTHIE_API_URL=https://staging-api.gethealthie.com/graphql",
         "TWILIO_ACCOUNT_SID=", "TWILIO_AUTH_TOKEN=", "DAILY_API_KEY=<daily-api-key>", "ZOOM_SDK_KEY=", "ZOOM_SDK_SECRET=", "STEDI_API_KEY=", "DOSESPOT_CLINIC_ID=",
         "DOSESPOT_CLINIC_KEY=", "DATABASE_URL=postgresql://localhost:5432/telehealth_dev", "REDIS_URL=redis://localhost:6379/0", ""]
    return ".env.example", "dotenv", "\n".join(L), "empty_values"


def n_twilio_fixture(r):
    L = ["// Sample inbound status callback used by the webhook tests.", "export const statusCallback = {",
         "  AccountSid: 'AC%s'," % rhex(r, 32), "  MessageSid: 'SM%s'," % rhex(r, 32), "  MessagingServiceSid: 'MG%s'," % rhex(r, 32),
         "  MessageStatus: 'delivered',", "  To: '+1555%07d'," % r.randint(0, 9999999), "  From: '+1555%07d'," % r.randint(0, 9999999), "};", "",
         "export const roomEvent = {", "  RoomSid: 'RM%s'," % rhex(r, 32), "  RoomName: 'visit-%s'," % rdigits(r, 6), "  StatusCallbackEvent: 'room-ended',", "};", ""]
    return "src/__tests__/fixtures/twilio.ts", "typescript", "\n".join(L), "provider_public_ids"


def n_public_frontend(r):
    L = ["// Public, browser-safe configuration (bundled into the client).", "export const publicConfig = {",
         "  stripePublishableKey: 'pk_live_%s'," % rmix(r, 99), "  dailyDomain: 'https://%s.daily.co'," % r.choice(["sunrise-tele", "valleycare"]),
         "  sentryDsnPublic: 'https://%s@o%s.ingest.sentry.io/%s'," % (rhex(r, 32), rdigits(r, 6), rdigits(r, 7)),
         "  fhirBaseUrl: 'https://fhir.example-health.org/r4',", "  smartClientId: '%s'," % ruuid(r), "};", ""]
    return r.choice(["src/publicConfig.ts", "web/src/config.public.ts"]), "typescript", "\n".join(L), "publishable_keys_public_ids"


def n_sri_html(r):
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Video visit</title>",
         "  <script src=\"https://unpkg.com/@daily-co/daily-js@0.58.0/dist/daily-iframe.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % base64.b64encode(rbytes(r, 48)).decode(),
         "  <link rel=\"stylesheet\" href=\"/assets/app.css\" integrity=\"sha256-%s\">" % base64.b64encode(rbytes(r, 32)).decode(),
         "</head>", "<body>", "  <div id=\"call\" data-room=\"visit-%s\"></div>" % rdigits(r, 6), "</body>", "</html>", ""]
    return r.choice(["public/visit.html", "static/waiting-room.html"]), "html", "\n".join(L), "sri_hashes"


def n_docker_digest(r):
    L = ["FROM python:3.12-slim@sha256:%s AS base" % rhex(r, 64), "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --require-hashes -r requirements.txt", "COPY . .", "FROM gcr.io/distroless/python3@sha256:%s" % rhex(r, 64),
         "COPY --from=base /app /app", "ENV HEALTHIE_API_URL=https://api.gethealthie.com/graphql", 'CMD ["app/main.py"]', ""]
    return "Dockerfile", "dockerfile", "\n".join(L), "image_digests"


def n_meds_csv(r):
    rows = ["ndc,rxnorm_cui,name,strength,prescriber_npi,prescriber_dea"]
    meds = [("00093-1048-01", "860975", "metformin", "500 mg"), ("68180-0513-01", "314076", "lisinopril", "10 mg"),
            ("00378-0208-01", "197361", "amlodipine", "5 mg"), ("59762-0332-01", "617312", "atorvastatin", "20 mg"),
            ("00006-0277-31", "665033", "sitagliptin", "100 mg")]
    for ndc, cui, name, st in r.sample(meds, 4):
        rows.append("%s,%s,%s,%s,%s,%s" % (ndc, cui, name, st, npi(r), dea(r)))
    return r.choice(["seed/medications.csv", "data/formulary_sample.csv"]), "csv", "\n".join(rows) + "\n", "ndc_rxnorm_npi_dea"


def n_rpm_readings(r):
    def imei():
        b = rdigits(r, 14)
        return b + luhn_digit(b)
    readings = [{"reading_id": ruuid(r), "device": {"serial": "BP%s" % rs(r, 10, UPPER + DIG), "imei": imei(), "model": r.choice(["BPM Connect", "HN-1900", "TeleBPM"])},
                 "patient_mrn": mrn(r), "loinc": "85354-9", "systolic": r.randint(100, 160), "diastolic": r.randint(60, 100),
                 "measured_at": "2024-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
                 "checksum_sha256": rhex(r, 64)} for _ in range(r.randint(2, 3))]
    return r.choice(["tests/fixtures/rpm_readings.json", "samples/device_payload.json"]), "json", json.dumps({"readings": readings}, indent=2) + "\n", "device_ids_checksums"


def n_public_jwks(r):
    doc = {"keys": [ec_jwk(r, private=False), ec_jwk(r, private=False)]}
    return r.choice(["public/.well-known/jwks.json", "static/jwks.json"]), "json", json.dumps(doc, indent=2) + "\n", "public_jwks"


def n_public_pem(r):
    hdr, lines = public_pem(r)
    return r.choice(["keys/smart_backend_public.pem", "certs/jwt-verify.pub"]), "pem", pem_text(hdr, lines) + "\n", "public_key"


def n_redox_payload(r):
    doc = {"Meta": {"DataModel": "Scheduling", "EventType": "New", "EventDateTime": "2024-%02d-%02dT14:00:00.000Z" % (r.randint(1, 12), r.randint(1, 28)),
                    "Test": True, "Source": {"ID": ruuid(r), "Name": "Redox Dev Tools"}, "Destinations": [{"ID": ruuid(r), "Name": "Telehealth Scheduling"}],
                    "Transmission": {"ID": r.randint(10**8, 10**9)}, "FacilityCode": None},
           "Patient": {"Identifiers": [{"ID": mrn(r), "IDType": "MR"}, {"ID": rdigits(r, 9), "IDType": "EHRID"}]},
           "Visit": {"VisitNumber": rdigits(r, 10), "VisitDateTime": "2024-06-01T15:30:00.000Z", "Duration": 20,
                     "AttendingProviders": [{"ID": npi(r), "IDType": "NPI", "FirstName": "Ravi", "LastName": "Patel"}]}}
    return r.choice(["tests/fixtures/redox/scheduling_new.json", "samples/redox_scheduling.json"]), "json", json.dumps(doc, indent=2) + "\n", "message_ids_mrn_npi"


def n_reminder_templates(r):
    L = ["reminders:", "  sms_24h:", "    body: \"Hi {{first_name}}, reminder: video visit with {{provider}} tomorrow at {{time}}. Reply C to confirm.\"",
         "  sms_1h:", "    body: \"Your visit starts in 1 hour: {{join_url}}\"", "  email_confirmation:", "    subject: \"Appointment confirmed - code {{confirmation_code}}\"",
         "    example_code: %s" % rs(r, 6, UPPER + DIG), "sender:", "  from_number: \"+1555%07d\"" % r.randint(0, 9999999),
         "  messaging_service_sid: MG%s" % rhex(r, 32), ""]
    return r.choice(["config/reminders.yml", "templates/reminders.yaml"]), "yaml", "\n".join(L), "message_templates_ids"


def n_openapi(r):
    L = ["openapi: 3.0.3", "info:", "  title: Telehealth Visit API", "  version: 1.%d.0" % r.randint(0, 9), "components:", "  securitySchemes:", "    bearerAuth:",
         "      type: http", "      scheme: bearer", "      bearerFormat: JWT", "    apiKey:", "      type: apiKey", "      in: header", "      name: X-API-Key",
         "security:", "  - bearerAuth: []", "paths:", "  /visits/{visitId}:", "    get:", "      parameters:", "        - name: visitId", "          in: path",
         "          required: true", "          schema: { type: string, format: uuid }", "          example: %s" % ruuid(r), "      responses:",
         "        '200':", "          description: OK", "      x-codeSamples:", "        - lang: curl",
         "          source: \"curl -H 'Authorization: Bearer <access_token>' https://api.example-health.org/visits/%s\"" % ruuid(r), ""]
    return r.choice(["openapi.yaml", "docs/api/openapi.yml"]), "yaml", "\n".join(L), "placeholder_uuid_examples"


def n_gha_refs(r):
    L = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    permissions:", "      id-token: write",
         "    steps:", "      - uses: actions/checkout@%s" % rhex(r, 40), "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
         "          role-to-assume: arn:aws:iam::%s:role/gha-deploy" % rdigits(r, 12), "          aws-region: us-east-1", "      - run: ./deploy.sh", "        env:",
         "          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}", "          HEALTHIE_API_KEY: ${{ secrets.HEALTHIE_API_KEY }}",
         "          STEDI_API_KEY: ${{ secrets.STEDI_API_KEY }}", ""]
    return ".github/workflows/deploy.yml", "github-actions", "\n".join(L), "ci_secret_references_commit_sha"


def n_external_secret(r):
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: telehealth-vendors", "spec:", "  refreshInterval: 1h",
         "  secretStoreRef:", "    name: aws-secretsmanager", "    kind: ClusterSecretStore", "  target:", "    name: telehealth-vendors", "  data:",
         "    - secretKey: DAILY_API_KEY", "      remoteRef:", "        key: prod/daily", "        property: api_key",
         "    - secretKey: DOSESPOT_CLINIC_KEY", "      remoteRef:", "        key: prod/dosespot", "        property: clinic_key", ""]
    return "k8s/telehealth/external-secret.yaml", "kubernetes", "\n".join(L), "secret_manager_reference"


def n_ruby_factory(r):
    L = ["FactoryBot.define do", "  factory :patient do", "    mrn { \"%s\" }" % mrn(r), "    external_id { SecureRandom.uuid }",
         "    fhir_id { \"%s\" }" % fhir_id(r), "  end", "", "  factory :api_credential do", "    provider { \"healthie\" }",
         "    api_key { SecureRandom.hex(32) }", "    secret_digest { Digest::SHA256.hexdigest(\"fixture\") }", "  end", "end", ""]
    return "spec/factories/patients.rb", "ruby", "\n".join(L), "runtime_generated_values"


def n_changelog(r):
    L = ["# Changelog", ""]
    for i in range(r.randint(3, 5)):
        L += ["## 1.%d.%d" % (9 - i, r.randint(0, 9)), "- %s (%s)" % (r.choice(["Rotate Twilio credentials via secrets manager", "Add Stedi 270 retries", "Fix NPI validation",
                                                                            "Upgrade daily-js", "Move DoseSpot clinic key to Vault"]), rhex(r, 7)),
              "- Merge commit %s" % rhex(r, 40), ""]
    return "CHANGELOG.md", "markdown", "\n".join(L), "git_shas"


def n_log_masked(r):
    L = []
    for i in range(r.randint(4, 7)):
        L.append("2024-%02d-%02dT%02d:%02d:%02dZ INFO  outbound request host=%s auth=%s status=%d trace=%s" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            r.choice(["api.gethealthie.com", "healthcare.us.stedi.com", "api.daily.co"]), r.choice(["Bearer ****", "Basic [FILTERED]", "***"]),
            r.choice([200, 200, 201, 401]), rhex(r, 32)))
    return r.choice(["logs/sample-outbound.log", "docs/examples/request.log"]), "log", "\n".join(L) + "\n", "masked_values"


DOMAIN_NEG = [n_fhir_bundle, n_hl7_adt, n_hl7_oru, n_x12, n_npi_py, n_codes_ts, n_unsigned_jwt, n_package_lock, n_compose_refs, n_sealed,
              n_sops, n_tf_random, n_postman_vars, n_notebook_getpass, n_readme_placeholders, n_rails_enc, n_i18n, n_env_example,
              n_twilio_fixture, n_public_frontend, n_sri_html, n_docker_digest, n_meds_csv, n_rpm_readings, n_public_jwks, n_public_pem,
              n_redox_payload, n_reminder_templates, n_openapi, n_gha_refs, n_external_secret, n_ruby_factory, n_changelog, n_log_masked]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def neg_slot_for(r, c):
    if c.shape == "pem":
        k = r.choice(["public_key", "public_key", "env_ref", "placeholder", "vault_path"])
        if k == "public_key":
            return Slot(r, c, "lit", "", "public_key")
        if k == "env_ref":
            return Slot(r, c, "ref", None, "env_reference")
        if k == "placeholder":
            return Slot(r, c, "lit", r.choice(["<paste PEM here>", "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----", "REPLACE_WITH_KEY"]), "placeholder")
        return neg_slot(r, c, allow_ref=False) if False else Slot(r, c, "lit", "vault:secret/data/smart/backend#private_pem", "secret_manager_reference")
    if c.shape == "jwk":
        return Slot(r, c, "lit", "", "public_jwk")
    if "x12" in c.extra:
        return Slot(r, c, "lit", "", r.choice(["x12_no_security_info", "masked"]))
    if "msh8" in c.extra:
        return Slot(r, c, "lit", "", "empty_msh8")
    return neg_slot(r, c)


def weighted_list(r, n):
    total = sum(w for _, w in CATALOG)
    out = []
    for g, w in CATALOG:
        out += [g] * int(round(n * w / float(total)))
    while len(out) < n:
        out.append(r.choice(CATALOG)[0])
    out = out[:n]
    r.shuffle(out)
    return out


def pick_template(r, c, usage):
    opts = [t for t, acc in SLOT_TEMPLATES if acc(c)]
    low = min(usage.get(t.__name__, 0) for t in opts)
    cands = [t for t in opts if usage.get(t.__name__, 0) <= low + 1]
    t = r.choice(cands)
    usage[t.__name__] = usage.get(t.__name__, 0) + 1
    return t


def line_of(text, needle):
    return text[:text.index(needle)].count("\n") + 1


def build(seed):
    r = random.Random(seed)
    pos, neg = [], []
    used_p, used_n = {}, {}
    all_secrets = []
    for i, g in enumerate(weighted_list(r, N_POS)):
        ob = (i % 2 == 0)
        for attempt in range(20):
            c = make_cred(r, g)
            t = pick_template(r, c, used_p)
            path, ftype, text = t(r, c, pos_slot(r, c), ob)
            needle = None
            if c.secret in text:
                needle = c.secret
            elif b64(c.secret) in text:
                needle = b64(c.secret)
            if needle:
                break
            used_p[t.__name__] -= 1
        else:
            raise RuntimeError("could not place secret for %s" % c.provider)
        all_secrets.append(c.secret)
        pos.append({"path": path, "ftype": ftype, "text": text, "provider": c.provider, "kind": c.kind, "needle": needle,
                    "line": line_of(text, needle), "template": t.__name__, "obvious": ob})
    n_reuse = N_NEG // 2
    for i, g in enumerate(weighted_list(r, n_reuse)):
        c = make_cred(r, g)
        t = pick_template(r, c, used_n)
        s = neg_slot_for(r, c)
        path, ftype, text = t(r, c, s, i % 2 == 0)
        assert c.secret not in text
        neg.append({"path": path, "ftype": ftype, "text": text, "provider": c.provider, "kind": s.neg_kind, "template": t.__name__})
    order = []
    while len(order) < N_NEG - n_reuse:
        batch = list(DOMAIN_NEG)
        r.shuffle(batch)
        order += batch
    for f in order[:N_NEG - n_reuse]:
        path, ftype, text, kind = f(r)
        neg.append({"path": path, "ftype": ftype, "text": text, "provider": "none", "kind": kind, "template": f.__name__})
    r.shuffle(neg)
    # safety: no generated secret may leak into any negative
    for n in neg:
        for sec in all_secrets:
            if sec in n["text"]:
                raise RuntimeError("secret leaked into negative %s" % n["path"])
    return pos, neg


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_em.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    pos, neg = build(seed)
    man, secs = [], []
    for label, items, pfx in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, it in enumerate(items):
            rel = "%s/%s%04d/%s" % (label, pfx, i, it["path"])
            full = os.path.join(out, rel)
            d = os.path.dirname(full)
            if not os.path.isdir(d):
                os.makedirs(d)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(it["text"])
            man.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"], "filetype": it["ftype"]})
            if label == "pos":
                secs.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secs:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
