#!/usr/bin/env python3
"""Blind evaluation-set generator "ai" for a git pre-commit secret scanner.

EMPHASIS
    Credentials hard-coded in less common and legacy programming languages:
    Perl, Tcl, Lua, COBOL, JCL, RPG (free-form ILE), Delphi/Object Pascal (.pas,
    .dpr, .dfm), VB6/VBA (.bas/.cls/.frm), ColdFusion (.cfm/.cfc), classic ASP,
    Erlang (.erl/.hrl/sys.config), Elixir (.ex/.exs), Haskell, OCaml, F#,
    Clojure (.clj/.edn), Scala (.scala/.sbt), Groovy (.groovy/Jenkinsfile),
    Julia, Nim, Zig, Crystal, D, Fortran, Ada, Smalltalk, Racket, Prolog, AWK,
    PowerBuilder export text (.sru/.srw), ABAP, PL/SQL (.sql/.pks/.pkb),
    T-SQL, Informix 4GL -- each with its own string/constant/config idiom.

USAGE
    python3 gen_ai.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, exactly one credential
    each) and OUTDIR/neg/nNNNN/<relative path> (500 files, innocent
    look-alikes only), OUTDIR/manifest.jsonl rows
    {"file","label","provider","kind","filetype"} and OUTDIR/secrets.jsonl rows
    {"file","needle","line"} for positives.  Deterministic per SEED: the only
    randomness is random.Random(SEED) (no time, uuid4, os.urandom).  A
    self-check runs at the end (needle on stated line, no positive needle in
    any negative file) and prints counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no quotes).
    * API tokens: the whole token incl. its documented prefix.
    * Connection strings / URLs with user:password: only the password.
    * Slack incoming webhooks: the whole https://hooks.slack.com/... URL.
    * Azure SAS: the value of sig= exactly as written (URL-encoded).
    * Basic-auth header: the base64 blob after "Basic ".
    * AES keys as byte arrays: the element list as written on its single line
      (from the first element to the last, e.g. `0x3a, 0xf1, ... 0x09`).
    * Inline PEM private keys: the FIRST base64 body line (64 chars) after the
      BEGIN line; line = that line.  The BEGIN marker is on the line above.
    * Human passwords in JCL / COBOL are RACF style (8 chars, upper case).
    * AWS secret-access-key files deliberately do NOT contain a literal AKIA
      key id (it comes from an env/config lookup) so that each positive holds
      exactly one credential; AKIA ids are their own kind.
    * Twilio auth-token files may carry the Account SID (AC...) which is an
      identifier, not a credential.

DOUBTS (formats I am unsure of)
    * ghr_ (GitHub refresh tokens): modelled like ghp_ (36 chars + CRC32
      base62 checksum); real refresh tokens may be longer (~76 chars).
    * github_pat_: modelled as github_pat_ + 22 [A-Za-z0-9] (starting "11") +
      "_" + 59 [A-Za-z0-9]; the internal structure/checksum is undocumented.
    * glpat-: the classic 20-char body; GitLab's newer "routable" tokens
      (glpat-<base64>.<version>.<crc>) are not modelled.
    * OpenAI sk-proj-/sk-svcacct- lengths vary in the wild; modelled as
      74 + "T3BlbkFJ" + 74 chars of [A-Za-z0-9_-].  Legacy sk- as 20+T3BlbkFJ+20.
    * Anthropic: sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA" (108 chars).
    * Atlassian ATATT3xFfGF0 tokens: length of the body and the "=XXXXXXXX"
      checksum-like suffix are approximations.
    * PyPI tokens: a structurally plausible macaroon (pypi-AgEIcHlwaS5vcmc...)
      with random identifier and signature; the caveat layout is approximate.
    * HashiCorp Vault hvs.: 24-char body (older service tokens); current
      service tokens are ~95 chars (hvs.CAES...).
    * Azure AD client secrets: 3 chars + digit + "Q~" + 34 chars; the inner
      structure is inferred from observed secrets.
    * Discord bot tokens, Terraform Cloud (.atlasv1.), Mapbox sk., Square
      EAAA and New Relic NRAK- lengths are from memory.
    * Mailgun: both legacy "key-" + 32 hex and the newer 32hex-8hex-8hex forms.
    * Stripe: both 24-char legacy and ~99-char "51..." bodies.
    * Telegram bot tokens: <8-10 digit bot id>:AA + 33 chars; the "AA" start
      is an observation, not documented.
    * The usage code around AWS access key ids is generic (HTTP client);
      AWS secret keys are shown in a signing/HMAC context instead.

NEGATIVE CATEGORIES (manifest "kind" for label=negative)
    env / cfg / prompt (runtime lookups in the language's idiom under the same
    names as positives), placeholder, redacted, public_id (publishable keys,
    client ids, SIDs, DSNs, ARNs), test_vector (RFC 4231 / FIPS-197 /
    SP 800-38A keys, AWS documentation keys, Azurite key, jwt.io token),
    hash_constant (empty-input digests, SHA-256 IV, artifact digests, git
    SHAs), uuid (GUIDs/CLSIDs), ciphertext (KMS blobs passed to decrypt,
    Jasypt ENC(), Transit vault:v1:), policy_constant, public_key (PEM /
    ssh-rsa), lockfile_checksums (mix.lock, rebar.lock, Manifest.toml,
    build.zig.zon, nimble.lock, shard.lock, stack.yaml.lock,
    cabal.project.freeze), git_sha_build, i18n_strings,
    sql_password_columns, base64_image, sops_sealed_ciphertext.
    For public_id / uuid / hash_constant / policy_constant / public_key the
    look-alike sits in its own variable while the credential variable of the
    same file is read at runtime (env/config) or is a placeholder.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import zlib
from collections import Counter

N_POS = 500
N_NEG = 500

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
ALNUM = DIG + UPP + LOW
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UPP + LOW + DIG + "+/"
B64URL = UPP + LOW + DIG + "-_"
B32 = UPP + "234567"
B62 = DIG + UPP + LOW

_BAD_SUBSTR = re.compile(
    r"(?i)(test|pass|secret|token|key|abcd|1234|2345|3456|4567|5678|6789|xxxx|"
    r"0000|1111|aaaa|example|dummy|fake|sample|demo|qwer|asdf)")


def _has_run(s, n=4):
    run = 1
    for a, b in zip(s, s[1:]):
        if ord(b) - ord(a) == 1:
            run += 1
            if run >= n:
                return True
        else:
            run = 1
    return False


def rstr(rng, alphabet, n, check=True):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not check or (not _BAD_SUBSTR.search(s) and not _has_run(s)):
            return s


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(bs, url=False, pad=True):
    s = base64.urlsafe_b64encode(bs) if url else base64.b64encode(bs)
    s = s.decode()
    return s if pad else s.rstrip("=")


def clean_b64(rng, n, url=False, pad=True):
    while True:
        s = b64(rbytes(rng, n), url, pad)
        if not _BAD_SUBSTR.search(s) and not _has_run(s):
            return s


def b62enc(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_like(rng, prefix):
    body = rstr(rng, ALNUM, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def fake_uuid(rng, upper=False):
    h = "".join(rng.choice(HEXL) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


# ----------------------------------------------------------------------------
# human-ish data
# ----------------------------------------------------------------------------
FIRST = ["Marek", "Zuzana", "Pieter", "Ingrid", "Tomas", "Keiko", "Olena",
         "Rafael", "Bjorn", "Anouk", "Dragan", "Ilse", "Mateus", "Sanna",
         "Kofi", "Lucia", "Hamish", "Yusuf", "Agnieszka", "Teodor", "Mirela",
         "Oskar", "Priya", "Gunnar", "Beatriz", "Lorcan", "Svetla", "Ruairi"]
NOUNS = ["winter", "harbor", "falcon", "cobalt", "maple", "granite", "orchid",
         "tundra", "lantern", "meadow", "juniper", "pelican", "saffron",
         "glacier", "thistle", "marlin", "quarry", "velvet", "copper",
         "monsoon", "biscuit", "walnut", "ember", "sparrow", "krypton",
         "tamarind", "fjord", "bramble", "zephyr", "pumpkin"]
CITIES = ["Halifax", "Brno", "Tromso", "Gdansk", "Porto", "Leuven", "Oulu",
          "Cork", "Graz", "Kaunas", "Bergen", "Split", "Sapporo", "Lyon"]
SEPS = ".-_!*+~"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}


def leet(w, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.5 else c for c in w)


def human_password(rng):
    f = rng.randrange(7)
    y = str(rng.randrange(1961, 2021))
    if f == 0:
        return rng.choice(FIRST) + rng.choice(SEPS) + y + rng.choice(NOUNS)
    if f == 1:
        w = leet(rng.choice(NOUNS).capitalize(), rng)
        return w + rng.choice("!*.+~") + str(rng.randrange(1, 99))
    if f == 2:
        return (rng.choice(CITIES) + rng.choice(SEPS) + rng.choice(NOUNS).capitalize()
                + str(rng.randrange(10, 99)))
    if f == 3:
        return rng.choice(NOUNS) + rng.choice(UPP) + leet(rng.choice(NOUNS), rng) + rng.choice("!*.") + y[2:]
    if f == 4:
        return rng.choice(FIRST).lower() + "_" + y + rng.choice("!*.~")
    if f == 5:
        a, b = rng.sample(NOUNS, 2)
        return a.capitalize() + rng.choice(SEPS) + b.capitalize() + rng.choice(SEPS) + str(rng.randrange(100, 999))
    return leet(rng.choice(FIRST), rng) + str(rng.randrange(1, 31)).zfill(2) + rng.choice(NOUNS) + rng.choice("!*+")


def random_password(rng, n=None):
    n = n or rng.randrange(14, 24)
    alphabet = ALNUM + "!*.-_~+"
    while True:
        s = rstr(rng, alphabet, n)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s) and s[0].isalnum()):
            return s


def racf_password(rng):
    while True:
        s = rstr(rng, UPP + DIG + "#@$", 8)
        if s[0] in UPP and any(c.isdigit() for c in s):
            return s


def any_password(rng):
    return human_password(rng) if rng.random() < 0.55 else random_password(rng)


USERS = ["svc_batch", "appuser", "etl_loader", "reporting", "webapp", "integ",
         "orders_rw", "billing", "dbadmin", "jenkins", "ldapsync", "mailer",
         "payroll", "legacy_app", "crm_ro", "ops", "sched", "interface"]
DB_HOSTS = ["db01.corp.internal", "ora-prd-03.dc1.local", "10.20.4.17", "sqlprod.ad.acme-fin.com",
            "pg-main.internal", "mysql-2.lan", "db2host.mainframe.local", "ifx01.warehouse.local",
            "syb-legacy-01", "dwh-prod.eu-west-1.rds.amazonaws.com", "orcl-rac-scan.prd", "172.16.8.40"]
HOSTS = ["db01.corp.internal", "ora-prd-03.dc1.local", "10.20.4.17",
         "sqlprod.ad.acme-fin.com", "pg-main.internal", "mysql-2.lan",
         "db2host.mainframe.local", "ifx01.warehouse.local", "syb-legacy-01",
         "ldap.corp.internal", "smtp.office365.com", "mail.hostedsmtp.net",
         "ftp.partner-edi.com", "sftp.bankconnect.eu", "172.16.8.40",
         "dwh-prod.eu-west-1.rds.amazonaws.com", "orcl-rac-scan.prd"]
DBNAMES = ["ORDERS", "payroll", "crm", "WAREHOUSE", "billing", "inventory",
           "ledger", "hrms", "claims", "DWH", "portal", "shipping"]
APPS = ["orders", "ledger", "billing", "portal", "claims", "inventory",
        "payroll", "reports", "shipping", "intake", "catalog", "dispatch"]


# ----------------------------------------------------------------------------
# secret kinds
# Each generator returns dict(value=<literal text>, needle=<substring>, ...)
# purpose: api | db | dbconn | mail | ldap | ftp | crypto | bytes | pem | hook
# ----------------------------------------------------------------------------
def _tok(v):
    return {"value": v, "needle": v}


def g_aws_id(rng):
    return _tok(rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rstr(rng, B32, 16))


def g_aws_secret(rng):
    return _tok(rstr(rng, B64[:-2] + "+/", 40))


def g_gh(prefix):
    return lambda rng: _tok(gh_like(rng, prefix))


def g_gh_fine(rng):
    return _tok("github_pat_11" + rstr(rng, UPP + DIG, 9) + rstr(rng, ALNUM, 11) + "_" + rstr(rng, ALNUM, 59))


def g_gl(prefix):
    return lambda rng: _tok(prefix + rstr(rng, ALNUM + "-_", 20))


def g_slack_bot(rng):
    return _tok("xoxb-%d-%d-%s" % (rng.randrange(10 ** 10, 10 ** 12), rng.randrange(10 ** 11, 10 ** 13),
                                   rstr(rng, ALNUM, 24)))


def g_slack_user(rng):
    return _tok("xoxp-%d-%d-%d-%s" % (rng.randrange(10 ** 10, 10 ** 12), rng.randrange(10 ** 10, 10 ** 12),
                                      rng.randrange(10 ** 11, 10 ** 13), rstr(rng, HEXL, 32)))


def g_slack_hook(rng):
    return _tok("https://hooks.slack.com/services/T%s/B%s/%s" % (
        rstr(rng, UPP + DIG, rng.choice([8, 10])), rstr(rng, UPP + DIG, rng.choice([8, 10])), rstr(rng, ALNUM, 24)))


def g_stripe(prefix):
    def g(rng):
        if rng.random() < 0.5:
            return _tok(prefix + rstr(rng, ALNUM, 24))
        return _tok(prefix + "51" + rstr(rng, ALNUM, 97))
    return g


def g_openai_proj(rng):
    p = rng.choice(["sk-proj-", "sk-proj-", "sk-svcacct-"])
    return _tok(p + rstr(rng, ALNUM + "-_", 74) + "T3BlbkFJ" + rstr(rng, ALNUM + "-_", 74))


def g_openai_legacy(rng):
    return _tok("sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20))


def g_anthropic(rng):
    return _tok("sk-ant-api03-" + rstr(rng, ALNUM + "-_", 93) + "AA")


def g_sendgrid(rng):
    return _tok("SG." + rstr(rng, ALNUM + "-_", 22) + "." + rstr(rng, ALNUM + "-_", 43))


def g_twilio_token(rng):
    return dict(_tok(rstr(rng, HEXL, 32)), sid="AC" + rstr(rng, HEXL, 32))


def g_twilio_apisecret(rng):
    return dict(_tok(rstr(rng, ALNUM, 32)), sid="SK" + rstr(rng, HEXL, 32))


def g_google_api(rng):
    return _tok("AIzaSy" + rstr(rng, ALNUM + "-_", 33))


def g_google_oauth(rng):
    cid = "%d-%s.apps.googleusercontent.com" % (rng.randrange(10 ** 11, 10 ** 12), rstr(rng, LOW + DIG, 32))
    return dict(_tok("GOCSPX-" + rstr(rng, ALNUM + "-_", 28)), client_id=cid)


def g_azure_storage(rng):
    key = clean_b64(rng, 64)
    acct = rng.choice(["stprd", "sa", "blob", "archive", "edi"]) + rstr(rng, LOW + DIG, 6, check=False)
    conn = ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (acct, key))
    if rng.random() < 0.5:
        return {"value": conn, "needle": key, "account": acct}
    return {"value": key, "needle": key, "account": acct}


def _pct(s):
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def g_azure_sas(rng):
    sig = _pct(clean_b64(rng, 32))
    acct = rng.choice(["stedi", "sareports", "backups", "imports"]) + rstr(rng, LOW + DIG, 5, check=False)
    y = rng.choice([2024, 2025, 2026])
    q = ("sv=2022-11-02&ss=b&srt=co&sp=%s&se=%d-%02d-%02dT%02d:00:00Z&st=%d-01-0%dT08:00:00Z&spr=https&sig=%s"
         % (rng.choice(["rl", "rwl", "rwdlac", "r"]), y + 1, rng.randrange(1, 13), rng.randrange(1, 28),
            rng.randrange(0, 24), y, rng.randrange(1, 9), sig))
    url = "https://%s.blob.core.windows.net/%s?%s" % (acct, rng.choice(["exports", "drop", "invoices"]), q)
    return {"value": url if rng.random() < 0.6 else q, "needle": sig}


def g_azure_ad(rng):
    return _tok(rstr(rng, ALNUM, 3) + rng.choice(DIG) + "Q~" + rstr(rng, ALNUM + "_.~-", 34))


def g_npm(rng):
    return _tok(gh_like(rng, "npm_"))


def g_pypi(rng):
    ident = fake_uuid(rng).encode()
    mac = (b"\x02\x01\x08pypi.org\x02$" + ident + b"\x00\x02*[" + b'"%s"' % rstr(rng, LOW, 8).encode()
           + b"]\x00\x00\x06 " + rbytes(rng, 32))
    return _tok("pypi-" + b64(mac, url=True, pad=False))


def g_docker(rng):
    return _tok("dckr_pat_" + rstr(rng, ALNUM + "-_", 27))


def g_mailgun(rng):
    if rng.random() < 0.5:
        return _tok("key-" + rstr(rng, HEXL, 32))
    return _tok(rstr(rng, HEXL, 32) + "-" + rstr(rng, HEXL, 8) + "-" + rstr(rng, HEXL, 8))


def g_mailchimp(rng):
    return _tok(rstr(rng, HEXL, 32) + "-us" + str(rng.randrange(1, 22)))


def g_do(rng):
    return _tok("dop_v1_" + rstr(rng, HEXL, 64))


def g_shopify(rng):
    return _tok(rng.choice(["shpat_", "shpat_", "shpca_", "shppa_"]) + rstr(rng, HEXL, 32))


def g_hf(rng):
    return _tok("hf_" + rstr(rng, UPP + LOW, 34))


def g_vault(rng):
    return _tok("hvs." + rstr(rng, ALNUM, 24))


def g_telegram(rng):
    return _tok("%d:AA%s" % (rng.randrange(10 ** 8, 8 * 10 ** 9), rstr(rng, ALNUM + "-_", 33)))


def g_discord(rng):
    uid = str(rng.randrange(10 ** 17, 13 * 10 ** 17))
    return _tok(b64(uid.encode(), pad=False) + "." + rstr(rng, ALNUM + "-_", 6) + "." + rstr(rng, ALNUM + "-_", 38))


def g_atlassian(rng):
    return _tok("ATATT3xFfGF0" + rstr(rng, ALNUM + "-_", 171) + "=" + rstr(rng, HEXU, 8))


def g_newrelic(rng):
    return _tok("NRAK-" + rstr(rng, UPP + DIG, 27))


def g_square(rng):
    return _tok("EAAA" + rstr(rng, ALNUM + "-_", 60))


def g_linear(rng):
    return _tok("lin_api_" + rstr(rng, ALNUM, 40))


def g_groq(rng):
    return _tok("gsk_" + rstr(rng, ALNUM, 52))


def g_tfc(rng):
    return _tok(rstr(rng, ALNUM, 14) + ".atlasv1." + rstr(rng, ALNUM, 67))


def g_mapbox(rng):
    user = rng.choice(FIRST).lower() + rstr(rng, LOW, 3, check=False)
    body = b64(('{"u":"%s","a":"%s"}' % (user, rstr(rng, LOW + DIG, 25))).encode(), url=True, pad=False)
    return _tok("sk." + body + "." + rstr(rng, ALNUM + "-_", 22))


def g_datadog(rng):
    return _tok(rstr(rng, HEXL, 32))


def g_hex(n):
    return lambda rng: _tok(rstr(rng, HEXL, n))


def g_jwt_secret(rng):
    r = rng.random()
    if r < 0.4:
        return _tok(rstr(rng, HEXL, 64))
    if r < 0.8:
        return _tok(clean_b64(rng, rng.choice([32, 48, 64])))
    return _tok(rstr(rng, ALNUM, rng.choice([32, 40, 48])))


def g_phoenix(rng):
    return _tok(rstr(rng, ALNUM + "+/", 64))


def g_aes_bytes(rng):
    n = rng.choice([16, 16, 32])
    return {"bytes": list(rbytes(rng, n)), "value": None, "needle": None}


def g_jwt_bearer(rng):
    hdr = b64(b'{"alg":"HS256","typ":"JWT"}', url=True, pad=False)
    iat = rng.randrange(1700000000, 1760000000)
    pl = '{"sub":"%s","scope":"%s","iat":%d,"exp":%d}' % (
        rng.choice(USERS), rng.choice(["batch", "api:rw", "reports:read", "admin"]), iat, iat + 31536000 * 3)
    return _tok(hdr + "." + b64(pl.encode(), url=True, pad=False) + "." + clean_b64(rng, 32, url=True, pad=False))


def g_basic(rng):
    user = rng.choice(USERS)
    return dict(_tok(b64(("%s:%s" % (user, any_password(rng))).encode())), user=user)


# --- passwords & connection strings -------------------------------------------
def g_pw(style="any"):
    def g(rng):
        if style == "human":
            p = human_password(rng)
        elif style == "random":
            p = random_password(rng)
        else:
            p = any_password(rng)
        return {"value": p, "needle": p, "user": rng.choice(USERS), "host": rng.choice(HOSTS)}
    return g


def _conn(build):
    def g(rng):
        p = any_password(rng)
        u = rng.choice(USERS)
        return {"value": build(rng, u, p), "needle": p, "user": u}
    return g


def _ora(rng, u, p):
    host, svc = rng.choice(DB_HOSTS), rng.choice(DBNAMES).upper() + rng.choice(["PRD", "P1", "_SVC", ""])
    if rng.random() < 0.5:
        return ("%s/%s@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))"
                "(CONNECT_DATA=(SERVICE_NAME=%s)))" % (u, p, host, svc))
    return "Data Source=%s:1521/%s;User Id=%s;Password=%s;" % (host, svc, u, p)


def _db2(rng, u, p):
    return ("DATABASE=%s;HOSTNAME=%s;PORT=50000;PROTOCOL=TCPIP;UID=%s;PWD=%s;"
            % (rng.choice(DBNAMES).upper()[:8], rng.choice(DB_HOSTS), rng.choice(["db2inst1", u]), p))


def _ifx(rng, u, p):
    return ("jdbc:informix-sqli://%s:9088/%s:INFORMIXSERVER=ol_%s;user=%s;password=%s"
            % (rng.choice(DB_HOSTS), rng.choice(DBNAMES).lower(), rng.choice(APPS), rng.choice(["informix", u]), p))


def _syb(rng, u, p):
    if rng.random() < 0.5:
        return ("Driver={Adaptive Server Enterprise};server=%s;port=5000;db=%s;uid=%s;pwd=%s;"
                % (rng.choice(DB_HOSTS), rng.choice(DBNAMES), u, p))
    return "jdbc:sybase:Tds:%s:5000/%s?user=%s&password=%s" % (rng.choice(DB_HOSTS), rng.choice(DBNAMES), u, p)


def _mssql(rng, u, p):
    return ("Provider=SQLOLEDB;Data Source=%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;"
            % (rng.choice(DB_HOSTS), rng.choice(DBNAMES), u, p) if rng.random() < 0.5 else
            "Server=tcp:%s,1433;Database=%s;User Id=%s;Password=%s;Encrypt=True;"
            % (rng.choice(DB_HOSTS), rng.choice(DBNAMES), u, p))


def _pg(rng, u, p):
    return "postgresql://%s:%s@%s:5432/%s" % (u, p, rng.choice(DB_HOSTS), rng.choice(DBNAMES).lower())


def _mysql(rng, u, p):
    if rng.random() < 0.5:
        return "mysql://%s:%s@%s:3306/%s" % (u, p, rng.choice(DB_HOSTS), rng.choice(DBNAMES).lower())
    return "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=%s;" % (rng.choice(DB_HOSTS), rng.choice(DBNAMES), u, p)


def _amqp(rng, u, p):
    return "amqp://%s:%s@%s:5672/%s" % (u, p, rng.choice(["mq01.internal", "rabbit.prd.local"]), rng.choice(APPS))


def _redis(rng, u, p):
    return "redis://:%s@%s:6379/%d" % (p, rng.choice(["cache01.internal", "redis-prd.local"]), rng.randrange(0, 4))


def _ftpurl(rng, u, p):
    return "ftp://%s:%s@%s/outbound/" % (u, p, rng.choice(["ftp.partner-edi.com", "files.acme-logistics.net"]))


def g_pem(kind):
    def g(rng):
        if kind == "rsa":
            head, der = "RSA PRIVATE KEY", _rsa_der(rng)
        elif kind == "ec":
            head = "EC PRIVATE KEY"
            der = (bytes.fromhex("30770201010420") + rbytes(rng, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
                   + b"\x04" + rbytes(rng, 64))
        else:
            head = "PRIVATE KEY"
            inner = _rsa_der(rng)
            der = _der_seq(bytes.fromhex("020100300d06092a864886f70d0101010500") + b"\x04" + _der_len(len(inner)) + inner)
        body = b64(der)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return {"pem": ["-----BEGIN %s-----" % head] + lines + ["-----END %s-----" % head],
                "value": None, "needle": lines[0]}
    return g


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(rng, nbytes, top=True):
    v = bytearray(rbytes(rng, nbytes))
    if top:
        v[0] |= 0x80
    return b"\x02" + _der_len(len(v) + 1) + b"\x00" + bytes(v)


def _der_seq(b):
    return b"\x30" + _der_len(len(b)) + b


def _rsa_der(rng):
    bits = rng.choice([1024, 2048, 2048])
    n = bits // 8
    body = (b"\x02\x01\x00" + _der_int(rng, n) + b"\x02\x03\x01\x00\x01" + _der_int(rng, n)
            + _der_int(rng, n // 2) + _der_int(rng, n // 2) + _der_int(rng, n // 2) + _der_int(rng, n // 2)
            + _der_int(rng, n // 2))
    return _der_seq(body)


# ----------------------------------------------------------------------------
# kind table: provider, kind, generator, purpose, provider-named names,
#             generic names, api url (for usage lines)
# ----------------------------------------------------------------------------
GENERIC_TOKEN_NAMES = ["token", "api_key", "auth", "auth_token", "access_token", "key", "bearer",
                       "llm_key", "svc_token", "credential", "client_secret", "secret"]
KINDS = [
    ("aws", "access_key_id", g_aws_id, "api", ["aws_access_key_id", "aws_key_id", "s3_access_key"],
     ["access_key", "key_id", "ak"], "https://s3.eu-west-1.amazonaws.com"),
    ("aws", "secret_access_key", g_aws_secret, "crypto", ["aws_secret_access_key", "aws_secret", "s3_secret_key"],
     ["secret_key", "sk", "secret"], "https://s3.eu-west-1.amazonaws.com"),
    ("github", "classic_pat", g_gh("ghp_"), "api", ["github_token", "gh_token", "github_pat"],
     ["token", "auth_token", "pat"], "https://api.github.com/repos"),
    ("github", "oauth_token", g_gh("gho_"), "api", ["github_oauth_token", "gh_oauth"],
     ["oauth_token", "access_token"], "https://api.github.com/user"),
    ("github", "user_to_server", g_gh("ghu_"), "api", ["github_app_user_token", "gh_user_token"],
     ["user_token", "token"], "https://api.github.com/user/installations"),
    ("github", "server_to_server", g_gh("ghs_"), "api", ["github_installation_token", "gh_app_token"],
     ["installation_token", "token"], "https://api.github.com/installation/repositories"),
    ("github", "refresh_token", g_gh("ghr_"), "api", ["github_refresh_token"],
     ["refresh_token"], "https://github.com/login/oauth/access_token"),
    ("github", "fine_grained_pat", g_gh_fine, "api", ["github_pat", "github_token", "gh_fg_token"],
     ["token", "repo_token", "auth"], "https://api.github.com/repos"),
    ("gitlab", "personal_access_token", g_gl("glpat-"), "api", ["gitlab_token", "gitlab_pat", "gl_token"],
     ["private_token", "token", "api_token"], "https://gitlab.example.org/api/v4/projects"),
    ("gitlab", "runner_token", g_gl("glrt-"), "api", ["gitlab_runner_token", "runner_token"],
     ["registration", "token"], "https://gitlab.example.org/api/v4/runners"),
    ("gitlab", "deploy_token", g_gl("gldt-"), "api", ["gitlab_deploy_token", "deploy_token"],
     ["registry_password", "pull_token"], "https://gitlab.example.org/api/v4/packages"),
    ("slack", "bot_token", g_slack_bot, "api", ["slack_bot_token", "slack_token"],
     ["bot_token", "token", "chat_token"], "https://slack.com/api/chat.postMessage"),
    ("slack", "user_token", g_slack_user, "api", ["slack_user_token", "slack_oauth_token"],
     ["user_token", "token"], "https://slack.com/api/users.list"),
    ("slack", "webhook_url", g_slack_hook, "hook", ["slack_webhook_url", "slack_hook", "slack_webhook"],
     ["webhook_url", "notify_url", "hook_url", "alert_url"], ""),
    ("stripe", "secret_key", g_stripe("sk_live_"), "api", ["stripe_secret_key", "stripe_key", "stripe_api_key"],
     ["payment_key", "api_key", "secret_key"], "https://api.stripe.com/v1/charges"),
    ("stripe", "restricted_key", g_stripe("rk_live_"), "api", ["stripe_restricted_key", "stripe_rk"],
     ["api_key", "billing_key"], "https://api.stripe.com/v1/invoices"),
    ("openai", "project_key", g_openai_proj, "api", ["openai_api_key", "openai_key"],
     ["llm_key", "api_key", "ai_key", "completion_key"], "https://api.openai.com/v1/chat/completions"),
    ("openai", "legacy_key", g_openai_legacy, "api", ["openai_api_key", "openai_secret"],
     ["llm_key", "api_key", "gpt_key"], "https://api.openai.com/v1/completions"),
    ("anthropic", "api_key", g_anthropic, "api", ["anthropic_api_key", "claude_api_key", "anthropic_key"],
     ["llm_key", "api_key", "model_key"], "https://api.anthropic.com/v1/messages"),
    ("sendgrid", "api_key", g_sendgrid, "api", ["sendgrid_api_key", "sendgrid_key"],
     ["mail_api_key", "email_key", "api_key"], "https://api.sendgrid.com/v3/mail/send"),
    ("twilio", "auth_token", g_twilio_token, "api", ["twilio_auth_token", "twilio_token"],
     ["auth_token", "sms_token", "token"], "https://api.twilio.com/2010-04-01/Accounts"),
    ("twilio", "api_key_secret", g_twilio_apisecret, "api", ["twilio_api_secret", "twilio_secret"],
     ["api_secret", "sms_secret"], "https://api.twilio.com/2010-04-01/Accounts"),
    ("google", "api_key", g_google_api, "api", ["google_api_key", "gcp_api_key", "maps_api_key"],
     ["api_key", "key", "geo_key"], "https://maps.googleapis.com/maps/api/geocode/json"),
    ("google", "oauth_client_secret", g_google_oauth, "api", ["google_client_secret", "gcp_oauth_secret"],
     ["client_secret", "oauth_secret"], "https://oauth2.googleapis.com/token"),
    ("azure", "storage_account_key", g_azure_storage, "api", ["azure_storage_key", "azure_storage_connection_string",
                                                              "storage_account_key"],
     ["account_key", "blob_key", "conn"], "https://core.windows.net"),
    ("azure", "sas_token", g_azure_sas, "api", ["azure_sas_url", "azure_sas_token", "blob_sas"],
     ["upload_url", "sas", "export_url"], "https://blob.core.windows.net"),
    ("azure", "ad_client_secret", g_azure_ad, "api", ["azure_client_secret", "aad_client_secret"],
     ["client_secret", "app_secret"], "https://login.microsoftonline.com/common/oauth2/v2.0/token"),
    ("npm", "access_token", g_npm, "api", ["npm_token", "npm_auth_token"],
     ["registry_token", "token"], "https://registry.npmjs.org"),
    ("pypi", "api_token", g_pypi, "api", ["pypi_token", "pypi_api_token"],
     ["upload_token", "twine_password"], "https://upload.pypi.org/legacy/"),
    ("docker", "personal_access_token", g_docker, "api", ["docker_hub_token", "dockerhub_pat"],
     ["registry_password", "token"], "https://hub.docker.com/v2/repositories"),
    ("mailgun", "api_key", g_mailgun, "api", ["mailgun_api_key", "mailgun_key"],
     ["mail_key", "api_key"], "https://api.mailgun.net/v3/messages"),
    ("mailchimp", "api_key", g_mailchimp, "api", ["mailchimp_api_key", "mailchimp_key"],
     ["newsletter_key", "api_key"], "https://us6.api.mailchimp.com/3.0/lists"),
    ("digitalocean", "personal_access_token", g_do, "api", ["digitalocean_token", "do_token"],
     ["cloud_token", "token"], "https://api.digitalocean.com/v2/droplets"),
    ("shopify", "access_token", g_shopify, "api", ["shopify_access_token", "shopify_token"],
     ["store_token", "admin_token"], "https://shop.myshopify.com/admin/api/2024-01/orders.json"),
    ("huggingface", "access_token", g_hf, "api", ["hf_token", "huggingface_token"],
     ["model_token", "llm_key", "token"], "https://api-inference.huggingface.co/models"),
    ("hashicorp", "vault_token", g_vault, "api", ["vault_token"],
     ["token", "secrets_token"], "https://vault.internal:8200/v1/secret/data"),
    ("telegram", "bot_token", g_telegram, "api", ["telegram_bot_token", "telegram_token"],
     ["bot_token", "notify_token"], "https://api.telegram.org"),
    ("discord", "bot_token", g_discord, "api", ["discord_bot_token", "discord_token"],
     ["bot_token", "token"], "https://discord.com/api/v10/channels"),
    ("atlassian", "api_token", g_atlassian, "api", ["jira_api_token", "atlassian_token", "confluence_token"],
     ["api_token", "token"], "https://acme.atlassian.net/rest/api/3/issue"),
    ("newrelic", "user_api_key", g_newrelic, "api", ["newrelic_api_key", "nr_api_key"],
     ["metrics_key", "api_key"], "https://api.newrelic.com/graphql"),
    ("square", "access_token", g_square, "api", ["square_access_token", "square_token"],
     ["pos_token", "access_token"], "https://connect.squareup.com/v2/payments"),
    ("linear", "api_key", g_linear, "api", ["linear_api_key", "linear_key"],
     ["tracker_key", "api_key"], "https://api.linear.app/graphql"),
    ("groq", "api_key", g_groq, "api", ["groq_api_key", "groq_key"],
     ["llm_key", "inference_key"], "https://api.groq.com/openai/v1/chat/completions"),
    ("terraform", "cloud_token", g_tfc, "api", ["tfc_token", "terraform_token", "atlas_token"],
     ["token", "infra_token"], "https://app.terraform.io/api/v2/workspaces"),
    ("mapbox", "secret_token", g_mapbox, "api", ["mapbox_secret_token", "mapbox_download_token"],
     ["tiles_token", "token"], "https://api.mapbox.com/uploads/v1"),
    ("datadog", "api_key", g_datadog, "api", ["datadog_api_key", "dd_api_key"],
     ["metrics_api_key"], "https://api.datadoghq.eu/api/v1/series"),
    ("jwt", "bearer_token", g_jwt_bearer, "api", ["jwt", "bearer_token", "service_jwt"],
     ["auth", "authorization", "token"], "https://api.partner-gateway.com/v2/orders"),
    ("http", "basic_auth", g_basic, "basic", ["basic_auth", "auth_header", "authorization"],
     ["auth", "creds", "hdr_auth"], "https://edi.partner-gateway.com/as2/inbound"),
    ("generic", "hmac_secret", g_hex(64), "crypto", ["hmac_secret", "hmac_key", "webhook_signing_secret"],
     ["secret", "signing_key", "sig_key"], ""),
    ("generic", "jwt_signing_secret", g_jwt_secret, "crypto", ["jwt_secret", "jwt_signing_key", "token_secret"],
     ["secret", "signing_secret", "app_secret"], ""),
    ("elixir", "secret_key_base", g_phoenix, "crypto", ["secret_key_base", "signing_salt_secret"],
     ["secret", "cookie_secret"], ""),
    ("generic", "aes_key_hex", g_hex(64), "crypto", ["aes_key", "encryption_key", "aes256_key"],
     ["cipher_key", "key", "enc_key", "data_key"], ""),
    ("generic", "aes_key_hex128", g_hex(32), "crypto", ["aes_key", "des_key", "crypt_key"],
     ["cipher_key", "k", "master_key"], ""),
    ("generic", "aes_key_bytes", g_aes_bytes, "bytes", ["aes_key", "encryption_key", "key_bytes"],
     ["k", "cipher_key", "master"], ""),
    ("private_key", "rsa_pem", g_pem("rsa"), "pem", ["private_key", "rsa_private_key", "signing_key_pem"],
     ["pem", "key_pem", "sign_key"], ""),
    ("private_key", "ec_pem", g_pem("ec"), "pem", ["ec_private_key", "private_key"],
     ["pem", "jwt_key"], ""),
    ("private_key", "pkcs8_pem", g_pem("pkcs8"), "pem", ["private_key", "service_account_key"],
     ["pem", "key_material"], ""),
    ("oracle", "connection_string", _conn(_ora), "dbconn", ["oracle_conn", "ora_connect_string", "tns_connect"],
     ["conn_str", "dsn", "connect_string"], ""),
    ("db2", "connection_string", _conn(_db2), "dbconn", ["db2_conn_str", "db2_dsn"],
     ["conn_str", "dsn"], ""),
    ("informix", "jdbc_url", _conn(_ifx), "dbconn", ["informix_url", "ifx_jdbc_url"],
     ["jdbc_url", "db_url"], ""),
    ("sybase", "connection_string", _conn(_syb), "dbconn", ["sybase_conn", "ase_conn_str"],
     ["conn_str", "dsn"], ""),
    ("sqlserver", "connection_string", _conn(_mssql), "dbconn", ["sql_conn_str", "mssql_connection"],
     ["conn_str", "connection_string", "dsn"], ""),
    ("postgres", "connection_uri", _conn(_pg), "dbconn", ["database_url", "pg_url", "postgres_dsn"],
     ["db_url", "dsn"], ""),
    ("mysql", "connection_string", _conn(_mysql), "dbconn", ["mysql_url", "mysql_dsn"],
     ["db_url", "conn_str"], ""),
    ("rabbitmq", "amqp_uri", _conn(_amqp), "dbconn", ["amqp_url", "rabbitmq_url"],
     ["broker_url", "mq_url"], ""),
    ("redis", "connection_uri", _conn(_redis), "dbconn", ["redis_url"],
     ["cache_url", "session_store"], ""),
    ("ftp", "url_password", _conn(_ftpurl), "dbconn", ["ftp_url", "edi_ftp_url"],
     ["drop_url", "outbound_url"], ""),
    ("database", "password", g_pw(), "db", ["db_password", "db_pass", "ora_pwd", "sql_password"],
     ["pwd", "pw", "passwd", "auth"], ""),
    ("ldap", "bind_password", g_pw(), "ldap", ["ldap_bind_password", "ldap_password", "bind_pw"],
     ["bind_credential", "pw", "creds"], ""),
    ("smtp", "password", g_pw(), "mail", ["smtp_password", "mail_password", "smtp_pass"],
     ["mail_pw", "relay_auth", "pwd"], ""),
    ("ftp", "password", g_pw(), "ftp", ["ftp_password", "ftp_pass"],
     ["remote_pw", "pwd", "drop_pass"], ""),
    ("sftp", "password", g_pw("random"), "ftp", ["sftp_password", "sftp_pass"],
     ["remote_pw", "transfer_pwd"], ""),
    ("generic", "human_password", g_pw("human"), "db", ["admin_password", "password", "app_password"],
     ["pw", "login_pw", "pass"], ""),
]


# ----------------------------------------------------------------------------
# naming, specs
# ----------------------------------------------------------------------------
def style(name, st):
    ws = [w for w in name.replace("-", "_").split("_") if w]
    if st == "snake":
        return "_".join(w.lower() for w in ws)
    if st == "upper":
        return "_".join(w.upper() for w in ws)
    if st == "camel":
        return ws[0].lower() + "".join(w.capitalize() for w in ws[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in ws)
    if st == "kebab":
        return "-".join(w.lower() for w in ws)
    if st == "ada":
        return "_".join(w.capitalize() for w in ws)
    if st == "cobol":
        return "WS-" + "-".join(w.upper() for w in ws)
    raise ValueError(st)


CAT = {"api": "api", "basic": "api", "hook": "api", "db": "login", "ldap": "login", "mail": "login",
       "ftp": "login", "dbconn": "conn", "crypto": "key", "bytes": "key", "pem": "key"}
FUNC = {"api": "call_api", "basic": "post_document", "hook": "post_alert", "db": "db_connect",
        "ldap": "ldap_bind", "mail": "smtp_login", "ftp": "ftp_login", "dbconn": "open_connection",
        "crypto": "sign_payload", "bytes": "encrypt_block", "pem": "load_signing_key"}
DESCR = {
    "api": ["Client wrapper for the %s REST API", "Nightly sync job against %s", "Push status updates to %s",
            "Thin adapter around the %s HTTP endpoints"],
    "login": ["Batch extract: connect and pull the daily %s records", "Connection settings for the %s interface",
              "Legacy %s login helper (ported from the old system)"],
    "conn": ["Data access layer for %s", "Connection bootstrap for %s", "Persistence settings used by %s"],
    "key": ["Signing / encryption helpers for %s", "Token issuing for %s", "Crypto constants for the %s module"],
}
AUTHORS = ["J. Kowalczyk", "M. Okafor", "R. de Vries", "T. Lindqvist", "A. Haddad", "S. Moreau",
           "K. Tanaka", "D. Byrne", "L. Ferreira", "P. Novak", "H. Jensen", "E. Castillo"]


def has_pem(spec):
    return any(e.val[0] == "pem" for e in spec.entries)


class Entry:
    def __init__(self, name, val):
        self.name = name      # snake-case concept name
        self.val = val        # tuple (type, payload)


class Spec:
    """What goes into one file: entries (fillers + the slot), index of the slot, purpose."""
    def __init__(self, purpose, entries, sidx, app, url="", provider="", extra=None):
        self.purpose, self.entries, self.sidx = purpose, entries, sidx
        self.app, self.url, self.provider = app, url, provider
        self.cat = CAT[purpose]
        self.func = FUNC[purpose]
        self.extra = extra or {}

    @property
    def slot(self):
        return self.entries[self.sidx]

    def fillers(self):
        return [e for i, e in enumerate(self.entries) if i != self.sidx][:2]


def filler_entries(rng, purpose, info, provider):
    url = info.get("url") or "https://api.partner-gateway.com/v1"
    if purpose in ("api", "basic"):
        out = [Entry("base_url", ("s", url)), Entry("timeout", ("i", rng.choice([15, 30, 60, 120])))]
        if info.get("sid"):
            out[1] = Entry(rng.choice(["account_sid", "twilio_account_sid"]), ("s", info["sid"]))
        if info.get("client_id"):
            out[1] = Entry("client_id", ("s", info["client_id"]))
        if info.get("account"):
            out[0] = Entry("account_name", ("s", info["account"]))
        if info.get("user") and purpose == "basic":
            out[1] = Entry("partner_id", ("s", info["user"].upper()))
        return out
    if purpose == "hook":
        return [Entry("channel", ("s", rng.choice(["#ops-alerts", "#batch-jobs", "#deploys", "#edi-errors"]))),
                Entry("timeout", ("i", rng.choice([5, 10, 20])))]
    if purpose == "db":
        return [Entry("db_host", ("s", info.get("host") if info.get("host") in DB_HOSTS else rng.choice(DB_HOSTS))),
                Entry("db_user", ("s", info.get("user") or rng.choice(USERS)))]
    if purpose == "ldap":
        u = info.get("user") or rng.choice(USERS)
        return [Entry("ldap_url", ("s", rng.choice(["ldaps://ldap.corp.internal:636", "ldap://dc01.ad.acme-fin.com:389",
                                                    "ldaps://directory.hq.local"]))),
                Entry("bind_dn", ("s", "cn=%s,ou=Service Accounts,dc=corp,dc=internal" % u))]
    if purpose == "mail":
        return [Entry("smtp_host", ("s", rng.choice(["smtp.office365.com", "mail.hostedsmtp.net", "relay.corp.internal",
                                                     "smtp.sendgrid.net", "email-smtp.eu-west-1.amazonaws.com"]))),
                Entry("smtp_user", ("s", rng.choice(["noreply@acme-logistics.com", "alerts@acme-fin.com",
                                                     "batch.reports@hq.local", "svc_mailer"])))]
    if purpose == "ftp":
        return [Entry("ftp_host", ("s", rng.choice(["ftp.partner-edi.com", "sftp.bankconnect.eu", "files.acme-logistics.net",
                                                    "10.40.2.19"]))),
                Entry("ftp_user", ("s", info.get("user") or rng.choice(USERS)))]
    if purpose == "dbconn":
        return [Entry("app_name", ("s", rng.choice(APPS))), Entry("pool_size", ("i", rng.choice([4, 5, 8, 10, 20])))]
    if provider == "aws":
        return [Entry("aws_region", ("s", rng.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"]))),
                Entry("bucket", ("s", "%s-exports-%s" % (rng.choice(APPS), rng.choice(["prd", "prod", "archive"]))))]
    alg = {"crypto": ["HS256", "HS512", "HMAC-SHA256", "AES-256-CBC"], "bytes": ["AES-128-CBC", "AES-256-GCM", "AES/ECB"],
           "pem": ["RS256", "ES256", "SHA256withRSA"]}[purpose]
    return [Entry("algorithm", ("s", rng.choice(alg))), Entry("key_version", ("i", rng.choice([1, 2, 3, 4])))]


def choose_name(rng, kind_row, generic_p=0.35):
    prov_names, gen_names = kind_row[4], kind_row[5]
    if rng.random() < generic_p:
        return rng.choice(gen_names + GENERIC_TOKEN_NAMES[:4] if kind_row[3] in ("api",) else gen_names), True
    return rng.choice(prov_names), False


# ----------------------------------------------------------------------------
# language base
# ----------------------------------------------------------------------------
class Lang:
    id = "base"
    st = "snake"                 # identifier style
    maxlen = 100000              # longest string literal we are willing to write
    supports = {"s", "i", "env"}
    filetypes = []

    def ident(self, name):
        return style(name, self.st)

    def ref(self, ident):
        return ident

    def q(self, text):
        return '"%s"' % text

    def env(self, name):
        raise NotImplementedError

    def cfg(self, key):
        return self.env(style(key, "upper"))

    def prompt(self, msg):
        return self.env("APP_" + "PASSWORD")

    def dec(self, blob):
        return None

    def expr(self, val, ident=None):
        t, p = val
        if t == "s":
            return self.q(p)
        if t == "i":
            return str(p)
        if t == "env":
            return self.env(p)
        if t == "cfg":
            return self.cfg(p)
        if t == "prompt":
            return self.prompt(p)
        if t == "dec":
            return self.dec(p)
        if t == "raw":
            return p
        if t == "bytes":
            return self.bytes(p)
        raise ValueError(t)

    def bytes(self, bs):
        return "[" + ", ".join("0x%02x" % b for b in bs) + "]"

    def pem_lines(self, ident, lines):
        raise NotImplementedError

    def cmt(self, text):
        return "# " + text

    def decl(self, ident, val):
        return ["%s = %s" % (ident, self.expr(val))]

    def decl_entry(self, e):
        ident = self.ident(e.name)
        if e.val[0] == "pem":
            return self.pem_lines(ident, e.val[1])
        return self.decl(ident, e.val)

    def decl_block(self, spec, rng=None):
        out = []
        for e in spec.entries:
            out += self.decl_entry(e)
        return out

    def refs(self, spec):
        f = spec.fillers()
        return (self.ref(self.ident(f[0].name)), self.ref(self.ident(f[1].name)),
                self.ref(self.ident(spec.slot.name)))

    def fn(self, spec):
        return style(spec.func, self.st if self.st in ("snake", "camel", "pascal", "ada") else "snake")


def banner(rng, spec, lead, trail=None, width=None):
    d = rng.choice(DESCR[spec.cat]) % spec.app
    lines = [lead + " " + d, lead + " Author: %s   Created: %02d/%02d/%d" % (
        rng.choice(AUTHORS), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1998, 2024))]
    if rng.random() < 0.5:
        lines.append(lead + " Change log:")
        for _ in range(rng.randrange(1, 4)):
            lines.append(lead + "   %d-%02d  %s" % (rng.randrange(2003, 2024), rng.randrange(1, 13), rng.choice([
                "moved settings out of the main loop", "retry on timeout", "switched to the new endpoint",
                "fix for month-end run", "added audit logging", "ticket CHG%06d" % rng.randrange(10 ** 5, 10 ** 6),
                "removed dead code", "Y2K review", "bumped timeout for slow partner"])))
    if trail:
        lines = [trail[0]] + lines + [trail[1]]
    return lines


# ----------------------------------------------------------------------------
# languages, batch 1: Perl, Tcl, Lua
# ----------------------------------------------------------------------------
class Perl(Lang):
    id = "perl"
    supports = {"s", "i", "env", "cfg", "prompt", "bytes", "pem", "dec"}

    def q(self, t):
        return "'%s'" % t

    def env(self, n):
        return "$ENV{%s}" % n

    def cfg(self, k):
        return "$cfg->param('%s')" % k.replace("_", ".", 1)

    def prompt(self, m):
        return "read_password('%s: ')" % m

    def dec(self, b):
        return "kms_decrypt('%s')" % b

    def bytes(self, bs):
        return "pack('C*', " + ", ".join("0x%02x" % b for b in bs) + ")"

    def ref(self, i):
        return "$" + i

    def pem_lines(self, ident, lines):
        return ["my $%s = <<'END_KEY';" % ident] + lines + ["END_KEY"]

    def decl(self, i, v):
        return ["my $%s = %s;" % (i, self.expr(v))]

    def use(self, rng, spec, A, B, V):
        p = spec.purpose
        if p in ("api", "basic", "hook"):
            if spec.provider == "aws":
                return ["my $s3 = Net::Amazon::S3->new(", "    aws_access_key_id     => $ENV{AWS_ACCESS_KEY_ID},"
                        if "secret" in spec.slot.name or spec.slot.name in ("sk", "secret") else
                        "    aws_access_key_id     => %s," % V,
                        "    aws_secret_access_key => %s," % (V if "secret" in spec.slot.name or spec.slot.name in ("sk", "secret") else "$ENV{AWS_SECRET_ACCESS_KEY}"),
                        "    retry                 => 1,", ");", "my $bucket = $s3->bucket('%s-exports');" % spec.app]
            if p == "hook":
                return ["my $ua = LWP::UserAgent->new(timeout => %s);" % B,
                        "my $res = $ua->post(%s," % V, "    'Content-Type' => 'application/json',",
                        "    Content => encode_json({ channel => %s, text => $msg }));" % A,
                        "warn 'slack post failed: ' . $res->status_line unless $res->is_success;"]
            hdr = ('"Basic %s"' % V) if p == "basic" and not spec.extra.get("prefixed") else (
                V if p == "basic" else '"Bearer %s"' % V)
            return ["my $ua = LWP::UserAgent->new(timeout => 30, agent => '%s-sync/1.4');" % spec.app,
                    "$ua->default_header('Authorization' => %s);" % hdr,
                    "my $res = $ua->get(\"%s/%s\");" % (A, rng.choice(["status", "items?since=$since", "export"])),
                    "die 'request failed: ' . $res->status_line unless $res->is_success;",
                    "my $data = decode_json($res->decoded_content);"]
        if p == "db":
            return ["my $dbh = DBI->connect(\"dbi:%s:host=%s;sid=%s\", %s, %s," % (
                rng.choice(["Oracle", "Pg", "mysql"]), A, rng.choice(DBNAMES), B, V),
                "    { RaiseError => 1, AutoCommit => 0, PrintError => 0 })",
                "    or die \"cannot connect: $DBI::errstr\";",
                "my $sth = $dbh->prepare('SELECT order_id, status FROM orders WHERE updated_at > ?');",
                "$sth->execute($since);"]
        if p == "ldap":
            return ["my $ldap = Net::LDAP->new(%s, timeout => 10) or die \"$@\";" % A,
                    "my $mesg = $ldap->bind(%s, password => %s);" % (B, V),
                    "die $mesg->error if $mesg->code;"]
        if p == "mail":
            return ["my $smtp = Net::SMTP->new(%s, Port => 587, Timeout => 30) or die \"smtp: $@\";" % A,
                    "$smtp->starttls();", "$smtp->auth(%s, %s) or die 'SMTP auth failed';" % (B, V),
                    "$smtp->mail(%s);" % B, "$smtp->to(@recipients);"]
        if p == "ftp":
            return ["my $ftp = Net::FTP->new(%s, Debug => 0, Passive => 1)" % A, "    or die \"Cannot connect: $@\";",
                    "$ftp->login(%s, %s) or die 'login failed: ', $ftp->message;" % (B, V),
                    "$ftp->binary;", "$ftp->put($outfile) or die 'put failed: ', $ftp->message;"]
        if p == "dbconn":
            return ["my $dbh = DBI->connect(\"dbi:ODBC:\" . %s, undef, undef, { RaiseError => 1 })" % V,
                    "    or die $DBI::errstr;  # pool size %s is handled by the wrapper" % B.lstrip("$")]
        if p == "bytes":
            return ["my $cipher = Crypt::CBC->new(-key => %s, -literal_key => 1, -cipher => 'Rijndael'," % V,
                    "                             -header => 'none', -iv => $iv);"]
        if p == "pem":
            return ["my $rsa = Crypt::OpenSSL::RSA->new_private_key(%s);" % V, "$rsa->use_sha256_hash();",
                    "my $signature = encode_base64($rsa->sign($payload), '');"]
        return ["my $sig = hmac_sha256_hex($payload, %s);" % V, "$req->header('X-Signature' => $sig);"]

    def render(self, rng, spec):
        A, B, V = self.refs(spec)
        mod = rng.random() < 0.3
        fname = rng.choice(["nightly_%s.pl", "%s_sync.pl", "export_%s.pl", "%s_feed.pl", "lib/%s/Client.pm"]) % spec.app
        if fname.endswith(".pm"):
            mod = True
        lines = []
        if not mod:
            lines += ["#!/usr/bin/perl"] + banner(rng, spec, "#") + ["use strict;", "use warnings;"]
        else:
            pkg = "Acme::%s::Client" % spec.app.capitalize()
            fname = "lib/Acme/%s/Client.pm" % spec.app.capitalize()
            lines += ["package %s;" % pkg, ""] + banner(rng, spec, "#") + ["use strict;", "use warnings;"]
        lines += rng.choice([["use LWP::UserAgent;", "use JSON::PP qw(encode_json decode_json);", "use POSIX qw(strftime);"],
                             ["use DBI;", "use POSIX qw(strftime);"], ["use Net::FTP;", "use File::Basename;", "use POSIX qw(strftime);"],
                             ["use Digest::SHA qw(hmac_sha256_hex);", "use MIME::Base64;", "use POSIX qw(strftime);"]])
        if spec.slot.val[0] == "prompt":
            lines.append("use Term::ReadPassword;")
        if spec.slot.val[0] == "cfg":
            lines += ["use Config::Simple;", "", "my $cfg = Config::Simple->new('/etc/%s/%s.ini') or die Config::Simple->error();"
                      % (spec.app, spec.app)]
        lines.append("")
        if rng.random() < 0.25 and spec.slot.val[0] in ("s", "env", "i") and not has_pem(spec):
            # constants flavour
            for e in spec.entries:
                lines.append("use constant %s => %s;" % (style(e.name, "upper"), self.expr(e.val)))
            ents = spec.fillers() + [spec.slot]
            lines.append("my (%s) = (%s);" % (", ".join("$" + self.ident(e.name) for e in ents),
                                               ", ".join(style(e.name, "upper") for e in ents)))
        else:
            lines += self.decl_block(spec)
        lines += ["", "my $since = strftime('%Y-%m-%d', localtime(time - 86400));" if rng.random() < 0.5 else
                  "my $since = $ARGV[0] // '1970-01-01';", "my $payload = '';", "my $msg = \"%s run finished\";" % spec.app,
                  "my $outfile = \"/var/spool/%s/out.csv\";" % spec.app, ""]
        sub = rng.choice(["run", "main", "sync_all", "process"])
        lines += ["sub %s {" % sub] + ["    " + l for l in self.use(rng, spec, A, B, V)] + ["    return 1;", "}", ""]
        lines += ([sub + "();", "exit 0;"] if not mod else ["1;"])
        return fname, lines


class Tcl(Lang):
    id = "tcl"
    supports = {"s", "i", "env", "cfg", "prompt", "pem", "dec"}

    def q(self, t):
        return '"%s"' % t if not any(c in t for c in "$[]\\") else "{%s}" % t

    def env(self, n):
        return "$::env(%s)" % n

    def cfg(self, k):
        return "[dict get $config %s]" % k

    def prompt(self, m):
        return "[read_secret \"%s: \"]" % m

    def dec(self, b):
        return "[kms::decrypt %s]" % b

    def ref(self, i):
        return "$" + i

    def pem_lines(self, ident, lines):
        return ["set %s {%s" % (ident, lines[0])] + lines[1:-1] + [lines[-1] + "}"]

    def decl(self, i, v):
        return ["set %s %s" % (i, self.expr(v))]

    def render(self, rng, spec):
        A, B, V = self.refs(spec)
        p = spec.purpose
        fname = rng.choice(["scripts/%s.tcl", "lib/%s_client.tcl", "tools/%s_push.tcl"]) % spec.app
        lines = ["#!/usr/bin/env tclsh"] + banner(rng, spec, "#") + [""]
        pk = {"api": ["http", "tls", "json"], "login": ["tdbc::odbc"] if p == "db" else ["ldap"] if p == "ldap" else
              ["smtp", "mime"] if p == "mail" else ["ftp"], "conn": ["tdbc::odbc"], "key": ["sha256", "base64"]}[spec.cat]
        lines += ["package require %s" % x for x in pk] + [""]
        if spec.slot.val[0] == "cfg":
            lines += ["set fh [open /etc/%s/settings.dict r]" % spec.app, "set config [read $fh]", "close $fh", ""]
        if spec.slot.val[0] == "prompt":
            lines += ["proc read_secret {msg} {", "    puts -nonewline $msg; flush stdout",
                      "    exec stty -echo", "    gets stdin pw", "    exec stty echo", "    return $pw", "}", ""]
        if rng.random() < 0.3 and spec.slot.val[0] == "s" and not has_pem(spec):
            lines += ["namespace eval ::%s::cfg {" % spec.app] + [
                "    variable %s %s" % (self.ident(e.name), self.expr(e.val)) for e in spec.entries] + ["}", ""]
            A, B, V = ["$::%s::cfg::%s" % (spec.app, self.ident(e.name)) for e in spec.fillers() + [spec.slot]]
        else:
            lines += self.decl_block(spec) + [""]
        body = []
        if spec.cat == "api":
            if p == "hook":
                body = ["set body [json::write object channel [json::write string %s] text [json::write string $msg]]" % A,
                        "set tok [http::geturl %s -query $body -type application/json -timeout [expr {%s * 1000}]]" % (V, B)]
            else:
                h = ('"Basic %s"' % V) if p == "basic" and not spec.extra.get("prefixed") else (V if p == "basic" else '"Bearer %s"' % V)
                body = ["http::register https 443 [list ::tls::socket -autoservername true]",
                        "set hdrs [list Authorization %s Accept application/json]" % h,
                        "set tok [http::geturl \"%s/export\" -headers $hdrs -timeout 30000]" % A]
            body += ["if {[http::ncode $tok] != 200} {", "    error \"HTTP [http::ncode $tok]: [http::data $tok]\"", "}",
                     "set result [http::data $tok]", "http::cleanup $tok"]
        elif p == "db":
            body = ["tdbc::odbc::connection create db \"DSN=%s;UID=[set %s];PWD=[set %s]\"" % (
                rng.choice(DBNAMES), B.lstrip("$"), V.lstrip("$")) if "::" not in V else
                "tdbc::odbc::connection create db \"DSN=%s;UID=%s;PWD=%s\"" % (rng.choice(DBNAMES), B, V),
                "set stmt [db prepare {SELECT id, status FROM jobs WHERE run_date = :d}]",
                "set rs [$stmt execute [dict create d $run_date]]"]
        elif p == "ldap":
            body = ["set h [ldap::secure_connect [lindex [split %s /] 2] 636]" % A,
                    "ldap::bind $h %s %s" % (B, V), "set hits [ldap::search $h $base_dn \"(uid=$uid)\" {mail cn}]"]
        elif p == "mail":
            body = ["set tok [mime::initialize -canonical text/plain -string $msg]",
                    "smtp::sendmessage $tok -servers [list %s] -ports 587 -usetls 1 \\" % A,
                    "    -username %s -password %s -recipients $rcpt" % (B, V), "mime::finalize $tok"]
        elif p == "ftp":
            body = ["set h [ftp::Open %s %s %s -mode passive]" % (A, B, V), "if {$h < 0} { error \"ftp login failed\" }",
                    "ftp::Put $h $outfile", "ftp::Close $h"]
        elif p == "dbconn":
            body = ["tdbc::odbc::connection create db %s" % V, "db configure -timeout %s" % B]
        else:
            body = ["set sig [sha2::hmac -hex -key %s $payload]" % V if p != "pem" else
                    "set signer [pki::pkcs::parse_key %s]" % V, "dict set req headers X-Signature $sig" if p != "pem" else
                    "set sig [pki::sign $payload $signer sha256]"]
        lines += ["proc %s {} {" % self.fn(spec), "    global %s" % " ".join(
            x.lstrip("$") for x in (A, B, V) if "::" not in x)] + ["    " + l for l in body] + ["}", "",
                                                                  "set run_date [clock format [clock seconds] -format %Y-%m-%d]",
                                                                  "set msg \"%s finished\"" % spec.app,
                                                                  "set payload {}", "set outfile /data/out/%s.csv" % spec.app,
                                                                  "%s" % self.fn(spec)]
        return fname, lines


class Lua(Lang):
    id = "lua"
    supports = {"s", "i", "env", "cfg", "bytes", "pem", "dec"}

    def env(self, n):
        return 'os.getenv("%s")' % n

    def cfg(self, k):
        return 'conf.%s' % k

    def dec(self, b):
        return 'kms.decrypt("%s")' % b

    def bytes(self, bs):
        return "string.char(" + ", ".join("0x%02x" % b for b in bs) + ")"

    def pem_lines(self, ident, lines):
        return ["local %s = [[" % ident] + lines + ["]]"]

    def decl(self, i, v):
        return ["local %s = %s" % (i, self.expr(v))]

    def render(self, rng, spec):
        p = spec.purpose
        table = rng.random() < 0.45 and not has_pem(spec)
        mod = rng.choice(["M", "config", "settings", "_M"])
        fname = rng.choice(["%s/config.lua", "lua/%s/client.lua", "src/%s_settings.lua", "nginx/lua/%s_auth.lua"]) % spec.app
        lines = ["-- " + l for l in [x[2:] for x in banner(rng, spec, "#")]] + [""]
        req = {"api": ['local http = require("resty.http")', 'local cjson = require("cjson.safe")'],
               "login": ['local luasql = require("luasql.odbc")'] if p == "db" else ['local socket = require("socket")'],
               "conn": ['local pgmoon = require("pgmoon")'], "key": ['local hmac = require("resty.hmac")', 'local str = require("resty.string")']}
        lines += req[spec.cat]
        if spec.slot.val[0] == "cfg":
            lines.append('local conf = require("%s.conf")' % spec.app)
        lines.append("")
        if table:
            lines += ["local %s = {" % mod] + ["    %s = %s," % (self.ident(e.name), self.expr(e.val)) for e in spec.entries] + ["}", ""]
            A, B, V = ["%s.%s" % (mod, self.ident(e.name)) for e in spec.fillers() + [spec.slot]]
        else:
            A, B, V = self.refs(spec)
            lines += self.decl_block(spec) + [""]
        if spec.cat == "api":
            h = ('"Basic " .. %s' % V) if p == "basic" and not spec.extra.get("prefixed") else (V if p == "basic" else '"Bearer " .. %s' % V)
            url = V if p == "hook" else '%s .. "/v1/items"' % A
            body = ["local httpc = http.new()", "httpc:set_timeout(5000)", "local res, err = httpc:request_uri(%s, {" % url,
                    '    method = "%s",' % ("POST" if p == "hook" else "GET"),
                    '    headers = { ["Content-Type"] = "application/json"%s },' % ("" if p == "hook" else ", [\"Authorization\"] = " + h),
                    "    body = cjson.encode(payload),", "    ssl_verify = true,", "})",
                    "if not res then", '    ngx.log(ngx.ERR, "request failed: ", err)', "    return nil, err", "end",
                    "return cjson.decode(res.body)"]
        elif p == "db":
            body = ["local env = luasql.odbc()", "local conn = assert(env:connect(\"%s\", %s, %s))" % (rng.choice(DBNAMES), B, V),
                    'local cur = assert(conn:execute("SELECT id, amount FROM invoices WHERE paid = 0"))',
                    "local row = cur:fetch({}, \"a\")", "while row do", "    handle(row)", "    row = cur:fetch(row, \"a\")", "end",
                    "cur:close(); conn:close(); env:close()"]
        elif spec.cat == "login":
            body = ["local client = assert(require(\"%s_client\").new(%s))" % (p, A),
                    "local ok, err = client:%s(%s, %s)" % (self.fn(spec), B, V), "if not ok then error(err) end", "return client"]
        elif p == "dbconn":
            body = ["local pg = pgmoon.new({ dsn = %s, pool_size = %s })" % (V, B), "assert(pg:connect())", "return pg"]
        else:
            body = ["local h = hmac:new(%s, hmac.ALGOS.SHA256)" % V, "h:update(payload)", "return str.to_hex(h:final())"]
        fn = self.fn(spec)
        lines += ["local function %s(payload)" % fn] + ["    " + l for l in body] + ["end", ""]
        if table:
            lines += ["%s.%s = %s" % (mod, fn, fn), "return %s" % mod]
        else:
            lines += ["return { %s = %s }" % (fn, fn)]
        return fname, lines


# ----------------------------------------------------------------------------
# template-driven languages
# ----------------------------------------------------------------------------
def fill(tpl, m):
    for k, v in m.items():
        tpl = tpl.replace("«%s»" % k, str(v))
    return tpl


class TLang(Lang):
    """Data-driven language: subclasses set the attributes below."""
    cm = "//"
    qfmt = '"%s"'
    envfmt = None
    cfgfmt = None
    promptfmt = None
    decfmt = None
    bytesfmt = None          # (prefix, elemfmt, sep, suffix)
    declfmt = "const {i} = {v};"
    intdeclfmt = None
    reffmt = "{i}"
    pemstyle = None          # ("block", open, close) | ("concat", open, linefmt, lastfmt)
    head = ""
    cfgpre = ""
    promptpre = ""
    blockfmt = None          # (open, entryfmt, close, reffmt) e.g. record / map / table
    block_p = 0.35
    fopen = ""
    fclose = ""
    indent = "    "
    uses = {}
    catfmt = "{a} + {b}"
    tail = ""
    paths = []
    name_style = None

    def q(self, t):
        return self.qfmt % t

    def env(self, n):
        return self.envfmt.format(n=n)

    def cfg(self, k):
        return self.cfgfmt.format(k=k) if self.cfgfmt else self.env(style(k, "upper"))

    def prompt(self, m):
        return self.promptfmt.format(m=m) if self.promptfmt else self.env("APP_PASSWORD")

    def dec(self, b):
        return self.decfmt.format(b=b)

    def bytes(self, bs):
        pre, el, sep, suf = self.bytesfmt
        return pre + sep.join(el % b for b in bs) + suf

    def ref(self, i):
        return self.reffmt.format(i=i)

    def decl(self, i, v):
        if v[0] == "i" and self.intdeclfmt:
            return self.intdeclfmt.format(i=i, v=self.expr(v)).split("\n")
        return self.declfmt.format(i=i, v=self.expr(v), n=len(v[1]) if v[0] == "s" else 64).split("\n")

    def pem_lines(self, ident, lines):
        kind = self.pemstyle[0]
        if kind == "block":
            return [self.pemstyle[1].format(i=ident)] + lines + [self.pemstyle[2].format(i=ident)]
        op, lf, last = self.pemstyle[1:4]
        first = self.pemstyle[4] if len(self.pemstyle) > 4 else lf
        out = [op.format(i=ident)] if op else []
        out += [(first if k == 0 else lf).format(l=x, i=ident) for k, x in enumerate(lines[:-1])]
        out += [last.format(l=lines[-1], i=ident)]
        return out

    @property
    def supports(self):
        s = {"s", "i", "env"}
        if self.cfgfmt:
            s.add("cfg")
        if self.promptfmt:
            s.add("prompt")
        if self.decfmt:
            s.add("dec")
        if self.bytesfmt:
            s.add("bytes")
        if self.pemstyle:
            s.add("pem")
        return s

    def use_tpl(self, spec):
        for k in (spec.purpose, spec.cat, "any"):
            if k in self.uses:
                return self.uses[k]
        return ""

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else self.catfmt.format(a=self.q("Basic "), b=V)
        return self.catfmt.format(a=self.q("Bearer "), b=V)

    def render(self, rng, spec):
        A, B, V = self.refs(spec)
        lines = banner(rng, spec, self.cm)
        m = {"APP": spec.app, "MOD": spec.app.capitalize(), "FN": self.fn(spec), "DB": rng.choice(DBNAMES),
             "UPAPP": spec.app.upper(), "METHOD": spec.func}
        hd = fill(self.head, m)
        if hd:
            lines += hd.split("\n")
        t = spec.slot.val[0]
        if t == "cfg" and self.cfgpre:
            lines += fill(self.cfgpre, m).split("\n")
        if t == "prompt" and self.promptpre:
            lines += fill(self.promptpre, m).split("\n")
        use_block = self.blockfmt and not has_pem(spec) and rng.random() < self.block_p
        if use_block:
            op, ef, cl, rf = self.blockfmt
            lines += fill(op, m).split("\n")
            n = len(spec.entries)
            for k, e in enumerate(spec.entries):
                f = getattr(self, "block_first", None) if k == 0 else None
                ln = (f or ef).format(k=self.ident(e.name), v=self.expr(e.val), kk=style(e.name, "kebab"))
                if k == n - 1 and ln.endswith(",") and getattr(self, "strip_last_comma", True):
                    ln = ln[:-1]
                lines.append(ln)
            lines += fill(cl, m).split("\n")
            A, B, V = [rf.format(k=self.ident(e.name), kk=style(e.name, "kebab"), APP=spec.app)
                       for e in spec.fillers() + [spec.slot]]
        else:
            lines += self.decl_block(spec)
        lines.append("")
        m.update({"A": A, "B": B, "V": V, "AUTH": self.auth(spec, V)})
        body = fill(self.use_tpl(spec), m).split("\n")
        if self.fopen:
            lines += fill(self.fopen, m).split("\n")
        ind = self.indent if self.fopen else ""
        lines += [(ind + x) if x else x for x in body]
        if self.fclose:
            lines += fill(self.fclose, m).split("\n")
        if self.tail:
            lines += fill(self.tail, m).split("\n")
        path = fill(rng.choice(self.paths), m)
        return path, [fill(x, m) for x in lines]

    def ident(self, name):
        return style(name, self.name_style or self.st)


class Erlang(TLang):
    id = "erlang"
    cm = "%%"
    st = "upper"
    envfmt = 'os:getenv("{n}")'
    cfgfmt = 'application:get_env(«APP», {k}, undefined)'
    decfmt = '«APP»_kms:decrypt(<<"{b}">>)'
    bytesfmt = ("<<", "%d", ", ", ">>")
    declfmt = "-define({i}, {v})."
    reffmt = "?{i}"
    pemstyle = ("concat", "-define({i}, <<", '    "{l}\\n"', '    "{l}\\n">>).')
    catfmt = "{a} ++ {b}"
    head = "\n-module(«APP»_client).\n-behaviour(gen_server).\n\n-export([start_link/0, «FN»/1]).\n-export([init/1, handle_call/3, handle_cast/2]).\n\n-include_lib(\"kernel/include/logger.hrl\").\n"
    uses = {
        "api": '''«FN»(Body) ->
    Headers = [{"Authorization", «AUTH»}, {"Accept", "application/json"}],
    ?LOG_INFO("calling ~s (~p)", [«A», «B»]),
    Req = {«A» ++ "/v1/events", Headers, "application/json", jsx:encode(Body)},
    case httpc:request(post, Req, [{timeout, 30000}], []) of
        {ok, {{_, 200, _}, _, Resp}} -> {ok, jsx:decode(list_to_binary(Resp))};
        {ok, {{_, Code, _}, _, Resp}} -> {error, {Code, Resp}};
        {error, Reason} -> {error, Reason}
    end.''',
        "hook": '''«FN»(Text) ->
    Json = jsx:encode(#{channel => list_to_binary(«A»), text => Text}),
    httpc:request(post, {«V», [], "application/json", Json}, [{timeout, «B» * 1000}], []).''',
        "login": '''«FN»(Opts) ->
    {ok, Conn} = «APP»_conn:open(#{host => «A»,
                                   user => «B»,
                                   password => «V»,
                                   opts => Opts}),
    ?LOG_INFO("connected to ~s as ~s", [«A», «B»]),
    {ok, Conn}.''',
        "conn": '''«FN»(_Opts) ->
    {ok, Ref} = odbc:connect(«V», [{scrollable_cursors, off}, {timeout, 15000}]),
    ?LOG_INFO("~s pool ~p ready", [«A», «B»]),
    {ok, Ref}.''',
        "key": '''«FN»(Payload) ->
    Mac = crypto:mac(hmac, sha256, «V», Payload),
    ?LOG_DEBUG("signed with ~s v~p", [«A», «B»]),
    binary:encode_hex(Mac).''',
        "pem": '''«FN»(Payload) ->
    [Entry] = public_key:pem_decode(«V»),
    Key = public_key:pem_entry_decode(Entry),
    public_key:sign(Payload, sha256, Key).''',
    }
    tail = '''
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).
init([]) -> {ok, #{}}.
handle_call(_Req, _From, S) -> {reply, ok, S}.
handle_cast(_Msg, S) -> {noreply, S}.'''
    paths = ["src/«APP»_client.erl", "apps/«APP»/src/«APP»_client.erl"]

    def render(self, rng, spec):
        path, lines = TLang.render(self, rng, spec)
        m = {"APP": spec.app}
        return path, [fill(x, m) for x in lines]


class ErlangHrl(Erlang):
    id = "erlang_hrl"
    head = "\n-ifndef(«UPAPP»_HRL).\n-define(«UPAPP»_HRL, true).\n"
    uses = {"any": ""}
    tail = "-define(«UPAPP»_RETRIES, 3).\n\n-endif."
    paths = ["include/«APP».hrl", "apps/«APP»/include/«APP»_config.hrl"]


class Elixir(TLang):
    id = "elixir"
    cm = "#"
    st = "snake"
    envfmt = 'System.get_env("{n}")'
    cfgfmt = 'Application.fetch_env!(:«APP», :{k})'
    decfmt = '«MOD».Vault.decrypt!("{b}")'
    bytesfmt = ("<<", "%d", ", ", ">>")
    declfmt = "  @{i} {v}"
    reffmt = "@{i}"
    pemstyle = ("block", '  @{i} """', '  """')
    catfmt = '"Bearer #{{{b}}}"'
    head = "defmodule «MOD».Client do\n  @moduledoc false\n  require Logger\n"
    fopen = ""
    indent = ""
    uses = {
        "api": '''  def «FN»(params \\\\ %{}) do
    headers = [{"authorization", «AUTH»}, {"accept", "application/json"}]
    Logger.debug("GET #{«A»} #{inspect(«B»)}")
    case HTTPoison.get(«A» <> "/v1/items", headers, params: params, recv_timeout: 30_000) do
      {:ok, %HTTPoison.Response{status_code: 200, body: body}} -> Jason.decode(body)
      {:ok, %HTTPoison.Response{status_code: code}} -> {:error, code}
      {:error, reason} -> {:error, reason}
    end
  end
end''',
        "hook": '''  def «FN»(text) do
    body = Jason.encode!(%{channel: «A», text: text})
    HTTPoison.post(«V», body, [{"content-type", "application/json"}], recv_timeout: «B» * 1000)
  end
end''',
        "login": '''  def «FN»(opts \\\\ []) do
    Logger.info("connecting to #{«A»} as #{«B»}")
    «MOD».Conn.start_link(
      hostname: «A»,
      username: «B»,
      password: «V»,
      timeout: Keyword.get(opts, :timeout, 15_000)
    )
  end
end''',
        "conn": '''  def «FN»(_opts \\\\ []) do
    Logger.info("starting #{«A»} pool (size #{«B»})")
    {:ok, pid} = Postgrex.start_link(url: «V», pool_size: «B»)
    pid
  end
end''',
        "key": '''  def «FN»(payload) do
    :crypto.mac(:hmac, :sha256, «V», payload)
    |> Base.encode16(case: :lower)
  end

  def algorithm, do: «A»
  def version, do: «B»
end''',
        "pem": '''  def «FN»(payload) do
    [entry] = :public_key.pem_decode(«V»)
    key = :public_key.pem_entry_decode(entry)
    :public_key.sign(payload, :sha256, key)
  end
end''',
    }
    paths = ["lib/«APP»/client.ex", "lib/«APP»_web/«APP»_client.ex", "lib/«APP»/integrations/client.ex"]

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else '"Basic #{%s}"' % V
        return '"Bearer #{%s}"' % V

    def decl_block(self, spec, rng=None):
        out = TLang.decl_block(self, spec)
        m = {"APP": spec.app, "MOD": spec.app.capitalize()}
        return [fill(x, m) for x in out]


class ElixirConfig(Elixir):
    id = "elixir_config"
    head = "import Config\n"
    paths = ["config/prod.exs", "config/runtime.exs", "config/config.exs", "config/releases.exs"]

    def render(self, rng, spec):
        lines = [l for l in banner(rng, spec, "#")] + ["import Config", ""]
        m = {"APP": spec.app, "MOD": spec.app.capitalize()}
        mod = rng.choice(["%s.Repo", "%s.Mailer", "%s.Integrations", "%sWeb.Endpoint", "%s.Client"]) % spec.app.capitalize()
        if spec.purpose == "crypto" and spec.provider == "elixir":
            mod = "%sWeb.Endpoint" % spec.app.capitalize()
        lines += ["config :«APP», «MOD»,".replace("«MOD»", mod)]
        ents = spec.entries
        for k, e in enumerate(ents):
            ln = "  %s: %s" % (self.ident(e.name), self.expr(e.val) if e.val[0] != "pem" else "nil")
            lines.append(ln + ("," if k < len(ents) - 1 else ""))
        lines += ["", "config :logger, level: :%s" % rng.choice(["info", "warning"]),
                  "config :«APP», :env, :%s" % rng.choice(["prod", "staging"])]
        if rng.random() < 0.5:
            lines += ["", "config :«APP», Oban,", "  repo: «MOD».Repo,", "  queues: [default: 10, mailers: 5]"]
        return fill(rng.choice(self.paths), m), [fill(x, m) for x in lines]

    @property
    def supports(self):
        return {"s", "i", "env", "cfg", "dec", "bytes"}

    def cfg(self, k):
        return 'System.fetch_env!("%s")' % style(k, "upper")


class Haskell(TLang):
    id = "haskell"
    cm = "--"
    st = "camel"
    envfmt = 'unsafePerformIO (getEnv "{n}")'
    decfmt = 'decryptKms "{b}"'
    bytesfmt = ("BS.pack [", "0x%02x", ", ", "]")
    declfmt = "{i} :: String\n{i} = {v}"
    intdeclfmt = "{i} :: Int\n{i} = {v}"
    pemstyle = ("concat", "{i} :: String\n{i} = unlines", '  , "{l}"', '  , "{l}" ]', '  [ "{l}"')
    catfmt = "{a} <> {b}"
    head = "{-# LANGUAGE OverloadedStrings #-}\nmodule «MOD».Config where\n\nimport qualified Data.ByteString.Char8 as BS\nimport Network.HTTP.Simple\nimport System.Environment (getEnv)\nimport System.IO.Unsafe (unsafePerformIO)\n"
    blockfmt = ("default«MOD»Config :: «MOD»Config\ndefault«MOD»Config = «MOD»Config", "  {{ {k} = {v}", "  }}", "{k} default«MOD»Config")
    block_p = 0.0
    uses = {
        "api": '''«FN» :: IO BS.ByteString
«FN» = do
  req0 <- parseRequest («A» <> "/v2/orders")
  let req = setRequestHeader "Authorization" [BS.pack («AUTH»)]
          $ setRequestHeader "Accept" ["application/json"] req0
  resp <- httpBS req
  putStrLn ("status " <> show (getResponseStatusCode resp) <> " " <> show «B»)
  pure (getResponseBody resp)''',
        "login": '''«FN» :: IO Connection
«FN» = connect defaultConnectInfo
  { connectHost     = «A»
  , connectUser     = «B»
  , connectPassword = «V»
  , connectDatabase = "«DB»"
  }''',
        "conn": '''«FN» :: IO Connection
«FN» = do
  putStrLn ("opening pool for " <> «A» <> ", size " <> show «B»)
  connectPostgreSQL (BS.pack «V»)''',
        "key": '''«FN» :: BS.ByteString -> String
«FN» payload = show (hmacGetDigest (hmac (BS.pack «V») payload :: HMAC SHA256))''',
        "bytes": '''«FN» :: BS.ByteString -> BS.ByteString
«FN» = ecbEncrypt (throwCryptoError (cipherInit «V») :: AES128)''',
        "pem": '''«FN» :: IO PrivateKey
«FN» = case readRsaSecret (BS.pack «V») of
  Right k -> pure k
  Left e  -> fail ("bad key (" <> «A» <> "): " <> show e)''',
    }
    paths = ["src/«MOD»/Config.hs", "src/«MOD»/Client.hs", "app/Settings.hs"]

    def decl(self, i, v):
        if v[0] == "bytes":
            return ["%s :: BS.ByteString" % i, "%s = %s" % (i, self.expr(v))]
        return TLang.decl(self, i, v)


class OCaml(TLang):
    id = "ocaml"
    cm = "(*"
    st = "snake"
    envfmt = 'Sys.getenv "{n}"'
    decfmt = 'Kms.decrypt "{b}"'
    bytesfmt = ('"', "\\x%02x", "", '"')
    declfmt = "let {i} = {v}"
    pemstyle = ("block", "let {i} = {{|", "|}}")
    catfmt = "{a} ^ {b}"
    head = "open Lwt.Infix\nopen Cohttp_lwt_unix\n"
    uses = {
        "api": '''let «FN» () =
  let headers = Cohttp.Header.of_list [ ("Authorization", «AUTH»); ("Accept", "application/json") ] in
  let uri = Uri.of_string («A» ^ "/v1/items") in
  Client.get ~headers uri >>= fun (resp, body) ->
  let code = resp |> Cohttp.Response.status |> Cohttp.Code.code_of_status in
  if code <> 200 then Lwt.fail_with (Printf.sprintf "HTTP %d" code)
  else Cohttp_lwt.Body.to_string body''',
        "login": '''let «FN» () =
  let conn = new Postgresql.connection ~host:«A» ~user:«B» ~password:«V» ~dbname:"«DB»" () in
  if conn#status <> Postgresql.Ok then failwith conn#error_message;
  conn''',
        "conn": '''let «FN» () =
  Printf.printf "opening %s (pool %d)\\n" «A» «B»;
  Caqti_lwt_unix.connect_pool (Uri.of_string «V»)''',
        "key": '''let «FN» payload =
  Digestif.SHA256.(hmac_string ~key:«V» payload |> to_hex)''',
        "pem": '''let «FN» () =
  match X509.Private_key.decode_pem «V» with
  | Ok key -> key
  | Error (`Msg m) -> failwith ("cannot load key: " ^ m)''',
    }
    paths = ["lib/«APP»_client.ml", "bin/«APP».ml", "src/config.ml"]

    def cmt(self, t):
        return "(* %s *)" % t

    def render(self, rng, spec):
        path, lines = TLang.render(self, rng, spec)
        out = []
        for ln in lines:
            if ln.startswith("(* ") and not ln.endswith("*)"):
                ln = ln + " *)"
            out.append(ln)
        return path, out


class FSharp(TLang):
    id = "fsharp"
    cm = "//"
    st = "pascal"
    envfmt = 'Environment.GetEnvironmentVariable "{n}"'
    cfgfmt = 'config.["{k}"]'
    decfmt = 'Kms.decrypt "{b}"'
    bytesfmt = ("[| ", "0x%02xuy", "; ", " |]")
    declfmt = "[<Literal>]\nlet {i} = {v}"
    pemstyle = ("block", 'let {i} = """', '"""')
    catfmt = "{a} + {b}"
    head = "module «MOD».Settings\n\nopen System\nopen System.Net.Http\nopen System.Net.Http.Headers\n"
    uses = {
        "api": '''let «FN» () = task {
    use client = new HttpClient(BaseAddress = Uri(«A»))
    client.DefaultRequestHeaders.Authorization <- AuthenticationHeaderValue.Parse(«AUTH»)
    let! resp = client.GetAsync("v1/items")
    resp.EnsureSuccessStatusCode() |> ignore
    printfn "ok (%A)" «B»
    return! resp.Content.ReadAsStringAsync()
}''',
        "login": '''let «FN» () =
    let cs = sprintf "Server=%s;User Id=%s;Password=%s;Database=«DB»" «A» «B» «V»
    let conn = new Data.SqlClient.SqlConnection(cs)
    conn.Open()
    conn''',
        "conn": '''let «FN» () =
    printfn "starting %s with pool %d" «A» «B»
    let conn = new Data.SqlClient.SqlConnection(«V»)
    conn.Open()
    conn''',
        "key": '''let «FN» (payload: byte[]) =
    use h = new Security.Cryptography.HMACSHA256(Text.Encoding.UTF8.GetBytes(«V»: string))
    h.ComputeHash(payload) |> Convert.ToHexString''',
        "bytes": '''let «FN» (data: byte[]) =
    use aes = Security.Cryptography.Aes.Create(Key = «V»)
    aes.EncryptEcb(data, Security.Cryptography.PaddingMode.PKCS7)''',
        "pem": '''let «FN» () =
    let rsa = Security.Cryptography.RSA.Create()
    rsa.ImportFromPem(«V».AsSpan())
    rsa''',
    }
    paths = ["src/«MOD»/Settings.fs", "scripts/«APP».fsx", "src/«MOD».Core/Config.fs"]

    def decl(self, i, v):
        if v[0] in ("s", "i"):
            return TLang.decl(self, i, v)
        return ["let %s = %s" % (i, self.expr(v))]


class Clojure(TLang):
    id = "clojure"
    cm = ";;"
    st = "kebab"
    envfmt = '(System/getenv "{n}")'
    cfgfmt = '(get-in config [:«APP» :{k}])'
    decfmt = '(kms/decrypt "{b}")'
    bytesfmt = ("(byte-array (map unchecked-byte [", "0x%02x", " ", "]))")
    declfmt = "(def {i} {v})"
    pemstyle = ("concat", "(def {i}", '  (str "{l}\\n"', '       "{l}\\n"))')
    catfmt = '(str {a} {b})'
    head = "(ns «APP».client\n  (:require [clj-http.client :as http]\n            [clojure.tools.logging :as log]))\n"
    blockfmt = ("(def config", "   :{k} {v}", "   })", "(:{k} config)")
    block_first = "  {{:{k} {v}"
    uses = {
        "api": '''(defn «FN» [params]
  (log/info "calling" «A» «B»)
  (-> (http/get (str «A» "/v1/items")
                {:headers {"Authorization" «AUTH»}
                 :query-params params
                 :as :json
                 :socket-timeout 30000})
      :body))''',
        "hook": '''(defn «FN» [text]
  (http/post «V» {:form-params {:channel «A» :text text}
                  :content-type :json
                  :socket-timeout (* «B» 1000)}))''',
        "login": '''(defn «FN» []
  (log/info "connecting to" «A» "as" «B»)
  (jdbc/get-datasource {:dbtype "oracle" :host «A» :dbname "«DB»"
                        :user «B» :password «V»}))''',
        "conn": '''(defn «FN» []
  (log/info "pool" «A» «B»)
  (jdbc/get-datasource {:jdbcUrl «V» :maximumPoolSize «B»}))''',
        "key": '''(defn «FN» [^String payload]
  (let [mac (javax.crypto.Mac/getInstance "HmacSHA256")]
    (.init mac (javax.crypto.spec.SecretKeySpec. (.getBytes «V») "HmacSHA256"))
    (apply str (map #(format "%02x" %) (.doFinal mac (.getBytes payload))))))''',
    }
    paths = ["src/«APP»/client.clj", "src/«APP»/config.clj"]

    def fn(self, spec):
        return style(spec.func, "kebab")

    def refs(self, spec):
        return tuple(self.ident(e.name) for e in spec.fillers() + [spec.slot])


class Scala(TLang):
    id = "scala"
    cm = "//"
    st = "camel"
    envfmt = 'sys.env("{n}")'
    cfgfmt = 'conf.getString("«APP».{k}")'
    decfmt = 'Kms.decrypt("{b}")'
    bytesfmt = ("Array[Byte](", "%d", ", ", ")")
    declfmt = "  val {i} = {v}"
    pemstyle = ("block", '  val {i}: String =\n    """', '"""')
    catfmt = 's"Bearer ${b}"'
    head = "package com.acme.«APP»\n\nimport java.net.URI\nimport java.net.http.{HttpClient, HttpRequest, HttpResponse}\nimport scala.concurrent.duration._\n\nobject «MOD»Settings {"
    cfgpre = "  private val conf = com.typesafe.config.ConfigFactory.load()"
    uses = {
        "api": '''  private val http = HttpClient.newHttpClient()

  def «FN»(path: String): String = {
    val req = HttpRequest.newBuilder(URI.create(«A» + path))
      .header("Authorization", «AUTH»)
      .header("Accept", "application/json")
      .build()
    val resp = http.send(req, HttpResponse.BodyHandlers.ofString())
    require(resp.statusCode == 200, s"HTTP ${resp.statusCode} (${«B»})")
    resp.body
  }
}''',
        "login": '''  def «FN»(): java.sql.Connection = {
    val url = s"jdbc:oracle:thin:@${«A»}:1521/«DB»"
    java.sql.DriverManager.getConnection(url, «B», «V»)
  }
}''',
        "conn": '''  def «FN»(): com.zaxxer.hikari.HikariDataSource = {
    val cfg = new com.zaxxer.hikari.HikariConfig()
    cfg.setJdbcUrl(«V»)
    cfg.setPoolName(«A»)
    cfg.setMaximumPoolSize(«B»)
    new com.zaxxer.hikari.HikariDataSource(cfg)
  }
}''',
        "key": '''  def «FN»(payload: Array[Byte]): String = {
    val mac = javax.crypto.Mac.getInstance("HmacSHA256")
    mac.init(new javax.crypto.spec.SecretKeySpec(«V».getBytes("UTF-8"), "HmacSHA256"))
    mac.doFinal(payload).map("%02x".format(_)).mkString
  }
}''',
        "bytes": '''  def «FN»(data: Array[Byte]): Array[Byte] = {
    val c = javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding")
    c.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(«V», "AES"))
    c.doFinal(data)
  }
}''',
        "pem": '''  def «FN»(): java.security.PrivateKey =
    PemUtils.readPrivateKey(«V».stripMargin.trim)
}''',
    }
    paths = ["src/main/scala/com/acme/«APP»/«MOD»Settings.scala", "modules/«APP»/src/main/scala/«MOD»Settings.scala"]

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else 's"Basic ${%s}"' % V
        return 's"Bearer ${%s}"' % V

    def bytes(self, bs):
        return "Array[Byte](" + ", ".join(str(b - 256 if b > 127 else b) for b in bs) + ")"


class Sbt(TLang):
    id = "sbt"
    cm = "//"
    st = "camel"
    envfmt = 'sys.env.getOrElse("{n}", "")'
    declfmt = "val {i} = {v}"
    paths = ["build.sbt", "publish.sbt", "project/Credentials.sbt"]

    def render(self, rng, spec):
        lines = banner(rng, spec, "//")
        lines += ['ThisBuild / organization := "com.acme"', 'ThisBuild / scalaVersion := "2.13.%d"' % rng.randrange(8, 15),
                  'ThisBuild / version := "1.%d.%d"' % (rng.randrange(0, 9), rng.randrange(0, 20)), ""]
        lines += self.decl_block(spec) + [""]
        A, B, V = self.refs(spec)
        if spec.purpose in ("db", "ldap", "ftp", "mail", "api", "basic") and rng.random() < 0.6:
            lines += ['credentials += Credentials(', '  "Artifactory Realm",', '  "artifacts.acme-fin.com",',
                      '  "deployer",', '  %s' % V, ')']
        else:
            lines += ['lazy val root = (project in file("."))', '  .settings(', '    name := "%s",' % spec.app,
                      '    libraryDependencies += "org.postgresql" % "postgresql" % "42.7.3",',
                      '    Compile / sourceGenerators += Def.task {',
                      '      val f = (Compile / sourceManaged).value / "BuildSecrets.scala"',
                      '      IO.write(f, s"object BuildSecrets { val value = \\"${%s}\\" }")' % V, '      Seq(f)',
                      '    }.taskValue', '  )']
        lines += ["", 'publishTo := Some("releases" at "https://artifacts.acme-fin.com/libs-release")']
        return rng.choice(self.paths), lines


class Groovy(TLang):
    id = "groovy"
    cm = "//"
    st = "camel"
    qfmt = "'%s'"
    envfmt = "System.getenv('{n}')"
    cfgfmt = "config.«APP».{k}"
    decfmt = "kms.decrypt('{b}')"
    bytesfmt = ("[", "0x%02x", ", ", "] as byte[]")
    declfmt = "def {i} = {v}"
    pemstyle = ("block", "def {i} = '''\\", "'''")
    catfmt = '"Bearer ${b}"'
    head = "import groovy.json.JsonSlurper\nimport groovy.sql.Sql\n"
    cfgpre = "def config = new ConfigSlurper().parse(new File('/etc/«APP»/app.groovy').toURI().toURL())"
    blockfmt = ("def settings = [", "    {k}: {v},", "]", "settings.{k}")
    uses = {
        "api": '''def conn = new URL("${«A»}/api/v2/items").openConnection()
conn.setRequestProperty('Authorization', «AUTH»)
conn.setRequestProperty('Accept', 'application/json')
conn.connectTimeout = 30000
def result = new JsonSlurper().parse(conn.inputStream)
println "fetched ${result.size()} items (${«B»})"''',
        "login": '''def sql = Sql.newInstance("jdbc:sqlserver://${«A»};databaseName=«DB»", «B», «V»,
        'com.microsoft.sqlserver.jdbc.SQLServerDriver')
sql.eachRow('SELECT id, status FROM batch_jobs WHERE status = ?', ['FAILED']) { row ->
    println "${row.id} ${row.status}"
}
sql.close()''',
        "conn": '''println "connecting ${«A»} (pool ${«B»})"
def sql = Sql.newInstance(«V»)
sql.execute('UPDATE job_state SET last_run = CURRENT_TIMESTAMP')
sql.close()''',
        "key": '''def mac = javax.crypto.Mac.getInstance('HmacSHA256')
mac.init(new javax.crypto.spec.SecretKeySpec(«V».bytes, 'HmacSHA256'))
def sig = mac.doFinal(payload.bytes).encodeHex().toString()''',
    }
    paths = ["scripts/«APP»Sync.groovy", "src/main/groovy/com/acme/«MOD»Client.groovy", "vars/«APP»Deploy.groovy"]

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else '"Basic ${%s}"' % V
        return '"Bearer ${%s}"' % V


class Jenkinsfile(Groovy):
    id = "jenkinsfile"
    paths = ["Jenkinsfile", "ci/Jenkinsfile", "jenkins/«APP».Jenkinsfile"]
    blockfmt = None

    def render(self, rng, spec):
        A, B, V = self.refs(spec)
        lines = ["// " + x[3:] for x in banner(rng, spec, "//")]
        lines += self.decl_block(spec) + [""]
        tool = {"api": "curl -sf -H \"Authorization: Bearer ${%s}\" \"${%s}/api/deploy\"" % (V, A),
                "login": "sqlplus -s ${%s}/${%s}@${%s} @migrate.sql" % (B, V, A),
                "conn": "./bin/migrate --url \"${%s}\"" % V,
                "key": "./gradlew signArtifacts -PsigningKey=\"${%s}\"" % V}[spec.cat]
        if spec.purpose == "hook":
            tool = "curl -sf -X POST -H 'Content-type: application/json' --data '{\"text\":\"build ok\"}' \"${%s}\"" % V
        if spec.purpose == "ftp":
            tool = "lftp -u ${%s},${%s} ${%s} -e 'mirror -R dist/ /upload/; bye'" % (B, V, A)
        if spec.purpose == "pem":
            tool = "./gradlew signArtifacts"
        if rng.random() < 0.5:
            lines += ["node('%s') {" % rng.choice(["linux", "build", "docker", "master"]),
                      "    stage('Checkout') {", "        checkout scm", "    }",
                      "    stage('Build') {", "        sh './gradlew clean build -x test'", "    }",
                      "    stage('Deploy') {", "        sh \"\"\"", "            " + tool, "        \"\"\"", "    }", "}"]
        else:
            lines += ["pipeline {", "    agent any", "    options { timestamps() }", "    stages {",
                      "        stage('Build') {", "            steps { sh 'mvn -B -DskipTests package' }", "        }",
                      "        stage('Publish') {", "            steps {", "                sh \"%s\"" % tool.replace('"', '\\"'),
                      "            }", "        }", "    }", "    post { failure { echo 'publish failed' } }", "}"]
        return fill(rng.choice(self.paths), {"APP": spec.app}), lines


class Julia(TLang):
    id = "julia"
    cm = "#"
    st = "upper"
    envfmt = 'ENV["{n}"]'
    cfgfmt = 'CONFIG["{k}"]'
    decfmt = 'kms_decrypt("{b}")'
    bytesfmt = ("UInt8[", "0x%02x", ", ", "]")
    declfmt = "const {i} = {v}"
    pemstyle = ("block", 'const {i} = """', '"""')
    catfmt = '"Bearer $({b})"'
    head = "module «MOD»Client\n\nusing HTTP\nusing JSON3\n\nexport «FN»\n"
    cfgpre = 'const CONFIG = TOML.parsefile(joinpath(@__DIR__, "..", "config", "«APP».toml"))'
    uses = {
        "api": '''function «FN»(path::AbstractString)
    headers = ["Authorization" => «AUTH», "Accept" => "application/json"]
    resp = HTTP.get(«A» * path, headers; readtimeout = 30)
    @info "fetched" path «B»
    return JSON3.read(resp.body)
end

end # module''',
        "login": '''function «FN»()
    conn = ODBC.Connection("«DB»"; user = «B», password = «V»)
    @info "connected" host = «A»
    return conn
end

end # module''',
        "conn": '''function «FN»()
    @info "pool" «A» «B»
    return LibPQ.Connection(«V»)
end

end # module''',
        "key": '''function «FN»(payload::Vector{UInt8})
    return bytes2hex(SHA.hmac_sha256(Vector{UInt8}(«V»), payload))
end

end # module''',
    }
    paths = ["src/«MOD»Client.jl", "src/config.jl"]

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else '"Basic $(%s)"' % V
        return '"Bearer $(%s)"' % V


class Nim(TLang):
    id = "nim"
    cm = "#"
    st = "camel"
    envfmt = 'getEnv("{n}")'
    decfmt = 'kmsDecrypt("{b}")'
    bytesfmt = ("[", "0x%02x'u8", ", ", "]")
    declfmt = "const {i} = {v}"
    pemstyle = ("block", 'const {i} = """', '"""')
    catfmt = "{a} & {b}"
    head = "import std/[httpclient, json, os, strutils, logging]\n"
    uses = {
        "api": '''proc «FN»*(path: string): JsonNode =
  let client = newHttpClient(timeout = 30_000)
  defer: client.close()
  client.headers = newHttpHeaders({"Authorization": «AUTH», "Accept": "application/json"})
  let resp = client.get(«A» & path)
  if resp.code != Http200:
    raise newException(IOError, "HTTP " & $resp.code & " " & $«B»)
  result = parseJson(resp.body)''',
        "login": '''proc «FN»*(): DbConn =
  info "connecting to ", «A», " as ", «B»
  result = open(«A», «B», «V», "«DB»")''',
        "conn": '''proc «FN»*(): DbConn =
  info "pool ", «A», " size ", $«B»
  result = open("", "", "", «V»)''',
        "key": '''proc «FN»*(payload: string): string =
  result = toHex($hmac_sha256(«V», payload)).toLowerAscii''',
    }
    paths = ["src/«APP»/client.nim", "src/«APP»_config.nim"]

    def decl(self, i, v):
        if v[0] in ("env", "dec"):
            return ["let %s = %s" % (i, self.expr(v))]
        return TLang.decl(self, i, v)


class Zig(TLang):
    id = "zig"
    cm = "//"
    st = "snake"
    envfmt = 'std.posix.getenv("{n}") orelse ""'
    bytesfmt = ("[_]u8{ ", "0x%02x", ", ", " }")
    declfmt = "pub const {i} = {v};"
    pemstyle = ("concat", "pub const {i} =", "    \\\\{l}", "    \\\\{l}\n;")
    head = 'const std = @import("std");\nconst http = std.http;\n'
    uses = {
        "api": '''pub fn «FN»(allocator: std.mem.Allocator) !void {
    var client = http.Client{ .allocator = allocator };
    defer client.deinit();
    var auth_buf: [512]u8 = undefined;
    const auth = try std.fmt.bufPrint(&auth_buf, "Bearer {s}", .{«V»});
    const uri = try std.Uri.parse(«A» ++ "/v1/status");
    var hdrs = [_]http.Header{.{ .name = "Authorization", .value = auth }};
    _ = hdrs;
    _ = uri;
    std.log.info("timeout {any}", .{«B»});
}''',
        "login": '''pub fn «FN»() !Conn {
    return Conn.open(.{
        .host = «A»,
        .user = «B»,
        .password = «V»,
        .database = "«DB»",
    });
}''',
        "conn": '''pub fn «FN»() !Pool {
    std.log.info("pool {s} size {d}", .{ «A», «B» });
    return Pool.init(«V»);
}''',
        "key": '''pub fn «FN»(out: *[32]u8, payload: []const u8) void {
    std.crypto.auth.hmac.sha2.HmacSha256.create(out, payload, «V»);
}''',
    }
    paths = ["src/config.zig", "src/«APP»_client.zig"]

    def decl(self, i, v):
        if v[0] == "bytes":
            return ["pub const %s = %s;" % (i, self.expr(v))]
        if v[0] == "env":
            return ["fn %s() []const u8 {" % i, "    return %s;" % self.expr(v), "}"]
        return TLang.decl(self, i, v)

    def refs(self, spec):
        out = []
        for e in spec.fillers() + [spec.slot]:
            i = self.ident(e.name)
            out.append(i + "()" if e.val[0] == "env" else i)
        return tuple(out)


class Crystal(TLang):
    id = "crystal"
    cm = "#"
    st = "upper"
    envfmt = 'ENV["{n}"]'
    cfgfmt = 'CONFIG["{k}"].as_s'
    bytesfmt = ("Bytes[", "0x%02x", ", ", "]")
    declfmt = "  {i} = {v}"
    pemstyle = ("block", "  {i} = <<-PEM", "  PEM")
    catfmt = '"Bearer #{{{b}}}"'
    head = 'require "http/client"\nrequire "json"\n\nmodule «MOD»'
    cfgpre = '  CONFIG = YAML.parse(File.read("config/«APP».yml"))'
    uses = {
        "api": '''  def self.«FN»(path : String) : JSON::Any
    headers = HTTP::Headers{"Authorization" => «AUTH», "Accept" => "application/json"}
    resp = HTTP::Client.get(«A» + path, headers: headers)
    raise "HTTP #{resp.status_code} (#{«B»})" unless resp.success?
    JSON.parse(resp.body)
  end
end''',
        "login": '''  def self.«FN»
    Log.info { "connecting to #{«A»} as #{«B»}" }
    DB.open("mysql://#{«B»}:#{«V»}@#{«A»}/«DB»")
  end
end''',
        "conn": '''  def self.«FN»
    Log.info { "#{«A»} pool #{«B»}" }
    DB.open(«V»)
  end
end''',
        "key": '''  def self.«FN»(payload : String) : String
    OpenSSL::HMAC.hexdigest(:sha256, «V», payload)
  end
end''',
    }
    paths = ["src/«APP»/config.cr", "src/«APP».cr"]

    def auth(self, spec, V):
        if spec.purpose == "basic":
            return V if spec.extra.get("prefixed") else '"Basic #{%s}"' % V
        return '"Bearer #{%s}"' % V


class DLang(TLang):
    id = "d"
    cm = "//"
    st = "camel"
    envfmt = 'environment.get("{n}")'
    bytesfmt = ("[", "0x%02x", ", ", "]")
    declfmt = "enum string {i} = {v};"
    intdeclfmt = "enum {i} = {v};"
    pemstyle = ("block", "enum string {i} = `", "`;")
    catfmt = "{a} ~ {b}"
    head = "module «APP».config;\n\nimport std.net.curl;\nimport std.process : environment;\nimport std.stdio;\n"
    uses = {
        "api": '''string «FN»(string path)
{
    auto http = HTTP();
    http.addRequestHeader("Authorization", «AUTH»);
    http.addRequestHeader("Accept", "application/json");
    writefln("GET %s%s (%s)", «A», path, «B»);
    return cast(string) get(«A» ~ path, http);
}''',
        "login": '''auto «FN»()
{
    auto db = new MySQLPool(«A», «B», «V», "«DB»");
    return db.lockConnection();
}''',
        "conn": '''auto «FN»()
{
    writefln("%s pool %s", «A», «B»);
    return new PGConnection(«V»);
}''',
        "key": '''string «FN»(const(ubyte)[] payload)
{
    import std.digest.hmac, std.digest.sha, std.digest : toHexString;
    return hmac!SHA256(cast(const(ubyte)[]) «V», payload).toHexString.idup;
}''',
    }
    paths = ["source/«APP»/config.d", "source/app.d"]

    def decl(self, i, v):
        if v[0] == "env":
            return ["immutable string %s;" % i, "shared static this() { %s = %s; }" % (i, self.expr(v))]
        if v[0] == "bytes":
            return ["immutable ubyte[] %s = %s;" % (i, self.expr(v))]
        return TLang.decl(self, i, v)


class Ada(TLang):
    id = "ada"
    cm = "--"
    st = "ada"
    envfmt = 'Ada.Environment_Variables.Value ("{n}")'
    bytesfmt = ("(", "16#%02X#", ", ", ")")
    declfmt = "   {i} : constant String := {v};"
    intdeclfmt = "   {i} : constant := {v};"
    pemstyle = ("concat", "   {i} : constant String :=", '     "{l}" & ASCII.LF &', '     "{l}" & ASCII.LF;')
    catfmt = "{a} & {b}"
    head = "with Ada.Text_IO;\nwith Ada.Environment_Variables;\nwith AWS.Client;\nwith AWS.Response;\n\npackage body «MOD»_Client is\n"
    uses = {
        "api": '''   procedure «FN» is
      Result : AWS.Response.Data;
   begin
      Result := AWS.Client.Get
        (URL     => «A» & "/v1/items",
         Headers => AWS.Client.Header_List'(1 => AWS.Client.Header ("Authorization", «AUTH»)));
      Ada.Text_IO.Put_Line ("status: " & AWS.Response.Status_Code (Result)'Image & «B»'Image);
   end «FN»;

end «MOD»_Client;''',
        "login": '''   procedure «FN» is
   begin
      GNATCOLL.SQL.Postgres.Setup
        (Database => "«DB»", Host => «A», User => «B», Password => «V»);
      Ada.Text_IO.Put_Line ("connected to " & «A»);
   end «FN»;

end «MOD»_Client;''',
        "any": '''   procedure «FN» is
   begin
      Ada.Text_IO.Put_Line ("init " & «A» & «B»'Image);
      Backend.Initialize (Key => «V»);
   end «FN»;

end «MOD»_Client;''',
    }
    paths = ["src/«APP»_client.adb", "src/«APP»-config.ads"]

    def fn(self, spec):
        return style(spec.func, "ada")

    def decl(self, i, v):
        if v[0] == "bytes":
            return ["   %s : constant Stream_Element_Array (1 .. %d) :=" % (i, len(v[1])), "     %s;" % self.expr(v)]
        if v[0] == "i":
            return ["   %s : constant := %s;" % (i, v[1])]
        if v[0] == "env":
            return ["   %s : constant String := %s;" % (i, self.expr(v))]
        return TLang.decl(self, i, v)

    def render(self, rng, spec):
        path, lines = TLang.render(self, rng, spec)
        if path.endswith(".ads"):
            # package spec: declarations only
            out, skip = [], False
            for ln in lines:
                if ln.startswith("package body"):
                    ln = ln.replace("package body", "package")
                if ln.strip().startswith("procedure ") and ln.strip().endswith(" is"):
                    out.append(ln.replace(" is", ";"))
                    skip = True
                    continue
                if skip and ln.strip().startswith("end ") and "_Client;" not in ln:
                    skip = False
                    continue
                if not skip:
                    out.append(ln)
            lines = out
        return path, lines


class Fortran(TLang):
    id = "fortran"
    cm = "!"
    st = "upper"
    maxlen = 90
    qfmt = "'%s'"
    envfmt = None
    declfmt = "  character(len=*), parameter :: {i} = {v}"
    intdeclfmt = "  integer, parameter :: {i} = {v}"
    head = "module «APP»_config\n  use iso_c_binding\n  implicit none\n  private\n  public :: «FN»\n"
    uses = {
        "any": '''contains

  subroutine «FN»(ierr)
    integer, intent(out) :: ierr
    character(len=512) :: cmd
    write(cmd, '(A)') 'curl -s -H "Authorization: Bearer '//trim(«V»)//'" '//trim(«A»)
    call execute_command_line(trim(cmd), exitstat=ierr)
    if (ierr /= 0) print *, 'request failed, timeout=', «B»
  end subroutine «FN»

end module «APP»_config''',
        "login": '''contains

  subroutine «FN»(ierr)
    integer, intent(out) :: ierr
    character(len=256) :: connstr
    connstr = 'host='//trim(«A»)//' user='//trim(«B»)//' password='//trim(«V»)//' dbname=«DB»'
    ierr = pq_connect(trim(connstr)//c_null_char)
  end subroutine «FN»

end module «APP»_config''',
    }
    paths = ["src/«APP»_config.f90", "src/mod_«APP».f90"]

    @property
    def supports(self):
        return {"s", "i", "env"}

    def decl(self, i, v):
        if v[0] == "env":
            return ["  character(len=256) :: %s   ! filled by get_environment_variable('%s', %s)" % (i, v[1], i)]
        return TLang.decl(self, i, v)


class Racket(TLang):
    id = "racket"
    cm = ";;"
    st = "kebab"
    envfmt = '(getenv "{n}")'
    bytesfmt = ("(bytes ", "%d", " ", ")")
    declfmt = "(define {i} {v})"
    pemstyle = ("concat", "(define {i}", '  (string-append "{l}\\n"', '                 "{l}\\n"))')
    catfmt = '(string-append {a} {b})'
    head = "#lang racket/base\n\n(require net/http-easy\n         json\n         racket/string)\n\n(provide «FN»)\n"
    uses = {
        "api": '''(define («FN» path)
  (define res
    (get (string-append «A» path)
         #:headers (hasheq 'Authorization «AUTH»
                           'Accept "application/json")
         #:timeouts (make-timeout-config #:request «B»)))
  (response-json res))''',
        "login": '''(define («FN»)
  (postgresql-connect #:server «A»
                      #:user «B»
                      #:password «V»
                      #:database "«DB»"))''',
        "any": '''(define («FN» payload)
  (log-info "~a v~a" «A» «B»)
  (backend-call «V» payload))''',
    }
    paths = ["«APP»/client.rkt", "src/«APP»-config.rkt"]

    def fn(self, spec):
        return style(spec.func, "kebab")

    def refs(self, spec):
        return tuple(self.ident(e.name) for e in spec.fillers() + [spec.slot])

    def render(self, rng, spec):
        path, lines = TLang.render(self, rng, spec)
        i = lines.index("#lang racket/base")
        return path, [lines[i]] + lines[:i] + lines[i + 1:]


class Smalltalk(TLang):
    id = "smalltalk"
    cm = '"'
    st = "camel"
    qfmt = "'%s'"
    envfmt = "(OSProcess thisOSProcess environmentAt: '{n}')"
    bytesfmt = ("#[", "%d", " ", "]")
    catfmt = "{a} , {b}"
    paths = ["src/«MOD»-Core/«MOD»Settings.class.st", "«MOD»Client.st"]

    @property
    def supports(self):
        return {"s", "i", "env", "bytes", "pem"}

    def render(self, rng, spec):
        cls = spec.app.capitalize() + "Settings"
        lines = ['"' + x[3:] + '"' for x in banner(rng, spec, "//")]
        lines += ["Object subclass: #%s" % cls, "\tinstanceVariableNames: ''", "\tclassVariableNames: ''",
                  "\tpackage: '%s-Core'!" % spec.app.capitalize(), ""]
        A, B, V = [self.ident(e.name) for e in spec.fillers() + [spec.slot]]
        for e in spec.entries:
            i = self.ident(e.name)
            lines += ["!%s class methodsFor: 'settings'!" % cls, i]
            if e.val[0] == "pem":
                pl = e.val[1]
                lines += ["\t^ '" + pl[0]] + pl[1:-1] + [pl[-1] + "'", "! !", ""]
            else:
                lines += ["\t^ %s" % self.expr(e.val), "! !", ""]
        if spec.cat == "api":
            body = ["\t| client |", "\tclient := ZnClient new", "\t\turl: self %s , '/v1/items';" % A,
                    "\t\theaderAt: 'Authorization' put: 'Bearer ' , self %s;" % V, "\t\taccept: ZnMimeType applicationJson;",
                    "\t\tyourself.", "\t^ client get"]
        else:
            body = ["\t^ %sClient new" % spec.app.capitalize(), "\t\thost: self %s;" % A, "\t\toption: self %s;" % B,
                    "\t\tsecret: self %s;" % V, "\t\tconnect"]
        lines += ["!%s class methodsFor: 'actions'!" % cls, self.fn(spec)] + body + ["! !"]
        return fill(rng.choice(self.paths), {"MOD": spec.app.capitalize()}), lines


class Prolog(TLang):
    id = "prolog"
    cm = "%"
    st = "snake"
    qfmt = "'%s'"
    envfmt = "getenv('{n}', _)"
    paths = ["prolog/«APP»_config.pl", "src/«APP»_client.pro"]

    @property
    def supports(self):
        return {"s", "i", "env"}

    def render(self, rng, spec):
        lines = banner(rng, spec, "%")
        lines += [":- module(%s_config, [setting/2, %s/1])." % (spec.app, self.fn(spec)),
                  ":- use_module(library(http/http_client)).", ":- use_module(library(http/json)).", ""]
        for e in spec.entries:
            if e.val[0] == "env":
                lines.append("setting(%s, V) :- getenv('%s', V)." % (self.ident(e.name), e.val[1]))
            else:
                lines.append("setting(%s, %s)." % (self.ident(e.name), self.expr(e.val)))
        A, B, V = [self.ident(e.name) for e in spec.fillers() + [spec.slot]]
        lines += ["", "%s(Reply) :-" % self.fn(spec), "    setting(%s, Base)," % A, "    setting(%s, Secret)," % V,
                  "    atom_concat('Bearer ', Secret, Auth),", "    atom_concat(Base, '/v1/items', Url),",
                  "    http_get(Url, Reply, [request_header('Authorization'=Auth), json_object(dict)]).", ""]
        return fill(rng.choice(self.paths), {"APP": spec.app}), lines


class Awk(TLang):
    id = "awk"
    cm = "#"
    st = "snake"
    envfmt = 'ENVIRON["{n}"]'
    paths = ["bin/«APP»_report.awk", "scripts/load_«APP».awk"]

    @property
    def supports(self):
        return {"s", "i", "env"}

    def render(self, rng, spec):
        lines = ["#!/usr/bin/awk -f"] + banner(rng, spec, "#") + ["", "BEGIN {", "    FS = \"%s\"" % rng.choice([",", "|", "\\t", ";"]),
                                                                 "    OFS = FS"]
        for e in spec.entries:
            lines.append("    %s = %s" % (self.ident(e.name), self.expr(e.val)))
        A, B, V = [self.ident(e.name) for e in spec.fillers() + [spec.slot]]
        if spec.cat == "login":
            cmd = '"sqlplus -s " %s "/" %s "@" %s' % (B, V, A)
        elif spec.cat == "api":
            cmd = '"curl -s -H \\"Authorization: Bearer " %s "\\" " %s "/v1/upload -d @-"' % (V, A)
        else:
            cmd = '"./loader --conn \\"" %s "\\""' % V
        lines += ["    cmd = %s" % cmd, "    total = 0", "}", "", "NR > 1 && $3 != \"\" {", "    total += $3",
                  "    print $1, $2, $3 | cmd", "}", "", "END {", "    close(cmd)",
                  "    printf(\"%d rows, total %.2f\\n\", NR - 1, total) > \"/dev/stderr\"", "}"]
        return fill(rng.choice(self.paths), {"APP": spec.app}), lines


# ----------------------------------------------------------------------------
# legacy / special formats
# ----------------------------------------------------------------------------
class Cobol(Lang):
    id = "cobol"
    st = "cobol"
    maxlen = 48
    supports = {"s", "i", "env"}

    def render(self, rng, spec):
        prog = (spec.app[:5] + rng.choice(["EXT", "FTP", "API", "SYN", "RPT"])).upper()
        ident = lambda n: style(n, "cobol")[:30]
        L = ["       IDENTIFICATION DIVISION.", "       PROGRAM-ID. %s." % prog,
             "       AUTHOR. %s." % rng.choice(AUTHORS).upper().replace(".", "")]
        L += ["      *" + x[2:].upper()[:64] for x in banner(rng, spec, "*")]
        L += ["       ENVIRONMENT DIVISION.", "       CONFIGURATION SECTION.", "       SOURCE-COMPUTER. IBM-ZSERIES.",
              "       DATA DIVISION.", "       WORKING-STORAGE SECTION.", "       01  WS-CONFIG."]
        for e in spec.entries:
            n = ident(e.name)
            t, v = e.val
            if t == "i":
                L.append("           05  %-28s PIC 9(4) VALUE %d." % (n, v))
            elif t == "s":
                ln = "           05  %-28s PIC X(%d)" % (n, max(len(v), 8))
                L += [ln, "               VALUE '%s'." % v]
            else:
                L.append("           05  %-28s PIC X(64) VALUE SPACES." % n)
        L += ["       01  WS-SQLCODE               PIC S9(9) COMP.", "           EXEC SQL INCLUDE SQLCA END-EXEC.", "",
              "       PROCEDURE DIVISION.", "       0000-MAIN."]
        for e in spec.entries:
            if e.val[0] == "env":
                L += ["           ACCEPT %s FROM ENVIRONMENT '%s'" % (ident(e.name), e.val[1]),
                      "               ON EXCEPTION DISPLAY 'MISSING %s' STOP RUN" % e.val[1][:20], "           END-ACCEPT."]
        A, B, V = [ident(e.name) for e in spec.fillers() + [spec.slot]]
        if spec.cat == "login" and spec.purpose != "db":
            L += ["           CALL '%s' USING %s" % ({"ftp": "FTPLOGIN", "mail": "SMTPAUTH", "ldap": "LDAPBIND"}[spec.purpose], A),
                  "                             %s" % B, "                             %s" % V,
                  "                             WS-SQLCODE", "           IF WS-SQLCODE NOT = 0",
                  "               DISPLAY 'LOGIN FAILED ' WS-SQLCODE", "               MOVE 12 TO RETURN-CODE",
                  "               STOP RUN", "           END-IF."]
        elif spec.cat == "login":
            L += ["           EXEC SQL", "               CONNECT TO :%s USER :%s" % (A, B), "                   USING :%s" % V,
                  "           END-EXEC.", "           IF SQLCODE NOT = 0", "               DISPLAY 'CONNECT FAILED ' SQLCODE",
                  "               MOVE 16 TO RETURN-CODE", "               STOP RUN", "           END-IF."]
        else:
            L += ["           CALL 'HWTHINIT' USING WS-RETCODE WS-HANDLE-TYPE", "           MOVE %s TO WS-REQ-AUTH" % V,
                  "           CALL 'HWTHSET' USING WS-RETCODE WS-REQ-HANDLE", "               WS-OPTION WS-REQ-AUTH",
                  "           DISPLAY 'POSTING TO ' %s." % A]
        L += ["           PERFORM 1000-PROCESS THRU 1000-EXIT.", "           STOP RUN.", "       1000-PROCESS.",
              "           DISPLAY '%s STARTED'." % prog, "       1000-EXIT.", "           EXIT."]
        return "src/cobol/%s.%s" % (prog, rng.choice(["cbl", "cob", "CBL"])), L


class Jcl(Lang):
    id = "jcl"
    maxlen = 60
    supports = {"s", "env"}

    def render(self, rng, spec):
        job = (spec.app[:4] + rng.choice(["FTP", "NGT", "BAT", "XFR"])).upper()
        user = rng.choice(["PAYBAT", "ORDBAT", "SVCFTP", "BATCH01", "OPSJOB"])
        t, v = spec.slot.val
        val = v if t == "s" else "&" + v.replace("_", "")[:8]
        L = ["//%-8s JOB (ACCT%03d),'%s',CLASS=A,MSGCLASS=X," % (job, rng.randrange(1, 999), spec.app.upper()[:16]),
             "//             NOTIFY=&SYSUID,REGION=0M"]
        L += ["//*" + x[1:].upper()[:66] for x in banner(rng, spec, "*")]
        host = rng.choice(["ftp.partner-edi.com", "10.40.2.19", "sftp.bankconnect.eu", "files.acme-logistics.net"])
        sym = ",SYMBOLS=JCLONLY" if t != "s" else ""
        if spec.cat in ("login",) and spec.purpose in ("ftp", "db", "ldap", "mail") and rng.random() < 0.7:
            L += ["//STEP010  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 20'", "//SYSPRINT DD SYSOUT=*", "//OUTPUT   DD SYSOUT=*",
                  "//INPUT    DD *" + sym, host, "%s %s" % (rng.choice(USERS), val), "ascii",
                  "cd /inbound/%s" % spec.app, "put 'PROD.%s.DAILY' %s_%s.txt" % (spec.app.upper()[:8], spec.app,
                                                                             rng.choice(["orders", "extract", "daily"])),
                  "quit", "/*"]
        elif spec.cat == "login":
            L[0] = "//%-8s JOB (ACCT%03d),'%s',CLASS=A,MSGCLASS=X,USER=%s," % (job, rng.randrange(1, 999),
                                                                            spec.app.upper()[:12], user)
            L[1] = "//             PASSWORD=%s,NOTIFY=&SYSUID" % val
            L += ["//STEP010  EXEC PGM=IKJEFT01,DYNAMNBR=20", "//SYSTSPRT DD SYSOUT=*", "//SYSTSIN  DD *",
                  "  DSN SYSTEM(DB2P)", "  RUN PROGRAM(%s) PLAN(%sPLN)" % (job[:8], job[:5]), "  END", "/*"]
        else:
            L += ["//STEP010  EXEC PGM=BPXBATCH", "//STDOUT   DD SYSOUT=*", "//STDERR   DD SYSOUT=*", "//STDPARM  DD *" + sym,
                  "SH curl -sS -X POST",
                  " -H 'Authorization: Bearer %s'" % val if spec.purpose != "hook" else " %s" % val,
                  " -H 'Content-Type: application/json'", " --data @/u/%s/%s.json" % (user.lower(), spec.app),
                  " %s" % (spec.fillers()[0].val[1] if spec.fillers()[0].val[0] == "s" else "https://api.partner-gateway.com"),
                  "/*"]
        L += ["//STEP020  EXEC PGM=IEFBR14,COND=(0,EQ,STEP010)", "//NOTIFY   DD SYSOUT=(A,INTRDR)"]
        return "jcl/%s.jcl" % job, L


class Rpg(Lang):
    id = "rpg"
    st = "camel"
    supports = {"s", "i", "env"}

    def render(self, rng, spec):
        L = ["**FREE"] + ["// " + x[2:] for x in banner(rng, spec, "#")]
        L += ["ctl-opt dftactgrp(*no) actgrp(*caller) option(*srcstmt:*nodebugio);", "",
              "dcl-pr getenv pointer extproc('getenv');", "  name pointer value options(*string);", "end-pr;", ""]
        inits = []
        for e in spec.entries:
            n = style(e.name, "camel")
            t, v = e.val
            if t == "s" and rng.random() < 0.5:
                L.append("dcl-c %s '%s';" % (style(e.name, "upper"), v))
            elif t == "s":
                L.append("dcl-s %s varchar(%d) inz('%s');" % (n, max(64, len(v)), v))
            elif t == "i":
                L.append("dcl-s %s int(10) inz(%d);" % (n, v))
            else:
                L.append("dcl-s %s varchar(256);" % n)
                inits.append("%s = %%str(getenv('%s'));" % (n, v))
        names = []
        for e in spec.fillers() + [spec.slot]:
            up = style(e.name, "upper")
            names.append(up if ("dcl-c %s " % up) in "\n".join(L) else style(e.name, "camel"))
        A, B, V = names
        L += ["dcl-s response varchar(32000);", "dcl-s options varchar(1000);", ""] + inits
        if spec.cat == "login" and spec.purpose == "ftp":
            L += ["dcl-s sess int(10);", "sess = FTP_open(%%trim(%s));" % A, "if sess < 0;",
                  "  dsply 'FTP_open failed';", "  *inlr = *on;", "  return;", "endif;",
                  "if FTP_login(sess: %%trim(%s): %%trim(%s)) < 0;" % (B, V), "  dsply 'FTP login failed';", "endif;",
                  "FTP_put(sess: '/outbound/daily.csv': '/QSYS.LIB/ORDLIB.LIB/DAILY.FILE');", "FTP_quit(sess);"]
        elif spec.cat == "login":
            L += ["exec sql set option commit = *none, naming = *sys;",
                  "exec sql connect to :%s user :%s using :%s;" % (A, B, V), "if sqlcode <> 0;",
                  "  dsply ('Connect failed ' + %char(sqlcode));", "  *inlr = *on;", "  return;", "endif;"]
        else:
            L += ["options = '{\"header\":\"Authorization,Bearer ' + %%trim(%s) + '\"}';" % V,
                  "exec sql values QSYS2.HTTP_GET(:%s, :options) into :response;" % A, "if sqlcode <> 0;",
                  "  dsply 'HTTP_GET failed';", "endif;"]
        L += ["", "*inlr = *on;", "return;"]
        return "qrpglesrc/%s.rpgle" % (spec.app[:6] + rng.choice(["api", "ext", "ftp", "r"])).lower(), L


class Delphi(Lang):
    id = "delphi"
    st = "upper"
    supports = {"s", "i", "env", "cfg", "bytes", "pem"}

    def lit(self, v):
        return "'%s'" % v.replace("'", "''")

    def render(self, rng, spec):
        unit = "u" + spec.app.capitalize() + rng.choice(["Config", "Api", "Data", "Mail"])
        dpr = rng.random() < 0.25
        consts, inits, vars_ = [], [], []
        for e in spec.entries:
            n = style(e.name, "upper")
            t, v = e.val
            if t == "s":
                consts.append("  %s = %s;" % (n, self.lit(v)))
            elif t == "i":
                consts.append("  %s = %d;" % (n, v))
            elif t == "bytes":
                consts.append("  %s: array[0..%d] of Byte = (%s);" % (n, len(v) - 1, ", ".join("$%02X" % b for b in v)))
            elif t == "pem":
                consts.append("  %s =" % n)
                consts += ["    '%s' + sLineBreak +" % x for x in v[:-1]] + ["    '%s';" % v[-1]]
            else:
                vars_.append("  %s: string;" % style(e.name, "pascal"))
                if t == "env":
                    inits.append("  %s := GetEnvironmentVariable('%s');" % (style(e.name, "pascal"), v))
                else:
                    inits.append("  %s := Ini.ReadString('%s', '%s', '');" % (style(e.name, "pascal"), spec.app.capitalize(), v))
        A, B, V = [style(e.name, "upper") if e.val[0] in ("s", "i", "bytes", "pem") else style(e.name, "pascal")
                   for e in spec.fillers() + [spec.slot]]
        fn = style(spec.func, "pascal")
        if spec.cat == "login" and spec.purpose == "db":
            body = ["  Result := TADOConnection.Create(nil);", "  Result.LoginPrompt := False;",
                    "  Result.ConnectionString := 'Provider=SQLOLEDB.1;Persist Security Info=False;' +",
                    "    'Data Source=' + %s + ';User ID=' + %s + ';Password=' + %s + ';Initial Catalog=%s';" % (
                        A, B, V, rng.choice(DBNAMES)), "  Result.Open;"]
            rtype, uses = "TADOConnection", "System.SysUtils, System.IniFiles, Data.Win.ADODB"
        elif spec.cat == "login":
            comp = {"mail": "TIdSMTP", "ftp": "TIdFTP", "ldap": "TLDAPClient"}.get(spec.purpose, "TIdFTP")
            body = ["  Result := %s.Create(nil);" % comp, "  Result.Host := %s;" % A, "  Result.Username := %s;" % B,
                    "  Result.Password := %s;" % V, "  Result.Connect;"]
            rtype, uses = comp, "System.SysUtils, System.IniFiles, IdSMTP, IdFTP"
        elif spec.cat == "conn":
            body = ["  Result := TADOConnection.Create(nil);", "  Result.LoginPrompt := False;",
                    "  Result.ConnectionString := %s;" % V, "  Result.Tag := %s;" % B, "  Result.Open;"]
            rtype, uses = "TADOConnection", "System.SysUtils, System.IniFiles, Data.Win.ADODB"
        elif spec.cat == "api":
            body = ["  Result := THTTPClient.Create;", "  Result.ConnectionTimeout := 30000;",
                    "  Result.CustomHeaders['Authorization'] := 'Bearer ' + %s;" % V,
                    "  Result.CustomHeaders['X-Client'] := '%s';" % spec.app]
            rtype, uses = "THTTPClient", "System.SysUtils, System.IniFiles, System.Net.HttpClient"
        else:
            body = ["  Result := TCipher_AES.Create;", "  Result.Mode := cmCBCx;",
                    "  Result.Init(%s, %s, 0);" % (V, "IV_BYTES" if spec.purpose == "bytes" else "''")]
            rtype, uses = "TCipher_AES", "System.SysUtils, System.IniFiles, DECCipherBase, DECCiphers"
        L = []
        if dpr:
            L += ["program %s%s;" % (spec.app.capitalize(), rng.choice(["Sync", "Batch", "Export"])), "", "{$APPTYPE CONSOLE}", ""]
            L += ["{ " + x[2:] + " }" for x in banner(rng, spec, "#")] + ["", "uses", "  %s;" % uses, ""]
        else:
            L += ["unit %s;" % unit, ""] + ["{ " + x[2:] + " }" for x in banner(rng, spec, "#")]
            L += ["", "interface", "", "uses", "  %s;" % uses, ""]
        L += ["const"] + consts + [""]
        if vars_:
            L += ["var"] + vars_ + [""]
        if not dpr:
            L += ["function %s: %s;" % (fn, rtype), "", "implementation", ""]
        if any("Ini.ReadString" in x for x in inits):
            inits = ["  Ini := TIniFile.Create(ChangeFileExt(ParamStr(0), '.ini'));", "  try"] + \
                    ["  " + x for x in inits] + ["  finally", "    Ini.Free;", "  end;"]
            L += ["var", "  Ini: TIniFile;", ""] if not dpr else []
        L += ["function %s: %s;" % (fn, rtype), "begin"] + body + ["end;", ""]
        if dpr:
            if inits and not vars_:
                pass
            L += ["var", "  Ini: TIniFile;"] if any("Ini :=" in x for x in inits) else []
            L += ["begin"] + inits + ["  try", "    %s;" % fn, "  except", "    on E: Exception do",
                                      "      Writeln(E.ClassName, ': ', E.Message);", "  end;", "end."]
            return "src/%s%s.dpr" % (spec.app.capitalize(), rng.choice(["Sync", "Batch"])), L
        if inits:
            L += ["initialization"] + inits + [""]
        L += ["end."]
        return "src/%s.pas" % unit, L


class Dfm(Lang):
    id = "dfm"
    supports = {"s"}

    def render(self, rng, spec):
        dm = "dm" + spec.app.capitalize()
        t, v = spec.slot.val
        L = ["object %s: T%s" % (dm, dm), "  OldCreateOrder = False", "  Height = %d" % rng.randrange(200, 480),
             "  Width = %d" % rng.randrange(300, 640)]
        if spec.purpose == "dbconn":
            L += ["  object ADOConnection1: TADOConnection", "    ConnectionString =", "      '%s'" % v,
                  "    LoginPrompt = False", "    Provider = 'SQLOLEDB.1'", "    Left = 40", "    Top = 16", "  end"]
        elif spec.cat == "login":
            comp = {"mail": ("IdSMTP1", "TIdSMTP", "Host", "Username", "Password"),
                    "ftp": ("IdFTP1", "TIdFTP", "Host", "Username", "Password"),
                    "ldap": ("LDAP1", "TLDAPConnection", "Host", "BindDN", "Password")}.get(spec.purpose)
            if comp is None:
                L += ["  object SQLConnection1: TSQLConnection", "    ConnectionName = 'OracleConnection'",
                      "    DriverName = 'Oracle'", "    LoginPrompt = False", "    Params.Strings = (",
                      "      'DriverName=Oracle'", "      'DataBase=%s'" % spec.fillers()[0].val[1],
                      "      'User_Name=%s'" % spec.fillers()[1].val[1], "      'Password=%s'" % v,
                      "      'RowsetSize=20')", "    Left = 40", "    Top = 16", "  end"]
            else:
                L += ["  object %s: %s" % comp[:2], "    %s = '%s'" % (comp[2], spec.fillers()[0].val[1]),
                      "    %s = '%s'" % (comp[3], spec.fillers()[1].val[1]), "    %s = '%s'" % (comp[4], v),
                      "    Port = %d" % {"mail": 587, "ftp": 21, "ldap": 636}[spec.purpose], "    Left = 40", "    Top = 16", "  end"]
        else:
            L += ["  object RESTClient1: TRESTClient", "    BaseURL = '%s'" % (spec.url or "https://api.partner-gateway.com"),
                  "    Params = <>", "    Left = 40", "    Top = 16", "  end", "  object RESTRequest1: TRESTRequest",
                  "    Client = RESTClient1", "    Params = <", "      item", "        Kind = pkHTTPHEADER",
                  "        Name = 'Authorization'", "        Options = [poDoNotEncode]",
                  "        Value = 'Bearer %s'" % v, "      end>", "    Response = RESTResponse1", "    Left = 128", "    Top = 16", "  end",
                  "  object RESTResponse1: TRESTResponse", "    Left = 216", "    Top = 16", "  end"]
        L += ["  object tmrPoll: TTimer", "    Interval = %d" % rng.choice([5000, 30000, 60000]), "    Left = 40",
              "    Top = 88", "  end", "end"]
        return "src/%s.dfm" % dm, L


def hdr_value(spec, v):
    if spec.purpose == "basic":
        return v if spec.extra.get("prefixed") else "Basic " + v
    return "Bearer " + v


class Vb6(Lang):
    id = "vb6"
    supports = {"s", "i", "env", "cfg", "bytes", "pem"}

    def q(self, t):
        return '"%s"' % t

    def render(self, rng, spec):
        kind = rng.choice(["bas", "bas", "cls", "frm"])
        pfx = {"bas": "mod", "cls": "cls", "frm": "frm"}[kind]
        name = pfx + spec.app.capitalize() + rng.choice(["Config", "Api", "Db", "Mail", "Login"])
        L = []
        if kind == "cls":
            L += ["VERSION 1.0 CLASS", "BEGIN", "  MultiUse = -1  'True", "  Persistable = 0  'NotPersistable",
                  "  DataBindingBehavior = 0  'vbNone", "  DataSourceBehavior  = 0  'vbNone",
                  "  MTSTransactionMode  = 0  'NotAnMTSObject", "END"]
        if kind == "frm":
            L += ["VERSION 5.00", 'Object = "{831FDD16-0C5C-11D2-A9FC-0000F8754DA1}#2.0#0"; "MSCOMCTL.OCX"',
                  "Begin VB.Form %s" % name, '   Caption         =   "%s"' % spec.app.capitalize(),
                  "   ClientHeight    =   %d" % rng.randrange(2000, 6000), "   ClientWidth     =   %d" % rng.randrange(4000, 9000),
                  '   Begin VB.CommandButton cmdRun', '      Caption         =   "&Run"', "      Height          =   375",
                  "      Left            =   %d" % rng.randrange(100, 3000), "   End", "End"]
        L += ['Attribute VB_Name = "%s"' % name]
        if kind == "cls":
            L += ["Attribute VB_GlobalNameSpace = False", "Attribute VB_Creatable = True",
                  "Attribute VB_PredeclaredId = False", "Attribute VB_Exposed = False"]
        L += ["Option Explicit", ""] + ["' " + x[2:] for x in banner(rng, spec, "#")] + [""]
        inits, refs = [], {}
        for e in spec.entries:
            n = style(e.name, "upper")
            t, v = e.val
            scope = rng.choice(["Private", "Public"]) if kind == "bas" else "Private"
            if t == "s":
                L.append('%s Const %s As String = "%s"' % (scope, n, v))
            elif t == "i":
                L.append("%s Const %s As Long = %d" % (scope, n, v))
            elif t == "bytes":
                L.append("Private %s() As Byte" % style(e.name, "pascal"))
                inits.append("    Dim kb As Variant: kb = Array(%s)" % ", ".join("&H%02X" % b for b in v))
                n = style(e.name, "pascal")
            elif t == "pem":
                n = style(e.name, "pascal")
                L.append("Private %s As String" % n)
                inits += ['    %s = "%s" & vbLf' % (n, v[0])] + ['    %s = %s & "%s" & vbLf' % (n, n, x) for x in v[1:]]
            else:
                n = style(e.name, "pascal")
                L.append("Private m%s As String" % n)
                inits.append('    m%s = %s' % (n, 'Environ$("%s")' % v if t == "env" else
                                               'GetSetting("%s", "Settings", "%s", "")' % (spec.app.capitalize(), v)))
                n = "m" + n
            refs[e.name] = n
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        L.append("")
        sub = {"bas": "Public Sub Init%s()" % spec.app.capitalize(), "cls": "Private Sub Class_Initialize()",
               "frm": "Private Sub Form_Load()"}[kind]
        if inits:
            L += [sub] + inits + ["End Sub", ""]
        fn = style(spec.func, "pascal")
        if spec.cat == "login" and spec.purpose == "db" or spec.cat == "conn":
            cs = V if spec.cat == "conn" else '"Provider=MSDAORA.1;Data Source=" & %s & ";User ID=" & %s & ";Password=" & %s & ";"' % (A, B, V)
            body = ["    Dim cn As ADODB.Connection", "    Set cn = New ADODB.Connection", "    cn.ConnectionTimeout = 30",
                    "    cn.Open %s" % cs, "    Set %s = cn" % fn]
            sig = "Public Function %s() As ADODB.Connection" % fn
        elif spec.cat == "api":
            body = ["    Dim http As Object", '    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")',
                    '    http.Open "POST", %s & "/v1/documents", False' % A if spec.purpose != "hook" else '    http.Open "POST", %s, False' % V,
                    '    http.setRequestHeader "Content-Type", "application/json"']
            if spec.purpose != "hook":
                body.append('    http.setRequestHeader "Authorization", "%s " & %s' % (
                    "Basic" if spec.purpose == "basic" else "Bearer", V) if not spec.extra.get("prefixed") else
                    '    http.setRequestHeader "Authorization", %s' % V)
            body += ["    http.send payload", "    %s = http.responseText" % fn]
            sig = "Public Function %s(ByVal payload As String) As String" % fn
        else:
            body = ["    Dim cli As Object", '    Set cli = CreateObject("Chilkat_9_5_0.%s")' % (
                {"mail": "MailMan", "ftp": "Ftp2", "ldap": "Ldap"}.get(spec.purpose, "Crypt2")),
                    "    cli.Host = %s" % A if spec.cat == "login" else "    cli.CryptAlgorithm = %s" % A,
                    "    cli.Username = %s" % B if spec.cat == "login" else "    cli.KeyLength = 256",
                    "    cli.Password = %s" % V if spec.cat == "login" else "    cli.SetEncodedKey %s, \"hex\"" % V,
                    "    %s = cli.Connect()" % fn if spec.cat == "login" else "    %s = cli.EncryptStringENC(payload)" % fn]
            sig = "Public Function %s(Optional ByVal payload As String) As Variant" % fn
        if kind == "frm" and spec.cat == "login" and rng.random() < 0.5:
            L += ["Private Sub cmdRun_Click()", "    If txtPassword.Text <> %s Then" % V,
                  '        MsgBox "Invalid password", vbExclamation', "        Exit Sub", "    End If",
                  "    Me.Hide", "End Sub", ""]
        L += [sig, "    On Error GoTo ErrHandler"] + body + ["    Exit Function", "ErrHandler:",
                                                               '    App.LogEvent "%s: " & Err.Description' % fn,
                                                               "End Function"]
        return "src/%s.%s" % (name, kind), L


class ColdFusion(Lang):
    id = "coldfusion"
    supports = {"s", "i", "env", "cfg"}

    def expr(self, val, ident=None):
        t, p = val
        if t == "s":
            return '"%s"' % p.replace("#", "##")
        if t == "i":
            return str(p)
        if t == "env":
            return 'server.system.environment["%s"]' % p
        if t == "cfg":
            return 'application.settings.%s' % p
        raise ValueError(t)

    def render(self, rng, spec):
        cfc = rng.random() < 0.35
        refs = {e.name: "variables." + style(e.name, "camel") for e in spec.entries}
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        if cfc:
            refs = {e.name: "this." + style(e.name, "camel") for e in spec.entries}
            A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
            L = ["/**"] + [" *" + x[1:] for x in banner(rng, spec, "*")] + [" */", "component output=\"false\" {", ""]
            L += ["    this.name = \"%s\";" % spec.app, "    this.sessionManagement = true;"]
            for e in spec.entries:
                L.append("    %s = %s;" % (refs[e.name], self.expr(e.val)))
            L.append("")
            if spec.cat == "login" and spec.purpose == "db":
                L += ['    this.datasources["%s"] = {' % spec.app, '        class: "oracle.jdbc.OracleDriver",',
                      '        connectionString: "jdbc:oracle:thin:@" & %s & ":1521/%s",' % (A, rng.choice(DBNAMES)),
                      "        username: %s," % B, "        password: %s" % V, "    };",
                      '    this.datasource = "%s";' % spec.app]
            else:
                L += ["    public any function %s(required string payload) {" % style(spec.func, "camel"),
                      '        cfhttp(url=%s & "/v1/items", method="POST", result="local.res") {' % A,
                      '            cfhttpparam(type="header", name="Authorization", value="Bearer " & %s);' % V,
                      '            cfhttpparam(type="body", value=arguments.payload);', "        }",
                      "        return deserializeJSON(local.res.fileContent);", "    }"]
            L += ["", "}"]
            return "%s/Application.cfc" % spec.app if "datasources" in "\n".join(L) else "%s/%sService.cfc" % (
                spec.app, spec.app.capitalize()), L
        L = ["<!---"] + [x[2:] for x in banner(rng, spec, "#")] + ["--->"]
        for e in spec.entries:
            L.append("<cfset %s = %s>" % (refs[e.name], self.expr(e.val)))
        L.append("")
        h = lambda x: "#%s#" % x
        if spec.cat == "login":
            if spec.purpose == "mail":
                L += ['<cfmail to="#form.email#" from="#%s#" subject="Your %s report" server="#%s#"' % (B, spec.app, A),
                      '        port="587" useTLS="true" username="#%s#" password="%s">' % (B, h(V)),
                      "Hello #form.name#, your report is attached.", "</cfmail>"]
            elif spec.purpose == "ftp":
                L += ['<cfftp action="open" connection="xfer" server="#%s#" username="#%s#"' % (A, B),
                      '       password="%s" stopOnError="true" passive="true">' % h(V),
                      '<cfftp action="putFile" connection="xfer" localFile="#expandPath("./out/daily.csv")#" remoteFile="daily.csv">',
                      '<cfftp action="close" connection="xfer">']
            elif spec.purpose == "ldap":
                L += ['<cfldap action="query" name="qUser" server="#%s#" port="636" secure="CFSSL_BASIC"' % A,
                      '        username="#%s#" password="%s"' % (B, h(V)),
                      '        start="dc=corp,dc=internal" filter="(sAMAccountName=#form.login#)" attributes="cn,mail">']
            else:
                L += ['<cfquery name="qOrders" datasource="%s" username="#%s#" password="%s">' % (spec.app, B, h(V)),
                      "    SELECT order_id, status, total", "    FROM orders",
                      '    WHERE customer_id = <cfqueryparam value="#url.id#" cfsqltype="cf_sql_integer">', "</cfquery>"]
        else:
            target = h(V) if spec.purpose == "hook" else "#%s#/v1/items" % A
            L += ['<cfhttp url="%s" method="post" result="res" timeout="30">' % target]
            if spec.purpose != "hook":
                L.append('    <cfhttpparam type="header" name="Authorization" value="%s %s">' % (
                    "Basic" if spec.purpose == "basic" else "Bearer", h(V)))
            L += ['    <cfhttpparam type="body" value="#serializeJSON(form)#">', "</cfhttp>",
                  '<cfif res.statusCode does not contain "200">',
                  '    <cflog file="%s" text="push failed: #res.statusCode#">' % spec.app, "</cfif>"]
        L += ["", "<cfoutput><p>Done at #timeFormat(now(), 'HH:mm')#</p></cfoutput>"]
        return "%s/%s.cfm" % (spec.app, rng.choice(["sync", "send_report", "upload", "index", "process"])), L


class Asp(Lang):
    id = "asp"
    supports = {"s", "i", "env", "cfg"}

    def render(self, rng, spec):
        L = ['<%@ Language="VBScript" CodePage=65001 %>', "<% Option Explicit %>",
             '<!--#include virtual="/inc/adovbs.inc"-->', "<%"] + ["' " + x[2:] for x in banner(rng, spec, "#")]
        refs = {}
        for e in spec.entries:
            n = style(e.name, "upper")
            t, v = e.val
            if t == "s":
                L.append('Const %s = "%s"' % (n, v))
            elif t == "i":
                L.append("Const %s = %d" % (n, v))
            elif t == "env":
                L += ["Dim %s" % n, '%s = CreateObject("WScript.Shell").Environment("PROCESS")("%s")' % (n, v)]
            else:
                L += ["Dim %s" % n, '%s = Application("%s")' % (n, v)]
            refs[e.name] = n
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        L.append("")
        if spec.cat in ("login", "conn"):
            cs = V if spec.cat == "conn" else '"Provider=SQLOLEDB;Data Source=" & %s & ";Initial Catalog=%s;User Id=" & %s & ";Password=" & %s & ";"' % (
                A, rng.choice(DBNAMES), B, V)
            if spec.purpose == "mail":
                L += ["Dim msg", 'Set msg = Server.CreateObject("CDO.Message")',
                      'msg.Configuration.Fields("http://schemas.microsoft.com/cdo/configuration/smtpserver") = %s' % A,
                      'msg.Configuration.Fields("http://schemas.microsoft.com/cdo/configuration/sendusername") = %s' % B,
                      'msg.Configuration.Fields("http://schemas.microsoft.com/cdo/configuration/sendpassword") = %s' % V,
                      'msg.Configuration.Fields("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = 1',
                      "msg.Configuration.Fields.Update", 'msg.To = Request.Form("email")', 'msg.Subject = "Order confirmation"',
                      "msg.Send", "Set msg = Nothing"]
            else:
                L += ["Dim conn, rs", 'Set conn = Server.CreateObject("ADODB.Connection")', "conn.Open %s" % cs,
                      'Set rs = conn.Execute("SELECT TOP 50 OrderID, Status FROM Orders ORDER BY OrderDate DESC")']
                L += ["%>", "<table>", "<% Do While Not rs.EOF %>",
                      '  <tr><td><%= rs("OrderID") %></td><td><%= Server.HTMLEncode(rs("Status")) %></td></tr>',
                      "<% rs.MoveNext : Loop %>", "</table>", "<%", "rs.Close : conn.Close", "Set rs = Nothing : Set conn = Nothing"]
        else:
            L += ["Dim http", 'Set http = Server.CreateObject("MSXML2.ServerXMLHTTP.6.0")',
                  'http.Open "POST", %s, False' % (V if spec.purpose == "hook" else A + ' & "/v1/orders"'),
                  'http.setRequestHeader "Content-Type", "application/json"']
            if spec.purpose != "hook":
                L.append('http.setRequestHeader "Authorization", "%s " & %s' % (
                    "Basic" if spec.purpose == "basic" else "Bearer", V))
            L += ['http.send Request.Form("payload")', "If http.status <> 200 Then",
                  '    Response.Write "Upstream error " & http.status', "End If"]
        L += ["%>"]
        return "%s/%s.asp" % (rng.choice(["wwwroot", "site", "admin"]), rng.choice(["orders", "default", "sync", "contact", "report"])), L


class PowerBuilder(Lang):
    id = "powerbuilder"
    supports = {"s", "i", "cfg", "env"}

    def render(self, rng, spec):
        kind = rng.choice(["srw", "sru"])
        obj = ("w_" if kind == "srw" else "n_") + spec.app + rng.choice(["_login", "_sync", "_api", "_main"])
        L = ["$PBExportHeader$%s.%s" % (obj, kind), "$PBExportComments$" + rng.choice(DESCR[spec.cat]) % spec.app,
             "forward", "global type %s from %s" % (obj, "window" if kind == "srw" else "nonvisualobject"),
             "end type", "end forward", "", "global type %s from %s" % (obj, "window" if kind == "srw" else "nonvisualobject")]
        if kind == "srw":
            L += ["integer width = %d" % rng.randrange(1200, 3000), "integer height = %d" % rng.randrange(600, 1800),
                  'string title = "%s"' % spec.app.capitalize(), "boolean controlmenu = true"]
        L += ["end type", "global %s %s" % (obj, obj), "", "type variables"]
        refs = {}
        for e in spec.entries:
            n = "is_" + style(e.name, "snake")
            t, v = e.val
            if t == "s":
                L.append('constant string %s = "%s"' % (n.upper().replace("IS_", "IS_"), v) if rng.random() < 0.3 else
                         'string %s = "%s"' % (n, v))
                if L[-1].startswith("constant"):
                    n = n.upper()
            elif t == "i":
                n = "ii_" + style(e.name, "snake")
                L.append("integer %s = %d" % (n, v))
            else:
                L.append("string %s" % n)
            refs[e.name] = n
        L += ["end variables", ""]
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        L += ["event open;"]
        for e in spec.entries:
            if e.val[0] == "cfg":
                L.append('%s = ProfileString("%s.ini", "Database", "%s", "")' % (refs[e.name], spec.app, e.val[1]))
            elif e.val[0] == "env":
                L.append('RegistryGet("HKEY_LOCAL_MACHINE\\Software\\Acme\\%s", "%s", RegString!, %s)' % (
                    spec.app.capitalize(), e.val[1], refs[e.name]))
        if spec.cat == "login":
            L += ['SQLCA.DBMS = "%s"' % rng.choice(["O10 Oracle10g", "ORA Oracle", "MSOLEDBSQL SQL Server", "ODBC"]),
                  "SQLCA.ServerName = %s" % A, "SQLCA.LogId = %s" % B, "SQLCA.LogPass = %s" % V,
                  "SQLCA.AutoCommit = False", 'SQLCA.DBParm = "DisableBind=1"', "", "CONNECT USING SQLCA;",
                  "IF SQLCA.SQLCode <> 0 THEN", '\tMessageBox("Connect failed", SQLCA.SQLErrText, StopSign!)',
                  "\tHALT CLOSE", "END IF"]
        elif spec.cat == "conn":
            L += ['SQLCA.DBMS = "ODBC"', "SQLCA.AutoCommit = False", "SQLCA.DBParm = \"ConnectString='\" + %s + \"'\"" % V,
                  "CONNECT USING SQLCA;"]
        else:
            L += ["HTTPClient lnv_http", "integer li_rc", "lnv_http = CREATE HTTPClient",
                  'lnv_http.SetRequestHeader("Authorization", "Bearer " + %s)' % V,
                  'lnv_http.SetRequestHeader("Content-Type", "application/json")',
                  'li_rc = lnv_http.SendRequest("GET", %s + "/v1/items")' % A, "IF li_rc <> 1 THEN",
                  '\tMessageBox("HTTP", "Request failed: " + String(li_rc))', "END IF", "DESTROY lnv_http"]
        L += ["end event", ""]
        return "pb/%s.%s" % (obj, kind), L


class Abap(Lang):
    id = "abap"
    supports = {"s", "i", "cfg"}

    def render(self, rng, spec):
        rep = "z%s_%s" % (spec.app[:8], rng.choice(["sync", "ftp_out", "api_push", "mail"]))
        L = ["REPORT %s." % rep] + ["*" + x[1:] for x in banner(rng, spec, "*")] + [""]
        consts, refs = [], {}
        for e in spec.entries:
            n = "lc_" + style(e.name, "snake")
            t, v = e.val
            if t == "s":
                consts.append("%s TYPE string VALUE '%s'" % (n, v))
            elif t == "i":
                consts.append("%s TYPE i VALUE %d" % (n, v))
            refs[e.name] = n
        L.append("CONSTANTS: " + (",\n           ".join(consts)) + ".")
        L = "\n".join(L).split("\n")
        L += ["", "DATA: lo_client TYPE REF TO if_http_client,", "      lv_response TYPE string,",
              "      lv_pwd_len TYPE i,", "      lv_handle TYPE i,", "      lv_scrambled TYPE c LENGTH 64."]
        for e in spec.entries:
            if e.val[0] == "cfg":
                n = "lv_" + style(e.name, "snake")
                L += ["DATA %s TYPE string." % n,
                      "SELECT SINGLE value FROM zapp_config INTO @%s WHERE param = '%s'." % (n, e.val[1].upper())]
                refs[e.name] = n
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        L.append("")
        if spec.purpose in ("ftp", "db", "ldap", "mail"):
            L += ["lv_pwd_len = strlen( %s )." % V, "CALL FUNCTION 'HTTP_SCRAMBLE'", "  EXPORTING",
                  "    source      = %s" % V, "    sourcelen   = lv_pwd_len", "    key         = 26101957",
                  "  IMPORTING", "    destination = lv_scrambled.", "", "CALL FUNCTION 'FTP_CONNECT'", "  EXPORTING",
                  "    user            = %s" % B, "    password        = lv_scrambled", "    host            = %s" % A,
                  "    rfc_destination = 'SAPFTPA'", "  IMPORTING", "    handle          = lv_handle",
                  "  EXCEPTIONS", "    not_connected   = 1", "    OTHERS          = 2.", "IF sy-subrc <> 0.",
                  "  MESSAGE 'FTP connect failed' TYPE 'E'.", "ENDIF."]
        else:
            L += ["cl_http_client=>create_by_url(", "  EXPORTING url    = %s" % (V if spec.purpose == "hook" else A),
                  "  IMPORTING client = lo_client ).", "lo_client->request->set_method( 'POST' ).",
                  "lo_client->request->set_header_field( name = 'Content-Type' value = 'application/json' )."]
            if spec.purpose != "hook":
                L.append("lo_client->request->set_header_field( name = 'Authorization' value = |%s { %s }| )." % (
                    "Basic" if spec.purpose == "basic" else "Bearer", V))
            L += ["lo_client->send( ).", "lo_client->receive( ).", "lv_response = lo_client->response->get_cdata( ).",
                  "lo_client->close( )."]
        return "src/%s.prog.abap" % rep, L


class PlSql(Lang):
    id = "plsql"
    supports = {"s", "i", "cfg", "bytes"}

    def render(self, rng, spec):
        pkg = "%s_%s_pkg" % (spec.app, rng.choice(["api", "int", "sync", "mail"]))
        refs, decls = {}, []
        for e in spec.entries:
            n = "c_" + style(e.name, "snake")
            t, v = e.val
            if t == "s":
                decls.append("  %-22s CONSTANT VARCHAR2(%d) := '%s';" % (n, max(30, len(v) + 10), v))
            elif t == "i":
                decls.append("  %-22s CONSTANT PLS_INTEGER := %d;" % (n, v))
            elif t == "bytes":
                decls.append("  %-22s CONSTANT RAW(%d) := HEXTORAW('%s');" % (n, len(v), "".join("%02X" % b for b in v)))
            else:
                n = "get_%s()" % style(e.name, "snake")
            refs[e.name] = n
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        if spec.purpose in ("db",) and spec.slot.val[0] == "s" and rng.random() < 0.5:
            # database link
            L = ["-- " + x[2:] for x in banner(rng, spec, "#")]
            L += ["WHENEVER SQLERROR EXIT FAILURE", "", "CREATE DATABASE LINK %s_link" % spec.app,
                  '  CONNECT TO %s IDENTIFIED BY "%s"' % (spec.fillers()[1].val[1], spec.slot.val[1]),
                  "  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=%s)))';"
                  % (spec.fillers()[0].val[1], rng.choice(DBNAMES)), "",
                  "CREATE OR REPLACE SYNONYM remote_orders FOR orders@%s_link;" % spec.app, "",
                  "GRANT SELECT ON remote_orders TO reporting_role;"]
            return "db/migrations/V%d__%s_dblink.sql" % (rng.randrange(10, 400), spec.app), L
        spec_only = rng.random() < 0.25
        L = ["CREATE OR REPLACE PACKAGE %s%s AS" % ("" if spec_only else "BODY ", pkg)]
        L += ["  -- " + x[2:] for x in banner(rng, spec, "#")] + [""] + decls + [""]
        if spec_only:
            L += ["  PROCEDURE %s;" % spec.func, "END %s;" % pkg, "/"]
            return "db/packages/%s.pks" % pkg, L
        for e in spec.entries:
            if e.val[0] == "cfg":
                L += ["  FUNCTION get_%s RETURN VARCHAR2 IS" % style(e.name, "snake"), "    l_val VARCHAR2(256);", "  BEGIN",
                      "    SELECT param_value INTO l_val FROM app_settings WHERE param_name = '%s';" % e.val[1], "    RETURN l_val;",
                      "  END;", ""]
        L += ["  PROCEDURE %s IS" % spec.func]
        if spec.purpose == "mail":
            L += ["    l_conn UTL_SMTP.connection;", "  BEGIN", "    l_conn := UTL_SMTP.open_connection(%s, 587);" % A,
                  "    UTL_SMTP.starttls(l_conn);", "    UTL_SMTP.auth(l_conn, %s, %s, UTL_SMTP.all_schemes);" % (B, V),
                  "    UTL_SMTP.mail(l_conn, %s);" % B, "    UTL_SMTP.quit(l_conn);"]
        elif spec.cat in ("api",):
            L += ["    l_req  UTL_HTTP.req;", "    l_resp UTL_HTTP.resp;", "  BEGIN",
                  "    UTL_HTTP.set_wallet('file:/u01/app/oracle/wallet', NULL);",
                  "    l_req := UTL_HTTP.begin_request(%s, 'POST', 'HTTP/1.1');" % (V if spec.purpose == "hook" else A + " || '/v1/orders'"),
                  "    UTL_HTTP.set_header(l_req, 'Content-Type', 'application/json');"]
            if spec.purpose != "hook":
                L.append("    UTL_HTTP.set_header(l_req, 'Authorization', '%s ' || %s);" % (
                    "Basic" if spec.purpose == "basic" else "Bearer", V))
            L += ["    l_resp := UTL_HTTP.get_response(l_req);", "    UTL_HTTP.end_response(l_resp);"]
        elif spec.cat == "key":
            L += ["    l_mac RAW(64);", "  BEGIN", "    l_mac := DBMS_CRYPTO.mac(UTL_RAW.cast_to_raw(g_payload), DBMS_CRYPTO.HMAC_SH256,",
                  "                             %s);" % (V if spec.purpose == "bytes" else "UTL_RAW.cast_to_raw(%s)" % V)]
        else:
            L += ["    l_conn UTL_TCP.connection;", "  BEGIN",
                  "    l_conn := ftp_util.login(p_host => %s, p_user => %s, p_pass => %s);" % (A, B, V),
                  "    ftp_util.put(l_conn, 'OUT_DIR', 'daily.csv');", "    ftp_util.logout(l_conn);"]
        L += ["  EXCEPTION", "    WHEN OTHERS THEN", "      log_pkg.error('%s', SQLERRM);" % spec.func, "      RAISE;",
              "  END %s;" % spec.func, "", "END %s;" % pkg, "/"]
        L = [x.replace("g_payload", "'" + spec.app + "'") for x in L]
        return "db/packages/%s.%s" % (pkg, rng.choice(["pkb", "sql"])), L


class TSql(Lang):
    id = "tsql"
    supports = {"s", "i"}

    def render(self, rng, spec):
        L = ["-- " + x[2:] for x in banner(rng, spec, "#")] + ["USE [%s];" % rng.choice(DBNAMES), "GO", ""]
        t, v = spec.slot.val
        lit = "N'%s'" % v if t == "s" else "$(%s)" % style(spec.slot.name, "upper")
        A = spec.fillers()[0].val[1]
        B = spec.fillers()[1].val[1]
        if spec.provider == "azure" and spec.purpose == "api":
            L += ["IF NOT EXISTS (SELECT 1 FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')",
                  "    CREATE MASTER KEY;", "GO", "", "CREATE DATABASE SCOPED CREDENTIAL [%s_blob]" % spec.app,
                  "WITH IDENTITY = 'SHARED ACCESS SIGNATURE',", "     SECRET = %s;" % lit.replace("N'", "'"), "GO", "",
                  "CREATE EXTERNAL DATA SOURCE [%s_src]" % spec.app,
                  "WITH (TYPE = BLOB_STORAGE, LOCATION = 'https://%s.blob.core.windows.net/exports'," % spec.app,
                  "      CREDENTIAL = [%s_blob]);" % spec.app, "GO"]
        elif spec.cat == "api":
            L += ["DECLARE @token NVARCHAR(4000) = %s;" % lit, "DECLARE @ret INT, @response NVARCHAR(MAX);",
                  "DECLARE @headers NVARCHAR(4000) = N'{\"Authorization\":\"%s ' + @token + N'\"}';" % (
                      "Basic" if spec.purpose == "basic" else "Bearer"),
                  "", "EXEC @ret = sp_invoke_external_rest_endpoint",
                  "    @url = N'%s/v1/orders'," % (A if A.startswith("http") else "https://api.partner-gateway.com"),
                  "    @method = 'POST',", "    @headers = @headers,", "    @payload = N'{\"since\":\"2024-01-01\"}',",
                  "    @response = @response OUTPUT;", "SELECT @ret AS ret, @response AS response;", "GO"]
        elif spec.cat == "login" and rng.random() < 0.5:
            L += ["IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'%s')" % B,
                  "    CREATE LOGIN [%s] WITH PASSWORD = %s, CHECK_POLICY = OFF, DEFAULT_DATABASE = [%s];" % (
                      B, lit, rng.choice(DBNAMES)), "GO", "CREATE USER [%s] FOR LOGIN [%s];" % (B, B),
                  "ALTER ROLE db_datareader ADD MEMBER [%s];" % B, "GO"]
        else:
            L += ["DECLARE @pwd NVARCHAR(128) = %s;" % lit, "", "EXEC master.dbo.sp_addlinkedserver",
                  "    @server = N'%s_LINK', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'%s';" % (
                      spec.app.upper(), A), "EXEC master.dbo.sp_addlinkedsrvlogin",
                  "    @rmtsrvname = N'%s_LINK', @useself = N'False', @locallogin = NULL," % spec.app.upper(),
                  "    @rmtuser = N'%s', @rmtpassword = @pwd;" % B, "GO"]
        return "sql/%s_%s.sql" % (rng.choice(["setup", "deploy", "linked_servers", "03_security"]), spec.app), L


class Fgl(Lang):
    id = "4gl"
    supports = {"s", "i", "env", "prompt"}

    def render(self, rng, spec):
        L = ["# " + x[2:] for x in banner(rng, spec, "#")] + ["DATABASE %s" % rng.choice(DBNAMES).lower(), "", "GLOBALS"]
        refs = {}
        for e in spec.entries:
            n = "g_" + style(e.name, "snake")
            L.append("  DEFINE %s %s" % (n, "INTEGER" if e.val[0] == "i" else "CHAR(%d)" % (
                max(64, len(e.val[1]) + 8) if e.val[0] == "s" else 64)))
            refs[e.name] = n
        L += ["END GLOBALS", "", "MAIN", "  DEFINE l_cmd CHAR(1024),", "         l_status INTEGER", "",
              "  DEFER INTERRUPT", "  WHENEVER ERROR CONTINUE"]
        for e in spec.entries:
            t, v = e.val
            if t == "s":
                L.append('  LET %s = "%s"' % (refs[e.name], v))
            elif t == "i":
                L.append("  LET %s = %d" % (refs[e.name], v))
            elif t == "env":
                L.append('  LET %s = fgl_getenv("%s")' % (refs[e.name], v))
            else:
                L.append('  PROMPT "%s: " FOR %s ATTRIBUTE(INVISIBLE)' % (v, refs[e.name]))
        A, B, V = [refs[e.name] for e in spec.fillers() + [spec.slot]]
        if spec.cat == "login":
            L += ['  CONNECT TO "%s@ol_%s" USER %s USING %s' % (rng.choice(DBNAMES).lower(), spec.app, B, V),
                  "  IF SQLCA.SQLCODE <> 0 THEN", '    DISPLAY "connect failed: ", SQLCA.SQLCODE', "    EXIT PROGRAM 1", "  END IF"]
        else:
            L += ["  LET l_cmd = \"curl -s -H 'Authorization: Bearer \", %s CLIPPED, \"' \", %s CLIPPED" % (V, A),
                  "  RUN l_cmd RETURNING l_status"]
        L += ["  CALL process_batch()", "END MAIN", "", "FUNCTION process_batch()", "  DEFINE l_cnt INTEGER",
              "  SELECT COUNT(*) INTO l_cnt FROM orders WHERE status = 'N'", '  DISPLAY "pending: ", l_cnt', "END FUNCTION"]
        return "src/%s_%s.4gl" % (spec.app, rng.choice(["main", "batch", "conn"])), L


class SysConfig(Lang):
    id = "sys_config"
    supports = {"s", "i", "env"}

    def render(self, rng, spec):
        L = ["%% " + x[2:] for x in banner(rng, spec, "#")] + ["[", " {%s, [" % spec.app]
        ents = spec.entries
        for k, e in enumerate(ents):
            t, v = e.val
            val = '"%s"' % v if t == "s" else str(v) if t == "i" else '{env, "%s"}' % v
            L.append("   {%s, %s}%s" % (style(e.name, "snake"), val, "," if k < len(ents) - 1 else ""))
        L += [" ]},", " {kernel, [", "   {logger_level, %s}" % rng.choice(["info", "notice", "warning"]), " ]},",
              " {sasl, [{sasl_error_logger, false}]}", "]."]
        return rng.choice(["config/sys.config", "rel/sys.config", "apps/%s/priv/sys.config" % spec.app]), L


class Edn(Lang):
    id = "edn"
    supports = {"s", "i", "env"}

    def render(self, rng, spec):
        L = [";; " + x[2:] for x in banner(rng, spec, "#")]
        ns = {"api": "http", "login": spec.purpose, "conn": "db", "key": "security"}[spec.cat]
        items = []
        for e in spec.entries:
            t, v = e.val
            val = '"%s"' % v if t == "s" else str(v) if t == "i" else "#env %s" % v
            items.append(":%s %s" % (style(e.name, "kebab"), val))
        L += ["{:%s {%s" % (ns, items[0])] + ["  %s %s" % (" " * len(ns), x) for x in items[1:-1]] + [
            "  %s %s}" % (" " * len(ns), items[-1])]
        L += [" :server {:port %d :join? false}" % rng.choice([8080, 3000, 8090]),
              " :logging {:level :%s}}" % rng.choice(["info", "warn"])]
        return rng.choice(["resources/config.edn", "resources/%s/config.edn" % spec.app, "config/prod.edn"]), L


# ----------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------
ALLCATS = {"api", "login", "conn", "key"}
LANGS = [
    (Perl(), ALLCATS, 3), (Tcl(), ALLCATS, 2), (Lua(), ALLCATS, 2), (Cobol(), {"api", "login"}, 2),
    (Jcl(), {"api", "login"}, 2), (Rpg(), {"api", "login"}, 2), (Delphi(), ALLCATS, 2), (Dfm(), {"api", "login", "conn"}, 1),
    (Vb6(), ALLCATS, 3), (ColdFusion(), {"api", "login"}, 2), (Asp(), {"api", "login", "conn"}, 2),
    (Erlang(), ALLCATS, 2), (ErlangHrl(), ALLCATS, 1), (SysConfig(), ALLCATS, 1), (Elixir(), ALLCATS, 2),
    (ElixirConfig(), ALLCATS, 2), (Haskell(), ALLCATS, 2), (OCaml(), ALLCATS, 2), (FSharp(), ALLCATS, 2),
    (Clojure(), ALLCATS, 2), (Edn(), ALLCATS, 1), (Scala(), ALLCATS, 2), (Sbt(), ALLCATS, 1), (Groovy(), ALLCATS, 2),
    (Jenkinsfile(), ALLCATS, 2), (Julia(), ALLCATS, 2), (Nim(), ALLCATS, 2), (Zig(), ALLCATS, 2), (Crystal(), ALLCATS, 2),
    (DLang(), ALLCATS, 2), (Fortran(), {"api", "login"}, 1), (Ada(), ALLCATS, 2), (Smalltalk(), ALLCATS, 1),
    (Racket(), ALLCATS, 2), (Prolog(), {"api"}, 1), (Awk(), {"api", "login", "conn"}, 1),
    (PowerBuilder(), {"api", "login", "conn"}, 2), (Abap(), {"api", "login"}, 2), (PlSql(), ALLCATS, 2),
    (TSql(), {"api", "login"}, 2), (Fgl(), {"api", "login"}, 1),
]


def lang_ok(lang, cats, purpose, vtype, value):
    if CAT[purpose] not in cats or vtype not in lang.supports:
        return False
    if isinstance(value, str) and len(value) > lang.maxlen:
        return False
    if lang.id in ("dfm", "asp", "vb6", "delphi", "powerbuilder") and purpose == "dbconn" and (
            ";" not in (value or "") or "jdbc:" in (value or "") or "://" in (value or "")):
        return False
    if lang.id in ("dfm", "tsql", "jcl", "cobol", "rpg", "fortran", "prolog", "abap", "4gl", "awk") and purpose in (
            "pem", "bytes", "crypto") and vtype != "s":
        return False
    return True


def pick_lang(rng, purpose, vtype, value):
    cands = [(l, w) for l, c, w in LANGS if lang_ok(l, c, purpose, vtype, value)]
    tot = sum(w for _, w in cands)
    r = rng.random() * tot
    for l, w in cands:
        r -= w
        if r <= 0:
            return l
    return cands[-1][0]


def build_spec(rng, row, slot_name, slot_val, info, extra=None):
    provider, kind, gen, purpose, _, _, url = row
    info = dict(info)
    info["url"] = url
    fl = filler_entries(rng, purpose, info, provider)
    app = rng.choice(APPS)
    pos = rng.choice([2, 2, 1, 0]) if len(fl) == 2 else 2
    entries = fl[:]
    entries.insert(pos, Entry(slot_name, slot_val))
    return Spec(purpose, entries, pos, app, url, provider, extra)


def needle_in_text(text, sec):
    """Return the needle as written (bytes arrays are searched in several notations)."""
    if sec.get("bytes") is None:
        return sec["needle"]
    bs = sec["bytes"]
    fmts = ["0x%02x", "0x%02X", "%d", "$%02X", "&H%02X", "16#%02X#", "0x%02x'u8", "0x%02xuy", "\\x%02x", "%02X"]
    for f in fmts:
        for sep in (", ", " ", "; ", ",", ""):
            cand = sep.join(f % b for b in bs)
            if cand in text:
                return cand
    cand = ", ".join(str(b - 256 if b > 127 else b) for b in bs)
    if cand in text:
        return cand
    return None


# ----------------------------------------------------------------------------
# negatives: values for the secret slot
# ----------------------------------------------------------------------------
CONN_BUILDERS = {"oracle": _ora, "db2": _db2, "informix": _ifx, "sybase": _syb, "sqlserver": _mssql, "postgres": _pg,
                 "mysql": _mysql, "rabbitmq": _amqp, "redis": _redis, "ftp": _ftpurl}
PREFIX = {"openai": "sk-", "anthropic": "sk-ant-", "github": "ghp_", "gitlab": "glpat-", "slack": "xoxb-",
          "stripe": "sk_live_", "sendgrid": "SG.", "aws": "AKIA", "google": "AIza", "npm": "npm_", "huggingface": "hf_",
          "digitalocean": "dop_v1_", "docker": "dckr_pat_", "groq": "gsk_", "linear": "lin_api_", "newrelic": "NRAK-",
          "shopify": "shpat_", "hashicorp": "hvs.", "square": "EAAA", "atlassian": "ATATT", "pypi": "pypi-",
          "mapbox": "sk.", "mailgun": "key-", "terraform": ""}
PW_PLACEHOLDERS = ["changeme", "CHANGE-ME", "<password>", "********", "", "YOUR_PASSWORD", "replace-with-real-password",
                   "${DB_PASSWORD}", "{{ db_password }}", "%DB_PASSWORD%", "@@DBPASS@@", "__PASSWORD__", "<set-in-vault>",
                   "TBD", "xxxxxxxx", "<enter password>", "CHANGE_ME_BEFORE_DEPLOY", "${env:DB_PASS}"]
TOK_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "your-token-here", "REPLACE_ME", "<token>", "changeme", "",
                    "xxxxxxxxxxxxxxxxxxxxxxxx", "INSERT_TOKEN_HERE", "<paste token>", "${API_TOKEN}", "{{ api_token }}",
                    "TODO-get-from-1password", "dummy", "%API_KEY%"]
KEY_PLACEHOLDERS = ["<32-byte-hex-key>", "CHANGE_ME_TO_A_RANDOM_STRING", "generate-with-openssl-rand-hex-32", "",
                    "REPLACE_WITH_64_HEX_CHARS", "${JWT_SECRET}", "{{ signing_secret }}", "secret-goes-here"]


def neg_placeholder(rng, row):
    provider, kind, _, purpose = row[:4]
    if purpose == "dbconn":
        b = CONN_BUILDERS.get(provider)
        ph = rng.choice(["${DB_PASSWORD}", "<password>", "********", "changeme", "{{ db_password }}", "%DBPASS%", "PASSWORD"])
        if b:
            return None, ("s", b(rng, rng.choice(USERS), ph))
    if purpose in ("db", "ldap", "mail", "ftp"):
        return None, ("s", rng.choice(PW_PLACEHOLDERS))
    if purpose in ("crypto", "bytes", "pem"):
        return None, ("s", rng.choice(KEY_PLACEHOLDERS))
    p = PREFIX.get(provider)
    if p and rng.random() < 0.5:
        return None, ("s", rng.choice([p + "...", p + "X" * rng.choice([16, 20, 32, 36]), p + "<your-token>",
                                      p + "your_token_here", p + "REPLACE_ME", p + "xxxx"]))
    if purpose == "hook":
        return None, ("s", rng.choice(["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>",
                                       "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]))
    return None, ("s", rng.choice(TOK_PLACEHOLDERS))


def neg_redacted(rng, row):
    provider, kind, gen, purpose = row[:4]
    if purpose in ("db", "ldap", "mail", "ftp"):
        return None, ("s", rng.choice(["********", "[REDACTED]", "<redacted>", "***", "*****", "[hidden]", "(masked)"]))
    if purpose == "dbconn":
        b = CONN_BUILDERS.get(provider)
        if b:
            return None, ("s", b(rng, rng.choice(USERS), rng.choice(["*****", "***REDACTED***", "xxxxx"])))
    if purpose in ("bytes", "pem"):
        return None, ("s", "[REDACTED - see vault]")
    tok = gen(rng).get("value") or ""
    tok = tok if len(tok) < 300 else tok[:60]
    p = PREFIX.get(provider) or ""
    if tok.startswith("https://"):
        return None, ("s", tok.rsplit("/", 1)[0] + "/" + "*" * 8)
    forms = [tok[:len(p) + 4] + "****" + tok[-4:], (p or tok[:3]) + "\u2026" + tok[-3:], tok[:len(p) + 3] + "..." + tok[-2:],
             "*" * 12 + tok[-4:], (p or "") + "*" * 20, tok[:6] + "********"]
    return None, ("s", rng.choice(forms))


def _guid(rng, braces=False, upper=True):
    g = fake_uuid(rng, upper)
    return "{%s}" % g if braces else g


def neg_public(rng, row):
    provider = row[0]
    opts = {
        "stripe": [("stripe_publishable_key", lambda: rng.choice(["pk_live_", "pk_test_"]) + rstr(rng, ALNUM, rng.choice([24, 99])))],
        "mapbox": [("mapbox_access_token", lambda: "pk." + b64(('{"u":"%s","a":"%s"}' % (rng.choice(FIRST).lower(), rstr(rng, LOW + DIG, 25))).encode(), url=True, pad=False) + "." + rstr(rng, ALNUM + "-_", 22))],
        "google": [("google_client_id", lambda: "%d-%s.apps.googleusercontent.com" % (rng.randrange(10 ** 11, 10 ** 12), rstr(rng, LOW + DIG, 32))),
                   ("recaptcha_site_key", lambda: "6L" + rstr(rng, ALNUM + "-_", 38))],
        "twilio": [("twilio_account_sid", lambda: "AC" + rstr(rng, HEXL, 32)), ("twilio_from_number", lambda: "+1%d" % rng.randrange(2002000000, 9899999999))],
        "aws": [("aws_account_id", lambda: str(rng.randrange(10 ** 11, 10 ** 12))),
                ("kms_key_arn", lambda: "arn:aws:kms:eu-west-1:%d:key/%s" % (rng.randrange(10 ** 11, 10 ** 12), fake_uuid(rng))),
                ("db_secret_arn", lambda: "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/prod/db-%s" % (rng.randrange(10 ** 11, 10 ** 12), rng.choice(APPS), rstr(rng, ALNUM, 6)))],
        "azure": [("azure_tenant_id", lambda: fake_uuid(rng)), ("azure_client_id", lambda: fake_uuid(rng)),
                  ("key_vault_uri", lambda: "https://kv-%s-prd.vault.azure.net/" % rng.choice(APPS))],
        "github": [("github_app_client_id", lambda: "Iv1." + rstr(rng, HEXL, 16)), ("github_app_id", lambda: str(rng.randrange(100000, 999999)))],
        "slack": [("slack_client_id", lambda: "%d.%d" % (rng.randrange(10 ** 11, 10 ** 12), rng.randrange(10 ** 12, 10 ** 13))),
                  ("slack_channel_id", lambda: "C0" + rstr(rng, UPP + DIG, 9))],
        "openai": [("openai_org_id", lambda: "org-" + rstr(rng, ALNUM, 24)), ("openai_model", lambda: rng.choice(["gpt-4o-mini", "gpt-4.1", "o3-mini"]))],
        "anthropic": [("anthropic_model", lambda: rng.choice(["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307"])),
                      ("anthropic_version", lambda: "2023-06-01")],
        "sendgrid": [("sendgrid_template_id", lambda: "d-" + rstr(rng, HEXL, 32))],
        "datadog": [("dd_client_token", lambda: "pub" + rstr(rng, HEXL, 32)), ("dd_site", lambda: "datadoghq.eu")],
        "newrelic": [("newrelic_account_id", lambda: str(rng.randrange(10 ** 6, 10 ** 7)))],
        "sentry": [],
    }
    cand = opts.get(provider) or [("sentry_dsn", lambda: "https://%s@o%d.ingest.sentry.io/%d" % (
        rstr(rng, HEXL, 32), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7))),
                                  ("algolia_search_key", lambda: rstr(rng, HEXL, 32)),
                                  ("%s_client_id" % provider, lambda: fake_uuid(rng))]
    name, f = rng.choice(cand)
    return name, ("s", f())


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
RFC_HEX = ["0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4a656665", "000102030405060708090a0b0c0d0e0f",
           "2b7e151628aed2a6abf7158809cf4f3c", "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
           "06a9214036b8a15b512e03d534120006", "c286696d887c9aa0611bbb3e2025a45a",
           "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"]
JWK_RFC7515 = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"


def neg_testvec(rng, row):
    provider, kind, _, purpose = row[:4]
    if provider == "aws":
        return None, ("s", "AKIAIOSFODNN7EXAMPLE" if kind == "access_key_id" else "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    if provider == "azure" and kind == "storage_account_key":
        return None, ("s", rng.choice([AZURITE_KEY, "UseDevelopmentStorage=true",
                                       "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;"
                                       "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % AZURITE_KEY]))
    if provider == "jwt" or purpose == "api" and rng.random() < 0.3:
        return None, ("s", JWT_IO)
    if purpose == "bytes":
        h = rng.choice(RFC_HEX[2:])
        return None, ("bytes", list(bytes.fromhex(h)))
    if purpose in ("crypto", "pem"):
        return None, ("s", rng.choice(RFC_HEX + [JWK_RFC7515, "Jefe", "key"]))
    return neg_placeholder(rng, row)


HASH_CONSTS = [("empty_md5", "d41d8cd98f00b204e9800998ecf8427e"), ("empty_sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
               ("empty_sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
               ("sha256_abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
               ("sha256_iv", "6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19"),
               ("crc32_poly", "edb88320"), ("md5_init", "0123456789abcdeffedcba9876543210")]


def neg_hash(rng, row):
    r = rng.random()
    if r < 0.45:
        n, v = rng.choice(HASH_CONSTS)
        return n, ("s", v)
    if r < 0.8:
        n = rng.choice(["expected_sha256", "artifact_checksum", "bundle_digest", "release_sha256", "image_digest"])
        v = hashlib.sha256(rbytes(rng, 32)).hexdigest()
        return n, ("s", ("sha256:" + v) if n == "image_digest" else v)
    n = rng.choice(["last_commit", "pinned_rev", "build_sha", "git_ref"])
    return n, ("s", hashlib.sha1(rbytes(rng, 20)).hexdigest())


def neg_uuid(rng, row):
    n = rng.choice(["tenant_id", "client_id", "correlation_id", "clsid_excel", "app_guid", "subscription_id",
                    "workspace_id", "device_id", "request_id", "installation_id", "queue_id"])
    if n == "clsid_excel":
        return n, ("s", "{00024500-0000-0000-C000-000000000046}")
    return n, ("s", _guid(rng, braces=rng.random() < 0.2, upper=rng.random() < 0.4))


def neg_cipher(rng, row):
    blob = "AQICAH" + rstr(rng, B64, 2) + b64(rbytes(rng, rng.choice([120, 150, 180])))
    if rng.random() < 0.55:
        return None, ("dec", blob)
    r = rng.random()
    if r < 0.5:
        return None, ("s", "ENC(%s)" % clean_b64(rng, rng.choice([24, 32, 48])))
    return None, ("s", "vault:v1:" + clean_b64(rng, rng.choice([40, 56, 72])))


def neg_policy(rng, row):
    return rng.choice([
        ("password_min_length", ("i", rng.choice([8, 10, 12, 14]))), ("password_field", ("s", rng.choice(["pwd", "password", "passwd"]))),
        ("token_url", ("s", rng.choice(["https://oauth2.googleapis.com/token", "https://login.microsoftonline.com/common/oauth2/v2.0/token",
                                         "https://github.com/login/oauth/access_token"]))),
        ("api_key_header", ("s", rng.choice(["X-Api-Key", "Authorization", "x-api-key"]))),
        ("secret_path", ("s", "secret/data/%s/%s" % (rng.choice(APPS), rng.choice(["db", "smtp", "api"])))),
        ("password_reset_url", ("s", "https://portal.acme-fin.com/account/reset")),
        ("token_ttl_seconds", ("i", rng.choice([900, 3600, 86400]))),
        ("secret_name", ("s", "%s-%s-credentials" % (rng.choice(APPS), rng.choice(["prod", "db", "api"])))),
        ("password_regex", ("s", "^(?=.*[A-Z])(?=.*[0-9]).{12,}$")),
        ("auth_scheme", ("s", rng.choice(["Bearer", "Basic", "Negotiate"]))),
    ])


def _pubkey_pem(rng):
    n = rng.choice([128, 256])
    mod = b"\x02" + _der_len(n + 1) + b"\x00" + bytes([rng.randrange(128, 256)]) + rbytes(rng, n - 1)
    rsapub = _der_seq(mod + b"\x02\x03\x01\x00\x01")
    bitstr = b"\x03" + _der_len(len(rsapub) + 1) + b"\x00" + rsapub
    spki = _der_seq(bytes.fromhex("300d06092a864886f70d0101010500") + bitstr)
    body = b64(spki)
    return ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----"]


def neg_pubkey(rng, row):
    n = rng.choice(["public_key", "verify_key", "partner_public_key", "jwt_public_key", "rsa_public_key"])
    if rng.random() < 0.75:
        return n, ("pem", _pubkey_pem(rng))
    blob = b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(rng, 256))
    return "deploy_public_key", ("s", "ssh-rsa %s %s@%s" % (blob, rng.choice(USERS), rng.choice(["build01", "jenkins", "ci"])))


NEG_SLOT = {"env": None, "cfg": None, "prompt": None, "placeholder": neg_placeholder, "redacted": neg_redacted,
            "public_id": neg_public, "test_vector": neg_testvec, "hash_constant": neg_hash, "uuid": neg_uuid,
            "ciphertext": neg_cipher, "policy_constant": neg_policy, "public_key": neg_pubkey}


# ----------------------------------------------------------------------------
# negatives: whole-file look-alikes
# ----------------------------------------------------------------------------
HEX_PKGS = {"hex": ["jason", "plug", "phoenix", "ecto", "postgrex", "telemetry", "decimal", "castore", "mint", "finch",
                    "nimble_pool", "db_connection", "bcrypt_elixir", "comeonin", "hackney", "certifi", "oban", "swoosh"],
            "rebar": ["cowboy", "cowlib", "ranch", "jsx", "lager", "goldrush", "hackney", "idna", "poolboy", "epgsql"],
            "julia": ["HTTP", "JSON3", "LibPQ", "DataFrames", "CSV", "Parsers", "StructTypes", "URIs", "SHA", "TOML"],
            "hs": ["aeson", "text", "bytestring", "http-client", "http-conduit", "postgresql-simple", "cryptonite",
                   "memory", "unordered-containers", "vector", "scientific", "attoparsec"],
            "nim": ["jester", "httpbeast", "db_connector", "checksums", "jsony", "chronicles", "zippy"],
            "zig": ["zap", "pg", "zig-clap", "known-folders", "ziglyph"]}


def _ver(rng):
    return "%d.%d.%d" % (rng.randrange(0, 5), rng.randrange(0, 20), rng.randrange(0, 15))


def negfile_lock(rng):
    t = rng.choice(["mix", "rebar", "manifest", "freeze", "zon", "nimble", "shard", "stack"])
    if t == "mix":
        L = ["%{"]
        for p in sorted(rng.sample(HEX_PKGS["hex"], rng.randrange(6, 12))):
            L.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (
                p, p, _ver(rng), hashlib.sha256(rbytes(rng, 16)).hexdigest(), hashlib.sha256(rbytes(rng, 16)).hexdigest()))
        L.append("}")
        return "mix.lock", L, "mix.lock"
    if t == "rebar":
        ps = sorted(rng.sample(HEX_PKGS["rebar"], rng.randrange(4, 8)))
        L = ['{"1.2.0",', "["] + ['{<<"%s">>,{pkg,<<"%s">>,<<"%s">>},%d}%s' % (p, p, _ver(rng), rng.randrange(0, 2), "," if i < len(ps) - 1 else "")
                                  for i, p in enumerate(ps)] + ["]},", "[", "{pkg_hash,["]
        L += ['{<<"%s">>, <<"%s">>}%s' % (p, hashlib.sha256(rbytes(rng, 8)).hexdigest().upper(), "," if i < len(ps) - 1 else "]},")
              for i, p in enumerate(ps)]
        L += ["{pkg_hash_ext,["] + ['{<<"%s">>, <<"%s">>}%s' % (p, hashlib.sha256(rbytes(rng, 8)).hexdigest().upper(), "," if i < len(ps) - 1 else "]}")
                                   for i, p in enumerate(ps)] + ["]", "}."]
        return "rebar.lock", L, "rebar.lock"
    if t == "manifest":
        L = ["# This file is machine-generated - editing it directly is not advised", "",
             'julia_version = "1.10.%d"' % rng.randrange(0, 6), 'manifest_format = "2.0"',
             'project_hash = "%s"' % hashlib.sha1(rbytes(rng, 8)).hexdigest(), ""]
        for p in sorted(rng.sample(HEX_PKGS["julia"], rng.randrange(4, 8))):
            L += ["[[deps.%s]]" % p, 'deps = ["Dates", "UUIDs"]', 'git-tree-sha1 = "%s"' % hashlib.sha1(rbytes(rng, 8)).hexdigest(),
                  'uuid = "%s"' % fake_uuid(rng), 'version = "%s"' % _ver(rng), ""]
        return "Manifest.toml", L, "Manifest.toml"
    if t == "freeze":
        L = ["active-repositories: hackage.haskell.org:merge", "constraints: any.base ==4.18.%d.0," % rng.randrange(0, 3)]
        ps = sorted(rng.sample(HEX_PKGS["hs"], rng.randrange(6, 12)))
        L += ["             any.%s ==%s," % (p, _ver(rng)) for p in ps[:-1]] + ["             any.%s ==%s" % (ps[-1], _ver(rng))]
        L += ["index-state: hackage.haskell.org %d-%02d-%02dT%02d:%02d:%02dZ" % (
            rng.randrange(2022, 2025), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60))]
        return "cabal.project.freeze", L, "cabal.project.freeze"
    if t == "zon":
        L = [".{", "    .name = \"%s\"," % rng.choice(APPS), '    .version = "%s",' % _ver(rng), "    .dependencies = .{"]
        for p in rng.sample(HEX_PKGS["zig"], rng.randrange(2, 4)):
            L += ["        .%s = .{" % p.replace("-", "_"), '            .url = "https://github.com/acme/%s/archive/%s.tar.gz",' % (
                p, hashlib.sha1(rbytes(rng, 8)).hexdigest()), '            .hash = "1220%s",' % hashlib.sha256(rbytes(rng, 8)).hexdigest(), "        },"]
        L += ["    },", '    .paths = .{ "build.zig", "build.zig.zon", "src" },', "}"]
        return "build.zig.zon", L, "build.zig.zon"
    if t == "nimble":
        d = {"version": 2, "packages": {}}
        for p in rng.sample(HEX_PKGS["nim"], rng.randrange(3, 6)):
            d["packages"][p] = {"version": _ver(rng), "vcsRevision": hashlib.sha1(rbytes(rng, 8)).hexdigest(),
                                "url": "https://github.com/nim-lang/%s" % p, "downloadMethod": "git", "dependencies": [],
                                "checksums": {"sha1": hashlib.sha1(rbytes(rng, 8)).hexdigest()}}
        return "nimble.lock", json.dumps(d, indent=2).split("\n"), "nimble.lock"
    if t == "shard":
        L = ["version: 2.0", "shards:"]
        for p in rng.sample(["db", "pg", "kemal", "radix", "backtracer", "exception_page", "mysql", "crinja"], rng.randrange(3, 6)):
            L += ["  %s:" % p, "    git: https://github.com/crystal-lang/crystal-%s.git" % p,
                  "    version: %s+git.commit.%s" % (_ver(rng), hashlib.sha1(rbytes(rng, 8)).hexdigest())]
        return "shard.lock", L, "shard.lock"
    L = ["# This file was autogenerated by Stack.", "# You should not edit this file by hand.", "", "packages:"]
    for p in rng.sample(HEX_PKGS["hs"], rng.randrange(2, 5)):
        L += ["- completed:", "    hackage: %s-%s@sha256:%s,%d" % (p, _ver(rng), hashlib.sha256(rbytes(rng, 8)).hexdigest(), rng.randrange(1000, 9000)),
              "    pantry-tree:", "      sha256: %s" % hashlib.sha256(rbytes(rng, 8)).hexdigest(), "      size: %d" % rng.randrange(300, 5000),
              "  original:", "    hackage: %s-%s" % (p, _ver(rng))]
    L += ["snapshots:", "- completed:", "    sha256: %s" % hashlib.sha256(rbytes(rng, 8)).hexdigest(), "    size: 640%03d" % rng.randrange(0, 999),
          "    url: https://raw.githubusercontent.com/commercialhaskell/stackage-snapshots/master/lts/22/%d.yaml" % rng.randrange(1, 40),
          "  original: lts-22.%d" % rng.randrange(1, 40)]
    return "stack.yaml.lock", L, "stack.yaml.lock"


def negfile_gitsha(rng):
    sha = hashlib.sha1(rbytes(rng, 16)).hexdigest()
    app = rng.choice(APPS)
    t = rng.choice(["jenkins", "rebar", "mixexs", "sbt"])
    if t == "jenkins":
        L = ["// pinned build of the %s release branch" % app, "node('linux') {", "    stage('Checkout') {",
             "        checkout([$class: 'GitSCM',", "                  branches: [[name: '%s']]," % sha,
             "                  userRemoteConfigs: [[url: 'https://git.acme-fin.com/%s.git', credentialsId: 'git-ro']]])" % app,
             "    }", "    stage('Build') {", "        withCredentials([string(credentialsId: '%s-api-token', variable: 'API_TOKEN')]) {" % app,
             "            sh './gradlew publish -PapiToken=$API_TOKEN'", "        }", "    }", "}"]
        return "Jenkinsfile", L, "Jenkinsfile"
    if t == "rebar":
        L = ["{erl_opts, [debug_info]}.", "{deps, ["]
        L += ['    {%s, {git, "https://github.com/acme/%s.git", {ref, "%s"}}},' % (p, p, hashlib.sha1(rbytes(rng, 8)).hexdigest())
              for p in rng.sample(HEX_PKGS["rebar"], 3)]
        L[-1] = L[-1].rstrip(",")
        L += ["]}.", "", "{relx, [{release, {%s, \"1.0.0\"}, [%s, sasl]}," % (app, app), "        {sys_config_src, \"config/sys.config.src\"},",
              "        {vm_args_src, \"config/vm.args.src\"}]}."]
        return "rebar.config", L, "rebar.config"
    if t == "mixexs":
        L = ["defmodule %s.MixProject do" % app.capitalize(), "  use Mix.Project", "", "  def project do",
             "    [app: :%s, version: \"0.%d.0\", elixir: \"~> 1.15\", deps: deps()]" % (app, rng.randrange(1, 20)), "  end", "",
             "  defp deps do", "    ["]
        L += ['      {:%s, git: "https://github.com/acme/%s.git", ref: "%s"},' % (p, p, hashlib.sha1(rbytes(rng, 8)).hexdigest())
              for p in rng.sample(HEX_PKGS["hex"], 2)]
        L += ['      {:%s, "~> %s"}' % (rng.choice(HEX_PKGS["hex"]), _ver(rng)), "    ]", "  end", "end"]
        return "mix.exs", L, ".exs"
    L = ['lazy val root = (project in file("."))', '  .dependsOn(RootProject(uri("https://github.com/acme/%s-common.git#%s")))' % (app, sha),
         '  .settings(', '    name := "%s",' % app, '    credentials += Credentials(Path.userHome / ".sbt" / ".credentials"),',
         '    publishTo := Some("releases" at "https://artifacts.acme-fin.com/libs-release")', '  )']
    return "build.sbt", L, ".sbt"


def negfile_i18n(rng):
    t = rng.choice(["lua", "perl", "po", "erl"])
    tr = {"password": ["Mot de passe", "Passwort", "Contraseña", "Hasło", "Salasana"],
          "api_key": ["Clé API", "API-Schlüssel", "Clave de API", "Klucz API"],
          "token_expired": ["Votre jeton a expiré", "Ihr Token ist abgelaufen", "Su token ha caducado"],
          "secret_question": ["Question secrète", "Sicherheitsfrage", "Pregunta secreta"],
          "enter_password": ["Veuillez saisir votre mot de passe", "Bitte Passwort eingeben", "Introduzca su contraseña"]}
    keys = list(tr)
    if t == "lua":
        L = ["-- locale/%s.lua" % rng.choice(["fr", "de", "es", "pl"]), "local L = {}", ""]
        L += ['L["%s"] = "%s"' % (k.upper(), rng.choice(tr[k])) for k in keys] + ["", "return L"]
        return "locale/%s.lua" % rng.choice(["fr", "de", "es"]), L, ".lua"
    if t == "perl":
        L = ["package Acme::I18N::%s;" % rng.choice(["fr", "de", "es"]), "use base 'Acme::I18N';", "our %Lexicon = ("]
        L += ["    '%s' => '%s'," % (k.replace("_", " ").capitalize(), rng.choice(tr[k])) for k in keys] + [");", "1;"]
        return "lib/Acme/I18N/%s.pm" % rng.choice(["fr", "de", "es"]), L, ".pm"
    if t == "po":
        L = ['msgid ""', 'msgstr ""', '"Language: %s\\n"' % rng.choice(["fr", "de", "es"]), '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        for k in keys:
            L += ["#: lib/app_web/templates/session/new.html.heex:%d" % rng.randrange(3, 90), 'msgid "%s"' % k.replace("_", " ").capitalize(),
                  'msgstr "%s"' % rng.choice(tr[k]), ""]
        return "priv/gettext/%s/LC_MESSAGES/default.po" % rng.choice(["fr", "de", "es"]), L, ".po"
    L = ["-module(app_i18n_de).", "-export([t/1]).", ""] + ['t(%s) -> <<"%s"/utf8>>;' % (k, rng.choice(tr[k])) for k in keys] + \
        ["t(Other) -> atom_to_binary(Other)."]
    return "src/app_i18n_de.erl", L, ".erl"


def negfile_sql(rng):
    t = rng.choice(["ddl", "plsql", "tsql"])
    if t == "ddl":
        L = ["-- users table; passwords are stored as bcrypt hashes only", "CREATE TABLE app_users (",
             "  user_id        NUMBER(10) PRIMARY KEY,", "  login          VARCHAR2(64) NOT NULL UNIQUE,",
             "  password_hash  VARCHAR2(60) NOT NULL,", "  password_set_at DATE DEFAULT SYSDATE,",
             "  api_token_hash VARCHAR2(64),", "  failed_logins  NUMBER(3) DEFAULT 0", ");", "",
             "COMMENT ON COLUMN app_users.password_hash IS 'bcrypt, cost 12 - never store plain text';",
             "CREATE INDEX app_users_tok_ix ON app_users (api_token_hash);"]
        return "db/migrations/V%d__app_users.sql" % rng.randrange(2, 90), L, ".sql"
    if t == "plsql":
        L = ["CREATE OR REPLACE PROCEDURE reset_app_password(p_user IN VARCHAR2, p_new_pwd IN VARCHAR2) AS",
             "BEGIN", "  IF LENGTH(p_new_pwd) < 12 THEN", "    RAISE_APPLICATION_ERROR(-20001, 'password too short');", "  END IF;",
             "  EXECUTE IMMEDIATE 'ALTER USER ' || DBMS_ASSERT.enquote_name(p_user) ||",
             "                    ' IDENTIFIED BY \"' || p_new_pwd || '\"';",
             "  UPDATE app_users SET password_set_at = SYSDATE, failed_logins = 0 WHERE login = p_user;",
             "  COMMIT;", "END reset_app_password;", "/"]
        return "db/procs/reset_app_password.prc", L, ".prc"
    L = ["CREATE OR ALTER PROCEDURE dbo.usp_CreateServiceLogin", "    @login SYSNAME,", "    @password NVARCHAR(128)", "AS",
         "BEGIN", "    SET NOCOUNT ON;", "    DECLARE @sql NVARCHAR(MAX) = N'CREATE LOGIN ' + QUOTENAME(@login)",
         "        + N' WITH PASSWORD = ' + QUOTENAME(@password, '''') + N', CHECK_POLICY = ON;';", "    EXEC sp_executesql @sql;",
         "    SELECT name, is_policy_checked FROM sys.sql_logins WHERE name = @login;", "END", "GO"]
    return "sql/procs/usp_CreateServiceLogin.sql", L, ".sql"


def _tiny_png(rng):
    w, h = rng.choice([(16, 16), (8, 8), (12, 12)])
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + (zlib.crc32(t + d) & 0xFFFFFFFF).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def negfile_image(rng):
    data = b64(_tiny_png(rng))
    t = rng.choice(["cfm", "asp", "perl", "ex", "pas"])
    if t == "cfm":
        L = ["<!--- inline logo so the mail renders offline --->", '<cfset variables.logoData = "%s">' % data,
             '<cfmail to="#form.email#" from="noreply@acme-fin.com" subject="Statement" type="html">',
             '<img src="data:image/png;base64,#variables.logoData#" alt="logo">', "<p>Your statement is ready.</p>", "</cfmail>"]
        return "mail/statement.cfm", L, ".cfm"
    if t == "asp":
        L = ['<%@ Language="VBScript" %>', "<%", 'Const LOGO_PNG = "%s"' % data, "%>", "<html><body>",
             '<img src="data:image/png;base64,<%= LOGO_PNG %>" width="16" height="16">', "</body></html>"]
        return "wwwroot/header.asp", L, ".asp"
    if t == "perl":
        L = ["package Acme::Report::Assets;", "use strict;", "use warnings;", "use MIME::Base64 qw(decode_base64);", "",
             "# 16x16 favicon used in generated HTML reports", "my $icon_b64 = '%s';" % data, "",
             "sub icon_png { return decode_base64($icon_b64) }", "", "1;"]
        return "lib/Acme/Report/Assets.pm", L, ".pm"
    if t == "ex":
        L = ["defmodule AcmeWeb.Assets do", "  @moduledoc \"Inline images for PDF rendering.\"", "",
             '  @logo "%s"' % data, "", "  def logo_data_uri, do: \"data:image/png;base64,\" <> @logo", "end"]
        return "lib/acme_web/assets.ex", L, ".ex"
    L = ["unit uAssets;", "", "interface", "", "const", "  { 16x16 toolbar icon, PNG, base64 }", "  ICON_SAVE_PNG =",
         "    '%s';" % data, "", "implementation", "", "end."]
    return "src/uAssets.pas", L, ".pas"


def negfile_sops(rng):
    app = rng.choice(APPS)

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, n)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16)))
    if rng.random() < 0.5:
        L = ["%s:" % app, "    db_password: %s" % enc(rng.randrange(10, 24)), "    api_token: %s" % enc(rng.randrange(30, 50)),
             "sops:", "    kms:", "        - arn: arn:aws:kms:eu-west-1:%d:key/%s" % (rng.randrange(10 ** 11, 10 ** 12), fake_uuid(rng)),
             "          created_at: \"2024-%02d-%02dT10:%02d:11Z\"" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(0, 60)),
             "          enc: AQICAH%s" % b64(rbytes(rng, 150)), "          aws_profile: \"\"",
             "    lastmodified: \"2024-%02d-%02dT10:%02d:11Z\"" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(0, 60)),
             "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
        return "config/secrets.enc.yaml", L, ".yaml"
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-db" % app, "  namespace: %s" % app,
         "spec:", "  encryptedData:", "    DB_PASSWORD: Ag%s" % b64(rbytes(rng, 300)), "    SMTP_PASSWORD: Ag%s" % b64(rbytes(rng, 300)),
         "  template:", "    metadata:", "      name: %s-db" % app, "    type: Opaque"]
    return "deploy/k8s/%s-sealedsecret.yaml" % app, L, ".yaml"


NEG_FILES = {"lockfile_checksums": negfile_lock, "git_sha_build": negfile_gitsha, "i18n_strings": negfile_i18n,
             "sql_password_columns": negfile_sql, "base64_image": negfile_image, "sops_sealed_ciphertext": negfile_sops}


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
PW_GENS = ("db", "ldap", "mail", "ftp")


def flatten(lines):
    out = []
    for ln in lines:
        out += str(ln).split("\n")
    return [ln.rstrip() for ln in out]


def filetype_of(path):
    base = path.rsplit("/", 1)[-1]
    if base in ("Jenkinsfile", "sys.config", "mix.lock", "rebar.lock", "Manifest.toml", "cabal.project.freeze",
                "build.zig.zon", "nimble.lock", "shard.lock", "stack.yaml.lock", "rebar.config", "build.sbt"):
        return base
    if base.endswith(".Jenkinsfile"):
        return "Jenkinsfile"
    if base.endswith(".prog.abap"):
        return ".abap"
    if base.endswith(".class.st"):
        return ".st"
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base else base


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.lang_use = Counter()

    def pick_lang(self, purpose, vtype, value):
        rng = self.rng
        cands = [(l, w) for l, c, w in LANGS if lang_ok(l, c, purpose, vtype, value)]
        if rng.random() < 0.5:
            m = min(self.lang_use[l.id] for l, _ in cands)
            cands = [(l, w) for l, w in cands if self.lang_use[l.id] == m]
        tot = sum(w for _, w in cands)
        r = rng.random() * tot
        for l, w in cands:
            r -= w
            if r <= 0:
                break
        self.lang_use[l.id] += 1
        return l

    def positive(self, row):
        rng = self.rng
        for _attempt in range(30):
            sec = row[2](rng)
            purpose = row[3]
            extra = {}
            if sec.get("bytes") is not None:
                val = ("bytes", sec["bytes"])
            elif sec.get("pem") is not None:
                val = ("pem", sec["pem"])
            else:
                val = ("s", sec["value"])
            lang = self.pick_lang(purpose, val[0], val[1] if val[0] == "s" else None)
            if purpose == "basic" and rng.random() < 0.5 and (isinstance(lang, (TLang, Perl, Vb6))):
                val = ("s", "Basic " + val[1])
                extra["prefixed"] = True
            if lang.id == "jcl" and purpose in PW_GENS:
                p = racf_password(rng)
                sec = dict(sec, value=p, needle=p)
                val = ("s", p)
            name, generic = choose_name(rng, row)
            spec = build_spec(rng, row, name, val, sec, extra)
            path, lines = lang.render(rng, spec)
            lines = flatten(lines)
            text = "\n".join(lines) + "\n"
            needle = needle_in_text(text, sec)
            if not needle or not (5 <= len(lines) <= 80):
                self.lang_use[lang.id] -= 1
                continue
            line = next(i + 1 for i, ln in enumerate(lines) if needle in ln)
            return path, text, needle, line, filetype_of(path)
        raise RuntimeError("could not place %s/%s" % row[:2])

    def negative(self, cat):
        rng = self.rng
        if cat in NEG_FILES:
            path, lines, ft = NEG_FILES[cat](rng)
            lines = flatten(lines)
            return path, "\n".join(lines) + "\n", "n/a", cat, filetype_of(path) if ft.startswith(".") else ft
        if cat in EXTRA_MODE:
            return self.negative_extra(cat)
        for _attempt in range(50):
            row = rng.choice(KINDS)
            if cat == "test_vector":
                row = rng.choice([r for r in KINDS if r[0] in ("aws", "jwt") or r[1] == "storage_account_key"
                                  or r[3] in ("crypto", "bytes") or r[3] == "api" and rng.random() < 0.1])
            name, generic = choose_name(rng, row)
            if cat == "env":
                val = ("env", style(name, "upper"))
            elif cat == "cfg":
                val = ("cfg", style(name, "snake"))
            elif cat == "prompt":
                val = ("prompt", rng.choice(["Password", "DB password", "Enter API token", "Passphrase"]))
            else:
                n2, val = NEG_SLOT[cat](rng, row)
                if n2:
                    name = n2
            sec = {"value": val[1] if val[0] == "s" else None}
            if val[0] in ("s", "i") and row[3] in ("bytes", "pem"):
                row = next(r for r in KINDS if r[3] == "crypto")
            purpose = row[3]
            if val[0] == "pem":
                purpose = "pem"
                row = next(r for r in KINDS if r[3] == "pem")
            if val[0] == "bytes":
                row = next(r for r in KINDS if r[3] == "bytes")
            cands = [l for l, c, w in LANGS if lang_ok(l, c, purpose, val[0], val[1] if val[0] == "s" else None)]
            if not cands:
                continue
            lang = self.pick_lang(purpose, val[0], val[1] if val[0] == "s" else None)
            spec = build_spec(rng, row, name, val, {}, {})
            path, lines = lang.render(rng, spec)
            lines = flatten(lines)
            if not (5 <= len(lines) <= 80):
                continue
            if cat == "test_vector":
                path = rng.choice(["test/", "tests/", "t/", "spec/"]) + path.rsplit("/", 1)[-1]
            return path, "\n".join(lines) + "\n", row[0], cat, filetype_of(path)
        raise RuntimeError("negative failed: %s" % cat)

    def negative_extra(self, cat):
        """Look-alike sits in its own (non-credential) variable; the credential slot is read at runtime."""
        rng = self.rng
        for _attempt in range(60):
            row = rng.choice(KINDS)
            name2, val2 = NEG_SLOT[cat](rng, row)
            purpose = row[3]
            if purpose in ("bytes", "pem"):
                row = next(r for r in KINDS if r[3] == "crypto")
                purpose = "crypto"
            lang = self.pick_lang(purpose, val2[0], val2[1] if val2[0] == "s" else None)
            if "env" in lang.supports and lang.id not in ("fortran",):
                name, _ = choose_name(rng, row)
                slot = ("env", style(name, "upper"))
            elif "cfg" in lang.supports:
                name, _ = choose_name(rng, row)
                slot = ("cfg", style(name, "snake"))
            else:
                name, _ = choose_name(rng, row)
                slot = ("s", rng.choice(PW_PLACEHOLDERS[:6] if purpose in PW_GENS else TOK_PLACEHOLDERS[:6]))
            spec = build_spec(rng, row, name, slot, {}, {})
            pos = rng.randrange(spec.sidx + 1, len(spec.entries) + 1) if spec.sidx == 2 else len(spec.entries)
            spec.entries.insert(pos, Entry(name2, val2))
            path, lines = lang.render(rng, spec)
            lines = flatten(lines)
            text = "\n".join(lines) + "\n"
            probe = val2[1][1] if val2[0] == "pem" else str(val2[1])
            if not (5 <= len(lines) <= 80) or probe not in text:
                self.lang_use[lang.id] -= 1
                continue
            return path, text, row[0], cat, filetype_of(path)
        raise RuntimeError("negative failed: %s" % cat)


EXTRA_MODE = {"public_id", "uuid", "hash_constant", "policy_constant", "public_key"}
NEG_WEIGHTS = [("env", 14), ("cfg", 6), ("prompt", 3), ("placeholder", 14), ("redacted", 8), ("public_id", 9),
               ("test_vector", 7), ("hash_constant", 6), ("uuid", 5), ("ciphertext", 6), ("policy_constant", 5),
               ("public_key", 4), ("lockfile_checksums", 5), ("git_sha_build", 2), ("i18n_strings", 2),
               ("sql_password_columns", 2), ("base64_image", 2), ("sops_sealed_ciphertext", 2)]


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_ai.py OUTDIR SEED", file=sys.stderr)
        return 2
    out, seed = argv[1], int(argv[2])
    g = Gen(seed)
    rng = g.rng
    manifest, secrets, pos_needles = [], [], []
    rows = []
    while len(rows) < N_POS:
        blk = KINDS[:]
        rng.shuffle(blk)
        rows += blk
    rows = rows[:N_POS]
    written = {}
    for i, row in enumerate(rows):
        path, text, needle, line, ft = g.positive(row)
        rel = "pos/p%04d/%s" % (i, path)
        written[rel] = text
        manifest.append({"file": rel, "label": "positive", "provider": row[0], "kind": row[1], "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_needles.append(needle)
    cats = []
    tot = sum(w for _, w in NEG_WEIGHTS)
    for c, w in NEG_WEIGHTS:
        cats += [c] * max(1, round(N_NEG * w / tot))
    while len(cats) < N_NEG:
        cats.append(rng.choice([c for c, _ in NEG_WEIGHTS]))
    cats = cats[:N_NEG]
    rng.shuffle(cats)
    for i, c in enumerate(cats):
        path, text, prov, kind, ft = g.negative(c)
        rel = "neg/n%04d/%s" % (i, path)
        written[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
    for rel, text in written.items():
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in manifest:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for r in secrets:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    bad = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            bad += 1
    needles = [s["needle"] for s in secrets]
    for r in manifest:
        if r["label"] != "negative":
            continue
        with open(os.path.join(out, r["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for n in needles:
            if n in text:
                print("SELF-CHECK FAIL: negative contains a positive needle:", r["file"], file=sys.stderr)
                bad += 1
    for r in manifest:
        with open(os.path.join(out, r["file"]), encoding="utf-8") as fh:
            nl = fh.read().rstrip("\n").count("\n") + 1
        if not 5 <= nl <= 80:
            print("SELF-CHECK FAIL: %s has %d lines" % (r["file"], nl), file=sys.stderr)
            bad += 1
    pos = [r for r in manifest if r["label"] == "positive"]
    neg = [r for r in manifest if r["label"] == "negative"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    print("providers (pos): %s" % dict(Counter(r["provider"] for r in pos).most_common()))
    pk = Counter((r["provider"], r["kind"]) for r in pos)
    print("provider/kind pairs (pos): %d" % len(pk))
    print("kinds (neg): %s" % dict(Counter(r["kind"] for r in neg).most_common()))
    print("file types (pos): %s" % dict(Counter(r["filetype"] for r in pos).most_common()))
    print("file types (neg): %s" % dict(Counter(r["filetype"] for r in neg).most_common()))
    print("file types total: %d" % len(set(r["filetype"] for r in manifest)))
    print("self-check: %s" % ("OK" if not bad else "%d FAILURES" % bad))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
