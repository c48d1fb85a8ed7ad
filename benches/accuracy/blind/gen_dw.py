#!/usr/bin/env python3
"""Blind evaluation-set generator `dw`: forms, surveys, CAPTCHAs and anti-spam on websites.

EMPHASIS
    Credentials that live in website form back-ends and the projects around them: form and
    survey builders (Typeform `tfp_` personal tokens, SurveyMonkey, Qualtrics, Jotform,
    Formstack, Tally, Fillout, Formspree, Getform, Basin), Google (API keys used for reCAPTCHA
    Enterprise / Forms API, OAuth client secrets for Apps Script projects), Netlify (personal
    access tokens, build-hook URLs fired by form submissions), CAPTCHA / anti-spam secrets
    (reCAPTCHA v2/v3 secret keys, hCaptcha secrets, Cloudflare Turnstile secrets, Friendly
    Captcha API keys, Akismet keys, CleanTalk access keys), newsletter form integrations
    (Mailchimp API keys), automation webhooks that carry their own token (Zapier catch hooks,
    Make custom webhooks, Slack incoming webhooks), plus the common cloud / mail / payment /
    database credentials of these projects (AWS, SendGrid, Stripe, GitHub, DB URLs, SMTP and
    DB passwords).
    File types: Next.js / Astro / Nuxt / SvelteKit code and configs, Hugo config.toml, Jekyll
    _config.yml, Netlify and Vercel configs, serverless functions, WordPress (wp-config.php,
    plugin option arrays for Contact Form 7 / Gravity Forms / WPForms, plugin settings exports),
    Laravel, Django / Flask, Rails, Go, Apps Script (.gs), .env files, JSON exports, HTML pages,
    GitHub Actions / GitLab CI, docker-compose, Kubernetes, Terraform, Markdown runbooks, shell.

USAGE
    python3 gen_dw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED) is used).
    Manifest lines carry two extra fields: "template" (generator template name) and, for
    positives, "naming" (obvious = the provider-named variable, neutral = a neutral variable
    name, inline = the value sits directly in a call argument, header, URL or body field).

NEEDLE CONVENTIONS
    * The needle is the secret string exactly as it appears in the file.
    * id/secret pairs (AWS key id + secret, reCAPTCHA/hCaptcha/Turnstile site key + secret,
      OAuth client id + secret): the needle is the secret half; the public half may sit next to it.
    * Database / SMTP / broker URLs with an embedded password: the needle is the password only.
    * Capability URLs (Zapier catch hooks, Make webhooks, Slack incoming webhooks, Netlify build
      hooks): the needle is the whole URL, because the URL itself is the credential.
    * `line` is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: placeholders
    (YOUR_SECRET_KEY, <turnstile-secret>, tfp_XXXX..., changeme), environment / secret-manager
    references (process.env, os.environ, getenv, ENV.fetch, ${{ secrets.X }}, ${X},
    PropertiesService), masked / redacted values, empty values, the providers' documented test
    keys (Google's published reCAPTCHA test secret, hCaptcha's 0x000... dummy secret, Turnstile's
    1x/2x/3x dummy secrets, AWS's documented EXAMPLE keys), the Typeform documentation example
    token, and public values put in the slot under their own public name (reCAPTCHA / hCaptcha /
    Turnstile / Friendly Captcha SITE keys, Stripe publishable keys, form ids, survey ids).
    The other half are domain look-alikes: embed snippets and HTML forms with site keys, SRI
    hashes, Typeform/Google Forms/Jotform/Qualtrics/SurveyMonkey/Tally/Formspree ids and URLs,
    Mailchimp embedded-form action URLs (u= / id=), webhook payload fixtures with response ids,
    tokens and HMAC signature headers, survey CSV exports, i18n strings, CSP headers with hashes,
    lockfile integrity hashes, Cypress tests with documented dummy keys, Kubernetes secretKeyRef
    manifests, Terraform resources that output secrets as sensitive values, anti-spam logs with
    hashed IPs, and runbooks that describe where secrets live without containing them.

DOUBTS
    Written from memory / partly uncertain (lengths and alphabets):
    * Typeform personal token: documented only as "tfp_" + a long random string (the docs'
      example is tfp_ + 40 hex).  Generated as tfp_ + 44 alnum + "_" + 13-15 alnum (the shape I
      remember from real tokens); a minority as tfp_ + 40 hex like the docs.
    * SurveyMonkey access tokens: long opaque strings; generated as 80-120 chars of
      [A-Za-z0-9-] (uncertain).  Qualtrics API token: 40 alnum (fairly sure).  Jotform API key:
      32 lowercase hex (fairly sure).  Formstack OAuth token: 32 hex (uncertain).
    * Tally API key: docs show "Bearer tly-xxxx"; body generated as 32 alnum (length uncertain).
    * Fillout API key: "sk_prod_" + ~90-110 chars [A-Za-z0-9_] (from memory, uncertain).
    * Formspree deploy/API keys, Getform API tokens, Basin API tokens: opaque; generated as
      32 hex / 40 alnum / 32 hex respectively (uncertain; scanners can only catch these by
      context).
    * Netlify personal access token: "nfp_" + 36 alnum + 4 chars (from memory, uncertain);
      build hook: https://api.netlify.com/build_hooks/<24 hex> (fairly sure).
    * reCAPTCHA keys: 40 chars "6L" + [c-f] + 5 + "AAAAA" + 27 [A-Za-z0-9_-] (shape from memory
      of real keys; site keys and secret keys share the shape, so only context tells them apart).
    * hCaptcha secrets: "0x" + 40 hex (classic) and, for a minority, "ES_" + 32 hex (newer
      per-site secrets; format from memory, uncertain).
    * Turnstile: secret 0x4AAAAAAA + 25 [A-Za-z0-9_-] (35 chars, the length of the documented
      dummy secrets); site key 0x4AAAAAAA + 14 (24 chars, length of the dummy site keys).
    * Friendly Captcha API keys: generated as "A1" + 58 [A-Z0-9] (uncertain); site keys FCM +
      13 [A-Z0-9] (v1 shape; v2 site keys start with "FC").
    * Akismet: 12 lowercase hex; CleanTalk access key: 12-15 lowercase alnum (both uncertain and
      short; only context identifies them).
    * Zapier catch hooks: hooks.zapier.com/hooks/catch/<7-8 digits>/<6-7 lowercase alnum>/;
      Make: hook.<region>.make.com/<32 lowercase alnum> (from memory).
    Labels a reviewer might dispute:
    * Capability webhook URLs (Zapier / Make / Netlify build hook / Slack) labelled positive.
    * Akismet / CleanTalk keys are short and low-impact; labelled positive (they are account keys).
    * A site key put under a *_SITE_KEY name is negative; the Typeform docs example token
      (tfp_943af478...) is negative as a documentation example; AWS's documented EXAMPLE keys are
      negative; Google's published reCAPTCHA test secret and hCaptcha / Turnstile dummy secrets
      are negative.
    * Stripe publishable keys (pk_live_) are negative (documented as safe to expose).
    * Typeform webhook fixtures carry the response "token" (32 lowercase alnum) and a recorded
      Typeform-Signature header; both are identifiers / signatures, labelled negative.
    * Google Sheet ids, Cloudflare account ids, KV namespace ids and Google Forms ids are random
      looking but public identifiers (negative, or harmless context in positives).
    * Contact Form 7 stores the captcha pair as array(site_key => secret) in the `wpcf7` option;
      the Turnstile / hCaptcha variants of that layout are from memory.
    * Some positives put a captcha secret or API key into browser-side HTML/JS (a real mistake);
      some put the captcha secret under a neutral name next to the site key: the secret is the
      needle, the site key is context.

SEARCHES
    docs/pages corpora: Cloudflare Turnstile testing page (dummy site keys / secrets), hCaptcha
    test keys (npm hcaptcha-test-keys page, hCaptcha docs), Typeform personal access token page
    (tfp_ prefix, docs example token), Tally API keys page ("Bearer tly-xxxx"), Fillout REST API
    docs (Bearer API key, no format shown), Friendly Captcha docs (v2 API key + sitekey, X-API-Key
    header).  Scanner-related material shown by a search and ignored: a GitGuardian detector page
    for "Cloudflare Turnstile Secret Key" appeared in the Turnstile results (not used).
"""

import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = UPPER + "234567"
B62 = DIG + UPPER + LOWER


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that is not degenerate (has a digit and a letter when the alphabet allows)."""
    while True:
        s = rs(r, alphabet, n)
        has_d = any(c.isdigit() for c in s) or not any(c.isdigit() for c in alphabet)
        has_a = any(c.isalpha() for c in s) or not any(c.isalpha() for c in alphabet)
        has_u = any(c.isupper() for c in s) or not any(c.isupper() for c in alphabet)
        if has_d and has_a and has_u:
            return s


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# secret generators  (return dict(value=..., needle=..., pub=optional public half))
# ---------------------------------------------------------------------------

def g_typeform(r):
    if r.random() < 0.2:
        v = "tfp_" + rs(r, HEX, 40)
    else:
        v = "tfp_" + mixed(r, ALNUM, 44) + "_" + mixed(r, ALNUM, r.randint(13, 15))
    return {"value": v}


def g_surveymonkey(r):
    n = r.randint(80, 120)
    body = mixed(r, ALNUM, n)
    cut = sorted(r.sample(range(8, n - 8), 2))
    body = body[:cut[0]] + "-" + body[cut[0] + 1:cut[1]] + "-" + body[cut[1] + 1:]
    return {"value": body}


def g_qualtrics(r):
    return {"value": mixed(r, ALNUM, 40)}


def g_hex32(r):
    return {"value": mixed(r, HEX, 32)}


def g_tally(r):
    return {"value": "tly-" + mixed(r, ALNUM, 32)}


def g_fillout(r):
    return {"value": "sk_prod_" + mixed(r, ALNUM + "_", r.randint(90, 110))}


def g_getform(r):
    return {"value": mixed(r, ALNUM, 40)}


def g_netlify_pat(r):
    return {"value": "nfp_" + mixed(r, ALNUM, 36) + rs(r, ALNUM, 4)}


def g_netlify_hook(r):
    u = "https://api.netlify.com/build_hooks/" + mixed(r, HEX, 24)
    return {"value": u, "needle": u}


def recaptcha_key(r):
    return "6L" + r.choice("cdef") + rs(r, B64URL, 5) + "AAAAA" + mixed(r, B64URL, 27)


def g_recaptcha(r):
    return {"value": recaptcha_key(r), "pub": recaptcha_key(r)}


def g_google_api(r):
    return {"value": "AIza" + mixed(r, B64URL, 35)}


def g_google_oauth(r):
    cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10**11, 10**12 - 1), rs(r, LALNUM, 32))
    return {"value": "GOCSPX-" + mixed(r, B64URL, 28), "pub": cid}


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_hcaptcha(r):
    if r.random() < 0.25:
        v = "ES_" + mixed(r, HEX, 32)
    else:
        v = "0x" + mixed(r, HEX, 40)
    return {"value": v, "pub": uuid4(r)}


def turnstile_sitekey(r):
    return "0x4AAAAAAA" + mixed(r, B64URL, 14)


def g_turnstile(r):
    return {"value": "0x4AAAAAAA" + mixed(r, B64URL, 25), "pub": turnstile_sitekey(r)}


def fc_sitekey(r):
    return "FCM" + mixed(r, UALNUM, 13)


def g_friendly(r):
    return {"value": "A1" + mixed(r, UALNUM, 58), "pub": fc_sitekey(r)}


def g_akismet(r):
    return {"value": mixed(r, HEX, 12)}


def g_cleantalk(r):
    return {"value": mixed(r, LALNUM, r.randint(12, 15))}


def g_mailchimp(r):
    return {"value": mixed(r, HEX, 32) + "-us" + str(r.randint(1, 21))}


def g_zapier(r):
    u = "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(1000000, 29999999), mixed(r, LALNUM, r.choice([6, 7])))
    return {"value": u, "needle": u}


def g_make(r):
    u = "https://hook.%s.make.com/%s" % (r.choice(["eu1", "eu2", "us1", "us2"]), mixed(r, LALNUM, 32))
    return {"value": u, "needle": u}


def g_slack(r):
    u = "https://hooks.slack.com/services/T%s/B%s/%s" % (mixed(r, UALNUM, r.choice([8, 10])), mixed(r, UALNUM, r.choice([9, 10, 11])), mixed(r, ALNUM, 24))
    return {"value": u, "needle": u}


def g_sendgrid(r):
    return {"value": "SG." + mixed(r, B64URL, 22) + "." + mixed(r, B64URL, 43)}


def g_stripe(r):
    if r.random() < 0.5:
        v = "sk_live_" + mixed(r, ALNUM, 24)
    else:
        v = "sk_live_51" + mixed(r, ALNUM, 97)
    return {"value": v}


def g_aws(r):
    return {"value": mixed(r, ALNUM + "/+", 40), "pub": "AKIA" + mixed(r, B32, 16)}


def g_github(r):
    body = mixed(r, ALNUM, 30)
    return {"value": "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)}


WORDS = ["marigold", "harbor", "copper", "falcon", "juniper", "meadow", "orbit", "saffron", "tundra",
         "willow", "ember", "granite", "pepper", "sparrow", "lantern", "nimbus", "quartz", "riverbend",
         "sunflower", "thistle", "walnut", "zephyr", "cobalt", "biscuit", "maple", "otter", "pixel"]


def human_password(r):
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS)
    k = r.randint(0, 5)
    if k == 0:
        return w1.capitalize() + r.choice("!@#$%&*") + str(r.randint(1970, 2025))
    if k == 1:
        return "%s-%s-%s%d" % (w1, w2.capitalize(), r.choice(["Blue", "Red", "Tall", "Lazy"]), r.randint(10, 99))
    if k == 2:
        t = w1.replace("a", "@").replace("o", "0").replace("e", "3")
        return t.capitalize() + str(r.randint(100, 9999)) + r.choice("!?#")
    if k == 3:
        return w1.capitalize() + w2.capitalize() + str(r.randint(1, 99)) + r.choice(".!_")
    if k == 4:
        return mixed(r, ALNUM, 12) + r.choice("!#%^")
    return "%s%s$%s%d" % (r.choice(WORDS).upper()[:4], w2, r.choice("xyzq"), r.randint(1000, 9999))


def g_password(r):
    return {"value": human_password(r)}


def dbpass(r):
    return mixed(r, ALNUM, r.randint(16, 28)) if r.random() < 0.6 else human_password(r).replace("@", "A").replace("#", "H").replace("/", "").replace("%", "P").replace("?", "Q").replace("$", "S")


def g_dburl(r):
    pw = dbpass(r)
    scheme, user, host, port, db = r.choice([
        ("postgres", "forms_app", "db.internal", 5432, "submissions"),
        ("postgresql", "survey_rw", "pg-prod.c9xk2lq0mzvw.eu-west-1.rds.amazonaws.com", 5432, "surveys"),
        ("mysql", "wp_user", "mysql.local", 3306, "wordpress"),
        ("mongodb+srv", "leadsvc", "cluster0.q3fzt.mongodb.net", None, "leads"),
        ("redis", "default", "redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com", 12345, "0"),
        ("postgres", "postgres", "localhost", 5433, "contact_forms"),
    ])
    hp = host if port is None else "%s:%d" % (host, port)
    u = "%s://%s:%s@%s/%s" % (scheme, user, pw, hp, db)
    return {"value": u, "needle": pw}


def g_smtp_url(r):
    pw = dbpass(r)
    u = "smtp://%s:%s@%s:587" % (r.choice(["forms%40acme-events.io", "apikey", "postmaster%40mg.contoso.dev", "noreply"]), pw,
                                 r.choice(["smtp.mailgun.org", "smtp.office365.com", "smtp.gmail.com", "mail.privateemail.com"]))
    return {"value": u, "needle": pw}


# ---------------------------------------------------------------------------
# public look-alike generators (never secrets)
# ---------------------------------------------------------------------------

def typeform_form_id(r):
    return mixed(r, ALNUM, 8)


def google_form_id(r):
    return "1FAIpQLS" + mixed(r, B64URL, 48)


def sm_survey_id(r):
    return str(r.randint(100000000, 520000000))


def qualtrics_sv(r):
    return "SV_" + mixed(r, ALNUM, 15)


def qualtrics_resp(r):
    return "R_" + mixed(r, ALNUM, 15)


def jotform_form_id(r):
    return str(r.randint(200000000000000, 249999999999999))


def formstack_form_id(r):
    return str(r.randint(3000000, 5999999))


def tally_form_id(r):
    return mixed(r, ALNUM, 6)


def fillout_form_id(r):
    return mixed(r, ALNUM, r.choice([12, 13]))


def formspree_id(r):
    return rs(r, LOWER, 8)


def basin_id(r):
    return rs(r, HEX, 12)


def stripe_pk(r):
    return "pk_live_51" + mixed(r, ALNUM, 97)


def mc_audience(r):
    return rs(r, HEX, 10)


def sha256hex(r):
    return rs(r, HEX, 64)


# documented test / example values (negatives)
RECAPTCHA_TEST_SITE = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
RECAPTCHA_TEST_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
HCAPTCHA_TEST_SITE = "10000000-ffff-ffff-ffff-000000000001"
HCAPTCHA_TEST_SECRET = "0x0000000000000000000000000000000000000000"
TURNSTILE_TEST_SITES = ["1x00000000000000000000AA", "2x00000000000000000000AB", "1x00000000000000000000BB",
                        "2x00000000000000000000BB", "3x00000000000000000000FF"]
TURNSTILE_TEST_SECRETS = ["1x0000000000000000000000000000000AA", "2x0000000000000000000000000000000AA",
                          "3x0000000000000000000000000000000AA"]
TYPEFORM_DOC_TOKEN = "tfp_943af478d3ff3d4d760020c11af102b79c440513"
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


class Spec:
    def __init__(self, provider, kind, gen, words, env, role, label, weight=1.0, url=None, auth=None,
                 pubwords=None, pubenv=None, tests=(), publics=(), prefix="", file_hint=""):
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.words = words
        self.env = env
        self.role = role          # captcha | api | webhook | urlpw | aws | password
        self.label = label
        self.weight = weight
        self.url = url
        self.auth = auth
        self.pubwords = pubwords
        self.pubenv = pubenv
        self.tests = list(tests)      # documented test/example values for the secret slot
        self.publics = list(publics)  # (words, env, generator, subkind) public look-alikes
        self.prefix = prefix


SPECS = [
    Spec("typeform", "personal_access_token", g_typeform, ["typeform", "token"], "TYPEFORM_TOKEN", "api", "Typeform", 3.0,
         url="https://api.typeform.com/forms/{form}/responses", auth="bearer", tests=[TYPEFORM_DOC_TOKEN],
         publics=[(["typeform", "form", "id"], "TYPEFORM_FORM_ID", typeform_form_id, "form_id")], prefix="tfp_"),
    Spec("surveymonkey", "access_token", g_surveymonkey, ["surveymonkey", "access", "token"], "SURVEYMONKEY_ACCESS_TOKEN", "api", "SurveyMonkey", 1.5,
         url="https://api.surveymonkey.com/v3/surveys/{survey}/responses/bulk", auth="bearer",
         publics=[(["survey", "id"], "SURVEYMONKEY_SURVEY_ID", sm_survey_id, "survey_id")]),
    Spec("qualtrics", "api_token", g_qualtrics, ["qualtrics", "api", "token"], "QUALTRICS_API_TOKEN", "api", "Qualtrics", 1.5,
         url="https://{dc}.qualtrics.com/API/v3/surveys/{sv}/export-responses", auth="header:X-API-TOKEN",
         publics=[(["qualtrics", "survey", "id"], "QUALTRICS_SURVEY_ID", qualtrics_sv, "survey_id")]),
    Spec("jotform", "api_key", g_hex32, ["jotform", "api", "key"], "JOTFORM_API_KEY", "api", "Jotform", 1.5,
         url="https://api.jotform.com/form/{jf}/submissions", auth="query:apiKey",
         publics=[(["jotform", "form", "id"], "JOTFORM_FORM_ID", jotform_form_id, "form_id")]),
    Spec("formstack", "oauth_token", g_hex32, ["formstack", "access", "token"], "FORMSTACK_ACCESS_TOKEN", "api", "Formstack", 1.0,
         url="https://www.formstack.com/api/v2/form/{fs}/submission.json", auth="bearer",
         publics=[(["formstack", "form", "id"], "FORMSTACK_FORM_ID", formstack_form_id, "form_id")]),
    Spec("tally", "api_key", g_tally, ["tally", "api", "key"], "TALLY_API_KEY", "api", "Tally", 1.2,
         url="https://api.tally.so/forms/{tally}/submissions", auth="bearer", prefix="tly-",
         publics=[(["tally", "form", "id"], "TALLY_FORM_ID", tally_form_id, "form_id")]),
    Spec("fillout", "api_key", g_fillout, ["fillout", "api", "key"], "FILLOUT_API_KEY", "api", "Fillout", 1.2,
         url="https://api.fillout.com/v1/api/forms/{fo}/submissions", auth="bearer", prefix="sk_prod_",
         publics=[(["fillout", "form", "id"], "FILLOUT_FORM_ID", fillout_form_id, "form_id")]),
    Spec("formspree", "api_key", g_hex32, ["formspree", "api", "key"], "FORMSPREE_API_KEY", "api", "Formspree", 0.8,
         url="https://formspree.io/api/0/forms/{fsp}/submissions", auth="bearer",
         publics=[(["formspree", "form", "id"], "FORMSPREE_FORM_ID", formspree_id, "form_id")]),
    Spec("getform", "api_token", g_getform, ["getform", "api", "token"], "GETFORM_API_TOKEN", "api", "Getform", 0.7,
         url="https://api.getform.io/v1/forms/{gf}", auth="query:token"),
    Spec("basin", "api_token", g_hex32, ["basin", "api", "token"], "BASIN_API_TOKEN", "api", "Basin", 0.7,
         url="https://usebasin.com/api/v1/submissions?form_id={basin}", auth="query:api_token",
         publics=[(["basin", "form", "id"], "BASIN_FORM_ID", basin_id, "form_id")]),
    Spec("netlify", "personal_access_token", g_netlify_pat, ["netlify", "auth", "token"], "NETLIFY_AUTH_TOKEN", "api", "Netlify", 1.2,
         url="https://api.netlify.com/api/v1/forms/{nf}/submissions", auth="bearer", prefix="nfp_",
         publics=[(["netlify", "site", "id"], "NETLIFY_SITE_ID", uuid4, "site_id")]),
    Spec("netlify", "build_hook_url", g_netlify_hook, ["netlify", "build", "hook"], "NETLIFY_BUILD_HOOK", "webhook", "Netlify build hook", 0.8),
    Spec("google", "recaptcha_secret_key", g_recaptcha, ["recaptcha", "secret", "key"], "RECAPTCHA_SECRET_KEY", "captcha", "reCAPTCHA", 3.0,
         url="https://www.google.com/recaptcha/api/siteverify", auth="body:secret",
         pubwords=["recaptcha", "site", "key"], pubenv="RECAPTCHA_SITE_KEY", tests=[RECAPTCHA_TEST_SECRET],
         publics=[(["recaptcha", "site", "key"], "RECAPTCHA_SITE_KEY", recaptcha_key, "site_key")], prefix="6L"),
    Spec("google", "api_key", g_google_api, ["recaptcha", "enterprise", "api", "key"], "RECAPTCHA_ENTERPRISE_API_KEY", "api", "reCAPTCHA Enterprise", 1.5,
         url="https://recaptchaenterprise.googleapis.com/v1/projects/{gcp}/assessments", auth="query:key", prefix="AIza",
         publics=[(["recaptcha", "enterprise", "site", "key"], "RECAPTCHA_ENTERPRISE_SITE_KEY", recaptcha_key, "site_key")]),
    Spec("google", "oauth_client_secret", g_google_oauth, ["google", "client", "secret"], "GOOGLE_CLIENT_SECRET", "api", "Google Forms API", 1.0,
         url="https://oauth2.googleapis.com/token", auth="body:client_secret", prefix="GOCSPX-",
         pubwords=["google", "client", "id"], pubenv="GOOGLE_CLIENT_ID",
         publics=[(["google", "form", "id"], "GOOGLE_FORM_ID", google_form_id, "form_id")]),
    Spec("hcaptcha", "secret_key", g_hcaptcha, ["hcaptcha", "secret"], "HCAPTCHA_SECRET", "captcha", "hCaptcha", 2.5,
         url="https://api.hcaptcha.com/siteverify", auth="body:secret",
         pubwords=["hcaptcha", "site", "key"], pubenv="HCAPTCHA_SITE_KEY", tests=[HCAPTCHA_TEST_SECRET],
         publics=[(["hcaptcha", "site", "key"], "HCAPTCHA_SITE_KEY", uuid4, "site_key")], prefix="0x"),
    Spec("cloudflare", "turnstile_secret_key", g_turnstile, ["turnstile", "secret", "key"], "TURNSTILE_SECRET_KEY", "captcha", "Cloudflare Turnstile", 3.0,
         url="https://challenges.cloudflare.com/turnstile/v0/siteverify", auth="body:secret",
         pubwords=["turnstile", "site", "key"], pubenv="TURNSTILE_SITE_KEY", tests=TURNSTILE_TEST_SECRETS,
         publics=[(["turnstile", "site", "key"], "TURNSTILE_SITE_KEY", turnstile_sitekey, "site_key")], prefix="0x4AAAAAAA"),
    Spec("friendlycaptcha", "api_key", g_friendly, ["friendly", "captcha", "api", "key"], "FRC_API_KEY", "captcha", "Friendly Captcha", 1.0,
         url="https://global.frcapi.com/api/v2/captcha/siteverify", auth="header:X-API-Key",
         pubwords=["friendly", "captcha", "sitekey"], pubenv="FRC_SITEKEY",
         publics=[(["friendly", "captcha", "sitekey"], "FRC_SITEKEY", fc_sitekey, "site_key")]),
    Spec("akismet", "api_key", g_akismet, ["akismet", "key"], "AKISMET_API_KEY", "captcha", "Akismet", 1.0,
         url="https://rest.akismet.com/1.1/comment-check", auth="body:api_key"),
    Spec("cleantalk", "access_key", g_cleantalk, ["cleantalk", "auth", "key"], "CLEANTALK_AUTH_KEY", "captcha", "CleanTalk", 0.8,
         url="https://moderate.cleantalk.org/api2.0", auth="body:auth_key"),
    Spec("mailchimp", "api_key", g_mailchimp, ["mailchimp", "api", "key"], "MAILCHIMP_API_KEY", "api", "Mailchimp", 1.5,
         url="https://us{dcn}.api.mailchimp.com/3.0/lists/{aud}/members", auth="basic",
         publics=[(["mailchimp", "audience", "id"], "MAILCHIMP_AUDIENCE_ID", mc_audience, "audience_id")]),
    Spec("zapier", "webhook_url", g_zapier, ["zapier", "webhook", "url"], "ZAPIER_WEBHOOK_URL", "webhook", "Zapier", 1.5),
    Spec("make", "webhook_url", g_make, ["make", "webhook", "url"], "MAKE_WEBHOOK_URL", "webhook", "Make", 1.2),
    Spec("slack", "incoming_webhook", g_slack, ["slack", "webhook", "url"], "SLACK_WEBHOOK_URL", "webhook", "Slack", 1.0),
    Spec("sendgrid", "api_key", g_sendgrid, ["sendgrid", "api", "key"], "SENDGRID_API_KEY", "api", "SendGrid", 1.0,
         url="https://api.sendgrid.com/v3/mail/send", auth="bearer", prefix="SG."),
    Spec("stripe", "secret_key", g_stripe, ["stripe", "secret", "key"], "STRIPE_SECRET_KEY", "api", "Stripe", 0.8,
         url="https://api.stripe.com/v1/payment_intents", auth="bearer", prefix="sk_live_",
         publics=[(["stripe", "publishable", "key"], "STRIPE_PUBLISHABLE_KEY", stripe_pk, "publishable_key")]),
    Spec("github", "personal_access_token", g_github, ["github", "token"], "GITHUB_TOKEN", "api", "GitHub", 0.7,
         url="https://api.github.com/repos/{gh}/dispatches", auth="bearer", prefix="ghp_"),
    Spec("aws", "secret_access_key", g_aws, ["aws", "secret", "access", "key"], "AWS_SECRET_ACCESS_KEY", "aws", "AWS", 1.0,
         pubwords=["aws", "access", "key", "id"], pubenv="AWS_ACCESS_KEY_ID", tests=[AWS_DOC_SECRET]),
    Spec("database", "connection_url", g_dburl, ["database", "url"], "DATABASE_URL", "urlpw", "database", 1.2),
    Spec("smtp", "connection_url", g_smtp_url, ["smtp", "url"], "SMTP_URL", "urlpw", "SMTP", 0.6),
    Spec("smtp", "password", g_password, ["smtp", "password"], "SMTP_PASSWORD", "password", "SMTP", 1.0,
         pubwords=["smtp", "user"], pubenv="SMTP_USER"),
    Spec("mysql", "password", g_password, ["db", "password"], "DB_PASSWORD", "password", "database", 0.8,
         pubwords=["db", "user"], pubenv="DB_USER"),
]


def style(words, st):
    if st == "snake":
        return "_".join(words)
    if st == "scream":
        return "_".join(w.upper() for w in words)
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    return "_".join(words)


NEUTRAL = {
    "api": [["value"], ["k"], ["auth", "blob"], ["client", "opt"], ["svc", "ref"], ["conf", "a"], ["primary"],
            ["handle"], ["upstream", "param"], ["integration", "v2"], ["bearer"], ["s1"], ["opaque"], ["export", "auth"]],
    "captcha": [["value"], ["k"], ["verify", "param"], ["site", "ref"], ["guard"], ["shield", "cfg"], ["spam", "opt"],
                ["check", "value"], ["v3", "b"], ["widget", "material"], ["h2"], ["protect", "param"]],
    "webhook": [["endpoint"], ["target", "url"], ["notify", "url"], ["next", "hop"], ["dest"], ["relay", "url"],
                ["callback"], ["forward", "to"], ["integration", "url"], ["post", "url"]],
    "urlpw": [["store", "url"], ["primary"], ["backend", "uri"], ["conn"], ["main", "dsn"], ["relay"], ["transport"], ["uri"]],
    "password": [["value"], ["p"], ["mail", "auth"], ["conn", "opt"], ["word"], ["login", "value"], ["pass2"]],
    "aws": [["s"], ["blob"], ["sec"], ["material"], ["k2"]],
}
NEUTRAL_PUB = {"aws": [["id"], ["k1"], ["ident"]], "captcha": [["public"], ["site"], ["widget", "id"]],
               "api": [["cid"], ["app", "id"]], "password": [["login"], ["u"], ["who"]]}


# ---------------------------------------------------------------------------
# per-file context
# ---------------------------------------------------------------------------

COMPANIES = [("acme-events", "acme-events.io"), ("northwind", "northwind.dev"), ("bluefinch", "bluefinch.studio"),
             ("harbor-yoga", "harboryoga.com"), ("civicvoice", "civicvoice.org"), ("lumen-dental", "lumendental.co"),
             ("pinecrest", "pinecrest-school.org"), ("tidepool", "tidepoolsurf.com"), ("kestrel-labs", "kestrel-labs.net"),
             ("oakridge-vets", "oakridgevets.com"), ("parcel-pals", "parcelpals.app"), ("mosaic-coop", "mosaic.coop"),
             ("brightpath", "brightpath.health"), ("foxglove", "foxglove-bakery.com"), ("urbanroots", "urbanroots.garden")]

CODE_LANGS = {"py", "js", "ts", "php", "rb", "go", "gs", "java", "cs"}


class Ctx:
    def __init__(self, r, spec, pos, mode, val, pub, words, obvious, subkind, env=None, pubwords=None):
        self.r = r
        self.spec = spec
        self.pos = pos
        self.mode = mode
        self.val = val
        self.pub = pub
        self.words = words
        self.obvious = obvious
        self.subkind = subkind
        self.env = env or spec.env
        self.pubwords = pubwords if pubwords is not None else spec.pubwords
        self.slug, self.domain = r.choice(COMPANIES)
        role = spec.role
        self.nwords = r.choice(NEUTRAL.get(role, NEUTRAL["api"]))
        self.npwords = r.choice(NEUTRAL_PUB.get(role, [["id"]]))
        self.inline = (not obvious) and r.random() < 0.45
        self.envstyle = r.randint(0, 2)
        self.ids = {"form": typeform_form_id(r), "survey": sm_survey_id(r), "dc": r.choice(["iad1", "fra1", "syd1", "ca1", "sjc1"]),
                    "sv": qualtrics_sv(r), "jf": jotform_form_id(r), "fs": formstack_form_id(r), "tally": tally_form_id(r),
                    "fo": fillout_form_id(r), "fsp": formspree_id(r), "gf": mixed(r, LALNUM, 8), "basin": basin_id(r),
                    "nf": rs(r, HEX, 24), "gcp": "%s-%s" % (self.slug, r.randint(100000, 999999)), "dcn": str(r.randint(1, 21)),
                    "aud": mc_audience(r), "gh": "%s/website" % self.slug}
        if val and spec.provider == "mailchimp" and "-us" in val and val.rsplit("-us", 1)[1].isdigit():
            self.ids["dcn"] = val.rsplit("-us", 1)[1]

    # names -------------------------------------------------------------
    def n(self, st):
        return style(self.words if self.obvious else self.nwords, st)

    def pn(self, st):
        if not self.pubwords:
            return None
        return style(self.pubwords if self.obvious else self.npwords, st)

    # values ------------------------------------------------------------
    def envref(self, lang, name=None):
        e = name or self.env
        k = self.envstyle
        if lang == "py":
            return ['os.environ["%s"]' % e, 'os.getenv("%s")' % e, "os.environ.get('%s', '')" % e][k]
        if lang in ("js", "ts"):
            return ["process.env.%s" % e, "process.env.%s" % e, "process.env['%s']" % e][k]
        if lang == "astro":
            return "import.meta.env.%s" % e
        if lang == "php":
            return ["getenv('%s')" % e, "$_ENV['%s']" % e, "getenv('%s') ?: ''" % e][k]
        if lang == "laravel":
            return "env('%s')" % e
        if lang == "rb":
            return ['ENV["%s"]' % e, 'ENV.fetch("%s")' % e, "ENV['%s']" % e][k]
        if lang == "go":
            return 'os.Getenv("%s")' % e
        if lang == "gs":
            return "PropertiesService.getScriptProperties().getProperty('%s')" % e
        if lang == "java":
            return 'System.getenv("%s")' % e
        if lang == "cs":
            return 'Environment.GetEnvironmentVariable("%s")' % e
        if lang == "gha":
            return "${{ secrets.%s }}" % e
        if lang == "tf":
            return "var.%s" % e.lower()
        if lang == "html":
            return "{{ .Site.Params.%s }}" % style(e.lower().split("_"), "camel")
        if lang == "md":
            return "$%s" % e
        if lang == "sh":
            return '"${%s}"' % e if k else '"$%s"' % e
        if lang == "env":
            return ["op://%s-prod/%s/credential" % (self.slug, e.lower().replace("_", "-")), "${PROD_%s}" % e,
                    "vault:secret/data/web#%s" % e.lower()][k]
        return "${%s}" % e

    def v(self, lang, q='"'):
        """Expression for the secret slot in `lang` with quote q (q only applies to literals / config refs)."""
        if self.mode == "env":
            ref = self.envref(lang)
            if lang in CODE_LANGS or lang in ("astro", "laravel", "tf"):
                return ref
            if lang == "sh":
                return ref
            return q + ref + q
        return q + self.val + q

    def pv(self, q='"'):
        return q + self.pub + q

    def url(self):
        u = self.spec.url or ""
        for k, val in self.ids.items():
            u = u.replace("{%s}" % k, val)
        return u


def pick_style(r, lang):
    if lang in ("env", "sh", "gha", "dockerfile", "systemd"):
        return "scream"
    if lang in ("py", "rb"):
        return r.choice(["snake", "snake", "scream"])
    if lang in ("js", "ts", "java", "go", "gs", "cs"):
        return r.choice(["camel", "camel", "scream"])
    if lang == "php":
        return r.choice(["snake", "scream", "camel"])
    if lang in ("yaml", "toml", "json"):
        return r.choice(["snake", "camel", "kebab", "snake"])
    if lang == "properties":
        return r.choice(["dot", "kebab"])
    return r.choice(["snake", "camel", "kebab", "scream"])


def comment_for(r, c):
    lbl = c.spec.label
    return r.choice([
        "%s credentials for the contact form" % lbl,
        "%s (rotated after the spring launch)" % lbl,
        "keys from the %s dashboard" % lbl,
        "anti-spam / form integration",
        "form backend settings",
        "needed by the newsletter + contact forms",
        "see notes/runbook.md for ownership",
        "%s integration" % lbl,
        "do not change without telling #web-team",
    ])


def misc_settings(r, n, lang):
    """A few harmless settings lines (key, value) pairs."""
    pool = [("app_name", r.choice(["forms-api", "contact-service", "survey-sync", "site"])), ("log_level", r.choice(["info", "debug", "warn"])),
            ("port", str(r.choice([3000, 8080, 8000, 4321, 5000]))), ("timezone", r.choice(["Europe/Berlin", "UTC", "America/Chicago"])),
            ("max_upload_mb", str(r.choice([5, 10, 25]))), ("enable_honeypot", r.choice(["true", "false"])),
            ("default_locale", r.choice(["en", "de", "fr", "es"])), ("rate_limit_per_min", str(r.choice([10, 30, 60]))),
            ("notify_email", "forms@example.com"), ("sentry_environment", r.choice(["production", "staging"])),
            ("cors_origin", "https://www.example.com"), ("cache_ttl", str(r.choice([60, 300, 3600]))),
            ("score_threshold", r.choice(["0.5", "0.7", "0.3"])), ("redirect_after_submit", "/thank-you"),
            ("node_env", "production"), ("site_url", "https://www.example.org")]
    r.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------------------
# templates.  Each takes a Ctx and returns (relpath, filetype, text).
# ---------------------------------------------------------------------------

TEMPLATES = []   # (name, roles, fn)
ALL = {"captcha", "api", "webhook", "urlpw", "aws", "password"}
CALL = {"captcha", "api"}


def T(roles):
    def deco(fn):
        TEMPLATES.append((fn.__name__, set(roles), fn))
        return fn
    return deco


def pub_line(c, fmt, st):
    """Render the companion public value line when there is one."""
    if c.pub is None or c.pn(st) is None:
        return []
    return [fmt % (c.pn(st), c.pub)]


@T(ALL)
def t_dotenv(c):
    r = c.r
    path = r.choice([".env", ".env.local", ".env.production", "apps/web/.env", "backend/.env", ".env.development.local"])
    lines = ["# " + comment_for(r, c)] if r.random() < 0.6 else []
    pre = misc_settings(r, r.randint(3, 6), "env")
    for k, v in pre:
        lines.append("%s=%s" % (k.upper(), v))
    if r.random() < 0.5:
        lines.append("")
        lines.append("# " + c.spec.label)
    q = r.choice(['', '', '"', "'"])
    lines += pub_line(c, "%s=" + q + "%s" + q, "scream")
    if c.mode == "env":
        lines.append("%s=%s" % (c.n("scream"), c.v("env", q)))
    else:
        lines.append("%s=%s" % (c.n("scream"), c.v("env", q)))
    for k, v in misc_settings(r, r.randint(1, 4), "env"):
        lines.append("%s=%s" % (k.upper(), v))
    return path, "env", "\n".join(lines) + "\n"


@T(ALL)
def t_compose(c):
    r = c.r
    svc = r.choice(["api", "forms", "web", "worker", "contact"])
    st = "scream"
    q = r.choice(['', '"'])
    listform = r.random() < 0.5
    env = [(k.upper(), v) for k, v in misc_settings(r, r.randint(2, 4), "yaml")]
    if c.pub is not None and c.pn(st):
        env.append((c.pn(st), c.pub))
    env.append((c.n(st), None))
    r.shuffle(env)
    out = ["version: \"3.9\"", "", "services:", "  %s:" % svc,
           "    build: ./%s" % svc if r.random() < 0.5 else "    image: ghcr.io/%s/%s:%s" % (c.slug, svc, r.choice(["latest", "1.4.2", "main"])),
           "    restart: unless-stopped", "    ports:", "      - \"%d:%d\"" % ((r.choice([3000, 8080, 8000]),) * 2),
           "    environment:"]
    for k, v in env:
        val = c.v("yaml", q) if v is None else q + v + q
        out.append(("      - %s=%s" if listform else "      %s: %s") % (k, val))
    out += ["    depends_on:", "      - db", "", "  db:", "    image: postgres:16-alpine", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
            "", "volumes:", "  pgdata: {}"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_gha(c):
    r = c.r
    lang = "gha" if c.mode == "env" else "yaml"
    q = r.choice(['', '"', "'"])
    out = ["name: Deploy site", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  deploy:",
           "    runs-on: ubuntu-latest", "    env:", "      NODE_VERSION: %d" % r.choice([18, 20, 22])]
    out += pub_line(c, "      %s: %s", "scream")
    out.append("      %s: %s" % (c.n("scream"), c.v(lang, q)))
    out += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
            "          node-version: ${{ env.NODE_VERSION }}", "      - run: npm ci", "      - run: npm run build",
            "      - name: Publish", "        run: npx netlify deploy --prod --dir=dist"]
    return ".github/workflows/" + r.choice(["deploy.yml", "build.yml", "site.yml", "release.yaml"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_gitlab(c):
    r = c.r
    q = r.choice(['', '"'])
    out = ["stages:", "  - test", "  - deploy", "", "variables:", "  GIT_DEPTH: \"10\""]
    out += pub_line(c, "  %s: \"%s\"", "scream")
    out.append("  %s: %s" % (c.n("scream"), c.v("yaml", q)))
    out += ["", "test:", "  stage: test", "  image: node:20", "  script:", "    - npm ci", "    - npm test", "",
            "deploy:", "  stage: deploy", "  image: python:3.12-slim", "  script:", "    - pip install -r requirements.txt",
            "    - python manage.py migrate --noinput", "  only:", "    - main"]
    return ".gitlab-ci.yml", "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_netlify_toml(c):
    r = c.r
    q = r.choice(['"', "'"])
    out = ["[build]", "  command = \"npm run build\"", "  publish = \"%s\"" % r.choice(["dist", "public", "_site", "out"]),
           "  functions = \"netlify/functions\"", "", "[build.environment]", "  NODE_VERSION = \"20\""]
    if r.random() < 0.5:
        out += ["", "[context.production.environment]"]
    out += pub_line(c, "  %s = \"%s\"", "scream")
    out.append("  %s = %s" % (c.n("scream"), c.v("toml", q)))
    out += ["", "[[redirects]]", "  from = \"/api/*\"", "  to = \"/.netlify/functions/:splat\"", "  status = 200", "",
            "[[headers]]", "  for = \"/*\"", "  [headers.values]", "    X-Frame-Options = \"DENY\""]
    return "netlify.toml", "toml", "\n".join(out) + "\n"


@T(ALL)
def t_vercel_json(c):
    r = c.r
    env = {}
    if c.pub is not None and c.pn("scream"):
        env[c.pn("scream")] = c.pub
    d = ['{', '  "$schema": "https://openapi.vercel.sh/vercel.json",', '  "framework": "%s",' % r.choice(["nextjs", "astro", "sveltekit"]),
         '  "regions": ["%s"],' % r.choice(["fra1", "iad1", "sfo1"]), '  "env": {']
    items = ['    "%s": "%s"' % (k, v) for k, v in env.items()]
    items.append('    "%s": %s' % (c.n("scream"), c.v("json")))
    d.append(",\n".join(items))
    d += ['  },', '  "rewrites": [{ "source": "/api/(.*)", "destination": "/api/$1" }]', '}']
    return "vercel.json", "json", "\n".join(d) + "\n"


@T(ALL)
def t_hugo(c):
    r = c.r
    st = r.choice(["camel", "snake"])
    out = ["baseURL = \"https://www.%s/\"" % c.domain, "languageCode = \"en-us\"", "title = \"%s\"" % c.slug.replace("-", " ").title(),
           "theme = \"%s\"" % r.choice(["ananke", "PaperMod", "hugo-book", "blowfish"]), "", "[params]",
           "  description = \"Appointments, newsletters and contact\"", "  contactEmail = \"hello@%s\"" % c.domain, "",
           "[params.%s]" % r.choice(["contact", "forms", "captcha", "integrations"])]
    out += pub_line(c, "  %s = \"%s\"", st)
    out.append("  %s = %s" % (c.n(st), c.v("toml")))
    out += ["", "[menu]", "  [[menu.main]]", "    name = \"Contact\"", "    url = \"/contact/\"", "    weight = 30"]
    return r.choice(["config.toml", "hugo.toml", "config/production/config.toml"]), "toml", "\n".join(out) + "\n"


@T(ALL)
def t_jekyll(c):
    r = c.r
    st = r.choice(["snake", "snake", "kebab"])
    q = r.choice(['', '"', "'"])
    out = ["title: %s" % c.slug.replace("-", " ").title(), "email: hello@%s" % c.domain, "baseurl: \"\"",
           "url: \"https://%s\"" % c.domain, "markdown: kramdown", "theme: minima", "plugins:", "  - jekyll-feed",
           "  - jekyll-seo-tag", "", "# " + comment_for(r, c), "%s:" % r.choice(["contact_form", "forms", "captcha", "integrations"])]
    out += pub_line(c, "  %s: %s", st)
    out.append("  %s: %s" % (c.n(st), c.v("yaml", q)))
    out += ["", "exclude:", "  - Gemfile", "  - Gemfile.lock", "  - node_modules", "  - vendor/"]
    return "_config.yml", "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_wrangler(c):
    r = c.r
    out = ["name = \"%s-forms\"" % c.slug, "main = \"src/index.ts\"", "compatibility_date = \"%d-%02d-%02d\"" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28)),
           "", "[[kv_namespaces]]", "binding = \"SUBMISSIONS\"", "id = \"%s\"" % rs(r, HEX, 32), "", "[vars]", "ALLOWED_ORIGIN = \"https://%s\"" % c.domain]
    out += pub_line(c, "%s = \"%s\"", "scream")
    out.append("%s = %s" % (c.n("scream"), c.v("toml")))
    out += ["", "[env.staging]", "name = \"%s-forms-staging\"" % c.slug]
    return "wrangler.toml", "toml", "\n".join(out) + "\n"


@T(ALL)
def t_serverless(c):
    r = c.r
    q = r.choice(['', "'", '"'])
    out = ["service: %s-forms" % c.slug, "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: %s" % r.choice(["nodejs20.x", "python3.12"]),
           "  region: %s" % r.choice(["eu-west-1", "us-east-1", "eu-central-1"]), "  environment:", "    TABLE_NAME: ${self:service}-submissions"]
    out += pub_line(c, "    %s: %s", "scream")
    out.append("    %s: %s" % (c.n("scream"), c.v("yaml", q)))
    out += ["", "functions:", "  submit:", "    handler: handler.submit", "    events:", "      - httpApi:", "          path: /submit", "          method: post"]
    return "serverless.yml", "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_k8s_secret(c):
    r = c.r
    st = r.choice(["scream", "kebab", "snake"])
    out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-forms" % c.slug, "  namespace: %s" % r.choice(["web", "default", "marketing"]),
           "  labels:", "    app.kubernetes.io/name: forms-api", "type: Opaque", "stringData:"]
    out += pub_line(c, "  %s: \"%s\"", st)
    out.append("  %s: %s" % (c.n(st), c.v("yaml", r.choice(['"', "", "'"]))))
    return r.choice(["k8s/secret.yaml", "deploy/k8s/forms-secret.yml", "manifests/secrets.yaml"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_helm_values(c):
    r = c.r
    st = r.choice(["camel", "camel", "snake"])
    out = ["replicaCount: %d" % r.randint(1, 4), "", "image:", "  repository: ghcr.io/%s/forms-api" % c.slug, "  tag: \"%d.%d.%d\"" % (1, r.randint(0, 9), r.randint(0, 20)),
           "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 80", "", "ingress:", "  enabled: true",
           "  hosts:", "    - host: forms.%s" % c.domain, "      paths: [\"/\"]", "", "config:"]
    out += pub_line(c, "  %s: %s", st)
    out.append("  %s: %s" % (c.n(st), c.v("yaml", r.choice(['"', ""]))))
    out += ["", "resources:", "  limits:", "    memory: 256Mi"]
    return r.choice(["charts/forms-api/values.yaml", "helm/values-production.yaml", "values.yaml"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_tfvars(c):
    r = c.r
    out = ["# %s" % comment_for(r, c), "project     = \"%s\"" % c.slug, "environment = \"%s\"" % r.choice(["prod", "production", "staging"]),
           "region      = \"%s\"" % r.choice(["eu-west-1", "us-east-1"])]
    out += pub_line(c, "%s = \"%s\"", "snake")
    out.append("%s = %s" % (c.n("snake"), c.v("toml")))
    out.append("alert_email = \"ops@%s\"" % c.domain)
    return r.choice(["terraform/prod.tfvars", "infra/terraform.tfvars", "terraform.tfvars"]), "hcl", "\n".join(out) + "\n"


@T(ALL)
def t_spring_props(c):
    r = c.r
    out = ["spring.application.name=forms-service", "server.port=%d" % r.choice([8080, 8081, 9000]),
           "spring.datasource.url=jdbc:postgresql://localhost:5432/forms", "spring.jpa.hibernate.ddl-auto=validate",
           "management.endpoints.web.exposure.include=health,info", "", "# " + comment_for(r, c)]
    pre = r.choice(["app.forms.", "integrations.%s." % c.spec.provider, "captcha.", ""])
    stl = r.choice(["kebab", "dot", "camel"])
    out += pub_line(c, pre + "%s=%s", stl)
    out.append(pre + "%s=%s" % (c.n(stl), c.v("properties", "")))
    out.append("logging.level.root=%s" % r.choice(["INFO", "WARN"]))
    return "src/main/resources/" + r.choice(["application.properties", "application-prod.properties"]), "properties", "\n".join(out) + "\n"


@T(ALL)
def t_spring_yaml(c):
    r = c.r
    st = r.choice(["kebab", "camel"])
    out = ["server:", "  port: 8080", "spring:", "  application:", "    name: survey-ingest", "  mail:", "    host: smtp.%s" % c.domain,
           "    port: 587", "", "app:", "  %s:" % r.choice(["forms", "captcha", "integrations", "survey"])]
    out += pub_line(c, "    %s: %s", st)
    out.append("    %s: %s" % (c.n(st), c.v("yaml", r.choice(['', '"']))))
    out += ["    timeout-ms: %d" % r.choice([3000, 5000]), "", "logging:", "  level:", "    com.%s: DEBUG" % c.slug.replace("-", "")]
    return "src/main/resources/application%s.yml" % r.choice(["", "-prod"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_appsettings(c):
    r = c.r
    sec = r.choice(["Captcha", "Forms", "Integrations", c.spec.label.replace(" ", "")])
    inner = []
    if c.pub is not None and c.pn("pascal"):
        inner.append('    "%s": "%s"' % (c.pn("pascal"), c.pub))
    inner.append('    "%s": %s' % (c.n("pascal"), c.v("json")))
    out = ['{', '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', '    }', '  },',
           '  "AllowedHosts": "*",', '  "%s": {' % sec, ",\n".join(inner), '  }', '}']
    return r.choice(["appsettings.json", "appsettings.Production.json", "src/Forms.Api/appsettings.json"]), "json", "\n".join(out) + "\n"


@T(ALL)
def t_django_settings(c):
    r = c.r
    out = ['"""Django settings for %s project."""' % c.slug.replace("-", "_"), "", "import os", "from pathlib import Path", "",
           "BASE_DIR = Path(__file__).resolve().parent.parent", "", "DEBUG = os.environ.get(\"DJANGO_DEBUG\", \"0\") == \"1\"",
           "ALLOWED_HOSTS = [\"%s\", \"www.%s\"]" % (c.domain, c.domain), "", "INSTALLED_APPS = [", "    \"django.contrib.admin\",",
           "    \"django.contrib.auth\",", "    \"django.contrib.contenttypes\",", "    \"django.contrib.sessions\",",
           "    \"django.contrib.staticfiles\",", "    \"contact\",", "]", "", "# " + comment_for(r, c)]
    st = r.choice(["scream", "scream", "snake"])
    out += pub_line(c, "%s = \"%s\"", st)
    out.append("%s = %s" % (c.n(st), c.v("py", r.choice(['"', "'"]))))
    out += ["", "STATIC_URL = \"static/\"", "DEFAULT_AUTO_FIELD = \"django.db.models.BigAutoField\"", "EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\""]
    return r.choice(["config/settings.py", "%s/settings/production.py" % c.slug.replace("-", "_"), "mysite/settings.py"]), "python", "\n".join(out) + "\n"


@T(ALL)
def t_flask_config(c):
    r = c.r
    st = "scream"
    out = ["import os", "", "", "class Config:", "    SECRET_KEY = os.environ.get(\"FLASK_SECRET_KEY\")", "    SQLALCHEMY_TRACK_MODIFICATIONS = False",
           "    MAIL_SERVER = \"smtp.%s\"" % c.domain, "    MAIL_PORT = 587", "", "", "class ProductionConfig(Config):",
           "    DEBUG = False", "    # " + comment_for(r, c)]
    out += pub_line(c, "    %s = \"%s\"", st)
    out.append("    %s = %s" % (c.n(st), c.v("py", r.choice(['"', "'"]))))
    out += ["", "", "class DevelopmentConfig(Config):", "    DEBUG = True", "", "", "config = {\"production\": ProductionConfig, \"development\": DevelopmentConfig}"]
    return r.choice(["config.py", "app/config.py", "instance/config.py"]), "python", "\n".join(out) + "\n"


@T(ALL)
def t_wpconfig(c):
    r = c.r
    st = "scream"
    out = ["<?php", "/**", " * The base configuration for WordPress", " */", "", "define( 'DB_NAME', 'wp_%s' );" % c.slug.replace("-", "_"),
           "define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", "", "$table_prefix = 'wp_';", "",
           "/* " + comment_for(r, c) + " */"]
    out += pub_line(c, "define( '%s', '%s' );", st)
    out.append("define( '%s', %s );" % (c.n(st), c.v("php", "'")))
    out += ["", "define( 'WP_DEBUG', false );", "define( 'DISALLOW_FILE_EDIT', true );", "", "if ( ! defined( 'ABSPATH' ) ) {",
            "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "", "require_once ABSPATH . 'wp-settings.php';"]
    return r.choice(["wp-config.php", "public/wp-config.php"]), "php", "\n".join(out) + "\n"


@T(ALL)
def t_laravel_services(c):
    r = c.r
    key = c.spec.provider
    inner = []
    if c.pub is not None and c.pn("snake"):
        inner.append("        '%s' => env('%s', '%s')," % (c.pn("snake"), c.spec.pubenv or "PUBLIC_ID", c.pub))
    if c.mode == "env":
        inner.append("        '%s' => %s," % (c.n("snake"), c.envref("laravel")))
    else:
        inner.append("        '%s' => env('%s', %s)," % (c.n("snake"), c.env, c.v("php", "'")))
    out = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),",
           "    ],", "", "    '%s' => [" % key] + inner + ["        'timeout' => 5,", "    ],", "", "    'ses' => [", "        'key' => env('AWS_ACCESS_KEY_ID'),",
           "        'secret' => env('AWS_SECRET_ACCESS_KEY'),", "        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),", "    ],", "", "];"]
    return "config/services.php", "php", "\n".join(out) + "\n"


@T(ALL)
def t_rails_initializer(c):
    r = c.r
    mod = c.spec.label.replace(" ", "")
    out = ["# frozen_string_literal: true", "", "# " + comment_for(r, c), "Rails.application.configure do"]
    out += pub_line(c, "  config.x.forms.%s = \"%s\"", "snake")
    out.append("  config.x.forms.%s = %s" % (c.n("snake"), c.v("rb")))
    out += ["  config.x.forms.timeout = %d" % r.choice([3, 5, 10]), "end"]
    return "config/initializers/%s.rb" % r.choice([c.spec.provider, "forms", "captcha", "integrations"]), "ruby", "\n".join(out) + "\n"


@T(ALL)
def t_ini(c):
    r = c.r
    sec = r.choice(["captcha", "spam", "forms"] if c.spec.role == "captcha" else ["forms", c.spec.provider, "integrations", "mail" if c.spec.role == "password" else "api"])
    out = ["; site configuration", "[general]", "site_name = %s" % c.slug, "debug = off", "timezone = %s" % r.choice(["UTC", "Europe/Paris"]), "",
           "[%s]" % sec]
    out += pub_line(c, "%s = %s", "snake")
    out.append("%s = %s" % (c.n("snake"), c.v("ini", r.choice(["", '"']))))
    out += ["", "[mail]", "from = no-reply@%s" % c.domain, "to = office@%s" % c.domain]
    return r.choice(["config/config.ini", "app.ini", "settings.ini", "conf/site.ini"]), "ini", "\n".join(out) + "\n"


@T(ALL)
def t_ansible(c):
    r = c.r
    out = ["---", "# group_vars for the web tier", "nginx_server_name: %s" % c.domain, "php_version: \"8.%d\"" % r.randint(1, 3),
           "wordpress_site_title: \"%s\"" % c.slug.replace("-", " ").title(), ""]
    out += pub_line(c, "%s: \"%s\"", "snake")
    q = r.choice(['"', "'"])
    val = c.v("yaml", q) if c.mode != "env" else "\"{{ lookup('env', '%s') }}\"" % c.env
    out.append("%s: %s" % (c.n("snake"), val))
    out += ["certbot_email: ops@%s" % c.domain]
    return r.choice(["group_vars/web.yml", "inventories/prod/group_vars/all.yml", "roles/site/defaults/main.yml"]), "yaml", "\n".join(out) + "\n"


@T(ALL)
def t_runbook(c):
    r = c.r
    head = r.choice(["# Contact form runbook", "# Forms & anti-spam: ops notes", "## Website integrations", "# Handover notes"])
    out = [head, "", "The %s integration backs the forms on https://%s." % (c.spec.label, c.domain), "",
           "## Where things are", "", "- Form handler: `netlify/functions/contact.js`", "- Owner: web team (#web-forms)", "",
           "## Current values", ""]
    if r.random() < 0.5:
        out.append("```")
        out += pub_line(c, "%s=%s", "scream")
        out.append("%s=%s" % (c.n("scream"), c.v("md", "")))
        out.append("```")
    else:
        out += pub_line(c, "- %s: `%s`", "snake")
        out.append("- %s: `%s`" % (c.n("snake"), c.v("md", "")))
    out += ["", "## Rotation", "", "1. Create a new key in the %s dashboard." % c.spec.label, "2. Update the site env vars and redeploy.",
            "3. Submit the contact form once and check the inbox."]
    return r.choice(["notes/runbook.md", "docs/forms.md", "RUNBOOK.md", "docs/ops/integrations.md"]), "markdown", "\n".join(out) + "\n"


@T(ALL)
def t_shell_env(c):
    r = c.r
    out = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# " + comment_for(r, c)]
    out += pub_line(c, "export %s=\"%s\"", "scream")
    out.append("export %s=%s" % (c.n("scream"), c.v("sh", '"') if c.mode != "env" else "\"$(pass show web/%s)\"" % c.spec.provider))
    out += ["", "cd \"$(dirname \"$0\")/..\"", "npm ci --silent", "npm run build", "npx %s" % r.choice(["netlify deploy --prod", "wrangler deploy", "vercel --prod"])]
    return r.choice(["scripts/deploy.sh", "bin/release.sh", "deploy.sh"]), "shell", "\n".join(out) + "\n"


@T(ALL)
def t_next_config(c):
    r = c.r
    out = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,", "  images: {", "    domains: ['images.%s']," % c.domain, "  },",
           "  env: {"]
    if c.pub is not None and c.pn("scream"):
        out.append("    %s: '%s'," % (c.pn("scream"), c.pub))
    out.append("    %s: %s," % (c.n("scream"), c.v("js", "'")))
    out += ["  },", "};", "", "module.exports = nextConfig;"]
    return r.choice(["next.config.js", "apps/site/next.config.js"]), "javascript", "\n".join(out) + "\n"


@T(ALL)
def t_nuxt_config(c):
    r = c.r
    out = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({", "  devtools: { enabled: false },",
           "  modules: ['@nuxtjs/tailwindcss'],", "  runtimeConfig: {", "    // server-only"]
    out.append("    %s: %s," % (c.n("camel"), c.v("ts", "'")))
    out.append("    public: {")
    if c.pub is not None and c.pn("camel"):
        out.append("      %s: '%s'," % (c.pn("camel"), c.pub))
    out += ["      siteUrl: 'https://%s'," % c.domain, "    },", "  },", "})"]
    return "nuxt.config.ts", "typescript", "\n".join(out) + "\n"


@T(ALL)
def t_config_json(c):
    r = c.r
    st = r.choice(["camel", "snake"])
    inner = ['    "enabled": true']
    if c.pub is not None and c.pn(st):
        inner.append('    "%s": "%s"' % (c.pn(st), c.pub))
    inner.append('    "%s": %s' % (c.n(st), c.v("json")))
    out = ['{', '  "port": %d,' % r.choice([3000, 8080]), '  "baseUrl": "https://%s",' % c.domain, '  "mail": { "to": "office@%s", "subjectPrefix": "[Website]" },' % c.domain,
           '  "%s": {' % r.choice(["captcha", "forms", "integrations", c.spec.provider]), ",\n".join(inner), '  }', '}']
    return r.choice(["config/production.json", "config/default.json", "server/config.json"]), "json", "\n".join(out) + "\n"


@T(ALL)
def t_postman_env(c):
    r = c.r
    vals = []
    if c.pub is not None and c.pn("camel"):
        vals.append('\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": "%s",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t}' % (c.pn("camel"), c.pub))
    vals.append('\t\t{\n\t\t\t"key": "baseUrl",\n\t\t\t"value": "https://api.%s",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t}' % c.domain)
    vals.append('\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": %s,\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}' % (c.n("camel"), c.v("json")))
    out = '{\n\t"id": "%s",\n\t"name": "%s forms (prod)",\n\t"values": [\n%s\n\t],\n\t"_postman_variable_scope": "environment"\n}\n' % (uuid4(r), c.slug, ",\n".join(vals))
    return r.choice(["postman/prod.postman_environment.json", "tools/forms.postman_environment.json"]), "json", out


@T(ALL)
def t_webconfig(c):
    r = c.r
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>", '    <add key="SiteName" value="%s" />' % c.slug]
    out += pub_line(c, '    <add key="%s" value="%s" />', "pascal")
    out.append('    <add key="%s" value=%s />' % (c.n("pascal"), c.v("xml")))
    out += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return "Web.config", "xml", "\n".join(out) + "\n"


@T(ALL)
def t_htaccess(c):
    r = c.r
    out = ["# BEGIN WordPress", "<IfModule mod_rewrite.c>", "RewriteEngine On", "RewriteBase /", "RewriteRule ^index\\.php$ - [L]",
           "RewriteCond %{REQUEST_FILENAME} !-f", "RewriteCond %{REQUEST_FILENAME} !-d", "RewriteRule . /index.php [L]", "</IfModule>", "# END WordPress", "",
           "# form handler settings"]
    out += pub_line(c, "SetEnv %s %s", "scream")
    out.append("SetEnv %s %s" % (c.n("scream"), c.v("conf", r.choice(["", '"']))))
    return ".htaccess", "apache", "\n".join(out) + "\n"


@T(ALL)
def t_systemd(c):
    r = c.r
    out = ["[Unit]", "Description=%s form relay" % c.slug, "After=network.target", "", "[Service]", "User=www-data",
           "WorkingDirectory=/srv/%s" % c.slug, "ExecStart=/usr/bin/node server.js", "Environment=NODE_ENV=production"]
    out += pub_line(c, "Environment=%s=%s", "scream")
    out.append("Environment=%s=%s" % (c.n("scream"), c.v("systemd", "")))
    out += ["Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return r.choice(["deploy/form-relay.service", "ops/systemd/forms.service"]), "systemd", "\n".join(out) + "\n"


@T(ALL)
def t_dockerfile(c):
    r = c.r
    out = ["FROM node:20-alpine AS build", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .", "RUN npm run build", "",
           "FROM node:20-alpine", "WORKDIR /app", "ENV NODE_ENV=production"]
    out += pub_line(c, "ENV %s=%s", "scream")
    out.append("ENV %s=%s" % (c.n("scream"), c.v("dockerfile", "")))
    out += ["COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules", "EXPOSE 3000", "CMD [\"node\", \"dist/server.js\"]"]
    return r.choice(["Dockerfile", "docker/forms.Dockerfile"]), "dockerfile", "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# request model for code templates
# ---------------------------------------------------------------------------

RESP_FIELD = {"google": "g-recaptcha-response", "hcaptcha": "h-captcha-response", "cloudflare": "cf-turnstile-response",
              "friendlycaptcha": "frc-captcha-response"}
POST_APIS = {"mailchimp", "sendgrid", "stripe", "github"}


def secret_ref(c, lang, declared_name=None):
    if declared_name:
        return ("e", declared_name)
    if c.mode == "env":
        return ("e", c.envref(lang))
    return ("l", c.val)


def build_request(c, ref, user):
    """user: dict of language-neutral references to request data: token, email, ip, message, code.
    Returns dict(method, base, query, headers, form, json) whose values are lists of parts."""
    sp = c.spec
    auth = sp.auth or "bearer"
    url = c.url()
    req = {"method": "GET", "base": url, "query": [], "headers": [], "form": [], "json": []}
    body_kind = "form"
    if sp.role == "captcha" or sp.provider in POST_APIS or sp.kind == "oauth_client_secret":
        req["method"] = "POST"
    if sp.provider in ("mailchimp", "sendgrid", "github"):
        body_kind = "json"
    if auth == "bearer":
        req["headers"].append(("Authorization", [("l", "Bearer "), ref]))
    elif auth.startswith("header:"):
        req["headers"].append((auth.split(":", 1)[1], [ref]))
    elif auth.startswith("query:"):
        k = auth.split(":", 1)[1]
        sep = "&" if "?" in url else "?"
        req["base"] = None
        req["query"] = [("l", url + sep + k + "="), ref]
    elif auth.startswith("body:"):
        req[body_kind].append((auth.split(":", 1)[1], [ref]))
    elif auth == "basic":
        req["basic"] = ref
    # payload fields
    if sp.role == "captcha":
        if sp.provider == "akismet":
            req["form"] += [("blog", [("l", "https://%s" % c.domain)]), ("user_ip", [user["ip"]]), ("comment_type", [("l", "contact-form")]),
                            ("comment_author_email", [user["email"]]), ("comment_content", [user["message"]])]
        elif sp.provider == "cleantalk":
            req["form"] += [("method_name", [("l", "check_message")]), ("sender_email", [user["email"]]), ("sender_ip", [user["ip"]]),
                            ("message", [user["message"]])]
        elif sp.provider == "friendlycaptcha":
            req["form"] += [("response", [user["token"]]), ("sitekey", [("l", c.pub)] if c.pub else [("l", fc_sitekey(c.r))])]
        else:
            req["form"] += [("response", [user["token"]]), ("remoteip", [user["ip"]])]
    elif sp.kind == "oauth_client_secret":
        req["form"] = [("code", [user["code"]]), ("client_id", [("l", c.pub)])] + req["form"] + [
            ("redirect_uri", [("l", "https://%s/oauth/callback" % c.domain)]), ("grant_type", [("l", "authorization_code")])]
    elif sp.provider == "mailchimp":
        req["json"] += [("email_address", [user["email"]]), ("status", [("l", "pending")])]
    elif sp.provider == "sendgrid":
        req["json"] += [("from", [("l", "forms@%s" % c.domain)]), ("subject", [("l", "New website enquiry")])]
    elif sp.provider == "stripe":
        req["form"] += [("amount", [("l", "2500")]), ("currency", [("l", "eur")]), ("receipt_email", [user["email"]])]
    elif sp.provider == "github":
        req["json"] += [("event_type", [("l", "form-submission")])]
    return req


def q_of(lang):
    return "'" if lang in ("php",) else '"'


def render(parts, lang, q=None):
    q = q or q_of(lang)
    if all(k == "l" for k, _ in parts):
        return q + "".join(v for _, v in parts) + q
    if len(parts) == 1:
        return parts[0][1]
    if lang in ("js", "ts"):
        out = "`"
        for k, v in parts:
            out += v if k == "l" else "${" + v + "}"
        return out + "`"
    if lang == "rb":
        out = '"'
        for k, v in parts:
            out += v if k == "l" else "#{" + v + "}"
        return out + '"'
    op = {"php": " . "}.get(lang, " + ")
    return op.join((q + v + q) if k == "l" else v for k, v in parts)


def url_expr(req, lang):
    if req["base"] is not None:
        return render([("l", req["base"])], lang)
    return render(req["query"], lang)


def basic_expr(ref, lang):
    if lang in ("js", "ts"):
        return "'Basic ' + Buffer.from(" + render([("l", "anystring:"), ref], lang) + ").toString('base64')"
    if lang == "py":
        return None
    if lang == "php":
        return "'Basic ' . base64_encode(" + render([("l", "anystring:"), ref], lang) + ")"
    if lang == "gs":
        return "'Basic ' + Utilities.base64Encode(" + render([("l", "anystring:"), ref], lang) + ")"
    if lang == "rb":
        return '"Basic " + Base64.strict_encode64(' + render([("l", "anystring:"), ref], lang) + ")"
    if lang == "go":
        return '"Basic " + base64.StdEncoding.EncodeToString([]byte(' + render([("l", "anystring:"), ref], lang) + "))"
    return render([("l", "Basic "), ref], lang)


def js_fetch(req, lang, ind, var="res"):
    p = " " * ind
    hdrs = [(k, render(v, lang, "'")) for k, v in req["headers"]]
    if "basic" in req:
        hdrs.append(("Authorization", basic_expr(req["basic"], lang)))
    opts = []
    if req["method"] == "POST":
        opts.append("method: 'POST'")
    body = None
    if req["form"]:
        body = "new URLSearchParams({\n" + ",\n".join("%s    %s: %s" % (p, js_key(k), render(v, lang, "'")) for k, v in req["form"]) + ",\n" + p + "  })"
    elif req["json"]:
        hdrs.append(("Content-Type", "'application/json'"))
        body = "JSON.stringify({\n" + ",\n".join("%s    %s: %s" % (p, js_key(k), render(v, lang, "'")) for k, v in req["json"]) + ",\n" + p + "  })"
    if hdrs:
        opts.append("headers: {\n" + ",\n".join("%s    %s: %s" % (p, js_key(k), v) for k, v in hdrs) + ",\n" + p + "  }")
    if body:
        opts.append("body: " + body)
    u = url_expr(req, lang).replace('"', "'") if req["base"] is not None else url_expr(req, lang)
    if not opts:
        return ["%sconst %s = await fetch(%s);" % (p, var, u)]
    return ["%sconst %s = await fetch(%s, {" % (p, var, u)] + ["%s  %s," % (p, o) for o in opts] + ["%s});" % p]


def js_key(k):
    return k if k.replace("_", "").isalnum() and not k[0].isdigit() else "'%s'" % k


def py_requests(req, ind, var="resp"):
    p = " " * ind
    args = [url_expr(req, "py")]
    hdrs = [(k, render(v, "py")) for k, v in req["headers"]]
    extra = []
    if "basic" in req:
        extra.append("auth=(\"anystring\", %s)" % render([req["basic"]], "py"))
    if hdrs:
        extra.append("headers={" + ", ".join('"%s": %s' % (k, v) for k, v in hdrs) + "}")
    if req["form"]:
        extra.append("data={\n" + "".join('%s        "%s": %s,\n' % (p, k, render(v, "py")) for k, v in req["form"]) + p + "    }")
    if req["json"]:
        extra.append("json={\n" + "".join('%s        "%s": %s,\n' % (p, k, render(v, "py")) for k, v in req["json"]) + p + "    }")
    extra.append("timeout=%d" % 10)
    fn = "requests.post" if req["method"] == "POST" else "requests.get"
    return ("%s%s = %s(\n" % (p, var, fn) + ",\n".join(p + "    " + a for a in args + extra) + ",\n" + p + ")").split("\n")


def php_wp(req, ind, var="$response"):
    p = " " * ind
    hdrs = [(k, render(v, "php")) for k, v in req["headers"]]
    if "basic" in req:
        hdrs.append(("Authorization", basic_expr(req["basic"], "php")))
    args = []
    if hdrs:
        args.append("'headers' => array(\n" + "".join("%s        '%s' => %s,\n" % (p, k, v) for k, v in hdrs) + p + "    )")
    if req["form"]:
        args.append("'body' => array(\n" + "".join("%s        '%s' => %s,\n" % (p, k, render(v, "php")) for k, v in req["form"]) + p + "    )")
    if req["json"]:
        args.append("'body' => wp_json_encode( array(\n" + "".join("%s        '%s' => %s,\n" % (p, k, render(v, "php")) for k, v in req["json"]) + p + "    ) )")
    args.append("'timeout' => 10")
    fn = "wp_remote_post" if req["method"] == "POST" else "wp_remote_get"
    return ("%s%s = %s( %s, array(\n" % (p, var, fn, url_expr(req, "php")) + ",\n".join(p + "    " + a for a in args) + ",\n" + p + ") );").split("\n")


def php_curl(req, ind):
    p = " " * ind
    hdrs = ["%s: " % k for k, _ in req["headers"]]
    lines = ["%s$ch = curl_init( %s );" % (p, url_expr(req, "php"))]
    hl = []
    for k, v in req["headers"]:
        hl.append(render([("l", "%s: " % k)] + v, "php"))
    if "basic" in req:
        lines.append("%scurl_setopt( $ch, CURLOPT_USERPWD, %s );" % (p, render([("l", "anystring:"), req["basic"]], "php")))
    if req["json"]:
        hl.append("'Content-Type: application/json'")
    if hl:
        lines.append("%scurl_setopt( $ch, CURLOPT_HTTPHEADER, array( %s ) );" % (p, ", ".join(hl)))
    if req["form"]:
        lines.append("%scurl_setopt( $ch, CURLOPT_POSTFIELDS, http_build_query( array(" % p)
        lines += ["%s    '%s' => %s," % (p, k, render(v, "php")) for k, v in req["form"]]
        lines.append("%s) ) );" % p)
    if req["json"]:
        lines.append("%scurl_setopt( $ch, CURLOPT_POSTFIELDS, json_encode( array(" % p)
        lines += ["%s    '%s' => %s," % (p, k, render(v, "php")) for k, v in req["json"]]
        lines.append("%s) ) );" % p)
    lines += ["%scurl_setopt( $ch, CURLOPT_RETURNTRANSFER, true );" % p, "%s$raw = curl_exec( $ch );" % p, "%scurl_close( $ch );" % p]
    return lines


def rb_http(req, ind):
    p = " " * ind
    lines = ["%suri = URI(%s)" % (p, url_expr(req, "rb"))]
    cls = "Post" if req["method"] == "POST" else "Get"
    lines.append("%sreq = Net::HTTP::%s.new(uri)" % (p, cls))
    for k, v in req["headers"]:
        lines.append('%sreq["%s"] = %s' % (p, k, render(v, "rb")))
    if "basic" in req:
        lines.append('%sreq.basic_auth("anystring", %s)' % (p, render([req["basic"]], "rb")))
    if req["form"]:
        lines.append("%sreq.set_form_data(" % p)
        lines += ['%s  "%s" => %s,' % (p, k, render(v, "rb")) for k, v in req["form"]]
        lines.append("%s)" % p)
    if req["json"]:
        lines.append('%sreq["Content-Type"] = "application/json"' % p)
        lines.append("%sreq.body = {" % p)
        lines += ['%s  %s: %s,' % (p, k, render(v, "rb")) for k, v in req["json"]]
        lines.append("%s}.to_json" % p)
    lines.append("%sres = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }" % p)
    return lines


def go_http(req, ind):
    p = "\t" * ind
    lines = []
    if req["form"]:
        lines.append("%sform := url.Values{}" % p)
        for k, v in req["form"]:
            lines.append('%sform.Set("%s", %s)' % (p, k, render(v, "go")))
        lines.append('%sreq, err := http.NewRequest("POST", %s, strings.NewReader(form.Encode()))' % (p, url_expr(req, "go")))
    elif req["json"]:
        lines.append("%spayload, _ := json.Marshal(map[string]string{" % p)
        for k, v in req["json"]:
            lines.append('%s\t"%s": %s,' % (p, k, render(v, "go")))
        lines.append("%s})" % p)
        lines.append('%sreq, err := http.NewRequest("POST", %s, bytes.NewReader(payload))' % (p, url_expr(req, "go")))
    else:
        lines.append('%sreq, err := http.NewRequest("%s", %s, nil)' % (p, req["method"], url_expr(req, "go")))
    lines += ["%sif err != nil {" % p, "%s\treturn err" % p, "%s}" % p]
    if req["form"]:
        lines.append('%sreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")' % p)
    for k, v in req["headers"]:
        lines.append('%sreq.Header.Set("%s", %s)' % (p, k, render(v, "go")))
    if "basic" in req:
        lines.append('%sreq.SetBasicAuth("anystring", %s)' % (p, render([req["basic"]], "go")))
    lines += ["%sresp, err := httpClient.Do(req)" % p, "%sif err != nil {" % p, "%s\treturn err" % p, "%s}" % p, "%sdefer resp.Body.Close()" % p]
    return lines


def gs_fetch(req, ind):
    p = " " * ind
    opts = ["method: '%s'" % req["method"].lower(), "muteHttpExceptions: true"]
    hdrs = [(k, render(v, "gs", "'")) for k, v in req["headers"]]
    if "basic" in req:
        hdrs.append(("Authorization", basic_expr(req["basic"], "gs")))
    if hdrs:
        opts.append("headers: { " + ", ".join("'%s': %s" % (k, v) for k, v in hdrs) + " }")
    if req["form"]:
        opts.append("payload: {\n" + "".join("%s    '%s': %s,\n" % (p, k, render(v, "gs", "'")) for k, v in req["form"]) + p + "  }")
    if req["json"]:
        opts.append("contentType: 'application/json'")
        opts.append("payload: JSON.stringify({\n" + "".join("%s    '%s': %s,\n" % (p, k, render(v, "gs", "'")) for k, v in req["json"]) + p + "  })")
    u = url_expr(req, "gs").replace('"', "'")
    return ["%svar res = UrlFetchApp.fetch(%s, {" % (p, u)] + ["%s  %s," % (p, o) for o in opts] + ["%s});" % p]


def setup(c, lang, st=None, envref=None):
    """Declaration lines for the secret (maybe none when inline) and the reference to use."""
    r = c.r
    st = st or pick_style(r, lang)
    if c.inline:
        if c.mode == "env" and envref:
            return [], ("e", envref)
        return [], secret_ref(c, lang)
    name = c.n(st)
    val = envref if (c.mode == "env" and envref) else c.v(lang, "'" if lang in ("php", "gs") else '"')
    if lang in ("js", "ts"):
        line = "const %s = %s;" % (name, val)
    elif lang == "py":
        line = "%s = %s" % (name, val)
    elif lang == "php":
        name = "$" + name
        line = "%s = %s;" % (name, val)
    elif lang == "rb":
        line = "%s = %s" % (name, val)
    elif lang == "go":
        line = ("const %s = %s" if c.mode != "env" else "var %s = %s") % (name, val)
    elif lang == "gs":
        line = "var %s = %s;" % (name, val)
    else:
        line = "%s = %s" % (name, val)
    return [line], ("e", name)


def pub_decl(c, lang, st):
    if c.pub is None or not c.pn(st):
        return []
    n = c.pn(st)
    if lang in ("js", "ts"):
        return ["const %s = '%s';" % (n, c.pub)]
    if lang == "php":
        return ["$%s = '%s';" % (n, c.pub)]
    if lang == "go":
        return ['const %s = "%s"' % (n, c.pub)]
    if lang == "gs":
        return ["var %s = '%s';" % (n, c.pub)]
    return ['%s = "%s"' % (n, c.pub)]


def uref(lang):
    if lang == "php":
        return {"token": ("e", "$token"), "email": ("e", "$email"), "ip": ("e", "$_SERVER['REMOTE_ADDR']"), "message": ("e", "$message"), "code": ("e", "$_GET['code']")}
    if lang == "go":
        return {"token": ("e", "token"), "email": ("e", "email"), "ip": ("e", "r.RemoteAddr"), "message": ("e", "message"), "code": ("e", "code")}
    if lang == "rb":
        return {"token": ("e", "token"), "email": ("e", "params[:email]"), "ip": ("e", "request.ip"), "message": ("e", "params[:message]"), "code": ("e", "params[:code]")}
    if lang == "py":
        return {"token": ("e", "token"), "email": ("e", "email"), "ip": ("e", "remote_ip"), "message": ("e", "message"), "code": ("e", "code")}
    if lang == "gs":
        return {"token": ("e", "e.parameter.token"), "email": ("e", "e.parameter.email"), "ip": ("l", ""), "message": ("e", "e.parameter.message"), "code": ("e", "e.parameter.code")}
    return {"token": ("e", "token"), "email": ("e", "email"), "ip": ("e", "ip"), "message": ("e", "message"), "code": ("e", "code")}


def respfield(c):
    return RESP_FIELD.get(c.spec.provider, "token")


@T(CALL)
def t_next_api(c):
    r = c.r
    decl, ref = setup(c, "js")
    req = build_request(c, ref, uref("js"))
    rf = respfield(c)
    out = ["// pages/api/contact.js", "import { sendMail } from '../../lib/mailer';", ""] + decl + ([""] if decl else []) + [
        "export default async function handler(req, res) {", "  if (req.method !== 'POST') {", "    return res.status(405).json({ error: 'Method not allowed' });", "  }",
        "  const { name, email, message } = req.body;", "  const token = req.body['%s'];" % rf,
        "  const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;", ""]
    out += js_fetch(req, "js", 2, "upstream")
    out += ["  const data = await upstream.json();", "  if (!upstream.ok || data.success === false) {", "    return res.status(400).json({ error: 'Verification failed' });", "  }",
            "", "  await sendMail({ to: 'office@%s', subject: `Website: ${name}`, text: message, replyTo: email });" % c.domain,
            "  return res.status(200).json({ ok: true });", "}"]
    return r.choice(["pages/api/contact.js", "src/pages/api/contact.js", "pages/api/subscribe.js"]), "javascript", "\n".join(out) + "\n"


@T(CALL)
def t_next_route(c):
    r = c.r
    decl, ref = setup(c, "ts")
    req = build_request(c, ref, uref("ts"))
    out = ["import { NextResponse } from 'next/server';", "", "export const runtime = '%s';" % r.choice(["nodejs", "edge"]), ""] + decl + ([""] if decl else []) + [
        "export async function POST(request: Request) {", "  const form = await request.formData();", "  const token = String(form.get('%s') ?? '');" % respfield(c),
        "  const email = String(form.get('email') ?? '');", "  const message = String(form.get('message') ?? '');",
        "  const ip = request.headers.get('CF-Connecting-IP') ?? request.headers.get('x-forwarded-for') ?? '';", ""]
    out += js_fetch(req, "ts", 2)
    out += ["", "  if (!res.ok) {", "    return NextResponse.json({ error: 'upstream error' }, { status: 502 });", "  }",
            "  return NextResponse.redirect(new URL('/thank-you', request.url), 303);", "}"]
    return r.choice(["app/api/contact/route.ts", "src/app/api/subscribe/route.ts", "app/api/feedback/route.ts"]), "typescript", "\n".join(out) + "\n"


@T(CALL)
def t_netlify_fn(c):
    r = c.r
    decl, ref = setup(c, "js")
    req = build_request(c, ref, uref("js"))
    out = ["// Netlify function: triggered by the contact form", ""] + decl + ([""] if decl else []) + [
        "exports.handler = async (event) => {", "  if (event.httpMethod !== 'POST') return { statusCode: 405, body: 'Method Not Allowed' };",
        "  const params = new URLSearchParams(event.body);", "  const token = params.get('%s');" % respfield(c), "  const email = params.get('email');",
        "  const message = params.get('message');", "  const ip = event.headers['x-nf-client-connection-ip'];", "", "  try {"]
    out += js_fetch(req, "js", 4)
    out += ["    const json = await res.json();", "    console.log('upstream status', res.status);", "    return { statusCode: 200, body: JSON.stringify({ ok: true, json }) };",
            "  } catch (err) {", "    console.error(err);", "    return { statusCode: 500, body: 'error' };", "  }", "};"]
    return "netlify/functions/" + r.choice(["contact.js", "submission-created.js", "verify-captcha.js", "sync-responses.js"]), "javascript", "\n".join(out) + "\n"


@T(CALL)
def t_cf_pages_fn(c):
    r = c.r
    decl, ref = setup(c, "ts", envref="env.%s" % c.env)
    req = build_request(c, ref, uref("ts"))
    out = ["interface Env {", "  %s: string;" % c.env, "  SUBMISSIONS: KVNamespace;", "}", ""] + decl + ([""] if decl else []) + [
        "export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {", "  const body = await request.formData();",
        "  const token = body.get('%s') as string;" % respfield(c), "  const email = body.get('email') as string;", "  const message = body.get('message') as string;",
        "  const ip = request.headers.get('CF-Connecting-IP') ?? '';", ""]
    out += js_fetch(req, "ts", 2)
    out += ["  const outcome = await res.json<{ success?: boolean }>();", "  if (outcome.success === false) {", "    return new Response('captcha failed', { status: 403 });", "  }",
            "  await env.SUBMISSIONS.put(crypto.randomUUID(), JSON.stringify({ email, message }));", "  return Response.redirect('https://%s/thanks', 303);" % c.domain, "};"]
    return r.choice(["functions/api/contact.ts", "functions/submit.ts"]), "typescript", "\n".join(out) + "\n"


@T(CALL)
def t_express(c):
    r = c.r
    decl, ref = setup(c, "js")
    req = build_request(c, ref, uref("js"))
    out = ["const express = require('express');", "const router = express.Router();", "const { saveLead } = require('../db/leads');", ""] + decl + ([""] if decl else []) + [
        "router.post('/%s', async (req, res, next) => {" % r.choice(["contact", "subscribe", "survey/submit", "quote"]), "  try {",
        "    const { email, message } = req.body;", "    const token = req.body['%s'];" % respfield(c), "    const ip = req.ip;"]
    out += js_fetch(req, "js", 4, "upstream")
    out += ["    if (!upstream.ok) return res.status(400).send('Rejected');", "    await saveLead({ email, message });", "    res.redirect('/thanks');",
            "  } catch (e) {", "    next(e);", "  }", "});", "", "module.exports = router;"]
    return r.choice(["routes/forms.js", "src/routes/contact.js", "server/routes/leads.js"]), "javascript", "\n".join(out) + "\n"


@T(CALL)
def t_flask_view(c):
    r = c.r
    decl, ref = setup(c, "py")
    req = build_request(c, ref, uref("py"))
    out = ["import requests", "from flask import Blueprint, flash, redirect, render_template, request, url_for", "", "bp = Blueprint(\"contact\", __name__)", ""] + decl + (["", ""] if decl else [""]) + [
        "@bp.route(\"/contact\", methods=[\"GET\", \"POST\"])", "def contact():", "    if request.method == \"GET\":", "        return render_template(\"contact.html\")",
        "    token = request.form.get(\"%s\", \"\")" % respfield(c), "    email = request.form.get(\"email\", \"\")", "    message = request.form.get(\"message\", \"\")",
        "    remote_ip = request.headers.get(\"X-Forwarded-For\", request.remote_addr)", "    code = request.args.get(\"code\")"]
    out += py_requests(req, 4)
    out += ["    if resp.status_code != 200:", "        flash(\"Sorry, something went wrong.\")", "        return redirect(url_for(\"contact.contact\"))",
            "    flash(\"Thanks! We'll be in touch.\")", "    return redirect(url_for(\"main.index\"))"]
    return r.choice(["app/views/contact.py", "app/contact.py", "website/blueprints/contact.py"]), "python", "\n".join(out) + "\n"


@T(CALL)
def t_django_view(c):
    r = c.r
    decl, ref = setup(c, "py")
    req = build_request(c, ref, uref("py"))
    out = ["import logging", "", "import requests", "from django.contrib import messages", "from django.shortcuts import redirect, render", "",
           "from .forms import ContactForm", "", "logger = logging.getLogger(__name__)"] + ([""] + decl if decl else []) + ["", "",
           "def contact(request):", "    form = ContactForm(request.POST or None)", "    if request.method == \"POST\" and form.is_valid():",
           "        token = request.POST.get(\"%s\")" % respfield(c), "        email = form.cleaned_data[\"email\"]", "        message = form.cleaned_data[\"message\"]",
           "        remote_ip = request.META.get(\"REMOTE_ADDR\")", "        code = request.GET.get(\"code\")"]
    out += py_requests(req, 8)
    out += ["        if resp.ok:", "            messages.success(request, \"Message sent.\")", "            return redirect(\"contact-thanks\")",
            "        logger.warning(\"upstream rejected submission: %s\", resp.text[:200])", "    return render(request, \"contact/form.html\", {\"form\": form})"]
    return r.choice(["contact/views.py", "apps/forms/views.py", "surveys/views.py"]), "python", "\n".join(out) + "\n"


@T(CALL)
def t_fastapi(c):
    r = c.r
    decl, ref = setup(c, "py")
    req = build_request(c, ref, uref("py"))
    out = ["from fastapi import APIRouter, Form, HTTPException, Request", "import requests", "", "router = APIRouter(prefix=\"/forms\")"] + ([""] + decl if decl else []) + ["", "",
           "@router.post(\"/submit\")", "def submit(request: Request, email: str = Form(...), message: str = Form(\"\"), token: str = Form(\"\", alias=\"%s\")):" % respfield(c),
           "    remote_ip = request.client.host", "    code = request.query_params.get(\"code\")"]
    out += py_requests(req, 4)
    out += ["    if resp.status_code >= 400:", "        raise HTTPException(status_code=400, detail=\"rejected\")", "    return {\"ok\": True}"]
    return r.choice(["app/routers/forms.py", "api/forms.py"]), "python", "\n".join(out) + "\n"


@T(CALL)
def t_php_handler(c):
    r = c.r
    decl, ref = setup(c, "php")
    req = build_request(c, ref, uref("php"))
    out = ["<?php", "// contact form handler", "declare(strict_types=1);", ""] + decl + pub_decl(c, "php", "snake") + ["",
           "if ($_SERVER['REQUEST_METHOD'] !== 'POST') {", "    http_response_code(405);", "    exit;", "}", "",
           "$token   = $_POST['%s'] ?? '';" % respfield(c), "$email   = filter_var($_POST['email'] ?? '', FILTER_SANITIZE_EMAIL);", "$message = trim($_POST['message'] ?? '');", ""]
    out += php_curl(req, 0)
    out += ["", "$result = json_decode($raw, true);", "if (empty($result) || (isset($result['success']) && !$result['success'])) {",
            "    header('Location: /contact.html?error=1');", "    exit;", "}", "", "mail('office@%s', 'Website enquiry', $message, 'Reply-To: ' . $email);" % c.domain,
            "header('Location: /thanks.html');"]
    return r.choice(["contact.php", "public/send.php", "forms/submit.php", "api/contact.php"]), "php", "\n".join(out) + "\n"


@T(CALL)
def t_wp_plugin(c):
    r = c.r
    decl, ref = setup(c, "php", st="scream")
    if decl and not c.inline:
        decl = ["define( '%s', %s );" % (ref[1][1:], c.v("php", "'") if c.mode != "env" else c.envref("php"))]
        ref = ("e", ref[1][1:])
    req = build_request(c, ref, uref("php"))
    slug = r.choice(["acme-form-guard", "cf7-extra-checks", "simple-lead-sync", "gf-survey-bridge"])
    out = ["<?php", "/**", " * Plugin Name: %s" % slug.replace("-", " ").title(), " * Description: Extra checks / sync for form submissions.",
           " * Version: %d.%d.%d" % (1, r.randint(0, 5), r.randint(0, 9)), " * Author: %s" % c.slug, " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""] + decl + ["",
           "add_action( 'wpcf7_before_send_mail', function ( $contact_form ) {", "    $submission = WPCF7_Submission::get_instance();", "    if ( ! $submission ) {",
           "        return;", "    }", "    $data    = $submission->get_posted_data();", "    $token   = $data['%s'] ?? '';" % respfield(c), "    $email   = $data['your-email'] ?? '';",
           "    $message = $data['your-message'] ?? '';", ""]
    out += php_wp(req, 4)
    out += ["    if ( is_wp_error( $response ) ) {", "        error_log( $response->get_error_message() );", "    }", "} );"]
    return "wp-content/plugins/%s/%s.php" % (slug, slug), "php", "\n".join(out) + "\n"


@T(CALL)
def t_rails_controller(c):
    r = c.r
    decl, ref = setup(c, "rb", st="scream")
    req = build_request(c, ref, uref("rb"))
    out = ["require \"net/http\"", "require \"json\"", "", "class ContactsController < ApplicationController"] + ["  " + d for d in decl] + ([""] if decl else []) + [
        "  def create", "    token = params[\"%s\"]" % respfield(c)]
    out += rb_http(req, 4)
    out += ["    if res.is_a?(Net::HTTPSuccess)", "      ContactMailer.with(params: contact_params).notify.deliver_later", "      redirect_to thanks_path",
            "    else", "      flash.now[:alert] = \"Please try again\"", "      render :new, status: :unprocessable_entity", "    end", "  end", "",
            "  private", "", "  def contact_params", "    params.require(:contact).permit(:name, :email, :message)", "  end", "end"]
    return "app/controllers/contacts_controller.rb", "ruby", "\n".join(out) + "\n"


@T(CALL)
def t_go_handler(c):
    r = c.r
    decl, ref = setup(c, "go", st=r.choice(["camel", "camel", "pascal"]))
    req = build_request(c, ref, uref("go"))
    out = ["var httpClient = &http.Client{Timeout: 10 * time.Second}", ""] + decl + ([""] if decl else []) + [
           "func forward(r *http.Request) error {", "\ttoken := r.FormValue(\"%s\")" % respfield(c), "\temail := r.FormValue(\"email\")", "\tmessage := r.FormValue(\"message\")",
           "\tcode := r.URL.Query().Get(\"code\")", "\t_ = code"]
    out += go_http(req, 1)
    out += ["\tif resp.StatusCode >= 300 {", "\t\treturn errUpstream", "\t}", "\t_, _, _ = token, email, message", "\treturn nil", "}"]
    body = "\n".join(out)
    imports = ["net/http", "time"]
    for pkg, use in [("bytes", "bytes."), ("encoding/base64", "base64."), ("encoding/json", "json."), ("net/url", "url."), ("os", "os."), ("strings", "strings.")]:
        if use in body:
            imports.append(pkg)
    imports.sort()
    out = ["package %s" % r.choice(["forms", "contact", "handlers"]), "", "import ("] + ["\t\"%s\"" % i for i in imports] + [")", "",
           "var errUpstream = errors.New(\"upstream rejected the request\")", ""] + out
    out[3:3] = ["\t\"errors\""]
    return r.choice(["internal/forms/handler.go", "forms/verify.go", "pkg/contact/forward.go"]), "go", "\n".join(out) + "\n"


@T(CALL)
def t_apps_script(c):
    r = c.r
    decl, ref = setup(c, "gs", st=r.choice(["scream", "camel"]))
    req = build_request(c, ref, uref("gs"))
    out = ["/**", " * Google Apps Script bound to the '%s' responses sheet." % r.choice(["Volunteer signup", "Customer feedback", "Event RSVP"]), " */", ""] + decl + ([""] if decl else []) + [
        "function doPost(e) {", "  var sheet = SpreadsheetApp.getActive().getSheetByName('Responses');"]
    out += gs_fetch(req, 2)
    out += ["  sheet.appendRow([new Date(), e.parameter.email, res.getResponseCode()]);", "  return ContentService.createTextOutput(JSON.stringify({ ok: true }))",
            "    .setMimeType(ContentService.MimeType.JSON);", "}"]
    return r.choice(["Code.gs", "apps-script/Code.gs", "src/Sync.gs"]), "apps-script", "\n".join(out) + "\n"


@T(CALL)
def t_py_script(c):
    r = c.r
    decl, ref = setup(c, "py", st="scream")
    req = build_request(c, ref, uref("py"))
    out = ["#!/usr/bin/env python3", "\"\"\"Nightly export of form responses into the CRM staging table.\"\"\"", "", "import csv", "import sys", "", "import requests", ""] + decl + ["",
           "", "def main(out_path):", "    token = email = message = remote_ip = code = None"]
    out += py_requests(req, 4)
    out += ["    resp.raise_for_status()", "    rows = resp.json().get(\"items\", [])", "    with open(out_path, \"w\", newline=\"\") as fh:",
            "        w = csv.writer(fh)", "        for row in rows:", "            w.writerow([row.get(\"id\"), row.get(\"submitted_at\")])", "    print(f\"exported {len(rows)} rows\")", "", "",
            "if __name__ == \"__main__\":", "    main(sys.argv[1] if len(sys.argv) > 1 else \"responses.csv\")"]
    return r.choice(["scripts/export_responses.py", "tools/sync_forms.py", "bin/pull_submissions.py"]), "python", "\n".join(out) + "\n"


@T(CALL)
def t_curl_script(c):
    r = c.r
    sp = c.spec
    req = build_request(c, ("e", "${%s}" % c.n("scream")) if not c.inline else (("l", c.val) if c.mode != "env" else ("e", "${%s}" % c.env)), {k: ("e", "$%s" % k.upper()) for k in ["token", "email", "ip", "message", "code"]})
    def sh(parts):
        return '"' + "".join(v for _, v in parts) + '"'
    out = ["#!/bin/sh", "# quick manual check of the %s integration" % sp.label, "set -e", ""]
    if not c.inline:
        out.append("%s=%s" % (c.n("scream"), c.v("sh", '"') if c.mode != "env" else '"${%s:?missing}"' % c.env))
    out += ["TOKEN=\"$1\"", "EMAIL=\"test@%s\"" % c.domain, "IP=127.0.0.1", "MESSAGE=\"hello from curl\"", "CODE=\"$2\"", ""]
    u = sh([("l", req["base"])]) if req["base"] is not None else sh(req["query"])
    cmd = ["curl -sS %s%s" % ("-X POST " if req["method"] == "POST" else "", u)]
    for k, v in req["headers"]:
        cmd.append("-H %s" % sh([("l", k + ": ")] + v))
    if "basic" in req:
        cmd.append("--user %s" % sh([("l", "anystring:"), req["basic"]]))
    for k, v in req["form"]:
        cmd.append("--data-urlencode %s" % sh([("l", k + "=")] + v))
    if req["json"]:
        cmd.append("-H \"Content-Type: application/json\"")
        cmd.append("-d '{" + ", ".join('"%s": "%s"' % (k, "".join(x for _, x in v)) for k, v in req["json"]) + "}'")
    out.append(" \\\n  ".join(cmd))
    out.append("echo")
    return r.choice(["scripts/check-%s.sh" % sp.provider, "bin/smoke-test.sh", "test-form.sh"]), "shell", "\n".join(out) + "\n"


@T(CALL)
def t_astro_endpoint(c):
    r = c.r
    decl, ref = setup(c, "ts", envref="import.meta.env.%s" % c.env)
    req = build_request(c, ref, uref("ts"))
    out = ["import type { APIRoute } from 'astro';", "", "export const prerender = false;", ""] + decl + ([""] if decl else []) + [
        "export const POST: APIRoute = async ({ request, clientAddress, redirect }) => {", "  const data = await request.formData();",
        "  const token = data.get('%s')?.toString() ?? '';" % respfield(c), "  const email = data.get('email')?.toString() ?? '';",
        "  const message = data.get('message')?.toString() ?? '';", "  const ip = clientAddress;", ""]
    out += js_fetch(req, "ts", 2)
    out += ["  if (!res.ok) {", "    return new Response(JSON.stringify({ error: 'failed' }), { status: 400 });", "  }", "  return redirect('/thanks', 303);", "};"]
    return r.choice(["src/pages/api/contact.ts", "src/pages/api/feedback.ts", "src/pages/newsletter.ts"]), "typescript", "\n".join(out) + "\n"


@T(CALL)
def t_sveltekit(c):
    r = c.r
    decl, ref = setup(c, "ts", envref=c.env)
    req = build_request(c, ref, uref("ts"))
    imp = ["import { %s } from '$env/static/private';" % c.env] if c.mode == "env" else []
    out = ["import { fail, redirect } from '@sveltejs/kit';"] + imp + ["import type { Actions } from './$types';", ""] + decl + ([""] if decl else []) + [
        "export const actions: Actions = {", "  default: async ({ request, getClientAddress }) => {", "    const form = await request.formData();",
        "    const token = String(form.get('%s') ?? '');" % respfield(c), "    const email = String(form.get('email') ?? '');", "    const message = String(form.get('message') ?? '');",
        "    const ip = getClientAddress();"]
    out += js_fetch(req, "ts", 4)
    out += ["    if (!res.ok) return fail(400, { email, error: true });", "    throw redirect(303, '/thanks');", "  }", "};"]
    return r.choice(["src/routes/contact/+page.server.ts", "src/routes/signup/+page.server.ts"]), "typescript", "\n".join(out) + "\n"


# --- webhook (capability URL) templates -------------------------------------

@T({"webhook"})
def t_hook_js(c):
    r = c.r
    decl, ref = setup(c, "js")
    u = render([ref], "js", "'")
    out = ["// forward new signups to the automation", ""] + decl + ([""] if decl else []) + [
        "export async function forwardSubmission(form) {", "  const payload = {", "    email: form.email,", "    name: form.name,",
        "    source: '%s'," % r.choice(["website", "landing-page", "popup"]), "    submittedAt: new Date().toISOString(),", "  };",
        "  const res = await fetch(%s, {" % u, "    method: 'POST',", "    headers: { 'Content-Type': 'application/json' },", "    body: JSON.stringify(payload),", "  });",
        "  if (!res.ok) throw new Error(`hook failed: ${res.status}`);", "}"]
    return r.choice(["src/lib/forward.js", "lib/automation.js", "utils/webhook.js"]), "javascript", "\n".join(out) + "\n"


@T({"webhook"})
def t_hook_py(c):
    r = c.r
    decl, ref = setup(c, "py", st="scream")
    u = render([ref], "py")
    out = ["import logging", "", "import requests", "", "log = logging.getLogger(__name__)"] + ([""] + decl if decl else []) + ["", "",
           "def notify(submission):", "    \"\"\"Push a form submission to the automation platform.\"\"\"", "    body = {",
           "        \"form\": submission.form_slug,", "        \"email\": submission.email,", "        \"answers\": submission.answers,", "    }",
           "    try:", "        requests.post(%s, json=body, timeout=5).raise_for_status()" % u, "    except requests.RequestException:",
           "        log.exception(\"webhook delivery failed for %s\", submission.pk)"]
    return r.choice(["forms/hooks.py", "app/integrations/webhooks.py", "surveys/signals.py"]), "python", "\n".join(out) + "\n"


@T({"webhook"})
def t_hook_php(c):
    r = c.r
    decl, ref = setup(c, "php")
    u = render([ref], "php")
    path = r.choice(["wp-content/themes/%s-child/functions.php" % c.slug, "wp-content/mu-plugins/form-hooks.php"])
    out = ["<?php", "// " + ("functions.php (child theme)" if "themes" in path else "must-use plugin: push Gravity Forms entries to automation"), ""] + decl + ([""] if decl else []) + [
        "add_action( 'gform_after_submission_%d', function ( $entry, $form ) {" % r.randint(1, 12) if decl == [] else "add_action( 'gform_after_submission_%d', function ( $entry, $form ) use ( %s ) {" % (r.randint(1, 12), ref[1]),
        "    $body = array(", "        'email'   => rgar( $entry, '3' ),", "        'name'    => rgar( $entry, '1.3' ) . ' ' . rgar( $entry, '1.6' ),",
        "        'company' => rgar( $entry, '5' ),", "    );", "    wp_remote_post( %s, array(" % u, "        'body'    => wp_json_encode( $body ),",
        "        'headers' => array( 'Content-Type' => 'application/json' ),", "    ) );", "}, 10, 2 );"]
    return path, "php", "\n".join(out) + "\n"


@T({"webhook"})
def t_hook_html(c):
    r = c.r
    title = r.choice(["Join the waitlist", "Request a quote", "Volunteer sign-up", "Contact us"])
    if c.spec.provider in ("zapier", "make") and r.random() < 0.6:
        act = c.v("html", "") if c.mode != "env" else "{{ .Site.Params.formEndpoint }}"
        body = ['  <form action="%s" method="POST" class="signup">' % act, '    <label>Email <input type="email" name="email" required></label>',
                '    <label>Name <input type="text" name="name"></label>', '    <input type="hidden" name="source" value="website">',
                '    <button type="submit">Send</button>', "  </form>"]
    else:
        val = c.v("js", "'") if c.mode != "env" else "window.__FORM_ENDPOINT__"
        body = ['  <form id="signup" class="signup">', '    <input type="email" name="email" placeholder="you@example.com" required>',
                '    <button type="submit">Send</button>', "  </form>", "  <script>", "    document.getElementById('signup').addEventListener('submit', async (e) => {",
                "      e.preventDefault();", "      await fetch(%s, { method: 'POST', body: new FormData(e.target) });" % val, "      e.target.innerHTML = '<p>Thanks!</p>';", "    });", "  </script>"]
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s | %s</title>" % (title, c.slug.title()),
           "  <link rel=\"stylesheet\" href=\"/css/site.css\">", "</head>", "<body>", "  <h1>%s</h1>" % title] + body + ["</body>", "</html>"]
    return r.choice(["public/signup.html", "static/contact/index.html", "waitlist.html", "site/join.html"]), "html", "\n".join(out) + "\n"


@T({"webhook"})
def t_hook_gs(c):
    r = c.r
    decl, ref = setup(c, "gs", st="scream")
    u = render([ref], "gs", "'")
    out = ["// Installable trigger: From spreadsheet > On form submit", ""] + decl + ([""] if decl else []) + ["function onFormSubmit(e) {",
           "  var named = e.namedValues;", "  var payload = {", "    email: (named['Email address'] || [''])[0],", "    team: (named['Team'] || [''])[0],",
           "    submitted: new Date().toISOString()", "  };", "  UrlFetchApp.fetch(%s, {" % u, "    method: 'post',", "    contentType: 'application/json',",
           "    payload: JSON.stringify(payload)", "  });", "}"]
    return r.choice(["Code.gs", "apps-script/onFormSubmit.gs"]), "apps-script", "\n".join(out) + "\n"


@T({"webhook"})
def t_hook_ci(c):
    r = c.r
    val = c.v("yaml", "") if c.mode != "env" else "${{ secrets.%s }}" % c.env
    out = ["name: Nightly rebuild", "", "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (r.randint(0, 59), r.randint(0, 6)), "  workflow_dispatch:", "",
           "jobs:", "  trigger:", "    runs-on: ubuntu-latest", "    steps:", "      - name: Fire hook", "        run: |",
           "          curl -fsS -X POST -d '{}' %s" % (val if c.mode == "env" else '"%s"' % c.val)]
    return ".github/workflows/" + r.choice(["nightly.yml", "rebuild.yml"]), "yaml", "\n".join(out) + "\n"


# --- more captcha / API templates -------------------------------------------

@T(CALL)
def t_html_inline(c):
    r = c.r
    decl, ref = setup(c, "js")
    req = build_request(c, ref, uref("js"))
    title = r.choice(["Survey results", "Admin: submissions", "Contact", "Feedback wall"])
    body = ["  <h1>%s</h1>" % title, '  <div id="out">Loading…</div>', "  <script>"] + ["    " + d for d in decl] + [
        "    async function load(token, email, message, ip, code) {"]
    body += js_fetch(req, "js", 6)
    body += ["      document.getElementById('out').textContent = res.ok ? 'ok' : 'failed';", "    }", "    load('', '', '', '', '');", "  </script>"]
    return r.choice(["public/admin/results.html", "static/internal/submissions.html", "dashboard.html"]), "html", page(title, ['  <link rel="stylesheet" href="/css/site.css">'], body)


@T(CALL)
def t_http_file(c):
    r = c.r
    req = build_request(c, ("e", "{{%s}}" % c.n("camel")) if not c.inline else secret_ref(c, "http"), {k: ("e", "{{%s}}" % k) for k in ["token", "email", "ip", "message", "code"]})
    if c.mode == "env" and c.inline:
        req = build_request(c, ("e", "{{$dotenv %s}}" % c.env), {k: ("e", "{{%s}}" % k) for k in ["token", "email", "ip", "message", "code"]})
    raw = lambda parts: "".join(v for _, v in parts)
    out = ["### %s requests (VS Code REST Client)" % c.spec.label, ""]
    if not c.inline:
        out.append("@%s = %s" % (c.n("camel"), c.val if c.mode != "env" else "{{$dotenv %s}}" % c.env))
    out += ["@email = qa@%s" % c.domain, "@token = paste-widget-token", "@ip = 127.0.0.1", "@message = hello", "@code = paste-code", "", "###", ""]
    u = req["base"] if req["base"] is not None else raw(req["query"])
    out.append("%s %s" % (req["method"], u))
    for k, v in req["headers"]:
        out.append("%s: %s" % (k, raw(v)))
    if "basic" in req:
        out.append("Authorization: Basic anystring:%s" % raw([req["basic"]]))
    if req["form"]:
        out.append("Content-Type: application/x-www-form-urlencoded")
        out.append("")
        out.append("&".join("%s=%s" % (k, raw(v)) for k, v in req["form"]))
    elif req["json"]:
        out.append("Content-Type: application/json")
        out.append("")
        out.append(json.dumps({k: raw(v) for k, v in req["json"]}, indent=2))
    return r.choice(["requests/forms.http", "api.http", "tools/rest/%s.http" % c.spec.provider]), "http", "\n".join(out) + "\n"


def php_ser(v):
    return 's:%d:"%s";' % (len(v.encode("utf-8")), v)


@T({"captcha", "api", "password"})
def t_sql_dump(c):
    r = c.r
    opt = r.choice(["wpcf7", "wpforms_settings", "gf_settings", "site_integrations", "antispam_options"])
    items = [("enabled", "1")]
    if c.pub is not None and c.pn("kebab"):
        items.append((c.pn("kebab"), c.pub))
    val = c.val if c.mode != "env" else "%%%s%%" % c.env
    items.append((c.n("kebab"), val))
    ser = "a:%d:{%s}" % (len(items), "".join(php_ser(k) + php_ser(v) for k, v in items))
    ser = ser.replace('"', '\\"')
    oid = r.randint(150, 2400)
    out = ["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)" % r.randint(30, 39), "--", "-- Host: localhost    Database: wp_%s" % c.slug.replace("-", "_"),
           "-- ------------------------------------------------------", "", "LOCK TABLES `wp_options` WRITE;", "/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;",
           "INSERT INTO `wp_options` VALUES (%d,'siteurl','https://%s','yes'),(%d,'blogname','%s','yes');" % (oid - 3, c.domain, oid - 2, c.slug.title()),
           "INSERT INTO `wp_options` VALUES (%d,'%s','%s','yes');" % (oid, opt, ser),
           "INSERT INTO `wp_options` VALUES (%d,'cron','a:0:{}','yes');" % (oid + 1), "/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;", "UNLOCK TABLES;"]
    return r.choice(["db/backup-%d.sql" % r.randint(2022, 2025), "sql/wordpress.sql", "dumps/wp_options.sql"]), "sql", "\n".join(out) + "\n"


@T({"captcha"})
def t_wpforms_json(c):
    r = c.r
    pv = c.spec.provider
    nm = {"google": "recaptcha", "hcaptcha": "hcaptcha", "cloudflare": "turnstile"}.get(pv, pv)
    d = ['{', '  "captcha-provider": "%s",' % nm, '  "gdpr": false,', '  "email-async": true,']
    if c.pub is not None:
        d.append('  "%s": "%s",' % (c.pn("kebab") if c.obvious else "%s-site-key" % nm, c.pub))
    d.append('  "%s": %s,' % (c.n("kebab") if not c.obvious else "%s-secret-key" % nm, c.v("json")))
    d += ['  "%s-fail-msg": "Verification failed, please try again.",' % nm, '  "modern-markup": "1"', '}']
    return r.choice(["exports/wpforms-settings.json", "wp-content/uploads/wpforms/settings-export.json", "config/wpforms.json"]), "json", "\n".join(d) + "\n"


@T({"captcha"})
def t_cf7_option(c):
    r = c.r
    sk = c.pub or recaptcha_key(r)
    nm = {"google": "recaptcha", "cloudflare": "turnstile"}.get(c.spec.provider, c.spec.provider)
    out = ["<?php", "/**", " * One-off migration: restore the Contact Form 7 integration settings after the host move.", " * Run with: wp eval-file %s" % "scripts/restore-cf7.php", " */", ""]
    if c.inline:
        out += ["update_option( 'wpcf7', array(", "    '%s' => array(" % nm, "        '%s' => %s," % (sk, c.v("php", "'")), "    ),", ") );"]
    else:
        out += ["$%s = '%s';" % (c.pn("snake") or "site_key", sk), "$%s = %s;" % (c.n("snake"), c.v("php", "'")), "",
                "$opts = get_option( 'wpcf7', array() );", "$opts['%s'] = array( $%s => $%s );" % (nm, c.pn("snake") or "site_key", c.n("snake")),
                "update_option( 'wpcf7', $opts );"]
    out += ["", "WP_CLI::success( 'CF7 integration restored' );"]
    return r.choice(["scripts/restore-cf7.php", "wp-cli/cf7-integration.php"]), "php", "\n".join(out) + "\n"


# --- passwords / URLs with passwords / AWS ------------------------------------

@T({"password"})
def t_nodemailer(c):
    r = c.r
    user = "forms@%s" % c.domain
    val = c.v("js", "'")
    name = c.n("camel")
    inline = c.inline
    out = ["const nodemailer = require('nodemailer');", ""]
    if not inline:
        out += ["const %s = %s;" % (name, val), ""]
    out += ["const transporter = nodemailer.createTransport({", "  host: '%s'," % r.choice(["smtp.office365.com", "smtp.zoho.eu", "mail.%s" % c.domain, "smtp.gmail.com"]),
            "  port: 587,", "  secure: false,", "  auth: {", "    user: '%s'," % user, "    pass: %s," % (val if inline else name), "  },", "});", "",
            "module.exports = async function sendContact({ name, email, message }) {", "  return transporter.sendMail({", "    from: '\"Website\" <%s>'," % user,
            "    to: 'office@%s'," % c.domain, "    replyTo: email,", "    subject: `Contact form: ${name}`,", "    text: message,", "  });", "};"]
    return r.choice(["lib/mailer.js", "server/mail.js", "src/utils/sendMail.js"]), "javascript", "\n".join(out) + "\n"


@T({"password"})
def t_phpmailer(c):
    r = c.r
    out = ["<?php", "use PHPMailer\\PHPMailer\\PHPMailer;", "", "require __DIR__ . '/vendor/autoload.php';", "", "$mail = new PHPMailer(true);", "$mail->isSMTP();",
           "$mail->Host       = '%s';" % r.choice(["smtp.ionos.de", "smtp.gmail.com", "mail.%s" % c.domain]), "$mail->SMTPAuth   = true;",
           "$mail->Username   = 'contact@%s';" % c.domain]
    if c.inline or c.obvious:
        out.append("$mail->Password   = %s;" % c.v("php", "'"))
    else:
        out.insert(4, "$%s = %s;" % (c.n("snake"), c.v("php", "'")))
        out.append("$mail->Password   = $%s;" % c.n("snake"))
    out += ["$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;", "$mail->Port       = 587;", "", "$mail->setFrom('contact@%s', 'Website');" % c.domain,
            "$mail->addAddress('office@%s');" % c.domain, "$mail->Subject = 'New enquiry';", "$mail->Body    = $_POST['message'] ?? '';", "$mail->send();"]
    return r.choice(["mail.php", "includes/send-mail.php", "public/contact-send.php"]), "php", "\n".join(out) + "\n"


@T({"password"})
def t_django_email(c):
    r = c.r
    out = ["# Email settings for the contact/newsletter forms", "EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"",
           "EMAIL_HOST = \"%s\"" % r.choice(["smtp.sendgrid.net", "smtp.mailgun.org", "smtp.fastmail.com"]), "EMAIL_PORT = 587", "EMAIL_USE_TLS = True",
           "EMAIL_HOST_USER = \"forms@%s\"" % c.domain]
    if c.obvious:
        out.append("EMAIL_HOST_PASSWORD = %s" % c.v("py"))
    else:
        out.insert(0, "%s = %s" % (c.n("scream"), c.v("py")))
        out.append("EMAIL_HOST_PASSWORD = %s" % c.n("scream"))
    out += ["DEFAULT_FROM_EMAIL = \"Website <forms@%s>\"" % c.domain, "SERVER_EMAIL = DEFAULT_FROM_EMAIL"]
    return r.choice(["config/settings/email.py", "mysite/settings_email.py"]), "python", "\n".join(out) + "\n"


@T({"urlpw"})
def t_sqlalchemy(c):
    r = c.r
    decl, ref = setup(c, "py", st="scream")
    out = ["from sqlalchemy import create_engine", "from sqlalchemy.orm import sessionmaker", ""] + decl + ["",
           "engine = create_engine(%s, pool_pre_ping=True, pool_size=%d)" % (render([ref], "py"), r.choice([5, 10])),
           "SessionLocal = sessionmaker(bind=engine, autoflush=False)", "", "", "def get_session():", "    db = SessionLocal()", "    try:", "        yield db", "    finally:", "        db.close()"]
    return r.choice(["app/db.py", "forms/database.py", "src/storage/session.py"]), "python", "\n".join(out) + "\n"


@T({"urlpw"})
def t_knex(c):
    r = c.r
    decl, ref = setup(c, "js")
    out = ["// knexfile.js"] + decl + ["", "module.exports = {", "  development: {", "    client: 'sqlite3',", "    connection: { filename: './dev.sqlite3' },",
           "    useNullAsDefault: true,", "  },", "  production: {", "    client: '%s'," % r.choice(["pg", "mysql2"]), "    connection: %s," % render([ref], "js", "'"),
           "    pool: { min: 2, max: 10 },", "    migrations: { tableName: 'knex_migrations' },", "  },", "};"]
    return "knexfile.js", "javascript", "\n".join(out) + "\n"


@T({"aws"})
def t_boto3(c):
    r = c.r
    st = "scream"
    if c.inline:
        kid = '"%s"' % c.pub
        ks = c.v("py")
        pre = []
    else:
        pre = ["%s = \"%s\"" % (c.pn(st), c.pub), "%s = %s" % (c.n(st), c.v("py"))]
        kid, ks = c.pn(st), c.n(st)
    out = ["import json", "", "import boto3", ""] + pre + ["", "ses = boto3.client(", "    \"ses\",", "    region_name=\"%s\"," % r.choice(["eu-west-1", "us-east-1"]),
           "    aws_access_key_id=%s," % kid, "    aws_secret_access_key=%s," % ks, ")", "", "", "def handler(event, context):",
           "    body = json.loads(event[\"body\"])", "    ses.send_email(", "        Source=\"forms@%s\"," % c.domain, "        Destination={\"ToAddresses\": [\"office@%s\"]}," % c.domain,
           "        Message={\"Subject\": {\"Data\": \"Website form\"}, \"Body\": {\"Text\": {\"Data\": body.get(\"message\", \"\")}}},", "    )",
           "    return {\"statusCode\": 200, \"body\": \"ok\"}"]
    return r.choice(["lambda/contact_handler.py", "functions/send_form.py", "handler.py"]), "python", "\n".join(out) + "\n"


@T({"aws"})
def t_js_ses(c):
    r = c.r
    if c.inline:
        kid, ks, pre = "'%s'" % c.pub, c.v("js", "'"), []
    else:
        kid, ks = c.pn("camel"), c.n("camel")
        pre = ["const %s = '%s';" % (kid, c.pub), "const %s = %s;" % (ks, c.v("js", "'")), ""]
    out = ["import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';", ""] + pre + ["const ses = new SESClient({",
           "  region: '%s'," % r.choice(["eu-central-1", "us-west-2"]), "  credentials: {", "    accessKeyId: %s," % kid, "    secretAccessKey: %s," % ks, "  },", "});", "",
           "export async function notify(form) {", "  await ses.send(new SendEmailCommand({", "    Source: 'forms@%s'," % c.domain,
           "    Destination: { ToAddresses: ['office@%s'] }," % c.domain, "    Message: { Subject: { Data: 'New form' }, Body: { Text: { Data: form.message } } },", "  }));", "}"]
    path, ft = r.choice([("src/lib/ses.ts", "typescript"), ("server/notify.mjs", "javascript")])
    return path, ft, "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# negative slot fillers
# ---------------------------------------------------------------------------

def placeholder(spec, r):
    kb = style(spec.words, "kebab")
    if spec.role == "webhook":
        return r.choice({
            "zapier": ["https://hooks.zapier.com/hooks/catch/XXXXXXX/XXXXXX/", "https://hooks.zapier.com/hooks/catch/<account-id>/<hook-id>/"],
            "make": ["https://hook.eu1.make.com/<your-webhook-id>", "https://hook.us1.make.com/REPLACE_WITH_WEBHOOK_ID"],
            "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://hooks.slack.com/services/YOUR/WEBHOOK/URL"],
            "netlify": ["https://api.netlify.com/build_hooks/<build-hook-id>", "https://api.netlify.com/build_hooks/YOUR_HOOK_ID"],
        }.get(spec.provider, ["https://example.com/webhook"]))
    if spec.role == "urlpw":
        return r.choice(["postgres://forms_app:${DB_PASSWORD}@db.internal:5432/submissions", "postgresql://localhost:5432/forms_dev",
                         "mysql://wp_user:<password>@mysql.local:3306/wordpress", "postgres://postgres:postgres@localhost:5432/contact_forms_test",
                         "smtp://apikey:YOUR_SENDGRID_KEY@smtp.sendgrid.net:587", "redis://localhost:6379/0", "mongodb://localhost:27017/leads"])
    if spec.role == "password":
        return r.choice(["changeme", "<smtp-password>", "YOUR_PASSWORD", "password", "********", "replace-me", "app-password-here", "secret"])
    opts = ["YOUR_%s" % spec.env, "<%s>" % kb, "your-%s-here" % kb, "changeme", "REPLACE_ME", "<insert key here>", "TODO",
            "xxxxxxxxxxxxxxxxxxxxxxxx", "%s_goes_here" % "_".join(spec.words), "<YOUR_%s>" % spec.env, "dummy", "put-your-key-here"]
    if spec.prefix:
        pre = spec.prefix
        opts += [pre + "X" * 24, pre + "xxxxxxxxxxxxxxxx", pre + "YOUR_KEY", pre + "...", pre + "<token>"]
    return r.choice(opts)


def masked(spec, r):
    k = r.randint(0, 4)
    if spec.role == "urlpw":
        return r.choice(["postgres://forms_app:****@db.internal:5432/submissions", "mysql://wp_user:[REDACTED]@mysql.local:3306/wordpress",
                         "smtp://apikey:********@smtp.sendgrid.net:587", "mongodb+srv://leadsvc:<redacted>@cluster0.q3fzt.mongodb.net/leads"])
    if spec.role == "webhook":
        return r.choice(["https://hooks.zapier.com/hooks/catch/*******/******/", "https://hooks.slack.com/services/T***/B***/****",
                         "https://hook.eu1.make.com/[redacted]", "https://api.netlify.com/build_hooks/************************"])
    if k == 0:
        return (spec.prefix or "") + "*" * r.randint(12, 30) + rs(r, ALNUM, 4)
    if k == 1:
        return r.choice(["[REDACTED]", "<redacted>", "***", "REDACTED", "[secure]"])
    if k == 2:
        return "\u2022" * r.randint(8, 20)
    if k == 3:
        return (spec.prefix or rs(r, ALNUM, 3)) + "\u2026" + rs(r, ALNUM, 4)
    return "*" * r.randint(8, 40)


def test_pub(spec, val, r):
    if val == RECAPTCHA_TEST_SECRET:
        return RECAPTCHA_TEST_SITE
    if val == HCAPTCHA_TEST_SECRET:
        return HCAPTCHA_TEST_SITE
    if val in TURNSTILE_TEST_SECRETS:
        return r.choice(TURNSTILE_TEST_SITES)
    if val == AWS_DOC_SECRET:
        return AWS_DOC_ID
    return None


def weighted_spec(r, filt=None):
    specs = [s for s in SPECS if filt is None or filt(s)]
    tot = sum(s.weight for s in specs)
    x = r.random() * tot
    for s in specs:
        x -= s.weight
        if x <= 0:
            return s
    return specs[-1]


def templates_for(role):
    return [t for t in TEMPLATES if role in t[1]]


CFG_NAMES = {n for n, roles, _ in TEMPLATES if roles == ALL}


def password_pub(spec, r, domain):
    if spec.role != "password":
        return None
    return r.choice(["forms@%s" % domain, "wp_%s" % r.choice(["admin", "site", "app"]), "contact@%s" % domain, "noreply@%s" % domain])


def make_positive(r):
    for _ in range(50):
        spec = weighted_spec(r)
        g = spec.gen(r)
        needle = g.get("needle", g["value"])
        obvious = r.random() < 0.5
        name, roles, fn = r.choice(templates_for(spec.role))
        c = Ctx(r, spec, True, "lit", g["value"], g.get("pub"), spec.words, obvious, "secret")
        if spec.role == "password":
            c.pub = password_pub(spec, r, c.domain)
        path, ft, text = fn(c)
        if needle in text:
            return {"path": path, "ftype": ft, "text": text, "provider": spec.provider, "kind": spec.kind, "needle": needle, "template": name,
                    "naming": "obvious" if obvious else ("inline" if c.inline else "neutral")}
    raise RuntimeError("could not build positive")


def make_negative_reuse(r):
    for _ in range(50):
        spec = weighted_spec(r)
        name, roles, fn = r.choice(templates_for(spec.role))
        kinds = ["placeholder", "env_ref", "masked", "empty"]
        if spec.tests:
            kinds += ["test_key", "test_key"]
        if spec.publics and name in CFG_NAMES:
            kinds += ["public_id", "public_id"]
        sub = r.choice(kinds)
        obvious = r.random() < 0.6
        pub = None
        words = spec.words
        env = None
        pubwords = None
        mode = "lit"
        val = None
        if sub == "placeholder":
            val = placeholder(spec, r)
        elif sub == "masked":
            val = masked(spec, r)
        elif sub == "empty":
            val = ""
        elif sub == "env_ref":
            mode = "env"
        elif sub == "test_key":
            val = r.choice(spec.tests)
            pub = test_pub(spec, val, r)
        elif sub == "public_id":
            pw, penv, pgen, psub = r.choice(spec.publics)
            words, env, val, sub = pw, penv, pgen(r), psub
            pubwords = []
            obvious = True
        # companion public half: keep a public-looking value where the template shows one
        if pub is None and sub not in ("site_key", "form_id", "survey_id", "site_id", "audience_id", "publishable_key"):
            if spec.role == "captcha" and spec.publics:
                pub = spec.publics[0][2](r)
            elif spec.kind == "oauth_client_secret":
                pub = spec.gen(r)["pub"]
            elif spec.role == "aws":
                pub = r.choice([AWS_DOC_ID, "AKIAXXXXXXXXXXXXXXXX", "<access-key-id>"])
        c = Ctx(r, spec, False, mode, val, pub, words, obvious, sub, env=env, pubwords=pubwords)
        if spec.role == "password":
            c.pub = password_pub(spec, r, c.domain)
        if mode == "env":
            c.inline = c.inline and r.random() < 0.5
        path, ft, text = fn(c)
        return {"path": path, "ftype": ft, "text": text, "provider": spec.provider, "kind": sub, "template": name}
    raise RuntimeError("could not build negative")


# ---------------------------------------------------------------------------
# domain look-alike negatives.  Each takes r and returns (relpath, filetype, text, provider, kind).
# ---------------------------------------------------------------------------

NEG_TEMPLATES = []


def N(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


def company(r):
    return r.choice(COMPANIES)


def sri(r, n=48):
    return "sha384-" + rs(r, B64, 64)


def page(title, head, body):
    return "\n".join(["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                      "  <title>%s</title>" % title] + head + ["</head>", "<body>"] + body + ["</body>", "</html>"]) + "\n"


@N
def n_recaptcha_html(r):
    slug, dom = company(r)
    sk = recaptcha_key(r)
    v3 = r.random() < 0.5
    head = ['  <script src="https://www.google.com/recaptcha/api.js%s" async defer></script>' % ("?render=" + sk if v3 else "")]
    body = ["  <main class=\"container\">", "    <h1>Contact %s</h1>" % slug.title(), '    <form id="contact" action="/api/contact" method="post">',
            '      <input name="name" required>', '      <input name="email" type="email" required>', '      <textarea name="message"></textarea>']
    if v3:
        body += ['      <button class="g-recaptcha" data-sitekey="%s" data-callback="onSubmit" data-action="submit">Send</button>' % sk, "    </form>", "  </main>",
                 "  <script>", "    function onSubmit(token) { document.getElementById('contact').submit(); }", "  </script>"]
    else:
        body += ['      <div class="g-recaptcha" data-sitekey="%s"></div>' % sk, '      <button type="submit">Send</button>', "    </form>", "  </main>"]
    return r.choice(["contact.html", "public/contact/index.html", "templates/contact.html"]), "html", page("Contact", head, body), "google", "site_key"


@N
def n_hcaptcha_html(r):
    sk = uuid4(r)
    head = ['  <script src="https://js.hcaptcha.com/1/api.js" async defer></script>']
    body = ['  <form action="/signup" method="POST">', '    <input type="email" name="email" placeholder="Email">', '    <div class="h-captcha" data-sitekey="%s" data-theme="%s"></div>' % (sk, r.choice(["light", "dark"])),
            '    <input type="submit" value="Sign up">', "  </form>"]
    return r.choice(["signup.html", "views/signup.ejs", "resources/views/auth/register.blade.php"]), "html", page("Sign up", head, body), "hcaptcha", "site_key"


@N
def n_turnstile_html(r):
    sk = turnstile_sitekey(r)
    head = ['  <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>',
            '  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.%d.%d/dist/cdn.min.js" integrity="%s" crossorigin="anonymous" defer></script>' % (r.randint(10, 14), r.randint(0, 9), sri(r))]
    body = ['  <form method="post" action="/api/feedback" x-data="{ sent: false }">', '    <textarea name="feedback" rows="4"></textarea>',
            '    <div class="cf-turnstile" data-sitekey="%s" data-action="feedback"></div>' % sk, '    <button>Send feedback</button>', "  </form>"]
    return r.choice(["src/pages/feedback.html", "public/feedback.html", "layouts/partials/feedback.html"]), "html", page("Feedback", head, body), "cloudflare", "site_key"


@N
def n_recaptcha_v3_js(r):
    sk = recaptcha_key(r)
    st = r.choice(["const SITE_KEY = '%s';", "const RECAPTCHA_SITE_KEY = '%s';", "const siteKey = '%s'; // public key, safe in the bundle"])
    out = ["// client-side: runs in the browser", st % sk, "", "export function protect(form, action = 'submit') {", "  form.addEventListener('submit', (e) => {",
           "    e.preventDefault();", "    grecaptcha.ready(async () => {", "      const token = await grecaptcha.execute(%s, { action });" % st.split(" ")[1],
           "      form.querySelector('[name=g-recaptcha-response]').value = token;", "      form.submit();", "    });", "  });", "}"]
    return r.choice(["src/js/recaptcha.js", "assets/js/forms.js", "static/js/protect.js"]), "javascript", "\n".join(out) + "\n", "google", "site_key"


@N
def n_public_env(r):
    lines = ["# Public (browser) values only - server secrets are set in the hosting dashboard",
             "NEXT_PUBLIC_SITE_URL=https://www.%s" % company(r)[1]]
    choices = [("NEXT_PUBLIC_RECAPTCHA_SITE_KEY", recaptcha_key), ("NEXT_PUBLIC_TURNSTILE_SITE_KEY", turnstile_sitekey), ("NEXT_PUBLIC_HCAPTCHA_SITEKEY", uuid4),
               ("NEXT_PUBLIC_TYPEFORM_FORM_ID", typeform_form_id), ("PUBLIC_FORMSPREE_ID", formspree_id), ("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", stripe_pk),
               ("NEXT_PUBLIC_FRC_SITEKEY", fc_sitekey), ("NEXT_PUBLIC_TALLY_FORM_ID", tally_form_id)]
    r.shuffle(choices)
    for k, g in choices[:r.randint(2, 5)]:
        lines.append("%s=%s" % (k, g(r)))
    lines += ["", "# server side (leave empty here)", "%s=" % r.choice(["TURNSTILE_SECRET_KEY", "RECAPTCHA_SECRET_KEY", "HCAPTCHA_SECRET", "TYPEFORM_TOKEN"])]
    return r.choice([".env.example", ".env.production", ".env"]), "env", "\n".join(lines) + "\n", "mixed", "public_key"


@N
def n_typeform_embed(r):
    fid = typeform_form_id(r)
    if r.random() < 0.5:
        out = ["import { Widget } from '@typeform/embed-react';", "", "export default function Survey() {", "  return (", "    <Widget", "      id=\"%s\"" % fid,
               "      style={{ width: '100%', height: 520 }}", "      hidden={{ utm_source: 'site' }}", "      className=\"survey\"", "    />", "  );", "}"]
        return r.choice(["src/components/Survey.jsx", "components/FeedbackForm.tsx"]), "javascript", "\n".join(out) + "\n", "typeform", "form_id"
    body = ['  <div data-tf-widget="%s" data-tf-opacity="100" data-tf-iframe-props="title=Feedback" style="width:100%%;height:500px;"></div>' % fid,
            '  <script src="//embed.typeform.com/next/embed.js"></script>']
    return "feedback.html", "html", page("Feedback", [], body), "typeform", "form_id"


@N
def n_typeform_webhook_fixture(r):
    fid = typeform_form_id(r)
    sig = rs(r, B64, 43) + "="
    d = {"event_id": mixed(r, UALNUM, 26), "event_type": "form_response",
         "form_response": {"form_id": fid, "token": rs(r, LALNUM, 32), "landed_at": "2024-0%d-1%dT09:%02d:11Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59)),
                           "submitted_at": "2024-0%d-1%dT09:%02d:48Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59)),
                           "hidden": {"utm_source": "newsletter"},
                           "answers": [{"type": "email", "email": "sam@example.org", "field": {"id": mixed(r, ALNUM, 12), "type": "email"}},
                                       {"type": "number", "number": r.randint(0, 10), "field": {"id": mixed(r, ALNUM, 12), "type": "opinion_scale"}}]}}
    headers = {"Typeform-Signature": "sha256=" + sig, "Content-Type": "application/json"}
    out = json.dumps({"headers": headers, "body": d}, indent=2)
    return r.choice(["tests/fixtures/typeform_webhook.json", "spec/fixtures/typeform/form_response.json"]), "json", out + "\n", "typeform", "response_id"


@N
def n_google_forms(r):
    fid = google_form_id(r)
    e1, e2 = r.randint(100000000, 2000000000), r.randint(100000000, 2000000000)
    body = ['  <iframe src="https://docs.google.com/forms/d/e/%s/viewform?embedded=true" width="640" height="1200" frameborder="0">Loading…</iframe>' % fid,
            '  <p>Pre-filled link: <a href="https://docs.google.com/forms/d/e/%s/viewform?usp=pp_url&amp;entry.%d=Volunteer&amp;entry.%d=Saturday">RSVP</a></p>' % (fid, e1, e2)]
    if r.random() < 0.5:
        out = ["---", "title: Volunteer sign-up", "layout: page", "google_form_id: %s" % fid, "entry_name: entry.%d" % e1, "entry_shift: entry.%d" % e2, "---", "",
               "Sign up below. The form is also available [directly](https://forms.gle/%s)." % mixed(r, ALNUM, 17), ""]
        return "_pages/volunteer.md", "markdown", "\n".join(out), "google", "form_id"
    return "volunteer.html", "html", page("Volunteer", [], body), "google", "form_id"


@N
def n_jotform_embed(r):
    fid = jotform_form_id(r)
    body = ['  <script type="text/javascript" src="https://form.jotform.com/jsform/%s"></script>' % fid,
            '  <noscript><a href="https://form.jotform.com/%s">Open the registration form</a></noscript>' % fid]
    return r.choice(["registration.html", "public/register.html"]), "html", page("Register", [], body), "jotform", "form_id"


@N
def n_qualtrics_links(r):
    out = ["surveys:"]
    for name in r.sample(["onboarding", "nps_q1", "nps_q2", "exit", "event_feedback", "beta"], 3):
        sv = qualtrics_sv(r)
        out += ["  %s:" % name, "    survey_id: %s" % sv, "    url: https://%s.qualtrics.com/jfe/form/%s" % (r.choice(["acme", "univ", "kestrel"]), sv),
                "    last_response_id: %s" % qualtrics_resp(r), "    datacenter: %s" % r.choice(["iad1", "fra1", "ca1"])]
    out += ["", "# API token is read from QUALTRICS_API_TOKEN at runtime"]
    return r.choice(["config/surveys.yml", "data/qualtrics.yaml"]), "yaml", "\n".join(out) + "\n", "qualtrics", "survey_id"


@N
def n_surveymonkey(r):
    out = ["{", '  "survey_id": "%s",' % sm_survey_id(r), '  "collector_id": "%s",' % r.randint(400000000, 460000000),
           '  "weblink": "https://www.surveymonkey.com/r/%s",' % mixed(r, UALNUM, 7), '  "response_count": %d,' % r.randint(10, 4000),
           '  "responses": [']
    items = []
    for _ in range(r.randint(2, 4)):
        items.append('    {"id": "%s", "total_time": %d, "ip_address": "203.0.113.%d", "response_status": "completed"}' % (r.randint(110000000000, 119999999999), r.randint(30, 900), r.randint(1, 254)))
    out += [",\n".join(items), "  ]", "}"]
    return r.choice(["data/surveymonkey_export.json", "tests/fixtures/sm_bulk.json"]), "json", "\n".join(out) + "\n", "surveymonkey", "response_id"


@N
def n_mailchimp_embed(r):
    u = rs(r, HEX, 25)
    lid = mc_audience(r)
    dc = r.randint(1, 21)
    acct = r.choice(["acmeevents", "harboryoga", "civicvoice"])
    body = ['  <div id="mc_embed_signup">', '    <form action="https://%s.us%d.list-manage.com/subscribe/post?u=%s&amp;id=%s&amp;f_id=%s" method="post" target="_blank">' % (acct, dc, u, lid, rs(r, HEX, 12)),
            '      <input type="email" name="EMAIL" class="required email" id="mce-EMAIL">',
            '      <div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" name="b_%s_%s" tabindex="-1" value=""></div>' % (u, lid),
            '      <input type="submit" value="Subscribe" name="subscribe" class="button">', "    </form>", "  </div>"]
    return r.choice(["_includes/newsletter.html", "partials/mailchimp.html", "newsletter.html"]), "html", page("Newsletter", [], body), "mailchimp", "audience_id"


@N
def n_form_endpoints(r):
    which = r.choice(["formspree", "getform", "basin"])
    act = {"formspree": "https://formspree.io/f/%s" % formspree_id(r), "getform": "https://getform.io/f/%s" % mixed(r, LALNUM, 8),
           "basin": "https://usebasin.com/f/%s" % basin_id(r)}[which]
    body = ['  <form action="%s" method="POST">' % act, '    <input type="text" name="name">', '    <input type="email" name="_replyto">',
            '    <input type="text" name="_gotcha" style="display:none">', '    <textarea name="message"></textarea>', '    <button type="submit">Send</button>', "  </form>"]
    if r.random() < 0.4:
        out = ["title: My Portfolio", "description: Photography and design", "url: https://%s" % company(r)[1], "theme: minima", "",
               "contact:", "  endpoint: %s" % act, "  honeypot: _gotcha", "  redirect: /thanks/"]
        return "_config.yml", "yaml", "\n".join(out) + "\n", which, "form_endpoint"
    return r.choice(["contact.html", "src/contact.html"]), "html", page("Contact", [], body), which, "form_endpoint"


@N
def n_netlify_form(r):
    body = ['  <form name="contact" method="POST" data-netlify="true" data-netlify-recaptcha="true" netlify-honeypot="bot-field" action="/thanks/">',
            '    <p class="hidden"><label>Don\'t fill this out: <input name="bot-field"></label></p>', '    <input type="hidden" name="form-name" value="contact">',
            '    <p><input type="email" name="email" required></p>', '    <div data-netlify-recaptcha="true"></div>', '    <p><button type="submit">Send</button></p>', "  </form>"]
    return r.choice(["contact.html", "src/pages/contact.html"]), "html", page("Contact", [], body), "netlify", "form_markup"


@N
def n_survey_csv(r):
    out = ["response_id,submitted_at,email_sha256,nps,channel,form_id"]
    fid = typeform_form_id(r)
    for _ in range(r.randint(4, 12)):
        out.append("%s,2024-%02d-%02dT%02d:%02d:00Z,%s,%d,%s,%s" % (rs(r, LALNUM, 32), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                                                   sha256hex(r), r.randint(0, 10), r.choice(["email", "web", "sms"]), fid))
    return r.choice(["data/responses_2024.csv", "exports/nps.csv"]), "csv", "\n".join(out) + "\n", "typeform", "response_id"


@N
def n_i18n(r):
    lang = r.choice(["en", "de", "fr"])
    msgs = {"en": ["Please complete the CAPTCHA.", "Verification failed, please try again.", "Your secret key is missing or invalid.",
                   "Enter your API token", "Thanks! Your response has been recorded."],
            "de": ["Bitte lösen Sie das CAPTCHA.", "Überprüfung fehlgeschlagen.", "Der geheime Schlüssel fehlt oder ist ungültig.",
                   "API-Token eingeben", "Danke! Ihre Antwort wurde gespeichert."],
            "fr": ["Veuillez compléter le CAPTCHA.", "La vérification a échoué.", "La clé secrète est manquante ou invalide.",
                   "Saisissez votre jeton d'API", "Merci ! Votre réponse a été enregistrée."]}[lang]
    d = {"captcha": {"required": msgs[0], "failed": msgs[1], "missing-input-secret": msgs[2]}, "settings": {"apiTokenLabel": msgs[3], "apiTokenPlaceholder": "tfp_…"},
         "form": {"success": msgs[4], "secretKey": "Secret key", "siteKey": "Site key"}}
    return "locales/%s.json" % lang, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "mixed", "i18n"


@N
def n_csp(r):
    hs = ["'sha256-%s='" % rs(r, B64, 43) for _ in range(r.randint(1, 3))]
    csp = "default-src 'self'; script-src 'self' %s https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/ https://challenges.cloudflare.com https://js.hcaptcha.com; frame-src https://www.google.com/recaptcha/ https://challenges.cloudflare.com https://*.hcaptcha.com; connect-src 'self' https://api.hcaptcha.com" % " ".join(hs)
    if r.random() < 0.5:
        out = ["/*", "  X-Frame-Options: DENY", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin",
               "  Permissions-Policy: camera=(), microphone=(), geolocation=()", "  Content-Security-Policy: " + csp, "", "/assets/*",
               "  Cache-Control: public, max-age=31536000, immutable"]
        return "public/_headers", "netlify-headers", "\n".join(out) + "\n", "mixed", "csp_hash"
    out = ["server {", "    listen 443 ssl http2;", "    server_name %s;" % company(r)[1], "    root /var/www/site;", "",
           "    add_header Content-Security-Policy \"%s\" always;" % csp, "    add_header X-Content-Type-Options nosniff;", "", "    location /api/ {",
           "        proxy_pass http://127.0.0.1:3000;", "    }", "}"]
    return r.choice(["nginx/site.conf", "deploy/nginx.conf"]), "nginx", "\n".join(out) + "\n", "mixed", "csp_hash"


@N
def n_lockfile(r):
    pk = [("node_modules/@hcaptcha/react-hcaptcha", "1.%d.%d" % (r.randint(8, 12), r.randint(0, 5))), ("node_modules/react-google-recaptcha", "3.1.0"),
          ("node_modules/@marsidev/react-turnstile", "1.%d.%d" % (r.randint(0, 3), r.randint(0, 9))), ("node_modules/@typeform/embed", "5.%d.%d" % (r.randint(0, 3), r.randint(0, 9)))]
    ent = []
    for name, ver in pk:
        short = name.split("node_modules/")[1]
        ent.append('    "%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s=="\n    }' % (
            name, ver, short, short.split("/")[-1], ver, rs(r, B64, 86)))
    out = '{\n  "name": "site",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % ",\n".join(ent)
    return "package-lock.json", "json", out, "mixed", "integrity_hash"


@N
def n_cypress(r):
    which = r.choice(["turnstile", "hcaptcha", "recaptcha"])
    site, sec = {"turnstile": (r.choice(TURNSTILE_TEST_SITES), r.choice(TURNSTILE_TEST_SECRETS)), "hcaptcha": (HCAPTCHA_TEST_SITE, HCAPTCHA_TEST_SECRET),
                 "recaptcha": (RECAPTCHA_TEST_SITE, RECAPTCHA_TEST_SECRET)}[which]
    out = ["// e2e: uses the provider's documented test keys so the widget always passes", "describe('contact form', () => {", "  before(() => {",
           "    cy.task('setEnv', {", "      SITE_KEY: '%s'," % site, "      SECRET_KEY: '%s'," % sec, "    });", "  });", "",
           "  it('submits', () => {", "    cy.visit('/contact');", "    cy.get('input[name=email]').type('qa@example.com');", "    cy.get('textarea').type('hello');",
           "    cy.get('form').submit();", "    cy.contains('Thanks');", "  });", "});"]
    prov = {"turnstile": "cloudflare", "hcaptcha": "hcaptcha", "recaptcha": "google"}[which]
    return r.choice(["cypress/e2e/contact.cy.js", "e2e/contact.spec.js"]), "javascript", "\n".join(out) + "\n", prov, "test_key"


@N
def n_test_keys_py(r):
    which = r.choice(["hcaptcha", "recaptcha", "turnstile"])
    if which == "hcaptcha":
        lines = ["HCAPTCHA_SITEKEY = \"%s\"" % HCAPTCHA_TEST_SITE, "HCAPTCHA_SECRET = \"%s\"" % HCAPTCHA_TEST_SECRET]
    elif which == "recaptcha":
        lines = ["RECAPTCHA_PUBLIC_KEY = \"%s\"" % RECAPTCHA_TEST_SITE, "RECAPTCHA_PRIVATE_KEY = \"%s\"" % RECAPTCHA_TEST_SECRET, "SILENCED_SYSTEM_CHECKS = [\"django_recaptcha.recaptcha_test_key_error\"]"]
    else:
        lines = ["TURNSTILE_SITEKEY = \"%s\"" % r.choice(TURNSTILE_TEST_SITES), "TURNSTILE_SECRET = \"%s\"" % r.choice(TURNSTILE_TEST_SECRETS)]
    out = ["\"\"\"Test settings: documented always-pass captcha keys.\"\"\"", "from .base import *  # noqa", "", "DEBUG = True",
           "DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.sqlite3\", \"NAME\": \":memory:\"}}", ""] + lines
    prov = {"turnstile": "cloudflare", "hcaptcha": "hcaptcha", "recaptcha": "google"}[which]
    return r.choice(["config/settings/test.py", "mysite/settings_test.py"]), "python", "\n".join(out) + "\n", prov, "test_key"


@N
def n_k8s_secretref(r):
    envs = r.sample([("TURNSTILE_SECRET_KEY", "turnstile-secret"), ("RECAPTCHA_SECRET_KEY", "recaptcha"), ("TYPEFORM_TOKEN", "typeform"),
                     ("MAILCHIMP_API_KEY", "mailchimp"), ("DATABASE_URL", "db-url"), ("HCAPTCHA_SECRET", "hcaptcha")], 3)
    out = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: forms-api", "spec:", "  replicas: 2", "  selector:", "    matchLabels:", "      app: forms-api",
           "  template:", "    metadata:", "      labels:", "        app: forms-api", "      annotations:", "        checksum/config: %s" % sha256hex(r),
           "    spec:", "      containers:", "        - name: api", "          image: ghcr.io/acme/forms-api@sha256:%s" % sha256hex(r), "          env:"]
    for e, k in envs:
        out += ["            - name: %s" % e, "              valueFrom:", "                secretKeyRef:", "                  name: forms-secrets", "                  key: %s" % k]
    return r.choice(["k8s/deployment.yaml", "deploy/forms-api.yaml"]), "yaml", "\n".join(out) + "\n", "mixed", "secret_ref"


@N
def n_terraform_turnstile(r):
    out = ["resource \"cloudflare_turnstile_widget\" \"contact\" {", "  account_id = var.cloudflare_account_id", "  name       = \"contact form\"",
           "  domains    = [\"%s\"]" % company(r)[1], "  mode       = \"managed\"", "  region     = \"world\"", "}", "",
           "output \"turnstile_sitekey\" {", "  value = cloudflare_turnstile_widget.contact.id", "}", "", "output \"turnstile_secret\" {",
           "  value     = cloudflare_turnstile_widget.contact.secret", "  sensitive = true", "}", "",
           "variable \"cloudflare_account_id\" {", "  type    = string", "  default = \"%s\"" % rs(r, HEX, 32), "}"]
    return r.choice(["infra/turnstile.tf", "terraform/captcha.tf"]), "hcl", "\n".join(out) + "\n", "cloudflare", "resource_ref"


@N
def n_antispam_log(r):
    out = []
    for i in range(r.randint(6, 14)):
        out.append("2024-%02d-%02d %02d:%02d:%02d [%s] %s comment_id=%d ip_hash=%s result=%s" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["INFO", "WARN"]),
            r.choice(["akismet", "cleantalk", "antispam"]), r.randint(1000, 99999), rs(r, HEX, 40), r.choice(["spam", "ham", "spam", "discard"])))
    out.append("2024-06-01 00:00:01 [INFO] akismet verify-key: valid (key loaded from AKISMET_API_KEY)")
    return r.choice(["logs/antispam.log", "var/log/forms-spam.log"]), "log", "\n".join(out) + "\n", "akismet", "log_hash"


@N
def n_readme(r):
    out = ["# Website", "", "Static site with a serverless contact form.", "", "## Setup", "", "Copy `.env.example` to `.env` and fill in:", "",
           "| Variable | Where to get it |", "|---|---|", "| `TURNSTILE_SITE_KEY` | Cloudflare dashboard > Turnstile (public) |",
           "| `TURNSTILE_SECRET_KEY` | same page, *secret* - never commit it |", "| `TYPEFORM_TOKEN` | Typeform > Account > Personal tokens (starts with `tfp_`) |",
           "| `MAILCHIMP_API_KEY` | Mailchimp > Profile > Extras > API keys (`<key>-usXX`) |", "", "For local testing use Cloudflare's dummy keys:", "", "```",
           "TURNSTILE_SITE_KEY=%s" % r.choice(TURNSTILE_TEST_SITES), "TURNSTILE_SECRET_KEY=%s" % r.choice(TURNSTILE_TEST_SECRETS), "```", "", "## Deploy", "", "`npm run build && netlify deploy --prod`"]
    return r.choice(["README.md", "docs/SETUP.md"]), "markdown", "\n".join(out) + "\n", "cloudflare", "test_key"


@N
def n_gha_secrets(r):
    envs = r.sample(["TURNSTILE_SECRET_KEY", "RECAPTCHA_SECRET_KEY", "TYPEFORM_TOKEN", "NETLIFY_AUTH_TOKEN", "ZAPIER_WEBHOOK_URL", "JOTFORM_API_KEY", "HCAPTCHA_SECRET"], 3)
    out = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
           "      - uses: actions/checkout@%s # v4.1.7" % rs(r, HEX, 40), "      - uses: actions/setup-node@%s # v4" % rs(r, HEX, 40), "      - run: npm ci && npm run build",
           "      - name: Deploy", "        env:"]
    out += ["          %s: ${{ secrets.%s }}" % (e, e) for e in envs]
    out += ["          NETLIFY_SITE_ID: %s" % uuid4(r), "        run: npx netlify deploy --prod --dir=dist"]
    return ".github/workflows/deploy.yml", "yaml", "\n".join(out) + "\n", "mixed", "secret_ref"


@N
def n_stripe_donate(r):
    pk = stripe_pk(r)
    out = ["<script src=\"https://js.stripe.com/v3/\"></script>", "<script>", "  // publishable key: designed to be public", "  const stripe = Stripe('%s');" % pk,
           "  document.querySelector('#donate').addEventListener('click', async () => {", "    const res = await fetch('/api/checkout', { method: 'POST' });",
           "    const { sessionId } = await res.json();", "    stripe.redirectToCheckout({ sessionId });", "  });", "</script>"]
    return r.choice(["_includes/donate.html", "partials/donate.html"]), "html", "\n".join(out) + "\n", "stripe", "publishable_key"


@N
def n_gravity_export(r):
    fid = r.randint(1, 40)
    d = {"0": {"title": r.choice(["Contact Us", "Quote Request", "Volunteer"]), "id": fid, "fields": [
        {"type": "name", "id": 1, "label": "Name", "isRequired": True}, {"type": "email", "id": 3, "label": "Email"},
        {"type": "captcha", "id": 9, "captchaType": r.choice(["recaptcha", "simple_captcha"]), "captchaTheme": "light"}],
        "notifications": {rs(r, HEX, 13): {"id": rs(r, HEX, 13), "to": "{admin_email}", "subject": "New submission from {form_title}"}},
        "confirmations": {rs(r, HEX, 13): {"type": "message", "message": "Thanks for contacting us!"}}, "is_active": "1"}, "version": "2.%d.%d" % (r.randint(5, 8), r.randint(0, 9))}
    return r.choice(["exports/gravityforms-export-2024.json", "wp-content/uploads/gf-forms.json"]), "json", json.dumps(d, indent=2) + "\n", "gravityforms", "form_id"


@N
def n_cf7_form(r):
    h = rs(r, HEX, 7)
    out = ["<?php", "/* Template Name: Contact */", "get_header(); ?>", "<main class=\"page-contact\">", "  <h1><?php the_title(); ?></h1>",
           "  <?php echo do_shortcode( '[contact-form-7 id=\"%s\" title=\"Contact form 1\"]' ); ?>" % h, "  <p class=\"privacy\">This site is protected by reCAPTCHA and the Google",
           "  <a href=\"https://policies.google.com/privacy\">Privacy Policy</a> applies.</p>", "</main>", "<?php get_footer();"]
    return "wp-content/themes/%s/page-contact.php" % company(r)[0], "php", "\n".join(out) + "\n", "contactform7", "form_id"


@N
def n_apps_script_props(r):
    ssid = "1" + mixed(r, B64URL, 43)
    out = ["// Secrets live in Script Properties (File > Project properties), not in code.", "var SHEET_ID = '%s';" % ssid, "",
           "function getConfig_() {", "  var props = PropertiesService.getScriptProperties();", "  return {", "    token: props.getProperty('TYPEFORM_TOKEN'),",
           "    hook: props.getProperty('ZAPIER_WEBHOOK_URL'),", "  };", "}", "", "function sync() {", "  var cfg = getConfig_();",
           "  var sheet = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Responses');", "  var res = UrlFetchApp.fetch('https://api.typeform.com/forms/%s/responses', {" % typeform_form_id(r),
           "    headers: { Authorization: 'Bearer ' + cfg.token }", "  });", "  var items = JSON.parse(res.getContentText()).items;",
           "  items.forEach(function (it) { sheet.appendRow([it.response_id, it.submitted_at]); });", "}"]
    return r.choice(["Code.gs", "apps-script/sync.gs"]), "apps-script", "\n".join(out) + "\n", "typeform", "env_ref"


@N
def n_changelog(r):
    out = ["# Changelog", ""]
    for v in range(r.randint(3, 6)):
        out += ["## %d.%d.%d" % (2, 9 - v, r.randint(0, 5)), "", "- %s (%s)" % (r.choice(["Switch contact form from reCAPTCHA v2 to Turnstile", "Rotate the hCaptcha secret (stored in Vault)",
                "Move Typeform token to Netlify env vars", "Add honeypot field to newsletter form", "Mailchimp: double opt-in"]), rs(r, HEX, 7)),
                "- Fix %s (%s)" % (r.choice(["CSP for challenges.cloudflare.com", "thank-you redirect", "Safari form autofill"]), rs(r, HEX, 40)), ""]
    return "CHANGELOG.md", "markdown", "\n".join(out), "mixed", "commit_hash"


@N
def n_webhook_verify(r):
    out = ["import base64", "import hashlib", "import hmac", "import os", "", "", "def verify_typeform(request):",
           "    \"\"\"Check the Typeform-Signature header against our webhook secret.\"\"\"", "    secret = os.environ[\"TYPEFORM_WEBHOOK_SECRET\"].encode()",
           "    digest = hmac.new(secret, request.body, hashlib.sha256).digest()", "    expected = \"sha256=\" + base64.b64encode(digest).decode()",
           "    return hmac.compare_digest(expected, request.headers.get(\"Typeform-Signature\", \"\"))", "", "",
           "# recorded from a delivery on staging (signature only, secret not included)", "SAMPLE_SIGNATURE = \"sha256=%s=\"" % rs(r, B64, 43),
           "SAMPLE_EVENT_ID = \"%s\"" % mixed(r, UALNUM, 26)]
    return r.choice(["forms/webhooks.py", "app/typeform_hooks.py"]), "python", "\n".join(out) + "\n", "typeform", "signature"


@N
def n_hugo_public(r):
    out = ["baseURL = \"https://%s/\"" % company(r)[1], "title = \"Studio\"", "", "[params]", "  recaptchaSiteKey = \"%s\"" % recaptcha_key(r),
           "  turnstileSitekey = \"%s\"" % turnstile_sitekey(r), "  formspreeId = \"%s\"" % formspree_id(r), "  googleAnalytics = \"G-%s\"" % mixed(r, UALNUM, 10),
           "  # the secret keys are only on the server, see functions/contact.js"]
    return r.choice(["config.toml", "hugo.toml"]), "toml", "\n".join(out) + "\n", "mixed", "site_key"


@N
def n_wp_options_public(r):
    out = ["<?php", "// Seed options for local dev (public values only; secrets come from wp-config env)", "update_option( 'wpforms_settings', array(",
           "    'captcha-provider'   => '%s'," % r.choice(["hcaptcha", "recaptcha", "turnstile"]), "    'hcaptcha-site-key'  => '%s'," % uuid4(r),
           "    'hcaptcha-secret-key' => getenv( 'HCAPTCHA_SECRET' ) ?: '',", "    'recaptcha-type'     => 'v3',", "    'recaptcha-site-key' => '%s'," % recaptcha_key(r),
           "    'recaptcha-secret-key' => '',", "    'recaptcha-v3-threshold' => '0.4',", ") );"]
    return r.choice(["wp-cli/seed-options.php", "scripts/dev-seed.php"]), "php", "\n".join(out) + "\n", "wpforms", "site_key"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_dw.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    for i in range(N_POS):
        p = make_positive(r)
        rel = "pos/p%04d/%s" % (i, p["path"])
        write(outdir, rel, p["text"])
        idx = p["text"].index(p["needle"])
        line = p["text"].count("\n", 0, idx) + 1
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["ftype"], "template": p["template"],
                         "naming": p["naming"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": line})
    for i in range(N_NEG):
        if i % 2 == 0:
            n = make_negative_reuse(r)
            prov, kind, ft, path, text, tname = n["provider"], n["kind"], n["ftype"], n["path"], n["text"], n["template"]
        else:
            tname, fn = r.choice(NEG_TEMPLATES)
            path, ft, text, prov, kind = fn(r)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
