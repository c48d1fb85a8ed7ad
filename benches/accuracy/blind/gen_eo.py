#!/usr/bin/env python3
"""Blind evaluation-set generator "eo": recruiting, applicant tracking and background checks.

EMPHASIS
    Credentials that recruiting / talent-ops engineers commit by accident: API keys, tokens,
    OAuth client secrets and passwords for ATS and HR platforms (Greenhouse Harvest and Job
    Board APIs, Lever, Workable, SmartRecruiters, Ashby, Teamtailor, JazzHR, Recruitee,
    Personio, HiBob, BambooHR), background-check vendors (Checkr, Sterling, HireRight, Certn),
    job distribution (Indeed, LinkedIn Talent, ZipRecruiter), unified ATS APIs (Merge, Kombo),
    video interviewing (HireVue, Spark Hire) and assessments (Codility, HackerRank,
    CodeSignal), plus the cloud / database / mail / chat credentials those integration
    projects carry (AWS, Postgres, MySQL, MongoDB, Redis, SendGrid, Twilio, Slack webhooks,
    GitHub PATs, OpenAI, Stripe, SMTP, app JWT secrets).
    Files: Python / Node / TypeScript / Ruby / PHP / Go scripts and services, webhook
    handlers, Zapier and Make exports, .env files, YAML configs, docker-compose, GitHub
    Actions, Google Apps Script, CSV candidate exports, Postman collections, READMEs and
    runbooks, shell scripts, INI/TOML/properties, Terraform, Kubernetes manifests, .http files.

USAGE
    python3 gen_eo.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Deterministic per SEED (one random.Random(SEED), no clock/urandom).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file.
    * API keys / tokens / client secrets: the key string itself (for an id/secret pair the
      needle is the secret half; the public id may sit next to it).
    * Greenhouse keys written only as a ready-made "Authorization: Basic ..." header: the
      needle is the base64 blob (base64 of "KEY:").
    * Passwords inside connection URLs (postgres://user:PASS@host): the needle is PASS only.
    * Slack incoming-webhook URLs: the needle is the whole https://hooks.slack.com/... URL.
    * AWS: the needle is the 40-character secret access key (the AKIA id sits beside it).
    * "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: placeholders
    (<YOUR_KEY>, your_api_key_here, xxxx..., REPLACE_ME, {{ templated }}), environment
    lookups in the file's own language, CI/secret-manager references (${{ secrets.X }},
    vault:, op://, AWS/GCP secret-manager ids, secretKeyRef), masked values (****1a2b,
    prefix + asterisks), empty values, connection URLs without or with referenced passwords,
    and provider documentation examples (AWS AKIAIOSFODNN7EXAMPLE pair; Greenhouse's doc
    Basic-auth example header).  The other half are domain look-alikes: candidate /
    application / job / requisition ids, Checkr candidate and report ids (24 hex), public
    job-board tokens (Greenhouse board slugs, Lever postings site names, Ashby job-board
    names, Workable shortcodes, Recruitee careers slugs), webhook ids, UUIDs, e-mail
    addresses and phone numbers in CSV exports, resume file SHA-1/SHA-256 digests, git
    SHAs, gravatar MD5s, public OAuth client ids (LinkedIn, Indeed), HiBob service-user ids,
    Personio client ids alone, Twilio account SIDs alone, reCAPTCHA site keys, Stripe
    publishable keys, i18n strings about "API key", and webhook payload samples whose
    signature header is an HMAC digest of the sample body, Bitnami SealedSecret ciphertext,
    Terraform secret-manager shells, interview .ics invites, HackerRank result exports,
    Workable job sitemaps and nock tests with fake keys.
    manifest.jsonl also carries "template" and (positives) "naming": obvious|neutral.

DOUBTS
    Formats written from memory (no authoritative length/alphabet found quickly):
    * Lever API key (48 base62), Lever webhook signature token (48 base62), Lever OAuth client
      secret (64 base62).
    * Workable access token (64 hex); Ashby API key (64 hex); Teamtailor key (40 base62);
      JazzHR apikey (32 base62); Recruitee personal token (44 base64url-ish);
      ZipRecruiter key (32 lower alnum); Kombo key (48 base62); Merge access key
      (64 chars of [A-Za-z0-9_-]); HireVue secret (64 base62); Spark Hire key (32 hex);
      Codility token (40 base62); HackerRank token (64 hex); CodeSignal key (40 base62);
      Certn key (40 hex); Sterling client secret (40 base62); Indeed client secret (64 base62)
      and client id (32 hex); HiBob service-user token (40 base62) and id (SERVICE-NNNNN).
    * Personio: "papi-" prefix for v2 client id and secret is from a client library README
      (id as papi-<uuid>, secret as papi-<48 base62> is my guess).
    * SmartRecruiters key: "32-character" per an integrator's page; alphabet assumed hex.
    * Greenhouse Harvest / Job Board keys: 32 lowercase hex, inferred from the Basic-auth
      example in Greenhouse's docs.  BambooHR / Checkr: 40 lowercase hex from memory.
    * LinkedIn client secret (16 base62) and client id (14 lower alnum); LinkedIn member
      access token (AQ + ~300 base64url) are from memory.
    * GitHub ghp_ checksum: last 6 chars = base62(CRC32(first 30)), alphabet 0-9A-Za-z,
      from memory of GitHub's token-format blog post.
    * OpenAI sk-proj- layout (with the T3BlbkFJ marker) is approximate.
    * API hosts for Sterling, HireRight, Certn, HireVue, Spark Hire, CodeSignal are guesses.
    Labels a reviewer might dispute:
    * Greenhouse webhook "secret key" and app JWT secrets are human-chosen strings; labelled
      positive.  HireRight and SMTP credentials are realistic human passwords.
    * Negatives that hold public OAuth client ids / Personio client ids / HiBob service-user
      ids alone, or the Greenhouse documentation example Basic header, are labelled negative.
    * 40-hex git SHAs and resume SHA-1 digests look exactly like BambooHR/Checkr keys; they are
      negatives because of what they are (commit ids, file digests), not their shape.

SEARCHES
    docs corpus: Greenhouse Harvest Basic auth (key as username, blank password);
    SmartRecruiters API key (X-SmartToken, 32 characters); Personio client id/secret
    ("papi-..." in a client README); Checkr basic auth (curl -u key:) and candidate id
    example; Teamtailor "Token token=" and X-Api-Version; Merge Bearer + X-Account-Token;
    Lever basic auth; Workable subdomain + access token; Recruitee X-Careers-Sites-Token.
    A third-party Ruby gem README in the results quoted a 40-hex "test token from the Checkr
    docs"; it is not used here (not verified as Checkr's own published example).
    Scanner-related material shown: none (no scanner rules or regexes appeared).
"""

import base64
import hashlib
import hmac
import json
import os
import sys
import random
import zlib

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
B62 = DIG + UP + LOW
B64URL = B62 + "-_"
B64 = B62 + "+/"
B32 = UP + "234567"
LOWNUM = LOW + DIG

R = None  # the single random.Random(SEED)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# --------------------------------------------------------------------------------------
# secret bookkeeping: secret generators may only be called while generating a positive,
# exactly once per file (the harness checks this)
# --------------------------------------------------------------------------------------
SECRET_STATE = {"allowed": False, "calls": 0}
ALL_SECRETS = []


def _secret(v):
    if not SECRET_STATE["allowed"]:
        raise RuntimeError("secret generator called outside a positive")
    SECRET_STATE["calls"] += 1
    ALL_SECRETS.append(v)
    return v


# --------------------------------------------------------------------------------------
# names and styles
# --------------------------------------------------------------------------------------
def style(tokens, st):
    t = [x.lower() for x in tokens]
    if st == "snake":
        return "_".join(t)
    if st == "scream":
        return "_".join(t).upper()
    if st == "camel":
        return t[0] + "".join(x.capitalize() for x in t[1:])
    if st == "pascal":
        return "".join(x.capitalize() for x in t)
    if st == "kebab":
        return "-".join(t)
    if st == "dot":
        return ".".join(t)
    raise ValueError(st)


NEUTRAL = [["token"], ["key"], ["auth"], ["creds"], ["api", "token"], ["access", "token"],
           ["service", "key"], ["client", "key"], ["conn", "token"], ["value"], ["bearer"],
           ["tok"], ["integration", "key"], ["ats", "token"], ["hr", "key"], ["default", "token"],
           ["upstream", "auth"], ["k"], ["remote", "key"], ["vendor", "key"], ["partner", "token"],
           ["sync", "token"], ["import", "key"], ["cfg", "token"], ["api", "key"]]
NEUTRAL_PW = [["pw"], ["pass"], ["pwd"], ["login", "pass"], ["passwd"], ["user", "pass"],
              ["secret"], ["auth", "pass"], ["p"], ["credential"]]

FIRST = ["Olivia", "Liam", "Amara", "Noah", "Sofia", "Mateo", "Priya", "Kenji", "Chloe", "Ethan",
         "Fatima", "Lucas", "Ines", "Jonas", "Maya", "Omar", "Hannah", "Diego", "Aisha", "Tomas",
         "Grace", "Arjun", "Lena", "Samuel", "Yara", "Felix", "Zoe", "Ravi", "Elif", "Marcus"]
LAST = ["Nguyen", "Okafor", "Schmidt", "Garcia", "Kowalski", "Tanaka", "Patel", "Johansson",
        "Moreau", "Silva", "Haddad", "O'Brien", "Rossi", "Kim", "Novak", "Mensah", "Fischer",
        "Alvarez", "Dubois", "Chen", "Brennan", "Ivanova", "Costa", "Lindqvist", "Adeyemi"]
COMPANIES = ["acme-robotics", "northwind", "brightpath", "lumenhq", "fernway", "copperleaf",
             "bluefin-labs", "tidewater", "kestrel", "orbital-foods", "pinecrest", "hexaware-io",
             "quillstack", "redwoodhealth", "sunbeam", "vantapay", "meridian", "oakline",
             "harborview", "trellis", "nimbusworks", "granite-ai", "clearwater", "foxglove"]
JOBS = ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Account Executive",
        "Recruiting Coordinator", "Site Reliability Engineer", "Customer Success Manager",
        "Staff Frontend Engineer", "People Partner", "Warehouse Associate", "Registered Nurse",
        "Technical Recruiter", "Financial Analyst", "Security Engineer", "Sales Development Rep"]
DEPTS = ["Engineering", "Sales", "People", "Operations", "Finance", "Design", "Support", "Marketing"]
STAGES = ["Application Review", "Recruiter Screen", "Hiring Manager Screen", "Take-home",
          "Onsite", "Reference Check", "Offer", "Hired", "Rejected"]
SOURCES = ["LinkedIn", "Indeed", "Referral", "Careers page", "ZipRecruiter", "Agency", "Event"]
CITIES = ["Berlin", "Austin", "Toronto", "London", "Lisbon", "Denver", "Remote (US)", "Dublin",
          "Singapore", "Chicago", "Amsterdam", "Sydney"]


def person():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "hey.com"])
    em = "%s.%s%s@%s" % (f.lower(), l.lower().replace("'", ""), pick(["", "", str(R.randint(1, 99))]), dom)
    return f, l, em


def phone():
    return pick(["+1 (%d) 555-%04d" % (R.randint(201, 989), R.randint(0, 9999)),
                 "+44 20 7946 %04d" % R.randint(0, 9999),
                 "+49 30 %07d" % R.randint(0, 9999999),
                 "(%d) 555-%04d" % (R.randint(201, 989), R.randint(100, 199))])


def company():
    return pick(COMPANIES)


def gh_id():
    return str(R.randint(4000000, 99999999))


def req_no():
    return pick(["REQ-%d-%04d" % (R.randint(2021, 2025), R.randint(1, 3000)),
                 "R%06d" % R.randint(1000, 999999), "JR-%05d" % R.randint(100, 99999)])


def date():
    return "%d-%02d-%02d" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28))


def ts():
    return "%sT%02d:%02d:%02dZ" % (date(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def b62enc(n):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s or "0"


def human_password():
    w = pick(["Maple", "Harbor", "Falcon", "Orchid", "Summit", "Copper", "Nimbus", "Velvet",
              "Quartz", "Juniper", "Saffron", "Granite", "Tundra", "Cobalt", "Hireme", "Recruit",
              "Talent", "Sunrise", "Winter", "Autumn"])
    w2 = pick(["Tiger", "River", "Lotus", "Anchor", "Pixel", "Echo", "Ember", "Bison", "Cedar"])
    f = pick([
        lambda: "%s%s%d%s" % (w, w2, R.randint(10, 99), pick("!#$%&*?@")),
        lambda: "%s-%s-%d" % (w.lower(), w2.lower(), R.randint(100, 9999)),
        lambda: "%s@%d%s" % (w, R.randint(2019, 2025), pick(["!", "#", "$$", ""])),
        lambda: rs(B62 + "!#%*-_", R.randint(14, 22)),
        lambda: "%s%s!%s" % (w2, pick(["_", ".", ""]), rs(B62, 6)),
        lambda: "%s%d%s%s" % (w[:3].lower(), R.randint(1, 9), w2.upper()[:4], rs(DIG + "#!", 3)),
    ])
    return f()


# --------------------------------------------------------------------------------------
# secret generators (each returns the secret; called once per positive)
# --------------------------------------------------------------------------------------
def g_ghp():
    body = rs(B62, 30)
    c = b62enc(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, "0")
    return "ghp_" + body + c


def g_openai():
    return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)


def g_sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def g_stripe():
    if chance(0.5):
        return "sk_live_" + rs(B62, 24)
    return "sk_live_51" + rs(B62, 22) + rs(B62, 67)


def g_slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(B62, 24))


def g_linkedin_token():
    return "AQ" + pick("VWXUR") + rs(B64URL, R.randint(280, 340))


def url_password():
    p = human_password()
    for ch in "@:/#?%":
        p = p.replace(ch, pick("!*-_."))
    return p


class Kind(object):
    def __init__(self, provider, kind, family, tokens, gen, weight=1.0, pid=None, pid_tokens=None,
                 auth="bearer", base="", label="", prefix="", user=None):
        self.provider, self.kind, self.family, self.tokens = provider, kind, family, tokens
        self.gen, self.weight, self.pid, self.pid_tokens = gen, weight, pid, pid_tokens
        self.auth, self.base, self.label, self.prefix, self.user = auth, base, label or provider, prefix, user


def _sub():
    return company().replace("-", "")


KINDS = [
    # --- ATS -------------------------------------------------------------------------
    Kind("greenhouse", "harvest_api_key", "api", ["greenhouse", "api", "key"], lambda: rs(HEX, 32), 3.0,
         auth="basic_user", base="https://harvest.greenhouse.io/v1", label="Greenhouse Harvest"),
    Kind("greenhouse", "job_board_api_key", "api", ["greenhouse", "job", "board", "api", "key"],
         lambda: rs(HEX, 32), 1.2, auth="basic_user", base="https://boards-api.greenhouse.io/v1",
         label="Greenhouse Job Board"),
    Kind("greenhouse", "webhook_secret", "signing", ["greenhouse", "webhook", "secret"],
         lambda: pick([rs(B62, 32), rs(HEX, 40), rs(B62 + "-_", 24)]), 1.0, label="Greenhouse webhook"),
    Kind("lever", "api_key", "api", ["lever", "api", "key"], lambda: rs(B62, 48), 2.2,
         auth="basic_user", base="https://api.lever.co/v1", label="Lever"),
    Kind("lever", "webhook_signature_token", "signing", ["lever", "signature", "token"],
         lambda: rs(B62, 48), 0.8, label="Lever webhook"),
    Kind("lever", "oauth_client_secret", "oauth", ["lever", "client", "secret"], lambda: rs(B62, 64), 0.8,
         pid=lambda: rs(B62, 32), pid_tokens=["lever", "client", "id"], base="https://api.lever.co/v1",
         label="Lever OAuth"),
    Kind("workable", "access_token", "api", ["workable", "api", "token"], lambda: rs(HEX, 64), 1.8,
         auth="bearer", base="https://{sub}.workable.com/spi/v3", label="Workable"),
    Kind("smartrecruiters", "api_key", "api", ["smartrecruiters", "api", "key"], lambda: rs(HEX, 32), 1.5,
         auth="header:X-SmartToken", base="https://api.smartrecruiters.com", label="SmartRecruiters"),
    Kind("ashby", "api_key", "api", ["ashby", "api", "key"], lambda: rs(HEX, 64), 1.5,
         auth="basic_user", base="https://api.ashbyhq.com", label="Ashby"),
    Kind("teamtailor", "api_key", "api", ["teamtailor", "api", "key"], lambda: rs(B62, 40), 1.3,
         auth="token_token", base="https://api.teamtailor.com/v1", label="Teamtailor"),
    Kind("jazzhr", "api_key", "api", ["jazzhr", "api", "key"], lambda: rs(B62, 32), 1.2,
         auth="query:apikey", base="https://api.resumatorapi.com/v1", label="JazzHR"),
    Kind("recruitee", "api_token", "api", ["recruitee", "api", "token"], lambda: rs(B64URL, 44), 1.2,
         auth="bearer", base="https://api.recruitee.com/c/{cid}", label="Recruitee"),
    Kind("personio", "client_secret", "oauth", ["personio", "client", "secret"],
         lambda: "papi-" + rs(B62, 48), 1.3, pid=lambda: "papi-" + uuid4(),
         pid_tokens=["personio", "client", "id"], base="https://api.personio.de/v2", label="Personio",
         prefix="papi-"),
    Kind("hibob", "service_user_token", "api", ["hibob", "token"], lambda: rs(B62, 40), 1.2,
         pid=lambda: "SERVICE-%d" % R.randint(10000, 99999), pid_tokens=["hibob", "service", "user", "id"],
         auth="basic_pair", base="https://api.hibob.com/v1", label="HiBob"),
    Kind("bamboohr", "api_key", "api", ["bamboohr", "api", "key"], lambda: rs(HEX, 40), 1.6,
         auth="basic_x", base="https://api.bamboohr.com/api/gateway.php/{sub}/v1", label="BambooHR"),
    # --- background checks -------------------------------------------------------------
    Kind("checkr", "api_key", "api", ["checkr", "api", "key"], lambda: rs(HEX, 40), 2.0,
         auth="basic_user", base="https://api.checkr.com/v1", label="Checkr"),
    Kind("sterling", "client_secret", "oauth", ["sterling", "client", "secret"], lambda: rs(B62, 40), 1.0,
         pid=lambda: rs(LOWNUM, 20), pid_tokens=["sterling", "client", "id"],
         base="https://api.us.sterlingcheck.app/v2", label="Sterling"),
    Kind("hireright", "api_password", "password", ["hireright", "password"], human_password, 1.0,
         pid=lambda: "%s_api" % _sub(), pid_tokens=["hireright", "user"], base="https://api.hireright.com",
         label="HireRight"),
    Kind("certn", "api_key", "api", ["certn", "api", "key"], lambda: rs(HEX, 40), 1.0,
         auth="bearer", base="https://api.certn.co/hr/v1", label="Certn"),
    # --- job distribution ----------------------------------------------------------------
    Kind("indeed", "client_secret", "oauth", ["indeed", "client", "secret"], lambda: rs(B62, 64), 1.0,
         pid=lambda: rs(HEX, 32), pid_tokens=["indeed", "client", "id"], base="https://apis.indeed.com",
         label="Indeed"),
    Kind("linkedin", "client_secret", "oauth", ["linkedin", "client", "secret"], lambda: rs(B62, 16), 1.0,
         pid=lambda: rs(LOWNUM, 14), pid_tokens=["linkedin", "client", "id"],
         base="https://api.linkedin.com/v2", label="LinkedIn Talent"),
    Kind("linkedin", "access_token", "api", ["linkedin", "access", "token"], g_linkedin_token, 0.7,
         auth="bearer", base="https://api.linkedin.com/v2", label="LinkedIn"),
    Kind("ziprecruiter", "api_key", "api", ["ziprecruiter", "api", "key"], lambda: rs(LOWNUM, 32), 1.0,
         auth="query:api_key", base="https://api.ziprecruiter.com", label="ZipRecruiter"),
    # --- unified APIs ---------------------------------------------------------------------
    Kind("merge", "api_key", "api", ["merge", "api", "key"], lambda: rs(B64URL, 64), 1.4,
         auth="bearer", base="https://api.merge.dev/api/ats/v1", label="Merge"),
    Kind("kombo", "api_key", "api", ["kombo", "api", "key"], lambda: rs(B62, 48), 1.0,
         auth="bearer", base="https://api.kombo.dev/v1", label="Kombo"),
    # --- interviews and assessments ---------------------------------------------------------
    Kind("hirevue", "api_secret", "oauth", ["hirevue", "api", "secret"], lambda: rs(B62, 64), 0.9,
         pid=lambda: rs(HEX, 24), pid_tokens=["hirevue", "client", "id"], base="https://api.hirevue.com",
         label="HireVue"),
    Kind("sparkhire", "api_key", "api", ["sparkhire", "api", "key"], lambda: rs(HEX, 32), 0.9,
         auth="bearer", base="https://api.sparkhire.com/v1.0", label="Spark Hire"),
    Kind("codility", "api_token", "api", ["codility", "api", "token"], lambda: rs(B62, 40), 0.9,
         auth="bearer", base="https://codility.com/api", label="Codility"),
    Kind("hackerrank", "api_token", "api", ["hackerrank", "api", "token"], lambda: rs(HEX, 64), 1.0,
         auth="basic_user", base="https://www.hackerrank.com/x/api/v3", label="HackerRank"),
    Kind("codesignal", "api_key", "api", ["codesignal", "api", "key"], lambda: rs(B62, 40), 0.9,
         auth="bearer", base="https://app.codesignal.com/api", label="CodeSignal"),
    # --- common infrastructure ---------------------------------------------------------------
    Kind("aws", "secret_access_key", "aws", ["aws", "secret", "access", "key"], lambda: rs(B64, 40), 1.6,
         pid=lambda: "AKIA" + rs(B32, 16), pid_tokens=["aws", "access", "key", "id"], label="AWS"),
    Kind("postgres", "password", "dburl", ["database", "url"], url_password, 1.5, label="PostgreSQL",
         user="ats_app"),
    Kind("mysql", "password", "dburl", ["mysql", "url"], url_password, 0.8, label="MySQL", user="recruit"),
    Kind("mongodb", "password", "dburl", ["mongodb", "uri"], url_password, 0.8, label="MongoDB",
         user="talent-svc"),
    Kind("redis", "password", "dburl", ["redis", "url"], url_password, 0.6, label="Redis", user="default"),
    Kind("smtp", "password", "password", ["smtp", "password"], human_password, 1.0,
         pid=lambda: "recruiting@%s.com" % _sub(), pid_tokens=["smtp", "user"], label="SMTP"),
    Kind("sendgrid", "api_key", "api", ["sendgrid", "api", "key"], g_sendgrid, 1.2, auth="bearer",
         base="https://api.sendgrid.com/v3", label="SendGrid", prefix="SG."),
    Kind("twilio", "auth_token", "oauth", ["twilio", "auth", "token"], lambda: rs(HEX, 32), 1.0,
         pid=lambda: "AC" + rs(HEX, 32), pid_tokens=["twilio", "account", "sid"],
         base="https://api.twilio.com/2010-04-01", label="Twilio"),
    Kind("slack", "webhook_url", "webhook", ["slack", "webhook", "url"], g_slack_hook, 1.2, label="Slack"),
    Kind("github", "pat", "api", ["github", "token"], g_ghp, 0.9, auth="bearer",
         base="https://api.github.com", label="GitHub", prefix="ghp_"),
    Kind("openai", "api_key", "api", ["openai", "api", "key"], g_openai, 1.0, auth="bearer",
         base="https://api.openai.com/v1", label="OpenAI", prefix="sk-proj-"),
    Kind("stripe", "secret_key", "api", ["stripe", "secret", "key"], g_stripe, 0.6, auth="bearer",
         base="https://api.stripe.com/v1", label="Stripe", prefix="sk_live_"),
    Kind("app", "jwt_secret", "signing", ["jwt", "secret"], lambda: pick([rs(HEX, 64), rs(B64URL, 43)]),
         0.8, label="candidate portal JWT"),
]
KIND_BY = {(k.provider, k.kind): k for k in KINDS}

DB_SHAPES = {
    "postgres": ("postgresql", ["db.internal", "ats-db.cluster-c%s.us-east-1.rds.amazonaws.com" % "x", "postgres",
                                "10.20.4.17"], 5432, ["ats", "recruiting", "talent", "hiring_prod"]),
    "mysql": ("mysql", ["mysql.internal", "db", "10.0.3.21"], 3306, ["jazz_sync", "careers", "ats_mirror"]),
    "mongodb": ("mongodb+srv", ["cluster0.%s.mongodb.net" % "ab1cd", "talent-prod.x7k2p.mongodb.net"], None,
                ["candidates", "sourcing"]),
    "redis": ("redis", ["redis", "cache.internal", "10.0.9.4"], 6379, ["0"]),
}


# --------------------------------------------------------------------------------------
# the slot: what a template writes where the credential goes
# --------------------------------------------------------------------------------------
def env_lookup(lang, env):
    low = env.lower()
    if lang == "py":
        return pick(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env,
                     'config("%s")' % env, 'env.str("%s")' % env])
    if lang in ("js", "ts"):
        return pick(["process.env.%s" % env, 'process.env["%s"]' % env, 'process.env.%s ?? ""' % env])
    if lang == "rb":
        return pick(['ENV["%s"]' % env, 'ENV.fetch("%s")' % env])
    if lang == "php":
        return pick(["getenv('%s')" % env, "$_ENV['%s']" % env, "env('%s')" % env])
    if lang == "go":
        return 'os.Getenv("%s")' % env
    if lang == "gs":
        return "PropertiesService.getScriptProperties().getProperty('%s')" % env
    if lang == "sh":
        return pick(['"$%s"' % env, '"${%s}"' % env, '"${%s:?not set}"' % env])
    if lang == "tf":
        return "var.%s" % low
    if lang == "java":
        return 'System.getenv("%s")' % env
    raise ValueError(lang)


def quote(lang, s):
    if lang in ("py", "js", "ts", "rb", "go", "java", "tf"):
        return json.dumps(s) if (chance(0.6) or lang in ("go", "java", "tf")) else "'%s'" % s.replace("'", "\\'")
    if lang in ("php", "gs"):
        return "'%s'" % s.replace("'", "\\'")
    if lang == "sh":
        return "'%s'" % s if "'" not in s else json.dumps(s)
    return json.dumps(s)


class Val(object):
    """A value in a file: literal text, or (negatives) a reference rendered per language."""

    def __init__(self, mode, text, env):
        self.mode, self.text, self.env = mode, text, env

    def q(self, lang):
        if self.mode == "envref":
            return env_lookup(lang, self.env)
        return quote(lang, self.text)

    def r(self, ctx="shell"):
        if self.mode != "envref":
            return self.text
        e = self.env
        if ctx == "gha":
            return "${{ secrets.%s }}" % e
        if ctx == "postman":
            return "{{%s}}" % style(e.lower().split("_"), "camel")
        if ctx == "jinja":
            return "{{ %s }}" % e.lower()
        if ctx == "zap":
            return "{{process.env.%s}}" % e
        if ctx == "md":
            return "$%s" % e
        return "${%s}" % e


class Slot(object):
    def __init__(self, k, mode, obvious):
        self.k, self.mode, self.obvious = k, mode, obvious
        self.provider, self.kind, self.family = k.provider, k.kind, k.family
        self.env = style(k.tokens, "scream")
        self.ntok = pick(NEUTRAL_PW if k.family == "password" else NEUTRAL)
        self.sub = _sub()
        self.cid = str(R.randint(10000, 99999))
        self.user = k.user or "svc"
        self.needle = None
        self.pid = None
        self.base = k.base.replace("{sub}", self.sub).replace("{cid}", self.cid)
        if k.family == "dburl":
            scheme, hosts, port, dbs = DB_SHAPES[k.provider]
            host = pick(hosts)
            if "rds" in host:
                host = host.replace("cx", "c" + rs(LOWNUM, 12))
            self.dbparts = (scheme, host, port, pick(dbs))
        if mode == "secret":
            sec = _secret(k.gen())
            self.secret = sec
            self.main = Val("literal", self._wrap(sec), self.env)
            self.needle = sec
        else:
            self.secret = None
            self.main = neg_value(self, mode)
        if k.pid:
            if k.provider == "aws" and mode != "secret":
                if mode == "example":
                    self.pid = Val("literal", "AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID")
                elif mode == "envref":
                    self.pid = Val("envref", "", "AWS_ACCESS_KEY_ID")
                else:
                    self.pid = Val("literal", pick(["<AWS_ACCESS_KEY_ID>", "AKIA................",
                                                    "your-access-key-id", ""]), "AWS_ACCESS_KEY_ID")
            else:
                self.pid = Val("literal", k.pid(), style(k.pid_tokens, "scream"))

    def _wrap(self, s):
        if self.family != "dburl":
            return s
        scheme, host, port, db = self.dbparts
        hp = host if port is None else "%s:%d" % (host, port)
        if self.k.provider == "redis":
            return "%s://%s:%s@%s/%s" % (scheme, self.user, s, hp, db)
        tail = "?retryWrites=true&w=majority" if scheme.startswith("mongodb") else (
            pick(["", "", "?sslmode=require"]) if scheme == "postgresql" else pick(["", "?ssl-mode=REQUIRED"]))
        return "%s://%s:%s@%s/%s%s" % (scheme, self.user, s, hp, db, tail)

    # names --------------------------------------------------------------------------
    def name(self, st):
        return style(self.k.tokens if self.obvious else self.ntok, st)

    def pname(self, st):
        return style(self.k.pid_tokens, st) if self.k.pid_tokens else None

    def q(self, lang):
        return self.main.q(lang)

    def r(self, ctx="shell"):
        return self.main.r(ctx)

    @property
    def label(self):
        return self.k.label


# --------------------------------------------------------------------------------------
# negative fillings of a slot
# --------------------------------------------------------------------------------------
NEG_MODES = ["placeholder", "envref", "secretref", "masked", "empty", "placeholder", "envref"]


def placeholder_for(s):
    env = s.env
    lab = s.k.label.split()[0].lower()
    n = R.choice([32, 36, 40])
    return pick([
        "<%s>" % env, "<your-%s-api-key>" % lab, "your_%s_here" % "_".join(s.k.tokens[1:] or ["key"]),
        "YOUR_API_KEY", "REPLACE_ME", "TODO", "<insert token here>", "x" * n, "X" * 40,
        "{{ %s }}" % env.lower(), "%%(%s)s" % env.lower(), "changeit-in-vault", "...",
        "%s_GOES_HERE" % env, "<redacted>", "[REDACTED]", "dummy", "test", "none",
    ])


def secretref_for(s):
    env = s.env
    low = env.lower().replace("_", "-")
    return pick([
        "vault:secret/data/recruiting/%s#value" % low,
        "op://Recruiting/%s/credential" % s.k.label.replace(" ", "-"),
        "arn:aws:secretsmanager:us-east-1:%d:secret:prod/ats/%s-%s" % (R.randint(10 ** 11, 10 ** 12 - 1), low,
                                                                     rs(B62, 6)),
        "projects/talent-prod/secrets/%s/versions/latest" % low,
        "sm://%s" % low, "doppler://recruiting/prd/%s" % env, "{{ vault('secret/ats/%s') }}" % low,
        "ssm:/recruiting/prod/%s" % low, "azurekeyvault://kv-talent/%s" % low,
    ])


def masked_for(s):
    pre = s.k.prefix
    return pick([
        "*" * 12 + rs(HEX, 4), pre + "*" * 20, "••••••••" + rs(HEX, 4), "****", "********",
        pre + "...redacted...", "<hidden>", "xxxx-xxxx-xxxx-" + rs(HEX, 4), "[FILTERED]",
    ])


def neg_value(s, mode):
    env = s.env
    if s.family == "dburl":
        scheme, host, port, db = s.dbparts
        hp = host if port is None else "%s:%d" % (host, port)
        if mode == "envref":
            return Val("envref", "", env)
        fill = pick(["${DB_PASSWORD}", "****", "<password>", "%s", "PASSWORD", None, "${POSTGRES_PASSWORD}"])
        if fill is None or mode == "empty":
            return Val("literal", "%s://%s@%s/%s" % (scheme, s.user, hp, db), env)
        return Val("literal", "%s://%s:%s@%s/%s" % (scheme, s.user, fill, hp, db), env)
    if s.family == "webhook":
        if mode == "envref":
            return Val("envref", "", env)
        return Val("literal", pick(["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                                    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                                    "<slack-incoming-webhook-url>", "",
                                    "https://hooks.slack.com/services/%s" % "****"]), env)
    if mode == "envref":
        return Val("envref", "", env)
    if mode == "example" and s.provider == "aws":
        return Val("literal", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", env)
    if mode == "secretref":
        return Val("literal", secretref_for(s), env)
    if mode == "masked":
        return Val("literal", masked_for(s), env)
    if mode == "empty":
        return Val("literal", "", env)
    return Val("literal", placeholder_for(s), env)


# --------------------------------------------------------------------------------------
# language helpers: how code uses the credential held in expression `v`
# --------------------------------------------------------------------------------------
def endpoint(S):
    p = S.provider
    return {
        "greenhouse": "/candidates" if S.kind == "harvest_api_key" else "/boards/%s/jobs/%s" % (S.sub, gh_id()),
        "lever": "/opportunities", "workable": "/candidates", "smartrecruiters": "/jobs",
        "ashby": "/candidate.list", "teamtailor": "/candidates", "jazzhr": "/applicants",
        "recruitee": "/candidates", "hibob": "/people/search", "bamboohr": "/employees/directory",
        "checkr": "/candidates", "certn": "/applications/", "linkedin": "/me", "ziprecruiter": "/jobs/v1",
        "merge": "/candidates", "kombo": "/ats/jobs", "sparkhire": "/jobs", "codility": "/tests/",
        "hackerrank": "/tests", "codesignal": "/v1/assessments", "sendgrid": "/mail/send",
        "github": "/repos/%s/careers-site/dispatches" % S.sub, "openai": "/chat/completions",
        "stripe": "/customers",
    }.get(p, "/")


def token_url(S):
    return {
        "lever": "https://auth.lever.co/oauth/token", "personio": "https://api.personio.de/v2/auth/token",
        "sterling": "https://api.us.sterlingcheck.app/oauth/token", "indeed": "https://apis.indeed.com/oauth/v2/tokens",
        "linkedin": "https://www.linkedin.com/oauth/v2/accessToken", "hirevue": "https://api.hirevue.com/oauth/token",
    }.get(S.provider, S.base + "/oauth/token")


def py_use(S, v, pv, ind="    "):
    f, a, url = S.family, S.k.auth, S.base + endpoint(S)
    if f == "api":
        if a == "basic_user":
            c = 'resp = requests.get("%s", auth=(%s, ""), params={"per_page": 100}, timeout=30)' % (url, v)
        elif a == "basic_x":
            c = 'resp = requests.get("%s", auth=(%s, "x"), headers={"Accept": "application/json"}, timeout=30)' % (url, v)
        elif a == "basic_pair":
            c = 'resp = requests.post("%s", auth=(%s, %s), json={"fields": ["root.id", "root.email"]}, timeout=30)' % (url, pv, v)
        elif a.startswith("header:"):
            c = 'resp = requests.get("%s", headers={"%s": %s, "Accept": "application/json"}, timeout=30)' % (url, a[7:], v)
        elif a == "token_token":
            c = 'resp = requests.get("%s", headers={"Authorization": "Token token=" + %s, "X-Api-Version": "20240404"}, timeout=30)' % (url, v)
        elif a.startswith("query:"):
            c = 'resp = requests.get("%s", params={"%s": %s, "page": page}, timeout=30)' % (url, a[6:], v)
        else:
            c = 'resp = requests.get("%s", headers={"Authorization": "Bearer " + %s}, timeout=30)' % (url, v)
        return [ind + c, ind + "resp.raise_for_status()", ind + "return resp.json()"]
    if f == "oauth":
        if S.provider == "twilio":
            return [ind + "client = Client(%s, %s)" % (pv, v),
                    ind + "return client.messages.create(to=candidate_phone, from_=SENDER, body=text)"]
        return [ind + 'resp = requests.post("%s", data={' % token_url(S),
                ind + '    "grant_type": "client_credentials",',
                ind + '    "client_id": %s,' % pv, ind + '    "client_secret": %s,' % v, ind + "}, timeout=20)",
                ind + "resp.raise_for_status()", ind + 'return resp.json()["access_token"]']
    if f == "password":
        if S.provider == "smtp":
            return [ind + 'with smtplib.SMTP("smtp.sendgrid.net", 587) as smtp:', ind + "    smtp.starttls()",
                    ind + "    smtp.login(%s, %s)" % (pv, v), ind + "    smtp.send_message(msg)"]
        return [ind + 'resp = requests.post("%s/v1/orders", auth=(%s, %s), json=order, timeout=60)' % (S.base, pv, v),
                ind + "return resp.json()"]
    if f == "signing":
        if S.provider == "app":
            return [ind + 'return jwt.encode({"sub": candidate_id, "exp": expires_at}, %s, algorithm="HS256")' % v]
        return [ind + "digest = hmac.new(%s.encode(), body, hashlib.sha256).hexdigest()" % v,
                ind + "return hmac.compare_digest(digest, signature)"]
    if f == "aws":
        return [ind + 's3 = boto3.client("s3", region_name="us-east-1",',
                ind + "                  aws_access_key_id=%s," % pv,
                ind + "                  aws_secret_access_key=%s)" % v,
                ind + 's3.upload_file(path, "%s-resumes", key)' % S.sub]
    if f == "dburl":
        if S.provider == "mongodb":
            return [ind + "client = MongoClient(%s)" % v, ind + "return client.get_default_database()"]
        if S.provider == "redis":
            return [ind + "return redis.Redis.from_url(%s, decode_responses=True)" % v]
        return [ind + "engine = create_engine(%s, pool_pre_ping=True)" % v, ind + "return engine"]
    if f == "webhook":
        return [ind + "requests.post(%s, json={\"text\": text}, timeout=10)" % v]
    raise ValueError(f)


def js_use(S, v, pv, ind="  "):
    f, a, url = S.family, S.k.auth, S.base + endpoint(S)
    if f == "api":
        if a in ("basic_user", "basic_x"):
            h = "Authorization: 'Basic ' + Buffer.from(%s + ':%s').toString('base64')" % (v, "x" if a == "basic_x" else "")
        elif a == "basic_pair":
            h = "Authorization: 'Basic ' + Buffer.from(%s + ':' + %s).toString('base64')" % (pv, v)
        elif a.startswith("header:"):
            h = "'%s': %s" % (a[7:], v)
        elif a == "token_token":
            h = "Authorization: `Token token=${%s}`, 'X-Api-Version': '20240404'" % v
        elif a.startswith("query:"):
            return [ind + "const res = await fetch(`%s?%s=${%s}&page=${page}`);" % (url, a[6:], v),
                    ind + "if (!res.ok) throw new Error(`%s ${res.status}`);" % S.label, ind + "return res.json();"]
        else:
            h = "Authorization: `Bearer ${%s}`" % v
        return [ind + "const res = await fetch('%s', {" % url, ind + "  headers: { %s, Accept: 'application/json' }," % h,
                ind + "});", ind + "if (!res.ok) throw new Error(`%s ${res.status}`);" % S.label, ind + "return res.json();"]
    if f == "oauth":
        if S.provider == "twilio":
            return [ind + "const client = twilio(%s, %s);" % (pv, v),
                    ind + "return client.messages.create({ to, from: SENDER, body });"]
        return [ind + "const res = await fetch('%s', {" % token_url(S), ind + "  method: 'POST',",
                ind + "  body: new URLSearchParams({", ind + "    grant_type: 'client_credentials',",
                ind + "    client_id: %s," % pv, ind + "    client_secret: %s," % v, ind + "  }),", ind + "});",
                ind + "return (await res.json()).access_token;"]
    if f == "password":
        if S.provider == "smtp":
            return [ind + "const transport = nodemailer.createTransport({", ind + "  host: 'smtp.mailgun.org', port: 587,",
                    ind + "  auth: { user: %s, pass: %s }," % (pv, v), ind + "});", ind + "return transport.sendMail(message);"]
        return [ind + "const res = await axios.post('%s/v1/orders', order, {" % S.base,
                ind + "  auth: { username: %s, password: %s }," % (pv, v), ind + "});", ind + "return res.data;"]
    if f == "signing":
        if S.provider == "app":
            return [ind + "return jwt.sign({ sub: candidateId }, %s, { expiresIn: '2h' });" % v]
        return [ind + "const digest = crypto.createHmac('sha256', %s).update(rawBody).digest('hex');" % v,
                ind + "return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature));"]
    if f == "aws":
        return [ind + "const s3 = new S3Client({", ind + "  region: 'eu-west-1',",
                ind + "  credentials: { accessKeyId: %s, secretAccessKey: %s }," % (pv, v), ind + "});",
                ind + "return s3.send(new PutObjectCommand({ Bucket: '%s-resumes', Key: key, Body: body }));" % S.sub]
    if f == "dburl":
        if S.provider == "mongodb":
            return [ind + "const client = new MongoClient(%s);" % v, ind + "await client.connect();", ind + "return client.db();"]
        if S.provider == "redis":
            return [ind + "return createClient({ url: %s }).connect();" % v]
        return [ind + "const pool = new Pool({ connectionString: %s, max: 5 });" % v, ind + "return pool;"]
    if f == "webhook":
        return [ind + "await fetch(%s, {" % v, ind + "  method: 'POST',", ind + "  headers: { 'Content-Type': 'application/json' },",
                ind + "  body: JSON.stringify({ text }),", ind + "});"]
    raise ValueError(f)


def js_params(S):
    f = S.family
    if f == "api":
        return "page = 1"
    if f == "oauth":
        return "to, body" if S.provider == "twilio" else ""
    if f == "password":
        return "message" if S.provider == "smtp" else "order"
    if f == "signing":
        return "candidateId" if S.provider == "app" else "rawBody, signature"
    if f == "aws":
        return "key, body"
    if f == "webhook":
        return "text"
    return ""


def rb_use(S, v, pv, ind="    "):
    f, a, url = S.family, S.k.auth, S.base + endpoint(S)
    if f == "api":
        if a in ("basic_user", "basic_x", "basic_pair"):
            u, p = (pv, v) if a == "basic_pair" else (v, '"x"' if a == "basic_x" else '""')
            return [ind + 'uri = URI("%s")' % url, ind + "req = Net::HTTP::Get.new(uri)",
                    ind + "req.basic_auth(%s, %s)" % (u, p),
                    ind + "res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
                    ind + "JSON.parse(res.body)"]
        if a.startswith("header:"):
            h = '"%s" => %s' % (a[7:], v)
        elif a == "token_token":
            h = '"Authorization" => "Token token=#{%s}", "X-Api-Version" => "20240404"' % v
        elif a.startswith("query:"):
            return [ind + 'res = Faraday.get("%s", { %s: %s, page: page })' % (url, a[6:], v), ind + "JSON.parse(res.body)"]
        else:
            h = '"Authorization" => "Bearer #{%s}"' % v
        return [ind + 'conn = Faraday.new(url: "%s", headers: { %s })' % (S.base, h),
                ind + 'JSON.parse(conn.get("%s").body)' % endpoint(S).lstrip("/")]
    if f == "oauth":
        if S.provider == "twilio":
            return [ind + "client = Twilio::REST::Client.new(%s, %s)" % (pv, v),
                    ind + "client.messages.create(from: SENDER, to: phone, body: text)"]
        return [ind + 'res = Net::HTTP.post_form(URI("%s"),' % token_url(S),
                ind + '  "grant_type" => "client_credentials", "client_id" => %s, "client_secret" => %s)' % (pv, v),
                ind + 'JSON.parse(res.body).fetch("access_token")']
    if f == "password" and S.provider != "smtp":
        return [ind + 'conn = Faraday.new(url: "%s") { |f| f.request :authorization, :basic, %s, %s }' % (S.base, pv, v),
                ind + 'JSON.parse(conn.post("v1/orders", order.to_json).body)']
    if f == "password":
        return [ind + "Mail.defaults do", ind + "  delivery_method :smtp, address: \"smtp.office365.com\", port: 587,",
                ind + "    user_name: %s, password: %s, enable_starttls_auto: true" % (pv, v), ind + "end"]
    if f == "signing":
        if S.provider == "app":
            return [ind + 'JWT.encode({ sub: candidate_id, exp: 2.hours.from_now.to_i }, %s, "HS256")' % v]
        return [ind + 'digest = OpenSSL::HMAC.hexdigest("SHA256", %s, request.raw_post)' % v,
                ind + "ActiveSupport::SecurityUtils.secure_compare(digest, signature)"]
    if f == "aws":
        return [ind + "Aws::S3::Client.new(region: \"us-east-1\",", ind + "  access_key_id: %s," % pv,
                ind + "  secret_access_key: %s)" % v]
    if f == "dburl":
        if S.provider == "redis":
            return [ind + "Redis.new(url: %s)" % v]
        if S.provider == "mongodb":
            return [ind + "Mongo::Client.new(%s)" % v]
        return [ind + "Sequel.connect(%s, max_connections: 5)" % v]
    if f == "webhook":
        return [ind + "Net::HTTP.post(URI(%s), { text: text }.to_json, \"Content-Type\" => \"application/json\")" % v]
    raise ValueError(f)


def curl_use(S, v, pv):
    """shell: v and pv are already shell words (quoted literal or "$VAR")."""
    f, a, url = S.family, S.k.auth, S.base + endpoint(S)
    if f == "api":
        if a == "basic_user":
            return ['curl -sS -u %s: "%s?per_page=100"' % (v, url)]
        if a == "basic_x":
            return ['curl -sS -u %s:x -H "Accept: application/json" "%s"' % (v, url)]
        if a == "basic_pair":
            return ['curl -sS -u %s:%s "%s"' % (pv, v, url)]
        if a.startswith("header:"):
            return ['curl -sS -H "%s: "%s "%s"' % (a[7:], v, url)]
        if a == "token_token":
            return ['curl -sS -H "Authorization: Token token="%s -H "X-Api-Version: 20240404" "%s"' % (v, url)]
        if a.startswith("query:"):
            return ['curl -sS "%s?%s="%s' % (url, a[6:], v)]
        return ['curl -sS -H "Authorization: Bearer "%s "%s"' % (v, url)]
    if f == "oauth":
        if S.provider == "twilio":
            return ['curl -sS -X POST "%s/Accounts/%s/Messages.json" \\' % (S.base, pv.strip("'\"")),
                    '  -u %s:%s \\' % (pv, v), '  --data-urlencode "To=$CANDIDATE_PHONE" --data-urlencode "Body=$MSG"']
        return ['curl -sS -X POST "%s" \\' % token_url(S), '  -d grant_type=client_credentials \\',
                '  -d client_id=%s \\' % pv, '  -d client_secret=%s' % v]
    if f == "password":
        if S.provider == "smtp":
            return ['swaks --to "$TO" --server smtp.gmail.com:587 --tls --auth-user %s --auth-password %s' % (pv, v)]
        return ['curl -sS -u %s:%s "%s/v1/orders"' % (pv, v, S.base)]
    if f == "signing":
        return ['printf "%%s" "$BODY" | openssl dgst -sha256 -hmac %s' % v]
    if f == "aws":
        return ["export AWS_ACCESS_KEY_ID=%s" % pv, "export AWS_SECRET_ACCESS_KEY=%s" % v,
                'aws s3 sync ./exports "s3://%s-ats-exports/$(date +%%F)/"' % S.sub]
    if f == "dburl":
        if S.provider == "redis":
            return ["redis-cli -u %s --scan --pattern 'candidate:*' | head" % v]
        if S.provider == "mongodb":
            return ['mongodump --uri=%s --out "backup-$(date +%%F)"' % v]
        if S.provider == "mysql":
            return ['mysqlsh --sql --uri %s -e "select count(*) from applicants where status = \'active\'"' % v]
        return ['psql %s -c "\\copy (select * from applications where updated_at > now() - interval \'1 day\') to stdout csv header" > apps.csv' % v]
    if f == "webhook":
        return ["curl -sS -X POST -H 'Content-type: application/json' --data \"{\\\"text\\\": \\\"$MSG\\\"}\" %s" % v]
    raise ValueError(f)


# --------------------------------------------------------------------------------------
# binding: declare the credential under a name, or inline it (positional / header / URL)
# --------------------------------------------------------------------------------------
def bind(S, lang, st="scream", fmt="%s = %s", allow_inline=True):
    """returns (decl_lines, v, pv)"""
    decl = []
    inline = allow_inline and not S.obvious and chance(0.5)
    pv = None
    if S.pid is not None:
        if inline and chance(0.5):
            pv = S.pid.q(lang)
        else:
            pn = style(S.k.pid_tokens, st)
            decl.append(fmt % (pn, S.pid.q(lang)))
            pv = pn
    if inline:
        v = S.q(lang)
    else:
        v = S.name(st)
        decl.append(fmt % (v, S.q(lang)))
    return decl, v, pv


def hdr_comment(c, lines):
    return [c + " " + x if x else c for x in lines]


def py_imports(S):
    base = ["import os", "import json", "import logging"]
    f = S.family
    if f in ("api", "oauth", "webhook") or (f == "password" and S.provider != "smtp"):
        base.append("import requests")
    if S.provider == "twilio":
        base.append("from twilio.rest import Client")
    if S.provider == "smtp":
        base.append("import smtplib")
    if f == "signing":
        base += ["import hashlib", "import hmac"] if S.provider != "app" else ["import jwt"]
    if f == "aws":
        base.append("import boto3")
    if f == "dburl":
        base.append({"mongodb": "from pymongo import MongoClient", "redis": "import redis"}.get(
            S.provider, "from sqlalchemy import create_engine"))
    return base


def py_fn_sig(S):
    f = S.family
    if f == "signing":
        return "def sign(candidate_id, expires_at):" if S.provider == "app" else "def verify(body: bytes, signature: str) -> bool:"
    if f == "oauth":
        return "def send_sms(candidate_phone, text):" if S.provider == "twilio" else "def get_access_token():"
    if f == "password":
        return "def send(msg):" if S.provider == "smtp" else "def place_order(order):"
    if f == "aws":
        return "def upload_resume(path, key):"
    if f == "dburl":
        return "def get_db():"
    if f == "webhook":
        return "def notify(text):"
    return "def fetch_page(page=1):"


# ---------------------------------------------------------------- positive/negative host templates
def t_py_sync_script(S):
    decl, v, pv = bind(S, "py")
    lines = ['#!/usr/bin/env python3', '"""Nightly pull of %s data into the recruiting warehouse.' % S.label, "",
             "Run from cron on the ops box:  python3 scripts/%s_sync.py --since yesterday" % S.provider, '"""', ""]
    lines += py_imports(S) + ["import argparse", "import csv", "from datetime import date, timedelta", ""]
    lines += ['log = logging.getLogger("%s_sync")' % S.provider, ""] + decl
    lines += ['OUT_DIR = os.environ.get("OUT_DIR", "/var/lib/ats-sync")', "PAGE_SIZE = 100", "", ""]
    lines += [py_fn_sig(S)] + py_use(S, v, pv) + ["", ""]
    lines += ["def main():", "    ap = argparse.ArgumentParser()", '    ap.add_argument("--since", default="yesterday")',
              '    ap.add_argument("--dry-run", action="store_true")', "    args = ap.parse_args()",
              '    log.info("starting sync since=%s", args.since)', "    # TODO: paginate with the Link header",
              '    print(json.dumps({"ok": True, "since": args.since}))', "", "",
              'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    main()"]
    return pick(["scripts/%s_sync.py" % S.provider, "bin/pull_%s.py" % S.provider, "sync/%s.py" % S.provider,
                 "tools/%s_export.py" % S.provider]), "\n".join(lines) + "\n"


def t_py_settings(S):
    st = pick(["scream", "scream", "scream"])
    decl, v, pv = bind(S, "py", st, allow_inline=False)
    lines = ['"""Django settings for the careers portal."""', "", "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", 'DEBUG = os.environ.get("DJANGO_DEBUG") == "1"',
             'ALLOWED_HOSTS = ["careers.%s.com", "localhost"]' % S.sub, "",
             "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
             '    "django.contrib.contenttypes",', '    "django.contrib.sessions",', '    "careers",', '    "ats_bridge",', "]", "",
             'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', 'TIME_ZONE = "%s"' % pick(["UTC", "Europe/Berlin", "America/Chicago"]),
             "USE_TZ = True", "", "# --- %s integration ---" % S.label]
    lines += decl
    if S.base:
        lines.append('%s_BASE_URL = "%s"' % (S.provider.upper(), S.base))
    lines += ["%s_TIMEOUT = %d" % (S.provider.upper(), pick([10, 15, 30])),
              "", "CELERY_BEAT_SCHEDULE = {", '    "sync-candidates": {"task": "ats_bridge.tasks.sync", "schedule": 900},', "}", "",
              'LOGGING = {"version": 1, "handlers": {"console": {"class": "logging.StreamHandler"}},',
              '           "root": {"handlers": ["console"], "level": "INFO"}}']
    return pick(["careers/settings.py", "config/settings.py", "portal/settings/production.py", "settings/base.py"]), "\n".join(lines) + "\n"


def t_py_client_class(S):
    lang = "py"
    cls = "".join(x.capitalize() for x in S.provider.split()) + "Client"
    inline = not S.obvious and chance(0.6)
    pv = None
    lines = ['"""Thin wrapper around the %s API used by the hiring dashboard."""' % S.label, ""] + py_imports(S) + [""]
    if S.pid is not None:
        lines.append("%s = %s" % (style(S.k.pid_tokens, "scream"), S.pid.q(lang)))
        pv = "self.%s" % style(S.k.pid_tokens, "snake")
    if inline:
        arg = "key=%s" % S.q(lang)
    else:
        lines.append("DEFAULT_%s = %s" % (S.name("scream"), S.q(lang)))
        arg = "key=DEFAULT_%s" % S.name("scream")
    lines += ["", "", "class %s:" % cls, '    base_url = "%s"' % S.base, "",
              "    def __init__(self, %s, timeout=30):" % arg, "        self.key = key", "        self.timeout = timeout"]
    if S.pid is not None:
        lines.append("        self.%s = %s" % (style(S.k.pid_tokens, "snake"), style(S.k.pid_tokens, "scream")))
    lines += ["", "    " + py_fn_sig(S).replace("def ", "def _").replace("(", "(self, ", 1).replace("(self, )", "(self)")]
    lines += py_use(S, "self.key", pv, "        ")
    lines += ["", "    def __repr__(self):", '        return "<%s timeout=%%s>" %% self.timeout' % cls]
    return "integrations/%s/client.py" % S.provider, "\n".join(lines) + "\n"


def t_py_webhook(S):
    decl, v, pv = bind(S, "py")
    lines = ["from flask import Flask, request, abort, jsonify"] + py_imports(S) + ["", "app = Flask(__name__)"] + decl + ["", ""]
    lines += [py_fn_sig(S)] + py_use(S, v, pv) + ["", ""]
    lines += ['@app.post("/webhooks/%s")' % S.provider, "def %s_webhook():" % S.provider,
              "    payload = request.get_json(force=True)", '    action = payload.get("action")',
              '    if action not in ("candidate_hired", "application_updated", "report.completed"):',
              '        return jsonify(ignored=action), 202']
    if S.family == "signing" and S.provider != "app":
        lines += ['    if not verify(request.get_data(), request.headers.get("Signature", "").split(" ")[-1]):', "        abort(401)"]
    lines += ['    app.logger.info("received %s for %s", action, payload.get("payload", {}).get("application", {}).get("id"))',
              "    return jsonify(ok=True)", "", "", 'if __name__ == "__main__":', '    app.run(port=%d)' % pick([5000, 8080, 8000])]
    return pick(["app/webhooks.py", "webhooks/%s_handler.py" % S.provider, "services/hooks/app.py"]), "\n".join(lines) + "\n"


def t_py_airflow(S):
    decl, v, pv = bind(S, "py")
    lines = ['"""Airflow DAG: %s -> warehouse, hourly."""' % S.label, "from datetime import datetime, timedelta", "",
             "from airflow import DAG", "from airflow.operators.python import PythonOperator"] + py_imports(S) + [""]
    lines += decl + ["", 'default_args = {"owner": "people-data", "retries": 2, "retry_delay": timedelta(minutes=5)}', "", ""]
    lines += [py_fn_sig(S)] + py_use(S, v, pv) + ["", ""]
    lines += ["with DAG(", '    dag_id="%s_to_bigquery",' % S.provider, "    start_date=datetime(%d, 1, 1)," % R.randint(2022, 2024),
              '    schedule="@hourly",', "    catchup=False,", "    default_args=default_args,", '    tags=["recruiting", "%s"],' % S.provider,
              ") as dag:", '    PythonOperator(task_id="extract", python_callable=lambda: None)']
    return "dags/%s_ingest.py" % S.provider, "\n".join(lines) + "\n"


def t_py_conftest(S):
    decl, v, pv = bind(S, "py", "snake", allow_inline=False)
    lines = ["import pytest"] + py_imports(S) + ["", "# integration tests hit the %s sandbox; run with -m live" % S.label] + decl
    lines += ["", "", "@pytest.fixture(scope=\"session\")", "def live_client():"]
    lines += py_use(S, v, pv) if S.family not in ("signing",) else ["    return %s" % v]
    lines += ["", "", "@pytest.fixture", "def candidate():",
              '    return {"first_name": "Test", "last_name": "Candidate", "email": "qa+%d@%s.com"}' % (R.randint(1, 999), S.sub)]
    return pick(["tests/integration/conftest.py", "tests/conftest.py"]), "\n".join(lines) + "\n"


def t_js_express(S):
    decl, v, pv = bind(S, "js", pick(["scream", "camel"]), "const %s = %s;")
    lines = ["'use strict';", "", "const express = require('express');", "const crypto = require('crypto');"]
    if S.provider == "twilio":
        lines.append("const twilio = require('twilio');")
    if S.family == "aws":
        lines.append("const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');")
    if S.family == "dburl":
        lines.append({"mongodb": "const { MongoClient } = require('mongodb');", "redis": "const { createClient } = require('redis');"}.get(S.provider, "const { Pool } = require('pg');"))
    if S.provider == "app":
        lines.append("const jwt = require('jsonwebtoken');")
    if S.provider == "smtp":
        lines.append("const nodemailer = require('nodemailer');")
    lines += ["", "const router = express.Router();"] + decl + ["", "async function callUpstream(%s) {" % js_params(S)]
    lines += js_use(S, v, pv) + ["}", "", "router.post('/hooks/%s', express.raw({ type: 'application/json' }), async (req, res) => {" % S.provider,
                                  "  const event = JSON.parse(req.body.toString('utf8'));",
                                  "  console.log('[%s] event', event.action || event.type);" % S.provider,
                                  "  await callUpstream(%s);" % {"page = 1": "1", "rawBody, signature": "req.body, req.get('Signature')", "text": "`${event.action} received`",
                                                  "candidateId": "event.payload.candidate_id"}.get(js_params(S), "event.payload"),
                                  "  res.sendStatus(204);", "});", "", "module.exports = router;"]
    return pick(["server/routes/webhooks.js", "src/routes/%s.js" % S.provider, "api/hooks.js"]), "\n".join(lines) + "\n"


def t_js_config(S):
    st = pick(["camel", "camel", "snake"])
    lines = ["// Central config for the candidate-sync worker.", "// Values here are defaults; deploy overrides via env.", "",
             "module.exports = {", "  port: Number(process.env.PORT || 3000),", "  logLevel: process.env.LOG_LEVEL || 'info',",
             "  %s: {" % S.provider, "    baseUrl: '%s'," % S.base]
    if S.pid is not None:
        lines.append("    %s: %s," % (style(S.k.pid_tokens[1:], st), S.pid.q("js")))
    lines.append("    %s: %s," % (style(S.k.tokens[1:] if S.obvious else S.ntok, st), S.q("js")))
    lines += ["    timeoutMs: %d," % pick([5000, 10000, 20000]), "  },", "  queue: {", "    name: 'ats-sync',",
              "    concurrency: %d," % pick([2, 4, 8]), "  },", "  features: { syncOffers: %s, syncScorecards: true }," % pick(["true", "false"]), "};"]
    return pick(["config/default.js", "src/config.js", "worker/config.js"]), "\n".join(lines) + "\n"


def t_ts_client(S):
    cls = S.provider.capitalize() + "Service"
    lines = ["import { Injectable, Logger } from '@nestjs/common';"]
    if S.family == "aws":
        lines.append("import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';")
    if S.family == "dburl":
        lines.append("import { Pool } from 'pg';")
    if S.provider == "twilio":
        lines.append("import twilio from 'twilio';")
    if S.provider == "app":
        lines.append("import jwt from 'jsonwebtoken';")
    if S.family == "signing" and S.provider != "app":
        lines.append("import * as crypto from 'crypto';")
    if S.provider == "smtp":
        lines.append("import nodemailer from 'nodemailer';")
    lines += ["", "@Injectable()", "export class %s {" % cls, "  private readonly logger = new Logger(%s.name);" % cls]
    pv = None
    if S.pid is not None:
        lines.append("  private readonly %s = %s;" % (style(S.k.pid_tokens[1:], "camel"), S.pid.q("ts")))
        pv = "this." + style(S.k.pid_tokens[1:], "camel")
    nm = style(S.k.tokens[1:] if S.obvious else S.ntok, "camel")
    lines += ["  private readonly %s: string = %s;" % (nm, S.q("ts")), "",
              "  async call(%s): Promise<any> {" % ", ".join(x.strip() if "=" in x else x.strip() + ": any" for x in js_params(S).split(",") if x.strip()),
              "    this.logger.debug('calling %s');" % S.label]
    lines += js_use(S, "this." + nm, pv, "    ") + ["  }", "}"]
    return pick(["src/integrations/%s.service.ts" % S.provider, "apps/api/src/%s/%s.service.ts" % (S.provider, S.provider)]), "\n".join(lines) + "\n"


def t_js_netlify(S):
    decl, v, pv = bind(S, "js", "scream", "const %s = %s;")
    lines = ["// netlify function: called by the careers site when someone applies", ""]
    if S.provider == "twilio":
        lines.append("const twilio = require('twilio');")
    if S.family == "dburl":
        lines.append("const { Pool } = require('pg');" if S.provider not in ("mongodb", "redis") else
                     ("const { MongoClient } = require('mongodb');" if S.provider == "mongodb" else "const { createClient } = require('redis');"))
    if S.family == "aws":
        lines.append("const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');")
    if S.provider == "app":
        lines.append("const jwt = require('jsonwebtoken');")
    if S.family == "signing" and S.provider != "app":
        lines.append("const crypto = require('crypto');")
    if S.provider == "smtp":
        lines.append("const nodemailer = require('nodemailer');")
    lines += decl + ["", "async function forward(%s) {" % js_params(S)] + js_use(S, v, pv) + ["}", "",
              "exports.handler = async (event) => {", "  if (event.httpMethod !== 'POST') return { statusCode: 405 };",
              "  const form = JSON.parse(event.body || '{}');", "  if (!form.email || !form.resume_url) {",
              "    return { statusCode: 422, body: 'missing fields' };", "  }",
              "  await forward(%s);" % {"rawBody, signature": "event.body, event.headers['x-signature']", "text": "`New applicant: ${form.email}`",
                                      "to, body": "form.phone, 'Thanks for applying!'", "candidateId": "form.candidate_id",
                                      "key, body": "`resumes/${form.email}.pdf`, form.resume_url"}.get(js_params(S), ""),
              "  return { statusCode: 200, body: JSON.stringify({ ok: true }) };", "};"]
    return pick(["netlify/functions/apply.js", "functions/submit-application.js"]), "\n".join(lines) + "\n"


def t_js_script(S):
    decl, v, pv = bind(S, "js", pick(["scream", "camel"]), "const %s = %s;")
    lines = ["#!/usr/bin/env node", "// One-off backfill: copy %s records into the new ATS." % S.label, "// usage: node scripts/backfill.mjs --from 2023-01-01", ""]
    if S.provider == "twilio":
        lines.append("import twilio from 'twilio';")
    if S.family == "aws":
        lines.append("import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';")
    if S.family == "dburl":
        lines.append({"mongodb": "import { MongoClient } from 'mongodb';", "redis": "import { createClient } from 'redis';"}.get(S.provider, "import pg from 'pg';\nconst { Pool } = pg;"))
    if S.provider == "app":
        lines.append("import jwt from 'jsonwebtoken';")
    if S.family == "signing" and S.provider != "app":
        lines.append("import crypto from 'node:crypto';")
    if S.provider == "smtp":
        lines.append("import nodemailer from 'nodemailer';")
    lines += ["import { parseArgs } from 'node:util';", ""] + decl + ["", "const { values } = parseArgs({ options: { from: { type: 'string' } } });", "",
              "async function run(%s) {" % js_params(S)] + js_use(S, v, pv) + ["}", "",
              "for (let page = 1; page <= %d; page++) {" % pick([5, 10, 50]), "  const batch = await run(%s);" % ("page" if S.family == "api" else ""),
              "  console.log(`page ${page}`, values.from, batch && batch.length);", "}"]
    return pick(["scripts/backfill.mjs", "scripts/migrate-candidates.mjs", "tools/import.mjs"]), "\n".join(lines) + "\n"


def t_rb_rake(S):
    decl, v, pv = bind(S, "rb", "scream")
    lines = ["# frozen_string_literal: true", "", "require \"net/http\"", "require \"json\""]
    lines += decl + ["", "namespace :ats do", "  desc \"Pull %s data into the local Candidate table\"" % S.label, "  task sync: :environment do",
                     "    page = 1", "    candidate_id = ENV.fetch(\"CANDIDATE_ID\", nil)", "    phone = nil", "    text = \"sync\"", "    order = { package: \"standard\" }",
                     "    result = begin"]
    lines += rb_use(S, v, pv, "      ") + ["    end", "    Rails.logger.info(\"[ats:sync] done #{result.class}\")", "  end", "end"]
    return "lib/tasks/%s.rake" % S.provider, "\n".join(lines) + "\n"


def t_rb_initializer(S):
    mod = S.provider.capitalize()
    lines = ["# config/initializers/%s.rb" % S.provider, "# Loaded at boot; see app/services/%s_client.rb" % S.provider, "",
             "%sConfig = Struct.new(:base_url, :%s, :timeout, keyword_init: true)" % (mod, S.name("snake")) if S.pid is None else
             "%sConfig = Struct.new(:base_url, :%s, :%s, :timeout, keyword_init: true)" % (mod, style(S.k.pid_tokens, "snake"), S.name("snake")), "",
             "Rails.application.config.x.%s = %sConfig.new(" % (S.provider, mod), "  base_url: \"%s\"," % S.base]
    if S.pid is not None:
        lines.append("  %s: %s," % (style(S.k.pid_tokens, "snake"), S.pid.q("rb")))
    lines += ["  %s: %s," % (S.name("snake"), S.q("rb")), "  timeout: %d" % pick([10, 20, 30]), ")"]
    return "config/initializers/%s.rb" % S.provider, "\n".join(lines) + "\n"


def t_rb_job(S):
    decl, v, pv = bind(S, "rb", "scream")
    cls = S.provider.capitalize() + "SyncJob"
    lines = ["class %s < ApplicationJob" % cls, "  queue_as :integrations", "  retry_on Net::ReadTimeout, wait: 30.seconds, attempts: 5", ""]
    lines += ["  " + d for d in decl] + ["", "  def perform(candidate_id = nil, phone = nil, text = \"\", order = {}, page = 1)"]
    lines += rb_use(S, v, pv, "    ") + ["  end", "end"]
    return "app/jobs/%s_sync_job.rb" % S.provider, "\n".join(lines) + "\n"


def t_php_plugin(S):
    lines = ["<?php", "/**", " * Plugin Name: Careers Feed", " * Description: Pulls open roles and posts applications to %s." % S.label,
             " * Version: 1.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), " */", "", "if (!defined('ABSPATH')) { exit; }", ""]
    if S.pid is not None:
        lines.append("define('%s', %s);" % (style(S.k.pid_tokens, "scream"), S.pid.q("php")))
    nm = style(["careers"] + (S.k.tokens if S.obvious else S.ntok), "scream")
    a = S.k.auth
    if a in ("basic_user", "basic_x"):
        hdr = "'Authorization' => 'Basic ' . base64_encode(%s . ':%s')" % (nm, "x" if a == "basic_x" else "")
    elif a == "basic_pair":
        hdr = "'Authorization' => 'Basic ' . base64_encode(%s . ':' . %s)" % (style(S.k.pid_tokens, "scream"), nm)
    elif a.startswith("header:"):
        hdr = "'%s' => %s" % (a[7:], nm)
    elif a == "token_token":
        hdr = "'Authorization' => 'Token token=' . %s, 'X-Api-Version' => '20240404'" % nm
    elif a.startswith("query:"):
        hdr = "'Accept' => 'application/json'"
    else:
        hdr = "'Authorization' => 'Bearer ' . %s" % nm
    qs = (" . '?%s=' . urlencode(%s)" % (a[6:], nm)) if a.startswith("query:") else ""
    lines += ["define('%s', %s);" % (nm, S.q("php")), "define('CAREERS_CACHE_TTL', %d);" % pick([300, 900, 3600]), "",
              "function careers_feed_request($path, $args = []) {",
              "    $args['headers'] = array_merge($args['headers'] ?? [], [%s]);" % hdr,
              "    $args['timeout'] = 20;", "    $res = wp_remote_get('%s' . $path%s, $args);" % (S.base, qs),
              "    if (is_wp_error($res)) { return null; }", "    return json_decode(wp_remote_retrieve_body($res), true);", "}", "",
              "add_shortcode('careers_list', function () {", "    $jobs = get_transient('careers_jobs');", "    if ($jobs === false) {",
              "        $jobs = careers_feed_request('/jobs') ?: [];", "        set_transient('careers_jobs', $jobs, CAREERS_CACHE_TTL);", "    }",
              "    ob_start();", "    foreach ($jobs as $job) {", "        printf('<li>%s</li>', esc_html($job['title'] ?? ''));", "    }",
              "    return '<ul class=\"careers\">' . ob_get_clean() . '</ul>';", "});"]
    return "wp-content/plugins/careers-feed/careers-feed.php", "\n".join(lines) + "\n"


def t_go_main(S):
    lines = ["package main", "", "import (", '\t"encoding/json"', '\t"log"', '\t"net/http"', '\t"os"', '\t"time"', ")", ""]
    nm = style(S.k.tokens if S.obvious else S.ntok, "camel")
    if S.pid is not None:
        lines.append("var %s = %s" % (style(S.k.pid_tokens, "camel"), S.pid.q("go")))
    lines += ["var %s = %s" % (nm, S.q("go")), "", "type candidate struct {", '\tID        int64  `json:"id"`',
              '\tFirstName string `json:"first_name"`', '\tLastName  string `json:"last_name"`', "}", "",
              "func main() {", "\tclient := &http.Client{Timeout: 30 * time.Second}",
              '\treq, _ := http.NewRequest("GET", "%s%s", nil)' % (S.base, endpoint(S))]
    a = S.k.auth
    if S.pid is not None:
        lines.append("\treq.SetBasicAuth(%s, %s)" % (style(S.k.pid_tokens, "camel"), nm))
    elif a in ("basic_user", "basic_x"):
        lines.append('\treq.SetBasicAuth(%s, "%s")' % (nm, "x" if a == "basic_x" else ""))
    elif a.startswith("header:"):
        lines.append('\treq.Header.Set("%s", %s)' % (a[7:], nm))
    elif a == "token_token":
        lines.append('\treq.Header.Set("Authorization", "Token token="+%s)' % nm)
    else:
        lines.append('\treq.Header.Set("Authorization", "Bearer "+%s)' % nm)
    lines += ["\tresp, err := client.Do(req)", "\tif err != nil {", '\t\tlog.Fatalf("request failed: %v", err)', "\t}",
              "\tdefer resp.Body.Close()", "\tvar out []candidate", "\tif err := json.NewDecoder(resp.Body).Decode(&out); err != nil {",
              "\t\tlog.Fatal(err)", "\t}", '\tjson.NewEncoder(os.Stdout).Encode(out)', "}"]
    return pick(["cmd/ats-sync/main.go", "main.go", "tools/export/main.go"]), "\n".join(lines) + "\n"


def t_gs_sheet(S):
    lines = ["/**", " * Recruiting ops sheet: pulls %s data into the 'Pipeline' tab." % S.label,
             " * Triggered hourly (Edit > Current project's triggers).", " */", ""]
    pv = None
    if S.pid is not None:
        lines.append("const %s = %s;" % (style(S.k.pid_tokens, "scream"), S.pid.q("gs")))
        pv = style(S.k.pid_tokens, "scream")
    inline = not S.obvious and chance(0.5)
    v = S.q("gs") if inline else S.name("scream")
    if not inline:
        lines.append("const %s = %s;" % (v, S.q("gs")))
    lines += ["const SHEET_NAME = 'Pipeline';", "", "function syncPipeline() {",
              "  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET_NAME);"]
    a = S.k.auth if S.family == "api" else "bearer"
    if S.family == "webhook":
        lines += ["  UrlFetchApp.fetch(%s, {" % v, "    method: 'post', contentType: 'application/json',",
                  "    payload: JSON.stringify({ text: 'Pipeline sheet refreshed ' + new Date().toISOString() }),", "  });", "}"]
        return pick(["apps-script/Code.gs", "Code.gs", "gas/pipeline.gs"]), "\n".join(lines) + "\n"
    if S.pid is not None:
        h = "Authorization: 'Basic ' + Utilities.base64Encode(%s + ':' + %s)" % (pv, v)
    elif a in ("basic_user", "basic_x"):
        h = "Authorization: 'Basic ' + Utilities.base64Encode(%s + ':%s')" % (v, "x" if a == "basic_x" else "")
    elif a.startswith("header:"):
        h = "'%s': %s" % (a[7:], v)
    elif a == "token_token":
        h = "Authorization: 'Token token=' + %s, 'X-Api-Version': '20240404'" % v
    else:
        h = "Authorization: 'Bearer ' + %s" % v
    lines += ["  const res = UrlFetchApp.fetch('%s%s', {" % (S.base, endpoint(S)), "    headers: { %s }," % h, "    muteHttpExceptions: true,", "  });",
              "  const rows = JSON.parse(res.getContentText()).map(c => [c.id, c.first_name, c.last_name, c.updated_at]);",
              "  sheet.getRange(2, 1, rows.length, 4).setValues(rows);", "}"]
    return pick(["apps-script/Code.gs", "Code.gs", "gas/pipeline.gs"]), "\n".join(lines) + "\n"


def t_sh_export(S):
    lines = ["#!/usr/bin/env bash", "# Export yesterday's %s data for the weekly hiring review." % S.label, "set -euo pipefail", ""]
    pv = None
    if S.pid is not None:
        lines.append("%s=%s" % (style(S.k.pid_tokens, "scream"), S.pid.q("sh")))
        pv = '"$%s"' % style(S.k.pid_tokens, "scream")
    inline = not S.obvious and chance(0.5)
    if inline:
        v = S.q("sh")
    else:
        lines.append("%s=%s" % (S.name("scream"), S.q("sh")))
        v = '"$%s"' % S.name("scream")
    lines += ['OUT="exports/$(date +%F)"', 'mkdir -p "$OUT"', "BODY='{}'", ""]
    lines += curl_use(S, v, pv)
    lines += ["", 'echo "wrote $OUT"']
    return pick(["scripts/export.sh", "bin/nightly-export.sh", "ops/pull_%s.sh" % S.provider]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- config-style hosts
def cfg_key(S, st):
    return S.name(st)


def other_env(S):
    """harmless neighbouring settings for env-style files"""
    pool = [("NODE_ENV", "production"), ("LOG_LEVEL", pick(["info", "debug", "warn"])), ("PORT", str(pick([3000, 8080, 5000]))),
            ("TZ", pick(["UTC", "Europe/Berlin", "America/New_York"])), ("SYNC_INTERVAL_MINUTES", str(pick([5, 15, 60]))),
            ("ATS_PROVIDER", S.provider), ("CAREERS_SITE_URL", "https://careers.%s.com" % S.sub),
            ("DEFAULT_DEPARTMENT", pick(DEPTS)), ("FEATURE_SCORECARDS", pick(["true", "false"])),
            ("SENTRY_ENVIRONMENT", pick(["production", "staging"])), ("MAX_RESUME_MB", str(pick([5, 10, 20]))),
            ("%s_BASE_URL" % S.provider.upper(), S.base), ("CANDIDATE_RETENTION_DAYS", str(pick([180, 365, 730])))]
    R.shuffle(pool)
    return pool[:R.randint(4, 9)]


def t_dotenv(S):
    lines = [pick(["# recruiting-sync local config", "# copied from staging, do not share", "# .env for the hiring dashboard", ""])]
    rows = other_env(S)
    rows.insert(R.randint(0, len(rows)), ("__SLOT__", ""))
    for k, v in rows:
        if k == "__SLOT__":
            if S.pid is not None:
                lines.append("%s=%s" % (style(S.k.pid_tokens, "scream"), S.pid.r("shell")))
            val = S.r("shell")
            lines.append("%s=%s" % (S.name("scream"), pick([val, '"%s"' % val]) if val else val))
        else:
            lines.append("%s=%s" % (k, v))
    lines += ["DATABASE_URL=${DATABASE_URL}" if S.family != "dburl" and chance(0.3) else "REDIS_HOST=localhost"]
    return pick([".env", ".env.local", ".env.production", "deploy/.env.staging", "services/sync/.env"]), "\n".join(lines) + "\n"


def yaml_q(v):
    if v == "":
        return pick(['""', "''", "~"])
    if v.startswith(("{", "[", "*", "&", "!", "%", "@", "`", "#", "-", "?", ":", "|", ">", "'", '"', "$")) or ": " in v or " #" in v or v.endswith(":"):
        return json.dumps(v)
    return pick([v, '"%s"' % v.replace('"', '\\"'), "'%s'" % v.replace("'", "''")])


def t_yaml_config(S):
    st = pick(["snake", "snake", "camel", "kebab"])
    ind = "  "
    lines = ["# integrations.yml - loaded by ats_bridge.config", "environment: %s" % pick(["production", "staging"]), "",
             "integrations:", ind + "%s:" % S.provider, ind * 2 + "enabled: true", ind * 2 + "%s: %s" % (style(["base", "url"], st), S.base)]
    if S.pid is not None:
        lines.append(ind * 2 + "%s: %s" % (style(S.k.pid_tokens[1:], st), yaml_q(S.pid.r("shell"))))
    lines.append(ind * 2 + "%s: %s" % (style(S.k.tokens[1:] if S.obvious else S.ntok, st), yaml_q(S.r("shell"))))
    lines += [ind * 2 + "%s: %d" % (style(["page", "size"], st), pick([50, 100, 500])),
              ind * 2 + "%s:" % style(["sync", "objects"], st)] + [ind * 3 + "- " + x for x in R.sample(["candidates", "applications", "jobs", "offers", "scorecards", "users"], 3)]
    lines += ["", "notifications:", ind + "channel: \"#%s\"" % pick(["recruiting-ops", "hiring-alerts", "talent-eng"]),
              ind + "%s: %s" % (style(["on", "failure"], st), pick(["true", "false"])), "",
              "retention:", ind + "%s: %d" % (style(["candidate", "days"], st), pick([180, 365, 730]))]
    return pick(["config/integrations.yml", "config/ats.yaml", "settings/%s.yml" % S.provider, "conf/app.yaml"]), "\n".join(lines) + "\n"


def t_compose(S):
    svc = pick(["ats-sync", "careers-api", "candidate-worker", "hiring-bot"])
    lines = ["services:", "  %s:" % svc, "    build: .", "    image: ghcr.io/%s/%s:latest" % (S.sub, svc), "    restart: unless-stopped",
             "    environment:"]
    env = other_env(S)[:4]
    asmap = chance(0.5)
    slot_rows = []
    if S.pid is not None:
        slot_rows.append((style(S.k.pid_tokens, "scream"), S.pid.r("shell")))
    slot_rows.append((S.name("scream"), S.r("shell")))
    rows = env[:2] + slot_rows + env[2:]
    for k, v in rows:
        lines.append("      %s: %s" % (k, yaml_q(v)) if asmap else "      - %s=%s" % (k, v))
    lines += ["    ports:", '      - "%d:%d"' % (pick([8080, 3000]), pick([8080, 3000])), "    depends_on:", "      - db", "",
              "  db:", "    image: postgres:%d" % pick([14, 15, 16]), "    environment:", "      POSTGRES_DB: ats",
              "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "",
              "volumes:", "  pgdata: {}"]
    return pick(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(lines) + "\n"


def t_gha(S):
    lines = ["name: %s sync" % S.label, "", "on:", "  schedule:", "    - cron: '%d */%d * * *'" % (R.randint(0, 59), pick([1, 2, 6])),
             "  workflow_dispatch: {}", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    if S.pid is not None:
        lines.append("      %s: %s" % (style(S.k.pid_tokens, "scream"), yaml_q(S.pid.r("gha"))))
    lines.append("      %s: %s" % (S.name("scream"), yaml_q(S.r("gha"))))
    lines += ["      PYTHON_VERSION: '3.12'", "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
              "        with:", "          python-version: ${{ env.PYTHON_VERSION }}", "      - run: pip install -r requirements.txt",
              "      - run: python scripts/%s_sync.py --since yesterday" % S.provider, "      - uses: actions/upload-artifact@v4",
              "        with:", "          name: export", "          path: exports/"]
    return pick([".github/workflows/sync.yml", ".github/workflows/%s-sync.yml" % S.provider, ".github/workflows/nightly.yml"]), "\n".join(lines) + "\n"


def t_gitlab(S):
    lines = ["stages: [test, sync]", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    if S.pid is not None:
        lines.append("  %s: %s" % (style(S.k.pid_tokens, "scream"), yaml_q(S.pid.r("shell"))))
    lines.append("  %s: %s" % (S.name("scream"), yaml_q(S.r("shell"))))
    lines += ["", "test:", "  stage: test", "  image: python:3.12", "  script:", "    - pip install -r requirements-dev.txt", "    - pytest -q",
              "", "sync:", "  stage: sync", "  image: python:3.12", "  rules:", '    - if: $CI_PIPELINE_SOURCE == "schedule"', "  script:",
              "    - python -m ats_bridge.sync --all"]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


def t_k8s_secret(S):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % S.provider, "  namespace: %s" % pick(["recruiting", "talent", "people-apps"]),
             "  labels:", "    app.kubernetes.io/part-of: ats-sync", "type: Opaque", "stringData:"]
    if S.pid is not None:
        lines.append("  %s: %s" % (style(S.k.pid_tokens[1:], "snake"), yaml_q(S.pid.r("shell"))))
    lines.append("  %s: %s" % (S.name("snake") if not S.obvious else style(S.k.tokens[1:], "snake"), yaml_q(S.r("shell"))))
    if S.base:
        lines.append("  base_url: %s" % S.base)
    return pick(["k8s/%s-secret.yaml" % S.provider, "deploy/k8s/secrets.yaml", "manifests/ats-sync/secret.yaml"]), "\n".join(lines) + "\n"


def t_k8s_deploy(S):
    app = pick(["ats-sync", "careers-api", "offer-letters"])
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  replicas: %d" % pick([1, 2, 3]),
             "  selector:", "    matchLabels:", "      app: %s" % app, "  template:", "    metadata:", "      labels:", "        app: %s" % app,
             "    spec:", "      containers:", "        - name: %s" % app, "          image: registry.%s.com/%s:%d.%d.%d" % (S.sub, app, R.randint(1, 3), R.randint(0, 20), R.randint(0, 9)),
             "          env:", "            - name: LOG_LEVEL", "              value: info"]
    if S.pid is not None:
        lines += ["            - name: %s" % style(S.k.pid_tokens, "scream"), "              value: %s" % yaml_q(S.pid.r("shell"))]
    lines += ["            - name: %s" % S.name("scream"), "              value: %s" % yaml_q(S.r("shell")),
              "          resources:", "            limits: { cpu: 500m, memory: 256Mi }", "          readinessProbe:",
              "            httpGet: { path: /healthz, port: 8080 }"]
    return pick(["k8s/deployment.yaml", "deploy/%s/deployment.yaml" % app]), "\n".join(lines) + "\n"


def t_helm_values(S):
    lines = ["# Default values for ats-sync.", "replicaCount: %d" % pick([1, 2]), "image:", "  repository: ghcr.io/%s/ats-sync" % S.sub,
             "  tag: \"%d.%d.%d\"" % (R.randint(0, 4), R.randint(0, 30), R.randint(0, 9)), "", "config:", "  provider: %s" % S.provider,
             "  baseUrl: %s" % (S.base or "n/a")]
    if S.pid is not None:
        lines.append("  %s: %s" % (style(S.k.pid_tokens[1:], "camel"), yaml_q(S.pid.r("shell"))))
    lines.append("  %s: %s" % (S.name("camel"), yaml_q(S.r("shell"))))
    lines += ["", "ingress:", "  enabled: %s" % pick(["true", "false"]), "  hosts:", "    - host: careers-sync.%s.com" % S.sub,
              "      paths: [\"/\"]", "", "resources: {}"]
    return pick(["charts/ats-sync/values.yaml", "helm/values-prod.yaml"]), "\n".join(lines) + "\n"


def t_properties(S):
    pre = pick(["ats", "app.integrations", "recruiting"])
    lines = ["# Spring Boot configuration", "spring.application.name=candidate-service", "server.port=%d" % pick([8080, 8081]),
             "spring.datasource.url=jdbc:postgresql://db:5432/candidates", "spring.datasource.username=candidates",
             "spring.datasource.password=${DB_PASSWORD}" if S.family != "dburl" else "spring.jpa.open-in-view=false",
             "", "%s.%s.base-url=%s" % (pre, S.provider, S.base)]
    if S.pid is not None:
        lines.append("%s.%s.%s=%s" % (pre, S.provider, style(S.k.pid_tokens[1:], "kebab"), S.pid.r("shell")))
    lines.append("%s.%s.%s=%s" % (pre, S.provider, S.name("kebab") if not S.obvious else style(S.k.tokens[1:], "kebab"), S.r("shell")))
    lines += ["%s.%s.connect-timeout=%ds" % (pre, S.provider, pick([5, 10])), "", "management.endpoints.web.exposure.include=health,info",
              "logging.level.com.%s=%s" % (S.sub, pick(["INFO", "DEBUG"]))]
    return "src/main/resources/application%s.properties" % pick(["", "-prod", "-staging"]), "\n".join(lines) + "\n"


def t_spring_yaml(S):
    lines = ["spring:", "  application:", "    name: hiring-workflow", "  jackson:", "    time-zone: UTC", "", "integrations:", "  %s:" % S.provider,
             "    base-url: %s" % (S.base or "n/a")]
    if S.pid is not None:
        lines.append("    %s: %s" % (style(S.k.pid_tokens[1:], "kebab"), yaml_q(S.pid.r("shell"))))
    lines.append("    %s: %s" % (S.name("kebab"), yaml_q(S.r("shell"))))
    lines += ["    read-timeout: 30s", "", "server:", "  port: 8080", "", "logging:", "  level:", "    root: INFO"]
    return "src/main/resources/application%s.yml" % pick(["", "-prod"]), "\n".join(lines) + "\n"


def t_ini(S):
    sec = S.provider
    lines = ["; ats-bridge configuration", "[general]", "log_file = /var/log/ats-bridge.log", "dry_run = %s" % pick(["false", "no"]), "",
             "[%s]" % sec, "base_url = %s" % (S.base or "n/a")]
    if S.pid is not None:
        lines.append("%s = %s" % (style(S.k.pid_tokens[1:], "snake"), S.pid.r("shell")))
    lines.append("%s = %s" % (S.name("snake") if not S.obvious else style(S.k.tokens[1:], "snake"), S.r("shell")))
    lines += ["timeout = %d" % pick([15, 30]), "", "[export]", "format = csv", "path = /srv/exports"]
    return pick(["config.ini", "ats_bridge.cfg", "etc/ats-bridge/bridge.ini"]), "\n".join(lines) + "\n"


def t_toml(S):
    lines = ["# Streamlit secrets for the hiring funnel dashboard" if chance(0.5) else "# app settings", "", "[%s]" % S.provider]
    if S.pid is not None:
        lines.append('%s = "%s"' % (style(S.k.pid_tokens[1:], "snake"), S.pid.r("shell")))
    lines.append('%s = "%s"' % (S.name("snake") if not S.obvious else style(S.k.tokens[1:], "snake"), S.r("shell")))
    lines += ['base_url = "%s"' % (S.base or "n/a"), "", "[dashboard]", 'title = "Hiring funnel"', "refresh_seconds = %d" % pick([60, 300])]
    return pick([".streamlit/secrets.toml", "config/settings.toml", "dashboard/config.toml"]), "\n".join(lines) + "\n"


def t_tfvars(S):
    lines = ["# terraform.tfvars for the recruiting stack", 'region      = "%s"' % pick(["us-east-1", "eu-central-1"]),
             'environment = "%s"' % pick(["prod", "staging"]), 'project     = "ats-sync"', ""]
    if S.pid is not None:
        lines.append('%s = "%s"' % (style(S.k.pid_tokens, "snake"), S.pid.r("shell")))
    v = S.r("shell")
    lines.append('%s = "%s"' % (S.name("snake"), v))
    lines += ["", "lambda_memory_mb = %d" % pick([256, 512]), "schedule_expression = \"rate(%d minutes)\"" % pick([15, 30, 60])]
    return pick(["terraform.tfvars", "infra/prod.tfvars", "terraform/envs/prod/terraform.tfvars"]), "\n".join(lines) + "\n"


def t_tf_main(S):
    lines = ['resource "aws_lambda_function" "ats_sync" {', '  function_name = "ats-sync-%s"' % S.provider, '  runtime       = "python3.12"',
             '  handler       = "handler.main"', '  role          = aws_iam_role.ats_sync.arn', '  filename      = "build/ats_sync.zip"', "",
             "  environment {", "    variables = {"]
    if S.pid is not None:
        lines.append("      %s = %s" % (style(S.k.pid_tokens, "scream"), S.pid.q("tf")))
    lines.append("      %s = %s" % (S.name("scream"), S.q("tf")))
    lines += ['      LOG_LEVEL = "INFO"', "    }", "  }", "}", "", 'resource "aws_cloudwatch_event_rule" "every_hour" {',
              '  schedule_expression = "rate(1 hour)"', "}"]
    return pick(["infra/lambda.tf", "terraform/main.tf"]), "\n".join(lines) + "\n"


def t_json_config(S):
    d = {"app": {"name": "careers-portal", "port": pick([3000, 8080])}, "integrations": {S.provider: {"baseUrl": S.base or None}}}
    if S.pid is not None:
        d["integrations"][S.provider][style(S.k.pid_tokens[1:], "camel")] = S.pid.r("shell")
    d["integrations"][S.provider][S.name("camel") if not S.obvious else style(S.k.tokens[1:], "camel")] = S.r("shell")
    d["integrations"][S.provider]["timeoutMs"] = pick([5000, 15000])
    d["logging"] = {"level": pick(["info", "warn"])}
    return pick(["config/production.json", "config/default.json", "appsettings.Production.json"]), json.dumps(d, indent=pick([2, 4])) + "\n"


def t_serverless(S):
    lines = ["service: ats-webhooks", "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: nodejs20.x",
             "  region: %s" % pick(["us-east-1", "eu-west-1"]), "  environment:", "    STAGE: ${sls:stage}"]
    if S.pid is not None:
        lines.append("    %s: %s" % (style(S.k.pid_tokens, "scream"), yaml_q(S.pid.r("shell"))))
    lines.append("    %s: %s" % (S.name("scream"), yaml_q(S.r("shell"))))
    lines += ["", "functions:", "  candidateHired:", "    handler: src/handlers/hired.handler", "    events:",
              "      - httpApi:", "          path: /webhooks/%s" % S.provider, "          method: post"]
    return "serverless.yml", "\n".join(lines) + "\n"


def t_app_json(S):
    env = {"NODE_ENV": {"value": "production"}}
    if S.pid is not None:
        env[style(S.k.pid_tokens, "scream")] = {"value": S.pid.r("shell")}
    env[S.name("scream")] = {"description": "%s credential" % S.label, "value": S.r("shell")}
    d = {"name": "careers-site", "description": "Careers page + application intake", "repository": "https://github.com/%s/careers-site" % S.sub,
         "env": env, "addons": ["heroku-postgresql:essential-0"], "buildpacks": [{"url": "heroku/nodejs"}]}
    return "app.json", json.dumps(d, indent=2) + "\n"


# ---------------------------------------------------------------- exports, docs, API tooling
def auth_header_text(S, val):
    """the HTTP header a request would carry; val is the rendered secret text"""
    a = S.k.auth
    if a in ("basic_user", "basic_x"):
        return "Authorization", "Basic " + val  # caller passes base64 already
    if a.startswith("header:"):
        return a[7:], val
    if a == "token_token":
        return "Authorization", "Token token=" + val
    return "Authorization", "Bearer " + val


def basic_b64(S, val):
    """for basic-auth providers the header holds base64(KEY:); when positive, the needle becomes that blob"""
    suffix = ":x" if S.k.auth == "basic_x" else ":"
    if S.mode == "secret":
        b = base64.b64encode((S.secret + suffix).encode()).decode()
        S.needle = b
        return b
    if S.mode == "example" and S.provider == "greenhouse":
        return "MGQwMzFkODIyN2VhZmE2MWRjMzc1YTZjMmUwNjdlMjQ6"
    return val  # placeholders / refs stay as written


def t_zapier(S):
    val = S.r("zap")
    steps = [{"id": R.randint(10 ** 8, 10 ** 9), "type_of": "read", "app": "GreenhouseCLIAPI@%d.%d.%d" % (R.randint(1, 3), R.randint(0, 9), R.randint(0, 9)),
              "action": "new_candidate", "params": {"board": S.sub}, "title": "New candidate in Greenhouse"}]
    params = {"url": S.base + endpoint(S) if S.family == "api" else (val if S.family == "webhook" else S.base or "https://example.invalid"),
              "method": "POST", "data": {"candidate": "{{%d__id}}" % steps[0]["id"], "email": "{{%d__email_addresses__value}}" % steps[0]["id"]}}
    if S.family == "webhook":
        pass
    elif S.family == "api" and S.k.auth in ("basic_user", "basic_x") and S.mode in ("secret", "example") and chance(0.4):
        params["headers"] = {"Authorization": "Basic " + basic_b64(S, val)}
    else:
        h, hv = auth_header_text(S, val) if S.family == "api" else (S.name("kebab"), val)
        params["headers"] = {h: hv}
        if S.pid is not None:
            params["headers"][style(S.k.pid_tokens[1:], "kebab")] = S.pid.r("zap")
    steps.append({"id": R.randint(10 ** 8, 10 ** 9), "type_of": "write", "app": "WebHookCLIAPI@1.0.%d" % R.randint(0, 30), "action": "custom",
                  "params": params, "title": "POST to %s" % S.label})
    d = {"metadata": {"version": 2}, "zaps": [{"id": R.randint(10 ** 8, 10 ** 9), "title": "New hire -> %s" % S.label, "status": "on", "steps": steps}]}
    return pick(["zapier/zap-export.json", "automations/zapier/new-hire.json"]), json.dumps(d, indent=2) + "\n"


def t_make(S):
    val = S.r("zap")
    hdrs = []
    if S.family == "api":
        if S.k.auth in ("basic_user", "basic_x") and chance(0.4):
            hdrs.append({"name": "Authorization", "value": "Basic " + basic_b64(S, val)})
        else:
            h, hv = auth_header_text(S, val)
            hdrs.append({"name": h, "value": hv})
        url = S.base + endpoint(S)
    elif S.family == "webhook":
        url = val
    else:
        hdrs.append({"name": S.name("kebab"), "value": val})
        url = S.base or "https://internal.%s.com/hooks" % S.sub
    if S.pid is not None and S.family != "api":
        hdrs.insert(0, {"name": style(S.k.pid_tokens[1:], "kebab"), "value": S.pid.r("zap")})
    d = {"name": "Offer accepted -> %s" % S.label, "flow": [
        {"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": R.randint(100000, 999999), "maxResults": 1}},
        {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": False},
         "mapper": {"url": url, "method": "post", "headers": hdrs, "bodyType": "raw", "contentType": "application/json",
                    "data": "{\"candidate_id\": \"{{1.candidate_id}}\"}"}}],
        "metadata": {"version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return pick(["make/scenario-blueprint.json", "automations/make/offer-accepted.blueprint.json"]), json.dumps(d, indent=pick([2, 4])) + "\n"


def t_n8n(S):
    val = S.r("zap")
    hp = []
    if S.family == "api":
        if S.k.auth in ("basic_user", "basic_x") and chance(0.4):
            hp.append({"name": "Authorization", "value": "Basic " + basic_b64(S, val)})
        else:
            h, hv = auth_header_text(S, val)
            hp.append({"name": h, "value": hv})
    else:
        hp.append({"name": S.name("kebab"), "value": val})
    if S.pid is not None:
        hp.insert(0, {"name": style(S.k.pid_tokens[1:], "kebab"), "value": S.pid.r("zap")})
    d = {"name": "%s candidate sync" % S.label, "nodes": [
        {"parameters": {"rule": {"interval": [{"field": "hours"}]}}, "name": "Schedule", "type": "n8n-nodes-base.scheduleTrigger",
         "typeVersion": 1, "position": [240, 300], "id": uuid4()},
        {"parameters": {"url": (S.base + endpoint(S)) if S.family != "webhook" else val, "sendHeaders": True,
                        "headerParameters": {"parameters": hp}, "options": {}},
         "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4, "position": [460, 300], "id": uuid4()}],
        "connections": {"Schedule": {"main": [[{"node": "HTTP Request", "type": "main", "index": 0}]]}}, "active": True,
        "versionId": uuid4()}
    return pick(["n8n/workflows/candidate-sync.json", "workflows/%s.json" % S.provider]), json.dumps(d, indent=2) + "\n"


def t_postman(S):
    val = S.r("postman")
    req = {"method": "GET", "header": [{"key": "Accept", "value": "application/json"}],
           "url": {"raw": S.base + endpoint(S), "host": [S.base.split("/")[2] if S.base else "localhost"], "path": endpoint(S).strip("/").split("/")}}
    a = S.k.auth
    if S.family == "api" and a in ("basic_user", "basic_x"):
        req["auth"] = {"type": "basic", "basic": [{"key": "username", "value": val, "type": "string"},
                                                  {"key": "password", "value": "x" if a == "basic_x" else "", "type": "string"}]}
    elif S.family == "api" and a.startswith("query:"):
        req["url"]["query"] = [{"key": a[6:], "value": val}]
        req["url"]["raw"] += "?%s=%s" % (a[6:], val)
    elif S.family == "api" and (a.startswith("header:") or a == "token_token"):
        h, hv = auth_header_text(S, val)
        req["header"].append({"key": h, "value": hv})
    elif S.pid is not None:
        req["auth"] = {"type": "basic", "basic": [{"key": "username", "value": S.pid.r("postman"), "type": "string"},
                                                  {"key": "password", "value": val, "type": "string"}]}
    else:
        req["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": val, "type": "string"}]}
    d = {"info": {"_postman_id": uuid4(), "name": "%s API" % S.label,
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "List", "request": req, "response": []},
                  {"name": "Get one", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}%s/%s" % (endpoint(S), gh_id())}}, "response": []}],
         "variable": [{"key": "baseUrl", "value": S.base}]}
    return pick(["postman/%s.postman_collection.json" % S.label.replace(" ", "_"), "docs/postman/ats.postman_collection.json"]), json.dumps(d, indent="\t" if chance(0.5) else 2) + "\n"


def t_postman_env(S):
    vals = [{"key": "baseUrl", "value": S.base, "type": "default", "enabled": True}]
    if S.pid is not None:
        vals.append({"key": style(S.k.pid_tokens[1:], "camel"), "value": S.pid.r("shell"), "type": "default", "enabled": True})
    vals.append({"key": S.name("camel"), "value": S.r("shell"), "type": pick(["default", "secret"]), "enabled": True})
    vals.append({"key": "candidateId", "value": gh_id(), "type": "default", "enabled": True})
    d = {"id": uuid4(), "name": "%s - %s" % (S.label, pick(["prod", "staging", "sandbox"])), "values": vals,
         "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (R.randint(0, 24), R.randint(0, 9))}
    return pick(["postman/%s.postman_environment.json" % S.provider, "postman/environments/prod.postman_environment.json"]), json.dumps(d, indent="\t") + "\n"


def t_csv_inventory(S):
    lines = ["vendor,owner,environment,username,credential,rotated_on,notes"]
    rows = []
    for v in R.sample(["Greenhouse", "Lever", "Checkr", "BambooHR", "Slack", "Okta", "Zoom", "DocuSign", "Calendly", "LinkedIn Recruiter"], 4):
        rows.append("%s,%s,prod,%s,see 1Password,%s,%s" % (v, pick(FIRST).lower(), pick(["api", "svc-recruiting", "integration"]), date(),
                                                          pick(["", "SSO only", "owned by IT", "renew in Q3"])))
    u = S.pid.r("shell") if S.pid is not None else pick(["api", "svc-recruiting", "n/a"])
    val = S.r("shell")
    if "," in val or '"' in val:
        val = '"%s"' % val.replace('"', '""')
    rows.insert(R.randint(0, len(rows)), "%s,%s,prod,%s,%s,%s,%s" % (S.label, pick(FIRST).lower(), u, val, date(), pick(["temp until vault migration", "", "from onboarding call"])))
    return pick(["ops/vendor_credentials.csv", "docs/integrations_inventory.csv"]), "\n".join(lines + rows) + "\n"


def curl_md(S, v, pv):
    return curl_use(S, v, pv)


def t_readme(S):
    lines = ["# %s-sync" % S.provider, "", "Small service that keeps our %s data in sync with the people warehouse." % S.label, "",
             "## Setup", "", "```bash", "python -m venv .venv && . .venv/bin/activate", "pip install -r requirements.txt", "```", "",
             "## Quick test", "", "```bash"]
    pv = S.pid.r("md") if S.pid is not None else None
    v = S.r("md")
    if S.family == "api" and S.k.auth in ("basic_user", "basic_x") and chance(0.35):
        lines += ['curl -s -H "Authorization: Basic %s" "%s%s"' % (basic_b64(S, v), S.base, endpoint(S))]
    else:
        lines += curl_use(S, v, pv)
    lines += ["```", "", "## Deploy", "", "Pushed to `main` deploys via the `sync` GitHub workflow. Owner: #%s." % pick(["talent-eng", "people-systems"]),
              "", "| setting | default |", "|---|---|", "| `PAGE_SIZE` | %d |" % pick([100, 500]), "| `SYNC_INTERVAL` | 15m |"]
    return pick(["README.md", "services/%s-sync/README.md" % S.provider, "docs/README.md"]), "\n".join(lines) + "\n"


def t_runbook(S):
    lines = ["# Runbook: %s integration" % S.label, "", "_Last reviewed %s by %s._" % (date(), pick(FIRST)), "",
             "## Symptoms", "", "- Candidates stop appearing in the hiring dashboard", "- `ats_sync_failures_total` alert in #%s" % pick(["recruiting-ops", "oncall-people"]),
             "", "## Check the credential", ""]
    if S.pid is not None:
        lines.append("- %s: `%s`" % (" ".join(S.k.pid_tokens[1:]).title(), S.pid.r("md")))
    lines += ["- %s: `%s`" % (("Key" if not S.obvious else " ".join(S.k.tokens[1:]).title()), S.r("md")), "",
              "If it returns 401, regenerate it in the %s admin and update the deployment." % S.label, "",
              "## Replay missed webhooks", "", "1. Find the failed delivery ids in the logs", "2. `python -m ats_bridge.replay --since 2h`",
              "3. Confirm counts in Metabase (dashboard %d)" % R.randint(10, 400)]
    return pick(["notes/runbook.md", "docs/runbooks/%s.md" % S.provider, "ops/RUNBOOK.md"]), "\n".join(lines) + "\n"


def t_http_file(S):
    lines = ["### %s API scratchpad (VS Code REST Client)" % S.label, "@base = %s" % S.base]
    a = S.k.auth
    v = S.r("shell")
    if S.family == "api" and a in ("basic_user", "basic_x"):
        if chance(0.5):
            lines += ["", "GET {{base}}%s" % endpoint(S), "Authorization: Basic %s" % basic_b64(S, v)]
        else:
            lines += ["@key = %s" % v, "", "GET {{base}}%s" % endpoint(S), "Authorization: Basic {{key}}:%s" % ("x" if a == "basic_x" else "")]
    elif S.family == "api" and a.startswith("query:"):
        lines += ["", "GET {{base}}%s?%s=%s" % (endpoint(S), a[6:], v)]
    elif S.family == "api":
        h, hv = auth_header_text(S, v)
        lines += ["", "GET {{base}}%s" % endpoint(S), "%s: %s" % (h, hv)]
    elif S.family == "oauth" and S.provider != "twilio":
        lines += ["", "POST %s" % token_url(S), "Content-Type: application/x-www-form-urlencoded", "",
                  "grant_type=client_credentials&client_id=%s&client_secret=%s" % (S.pid.r("shell"), v)]
    else:
        pv = S.pid.r("shell") if S.pid is not None else "api"
        lines += ["", "GET {{base}}/v1/status", "Authorization: Basic %s:%s" % (pv, v)]
    lines += ["Accept: application/json", "", "###", "", "GET {{base}}%s/%s" % (endpoint(S), gh_id()), "Accept: application/json"]
    return pick(["requests/%s.http" % S.provider, "api.http", "scratch/ats.http"]), "\n".join(lines) + "\n"


def t_ipynb(S):
    decl, v, pv = bind(S, "py", "snake")
    src1 = ["import pandas as pd\n"] + [x + "\n" for x in py_imports(S)] + [x + "\n" for x in decl]
    src2 = [py_fn_sig(S) + "\n"] + [x + "\n" for x in py_use(S, v, pv)]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Funnel analysis: %s\n" % S.label, "Time-to-hire by source, %s.\n" % date()]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2},
             {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["rows: %d\n" % R.randint(100, 9000)]}],
              "source": ["df = pd.DataFrame([])\n", "print('rows:', len(df))"]}]
    d = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return pick(["notebooks/funnel_analysis.ipynb", "analysis/time_to_hire.ipynb"]), json.dumps(d, indent=1) + "\n"


# --------------------------------------------------------------------------------------
# negative-only domain look-alikes: each returns (relpath, text, provider, kind)
# --------------------------------------------------------------------------------------
def n_candidates_csv():
    cols = ["candidate_id", "application_id", "first_name", "last_name", "email", "phone", "job_id", "requisition", "stage", "source", "applied_at"]
    lines = [",".join(cols)]
    for _ in range(R.randint(6, 30)):
        f, l, em = person()
        lines.append(",".join([gh_id(), gh_id(), f, '"%s"' % l if "'" in l else l, em, '"%s"' % phone(), str(R.randint(4000000, 4999999)),
                               req_no(), pick(STAGES), pick(SOURCES), ts()]))
    return pick(["exports/candidates_%s.csv" % date(), "data/greenhouse_export.csv", "reports/pipeline.csv"]), "\n".join(lines) + "\n", "greenhouse", "candidate_ids_export"


def n_board_embed():
    slug = company().replace("-", "")
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Careers at %s</title>" % slug.title(), "</head>",
             "<body>", "  <h1>Open roles</h1>", "  <div id=\"grnhse_app\"></div>",
             "  <script src=\"https://boards.greenhouse.io/embed/job_board/js?for=%s\"></script>" % slug,
             "  <script>", pick(["    // board token is the public job-board slug", "    // careers page"]), "    window.GH_BOARD_TOKEN = '%s';" % slug,
             "    Grnhse.Iframe.load(%s);" % (gh_id() if chance(0.5) else ""), "  </script>", "</body>", "</html>"]
    return pick(["site/careers.html", "public/careers/index.html"]), "\n".join(lines) + "\n", "greenhouse", "public_board_token"


def n_board_fetch_py():
    slug = company().replace("-", "")
    lines = ['"""Render the public Greenhouse job board into our static site (no auth needed)."""', "import requests", "",
             'BOARD_TOKEN = "%s"  # public slug: boards.greenhouse.io/%s' % (slug, slug),
             'URL = f"https://boards-api.greenhouse.io/v1/boards/{BOARD_TOKEN}/jobs?content=true"', "", "",
             "def fetch_jobs():", "    resp = requests.get(URL, timeout=15)", "    resp.raise_for_status()",
             '    return [(j["id"], j["title"], j["location"]["name"]) for j in resp.json()["jobs"]]', "", "",
             'if __name__ == "__main__":', "    for job_id, title, loc in fetch_jobs():", '        print(f"{job_id}\\t{title}\\t{loc}")']
    return "scripts/build_careers_page.py", "\n".join(lines) + "\n", "greenhouse", "public_board_token"


def n_lever_postings():
    site = company()
    lines = ["// Public Lever Postings API - no key required for GET", "const LEVER_SITE = '%s';" % site, "",
             "export async function getPostings(team) {",
             "  const url = new URL(`https://api.lever.co/v0/postings/${LEVER_SITE}`);", "  url.searchParams.set('mode', 'json');",
             "  if (team) url.searchParams.set('team', team);", "  const res = await fetch(url);", "  return res.json();", "}", "",
             "// example posting id from the board: %s" % uuid4()]
    return pick(["src/lib/lever-postings.js", "lib/careers/lever.js"]), "\n".join(lines) + "\n", "lever", "public_postings_site"


def n_ashby_board():
    name = company().replace("-", "").title()
    lines = ["import type { NextApiRequest, NextApiResponse } from 'next';", "",
             "// Ashby public job posting API: the job board name is public (jobs.ashbyhq.com/%s)" % name,
             "const JOB_BOARD_NAME = '%s';" % name, "",
             "export default async function handler(_req: NextApiRequest, res: NextApiResponse) {",
             "  const r = await fetch(`https://api.ashbyhq.com/posting-api/job-board/${JOB_BOARD_NAME}?includeCompensation=true`);",
             "  const { jobs } = await r.json();", "  res.setHeader('Cache-Control', 's-maxage=600');",
             "  res.status(200).json(jobs.map((j: any) => ({ id: j.id, title: j.title, dept: j.department })));", "}"]
    return "pages/api/jobs.ts", "\n".join(lines) + "\n", "ashby", "public_job_board_name"


def n_gh_webhook_fixture():
    pf, pl, pe = person()
    body = {"action": "candidate_hired", "payload": {"application": {"id": int(gh_id()), "candidate": {"id": int(gh_id()), "first_name": pf,
            "last_name": pl, "email_addresses": [{"value": pe, "type": "personal"}]}, "jobs": [{"id": int(gh_id()), "name": pick(JOBS),
            "requisition_id": req_no()}], "current_stage": {"id": int(gh_id()), "name": "Offer"}}}}
    raw = json.dumps(body, separators=(",", ":"))
    sig = hmac.new(rs(B62, 24).encode(), raw.encode(), hashlib.sha256).hexdigest()  # key discarded, never written
    d = {"headers": {"Content-Type": "application/json", "Signature": "sha256 " + sig, "User-Agent": "Greenhouse"}, "body": body}
    return pick(["tests/fixtures/greenhouse/candidate_hired.json", "spec/fixtures/webhooks/gh_hired.json"]), json.dumps(d, indent=2) + "\n", "greenhouse", "webhook_signature_sample"


def n_checkr_event():
    cid, rid = rs(HEX, 24), rs(HEX, 24)
    d = {"id": rs(HEX, 24), "object": "event", "type": "report.completed", "created_at": ts(), "webhook_url": "https://ats.%s.com/hooks/checkr" % _sub(),
         "data": {"object": {"id": rid, "object": "report", "status": pick(["clear", "consider"]), "adjudication": None,
                             "package": pick(["driver_pro", "tasker_standard", "essential_criminal"]), "candidate_id": cid,
                             "ssn_trace_id": rs(HEX, 24), "sex_offender_search_id": rs(HEX, 24),
                             "county_criminal_search_ids": [rs(HEX, 24) for _ in range(R.randint(1, 3))], "turnaround_time": R.randint(3000, 400000)}},
         "account_id": rs(HEX, 24)}
    return pick(["test/fixtures/checkr/report_completed.json", "fixtures/checkr_event.json"]), json.dumps(d, indent=2) + "\n", "checkr", "report_and_candidate_ids"


def n_requisitions_yaml():
    lines = ["# Approved headcount %s - synced to Workday weekly" % R.randint(2023, 2025), "requisitions:"]
    for _ in range(R.randint(3, 7)):
        f, l, em = person()
        lines += ["  - id: %s" % req_no(), "    title: %s" % pick(JOBS), "    department: %s" % pick(DEPTS), "    location: %s" % pick(CITIES),
                  "    hiring_manager: %s.%s@%s.com" % (f.lower(), l.lower().replace("'", ""), _sub()), "    greenhouse_job_id: %s" % gh_id(),
                  "    cost_center: CC-%04d" % R.randint(100, 9999), "    status: %s" % pick(["open", "on_hold", "filled"])]
    return pick(["config/requisitions.yml", "headcount/2025.yaml"]), "\n".join(lines) + "\n", "workday", "requisition_numbers"


def n_i18n():
    if chance(0.5):
        lines = ["en:", "  integrations:", "    greenhouse:", "      api_key_label: \"Harvest API key\"",
                 "      api_key_hint: \"Paste the key from Configure > Dev Center > API Credential Management\"",
                 "      api_key_invalid: \"That API key was rejected by Greenhouse (401).\"", "    checkr:",
                 "      api_key_label: \"Checkr API key\"", "      token_placeholder: \"e.g. 4f8c…\"", "    lever:",
                 "      password: \"Password\"", "      secret_token: \"Signature token\"", "      connect: \"Connect Lever\""]
        return "config/locales/en.yml", "\n".join(lines) + "\n", "i18n", "ui_strings"
    d = {"settings": {"apiKey": "API-Schlüssel", "apiKeyHelp": "Den API-Schlüssel finden Sie in Personio unter Einstellungen > API-Zugangsdaten.",
                      "clientId": "Client-ID", "clientSecret": "Client-Secret", "password": "Passwort", "token": "Token",
                      "save": "Speichern", "secretHidden": "•••••••• (gespeichert)"}}
    return "src/locales/de.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "ui_strings"


def n_setup_doc():
    lines = ["# Connecting Greenhouse", "", "1. In Greenhouse go to **Configure > Dev Center > API Credential Management**.",
             "2. Create a **Harvest** key with the permissions listed below.", "3. Store it in 1Password (`Recruiting / Greenhouse Harvest`) and in the",
             "   deployment as `GREENHOUSE_API_KEY`.", "", "Harvest uses HTTP Basic auth with the key as username and an empty password.",
             "Greenhouse's own docs show the header shape like this (documentation example, not our key):", "", "```",
             "Authorization: Basic MGQwMzFkODIyN2VhZmE2MWRjMzc1YTZjMmUwNjdlMjQ6", "```", "", "Local test:", "", "```bash",
             'curl -u "$GREENHOUSE_API_KEY:" https://harvest.greenhouse.io/v1/candidates?per_page=1', "```", "",
             "Required permissions: Candidates (GET), Applications (GET), Jobs (GET), Users (GET)."]
    return pick(["docs/integrations/greenhouse.md", "docs/setup.md"]), "\n".join(lines) + "\n", "greenhouse", "documented_example"


def n_gha_refs():
    lines = ["name: nightly ats sync", "on:", "  schedule:", "    - cron: '15 3 * * *'", "jobs:", "  sync:", "    runs-on: ubuntu-latest",
             "    environment: production", "    env:", "      GREENHOUSE_API_KEY: ${{ secrets.GREENHOUSE_API_KEY }}",
             "      CHECKR_API_KEY: ${{ secrets.CHECKR_API_KEY }}", "      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}",
             "      AWS_ROLE_ARN: arn:aws:iam::%d:role/ats-sync-ci" % R.randint(10 ** 11, 10 ** 12 - 1), "    permissions:",
             "      id-token: write", "      contents: read", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:", "          role-to-assume: ${{ env.AWS_ROLE_ARN }}",
             "          aws-region: us-east-1", "      - run: make sync"]
    return ".github/workflows/nightly-sync.yml", "\n".join(lines) + "\n", "github-actions", "secret_references"


def n_env_example():
    keys = ["GREENHOUSE_API_KEY", "GREENHOUSE_WEBHOOK_SECRET", "LEVER_API_KEY", "CHECKR_API_KEY", "PERSONIO_CLIENT_ID", "PERSONIO_CLIENT_SECRET",
            "MERGE_API_KEY", "MERGE_ACCOUNT_TOKEN", "SLACK_WEBHOOK_URL", "DATABASE_URL", "SENDGRID_API_KEY"]
    R.shuffle(keys)
    lines = ["# Copy to .env and fill in. Never commit the real file."]
    for k in keys[:R.randint(5, 10)]:
        lines.append("%s=%s" % (k, pick(["", "", "changeme", "<%s>" % k.lower(), "your-value-here", "xxxxxxxx"])))
    lines += ["LOG_LEVEL=info", "PORT=3000"]
    return ".env.example", "\n".join(lines) + "\n", "config", "placeholders"


def n_resume_manifest():
    items = []
    for _ in range(R.randint(3, 8)):
        data = rs(B62, 40).encode()
        items.append({"candidate_id": int(gh_id()), "file": "resumes/%s.pdf" % uuid4(), "sha256": hashlib.sha256(data).hexdigest(),
                      "sha1": hashlib.sha1(data).hexdigest(), "etag": '"%s"' % hashlib.md5(data).hexdigest(), "bytes": R.randint(30000, 900000)})
    return pick(["data/resume_manifest.json", "exports/attachments/manifest.json"]), json.dumps({"generated_at": ts(), "items": items}, indent=2) + "\n", "s3", "file_digests"


def n_changelog():
    lines = ["# Changelog", ""]
    for i in range(R.randint(3, 6)):
        lines += ["## %d.%d.%d - %s" % (2, 9 - i, R.randint(0, 9), date()), ""]
        for _ in range(R.randint(2, 4)):
            sha = rs(HEX, 40)
            lines.append("- %s (%s)" % (pick(["Handle Greenhouse 429 retries", "Map Lever archive reasons", "Add Checkr adjudication field",
                                              "Fix Workable pagination", "Rotate keys via Vault agent", "Drop PII from logs"]),
                                        pick(["[%s](https://github.com/%s/ats-sync/commit/%s)" % (sha[:7], _sub(), sha), sha])))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines), "git", "commit_shas"


def n_profile_json():
    f, l, em = person()
    d = {"candidate": {"id": int(gh_id()), "name": "%s %s" % (f, l), "email": em, "phone": phone(),
                       "avatar": "https://www.gravatar.com/avatar/%s?s=200&d=identicon" % hashlib.md5(em.encode()).hexdigest(),
                       "linkedin": "https://www.linkedin.com/in/%s-%s-%s" % (f.lower(), l.lower().replace("'", ""), rs(LOWNUM, 8)),
                       "applications": [{"id": int(gh_id()), "job_id": int(gh_id()), "status": pick(["active", "rejected", "hired"])}],
                       "tags": R.sample(["python", "referral", "silver-medalist", "relocation", "visa"], 2), "updated_at": ts()}}
    return pick(["tests/fixtures/candidate.json", "mocks/candidate_%s.json" % gh_id()]), json.dumps(d, indent=2) + "\n", "greenhouse", "candidate_profile"


def n_oauth_public():
    lines = [pick(["// OAuth client ids are public; secrets live server-side only.", "// public runtime config"]), "export const oauth = {", "  linkedin: {",
             "    clientId: '%s'," % rs(LOWNUM, 14), "    redirectUri: 'https://careers.%s.com/auth/linkedin/callback'," % _sub(),
             "    scope: 'openid profile email',", "  },", "  indeed: {", "    clientId: '%s'," % rs(HEX, 32),
             "    redirectUri: 'https://careers.%s.com/auth/indeed/callback'," % _sub(), "  },", "};", "",
             "export const recaptchaSiteKey = '6L%s';" % rs(B64URL, 38), "export const stripePublishableKey = 'pk_live_%s';" % rs(B62, 24)]
    return pick(["src/config/oauth.ts", "web/src/publicConfig.ts"]), "\n".join(lines) + "\n", "linkedin", "public_client_ids"


def n_hibob_ids():
    lines = ["import os", "import requests", "", pick(["# service user id is an identifier; the token comes from the environment", "# HRIS lookups"]),
             'HIBOB_SERVICE_USER_ID = "SERVICE-%d"' % R.randint(10000, 99999), 'PERSONIO_CLIENT_ID = "papi-%s"' % uuid4(), "", "",
             "def hibob_people():", '    token = os.environ["HIBOB_SERVICE_USER_TOKEN"]',
             '    r = requests.post("https://api.hibob.com/v1/people/search", auth=(HIBOB_SERVICE_USER_ID, token),',
             '                      json={"fields": ["root.id", "root.email", "work.department"]}, timeout=30)', "    r.raise_for_status()",
             '    return r.json()["employees"]']
    return "hris/people.py", "\n".join(lines) + "\n", "hibob", "service_user_id"


def n_twilio_sid():
    lines = ["const twilio = require('twilio');", "", pick(["// Account SID and Messaging Service SID are identifiers, not secrets", "// interview reminders"]),
             "const ACCOUNT_SID = 'AC%s';" % rs(HEX, 32), "const MESSAGING_SERVICE_SID = 'MG%s';" % rs(HEX, 32), "",
             "const client = twilio(ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);", "",
             "module.exports.remindInterview = (to, when) => client.messages.create({", "  messagingServiceSid: MESSAGING_SERVICE_SID,", "  to,",
             "  body: `Reminder: your interview with us is on ${when}. Reply C to confirm.`,", "});"]
    return "src/notifications/sms.js", "\n".join(lines) + "\n", "twilio", "account_sid"


def n_apps_script_props():
    sheet = rs(B64URL, 44)
    lines = ["// Interview scheduler sheet", "const SPREADSHEET_ID = '%s';" % sheet, "const CALENDAR_ID = '%s@group.calendar.google.com';" % rs(LOWNUM, 26), "",
             "function getKey_() {", "  return PropertiesService.getScriptProperties().getProperty('GREENHOUSE_API_KEY');", "}", "",
             "function listInterviews() {", "  const res = UrlFetchApp.fetch('https://harvest.greenhouse.io/v1/scheduled_interviews', {",
             "    headers: { Authorization: 'Basic ' + Utilities.base64Encode(getKey_() + ':') },", "  });",
             "  const rows = JSON.parse(res.getContentText()).map(i => [i.id, i.start.date_time, i.status]);",
             "  SpreadsheetApp.openById(SPREADSHEET_ID).getSheetByName('Interviews').getRange(2, 1, rows.length, 3).setValues(rows);", "}"]
    return "apps-script/Interviews.gs", "\n".join(lines) + "\n", "google", "sheet_and_calendar_ids"


def n_merge_webhook():
    d = {"hook": {"id": uuid4(), "event": "Candidate.changed", "target": "https://ats.%s.com/merge/hooks" % _sub()},
         "linked_account": {"id": uuid4(), "integration": pick(["Greenhouse", "Lever", "Workable", "Ashby"]), "integration_slug": "greenhouse",
                            "category": "ats", "end_user_origin_id": "org_%d" % R.randint(1000, 99999), "end_user_organization_name": company().title(),
                            "end_user_email_address": person()[2], "status": "COMPLETE"},
         "data": {"id": uuid4(), "remote_id": gh_id(), "first_name": pick(FIRST), "last_name": pick(LAST), "applications": [uuid4(), uuid4()],
                  "modified_at": ts()}}
    return pick(["tests/fixtures/merge/candidate_changed.json", "samples/merge_webhook.json"]), json.dumps(d, indent=2) + "\n", "merge", "linked_account_ids"


def n_nock_test():
    lines = ["const nock = require('nock');", "const { syncCandidates } = require('../src/sync');", "",
             "describe('syncCandidates', () => {", "  beforeEach(() => {", "    process.env.LEVER_API_KEY = 'test-key';", "  });", "",
             "  it('pages through opportunities', async () => {", "    nock('https://api.lever.co')",
             "      .matchHeader('authorization', /^Basic /)", "      .get('/v1/opportunities')", "      .query(true)",
             "      .reply(200, { data: [{ id: '%s', name: 'Ada Lovelace' }], hasNext: false });" % uuid4(), "",
             "    const rows = await syncCandidates();", "    expect(rows).toHaveLength(1);", "  });", "});"]
    return pick(["test/sync.test.js", "__tests__/lever-sync.test.js"]), "\n".join(lines) + "\n", "lever", "test_fake_key"


def n_sealed_secret():
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: ats-sync-credentials", "  namespace: recruiting",
             "spec:", "  encryptedData:", "    GREENHOUSE_API_KEY: Ag%s" % rs(B64, R.randint(300, 420)), "    CHECKR_API_KEY: Ag%s" % rs(B64, R.randint(300, 420)),
             "  template:", "    metadata:", "      name: ats-sync-credentials", "    type: Opaque"]
    return pick(["k8s/sealed-secret.yaml", "deploy/recruiting/sealedsecret.yaml"]), "\n".join(lines) + "\n", "kubernetes", "ciphertext"


def n_workable_sitemap():
    sub = _sub()
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for _ in range(R.randint(4, 10)):
        lines += ["  <url>", "    <loc>https://apply.workable.com/%s/j/%s/</loc>" % (sub, rs(HEXU, 10)), "    <lastmod>%s</lastmod>" % date(), "  </url>"]
    lines.append("</urlset>")
    return "public/sitemap-jobs.xml", "\n".join(lines) + "\n", "workable", "job_shortcodes"


def n_recruitee_widget():
    slug = company()
    lines = ["<!-- Recruitee careers widget: the company slug and offer slugs are public -->", "<div id=\"recruitee-careers\"></div>",
             "<script>", "  var rtapp = rtapp || {};", "  rtapp.company = '%s';" % slug, "  rtapp.offers = [", ]
    for _ in range(R.randint(2, 5)):
        lines.append("    { id: %d, slug: '%s-%d' }," % (R.randint(100000, 2999999), pick(JOBS).lower().replace(" ", "-"), R.randint(1, 9)))
    lines += ["  ];", "</script>", "<script src=\"https://%s.recruitee.com/api/offers/?embed=1\" async></script>" % slug]
    return "site/partials/careers-widget.html", "\n".join(lines) + "\n", "recruitee", "public_company_slug"


def n_tf_secret_shell():
    lines = ['resource "aws_secretsmanager_secret" "greenhouse" {', '  name        = "prod/ats/greenhouse-api-key"',
             '  description = "Harvest key; value set out-of-band by the people-systems team"', '  kms_key_id  = aws_kms_key.ats.arn', "}", "",
             'data "aws_secretsmanager_secret_version" "checkr" {', '  secret_id = "prod/ats/checkr-api-key"', "}", "",
             'resource "aws_ssm_parameter" "board_token" {', '  name  = "/careers/greenhouse/board_token"', '  type  = "String"',
             '  value = "%s" # public job-board slug' % company().replace("-", ""), "}", "",
             'output "webhook_id" {', '  value = "%s"' % uuid4(), "}"]
    return pick(["infra/secrets.tf", "terraform/ats/secrets.tf"]), "\n".join(lines) + "\n", "aws", "secret_manager_refs"


def n_interviews_ics():
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Kit//EN"]
    for _ in range(R.randint(2, 4)):
        f, l, em = person()
        lines += ["BEGIN:VEVENT", "UID:%s@greenhouse.io" % uuid4(), "DTSTART:%s" % ts().replace("-", "").replace(":", ""),
                  "SUMMARY:Interview: %s %s - %s" % (f, l, pick(JOBS)), "ATTENDEE;CN=%s %s:mailto:%s" % (f, l, em),
                  "DESCRIPTION:Zoom https://%s.zoom.us/j/%d (meeting id %d)" % (_sub(), R.randint(10 ** 9, 10 ** 10), R.randint(10 ** 9, 10 ** 10)), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "fixtures/interviews.ics", "\r\n".join(lines) + "\r\n", "greenhouse", "interview_ids"


def n_hackerrank_results():
    lines = ["test_id,candidate_email,score,percentage,plagiarism,report_url"]
    for _ in range(R.randint(5, 15)):
        tid = R.randint(100000, 999999)
        lines.append("%d,%s,%d,%d%%,%s,https://www.hackerrank.com/x/tests/%d/candidates/%d/report" % (tid, person()[2], R.randint(0, 300), R.randint(0, 100),
                                                                                                 pick(["false", "false", "true"]), tid, R.randint(10 ** 7, 10 ** 8)))
    return "exports/hackerrank_results.csv", "\n".join(lines) + "\n", "hackerrank", "test_and_candidate_ids"


NEG_DOMAIN = [
    ("candidates_csv", "csv", n_candidates_csv), ("board_embed", "html", n_board_embed), ("board_fetch", "python", n_board_fetch_py),
    ("lever_postings", "javascript", n_lever_postings), ("ashby_board", "typescript", n_ashby_board), ("gh_webhook_fixture", "json", n_gh_webhook_fixture),
    ("checkr_event", "json", n_checkr_event), ("requisitions", "yaml", n_requisitions_yaml), ("i18n", "locale", n_i18n),
    ("setup_doc", "markdown", n_setup_doc), ("gha_refs", "github-actions", n_gha_refs), ("env_example", "dotenv", n_env_example),
    ("resume_manifest", "json", n_resume_manifest), ("changelog", "markdown", n_changelog), ("profile_json", "json", n_profile_json),
    ("oauth_public", "typescript", n_oauth_public), ("hibob_ids", "python", n_hibob_ids), ("twilio_sid", "javascript", n_twilio_sid),
    ("apps_script_props", "apps-script", n_apps_script_props), ("merge_webhook", "json", n_merge_webhook), ("nock_test", "javascript", n_nock_test),
    ("sealed_secret", "kubernetes", n_sealed_secret), ("workable_sitemap", "xml", n_workable_sitemap), ("recruitee_widget", "html", n_recruitee_widget),
    ("tf_secret_refs", "terraform", n_tf_secret_shell), ("interviews_ics", "ics", n_interviews_ics), ("hackerrank_csv", "csv", n_hackerrank_results),
]


# --------------------------------------------------------------------------------------
# registry of host templates (used by positives and by half of the negatives)
# --------------------------------------------------------------------------------------
ALL = None
POS_TEMPLATES = [
    ("py_sync_script", "python", ALL, t_py_sync_script), ("py_settings", "python", ALL, t_py_settings),
    ("py_client_class", "python", ALL, t_py_client_class), ("py_webhook", "python", ALL, t_py_webhook),
    ("py_airflow", "python", ALL, t_py_airflow), ("py_conftest", "python", ALL, t_py_conftest),
    ("js_express", "javascript", ALL, t_js_express), ("js_config", "javascript", ALL, t_js_config),
    ("ts_client", "typescript", ALL, t_ts_client), ("js_netlify", "javascript", ALL, t_js_netlify),
    ("js_script", "javascript", ALL, t_js_script), ("rb_rake", "ruby", ALL, t_rb_rake),
    ("rb_initializer", "ruby", ALL, t_rb_initializer), ("rb_job", "ruby", ALL, t_rb_job),
    ("php_plugin", "php", {"api"}, t_php_plugin), ("go_main", "go", {"api", "oauth"}, t_go_main),
    ("gs_sheet", "apps-script", {"api", "oauth", "webhook"}, t_gs_sheet), ("sh_export", "shell", ALL, t_sh_export),
    ("dotenv", "dotenv", ALL, t_dotenv), ("yaml_config", "yaml", ALL, t_yaml_config), ("compose", "docker-compose", ALL, t_compose),
    ("gha", "github-actions", ALL, t_gha), ("gitlab", "gitlab-ci", ALL, t_gitlab), ("k8s_secret", "kubernetes", ALL, t_k8s_secret),
    ("k8s_deploy", "kubernetes", ALL, t_k8s_deploy), ("helm_values", "helm", ALL, t_helm_values),
    ("properties", "properties", ALL, t_properties), ("spring_yaml", "yaml", ALL, t_spring_yaml), ("ini", "ini", ALL, t_ini),
    ("toml", "toml", ALL, t_toml), ("tfvars", "terraform", ALL, t_tfvars), ("tf_main", "terraform", ALL, t_tf_main),
    ("json_config", "json", ALL, t_json_config), ("serverless", "yaml", ALL, t_serverless), ("app_json", "json", ALL, t_app_json),
    ("zapier", "json-zapier", {"api", "webhook"}, t_zapier), ("make", "json-make", {"api", "webhook"}, t_make),
    ("n8n", "json-n8n", {"api", "webhook"}, t_n8n), ("postman", "postman", {"api", "oauth"}, t_postman),
    ("postman_env", "postman", {"api", "oauth", "password", "signing", "webhook"}, t_postman_env),
    ("csv_inventory", "csv", {"api", "oauth", "password", "aws", "signing"}, t_csv_inventory),
    ("readme", "markdown", ALL, t_readme), ("runbook", "markdown", ALL, t_runbook),
    ("http_file", "http", {"api", "oauth"}, t_http_file), ("ipynb", "jupyter", ALL, t_ipynb),
]


def compatible(kind):
    out = []
    for t in POS_TEMPLATES:
        if t[2] is not None and kind.family not in t[2]:
            continue
        if t[0] == "go_main" and kind.provider == "twilio":
            continue
        out.append(t)
    return out


def kind_sequence(n):
    seq = list(KINDS)
    R.shuffle(seq)
    weights = [k.weight for k in KINDS]
    while len(seq) < n:
        seq.append(R.choices(KINDS, weights=weights)[0])
    seq = seq[:n]
    R.shuffle(seq)
    return seq


def least_used(cands, usage):
    m = min(usage.get(t[0], 0) for t in cands)
    best = [t for t in cands if usage.get(t[0], 0) == m]
    return pick(best)


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


N_POS = 500
N_NEG = 500


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_eo.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    usage = {}

    # ---------------- positives
    obv = [True] * (N_POS // 2) + [False] * (N_POS - N_POS // 2)
    R.shuffle(obv)
    for i, k in enumerate(kind_sequence(N_POS)):
        for attempt in range(20):
            t = least_used(compatible(k), usage)
            SECRET_STATE["allowed"], SECRET_STATE["calls"] = True, 0
            S = Slot(k, "secret", obv[i])
            rel, text = t[3](S)
            SECRET_STATE["allowed"] = False
            ln = line_of(text, S.needle)
            if ln is not None and SECRET_STATE["calls"] == 1 and text.count(S.needle) >= 1:
                break
        else:
            raise RuntimeError("could not place needle for %s/%s" % (k.provider, k.kind))
        usage[t[0]] = usage.get(t[0], 0) + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": k.provider, "kind": k.kind, "filetype": t[1], "template": t[0],
                         "naming": "obvious" if S.obvious else "neutral"})
        secrets.append({"file": f, "needle": S.needle, "line": ln})

    # ---------------- negatives
    SECRET_STATE["allowed"] = False
    plan = ["reuse"] * (N_NEG // 2) + ["domain"] * (N_NEG - N_NEG // 2)
    R.shuffle(plan)
    kinds = kind_sequence(N_NEG // 2)
    nusage, dusage = {}, {}
    ki = 0
    for j, what in enumerate(plan):
        if what == "reuse":
            k = kinds[ki]
            ki += 1
            modes = list(NEG_MODES)
            if k.provider == "aws" or (k.provider == "greenhouse" and k.kind == "harvest_api_key"):
                modes += ["example", "example"]
            mode = pick(modes)
            t = least_used(compatible(k), nusage)
            nusage[t[0]] = nusage.get(t[0], 0) + 1
            S = Slot(k, mode, chance(0.5))
            rel, text = t[3](S)
            ent = {"provider": k.provider, "kind": "%s/%s" % (mode, k.kind), "filetype": t[1], "template": t[0]}
        else:
            m = min(dusage.get(d[0], 0) for d in NEG_DOMAIN)
            d = pick([d for d in NEG_DOMAIN if dusage.get(d[0], 0) == m])
            dusage[d[0]] = dusage.get(d[0], 0) + 1
            rel, text, prov, kind = d[2]()
            ent = {"provider": prov, "kind": "lookalike/%s" % kind, "filetype": d[1], "template": "neg_" + d[0]}
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        row = {"file": f, "label": "neg"}
        row.update(ent)
        manifest.append(row)

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
