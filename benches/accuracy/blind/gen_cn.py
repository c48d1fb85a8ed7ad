#!/usr/bin/env python3
r"""Blind evaluation-set generator "cn" for the keyhook pre-commit secret scanner.

EMPHASIS
    Education technology and school-system integrations: LMS / LTI tools, rostering (SIS,
    OneRoster), lecture capture and plagiarism services, as committed by district IT teams and
    ed-tech vendors.  Positive kinds (21):
      ims-lti      lti11_shared_secret (LTI 1.1 consumer key + shared secret),
                   lti13_private_key_pem (tool RSA key, PKCS#8 or PKCS#1, really generated),
                   lti13_private_jwk (private RSA JWK, really generated)
      canvas       canvas_access_token, canvas_developer_key_secret
      moodle       moodle_ws_token
      blackboard   blackboard_rest_secret
      d2l          d2l_valence_app_key, d2l_oauth_client_secret
      schoology    schoology_consumer_secret
      google       google_oauth_client_secret (Classroom)
      clever       clever_district_token, clever_client_secret
      classlink    classlink_oneroster_secret
      powerschool  powerschool_plugin_client_secret
      infinite-campus infinitecampus_client_secret
      zoom         zoom_s2s_client_secret
      kaltura      kaltura_admin_secret
      panopto      panopto_api_client_secret
      turnitin     turnitin_tca_api_key
      sis-database sis_db_password (human-style passwords)
    About 60 positive templates over ~29 file types: Python (Django/Flask settings, pylti1p3
    ToolConfDict, scripts, SQLAlchemy), PHP (Moodle config.php, plugin config, PDO, Kaltura
    client, packback-style LTI registration), Ruby (initializers, config_for YAML,
    database.yml), JS/TS (ltijs, ims-lti, config modules), Java (Spring properties/yml,
    HttpClient), C#, Go, JSON/YAML/TOML/INI/HCL configs, App.config XML, .env, shell exports,
    PowerShell, docker-compose, Dockerfile, systemd units, crontab, GitHub Actions, k8s
    Secrets, Helm values, Ansible vars, Markdown runbooks, Jupyter notebooks, CSV inventories,
    SQL seeds, PEM files, JWKS files.  Half the positives (Ctx.obvious) use an obvious
    variable name; the other half use a neutral name (value, auth, opaque, link_param...) or
    put the secret in a positional argument, an Authorization header, a URL query parameter,
    a DB connection URL / connection string, or a CSV cell.

USAGE
    python3 gen_cn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all randomness
    comes from random.Random(SEED), so output is byte-identical for a given seed.  A run takes
    about 30 s (pure-Python RSA key generation for ~70 keys).

NEEDLE CONVENTIONS
    * needle = the secret half exactly as it is written in the file; the public half (client
      id, consumer key, app id, partner id, Blackboard application key) may sit next to it and
      is never the needle.
    * token kinds: the bare token/secret string, without quotes, "Bearer " or "name=".
    * sis_db_password: the password only (also when inside a URL or connection string).
    * lti13_private_key_pem: the whole PEM block from "-----BEGIN" to the closing
      "KEY-----" as written: multi-line in .pem/.py/.js/.php/.md files, each continuation line
      carrying the YAML indentation in YAML block scalars (needle starts at "-----BEGIN", the
      first line's indentation is not part of it), and the \n-escaped single-line form in
      JSON and .env files.
    * lti13_private_jwk: the value of the private exponent member "d" (base64url).
    * line = 1-based line of the first character of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by an innocent value
    (manifest kind = the filler type): placeholder (<CANVAS_API_TOKEN>, CHANGEME, xxxx...,
    your-...-here), env_reference (os.environ[...], getenv(), ENV.fetch, process.env,
    System.getenv, $env:, ${VAR}, ${{ secrets.X }}), secret_manager_ref (vault:, AWS/GCP/Azure
    secret ids, op://, ssm:), masked (****, ••••, [REDACTED], Canvas "7~****...abcd"), empty,
    template_var ({{ ... }}, #{X}#, @@X@@), doc_example (IMS LTI test-harness key/secret
    "12345"/"secret", "jisc.ac.uk"/"secret", RFC 5849 example consumer "dpf43f3p2l4k3l03"/
    "kd94hf93k423kf44", Clever "DEMO_TOKEN"), and for LTI 1.3 keys public_key (PUBLIC KEY PEM /
    public JWK in the same places) or a private-key header around a placeholder/redaction.
    The other half are domain look-alikes: LTI 1.3 platform registrations (issuer, client_id,
    deployment_id, key paths), public JWKS, public PEM, signed LTI 1.1 launch fixtures
    (oauth_nonce, oauth_signature, lis_result_sourcedid, grade-passback URLs), decoded id_token
    claims, OneRoster users/enrollments CSVs (sourcedIds), Canvas objects (uuid, lti_context_id),
    Clever / Google Classroom API fixtures, POX replaceResult XML, cartridge_basiclti_link XML,
    Canvas developer-key JSON (public_jwk), PowerSchool plugin.xml, Moodle settings.php and
    language strings, i18n YAML/JSON, OIDC state/nonce test values, package-lock integrity,
    pip --hash pins, image digests and Docker secret-file references, commit SHAs, lecture
    capture ids (Zoom meeting, Kaltura partner/entry, Panopto folder), .env templates,
    Terraform Secrets Manager data sources, GitHub secrets references, masked setup guides,
    SHA-256-pseudonymised notebooks, SOPS and ansible-vault ciphertext, Spring @Value / Rails
    credentials / ltijs process.env references, the RFC 5849 signature test vector, redacted
    HTTP logs.

DOUBTS
    Formats written from memory (not confirmed in provider documentation during this session):
    * Canvas access token "<shard>~<64 alnum>": the "~" shard prefix is certain, the exact
      length of the random part (64) and the shard numbers used are from memory.
    * Canvas developer-key secret: 64 alnum; client id = shard*10^13 + id (e.g. 10000000000123).
    * Blackboard Learn REST: application key = UUID, secret = 32 alnum (from memory).
    * D2L Valence app id/key 22 chars base64url (a sample config in an SDK README matched);
      D2L OAuth2 client secret as 43-char base64url is a guess.
    * Schoology consumer key 41 hex / consumer secret 32 hex: from memory, unsure.
    * Clever district-app token and client secret as 40 lowercase hex; Clever's docs show a
      hex token example, but its exact length (39 vs 40) was not verified; client id 20 hex.
    * ClassLink OneRoster client id/secret as 24 hex: a guess.
    * PowerSchool plugin client id and secret as UUIDs: from memory.
    * Infinite Campus OneRoster key 24 / secret 32 alnum: a guess.
    * Zoom S2S client id 22 chars, secret 32 alnum: from memory.
    * Kaltura admin secret 32 hex: from memory (docs only say "Administrator Secret").
    * Panopto API client secret as base64 of 32 bytes (44 chars): a guess.
    * Turnitin TCA API key as 40 hex: a guess.
    * Google client secret "GOCSPX-" + 28 chars [A-Za-z0-9_-]: from memory.
    * LTI 1.1 shared secrets have no fixed format; generated as 32 hex / 24-40 alnum /
      base64url-32 / 20 chars.
    Labels a reviewer might dispute:
    * doc_example negatives: "secret" (IMS LTI test harness) and the RFC 5849 example
      secret in a real-looking config file; a strict reviewer could still ask for them to be
      removed.  Clever "DEMO_TOKEN" is the public sandbox token.
    * masked negatives keep the last 4 characters of a fake value ("...abcd").
    * the pem "masked"/"placeholder" negatives keep a real "BEGIN PRIVATE KEY" header around
      non-key text.
    * Public JWKs / public PEMs in negatives use a random odd 2048-bit "modulus" (not a real
      product of two primes); they are still public-key material only.
    * lis_result_sourcedid, oauth_signature, oauth_nonce, Canvas uuid and lti_context_id are
      opaque but not credentials; SOPS/ansible-vault blobs are ciphertext.
    * A positive under an "innocent" name that holds a UUID (PowerSchool secret) may look like
      an id to some reviewers; it is a secret by provider design.

SEARCHES
    docs/pages corpora: Canvas token format and developer keys (Instructure API docs: OAuth2
    endpoints, developer key global id 10000000000003 example); Moodle web-service tokens
    (MoodleRest README shows a 32-hex token); Google OAuth client secret pages (no format stated);
    PowerSchool plugin client id/secret (PyPI pypowerschool, vendor READMEs); Clever API
    overview (district-app token example, DEMO_TOKEN in a gist); Kaltura admin secret / session
    start docs; D2L Valence app id/key (valence SDK README sample); Zoom S2S OAuth credentials
    docs.  No secret-scanner rule code, regexes or detector pages were shown by any search.
"""

import base64
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rs_mixed(r, n, alphabet=ALNUM):
    """random string that surely mixes upper, lower and digits (real tokens do)."""
    while True:
        s = rs(r, n, alphabet)
        if (any(c.isupper() for c in s) and any(c.islower() for c in s)
                and any(c.isdigit() for c in s)):
            return s


def uuid4(r):
    h = [r.choice(HEX) for _ in range(32)]
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def int_to_bytes(i):
    return i.to_bytes((i.bit_length() + 7) // 8 or 1, "big")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------------------
# RSA key material (pure python, deterministic from the rng)
# ---------------------------------------------------------------------------
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, r, rounds=24):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
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


def gen_prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % 65537 == 1:
            continue
        if is_probable_prime(c, r):
            return c


def gen_rsa(r, bits=2048):
    e = 65537
    while True:
        p = gen_prime(r, bits // 2)
        q = gen_prime(r, bits // 2)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q,
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = int_to_bytes(n)
    return bytes([0x80 | len(b)]) + b


def der_int(i):
    b = int_to_bytes(i)
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + der_len(len(b)) + b


def der_seq(*items):
    body = b"".join(items)
    return b"\x30" + der_len(len(body)) + body


RSA_ALG = der_seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", b"\x05\x00")


def pkcs1_der(k):
    return der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]),
                   der_int(k["p"]), der_int(k["q"]), der_int(k["dp"]), der_int(k["dq"]),
                   der_int(k["qi"]))


def pkcs8_der(k):
    inner = pkcs1_der(k)
    return der_seq(der_int(0), RSA_ALG, b"\x04" + der_len(len(inner)) + inner)


def spki_der(n, e=65537):
    inner = der_seq(der_int(n), der_int(e))
    bit = b"\x00" + inner
    return der_seq(RSA_ALG, b"\x03" + der_len(len(bit)) + bit)


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def private_pem(r, k):
    if r.random() < 0.6:
        return pem("PRIVATE KEY", pkcs8_der(k))
    return pem("RSA PRIVATE KEY", pkcs1_der(k))


def fake_modulus(r, bits=2048):
    """A public modulus look-alike (odd, full length). Only ever published as PUBLIC key."""
    return r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1


def public_pem(r, n=None):
    n = n or fake_modulus(r)
    return pem("PUBLIC KEY", spki_der(n))


def jwk_private(k, kid):
    d = {"kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid}
    for f in ("n", "e", "d", "p", "q", "dp", "dq", "qi"):
        d[f] = b64u(int_to_bytes(k[f]))
    return d


def jwk_public(r, kid, n=None):
    n = n or fake_modulus(r)
    return {"kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid,
            "n": b64u(int_to_bytes(n)), "e": "AQAB"}


# ---------------------------------------------------------------------------
# names, places
# ---------------------------------------------------------------------------
DISTRICTS = ["westfield", "maplecreek", "riverside", "northvalley", "cedarpark", "lakeshore",
             "pinecrest", "brookhaven", "eastwood", "granitefalls", "oakridge", "sunvalley",
             "harborview", "millbrook", "stonebridge", "clearwater", "redhill", "fairmont"]
COLLEGES = ["stmarys", "hillcrest", "northbay", "eastlake", "wescott", "bellmont", "ashford",
            "kingsbury", "lindenwood", "carverstate"]
STATES = ["ca", "tx", "ny", "wa", "oh", "mi", "nc", "ga", "az", "co", "or", "mn", "il", "pa"]
PEOPLE = ["j.ramirez", "m.okafor", "s.chen", "a.kowalski", "d.patel", "l.nguyen", "r.haddad",
          "k.johansson", "t.obrien", "e.silva", "p.murphy", "h.tanaka"]
FIRST = ["Ava", "Liam", "Noah", "Mia", "Sofia", "Ethan", "Amara", "Diego", "Chloe", "Kenji",
         "Priya", "Mateo", "Zoe", "Omar", "Lucia", "Finn", "Aisha", "Leo", "Nora", "Ravi"]
LAST = ["Garcia", "Smith", "Nguyen", "Johnson", "Patel", "Brown", "Kim", "Lopez", "Okoye",
        "Martin", "Rossi", "Haddad", "Novak", "Baker", "Silva", "Chen", "Ward", "Diaz"]
COURSES = ["ALG1", "BIO2", "CHEM1", "ENG10", "HIST-US", "GEOM", "PHYS1", "SPAN2", "CSP", "ART1",
           "APUSH", "ECON", "PSYCH101", "MATH7", "SCI6", "ELA8"]
WORDS = ["falcon", "maple", "harbor", "cobalt", "meadow", "granite", "lantern", "orchid", "summit",
         "willow", "copper", "juniper", "thunder", "pebble", "saffron", "tundra", "violet",
         "walnut", "zephyr", "bluejay", "canyon", "ember", "glacier", "hazel", "indigo", "kestrel",
         "mustang", "nectar", "otter", "prairie", "quartz", "raven", "sparrow", "timber", "falcons",
         "wildcats", "panthers", "eagles", "tigers", "mascot", "library", "gradebook", "roster"]


def split_words(words):
    return [w for w in words if w]


def style_name(words, style):
    words = split_words(words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    return "_".join(words)


NEUTRAL_NAMES = [["value"], ["auth"], ["lms", "value"], ["integration", "param"], ["sync", "ref"],
                 ["conn", "arg"], ["primary"], ["blob"], ["upstream"], ["k1"], ["opaque"],
                 ["remote", "cfg"], ["handle"], ["bootstrap", "value"], ["vendor", "string"],
                 ["link", "param"], ["extra"], ["p2"], ["hook", "value"], ["material"]]


def gen_password(r):
    pat = r.randrange(6)
    w1, w2, w3 = pick(r, WORDS), pick(r, WORDS), pick(r, WORDS)
    sym = pick(r, "!*-_.+")
    if pat == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), r.randrange(10, 9999), sym)
    if pat == 1:
        return "%s-%s-%s-%d" % (w1, w2.capitalize(), w3, r.randrange(10, 99))
    if pat == 2:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return "%s%s%s%d" % (leet.capitalize(), sym, w2, r.randrange(100, 999))
    if pat == 3:
        return rs_mixed(r, r.randrange(14, 22), ALNUM + "!*-_.+")
    if pat == 4:
        return "%s%d%s%s%s" % (w1.upper()[:1] + w1[1:], r.randrange(2014, 2026), sym,
                               w2.capitalize(), pick(r, "!*+"))
    return "%s.%s.%s%d%s" % (w1.capitalize(), w2, w3.capitalize(), r.randrange(1, 99), sym)


# ---------------------------------------------------------------------------
# credential kinds
# ---------------------------------------------------------------------------
CANVAS_SHARDS = ["1", "2", "7", "10", "11", "13", "14", "17", "18", "20", "21", "24", "1876"]


def g_canvas_token(r):
    return "%s~%s" % (pick(r, CANVAS_SHARDS), rs_mixed(r, 64))


def g_canvas_client_id(r):
    return "%d%013d" % (r.choice([1, 1, 1, 7, 10, 17]), r.randrange(1, 9000))


def g_google_secret(r):
    return "GOCSPX-" + rs_mixed(r, 28, ALNUM + "-_")


def g_google_client_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12),
                                                 rs(r, 32, LOWER_ALNUM))


def g_hex(n):
    def f(r):
        while True:
            s = rs(r, n, HEX)
            if sum(c.isdigit() for c in s) not in (0, n):
                return s
    return f


def g_alnum(n, alphabet=ALNUM):
    return lambda r: rs_mixed(r, n, alphabet)


def g_lti11_secret(r):
    style = r.randrange(4)
    if style == 0:
        return rs(r, 32, HEX)
    if style == 1:
        return rs_mixed(r, r.choice([24, 32, 40]))
    if style == 2:
        return b64u(rbytes(r, 32))
    return rs_mixed(r, 20, ALNUM + "-_")


def g_lti11_key(r):
    return pick(r, ["", "lti-", "tool_", ""]) + pick(
        r, ["%s.%s.k12.%s.us" % (pick(r, DISTRICTS), "schools", pick(r, STATES)),
            "%s-%s" % (pick(r, ["turnitin", "h5p", "edpuzzle", "padlet", "gradescope", "mathworld",
                                "readtheory", "labsim", "vidgrid"]), pick(r, DISTRICTS)),
            "consumer-%d" % r.randrange(100, 9999), rs(r, 12, LOWER_ALNUM)])


def g_d2l_app_key(r):
    return rs_mixed(r, 22, B64URL)


def g_panopto_secret(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_clever_client_id(r):
    return rs(r, 20, HEX)


def g_zoom_id(r):
    return rs_mixed(r, 22, ALNUM + "_")


def g_kaltura_partner(r):
    return str(r.randrange(1000000, 5999999))


def g_bb_key(r):
    return uuid4(r)


def g_schoology_key(r):
    return rs(r, 41, HEX)


KINDS = [
    dict(key="lti11", provider="ims-lti", kind="lti11_shared_secret", cls="token", w=30,
         gen=g_lti11_secret, idgen=g_lti11_key,
         names=[["lti", "shared", "secret"], ["consumer", "secret"], ["lti", "secret"],
                ["oauth", "consumer", "secret"], ["lti", "consumer", "secret"]],
         id_names=[["lti", "consumer", "key"], ["consumer", "key"], ["oauth", "consumer", "key"]],
         env="LTI_CONSUMER_SECRET", host="lms", url_param="oauth_consumer_secret", header=None,
         label="LTI 1.1 shared secret"),
    dict(key="lti13_pem", provider="ims-lti", kind="lti13_private_key_pem", cls="pem", w=40,
         names=[["lti", "private", "key"], ["tool", "private", "key"], ["private", "key"],
                ["lti13", "signing", "key"]],
         id_names=[["lti", "client", "id"], ["client", "id"]],
         env="LTI_PRIVATE_KEY", host="lms", label="LTI 1.3 tool private key"),
    dict(key="lti13_jwk", provider="ims-lti", kind="lti13_private_jwk", cls="jwk", w=26,
         names=[["tool", "jwk"], ["private", "jwk"], ["signing", "jwk"]],
         id_names=[["client", "id"]], env="LTI_PRIVATE_JWK", host="lms",
         label="LTI 1.3 private JWK"),
    dict(key="canvas_token", provider="canvas", kind="canvas_access_token", cls="token", w=30,
         gen=g_canvas_token, idgen=None,
         names=[["canvas", "api", "token"], ["canvas", "access", "token"], ["canvas", "token"],
                ["instructure", "token"]],
         id_names=[], env="CANVAS_API_TOKEN", host="canvas", url_param="access_token",
         header="Bearer", label="Canvas access token"),
    dict(key="canvas_devkey", provider="canvas", kind="canvas_developer_key_secret", cls="token",
         w=22, gen=g_alnum(64), idgen=g_canvas_client_id,
         names=[["canvas", "client", "secret"], ["developer", "key", "secret"],
                ["canvas", "oauth", "secret"]],
         id_names=[["canvas", "client", "id"], ["developer", "key", "id"]],
         env="CANVAS_CLIENT_SECRET", host="canvas", url_param="client_secret", header=None,
         label="Canvas developer key secret"),
    dict(key="moodle", provider="moodle", kind="moodle_ws_token", cls="token", w=30,
         gen=g_hex(32), idgen=None,
         names=[["moodle", "token"], ["moodle", "ws", "token"], ["wstoken"],
                ["moodle", "webservice", "token"]],
         id_names=[], env="MOODLE_WS_TOKEN", host="moodle", url_param="wstoken", header=None,
         label="Moodle web service token"),
    dict(key="blackboard", provider="blackboard", kind="blackboard_rest_secret", cls="token",
         w=20, gen=g_alnum(32), idgen=g_bb_key,
         names=[["bb", "app", "secret"], ["blackboard", "secret"], ["learn", "rest", "secret"]],
         id_names=[["bb", "app", "key"], ["blackboard", "key"], ["learn", "app", "key"]],
         env="BB_APP_SECRET", host="blackboard", url_param=None, header=None,
         label="Blackboard Learn REST application secret"),
    dict(key="d2l_valence", provider="d2l", kind="d2l_valence_app_key", cls="token", w=18,
         gen=g_d2l_app_key, idgen=g_d2l_app_key,
         names=[["d2l", "app", "key"], ["valence", "app", "key"], ["brightspace", "app", "key"]],
         id_names=[["d2l", "app", "id"], ["valence", "app", "id"]],
         env="D2L_APP_KEY", host="d2l", url_param=None, header=None,
         label="D2L Valence application key"),
    dict(key="d2l_oauth", provider="d2l", kind="d2l_oauth_client_secret", cls="token", w=14,
         gen=lambda r: b64u(rbytes(r, 32)), idgen=uuid4,
         names=[["d2l", "client", "secret"], ["brightspace", "client", "secret"]],
         id_names=[["d2l", "client", "id"], ["brightspace", "client", "id"]],
         env="D2L_CLIENT_SECRET", host="d2l", url_param="client_secret", header=None,
         label="D2L Brightspace OAuth2 client secret"),
    dict(key="schoology", provider="schoology", kind="schoology_consumer_secret", cls="token",
         w=20, gen=g_hex(32), idgen=g_schoology_key,
         names=[["schoology", "consumer", "secret"], ["schoology", "secret"]],
         id_names=[["schoology", "consumer", "key"], ["schoology", "key"]],
         env="SCHOOLOGY_CONSUMER_SECRET", host="schoology", url_param=None, header=None,
         label="Schoology API consumer secret"),
    dict(key="google", provider="google", kind="google_oauth_client_secret", cls="token", w=26,
         gen=g_google_secret, idgen=g_google_client_id,
         names=[["google", "client", "secret"], ["classroom", "client", "secret"],
                ["gclassroom", "oauth", "secret"]],
         id_names=[["google", "client", "id"], ["classroom", "client", "id"]],
         env="GOOGLE_CLIENT_SECRET", host="google", url_param="client_secret", header=None,
         label="Google OAuth client secret"),
    dict(key="clever_token", provider="clever", kind="clever_district_token", cls="token", w=24,
         gen=g_hex(40), idgen=None,
         names=[["clever", "district", "token"], ["clever", "token"], ["clever", "api", "token"]],
         id_names=[], env="CLEVER_DISTRICT_TOKEN", host="clever", url_param=None,
         header="Bearer", label="Clever district-app bearer token"),
    dict(key="clever_secret", provider="clever", kind="clever_client_secret", cls="token", w=14,
         gen=g_hex(40), idgen=g_clever_client_id,
         names=[["clever", "client", "secret"], ["clever", "oauth", "secret"]],
         id_names=[["clever", "client", "id"]], env="CLEVER_CLIENT_SECRET", host="clever",
         url_param=None, header=None, label="Clever OAuth client secret"),
    dict(key="classlink", provider="classlink", kind="classlink_oneroster_secret", cls="token",
         w=18, gen=g_hex(24), idgen=g_hex(24),
         names=[["classlink", "client", "secret"], ["oneroster", "secret"],
                ["roster", "server", "secret"]],
         id_names=[["classlink", "client", "id"], ["oneroster", "key"]],
         env="CLASSLINK_CLIENT_SECRET", host="classlink", url_param=None, header=None,
         label="ClassLink OneRoster client secret"),
    dict(key="powerschool", provider="powerschool", kind="powerschool_plugin_client_secret",
         cls="token", w=20, gen=uuid4, idgen=uuid4,
         names=[["powerschool", "client", "secret"], ["ps", "client", "secret"],
                ["ps", "plugin", "secret"]],
         id_names=[["powerschool", "client", "id"], ["ps", "client", "id"]],
         env="PS_CLIENT_SECRET", host="powerschool", url_param=None, header=None,
         label="PowerSchool plugin client secret"),
    dict(key="infinitecampus", provider="infinite-campus", kind="infinitecampus_client_secret",
         cls="token", w=16, gen=g_alnum(32), idgen=g_alnum(24),
         names=[["campus", "client", "secret"], ["ic", "oneroster", "secret"],
                ["infinite", "campus", "secret"]],
         id_names=[["campus", "client", "key"], ["ic", "oneroster", "key"]],
         env="IC_CLIENT_SECRET", host="infinitecampus", url_param=None, header=None,
         label="Infinite Campus OneRoster client secret"),
    dict(key="zoom", provider="zoom", kind="zoom_s2s_client_secret", cls="token", w=20,
         gen=g_alnum(32), idgen=g_zoom_id,
         names=[["zoom", "client", "secret"], ["zoom", "s2s", "secret"]],
         id_names=[["zoom", "client", "id"]], env="ZOOM_CLIENT_SECRET", host="zoom",
         url_param=None, header=None, label="Zoom server-to-server OAuth client secret"),
    dict(key="kaltura", provider="kaltura", kind="kaltura_admin_secret", cls="token", w=20,
         gen=g_hex(32), idgen=g_kaltura_partner,
         names=[["kaltura", "admin", "secret"], ["kaltura", "secret"], ["kmc", "admin", "secret"]],
         id_names=[["kaltura", "partner", "id"], ["partner", "id"]], env="KALTURA_ADMIN_SECRET",
         host="kaltura", url_param="secret", header=None, label="Kaltura administrator secret"),
    dict(key="panopto", provider="panopto", kind="panopto_api_client_secret", cls="token", w=16,
         gen=g_panopto_secret, idgen=uuid4,
         names=[["panopto", "client", "secret"], ["panopto", "api", "secret"]],
         id_names=[["panopto", "client", "id"]], env="PANOPTO_CLIENT_SECRET", host="panopto",
         url_param=None, header=None, label="Panopto API client secret"),
    dict(key="turnitin", provider="turnitin", kind="turnitin_tca_api_key", cls="token", w=16,
         gen=lambda r: uuid4(r).replace("-", "") + rs(r, 8, HEX), idgen=None,
         names=[["turnitin", "api", "key"], ["tca", "api", "key"], ["tii", "key"]],
         id_names=[], env="TURNITIN_API_KEY", host="turnitin", url_param=None,
         header="Bearer", label="Turnitin Core API key"),
    dict(key="sisdb", provider="sis-database", kind="sis_db_password", cls="password", w=40,
         gen=gen_password, idgen=None,
         names=[["db", "password"], ["sis", "db", "password"], ["database", "password"],
                ["db", "pass"], ["sql", "password"]],
         id_names=[["db", "user"]], env="SIS_DB_PASSWORD", host="sisdb", url_param=None,
         header=None, label="SIS database password"),
]
KIND_BY_KEY = {k["key"]: k for k in KINDS}


def host_for(r, K, district, st=None):
    h = K["host"]
    st = st or pick(r, STATES)
    col = pick(r, COLLEGES)
    if h == "canvas":
        return pick(r, ["%s.instructure.com" % district, "canvas.%s.k12.%s.us" % (district, st),
                        "%s.test.instructure.com" % district, "lms.%s.edu" % col])
    if h == "moodle":
        return pick(r, ["moodle.%s.k12.%s.us" % (district, st), "learn.%s.edu" % col,
                        "moodle.%s.edu" % col, "elearning.%sschools.org" % district])
    if h == "blackboard":
        return pick(r, ["%s.blackboard.com" % col, "learn.%s.edu" % col,
                        "bb-test.%s.edu" % col])
    if h == "d2l":
        return pick(r, ["%s.brightspace.com" % col, "%s.desire2learn.com" % district,
                        "d2l.%s.edu" % col])
    if h == "schoology":
        return "api.schoology.com"
    if h == "google":
        return "classroom.googleapis.com"
    if h == "clever":
        return "api.clever.com"
    if h == "classlink":
        return "%s-%s-v2.oneroster.com" % (district, pick(r, ["ca", "tx", "ny", "va"]))
    if h == "powerschool":
        return pick(r, ["%s.powerschool.com" % district, "ps.%s.k12.%s.us" % (district, st),
                        "sis.%sschools.org" % district])
    if h == "infinitecampus":
        return "%s.infinitecampus.org" % pick(r, ["%sk12" % st, "campus" + st, district])
    if h == "zoom":
        return "api.zoom.us"
    if h == "kaltura":
        return pick(r, ["www.kaltura.com", "mediaspace.%s.edu" % col])
    if h == "panopto":
        return "%s.hosted.panopto.com" % pick(r, [col, district])
    if h == "turnitin":
        return "%s.turnitin.com" % pick(r, [col, district])
    if h == "sisdb":
        return pick(r, ["sisdb01.%s.local" % district, "10.%d.%d.%d" % (
            r.randrange(1, 250), r.randrange(0, 250), r.randrange(2, 250)),
            "sis-replica.%s.k12.%s.us" % (district, st), "db", "postgres",
            "sql-ps.%s.internal" % district])
    return "lms.%s.edu" % col


# ---------------------------------------------------------------------------
# per-file context: knows the secret slot (positive) or its innocent filler (negative)
# ---------------------------------------------------------------------------
SECRET_MANAGER_REFS = [
    "vault:secret/data/edtech/{k}#value",
    "arn:aws:secretsmanager:us-east-1:{acct}:secret:lms/{k}-{sfx}",
    "op://IT-Integrations/{K}/credential",
    "projects/{d}-lms/secrets/{k}/versions/latest",
    "azurekeyvault://kv-{d}-edtech/secrets/{k}",
    "ssm:/edtech/{d}/{k}",
    "sm://{k}",
]
PLACEHOLDERS = [
    "<{E}>", "your-{k}-here", "CHANGEME", "REPLACE_WITH_{E}", "<paste {label} here>",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "YOUR_{E}", "<{k}>", "__{E}__",
    "set-me-in-the-vault", "PLACEHOLDER",
]
TEMPLATE_VARS = ["{{{{ {s} }}}}", "{{{{ .Values.{c} }}}}", "#{{{E}}}#", "@@{E}@@", "%{E}%",
                 "${{{E}}}"]
DOC_EXAMPLES = {
    # LTI 1.1 / OAuth 1.0 documentation values (IMS test harness, RFC 5849 section 1.2)
    "lti11": [("12345", "secret"), ("jisc.ac.uk", "secret"),
              ("dpf43f3p2l4k3l03", "kd94hf93k423kf44")],
    "clever_token": [(None, "DEMO_TOKEN")],
}

QUOTE_LANGS = {"py": "\"'", "php": "'\"", "rb": "'\"", "js": "'\"`", "ts": "'\"", "java": "\"",
               "yaml": " '\"", "env": " \"'", "sh": "'\"", "ps1": "'\"", "toml": "\"'",
               "json": "\"", "xml": "\"", "hcl": "\"", "sql": "'", "ini": " ", "properties": " ",
               "md": " ", "csv": " ", "cs": "\"", "go": "\"`", "systemd": " ", "docker": " "}


class Ctx:
    def __init__(self, r, K, neg_mode=None):
        self.r = r
        self.K = K
        self.neg = neg_mode
        self.district = pick(r, DISTRICTS)
        self.college = pick(r, COLLEGES)
        self.state = pick(r, STATES)
        self.host = host_for(r, K, self.district, self.state)
        self.obvious = r.random() < 0.5
        self.name_words = pick(r, K["names"]) if self.obvious else pick(r, NEUTRAL_NAMES)
        self.obv_words = pick(r, K["names"])
        self.id_words = pick(r, K["id_names"]) if K["id_names"] else None
        self.pub_id = K["idgen"](r) if K.get("idgen") else None
        self.secret = None
        self.doc = None
        self._q = {}
        if neg_mode is None:
            if K["cls"] in ("token", "password"):
                self.secret = K["gen"](r)
        elif neg_mode == "doc_example":
            self.doc = pick(r, DOC_EXAMPLES[K["key"]])
            if self.doc[0] is not None:
                self.pub_id = self.doc[0]
        self.envname = K["env"] if r.random() < 0.7 else style_name(self.obv_words, "screaming")
        self.fill = self._make_fill()

    # -- names ---------------------------------------------------------------
    def name(self, style):
        return style_name(self.name_words, style)

    def oname(self, style):
        return style_name(self.obv_words, style)

    def idname(self, style):
        return style_name(self.id_words or ["client", "id"], style)

    # -- innocent filler (negatives) -----------------------------------------
    def _make_fill(self):
        r, K = self.r, self.K
        k = style_name(self.obv_words, "kebab")
        E = self.envname
        if self.neg is None:
            return None
        if self.neg == "placeholder":
            return pick(r, PLACEHOLDERS).format(E=E, k=k, label=K["label"].lower())
        if self.neg == "secret_manager_ref":
            return pick(r, SECRET_MANAGER_REFS).format(
                k=k, K=K["label"], d=self.district, acct=r.randrange(10 ** 11, 10 ** 12),
                sfx=rs(r, 6))
        if self.neg == "masked":
            s = K["gen"](r) if K["cls"] in ("token", "password") else "x" * 32
            keep = r.choice([0, 4])
            m = r.choice(["*", "•", "x", "X"])
            if K["key"] == "canvas_token" and r.random() < 0.5:
                pre = s.split("~")[0] + "~"
                return pre + m * 12 + (rs(r, keep) if keep else "")
            out = m * r.choice([8, 12, 16, len(s)])
            if keep:
                out = out + rs(r, 4, HEX)
            return out if r.random() < 0.7 else pick(r, ["[REDACTED]", "<redacted>", "[FILTERED]",
                                                         "***hidden***", "(masked)"])
        if self.neg == "template_var":
            return pick(r, TEMPLATE_VARS).format(s=style_name(self.obv_words, "snake"),
                                                 c=style_name(self.obv_words, "camel"), E=E)
        if self.neg == "empty":
            return ""
        if self.neg == "doc_example":
            return self.doc[1]
        if self.neg == "env_reference":
            return "${%s}" % E
        return "CHANGEME"

    # -- rendering -----------------------------------------------------------
    def qchar(self, lang):
        if lang not in self._q:
            self._q[lang] = self.r.choice(QUOTE_LANGS.get(lang, "\""))
        return self._q[lang]

    def lit(self, lang, s, quote=None):
        q = quote if quote is not None else self.qchar(lang)
        if q == " ":
            if lang == "yaml" and (s == "" or not s[0].isalnum() or ": " in s or " #" in s):
                return "'" + s + "'" if s else '""'
            return s
        return q + s + q

    def env_expr(self, lang):
        E, r = self.envname, self.r
        if lang == "py":
            return pick(r, ['os.environ["%s"]' % E, 'os.getenv("%s")' % E,
                            "os.environ.get('%s', '')" % E, 'env("%s")' % E])
        if lang == "php":
            return pick(r, ["getenv('%s')" % E, "$_ENV['%s']" % E, "env('%s')" % E])
        if lang == "rb":
            return pick(r, ["ENV['%s']" % E, "ENV.fetch('%s')" % E,
                            "Rails.application.credentials.dig(:%s)" % style_name(
                                self.obv_words, "snake")])
        if lang in ("js", "ts"):
            return pick(r, ["process.env.%s" % E, "process.env['%s']" % E])
        if lang == "java":
            return 'System.getenv("%s")' % E
        if lang == "cs":
            return 'Environment.GetEnvironmentVariable("%s")' % E
        if lang == "go":
            return 'os.Getenv("%s")' % E
        if lang == "ps1":
            return "$env:%s" % E
        if lang == "sh":
            return pick(r, ['"${%s}"' % E, '"$(vault kv get -field=value secret/edtech/%s)"' %
                            style_name(self.obv_words, "kebab"), '"$%s"' % E])
        if lang == "hcl":
            return "var.%s" % style_name(self.obv_words, "snake")
        if lang in ("yaml", "docker"):
            return pick(r, ["${%s}" % E, "${{ secrets.%s }}" % E]) if lang == "yaml" else "${%s}" % E
        if lang in ("json", "toml", "xml"):
            return self.lit(lang, "${%s}" % E)
        return "${%s}" % E

    def val(self, lang, quote=None):
        """the expression standing in the secret slot"""
        if self.neg is None:
            return self.lit(lang, self.secret, quote)
        if self.neg == "env_reference":
            return self.env_expr(lang)
        if self.neg == "template_var" and lang in ("yaml", "ini", "properties", "env", "docker") \
                and quote is None and self.fill.startswith("{"):
            return self.lit(lang, self.fill, "\"")
        if lang == "yaml" and quote is None and self.fill and self.fill[0] in "<*[{%@#&!|>":
            return self.lit(lang, self.fill, "'")
        return self.lit(lang, self.fill, quote)

    def raw(self, where="text"):
        """the secret (or filler) embedded in a URL, header, shell line or prose"""
        if self.neg is None:
            return self.secret
        if self.neg in ("env_reference", "empty"):
            if where in ("shell", "url", "header"):
                return "${%s}" % self.envname if self.r.random() < 0.6 else "$%s" % self.envname
            return "<%s>" % self.envname
        if self.neg == "template_var":
            return self.fill
        return self.fill or "<%s>" % self.envname

    def idval(self, lang, quote=None):
        return self.lit(lang, self.pub_id or "", quote)

    # -- misc realistic bits ---------------------------------------------------
    def comment_line(self, lead="#"):
        r = self.r
        return lead + " " + pick(r, [
            "rotated by %s during summer rollover" % pick(r, PEOPLE),
            "ticket EDT-%d" % r.randrange(100, 4999),
            "TODO: move to vault before go-live",
            "do not change without telling the help desk",
            "values for the %s-%d school year" % (r.randrange(2021, 2026), r.randrange(22, 27)),
            "see notes/runbook.md for the rollover steps",
            "prod tenant, not the sandbox",
            "requested by %s (district IT)" % pick(r, PEOPLE),
            "integration owner: %s@%s.k12.%s.us" % (pick(r, PEOPLE), self.district, self.state),
            "leave the trailing slash off the base url",
        ])

    def other_settings(self, n):
        r = self.r
        pool = [
            ("timezone", pick(r, ["America/Chicago", "America/New_York", "America/Denver",
                                  "America/Los_Angeles"])),
            ("page_size", str(pick(r, [50, 100, 200, 500]))),
            ("school_year", pick(r, ["2024-25", "2025-26", "2023-24"])),
            ("log_level", pick(r, ["INFO", "DEBUG", "WARNING"])),
            ("term_id", str(r.randrange(2400, 3600))),
            ("sync_interval_minutes", str(pick(r, [15, 30, 60, 240]))),
            ("default_role", pick(r, ["Learner", "Instructor", "student", "teacher"])),
            ("grade_levels", pick(r, ["K-5", "6-8", "9-12", "K-12"])),
            ("request_timeout", str(pick(r, [10, 20, 30, 60]))),
            ("max_retries", str(pick(r, [3, 5]))),
            ("support_email", "helpdesk@%s.k12.%s.us" % (self.district, self.state)),
            ("school_code", str(r.randrange(100, 999))),
            ("account_id", str(r.randrange(1, 400))),
            ("dry_run", pick(r, ["false", "true"])),
        ]
        r.shuffle(pool)
        return pool[:n]


# ---------------------------------------------------------------------------
# generic templates (any token or password kind).  Each returns (relpath, filetype, text).
# ---------------------------------------------------------------------------
def base_url(c):
    h = c.host
    if c.K["host"] == "sisdb":
        return "https://sis.%s.k12.%s.us" % (c.district, c.state)
    return "https://" + h


def client_class(c):
    return {"ims-lti": "LtiConsumer", "canvas": "CanvasClient", "moodle": "MoodleRest",
            "blackboard": "LearnRestClient", "d2l": "BrightspaceClient",
            "schoology": "SchoologyApi", "google": "ClassroomSync", "clever": "CleverClient",
            "classlink": "OneRosterClient", "powerschool": "PowerSchoolClient",
            "infinite-campus": "CampusOneRoster", "zoom": "ZoomS2S", "kaltura": "KalturaSession",
            "panopto": "PanoptoAuth", "turnitin": "TcaClient",
            "sis-database": "SisDatabase"}[c.K["provider"]]


def prov_word(c):
    return {"ims-lti": "lti", "sis-database": "sis", "infinite-campus": "campus"}.get(
        c.K["provider"], c.K["provider"])


API_PATHS = {
    "canvas": ["/api/v1/accounts/1/users", "/api/v1/courses", "/api/v1/users/self"],
    "moodle": ["/webservice/rest/server.php"], "clever": ["/v3.0/users", "/v3.0/sections", "/v3.0/districts"],
    "turnitin": ["/api/v1/submissions", "/api/v1/features-enabled"], "kaltura": ["/api_v3/service/session/action/start"],
    "blackboard": ["/learn/api/public/v1/courses"], "d2l": ["/d2l/api/lp/1.43/users/"],
    "schoology": ["/v1/users", "/v1/sections"], "google": ["/v1/courses"],
    "classlink": ["/ims/oneroster/v1p1/users"], "powerschool": ["/ws/v1/district/student"],
    "infinite-campus": ["/campus/api/oneroster/v1p2/rostering/users"], "zoom": ["/v2/users"],
    "panopto": ["/Panopto/api/v1/folders/search"], "ims-lti": ["/api/lti/launch"], "sis-database": ["/api/health"],
}


def api_path(c):
    return pick(c.r, API_PATHS[c.K["provider"]])


def url_with_param(c):
    """full URL carrying the secret (or filler) as a query parameter"""
    K, r = c.K, c.r
    p = K.get("url_param")
    if K["key"] == "moodle":
        return "%s/webservice/rest/server.php?wstoken=%s&wsfunction=%s&moodlewsrestformat=json" % (
            base_url(c), c.raw("url"), pick(r, ["core_webservice_get_site_info", "core_course_get_courses",
                                               "core_user_get_users_by_field", "core_enrol_get_enrolled_users"]))
    if K["key"] == "kaltura":
        return "https://%s/api_v3/service/session/action/start?secret=%s&partnerId=%s&type=2&format=1" % (
            c.host, c.raw("url"), c.pub_id or "1234567")
    if p == "client_secret":
        return "%s/login/oauth2/token?grant_type=client_credentials&client_id=%s&client_secret=%s" % (
            base_url(c) if K["provider"] != "google" else "https://oauth2.googleapis.com", c.pub_id or "", c.raw("url"))
    return "%s%s?%s=%s&per_page=100" % (base_url(c), api_path(c), p, c.raw("url"))


def t_django_settings(c):
    r = c.r
    path = pick(r, ["config/settings.py", "lti_tool/settings.py", "myproject/settings/production.py",
                    "backend/settings/base.py", "gradebridge/settings.py"])
    L = ["\"\"\"Django settings for the %s integration service.\"\"\"" % prov_word(c),
         "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent",
         "DEBUG = %s" % pick(r, ["False", "os.getenv('DJANGO_DEBUG') == '1'"]),
         "ALLOWED_HOSTS = [%r, %r]" % ("lti.%s.k12.%s.us" % (c.district, c.state), "localhost"),
         "", "INSTALLED_APPS = [", "    'django.contrib.admin',", "    'django.contrib.auth',",
         "    'django.contrib.sessions',", "    '%s'," % pick(r, ["pylti1p3.contrib.django.lti1p3_tool_config", "roster", "gradesync", "lti_launch"]),
         "]", "", "TIME_ZONE = %r" % pick(r, ["America/Chicago", "America/New_York", "America/Denver"]),
         "USE_TZ = True", ""]
    L.append(c.comment_line())
    L.append("%s_BASE_URL = %r" % (prov_word(c).upper(), base_url(c)))
    if c.pub_id:
        L.append("%s = %s" % (c.idname("screaming"), c.idval("py")))
    L.append("%s = %s" % (c.name("screaming"), c.val("py")))
    for k, v in c.other_settings(r.randrange(2, 5)):
        L.append("%s_%s = %r" % (prov_word(c).upper(), k.upper(), v))
    L += ["", "LOGGING = {", "    'version': 1,", "    'handlers': {'console': {'class': 'logging.StreamHandler'}},",
          "    'root': {'handlers': ['console'], 'level': 'INFO'},", "}"]
    return path, "py", "\n".join(L) + "\n"


def t_flask_config(c):
    r = c.r
    path = pick(r, ["app/config.py", "lti/config.py", "instance/config.py", "src/roster_sync/config.py"])
    L = ["import os", "", "", "class Config:", "    SECRET_KEY_FALLBACKS = []",
         "    SESSION_COOKIE_SAMESITE = 'None'", "    SESSION_COOKIE_SECURE = True",
         "    %s_URL = %r" % (prov_word(c).upper(), base_url(c))]
    if c.pub_id:
        L.append("    %s = %s" % (c.idname("screaming"), c.idval("py")))
    L.append("    %s = %s  %s" % (c.name("screaming"), c.val("py"), c.comment_line()))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("    %s = %r" % (k.upper(), v))
    L += ["", "", "class DevelopmentConfig(Config):", "    DEBUG = True", "", "",
          "class ProductionConfig(Config):", "    DEBUG = False", "", "",
          "config = {", "    'development': DevelopmentConfig,",
          "    'production': ProductionConfig,", "    'default': DevelopmentConfig,", "}"]
    return path, "py", "\n".join(L) + "\n"


def t_py_positional(c):
    r = c.r
    path = pick(r, ["scripts/sync_roster.py", "jobs/nightly_sync.py", "tools/pull_enrollments.py",
                    "sync/%s_sync.py" % prov_word(c), "bin/export_grades.py"])
    cls = client_class(c)
    L = ["#!/usr/bin/env python3", "\"\"\"Nightly %s sync for %s schools.\"\"\"" % (
        prov_word(c), c.district.capitalize()), "import csv", "import logging", "import sys", "",
         "from %s_client import %s" % (prov_word(c), cls), "",
         "log = logging.getLogger(__name__)", "BATCH = %d" % pick(r, [50, 100, 250]), "", ""]
    L.append("def main(out_path):")
    args = [repr(base_url(c))]
    if c.pub_id:
        args.append(c.idval("py"))
    if c.obvious:
        L.append("    %s = %s" % (c.name("snake"), c.val("py")))
        args.append(c.name("snake"))
    else:
        args.append(c.val("py"))
    L.append("    client = %s(%s)" % (cls, ", ".join(args)))
    L += ["    rows = client.list_enrollments(term=%r)" % ("%d-%d" % (2024, 25)),
          "    with open(out_path, 'w', newline='') as fh:",
          "        w = csv.writer(fh)",
          "        w.writerow(['sourcedId', 'userSourcedId', 'classSourcedId', 'role'])",
          "        for row in rows:",
          "            w.writerow([row['sourcedId'], row['user'], row['class'], row['role']])",
          "    log.info('wrote %d enrollments', len(rows))", "", "",
          "if __name__ == '__main__':", "    logging.basicConfig(level=logging.INFO)",
          "    main(sys.argv[1] if len(sys.argv) > 1 else 'enrollments.csv')"]
    return path, "py", "\n".join(L) + "\n"


def t_py_header(c):
    r = c.r
    path = pick(r, ["tools/export_grades.py", "analytics/fetch_activity.py", "lms_audit.py",
                    "scripts/course_report.py"])
    L = ["import os", "import requests", "", "BASE = %r" % (base_url(c) + "/api/v1"), ""]
    K = c.K
    if K.get("header") == "Bearer":
        if c.obvious:
            L.append("%s = %s" % (c.name("screaming"), c.val("py")))
            L.append("HEADERS = {\"Authorization\": \"Bearer \" + %s}" % c.name("screaming"))
        elif c.neg in ("env_reference", "empty"):
            L.append("HEADERS = {\"Authorization\": f\"Bearer {os.environ['%s']}\", \"Accept\": \"application/json\"}" % c.envname)
        else:
            L.append("HEADERS = {\"Authorization\": \"Bearer %s\", \"Accept\": \"application/json\"}" % c.raw("header"))
        auth = "headers=HEADERS"
    elif K.get("url_param") and not c.pub_id:
        L.append("PARAMS = {%r: %s, 'moodlewsrestformat': 'json'}" % (K["url_param"], c.val("py")))
        auth = "data=PARAMS"
    else:
        ident = c.idval("py", "'") if c.pub_id else "'api-user'"
        if c.obvious:
            L.append("%s = %s" % (c.name("screaming"), c.val("py")))
            L.append("AUTH = (%s, %s)" % (ident, c.name("screaming")))
        else:
            L.append("AUTH = (%s, %s)" % (ident, c.val("py")))
        auth = "auth=AUTH"
    L += ["", "", "def get_all(path, **params):", "    url = f\"{BASE}{path}\"", "    out = []",
          "    while url:", "        resp = requests.%s(url, params=params, %s, timeout=30)" % (
              "post" if auth.startswith("data") else "get", auth),
          "        resp.raise_for_status()", "        out.extend(resp.json())",
          "        url = resp.links.get('next', {}).get('url')", "        params = None",
          "    return out", "", "",
          "for course in get_all('/accounts/%d/courses', per_page=100):" % r.randrange(1, 200),
          "    print(course['id'], course.get('sis_course_id'), course['name'])"]
    return path, "py", "\n".join(L) + "\n"


def t_php_define(c):
    r = c.r
    path = pick(r, ["config.php", "includes/config.php", "local/%s_sync/config.php" % prov_word(c),
                    "app/config/integration.php", "public_html/lti/config.inc.php"])
    L = ["<?php", "// %s integration settings" % c.K["label"].split()[0],
         "defined('APP_ROOT') || define('APP_ROOT', __DIR__);", ""]
    if r.random() < 0.5:
        L.append("define('%s_URL', '%s');" % (prov_word(c).upper(), base_url(c)))
        if c.pub_id:
            L.append("define('%s', %s);" % (c.idname("screaming"), c.idval("php", "'")))
        L.append("define('%s', %s);" % (c.name("screaming"), c.val("php", "'")))
        for k, v in c.other_settings(r.randrange(1, 4)):
            L.append("define('%s', '%s');" % (k.upper(), v))
    else:
        L.append("$config = array();")
        L.append("$config['%s_url'] = '%s';" % (prov_word(c), base_url(c)))
        if c.pub_id:
            L.append("$config['%s'] = %s;" % (c.idname("snake"), c.idval("php")))
        L.append("$config['%s'] = %s; %s" % (c.name("snake"), c.val("php"), c.comment_line("//")))
        for k, v in c.other_settings(r.randrange(1, 4)):
            L.append("$config['%s'] = '%s';" % (k, v))
    L += ["", "date_default_timezone_set('America/Chicago');", "error_reporting(E_ALL & ~E_NOTICE);"]
    return path, "php", "\n".join(L) + "\n"


def t_php_class(c):
    r = c.r
    cls = client_class(c)
    path = pick(r, ["src/Integration/%sService.php" % cls, "classes/%s_service.php" % prov_word(c),
                    "lib/%s.php" % cls])
    L = ["<?php", "", "namespace %s\\Integration;" % c.district.capitalize(), "",
         "use GuzzleHttp\\Client;", "", "class %sService" % cls, "{"]
    if c.obvious:
        L.append("    private const %s = %s;" % (c.name("screaming"), c.val("php", "'")))
    L += ["    private Client $http;", "", "    public function __construct()", "    {",
          "        $this->http = new Client(['base_uri' => '%s', 'timeout' => 20]);" % base_url(c),
          "    }", "", "    public function token(): array", "    {",
          "        $res = $this->http->post('/oauth/token', ["]
    if c.pub_id:
        L.append("            'auth' => [%s, %s]," % (c.idval("php", "'"),
                                                     "self::" + c.name("screaming") if c.obvious else c.val("php", "'")))
    else:
        L.append("            'headers' => ['Authorization' => 'Bearer ' . %s]," % (
            "self::" + c.name("screaming") if c.obvious else c.val("php", "'")))
    L += ["            'form_params' => ['grant_type' => 'client_credentials'],", "        ]);",
          "        return json_decode((string) $res->getBody(), true);", "    }", "}"]
    return path, "php", "\n".join(L) + "\n"


def t_ruby_initializer(c):
    r = c.r
    mod = client_class(c)
    path = "config/initializers/%s.rb" % prov_word(c).replace("-", "_")
    nm = c.name("snake")
    L = ["# frozen_string_literal: true", "", "%s.configure do |config|" % mod,
         "  config.base_url = '%s'" % base_url(c)]
    if c.pub_id:
        L.append("  config.%s = %s" % (c.idname("snake"), c.idval("rb")))
    L.append("  config.%s = %s" % (nm, c.val("rb")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("  config.%s = '%s'" % (k, v))
    L += ["  config.logger = Rails.logger", "end"]
    return path, "rb", "\n".join(L) + "\n"


def t_rails_yml(c):
    r = c.r
    path = "config/%s.yml" % pick(r, [prov_word(c), "integrations", "lti", "secrets"])
    nm = c.name("snake")
    L = ["# Loaded with Rails.application.config_for(:%s)" % path.split("/")[-1][:-4], "",
         "default: &default", "  base_url: %s" % base_url(c), "  timeout: 30", "",
         "development:", "  <<: *default", "  base_url: http://localhost:3000",
         "  %s: <%%= ENV['%s'] %%>" % (nm, c.envname), "", "test:", "  <<: *default",
         "  %s: test-not-a-real-value" % nm, "", "production:", "  <<: *default"]
    if c.pub_id:
        L.append("  %s: %s" % (c.idname("snake"), c.idval("yaml")))
    L.append("  %s: %s" % (nm, c.val("yaml")))
    return path, "yaml", "\n".join(L) + "\n"


def t_node_config(c):
    r = c.r
    path = pick(r, ["config/default.js", "config/production.js", "src/config.js", "lti/config.js"])
    L = ["'use strict';", "", "module.exports = {", "  port: process.env.PORT || %d," % pick(r, [3000, 8080, 4000]),
         "  %s: {" % prov_word(c).replace("-", ""), "    baseUrl: '%s'," % base_url(c)]
    if c.pub_id:
        L.append("    %s: %s," % (c.idname("camel"), c.idval("js", "'")))
    L.append("    %s: %s," % (c.name("camel"), c.val("js")))
    for k, v in c.other_settings(r.randrange(1, 3)):
        L.append("    %s: '%s'," % (style_name(k.split("_"), "camel"), v))
    L += ["  },", "  mongo: {", "    url: 'mongodb://mongo:27017/lti',", "  },",
          "  logLevel: '%s'," % pick(r, ["info", "debug"]), "};"]
    return path, "js", "\n".join(L) + "\n"


def t_ts_config(c):
    r = c.r
    path = pick(r, ["src/config.ts", "src/lib/env.ts", "server/config/integrations.ts"])
    L = ["// Integration settings for the %s tool" % prov_word(c),
         "export interface IntegrationConfig {", "  baseUrl: string;", "  clientId?: string;",
         "  %s: string;" % c.name("camel"), "}", "",
         "export const %sConfig: IntegrationConfig = {" % prov_word(c).replace("-", ""),
         "  baseUrl: '%s'," % base_url(c)]
    if c.pub_id:
        L.append("  clientId: %s," % c.idval("ts", "'"))
    L.append("  %s: %s," % (c.name("camel"), c.val("ts")))
    L += ["};", "", "export const FEATURE_FLAGS = {", "  gradePassback: %s," % pick(r, ["true", "false"]),
          "  deepLinking: true,", "};"]
    return path, "ts", "\n".join(L) + "\n"


def t_java_props(c):
    r = c.r
    path = pick(r, ["src/main/resources/application.properties",
                    "src/main/resources/application-prod.properties",
                    "lti-service/src/main/resources/application.properties"])
    pw = prov_word(c).replace("-", "")
    L = ["spring.application.name=%s-lti-bridge" % pw, "server.port=%d" % pick(r, [8080, 8443, 9090]),
         "server.servlet.context-path=/lti", "", c.comment_line(),
         "%s.base-url=%s" % (pw, base_url(c))]
    if c.pub_id:
        L.append("%s.%s=%s" % (pw, c.idname("kebab"), c.pub_id))
    key = "%s.%s" % (pw, c.name("kebab"))
    L.append("%s=%s" % (key, c.val("properties")))
    for k, v in c.other_settings(r.randrange(2, 5)):
        L.append("%s.%s=%s" % (pw, k.replace("_", "-"), v))
    L += ["", "logging.level.root=INFO", "management.endpoints.web.exposure.include=health,info"]
    return path, "properties", "\n".join(L) + "\n"


def t_spring_yml(c):
    r = c.r
    path = pick(r, ["src/main/resources/application.yml", "src/main/resources/application-prod.yaml"])
    pw = prov_word(c).replace("-", "")
    L = ["spring:", "  application:", "    name: %s-connector" % pw, "  jpa:", "    open-in-view: false",
         "", "server:", "  port: %d" % pick(r, [8080, 8081]), "", "lms:", "  %s:" % pw,
         "    base-url: %s" % base_url(c)]
    if c.pub_id:
        L.append("    %s: %s" % (c.idname("kebab"), c.idval("yaml")))
    L.append("    %s: %s" % (c.name("kebab"), c.val("yaml")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("    %s: %s" % (k.replace("_", "-"), c.lit("yaml", v, "\"")))
    L += ["", "logging:", "  level:", "    org.springframework.web: INFO"]
    return path, "yaml", "\n".join(L) + "\n"


def t_java_class(c):
    r = c.r
    cls = client_class(c)
    pkg = "org.%s.lms" % c.district
    path = "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls)
    L = ["package %s;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;",
         "import java.net.http.HttpRequest;", "import java.time.Duration;", "",
         "public class %s {" % cls, "", "    private static final String BASE_URL = \"%s\";" % base_url(c)]
    if c.pub_id:
        L.append("    private static final String %s = %s;" % (c.idname("screaming"), c.idval("java")))
    if c.obvious:
        L.append("    private static final String %s = %s;" % (c.name("screaming"), c.val("java")))
        use = c.name("screaming")
    else:
        use = c.val("java")
    L += ["", "    private final HttpClient http = HttpClient.newBuilder()",
          "            .connectTimeout(Duration.ofSeconds(20)).build();", "",
          "    public HttpRequest.Builder request(String path) {",
          "        return HttpRequest.newBuilder(URI.create(BASE_URL + path))",
          "                .header(\"Accept\", \"application/json\")",
          "                .header(\"Authorization\", \"Bearer \" + %s);" % use, "    }", "}"]
    return path, "java", "\n".join(L) + "\n"


def t_dotenv(c):
    r = c.r
    path = pick(r, [".env", ".env.production", "deploy/.env", "docker/.env", ".env.local"])
    pw = prov_word(c).upper().replace("-", "_")
    L = ["# %s connector" % c.K["label"].split()[0], "NODE_ENV=production", "PORT=3000",
         "%s_BASE_URL=%s" % (pw, base_url(c))]
    if c.pub_id:
        L.append("%s=%s" % (c.idname("screaming"), c.pub_id))
    L.append("%s=%s" % (c.name("screaming") if not c.obvious else c.envname, c.val("env")))
    for k, v in c.other_settings(r.randrange(2, 5)):
        L.append("%s=%s" % (k.upper(), v))
    L.append("REDIS_URL=redis://redis:6379/0")
    return path, "env", "\n".join(L) + "\n"


def t_shell_exports(c):
    r = c.r
    path = pick(r, ["scripts/env.sh", "deploy/setenv.sh", "bin/dev-env.sh", "ops/roster-sync.env.sh"])
    L = ["#!/usr/bin/env bash", "# source this before running the sync jobs", "set -euo pipefail", "",
         "export %s_BASE_URL=\"%s\"" % (prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("export %s=\"%s\"" % (c.idname("screaming"), c.pub_id))
    L.append("export %s=%s" % (c.envname if c.obvious else c.name("screaming"), c.val("sh")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("export %s=\"%s\"" % (k.upper(), v))
    L += ["", "echo \"environment loaded for %s\"" % c.district]
    return path, "sh", "\n".join(L) + "\n"


def t_compose(c):
    r = c.r
    path = pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"])
    svc = pick(r, ["lti-tool", "roster-sync", "gradebridge", "app", "worker"])
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
         "    image: ghcr.io/%s-schools/%s:%s" % (c.district, svc, pick(r, ["latest", "1.4.2", "2024.08"])),
         "    restart: unless-stopped", "    ports:", "      - \"8080:8080\"", "    environment:"]
    env = [("%s_BASE_URL" % prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        env.append((c.idname("screaming"), c.pub_id))
    env_line_idx = len(env)
    for k, v in c.other_settings(r.randrange(1, 3)):
        env.append((k.upper(), v))
    listform = r.random() < 0.5
    for i, (k, v) in enumerate(env):
        if i == env_line_idx:
            nm = c.envname if c.obvious else c.name("screaming")
            L.append(("      - %s=%s" % (nm, c.raw("shell") if c.neg not in ("empty",) else "")) if listform
                     else "      %s: %s" % (nm, c.val("yaml")))
        L.append(("      - %s=%s" % (k, v)) if listform else "      %s: %s" % (k, c.lit("yaml", v, "\"")))
    L += ["    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine"]
    return path, "docker-compose", "\n".join(L) + "\n"


def t_gha(c):
    r = c.r
    path = ".github/workflows/%s.yml" % pick(r, ["nightly-sync", "deploy", "roster-import", "grade-export"])
    L = ["name: %s" % pick(r, ["Nightly roster sync", "Deploy LTI tool", "Grade export"]), "",
         "on:", "  schedule:", "    - cron: \"%d %d * * 1-5\"" % (r.randrange(60), r.randrange(1, 6)),
         "  workflow_dispatch:", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest",
         "    env:", "      %s_BASE_URL: %s" % (prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("      %s: %s" % (c.idname("screaming"), c.idval("yaml")))
    L.append("      %s: %s" % (c.envname if c.obvious else c.name("screaming"), c.val("yaml")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
          "        with:", "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
          "      - run: python scripts/sync_roster.py out/enrollments.csv",
          "      - uses: actions/upload-artifact@v4", "        with:", "          name: enrollments",
          "          path: out/"]
    return path, "github-actions", "\n".join(L) + "\n"


def t_k8s_secret(c):
    r = c.r
    path = pick(r, ["k8s/%s-secret.yaml" % prov_word(c), "deploy/k8s/secrets.yaml",
                    "manifests/lti-tool/secret.yaml"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % prov_word(c),
         "  namespace: %s" % pick(r, ["edtech", "lti", "sis-integrations"]), "  labels:",
         "    app.kubernetes.io/part-of: %s-lms" % c.district, "type: Opaque", "stringData:",
         "  %s_BASE_URL: %s" % (prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("  %s: %s" % (c.idname("screaming"), c.idval("yaml", "\"")))
    L.append("  %s: %s" % (c.envname if c.obvious else c.name("screaming"), c.val("yaml")))
    return path, "yaml", "\n".join(L) + "\n"


def t_helm_values(c):
    r = c.r
    path = pick(r, ["charts/lti-tool/values.yaml", "helm/values-prod.yaml", "deploy/helm/values.yaml"])
    L = ["replicaCount: %d" % pick(r, [1, 2, 3]), "", "image:",
         "  repository: registry.%s.k12.%s.us/edtech/lti-tool" % (c.district, c.state),
         "  tag: \"%d.%d.%d\"" % (r.randrange(1, 4), r.randrange(10), r.randrange(20)),
         "", "ingress:", "  enabled: true", "  hosts:", "    - host: lti.%s.k12.%s.us" % (c.district, c.state),
         "", "integrations:", "  %s:" % prov_word(c).replace("-", ""), "    baseUrl: %s" % base_url(c)]
    if c.pub_id:
        L.append("    %s: %s" % (c.idname("camel"), c.idval("yaml", "\"")))
    L.append("    %s: %s" % (c.name("camel"), c.val("yaml")))
    L += ["", "resources:", "  limits:", "    memory: 512Mi", "  requests:", "    cpu: 100m"]
    return path, "yaml", "\n".join(L) + "\n"


def t_ansible(c):
    r = c.r
    path = pick(r, ["group_vars/all.yml", "inventories/prod/group_vars/lms.yml",
                    "roles/lti_tool/defaults/main.yml", "host_vars/moodle01.yml"])
    L = ["---", "# managed by district IT ansible", "timezone: America/Chicago",
         "lms_fqdn: %s" % c.host, "%s_base_url: \"%s\"" % (prov_word(c).replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("%s: %s" % (c.idname("snake"), c.idval("yaml", "\"")))
    L.append("%s: %s" % (c.name("snake"), c.val("yaml")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("%s: %s" % (k, c.lit("yaml", v, "\"")))
    L += ["backup_retention_days: 14", "enable_cron_sync: true"]
    return path, "yaml", "\n".join(L) + "\n"


def t_md_runbook(c):
    r = c.r
    path = pick(r, ["notes/runbook.md", "docs/setup.md", "docs/%s-integration.md" % prov_word(c),
                    "README-IT.md", "wiki/Integrations/%s.md" % prov_word(c).capitalize()])
    K = c.K
    L = ["# %s setup for %s" % (K["label"].split()[0], c.district.capitalize() + " Schools"), "",
         "Owner: %s (district IT). Last reviewed %d-%02d." % (pick(r, PEOPLE), r.randrange(2023, 2026), r.randrange(1, 13)),
         "", "## Steps", "", "1. Log in to the admin console at %s." % base_url(c),
         "2. Confirm the integration is enabled for the current school year.",
         "3. Test the connection from the sync server:", "", "```bash"]
    if K.get("url_param") and r.random() < 0.6:
        L.append("curl -s \"%s\"" % url_with_param(c))
    elif c.pub_id:
        L.append("curl -s -u \"%s:%s\" -X POST %s/oauth/token -d grant_type=client_credentials" % (c.pub_id, c.raw("shell"), base_url(c)))
    else:
        L.append("curl -s -H \"Authorization: Bearer %s\" %s%s" % (c.raw("header"), base_url(c), api_path(c)))
    L += ["```", "", "4. If you get a 401, the credential was rotated; ask %s." % pick(r, PEOPLE), "",
          "## Notes", "", "- Sync runs at 02:%02d every weekday." % r.randrange(60),
          "- Rostering source of truth is the SIS; never edit enrollments in the LMS by hand."]
    if c.obvious and not (K.get("url_param")):
        L.insert(8, "   The %s is `%s` (stored in the IT password manager too)." % (K["label"].lower(), c.raw("text")))
    return path, "md", "\n".join(L) + "\n"


def nb(cells):
    out = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                    "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": "c%04d" % i, "metadata": {}, "source": source}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out["cells"].append(cell)
    return json.dumps(out, indent=1) + "\n"


def t_ipynb(c):
    r = c.r
    path = pick(r, ["analytics/notebooks/engagement.ipynb", "notebooks/attendance_vs_grades.ipynb",
                    "reports/%s_usage.ipynb" % prov_word(c), "eda/course_activity.ipynb"])
    setup = ["import pandas as pd", "import requests", "",
             "BASE = %r" % base_url(c)]
    if c.pub_id:
        setup.append("CLIENT_ID = %s" % c.idval("py", "'"))
    setup.append("%s = %s" % (c.name("snake") if not c.obvious else c.name("screaming"), c.val("py", "'")))
    cells = [("markdown", "# %s engagement analysis\nPulls activity for the fall term and joins it with SIS attendance." % prov_word(c).capitalize()),
             ("code", "\n".join(setup)),
             ("code", "resp = requests.get(f'{BASE}/api/v1/courses', params={'per_page': 100}, timeout=30)\ncourses = pd.DataFrame(resp.json())\ncourses.head()"),
             ("code", "attendance = pd.read_csv('data/attendance_2024.csv')\nmerged = courses.merge(attendance, on='sis_course_id')\nmerged.groupby('school')['minutes'].mean()"),
             ("markdown", "Next: compare by grade level (%s)." % pick(r, ["6-8", "9-12", "K-5"]))]
    return path, "ipynb", nb(cells)


def t_json_config(c):
    r = c.r
    path = pick(r, ["config/integrations.json", "config/production.json", "settings.json",
                    "appsettings.Production.json", "lti/config.json"])
    sec = {"baseUrl": base_url(c)}
    if c.pub_id:
        sec[c.idname("camel")] = c.pub_id
    sec[c.name("camel")] = "__SLOT__"
    for k, v in c.other_settings(r.randrange(1, 4)):
        sec[style_name(k.split("_"), "camel")] = v
    doc = {"name": "%s-%s" % (c.district, prov_word(c)), "environment": "production",
           "integrations": {prov_word(c).replace("-", ""): sec},
           "logging": {"level": pick(r, ["info", "warn"])}}
    text = json.dumps(doc, indent=pick(r, [2, 4]))
    text = text.replace("\"__SLOT__\"", c.val("json"))
    return path, "json", text + "\n"


def t_ini(c):
    r = c.r
    path = pick(r, ["config/sync.ini", "conf/roster.ini", "settings.ini", "etc/gradebridge.cfg"])
    L = ["; roster sync configuration", "[general]", "district = %s" % c.district,
         "log_file = /var/log/roster-sync.log", "", "[%s]" % prov_word(c), "base_url = %s" % base_url(c)]
    if c.pub_id:
        L.append("%s = %s" % (c.idname("snake"), c.pub_id))
    L.append("%s = %s" % (c.name("snake"), c.val("ini")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("%s = %s" % (k, v))
    L += ["", "[output]", "path = /srv/exports", "format = oneroster-csv"]
    return path, "ini", "\n".join(L) + "\n"


def t_toml(c):
    r = c.r
    path = pick(r, [".streamlit/secrets.toml", "config/settings.toml", "rostersync.toml"])
    L = ["# dashboard / sync settings", "[app]", "title = \"%s learning analytics\"" % c.district.capitalize(),
         "", "[%s]" % prov_word(c).replace("-", "_"), "base_url = \"%s\"" % base_url(c)]
    if c.pub_id:
        L.append("%s = %s" % (c.idname("snake"), c.idval("toml", "\"")))
    L.append("%s = %s" % (c.name("snake"), c.val("toml", "\"")))
    for k, v in c.other_settings(r.randrange(1, 3)):
        L.append("%s = \"%s\"" % (k, v))
    return path, "toml", "\n".join(L) + "\n"


def t_tfvars(c):
    r = c.r
    path = pick(r, ["infra/terraform.tfvars", "terraform/prod.auto.tfvars", "infra/envs/prod/lti.tfvars"])
    L = ["region       = \"us-east-2\"", "environment  = \"prod\"",
         "project_name = \"%s-lti\"" % c.district, "",
         "%s_base_url = \"%s\"" % (prov_word(c).replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("%s = \"%s\"" % (c.idname("snake"), c.pub_id))
    L.append("%s = %s" % (c.name("snake"), c.val("hcl", "\"")))
    L += ["", "tags = {", "  owner = \"district-it\"", "  cost_center = \"%d\"" % r.randrange(1000, 9999), "}"]
    return path, "hcl", "\n".join(L) + "\n"


def t_appconfig_xml(c):
    r = c.r
    path = pick(r, ["App.config", "Web.config", "RosterSync/App.config", "src/GradeSync/Web.config"])
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <startup>",
         "    <supportedRuntime version=\"v4.0\" sku=\".NETFramework,Version=v4.8\" />", "  </startup>",
         "  <appSettings>", "    <add key=\"%sBaseUrl\" value=\"%s\" />" % (style_name([prov_word(c)], "pascal"), base_url(c))]
    if c.pub_id:
        L.append("    <add key=\"%s\" value=\"%s\" />" % (c.idname("pascal"), c.pub_id))
    L.append("    <add key=\"%s\" value=%s />" % (c.name("pascal"), c.val("xml", "\"")))
    for k, v in c.other_settings(r.randrange(1, 4)):
        L.append("    <add key=\"%s\" value=\"%s\" />" % (style_name(k.split("_"), "pascal"), v))
    L += ["  </appSettings>", "</configuration>"]
    return path, "xml", "\n".join(L) + "\n"


def t_ps1(c):
    r = c.r
    path = pick(r, ["scripts/Sync-Roster.ps1", "Invoke-GradeExport.ps1", "tools/Get-LmsUsers.ps1"])
    L = ["<#", ".SYNOPSIS", "    Pulls users from %s and writes a CSV for the help desk." % prov_word(c),
         "#>", "param(", "    [string]$OutFile = \"C:\\Exports\\users.csv\"", ")", "",
         "$BaseUrl = '%s'" % base_url(c)]
    if c.pub_id:
        L.append("$%s = %s" % (c.idname("pascal"), c.idval("ps1", "'")))
    if c.obvious:
        L.append("$%s = %s" % (c.name("pascal"), c.val("ps1")))
        hv = "\"Bearer $%s\"" % c.name("pascal")
    else:
        hv = "\"Bearer %s\"" % c.raw("header")
    L += ["$Headers = @{ Authorization = %s }" % hv, "",
          "$users = Invoke-RestMethod -Uri \"$BaseUrl/api/v1/accounts/1/users?per_page=100\" -Headers $Headers",
          "$users | Select-Object id, sis_user_id, name, login_id | Export-Csv -NoTypeInformation $OutFile",
          "Write-Host \"Exported $($users.Count) users to $OutFile\""]
    return path, "ps1", "\n".join(L) + "\n"


def t_sql_seed(c):
    r = c.r
    path = pick(r, ["db/seeds/lti_consumers.sql", "sql/002_seed_integrations.sql", "migrations/seed_tools.sql"])
    tbl = pick(r, ["lti_consumer", "integration_credentials", "tool_consumers"])
    L = ["-- seed integration rows for %s" % c.district,
         "CREATE TABLE IF NOT EXISTS %s (" % tbl, "    id SERIAL PRIMARY KEY,",
         "    name VARCHAR(120) NOT NULL,", "    consumer_key VARCHAR(255),",
         "    secret VARCHAR(255),", "    enabled BOOLEAN DEFAULT TRUE,",
         "    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP", ");", "",
         "INSERT INTO %s (name, consumer_key, secret, enabled) VALUES" % tbl,
         "    ('%s %s', '%s', %s, TRUE);" % (c.district.capitalize(), prov_word(c), c.pub_id or "district-%d" % r.randrange(100, 999), c.val("sql", "'"))]
    return path, "sql", "\n".join(L) + "\n"


def t_csv_export(c):
    r = c.r
    path = pick(r, ["exports/integrations.csv", "inventory/lti_tools.csv", "data/app_inventory_%d.csv" % r.randrange(2023, 2026)])
    L = ["tool_name,vendor,launch_url,%s,%s,owner" % ("client_id", c.name("snake"))]
    vendors = ["Edpuzzle", "Padlet", "Gradescope", "H5P", "Nearpod", "Kami", "Quizizz", "Flip", "Newsela"]
    r.shuffle(vendors)
    n = r.randrange(5, 9)
    at = r.randrange(n)
    for i in range(n):
        v = vendors[i]
        if i == at:
            sv = c.raw("text") if c.neg is None else (c.fill or "")
            L.append("%s,%s,https://%s.example-vendor.com/lti/launch,%s,%s,%s" % (
                prov_word(c).capitalize() + " connector", c.K["provider"], prov_word(c), c.pub_id or "", sv, pick(r, PEOPLE)))
        else:
            L.append("%s,%s,https://%s.com/lti,%s,%s,%s" % (v, v, v.lower(), r.randrange(10000, 99999), pick(r, ["(in vault)", "see 1Password", "", "n/a"]), pick(r, PEOPLE)))
    return path, "csv", "\n".join(L) + "\n"


def t_systemd(c):
    r = c.r
    path = pick(r, ["deploy/roster-sync.service", "systemd/gradebridge.service", "ops/lti-worker.service"])
    L = ["[Unit]", "Description=%s roster/grade sync worker" % prov_word(c).capitalize(),
         "After=network-online.target", "", "[Service]", "Type=simple", "User=rostersync",
         "WorkingDirectory=/opt/roster-sync",
         "Environment=%s_BASE_URL=%s" % (prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("Environment=%s=%s" % (c.idname("screaming"), c.pub_id))
    L.append("Environment=\"%s=%s\"" % (c.envname if c.obvious else c.name("screaming"), c.raw("shell")))
    L += ["ExecStart=/opt/roster-sync/venv/bin/python -m roster_sync --daemon", "Restart=on-failure",
          "", "[Install]", "WantedBy=multi-user.target"]
    return path, "systemd", "\n".join(L) + "\n"


def t_dockerfile(c):
    r = c.r
    path = pick(r, ["Dockerfile", "docker/Dockerfile", "lti-tool/Dockerfile"])
    L = ["FROM python:3.11-slim", "", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "ENV %s_BASE_URL=%s" % (prov_word(c).upper().replace("-", "_"), base_url(c))]
    if c.pub_id:
        L.append("ENV %s=%s" % (c.idname("screaming"), c.pub_id))
    L.append("ENV %s=%s" % (c.envname if c.obvious else c.name("screaming"), c.raw("shell") if c.neg else c.secret))
    L += ["ENV PYTHONUNBUFFERED=1", "", "EXPOSE 8000",
          "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:create_app()\"]"]
    return path, "dockerfile", "\n".join(L) + "\n"


def t_crontab(c):
    r = c.r
    path = pick(r, ["ops/crontab", "deploy/cron.d/lms-sync", "crontab.txt"])
    K = c.K
    L = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=it-alerts@%s.k12.%s.us" % (c.district, c.state), ""]
    if K.get("url_param") and (not K.get("header") or r.random() < 0.5):
        cmd = "curl -fsS \"%s\" -o /srv/exports/users.json" % url_with_param(c)
    else:
        cmd = "curl -fsS -H \"Authorization: Bearer %s\" %s%s -o /srv/exports/users.json" % (c.raw("header"), base_url(c), api_path(c))
    L.append("%d 2 * * 1-5 %s" % (r.randrange(60), cmd))
    L += ["30 3 * * * /opt/roster-sync/bin/rotate-logs.sh", "0 4 * * 0 find /srv/exports -mtime +30 -delete"]
    return path, "crontab", "\n".join(L) + "\n"


def t_go(c):
    r = c.r
    path = pick(r, ["cmd/rostersync/main.go", "internal/lms/client.go"])
    L = ["package main", "", "import (", "\t\"fmt\"", "\t\"net/http\"", "\t\"time\"", ")", "",
         "const baseURL = \"%s\"" % base_url(c)]
    if c.obvious:
        L.append("const %s = %s" % (c.name("camel"), c.val("go", "\"")))
        use = c.name("camel")
    else:
        use = c.val("go", "\"")
    L += ["", "func main() {", "\tclient := &http.Client{Timeout: 30 * time.Second}",
          "\treq, _ := http.NewRequest(\"GET\", baseURL+\"/api/v1/users/self\", nil)",
          "\treq.Header.Set(\"Authorization\", \"Bearer \"+%s)" % use,
          "\tresp, err := client.Do(req)", "\tif err != nil {", "\t\tpanic(err)", "\t}",
          "\tdefer resp.Body.Close()", "\tfmt.Println(resp.Status)", "}"]
    return path, "go", "\n".join(L) + "\n"


def t_csharp(c):
    r = c.r
    cls = client_class(c)
    path = "Services/%sService.cs" % cls
    L = ["using System.Net.Http;", "using System.Net.Http.Headers;", "",
         "namespace %s.RosterSync.Services" % c.district.capitalize(), "{",
         "    public class %sService" % cls, "    {",
         "        private const string BaseUrl = \"%s\";" % base_url(c)]
    if c.pub_id:
        L.append("        private const string %s = %s;" % (c.idname("pascal"), c.idval("cs")))
    if c.obvious:
        L.append("        private const string %s = %s;" % (c.name("pascal"), c.val("cs")))
        use = c.name("pascal")
    else:
        use = c.val("cs")
    L += ["        private readonly HttpClient _http = new HttpClient();", "",
          "        public %sService()" % cls, "        {",
          "            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", %s);" % use,
          "        }", "    }", "}"]
    return path, "cs", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# LTI 1.3 key templates (PEM / JWK).  Return (path, filetype, text, needle)
# ---------------------------------------------------------------------------
PEM_SLOT_MODES = ("env_reference", "secret_manager_ref", "empty", "template_var")


def pem_material(c):
    """(pem_text or None).  None means: the slot holds c.val(...) instead of a key block."""
    r = c.r
    if c.neg is None:
        if not hasattr(c, "_pem"):
            c._key = gen_rsa(r)
            c._pem = private_pem(r, c._key)
            c.secret = c._pem
        return c._pem
    if c.neg in PEM_SLOT_MODES:
        return None
    if c.neg == "public_key":
        return public_pem(r)
    if c.neg == "masked":
        return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % pick(
            r, ["**** redacted, see 1Password \"LTI tool key\" ****", "[REDACTED]", "<removed>"])
    # placeholder
    return pick(r, ["-----BEGIN PRIVATE KEY-----\n<paste the tool private key here>\n-----END PRIVATE KEY-----",
                    "-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----",
                    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
                    "-----BEGIN PRIVATE KEY-----\nYOUR_PRIVATE_KEY\n-----END PRIVATE KEY-----"])


def key_words(c):
    if c.neg == "public_key":
        return pick(c.r, [["lti", "public", "key"], ["tool", "public", "key"], ["public", "key"]])
    return c.name_words if c.obvious else c.obv_words


def lti13_common(c):
    r = c.r
    iss = pick(r, ["https://canvas.instructure.com", "https://%s" % c.host,
                   "https://%s.brightspace.com" % c.college, "https://blackboard.com",
                   "https://moodle.%s.k12.%s.us" % (c.district, c.state)])
    cid = pick(r, [g_canvas_client_id(r), uuid4(r), rs(r, 15, ALNUM)])
    dep = pick(r, ["%d:%s" % (r.randrange(1, 400), rs(r, 40, HEX)), uuid4(r), str(r.randrange(1, 99))])
    return iss, cid, dep


def t_pem_file(c):
    r = c.r
    p = pem_material(c)
    if p is None:
        p = pick(r, ["-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----"])  # never used
    if c.neg == "public_key":
        path = pick(r, ["keys/public.pem", "config/lti/public.key", "lti/keys/tool_public.pem"])
    else:
        path = pick(r, ["keys/private.pem", "config/lti/private.key", "lti/keys/tool_private.pem",
                        "certs/lti13_private_key.pem", "private.key"])
    return path, "pem", p + "\n", p


def t_pem_python(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    nm = style_name(key_words(c), "screaming")
    path = pick(r, ["lti/tool_config.py", "app/lti13.py", "tool/settings_lti.py"])
    L = ["from pylti1p3.tool_config import ToolConfDict", "", "ISSUER = %r" % iss,
         "CLIENT_ID = %r" % cid, "DEPLOYMENT_IDS = [%r]" % dep, ""]
    needle = None
    if p is None:
        L.append("%s = %s" % (nm, c.val("py")))
    else:
        L.append("%s = \"\"\"%s\"\"\"" % (nm, p))
        needle = p
    L += ["", "settings = {", "    ISSUER: [{", "        'default': True,", "        'client_id': CLIENT_ID,",
          "        'auth_login_url': ISSUER + '/api/lti/authorize_redirect',",
          "        'auth_token_url': ISSUER + '/login/oauth2/token',",
          "        'key_set_url': ISSUER + '/api/lti/security/jwks',",
          "        'deployment_ids': DEPLOYMENT_IDS,", "    }]", "}", "",
          "tool_conf = ToolConfDict(settings)"]
    if c.neg != "public_key":
        L.append("tool_conf.set_private_key(ISSUER, %s, client_id=CLIENT_ID)" % nm)
    else:
        L.append("tool_conf.set_public_key(ISSUER, %s, client_id=CLIENT_ID)" % nm)
    return path, "py", "\n".join(L) + "\n", needle


def t_pem_yaml(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    nm = style_name(key_words(c), "snake")
    path = pick(r, ["config/lti.yml", "config/lti13.yaml", "charts/lti-tool/values-prod.yaml"])
    L = ["lti:", "  issuer: %s" % iss, "  client_id: \"%s\"" % cid, "  deployment_id: \"%s\"" % dep,
         "  oidc_login_url: %s/api/lti/authorize_redirect" % iss, "  jwks_url: %s/api/lti/security/jwks" % iss]
    needle = None
    if p is None:
        L.append("  %s: %s" % (nm, c.val("yaml")))
    else:
        ind = "    "
        L.append("  %s: |" % nm)
        block = "\n".join(ind + ln for ln in p.split("\n"))
        L.append(block)
        needle = block[len(ind):]
    L += ["  scopes:", "    - https://purl.imsglobal.org/spec/lti-ags/scope/score",
          "    - https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"]
    return path, "yaml", "\n".join(L) + "\n", needle


def t_pem_json(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    nm = style_name(key_words(c), pick(r, ["snake", "camel"]))
    path = pick(r, ["lti/registrations/%s-prod.json" % c.district, "configs/lti13_tool.json",
                    "config/platforms.json"])
    reg = {"issuer": iss, "client_id": cid, "deployment_ids": [dep],
           "auth_login_url": iss + "/api/lti/authorize_redirect",
           "auth_token_url": iss + "/login/oauth2/token",
           "key_set_url": iss + "/api/lti/security/jwks", nm: "__SLOT__"}
    text = json.dumps({"platforms": [reg]}, indent=2) + "\n"
    needle = None
    if p is None:
        text = text.replace("\"__SLOT__\"", c.val("json"))
    else:
        esc = json.dumps(p)[1:-1]
        text = text.replace("__SLOT__", esc)
        needle = esc
    return path, "json", text, needle


def t_pem_env(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    nm = style_name(key_words(c), "screaming")
    path = pick(r, [".env", ".env.production", "deploy/lti.env"])
    L = ["# LTI 1.3 tool", "LTI_ISSUER=%s" % iss, "LTI_CLIENT_ID=%s" % cid, "LTI_DEPLOYMENT_ID=%s" % dep]
    needle = None
    if p is None:
        L.append("%s=%s" % (nm, c.val("env")))
    else:
        esc = p.replace("\n", "\\n")
        L.append("%s=\"%s\"" % (nm, esc))
        needle = esc
    L += ["SESSION_SECURE=true", "PORT=3000"]
    return path, "env", "\n".join(L) + "\n", needle


def t_pem_js(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    nm = style_name(key_words(c), "camel")
    path = pick(r, ["src/keys.js", "lti/platform.js", "server/ltiKeys.js"])
    L = ["// ltijs platform registration helper", "const lti = require('ltijs').Provider;", ""]
    needle = None
    if p is None:
        L.append("const %s = %s;" % (nm, c.val("js")))
    else:
        L.append("const %s = `%s`;" % (nm, p))
        needle = p
    L += ["", "async function registerPlatform() {", "  await lti.registerPlatform({",
          "    url: '%s'," % iss, "    name: '%s LMS'," % c.district.capitalize(),
          "    clientId: '%s'," % cid,
          "    authenticationEndpoint: '%s/api/lti/authorize_redirect'," % iss,
          "    accesstokenEndpoint: '%s/login/oauth2/token'," % iss,
          "    authConfig: { method: 'JWK_SET', key: '%s/api/lti/security/jwks' }," % iss, "  });",
          "}", "", "module.exports = { registerPlatform, %s };" % nm]
    return path, "js", "\n".join(L) + "\n", needle


def t_pem_php(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    path = pick(r, ["lti/db/configs/%s.php" % c.district, "src/Lti/KeyStore.php", "config/lti13.php"])
    nm = style_name(key_words(c), "snake")
    L = ["<?php", "// LTI 1.3 registration (packbackbooks/lti-1p3-tool style)", "return [",
         "    '%s' => [" % iss, "        'client_id' => '%s'," % cid,
         "        'auth_login_url' => '%s/api/lti/authorize_redirect'," % iss,
         "        'auth_token_url' => '%s/login/oauth2/token'," % iss,
         "        'key_set_url' => '%s/api/lti/security/jwks'," % iss,
         "        'kid' => '%s'," % rs(r, 16, LOWER_ALNUM),
         "        'deployment' => ['%s']," % dep]
    needle = None
    if p is None:
        L.append("        '%s' => %s," % (nm, c.val("php")))
    else:
        L.append("        '%s' => <<<EOD" % nm)
        L.append(p)
        L.append("EOD")
        L[-1] = "EOD,"
        needle = p
    L += ["    ],", "];"]
    return path, "php", "\n".join(L) + "\n", needle


def t_pem_k8s(c):
    r = c.r
    p = pem_material(c)
    nm = style_name(key_words(c), "kebab") + ".pem"
    path = pick(r, ["k8s/lti-keys.yaml", "deploy/secret-lti.yaml"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: lti-tool-keys", "  namespace: lti",
         "type: Opaque", "stringData:"]
    needle = None
    if p is None:
        L.append("  %s: %s" % (nm, c.val("yaml")))
    else:
        ind = "    "
        L.append("  %s: |-" % nm)
        block = "\n".join(ind + ln for ln in p.split("\n"))
        L.append(block)
        needle = block[len(ind):]
    L.append("  kid: \"%s\"" % rs(r, 20, LOWER_ALNUM))
    return path, "yaml", "\n".join(L) + "\n", needle


def t_pem_md(c):
    r = c.r
    iss, cid, dep = lti13_common(c)
    p = pem_material(c)
    path = pick(r, ["docs/lti13-setup.md", "notes/lti-registration.md", "SETUP-LTI.md"])
    L = ["# Registering the tool in %s" % pick(r, ["Canvas", "Moodle", "Brightspace", "Schoology"]), "",
         "| Field | Value |", "|---|---|", "| Issuer | `%s` |" % iss, "| Client ID | `%s` |" % cid,
         "| Deployment ID | `%s` |" % dep, "",
         "Paste the %s below into the tool's admin page:" % ("public key" if c.neg == "public_key" else "key"), ""]
    needle = None
    if p is None:
        L.append("Key is kept in %s." % c.raw("text"))
    else:
        L += ["```", p, "```"]
        needle = p
    L += ["", "Then add the tool to the course navigation and launch it once as a teacher."]
    return path, "md", "\n".join(L) + "\n", needle


def jwk_material(c):
    r = c.r
    kid = pick(r, [uuid4(r), b64u(rbytes(r, 32)), "%d-%02d-%02dT00:00:00Z" % (r.randrange(2022, 2026), r.randrange(1, 13), r.randrange(1, 28))])
    if c.neg is None:
        if not hasattr(c, "_jwk"):
            c._key = gen_rsa(r)
            c._jwk = jwk_private(c._key, kid)
            c.secret = c._jwk["d"]
        return c._jwk
    j = jwk_public(r, kid)
    if c.neg == "masked":
        j["d"] = pick(r, ["<redacted>", "REDACTED", "***"])
    return j


def t_jwks_file(c):
    r = c.r
    j = jwk_material(c)
    pub = c.neg is not None
    path = pick(r, ["keys/jwks.private.json", "config/lti/jwks.json", ".well-known/jwks.json",
                    "storage/keys/tool_jwks.json"]) if not pub else pick(
        r, [".well-known/jwks.json", "public/jwks.json", "config/lti/platform_jwks.json"])
    keys = [j]
    if pub and r.random() < 0.5:
        keys.append(jwk_public(r, uuid4(r)))
    text = json.dumps({"keys": keys}, indent=pick(r, [2, 4])) + "\n"
    return path, "jwks", text, (j.get("d") if not pub else None)


def t_jwk_python(c):
    r = c.r
    j = jwk_material(c)
    iss, cid, dep = lti13_common(c)
    path = pick(r, ["lti/jwk.py", "tool/keys.py"])
    nm = style_name(key_words(c) if c.neg is None else ["platform", "public", "jwk"], "screaming")
    L = ["\"\"\"Signing key for LTI Advantage service calls.\"\"\"", "", "CLIENT_ID = %r" % cid,
         "TOKEN_URL = %r" % (iss + "/login/oauth2/token"), "", "%s = {" % nm]
    for k, v in j.items():
        L.append("    %r: %r," % (k, v))
    L += ["}", "", "", "def kid():", "    return %s['kid']" % nm]
    return path, "py", "\n".join(L) + "\n", (j.get("d") if c.neg is None else None)


def t_jwk_js(c):
    r = c.r
    j = jwk_material(c)
    path = pick(r, ["src/lti/jwk.js", "server/keys/toolKey.js"])
    nm = style_name(key_words(c) if c.neg is None else ["platform", "jwk"], "camel")
    L = ["// generated with `npx jose newkey -s 2048 -t RSA -a RS256`", "const %s = {" % nm]
    for k, v in j.items():
        L.append("  %s: '%s'," % (k, v))
    L += ["};", "", "module.exports = %s;" % nm]
    return path, "js", "\n".join(L) + "\n", (j.get("d") if c.neg is None else None)


def t_jwk_env(c):
    r = c.r
    j = jwk_material(c)
    path = pick(r, [".env", "deploy/lti.env"])
    nm = "LTI_PRIVATE_JWK" if c.neg is None else "LTI_PLATFORM_JWK"
    iss, cid, dep = lti13_common(c)
    L = ["# LTI Advantage tool (%s)" % c.district, "APP_URL=https://lti.%s.k12.%s.us" % (c.district, c.state),
         "LTI_ISSUER=%s" % iss, "LTI_CLIENT_ID=%s" % cid, "LTI_DEPLOYMENT_ID=%s" % dep,
         "%s='%s'" % (nm, json.dumps(j, separators=(",", ":"))), "LOG_LEVEL=info", "SESSION_TTL=3600"]
    return path, "env", "\n".join(L) + "\n", (j.get("d") if c.neg is None else None)


# ---------------------------------------------------------------------------
# SIS database password templates
# ---------------------------------------------------------------------------
def db_user(c):
    return pick(c.r, ["sis_ro", "psnavigator", "campus_reader", "sync_svc", "rostersvc", "ic_report",
                      "moodleuser", "lti_app", "sa_reporting"])


def db_name(c):
    return pick(c.r, ["sis", "powerschool", "campus_%s" % c.district, "moodle", "roster",
                      "gradebook", "lti_tool"])


def t_database_yml(c):
    r = c.r
    adapter = pick(r, ["postgresql", "mysql2", "sqlserver"])
    L = ["default: &default", "  adapter: %s" % adapter, "  encoding: %s" % ("unicode" if adapter == "postgresql" else "utf8"),
         "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "", "development:", "  <<: *default",
         "  database: %s_development" % db_name(c), "", "test:", "  <<: *default",
         "  database: %s_test" % db_name(c), "", "production:", "  <<: *default",
         "  host: %s" % c.host, "  database: %s" % db_name(c), "  username: %s" % db_user(c),
         "  password: %s" % c.val("yaml")]
    if r.random() < 0.5:
        L += ["", "sis_replica:", "  <<: *default", "  host: sis-replica.%s.local" % c.district,
              "  username: <%= ENV['SIS_REPLICA_USER'] %>", "  password: <%= ENV['SIS_REPLICA_PASSWORD'] %>",
              "  replica: true"]
    return "config/database.yml", "yaml", "\n".join(L) + "\n"


def t_moodle_config(c):
    r = c.r
    L = ["<?php  // Moodle configuration file", "", "unset($CFG);", "global $CFG;", "$CFG = new stdClass();", "",
         "$CFG->dbtype    = '%s';" % pick(r, ["pgsql", "mariadb", "mysqli"]), "$CFG->dblibrary = 'native';",
         "$CFG->dbhost    = '%s';" % c.host, "$CFG->dbname    = '%s';" % pick(r, ["moodle", "moodle_prod"]),
         "$CFG->dbuser    = '%s';" % pick(r, ["moodleuser", "moodle_app"]),
         "$CFG->dbpass    = %s;" % c.val("php", "'"), "$CFG->prefix    = 'mdl_';",
         "$CFG->dboptions = array(", "    'dbpersist' => 0,", "    'dbport' => '',", "    'dbsocket' => '',", ");", "",
         "$CFG->wwwroot   = 'https://%s';" % host_for(r, KIND_BY_KEY["moodle"], c.district),
         "$CFG->dataroot  = '/var/moodledata';", "$CFG->admin     = 'admin';", "",
         "$CFG->directorypermissions = 0777;", "", "require_once(__DIR__ . '/lib/setup.php');", "",
         "// There is no php closing tag in this file,", "// it is intentional because it prevents trailing whitespace problems!"]
    return pick(r, ["config.php", "moodle/config.php"]), "php", "\n".join(L) + "\n"


def t_spring_datasource(c):
    r = c.r
    kind = pick(r, ["oracle", "sqlserver", "postgresql"])
    url = {"oracle": "jdbc:oracle:thin:@//%s:1521/PSPRODDB" % c.host,
           "sqlserver": "jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true" % (c.host, db_name(c)),
           "postgresql": "jdbc:postgresql://%s:5432/%s" % (c.host, db_name(c))}[kind]
    L = ["# SIS read replica", "spring.datasource.url=%s" % url, "spring.datasource.username=%s" % db_user(c)]
    if c.obvious or c.neg:
        L.append("spring.datasource.password=%s" % c.val("properties"))
    elif kind == "oracle":
        L[1] = "spring.datasource.url=jdbc:oracle:thin:%s/%s@//%s:1521/PSPRODDB" % (db_user(c), c.raw("url"), c.host)
    else:
        L[1] = "spring.datasource.url=%s%spassword=%s" % (url, ";" if kind == "sqlserver" else "?", c.raw("url"))
    L += ["spring.datasource.hikari.maximum-pool-size=%d" % pick(r, [5, 10]),
          "spring.jpa.hibernate.ddl-auto=none", "spring.jpa.show-sql=false", "",
          "roster.export.dir=/srv/exports", "roster.school-year=%d" % r.randrange(2024, 2027)]
    return pick(r, ["src/main/resources/application.properties", "config/application-sis.properties"]), "properties", "\n".join(L) + "\n"


def t_compose_db(c):
    r = c.r
    eng = pick(r, ["postgres", "mssql", "mariadb"])
    img = {"postgres": "postgres:15", "mssql": "mcr.microsoft.com/mssql/server:2022-latest", "mariadb": "mariadb:10.11"}[eng]
    var = {"postgres": "POSTGRES_PASSWORD", "mssql": "MSSQL_SA_PASSWORD", "mariadb": "MARIADB_PASSWORD"}[eng]
    L = ["services:", "  sisdb:", "    image: %s" % img, "    restart: always", "    environment:"]
    if eng == "mssql":
        L.append("      ACCEPT_EULA: \"Y\"")
    elif eng == "postgres":
        L += ["      POSTGRES_USER: %s" % db_user(c), "      POSTGRES_DB: %s" % db_name(c)]
    else:
        L += ["      MARIADB_USER: %s" % db_user(c), "      MARIADB_DATABASE: %s" % db_name(c)]
    L.append("      %s: %s" % (var, c.val("yaml")))
    L += ["    volumes:", "      - sisdata:/var/lib/data", "", "  importer:",
          "    build: ./importer", "    depends_on: [sisdb]", "    environment:",
          "      SIS_CSV_DIR: /imports", "", "volumes:", "  sisdata: {}"]
    return pick(r, ["docker-compose.yml", "dev/docker-compose.yml"]), "docker-compose", "\n".join(L) + "\n"


def t_db_url(c):
    r = c.r
    scheme = pick(r, ["postgresql", "postgresql+psycopg2", "mysql+pymysql", "mssql+pyodbc"])
    port = {"postgresql": 5432, "postgresql+psycopg2": 5432, "mysql+pymysql": 3306, "mssql+pyodbc": 1433}[scheme]
    url = "%s://%s:%s@%s:%d/%s" % (scheme, db_user(c), c.raw("url"), c.host, port, db_name(c))
    if r.random() < 0.5:
        L = ["# roster warehouse", "DJANGO_SETTINGS_MODULE=warehouse.settings.prod", "DATABASE_URL=%s" % url,
             "CELERY_BROKER_URL=redis://redis:6379/1", "EXPORT_BUCKET=s3://%s-roster-exports" % c.district,
             "TZ=America/Chicago"]
        return pick(r, [".env", ".env.production"]), "env", "\n".join(L) + "\n"
    L = ["from sqlalchemy import create_engine, text", "", "engine = create_engine(",
         "    %r," % url, "    pool_pre_ping=True,", ")", "", "",
         "def active_students(school_id):", "    with engine.connect() as conn:",
         "        return conn.execute(text(\"SELECT student_number, grade_level FROM students WHERE schoolid = :s AND enroll_status = 0\"), {\"s\": school_id}).fetchall()"]
    return pick(r, ["warehouse/db.py", "app/database.py"]), "py", "\n".join(L) + "\n"


def t_appsettings_conn(c):
    r = c.r
    cs = "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;" % (
        c.host, db_name(c), db_user(c), c.raw("text"))
    doc = {"Logging": {"LogLevel": {"Default": "Information"}},
           "ConnectionStrings": {"SisDatabase": cs},
           "Roster": {"District": c.district, "ExportPath": "D:\\Exports"}}
    return pick(r, ["appsettings.json", "RosterApi/appsettings.Production.json"]), "json", json.dumps(doc, indent=2) + "\n"


def t_ps1_sqlcmd(c):
    r = c.r
    L = ["# nightly extract for the state reporting vendor", "$Server = '%s'" % c.host,
         "$Database = '%s'" % db_name(c), "$User = '%s'" % db_user(c)]
    if c.obvious:
        L.append("$%s = %s" % (c.name("pascal"), c.val("ps1")))
        pw = "$" + c.name("pascal")
    else:
        pw = c.val("ps1", "'")
    L += ["", "$query = @\"", "SELECT s.student_number, s.last_name, s.first_name, s.grade_level",
          "FROM students s WHERE s.enroll_status = 0", "\"@", "",
          "Invoke-Sqlcmd -ServerInstance $Server -Database $Database -Username $User -Password %s -Query $query |" % pw,
          "    Export-Csv -Path \"\\\\fs01\\exports\\students.csv\" -NoTypeInformation"]
    return pick(r, ["scripts/Export-Students.ps1", "Invoke-StateExtract.ps1"]), "ps1", "\n".join(L) + "\n"


def t_pdo(c):
    r = c.r
    L = ["<?php", "$dsn = 'mysql:host=%s;dbname=%s;charset=utf8mb4';" % (c.host, db_name(c)), "",
         "try {", "    $pdo = new PDO($dsn, '%s', %s, [" % (db_user(c), c.val("php", "'")),
         "        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,", "    ]);",
         "} catch (PDOException $e) {", "    error_log($e->getMessage());", "    exit(1);", "}", "",
         "$stmt = $pdo->query('SELECT id, sourced_id, title FROM classes WHERE status = \"active\"');",
         "foreach ($stmt as $row) {", "    echo $row['sourced_id'] . \"\\t\" . $row['title'] . PHP_EOL;", "}"]
    return pick(r, ["includes/db.php", "sync/db_connect.php"]), "php", "\n".join(L) + "\n"


def t_django_databases(c):
    r = c.r
    L = ["import os", "", "DATABASES = {", "    'default': {",
         "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'lti_tool',",
         "        'HOST': os.getenv('DB_HOST', 'localhost'),", "    },", "    'sis': {",
         "        'ENGINE': '%s'," % pick(r, ["mssql", "django.db.backends.oracle", "django.db.backends.postgresql"]),
         "        'NAME': '%s'," % db_name(c), "        'USER': '%s'," % db_user(c),
         "        'PASSWORD': %s," % c.val("py", "'"), "        'HOST': '%s'," % c.host, "    },", "}",
         "", "DATABASE_ROUTERS = ['roster.routers.SisRouter']"]
    return pick(r, ["config/settings/databases.py", "project/db_settings.py"]), "py", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# provider-specific templates
# ---------------------------------------------------------------------------
def t_google_client_json(c):
    r = c.r
    typ = pick(r, ["web", "installed"])
    proj = "%s-classroom-%d" % (c.district, r.randrange(100000, 999999))
    d = {typ: {"client_id": c.pub_id or g_google_client_id(r), "project_id": proj,
               "auth_uri": "https://accounts.google.com/o/oauth2/auth",
               "token_uri": "https://oauth2.googleapis.com/token",
               "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
               "client_secret": "__SLOT__"}}
    if typ == "web":
        d[typ]["redirect_uris"] = ["https://lti.%s.k12.%s.us/oauth2callback" % (c.district, c.state)]
    else:
        d[typ]["redirect_uris"] = ["http://localhost"]
    text = json.dumps(d, separators=(",", ":")) if r.random() < 0.15 else json.dumps(d, indent=2)
    text = text.replace("\"__SLOT__\"", c.val("json"))
    return pick(r, ["client_secret.json", "credentials.json", "config/google/client_secret.json",
                    "secrets/classroom_oauth.json"]), "json", text + "\n"


def t_lti11_py(c):
    r = c.r
    key = c.pub_id or g_lti11_key(r)
    L = ["# PyLTI consumer table for the tool (LTI 1.1)", "PYLTI_CONFIG = {", "    'consumers': {",
         "        %r: {" % key, "            'secret': %s," % c.val("py"),
         "            'cert': None,", "        },", "    },",
         "    'roles': {", "        'staff': ['Administrator', 'Instructor'],", "        'student': 'Learner',",
         "    },", "}", "", "LTI_LAUNCH_URL = %r" % ("https://lti.%s.k12.%s.us/launch" % (c.district, c.state))]
    return pick(r, ["lti_config.py", "app/pylti_settings.py"]), "py", "\n".join(L) + "\n"


def t_lti11_node(c):
    r = c.r
    key = c.pub_id or g_lti11_key(r)
    L = ["const express = require('express');", "const lti = require('ims-lti');", "",
         "const app = express();", "app.use(express.urlencoded({ extended: true }));", "",
         "app.post('/lti/launch', (req, res) => {"]
    if c.obvious:
        L.insert(5, "const %s = %s;" % (c.name("camel"), c.val("js")))
        L.append("  const provider = new lti.Provider('%s', %s);" % (key, c.name("camel")))
    else:
        L.append("  const provider = new lti.Provider('%s', %s);" % (key, c.val("js")))
    L += ["  provider.valid_request(req, (err, isValid) => {",
          "    if (err || !isValid) return res.status(401).send('invalid launch');",
          "    req.session.lis = provider.outcome_service;", "    res.redirect('/app');", "  });", "});", "",
          "app.listen(process.env.PORT || 3000);"]
    return pick(r, ["server.js", "src/lti11.js", "routes/launch.js"]), "js", "\n".join(L) + "\n"


def t_kaltura_php(c):
    r = c.r
    L = ["<?php", "require_once 'KalturaClient.php';", "", "$partnerId = %s;" % (c.pub_id or "1234567"),
         "$config = new KalturaConfiguration($partnerId);", "$config->serviceUrl = 'https://%s/';" % c.host,
         "$client = new KalturaClient($config);", ""]
    if c.obvious:
        L.append("$%s = %s;" % (c.name("camel"), c.val("php", "'")))
        arg = "$" + c.name("camel")
    else:
        arg = c.val("php", "'")
    L += ["$ks = $client->session->start(%s, 'lti-sync@%s.edu', KalturaSessionType::ADMIN, $partnerId, 86400, 'disableentitlement');" % (arg, c.college),
          "$client->setKs($ks);", "", "$filter = new KalturaMediaEntryFilter();",
          "$filter->categoriesIdsMatchOr = '%d';" % r.randrange(10000, 99999),
          "$list = $client->media->listAction($filter);", "echo count($list->objects) . \" entries\\n\";"]
    return pick(r, ["mediaspace/sync_categories.php", "scripts/kaltura_list.php"]), "php", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# negative look-alike templates: (path, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
class N:
    """tiny context for look-alike files"""

    def __init__(self, r):
        self.r = r
        self.district = pick(r, DISTRICTS)
        self.college = pick(r, COLLEGES)
        self.state = pick(r, STATES)

    def person(self):
        return pick(self.r, FIRST), pick(self.r, LAST)


def lti_ids(n):
    r = n.r
    iss = pick(r, ["https://canvas.instructure.com", "https://%s.brightspace.com" % n.college,
                   "https://moodle.%s.k12.%s.us" % (n.district, n.state), "https://blackboard.com",
                   "https://lms.%s.edu" % n.college])
    return {"issuer": iss, "client_id": pick(r, [g_canvas_client_id(r), uuid4(r), rs(r, 15)]),
            "deployment_id": pick(r, ["%d:%s" % (r.randrange(1, 500), rs(r, 40, HEX)), uuid4(r)])}


def nl_platform_registration(n):
    r = n.r
    d = lti_ids(n)
    iss = d["issuer"]
    fmt = r.randrange(3)
    if fmt == 0:
        reg = {iss: [{"default": True, "client_id": d["client_id"],
                      "auth_login_url": iss + "/api/lti/authorize_redirect",
                      "auth_token_url": iss + "/login/oauth2/token",
                      "key_set_url": iss + "/api/lti/security/jwks",
                      "private_key_file": pick(r, ["/run/secrets/lti_private.pem", "private.key", "keys/tool.pem"]),
                      "public_key_file": "public.key",
                      "deployment_ids": [d["deployment_id"]]}]}
        return pick(r, ["configs/tool.json", "lti/config/game.json", "tool_config.json"]), "json", json.dumps(reg, indent=4) + "\n", "ims-lti", "platform_registration"
    if fmt == 1:
        L = ["lti:", "  platforms:", "    - name: %s" % n.district.capitalize(), "      issuer: %s" % iss,
             "      client_id: \"%s\"" % d["client_id"], "      deployment_id: \"%s\"" % d["deployment_id"],
             "      jwks_url: %s/api/lti/security/jwks" % iss, "      token_url: %s/login/oauth2/token" % iss,
             "      private_key_path: /etc/lti/private.pem", "  tool:",
             "    target_link_uri: https://lti.%s.k12.%s.us/launch" % (n.district, n.state),
             "    oidc_initiation_url: https://lti.%s.k12.%s.us/login" % (n.district, n.state)]
        return "config/lti_platforms.yml", "yaml", "\n".join(L) + "\n", "ims-lti", "platform_registration"
    L = ["LTI_ISSUER = %r" % iss, "LTI_CLIENT_ID = %r" % d["client_id"], "LTI_DEPLOYMENT_ID = %r" % d["deployment_id"],
         "LTI_AUTH_LOGIN_URL = LTI_ISSUER + '/api/lti/authorize_redirect'",
         "LTI_KEYSET_URL = LTI_ISSUER + '/api/lti/security/jwks'",
         "LTI_PRIVATE_KEY_PATH = os.path.join(BASE_DIR, 'keys', 'private.pem')  # not in git"]
    return "lti/settings.py", "py", "import os\n\nBASE_DIR = os.path.dirname(__file__)\n" + "\n".join(L) + "\n", "ims-lti", "platform_registration"


def nl_public_jwks(n):
    r = n.r
    keys = [jwk_public(r, pick(r, [uuid4(r), b64u(rbytes(r, 32)), "%d-%02d-01T00:00:00Z" % (r.randrange(2022, 2026), r.randrange(1, 13))]))
            for _ in range(r.randrange(1, 3))]
    return pick(r, [".well-known/jwks.json", "public/jwks.json", "tests/fixtures/platform_jwks.json"]), "jwks", json.dumps({"keys": keys}, indent=2) + "\n", "ims-lti", "public_jwks"


def nl_public_pem(n):
    r = n.r
    p = public_pem(r)
    if r.random() < 0.5:
        return pick(r, ["keys/public.pem", "config/lti/public.key", "tool_public_key.pem"]), "pem", p + "\n", "ims-lti", "public_key"
    L = ["# paste this into the Developer Key 'Public JWK URL' page if the URL is unreachable", "lti_public_key: |"]
    L += ["  " + ln for ln in p.split("\n")]
    L.append("lti_private_key_file: /etc/lti/keys/private.pem")
    return "config/lti_keys.yml", "yaml", "\n".join(L) + "\n", "ims-lti", "public_key"


def nl_lti11_launch_fixture(n):
    r = n.r
    params = {"lti_message_type": "basic-lti-launch-request", "lti_version": "LTI-1p0",
              "resource_link_id": rs(r, 40, HEX), "context_id": rs(r, 40, HEX),
              "context_label": pick(r, COURSES), "user_id": rs(r, 40, HEX),
              "roles": pick(r, ["Learner", "Instructor"]),
              "lis_result_sourcedid": "%d-%d-%d-%d-%s" % (r.randrange(1000, 9999), r.randrange(100, 999), r.randrange(1000, 9999), r.randrange(10000, 99999), rs(r, 40, HEX)),
              "lis_outcome_service_url": "https://%s.instructure.com/api/lti/v1/tools/%d/grade_passback" % (n.district, r.randrange(100, 9999)),
              "oauth_consumer_key": g_lti11_key(r), "oauth_signature_method": "HMAC-SHA1",
              "oauth_timestamp": str(r.randrange(1690000000, 1740000000)), "oauth_nonce": rs(r, 32, ALNUM),
              "oauth_version": "1.0", "oauth_signature": base64.b64encode(rbytes(r, 20)).decode()}
    if r.random() < 0.5:
        return pick(r, ["tests/fixtures/lti11_launch.json", "spec/fixtures/launch_params.json"]), "json", json.dumps(params, indent=2) + "\n", "ims-lti", "signed_launch_fixture"
    L = ["POST /lti/launch HTTP/1.1", "Host: lti.%s.k12.%s.us" % (n.district, n.state),
         "Content-Type: application/x-www-form-urlencoded", ""]
    L += ["%s=%s" % (k, v) for k, v in params.items()]
    return "tests/fixtures/launch_request.http", "http", "\n".join(L) + "\n", "ims-lti", "signed_launch_fixture"


def nl_id_token_claims(n):
    r = n.r
    d = lti_ids(n)
    f, l = n.person()
    claims = {"iss": d["issuer"], "aud": d["client_id"], "sub": uuid4(r), "nonce": rs(r, 32, B64URL),
              "iat": r.randrange(1690000000, 1740000000), "exp": r.randrange(1740000000, 1750000000),
              "name": "%s %s" % (f, l),
              "https://purl.imsglobal.org/spec/lti/claim/deployment_id": d["deployment_id"],
              "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
              "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
              "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
              "https://purl.imsglobal.org/spec/lti/claim/context": {"id": rs(r, 40, HEX), "label": pick(r, COURSES)},
              "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": uuid4(r)},
              "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
                  "lineitems": "%s/api/lti/courses/%d/line_items" % (d["issuer"], r.randrange(1000, 99999)),
                  "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"]}}
    return pick(r, ["tests/fixtures/id_token_payload.json", "docs/examples/launch_claims.json"]), "json", json.dumps(claims, indent=2) + "\n", "ims-lti", "decoded_id_token_claims"


def nl_oneroster_users_csv(n):
    r = n.r
    L = ["sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,identifier,email,grades"]
    for _ in range(r.randrange(6, 20)):
        f, l = n.person()
        L.append("%s,active,2024-08-%02dT06:12:44Z,true,%s,%s,%s%s%d,{SIS:%d},%s,%s,%d,%s.%s@%s.k12.%s.us,%02d" % (
            uuid4(r), r.randrange(1, 28), uuid4(r), pick(r, ["student", "student", "teacher"]), f[0].lower(), l.lower(),
            r.randrange(10, 99), r.randrange(100000, 999999), f, l, r.randrange(100000, 999999), f.lower(), l.lower(),
            n.district, n.state, r.randrange(1, 13)))
    return pick(r, ["exports/oneroster/users.csv", "roster/users.csv", "data/classlink/users.csv"]), "csv", "\n".join(L) + "\n", "oneroster", "sourced_ids"


def nl_oneroster_enroll_csv(n):
    r = n.r
    L = ["sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate"]
    cls = [uuid4(r) for _ in range(3)]
    sch = uuid4(r)
    for _ in range(r.randrange(8, 25)):
        L.append("%s,active,,%s,%s,%s,%s,%s,2024-08-19,2025-06-06" % (uuid4(r), pick(r, cls), sch, uuid4(r), pick(r, ["student", "student", "teacher"]), pick(r, ["false", "true"])))
    return pick(r, ["exports/oneroster/enrollments.csv", "sis/out/enrollments.csv"]), "csv", "\n".join(L) + "\n", "oneroster", "sourced_ids"


def nl_canvas_course_export(n):
    r = n.r
    users = []
    for _ in range(r.randrange(2, 5)):
        f, l = n.person()
        users.append({"id": r.randrange(1000, 99999), "name": "%s %s" % (f, l), "sortable_name": "%s, %s" % (l, f),
                      "sis_user_id": "S%06d" % r.randrange(999999), "login_id": "%s.%s" % (f.lower(), l.lower()),
                      "lti_user_id": rs(r, 40, HEX), "uuid": rs_mixed(r, 40), "integration_id": None})
    course = {"id": r.randrange(1000, 99999), "name": "%s - Period %d" % (pick(r, COURSES), r.randrange(1, 8)),
              "uuid": rs_mixed(r, 40), "sis_course_id": "%d-%s-%d" % (r.randrange(2024, 2026), pick(r, COURSES), r.randrange(1, 9)),
              "lti_context_id": rs(r, 40, HEX), "account_id": r.randrange(1, 300), "enrollment_term_id": r.randrange(1, 60),
              "students": users}
    return pick(r, ["tests/fixtures/canvas_course.json", "samples/course_with_students.json"]), "json", json.dumps(course, indent=2) + "\n", "canvas", "lms_object_ids"


def nl_moodle_settings_php(n):
    r = n.r
    comp = "local_%s" % pick(r, ["rostersync", "gradeexport", "zoomsync", "kalturabridge"])
    L = ["<?php", "defined('MOODLE_INTERNAL') || die();", "", "if ($hassiteconfig) {",
         "    $settings = new admin_settingpage('%s', get_string('pluginname', '%s'));" % (comp, comp),
         "    $ADMIN->add('localplugins', $settings);", "",
         "    $settings->add(new admin_setting_configtext('%s/apiurl'," % comp,
         "        get_string('apiurl', '%s'), get_string('apiurl_desc', '%s'), 'https://', PARAM_URL));" % (comp, comp),
         "    $settings->add(new admin_setting_configtext('%s/clientid'," % comp,
         "        get_string('clientid', '%s'), '', '', PARAM_ALPHANUMEXT));" % comp,
         "    $settings->add(new admin_setting_configpasswordunmask('%s/clientsecret'," % comp,
         "        get_string('clientsecret', '%s'), get_string('clientsecret_desc', '%s'), ''));" % (comp, comp),
         "    $settings->add(new admin_setting_configpasswordunmask('%s/wstoken'," % comp,
         "        get_string('wstoken', '%s'), '', ''));" % comp, "}"]
    return "local/%s/settings.php" % comp[6:], "php", "\n".join(L) + "\n", "moodle", "settings_definition"


def nl_moodle_lang(n):
    r = n.r
    comp = pick(r, ["local_rostersync", "enrol_lticonsumer", "block_gradesync"])
    L = ["<?php", "// Language strings for %s." % comp, "$string['pluginname'] = '%s';" % pick(r, ["Roster sync", "Grade sync", "LTI consumer"]),
         "$string['apiurl'] = 'API URL';", "$string['clientid'] = 'Client ID';",
         "$string['clientsecret'] = 'Client secret';",
         "$string['clientsecret_desc'] = 'The secret shown once when the integration was created. Paste it here; it is stored encrypted.';",
         "$string['wstoken'] = 'Web service token';",
         "$string['wstoken_help'] = 'Create a token under Site administration > Server > Web services > Manage tokens.';",
         "$string['secretmissing'] = 'No shared secret is configured for this tool.';",
         "$string['tokenexpired'] = 'The access token has expired. Ask your administrator to generate a new one.';"]
    return "%s/lang/en/%s.php" % (comp.split("_", 1)[1], comp), "php", "\n".join(L) + "\n", "moodle", "i18n_strings"


def nl_i18n_yaml(n):
    r = n.r
    if r.random() < 0.5:
        L = ["en:", "  integrations:", "    canvas:", "      access_token: \"Access token\"",
             "      access_token_hint: \"Generate one under Account > Settings > Approved Integrations\"",
             "      developer_key_secret: \"Developer key secret\"", "    lti:",
             "      consumer_key: \"Consumer key\"", "      shared_secret: \"Shared secret\"",
             "      shared_secret_placeholder: \"Paste the shared secret from the vendor\"",
             "      private_key: \"Tool private key (PEM)\"", "    errors:",
             "      invalid_secret: \"The secret you entered is not valid\"",
             "      token_revoked: \"This token was revoked by %{user}\""]
        return "config/locales/en.yml", "yaml", "\n".join(L) + "\n", "canvas", "i18n_strings"
    d = {"settings": {"clientId": "Client ID", "clientSecret": "Client secret", "apiKey": "API key",
                      "apiKeyHelp": "Your Turnitin administrator can create an API key in the admin console.",
                      "tokenPlaceholder": "e.g. 1~abc...", "save": "Save", "secretSaved": "Secret saved. It will not be shown again."}}
    return pick(r, ["src/locales/en.json", "public/i18n/en-US.json"]), "json", json.dumps(d, indent=2) + "\n", "turnitin", "i18n_strings"


def nl_outcomes_xml(n):
    r = n.r
    sid = "%d-%d-%d-%d-%s" % (r.randrange(1000, 9999), r.randrange(100, 999), r.randrange(1000, 9999), r.randrange(10000, 99999), rs(r, 40, HEX))
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<imsx_POXEnvelopeRequest xmlns=\"http://www.imsglobal.org/services/ltiv1p1/xsd/imsoms_v1p0\">",
         "  <imsx_POXHeader>", "    <imsx_POXRequestHeaderInfo>", "      <imsx_version>V1.0</imsx_version>",
         "      <imsx_messageIdentifier>%s</imsx_messageIdentifier>" % rs(r, 32, HEX),
         "    </imsx_POXRequestHeaderInfo>", "  </imsx_POXHeader>", "  <imsx_POXBody>",
         "    <replaceResultRequest>", "      <resultRecord>", "        <sourcedGUID>",
         "          <sourcedId>%s</sourcedId>" % sid, "        </sourcedGUID>", "        <result>",
         "          <resultScore>", "            <language>en</language>",
         "            <textString>%.2f</textString>" % r.random(), "          </resultScore>", "        </result>",
         "      </resultRecord>", "    </replaceResultRequest>", "  </imsx_POXBody>", "</imsx_POXEnvelopeRequest>"]
    return pick(r, ["tests/fixtures/replace_result.xml", "docs/examples/outcome_request.xml"]), "xml", "\n".join(L) + "\n", "ims-lti", "grade_passback_payload"


def nl_cartridge_xml(n):
    r = n.r
    tool = pick(r, ["Roster Quiz", "Lab Notebook", "Reading Log", "Gradebook Bridge"])
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<cartridge_basiclti_link xmlns=\"http://www.imsglobal.org/xsd/imslticc_v1p0\"",
         "    xmlns:blti=\"http://www.imsglobal.org/xsd/imsbasiclti_v1p0\"",
         "    xmlns:lticm=\"http://www.imsglobal.org/xsd/imslticm_v1p0\"",
         "    xmlns:lticp=\"http://www.imsglobal.org/xsd/imslticp_v1p0\">",
         "  <blti:title>%s</blti:title>" % tool,
         "  <blti:description>%s for %s schools</blti:description>" % (tool, n.district.capitalize()),
         "  <blti:launch_url>https://lti.%s.k12.%s.us/launch</blti:launch_url>" % (n.district, n.state),
         "  <blti:extensions platform=\"canvas.instructure.com\">",
         "    <lticm:property name=\"privacy_level\">public</lticm:property>",
         "    <lticm:property name=\"domain\">lti.%s.k12.%s.us</lticm:property>" % (n.district, n.state),
         "    <lticm:property name=\"tool_id\">%s</lticm:property>" % rs(r, 12, LOWER_ALNUM),
         "    <lticm:options name=\"course_navigation\">",
         "      <lticm:property name=\"enabled\">true</lticm:property>",
         "      <lticm:property name=\"visibility\">admins</lticm:property>", "    </lticm:options>",
         "  </blti:extensions>", "  <cartridge_bundle identifierref=\"BLTI001_Bundle\"/>",
         "  <cartridge_icon identifierref=\"BLTI001_Icon\"/>", "</cartridge_basiclti_link>"]
    return pick(r, ["lti/config.xml", "public/tool_config.xml", "cartridge/basiclti.xml"]), "xml", "\n".join(L) + "\n", "ims-lti", "tool_configuration_xml"


def nl_canvas_devkey_json(n):
    r = n.r
    host = "lti.%s.k12.%s.us" % (n.district, n.state)
    cfg = {"title": pick(r, ["Roster Quiz", "Reading Log"]), "description": "LTI 1.3 tool",
           "oidc_initiation_url": "https://%s/login" % host, "target_link_uri": "https://%s/launch" % host,
           "scopes": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                      "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
           "extensions": [{"domain": host, "tool_id": rs(r, 10, LOWER_ALNUM), "platform": "canvas.instructure.com",
                           "privacy_level": "public",
                           "settings": {"placements": [{"placement": "course_navigation", "message_type": "LtiResourceLinkRequest"}]}}]}
    if r.random() < 0.5:
        cfg["public_jwk_url"] = "https://%s/.well-known/jwks.json" % host
    else:
        cfg["public_jwk"] = jwk_public(r, uuid4(r))
    return pick(r, ["lti/canvas_tool_config.json", "config/developer_key.json"]), "json", json.dumps(cfg, indent=2) + "\n", "canvas", "tool_configuration_json"


def nl_powerschool_plugin(n):
    r = n.r
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<plugin xmlns=\"http://plugin.powerschool.pearson.com\"",
         "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
         "        xsi:schemaLocation=\"http://plugin.powerschool.pearson.com plugin.xsd\"",
         "        name=\"%s Data Sync\"" % n.district.capitalize(),
         "        version=\"%d.%d.%d\"" % (r.randrange(1, 4), r.randrange(10), r.randrange(10)),
         "        description=\"Read-only student and section access for the LMS sync\">",
         "  <publisher name=\"%s Schools IT\">" % n.district.capitalize(),
         "    <contact email=\"sis-admin@%s.k12.%s.us\"/>" % (n.district, n.state), "  </publisher>",
         "  <oauth/>", "  <access_request>",
         "    <field table=\"STUDENTS\" field=\"STUDENT_NUMBER\" access=\"ViewOnly\"/>",
         "    <field table=\"STUDENTS\" field=\"LAST_NAME\" access=\"ViewOnly\"/>",
         "    <field table=\"SECTIONS\" field=\"SECTION_NUMBER\" access=\"ViewOnly\"/>",
         "    <field table=\"CC\" field=\"SECTIONID\" access=\"ViewOnly\"/>", "  </access_request>", "</plugin>"]
    return pick(r, ["plugin/plugin.xml", "powerschool-plugin/plugin.xml"]), "xml", "\n".join(L) + "\n", "powerschool", "plugin_manifest"


def nl_test_state_nonce(n):
    r = n.r
    L = ["import hashlib", "import uuid", "", "import pytest", "", "from lti.oidc import build_login_redirect, verify_state", "",
         "FIXED_STATE = %r" % ("state-" + uuid4(r)), "FIXED_NONCE = %r" % rs(r, 32, B64URL),
         "DEPLOYMENT_ID = %r" % lti_ids(n)["deployment_id"], "", "",
         "def test_state_roundtrip(client):", "    url = build_login_redirect(state=FIXED_STATE, nonce=FIXED_NONCE)",
         "    assert 'state=' + FIXED_STATE in url", "    assert verify_state(FIXED_STATE, FIXED_STATE)", "", "",
         "def test_nonce_hash_is_stable():",
         "    assert hashlib.sha256(FIXED_NONCE.encode()).hexdigest() == %r" % rs(r, 64, HEX), "", "",
         "def test_sub_is_uuid():", "    assert uuid.UUID(%r).version == 4" % uuid4(r)]
    return pick(r, ["tests/test_oidc.py", "tests/lti/test_login.py"]), "py", "\n".join(L) + "\n", "ims-lti", "nonce_state_test_values"


def nl_lockfile(n):
    r = n.r
    pk = {"name": "lti-tool", "version": "1.%d.0" % r.randrange(20), "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in r.sample(["ltijs", "express", "jose", "mongoose", "axios", "dotenv", "helmet", "cookie-parser", "ims-lti"], 5):
        v = "%d.%d.%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(20))
        pk["packages"]["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, v),
                                                  "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(), "license": "MIT"}
    return "package-lock.json", "json", json.dumps(pk, indent=2) + "\n", "npm", "integrity_hashes"


def nl_requirements_hashes(n):
    r = n.r
    L = ["# generated by pip-compile --generate-hashes"]
    for name in r.sample(["pylti1p3", "django", "requests", "jwcrypto", "pyjwt", "cryptography", "pandas", "flask"], 4):
        L.append("%s==%d.%d.%d \\" % (name, r.randrange(1, 6), r.randrange(20), r.randrange(10)))
        L.append("    --hash=sha256:%s \\" % rs(r, 64, HEX))
        L.append("    --hash=sha256:%s" % rs(r, 64, HEX))
    return "requirements.txt", "requirements", "\n".join(L) + "\n", "pypi", "integrity_hashes"


def nl_compose_digests(n):
    r = n.r
    L = ["services:", "  lti:", "    image: ghcr.io/%s-schools/lti-tool@sha256:%s" % (n.district, rs(r, 64, HEX)),
         "    environment:", "      LTI_PRIVATE_KEY_FILE: /run/secrets/lti_private_key",
         "      CANVAS_API_TOKEN_FILE: /run/secrets/canvas_api_token", "      DB_HOST: db",
         "    secrets:", "      - lti_private_key", "      - canvas_api_token", "  db:",
         "    image: postgres@sha256:%s" % rs(r, 64, HEX), "    environment:",
         "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password", "    secrets:", "      - db_password", "",
         "secrets:", "  lti_private_key:", "    file: ./secrets/lti_private.pem", "  canvas_api_token:",
         "    external: true", "  db_password:", "    external: true"]
    return "docker-compose.yml", "docker-compose", "\n".join(L) + "\n", "docker", "secret_file_references"


def nl_changelog(n):
    r = n.r
    L = ["# Changelog", ""]
    for i in range(r.randrange(3, 6)):
        L.append("## %d.%d.%d" % (1, 9 - i, r.randrange(5)))
        for _ in range(r.randrange(1, 4)):
            L.append("- %s (%s)" % (pick(r, ["Rotate Canvas token handling to use Secrets Manager",
                                              "Fix grade passback for late submissions", "Add Clever events pagination",
                                              "Stop logging the Moodle wstoken", "Support LTI 1.3 deep linking"]), rs(r, 40, HEX)[:pick(r, [7, 40])]))
        L.append("")
    return "CHANGELOG.md", "md", "\n".join(L), "git", "commit_hashes"


def nl_lecture_capture(n):
    r = n.r
    rooms = []
    for _ in range(r.randrange(2, 5)):
        rooms.append({"room": "%s-%d" % (pick(r, ["SCI", "LIB", "HUM", "ENG"]), r.randrange(100, 400)),
                      "zoom_meeting_id": "%d" % r.randrange(10 ** 10, 10 ** 11),
                      "kaltura_category_id": r.randrange(100000, 999999),
                      "kaltura_entry_template": "%d_%s" % (r.randrange(0, 2), rs(r, 8, LOWER_ALNUM)),
                      "panopto_folder_id": uuid4(r)})
    d = {"kaltura_partner_id": r.randrange(1000000, 5999999), "zoom_account_id_env": "ZOOM_ACCOUNT_ID",
         "panopto_server": "%s.hosted.panopto.com" % n.college, "rooms": rooms}
    if r.random() < 0.5:
        return "config/lecture_capture.json", "json", json.dumps(d, indent=2) + "\n", "kaltura", "media_ids"
    L = ["kaltura_partner_id: %d" % d["kaltura_partner_id"], "panopto_server: %s" % d["panopto_server"], "rooms:"]
    for rm in rooms:
        L += ["  - room: %s" % rm["room"], "    zoom_meeting_id: \"%s\"" % rm["zoom_meeting_id"],
              "    kaltura_category_id: %d" % rm["kaltura_category_id"], "    panopto_folder_id: %s" % rm["panopto_folder_id"]]
    return "config/lecture_capture.yml", "yaml", "\n".join(L) + "\n", "zoom", "media_ids"


def nl_env_example(n):
    r = n.r
    L = ["# Copy to .env and fill in. Never commit the real values.", "CANVAS_BASE_URL=https://%s.instructure.com" % n.district,
         "CANVAS_API_TOKEN=", "CANVAS_CLIENT_ID=%s" % g_canvas_client_id(r), "CANVAS_CLIENT_SECRET=<from developer keys page>",
         "MOODLE_WS_TOKEN=your-moodle-token", "CLEVER_DISTRICT_TOKEN=${CLEVER_DISTRICT_TOKEN}",
         "GOOGLE_CLIENT_ID=%s" % g_google_client_id(r), "GOOGLE_CLIENT_SECRET=", "ZOOM_ACCOUNT_ID=",
         "ZOOM_CLIENT_SECRET=changeme", "SIS_DB_PASSWORD=", "LTI_PRIVATE_KEY_PATH=./keys/private.pem"]
    return pick(r, [".env.example", ".env.sample", "env.template"]), "env", "\n".join(L) + "\n", "canvas", "env_template"


def nl_tf_secrets(n):
    r = n.r
    L = ["data \"aws_secretsmanager_secret_version\" \"canvas\" {", "  secret_id = \"%s/lms/canvas-api-token\"" % n.district, "}", "",
         "data \"aws_secretsmanager_secret_version\" \"lti_key\" {", "  secret_id = \"%s/lti/private-key\"" % n.district, "}", "",
         "resource \"aws_ecs_task_definition\" \"lti\" {", "  family = \"lti-tool\"",
         "  container_definitions = jsonencode([{", "    name  = \"lti\"",
         "    image = \"%d.dkr.ecr.us-east-2.amazonaws.com/lti-tool:latest\"" % r.randrange(10 ** 11, 10 ** 12),
         "    secrets = [", "      { name = \"CANVAS_API_TOKEN\", valueFrom = data.aws_secretsmanager_secret_version.canvas.arn },",
         "      { name = \"LTI_PRIVATE_KEY\", valueFrom = data.aws_secretsmanager_secret_version.lti_key.arn },", "    ]", "  }])", "}"]
    return "infra/ecs.tf", "hcl", "\n".join(L) + "\n", "aws", "secret_manager_reference"


def nl_gha_secrets(n):
    r = n.r
    L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
         "    environment: production", "    steps:", "      - uses: actions/checkout@v4",
         "      - name: Sync roster", "        env:", "          CLEVER_DISTRICT_TOKEN: ${{ secrets.CLEVER_DISTRICT_TOKEN }}",
         "          PS_CLIENT_ID: ${{ vars.PS_CLIENT_ID }}", "          PS_CLIENT_SECRET: ${{ secrets.PS_CLIENT_SECRET }}",
         "        run: python -m roster_sync --since yesterday",
         "      - uses: actions/cache@v4", "        with:", "          path: ~/.cache/pip",
         "          key: pip-${{ hashFiles('requirements.txt') }}"]
    return ".github/workflows/deploy.yml", "github-actions", "\n".join(L) + "\n", "clever", "ci_secret_reference"


def nl_masked_guide(n):
    r = n.r
    L = ["# Connecting %s to Canvas" % pick(r, ["Clever", "ClassLink", "PowerSchool"]), "",
         "1. In Canvas go to *Admin > Developer Keys* and create an API key.",
         "2. Copy the **Client ID** (looks like `%s`)." % g_canvas_client_id(r),
         "3. Click *Show Key*; the secret is displayed once. Paste it straight into the vault.",
         "4. The screenshot below shows the key page with the secret hidden: `Key: %s`" % ("•" * 20),
         "5. Generate a user token for the integration account; Canvas shows it as `%s~%s` after you leave the page." % (pick(r, CANVAS_SHARDS), "*" * 12 + rs(r, 4, ALNUM)),
         "", "Troubleshooting:", "", "- `401 Invalid access token` means the token was regenerated.",
         "- Tokens expire at the end of the school year (June 30)."]
    return pick(r, ["docs/canvas-setup.md", "notes/connect-canvas.md"]), "md", "\n".join(L) + "\n", "canvas", "masked_values"


def nl_hashed_ids_notebook(n):
    r = n.r
    rows = "\n".join("#  %s  %d  %.1f" % (rs(r, 64, HEX), r.randrange(6, 13), r.random() * 100) for _ in range(4))
    cells = [("markdown", "# Pseudonymised engagement data\nStudent numbers are replaced with salted SHA-256 digests before export."),
             ("code", "import hashlib\nimport os\nimport pandas as pd\n\nSALT = os.environ['PSEUDONYM_SALT']\n\ndef pseudo(x):\n    return hashlib.sha256((SALT + str(x)).encode()).hexdigest()"),
             ("code", "df = pd.read_parquet('data/engagement.parquet')\ndf['student'] = df['student_number'].map(pseudo)\ndf[['student', 'grade', 'minutes']].head(4)\n# student_hash                                                      grade  minutes\n" + rows),
             ("code", "df.groupby('grade')['minutes'].describe()")]
    return pick(r, ["analytics/pseudonymised.ipynb", "notebooks/privacy_safe_export.ipynb"]), "ipynb", nb(cells), "analytics", "hashed_ids"


def nl_sops(n):
    r = n.r
    def enc(nbytes):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, nbytes)).decode(),
                                                                base64.b64encode(rbytes(r, 32)).decode(),
                                                                base64.b64encode(rbytes(r, 16)).decode())
    L = ["canvas_api_token: %s" % enc(68), "clever_district_token: %s" % enc(40), "sis_db_password: %s" % enc(18),
         "sops:", "    kms:", "        - arn: arn:aws:kms:us-east-2:%d:key/%s" % (r.randrange(10 ** 11, 10 ** 12), uuid4(r)),
         "          created_at: \"2024-0%d-1%dT14:02:11Z\"" % (r.randrange(1, 10), r.randrange(10)),
         "          enc: %s" % base64.b64encode(rbytes(r, 180)).decode(), "          aws_profile: \"\"",
         "    lastmodified: \"2024-09-03T14:02:12Z\"", "    mac: %s" % enc(32), "    version: 3.8.1"]
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", "\n".join(L) + "\n", "sops", "ciphertext"


def nl_ansible_vault(n):
    r = n.r
    hexs = rs(r, r.randrange(600, 1200), HEX)
    lines = [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return pick(r, ["group_vars/lms/vault.yml", "inventories/prod/group_vars/all/vault.yml"]), "ansible-vault", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n", "ansible", "ciphertext"


def nl_clever_fixture(n):
    r = n.r
    data = []
    for _ in range(r.randrange(2, 4)):
        f, l = n.person()
        data.append({"data": {"id": rs(r, 24, HEX), "district": rs(r, 24, HEX), "name": {"first": f, "last": l},
                              "roles": {"student": {"sis_id": str(r.randrange(100000, 999999)), "grade": str(r.randrange(1, 13)),
                                                    "school": rs(r, 24, HEX), "legacy_id": rs(r, 24, HEX)}},
                              "created": "2024-08-%02dT12:00:00.000Z" % r.randrange(1, 28)}})
    d = {"data": data, "links": [{"rel": "next", "uri": "/v3.0/users?role=student&starting_after=%s" % rs(r, 24, HEX)}]}
    return pick(r, ["tests/fixtures/clever_users.json", "spec/fixtures/clever/students.json"]), "json", json.dumps(d, indent=2) + "\n", "clever", "api_response_ids"


def nl_classroom_fixture(n):
    r = n.r
    courses = []
    for _ in range(r.randrange(2, 4)):
        courses.append({"id": str(r.randrange(10 ** 11, 10 ** 12)), "name": "%s Period %d" % (pick(r, COURSES), r.randrange(1, 8)),
                        "ownerId": str(r.randrange(10 ** 20, 10 ** 21)), "enrollmentCode": rs(r, 7, LOWER_ALNUM),
                        "courseState": "ACTIVE", "alternateLink": "https://classroom.google.com/c/%s" % b64u(rbytes(r, 12)),
                        "calendarId": "c_classroom%s@group.calendar.google.com" % rs(r, 8, HEX), "guardiansEnabled": False})
    return pick(r, ["tests/fixtures/classroom_courses.json", "samples/courses.list.json"]), "json", json.dumps({"courses": courses}, indent=2) + "\n", "google", "api_response_ids"


def nl_java_config_env(n):
    r = n.r
    L = ["package org.%s.lti.config;" % n.district, "", "import org.springframework.beans.factory.annotation.Value;",
         "import org.springframework.context.annotation.Configuration;", "", "@Configuration",
         "public class LtiProperties {", "", "    @Value(\"${lti.client-id}\")", "    private String clientId;", "",
         "    @Value(\"${lti.private-key-path:/etc/lti/private.pem}\")", "    private String privateKeyPath;", "",
         "    @Value(\"${canvas.api-token}\")", "    private String canvasApiToken;", "",
         "    public static final String TOKEN_ENDPOINT = \"/login/oauth2/token\";",
         "    public static final String KEYSET_PATH = \"/api/lti/security/jwks\";", "",
         "    public String getClientId() { return clientId; }", "    public String getPrivateKeyPath() { return privateKeyPath; }", "}"]
    return "src/main/java/org/%s/lti/config/LtiProperties.java" % n.district, "java", "\n".join(L) + "\n", "ims-lti", "config_reference"


def nl_ruby_env(n):
    r = n.r
    L = ["# frozen_string_literal: true", "", "Rails.application.configure do",
         "  config.x.canvas.base_url = ENV.fetch('CANVAS_BASE_URL', 'https://%s.instructure.com')" % n.district,
         "  config.x.canvas.token = Rails.application.credentials.dig(:canvas, :api_token)",
         "  config.x.schoology.consumer_key = ENV['SCHOOLOGY_CONSUMER_KEY']",
         "  config.x.schoology.consumer_secret = ENV['SCHOOLOGY_CONSUMER_SECRET']",
         "  config.x.lti.tool_consumer_instance_guid = '%s'" % rs(r, 40, ALNUM), "end"]
    return "config/initializers/integrations.rb", "rb", "\n".join(L) + "\n", "schoology", "config_reference"


def nl_ltijs_env(n):
    r = n.r
    L = ["import { Provider as lti } from 'ltijs';", "import Database from 'ltijs-sequelize';", "",
         "const db = new Database(process.env.DB_NAME!, process.env.DB_USER!, process.env.DB_PASS, {",
         "  host: process.env.DB_HOST,", "  dialect: 'postgres',", "  logging: false,", "});", "",
         "lti.setup(process.env.LTI_KEY!, { plugin: db }, {", "  staticPath: 'public',",
         "  cookies: { secure: true, sameSite: 'None' },", "  devMode: process.env.NODE_ENV !== 'production',", "});", "",
         "lti.onConnect((token, req, res) => res.send(`hello ${token.userInfo.name}`));", "",
         "await lti.deploy({ port: Number(process.env.PORT ?? 3000) });",
         "await lti.registerPlatform({", "  url: 'https://canvas.instructure.com',", "  name: 'Canvas',",
         "  clientId: '%s'," % g_canvas_client_id(r),
         "  authenticationEndpoint: 'https://%s.instructure.com/api/lti/authorize_redirect'," % n.district,
         "  accesstokenEndpoint: 'https://%s.instructure.com/login/oauth2/token'," % n.district,
         "  authConfig: { method: 'JWK_SET', key: 'https://%s.instructure.com/api/lti/security/jwks' }," % n.district, "});"]
    return "src/index.ts", "ts", "\n".join(L) + "\n", "ims-lti", "config_reference"


def nl_oauth_test_vector(n):
    r = n.r
    L = ["package org.%s.lti;" % n.district, "", "import static org.junit.jupiter.api.Assertions.assertEquals;", "",
         "import org.junit.jupiter.api.Test;", "",
         "/** Signature test vector from RFC 5849 section 1.2 (photos.example.net). */",
         "class OAuthSignerTest {", "",
         "    private static final String CONSUMER_KEY = \"dpf43f3p2l4k3l03\";",
         "    private static final String CONSUMER_SECRET = \"kd94hf93k423kf44\";  // published example value",
         "", "    @Test", "    void signsRequestTokenRequest() {",
         "        String sig = OAuthSigner.hmacSha1(\"POST\", \"https://photos.example.net/initiate\",",
         "                CONSUMER_KEY, CONSUMER_SECRET, \"\", \"137131200\", \"wIjqoS\");",
         "        assertEquals(\"74KNZJeDHnMBp0EMJ9ZHt/XKycU=\", sig);", "    }", "}"]
    return "src/test/java/org/%s/lti/OAuthSignerTest.java" % n.district, "java", "\n".join(L) + "\n", "ims-lti", "documented_test_vector"


def nl_http_log_redacted(n):
    r = n.r
    L = []
    for _ in range(r.randrange(5, 12)):
        L.append("%s INFO  request_id=%s GET https://%s.instructure.com/api/v1/courses/%d/enrollments?per_page=100 Authorization=Bearer [FILTERED] status=200 x-request-cost=%.4f" % (
            "2024-09-%02dT0%d:%02d:%02dZ" % (r.randrange(1, 28), r.randrange(1, 9), r.randrange(60), r.randrange(60)),
            uuid4(r), n.district, r.randrange(1000, 9999), r.random()))
    L.append("2024-09-12T03:00:02Z WARN  token for integration user %d expires in 14 days (id=%d, hint=...%s)" % (r.randrange(1, 999), r.randrange(1000, 99999), rs(r, 4)))
    return pick(r, ["logs/sample-sync.log", "docs/examples/sync.log"]), "log", "\n".join(L) + "\n", "canvas", "redacted_log"


NEG_LOOKALIKES = [nl_platform_registration, nl_public_jwks, nl_public_pem, nl_lti11_launch_fixture,
                  nl_id_token_claims, nl_oneroster_users_csv, nl_oneroster_enroll_csv, nl_canvas_course_export,
                  nl_moodle_settings_php, nl_moodle_lang, nl_i18n_yaml, nl_outcomes_xml, nl_cartridge_xml,
                  nl_canvas_devkey_json, nl_powerschool_plugin, nl_test_state_nonce, nl_lockfile,
                  nl_requirements_hashes, nl_compose_digests, nl_changelog, nl_lecture_capture, nl_env_example,
                  nl_tf_secrets, nl_gha_secrets, nl_masked_guide, nl_hashed_ids_notebook, nl_sops,
                  nl_ansible_vault, nl_clever_fixture, nl_classroom_fixture, nl_java_config_env, nl_ruby_env,
                  nl_ltijs_env, nl_oauth_test_vector, nl_http_log_redacted]


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
HEADERISH = ("canvas_token", "clever_token", "turnitin")


def fits_generic(K):
    return K["cls"] in ("token", "password")


def has_id(K):
    return K["cls"] == "token" and K.get("idgen") is not None


POS_TEMPLATES = [
    # (name, function, predicate(kind))
    ("django_settings", t_django_settings, fits_generic),
    ("flask_config", t_flask_config, fits_generic),
    ("py_positional", t_py_positional, lambda K: K["cls"] == "token"),
    ("py_header", t_py_header, lambda K: K["cls"] == "token"),
    ("php_define", t_php_define, fits_generic),
    ("php_class", t_php_class, lambda K: K["cls"] == "token"),
    ("ruby_initializer", t_ruby_initializer, fits_generic),
    ("rails_yml", t_rails_yml, fits_generic),
    ("node_config", t_node_config, fits_generic),
    ("ts_config", t_ts_config, fits_generic),
    ("java_props", t_java_props, fits_generic),
    ("spring_yml", t_spring_yml, fits_generic),
    ("java_class", t_java_class, lambda K: K["key"] in HEADERISH),
    ("dotenv", t_dotenv, fits_generic),
    ("shell_exports", t_shell_exports, fits_generic),
    ("compose_env", t_compose, fits_generic),
    ("gha_env", t_gha, fits_generic),
    ("k8s_secret", t_k8s_secret, fits_generic),
    ("helm_values", t_helm_values, fits_generic),
    ("ansible_vars", t_ansible, fits_generic),
    ("md_runbook", t_md_runbook, lambda K: K["cls"] == "token"),
    ("ipynb", t_ipynb, fits_generic),
    ("json_config", t_json_config, fits_generic),
    ("ini", t_ini, fits_generic),
    ("toml", t_toml, fits_generic),
    ("tfvars", t_tfvars, fits_generic),
    ("appconfig_xml", t_appconfig_xml, fits_generic),
    ("ps1_header", t_ps1, lambda K: K["key"] in HEADERISH),
    ("sql_seed", t_sql_seed, lambda K: K["key"] in ("lti11", "schoology", "classlink", "blackboard",
                                                     "infinitecampus", "clever_secret")),
    ("csv_inventory", t_csv_export, lambda K: K["cls"] == "token"),
    ("systemd_unit", t_systemd, fits_generic),
    ("dockerfile_env", t_dockerfile, fits_generic),
    ("crontab_curl", t_crontab, lambda K: K["key"] in HEADERISH or K["key"] in ("moodle", "kaltura")),
    ("go_header", t_go, lambda K: K["key"] in HEADERISH),
    ("csharp_header", t_csharp, lambda K: K["key"] in HEADERISH),
    ("pem_file", t_pem_file, lambda K: K["cls"] == "pem"),
    ("pem_python", t_pem_python, lambda K: K["cls"] == "pem"),
    ("pem_yaml", t_pem_yaml, lambda K: K["cls"] == "pem"),
    ("pem_json", t_pem_json, lambda K: K["cls"] == "pem"),
    ("pem_env", t_pem_env, lambda K: K["cls"] == "pem"),
    ("pem_js", t_pem_js, lambda K: K["cls"] == "pem"),
    ("pem_php", t_pem_php, lambda K: K["cls"] == "pem"),
    ("pem_k8s", t_pem_k8s, lambda K: K["cls"] == "pem"),
    ("pem_md", t_pem_md, lambda K: K["cls"] == "pem"),
    ("jwks_file", t_jwks_file, lambda K: K["cls"] == "jwk"),
    ("jwk_python", t_jwk_python, lambda K: K["cls"] == "jwk"),
    ("jwk_js", t_jwk_js, lambda K: K["cls"] == "jwk"),
    ("jwk_env", t_jwk_env, lambda K: K["cls"] == "jwk"),
    ("database_yml", t_database_yml, lambda K: K["cls"] == "password"),
    ("moodle_config_php", t_moodle_config, lambda K: K["cls"] == "password"),
    ("spring_datasource", t_spring_datasource, lambda K: K["cls"] == "password"),
    ("compose_db", t_compose_db, lambda K: K["cls"] == "password"),
    ("db_url", t_db_url, lambda K: K["cls"] == "password"),
    ("appsettings_connstr", t_appsettings_conn, lambda K: K["cls"] == "password"),
    ("ps1_sqlcmd", t_ps1_sqlcmd, lambda K: K["cls"] == "password"),
    ("php_pdo", t_pdo, lambda K: K["cls"] == "password"),
    ("django_databases", t_django_databases, lambda K: K["cls"] == "password"),
    ("google_client_json", t_google_client_json, lambda K: K["key"] == "google"),
    ("lti11_pylti", t_lti11_py, lambda K: K["key"] == "lti11"),
    ("lti11_node", t_lti11_node, lambda K: K["key"] == "lti11"),
    ("kaltura_php", t_kaltura_php, lambda K: K["key"] == "kaltura"),
]
SPECIFIC = {"pem_", "jwk", "database_yml", "moodle_config_php", "spring_datasource", "compose_db",
            "db_url", "appsettings_connstr", "ps1_sqlcmd", "php_pdo", "django_databases",
            "google_client_json", "lti11_", "kaltura_php"}


def is_specific(name):
    return any(name.startswith(p) for p in SPECIFIC)


NEG_MODES_TOKEN = ["placeholder", "env_reference", "secret_manager_ref", "masked", "empty", "template_var"]
NEG_MODES_PEM = ["public_key", "public_key", "placeholder", "masked", "env_reference", "secret_manager_ref",
                 "empty", "template_var"]
NEG_MODES_JWK = ["public_key", "public_key", "masked"]


def allocate(r, n, weights):
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(x) for x in raw]
    rest = sorted(range(len(weights)), key=lambda i: -(raw[i] - counts[i]))
    for i in rest[:n - sum(counts)]:
        counts[i] += 1
    out = []
    for i, cnt in enumerate(counts):
        out += [i] * cnt
    r.shuffle(out)
    return out


def choose_template(r, K, usage, allow=None):
    cands = [(nm, fn) for nm, fn, pred in POS_TEMPLATES if pred(K) and (allow is None or allow(nm))]
    spec = [x for x in cands if is_specific(x[0])]
    if spec and K["cls"] in ("token",) and r.random() < 0.35:
        cands = spec
    low = min(usage.get(nm, 0) for nm, _ in cands)
    pool = [x for x in cands if usage.get(x[0], 0) <= low + 1]
    nm, fn = pick(r, pool)
    usage[nm] = usage.get(nm, 0) + 1
    return nm, fn


def render(fn, c):
    out = fn(c)
    if len(out) == 4:
        path, ftype, text, needle = out
    else:
        path, ftype, text = out
        needle = c.secret if c.neg is None else None
    return path, ftype, text, needle


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_cn.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    pos_usage, neg_usage = {}, {}
    all_needles = []

    # ---------------- positives ----------------
    order = allocate(r, 500, [K["w"] for K in KINDS])
    for i, ki in enumerate(order):
        K = KINDS[ki]
        for _attempt in range(20):
            c = Ctx(r, K)
            nm, fn = choose_template(r, K, pos_usage)
            path, ftype, text, needle = render(fn, c)
            if needle and needle in text:
                break
            pos_usage[nm] -= 1
        else:
            raise RuntimeError("could not place needle for %s" % K["key"])
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = text[:text.index(needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": K["provider"], "kind": K["kind"],
                         "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
        all_needles.append(needle)
        # the raw secret too (for PEM the needle may be an escaped/indented form)
        if c.secret and c.secret != needle:
            all_needles.append(c.secret)

    # ---------------- negatives ----------------
    neg_items = []
    reuse_order = allocate(r, 250, [K["w"] for K in KINDS])
    for ki in reuse_order:
        neg_items.append(("reuse", ki))
    look = []
    while len(look) < 250:
        batch = list(range(len(NEG_LOOKALIKES)))
        r.shuffle(batch)
        look += batch
    for li in look[:250]:
        neg_items.append(("look", li))
    r.shuffle(neg_items)

    for i, (typ, idx) in enumerate(neg_items):
        for _attempt in range(50):
            if typ == "reuse":
                K = KINDS[idx]
                if K["cls"] == "pem":
                    mode = pick(r, NEG_MODES_PEM)
                elif K["cls"] == "jwk":
                    mode = pick(r, NEG_MODES_JWK)
                else:
                    modes = list(NEG_MODES_TOKEN)
                    if K["key"] in DOC_EXAMPLES:
                        modes += ["doc_example", "doc_example"]
                    mode = pick(r, modes)
                allow = None
                if mode in PEM_SLOT_MODES and K["cls"] == "pem":
                    allow = lambda nm: nm != "pem_file"
                c = Ctx(r, K, neg_mode=mode)
                nm, fn = choose_template(r, K, neg_usage, allow)
                path, ftype, text, _ = render(fn, c)
                prov, kind = K["provider"], mode
            else:
                fn = NEG_LOOKALIKES[idx]
                path, ftype, text, prov, kind = fn(N(r))
                nm = fn.__name__
                neg_usage[nm] = neg_usage.get(nm, 0) + 1
            if not any(nd in text for nd in all_needles):
                break
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
